import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { pastedVcard, vcardPairs } from '../../../../src/processors/stages/extractors/vcard.js';

const dict = createLabelDictionary();
const atBusiness = (address: string) => address.endsWith('@shop.example');
const fieldsOf = (text: string) =>
  vcardPairs(text, dict, atBusiness).map((p) => [p.hit?.target ?? null, p.value]);
const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');

describe('vcardPairs', () => {
  it('decodes a 2.1 card: bare type parameters, quoted-printable values in their charset, soft line breaks', () => {
    // Prepare
    const text = card(
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;',
      'TEL;WORK;VOICE:+49 89 2345678',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Bitte um R=C3=BCckruf, gern am Vormitt=',
      'ag.',
    );
    // Act, Assess
    expect(fieldsOf(text)).toEqual([
      ['lastName', 'Müller'],
      ['firstName', 'Jürgen'],
      ['phone', '+49 89 2345678'],
      ['message', 'Bitte um Rückruf, gern am Vormittag.'],
    ]);
  });

  it('takes the customer’s card, not the business’s deal owner before it (by address or by role)', () => {
    const owner = card('VERSION:3.0', 'FN:Rebecca Lawson', 'TITLE:Deal owner', 'EMAIL:rebecca@crm.example');
    const colleague = card('VERSION:3.0', 'FN:Tom Reed', 'EMAIL:tom@shop.example');
    const customer = card(
      'VERSION:3.0',
      'FN:Thomas Harris',
      'TITLE:Head of IT',
      'EMAIL:t.harris@mail.example',
    );
    expect(fieldsOf([owner, colleague, customer].join('\r\n'))).toEqual([
      ['fullName', 'Thomas Harris'],
      ['jobTitle', 'Head of IT'],
      ['email', 't.harris@mail.example'],
    ]);
    expect(fieldsOf([owner, colleague].join('\r\n'))).toEqual([]);
  });

  it('keeps a lone card whatever its title, and a customer’s title that only contains a sales word', () => {
    const own = card('VERSION:3.0', 'FN:Ann Lee', 'TITLE:Account manager', 'EMAIL:ann@lee.example');
    expect(fieldsOf(own)).toContainEqual(['email', 'ann@lee.example']);
    const owner = card('VERSION:3.0', 'FN:Rita Hale', 'ROLE:Responsable', 'EMAIL:rita@crm.example');
    const buyer = card('VERSION:3.0', 'FN:Luc Roy', 'TITLE:Responsable des achats', 'EMAIL:luc@roy.example');
    expect(fieldsOf([owner, buyer].join('\r\n'))).toContainEqual(['email', 'luc@roy.example']);
  });

  it('writes out the extension of a tel: URI and keeps the platform ids of X- lines, no other X- line', () => {
    const text = card(
      'VERSION:4.0',
      'TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0555;ext=203',
      'X-LINKEDIN-LEAD-ID:7139055512',
      'X-LINKEDIN-CREATIVE-ID:409177235',
      'X-PHONETIC-FIRST-NAME:Tomas',
    );
    expect(fieldsOf(text)).toEqual([
      ['phone', '+44-20-7946-0555 ext. 203'],
      ['platformLeadId', '7139055512'],
      ['adId', '409177235'],
    ]);
  });

  it('returns nothing for text that is not a card', () => {
    expect(fieldsOf('BEGIN:VCARD\r\nthis is not a card')).toEqual([]);
  });
});

describe('pastedVcard', () => {
  it('finds a card in a body, and the text around it', () => {
    const body = `New lead below.\n\n${card('VERSION:3.0', 'FN:Ann Lee')}\n\nCampaign: Spring`;
    expect(pastedVcard(body)).toEqual({
      text: card('VERSION:3.0', 'FN:Ann Lee'),
      around: 'New lead below.\n\n\n\n\nCampaign: Spring',
    });
    expect(pastedVcard('BEGIN:VCARD without its end')).toBeNull();
  });
});
