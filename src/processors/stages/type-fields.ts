/**
 * Type-fields stage: gives each (label, value) pair its meaning by label and by value. The label
 * lexicon (extractors/labels.ts, en/de/fr/es) proposes a target; validators on the value decide:
 * an address must be one, a phone must have 7–15 digits and not be a date, an IP or a reference
 * under a reference label, a name must not be a phone. The first value of each kind wins; unknown
 * labels become attributes, prose answers under unknown labels the message fallback.
 */
import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import { withoutAnswerArrow } from './extractors/answer-arrow.js';
import { CONSENT_LABEL } from './extractors/boilerplate.js';
import { isPhone } from './extractors/compact-line.js';
import { isEmptyAnswer } from './extractors/empty-answer.js';
import type { LabeledPair } from './extractors/label-value.js';
import {
  isContactRoleLabel,
  isMessageFirstLabel,
  isReasonLabel,
  isSubjectPersonLabel,
  type LabelHit,
  type LabelLanguage,
  type LabelTarget,
  labelKey,
  NAME_TARGETS,
} from './extractors/labels.js';
import { otherPartyFields } from './extractors/other-party.js';
import { endsInLegalForm, namesBusinessParty, namesIntegrationOwner } from './extractors/parties.js';
import { isPickedAnswer } from './extractors/picked-answer.js';
import { isPlaceholder } from './extractors/placeholder.js';
import { isRawFieldLabel } from './extractors/raw-field-labels.js';
import { telLinkNumber, telUriNumber } from './extractors/tel-link.js';
import { inCustomerVoice } from './extractors/voice.js';
import { foldAccents } from './normalise.js';
import {
  callerIdName,
  isPlausibleName,
  nameOrderOfLabel,
  namesBothParts,
  withoutRoleBadge,
} from './normalise-names.js';
import { EXTENSION_AFTER_NUMBER } from './normalise-phone.js';
import { isKnownGivenName } from './redact-given-names.js';
import { signOffName } from './resolve-parties.js';

export interface ExtractedFields {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  campaign: string | null;
  adId: string | null;
  formId: string | null;
  campaignId: string | null;
  /** The platform's own id for the lead ("Lead ID"); never the ad id. */
  platformLeadId: string | null;
  /** Raw value of an explicit country field, or null. */
  country: string | null;
  /** ISO region a phone label names ("Tel. (DE)", "Phone +49"), or null. */
  phoneLabelRegion: string | null;
}

const MAX_ATTRIBUTES = 30;
const MAX_ATTRIBUTE_CHARS = 500;

/** The main region of a calling code ("49" → "DE"; "1" → "US"). */
let callingCodeRegions: Map<string, string> | null = null;
function regionOfCallingCode(code: string): string | undefined {
  if (!callingCodeRegions) {
    callingCodeRegions = new Map();
    for (const c of getCountries()) {
      const cc = getCountryCallingCode(c);
      if (!callingCodeRegions.has(cc) || MAIN_REGION.has(c)) callingCodeRegions.set(cc, c);
    }
  }
  return callingCodeRegions.get(code);
}
const MAIN_REGION = new Set(['US', 'GB', 'RU', 'IT', 'FI', 'NO', 'MA', 'AU']);

export interface Accumulator extends ExtractedFields {
  nameOrder: 'last-first' | null;
  /** How sure the label of `message` is (see messageRank): a surer label replaces it. */
  messageRank: number;
  /** Addresses under labels that are not "email" ("Contact", "Von"), in order. */
  emailCandidates: string[];
  /**
   * Addresses under an integration's account or owner label ("Account: …", "Zap owner: …"): never
   * the lead's, not even when an address scan of the body finds them. Other business parties'
   * fields only keep their own value from the lead: on a request form, a label naming a party may
   * stand over the requester's own address too (an HR request in corpus 4 lost its lead so).
   */
  partyAddresses: string[];
  /** [address, display name] from "Name <address>" values. */
  namedSenders: Array<[string, string]>;
  /** A phone-shaped value under an unknown label, used when no field is labelled as a phone. */
  phoneGuess: string | null;
  /**
   * The customer's phone field held no number ("n/a", "WhatsApp only"): no other number (a company
   * line, an unlabelled guess, a footer) is taken for theirs.
   */
  phoneDeclined: boolean;
  /**
   * A name or email field held nothing usable (an anonymous "Visitor 48213", "no facilitado", "-"):
   * the form asked and the customer withheld it, so the notification's sender (a chat widget, a
   * form tool under a brand name) never stands in for the customer's address.
   */
  identityWithheld: boolean;
  /**
   * The message field was there but left empty ("-", "keine Angabe", "sin comentarios"): no other
   * text of the email (a prose answer, the HTML rendering, an attachment) stands in for it.
   */
  messageDeclined: boolean;
  /**
   * A reason picked from the form's list ("Reason: Quote", "Motivo: Presupuesto"): held as a guessed
   * message, so the customer's own text anywhere replaces it, and never the message in the end.
   */
  pickedReason: string | null;
  /** Prose answers under unknown labels: the message when no field is labelled as one. */
  prose: string[];
  /** Values under raw field names ("Field 3") seen so far, and the first shaped like a name. */
  rawValues: number;
  rawName: string | null;
  names: string[];
  /** Names under labels of the person the form is about (see isSubjectPersonLabel), by target. */
  subjectNames: Array<[LabelTarget, string]>;
  /** The parent, guardian or booker who filled the form in for others (see isContactRoleLabel). */
  contactRoleName: string | null;
  /** An email or phone labelled as that person's ("Parent's email"): a subject's name is not theirs. */
  contactRoleDetails: boolean;
  /** The lead's name is the subject's, the only one the fields gave: the sender's own name may replace it. */
  nameIsSubject: boolean;
  /** Other people the form names (subjects, companions), kept after the contact is chosen: analytics must not hold them. */
  otherPeople: string[];
  attributes: Record<string, string>;
  langs: Map<LabelLanguage, number>;
}

export function newAccumulator(): Accumulator {
  return {
    fullName: null,
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    message: null,
    campaign: null,
    adId: null,
    formId: null,
    campaignId: null,
    platformLeadId: null,
    country: null,
    phoneLabelRegion: null,
    nameOrder: null,
    messageRank: 0,
    emailCandidates: [],
    partyAddresses: [],
    namedSenders: [],
    phoneGuess: null,
    phoneDeclined: false,
    identityWithheld: false,
    messageDeclined: false,
    pickedReason: null,
    prose: [],
    rawValues: 0,
    rawName: null,
    names: [],
    subjectNames: [],
    contactRoleName: null,
    contactRoleDetails: false,
    nameIsSubject: false,
    otherPeople: [],
    attributes: {},
    langs: new Map(),
  };
}

/**
 * A "Description" or "Details" is the customer's words on a form that has no other message field,
 * but on a portal or dealer notification it describes the listing or vehicle: any other message
 * label wins. A label that opens with a message word ("Nachricht des Interessenten") is as sure
 * as a dictionary one.
 */
const DESCRIPTION_LABEL = /(?:^|\s)(?:description|descripci[oó]n|details?)$|beschreibung$/i;

