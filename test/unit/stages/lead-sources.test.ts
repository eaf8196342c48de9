/**
 * Where the lead lives (test/fixtures/lead-sources, hand-written, en/de/fr/es): a form entry sent
 * as an HTML file under a one-line body, a scheduling tool's booking notification (with its
 * calendar object), a customer's email forwarded from Outlook on the web with a localized header
 * block, and bookings that name other people beside the booker. Through the whole core with the
 * business's region: each lead's contact and message are the customer's; each non-lead keeps its
 * reason; no other person's name reaches analytics.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import type { LeadstreamConfig } from '../../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../../helpers/factories.js';

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
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

let config: LeadstreamConfig;
const cores = new Map<string, LeadCore>();
beforeAll(async () => {
  config = await loadConfig(undefined, {});
});

function coreFor(region: string): LeadCore {
  let core = cores.get(region);
  if (!core) {
    const businesses = { ...config.businesses, defaultRegion: region };
    core = createLeadCore({ ...config, businesses } as LeadstreamConfig, { hmacKey: TEST_HMAC_KEY });
    cores.set(region, core);
  }
  return core;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

describe('leads wherever they live in the email', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await coreFor(want.region).process(readFileSync(`${DIR}${name}`), {
      receivedAt: TEST_RECEIVED_AT,
    });
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
