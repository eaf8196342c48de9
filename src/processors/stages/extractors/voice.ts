/**
 * Whose words a paragraph is: the customer writes in the first person, greets, asks or is quoted;
 * the notification speaks to the business about the lead. Used to tell an enquirer's message from
 * a listing's description, an agent's note or the platform's intro when no label says which.
 */

/** First person, a greeting or a question in en/de/fr/es, or the whole paragraph in quotation marks. */
const CUSTOMER_VOICE =
  /(?<![\p{L}'’])(?:i|i'm|i'd|i've|we|we're|we'd|my|our|me|us|ich|wir|mich|mir|uns|mein\w*|unser\w*|je|j['’]\w+|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestr[oa]s?|hi|hello|hallo|guten tag|bonjour|hola|buenos d[ií]as|buenas tardes)(?![\p{L}'’])|[?¿]|^\s*["“„«]/iu;
/** The notification speaking to the business ("You have a new enquiry", "Sie haben eine neue Anfrage"). */
const PLATFORM_VOICE =
  /(?<![\p{L}])(?:you have|you've|you (?:received|got)|has (?:sent|contacted) you|sie haben|hat ihnen|vous avez|vous a (?:envoyé|contacté)|tienes|tiene un|te ha (?:enviado|contactado)|le ha (?:enviado|contactado))(?![\p{L}])/iu;

export function inCustomerVoice(text: string): boolean {
  return CUSTOMER_VOICE.test(text);
}

/**
 * The form tool describing the entry itself ("This entry was not submitted.", "Der Besucher hat das
 * Formular nicht abgeschickt.", "Cette saisie n'a pas été envoyée.", "Esta entrada no se envió."),
 * as a partial-entry capture prints it under what the visitor typed: the tool's words, never theirs.
 */
const ENTRY_STATE =
  /(?<![\p{L}])(?:(?:this|the) (?:entry|submission|response|form|lead|enquiry|inquiry|request) (?:was|is|has)(?: not| never)?(?: been)? (?:submitted|completed|finished|sent|abandoned|incomplete|partial|unfinished)|(?:visitor|user|respondent) (?:did not|didn't|has not|hasn't|never) (?:finish|complete|submit)|(?:dieser|der) (?:eintrag|formulareintrag|datensatz) (?:wurde|ist) (?:nicht|nie)|(?:besucher|nutzer|benutzer)(?:in)? hat das formular\b[^.]{0,40}(?:nicht (?:abgeschickt|abgesendet|beendet)|verlassen|abgebrochen)|(?:cette|l['’]) ?(?:entrée|saisie|soumission|réponse) (?:n['’]a (?:pas|jamais) été|est (?:incomplète|partielle))|(?:visiteur|visiteuse|internaute|utilisateur|utilisatrice) (?:n['’]a pas|a quitté|a abandonné)|(?:esta|la) (?:entrada|respuesta|solicitud) no (?:se )?(?:ha |fue )?(?:sido )?(?:envi|complet|termin)\p{L}*|(?:este|el) (?:registro|envío|formulario) no (?:se )?(?:ha |fue )?(?:sido )?(?:envi|complet|termin)\p{L}*|(?:visitante|usuari[oa]) (?:no (?:envió|completó|terminó)|abandonó))(?![\p{L}])/iu;

export function inPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text) || ENTRY_STATE.test(text);
}

/** "I", "ich", "je", "yo": a platform or business speaks as "we", a customer also as "I". */
const FIRST_PERSON_SINGULAR =
  /(?<![\p{L}'’])(?:i|i'm|i'd|i've|i'll|my|me|ich|mich|mir|mein\p{L}*|je|j['’]\p{L}+|moi|mon|ma|mes|yo|mi|mis)(?![\p{L}'’])/iu;

export function inFirstPersonSingular(text: string): boolean {
  return FIRST_PERSON_SINGULAR.test(text);
}

/**
 * The writer as the subject ("je voudrais…", "We need…", "ich hätte gern…", "quisiera…"): a
 * customer's own sentence, which a form's label never is ("Your message", "Mon message").
 */
const WRITER_AS_SUBJECT =
  /(?<![\p{L}'’])(?:i|we|ich|wir|je|j['’]\p{L}+|nous|yo|nosotros|quiero|quisiera|queremos|necesito|necesitamos|(?:me|nos) gustaría)(?![\p{L}'’])/iu;

export function speaksAsWriter(text: string): boolean {
  return WRITER_AS_SUBJECT.test(text);
}

/**
 * The notification speaks in a paragraph's opening sentence ("Sarah has sent you an enquiry.");
 * later a customer may use the same words ("…if you have any Saturdays free?").
 */
export function opensInPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text.split(/(?<=[.!?])\s/, 1)[0] ?? text);
}
