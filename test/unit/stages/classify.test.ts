import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { createClassifier, type ExtractionEvidence } from '../../../src/processors/stages/classify.js';
import type { ParsedEmail } from '../../../src/processors/stages/parse.js';
import { FEATURE_NAMES } from '../../../src/processors/stages/triage-model.js';

function email(over: Partial<ParsedEmail> & { h?: Record<string, string> } = {}): ParsedEmail {
  return {
    headers: new Map(Object.entries(over.h ?? {})),
    contentType: 'text/plain',
    from: { name: 'Site', address: 'noreply@site.example' },
    replyTo: [],
    recipients: ['leads@inbound.example'],
    envelopeRecipients: [],
    subject: 'New enquiry',
    messageId: '<x@y>',
    date: null,
    text: '',
    html: '',
    xml: null,
    embedded: null,
    attachments: [],
    partTypes: [],
    ...over,
  };
}

/** A web form whose contact came from its labelled fields. */
const lead: ExtractionEvidence = {
  specificProfile: true,
  labelledContact: true,
  contactFromHeader: false,
  hasEmail: true,
  hasPhone: true,
  hasName: true,
  messageChars: 120,
  conversationContact: false,
  leadFromFile: false,
  message: null,
  customerEmail: null,
  website: null,
};
/** The fallback profile with a contact from anywhere: nothing vouches for it. */
const weak: ExtractionEvidence = { ...lead, specificProfile: false, labelledContact: false };

const triage = (extra: Record<string, unknown> = {}) => parseConfig({ version: 1, triage: extra }).triage;
const classifier = createClassifier(triage());
const early = (e: ParsedEmail) => classifier.beforeExtraction(e, 'acme');
const late = (e: ParsedEmail, ev: ExtractionEvidence) => classifier.afterExtraction(e, 'acme', ev);

describe('classifier, before extraction', () => {
  it.each([
    ['multipart/report', email({ contentType: 'multipart/report' }), 'delivery_report'],
    ['mailer-daemon', email({ from: { name: '', address: 'mailer-daemon@mx.example' } }), 'delivery_report'],
    ['DSN subject (de)', email({ subject: 'Unzustellbar: Ihre Nachricht' }), 'delivery_report'],
    ['DSN subject opening with an umlaut', email({ subject: 'Übermittlungsfehler' }), 'delivery_report'],
    ['DSN subject (fr)', email({ subject: 'Échec de remise du message' }), 'delivery_report'],
    [
      'DSN subject behind a gateway tag',
      email({ subject: '[EXTERNAL] Undeliverable: Quote' }),
      'delivery_report',
    ],
    ['forwarded DSN subject', email({ subject: 'WG: Nicht zustellbar: Angebot' }), 'delivery_report'],
    ['Auto-Submitted: auto-replied', email({ h: { 'auto-submitted': 'auto-replied' } }), 'auto_reply'],
    ['X-Autoreply', email({ h: { 'x-autoreply': 'yes' } }), 'auto_reply'],
    ['OOO en', email({ subject: 'Out of Office: New enquiry' }), 'auto_reply'],
    ['OOO de', email({ subject: 'Abwesenheitsnotiz: Anfrage' }), 'auto_reply'],
    ['OOO fr', email({ subject: 'Réponse automatique : demande' }), 'auto_reply'],
    ['OOO es', email({ subject: 'Respuesta automática: consulta' }), 'auto_reply'],
    ['SES virus verdict', email({ h: { 'x-ses-virus-verdict': 'FAIL' } }), 'spam'],
  ])('%s → %s', (_n, e, reason) => {
    expect(early(e)?.reason).toBe(reason);
  });

  it("reads delivery words after a subject's start as the customer's topic, not a mail server's verdict", () => {
    for (const subject of [
      '[Website] Demande de contact – Échec de livraison',
      '[Lumen Forms] Delivery failed – webhook fallback',
      'New enquiry: parcel marked undeliverable, can you help?',
      'Anfrage – Paket unzustellbar, Ersatz gewünscht',
      'Consulta: pedido no entregado',
    ])
      expect(early(email({ subject }))).toBeNull();
  });

  it('lets Auto-Submitted: no and auto-generated through to phase two', () => {
    expect(early(email({ h: { 'auto-submitted': 'no' } }))).toBeNull();
    expect(early(email({ h: { 'auto-submitted': 'auto-generated' } }))).toBeNull();
  });
});

