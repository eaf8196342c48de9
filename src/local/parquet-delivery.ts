import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  DuckDBAppender,
  DuckDBConnection,
  DuckDBInstance,
  timestampMillisValue,
} from '@duckdb/node-api';
import { AnalyticsRecordError } from '../errors.js';
import { ANALYTICS_COLUMNS, type AnalyticsColumnType } from '../schemas/analytics.js';
import type { FirehoseDelivery } from './firehose-server.js';
import {
  createWriteAheadLog,
  fsync,
  recoverWal,
  type Segment,
  type WriteAheadLog,
} from './write-ahead-log.js';

/**
 * The local stand-in for Firehose's S3 delivery with record format conversion (JSON → Parquet):
 *
 * - Buffering: records collect until `bufferBytes` or `bufferIntervalMs` after the first buffered
 *   record, whichever comes first (Firehose's BufferingHints), and on close.
 * - Output: one Snappy Parquet file per flush and date under `<dir>/analytics/dt=YYYY-MM-DD/`, dt
 *   from each row's received_at in UTC (a flush spanning midnight writes one file per date). Files
 *   are written in `<dir>/.staging/` and renamed into place, so a reader never sees a partial file.
 * - Durability: with `walDir`, put() resolves (Firehose acknowledges) only once the records are in
 *   a write-ahead log flushed with fsync (./write-ahead-log.ts); Parquet files are fsynced before
 *   their log segment is deleted, and a delivery started on a log with segments in it delivers them
 *   first. Without it, buffered records live in memory only.
 * - Errors: a record that is not analytics JSON goes to `<dir>/analytics-errors/format-conversion-
 *   failed/YYYY/MM/DD/HH/` as a JSON line in Firehose's error document shape (rawData in base64).
 *   https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion-error-handling.html
 *
 * Column types come from ANALYTICS_COLUMNS: string → VARCHAR, int → INTEGER, double → DOUBLE,
 * timestamp → TIMESTAMP_MS (Parquet INT64 TIMESTAMP(MILLIS)). Never nanoseconds: Athena cannot
 * read them. DuckDB writes the files: one in-memory instance per delivery, rows appended with the
 * appender, then `COPY … (FORMAT PARQUET, COMPRESSION SNAPPY)`.
 */

export const ANALYTICS_PREFIX = 'analytics';
export const ANALYTICS_ERROR_PREFIX = 'analytics-errors';
const STAGING_DIR = '.staging';
const TABLE = 'analytics_rows';

/** Timers the delivery uses; tests inject a manual one so no test sleeps. */
export interface DeliveryClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: DeliveryClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // A pending buffer timer must not keep the process alive on its own; close() flushes anyway.
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface ParquetDeliveryOptions {
  /** The local "bucket". */
  dir: string;
  /** Flush when this many bytes are buffered (Firehose: SizeInMBs, 1–128 MiB in AWS). */
  bufferBytes: number;
  /** Flush this long after the first buffered record (Firehose: IntervalInSeconds, 0–900 s in AWS). */
  bufferIntervalMs: number;
  /** Write-ahead log directory: acknowledge only durable records, deliver leftovers on start. @default none */
  walDir?: string;
  /** Used in file names, as Firehose does. @default 'leadstream-analytics' */
  streamName?: string;
  clock?: DeliveryClock;
  /** Called after each flush (for logs and tests). */
  onFlush?: (report: FlushReport) => void;
  /**
   * Called when a flush not awaited by anyone (size or interval) fails; the records stay buffered
   * and are retried after another interval. @default a line on stderr
   */
  onError?: (err: unknown) => void;
}

export interface FlushReport {
  readonly records: number;
  readonly rows: number;
  readonly errors: number;
  readonly files: readonly string[];
  readonly trigger: 'size' | 'interval' | 'explicit' | 'close' | 'recovery';
  readonly durationMs: number;
}

export interface ParquetDelivery extends FirehoseDelivery {
  put(streamName: string, records: readonly Buffer[]): Promise<void>;
  /** Writes everything buffered now and resolves when it is on disk. */
  flush(): Promise<void>;
  /** Flushes, then releases DuckDB. Idempotent; `put` after close throws. */
  close(): Promise<void>;
  readonly stats: {
    readonly bufferedRecords: number;
    readonly bufferedBytes: number;
    readonly filesWritten: number;
  };
}

