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

  it('reads rows with a left border and no right one, a long value on empty-key rows', () => {
    // Act
    const read = at(
      [
        '| full_name          | JANE DOE',
        '| email              | jane@mail.example',
        '| what_can_we_do     | An extension at the back,',
        '|                    | roughly 4 by 5 metres.',
        '|                    |',
        '|                    | Budget is flexible.',
        'IDs',
        '| ad_id              | 1202',
        'form_name: Extensions',
      ].join('\n'),
    );
    // Assess
    expect(read?.pairs).toEqual([
      ['full_name', 'JANE DOE'],
      ['email', 'jane@mail.example'],
      [
        'what_can_we_do',
        'An extension at the back,\u241froughly 4 by 5 metres.\u241f\u241fBudget is flexible.',
      ],
      ['ad_id', '1202'],
    ]);
    expect(read?.end).toBe(8);
  });

  it('reads keys written with a colon and skips the borders drawn between the rows', () => {
    // Act
    const read = at(
      [
        '| Name:     | MARÍA LÓPEZ',
        '| Mensaje:  | Quiero pintar el piso,',
        'unos 80 m2.',
        '+----------+-------------',
        '| ad_id :   | 1202',
        '+----------+-------------',
        'Enviado por Conecta',
      ].join('\n'),
    );
    // Assess
    expect(read?.pairs).toEqual([
      ['Name', 'MARÍA LÓPEZ'],
      ['Mensaje', 'Quiero pintar el piso,\u241funos 80 m2.'],
      ['ad_id', '1202'],
    ]);
    expect(read?.end).toBe(5);
  });

  it('leaves a bordered row closed on the right to the table reader, and a customer’s bordered lines alone', () => {
    // Act, Assess
    expect(at('| full_name | Jane Doe |\n| email | jane@mail.example |')).toBeNull();
    expect(at('| lounge | 4.2 x 5.1 m\n| hallway | 1.1 x 6 m')).toBeNull();
  });

  it('does not read prose with a pipe, a wider table or a single pair', () => {
    // Act, Assess
    expect(at('We compare two layouts | open plan\nBudget | around 15k')).toBeNull();
    expect(at('Name | Email | Phone\nJane | jane@mail.example | 0770')).toBeNull();
    expect(at('email | ann@mail.example\n\nThanks')).toBeNull();
  });
});
