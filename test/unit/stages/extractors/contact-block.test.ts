import { describe, expect, it } from 'vitest';
import { contactBlockAround } from '../../../../src/processors/stages/extractors/contact-block.js';

describe('contactBlockAround', () => {
  it('takes the name above and the phone next to the customer email in its paragraph', () => {
    // Prepare
    const body =
      'Sarah is interested in 42 Elm St.\n\nSarah Nguyen\nsarah@example.com\n(503) 555-0134\n\nThanks';
    // Act
    const block = contactBlockAround(body, 'sarah@example.com');
    // Assess
    expect(block).toEqual({ fullName: 'Sarah Nguyen', phone: '(503) 555-0134' });
  });

  it('does not read past a blank line, so a footer phone is never the customer', () => {
    const body = 'sarah@example.com\n\nOak Realty\n(503) 555-0100';
    expect(contactBlockAround(body, 'sarah@example.com')).toEqual({ fullName: null, phone: null });
  });

  it('ignores lines that are neither a name nor a phone', () => {
    const body = 'New enquiry for listing 4471\nsarah@example.com\nRef 2026-11-27';
    expect(contactBlockAround(body, 'sarah@example.com')).toEqual({ fullName: null, phone: null });
  });

  it('finds nothing when the email is not on a line of its own', () => {
    expect(contactBlockAround('Contact sarah@example.com today', 'sarah@example.com')).toEqual({
      fullName: null,
      phone: null,
    });
  });
});
