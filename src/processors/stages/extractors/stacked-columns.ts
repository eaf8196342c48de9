/**
 * Stacked columns: CRM exports that print every label first and then every value in the same
 * order, as a label block above a value block in plain text
 *
 *   Full name
 *   Email
 *   Phone
 *
 *   Ann Lee
 *   ann@example.com
 *   07700 900123
 *
 * or as two table cells whose lines (`<br>`) correspond, which html.ts renders as the same two
 * blocks. Paired by position, and only when the pairing checks out: every email label meets an
 * address, every phone label a number, no address or number lands under another label (a block
 * shifted by an empty value is refused), and at least one contact value is present.
 */
import { VALUE_END } from './label-value.js';
import type { LabelDictionary } from './labels.js';

/** A label block longer than this is not a contact card. */
const MAX_STACKED_FIELDS = 20;
const MIN_STACKED_FIELDS = 2;
/** Blank lines allowed between the label block and the value block. */
const MAX_GAP_LINES = 2;
const EMAIL_VALUE = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE_VALUE = /^\+?[\d\s()./-]{6,24}$/;
/** A line longer than this is no label (a label, its colon and a required marker). */
const MAX_LINE_CHARS = 52;
/** A label the lexicon only guesses by keyword ("PLZ / Ort") is taken up to this length. */
const MAX_BARE_LABEL_CHARS = 32;
/** A label written alone on its line, with an optional colon or required marker. */
const LABEL_ONLY = /^([^:：]{1,48}?)\s*\*?\s*[:：]?\s*$/;

export interface StackedBlock {
  pairs: Array<[string, string]>;
  /** The line after the value block. */
  end: number;
}

/** The label block at line `i` and the value block under it, paired; null when there is none. */
export function stackedColumnsAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): StackedBlock | null {
  // Most lines start no block: the first two lines must be labels the lexicon knows exactly (or
  // written with a colon) before any keyword guess is made.
  const next = lines[i + 1];
  if (!next?.trim() || next.length > MAX_LINE_CHARS) return null;
  if (!labelOnly(lines[i] as string, dict, false) || !labelOnly(next, dict, false)) return null;
  const labels: string[] = [];
  let j = i;
  // A CRM's own field the lexicon does not know ("Provincia", "Lead-Status") is still one of the
  // block's labels when the block ends at a blank line: the value block is then found by position
  // and checked by type as always. Without that blank line the first value could pass for one.
  let firstUnknown = -1;
  while (j < lines.length && labels.length < MAX_STACKED_FIELDS) {
    const label = labelOnly(lines[j] as string, dict) ?? bareLabel(lines[j] as string);
    if (!label) break;
    if (firstUnknown < 0 && !labelOnly(lines[j] as string, dict)) firstUnknown = labels.length;
    labels.push(label);
    j++;
  }
  if (firstUnknown >= 0 && !isGap(lines[j] ?? '')) {
    labels.length = firstUnknown;
    j = i + firstUnknown;
  }
  if (labels.length < MIN_STACKED_FIELDS) return null;
  for (let gap = 0; gap < MAX_GAP_LINES && j < lines.length && isGap(lines[j] as string); gap++) j++;
  const values = lines.slice(j, j + labels.length).map((l) => l.trim());
  if (values.length < labels.length || values.some((v) => !v || labelOnly(v, dict) || LABEL_VALUE.test(v)))
    return null;
  const pairs = pairUp(labels, values, dict);
  return pairs ? { pairs, end: j + labels.length } : null;
}
/** A blank line, or the end of a rendered HTML block (two `<div>` columns side by side). */
const isGap = (line: string) => {
  const t = line.trim();
  return !t || t === VALUE_END;
};

/** A value line that is itself `Label: value` belongs to another structure. */
const LABEL_VALUE = /^[^\s:：][^:：]{0,47}[:：]\s*\S/;

/** A line that is only a label: one the lexicon knows, or any short label written with its colon. */
function labelOnly(line: string, dict: LabelDictionary, guess = true): string | null {
  const t = line.trim();
  const m = LABEL_ONLY.exec(t);
  const label = m?.[1]?.trim();
  // An address is a value, even one whose words guess a label ("ann.lee@mail.example": "mail").
  if (!label || EMAIL_VALUE.test(label)) return null;
  const known =
    dict.isKnownLabel(label) ||
    (/[:：]$/.test(t) && /^\p{L}/u.test(label)) ||
    (guess && label.length <= MAX_BARE_LABEL_CHARS && !/\d/.test(label) && dict.lookup(label) !== null);
  return known ? label : null;
}

/** A line that may be a label nobody listed: one to three words, no digit, address or sentence end. */
function bareLabel(line: string): string | null {
  const t = line.trim();
  return BARE_LABEL.test(t) ? t : null;
}
const BARE_LABEL = /^\p{L}[\p{L}\p{M}'’/-]*(?:[ \t][\p{L}\p{M}'’/-]+){0,2}$/u;

/** Pairs by position when the typed values agree with their labels (see the module comment). */
function pairUp(
  labels: readonly string[],
  values: readonly string[],
  dict: LabelDictionary,
): Array<[string, string]> | null {
  let contact = false;
  for (let k = 0; k < labels.length; k++) {
    const target = dict.lookup(labels[k] as string)?.target;
    const value = values[k] as string;
    const isEmail = EMAIL_VALUE.test(value);
    const isPhone = PHONE_VALUE.test(value) && value.replace(/\D/g, '').length >= 6;
    if ((target === 'email') !== isEmail) return null;
    if (target === 'phone' && !isPhone) return null;
    if (
      isPhone &&
      target !== 'phone' &&
      (target === 'name' || target === 'fullName' || target === 'firstName' || target === 'lastName')
    )
      return null;
    if (target === 'email' || target === 'phone') contact = true;
  }
  return contact ? labels.map((l, k) => [l, values[k] as string]) : null;
}
