/**
 * A lead stated in a sentence: notifications that write the details in prose instead of fields.
 *   Anna Weber (anna.weber@mail.test, +49 170 1234567) asked about a quote for …
 *   Nouvelle demande : Jean Dupont, joignable au 06 12 34 56 78, souhaite un devis …
 *   María López ha solicitado información. Puede llamarla al 612 345 678.
 *   Herr Jonas Keller hat über Ihr Profil angefragt und ist unter 0171 2345678 erreichbar: „…“
 * A paragraph that opens with a person's name (after an optional "New request:" lead-in and a
 * title) followed by a parenthesis, a comma or a verb, and that holds an address or a valid phone
 * number, is the lead: the name, its contacts, and as the message the customer's quoted words or
 * else the request that follows the name. Called only when no field gave an address or a number.
 */
import { isPlausibleName } from '../normalise-names.js';
import { FOOTER_LINE, SALUTATION_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { isPhone, type NotCustomer } from './compact-line.js';
import { type LabeledPair, VALUE_END, VALUE_LINE } from './label-value.js';
import type { LabelHit } from './labels.js';

/** The lead sentence is near the top of a short notification. */
const MAX_SCAN_CHARS = 4096;
const MAX_PARAGRAPHS = 8;
const MAX_PARAGRAPH_CHARS = 600;
const RENDER_MARKS = new RegExp(`[${VALUE_END}${VALUE_LINE}]`, 'g');

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const PARTICLE = '(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|y|zu)';
const TITLE = String.raw`(?:(?:Herr|Frau|Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Señor|Señora|Don|Doña)\.?\s+)`;
/**
 * The paragraph's opening: an optional lead-in ending in a colon ("Nouvelle demande :"), a title,
 * two to four capitalised words, then "(", "," or a lowercase word (the verb).
 */
const OPENING = new RegExp(
  String.raw`^(?:[^:.!?()@\d]{1,40}[:：]\s*)?${TITLE}?(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3})(?=\s*[(,]|\s+\p{Ll})`,
  'u',
);
const GREETING =
  /^(?:hello|hi|hey|dear|hallo|liebe[rs]?|sehr|guten|bonjour|bonsoir|cher|chère|hola|estimad[oa]s?|buen[oa]s)\b/i;
const EMAIL_G = /[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}/gi;
/** A phone number written in a sentence: 7–15 digits with separators, checked by isPhone. */
const PHONE_G = /(?<![\w.,/+-])(?:\+|00)?\d[\d ()./-]{5,20}\d(?![\w/-]|[.,]\d)/g;
/** The customer's own words quoted in the sentence: "…", “…”, „…“, « … ». */
const QUOTED = /"([^"]{8,})"|“([^”]{8,})”|„([^“”]{8,})[“”]|«\s*([^»]{8,}?)\s*»/u;
/** A clause that only gives a contact ("joignable au …", "(… , …)"): not the request. */
const CONTACT_CLAUSE = /^\s*\([^)]*\)|^,[^,]*,/;
/** Reaching a third person: "call her on", "reach him at", "erreichbar", "le joindre", "llamarla". */
const THIRD_PERSON_REACH =
  /\b(?:(?:call|reach|ring|text|contact)\s+(?:him|her|them)|(?:his|her|their)\s+(?:phone|number|mobile)|reachable|can be reached|erreichbar|zu erreichen|joignable|(?:le|la|les)\s+(?:joindre|contacter|rappeler|appeler)|(?:son|sa)\s+(?:numéro|téléphone|portable|mobile)|llamarl[oae]s?|contactarl[oae]s?|localizarl[oae]s?|su\s+(?:número|teléfono|móvil)\s+es)\b/iu;
const VERB_AFTER_NAME = /^\s*(?:\([^)]*\)\s*|,[^,]*,\s*)?\p{Ll}/u;
/** An address, or six digits in a row with at most one separator between each (a phone number). */
const HOLDS_CONTACT = /@|\d(?:[ ./-]?\d){5}/;

