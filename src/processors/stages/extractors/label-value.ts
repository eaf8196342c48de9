/**
 * `Label: value` text, the shape most notifications (and our HTML renderer) produce:
 *
 *   Name: Jane Doe            Telefon : 030 1234567        **E-mail:** jane@example.com
 *   Message:                  Nachricht
 *   Hello, I would like…      Hallo, ich hätte gern…
 *
 *   …more paragraphs…
 *
 * A message-like value runs on over lines and blank lines until the next known label, a separator,
 * a signature delimiter or a footer line. Other values are one line (or the next line when the
 * label stands alone). Unknown labels become attribute candidates.
 */

import {
  ATTACHMENT_NOTICE,
  BUSINESS_CARD_LINE,
  BUSINESS_INSTRUCTION,
  CHECKBOX_LINE,
  CODE_FENCE,
  CONFIDENTIALITY_NOTICE,
  CONSENT_LABEL,
  CONSENT_SENTENCE,
  FOOTER_LINE,
  FORM_ACKNOWLEDGEMENT,
  FORM_LEGAL_TEXT,
  INTERNAL_SECTION,
  isThanksSentence,
  LISTING_HEADING,
  PARTNER_NOTE_LABEL,
  PLATFORM_TEAM_SIGN_OFF,
  REFERENCE_LINE,
  RESPONSE_NUDGE,
  RUN_STEP_LINE,
  SALUTATION_LINE,
  SECTION_HEADING,
  SEPARATOR_LINE,
  SIGNATURE_DELIMITER,
  STAFF_HEADING,
  STAFF_LABEL,
  SUBMISSION_RECORD,
  THIRD_PARTY_SECTION,
} from './boilerplate.js';
import { EMPTY_VALUE, isEmptyAnswer, isPartialEntryNotice } from './empty-answer.js';
import { idChainPairs } from './id-chain.js';
import {
  CONTACT_TARGETS,
  endsAsQuestion,
  isMessageFirstLabel,
  type LabelDictionary,
  type LabeledPair,
  type LabelHit,
  MAX_LABEL_CHARS,
  NAME_TARGETS,
  PROMPT_LABEL,
  QUALIFIER_WORD,
  withoutQuestionHint,
  withoutRequiredMark,
} from './labels.js';
import {
  addressesTheCustomer,
  continuesOpenValue,
  FIELD_SYNTAX,
  type FieldSyntax,
  type FieldWords,
  indentOf,
  isSentence,
  type LinesBelow,
  speaksAsCustomer,
  writtenAsCustomer,
} from './open-value.js';
import { endsInList, ownListBelow } from './own-list.js';
import { namesBusinessField, namesBusinessParty, opensDealerCard } from './parties.js';
import { isPickedLine } from './picked-answer.js';
import { isRawFieldLabel } from './raw-field-labels.js';
import {
  asksTheBusiness,
  inCustomerVoice,
  inFirstPersonSingular,
  inPlatformVoice,
  speaksAsWriter,
} from './voice.js';

export type { LabelDictionary, LabeledPair };
export interface LabelValueResult {
  pairs: LabeledPair[];
  /** Paragraphs between fields that belong to no field (an unlabelled answer). */
  freeBlocks: string[];
  /** Paragraphs before the first field: the platform's intro, or a portal's enquirer message. */
  leadBlocks: string[];
  /** Paragraphs after the last field: the sender's footer, or a message under a heading nobody knows. */
  trailingBlocks: string[];
  /** The text before the first footer line, for fallback address scans. */
  body: string;
  /**
   * Names of the business's people printed next to staff labels or under a staff heading
   * ("Agent: Rebecca Lawson", "Ihr Ansprechpartner" / "Julia Hoffmann"): never the customer, and
   * redacted from analytics wherever the customer's message repeats them.
   */
  staffNames: string[];
}

/** Only this much text is scanned: a notification's fields come first; the rest is quoting or noise. */
export const MAX_SCAN_CHARS = 64 * 1024;
const MAX_PAIRS = 200;

/** The given-name word that may follow a comma in a surname-first label. */
const GIVEN_NAME_WORD = '(?:first|given|fore|vorname|pr[eé]nom|nombre)';

// "Label: value", "Label : value", "**Label:** value", "*Label:* value" (Gmail's plain text of
// bold), "• Label: value", "★ Label: value" (any bullet glyph), "Label:\tvalue".
// The label must start with a letter and stay short, so "Note: see https://x" style prose is rare.
// Commas only inside parentheses ("Name (Last, First):"), before a given-name word ("Nachname,
// Vorname:") or before a qualifier clause ("Phone, in case email bounces:"): "Meta Platforms, Inc.,
// Attention:" is an address. A machine key's namespace
// ("wpf:nom:", "crm:customerNote:") is no part of its label: a prefix glued to a key of three or
// more characters with no space, ending in the colon ("Subject:Fwd:" keeps its label).
const LABEL_LINE = new RegExp(
  `^(?:[>*•·●○▪◦‣■□◆◇♦★☆✦✧\\-]+\\s*)?(?:\\*\\*|__)?(?:[a-z][\\w-]{0,15}:(?!(?:re|aw|fwd?|wg|tr|rv|sv|vs)[:：])(?=[A-Za-z_][\\w.-]{2,40}[:：]))?([¿_\\p{L}](?:[\\p{L}\\p{M}\\p{N} ._'’/&+#?*°-]|\\([^()\\n]{0,30}\\)|\\[[^[\\]\\n]{0,30}\\]|,\\s?(?=${GIVEN_NAME_WORD}|${QUALIFIER_WORD})){0,${MAX_LABEL_CHARS - 1}}?)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__|[*_](?=\\s))?\\s*(.*)$`,
  'iu',
);
/** A required-field marker written after the label's colon, before the value. */
const REQUIRED_AFTER_COLON =
  /^\s*(?:\*+|[([]\s*(?:\*|required|mandatory|obligatoire|requise?|pflichtfeld|pflichtangabe|pflicht|erforderlich|obligatori[oa]|requerid[oa])\s*[)\]])(?:\s*[:：]|\s*$)\s*/i;
/** A required-field marker at the end of a label line ("Message *", "Telefon (Pflichtfeld)", "Nom [obligatoire]"). */
const REQUIRED_AFTER_LABEL =
  /\s*(?:\*+|[([]\s*(?:(?:champ|campo) )?(?:required|mandatory|obligatoire|requise?|pflichtfeld|pflichtangabe|pflicht|erforderlich|obligatori[oa]|requerid[oa])(?: field)?\s*[)\]])\s*$/i;
const MAX_MARKED_LABEL_WORDS = 14;

/**
 * A label line with a required-field marker and no value ("Arrival date *", "Anreise (Pflichtfeld)",
 * "How did you hear about us? *"): a form's own field, never a line a customer types. Once the form
 * has marked one of its labels so, such a line ends a running value even with no blank line above.
 */
function isMarkedLabelLine(line: string): boolean {
  const m = REQUIRED_AFTER_LABEL.exec(line);
  return !!m && m.index > 0 && isLabelShaped(line.slice(0, m.index));
}

/** A form's label: a question, or a few words without a sentence's end ("Arrival date", "Budget?"). */
function isLabelShaped(label: string): boolean {
  const words = label.split(/\s+/).length;
  return (
    label.length <= MAX_QUESTION_CHARS &&
    words <= MAX_MARKED_LABEL_WORDS &&
    (words <= MAX_STACKED_LABEL_WORDS || /[?？]$/.test(label)) &&
    /^[¿\p{Lu}]/u.test(label) &&
    !/[.,;!:]$/.test(label) &&
    !/[.!]\s/.test(label)
  );
}
/**
 * An aside inside a message ("PS: if nobody answers, please leave a voicemail.", "Note: I have a
 * knee injury.", "Hinweis: …", "Remarque : …"): a person's word before a sentence, not a field.
 */
const POSTSCRIPT =
  /^(?:p\.?\s?s|n\.?\s?b|p\.?\s?d|nachtrag|note|nota|hinweis|wichtig|remarque|important|importante|update|btw|edit)\.?$/i;
/**
 * A further point the customer adds under their own heading ("Another question: do you allow
 * pets?", "Noch eine Frage: …", "Autre question : …", "Y otra pregunta: …"): an aside like "PS".
 */
const FURTHER_POINT =
  /^(?:(?:and|also|und|et|y|e) )?(?:another|one (?:more|last)|a (?:further|last)|noch (?:eine?|etwas)|eine (?:weitere|letzte|andere)|(?:une )?(?:autre|dernière)|encore une|otra|una (?:última|cosa más))(?: \p{L}+){0,2}(?: noch)?$/iu;
/**
 * A question the customer flags as such ("Quick question: …", "Petite question : …", "Kurze Frage:
 * …", "Una pregunta: …"): a form's field is named "Question", never "a quick question".
 */
const FLAGGED_QUESTION =
  /^(?:(?:just )?(?:a|one)(?: (?:quick|small|little|short))?|quick|small|short|(?:une )?petite|une|(?:eine )?(?:kurze|kleine)|eine|(?:una )?(?:pequeña|breve)|una)\s(?:question|frage|pregunta|duda)$/iu;

/** A heading the customer puts before a sentence of theirs: a postscript, a further point, a flagged question. */
function isOwnAside(label: string): boolean {
  return POSTSCRIPT.test(label) || FURTHER_POINT.test(label) || FLAGGED_QUESTION.test(label);
}
/**
 * A letter's opening greeting, written with a colon in Spanish and formal letters, also with a
 * title or a second greeting ("Estimado Sr. Ortega:", "Hola, buenos días:").
 */
const OPENING_GREETING =
  /^(?:hi|hello|hey|dear(?: sirs?)?|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|sehr geehrte\p{L}*|liebe\p{L}?|moin|servus|bonjour|bonsoir|salut|ch[eè]re?s?|madame|monsieur|hola|buen[oa]s (?:d[ií]as|tardes|noches)|estimad[oa]s?|querid[oa]s?|muy señor\p{L}*)(?:[\s,]+\p{L}[\p{L}.]*){0,4}$/iu;
/** A colon inside a clock time ("dinner at 7:30pm", "gegen 18:30 Uhr") starts no field. */
const CLOCK_COLON = /(?:^|\s)\d{1,2}$/;
const CLOCK_MINUTES = /^\d{2}(?!\d)/;
/**
 * A "Label: value" inside a message whose value is no sentence ("Property: 2 bed flat, 14 Harbour
 * Street", "Anrede: Herr") is a form field; "Budget: about 60 pounds." is the customer's prose: a
 * long sentence, or one of a few words.
 */
const SHORT_FIELD_CHARS = 30;
const MIN_SENTENCE_WORDS = 3;

function continuesProse(value: string): boolean {
  return value.length > SHORT_FIELD_CHARS || value.split(/\s+/).length >= MIN_SENTENCE_WORDS;
}

/**
 * speaksOnAfterLabel for a label line inside a running message. After a blank line or a block's end
 * only a described thing ("Budget : …, c'est un maximum pour nous.") goes on with the message: a
 * message or unknown label opening a new block is the form's next free-text field, even when its
 * answer is a sentence (corpus 4's tab-separated form lost 6 messages to its second field so).
 */
function speaksOnInMessage(hit: LabelHit | null, value: string, blanksBefore: number): boolean {
  if (remarksOnContact(hit, value)) return true;
  if (blanksBefore > 0 && !(hit !== null && TYPED_LINE_TARGETS.test(hit.target))) return false;
  return speaksOnAfterLabel(hit, value);
}

/**
 * A label line inside a message whose value is the customer speaking on ("Budget : autour de 1 500
 * €, c'est un maximum pour nous.", "Consulta: ¿se llevan ustedes los restos…?"): a sentence in their
 * voice, under a label for something they describe, not a contact, consent or staff field. A form's
 * own field holds a value, not the customer's sentence about it.
 */
function speaksOnAfterLabel(hit: LabelHit | null, value: string): boolean {
  return (
    (hit === null || hit.target === 'message' || TYPED_LINE_TARGETS.test(hit.target)) &&
    sentenceInTheirVoice(value)
  );
}

/**
 * A phone or email label over the customer's sentence and no number or address ("Telefon: lieber
 * abends nach 18 Uhr, tagsüber bin ich im Dienst."): they say when or how to reach them; a contact
 * field holds the contact itself.
 */
function remarksOnContact(hit: LabelHit | null, value: string): boolean {
  return (
    (hit?.target === 'phone' || hit?.target === 'email') &&
    !/@|\d[\d \t()./-]{4,20}\d/.test(value) &&
    sentenceInTheirVoice(value)
  );
}

function sentenceInTheirVoice(value: string): boolean {
  return /[.!?]$/.test(value) && continuesProse(value) && inCustomerVoice(value) && !inPlatformVoice(value);
}

/** A heading over questions and their answers, in en/de/fr/es. */
const QA_HEADING =
  /^(?:(?:booking |invitee |your )?(?:questions|answers)(?: (?:and|&) answers)?|(?:fragen|antworten)(?: und antworten)?|questions(?: et réponses)?|réponses|(?:preguntas|respuestas)(?: y respuestas)?)$/i;

/** Questions used as labels ("Quelle est votre adresse e-mail ?") may be this long. */
const MAX_QUESTION_CHARS = 90;
/**
 * "- **What should we quote for?** A new lawn…": a question set in bold (markdown of a chat or
 * tracker) with its answer after it on the line. The bold ends the label where a colon would.
 */
const BOLD_QUESTION_LINE = new RegExp(
  `^(?:[>*•·\\-]+\\s*)?(?:\\*\\*|__)(¿?\\p{L}[^*_\\n]{0,${MAX_QUESTION_CHARS}}?[?？])(?:\\*\\*|__)\\s+(\\S.*)$`,
  'u',
);
/**
 * "Sur quel numéro pouvons-nous vous joindre en journée ? (obligatoire) : 06 …": a form's question
 * longer than a label, closed by its question mark (and a required marker) right before the colon,
 * the answer after it. A sentence of the customer's puts no colon after its question mark.
 */
const LONG_QUESTION_LINE = new RegExp(
  `^(¿?\\p{L}[^:：?？\\n]{0,${MAX_QUESTION_CHARS}}[?？](?:[ \\t]*(?:\\*+|[([][^()[\\]\\n]{1,30}[)\\]]))?)[ \\t]*[:：][ \\t]*(\\S.*)$`,
  'u',
);
/**
 * Emitted by html.ts after a table row or definition: the value is complete, so a message does
 * not run on into the next block. U+241E (SYMBOL FOR RECORD SEPARATOR) never occurs in mail text.
 */
