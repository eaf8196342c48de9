import { describe, expect, it } from 'vitest';
import {
  findEmails,
  normaliseEmail,
  normaliseMessage,
  normaliseNames,
  normalisePhone,
} from '../../../src/processors/stages/normalise.js';

describe('normaliseEmail', () => {
  it('lowercases, unwraps and validates', () => {
    expect(normaliseEmail(' Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normaliseEmail('mailto:<a+b@x.io>')).toBe('a+b@x.io');
    expect(normaliseEmail('not an email')).toBeNull();
    expect(normaliseEmail('a@b')).toBeNull();
    expect(findEmails('x a@b.co y C@D.org')).toEqual(['a@b.co', 'c@d.org']);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['(202) 555-0143', ['US'], '+12025550143', null],
    ['+44 20 7946 0958', ['US'], '+442079460958', null],
    ['+49 (0)30 1234567', ['US'], '+49301234567', null],
    ['030 1234567', ['DE'], '+49301234567', null],
    ['0151 23456789', ['US', 'DE'], '+4915123456789', 'phone_region_inferred'],
    ['tel:+33612345678', ['FR'], '+33612345678', null],
  ])('%s in %j → %s', (raw, regions, e164, warning) => {
    expect(normalisePhone(raw, regions)).toEqual({ value: e164, e164: true, warning });
  });

  it('keeps an unparseable number raw with a warning', () => {
    expect(normalisePhone('call me maybe 12', ['US'])).toEqual({
      value: 'call me maybe 12',
      e164: false,
      warning: 'phone_unparseable',
    });
    expect(normalisePhone('', ['US'])).toBeNull();
    expect(normalisePhone('no digits', ['US'])).toBeNull();
  });
});

describe('normaliseNames', () => {
  it('splits a lone full name and composes a missing one', () => {
    expect(normaliseNames({ fullName: '  José  Luis Peña ', firstName: null, lastName: null })).toEqual({
      fullName: 'José Luis Peña',
      firstName: 'José',
      lastName: 'Luis Peña',
    });
    expect(normaliseNames({ fullName: null, firstName: 'Anna', lastName: 'Schmidt' })).toEqual({
      fullName: 'Anna Schmidt',
      firstName: 'Anna',
      lastName: 'Schmidt',
    });
    expect(normaliseNames({ fullName: 'Doe, Jane', firstName: null, lastName: null }).fullName).toBe(
      'Jane Doe',
    );
    expect(normaliseNames({ fullName: 'Dr. Hans Müller', firstName: null, lastName: null })).toMatchObject({
      firstName: 'Hans',
      lastName: 'Müller',
    });
  });

  it('NFC-normalises decomposed input and rejects values that are not names', () => {
    const decomposed = 'Rene\u0301e';
    expect(normaliseNames({ fullName: decomposed, firstName: null, lastName: null }).fullName).toBe('Renée');
    expect(normaliseNames({ fullName: 'x@y.io', firstName: null, lastName: null }).fullName).toBeNull();
  });
});

describe('normaliseMessage', () => {
  it('trims, keeps line breaks and collapses blank runs', () => {
    expect(normaliseMessage('  Hi \r\n\r\n\r\n\r\nthere  ')).toBe('Hi\n\nthere');
    expect(normaliseMessage('   ')).toBeNull();
  });
});
