import type { Node } from 'constructs';
import * as z from 'zod';
import { ConfigError } from '../errors.js';
import { KAFKA_TOPIC_NAME } from './names.js';

/**
 * The deploy-time parameters of the stack, with their safe defaults in one place. Each value can be set
 * with CDK context (`cdk deploy -c shardCount=4`, or the `context` block of cdk.json); context values from
 * the command line are strings, so numbers are coerced, then range-checked. A bad value fails the synth with
 * every problem listed, never a silent fallback to the default.
 */

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Days a claim-check object must outlive the last record that points to it: the 14 days an on-failure
 * message lives (a batch re-driven from the queue) or an operator takes to fix rules and replay.
 */
export const CLAIM_CHECK_REPLAY_MARGIN_DAYS = 14;

/**
 * Claim-check objects are pointed to from the stream (pointer records) and from the rejected topic
 * (rejected emails over 256 KiB), so they must outlive both retentions plus the replay margin.
 */
export function minimumClaimCheckExpiryDays(c: {
  retentionHours: number;
  topicRetentionHours: number;
}): number {
  return Math.ceil(Math.max(c.retentionHours, c.topicRetentionHours) / 24) + CLAIM_CHECK_REPLAY_MARGIN_DAYS;
}

export const CONFIG_SCHEMA = z
  .object({
    /** Kinesis capacity mode. On-demand needs no sizing and scales to 4x the previous peak. */
    streamMode: z.enum(['ON_DEMAND', 'PROVISIONED']).default('ON_DEMAND'),
    /** Shards for PROVISIONED mode (1 MB/s or 1000 records/s of writes each). Only with PROVISIONED. */
    shardCount: int(1, 500).optional(),
    /** Kinesis retention: 24 h (free) up to 365 days. Longer lets an operator replay after an outage. */
    retentionHours: int(24, 8760).default(24),
    /** Records per Lambda invocation. 100 keeps a batch well within the timeout and Kafka request size. */
    batchSize: int(1, 10_000).default(100),
    /** Max wait to fill a batch. 1 s trades a little latency for fewer, fuller invocations. */
    maxBatchingWindowSeconds: int(0, 300).default(1),
    /** Concurrent batches per shard (1..10). 1 keeps strict per-shard order; raise for throughput. */
    parallelizationFactor: int(1, 10).default(1),
    /** Retries of a failing batch before its records go to the on-failure queue (bisected on each error). */
    retryAttempts: int(0, 10_000).default(3),
    /** Records older than this go to the on-failure queue instead of being processed (60 s .. 7 days). */
    maxRecordAgeSeconds: int(60, 604_800).default(3600),
    /** Processor memory; CPU scales with it. 512 MB parses a batch of 100 emails comfortably. */
    memoryMiB: int(128, 10_240).default(512),
    /** Processor timeout. A batch of 100 takes well under a second; 60 s leaves room for Kafka reconnects. */
    timeoutSeconds: int(3, 900).default(60),
    /** Reserved concurrency for the processor; unset means the account pool (no cap, no reservation). */
    reservedConcurrency: int(1, 10_000).optional(),
    /** Days before claim-check objects expire; at least minimumClaimCheckExpiryDays, which is the default. */
    claimCheckExpiryDays: int(1, 3650).optional(),
    /** Topic for valid leads. */
    leadsTopic: z.string().regex(KAFKA_TOPIC_NAME).default('leads'),
    /** Topic for rejected records. */
    rejectedTopic: z.string().regex(KAFKA_TOPIC_NAME).default('rejected'),
    /** Partitions per topic: the upper bound on a consumer group's parallelism. Can grow, never shrink. */
    topicPartitions: int(1, 2400).default(6),
    /** Kafka retention per topic in hours (MSK Serverless allows up to unlimited; we cap at 1 year). */
    topicRetentionHours: int(1, 8760).default(168),
    /** Prefix of the consumer-group names the downstream consumer policy allows. */
    consumerGroupPrefix: z.string().regex(KAFKA_TOPIC_NAME).default('leads-consumer'),
    /** Firehose buffer size. Record format conversion requires at least 64 MiB (AWS docs). */
    firehoseBufferMiB: int(64, 128).default(128),
    /** Firehose buffer interval: the upper bound on how stale Athena is (60..900 s). */
    firehoseBufferSeconds: int(60, 900).default(300),
    /** Days the analytics Parquet is kept before the lifecycle rule expires it. */
    analyticsRetentionDays: int(1, 3650).default(365),
    /** Per-query scan cutoff of the Athena workgroup, in GiB: stops a runaway query from costing more. */
    athenaScanLimitGiB: int(1, 1024).default(10),
    /** Alarm: Kinesis iterator age (ms). */
    iteratorAgeAlarmMs: int(1000, 86_400_000).default(60_000),
    /** Alarm: processor Errors per 5 minutes. */
    errorsAlarmThreshold: int(1, 100_000).default(1),
    /** Alarm: processor Throttles per 5 minutes. */
    throttlesAlarmThreshold: int(1, 100_000).default(1),
    /** Alarm: percent of records rejected per 15 minutes. */
    rejectedRateAlarmPercent: z.coerce.number().gt(0).max(100).default(5),
    /** Email subscribed to the alarm topic; unset means no subscription (subscribe later). */
    alarmEmail: z.email().optional(),
    /** Receive lead emails for this domain with SES inbound (infra/constructs/mail-ingress.ts); unset: off. */
    mailDomain: z
      .string()
      .regex(
        /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
        'must be a lowercase domain name',
      )
      .optional(),
    /** Comma-separated addresses the SES receipt rule accepts; unset: the whole mailDomain. */
    mailRecipients: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.email()).min(1))
      .optional(),
    /**
     * A rules file whose `notifications` section the notifier Lambda delivers by (SNS topic, webhooks;
     * infra/constructs/notifications.ts); unset: no notifier. Read and checked at synth time.
     */
    notificationsFile: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    // Impossible combinations are rejected, not ignored: a shard count with on-demand would be silently dropped.
    if (c.streamMode === 'PROVISIONED' && c.shardCount === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['shardCount'],
        message: 'shardCount is required when streamMode is PROVISIONED',
      });
    }
    if (c.streamMode === 'ON_DEMAND' && c.shardCount !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['shardCount'],
        message: 'shardCount is only valid with streamMode PROVISIONED',
      });
    }
    if (c.mailRecipients && !c.mailDomain) {
      ctx.addIssue({ code: 'custom', path: ['mailRecipients'], message: 'mailRecipients needs mailDomain' });
    }
    if (c.mailDomain && c.mailRecipients?.some((a) => !a.endsWith(`@${c.mailDomain}`))) {
      ctx.addIssue({
        code: 'custom',
        path: ['mailRecipients'],
        message: 'every address must be in mailDomain',
      });
    }
    if (c.leadsTopic === c.rejectedTopic) {
      ctx.addIssue({
        code: 'custom',
        path: ['rejectedTopic'],
        message: 'rejectedTopic must differ from leadsTopic',
      });
    }
    const minExpiry = minimumClaimCheckExpiryDays(c);
    if (c.claimCheckExpiryDays !== undefined && c.claimCheckExpiryDays < minExpiry) {
      const longer = c.topicRetentionHours > c.retentionHours ? 'topicRetentionHours' : 'retentionHours';
      ctx.addIssue({
        code: 'custom',
        path: ['claimCheckExpiryDays'],
        message:
          `claimCheckExpiryDays (${c.claimCheckExpiryDays}) must be at least ${minExpiry}: ${longer} ` +
          `(${Math.max(c.retentionHours, c.topicRetentionHours)} h) plus the ${CLAIM_CHECK_REPLAY_MARGIN_DAYS}-day ` +
          'replay margin, or rejected emails kept by claim-check could not be replayed',
      });
    }
    // A record must be allowed to live longer than one batching window, or every record expires unprocessed.
    if (c.maxRecordAgeSeconds <= c.maxBatchingWindowSeconds) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxRecordAgeSeconds'],
        message: 'maxRecordAgeSeconds must exceed maxBatchingWindowSeconds',
      });
    }
  });

