/**
 * Seeded direct enquiries for training the triage model: a person writing to the business from
 * their own mailbox, no form (the `other` fallback profile, contact from From). The lead corpus in
 * bench/corpus has almost none, and without them the model would learn that a person writing
 * directly is never a lead, because every such message in the SpamAssassin ham is one.
 * Messages reuse the corpus's people and sentences (bench/corpus), so they are not new facts.
 */
import type { Language } from '../../src/corpus/people.js';
import { makeMessage } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

const SUBJECTS: Record<Language, readonly string[]> = {
  en: ['Enquiry', 'Quote request', 'Question', 'Availability', 'Hello', 'Information please', 'Appointment'],
  de: ['Anfrage', 'Angebotsanfrage', 'Frage', 'Terminanfrage', 'Hallo', 'Bitte um Rückruf', 'Information'],
  fr: [
    'Demande',
    'Demande de devis',
    'Question',
    'Disponibilité',
    'Bonjour',
    'Renseignements',
    'Rendez-vous',
  ],
  es: ['Consulta', 'Solicitud de presupuesto', 'Pregunta', 'Disponibilidad', 'Hola', 'Información', 'Cita'],
};
const REACH: Record<Language, readonly string[]> = {
  en: ['You can reach me on', 'My number is', 'Call me on'],
  de: ['Sie erreichen mich unter', 'Meine Nummer:', 'Rufen Sie mich gern an:'],
  fr: ['Vous pouvez me joindre au', 'Mon numéro :', 'Appelez-moi au'],
  es: ['Pueden llamarme al', 'Mi teléfono es', 'Mi número:'],
};
const SIGN_OFF: Record<Language, readonly string[]> = {
  en: ['Thanks,', 'Best regards,', 'Kind regards,', 'Cheers,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und Gruß'],
  fr: ['Merci,', 'Cordialement,', 'Bien à vous,'],
  es: ['Gracias,', 'Un saludo,', 'Saludos,'],
};

/** `count` raw direct enquiries; message i depends only on (seed, i). */
export function* directEnquiries(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 1_000_003, i);
    const lines = [makeMessage(rng, lang, business.trade)];
    if (rng.chance(0.5)) lines.push(`${rng.pick(REACH[lang])} ${person.phoneRaw}.`);
    lines.push(`${rng.pick(SIGN_OFF[lang])}\n${rng.chance(0.6) ? person.full : person.first}`);
    const head = [
      `From: ${person.full} <${person.email}>`,
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${rng.pick(SUBJECTS[lang])}`,
      `Message-ID: <direct-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 10:15:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${lines.join('\n\n').replace(/\n/g, '\r\n')}\r\n`, 'utf8');
  }
}
