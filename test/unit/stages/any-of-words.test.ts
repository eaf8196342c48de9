/**
 * anyOfWords: one pattern that matches exactly where one of its word lists would, whatever the
 * language, case or word boundary; a list without the shared letter lookbehind is refused.
 * createWordListReader: each list's test and count as the list's own scan gives them.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  anyOfWords,
  countMatches,
  createWordListReader,
} from '../../../src/processors/stages/any-of-words.js';

const LISTS = [
  /(?<![\p{L}\p{N}])(?:reset (?:your )?password|bestätigungscode)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(?:my order|ma commande|mi pedido)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(?:désinscri\p{L}*|darse de baja)(?![\p{L}\p{N}])/iu,
];

describe('anyOfWords', () => {
  it.each([
    'Please reset your password now',
    'Ihr BESTÄTIGUNGSCODE lautet 1234',
    'Où est ma commande ?',
    '¿Dónde está mi pedido?',
    'Pour vous désinscrire, cliquez ici',
    'Para darse de baja responda BAJA',
    'Hello, I would like a quote for a fence.',
    'myorder 12 is not a phrase here',
    'Ma commandes en retard',
    'xreset password',
    '',
  ])('answers as the lists do: %s', (text) => {
    // Prepare
    const any = anyOfWords(LISTS, 'iu');
    // Act
    const matched = any.test(text);
    // Assess
    expect(matched).toBe(LISTS.some((re) => re.test(text)));
  });

  it('refuses a list without the letter lookbehind', () => {
    // Act and assess
    expect(() => anyOfWords([/\bquote\b/i], 'i')).toThrow(/without lookbehind/);
  });
});

describe('createWordListReader', () => {
  // Overlapping lists ("click here" inside "click here now"), one with `$` on its lines, one with
  // matches of different lengths at one position.
  const SPAM = /(?<![\p{L}\p{N}])(?:click here|unsubscribe|100% free)(?![\p{L}\p{N}])/giu;
  const PITCH = /(?<![\p{L}\p{N}])(?:click here now|we offer|our (?:team|services)|ceo\s*$)/gimu;
  const NOTICE = /(?<![\p{L}\p{N}])(?:reset (?:your )?password|désinscri\p{L}*)(?![\p{L}\p{N}])/iu;
  const read = createWordListReader([SPAM, PITCH, NOTICE], 'imu');
  const piece = fc.constantFrom(
    'click here',
    'click here now',
    'CLICK',
    'here',
    'we offer',
    'our team',
    'our services',
    'CEO',
    'ceo',
    'unsubscribe',
    '100% free',
    'reset password',
    'Désinscrivez',
    'x',
    '😀',
    ' ',
    '\n',
    '.',
  );

  test.prop([fc.array(piece, { maxLength: 40 }).map((p) => p.join(''))], { numRuns: 1000 })(
    'counts and tests as each list does on its own',
    (text) => {
      // Act
      const lists = read(text);
      // Assess
      expect(lists.count(SPAM, text)).toBe(countMatches(SPAM, text));
      expect(lists.count(PITCH, text)).toBe(countMatches(PITCH, text));
      expect(lists.test(NOTICE)).toBe(NOTICE.test(text));
    },
  );

  it('counts in another text by a scan of its own', () => {
    // Act
    const lists = read('click here');
    // Assess
    expect(lists.count(SPAM, 'unsubscribe, unsubscribe')).toBe(2);
  });

  it('refuses a list of other flags, and a list it was not made for', () => {
    // Act and assess
    expect(() => createWordListReader([/(?<![\p{L}\p{N}])quote/u], 'iu')).toThrow(/other flags/);
    expect(() => createWordListReader([/(?<![\p{L}\p{N}])quote$/iu], 'imu')).toThrow(/other flags/);
    expect(() => read('x').test(/(?<![\p{L}\p{N}])quote/iu)).toThrow(/not a list/);
  });
});
