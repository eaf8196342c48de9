/**
 * Tables and machine-flattened leads, eighth round (test/fixtures/tables8, hand-written,
 * en/de/fr/es):
 * - a spreadsheet row as automation tools render "a new row was added to your sheet": a row of
 *   column letters and a column of row numbers around the header row and the lead's row, as an
 *   HTML table (the text part only links to the sheet) or as plain text (pipes, aligned columns);
 * - CSV pasted into the body under an intro line and above a footer (`,`, `;` or `|`, quoted
 *   fields holding the delimiter or line breaks, a BOM), the first data row being the lead;
 * - an automation run log printing the payload as flattened key paths (`field_data[0].name` /
 *   `field_data[0].values[0]`, `answers.2.question` / `answers.2.answer`, `lead.fields[email]`,
 *   `data.attributes.first_name`), the platform's ad, form, campaign and lead ids kept and the ad
 *   set's, account's, page's and run's ids left out.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLeadFixtures, fixtureExtractor, readExpectations } from '../../helpers/extract-fixture.js';

const dir = fileURLToPath(new URL('../../fixtures/tables8/', import.meta.url));

describeLeadFixtures(dir, 'spreadsheet rows, pasted CSV and flattened run logs are leads');

/** What a run-log fixture states beside its lead: the platform and its ids. */
interface PlatformExpectation {
  source?: string;
  adId?: string;
  formId?: string;
  campaignId?: string;
  platformLeadId?: string;
}

describe('a run log keeps the platform’s ids and names its platform', () => {
  const expected = readExpectations<PlatformExpectation>(dir);
  let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
  beforeAll(async () => {
    extractFixture = await fixtureExtractor(dir);
  });

  it.each(Object.entries(expected).filter(([, want]) => want.source))('%s', async (name, want) => {
    // Act
    const { source, fields } = await extractFixture(name);
    // Assess: ids the log leaves out (an ad set's, a page's, a run's) are null, not a stand-in.
    expect({
      source,
      adId: fields.adId,
      formId: fields.formId,
      campaignId: fields.campaignId,
      platformLeadId: fields.platformLeadId,
    }).toEqual({
      source: want.source,
      adId: want.adId ?? null,
      formId: want.formId ?? null,
      campaignId: want.campaignId ?? null,
      platformLeadId: want.platformLeadId ?? null,
    });
  });
});
