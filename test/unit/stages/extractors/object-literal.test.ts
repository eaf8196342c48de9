import { describe, expect, it } from 'vitest';
import { VALUE_LINE } from '../../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { objectLiteralAt } from '../../../../src/processors/stages/extractors/object-literal.js';

const dict = createLabelDictionary();
const at = (text: string) => objectLiteralAt(text.split('\n'), 0, dict);

describe('object literals printed by integrations', () => {
  it('reads JSON serialised into a string, escapes decoded by JSON.parse', () => {
    // Act
    const read = at(
      String.raw`10:12:44 INFO payload="{\"email\":\"ann\u0040mail.example\",\"full_name\":\"Ren\u00e9e Roy\",\"message\":\"Hi\\nthere\"}" bytes=90`,
    );
    // Assess
    expect(read?.pairs).toEqual([
      ['email', 'ann@mail.example'],
      ['full name', 'Renée Roy'],
      ['message', `Hi${VALUE_LINE}there`],
    ]);
  });

  it('reads a Python dict’s repr: single quotes, \\x escapes, None', () => {
    const read = at(
      String.raw`  lead = {'vorname': 'J\xfcrgen', 'phone_number': '+49 151 2345', 'note': "it's", 'utm': None}`,
    );
    expect(read?.pairs).toEqual([
      ['vorname', 'Jürgen'],
      ['phone number', '+49 151 2345'],
      ['note', "it's"],
    ]);
  });

  it('reads a Ruby hash and a JavaScript object literal with a trailing comma', () => {
    expect(at('params: {"nom" => "Roy", :courriel => "a@b.example"}')?.pairs).toEqual([
      ['nom', 'Roy'],
      ['courriel', 'a@b.example'],
    ]);
    expect(at('[info] got { firstName: "Ann", phone: \'0123\', }')?.pairs).toEqual([
      ['first name', 'Ann'],
      ['phone', '0123'],
    ]);
  });

  it('reads a run log’s array of named fields over several lines, bare values as strings', () => {
    const read = at(
      [
        'field_data: [',
        '  {name: email, values: [ann@mail.example]},',
        '  {name: comments, values: [Hello, a quote]}',
        ']',
        'next: line',
      ].join('\n'),
    );
    expect(read?.pairs).toEqual([
      ['email', 'ann@mail.example'],
      ['comments', 'Hello, a quote'],
    ]);
    expect(read?.end).toBe(4);
  });

  it('reads JSON members printed one a line without their braces', () => {
    const read = at(['  "prenom": "Léa",', '  "telephone": "+33 6 12",', 'done'].join('\n'));
    expect(read?.pairs).toEqual([
      ['prenom', 'Léa'],
      ['telephone', '+33 6 12'],
    ]);
    expect(read?.end).toBe(2);
  });

  it.each([
    ['a JSON document opening the line (the JSON reader’s)', '{"email": "a@b.example", "name": "Ann"}'],
    ['a log’s own one-field object', 'request done { ms: 212 }'],
    ['a merge field', 'Hello {{first_name}}, {{email}}'],
    ['an unbalanced literal', "lead = {'email': 'a@b.example', 'name': 'Ann'"],
    ['log prefixes in brackets', '[10:12:44] [info] step done'],
  ])('reads nothing from %s', (_, text) => {
    expect(at(text)).toBeNull();
  });
});
