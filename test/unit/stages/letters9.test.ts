/**
 * Letters signed with the writer's name alone, ninth round: no closing formula above the name
 * ("…Thank you in advance!" / "" / "Imogen"), so the last paragraph, a name opening with a known
 * given name, is the signature, not the message. Through the core on test/fixtures/letters9
 * (hand-written, en and de: the fr and es letters written for it went to review on their lead
 * score, the triage gap docs/triage.md describes), and on the message stage in all four languages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freeTextMessage } from '../../../src/processors/stages/message.js';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/letters9/', import.meta.url)),
  'letters signed with the name alone',
);

describe('freeTextMessage on a letter signed with the name alone', () => {
  it.each([
    [
      'Could you give us a price for the hedge?\nThank you in advance!\n\nImogen',
      'Could you give us a price for the hedge?\nThank you in advance!',
    ],
    ['Könnten Sie den Rasen vertikutieren?\n\nJörn Albrecht', 'Könnten Sie den Rasen vertikutieren?'],
    ['Est-ce dans vos cordes ?\nMerci d’avance !\n\nMaëlle', 'Est-ce dans vos cordes ?\nMerci d’avance !'],
    ['¿Cuánto costaría más o menos?\n\nLucía B.', '¿Cuánto costaría más o menos?'],
  ])('drops the name under %j', (letter, message) => {
    expect(freeTextMessage(letter)).toBe(message);
  });

  it('keeps thanks said as a sentence and drops the name and the formula below it', () => {
    expect(freeTextMessage('Could you quote for the hedge?\nThanks in advance.\nImogen Hartley')).toBe(
      'Could you quote for the hedge?\nThanks in advance.',
    );
    expect(freeTextMessage('¿Podrían venir el lunes?\nMuchas gracias.\nLucía')).toBe(
      '¿Podrían venir el lunes?\nMuchas gracias.',
    );
    expect(freeTextMessage('Könnten Sie am Montag kommen?\nViele Grüße\nJörn')).toBe(
      'Könnten Sie am Montag kommen?',
    );
  });

  it('keeps a last paragraph that is no given name ("Urgent", a place)', () => {
    expect(freeTextMessage('Could you come this week?\n\nUrgent')).toBe(
      'Could you come this week?\n\nUrgent',
    );
    expect(freeTextMessage('We are near the station.\n\nBuenos Aires')).toBe(
      'We are near the station.\n\nBuenos Aires',
    );
  });
});
