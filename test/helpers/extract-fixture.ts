/**
 * How the fixture tests of test/unit/stages run a folder of hand-written emails (test/fixtures/<set>,
 * each with an expected.json keyed by file name): either through extraction alone
 * (`fixtureExtractor`, checked with `expectExtracted`) or through the whole core, triage and
 * analytics included (`fixtureCore`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { LeadstreamConfig } from '../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../src/processors/core.js';
import { createExtractor, type Extracted } from '../../src/processors/stages/extract.js';
import { createParser } from '../../src/processors/stages/parse.js';
import type { ProcessResult } from '../../src/schemas/result.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from './factories.js';

/** The folder's expected.json: an expectation per fixture file name. */
export function readExpectations<E>(dir: string): Record<string, E> {
  return JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, E>;
}

/** Registers the test that every fixture of the folder has an expectation, and only those. */
export function itHasAnExpectationForEveryFixture(dir: string, expected: Record<string, unknown>): void {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
}

export const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
/** Whitespace-collapsed text, null when empty: messages compare without their line breaks. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

/**
 * Extraction of a fixture email with the built-in rules: parse with the project's mailparser
 * options, then extract for the email's own recipients. Throws when the email does not parse or no
 * profile matches.
 */
export async function fixtureExtractor(dir: string): Promise<(name: string) => Promise<Extracted>> {
  const config = await loadConfig(undefined, {});
  const extractor = createExtractor(config);
  const parse = createParser(config.limits, simpleParser as never);
  return async (name) => {
    const parsed = await parse(await readFile(`${dir}${name}`));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.detail}`);
    const x = extractor.extract(parsed.email, new Set(parsed.email.recipients));
    if (!x) throw new Error(`${name}: no profile matched`);
    return x;
  };
}

/** What an extraction fixture states; each field left out is not what that fixture is about. */
export interface ExtractedExpectation {
  /** null: the customer gave no address (a callback request); no other address may stand in. */
  email: string | null;
  /** "" when the lead gave no number. */
  phoneDigits?: string;
  /** A number that must not be taken (the business's, the platform's, a reference number). */
  notPhoneDigits?: string;
  /** The full name, or first and last name joined. */
  name?: string;
  fullName?: string;
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
  /** Text that must stay out of the message (the platform's safety tips, a routing note). */
  notInMessage?: string;
}

export function expectExtracted(x: Extracted, want: ExtractedExpectation): void {
  const { fields } = x;
  if (want.attributes) expect(x.attributes).toMatchObject(want.attributes);
  if (want.source) expect(x.source).toBe(want.source);
  expect(fields.email).toBe(want.email);
  if (want.phoneDigits !== undefined) expect(digits(fields.phone)).toBe(want.phoneDigits);
  if (want.notPhoneDigits) expect(digits(fields.phone)).not.toBe(want.notPhoneDigits);
  if (want.name) {
    expect(fields.fullName ?? [fields.firstName, fields.lastName].filter(Boolean).join(' ')).toBe(want.name);
  }
  if (want.fullName) expect(fields.fullName).toBe(want.fullName);
  if (want.message !== undefined) expect(squash(fields.message)).toBe(squash(want.message));
  if (want.notInMessage) expect(fields.message ?? '').not.toContain(want.notInMessage);
  if (want.nameOrder) expect(x.nameOrder).toBe(want.nameOrder);
  if (want.country) expect(fields.country).toBe(want.country);
  if (want.phoneLabelRegion) expect(fields.phoneLabelRegion).toBe(want.phoneLabelRegion);
  for (const k of ['adId', 'formId', 'campaignId', 'platformLeadId', 'campaign'] as const)
    if (want[k]) expect(fields[k]).toBe(want[k]);
}

/**
 * The frame every fixture set shares: the folder's expectations, a runner made once before the
 * set's tests, a test that every fixture has an expectation, and one test per fixture. Returns the
 * runner (ready once the suite's `beforeAll` has run).
 */
function describeFixtureSet<Want, Runner>(
  dir: string,
  title: string,
  makeRunner: (dir: string) => Promise<Runner>,
  testName: string,
  check: (run: Runner, name: string, want: Want) => void | Promise<void>,
): () => Runner {
  const expected = readExpectations<Want>(dir);
  let run: Runner;
  beforeAll(async () => {
    run = await makeRunner(dir);
  });
  describe(title, () => {
    itHasAnExpectationForEveryFixture(dir, expected);

    it.each(Object.entries(expected))(testName, async (name, want) => {
      await check(run, name, want);
    });
  });
  return () => run;
}

/**
 * A folder of extraction fixtures, each checked against its `ExtractedExpectation`. Returns the
 * folder's extractor (ready once the suite's `beforeAll` has run) for further tests.
 */
export function describeExtractedFixtures(dir: string, title: string): (name: string) => Promise<Extracted> {
  const extractor = describeFixtureSet<ExtractedExpectation, Awaited<ReturnType<typeof fixtureExtractor>>>(
    dir,
    title,
    fixtureExtractor,
    '%s',
    async (extractFixture, name, want) => expectExtracted(await extractFixture(name), want),
  );
  return (name) => extractor()(name);
}

/**
 * The whole core (parse, extract, triage, anonymise) on a fixture email, with the default config
 * and the business in `region` (its default phone region): one core per region.
 */
export async function fixtureCore(
  dir: string,
): Promise<(name: string, region: string) => Promise<ProcessResult>> {
  const config = await loadConfig(undefined, {});
  const cores = new Map<string, LeadCore>();
  return (name, region) => {
    let core = cores.get(region);
    if (!core) {
      const businesses = { ...config.businesses, defaultRegion: region };
      core = createLeadCore({ ...config, businesses } as LeadstreamConfig, { hmacKey: TEST_HMAC_KEY });
      cores.set(region, core);
    }
    return core.process(readFileSync(`${dir}${name}`), { receivedAt: TEST_RECEIVED_AT });
  };
}

/** What a message fixture states: the address, the message exactly, and text that must stay out. */
interface MessageExpectation {
  email: string;
  message: string | null;
  notInMessage?: string;
}

/** A folder of message fixtures, each extracted and checked against its `MessageExpectation`. */
export function describeMessageFixtures(dir: string, title: string): void {
  describeFixtureSet<MessageExpectation, Awaited<ReturnType<typeof fixtureExtractor>>>(
    dir,
    title,
    fixtureExtractor,
    '%s',
    async (extractFixture, name, want) => {
      const { fields } = await extractFixture(name);
      expect(fields.email).toBe(want.email);
      expect(fields.message).toBe(want.message);
      if (want.notInMessage) expect(fields.message ?? '').not.toContain(want.notInMessage);
    },
  );
}

/** The whole core on a fixture, in a business region (see fixtureCore). */
type FixtureCore = Awaited<ReturnType<typeof fixtureCore>>;

/** What a lead fixture states after the whole core: the contact, the message, the region. */
interface LeadExpectation {
  region: string;
  email: string | null;
  phoneDigits: string;
  /** null: the only name the form gives is another person's (the child whose parent's email it is). */
  fullName: string | null;
  /** The person the form is about when someone else is the contact (a patient, a pupil, a pet): kept out of analytics too. */
  subjectName?: string;
  /** Where the form asks for the whole name in one question ("your first and last name?"). */
  firstName?: string;
  message: string;
  /** The lead's platform fields, each checked when the fixture states it. */
  source?: string;
  adId?: string;
  formId?: string;
  campaignId?: string;
  platformLeadId?: string;
  campaign?: string;
}

/** The platform fields a lead fixture may state (see LeadExpectation). */
const PLATFORM_FIELDS = ['source', 'adId', 'formId', 'campaignId', 'platformLeadId', 'campaign'] as const;

/**
 * A folder of lead fixtures through the whole core: each is a lead with the stated contact and
 * message, and no word of the customer's name reaches any analytics field.
 */
export function describeLeadFixtures(dir: string, title: string): void {
  describeFixtureSet<LeadExpectation, FixtureCore>(
    dir,
    title,
    fixtureCore,
    '%s',
    async (processFixture, name, want) => expectLead(name, await processFixture(name, want.region), want),
  );
}

/**
 * A folder of non-lead fixtures through the whole core (expected.json maps each file to its
 * rejection reason), read in the region of the business its language names (`…-<lang>-<charset>-
 * <cte>.eml`), so the business's own footer number reads as a local one.
 */
export function describeNonLeadFixtures(dir: string, title: string): void {
  describeFixtureSet<string, FixtureCore>(
    dir,
    title,
    fixtureCore,
    '%s → %s',
    async (processFixture, name, reason) => {
      const lang = name.split('-').at(-3) as string;
      const region = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES' }[lang] as string;
      const r = await processFixture(name, region);
      expect(r.status === 'rejected' && r.rejection.reason).toBe(reason);
    },
  );
}

/**
 * Guards that must not come out as leads, each with the outcomes it may have ("needs_review",
 * "spam"…): mail that looks like the set's leads but is none. The region only sets how phone
 * numbers are read: no guard turns on one.
 */
export function describeGuardFixtures(dir: string, title: string): void {
  describeFixtureSet<string[], FixtureCore>(
    dir,
    title,
    fixtureCore,
    '%s is one of %j',
    async (processFixture, name, reasons) => {
      const r = await processFixture(name, 'GB');
      expect(reasons).toContain(r.status === 'lead' ? 'lead' : r.rejection.reason);
    },
  );
}

/**
 * The core made the fixture a lead with the stated contact and message, and no word of the
 * customer's name reached any analytics field.
 */
export function expectLead(name: string, r: ProcessResult, want: Omit<LeadExpectation, 'region'>): void {
  if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
  const { contact, message } = r.lead;
  expect({
    email: contact.email,
    phone: digits(contact.phone),
    fullName: contact.fullName,
    message: squash(message),
  }).toEqual({
    email: want.email,
    phone: want.phoneDigits,
    fullName: want.fullName,
    message: squash(want.message),
  });
  if (want.firstName) expect(contact.firstName).toBe(want.firstName);
  for (const field of PLATFORM_FIELDS)
    if (want[field] !== undefined) expect({ [field]: r.lead[field] }).toEqual({ [field]: want[field] });
  const analytics = JSON.stringify(r.analytics);
  for (const name of [want.fullName, want.subjectName])
    for (const word of (name ?? '').split(/[\s-]+/).filter((w) => w.length > 2))
      expect(analytics).not.toContain(word);
}

/** What a contact fixture states after the whole core: a lead, its address, phone and (if stated) name. */
interface ContactExpectation {
  region: string;
  email: string | null;
  /** "" when the customer gave no number: the business's or the platform's must not stand in. */
  phoneDigits: string;
  fullName?: string;
}

/**
 * A folder of contact fixtures through the whole core: each is a lead (never lost for "no
 * contact") with the stated address and phone, for sets about finding the contact, not the message.
 */
export function describeContactFixtures(dir: string, title: string): void {
  describeFixtureSet<ContactExpectation, FixtureCore>(
    dir,
    title,
    fixtureCore,
    '%s',
    async (processFixture, name, want) => {
      const r = await processFixture(name, want.region);
      if (r.status !== 'lead') throw new Error(`${name}: ${r.rejection.reason} (${r.rejection.detail})`);
      const { contact } = r.lead;
      expect({ email: contact.email, phone: digits(contact.phone) }).toEqual({
        email: want.email,
        phone: want.phoneDigits,
      });
      if (want.fullName !== undefined) expect(contact.fullName).toBe(want.fullName);
    },
  );
}
