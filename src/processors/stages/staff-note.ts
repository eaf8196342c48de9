/**
 * Text the business's own people write around a lead, which is never the customer's message: a
 * colleague's note beside a visitor's card ("Note: interested, wants a quote for …" over their
 * signature), or the line a CRM relays with an assignment ("Can you call her back today?"). Who
 * wrote the text decides, not its words: the note's author is the business (its own address sent
 * it), or the note speaks to a colleague about the customer in the third person. What the
 * customer said reaches the lead only where the note quotes it whole ("in her words: “…”").
 *
 * Bounded: one split of the note into paragraphs and fixed-word patterns without nested
 * quantifiers (linear).
 */

/** Fewer words between quotation marks are a name or a title ("the “Spring offer” form"). */
const MIN_QUOTED_WORDS = 6;
/** Opening and closing quotation marks, en/de/fr/es: "…", “…”, „…“, «…», »…«. */
const OPENING_QUOTE = '"“„«»';
const CLOSING_QUOTE = '"”“»«';

/**
 * The customer's words a colleague's note quotes as a paragraph of its own: "Enquiry taken by
 * phone, in her words:" / "“We are opening a second café …”". Null when the note quotes nothing.
 */
export function quotedCustomerWords(note: string): string | null {
  for (const paragraph of note.split(/\n[ \t]*\n/)) {
    const p = paragraph.trim();
    if (p.length < 2 || !OPENING_QUOTE.includes(p[0] ?? '') || !CLOSING_QUOTE.includes(p.at(-1) ?? ''))
      continue;
    const words = p.slice(1, -1).trim();
    if (words.split(/\s+/).length >= MIN_QUOTED_WORDS) return words;
  }
  return null;
}

/**
 * A colleague asked to reach the customer, who is spoken of in the third person: "Can you call
 * her back today?", "Kannst du ihn heute noch anrufen?", "Peux-tu la rappeler ?", "¿Puedes
 * llamarle hoy?". Customers ask to be called themselves ("call me", "rufen Sie mich an").
 */
const COLLEAGUE_ASKED_TO_REACH = new RegExp(
  `(?<![\\p{L}])(?:${[
    String.raw`(?:can|could|would|will) you (?:please |pls )?(?:call|ring|phone|contact|email|e-mail|text|reach|get back to|follow up with) (?:her|him|them)`,
    String.raw`(?:please |pls )(?:call|ring|phone|contact|email) (?:her|him|them)`,
    String.raw`(?:call|ring|phone) (?:her|him|them) back`,
    String.raw`(?:kannst|könntest|würdest) du (?:sie|ihn|die kundin|den kunden)(?: [\p{L}]{1,12}){0,3} (?:anrufen|zurückrufen|kontaktieren|erreichen|anschreiben)`,
    String.raw`(?:ruf|rufe) (?:sie|ihn) (?:bitte )?(?:heute |morgen |noch )?(?:an|zurück)`,
    String.raw`(?:peux|pourrais|pourras)-tu (?:la|le|les|lui) (?:rappeler|appeler|contacter|joindre|recontacter)`,
    String.raw`(?:rappelle|appelle|contacte)-(?:la|le|les)`,
    String.raw`merci de (?:la|le|les|lui) (?:rappeler|appeler|contacter|recontacter)`,
    String.raw`(?:puedes|podrías|podrás) (?:llamarl[eao]s?|contactarl[eao]s?|escribirl[eao]s?|devolverle la llamada)`,
    String.raw`ll[áa]mal[eao]s?`,
    String.raw`(?:le|la|lo) (?:puedes|podrías) llamar`,
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
/** The writer speaking of themselves: the customer's own words, not a note about them. */
const FIRST_PERSON_SINGULAR =
  /(?<![\p{L}])(?:(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|mine|ich|mich|mir|mein\p{L}{0,2}|je|moi|mon|ma|mes|yo|mi|mis|conmigo)(?![\p{L}])|j['’])/iu;

/** Whether a message is a colleague's request to reach the customer, not the customer's words. */
export function asksColleagueToReach(message: string): boolean {
  return COLLEAGUE_ASKED_TO_REACH.test(message) && !FIRST_PERSON_SINGULAR.test(message);
}
