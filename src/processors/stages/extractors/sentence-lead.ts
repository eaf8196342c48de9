/**
 * A lead stated in prose: notifications that write the details in sentences instead of fields.
 *   Anna Weber (anna.weber@mail.test, +49 170 1234567) asked about a quote for …
 *   You have a new lead from Jane Whitfield. She's interested in … You can reach her at …
 *   Sie haben eine neue Anfrage von Frau Dr. Sabine von der Heide erhalten. Sie wünscht … Sie ist
 *   unter 030 … erreichbar.
 *   Bonjour, Mme Claire Vasseur a appelé ce matin ; elle souhaite … Rappelez-la au 06 …
 *   Tienes un nuevo cliente potencial: Miguel Ángel Torres. Está interesado en … Puedes contactarle en …
 * The customer is a name the notification introduces: opening a paragraph and followed by its
 * contact clause or a verb, after "from"/"von"/"de la part de"/"de parte de" or a colon in a
 * sentence about a lead, or behind a title anywhere. Their contacts are read from the sentences
 * about them in that paragraph and the next two: the name's own sentence, one that names them
 * again, or one that reaches a third person ("reach her at", "Er ist erreichbar unter", "Rappelez-la
 * au", "Puedes contactarle en"). The message is the customer's quoted words, else the run of clauses
 * from the name on that say what the customer wants (`requestOf`). Called only when no field
 * gave an address or a number.
 */
import { isPlausibleName } from '../normalise-names.js';
import { FOOTER_LINE, SALUTATION_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { isPhone, MIN_PHONE_DIGITS, type NotCustomer } from './compact-line.js';
import { type LabeledPair, VALUE_END, VALUE_LINE } from './label-value.js';
import type { LabelHit } from './labels.js';

/** The lead sentence is near the top of a short notification. */
const MAX_SCAN_CHARS = 4096;
const MAX_PARAGRAPHS = 8;
const MAX_PARAGRAPH_CHARS = 600;
/** The name's paragraph and the next two: a digest puts the request and the contacts in their own paragraphs. */
const PARAGRAPHS_PER_LEAD = 3;
/** How far before or after a name the words saying whose person it is may stand. */
const ROLE_CONTEXT_CHARS = 40;
const RENDER_MARKS = new RegExp(`[${VALUE_END}${VALUE_LINE}]`, 'g');

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const LOWER_NAME_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`;
const PARTICLE = '(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|los|las|y|zu|ap)';
const TITLE = String.raw`(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Señor|Señora|D\.|Dña|Don|Doña|don|doña|HERRN?|FRAU|MR|MRS|MS|DR|MME|MLLE|SR|SRA)\.?\s+)`;
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,3}`;
/**
 * The paragraph's opening: an optional lead-in ending in a colon ("Nouvelle demande :"), a title,
 * two to four capitalised words, then "(", "," or a lowercase word (the verb).
 */
const OPENING = new RegExp(
  String.raw`^(?:[^:.!?()@\d]{1,40}[:：]\s*)?${TITLE}?(${NAME})(?=\s*[(,]|\s+\p{Ll})`,
  'u',
);
/** A name behind a title anywhere: "Mrs Ellen Price called", "rief Herr Stefan Krüger an". */
const TITLED = new RegExp(String.raw`(?<![\p{L}\p{M}])${TITLE}{1,2}(${NAME})`, 'gu');
/**
 * What introduces the lead's sender: "from"/"von"/"par" after a word about a lead in the same
 * sentence ("a new enquiry from …", "eine Anfrage von …", "une demande a été envoyée par …"), a
 * colon after one ("nuevo cliente potencial: …"), or "de la part de"/"de parte de" alone.
 */
const INTRODUCER =
  /(?:(?<![\p{L}])(?:lead|enquiry|inquiry|request|message|contact|anfrage|nachricht|kontakt|demande|prospect|solicitud|mensaje|consulta|contacto|cliente(?:\s+potencial)?)(?![\p{L}])[^.!?:]{0,60}?(?:\s(?:from|by|von|vom|de|par|por)\s+|\s?[:：]\s*)|(?<![\p{L}])(?:de la part de|de parte de|on behalf of|im Auftrag von)\s+)/giu;