describe('classifier, after extraction', () => {
  it('rejects bulk, auto-generated and transactional mail without a recognised lead form', () => {
    expect(late(email({ h: { 'list-unsubscribe': '<x>' } }), weak)?.reason).toBe('bulk');
    expect(late(email({ h: { 'list-id': '<talk.lists.example>' } }), weak)?.reason).toBe('bulk');
    expect(late(email({ h: { precedence: 'bulk' } }), weak)?.reason).toBe('bulk');
    expect(late(email({ h: { 'auto-submitted': 'auto-generated' } }), weak)?.reason).toBe('auto_reply');
    for (const subject of [
      'Your invoice #12',
      'Ihre Rechnung März',
      'Votre facture',
      'Su factura',
      'Order confirmation 991',
    ])
      expect(late(email({ subject }), weak)?.reason).toBe('transactional');
  });

  it.each([
    ['Reset your password', 'en'],
    ['Passwort zurücksetzen', 'de'],
    ['Réinitialisation de votre mot de passe', 'fr'],
    ['Restablecer tu contraseña', 'es'],
    ['New sign-in to your account', 'en'],
    ['Ihr Bestätigungscode', 'de'],
    ['Votre code de vérification', 'fr'],
    ['Alerta de seguridad', 'es'],
    ['Your mailbox is almost full', 'en'],
  ])('"%s" (%s) is an account notice', (subject) => {
    expect(late(email({ subject }), weak)?.reason).toBe('account_notice');
  });

  it.each([
    ['Invitation: Viewing @ Thu Nov 19, 2026 10am - 11am (GMT)', 'en'],
    ['Accepted: Viewing', 'en'],
    ['Einladung: Probefahrt', 'de'],
    ['Abgelehnt: Probefahrt', 'de'],
    ['Invitation mise à jour : Visite', 'fr'],
    ['Invitación: Visita a la obra', 'es'],
  ])('"%s" (%s) is a calendar message', (subject) => {
    expect(late(email({ subject }), weak)?.reason).toBe('calendar');
  });

  it('reads calendar parts and .ics files, not booking-form wording', () => {
    const ics = email({ partTypes: [{ contentType: 'application/octet-stream', filename: 'visit.ics' }] });
    expect(late(ics, weak)?.reason).toBe('calendar');
    const part = email({ partTypes: [{ contentType: 'text/calendar', filename: null }] });
    expect(late(part, weak)?.reason).toBe('calendar');
    expect(late(email({ subject: 'New appointment request: viewing on Saturday' }), weak)).toBeNull();
  });

  it('calls a reply about an order, booking or ticket customer service, not a reply about a form', () => {
    const thread = { 'in-reply-to': '<a@shop.example>' };
    expect(late(email({ subject: 'Re: Order #10482', h: thread }), weak)?.reason).toBe('customer_service');
    expect(late(email({ subject: 'AW: Ihre Buchung 88231', h: thread }), weak)?.reason).toBe(
      'customer_service',
    );
    expect(late(email({ subject: 'RE : Dossier n° 20417', h: thread }), weak)?.reason).toBe(
      'customer_service',
    );
    expect(late(email({ subject: 'RE: Pedido nº 55821', h: thread }), weak)?.reason).toBe('customer_service');
    expect(late(email({ subject: 'Re: New contact form submission', h: thread }), weak)?.reason).not.toBe(
      'customer_service',
    );
  });

  it("calls a message about an existing order in a thread the business's own domain started customer service", () => {
    const c = createClassifier(triage({ businesses: { acme: { ownDomains: ['acme.example'] } } }));
    const e = email({
      subject: 'your visit',
      text: 'Could I get a refund for the deposit?',
      h: { references: '<m1@mail.acme.example>' },
    });
    expect(c.afterExtraction(e, 'acme', weak)?.reason).toBe('customer_service');
    expect(c.afterExtraction(e, 'other-business', weak)?.reason).not.toBe('customer_service');
    // A prospect answering the business's questions in its thread is not an existing customer.
    const answer = email({
      subject: 'Re: your enquiry',
      text: 'Yes, Saturday morning suits me, and my number is below.',
      h: { references: '<m1@mail.acme.example>' },
    });
    expect(c.afterExtraction(answer, 'acme', weak)?.reason).not.toBe('customer_service');
  });

  it('turns a receiving system spam verdict into spam, or needs_review on a recognised lead form', () => {
    for (const h of [
      { 'x-ses-spam-verdict': 'FAIL' },
      { 'x-spam-flag': 'YES' },
      { 'x-spam-status': 'Yes, score=7.1' },
    ] as Record<string, string>[]) {
      expect(late(email({ h }), weak)?.reason).toBe('spam');
      expect(late(email({ h }), lead)?.reason).toBe('needs_review');
    }
    expect(
      late(email({ h: { 'x-ses-spam-verdict': 'PASS', 'x-spam-status': 'No, score=0.1' } }), lead),
    ).toBeNull();
  });

  it('lets a specific profile with labelled contact win over the rule-based reasons', () => {
    const h = { 'list-unsubscribe': '<x>', precedence: 'bulk' };
    expect(late(email({ h, subject: 'Invitation: viewing' }), lead)).toBeNull();
    expect(late(email({ h }), { ...lead, labelledContact: false })?.reason).toBe('bulk');
  });

  it('rejects no_contact after the rule-based reasons', () => {
    expect(late(email(), { ...lead, hasEmail: false, hasPhone: false })?.reason).toBe('no_contact');
    expect(late(email({ subject: 'Nouveau message reçu' }), lead)).toBeNull();
  });

  it('sends what the model finds unlike a lead to needs_review, at the configured threshold', () => {
    const bare: ExtractionEvidence = {
      ...weak,
      contactFromHeader: true,
      hasPhone: false,
      hasName: false,
      messageChars: 0,
    };
    const chat = email({ subject: 'lunch?', text: 'See you at 1 at the usual place.' });
    expect(
      createClassifier(triage({ reviewThreshold: 0.99, spamThreshold: 1 })).afterExtraction(
        chat,
        'acme',
        bare,
      )?.reason,
    ).toBe('needs_review');
    expect(
      createClassifier(triage({ reviewThreshold: 0, spamThreshold: 1 })).afterExtraction(chat, 'acme', bare),
    ).toBeNull();
  });
});