export const VALUE_END = '\u241e';
/**
 * Emitted by html.ts between the lines of one structured value (a `<dd>`, a table's value cell):
 * they are read as one value, so a colon inside it ("Budget: 60 pounds") starts no field.
 * U+241F (SYMBOL FOR UNIT SEPARATOR) never occurs in mail text.
 */
export const VALUE_LINE = '\u241f';
const VALUE_LINES = /\u241f/g;
/** "--- Label ---", "== Label ==", "### Label": a label by its decoration, known or not. */
const DECORATED_LABEL = /^(?:-{2,}|={2,}|#{1,3})\s*([^-=#].{0,80}?)\s*(?:-{2,}|={2,})?$/u;
const TAB_LINE = /^([\p{L}][^\t]{0,47}?)\t+(.+)$/u;
/**
 * "Nombre completo ..... Iñaki", "Phone ____ 555…", "Ad ID ······ c4e6…", "E-mail -> a@b": a label
 * joined to its value by leader dots (full stops or middle dots), underscores or an arrow, as
 * fixed-width CRM and web-to-lead notifications print them.
 * Taken only for a known label, so prose with an ellipsis ("Wait... what") is not a field.
 */
const LEADER_LINE =
  /^([\p{L}][\p{L}\p{M}\p{N} '’()/&+#-]{0,47}?)\s*(?:\.{3,}|(?:\.[ \t]){3,}|…+|_{3,}|·{3,}|-+>|=>|→)[.…_·]*\s*(\S.*)?$/u;
/** Leader dots or underscores between a label's colon and its value ("Email:........ a@b"). */
const LEADER_AFTER_COLON = /^(?:\.{3,}|(?:\.[ \t]){3,}|…+|_{3,})[.…_ \t]*/u;
/** In a form of leader lines, a label long enough to leave one or two dots ("Preferred time . Morning"). */
const SHORT_LEADER_LINE = /^([\p{L}][\p{L}\p{M}\p{N} '’()/&+#-]{0,47}?)\s+\.{1,2}\s+(\S.*)$/u;
/** The end of a reply's attribution line ("… wrote:", "… schrieb Anna:", "… a écrit :"). */
const ATTRIBUTION_END = /(?:^|\s)(?:wrote|schrieb|a écrit|escribió)(?:\s[^:]{1,200})?\s?:$/i;
/**
 * The line is a block of its own: a table row or `<p>` rendered as `Label: value`, or a structure
 * the reader rewrote so (a stacked contact pair, a numbered question's answer).
 */
function isOwnBlock(lines: readonly string[], index: number): boolean {
  const above = lines[index - 1]?.trim();
  return lines[index + 1]?.trim() === VALUE_END && (!above || above === VALUE_END);
}

/**
 * Leader dots inside what LABEL_LINE took for a label, with words after them: the line is a leader
 * line whose value ends in a colon. Dots ending the label ("Name.......: Sophie") lead to the colon.
 */
const LEADER_IN_LABEL = /(?:\.{3}|…|_{3}|·{3})[.…_·\s]*[^.…_·\s]/u;

/** How the field line `m` is written (see open-value.ts). */
function fieldSyntax(
  m: RegExpExecArray,
  rawLine: string,
  labelLine: boolean,
  tab: boolean,
  ownBlock: boolean,
): FieldSyntax {
  if (ownBlock) return FIELD_SYNTAX.block;
  if (!labelLine || LEADER_AFTER_COLON.test((m[2] ?? '').replace(REQUIRED_AFTER_COLON, '')))
    return FIELD_SYNTAX.leader;
  if (tab) return FIELD_SYNTAX.tab;
  return LIST_ITEM.test(rawLine) ? FIELD_SYNTAX.bullet : FIELD_SYNTAX.colon;
}

const CONTACT_NUMBER = /\d[\d \t()./-]{4,20}\d/;
/** The form tool's own record of the entry: when, where from, which form or campaign; never the customer's words. */
const ENTRY_RECORD_TARGETS: ReadonlySet<string> = new Set([
  'formName',
  'campaign',
  'attr:date',
  'attr:page_url',
  'attr:referral',
]);

/**
 * A field line no message carries, whatever syntax it is written in: the customer's address, number
 * or name under their labels, the platform's ids, the tool's record of the entry ("Submitted on:
 * 07/12/2026", "Source: Facebook"; "Fecha: a partir de abril" is a date the customer describes), a
 * consent box, the business's staff; and a label with no value that is not the customer's lead-in
 * (`ownWords`), which the reader's own rules place.
 */
function formsOwnField(m: RegExpExecArray, dict: LabelDictionary, ownWords: boolean): boolean {
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  if (
    (!value && !ownWords) ||
    CONSENT_LABEL.test(label) ||
    STAFF_LABEL.test(label) ||
    PARTNER_NOTE_LABEL.test(label)
  )
    return true;
  const target = dict.lookup(label)?.target;
  if (target === undefined) return false;
  if (ENTRY_RECORD_TARGETS.has(target)) return namesFormsOwnDetail(target, value);
  if (target === 'email') return value.includes('@');
  if (target === 'phone') return CONTACT_NUMBER.test(value);
  return PLATFORM_ID_TARGETS.has(target) || NAME_TARGETS.has(target)
    ? !sentenceUnderNameLabel(target, value)
    : false;
}

/** The label and value of a field line `m`, as `writtenAsCustomer` reads them. */
function fieldWords(
  m: RegExpExecArray,
  dict: LabelDictionary,
  formSpeaksAsCustomer: boolean,
  underProse: boolean,
): FieldWords {
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').replace(REQUIRED_AFTER_COLON, '').replace(VALUE_LINES, ' ').trim();
  return {
    label,
    namesMessage: dict.lookup(label)?.target === 'message',
    value,
    formSpeaksAsCustomer,
    underProse,
  };
}

/** Whether only block ends (no blank line) stand between line `index` and the text above it. */
function onlyBlockEndsAbove(lines: readonly string[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (lines[i] as string).trim() === VALUE_END) i--;
  return i < index - 1 && i >= 0 && (lines[i] as string).trim() !== '';
}

/** A value the customer wrote as prose: one of its lines is a sentence or runs to a few words. */
function holdsProse(value: string): boolean {
  return value
    .split(/[\n\u241f]/)
    .some((l) => isSentence(l.trim()) || l.trim().split(/\s+/).length >= MIN_PROSE_WORDS);
}

/**
 * What a form asks for itself, beside the customer's text: who they are and how to reach them,
 * where, their company, the vehicle or service picked from its lists, its own record of the entry
 * and the platform's ids. A budget, a diet or a date the customer describes ("ab 12. April") is a
 * topic of theirs; a date stamp ("20.11.2026 10:15") is the form's record.
 */
function namesFormsOwnDetail(target: string, value: string): boolean {
  if (TOPIC_TARGETS.has(target)) return false;
  return target !== 'attr:date' || DATE_STAMP.test(value);
}
const TOPIC_TARGETS: ReadonlySet<string> = new Set(['attr:budget', 'attr:dietary']);
const DATE_STAMP = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/;
/** "Name:      Jana", "Budget    : 5000": a label padded to align its value, as forms print them. */
const ALIGNED_LABEL = /\S(?: {2,}|\t)[:：]|[:：](?: {2,}|\t)\S/;
/** A word of lower-case letters: a person's qualifier ("ca.", "ab", "env.", "unos", "from", "about"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}/u;
/**
 * A postal address in a value: a form's address or listing field ("14 Harbour Street, Leith",
 * "Calle Mayor 5, Madrid", "Hauptstraße 12, 10115 Berlin").
 */
const POSTAL_ADDRESS =
  /\d+[a-z]?\s\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*,\s*\p{Lu}|\p{Lu}\p{L}+\s\d+[a-z]?,\s*(?:\d{4,5}\s)?\p{Lu}/u;
/** A file name in a value: a form's upload field ("2 angehängt (IMG_3310.jpg)"). */
const FILE_NAME = /\w\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|txt|zip)\b/i;

/**
 * A value as a person writes it, with a word around the figure ("ca. 3.800 EUR", "ab 12. April",
 * "à partir de mai", "unos 900 euros", "about 40 m² of roof"), not as a form prints what was picked
 * or typed into a box ("900 €", "12 May", "28/03/2027", "Bupa", "Morning").
 */
function inOwnWords(value: string): boolean {
  return /\s/.test(value) && LOWER_CASE_WORD.test(value);
}

/**
 * Whether field line `m` (`rawLine` as written) is a topic line the customer may close their text
 * with ("Budget: ca. 3.800 EUR", "Délai : avant l'été", "Surface: about 40 m² of roof"): a value in
 * their own words, under a label of a word or more that neither addresses them ("Your budget") nor
 * asks nor names what a form asks for itself, not padded into the form's columns, and no link,
 * email or postal address or file in it (a form's link, contact, address, listing or upload field).
 */
function isTopicLine(m: RegExpExecArray, rawLine: string, dict: LabelDictionary): boolean {
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  const target = dict.lookup(label)?.target;
  return (
    inOwnWords(value) &&
    label.length > 1 &&
    !/[?？]$/.test(label) &&
    !addressesTheCustomer(label) &&
    (target === undefined || !namesFormsOwnDetail(target, value)) &&
    !ALIGNED_LABEL.test(rawLine) &&
    !/@|https?:|www\./i.test(value) &&
    !FILE_NAME.test(value) &&
    !POSTAL_ADDRESS.test(value) &&
    !CONSENT_LABEL.test(label) &&
    !STAFF_LABEL.test(label) &&
    !PARTNER_NOTE_LABEL.test(label) &&
    !isRawFieldLabel(label) &&
    !SNAKE_CASE_KEY.test(label)
  );
}

/**
 * Whether the field line at `index` and the field lines right under it close the customer's text
 * (see open-value.ts `LinesBelow.closesText`): up to a few topic lines, then only the end of the
 * text, a signature delimiter, the footer or lines that are no field. A form's own line after
 * them (a field in any syntax, a consent box, a reference or id line) makes them the form's.
 */
function closesText(lines: readonly string[], index: number, dict: LabelDictionary): boolean {
  let i = index;
  let topics = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    // Topic lines in blocks of their own (<p>Budget: …</p><p>Délai : …</p>) are one run.
    if (line === VALUE_END) continue;
    const m = LABEL_LINE.exec(line);
    if (!m || CLOCK_COLON.test(m[1] ?? '')) break;
    if (++topics > MAX_TYPED_LINES || !isTopicLine(m, lines[i] as string, dict)) return false;
  }
  if (topics === 0) return false;
  for (const end = Math.min(lines.length, i + FIELD_LOOKAHEAD_LINES); i < end; i++) {
    const line = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    if (FOOTER_LINE.test(line) || SIGNATURE_DELIMITER.test(line)) return true;
    if (
      LABEL_LINE.test(line) ||
      TAB_LINE.test(line) ||
      LEADER_LINE.test(line) ||
      CHECKBOX_LINE.test(line) ||
      CONSENT_SENTENCE.test(line) ||
      endsRunningValue(line, dict)
    )
      return false;
  }
  return i >= lines.length;
}

/**
 * What stands under line `index` up to its block's end: the list items right under it, then what
 * follows them. A field line written in the customer's words is their prose going on ("Zeitraum: ab
 * März." above "Mein Budget: rund 5.000 €."); a field line of the form's is its next field.
 */
function linesBelow(
  lines: readonly string[],
  index: number,
  dict: LabelDictionary,
  formSpeaksAsCustomer: boolean,
): LinesBelow {
  let items = 0;
  const closing = closesText(lines, index, dict);
  for (let i = index + 1; i < lines.length; i++) {
    const line = withoutDefinitionMark((lines[i] as string).replace(/^\s*>+\s?/, '').trim());
    if (!line || line === VALUE_END || FOOTER_LINE.test(line) || endsRunningValue(line, dict))
      return { items, after: 'end', closesText: closing };
    const field = LABEL_LINE.exec(line);
    if (field && !CLOCK_COLON.test(field[1] ?? '')) {
      const words = fieldWords(field, dict, formSpeaksAsCustomer, false);
      const own =
        words.value && (isSentence(words.value) || (!formSpeaksAsCustomer && speaksAsCustomer(words.label)));
      return { items, after: own ? 'prose' : 'field', closesText: closing };
    }
    if (LIST_ITEM_LINE.test(line)) {
      items++;
      continue;
    }
    return {
      items,
      after:
        /[.!?…]\P{L}{0,3}$/u.test(line) || line.split(/\s+/).length >= MIN_PROSE_WORDS ? 'prose' : 'value',
      closesText: closing,
    };
  }
  return { items, after: 'end', closesText: closing };
}

/**
 * Whether line `index`, under the open value `openValue`, is written as a field in the customer's
 * own words (see open-value.ts `writtenAsCustomer`), for the readers that let a value run on
 * outside this one. Only under the customer's free text, which opens with a sentence of theirs: an
 * address or a name ("lucia@…" / "Q: ¿En qué podemos ayudarte?") is a field's one value.
 */
export function writtenAsCustomerAt(
  openValue: string,
  lines: readonly string[],
  index: number,
  dict: LabelDictionary,
): boolean {
  if (!isSentence(openValue.split(VALUE_LINE, 1)[0] ?? '')) return false;
  const m = LABEL_LINE.exec((lines[index] ?? '').trim());
  return !!m && writtenAsCustomer(fieldWords(m, dict, false, true), linesBelow(lines, index, dict, false));
}

/** A line ending in a colon in the customer's voice, not the form's prompt ("Tell us about your project:"). */
function leadsInAsCustomer(label: string): boolean {
  return inCustomerVoice(label) && !inPlatformVoice(label) && !PROMPT_LABEL.test(label);
}

/** A list item's bullet with its indentation ("• ", "  * ", "- "). */
const LIST_ITEM = /^[ \t]*[•●▪◦‣·*–-][ \t]/;
/**
 * The customer leading into their own list ("je voudrais un devis pour l'entretien du jardin :" /
 * "a) tonte …", "We need the following:" / "- 2 windows"): a line that speaks as "I" or "we" and
 * ends in a colon above a list item. A form's label never speaks as its customer.
 */
function leadsIntoOwnList(label: RegExpExecArray, lines: readonly string[], index: number): boolean {
  return (
    !(label[2] ?? '').trim() &&
    speaksAsWriter(label[1] ?? '') &&
    isListItemText((lines[index + 1] ?? '').trim())
  );
}

/** Lines looked at after a link line for more of the customer's text. */
const MAX_LINES_AFTER_LINK = 8;

/**
 * A link the customer gives under a heading of their own inside their text ("Photos of our garden:
 * https://…", "Plan du terrain : https://…"), with a sentence of theirs below it: a form's link
 * field ("Website: https://…") is followed by more fields, a heading or the footer. Stops at the
 * footer, the form's own lines, a heading and any label line but a remark.
 */
function linkInProse(value: string, lines: readonly string[], index: number, dict: LabelDictionary): boolean {
  if (!/^(?:https?:\/\/|www\.)\S+$/i.test(value)) return false;
  let seen = 0;
  for (let i = index + 1; i < lines.length && seen < MAX_LINES_AFTER_LINK; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line || line === VALUE_END) continue;
    seen++;
    if (
      FOOTER_LINE.test(line) ||
      CHECKBOX_LINE.test(line) ||
      CONSENT_SENTENCE.test(line) ||
      endsRunningValue(line, dict)
    )
      return false;
    const field = LABEL_LINE.exec(line);
    if (field) return speaksOnInMessage(dict.lookup((field[1] ?? '').trim()), (field[2] ?? '').trim(), 1);
    if (/[.!?…]\P{L}{0,8}$/u.test(line) && continuesProse(line)) return true;
    if (DECORATED_LABEL.test(line) || SECTION_HEADING.test(line)) return false;
  }
  return false;
}

/** "see https://x": the colon belongs to a URL, not a label. */
const URL_IN_LABEL = /(?:^|\s)(?:https?|mailto|ftp)$/i;

export function extractLabelValues(input: string, dict: LabelDictionary): LabelValueResult {
  const text = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const lines = text.split('\n');
  const pairs: LabeledPair[] = [];
  let cur: LabeledPair | null = null;
  let pendingBlank = 0;
  let bodyEnd = text.length;
  // The current paragraph has unlabelled text: a question ending it is prose, not a label.
  let inProse = false;
  /** The last line of the customer's own list under a lead-in in their unlabelled text. */
  let ownListEnd = -1;
  // A label has stood alone on its line above its value: the form stacks labels.
  let stackedLabels = false;
  // The line the open stacked label stands on (see leftEmptyInRhythm).
  let stackedLabelAt = -1;
  // A label was a question ("What would you like us to do?"): the form asks its questions as labels.
  let questionLabels = false;
  // A label carried a required-field marker: every marked label line of this form is a field.
  let markedForm = false;
  // A label had an emoji before it: every emoji-decorated label line of this form is a field.
  let pictureForm = false;
  // A field was joined to its value by leader dots: every such line of this form is a field.
  let leaderForm = false;
  // How the form wrote the fields it gave a value so far, how the open field is written and its
  // line's indent: a line under the open value written otherwise is the value's own (see
  // open-value.ts).
  const formSyntaxes = new Set<FieldSyntax>();
  // A field the form gave a value had a label in the first person ("Mein Name:", "My email:"): the
  // form's own labels speak as the customer, so a first-person label line is no sign of their words.
  let formSpeaksAsCustomer = false;
  let openSyntax: FieldSyntax = FIELD_SYNTAX.colon;
  let openIndent = 0;
  const opened = (syntax: FieldSyntax, rawLine: string) => {
    openSyntax = syntax;
    openIndent = indentOf(rawLine);
  };
  // The current value stood on its label's line and wraps onto indented lines: a fixed-width slip
  // (leader dots) or an aligned form ("Message    : …" / "             …") indents a long answer's
  // lines under it, so an unindented paragraph after a blank line (the form's own footer) is not
  // more of the message.
  let indentedValue = false;
  // The current value started below its label (a label or an intro sentence alone on its line).
  let valueBelowLabel = false;
  // The current value started on a quoted line ("> "): it ends with the quotation.
  let quotedValue = false;
  // The current message's label stood in a block of its own (<h3>Message</h3>).
  let headingLabel = false;
  // The current message's label ended in a colon with nothing after it ("Nachricht:"): its text is below.
  let colonLabel = false;
  // The bullet (with its indentation) of the list item the current value started in.
  let itemPrefix: string | null = null;
  // How the current value's label line opens ("4. ", "• ", "**"): the form's next question opens alike.
  let labelPrefix: string | null = null;
  let internalSection = false;
  let internalLines = 0;
  // A business party's block: a paragraph opened by a staff label below the lead ("Salesperson:
  // Bob Hale") or by a party's field ("Händler: Autohaus Brenner"), or a section under a staff
  // heading above the lead ("Dealer" / table). Contact fields in it are that party's.
  let partyBlock: 'paragraph' | 'section' | null = null;

  let offset = 0;

  const freeBlocks: string[] = [];
  const leadBlocks: string[] = [];
  const staffNames: string[] = [];
  let free = '';
  const freeAt: number[] = [];
  const flushFree = () => {
    // The notification's greeting to the business's person ("Hello James Carter,"): staff.
    const addressed = free && pairs.length === 0 ? GREETING_NAME.exec(free)?.[1] : undefined;
    if (addressed) staffNames.push(addressed);
    if (free && pairs.length === 0) leadBlocks.push(free.replace(VALUE_LINES, '\n'));
    else if (free) {
      freeBlocks.push(free.replace(VALUE_LINES, '\n'));
      freeAt.push(pairs.length);
    }
    free = '';
  };
  const close = () => {
    flushFree();
    if (cur) {
      cur.value = cur.value.replace(VALUE_LINES, '\n').trim();
      if (cur.value) pairs.push(cur);
      if (cur.value) formSyntaxes.add(openSyntax);
      if (cur.value && !isMessage(cur)) formSpeaksAsCustomer ||= speaksAsCustomer(cur.label);
    }
    cur = null;
    pendingBlank = 0;
    indentedValue = false;
    quotedValue = false;
    headingLabel = false;
    colonLabel = false;
    itemPrefix = null;
    labelPrefix = null;
  };

  // The form wrote none of its fields as "Label: value" on one line: its labels stand alone above
  // their values (stacked, in blocks of their own), so such a line is in no style of the form's.
  const writesNoFieldInline = () =>
    !formSyntaxes.has(FIELD_SYNTAX.block) && !formSyntaxes.has(FIELD_SYNTAX.colon);
  // Whether line `at`, under the open message `value`, is a field line in the customer's words
  // (see open-value.ts `writtenAsCustomer`) that no form writes as its own.
  const customersFieldLine = (value: string, at: number): boolean => {
    const m = LABEL_LINE.exec((lines[at] ?? '').replace(/^\s*>+\s?/, '').trim());
    return (
      !!m &&
      !formsOwnField(m, dict, true) &&
      writtenAsCustomer(
        fieldWords(m, dict, formSpeaksAsCustomer, holdsProse(value)),
        linesBelow(lines, at, dict, formSpeaksAsCustomer),
      )
    );
  };

  for (const [index, rawLine] of lines.entries()) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const unadorned = rawLine.replace(/^\s*>+\s?/, '').trim();
    const stripped = withoutDefinitionMark(withoutPictographs(unadorned));
    // A line of emoji inside a message ("🌳🌳🌳", "😊") is the customer's, not a blank line.
    const line: string = !stripped && cur?.value && isMessage(cur) ? unadorned : stripped;
    // An emoji stood before the line ("📅 When should we start?"), as before this form's labels.
    const pictured = line.length !== unadorned.length;
    // In the customer's text the emoji opening a line are theirs ("🌿 Lots of greenery, please.").
    const ownLine = pictured ? withoutDefinitionMark(unadorned) : line;
    if (pairs.length >= MAX_PAIRS) break;
    // The next item of the list a value started in ("• Source – Google" after "• Message – …") ends
    // it; the customer's own indented list inside the value does not.
    if (cur?.value && itemPrefix && rawLine.startsWith(itemPrefix)) close();
    if (!line || line === VALUE_END) flushFree();
    if (!line || line === VALUE_END) inProse = false;
    if (!line && internalSection && internalLines > 0) internalSection = false;
    if (!line && partyBlock === 'paragraph') partyBlock = null;
    if (!line) {
      if (cur?.value) pendingBlank++;
      if (cur && !isMessage(cur) && !answersOpenQuestion(cur) && cur.value) close();
      if (cur && !cur.value && stackedLabelAt === index - 1 && leftEmptyInRhythm(lines, index - 1)) {
        cur.value = EMPTY_VALUE;
        close();
      }
      continue;
    }
    // A message wrapped onto indented lines runs on over a blank line only while the indent holds.
    if (cur?.value && indentedValue && pendingBlank > 0 && !/^[ \t]/.test(rawLine)) close();
    // A value started in a list item ends with the list: after a blank line, a paragraph neither
    // indented nor the list's next item is outside it (a relay's own lines under the lead's bullets).
    if (cur?.value && itemPrefix && pendingBlank > 0 && !/^[ \t]/.test(rawLine)) close();
    if (line === VALUE_END) {
      // A label alone in its block keeps waiting for the value in the next block; a message below
      // its label runs on over blocks (<p>…</p><p>…</p>) like over paragraphs of text.
      if (cur?.value && isMessage(cur) && valueBelowLabel) pendingBlank++;
      else if (cur?.value && headingLabel && continuesInBlocks(lines, index, cur.value, dict)) pendingBlank++;
      // "<p>Wir möchten …</p><p>Budget: ca. 3.800 EUR</p>": the customer's line in a block of its own.
      else if (
        cur?.value &&
        isMessage(cur) &&
        writesNoFieldInline() &&
        customersFieldLine(cur.value, index + 1)
      )
        pendingBlank++;
      // "<p>…</p><p>Some details:<br>- …<br>- …</p><p>Is 22 August free?</p>": the customer's lead-in
      // and list in a block of its own (own-list.ts decides whose a list is), however impersonal its
      // words, and the sentences closing a list of the message (its items in blocks or not) in the
      // block after it.
      else if (
        cur?.value &&
        isMessage(cur) &&
        (ownListBelow(lines, index + 1) > 0 ||
          (endsInList(cur.value) && plainSentences(blockAt(lines, index + 1), dict)))
      )
        pendingBlank++;
      else if (
        cur?.value &&
        (isMessage(cur) ||
          (answersOpenQuestion(cur) &&
            (fieldFollows(lines, index, dict) || asksOrSpeaksAsI(blockAt(lines, index + 1).join(' '))))) &&
        inCustomersOwnVoice(blockAt(lines, index + 1)) &&
        continuesInBlocks(lines, index, cur.value, dict)
      )
        pendingBlank++;
      else if (cur?.value) close();
      // A label in a block of its own: the template gives every value one block, too; but a
      // message under its heading (<h3>Message</h3><p>Hello,</p><p>…</p>) may run on over blocks.
      else if (cur && cur.hit !== INTRO_HIT) {
        valueBelowLabel = false;
        headingLabel = runsOverParagraphs(cur);
      }
      continue;
    }
    const cardLine =
      BUSINESS_CARD_LINE.test(line) && !RUN_STEP_LINE.test(line) && !isFieldWithSeparators(line);
    if (
      FOOTER_LINE.test(line) ||
      (opensBlock(lines, index) && creditsPlatform(blockAt(lines, index))) ||
      SIGNATURE_DELIMITER.test(rawLine.trim()) ||
      cardLine
    ) {
      // Before any field, such lines are intros ("Submitted via your website:"), not footers; a
      // quoted mail's footer with the writer's own text below it (a bottom-posted reply) ends
      // only the quotation. So is a listing's line ("REF-2291 · 3 rooms, Lyon · 1 250 €") under
      // a title read as a label still without its value ("Demande de visite") when fields follow;
      // under a personal email's question it is the writer's signature.
      const beforeFields =
        pairs.length === 0 && (!cur || (cardLine && !cur.value && fieldFollows(lines, index, dict)));
      if (beforeFields || (QUOTED_LINE.test(rawLine) && unquotedTextFollows(lines, index))) continue;
      close();
      bodyEnd = lineStart;
      // "Mark Evans · Harbour Estates · 0131 …": the business's person.
      const card = BUSINESS_CARD_LINE.test(line) && !isFieldWithSeparators(line) ? leadingName(line) : null;
      if (card) staffNames.push(card);
      break;
    }
    // The head office's instruction to contact the customer, a confidentiality notice, a reference
    // number or the platform's chained ids ("Ad ID 1234… · Form ID 7654…") end a running message;
    // the line itself is still read ("Lead number: …" is a field).
    if (cur?.value && isMessage(cur) && endsRunningValue(line, dict)) close();
    if (
      cur?.value &&
      (CHECKBOX_LINE.test(unadorned) || isPickedLine(unadorned) || CONSENT_SENTENCE.test(line))
    ) {
      // A consent box, the options or a rating under the value are the form's, not lines the
      // customer typed.
      close();
      continue;
    }
    if (pairs.length === 0 && (free || leadBlocks.length > 0) && ATTRIBUTION_END.test(line)) {
      // A personal email above its quoted thread ("On Tue, … Mark Benson <…>" / "wrote:"): what
      // follows is history, not fields of this email.
      close();
      bodyEnd = lineStart;
      break;
    }
    // "=== Office use ===": a heading between rules.
    const heading = RULE_START.test(line) ? line.replace(RULE_DECORATION, '') : line;
    if (internalSection) {
      // The business's own section: its names are staff, its fields nobody's. A section heading
      // ends it, and so does a blank line after some of its lines.
      const field = LABEL_LINE.exec(line);
      if (field || SEPARATOR_LINE.test(line) || !SECTION_HEADING.test(heading)) {
        const name = field ? leadingName(field[2] ?? '') : leadingName(line);
        if (name && !/\d|@/.test(name)) staffNames.push(name);
        if (!SEPARATOR_LINE.test(line)) internalLines++;
        continue;
      }
      internalSection = false;
    }
    // An office-use section: the business fills it in itself; or a third party's section (the
    // previous vet), numbered or not.
    if (INTERNAL_SECTION.test(heading) || THIRD_PARTY_SECTION.test(heading.replace(SECTION_NUMBER, ''))) {
      close();
      internalSection = true;
      internalLines = 0;
      continue;
    }
    if (partyBlock === 'section' && !cur?.value && isSectionHeading(line) && !STAFF_HEADING.test(line))
      partyBlock = null;
    if (STAFF_HEADING.test(line) && namesBusinessParty(line) && pairs.length + (cur ? 1 : 0) === 0) {
      // The business's block comes first: the customer's fields follow under their own heading.
      // Only a heading naming a party: "Ansprechpartner" or "Your contact" above a B2B form's
      // first fields is the customer's own contact person.
      partyBlock = 'section';
      staffNames.push(...staffBlockNames(lines, index));
      continue;
    }
    if (STAFF_HEADING.test(line) && pairs.length + (cur ? 1 : 0) > 0) {
      // The business's own agent/salesperson block: nothing after it is the customer's.
      close();
      bodyEnd = lineStart;
      staffNames.push(...staffBlockNames(lines, index));
      break;
    }
    if (
      pairs.length + (cur ? 1 : 0) > 0 &&
      !lines[index - 1]?.trim() &&
      opensDealerCard(line) &&
      !LABEL_LINE.test(line) &&
      isCardWithNumber(lines, index)
    ) {
      // The dealer's or branch's card under the lead ("Garage Martin – Concession Peugeot" /
      // address / "Tél. : …"): its numbers are the business's.
      close();
      bodyEnd = lineStart;
      break;
    }
    if (SEPARATOR_LINE.test(line) && cur && !cur.value && index > 0 && lines[index - 1]?.trim()) {
      // A heading underlined by the rule ("MESSAGE" / "-------"): the value is below the rule.
      continue;
    }
    if (SEPARATOR_LINE.test(line) || CODE_FENCE.test(line) || LISTING_HEADING.test(line)) {
      close();
      continue;
    }
    if (
      cur?.value &&
      isMessage(cur) &&
      pendingBlank > 0 &&
      writesNoFieldInline() &&
      onlyBlockEndsAbove(lines, index) &&
      customersFieldLine(cur.value, index)
    ) {
      // A message runs on over blocks (<p>Wir möchten …</p><p>Budget: ca. 3.800 EUR</p>) into a
      // block right under it written as "Label: value", in no style of the form's fields (its
      // labels stand alone above their values), when the line is in the customer's words.
      cur.value += `\n${ownLine}`;
      pendingBlank = 0;
      continue;
    }
    // "Budget: 5.000 €" / "Zeitraum: ab März" typed inside a message, with more of its prose below;
    // also as its first line, right under a dictionary message label ("Mensaje" / "Horario: …").
    const typedInMessage =
      !!cur &&
      isMessage(cur) &&
      (!!cur.value || (pendingBlank === 0 && cur.hit?.exact === true)) &&
      /[:：]/.test(line) &&
      typedLinesAt(lines, index, dict);
    if (
      pendingBlank > 0 &&
      cur &&
      isMessage(cur) &&
      !typedInMessage &&
      (startsFieldBlock(lines, index, dict) || startsStackedFields(lines, index, dict))
    ) {
      // A paragraph of fields ("Property: …" / "Price: …", or a heading above them) after the
      // message is the listing's or the business's block, whatever its labels.
      close();
    }
    if (cur?.value && isMessage(cur) && !typedInMessage && headsFieldSection(lines, index, dict)) {
      // A heading with fields right under it ("Visitor details" / "City: …" / "Browser: …") opens
      // the tool's own section, blank line or not: the message above it is over.
      close();
    }
    if (cur?.value && isMessage(cur) && NUMBERED_HEADING.test(cur.label) && NUMBERED_HEADING.test(line)) {
      // A form cut into numbered sections ("3. Reason for the visit" / answer / "4. Previous
      // vet"): the next numbered heading ends the answer under the previous one.
      close();
    }
    if (
      cur?.value &&
      (isMessage(cur) || answersOpenQuestion(cur)) &&
      (questionLabels || stackedLabels) &&
      (pendingBlank > 0 || (labelPrefix !== null && questionPrefix(rawLine) === labelPrefix)) &&
      asksNextQuestion(lines, index)
    ) {
      // The form's next question, in a block of its own or opening like the answered one ("5. When
      // should the work start?" / "In March"): the free-text answer above it is over. The line is
      // read below as that question's label.
      close();
    }
    // "Nachricht ....... Folgendes bräuchten wir:" is a leader line whose value ends in a colon.
    const colonMatch = LABEL_LINE.exec(line);
    const colonLine = colonMatch && !LEADER_IN_LABEL.test(colonMatch[1] ?? '') ? colonMatch : null;
    const tabLine = colonLine ? null : TAB_LINE.exec(line);
    // "Lead ID ....... urn:li:…": a known label set off by a gap whose value holds colons.
    const gapLine = gapBeforeColonValue(line, dict);
    let m =
      gapLine ??
      colonLine ??
      tabLine ??
      BOLD_QUESTION_LINE.exec(line) ??
      (line.length > MAX_LABEL_CHARS && /[?？]/.test(line) ? LONG_QUESTION_LINE.exec(line) : null);
    const labelLine = m !== null;
    if (!m) {
      m = leaderLine(line, dict, leaderForm);
      if (m) leaderForm = true;
    }
    // The customer's lead-in in their unlabelled text ("Nous organisons … :") and the items of
    // their list under it ("- date : samedi 14 mars" / "- lieu : …") are lines of that text, not
    // fields; a label the lexicon knows exactly ("Message:") is still a label above a list.
    const ownListSpan =
      index > ownListEnd && !cur && /[:：]$/.test(line) && !(m && dict.lookup((m[1] ?? '').trim())?.exact)
        ? ownListBelow(lines, index)
        : 0;
    if (index <= ownListEnd || ownListSpan > 0) m = null;
    if (ownListSpan > 0) ownListEnd = index + ownListSpan;
    // A gap-set field is written as a leader line is, whatever reader found it.
    const syntax = m
      ? fieldSyntax(m, rawLine, labelLine && m !== gapLine, m === tabLine, isOwnBlock(lines, index))
      : null;
    // "Our questions:" above the customer's list, "Best time to reach me: 9:00–11:00.": a line of
    // theirs written like a field, inside the open value or as its first line.
    const ownWords =
      !!m &&
      !!cur &&
      isMessage(cur) &&
      pendingBlank === 0 &&
      writtenAsCustomer(
        fieldWords(
          m,
          dict,
          formSpeaksAsCustomer,
          // Under a quoted message ("> …") only a quoted line is the customer's.
          !!cur.value && holdsProse(cur.value) && (!quotedValue || QUOTED_LINE.test(rawLine)),
        ),
        linesBelow(lines, index, dict, formSpeaksAsCustomer),
      );
    if (
      m &&
      syntax &&
      cur?.value &&
      runsOn(cur) &&
      pendingBlank === 0 &&
      continuesOpenValue(
        { syntax: openSyntax, formSyntaxes, indent: openIndent },
        {
          syntax,
          indent: indentOf(rawLine),
          formsOwnField: formsOwnField(m, dict, ownWords),
          writtenAsCustomer: ownWords,
        },
      )
    ) {
      // "Budget: up to A$900." under "Message ......... We are six…": the form writes no field so.
      cur.value += `\n${ownLine}`;
      continue;
    }
    if (m && cur && !cur.value && ownWords && !formsOwnField(m, dict, ownWords)) {
      // "Nachricht:" / "Unser Projekt: ein Keramikkurs …", "Describe the problem" / "My situation:":
      // the value opens with the customer's own lead-in.
      cur.value = ownLine;
      quotedValue = QUOTED_LINE.test(rawLine);
      continue;
    }
    // "Wir brauchen Folgendes:" under "Nachricht:", or before a list inside the customer's text,
    // leads into their words: it labels nothing.
    // A lexicon guess from one of its words ("… ein paar Fragen", "Quelques questions …") does not
    // make a lead-in sentence a label; a label the lexicon knows exactly stays one.
    if (
      m &&
      cur &&
      !(m[2] ?? '').trim() &&
      (!dict.lookup((m[1] ?? '').trim())?.exact || speaksAsCustomer((m[1] ?? '').trim())) &&
      opensOwnText(cur, line, lines, index)
    )
      m = null;
    if (m && (STAFF_LABEL.test((m[1] ?? '').trim()) || PARTNER_NOTE_LABEL.test((m[1] ?? '').trim()))) {
      // The business's salesperson or agent: ends a running value and is never a field of the lead.
      close();
      const name = STAFF_LABEL.test((m[1] ?? '').trim()) ? leadingName(m[2] ?? '') : null;
      if (name) staffNames.push(name);
      if (isEitherPartysContact((m[1] ?? '').trim()) && pairs.length > 0 && lines[index - 1]?.trim())
        pairs.push({ label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim(), hit: CONTACT_PERSON_HIT });
      // Only a staff paragraph of its own below the lead's fields: inside the customer's block a
      // staff-like field ("Owner: yes", "Assigned to: …") may be followed by their own phone.
      if (STAFF_LABEL.test((m[1] ?? '').trim()) && pairs.length > 0 && !lines[index - 1]?.trim())
        partyBlock ??= 'paragraph';
      continue;
    }
    if (m && partyBlock) {
      const label = (m[1] ?? '').trim();
      const party = namesBusinessParty(label);
      const target = party ? null : dict.lookup(label)?.target;
      // A person's fields under a business party's block are that party's, not the customer's.
      if (target && CONTACT_TARGETS.has(target)) continue;
      if (partyBlock === 'paragraph' && !party) partyBlock = null;
    } else if (m && !lines[index - 1]?.trim() && namesBusinessField((m[1] ?? '').trim())) {
      // "Händler: Autohaus Brenner" opening a paragraph: the lines under it are the dealer's.
      partyBlock = 'paragraph';
    }
    // "Buenas tardes:", "Dear Sirs:": a greeting opens the prose, it labels nothing; nor does
    // the colon of a clock time ("dinner at 7:30pm").
    const greeting = !(m?.[2] ?? '').trim() && OPENING_GREETING.test((m?.[1] ?? '').trim());
    const clock = CLOCK_COLON.test(m?.[1] ?? '') && CLOCK_MINUTES.test(m?.[2] ?? '');
    const leadIn = !!cur?.value && isMessage(cur) && !!m && leadsIntoOwnList(m, lines, index);
    if (m && !URL_IN_LABEL.test(m[1] ?? '') && !clock && !greeting && !leadIn) {
      const label = (m[1] ?? '').trim();
      // "Message: *" (the marker after the colon), rendered from a <dt> as "Message: *: Hello".
      // "Name:......... Jane": leader dots after the colon join the label to its value.
      const value = (m[2] ?? '').replace(REQUIRED_AFTER_COLON, '').replace(LEADER_AFTER_COLON, '');
      const hit = dict.lookup(label);
      // Inside a message a known label, an empty "Label:" or a short "Label: value" field ends it;
      // "PS: if nobody answers, please leave a voicemail" stays in the message.
      const v = value.trim();
      if (
        cur &&
        !cur.value &&
        isMessage(cur) &&
        ((colonLabel && hit?.target === 'message' && speaksOnAfterLabel(hit, v)) ||
          leadsIntoOwnText(label, hit, v, lines[index + 1]))
      ) {
        // "Nachricht:" / "Anfrage: Wir möchten …": the text the label announced opens with a word
        // the form also uses as a label; a section heading above a message field has no colon.
        // "Your message" / "Quick question: can you…?": it opens with the customer's own lead-in.
        cur.value = line;
        continue;
      }
      if (cur && !cur.value && v.startsWith(VALUE_LINE) && leadsInAsCustomer(label)) {
        // "Here is what my son needs:␟- GCSE maths…" under its question: a value of several lines
        // (an arrowed answer, a cell) opening with the customer's lead-in, not a label of its own
        // as the form's help text is ("Cuéntenos su proyecto:␟Hola: …").
        cur.value = line;
        continue;
      }
      if (cur && !cur.value && typedInMessage) {
        cur.value = line;
        continue;
      }
      if (cur?.value && ANSWER_LABEL.test(label) && /[?？]$/.test(cur.value) && !cur.value.includes('\n')) {
        // An ad form's custom question ("Custom question: Which course?" / "Answer: Salsa"): the
        // answer is the value of the question, not a line of it.
        cur = { label: cur.value, value, hit: lookupQuestion(dict, cur.value) };
        if (!runsOn(cur)) close();
        continue;
      }
      const aside =
        (isOwnAside(label) && /[.!?)]$/.test(wrappedSentence(v, lines[index + 1]))) ||
        (hit === null &&
          !!cur?.value &&
          isMessage(cur) &&
          pendingBlank === 0 &&
          linkInProse(v, lines, index, dict));
      const endsCurrent =
        (!typedInMessage || !cur) &&
        (!cur ||
          !runsOn(cur) ||
          !cur.value ||
          (!aside &&
            !(isMessage(cur) && speaksOnInMessage(hit, v, pendingBlank)) &&
            (hit !== null || addressesTheCustomer(label) || !/[.!?]$/.test(v) || !continuesProse(v))) ||
          isRawFieldLabel(label) ||
          SNAKE_CASE_KEY.test(label) ||
          CONSENT_LABEL.test(label) ||
          (!aside && /^(?:https?:|www\.)/i.test(v)));
      if (endsCurrent) {
        close();
        cur = {
          label: label.replace(/\*+$/, '').trim(),
          value,
          hit: v ? hit : introHit(label, hit, lines, index, dict),
        };
        opened(syntax ?? FIELD_SYNTAX.colon, rawLine);
        // Only a value written on the item's own line is the item's: under "* Message:" alone the
        // value is a block of its own, which may hold paragraphs and lists of the customer's.
        itemPrefix = v ? (LIST_ITEM.exec(rawLine)?.[0] ?? null) : null;
        labelPrefix = questionPrefix(rawLine);
        questionLabels ||= /[?？]$/.test(cur.label);
        valueBelowLabel = !v;
        colonLabel = labelLine && !v;
        indentedValue = !labelLine && !!v;
        markedForm ||= REQUIRED_AFTER_LABEL.test(label);
        pictureForm ||= pictured;
        // "Anmerkungen: -": a field left empty ends there; the paragraph after it is not its value.
        if (cur.value && (!runsOn(cur) || isEmptyAnswer(v))) close();
        continue;
      }
    }
    // "--- the pond must stay! ---" inside a message: the customer's emphasis on a sentence, not a
    // heading, which names a thing and ends in no full stop or exclamation mark.
    const decorated: RegExpExecArray | null =
      cur?.value && isMessage(cur) && /[.!]\P{L}{0,8}$/u.test(line) ? null : DECORATED_LABEL.exec(line);
    const bare = (decorated?.[1] ?? line).replace(/[*_]+/g, '').trim();
    const idle = !cur?.value;
    // A raw field name alone on its line ("field_7c2" / "Jana Novak") is a label like a known one,
    // but not under a platform id's label awaiting its value: a UUID there is the id ("LEAD ID" / "b7f1…").
    const awaitsId = !!cur && !cur.value && !!cur.hit && PLATFORM_ID_TARGETS.has(cur.hit.target);
    const exactBare =
      dict.isKnownLabel(bare) || (bare.length <= MAX_LABEL_CHARS && isRawFieldLabel(bare) && !awaitsId);
    // A heading label ("Respuestas:", "Contact details:") is answered by questions, not by a value;
    // so is a scheduling tool's "Questions:" / "Fragen:", although a lone "Questions:" asks for one.
    const questionUnderHeading =
      cur !== null &&
      !cur.value &&
      (cur.hit?.target !== 'message' ||
        QA_HEADING.test(cur.label) ||
        titleAboveQuestion(cur, lines, index)) &&
      endsAsQuestion(bare) &&
      !asksTheBusiness(bare) &&
      isLooseLabel(bare, dict);
    if (
      decorated !== null ||
      (exactBare && (idle || runsOn(cur as LabeledPair))) ||
      (cur === null &&
        !free &&
        !inProse &&
        ownListSpan === 0 &&
        isLooseLabel(bare, dict) &&
        !answeredBySignOff(lines, index)) ||
      questionUnderHeading ||
      (cur?.value && valueBelowLabel && asksAgain(cur, bare) && answerBelow(lines, index)) ||
      (cur?.value && markedForm && isMarkedLabelLine(line) && !!lines[index + 1]?.trim()) ||
      (cur?.value && pictureForm && pictured && isLabelShaped(bare) && !!lines[index + 1]?.trim())
    ) {
      // A label alone on its line ("Full name" / "Jane Doe"; "What is your name?" / "Ann"),
      // as Facebook, Typeform and stacked HTML layouts do. It also ends a running message.
      const optional = cur?.value && isMessage(cur) && markedForm ? trailingStackedField(cur.value) : null;
      if (cur && optional) cur.value = optional.before;
      close();
      if (optional)
        pairs.push({ label: optional.label, value: optional.value, hit: dict.lookup(optional.label) });
      cur = { label: bare, value: '', hit: introHit(bare, dict.lookup(bare), lines, index, dict) };
      opened(FIELD_SYNTAX.stacked, rawLine);
      stackedLabelAt = index;
      labelPrefix = questionPrefix(rawLine);
      questionLabels ||= endsAsQuestion(bare);
      valueBelowLabel = true;
      stackedLabels = true;
      // What follows a label is its value, not a paragraph of prose ("Answers" / "Full name" / …).
      inProse = false;
      markedForm ||= isMarkedLabelLine(line);
      pictureForm ||= pictured;
      continue;
    }
    if (!cur) {
      inProse = true;
      free = free ? `${free}\n${line}` : line;
      continue;
    }
    if (!cur.value) {
      if (isMessage(cur) && PROMPT_SENTENCE.test(line) && lines[index + 1]?.trim()) {
        // A scheduler's questions under "Questions:" ("Please share anything that will help
        // prepare for our meeting." / the answer): the prompt labels the answer below it, and the
        // next question ends it.
        cur = { label: line, value: '', hit: cur.hit };
        opened(FIELD_SYNTAX.stacked, rawLine);
        valueBelowLabel = true;
        stackedLabels = true;
        continue;
      }
      if (
        ((/[:：]$/.test(line) && !opensOwnText(cur, line, lines, index)) ||
          (/[?？]$/.test(line) &&
            !isMessage(cur) &&
            !/[?？]\s*$/.test(cur.label) &&
            !!lines[index + 1]?.trim())) &&
        isLooseLabel(line, dict)
      ) {
        // A heading above an intro ("New enquiry" / "Jane has sent you a message:") or above
        // questions ("Answers" / "What is your name?"): the intro or question labels what follows.
        close();
        cur = { label: line, value: '', hit: introHit(line, dict.lookup(line), lines, index, dict) };
        opened(FIELD_SYNTAX.stacked, rawLine);
        valueBelowLabel = true;
        continue;
      }
      cur.value = isMessage(cur) ? ownLine : line;
      quotedValue = QUOTED_LINE.test(rawLine);
      // "What can we help you with?" / "-": a question left unanswered; what follows is not its answer.
      if (!runsOn(cur) || isEmptyAnswer(line)) close();
      continue;
    }
    if (pendingBlank > 0 && quotedValue && !QUOTED_LINE.test(rawLine)) {
      // A message quoted under its label (a <blockquote>) ends where the quotation ends.
      close();
      continue;
    }
    const nextParagraphIsMessage =
      (runsOverParagraphs(cur) && (typedInMessage || !isListingBlock(blockAt(lines, index)))) ||
      (isMessage(cur) && NOTE_LABEL.test(cur.label) && SALUTATION_LINE.test(line)) ||
      ((isMessage(cur) || answersOpenQuestion(cur)) &&
        inCustomersOwnVoice(blockAt(lines, index)) &&
        ((isMessage(cur) && NOTE_LABEL.test(cur.label)) ||
          fieldFollows(lines, index, dict) ||
          asksOrSpeaksAsI(blockAt(lines, index).join(' ')))) ||
      (isMessage(cur) && plainSentences(blockAt(lines, index), dict) && fieldFollows(lines, index, dict));
    if (pendingBlank > 0 && (!nextParagraphIsMessage || isContactBlock(lines, index))) {
      // Unknown fields run on over lines, not over paragraphs; a message not into a signature or
      // agent card ("James Carter / Harbourview Homes / 0117 496 0000") after it, whose names
      // are redacted from analytics wherever the message repeats them.
      if (isMessage(cur) && runsOverParagraphs(cur)) staffNames.push(...staffBlockNames(lines, index - 1));
      close();
      continue;
    }
    if (
      stackedLabels &&
      (pendingBlank > 0 ||
        CONSENT_LABEL.test(line) ||
        dict.lookup(line) !== null ||
        /[.!?？]$/.test(cur.value.slice(cur.value.lastIndexOf('\n') + 1))) &&
      isStackedField(lines, index)
    ) {
      // In a form of labels above their values, a paragraph of a short label line and one value
      // line after the message is the next field ("Preferred contact time" / "Evenings"); so is
      // a label line the lexicon types, or a consent box, right below it ("Newsletter" / "No").
      close();
      cur = { label: line, value: '', hit: dict.lookup(line) };
      opened(FIELD_SYNTAX.stacked, rawLine);
      valueBelowLabel = true;
      continue;
    }
    // A line indented under a value that stood on its label's line: the form wraps it (see indentedValue).
    if (pendingBlank === 0 && !valueBelowLabel && /^[ \t]/.test(rawLine)) indentedValue = true;
    cur.value += `${'\n'.repeat(pendingBlank + 1)}${isMessage(cur) ? ownLine : line}`;
    pendingBlank = 0;
  }
  close();
  flushFree();
  if (bodyEnd < text.length) staffNames.push(...trailingStaffNames(text.slice(bodyEnd)));
  // Only paragraphs with a field after them: what follows the last field is the sender's footer.
  const between = freeBlocks.filter((_, i) => (freeAt[i] ?? 0) < pairs.length);
  return {
    pairs,
    freeBlocks: between,
    leadBlocks,
    trailingBlocks: freeBlocks.filter((_, i) => (freeAt[i] ?? 0) >= pairs.length),
    staffNames,
    body: (bodyEnd < text.length ? text.slice(0, bodyEnd) : text).replace(VALUE_LINES, '\n'),
  };
}

