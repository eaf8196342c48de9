import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { pipedFieldsAt } from '../../../../src/processors/stages/extractors/piped-fields.js';

const dict = createLabelDictionary();

describe('fields on one line between pipes', () => {
  it('reads `label: value` segments behind a lead-in', () => {
    // Act
    const read = pipedFieldsAt(
      'Lead: full_name: Chloe Martin | email: chloe@mail.example | city: Leeds',
      dict,
    );
    // Assess
    expect(read).toEqual([
      ['full_name', 'Chloe Martin'],
      ['email', 'chloe@mail.example'],
      ['city', 'Leeds'],
    ]);
  });

  it('reads keys and values taking turns', () => {
    // Act
    const read = pipedFieldsAt('full_name | Rocío Sánchez | email | rocio@correo.example', dict);
    // Assess
    expect(read).toEqual([
      ['full_name', 'Rocío Sánchez'],
      ['email', 'rocio@correo.example'],
    ]);
  });

  it.each([
    ['a header row', 'full_name|email|phone_number|zip_code'],
    ['a message holding pipes', 'Message: two options: island | galley. Budget: 12k | start: March'],
    ['a sentence with a pipe', 'We compared two quotes | the second was cheaper'],
    ['an unknown label among known ones', 'Name: Ann | Lieblingsfarbe: blau'],
    ['a single field', 'Name: Ann |'],
  ])('leaves %s alone', (_, line) => {
    // Act
    const read = pipedFieldsAt(line, dict);
    // Assess
    expect(read).toBeNull();
  });
});
