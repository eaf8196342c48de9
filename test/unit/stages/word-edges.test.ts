/**
 * Word edges next to accented letters. JavaScript's `\b` is ASCII-only, with or without the `u`
 * flag: it never sits between a space and "ú"/"à", nor between "é"/"ß" and a full stop, so a
 * pattern word that begins or ends with such a letter never matched at that edge. The patterns
 * below are bounded by letter lookarounds instead; each case here failed before (en lines are
 * controls that matched all along).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { createClassifier } from '../../../src/processors/stages/classify.js';
import { CONSENT_SENTENCE, SALUTATION_LINE } from '../../../src/processors/stages/extractors/boilerplate.js';
import { readConversation } from '../../../src/processors/stages/extractors/conversation.js';
import { createLabelDictionary } from '../../../src/processors/stages/extractors/labels.js';
import { type ExtractedFields, formContentSignals } from '../../../src/processors/stages/form-content.js';
import type { ParsedEmail } from '../../../src/processors/stages/parse.js';
import { triageSignals } from '../../../src/processors/stages/triage-signals.js';

function email(over: Partial<ParsedEmail> = {}): ParsedEmail {
  return {
    headers: new Map(),
    contentType: 'text/plain',
    from: { name: 'Sender', address: 'sender@mail.example' },
    replyTo: [],
    recipients: ['info@shop.example'],
    envelopeRecipients: [],
    subject: 'Hello',
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
const signals = (text: string) => triageSignals(email({ text }), new Set());

describe('trained triage features (the model was retrained on them)', () => {
  it.each([
    ['en', 'We offer SEO for your business.', 2],
    ['de', 'Wir bieten SEO für Ihr Unternehmen.', 2],
    ['fr', 'Notre société accompagne les artisans.', 1],
    ['fr', 'Nous sommes une société de conseil et nous boostons votre visibilité.', 2],
    ['fr', 'Nous développons votre activité.', 1],
    ['es', 'Le ayudamos a mejorar la facturación de su empresa.', 2],
  ])('pitch (%s): %s → %i', (_lang, text, n) => {
    expect(signals(text).pitch).toBe(n);
  });

  it.each([
    ['en', 'Last chance, act now!', 2],
    ['de', 'Nur heute: letzte Chance!', 2],
    ['fr', 'Dernière chance, répondez immédiatement.', 2],
    ['es', 'Última oportunidad: solo hoy.', 2],
    ['es', 'Es su última oportunidad.', 1],
  ])('urgency (%s): %s → %i', (_lang, text, n) => {
    expect(signals(text).urgency).toBe(n);
  });

  // No opt-out wording begins or ends with an accented letter; these guard the stems, whose ASCII
  // `\w*` would stop at "é" in front of the new lookahead ("désabonnés" must still count).
  it.each([
    ['en', 'Not interested? Reply STOP.'],
    ['de', 'Sie möchten keine weiteren E-Mails? Hier abmelden.'],
    ['fr', 'Vous êtes désabonnés de nos envois ? Désinscrivez-vous ici.'],
    ['fr', 'Pour ne plus recevoir nos messages, cliquez ici.'],
    ['es', 'Si no desea recibir más correos, puede darse de baja.'],
  ])('opt-out (%s): %s', (_lang, text) => {
    expect(signals(text).optOut).toBe(true);
  });
});

describe('other triage signals', () => {
  it.each([
    ['en', 'Your mailbox is almost full.'],
    ['de', 'Ihr Postfach ist fast voll.'],
    ['fr', 'Votre espace de stockage est saturé.'],
    ['fr', 'Quota dépassé.'],
    ['es', 'Su almacenamiento está casi lleno.'],
  ])('account notice (%s): %s', (_lang, text) => {
    expect(signals(text).accountNotice).toBe(true);
  });

  it.each([
    ['en', "The parcel hasn't arrived."],
    ['de', 'Das Paket ist noch nicht angekommen.'],
    ['fr', 'Le colis n’est toujours pas arrivé.'],
    ['es', 'El paquete no ha llegado.'],
  ])('service wording (%s): %s', (_lang, text) => {
    expect(signals(text).serviceWording).toBe(true);
  });

  it.each([
    ['en', 'Click here to claim your prize.', 1],
    ['de', 'Sie haben gewonnen!', 1],
    ['fr', 'Cliquez ici pour réclamer votre prix.', 1],
    ['es', 'Haga clic aquí para reclamar su premio.', 1],
  ])('spam phrases (%s): %s → %i', (_lang, text, n) => {
    expect(signals(text).spamPhrases).toBe(n);
  });

  it.each([
    ['en', 'I am applying for the assistant position. Please find my résumé attached.', 2],
    ['de', 'Ich bewerbe mich als Assistentin, anbei mein Lebenslauf.', 2],
    ['fr', 'Je souhaite postuler à votre offre. Vous trouverez mon résumé ci-dessous.', 2],
    ['es', 'Me postulo al puesto; adjunto mi currículum.', 2],
  ])('job application (%s): %s → %i', (_lang, text, n) => {
    expect(signals(text).jobApplication).toBe(n);
  });

  it.each([
    ['fr', 'Je recherche un stage de voile pour ma fille cet été.', 0],
    ['fr', "Nous cherchons un stage d'équitation de trois jours.", 0],
    ['fr', 'Je voudrais faire un stage de poterie en avril.', 0],
    ['fr', 'Je cherche un stage découverte pour mon fils de douze ans.', 0],
    ['fr', 'Nous recherchons un stage pour débutants en juillet.', 0],
    ['fr', "Je recherche un stage de fin d'études de six mois.", 2],
    ['fr', 'Je cherche un stage de 3 mois dans votre entreprise.', 2],
  ])('a course called "stage" is no placement (%s): %s → %i', (_lang, text, n) => {
    expect(signals(text).jobApplication).toBe(n);
  });
});

describe('seller price in a form message', () => {
  const own = new Set(['shop.example']);
  const fields = (message: string): ExtractedFields => ({
    message,
    customerEmail: 'ana@mail.example',
    website: null,
    contactFromHeader: false,
  });
  it.each([
    ['en', 'Websites starting at $499.'],
    ['de', 'Webseiten schon ab 490 € netto.'],
    ['fr', 'Création de site à partir de 490 € HT.'],
    ['es', 'Páginas web desde 490 € al contado.'],
  ])('%s: %s', (_lang, message) => {
    const e = email({ text: message });
    expect(formContentSignals(e, fields(message), triageSignals(e, own), own).sellerPrice).toBe(true);
  });
});

describe('signature and consent lines', () => {
  it.each([
    'Kind regards',
    'Mit freundlichem Gruß',
    'Mit freundlichem Gruß,',
    'Bonne journée !',
    'Un saludo cordial',
  ])('salutation: %s', (line) => {
    expect(SALUTATION_LINE.test(line)).toBe(true);
  });

  it.each([
    ['en', 'I agree to the privacy policy.'],
    ['de', 'Ich habe die Datenschutzhinweise gelesen.'],
    ['fr', "J'ai lu la charte de confidentialité."],
    ['es', 'He leído y acepto la política de privacidad.'],
  ])('consent sentence (%s): %s', (_lang, line) => {
    expect(CONSENT_SENTENCE.test(line)).toBe(true);
  });
});

describe('out-of-office subjects', () => {
  const classifier = createClassifier(parseConfig({ version: 1 }).triage);
  it.each([
    ['en', 'Out of office: back on Monday'],
    ['de', 'Abwesenheitsnotiz: bis Montag'],
    ['fr', 'En congé jusqu’au 3 janvier'],
    ['es', 'Fuera de la oficina hasta el lunes'],
  ])('%s: %s', (_lang, subject) => {
    expect(classifier.beforeExtraction(email({ subject }), 'acme')?.reason).toBe('auto_reply');
  });
});

describe('call notices and chats', () => {
  const dict = createLabelDictionary();
  const read = (subject: string, body: string) =>
    readConversation({ subject, body, attachments: [], html: '', businessHints: [], fileNames: [], dict });
  const transcription = 'Transcription : Bonjour, je voudrais un devis pour une terrasse.';

  it('reads "Appel manqué" as a call', () => {
    expect(
      read('Appel manqué', `Appelant : Claire Dubois (+33 6 12 34 56 78)\n${transcription}`),
    ).toMatchObject({
      kind: 'call',
      fullName: 'Claire Dubois',
    });
  });

  it.each(['Numéro masqué', 'Appel privé'])('takes no caller name from "%s"', (withheld) => {
    const talk = read('Nouvel appel entrant', `Appelant : ${withheld} (+33 6 12 34 56 78)\n${transcription}`);
    expect(talk).toMatchObject({ kind: 'call', phone: '+33 6 12 34 56 78', fullName: null });
  });

  it('reads the answer to "À qui ai-je l\'honneur ?" as the name, not the request', () => {
    const chat = [
      "[09:00] Agent : Bonjour ! À qui ai-je l'honneur ?",
      '[09:01] Visiteur : Claire Dubois',
      '[09:01] Agent : Que puis-je faire pour vous ?',
      '[09:02] Visiteur : Je cherche un devis pour une cuisine sur mesure.',
    ].join('\n');
    expect(read('Transcription du chat', chat)).toMatchObject({
      fullName: 'Claire Dubois',
      message: 'Je cherche un devis pour une cuisine sur mesure.',
    });
  });
});
