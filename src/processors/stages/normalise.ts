/**
 * Normalisation of the extracted contact: emails lowercased and validated, phones to E.164,
 * names NFC with first/last/full made consistent, the message trimmed with its line breaks kept.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

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

export interface PhoneResult {
  /** E.164 when parseable, else the raw string. */
  value: string;
  e164: boolean;
  warning: string | null;
}

/** A phone string longer than this is not a phone number (and libphonenumber would reject it anyway). */
const MAX_PHONE_CHARS = 40;

/**
 * `regions` are tried in order: the business's region first, then hints from the lead itself
 * (the language of the form's labels, the customer's email TLD), so "030 1234567" on a German
 * form for a US-configured business still becomes +49301234567 (with a warning saying so).
 */
export function normalisePhone(
  raw: string | null | undefined,
  regions: readonly string[],
): PhoneResult | null {
  if (!raw) return null;
  const cleaned = raw
    .normalize('NFKC')
    .replace(/^\s*(?:tel|phone|fon|tél|tlf)\s*[:.]?\s*/i, '')
    .replace(/^tel:/i, '')
    .replace(/(\+\d{1,3})\s*\(0\)\s*/, '$1 ')
    .trim();
  if (!cleaned || !/\d/.test(cleaned)) return null;
  if (cleaned.length > MAX_PHONE_CHARS)
    return { value: cleaned.slice(0, MAX_PHONE_CHARS), e164: false, warning: 'phone_unparseable' };
  const digits = cleaned.replace(/\D/g, '');
  if (digits.length < 5) return { value: cleaned, e164: false, warning: 'phone_unparseable' };
  const primary = regions[0] as CountryCode | undefined;
  let possible: string | null = null;
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i] as CountryCode;
    const p = safeParse(cleaned, region);
    if (!p) continue;
    if (p.isValid()) {
      const international = cleaned.startsWith('+') || cleaned.startsWith('00');
      const inferred = i > 0 && !international;
      return { value: p.number, e164: true, warning: inferred ? 'phone_region_inferred' : null };
    }
    if (i === 0 && p.isPossible()) possible = p.number;
  }
  if (possible) return { value: possible, e164: true, warning: 'phone_not_verified' };
  const p = primary ? safeParse(cleaned, primary) : null;
  if (p?.isPossible()) return { value: p.number, e164: true, warning: 'phone_not_verified' };
  return { value: cleaned, e164: false, warning: 'phone_unparseable' };
}

function safeParse(text: string, region: CountryCode) {
  try {
    return parsePhoneNumberFromString(text, region) ?? null;
  } catch {
    return null;
  }
}

export interface Names {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|don|doña)\.?$/i;
const MAX_NAME_CHARS = 200;

export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/^["'“”‘’«»\s]+|["'“”‘’«»\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Digits, addresses and URLs mean a date, a company line or a contact, not a person's name.
  if (!s || s.length > MAX_NAME_CHARS || /@|https?:|\d{2,}/i.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/** Makes full/first/last consistent: split a lone full name, compose a missing full name. */
export function normaliseNames(input: Names): Names {
  let fullName = cleanName(input.fullName);
  let firstName = cleanName(input.firstName);
  let lastName = cleanName(input.lastName);
  if (fullName && !firstName && !lastName) {
    let display = fullName;
    // "Doe, Jane" → "Jane Doe" (directory style).
    const comma = /^([^,]+),\s*([^,]+)$/.exec(display);
    if (comma) display = `${comma[2]} ${comma[1]}`;
    const tokens = display.split(' ').filter((t) => !HONORIFIC.test(t));
    if (tokens.length >= 2) {
      firstName = tokens[0] ?? null;
      lastName = tokens.slice(1).join(' ');
    } else if (tokens.length === 1) {
      firstName = tokens[0] ?? null;
    }
    if (comma) fullName = display;
  } else if (!fullName && (firstName || lastName)) {
    fullName = [firstName, lastName].filter(Boolean).join(' ');
  }
  return { fullName, firstName, lastName };
}

const MAX_MESSAGE_CHARS = 10_000;

/** Trims, unifies line breaks, collapses runs of blank lines; line breaks are kept. */
export function normaliseMessage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!s) return null;
  return s.length > MAX_MESSAGE_CHARS ? s.slice(0, MAX_MESSAGE_CHARS) : s;
}
