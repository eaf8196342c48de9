/**
 * A reply written above the business's own quoted message (Outlook quotes it under a From/Sent/To/
 * Subject block like a forward's): the writer's text above it is theirs when the quoted message came
 * from a shared or automatic mailbox (an acknowledgement); a colleague's own reply quoted below means
 * a conversation already under way, and a forward stays a forward.
 */
import { describe, expect, it } from 'vitest';
import { replyAboveOwnMessage } from '../../../src/processors/stages/resolve-parties.js';
import type { Unwrapped } from '../../../src/processors/stages/segment.js';

const customer = { name: 'Anna Weber', address: 'anna.weber@mail.example' };
const isBusiness = (a: string) => a.endsWith('@swiftmovers.example');
const quoted = (from: string): Unwrapped => ({
  headers: { from, replyTo: null, subject: 'Your enquiry', to: 'Anna Weber <anna.weber@mail.example>' },
  body: 'Thank you, we have received your request.',
  preamble: 'We move on 3 March, three rooms.',
  turns: [],
});

describe('replyAboveOwnMessage', () => {
  it("takes the writer's text above a shared mailbox's or a mailer's acknowledgement", () => {
    for (const from of ['Swift Movers <quotes@swiftmovers.example>', 'Bookings <no-reply@mailer.example>'])
      expect(replyAboveOwnMessage(quoted(from), customer, 'RE: Your enquiry', isBusiness)).toBe(
        'We move on 3 March, three rooms.',
      );
  });

  it("leaves a reply to a colleague's own message, and a forward, alone", () => {
    const colleague = quoted('Tom Baker <tom.baker@swiftmovers.example>');
    expect(replyAboveOwnMessage(colleague, customer, 'RE: Your enquiry', isBusiness)).toBeNull();
    const ack = quoted('Swift Movers <quotes@swiftmovers.example>');
    expect(replyAboveOwnMessage(ack, customer, 'FW: Your enquiry', isBusiness)).toBeNull();
  });
});
