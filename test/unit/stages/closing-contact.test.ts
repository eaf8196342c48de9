/**
 * A letter's closing paragraph that only says on which number to reach the writer is no part of
 * the message; a contact sentence that goes on with the request, or an address to write to, is.
 */
import { describe, expect, it } from 'vitest';
import { withoutClosingContact } from '../../../src/processors/stages/closing-contact.js';

const REQUEST = 'We would like the hedge cut back before the end of May.';

describe('withoutClosingContact', () => {
  it.each([
    'You can reach me on 07700 900318.',
    'Sie erreichen mich unter 0171 2345678.',
    'N’hésitez pas à m’appeler au 07 81 22 33 44.',
    'Pueden contactarme en el 699 112 233 por las tardes.',
    'Please call me on +44 7700 900281 to talk it through.',
    'I am on 0161 496 0742 most mornings.',
  ])('drops the closing paragraph %j', (contact) => {
    // Prepare / Act
    const message = withoutClosingContact(`${REQUEST}\n\n${contact}`);
    // Assess
    expect(message).toBe(REQUEST);
  });

  it('drops the last line of a letter laid out one paragraph a line (HTML)', () => {
    expect(withoutClosingContact(`${REQUEST}\nVous pouvez me joindre au 06 12 34 56 78.`)).toBe(REQUEST);
  });

  it.each([
    'Is a travel cot available? You can reach me on 07700 900512.',
    'Puede llamarme al 622 334 455; también querríamos saber si se llevan los restos de la poda.',
    'You can reach me at rachel.moore@example.com.',
    'The old unit is a model 4471 2290 from 2009.',
  ])('keeps a closing paragraph that says more: %j', (last) => {
    const text = `${REQUEST}\n\n${last}`;
    expect(withoutClosingContact(text)).toBe(text);
  });

  it('keeps a text that is only the contact', () => {
    expect(withoutClosingContact('Call me on 07700 900318.')).toBe('Call me on 07700 900318.');
  });

  it('keeps a last line that runs on from the line above (a wrapped sentence)', () => {
    const text = 'We would like the hedge cut, and you can reach me on\n07700 900318.';
    expect(withoutClosingContact(text)).toBe(text);
  });
});