/** "Answer", "Antwort 2", "Réponse", "Respuesta" after a question printed as a value. */
const ANSWER_LABEL = /^(?:answer|antwort|réponse|reponse|respuesta|resposta)(?:\s*\d{1,2})?$/i;

/** A question's own type ("What is your phone number?"), or an answer asked of the customer. */
function lookupQuestion(dict: LabelDictionary, question: string): LabelHit {
  return dict.lookup(question) ?? INTRO_HIT;
}

const MAX_STAFF_BLOCK_LINES = 8;
/** "Hello James Carter,", "Hallo Frau Lang,", "Bonjour Sophie," at the start of a block: the name greeted. */
const GREETING_NAME =
  /^(?:hi|hello|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|cher|chère|hola|estimad[oa])\s+(?:(?:mr|mrs|ms|herr|frau|m|mme|sr|sra)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[,!:]/iu;
/** A person's name opening a value: two to four capitalised words ("Rebecca Lawson, Northgate Estates"). */
const LEADING_NAME =
  /^(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|M|Mme|Sr|Sra)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|der|de|del|la|le|da|di)?\s*\p{Lu}[\p{L}'’-]+){1,3})/u;

/**
 * Words naming a contact who may be either party's: "Ansprechpartner" or "Interlocuteur" is a
 * portal's agent or a buyer company's own contact; "Gastgeber", "host", "organisateur" the business
 * on an RSVP but the customer on a catering order. Among the lead's own fields such a name is kept
 * as `contact_person`, the lead's name only when no field names anyone else (see type-fields.ts).
 */
const EITHER_PARTYS_CONTACT =
  /^(?:ansprechpartner(?:in)?|interlocut(?:eur|rice)|(?:name (?:des |der )?)?(?:gastgeber(?:s|in)?|veranstalter(?:s|in)?|organisator(?:s|in)?)|(?:event |meeting )?(?:host|organi[sz]er)(?:'s)?(?: name)?|(?:nom (?:de l'|du |de la )?)?(?:hôte|organisat(?:eur|rice))|(?:nombre (?:del |de la )?)?(?:anfitri[oó]n(?:a)?|organizador(?:a)?))$/iu;
