/**
 * General HTML structures of the fifth round (test/fixtures/html5, named
 * structure-language-charset-encoding, en/de/fr/es, invented platforms and people):
 * - `chip-grid`: each field a <div> row, the label an upper-case badge <span>, the value a sibling
 *   <span>; one "Last name, first name" field with the surname in capitals; the business's card
 *   (company, staff name, email, phone) beside the customer's;
 * - `caption-below`: each value printed above its small caption ("Jane Doe" / "Name");
 * - `grouped-header`: a table whose first header row groups the columns ("Contact" | "Ad") above
 *   the row of column labels and the data row;
 * - `two-tables`: a "Question | Answer" table and an ad-details table (promoted pin id);
 * - `page-suite-dl`: answers and details as definition lists, "Ad name and ID" carrying the ad id,
 *   the ad set id beside it;
 * - `connector-vcard`: the contact only in an attached vCard, the body's ids (response id) and the
 *   answer to the form's question, which is the message.
 * The whole core runs too: the customer's name never reaches analytics.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtractedExpectation,
  expectExtracted,
  fixtureCore,
  fixtureExtractor,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/html5/', import.meta.url));
/** `leadName`: the name the lead carries once its order is normalised ("MACKENZIE, Fiona" → "Fiona Mackenzie"). */
const expected = readExpectations<ExtractedExpectation & { leadName?: string }>(DIR);

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
  processFixture = await fixtureCore(DIR);
});

describe('general HTML structures (round 5)', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, { leadName: _, ...want }) => {
    expectExtracted(await extractFixture(name), want);
  });

  it.each(Object.entries(expected).filter(([n]) => n.startsWith('chip-grid')))(
    '%s: the lead’s name in order, and no analytics record holds it',
    async (name, want) => {
      const r = await processFixture(name, 'GB');
      if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason}`);
      expect(r.lead.contact.fullName).toBe(want.leadName);
      const analytics = JSON.stringify(r.analytics).toLowerCase();
      for (const w of (want.leadName ?? '').split(/\s+/).filter((x) => x.length > 3))
        expect(analytics).not.toContain(w.toLowerCase());
    },
  );
});
