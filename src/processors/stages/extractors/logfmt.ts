/**
 * `key=value` records as log and alerting tools print an event (logfmt): `lead_id=… form_id=…
 * campaign_name="Spring offer" full_name="Anna Weber" email=… message="…"`, space-separated on one
 * line or several, a value with spaces in double quotes. The line reader would take the whole line
 * for one field; each pair becomes a field whose label is the key read as words (`phone_number` →
 * "phone number", `campaignName` → "campaign name"), so the lexicon types it like a written label.
 */

/**
 * One `key=value` token: a bare value runs to the next space, a quoted one to its closing quote. A
 * key may be a word of the relay's language (`campaña=…`, `quelle=…`), accents included.
 */
const PAIR = /([\p{L}_][\p{L}\p{N}_.-]{0,59})=("(?:[^"\\\n]|\\.){0,2000}"|[^\s"]*)(?=\s|$)/uy;
const GAP = /[ \t]+/y;
/** A record's lines; more is a log dump, not one event. */
const MAX_RECORD_LINES = 20;
/** A line of fewer pairs is one `key=value` field, which the other readers take. */
const MIN_RECORD_PAIRS = 3;

/**
 * Words a log line may print before its pairs ("2026-03-10T09:12:44Z INFO lead.created"): a
 * timestamp, a level, an event name.
 */
const LOG_PREFIX = /^(?:[^\s="]{1,40}[ \t]+){1,4}(?=[\p{L}_][\p{L}\p{N}_.-]{0,59}=)/u;

/**
 * The line's pairs when it is nothing but `key=value` tokens, maybe after a log prefix (then three
 * pairs at least, so a sentence with an equals sign is no record), else null.
 */
function linePairs(line: string): Array<[string, string]> | null {
  const pairs: Array<[string, string]> = [];
  const text = line.trim();
  const prefix = LOG_PREFIX.exec(text);
  let at = prefix ? prefix[0].length : 0;
  while (at < text.length) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (!m) return null;
    const raw = m[2] as string;
    // `a=1; b=2`, `a=1, b=2`: pairs joined by a separator, which read-fields.ts reads as such.
    if (/[;,|]$/.test(raw)) return null;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    pairs.push([keyWords(m[1] as string), value]);
    at = PAIR.lastIndex;
    GAP.lastIndex = at;
    if (GAP.exec(text)) at = GAP.lastIndex;
  }
  return pairs.length >= (prefix ? MIN_RECORD_PAIRS : 1) ? pairs : null;
}

/**
 * `phone_number` → "phone number", `campaignName` → "campaign name", `lead.id` → "lead id". `msg`
 * is logfmt's own key for the log line's text ("lead received"), never the customer's words.
 */
export function keyWords(key: string): string {
  if (/^msg$/i.test(key)) return 'log msg';
  return key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The record starting at line `i`: consecutive lines of `key=value` tokens only, with three or
 * more pairs in all and a line of two or more among them (one pair a line is a dump the
 * `key=value` line reader takes). Empty values are left out.
 */
export function logfmtAt(
  lines: readonly string[],
  i: number,
): { pairs: Array<[string, string]>; end: number } | null {
  if (!(lines[i] as string).includes('=')) return null;
  const pairs: Array<[string, string]> = [];
  let wide = false;
  let end = i;
  for (; end < lines.length && end - i < MAX_RECORD_LINES; end++) {
    const line = lines[end] as string;
    const found = line.includes('=') ? linePairs(line) : null;
    if (!found) break;
    if (found.length >= 2) wide = true;
    for (const [key, value] of found) if (key && value.trim()) pairs.push([key, value.trim()]);
  }
  return wide && pairs.length >= MIN_RECORD_PAIRS ? { pairs, end } : null;
}
