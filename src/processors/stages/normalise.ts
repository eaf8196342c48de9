/**
 * Normalisation of the extracted contact: emails lowercased and validated, the message trimmed
 * with its line breaks kept. Phones are in ./normalise-phone.ts, names in ./normalise-names.ts.
 */

/** Letters without their accents, lower case: "Téléphone" → "telephone" ("ß" stays as it is). */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

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

/**
 * A line of marks only at the message's edge: a separator ("--", "———", "***") or a YAML block
 * scalar's indicator ("|", ">-") above the text it introduces. Never the customer's words.
 */
const MARKS_ONLY_LINE = /^[ \t]*[-–—_=*~#|>+.•·:;/\\]+[ \t]*$/;
/**
 * A form's checkbox echoed under the message ("Newsletter ☑ Yes", "[x] I agree to be contacted"):
 * the form's own field, not the customer's text, when it ends the message. So is a field line.
 */
const TICKBOX_LINE = /[☐☑☒]|\[[ xX✓✔]\]/;
/**
 * A form's field echoed under the message as "Label ✓ Value", "Roof → South", "Contact · Evening":
 * people do not join their words with ticks, arrows or middle dots. Joined by a dash or a hyphen,
 * only when every word is capitalised like a form's option ("Timeframe – As Soon As Possible"),
 * unlike a customer's own list ("front garden – about 20 m²").
 */
const FIELD_ECHO_LINE = /^\p{L}[\p{L} '’/-]{0,40} [→⇒➜✓✔·|»] [\p{L}\d][^.!?\n]{0,40}$/u;
const TITLE_CASE_DASH_LINE =
  /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} [-–—] \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,5}$/u;

function isEchoedField(line: string): boolean {
  const t = line.trim();
  return TICKBOX_LINE.test(t) || FIELD_ECHO_LINE.test(t) || TITLE_CASE_DASH_LINE.test(t);
}

/**
 * Trims, unifies line breaks, collapses runs of blank lines and drops mark-only lines and checkbox
 * echoes at the edges; line breaks are kept.
 */
export function normaliseMessage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const lines = raw
    .replace(RENDER_MARKS, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .split('\n');
  const blank = (line: string) => !line.trim();
  while (lines.length > 1 && (MARKS_ONLY_LINE.test(lines[0] as string) || blank(lines[0] as string)))
    lines.shift();
  while (lines.length > 1) {
    const last = lines.at(-1) as string;
    if (!MARKS_ONLY_LINE.test(last) && !isEchoedField(last) && !blank(last)) break;
    lines.pop();
  }
  const s = lines.join('\n').trim();
  if (!s) return null;
  return s.length > MAX_MESSAGE_CHARS ? s.slice(0, MAX_MESSAGE_CHARS) : s;
}
