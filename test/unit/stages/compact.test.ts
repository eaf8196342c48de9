/**
 * Machine-ish notification formats (test/fixtures/compact, named shape-language-charset-encoding,
 * en/de/fr/es): compact one-line alerts whose values carry no labels, `key=value` webhook dumps
 * (one per line, URL-encoded, dotted and bracketed keys), Google Ads lead-form webhook payloads
 * (body, under a relay's intro, attached) and TikTok notifications relayed by other senders. Each
 * also names what must not be taken: the business's card in the footer, a relay's support number,
 * the alert's sender, Google's ad group id as a phone, a personal email's signature as an alert.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

const extractFixture = describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/compact/', import.meta.url)),
  'compact alerts, key=value dumps, Google Ads webhooks, TikTok notifications',
);

describe('values as written', () => {
  it('keeps the plus of a raw international number in a key=value dump (not a form-encoded space)', async () => {
    expect((await extractFixture('kv-lines-en-utf8-7bit.eml')).fields.phone).toBe('+447700900789');
    expect((await extractFixture('kv-urlencoded-es-utf8-7bit.eml')).fields.phone).toBe('+34 655 112 233');
  });

  it('reads `+` as a space in a one-pair-per-line dump whose values are percent-encoded', async () => {
    expect((await extractFixture('kv-lines-percent-encoded-fr-utf8-7bit.eml')).fields.phone).toBe(
      '+33 6 45 12 78 90',
    );
  });

  it('keeps the Google Ads ad group and click id as attributes and never the webhook key', async () => {
    const { fields, attributes } = await extractFixture('google-ads-webhook-en-utf8-7bit.eml');
    expect(attributes).toMatchObject({ adgroup_id: '150000000003', gclid: 'EAIaIQobChMI-TESTgclid' });
    expect(Object.values(attributes)).not.toContain('s3cr3t-key');
    expect(fields.phone).toBe('+447700900555');
  });
});
