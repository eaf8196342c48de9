/**
 * Phone normalisation: the customer's phone as written → E.164 (libphonenumber-js), or nothing.
 *
 * A national number ("06 12 34 56 78") is read in the first region that makes it valid, taken in
 * this order: an explicit country field, the address's country, a region the phone's label names,
 * the business's configured region, and last the region of the form's language. The customer's
 * email TLD is never a hint: a .com or .de address says nothing about where a phone is.
 * Valid numbers win; a merely "possible" one is kept (with a warning) only with an explicit
 * country code or in the strongest region, and never against the NANP plan: reading any
 * 10-digit string as possible in the US is how "+1" used to be glued onto foreign national
 * numbers. An unreadable value is returned raw for the caller to keep as an attribute, with a warning.
 */
import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js';

export interface PhoneHints {
  /** An explicit country field, as written: a name in en/de/fr/es or an ISO code. */
  countryField?: string | null;
  /** The customer's address (or its country line), as written. */
  addressCountry?: string | null;
  /** ISO region named by the phone's label ("Phone (UK)"). */
  labelRegion?: string | null;
  /** The business's configured region (config `businesses`). */
  businessRegion: string;
  /**
   * Language of the form's labels: its main region (de → DE) is the weakest hint. Asked for only
   * when a national number is valid in no stronger region: the extractor guesses it with franc,
   * which costs more than the rest of the reading, and most numbers never get that far.
   */
  formLanguage?: () => string | null;
}

export interface PhoneResult {
  /** E.164, or null when the value could not be read as a valid number. */
  e164: string | null;
  /** Extension digits ("ext. 12", "x12", "Durchwahl 12"), kept apart from the number. */
  extension: string | null;
  /** The value as written (trimmed, bounded): what the caller keeps when e164 is null. */
  raw: string;
  warning: 'phone_unparseable' | 'phone_region_inferred' | 'phone_not_verified' | null;
}

/** A phone string longer than this is not a phone number (and libphonenumber would reject it anyway). */
const MAX_PHONE_CHARS = 40;
const MIN_DIGITS = 5;
/** A number written without "+" is tried as international only when this long (CC + NSN). */
const MIN_INTERNATIONAL_DIGITS = 10;

const LABEL_PREFIX = /^\s*(?:tel|tél|phone|fon|tlf|mobile?|handy|móvil|movil|cell)\s*[:.]?\s*/i;
const TEL_URI = /^tel:/i;
/** "+49 (0)30 …", "0049(0)30 …": the trunk zero in brackets is not dialled from abroad. */
const TRUNK_ZERO = /^(\+|00|011)[ \t]?(\d{1,3})[ \t]?\(0\)[ \t]?/;
/**
 * "7700 900862 (United Kingdom +44)", "612 34 56 78 (+34)": a country picker's calling code
 * written after the number belongs in front of it.
 */
const CODE_AFTER = /^([\d ()./-]*\d)[ \t]*\([^\d()+]{0,40}?(\+\d{1,4})[ \t]*\)$/u;
/**
 * Extension words, in en/de/fr/es and as signatures and form scripts write them ("ext. 214",
 * "Durchwahl -214", "Nebenst. 12", "poste 214", "p. 214", "anexo 214", "int. 3302"); libphonenumber
 * knows only some.
 */
const EXTENSION_WORDS = String.raw`(?:durchwahl|durchw\.|dw\.?|nebenstelle|nst\.|poste|p\.|extensión|extension|extn?\.?|anexo|interno|int\.|app\.)[ \t]*[:.]?[ \t]*-?[ \t]*`;
/**
 * An extension written after the number, bracketed or not ("… ext. 214", "… (DW 214)"), rewritten
 * to the word libphonenumber knows ("ext.").
 */
const EXTENSION_WORD = new RegExp(
  String.raw`[ \t]*[,;(]?[ \t]*${EXTENSION_WORDS}(\d{1,7})[ \t]*\)?[ \t]*$`,
  'i',
);
/**
 * An extension right after a number in running text or a signature line ("T: 0113 245 6700 ext.
 * 214", "+49 221 456780, Durchwahl -214", "x302"): a reader that takes the number alone takes this
 * with it, so the extension is kept apart from the number instead of lost.
 */
