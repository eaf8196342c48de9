/**
 * Seeded scam letters for training the triage model: a prize, an inheritance, a parcel fee or a
 * too-good job, written as a short personal letter that ends with a paragraph giving a number to
 * call or a messenger to write to, like a customer's letter does. The SpamAssassin sets hold older,
 * louder spam, and without these the model reads "a letter, a person, a phone at the end" as an
 * enquiry once the closing contact paragraph is taken off the message (closing-contact.ts). They
 * carry no urgency words: customers with a burst pipe write "urgent" too, and the model must not
 * learn it as a scam's mark from these alone.
 * Written for this repository in four languages; message i depends only on (seed, i).
 */
import type { Language } from '../../src/corpus/people.js';
import { seededMessage } from './seeded.js';

interface ScamWords {
  subjects: readonly string[];
  greetings: readonly string[];
  /** The bait: what the reader has won, inherited or is owed. */
  baits: readonly string[];
  /** What the reader must do or pay to get it. */
  demands: readonly string[];
  /** The closing contact paragraph; `{phone}` is the scammer's number. */
  contacts: readonly string[];
  signOffs: readonly string[];
  senders: readonly string[];
}

const WORDS: Record<Language, ScamWords> = {
  en: {
    subjects: [
      'CONGRATULATIONS!!!',
      'Your winning notification',
      'Important notice',
      'Unclaimed funds',
      '?',
      'Job offer',
    ],
    greetings: ['Dear friend,', 'Dear winner,', 'Hello dear,', 'Attention beneficiary,'],
    baits: [
      'Your email address was selected in our international draw and you have won £850,000.',
      'I am the lawyer of a late client who left 4.5 million dollars with no next of kin, and I need a trusted partner.',
      'A parcel in your name is held at customs and will be returned unless the fee of £2.99 is paid today.',
      'We offer you a part-time job from home paying $600 a week, no experience needed.',
    ],
    demands: [
      'To release your prize you only need to pay the processing fee and send a copy of your ID.',
      'Reply with your full name, bank details and date of birth so the transfer can begin.',
      'A small administration fee of £350 applies before the transfer.',
      'Keep this strictly confidential until the money is in your account.',
    ],
    contacts: [
      'Contact our claims agent on WhatsApp: {phone}.',
      'Call our agent now on {phone}.',
      'You can reach me on {phone}.',
      'Text me on WhatsApp {phone} for more details.',
    ],
    signOffs: ['God bless,', 'Yours faithfully,', 'Best regards,'],
    senders: ['Barrister James Cole', 'Mrs. Grace Williams', 'Claims Department', 'Dr. Peter Moore'],
  },
  de: {
    subjects: [
      'GLÜCKWUNSCH!!!',
      'Ihre Gewinnbenachrichtigung',
      'Wichtige Mitteilung',
      'Nicht abgeholtes Erbe',
      '?',
      'Jobangebot',
    ],
    greetings: ['Lieber Freund,', 'Sehr geehrter Gewinner,', 'Hallo,', 'Sehr geehrte/r Begünstigte/r,'],
    baits: [
      'Ihre E-Mail-Adresse wurde in unserer internationalen Ziehung ausgewählt, Sie haben 850.000 € gewonnen.',
      'Ich bin der Anwalt eines verstorbenen Mandanten, der 4,5 Millionen Euro ohne Erben hinterlassen hat.',
      'Ein Paket auf Ihren Namen liegt beim Zoll und wird zurückgeschickt, wenn die Gebühr von 1,99 € nicht heute bezahlt wird.',
      'Wir bieten Ihnen einen Heimarbeitsjob mit 600 € pro Woche, keine Erfahrung nötig.',
    ],
    demands: [
      'Um den Gewinn freizugeben, zahlen Sie nur die Bearbeitungsgebühr und senden eine Kopie Ihres Ausweises.',
      'Antworten Sie mit vollem Namen, Bankverbindung und Geburtsdatum, damit die Überweisung beginnen kann.',
      'Vor der Überweisung fällt eine Verwaltungsgebühr von 350 € an.',
      'Behandeln Sie diese Nachricht streng vertraulich.',
    ],
    contacts: [
      'Kontaktieren Sie unseren Sachbearbeiter per WhatsApp: {phone}.',
      'Rufen Sie jetzt unseren Agenten an: {phone}.',
      'Sie erreichen mich unter {phone}.',
      'Schreiben Sie mir auf WhatsApp unter {phone}.',
    ],
    signOffs: ['Gott segne Sie,', 'Hochachtungsvoll,', 'Mit freundlichen Grüßen'],
    senders: ['Rechtsanwalt Thomas Berger', 'Frau Maria Schulz', 'Gewinnabteilung', 'Dr. Klaus Werner'],
  },
  fr: {
    subjects: [
      'FÉLICITATIONS !!!',
      'Avis de gain',
      'Avis important',
      'Fonds non réclamés',
      '?',
      'Offre d’emploi',
    ],
    greetings: ['Cher ami,', 'Cher gagnant,', 'Bonjour,', 'À l’attention du bénéficiaire,'],
    baits: [
      'Votre adresse e-mail a été tirée au sort dans notre loterie internationale, vous avez gagné 850 000 €.',
      'Je suis l’avocat d’un client décédé qui a laissé 4,5 millions d’euros sans héritier.',
      'Un colis à votre nom est bloqué en douane et sera renvoyé si les frais de 1,99 € ne sont pas réglés aujourd’hui.',
      'Nous vous proposons un travail à domicile payé 600 € par semaine, sans expérience.',
    ],
    demands: [
      'Pour débloquer votre gain, il suffit de payer les frais de dossier et d’envoyer une copie de votre pièce d’identité.',
      'Répondez avec votre nom complet, vos coordonnées bancaires et votre date de naissance.',
      'Des frais de dossier de 350 € sont à régler avant le virement.',
      'Gardez ce message strictement confidentiel.',
    ],
    contacts: [
      'Contactez notre agent sur WhatsApp : {phone}.',
      'Appelez notre agent dès maintenant au {phone}.',
      'Vous pouvez me joindre au {phone}.',
      'Écrivez-moi sur WhatsApp au {phone}.',
    ],
    signOffs: ['Que Dieu vous bénisse,', 'Veuillez agréer mes salutations,', 'Cordialement,'],
    senders: ['Maître Jean Dupuis', 'Mme Claire Martin', 'Service des gains', 'Dr Paul Girard'],
  },
  es: {
    subjects: [
      '¡¡¡FELICIDADES!!!',
      'Notificación de premio',
      'Aviso importante',
      'Fondos sin reclamar',
      '?',
      'Oferta de empleo',
    ],
    greetings: ['Querido amigo:', 'Estimado ganador:', 'Hola:', 'Atención beneficiario:'],
    baits: [
      'Su correo fue seleccionado en nuestro sorteo internacional y ha ganado 850.000 €.',
      'Soy el abogado de un cliente fallecido que dejó 4,5 millones de euros sin herederos.',
      'Un paquete a su nombre está retenido en aduanas y será devuelto si no paga hoy la tasa de 1,99 €.',
      'Le ofrecemos un trabajo desde casa con 600 € a la semana, sin experiencia.',
    ],
    demands: [
      'Para liberar su premio solo debe pagar la tasa de tramitación y enviar una copia de su DNI.',
      'Responda con su nombre completo, datos bancarios y fecha de nacimiento.',
      'Antes de la transferencia hay una tasa administrativa de 350 €.',
      'Mantenga este mensaje en estricta confidencialidad.',
    ],
    contacts: [
      'Contacte con nuestro agente por WhatsApp: {phone}.',
      'Llame ahora a nuestro agente al {phone}.',
      'Puede llamarme al {phone}.',
      'Escríbame por WhatsApp al {phone}.',
    ],
    signOffs: ['Dios le bendiga,', 'Atentamente,', 'Saludos cordiales,'],
    senders: ['Abogado Luis Herrera', 'Sra. Carmen López', 'Departamento de premios', 'Dr. Jorge Ruiz'],
  },
};