const CONTACT_PERSON_HIT: LabelHit = { target: 'attr:contact_person', lang: null, exact: false };

function isEitherPartysContact(label: string): boolean {
  return EITHER_PARTYS_CONTACT.test(label);
}

/** Rules around a heading ("=== Office use ===", "--- Interne Angaben ---"). */
const RULE_DECORATION = /^[-=_*#~\s]{2,}|[-=_*#~\s]{2,}$/g;
const RULE_START = /^[-=_*#~]{2}/;

function leadingName(value: string): string | null {
  return LEADING_NAME.exec(value.trim())?.[1] ?? null;
}

/** The names in a staff block: the value of each `Label: value` line, or a line that is only a name. */
function staffBlockNames(lines: readonly string[], heading: number): string[] {
  const names: string[] = [];
  for (let i = heading + 1; i < lines.length && i <= heading + MAX_STAFF_BLOCK_LINES; i++) {
    const l = (lines[i] as string).trim();
    if (!l || l === VALUE_END) continue;
    const m = LABEL_LINE.exec(l);
    const name = leadingName(m ? (m[2] ?? '') : l);
    if (name && !/\d|@/.test(name)) names.push(name);
  }
  return names;
}

/**
 * A payload's key ("lead_id", a custom question "what_would_you_like_us_to_do?", French-spaced
 * "précisez_votre_demande_?"): a machine wrote it, so it opens a field, never a line of the
 * customer's text, whatever the value after it reads like.
 */
const SNAKE_CASE_KEY = /^\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+_?\??$/u;

/** What parts a card line: a spaced middle dot, bar or bullet. */
const CARD_SEPARATOR = /\s[·|•]\s/;
/** A card's item after its first: an address, a link, a number to call, or a field of its own. */
const CARD_ITEM = /@|https?:|www\.|\d[\d ()./-]{5,}\d|^\s*\p{L}[\p{L}. -]{0,20}[:：]/u;

/**
 * A field whose value holds a card's separators: "ad_name: Solar | Winter 2026 | Lead form" (a
 * relay's campaign name in parts), "Servicios: Baño | Cocina", "Adresse: Hauptstr. 9 · 10115
 * Berlin". A business's card opens with its name, not with a label; one written with labels
 * ("Tel.: 030 … · E-Mail: info@…") lists contact items or fields after its first part, and stays a
 * card, as does a staff label's ("Agent: Mark Evans · Harbour Estates · 0131 …").
 */
function isFieldWithSeparators(line: string): boolean {
  const m = LABEL_LINE.exec(line);
  if (!m || STAFF_LABEL.test((m[1] ?? '').trim())) return false;
  return !(m[2] ?? '')
    .split(CARD_SEPARATOR)
    .slice(1)
    .some((part) => CARD_ITEM.test(part));
}

const MAX_TRAILING_LINES = 60;

/**
 * Staff named after the customer's part (below a footer line or a staff heading): "Your agent:
 * Rebecca Lawson", an agent card line, a staff heading's block.
 */
function trailingStaffNames(rest: string): string[] {
  const lines = rest.split('\n', MAX_TRAILING_LINES);
  const names: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const l = raw.trim();
    const m = LABEL_LINE.exec(l);
    const name = m && STAFF_LABEL.test((m[1] ?? '').trim()) ? leadingName(m[2] ?? '') : null;
    if (name) names.push(name);
    else if (BUSINESS_CARD_LINE.test(l)) {
      const card = leadingName(l);
      if (card) names.push(card);
    } else if (STAFF_HEADING.test(l)) names.push(...staffBlockNames(lines, i));
  }
  return names;
}

/**
 * Emoji before a label ("👤 Name", "📞 Telefon:", "💬 What can we help you with?", keycaps "1️⃣"),
 * with their modifiers.
 */
const LEADING_PICTOGRAPHS =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|[\d#*]\uFE0F?\u20E3|\uFE0F|\u200D|\u20E3|\s)+/u;

/**
 * The line without the emoji that decorate labels (also keycaps: "4️⃣ Pour quand ?"); most lines
 * start with ASCII and skip the regex.
 */
function withoutPictographs(line: string): string {
  const c = line.charCodeAt(0);
  // A keycap ("1️⃣") starts with its ASCII digit.
  const keycap = c < 0x80 && (line.charCodeAt(1) === 0xfe0f || line.charCodeAt(1) === 0x20e3);
  return c > 0x2000 || keycap ? line.replace(LEADING_PICTOGRAPHS, '') : line;
}

/**
 * A definition list written as text (Markdown Extra, pandoc): "Message *" / ": We are four
 * adults…". The colon opens the definition; it is no part of the value.
 */
function withoutDefinitionMark(line: string): string {
  return line.charCodeAt(0) === 0x3a ? line.replace(/^:[ \t]+/, '') : line;
}

/** A line that is only a phone number, an address or a link: a contact card's line, not prose. */
const CONTACT_ONLY_LINE =
  /^(?:(?:tel|phone|mob|fax|t|m|p)\.?:?\s*)?(?:\+?[\d\s()./-]{7,22}|\S+@\S+\.\w+|(?:https?:\/\/|www\.)\S+)$/i;
const MAX_CARD_LINES = 6;
const MAX_CARD_LINE_CHARS = 60;

/**
 * Whether the paragraph starting at line `start` is a contact card: a few short lines without
 * sentence ends, one of them only a phone number, an address or a link.
 */
function isContactBlock(lines: readonly string[], start: number): boolean {
  const para: string[] = [];
  for (let i = start; i < lines.length && para.length <= MAX_CARD_LINES; i++) {
    const l = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    if (!l || l === VALUE_END) break;
    para.push(l);
  }
  if (para.length === 0 || para.length > MAX_CARD_LINES) return false;
  if (!para.every((l) => l.length <= MAX_CARD_LINE_CHARS && !/[.!?]$/.test(l))) return false;
  // A card with a phone, an address or a link, or one of names only ("Mark Evans" / "Harbour
  // Estates Leith"): every word capitalised, as a person, a company or a street is written.
  return (
    para.some((l) => CONTACT_ONLY_LINE.test(l) && /\d{3}|@|\./.test(l)) ||
    (para.length >= 2 && !SALUTATION_LINE.test(para[0] as string) && para.every(isTitleLine))
  );
}

const MAX_SECTION_HEADING_CHARS = 40;

/** A short line on its own that names a section ("Customer", "Kundendaten"): no value, no sentence. */
function isSectionHeading(line: string): boolean {
  return line.length <= MAX_SECTION_HEADING_CHARS && !/\d|[.!?:,;]$/.test(line) && !LABEL_LINE.test(line);
}

/** A paragraph of a few short lines without sentence ends, one of them holding a phone number. */
function isCardWithNumber(lines: readonly string[], start: number): boolean {
  const para = blockAt(lines, start);
  return (
    para.length <= MAX_CARD_LINES &&
    para.every((l) => l.length <= MAX_CARD_LINE_CHARS && !/[.!?]$/.test(l)) &&
    para.some((l) => /\d[\d\s()./-]{6,}\d/.test(l))
  );
}

const MAX_TITLE_WORDS = 6;

/** "Mark Evans", "Harbour Estates Leith", "14 Harbour Street": capitalised words (or numbers) only. */
function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length <= MAX_TITLE_WORDS &&
    !/[,;:]$/.test(line) &&
    words.every((w) => /^[\p{Lu}\d&(]/u.test(w) || /^(?:of|and|the|de|la|le|del|von|und|et|y|&)$/i.test(w))
  );
}

/** The next `count` lines after `start` that hold text (blank lines and VALUE_END skipped). */
function nextTextLines(lines: readonly string[], start: number, count: number): string[] {
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && out.length < count; i++) {
    const l = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    if (l && l !== VALUE_END) out.push(l);
  }
  return out;
}

