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
 * and quoted or trailing free text as the message. Only the first text lines of the body are
 * read (then the subject): further down, a line of values is a footer card or a signature. Of
 * those, the line with the most contacts the business does not own is the lead (a letterhead's
 * number loses to the alert's address and number). Called only when no field gave an address or
 * a number.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { isPlausibleName } from '../normalise-names.js';
import { FOOTER_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { type LabeledPair, VALUE_END, VALUE_LINE } from './label-value.js';
import type { LabelDictionary, LabelHit } from './labels.js';

/** A compact alert is at the top of a short notification. */
const MAX_SCAN_CHARS = 4096;
const MAX_LINE_CHARS = 400;
/**
 * The alert's line is among the first text lines; further down, a line of values joined by bars is
 * a signature or the business's card, and the email is a personal one.
 */
const MAX_HEAD_LINES = 3;
/** A sentence, or a comma-ended line longer than a greeting ("Hello team,"). */
const PROSE_LINE = /[.?!;]\s*$|^(?:\S+\s+){3,}.*,\s*$|^(?:\S+\s+){12}/;
/** Lines of message under the compact line, up to the next blank line. */
const MAX_MESSAGE_LINES = 6;
const RENDER_MARKS = new RegExp(`[${VALUE_END}${VALUE_LINE}]`, 'g');

/**
 * `·`, `|`, `•` (spaced or not), spaced dashes and slashes, and `;`. A spaced slash between two
 * digits is inside a German number ("0171 / 2345678"), not between values. Commas are split
 * apart later (splitCommas). Matched over the line plus a "\n" that closes its last value.
 */
const SEPARATOR_G = /\s*[·|•]\s*|\s+[—–-]\s+|(?<!\d)\s+\/\s+|\s+\/\s+(?!\d)|\s*;\s+|\n/g;
const HAS_SEPARATOR = /[·|•]|\s[—–/-]\s|;\s/;
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
/** A quoted message inside the line: "…", “…”, „…“, « … ». */
const QUOTED_SPAN = /"([^"]{2,})"|“([^”]{2,})”|„([^“”]{2,})[“”]|«\s*([^»]{2,}?)\s*»/u;

export interface NotCustomer {
  address(address: string): boolean;
  name(name: string): boolean;
}

const hit = (target: LabelHit['target']): LabelHit => ({ target, lang: null, exact: true });

/**
 * The lead of a compact alert, as typed pairs, or null when no line is one. The alert's line is
 * looked for among the first text lines of `body`, then in the subject (an SMS-style alert may
 * carry the lead there). `notCustomer`: the business's, its sender's or a system's addresses, and
 * the sender's own name (a personal email's signature card).
 */
export function compactLead(
  body: string,
  subject: string,
  dict: LabelDictionary,
  notCustomer: NotCustomer,
): LabeledPair[] | null {
  const head = body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body;
  if (!HAS_SEPARATOR.test(head) && !head.includes(', ') && !HAS_SEPARATOR.test(subject)) return null;
  // Rendered HTML marks value ends and lines inside one value (label-value.ts): plain text here.
  const lines = head.replace(RENDER_MARKS, (m) => (m === VALUE_LINE ? '\n' : '')).split('\n');
  let best: { pairs: LabeledPair[]; at: number; score: number } | null = null;
  let textLines = 0;
  let previous = '';
  for (let i = 0; i < lines.length && textLines < MAX_HEAD_LINES; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    textLines++;
    if (SIGNATURE_DELIMITER.test(line) || FOOTER_LINE.test(line)) break;
    const read = mayHoldContact(line) ? readLine(line, previous, dict, notCustomer) : null;
    // An alert opens with its values or a heading; text opening with a sentence or a greeting
    // is a personal email, and a line of values under it is its signature.
    if (!read && PROSE_LINE.test(line)) break;
    previous = line;
    // A letterhead's number above the alert's address and number: the line with more contacts wins.
    if (read && (!best || read.score > best.score)) best = { ...read, at: i };
  }
  if (best) {
    if (!best.pairs.some((p) => p.hit?.target === 'message')) {
      const message = messageBelow(lines, best.at + 1);
      if (message) best.pairs.push({ label: 'message', value: message, hit: hit('message') });
    }
    return best.pairs;
  }
  const line = subject.trim();
  return mayHoldContact(line) ? (readLine(line, '', dict, notCustomer)?.pairs ?? null) : null;
}

