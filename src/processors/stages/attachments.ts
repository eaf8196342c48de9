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
  let rows: string[][];
  try {
    rows = parseCsv(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: MAX_CSV_ROWS + 1,
    }) as string[][];
  } catch {
    return [];
  }
  const [header, row] = rows;
  if (!header || !row) return [];
  const out: LabeledPair[] = [];
  header.forEach((label, i) => {
    const value = (row[i] ?? '').trim();
    if (label.trim() && value) out.push({ label: label.trim(), value, hit: dict.lookup(label.trim()) });
  });
  return out;
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
