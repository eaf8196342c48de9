/**
 * The given-name pass: names of anyone (staff, third parties, the customer) in phrases the context
 * rules do not know, in en/de/fr/es, and ordinary words that are also names left alone.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import gazetteer from '../../../src/processors/stages/given-names.json' with { type: 'json' };
import { redactText } from '../../../src/processors/stages/redact.js';
import {
  findGivenNames,
  foldName,
  isFunctionWord,
  isPlaceNoun,
  redactGivenNames,
} from '../../../src/processors/stages/redact-given-names.js';

describe('names in phrases no context rule knows', () => {
  it.each([
    ['staff label, honorific', 'Message for: Dr. Anna Keller', 'Message for: Dr. [name]'],
    ['en taken by, accents', 'Taken by Lucía Romero at 10:00', 'Taken by [name] at 10:00'],
    ['fr pris par', 'Pris par Claire Dubois le 3 mars', 'Pris par [name] le 3 mars'],
    ['fr pris par, word-name alone', 'Pris par Claire.', 'Pris par [name].'],
    ['de entgegengenommen von', 'Entgegengenommen von Jürgen Weiß', 'Entgegengenommen von [name]'],
    ['en campaign manager', 'Campaign manager: Tom Baker', 'Campaign manager: [name]'],
    ['en negotiator', 'your negotiator Claire Dubois will call', 'your negotiator [name] will call'],
    ['en call … back', 'Please call Sarah back tomorrow', 'Please call [name] back tomorrow'],
    ['en third party', 'my ex-husband Mark Jennings has the keys', 'my ex-husband [name] has the keys'],
    ['es third party', 'mi hijo Pablo vendrá conmigo', 'mi hijo [name] vendrá conmigo'],
    ['de third party', 'Mein Sohn Lukas kommt mit.', 'Mein Sohn [name] kommt mit.'],
    [
      'fr additional driver',
      'Conducteur supplémentaire : ma fille Camille Martin',
      'Conducteur supplémentaire : ma fille [name]',
    ],
    ['sentence start', 'Sarah will show you the flat.', '[name] will show you the flat.'],
    ['mid-sentence', 'I spoke with Thomas yesterday.', 'I spoke with [name] yesterday.'],
    ['particles', 'Jan van der Berg called', '[name] called'],
    ['es particles', 'Atendido por María José de la Fuente García hoy', 'Atendido por [name] hoy'],
    ['de particle', 'Betreut von Friedrich von Bülow', 'Betreut von [name]'],
    ['hyphenated', 'Anne-Sophie Müller-Lüdenscheid ruft an', '[name] ruft an'],
    ['apostrophe surname', "Sean O'Brien will phone", '[name] will phone'],
    ['Mc surname', 'Ask Fiona McDonald for the keys', 'Ask [name] for the keys'],
    ['initial', 'Signed: Anna J. Keller', 'Signed: [name]'],
    ['ALL CAPS', 'CONTACT: ANNA KELLER', 'CONTACT: [name]'],
    ['possessive', "Sarah's flat is free", "[name]'s flat is free"],
    ['fr elision', "le dossier d'Hélène est prêt", "le dossier d'[name] est prêt"],
    ['word-name with surname', 'Will Smith called twice', '[name] called twice'],
    ['word-name after a cue', 'Ask for Will at reception.', 'Ask for [name] at reception.'],
    ['word-name mid-sentence', 'we met Grace at the viewing', 'we met [name] at the viewing'],
    ['es word-name with surname', 'Rosa López llamará mañana', '[name] llamará mañana'],
    ['de word-name after preposition', 'Grüße an Frank', 'Grüße an [name]'],
    ['place-name after honorific', 'Ask for Mrs Victoria at the desk', 'Ask for Mrs [name] at the desk'],
    ['lowercase name after a verb', 'please call sarah back', 'please call [name] back'],
    ['lowercase name after a relation', 'viene mi hijo pablo', 'viene mi hijo [name]'],
    ['surname after an earlier [name]', '[name] Keller called', '[name] called'],
  ])('%s', (_label, input, expected) => {
    expect(redactGivenNames(input)).toBe(expected);
  });
});

describe('words that are also names stay words', () => {
  it.each([
    'I will call in May',
    'Mark the date in your diary.',
    'Will you send the brochure?',
    'May I visit on Saturday?',
    'la rosa roja es bonita',
    'Das ist ernst gemeint.',
    'We visited Paris and Florence.',
    'The Grace Hotel is nice',
    'Victoria Station at 5',
    'Virginia Avenue, Suite 100',
    'Estoy interesado en el SEAT León FR que tienen anunciado.',
    'Hope to hear from you soon.',
    'Can you call me?',
    'Summer is the best time for us.',
    'Dies ist eine Anfrage.',
    'Reprenez-vous ma Clio de 2017 ?',
    'please call mark the date',
  ])('%s', (input) => {
    expect(redactGivenNames(input)).toBe(input);
  });
});

describe('bounds', () => {
  it('is linear on a long run of capitalised names and on hostile separators', () => {
    const names = 'Anna Maria Keller '.repeat(20_000);
    const hostile = "A'".repeat(50_000);
    const started = performance.now();
    expect(redactGivenNames(names)).not.toContain('Anna');
    redactGivenNames(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('returns the text unchanged (same string) when no name is found', () => {
    const text = 'no names here, only words.';
    expect(redactGivenNames(text)).toBe(text);
    expect(findGivenNames(text)).toEqual([]);
  });
});

/** Every name of the gazetteer in title case ("d'angelo" → "D'Angelo", "anne-sophie" → "Anne-Sophie"). */
const titleCase = (folded: string) =>
  folded.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