function mayHoldContact(line: string): boolean {
  return line.length <= MAX_LINE_CHARS && (line.includes('@') || /\d{3}/.test(line));
}

interface Segment {
  text: string;
  /** Where the value starts in the line: a message runs from there to the line's end. */
  at: number;
  kind: 'email' | 'phone' | 'labelled' | 'other';
  hit?: LabelHit;
  value: string;
}

/**
 * The typed values of one compact line: three or more values, a contact the business does not
 * own, and either two contacts or a name. `previous`: the line above, which may hold the name
 * ("New lead – Jane Doe" above "jane@… · 0770…").
 */
function readLine(
  line: string,
  previous: string,
  dict: LabelDictionary,
  notCustomer: NotCustomer,
): { pairs: LabeledPair[]; score: number } | null {
  const pairs: LabeledPair[] = [];
  const add = (label: string, value: string, h: LabelHit) => pairs.push({ label, value, hit: h });
  // A quoted message may hold separators of its own: it is taken out before the line is split.
  let rest = line;
  const quoted = QUOTED_SPAN.exec(line);
  if (quoted) {
    add('message', (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4]) as string, hit('message'));
    rest = `${line.slice(0, quoted.index)}${' '.repeat(quoted[0].length)}${line.slice(quoted.index + quoted[0].length)}`;
  }
  const segments = segmentsOf(rest, dict);
  if (segments.length + (quoted ? 1 : 0) < 3) return null;
  const isContact = (s: Segment) =>
    s.kind === 'email' || s.kind === 'phone' || (s.kind === 'labelled' && isContactHit(s.hit));
  const contacts = segments.filter(isContact);
  if (contacts.length === 0) return null;
  if (segments.some((s) => s.kind === 'email' && notCustomer.address(s.value))) return null;
  const firstContact = segments.findIndex(isContact);
  // The name: a labelled one, else the last name-like value before the first contact.
  let name: string | null = null;
  for (const s of segments.slice(0, firstContact)) {
    if (s.kind !== 'other') continue;
    name = nameIn(s.text) ?? name;
  }
  let messageAt = -1;
  segments.forEach((s, k) => {
    if (s.kind === 'email') add('email', s.value, hit('email'));
    else if (s.kind === 'phone') add('phone', s.value, hit('phone'));
    else if (s.kind === 'labelled' && s.hit) add(s.text, s.value, s.hit);
    else if (k > firstContact && messageAt < 0) {
      // A name written after the contacts ("jane@x · 0770… · Jane Doe"), else the message's start.
      if (!name && isBareName(s.text)) name = s.text;
      else messageAt = s.at;
    }
  });
  name ??= previous ? lastName(segmentsOf(previous, dict)) : null;
  const named = pairs.some((p) => isNameHit(p.hit));
  if (
    [name, ...pairs.filter((p) => isNameHit(p.hit)).map((p) => p.value)].some((n) => n && notCustomer.name(n))
  )
    return null;
  if (name && !named) add('name', name, hit('fullName'));
  // Alone, one number among words is a sentence ("Hi, call me on 0161…, thanks"), not an alert.
  if (contacts.length < 2 && !name && !named) return null;
  if (messageAt >= 0 && !pairs.some((p) => p.hit?.target === 'message')) {
    const message = rest.slice(messageAt).trim();
    if (message) add('message', message, hit('message'));
  }
  return { pairs, score: contacts.length * 2 + (name || named ? 1 : 0) };
}

/** The line split at its separators, each value typed. */
function segmentsOf(line: string, dict: LabelDictionary): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const m of `${line}\n`.matchAll(SEPARATOR_G)) {
    const end = m.index;
    for (const part of splitCommas(line.slice(from, end), from, dict)) {
      const text = part.text.trim();
      if (text) out.push(typed(text, part.at + part.text.indexOf(text), dict));
    }
    from = end + m[0].length;
  }
  return out;
}