/** Free mail domains scammers write from; the Reply-To is often another one. */
const FREE_MAIL = ['mail.example', 'inbox.example', 'post.example'];

/** `count` raw scam letters; message i depends only on (seed, i). */
export function* scamLetters(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 3_000_017, i);
    const w = WORDS[lang];
    const sender = rng.pick(w.senders);
    const fill = (t: string) => t.replace('{phone}', person.phoneRaw);
    const paragraphs = [rng.pick(w.greetings), rng.pick(w.baits)];
    paragraphs.push(rng.shuffle(w.demands).slice(0, rng.int(1, 2)).join(' '));
    paragraphs.push(fill(rng.pick(w.contacts)));
    paragraphs.push(`${rng.pick(w.signOffs)}\n${sender}`);
    const local = `claims${rng.int(10, 99)}`;
    const head = [
      `From: ${sender} <${local}@${rng.pick(FREE_MAIL)}>`,
      ...(rng.chance(0.5) ? [`Reply-To: ${local}.office@${rng.pick(FREE_MAIL)}`] : []),
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${rng.pick(w.subjects)}`,
      `Message-ID: <scam-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 09:05:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    const body = paragraphs.join('\n\n').replace(/\n/g, '\r\n');
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}\r\n`, 'utf8');
  }
}
