import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { pipePairsAt } from '../../../../src/processors/stages/extractors/pipe-pairs.js';

const dict = createLabelDictionary();
const at = (text: string) => pipePairsAt(text.split('\n'), 0, dict);

describe('relay-tool dumps of `key | value` lines', () => {
  it('reads machine keys and labels, a message running on, and the ids block under its heading', () => {
    // Act
    const read = at(
      [
        'full_name | Jane Doe',
        'phoneNumber|+27 82 555 0123',
        'Message | First line,',
        'second line.',
        'city | Bristol',
        '',
        '---- ids ----',
        'ad_id | 1202',
        'leadgen_id | 9988',
        '',
        'Sent by Zapier',
      ].join('\n'),
    );
    // Assess
    expect(read?.pairs).toEqual([
      ['full_name', 'Jane Doe'],
      ['phoneNumber', '+27 82 555 0123'],
      ['Message', 'First line,\u241fsecond line.'],
      ['city', 'Bristol'],
      ['ad_id', '1202'],
      ['leadgen_id', '9988'],
    ]);
    expect(read?.end).toBe(9);
  });

  it('keeps pipes and unknown keys inside a message’s value', () => {
    // Act
    const read = at(
      ['email | ann@mail.example', 'Message | A | B, we compare', 'two layouts | open plan'].join('\n'),
    );
    // Assess
    expect(read?.pairs).toEqual([
      ['email', 'ann@mail.example'],
      ['Message', 'A | B, we compare\u241ftwo layouts | open plan'],
    ]);
  });

  it('does not read prose with a pipe, a wider table or a single pair', () => {
    // Act, Assess
    expect(at('We compare two layouts | open plan\nBudget | around 15k')).toBeNull();
    expect(at('Name | Email | Phone\nJane | jane@mail.example | 0770')).toBeNull();
    expect(at('email | ann@mail.example\n\nThanks')).toBeNull();
  });
});