/**
 * The introduced name, right after its introducer: capitalised, or in lower case ("new lead from
 * hannah de vries"), which the customer's address must then bear out.
 */
const INTRODUCED_NAME = new RegExp(
  String.raw`${TITLE}{0,2}(${NAME}|${LOWER_NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${LOWER_NAME_WORD}){1,2})(?![\p{L}\p{M}])`,
  'uy',
);
/** A greeting opening the paragraph, up to its comma ("Bonjour, Mme Vasseur a appelé …"). */
const GREETING =
  /^(?:hello|hi|hey|dear|hallo|liebe[rs]?|sehr|guten|bonjour|bonsoir|cher|chère|hola|estimad[oa]s?|buen[oa]s)\b(?:[^,!.:]{0,40}[,!.:]\s*)?/i;
const EMAIL_G = /[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}/gi;
/** A phone number written in a sentence: 7–15 digits with separators, checked by isPhone. */
const PHONE_G = /(?<![\w.,/+-])(?:\+|00)?\d[\d ()./-]{5,20}\d(?![\w/-]|[.,]\d)/g;
/** The customer's own words quoted in the sentence: "…", “…”, „…“, « … ». */
const QUOTED_G = /"([^"]{8,})"|“([^”]{8,})”|„([^“”]{8,})[“”]|«\s*([^»]{8,}?)\s*»/gu;
/** A quotation of fewer words without a sentence mark is a name ("your form “Spring offer”"). */
const MIN_QUOTED_WORDS = 4;
/** A clause that only gives a contact ("joignable au …", "(… , …)"): not the request. */
const CONTACT_CLAUSE = /^\s*\([^)]*\)|^,[^,]*,/;
/**
 * Reaching a third person: "call her on", "reach him at", "her email", "erreichbar", "Sie erreichen
 * ihn", "le joindre", "Rappelez-la", "son numéro", "llamarla", "Llámela", "escribirle".
 */
const THIRD_PERSON_REACH =
  /\b(?:(?:call|reach|ring|text|contact|email|e-mail|reply to|write to|give)\s+(?:him|her|them)|(?:his|her|their)\s+(?:phone|number|mobile|email|e-mail|address)|reachable|can be reached|erreichbar|zu erreichen|(?:erreichen|kontaktieren|anrufen|rufen)\s+Sie\s+(?:ihn|sie)|ihn|(?:le|la|les|lui)\s+(?:joindre|contacter|rappeler|appeler|écrire)|\p{L}+-(?:la|le|lui|les)\b|joignable|(?:son|sa)\s+(?:numéro|téléphone|portable|mobile|adresse|e-mail|courriel)|llamarl[oae]s?|contactarl[oae]s?|localizarl[oae]s?|escribirl[oae]s?|ll[áa]mel[oae]s?|escr[íi]bal[oae]s?|cont[áa]ctel[oae]s?|su\s+(?:número|teléfono|móvil|correo)\s+es)\b/iu;
/**
 * The notification speaking of itself as the one to contact ("Call us on …", "Sie erreichen uns",
 * "Contactez-nous", "Llámanos"): such a sentence gives the platform's contacts, not the customer's.
 */
const FIRST_PLURAL_OBJECT =
  /(?<![\p{L}])(?:us|uns|nous|nos|(?:llám|llam|escríb|escrib|contáct|contact)[ae]nos)(?![\p{L}])/iu;
/**
 * A sentence in the first person is the customer's own text relayed, not the notification's report
 * about them ("Hi! We love the barn …", "Erreichbar bin ich unter …"): the report is in the third person.
 */
