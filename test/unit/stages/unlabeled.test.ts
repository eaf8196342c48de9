/**
 * Leads whose values carry no meaningful label (test/fixtures/unlabeled, named
 * layout-language-charset-encoding): details stated in a sentence, raw field names of site
 * builders ("Field 3", "Champ-4", "input_12"), plain-text `label<TAB>value` rows, a phone the
 * customer wrote only in their message, and forms where the customer gave no address (the
 * platform's help line, relay Reply-To or footer address must not stand in).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/unlabeled/', import.meta.url));

interface Expected {
  /** null: the customer gave no address (a callback request); no other address may stand in. */
  email: string | null;
  /** Left out where the number is not what the fixture is about. */
  phoneDigits?: string;
  notPhoneDigits?: string;
  name?: string;
  fullName?: string;
  /** Left out where the message is not what the fixture is about (its greeting, a listing's details). */
  message?: string | null;
  nameOrder?: string;
  country?: string;
  phoneLabelRegion?: string;
  adId?: string;
  formId?: string;
  campaignId?: string;
  platformLeadId?: string;
  campaign?: string;
  source?: string;
  /** Attributes that must be kept (the patient beside the parent who is the contact). */
  attributes?: Record<string, string>;
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

describe('leads whose values have no meaningful labels: prose sentences, raw field names, tab rows, a phone in the message, no email given', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const { fields, nameOrder, source, attributes } = await extractFixture(name);
    if (want.attributes) expect(attributes).toMatchObject(want.attributes);
    if (want.source) expect(source).toBe(want.source);
    expect(fields.email).toBe(want.email);
    if (want.phoneDigits !== undefined) expect(digits(fields.phone)).toBe(want.phoneDigits);
    if (want.notPhoneDigits) expect(digits(fields.phone)).not.toBe(want.notPhoneDigits);
    if (want.name) {
      const name0 = fields.fullName ?? [fields.firstName, fields.lastName].filter(Boolean).join(' ');
      expect(name0).toBe(want.name);
    }
    if (want.fullName) expect(fields.fullName).toBe(want.fullName);
    if (want.message !== undefined) expect(squash(fields.message)).toBe(squash(want.message));
    if (want.nameOrder) expect(nameOrder).toBe(want.nameOrder);
    if (want.country) expect(fields.country).toBe(want.country);
    if (want.phoneLabelRegion) expect(fields.phoneLabelRegion).toBe(want.phoneLabelRegion);
    for (const k of ['adId', 'formId', 'campaignId', 'platformLeadId', 'campaign'] as const)
      if (want[k]) expect(fields[k]).toBe(want[k]);
  });
});