describe('own domains', () => {
  /** The `internalSender` feature the model was given for a personal email from `from` to `recipients`. */
  function internalSender(from: string, recipients: string[]): number {
    let features: number[] = [];
    const c = createClassifier(triage(), { onFeatures: (f) => (features = f) });
    const direct = { ...weak, contactFromHeader: true, customerEmail: from };
    c.afterExtraction(email({ from: { name: 'Eva Lind', address: from }, recipients }), 'acme', direct);
    return features[FEATURE_NAMES.indexOf('internalSender')] as number;
  }

  it('a staff note among one domain comes from the business itself', () => {
    expect(internalSender('eva@acme.example', ['office@acme.example', 'max@acme.example'])).toBe(1);
  });

  it('colleagues in Cc of a request to another company do not make the sender the business', () => {
    expect(internalSender('eva@buyer.example', ['offers@provider.example', 'max@buyer.example'])).toBe(0);
  });
});

describe('a lead read from an attached file', () => {
  /** The `logPitch` feature the model was given for a form tool's cover note over an attached entry. */
  function pitchFeature(ev: ExtractionEvidence): number {
    let features: number[] = [];
    const c = createClassifier(triage(), { onFeatures: (f) => (features = f) });
    const cover = email({
      html: '<p>Good news: your business received a new lead! Our team attached the entry as a file.</p>',
    });
    c.afterExtraction(cover, 'acme', ev);
    return features[FEATURE_NAMES.indexOf('logPitch')] as number;
  }

  it("counts the pitch wording of the customer's message, not of the sender's cover note", () => {
    // Prepare
    const request = 'Could someone come out this week to look at the roof?';
    const pitch = 'We are an SEO agency and offer a free audit of your business website.';
    // Act / Assess
    expect(pitchFeature({ ...lead, message: request })).toBeGreaterThan(0);
    expect(pitchFeature({ ...lead, message: request, leadFromFile: true })).toBe(0);
    expect(pitchFeature({ ...lead, message: pitch, leadFromFile: true })).toBeGreaterThan(0);
  });
});