interface BufferedRecord {
  readonly data: Buffer;
  readonly arrivalMs: number;
}

type Row = unknown[];

const DUCKDB_TYPES: Record<AnalyticsColumnType, string> = {
  string: 'VARCHAR',
  int: 'INTEGER',
  double: 'DOUBLE',
  timestamp: 'TIMESTAMP_MS',
};

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** dt=YYYY-MM-DD needs a four-digit year; Athena's timestamp range is years 1..9999 too. */
const MIN_TIMESTAMP_MS = Date.UTC(1, 0, 1);
const MAX_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** Past this much unflushed data, put() waits for the running flush (backpressure, bounded memory). */
const MAX_PENDING_FACTOR = 4;

export function createParquetDelivery(options: ParquetDeliveryOptions): ParquetDelivery {
  const { dir, bufferBytes, bufferIntervalMs } = options;
  if (!(Number.isFinite(bufferBytes) && bufferBytes > 0)) throw new RangeError('bufferBytes must be > 0');
  if (!(Number.isFinite(bufferIntervalMs) && bufferIntervalMs >= 0))
    throw new RangeError('bufferIntervalMs must be >= 0');
  const clock = options.clock ?? systemClock;
  const streamName = options.streamName ?? 'leadstream-analytics';
  const onError =
    options.onError ??
    ((err: unknown) =>
      console.error(`parquet delivery: flush failed, records kept for the next one: ${String(err)}`));

  let buffer: BufferedRecord[] = [];
  let bufferedBytes = 0;
  /** The log segments holding the buffered records. */
  let bufferSegments = new Set<Segment>();
  const wal: WriteAheadLog | null = options.walDir ? createWriteAheadLog(options.walDir) : null;
  let timer: unknown = null;
  let chain: Promise<void> = Promise.resolve();
  let inFlightBytes = 0;
  let filesWritten = 0;
  let closed = false;
  let duck: Promise<{
    instance: DuckDBInstance;
    connection: DuckDBConnection;
    timestampMillis: typeof timestampMillisValue;
  }> | null = null;

  function database() {
    duck ??= (async () => {
      // Imported lazily: the native module is only needed once something is delivered.
      const { DuckDBInstance, timestampMillisValue: timestampMillis } = await import('@duckdb/node-api');
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const columns = ANALYTICS_COLUMNS.map((c) => `"${c.name}" ${DUCKDB_TYPES[c.type]}`).join(', ');
      await connection.run(`CREATE TABLE ${TABLE} (${columns})`);
      return { instance, connection, timestampMillis };
    })();
    return duck;
  }

  function scheduleFlush(trigger: FlushReport['trigger']): Promise<void> {
    if (timer !== null) {
      clock.clearTimeout(timer);
      timer = null;
    }
    const batch = buffer;
    const bytes = bufferedBytes;
    const segments = bufferSegments;
    buffer = [];
    bufferedBytes = 0;
    bufferSegments = new Set();
    wal?.seal();
    inFlightBytes += bytes;
    const run = chain.then(async () => {
      try {
        if (batch.length > 0) await writeBatch(batch, trigger);
        await wal?.remove(segments);
      } catch (err) {
        // Keep the records and try again after another interval: Firehose retries S3 delivery
        // rather than dropping data.
        buffer = batch.concat(buffer);
        bufferedBytes += bytes;
        for (const segment of segments) bufferSegments.add(segment);
        if (!closed) armTimer();
        throw err;
      } finally {
        inFlightBytes -= bytes;
      }
    });
    chain = run.catch(() => {});
    return run;
  }

  function armTimer(): void {
    if (timer !== null || buffer.length === 0) return;
    timer = clock.setTimeout(() => {
      timer = null;
      scheduleFlush('interval').catch(onError);
    }, bufferIntervalMs);
  }

  async function writeBatch(batch: BufferedRecord[], trigger: FlushReport['trigger']): Promise<void> {
    const started = clock.now();
    const byDate = new Map<string, Row[]>();
    const errors: { record: BufferedRecord; message: string }[] = [];
    let rows = 0;
    for (const record of batch) {
      try {
        for (const row of parseRecord(record.data)) {
          const dt = new Date(row[RECEIVED_AT_INDEX] as number).toISOString().slice(0, 10);
          const list = byDate.get(dt);
          if (list) list.push(row);
          else byDate.set(dt, [row]);
          rows++;
        }
      } catch (err) {
        if (!(err instanceof AnalyticsRecordError)) throw err;
        errors.push({ record, message: err.message });
      }
    }
    const files: string[] = [];
    const stamp = fileStamp(started);
    for (const [dt, dateRows] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
      files.push(await writeParquet(dt, dateRows, stamp));
    }
    if (errors.length > 0) files.push(await writeErrors(errors, started));
    filesWritten += files.length;
    options.onFlush?.({
      records: batch.length,
      rows,
      errors: errors.length,
      files,
      trigger,
      durationMs: clock.now() - started,
    });
  }

  async function writeParquet(dt: string, rows: Row[], stamp: string): Promise<string> {
    const { connection, timestampMillis } = await database();
    const staging = join(dir, STAGING_DIR);
    const finalDir = join(dir, ANALYTICS_PREFIX, `dt=${dt}`);
    const name = `${streamName}-1-${stamp}-${randomUUID()}.parquet`;
    const tmp = join(staging, name);
    try {
      const appender = await connection.createAppender(TABLE);
      try {
        for (const row of rows) appendRow(appender, row, timestampMillis);
        appender.flushSync();
      } finally {
        appender.closeSync();
      }
      await Promise.all([mkdir(staging, { recursive: true }), mkdir(finalDir, { recursive: true })]);
      await connection.run(`COPY ${TABLE} TO ${sqlString(tmp)} (FORMAT PARQUET, COMPRESSION SNAPPY)`);
      await fsync(tmp);
      // Same filesystem, so rename is atomic: the file appears under dt=… complete or not at all.
      await rename(tmp, join(finalDir, name));
      await fsync(finalDir);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    } finally {
      // The table is only a staging area: empty it whatever happened, so no row is written twice.
      await connection.run(`DELETE FROM ${TABLE}`);
    }
    return join(finalDir, name);
  }

  async function writeErrors(
    errors: { record: BufferedRecord; message: string }[],
    nowMs: number,
  ): Promise<string> {
    const d = new Date(nowMs);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const errorDir = join(
      dir,
      ANALYTICS_ERROR_PREFIX,
      'format-conversion-failed',
      String(d.getUTCFullYear()),
      p2(d.getUTCMonth() + 1),
      p2(d.getUTCDate()),
      p2(d.getUTCHours()),
    );
    const lines = errors.map(({ record, message }) =>
      JSON.stringify({
        attemptsMade: 1,
        arrivalTimestamp: record.arrivalMs,
        ErrorCode: 'DataFormatConversion.MalformedData',
        ErrorMessage: message,
        attemptEndingTimestamp: nowMs,
        rawData: record.data.toString('base64'),
      }),
    );
    const staging = join(dir, STAGING_DIR);
    await Promise.all([mkdir(staging, { recursive: true }), mkdir(errorDir, { recursive: true })]);
    const name = `${streamName}-1-${fileStamp(nowMs)}-${randomUUID()}`;
    await writeFile(join(staging, name), `${lines.join('\n')}\n`);
    await fsync(join(staging, name));
    await rename(join(staging, name), join(errorDir, name));
    await fsync(errorDir);
    return join(errorDir, name);
  }

  // What a previous run acknowledged but did not deliver goes out first.
  const recovered = options.walDir
    ? recoverWal(options.walDir).then(({ segments, records }) => {
        buffer = records.concat(buffer);
        for (const r of records) bufferedBytes += r.data.length;
        for (const segment of segments) bufferSegments.add(segment);
        // Empty leftover segments go with the next flush.
        if (records.length > 0) scheduleFlush('recovery').catch(onError);
      })
    : Promise.resolve();

  return {
    async put(_streamName, records) {
      if (closed) throw new Error('the Parquet delivery is closed');
      await recovered;
      const arrivalMs = clock.now();
      const segment = wal?.current();
      const added: BufferedRecord[] = records.map((data) => ({ data, arrivalMs }));
      for (const record of added) {
        buffer.push(record);
        bufferedBytes += record.data.length;
      }
      if (segment) bufferSegments.add(segment);
      // Logged before any flush can seal the segment; acknowledged only once on disk.
      const durable = segment && wal ? wal.append(segment, added) : undefined;
      if (bufferedBytes >= bufferBytes) {
        const flushing = scheduleFlush('size');
        // Backpressure: when writing falls behind, the caller (the Firehose API) waits.
        if (inFlightBytes > MAX_PENDING_FACTOR * bufferBytes) await flushing.catch(onError);
        else flushing.catch(onError);
      } else {
        armTimer();
      }
      await durable;
    },
    async flush() {
      await recovered;
      await scheduleFlush('explicit');
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await recovered;
        await scheduleFlush('close');
        await wal?.close();
      } finally {
        if (duck) {
          const { instance, connection } = await duck;
          connection.closeSync();
          instance.closeSync();
        }
      }
    },
    get stats() {
      return { bufferedRecords: buffer.length, bufferedBytes, filesWritten };
    },
  };
}