const hit = (target: LabelHit['target']): LabelHit => ({ target, lang: null, exact: true });

export function sentenceLead(body: string, notCustomer: NotCustomer): LabeledPair[] | null {
  for (const paragraph of paragraphsAbove(body)) {
    const text = paragraph.replace(/\n/g, ' ');
    if (GREETING.test(text)) continue;
    const lead = leadOf(text, notCustomer);
    if (lead) return lead;
  }
  return null;
}

/**
 * "Puede llamarla al 612 345 678", "Sie ist unter 0171 … erreichbar", "joignable au 06 …": a number
 * the notification gives in a sentence about the customer, when no field gave one. The sentence
 * names the customer (`names`, from the fields) or reaches a third person ("call her", "le
 * joindre"); the business's footer and signature are never read.
 */
export function statedPhone(body: string, names: readonly string[]): string | null {
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 3);
  for (const text of paragraphsAbove(body)) {
    // A JSON, XML or key=value dump is data, not a sentence.
    if (!HOLDS_CONTACT.test(text) || /^[{[<]|":|=/.test(text)) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u)) {
      // A "Label: value" line is a field ("Stock #: 4412098"), read by the field reader or not at all.
      if (FIELD_LINE.test(sentence)) continue;
      const about = THIRD_PERSON_REACH.test(sentence) || words.some((w) => sentence.includes(w));
      if (!about) continue;
      const phone = [...sentence.matchAll(PHONE_G)].map((m) => m[0].trim()).find(isPhone);
      if (phone) return phone;
    }
  }
  return null;
}

/**
 * "call me on 07700 900123", "Mein Handy: 0171 …", "mon portable : 06 …", "mi número es 612 …": a
 * number the customer gives as theirs in their own message. The words just before it must be in
 * the first person: a message running on into the business's footer ("Salon Élodie – 01 23 …")
 * gives no number.
 */
export function ownPhoneInMessage(message: string): string | null {
  const text = message.length > MAX_SCAN_CHARS ? message.slice(0, MAX_SCAN_CHARS) : message;
  for (const m of text.matchAll(PHONE_G)) {
    const before = text.slice(Math.max(0, m.index - OWN_PHONE_CUE_CHARS), m.index);
    const clause = before.slice(before.search(/[^.!?\n]*$/));
    // The pronoun nearest the number says whose it is: "call me on" is theirs, "I tried calling
    // your office on 0131 …" the business's.
    if (lastAt(FIRST_PERSON, clause) > lastAt(SECOND_PERSON, clause) && isPhone(m[0].trim()))
      return m[0].trim();
  }
  return null;
}
const OWN_PHONE_CUE_CHARS = 60;

/**
 * "please reply to my own address, sam@…", "schreiben Sie mir bitte an meine private Adresse …",
 * "répondez-moi sur mon adresse perso …", "escríbanme a mi correo personal …": an address the
 * writer gives as theirs in their own words, which is where they want the answer even when they
 * write from another (their employer's) mailbox. The clause before it speaks of an address or an
 * answer, and in the first person: "my colleague Jo (jo@…)" and "your office at info@…" are not it.
 */
export function ownAddressInMessage(text: string): string | null {
  const head = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  for (const m of head.matchAll(EMAIL_G)) {
    const before = head.slice(Math.max(0, m.index - OWN_PHONE_CUE_CHARS), m.index);
    const clause = before.slice(before.search(/[^.!?\n]*$/));
    if (ADDRESS_CUE.test(clause) && lastAt(FIRST_PERSON, clause) > lastAt(SECOND_PERSON, clause))
      return m[0].replace(/\.$/, '');
  }
  return null;
}
/** Words of writing back or of an address, in en/de/fr/es. */
const ADDRESS_CUE =
  /(?<![\p{L}])(?:reply|respond|write|e-?mail|mail|address|contact|reach|antwort\p{L}*|schreib\p{L}*|adresse|e-mail-adresse|répond\p{L}*|écri\p{L}*|courriel|respond\p{L}*|contést\p{L}*|escrib\p{L}*|correo|dirección)(?![\p{L}])/iu;

/** Where the last match of `re` (global) starts in `text`, or -1. */
function lastAt(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}
const SECOND_PERSON =
  /(?<![\p{L}])(?:you|your|yours|ihr|ihre|ihren|ihrem|ihrer|ihnen|votre|vos|vous|tu|tus|su|sus|usted|ustedes)(?![\p{L}])/giu;
const FIELD_LINE = /^[^:：.!?]{1,40}[:：]\s/;
const FIRST_PERSON =
  /(?<![\p{L}])(?:me|my|i|i'm|mine|mein\p{L}*|mich|mir|ich|mon|ma|mes|moi|je|j'|mi|llámame|llamadme|llamame|llámeme|contáctame)(?![\p{L}])/giu;

/** Paragraphs of the notification's top, lines trimmed, up to its footer or a signature. */
function paragraphsAbove(body: string): string[] {
  const head = (body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body).replace(
    RENDER_MARKS,
    '',
  );
  const out: string[] = [];
  for (const paragraph of head.split(/\n[ \t]*\n/).slice(0, MAX_PARAGRAPHS)) {
    const lines = paragraph.split('\n').map((l) => l.trim());
    // The notification's footer or a signature: nothing below is the lead.
    if (lines.some((l) => SIGNATURE_DELIMITER.test(l) || SALUTATION_LINE.test(l) || FOOTER_LINE.test(l)))
      break;
    const text = lines.join('\n').trim();
    if (text && text.length <= MAX_PARAGRAPH_CHARS) out.push(text);
  }
  return out;
}

function leadOf(text: string, notCustomer: NotCustomer): LabeledPair[] | null {
  const opening = OPENING.exec(text);
  const name = opening?.[1];
  if (!opening || !name || !isPlausibleName(name) || notCustomer.name(name)) return null;
  // A verb follows the name, perhaps after its contact clause: "Fahrschule Winter, Tel. 030 …" is a card.
  if (!VERB_AFTER_NAME.test(text.slice(opening.index + opening[0].length))) return null;
  const emails = [...text.matchAll(EMAIL_G)].map((m) => m[0]);
  if (emails.some((e) => notCustomer.address(e))) return null;
  const phone = [...text.matchAll(PHONE_G)].map((m) => m[0].trim()).find(isPhone);
  if (emails.length === 0 && !phone) return null;
  const pairs: LabeledPair[] = [{ label: 'name', value: name, hit: hit('fullName') }];
  if (emails[0]) pairs.push({ label: 'email', value: emails[0], hit: hit('email') });
  if (phone) pairs.push({ label: 'phone', value: phone, hit: hit('phone') });
  const message = quotedWords(text) ?? requestAfter(text.slice(opening.index + opening[0].length));
  if (message) pairs.push({ label: 'message', value: message, hit: hit('message') });
  return pairs;
}

function quotedWords(text: string): string | null {
  const q = QUOTED.exec(text);
  return q ? ((q[1] ?? q[2] ?? q[3] ?? q[4]) as string).trim() : null;
}

/**
 * The request after the name: the rest of its sentence, less the clause that only gives the
 * contact ("(anna@…, +49 …)", ", joignable au 06 …,"). A sentence that holds a contact itself
 * ("… und ist unter 0171 … erreichbar") is no request.
 */
function requestAfter(rest: string): string | null {
  let s = rest;
  const clause = CONTACT_CLAUSE.exec(s);
  if (clause && HOLDS_CONTACT.test(clause[0])) s = s.slice(clause[0].length);
  const sentence = /^[\s,]*(\p{Ll}.*?[.!?])(?=\s|$)/u.exec(s)?.[1] ?? null;
  if (!sentence || sentence.split(/\s+/).length < 3 || HOLDS_CONTACT.test(sentence)) return null;
  return sentence;
}
