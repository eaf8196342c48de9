/**
 * The customer's text under a ruled heading, as form-to-mail scripts print the free-text field
 * below the table of fields: "--- Commentaires ---", "=== Nachricht ===", "*** Mensaje ***", often
 * closed by a marker of the same make ("--- fin ---", "=== Ende ===", "*** End ***"). Everything
 * between the heading and its end is the customer's, colons included: read line by line, a first
 * line such as "Kurze Frage: liefern Sie auch …?" became a field of its own and the message lost
 * its head, or the message ran on into the end marker. Here the section becomes one
 * `Heading: text` line whose lines are joined by VALUE_LINE, as markdown-sections.ts does.
 *
 * The section ends at its end marker (dropped), at the next ruled heading or rule line, at a
 * signature delimiter, or at the script's request metadata (REMOTE_ADDR…, ./server-variables.ts),
 * all left in place. Only a heading the lexicon types as the message by a dictionary entry or a
 * message word first is read so: "--- Contact ---" heads fields, "----- Original Message -----" is
 * a forward's marker. A section holding the customer's contact fields ("=== Your enquiry ===" /
 * "Email: …") is a block of fields, left to the line reader.
 */

import { SEPARATOR_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { VALUE_END, VALUE_LINE } from './label-value.js';
import { CONTACT_TARGETS, isMessageFirstLabel, type LabelDictionary } from './labels.js';
import { SERVER_VARIABLE_LINE } from './server-variables.js';

/**
 * A title between two runs of the same rule character ("--- Kommentar ---", "*** Mensaje ***"),
 * two or more on each side. The title names a thing: one word, perhaps abbreviated ("--- Obs.
 * ---"), or words ending in no sentence mark ("--- the pond must stay! ---" is the customer's
 * emphasis).
 */
const RULED_LINE =
  /^[ \t]*([-=*~#_+]{2,})[ \t]*(\p{L}+\.|\p{L}[^\n]{0,38}?(?<![.!?]))[ \t]*([-=*~#_+]{2,})[ \t]*$/u;
const RULED_START = /^[ \t]*([-=*~#_+])\1+[ \t]*\p{L}/mu;
/** Markdown's bold and emphasis marks ("**Your message:**", "__Name__") are no rules under three. */
const MIN_EMPHASIS_RULE = 3;

/** The title of a ruled heading (see RULED_LINE), or null when the line is none. */
export function ruledHeadingTitle(line: string): string | null {
  const m = RULED_LINE.exec(line);
  if (!m) return null;
  const open = m[1] as string;
  const close = m[3] as string;
  const rule = open[0] as string;
  const uniform = (run: string) => run.split('').every((c) => c === rule);
  if (!uniform(open) || !uniform(close)) return null;
  if ((rule === '*' || rule === '_') && Math.min(open.length, close.length) < MIN_EMPHASIS_RULE) return null;
  return m[2] as string;
}

/** "--- fin ---", "=== Ende der Nachricht ===", "*** End of comments ***": the section's end marker. */
const END_TITLE = /^(?:end|ende|fin|final|eof)\b/i;
/** A line of the customer's contact fields ("Email: …", "Tel. : …") inside the section. */
const FIELD_LINE = /^[ \t]*([^:：\n]{1,40}?)[ \t]*[:：][ \t]*\S/;

/** The text with each ruled message section as one `Heading: text` line, or the text unchanged. */
export function ruledSections(text: string, dict: LabelDictionary): string {
  // Cheap screen, one scan: a ruled heading is a line opening with a rule run and then a letter.
  if (!RULED_START.test(text)) return text;
  const lines = text.split('\n');
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const section = messageSectionAt(lines, i, dict);
    if (!section) {
      out?.push(lines[i] as string);
      continue;
    }
    out ??= lines.slice(0, i);
    if (section.text) out.push(`${section.title}: ${section.text}`, VALUE_END);
    i = section.end - 1;
  }
  return out ? out.join('\n') : text;
}

function messageSectionAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { title: string; text: string; end: number } | null {
  const title = ruledHeadingTitle(lines[i] as string);
  if (!title) return null;
  const hit = dict.lookup(title);
  if (hit?.target !== 'message' || !(hit.exact || isMessageFirstLabel(title))) return null;
  const body: string[] = [];
  let end = i + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    const trimmed = line.trim();
    const next = ruledHeadingTitle(line);
    if (next) {
      if (END_TITLE.test(next)) end++;
      break;
    }
    if (SEPARATOR_LINE.test(trimmed) || SIGNATURE_DELIMITER.test(line) || SERVER_VARIABLE_LINE.test(line))
      break;
    const field = FIELD_LINE.exec(line);
    const target = field ? dict.lookup(field[1] as string)?.target : undefined;
    if (target && CONTACT_TARGETS.has(target)) return null;
    body.push(trimmed);
  }
  const text = body.join(VALUE_LINE).replace(/^\u241f+|\u241f+$/g, '');
  return { title, text, end };
}