/** A description the customer wrote: of their project, request or problem, or addressed as theirs. */
const CUSTOMER_DESCRIPTION_LABEL =
  /\b(?:project|projekt|projet|proyecto|request|anfrage|demande|solicitud|problem|probl[eè]me|problema|your|ihre?|votre|su|tu|customer'?s?|client'?s?|kunden|cliente|patient'?s?|paciente|enquirer'?s?|buyer'?s?)\b/i;
/**
 * A value wrapped whole in quotation marks, as portals and dumps print what the customer typed:
 * "…", '…', “…”, „…“ („…" as typed on a keyboard), «…», »…« and ›…‹ (German), ‹…›, ‘…’. The marks are
 * not theirs.
 */
const QUOTED_VALUE =
  /^\s*(?:"([^"”]*)["”]|'([^']*)'|[“„]([^“”„"]*)[”“"]|«([^«»]*)»|»([^«»]*)«|‹([^‹›]*)›|›([^‹›]*)‹|[‘‚]([^‘’‚]*)[’‘])\s*$/;

export function withoutQuotes(v: string): string {
  const inner = QUOTED_VALUE.exec(v)
    ?.slice(1)
    .find((group) => group !== undefined);
  return inner === undefined ? v : inner.trim();
}

/** The rank of a label the dictionary knows as the message, or that opens with a message word. */
const SURE_MESSAGE_RANK = 3;

function messageRank(label: string, hit: LabelHit | null): number {
  if (DESCRIPTION_LABEL.test(label.trim())) return 1;
  return hit?.exact || isMessageFirstLabel(label) ? SURE_MESSAGE_RANK : 2;
}

/**
 * A value picked from a list: one word, no sentence ("Quote", "Angebot", "Devis", "Presupuesto").
 * Two words may be either ("revisión anual" is typed as often as picked) and stay the message: the
 * corpora's evidence (18 of 18 values null) is for one word.
 */
function isChoice(value: string): boolean {
  return !/\s/.test(value) && !/[.!?]$/.test(value);
}

/** A message that is a word or two under a label only guessed to be the message: a choice, not prose. */
export function messageIsGuessedChoice(acc: Accumulator): boolean {
  return !!acc.message && acc.messageRank < SURE_MESSAGE_RANK && !isProse('', acc.message);
}

/**
 * A message that is still the reason picked from a list, no text of the customer's having replaced
 * it: the form's field, not their message.
 */
export function messageIsPickedReason(acc: Accumulator): boolean {
  return acc.message !== null && acc.message === acc.pickedReason;
}

/**
 * Enough to skip rendering the HTML alternative: a contact channel, a name and a message. A phone
 * missing from a text part that has all the rest is rarely in its HTML twin, and rendering HTML is
 * the most expensive step of extraction.
 */
export function isComplete(a: Accumulator): boolean {
  return !!((a.email || a.phone) && (a.fullName || a.firstName || a.names.length > 0) && a.message);
}

/**
 * A value set in bold or italics as a whole (`**Jane Doe**`, `__Jane__`, `*Jane*`), or only its
 * closing marker left (`Jane Doe**`): the line reader takes the opening one after the colon as the
 * closing marker of a bold label (`**Name:** Jane`).
 */
const EMPHASISED = /^(\*{1,2}|_{1,2})([^*_\n].{0,198}?)\1$|^()([^*_\n]{1,200}?)(?:\*\*|__)$/;
/** `[jane@x.example](mailto:jane@x.example)`, `[0171 …](tel:+49171…)`, `[our site](https://…)`. */
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\(((?:mailto|tel):)?([^()\s]{1,500})\)/gi;
/** `<https://…>`, `<jane@x.example>`: an autolink, the whole value. */
const AUTOLINK = /^<((?:https?:\/\/|mailto:)?[^<>\s]{1,500})>$/i;

/**
 * A value written in Markdown (a form service's `.md` export, a Markdown body) as plain text: the
 * address or number a `mailto:`/`tel:` link points to, a link's text otherwise, without the
 * emphasis around the whole value or the angle brackets of an autolink.
 */
function withoutMarkdown(value: string): string {
  const linked = value.includes('](')
    ? value.replace(MARKDOWN_LINK, (_, text: string, scheme: string | undefined, target: string) =>
        scheme ? target : text,
      )
    : value;
  const emphasised = EMPHASISED.exec(linked);
  const unwrapped = emphasised ? ((emphasised[2] ?? emphasised[4]) as string) : linked;
  return (AUTOLINK.exec(unwrapped)?.[1] ?? unwrapped).replace(/^mailto:/i, '');
}

const NAMED_ADDRESS =
  /^\s*"?([^"<>@\n]{2,80}?)"?\s*<\s*(?:mailto:)?([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})\s*>\s*$/i;
/** Consent and marketing checkboxes: long text, never the customer's message. */
const MIN_PROSE_CHARS = 25;
const TECHNICAL_LABEL = /agent|browser|\bip\b|url|referr|page|source|utm|time|date|datum|fecha|heure|\bid\b/i;
/**
 * A question the form asked the customer ("Quelle date vous conviendrait ?", "¿Cuándo…?"): French
 * puts a space, often a no-break one, before the "?", which \s covers.
 */
const QUESTION_LABEL = /[?？]\s*:?\s*$|^\s*¿/u;
export function isQuestionLabel(label: string): boolean {
  return QUESTION_LABEL.test(label);
}

/** An answer written in sentences under a label no dictionary knows ("Tell us about your plans"). */
export function isProse(label: string, value: string): boolean {
  if (value.length < MIN_PROSE_CHARS || CONSENT_LABEL.test(label) || CONSENT_LABEL.test(value.slice(0, 80)))
    return false;
  // "Date", "Page", "Heure d'envoi" are a notification's metadata; a question that only mentions a
  // date or an hour ("Quelle date vous conviendrait ?", "À quelle heure…?") is asked of the customer.
  const technical = TECHNICAL_LABEL.test(label) && !isQuestionLabel(label);
  if (technical || /^(?:https?:|www\.|\/\/)|Mozilla\/|@/i.test(value)) return false;
  const words = value.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.?!¿¡]/.test(value));
}

const PHONE_VALUE = /^\+?[\d\s()./-]{7,24}$/;
/** An ISO 3166-1 alpha-2 code ("DK", "ch"). */
const ISO_COUNTRY_CODE = /^[a-z]{2}$/i;
const NOT_PHONE_LABEL =
  /\b(?:id|ip|addr|address|zip|plz|postal|post|code|codigo|date|datum|fecha|time|zeit|heure|hora|order|bestell\w*|ref|refer\w*|referenz\w*|referencia|booking|buchung\w*|reservation|reserva|ticket|invoice|rechnung|facture|factura|auftrag\w*|vorgang\w*|dossier|expediente|kunden\w*|customer|cliente|client|nr|no|budget|preis|price|prix|precio|year|jahr|ano|annee|amount|betrag|importe|montant|siret|vat|ust|iban|account|konto|compte|cuenta|stock|vin|lager\w*|inventory|mileage|odometer|kilom\w*|km|serial|serie)\b/i;
/**
 * "Lead number", "Angebotsnummer", "N° de dossier", "Número de oportunidad": a number the label
 * does not say is for calling ("Rückrufnummer", "WhatsApp number", "Numéro pour vous joindre")
 * is a reference, and a guess of it is the platform's or the dealer's, not the customer's phone.
 */
const NUMBER_WORD = /number|nummer|num[eé]ro|n[uú]mero|\bnr\b|\bno\b|n°|#/;
const CALLING_WORD =
  /call|ruf|handy|mobil|m[oó]vil|cell|kontakt|contact|reach|erreich|joindre|joign|whatsapp|festnetz|fon|t[eé]l|llam|appel|celular|portable|sms|\btext|remind|r[uü]ckruf/;
