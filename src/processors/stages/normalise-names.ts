/**
 * Name normalisation: the customer's name as a form wrote it → consistent full/first/last names.
 *
 * - Order: "Last, First" where the value has a comma or the label/layout says surname first
 *   ("Nachname, Vorname", "Nom, Prénom", "Apellidos, Nombre"; see nameOrderOfLabel). A surname
 *   written in capitals beside a given name that is not ("DUPONT Jean", "Jean DUPONT") is the
 *   surname whatever the order.
 * - Case: names typed in capitals or in lowercase get proper case ("O'BRIEN" → "O'Brien",
 *   "McDONALD" → "McDonald", "JEAN-PIERRE" → "Jean-Pierre"); surname particles inside a name
 *   stay lowercase ("van der", "de la", "von", "al-"). Mixed case is the customer's own: kept.
 * - Noise: honorifics are dropped from first/last, role suffixes ("(Customer)", "- Guest",
 *   "Buyer") from all three; values that are not names (dates, addresses, URLs) become null.
 */
import { abbreviationsOf } from './extractors/labels.js';
import { isKnownGivenName } from './redact-given-names.js';

export interface Names {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
}

export type NameOrder = 'last-first' | null;

export interface NameOptions {
  /** 'last-first' when the label or the layout says the surname comes first. */
  order?: NameOrder;
}

const MAX_NAME_CHARS = 200;
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|mister|dr|prof|herr|frau|hr|fr|m|mme|mlle|mmes|monsieur|mademoiselle|sr|sra|srta|señor|señora|señorita|senor|senora|don|doña|dña|dna|d\.?ª|dr\.?ª|sir|madam|madame)\.?$/i;
/**
 * Role words forms append to the name ("Jane Doe (Customer)", "Jean Dupont - Client"), and the
 * badges a booking's participant list prints after each person ("Jane Doe Organizer", "Luc Martin
 * Titulaire", "Jonas Becker Buchender", "Lucía Gómez · Participante"), which reach the text glued
 * to the name, possessive or not ("Eleanor Price Booker's").
 */
const ROLE_WORDS =
  'customer|client|guest|buyer|lead|prospect|enquirer|inquirer|applicant|tenant|seller|booker|kunde|kundin|gast|käufer|käuferin|interessent|interessentin|anfragender|mieter|buchender?|bucherin|cliente|comprador|compradora|huésped|invitado|invitada|interesado|interesada|solicitante|inquilino|reservante|acheteur|acheteuse|invité|invitée|locataire|demandeur|réservataire|organizer|organiser|host|attendee|invitee|participant|organisator|organisatorin|teilnehmer|teilnehmerin|organisateur|organisatrice|titulaire|participante|organizador|organizadora|titular|anfitrión';
/** "(…)"/"[…]" at the end: roles, nicknames, "via Facebook": never part of the name. */
const TRAILING_BRACKETS = /\s*[([][^()[\]]{0,60}[)\]]\s*$/u;
/** "'s", "’s", a plural's "s'": the word names what follows it, not the person. */
const POSSESSIVE = "(?:['’]s|s['’])";
/**
 * The role after a separator may carry a few words of its own ("– titulaire de la réservation",
 * ", titular de la reserva", "- lead booker"); a bare one is one word, possessive or not.
 */
const TRAILING_ROLE = new RegExp(
  `(?:\\s*[-–—|/,:·•]\\s*(?:${ROLE_WORDS})${POSSESSIVE}?(?:\\s+\\p{L}[\\p{L}'’-]*){0,4}|\\s(?:${ROLE_WORDS})(${POSSESSIVE})?)\\s*$`,
  'iu',
);
const LEADING_ROLE = new RegExp(`^(?:${ROLE_WORDS})\\s*[-–—|/,:]\\s*`, 'iu');
/**
 * Bare trailing role words that are also surnames ("Anna Gast", "Tom Guest", "Ana Titular") are
 * not stripped after a single given name; after two words ("Jane Doe Client") they are a badge.
 */
const SURNAME_ROLES = new Set(['guest', 'gast', 'client', 'lead', 'seller', 'host', 'titular']);

