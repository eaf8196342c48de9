/**
 * Attachments stage: leads sent as files rather than in the body. Each text attachment becomes
 * (label, value) pairs for the same typing as body fields:
 *  - CSV (csv-parse): the header row labels the first data row; `,`, `;` and tab delimiters;
 *  - vCard (ical.js, RFC 6350 and 2426): FN, N, EMAIL, TEL, ORG, TITLE, NOTE, ADR country;
 *  - plain text: read like a body (read-fields.ts).
 * ADF attachments are XML and handled by extractors/adf.ts.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { LabeledPair } from './extractors/label-value.js';
import type { LabelDictionary } from './extractors/labels.js';
import type { TextAttachment } from './parse.js';
import { readFields } from './read-fields.js';

/** A CSV export of one lead has a header row and a few data rows; more is not read. */
const MAX_CSV_ROWS = 3;

export function attachmentPairs(
  attachments: readonly TextAttachment[],
  dict: LabelDictionary,
): LabeledPair[] {
  const out: LabeledPair[] = [];
  for (const a of attachments) {
    const pairs =
      a.kind === 'csv'
        ? csvPairs(a.text, dict)
        : a.kind === 'vcard'
          ? vcardPairs(a.text, dict)
          : readFields(a.text, dict).pairs;
    out.push(...pairs);
  }
  return out;
}

function csvPairs(text: string, dict: LabelDictionary): LabeledPair[] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  const rows = parseRows(text, delimiter, MAX_CSV_ROWS + 1);
  const [header, row] = rows;
  if (!header || !row) return [];
  const pair = (label: string, value: string): LabeledPair[] =>
    label.trim() && value.trim()
      ? [{ label: label.trim(), value: value.trim(), hit: dict.lookup(label.trim()) }]
      : [];
  // An export of one lead written down the page ("Field;Value" / "Email;jane@…"): a label per row.
  if (header.length === 2 && isVerticalHeader(header, dict)) {
    const vertical = parseRows(text, delimiter, MAX_VERTICAL_ROWS);
    const body = isKvHeader(header) ? vertical.slice(1) : vertical;
    return body.flatMap(([label = '', value = '']) => pair(label, value));
  }
  return header.flatMap((label, i) => pair(label, row[i] ?? ''));
}

/** A vertical export has at most one row per field of a form. */
const MAX_VERTICAL_ROWS = 60;
/** "Field;Value", "Feld,Wert", "Champ;Valeur", "Campo;Valor" as the header of a vertical export. */
const KV_HEADER_CELL = /^(?:field|feld|champ|campo|question|frage|pregunta|label|key|attribute)s?$/i;
const KV_VALUE_CELL = /^(?:values?|wert|werte|valeur|valor|answer|antwort|réponse|respuesta)$/i;

function isKvHeader(header: readonly string[]): boolean {
  return KV_HEADER_CELL.test((header[0] ?? '').trim()) && KV_VALUE_CELL.test((header[1] ?? '').trim());
}

/** Two columns whose header is "Field;Value", or whose first row is itself a label and its value. */
function isVerticalHeader(header: readonly string[], dict: LabelDictionary): boolean {
  const [first = '', second = ''] = header.map((c) => c.trim());
  if (
    KV_HEADER_CELL.test(first) &&
    /^(?:values?|wert|werte|valeur|valor|answer|antwort|réponse|respuesta)$/i.test(second)
  )
    return true;
  return dict.lookup(first) !== null && dict.lookup(second) === null;
}

function parseRows(text: string, delimiter: string, rows: number): string[][] {
  try {
    return parseCsv(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: rows,
    }) as string[][];
  } catch {
    return [];
  }
}

/** vCard property → the label it is typed under. */
const VCARD_LABELS: Record<string, string> = {
  fn: 'full name',
  email: 'email',
  tel: 'phone',
  org: 'company',
  title: 'job title',
  note: 'message',
};

function vcardPairs(text: string, dict: LabelDictionary): LabeledPair[] {
  let card: ICAL.Component;
  try {
    card = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch {
    return [];
  }
  const out: LabeledPair[] = [];
  const push = (label: string, value: unknown) => {
    const v = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value ?? '');
    if (v.trim()) out.push({ label, value: v.trim(), hit: dict.lookup(label) });
  };
  for (const prop of card.getAllProperties()) {
    const name = prop.name;
    const value = prop.getFirstValue();
    if (name === 'n' && Array.isArray(value)) {
      push('last name', value[0]);
      push('first name', value[1]);
    } else if (name === 'adr' && Array.isArray(value)) push('country', value[6]);
    else if (name in VCARD_LABELS)
      push(VCARD_LABELS[name] as string, typeof value === 'string' ? value.replace(/^tel:/i, '') : value);
  }
  return out;
}
