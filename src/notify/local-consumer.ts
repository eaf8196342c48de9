/**
 * The notifier as a kafkajs consumer group inside the local stack: what a business's own consumer
 * of the leads topic looks like. Offsets are committed after each message is handled, so a restart
 * re-reads at most the messages in flight (and the seen-store skips those already notified).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Notifier, NotifyDeadLetter, NotifyOutcome } from './notifier.js';

/** What happened to one message of the leads topic, with the times the latency report needs. */
export interface HandledLead {
  outcome: NotifyOutcome;
  leadId: string | null;
  businessId: string | null;
  /** The message's Kafka timestamp: when the processor produced it (epoch ms). */
  producedAtMs: number;
  /** When this consumer got the message from its fetch (epoch ms). */
  consumedAtMs: number;
}

export interface LocalNotifierOptions {
  bootstrap: string;
  topic: string;
  groupId?: string;
  notifier: Notifier;
  onHandled?: (r: HandledLead) => void;
  log?: (line: string) => void;
}

export interface LocalNotifier {
  stop(): Promise<void>;
}

export async function startLocalNotifier(options: LocalNotifierOptions): Promise<LocalNotifier> {
  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({
    clientId: 'leadstream-notifier',
    brokers: [options.bootstrap],
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: options.groupId ?? 'leadstream-notifier' });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  await consumer.run({
    // Partitions in parallel; within one, in order (one business's leads stay ordered).
    partitionsConsumedConcurrently: 3,
    eachMessage: async ({ topic, partition, message }) => {
      const consumedAtMs = Date.now();
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
      const result = await options.notifier.handle({
        value: message.value ?? Buffer.alloc(0),
        headers,
        position: `${topic}/${partition}@${message.offset}`,
      });
      options.onHandled?.({ ...result, producedAtMs: Number(message.timestamp), consumedAtMs });
    },
  });
  return { stop: () => consumer.disconnect() };
}

/** Dead-lettered notifications as JSON lines (the local stand-in for the Lambda's SQS queue). */
export function createNotifyDeadLetterFile(path: string): (entry: NotifyDeadLetter) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (entry) => {
    tail = tail.then(async () => {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify(entry)}\n`);
    });
    return tail;
  };
}