export const EXTENSION_AFTER_NUMBER = new RegExp(
  String.raw`^[ \t]*[,;(]?[ \t]*(?:x[ \t]?|${EXTENSION_WORDS})\d{1,7}(?!\d)\)?`,
  'i',
);
/** Separators between two numbers in one field ("0151 2345678 / 030 1234567", "… or …"). */
const ALTERNATIVES = /[ \t]*(?:[,;|]|[ \t]\/[ \t]|\b(?:or|oder|ou|o)\b)[ \t]*/i;

export function normalisePhone(raw: string | null | undefined, hints: PhoneHints): PhoneResult | null {
  if (!raw) return null;
  const written = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!/\d/.test(written)) return null;
  const value = written.length > MAX_PHONE_CHARS ? written.slice(0, MAX_PHONE_CHARS) : written;
  const unparseable: PhoneResult = { e164: null, extension: null, raw: value, warning: 'phone_unparseable' };
  if (written.length > MAX_PHONE_CHARS) return unparseable;
  const regions = hintRegions(hints);
  const whole = readNumber(clean(written), regions);
  if (whole) return { ...whole, raw: value };
  for (const part of written.split(ALTERNATIVES)) {
    if (part === written) break;
    const one = readNumber(clean(part), regions);
    if (one) return { ...one, raw: value };
  }
  return unparseable;
}

function clean(text: string): string {
  return text
    .replace(LABEL_PREFIX, '')
    .replace(TEL_URI, '')
    .replace(TRUNK_ZERO, '$1$2 ')
    .replace(CODE_AFTER, '$2 $1')
    .replace(EXTENSION_WORD, ' ext. $1')
    .trim();
}

type Reading = Omit<PhoneResult, 'raw'>;

function readNumber(text: string, regions: HintRegions): Reading | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return null;
  // International prefixes: "+", "00" (ITU), "011" (NANP). Read as written, no region needed.
  const international = /^\+/.test(text)
    ? text
    : /^00[ \t.-]?[1-9]/.test(text)
      ? `+${text.slice(2).replace(/^[ \t.-]/, '')}`
      : /^011[ \t.-]?[1-9]/.test(text)
        ? `+${text.slice(3).replace(/^[ \t.-]/, '')}`
        : null;
  if (international) {
    const p = validParse(international);
    if (p) return { e164: p.number, extension: p.ext ?? null, warning: null };
    // "00…" and "011…" are also national numbers in some regions (011 is Delhi's area code).
    if (text.startsWith('+')) return possibleReading(international);
  }
  for (let i = 0, region = regions(0); region; region = regions(++i)) {
    const p = validParse(text, region);
    if (p)
      return { e164: p.number, extension: p.ext ?? null, warning: i > 0 ? 'phone_region_inferred' : null };
  }
  // Digits that start with a country code but lack the "+" ("49 151 23456789").
  if (digits.length >= MIN_INTERNATIONAL_DIGITS) {
    const p = validParse(`+${text}`);
    if (p) return { e164: p.number, extension: p.ext ?? null, warning: 'phone_region_inferred' };
  }
  return international ? possibleReading(international) : possibleReading(text, regions(0));
}

/** NANP numbers are fully specified: area code and exchange start with 2-9. */
const NANP_NATIONAL = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * A number of the right length for its country that the metadata does not list as valid (new
 * ranges, reserved drama numbers such as 07700 900xxx): kept with a warning, but only with an
 * explicit country code or in the strongest region hint, and never as a NANP number that breaks
 * the NANP plan (that is how "+1" used to be glued onto "06 12 34 56 78").
 */
function possibleReading(text: string, region?: CountryCode): Reading | null {
  let p: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    p = parsePhoneNumberFromString(text, region);
  } catch {
    return null;
  }
  if (!p?.isPossible()) return null;
  if (p.countryCallingCode === '1' && !NANP_NATIONAL.test(p.nationalNumber)) return null;
  return { e164: p.number, extension: p.ext ?? null, warning: 'phone_not_verified' };
}

function validParse(text: string, region?: CountryCode) {
  try {
    const p = parsePhoneNumberFromString(text, region);
    return p?.isValid() ? p : null;
  } catch {
    return null;
  }
}