const OWN_VOICE =
  /(?<![\p{L}])(?:i|i'm|i'd|i've|my|we|we're|we'd|we've|ich|mein\p{L}*|wir|je|j'|mon|ma|yo|mi|mis|nosotr[oa]s)(?![\p{L}])/iu;
/**
 * Whose person a name is when not the customer's: the business's staff, the platform's account
 * manager or support, a supplier ("Your account manager Tom …", "Frau Lang aus unserem
 * Kundenservice", "M. Lambert, notre fournisseur", "Tu gestora de cuenta, Carmen …").
 */
const STAFF_ROLE =
  /(?<![\p{L}])(?:(?:account\s+)?manager|adviser|advisor|consultant|representative|support|customer service|colleague|supplier|team|ansprechpartner(?:in)?|berater(?:in)?|betreuer(?:in)?|kundenservice|kundendienst|kolleg(?:e|in)|lieferant(?:in)?|conseill(?:er|ère)|fournisseur|collègue|service client|équipe|gestor(?:a)?|asesor(?:a)?|proveedor(?:a)?|compañer[oa]|equipo|soporte|atención al cliente)(?![\p{L}])/iu;
/** The words right after a name that say who they are: ", notre fournisseur", "aus unserem Team". */
const APPOSITIVE = /^\s*(?:[,(]|(?:from|of|at|aus|von|vom|bei|de|du|del|chez)\s)[^,()]{0,40}/u;
/**
 * What a customer's request says: wanting, needing, looking for, asking. Verbs, not nouns: a clause
 * without one ("filled out your form on Pinterest", "rief heute an") is the platform's report, and
 * its calls to action name the request or the quote only as nouns ("Reply to this enquiry", "Senden
 * Sie ein Angebot", "Envoyez votre devis", "Responde a esta solicitud").
 */
const REQUEST =
  /(?<![\p{L}])(?:wants?|wanted|would like|'d like|like to|interested|looking for|needs?|needed|asks?|asked|asking|enquired|inquired|requested|(?:called|rang|phoned|wrote) about|möchten?|wünscht|sucht|braucht|benötigt|interessiert|fragt|angefragt|bittet|hätte gern|souhaite|voudrait|veut|aimerait|cherche|recherche|besoin|intéressée?|demande (?:un|une|des|si|à)|quiere|quería|quisiera|desea|busca|necesita|interesad[oa]|solicita|solicitó|solicitado|pide)(?![\p{L}])/iu;
const VERB_AFTER_NAME = /^\s*(?:\([^)]*\)\s*|,[^,]*,\s*)?\p{Ll}/u;
/** An address, or six digits in a row with at most one separator between each (a phone number). */
const HOLDS_CONTACT = /@|\d(?:[ ./-]?\d){5}/;
/** A sentence's end: the next starts with a capital, a digit-free quote or an opening mark. */
const SENTENCE_END = /(?<=[.!?…][”“"»]?)\s+(?=[\p{Lu}"“„«¿¡])|\s*;\s+/gu;
/** A title, an initial or an abbreviation before a full stop ends no sentence ("Frau Dr. Sabine", "J. Smith"). */
const ABBREVIATION =
  /(?<![\p{L}])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Srta|St|ca|bzw|usw|etc|Nr|Tel|approx)\.$/u;

const hit = (target: LabelHit['target']): LabelHit => ({ target, lang: null, exact: true });

/** A name the notification introduces, and where it stands in its paragraph. */
interface Named {
  name: string;
  start: number;
  end: number;
  /** Written in lower case: only the customer's address can confirm it is a name. */
  lowerCase: boolean;
}

export function sentenceLead(body: string, notCustomer: NotCustomer): LabeledPair[] | null {
  const paragraphs = paragraphsAbove(body).map((p) => withoutGreeting(p.replace(/\n/g, ' ')));
  if (!mayStateContact(paragraphs)) return null;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    if (!text) continue;
    const following = paragraphs.slice(i + 1, i + PARAGRAPHS_PER_LEAD).filter((p): p is string => !!p);
    for (const named of namesIn(text)) {
      if (!isPlausibleName(named.name) || notCustomer.name(named.name) || isStaff(text, named)) continue;
      const lead = leadOf(named, text, following, notCustomer);
      if (lead) return lead;
    }
  }
  return null;
}

/**
 * Whether the paragraphs hold an "@" or a phone number's digits: a lead's sentences (leadOf) are
 * taken from them and state an address or a number. Most notifications without contact fields
 * state neither, and the names in each paragraph are looked for with costly patterns.
 */
