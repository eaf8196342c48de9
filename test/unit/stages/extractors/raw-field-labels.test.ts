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
  ])('%s is a raw field name', (label) => {
    expect(isRawFieldLabel(label)).toBe(true);
  });

  it.each(['Question', 'Your question', 'Message', 'Feld', 'Phone 2', 'Text message', 'Campo de golf'])(
    '%s is not one',
    (label) => {
      expect(isRawFieldLabel(label)).toBe(false);
    },
  );

  it('the lexicon guesses nothing from one, unless a profile names it', () => {
    expect(createLabelDictionary().lookup('Question 2')).toBeNull();
    expect(createLabelDictionary({ phone: ['Field 3'] }).lookup('Field 3')?.target).toBe('phone');
  });
});
