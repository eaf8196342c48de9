/**
 * Machine-ish notification formats (test/fixtures/compact, named shape-language-charset-encoding,
 * en/de/fr/es): compact one-line alerts whose values carry no labels, `key=value` webhook dumps
 * (one per line, URL-encoded, dotted and bracketed keys), Google Ads lead-form webhook payloads
 * (body, under a relay's intro, attached) and TikTok notifications relayed by other senders. Each
 * also names what must not be taken: the business's card in the footer, a relay's support number,
 * the alert's sender, Google's ad group id as a phone, a personal email's signature as an alert.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/compact/', import.meta.url));

interface Expected {
  /** null: the customer gave no address (a callback request); no other address may stand in. */
  email: string | null;
  /** "" when the lead gave no number; left out where the number is not what the fixture is about. */
  phoneDigits?: string;
  /** The full name, or first and last name joined. */
  name?: string;
  fullName?: string;
  message?: string | null;
  adId?: string;
  formId?: string;
  campaignId?: string;
  platformLeadId?: string;
  source?: string;
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

describe('compact alerts, key=value dumps, Google Ads webhooks, TikTok notifications', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const { fields, source } = await extractFixture(name);
    if (want.source) expect(source).toBe(want.source);
    expect(fields.email).toBe(want.email);
    if (want.phoneDigits !== undefined) expect(digits(fields.phone)).toBe(want.phoneDigits);
    if (want.name) {
      const name0 = fields.fullName ?? [fields.firstName, fields.lastName].filter(Boolean).join(' ');
      expect(name0).toBe(want.name);
    }
    if (want.fullName) expect(fields.fullName).toBe(want.fullName);
    if (want.message !== undefined) expect(squash(fields.message)).toBe(squash(want.message));
    for (const k of ['adId', 'formId', 'campaignId', 'platformLeadId'] as const)
      if (want[k]) expect(fields[k]).toBe(want[k]);
  });
});

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
