import { describe, expect, it } from 'vitest';
import { extractJson } from '../../../../src/processors/stages/extractors/json.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();

describe('extractJson', () => {
  it('flattens nested objects and maps their keys through the dictionaries', () => {
    const pairs = extractJson(
      '{"lead":{"first_name":"Ana","contact":{"Correo":"ana@example.es","phone":5551234}}}',
      dict,
    );
    expect(pairs?.map((p) => [p.label, p.value, p.hit?.target])).toEqual([
      ['first_name', 'Ana', 'firstName'],
      ['Correo', 'ana@example.es', 'email'],
      ['phone', '5551234', 'phone'],
    ]);
  });

  it('reads Facebook-style field_data name/values arrays', () => {
    const pairs = extractJson(
      '{"field_data":[{"name":"full_name","values":["Priya Patel"]},{"name":"email","values":["p@example.com"]}]}',
      dict,
    );
    expect(pairs?.map((p) => [p.hit?.target, p.value])).toEqual([
      ['fullName', 'Priya Patel'],
      ['email', 'p@example.com'],
    ]);
  });

  it('returns null for text that is not JSON', () => {
    expect(extractJson('Name: Ann', dict)).toBeNull();
    expect(extractJson('{not json', dict)).toBeNull();
  });
});