/** Words that announce the enquirer's own words ("…has sent you a message:", "Anna wrote:"). */
const MESSAGE_INTRO =
  /(?<![\p{L}])(?:message|nachricht|mitteilung|mensaje|wrote|writes|says|asks|schreibt|schrieb|fragt|(?:a )?écrit|ecrit|escribe|escribi[óo]|dice)(?![\p{L}])/iu;
const INTRO_HIT: LabelHit = { target: 'message', lang: null, exact: false };
/** A form's or survey's name in quotation marks ("New response to “Customer feedback”"). */
const QUOTED_NAME = /["“„«][^"“”„«»\n]{1,60}["”“»]/;
const MIN_INTRO_WORDS = 5;
const MIN_PROSE_WORDS = 4;

/**
 * A sentence alone on its line that announces what follows ("Jane Doe has sent you a message:",
 * "Carmen Ortega está interesada en tu anuncio:", "Grace says:"): when prose or a quotation
 * follows, that is the enquirer's message. A label the lexicon types otherwise keeps its type,
 * except a role word inside a sentence ("interesada", "buyer"), which does not make it a name.
 */
function introHit(
  label: string,
  hit: LabelHit | null,
  lines: readonly string[],
  index: number,
  dict: LabelDictionary,
): LabelHit | null {
  if (hit?.target === 'message' || (hit && hit.target !== 'name') || endsAsQuestion(label)) return hit;
  const words = label.split(/\s+/).length;
  if (words < MIN_INTRO_WORDS && !(words >= 2 && MESSAGE_INTRO.test(label))) return hit;
  // A headline naming the form or survey in quotation marks is the tool's title over its first
  // question ("How likely are you to recommend us? (0-10)"), not a sentence announcing prose.
  if (QUOTED_NAME.test(label) && !MESSAGE_INTRO.test(label)) return hit;
  // A greeting line ("Guten Tag,") may open the prose.
  const [next = '', second = ''] = nextTextLines(lines, index, 2);
  const opening = /,$/.test(next) ? `${next} ${second}` : next;
  const proseWords = opening.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // "Quick question: is the flat still available?": the customer's lead-in, no field of the form.
  const field = LABEL_LINE.exec(next);
  const fieldLabel = (field?.[1] ?? '').trim();
  const ownLeadIn =
    !!field && leadsIntoOwnText(fieldLabel, dict.lookup(fieldLabel), (field[2] ?? '').trim(), second);
  const prose = /^["“„«]/.test(next) || (proseWords >= MIN_PROSE_WORDS && (!field || ownLeadIn));
  return prose ? INTRO_HIT : hit;
}

/**
 * The customer's own lead-in opening a line of their text ("Quick question: can you…?", "Kurze
 * Frage: …", "Our situation: we…", "Contexte : nous…", "Mi situación: el casero…"): a label the
 * reader does not know as a field, or one of the customer's asides, and after it a sentence of
 * theirs, perhaps wrapped onto the next line. The form's own next field has a label the reader
 * knows ("Message:", "Preferred date:") or a value that is no sentence.
 */
function leadsIntoOwnText(
  label: string,
  hit: LabelHit | null,
  value: string,
  following: string | undefined,
): boolean {
  return (hit === null || isOwnAside(label)) && sentenceInTheirVoice(wrappedSentence(value, following));
}

/**
 * A sentence wrapped onto the next line ("Kurze Frage: Bauen Sie auch Dachfenster ein" / "oder nur
 * Ihre eigenen?"), read with its end: the next line goes on in lower case.
 */
function wrappedSentence(value: string, following: string | undefined): string {
  const next = (following ?? '').trim();
  return /[.!?…)]$/.test(value) || !/^\p{Ll}/u.test(next) ? value : `${value} ${next}`;
}

/**
 * In a form of labels above their one-line answers, a question line with its answer on the next
 * line is the next question ("When would you like to start?" / "Within 3 months"); in a message,
 * or after an answer of several lines, it is the customer's own question.
 */
function asksAgain(cur: LabeledPair, line: string): boolean {
  return (
    !isMessage(cur) &&
    !cur.value.includes('\n') &&
    /[?？]$/.test(line) &&
    !asksTheBusiness(line) &&
    line.length <= MAX_QUESTION_CHARS &&
    line.split(/\s+/).length <= 14
  );
}

/**
 * A prose answer to a question the lexicon does not know ("Que pouvons-nous faire pour vous ?" /
 * "Remplacer la clôture…"): the customer writes freely there, so the answer runs over paragraphs
 * in their voice like a message, up to the form's next question or choices.
 */
function answersOpenQuestion(pair: LabeledPair): boolean {
  return (
    pair.hit === null &&
    /[?？]$/.test(pair.label) &&
    /[.!?？]$/.test(pair.value) &&
    pair.value.split(/\s+/).length >= MIN_PROSE_WORDS
  );
}

/** How a form's question line opens: its number style, bullet or bold, with the indent ("4. " → "#."). */
const QUESTION_PREFIX = /^[ \t]*(?:\d{1,2}[.)]|[•●▪◦‣·*–-](?=[ \t])|\*\*|__)/;

