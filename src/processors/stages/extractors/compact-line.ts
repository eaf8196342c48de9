/**
 * Compact alerts: a lead written on one line (and perhaps a line of message under it), its values
 * separated by `·`, `|`, `•`, `—`, `–`, `;`, ` / ` or commas, some behind a short label, most with
 * none:
 *   New lead: Jane Doe · jane@x.example · 07700 900123 · "Do you deliver on Sundays?"
 *   Neue Anfrage | Max Müller | +49 170 1234567 | max@web.test | Rückruf erbeten
 *   Lead #4411 – Juan Pérez, 612 345 678, juan@correo.test – Quiere presupuesto
 * Each value is typed by what it is: an address by its syntax, a number by being a valid phone
 * number of some region, a name by being a plausible personal name in the name's place (after
 * "from/von/de/par/por" or a heading's colon, or the last name-like value before the contacts),
 * and quoted or trailing free text as the message. The first such line with a contact the
 * business does not own is the lead; later ones (the business's own card in the footer) are not.
 * Called only when no field gave an address or a number.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { isPlausibleName } from '../normalise-names.js';
import { FOOTER_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import type { LabeledPair } from './label-value.js';
import type { LabelDictionary, LabelHit } from './labels.js';

/** A compact alert is at the top of a short notification. */
const MAX_SCAN_CHARS = 4096;
const MAX_LINE_CHARS = 400;
/**
 * The alert's line is among the first text lines; further down, a line of values joined by bars is
 * a signature or the business's card, and the email is a personal one.
 */
const MAX_HEAD_LINES = 3;
/** Lines of message under the compact line, up to the next blank line. */
const MAX_MESSAGE_LINES = 6;

/**
 * Spaced separators, and `;` and `,` after a value. A spaced slash between two digits is inside a
 * German number ("0171 / 2345678"), not between values.
 */
