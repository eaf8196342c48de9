/**
 * A form field the customer left empty, as notifications print it: "-", "–", "n/a", "(no
 * message)", "keine Angabe", "non renseigné", "sin comentarios". The field is present but holds no
 * words of theirs, so the lead has no message; no other text of the email stands in for it.
 */
const EMPTY_ANSWER =
  /^[([]?\s*(?:[-–—_./]{1,5}|n\.?\s?[/.]?\s?[ad]\.?|none|nil|null|no|nein|non|nada|aucun\p{L}*|ningun[oa]?|keine?|néant|neant|empty|leer|vide|vac[ií]o|(?:no|kein\p{L}*|pas de|aucun\p{L}*|sin|ningún|ningun[oa]?)\s(?:message|messages|comments?|nachricht|kommentar|anmerkungen?|commentaires?|remarques?|mensajes?|comentarios?|observaciones)|not (?:provided|specified|given|answered|filled(?: in| out)?|entered|completed)|(?:left )?(?:blank|unanswered)|no answer|nicht (?:ausgefüllt|beantwortet)|unbeantwortet|non (?:rempli|saisi)\p{L}*|sans réponse|sin (?:rellenar|respuesta|contestar)|no (?:rellenado|contestado)|keine angaben?|k\.\s?a\.?|nicht angegeben|ohne|non (?:renseign|communiqu|précis|indiqu)\p{L}*|sans objet|no (?:aplica|indicado|especificado|facilitado)|sin (?:especificar|indicar|datos))\s*[)\].]?$/iu;

export function isEmptyAnswer(value: string): boolean {
  return value.length <= 40 && EMPTY_ANSWER.test(value.trim());
}