function referenceNumberLabel(words: string): boolean {
  return NUMBER_WORD.test(words) && !CALLING_WORD.test(words);
}

/**
 * A form's question asking the customer for a number, or a bare "Number:", answered with one
 * written as people write phones ("Un numéro, au cas où nous aurions une question ?" → "(514)
 * 555-0142"): the question need not say "call" for the answer to be theirs to be called on. A
 * reference is asked for by its kind ("order", "dossier": NOT_PHONE_LABEL) and written without a
 * phone's grouping.
 */
function askedForNumber(label: string, value: string): boolean {
  return (
    (isQuestionLabel(label) || BARE_NUMBER_LABEL.test(foldAccents(label).trim())) &&
    PHONE_GROUPING.test(value) &&
    isPhone(value)
  );
}
/**
 * "Number:", "Nummer:", "Numéro :" with nothing to say what of: a phone message's number to call
 * back, when written as phones are. A reference names its kind ("Lead number", "N° de dossier").
 */
const BARE_NUMBER_LABEL = /^(?:number|nummer|numero|n°|nr\.?|no\.?)$/i;
/** A plus, a parenthesised area code, or digits in groups split by spaces, dots or dashes. */
const PHONE_GROUPING = /^\s*(?:\+|\(\d|\d{1,5}[\s.-]\d)/;

/** Dates ("4.12.2026") and IPv4 addresses are phone-shaped; they are not phones. */
const DATE_OR_IP = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$|^\s*\d{1,3}(?:\.\d{1,3}){3}\s*$/;
const ONE_EMAIL = /^\s*<?(?:mailto:)?[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}>?\s*$/i;
/**
 * A person's name (or part of one): letters with spaces, hyphens, apostrophes, dots and commas, at
 * most six words; no digits, no address, no URL. "&" joins a couple ("Chloe & Sam Turner").
 */
const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'’()&+-]{0,79}$/u;
const MAX_NAME_WORDS = 6;

/** "Familie Wagner", "The Smith family": a household, not the person to call. */
const HOUSEHOLD = /^(?:familie|family|famille|familia|fam\.)\s|\s(?:family|familie)$|^the\s.+\sfamily$/i;

/** "Thomas Berger", "Ana": a plausible name opening with a known given name. */
function isGivenNameFirst(value: string): boolean {
  return plausibleName(value) && isKnownGivenName(firstLine(value).split(/\s+/)[0] ?? '');
}

function plausibleName(value: string): boolean {
  const v = firstLine(value);
  return PERSON_NAME.test(v) && v.split(/\s+/).length <= MAX_NAME_WORDS && !HOUSEHOLD.test(v);
}
/**
 * Abbreviated labels of boxes, cards and signatures ("T: +353 86 …", "M: 07700 …", "Ph# 021 …",
 * "E: ann@…"): too short to type by the word (a "T:" may be a time, an "E:" an entrance, "pH" a
 * pool's reading), so typed only when the value is a number or an address. A refusal ("T: n/a") is
 * then no phone field, and blocks nothing.
 */
function abbreviatedLabelTarget(label: string, value: string): 'phone' | 'email' | null {
  const key = label.length <= MAX_ABBREVIATION_CHARS ? label.toLowerCase().replace(/[^a-z]/g, '') : '';
  if (PHONE_ABBREVIATIONS.has(key)) return PHONE_VALUE.test(value.trim()) ? 'phone' : null;
  if (key === 'e') return ONE_EMAIL.test(value) ? 'email' : null;
  return null;
}
const MAX_ABBREVIATION_CHARS = 6;
const PHONE_ABBREVIATIONS = new Set(['t', 'm', 'ph', 'phno']);

/**
 * "Campaign: Kitchen refits UK" / "ID: 412330981": a bare id label right under the row naming a
 * platform's campaign or form is that object's id (a dashboard prints the name and the id as two
 * cells). Anywhere else a bare "ID" stays an attribute: it may be the record's or the lead's.
 */
function objectId(previous: LabelTarget | null, label: string, value: string): LabelTarget | null {
  const object = previous === 'campaign' ? 'campaignId' : previous === 'formName' ? 'formId' : null;
  return object && BARE_ID_LABEL.has(labelKey(label)) && BARE_ID.test(value.trim()) ? object : null;
}
const BARE_ID_LABEL = new Set([
  'id',
  'identifier',
  'identifiant',
  'identificador',
  'kennung',
  'nr',
  'no',
  'number',
]);
const ATTRIBUTE_FIELDS = { company: 'company', jobTitle: 'job_title', formName: 'form_name' } as const;

/** Words joined by underscores ("Morgens_am_Wochenende", "5000_to_10000"), one at least of letters. */
const UNDERSCORED_WORDS = /^[\p{L}\p{N}'’-]+(?:_[\p{L}\p{N}'’-]+)+$/u;

/**
 * An answer to the form's own question written as the option's key, underscores for spaces
 * ("Morgens_am_Wochenende", as relays and sheets print a Meta form's choices): read as the words it
 * is. Only under a question: elsewhere a machine value (an id, a campaign's slug) stays as written.
 */
function spacedOptionKey(label: string, value: string): string {
  return isQuestionLabel(label) && UNDERSCORED_WORDS.test(value) && /\p{L}{2}/u.test(value)
    ? value.replaceAll('_', ' ')
    : value;
}

