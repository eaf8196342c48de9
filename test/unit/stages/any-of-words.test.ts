/**
 * anyOfWords: one pattern that matches exactly where one of its word lists would, whatever the
 * language, case or word boundary; a list without the shared letter lookbehind is refused.
 */
import { describe, expect, it } from 'vitest';
import { anyOfWords } from '../../../src/processors/stages/any-of-words.js';

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
