import { describe, expect, it } from 'vitest';
import { type ExtractedFields, formContentSignals } from '../../../src/processors/stages/form-content.js';
import type { ParsedEmail } from '../../../src/processors/stages/parse.js';
import { triageSignals } from '../../../src/processors/stages/triage-signals.js';

function email(over: Partial<ParsedEmail> = {}): ParsedEmail {
  return {
    headers: new Map(),
    contentType: 'text/plain',
    from: { name: 'Site', address: 'noreply@forms.example' },
    replyTo: [],
    recipients: ['info@shop.example'],
    envelopeRecipients: [],
    subject: 'New message',
    messageId: '<x@y>',
    date: null,
    text: '',
    html: '',
    xml: null,
    embedded: null,
    attachments: [],
    partTypes: [],
    ...over,
  };
}

const fields = (over: Partial<ExtractedFields> = {}): ExtractedFields => ({
  message: null,
  customerEmail: 'ana@mail.example',
  website: null,
  contactFromHeader: false,
  ...over,
});
const own = new Set(['shop.example']);
const signals = (e: ParsedEmail, f: ExtractedFields) => formContentSignals(e, f, triageSignals(e, own), own);

describe('formContentSignals', () => {
  it('counts links in the message only, not in the notification around it', () => {
    const e = email({ text: 'Sent from https://shop.example/contact\nMessage: see https://offer.example/x' });
    expect(
      signals(e, fields({ message: 'see https://offer.example/x and www.deal.example' })).messageUrls,
    ).toBe(2);
    expect(signals(e, fields({ message: 'Do you deliver on Sundays?' })).messageUrls).toBe(0);
  });

  it('flags a website field whose domain is not the email’s', () => {
    expect(signals(email(), fields({ website: 'https://www.agency.example/seo' })).websiteMismatch).toBe(
      true,
    );
    expect(
      signals(email(), fields({ website: 'www.mail.example', customerEmail: 'ana@mail.example' }))
        .websiteMismatch,
    ).toBe(false);
    expect(signals(email(), fields()).websiteMismatch).toBe(false);
  });

  it.each([
    ['We build your new website for only $499.', true],
    ['SEO-Pakete schon ab 199 € im Monat.', true],
    ['Référencement à partir de 149 € par mois.', true],
    ['Posicionamiento web desde 99 € al mes.', true],
    ['We pay $30 per link.', true],
    ['Our budget is around $5,000.', false],
    ['Do you offer financing with $3,000 down?', false],
  ])('sellerPrice(%s) = %s', (message, want) => {
    expect(signals(email(), fields({ message })).sellerPrice).toBe(want);
  });

  it('flags an opt-out line inside the message', () => {
    expect(signals(email(), fields({ message: 'Great offer. Reply STOP to opt out.' })).messageOptOut).toBe(
      true,
    );
    expect(signals(email(), fields({ message: 'Please call me back.' })).messageOptOut).toBe(false);
  });

  it('recognises a colleague writing from the business’s own domain, not a forward or a form', () => {
    const note = email({
      from: { name: 'Sam', address: 'sam@shop.example' },
      text: 'Team meeting moved to 9.',
    });
    expect(
      signals(
        note,
        fields({
          contactFromHeader: true,
          customerEmail: 'sam@shop.example',
          message: 'Team meeting moved to 9.',
        }),
      ).internalSender,
    ).toBe(true);
    // An employee's reply over a customer's quoted enquiry: the customer's address is from the
    // quote's header, and the sender is not the lead.
    const reply = email({ ...note, subject: 'Re: wardrobe' });
    expect(
      signals(reply, fields({ contactFromHeader: true, customerEmail: 'ana@mail.example' })).internalSender,
    ).toBe(false);
    const forward = email({ ...note, subject: 'Fwd: enquiry' });
    expect(signals(forward, fields({ contactFromHeader: true })).internalSender).toBe(false);
    const outsider = email({ from: { name: 'Ana', address: 'ana@mail.example' } });
    expect(signals(outsider, fields({ contactFromHeader: true })).internalSender).toBe(false);
  });

  it('reads the body when there is no message field', () => {
    const pitch = email({ text: 'We offer SEO packages from only $99 per month, reply for a free audit.' });
    const s = signals(pitch, fields());
    expect(s.sellerPrice).toBe(true);
    expect(s.pitchText).toBeGreaterThan(0.5);
  });
});
