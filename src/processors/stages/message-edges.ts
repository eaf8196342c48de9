/**
 * Where the customer's text stops and starts, whichever reader found it (a labelled field, a chat
 * bubble, a relayed profile message, the prose above the fields). Templates print their own lines
 * right against the customer's, with no label or blank line between:
 *  - after it: the bubble's or message's time ("12 March 2026, 14:05", "vor 3 Std.", "hier à
 *    09:12", "3 may 2026 · 10:41"), and a signature line naming a sender or the business with its
 *    web address ("Tom Price · pricebakery.co.uk", "Oakline Kitchens & Co | oakline-kitchens.co.uk");
 *  - before it: the notification's own line introducing the fields ("Lead submitted on Microsoft
 *    Advertising, campaign Boilers UK:", "Neue Anfrage über Ihr Formular Kontakt, Details:").
 * A customer dates things and names websites inside their sentences, and lists dates or sites
 * under their own lead-in line ("Diese Termine würden uns passen:"): those lines stay.
 *
 * Pure and bounded: anchored patterns without nested quantifiers, one pass over the lines.
 */

import { inFirstPersonSingular, speaksAsWriter } from './extractors/voice.js';
import { isGreetingLine } from './message.js';

const MONTH = String.raw`(?:jan(?:uary|uar)?|janv(?:ier)?|ene(?:ro)?|feb(?:ruary|ruar|rero)?|f[ée]vr?(?:ier)?|mar(?:ch|s|zo)?|m[äa]rz|apr(?:il)?|avr(?:il)?|abr(?:il)?|ma[yi]o?|jun[eio]?|juin|jul[yio]?|juil(?:let)?|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sept?(?:ember|embre|iembre)?|set(?:iembre)?|o[ck]t(?:ober|obre|ubre)?|nov(?:ember|embre|iembre)?|de[cz](?:ember)?|d[ée]c(?:embre)?|dic(?:iembre)?)\.?`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\.?,?`;
const DAY_WORD = "(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer)";
const TIME = String.raw`(?:\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})(?:\s?[ap]\.?\s?m\.?)?(?:\s?uhr)?|\d{1,2}\.\d{2}\s?uhr|\d{1,2}\s?[ap]\.?\s?m\.?)`;
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s?(?:de\s)?${MONTH}(?:,?\s(?:de\s)?\d{4})?|${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?)`;
/** Between a date and its time: ", ", " · ", " | ", " – ", "T", then perhaps "at", "um", "à", "a las". */
const DATE_TIME_GAP = String.raw`(?:[\s,·•|–—-]{1,4}|T)(?:(?:at|um|à|a las|a la)\s)?`;
const UNIT = String.raw`(?:sek(?:\.|unden?)?|sec(?:s|onds?|ondes?)?|s|min(?:\.|s|utes?|uten?|utos?)?|m|std\.?|stunden?|h|hrs?|hours?|heures?|horas?|tag(?:en)?|days?|jours?|d[ií]as?|d|wochen?|weeks?|wks?|semaines?|semanas?)`;
const RELATIVE = String.raw`(?:(?:vor|il y a|hace)\s(?:\d{1,3}|einer?|un|une|una)\s?${UNIT}|(?:\d{1,3}|an?|one)\s?${UNIT}\s(?:ago)|just now|gerade eben|soeben|à l['’]instant|ahora mismo|a moment ago)`;

/** What a chat prints with the time: "Sent", "Gelesen", "Envoyé à", "Visto"; and its ticks "✓✓". */
const DELIVERY_WORD =
  '(?:sent|received|delivered|seen|read|gesendet|empfangen|zugestellt|gelesen|envoyé|reçu|lu|vu|enviado|recibido|entregado|leído|visto)';
