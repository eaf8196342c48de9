import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { leadstreamHome } from '../config/state-dir.js';
import type { SmtpIngress, SmtpIngressOptions } from '../ingress/smtp.js';
import type { HandledLead } from '../notify/local-consumer.js';
import type { WebhookDeps } from '../notify/webhook.js';
import type { BatchReport } from '../processors/handlers/batch-report.js';
import {
  createCountingMetrics,
  type HandlerLogger,
  silentLogger,
} from '../processors/handlers/observability.js';
import type { Processor } from '../processors/handlers/wiring.js';
import { createDeadLetterFile } from './dead-letter.js';
import { ANALYTICS_PREFIX } from './parquet-delivery.js';
import { localS3Dir } from './paths.js';
import type { Poller, PollerOptions } from './poller.js';
import { supervise } from './supervisor.js';

/**
 * The local stack: real components on 127.0.0.1, wired exactly as in AWS except for the endpoints.
 *
 *   Kinesis API server ─► poller (Lambda's event-source semantics) ─► the Lambda handler
 *        ─► Kafka 3.9 broker (KRaft)   and   ─► local Firehose API ─► Snappy Parquet under dt=…/
 *
 * Every piece can be swapped for an existing one (a broker or Kinesis endpoint you already run), so
 * the integration tests share one broker and one Kinesis server across files.
 */
export interface LocalPaths {
  root: string;
  /** The local "S3 bucket": analytics Parquet and claim-check objects, under the same prefixes as in AWS. */
  bucketDir: string;
  kafkaDir: string;
  analyticsDir: string;
  claimCheckDir: string;
  deadLetterFile: string;
  checkpointFile: string;
  /** Notifications the webhook notifier gave up on (JSON lines). */
  notifyDeadLetterFile: string;
  /** The Kinesis server's write-ahead log and snapshots (durable stacks). */
  kinesisStateDir: string;
  /** The local Firehose's write-ahead log: records acknowledged and not yet in Parquet. */
  firehoseWalDir: string;
}

/**
 * The stack's directories. Without `root`, the bucket is localS3Dir() (./paths.ts), so
 * `leadstream query` and `leadstream send --endpoint …` find the stack's data without options.
 */
export function localPaths(root?: string): LocalPaths {
  const base = root ?? join(leadstreamHome(), 'data');
  const bucketDir = root ? join(root, 's3') : localS3Dir();
  return {
    root: base,
    bucketDir,
    kafkaDir: join(base, 'kafka'),
    analyticsDir: join(bucketDir, ANALYTICS_PREFIX),
    claimCheckDir: join(bucketDir, 'claim-check'),
    deadLetterFile: join(base, 'dead-letter.jsonl'),
    notifyDeadLetterFile: join(base, 'notify-dead-letter.jsonl'),
    checkpointFile: join(base, 'checkpoints.json'),
    kinesisStateDir: join(base, 'kinesis'),
    firehoseWalDir: join(base, 'firehose-wal'),
  };
}

export interface LocalStackOptions {
  /** Root of the stack's data; wiped first when `fresh`. @default leadstreamHome()/data (bucket: localS3Dir()) */
  dataDir?: string;
  /** Remove the data directory before starting. @default true */
  fresh?: boolean;
  /**
   * Keep what was acknowledged on disk: the Kinesis server's streams (its write-ahead log) and the
   * local Firehose's accepted records, so a kill -9 loses nothing and `fresh: false` resumes. It costs
   * an fsync per PutRecords, shared by concurrent calls (docs/local-durability.md). @default true
   */
  durable?: boolean;
  /** Use this broker instead of starting one. */
  kafkaBootstrap?: string;
  /** Use this Kinesis endpoint instead of starting a server. */
  kinesisEndpoint?: string;
  streamName?: string;
  /** @default 2 */
  shards?: number;
  leadsTopic?: string;
  rejectedTopic?: string;
  /** @default 3 */
  partitions?: number;
  firehoseStreamName?: string;
  /** Firehose buffering hints: Firehose's minimum in AWS is 1 MiB / 60 s; locally shorter so results show quickly. */
  firehoseBufferBytes?: number;
  firehoseBufferIntervalMs?: number;
  /** Event-source settings for the poller (batch size, window, retries…). */
  poller?: Partial<
    Omit<PollerOptions, 'client' | 'streamName' | 'handler' | 'deadLetter' | 'checkpointFile'>
  >;
  /** Extra processor environment (e.g. LEADSTREAM_CONFIG, LEADS_TOPIC_BY_BUSINESS). */
  env?: NodeJS.ProcessEnv;
  logger?: HandlerLogger;
  onBatch?: (report: BatchReport) => void;
  /** Progress lines for humans. */
  log?: (line: string) => void;
  /**
   * The SMTP ingress on 127.0.0.1 (src/ingress/smtp.ts); `false` leaves it off. Domains default to
   * those of the rules file's recipients map, else `localhost`.
   */
  smtp?:
    | false
    | (Partial<
        Pick<SmtpIngressOptions, 'port' | 'domains' | 'maxMessageBytes' | 'maxClients' | 'maxRecipients'>
      > &
        Pick<SmtpIngressOptions, 'onAccepted'>);
  /** The webhook notifier (src/notify/), started when the rules file configures channels. */
  notify?: {
    onHandled?: (r: HandledLead) => void;
    webhook?: WebhookDeps;
  };
  /**
   * The broker or the Kinesis server died and would not stay up after the supervisor's restarts.
   * The stack cannot go on: stop it. @default a log line
   */
  onFatal?: (err: Error) => void;
}

