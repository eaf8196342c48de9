/**
 * What a form's question asks the customer for, read from how the question is built rather than
 * from a list of sentences. Forms written in the site's own voice ask for each field as a
 * question ("What should we call you?", "Where can we write back to you?", "Wen dürfen wir
 * begrüßen?", "Où vous envoyer notre réponse ?", "¿A quién respondemos?"), in wordings no
 * dictionary holds. The business asks, the customer is addressed, and the verb says what is
 * asked:
 *  - a name: the person asked about ("who", "wer", "qui", "quién"), or a verb of naming or greeting
 *    whose object is the customer ("call you", "greet you", "ansprechen", "begrüßen",
 *    "appelle-t-on", "dirigirnos a ti");
 *  - an address: where or to which address the business writes, replies or sends ("write back to
 *    you", "wohin … schicken", "vous répondre", "te escribimos"), towards the customer, never
 *    from them ("what would you like to write to us" is their message);
 *  - a phone: a ring ("give you a ring"), being reachable ("erreichbar");
 *  - the message: what the customer needs or wants to say ("What can we do for you?", "Worum geht
 *    es?", "De quoi avez-vous besoin ?", "¿Qué te trae por aquí?").
 * A contact question in the first person singular ("How can I reach you?", "Where do I send my
 * plans?") is the customer's, as FAQs and messages ask it, never a form's question to them.
 *
 * Read on label words (lower case, accents and punctuation gone: see labels.ts `labelWords`), as
 * the lexicon's fallback for questions its keyword rules do not type. Each pattern is a handful of
 * alternations over bounded word gaps (`(?:\w+ ){0,4}`): no nested quantifier over overlapping
 * classes, linear on a label of at most 90 characters.
 */

/** What a question may ask for. */
export type QuestionTarget = 'name' | 'email' | 'phone' | 'message';

/**
 * The customer's own voice: "I", "my", "ich", "mein", "je", "mon", "yo", "mi". A sole trader's form
 * may ask "How can I help?", so only the contact questions are refused in it.
 */
const FIRST_PERSON_SINGULAR =
  /\b(?:i|me|my|mine|ich|mich|mir|mein\w*|je|j|moi|mon|ma|mes|yo|mi|mis|puedo|debo|tengo|quiero)\b/;

/** Up to four words between two parts of a question ("was können wir für Sie tun"). */
const GAP = '(?:\\w+ ){0,4}';

const NAME_ASKED = new RegExp(
  [
    // en: who is asked about ("Who's getting in touch?"), not who else ("Who referred you?", "Who
    // is this for?": see also THIRD_PARTY_WHO); the customer named or greeted.
    String.raw`^(?:and |so )?(?:who|whom)\b(?! ${GAP}(?:referr\w*|recommend\w*|sent you|told you|for$))`,
    String.raw`\b(?:and )?you are$|^(?:what|how)\b ${GAP}(?:call|address|refer to) you\b|\b(?:greet|say hello to) you\b|\bbe addressed\b|\bgo by\b|\bpleasure\b`,
    // de: "Wer meldet sich?", "Wen dürfen wir begrüßen?", "Wie dürfen wir Sie anreden?".
    String.raw`^(?:und )?(?:wer|wen|wem|mit wem)\b|\b(?:nennen|ansprechen|anreden|begrussen)\b|\bvergnugen\b`,
    // fr: "Qui nous écrit ?", "Comment vous appelle-t-on ?", "À qui répondons-nous ?".
    String.raw`^(?:et )?(?:a |avec )?qui\b|^comment\b ${GAP}(?:appel\w*|nomm\w*)\b|\bplaisir\b`,
    // es: "¿Quién nos escribe?", "¿A quién respondemos?", "¿Cómo debemos dirigirnos a ti?".
    String.raw`^(?:y )?(?:a |con |por )?quien\b|^como\b ${GAP}(?:llam\w*|dirig\w*)\b`,
  ].join('|'),
);

