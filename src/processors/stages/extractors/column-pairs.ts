import { EMPTY_VALUE } from './empty-answer.js';
import type { LabelDictionary } from './labels.js';

/**
 * Two or more label/value pairs side by side on one line, in padded columns, as notifications lay
 * out a compact form ("First name: Anna        Last name: Weber", "Ad ID: 123    Form ID: 456",
 * "Vorname\tLena\tNachname\tSchäfer"). The line reader takes everything after the first label as
 * its value, so the second field is lost inside the first. Each pair is put on its own line.
 */

/** Longer lines are prose or a wrapped paragraph, not a row of fields. */
const MAX_ROW_CHARS = 300;
/** Fields on one row: a layout shows two, rarely three or four. */
const MAX_ROW_PAIRS = 4;
/** The gap between two columns: a tab or two or more spaces. */
const COLUMN_GAP = /\t+[ \t]*| {2,}\t*/g;
/** Labels padded to their separator ("Name      : Anna"): the padding before the colon. */
const SEPARATOR_PADDING = /(\S)[ \t]{2,}(?=[:：](?:[ \t]|$))/g;
/** A label's separator and the padding after it, up to its value. */
const LABEL_PADDING = /((?:^|[ \t])[\p{L}][^:：\t]{0,40}?[:：])[ \t]{2,}(?=\S)/gu;
/**
 * A cell that opens with its label and separator ("Last name: Weber", "Courriel : …", a form's
 * question "¿Algo más?: …").
 */
const LABELLED_CELL = /^([¿\p{L}][\p{L}\p{M}\p{N} .'’()/#?-]{0,40}?)[ \t]?[:：][ \t]*(\S.*)?$/u;
/** A short label of words only ("Submitted at", "Eingang"): a column the lexicon need not know. */
const WORDS_LABEL = /^[\p{L}][\p{L}\p{M}' .-]{0,30}$/u;
/** A cell that is a value for the reader's other rules, never a label (an address, a number). */
const CONTACT_CELL = /@|^\+?[\d ()./-]{6,}$/;

export function splitColumnPairs(text: string, dict: LabelDictionary): string {
  if (!/\S(?:\t| {2})/.test(text)) return text;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    const pairs = line.length <= MAX_ROW_CHARS ? columnPairs(line.trim(), dict) : null;
    if (!pairs) return line;
    changed = true;
    return pairs.map(([label, value]) => `${label}: ${value}`).join('\n');
  });
  return changed ? lines.join('\n') : text;
}

/** The row's pairs, or null when the line is not two or more fields side by side. */
function columnPairs(line: string, dict: LabelDictionary): Array<[string, string]> | null {
  // "E-mail:   anna@…": a label's own separator may be padded too; it is not a column gap.
  const row = line.replace(SEPARATOR_PADDING, '$1').replace(LABEL_PADDING, '$1 ');
  const cells = row.split(COLUMN_GAP);
  if (cells.length < 2 || cells.length > MAX_ROW_PAIRS * 2) return null;
  return labelledCells(row, cells, dict) ?? alternatingCells(cells, dict);
}

/**
 * "Label: value   Label: value": the row's first cell is a known label with its value; a later
 * cell starts a field when it opens with a known label, or with a short label of words whose value
 * follows a space ("Submitted at: 10:30"). Any other cell belongs to the value before it, so a value
 * holding a colon ("10:30", "https://…") or wide spaces is never cut.
 */
function labelledCells(
  line: string,
  cells: readonly string[],
  dict: LabelDictionary,
): Array<[string, string]> | null {
  const first = LABELLED_CELL.exec(cells[0] as string);
  const hit = first?.[2] ? dict.lookup((first[1] as string).trim()) : null;
  // A message is the customer's own text, where wide spaces and "Note: …" are theirs.
  if (!first || !hit || hit.target === 'message') return null;
  const pairs: Array<[string, string]> = [[(first[1] as string).trim(), first[2] as string]];
  // The gaps between cells, in order, so a cell joined back to its value keeps its spacing.
  const gaps = line.match(COLUMN_GAP) ?? [];
  for (let k = 1; k < cells.length; k++) {
    const cell = cells[k] as string;
    const m = LABELLED_CELL.exec(cell);
    const label = m ? (m[1] as string).trim() : '';
    const opensField =
      m?.[2] !== undefined &&
      (dict.lookup(label) !== null || (WORDS_LABEL.test(label) && /[:：][ \t]/.test(cell)));
    if (opensField && pairs.length < MAX_ROW_PAIRS) pairs.push([label, m[2] as string]);
    else if (m && m[2] === undefined && k === cells.length - 1 && dict.lookup(label) !== null)
      // The row's last field printed with nothing after its label ("Course: Beginners  Anything
      // else?: "): the customer left it empty, so the line under the row is not its value.
      pairs.push([label, EMPTY_VALUE]);
    else {
      const last = pairs[pairs.length - 1] as [string, string];
      last[1] += `${gaps[k - 1] ?? ' '}${cell}`;
    }
  }
  return pairs.length >= 2 ? pairs : null;
}

/**
 * "Label   value   Label   value" without separators: an even number of cells, every other one
 * a known label and the cells between them values (no label, so a spreadsheet's header row stays
 * one).
 */
function alternatingCells(cells: readonly string[], dict: LabelDictionary): Array<[string, string]> | null {
  if (cells.length < 4 || cells.length % 2 !== 0) return null;
  const pairs: Array<[string, string]> = [];
  for (let k = 0; k < cells.length; k += 2) {
    const label = cells[k] as string;
    const value = cells[k + 1] as string;
    if (/[:：]/.test(label) || /^[:：]/.test(value) || !dict.lookup(label)) return null;
    if (!CONTACT_CELL.test(value) && dict.isKnownLabel(value)) return null;
    pairs.push([label, value]);
  }
  return pairs;
}
