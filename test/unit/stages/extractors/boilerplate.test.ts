import { describe, expect, it } from 'vitest';
import { stripTrailingSignature } from '../../../../src/processors/stages/extractors/boilerplate.js';

describe('stripTrailingSignature', () => {
  it("ends the message before the customer's own sign-off, name and phone", () => {
    expect(stripTrailingSignature('Need a quote.\n\nBest regards,\nJane', ['Jane Doe'])).toBe(
      'Need a quote.',
    );
    expect(stripTrailingSignature('Hola, ¿tenéis fechas?\nUn saludo,\nLucía\n612 345 678', ['Lucía'])).toBe(
      'Hola, ¿tenéis fechas?',
    );
  });

  it('keeps a sign-off with nothing below it, and one the customer writes on with more text', () => {
    expect(stripTrailingSignature('Hola.\nSaludos', ['Ana'])).toBe('Hola.\nSaludos');
    const long =
      'Need a quote.\nThanks,\nJane\nPS: the garden gate is on the left side of the house, behind the shed.';
    expect(stripTrailingSignature(long, ['Jane Doe'])).toBe(long);
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
