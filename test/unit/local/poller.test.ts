import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDeadLetterFile,
  deadLetterRecordCount,
  readDeadLetters,
} from '../../../src/local/dead-letter.js';
import { type KinesisApiLike, type PollerOptions, startPoller } from '../../../src/local/poller.js';

interface FakeRecord {
  seq: string;
  data: string;
  arrivalMs: number;
}

/** An in-memory Kinesis with the four calls the poller makes. */
function fakeKinesis(shards: Record<string, FakeRecord[]>): KinesisApiLike & { getRecordsCalls: number } {
  const fake = {
    getRecordsCalls: 0,
    async send(command: unknown) {
      const c = command as { constructor: { name: string }; input: Record<string, string | number> };
      switch (c.constructor.name) {
        case 'DescribeStreamSummaryCommand':
          return { StreamDescriptionSummary: { StreamARN: 'arn:aws:kinesis:local:0:stream/s' } };
        case 'ListShardsCommand':
          return { Shards: Object.keys(shards).map((ShardId) => ({ ShardId })) };
        case 'GetShardIteratorCommand': {
          const list = shards[c.input.ShardId as string] ?? [];
          let pos = 0;
          if (c.input.ShardIteratorType === 'AFTER_SEQUENCE_NUMBER') {
            pos = list.findIndex((r) => r.seq === c.input.StartingSequenceNumber) + 1;
            // What Kinesis answers for a sequence number from another (e.g. a since-recreated) stream.
            if (pos === 0) {
              const err = new Error(
                `StartingSequenceNumber ${c.input.StartingSequenceNumber} did not come from this stream`,
              );
              throw Object.assign(err, { name: 'InvalidArgumentException' });
            }
          }
          return { ShardIterator: `${c.input.ShardId}|${pos}` };
        }
        case 'GetRecordsCommand': {
          fake.getRecordsCalls++;
          const [shard, p] = String(c.input.ShardIterator).split('|');
          const list = shards[shard as string] ?? [];
          const pos = Number(p);
          const out = list.slice(pos, pos + Number(c.input.Limit));
          return {
            Records: out.map((r) => ({
              SequenceNumber: r.seq,
              Data: Buffer.from(r.data),
              PartitionKey: 'k',
              ApproximateArrivalTimestamp: new Date(r.arrivalMs),
            })),
            NextShardIterator: `${shard}|${pos + out.length}`,
          };
        }
        default:
          throw new Error(`unexpected ${c.constructor.name}`);
      }
    },
  };
  return fake;
}

const records = (n: number, arrivalMs = Date.now()): FakeRecord[] =>
  Array.from({ length: n }, (_, i) => ({ seq: String(1000 + i), data: `r${i}`, arrivalMs }));

const dataOf = (e: KinesisStreamEvent) =>
  e.Records.map((r) => Buffer.from(r.kinesis.data, 'base64').toString());

