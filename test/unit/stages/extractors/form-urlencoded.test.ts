import { describe, expect, it } from 'vitest';
import { formEncodedAt } from '../../../../src/processors/stages/extractors/form-urlencoded.js';
import { VALUE_LINE } from '../../../../src/processors/stages/extractors/label-value.js';

const at = (text: string) => formEncodedAt(text.split('\n'), 0);

describe('form-encoded bodies and query strings', () => {
  it('reads the body a log line prints after its own words and key', () => {
    // Act
    const read = at(
      '2026-11-03T10:12:44Z INFO POST /hooks/lead status=200 body=name=Ann+Lee&email=ann%40mail.example&message=Hi%2C%0Aa+quote%3F',
    );
    // Assess: `+` is a space, `%XX` runs are UTF-8, a line break stays one in the value.
    expect(read?.pairs).toEqual([
      ['name', 'Ann Lee'],
      ['email', 'ann@mail.example'],
      ['message', `Hi,${VALUE_LINE}a quote?`],
    ]);
  });

  it('reads a URL’s query without its path or fragment, and keeps a raw number’s plus', () => {
    const read = at(
      '<https://shop.example/thanks?first_name=J%C3%BCrgen&phone=+4917012345678&tel2=%2B44+7700&x=1#form>',
    );
    expect(read?.pairs).toEqual([
      ['first name', 'Jürgen'],
      ['phone', '+4917012345678'],
      ['tel2', '+44 7700'],
      ['x', '1'],
    ]);
  });

  it('pairs bracketed field names with their values as key paths are', () => {
    const read = at(
      'form_fields%5Bnombre%5D=Ana&field_data[0][name]=email&field_data[0][values][0]=ana%40correo.example&x=1',
    );
    expect(read?.pairs).toEqual([
      ['nombre', 'Ana'],
      ['email', 'ana@correo.example'],
      ['x', '1'],
    ]);
  });

  it('reads a body wrapped at a fixed width over several lines', () => {
    const read = at('name=Ann+Lee&email=ann%40mail.ex\nample&phone=0123&message=Hello');
    expect(read?.end).toBe(2);
    expect(read?.pairs[1]).toEqual(['email', 'ann@mail.example']);
  });

  it.each([
    ['a sentence with an ampersand', 'Tom & Jerry=friends & more'],
    [
      'a URL with two parameters',
      'See https://site.example/page?utm_source=mail&utm_medium=link for details',
    ],
    ['a word of pairs joined by semicolons', 'a=1;b=2;c=3'],
  ])('reads nothing from %s', (_, line) => {
    expect(at(line)).toBeNull();
  });
});
