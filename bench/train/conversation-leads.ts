/**
 * Seeded leads that arrive as conversations (extractors/conversation.ts): a website chat
 * transcript, an SMS gateway notice, a pasted WhatsApp export, a voicemail transcription, a
 * call-tracking notice and a platform message, in en/de/fr/es. They carry no form labels and
 * come from a machine, so without them the model reads them as notifications of something else.
 * Written for this repository; message i depends only on (seed, i).
 */
import type { Business, Language, Person } from '../../src/corpus/people.js';
import type { Rng } from '../../src/corpus/prng.js';
import { makeMessage } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

type Kind = 'chat' | 'sms' | 'whatsapp' | 'voicemail' | 'call' | 'platform';
const KINDS: readonly Kind[] = ['chat', 'sms', 'whatsapp', 'voicemail', 'call', 'platform'];

interface Words {
  chatSubject: string;
  visitor: string;
  agent: string;
  greeting: string;
  smsSubject: string;
  reply: string;
  voicemailSubject: string;
  transcription: string;
  intro: string;
  callSubject: string;
  caller: string;
  called: string;
  tracking: string;
  duration: string;
  sent: string;
  replyButton: string;
}

const WORDS: Record<Language, Words> = {
  en: {
    chatSubject: 'Chat transcript from your website',
    visitor: 'Visitor',
    agent: 'Agent',
    greeting: 'Hi, how can I help you today?',
    smsSubject: 'New SMS from {phone}',
    reply: 'Reply to this email to answer by SMS.',
    voicemailSubject: 'New voicemail from {phone}',
    transcription: 'Transcription',
    intro: 'Hi, this is {name}.',
    callSubject: 'Missed call from {phone}',
    caller: 'Caller ID',
    called: 'Number called',
    tracking: 'Tracking number',
    duration: 'Duration',
    sent: '{name} sent you a message',
    replyButton: 'Reply',
  },
  de: {
    chatSubject: 'Neuer Chatverlauf von Ihrer Website',
    visitor: 'Besucher',
    agent: 'Mitarbeiter',
    greeting: 'Hallo, wie kann ich Ihnen helfen?',
    smsSubject: 'Neue SMS von {phone}',
    reply: 'Antworten Sie auf diese E-Mail, um per SMS zu antworten.',
    voicemailSubject: 'Neue Sprachnachricht von {phone}',
    transcription: 'Transkription',
    intro: 'Guten Tag, hier ist {name}.',
    callSubject: 'Verpasster Anruf von {phone}',
    caller: 'Anrufer',
    called: 'Angerufene Nummer',
    tracking: 'Tracking-Nummer',
    duration: 'Dauer',
    sent: '{name} hat Ihnen eine Nachricht gesendet',
    replyButton: 'Antworten',
  },
  fr: {
    chatSubject: 'Transcription du tchat de votre site',
    visitor: 'Visiteur',
    agent: 'Conseiller',
    greeting: 'Bonjour, comment puis-je vous aider ?',
    smsSubject: 'Nouveau SMS de {phone}',
    reply: 'Pour répondre par SMS, répondez à cet e-mail.',
    voicemailSubject: 'Nouveau message vocal de {phone}',
    transcription: 'Transcription',
    intro: "Bonjour, c'est {name}.",
    callSubject: 'Appel manqué de {phone}',
    caller: 'Appelant',
    called: 'Numéro appelé',
    tracking: 'Numéro de suivi',
    duration: 'Durée',
    sent: '{name} vous a envoyé un message',
    replyButton: 'Répondre',
  },
  es: {
    chatSubject: 'Transcripción del chat de su web',
    visitor: 'Visitante',
    agent: 'Agente',
    greeting: 'Hola, ¿en qué puedo ayudarle?',
    smsSubject: 'Nuevo SMS de {phone}',
    reply: 'Para responder por SMS, conteste a este correo.',
    voicemailSubject: 'Nuevo mensaje de voz de {phone}',
    transcription: 'Transcripción',
    intro: 'Hola, soy {name}.',
    callSubject: 'Llamada perdida de {phone}',
    caller: 'Número del llamante',
    called: 'Número llamado',
    tracking: 'Número de seguimiento',
    duration: 'Duración',
    sent: '{name} te ha enviado un mensaje',
    replyButton: 'Responder',
  },
};

function clock(rng: Rng): string {
  return `${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

function body(
  kind: Kind,
  rng: Rng,
  lang: Language,
  b: Business,
  p: Person,
): { subject: string; text: string } {
  const w = WORDS[lang];
  const said = makeMessage(rng, lang, b.trade).replace(/\n+/g, ' ');
  const fill = (s: string) => s.replace('{phone}', p.phoneRaw).replace('{name}', p.full);
  switch (kind) {
    case 'chat': {
      const t = clock(rng);
      const lines = [
        `[${t}] ${w.agent}: ${w.greeting}`,
        `[${t}] ${w.visitor}: ${said}`,
        `[${t}] ${w.agent}: ${b.phone}?`,
        `[${t}] ${w.visitor}: ${rng.chance(0.5) ? p.email : p.phoneRaw}`,
      ];
      return { subject: w.chatSubject, text: lines.join('\n') };
    }
    case 'sms':
      return { subject: fill(w.smsSubject), text: `${fill(w.smsSubject)}\n\n${said}\n\n--\n${w.reply}` };
    case 'whatsapp': {
      const d = `${String(rng.int(1, 28)).padStart(2, '0')}/11/2026`;
      const lines = [
        `${d}, ${clock(rng)} - ${p.full}: ${said}`,
        `${d}, ${clock(rng)} - ${b.name}: ${w.greeting}`,
        `${d}, ${clock(rng)} - ${p.full}: ${p.phoneRaw}`,
      ];
      return { subject: `WhatsApp ${p.full}`, text: lines.join('\n') };
    }
    case 'voicemail':
      return {
        subject: fill(w.voicemailSubject),
        text: `${fill(w.voicemailSubject)}\n${w.duration}: 0:${rng.int(10, 59)}\n\n${w.transcription}:\n${fill(w.intro)} ${said}`,
      };
    case 'call':
      return {
        subject: fill(w.callSubject),
        text: [
          `${w.caller}: ${p.phoneRaw}`,
          `${w.called}: ${b.phone}`,
          `${w.tracking}: ${b.phone.replace(/\d$/, '9')}`,
          `${w.duration}: 0:00`,
        ].join('\n'),
      };
    case 'platform':
      return {
        subject: fill(w.sent),
        text: `${fill(w.sent)}\n\n${said} ${p.phoneRaw}\n\n${w.replyButton}`,
      };
  }
}

/** `count` raw conversation notifications; message i depends only on (seed, i). */
export function* conversationLeads(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 5_000_011, i);
    const kind = KINDS[i % KINDS.length] as Kind;
    const { subject, text } = body(kind, rng, lang, business, person);
    const head = [
      kind === 'whatsapp'
        ? `From: ${business.owner} <${business.email}>`
        : `From: ${business.name} <notifications@${kind}.relay.example>`,
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${subject}`,
      `Message-ID: <conv-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 10:15:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${text.replace(/\r?\n/g, '\r\n')}\r\n`, 'utf8');
  }
}
