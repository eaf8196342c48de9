/** The writer's number in a sentence, never the business's the sentence names (en/de/fr/es). */
import { describe, expect, it } from 'vitest';
import { phoneInProse, phonesInProse } from '../../../src/processors/stages/type-fields.js';

describe('phoneInProse', () => {
  it.each([
    ['You can reach me on 07700 900 123 most evenings.', '07700 900 123'],
    ['Tagsüber bin ich unter 0151 23 45 67 89 erreichbar.', '0151 23 45 67 89'],
    ['Je suis joignable au 06 12 34 56 78.', '06 12 34 56 78'],
    ['Mi móvil es el 612 34 56 78.', '612 34 56 78'],
  ])('takes the writer’s number: %s', (text, want) => expect(phoneInProse(text)).toBe(want));

  it.each([
    'I tried calling your office on 0131 496 0800 twice.',
    'Ich habe bei Ihnen unter 0711 555 0100 niemanden erreicht.',
    'Je vous ai appelé au 05 56 00 00 40 hier.',
    'Os he llamado al 944 00 00 90 pero estaba cerrado.',
    'Your hotline 0800 123 4567 was busy.',
  ])('skips the business’s number the sentence names: %s', (text) => expect(phoneInProse(text)).toBeNull());

  it('skips a number of the forwarder’s signature, however it is written', () => {
    expect(phoneInProse('Call 0161 496 0000 or 07700 900 222.', ['+44 161 496 0000'])).toBe('07700 900 222');
  });

  it('lists every number of a signature', () => {
    expect(phonesInProse('Tel. 952 00 00 60 · Móvil 600 00 00 61')).toEqual(['952 00 00 60', '600 00 00 61']);
  });
});
