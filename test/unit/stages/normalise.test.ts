import { describe, expect, it } from 'vitest';
import { findEmails, normaliseEmail, normaliseMessage } from '../../../src/processors/stages/normalise.js';

describe('normaliseEmail', () => {
  it('lowercases, unwraps and validates', () => {
    expect(normaliseEmail(' Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normaliseEmail('mailto:<a+b@x.io>')).toBe('a+b@x.io');
    expect(normaliseEmail('not an email')).toBeNull();
    expect(normaliseEmail('a@b')).toBeNull();
    expect(findEmails('x a@b.co y C@D.org')).toEqual(['a@b.co', 'c@d.org']);
  });
});

describe('normaliseMessage', () => {
  it('trims, keeps line breaks and collapses blank runs', () => {
    expect(normaliseMessage('  Hi \r\n\r\n\r\n\r\nthere  ')).toBe('Hi\n\nthere');
    expect(normaliseMessage('   ')).toBeNull();
  });

  it("drops the HTML renderer's block and value-line marks, whichever reader left them", () => {
    expect(normaliseMessage('\u241e\nHi, two hedges.\u241f\nThanks\n\u241e')).toBe('Hi, two hedges.\nThanks');
    expect(normaliseMessage('\u241e\n\u241e')).toBeNull();
  });
});
