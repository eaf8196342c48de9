import { describe, expect, it, vi } from 'vitest';
import {
  hintRegions,
  normalisePhone,
  type PhoneHints,
  regionOfCountry,
} from '../../../src/processors/stages/normalise-phone.js';

const US: PhoneHints = { businessRegion: 'US' };
const DE: PhoneHints = { businessRegion: 'DE' };

describe('normalisePhone: prefix forms', () => {
  describe.each([
    ['+ international', '+44 20 7946 0958', US, '+442079460958'],
    ['00 international, NANP business', '0044 20 7946 0958', US, '+442079460958'],
    ['00 international, European business', '0044 20 7946 0958', DE, '+442079460958'],
    ['011 NANP exit, NANP business', '011 44 20 7946 0958', US, '+442079460958'],
    ['011 NANP exit, European business', '011 44 20 7946 0958', DE, '+442079460958'],
    ['+CC (0) trunk notation', '+49 (0)30 1234567', US, '+49301234567'],
    ['+CC (0) with spaces', '+44 (0) 20 7946 0958', DE, '+442079460958'],
    ['00CC (0) trunk notation', '0049 (0) 30 1234567', US, '+49301234567'],
    ['national with trunk zero', '030 1234567', DE, '+49301234567'],
    ['NANP national', '(202) 555-0143', US, '+12025550143'],
    ['tel: URI', 'tel:+33612345678', US, '+33612345678'],
    ['label prefix', 'Tel.: 030 1234567', DE, '+49301234567'],
    ['country code without +', '49 151 23456789', US, '+4915123456789'],
    ['011 is Delhi’s area code in India', '011 2345 6789', { businessRegion: 'IN' }, '+911123456789'],
    ['00 with a space before the country code', '00 33 6 12 34 56 78', US, '+33612345678'],
    ['011 with dashes', '011-49-30-1234567', US, '+49301234567'],
  ])('%s: %s', (_kind, raw, hints, e164) => {
    it('becomes E.164', () => {
      expect(normalisePhone(raw, hints)?.e164).toBe(e164);
    });
  });
});

describe('normalisePhone: region order', () => {
  describe.each([
    // [case, hints, expected E.164, expected warning]
    [
      'the country field wins over the business region',
      { ...US, countryField: 'France' },
      '+33612345678',
      null,
    ],
    ['a country field in German', { ...US, countryField: 'Frankreich' }, '+33612345678', null],
    ['a country field as an ISO code', { ...US, countryField: 'fr' }, '+33612345678', null],
    [
      'the address’s country',
      { ...US, addressCountry: '12 Rue de Rivoli\n75001 Paris\nFrance' },
      '+33612345678',
      null,
    ],
    ['the label’s region', { ...US, labelRegion: 'FR' }, '+33612345678', null],
    ['the business region', { businessRegion: 'FR' }, '+33612345678', null],
    [
      'the form language, last',
      { ...US, formLanguage: (): string => 'fr' },
      '+33612345678',
      'phone_region_inferred',
    ],
  ] as const)('%s', (_case, hints, e164, warning) => {
    it('reads 06 12 34 56 78 in that region', () => {
      expect(normalisePhone('06 12 34 56 78', hints)).toMatchObject({ e164, warning });
    });
  });

  it('tries the hints strongest first: country field, address, label, business, language', () => {
    const regions = hintRegions({
      countryField: 'España',
      addressCountry: 'Via Roma 1, Milano, Italia',
      labelRegion: 'UK',
      businessRegion: 'US',
      formLanguage: () => 'de',
    });
    expect([0, 1, 2, 3, 4, 5].map(regions)).toEqual(['ES', 'IT', 'GB', 'US', 'DE', undefined]);
  });

  it('asks for the form language only when a number is valid in no stronger region', () => {
    const formLanguage = vi.fn(() => 'fr');
    expect(normalisePhone('+33 6 12 34 56 78', { ...US, formLanguage })?.e164).toBe('+33612345678');
    expect(normalisePhone('(202) 555-0143', { ...US, formLanguage })?.e164).toBe('+12025550143');
    expect(formLanguage).not.toHaveBeenCalled();
    expect(normalisePhone('06 12 34 56 78', { ...US, formLanguage })?.e164).toBe('+33612345678');
    expect(formLanguage).toHaveBeenCalledTimes(1);
  });

  it('falls back to a weaker hint when the number is not valid in a stronger one', () => {
    expect(normalisePhone('(202) 555-0143', { ...US, countryField: 'Spain' })).toMatchObject({
      e164: '+12025550143',
      warning: 'phone_region_inferred',
    });
  });

  it('never takes the region from the email’s TLD (there is no such hint) and never glues +1 on', () => {
    const result = normalisePhone('06 12 34 56 78', US);
    expect(result).toEqual({
      e164: null,
      extension: null,
      raw: '06 12 34 56 78',
      warning: 'phone_unparseable',
    });
    expect(normalisePhone('+1 06 12 34 56 78', US)?.e164).toBeNull();
  });
});

