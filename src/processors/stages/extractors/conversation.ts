/**
 * Leads that arrive as conversations rather than forms: website chat transcripts, SMS gateway
 * notices, WhatsApp chat exports (pasted or attached as .txt), voicemail transcriptions,
 * call-tracking notices and platform messages ("Anna Berg sent you a message"). They have no
 * `Label: value` pairs for the customer, or pairs that name the wrong party (the tracking number,
 * the number called). The customer is the speaker who is not the business: never the agent, the
 * bot, the business's own name, the tracking number or the number called. Their message is their
 * own lines, in order, without timestamps, speaker prefixes or anyone else's lines; for a missed
 * call, the SMS reply the tracking service texted back and printed.
 *
 * Pure and bounded: at most MAX_LINES lines of the body or a chat export are read, and every
 * pattern is a fixed expression without nested quantifiers.
 */

import { decodeHTML } from 'entities';
import { isContactOnly } from '../closing-contact.js';
import { freeTextMessage, isGreetingLine } from '../message.js';
import { findEmails, withoutEmails } from '../normalise.js';
import { callerIdName, isPlausibleName } from '../normalise-names.js';
import type { TextAttachment } from '../parse.js';
import { isKnownGivenName } from '../redact-given-names.js';
import type { Accumulator } from '../type-fields.js';
import { phoneInProse, withoutProsePhones } from '../type-fields.js';
import { SALUTATION_LINE } from './boilerplate.js';
import type { LabelDictionary } from './labels.js';
import { inCustomerVoice, inPlatformVoice } from './voice.js';

export type ConversationKind = 'chat' | 'whatsapp' | 'sms' | 'voicemail' | 'call' | 'platform';

export interface Conversation {
  kind: ConversationKind;
  fullName: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  /** A platform message's number was read off its contact buttons, not a field or its text. */
  phoneFromButtons?: boolean;
}

/** What the reader needs besides the text: who the business is, as far as the email says. */
export interface ConversationContext {
  subject: string;
  /** The (innermost) body text. */
  body: string;
  attachments: readonly TextAttachment[];
  /** The HTML part, for transcripts laid out as table rows (time | speaker | text). */
  html: string;
  /** Display names and addresses of the sender and recipients: the business's own names. */
  businessHints: readonly string[];
  /** File names of the attachments: an export's ("WhatsApp Chat with +44 ….txt") names the chat. */
  fileNames: readonly string[];
  dict: LabelDictionary;
}

/** The block separator extractors/html.ts renders between blocks. */
const BLOCK_SEPARATOR = /^[ \t]*\u241e[ \t]*$/gm;
/** Lines of a body or chat export read; a longer chat's first lines hold the enquiry. */
const MAX_LINES = 400;
/** Characters of the heading (subject and first lines) in which the notification says what it is. */
const MAX_HEADING_CHARS = 400;

const TIME = String.raw`\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?`;
const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
/** Between date and time: "05/12/2026, 10:14", "05/12/2026 à 10:14" (French exports), "… um 10:14". */
const DATE_TIME_GLUE = String.raw`(?:,|[ \t]+(?:à|um|a las))?[ \t]+`;
/**
 * A turn: an optional "[date, time]" or "date, time -" or "time" prefix, the speaker (a time may
 * follow it: "Invité (09:41)", "Agente Laura - 11:21 AM"), a colon and the text.
 */
const TURN = new RegExp(
  String.raw`^[ \t]*(?:[[(]((?:${DATE}${DATE_TIME_GLUE})?${TIME})[\])]|((?:${DATE}${DATE_TIME_GLUE})?${TIME}))?[ \t]*(?:[-–][ \t]+)?((?:[^:\n]|(?<=\d):(?=\d\d)){1,60}?)[ \t]?[:：][ \t]+(\S.*)$`,
);
/** WhatsApp's export lines: "[05/12/2026, 10:14:03] Name: text" or "05.12.26, 10:14 - Name: text". */
const WHATSAPP_TURN = new RegExp(
  String.raw`^[ \t]*(?:\[${DATE}${DATE_TIME_GLUE}${TIME}\][ \t]|${DATE}${DATE_TIME_GLUE}${TIME}[ \t]+[-–][ \t])`,
);
/**
 * A turn's header on its own line, its text on the next ones (HTML transcripts rendered as text):
 * "Visitor 3:03 PM", "James (Harbour Homes) - 15:02", "[10:14] Anna"; a bold speaker rendered
 * as a label ("Visitor :3:03 PM").
 */
const STACKED_TURN = new RegExp(
  String.raw`^[ \t]*(?:\[?((?:${DATE}${DATE_TIME_GLUE})?${TIME})\]?[ \t]+(?:[-–][ \t]+)?)?([^:\n]{1,50}?)(?:[ \t]*:?[ \t]*[-–·•|(\[]?[ \t]*((?:${DATE}${DATE_TIME_GLUE})?${TIME})[)\]]?)?[ \t]*:?$`,
);
/**
 * "Besucher 3307 schrieb um 09:15:", "Visiteur a écrit (15:02) :", "Pablo escribió:": a transcript
 * that writes the speaker with a verb of saying; the verb (and the "um"/"at" before a time) is not
 * part of the speaker.
 */
const SAID_VERB =
  /[ \t]+(?:said|says|wrote|writes|schrieb|schreibt|sagte|a écrit|écrit|a dit|dit|escribió|escribe|dijo)(?:[ \t]+(?:at|on|um|am|à|le|a las|el))?$/i;
const ONLY_TIME = new RegExp(`^${TIME}$`);
const SPEAKER_TIME = new RegExp(String.raw`[ \t]*(?:[-–·•|][ \t]*)?[(\[]?${TIME}[)\]]?$`);
/** Words that open an email header block, never a speaker. */
const HEADER_WORD =
  /^(?:from|to|cc|bcc|date|sent|subject|reply-to|von|an|datum|gesendet|betreff|de|à|a|objet|envoyé|para|asunto|enviado|fecha)$/i;
/** The customer's role in a chat widget. */
const CUSTOMER_ROLE =
  /^(?:(?:website|web|site|chat|anonymous|new|returning|unknown|website-|web-|anonymer|neuer)[ \t]*)?(?:visitor|guest|customer|client|user|prospect|you|besucher(?:in)?|gast|kunde|kundin|interessent(?:in)?|visiteur|visiteuse|invitée?|cliente?|internaute|visitante|invitad[oa]|usuari[oa])(?:[ \t]+(?:anonyme|anónim[oa]|du site|de la web|web))?(?:[ \t]*#?[ \t]*\d{1,12})?$/i;
/** Staff roles: the agent, the bot, the business itself, by role word anywhere in the speaker. */
const STAFF_ROLE =
  /(?<!\p{L})(?:agent|operator|bot|chatbot|assistant|support|team|advisor|adviser|consultant|staff|sales|reception|mitarbeiter(?:in)?|berater(?:in)?|kundenservice|service|conseill(?:er|ère)|opérat(?:eur|rice)|assistante?|équipe|agente|asesora?|operador(?:a)?|equipo|atención al cliente|asistente|recepción|empfang|accueil|system|automated|systemnachricht|système|sistema)(?!\p{L})/iu;
/** A header line that names the staff member who took the chat ("Agent: Tom", "Mitarbeiterin: Petra Hoffmann"). */
const STAFF_LABEL =
  /^(?:agent|operator|assigned to|handled by|answered by|chat agent|mitarbeiter(?:in)?|berater(?:in)?|bearbeitet von|angenommen von|conseill(?:er|ère)|pris en charge par|agente|asesora?|atendido por)$/i;
/** Company forms in a speaker's name: the business writing. */
const COMPANY_FORM =
  /(?<!\p{L})(?:gmbh|ag|kg|ug|e\.k\.|ltd|limited|llc|inc|plc|sarl|sas|eurl|s\.l\.|s\.a\.|sl|sa)\.?$/iu;

/**
 * Labels of the caller's or sender's number and name (the customer), en/de/fr/es. A bare "Number"
 * ("Nummer", "Numéro", "Número") in a call notice is the caller's: the number called is labelled
 * as such (BUSINESS_NUMBER_LABEL).
 */
const CUSTOMER_LABEL =
  /^(?:number|nummer|numéro|número|caller(?: id(?: name)?| number| phone| name(?: id)?)?|cnam|calling number|caller'?s (?:number|name)|name of caller|from(?: number)?|sender|sent by|absender|von|anrufer(?:name|nummer|-?id|kennung)?|name des anrufers|(?:ruf)?nummer des anrufers|anrufende nummer|appelant|(?:numéro|identifiant|nom)(?: de l'|d'|de |)appelant|expéditeur|de|número(?: del)? (?:llamante|origen)|llamante|(?:nombre|identificador) del llamante|identificador de llamada|remitente|llamada de|customer(?:'s)? (?:number|phone)|contact number|message from|voicemail from|nachricht von|message de|mensaje de)$/i;
/** Labels of numbers that are the business's, never the customer's. */
const BUSINESS_NUMBER_LABEL =
  /^(?:to|recipient|number called|called number|number dial(?:l)?ed|dial(?:l)?ed number|tracking(?: number| line)?|business number|destination(?: number)?|forwarded to|line|an|empfänger|angerufene nummer|gewählte nummer|tracking-?(?:ruf)?nummer|tracking-?leitung|zielnummer|weitergeleitet an|leitung|à|destinataire|numéro (?:appelé|composé)|numéro de (?:suivi|tracking|destination)|ligne(?: de suivi| de tracking)?|para|destinatario|número (?:llamado|marcado|de seguimiento|de destino)|línea(?: de seguimiento)?)$/i;
/**
 * The text of a voicemail, an SMS or a platform message under its label ("Voicemail transcript",
 * "Text der Nachricht", "Message vocal", "Transcripción del buzón de voz"); a note in brackets after
 * it ("Transcription (automated, may contain errors)") is dropped before.
 */
const TEXT_LABEL =
  /^(?:(?:voicemail |voice message )?transcri(?:ption|pt)(?: of (?:the )?(?:voicemail|message))?|transkription(?: der (?:sprach)?nachricht)?|transkript|abschrift|text der (?:sprach)?nachricht|message vocal|transcription (?:du|de la) (?:message|messagerie)(?: vocale)?|transcripción(?: del (?:buzón de voz|mensaje(?: de voz)?))?|mensaje de voz|message|text|sms|nachricht|texte|mensaje|texto|(?:your )?question|(?:ihre )?frage|(?:votre )?question|(?:su |tu )?pregunta)$/i;

/**
 * A label over the caller's written reply to a missed call ("Caller replied by SMS", "SMS-Antwort
 * des Anrufers", "Réponse de l'appelant par SMS", "Respuesta por SMS"): a reply word and an SMS or
 * text word, in either order. Call-tracking services text the caller back and print the answer.
 */
