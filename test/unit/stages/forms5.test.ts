/**
 * One-question-per-screen forms as people write them (test/fixtures/forms5, hand-written,
 * en/de/fr/es): first and last name asked as separate questions, a conversational lead-in that
 * greets the person by name before the next question ("Nice to meet you, Anna! What's your phone
 * number?", "Merci Camille ! Et votre nom de famille ?"), a country picker's calling code on its
 * own line above the number or after it ("Deutschland (+49)" / "152 …", "612 … (España +34)"),
 * and a multi-line answer whose last line is the customer's own question.
 * Each must be a lead with the customer's email, phone, name and message, and the analytics
 * record must not hold any word of the customer's name.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  digits,
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
  squash,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/forms5/', import.meta.url));

interface Expected {
  region: string;
  email: string | null;
  phoneDigits: string;
  fullName: string;
  /** Where the form asks for the whole name in one question ("your first and last name?"). */
  firstName?: string;
  message: string;
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe('one-question-per-screen forms as people write them', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    const { contact, message } = r.lead;
    expect({
      email: contact.email,
      phone: digits(contact.phone),
      fullName: contact.fullName,
      message: squash(message),
    }).toEqual({
      email: want.email,
      phone: want.phoneDigits,
      fullName: want.fullName,
      message: squash(want.message),
    });
    if (want.firstName) expect(contact.firstName).toBe(want.firstName);
    // No word of the customer's name may reach analytics, in any field.
    const analytics = JSON.stringify(r.analytics);
    for (const word of want.fullName.split(/[\s-]+/).filter((w) => w.length > 2))
      expect(analytics).not.toContain(word);
  });
});
