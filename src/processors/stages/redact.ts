import { isIPv6 } from 'node:net';
import { redactGivenNames } from './redact-given-names.js';
import { redactNamesInContext } from './redact-names.js';

/**
 * PII redaction of free text (the customer's message) for the analytics record.
 *
 * Each kind of identifier is one pass with a precompiled global regex, run in an order where an
 * earlier pass removes what a later one would misread: URLs first (their paths and queries hold
 * emails and digits), then emails, IP addresses (dotted digits look like phone numbers), IBANs and
 * card numbers (checksummed, so they get a precise token), and last a broad phone pass that takes
 * any remaining run of 7+ digits. The broad pass is deliberate: a missed phone number is a leak,
 * an over-redacted order number is only a lost detail.
 *
 * Names are removed by their context (labels, greetings, sign-offs: ./redact-names.ts), which
 * does not depend on the extracted name being right; the lead's own name tokens are removed too,
 * and last any known given name in a phrase the context rules do not know (./redact-given-names.ts).
 *
 * Threat notes: every pattern is linear on adversarial input (each repetition must consume a
 * digit or a delimiter, and separators are bounded), so a hostile message cannot make redaction
 * quadratic. The lead's own email and name tokens are also redacted literally, so an address in a
 * shape the generic email pattern misses (quoted local parts, odd characters) still goes.
 */

export const REDACTION_TOKENS = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  iban: '[iban]',
  ip: '[ip]',
  url: '[url]',
  name: '[name]',
} as const;

export interface RedactionContext {
  /** The lead's own email, redacted literally in any letter case. */
  readonly email?: string | null;
  /** Name strings of the lead (first, last, full). Tokens of 2+ letters are redacted as whole words. */
  readonly names?: readonly (string | null | undefined)[];
}

// http(s)/ftp URLs and bare www. hosts; whitespace, quotes and angle brackets end a URL.
const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`]+|(?<![\p{L}\p{N}@.-])www\.[^\s<>"'`]+/giu;
// Trailing sentence punctuation is not part of a URL written in prose.
const URL_TRAILING_PUNCT = new Set([...'.,;:!?\'")]}>']);

// Pragmatic address shape (not full RFC 5322): unicode local parts and domains, a TLD of 2+ chars
// starting with a letter. The lookbehind makes a match start only where a local part can start:
// without it, a long run of letters or digits is rescanned from every position (quadratic).
// The local part takes every RFC 5322 atext character, so no fragment of it ("john.smith!") is left
// in front of the token.
const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+!#$&'*/=?^`{|}~-])[\p{L}\p{N}._%+!#$&'*/=?^`{|}~-]+@(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}[\p{L}\p{N}-]+/gu;
// Addresses written to dodge harvesters: "jane (at) example (dot) com", "jane[at]example.de",
// "jane at example dot com", and "jane.doe at example.com" (a local part with a dot, digit or sign).
const OBFUSCATED_AT = '[ \\t]{0,2}[\\[({<][ \\t]?at[ \\t]?[\\])}>][ \\t]{0,2}';
const OBFUSCATED_DOT = '(?:[ \\t]{0,2}[\\[({<][ \\t]?dot[ \\t]?[\\])}>][ \\t]{0,2}|[ \\t]dot[ \\t])';
const LOCAL_PART = '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+';
const LABEL = '[\\p{L}\\p{N}-]+';
const OBFUSCATED_EMAIL_RE = new RegExp(
  [
    `${LOCAL_PART}${OBFUSCATED_AT}${LABEL}(?:(?:${OBFUSCATED_DOT}|\\.)${LABEL})+`,
    `${LOCAL_PART}[ \\t]at[ \\t]${LABEL}(?:${OBFUSCATED_DOT}${LABEL})+`,
    `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}]+[._+\\d-][\\p{L}\\p{N}._+-]*[ \\t]at[ \\t](?:${LABEL}\\.)+\\p{L}{2,}`,
  ].join('|'),
  'giu',
);
const OBFUSCATED_HINT_RE = /[[({<] ?at ?[\])}>]| at /i;

// IPv6 candidates (then validated by node:net); optional zone id and embedded IPv4 tail.
const IPV6_CANDIDATE_RE =
  /(?<![\p{L}\p{N}:.])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])/giu;
