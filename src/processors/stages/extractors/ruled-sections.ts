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
 *
 * Two more structures bound such a section, as mail clients and chat apps lay text out (round 16):
 * - an underlined heading, a title over a rule of its own ("Commentaires:" / "-------------",
 *   "Comments" / "========"), known to the lexicon as a ruled title must be, up to the same ends,
 *   the next underlined heading or a paragraph of the form's fields after the text;
 * - a label with an empty value and the text indented under it (a chat bot's "• Nachricht:" with
 *   its paragraphs padded below, "Their message (as typed on the form):" over an indented block),
 *   up to the first line indented no deeper than the label.
 * Read line by line, the lines of such a block that hold a colon ("Best time to call: after 17:30",
 * "Zeitraum: Mai") became fields of their own and the lead-in above a list was dropped. A block
 * holding the form's own message or contact fields ("Anfrage" / "-------" / "Nachricht: …") is a
 * block of fields, left to the line reader.
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

/** A heading's underline: one rule character three times or more, alone on its line. */
const UNDERLINE = /^[ \t]*([-=~])\1{2,}[ \t]*$/;
const UNDERLINE_START = /\n[ \t]*([-=~])\1\1/;
/** A title an underline can stand under: words, no table cell, no sentence mark but a colon. */
const UNDERLINED_TITLE = /^[ \t]*(\p{L}[^|\n]{0,58}?)(?<![.!?])[ \t]*[:：]?[ \t]*$/u;
/**
 * A label with an empty value, bulleted or not ("• Nachricht:", "Their message (as typed):"):
 * the indented block under it is its value.
 */
const EMPTY_VALUE_LABEL = /^([ \t]*)(?:[-*•·▪◦‣][ \t]+)?(\p{L}[^:：|\n]{0,78}?)[ \t]*[:：][ \t]*$/u;
/** Somewhere, a line ending in a colon and, after at most two blank lines, an indented one. */
const INDENTED_START = /[:：][ \t]*\n(?:[ \t]*\n){0,2}[ \t]{2}/;
/** A block is indented under its label by at least this many columns more (a tab counts as one). */
const MIN_INDENT_STEP = 2;

/**
 * An aside in brackets after a heading's words ("Their message (as typed on the form)", "Son
 * message (tel que saisi)"): it says how the text was given, and its words ("tel") are no label.
 */
const HEADING_ASIDE = /[ \t]*\([^()\n]{1,60}\)/g;

const indentOf = (line: string) => (/^[ \t]*/.exec(line) as RegExpExecArray)[0].length;

/** A paragraph of this many `Label: value` lines after an underlined section's text is the form's. */
const MIN_FIELD_PARAGRAPH_LINES = 2;

/** How a section's heading is made, which decides where the section ends. */
type HeadingKind = 'ruled' | 'underlined' | 'indented';

/** The text with each ruled message section as one `Heading: text` line, or the text unchanged. */
export function ruledSections(text: string, dict: LabelDictionary): string {
  // Cheap screen: a ruled heading, an underline or a colon line over an indented one somewhere.
  if (!RULED_START.test(text) && !UNDERLINE_START.test(text) && !INDENTED_START.test(text)) return text;
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

/** The message heading at line i: its title, its kind and the line its text starts on. */
function messageHeadingAt(
  lines: readonly string[],
  i: number,
): { title: string; kind: HeadingKind; start: number; indent: number } | null {
  const line = lines[i] as string;
  const ruled = ruledHeadingTitle(line);
  if (ruled) return { title: ruled, kind: 'ruled', start: i + 1, indent: 0 };
  const next = lines[i + 1];
  const underlined = next !== undefined && UNDERLINE.test(next) ? UNDERLINED_TITLE.exec(line) : null;
  if (underlined)
    return { title: (underlined[1] as string).trim(), kind: 'underlined', start: i + 2, indent: 0 };
  const label = EMPTY_VALUE_LABEL.exec(line);
  if (!label) return null;
  const indent = (label[1] as string).length;
  let start = i + 1;
  while (start < lines.length && !(lines[start] as string).trim()) start++;
  const first = lines[start];
  if (first === undefined || start - i > 3 || indentOf(first) < indent + MIN_INDENT_STEP) return null;
  return { title: (label[2] as string).trim(), kind: 'indented', start, indent };
}

/** Where a section's text stops before line j (left in place), by the kind of its heading. */
function endsSection(lines: readonly string[], j: number, kind: HeadingKind, indent: number): boolean {
  const line = lines[j] as string;
  const trimmed = line.trim();
  if (kind === 'indented') return trimmed !== '' && indentOf(line) <= indent;
  if (SEPARATOR_LINE.test(trimmed) || SIGNATURE_DELIMITER.test(line) || SERVER_VARIABLE_LINE.test(line))
    return true;
  if (kind !== 'underlined' || trimmed === '') return false;
  // The next underlined heading: its title stays out of this section's text.
  if (UNDERLINE.test(lines[j + 1] ?? '')) return true;
  // A paragraph of fields after the text ("Preferred time: mornings" / "Submitted: 03/12/2026"):
  // the form's, printed under the message with no heading of their own. One line is the
  // customer's aside ("Disponible : le samedi matin").
  return !(lines[j - 1] ?? '').trim() && isFieldParagraph(lines, j);
}

/** Whether the paragraph starting at line j is two lines or more, each a `Label: value` field. */
function isFieldParagraph(lines: readonly string[], j: number): boolean {
  let k = j;
  while (k < lines.length && FIELD_LINE.test(lines[k] as string)) k++;
  return k - j >= MIN_FIELD_PARAGRAPH_LINES && !(lines[k] ?? '').trim();
}

function messageSectionAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { title: string; text: string; end: number } | null {
  const heading = messageHeadingAt(lines, i);
  if (!heading) return null;
  const { kind, indent } = heading;
  // The section is written out under the bare title, so the line reader types it the same way.
  const title = heading.title.replace(HEADING_ASIDE, '') || heading.title;
  const hit = dict.lookup(title);
  if (hit?.target !== 'message') return null;
  // Only a ruled or underlined title the lexicon knows as the message heads one: "--- Contact ---"
  // heads fields, "----- Original Message -----" a forward, a newsletter's "EDITOR'S NOTE" over a
  // rule its own text. A label with a colon over an indented block is a field's, guessed or not.
  if (kind !== 'indented' && !(hit.exact || isMessageFirstLabel(title))) return null;
  const body: string[] = [];
  let end = heading.start;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    // The next ruled heading ends a ruled or underlined section; an indented block ends at its dedent.
    const next = kind === 'indented' ? null : ruledHeadingTitle(line);
    if (next) {
      if (END_TITLE.test(next)) end++;
      break;
    }
    if (endsSection(lines, end, kind, indent)) break;
    const field = FIELD_LINE.exec(line);
    const target = field ? dict.lookup(field[1] as string)?.target : undefined;
    if (target && (CONTACT_TARGETS.has(target) || (kind !== 'ruled' && target === 'message'))) return null;
    body.push(line.trim());
  }
  const text = body.join(VALUE_LINE).replace(/^\u241f+|\u241f+$/g, '');
  return { title, text, end };
}
