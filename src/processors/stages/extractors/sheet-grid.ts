/**
 * A spreadsheet's frame around its cells, as automation tools render "a new row was added to your
 * sheet" (in an HTML table, or as text in pipes or aligned columns):
 *
 *        A            B                C
 *   1    Timestamp    Name             Email
 *   57   06/12 08:14  Jane Doe         jane@…
 *
 * The column letters and the row numbers are the grid's, not the lead's: the header row under the
 * letters labels the lead's row by column. The readers of tables (html.ts, read-fields.ts,
 * column-rows.ts) ask here whether a table is such a sheet.
 */

/** A spreadsheet's column names: A … Z, then AA …; a notification shows a few dozen columns at most. */
const COLUMN_LETTERS = /^[A-Z]{1,2}$/;
const ROW_NUMBER = /^\d{1,7}$/;
const PHONE_SHAPED = /^\+?[\d ()./-]{7,24}$/;
/** "06.12.2026", "2026-12-06": a date column's cells are shaped like a number too. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** A cell holding an address or a phone number: a record's mark of being someone's contact. */
export function isContactCell(cell: string): boolean {
  const c = cell.trim();
  return c.includes('@') || (PHONE_SHAPED.test(c) && !DATE.test(c));
}

/** A column's position: A is 1, Z 26, AA 27. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Cells that are consecutive column letters (A B C …), after an empty corner cell or two. */
export function isColumnLetterRow(cells: readonly string[]): boolean {
  const letters = cells.slice(cells.findIndex((c) => c.trim() !== '')).map((c) => c.trim());
  if (letters.length < 2 || !letters.every((c) => COLUMN_LETTERS.test(c))) return false;
  return letters.every((c, k) => k === 0 || columnIndex(c) === columnIndex(letters[k - 1] as string) + 1);
}

/**
 * First cells that are a sheet's row numbers, rising (the header's row, then the new rows'). Under
 * column letters any rising numbers; without them only numbers from the sheet's first row (its
 * header): a table of years or quantities down its first column is no sheet.
 */
export function isRowNumberColumn(firstCells: readonly string[], lettered: boolean): boolean {
  const numbers = firstCells.map((c) => c.trim());
  return (
    numbers.length >= 2 &&
    (lettered || numbers[0] === '1') &&
    numbers.every((c) => ROW_NUMBER.test(c)) &&
    numbers.every((c, k) => k === 0 || Number(c) > Number(numbers[k - 1]))
  );
}

/**
 * The lead of a sheet's rows (cells as rendered) as (header, value) pairs by column, without the
 * column letters and the row numbers; null when the rows have neither, so they are no sheet. A
 * sheet grows at the bottom, and a notice that shows rows above the new one shows them as context:
 * the lead's row is the last holding an address or a number, else the last under the header.
 */
export function sheetPairs(rows: readonly (readonly string[])[]): Array<[string, string]> | null {
  const lettered = rows.length > 0 && isColumnLetterRow(rows[0] as string[]);
  const body = lettered ? rows.slice(1) : rows;
  const numbered = isRowNumberColumn(
    body.map((r) => r[0] ?? ''),
    lettered,
  );
  if ((!lettered && !numbered) || body.length < 2) return null;
  const cells = body.map((r) => (numbered ? r.slice(1) : [...r]));
  const [labels, ...records] = cells as [string[], ...string[][]];
  const withContact = records.filter((r) => r.some(isContactCell));
  const values = (withContact.at(-1) ?? records.at(-1)) as string[];
  return labels.flatMap((label, k) => {
    const value = values[k]?.trim();
    return label.trim() && value ? [[label.trim(), value] as [string, string]] : [];
  });
}