function mayStateContact(paragraphs: readonly (string | null)[]): boolean {
  let digits = 0;
  for (const p of paragraphs) {
    if (!p) continue;
    if (p.includes('@')) return true;
    for (const _ of p.matchAll(DIGIT_G)) if (++digits >= MIN_PHONE_DIGITS) return true;
  }
  return false;
}
const DIGIT_G = /\d/g;

/** The paragraph without its greeting; null when it is only a greeting ("Hello Oakline Kitchens"). */
function withoutGreeting(text: string): string | null {
  const greeting = GREETING.exec(text);
  if (!greeting) return text;
  return greeting[0].length > 0 && /[,!.:]\s*$/.test(greeting[0])
    ? text.slice(greeting[0].length) || null
    : null;
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

/**
 * The names a paragraph introduces, in reading order: one opening it and followed by a contact
 * clause or a verb, one after an introducer ("a new lead from …"), one behind a title.
 */
function namesIn(text: string): Named[] {
  const out: Named[] = [];
  const opening = OPENING.exec(text);
  const openingName = opening?.[1];
  // A verb follows the name, perhaps after its contact clause: "Fahrschule Winter, Tel. 030 …" is a card.
  if (opening && openingName && VERB_AFTER_NAME.test(text.slice(opening.index + opening[0].length))) {
    const end = opening.index + opening[0].length;
    out.push({ name: openingName, start: end - openingName.length, end, lowerCase: false });
  }
  for (const intro of text.matchAll(INTRODUCER)) {
    INTRODUCED_NAME.lastIndex = intro.index + intro[0].length;
    const m = INTRODUCED_NAME.exec(text);
    const name = m?.[1];
    if (!m || !name) continue;
    const start = m.index + m[0].length - name.length;
    if (name !== name.toLowerCase()) out.push({ name, start, end: start + name.length, lowerCase: false });
    // In lower case nothing marks where the name ends ("jane doe wants a quote"): each of its
    // first two or more words may be it, longest first, for the address to bear out.
    else
      for (const w of [...name.matchAll(/\S+/g)].slice(1).reverse()) {
        const end = start + w.index + w[0].length;
        out.push({ name: text.slice(start, end), start, end, lowerCase: true });
      }
  }
  for (const m of text.matchAll(TITLED)) {
    const name = m[1] as string;
    const end = m.index + m[0].length;
    out.push({ name, start: end - name.length, end, lowerCase: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The name is someone's staff: a role stands just before it or in the words right after it. */
function isStaff(text: string, named: Named): boolean {
  const before = text.slice(Math.max(0, named.start - ROLE_CONTEXT_CHARS), named.start);
  const sentenceBefore = before.slice(before.search(/[^.!?]*$/));
  const appositive = APPOSITIVE.exec(text.slice(named.end))?.[0] ?? '';
  return STAFF_ROLE.test(sentenceBefore) || STAFF_ROLE.test(named.name) || STAFF_ROLE.test(appositive);
}

/**
 * The lead of an introduced name: its contacts from the sentences about the customer (every
 * sentence of the name's paragraph from the name on, and the sentences of the next paragraphs that
 * name or reach them), none of them the business's or the platform's own, and the request.
 */
function leadOf(
  named: Named,
  text: string,
  following: readonly string[],
  notCustomer: NotCustomer,
): LabeledPair[] | null {
  const surname = named.name.split(/\s+/).at(-1) as string;
  const [nameSentence = '', ...own] = sentencesOf(text.slice(named.start));
  const later = following
    .flatMap(sentencesOf)
    .filter((s) => (THIRD_PERSON_REACH.test(s) || s.includes(surname)) && !OWN_VOICE.test(unquoted(s)));
  // The name's own sentence is about them whatever it says ("… hat uns über das Portal geschrieben").
  // The customer's quoted words may say "our" ("für unser Firmengelände"): only the notification's own count.
  const about = [
    nameSentence,
    ...[...own, ...later].filter(
      (s) => !FIRST_PLURAL_OBJECT.test(unquoted(s)) && !STAFF_ROLE.test(unquoted(s)),
    ),
  ];
  const aboutText = about.join(' ');
  const emails = [...aboutText.matchAll(EMAIL_G)].map((m) => m[0]);
  if (emails.some((e) => notCustomer.address(e))) return null;
  const phone = [...aboutText.matchAll(PHONE_G)].map((m) => m[0].trim()).find(isPhone);
  if (emails.length === 0 && !phone) return null;
  const name = named.lowerCase ? confirmedName(named.name, emails[0]) : named.name;
  if (!name) return null;
  const pairs: LabeledPair[] = [{ label: 'name', value: name, hit: hit('fullName') }];
  if (emails[0]) pairs.push({ label: 'email', value: emails[0], hit: hit('email') });
  if (phone) pairs.push({ label: 'phone', value: phone, hit: hit('phone') });
  const after = [text.slice(named.end), ...following];
  const message = quotedWords(after.join(' ')) ?? requestOf(after.map(sentencesOf));
  if (message) pairs.push({ label: 'message', value: message, hit: hit('message') });
  return pairs;
}

/**
 * A name written in lower case is one when the customer's address bears each of its words
 * ("hannah de vries" and hannah.devries@…); it is then written with capitals, particles kept low.
 */
function confirmedName(name: string, email: string | undefined): string | null {
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  const words = name.split(/\s+/);
  const particle = new RegExp(`^${PARTICLE}$`);
  // A given name and a surname, each in the address ("o'hara" as "ohara"): "de la" is no name.
  const named = words.filter((w) => !particle.test(w)).map((w) => w.replace(/[^\p{L}]/gu, ''));
  const borne = named.length >= 2 && named.every((w) => w.length >= 2 && local.includes(w));
  if (!local || !borne) return null;
  return words.map((w) => (particle.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** A paragraph's sentences and the clauses a semicolon divides, a title's full stop no end. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const sentence = text.slice(from, m.index);
    if (m[0].includes(';') || !ABBREVIATION.test(sentence)) {
      out.push(sentence);
      from = m.index + m[0].length;
    }
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The customer's own words: the first quotation long enough to be a sentence, not a form's name. */
function quotedWords(text: string): string | null {
  for (const q of text.matchAll(QUOTED_G)) {
    const words = ((q[1] ?? q[2] ?? q[3] ?? q[4]) as string).trim();
    if (words.split(/\s+/).length >= MIN_QUOTED_WORDS || /[.!?]$/.test(words)) return words;
  }
  return null;
}

/** The sentence without what it quotes: a form's name ("« Devis entretien »") or the customer's words. */
const unquoted = (sentence: string) => sentence.replace(QUOTED_G, '""');

/**
 * The request, when not quoted: the first run of clauses from the name on that say what the
 * customer wants ("She's interested in …", "Er möchte …", "elle souhaite …", "Quiere …"), within one
 * paragraph. The rest of the name's own clause counts from its verb, less the clause that only
 * gives the contact ("(anna@…, +49 …)", ", joignable au 06 …,"); a clause reaching the customer or
 * holding a contact ends the run and is never part of it, nor is the platform's lead-in.
 */
function requestOf(paragraphs: readonly (readonly string[])[]): string | null {
  for (const [p, sentences] of paragraphs.entries()) {
    const run: string[] = [];
    for (const [i, raw] of sentences.entries()) {
      const clause = p === 0 && i === 0 ? restOfNameClause(raw) : raw;
      const isRequest =
        !!clause &&
        clause.split(/\s+/).length >= 3 &&
        REQUEST.test(unquoted(clause)) &&
        !HOLDS_CONTACT.test(clause) &&
        !THIRD_PERSON_REACH.test(clause) &&
        !OWN_VOICE.test(unquoted(clause));
      if (isRequest) run.push(clause);
      else if (run.length > 0) break;
    }
    if (run.length > 0) return run.join(' ');
  }
  return null;
}

/** The name's clause after the name: from its verb, less a contact clause ("(anna@…)", ", joignable au …,"). */
function restOfNameClause(rest: string): string | null {
  let s = rest;
  const clause = CONTACT_CLAUSE.exec(s);
  if (clause && HOLDS_CONTACT.test(clause[0])) s = s.slice(clause[0].length);
  return /^[\s,:;–-]*(\p{Ll}.*)$/u.exec(s)?.[1] ?? null;
}
