import { fc, test } from '@fast-check/vitest';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from '../../../src/processors/stages/language.js';

const LANGUAGES = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl' } as const;
const detect = createLanguageDetector(LANGUAGES, { minLetters: 20, maxChars: 200 });

describe('createLanguageDetector', () => {
  it.each([
    ['en', 'Please call me tomorrow morning about the house, I would like to visit it this week.'],
    ['de', 'Bitte rufen Sie mich morgen an, ich möchte das Haus diese Woche besichtigen.'],
    ['fr', 'Merci de me rappeler demain matin, je voudrais visiter la maison cette semaine.'],
    ['es', 'Por favor llámeme mañana por la mañana, quiero visitar la casa esta semana.'],
  ])('maps franc’s answer for %s to the caller’s code', (code, text) => {
    expect(detect(text)).toBe(code);
  });

  it('gives no answer below the letter minimum', () => {
    expect(detect('Call me 0612345678')).toBeNull();
  });

  it('answers only with candidates, as franc’s public API does for the same options', () => {
    const text = 'Vorrei ricevere maggiori informazioni sulla casa, grazie mille per la risposta.';
    const only = Object.keys(LANGUAGES);
    expect(detect(text)).toBe(LANGUAGES[franc(text, { only, minLength: 20 }) as keyof typeof LANGUAGES]);
    const short = createLanguageDetector({ eng: 'en', deu: 'de' }, { minLetters: 20, maxChars: 200 });
    expect(['en', 'de', null]).toContain(short(text));
  });

  it('reads only the first maxChars characters', () => {
    const english = 'Please call me tomorrow morning about the house. ';
    const german = 'Bitte rufen Sie mich morgen an, ich möchte das Haus besichtigen. '.repeat(20);
    const firstOnly = createLanguageDetector(LANGUAGES, { minLetters: 20, maxChars: english.length });
    expect(firstOnly(english + german)).toBe('en');
  });

  // Words of the candidate languages and others, scripts franc tells apart, digits and punctuation.
  const piece = fc.constantFrom(
    'the',
    'house',
    'please',
    'call',
    'morgen',
    'möchte',
    'Straße',
    'merci',
    'demain',
    'où',
    'mañana',
    'llámeme',
    'grazie',
    'casa',
    'obrigado',
    'não',
    'graag',
    'huis',
    'dziękuję',
    'привет',
    'дом',
    'καλημέρα',
    'مرحبا',
    'नमस्ते',
    '你好',
    'İstanbul',
    'µ',
    '12',
    '+49 30',
    '!?',
    ' ',
    '\n',
    '\t',
    '—',
    '👍',
  );
  test.prop([fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(' '))], { numRuns: 500 })(
    'answers as franc’s public API does for the same candidates and sample',
    (text) => {
      const sample = text.slice(0, 200);
      const letters = sample.match(/\p{L}/gu)?.length ?? 0;
      const only = Object.keys(LANGUAGES);
      const expected =
        letters < 20
          ? null
          : (LANGUAGES[franc(sample, { only, minLength: 20 }) as keyof typeof LANGUAGES] ?? null);
      expect(detect(text)).toBe(expected);
    },
  );
});
