/**
 * Platform identifiers are four separate fields (ad, form, campaign, the platform's lead id) and are
 * read whatever the label's word order or the value's shape (test/fixtures/platform-ids):
 * - French and Spanish labels put the id first: "ID du prospect", "ID del cliente potencial",
 *   "Identificador del anuncio", "ID de formulario";
 * - a campaign or form name may carry its id: "Fall Refresh 2026 (ID: 626744812345)";
 * - a lead exported as a CSV file keeps the ids its columns carry.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/platform-ids/', import.meta.url));

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

describe('platform identifiers', () => {
  it('keeps the ids of a lead exported as a CSV attachment', async () => {
    const { fields } = await extractFixture('linkedin-csv-export-en-utf8-base64.eml');
    expect(fields).toMatchObject({
      email: 'ruth.okafor@example.com',
      platformLeadId: 'urn:li:lead:7712345',
      formId: '8812345',
      campaignId: '599123456',
      adId: '301234567',
      campaign: 'Spring demo campaign',
    });
  });

  it('reads French labels that name the id first, the lead id apart from the ad id', async () => {
    const { fields, source } = await extractFixture('meta-lead-fr-utf8-8bit.eml');
    expect(source).toBe('facebook_lead_ads');
    expect(fields).toMatchObject({
      platformLeadId: '1187264530987712',
      adId: '23851234567890012',
      formId: '774512309876543',
      campaignId: '23851234500000077',
      campaign: 'Cuisine sur mesure – automne',
    });
  });

  it('reads Spanish labels that name the id first ("ID del cliente potencial", "Identificador del anuncio")', async () => {
    const { fields } = await extractFixture('meta-lead-es-utf8-8bit.eml');
    expect(fields).toMatchObject({
      platformLeadId: '998877665544332',
      adId: '120211234567890123',
      formId: '556677889900112',
      campaignId: '120211234500000456',
    });
  });

  it('splits a campaign or form name from the id written beside it', async () => {
    const pinterest = await extractFixture('pinterest-campaign-with-id-en-utf8-7bit.eml');
    const en = pinterest.fields;
    expect(en).toMatchObject({
      campaign: 'Fall Refresh 2026',
      campaignId: '626744812345',
      formId: '549761112233',
    });
    expect(pinterest.attributes.form_name).toBe('Free estimate');
    // The ad group's id is neither the ad's nor the campaign's.
    expect(en.adId).toBeNull();
    const de = (await extractFixture('pinterest-campaign-with-id-de-utf8-8bit.eml')).fields;
    expect(de).toMatchObject({ campaign: 'Frühjahrsgarten', campaignId: '626744899001', adId: null });
  });
});
