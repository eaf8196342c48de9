/**
 * Plain-text key–value shapes, eleventh round (test/fixtures/structures11, hand-written,
 * en/de/fr/es, text bodies and `<pre>`/monospace HTML):
 * - relay-tool dumps (Zapier, Make, LeadsBridge forwarding a Meta or Google lead): `key | value`
 *   lines without borders or header row, machine keys and human labels mixed, a message running
 *   on over the next lines, and an ids block (`---- ids ----`, `IDs:`) of the platform's ids;
 * - numbered steps whose answers sit on the next line behind a hook arrow (`↪`, `↳`, `⤷`, `»`),
 *   a national phone read in the country another step names;
 * - ASCII-boxed sections (`| Contact |` headings between `+----+` borders) with abbreviated labels
 *   (`Mob.`, `Hdy.`, `Tél.`, `Móv.`, `Msg.`, `Nachr.`, `Comm.`, `Coment.`), a message cell over
 *   several bordered lines joined;
 * - required-field stars and role words in header-row tables and in definition lists with HTML
 *   entities.
 * Guards: a message holding `|` or an arrow stays one message; order, ticket and invoice numbers
 * in a relay dump are never the platform's ids.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLeadFixtures, fixtureExtractor, readExpectations } from '../../helpers/extract-fixture.js';

const dir = fileURLToPath(new URL('../../fixtures/structures11/', import.meta.url));

describeLeadFixtures(dir, 'relay dumps, hooked steps, boxed sections and starred labels are read');

describe('an order, ticket or invoice number is never a platform id', () => {
  const guards = Object.keys(readExpectations(dir)).filter((f) => f.startsWith('guard-order-ids-'));
  let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
  beforeAll(async () => {
    extractFixture = await fixtureExtractor(dir);
  });

  it.each(guards)('%s', async (name) => {
    // Act
    const { fields } = await extractFixture(name);
    // Assess
    expect({
      adId: fields.adId ?? null,
      formId: fields.formId ?? null,
      campaignId: fields.campaignId ?? null,
      platformLeadId: fields.platformLeadId ?? null,
    }).toEqual({ adId: null, formId: null, campaignId: null, platformLeadId: null });
  });
});