const RECEIVED_AT_INDEX = ANALYTICS_COLUMNS.findIndex((c) => c.name === 'received_at');

/**
 * One Firehose record to rows: a JSON object per line (the OpenX/Hive JSON SerDe reads one object
 * per line), each checked against ANALYTICS_COLUMNS. Extra keys are ignored, as the SerDe does.
 * Messages name the column and the expected type, never the value (which could be anything).
 */
export function parseRecord(data: Buffer): Row[] {
  const rows: Row[] = [];
  const lines = data.toString('utf8').split('\n');
  for (let l = 0; l < lines.length; l++) {
    const line = (lines[l] as string).trim();
    if (line.length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new AnalyticsRecordError(`line ${l + 1}: not valid JSON`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new AnalyticsRecordError(`line ${l + 1}: not a JSON object`);
    }
    const obj = value as Record<string, unknown>;
    rows.push(ANALYTICS_COLUMNS.map((c) => checkValue(c.name, c.type, c.nullable, obj[c.name])));
  }
  if (rows.length === 0) throw new AnalyticsRecordError('empty record');
  return rows;
}

function checkValue(name: string, type: AnalyticsColumnType, nullable: boolean, v: unknown): unknown {
  if (v === undefined || v === null) {
    if (nullable) return null;
    throw new AnalyticsRecordError(`column ${name}: required, got null or missing`);
  }
  switch (type) {
    case 'string':
      if (typeof v === 'string') return v;
      break;
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX) return v;
      break;
    case 'double':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      break;
    case 'timestamp':
      if (typeof v === 'number' && Number.isInteger(v) && v >= MIN_TIMESTAMP_MS && v <= MAX_TIMESTAMP_MS)
        return v;
      break;
  }
  const expected = type === 'timestamp' ? 'epoch milliseconds (years 1–9999)' : type;
  throw new AnalyticsRecordError(
    `column ${name}: expected ${expected}, got ${Array.isArray(v) ? 'array' : typeof v}`,
  );
}

function appendRow(appender: DuckDBAppender, row: Row, timestampMillis: typeof timestampMillisValue): void {
  for (let i = 0; i < ANALYTICS_COLUMNS.length; i++) {
    const v = row[i];
    if (v === null) {
      appender.appendNull();
      continue;
    }
    switch ((ANALYTICS_COLUMNS[i] as (typeof ANALYTICS_COLUMNS)[number]).type) {
      case 'string':
        appender.appendVarchar(v as string);
        break;
      case 'int':
        appender.appendInteger(v as number);
        break;
      case 'double':
        appender.appendDouble(v as number);
        break;
      case 'timestamp':
        appender.appendTimestampMilliseconds(timestampMillis(BigInt(v as number)));
        break;
    }
  }
  appender.endRow();
}

/** `YYYY-MM-DD-HH-MM-SS` in UTC, as in Firehose's S3 object names. */
function fileStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[T:]/g, '-');
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