const DELIVERY_PREFIX = String.raw`(?:${DELIVERY_WORD}(?:\s(?:at|on|um|am|à|le|a las|el))?\s)`;
const DELIVERY_SUFFIX = String.raw`(?:\s?[·•|]?\s?(?:[✓✔]{1,2}|${DELIVERY_WORD}))`;

/**
 * A line that is only a time stamp: "12 March 2026, 14:05", "3 may 2026 · 10:41", "hier à 09:12",
 * "Yesterday at 4:12 PM", "vor 3 Std.", "il y a 3 h", "hace 2 horas", "14:05", "(Tue 12.03.2026)",
 * also with the chat's delivery mark ("Sent 14:05", "14:07 ✓✓", "Visto ayer a las 10:41").
 */
const TIMESTAMP_LINE = new RegExp(
  String.raw`^[\s(\[·•–—-]*${DELIVERY_PREFIX}?(?:${WEEKDAY}\s)?(?:(?:${DATE}|${DAY_WORD})(?:${DATE_TIME_GAP}${TIME})?|${TIME}|${RELATIVE})${DELIVERY_SUFFIX}?[\s.)\]]*$`,
  'iu',
);

/** " · ", " | ", " • ", " - ", " – ", " — " between the parts of a signature line. */
const SIGNATURE_SEPARATOR = /\s[·|•–—-]\s/;
/** "pricebakery.co.uk", "www.x.de", "https://x.es/contacto", "tom@x.de": where to find the sender. */
const WEB_OR_MAIL_ADDRESS =
  /^(?:(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}(?:\/\S*)?|[^\s@]{1,64}@(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24})$/i;
/** A name's word: capitalised or a number ("Oakline", "L'équipe", "3D"), or a joining word ("&", "und", "de"). */
const NAME_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.()-]*|[ldLD]['’][\p{L}\p{M}]+|&|\+|and|und|et|y|e|of|the|de|del|la|le|les|du|des|von|van|der|den)$/u;
const MAX_NAME_WORDS = 6;

function isNamePart(part: string): boolean {
  const words = part.split(/\s+/);
  return (
    words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w)) && /^[\p{Lu}\p{N}]/u.test(part)
  );
}

/** A job title after the name ("photographe", "Inhaberin"): a few words, no sentence. */
const TITLE_PART = /^[\p{L}][\p{L}\p{M}'’&/ -]{0,40}$/u;
const MAX_TITLE_WORDS = 4;

/**
 * A signature line: a name, perhaps a job title, and a web or mail address joined by separators
 * ("Tom Price · pricebakery.co.uk", "Julien Marchand · photographe · marchand-photo.fr", "Team
 * Gartenbau Lenz & Co · gartenbau-lenz.de", "Clínica Dental Sol | clinicasol.es"). A customer
 * naming their site writes a sentence around it.
 */
function isSignatureLine(line: string): boolean {
  if (!SIGNATURE_SEPARATOR.test(line)) return false;
  const parts = line.split(SIGNATURE_SEPARATOR).map((p) => p.trim());
  const isAddress = (p: string) => WEB_OR_MAIL_ADDRESS.test(p);
  const isTitle = (p: string) => TITLE_PART.test(p) && p.split(/\s+/).length <= MAX_TITLE_WORDS;
  const [first = ''] = parts;
  return (
    parts.some(isAddress) &&
    (isNamePart(first) || isAddress(first)) &&
    parts.some((p) => isNamePart(p)) &&
    parts.every((p) => isAddress(p) || isNamePart(p) || isTitle(p))
  );
}

/** A line the template prints after the customer's text: it ends the message. */
function isTrailingLine(line: string): boolean {
  return TIMESTAMP_LINE.test(line) || isSignatureLine(line);
}

/** A line leading into a list of the customer's own ("Diese Termine würden uns passen:"). */
const LEAD_IN_LINE = /[:：]\s*$/;
/** A list item's text is no sentence: a sentence after the lead-in closes the list. */
const SENTENCE_END = /[.!?？]\s*$/;

/**
 * The message up to the first line the template printed after it (a time stamp, a signature
 * line), when the customer's text stands above it. The lines of a list the customer led into with
 * a colon line stay, up to a blank line or a sentence.
 */
export function beforeTrailingLines(message: string): string {
  const lines = message.split('\n');
  let inOwnList = false;
  let written = false;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) {
      inOwnList = false;
      continue;
    }
    if (written && !inOwnList && isTrailingLine(line)) return lines.slice(0, i).join('\n').trimEnd();
    inOwnList = LEAD_IN_LINE.test(line) || (inOwnList && !SENTENCE_END.test(line));
    written = true;
  }
  return message;
}