export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/^["'“”‘’«»\s]+|["'“”‘’«»\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > MAX_NAME_CHARS) return null;
  s = beforePossessive(
    withoutRoleBadge(firstOfCouple(s.replace(TRAILING_BRACKETS, '').replace(LEADING_ROLE, ''))),
  ).trim();
  // Digits, addresses and URLs mean a date, a company line or a contact, not a person's name.
  if (!s || /@|https?:|\d{2,}/i.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/**
 * The name without the role word after it ("Jonas Becker Buchender", "Lucía Gómez · Participante",
 * "Eleanor Price Booker's"); a role word that is also a surname stays after a lone given name
 * ("Anna Gast").
 */
export function withoutRoleBadge(name: string): string {
  const role = TRAILING_ROLE.exec(name);
  if (!role || role.index === 0) return name;
  const bare = /^\s/.test(role[0]) && !/[-–—|/,:·•]/.test(role[0]) && role[1] === undefined;
  const before = name.slice(0, role.index).trim();
  const surname = bare && SURNAME_ROLES.has(role[0].trim().toLowerCase()) && !before.includes(' ');
  return surname ? name : before;
}

/** A word in the possessive ("Price's", "Ashworth’s", "Smiths'"). */
const POSSESSIVE_WORD = new RegExp(`^\\p{L}[\\p{L}\\p{M}'’-]*?${POSSESSIVE}$`, 'u');
/**
 * A name never ends in a possessive: the words from the first possessive on name what belongs to
 * the person ("Tom Ashworth’s account" → "Tom Ashworth"). After a given name and a surname the
 * possessive word is a badge or a role glued to the name ("Eleanor Price Booker's") and goes
 * whole; right after the given name it is the surname, kept without its "'s". An apostrophe inside
 * a name ("O'Neill", "d'Almeida") makes no possessive.
 */
function beforePossessive(name: string): string {
  const words = name.split(' ');
  const at = words.findIndex((w) => POSSESSIVE_WORD.test(w));
  if (at < 0) return name;
  if (at >= 2) return words.slice(0, at).join(' ');
  return [...words.slice(0, at), (words[at] as string).replace(/['’]s$|['’]$/u, '')].join(' ');
}

/** "Chloe & Sam Turner" → "Chloe Turner"; "Ann Lee and Bo Chan" → "Ann Lee": the first person named. */
const COUPLE = /^(.+?)\s*(?:&|\+|\band\b|\bund\b|\bet\b)\s*(.+)$/iu;

function firstOfCouple(name: string): string {
  const m = COUPLE.exec(name);
  if (!m) return name;
  const first = (m[1] as string).trim().split(' ');
  const second = (m[2] as string).trim().split(' ');
  // Given names sharing the surname that follows the second one.
  if (first.length === 1 && second.length >= 2) return [first[0], ...second.slice(1)].join(' ');
  return first.join(' ');
}

/** Makes full/first/last consistent: orders and splits a lone full name, composes a missing one. */
export function normaliseNames(input: Names, options: NameOptions = {}): Names {
  const fullName = cleanName(input.fullName);
  const firstName = cleanName(input.firstName);
  const lastName = cleanName(input.lastName);
  if (fullName && !firstName && !lastName) return splitFullName(fullName, options.order ?? null);
  const first = firstName ? caseName(firstName.split(' '), false).join(' ') : null;
  const last = lastName ? caseName(lastName.split(' '), true).join(' ') : null;
  const full = fullName
    ? caseName(fullName.split(' '), false).join(' ')
    : [first, last].filter(Boolean).join(' ') || null;
  return { fullName: full, firstName: first, lastName: last };
}

function splitFullName(name: string, order: NameOrder): Names {
  // "Doe, Jane" → "Jane Doe" (directory style), whatever the label said.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) {
    const last = caseName(withoutHonorifics(comma[1] as string), true);
    const first = caseName(withoutHonorifics(comma[2] as string), false);
    return compose(first, last);
  }
  const tokens = withoutHonorifics(name);
  if (tokens.length === 0) return { fullName: null, firstName: null, lastName: null };
  if (tokens.length === 1) {
    const only = caseName(tokens, false);
    return { fullName: only.join(' '), firstName: only[0] ?? null, lastName: null };
  }
  const capsSurname = capitalisedSurname(tokens);
  if (capsSurname) {
    const [start, end] = capsSurname;
    const given = [...tokens.slice(0, start), ...tokens.slice(end)];
    return compose(caseName(given, false), caseName(tokens.slice(start, end), true));
  }
  if (order === 'last-first' && !givenNameFirst(tokens)) {
    // "García López María José": two surnames, then two given names.
    const given = tokens.length >= 4 && isKnownGivenName(tokens[tokens.length - 2] as string) ? 2 : 1;
    return compose(caseName(tokens.slice(-given), false), caseName(tokens.slice(0, -given), true));
  }
  // The surname starts at its first particle ("Ludwig van Beethoven"), else after the first token.
  const cased = caseName(tokens, false);
  const particleAt = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && isParticle(t));
  const split = particleAt > 0 ? particleAt : 1;
  return compose(cased.slice(0, split), cased.slice(split));
}

