/**
 * Raw field names: site builders that print a form's internal field names or widget types instead
 * of its labels ("Field 3", "field_7", "Champ-4", "Feld 2", "Campo 5", "input_12", "text-1",
 * "Question 2", "untitled", "comp-kx81a2b3", "field_7c2", "fields[field_9e4]", a UUID, "Text area",
 * "Mehrzeiliges Textfeld", "Zone de texte", "Campo de texto"). Such a label says nothing about its
 * value, so the label lexicon must not guess from it ("Question" is not a message) and the value is
 * typed by what it is (type-fields.ts).
 */
const NUMBERED_FIELD =
  /^(?:form[\s_-]?)?(?:field|feld|champ|campo|input|text|textarea|question|frage|pregunta|item|element|custom[\s_-]?field)[\s_.#-]*\d{1,3}$/i;
const UNTITLED =
  /^(?:untitled|sans[\s_-]titre|ohne[\s_-]titel|sin[\s_-]t[ií]tulo)(?:[\s_-]*(?:field|feld|champ|campo))?(?:[\s_.#-]*\d{1,3})?$/i;
/**
 * A builder's element id: a field-ish prefix and a generated id with a digit and no word in it
 * ("comp-kx81a2b3", "fld_9e4"); "q2_email" or "field_name2" carry a word the lexicon reads.
 */
const ELEMENT_ID =
  /^(?:comp|field|fld|input|el|elem|element|widget|control|ctrl|item|q)[_.:-]?(?=[a-z\d_-]*\d)(?![a-z\d_-]*[a-z]{4})[a-z\d_-]+$/i;
/^(?:comp|field|fld|input|el|elem|element|widget|control|ctrl|item|q)[_.:-]?[a-z]*\d[a-z\d_-]*$/i;
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
/** A widget's type printed as its label, numbered or not. */
const WIDGET_TYPE =
  /^(?:(?:short|long) answer|paragraph(?: text)?|single[\s-]line text|multi[\s-]?line text|text ?(?:field|area|box|input)|number field|(?:mehrzeiliges |einzeiliges )?textfeld|textbereich|champ (?:de )?texte|zone de texte|campo de texto|[aá]rea de texto)(?:[\s_.#-]*\d{1,3})?$/i;
/** "fields[field_9e4]", "form_fields[comp-123]": a posted field's key inside its array. */
const ARRAY_KEY = /^[a-z_]{1,20}\[([^\]]{1,40})\]$/i;

/** Whether a label is a raw field name (see above); a required marker after it does not count. */
export function isRawFieldLabel(label: string): boolean {
  if (label.length > 48) return false;
  const bare = label.trim().replace(/\s*\*$/, '');
  const key = ARRAY_KEY.exec(bare)?.[1] ?? bare;
  return (
    NUMBERED_FIELD.test(key) ||
    UNTITLED.test(key) ||
    ELEMENT_ID.test(key) ||
    UUID.test(key) ||
    WIDGET_TYPE.test(key)
  );
}
