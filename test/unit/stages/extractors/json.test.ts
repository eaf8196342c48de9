import { describe, expect, it } from 'vitest';
import {
  embeddedXml,
  extractJson,
  extractXml,
  extractYaml,
} from '../../../../src/processors/stages/extractors/json.js';
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

describe('extractXml (any element names, not ADF)', () => {
  const typed = (xml: string) => extractXml(xml, dict)?.map((p) => [p.hit?.target ?? null, p.value]);

  it('maps camelCase, snake_case and kebab-case element names through the lexicon', () => {
    expect(
      typed(
        '<lead><contact><firstName>Ann</firstName><last_name>Lee</last_name><email-address>ann@example.com</email-address><mobilePhoneNumber>0171 1234567</mobilePhoneNumber></contact></lead>',
      ),
    ).toEqual([
      ['firstName', 'Ann'],
      ['lastName', 'Lee'],
      ['email', 'ann@example.com'],
      ['phone', '0171 1234567'],
    ]);
  });

  it('reads <field name value/>, <entry key>, namespaces and CDATA', () => {
    expect(
      typed(
        '<a:Anfrage xmlns:a="urn:x"><a:Kunde><field name="E-Mail" value="k@example.de"/><entry key="Telefon">030 123456</entry><a:Nachricht><![CDATA[Rückruf & Angebot]]></a:Nachricht></a:Kunde></a:Anfrage>',
      ),
    ).toEqual([
      ['email', 'k@example.de'],
      ['phone', '030 123456'],
      ['message', 'Rückruf & Angebot'],
    ]);
  });

  it('does not expand DOCTYPE entities but decodes the predefined ones and character references', () => {
    const pairs = typed(
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "xxxxxxxxxx">]><d><message>A &amp; B &#233; &x;</message></d>',
    );
    expect(pairs).toEqual([['message', 'A & B é &x;']]);
  });

  it("keeps a phone object's type as an attribute, not an empty phone field", () => {
    expect(typed('<p><phone><type>mobile</type><number>07700 900123</number></phone></p>')).toEqual([
      ['attr:phone_type', 'mobile'],
      ['phone', '07700 900123'],
    ]);
  });
});

describe('embeddedXml', () => {
  it('ends at the root element, not at a footer link after it', () => {
    const body = 'Payload:\n<lead><email>a@example.com</email></lead>\n--\nRelay <https://relay.example>';
    expect(embeddedXml(body, 1000)).toBe('<lead><email>a@example.com</email></lead>');
  });
});

describe('extractYaml', () => {
  it('maps snake_case and kebab-case keys in the four languages and keeps every scalar a string', () => {
    const pairs = extractYaml(
      'first_name: "Ann"\nnachname: Weber\ncorreo-electronico: ann@example.es\ntéléphone: 07700900123\nnewsletter: no\n',
      dict,
    );
    expect(pairs?.map((p) => [p.hit?.target ?? null, p.value])).toEqual([
      ['firstName', 'Ann'],
      ['lastName', 'Weber'],
      ['email', 'ann@example.es'],
      ['phone', '07700900123'],
      [null, 'no'],
    ]);
  });

  it('reads literal and folded block scalars as the multi-line answer', () => {
    const pairs = extractYaml('message: |\n  First line.\n  Second line.\nnote: >\n  one\n  two\n', dict);
    expect(pairs?.map((p) => p.value)).toEqual(['First line.\nSecond line.', 'one two']);
  });

  it('refuses aliases, so nested ones cannot expand exponentially', () => {
    const bomb = ['a: &a ["x","x"]', 'b: &b [*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b]', 'd: [*c,*c,*c,*c]'].join(
      '\n',
    );
    expect(extractYaml(bomb, dict)).toBeNull();
  });

  it('returns null for prose, a bullet list and text that is not YAML', () => {
    expect(extractYaml('Hello, I would like a quote.', dict)).toBeNull();
    expect(extractYaml('- one\n- two\n', dict)).toBeNull();
    expect(extractYaml('Message: Hi: see below: thanks', dict)).toBeNull();
  });
});

describe('field records: the field named beside its value', () => {
  const read = (text: string) =>
    (text.startsWith('<') ? extractXml(text, dict) : extractJson(text, dict))?.map((p) => [
      p.label,
      p.value,
      p.hit?.target ?? null,
    ]);

  it('takes the label the lexicon knows exactly, else the question as written', () => {
    // Prepare: Google's fixed column id beside a column name, a custom question beside QUESTION_1.
    const xml =
      '<lead><user_column_data><column column_id="FIRST_NAME" column_name="Ihr Vorname"><string_value>Anna</string_value></column>' +
      '<column column_id="QUESTION_1" column_name="Wie viele Zimmer?"><string_value>4</string_value></column></user_column_data></lead>';
    // Act / Assess
    expect(read(xml)).toEqual([
      ['FIRST_NAME', 'Anna', 'firstName'],
      ['Wie viele Zimmer?', '4', null],
    ]);
  });

  it('reads label and value keys in any case and with a kind prefix', () => {
    expect(read('<f><Field Name="Telefon" Value="0171 1234567"/></f>')).toEqual([
      ['Telefon', '0171 1234567', 'phone'],
    ]);
    expect(read('[{"field_name":"Vorname","field_value":"Anna","field_type":"text"}]')).toEqual([
      ['Vorname', 'Anna', 'firstName'],
    ]);
  });

  it('reads a customer record that has a value of its own key by key', () => {
    expect(read('{"person":{"name":"Ruth Hollins","email":"ruth@mail.example","value":300}}')).toEqual([
      ['name', 'Ruth Hollins', 'name'],
      ['email', 'ruth@mail.example', 'email'],
      ['value', '300', null],
    ]);
  });

  it('pairs alternating sibling labels and values only when both lists are text of one length', () => {
    expect(
      read('<d><key>Vorname</key><string>Anna</string><key>Telefon</key><string>0171 1234567</string></d>'),
    ).toEqual([
      ['Vorname', 'Anna', 'firstName'],
      ['Telefon', '0171 1234567', 'phone'],
    ]);
    expect(
      read('<d><key>Vorname</key><string>Anna</string><key>Alter</key><integer>40</integer></d>'),
    ).not.toContainEqual(['Alter', 'Anna', null]);
  });

  it('gives no fields from a configuration, whose addresses and numbers are the business’s', () => {
    expect(read('{"settings":[{"setting":"alert_email","value":"ops@shop.example"}]}')).toEqual([]);
    expect(
      read('<konfiguration><eintrag key="alarm.telefon" val="+49 6151 880990"/></konfiguration>'),
    ).toEqual([]);
  });
});
