import { describe, expect, it } from 'vitest';
import { telLinkNumber, telUriNumber } from '../../../../src/processors/stages/extractors/tel-link.js';

describe('telLinkNumber', () => {
  it("takes the link's number for a call to action or the same number written nationally", () => {
    expect(telLinkNumber('Jetzt anrufen', '+4915112345678')).toBe('+4915112345678');
    expect(telLinkNumber('087 765 4321', '+353877654321')).toBe('+353877654321');
    expect(telLinkNumber('06 12 34 56 78', '+33612345678')).toBe('+33612345678');
  });
  it('keeps the shown number when it differs from the link or the link is national', () => {
    expect(telLinkNumber('0171 2345678', '+441130000000')).toBe('0171 2345678');
    expect(telLinkNumber('0171 2345678', '01712345678')).toBe('0171 2345678');
  });
});

describe('telUriNumber', () => {
  it('decodes percent-encoded separators', () => {
    expect(telUriNumber('+33%206%2012%2034%2056%2078')).toBe('+33 6 12 34 56 78');
    expect(telUriNumber('%2B44%207700%20900%20678')).toBe('+44 7700 900 678');
  });

  it('keeps an extension and drops other parameters', () => {
    expect(telUriNumber('+49-40-7654321;ext=33')).toBe('+49-40-7654321 ext. 33');
    expect(telUriNumber('7654321;phone-context=+4940')).toBe('7654321');
  });

  it('leaves a stray percent sign alone', () => {
    expect(telUriNumber('0612345678%')).toBe('0612345678%');
  });
});
