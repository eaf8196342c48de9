/**
 * Where the lead lives (test/fixtures/lead-sources, hand-written, en/de/fr/es): a form entry sent
 * as an HTML file under a one-line body, a scheduling tool's booking notification (with its
 * calendar object), a customer's email forwarded from Outlook on the web with a localized header
 * block, bookings that name other people beside the booker, a booking tool's vCard whose note only
 * says where the contact came from, and an answering service's slip that names the staff member
 * the message is for. Through the whole core with the
 * business's region: each lead's contact and message are the customer's; each non-lead keeps its
 * reason; no other person's name reaches analytics.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
  squash,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/lead-sources/', import.meta.url));

interface Expected {
  region: string;
  /** 'lead', or the rejection reason a non-lead must keep. */
  outcome: string;
  fullName?: string | null;
  email?: string | null;
  phone?: string | null;
  message?: string | null;
  /** Attributes that must be kept (a guest's or a child's name beside the booker). */
  attributes?: Record<string, string>;
  /** Words (other people's names) that must not reach analytics. */
  notInAnalytics?: string[];
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe('leads wherever they live in the email', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (want.outcome !== 'lead') {
      expect(r.status === 'lead' ? 'lead' : r.rejection.reason).toBe(want.outcome);
      return;
    }
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    const { contact, message } = r.lead;
    if (want.fullName !== undefined) expect(contact.fullName).toBe(want.fullName);
    if (want.email !== undefined) expect(contact.email).toBe(want.email);
    if (want.phone !== undefined) expect(contact.phone).toBe(want.phone);
    if (want.message !== undefined) expect(squash(message)).toBe(squash(want.message));
    if (want.attributes) expect(r.lead.attributes).toMatchObject(want.attributes);

    const redacted = r.analytics.message_redacted ?? '';
    const words = [...(want.fullName ?? '').split(' '), ...(want.notInAnalytics ?? [])].filter(
      (w) => w.length > 1,
    );
    for (const w of words) expect(redacted).not.toContain(w);
    expect(redacted).not.toMatch(/@/);
  });
});
