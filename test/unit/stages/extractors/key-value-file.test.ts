import { describe, expect, it } from 'vitest';
import { looksDelimited } from '../../../../src/processors/stages/extractors/csv.js';
import { keyValueFilePairs } from '../../../../src/processors/stages/extractors/key-value-file.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();
const read = (text: string) => keyValueFilePairs(text, dict)?.map((p) => [p.label, p.value, p.hit?.target]);

describe('key–value files', () => {
  it('reads INI sections with comments, and labels an unknown key with its section', () => {
    // Act
    const pairs = read(
      '; saved by a configurator\n[contact]\nfirst_name = Ann\nemail=ann@mail.example\n[Anliegen]\nfreeText: Hello,\n  a quote please\n',
    );
    // Assess: the comment is no field; the indented line continues the value above.
    expect(pairs).toEqual([
      ['first_name', 'Ann', 'firstName'],
      ['email', 'ann@mail.example', 'email'],
      ['Anliegen freeText', 'Hello,\na quote please', 'message'],
    ]);
  });

  it('reads `.env` and `.properties` keys, quotes and escapes', () => {
    expect(
      read('export LEAD_EMAIL="ann@mail.example"\nLEAD_PHONE=0171 234\nkunde.vorname=J\\u00f6rg\n'),
    ).toEqual([
      ['LEAD_EMAIL', 'ann@mail.example', 'email'],
      ['LEAD_PHONE', '0171 234', 'phone'],
      ['kunde.vorname', 'Jörg', 'firstName'],
    ]);
  });

  it('reads a TOML string over several lines and drops a comment after a quoted value', () => {
    expect(
      read('[lead.contact]\nname = "Ann Lee" # from the form\nmessage = """\nHello,\nthanks.\n"""\n'),
    ).toEqual([
      ['name', 'Ann Lee', 'name'],
      ['message', 'Hello,\nthanks.', 'message'],
    ]);
  });

  it('reads a TOML inline table member by member', () => {
    expect(read('[request]\ncontact = { name = "Ann Lee", email = "ann@mail.example", ref = 7 }\n')).toEqual([
      ['name', 'Ann Lee', 'name'],
      ['email', 'ann@mail.example', 'email'],
      ['contact ref', '7', undefined],
    ]);
  });

  it('reads the first of several records, as a CSV file’s first row', () => {
    expect(
      read(
        '[lead1]\nname = Ann Lee\nemail = ann@mail.example\n[lead2]\nemail = bob@mail.example\nphone = 0123\n',
      ),
    ).toEqual([
      ['name', 'Ann Lee', 'name'],
      ['email', 'ann@mail.example', 'email'],
    ]);
  });

  it('leaves out a section naming a business party', () => {
    expect(
      read('[dealer]\nemail = sales@dealer.example\n[customer]\nemail = ann@mail.example\nphone = 0123\n'),
    ).toEqual([
      ['email', 'ann@mail.example', 'email'],
      ['phone', '0123', 'phone'],
    ]);
  });

  it.each([
    ['plain `Label: value` lines', 'Name: Ann Lee\nEmail: ann@mail.example\n'],
    ['a line of prose among the pairs', 'name=Ann\nHello, I would like a quote.\nemail=ann@mail.example\n'],
    ['a logfmt record', 'level=info msg="lead" email=ann@mail.example\nlevel=info msg="sent" id=4\n'],
    ['a single pair', 'note = call back\n'],
  ])('is not a key–value file: %s', (_, text) => {
    expect(keyValueFilePairs(text, dict)).toBeNull();
  });
});

describe('delimited text files', () => {
  it.each([
    ['semicolons', 'Name;Email\nAnn;ann@mail.example\n', true],
    ['tabs, with a byte-order mark', '\ufeffName\tEmail\r\nAnn\tann@mail.example\r\n', true],
    ['commas only (prose has them)', 'Hello, Ann\nThanks, Bob\n', false],
    ['rows of another width', 'Name;Email\nAnn;ann@mail.example;extra\n', false],
    ['one line', 'Name;Email\n', false],
  ])('%s', (_, text, want) => {
    expect(looksDelimited(text)).toBe(want);
  });
});
