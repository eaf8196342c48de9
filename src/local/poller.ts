import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { _Record as KinesisApiRecord } from '@aws-sdk/client-kinesis';
import type {
  Context,
  KinesisStreamBatchResponse,
  KinesisStreamEvent,
  KinesisStreamRecord,
} from 'aws-lambda';
import { LocalServiceError } from '../errors.js';
import { backoffDelayMs, type RetryPolicy, sleep as realSleep } from '../io/backoff.js';
import type { DeadLetterDestination, DeadLetterEntry } from './dead-letter.js';

/**
 * A local stand-in for Lambda's Kinesis event source mapping
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html), invoking the same handler code
 * the Lambda runs. Per shard, one invocation at a time (ParallelizationFactor 1), in order:
 *
 * - reads with GetShardIterator/GetRecords and batches up to `batchSize` records, waiting up to
 *   `batchingWindowMs` for a full batch and keeping the event under Lambda's 6 MB payload limit;
 * - builds the same `KinesisStreamEvent` Lambda builds (base64 data, arrival time in seconds,
 *   eventID `shardId:sequenceNumber`, eventSourceARN);
 * - on a partial response (ReportBatchItemFailures) checkpoints just before the lowest failed
 *   sequence number and retries from it; an unknown or empty identifier fails the whole batch, as
 *   in Lambda;
 * - on a function error (throw, or timeout) splits the batch in two and retries each half when
 *   `bisectOnError` (BisectBatchOnFunctionError), else retries the batch;
 * - after `maxRetries` retries, or when a record is older than `maxRecordAgeMs`, writes the batch's
 *   metadata to the on-failure destination and moves on;
 * - persists checkpoints (the last sequence number done per shard), so a restarted poller resumes
 *   after it: at-least-once, like Lambda, so the handler's outputs must tolerate replays.
 *
 * Lambda does not document whether bisecting spends the retry budget. Here a split does not count
 * as a retry: a failing batch is halved until it is one record, and retries are counted on batches
 * that cannot be split, so a poison record is isolated before its neighbours are given up on.
 */
export interface PollerOptions {
  client: KinesisApiLike;
  streamName: string;
  handler: (event: KinesisStreamEvent, context: Context) => Promise<KinesisStreamBatchResponse | undefined>;
  deadLetter: DeadLetterDestination;
  /** JSON file with the last processed sequence number per shard. */
  checkpointFile: string;
  /** Lambda: 1..10,000, default 100. */
  batchSize?: number;
  /** MaximumBatchingWindowInSeconds, in ms. Default 0: invoke as soon as records are read. */
  batchingWindowMs?: number;
  /** MaximumRetryAttempts: -1 = until the record expires. Default 10. */
  maxRetries?: number;
  /** MaximumRecordAgeInSeconds, in ms: -1 = no limit. Default one hour. */
  maxRecordAgeMs?: number;
  /** BisectBatchOnFunctionError. Default true. */
  bisectOnError?: boolean;
  /** Where to start a shard without a checkpoint. Default TRIM_HORIZON. */
  startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /** Pause between GetRecords calls that returned nothing. Lambda polls an idle shard about once per second. */
  idlePollMs?: number;
  /** Pause before a retry (with full jitter), so a failing sink is not hammered. */
  retryBackoff?: RetryPolicy;
  /** The function timeout: a handler still running after this is a function error. Default 60 s. */
  invokeTimeoutMs?: number;
  functionName?: string;
  /** Epoch ms; injected for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

/** The subset of KinesisClient the poller uses. */
export interface KinesisApiLike {
  send(command: unknown): Promise<unknown>;
}

export interface PollerStats {
  invocations: number;
  functionErrors: number;
  partialFailures: number;
  recordsDelivered: number;
  deadLetteredRecords: number;
}

export interface Poller {
  readonly stats: Readonly<PollerStats>;
  /** Stops reading; resolves after the in-flight invocations finish and checkpoints are saved. */
  stop(): Promise<void>;
  /** Resolves when every shard is idle (caught up with the stream) at the same time. */
  idle(): Promise<void>;
}

/** Lambda's synchronous invocation payload limit; the event is JSON with base64 data. */
export const MAX_EVENT_BYTES = 6 * 1024 * 1024;
/** JSON around one record's base64 data (ids, ARNs, keys). Generous, so we never exceed the limit. */
const EVENT_RECORD_OVERHEAD_BYTES = 700;
/** GetRecords returns at most 10,000 records per call. */
const MAX_GET_RECORDS = 10_000;

interface Pending {
  record: KinesisStreamRecord;
  arrivalMs: number;
  eventBytes: number;
}

interface SubBatch {
  items: Pending[];
  retries: number;
  invokeCount: number;
}

export async function startPoller(options: PollerOptions): Promise<Poller> {
  const batchSize = options.batchSize ?? 100;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new RangeError('batchSize must be 1..10000 (Lambda limit for Kinesis)');
  }
  const windowMs = options.batchingWindowMs ?? 0;
  const maxRetries = options.maxRetries ?? 10;
  const maxRecordAgeMs = options.maxRecordAgeMs ?? 3_600_000;
  const bisect = options.bisectOnError ?? true;
  const idlePollMs = options.idlePollMs ?? 1_000;
  const retryPolicy = options.retryBackoff ?? { maxAttempts: 1, baseDelayMs: 200, maxDelayMs: 2_000 };
  const invokeTimeoutMs = options.invokeTimeoutMs ?? 60_000;
  const functionName = options.functionName ?? 'leadstream-processor';
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const log = options.log ?? (() => {});
  const { client, streamName } = options;

