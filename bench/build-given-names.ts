/**
 * Builds the given-name gazetteer of the given-name redaction pass
 * (src/processors/stages/given-names.json, read by src/processors/stages/redact-given-names.ts).
 *
 *   npm run bench -- build-given-names [--check]     # --check: fail if the committed JSON differs
 *
 * Provenance and licences (all devDependencies, pinned in package-lock.json; docs/given-name-redaction.md):
 *  - given names: @faker-js/faker 10.6.0 (MIT), `person.first_name` of the locales in LOCALES (faker's
 *    German list holds recent baby names only), and the German list of gender-detection-from-name
 *    1.11.5 (MIT; 2,300 names of every generation: "Jürgen", "Günter", "Wolfgang");
 *  - which of them are also ordinary words: the Hunspell dictionaries dictionary-en 4.0.0 (MIT AND BSD,
 *    SCOWL), dictionary-fr 3.0.0 (MPL-2.0, Grammalecte) and dictionary-es 4.0.0 (used under MPL-1.1, of
 *    GPL-3.0 OR LGPL-3.0 OR MPL-1.1, RLA-ES): a lowercase stem there ("will", "rosa", "claire") is a word;
 *    dictionary-de is GPL only and is not used;
 *  - which of them are also places or months: faker's `location.city_name` and `location.state` of
 *    PLACE_LOCALES, ICU's country names (Intl.DisplayNames), the areas of ICU's time zone names
 *    (continents: "America", "Asia") and ICU's month and
 *    weekday names (Intl.DateTimeFormat) in the languages of LANGUAGES.
 * Only the derived lists are committed (folded: lowercase, accents removed), never the sources.
 * Deterministic: the same package versions give the same file byte for byte.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import dictionaryEn from 'dictionary-en';
import dictionaryEs from 'dictionary-es';
import dictionaryFr from 'dictionary-fr';
import germanNames from 'gender-detection-from-name/names/de.js';
import { foldName, isFunctionWord } from '../src/processors/stages/redact-given-names.js';
import { isFiller } from '../src/processors/stages/redact-names.js';

const OUT_PATH = fileURLToPath(new URL('../src/processors/stages/given-names.json', import.meta.url));

/** en/de/fr/es first, then the other languages lead messages arrive in and common immigrant names. */
const LOCALES = [
  'en',
  'en_AU',
  'en_IE',
  'en_IN',
  'en_NG',
  'de',
  'de_AT',
  'de_CH',
  'fr',
  'fr_BE',
  'fr_CH',
  'es',
  'es_MX',
  'it',
  'pt_PT',
  'pt_BR',
  'nl',
  'pl',
  'tr',
  'sv',
  'da',
  'nb_NO',
] as const;
/**
 * Locales whose city and state names count as places. Not en (US), es_MX, pt_BR or it: their towns are
 * named after people ("Elizabeth", "Charlotte", "Bruno"), which would make those names place names.
 */
const PLACE_LOCALES = [
  'en_AU',
  'en_IE',
  'de',
  'de_AT',
  'de_CH',
  'fr',
  'fr_BE',
  'fr_CH',
  'es',
  'pt_PT',
  'nl',
] as const;
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
const DICTIONARIES = [dictionaryEn, dictionaryFr, dictionaryEs] as const;
/** One- and two-letter names ("Al", "Jo", "Su") are too often something else to stand alone. */
const MIN_PLAIN_LETTERS = 3;
const LOWERCASE_NAME_RE = /^\p{Ll}[\p{L}\p{M}]*(?:[-'’]\p{Ll}[\p{L}\p{M}]*)*$/u;
const NAME_PART_RE = /^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]*)*$/u;

/** Each list is one space-separated string, sorted: a third smaller than a JSON array of strings. */
export interface GivenNamesFile {
  source: string;
  /** Names that are not words: redacted wherever they are capitalised. */
  names: string;
  /** Names that are also words ("will", "rosa"): redacted with evidence that they name someone. */
  wordNames: string;
  /** Names that are also places or months ("paris", "may"): redacted only with strong evidence. */
  placeNames: string;
}

type LocaleDefinition = {
  person?: { first_name?: Record<string, string[] | undefined> };
  location?: { city_name?: string[]; state?: string[] };
};

function definition(locale: string): LocaleDefinition {
  const value = (faker as unknown as Record<string, LocaleDefinition | undefined>)[locale];
  if (!value) throw new Error(`faker has no locale definition '${locale}'`);
  return value;
}