export type LeadstreamConfig = z.infer<typeof CONFIG_SCHEMA>;

/** The context keys the app reads: exactly the config fields. */
export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.shape) as (keyof LeadstreamConfig)[];

/** Validates raw parameters (strings from `-c` or typed values from cdk.json) and fills the defaults. */
export function parseConfig(raw: Record<string, unknown>): LeadstreamConfig {
  rejectUnknownKeys(Object.keys(raw));
  const result = CONFIG_SCHEMA.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`invalid leadstream configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** A misspelt key (`shardcount`) would otherwise be ignored and its default silently deployed. */
function rejectUnknownKeys(keys: readonly string[]): void {
  const known = new Set<string>(CONFIG_KEYS);
  const unknown = keys.find((k) => !known.has(k));
  if (unknown === undefined) return;
  const near = CONFIG_KEYS.find((k) => k.toLowerCase() === unknown.toLowerCase());
  throw new ConfigError(
    `unknown setting '${unknown}'` +
      (near ? ` (did you mean '${near}'?)` : ` (settings: ${CONFIG_KEYS.join(', ')})`),
  );
}

/**
 * CDK's own context keys: feature flags (`@aws-cdk/…`), `aws:cdk:…` switches and cached lookups
 * (`availability-zones:account=…`) all carry '@' or ':', which no leadstream setting does.
 */
const isCdkKey = (key: string) => key.startsWith('@') || key.includes(':');

/** Reads the leadstream settings from CDK context (unset keys take their defaults) and validates them. */
export function configFromContext(node: Node): LeadstreamConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.getAllContext() as Record<string, unknown>)) {
    if (!isCdkKey(key) && value !== undefined && value !== '') raw[key] = value;
  }
  return parseConfig(raw);
}
