import { ConfigError } from '../errors.js';
import type { Environment } from './environment.js';

/**
 * The processor's runtime settings: where the sinks and the claim-check store are, and how to
 * authenticate, from the parsed environment (src/config/environment.ts lists the variables). So one
 * code path runs against AWS, any Kafka cluster, or the local stack. The rules config (what to
 * extract) is separate: src/config/schema.ts.
 */
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

/**
 * The processor's settings from the parsed environment; throws ConfigError naming every missing or
 * conflicting variable, so a bad deploy fails the init.
 */
export function runtimeConfig(e: Environment): RuntimeConfig {
  const problems: string[] = [];
  if (!e.KAFKA_BROKERS) problems.push('KAFKA_BROKERS: required (comma-separated host:port list)');
  if (!e.FIREHOSE_STREAM_NAME) problems.push('FIREHOSE_STREAM_NAME: required');
  if (e.CLAIM_CHECK_BUCKET && e.CLAIM_CHECK_DIR) {
    problems.push('CLAIM_CHECK_DIR: set CLAIM_CHECK_BUCKET or CLAIM_CHECK_DIR, not both');
  }
  if (!e.CLAIM_CHECK_BUCKET && !e.CLAIM_CHECK_DIR) {
    problems.push('CLAIM_CHECK_BUCKET: set CLAIM_CHECK_BUCKET (AWS) or CLAIM_CHECK_DIR (local)');
  }
  if (e.KAFKA_AUTH === 'iam' && !e.AWS_REGION) {
    problems.push('AWS_REGION: KAFKA_AUTH=iam needs AWS_REGION for the token');
  }
  if (problems.length > 0)
    throw new ConfigError(`invalid processor environment:\n  ${problems.join('\n  ')}`);
  const region = e.AWS_REGION;
  return {
    kafka: {
      brokers: e.KAFKA_BROKERS as string[],
      auth: e.KAFKA_AUTH === 'iam' ? { kind: 'iam', region: region as string } : { kind: 'none' },
      clientId: e.KAFKA_CLIENT_ID,
      compression: e.KAFKA_COMPRESSION,
    },
    topics: { leads: e.LEADS_TOPIC, byBusiness: e.LEADS_TOPIC_BY_BUSINESS ?? {}, rejected: e.REJECTED_TOPIC },
    firehose: {
      streamName: e.FIREHOSE_STREAM_NAME as string,
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