const EMAIL_ASKED = new RegExp(
  [
    // en: the business writes, replies or sends to the customer, or asks where to.
    String.raw`\b(?:write|reply|respond|answer)(?: back)? to you\b|^where\b ${GAP}(?:write|reply|respond|send|email|mail|answer|response)\b|\b(?:which|what) address\b ${GAP}(?:write|reply|respond|send|answer|email)\b|\breply to (?:e ?mail )?address\b|\binbox\b`,
    // de: "Wohin schicken wir das Angebot?", "Wie können wir Ihnen zurückschreiben?".
    String.raw`\b(?:wohin|adresse|ihnen|dir)\b ${GAP}(?:schreiben|zuruckschreiben|antworten|senden|zusenden|schicken|mailen)\b|\bpostfach\b`,
    // fr: "Où vous envoyer notre réponse ?", "À quelle adresse vous écrire ?".
    String.raw`\bvous (?:ecrire|repondre|envoyer|adresser|renvoyer|ecrit|repond\w*|envoie\w*)\b|^(?:ou|a quelle adresse)\b ${GAP}(?:ecri\w*|repond\w*|envo\w*)\b|\bboite (?:mail|e mail)\b`,
    // es: "¿Dónde te escribimos?", "¿A qué dirección le respondemos?", "¿Dónde podemos responderte?".
    String.raw`\b(?:te|le|les|os) (?:escrib\w*|respond\w*|contest\w*|envi\w*|mand\w*)\b|\b(?:escribir|responder|contestar|enviar|mandar)(?:te|le|les|os)\b|^(?:a )?donde\b ${GAP}(?:escrib\w*|respond\w*|envi\w*|mand\w*)\b`,
  ].join('|'),
);

/**
 * Ringing the customer ("Can we give you a ring?"), their being reachable ("Wie sind Sie
 * erreichbar?", "¿Dónde te localizamos?").
 */
const PHONE_ASKED = /\bgive you a (?:ring|buzz|bell)\b|\berreichbar\b|\b(?:te|le) localiz\w*/;

const MESSAGE_ASKED = new RegExp(
  [
    // en: what the customer needs or wants to tell: "What can we do for you?", "What brings you to us?".
    String.raw`^(?:and |so )?(?:what|how|anything|is there anything)\b ${GAP}(?:help|assist|do for you|on your mind|brings? you|going on|to add|to tell|to share|to ask|to say|should know)\b`,
    // Not "What are you hoping to change?" or "What would you like?": a form's choice, answered in a word.
    String.raw`^(?:and |so )?what (?:do|can) you (?:need|have in mind)\b`,
    // de: "Was können wir für Sie tun?", "Worum geht es?", "Was liegt Ihnen auf dem Herzen?".
    String.raw`^(?:und )?(?:was|womit|wobei|wie|worum)\b ${GAP}(?:tun|helfen|unterstutzen|geht es|herzen|mitteilen|sagen|erzahlen|brauchen|benotigen|suchen|wunschen)\b`,
    // fr: "Que pouvons-nous faire pour vous ?", "De quoi avez-vous besoin ?", "Qu'est-ce qui vous amène ?".
    String.raw`^(?:et )?(?:que|qu|quoi|en quoi|comment|de quoi)\b ${GAP}(?:faire pour vous|aider|dire|raconter|partager|besoin|amene|cherchez|recherchez)\b`,
    // es: "¿En qué podemos ayudarte?", "¿Qué necesitas?", "¿Qué te trae por aquí?".
    String.raw`^(?:y )?(?:que|en que|como)\b ${GAP}(?:ayud\w*|servir\w*|necesit\w*|busc\w*|contar\w*|decir\w*|trae|preocupa)\b`,
  ].join('|'),
);

/**
 * Checked in this order where verbs are shared: "Wie können wir Ihnen zurückschreiben?" is an
 * address, "Wie dürfen wir Sie nennen?" a name, neither a message.
 */
const ASKED: ReadonlyArray<readonly [RegExp, QuestionTarget]> = [
  [EMAIL_ASKED, 'email'],
  [PHONE_ASKED, 'phone'],
  [NAME_ASKED, 'name'],
  [MESSAGE_ASKED, 'message'],
];

/**
 * A who-question about someone other than the customer ("Who is your current supplier?", "Wer ist
 * Ihr Hausarzt?", "Qui est votre assureur ?", "¿Quién es tu proveedor?"), unless it asks for the
 * customer's contact person.
 */
const THIRD_PARTY_WHO =
  /^(?:and |und |et |y )?(?:who|wer|qui|quien) (?:is|s|was|ist|war|est|etait|es|era) (?:your|the|our|ihr\w*|dein\w*|der|die|das|votre|ton|ta|le|la|l|tu|su|el)\b(?!.*\b(?:contact\w*|kontakt\w*|ansprechpartner\w*|interlocut\w*))/;

/**
 * What a form's question (on label words) asks the customer for, or null when it asks for none of
 * these.
 */
export function questionTarget(words: string): QuestionTarget | null {
  const target = ASKED.find(([asked]) => asked.test(words))?.[1] ?? null;
  return target !== 'message' && asksOfOthers(words) ? null : target;
}

/**
 * Whether a question (on label words) cannot be asking for the customer's own name, address or
 * number, whatever word of those it holds: it is asked in the customer's voice, as FAQs and
 * messages ask ("How can I reach you?"), or asks who someone else is.
 */
export function asksOfOthers(words: string): boolean {
  return FIRST_PERSON_SINGULAR.test(words) || THIRD_PARTY_WHO.test(words);
}
