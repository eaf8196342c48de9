/**
 * Column rows: CRM and spreadsheet notifications that print a row of labels above a row of
 * values, the columns aligned with spaces
 *
 *   Lead name        Email                      Phone           Owner
 *   Gemma Castell    gemma.castell@example.com  07700 900733    Ryan Shaw
 *
 * Cells are runs of text separated by two or more spaces. Paired by position, and only when the
 * pairing checks out: the value row has as many cells as the label row, at least two labels are
 * ones the lexicon knows, and an address or a number is among the values. The first value row
 * is the lead. A value row directly above its label row is read the same way. A spreadsheet
 * pasted with its row numbers (and column letters) is read by column position instead, all its
 * rows, the new row being the last (see sheetRowsAt). (Rows separated by tabs are read by
 * read-fields.ts.)
 */
import type { LabelDictionary } from './labels.js';
import { isColumnLetterRow, isRowNumberColumn, sheetPairs } from './sheet-grid.js';

const MIN_COLUMNS = 2;
const MAX_COLUMNS = 12;
const MIN_KNOWN_LABELS = 2;
/** A label cell longer than this is text, not a column heading. */
const MAX_LABEL_CELL_CHARS = 32;
/** Blank lines allowed between the label row and the value row. */
const MAX_GAP_LINES = 1;
const CELL_GAP = /[ \t]{2,}|\t/;
const CONTACT_CELL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$|^\+?[\d ()./-]{7,24}$/i;
/** A row longer than this is prose, not column headings. */
const MAX_ROW_CHARS = 300;
/** Two runs of text with a gap of two or more spaces between them. */
const COLUMN_GAP = /\S(?:[ \t]{2,}|\t)\S/;

export interface ColumnRow {
  pairs: Array<[string, string]>;
  /** The line after the value row. */
  end: number;
}

function cellsOf(line: string): string[] {
  return line.trim().split(CELL_GAP);
}

/**
 * The label row at line `i` and the value row under it, paired; null when there is none. A
 * spreadsheet's column letters above the label row and its row numbers before both are the
 * grid's (sheet-grid.ts), not labels and values.
 */
export function columnRowAt(lines: readonly string[], i: number, dict: LabelDictionary): ColumnRow | null {
  // Column letters are cells too: a line without a gap between two runs of text is not split.
  const lettered =
    (lines[i] as string).length <= MAX_ROW_CHARS &&
    CELL_GAP.test(lines[i] as string) &&
    isColumnLetterRow(cellsOf(lines[i] as string));
  const at = lettered ? i + 1 : i;
  const line = lines[at] ?? '';
  // A label row has no colon ("Name:  Jane" is a field); most lines stop at these checks.
  if (line.length > MAX_ROW_CHARS || /[:：]/.test(line) || !COLUMN_GAP.test(line)) return null;
  const sheet = sheetRowsAt(lines, at, lettered ? cellsOf(lines[i] as string) : null);
  if (sheet) return sheet;
  let labels = cellsOf(line);
  let j = at + 1;
  for (let gap = 0; gap < MAX_GAP_LINES && j < lines.length && !(lines[j] as string).trim(); gap++) j++;
  const row = lines[j] ?? '';
  if (row.length > MAX_ROW_CHARS) return null;
  let values = cellsOf(row);
  if (isRowNumberColumn([labels[0] ?? '', values[0] ?? ''], lettered)) {
    labels = labels.slice(1);
    values = values.slice(1);
  }
  // A dashboard prints each value above its caption ("Grace Kim   grace@…" over "Name   Email"):
  // the same pairing read upwards, when the first row cannot be labels and the second can.
  const pairs =
    paired(labels, values, dict) ?? (lettered || j !== at + 1 ? null : paired(values, labels, dict));
  return pairs ? { pairs, end: j + 1 } : null;
}

/** Rows of a pasted sheet read at most: a notice shows the new row and a few above it. */
const MAX_SHEET_ROWS = 50;
/** A cell of an aligned row: runs of text parted by single spaces. */
const ALIGNED_CELL = /\S+(?: \S+)*/g;

interface PlacedCell {
  at: number;
  text: string;
}

/** The cells of an aligned row with where each starts. */
function placedCells(line: string): PlacedCell[] {
  return [...line.matchAll(ALIGNED_CELL)].map((m) => ({ at: m.index, text: m[0] }));
}

/**
 * A sheet pasted as aligned text: a header row opening with the sheet's row number 1 (under the
 * column letters, if any), then rows opening with theirs. Each cell belongs to the header column
 * it starts under (at or right of the column's start, left of the next one's), so a cell left
 * empty (a phone nobody gave) leaves its column empty instead of shifting the cells after it, and
 * a sheet has as many columns as it needs. The rows end at a blank line or one that opens with no
 * row number; sheet-grid.ts picks the lead's row.
 */
function sheetRowsAt(lines: readonly string[], at: number, letters: string[] | null): ColumnRow | null {
  const header = lines[at] as string;
  if (header.includes('\t') || !ROW_NUMBER_START.test(header)) return null;
  const columns = placedCells(header);
  let end = at + 1;
  while (end < lines.length && end <= at + MAX_SHEET_ROWS && ROW_NUMBER_START.test(lines[end] as string))
    end++;
  const rows = lines.slice(at + 1, end).map((l) => {
    const row = columns.map(() => '');
    for (const cell of placedCells(l)) {
      // The last column starting at or left of the cell; a right-aligned row number may start
      // left of the header's "1".
      let k = 0;
      while (k + 1 < columns.length && (columns[k + 1] as PlacedCell).at <= cell.at) k++;
      row[k] = row[k] ? `${row[k]} ${cell.text}` : cell.text;
    }
    return row;
  });
  const pairs = sheetPairs([...(letters ? [letters] : []), columns.map((c) => c.text), ...rows]);
  return pairs && pairs.length > 0 ? { pairs, end } : null;
}
/** A row of a sheet pasted as text: its row number, then a gap before the first cell. */
const ROW_NUMBER_START = /^\s*\d{1,7}[ ]{2,}\S/;

/** Labels and values paired by position, when the pairing checks out (see the file's comment). */
function paired(
  labels: readonly string[],
  values: readonly string[],
  dict: LabelDictionary,
): Array<[string, string]> | null {
  if (labels.length < MIN_COLUMNS || labels.length > MAX_COLUMNS) return null;
  if (labels.some((l) => l.length > MAX_LABEL_CELL_CHARS || /[\d@]/.test(l))) return null;
  if (labels.filter((l) => dict.lookup(l) !== null).length < MIN_KNOWN_LABELS) return null;
  if (values.length !== labels.length || !values.some((v) => CONTACT_CELL.test(v))) return null;
  return labels.map((l, k) => [l, values[k] as string]);
}
