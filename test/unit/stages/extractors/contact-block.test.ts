import { describe, expect, it } from 'vitest';
import {
  contactBlockAround,
  contactBlockUnderHeading,
} from '../../../../src/processors/stages/extractors/contact-block.js';

describe('contactBlockAround', () => {
  it('takes the name above and the phone next to the customer email in its paragraph', () => {
    // Prepare
    const body =
      'Sarah is interested in 42 Elm St.\n\nSarah Nguyen\nsarah@example.com\n(503) 555-0134\n\nThanks';
    // Act
    const block = contactBlockAround(body, 'sarah@example.com');
    // Assess
    expect(block).toEqual({ fullName: 'Sarah Nguyen', phone: '(503) 555-0134', country: null });
  });

  it('does not read past a blank line, so a footer phone is never the customer', () => {
    const body = 'sarah@example.com\n\nOak Realty\n(503) 555-0100';
    expect(contactBlockAround(body, 'sarah@example.com')).toEqual({
      fullName: null,
      phone: null,
      country: null,
    });
  });

  it('ignores lines that are neither a name nor a phone', () => {
    const body = 'New enquiry for listing 4471\nsarah@example.com\nRef 2026-11-27';
    expect(contactBlockAround(body, 'sarah@example.com')).toEqual({
      fullName: null,
      phone: null,
      country: null,
    });
  });

  it('finds nothing when the email is not on a line of its own', () => {
    expect(contactBlockAround('Contact sarah@example.com today', 'sarah@example.com')).toEqual({
      fullName: null,
      phone: null,
      country: null,
    });
  });

  it('reads a billing card: the name on its first line, the country line as its country, never its name', () => {
    const body =
      'Billing address\nAnna Whitfield\n14 Marlowe Road\nBristol BS6 5QT\nUnited Kingdom\n07700 900123\nanna@mail.test\n\nThanks';
    expect(contactBlockAround(body, 'anna@mail.test')).toEqual({
      fullName: 'Anna Whitfield',
      phone: '07700 900123',
      country: 'United Kingdom',
    });
  });

  it('prefers a line opening with a known given name to a town that reads like a name', () => {
    const body = 'Valentina Ocampo\nAv. Corrientes 1234\nBuenos Aires\nArgentina\nvalentina@mail.test';
    expect(contactBlockAround(body, 'valentina@mail.test').fullName).toBe('Valentina Ocampo');
  });

  it('takes no name from below the email: that is another card or a signature', () => {
    const body = 'anna@mail.test\nTom Baker\n07700 900123';
    expect(contactBlockAround(body, 'anna@mail.test')).toEqual({
      fullName: null,
      phone: '07700 900123',
      country: null,
    });
  });
});

describe('contactBlockUnderHeading', () => {
  it('reads the card under a billing-address heading in each language', () => {
    for (const heading of [
      'Billing address',
      'Rechnungsadresse',
      'Adresse de facturation',
      'Dirección de facturación',
    ]) {
      const body = `Order 4471\n\n${heading}\nJörg Übelacker\nLindenstraße 12\n80331 München\nDeutschland\n0151 23456789\n`;
      expect(contactBlockUnderHeading(body)).toEqual({
        fullName: 'Jörg Übelacker',
        phone: '0151 23456789',
        country: 'Deutschland',
      });
    }
  });

  it('reads nothing under a delivery address, which may be a gift recipient', () => {
    const body = 'Delivery address\nRuth Baker\n2 Mill Lane\n07700 900999\n';
    expect(contactBlockUnderHeading(body)).toEqual({ fullName: null, phone: null, country: null });
  });
});