export interface LocalStack {
  readonly paths: LocalPaths;
  readonly kafkaBootstrap: string;
  readonly kinesisEndpoint: string;
  readonly firehoseEndpoint: string;
  readonly streamName: string;
  readonly topics: { leads: string; rejected: string };
  readonly kinesis: KinesisClient;
  readonly metrics: ReturnType<typeof createCountingMetrics>;
  /** The processor environment the handler was built from (the same names the Lambda reads). */
  readonly processorEnv: Record<string, string>;
  poller(): Poller;
  /** Stops the poller and the handler's producer, then starts both again (a Lambda redeploy / cold start). */
  restartProcessor(): Promise<void>;
  /** Waits until the Firehose delivery has written everything buffered to Parquet. */
  flushAnalytics(): Promise<void>;
  /** Stops everything this stack started, in reverse order. Idempotent. */
  stop(): Promise<void>;
  /** The SMTP ingress, unless turned off. */
  readonly smtp: SmtpIngress | null;
  /** True when the rules file configures notification channels and the notifier runs. */
  readonly notifying: boolean;
  /** The broker, when this stack started it (null when given a bootstrap address). */
  readonly broker: { stop(): Promise<void>; start(): Promise<void> } | null;
}

export const DEFAULT_STREAM_NAME = 'leadstream-emails';
export const DEFAULT_FIREHOSE_STREAM = 'leadstream-analytics';

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const onFatal = options.onFatal ?? ((err: Error) => log(err.message));
  const paths = localPaths(options.dataDir);
  if (options.fresh ?? true) {
    await rm(paths.root, { recursive: true, force: true });
    await rm(paths.bucketDir, { recursive: true, force: true });
  }
  await mkdir(paths.root, { recursive: true });
  const streamName = options.streamName ?? DEFAULT_STREAM_NAME;
  const topics = { leads: options.leadsTopic ?? 'leads', rejected: options.rejectedTopic ?? 'rejected' };
  const firehoseStreamName = options.firehoseStreamName ?? DEFAULT_FIREHOSE_STREAM;

  // Everything started is pushed here so a failure half-way still stops what is running.
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    while (stoppers.length > 0) {
      const s = stoppers.pop() as () => Promise<void>;
      await s().catch((err: unknown) => log(`stop: ${(err as Error).message}`));
    }
  };

  try {
    // 1. Kafka and Kinesis, in parallel: the broker's JVM takes a few seconds.
    const [brokerInfo, kinesisInfo] = await Promise.all([
      (async () => {
        if (options.kafkaBootstrap) return { bootstrap: options.kafkaBootstrap, broker: null };
        log('starting Kafka broker (first run downloads the jars with Maven)…');
        const { startKafkaBroker } = await import('./kafka-broker.js');
        const broker = await startKafkaBroker({ dataDir: paths.kafkaDir, log });
        stoppers.push(() => broker.close());
        const unsupervise = supervise('kafka broker', broker, { log, onGiveUp: onFatal });
        stoppers.push(async () => unsupervise());
        return { bootstrap: broker.bootstrapServers, broker };
      })(),
      (async () => {
        if (options.kinesisEndpoint) return options.kinesisEndpoint;
        log('starting Kinesis server…');
        const { startKinesisServer } = await import('./kinesis-server.js');
        const durable = options.durable ?? true;
        // The logger carries the one-time cargo build's progress (minutes on a first run).
        const server = await startKinesisServer({
          log,
          ...(durable ? { stateDir: paths.kinesisStateDir } : {}),
        });
        stoppers.push(() => server.stop());
        const unsupervise = supervise('kinesis server', server, { log, onGiveUp: onFatal });
        stoppers.push(async () => unsupervise());
        return server.endpoint;
      })(),
    ]);

    // 2. Firehose API + Parquet delivery.
    const { startFirehoseServer } = await import('./firehose-server.js');
    const { createParquetDelivery } = await import('./parquet-delivery.js');
    const delivery = createParquetDelivery({
      dir: paths.bucketDir,
      streamName: firehoseStreamName,
      bufferBytes: options.firehoseBufferBytes ?? 1024 * 1024,
      bufferIntervalMs: options.firehoseBufferIntervalMs ?? 5_000,
      ...((options.durable ?? true) ? { walDir: paths.firehoseWalDir } : {}),
    });
    const firehose = await startFirehoseServer({ delivery, streamNames: [firehoseStreamName] });
    stoppers.push(() => firehose.close());

    // 3. Stream and topics.
    const { localAwsClientConfig } = await import('../io/aws-clients.js');
    const { KinesisClient } = await import('@aws-sdk/client-kinesis');
    const { FirehoseClient } = await import('@aws-sdk/client-firehose');
    const kinesis = new KinesisClient({ ...localAwsClientConfig(kinesisInfo), maxAttempts: 3 });
    stoppers.push(async () => kinesis.destroy());
    await ensureStream(kinesis, streamName, options.shards ?? 2);
    await ensureTopics(brokerInfo.bootstrap, [topics.leads, topics.rejected], options.partitions ?? 3);

    // 4. The processor (the Lambda's code) and the poller (the event source mapping).
    const processorEnv: Record<string, string> = {
      ...stringEnv(process.env),
      KAFKA_BROKERS: brokerInfo.bootstrap,
      KAFKA_AUTH: 'none',
      LEADS_TOPIC: topics.leads,
      REJECTED_TOPIC: topics.rejected,
      FIREHOSE_STREAM_NAME: firehoseStreamName,
      FIREHOSE_ENDPOINT: firehose.endpoint,
      CLAIM_CHECK_DIR: paths.claimCheckDir,
      ...stringEnv(options.env ?? {}),
    };
    // The local clients never hold AWS credentials: these servers do not check them.
    delete processorEnv.CLAIM_CHECK_BUCKET;
    const metrics = createCountingMetrics();
    const firehoseClient = new FirehoseClient({ ...localAwsClientConfig(firehose.endpoint), maxAttempts: 3 });
    stoppers.push(async () => firehoseClient.destroy());
    const { createProcessorFromEnv } = await import('../processors/handlers/wiring.js');
    const { startPoller } = await import('./poller.js');

    let processor: Processor | null = null;
    let poller: Poller | null = null;
    const startProcessor = async () => {
      processor = await createProcessorFromEnv(processorEnv, {
        logger: options.logger ?? silentLogger,
        metrics,
        firehoseClient: firehoseClient as never,
        ...(options.onBatch ? { onBatch: options.onBatch } : {}),
      });
      const p = processor;
      poller = await startPoller({
        client: kinesis,
        streamName,
        handler: (event, context) => p.handler(event, context),
        deadLetter: createDeadLetterFile(paths.deadLetterFile),
        checkpointFile: paths.checkpointFile,
        log,
        ...options.poller,
      });
    };
    const stopProcessor = async () => {
      await (poller as Poller | null)?.stop();
      await (processor as Processor | null)?.close();
      poller = null;
      processor = null;
    };
    await startProcessor();
    stoppers.push(stopProcessor);

    // 5. Mail in (SMTP → Kinesis) and notifications out (leads topic → webhooks).
    const { loadConfig } = await import('../config/load.js');
    const rules = await loadConfig(processorEnv.LEADSTREAM_CONFIG, processorEnv);
    const notifying = Object.keys(rules.notifications.businesses).length > 0;
    if (notifying) {
      if (Object.values(rules.notifications.businesses).some((c) => c.sns)) {
        log('notifications: the sns channel is AWS-only; locally only webhooks are delivered');
      }
      const { createNotifier, secretFromEnv } = await import('../notify/notifier.js');
      const { createMemorySeenStore } = await import('../notify/seen.js');
      const { startLocalNotifier, createNotifyDeadLetterFile } = await import('../notify/local-consumer.js');
      const notifier = await startLocalNotifier({
        bootstrap: brokerInfo.bootstrap,
        topic: topics.leads,
        notifier: createNotifier({
          notifications: rules.notifications,
          resolveSecret: (ref) => secretFromEnv(ref, processorEnv),
          seen: createMemorySeenStore(),
          deadLetter: createNotifyDeadLetterFile(paths.notifyDeadLetterFile),
          ...(options.notify?.webhook ? { webhook: options.notify.webhook } : {}),
        }),
        ...(options.notify?.onHandled ? { onHandled: options.notify.onHandled } : {}),
        log,
      });
      stoppers.push(() => notifier.stop());
    }
    let smtp: SmtpIngress | null = null;
    if (options.smtp !== false) {
      const smtpOptions = options.smtp ?? {};
      const { startSmtpIngress, defaultSmtpDomains } = await import('../ingress/smtp.js');
      const { createKinesisSender } = await import('../sender/kinesis-sender.js');
      const { createDirClaimCheckStore } = await import('../io/claim-check.js');
      const { createPartitionKeyFn } = await import('../sender/partition-key.js');
      const { createBusinessRouter } = await import('../processors/routing.js');
      const { createBackoff } = await import('../io/backoff.js');
      const ingress = await startSmtpIngress({
        ...smtpOptions,
        domains: smtpOptions.domains ?? defaultSmtpDomains(rules.businesses.recipients),
        sender: createKinesisSender({
          client: kinesis,
          streamName,
          claimCheck: createDirClaimCheckStore(paths.claimCheckDir),
          // An SMTP client is waiting: give up within seconds and answer 451, the client retries later.
          backoff: createBackoff({ policy: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 } }),
        }),
        partitionKey: createPartitionKeyFn(rules.businesses),
        route: createBusinessRouter(rules.businesses),
        log,
      });
      smtp = ingress;
      stoppers.push(() => ingress.close());
    }

    let stopped = false;
    return {
      paths,
      kafkaBootstrap: brokerInfo.bootstrap,
      kinesisEndpoint: kinesisInfo,
      firehoseEndpoint: firehose.endpoint,
      streamName,
      topics,
      kinesis,
      metrics,
      processorEnv,
      smtp,
      notifying,
      broker: brokerInfo.broker,
      poller: () => {
        if (!poller) throw new Error('the processor is not running');
        return poller;
      },
      async restartProcessor() {
        await stopProcessor();
        await startProcessor();
      },
      async flushAnalytics() {
        await delivery.flush();
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopAll();
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function ensureStream(kinesis: KinesisClient, streamName: string, shards: number): Promise<void> {
  const sdk = await import('@aws-sdk/client-kinesis');
  try {
    await kinesis.send(new sdk.CreateStreamCommand({ StreamName: streamName, ShardCount: shards }));
  } catch (err) {
    if ((err as { name?: string }).name !== 'ResourceInUseException') throw err;
  }
  for (let i = 0; i < 300; i++) {
    const out = await kinesis.send(new sdk.DescribeStreamSummaryCommand({ StreamName: streamName }));
    if (out.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`stream ${streamName} did not become ACTIVE`);
}

export async function ensureTopics(bootstrap: string, topics: string[], partitions: number): Promise<void> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({
    clientId: 'leadstream-stack',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Reads every message currently in `topics` (up to each partition's end offset at call time) with
 * a throwaway consumer group, like a business's consumer starting from the beginning.
 */
export async function consumeAll(
  bootstrap: string,
  topics: string[],
  timeoutMs = 60_000,
): Promise<ConsumedMessage[]> {
  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({
    clientId: 'leadstream-reader',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<string, bigint>(); // "topic/partition" → end offset
  try {
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${topic}/${p.partition}`, BigInt(p.high));
      }
    }
  } finally {
    await admin.disconnect();
  }
  const out: ConsumedMessage[] = [];
  if (remaining.size === 0) return out;
  const consumer = kafka.consumer({ groupId: `leadstream-reader-${process.pid}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topics.join(', ')}`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {}))
              if (v !== undefined) headers[k] = String(v);
            out.push({
              topic,
              partition,
              offset: message.offset,
              key: message.key ? message.key.toString() : null,
              value: message.value ?? Buffer.alloc(0),
              headers,
            });
            const k = `${topic}/${partition}`;
            const end = remaining.get(k);
            if (end !== undefined && BigInt(message.offset) + 1n >= end) remaining.delete(k);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}
