/**
 * Property tests for the whole core on hostile input: arbitrary bytes, and real or generated
 * messages mutated the way broken mailers and attackers break them (byte flips, truncation,
 * duplicated and unterminated boundaries, header explosions). The core must only ever return a
 * lead or a rejection with a known reason, never throw; and a lead's analytics record must never
 * carry the input's email or phone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { beforeAll, describe, expect } from 'vitest';
import { BUSINESSES, generateEmail } from '../../../src/corpus/generate.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import { type ProcessResult, REJECT_REASONS } from '../../../src/schemas/result.js';
import { corpusConfig, TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../../helpers/factories.js';

const NUM_RUNS = 200;
const PROPERTY_TIMEOUT_MS = 120_000;
const CORPUS_SEED = 7;

/** A fixed, small sample of real messages from test/corpora (deterministic: sorted, every k-th). */
function realMessages(): Buffer[] {
  const dirs = [
    'stalwartlabs-mail-parser/resources/eml',
    'postalsys-postal-mime/test/fixtures',
    'mikel-mail/spec/fixtures/emails',
    'jhillyerd-enmime/testdata',
    'apache-james-mime4j/core/src/test/resources/testmsgs',
  ];
  const root = fileURLToPath(new URL('../../corpora', import.meta.url));
  const files: string[] = [];
  const walk = (d: string) => {
    // No try/catch: a missing corpus folder must fail the file, not shrink the sample silently.
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(eml|msg|raw)$/.test(e) && st.size < 64 * 1024) files.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return files.filter((_, i) => i % 4 === 0).map((p) => readFileSync(p));
}

const REAL = realMessages();

function known(result: ProcessResult): boolean {
  if (result.status === 'lead')
    return typeof result.lead.leadId === 'string' && result.analytics !== undefined;
  if (result.status === 'rejected')
    return (REJECT_REASONS as readonly string[]).includes(result.rejection.reason);
  return false;
}

type Mutation =
  | { kind: 'flip'; positions: number[]; values: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'dup-boundary'; times: number; dropClose: boolean }
  | { kind: 'header-explosion'; count: number; lineBytes: number }
  | { kind: 'nest'; depth: number }
  | { kind: 'splice'; at: number; bytes: Uint8Array };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    positions: fc.array(fc.nat(), { minLength: 1, maxLength: 16 }),
    values: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('dup-boundary' as const),
    times: fc.integer({ min: 1, max: 200 }),
    dropClose: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('header-explosion' as const),
    count: fc.integer({ min: 1, max: 3000 }),
    lineBytes: fc.integer({ min: 1, max: 4000 }),
  }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 256 }) }),
);

function mutate(base: Buffer, m: Mutation): Buffer {
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(base);
      if (out.length === 0) return out;
      m.positions.forEach((p, i) => {
        out[p % out.length] = m.values[i % m.values.length] as number;
      });
      return out;
    }
    case 'truncate':
      return base.subarray(0, base.length === 0 ? 0 : m.at % base.length);
    case 'dup-boundary': {
      const text = base.toString('latin1');
      const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
      if (!boundary) return Buffer.from(`${text}\r\n--x\r\n`.repeat(Math.min(m.times, 20)), 'latin1');
      let out = text
        .replace(`--${boundary}\r\n`, `--${boundary}\r\n`.repeat(m.times))
        .replace(`--${boundary}\n`, `--${boundary}\n`.repeat(m.times));
      if (m.dropClose) out = out.split(`--${boundary}--`).join('');
      return Buffer.from(out, 'latin1');
    }
    case 'header-explosion': {
      const line = `X-Filler: ${'a'.repeat(m.lineBytes)}\r\n`;
      return Buffer.concat([Buffer.from(line.repeat(m.count), 'latin1'), base]);
    }
    case 'nest': {
      // Wraps the body in `depth` multipart levels: mailparser recurses per level.
      let head = '';
      let tail = '';
      for (let i = 0; i < m.depth; i++) {
        head += `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`;
        tail = `\r\n--n${i}--\r\n${tail}`;
      }
      const split = base.indexOf('\r\n\r\n');
      const cut = split < 0 ? base.indexOf('\n\n') : split;
      if (cut < 0) return Buffer.concat([Buffer.from(head, 'latin1'), base, Buffer.from(tail, 'latin1')]);
      return Buffer.concat([
        base.subarray(0, cut + 2),
        Buffer.from(head, 'latin1'),
        base.subarray(cut + 2),
        Buffer.from(tail, 'latin1'),
      ]);
    }
    case 'splice': {
      const at = base.length === 0 ? 0 : m.at % base.length;
      return Buffer.concat([base.subarray(0, at), Buffer.from(m.bytes), base.subarray(at)]);
    }
  }
}