/** Every given name of the locales, split into parts ("José Luis" → José, Luis). */
function givenNames(): Set<string> {
  const out = new Set<string>();
  for (const name of germanNames.keys()) {
    if (LOWERCASE_NAME_RE.test(name.normalize('NFC'))) out.add(foldName(name));
  }
  for (const locale of LOCALES) {
    for (const list of Object.values(definition(locale).person?.first_name ?? {})) {
      for (const name of list ?? []) {
        for (const part of name.normalize('NFC').split(/\s+/u)) {
          if (NAME_PART_RE.test(part)) out.add(foldName(part));
        }
      }
    }
  }
  return out;
}

/** Lowercase stems of the Hunspell dictionaries: ordinary words (proper nouns there are capitalised). */
function dictionaryWords(): Set<string> {
  const out = new Set<string>();
  for (const { dic: bytes } of DICTIONARIES) {
    const dic = new TextDecoder('utf-8').decode(bytes);
    for (const line of dic.split('\n').slice(1)) {
      const stem = line.split('/')[0]?.trim().normalize('NFC') ?? '';
      if (stem && stem === stem.toLowerCase()) out.add(foldName(stem));
    }
  }
  return out;
}

/** Places (cities, states, countries) and calendar words (months, weekdays), folded. */
function placeAndCalendarWords(): Set<string> {
  const out = new Set<string>();
  // Whole single-word names only: the parts of "San Juan" or "St. Paul" are not places.
  const add = (text: string) => {
    const name = text.normalize('NFC').trim();
    if (name && !/\s/u.test(name)) out.add(foldName(name));
  };
  for (const locale of PLACE_LOCALES) {
    const location = definition(locale).location;
    for (const list of [location?.city_name, location?.state]) for (const p of list ?? []) add(p);
  }
  // Continents and oceans: the areas of the IANA time zone names ICU knows ("America", "Asia").
  for (const zone of Intl.supportedValuesOf('timeZone')) add(zone.split('/')[0] ?? '');
  const regions = isoRegions();
  for (const language of LANGUAGES) {
    const countries = new Intl.DisplayNames([language], { type: 'region' });
    for (const region of regions) {
      const name = countries.of(region);
      if (name && name !== region) add(name);
    }
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const shortMonth = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      add(month.format(Date.UTC(2026, m, 15)));
      add(shortMonth.format(Date.UTC(2026, m, 15)).replace(/\.$/u, ''));
    }
    for (let d = 0; d < 7; d++) add(weekday.format(Date.UTC(2026, 0, 5 + d)));
  }
  return out;
}

/** Every two-letter code ICU names as a region (AA..ZZ that it resolves to a name). */
function isoRegions(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code)) out.push(code);
    }
  }
  return out;
}

export async function buildGivenNames(): Promise<GivenNamesFile> {
  const words = dictionaryWords();
  const places = placeAndCalendarWords();
  const names: string[] = [];
  const wordNames: string[] = [];
  const placeNames: string[] = [];
  for (const name of givenNames()) {
    // Function and filler words are never taken for a name ("Dies", "Sir").
    if (isFunctionWord(name) || isFiller(name)) continue;
    if (places.has(name)) placeNames.push(name);
    else if (words.has(name) || [...name].length < MIN_PLAIN_LETTERS) wordNames.push(name);
    else names.push(name);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    source:
      'bench/build-given-names.ts: @faker-js/faker 10.6.0 (MIT) first names; dictionary-en/fr/es, faker locations, ICU',
    names: names.sort(byCodePoint).join(' '),
    wordNames: wordNames.sort(byCodePoint).join(' '),
    placeNames: placeNames.sort(byCodePoint).join(' '),
  };
}

export async function run(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const built = await buildGivenNames();
  const text = `${JSON.stringify(built, null, 2)}\n`;
  if (check) {
    const committed = await readFile(OUT_PATH, 'utf8');
    if (committed !== text) {
      process.stderr.write('given-names.json is not what build-given-names produces; rebuild it\n');
      return 1;
    }
    process.stdout.write('given-names.json is current\n');
    return 0;
  }
  await writeFile(OUT_PATH, text);
  const count = (list: string) => list.split(' ').length;
  const counts = `${count(built.names)} names, ${count(built.wordNames)} word names, ${count(built.placeNames)} place names`;
  process.stdout.write(`wrote ${OUT_PATH}: ${counts}, ${Buffer.byteLength(text)} bytes\n`);
  return 0;
}