  const sdk = await import('@aws-sdk/client-kinesis');
  const summary = (await client.send(new sdk.DescribeStreamSummaryCommand({ StreamName: streamName }))) as {
    StreamDescriptionSummary?: { StreamARN?: string };
  };
  const streamArn =
    summary.StreamDescriptionSummary?.StreamARN ?? `arn:aws:kinesis:local:000000000000:stream/${streamName}`;
  const functionArn = `arn:aws:lambda:local:000000000000:function:${functionName}`;
  const checkpoints = await loadCheckpoints(options.checkpointFile);
  let saving: Promise<void> = Promise.resolve();
  const saveCheckpoint = (shardId: string, seq: string) => {
    checkpoints[shardId] = seq;
    const snapshot = JSON.stringify(checkpoints);
    saving = saving.then(() => writeAtomically(options.checkpointFile, snapshot));
    return saving;
  };

  const stats: PollerStats = {
    invocations: 0,
    functionErrors: 0,
    partialFailures: 0,
    recordsDelivered: 0,
    deadLetteredRecords: 0,
  };
  let stopped = false;
  const idleShards = new Set<string>();
  let idleWaiters: Array<() => void> = [];
  let shardCount = 0;
  const setIdle = (shardId: string, isIdle: boolean) => {
    if (isIdle) idleShards.add(shardId);
    else idleShards.delete(shardId);
    if (idleShards.size === shardCount && idleWaiters.length > 0) {
      for (const w of idleWaiters) w();
      idleWaiters = [];
    }
  };

  const shards = await listShards();
  shardCount = shards.length;
  // Positioned before any loop starts, so a stale checkpoint fails startPoller with a clear message
  // instead of rejecting a shard loop nobody awaits.
  const firstIterators = await Promise.all(shards.map((shardId) => firstIterator(shardId)));
  const loops = shards.map((shardId, i) => runShard(shardId, firstIterators[i]));

