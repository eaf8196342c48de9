/**
 * CSV (csv-parse), whether sent as a file or pasted into a body under a tool's intro line ("Export:",
 * "Neue Leads:") and above its footer. The header row labels the lead's row; a two-column export
 * lists one lead downwards (label | value). Delimiters `,`, `;`, tab and `|`, Excel's `sep=` line, a
 * BOM, and quoted fields holding the delimiter or line breaks (a message of several lines).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { type LabeledPair, VALUE_LINE } from './label-value.js';
import type { LabelDictionary } from './labels.js';
import { isContactCell } from './sheet-grid.js';

/**
 * Lines read from a CSV: a header row and the lead's row, or one lead written downwards (one field
 * per row; forms have fewer fields than this). A multi-line quoted value counts its lines.
 */
const MAX_CSV_LINES = 60;
/** Excel's "sep=;" first line: names the delimiter, is not the header. */
const EXCEL_SEPARATOR_LINE = /^\ufeff?sep=(.)\r?\n/i;
const DELIMITERS = [';', '\t', ',', '|'] as const;

/** The delimiter that splits the header line into the most cells. */
function delimiterOf(header: string): string {
  return DELIMITERS.reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best));
}

/** Rows of a bounded CSV text, each with the 1-based line its record ends on; null when unparseable. */
function csvRecords(text: string, delimiter: string): Array<{ record: string[]; line: number }> | null {
  try {
    const rows = parseCsv(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: MAX_CSV_LINES,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return rows.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch {
    return null;
  }
}

const pair = (dict: LabelDictionary, label: string, value: string): LabeledPair[] =>
  label.trim() && value.trim()
    ? [{ label: label.trim(), value: value.trim(), hit: dict.lookup(label.trim()) }]
    : [];

/** A CSV file's lead as pairs: its first data row under the header, or its label | value rows. */
export function csvFilePairs(input: string, dict: LabelDictionary): LabeledPair[] {
  const sep = EXCEL_SEPARATOR_LINE.exec(input);
  const text = sep ? input.slice(sep[0].length) : input;
  const delimiter = sep?.[1] ?? delimiterOf(text.slice(0, text.indexOf('\n') >>> 0));
  const rows = (csvRecords(text, delimiter) ?? []).map((r) => r.record);
  const [header, row] = rows;
  if (!header || !row) return [];
  // One lead written downwards: label | value rows.
  if (isLabelColumn(header, rows, dict))
    return rows.flatMap(([label = '', value = '']) =>
      KEY_VALUE_HEADER.test(label.trim()) ? [] : pair(dict, label, value),
    );
  // A header row above data rows: the first data row is the lead.
  return header.flatMap((label, i) => pair(dict, label, row[i] ?? ''));
}

/** Lines looked at to tell a delimited text file from prose. */
const MAX_SNIFF_LINES = 5;

/**
 * Whether a text file saved without a CSV name or type (`export.txt`, `lead.dat`) is delimited: its
 * first lines split into the same number of cells, two or more, by a semicolon, a tab or a pipe.
 * Commas alone do not make one: prose has them on every line.
 */
export function looksDelimited(text: string): boolean {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/, MAX_SNIFF_LINES * 4)
    .filter((l) => l.trim())
    .slice(0, MAX_SNIFF_LINES);
  const [first] = lines;
  if (!first || lines.length < 2) return false;
  const delimiter = delimiterOf(first);
  const cells = first.split(delimiter).length;
  return delimiter !== ',' && cells >= 2 && lines.every((l) => l.split(delimiter).length === cells);
}

/** "Field,Value" headers in the four languages. */
const KEY_VALUE_HEADER = /^(?:field|feld|champ|campo|label|key|attribute|question|frage|pregunta)s?$/i;

/**
 * A two-column export of one lead written downwards ("Field,Value" / "Email,ann@…"): a header of
 * that name, or a first column of labels the dictionary knows (the first few rows are enough).
 */
function isLabelColumn(header: readonly string[], rows: readonly string[][], dict: LabelDictionary): boolean {
  if (header.length !== 2) return false;
  if (KEY_VALUE_HEADER.test((header[0] ?? '').trim())) return true;
  return rows.slice(0, 4).every((r) => dict.lookup((r[0] ?? '').trim()) !== null);
}

/** A header cell longer than this is text, not a column name. */
const MAX_HEADER_CELL_CHARS = 40;
const MIN_COLUMNS = 3;
/** Widest a pasted header may be. */
const MAX_COLUMNS = 30;
/** Prose may hold commas: a header names at least this many columns the lexicon knows. */
const MIN_KNOWN_COLUMNS = 2;

/** A line without `d` is scanned once, not twice as by comparing indexOf with lastIndexOf. */
function occursTwice(line: string, d: string): boolean {
  const at = line.indexOf(d);
  return at >= 0 && line.indexOf(d, at + 1) >= 0;
}

/**
 * CSV pasted into a body at line `i`: a header line of three or more column names (two of them
 * known labels), the delimiter being the one that splits it most, above one or more records as
 * wide. The first record holding an address or a number is the lead (a tool's export may list a
 * test entry without one first; with none, the lines were prose); the records end at the first
 * line of another width (a footer).
 */
export function pastedCsvAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { pairs: Array<[string, string]>; end: number } | null {
  const first = (lines[i] as string).replace(/^\ufeff/, '');
  if (first.length > MAX_COLUMNS * MAX_HEADER_CELL_CHARS || first.includes('@')) return null;
  // A header of three columns holds one delimiter twice; most lines hold none twice, and this is
  // asked of every line, so nothing is split before it.
  if (!DELIMITERS.some((d) => occursTwice(first, d))) return null;
  const delimiter = delimiterOf(first);
  const names = first.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (names.length < MIN_COLUMNS || names.length > MAX_COLUMNS) return null;
  if (names.some((c) => c.length > MAX_HEADER_CELL_CHARS || /^\d+$/.test(c))) return null;
  if (names.filter((c) => dict.lookup(c) !== null).length < MIN_KNOWN_COLUMNS) return null;
  if (!(lines[i + 1] ?? '').includes(delimiter)) return null;
  const records = csvRecords(lines.slice(i, i + MAX_CSV_LINES).join('\n'), delimiter);
  if (!records) return null;
  const [header, ...rest] = records;
  const rows = takeWhile(rest, (r) => r.record.length === names.length);
  // Without an address or a number in any record, commas in prose only looked like a header.
  const lead = rows.find((r) => r.record.some(isContactCell));
  if (!header || !lead) return null;
  const pairs: Array<[string, string]> = [];
  header.record.forEach((label, k) => {
    const value = (lead.record[k] ?? '').trim();
    if (label.trim() && value) pairs.push([label.trim(), value.replace(/\r?\n/g, VALUE_LINE)]);
  });
  return { pairs, end: i + (rows[rows.length - 1] as { line: number }).line };
}

function takeWhile<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const stop = items.findIndex((x) => !keep(x));
  return stop < 0 ? [...items] : items.slice(0, stop);
}
