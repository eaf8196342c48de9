import { describe, expect, it } from 'vitest';
import { attachmentPairs } from '../../../src/processors/stages/attachments.js';
import { createLabelDictionary } from '../../../src/processors/stages/extractors/labels.js';
import { readFields } from '../../../src/processors/stages/read-fields.js';

const dict = createLabelDictionary();
const pairsOf = (text: string) =>
  readFields(text, dict).pairs.map((p) => [p.label, p.value, p.hit?.target ?? null]);

describe('readFields', () => {
  it('reads a two-column pipe table, skipping its Field/Value header and joining continuation rows', () => {
    const text = [
      '| Field | Value |',
      '|---|---|',
      '| Name | Ann Lee |',
      '| Notes | first line |',
      '|       | second line |',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      ['Name', 'Ann Lee', 'name'],
      ['Notes', 'first line second line', 'message'],
    ]);
  });

  it('reads a markdown table with a label row above a value row', () => {
    const text = '| Nom | Courriel |\n|---|---|\n| Ana Roy | ana@example.fr |';
    expect(pairsOf(text)).toEqual([
      ['Nom', 'Ana Roy', 'name'],
      ['Courriel', 'ana@example.fr', 'email'],
    ]);
  });

  it('reads rows without outer pipes only when two or more follow each other', () => {
    expect(pairsOf('Name | Ann Lee\nPhone | 030 1234567')).toEqual([
      ['Name', 'Ann Lee', 'name'],
      ['Phone', '030 1234567', 'phone'],
    ]);
    expect(pairsOf('Acme Ltd | 1 Main St')).toEqual([]);
  });

  it('keeps answer markers out of numbered answers', () => {
    const text = '1. ¿Cómo se llama?\n→ Marta Gil\n2. ¿Su teléfono?\n- +34 655 44 33 22';
    expect(pairsOf(text)).toEqual([
      ['¿Cómo se llama?', 'Marta Gil', 'name'],
      ['¿Su teléfono?', '+34 655 44 33 22', 'phone'],
    ]);
  });

  it('drops the Q/A marks of numbered questions and reads an answer indented under its empty mark', () => {
    const text = [
      '1) Q : Comment vous appelez-vous ?',
      '   R :',
      '   Delphine Marchand',
      '2) Q : Parlez-nous de votre projet ?',
      '   R :',
      '   Une toiture à refaire.',
      '',
      '   Le devis avant mars, si possible.',
      '',
      'Score du contact: 82/100',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      ['Comment vous appelez-vous ?', 'Delphine Marchand', 'name'],
      [
        'Parlez-nous de votre projet ?',
        'Une toiture à refaire.\n\nLe devis avant mars, si possible.',
        'message',
      ],
      ['Score du contact', '82/100', null],
    ]);
  });

  it('does not take a question inside a paragraph for a label', () => {
    const text = 'Message: Hi,\nwe have a leak. Could someone come?\n- thanks';
    expect(readFields(text, dict).pairs[0]?.value).toBe('Hi,\nwe have a leak. Could someone come?\n- thanks');
  });
});

describe('attachmentPairs', () => {
  it('reads a semicolon CSV export: the header row labels the first data row', () => {
    const csv = 'nombre;correo;telefono\nLucía Gómez;lucia@example.es;+34 612 34 56 78\n';
    expect(
      attachmentPairs([{ kind: 'csv', text: csv }], dict, () => false).map((p) => [p.label, p.value]),
    ).toEqual([
      ['nombre', 'Lucía Gómez'],
      ['correo', 'lucia@example.es'],
      ['telefono', '+34 612 34 56 78'],
    ]);
  });

  it('reads a vCard 3.0: name parts, email, phone and note', () => {
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schneider;Anna;;;\r\nFN:Anna Schneider\r\nEMAIL:anna@example.de\r\nTEL;TYPE=CELL:+49 151 2345678\r\nNOTE:Bitte um Rückruf\r\nEND:VCARD\r\n';
    const got = attachmentPairs([{ kind: 'vcard', text: vcf }], dict, () => false).map((p) => [
      p.hit?.target,
      p.value,
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['lastName', 'Schneider'],
        ['firstName', 'Anna'],
        ['fullName', 'Anna Schneider'],
        ['email', 'anna@example.de'],
        ['phone', '+49 151 2345678'],
        ['message', 'Bitte um Rückruf'],
      ]),
    );
  });

  it('returns nothing for a CSV without a data row or an unparseable vCard', () => {
    expect(attachmentPairs([{ kind: 'csv', text: 'a,b,c\n' }], dict, () => false)).toEqual([]);
    expect(attachmentPairs([{ kind: 'vcard', text: 'not a card' }], dict, () => false)).toEqual([]);
  });
});

describe('readFields: stacked columns and icon labels', () => {
  it('pairs a block of labels with the block of values under it, in order', () => {
    const text = [
      'Full name',
      'Email',
      'Phone',
      '',
      'Ann Lee',
      'ann@example.com',
      '07700 900123',
      '',
      'Thanks',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      ['Full name', 'Ann Lee', 'fullName'],
      ['Email', 'ann@example.com', 'email'],
      ['Phone', '07700 900123', 'phone'],
    ]);
  });

  it('takes labels written with a colon even when the lexicon does not know them', () => {
    const text = ['Civilité :', 'Prénom :', 'Courriel :', 'Mme', 'Anaïs', 'a.d@example.fr'].join('\n');
    expect(pairsOf(text).map((p) => p[1])).toEqual(['Mme', 'Anaïs', 'a.d@example.fr']);
  });

  it('refuses a value block shifted by an empty value (an address under a name label)', () => {
    const text = ['Name', 'Email', 'Phone', '', 'ann@example.com', '07700 900123', 'Leeds'].join('\n');
    expect(pairsOf(text).some(([label, value]) => label === 'Name' && value === 'ann@example.com')).toBe(
      false,
    );
  });

  it('reads emoji used as labels at the start of a line, not inside a sentence', () => {
    const text = ['👤 Ann Lee', '📧 ann@example.com', '📱 07700 900123', 'Our office ☎ 0113 496 0000'].join(
      '\n',
    );
    expect(pairsOf(text)).toEqual([
      ['Name', 'Ann Lee', 'name'],
      ['E-mail', 'ann@example.com', 'email'],
      ['Phone', '07700 900123', 'phone'],
    ]);
  });
});

describe('readFields: letters', () => {
  it('does not take a greeting written with a colon ("Hola Pedro:") for a label', () => {
    expect(
      pairsOf('Hola Pedro:\n\nNecesito un armario.\nMi teléfono es el 655 44 33 22.\n\nUn saludo,\nLaura'),
    ).toEqual([]);
    expect(pairsOf('Sehr geehrte Damen und Herren:\nBitte rufen Sie mich an.')).toEqual([]);
  });
});