function questionPrefix(rawLine: string): string | null {
  return QUESTION_PREFIX.exec(rawLine)?.[0].replace(/\d+/, '#') ?? null;
}

/**
 * The form's next question at line `start`: a question line (numbered, bulleted, bold or plain,
 * an emoji or a required marker allowed) answered below by picked options, a rating, an empty
 * answer, or one short line that is no sentence before the block ends or the next question
 * starts. A question the customer asks inside their text is followed by more of their sentences,
 * and one they ask of the business ("Could you quote for spring?") is theirs whatever follows it.
 */
function asksNextQuestion(lines: readonly string[], start: number): boolean {
  const question = questionText(lines[start] ?? '');
  if (!/[?？]$/.test(question) || !isLabelShaped(question) || asksTheBusiness(question)) return false;
  const answer = (lines[start + 1] ?? '').replace(/^\s*>+\s?/, '').trim();
  if (!answer || answer === VALUE_END) return false;
  if (isPickedLine(answer) || isEmptyAnswer(answer)) return true;
  const after = (lines[start + 2] ?? '').trim();
  return (
    answer.length <= MAX_STACKED_VALUE_CHARS &&
    !/[.!?]$/.test(answer) &&
    !SALUTATION_LINE.test(answer) &&
    !(LABEL_LINE.exec(answer)?.[2] ?? '').trim() &&
    (!after || after === VALUE_END || /[?？]$/.test(questionText(after)))
  );
}

/**
 * A heading only guessed to be a message label ("Neue Anfrage", "New enquiry") right above the
 * form's first question, answered by a short line of its own below ("Welche Leistung interessiert
 * Sie?" / "Baumfällung"): the notification's title, not a label whose value is that question. A
 * dictionary label ("Nachricht" / "Haben Sie samstags geöffnet?") keeps the customer's question.
 */
function titleAboveQuestion(heading: LabeledPair, lines: readonly string[], question: number): boolean {
  if (heading.hit?.exact !== false) return false;
  const at = lines[question + 1]?.trim() === VALUE_END ? question + 2 : question + 1;
  const answer = (lines[at] ?? '').trim();
  return (
    !!answer &&
    answer !== VALUE_END &&
    answer.length <= MAX_STACKED_VALUE_CHARS &&
    !/[.!?]$/.test(answer) &&
    !LABEL_LINE.test(answer)
  );
}

/** A question line without its number, bullet, bold, emoji or required marker. */
function questionText(rawLine: string): string {
  return withoutPictographs(rawLine.trim())
    .replace(QUESTION_PREFIX, '')
    .replace(/\*\*|__/g, '')
    .replace(REQUIRED_AFTER_LABEL, '')
    .trim();
}

/**
 * A line below a question that can be its answer: text, not a `Label: value` field ("Submitted:
 * 2026-12-04" after the customer's own "Geht das auch samstags?").
 */
function answerBelow(lines: readonly string[], index: number): boolean {
  const next = (lines[index + 1] ?? '').trim();
  const field = LABEL_LINE.exec(next);
  return !!next && !(field && (field[2] ?? '').trim());
}

/** A question followed by a closing salutation ("Können Sie uns ein Angebot machen?" / "Viele Grüße") is prose. */
function answeredBySignOff(lines: readonly string[], index: number): boolean {
  const next = nextTextLines(lines, index, 1)[0];
  return next !== undefined && SALUTATION_LINE.test(next);
}

const MAX_HEADING_CHARS = 40;
const MAX_FIELD_LABEL_CHARS = 30;

/**
 * Whether the paragraph at `start` is a block of fields: two `Label: value` lines, or a heading
 * ("Coordonnées", "Property details") above a `Label: value` line or a known label.
 */
function startsFieldBlock(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  const first = (lines[start] as string).replace(/^\s*>+\s?/, '').trim();
  const next = nextTextLines(lines, start, 1)[0];
  if (next === undefined) return false;
  // A field's value is no sentence: "PS: if nobody answers, please leave a voicemail." is prose.
  const fieldLine = (l: string) => {
    const m = LABEL_LINE.exec(l);
    const value = (m?.[2] ?? '').trim();
    return (
      m !== null && (m[1] ?? '').trim().length <= MAX_FIELD_LABEL_CHARS && !!value && !/[.!?]$/.test(value)
    );
  };
  if (fieldLine(first)) return fieldLine(next);
  const heading =
    first.length <= MAX_HEADING_CHARS &&
    first.split(/\s+/).length <= 5 &&
    !/[.,;!?:]$/.test(first) &&
    !SALUTATION_LINE.test(first);
  return heading && (fieldLine(next) || (next.length <= MAX_LABEL_CHARS && dict.isKnownLabel(next)));
}

/**
 * A heading (not a field) directly above at least two field lines: a section of the tool's own
 * data, which a customer's prose does not print under a title of its own.
 */
function headsFieldSection(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  const first = (lines[start] as string).trim();
  if (LABEL_LINE.test(first) || !lines[start + 1]?.trim() || !lines[start + 2]?.trim()) return false;
  return startsFieldBlock(lines, start, dict) && startsFieldBlock(lines, start + 1, dict);
}

/** "Q4 ", "Q4. ", "Frage 4: ", "Pregunta 4 – ": a question list's number before the question. */
const QUESTION_NUMBER = /^(?:q|question|frage|pregunta)[ \t]?\d{1,2}[ \t]?[.:)–—-]?[ \t]+/i;
/** A numbered section heading ("3. Reason for the visit", "4) Bisheriger Tierarzt", "2 – Animal"): short, no sentence. */
const SECTION_NUMBER = /^\d{1,2}(?:[.)]|[ \t]+[–—-])[ \t]+/;
const NUMBERED_HEADING = new RegExp(`${SECTION_NUMBER.source}\\p{Lu}[^:：.!?\\n]{1,48}$`, 'u');

const MAX_STACKED_LABEL_CHARS = 40;
const MAX_STACKED_LABEL_WORDS = 5;
const MAX_STACKED_VALUE_CHARS = 60;

/**
 * The form's questions a run of stacked pairs may hold after a message: bounded, as every line of
 * a running message looks ahead over them.
 */
const MAX_CHAINED_QUESTIONS = 8;