export function assignPairs(acc: Accumulator, pairs: readonly LabeledPair[]): void {
  let plainDescription: string | null = null;
  const otherParty = otherPartyFields(pairs);
  let previousTarget: LabelTarget | null = null;
  for (const pair of pairs) {
    const { label, value, hit } = pair;
    const objectIdTarget = objectId(previousTarget, label, value);
    previousTarget = hit?.target ?? null;
    if (hit?.lang) acc.langs.set(hit.lang, (acc.langs.get(hit.lang) ?? 0) + 1);
    // "Nachname, Vorname: Müller, Hans" is one full name written surname first, whichever of the
    // two words the dictionary matched. Only a label that spells the order out (a comma, a slash
    // or a parenthesis: "Nom/Prénom"), the surname word in capitals ("NOM Prénom") or the Spanish
    // "Apellidos y nombre" fixes it: under "Nom et prénom" people write "Jean Dupont" as often as
    // "DUPONT Jean", so there the value's own comma or capitals decide.
    const bothNameWords = nameOrderOfLabel(label) === 'last-first';
    const surnameFirst = bothNameWords && SURNAME_FIRST_LABEL.test(label);
    const matched = objectIdTarget ?? hit?.target ?? abbreviatedLabelTarget(label, value);
    const target =
      (matched === 'firstName' || matched === 'lastName') && (bothNameWords || namesBothParts(label))
        ? 'fullName'
        : matched;
    // A YAML or CSV dump quotes its strings, a portal the customer's answers, and a form may mark
    // the answer with an arrow ("| » Jane Doe"): all of them are Jane Doe.
    const v = spacedOptionKey(label, withoutMarkdown(withoutAnswerArrow(withoutQuotes(value.trim()))).trim());
    if (!v) continue;
    // A test ping's sample or a preview's merge field: nobody gave it, so nothing (the sender, an
    // address elsewhere in the text) stands in for a contact the form asked for.
    if (isPlaceholder(v)) {
      if (target === 'email' || target === 'phone') acc.identityWithheld = true;
      continue;
    }
    // "Guest's mobile?", "Patient's phone" beside the booker's or the parent's fields: the other
    // person's, kept as an attribute.
    if ((target === 'email' || target === 'phone') && otherParty.has(pair)) {
      setAttribute(acc, slug(label), v);
      continue;
    }
    // "Account phone", "Dealer e-mail", "Móvil del vendedor", "Nom du compte": a business party's
    // contact or name, never the customer's, nor a candidate or a guess for it. A question is asked
    // of the customer, whoever it names ("Which number should our team call?").
    if (
      (target === 'phone' ||
        target === 'email' ||
        (target !== null && NAME_TARGETS.has(target)) ||
        (target === null && v.includes('@'))) &&
      namesBusinessParty(label) &&
      !isQuestionLabel(label)
    ) {
      setAttribute(acc, slug(label), v);
      if (target !== 'phone' && namesIntegrationOwner(label)) acc.partyAddresses.push(v);
      continue;
    }
    if (target === null || target === 'name' || target === 'email' || target === 'fullName') {
      if (ONE_EMAIL.test(v)) {
        if (target === 'email') acc.email ??= v;
        else acc.emailCandidates.push(v);
        continue;
      }
      // "Von: Jane Doe <jane@example.com>": a sender field carries both name and address.
      const named = NAMED_ADDRESS.exec(v);
      if (named) {
        acc.emailCandidates.push(named[2] ?? '');
        acc.namedSenders.push([named[2] ?? '', named[1] ?? '']);
        continue;
      }
    }
    // An answer under an unknown label is the message only when it was asked of the customer or
    // is in their voice: a listing's or agent's text under "Property:" or "Notes:" is not.
    // Under a raw field name ("Field 4") nothing says whose text it is: the longest prose is the message.
    const raw = target === null && isRawFieldLabel(label);
    if (target === null && isProse(label, v) && (raw || isQuestionLabel(label) || inCustomerVoice(v)))
      acc.prose.push(v);
    // The ad form's own question is typed only by a keyword it happens to contain ("…vous appeler ?",
    // "When should we call you back?", "Quelle est la taille de votre entreprise ?"): an answer in
    // sentences is the customer's message, not a phone, nor a company's name.
    const proseAnswer =
      target !== null && target !== 'message' && !hit?.exact && isQuestionLabel(label) && isProse(label, v);
    if (proseAnswer) acc.prose.push(v);
    if (raw) typeRawValue(acc, v);
    // "Patient name" beside "Parent/guardian name": the patient is kept as an attribute.
    if (
      target !== null &&
      NAME_TARGETS.has(target) &&
      (otherParty.has(pair) || isSubjectPersonLabel(label))
    ) {
      setAttribute(acc, slug(label), v);
      if (plausibleName(v)) {
        acc.subjectNames.push([target, firstLine(v)]);
        acc.otherPeople.push(firstLine(v));
      }
      continue;
    }
    // "Parent/guardian: Laura Grant" beside "Name: Oliver Grant": the form is about the child, the
    // parent is the contact. A relation ("Mother") is the role, not the name.
    if (target === 'name' && isContactRoleLabel(label)) {
      // "Emma Carter (mother)": the relation beside the name is an attribute, not part of it.
      const name = personBesideCompany(acc, firstLine(v));
      // "Hartmann, Nadine": surname first, put in order when the name is normalised.
      const plausible =
        isPlausibleName(name) || (LAST_FIRST_VALUE.test(name) && isPlausibleName(name.replace(',', ' ')));
      if (plausible && !RELATION.test(name)) acc.contactRoleName ??= name;
      else setAttribute(acc, slug(label), v);
      continue;
    }
    if ((target === 'email' || target === 'phone') && isContactRoleLabel(label))
      acc.contactRoleDetails = true;
    switch (target) {
      case null:
        // A phone number under a label no dictionary knows ("Rückrufnummer", "How can we reach you?").
        if (
          !acc.phone &&
          !acc.phoneGuess &&
          PHONE_VALUE.test(v) &&
          !DATE_OR_IP.test(v) &&
          // A raw field name ("Number field 2") says nothing about its value, not even "not a phone".
          (raw ||
            (!NOT_PHONE_LABEL.test(foldAccents(label)) &&
              (!referenceNumberLabel(foldAccents(label)) || askedForNumber(label, v)) &&
              !namesBusinessParty(label)))
        ) {
          const digits = v.replace(/\D/g, '').length;
          if (digits >= 7 && digits <= 15) acc.phoneGuess = v;
        }
        setAttribute(acc, slug(label), v);
        break;
      case 'email':
        if (!/@/.test(v)) acc.identityWithheld = true;
        else if (!acc.email) acc.email = v;
        break;
      case 'phone': {
        // A sentence answering "When should we call you?" is neither the number nor a refusal to give one.
        if (acc.phone || acc.phoneDeclined || proseAnswer) break;
        const number = linkedNumber(phoneLine(v));
        if ((number.match(/\d/g)?.length ?? 0) >= 5) {
          acc.phone = number;
          acc.phoneLabelRegion = labelRegion(label);
        } else if (isGivenNameFirst(v)) {
          // "Rückruf für: Thomas Berger": a label that names calling over a person's name says
          // whom to call, and refuses no number.
          if (acc.names.length < 4) acc.names.push(firstLine(v));
        } else if (!isProse(label, v)) {
          // A heading that merely starts like a phone label ("Telefonnotiz", "Phone message") over
          // a paragraph of sentences is no refusal to give a number: a refusal is a short answer.
          acc.phoneDeclined = true;
        }
        break;
      }
      case 'country':
      case 'attr:country':
        acc.country ??= firstLine(v);
        setAttribute(acc, 'country', firstLine(v));
        break;
      case 'attr:phone_code':
        // "country_code: DK" in a payload's phone object: the number's country as an ISO code, the
        // region to read the number in, where "+45" would be its calling code.
        if (ISO_COUNTRY_CODE.test(v)) acc.country ??= v.toUpperCase();
        setAttribute(acc, 'phone_code', v);
        break;
      case 'name':
      case 'fullName': {
        // "Caller: Anna Berg (0171 2345678)": a message slip gives the number with the name.
        const slip = nameWithNumber(firstLine(v));
        if (slip && !acc.phone && !acc.phoneGuess) acc.phoneGuess = slip.phone;
        // "Herr Markus Brandt, Brandt Anlagenbau AG", "Dr. Petra Kühn (Einkauf)": a B2B buyer's
        // company or department beside the name is an attribute, not part of it; a booking's role
        // badge ("Lucía Gómez · Participante", "Camille Roux, titulaire de la réservation") is no
        // part of it either, and no surname after a comma.
        const person = withoutRoleBadge(firstLine(personBesideCompany(acc, slip ? slip.name : v)));
        // "Caller: SMITH JOHN": a caller's name copied off the caller ID, surname first.
        const n = CALLER_LABEL.test(foldAccents(label)) ? callerIdName(firstLine(person)) : person;
        if (surnameFirst || LAST_FIRST_VALUE.test(firstLine(n))) {
          // "Hi, my boiler keeps losing pressure." under a "Caller:" turn of a call transcript has
          // a comma too: the words must still read as a name once it is gone.
          if (!acc.fullName && plausibleName(n) && isPlausibleName(firstLine(n).replace(',', ' '))) {
            acc.fullName = firstLine(n);
            acc.nameOrder = 'last-first';
          }
        } else if (!plausibleName(n)) {
          // "Rückruf an: +49 (0)171 …": a number written as phones are, under a label read as a
          // name's, is how to reach the person. "Ad name: Video 8" or an address: not a person.
          if (!acc.phone && !acc.phoneGuess && isPhone(firstLine(v))) acc.phoneGuess = firstLine(v);
          else acc.identityWithheld = true;
        } else if (target === 'name') {
          if (acc.names.length < 4) acc.names.push(firstLine(n));
        } else if (!acc.fullName) acc.fullName = firstLine(n);
        break;
      }
      case 'firstName':
      case 'lastName':
        if (!acc[target] && plausibleName(v)) acc[target] = firstLine(v);
        // "Primer apellido" / "Segundo apellido": Spanish forms ask for the two surnames apart.
        else if (target === 'lastName' && acc.lastName && plausibleName(v) && SECOND_SURNAME.test(label))
          acc.lastName = `${acc.lastName} ${firstLine(v)}`;
        break;
      case 'message':
        if (isEmptyAnswer(v)) {
          acc.messageDeclined = true;
          break;
        }
        // "Note : 4/5", "Bemerkung: ☑ Ja": a rating or a ticked option, picked rather than written.
        if (isPickedAnswer(v)) break;
        // "Reason: Quote", "Grund: Angebot", "Motivo: Presupuesto": the reason picked from the
        // form's list is the enquiry's topic, kept as an attribute (see pickedReason).
        if (isReasonLabel(label) && isChoice(v)) {
          acc.pickedReason ??= v;
          setAttribute(acc, slug(label), v);
        }
        // The first dictionary-labelled message wins over keyword guesses ("Comment nous avez-vous
        // connu ?" is a question, not the comments field), and either over a description.
        // A "Description"/"… details" in no customer's voice describes the listing or vehicle,
        // unless the label says it is the customer's ("Project details", "Ihre Beschreibung").
        if (messageRank(label, hit) === 1 && !CUSTOMER_DESCRIPTION_LABEL.test(label) && !inCustomerVoice(v)) {
          plainDescription ??= v;
          break;
        }
        // At the same rank, the customer's prose beats a choice picked from a list ("Anlass: Hochzeit").
        if (
          !acc.message ||
          messageRank(label, hit) > acc.messageRank ||
          (messageRank(label, hit) === acc.messageRank && messageIsGuessedChoice(acc) && isProse(label, v))
        ) {
          acc.message = v;
          acc.messageRank = messageRank(label, hit);
        }
        break;
      case 'campaign': {
        // "Campaign: 23851234500000001": a value that is only an id is the campaign's id, not its name.
        if (BARE_ID.test(firstLine(v))) {
          acc.campaignId ??= firstLine(v).replace(/^#/, '');
          break;
        }
        const { name, id } = nameAndId(v);
        if (!acc.campaign) acc.campaign = name;
        if (id && !acc.campaignId) acc.campaignId = id;
        break;
      }
      case 'adId':
      case 'formId':
      case 'campaignId':
      case 'platformLeadId': {
        // One token is the id as written: a Snapchat UUID ("12345678-90ab-…") is not a number and a name.
        if (!/\s/.test(firstLine(v).trim())) {
          acc[target] ??= plainId(firstLine(v).trim());
          break;
        }
        // "Ad name and ID: Birthday cakes (ID: 1202…)": the id is the field, a campaign's name is kept.
        const { name, id } = nameAndId(v);
        if (!acc[target]) acc[target] = id ?? idBesideName(v) ?? plainId(firstLine(v));
        if (id && target === 'campaignId' && !acc.campaign) acc.campaign = name;
        break;
      }
      case 'formName': {
        if (BARE_ID.test(firstLine(v))) {
          acc.formId ??= firstLine(v).replace(/^#/, '');
          break;
        }
        const { name, id } = nameAndId(v);
        setAttribute(acc, ATTRIBUTE_FIELDS[target], name);
        if (id && !acc.formId) acc.formId = id;
        break;
      }
      case 'company':
      case 'jobTitle':
        // "How big is your company?": the sentence answering it is kept under the question, not as the name.
        if (proseAnswer) setAttribute(acc, slug(label), v);
        // "Title: Mrs": a form of address, not a job.
        else if (target === 'jobTitle' && SALUTATION_VALUE.test(firstLine(v)))
          setAttribute(acc, 'salutation', firstLine(v));
        else setAttribute(acc, ATTRIBUTE_FIELDS[target], firstLine(v));
        break;
      default:
        setAttribute(acc, target.slice(5), v);
    }
  }
  resolveNames(acc);
  joinMiddleName(acc);
  if (!acc.fullName && !acc.firstName && !acc.lastName) acc.fullName = acc.rawName;
  if (!acc.phone && !acc.phoneDeclined && acc.phoneGuess) acc.phone = acc.phoneGuess;
  if (acc.phone && acc.attributes.phone_code) acc.phone = withPhoneCode(acc.phone, acc.attributes.phone_code);
  if ((!acc.message || messageIsGuessedChoice(acc)) && !acc.messageDeclined && acc.prose.length > 0) {
    acc.message = acc.prose.reduce((a, b) => (b.length > a.length ? b : a));
  }
  // A quote form's "Description" of the job ("Several slates blew off…") needs no "I": with no
  // listing field beside it (a price, a reference, the property or vehicle) it is the customer's.
  if (!acc.message && !acc.messageDeclined && plainDescription && !pairs.some(namesListing))
    acc.message = plainDescription;
}

/** A form of address alone: "Mrs", "Dr.", "Herr", "Mme", "Sra.". */
const SALUTATION_VALUE = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|don|doña)\.?$/iu;

/** A field of the advert the enquiry is about: its price, reference, property or vehicle. */
const LISTING_FIELD_LABEL =
  /(?<![\p{L}])(?:price|rent|pcm|reference|ref|listing|property|vehicle|mileage|preis|kaltmiete|warmmiete|miete|objekt\p{L}*|inserat|fahrzeug|kilometerstand|prix|loyer|référence|annonce|bien|véhicule|kilométrage|precio|alquiler|referencia|anuncio|inmueble|vehículo|kilometraje)(?![\p{L}])/iu;
const PRICE_VALUE = /^(?:[£$€]\s?\d|\d[\d.,]*\s?(?:€|(?:eur|pcm)\b))/iu;

function namesListing({ label, value }: LabeledPair): boolean {
  return LISTING_FIELD_LABEL.test(label) || PRICE_VALUE.test(value.trim());
}

/**
 * A value under a raw field name is the name when it is shaped like one: capitalised words, no
 * digits, not a filler ("Ja", "Check-up"). Forms ask for the name first, so a single word counts
 * only as the first value; later ones need two to four words ("Kitchen" is a choice, not a name).
 */
function typeRawValue(acc: Accumulator, v: string): void {
  acc.rawValues++;
  if (v.includes('\n')) return;
  const words = v.split(/\s+/);
  const shaped =
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w)) &&
    isPlausibleName(v);
  if (!shaped) return;
  // "Field 1: Oliver" / "Field 2: Grant": a first and a last name in the first two fields.
  if (acc.rawName && acc.rawValues === 2 && words.length === 1 && !acc.rawName.includes(' '))
    acc.rawName = `${acc.rawName} ${v}`;
  else if (!acc.rawName && (words.length >= 2 || acc.rawValues === 1)) acc.rawName = v;
}
const NAME_PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|y|zu|ter|ten)$/;

