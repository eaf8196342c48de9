import * as z from 'zod';
import { ConfigError } from '../errors.js';
import { kafkaTopicName } from './names.js';

/**
 * Every environment variable leadstream reads, in one zod schema, parsed once at the edge: by the
 * Lambda's cold start (src/processors/handlers/wiring.ts) and by the CLI (`environment()`). Modules
 * below take the parsed `Environment`, never `process.env`. The CDK stack sets the processor's
 * variables by these names (infra/processor-environment.ts; a test ties the two together).
 * The AWS SDK reads its own variables (credentials, AWS_PROFILE) itself.
 */
const brokerList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port')).min(1, 'at least one broker'));

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
  .pipe(z.record(z.string().min(1), kafkaTopicName));

const url = z.url({ protocol: /^https?$/ });
const path = z.string().min(1);

export const ENVIRONMENT_SCHEMA = z.object({
  // The processor (the Lambda, or the local stack's copy of it): see src/config/runtime.ts.
  /** Comma-separated host:port list (required by the processor). */
  KAFKA_BROKERS: brokerList.optional(),
  /** `none` (plaintext, local) or `iam` (MSK IAM: SASL OAUTHBEARER over TLS). */
  KAFKA_AUTH: z.enum(['none', 'iam']).default('none'),
  /** Client id shown in broker logs. */
  KAFKA_CLIENT_ID: z.string().min(1).default('leadstream-processor'),
  KAFKA_COMPRESSION: z.enum(['gzip', 'none']).default('gzip'),
  LEADS_TOPIC: kafkaTopicName.default('leads'),
  /** JSON object businessId → topic, for businesses with their own topic. */
  LEADS_TOPIC_BY_BUSINESS: jsonTopicMap.optional(),
  REJECTED_TOPIC: kafkaTopicName.default('rejected'),
  /** Firehose delivery stream for the analytics records (required by the processor). */
  FIREHOSE_STREAM_NAME: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'must be a Firehose stream name')
    .optional(),
  /** Firehose endpoint URL (local stack); unset = AWS. */
  FIREHOSE_ENDPOINT: url.optional(),
  /** S3 bucket for emails over the Kinesis record limit (or CLAIM_CHECK_DIR locally, not both). */
  CLAIM_CHECK_BUCKET: z.string().min(3).optional(),
  CLAIM_CHECK_PREFIX: z.string().default('claim-check/'),
  CLAIM_CHECK_DIR: path.optional(),
  /** S3 endpoint URL (S3-compatible stores); unset = AWS. */
  S3_ENDPOINT: url.optional(),
  AWS_REGION: z.string().min(1).optional(),
  POWERTOOLS_SERVICE_NAME: z.string().min(1).default('leadstream'),
  POWERTOOLS_METRICS_NAMESPACE: z.string().min(1).default('Leadstream'),
  // The rules and the pseudonymisation key.
  /** A rules file merged over the shipped one (src/config/default-rules.yaml). */
  LEADSTREAM_CONFIG: path.optional(),
  /** The HMAC key, hex or base64 (≥ 32 bytes). */
  LEADSTREAM_HMAC_KEY: z.string().min(1).optional(),
  /** Secrets Manager name or ARN of the HMAC key (what the Lambda uses). */
  LEADSTREAM_HMAC_SECRET_ID: z.string().min(1).optional(),
  // The notifier Lambda (src/notify/lambda.ts); the stack sets these (infra/constructs/notifications.ts).
  /** The rules file's `notifications` section as JSON: the channels of each business. */
  LEADSTREAM_NOTIFICATIONS: z.string().min(2).optional(),
  /** SNS topic the `sns` channel publishes to. */
  NOTIFY_TOPIC_ARN: z.string().startsWith('arn:').optional(),
  /** DynamoDB table of the leadIds already notified. */
  NOTIFY_SEEN_TABLE: z.string().min(3).optional(),
  /** How long a notified leadId is remembered (the replay window), in seconds. */
  NOTIFY_SEEN_TTL_SECONDS: z.coerce.number().int().positive().optional(),
  /** SQS queue of the notifications given up on. */
  NOTIFY_DEAD_LETTER_QUEUE_URL: url.optional(),
  // Local runs and the CLI.
  /** Where local runs keep tools and state (default $XDG_CACHE_HOME/leadstream or ~/.cache/leadstream). */
  LEADSTREAM_HOME: path.optional(),
  XDG_CACHE_HOME: path.optional(),
  /** The local stand-in for the analytics bucket. */
  LEADSTREAM_S3_DIR: path.optional(),
  /** `send`: the Kinesis endpoint and stream when not given as options. */
  KINESIS_ENDPOINT: url.optional(),
  KINESIS_STREAM: z.string().min(1).optional(),
});

export type Environment = z.output<typeof ENVIRONMENT_SCHEMA>;
export type EnvironmentVariable = keyof typeof ENVIRONMENT_SCHEMA.shape;

/** Parses an environment; throws ConfigError naming every bad variable. An empty variable counts as unset. */
export function parseEnvironment(env: Readonly<Record<string, string | undefined>>): Environment {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ENVIRONMENT_SCHEMA.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

let processEnvironment: Environment | undefined;

/** This process's environment, parsed on first use (the CLI's edge). */
export function environment(): Environment {
  processEnvironment ??= parseEnvironment(process.env);
  return processEnvironment;
}
