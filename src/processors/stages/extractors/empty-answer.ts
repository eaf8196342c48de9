import { ARROW } from './answer-arrow.js';

/**
 * What a structure reader writes as the value of a field it saw left empty (an empty table cell or
 * `<dd>`, a stacked label with no value line): what forms print for such a field, an empty answer.
 */
export const EMPTY_VALUE = '-';

/**
 * A form field the customer left empty, as notifications print it: "-", "–", "n/a", "(no
 * message)", "keine Angabe", "non renseigné", "sin comentarios". The field is present but holds no
 * words of theirs, so the lead has no message; no other text of the email stands in for it.
 */
const EMPTY_ANSWER =
  /^[([]?\s*(?:[-–—_./]{1,5}|n\.?\s?[/.]?\s?[ad]\.?|none|nil|null|no|nein|non|nada|aucun\p{L}*|ningun[oa]?|keine?|néant|neant|empty|leer|vide|vac[ií]o|(?:no|kein\p{L}*|pas de|aucun\p{L}*|sin|ningún|ningun[oa]?)\s(?:message|messages|comments?|nachricht|kommentar|anmerkungen?|commentaires?|remarques?|mensajes?|comentarios?|observaciones)|not (?:provided|specified|given|answered|filled(?: in| out)?|entered|completed)|(?:left )?(?:blank|unanswered)|no answer|nicht (?:ausgefüllt|beantwortet)|unbeantwortet|non (?:rempli|saisi)\p{L}*|sans réponse|sin (?:rellenar|respuesta|contestar)|no (?:rellenado|contestado)|keine angaben?|k\.\s?a\.?|s\.\s?o\.?|siehe oben|see above|voir ci-dessus|ver arriba|nicht angegeben|ohne|non (?:renseign|communiqu|précis|indiqu)\p{L}*|sans objet|no (?:aplica|indicado|especificado|facilitado)|sin (?:especificar|indicar|datos))\s*[)\].]?$/iu;

/** Marks alone, with no word or number ("— –", "- / -", "…"): however they are spaced, nothing was typed. */
const MARKS_ONLY = /^[\p{P}\s]+$/u;

/** Longest value a notice of a partial entry takes ("Partial entry – form abandoned at step 2 of 4"). */
const MAX_NOTICE_CHARS = 120;

/**
 * A form tool's status line for an entry the visitor did not finish, printed where their answer
 * would be or under the answers they gave: "Status: partial entry", "Form abandoned at step 2",
 * "Teilweise ausgefüllt", "Formular bei Schritt 2 verlassen", "Saisie partielle", "Formulaire
 * abandonné à l'étape 3", "Entrada parcial", "Formulario abandonado". The line opens with the
 * state (a customer who mentions a half-filled room opens with their own words), so it is never
 * a message: where it stands alone, the customer wrote none.
 */
const PARTIAL_ENTRY_NOTICE =
  /^[([]?\s*(?:(?:status|state|zustand|état|etat|estado)\s*[:：–—-]\s*)?(?:partial(?:ly)? (?:entry|submission|response|lead|completed|filled(?: in| out)?)|incomplete (?:entry|submission|response|form|lead)|(?:form |entry |submission )?abandoned(?: (?:at|on|after) (?:step|page|question))?|teilweise ausgefüllt|teileintrag|teileingabe|unvollständige? (?:eingabe|einsendung|eintrag|formular|anfrage)|formular (?:bei|in|nach) schritt \d+ (?:verlassen|abgebrochen)|(?:formular )?abgebrochen(?: (?:bei|in|nach) schritt)?|saisie (?:partielle|incomplète)|(?:entrée|réponse|demande|soumission) (?:partielle|incomplète)|formulaire (?:abandonné|incomplet|partiel)|abandonn[ée]e? à l.étape|entrada (?:parcial|incompleta)|(?:envío|respuesta|solicitud|formulario) (?:parcial|incomplet[oa]|abandonad[oa])|abandonado en el paso)(?![\p{L}])/iu;

export function isPartialEntryNotice(line: string): boolean {
  return line.length <= MAX_NOTICE_CHARS && PARTIAL_ENTRY_NOTICE.test(line.trim());
}

/**
 * An answer marker with nothing after it ("»", "→", "↳", "-->"): the form printed its arrow before
 * an answer the customer left empty. A tick alone ("✓") is a box they ticked, an answer.
 */
const LONE_ARROW = new RegExp(String.raw`^(?![✅✔✓])${ARROW}$`, 'u');

/** A value with no words of the customer's: an empty answer or the tool's partial-entry notice. */
export function isEmptyAnswer(value: string): boolean {
  const v = value.trim();
  return (
    (value.length <= 40 && (EMPTY_ANSWER.test(v) || MARKS_ONLY.test(v) || LONE_ARROW.test(v))) ||
    isPartialEntryNotice(value)
  );
}
