/**
 * Raw field names: site builders that print a form's internal field names instead of its labels
 * ("Field 3", "field_7", "Champ-4", "Feld 2", "Campo 5", "input_12", "text-1", "Question 2",
 * "untitled"). Such a label says nothing about its value, so the label lexicon must not guess
 * from it ("Question" is not a message) and the value is typed by what it is (type-fields.ts).
 */
const RAW_FIELD_LABEL =
  /^(?:(?:form[\s_-]?)?(?:field|feld|champ|campo|input|text|textarea|question|frage|pregunta|item|element|custom[\s_-]?field)[\s_.#-]*\d{1,3}|(?:untitled|sans[\s_-]titre|ohne[\s_-]titel|sin[\s_-]t[ií]tulo)(?:[\s_-]*(?:field|feld|champ|campo))?(?:[\s_.#-]*\d{1,3})?)\s*\*?$/i;

/** Whether a label is a raw field name (see above). */
export function isRawFieldLabel(label: string): boolean {
  return label.length <= 32 && RAW_FIELD_LABEL.test(label.trim());
}
