import { describe, expect, it } from 'vitest';
import { columnRowAt } from '../../../../src/processors/stages/extractors/column-rows.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();
const at = (text: string) => columnRowAt(text.split('\n'), 0, dict);

describe('column rows (labels above values, aligned with spaces)', () => {
  it('pairs each label with the value under it, the first value row only', () => {
    const row = at(
      [
        'Lead name         Email                      Phone           Owner',
        'Gemma Castell     gemma.castell@example.com  07700 900733    Ryan Shaw',
        'Tom Reyes         tom@example.com            07700 900734    Ryan Shaw',
      ].join('\n'),
    );
    expect(row?.pairs).toEqual([
      ['Lead name', 'Gemma Castell'],
      ['Email', 'gemma.castell@example.com'],
      ['Phone', '07700 900733'],
      ['Owner', 'Ryan Shaw'],
    ]);
    expect(row?.end).toBe(2);
  });

  it('reads a row under a blank line, in German', () => {
    const row = at(
      'Kontakt        E-Mail                    Telefon\n\nBernd Weiß     b.weiss@example.de        0171 4433221',
    );
    expect(row?.pairs[0]).toEqual(['Kontakt', 'Bernd Weiß']);
    expect(row?.end).toBe(3);
  });

  it('refuses rows that do not pair up', () => {
    // A value missing: the cells shift.
    expect(at('Name          Email               Phone\nAnn Lee       07700 900123')).toBeNull();
    // No address or number among the values.
    expect(at('Name          Company             City\nAnn Lee       Lee Interiors       Leeds')).toBeNull();
    // Fewer than two labels the lexicon knows.
    expect(
      at('Colour        Size                Email\nRed           Large               ann@example.com'),
    ).toBeNull();
    // A field line, not a label row.
    expect(at('Name:   Ann Lee\nEmail:  ann@example.com')).toBeNull();
    // Prose with a double space after a full stop.
    expect(at('Hello.  We would like a quote for the name and email we gave.\n07700 900123')).toBeNull();
  });

  it('reads a sheet pasted as aligned text by where each cell starts, the last row the new one', () => {
    // Prepare: column letters, right-aligned row numbers, the new row's phone left empty.
    const text = [
      '    A          B               C',
      ' 1  full_name  phone_number    email',
      '33  Ann Lee    +447700900611   ann@example.com',
      '34  Tom Reyes                  tom@example.com',
      '',
      'Open the sheet.',
    ].join('\n');
    // Act
    const row = at(text);
    // Assess
    expect(row?.pairs).toEqual([
      ['full_name', 'Tom Reyes'],
      ['email', 'tom@example.com'],
    ]);
    expect(row?.end).toBe(4);
  });

  it('reads a sheet without column letters from its header’s row number 1', () => {
    const row = at(
      '1   what_is_the_best_time_to_call_you?  email\n57  evenings                            ann@example.com',
    );
    expect(row?.pairs).toEqual([
      ['what_is_the_best_time_to_call_you?', 'evenings'],
      ['email', 'ann@example.com'],
    ]);
  });
});
