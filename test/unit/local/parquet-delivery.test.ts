import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { fc, test } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createParquetDelivery,
  type DeliveryClock,
  type FlushReport,
  type ParquetDelivery,
  type ParquetDeliveryOptions,
} from '../../../src/local/parquet-delivery.js';
import { encodeAnalytics } from '../../../src/processors/stages/encode.js';
import { ANALYTICS_COLUMNS, type AnalyticsRecord } from '../../../src/schemas/analytics.js';
import { runPython } from '../../helpers/python.js';

/** A clock whose timers fire only when the test advances it. */
function manualClock(start: number): DeliveryClock & { advance(ms: number): void; pending(): number } {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      timers.set(++nextId, { at: now + ms, fn });
      return nextId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
    pending: () => timers.size,
  };
}

const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);

function row(i: number, overrides: Partial<AnalyticsRecord> = {}): AnalyticsRecord {
  return {
    lead_id: `lead-${i}`,
    business_id: 'acme-motors',
    source: 'web_form',
    campaign: i % 2 ? 'Winter sale' : null,
    ad_id: null,
    email_hash: 'ab'.repeat(32),
    email_domain: 'example.com',
    phone_hash: null,
    phone_country_code: '49',
    message_length: 10 + i,
    message_redacted: 'Call me at [phone] — grüße 👋',
    language: 'de',
    received_at: T0 + i,
    rule_id: 'web_form',
    confidence: 0.5,
    form_id: null,
    campaign_id: null,
    ...overrides,
  };
}

let dir: string;
let deliveries: ParquetDelivery[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leadstream-parquet-'));
  deliveries = [];
});
afterEach(async () => {
  await Promise.all(deliveries.map((d) => d.close().catch(() => {})));
  await rm(dir, { recursive: true, force: true });
});

