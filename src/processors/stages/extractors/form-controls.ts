/**
 * Two HTML layouts whose values the renderer (html.ts) did not show as fields:
 *  - a read-only copy of the submitted form, as form tools echo it: the values live only in the
 *    controls' attributes (`<input value="Anna Weber" readonly>`, `<option selected>`,
 *    `checked`), which text rendering drops, so each label stood alone and the lead had no contact;
 *  - a table with two fields per row (label | value | label | value), whose second pair was read as
 *    part of the first value.
 */

/**
 * Input types that show a value the customer typed. Hidden fields, buttons and passwords show
 * nothing, nor does a search box (a site's header, not the form).
 */
const TEXT_INPUT = new Set(['', 'text', 'email', 'tel', 'number', 'url', 'date', 'datetime-local', 'time']);
/** Longer cells are text, not labels: nor worth a lexicon lookup. */
const MAX_LABEL_CELL_CHARS = 60;
/** What a text control the customer left empty renders as: the field is there, its value empty. */
const EMPTY_CONTROL = '-';

/**
 * The text an `<input>` shows, or null for a control without a value to show (hidden fields,
 * buttons). A checkbox or radio shows its state as a ticked or empty box before its label text,
 * as a text part prints a consent box ("☑ I agree…"), which ends a message running above it.
 */
export function inputText(attribs: Record<string, string>): string | null {
  const type = (attribs.type ?? '').trim().toLowerCase();
  if (type === 'checkbox' || type === 'radio') return 'checked' in attribs ? '☑' : '☐';
  if (!TEXT_INPUT.has(type)) return null;
  return (attribs.value ?? '').replace(/\s+/g, ' ').trim() || EMPTY_CONTROL;
}

/** An option the customer did not choose: a select shows only its selected option. */
export function isUnchosenOption(name: string, attribs: Record<string, string>, inSelect: boolean): boolean {
  return inSelect && name === 'option' && !('selected' in attribs);
}

/**
 * A row of two or more label/value pairs side by side (label | value | label | value): every
 * other cell a field label, the cells between them values that are not labels. Null otherwise,
 * so a label row above a value row, or a row of values, is read as before.
 */
export function sideBySidePairs(
  cells: readonly string[],
  isFieldLabel: (text: string) => boolean,
  isLabel: (text: string) => boolean,
): Array<[string, string]> | null {
  if (cells.length < 4 || cells.length % 2 !== 0) return null;
  const pairs: Array<[string, string]> = [];
  for (let k = 0; k < cells.length; k += 2) {
    const label = (cells[k] as string).replace(/\s*[:：]\s*$/, '');
    const value = cells[k + 1] as string;
    if (!label || label.length > MAX_LABEL_CELL_CHARS || label.includes('\n') || !isFieldLabel(label))
      return null;
    if (value.length <= MAX_LABEL_CELL_CHARS && isLabel(value)) return null;
    // A field left empty is skipped; its label still keeps the columns in step.
    if (value) pairs.push([label, value]);
  }
  return pairs.length > 0 ? pairs : null;
}