/** "Juan Pérez, 612 345 678, juan@…": commas separate values only around two contacts; one is prose. */
function splitCommas(
  segment: string,
  at: number,
  dict: LabelDictionary,
): Array<{ text: string; at: number }> {
  if (!segment.includes(', ')) return [{ text: segment, at }];
  const parts: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const m of `${segment}, `.matchAll(/,\s+/g)) {
    parts.push({ text: segment.slice(from, m.index), at: at + from });
    from = m.index + m[0].length;
  }
  const contacts = parts.filter((p) => {
    const kind = typed(p.text.trim(), 0, dict);
    return (
      kind.kind === 'email' || kind.kind === 'phone' || (kind.kind === 'labelled' && isContactHit(kind.hit))
    );
  }).length;
  return contacts >= 2 ? parts : [{ text: segment, at }];
}

function typed(text: string, at: number, dict: LabelDictionary): Segment {
  const email = EMAIL.exec(text);
  if (email) return { text, at, kind: 'email', value: email[1] as string };
  if (isPhone(text)) return { text, at, kind: 'phone', value: text };
  const labelled = SHORT_LABEL.exec(text);
  if (labelled) {
    const h = dict.lookup(labelled[1] as string);
    const value = labelled[2] as string;
    if (h && fits(h, value)) return { text: labelled[1] as string, at, kind: 'labelled', hit: h, value };
  }
  return { text, at, kind: 'other', value: text };
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

/** The fewest digits a phone number (isPhone) has. */
export const MIN_PHONE_DIGITS = 7;

/**
 * A phone number: valid in one of the regions tried, or of a possible length with its country code
 * or trunk zero written (reserved ranges such as 07700 900xxx are not in the metadata's valid
 * ranges; normalise-phone.ts keeps those too, with a warning).
 */
export function isPhone(text: string): boolean {
  if (!PHONE_SHAPE.test(text) || DATE.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS || digits > 15) return false;
  const international = text.replace(/^00(?=[1-9])/, '+');
  if (international.startsWith('+')) return parsePhoneNumberFromString(international)?.isPossible() ?? false;
  return REGIONS.some((r) => {
    const p = parsePhoneNumberFromString(text, r);
    return !!p && (p.isValid() || (text.startsWith('0') && p.isPossible() && TRUNK_ZERO_REGIONS.has(r)));
  });
}
const DATE = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$/;
const TRUNK_ZERO_REGIONS: ReadonlySet<CountryCode> = new Set(['GB', 'DE', 'FR']);

/**
 * The personal name a heading value holds: what follows "from", "von", "de", ":", else its last
 * capitalised words ("[Lead 4411] Juan Pérez", "Neue Anfrage Max Müller"), longest first.
 */
function nameIn(text: string): string | null {
  const tail = NAME_AFTER.exec(text)?.[1]?.trim();
  if (tail && isPlausibleName(tail)) return tail;
  const words = text.split(/\s+/);
  for (let n = Math.min(MAX_NAME_WORDS, words.length); n >= 2; n--) {
    const candidate = words.slice(-n).join(' ');
    if (isBareName(candidate)) return candidate;
  }
  return null;
}
const MAX_NAME_WORDS = 4;

/** The name closing a heading line above the values ("New lead – Jane Doe"). */
function lastName(segments: readonly Segment[]): string | null {
  const last = segments[segments.length - 1];
  return last?.kind === 'other' ? nameIn(last.text) : null;
}

/**
 * A value that is a name with no word pointing at it: two or more capitalised words ("Max
 * Müller", "Juan de la Cruz"), not a short phrase ("Rückruf erbeten") or one heading word.
 */
function isBareName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    isPlausibleName(text) &&
    words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w)) &&
    /^\p{Lu}/u.test(text)
  );
}
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|y|zu|ter|ten)$/;

/**
 * Lines right under the compact line, up to a blank line or the footer: the customer's words. A
 * paragraph further down counts only when it is wholly quoted (an HTML alert's next <p>).
 */
function messageBelow(lines: readonly string[], from: number): string | null {
  let j = from;
  while (j < lines.length && !(lines[j] as string).trim()) j++;
  const out: string[] = [];
  for (; j < lines.length && out.length < MAX_MESSAGE_LINES; j++) {
    const line = (lines[j] as string).trim();
    if (!line || SIGNATURE_DELIMITER.test(line) || FOOTER_LINE.test(line)) break;
    out.push(line);
  }
  if (out.length === 0) return null;
  const text = out.join('\n');
  const quoted = QUOTED.exec(text)?.[1];
  return quoted ?? (j > from + out.length ? null : text);
}