const FILLABLE = [
  'email',
  'phone',
  'message',
  'campaign',
  'adId',
  'formId',
  'campaignId',
  'platformLeadId',
  'country',
] as const;

/** A second rendering of the same email (or an attachment) only fills what the first one lacked. */
export function fillMissing(acc: Accumulator, pairs: readonly LabeledPair[]): void {
  const extra = newAccumulator();
  assignPairs(extra, pairs);
  const names = !acc.fullName && !acc.firstName && !acc.lastName && acc.names.length === 0;
  for (const k of FILLABLE)
    if ((k !== 'phone' || !acc.phoneDeclined) && (k !== 'message' || !acc.messageDeclined))
      acc[k] ??= extra[k];
  if (acc.phone === extra.phone) acc.phoneLabelRegion ??= extra.phoneLabelRegion;
  acc.emailCandidates.push(...extra.emailCandidates);
  acc.partyAddresses.push(...extra.partyAddresses);
  acc.namedSenders.push(...extra.namedSenders);
  if (names) {
    acc.nameIsSubject = extra.nameIsSubject;
    acc.nameOrder = extra.nameOrder;
    acc.fullName = extra.fullName;
    acc.firstName = extra.firstName;
    acc.lastName = extra.lastName;
  }
  for (const [k, v] of Object.entries(extra.attributes)) setAttribute(acc, k, v);
  for (const [k, v] of extra.langs) acc.langs.set(k, (acc.langs.get(k) ?? 0) + v);
}

