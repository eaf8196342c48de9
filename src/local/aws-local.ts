import { Agent as HttpAgent } from 'node:http';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** Credentials the local servers accept (they check that a signature is present, not what it signs with). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'us-east-1';

/** Sockets per client: PutRecords callers run a few batches in parallel and GetRecords one per shard. */
const MAX_SOCKETS = 32;
const CONNECTION_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 30_000;

export interface LocalAwsClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  requestHandler: NodeHttpHandler;
}

/**
 * Client config for an AWS SDK v3 client talking to a local server (the Kinesis emulator, the local
 * Firehose): `new KinesisClient(localAwsClientConfig(endpoint))`.
 *
 * The handler is HTTP/1.1 on purpose: client-kinesis picks an HTTP/2 handler for event-stream
 * operations (SubscribeToShard), and the local servers speak plain HTTP/1.1 without TLS, so an h2
 * session would fail to connect. Keep-alive avoids a TCP handshake per PutRecords/GetRecords call.
 */
export function localAwsClientConfig(
  endpoint: string,
  options: { maxSockets?: number; requestTimeoutMs?: number } = {},
): LocalAwsClientConfig {
  return {
    endpoint,
    region: LOCAL_REGION,
    credentials: { ...LOCAL_CREDENTIALS },
    requestHandler: new NodeHttpHandler({
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? MAX_SOCKETS }),
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    }),
  };
}
