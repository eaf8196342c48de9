/**
 * Where the customer's message starts and ends on general shapes no layout was written for
 * (test/fixtures/messages5, named shape-language-charset-encoding, en/de/fr/es): a consent box
 * or submission metadata right under the text, the platform's "reply to this email" line, a
 * lead-in line ending in a colon above a list the customer typed, a further point under its own
 * heading ("Another question: …"), the listing's reference, price and link printed after the
 * enquiry, a scheduler's prompt above the invitee's answer, spaced and colon leader dots, a
 * network's relayed message with no fields, a letter with the sender's own vCard attached, a
 * message above the contact card that asks "if you have…", a sign-off followed by the
 * platform's "log in to your account" line, an order's "Special instructions" below its items,
 * and a quote form's job "Description" with no listing field beside it.
 * `notInMessage` names what must stay out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/messages5/', import.meta.url));

interface Expected {
  email: string;
  message: string | null;
  notInMessage?: string;
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

describe('where the message ends', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const { fields } = await extractFixture(name);
    expect(fields.email).toBe(want.email);
    expect(fields.message).toBe(want.message);
    if (want.notInMessage) expect(fields.message ?? '').not.toContain(want.notInMessage);
  });
});
