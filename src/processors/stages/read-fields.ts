/**
 * Read-fields stage: turns every key–value structure of a text body into (label, value) pairs.
 * The line reader (extractors/label-value.ts) reads `Label: value`, label and value on
 * consecutive lines, leader dots and tabs; HTML is rendered into that shape by extractors/html.ts.
 * This stage first rewrites the plain-text structures that reader cannot see into `Label: value`
 * lines, each closed by VALUE_END:
 *  - pipe, ASCII-bordered, Unicode box-drawn (┌─┬─┐ │ ├─┼─┤ ╔═╗ ║) and markdown tables, label column
 *    beside the value or a label row above a value row (continuation rows with an empty label cell
 *    extend the value above; an empty row between them is a paragraph break; a one-cell row between
 *    borders is a section's heading, no row); pipes in the paragraph under a message's label are
 *    the customer's text;
 *  - relay-tool dumps of `key | value` lines without borders, a message running on under its pair
 *    and an ids block below the answers (extractors/pipe-pairs.ts);
 *  - the customer's lead-in and their own list under it ("Drei Punkte:" / "1) …?" / "2) Termin: …"),
 *    passed through as lines of their text (extractors/own-list.ts decides whose a list is);
 *  - numbered questions and steps ("3. ¿Su correo?", "Paso 2. …") and their answers behind markers
 *    (`→`, `->`, `=>`, `>`, `-`, `•`, `»`, hooks `↪ ⤷ ➥`, a tree's `└─`), the marker kept out of the
 *    value; a step's arrowed answer runs over the lines right under it, not past a blank line; a
 *    progress counter ("[4/6]", "(Step 3 of 5)", "Schritt 2/4") ends the answer above it, a message
 *    included (extractors/step-counter.ts);
 *  - labels aligned with their value by two or more spaces ("Name        Jane Doe");
 *  - a known label joined to its value by an arrow or a symbol ("Name ➜ Jane Doe", "Telefon -> …",
 *    "Téléphone » …"), the value wrapped onto indented lines below;
 *  - a block of labels above a block of values in the same order (extractors/stacked-columns.ts);
 *  - icons used as labels (`📧 ann@…`, extractors/icon-labels.ts);
 *  - INI-style sections (`[contact]`, `key = value`, indented continuation lines: extractors/ini-sections.ts);
 *  - HTML character references left in a text part (`M&uuml;ller`);
 *  - a question and its answer as "Question: …" / "Answer: …" (extractors/question-answer.ts);
 *  - labels in brackets (`[Name] …`, `【E-Mail】 …`: extractors/bracket-labels.ts);
 *  - two or more fields side by side on one line in padded columns (extractors/column-pairs.ts);
 *  - CSV pasted under an intro line (`,`, `;`, tab or `|`; quoted fields: extractors/csv.ts);
 *  - `key=value` records as log and alerting tools print them (extractors/logfmt.ts), and rows of
 *    snake_case ids an automation prints under a lead (`campaign_id 1202… form_id 8842…`,
 *    extractors/id-rows.ts);
 *  - form-encoded bodies and query strings in log lines and URLs (extractors/form-urlencoded.ts);
 *  - object literals in log lines and run logs: JSON serialised into a string, a Python dict, a
 *    Ruby hash, a JavaScript object, JSON members without braces (extractors/object-literal.ts);
 *  - payloads flattened into key paths (`field_data[0].values[0]: …`) as automation run logs print
 *    them, a field's name paired with its value by their shared index (extractors/key-paths.ts).
 */
import { decodeHTML } from 'entities';
import { ARROW } from './extractors/answer-arrow.js';
import { SECTION_HEADING } from './extractors/boilerplate.js';
import { bracketLabels } from './extractors/bracket-labels.js';
import { splitColumnPairs } from './extractors/column-pairs.js';
import { columnRowAt } from './extractors/column-rows.js';
import { pastedCsvAt } from './extractors/csv.js';
import { formEncodedAt } from './extractors/form-urlencoded.js';
import { readFrontMatter } from './extractors/front-matter.js';
import { labelIcons } from './extractors/icon-labels.js';
import { idRowsAt } from './extractors/id-rows.js';
import { iniSectionsAt } from './extractors/ini-sections.js';
import { keyPathsAt, startsIndexedPayload } from './extractors/key-paths.js';
import {
  extractLabelValues,
  type LabelValueResult,
  VALUE_END,
  VALUE_LINE,
  writtenAsCustomerAt,
} from './extractors/label-value.js';
import {
  endsAsQuestion,
  isContactRoleLabel,
  isOtherPartyLabel,
  type LabelDictionary,
  type LabelTarget,
  MAX_LABEL_CHARS,
  NAME_TARGETS,
  withoutQuestionHint,
} from './extractors/labels.js';
import { logfmtAt } from './extractors/logfmt.js';
import { markdownSections } from './extractors/markdown-sections.js';
import { objectLiteralAt } from './extractors/object-literal.js';
import {
  continuesOpenValue,
  endsAsSentence,
  FIELD_SYNTAX,
  type FieldSyntax,
  indentOf,
} from './extractors/open-value.js';
import { closingParagraphBelow, ownListBelow } from './extractors/own-list.js';
import { partyRowPairs } from './extractors/party-rows.js';
import { pipePairsAt } from './extractors/pipe-pairs.js';
import { pipedFieldsAt } from './extractors/piped-fields.js';
import { rewriteQuestionAnswers } from './extractors/question-answer.js';
import { spannedValue } from './extractors/quoted-value.js';
import { ruledSections } from './extractors/ruled-sections.js';
import { isColumnLetterRow, sheetPairs } from './extractors/sheet-grid.js';
import { stackedColumnsAt } from './extractors/stacked-columns.js';
import { STEP_BREAK, STEP_COUNTER, STEP_COUNTER_ALONE } from './extractors/step-counter.js';
import { asksTheBusiness, speaksAsWriter } from './extractors/voice.js';

/** A table row `| a | b |`, possibly quoted (`> | a | b |`). */
const TABLE_ROW = /^\s*(?:>\s?)*\|(.*)\|\s*$/;
/** A row without outer pipes (`Name | Jane Doe`); only a run of two or more of them is a table. */
const BARE_ROW = /^\s*(?:>\s?)*([^|\s][^|]*(?:\s\|\s[^|]*)+)$/;
/** `+-----+----+`, `|---|:---:|`, `|===|`: borders and markdown header separators. */
const TABLE_RULE = /^\s*(?:>\s?)*[+|]?\s*:?[-=]{3,}:?\s*(?:[+|]\s*:?[-=]{3,}:?\s*)*[+|]?\s*$/;
/** The header cells of a label/value table ("Field | Value", "Feld | Inhalt"), not a field themselves. */
const KV_HEADER =
  /^(?:field|feld|champ|campo|question|frage|pregunta|label|key|attribute|angabe|donnee|dato|item|rubrique|bezeichnung|parameter|param[eè]tre|par[aá]metro|concepto)s?$/i;
/** The value column's header cell beside KV_HEADER's ("Value", "Inhalt", "Saisie", "Contenido"). */
const KV_VALUE_HEADER =
  /^(?:value|wert|valeur|valor|answer|antwort|reponse|réponse|respuesta|details?|inhalt|eingabe|angaben|daten|contenu|saisie|données|contenido|datos|entry|data|informations?|información)$/i;
/**
 * "3. ¿Su correo?", "b) Name", "(2) …", "#4 …", "1 – …", "Q2: …", "Question 4 : …", "Frage 1 – …",
 * and a form's steps: "Step 2: …", "Schritt 2 – …", "Étape 2 - …", "Paso 2. …".
 */
const NUMBERED =
  /^\s*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\)|#\d{1,2}[.:)]?|\d{1,2}\s?[–—-]|(?:q|question|frage|pregunta|step|schritt|[ée]tape|paso)\s?\d{0,2}\s?[:.)–-])\s+(\S.*)$/i;
/**
 * A conversational form greets before it asks ("Nice to meet you, Anna! What's your phone
 * number?", "Merci Camille. Et votre nom ?", "¡Encantados, Lucía! ¿Tu teléfono?"): under a
 * progress counter the line is the form's own question, and the question is its last sentence.
 */
function withoutLeadIn(question: string): string {
  const m = LEAD_IN.exec(question) ?? LEAD_IN_COLON.exec(question);
  return m?.[1] ? m[1].trim() : question;
}
/** "Last one: what would you like us to do?", "Dernière question : …": a lead-in before a colon. */
const LEAD_IN_COLON = /^[^:：?？]{2,40}?\p{L}\s?[:：]\s+([¿¡]?\p{L}[^!.…?？:：]*[?？])$/u;
const LEAD_IN = /^\S+(?:\s+\S+)*?\p{L}\s?[!.…]+\s+([¿¡]?\p{Lu}[^!.…?？]*[?？:：]?)$/u;
/** A dash or bullet item, and one ending as a sentence or a question ("- Is clay included?"). */
const DASHED_ITEM = /^\s*[-–•*]\s+\S/;

