import { describe, expect, it } from 'vitest';
import { stripTrailingSignature } from '../../../../src/processors/stages/extractors/boilerplate.js';

describe('stripTrailingSignature', () => {
  it("keeps the customer's own sign-off", () => {
    expect(stripTrailingSignature('Need a quote.\n\nBest regards,\nJane', ['Jane Doe'])).toBe(
      'Need a quote.\n\nBest regards,\nJane',
    );
    expect(stripTrailingSignature('Hola.\nSaludos', ['Ana'])).toBe('Hola.\nSaludos');
  });

  it("cuts the business's signature block in four languages", () => {
    for (const s of ['Best regards', 'Mit freundlichen Grüßen', 'Cordialement', 'Saludos cordiales']) {
      expect(stripTrailingSignature(`Text\n\n${s},\nThe Acme Team\n+1 555 0100`, ['Jane'])).toBe('Text');
    }
  });

  it('cuts at an RFC 3676 signature delimiter', () => {
    expect(stripTrailingSignature('Text\n-- \nAcme', [])).toBe('Text');
  });
});