  async function listShards(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const out = (await client.send(
        new sdk.ListShardsCommand(token ? { NextToken: token } : { StreamName: streamName }),
      )) as { Shards?: Array<{ ShardId?: string }>; NextToken?: string };
      for (const s of out.Shards ?? []) if (s.ShardId) ids.push(s.ShardId);
      token = out.NextToken;
    } while (token);
    return ids;
  }

  async function iteratorAfterCheckpoint(shardId: string): Promise<string | undefined> {
    const seq = checkpoints[shardId];
    const out = (await client.send(
      new sdk.GetShardIteratorCommand({
        StreamName: streamName,
        ShardId: shardId,
        ...(seq
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: seq }
          : { ShardIteratorType: options.startingPosition ?? 'TRIM_HORIZON' }),
      }),
    )) as { ShardIterator?: string };
    return out.ShardIterator;
  }

  /**
   * A checkpoint the stream does not know (InvalidArgumentException: "did not come from this stream")
   * means the Kinesis server lost its state while the checkpoint file survived: say so and stop.
   */
  async function firstIterator(shardId: string): Promise<string | undefined> {
    try {
      return await iteratorAfterCheckpoint(shardId);
    } catch (err) {
      if ((err as { name?: string }).name !== 'InvalidArgumentException' || !checkpoints[shardId]) throw err;
      throw new LocalServiceError(
        `stale checkpoint: ${options.checkpointFile} has ${shardId} at sequence number ` +
          `${checkpoints[shardId]}, which stream ${streamName} does not hold; the Kinesis server's ` +
          'state was lost (its data directory removed?). Start without --keep, or delete the checkpoint file.',
        { cause: err, context: { shardId } },
      );
    }
  }

  async function runShard(shardId: string, firstIterator: string | undefined): Promise<void> {
    let iterator = firstIterator;
    let buffer: Pending[] = [];
    let bufferedBytes = 0;
    let firstBufferedAt = 0;
    let shardClosed = false;

    while (!stopped) {
      // Fill the buffer: read until a batch is full, the window has passed, or the shard is idle.
      let readNothing = false;
      if (buffer.length < batchSize && iterator && bufferedBytes < MAX_EVENT_BYTES) {
        let out: { Records?: KinesisApiRecord[]; NextShardIterator?: string; MillisBehindLatest?: number };
        try {
          out = (await client.send(
            new sdk.GetRecordsCommand({
              ShardIterator: iterator,
              Limit: Math.min(MAX_GET_RECORDS, batchSize),
            }),
          )) as typeof out;
        } catch (err) {
          const name = (err as { name?: string }).name;
          if (name === 'ExpiredIteratorException') {
            // Re-read after the checkpoint and drop the buffer: it will be read again.
            buffer = [];
            bufferedBytes = 0;
            iterator = await iteratorAfterCheckpoint(shardId);
            continue;
          }
          log(`poller: GetRecords on ${shardId} failed (${name ?? 'error'}); retrying`);
          await sleep(idlePollMs);
          continue;
        }
        iterator = out.NextShardIterator;
        if (!iterator) shardClosed = true;
        const records = out.Records ?? [];
        readNothing = records.length === 0;
        for (const r of records) {
          const p = toEventRecord(r, shardId);
          if (buffer.length === 0) firstBufferedAt = now();
          buffer.push(p);
          bufferedBytes += p.eventBytes;
        }
      }

      const windowOver = windowMs === 0 || now() - firstBufferedAt >= windowMs;
      const full = buffer.length >= batchSize || bufferedBytes >= MAX_EVENT_BYTES;
      if (buffer.length > 0 && (full || windowOver || readNothing || shardClosed)) {
        if (!full && !windowOver && readNothing && !shardClosed) {
          // Within the batching window and nothing new yet: wait a little for more.
          setIdle(shardId, false);
          await sleep(Math.min(idlePollMs, Math.max(1, windowMs - (now() - firstBufferedAt))));
          continue;
        }
        setIdle(shardId, false);
        const batch = takeBatch(buffer);
        buffer = buffer.slice(batch.length);
        bufferedBytes -= batch.reduce((n, p) => n + p.eventBytes, 0);
        if (buffer.length > 0) firstBufferedAt = now();
        await deliver(shardId, batch);
        continue;
      }
      if (buffer.length === 0 && (readNothing || shardClosed)) {
        setIdle(shardId, true);
        if (shardClosed) {
          // A closed shard (after resharding) has no more records; wait to be stopped.
          while (!stopped) await sleep(idlePollMs);
          return;
        }
        await sleep(idlePollMs);
      }
    }
  }

  /** The longest prefix of the buffer within batchSize and the payload limit (at least one record). */
  function takeBatch(buffer: Pending[]): Pending[] {
    let bytes = 0;
    let n = 0;
    while (n < buffer.length && n < batchSize) {
      const b = (buffer[n] as Pending).eventBytes;
      if (n > 0 && bytes + b > MAX_EVENT_BYTES) break;
      bytes += b;
      n++;
    }
    return buffer.slice(0, n);
  }

  function toEventRecord(r: KinesisApiRecord, shardId: string): Pending {
    const data = Buffer.from(r.Data ?? new Uint8Array()).toString('base64');
    const arrival = r.ApproximateArrivalTimestamp ? new Date(r.ApproximateArrivalTimestamp).getTime() : now();
    const seq = r.SequenceNumber as string;
    const record: KinesisStreamRecord = {
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${shardId}:${seq}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: `arn:aws:iam::000000000000:role/${functionName}`,
      awsRegion: 'local',
      eventSourceARN: streamArn,
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: r.PartitionKey ?? '',
        sequenceNumber: seq,
        data,
        approximateArrivalTimestamp: arrival / 1000,
      },
    };
    return { record, arrivalMs: arrival, eventBytes: data.length + EVENT_RECORD_OVERHEAD_BYTES };
  }

  /** Runs one batch to completion: every record ends processed or dead-lettered. Checkpoints as it goes. */
  async function deliver(shardId: string, batch: Pending[]): Promise<void> {
    const queue: SubBatch[] = [{ items: batch, retries: 0, invokeCount: 0 }];
    while (queue.length > 0) {
      // Stopping: leave the rest un-checkpointed; a restarted poller reads it again (at-least-once).
      if (stopped) return;
      const sub = queue.shift() as SubBatch;
      // Maximum record age: expired records (a prefix, since records are in arrival order) are discarded.
      if (maxRecordAgeMs >= 0) {
        const cutoff = now() - maxRecordAgeMs;
        const expired = sub.items.findIndex((p) => p.arrivalMs >= cutoff);
        const n = expired === -1 ? sub.items.length : expired;
        if (n > 0) {
          await deadLetter(shardId, sub.items.slice(0, n), 'RecordAgeExceeded', sub.invokeCount);
          await saveCheckpoint(shardId, lastSeq(sub.items.slice(0, n)));
          sub.items = sub.items.slice(n);
          if (sub.items.length === 0) continue;
        }
      }

      const outcome = await invoke(sub);
      if (outcome.kind === 'ok') {
        stats.recordsDelivered += sub.items.length;
        await saveCheckpoint(shardId, lastSeq(sub.items));
        continue;
      }
      let rest: SubBatch;
      if (outcome.kind === 'partial') {
        // Everything before the lowest failed record is done; retry from it.
        stats.partialFailures++;
        const done = sub.items.slice(0, outcome.firstFailed);
        if (done.length > 0) {
          stats.recordsDelivered += done.length;
          await saveCheckpoint(shardId, lastSeq(done));
        }
        rest = {
          items: sub.items.slice(outcome.firstFailed),
          retries: sub.retries + 1,
          invokeCount: sub.invokeCount,
        };
      } else {
        stats.functionErrors++;
        if (bisect && sub.items.length > 1) {
          const mid = Math.ceil(sub.items.length / 2);
          queue.unshift(
            { items: sub.items.slice(0, mid), retries: sub.retries, invokeCount: sub.invokeCount },
            { items: sub.items.slice(mid), retries: sub.retries, invokeCount: sub.invokeCount },
          );
          continue;
        }
        rest = { items: sub.items, retries: sub.retries + 1, invokeCount: sub.invokeCount };
      }
      if (maxRetries >= 0 && rest.retries > maxRetries) {
        await deadLetter(shardId, rest.items, 'RetryAttemptsExhausted', rest.invokeCount);
        await saveCheckpoint(shardId, lastSeq(rest.items));
        continue;
      }
      await sleep(backoffDelayMs(rest.retries, retryPolicy));
      queue.unshift(rest);
    }
  }

  async function invoke(
    sub: SubBatch,
  ): Promise<{ kind: 'ok' } | { kind: 'partial'; firstFailed: number } | { kind: 'error' }> {
    sub.invokeCount++;
    stats.invocations++;
    const event: KinesisStreamEvent = { Records: sub.items.map((p) => p.record) };
    const requestId = randomUUID();
    const deadline = now() + invokeTimeoutMs;
    const context = lambdaContext(requestId, functionName, functionArn, () => deadline - now());
    let timer: NodeJS.Timeout | undefined;
    try {
      const response = await Promise.race([
        options.handler(event, context),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('Task timed out')), invokeTimeoutMs);
        }),
      ]);
      const failures = response?.batchItemFailures ?? [];
      if (failures.length === 0) return { kind: 'ok' };
      const index = new Map(sub.items.map((p, i) => [p.record.kinesis.sequenceNumber, i]));
      let first = Number.POSITIVE_INFINITY;
      for (const f of failures) {
        const i = f.itemIdentifier ? index.get(f.itemIdentifier) : undefined;
        // Lambda treats a null, empty or unknown identifier as a failure of the whole batch.
        if (i === undefined) return { kind: 'partial', firstFailed: 0 };
        first = Math.min(first, i);
      }
      return { kind: 'partial', firstFailed: first };
    } catch (err) {
      log(`poller: invocation failed (${(err as Error)?.name ?? 'error'}: ${(err as Error)?.message ?? ''})`);
      return { kind: 'error' };
    } finally {
      clearTimeout(timer);
    }
  }

  async function deadLetter(
    shardId: string,
    items: Pending[],
    condition: DeadLetterEntry['requestContext']['condition'],
    invokeCount: number,
  ): Promise<void> {
    const first = items[0] as Pending;
    const last = items[items.length - 1] as Pending;
    stats.deadLetteredRecords += items.length;
    log(`poller: ${items.length} record(s) of ${shardId} to the dead-letter file (${condition})`);
    await options.deadLetter.write({
      requestContext: {
        requestId: randomUUID(),
        functionArn,
        condition,
        approximateInvokeCount: invokeCount,
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: new Date(now()).toISOString(),
      KinesisBatchInfo: {
        shardId,
        startSequenceNumber: first.record.kinesis.sequenceNumber,
        endSequenceNumber: last.record.kinesis.sequenceNumber,
        approximateArrivalOfFirstRecord: new Date(first.arrivalMs).toISOString(),
        approximateArrivalOfLastRecord: new Date(last.arrivalMs).toISOString(),
        batchSize: items.length,
        streamArn,
      },
    });
  }

  return {
    stats,
    async stop() {
      stopped = true;
      await Promise.allSettled(loops);
      await saving;
    },
    idle() {
      if (idleShards.size === shardCount) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}

function lastSeq(items: Pending[]): string {
  return (items[items.length - 1] as Pending).record.kinesis.sequenceNumber;
}

function lambdaContext(
  requestId: string,
  functionName: string,
  functionArn: string,
  remaining: () => number,
): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: remaining,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

async function loadCheckpoints(path: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}

/** Write + rename, so a crash mid-write never leaves a torn checkpoint file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
