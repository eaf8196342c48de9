/**
 * Rows whose first cell names whose field the row holds, as marketplaces and booking tools print a
 * request ("Client | email | jane@…", "Client | note | …", "Event | date | 20 March", "Kunde |
 * Telefon | …"): read as two columns, the party would be the label and the field's name part of the
 * value ("Kunde: Name Lena Keller"). Each row is the field named with its party ("Client note",
 * "Event date"), so the lexicon types it as a written label, and the party's word (client, event,
 * provider) says whose it is.
 */

/** Fewer rows are a table with a label column, not a request's parties. */
const MIN_PARTY_ROWS = 3;
/** A party cell is a short word or two ("Client", "Veranstaltung", "Pro"), no value. */
const PARTY_CELL = /^[\p{L}][\p{L}' -]{0,29}$/u;

/** The rows' pairs when every row is party | field | value and the parties repeat, else null. */
export function partyRowPairs(rows: ReadonlyArray<readonly string[]>): Array<[string, string]> | null {
  const filled = rows.filter((r) => r.some(Boolean));
  if (filled.length < MIN_PARTY_ROWS || filled.some((r) => r.length !== 3)) return null;
  // "Party | Field | Value": a header names its columns once, above the rows.
  const count = (party: string) => filled.filter((r) => r[0] === party).length;
  const body = count(filled[0]?.[0] ?? '') === 1 ? filled.slice(1) : filled;
  const parties = new Set(body.map((r) => r[0] ?? ''));
  // Each party holds two fields or more on average: a column that repeats, not a label column.
  if (body.length < MIN_PARTY_ROWS || parties.size * 2 > body.length) return null;
  if (![...parties].every((p) => PARTY_CELL.test(p))) return null;
  return body.flatMap(([party, field, value]) =>
    field && value ? [[`${party} ${field}`, value] as [string, string]] : [],
  );
}