/**
 * Whether line `i` is an item of a list of sentences or questions (the customer's "Our questions:"
 * and their items): an item next to another, one of the two a sentence. Its dash is the list's, not
 * an answer's marker. A form's answer behind a dash is one line ("- Ann"), and a multiple-choice
 * answer lists bare choices ("- Tiling" / "- Painting").
 */
function inSentenceList(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!DASHED_ITEM.test(line)) return false;
  return [lines[i - 1] ?? '', lines[i + 1] ?? ''].some(
    (n) => DASHED_ITEM.test(n) && (endsAsSentence(line) || endsAsSentence(n)),
  );
}

/** "→ Ann", "- Ann", "A: Ann", "A2. Ann", "Antwort: Ann", "Réponse : Ann". */
const ANSWER_MARKER = new RegExp(
  String.raw`^\s*(?:${ARROW}\s*|(?:>|–|-|•|\*)\s+|(?:a|r|answer|antwort|réponse|reponse|respuesta|resp)\s?\d{0,2}\s?[:.)]\s*)(\S.*)$`,
  'i',
);
/**
 * "Q :", "F:", "P:", "Question :", "Frage:", "Pregunta:" after a question's number ("1) Q : Comment
 * vous appelez-vous ?"): a survey tool marks each question as it marks each answer (A/R), and the
 * mark is no part of the question.
 */
const QUESTION_MARK = /^(?:q|f|p|question|frage|pregunta)[ \t]?[:：][ \t]*(?=\S)/i;
/** A numbered item's text without its question mark. */
function withoutQuestionMark(item: string): string {
  return item.replace(QUESTION_MARK, '');
}
/**
 * "R :", "A:", "Antwort:", "Réponse :" alone on the line under a question: the answer is written
 * below its mark. (An arrow alone is an answer left empty: see empty-answer.ts.)
 */
const EMPTY_ANSWER_MARK =
  /^[ \t]*(?:a|r|answer|antwort|réponse|reponse|respuesta|resp)[ \t]?\d{0,2}[ \t]?[:：.)][ \t]*$/i;
/** A line opening with an answer arrow: the arrow, then the text. */
const ARROW_LINE = new RegExp(String.raw`^\s*(${ARROW})\s*(\S.*)$`, 'u');
const QUESTION_ANSWER_INLINE = new RegExp(String.raw`^(.{3,90}?[?？])\s*${ARROW}\s*(\S.*)$`);
/** "Who should we ask for? Mark Ellis": a question and its answer on one line, no marker. */
const QUESTION_VALUE_INLINE = /^([^?？]{3,90}?\s?[?？])[ \t]+(\S.*)$/;
/**
 * The rest of a numbered item after its number: "Email → ann@…", "Décrivez votre projet » …". A
 * quiz tool numbers its questions and arrows every answer, a question mark or not.
 */
const ARROWED_ITEM = new RegExp(String.raw`^([^?？:：]{1,90}?[?？]?)\s*${ARROW}\s*(\S.*)$`, 'u');
/** An answer that is an address or a phone number: never the rest of a sentence. */
const CONTACT_VALUE = /^(?:<?[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}>?|\+?[\d\s()./-]{7,24})$/i;
/** A one-line answer that is a field value (a name, an address, a number), not a sentence. */
const FIELD_VALUE = /^(?=.{1,60}$)[^\s.!?][^!?]*[^.!?:]$|^\S$/u;
/** A list item's bullet, as BULLET_DASH allows it. */
const DASH_ITEM = /^\s*[•·▪◦‣○●■□►▸*–—-]\s/;
/**
 * "• Name – Jane Doe", "▪ Phone — 0171…": a bullet, a label, a spaced dash, the value. The label may
 * be a question ("Que pouvons-nous faire ?") or end in a required mark; otherwise a hyphen in it only
 * after one letter ("E-Mail"): a compound's hyphen ("Rückruf-Wunsch - vormittags") joins a phrase.
 */
