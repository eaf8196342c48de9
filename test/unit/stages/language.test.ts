import { fc, test } from '@fast-check/vitest';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { createLanguageGuesser } from '../../../src/processors/stages/language.js';

const CANDIDATES = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld'];
const MIN = 20;
const guess = createLanguageGuesser(CANDIDATES, MIN);
const viaFranc = (text: string) => franc(text, { only: CANDIDATES, minLength: MIN });

const WORDS = [
  'the',
  'and',
  'please',
  'call',
  'me',
  'tomorrow',
  'und',
  'ich',
  'möchte',
  'einen',
  'Rückruf',
  'le',
  'je',
  'voudrais',
  'un',
  'devis',
  'merci',
  'el',
  'quiero',
  'más',
  'información',
  'gracias',
  'il',
  'vorrei',
  'sapere',
  'prezzo',
  'o',
  'não',
  'obrigado',
  'het',
  'een',
  'graag',
  'bellen',
  'Привет',
  'как',
  'дела',
  '你好',
  '请',
  '给我',
  '打电话',
  'مرحبا',
  'नमस्ते',
  '123',
  '+49 30 1234567',
  '[email]',
  '[phone]',
  '!!',
  '—',
  '\n',
  '…',
  '👋🏽',
  'ÇA',
  'ÑANDÚ',
  'Straße',
];
const textArbitrary = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 60 })
  .map((words) => words.join(' '));

describe('createLanguageGuesser', () => {
  // Prepare/Act/Assess in one line each: the guesser must give franc's answer, whatever the text.
  test.prop([textArbitrary], { numRuns: 2000 })('agrees with franc on word salads', (text) => {
    expect(guess(text)).toBe(viaFranc(text));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 1000 })(
    'agrees with franc on arbitrary strings',
    (text) => {
      expect(guess(text)).toBe(viaFranc(text));
    },
  );

  it.each([
    'Hello, I am interested in the red Corolla you advertised. Please call me tomorrow morning.',
    'Guten Tag, ich interessiere mich für das Angebot und bitte um einen Rückruf am Vormittag.',
    'Bonjour, je voudrais recevoir un devis pour la rénovation de ma cuisine, merci beaucoup.',
    'Hola, quiero más información sobre el coche y el precio final con financiación, gracias.',
    'Buongiorno, vorrei sapere il prezzo della macchina e se è disponibile per un giro di prova.',
    'Olá, gostaria de saber o preço do carro e se ainda está disponível para test drive.',
    'Goedendag, ik wil graag meer informatie over de auto en de prijs. Kunt u mij terugbellen?',
    'Здравствуйте, меня интересует ваше предложение, перезвоните мне пожалуйста завтра утром.',
    'a'.repeat(3000),
  ])('agrees with franc on %j', (text) => {
    expect(guess(text)).toBe(viaFranc(text));
  });

  it('rejects a candidate franc has no Latin model for', () => {
    expect(() => createLanguageGuesser(['eng', 'rus'], MIN)).toThrow(TypeError);
  });
});
