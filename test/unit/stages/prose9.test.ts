/**
 * Leads written as prose, ninth round (test/fixtures/prose9, hand-written, en/de/fr/es): ad
 * platforms' digest mails, marketplaces and directories, call summaries, assistants' notes and CRM
 * activity lines name the customer in a sentence, often after the platform's lead-in ("You have a
 * new lead from …", "Sie haben eine neue Anfrage von Frau …", "Nouveau contact : de la part de …",
 * "Tienes un nuevo cliente potencial: …"), in capitals or lower case, and give the contacts in a
 * later sentence that points back at them ("You can reach her at …", "Er ist erreichbar unter …",
 * "Vous pouvez la joindre au …", "Puedes contactarle en …"). The message is what the customer wants
 * as the notification reports it; the platform's ids chained in prose are read with the platform
 * named, and the account manager or support contact in the same mail is never the lead.
 * The guards (guards/) stay no lead: a newsletter's customer story, a weekly performance digest
 * naming only the platform's staff, an internal note to call a supplier back.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeLeadFixtures,
  fixtureCore,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/prose9/', import.meta.url));

describeLeadFixtures(DIR, 'leads written as prose give the customer, their contacts and their request');

/** The platform fields a digest states beside the contact. */
interface PlatformExpectation {
  region: string;
  source?: string;
  platformLeadId?: string;
  formId?: string;
  campaignId?: string;
  campaign?: string;
}

const REGIONS: Record<string, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES' };

describe('prose digests keep the platform and its ids', () => {
  const withSource = Object.entries(readExpectations<PlatformExpectation>(DIR)).filter(([, w]) => w.source);
  let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
  beforeAll(async () => {
    processFixture = await fixtureCore(DIR);
  });

  it.each(withSource)('%s', async (name, want) => {
    // Act
    const r = await processFixture(name, want.region);
    if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
    // Assess
    expect(r.lead.source).toBe(want.source);
    for (const k of ['platformLeadId', 'formId', 'campaignId', 'campaign'] as const)
      expect(r.lead[k]).toBe(want[k] ?? null);
  });
});

describe('prose that names no customer to contact stays no lead', () => {
  const dir = `${DIR}guards/`;
  const expected = readExpectations<string>(dir);
  let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
  beforeAll(async () => {
    processFixture = await fixtureCore(dir);
  });
  itHasAnExpectationForEveryFixture(dir, expected);

  it.each(Object.keys(expected))('%s', async (name) => {
    // Prepare: the business's own region, so the platform's numbers read as local ones.
    const region = REGIONS[name.split('-').at(-3) as string] as string;
    // Act
    const r = await processFixture(name, region);
    // Assess
    expect(r.status).not.toBe('lead');
  });
});
