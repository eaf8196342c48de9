import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * AWS SDK v3 client settings shared by the sender, the poller and the local sinks. Always the
 * HTTP/1.1 NodeHttpHandler: client-kinesis defaults to an HTTP/2 handler, which local Kinesis
 * servers do not speak, and HTTP/1.1 with keep-alive is as fast for PutRecords/GetRecords.
 * With a custom endpoint and no credentials in the environment, dummy credentials are used: local
 * servers do not check signatures, and the SDK refuses to sign without some.
 */
export interface AwsClientOptions {
  endpoint?: string;
  region?: string;
  env?: NodeJS.ProcessEnv;
}

export async function awsClientConfig(options: AwsClientOptions = {}) {
  const env = options.env ?? process.env;
  const { NodeHttpHandler } = await import('@smithy/node-http-handler');
  const local = options.endpoint !== undefined && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
  return {
    region: options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    requestHandler: new NodeHttpHandler({
      httpAgent: new Agent({ keepAlive: true, maxSockets: 50 }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 50 }),
      connectionTimeout: 5_000,
      requestTimeout: 30_000,
    }),
  };
}

export async function createKinesisClient(options: AwsClientOptions = {}) {
  const { KinesisClient } = await import('@aws-sdk/client-kinesis');
  // The sender and poller retry failed records themselves; the SDK's own retries cover whole calls.
  return new KinesisClient({ ...(await awsClientConfig(options)), maxAttempts: 3 });
}

export async function createFirehoseClient(options: AwsClientOptions = {}) {
  const { FirehoseClient } = await import('@aws-sdk/client-firehose');
  return new FirehoseClient({ ...(await awsClientConfig(options)), maxAttempts: 3 });
}
