import { describe, expect, it } from 'vitest';
import { telLinkNumber } from '../../../../src/processors/stages/extractors/tel-link.js';

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
