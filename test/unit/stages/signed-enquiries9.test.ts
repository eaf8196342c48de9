/**
 * A person's own enquiry sent from work (test/fixtures/signed-enquiries9, hand-written, en/de/fr/es,
 * plain and HTML): a greeting, the request in ordinary words ("our office needs…", "wir suchen…",
 * "nous aurions besoin…", "¿hacéis este tipo de obras?"), a sign-off, then the employer's signature
 * (job title, department, company, address, a phone with its extension, switchboard, website,
 * social links, a logo's alt text) and the employer's mail footer (a confidentiality notice, the
 * company's registration, "consider the environment before printing"). Each is a lead whose message
 * is the request alone, from the writer at the address they write from or ask to be answered at,
 * with their direct line or mobile, its extension kept apart (`phone_extension`).
 *
 * The guards (`guards/`) carry the same signatures and footers and stay what they are: a vendor's
 * cold pitch (spam or review), an existing client about their bill or order (customer service), a
 * supplier's invoice (transactional), a newsletter (bulk).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeGuardFixtures,
  describeLeadFixtures,
  fixtureCore,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/signed-enquiries9/', import.meta.url));
const GUARDS = `${DIR}guards/`;

describeLeadFixtures(DIR, 'enquiries signed with an employer’s signature and mail footer');

describe('the extension of the writer’s line, kept apart from the number', () => {
  const expected = readExpectations<{ region: string; extension?: string }>(DIR);
  let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
  beforeAll(async () => {
    processFixture = await fixtureCore(DIR);
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason}`);
    expect(r.lead.attributes.phone_extension).toBe(want.extension);
  });
});

describeGuardFixtures(GUARDS, 'mail with the same signatures and footers that is no enquiry');
