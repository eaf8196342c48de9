/**
 * The customer's phone and email, never the business's (test/fixtures/phones, hand-written,
 * en/de/fr/es): ad-platform, webhook and dealer notifications whose customer gave no phone beside
 * the account's, dealer's or salesperson's; generic XML with the customer and business parties
 * under the same child tags; Gmail forwards with the customer's number in their prose or
 * signature; forwarded WhatsApp exports; `tel:` links that are percent-encoded, carry an
 * extension or show a word. Through the whole core with the business's region: the phone is the
 * customer's in E.164, or null.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/phones/', import.meta.url));

interface Expected {
  region: string;
  email: string | null;
  phone: string | null;
}
const expected = readExpectations<Expected>(DIR);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe("the customer's phone and email, never the business's", () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    expect({ email: r.lead.contact.email, phone: r.lead.contact.phone }).toEqual({
      email: want.email,
      phone: want.phone,
    });
  });
});