function piiLeaks(
  result: ProcessResult,
  email: string | null,
  phone: string | null,
  businessId: string,
): string[] {
  if (result.status !== 'lead') return [];
  const leaks: string[] = [];
  const region = BUSINESSES.find((b) => b.id === businessId)?.region as CountryCode | undefined;
  const national = phone ? parsePhoneNumberFromString(phone, region)?.nationalNumber : undefined;
  for (const [column, value] of Object.entries(result.analytics)) {
    if (typeof value !== 'string') continue;
    if (email && value.toLowerCase().includes(email.toLowerCase())) leaks.push(`${column}: email`);
    if (phone && value.includes(phone)) leaks.push(`${column}: E.164 phone`);
    if (column.endsWith('_hash')) continue; // hex digests, not phone digits
    const digits = value.replace(/\D/g, '');
    if (phone && digits.includes(phone.slice(1))) leaks.push(`${column}: phone digits`);
    if (national && digits.includes(national)) leaks.push(`${column}: national phone digits`);
  }
  return leaks;
}

describe('core on hostile input', () => {
  let core: LeadCore;
  beforeAll(async () => {
    core = createLeadCore(await corpusConfig(), { hmacKey: TEST_HMAC_KEY });
  });

  test('has real messages to mutate', () => {
    expect(REAL.length).toBeGreaterThan(20);
  });

  test.prop([fc.uint8Array({ maxLength: 8192 })], { numRuns: NUM_RUNS })(
    'arbitrary bytes yield a lead or a known rejection',
    async (bytes) => {
      const result = await core.process(bytes, { receivedAt: TEST_RECEIVED_AT });
      expect(known(result)).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop(
    [
      fc.array(
        fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ unit: 'binary', maxLength: 200 })),
        { maxLength: 30 },
      ),
      fc.string({ unit: 'binary', maxLength: 2000 }),
    ],
    { numRuns: NUM_RUNS },
  )(
    'arbitrary header fields and bodies yield a lead or a known rejection',
    async (fields, body) => {
      const raw = Buffer.from(`${fields.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`, 'utf8');
      const result = await core.process(raw, { receivedAt: TEST_RECEIVED_AT });
      expect(known(result)).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.integer({ min: 0, max: REAL.length - 1 }), mutationArb], { numRuns: NUM_RUNS })(
    'mutated real messages yield a lead or a known rejection',
    async (index, mutation) => {
      const raw = mutate(REAL[index] as Buffer, mutation);
      const result = await core.process(raw, { receivedAt: TEST_RECEIVED_AT });
      expect(known(result)).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.integer({ min: 0, max: 100_000 }), mutationArb], { numRuns: NUM_RUNS })(
    'mutated generated leads yield a lead or a known rejection, and leads leak no contact details',
    async (index, mutation) => {
      const email = generateEmail(CORPUS_SEED, index);
      const result = await core.process(mutate(email.raw, mutation), { receivedAt: TEST_RECEIVED_AT });
      expect(known(result)).toBe(true);
      if (email.expected.kind === 'lead') {
        expect(
          piiLeaks(result, email.expected.email, email.expected.phone, email.expected.businessId),
        ).toEqual([]);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.integer({ min: 0, max: 1_000_000 })], { numRuns: NUM_RUNS })(
    'analytics records of generated leads never contain the input email or phone',
    async (index) => {
      const email = generateEmail(CORPUS_SEED, index);
      const result = await core.process(email.raw, { receivedAt: TEST_RECEIVED_AT });
      expect(known(result)).toBe(true);
      if (email.expected.kind === 'lead') {
        expect(
          piiLeaks(result, email.expected.email, email.expected.phone, email.expected.businessId),
        ).toEqual([]);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );
});
