/**
 * Relay-tool dumps: an automation tool (Zapier, Make, LeadsBridge…) forwarding a Meta or Google
 * lead prints one `key | value` pair a line, without table borders or a header row:
 *
 *     full_name | Jane Doe
 *     phone_number|+27 82 555 0123
 *     Message | We'd like an extension at the back,
 *     roughly 4 by 5 metres.
 *
 *     ---- ids ----
 *     ad_id | 1202…
 *
 * Machine keys (snake_case, camelCase, dotted) and the form's own labels are mixed; the message
 * runs on over the lines below its pair; an ids block under its own heading follows the answers.
 * Some relays draw the table's left border and its middle rule but no right border, pad the keys
 * into a column and print a long value's further lines as rows with an empty key:
 *
 *     | full_name        | JANE DOE
 *     | what_can_we_do   | We'd like an extension at the back,
 *     |                  | roughly 4 by 5 metres.
 *
 * A row closed on the right (`| Name | Jane Doe |`) is a table's, read by the table reader.
 */
import { VALUE_LINE } from './label-value.js';
import type { LabelDictionary, LabelTarget } from './labels.js';
import { isMachineKey } from './machine-key.js';

/**
 * A key, a pipe, the value: `full_name | Jane Doe`, `phone_number|+27 …`, `¿Qué necesitas? | …`,
 * after a left border or not (`| full_name   | Jane Doe`, `| Email:   | …`; group 1). The key is
 * bounded, so the lazy key and the spaces before the pipe cannot backtrack far.
 */
const PIPE_PAIR =
  /^[ \t]*(\|[ \t]*)?([¿\p{L}_][\p{L}\p{M}\p{N} _.'’()/#*?-]{0,59}?)[ \t]*[:：]?[ \t]*\|[ \t]*(.*?)[ \t]*$/u;
/**
 * `|             | roughly 4 by 5 metres.`: a left-bordered row with an empty key carries the next
 * line of the value above; with no text either, it parts the value's paragraphs.
 */
const EMPTY_KEY_ROW = /^[ \t]*\|[ \t]*\|(.*)$/;
/** `+--------+-------`, `|=====`: the border a relay draws above, between or below its rows. */
const BORDER_RULE = /^[ \t]*[+|]?[ \t]*[-=]{3}[-=+| \t]*$/;
/**
 * The heading of the ids block under the answers: "---- ids ----", "IDs:", "== Identifiers ==",
 * "Identifiants :", "Tracking". Dropped: it is no field.
 */
const IDS_HEADING =
  /^[ \t]*(?:[-=_*#]{2,}[ \t]*)?(?:ids?|identifiers?|identifiants?|identificadores?|kennungen|tracking|meta ?data)[ \t]*(?:[-=_*#]{2,}|[:：])?[ \t]*$/i;
/** A single-value field: its pair never runs on over the next line. */
const ONE_LINE_TARGETS: ReadonlySet<LabelTarget> = new Set<LabelTarget>([
  'email',
  'phone',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'adId',
  'formId',
  'campaignId',
  'platformLeadId',
]);
const MIN_KNOWN_KEYS = 2;

/**
 * A key a relay writes and the lexicon can type: a known label, a machine key, or the form's
 * question. Other short keys ("Preferred time") are the form's own labels and start a pair only
 * where no value runs on: under a message, "two layouts | open plan" is the customer's text.
 */
function isKnownKey(key: string, dict: LabelDictionary): boolean {
  return dict.lookup(key) !== null || isMachineKey(key) || /[?？]$/.test(key);
}

/**
 * The relay dump starting at line `i`, as pairs, with the index of the first line after it; null
 * when no dump starts there. A dump is two or more pairs with known keys; blank lines and an ids
 * heading between its pairs do not end it, and the lines right under a message's pair (or an
 * untyped question's) continue that value. It ends at the first other line.
 */
export function pipePairsAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { pairs: Array<[string, string]>; end: number } | null {
  // Asked of every line: most hold no pipe.
  if (!(lines[i] as string).includes('|') || !pipePair(lines[i] as string, dict)) return null;
  const pairs: Array<[string, string]> = [];
  let known = 0;
  /** The pair whose value the next line may continue, if any. */
  let open: [string, string] | null = null;
  /** An empty-key row without text was read under the open value: its next line opens a paragraph. */
  let paragraphBreak = false;
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j] as string;
    if (isBetweenPairs(line)) {
      open = null;
      if (!nextIsPair(lines, j + 1, dict)) break;
      continue;
    }
    const continuation = EMPTY_KEY_ROW.exec(line);
    if (continuation) {
      const text = (continuation[1] as string).trim();
      // A row with no key under a one-line field (a wrapped id) adds nothing the reader can use.
      if (open && text) open[1] += `${paragraphBreak ? VALUE_LINE.repeat(2) : VALUE_LINE}${text}`;
      paragraphBreak = open !== null && !text;
      end = j + 1;
      continue;
    }
    paragraphBreak = false;
    const pair = pipePair(line, dict);
    const strong = pair !== null && isKnownKey(pair[0], dict);
    if (pair && (strong || open === null)) {
      if (strong) known++;
      open = null;
      end = j + 1;
      // A key the customer left empty is no field, but the dump goes on.
      if (!pair[1]) continue;
      pairs.push(pair);
      const target = dict.lookup(pair[0])?.target ?? null;
      if (target === null || !ONE_LINE_TARGETS.has(target)) open = pair;
      continue;
    }
    if (!open) break;
    open[1] += `${VALUE_LINE}${line.trim()}`;
    end = j + 1;
  }
  return known >= MIN_KNOWN_KEYS ? { pairs, end } : null;
}

/**
 * The line as a pipe pair, [key, value]. A second pipe makes it a row of a wider table (read
 * elsewhere), except in a message's value: "Message | two options | open plan or galley" is the
 * customer's text. A left-bordered row closed on the right is a table's row too.
 */
function pipePair(line: string, dict: LabelDictionary): [string, string] | null {
  const m = PIPE_PAIR.exec(line);
  if (!m) return null;
  const key = (m[2] as string).trim();
  const value = m[3] as string;
  if (m[1] !== undefined && value.endsWith('|')) return null;
  if (!value.includes('|') || dict.lookup(key)?.target === 'message') return [key, value];
  return null;
}

/** A blank line, an ids heading or a border: between a dump's pairs, none of them. */
function isBetweenPairs(line: string): boolean {
  return !line.trim() || IDS_HEADING.test(line) || BORDER_RULE.test(line);
}

/** Whether the next line that is not between pairs is a pipe pair. */
function nextIsPair(lines: readonly string[], from: number, dict: LabelDictionary): boolean {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as string;
    if (!isBetweenPairs(line)) return line.includes('|') && pipePair(line, dict) !== null;
  }
  return false;
}