const GIVEN = [gazetteer.names, gazetteer.wordNames, gazetteer.placeNames]
  .join(' ')
  .split(' ')
  .map(titleCase);
/**
 * Surname-shaped words: a capital, 3..10 lowercase letters. Never a function word nor a place noun
 * ("Hotel": "the Grace Hotel" is a place, kept by design; seed -1357277831 drew "Aadi Hotel").
 */
const surname = fc
  .tuple(
    fc.constantFrom(...'BCDFGHKLMNPRSTVWZ'),
    fc.stringMatching(/^[aeiouy][bcdfghklmnprstvwz][aeiou][a-z]{1,6}$/),
    fc.constantFrom('', '-Smith', ''),
  )
  .map(([c, rest, tail]) => `${c}${rest}${tail}`)
  .filter((s) => !isFunctionWord(foldName(s)) && !isPlaceNoun(foldName(s)));
const particle = fc.constantFrom('', 'van ', 'von ', 'de ', 'de la ', 'del ', 'di ');
/** Text around the name: lowercase words, numbers and punctuation (nothing that spells a name). */
const filler = fc
  .array(
    fc.constantFrom(
      'the',
      'house',
      'is',
      'free',
      'call',
      'me',
      '2026',
      'please',
      ',',
      '.',
      '!',
      '?',
      '\n',
      ':',
      '—',
      'ja',
      'oui',
      'sí',
    ),
    {
      maxLength: 12,
    },
  )
  .map((w) => w.join(' '));

describe('a given name that is also an honorific', () => {
  // Found by the property below (seed 523017552): "Don" read as the Spanish honorific kept the
  // given name "Don" beside the redacted surname.
  it.each(['Don Borea', 'the Don Borea is', 'call me Don Borea', 'Doña Etxeberria vendrá'])('%s', (input) => {
    const out = redactText(input);
    expect(out).not.toMatch(/Don|Doña|Borea|Etxeberria/);
  });
});

describe('property: a gazetteer name with a surname never survives', () => {
  test.prop([fc.constantFrom(...GIVEN), particle, surname, filler, filler, fc.boolean()], { numRuns: 2000 })(
    'Firstname Lastname anywhere in random text',
    (first, between, last, before, after, caps) => {
      const name = `${first} ${between}${last}`;
      const written = caps ? name.toUpperCase() : name;
      const out = redactText(`${before} ${written} ${after}`);
      const [firstWritten, ...rest] = written.split(' ');
      expect(out).not.toContain(firstWritten);
      expect(out).not.toContain(rest[rest.length - 1]);
    },
  );
});
