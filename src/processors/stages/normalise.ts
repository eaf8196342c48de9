/**
 * Normalisation of the extracted contact: emails lowercased and validated, the message trimmed
 * with its line breaks kept. Phones are in ./normalise-phone.ts, names in ./normalise-names.ts.
 */

// Pragmatic address syntax (RFC 5321 §4.1.2 dot-atom local part, a dotted domain with a
// letter TLD); quoted local parts are too rare in lead forms to be worth the ambiguity.
const EMAIL_IN_TEXT =
  /[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}/i;
const EMAIL_IN_TEXT_GLOBAL = new RegExp(EMAIL_IN_TEXT.source, 'gi');
/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most 254. */
const MAX_EMAIL_CHARS = 254;

export function normaliseEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = EMAIL_IN_TEXT.exec(raw.normalize('NFKC'));
  if (!m) return null;
  const email = m[0].toLowerCase();
  return email.length <= MAX_EMAIL_CHARS ? email : null;
}

/** Every address in a text, lowercased, in order of appearance (bounded by the caller's text cap). */
export function findEmails(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMAIL_IN_TEXT_GLOBAL)) {
    out.push(m[0].toLowerCase());
    if (out.length >= 50) break;
  }
  return out;
}

/** The text with every address replaced by a space. */
export function withoutEmails(text: string): string {
  return text.replace(EMAIL_IN_TEXT_GLOBAL, ' ');
}

const MAX_MESSAGE_CHARS = 10_000;

/**
 * The marks html.ts writes where a rendered block or value line ends (VALUE_END, VALUE_LINE of
 * extractors/label-value.ts): the readers' bookkeeping, never the customer's text, whichever reader
 * took the message.
 */
const RENDER_MARKS = /[\u241e\u241f]/g;

/** Trims, unifies line breaks, collapses runs of blank lines; line breaks are kept. */
export function normaliseMessage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw
    .replace(RENDER_MARKS, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!s) return null;
  return s.length > MAX_MESSAGE_CHARS ? s.slice(0, MAX_MESSAGE_CHARS) : s;
}
