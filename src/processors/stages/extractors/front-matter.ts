/**
 * YAML front matter: a Markdown document opening with `---`, `key: value` lines and a closing
 * `---` (Jekyll's and Hugo's convention, which form services and automation tools reuse to deliver
 * a submission as a `.md` file or body). The front matter holds the fields; the document after it
 * is the customer's message when no field holds one, up to the footer the tool prints under it.
 */
import { FOOTER_LINE, SEPARATOR_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { extractYaml } from './json.js';
import { type LabeledPair, MAX_SCAN_CHARS, VALUE_END } from './label-value.js';
import type { LabelDictionary } from './labels.js';

/** Front matter longer than this is not a form's few fields; the closing `---` is looked for only here. */
const MAX_FRONT_MATTER_CHARS = 16 * 1024;
/**
 * The opening `---`, at the top or under a short lead-in the delivering tool wrote above the file it
 * pasted ("A new submission arrived:", "# New lead"): at most three lines, and then the front matter
 * must name two known fields, so that a rule under an ordinary paragraph opens nothing.
 */
const OPENING = /^\ufeff?((?:[^\n]{0,120}\n){0,3}?)[ \t]*---[ \t]*\n/;
const LEAD_IN_MIN_KNOWN_FIELDS = 2;
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export interface FrontMatter {
  /** The front matter's fields. */
  pairs: LabeledPair[];
  /** The Markdown document after the front matter. */
  document: string;
  /** The document's text above the tool's footer (null when there is none). */
  prose: string | null;
}

/** The front matter at the top of `text` read as fields; null when there is none or it is not YAML. */
export function readFrontMatter(text: string, dict: LabelDictionary): FrontMatter | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER_CHARS);
  const close = CLOSING.exec(rest);
  if (!close) return null;
  const document = text.slice(open[0].length + close.index + close[0].length);
  // Nothing after the closing marker: the whole body is a YAML document (a site's dump of the
  // submission), which the line reader reads as it always has, nested maps and block scalars too.
  if (!document.trim()) return null;
  const pairs = extractYaml(rest.slice(0, close.index), dict);
  if (!pairs) return null;
  if (open[1]?.trim() && pairs.filter((p) => p.hit).length < LEAD_IN_MIN_KNOWN_FIELDS) return null;
  return { pairs, document, prose: documentProse(document) };
}

/** The document's text above the tool's footer (a rule, a signature delimiter, "Sent via …"). */
function documentProse(document: string): string | null {
  const kept: string[] = [];
  for (const rendered of document.slice(0, MAX_SCAN_CHARS).split('\n')) {
    // An HTML body's rendering marks where its blocks end: not text.
    const line = rendered.replaceAll(VALUE_END, '');
    if (SEPARATOR_LINE.test(line) || SIGNATURE_DELIMITER.test(line) || FOOTER_LINE.test(plain(line))) break;
    kept.push(line);
  }
  return kept.join('\n').trim() || null;
}

/** A line without Markdown emphasis markers, as the footer rules read it ("_Sent via Formbridge._"). */
function plain(line: string): string {
  return line.replace(/[*_]+/g, '').trim();
}
