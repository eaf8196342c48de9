import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { formatTable, run } from '../../../src/cli/commands/query.js';
import { createParquetDelivery } from '../../../src/local/parquet-delivery.js';
import { localS3Dir } from '../../../src/local/paths.js';
import { encodeAnalytics } from '../../../src/processors/stages/encode.js';
import type { AnalyticsRecord } from '../../../src/schemas/analytics.js';
import { analyticsRecord } from '../../helpers/factories.js';

const DAY1 = Date.UTC(2026, 10, 26, 9, 30);
const DAY2 = Date.UTC(2026, 10, 27, 14, 0);

function record(i: number, source: string, receivedAt: number): AnalyticsRecord {
  return analyticsRecord({ lead_id: `lead-${i}`, source, rule_id: source, received_at: receivedAt });
}

let dir: string;
let stdout: MockInstance;
let stderr: MockInstance;
const printed = () => stdout.mock.calls.map((c) => String(c[0])).join('');
const errors = () => stderr.mock.calls.map((c) => String(c[0])).join('\n');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leadstream-query-'));
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function deliver(records: AnalyticsRecord[], extra: Buffer[] = []): Promise<void> {
  const delivery = createParquetDelivery({ dir, bufferBytes: 1 << 20, bufferIntervalMs: 60_000 });
  await delivery.put('s', [...records.map(encodeAnalytics), ...extra]);
  await delivery.close();
}

describe('leadstream query', () => {
  it('runs SQL over the analytics view, with dt as a string partition column', async () => {
    // Prepare
    await deliver([record(1, 'web_form', DAY1), record(2, 'web_form', DAY2), record(3, 'adf_xml', DAY2)]);
    // Act
    const code = await run([
      '--dir',
      dir,
      '--json',
      'SELECT dt, source, count(*) AS leads FROM analytics GROUP BY ALL ORDER BY ALL',
    ]);
    // Assess
    expect(code).toBe(0);
    expect(
      printed()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { dt: '2026-11-26', source: 'web_form', leads: 1 },
      { dt: '2026-11-27', source: 'adf_xml', leads: 1 },
      { dt: '2026-11-27', source: 'web_form', leads: 1 },
    ]);
  });

  it('prints a readable table by default', async () => {
    await deliver([record(1, 'web_form', DAY1)]);
    const code = await run(['--dir', dir, 'SELECT source, message_length FROM analytics']);
    expect(code).toBe(0);
    expect(printed()).toBe(
      [
        'source   │ message_length',
        '─────────┼───────────────',
        'web_form │             42',
        '(1 row)',
        '',
      ].join('\n'),
    );
  });

  it('exposes records Firehose could not convert as analytics_errors', async () => {
    await deliver([record(1, 'web_form', DAY1)], [Buffer.from('not json\n')]);
    const code = await run(['--dir', dir, '--json', 'SELECT ErrorMessage FROM analytics_errors']);
    expect(code).toBe(0);
    expect(JSON.parse(printed())).toEqual({ ErrorMessage: 'line 1: not valid JSON' });
  });

  it('says clearly when there are no files yet', async () => {
    const code = await run(['--dir', dir, 'SELECT 1']);
    expect(code).toBe(1);
    expect(errors()).toMatch(/no Parquet files under .*analytics yet/);
    expect(errors()).toMatch(/npm start/);
  });

  it('reports a SQL error without a stack trace', async () => {
    await deliver([record(1, 'web_form', DAY1)]);
    const code = await run(['--dir', dir, 'SELECT nope FROM analytics']);
    expect(code).toBe(1);
    expect(errors()).toMatch(/^leadstream query: .*nope/s);
  });

  it.each([[[]], [['--bogus', 'SELECT 1']]])('exits 2 on usage errors: %j', async (argv) => {
    expect(await run(argv)).toBe(2);
  });

  it('defaults to the local stack’s S3 directory', () => {
    expect(localS3Dir({ LEADSTREAM_HOME: '/x' })).toBe('/x/data/s3');
    expect(localS3Dir({ LEADSTREAM_HOME: '/x', LEADSTREAM_S3_DIR: '/y' })).toBe('/y');
  });
});

describe('formatTable', () => {
  it('cuts long cells and shows NULL', () => {
    const out = formatTable(['a', 'b'], [{ a: 'x'.repeat(100), b: null }]);
    const [, , line] = out.split('\n');
    expect(line).toBe(`${'x'.repeat(59)}… │ NULL`);
  });
});
