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
 */
import { VALUE_LINE } from './label-value.js';
import type { LabelDictionary, LabelTarget } from './labels.js';
import { isMachineKey } from './machine-key.js';

/**
 * A key, a pipe, the value: `full_name | Jane Doe`, `phone_number|+27 …`, `¿Qué necesitas? | …`.
 * The key is bounded, so the lazy key and the spaces before the pipe cannot backtrack far.
 */
const PIPE_PAIR = /^[ \t]*([¿\p{L}_][\p{L}\p{M}\p{N} _.'’()/#*?-]{0,59}?)[ \t]*\|[ \t]*(.*?)[ \t]*$/u;
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
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j] as string;
    if (!line.trim() || IDS_HEADING.test(line)) {
      open = null;
      if (!nextIsPair(lines, j + 1, dict)) break;
      continue;
    }
    const m = pipePair(line, dict);
    const key = (m?.[1] ?? '').trim();
    const strong = m !== null && isKnownKey(key, dict);
    if (m && (strong || open === null)) {
      const value = m[2] as string;
      if (strong) known++;
      open = null;
      end = j + 1;
      // A key the customer left empty is no field, but the dump goes on.
      if (!value) continue;
      const pair: [string, string] = [key, value];
      pairs.push(pair);
      const target = dict.lookup(key)?.target ?? null;
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
 * The line as a pipe pair. A second pipe makes it a row of a wider table (read elsewhere), except in
 * a message's value: "Message | two options | open plan or galley" is the customer's text.
 */
function pipePair(line: string, dict: LabelDictionary): RegExpExecArray | null {
  const m = PIPE_PAIR.exec(line);
  if (!m || !(m[2] as string).includes('|')) return m;
  return dict.lookup((m[1] as string).trim())?.target === 'message' ? m : null;
}

/** Whether the next line that is neither blank nor an ids heading is a pipe pair. */
function nextIsPair(lines: readonly string[], from: number, dict: LabelDictionary): boolean {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as string;
    if (line.trim() && !IDS_HEADING.test(line)) return line.includes('|') && pipePair(line, dict) !== null;
  }
  return false;
}
