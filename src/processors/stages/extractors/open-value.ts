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
 * A line in the form's own syntax is the open value's too when its words are the customer's, not the
 * form's (`writtenAsCustomer`): who speaks in its label, how its value is written and what follows
 * it. Any other line is left to the reader's other rules (the customer's typed label lines followed
 * by more of their prose, a field block after a paragraph break); so is a line that states the
 * customer's contact or the platform's ids, which a form never lets a message carry.
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
  /** The line is written as a field in the customer's words (see writtenAsCustomer). */
  writtenAsCustomer: boolean;
}

/** Columns of whitespace opening a line (a tab counts as one: forms indent with one kind). */
export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

/**
 * True when the line is the open value's own: written in the customer's words ("Our questions:"
 * above their list, "Best time to reach me: 9:00–11:00."), indented under the open field's line (a
 * wrapped answer, the customer's list under an arrow or a bullet), or written as a field in a
 * syntax the form did not use for any of its fields ("Budget: up to A$900." under "Message .......
 * We are six…"). False leaves the decision to the reader's own rules.
 */
export function continuesOpenValue(open: OpenValue, line: NextLine): boolean {
  if (line.formsOwnField) return false;
  if (line.writtenAsCustomer || line.indent > open.indent) return true;
  return line.syntax !== null && line.syntax !== open.syntax && !open.formSyntaxes.has(line.syntax);
}

/** A line written as a field: its label and value, and whether the form's own labels speak as "I" ("Mein Name:"). */
export interface FieldWords {
  label: string;
  /** The label names a free-text field in the lexicon ("Special requests", "Anmerkungen", "Unser Projekt"). */
  namesMessage: boolean;
  /** The value on the label's line; empty for a label alone ("Our questions:"). */
  value: string;
  formSpeaksAsCustomer: boolean;
  /** The line stands under the customer's prose: the value open above it holds a sentence of theirs. */
  underProse: boolean;
}

/** What stands right under a line, up to the end of its block (a blank line, a table row's or a paragraph's end). */
export interface LinesBelow {
  /** List items right under it ("- …", "• …", "1. …"). */
  items: number;
  /**
   * What follows them: a sentence of the customer's ("Thanks!", "Is there parking nearby?"), the
   * form's next field, a short value line ("Jana Fischer"), or the block's end.
   */
  after: 'prose' | 'field' | 'value' | 'end';
  /**
   * The line and the field lines right under it close the text ("Budget: ca. 3.800 EUR" /
   * "Zeitraum: ab 12. April 2027" / "--" / footer): none names a field a form asks for itself (a
   * contact, an address, a company, a consent, the entry's date stamp, an id, the source or page)
   * or is written in the form's aligned style, and no field of the form follows them before the
   * end of the text or its footer.
   */
  closesText: boolean;
}

/**
 * The customer writing, in en/de/fr/es: "I", "we", "my", "our" ("Unser Projekt", "Nos questions",
 * "Mi idea"), and Spanish's pronoun joined to its verb ("para llamarme").
 */
const FIRST_PERSON =
  /(?<![\p{L}'’])(?:i|my|me|we|our|us|ich|mein\p{L}*|mir|mich|wir|unser\p{L}*|uns|je|j['’]\p{L}*|mon|ma|mes|moi|nous|notre|nos|yo|mi|mis|nuestr[oa]s?|nosotr[oa]s)(?![\p{L}'’])|\p{L}[aei]rme(?![\p{L}])/iu;
/**
 * The form speaking to the customer, in en/de/fr/es ("How did you hear about us", "Ihre Nachricht",
 * "Votre projet", "Tu mensaje", "para contactarle"): its label, however it says "we" or "us".
 */
const ADDRESSES_THE_CUSTOMER =
  /(?<![\p{L}'’])(?:you|your|yours|ihr\p{L}*|ihnen|sie|du|dein\p{L}*|dir|dich|votre|vos|vous|tu|ton|ta|tes|toi|te|su|sus|tus|usted(?:es)?)(?![\p{L}'’])|\p{L}[aei]r(?:te|le|les)(?![\p{L}])/iu;
/** A value written as a sentence: it ends in a sentence mark (a closing quote or bracket after it allowed). */
const SENTENCE_END = /[.!?…]["”»)]?$/u;

/** Whether a line ends as a sentence or a question does ("- Is clay included?", "… in May."). */
export function endsAsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}
const WORD_WITH_LETTERS = /\p{L}{2,}/gu;
/** Words of letters a value needs to be a sentence rather than a form's value ("up to £1,500." vs "12 May."). */
const MIN_SENTENCE_LETTER_WORDS = 2;
/** Items a lead-in not in the first person needs above the customer's closing line ("A few questions:" / 2 items / "Thanks!"). */
const MIN_LIST_ITEMS = 2;

/**
 * Whether a line written as a field is the customer's own words (issue 8, step 8). A form addresses
 * the customer ("Your budget", "Ihre Nachricht") or names the field ("Budget", "Phone") and holds
 * one bare value ("900 €", "2 weeks"). The customer speaks as "I" or "we" and ends the line as a
 * sentence ("Unser Projekt: ein Keramikkurs.", "Best time to reach me: 9:00–11:00."; "My address:
 * 4 Mill Lane" is a form's field worded so), leads into their list ("Our questions:" / items, or
 * any lead-in above items and a closing line), or writes a sentence ("Budget: up to £1,500.",
 * "Plazo: antes de 3 semanas.") that the form's next field does not follow right under it. Under
 * their prose they also close their text with topic lines of bare values ("Budget: ca. 3.800 EUR"
 * / "Zeitraum: ab 12. April 2027"): a form puts its own fields (contact, consent, ids) after such
 * a field of its own, so topic lines with nothing of the form's after them are the customer's. A
 * form's question is the form's, and so is a free-text field's label not in the first person with
 * its text on its line ("Special requests: We are…" opens that field). Where the form's own labels
 * speak as "I" ("Mein Name:", "My email:"), a first-person label says nothing.
 */
export function writtenAsCustomer(words: FieldWords, below: LinesBelow): boolean {
  const { label, value } = words;
  if (/[?？]\s*$/.test(label) || addressesTheCustomer(label)) return false;
  const firstPerson = !words.formSpeaksAsCustomer && FIRST_PERSON.test(label);
  if (!value)
    return firstPerson
      ? below.items > 0 || below.after === 'prose'
      : below.items >= MIN_LIST_ITEMS && below.after === 'prose';
  if (words.namesMessage && !firstPerson) return false;
  if (words.underProse && below.closesText) return true;
  if (firstPerson) return SENTENCE_END.test(value);
  return isSentence(value) && below.after !== 'field';
}

/** A value written as a sentence of a few words ("up to £1,500.", "d'ici 2 semaines."), not a form's bare value. */
export function isSentence(value: string): boolean {
  return (
    SENTENCE_END.test(value) && (value.match(WORD_WITH_LETTERS)?.length ?? 0) >= MIN_SENTENCE_LETTER_WORDS
  );
}

/** Whether a label speaks as the customer: first person, not addressed to them, no question (a form's own "Mein Name"). */
export function speaksAsCustomer(label: string): boolean {
  return FIRST_PERSON.test(label) && !addressesTheCustomer(label) && !/[?？]\s*$/.test(label);
}

/** Whether a label is the form speaking to the customer ("Your budget", "Votre budget", "Ihr Zeitrahmen"): the form's field. */
export function addressesTheCustomer(label: string): boolean {
  return ADDRESSES_THE_CUSTOMER.test(label);
}