const HEX_DIGIT_RE = /[0-9a-f]/i;

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\p{N}.])(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET}(?!\\p{N}|\\.\\p{N})`, 'gu');

// Country code, check digits, then 11..30 alphanumerics, optionally in space-separated groups.
const IBAN_CANDIDATE_RE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/gu;
const IBAN_MIN_LENGTH = 15; // Norway
const IBAN_MAX_LENGTH = 34;

// 13..19 digits, single spaces or dashes between them (ISO/IEC 7812 PAN lengths).
const CARD_CANDIDATE_RE = /(?<!\p{N})\d(?:[ -]?\d){12,18}(?!\p{N})/gu;

// Any 7+ digits (any script) with phone punctuation between them: spaces, dots, dashes, slashes,
// parentheses, a leading + or (+. At most two separator characters between two digits.
// Up to three separator characters between two digits ("0151 / 234 567", "+49 - 30"), a bracketed
// trunk zero ("+44 (0) 20"). Each repetition consumes a digit, so the pattern stays linear.
const PHONE_RE =
  /(?:\+[ \t\u00a0]?|\(\+?)?\p{Nd}(?:(?:[ \t\u00a0\u2009\u202f.\-/–—]{1,3}|[ \t\u00a0\u2009\u202f.\-/–—]{0,2}\)[ \t\u00a0\u2009\u202f.\-/–—]{0,2}|[ \t\u00a0\u2009\u202f.\-/–—]{0,2}\()?\p{Nd}){6,}\)?/gu;
// After a phone label any digit run is the number, however short ("Tel: 12 34 56", "Durchwahl 123").
const LABELLED_NUMBER_RE =
  /(?<![\p{L}])((?:tel|phone|telefon|telephone|téléphone|teléfono|telefono|mobile?|mobil|handy|cell|portable|móvil|movil|celular|whatsapp|fax|durchwahl|ext|poste)[\p{L}.]{0,6}[ \t]{0,3}[:.#]?[ \t]{0,3})(\+?\p{Nd}(?:[ \t.\-/()]{0,2}\p{Nd}){2,})/giu;
// Dates written with separators look like 8-digit phone numbers; they are not identifiers here.
// Only a real calendar date counts ("06.50.12.34.56" is a French phone number, not a date), and
// only when it stands alone or before a space ("05.03.2026 14 Uhr").
const DATE_PREFIX_RE =
  /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](?:\d{4}|\d{2}))(?=$|[ \t\u00a0])/u;
const DIGIT_RE = /\p{Nd}/gu;
const PHONE_MIN_DIGITS = 7;

// Preconditions of the passes: URL_RE needs "://" or "www.", IPV4/IBAN/CARD need an ASCII digit
// (\d is ASCII even with the u flag), PHONE_RE a digit of any script.
const URL_HINT_RE = /:\/\/|www\./i;
const ASCII_DIGIT_RE = /\d/;
const ANY_DIGIT_RE = /\p{Nd}/u;
const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;
const NAME_SPLIT_RE = /[\s,;]+/u;
// Parts of compound names: "Jean-Luc" → Jean, Luc; "O'Brien" / "O’Brien" → Brien.
const NAME_PART_SPLIT_RE = /[-‐‑'’]/u;
const NAME_MIN_CHARS = 2;
// Bounds on the per-lead name tokens: a 'name' longer than this is extraction noise, not a name,
// and the token set stays small whatever the extractor hands over.
const NAME_MAX_CHARS = 64;
const NAME_MAX_TOKENS = 32;
// RFC 5321 §4.5.3.1 caps a path at 256 octets; anything longer cannot be an address to redact.
const EMAIL_MAX_CHARS = 256;

export function redactText(text: string, context: RedactionContext = {}): string {
  // NFC first, so a name or address typed with combining marks (u + ◌̈) matches its composed form (ü).
  let out = text.normalize('NFC');
  if (context.email && context.email.length <= EMAIL_MAX_CHARS) {
    out = redactLiteral(out, context.email, REDACTION_TOKENS.email);
  }
  // Each pass below needs a character most messages lack ("@", ":", a digit); looking for it is
  // cheaper than running the pattern. No pass adds such a character (the tokens hold none, a
  // redacted URL only loses parts), so a check made once stays true for the later passes.
  const asciiDigit = ASCII_DIGIT_RE.test(out);
  if (URL_HINT_RE.test(out)) out = out.replace(URL_RE, redactUrlMatch);
  if (out.includes('@')) out = out.replace(EMAIL_RE, REDACTION_TOKENS.email);
  if (OBFUSCATED_HINT_RE.test(out)) out = out.replace(OBFUSCATED_EMAIL_RE, REDACTION_TOKENS.email);
  if (out.includes(':')) out = out.replace(IPV6_CANDIDATE_RE, redactIpv6Candidate);
  if (asciiDigit) {
    out = out.replace(IPV4_RE, REDACTION_TOKENS.ip);
    out = out.replace(IBAN_CANDIDATE_RE, redactIbanCandidate);
    out = out.replace(CARD_CANDIDATE_RE, redactCardCandidate);
  }
  if (asciiDigit || ANY_DIGIT_RE.test(out)) {
    out = out.replace(PHONE_RE, redactPhoneCandidate);
    out = out.replace(LABELLED_NUMBER_RE, `$1${REDACTION_TOKENS.phone}`);
  }
  // Names by their context first (they need no extraction), then the lead's own name tokens.
  out = redactNamesInContext(out);
  if (context.names) {
    const tokens = nameTokens(context.names);
    if (tokens.size > 0)
      out = out.replace(WORD_RE, (word, offset: number, whole: string) =>
        redactNameWord(word, offset, whole, tokens),
      );
  }
  // Last, any known given name the context rules missed (./redact-given-names.ts).
  return redactGivenNames(out);
}

/**
 * Case-insensitive literal replacement without building a RegExp per call (compiling one per lead
 * was the anonymise stage's largest cost in the processor bench). Falls back to a regex only when
 * lowercasing changes the text's length (e.g. "İ"), where indexes would no longer line up.
 */
function redactLiteral(text: string, value: string, token: string): string {
  if (value.length === 0) return text;
  const needle = value.normalize('NFC').toLowerCase();
  const haystack = text.toLowerCase();
  if (haystack.length !== text.length) {
    return text.replace(new RegExp(needle.replace(REGEX_SPECIAL_RE, '\\$&'), 'giu'), token);
  }
  let at = haystack.indexOf(needle);
  if (at === -1) return text;
  let out = '';
  let from = 0;
  while (at !== -1) {
    out += text.slice(from, at) + token;
    from = at + needle.length;
    at = haystack.indexOf(needle, from);
  }
  return out + text.slice(from);
}

/** Keeps scheme, host and path; drops userinfo, query and fragment (where tracking ids and form values live). */
function redactUrlMatch(match: string): string {
  // A loop, not /[.,…]+$/: that regex rescans a long punctuation run from every position.
  let end = match.length;
  while (end > 0 && URL_TRAILING_PUNCT.has(match[end - 1] as string)) end--;
  const trimmed = match.slice(0, end);
  const tail = match.slice(end);
  const schemeEnd = trimmed.indexOf('://');
  const authorityStart = schemeEnd === -1 ? 0 : schemeEnd + 3;
  let authorityEnd = trimmed.length;
  for (let i = authorityStart; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '/' || c === '?' || c === '#') {
      authorityEnd = i;
      break;
    }
  }
  const authority = trimmed.slice(authorityStart, authorityEnd);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const rest = trimmed.slice(authorityEnd);
  const queryAt = rest.search(/[?#]/);
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const redactedQuery = queryAt === -1 ? '' : `?${REDACTION_TOKENS.url}`;
  return `${trimmed.slice(0, authorityStart)}${host}${path}${redactedQuery}${tail}`;
}

function redactIpv6Candidate(match: string): string {
  if (!HEX_DIGIT_RE.test(match)) return match;
  const zoneAt = match.indexOf('%');
  return isIPv6(zoneAt === -1 ? match : match.slice(0, zoneAt)) ? REDACTION_TOKENS.ip : match;
}

/**
 * The candidate pattern is greedy and may run into the next word ("… 0130 00 OK"), so a failing
 * candidate is retried without its trailing space-separated groups before it is given up.
 */
function redactIbanCandidate(match: string): string {
  const groups = match.split(' ');
  for (let n = groups.length; n >= 1; n--) {
    const compact = groups.slice(0, n).join('');
    if (compact.length < IBAN_MIN_LENGTH) break;
    if (isValidIban(compact)) {
      const rest = groups.slice(n).join(' ');
      return rest ? `${REDACTION_TOKENS.iban} ${rest}` : REDACTION_TOKENS.iban;
    }
  }
  return match;
}

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 must be 1. */
export function isValidIban(compact: string): boolean {
  if (compact.length < IBAN_MIN_LENGTH || compact.length > IBAN_MAX_LENGTH) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return false;
    }
  }
  return remainder === 1;
}

function redactCardCandidate(match: string): string {
  return isLuhnValid(match) ? REDACTION_TOKENS.card : match;
}

/** Luhn (ISO/IEC 7812-1) over the digits of `text`, ignoring separators. */
export function isLuhnValid(text: string): boolean {
  let sum = 0;
  let digits = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    let d = code - 48;
    if (digits % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    digits++;
  }
  return digits > 0 && sum % 10 === 0;
}

function redactPhoneCandidate(match: string): string {
  const date = DATE_PREFIX_RE.exec(match);
  if (date && isCalendarDate(date)) {
    const rest = match.slice(date[0].length);
    if (countDigits(rest) < PHONE_MIN_DIGITS) return match;
  }
  return REDACTION_TOKENS.phone;
}

/** ISO year-month-day, or day and month in either order (05.03 or 3/5). */
function isCalendarDate(m: RegExpExecArray): boolean {
  if (m[1]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  const a = Number(m[4]);
  const b = Number(m[5]);
  const dayMonth = (d: number, mo: number) => d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
  return dayMonth(a, b) || dayMonth(b, a);
}

function countDigits(text: string): number {
  return text.match(DIGIT_RE)?.length ?? 0;
}

const TOKEN_WORDS: ReadonlySet<string> = new Set(Object.keys(REDACTION_TOKENS));

// A word, with compound parts joined by hyphens or apostrophes ("Jean-Luc", "O’Brien") kept together.
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_PART_RE = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A word that is one of the lead's name tokens (any case) becomes [name]; in a compound word only the
 * parts that are name tokens do. Our own tokens are left alone: a customer named "Email" must not turn
 * `[email]` into `[[name]]`.
 */
function redactNameWord(word: string, offset: number, whole: string, tokens: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  if (whole[offset - 1] === '[' && whole[offset + word.length] === ']' && TOKEN_WORDS.has(lower)) return word;
  if (tokens.has(lower)) return REDACTION_TOKENS.name;
  if (!NAME_PART_SPLIT_RE.test(word)) return word;
  return word.replace(WORD_PART_RE, (part) =>
    tokens.has(part.toLowerCase()) ? REDACTION_TOKENS.name : part,
  );
}

/** The lead's name tokens, lowercased: whole words and the parts of compound names. */
function nameTokens(names: readonly (string | null | undefined)[]): Set<string> {
  const tokens = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const word of name.normalize('NFC').split(NAME_SPLIT_RE)) {
      const cleaned = trimToLettersAndDigits(word).toLowerCase();
      addNameToken(tokens, cleaned);
      for (const part of cleaned.split(NAME_PART_SPLIT_RE)) addNameToken(tokens, part);
    }
  }
  return tokens;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** Strips leading/trailing punctuation ("(Bob)," → "Bob") in linear time. */
function trimToLettersAndDigits(word: string): string {
  const chars = [...word];
  let start = 0;
  let end = chars.length;
  while (start < end && !LETTER_OR_DIGIT_RE.test(chars[start] as string)) start++;
  while (end > start && !LETTER_OR_DIGIT_RE.test(chars[end - 1] as string)) end--;
  return chars.slice(start, end).join('');
}

function addNameToken(tokens: Set<string>, token: string): void {
  // Single letters (initials) identify no one and would shred the text.
  let letters = 0;
  for (const _ of token) if (++letters >= NAME_MIN_CHARS) break;
  if (letters >= NAME_MIN_CHARS && token.length <= NAME_MAX_CHARS && tokens.size < NAME_MAX_TOKENS) {
    tokens.add(token);
  }
}
