/**
 * Rows of machine ids that an automation prints under a relayed lead: "campaign_id 1202… form_id
 * 8842… lead_id L-7F3K2Q", "ad_group_id 5512…   gclid Cj0K…   utm_campaign piscinas_verano", on
 * one line or several, in any order, keys joined to their values by spaces, a colon or an equals
 * sign, pairs perhaps parted by a middle dot, bar, comma or semicolon. The line reader would take
 * the row for one more line of the message above it; each pair becomes a field whose label is the
 * key read as words (`form_id` → "form id"), so the lexicon types the platform's ids, and the
 * message ends where the ids begin.
 *
 * Keys are snake_case (a customer never writes one) or end in "id" (`gclid`, `fbclid`, `leadId`);
 * a row needs a snake_case key, so "paid 500" or "iPhone 15" on a line of their own stay text.
 * Sticky patterns, one pass over each line, no nested quantifiers.
 */
import { keyWords } from './logfmt.js';

/** A machine key: `campaign_id`, `ad_group_id`, `utm_source`, `gclid`, `leadId`. */
const KEY = '[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]{2,}(?:id|Id|ID)';
/** One pair: the key, a colon, equals sign or spaces, then a value without spaces or separators. */
const PAIR = new RegExp(String.raw`(${KEY})(?:[ \t]*[:=][ \t]*|[ \t]+)([^\s,;|·•]{1,100})`, 'y');
/** What may stand between two pairs. */
const GAP = /[ \t]*[,;|·•]?[ \t]*/y;
const SNAKE_KEY = /_/;
/** A dump is a few lines; more is a log, which other readers take. */
const MAX_ROW_LINES = 12;

/** The pairs of a line made of nothing but key–value pairs, else null. */
function rowPairs(line: string): Array<[string, string]> | null {
  const text = line.trim();
  const pairs: Array<[string, string]> = [];
  let at = 0;
  while (at < text.length) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (!m) return null;
    pairs.push([m[1] as string, m[2] as string]);
    GAP.lastIndex = PAIR.lastIndex;
    GAP.exec(text);
    at = GAP.lastIndex;
  }
  return pairs.length > 0 ? pairs : null;
}

/**
 * The rows starting at line `i`: consecutive lines of key–value pairs only, one snake_case key
 * among them at least. Pairs come back as (label words, value).
 */
export function idRowsAt(
  lines: readonly string[],
  i: number,
): { pairs: Array<[string, string]>; end: number } | null {
  if (!(lines[i] as string).includes('_')) return null;
  const pairs: Array<[string, string]> = [];
  let end = i;
  for (; end < lines.length && end - i < MAX_ROW_LINES; end++) {
    const found = (lines[end] as string).trim() ? rowPairs(lines[end] as string) : null;
    if (!found) break;
    pairs.push(...found);
  }
  if (!pairs.some(([key]) => SNAKE_KEY.test(key))) return null;
  return { pairs: pairs.map(([key, value]) => [keyWords(key), value]), end };
}