function setup(options: Partial<ParquetDeliveryOptions> = {}) {
  const clock = manualClock(T0);
  const reports: FlushReport[] = [];
  const delivery = createParquetDelivery({
    dir,
    bufferBytes: 1024 * 1024,
    bufferIntervalMs: 60_000,
    clock,
    onFlush: (r) => reports.push(r),
    ...options,
  });
  deliveries.push(delivery);
  return { delivery, clock, reports };
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const glob = () => `'${join(dir, 'analytics', '**', '*.parquet')}'`;

describe('layout and partitioning', () => {
  it('writes one Snappy Parquet file per date under analytics/dt=YYYY-MM-DD/, by received_at in UTC', async () => {
    // Prepare: one flush spanning midnight UTC.
    const { delivery, reports } = setup();
    const lateNight = row(1, { received_at: Date.UTC(2026, 10, 26, 23, 59, 59, 999) });
    const midnight = row(2, { received_at: Date.UTC(2026, 10, 27, 0, 0, 0, 0) });
    // Act
    await delivery.put('s', [encodeAnalytics(lateNight), encodeAnalytics(midnight)]);
    await delivery.flush();
    // Assess
    const files = await filesUnder(join(dir, 'analytics'));
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(
      /^analytics\/dt=2026-11-26\/leadstream-analytics-1-2026-11-27-12-00-00-[0-9a-f-]{36}\.parquet$/,
    );
    expect(files[1]).toMatch(/^analytics\/dt=2026-11-27\//);
    expect(reports).toMatchObject([{ records: 2, rows: 2, errors: 0, trigger: 'explicit' }]);
    // dt typed as the Glue table's partition key (a string), not DuckDB's auto-detected DATE.
    const rows = await query(
      `SELECT lead_id, dt FROM read_parquet(${glob()}, hive_partitioning = true, hive_types = {'dt': VARCHAR}) ORDER BY lead_id`,
    );
    expect(rows.map((r) => [r.lead_id, r.dt])).toEqual([
      ['lead-1', '2026-11-26'],
      ['lead-2', '2026-11-27'],
    ]);
  });

  it('leaves no partial or temporary files behind', async () => {
    const { delivery } = setup();
    await delivery.put('s', [encodeAnalytics(row(1))]);
    await delivery.flush();
    expect(await filesUnder(join(dir, '.staging'))).toEqual([]);
    expect((await filesUnder(join(dir, 'analytics'))).every((f) => f.endsWith('.parquet'))).toBe(true);
  });

  it('writes nothing for an empty flush', async () => {
    const { delivery } = setup();
    await delivery.flush();
    expect(await filesUnder(dir)).toEqual([]);
  });
});

describe('buffering', () => {
  it('flushes when the buffered size reaches bufferBytes', async () => {
    // Prepare
    const threshold = [3, 4, 5].reduce((n, i) => n + encodeAnalytics(row(i)).length, 0);
    const { delivery, reports } = setup({ bufferBytes: threshold });
    // Act / Assess
    await delivery.put('s', [encodeAnalytics(row(1)), encodeAnalytics(row(2))]);
    await delivery.flush().then(() => undefined);
    expect(reports).toMatchObject([{ trigger: 'explicit', records: 2 }]);
    await delivery.put('s', [encodeAnalytics(row(3)), encodeAnalytics(row(4))]);
    expect(delivery.stats.bufferedRecords).toBe(2);
    await delivery.put('s', [encodeAnalytics(row(5))]);
    expect(delivery.stats.bufferedRecords).toBe(0);
    await delivery.flush();
    expect(reports.map((r) => [r.trigger, r.records])).toEqual([
      ['explicit', 2],
      ['size', 3],
    ]);
  });

  it('flushes bufferIntervalMs after the first buffered record, not the last', async () => {
    // Prepare
    const { delivery, clock, reports } = setup({ bufferIntervalMs: 60_000 });
    // Act
    await delivery.put('s', [encodeAnalytics(row(1))]);
    clock.advance(30_000);
    await delivery.put('s', [encodeAnalytics(row(2))]);
    clock.advance(29_999);
    await delivery.flush().then(() => undefined);
    const beforeDeadline = reports.length;
    // (flush() above was explicit; start again to test the timer alone.)
    await delivery.put('s', [encodeAnalytics(row(3))]);
    clock.advance(59_999);
    const early = delivery.stats.bufferedRecords;
    clock.advance(1);
    await delivery.flush();
    // Assess
    expect(beforeDeadline).toBe(1);
    expect(early).toBe(1);
    expect(reports.map((r) => [r.trigger, r.records])).toEqual([
      ['explicit', 2],
      ['interval', 1],
    ]);
    expect(clock.pending()).toBe(0);
  });

  it('fires the interval timer once per buffer, from the first record', async () => {
    const { delivery, clock, reports } = setup({ bufferIntervalMs: 1_000 });
    await delivery.put('s', [encodeAnalytics(row(1))]);
    await delivery.put('s', [encodeAnalytics(row(2))]);
    expect(clock.pending()).toBe(1);
    clock.advance(1_000);
    await delivery.flush();
    expect(reports.map((r) => [r.trigger, r.records])).toEqual([['interval', 2]]);
  });

  it('flushes what is left on close and refuses puts afterwards', async () => {
    const { delivery, reports } = setup();
    await delivery.put('s', [encodeAnalytics(row(1))]);
    await delivery.close();
    expect(reports.map((r) => r.trigger)).toEqual(['close']);
    await expect(delivery.put('s', [encodeAnalytics(row(2))])).rejects.toThrow(/closed/);
  });

  it('keeps the records when a write fails, and writes them on the next flush', async () => {
    // Prepare: a file where the analytics directory should be makes the write fail.
    const { delivery, clock, reports } = setup();
    await writeFile(join(dir, 'analytics'), 'in the way');
    await delivery.put('s', [encodeAnalytics(row(1)), encodeAnalytics(row(2))]);
    // Act / Assess
    await expect(delivery.flush()).rejects.toThrow();
    expect(delivery.stats.bufferedRecords).toBe(2);
    await rm(join(dir, 'analytics'));
    // The retry comes by itself, one interval later.
    clock.advance(60_000);
    await delivery.flush();
    expect(delivery.stats.bufferedRecords).toBe(0);
    expect(reports.map((r) => [r.trigger, r.records])).toEqual([['interval', 2]]);
    const rows = await query(`SELECT count(*)::INTEGER AS n FROM read_parquet(${glob()})`);
    expect(rows[0]?.n).toBe(2);
  });
});

describe('column types', () => {
  const DUCKDB_READ_TYPES = {
    string: 'VARCHAR',
    int: 'INTEGER',
    double: 'DOUBLE',
    timestamp: 'TIMESTAMP',
  } as const;

  it('match ANALYTICS_COLUMNS as DuckDB reads them, with millisecond timestamps and Snappy', async () => {
    // Prepare
    const { delivery } = setup();
    await delivery.put('s', [encodeAnalytics(row(1))]);
    await delivery.flush();
    const [file] = await filesUnder(join(dir, 'analytics'));
    const path = `'${join(dir, file as string)}'`;
    // Act
    const described = await query(`DESCRIBE SELECT * FROM read_parquet(${path}, hive_partitioning = false)`);
    const schema = await query(
      `SELECT name, type, converted_type, logical_type::VARCHAR AS logical FROM parquet_schema(${path})`,
    );
    const codecs = await query(`SELECT DISTINCT compression FROM parquet_metadata(${path})`);
    // Assess
    expect(described.map((d) => [d.column_name, d.column_type])).toEqual(
      ANALYTICS_COLUMNS.map((c) => [c.name, DUCKDB_READ_TYPES[c.type]]),
    );
    // INT64 with TIMESTAMP_MILLIS: the legacy converted type older Hive/Athena readers need, and
    // the logical type with unit MILLIS (not NANOS, which Athena cannot read).
    const receivedAt = schema.find((s) => s.name === 'received_at');
    expect(receivedAt).toMatchObject({ type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' });
    expect(String(receivedAt?.logical)).toMatch(/MILLIS=MilliSeconds\(\), MICROS=<null>, NANOS=<null>/);
    expect(codecs.map((c) => c.compression)).toEqual(['SNAPPY']);
  });

  it('match ANALYTICS_COLUMNS as pyarrow reads them (an independent Parquet reader)', async () => {
    // Prepare
    const { delivery } = setup();
    const input = [row(1), row(2, { message_redacted: null, language: null, confidence: 1 })];
    await delivery.put('s', input.map(encodeAnalytics));
    await delivery.flush();
    const [file] = await filesUnder(join(dir, 'analytics'));
    // Act
    const out = await runPython(
      `
import json, sys
import pyarrow.parquet as pq
f = pq.ParquetFile(sys.argv[1])
md = f.metadata
codecs = sorted({md.row_group(g).column(c).compression for g in range(md.num_row_groups) for c in range(md.num_columns)})
table = f.read()
rows = table.to_pylist()
for r in rows:
    r['received_at'] = int(r['received_at'].timestamp() * 1000) if r['received_at'].tzinfo else int((r['received_at'] - __import__('datetime').datetime(1970, 1, 1)).total_seconds() * 1000)
print(json.dumps({'fields': [[fl.name, str(fl.type)] for fl in table.schema], 'codecs': codecs, 'rows': rows}))
`,
      [join(dir, file as string)],
    );
    const result = JSON.parse(out) as {
      fields: [string, string][];
      codecs: string[];
      rows: AnalyticsRecord[];
    };
    // Assess
    const arrowType = {
      string: ['string'],
      int: ['int32'],
      double: ['double'],
      timestamp: ['timestamp[ms]', 'timestamp[us]'],
    };
    expect(result.fields.map(([name]) => name)).toEqual(ANALYTICS_COLUMNS.map((c) => c.name));
    for (const [i, c] of ANALYTICS_COLUMNS.entries())
      expect(arrowType[c.type]).toContain(result.fields[i]?.[1]);
    expect(result.codecs).toEqual(['SNAPPY']);
    expect(result.rows).toEqual(input);
  });
});

describe('values', () => {
  const analyticsRecord = fc.record({
    lead_id: fc.string({ unit: 'binary', minLength: 1 }),
    business_id: fc.string({ unit: 'binary' }),
    source: fc.constantFrom('web_form', 'other'),
    campaign: fc.option(fc.string({ unit: 'binary' }), { nil: null }),
    ad_id: fc.option(fc.string(), { nil: null }),
    email_hash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
    email_domain: fc.option(fc.domain(), { nil: null }),
    phone_hash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
    phone_country_code: fc.option(fc.stringMatching(/^[1-9]\d{0,2}$/), { nil: null }),
    message_length: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    message_redacted: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: null }),
    language: fc.option(fc.constantFrom('en', 'de', 'fr', 'es'), { nil: null }),
    received_at: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
    rule_id: fc.string(),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    form_id: fc.option(fc.string(), { nil: null }),
    campaign_id: fc.option(fc.string(), { nil: null }),
  }) satisfies fc.Arbitrary<AnalyticsRecord>;

  test.prop([fc.array(analyticsRecord, { minLength: 1, maxLength: 20 })], { numRuns: 15 })(
    'round-trip through Parquet unchanged (unicode, nulls, ms timestamps)',
    async (input) => {
      // Prepare
      const sub = await mkdtemp(join(dir, 'run-'));
      const delivery = createParquetDelivery({ dir: sub, bufferBytes: 1 << 30, bufferIntervalMs: 60_000 });
      // Act
      await delivery.put('s', input.map(encodeAnalytics));
      await delivery.close();
      const rows = await query(
        `SELECT * EXCLUDE (received_at), epoch_ms(received_at) AS received_at
         FROM read_parquet('${join(sub, 'analytics', '**', '*.parquet')}')`,
      );
      // Assess: same multiset of rows (files are per date, so order across files is not kept).
      const key = (r: object) =>
        JSON.stringify(ANALYTICS_COLUMNS.map((c) => (r as Record<string, unknown>)[c.name]));
      const normalised = rows.map((r) => ({ ...r, received_at: Number(r.received_at) }));
      expect(normalised.map(key).sort()).toEqual(input.map(key).sort());
    },
  );
});

describe('error output', () => {
  it('writes bad records to analytics-errors/ with the reason, and the good ones to Parquet', async () => {
    // Prepare
    const { delivery, reports } = setup();
    const bad = [
      Buffer.from('not json\n'),
      Buffer.from(`${JSON.stringify({ ...row(2), received_at: 'yesterday' })}\n`),
      Buffer.from(`${JSON.stringify({ ...row(3), lead_id: undefined })}\n`),
      Buffer.from('[1,2,3]\n'),
      Buffer.from(`${JSON.stringify({ ...row(4), message_length: 1.5 })}\n`),
    ];
    // Act
    await delivery.put('s', [encodeAnalytics(row(1)), ...bad]);
    await delivery.flush();
    // Assess
    expect(reports).toMatchObject([{ records: 6, rows: 1, errors: 5 }]);
    const errorFiles = await filesUnder(join(dir, 'analytics-errors'));
    expect(errorFiles).toHaveLength(1);
    expect(errorFiles[0]).toMatch(
      /^analytics-errors\/format-conversion-failed\/2026\/11\/27\/12\/leadstream-analytics-1-/,
    );
    const docs = (await readFile(join(dir, errorFiles[0] as string), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => Buffer.from(d.rawData, 'base64'))).toEqual(bad);
    expect(docs.map((d) => d.ErrorMessage)).toEqual([
      'line 1: not valid JSON',
      'column received_at: expected epoch milliseconds (years 1–9999), got string',
      'column lead_id: required, got null or missing',
      'line 1: not a JSON object',
      'column message_length: expected int, got number',
    ]);
    expect(docs[0]).toMatchObject({ attemptsMade: 1, arrivalTimestamp: T0, ErrorCode: expect.any(String) });
    const rows = await query(`SELECT lead_id FROM read_parquet(${glob()})`);
    expect(rows).toEqual([{ lead_id: 'lead-1' }]);
  });
});

describe('write-ahead log (walDir)', () => {
  it('delivers, after a crash, every record it had acknowledged and not yet written', async () => {
    // Prepare: three acknowledged puts, no flush (the interval never fires on the manual clock).
    const walDir = join(dir, 'wal');
    const crashed = setup({ walDir });
    for (let i = 0; i < 3; i++) await crashed.delivery.put('s', [encodeAnalytics(row(i))]);
    expect(await filesUnder(join(dir, 'analytics'))).toEqual([]);
    // Act: the process dies (nothing closed or flushed); a new delivery starts on the same directories.
    deliveries.pop();
    const restarted = setup({ walDir });
    await restarted.delivery.flush();
    // Assess
    const rows = await query(`SELECT lead_id FROM read_parquet(${glob()}) ORDER BY lead_id`);
    expect(rows.map((r) => r.lead_id)).toEqual(['lead-0', 'lead-1', 'lead-2']);
    expect(restarted.reports.map((r) => r.trigger)).toContain('recovery');
    expect(await readdir(walDir)).toEqual([]);
  });

  it('removes a segment once its records are in Parquet, so a restart delivers nothing twice', async () => {
    const walDir = join(dir, 'wal');
    const first = setup({ walDir });
    await first.delivery.put('s', [encodeAnalytics(row(1))]);
    await first.delivery.flush();
    expect(await readdir(walDir)).toEqual([]);
    await first.delivery.put('s', [encodeAnalytics(row(2))]);
    deliveries.pop(); // crash with lead-2 acknowledged, not written
    const second = setup({ walDir });
    await second.delivery.close();
    const rows = await query(`SELECT lead_id FROM read_parquet(${glob()}) ORDER BY lead_id`);
    expect(rows.map((r) => r.lead_id)).toEqual(['lead-1', 'lead-2']);
  });
});
