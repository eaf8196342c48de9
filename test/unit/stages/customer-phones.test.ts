/**
 * The customer's phone and email, never the business's (test/fixtures/phones, hand-written,
 * en/de/fr/es): ad-platform, webhook and dealer notifications whose customer gave no phone beside
 * the account's, dealer's or salesperson's; generic XML with the customer and business parties
 * under the same child tags; Gmail forwards with the customer's number in their prose or
 * signature; forwarded WhatsApp exports; `tel:` links that are percent-encoded, carry an
 * extension or show a word. Through the whole core with the business's region: the phone is the
 * customer's in E.164, or null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import type { LeadstreamConfig } from '../../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../../helpers/factories.js';

const DIR = fileURLToPath(new URL('../../fixtures/phones/', import.meta.url));

interface Expected {
  region: string;
  email: string | null;
  phone: string | null;
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

describe("the customer's phone and email, never the business's", () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await coreFor(want.region).process(readFileSync(`${DIR}${name}`), {
      receivedAt: TEST_RECEIVED_AT,
    });
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    expect({ email: r.lead.contact.email, phone: r.lead.contact.phone }).toEqual({
      email: want.email,
      phone: want.phone,
    });
  });
});