/**
 * What arrived, as a notification introducing its fields names it: a lead, an enquiry, a request,
 * a prospect, an entry ("Eingang", "Kontaktanfrage"). A form or campaign alone is what a customer
 * may write about ("Dudas sobre el formulario de la web:").
 */
const ARRIVAL_NOUN =
  /(?<![\p{L}])(?:leads?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|submissions?|prospects?|contacts?|responses?|entr(?:y|ies)|\p{L}*anfragen?|interessent\p{L}*|eintr(?:ag|äge)|eingang|demandes?|réponses?|solicitud(?:es)?|consultas?|contactos?|respuestas?|entradas?)(?![\p{L}])/iu;
/** Where it came from or that it is new: "new", "from Google Ads", "via", "über", "depuis", "details". */
const NOTIFICATION_CUE =
  /,|(?<![\p{L}])(?:new|neue[rsn]?|nouveau|nouvelle|nuevo|nueva|received|submitted|eingegangen|reçue?|recibid[oa]|from|via|through|on|über|von|aus|de|du|depuis|par|desde|vía|details|détails|detalles|einzelheiten)(?![\p{L}])/iu;
const MAX_INTRO_WORDS = 16;
/** Lines the notification may print above its intro: a greeting, a date, a short title. */
const MAX_PREAMBLE_LINES = 2;
const MAX_TITLE_CHARS = 40;
const LIST_ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)])\s+\S/;

/**
 * The notification's line introducing the fields: it ends in a colon, names what arrived (a lead,
 * an enquiry) with where it came from, and nobody speaks in it ("Nouveau prospect Microsoft
 * Advertising, campagne X :"). A customer's own lead-in speaks ("We need the following:") or heads
 * a list.
 */
function isFieldsIntro(line: string, next: string): boolean {
  return (
    LEAD_IN_LINE.test(line) &&
    !/[?？]/.test(line) &&
    line.split(/\s+/).length <= MAX_INTRO_WORDS &&
    ARRIVAL_NOUN.test(line) &&
    NOTIFICATION_CUE.test(line) &&
    !speaksAsWriter(line) &&
    !inFirstPersonSingular(line) &&
    !LIST_ITEM.test(next)
  );
}

/** A line a notification prints above its intro: "Hola equipo,", "Monday 7 December 2026", "LeadConnector". */
function isPreamble(line: string): boolean {
  return (
    isGreetingLine(line) ||
    TIMESTAMP_LINE.test(line) ||
    (line.length <= MAX_TITLE_CHARS && !/[.!?？:：]$/.test(line))
  );
}

/**
 * The message without the notification's intro line above the customer's text (and the greeting,
 * date or title above that intro); null when nothing but the intro is left.
 */
export function withoutFieldsIntro(message: string): string | null {
  const lines = message.split('\n');
  const written = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  for (const [n, i] of written.slice(0, MAX_PREAMBLE_LINES + 1).entries()) {
    const line = (lines[i] as string).trim();
    if (isFieldsIntro(line, lines[written[n + 1] ?? -1] ?? '')) {
      const rest = lines
        .slice(i + 1)
        .join('\n')
        .trim();
      return rest || null;
    }
    if (!isPreamble(line)) break;
  }
  return message;
}
