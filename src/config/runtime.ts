import * as z from 'zod';
import { ConfigError } from '../errors.js';

/**
 * The processor's runtime settings: where the sinks and the claim-check store are, and how to
 * authenticate. Read from the environment once at cold start (the CDK stack in infra/ sets the same
 * names), so one code path runs against AWS, any Kafka cluster, or the local stack. The rules
 * config (what to extract) is separate: src/config/schema.ts, path in LEADSTREAM_CONFIG.
 *
 * | variable | meaning |
 * | --- | --- |
 * | KAFKA_BROKERS | comma-separated host:port list (required) |
 * | KAFKA_AUTH | `none` (plaintext, local) or `iam` (MSK IAM: SASL OAUTHBEARER over TLS) |
 * | KAFKA_CLIENT_ID | client id shown in broker logs (default leadstream-processor) |
 * | KAFKA_COMPRESSION | `gzip` (default) or `none` |
 * | LEADS_TOPIC | default leads topic (default `leads`) |
 * | LEADS_TOPIC_BY_BUSINESS | JSON object businessId → topic for businesses with their own topic |
 * | REJECTED_TOPIC | rejected-email topic (default `rejected`) |
 * | FIREHOSE_STREAM_NAME | Firehose delivery stream for the analytics records (required) |
 * | FIREHOSE_ENDPOINT | Firehose endpoint URL (local stack); unset = AWS |
 * | CLAIM_CHECK_BUCKET / CLAIM_CHECK_PREFIX | S3 bucket (and key prefix) for emails over the Kinesis record limit |
 * | CLAIM_CHECK_DIR | a local directory instead of S3 (exclusive with CLAIM_CHECK_BUCKET) |
 * | S3_ENDPOINT | S3 endpoint URL (S3-compatible stores); unset = AWS |
 * | AWS_REGION | region for the AWS clients and the MSK IAM token |
 */
const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port')).min(1, 'at least one broker'));

const topicName = z
  .string()
  .regex(/^[a-zA-Z0-9._-]{1,249}$/, 'must be a Kafka topic name ([a-zA-Z0-9._-], ≤ 249)');

const jsonTopicMap = z
  .string()
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object such as {"acme":"leads-acme"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().min(1), topicName));

const url = z.url({ protocol: /^https?$/ });

const envSchema = z
  .object({
    KAFKA_BROKERS: list,
    KAFKA_AUTH: z.enum(['none', 'iam']).default('none'),
    KAFKA_CLIENT_ID: z.string().min(1).default('leadstream-processor'),
    KAFKA_COMPRESSION: z.enum(['gzip', 'none']).default('gzip'),
    LEADS_TOPIC: topicName.default('leads'),
    LEADS_TOPIC_BY_BUSINESS: jsonTopicMap.optional(),
    REJECTED_TOPIC: topicName.default('rejected'),
    FIREHOSE_STREAM_NAME: z.string().regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'must be a Firehose stream name'),
    FIREHOSE_ENDPOINT: url.optional(),
    CLAIM_CHECK_BUCKET: z.string().min(3).optional(),
    CLAIM_CHECK_PREFIX: z.string().default('claim-check/'),
    CLAIM_CHECK_DIR: z.string().min(1).optional(),
    S3_ENDPOINT: url.optional(),
    AWS_REGION: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.CLAIM_CHECK_BUCKET && env.CLAIM_CHECK_DIR) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLAIM_CHECK_DIR'],
        message: 'set CLAIM_CHECK_BUCKET or CLAIM_CHECK_DIR, not both',
      });
    }
    if (!env.CLAIM_CHECK_BUCKET && !env.CLAIM_CHECK_DIR) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLAIM_CHECK_BUCKET'],
        message: 'set CLAIM_CHECK_BUCKET (AWS) or CLAIM_CHECK_DIR (local)',
      });
    }
    if (env.KAFKA_AUTH === 'iam' && !env.AWS_REGION) {
      ctx.addIssue({
        code: 'custom',
        path: ['AWS_REGION'],
        message: 'KAFKA_AUTH=iam needs AWS_REGION for the token',
      });
    }
  });

export type ClaimCheckLocation =
  | { kind: 's3'; bucket: string; prefix: string; endpoint?: string; region?: string; dir?: never }
  | { kind: 'dir'; dir: string; bucket?: never };

export interface RuntimeConfig {
  kafka: {
    brokers: string[];
    auth: { kind: 'none' } | { kind: 'iam'; region: string };
    clientId: string;
    compression: 'gzip' | 'none';
  };
  topics: { leads: string; byBusiness: Readonly<Record<string, string>>; rejected: string };
  firehose: { streamName: string; endpoint?: string; region?: string };
  claimCheck: ClaimCheckLocation;
}

/** Parses the environment; throws ConfigError naming every bad variable, so a bad deploy fails the init. */
export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid processor environment:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const region = e.AWS_REGION;
  return {
    kafka: {
      brokers: e.KAFKA_BROKERS,
      auth: e.KAFKA_AUTH === 'iam' ? { kind: 'iam', region: region as string } : { kind: 'none' },
      clientId: e.KAFKA_CLIENT_ID,
      compression: e.KAFKA_COMPRESSION,
    },
    topics: { leads: e.LEADS_TOPIC, byBusiness: e.LEADS_TOPIC_BY_BUSINESS ?? {}, rejected: e.REJECTED_TOPIC },
    firehose: {
      streamName: e.FIREHOSE_STREAM_NAME,
      ...opt('endpoint', e.FIREHOSE_ENDPOINT),
      ...opt('region', region),
    },
    claimCheck: e.CLAIM_CHECK_DIR
      ? { kind: 'dir', dir: e.CLAIM_CHECK_DIR }
      : {
          kind: 's3',
          bucket: e.CLAIM_CHECK_BUCKET as string,
          prefix: e.CLAIM_CHECK_PREFIX,
          ...opt('endpoint', e.S3_ENDPOINT),
          ...opt('region', region),
        },
  };
}

/** `exactOptionalPropertyTypes`-friendly spread of an optional value. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