/**
 * A paragraph of exactly two short lines, the first shaped like a label (no sentence end); or the
 * form's questions one under the other, each above its short answer, to the end of the paragraph
 * ("What is your budget?" / "£1,500" / "When should we call you?" / "Evenings").
 */
function isStackedField(lines: readonly string[], start: number): boolean {
  for (let i = start, n = 0; n < MAX_CHAINED_QUESTIONS && isStackedPair(lines, i); i += 2, n++) {
    const after = (lines[i + 2] ?? '').trim();
    if (!after || after === VALUE_END) return true;
    if (!/[?？]$/.test(stackedLabel(lines, i)) || !/[?？]$/.test(stackedLabel(lines, i + 2))) return false;
  }
  return false;
}

/** The label line at `start` without an emoji before it or a required marker after it. */
function stackedLabel(lines: readonly string[], start: number): string {
  // An emoji before the question ("📅 When should we start?") decorates it, as on a label line.
  return withoutPictographs((lines[start] ?? '').trim())
    .replace(REQUIRED_AFTER_LABEL, '')
    .trim();
}

/** A short line shaped like a label (or a form's question) above one short value line. */
function isStackedPair(lines: readonly string[], start: number): boolean {
  const label = stackedLabel(lines, start);
  const value = (lines[start + 1] ?? '').trim();
  // A form's question ("How did you hear about us? *" / "Instagram") is a label too.
  // One sentence: "Also two conifers need removing. When would you have time?" is the customer's.
  // The customer's request ("Could you quote for spring?" / "Newsletter ☑ Yes") is never the form's.
  const question =
    /[?？]$/.test(label) &&
    !asksTheBusiness(label) &&
    label.length <= MAX_QUESTION_CHARS &&
    label.split(/\s+/).length <= 14 &&
    !/[.!]\s+\p{Lu}/u.test(label);
  return (
    !SALUTATION_LINE.test(label) &&
    ((label.length <= MAX_STACKED_LABEL_CHARS &&
      label.split(/\s+/).length <= 5 &&
      !/[.,;!?:]$/.test(label)) ||
      question) &&
    /^[¿\p{Lu}]/u.test(label) &&
    !SALUTATION_LINE.test(value) &&
    value.length > 0 &&
    value !== VALUE_END &&
    value.length <= MAX_STACKED_VALUE_CHARS &&
    !/[.!?]$/.test(value) &&
    !(LABEL_LINE.exec(value)?.[2] ?? '').trim() &&
    // "Le terrain est en pente, est-ce un souci ?" / "Code postal ........ 13100": a field of its own.
    !LEADER_LINE.exec(value)?.[2]
  );
}

/**
 * A stacked label with a blank line right under it, in a form that writes each field as a label
 * line, a value line and a blank line (the field above it so, and the paragraph after it too):
 * the rhythm shows the field was left empty ("Weitere Infos" / "" / "Leadformular" / "PV Check"),
 * so the next paragraph is the next field, whether the lexicon knows its label or not.
 */
function leftEmptyInRhythm(lines: readonly string[], at: number): boolean {
  if (lines[at - 1]?.trim()) return false;
  const above = lines[at - 2]?.trim() === VALUE_END ? at - 4 : at - 3;
  // The field above is a paragraph of its own: a blank line (or the text's start) before it.
  if (lines[above - 1]?.trim() || !isFieldParagraph(lines, above)) return false;
  let next = at + 1;
  while (next < lines.length && !lines[next]?.trim()) next++;
  return isFieldParagraph(lines, next);
}

/**
 * A paragraph of one stacked field: a label line over its value line, or the same pair the reader
 * already rewrote as a `Label: value` block of its own (a stacked contact pair, see read-fields.ts).
 */
function isFieldParagraph(lines: readonly string[], start: number): boolean {
  if (lines[start]?.trim() !== VALUE_END) return isStackedField(lines, start);
  const field = LABEL_LINE.exec((lines[start + 1] ?? '').trim());
  return !!field?.[2]?.trim() && lines[start + 2]?.trim() === VALUE_END;
}

/**
 * Whether the paragraph at `start` is the form's own stacked fields after the message: label lines
 * above short answers, one of them a field the lexicon types ("Comment avez-vous connu notre
 * entreprise" / "Bouche-à-oreille" / "Heure de contact préférée" / "Matin"), running to the end of
 * the paragraph or to a line of the form (a consent box, the submission's record, a field). A list
 * the customer types ("Kitchen" / "Bathroom") has no field label in it.
 */
function startsStackedFields(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  let i = start;
  let typed = false;
  while (isStackedPair(lines, i)) {
    const target = dict.lookup(stackedLabel(lines, i))?.target;
    typed ||= target !== undefined && target !== 'message';
    i += 2;
  }
  const after = (lines[i] ?? '').trim();
  return (
    typed &&
    (!after ||
      after === VALUE_END ||
      CHECKBOX_LINE.test(after) ||
      CONSENT_SENTENCE.test(after) ||
      FOOTER_LINE.test(after) ||
      LABEL_LINE.test(after) ||
      endsRunningValue(after, dict))
  );
}

/**
 * In a form that marks its required fields, an unmarked optional field stacked right above the
 * next marked label ("…of year?" / "Preferred contact time" / "Evenings" / "Heard about us *") is
 * the form's, not the end of the message: the message's last two lines when shaped as a field.
 */
function trailingStackedField(value: string): { before: string; label: string; value: string } | null {
  const lines = value.split('\n');
  if (lines.length < 3 || !lines[lines.length - 3]?.trim() || !isStackedField(lines, lines.length - 2))
    return null;
  return {
    before: lines.slice(0, -2).join('\n').trimEnd(),
    label: (lines[lines.length - 2] as string).trim(),
    value: (lines[lines.length - 1] as string).trim(),
  };
}

/** Label lines a customer may type inside a message before going on with it. */
const MAX_TYPED_LINES = 4;
const MAX_TYPED_VALUE_CHARS = 80;
const TYPED_LINE_TARGETS = /^attr:/;

/**
 * Whether the `Label: value` line at `start` inside a message is the customer's own ("Budget: 5.000
 * €", "Zeitraum: ab März", "Fecha: a partir del 15"): up to a few such lines, none a contact,
 * consent or staff field, perhaps a few list items of theirs, and after them the customer's prose
 * goes on (a sentence, not the platform's voice, a footer or a link). A form's own fields are
 * followed by more fields or the footer, not by the customer speaking again.
 */
function typedLinesAt(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  let typed = 0;
  let listed = 0;
  let blank = false;
  for (let i = start; i < lines.length; i++) {
    const l = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    if (!l || l === VALUE_END) {
      blank = true;
      continue;
    }
    const m = LABEL_LINE.exec(l);
    if (m) {
      const label = (m[1] ?? '').trim();
      const value = (m[2] ?? '').trim();
      const target = dict.lookup(label)?.target;
      if (
        ++typed > MAX_TYPED_LINES ||
        !value ||
        value.length > MAX_TYPED_VALUE_CHARS ||
        (target !== undefined &&
          !TYPED_LINE_TARGETS.test(target) &&
          !sentenceUnderNameLabel(target, value)) ||
        CONSENT_LABEL.test(label) ||
        STAFF_LABEL.test(label) ||
        PARTNER_NOTE_LABEL.test(label)
      )
        return false;
      continue;
    }
    if (typed === 0) return false;
    // "Ref: your flyer" / "- gravel instead of lawn" / "Looking forward…": the customer's own list
    // items between their label lines and their prose; a form prints no dash items among its fields.
    if (LIST_ITEM_LINE.test(l) && ++listed <= MAX_TYPED_LINES) continue;
    const words = l.split(/\s+/).length;
    return (
      (/[?？]$/.test(l)
        ? closesWithQuestion(l, lines, i)
        : words >= MIN_PROSE_WORDS || isThanksSentence(l)) &&
      !FOOTER_LINE.test(l) &&
      !CONSENT_LABEL.test(l) &&
      !inPlatformVoice(l) &&
      !/@|https?:|www\./i.test(l) &&
      (blank ? inCustomerVoice(l) : /[.!?]$/.test(l) || inCustomerVoice(l))
    );
  }
  return false;
}

/**
 * A question closing the customer's text after their label lines, however short ("Geht das?", "Is
 * that realistic?"): theirs ends its paragraph or block, or is followed by a field, a sentence or
 * a sign-off; a form's question stacked right above its answer ("Quand souhaitez-vous commencer ?"
 * / "En mars") by a short answer.
 */
function closesWithQuestion(line: string, lines: readonly string[], index: number): boolean {
  if (line.split(/\s+/).length < 2) return false;
  const next = (lines[index + 1] ?? '').replace(/^\s*>+\s?/, '').trim();
  return (
    !next ||
    next === VALUE_END ||
    LABEL_LINE.test(next) ||
    /[.!?？]$/.test(next) ||
    SALUTATION_LINE.test(next) ||
    next.length > MAX_STACKED_VALUE_CHARS
  );
}

/**
 * "The guest of honour: my aunt Rita, she turns 70." in a booking's message: a name label's words
 * with a sentence after them (a sentence mark, a figure or more words than a name has) are the
 * customer's line about a person, not the form's name field.
 */
function sentenceUnderNameLabel(target: string, value: string): boolean {
  return (
    (target === 'name' || target === 'fullName') &&
    (/[.!?]$|\d/.test(value) || value.split(/\s+/).length > MAX_NAME_WORDS)
  );
}
const MAX_NAME_WORDS = 6;

/**
 * A block of one line crediting the tool that sent the form ("Voucher shop powered by GiftPal"):
 * the page's footer under the message, not a paragraph of it, nor the answer to the customer's
 * closing question above it. A sentence is the customer's ("Our pump is powered by solar panels.").
 */
function opensBlock(lines: readonly string[], index: number): boolean {
  const above = (lines[index - 1] ?? '').trim();
  return !above || above === VALUE_END;
}
function creditsPlatform(block: readonly string[]): boolean {
  const line = block.length === 1 ? (block[0] as string) : '';
  return POWERED_BY.test(line) && !/[.!?]$/.test(line);
}
const POWERED_BY = /\b(?:powered by|bereitgestellt von|propulsé par|con la tecnología de)\b/i;

/** A company's legal form: a block naming one is a sender's footer, not the customer's text. */
const COMPANY_WORD = /\b(?:ltd|llc|inc|gmbh|ag|s\.?a\.?s?|s\.?l\.?|sarl|bv|plc)\b\.?/i;

/** The lines of the block starting at `start`, up to a blank line or VALUE_END. */
/** A listing's reference or price: "Ref. IH-3310", "Réf. AL-8842", "Objekt-Nr. 2290", "245.000 €", "£1,650 pcm". */
const LISTING_FIGURE =
  /(?<![\p{L}])(?:ref(?:erence|erenz)?|réf(?:érence)?|objekt-?(?:nr|nummer)|anuncio|annonce)\b\.?\s*:?\s*[\p{Lu}\d][\p{Lu}\d-]{2,}|(?:[£$€]\s?\d[\d.,]*\d|\d[\d.,]*\d\s?(?:€|eur\b))/iu;

/**
 * A paragraph after the message that is the listing's or platform's, not the customer's: it does
 * not speak as them, has no sentence and gives a reference, a price or a link ("Ático en calle
 * Colón 12" / "Ref. IH-3310 · 245.000 €"), as a portal prints the advert under the enquiry.
 */
function isListingBlock(block: readonly string[]): boolean {
  // Only its lines before a field line: "Page URL: https://…" under the customer's last paragraph
  // is the form's metadata, which ends the message by itself.
  const field = block.findIndex((l) => LABEL_LINE.test(l));
  const own = field < 0 ? block : block.slice(0, field);
  const text = own.join(' ');
  // A sentence ("Maximal 1.200 € warm, gern mit Balkon.") is the customer's, pronoun or not.
  if (own.some((l) => /[.!?]$/.test(l)) || inCustomerVoice(text)) return false;
  return LISTING_FIGURE.test(text) || /https?:\/\/|www\./i.test(text);
}

const QUOTED_LINE = /^\s*>/;

/** Whether a line of the writer's own (not "> " quoted) comes after line `index`. */
function unquotedTextFollows(lines: readonly string[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() && l.trim() !== VALUE_END && !QUOTED_LINE.test(l)) return true;
  }
  return false;
}

function blockAt(lines: readonly string[], start: number): string[] {
  const block: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = (lines[i] as string).replace(/^\s*>+\s?/, '').trim();
    if (!l || l === VALUE_END) break;
    block.push(l);
  }
  return block;
}

/**
 * Whether a message under a heading block goes on into the block after `end` (a VALUE_END): after
 * a greeting or lead-in ("Hello,"), into a sign-off, or into a block in the customer's voice; not
 * into a question label, a label-shaped line or the platform's footer.
 */
function continuesInBlocks(
  lines: readonly string[],
  end: number,
  value: string,
  dict: LabelDictionary,
): boolean {
  const block = blockAt(lines, end + 1);
  const first = block[0];
  if (first === undefined) return false;
  if (/[,:]$/.test(value)) return true;
  // A lead-in above a list of the customer's ("Gewünscht wäre:" / the items, each in its block),
  // and the list's next item; a label the lexicon knows above options ("Services:") is the form's.
  if (
    block.length === 1 &&
    /[:：]$/.test(first) &&
    dict.lookup(first.replace(/[:：]$/, '').trim()) === null &&
    listInBlocks(lines, end + 2)
  )
    return true;
  // An item is written as the list's items are: a footer line after "- …" items is no item of theirs.
  const lastItem = value.trimEnd().split('\n').at(-1) ?? '';
  if (
    block.length === 1 &&
    isListItemText(first) &&
    endsInLeadInList(value) &&
    LIST_ITEM_LINE.test(first) === LIST_ITEM_LINE.test(lastItem)
  )
    return true;
  // A question above a short answer, in its block or the next ("Wie haben Sie von uns erfahren?" /
  // "Google"), is the form's next question; above more prose it is the customer's own, and so is
  // one asking the business ("Could you look at my gait too?" / "Many thanks").
  if (
    block.length <= 2 &&
    /[?？:：]$/.test(first) &&
    first.length <= MAX_QUESTION_CHARS &&
    !asksTheBusiness(first)
  ) {
    const answer = block.length === 2 ? block.slice(1) : blockAt(lines, end + 3);
    const a = answer[0];
    // A consent box under the customer's closing question is the form's, not an answer to it.
    if (
      answer.length === 1 &&
      a &&
      a.length <= MAX_STACKED_VALUE_CHARS &&
      !/[.!?]$/.test(a) &&
      !creditsPlatform(answer) &&
      !CHECKBOX_LINE.test(a) &&
      !CONSENT_SENTENCE.test(a)
    )
      return false;
  }
  // "I agree to the privacy policy" is a consent box's text, not the customer's words.
  if (CONSENT_LABEL.test(first)) return false;
  if (SALUTATION_LINE.test(first) || inCustomerVoice(block.join(' '))) return true;
  // Not into a label-shaped line ("Preferred time"), an address or link, or a company's footer.
  const text = block.join(' ');
  return !(
    (block.length === 1 &&
      first.length <= MAX_STACKED_LABEL_CHARS &&
      first.split(/\s+/).length <= 5 &&
      !/[.,;!?]$/.test(first)) ||
    /@|https?:|www\./i.test(text) ||
    COMPANY_WORD.test(text)
  );
}