/**
 * "Ana García López" under "Apellidos, Nombre": people often write their name the usual way
 * whatever the label asks. A value that opens with a known given name and ends with a word that
 * is none is given name first; when both ends are given names ("Martin Thomas") the label decides.
 */
function givenNameFirst(tokens: readonly string[]): boolean {
  const first = tokens[0] as string;
  return (
    !isParticle(first) && isKnownGivenName(first) && !isKnownGivenName(tokens[tokens.length - 1] as string)
  );
}

function compose(first: string[], last: string[]): Names {
  const firstName = first.join(' ') || null;
  const lastName = last.join(' ') || null;
  return { fullName: [firstName, lastName].filter(Boolean).join(' ') || null, firstName, lastName };
}

function withoutHonorifics(text: string): string[] {
  return text
    .trim()
    .split(' ')
    .filter((t) => t && !HONORIFIC.test(t));
}

/**
 * [start, end) of a run of capitalised tokens beside tokens that are not: the surname in the
 * "DUPONT Jean" / "Jean DUPONT" convention. Null when the whole name has one case.
 */
function capitalisedSurname(tokens: readonly string[]): [number, number] | null {
  const caps = tokens.map((t) => isShouted(t) && letterCount(t) >= 2);
  const start = caps.indexOf(true);
  if (start < 0) return null;
  let end = start;
  while (end < caps.length && caps[end]) end++;
  if (caps.slice(end).includes(true)) return null;
  const others = tokens.filter((_, i) => i < start || i >= end);
  if (others.length === 0 || !others.some((t) => /\p{Ll}/u.test(t))) return null;
  // Particles before the capitalised run belong to the surname ("Jean de LA FONTAINE", "de la
  // FUENTE María"), unless nothing would be left of the given name.
  let s = start;
  while (s > 0 && isParticle(tokens[s - 1] as string)) s--;
  return [s === 0 && end === tokens.length ? start : s, end];
}

/**
 * Proper case for capitalised or lowercase tokens; particles lowercase unless they start the name,
 * but an article opening a surname keeps its capital ("LE GOFF" → "Le Goff", "LA FONTAINE" → "La
 * Fontaine", as French writes them; "DE LA FUENTE" → "de la Fuente").
 */
function caseName(tokens: readonly string[], isSurname: boolean): string[] {
  return tokens.map((token, i) => {
    if (!isShouted(token) && !isAllLower(token)) return token;
    const inside = i > 0 || (isSurname && tokens.length > 1 && !SURNAME_ARTICLES.has(token.toLowerCase()));
    if (inside && PARTICLES.has(token.toLowerCase())) return token.toLowerCase();
    return properCase(token, i > 0 || isSurname);
  });
}

function letterCount(token: string): number {
  return token.match(/\p{L}/gu)?.length ?? 0;
}

/** All capitals, or capitals but for one lowercase letter ("McDONALD"). */
function isShouted(token: string): boolean {
  const upper = token.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = token.match(/\p{Ll}/gu)?.length ?? 0;
  return (lower === 0 && upper >= 1) || (lower === 1 && upper >= 3);
}

function isAllLower(token: string): boolean {
  return /\p{Ll}/u.test(token) && !/\p{Lu}/u.test(token);
}

/** Articles that open a surname with a capital ("Le Goff", "La Fontaine", "Les Ormes"). */
const SURNAME_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les']);

