import { describe, expect, it } from 'vitest';
import {
  FOOTER_LINE,
  stripTrailingSignature,
} from '../../../../src/processors/stages/extractors/boilerplate.js';

describe('stripTrailingSignature', () => {
  it('keeps the customer’s courtesy lines under their thanks and cuts the name under them', () => {
    // Prepare / Act / Assess: "Have a nice day." is the customer's closing, "Hannah Cole" the signature.
    expect(
      stripTrailingSignature('Any vegan options?\n\nThanks in advance.\nHave a nice day.\nHannah Cole', [
        'Hannah Cole',
      ]),
    ).toBe('Any vegan options?\n\nThanks in advance.\nHave a nice day.');
    expect(
      stripTrailingSignature("Un devis ?\nMerci d'avance.\nBonne journée à vous.", ['Claire Dubois']),
    ).toBe("Un devis ?\nMerci d'avance.\nBonne journée à vous.");
    expect(stripTrailingSignature('A quote?\nThanks in advance.\nKind regards.', ['Priya Nair'])).toBe(
      'A quote?\nThanks in advance.\nKind regards.',
    );
  });

  it('still cuts a formula with its signature under it', () => {
    // Prepare / Act / Assess: "Kind regards," opens the signature; no thanks sentence above it.
    expect(stripTrailingSignature('A quote?\nKind regards,\nHarbour Homes Ltd.', ['Ann Lee'])).toBe(
      'A quote?',
    );
  });

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

describe('FOOTER_LINE on a note about the attached contact card', () => {
  it.each([
    'The card is attached.',
    'A vCard with the contact details is attached.',
    'Sa carte de visite est jointe.',
    'Visitenkarte im Anhang.',
    'Se adjunta su tarjeta de contacto.',
    'Anbei die Visitenkarte des Interessenten.',
  ])('ends the message at "%s"', (line) => {
    // Prepare / Act / Assess
    expect(FOOTER_LINE.test(line)).toBe(true);
  });

  it.each([
    'Anbei meine Kontaktdaten:',
    'La carte grise est jointe au dossier.',
    'Attached are two photos of the kitchen.',
    'I have attached the floor plan.',
  ])('leaves the customer’s "%s"', (line) => {
    // Prepare / Act / Assess
    expect(FOOTER_LINE.test(line)).toBe(false);
  });
});
