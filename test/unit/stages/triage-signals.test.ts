/**
 * The triage signals that tell a lead notification from cold sales mail (issue 9): form labels the
 * customer's details sit under, forwards, the sender's own sales wording, opt-out lines.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { createParser, type ParsedEmail } from '../../../src/processors/stages/parse.js';
import { triageSignals } from '../../../src/processors/stages/triage-signals.js';
import { buildEmail, type SimpleEmail } from '../../helpers/factories.js';

const parse = createParser(parseConfig({ version: 1 }).limits, simpleParser as never);

async function parsed(raw: Buffer): Promise<ParsedEmail> {
  const r = await parse(raw, 1000);
  if (!r.ok) throw new Error(r.detail);
  return r.email;
}

async function signals(e: SimpleEmail) {
  return triageSignals(await parsed(buildEmail(e)), new Set());
}

describe('form label kinds (name, email, phone, message)', () => {
  it('counts the four kinds in a labelled text form, in any of the four languages', async () => {
    const en = await signals({
      text: 'Full name: Ann Lee\nEmail: ann@x.example\nPhone: 555 0100\nMessage: hi',
    });
    const fr = await signals({
      text: 'Nom : Ann\nCourriel : ann@x.example\nTéléphone : 06 12\nVotre demande : un devis',
    });
    expect(en.formLabelKinds).toBe(4);
    expect(fr.formLabelKinds).toBe(4);
  });

  it('reads question prompts, table cells of an HTML grid and the header of a CSV attachment', async () => {
    const questions = await signals({
      text: 'Unter welcher E-Mail erreichen wir Sie?\nx@y.example\n\nUnter welcher Nummer dürfen wir anrufen?\n030 1',
    });
    const grid = await signals({
      html: '<div><span>Nombre</span><span>Ana</span></div><div><span>Teléfono</span><span>6</span></div>',
    });
    expect(questions.formLabelKinds).toBe(2);
    expect(grid.formLabelKinds).toBe(2);
    const b = 'csv-b';
    const raw = Buffer.from(
      [
        'From: robot@forms.example',
        'To: leads+x@inbound.example',
        'Subject: export',
        `Content-Type: multipart/mixed; boundary="${b}"`,
        '',
        `--${b}`,
        'Content-Type: text/plain',
        '',
        'See attachment.',
        `--${b}`,
        'Content-Type: text/csv; name="lead.csv"',
        'Content-Disposition: attachment; filename="lead.csv"',
        '',
        '"Name","Email","Phone","Message"',
        '"Ann Lee","ann@x.example","555 0100","A quote please"',
        `--${b}--`,
        '',
      ].join('\r\n'),
    );
    expect(triageSignals(await parsed(raw), new Set()).formLabelKinds).toBe(4);
  });

  it('finds at most phone and email in a sender signature, and nothing in prose', async () => {
    const s = await signals({
      text: 'We would love to help.\n\nBest,\nTom Reed\nSales Director\nTel: 555 0100\nEmail: tom@agency.example',
    });
    expect(s.formLabelKinds).toBe(2);
    expect(
      (await signals({ text: 'My name is Ann and my phone broke, so please email me.' })).formLabelKinds,
    ).toBe(0);
  });
});

describe('forwards', () => {
  it('sees a forward subject, a forwarded-message marker, and none in an ordinary email', async () => {
    expect((await signals({ subject: 'WG: Anfrage', text: 'siehe unten' })).forwarded).toBe(true);
    expect(
      (
        await signals({
          subject: 'lead',
          text: 'FYI\n\n---------- Forwarded message ---------\nFrom: a@b.example',
        })
      ).forwarded,
    ).toBe(true);
    expect((await signals({ subject: 'Re: quote', text: 'Thanks!' })).forwarded).toBe(false);
  });
});

describe('sales wording and opt-out lines', () => {
  it.each([
    ['en', 'We offer SEO that will grow your revenue. Would you be open to a quick call?'],
    ['de', 'Wir bieten Suchmaschinenoptimierung für Ihr Unternehmen an.'],
    ['fr', 'Nous proposons un audit gratuit de votre site ; notre équipe vous rappelle.'],
    ['es', 'Ofrecemos posicionamiento web para su negocio; nuestro equipo le llama.'],
  ])('counts a pitch in %s', async (_lang, text) => {
    expect((await signals({ text })).pitch).toBeGreaterThanOrEqual(2);
  });

  it('does not count what customers write: free quotes, non-binding offers, "how can we help?"', async () => {
    const texts = [
      'Could I get a free quote? We are a family of four.',
      'Bitte um ein unverbindliches Angebot und eine kostenlose Beratung. Wobei können wir helfen?',
      'Je souhaite un devis gratuit et sans engagement.',
      'Quisiera un presupuesto sin compromiso. Somos una familia de cinco.',
    ];
    for (const text of texts) expect((await signals({ text })).pitch, text).toBe(0);
  });

  it('sees opt-out lines in the four languages', async () => {
    for (const text of [
      'Not interested? Reply STOP and I will remove you from my list.',
      'Zum Abmelden antworten Sie bitte kurz.',
      'Si vous ne souhaitez plus recevoir nos messages, répondez STOP.',
      'Si no desea recibir más correos, responda BAJA.',
    ])
      expect((await signals({ text })).optOut, text).toBe(true);
    expect((await signals({ text: 'Please call me back tomorrow.' })).optOut).toBe(false);
  });
});

describe('a need stated, not asked (enquiry wording)', () => {
  it.each([
    'We would like them replaced before the winter.',
    'The old boiler needs replacing.',
    'Für den Garten bräuchten wir einen neuen Zaun.',
    'Die Fassade muss im Sommer neu gestrichen werden.',
    'Il faudrait changer les volets du premier étage.',
    'Nous serions disponibles le mardi matin.',
    'Hay que cambiar el suelo del baño.',
    'Querríamos pintar la fachada en primavera.',
    'Budget: around 900 pounds.',
  ])('counts %j', async (text) => {
    // Prepare / Act
    const s = await signals({ subject: 'Note', text });
    // Assess
    expect(s.enquiry).toBeGreaterThan(0);
  });

  it.each([
    'The scaffolding lorry will park across the lane on Monday.',
    'Die Kinder sollen am Sonntag mitkommen.',
    'Il fait beau aujourd’hui, on se voit demain.',
    'El paquete está en la entrada.',
  ])('does not count %j', async (text) => {
    const s = await signals({ subject: 'Note', text });
    expect(s.enquiry).toBe(0);
  });
});