/** Surname particles in the languages leads arrive in (Dutch, German, French, Spanish, Italian, Portuguese, Arabic). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'des',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'la',
  'le',
  // Spanish "de los Santos", "de las Heras".
  'los',
  'las',
  'ten',
  'ter',
  'zu',
  'y',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
]);

/** A surname particle ("von", "de la", "al-", "d'"): part of a name, never a name alone. */
export function isParticle(token: string): boolean {
  const lower = token.toLowerCase();
  // "al-Rashid", "d'Estaing": a particle glued to the name by a hyphen or apostrophe.
  return PARTICLES.has(lower) || /^(?:al|el)-\p{L}/u.test(lower) || /^d['’]\p{L}/u.test(lower);
}

/**
 * "o'brien" → "O'Brien", "jean-pierre" → "Jean-Pierre", "mcdonald" → "McDonald", initials "j.r." →
 * "J.R."; inside a name a glued particle stays lowercase ("al-Rashid", "d'Estaing").
 */
function properCase(token: string, inside: boolean): string {
  const lower = token.toLowerCase();
  let out = '';
  let startOfPart = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    out += startOfPart ? c.toUpperCase() : c;
    startOfPart = c === '-' || c === "'" || c === '’' || c === ' ' || c === '.';
  }
  if (/^mc\p{L}{2}/u.test(lower)) out = `Mc${out.charAt(2).toUpperCase()}${out.slice(3)}`;
  if (inside && /^(?:al|el)-/u.test(lower)) out = lower.slice(0, 3) + out.slice(3);
  if (inside && /^d['’]/u.test(lower)) out = `d${out.slice(1)}`;
  return out;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SURNAME_WORDS = new Set([
  'last',
  'surname',
  'family',
  'nachname',
  'familienname',
  'nom',
  'apellido',
  'apellidos',
]);
const GIVEN_WORDS = new Set(['first', 'given', 'forename', 'vorname', 'prenom', 'nombre']);

function labelWords(label: string): string[] {
  return fold(label)
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Whether a label asks for both parts of the name in one field ("Vorname / Nachname", "Vor- &
 * Nachname", "First / last name", "Prénom Nom"): its value is the full name, whichever word the
 * dictionary matched. German's "Vor-" stands for "Vorname" before "Nachname" or "Zuname".
 */
export function namesBothParts(label: string): boolean {
  const words = labelWords(label);
  const surname = words.some((w) => SURNAME_WORDS.has(w) || w === 'zuname');
  return surname && words.some((w) => GIVEN_WORDS.has(w) || w === 'vor');
}

/**
 * 'last-first' when a label names the surname before the given name: "Last name, First name",
 * "Nachname, Vorname", "Name, Vorname", "Nom et prénom", "Apellidos y nombre".
 */
export function nameOrderOfLabel(label: string): NameOrder {
  const order = nameOrderOfWords(labelWords(label));
  if (order) return order;
  // "Name/Vorn.", "Apell./nombre": an abbreviated label orders the name as its written-out words do.
  const expansions = abbreviationsOf(label);
  return expansions?.every((e) => nameOrderOfWords(e.split(' ')) === 'last-first') ? 'last-first' : null;
}

function nameOrderOfWords(words: readonly string[]): NameOrder {
  // The last given-name word: "NOMBRE (APELLIDO, NOMBRE)" opens with the field's name, and the
  // order is in the brackets.
  const given = words.map((w) => GIVEN_WORDS.has(w)).lastIndexOf(true);
  if (given < 0) return null;
  const surname = words.findIndex((w) => SURNAME_WORDS.has(w) || (w === 'name' && words.includes('vorname')));
  return surname >= 0 && surname < given ? 'last-first' : null;
}

/** Words that are labels, greetings or filler in en/de/fr/es: a value made of them is no name. */
const NOT_NAME_WORDS = new Set(
  (
    'name full first last surname vorname nachname nom prenom nombre apellido apellidos email mail phone ' +
    'telefon telephone telefono mobile handy message nachricht mensaje comment comments kommentar commentaire ' +
    'comentario comentarios address adresse direccion company firma empresa societe date datum fecha lead leads ' +
    'new neu neue neuer nouveau nouvelle nuevo nueva form formular formulaire formulario request anfrage demande ' +
    'solicitud contact kontakt contacto hello hi dear hallo liebe lieber bonjour hola thanks thank danke merci ' +
    'gracias regards grusse gruss cordialement saludos please bitte the and und et for fur pour para not none ' +
    'keine aucun ninguno unknown unbekannt inconnu desconocido customer kunde cliente team sales support info ' +
    'service website facebook google linkedin tiktok meta call yes no ja nein oui non your my ihr votre'
  ).split(' '),
);

/**
 * Whether a value reads as a person's name: one to six words of letters (any script), with
 * hyphens, apostrophes and initials' dots; no digits, no label or filler words. For the extractor
 * to check a candidate value before taking it as the customer's name.
 */
export function isPlausibleName(text: string): boolean {
  const name = cleanName(text);
  if (!name || name.length > 100) return false;
  if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]*$/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 6 || letterCount(name) < 2) return false;
  if (words.every((w) => letterCount(w) <= 1)) return false;
  return !words.some((w) => NOT_NAME_WORDS.has(fold(w).replace(/[.'’-]/g, '')));
}

/**
 * A caller-ID name in capitals ("DOE JANE"): the telephone network's caller name (CNAM) is
 * usually stored surname first, without the comma a directory prints. When the last word is a
 * known given name and the first is none, the comma is put in ("DOE, JANE"), so the name reader
 * turns it round; otherwise ("JANE DOE", "MARTIN THOMAS") it is left as written.
 */
export function callerIdName(value: string): string {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || value.includes(',') || !tokens.every(isShouted)) return value;
  const last = tokens[tokens.length - 1] as string;
  const first = tokens[0] as string;
  if (!isKnownGivenName(last) || isKnownGivenName(first)) return value;
  return `${tokens.slice(0, -1).join(' ')}, ${last}`;
}
