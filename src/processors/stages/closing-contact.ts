/**
 * A letter's closing contact: the paragraph a customer ends their request with to say how to reach
 * them ("You can reach me on +44 7700 900123.", "Sie erreichen mich unter 0171 2345678.", "Vous
 * pouvez me joindre au 06 12 34 56 78.", "Puede llamarme al 612 345 678."). The number is the
 * lead's phone field, so the paragraph that only gives it is no part of what the customer asks.
 *
 * Only a paragraph that does nothing else goes: little more than a phone number, in contact
 * wording, and asking nothing. A contact sentence inside a paragraph that carries more of the
 * request ("Is a travel cot available? You can reach me on …") stays, and so does the whole text
 * when the contact is all it says. A closing that gives an email address stays too ("You can reach
 * me at rachel@…" under a network message, test/fixtures/messages5): there the address is often
 * the only contact the message has, and whoever reads the message sees where to answer.
 *
 * Bounded: one split of the text and fixed-word patterns on its last paragraph (linear).
 */
import { phonesInProse } from './type-fields.js';

/**
 * A contact sentence says little around its number: "N'hésitez pas à m'appeler au …" before it,
 * "… to talk it through", "… por las tardes" after it. More words after the number go on with the
 * request ("…; también querríamos saber si se llevan los restos").
 */
const MAX_WORDS_BEFORE_CONTACT = 10;
const MAX_WORDS_AFTER_CONTACT = 6;

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const SENTENCE_END = /[.!?:;)]$/;

/**
 * Words of a contact sentence, en/de/fr/es: reaching, calling, a number or a mobile, and the
 * short "I am on …" forms ("Estoy en el 91 …", "Je suis au 01 …").
 */
const CONTACT_WORDING =
  /(?<![\p{L}\p{N}])(?:reach|call|ring|phone|text|number|mobile|tel|whatsapp|i(?:'m|’m| am) on|erreich\p{L}*|anruf\p{L}*|ruf\p{L}*|\p{L}*nummer|handy|telefon\p{L}*|mobil\p{L}*|kontakt\p{L}*|melden|joindre|joignable|appel\p{L}*|num[ée]ro|t[ée]l[ée]phone|t[ée]l|portable|contacter|rappel\p{L}*|je suis au|llam\p{L}*|contact\p{L}*|tel[ée]fono|n[úu]mero|m[óo]vil|localiz\p{L}*|estoy en el)(?![\p{L}\p{N}])/iu;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether `paragraph` (or a sentence) only says on which number to reach the writer. */
export function isContactOnly(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text || text.includes('?') || text.includes('¿') || !CONTACT_WORDING.test(text)) return false;
  const phones = phonesInProse(text);
  if (phones.length === 0) return false;
  const start = Math.min(...phones.map((p) => text.indexOf(p)));
  const end = Math.max(...phones.map((p) => text.lastIndexOf(p) + p.length));
  return (
    wordCount(text.slice(0, start)) <= MAX_WORDS_BEFORE_CONTACT &&
    wordCount(text.slice(end)) <= MAX_WORDS_AFTER_CONTACT
  );
}

/**
 * The text without the closing contact paragraph. A letter laid out in HTML paragraphs reaches
 * here one paragraph a line, with no blank line between them: there the last line is the last
 * paragraph when the line above it ends a sentence.
 */
export function withoutClosingContact(text: string): string {
  const trimmed = text.trimEnd();
  let lastBreak = -1;
  for (const m of trimmed.matchAll(PARAGRAPH_BREAK)) lastBreak = m.index;
  if (lastBreak > 0)
    return isContactOnly(trimmed.slice(lastBreak)) ? trimmed.slice(0, lastBreak).trimEnd() : text;
  const lineBreak = trimmed.lastIndexOf('\n');
  if (lineBreak < 0) return text;
  const above = trimmed.slice(0, lineBreak).trimEnd();
  return SENTENCE_END.test(above) && isContactOnly(trimmed.slice(lineBreak)) ? above : text;
}
