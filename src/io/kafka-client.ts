import type { KafkaConfig, LogEntry } from 'kafkajs';

/**
 * The one kafkajs client configuration: the processor's producer, the topics custom resource's admin
 * client, and anything else that talks to MSK. Plaintext for a local broker, MSK IAM otherwise.
 */
export interface KafkaClientSettings {
  clientId: string;
  brokers: string[];
  auth: { kind: 'none' } | { kind: 'iam'; region: string };
  connectionTimeoutMs?: number;
}

export interface KafkajsLogger {
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** kafkajs client retry: bounded, so a broker outage fails the records within the Lambda timeout instead of hanging. */
export const KAFKA_CLIENT_RETRY = {
  retries: 5,
  initialRetryTime: 200,
  maxRetryTime: 3_000,
  factor: 0.2,
  multiplier: 2,
};

/**
 * Builds the kafkajs client settings from the runtime config. MSK IAM: SASL OAUTHBEARER over TLS
 * with a token signed by aws-msk-iam-sasl-signer-js; kafkajs asks the provider again before the
 * token expires (https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html).
 */
export function kafkaClientConfig(config: KafkaClientSettings, logger?: KafkajsLogger): KafkaConfig {
  const base: KafkaConfig = {
    clientId: config.clientId,
    brokers: config.brokers,
    connectionTimeout: config.connectionTimeoutMs ?? 3_000,
    requestTimeout: 15_000,
    retry: KAFKA_CLIENT_RETRY,
    // kafkajs logs broker and protocol events only, never message payloads.
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      const fields = { namespace: entry.namespace, ...extra };
      if (entry.level === 1) logger?.error(`kafkajs: ${message}`, fields);
      else if (entry.level === 2) logger?.warn(`kafkajs: ${message}`, fields);
    },
    logLevel: 2, // WARN
  };
  if (config.auth.kind === 'none') return base;
  const { region } = config.auth;
  return {
    ...base,
    ssl: true,
    sasl: {
      mechanism: 'oauthbearer',
      oauthBearerProvider: async () => {
        const { generateAuthToken } = await import('aws-msk-iam-sasl-signer-js');
        const { token } = await generateAuthToken({ region });
        return { value: token };
      },
    },
  };
}
