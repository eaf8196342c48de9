import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type _Record,
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
  type PutRecordsRequestEntry,
} from '@aws-sdk/client-kinesis';
import { CompressionTypes, Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import {
  ensureKafkaJars,
  javaBinary,
  type KafkaBroker,
  startKafkaBroker,
} from '../../src/local/kafka-broker.js';
import { startKinesisServer } from '../../src/local/kinesis-server.js';
import { portOpen } from '../../src/local/process-group.js';

const kafkaFor = (bootstrap: string): Kafka =>
  new Kafka({ clientId: 'local-stack-test', brokers: [bootstrap], logLevel: logLevel.NOTHING });

/** Produces with the settings the Kafka sink uses: idempotent, acks=all, GZIP. */
async function produce(
  kafka: Kafka,
  topic: string,
  messages: { key: string; value: string }[],
): Promise<void> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      compression: CompressionTypes.GZIP,
      messages: messages.map((m) => ({ ...m, headers: { source: 'local-stack-test' } })),
    });
  } finally {
    await producer.disconnect();
  }
}

/** Reads `count` messages from the beginning of `topic` with a fresh consumer group. */
async function consume(kafka: Kafka, topic: string, count: number): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `g-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen: KafkaMessage[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${seen.length}/${count} messages in 60 s`)),
        60_000,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push(message);
            if (seen.length === count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

async function createTopic(kafka: Kafka, topic: string, numPartitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    expect(await admin.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true })).toBe(true);
  } finally {
    await admin.disconnect();
  }
}

describe('Kafka broker (KRaft) with kafkajs', () => {
  it('round-trips keyed messages through an idempotent GZIP producer and a consumer group, in order per key', async () => {
    // Prepare
    const kafka = kafkaFor(inject('kafkaBootstrap'));
    const topic = `t-${randomUUID()}`;
    await createTopic(kafka, topic, 3);
    const sent = Array.from({ length: 300 }, (_, i) => ({ key: `business-${i % 7}`, value: `lead-${i}` }));

    // Act
    await produce(kafka, topic, sent);
    const received = await consume(kafka, topic, sent.length);

    // Assess
    expect(received.map((m) => m.value?.toString()).sort()).toEqual(sent.map((m) => m.value).sort());
    for (const key of new Set(sent.map((m) => m.key))) {
      const expected = sent.filter((m) => m.key === key).map((m) => m.value);
      const actual = received.filter((m) => m.key?.toString() === key).map((m) => m.value?.toString());
      expect(actual).toEqual(expected);
    }
    expect(received[0]?.headers?.source?.toString()).toBe('local-stack-test');
  });

  it("runs Kafka's console tools from the fetched jars: kafka-topics lists a topic made with kafkajs", async () => {
    // Prepare
    const bootstrap = inject('kafkaBootstrap');
    const topic = `tools-${randomUUID()}`;
    await createTopic(kafkaFor(bootstrap), topic, 1);
    const libs = await ensureKafkaJars();
    // Act: what bin/kafka-topics.sh runs.
    const { stdout } = await promisify(execFile)(
      javaBinary(),
      [
        '-cp',
        join(libs, '*'),
        'org.apache.kafka.tools.TopicCommand',
        '--bootstrap-server',
        bootstrap,
        '--list',
      ],
      { timeout: 60_000 },
    );
    // Assess
    expect(stdout.split('\n')).toContain(topic);
  });

  it('rejects a produce to a topic that was never created (auto-create is off)', async () => {
    const kafka = new Kafka({
      clientId: 'local-stack-test',
      brokers: [inject('kafkaBootstrap')],
      logLevel: logLevel.NOTHING,
      retry: { retries: 1, initialRetryTime: 50 },
    });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: `missing-${randomUUID()}`, messages: [{ value: 'x' }], acks: -1 }),
      ).rejects.toThrow();
    } finally {
      await producer.disconnect();
    }
  });
});

describe('Kafka broker restart', () => {
  let broker: KafkaBroker | undefined;
  afterAll(async () => {
    await broker?.close();
  });

  it('keeps topics and messages across stop/start on the same port and data directory', async () => {
    // Prepare: a broker of its own, so stopping it does not disturb the shared one.
    broker = await startKafkaBroker();
    const kafka = kafkaFor(broker.bootstrapServers);
    const topic = `restart-${randomUUID()}`;
    await createTopic(kafka, topic, 1);
    const sent = Array.from({ length: 20 }, (_, i) => ({ key: 'k', value: `before-${i}` }));
    await produce(kafka, topic, sent);

    // Act
    await broker.stop();
    const closedWhileStopped = !(await portOpen(broker.port));
    await broker.start();
    await produce(kafka, topic, [{ key: 'k', value: 'after' }]);
    const received = await consume(kafka, topic, sent.length + 1);

    // Assess
    expect(closedWhileStopped).toBe(true);
    expect(received.map((m) => m.value?.toString())).toEqual([...sent.map((m) => m.value), 'after']);
  });

  it('starts a second broker process on the same data directory with the same port', async () => {
    if (!broker) throw new Error('previous test did not start a broker');
    const { dataDir, port } = broker;
    await broker.stop();
    const again = await startKafkaBroker({ dataDir });
    try {
      expect(again.port).toBe(port);
      const admin = kafkaFor(again.bootstrapServers).admin();
      await admin.connect();
      const topics = await admin.listTopics();
      await admin.disconnect();
      expect(topics.some((t) => t.startsWith('restart-'))).toBe(true);
    } finally {
      await again.stop();
    }
  });
});

