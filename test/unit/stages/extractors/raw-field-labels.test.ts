import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { isRawFieldLabel } from '../../../../src/processors/stages/extractors/raw-field-labels.js';

describe('raw field names', () => {
  it.each([
    'Field 3',
    'field_7',
    'Champ-4',
    'Feld 2',
    'Campo 5',
    'input_12',
    'text-1',
    'Question 2',
    'untitled',
    'Untitled field 4',
    'Frage 3*',
    'comp-kx81a2b3',
    'field_7c2',
    'fld_9e4',
    'fields[field_9e4]',
    'f3a9c1e2-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
    'Text area',
    'Number field',
    'Mehrzeiliges Textfeld',
    'Textfeld 2',
    'Zone de texte',
    'Campo de texto',
    'Short answer',
  ])('%s is a raw field name', (label) => {
    expect(isRawFieldLabel(label)).toBe(true);
  });

  it.each([
    'Question',
    'Your question',
    'Message',
    'Feld',
    'Phone 2',
    'Text message',
    'Campo de golf',
    'q2_email',
    'field_name2',
    'address2',
    'fields[email]',
  ])('%s is not one', (label) => {
    expect(isRawFieldLabel(label)).toBe(false);
  });

  it('the lexicon guesses nothing from one, unless a profile names it', () => {
    expect(createLabelDictionary().lookup('Question 2')).toBeNull();
    expect(createLabelDictionary({ phone: ['Field 3'] }).lookup('Field 3')?.target).toBe('phone');
  });
});
