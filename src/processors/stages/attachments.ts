/**
 * Attachments stage: leads sent as files rather than in the body. Each text attachment becomes
 * (label, value) pairs for the same typing as body fields:
 *  - CSV (extractors/csv.ts): the header row labels the first data row, or a two-column export
 *    lists one lead downwards (label | value);
 *  - vCard (extractors/vcard.ts): the customer's card, never the business's own deal owner's;
 *  - plain text: read like a body (read-fields.ts), except chat exports (extractors/conversation.ts),
 *    key–value files (INI, `.properties`, TOML, `.env`: extractors/key-value-file.ts) and delimited
 *    exports saved under another name or type (`lead.dat`, `export.txt`: extractors/csv.ts);
 *  - JSON (a webhook payload saved as a file): read like a JSON body (extractors/json.ts), and so is
 *    XML saved under a name that does not say so (extractors/json.ts);
 *  - YAML (a form service's `.yaml` export): a mapping read like JSON (extractors/json.ts), else
 *    read like a body; Markdown files are plain text to the body's reader, front matter included;
 *  - HTML (a form tool's entry as `submission.html`): rendered by the body's HTML reader
 *    (extractors/html.ts), then read like a body. Whether it is a lead at all is triage's call, as
 *    for a body: a newsletter or an invoice sent as a file has no customer's form fields.
 * ADF attachments are XML and handled by extractors/adf.ts.
 */
import { isChatExport } from './extractors/conversation.js';
import { csvFilePairs, looksDelimited } from './extractors/csv.js';
import { renderHtml } from './extractors/html.js';
import { extractJson, extractXml, extractYaml, looksLikeJson } from './extractors/json.js';
import { keyValueFilePairs } from './extractors/key-value-file.js';
import type { LabeledPair } from './extractors/label-value.js';
import type { LabelDictionary } from './extractors/labels.js';
import { vcardPairs } from './extractors/vcard.js';
import type { TextAttachment } from './parse.js';
import { readFields } from './read-fields.js';

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
        ? csvFilePairs(a.text, dict)
        : a.kind === 'vcard'
          ? vcardPairs(a.text, dict, isBusiness)
          : a.kind === 'html'
            ? readFields(htmlAttachmentText(a.text, dict), dict).pairs
            : a.kind === 'yaml'
              ? (extractYaml(a.text, dict) ?? readFields(a.text, dict).pairs)
              : textFilePairs(a.text, dict);
    out.push(...pairs);
  }
  return out;
}

/**
 * A text file's pairs, by its shape whatever its name or type said: a JSON or XML document (an
 * export saved as `lead.dat`), a key–value file, a delimited export whose cells the lexicon knows,
 * else text read like a body.
 */
function textFilePairs(text: string, dict: LabelDictionary): LabeledPair[] {
  const document = looksLikeJson(text) ? extractJson(text, dict) : extractXml(text.trim(), dict);
  if (document) return document;
  const keyValues = keyValueFilePairs(text, dict);
  if (keyValues) return keyValues;
  const cells = looksDelimited(text) ? csvFilePairs(text, dict) : [];
  return cells.some((p) => p.hit) ? cells : readFields(text, dict).pairs;
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
