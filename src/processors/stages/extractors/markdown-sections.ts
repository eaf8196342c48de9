/**
 * Issue and ticket forms rendered as Markdown: each question is a heading ("### Describe your
 * project") and its answer is everything under it up to the next heading, over blank lines, lists
 * and the customer's own colon lines ("Timeline: by June"). Read line by line, such an answer was
 * cut at its first blank line or started at a line of it that looks like a label; here each
 * section becomes one `Label: value` line whose lines are joined by VALUE_LINE, as a `<dd>`'s are.
 * A section answered "_No response_" (the tool's mark for a skipped question) gives no field; a
 * section of bulleted fields or a table ("## Contact details" / "- **Email:** …") is left to the
 * line and table readers.
 */

import { FOOTER_LINE, SEPARATOR_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { VALUE_END, VALUE_LINE } from './label-value.js';

/** "## Budget", "### Describe your project": two to four hashes, as issue forms print them. */
const HEADING = /^[ \t]{0,3}#{2,4}[ \t]+([^#\n].{0,118}?)[ \t#]*$/;
/** A form needs at least this many headings: one heading is a title, not a form of questions. */
const MIN_HEADINGS = 2;
/**
 * "- **E-Mail:** …", "* __Nom__ : …", "| Nombre | Rocío |": a bulleted field or a table row; a
 * section holding one is a block of fields.
 */
const FIELD_LINE = /^(?:[-*+•][ \t]+[^:：\n]{1,60}[:：]|\|)/;
/** A Markdown quotation's mark ("> Bonjour, …"): the answer quoted, not part of it. */
const QUOTE_MARK = /^>[ \t]?/;
/** "_No response_", "*No response*", "Keine Antwort", "Pas de réponse", "Sin respuesta". */
const NO_RESPONSE = /^[_*]?(?:no response|keine antwort|pas de réponse|sin respuesta)[_*]?$/i;

/** The text with each Markdown heading section as one `Heading: answer` line, or the text unchanged. */
export function markdownSections(text: string): string {
  // Cheap screen: most bodies hold no heading at all.
  if (!text.includes('##')) return text;
  const lines = text.split('\n');
  let headings = 0;
  for (const line of lines) if (HEADING.test(line) && ++headings >= MIN_HEADINGS) break;
  if (headings < MIN_HEADINGS) return text;
  const out: string[] = [];
  let label: string | null = null;
  let answer: string[] = [];
  const flush = () => {
    if (label !== null && answer.some((l) => FIELD_LINE.test(l))) {
      // "## Kontaktdaten" / "- **E-Mail:** …": a section of fields, read line by line as before.
      out.push(`## ${label}`, ...answer);
    } else {
      const value = answer
        .map((l) => l.replace(QUOTE_MARK, ''))
        .join(VALUE_LINE)
        .replace(/^\u241f+|\u241f+$/g, '');
      if (label !== null && value && !NO_RESPONSE.test(value.trim()))
        out.push(`${label}: ${value}`, VALUE_END);
    }
    label = null;
    answer = [];
  };
  for (const [i, line] of lines.entries()) {
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      label = (heading[1] as string).replace(/[:：]$/, '');
      continue;
    }
    const trimmed = line.trim();
    // The tool's footer under the last answer ("--", "Reply to this email directly…") is no part of it.
    if (
      label !== null &&
      (SIGNATURE_DELIMITER.test(trimmed) || SEPARATOR_LINE.test(trimmed) || FOOTER_LINE.test(trimmed))
    ) {
      flush();
      out.push(...lines.slice(i));
      break;
    }
    if (label === null) out.push(line);
    else answer.push(trimmed);
  }
  flush();
  return out.join('\n');
}
