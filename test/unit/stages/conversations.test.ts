/**
 * Leads that arrive as conversations (test/fixtures/conversations, hand-written, en/de/fr/es):
 * chat transcripts, SMS gateway notices, WhatsApp exports pasted or attached, voicemail
 * transcriptions, call-tracking notices and platform messages. Through the whole core with the
 * business's region: each must be a lead whose contact is the customer (never the agent, the bot,
 * the business, the tracking number or the number called), whose message is the customer's own
 * lines, and whose analytics record holds none of the names, addresses or numbers in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import type { LeadstreamConfig } from '../../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../../helpers/factories.js';

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

describe('conversations are leads with the customer as contact', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await coreFor(want.region).process(readFileSync(`${DIR}${name}`), {
      receivedAt: TEST_RECEIVED_AT,
    });
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
