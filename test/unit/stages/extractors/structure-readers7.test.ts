/**
 * The seventh round's plain-text readers on their own: fields side by side on one line, bracketed
 * labels, logfmt records. Negative cases first-class: what each must leave as written.
 */
import { describe, expect, it } from 'vitest';
import { bracketLabels } from '../../../../src/processors/stages/extractors/bracket-labels.js';
import { splitColumnPairs } from '../../../../src/processors/stages/extractors/column-pairs.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { logfmtAt } from '../../../../src/processors/stages/extractors/logfmt.js';

const dict = createLabelDictionary();

describe('fields side by side on one line', () => {
  it('splits where a known label opens a column, keeping a time or a URL whole', () => {
    expect(splitColumnPairs('Vorname: Jonas     Nachname: Brandt', dict)).toBe(
      'Vorname: Jonas\nNachname: Brandt',
    );
    expect(splitColumnPairs('Campaign: Spring offer    Submitted at: 10:30', dict)).toBe(
      'Campaign: Spring offer\nSubmitted at: 10:30',
    );
    expect(splitColumnPairs('Page : https://x.example/a     Campagne : Printemps', dict)).toBe(
      'Page: https://x.example/a\nCampagne: Printemps',
    );
  });

  it('reads alternating label and value cells without separators', () => {
    expect(splitColumnPairs('Prénom\tMATHILDE\tNom\tGIRARD', dict)).toBe('Prénom: MATHILDE\nNom: GIRARD');
  });

  it('leaves one field with wide spaces, a header row and prose as written', () => {
    for (const line of [
      'Message: Hello.  We would like a quote.',
      'Name\tEmail\tPhone\tMessage',
      'We met at 10:30    and talked it over.',
    ])
      expect(splitColumnPairs(line, dict)).toBe(line);
  });
});

describe('bracketed labels', () => {
  it('reads known labels in square, lenticular and angle brackets', () => {
    expect(bracketLabels('[Téléphone] 06 12 34 56 78\n【E-Mail】 a@b.example\n<Mensaje> Hola', dict)).toBe(
      'Téléphone: 06 12 34 56 78\nE-Mail: a@b.example\nMensaje: Hola',
    );
  });

  it('leaves INI sections, print_r keys, unknown tags and addresses alone', () => {
    const text = '[contact]\n[first_name] => Olivia\n[INFO] Service started\n<ann@x.example> wrote';
    expect(bracketLabels(text, dict)).toBe(text);
  });
});

describe('logfmt records', () => {
  it('reads quoted and bare values over several lines, keys as words', () => {
    const lines = [
      'lead_id=l_1 campaignName="Spring offer"',
      'email=a@b.example message="Call me, please."',
      'Bye',
    ];
    expect(logfmtAt(lines, 0)).toEqual({
      pairs: [
        ['lead id', 'l_1'],
        ['campaign name', 'Spring offer'],
        ['email', 'a@b.example'],
        ['message', 'Call me, please.'],
      ],
      end: 2,
    });
  });

  it('leaves one pair a line, separator-joined pairs and prose with an equals sign to the other readers', () => {
    expect(logfmtAt(['name=Ann', 'email=a@b.example', 'phone=0171'], 0)).toBeNull();
    expect(logfmtAt(['first_name=Olivia; email=a@b.example; tel=0171'], 0)).toBeNull();
    expect(logfmtAt(['The total is x=4 and y=5 today'], 0)).toBeNull();
  });
});
