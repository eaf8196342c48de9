/**
 * Key–value structures, seventh round (test/fixtures/structures7, hand-written, en/de/fr/es, named
 * layout-language-charset-encoding), each through the whole core and through extraction for the
 * platform ids and the source:
 * - two or more `Label: value` pairs side by side on one line in padded columns, a value holding
 *   a colon ("10:30", a URL) kept whole (`columns-*`);
 * - HTML tables with two pairs per row (label | value | label | value, `<th>` labels or not), a
 *   text alternative in padded or tabbed columns, names in capitals (`table4-*`);
 * - bracketed labels: `[Name] …`, `【E-Mail】 …` (`brackets-*`);
 * - `key=value` records as alerting tools print them, quoted values, snake_case and camelCase
 *   keys, the platform named in the record (`logfmt-*`);
 * - a form tool's read-only copy of the submitted form, values only in the controls' attributes
 *   (`<input value>`, `<option selected>`, `<textarea>`), labelled by `<label for>`, an enclosing
 *   `<label>` or the cell before (`echo-*`); the same with email and phone left empty is no lead;
 * - headings underlined with `-`, `=` or `~` as labels, in the body or a .txt attachment
 *   (`underlined-*`).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectLead,
  fixtureCore,
  fixtureExtractor,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

interface StructureExpectation {
  region: string;
  /** A non-lead's rejection reason; a lead states its fields instead. */
  status?: string;
  email?: string;
  phoneDigits?: string;
  fullName?: string;
  message?: string;
  adId?: string;
  formId?: string;
  campaignId?: string;
  platformLeadId?: string;
  campaign?: string;
  source?: string;
}

const dir = fileURLToPath(new URL('../../fixtures/structures7/', import.meta.url));
const expected = readExpectations<StructureExpectation>(dir);
const leads = Object.entries(expected).filter(([, want]) => !want.status);
const nonLeads = Object.entries(expected).filter(([, want]) => want.status);

let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  processFixture = await fixtureCore(dir);
  extractFixture = await fixtureExtractor(dir);
});

describe('key–value structures the reader did not see (round 7)', () => {
  itHasAnExpectationForEveryFixture(dir, expected);

  it.each(leads)('%s is a lead with its contact and message', async (name, want) => {
    expectLead(name, await processFixture(name, want.region), {
      email: want.email ?? null,
      phoneDigits: want.phoneDigits ?? '',
      fullName: want.fullName ?? '',
      message: want.message ?? '',
    });
  });

  it.each(leads)('%s keeps the platform ids and the source', async (name, want) => {
    const x = await extractFixture(name);
    for (const k of ['adId', 'formId', 'campaignId', 'platformLeadId', 'campaign'] as const)
      if (want[k]) expect(x.fields[k]).toBe(want[k]);
    if (want.source) expect(x.source).toBe(want.source);
  });

  it.each(nonLeads)('%s is no lead', async (name, want) => {
    const r = await processFixture(name, want.region);
    expect(r.status === 'lead' ? 'lead' : r.rejection.reason).toBe(want.status);
  });
});
