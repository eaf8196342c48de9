import { FirehoseClient, PutRecordBatchCommand, PutRecordCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { localAwsClientConfig } from '../../../src/io/aws-clients.js';
import {
  type FirehoseDelivery,
  type FirehoseServer,
  type FirehoseServerOptions,
  startFirehoseServer,
} from '../../../src/local/firehose-server.js';

/** Records what the server hands on, as the Parquet delivery would receive it. */
function recordingDelivery() {
  const puts: { streamName: string; records: Buffer[] }[] = [];
  let closed = 0;
  const delivery: FirehoseDelivery = {
    put(streamName, records) {
      puts.push({ streamName, records: [...records] });
    },
    async close() {
      closed++;
    },
  };
  return { delivery, puts, closedCount: () => closed, delivered: () => puts.flatMap((p) => p.records) };
}

const servers: FirehoseServer[] = [];
const clients: FirehoseClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(options: Omit<FirehoseServerOptions, 'delivery'> = {}) {
  const recorder = recordingDelivery();
  const server = await startFirehoseServer({ ...options, delivery: recorder.delivery });
  servers.push(server);
  // The SDK exactly as the Lambda uses it, pointed at the local endpoint. One attempt, so the
  // server's answers reach the test instead of the SDK's retry loop.
  const client = new FirehoseClient({
    ...localAwsClientConfig(server.endpoint),
    maxAttempts: 1,
  });
  clients.push(client);
  return { server, client, ...recorder };
}

const records = (n: number, size = 16) =>
  Array.from({ length: n }, (_, i) => ({ Data: Buffer.from(`${i}`.padEnd(size, '.')) }));

describe('local Firehose API with @aws-sdk/client-firehose', () => {
  it('accepts a PutRecordBatch and delivers the decoded records in order', async () => {
    // Prepare
    const { client, puts, server } = await setup();
    // Act
    const out = await client.send(
      new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: records(3) }),
    );
    // Assess
    expect(out.FailedPutCount).toBe(0);
    expect(out.RequestResponses).toHaveLength(3);
    for (const r of out.RequestResponses ?? []) expect(r.RecordId).toMatch(/^[\w-]{40,}$/);
    expect(new Set(out.RequestResponses?.map((r) => r.RecordId)).size).toBe(3);
    expect(puts).toHaveLength(1);
    expect(puts[0]?.streamName).toBe('analytics');
    expect(puts[0]?.records.map((b) => b.toString())).toEqual(records(3).map((r) => r.Data.toString()));
    expect(server.stats).toEqual({ calls: 1, accepted: 3, failed: 0 });
  });

  it('accepts a PutRecord', async () => {
    const { client, delivered } = await setup();
    const out = await client.send(
      new PutRecordCommand({ DeliveryStreamName: 'analytics', Record: { Data: Buffer.from('{"a":1}\n') } }),
    );
    expect(out.RecordId).toBeTruthy();
    expect(delivered().map(String)).toEqual(['{"a":1}\n']);
  });

  it('takes exactly 500 records and 4 MiB in one call', async () => {
    // Prepare: 500 records of 8 KiB = 4,000 KiB, under 4 MiB.
    const { client, delivered } = await setup();
    // Act
    const out = await client.send(
      new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: records(500, 8 * 1024) }),
    );
    // Assess
    expect(out.FailedPutCount).toBe(0);
    expect(delivered()).toHaveLength(500);
  });

  it.each([
    ['more than 500 records', () => records(501), 'ValidationException'],
    ['a record over 1,000 KiB', () => [{ Data: Buffer.alloc(1_000 * 1024 + 1) }], 'ValidationException'],
    [
      'more than 4 MiB in total',
      () => Array.from({ length: 5 }, () => ({ Data: Buffer.alloc(900 * 1024) })),
      'InvalidArgumentException',
    ],
    ['no records', () => [], 'ValidationException'],
  ])('rejects a call with %s as a whole (HTTP 400 %s)', async (_case, make, errorName) => {
    // Prepare
    const { client, delivered } = await setup();
    // Act
    const call = client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: make() }));
    // Assess
    await expect(call).rejects.toMatchObject({ name: errorName, $metadata: { httpStatusCode: 400 } });
    expect(delivered()).toHaveLength(0);
  });

  it('accepts a record of exactly 1,000 KiB', async () => {
    const { client, delivered } = await setup();
    await client.send(
      new PutRecordBatchCommand({
        DeliveryStreamName: 'analytics',
        Records: [{ Data: Buffer.alloc(1_000 * 1024) }],
      }),
    );
    expect(delivered()[0]?.length).toBe(1_000 * 1024);
  });

  it('answers ResourceNotFoundException for a stream that does not exist', async () => {
    const { client } = await setup({ streamNames: ['analytics'] });
    await expect(
      client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'nope', Records: records(1) })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('injected partial failures', () => {
  it('fails every nth record with per-record error codes and delivers only the rest', async () => {
    // Prepare
    const { client, delivered, server } = await setup({ failEveryNth: 3 });
    // Act
    const out = await client.send(
      new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: records(7) }),
    );
    // Assess: records 3 and 6 (1-based) fail.
    expect(out.FailedPutCount).toBe(2);
    const failedAt = (out.RequestResponses ?? []).flatMap((r, i) => (r.ErrorCode ? [i] : []));
    expect(failedAt).toEqual([2, 5]);
    expect(out.RequestResponses?.[2]).toMatchObject({ ErrorCode: 'ServiceUnavailableException' });
    expect(out.RequestResponses?.[2]?.RecordId).toBeUndefined();
    expect(delivered().map((b) => b.toString()[0])).toEqual(['0', '1', '3', '4', '6']);
    expect(server.stats).toEqual({ calls: 1, accepted: 5, failed: 2 });
  });

  it('lets a client that resends only the failed entries deliver everything exactly once', async () => {
    // Prepare: the first time a record is seen it fails, a retry succeeds.
    const seen = new Set<string>();
    const { client, delivered } = await setup({
      failRecord: ({ data }) => {
        const key = data.toString();
        if (seen.has(key)) return null;
        seen.add(key);
        return Number(key.split('.')[0]) % 2 === 0 ? 'ServiceUnavailableException' : null;
      },
    });
    let pending = records(10);
    // Act: the retry loop a sink runs.
    for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
      const out = await client.send(
        new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: pending }),
      );
      pending = pending.filter((_, i) => out.RequestResponses?.[i]?.ErrorCode);
    }
    // Assess
    expect(pending).toHaveLength(0);
    expect(delivered().map(String).sort()).toEqual(
      records(10)
        .map((r) => r.Data.toString())
        .sort(),
    );
  });

  it('fails a PutRecord call as a whole', async () => {
    const { client } = await setup({ failEveryNth: 1 });
    await expect(
      client.send(
        new PutRecordCommand({ DeliveryStreamName: 'analytics', Record: { Data: Buffer.from('x') } }),
      ),
    ).rejects.toMatchObject({ name: 'ServiceUnavailableException' });
  });

  it('rejects a nonsensical failEveryNth at start-up', async () => {
    await expect(
      startFirehoseServer({ delivery: recordingDelivery().delivery, failEveryNth: 0 }),
    ).rejects.toThrow(RangeError);
  });
});

describe('lifecycle', () => {
  it('listens on 127.0.0.1 and closes the delivery once on close', async () => {
    // Prepare
    const recorder = recordingDelivery();
    const server = await startFirehoseServer({ delivery: recorder.delivery });
    // Act
    await server.close();
    await server.close();
    // Assess
    expect(new URL(server.endpoint).hostname).toBe('127.0.0.1');
    expect(recorder.closedCount()).toBe(1);
  });

  it('answers a delivery failure with a 500 the SDK reports as a service error', async () => {
    // Prepare
    const server = await startFirehoseServer({
      delivery: {
        put() {
          throw new Error('disk full');
        },
        async close() {},
      },
    });
    servers.push(server);
    const client = new FirehoseClient({
      ...localAwsClientConfig(server.endpoint),
      maxAttempts: 1,
    });
    clients.push(client);
    // Act / Assess
    await expect(
      client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: records(1) })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 500 } });
  });
});