const REPLY_WORD =
  /(?<![\p{L}\p{N}])(?:repl(?:y|ied)|responded|response|answer(?:ed)?|\p{L}*antwort(?:en)?|geantwortet|réponse|répondu|respuesta|respondió|respondido|contestó)(?![\p{L}\p{N}])/iu;
const TEXT_WORD = /(?<![\p{L}\p{N}])(?:sms|text(?:-?back)?|texto|textnachricht)(?![\p{L}\p{N}])/iu;
/** "Caller replied", "Anrufer antwortete", "L'appelant a répondu": the texted-back caller's answer. */
const CALLER_WORD = /(?<![\p{L}\p{N}])(?:caller|anrufer(?:in)?|appelant|llamante)(?![\p{L}\p{N}])/iu;
/**
 * A text's label naming its sender's number ("SMS from +44 7700 900455", "SMS von 0171 …", "Texto de
 * 612 …"): the number is the customer's, the text under it their words.
 */
const TEXT_FROM_NUMBER =
  /^(?:sms|text(?: message)?|textnachricht|texto|mensaje de texto|message texte)[ \t]+(?:from|von|de|del)[ \t]+((?:\+|00)?\(?\d[\d ()./-]{5,20}\d)$/i;

const VOICEMAIL =
  /\b(?:voicemail|voice ?mail|voice message|sprachnachricht|mailbox-?nachricht|nachricht auf (?:ihrer|der) mailbox|message vocal|messagerie vocale|mensaje de voz|buzón de voz)\b/i;
/** Letter lookarounds, not `\b` (ASCII-only): "Appel manqué". */
const CALL =
  /(?<![\p{L}\p{N}])(?:missed call|missed a call|unanswered call|answered call|incoming call|new call|call from|inbound call|verpasster anruf|entgangener anruf|unbeantworteter anruf|neuer anruf|anruf von|eingehender anruf|appel (?:manqué|non répondu|en absence|entrant|reçu|de)|nouvel appel|llamada (?:perdida|no contestada|no atendida|entrante|recibida|de)|nueva llamada)(?![\p{L}\p{N}])/iu;
const SMS = /\b(?:sms|text message|(?:new )?text from|textnachricht|mensaje de texto|message texte)\b/i;
/** "… from/von/de <phone>" in the heading: a message whose sender is a phone number. */
const FROM_PHONE = /\b(?:from|von|de|del)[ \t]+((?:\+|00)?\(?\d[\d ()./-]{5,20}\d)/i;
/** "… from Anna Berg (+44 7700 900123)": the sender's name with their number. */
const FROM_NAME_PHONE =
  /\b(?:from|von|de|del)[ \t]+(\p{Lu}[\p{L}\p{M}'’. -]{1,40}?)[ \t]*[(<][ \t]*((?:\+|00)?\d[\d ./-]{5,20}\d)[ \t]*[)>]/u;
const CHAT =
  /\b(?:chat|transcript|conversation|chatverlauf|chat-?protokoll|unterhaltung|gespräch|tchat|discussion|conversación|transcripción|charla)\b/i;
/** "Anna Berg sent you a message", "Neue Nachricht von Anna Berg", "X vous a envoyé un message"… */
const PLATFORM_SENT =
  /^(.{2,60}?)[ \t]+(?:has[ \t]+)?(?:sent you (?:a|an) (?:new |direct |private )?(?:message|inmail)|sent (?:a )?(?:new )?message to your (?:page|profile|listing|business)|messaged you|wrote to you|hat (?:ihnen|dir) eine (?:neue )?nachricht(?: [^\n]{1,80}?)? (?:gesendet|geschickt)|hat (?:ihnen|dir) geschrieben|vous a envoyé un (?:nouveau )?message|a envoyé un (?:nouveau )?message (?:à|sur) (?:votre|ta) (?:page|annonce|profil|fiche)|ha enviado un (?:nuevo )?mensaje a (?:tu|su) (?:página|anuncio|perfil|ficha)|hat (?:eine )?(?:neue )?nachricht an (?:ihre|deine) (?:seite|anzeige|profil) (?:gesendet|geschickt)|t'a envoyé un message|vous a écrit|te ha enviado un (?:nuevo )?mensaje|le ha enviado un (?:nuevo )?mensaje|te ha escrito|le ha escrito)\b/i;
/**
 * The verb of the card alone on its line, the sender's name and headline in cells or lines above
 * it ("Rachel Stone" / "Head of Operations at …" / "sent you a message"): the card ends there.
 */
const PLATFORM_SENT_ALONE =
  /^(?:has[ \t]+)?(?:sent you (?:a|an) (?:new |direct |private )?(?:message|inmail)|hat (?:ihnen|dir) eine (?:neue )?nachricht (?:gesendet|geschickt)|vous a envoyé un (?:nouveau )?message|t'a envoyé un message|(?:te|le) ha enviado un (?:nuevo )?mensaje)[ \t]*[.:]?$/i;
const PLATFORM_FROM =
  /^(?:you(?:'ve| have) (?:got |received )?(?:a )?|sie haben (?:eine )?|vous avez (?:reçu )?(?:un )?|tienes (?:un )?|ha recibido (?:un )?)?(?:new (?:inmail|message|direct message) from|neue nachricht von|nouveau message de|nuevo mensaje de)[ \t]+(.{2,60}?)(?:[ \t]+(?:on|via|über|auf|sur|en)[ \t]+[^\n]{1,40})?[ \t]*[:.!]?$/i;
/**
 * Words every PLATFORM_SENT and PLATFORM_FROM match holds, as one cheap test: most heading lines
 * have none, and PLATFORM_SENT tries its verbs after each of the first 60 characters.
 */
const PLATFORM_VERB =
  /sent |messaged you|wrote to you|hat |vous a |a envoyé|ha enviado|ha escrito|new inmail from|new message from|new direct message from|neue nachricht von|nouveau message de|nuevo mensaje de/i;

const MIN_TABLE_TURNS = 3;
/** Table rows and cells of an HTML part, bounded (a transcript's rows are short). */
const TABLE_ROW = /<tr\b[^>]{0,500}>([\s\S]{0,4000}?)<\/tr>/gi;
const TABLE_CELL = /<t[dh]\b[^>]{0,500}>([\s\S]{0,2000}?)<\/t[dh]>/gi;
const TIME_CELL = new RegExp(String.raw`^[\[(]?(?:${DATE}${DATE_TIME_GLUE})?${TIME}[\])]?$`);
/** Characters of HTML searched for transcript rows. */
const MAX_TABLE_HTML_CHARS = 128 * 1024;

/** Rows of three cells, one a time: "[time] speaker: text" lines for the transcript reader. */
function tableTurns(html: string): string[] {
  const out: string[] = [];
  for (const row of html.slice(0, MAX_TABLE_HTML_CHARS).matchAll(TABLE_ROW)) {
    const cells = [...(row[1] ?? '').matchAll(TABLE_CELL)].map((c) =>
      decodeHTML((c[1] ?? '').replace(/<[^>]{0,500}>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const at = cells.findIndex((c) => TIME_CELL.test(c));
    if (cells.length !== 3 || at < 0) continue;
    const [speaker = '', text = ''] = cells.filter((_c, i) => i !== at);
    if (speaker && text && !speaker.includes(':')) out.push(`[${cells[at]}] ${speaker}: ${text}`);
    if (out.length >= MAX_LINES) break;
  }
  return out;
}

/** A chat export's attachment, a WhatsApp export by its lines. */
export function isChatExport(text: string): boolean {
  return countMatching(plain(text).split('\n', 20), WHATSAPP_TURN) >= 2;
}

/**
 * Exports carry direction marks before lines and narrow no-break spaces before "AM"; the body
 * had these removed by extract.ts, an attachment's text has not.
 */
function plain(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(BIDI_AND_ZERO_WIDTH, '');
}
/** Zero-width characters and the direction marks and embeddings exports wrap numbers in ("\u202a+34 612…\u202c"). */
const BIDI_AND_ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Direction marks a pasted export keeps in a body (extract.ts removes only the zero-width ones). */
const DIRECTION_MARK = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Which kind of conversation the email is, from its heading and lines alone (cheap: most mail
 * stops at the heading tests).
 * Notices (voicemail, call, SMS) say so in the subject or their first lines; chats are lines of
 * turns with timestamps or role-word speakers.
 */
function conversationKind(
  subject: string,
  lines: readonly string[],
  attachments: readonly TextAttachment[],
  heading: Heading,
  fileNames: readonly string[],
): ConversationKind | null {
  if (
    countMatching(lines, WHATSAPP_TURN) >= 2 ||
    attachments.some((a) => a.kind === 'text' && isChatExport(a.text))
  )
    return 'whatsapp';
  const text = heading.text();
  if (VOICEMAIL.test(text)) return 'voicemail';
  if (CALL.test(text)) return 'call';
  // A notice worded only as a call ("Anruf mit Nachricht") whose file says what it holds
  // ("voicemail-transcript.txt", "sprachnachricht.txt", "mensaje_de_voz.txt").
  if (fileNames.some((n) => VOICEMAIL.test(n.replace(FILE_NAME_SEPARATORS, ' ')))) return 'voicemail';
  if (
    SMS.test(text) ||
    text.split('\n').some((l) => (FROM_PHONE.test(l) || FROM_NAME_PHONE.test(l)) && MESSAGE_WORD.test(l))
  )
    return 'sms';
  // The heading first: most mail is no chat, and turns are the costlier test.
  if (heading.namesChat() && lines.filter((l) => turnOf(l) !== null).length >= 3) return 'chat';
  if (platformSender(subject, lines)) return 'platform';
  return null;
}
/** Word separators in a file name: "mensaje_de_voz.txt" says "mensaje de voz". */
const FILE_NAME_SEPARATORS = /[-_.]+/g;
const MESSAGE_WORD = /\b(?:message|nachricht|mensaje)\b/i;
/** Lines of the body, besides the subject, in which a notice says what it is. */
const HEADING_LINES = 3;

function headingOf(subject: string, lines: readonly string[]): string {
  const first = lines.filter((l) => l.trim()).slice(0, HEADING_LINES);
  return `${subject}\n${first.join('\n')}`.slice(0, MAX_HEADING_CHARS);
}

/** An email's heading and whether it names a chat, each worked out at most once and only when asked. */
interface Heading {
  text(): string;
  namesChat(): boolean;
}

function lazyHeading(subject: string, lines: readonly string[]): Heading {
  let text: string | undefined;
  let chat: boolean | undefined;
  const heading = {
    text: () => {
      text ??= headingOf(subject, lines);
      return text;
    },
    namesChat: () => {
      chat ??= CHAT.test(heading.text());
      return chat;
    },
  };
  return heading;
}

function countMatching(lines: readonly string[], re: RegExp): number {
  let n = 0;
  for (const l of lines) if (re.test(l)) n++;
  return n;
}

/** Reads a conversation, or null when the email is none (or names no customer). */
export function readConversation(ctx: ConversationContext): Conversation | null {
  // The HTML renderer marks block boundaries with a separator line: a blank line here.
  // Most bodies hold neither a carriage return nor a separator: no copy for them.
  const unixBody = ctx.body.includes('\r') ? ctx.body.replace(/\r\n?/g, '\n') : ctx.body;
  const unmarked = DIRECTION_MARK.test(unixBody) ? plain(unixBody) : unixBody;
  const body = unmarked.includes('\u241e') ? unmarked.replace(BLOCK_SEPARATOR, '') : unmarked;
  const lines = body.split('\n', MAX_LINES);
  const heading = lazyHeading(ctx.subject, lines);
  const found = conversationKind(ctx.subject, lines, ctx.attachments, heading, ctx.fileNames);
  // A transcript laid out as table rows reads as nothing in the rendered text: its rows are the turns.
  // So does a text-back thread's.
  const rows =
    found !== 'whatsapp' && ctx.html && (found === 'sms' || heading.namesChat()) ? tableTurns(ctx.html) : [];
  const kind = rows.length >= MIN_TABLE_TURNS ? 'chat' : found;
  if (!kind) return null;
  if (rows.length >= MIN_TABLE_TURNS) return readTranscript(kind, rows, lines, ctx);
  if (kind === 'whatsapp' || kind === 'chat') {
    const exported = ctx.attachments.find((a) => a.kind === 'text' && isChatExport(a.text));
    const turnLines =
      exported && countMatching(lines, WHATSAPP_TURN) < 2
        ? plain(exported.text).split('\n', MAX_LINES)
        : lines;
    return readTranscript(kind, turnLines, lines, ctx);
  }
  const fields = headerFields(lines, ctx.dict);
  if (kind === 'platform') return readPlatformMessage(ctx.subject, lines, fields);
  return readNotice(kind, ctx.subject, lines, fields, ctx.dict, ctx.attachments);
}

interface HeaderFields {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** The text under a transcription/message label, with the paragraphs that follow it. */
  text: string | null;
  /** The caller's SMS reply to a missed call, under its label, with the paragraphs that follow it. */
  reply: string | null;
  /** Staff names the header block gives ("Agent: Tom"). */
  staff: string[];
  /** Indexes of the lines that were header fields. */
  used: Set<number>;
  /** A caller or sender label was present (a notice's own statement of who the customer is). */
  callerLabelled: boolean;
}

const LABEL_LINE = /^[ \t]*([^:(\n]{1,40}?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*[:：][ \t]*(.*)$/;
/** A note in brackets after a label ("(automated, may contain errors)"). */
const BRACKETED_NOTE = /[ \t]*\([^()]*\)$/;

/** The notification's own `Label: value` lines: caller, sender, pre-chat form, staff, text. */
function headerFields(lines: readonly string[], dict: LabelDictionary): HeaderFields {
  const out: HeaderFields = {
    name: null,
    email: null,
    phone: null,
    text: null,
    reply: null,
    staff: [],
    used: new Set(),
    callerLabelled: false,
  };
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL_LINE.exec(lines[i] ?? '');
    if (!m) continue;
    const label = (m[1] ?? '').trim().replace(/[*]$/, '').trim();
    const value = (m[2] ?? '').trim();
    if (TURN_SPEAKER_HINT.test(label)) continue;
    if (BUSINESS_NUMBER_LABEL.test(label)) {
      out.used.add(i);
      continue;
    }
    if (STAFF_LABEL.test(label)) {
      out.used.add(i);
      if (value) out.staff.push(value);
      continue;
    }
    // On a call notice, a text from the caller's number is their reply as much as a labelled one.
    const sender = TEXT_FROM_NUMBER.exec(label);
    if (sender) out.phone ??= phoneInValue(sender[1] as string);
    if (sender || (REPLY_WORD.test(label) && (TEXT_WORD.test(label) || CALLER_WORD.test(label)))) {
      out.used.add(i);
      out.reply ??= paragraphsFrom(value, lines, i + 1);
      continue;
    }
    if (TEXT_LABEL.test(label.replace(BRACKETED_NOTE, ''))) {
      out.used.add(i);
      out.text ??= paragraphsFrom(value, lines, i + 1);
      continue;
    }
    if (!value) continue;
    if (CUSTOMER_LABEL.test(label)) {
      out.used.add(i);
      out.callerLabelled = true;
      takeNameAndPhone(out, value);
      continue;
    }
    const hit = dict.lookup(label);
    if (!hit) continue;
    if (hit.target === 'email') {
      out.used.add(i);
      out.email ??= findEmails(value)[0] ?? null;
    } else if (hit.target === 'phone') {
      out.used.add(i);
      out.phone ??= phoneInValue(value);
    } else if (hit.target === 'fullName' || hit.target === 'name') {
      out.used.add(i);
      // "Visitor: Emily Tremblay (emily@…)": the pre-chat form's name with the visitor's contact.
      // A turn of the chat ("Visiteur : Au fait, moi c'est Camille Roux. camille@…") is not one.
      if (isContactValue(value)) takeNameAndPhone(out, value);
      else if (isPlausibleName(value)) out.name ??= value;
    }
  }
  return out;
}
/**
 * "Emily Tremblay (emily@…)", "Anna Berg +44 7700 900123": an address or a number with at most a
 * short name beside it, no sentence.
 */
function isContactValue(value: string): boolean {
  const address = findEmails(value)[0];
  const phone = phoneInValue(value);
  if (!address && !phone) return false;
  let rest = address ? value.replace(address, ' ') : value;
  if (phone) rest = rest.replace(phone, ' ');
  return !/[.!?…]/.test(rest) && rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 5;
}

/** Speakers that look like labels: a turn line is not a header field. */
const TURN_SPEAKER_HINT = new RegExp(TIME);

/**
 * "Anna Berg (+44 7700 900123)", "+44 7700 900123", "Anna Berg", "Emily Tremblay
 * (emily@…)": a caller's, sender's or visitor's value.
 */
function takeNameAndPhone(out: HeaderFields, value: string): void {
  const address = findEmails(value)[0] ?? null;
  if (address) out.email ??= address;
  const unaddressed = address ? value.replace(address, ' ') : value;
  const phone = phoneInValue(unaddressed);
  if (phone) out.phone ??= phone;
  const bare = (phone ? unaddressed.replace(phone, ' ') : unaddressed)
    .replace(/[()[\]<>;]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  // "WEBER, ANNA": caller id prints the surname, a comma, the given name; the comma tells the
  // name reader the order. Other commas only separate parts of the value. "WEBER ANNA" is the
  // same order without the comma (callerIdName).
  const rest = SURNAME_COMMA_GIVEN.test(bare)
    ? bare
    : callerIdName(bare.replace(/,/g, ' ').replace(/\s+/g, ' ').trim());
  if (rest && isPlausibleName(rest.replace(',', ' ')) && !WITHHELD.test(rest)) out.name ??= rest;
}
const SURNAME_COMMA_GIVEN = /^[^,]{2,60}, ?[^,]{2,60}$/;
/** A number in a field value, its opening bracket kept ("(512) 555-0199"): 7 to 15 digits. */
const VALUE_PHONE = /(?:\+|\b00)?\(?\d[\d ()./-]{5,20}\d/;

function phoneInValue(value: string): string | null {
  const m = balanced(VALUE_PHONE.exec(value)?.[0] ?? null);
  const n = m ? digits(m).length : 0;
  return m && n >= 7 && n <= 15 ? m.trim() : null;
}

/** "0151 98765432 (0" out of "0151 98765432 (0:37)": an unclosed bracket and what follows are not the number. */
function balanced(phone: string | null): string | null {
  if (!phone) return null;
  const open = phone.lastIndexOf('(');
  return open > phone.lastIndexOf(')') ? phone.slice(0, open).trim() || null : phone;
}

/** Letter lookarounds, not `\b` (ASCII-only): "Numéro masqué", "Appel privé". */
const WITHHELD =
  /(?<![\p{L}\p{N}])(?:unknown|anonymous|withheld|private|unavailable|wireless caller|cell phone|mobile caller|toll free|out of area|unbekannt|unterdrückt|anonym|inconnu|masqué|privé|desconocido|oculto|privado)(?![\p{L}\p{N}])/iu;

/** The value after a label and the paragraphs that follow, up to a footer or another field. */
function paragraphsFrom(first: string, lines: readonly string[], start: number): string | null {
  const out: string[] = first ? [first] : [];
  let blank = false;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      blank = out.length > 0;
      continue;
    }
    if (
      FOOTER.test(line) ||
      turnOf(line) !== null ||
      (blank && LABEL_LINE.test(line) && !/[.!?]/.test(line.slice(0, 40))) ||
      // After a paragraph break the caller or sender must still be speaking; the notification's
      // own notes ("Transcription accuracy may vary. Listen to the recording…") are not theirs.
      (blank && !(inCustomerVoice(line) && !inPlatformVoice(line)))
    )
      break;
    out.push(line);
    blank = false;
  }
  return cleanText(out.join('\n'));
}

/** Notification boilerplate after the customer's text, in en/de/fr/es. */
const FOOTER =
  /^(?:--+|__+|\(|\[|reply\b|respond\b|view\b|open\b|manage\b|unsubscribe|you are receiving|you're receiving|this (?:e-?mail|message|transcript|chat|notification) (?:was|is|has)|(?:the |die |l'|la )?(?:audio|aufnahme|recording|enregistrement|grabación)\b|se adjunta|adjuntamos|anbei|im anhang|ci-joint|en pièce jointe|attached\b|powered by|sent (?:from|via|by)|©|\(c\)|antworten|antwort\b|ansehen|abmelden|sie erhalten|diese[rn]? (?:e-?mail|nachricht|verlauf)|die audiodatei|aufnahme|gesendet (?:von|über)|répond(?:re|ez)|voir\b|pour répondre|pour votre sécurité|vous recevez|ce (?:message|mail|e-mail)|le fichier audio|enregistrement|envoyé (?:depuis|par)|responder|para responder|ver\b|recibes|este (?:correo|mensaje)|el archivo de audio|grabación|enviado (?:desde|por)|devuelva|call them back|rappelez|rufen sie|duration|dauer|durée|duración|chat duration|fin de la conversation|end of chat|ende des chats|fin del chat|transcribed\b|(?:this |the )?transcription (?:confidence|accuracy|by|was|is|may)|automatic(?:ally)? transcri|transkribiert|transkription (?:erstellt|von|kann)|automatische transkription|transcrit|transcription automatique|transcrito|transcripción (?:automática|generada)|confidence\b|genauigkeit|fiabilité|confianza|call back\b|play (?:the )?(?:message|recording|voicemail)|listen to|anhören|abhören|écouter|escuchar|zurückrufen|rappeler|devolver (?:la )?llamada|message length|länge\b|longueur|call duration|anrufdauer)/i;

function cleanText(text: string): string | null {
  const t = text
    .trim()
    .replace(/^["“„«]\s*/, '')
    .replace(/\s*["”“»]$/, '')
    .trim();
  return t || null;
}

/** SMS, voicemail and call notices: the header block names the customer; the text is theirs. */
function readNotice(
  kind: ConversationKind,
  subject: string,
  lines: readonly string[],
  body: HeaderFields,
  dict: LabelDictionary,
  attachments: readonly TextAttachment[],
): Conversation | null {
  const heading = headingOf(subject, lines);
  const named = FROM_NAME_PHONE.exec(heading);
  const headingPhone = balanced(FROM_PHONE.exec(heading)?.[1] ?? null) ?? named?.[2] ?? null;
  const headingName = named?.[1] && isPlausibleName(named[1]) ? named[1].trim() : null;
  // The words may come as a file beside a notice that only says who called and for how long.
  const file = body.text || body.reply ? null : transcriptFile(attachments, dict);
  const f = file ? withFileFields(body, file.fields) : body;
  let text = f.text ?? file?.text ?? null;
  if (!text && kind === 'sms') text = callerLines(lines, dict);
  // An SMS without a text label: the paragraphs that are neither header fields nor the heading.
  if (!text && kind === 'sms') text = unlabelledText(lines, f.used);
  // A voicemail whose transcription has no label: the caller's words, in the first person.
  if (!text && kind === 'voicemail') {
    const words = unlabelledText(lines, f.used);
    text = words && inCustomerVoice(words) ? words : null;
  }
  // A notice states who called or wrote: a caller/sender field, "… from <number>", or for a
  // voicemail its transcription. Without that, the words were a form's ("please call me").
  if (!f.callerLabelled && !headingPhone && !(kind === 'voicemail' && text)) return null;
  // A "new voicemail" without a transcription is also the shape of voicemail phishing ("play
  // the attached message"): without the caller's words it is not read as a conversation.
  if (kind === 'voicemail' && !text) return null;
  const said = text ?? '';
  const phone = f.phone ?? headingPhone ?? (said ? phoneInProse(said) : null);
  const email = f.email ?? findEmails(said)[0] ?? spokenEmail(said);
  const name = f.name ?? headingName ?? ownName(said);
  // A call's words are the caller's in the SMS reply a tracking service prints, or in a transcript
  // of the message they left: one voice, theirs. A recorded conversation (turns of both sides) or
  // the business's words are not the caller's message.
  const callersWords =
    text && inCustomerVoice(text) && !text.split('\n').some((l) => turnOf(l) !== null) ? text : null;
  return {
    kind,
    fullName: name,
    email,
    phone,
    message:
      kind === 'call'
        ? (f.reply ?? (callersWords && withoutSpokenEdges(callersWords)))
        : kind === 'voicemail' && text
          ? withoutSpokenEdges(text)
          : (text ?? f.reply),
  };
}

/**
 * A caller opens a voicemail by saying who they are ("Hi, this is Gemma Hollis.", "Guten Tag, hier
 * ist Frank Terhoeven.", "Bonjour, c'est Agnès Moreau.") and closes it with their number and a
 * goodbye ("My number is 07700 900812. Thanks, bye."). The name and number are the lead's fields;
 * the message is what they want, between the two. Only whole sentences that do nothing else go:
 * "Hi, this is Anna, I need a plumber" keeps its request, and so does a text that is all edges.
 */
function withoutSpokenEdges(text: string): string {
  const said = text.trim();
  // Each sentence's span in the text, so that what stays keeps its own line breaks.
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of said.matchAll(SENTENCE_BREAK)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, said.length]);
  const sentence = (i: number) => said.slice(spans[i]?.[0], spans[i]?.[1]);
  let first = 0;
  let last = spans.length;
  while (first < last && isSpokenIntroduction(sentence(first))) first++;
  while (last > first && isSpokenSignOff(sentence(last - 1))) last--;
  return first === last ? text : said.slice(spans[first]?.[0], spans[last - 1]?.[1]);
}

/** Between two sentences of a transcript: after its mark, before the next one's capital or "¿". */
const SENTENCE_BREAK = /(?<=[.!?])[ \t\n]+(?=[\p{Lu}¿¡])/gu;
/** A greeting a spoken introduction may open with ("Hi,", "Oui bonjour,", "Hola, buenas,"). */
const SPOKEN_GREETING =
  /^(?:(?:yes|oui|ja|sí|hi|hello|hey|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|moin|servus|bonjour|bonsoir|salut|hola|buenos días|buenas(?: tardes| noches)?)[ \t,!]*){0,3}$/iu;
/**
 * After the name, at most "here" or "speaking" and where the caller is calling from ("from
 * Whitstable", "aus Köln", "de Lyon").
 */
const INTRODUCTION_TAIL =
  /^(?:[ \t]+(?:here|speaking|am apparat|à l'appareil|à l’appareil))?(?:[ \t,]+(?:calling )?(?:from|von|aus|de|desde|del)[ \t]+[^,.;!?\n]{1,40})?[ \t]*[.!]?$/iu;

/** "Hi, this is Gemma Hollis.": a greeting, an introduction phrase and the name, nothing else. */
function isSpokenIntroduction(sentence: string): boolean {
  const m = INTRO_FULL.exec(sentence) ?? INTRO_ANY.exec(sentence);
  const name = m?.[1];
  if (!m || !name || !isPlausibleName(name) || NOT_INTRODUCTION.test(name)) return false;
  const end = m.index + m[0].length;
  return (
    SPOKEN_GREETING.test(sentence.slice(0, m.index).trim()) && INTRODUCTION_TAIL.test(sentence.slice(end))
  );
}

/** A spoken goodbye, perhaps after thanks: "Thanks, bye.", "Danke, tschüss.", "Merci, au revoir.". */
const SPOKEN_GOODBYE =
  /^(?:(?:thanks|thank you|many thanks|cheers|danke(?: schön)?|vielen dank|merci(?: beaucoup)?|gracias|muchas gracias)[ \t,!.]*)?(?:bye(?:[- ]bye)?|goodbye|bye for now|speak soon|talk soon|tschüss|tschüs|ciao|auf wiederhören|bis dann|au revoir|à bientôt|bonne journée|adiós|hasta luego|hasta pronto|un saludo)?[ \t!.]*$/iu;

/** A closing sentence that only says goodbye or gives the caller's number. */
function isSpokenSignOff(sentence: string): boolean {
  const s = sentence.trim();
  return (/\p{L}/u.test(s) && SPOKEN_GOODBYE.test(s)) || isContactOnly(s);
}

/**
 * A call-tracking or voicemail service's transcript sent as a text file (`voicemail-transcript.txt`,
 * `sprachnachricht.txt`, `transcription.txt`): the file is read as the notice's own lines are, its
 * header fields ("Caller: +44 …", "Anrufer:", "Duration:") and the words under its label or, with
 * none, its unlabelled paragraphs. Only words in the caller's own voice make it the transcript, so a
 * terms-of-service or invoice file beside a call notice is not read as what the caller said.
 */
function transcriptFile(
  attachments: readonly TextAttachment[],
  dict: LabelDictionary,
): { fields: HeaderFields; text: string } | null {
  for (const a of attachments) {
    if (a.kind !== 'text' || isChatExport(a.text)) continue;
    const lines = plain(a.text.replace(/\r\n?/g, '\n')).split('\n', MAX_LINES);
    const fields = headerFields(lines, dict);
    const words = fields.text ?? unlabelledText(lines, fields.used);
    if (words && inCustomerVoice(words)) return { fields, text: words };
  }
  return null;
}

/** The notice's own header fields, completed by the transcript file's (the body's win). */
function withFileFields(body: HeaderFields, file: HeaderFields): HeaderFields {
  return {
    ...body,
    name: body.name ?? file.name,
    email: body.email ?? file.email,
    phone: body.phone ?? file.phone,
    staff: [...body.staff, ...file.staff],
    callerLabelled: body.callerLabelled || file.callerLabelled,
  };
}

/**
 * A text-back thread ("[10:02] Acme Roofing: Sorry we missed your call…" / "[10:05] +44 7700…:
 * Hi, …"): the business texts a caller it missed and the notice prints both sides. The caller is
 * the speaker known only by their number; the business's automatic text is not their message.
 */
function callerLines(lines: readonly string[], dict: LabelDictionary): string | null {
  const turns = parseTurns(lines, dict);
  const caller = turns.filter((t) => isPhoneSpeaker(t.speaker));
  if (caller.length === 0 || caller.length === turns.length) return null;
  return cleanText(caller.map((t) => t.text).join('\n'));
}

/** An SMS body without a label: its paragraphs after the heading and header fields, before the footer. */
function unlabelledText(lines: readonly string[], used: ReadonlySet<number>): string | null {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (used.has(i)) continue;
    if (!line) {
      if (out.length > 0) out.push('');
      continue;
    }
    // Above the text, "Dauer: 0:35" / "Durée : 0:31" is a header field; below it, the footer's.
    if (out.length === 0 && LABEL_LINE.test(line) && line.length < 60) continue;
    if (FOOTER.test(line)) break;
    // After a paragraph break the sender must still be speaking, as under a label (paragraphsFrom).
    if (out[out.length - 1] === '' && !(inCustomerVoice(line) && !inPlatformVoice(line))) break;
    // The heading ("New SMS from +44 …", "Sie haben eine neue SMS erhalten.") and header-like lines.
    if (
      SMS.test(line) ||
      VOICEMAIL.test(line) ||
      FROM_PHONE.test(line) ||
      (LABEL_LINE.test(line) && line.length < 60)
    )
      continue;
    out.push(line);
  }
  return cleanText(out.join('\n').replace(/\n{2,}/g, '\n'));
}

/**
 * "Anna Berg sent you a message": the name, then the message paragraphs up to the buttons and
 * footer. The message in a bubble may share its block with the platform's lines below it: it ends
 * with its closing quotation mark, at a row of contact buttons, and at the platform's sentence
 * about the sender ("Anna shared her contact details"). The buttons (rendered as the numbers and
 * addresses their links open) and a contact card between the heading and the message give the
 * contact the message itself does not.
 */
function readPlatformMessage(
  subject: string,
  lines: readonly string[],
  f: HeaderFields,
): Conversation | null {
  const sender = platformSender(subject, lines);
  if (!sender) return null;
  const start = lines.findIndex((l) => {
    const t = l.trim();
    return PLATFORM_SENT.test(t) || PLATFORM_FROM.test(t) || PLATFORM_SENT_ALONE.test(t);
  });
  const givenName = sender.split(/\s+/)[0] ?? sender;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const first = paragraph[0] ?? '';
    // The sender's card (their name, then a headline) is not their message, nor is a greeting
    // alone to the staff member the platform delivered it to ("Hi Jane,").
    const opening = out.length === 0;
    if (
      paragraph.length > 0 &&
      first !== sender &&
      !FOOTER.test(first) &&
      !(opening && (isSenderCard(paragraph, sender) || isGreetingAlone(paragraph)))
    )
      out.push(paragraph.join('\n'));
    paragraph = [];
  };
  const card: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      flush();
      // The message goes on over paragraphs while the sender is still speaking ("Viele Grüße"
      // and the platform's lines after it are not theirs).
      if (out.length > 0 && !speaksOn(lines, i + 1)) break;
      continue;
    }
    const started = paragraph.length > 0 || out.length > 0;
    // The platform's own heading ("You have a new message") when the subject named the sender.
    if (!started && NEW_MESSAGE_HEADING.test(line)) continue;
    // What the message is about, above it ("About your service: Boiler repairs"), as an SMS's header.
    if (!started && LABEL_LINE.test(line) && line.length < 60 && !/[.!?]$/.test(line)) continue;
    // The card's own links ("View profile: https://…") and number are part of the card.
    const inCard = out.length === 0 && paragraph.length > 0 && isSenderCard(paragraph, sender);
    if (inCard && FOOTER.test(line)) continue;
    // A contact row before any words is the sender's card under the heading, not the end.
    if ((!started || inCard) && isContactRow(line)) {
      card.push(line);
      continue;
    }
    if (FOOTER.test(line) || (started && (aboutSender(line, givenName) || isContactRow(line)))) {
      flush();
      break;
    }
    paragraph.push(line);
    if (closesQuotation(paragraph)) {
      flush();
      i++;
      break;
    }
  }
  flush();
  const text = cleanText(withoutNamedSignOff(out.join('\n\n'), sender, givenName));
  // Signed like a letter ("Merci d'avance, / Élodie"): the sign-off is not the message.
  const message = text && cleanText(freeTextMessage(text));
  const said = message ?? '';
  const buttons = [...card, contactRows(lines, i)].join('\n');
  const phone = f.phone ?? (said ? phoneInProse(said) : null);
  const buttonPhone = phone === null ? phoneInProse(buttons) : null;
  return {
    kind: 'platform',
    fullName: spelledOut(sender, lines),
    email: f.email ?? findEmails(said)[0] ?? findEmails(buttons)[0] ?? null,
    phone: phone ?? buttonPhone,
    message,
    phoneFromButtons: buttonPhone !== null,
  };
}

/**
 * The platform's heading above the sender's card ("You have a new message", "Sie haben eine neue
 * Nachricht", "Vous avez reçu un message", "Tienes un mensaje nuevo").
 */
const NEW_MESSAGE_HEADING =
  /^(?:you(?:'ve| have) (?:got |received )?(?:a )?new (?:message|inmail|direct message)|new (?:message|inmail)|sie haben (?:eine )?neue nachricht|neue nachricht|vous avez (?:reçu )?un (?:nouveau )?message|nouveau message|tienes (?:un )?(?:nuevo mensaje|mensaje nuevo)|ha recibido un (?:nuevo )?mensaje|nuevo mensaje)[ \t]*[.!:]?$/i;
/** Characters of a line of the sender's card (name, headline, location, profile handle). */
const MAX_CARD_LINE_CHARS = 90;

/**
 * The sender's card under the heading: short lines without a sentence's end, one of them their
 * name (with a handle or location beside it: "Lena Berger · Köln") or their handle ("@lena.b").
 */
function isSenderCard(paragraph: readonly string[], sender: string): boolean {
  return (
    paragraph.some((l) => l.startsWith(sender) || /^@[\w.]{2,40}$/.test(l)) &&
    paragraph.every((l) => l.length <= MAX_CARD_LINE_CHARS && !/[.!?]$/.test(l))
  );
}

/** "Daniel R.": a platform that shortens the sender's surname to its initial. */
const SHORTENED_SURNAME = /^(\p{Lu}[\p{L}'’-]{1,30}) (\p{Lu})\.$/u;

/**
 * The sender's name in full where the platform shortened it ("Daniel R." → "Daniel Reeves"): the
 * contact details or the sign-off the sender shared spell it out.
 */
function spelledOut(sender: string, lines: readonly string[]): string {
  const m = SHORTENED_SURNAME.exec(sender);
  if (!m) return sender;
  const full = new RegExp(`(?<!\\p{L})${m[1]} ${m[2]}\\p{Ll}[\\p{L}'’-]{1,30}`, 'u');
  for (const line of lines) {
    const found = full.exec(line)?.[0];
    if (found) return found;
  }
  return sender;
}

/** The next written line after a paragraph break is still the sender's words. */
function speaksOn(lines: readonly string[], from: number): boolean {
  const next = lines.slice(from, from + MAX_BUTTON_LINES).find((l) => l.trim()) ?? '';
  const line = next.trim();
  return !FOOTER.test(line) && !SALUTATION_LINE.test(line) && inCustomerVoice(line) && !inPlatformVoice(line);
}

/** A last line that signs off with the sender's name on it ("LG Lena", "Gruß Markus Feld", "Cheers, Tom"). */
function withoutNamedSignOff(text: string, sender: string, givenName: string): string {
  const lines = text.trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  const name = last.endsWith(sender) ? sender : givenName;
  if (lines.length < 2 || !last.endsWith(` ${name}`)) return text;
  const closing = last.slice(0, -name.length).trim().replace(/,$/, '');
  return SALUTATION_LINE.test(closing) ? lines.slice(0, -1).join('\n') : text;
}

/** A paragraph that is only a greeting ("Hi Jane,", "Hallo Herr Brenner,", "Hola Pilar:"). */
function isGreetingAlone(paragraph: readonly string[]): boolean {
  return paragraph.length === 1 && isGreetingLine(paragraph[0] ?? '');
}

/** Lines after a platform message in which its contact buttons are looked for. */
const MAX_BUTTON_LINES = 8;
/** Words a contact row may keep besides its numbers and addresses: button labels ("Call", "Enviar SMS"). */
const MAX_BUTTON_WORDS = 4;
const OPENING_QUOTE = /^["“„«‘‚]/;
const CLOSING_QUOTE = /["”“»’‘]$/;

/** A paragraph opened by a quotation mark whose last line closes it: the quoted words are over. */
function closesQuotation(paragraph: readonly string[]): boolean {
  const first = paragraph[0] ?? '';
  const last = paragraph[paragraph.length - 1] ?? '';
  return OPENING_QUOTE.test(first) && CLOSING_QUOTE.test(last) && (paragraph.length > 1 || last.length > 1);
}

/** The platform's sentence about the sender: their given name, then a verb ("Anna shared…", "Lea möchte…"). */
function aboutSender(line: string, givenName: string): boolean {
  return line.startsWith(`${givenName} `) && /^\p{Ll}/u.test(line.slice(givenName.length + 1));
}

/**
 * A row of contact buttons: numbers or addresses, with at most a button label or two beside them,
 * and no sentence ("Mi correo es ana@….", in the sender's voice, is their message).
 */
function isContactRow(line: string): boolean {
  if (findEmails(line).length === 0 && phoneInProse(line) === null) return false;
  const rest = withoutProsePhones(withoutEmails(line));
  return (
    (rest.match(/\p{L}+/gu) ?? []).length <= MAX_BUTTON_WORDS && !/[.!?]/.test(rest) && !inCustomerVoice(rest)
  );
}

/**
 * The contact rows among the lines after a platform message, as one text: up to its footer, and
 * only among the platform's own lines ("Contact details Anna shared:"), never past more of the
 * sender's words (a relay's letter whose first paragraph alone was read as the message).
 */
function contactRows(lines: readonly string[], from: number): string {
  const rows: string[] = [];
  for (let i = from; i < Math.min(lines.length, from + MAX_BUTTON_LINES); i++) {
    const line = (lines[i] ?? '').trim();
    if (FOOTER.test(line) || (inCustomerVoice(line) && !inPlatformVoice(line))) break;
    if (isContactRow(line)) rows.push(line);
  }
  return rows.join('\n');
}

/** A profile handle ("lena.berger.koeln", "@carlos.ruiz"): dotted words without a space. */
const HANDLE = /^@?[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)+$/u;

function platformSender(subject: string, lines: readonly string[]): string | null {
  for (const text of [subject, ...lines.slice(0, 12)]) {
    const t = text.trim();
    const m = PLATFORM_VERB.test(t) ? (PLATFORM_SENT.exec(t) ?? PLATFORM_FROM.exec(t)) : null;
    const name = m?.[1]?.replace(/\s+via\s+.*$/i, '').trim();
    // A quoted name is a site's or the business's ('New message from "Acme Motors"').
    // A handle ("lena.berger.koeln") is not a name; the card or another heading line gives it.
    if (name && !/^["'“„«]/.test(name) && !HANDLE.test(name) && isPlausibleName(name)) return name;
  }
  return null;
}

interface Turn {
  speaker: string;
  text: string;
  timed: boolean;
  /** The speaker is a role word (Visitor, Agent, Bot…), not a name. */
  role: boolean;
}

/** Chat transcripts and WhatsApp exports: who is the customer, and what did they write. */
function readTranscript(
  kind: ConversationKind,
  turnLines: readonly string[],
  bodyLines: readonly string[],
  ctx: ConversationContext,
): Conversation | null {
  const parsed = parseTurns(turnLines, ctx.dict);
  // With times on the turns, an untimed "Visitor: Anna Berg" is the pre-chat form, not a turn.
  const turns = parsed.some((t) => t.timed) ? parsed.filter((t) => t.timed) : parsed;
  if (turns.length < 2) return null;
  const f = headerFields(bodyLines, ctx.dict);
  const speakers = [...new Set(turns.map((t) => t.speaker))];
  const chatWith = chatPartner(
    [ctx.subject, ...ctx.fileNames.slice(0, MAX_FILE_NAMES), ...bodyLines.slice(0, 5)].join('\n'),
  );
  const isStaff = (s: string) =>
    STAFF_ROLE.test(s) ||
    staffAffiliation(s) ||
    COMPANY_FORM.test(s) ||
    f.staff.some((n) => sameName(n, s)) ||
    ctx.businessHints.some((h) => namedBy(h, s));
  const customerOf = (): string | null => {
    const notStaff = speakers.filter((s) => !isStaff(s) || CUSTOMER_ROLE.test(s));
    // Between two plain names, the one who welcomes or offers help is the business's.
    const helping = (s: string) => turns.some((t) => t.speaker === s && HELP_OFFER.test(t.text));
    const others = notStaff.filter((s) => !helping(s));
    const candidates = others.length > 0 ? others : notStaff;
    const pick =
      candidates.find((s) => CUSTOMER_ROLE.test(s)) ??
      (chatWith
        ? candidates.find((s) => sameName(s, chatWith) || digits(s) === digits(chatWith))
        : undefined) ??
      candidates.find((s) => isPhoneSpeaker(s)) ??
      (f.name ? candidates.find((s) => firstWord(s) === firstWord(f.name ?? '')) : undefined) ??
      candidates[0];
    return pick ?? null;
  };
  const customer = customerOf();
  if (!customer) return null;
  // A chat goes back and forth: someone speaks twice. Labels with times ("Check-in 15:00") do not.
  if (kind === 'chat' && !speakers.some((s) => turns.filter((t) => t.speaker === s).length >= 2)) return null;
  // Without timestamps, speakers must say what they are (Visitor/Agent): else "Budget: 5000" lines
  // of a form would read as a chat.
  if (kind === 'chat' && !turns.some((t) => t.timed) && !CUSTOMER_ROLE.test(customer)) return null;
  const own = turns.filter((t) => t.speaker === customer);
  // A pre-chat form's question is the visitor's first words; text that is a turn's is the turn
  // (so is a table's first row, rendered under its header cells as "Nachricht: …").
  const asked =
    f.text && !turns.some((t) => t.text.includes(f.text ?? '') || (f.text ?? '').startsWith(t.text))
      ? [f.text]
      : [];
  const saidTurns = [...asked, ...own.map((t) => t.text)];
  const said = saidTurns.join('\n');
  const request = openingRequest(turns, customer);
  // The visitor's turns after their request answer the other side; they come after the pre-chat
  // form too, so a detail given there corrects the form's ("oops no, it's anna.berg@…").
  const requestEnd = request.length > 0 ? turns.indexOf(request[request.length - 1] as Turn) : -1;
  const answers = turns.filter((t, i) => i > requestEnd && t.speaker === customer).map((t) => t.text);
  const detail = (read: (text: string) => string | null, form: string | null) => {
    const latest = latestGiven(saidTurns, read);
    return latestGiven(answers, read) ? latest : (form ?? latest);
  };
  const email = detail((t) => findEmails(t)[0] ?? null, f.email);
  const phone = detail((t) => phoneInProse(t), f.phone);
  const answered = answeredName(turns, customer);
  const goingOn = request.length > 0 ? requestGoingOn(kind, turns, requestEnd + 1, customer, answered) : [];
  const message = cleanText(
    [...asked, ...(request.length > 0 ? request : own).map((t) => t.text), ...goingOn].join('\n'),
  );
  // "Visitor (visitor)": a role word with its badge names nobody.
  const bareSpeaker = customer.replace(/[ \t]*\([^()]*\)/g, '').trim();
  const speakerName =
    !CUSTOMER_ROLE.test(bareSpeaker) && !isPhoneSpeaker(customer) && isPlausibleName(customer)
      ? customer
      : null;
  // A "pre-chat" name that is a staff speaker's, or a role word ("Von: Besucher"), is the rendering
  // of a header cell, not the visitor.
  const formName =
    f.name && !CUSTOMER_ROLE.test(f.name) && !speakers.some((s) => isStaff(s) && sameName(s, f.name ?? ''))
      ? f.name
      : null;
  const named =
    formName ??
    // "c'est julie" early on, "julie bernard" when asked later: the fuller of the two.
    longerName(selfIntroduction(said) ?? typedIntroduction(said), answered) ??
    (chatWith &&
    isPlausibleName(chatWith) &&
    !INDEFINITE_PARTNER.test(chatWith) &&
    !CUSTOMER_ROLE.test(chatWith)
      ? chatWith
      : null);
  return {
    kind,
    fullName: longerName(named, speakerName && (fullerName(said, speakerName) ?? speakerName)),
    email,
    phone:
      (f.phone ? phone : null) ??
      (isPhoneSpeaker(customer) ? customer : null) ??
      phone ??
      // A saved contact speaks under their name; the export's title ("WhatsApp Chat with +44 …",
      // also its file's name) still gives the number the chat was with.
      (chatWith &&
      isPhoneSpeaker(chatWith) &&
      !speakers.some((s) => isStaff(s) && digits(s) === digits(chatWith))
        ? chatWith
        : null),
    message,
  };
}

/** One line as a turn: its speaker (time and verb of saying stripped), text and whether it carried a time or such a verb. */
function turnOf(line: string): Turn | null {
  const labelled = TURN.exec(line);
  // "Visitor: 14:02": the renderer gave a known speaker word its label's colon; the time after it
  // is the header's, the turn's text is on the next lines.
  const m = labelled && ONLY_TIME.test((labelled[4] ?? '').trim()) ? null : labelled;
  const stacked = m ? null : STACKED_TURN.exec(line);
  const speaker0 = ((m ? m[3] : stacked?.[2]) ?? '').trim();
  const untimed = speaker0.replace(SPEAKER_TIME, '').trim();
  // A verb of saying marks a turn as a time does ("Sophie said:"); "Budget:" has neither.
  const said = SAID_VERB.test(untimed);
  if (!m && !(stacked && (stacked[1] !== undefined || stacked[3] !== undefined || said))) return null;
  const timed = !m || m[1] !== undefined || m[2] !== undefined || SPEAKER_TIME.test(speaker0) || said;
  const speaker = untimed.replace(SAID_VERB, '').trim();
  if (!speaker || speaker.split(/\s+/).length > 6 || HEADER_WORD.test(speaker)) return null;
  const phone = isPhoneSpeaker(speaker);
  const role = CUSTOMER_ROLE.test(speaker) || STAFF_ROLE.test(speaker);
  if (!phone && /\d/.test(speaker) && !CUSTOMER_ROLE.test(speaker)) return null;
  // Without a time, only a role word makes a line a turn ("Visitor: …"); else "Budget: 5000" would.
  if (!timed && !role && !phone) return null;
  return { speaker, text: m ? stripMedia(m[4] ?? '') : '', timed, role };
}

function parseTurns(lines: readonly string[], dict: LabelDictionary): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const turn = turnOf(line);
    // A field label of a form is not a speaker, unless it is a role word ("Guest").
    if (turn && (turn.role || isPhoneSpeaker(turn.speaker) || !dict.isKnownLabel(turn.speaker))) {
      open = turn;
      turns.push(turn);
      continue;
    }
    // A message over several lines continues until a blank line (chat) or the next turn (export);
    // a header on its own line waits for its text across blank lines.
    if (open && line.trim() && !FOOTER.test(line.trim()))
      open.text = `${open.text}\n${stripMedia(line.trim())}`.trim();
    else if (!(open && !open.text && !line.trim())) open = null;
  }
  return turns.filter((t) => t.text.length > 0);
}

const MEDIA =
  /<(?:media omitted|medien ausgeschlossen|médias omis|multimedia omitido|attached: [^>]*|angehängt: [^>]*|pièce jointe : [^>]*|adjunto: [^>]*)>|\b(?:image|video|audio|sticker|gif) omitted\b|\b(?:bild|video|audio|sticker|gif) weggelassen\b|\b(?:image|vidéo|audio|autocollant|gif) absente?\b|\b(?:imagen|video|audio|sticker|gif) omitid[oa]\b|this message was deleted|diese nachricht wurde gelöscht|ce message a été supprimé|se eliminó este mensaje/gi;

function stripMedia(text: string): string {
  return text.replace(MEDIA, '').trim();
}

/** The business's side speaking: welcoming, offering help, in en/de/fr/es. */
const HELP_OFFER =
  /\b(?:how (?:can|may) (?:i|we) (?:help|assist)|what can (?:i|we) do for you|welcome to|thanks for (?:contacting|reaching out to)|wie kann ich (?:ihnen|dir) helfen|was kann ich für (?:sie|dich) tun|willkommen bei|danke für ihre (?:anfrage|nachricht)|comment puis-je vous aider|que puis-je faire pour vous|bienvenue (?:chez|à|sur)|merci de (?:nous avoir contactés|votre message)|en qué (?:puedo|podemos) (?:ayudar(?:te|le)?)|cómo (?:puedo|podemos) ayudar(?:te|le)?|bienvenid[oa] a|gracias por (?:contactar|escribir))/i;

/**
 * "James (Harbour Homes)", "Sarah (Sales)": an affiliation after a name marks the business's
 * side; a customer's is at most their role ("Anna (visitor)") or their number.
 */
function staffAffiliation(speaker: string): boolean {
  const paren = /\(([^)]*)\)/.exec(speaker)?.[1]?.trim();
  return !!paren && !/\d/.test(paren) && !CUSTOMER_ROLE.test(paren);
}

function isPhoneSpeaker(s: string): boolean {
  return /^\+?[\d ()./-]{7,22}$/.test(s) && digits(s).length >= 7;
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function firstWord(s: string): string {
  return fold(s).split(' ')[0] ?? '';
}

/** One name is the other, or its first word ("Petra" and "Petra Hoffmann"). */
function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return !!x && !!y && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/** Every word of the speaker is in a business hint ("Greenway Landscaping" in greenway-landscaping.example). */
function namedBy(hint: string, speaker: string): boolean {
  return namedByWords(hint, speaker) || namedByWords(hint, transliterate(speaker));
}

/** "Bäckerei Schmidt" as its domain spells it: baeckerei-schmidt. */
function transliterate(s: string): string {
  return s.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss');
}

function namedByWords(hint: string, speaker: string): boolean {
  const words = fold(speaker)
    .split(' ')
    .filter((w) => w.length >= 3);
  const h = ` ${fold(hint)} `;
  // "Harbour Homes" is harbourhomes.example too.
  return words.length > 0 && (words.every((w) => h.includes(` ${w} `)) || h.includes(` ${words.join('')} `));
}

/**
 * "WhatsApp Chat with Tom Hughes", "WhatsApp-Chat mit …", "Discussion WhatsApp avec …", "Chat de
 * WhatsApp con …", and iOS's "WhatsApp Chat - +44 7700 900456.zip".
 */
const CHAT_WITH =
  /(?:\b(?:chat|whatsapp|conversation|conversación|unterhaltung|discussion)\b[^\n]{0,20}?\b(?:with|mit|avec|con)|\bwhatsapp[ \t]+chat[ \t]+[-–])[ \t]+([^\n".]{2,60}?)(?:\.txt|\.zip)?["”]?[ \t]*$/im;
/** Attachment names in which an export's title is looked for. */
const MAX_FILE_NAMES = 4;

/** "Chat with a website visitor", "Unterhaltung mit einem Besucher": someone, not a name. */
const INDEFINITE_PARTNER = /^(?:a|an|the|one|some|ein|eine[mnr]?|un|une|el|la|uno|una)[ \t]/i;

function chatPartner(text: string): string | null {
  return CHAT_WITH.exec(text)?.[1]?.trim() ?? null;
}

/** Trigger phrases, matched with either case of each word's first letter (the name must be capitalised). */
function triggers(phrases: readonly string[]): string {
  return phrases
    .map((p) =>
      p.replace(
        /(^|[ '’])(\p{L})/gu,
        (_m, sep: string, c: string) => `${sep}[${c.toLowerCase()}${c.toUpperCase()}]`,
      ),
    )
    .join('|');
}
/**
 * A name as spoken: capitalised words, with up to two lower-case particles before a surname ("van
 * der Berg", "de la Peña", "du Pont"). The particles are lower case and the name words capitalised,
 * so the repeats cannot match the same text two ways.
 */
const NAME_WORDS = String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:van|von|vom|zu|der|den|ter|ten|de|la|le|les|du|des|del|da|das|do|dos|di)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)`;
/** Words people put between the phrase and their name ("Ich heiße übrigens …", "Je suis donc …"). */
const FILLER = String.raw`(?:[ \t]+(?:übrigens|also|by the way|btw|donc|au fait|por cierto|pues))?`;
/** "my name is Anna", "ich heiße …", "je m'appelle …", "me llamo …": one word is enough. */
const NAME_PHRASES = [
  'my name is',
  "my name's",
  'ich heiße',
  'ich heisse',
  'mein name ist',
  "je m'appelle",
  'je m’appelle',
  'mon nom est',
  'me llamo',
  'mi nombre es',
];
const INTRO_ANY = new RegExp(
  String.raw`(?<!\p{L})(?:${triggers(NAME_PHRASES)})${FILLER}[ \t]+${NAME_WORDS}{0,3})`,
  'u',
);
/** "this is …", "ich bin …", "je suis …", "c'est …", "soy …": two words, so "I'm Calling" or "Ich bin Rentner" are not names. */
const INTRODUCTION_PHRASES = [
  'this is',
  "it's",
  'it’s',
  'it is',
  "i'm",
  'i’m',
  'i am',
  'hier ist',
  'hier spricht',
  'ich bin',
  'je suis',
  "c'est",
  'c’est',
  'ici',
  'soy',
  'le habla',
  'te habla',
];
const INTRO_FULL = new RegExp(
  String.raw`(?<!\p{L})(?:${triggers(INTRODUCTION_PHRASES)})${FILLER}[ \t]+${NAME_WORDS}{1,3})`,
  'u',
);

function selfIntroduction(text: string): string | null {
  const named = INTRO_ANY.exec(text)?.[1];
  if (named && isPlausibleName(named)) return named;
  // "I am Interested In Your Services": after the weaker phrases, words in title case that say
  // what the writer is or does are no name.
  const name = INTRO_FULL.exec(text)?.[1];
  return name && isPlausibleName(name) && !NOT_INTRODUCTION.test(name) ? name : null;
}
/**
 * A name typed in lower case in a chat box ("hello, im rachel.", "bonjour c'est julie,", "buenas,
 * soy ana lópez,"): after an introduction phrase that opens a clause, up to three words that
 * start with a known given name and end the clause. The given name is what tells "c'est julie"
 * from "c'est urgent".
 */
const TYPED_INTRO = new RegExp(
  String.raw`(?:^|[.!?,;:][ \t]*|(?<!\p{L})(?:hi|hello|hey|morning|hallo|moin|bonjour|bonsoir|salut|hola|buenas)[ \t,!]+)(?:${[...NAME_PHRASES, ...INTRODUCTION_PHRASES, 'im'].join('|')})[ \t]+(\p{Ll}[\p{L}\p{M}'’-]{1,30}(?:[ \t]+\p{Ll}[\p{L}\p{M}'’-]{1,30}){0,2})[ \t]*(?:[.,!;]|$)`,
  'imu',
);

function typedIntroduction(text: string): string | null {
  const name = TYPED_INTRO.exec(text.slice(0, MAX_INTRO_CHARS))?.[1];
  return name && isKnownGivenName(name.split(/[ \t]+/)[0] ?? '') && isPlausibleName(name) ? name : null;
}

/** The first word after "I am", "ich bin", "je suis", "soy" when it is a state, not a name. */
const NOT_INTRODUCTION =
  /^(?:interested|looking|writing|calling|contacting|reaching|planning|hoping|thinking|based|moving|new|currently|also|still|very|really|interessiert|auf|neu|gerade|intéressée?|à|en|propriétaire|locataire|nouveau|nouvelle|interesad[oa]|buscando|propietari[oa]|nuev[oa])(?![\p{L}])/iu;

/**
 * The staff asked for a name ("Wie ist Ihr Name?"); the customer's next turn opens with it.
 * Letter lookarounds, not `\b` (ASCII-only): "À qui ai-je l'honneur ?".
 */
const ASKS_NAME =
  /(?<![\p{L}\p{N}])(?:your (?:full )?name|who (?:am i|are we) (?:speaking|talking|chatting) (?:to|with)|ihr(?:en|em)? (?:vollständige[nmr]? )?namen?|wie heißen sie|mit wem (?:spreche|sprechen|chatte)|votre nom|vous appelez|(?:à|a) qui (?:ai-je|avons-nous)|tu nombre|su nombre|cómo te llamas|cómo se llama|con quién (?:hablo|hablamos))(?![\p{L}\p{N}])[^\n]*\?/iu;
/** A question for a contact detail: "What's the best number to reach you?", "Ihre E-Mail?", "¿Tu correo?". */
const ASKS_CONTACT =
  /\b(?:your name|(?:phone |mobile |contact )?number|e-?mail|ihr name|ihren namen|nummer|telefon\w*|handy\w*|votre nom|numéro|téléphone|portable|courriel|tu nombre|su nombre|número|teléfono|móvil|correo)\b[^\n]*\?/i;

/**
 * A customer turn that only hands over contact details: an address or a number with at most a few
 * words around it ("Sure, it's 07700 900461"), or a short answer to the other side's question for a
 * name, number or address ("Laura Pennington"). The details are read from it; it is not the request.
 */
function onlyContactDetails(turns: readonly Turn[], turn: Turn): boolean {
  const rest = withoutProsePhones(withoutEmails(turn.text));
  const words = rest.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (rest !== turn.text && words <= 3) return true;
  const i = turns.indexOf(turn);
  const prev = i > 0 ? turns[i - 1] : undefined;
  return (
    !!prev &&
    prev.speaker !== turn.speaker &&
    (ASKS_CONTACT.test(prev.text) || ASKS_NAME.test(prev.text)) &&
    words <= 4
  );
}

/** A turn that only says hello ("Hi!", "Guten Tag", "Bonjour", "Hola, buenas"). */
const GREETING_ONLY =
  /^(?:hi|hello|hey|hallo|moin|servus|guten (?:tag|morgen|abend)|bonjour|bonsoir|salut|hola|buenas(?: tardes| noches)?|buenos días)(?:[\s,!.]+(?:there|zusammen|à tous|buenas))?[\s,!.]*$/i;

/**
 * The customer's opening request: their first turn that asks for something, and their turns right
 * after it, before the other side answers. What they say later answers the agent's or bot's
 * questions (dates, yes/no, a budget) or hands over contact details: not the request. Turns that
 * only hand over details or only thank are left out.
 */
function openingRequest(turns: readonly Turn[], customer: string): Turn[] {
  const wanted = (t: Turn) => !onlyContactDetails(turns, t) && !onlyCourtesy(t.text);
  const opens = (t: Turn) => t.speaker === customer && wanted(t) && !GREETING_ONLY.test(t.text.trim());
  const first = turns.findIndex(opens);
  // A bot's menu: the visitor's first words pick an option ("Lawn care", "Mantenimiento") in
  // answer to its question; what they want is in their first turn in their own words after it.
  const described =
    first >= 0 && pickedOption(turns, first)
      ? turns.findIndex((t, i) => i > first && opens(t) && !pickedOption(turns, i))
      : -1;
  const start = described >= 0 ? described : first;
  const out: Turn[] = [];
  for (let i = start; i >= 0 && i < turns.length && turns[i]?.speaker === customer; i++) {
    const t = turns[i] as Turn;
    if (wanted(t)) out.push(t);
  }
  return out;
}

/** Words besides an address or a number in a turn that hands them over ("Sure it's …, and my mobile is … if easier"). */
const MAX_HAND_OVER_WORDS = 8;

/** A customer turn that gives their contact details: the details are read from it; it is no part of the message. */
function handsOver(turns: readonly Turn[], turn: Turn): boolean {
  if (onlyContactDetails(turns, turn)) return true;
  const rest = withoutProsePhones(withoutEmails(turn.text));
  return rest !== turn.text && (rest.match(/\p{L}{2,}/gu)?.length ?? 0) <= MAX_HAND_OVER_WORDS;
}

/**
 * The customer's turns that go on with their request after the other side interrupted it.
 * In a forwarded chat export (WhatsApp) every later turn of the customer's is part of what they
 * want: the business forwards the whole exchange as the enquiry. In a website chat only an
 * interruption for contact details (the agent asks for a name, number or address, the customer
 * gives them) lets the request go on: the customer then picks up where they left off. Any other
 * question of the agent's ends it, as what follows answers that question (a date, yes/no).
 * Hand-overs, thanks and the other side's acknowledgements stay out.
 */
function requestGoingOn(
  kind: ConversationKind,
  turns: readonly Turn[],
  from: number,
  customer: string,
  answeredName: string | null,
): string[] {
  const own = (t: Turn) =>
    !handsOver(turns, t) && !onlyCourtesy(t.text) && !GREETING_ONLY.test(t.text.trim());
  // "Sabine Wolff. Next Tuesday would suit": the name answered to the agent's question stays out.
  const text = (t: Turn) =>
    answeredName && t.text.startsWith(answeredName)
      ? t.text.slice(answeredName.length).replace(/^[.,!;:\s]+/, '')
      : t.text;
  if (kind === 'whatsapp')
    return turns
      .slice(from)
      .filter((t) => t.speaker === customer && own(t))
      .map(text);
  const out: string[] = [];
  let handedOver = false;
  for (const t of turns.slice(from)) {
    if (t.speaker !== customer) {
      if (ASKS_CONTACT.test(t.text) || ASKS_NAME.test(t.text)) continue;
      // Before the hand-over only a request for details may interrupt; after it, only thanks.
      if (!handedOver || t.text.includes('?')) break;
    } else if (handsOver(turns, t)) handedOver = true;
    else if (own(t)) {
      if (!handedOver) break;
      out.push(text(t));
    }
  }
  return out;
}

/** Words of a button label or a menu choice. */
const MAX_OPTION_WORDS = 3;

/** A few words without a question, right after the other side asked one: a picked option or a short answer. */
function pickedOption(turns: readonly Turn[], i: number): boolean {
  const turn = turns[i];
  const prev = turns[i - 1];
  if (!turn || !prev || prev.speaker === turn.speaker || !/\?\s*$/.test(prev.text)) return false;
  const words = turn.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= MAX_OPTION_WORDS && !turn.text.includes('?');
}

/**
 * A detail a visitor takes back while correcting it: "not 0170 1234567", "nicht 0170 …", "pas le
 * 06 …", "no el 612 …", "not anna@…".
 */
const TAKEN_BACK =
  /(?<!\p{L})(?:not|nicht|pas|no)(?:[ \t]+(?:the|le|la|el|die|der))?[ \t]+(?:\+?[\d(][\d ()./-]{5,20}\d|[^\s@]{1,64}@[^\s@,;]{1,255})/giu;

/**
 * The detail from the visitor's latest turn that gives one: a visitor who mistypes their number
 * or address corrects it in a later turn ("sorry, it's 0171 …"), so the later one is theirs.
 */
function latestGiven(turns: readonly string[], read: (text: string) => string | null): string | null {
  for (let i = turns.length - 1; i >= 0; i--) {
    const value = read((turns[i] as string).replace(TAKEN_BACK, ' '));
    if (value) return value;
  }
  return null;
}

/** Words of a turn that says only thanks, yes or goodbye, in en/de/fr/es. */
const COURTESY_WORDS = new Set(
  (
    'thanks thank you very much many ok okay great perfect cool sure yes yeah no bye goodbye cheers ' +
    'lovely brilliant awesome super wonderful fine good sounds cheers ta danke vielen dank schön ' +
    'schon alles klar gut prima perfekt super ja nein tschüss tschuss ciao bis dann merci beaucoup ' +
    'parfait très bien oui non au revoir bonne journée génial gracias muchas perfecto vale genial ' +
    'sí si adiós adios hasta luego de nada bueno estupendo'
  ).split(' '),
);
const MAX_COURTESY_WORDS = 5;

/** "Thanks, bye!", "Perfekt, danke", "Merci beaucoup !": a closing turn, not part of the request. */
function onlyCourtesy(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_COURTESY_WORDS && words.every((w) => COURTESY_WORDS.has(w));
}

function answeredName(turns: readonly Turn[], customer: string): string | null {
  for (let i = 1; i < turns.length; i++) {
    const prev = turns[i - 1];
    const turn = turns[i];
    if (
      !prev ||
      !turn ||
      turn.speaker !== customer ||
      prev.speaker === customer ||
      !ASKS_NAME.test(prev.text)
    )
      continue;
    // "Priya Natarajan", "Priya Natarajan, thanks!": the answer is the words up to the first stop,
    // after any "I'm" or "je suis" it opens with. Typed in a chat box, it may be all lower case.
    const answer = /^([^.,!?\n]{2,60})(?:[.,!]|$)/
      .exec(turn.text.trim().replace(AFFIRMATION, ''))?.[1]
      ?.trim()
      .replace(ANSWER_INTRO, '');
    if (!answer) continue;
    const words = answer.split(/[ \t]+/).length;
    // One word is a name only when it is a known given name ("dave"), not "yes" or "later".
    if (words >= 2 ? isPlausibleName(answer) : isKnownGivenName(answer)) return answer;
  }
  return null;
}
/** "Sure, Megan Doyle, …", "Klar: Markus Vogel", "Oui, Claire Fontaine": a yes before the answer. */
const AFFIRMATION =
  /^(?:sure|yes|yeah|of course|ok(?:ay)?|klar|ja|gerne?|natürlich|oui|bien sûr|d'accord|claro|sí|si|vale|por supuesto)[ \t]*[,.!:;-][ \t]*/i;
/** The self-introductions above, which a chat answer to "What's your name?" may open with. */
const ANSWER_INTRO = new RegExp(`^(?:${[...NAME_PHRASES, ...INTRODUCTION_PHRASES].join('|')})[ \\t]+`, 'iu');

/** A sign-off closing a short message: "Thanks, Priya", "Gruß M. Schäfer", "Merci. Nathalie", "Un saludo, Javier Ortega". */
const SIGNED = new RegExp(
  String.raw`(?<!\p{L})(?:${triggers(['thanks', 'thank you', 'cheers', 'regards', 'kind regards', 'best regards', 'best', 'many thanks', 'best wishes', 'gruß', 'grüße', 'viele grüße', 'liebe grüße', 'beste grüße', 'herzliche grüße', 'mit freundlichen grüßen', 'lg', 'mfg', 'danke', 'merci', 'cordialement', 'bien cordialement', 'bien à vous', 'bonne journée', 'salutations', 'un saludo', 'un saludo cordial', 'saludos', 'saludos cordiales', 'gracias', 'atentamente'])})[,.!]?[ \t]+((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]*[.!]?$`,
  'u',
);

function signedName(text: string): string | null {
  const name = SIGNED.exec(text.trim())?.[1];
  return name && isPlausibleName(name) ? name : null;
}

/** Characters at the start of a message in which a self-introduction is looked for. */
const MAX_INTRO_CHARS = 1_000;

/** Lines at the end of a message in which a sign-off with the name on its line is looked for. */
const MAX_SIGN_OFF_LINES = 4;
const MAX_SIGN_OFF_CHARS = 400;

/**
 * The name a customer gives in their own words: a self-introduction, else the sign-off closing
 * them, on the closing's line ("Cheers, Ben Watts", also above a phone line or "Sent from my
 * iPhone") or on the line under it ("Thanks," / "Ellie Watson").
 */
export function ownName(text: string): string | null {
  const intro = selfIntroduction(text.slice(0, MAX_INTRO_CHARS));
  if (intro) return intro;
  const tail = text.trimEnd().slice(-MAX_SIGN_OFF_CHARS).split('\n').slice(-MAX_SIGN_OFF_LINES);
  for (let i = tail.length - 1; i >= 0; i--) {
    const name = signedName(tail[i] as string);
    if (name) return name;
    const under =
      i > 0 && SALUTATION_LINE.test((tail[i - 1] as string).trim()) ? nameLine(tail[i] as string) : null;
    if (under) return under;
  }
  return null;
}

/** A line that is a name alone: two to four words, or one known given name ("Ellie"). */
function nameLine(line: string): string | null {
  const name = line.trim().replace(/[,.]$/, '');
  const words = name.split(/\s+/).length;
  if (words > MAX_SIGNED_NAME_WORDS) return null;
  return (words >= 2 ? isPlausibleName(name) : isKnownGivenName(name)) ? name : null;
}
/** Words a signed name has at most ("María José García López"). */
const MAX_SIGNED_NAME_WORDS = 4;

/** The speaker's first name followed by a surname in their own words ("… – Claudia Neumann."). */
function fullerName(text: string, first: string): string | null {
  if (first.includes(' ')) return null;
  const at = text.indexOf(`${first} `);
  if (at < 0) return null;
  const m = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)/u.exec(
    text.slice(at + first.length),
  );
  const name = m?.[1] ? `${first} ${m[1]}` : null;
  return name && isPlausibleName(name) ? name : null;
}

function longerName(a: string | null, b: string | null): string | null {
  if (a && b && sameName(a, b)) return a.length >= b.length ? a : b;
  return a ?? b;
}

/** "mike dot chen at example dot com" in a transcription; the top-level label must look like one. */
const SPOKEN_EMAIL =
  /(?<![\p{L}\d])([a-z0-9]+(?:[ \t]+(?:dot|punkt|point|punto)[ \t]+[a-z0-9]+)*)[ \t]+(?:at|ät|arobase|arroba)[ \t]+([a-z0-9-]+(?:[ \t]+(?:dot|punkt|point|punto)[ \t]+[a-z0-9-]+)*[ \t]+(?:dot|punkt|point|punto)[ \t]+(?:com|net|org|de|fr|es|co|uk|eu|io|info|at|ch|be|it|nl))(?![\p{L}\d])/iu;

function spokenEmail(text: string): string | null {
  const m = SPOKEN_EMAIL.exec(text);
  if (!m) return null;
  const join = (s: string) => s.replace(/[ \t]+(?:dot|punkt|point|punto)[ \t]+/gi, '.');
  const address = `${join(m[1] ?? '')}@${join(m[2] ?? '')}`.toLowerCase();
  return findEmails(address)[0] ?? null;
}

/** Kinds whose own structure (turns, caller fields) names the customer, whatever labels were read. */
const SELF_DESCRIBING: ReadonlySet<ConversationKind> = new Set(['chat', 'whatsapp', 'voicemail', 'call']);

/**
 * The conversation's customer replaces what labels found: a chat's "Guest: hello" or a call's
 * "Tracking number" would otherwise be read as the customer's fields. An SMS is only taken when no
 * labelled email was found, a platform message only when no contact field at all ("New message
 * from Anna" is also a form's subject). Returns whether it was taken; one without a contact is not.
 */
export function takeConversation(acc: Accumulator, talk: Conversation): boolean {
  if (!talk.email && !talk.phone) return false;
  // A platform message names its sender in prose; a form with a "Name:" or "Phone:" field is a
  // form. When the message's number came from its contact buttons or card, fields that read that
  // same contact (a line "Contact Lea:" above the buttons reads as their label, the heading's
  // "Nachricht von" as a name label) are the message's own lines read twice, not a form's.
  const samePhone = !!acc.phone && digits(acc.phone) === digits(talk.phone ?? '');
  const sameEmail = !!acc.email && acc.email.toLowerCase() === talk.email?.toLowerCase();
  const ownLines = talk.kind === 'platform' && !!talk.phoneFromButtons;
  if (!SELF_DESCRIBING.has(talk.kind) && acc.email && !(ownLines && sameEmail)) return false;
  const otherPhone = !!acc.phone && !(ownLines && samePhone);
  const named = !!(acc.fullName || acc.firstName || acc.lastName);
  const otherName = named && !(ownLines && sameName(acc.fullName ?? '', talk.fullName ?? ''));
  if (talk.kind === 'platform' && (otherPhone || otherName)) {
    // The fields read the same contact ("Appeler : tel:+33…" under the message): the platform's
    // heading still names the sender the fields leave unnamed, when it gives a full name (a
    // relay's "Megan sent you a message" is completed from her sign-off later).
    if (!named && (samePhone || sameEmail) && /\S\s+\S/.test(talk.fullName ?? ''))
      acc.fullName = talk.fullName;
    return false;
  }
  acc.fullName = talk.fullName;
  acc.firstName = null;
  acc.lastName = null;
  acc.email = talk.email;
  acc.emailCandidates = [];
  acc.phone = talk.phone;
  acc.message = talk.message;
  acc.nameOrder = null;
  return true;
}