const BULLET_DASH =
  /^\s*(?:[•·▪◦‣○●■□►▸*–—-]\s*)?(¿?[\p{L}][\p{L}\p{M}\p{N} .'’()/#*-]{0,60}?[?？]|[\p{L}](?:[\p{L}\p{M}\p{N} .'’()/#*]|(?<!\p{L}{2})-(?=\p{L})){0,60}?)\s+[–—-]\s+(\S.*)$/u;
/**
 * The spaced dash every BULLET_DASH line holds: tested first, since the label part of that pattern is
 * tried up to 60 characters on for every line of every body.
 */
const SPACED_DASH = /\s[–—-]\s/;
/** A line of a quotation ("> "), as a text part writes a blockquote. */
const QUOTED_LINE = /^>/;
/**
 * Bullet characters the line reader does not strip itself, and Markdown's `+` list marker: only
 * before a space and a non-digit, so a number written "+ 49 171 …" keeps its plus.
 */
const BULLET = /^\s*(?:[▪◦‣○●■□►▸]|[+–—](?=[ \t]+\D))\s*/;
/**
 * "Name ➜ Jane Doe", "▸ Correo ⇒ ana@…", "Téléphone » 06…": a known label, an arrow or a symbol, the
 * value. The label stays short and free of ':' and '?', so a question's arrowed answer and prose
 * with an arrow inside ("from A -> B") are not read as one. A card's meta lines ("Budget · 5–10k" /
 * "Source · Website") are fields too: a spaced middle dot joins a known label and its value on two
 * or more lines in a row (see arrowFieldAt), so they are never the customer's text; one such line
 * alone ("Farbe · eher hell" in a message) is the customer's.
 */
const ARROW_FIELD = new RegExp(
  String.raw`^\s*(?:[•·▪◦‣○●■□►▸*]\s*)?([\p{L}][\p{L}\p{M}\p{N} _.'’()/#-]{0,47}?)\s*(?:${ARROW}|(?<=\s)(·)(?=\s))\s*(\S.*)$`,
  'u',
);
/** The value of "Name         : Jörg" starts after the colon: that line is read as "Label: value". */
const SPACE_ALIGNED = /^([\p{L}][\p{L}\p{M}\p{N} _.'’()/#-]{0,40}?)\s{2,}([^\s:：].*)$/u;
/**
 * A snake_case key ("advertiser_id", "created_time"): a machine's field name, so its aligned line
 * is a field even when no dictionary names it. Read as one, it ends a message above the block.
 */
const MACHINE_KEY = /^[a-z][a-z\d]*(?:_[a-z\d]+)+$/i;
/**
 * "campaign_id 1790099000000": in an aligned block of machine keys the longest key is one space
 * from its value. A snake_case key and one token after it is a field however few spaces part them.
 */
const MACHINE_KEY_TOKEN = /^([a-z][a-z\d]*(?:_[a-z\d]+)+)[ \t]+([^\s:：]+)$/i;
/**
 * "Nr. 2026-1187", "No. 55", "#1187", "n° 12": a number beside a message word is the enquiry's
 * number (a report's title, "ANFRAGE  Nr. 2026-1187"), as the lexicon reads "Enquiry #", not its text.
 */
const REFERENCE_NUMBER = /^(?:#|n[°º]|nos?\.?|nr\.?|núm\.?|num\.?)[ \t]?\d/i;
/**
 * A line break written inside a markdown table's cell ("| Message | I have a few questions:<br>1. …
 * |"): a cell holds one line, so tables break a value's lines with the HTML tag.
 */
const CELL_LINE_BREAK = /[ \t]*<br[ \t]*\/?>[ \t]*/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

export function readFields(text: string, dict: LabelDictionary): LabelValueResult {
  const front = readFrontMatter(text, dict);
  if (!front) return extractLabelValues(rewriteStructures(text, dict), dict);
  const doc = extractLabelValues(rewriteStructures(front.document, dict), dict);
  const pairs = [...front.pairs, ...doc.pairs];
  // The document under front matter without fields of its own is what the customer wrote, unless
  // a front-matter field already holds their message (then it is the tool's note or footer).
  // A greeting with a colon ("Buenos días: …") reads as a pair, but no field the lexicon knows.
  if (!front.prose || doc.pairs.some((p) => p.hit) || pairs.some((p) => p.hit?.target === 'message'))
    return { ...doc, pairs };
  return {
    ...doc,
    pairs: [...front.pairs, { label: DOCUMENT_LABEL, value: front.prose, hit: dict.lookup(DOCUMENT_LABEL) }],
    leadBlocks: [],
    freeBlocks: [],
    trailingBlocks: [],
  };
}

/**
 * "Email – obligatorio: …", "Phone - required" (alone above its value): a required word joined to
 * its label by a dash. Read as written, the dash splits a "Label – value" field whose value is the
 * marker and the real value ("obligatorio: raul@…"), and a question label ("¿Qué le pasa a tu
 * coche? – obligatorio:") is no label at all. Written in brackets, every reader drops the marker.
 */
const DASHED_REQUIRED_MARK =
  /[ \t][–—-][ \t]+(required|mandatory|obligatoire|requise?|pflichtfeld|pflichtangabe|erforderlich|obligatori[oa]|requerid[oa])[ \t]*(?=[:：]|$)/gim;

function bracketedRequiredMarks(text: string): string {
  return text.replace(DASHED_REQUIRED_MARK, ' ($1)');
}

/** The structures below read a form of one syntax, the open field's (see open-value.ts). */
const NO_SYNTAXES: ReadonlySet<FieldSyntax> = new Set();

/** The label the document under front matter is read under: the lexicon types it as the message. */
const DOCUMENT_LABEL = 'Message';

/** The text with plain-text tables, numbered answers and aligned columns as `Label: value` lines. */
export function rewriteStructures(input: string, dict: LabelDictionary): string {
  const decoded = splitColumnPairs(
    bracketLabels(
      asciiBoxTables(ruledSections(markdownSections(ENTITY.test(input) ? decodeHTML(input) : input), dict)),
      dict,
    ),
    dict,
  );
  const text = rewriteSubjectSections(
    rewriteStackedColumns(rewriteQuestionAnswers(labelIcons(bracketedRequiredMarks(decoded), dict)), dict),
    dict,
  );
  // Most bodies hold none of the marks the structures below need (a CSV header: two delimiters).
  if (!/[|→⇒⇨➜➔➝➞↳↪▶>»›•·▪◦‣○●■□►▸=–—#?？\t-]|\d[.)]|\S {2}|[,;][^\n,;]{0,40}[,;]/.test(text)) return text;
  const lines = text.split('\n');
  const inlineAnswers = inlineQuestionRuns(lines);
  const out: string[] = [];
  let afterQuestion = false;
  let afterAnswer = false;
  /** The arrow of the answer being read ("» "): its next lines may repeat it. */
  let answerArrow: string | null = null;
  /** The index in `out` of a numbered step's arrowed answer, while its next lines may continue it. */
  let stepAnswer: number | null = null;
  /**
   * A free-text answer behind an arrow ("4. What can we do for you?" / "   → We need…"), while the
   * lines indented under it are its own ("     Budget: up to 600 €."): its index in `out` and the
   * column of its arrow.
   */
  let arrowedAnswer: { at: number; indent: number } | null = null;
  /** Under a progress counter's question: the answer ends at the first blank line after it. */
  let counterAnswer = false;
  /** A counter alone on the line above: this line is its question. */
  let counterAlone = false;
  /** The line above was a numbered question ("Frage 1: Ihr Name?"), not any label or question. */
  let numberedQuestion = false;
  /** Columns of whitespace before the question being answered (see EMPTY_ANSWER_MARK). */
  let questionIndent = 0;
  /** The number of the last numbered question read ("4." → 4): the next one is numbered 5. */
  let questionNumber: number | null = null;
  /** The number of the customer's own numbered question just read (see isOwnQuestionItem). */
  let ownQuestionNumber: number | null = null;
  /** The bullet, with its indent, that the form's questions open with ("- ", "• "). */
  let questionBullet: string | null = null;
  /** In a list of "• Label – value" fields: its next items are fields whatever their labels. */
  let dashList = false;
  /**
   * In the paragraph under a message's label ("Message:" alone on its line): pipes there ("two
   * layouts | open plan or galley") are the customer's text, never a relay's dump or a table.
   */
  let underMessage = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const above = lines[i - 1] ?? '';
    if (!above.trim()) underMessage = false;
    else if (EMPTY_LABEL.test(above)) underMessage = labelTarget(above, dict) === 'message';
    // A question inside a paragraph ("…could someone come this week?") is prose, not a field.
    // A rendered paragraph ends in a value-end mark, as a blank line ends a text one.
    const paragraphStart = i === 0 || !above.trim() || afterQuestion || afterAnswer;
    afterAnswer = false;
    const arrowed: RegExpExecArray | null = answerArrow && !afterQuestion ? ARROW_LINE.exec(line) : null;
    if (arrowed && arrowed[1] === answerArrow) {
      // "» first line" / "» second line": one answer over several arrowed lines. Under a progress
      // counter they are one value, so a line of it ending in "?" ("Wann hätten Sie Zeit?") is
      // not read as the form's next question.
      const prev = out[out.length - 1];
      if ((counterAnswer || stepAnswer === out.length - 1) && prev && prev !== VALUE_END)
        out[out.length - 1] = `${prev}${VALUE_LINE}${arrowed[2]}`;
      else out.push(arrowed[2] as string);
      continue;
    }
    if (stepAnswer !== null) {
      // A step's arrowed answer runs over the lines right under it; the next step, a known label,
      // a blank line or the block's end closes it, so the paragraph after it is the form's
      // ("Antworten verwalten Sie im Dashboard"), not the customer's.
      const open = stepAnswer === out.length - 1;
      const t = line.trim();
      if (open && t && line !== VALUE_END && !NUMBERED.test(t) && !isKnownLabelLine(t, dict)) {
        out[stepAnswer] += `${VALUE_LINE}${t}`;
        continue;
      }
      if (open) out.push(VALUE_END);
      stepAnswer = null;
    }
    if (arrowedAnswer !== null) {
      const t = line.trim();
      if (
        arrowedAnswer.at === out.length - 1 &&
        t &&
        line !== VALUE_END &&
        continuesOpenValue(
          { syntax: FIELD_SYNTAX.stacked, formSyntaxes: NO_SYNTAXES, indent: arrowedAnswer.indent },
          {
            syntax: NUMBERED.test(t) ? FIELD_SYNTAX.stacked : null,
            indent: indentOf(line),
            formsOwnField: false,
            writtenAsCustomer: writtenAsCustomerAt(out[arrowedAnswer.at] as string, lines, i, dict),
          },
        )
      ) {
        out[arrowedAnswer.at] += `${VALUE_LINE}${t}`;
        continue;
      }
      arrowedAnswer = null;
    }
    if (!line.trim()) {
      answerArrow = null;
      if (counterAnswer && !afterQuestion) {
        // A one-question-per-screen form's answer is one block: what follows (the next counter,
        // "Completed in 3 min", a respondent id) is not the customer's.
        out.push(VALUE_END);
        counterAnswer = false;
      }
    }
    if (STEP_COUNTER_ALONE.test(line)) {
      if (!afterQuestion) out.push(VALUE_END);
      out.push(STEP_BREAK);
      counterAlone = true;
      afterQuestion = false;
      continue;
    }
    const counted = STEP_COUNTER.exec(line);
    const counter = counted ?? (counterAlone && line.trim() ? [line, line] : null);
    if (line.trim()) counterAlone = false;
    if (counter) {
      if (!afterQuestion) out.push(VALUE_END);
      if (counted) out.push(STEP_BREAK);
      const question = withoutLeadIn((counter[1] as string).trim());
      out.push(
        /[:：]$/.test(question) || endsAsQuestion(question) ? withoutQuestionHint(question) : `${question}:`,
      );
      afterQuestion = true;
      counterAnswer = true;
      continue;
    }
    // An indexed payload is read before object literals, form bodies and logfmt (which would take
    // its quoted or `=` lines for their own), other key paths after them; each line is tried once.
    const indexed = startsIndexedPayload(lines[i] as string);
    const encoded =
      iniSectionsAt(lines, i, dict) ??
      (indexed ? keyPathsAt(lines, i) : null) ??
      objectLiteralAt(lines, i, dict) ??
      formEncodedAt(lines, i) ??
      logfmtAt(lines, i) ??
      (indexed ? null : keyPathsAt(lines, i)) ??
      urlEncodedAt(lines, i) ??
      idRowsAt(lines, i);
    if (encoded) {
      // A value's own line breaks stay inside it: its lines are no fields of their own.
      for (const [label, value] of encoded.pairs)
        out.push(`${label}: ${value.replace(/\n/g, VALUE_LINE)}`, VALUE_END);
      i = encoded.end - 1;
      continue;
    }
    const arrowField = arrowFieldAt(lines, i, dict);
    if (arrowField) {
      out.push(`${arrowField.label}: ${arrowField.value}`, VALUE_END);
      i = arrowField.end - 1;
      afterQuestion = false;
      continue;
    }
    const framed = TABLE_RULE.test(line) ? framedTextAt(lines, i) : null;
    if (framed) {
      // The box's lines are read again as text, in its place: one line for each of its lines, so
      // the indices of the lines below (inlineAnswers) still hold.
      lines.splice(i, framed.end - i, ...framed.lines);
      i--;
      continue;
    }
    const piped = !underMessage && line.includes('|') ? pipedFieldsAt(line, dict) : null;
    if (piped) {
      for (const [label, value] of piped) out.push(`${label}: ${value}`, VALUE_END);
      afterQuestion = false;
      continue;
    }
    const table =
      (underMessage ? null : pipePairsAt(lines, i, dict)) ??
      tableAt(lines, i, !underMessage) ??
      pastedCsvAt(lines, i, dict) ??
      tabRowsAt(lines, i, dict) ??
      columnRowAt(lines, i, dict);
    if (table) {
      // A boxed cell may keep its colon ("| E: | ann@… |"): the label is the word before it.
      for (const [label, value] of table.pairs)
        out.push(`${label.replace(/[:：]$/, '')}: ${value.replace(CELL_LINE_BREAK, VALUE_LINE)}`, VALUE_END);
      i = table.end - 1;
      afterQuestion = false;
      continue;
    }
    const trimmed = line.trim();
    const contact = stackedContactAt(lines, i, dict);
    if (contact) {
      out.push(VALUE_END, contact, VALUE_END);
      i++;
      afterQuestion = false;
      continue;
    }
    const ownList = /[:：]$/.test(trimmed) ? ownListBelow(lines, i) : 0;
    if (ownList > 0) {
      // The customer's lead-in and their list: lines of their text, numbers and dashes kept, never
      // the form's numbered questions or fields ("2) Termin: ab 15. Juni" is an item).
      // Under a question, the lead-in is its answer: the answer's mark ("Réponse :") is no label.
      const field = afterQuestion ? null : bulletField(lines, i, dict, dashList);
      if (field) {
        // Behind a bullet's label ("* Anything else? — A few questions:"), the lead-in, the list and
        // the closing paragraph under it are that field's one value, read whole up to the relay's
        // next field ("Source — …").
        const closing = closingParagraphBelow(lines, i + ownList + 1);
        const valueLines = lines.slice(i + 1, i + ownList + 1 + closing).map((l) => l.trim());
        out.push([field, ...valueLines].join(VALUE_LINE), VALUE_END);
        i += ownList + closing;
      } else {
        out.push(afterQuestion ? (ANSWER_MARKER.exec(trimmed)?.[1] ?? line) : line);
        out.push(...lines.slice(i + 1, i + ownList + 1));
        i += ownList;
      }
      afterQuestion = false;
      continue;
    }
    const inline = QUESTION_ANSWER_INLINE.exec(trimmed) ?? inlineAnswers.get(i);
    if (inline) {
      // "Q1 – Votre nom ? » …": the question's number is no part of its label.
      const question = inline[1] as string;
      out.push(VALUE_END, `${NUMBERED.exec(question)?.[1] ?? question}: ${inline[2]}`);
      afterQuestion = false;
      continue;
    }
    const numbered = NUMBERED.exec(trimmed);
    const item = numbered ? withoutQuestionMark(numbered[1] as string) : '';
    if (trimmed && line !== VALUE_END && !numbered) ownQuestionNumber = null;
    if (numbered && isOwnQuestionItem(lines, i, trimmed, ownQuestionNumber)) {
      // The customer's own numbered questions stay lines of their text, numbers included.
      ownQuestionNumber = numberOf(trimmed);
      out.push(line);
      afterQuestion = false;
      continue;
    }
    if (numbered && /^[^:：?？]{1,60}(?<!\d)[:：]\s*\S/.test(item)) {
      // "1. Your name: Jane Doe": a numbered field; "12. März 2026, 14:05" is a date, its colon a clock's.
      out.push(VALUE_END, item);
      afterQuestion = false;
      continue;
    }
    if (
      numbered &&
      // A numbered question in its own rendered paragraph or table row starts one too.
      (paragraphStart || above === VALUE_END || numberFollows(trimmed, questionNumber)) &&
      (isQuestionOrLabel(item, dict) ||
        (item.length <= MAX_LABEL_CHARS &&
          (dict.lookup(item) !== null ||
            ANSWER_MARKER.test(lines[i + 1] ?? '') ||
            EMPTY_ANSWER_MARK.test(lines[i + 1] ?? ''))))
    ) {
      // A new question ends the answer above it, however many lines that answer ran over.
      if (!afterQuestion) out.push(VALUE_END);
      // "Ihr vollständiger Name" gets a colon so the reader takes it as a label even under a heading.
      out.push(/[:：]$/.test(item) || endsAsQuestion(item) ? withoutQuestionHint(item) : `${item}:`);
      afterQuestion = true;
      numberedQuestion = true;
      questionNumber = numberOf(trimmed);
      questionIndent = indentOf(line);
      continue;
    }
    const dashed = bulletField(lines, i, dict, dashList);
    if (dashed) {
      out.push(dashed);
      afterQuestion = false;
      dashList ||= SPACED_DASH.test(trimmed) && BULLET_DASH.test(trimmed) && DASH_ITEM.test(trimmed);
      continue;
    }
    // An unindented line that is no item ends the list; a value's wrapped lines are indented.
    if (line.trim() && !/^[ \t]/.test(line)) dashList = false;
    // A line bulleted like the form's questions ("- How soon…?" under "- What can we help you
    // with?" and its answer) is the next question, never an answer behind a "- " marker.
    const bulletedQuestion =
      questionBullet !== null && line.startsWith(questionBullet) && isQuestionOrLabel(trimmed, dict);
    if (afterQuestion && numberedQuestion && line === VALUE_END) {
      // A numbered question in one table row or paragraph, its answer in the next: still its answer.
      out.push(line);
      continue;
    }
    numberedQuestion = false;
    if (afterQuestion && EMPTY_ANSWER_MARK.test(line)) {
      // "   R :" alone under "1) Q : …?": the answer is below its mark. Indented deeper than the
      // question, the answer is every line as deep as the mark, its paragraphs included, so the
      // form's own lines after it ("Score du contact: 82/100", the unsubscribe link) are not.
      const block = indentOf(line) > questionIndent ? indentedAnswerAt(lines, i + 1, indentOf(line)) : null;
      if (block) {
        out.push(block.value, VALUE_END);
        i = block.end - 1;
        afterQuestion = false;
      }
      continue;
    }
    if (afterQuestion && !bulletedQuestion) {
      // A quotation under its label ("Your client's message:" / "> …" / "> …") keeps its marks:
      // the line reader ends the value where the quotation ends, before the business's own text.
      const answer =
        QUOTED_LINE.test(trimmed) || inSentenceList(lines, i) ? null : ANSWER_MARKER.exec(trimmed);
      const value = answer ? (answer[1] as string) : trimmed;
      const question = out[out.length - 1] ?? '';
      if (answer) answerArrow = ARROW_LINE.exec(trimmed)?.[1] ?? null;
      const stepLabel = question.replace(/[:：]$/, '');
      if (
        answer &&
        answerArrow &&
        questionNumber !== null &&
        /[?？:：]$/.test(question) &&
        stepLabel.length <= MAX_LABEL_CHARS &&
        isContactStep(stepLabel, dict)
      ) {
        // "3. Country" / "↪ South Africa": a numbered step and its arrowed answer, as one field
        // (a longer question stays above its answer, where the reader takes questions of any length;
        // a free-text question too, whose answer may run over paragraphs).
        out[out.length - 1] = `${stepLabel}: ${value}`;
        stepAnswer = out.length - 1;
      } else {
        out.push(answer ? value : line.replace(BULLET, ''));
        arrowedAnswer = answer ? { at: out.length - 1, indent: indentOf(line) } : null;
      }
      // After a one-line answer that is a name, an address or a number, the next line may be the
      // next question even without a blank line between them.
      afterAnswer = answer !== null || CONTACT_VALUE.test(value) || FIELD_VALUE.test(value);
      if (trimmed) afterQuestion = isQuestionOrLabel(trimmed, dict);
      continue;
    }
    if ((paragraphStart || bulletedQuestion) && isQuestionOrLabel(trimmed, dict)) {
      out.push(withoutQuestionHint(line));
      afterQuestion = true;
      questionIndent = indentOf(line);
      questionBullet = QUESTION_BULLET.exec(line)?.[0] ?? questionBullet;
      continue;
    }
    const aligned = SPACE_ALIGNED.exec(trimmed) ?? MACHINE_KEY_TOKEN.exec(trimmed);
    const alignedHit = aligned ? dict.lookup((aligned[1] as string).trim()) : null;
    if (
      aligned &&
      !/[:：]/.test(aligned[1] as string) &&
      (alignedHit || MACHINE_KEY.test((aligned[1] as string).trim())) &&
      !(alignedHit?.target === 'message' && REFERENCE_NUMBER.test(aligned[2] as string))
    ) {
      out.push(`${(aligned[1] as string).trim()}: ${aligned[2]}`);
      continue;
    }
    out.push(line.replace(BULLET, ''));
  }
  return out.join('\n');
}

/**
 * The answer written under its mark ("   R :") on the lines at least as deep as the mark, from line
 * `from`: one value, its lines and paragraphs kept (VALUE_LINE); null when no line is that deep.
 */
function indentedAnswerAt(
  lines: readonly string[],
  from: number,
  indent: number,
): { value: string; end: number } | null {
  const parts: string[] = [];
  let paragraphBreak = false;
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as string;
    if (!line.trim()) {
      paragraphBreak = parts.length > 0;
      continue;
    }
    if (line === VALUE_END || indentOf(line) < indent) break;
    parts.push(paragraphBreak ? `${VALUE_LINE}${line.trim()}` : line.trim());
    paragraphBreak = false;
    end = j + 1;
  }
  return parts.length > 0 ? { value: parts.join(VALUE_LINE), end } : null;
}

const CONTACT_ALONE = /^[ \t]*(?:[^\s@:]+@[^\s@]+\.[a-z]{2,}|\+?[\d ()./-]{6,24})[ \t]*$/im;

/** A phone number alone on its line, with an international prefix or not ("+64 21 123 4567", "0176 12345678"). */
const PHONE_ALONE = /^\+?[\d ()./-]{7,24}$/;
/** A phone number has at least this many digits (a rule of dashes under a label has none). */
const MIN_PHONE_DIGITS = 7;
/** An address alone on its line. */
const ADDRESS_ALONE = /^<?[^\s@<>:]+@[^\s@<>]+\.[a-z]{2,}>?$/i;

/**
 * A phone or email label written as a scheduling tool or a form's summary writes its questions,
 * alone on its line with no colon ("Invitee's phone number (optional)", "Teléfono del invitado
 * (opcional)"), right above a line holding only a number or an address: one field. The value
 * checks the guess, so a label the lexicon only guesses from its words is safe to read here, even
 * inside a block another label opened ("Questions:"), where the pair would otherwise run into the
 * message. A business party's label ("Agent phone") is set aside when the pair is typed, as anywhere.
 */
function stackedContactAt(lines: readonly string[], i: number, dict: LabelDictionary): string | null {
  const value = (lines[i + 1] ?? '').trim();
  const isPhone = PHONE_ALONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS;
  if (!isPhone && !ADDRESS_ALONE.test(value)) return null;
  const label = (lines[i] as string).trim();
  if (!label || label.length > MAX_QUESTION_LINE_CHARS || /[:：|]|^[\d+(]/.test(label)) return null;
  const target = labelTarget(label, dict);
  return target === (isPhone ? 'phone' : 'email') ? `${label}: ${value}` : null;
}
/** A question on its own line is at most this long (as `isQuestionOrLabel` reads them). */
const MAX_QUESTION_LINE_CHARS = 90;

/**
 * A label block above a value block (stacked-columns.ts) as `Label: value` lines. Only short
 * lines can start one, so most text is passed over with one length check per line.
 */
function rewriteStackedColumns(text: string, dict: LabelDictionary): string {
  // A value block holds an address or a number alone on its line; most forms have neither.
  if (!CONTACT_ALONE.test(text)) return text;
  const lines = text.split('\n');
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const block = line.length <= MAX_LABEL_CHARS + 2 && line.trim() ? stackedColumnsAt(lines, i, dict) : null;
    if (!block) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    for (const [label, value] of block.pairs) out.push(`${label}: ${value}`, VALUE_END);
    i = block.end - 1;
  }
  return out ? out.join('\n') : text;
}

const MAX_HEADING_CHARS = 49;

/**
 * "Patient details" / "Name: Lily Carter" above "Parent details" / "Name: Rebecca Carter": the
 * fields under a heading about one of a form's two people get the heading in their label
 * ("Patient details Name", "Guest Phone"), so typing tells whose they are (other-party.ts). A
 * heading about the person the form is for or another person it names (a guest, an attendee, a
 * gift's recipient, a site contact) is carried into its name, email and phone fields. A heading
 * naming the contact's role ("Réservé par", "Tutor legal") is carried into its email and phone
 * fields and its whole-name field, so that "Nom :" is the contact's whichever block comes first,
 * even where the other block's heading ("Invité") is a word that alone names the lead; a contact
 * block asking for given name and surname apart keeps its name labels, since there "Nom" is the
 * surname. Any other heading ends the section. A heading may be set off by rules ("— Guest —",
 * "--- Kind ---", "*** Niño/a ***") or be a card's or a table's title row. In the same pass, a bare
 * "ID" under a heading naming an ad, campaign or form becomes that object's id label.
 */
function rewriteSubjectSections(text: string, dict: LabelDictionary): string {
  const lines = text.split('\n');
  let heading: string | null = null;
  /** The id label a bare "ID" gets under a heading naming an ad, a campaign or a form. */
  let objectId: string | null = null;
  /** The heading names the contact's role rather than the other person. */
  let contactHeading = false;
  /** Under a contact heading, the block asks for the name in one field. */
  let wholeName = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const title = line.length <= MAX_HEADING_CHARS + MAX_RULE_CHARS ? line.replace(HEADING_RULE, '') : '';
    if (title.length <= MAX_HEADING_CHARS && SECTION_HEADING.test(title)) {
      // The next text line: a rendered heading or table row is followed by a value-end marker.
      let j = i + 1;
      while (lines[j] === VALUE_END) j++;
      if (FIELD_LINE.test((lines[j] ?? '').trim())) {
        objectId = platformObjectId(title);
        const other = isOtherPartyLabel(title);
        contactHeading = !other && isContactRoleLabel(title);
        // A label holds no comma: "Datos del padre, madre o tutor" is one heading.
        heading = other || contactHeading ? title.replace(/,/g, '') : null;
        wholeName = contactHeading && !asksNameInParts(lines, j, dict);
        continue;
      }
    }
    const field = FIELD_LINE.exec(line);
    const label = (field?.[1] ?? '').trim();
    if (objectId && BARE_ID_LABEL.test(label)) {
      lines[i] = `${objectId}: ${field?.[2]}`;
      changed = true;
      continue;
    }
    if (!heading) continue;
    const target = field ? dict.lookup(label)?.target : undefined;
    if (!target || isOtherPartyLabel(label) || isContactRoleLabel(label)) continue;
    const contactDetail = target === 'email' || target === 'phone';
    const carried =
      contactDetail || (NAME_TARGETS.has(target) && (!contactHeading || wholeName))
        ? labelUnder(heading, label, target, dict)
        : null;
    if (carried) {
      lines[i] = `${carried}: ${field?.[2]}`;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/**
 * "Ad details" / "ID: 6881…", "Kampagne" / "Nr.: 2031…": a bare id label under a heading naming an
 * ad platform's ad, campaign or form is that object's id. The heading's last object word decides
 * ("Google Ads campaign" names the campaign). A heading naming the lead or the submission is left
 * out: there a bare "ID" is as often the relaying tool's own record as the platform's lead.
 */
function platformObjectId(heading: string): string | null {
  let last: string | null = null;
  for (const m of heading.matchAll(OBJECT_WORD))
    last = m[1] ? 'Ad ID' : m[2] ? 'Campaign ID' : m[3] ? 'Form ID' : null;
  return last;
}
const OBJECT_WORD =
  /(?<![\p{L}])(?:(ads?|adverts?|anzeigen?|annonces?|anuncios?|creatives?|publicités?)|(campaigns?|kampagnen?|campagnes?|campañas?)|(forms?|formular|formulaire|formulario)|leads?|prospects?|interessent(?:en)?|submissions?|entry|entries|eintrag|contacts?|kontakt|records?|datensatz|registro|enregistrement|cliente potencial)(?![\p{L}])/giu;
const BARE_ID_LABEL = /^(?:id|identifier|identifiant|identificador|kennung|nr\.?|no\.?|n°|nº)$/i;

/**
 * A field's label with its section's heading, typed as the label alone was: "Guest Phone", or,
 * where the heading's last word would make another label of the field's ("Contact sur site" +
 * "Nom" reads like a site's name), "Nom (Contact sur site)".
 */
function labelUnder(heading: string, label: string, target: string, dict: LabelDictionary): string | null {
  for (const carried of [`${heading} ${label}`, `${label} (${heading})`])
    if (dict.lookup(carried)?.target === target) return carried;
  return null;
}
/** A heading's rules and marks around its words ("— Guest —", "=== Kind ===", "*** Niño/a ***"). */
const HEADING_RULE = /^[-–—=*#~_•·|\s]+|[-–—=*#~_•·|\s]+$/g;
const MAX_RULE_CHARS = 24;

/** Whether the fields from line `start` to the next blank line ask for the given name or surname apart. */
function asksNameInParts(lines: readonly string[], start: number, dict: LabelDictionary): boolean {
  for (let i = start; i < lines.length && (lines[i] as string).trim(); i++) {
    const field = FIELD_LINE.exec((lines[i] as string).trim());
    const target = field ? dict.lookup((field[1] as string).trim())?.target : undefined;
    if (target === 'firstName' || target === 'lastName') return true;
  }
  return false;
}
const FIELD_LINE = /^([\p{L}][\p{L}\p{M} .'’/()-]{0,40}?)\s*[:：]\s*(\S.*)$/u;

/**
 * One `key=value` per line, as webhook relays print a payload: an API key (`first_name`,
 * `contact[email]`, `lead.phone`) and the raw value, spaces and `&` included; also `key => value`
 * and PHP's print_r (`[first_name] => Olivia`). A relay keying the form's own labels prints them
 * as they are, words and questions (`Ihre Nachricht = "…"`, `¿Qué necesitas? = "…"`): such a key
 * is followed by a spaced `=` and a quoted value, so the customer's "Kitchen floor = 12 m2" is none.
 */
const KEY_VALUE_LINE =
  /^\s*(?:\[([^\]\n]{1,60})\]|([A-Za-z_][\w.%[\]-]{0,59})|([¿\p{L}][\p{L}\p{M}\p{N} '’?¿-]{0,59}?(?<=\S)(?=[ \t]+=[ \t]*["'])))[ \t]*=>?[ \t]*(.*)$/u;
/** print_r's frame around the pairs ("Array", "(", ")"): not a value, does not end the dump. */
const DUMP_FRAME = /^\s*(?:Array|\(|\))?\s*$/;
/** `first_name=Olivia; email=…; tel=…`: pairs on one line, split before each `key=`. */
const INLINE_PAIR_SEPARATOR = /[ \t]*[;|,][ \t]*(?=[A-Za-z_][\w.%[\]-]{0,59}[ \t]*=)/;
const INLINE_PAIR = /^([A-Za-z_][\w.%[\]-]{0,59})[ \t]*=[ \t]*(.*)$/;
/** `&key=`: the line is `&`-joined pairs, not one pair whose value holds an ampersand. */
const AMPERSAND_PAIR = /&[\w.%[\]-]{1,60}=/;
const PERCENT_ESCAPE = /%[\da-f]{2}/i;
const LITERAL_OPENING = /^[[{]\s*$/;
const MAX_ENCODED_LINES = 40;

/**
 * The `key=value` dump starting at line `i`: three or more pairs joined by `;`, `|` or `,` on one
 * line, or three or more `key=value` lines (`&`-joined bodies are form-urlencoded.ts's).
 */
function urlEncodedAt(
  lines: readonly string[],
  i: number,
): { pairs: Array<[string, string]>; end: number } | null {
  const first = (lines[i] as string).trim();
  if (!first.includes('=')) return null;
  let end = i + 1;
  if (!AMPERSAND_PAIR.test(first)) {
    const inline = first.split(INLINE_PAIR_SEPARATOR);
    if (inline.length >= 3 && inline.every((part) => INLINE_PAIR.test(part))) {
      const pairs: Array<[string, string]> = [];
      for (const part of inline) {
        const m = INLINE_PAIR.exec(part) as RegExpExecArray;
        addEncodedPair(pairs, m[1] as string, m[2] as string, false);
      }
      return { pairs, end };
    }
  }
  if (!AMPERSAND_PAIR.test(first) && KEY_VALUE_LINE.test(first)) {
    // Blank lines between the pairs (each rendered as its own paragraph) do not end the dump.
    const kv: RegExpExecArray[] = [];
    for (let j = i; j < lines.length && j - i < MAX_ENCODED_LINES; j++) {
      const m = KEY_VALUE_LINE.exec(lines[j] as string);
      // `field_data = [` opens an object literal over the next lines (object-literal.ts).
      if (m && LITERAL_OPENING.test(m[4] as string)) break;
      if (m) {
        // `message="Hi,` … `price?"`: a quoted value over several lines is one value.
        const spanned = spannedValue(m[4] as string, lines, j);
        m[4] = spanned.value;
        kv.push(m);
        j = spanned.last;
        end = j + 1;
      } else if (!DUMP_FRAME.test((lines[j] as string).replace(VALUE_END, ''))) break;
    }
    if (kv.length < 3) return null;
    // One `%XX` escape anywhere means the relay printed the form-encoded values (`tel=%2B32+459+47`).
    const formEncoded = kv.some((m) => PERCENT_ESCAPE.test(m[4] as string));
    const pairs: Array<[string, string]> = [];
    for (const m of kv) addEncodedPair(pairs, (m[1] ?? m[2] ?? m[3]) as string, m[4] as string, formEncoded);
    return { pairs, end };
  }
  return null;
}

function addEncodedPair(
  pairs: Array<[string, string]>,
  key: string,
  value: string,
  formEncoded: boolean,
): void {
  // "contact[email]", "fields[phone_number]": the innermost key names the field.
  const label = decodeFormValue(key, formEncoded)
    .replace(/^.*\[([^\]]+)\]$/, '$1')
    .trim();
  // `Telefon = "0171 …"`: the quotes hold the value, they are no part of it.
  const v = decodeFormValue(value, formEncoded)
    .trim()
    .replace(/^"([^"]*)"$/, '$1')
    .replace(/\s*\n\s*/g, ' ');
  // A nested print_r array ("[contact] => Array") is a heading of the pairs under it.
  if (label && v && v !== 'Array') pairs.push([label, v]);
}

/**
 * A value of a pairs-per-line dump. In a dump with `%XX` escapes, `+` after a character is a space
 * ("Jane+Doe", "%2B44+7700…"); a leading one is a raw number's plus ("+4917012345678"). Other
 * dumps are mostly written raw ("+01:00" in a date, "+49…"): there only a `+` between letters is a
 * space.
 * A value holding spaces is not encoded. `%XX` escapes are UTF-8 bytes; a malformed one stays.
 */
function decodeFormValue(value: string, formEncoded: boolean): string {
  const spaced = /\s/.test(value)
    ? value
    : value.replace(formEncoded ? /(?<=\S)\+/g : /(?<=\p{L})\+(?=\p{L})/gu, ' ');
  if (!spaced.includes('%')) return spaced;
  return spaced.replace(/(?:%[\da-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** A row's tab-separated cells: indentation before the first cell is not an empty cell. */
const cells = (line: string) => line.replace(/^[ ]*\t?/, '').split('\t');

/**
 * A sheet's column letters as pasted ("\tA\tB\tC"): the tab before "A" is the empty corner cell
 * above the row numbers, not indentation, when the row below is one cell wider.
 */
function cornered(row: string[], widthBelow: number): string[] {
  return widthBelow === row.length + 1 && isColumnLetterRow(row) ? ['', ...row] : row;
}

/**
 * A spreadsheet row pasted as text: a tab-separated header line of three or more cells above a
 * line with as many cells. The first data row is the lead; a sheet's column letters and row
 * numbers copied with it are the grid's, and its new row the last (sheet-grid.ts).
 */
function tabRowsAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { pairs: Array<[string, string]>; end: number } | null {
  // Both kinds of row hold a tab; asked of every line, most of which hold none.
  if (!(lines[i] as string).includes('\t')) return null;
  const padded = paddedTabRowsAt(lines, i, dict);
  if (padded) return padded;
  const values = cells(lines[i + 1] ?? '');
  const header = cornered(cells(lines[i] as string), values.length);
  if (header.length < 3 || values.length !== header.length) return null;
  let end = i + 2;
  while (end < lines.length && cells(lines[end] as string).length === header.length) end++;
  const sheet = sheetPairs([header, ...lines.slice(i + 1, end).map(cells)]);
  if (sheet) return { pairs: sheet, end };
  const pairs: Array<[string, string]> = [];
  header.forEach((label, k) => {
    const v = (values[k] ?? '').trim();
    if (label.trim() && v) pairs.push([label.trim(), v]);
  });
  return { pairs, end };
}

/**
 * `Name\t\tJane Doe`, `\tName:\tJane Doe`: a label (its colon dropped) and its value, the value
 * aligned by one or more tabs.
 */
const TAB_ROW = /^[ \t]*([^\t]{1,48}?)[ \t]*[:：]?[ \t]*\t[ \t]*([^\t]*\S)[ \t]*$/;
/** A known label whose value the customer left empty ("Courriel\t\t"): a row, but no field. */
const TAB_EMPTY_ROW = /^[ \t]*([^\t]{1,48}?)[ \t]*[:：]?[ \t]*$/;
/** A value's next line, aligned under it by tabs with no label of its own. */
const TAB_CONTINUATION = /^[ ]*\t[ \t]*([^\t]*\S)[ \t]*$/;

/**
 * Label/value rows padded with several tabs or indented ("Name\t\tJane Doe"): each row has one
 * label and one value, however many tabs align them, so they are not a spreadsheet's header and
 * value rows. Two or more such rows, most of their labels known; a "Field\tValue" header row is
 * dropped, a known label left empty is skipped, and a line aligned under a value continues it (a
 * message of several lines).
 */
function paddedTabRowsAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { pairs: Array<[string, string]>; end: number } | null {
  // One tab between label and value is read line by line (label-value.ts); an indented row is not.
  if (!/\t\t|^[ \t]+[^\s][^\t]*\t/.test(lines[i] as string)) return null;
  const pairs: Array<[string, string]> = [];
  let known = 0;
  let end = i;
  for (; end < lines.length; end++) {
    const m = TAB_ROW.exec(lines[end] as string);
    const more = !m && pairs.length > 0 ? TAB_CONTINUATION.exec(lines[end] as string) : null;
    if (more) {
      const last = pairs[pairs.length - 1] as [string, string];
      last[1] += `\n${(more[1] as string).trim()}`;
      continue;
    }
    if (!m) {
      const empty = TAB_EMPTY_ROW.exec(lines[end] as string);
      if (empty && dict.lookup((empty[1] as string).trim())) continue;
      break;
    }
    const [label, value] = [(m[1] as string).trim(), m[2] as string];
    if (end === i && KV_HEADER.test(label)) continue;
    if (dict.lookup(label)) known++;
    pairs.push([label, value.trim()]);
  }
  return pairs.length >= 2 && known * 2 >= pairs.length ? { pairs, end } : null;
}

/**
 * "NOUVEAU PROSPECT - PUBLICITÉ À FORMULAIRE SNAPCHAT": a slip's headline in capitals on both
 * sides of its dash, without a bullet, names the notification, not a prospect called "PUBLICITÉ".
 */
function isCapitalHeadline(line: string): boolean {
  const t = line.trim();
  return /^\p{Lu}/u.test(t) && t === t.toUpperCase() && /\p{Lu}{2}[^–—-]*\s[–—-]\s+\p{Lu}{2}/u.test(t);
}

/**
 * An arrowed field at line `i` with its wrapped lines: the value continues on each indented line
 * below that is not itself an arrowed field (a note over several lines), and ends at the first
 * line back at the margin or blank, so a footer under the form is not part of it.
 */
function arrowFieldAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { label: string; value: string; end: number } | null {
  const m = ARROW_FIELD.exec(lines[i] as string);
  const label = (m?.[1] ?? '').trim();
  // A run log's output keys (`leadgen_id -> …`) are fields even when no dictionary names them.
  if (!m || !(dict.lookup(label) || MACHINE_KEY.test(label))) return null;
  if (
    m[2] &&
    !(isMetaDotField(lineBeside(lines, i, -1), dict) || isMetaDotField(lineBeside(lines, i, 1), dict))
  )
    return null;
  const parts = [(m[3] as string).trim()];
  // A wrapped line is indented under the value; a key at any indent is the next field of a nested
  // output (a run log's `felder` heading above its fields), never a line of the value.
  const open = {
    syntax: FIELD_SYNTAX.leader,
    formSyntaxes: NO_SYNTAXES,
    indent: indentOf(lines[i] as string),
  };
  let end = i + 1;
  while (
    end < lines.length &&
    (lines[end] as string).trim() &&
    continuesOpenValue(open, {
      syntax: null,
      indent: indentOf(lines[end] as string),
      formsOwnField: ARROW_FIELD.test(lines[end] as string),
      writtenAsCustomer: writtenAsCustomerAt(parts[0] as string, lines, end, dict),
    })
  ) {
    parts.push((lines[end] as string).trim());
    end++;
  }
  return { label, value: parts.join(VALUE_LINE), end };
}

/** The line above (`step` -1) or below (1) line `i`, past the value-end marks of rendered HTML. */
function lineBeside(lines: readonly string[], i: number, step: -1 | 1): string | undefined {
  let j = i + step;
  while (lines[j] === VALUE_END) j += step;
  return lines[j];
}

/** A card's meta line: a known label, a spaced middle dot, its value ("Quelle · Empfehlung"). */
function isMetaDotField(line: string | undefined, dict: LabelDictionary): boolean {
  const m = line?.includes('·') ? ARROW_FIELD.exec(line) : null;
  return !!m?.[2] && dict.lookup((m[1] as string).trim()) !== null;
}

/** Lines a bulleted list is read ahead for a known field: a relay's list of fields is short. */
const DASH_LIST_LOOKAHEAD_LINES = 40;

/**
 * Whether a later item of the bulleted list that line `index` opens is a "• Label – value" field the
 * lexicon knows: then the list is the form's fields, and an item above them with a label no lexicon
 * holds ("* Souhaitez-vous ajouter quelque chose ? — Oui, …", a relay's first item) is one too. The
 * list's items and their indented continuation lines are read up to its end.
 */
function dashFieldBelow(lines: readonly string[], index: number, dict: LabelDictionary): boolean {
  for (let i = index + 1; i < Math.min(lines.length, index + DASH_LIST_LOOKAHEAD_LINES); i++) {
    const line = lines[i] as string;
    if (!DASH_ITEM.test(line)) {
      if (/^[ \t]+\S/.test(line)) continue;
      return false;
    }
    const dashed = SPACED_DASH.test(line) ? BULLET_DASH.exec(line.trim()) : null;
    if (dashed && dict.lookup((dashed[1] as string).trim())) return true;
  }
  return false;
}

/**
 * "• Name – Jane Doe", "● Customer: Priya Shah": a bulleted field with a known label, as `Label:
 * value`. In a list of such fields (`inDashList`) any bulleted "Label – value" item is one: the
 * form's own fields ("• Preferred time – mornings") end the message item above them.
 */
function bulletField(
  lines: readonly string[],
  index: number,
  dict: LabelDictionary,
  inDashList: boolean,
): string | null {
  const line = (lines[index] as string).trim();
  const dashed = SPACED_DASH.test(line) ? BULLET_DASH.exec(line) : null;
  const known =
    dashed &&
    (dict.lookup((dashed[1] as string).trim()) ||
      (DASH_ITEM.test(line) && (inDashList || dashFieldBelow(lines, index, dict))));
  if (dashed && known && !isCapitalHeadline(line)) return `${(dashed[1] as string).trim()}: ${dashed[2]}`;
  const bulleted = BULLET.exec(line);
  return bulleted && /^[^:：]{1,48}[:：]\s*\S/.test(line.slice(bulleted[0].length))
    ? line.slice(bulleted[0].length)
    : null;
}

/**
 * Lines "Question? answer" (no marker), or numbered items with an answer arrow ("2) Email → …",
 * "Q4 – Décrivez votre projet » …"), that are fields: a run of consecutive such lines with an
 * address or a phone number among the answers. A lone "Is it still available? I'd like to see
 * it." in prose is not one. Keyed by line index.
 */
function inlineQuestionRuns(lines: readonly string[]): Map<number, RegExpExecArray> {
  const found = new Map<number, RegExpExecArray>();
  let run: Array<[number, RegExpExecArray]> = [];
  const flush = () => {
    if (run.some(([, m]) => CONTACT_VALUE.test((m[2] as string).trim())))
      for (const [i, m] of run) found.set(i, m);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const item = NUMBERED.exec(line);
    const m =
      (item ? ARROWED_ITEM.exec(item[1] as string) : null) ??
      (line.includes('?') || line.includes('？') ? QUESTION_VALUE_INLINE.exec(line) : null);
    if (m && (m[1] as string).split(/\s+/).length <= 14 && !/[.!]\s+\p{Lu}/u.test(m[1] as string))
      run.push([i, m]);
    else flush();
  }
  flush();
  return found;
}

/** A label alone on its line, its value on the lines below ("Message:", "Nachricht :"). */
const EMPTY_LABEL = /^[ \t]*[^:：|]{1,48}[:：][ \t]*$/;

/** The type of a label alone on its line ("Message:" → message). */
function labelTarget(line: string, dict: LabelDictionary): LabelTarget | null {
  return dict.lookup(line.replace(/[*:：\s]+$/, '').trim())?.target ?? null;
}

/**
 * The plain-text table starting at line `i` (piped rows, or a run of two or more rows without outer
 * pipes when `bareRows`), as pairs, with the index of the first line after it; null when no table starts there.
 */
/**
 * A box of one column ("| T:   +353 86 … |", "| Enquiry: Sash windows … |"): a frame drawn around
 * text, not a table. Its lines are its cells' text, each border a blank line (so a section or a
 * company's card in the box starts a paragraph, as it would unboxed), for the line reader to read
 * as any text: `Label: value` lines, headings, a business's card after the fields.
 */
function framedTextAt(lines: readonly string[], i: number): { lines: string[]; end: number } | null {
  if (!TABLE_ROW.test(lines[i + 1] ?? '')) return null;
  const text: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j] as string;
    if (TABLE_RULE.test(l)) text.push('');
    else if (!TABLE_ROW.test(l)) break;
    else {
      const cells = cellsOf(l);
      if (cells.length !== 1) return null;
      text.push((cells[0] as string).trim());
    }
  }
  return { lines: text, end: j };
}

function tableAt(
  lines: readonly string[],
  i: number,
  bareRows: boolean,
): { pairs: Array<[string, string]>; end: number } | null {
  const line = lines[i] as string;
  const next = lines[i + 1] ?? '';
  const piped = TABLE_ROW.test(line) || (TABLE_RULE.test(line) && TABLE_ROW.test(next));
  if (!piped && !(bareRows && BARE_ROW.test(line) && BARE_ROW.test(next))) return null;
  const row = piped ? TABLE_ROW : BARE_ROW;
  const block: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j] as string;
    if (TABLE_RULE.test(l) || (piped && row.test(l))) block.push(l);
    else if (row.test(l)) block.push(`|${(BARE_ROW.exec(l)?.[1] ?? '').trim()}|`);
    else break;
  }
  const pairs = tablePairs(block);
  return pairs ? { pairs, end: j } : null;
}

/** A line of a table drawn with box characters (U+2500–U+257F): it starts with one, maybe quoted. */
const BOX_TABLE_LINE = /^[ \t]*(?:>[ \t]?)*[\u2500-\u257f]/;
/** "└─ Jane Doe": a tree's branch before an answer (an answer arrow), no table's line. */
const TREE_BRANCH = /^[ \t]*[└├╰┗┣][─━]{0,3}>?[ \t]+[^\s\u2500-\u257f]/;
const BOX_VERTICAL = /[│┃║╎╏┆┇┊┋]/g;
const BOX_HORIZONTAL = /[─━═╌╍┄┅┈┉]/g;
const BOX_OTHER = /[\u2500-\u257f]/g;

/**
 * Tables drawn with box characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, double ╔═╦═╗ ║, rounded ╭╮╰╯) as the ASCII
 * tables the table reader knows: verticals become pipes, horizontals dashes, corners and
 * junctions `+`. Only lines that start with a box character are touched, so a `─` rule or a `│`
 * inside prose stays as written.
 */
export function asciiBoxTables(text: string): string {
  if (!/[\u2500-\u257f]/.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      BOX_TABLE_LINE.test(line) && !TREE_BRANCH.test(line)
        ? line.replace(BOX_VERTICAL, '|').replace(BOX_HORIZONTAL, '-').replace(BOX_OTHER, '+')
        : line,
    )
    .join('\n');
}

/** A bullet opening a question line, with its indent. */
const QUESTION_BULLET = /^[ \t]*[-–•·*][ \t]+/;

/** The number before a numbered line ("4. …", "(4) …", "#4 …", "Q4: …"). */
const LINE_NUMBER = /^\s*(?:\(|#|q|question|frage|pregunta|step|schritt|[ée]tape|paso)?\s?(\d{1,2})/i;

function numberOf(line: string): number | null {
  const m = LINE_NUMBER.exec(line);
  return m ? Number(m[1]) : null;
}

/**
 * A numbered line that carries the next number of the form's questions ("5. When should the work
 * start?" after "4. What would you like us to do?"): the form's next question even right under a
 * multi-paragraph answer with no blank line; the customer's own list inside it counts from 1.
 */
function numberFollows(line: string, previous: number | null): boolean {
  return previous !== null && numberOf(line) === previous + 1;
}

/** The next line after `index` that holds text (blank lines and rendered block ends skipped). */
function nextTextLine(lines: readonly string[], index: number): string | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t && t !== VALUE_END) return t;
  }
  return undefined;
}

/**
 * An item of the customer's own numbered questions ("Ich hätte vorab ein paar Fragen:" / "1.
 * Liefern Sie auch nach Österreich?" / "2. Gibt es die Küche in Eiche?"): a form's numbered
 * question has its answer on the lines below it, so a question followed straight by the next
 * number is a line the customer typed, and so is the item after such a one (`previous`) unless
 * a short answer stands under it (a form whose first questions were left unanswered).
 */
function isOwnQuestionItem(
  lines: readonly string[],
  index: number,
  line: string,
  previous: number | null,
): boolean {
  const number = numberOf(line);
  if (number === null || !endsAsQuestion(line)) return false;
  const next = nextTextLine(lines, index);
  const numberedNext = next !== undefined && NUMBERED.test(next);
  if (numberedNext && endsAsQuestion(next) && numberOf(next) === number + 1) return true;
  return (
    previous !== null &&
    number === previous + 1 &&
    (next === undefined || numberedNext || /[.!?？]$/.test(next) || next.length > MAX_ANSWER_CHARS)
  );
}
/** A one-line answer under a form's question is at most this long; a longer line is prose. */
const MAX_ANSWER_CHARS = 60;

/** A step asking for a field other than the message ("3. Country?", "Paso 2. Teléfono"). */
function isContactStep(label: string, dict: LabelDictionary): boolean {
  const target = labelTarget(label, dict);
  return target !== null && target !== 'message';
}

/** A known label alone on its line ("Email", "Phone:"). */
function isKnownLabelLine(line: string, dict: LabelDictionary): boolean {
  return line.length <= MAX_LABEL_CHARS && dict.isKnownLabel(line.replace(/[*:：]+\s*$/, '').trim());
}

/** A line that asks for a value: a question, `Label:` with nothing after it, or a known label alone. */
function isQuestionOrLabel(line: string, dict: LabelDictionary): boolean {
  if (!line || line.length > 90) return false;
  // "Could you quote for spring?" inside a message is the customer asking, not the form.
  if (endsAsQuestion(line)) return !asksTheBusiness(line);
  // "je voudrais un devis pour :" leads into the customer's own list; a label never speaks as them.
  if (/^[^:]{1,60}[:：]\s*$/.test(line)) return !speaksAsWriter(line);
  return isKnownLabelLine(line, dict);
}

function cellsOf(row: string): string[] {
  const m = TABLE_ROW.exec(row);
  return m ? (m[1] as string).split('|').map((c) => c.trim()) : [];
}

/**
 * Pairs of a plain-text table: two columns are label | value (continuation rows extend the value),
 * anything wider is a label row above value rows (the first value row is the lead), also inside a
 * spreadsheet's column letters and row numbers.
 */
function tablePairs(block: readonly string[]): Array<[string, string]> | null {
  const drawn = block.filter((l) => !TABLE_RULE.test(l)).map(cellsOf);
  // "| Contact |" between two borders of a wider table: a section's heading across the whole box,
  // no row of it (the label row and the value rows have two cells or more).
  const rows = drawn.some((r) => r.length > 1) ? drawn.filter((r) => r.length > 1) : drawn;
  if (rows.length === 0) return null;
  const sheet = sheetPairs(rows) ?? partyRowPairs(rows);
  if (sheet) return sheet;
  const width = rows[0]?.length ?? 0;
  const first = rows[0] as string[];
  // Under a section's heading the rule above the first row is the section's, no header's.
  const headerRuled =
    rows.length === drawn.length &&
    (block.findIndex((l) => TABLE_RULE.test(l)) === 1 || TABLE_RULE.test(block[2] ?? ''));
  const kvHeader = width === 2 && first.every((c) => KV_HEADER.test(c) || KV_VALUE_HEADER.test(c));
  if (width === 2 && (kvHeader || rows.length !== 2 || !headerRuled)) {
    const out: Array<[string, string]> = [];
    // An empty row between continuation rows separates the value's paragraphs.
    let paragraphBreak = false;
    for (const [i, row] of rows.entries()) {
      if (i === 0 && kvHeader) continue;
      const [label = '', value = ''] = row;
      const prev = out[out.length - 1];
      if (!label && !value) paragraphBreak = prev !== undefined;
      else if (!label && prev) {
        // Wrapped lines of one cell are one line; a paragraph break stays one (VALUE_LINE).
        prev[1] = paragraphBreak
          ? `${prev[1]}${VALUE_LINE}${VALUE_LINE}${value}`
          : `${prev[1]} ${value}`.trim();
        paragraphBreak = false;
      } else if (label && value) {
        out.push([label, value]);
        paragraphBreak = false;
      } else paragraphBreak = false;
    }
    return out;
  }
  if (rows.length < 2 || width < 2) return null;
  const values = rows[1] as string[];
  const out: Array<[string, string]> = [];
  first.forEach((label, k) => {
    const v = values[k] ?? '';
    if (label && v) out.push([label, v]);
  });
  return out;
}
