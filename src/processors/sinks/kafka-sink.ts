import type { Kafka, Producer, ProducerBatch, RecordMetadata } from 'kafkajs';
import { PermanentSinkError, SinkError } from '../../errors.js';
import { KAFKA_CLIENT_RETRY } from '../../io/kafka-client.js';

/** One message for the leads or rejected topic. */
export interface KafkaOutMessage {
  topic: string;
  /** businessId: Kafka's default (murmur2) partitioner keeps one business's messages in order. */
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** The part of a kafkajs Producer the sink uses, so unit tests can pass a fake. */
export interface ProducerLike {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]>;
}

export interface KafkaSink {
  /**
   * Writes the messages; returns one entry per input message, null when it was acknowledged by all
   * in-sync replicas, a PermanentSinkError when the broker refused that record for good (a retry
   * cannot help), else the SinkError that failed it. Never throws for broker errors.
   */
  send(messages: readonly KafkaOutMessage[]): Promise<Array<SinkError | PermanentSinkError | null>>;
  /** Connects now (e.g. during the Lambda init phase) instead of on the first send. */
  connect(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Kafka limits a whole record batch (one partition's messages in one request), not one message:
 * `message.max.bytes` defaults to 1 MiB on Apache Kafka and is 8 MiB on MSK Serverless
 * (https://docs.aws.amazon.com/msk/latest/developerguide/limits.html). kafkajs does not split by
 * size, so one sendBatch of many rejected emails carrying raw bytes could exceed it. We cut the
 * invocation's messages into requests of at most this many (uncompressed) bytes; the usual batch of
 * leads (a few KiB each) is still a single request.
 */
export const MAX_KAFKA_REQUEST_BYTES = 768 * 1024;
/** Estimated per-message framing (offsets, lengths, timestamps), so many tiny messages still count. */
const MESSAGE_OVERHEAD_BYTES = 64;

export interface KafkaSinkOptions {
  /** Called to make a fresh producer; again after a failure (see `send`). */
  createProducer: () => ProducerLike;
  compression: 'gzip' | 'none';
  maxRequestBytes?: number;
  /** Broker-side wait for the in-sync replicas' acks (ms). */
  ackTimeoutMs?: number;
}

export function createKafkaSink(options: KafkaSinkOptions): KafkaSink {
  const maxRequestBytes = options.maxRequestBytes ?? MAX_KAFKA_REQUEST_BYTES;
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  let producer: ProducerLike | null = null;
  let connecting: Promise<ProducerLike> | null = null;
  // Loaded lazily with the producer: CompressionTypes lives in kafkajs.
  let gzip: number | undefined;

  // Connect on first use and keep the connection for the container's lifetime: a warm Lambda reuses
  // it, so only a cold start pays for the TLS handshake, SASL and InitProducerId.
  async function ready(): Promise<ProducerLike> {
    if (producer) return producer;
    connecting ??= (async () => {
      const p = options.createProducer();
      try {
        await p.connect();
      } catch (err) {
        await p.disconnect().catch(() => undefined);
        throw err;
      }
      if (options.compression === 'gzip' && gzip === undefined) {
        gzip = (await import('kafkajs')).CompressionTypes.GZIP;
      }
      producer = p;
      return p;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  // After a failed request the idempotent producer's per-partition sequence numbers may not match
  // the broker's any more (the broker may have written a batch whose ack we lost). A new producer
  // gets a new producer id and starts its sequences afresh; the records are retried by Lambda and
  // consumers drop the duplicates by leadId.
  async function reset(): Promise<void> {
    const p = producer;
    producer = null;
    await p?.disconnect().catch(() => undefined);
  }

  /** Sends the messages at these indexes in one request; resolves with the failure, or null. */
  async function sendChunk(messages: readonly KafkaOutMessage[], chunk: number[]): Promise<unknown> {
    try {
      const p = await ready();
      await p.sendBatch({
        acks: -1,
        timeout: ackTimeoutMs,
        ...(options.compression === 'gzip' ? { compression: gzip } : {}),
        topicMessages: groupByTopic(messages, chunk),
      });
      return null;
    } catch (cause) {
      await reset();
      return cause;
    }
  }
  return {
    async send(messages) {
      const results: Array<SinkError | PermanentSinkError | null> = messages.map(() => null);
      if (messages.length === 0) return results;
      const chunks = chunkBySize(messages, maxRequestBytes);
      for (let c = 0; c < chunks.length; c++) {
        const chunk = chunks[c] as number[];
        const cause = await sendChunk(messages, chunk);
        if (cause === null) continue;
        if (refusesRecord(cause)) {
          // The broker refused a record for good (too large, invalid). Find which by sending the
          // chunk's messages one by one: only those fail, permanently, and the rest go through.
          for (const i of chunk) {
            const single = chunk.length === 1 ? cause : await sendChunk(messages, [i]);
            if (single === null) continue;
            results[i] = refusesRecord(single)
              ? new PermanentSinkError('Kafka refused the record', {
                  cause: single,
                  context: { type: kafkaErrorType(single) ?? 'unknown' },
                })
              : new SinkError('Kafka write failed after retries', { cause: single });
          }
          continue;
        }
        // The broker is unreachable or failed the request after the client's retries. The remaining
        // chunks would most likely fail the same way after the same wait, so fail them now and let
        // Lambda retry the records.
        const error = new SinkError('Kafka write failed after retries', {
          cause,
          context: { chunk: c, chunks: chunks.length },
        });
        for (let r = c; r < chunks.length; r++) for (const i of chunks[r] as number[]) results[i] = error;
        break;
      }
      return results;
    },
    async connect() {
      await ready();
    },
    async close() {
      if (connecting) await connecting.catch(() => undefined);
      await reset();
    },
  };
}

export function messageBytes(m: KafkaOutMessage): number {
  let n = MESSAGE_OVERHEAD_BYTES + m.value.byteLength + Buffer.byteLength(m.key);
  for (const [k, v] of Object.entries(m.headers)) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

/** Splits message indexes into consecutive chunks of at most `maxBytes`; a larger message gets a chunk of its own. */
export function chunkBySize(messages: readonly KafkaOutMessage[], maxBytes: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  messages.forEach((m, i) => {
    const n = messageBytes(m);
    if (current.length > 0 && size + n > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += n;
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function groupByTopic(
  messages: readonly KafkaOutMessage[],
  indexes: number[],
): ProducerBatch['topicMessages'] {
  const byTopic = new Map<string, Array<{ key: string; value: Buffer; headers: Record<string, string> }>>();
  for (const i of indexes) {
    const m = messages[i] as KafkaOutMessage;
    let list = byTopic.get(m.topic);
    if (!list) {
      list = [];
      byTopic.set(m.topic, list);
    }
    list.push({ key: m.key, value: m.value, headers: m.headers });
  }
  return [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs }));
}

/**
 * The producer settings behind "exactly once per producer session": idempotent needs acks=-1 (all
 * in-sync replicas) and, in kafkajs, at most one in-flight request per connection so retried
 * batches cannot be reordered. kafkajs warns that limiting an idempotent producer's retries "may
 * invalidate EoS guarantees": we accept that, because an unbounded retry would hang the invocation
 * until the Lambda timeout; duplicates from our retries carry the same leadId.
 */
export function createKafkajsProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    retry: KAFKA_CLIENT_RETRY,
  });
}

/**
 * Kafka error codes that refuse a record, not the request's circumstances: retrying the same bytes
 * fails the same way (https://kafka.apache.org/protocol#protocol_error_codes).
 */
const RECORD_REFUSALS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TIMESTAMP',
]);

/** The kafkajs protocol error type in an error or its causes (kafkajs wraps errors on retry). */
function kafkaErrorType(err: unknown): string | undefined {
  for (let e = err as { type?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.type === 'string') return e.type;
    e = e.cause as typeof e;
  }
  return undefined;
}

function refusesRecord(err: unknown): boolean {
  return RECORD_REFUSALS.has(kafkaErrorType(err) ?? '');
}
