/**
 * Whether a line continues the value that is open or starts a field: one decision for the readers
 * that let a value run over lines (the line reader, `label-value.ts`; numbered questions with
 * arrowed answers, `read-fields.ts`).
 *
 * Each reader used to decide for itself where a value ends, mostly by the line's wording ("Budget:
 * up to A$900." looks like a field). What generalises is the structure the form writes its fields
 * in: a form writes every field alike (dot leaders, bullets, labels alone above their values, an
 * arrow under a numbered question, `Label: value`), so a line written in a syntax none of the
 * form's fields used, or indented under the open field's line, is the open value's own line.
 * A line in the form's own syntax is left to the reader's other rules (the customer's typed label
 * lines followed by more of their prose, a field block after a paragraph break); so is a line that
 * states the customer's contact or the platform's ids, which a form never lets a message carry.
 */

/** How a form writes a field on its line(s). */
export const FIELD_SYNTAX = {
  /** "Label: value", "Label:" above its value. */
  colon: 'colon',
  /** "Label ........ value", "Label -> value", "Label:....... value". */
  leader: 'leader',
  /** "• Label: value", "- Label: value". */
  bullet: 'bullet',
  /** "Label<TAB>value". */
  tab: 'tab',
  /**
   * A block of its own: a table row or `<p>` rendered as `Label: value`, a structure the reader
   * rewrote so; the syntax of the HTML, not of any text line.
   */
  block: 'block',
  /** The label alone on its line or in its block, the value below; a numbered question above its arrowed answer. */
  stacked: 'stacked',
} as const;
export type FieldSyntax = (typeof FIELD_SYNTAX)[keyof typeof FIELD_SYNTAX];

/** The value being read: how its field is written, the syntaxes of the form's fields before it, its line's indent. */
export interface OpenValue {
  syntax: FieldSyntax;
  formSyntaxes: ReadonlySet<FieldSyntax>;
  /** Columns of whitespace before the open field's line (before its answer arrow, for an arrowed answer). */
  indent: number;
}

/** The line after the open value, right under it (no blank line or block end between them). */
export interface NextLine {
  /** The syntax the line would open a field in; null for a line that opens none. */
  syntax: FieldSyntax | null;
  indent: number;
  /** The line states a contact, a platform id, a consent or a staff field: a form's own field in any syntax. */
  formsOwnField: boolean;
}

/** Columns of whitespace opening a line (a tab counts as one: forms indent with one kind). */
export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

/**
 * True when the structure says the line is the open value's own: indented under the open field's
 * line (a wrapped answer, the customer's list under an arrow or a bullet), or written as a field in
 * a syntax the form did not use for any of its fields ("Budget: up to A$900." under "Message
 * ....... We are six…"). False leaves the decision to the reader's own rules.
 */
export function continuesOpenValue(open: OpenValue, line: NextLine): boolean {
  if (line.formsOwnField) return false;
  if (line.indent > open.indent) return true;
  return line.syntax !== null && line.syntax !== open.syntax && !open.formSyntaxes.has(line.syntax);
}
