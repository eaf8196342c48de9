import type { EnvironmentVariable } from '../src/config/environment.js';

/**
 * The contract between the CDK app and the processor Lambda: the environment variables the stack
 * sets (names from the processor's one environment schema, src/config/environment.ts, so a rename
 * there fails the typecheck here) and the CloudWatch metrics the handler emits (EMF, via Powertools
 * Metrics).
 */

/** Environment variables of the processor Lambda. Keys are how the code refers to them; values are the names. */
export const PROCESSOR_ENV = {
  /** Comma-separated MSK Serverless bootstrap servers (SASL/IAM, port 9098). */
  kafkaBrokers: 'KAFKA_BROKERS',
  /** Kafka authentication: always `iam` in AWS (OAUTHBEARER token from aws-msk-iam-sasl-signer-js over TLS). */
  kafkaAuth: 'KAFKA_AUTH',
  /** Topic for valid leads (Avro, schema src/schemas/lead.avsc). */
  leadsTopic: 'LEADS_TOPIC',
  /** Topic for rejected records (quarantine). */
  rejectedTopic: 'REJECTED_TOPIC',
  /** Firehose Direct PUT stream that writes the analytics Parquet. */
  firehoseStreamName: 'FIREHOSE_STREAM_NAME',
  /** Secrets Manager secret id (ARN) of the HMAC pseudonymisation key; read by src/config/hmac-key.ts. */
  hmacSecretId: 'LEADSTREAM_HMAC_SECRET_ID',
  /** S3 bucket of the claim-check objects (emails over the Kinesis record limit). */
  claimCheckBucket: 'CLAIM_CHECK_BUCKET',
  /** Key prefix of the claim-check objects. */
  claimCheckPrefix: 'CLAIM_CHECK_PREFIX',
  /** Powertools service name: also the `service` dimension of every EMF metric. */
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  /** Powertools metrics namespace. */
  metricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
} as const satisfies Record<string, EnvironmentVariable>;

/** Environment variables of the notifier Lambda (src/notify/lambda.ts), named as in the same schema. */
export const NOTIFIER_ENV = {
  /** The rules file's `notifications` section, as JSON. */
  notifications: 'LEADSTREAM_NOTIFICATIONS',
  topicArn: 'NOTIFY_TOPIC_ARN',
  seenTable: 'NOTIFY_SEEN_TABLE',
  seenTtlSeconds: 'NOTIFY_SEEN_TTL_SECONDS',
  deadLetterQueueUrl: 'NOTIFY_DEAD_LETTER_QUEUE_URL',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
} as const satisfies Record<string, EnvironmentVariable>;

/** The EMF metrics the processor emits; the rejected-rate alarm and the dashboard read them. */
export const PROCESSOR_METRICS = {
  namespace: 'Leadstream',
  /** Powertools Metrics adds `service=<POWERTOOLS_SERVICE_NAME>` as the default dimension. */
  serviceName: 'leadstream',
  /** Count of leads written to the leads topic. */
  leadsProduced: 'LeadsProduced',
  /**
   * Count of records quarantined as rejected (poison records: handled, not retried). The alarm reads the
   * total with the `service` dimension only; a per-reason breakdown needs another dimension set.
   */
  recordsRejected: 'RecordsRejected',
  /** Count of records reported as batch item failures (retriable; Kinesis will replay them). */
  recordsFailed: 'RecordsFailed',
} as const;

/** Kafka authentication mode set in AWS. */
export const KAFKA_AUTH_IAM = 'iam';
