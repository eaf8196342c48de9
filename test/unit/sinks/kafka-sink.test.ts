import type { ProducerBatch } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { PermanentSinkError, SinkError } from '../../../src/errors.js';
import { kafkaClientConfig } from '../../../src/io/kafka-client.js';
import {
  chunkBySize,
  createKafkaSink,
  type KafkaOutMessage,
  messageBytes,
  type ProducerLike,
} from '../../../src/processors/sinks/kafka-sink.js';

function msg(i: number, bytes = 10, topic = 'leads'): KafkaOutMessage {
  return { topic, key: `biz${i % 3}`, value: Buffer.alloc(bytes, i), headers: { 'lead-id': `l${i}` } };
}

function fakeProducers(failOnCall?: (n: number) => boolean) {
  const state = { created: 0, connects: 0, disconnects: 0, batches: [] as ProducerBatch[], calls: 0 };
  const create = (): ProducerLike => {
    state.created++;
    return {
      async connect() {
        state.connects++;
      },
      async disconnect() {
        state.disconnects++;
      },
      async sendBatch(batch) {
        state.calls++;
        if (failOnCall?.(state.calls)) throw new Error('KafkaJSNumberOfRetriesExceeded');
        state.batches.push(batch);
        return [];
      },
    };
  };
  return { state, create };
}

describe('createKafkaSink', () => {
  it('connects once and reuses the producer across sends (warm invocations)', async () => {
    // Prepare
    const { state, create } = fakeProducers();
    const sink = createKafkaSink({ createProducer: create, compression: 'gzip' });
    // Act
    await sink.send([msg(1)]);
    await sink.send([msg(2), msg(3, 10, 'rejected')]);
    // Assess
    expect(state.created).toBe(1);
    expect(state.connects).toBe(1);
    const second = state.batches[1] as ProducerBatch;
    expect(second.acks).toBe(-1);
    expect(second.compression).toBe(1); // CompressionTypes.GZIP
    expect(second.topicMessages?.map((t) => t.topic)).toEqual(['leads', 'rejected']);
  });

  it('fails only the record the broker refuses for good, permanently, and writes the rest', async () => {
    // Prepare: a broker that refuses any request holding the big message (MESSAGE_TOO_LARGE).
    const batches: ProducerBatch[] = [];
    const tooLarge = Object.assign(new Error('The request included a message larger than the max'), {
      type: 'MESSAGE_TOO_LARGE',
      retriable: false,
    });
    const sink = createKafkaSink({
      compression: 'none',
      createProducer: () => ({
        async connect() {},
        async disconnect() {},
        async sendBatch(batch) {
          const big = batch.topicMessages?.some((t) =>
            t.messages.some((m) => (m.value as Buffer).byteLength > 100),
          );
          if (big) throw tooLarge;
          batches.push(batch);
          return [];
        },
      }),
    });
    // Act
    const results = await sink.send([msg(1), msg(2, 500), msg(3)]);
    // Assess
    expect(results[0]).toBeNull();
    expect(results[1]).toBeInstanceOf(PermanentSinkError);
    expect(results[1]?.retriable).toBe(false);
    expect(results[2]).toBeNull();
    const written = batches.flatMap((b) => b.topicMessages?.flatMap((t) => t.messages) ?? []);
    expect(written.map((m) => m.headers?.['lead-id'])).toEqual(['l1', 'l3']);
  });

  it('splits an invocation into requests under the byte budget, keeping message order', async () => {
    // Prepare
    const { state, create } = fakeProducers();
    const sink = createKafkaSink({ createProducer: create, compression: 'none', maxRequestBytes: 1_000 });
    const messages = Array.from({ length: 10 }, (_, i) => msg(i, 300));
    // Act
    const results = await sink.send(messages);
    // Assess
    expect(results.every((r) => r === null)).toBe(true);
    expect(state.batches.length).toBeGreaterThan(1);
    const ids = state.batches.flatMap((b) =>
      b.topicMessages?.flatMap((t) => t.messages.map((m) => m.headers?.['lead-id'])),
    );
    expect(ids).toEqual(messages.map((m) => m.headers['lead-id']));
  });

  it('fails the failed request and all later ones, then starts a fresh producer', async () => {
    // Prepare
    const { state, create } = fakeProducers((n) => n === 2);
    const sink = createKafkaSink({ createProducer: create, compression: 'none', maxRequestBytes: 1_000 });
    const messages = Array.from({ length: 9 }, (_, i) => msg(i, 300));
    const chunks = chunkBySize(messages, 1_000);
    // Act
    const results = await sink.send(messages);
    await sink.send([msg(99)]);
    // Assess
    const firstChunk = chunks[0] as number[];
    results.forEach((r, i) => {
      if (firstChunk.includes(i)) expect(r).toBeNull();
      else expect(r).toBeInstanceOf(SinkError);
    });
    expect(state.disconnects).toBe(1);
    expect(state.created).toBe(2);
  });

  it('reports a failed connect as failures of every message', async () => {
    // Prepare
    const sink = createKafkaSink({
      createProducer: () => ({
        connect: () => Promise.reject(new Error('ECONNREFUSED')),
        disconnect: async () => {},
        sendBatch: async () => [],
      }),
      compression: 'none',
    });
    // Act
    const results = await sink.send([msg(1), msg(2)]);
    // Assess
    expect(results.map((r) => r?.retriable)).toEqual([true, true]);
  });
});

describe('chunkBySize', () => {
  it('gives an oversized message a request of its own', () => {
    const messages = [msg(0, 10), msg(1, 5_000), msg(2, 10)];
    expect(chunkBySize(messages, 1_000)).toEqual([[0], [1], [2]]);
    expect(messageBytes(messages[0] as KafkaOutMessage)).toBeGreaterThan(10);
  });
});

describe('kafkaClientConfig', () => {
  it('uses plaintext without auth and SASL OAUTHBEARER over TLS for MSK IAM', () => {
    const base = { brokers: ['127.0.0.1:9092'], clientId: 'x', compression: 'gzip' as const };
    const local = kafkaClientConfig({ ...base, auth: { kind: 'none' } });
    expect(local.ssl).toBeUndefined();
    expect(local.sasl).toBeUndefined();
    const iam = kafkaClientConfig({ ...base, auth: { kind: 'iam', region: 'eu-west-1' } });
    expect(iam.ssl).toBe(true);
    expect(iam.sasl?.mechanism).toBe('oauthbearer');
  });
});