describe('normalisePhone: extensions and unreadable values', () => {
  it.each([
    ['+1 415 555 0123 ext. 45', US, '+14155550123', '45'],
    ['+1 415 555 0123 x45', US, '+14155550123', '45'],
    ['030 1234567 Durchwahl 12', DE, '+49301234567', '12'],
    ['01 45 55 62 10 poste 214', { businessRegion: 'FR' }, '+33145556210', '214'],
    ['+49 221 456780, Durchwahl -214', DE, '+49221456780', '214'],
    ['+34 963 123 400, anexo 214', { businessRegion: 'ES' }, '+34963123400', '214'],
    ['913 456 789 int. 3302', { businessRegion: 'ES' }, '+34913456789', '3302'],
    ['0221 4567800 (DW 214)', DE, '+492214567800', '214'],
    ['+41 (0) 44 668 18 00 (Durchwahl 12)', DE, '+41446681800', '12'],
    ['+44 113 245 6700 (ext. 9)', US, '+441132456700', '9'],
    ['01 45 55 62 10 (poste 214)', { businessRegion: 'FR' }, '+33145556210', '214'],
  ])('%s keeps the extension apart', (raw, hints, e164, extension) => {
    expect(normalisePhone(raw, hints)).toMatchObject({ e164, extension });
  });

  it('keeps a possible but unlisted number (07700 900xxx) with a warning when the region is certain', () => {
    expect(normalisePhone('07700 900123', { businessRegion: 'GB' })).toMatchObject({
      e164: '+447700900123',
      warning: 'phone_not_verified',
    });
    expect(normalisePhone('+44 7700 900123', US)).toMatchObject({
      e164: '+447700900123',
      warning: 'phone_not_verified',
    });
  });

  it('takes the first readable number of several', () => {
    expect(normalisePhone('0151 2345678 / 030 1234567', DE)?.e164).toBe('+491512345678');
  });

  it('returns an unreadable value raw with a warning, and nothing for no digits', () => {
    expect(normalisePhone('call me maybe 12', US)).toEqual({
      e164: null,
      extension: null,
      raw: 'call me maybe 12',
      warning: 'phone_unparseable',
    });
    expect(normalisePhone('', US)).toBeNull();
    expect(normalisePhone('no digits', US)).toBeNull();
    expect(normalisePhone('1'.repeat(500), US)?.raw).toHaveLength(40);
  });
});

describe('regionOfCountry', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['Reino Unido', 'GB'],
    ['GROSSBRITANNIEN', 'GB'],
    ['EE.UU.', 'US'],
    ['USA', 'US'],
    ['España', 'ES'],
    ['Espagne', 'ES'],
    ['Österreich', 'AT'],
    ['Suisse', 'CH'],
    ['ch', 'CH'],
    ['10 Downing Street, London SW1A 2AA, UK', 'GB'],
  ])('%s → %s', (text, region) => {
    expect(regionOfCountry(text)).toBe(region);
  });

  it.each([['Paris'], ['Springfield'], ['xx'], ['']])('%s → null', (text) => {
    expect(regionOfCountry(text)).toBeNull();
  });
});
