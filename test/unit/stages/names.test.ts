/**
 * The customer's name (test/fixtures/names, hand-written, en/de/fr/es): message slips of answering
 * services (caller, "Anrufer", "appelant", "llamante", "de la part de", "Rückruf an"), catering
 * orders (orderer words), chats, chatbot hand-overs and voicemails (self-introductions, answers to
 * "what is your name?"), question/answer layouts with emojis, direct emails (self-introductions and
 * sign-offs), legal intake forms (surname-first labels and values), clinic bookings (the
 * practitioner and the patient are not the contact), text forms cut into sections (an "office
 * use" section is staff) and CRM column rows. Through the whole core with the business's region:
 * first, last and full name exactly, and none of the name's words in the analytics message.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/names/', import.meta.url));

interface Expected {
  region: string;
  fullName: string;
  firstName: string;
  lastName: string;
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe("the customer's name", () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    const { fullName, firstName, lastName } = r.lead.contact;
    expect({ fullName, firstName, lastName }).toEqual({
      fullName: want.fullName,
      firstName: want.firstName,
      lastName: want.lastName,
    });
    // A name found in the customer's own words is redacted from analytics with them.
    const redacted = r.analytics.message_redacted ?? '';
    for (const word of want.fullName.split(/[\s-]+/).filter((w) => w.length > 2))
      expect(redacted).not.toContain(word);
  });
});

describe("a name found in the customer's own words is redacted from analytics", () => {
  it.each([
    'voicemail-soy-es-utf8-8bit.eml',
    'direct-intro-fr-utf8-8bit.eml',
    'direct-mein-name-de-utf8-8bit.eml',
    'chat-visitor-intro-fr-utf8-8bit.eml',
    'direct-signoff-same-line-en-utf8-7bit.eml',
  ])('%s', async (name) => {
    const want = expected[name] as Expected;
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason}`);
    // The message holds the name (the customer introduced or signed with it); analytics does not.
    expect(r.lead.message).toContain(want.fullName);
    const redacted = r.analytics.message_redacted ?? '';
    expect(redacted).toContain('[name]');
    for (const word of want.fullName.split(' '))
      expect(redacted).not.toMatch(new RegExp(`\\b${word}\\b`, 'u'));
  });
});
