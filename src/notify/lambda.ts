/**
 * The notifier Lambda: entry point and wiring. The first invocation of a container builds the
 * handler from the environment the stack sets (infra/constructs/notifications.ts); later ones reuse
 * it. A failed init is not cached, so the next invocation tries again.
 */
import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { MSKEvent } from 'aws-lambda';
import { parseEnvironment } from '../config/environment.js';
import { notificationsSchema, type WebhookChannel } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import {
  createDynamoDbClient,
  createSecretsManagerClient,
  createSnsClient,
  createSqsClient,
} from '../io/aws-clients.js';
import { type HandlerLogger, powertoolsLogger } from '../processors/handlers/observability.js';
import { createDynamoDbSeenStore, type DynamoDbLike } from './dynamodb-seen-store.js';
import { createMskNotifyHandler, type MskNotifyHandler } from './msk-handler.js';
import { createNotifier } from './notifier.js';
import { createSnsPublisher, type SnsLike } from './sns-publisher.js';
import { createSqsDeadLetter, type SqsLike } from './sqs-dead-letter.js';
import type { WebhookDeps } from './webhook.js';

export interface SecretsManagerLike {
  send(command: GetSecretValueCommand): Promise<{ SecretString?: string }>;
}

/** Pre-built clients and a logger (tests pass fakes); each one missing is built for AWS. */
export interface NotifierOverrides {
  sns?: SnsLike;
  dynamoDb?: DynamoDbLike;
  sqs?: SqsLike;
  secretsManager?: SecretsManagerLike;
  logger?: HandlerLogger;
  webhook?: WebhookDeps;
}

export async function createNotifierFromEnv(
  processEnv: Readonly<Record<string, string | undefined>>,
  overrides: NotifierOverrides = {},
): Promise<MskNotifyHandler> {
  const env = parseEnvironment(processEnv);
  const missing = (
    [
      'LEADSTREAM_NOTIFICATIONS',
      'NOTIFY_TOPIC_ARN',
      'NOTIFY_SEEN_TABLE',
      'NOTIFY_SEEN_TTL_SECONDS',
      'NOTIFY_DEAD_LETTER_QUEUE_URL',
    ] as const
  ).filter((name) => env[name] === undefined);
  if (missing.length > 0) throw new ConfigError(`notifier: missing environment: ${missing.join(', ')}`);
  const notifications = parseNotifications(env.LEADSTREAM_NOTIFICATIONS as string);

  const [sns, dynamoDb, sqs, secretsManager, logger] = await Promise.all([
    overrides.sns ?? createSnsClient(),
    overrides.dynamoDb ?? (createDynamoDbClient() as Promise<DynamoDbLike>),
    overrides.sqs ?? createSqsClient(),
    overrides.secretsManager ?? createSecretsManagerClient(),
    overrides.logger ?? powertoolsLogger(env.POWERTOOLS_SERVICE_NAME),
  ]);
  const { GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const resolveSecret = async (ref: WebhookChannel['secret']) => {
    if (!('secretId' in ref)) {
      throw new ConfigError('notifier: on AWS a webhook secret is { secretId: <Secrets Manager ARN> }');
    }
    const out = await secretsManager.send(new GetSecretValueCommand({ SecretId: ref.secretId }));
    if (!out.SecretString) throw new Error(`secret ${ref.secretId} has no SecretString`);
    return out.SecretString;
  };

  const notifier = createNotifier({
    notifications,
    resolveSecret,
    seen: await createDynamoDbSeenStore({
      client: dynamoDb,
      tableName: env.NOTIFY_SEEN_TABLE as string,
      ttlSeconds: env.NOTIFY_SEEN_TTL_SECONDS as number,
    }),
    deadLetter: await createSqsDeadLetter(sqs, env.NOTIFY_DEAD_LETTER_QUEUE_URL as string),
    publishSns: await createSnsPublisher(sns, env.NOTIFY_TOPIC_ARN as string),
    ...(overrides.webhook ? { webhook: overrides.webhook } : {}),
  });
  return createMskNotifyHandler({ notifier, logger });
}

function parseNotifications(json: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('notifier: LEADSTREAM_NOTIFICATIONS is not JSON');
  }
  const parsed = notificationsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      `notifier: LEADSTREAM_NOTIFICATIONS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

let coldStart: Promise<MskNotifyHandler> | undefined;

export const handler = async (event: MSKEvent) => {
  coldStart ??= createNotifierFromEnv(process.env).catch((err: unknown) => {
    coldStart = undefined;
    throw err;
  });
  return (await coldStart)(event);
};
