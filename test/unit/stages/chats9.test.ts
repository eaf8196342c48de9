/**
 * Live-chat transcripts, ninth round (test/fixtures/chats9, hand-written, en/de/fr/es): the
 * transcripts and offline messages chat widgets email when a chat ends, in several tools' shapes
 * (a pre-chat form above `[10:42] Name: text` turns, `Name (10:42 AM)` or "Name schrieb um
 * 09:15:" headers above the text, `10:42 - Name: text`, HTML bubbles and table rows). The customer
 * is the visitor, never the agent, the bot or the business, whose own number or address in the
 * chat is never taken; the visitor's details come from the pre-chat form or from what they wrote
 * mid-chat, the latest correction winning; the message is the visitor's opening request. The
 * analytics record holds the visitor's name, address and number in no form they wrote it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  digits,
  expectLead,
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/chats9/', import.meta.url));

interface Expected {
  region: string;
  email: string | null;
  phoneDigits: string;
  /** null: the visitor never gave a name (the agent's "Thanks Tom" is not their word). */
  fullName: string | null;
  message: string;
  /** Numbers the chat holds that are not the visitor's: the business's, a corrected one. */
  notPhones?: string[];
  /** Words as the chat wrote them (a lower-case name, the agent's name) that must not reach analytics. */
  notInAnalytics?: string[];
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe('live-chat transcripts are leads with the visitor as contact', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    // Act
    const r = await processFixture(name, want.region);

    // Assess
    expectLead(name, r, want);
    if (r.status !== 'lead') return;
    for (const p of want.notPhones ?? []) expect(digits(r.lead.contact.phone)).not.toBe(p);
    const redacted = r.analytics.message_redacted ?? '';
    for (const w of want.notInAnalytics ?? []) expect(redacted).not.toContain(w);
    for (const w of (want.fullName ?? '').toLowerCase().split(/\s+/).filter(Boolean))
      expect(redacted.toLowerCase()).not.toContain(w);
    expect(redacted).not.toMatch(/@/);
    expect(redacted).not.toMatch(/\d[\d ]{6,}\d/);
  });
});