/**
 * Outside a running value, a question ("À quel numéro pouvons-nous vous joindre ?") or a short
 * keyword label ("Questions / Comments") alone on its line is a label too.
 */
/** An item of a list the customer typed ("- new worktops in oak", "• zwei Türen", "1. …"). */
const LIST_ITEM_LINE = /^\s*(?:[-–•*]|\d{1,2}[.)])\s+\S/;

/**
 * The first line under a message label that ends in a colon is the customer's own when it speaks
 * as them ("We need the following:", "Ich habe dieses Haus gefunden:") or opens a list they typed:
 * it leads into their text, it is no heading above an intro ("Jane has sent you a message:").
 */
function opensOwnText(pair: LabeledPair, line: string, lines: readonly string[], index: number): boolean {
  if (!isMessage(pair)) return false;
  // The list may stand a blank line below its lead-in ("Ich hätte vorab ein paar Fragen:" / "" / "1. …").
  const [next] = nextTextLines(lines, index, 1);
  const list = (next !== undefined && LIST_ITEM_LINE.test(next)) || listInBlocks(lines, index + 1);
  // An HTML list's items each stand in a block: only the customer's own lead-in runs into them, so
  // one of any length opens their text there ("Gewünscht wäre:" / the items).
  if (pair.value && listInBlocks(lines, index + 1)) return true;
  // "Our questions:" / "- Is clay included?" / "- Can we bring glazes?", "Drei Punkte:" / "1) …?" /
  // "2) Termin: …": the customer's own list, however short its lead-in (own-list.ts decides whose
  // a list is, for this reader and the numbered-question reader alike).
  if (ownListBelow(lines, index) > 0) return true;
  // Four words or fewer may still be a form's label ("Ich interessiere mich für:", "Services requested:").
  if (line.split(/\s+/).length <= MAX_COLON_LABEL_WORDS) return false;
  // Inside the text only a lead-in to a list: a line after the text may be the form's next field.
  return list || (!pair.value && inCustomerVoice(line) && !inPlatformVoice(line));
}
const MAX_COLON_LABEL_WORDS = 4;
const MIN_LIST_ITEMS = 2;

/**
 * An HTML list (`<ol><li>…</li>…</ol>`) rendered from `start`: blocks of one short line each, no
 * label, question or sentence among them. A form's next label is answered by one value and
 * followed by its next label, never by a run of items.
 */
function listInBlocks(lines: readonly string[], start: number): boolean {
  let items = 0;
  for (let i = start; i + 2 < lines.length && lines[i] === VALUE_END; i += 2) {
    if (lines[i + 2] !== VALUE_END || !isListItemText((lines[i + 1] ?? '').trim())) break;
    items++;
  }
  return items >= MIN_LIST_ITEMS;
}

/** A list item's text: short, no label, question or sentence. */
function isListItemText(line: string): boolean {
  return (
    !!line && line.length <= MAX_STACKED_VALUE_CHARS && !/[:：?？.!]$/.test(line) && !LABEL_LINE.test(line)
  );
}

/** A value ending in a list the customer led into ("Gewünscht wäre:" / items so far). */
function endsInLeadInList(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim());
  let i = lines.length - 1;
  while (i >= 0 && isListItemText((lines[i] as string).trim())) i--;
  return i >= 0 && i < lines.length - 1 && /[:：]$/.test((lines[i] as string).trim());
}

function isLooseLabel(numbered: string, dict: LabelDictionary): boolean {
  // A numbered section's heading ("2 – Reason for the visit") labels like its title, and so does a
  // numbered question ("Q4 Tell us about the job"); a required marker after it is the form's, and so
  // is a hint in brackets after a question's mark ("¿Por quién preguntamos? (Apellido, nombre)").
  const line = withoutQuestionHint(
    withoutRequiredMark(numbered.replace(SECTION_NUMBER, '').replace(QUESTION_NUMBER, '')),
  );
  const words = line.split(/\s+/).length;
  // Two sentences ("Saturday works. Could you…?") or an address ("On …, Ann <a@b> wrote:") are prose.
  if (/[.!]\s+\p{Lu}/u.test(line) || line.includes('@')) return false;
  if (OPENING_GREETING.test(line.replace(/\s*[:：]$/, ''))) return false;
  if (/[?？:：]$/.test(line)) return line.length <= MAX_QUESTION_CHARS && words <= 14;
  // A prompt to the customer ("Tell us what you are looking for", "Beschreiben Sie kurz, was Sie suchen").
  // One sentence, perhaps closed by its full stop ("Please tell us about your project (size, budget).").
  if (PROMPT_LABEL.test(line) && !/[.;!]/.test(line.replace(/\.$/, '')))
    return line.length <= MAX_QUESTION_CHARS && words <= MAX_PROMPT_WORDS;
  if (line.length > 40 || words > 5 || /[.,;!]/.test(line) || REFERENCE_NUMBER.test(line)) return false;
  return dict.lookup(line) !== null;
}

/**
 * A reference number ("P-7781", "#4471", "Nr. 20417"): a line holding one is a notice's title
 * ("Nueva solicitud de presupuesto P-7781"), however many request words it has; no label numbers
 * itself beyond a digit or two ("Phone 2", "Address line 1").
 */
const REFERENCE_NUMBER = /\d{3,}/;

/** A request for the customer's text written as a sentence ("Please share anything that will help…"). */
const PROMPT_SENTENCE =
  /^(?:(?:please|kindly|bitte|por favor|merci de|veuillez)[ ,]+)?(?:share|tell us|let us know|describe|teilen sie|erzählen sie|beschreiben sie|partagez|dites-nous|décrivez|indiquez|comparte|compártenos|cuéntanos|cuéntenos|descríbenos|indícanos)(?![\p{L}])[^\n]{0,160}[.:?]$/iu;

const MAX_PROMPT_WORDS = 14;

/**
 * "Lead ID ....... urn:li:leadGenFormResponse:6612…", "Referrer      https://…": a known label set
 * off by leader dots, a tab or a run of spaces, whose value holds a colon of its own. The first
 * colon is the value's, not the label's: read at the first colon, the label would swallow the
 * value's first segment ("Lead ID ....... urn") and the value would lose it.
 */
function gapBeforeColonValue(line: string, dict: LabelDictionary): RegExpExecArray | null {
  if (!COLON_IN_TOKEN.test(line)) return null;
  const m = GAP_THEN_COLON_VALUE.exec(line);
  return m && dict.lookup((m[1] ?? '').trim()) !== null ? m : null;
}
/** A colon inside a token ("urn:li", "https://"), not one a label ends with. */
const COLON_IN_TOKEN = /[\p{L}\p{N}]:[^\s]/u;
const GAP_THEN_COLON_VALUE =
  /^([\p{L}][\p{L}\p{M}\p{N} '’()/&+#-]{0,47}?)(?:[ \t]*\t[ \t]*|[ \t]{2,}|[ \t]*(?:\.{3,}|(?:\.[ \t]){3,}|…+|_{3,}|·{3,})[.…_·]*[ \t]*)([\p{L}\p{N}][\w.+-]*:[^\s].*)$/u;

/** A leader line, for a known label or, once the form has used leaders for a field, for any label. */
function leaderLine(line: string, dict: LabelDictionary, leaderForm: boolean): RegExpExecArray | null {
  const m = LEADER_LINE.exec(line) ?? (leaderForm ? SHORT_LEADER_LINE.exec(line) : null);
  if (!m) return null;
  // A label with its value below ("Nachricht ....." / text) only when known: "Thanks..." is prose.
  const known = dict.lookup((m[1] ?? '').trim()) !== null;
  return known || (leaderForm && m[2]) ? m : null;
}

/** Message values run on over lines and paragraphs; unknown fields over lines (prose answers). */
/** The platform's own identifiers: their values are ids, whatever shape an id has. */
const PLATFORM_ID_TARGETS: ReadonlySet<string> = new Set(['adId', 'formId', 'campaignId', 'platformLeadId']);

function runsOn(pair: LabeledPair): boolean {
  return pair.hit === null || pair.hit.target === 'message';
}

/**
 * Only a message under a dictionary label, a label opening with a message word, a question asked
 * of the customer or an intro runs on over paragraphs: under a label only guessed to be one
 * ("Special requests") the paragraph after it is as likely the platform's note.
 */
/** A label that asks the customer for their text ("Cuéntanos tu proyecto", "Describe your project"). */
const ADDRESSED_TO_CUSTOMER =
  /(?<![\p{L}])(?:your|tell us|describe|ihr\p{L}*|erzähl\p{L}*|beschreib\p{L}*|votre|vos|décri\p{L}*|dites|tu|su|cuént\p{L}*|describ\p{L}*)(?![\p{L}])/iu;
/**
 * A label for the customer's notes or reason ("Notes to supplier", "Notas para el proveedor",
 * "Reason for the visit", "Motivo de la consulta", "Hinweise für den Lieferanten"): every paragraph
 * under it in the customer's voice is theirs, "we" included, and so is their closing thanks; the
 * platform's closing note is not.
 */
const NOTE_LABEL =
  /^(?:(?:your|ihre?|vos|votre|sus?|tus?) )?(?:notes?|notas?|remarks?|remarques?|hinweise?|anmerkungen?|bemerkungen?|observations?|observaciones|reason|grund|raison|motif|motivo)\b/iu;
/** A one-word compound around a message word ("Nachrichtentext", "Kundenkommentar", "Anfragetext"). */
const MESSAGE_WORD = /^\p{L}*(?:nachricht|mitteilung|kommentar|anfrage|anliegen)\p{L}*$/iu;

/**
 * Under a label only guessed to be a message ("Special requests", "Anmerkungen"), a paragraph goes
 * on with it when the customer is plainly still speaking (first person, a question, a greeting)
 * and the notification is not (its "you have…" voice, a footer line).
 */
function inCustomersOwnVoice(block: readonly string[]): boolean {
  const first = block[0];
  if (first === undefined || FOOTER_LINE.test(first)) return false;
  const text = block.join(' ');
  return inCustomerVoice(text) && !inPlatformVoice(text);
}

/**
 * A paragraph of plain sentences ("Son 12 zonas ajardinadas y una piscina comunitaria."): every
 * line a sentence of a few words, no label, link or address, not the platform's voice, a
 * footer, a consent or an instruction to the business. Between the message and a field that
 * follows, such a paragraph is the customer's going on, "I" or not; the platform's own lines
 * between a message and more fields are headings, links and labels, not sentences.
 */
function plainSentences(block: readonly string[], dict: LabelDictionary): boolean {
  return (
    block.length > 0 &&
    block.every(
      (l) =>
        /[.!?]$/.test(l) &&
        l.split(/\s+/).length >= MIN_PROSE_WORDS &&
        !LABEL_LINE.test(l) &&
        !/@|https?:|www\./i.test(l) &&
        !FOOTER_LINE.test(l) &&
        !CONSENT_SENTENCE.test(l) &&
        !endsRunningValue(l, dict),
    ) &&
    !inPlatformVoice(block.join(' '))
  );
}

/** Lines looked at for a field after a message's paragraph. */
const FIELD_LOOKAHEAD_LINES = 40;

/**
 * Whether a typed `Label: value` line, or the form's next question in a block of its own, comes
 * after line `start`, before the notification's footer: a message with fields after it is
 * bounded by them, so its paragraphs are the customer's.
 */
function fieldFollows(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  for (let i = start + 1; i < Math.min(lines.length, start + FIELD_LOOKAHEAD_LINES); i++) {
    const l = (lines[i] as string).trim();
    if (FOOTER_LINE.test(l)) return false;
    const label = /^([^:：]{1,48})[:：]\s*\S/.exec(l)?.[1];
    if (label && dict.lookup(label.trim()) !== null) return true;
    const previous = (lines[i - 1] ?? '').trim();
    if ((!previous || previous === VALUE_END) && asksNextQuestion(lines, i)) return true;
  }
  return false;
}

/**
 * A paragraph that speaks as "I" or asks the business something: the customer's. A platform's
 * closing note speaks as "we" and asks nothing ("We will hold these dates for 24 hours").
 */
function asksOrSpeaksAsI(text: string): boolean {
  return inFirstPersonSingular(text) || (/[?？]/.test(text) && !/@|https?:|www\.|\d{3}/.test(text));
}

function runsOverParagraphs(pair: LabeledPair): boolean {
  return (
    isMessage(pair) &&
    (pair.hit?.exact === true ||
      pair.hit === INTRO_HIT ||
      isMessageFirstLabel(pair.label) ||
      MESSAGE_WORD.test(pair.label) ||
      ADDRESSED_TO_CUSTOMER.test(pair.label) ||
      /[?？]\s*$/.test(pair.label))
  );
}

function isMessage(pair: LabeledPair): boolean {
  return pair.hit?.target === 'message';
}

/** The sender's lines that a customer never types at the end of their text (see boilerplate.ts). */
function endsRunningValue(line: string, dict: LabelDictionary): boolean {
  return (
    BUSINESS_INSTRUCTION.test(line) ||
    PLATFORM_TEAM_SIGN_OFF.test(line) ||
    RESPONSE_NUDGE.test(line) ||
    isPartialEntryNotice(line) ||
    CONFIDENTIALITY_NOTICE.test(line) ||
    REFERENCE_LINE.test(line) ||
    ATTACHMENT_NOTICE.test(line) ||
    SUBMISSION_RECORD.test(line) ||
    FORM_ACKNOWLEDGEMENT.test(line) ||
    FORM_LEGAL_TEXT.test(line) ||
    idChainPairs(line, dict).length > 0
  );
}
