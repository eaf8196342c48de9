/**
 * Contact cards and call-tracking alerts, seventh round (test/fixtures/cards7, hand-written,
 * en/de/fr/es): a lead tool pastes the lead's vCard (2.1 quoted-printable, 3.0, 4.0, folded lines)
 * into the body with the ad platform's ids on `X-` lines; a CRM attaches a deal's `.vcf` whose first
 * card is the business's own deal owner and whose second is the customer; a call-tracking service
 * reports a missed call with the caller's name in capitals ("COLLINS, MARK"), the caller's number
 * beside the tracking and forwarding numbers, and the caller's SMS reply. Through the whole core:
 * the customer's contact and message, never the staff member's card or the business's numbers, plus
 * the platform ids and the phone's extension where the card gives them.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLeadFixtures, fixtureCore, readExpectations } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/cards7/', import.meta.url));

describeLeadFixtures(DIR, 'contact cards and missed-call alerts give the customer');

/** The fields beside the contact that a fixture states: the platform's ids, the phone's extension. */
interface PlatformExpectation {
  region: string;
  source?: string;
  platformLeadId?: string;
  formId?: string;
  campaignId?: string;
  adId?: string;
  campaign?: string;
  extension?: string;
}

const expected = readExpectations<PlatformExpectation>(DIR);
const withPlatformFields = Object.entries(expected).filter(([, want]) => want.source || want.extension);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  processFixture = await fixtureCore(DIR);
});

describe('contact cards keep the platform ids and the phone extension', () => {
  it.each(withPlatformFields)('%s', async (name, want) => {
    // Act
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    // Assess
    const { lead } = r;
    if (want.source) expect(lead.source).toBe(want.source);
    for (const k of ['platformLeadId', 'formId', 'campaignId', 'adId', 'campaign'] as const)
      expect(lead[k]).toBe(want[k] ?? null);
    expect(lead.attributes.phone_extension).toBe(want.extension);
  });
});
