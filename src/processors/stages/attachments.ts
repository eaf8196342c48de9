/**
 * Attachments stage: leads sent as files rather than in the body. Each text attachment becomes
 * (label, value) pairs for the same typing as body fields:
 *  - CSV (csv-parse): the header row labels the first data row, or a two-column export lists one
 *    lead downwards (label | value); `,`, `;` and tab delimiters, Excel's `sep=` line;
 *  - vCard (extractors/vcard.ts): the customer's card, never the business's own deal owner's;
 *  - plain text: read like a body (read-fields.ts), except chat exports (extractors/conversation.ts);
 *  - JSON (a webhook payload saved as a file): read like a JSON body (extractors/json.ts);
 *  - YAML (a form service's `.yaml` export): a mapping read like JSON (extractors/json.ts), else
 *    read like a body; Markdown files are plain text to the body's reader, front matter included;
 *  - HTML (a form tool's entry as `submission.html`): rendered by the body's HTML reader
 *    (extractors/html.ts), then read like a body. Whether it is a lead at all is triage's call, as
 *    for a body: a newsletter or an invoice sent as a file has no customer's form fields.
 * ADF attachments are XML and handled by extractors/adf.ts.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isChatExport } from './extractors/conversation.js';
import { renderHtml } from './extractors/html.js';
import { extractJson, extractYaml, looksLikeJson } from './extractors/json.js';
import type { LabeledPair } from './extractors/label-value.js';
import type { LabelDictionary } from './extractors/labels.js';
import { vcardPairs } from './extractors/vcard.js';
import type { TextAttachment } from './parse.js';
import { readFields } from './read-fields.js';

/**
 * Lines read from a CSV: a header row and the lead's row, or one lead written downwards (one field
 * per row; forms have fewer fields than this).
 */
const MAX_CSV_LINES = 60;

/** `isBusiness`: whether an address is the business's own (a staff member's card in a CRM export). */
export function attachmentPairs(
  attachments: readonly TextAttachment[],
  dict: LabelDictionary,
  isBusiness: (address: string) => boolean,
): LabeledPair[] {
  const out: LabeledPair[] = [];
  for (const a of attachments) {
    // A chat export's lines are turns ("[05/12/2026, 10:14] Anna: …"), not fields: read by
    // extractors/conversation.ts, never as "label: value".
    if (a.kind === 'text' && isChatExport(a.text)) continue;
    const pairs =
      a.kind === 'csv'
        ? csvPairs(a.text, dict)
        : a.kind === 'vcard'
          ? vcardPairs(a.text, dict, isBusiness)
          : a.kind === 'html'
            ? readFields(htmlAttachmentText(a.text, dict), dict).pairs
            : a.kind === 'yaml'
              ? (extractYaml(a.text, dict) ?? readFields(a.text, dict).pairs)
              : ((looksLikeJson(a.text) ? extractJson(a.text, dict) : null) ??
                readFields(a.text, dict).pairs);
    out.push(...pairs);
  }
  return out;
}

/** An HTML file's text as the body's reader renders it (tables and label/value grids as lines). */
function htmlAttachmentText(html: string, dict: LabelDictionary): string {
  const label = (t: string) => t.replace(/[:：*]\s*$/, '').trim();
  const at = html.search(/<body[\s>]/i);
  return renderHtml(
    at > 0 ? html.slice(at) : html,
    (t) => dict.isKnownLabel(label(t)),
    (t) => dict.lookup(label(t)) !== null,
    (t) => dict.lookup(label(t))?.target ?? null,
  )
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** Excel's "sep=;" first line: names the delimiter, is not the header. */
const EXCEL_SEPARATOR_LINE = /^\ufeff?sep=(.)\r?\n/i;

function csvPairs(input: string, dict: LabelDictionary): LabeledPair[] {
  const sep = EXCEL_SEPARATOR_LINE.exec(input);
  const text = sep ? input.slice(sep[0].length) : input;
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter =
    sep?.[1] ??
    [';', '\t', ','].reduce((best, d) =>
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
      to_line: MAX_CSV_LINES,
    }) as string[][];
  } catch {
    return [];
  }
  const [header, row] = rows;
  if (!header || !row) return [];
  const pair = (label: string, value: string): LabeledPair[] =>
    label.trim() && value.trim()
      ? [{ label: label.trim(), value: value.trim(), hit: dict.lookup(label.trim()) }]
      : [];
  // One lead written downwards: label | value rows.
  if (isLabelColumn(header, rows, dict))
    return rows.flatMap(([label = '', value = '']) =>
      KEY_VALUE_HEADER.test(label.trim()) ? [] : pair(label, value),
    );
  // A header row above data rows: the first data row is the lead.
  return header.flatMap((label, i) => pair(label, row[i] ?? ''));
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