describe('startPoller', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-poller-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const base = (
    client: KinesisApiLike,
    handler: PollerOptions['handler'],
    extra: Partial<PollerOptions> = {},
  ) =>
    startPoller({
      client,
      streamName: 's',
      handler,
      deadLetter: createDeadLetterFile(join(dir, 'dlq.jsonl')),
      checkpointFile: join(dir, 'checkpoints.json'),
      idlePollMs: 5,
      retryBackoff: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      ...extra,
    });

  it('delivers Lambda-shaped events in batches of batchSize, in order', async () => {
    // Prepare
    const events: KinesisStreamEvent[] = [];
    const client = fakeKinesis({ 'shardId-0': records(25) });
    // Act
    const poller = await base(
      client,
      async (e) => {
        events.push(e);
        return { batchItemFailures: [] };
      },
      { batchSize: 10 },
    );
    await poller.idle();
    await poller.stop();
    // Assess
    expect(events.map((e) => e.Records.length)).toEqual([10, 10, 5]);
    expect(events.flatMap(dataOf)).toEqual(records(25).map((r) => r.data));
    const r0 = events[0]?.Records[0];
    expect(r0?.eventID).toBe('shardId-0:1000');
    expect(r0?.eventSourceARN).toBe('arn:aws:kinesis:local:0:stream/s');
    expect(r0?.kinesis.approximateArrivalTimestamp).toBeLessThan(1e11); // seconds, not ms
  });

  it('retries from the lowest failed sequence number of a partial response', async () => {
    // Prepare: the first time it is seen, r3 fails (r5 too, but r3 is lower).
    const seen = new Set<string>();
    const events: string[][] = [];
    const handler = async (e: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> => {
      events.push(dataOf(e));
      const failures = e.Records.filter((r) => {
        const d = Buffer.from(r.kinesis.data, 'base64').toString();
        const first = !seen.has(d);
        seen.add(d);
        return first && (d === 'r3' || d === 'r5');
      }).map((r) => ({ itemIdentifier: r.kinesis.sequenceNumber }));
      return { batchItemFailures: failures };
    };
    // Act
    const poller = await base(fakeKinesis({ 'shardId-0': records(8) }), handler, { batchSize: 8 });
    await poller.idle();
    await poller.stop();
    // Assess
    expect(events).toEqual([
      ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'],
      ['r3', 'r4', 'r5', 'r6', 'r7'],
    ]);
    expect(poller.stats.partialFailures).toBe(1);
  });

  it('bisects a batch on function error and dead-letters only the poison record after max retries', async () => {
    // Prepare
    const calls: string[][] = [];
    const handler = async (e: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> => {
      calls.push(dataOf(e));
      if (dataOf(e).includes('r5')) throw new Error('crash');
      return { batchItemFailures: [] };
    };
    // Act
    const poller = await base(fakeKinesis({ 'shardId-0': records(8) }), handler, {
      batchSize: 8,
      maxRetries: 2,
    });
    await poller.idle();
    await poller.stop();
    // Assess
    const entries = await readDeadLetters(join(dir, 'dlq.jsonl'));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.KinesisBatchInfo).toMatchObject({
      shardId: 'shardId-0',
      startSequenceNumber: '1005',
      endSequenceNumber: '1005',
      batchSize: 1,
    });
    expect(entries[0]?.requestContext.condition).toBe('RetryAttemptsExhausted');
    expect(calls.filter((c) => c.length === 1 && c[0] === 'r5')).toHaveLength(3); // first try + 2 retries
    expect(poller.stats.recordsDelivered).toBe(7);
  });

  it('without bisect, retries the whole batch and dead-letters it', async () => {
    // Act
    const poller = await base(
      fakeKinesis({ 'shardId-0': records(4) }),
      async () => {
        throw new Error('down');
      },
      { batchSize: 4, maxRetries: 1, bisectOnError: false },
    );
    await poller.idle();
    await poller.stop();
    // Assess
    const entries = await readDeadLetters(join(dir, 'dlq.jsonl'));
    expect(deadLetterRecordCount(entries)).toBe(4);
    expect(poller.stats.invocations).toBe(2);
  });

  it('discards records older than the maximum record age without invoking', async () => {
    // Prepare
    const old = records(3, Date.now() - 120_000);
    let invoked = 0;
    // Act
    const poller = await base(
      fakeKinesis({ 'shardId-0': old }),
      async () => {
        invoked++;
        return { batchItemFailures: [] };
      },
      { maxRecordAgeMs: 60_000 },
    );
    await poller.idle();
    await poller.stop();
    // Assess
    const entries = await readDeadLetters(join(dir, 'dlq.jsonl'));
    expect(entries[0]?.requestContext.condition).toBe('RecordAgeExceeded');
    expect(deadLetterRecordCount(entries)).toBe(3);
    expect(invoked).toBe(0);
  });

  it('resumes after the persisted checkpoint when restarted', async () => {
    // Prepare
    const shard = records(6);
    const seen: string[] = [];
    const handler = async (e: KinesisStreamEvent) => {
      seen.push(...dataOf(e));
      return { batchItemFailures: [] };
    };
    const first = await base(fakeKinesis({ 'shardId-0': shard.slice(0, 4) }), handler, { batchSize: 2 });
    await first.idle();
    await first.stop();
    // Act: the stream grew while the poller was down.
    const second = await base(fakeKinesis({ 'shardId-0': shard }), handler, { batchSize: 2 });
    await second.idle();
    await second.stop();
    // Assess
    expect(seen).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('refuses to start on a checkpoint the stream does not hold, saying why', async () => {
    // Prepare: a checkpoint saved against one stream, then a stream that lost its state (new numbers).
    const handler = async () => ({ batchItemFailures: [] });
    const first = await base(fakeKinesis({ 'shardId-0': records(4) }), handler);
    await first.idle();
    await first.stop();
    const renumbered = records(4).map((r, i) => ({ ...r, seq: String(9000 + i) }));
    // Act
    const second = base(fakeKinesis({ 'shardId-0': renumbered }), handler);
    // Assess
    await expect(second).rejects.toThrow(
      /stale checkpoint: .*checkpoints\.json has shardId-0 at sequence number 1003/,
    );
  });

  it('waits up to the batching window to fill a batch', async () => {
    // Prepare: records arrive in three GetRecords calls of 2; the window lets one invocation take them all.
    const all = records(6);
    const client = fakeKinesis({ 'shardId-0': all });
    const inner = client.send.bind(client);
    client.send = async (command: unknown) => {
      const c = command as { constructor: { name: string }; input: { Limit?: number } };
      if (c.constructor.name === 'GetRecordsCommand') c.input.Limit = 2;
      return inner(command);
    };
    const sizes: number[] = [];
    // Act
    const poller = await base(
      client,
      async (e) => {
        sizes.push(e.Records.length);
        return { batchItemFailures: [] };
      },
      { batchSize: 6, batchingWindowMs: 10_000 },
    );
    await poller.idle();
    await poller.stop();
    // Assess
    expect(sizes).toEqual([6]);
  });

  it('treats an unknown item identifier as a failure of the whole batch', async () => {
    // Prepare
    let calls = 0;
    // Act
    const poller = await base(fakeKinesis({ 'shardId-0': records(3) }), async () => {
      calls++;
      return { batchItemFailures: calls === 1 ? [{ itemIdentifier: 'not-a-sequence-number' }] : [] };
    });
    await poller.idle();
    await poller.stop();
    // Assess
    expect(calls).toBe(2);
    expect(poller.stats.recordsDelivered).toBe(3);
  });
});
