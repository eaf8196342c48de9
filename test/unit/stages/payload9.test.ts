/**
 * Machine payloads, ninth round (test/fixtures/payload9, hand-written, en/de/fr/es): integrations
 * email a lead as the raw payload they carried. A form-encoded body in a log line, a query string
 * of a thank-you URL (plain text, or HTML with `&amp;` separators), bracketed keys
 * (`form_fields[nombre]`, `field_data[0][values][0]`); JSON embedded as a string (in a log line, or
 * in another JSON document), a Python dict's repr, a Ruby hash, a JavaScript object literal; an
 * automation's run log with its step lines and one output field a line. The message is decoded
 * (`+`, `%20`, `\n`, `\u00e9`), the ad platform's ids reach the platform id fields, and the
 * automation's account owner is never the customer. The not-leads are an automation's own notices
 * (a failed task, a quota) and test pings with sample or placeholder data.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
import {
  describeLeadFixtures,
  describeNonLeadFixtures,
  type ExtractedExpectation,
  expectExtracted,
  fixtureExtractor,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/payload9/', import.meta.url));

describeLeadFixtures(DIR, 'leads inside machine payloads');

describe('platform ids of payloads from an ad platform', () => {
  const withIds = Object.entries(
    readExpectations<ExtractedExpectation & { platformLeadId?: string }>(DIR),
  ).filter(([, want]) => want.platformLeadId);
  let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
  beforeAll(async () => {
    extractFixture = await fixtureExtractor(DIR);
  });

  it.each(withIds)('%s', async (name, want) => {
    // Act
    const x = await extractFixture(name);
    // Assess: the ids and the contact; the name and message are checked through the core above.
    expectExtracted(x, {
      email: want.email,
      platformLeadId: want.platformLeadId,
      formId: want.formId,
      adId: want.adId,
      campaignId: want.campaignId,
    });
  });
});

describeNonLeadFixtures(`${DIR}not-leads/`, 'an automation’s own notices and test pings');
