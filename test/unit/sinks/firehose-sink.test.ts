import type { PutRecordBatchCommand } from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { PermanentSinkError, SinkError } from '../../../src/errors.js';
import { createBackoff } from '../../../src/io/backoff.js';
import {
  chunkRecords,
  createFirehoseSink,
  type FirehoseLike,
  MAX_FIREHOSE_BATCH_BYTES,
  MAX_FIREHOSE_BATCH_RECORDS,
  MAX_FIREHOSE_RECORD_BYTES,
} from '../../../src/processors/sinks/firehose-sink.js';

const noWait = (maxAttempts = 4) =>
  createBackoff({ policy: { maxAttempts, baseDelayMs: 1, maxDelayMs: 1 }, sleep: async () => {} });

/** A fake Firehose that fails the entries `failing` says, per call. */
function fakeFirehose(failing: (data: string, call: number) => string | null) {
  const calls: string[][] = [];
  const client: FirehoseLike = {
    async send(command) {
      const records = (command as PutRecordBatchCommand).input.Records ?? [];
      const data = records.map((r) => Buffer.from(r.Data as Uint8Array).toString());
      calls.push(data);
      const responses = data.map((d) => {
        const code = failing(d, calls.length);
        return code ? { ErrorCode: code, ErrorMessage: 'x' } : { RecordId: 'id' };
      });
      return {
        FailedPutCount: responses.filter((r) => 'ErrorCode' in r).length,
        RequestResponses: responses,
      };
    },
  };
  return { client, calls };
}

describe('createFirehoseSink', () => {
  it('retries only the failed entries of a partial failure', async () => {
    // Prepare: r1 fails once, r3 twice.
    const seen = new Map<string, number>();
    const { client, calls } = fakeFirehose((d) => {
      const n = (seen.get(d) ?? 0) + 1;
      seen.set(d, n);
      if (d === 'r1' && n <= 1) return 'ServiceUnavailableException';
      if (d === 'r3' && n <= 2) return 'ServiceUnavailableException';
      return null;
    });
    const sink = createFirehoseSink({ client, streamName: 's', backoff: noWait() });
    // Act
    const results = await sink.put(['r0', 'r1', 'r2', 'r3'].map((s) => Buffer.from(s)));
    // Assess
    expect(results).toEqual([null, null, null, null]);
    expect(calls).toEqual([['r0', 'r1', 'r2', 'r3'], ['r1', 'r3'], ['r3']]);
  });

  it('fails what still fails after the last attempt with a SinkError', async () => {
    // Prepare
    const { client, calls } = fakeFirehose((d) => (d === 'bad' ? 'InternalFailure' : null));
    const sink = createFirehoseSink({ client, streamName: 's', backoff: noWait(3) });
    // Act
    const results = await sink.put([Buffer.from('ok'), Buffer.from('bad')]);
    // Assess
    expect(results[0]).toBeNull();
    expect(results[1]).toBeInstanceOf(SinkError);
    expect(calls).toHaveLength(3);
  });

  it('fails a record over 1,000 KiB without sending it', async () => {
    // Prepare
    const { client, calls } = fakeFirehose(() => null);
    const sink = createFirehoseSink({ client, streamName: 's', backoff: noWait() });
    // Act
    const results = await sink.put([Buffer.alloc(MAX_FIREHOSE_RECORD_BYTES + 1), Buffer.from('ok')]);
    // Assess
    expect(results[0]).toBeInstanceOf(PermanentSinkError);
    expect(results[1]).toBeNull();
    expect(calls).toEqual([['ok']]);
  });

  it('retries a whole call on a throttling exception, not on a validation error', async () => {
    // Prepare
    let n = 0;
    const throttled: FirehoseLike = {
      async send() {
        n++;
        if (n === 1) throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
        return { FailedPutCount: 0, RequestResponses: [{ RecordId: 'a' }] };
      },
    };
    const invalid: FirehoseLike = {
      send: async () =>
        Promise.reject(Object.assign(new Error('no such stream'), { name: 'ResourceNotFoundException' })),
    };
    // Act
    const ok = await createFirehoseSink({ client: throttled, streamName: 's', backoff: noWait() }).put([
      Buffer.from('a'),
    ]);
    const bad = await createFirehoseSink({ client: invalid, streamName: 's', backoff: noWait() }).put([
      Buffer.from('a'),
    ]);
    // Assess
    expect(ok).toEqual([null]);
    expect(bad[0]).toBeInstanceOf(PermanentSinkError);
  });
});

describe('chunkRecords', () => {
  it('keeps calls within 500 records and 4 MiB', () => {
    const small = Array.from({ length: 1_201 }, () => Buffer.alloc(10));
    const sizes = chunkRecords(
      small,
      small.map((_, i) => i),
    ).map((c) => c.length);
    expect(sizes).toEqual([MAX_FIREHOSE_BATCH_RECORDS, MAX_FIREHOSE_BATCH_RECORDS, 201]);
    const big = Array.from({ length: 10 }, () => Buffer.alloc(900 * 1024));
    for (const chunk of chunkRecords(
      big,
      big.map((_, i) => i),
    )) {
      expect(chunk.reduce((s, i) => s + (big[i] as Buffer).byteLength, 0)).toBeLessThanOrEqual(
        MAX_FIREHOSE_BATCH_BYTES,
      );
    }
  });
});
