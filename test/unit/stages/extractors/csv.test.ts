import { describe, expect, it } from 'vitest';
import { pastedCsvAt } from '../../../../src/processors/stages/extractors/csv.js';
import { VALUE_LINE } from '../../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();
const at = (text: string) => pastedCsvAt(text.split('\n'), 0, dict);

describe('CSV pasted into a body', () => {
  it('reads the header over the first record with a contact, a quoted value over several lines', () => {
    // Act
    const read = at(
      [
        'Datum;Name;E-Mail;Nachricht',
        '05.12.2026;Testeintrag;;bitte ignorieren',
        '06.12.2026;Anna Weber;anna@example.de;"Guten Tag,',
        'bitte um Rückruf; gern vormittags."',
        '',
        'Automatisch erstellt.',
      ].join('\n'),
    );
    // Assess: the test entry has no address; the footer ends the records.
    expect(read?.pairs).toEqual([
      ['Datum', '06.12.2026'],
      ['Name', 'Anna Weber'],
      ['E-Mail', 'anna@example.de'],
      ['Nachricht', `Guten Tag,${VALUE_LINE}bitte um Rückruf; gern vormittags.`],
    ]);
    expect(read?.end).toBe(4);
  });

  it('takes the delimiter that splits the header most, a BOM before it', () => {
    const read = at('\ufeffnom|email|telephone\nAnn Lee|ann@example.com|06 12 34 56 78');
    expect(read?.pairs).toEqual([
      ['nom', 'Ann Lee'],
      ['email', 'ann@example.com'],
      ['telephone', '06 12 34 56 78'],
    ]);
  });

  it('reads tab-separated records, a quoted message over two lines', () => {
    const read = at('Nombre\tCorreo\tMensaje\nLucía Gil\tlucia@example.es\t"Hola,\n¿tenéis cita el lunes?"');
    expect(read?.pairs).toEqual([
      ['Nombre', 'Lucía Gil'],
      ['Correo', 'lucia@example.es'],
      ['Mensaje', `Hola,${VALUE_LINE}¿tenéis cita el lunes?`],
    ]);
    expect(read?.end).toBe(3);
  });

  it('does not read prose with commas as a header', () => {
    // Fewer than two known column names.
    expect(
      at('Hello, we would like, if possible, a quote\nfor the lawn, the hedge, and the trees'),
    ).toBeNull();
    // Known words, but no record holds an address or a number.
    expect(at('Name, email, phone: all optional\nLawn, hedge, trees: all welcome')).toBeNull();
  });
});
