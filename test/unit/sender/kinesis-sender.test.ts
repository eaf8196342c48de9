import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackoff } from '../../../src/io/backoff.js';
import { createDirClaimCheckStore, parsePointer } from '../../../src/io/claim-check.js';
import {
  createKinesisSender,
  type KinesisLike,
  MAX_PUT_BYTES,
  MAX_PUT_RECORDS,
  MAX_RECORD_BYTES,
} from '../../../src/sender/kinesis-sender.js';

const noWait = (maxAttempts = 5) =>
  createBackoff({ policy: { maxAttempts, baseDelayMs: 1, maxDelayMs: 1 }, sleep: async () => {} });

function fakeKinesis(errorFor: (data: Buffer, call: number) => string | null = () => null) {
  const calls: Array<Array<{ data: Buffer; key: string }>> = [];
  const client: KinesisLike = {
    async send(command) {
      const recs = ((command as PutRecordsCommand).input.Records ?? []).map((r) => ({
        data: Buffer.from(r.Data as Uint8Array),
        key: r.PartitionKey as string,
      }));
      calls.push(recs);
      const out = recs.map((r) => {
        const code = errorFor(r.data, calls.length);
        return code ? { ErrorCode: code, ErrorMessage: 'x' } : { SequenceNumber: '1', ShardId: 'shardId-0' };
      });
      return { FailedRecordCount: out.filter((r) => 'ErrorCode' in r).length, Records: out };
    },
  };
  return { client, calls };
}

describe('createKinesisSender', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-sender-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('batches within 500 records and 5 MiB per call, partition keys included', async () => {
    // Prepare
    const { client, calls } = fakeKinesis();
    const sender = createKinesisSender({
      client,
      streamName: 's',
      claimCheck: createDirClaimCheckStore(dir),
      backoff: noWait(),
    });
    const small = Array.from({ length: 1_100 }, (_, i) => ({
      data: Buffer.from(`e${i}`),
      partitionKey: 'acme',
    }));
    const big = Array.from({ length: 12 }, () => ({
      data: Buffer.alloc(MAX_RECORD_BYTES - 10),
      partitionKey: 'k'.repeat(10),
    }));
    // Act
    const stats = await sender.sendAll([...small, ...big]);
    // Assess
    expect(stats).toMatchObject({ sent: 1_112, failed: 0, retried: 0, claimChecked: 0 });
    for (const call of calls) {
      expect(call.length).toBeLessThanOrEqual(MAX_PUT_RECORDS);
      expect(call.reduce((s, r) => s + r.data.byteLength + Buffer.byteLength(r.key), 0)).toBeLessThanOrEqual(
        MAX_PUT_BYTES,
      );
    }
    expect(
      calls
        .flat()
        .slice(0, 1_100)
        .map((r) => r.data.toString()),
    ).toEqual(small.map((r) => r.data.toString()));
  });

  it('retries only the throttled records', async () => {
    // Prepare: e1 is throttled on the first call, e3 on the first two.
    const { client, calls } = fakeKinesis((d, call) => {
      const s = d.toString();
      if (s === 'e1' && call === 1) return 'ProvisionedThroughputExceededException';
      if (s === 'e3' && call <= 2) return 'InternalFailure';
      return null;
    });
    const sender = createKinesisSender({
      client,
      streamName: 's',
      claimCheck: createDirClaimCheckStore(dir),
      backoff: noWait(),
    });
    // Act
    const stats = await sender.sendAll(
      ['e0', 'e1', 'e2', 'e3'].map((s) => ({ data: Buffer.from(s), partitionKey: 'a' })),
    );
    // Assess
    expect(stats).toMatchObject({ sent: 4, retried: 3, failed: 0 });
    expect(calls.map((c) => c.map((r) => r.data.toString()))).toEqual([
      ['e0', 'e1', 'e2', 'e3'],
      ['e1', 'e3'],
      ['e3'],
    ]);
  });

  it('counts records still failing after the last attempt as failed', async () => {
    // Prepare
    const { client } = fakeKinesis((d) =>
      d.toString() === 'x' ? 'ProvisionedThroughputExceededException' : null,
    );
    const sender = createKinesisSender({
      client,
      streamName: 's',
      claimCheck: createDirClaimCheckStore(dir),
      backoff: noWait(3),
    });
    // Act
    const stats = await sender.sendAll([
      { data: Buffer.from('x'), partitionKey: 'a' },
      { data: Buffer.from('y'), partitionKey: 'a' },
    ]);
    // Assess
    expect(stats).toMatchObject({ sent: 1, failed: 1, retried: 2 });
  });

  it('sends an email over the record limit as a claim-check pointer', async () => {
    // Prepare
    const { client, calls } = fakeKinesis();
    const store = createDirClaimCheckStore(dir);
    const sender = createKinesisSender({ client, streamName: 's', claimCheck: store, backoff: noWait() });
    const huge = Buffer.alloc(MAX_RECORD_BYTES + 1, 0x61);
    // Act
    const stats = await sender.sendAll([{ data: huge, partitionKey: 'acme' }]);
    // Assess
    expect(stats.claimChecked).toBe(1);
    const pointer = parsePointer(calls[0]?.[0]?.data as Buffer);
    expect(pointer?.bytes).toBe(huge.byteLength);
    expect((await store.get(pointer as NonNullable<typeof pointer>)).equals(huge)).toBe(true);
  });

  it('retries a whole call that failed with a retriable error', async () => {
    // Prepare
    let n = 0;
    const client: KinesisLike = {
      async send() {
        n++;
        if (n === 1) throw Object.assign(new Error('reset'), { name: 'TimeoutError' });
        return { FailedRecordCount: 0, Records: [{ SequenceNumber: '1', ShardId: 's' }] };
      },
    };
    const sender = createKinesisSender({
      client,
      streamName: 's',
      claimCheck: createDirClaimCheckStore(dir),
      backoff: noWait(),
    });
    // Act
    const stats = await sender.sendAll([{ data: Buffer.from('a'), partitionKey: 'a' }]);
    // Assess
    expect(stats).toMatchObject({ sent: 1, retried: 1, failed: 0 });
  });
});
