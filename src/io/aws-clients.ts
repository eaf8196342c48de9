import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/**
 * The one place AWS SDK v3 clients are built: the handler's sinks and claim-check store, the HMAC
 * secret, the sender, the poller and the local stack.
 *
 * - Always the HTTP/1.1 NodeHttpHandler with keep-alive: client-kinesis picks an HTTP/2 handler for
 *   event-stream operations, which the local servers (plain HTTP/1.1, no TLS) do not speak, and
 *   HTTP/1.1 with keep-alive is as fast for PutRecords/GetRecords.
 * - `maxAttempts: 3`: the SDK's own retry covers whole calls; the retry of failed entries of a
 *   partial failure is src/io/backoff.ts's job.
 * - Local servers check that a signature is present, not what signed it: `local: true` (or a custom
 *   endpoint with no credentials in the environment) signs with dummy credentials, since the SDK
 *   refuses to sign without some.
 */
export interface AwsClientOptions {
  endpoint?: string;
  region?: string;
  /** A local server: dummy credentials and the local region, whatever the environment says. */
  local?: boolean;
  /** Sockets per client; PutRecords callers run a few batches in parallel and GetRecords one per shard. */
  maxSockets?: number;
  requestTimeoutMs?: number;
  maxAttempts?: number;
  env?: NodeJS.ProcessEnv;
}

/** Credentials the local servers accept. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'us-east-1';

export function awsClientConfig(options: AwsClientOptions = {}) {
  const env = options.env ?? process.env;
  const local =
    options.local === true || (options.endpoint !== undefined && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE);
  const maxSockets = options.maxSockets ?? 50;
  const region = options.local
    ? LOCAL_REGION
    : (options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? LOCAL_REGION);
  return {
    region,
    maxAttempts: options.maxAttempts ?? 3,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: { ...LOCAL_CREDENTIALS } } : {}),
    requestHandler: new NodeHttpHandler({
      httpAgent: new Agent({ keepAlive: true, maxSockets }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets }),
      connectionTimeout: 5_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
    }),
  };
}

/** Settings for a client of a local server (the Kinesis server, the local Firehose). */
export function localAwsClientConfig(
  endpoint: string,
  options: Omit<AwsClientOptions, 'endpoint' | 'local'> = {},
) {
  return awsClientConfig({ ...options, endpoint, local: true });
}

// The SDK packages are imported on first use: most commands and most Lambda containers need one or two.

export async function createKinesisClient(options: AwsClientOptions = {}) {
  const { KinesisClient } = await import('@aws-sdk/client-kinesis');
  return new KinesisClient(awsClientConfig(options));
}

export async function createFirehoseClient(options: AwsClientOptions = {}) {
  const { FirehoseClient } = await import('@aws-sdk/client-firehose');
  return new FirehoseClient(awsClientConfig(options));
}

export async function createS3Client(options: AwsClientOptions = {}) {
  const { S3Client } = await import('@aws-sdk/client-s3');
  // Path-style addressing for S3-compatible endpoints (virtual hosts need DNS for each bucket).
  return new S3Client({ ...awsClientConfig(options), ...(options.endpoint ? { forcePathStyle: true } : {}) });
}

export async function createSecretsManagerClient(options: AwsClientOptions = {}) {
  const { SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  return new SecretsManagerClient(awsClientConfig(options));
}

export async function createSnsClient(options: AwsClientOptions = {}) {
  const { SNSClient } = await import('@aws-sdk/client-sns');
  return new SNSClient(awsClientConfig(options));
}

export async function createDynamoDbClient(options: AwsClientOptions = {}) {
  const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
  return new DynamoDBClient(awsClientConfig(options));
}

export async function createSqsClient(options: AwsClientOptions = {}) {
  const { SQSClient } = await import('@aws-sdk/client-sqs');
  return new SQSClient(awsClientConfig(options));
}