/**
 * The contact of a lead found in a file replaces what a cover note above it held, and so does its
 * message, unless it is only a phrase and the body's is prose: a booking tool's vCard notes where
 * the contact came from ("Booked online") under a form that holds what the customer wrote.
 */
export function takeContact(acc: Accumulator, file: Accumulator): void {
  acc.email = file.email;
  acc.phone = file.phone;
  acc.phoneDeclined = file.phoneDeclined;
  acc.phoneLabelRegion = file.phoneLabelRegion;
  acc.country = file.country ?? acc.country;
  acc.fullName = file.fullName;
  acc.firstName = file.firstName;
  acc.lastName = file.lastName;
  acc.nameOrder = file.nameOrder;
  const keepBodyMessage =
    !!acc.message && !!file.message && isProse('', acc.message) && !isProse('', file.message);
  if (!keepBodyMessage) acc.message = file.message ?? acc.message;
  // A lead exported with its platform's ids (a LinkedIn or Meta CSV) keeps them; the body's
  // own ids fill only what the file lacks.
  for (const k of PLATFORM_ID_FIELDS) acc[k] = file[k] ?? acc[k];
  acc.emailCandidates = [...file.emailCandidates, ...acc.emailCandidates];
  for (const [k, v] of Object.entries(file.attributes)) setAttribute(acc, k, v);
}

const PLATFORM_ID_FIELDS = ['campaign', 'adId', 'formId', 'campaignId', 'platformLeadId'] as const;

/**
 * "Name" is the last name beside a first name ("Vorname"/"Prénom"), the first name beside a last
 * name ("Nombre"/"Apellidos"), and the full name otherwise.
 */

/** "Emma Carter (Lily's mum)": a bracketed aside at the end of a line. */
const withoutAsides = (text: string) => text.replace(/[ \t]*\([^()\n]{1,40}\)[ \t]*$/gm, '');

function resolveNames(acc: Accumulator): void {
  if (acc.contactRoleName) {
    acc.fullName = acc.contactRoleName;
    acc.firstName = null;
    acc.lastName = null;
    acc.nameOrder = null;
    acc.names.length = 0;
  }
  const unnamed = () => !acc.fullName && !acc.firstName && !acc.lastName && acc.names.length === 0;
  // The person the form is about is the lead only when no one else is named: not even by the
  // message's sign-off ("Thanks, / Emma Carter (Lily's mum)" under "Patient: Lily Carter").
  if (unnamed()) {
    const signed =
      acc.subjectNames.length > 0 && acc.message ? signOffName(withoutAsides(acc.message)) : null;
    if (signed && !acc.subjectNames.some(([, name]) => name === signed)) {
      acc.fullName = signed;
      acc.subjectNames = [];
      return;
    }
    // "Ansprechpartner: Katrin Vogel, Leiterin Einkauf" among the lead's fields: the contact,
    // also beside the relative the form is about ("Zu betreuende Person: …").
    const contactPerson = acc.attributes.contact_person;
    const name = contactPerson ? personBesideCompany(acc, contactPerson) : null;
    if (name && plausibleName(name)) acc.fullName = firstLine(name);
  }
  if (unnamed()) {
    // "Pupil's name" beside "Parent's email": the only name given is not the contact's.
    const subjectNames = acc.contactRoleDetails ? [] : acc.subjectNames;
    acc.nameIsSubject = subjectNames.length > 0;
    for (const [target, name] of subjectNames) {
      if (target === 'name') acc.names.push(name);
      else if (target === 'fullName' || target === 'firstName' || target === 'lastName') acc[target] ??= name;
    }
  }
  acc.subjectNames = [];
  const n = acc.names[0];
  if (n === undefined) return;
  acc.names.length = 0;
  const lower = n.toLowerCase();
  const f = acc.firstName?.toLowerCase();
  const l = acc.lastName?.toLowerCase();
  if (acc.fullName) return;
  if (f && !l && !lower.includes(f)) acc.lastName = n;
  else if (l && !f && !lower.includes(l)) acc.firstName = n;
  else if ((!f || lower.includes(f)) && (!l || lower.includes(l))) acc.fullName = n;
}

/**
 * "First name: Thomas" / "Middle name: Edward" / "Last name: O'Reilly": the middle name joins the
 * given ones, so the full name built from the parts keeps it in its place.
 */
function joinMiddleName(acc: Accumulator): void {
  const middle = acc.attributes.middle_name;
  if (!middle || !acc.firstName || !acc.lastName || !plausibleName(middle)) return;
  acc.firstName = `${acc.firstName} ${firstLine(middle)}`;
  delete acc.attributes.middle_name;
}