describe('conversations and job applications', () => {
  const strict = createClassifier(triage({ reviewThreshold: 0.99, spamThreshold: 1 }));
  const sms = email({ subject: 'New SMS from +44 7700 900456', text: 'Is the flat still free?' });
  const texter: ExtractionEvidence = { ...weak, hasEmail: false, hasName: false, messageChars: 23 };

  it('keeps a conversation whose customer extraction found, where the model doubts it', () => {
    expect(strict.afterExtraction(sms, 'acme', texter)?.reason).toBe('needs_review');
    expect(strict.afterExtraction(sms, 'acme', { ...texter, conversationContact: true })).toBeNull();
  });

  it('still rejects a conversation without a contact, and spam', () => {
    const none = { ...texter, conversationContact: true, hasPhone: false };
    expect(strict.afterExtraction(sms, 'acme', none)?.reason).toBe('no_contact');
    const spamFlag = email({ subject: 'New SMS', h: { 'x-spam-flag': 'YES' } });
    expect(late(spamFlag, { ...texter, conversationContact: true })?.reason).toBe('spam');
  });

  it('sends a job application to needs_review even from a recognised form, but not one word of it', () => {
    const applying = email({
      subject: 'New contact form submission',
      text: 'Message: I would like to apply for the apprentice position. My CV is attached.',
    });
    expect(late(applying, lead)).toMatchObject({
      reason: 'needs_review',
      detail: expect.stringMatching(/job/),
    });
    const carLead = email({
      text: 'Message: Is the Peugeot 208 110 CV still available? I would like a test drive.',
    });
    expect(late(carLead, lead)).toBeNull();
  });
});

describe('per-business sender rules', () => {
  const c = createClassifier(
    triage({
      businesses: {
        '*': { neverLead: ['newsletter.example'] },
        acme: { alwaysLead: ['carportal.example'], neverLead: ['old-portal@partner.example'] },
      },
    }),
  );
  const from = (address: string, over: Parameters<typeof email>[0] = {}) =>
    email({ from: { name: '', address }, ...over });

  it('rejects a neverLead address or domain (and its subdomains) before extraction', () => {
    expect(c.beforeExtraction(from('news@newsletter.example'), 'acme')?.reason).toBe('sender_rule');
    expect(c.beforeExtraction(from('x@mail.newsletter.example'), 'globex')?.reason).toBe('sender_rule');
    expect(c.beforeExtraction(from('old-portal@partner.example'), 'acme')?.reason).toBe('sender_rule');
    expect(c.beforeExtraction(from('old-portal@partner.example'), 'globex')).toBeNull();
    expect(c.beforeExtraction(from('x@notnewsletter.example'), 'acme')).toBeNull();
  });

  it('accepts an alwaysLead sender whatever its headers say, for that business only', () => {
    const bulky = from('leads@carportal.example', { h: { 'list-unsubscribe': '<x>', 'x-spam-flag': 'YES' } });
    expect(c.afterExtraction(bulky, 'acme', weak)).toBeNull();
    expect(c.afterExtraction(bulky, 'globex', weak)?.reason).toBe('spam');
    expect(c.afterExtraction(bulky, 'acme', { ...weak, hasEmail: false, hasPhone: false })?.reason).toBe(
      'no_contact',
    );
  });
});