describe('Kinesis server', () => {
  const client = (): KinesisClient =>
    new KinesisClient({ ...localAwsClientConfig(inject('kinesisEndpoint')), maxAttempts: 1 });

  async function createActiveStream(kinesis: KinesisClient, shards: number): Promise<string> {
    const name = `s-${randomUUID()}`;
    await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: shards }));
    for (let i = 0; i < 100; i++) {
      const d = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }));
      if (d.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return name;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`stream ${name} never became ACTIVE`);
  }

  async function drainShard(kinesis: KinesisClient, stream: string, shardId: string): Promise<_Record[]> {
    const { ShardIterator } = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: stream,
        ShardId: shardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const records: _Record[] = [];
    let iterator = ShardIterator;
    while (iterator) {
      const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 300 }));
      records.push(...(page.Records ?? []));
      if ((page.Records ?? []).length === 0) break;
      iterator = page.NextShardIterator;
    }
    return records;
  }

  it('returns 1,000 put records from GetRecords in put order per partition key, with increasing sequence numbers', async () => {
    // Prepare
    const kinesis = client();
    const stream = await createActiveStream(kinesis, 2);
    const entries: PutRecordsRequestEntry[] = Array.from({ length: 1_000 }, (_, i) => ({
      PartitionKey: `business-${i % 13}`,
      Data: Buffer.from(JSON.stringify({ i, pad: 'x'.repeat(4_000) })),
    }));
    const putAt = Date.now();

    // Act
    const sequenceByIndex: string[] = [];
    for (let start = 0; start < entries.length; start += 500) {
      const res = await kinesis.send(
        new PutRecordsCommand({ StreamName: stream, Records: entries.slice(start, start + 500) }),
      );
      expect(res.FailedRecordCount).toBe(0);
      for (const r of res.Records ?? []) sequenceByIndex.push(r.SequenceNumber ?? '');
    }
    const shards = (await kinesis.send(new ListShardsCommand({ StreamName: stream }))).Shards ?? [];
    const perShard = await Promise.all(shards.map((s) => drainShard(kinesis, stream, s.ShardId ?? '')));

    // Assess
    expect(shards).toHaveLength(2);
    const all = perShard.flat();
    expect(all).toHaveLength(entries.length);
    for (const records of perShard) {
      const seqs = records.map((r) => BigInt(r.SequenceNumber ?? '0'));
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as bigint);
    }
    const decoded = all.map((r) => ({
      i: (JSON.parse(Buffer.from(r.Data ?? new Uint8Array()).toString()) as { i: number }).i,
      key: r.PartitionKey,
      seq: r.SequenceNumber,
      at: r.ApproximateArrivalTimestamp,
    }));
    expect(new Set(decoded.map((d) => d.i)).size).toBe(entries.length);
    for (const d of decoded) {
      expect(d.seq).toBe(sequenceByIndex[d.i]);
      expect(d.key).toBe(`business-${d.i % 13}`);
      expect(d.at).toBeInstanceOf(Date);
      expect(Math.abs((d.at as Date).getTime() - putAt)).toBeLessThan(60_000);
    }
    for (const records of perShard) {
      const byKey = new Map<string, number[]>();
      for (const r of records) {
        const i = (JSON.parse(Buffer.from(r.Data ?? new Uint8Array()).toString()) as { i: number }).i;
        byKey.set(r.PartitionKey ?? '', [...(byKey.get(r.PartitionKey ?? '') ?? []), i]);
      }
      for (const order of byKey.values()) expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('fails some PutRecords entries with ProvisionedThroughputExceededException when limits are enforced', async () => {
    // Prepare: a server of its own with AWS's per-shard write limit (1 MiB/s, 1,000 records/s).
    const server = await startKinesisServer({ enforceLimits: true });
    try {
      const kinesis = new KinesisClient({ ...localAwsClientConfig(server.endpoint), maxAttempts: 1 });
      const stream = await createActiveStream(kinesis, 1);
      const batch = Array.from({ length: 500 }, (_, i) => ({
        PartitionKey: `k${i}`,
        Data: Buffer.alloc(4_096, i % 256),
      }));

      // Act: one call alone carries 2 MB for one shard, twice its 1 MiB/s, however slow the machine.
      const results = [];
      for (let n = 0; n < 2; n++)
        results.push(await kinesis.send(new PutRecordsCommand({ StreamName: stream, Records: batch })));

      // Assess: a partial failure, entry by entry, like AWS.
      const entries = results.flatMap((r) => r.Records ?? []);
      const failed = entries.filter((e) => e.ErrorCode);
      expect(failed.length).toBeGreaterThan(0);
      expect(results.reduce((sum, r) => sum + (r.FailedRecordCount ?? 0), 0)).toBe(failed.length);
      expect(new Set(failed.map((e) => e.ErrorCode))).toEqual(
        new Set(['ProvisionedThroughputExceededException']),
      );
      expect(entries.filter((e) => !e.ErrorCode).every((e) => e.SequenceNumber && e.ShardId)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('stops cleanly and frees its port', async () => {
    const server = await startKinesisServer();
    await server.stop();
    expect(await portOpen(server.port)).toBe(false);
  });
});