/** "Anna Berg (0171 2345678)", "Anna Berg, +49 171 2345678", "Anna Berg – 0171 …": a name, then a number. */
const NAME_WITH_NUMBER =
  /^(\p{L}[^\d@]{1,60}?)[\s,;:–—-]*[(<[]?((?:\+|00)?\(?\d[\d ()./-]{5,20}\d)[)>\]]?\s*$/u;
const MAX_SLIP_VALUE_CHARS = 120;

function nameWithNumber(value: string): { name: string; phone: string } | null {
  const m = value.length <= MAX_SLIP_VALUE_CHARS ? NAME_WITH_NUMBER.exec(value) : null;
  if (!m) return null;
  const phone = (m[2] as string).trim();
  const digits = phone.replace(/\D/g, '').length;
  const name = (m[1] as string).trim();
  return digits >= 7 && digits <= 15 && !DATE_OR_IP.test(phone) && plausibleName(name)
    ? { name, phone }
    : null;
}

const NAME_THEN_COMPANY = /^(.+?)\s*(?:,|\s[-–—|/]\s|\()\s*([^,()]+?)\)?$/u;
/** A department or role in brackets after a name ("(Einkauf)", "(Purchasing)"): no digits. */
const NAME_THEN_DEPARTMENT = /^(.+?)\s*\(([\p{L}\p{M} &/.-]{2,40})\)$/u;
/**
 * A job title after a name and a comma, dash, slash or dot ("Mr. Tom Berger, Purchasing Manager", "M. Thomas
 * Berger - Responsable achats", "Jana Krüger · Einkauf", "Sr. Tomás Berger, Jefe de Compras"), by its words in en/de/fr/es:
 * not a given name after a surname.
 */
const JOB_TITLE =
  /(?<![\p{L}])(?:manager|director|head|officer|chief|lead|owner|founder|buyer|purchasing|procurement|assistant|coordinator|engineer|supply|logistics|operations|beschaffung|logistik|achats|logistique|logística|consultant|president|ceo|cfo|coo|cto|vp|leiter\p{L}*|leitung|geschäftsführer\p{L}*|inhaber\p{L}*|einkauf\p{L}*|einkäufer\p{L}*|assistenz|referent\p{L}*|sachbearbeiter\p{L}*|prokurist\p{L}*|vorstand|directeur|directrice|responsable|gérant\p{L}*|acheteu\p{L}*|chef|chargée?|ingénieur\p{L}*|jef[ae]|directora?|gerente|compras|comprador\p{L}*|encargad[oa]|coordinador\p{L}*|técnic[oa])(?![\p{L}])/iu;
const NAME_THEN_TITLE = /^(.+?)\s*(?:,|\s[-–—|/·•]\s)\s*([^,]{2,60})$/u;

/** The person's name out of a value that also gives their company, title or department. */
function personBesideCompany(acc: Accumulator, value: string): string {
  const line = firstLine(value);
  const company = endsInLegalForm(line) ? NAME_THEN_COMPANY.exec(line) : null;
  if (company && plausibleName(company[1] as string)) {
    setAttribute(acc, 'company', (company[2] as string).trim());
    return company[1] as string;
  }
  const title = NAME_THEN_TITLE.exec(line);
  if (title && JOB_TITLE.test(title[2] as string) && plausibleName(title[1] as string)) {
    setAttribute(acc, 'job_title', (title[2] as string).trim());
    return title[1] as string;
  }
  const department = NAME_THEN_DEPARTMENT.exec(line);
  if (department && plausibleName(department[1] as string)) {
    // "Sabine Vogt (Mutter)": a relation to the person the form is about, not a department.
    const beside = (department[2] as string).trim();
    setAttribute(acc, RELATION.test(beside) ? 'relationship' : 'department', beside);
    return department[1] as string;
  }
  return value;
}

/** A name label that spells out the surname-first order (see assignPairs). */
const SURNAME_FIRST_LABEL =
  /[,(/]|^\s*(?:NOM|NACHNAME|NAME|APELLIDOS?|SURNAME|LAST NAME|FAMILY NAME)(?![\p{L}])|^\s*[Aa]pellidos? y nombres?\b/u;
/** "Segundo apellido", "Apellido 2", "2º apellido": the second of two surnames. */
const SECOND_SURNAME = /\bsegundo\s+apellido|\bapellido\s*(?:2|segundo)\b|\b2\s*[º°o]?\.?\s*apellido/i;

/** The caller of a message slip or call notice ("Caller", "Anrufer", "Appelant", "Llamante"), on label words. */
const CALLER_LABEL = /\b(?:caller|calling party|cnam|anrufer\w*|appelant\w*|llamante)\b/;

/** A relation given under a guardian label instead of a name. */
const RELATION =
  /^(?:mother|father|mum|mom|dad|parent|guardian|grand(?:mother|father|parent)|step(?:mother|father)|carer|mutter|vater|elternteil|oma|opa|großmutter|großvater|mère|père|grand-(?:mère|père)|tuteur|tutrice|madre|padre|tutora?|abuel[oa])$/i;

/** "GARCIA, MARIA", "Müller, Hans": a family name, a comma, given names. */
const LAST_FIRST_VALUE = /^\p{L}[\p{L}\p{M}'’ -]{1,40},\s*\p{L}[\p{L}\p{M}'’. -]{1,40}$/u;
/**
 * A phone field as a text part renders a link: "0171 1234567 <tel:+491711234567>" or
 * "Call now <tel:+447700900555>": one number (the two together would read as one long number),
 * chosen by telLinkNumber.
 */
function linkedNumber(value: string): string {
  const link = TEL_LINK.exec(value);
  if (!link) return value;
  return telLinkNumber(value.replace(TEL_LINK, ' ').trim(), telUriNumber(link[1] as string));
}
/**
 * `<tel:…>`, `[tel:…]`, `(tel:…)` or a bare `tel:…` after the shown text; the URI may be
 * percent-encoded and carry parameters (`tel:+33%206%2012…`, `tel:+49-40-765;ext=33`).
 */
const TEL_LINK = /[<[(]?\b(?:tel|callto):([+\d%][\d\s()./%a-z;=-]{4,60}?)\s*[>\])]?(?=\s|$)/i;

/** "Tel. (DE)", "Phone [FR]", "Mobile +49": the region a phone label names. */
const LABEL_REGION = /[([]\s*([A-Z]{2})\s*[)\]]/;
const LABEL_CALLING_CODE = /\+\s?(\d{1,3})\b/;

function labelRegion(label: string): string | null {
  const iso = LABEL_REGION.exec(label)?.[1];
  if (iso) return iso;
  const cc = LABEL_CALLING_CODE.exec(label)?.[1];
  return cc ? (regionOfCallingCode(cc) ?? null) : null;
}

/**
 * A number written apart from its code: "+49"/"49" is a calling code, "030" (a Vorwahl) an area
 * code. A number that already has a "+" or "00" keeps its own.
 */
function withPhoneCode(phone: string, code: string): string {
  const c = code.trim();
  if (/^\s*(?:\+|00)/.test(phone)) return phone;
  if (/^0\d{1,5}$/.test(c)) return `${c} ${phone}`;
  const cc = (/^(?:\+|00)?(\d{1,3})$/.exec(c) ?? CALLING_CODE_IN_OPTION.exec(c))?.[1];
  return cc ? `+${cc} ${phone}` : phone;
}
/**
 * A dial-code select's option names the country beside its code ("+33 (France)", "France (+33)",
 * "🇩🇪 Deutschland +49"): the code is the "+" or "00" number standing alone in it.
 */
const CALLING_CODE_IN_OPTION = /(?:^|[^\d+])(?:\+|00)(\d{1,3})(?!\d)/;

function setAttribute(acc: Accumulator, key: string, value: string): void {
  if (!key || key in acc.attributes || Object.keys(acc.attributes).length >= MAX_ATTRIBUTES) return;
  acc.attributes[key] = value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value;
}

function slug(label: string): string {
  return foldAccents(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

/**
 * "Fall Refresh (ID: 626744812345)", "Frühjahrsgarten [ID 6267…]", "Spring sale · ID 123456": a
 * platform writes a campaign's or form's name and id in one value. The id is its own field.
 */
const NAME_AND_ID =
  /^(.*?)\s*(?:[([]\s*id\s*[:#]?\s*(\d[\d-]{3,})\s*[)\]]|[·|,–-]\s*id\s*[:#]?\s*(\d[\d-]{3,}))$/i;

/**
 * A value that is an id and nothing else: five or more digits (a name has letters; "2026" is a
 * year in a name) or a UUID, as platforms number their campaigns and forms.
 */
const BARE_ID = /^#?(?:\d{5,}|[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})$/i;

/**
 * "Kitchen refits UK (412330981)", "Kitchen refits UK – 412330981", "412330981 · Kitchen refits
 * UK": without the word "ID", a platform's number beside the name is the id all the same. Six
 * digits at least, so a year or a price in a campaign's name ("Summer sale (2025)") stays in it.
 */
const NAME_AND_NUMBER = /^(.*?\S)(?:\s*[([]\s*#?(\d{6,25})\s*[)\]]|\s+[·|/–—-]\s*#?(\d{6,25}))$/u;
const NUMBER_AND_NAME = /^#?(\d{6,25})\s*[·|/–—:-]\s*(\S.*)$/u;
/** The id on the line under the name ("Kitchen refits UK" / "ID: 412330981"). */
const ID_LINE = /^(?:id\s*[:#]?\s*)?#?(\d{6,25})$/iu;

/**
 * An id as the platform keeps it: "#412330981" without its number sign, "412 330 981" or
 * "412,330,981" (a dashboard's digit grouping) without its separators.
 */
function plainId(value: string): string {
  const id = value.replace(/^#\s?/, '');
  return GROUPED_DIGITS.test(id) ? id.replace(/\D/g, '') : id;
}
const GROUPED_DIGITS = /^\d{1,3}(?:[ \u00a0\u202f.,]\d{3}){2,}$/u;

/** A value's first line split into the name and the id written beside it, or on its next line. */
function nameAndId(v: string): { name: string; id: string | null } {
  const line = firstLine(v);
  // A name with its id is one short line; the bound keeps the lazy match linear in practice.
  if (line.length > 200) return { name: line, id: null };
  const m = NAME_AND_ID.exec(line) ?? NAME_AND_NUMBER.exec(line);
  if (m?.[1]) return { name: m[1], id: m[2] ?? m[3] ?? null };
  const first = NUMBER_AND_NAME.exec(line);
  if (first) return { name: first[2] as string, id: first[1] as string };
  const below = ID_LINE.exec(v.split('\n', 2)[1]?.trim() ?? '');
  return { name: line, id: below?.[1] ?? null };
}

/**
 * The id in a value that also names the thing ("Birthday cakes (120200111222333)", "Summer sale –
 * 6626744", the name on one line and the id on the next): the last run of five or more digits,
 * when the value is not one token already.
 */
const ID_RUN = /(?<![\p{L}\p{N}_-])\d[\d-]{4,}(?![\p{L}\p{N}_])/gu;
function idBesideName(v: string): string | null {
  const value = v.trim();
  if (!/\s/.test(value) || value.length > 200) return null;
  const runs = value.match(ID_RUN);
  return runs ? (runs[runs.length - 1] as string) : null;
}

/**
 * The phone of a phone field's value: its first line, or, when a form's country picker wrote the
 * calling code on a line of its own ("+44", "(+44) United Kingdom", "Deutschland (+49)") above the
 * number, the code and the number as one ("+44 7700 900862").
 */
function phoneLine(v: string): string {
  const lines = v.split('\n', 3).map((l) => l.trim());
  const code = CALLING_CODE_LINE.exec(lines[0] ?? '')?.[1];
  const next = (lines[1] ?? '').replace(NUMBER_LABEL, '');
  if (!code || (next.match(/\d/g)?.length ?? 0) < 5) return firstLine(v);
  return /^(?:\+|00)/.test(next) ? next : `${code} ${next}`;
}
/** A line holding a calling code and at most a country's name: no other digit. */
const CALLING_CODE_LINE = /^[^\d+]{0,40}?\(?\s*(\+\d{1,4})\s*\)?[^\d+]{0,40}$/u;
/** "Number: …", "Nummer: …", "Numéro : …", "Número: …" under the country line. */
const NUMBER_LABEL = /^(?:phone |tel(?:ephone)? )?(?:number|nummer|num[eé]ro|n[uú]mero|nr\.?)\s*[:：]\s*/iu;

export function firstLine(v: string): string {
  const i = v.indexOf('\n');
  return (i < 0 ? v : v.slice(0, i)).trim();
}

/** A phone number written in a sentence: 7–15 digits, optionally with +/00 and separators. */
const PROSE_PHONE = /(?<![\w.,/-])(?:\+|00)?\d[\d ()./-]{5,20}\d(?![\w/-]|[.,]\d)/g;

/** The text with every phone-shaped run replaced by a space. */
export function withoutProsePhones(text: string): string {
  return text.replace(PROSE_PHONE, ' ');
}

/**
 * The first phone number written in a sentence, unless the sentence says it is the business's
 * ("I tried your office on 0161 …", "Ihre Hotline 0800 …", "je vous ai appelé au 05 …") or it is
 * one of `businessNumbers` (the forwarder's signature, compared by their last digits).
 */
export function phoneInProse(text: string, businessNumbers: readonly string[] = []): string | null {
  const theirs = new Set(businessNumbers.map(numberKey));
  for (const m of text.matchAll(PROSE_PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || DATE_OR_IP.test(m[0])) continue;
    if (theirs.has(numberKey(m[0]))) continue;
    if (BUSINESS_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - BUSINESS_CONTEXT_CHARS), m.index)))
      continue;
    const end = m.index + m[0].length;
    if (isAmount(text, m.index, end)) continue;
    const extension = EXTENSION_AFTER_NUMBER.exec(text.slice(end, end + MAX_EXTENSION_CHARS));
    return `${m[0].trim()}${extension ? extension[0].replace(/[()]/g, '').trimEnd() : ''}`;
  }
  return null;
}
/** Characters after a number in which its extension is looked for ("  (Durchwahl: -2140)"). */
const MAX_EXTENSION_CHARS = 30;

/**
 * "unos $ 1.200.000", "1.200.000 €", "EUR 4 500 000": a number beside a currency is an amount,
 * however many digits it has.
 */
function isAmount(text: string, start: number, end: number): boolean {
  return (
    CURRENCY_BEFORE.test(text.slice(Math.max(0, start - CURRENCY_CONTEXT_CHARS), start)) ||
    CURRENCY_AFTER.test(text.slice(end, end + CURRENCY_CONTEXT_CHARS))
  );
}
const CURRENCY_CONTEXT_CHARS = 8;
const CURRENCY_BEFORE = /(?:[$€£¥₹]|\b(?:[a-z]{1,2}\$|eur|usd|gbp|chf|cad|aud|mxn|ars|clp|brl))\.?\s?$/i;
const CURRENCY_AFTER =
  /^\s?(?:[$€£¥₹]|(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|pesos?|reais|rupees?)\b)/i;

/** Every phone number written in a text (a forwarder's signature), as written. */
export function phonesInProse(text: string): string[] {
  return [...text.matchAll(PROSE_PHONE)].map((m) => m[0]).filter((p) => p.replace(/\D/g, '').length >= 7);
}

/** The last digits of a number: "+44 161 496 0000" and "0161 496 0000" are the same line. */
const numberKey = (phone: string) => phone.replace(/\D/g, '').slice(-8);
const BUSINESS_CONTEXT_CHARS = 60;
/** What a sentence says just before a number that is the business's, not the writer's. */
const BUSINESS_NUMBER_BEFORE =
  /(?:\b(?:your|ihre[rnm]?|eure[rnm]?|votre|vos|su|sus|vuestr[oa]s?)\s+(?:[\p{L}-]+\s+)?(?:number|phone|office|line|hotline|switchboard|nummer|telefon\p{L}*|rufnummer|zentrale|numéro|téléphone|standard|ligne|número|teléfono|oficina|centralita)\b|\b(?:called|rang|phoned|tried calling|tried)\s+(?:you|your \p{L}+)\s+(?:on|at)|\bvous ai (?:appelée?s?|téléphoné) au|\b(?:os|les?) he llamado al|\bbei (?:ihnen|euch) unter)[^.!?\n]{0,25}$/iu;
