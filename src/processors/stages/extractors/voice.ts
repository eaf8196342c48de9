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

export function inPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text);
}

/** "I", "ich", "je", "yo": a platform or business speaks as "we", a customer also as "I". */
const FIRST_PERSON_SINGULAR =
  /(?<![\p{L}'’])(?:i|i'm|i'd|i've|i'll|my|me|ich|mich|mir|mein\p{L}*|je|j['’]\p{L}+|moi|mon|ma|mes|yo|mi|mis)(?![\p{L}'’])/iu;

export function inFirstPersonSingular(text: string): boolean {
  return FIRST_PERSON_SINGULAR.test(text);
}

/**
 * The notification speaks in a paragraph's opening sentence ("Sarah has sent you an enquiry.");
 * later a customer may use the same words ("…if you have any Saturdays free?").
 */
export function opensInPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text.split(/(?<=[.!?])\s/, 1)[0] ?? text);
}