/** The hint regions by rank, strongest first: undefined past the last. */
type HintRegions = (rank: number) => CountryCode | undefined;

/**
 * The hints as libphonenumber regions, strongest first, without repeats or unknown regions. The
 * weakest, the form language's, is worked out only when a reading asks for it.
 */
export function hintRegions(hints: PhoneHints): HintRegions {
  const out: CountryCode[] = [];
  const add = (r: CountryCode | null) => {
    if (r && !out.includes(r)) out.push(r);
  };
  add(regionOfCountry(hints.countryField));
  add(regionOfCountry(hints.addressCountry));
  add(regionOfCode(hints.labelRegion));
  add(regionOfCode(hints.businessRegion));
  const strong = out.length;
  let languageAsked = false;
  return (rank) => {
    if (rank >= strong && !languageAsked) {
      languageAsked = true;
      const language = hints.formLanguage?.() ?? null;
      add(language ? (LANGUAGE_REGION[language] ?? null) : null);
    }
    return out[rank];
  };
}

/** English is written everywhere; the other form languages point to one main region. */
const LANGUAGE_REGION: Readonly<Record<string, CountryCode>> = { de: 'DE', fr: 'FR', es: 'ES' };
const SUPPORTED = new Set<string>(getCountries());
/** ISO 3166 has GB; people (and some forms) write UK. */
const CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

function regionOfCode(code: string | null | undefined): CountryCode | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  const region = CODE_ALIASES[upper] ?? upper;
  return SUPPORTED.has(region) ? (region as CountryCode) : null;
}

/** Lowercase, accents and punctuation removed: "Großbritannien" and "GROSSBRITANNIEN" fold alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** Names and codes people write that ICU's display names do not cover. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  'vereinigte staaten von amerika': 'US',
  'etats unis d amerique': 'US',
  'estados unidos de america': 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'u k': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  grossbritannien: 'GB',
  angleterre: 'GB',
  'grande bretagne': 'GB',
  inglaterra: 'GB',
  'gran bretana': 'GB',
  holland: 'NL',
  hollande: 'NL',
  holanda: 'NL',
  deu: 'DE',
  gbr: 'GB',
  fra: 'FR',
  esp: 'ES',
  ita: 'IT',
  nld: 'NL',
  bel: 'BE',
  aut: 'AT',
  che: 'CH',
  prt: 'PT',
  irl: 'IE',
  can: 'CA',
  mex: 'MX',
  aus: 'AU',
};

let countryNames: ReadonlyMap<string, CountryCode> | null = null;

/**
 * Every region's name in the four form languages, from ICU (Intl.DisplayNames), folded: about
 * 1,000 entries, built on first use (not at module load, which Lambda cold starts pay for).
 */
function countryNamesMap(): ReadonlyMap<string, CountryCode> {
  if (countryNames) return countryNames;
  const names = new Map<string, CountryCode>();
  for (const locale of ['en', 'de', 'fr', 'es']) {
    const display = new Intl.DisplayNames([locale], { type: 'region' });
    for (const region of getCountries()) {
      const name = display.of(region);
      if (name && name !== region) names.set(fold(name), region);
    }
  }
  for (const [name, region] of Object.entries(COUNTRY_ALIASES)) names.set(name, region as CountryCode);
  countryNames = names;
  return names;
}

/**
 * The region of a country field or an address: a country name in en/de/fr/es, an ISO code, or an
 * address whose first or last line/comma part is one ("…, 75001 Paris, France").
 */
export function regionOfCountry(text: string | null | undefined): CountryCode | null {
  if (!text) return null;
  const trimmed = text.trim().slice(0, 200);
  if (/^[a-z]{2}$/i.test(trimmed)) return regionOfCode(trimmed);
  const names = countryNamesMap();
  const whole = names.get(fold(trimmed));
  if (whole) return whole;
  const parts = trimmed
    .split(/[,\n;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of [parts[parts.length - 1] as string, parts[0] as string]) {
    const hit = names.get(fold(part)) ?? (/^[A-Z]{2}$/.test(part) ? regionOfCode(part) : null);
    if (hit) return hit;
  }
  return null;
}
