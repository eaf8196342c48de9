/**
 * Leads that arrive as conversations (test/fixtures/conversations, hand-written, en/de/fr/es):
 * chat transcripts, SMS gateway notices, WhatsApp exports pasted or attached, voicemail
 * transcriptions, call-tracking notices and platform messages. Through the whole core with the
 * business's region: each must be a lead whose contact is the customer (never the agent, the bot,
 * the business, the tracking number or the number called), whose message is the customer's own
 * lines, and whose analytics record holds none of the names, addresses or numbers in it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
  squash,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/conversations/', import.meta.url));

interface Expected {
  region: string;
  kind: string;
  fullName?: string;
  email: string | null;
  phone: string | null;
  message: string | null;
  notPhones?: string[];
  /** Words (names of the customer or staff) that must not reach analytics. */
  notInAnalytics?: string[];
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe('conversations are leads with the customer as contact', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    const { contact, message } = r.lead;
    if (want.fullName !== undefined) expect(contact.fullName).toBe(want.fullName);
    expect(contact.email).toBe(want.email);
    expect(contact.phone).toBe(want.phone);
    for (const p of want.notPhones ?? []) expect(contact.phone).not.toBe(p);
    expect(squash(message)).toBe(squash(want.message));

    // Analytics: no name, address or number of anyone in the conversation.
    const redacted = r.analytics.message_redacted ?? '';
    const words = [...(want.fullName ?? '').split(' '), ...(want.notInAnalytics ?? [])].filter(
      (w) => w.length > 1,
    );
    for (const w of words) expect(redacted).not.toContain(w);
    expect(redacted).not.toMatch(/@/);
    expect(redacted).not.toMatch(/\d[\d ]{6,}\d/);
  });
});