const SEPARATOR = /\s+[·|•—–]\s+|\s+-\s+|(?<!\d)\s+\/\s+|\s+\/\s+(?!\d)|\s*;\s+/;
const HAS_SEPARATOR = /\s[·|•—–/-]\s|;\s/;
const EMAIL = /^<?(?:mailto:)?([^\s@<>,;]+@[^\s@<>,;]+\.[a-z]{2,})>?$/i;
const PHONE_SHAPE = /^\+?[\d\s()./-]{7,24}$/;
/** Regions tried for a number written without its country code. */
const REGIONS: readonly CountryCode[] = [
  'GB',
  'US',
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'ES',
  'IE',
  'NL',
  'IT',
  'PT',
];
/** "Lead from Tom Baker", "Rückrufwunsch von Anna Schmidt", "Nuevo contacto de Lucía Ruiz", "New lead: Jane Doe". */
const NAME_AFTER = /(?:\b(?:from|by|von|de|par|por)\s+|:\s*)(\p{Lu}.*)$/u;
/** A short label before a value: "tel 0161…", "Tel. 0151…", "email tom@…", "msg: need…". */
const SHORT_LABEL = /^([\p{L}][\p{L}.-]{0,14}(?:\s[\p{L}.-]{1,14})?)\s*[:.]?\s+(\S.*)$/u;
const QUOTED = /^["“„«‘'‹]\s*(.+?)\s*["”“»’'›]$/u;

const hit = (target: LabelHit['target']): LabelHit => ({ target, lang: null, exact: true });

/**
 * The lead of a compact alert in `text`, as typed pairs, or null when no line of the text is one.
 * `notCustomer`: an address that is the business's, its sender's or a system's.
 */
export function compactLead(
  text: string,
  dict: LabelDictionary,
  notCustomer: (address: string) => boolean,
): LabeledPair[] | null {
  const head = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  if (!HAS_SEPARATOR.test(head) && !head.includes(', ')) return null;
  const lines = head.split('\n');
  let textLines = 0;
  for (let i = 0; i < lines.length && textLines < MAX_HEAD_LINES; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    textLines++;
    if (SIGNATURE_DELIMITER.test(line) || FOOTER_LINE.test(line)) return null;
    if (line.length > MAX_LINE_CHARS || !(line.includes('@') || /\d{3}/.test(line))) continue;
    const pairs = readLine(line, dict, notCustomer);
    if (!pairs) continue;
    if (!pairs.some((p) => p.hit?.target === 'message')) {
      const message = messageBelow(lines, i + 1);
      if (message) pairs.push({ label: 'message', value: message, hit: hit('message') });
    }
    return pairs;
  }
  return null;
}

interface Segment {
  text: string;
  kind: 'email' | 'phone' | 'labelled' | 'quoted' | 'other';
  hit?: LabelHit;
  value: string;
}

/** The typed values of one compact line: a contact the business does not own, at least three values. */
function readLine(
  line: string,
  dict: LabelDictionary,
  notCustomer: (address: string) => boolean,
): LabeledPair[] | null {
  const segments = line
    .split(SEPARATOR)
    .flatMap(splitCommas)
    .map((s) => typed(s.trim(), dict))
    .filter((s) => s.text);
  if (segments.length < 3) return null;
  const contacts = segments.filter(
    (s) => s.kind === 'email' || s.kind === 'phone' || (s.kind === 'labelled' && isContactHit(s.hit)),
  );
  if (contacts.length === 0) return null;
  // Alone, one number among words is a sentence ("Hi, call me on 0161…, thanks"), not an alert.
  if (segments.some((s) => s.kind === 'email' && notCustomer(s.value))) return null;
  const firstContact = segments.findIndex((s) => contacts.includes(s));
  const pairs: LabeledPair[] = [];
  const add = (label: string, value: string, h: LabelHit) => pairs.push({ label, value, hit: h });
  // The name: a labelled one, else the last name-like value before the first contact.
  let name: string | null = null;
  for (const s of segments.slice(0, firstContact)) {
    if (s.kind !== 'other') continue;
    const candidate = nameIn(s.text);
    if (candidate) name = candidate;
  }
  let messageFrom = -1;
  segments.forEach((s, k) => {
    if (s.kind === 'email') add('email', s.value, hit('email'));
    else if (s.kind === 'phone') add('phone', s.value, hit('phone'));
    else if (s.kind === 'labelled' && s.hit) add(s.text, s.value, s.hit);
    else if (s.kind === 'quoted') add('message', s.value, hit('message'));
    else if (k > firstContact) {
      // A name written after the contacts ("jane@x · 0770… · Jane Doe"), else the message's start.
      if (!name && messageFrom < 0 && isPlausibleName(s.text) && /^\p{Lu}/u.test(s.text)) name = s.text;
      else if (messageFrom < 0) messageFrom = k;
    }
  });
  if (name && !pairs.some((p) => isNameHit(p.hit))) add('name', name, hit('fullName'));
  if (contacts.length < 2 && !pairs.some((p) => isNameHit(p.hit))) return null;
  if (messageFrom >= 0 && !pairs.some((p) => p.hit?.target === 'message')) {
    const rest = segments.slice(messageFrom).filter((s) => s.kind === 'other');
    add('message', rest.map((s) => s.text).join(' · '), hit('message'));
  }
  return pairs;
}

/** "Juan Pérez, 612 345 678, juan@…": commas separate values only around two contacts; one is prose. */
function splitCommas(segment: string): string[] {
  if (!segment.includes(', ')) return [segment];
  const parts = segment.split(/,\s+/);
  const contacts = parts.filter((p) => EMAIL.test(p.trim()) || isPhone(p.trim())).length;
  return contacts >= 2 ? parts : [segment];
}

function typed(text: string, dict: LabelDictionary): Segment {
  const email = EMAIL.exec(text);
  if (email) return { text, kind: 'email', value: email[1] as string };
  if (isPhone(text)) return { text, kind: 'phone', value: text };
  const quoted = QUOTED.exec(text);
  if (quoted) return { text, kind: 'quoted', value: quoted[1] as string };
  const labelled = SHORT_LABEL.exec(text);
  if (labelled) {
    const h = dict.lookup(labelled[1] as string);
    const value = labelled[2] as string;
    if (h && fits(h, value)) return { text: labelled[1] as string, kind: 'labelled', hit: h, value };
  }
  return { text, kind: 'other', value: text };
}

/** A labelled value must be what its label says: "tel" before a number, "email" before an address. */
function fits(h: LabelHit, value: string): boolean {
  if (h.target === 'email') return EMAIL.test(value);
  if (h.target === 'phone') return isPhone(value);
  if (isNameHit(h)) return isPlausibleName(value);
  return h.target === 'message';
}

function isContactHit(h: LabelHit | undefined): boolean {
  return h?.target === 'email' || h?.target === 'phone';
}

function isNameHit(h: LabelHit | null | undefined): boolean {
  return (
    h?.target === 'name' || h?.target === 'fullName' || h?.target === 'firstName' || h?.target === 'lastName'
  );
}

/**
 * A phone number: valid in one of the regions tried, or of a possible length with its country code
 * or trunk zero written (reserved ranges such as 07700 900xxx are not in the metadata's valid
 * ranges; normalise-phone.ts keeps those too, with a warning).
 */
function isPhone(text: string): boolean {
  if (!PHONE_SHAPE.test(text) || DATE.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  const international = text.replace(/^00(?=[1-9])/, '+');
  if (international.startsWith('+')) return parsePhoneNumberFromString(international)?.isPossible() ?? false;
  return REGIONS.some((r) => {
    const p = parsePhoneNumberFromString(text, r);
    return !!p && (p.isValid() || (text.startsWith('0') && p.isPossible() && TRUNK_ZERO_REGIONS.has(r)));
  });
}
const DATE = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$/;
const TRUNK_ZERO_REGIONS: ReadonlySet<CountryCode> = new Set(['GB', 'DE', 'FR']);

/** The personal name a heading value holds: all of it, or what follows "from", "von", "de", ":". */
function nameIn(text: string): string | null {
  const tail = NAME_AFTER.exec(text)?.[1]?.trim();
  if (tail && isPlausibleName(tail)) return tail;
  return isPlausibleName(text) && /^\p{Lu}/u.test(text) ? text : null;
}

/** Lines right under the compact line, up to a blank line or the footer: the customer's words. */
function messageBelow(lines: readonly string[], from: number): string | null {
  const out: string[] = [];
  for (let j = from; j < lines.length && out.length < MAX_MESSAGE_LINES; j++) {
    const line = (lines[j] as string).trim();
    if (!line || SIGNATURE_DELIMITER.test(line) || FOOTER_LINE.test(line)) break;
    out.push(line);
  }
  if (out.length === 0) return null;
  const text = out.join('\n');
  return QUOTED.exec(text)?.[1] ?? text;
}
