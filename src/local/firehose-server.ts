import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FirehoseApiError } from '../errors.js';

/**
 * A local Amazon Data Firehose API on 127.0.0.1: enough of the JSON 1.1 protocol for
 * @aws-sdk/client-firehose's PutRecord and PutRecordBatch to run unchanged against it, with the
 * service's limits and its partial-failure responses, so the sink's retry path meets the same
 * answers locally as in AWS. Accepted records go to a delivery (./parquet-delivery.ts).
 *
 * Limits: https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html
 * (500 records and 4 MiB per call; 1,000 KiB per record before base64). Like the real service, a
 * call over a limit fails as a whole with HTTP 400; nothing in it is delivered.
 */

export const FIREHOSE_MAX_BATCH_RECORDS = 500;
export const FIREHOSE_MAX_BATCH_BYTES = 4 * 1024 * 1024;
export const FIREHOSE_MAX_RECORD_BYTES = 1_000 * 1024;
/**
 * Request bodies are read into memory, so cap them before parsing: 4 MiB of data is about 5.6 MB as
 * base64, plus JSON framing. Anything larger cannot be a valid call.
 */
const MAX_REQUEST_BODY_BYTES = 8 * 1024 * 1024;
const TARGET_PREFIX = 'Firehose_20150804.';

/** Where accepted records go. Firehose acknowledges when `put` resolves: the delivery decides what that promises (ParquetDelivery with walDir: on disk). */
export interface FirehoseDelivery {
  put(streamName: string, records: readonly Buffer[]): void | Promise<void>;
  close(): Promise<void>;
}

/** Per-record error codes the real service returns in RequestResponses. */
export type FirehoseRecordErrorCode = 'ServiceUnavailableException' | 'InternalFailure';

export interface FailureContext {
  /** 1-based count of records this server has seen (accepted or not), across calls. */
  readonly recordNumber: number;
  /** 1-based count of Put calls this server has handled. */
  readonly callNumber: number;
  readonly streamName: string;
  readonly data: Buffer;
}

export interface FirehoseServerOptions {
  /** @default 0 (an ephemeral port) */
  port?: number;
  delivery: FirehoseDelivery;
  /** Stream names that exist; others get ResourceNotFoundException. @default any name is accepted */
  streamNames?: readonly string[];
  /**
   * Fails every nth record with ServiceUnavailableException (a partial failure), to exercise a
   * client's retry of failed entries. Counts records across calls.
   */
  failEveryNth?: number;
  /** Decides per record whether to fail it; takes precedence over failEveryNth. */
  failRecord?: (context: FailureContext) => FirehoseRecordErrorCode | null;
  /** Closes the delivery (flushing it) when the server closes. @default true */
  closeDeliveryOnClose?: boolean;
}

export interface FirehoseServer {
  /** e.g. http://127.0.0.1:43121, for the client's `endpoint`. */
  readonly endpoint: string;
  /** Records accepted and handed to the delivery. */
  readonly stats: { readonly calls: number; readonly accepted: number; readonly failed: number };
  close(): Promise<void>;
}

export async function startFirehoseServer(options: FirehoseServerOptions): Promise<FirehoseServer> {
  const { delivery } = options;
  if (
    options.failEveryNth !== undefined &&
    !(Number.isInteger(options.failEveryNth) && options.failEveryNth > 0)
  ) {
    throw new RangeError(`failEveryNth must be a positive integer, got ${options.failEveryNth}`);
  }
  const streamNames = options.streamNames ? new Set(options.streamNames) : null;
  const stats = { calls: 0, accepted: 0, failed: 0, records: 0 };
  let closed = false;

  const failureFor = (context: FailureContext): FirehoseRecordErrorCode | null => {
    if (options.failRecord) return options.failRecord(context);
    if (options.failEveryNth && context.recordNumber % options.failEveryNth === 0)
      return 'ServiceUnavailableException';
    return null;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof FirehoseApiError) return sendError(res, err);
      // Internal trouble (a delivery that threw): the real service answers 500 and the SDK retries.
      sendError(res, new FirehoseApiError('InternalFailure', 'internal failure', 500));
    });
  });
  // The SDK's keep-alive sockets would otherwise hold close() open until they time out.
  server.keepAliveTimeout = 5_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (closed) throw new FirehoseApiError('ServiceUnavailableException', 'server is shutting down', 503);
    if (req.method !== 'POST')
      throw new FirehoseApiError('UnknownOperationException', 'only POST is supported');
    const target = String(req.headers['x-amz-target'] ?? '');
    if (!target.startsWith(TARGET_PREFIX)) {
      throw new FirehoseApiError('UnknownOperationException', `unknown target '${target}'`);
    }
    const body = await readJsonBody(req);
    const operation = target.slice(TARGET_PREFIX.length);
    switch (operation) {
      case 'PutRecordBatch':
        return sendJson(res, await putRecordBatch(body));
      case 'PutRecord':
        return sendJson(res, await putRecord(body));
      default:
        throw new FirehoseApiError(
          'UnknownOperationException',
          `operation ${operation} is not supported locally`,
        );
    }
  }

  function checkStream(body: Record<string, unknown>): string {
    const name = body.DeliveryStreamName;
    if (typeof name !== 'string' || name.length === 0 || name.length > 64) {
      throw new FirehoseApiError(
        'ValidationException',
        "Value at 'deliveryStreamName' failed to satisfy constraint",
      );
    }
    if (streamNames && !streamNames.has(name)) {
      throw new FirehoseApiError(
        'ResourceNotFoundException',
        `Firehose ${name} under account 000000000000 not found.`,
      );
    }
    return name;
  }

  async function putRecordBatch(body: Record<string, unknown>): Promise<unknown> {
    const streamName = checkStream(body);
    const records = body.Records;
    if (!Array.isArray(records) || records.length === 0) {
      throw new FirehoseApiError(
        'ValidationException',
        "Value at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
    }
    if (records.length > FIREHOSE_MAX_BATCH_RECORDS) {
      throw new FirehoseApiError(
        'ValidationException',
        `1 validation error detected: Value at 'records' failed to satisfy constraint: Member must have length less than or equal to ${FIREHOSE_MAX_BATCH_RECORDS}`,
      );
    }
    const blobs = records.map((r, i) => decodeRecord(r, `records.${i + 1}.member.data`));
    const total = blobs.reduce((n, b) => n + b.length, 0);
    if (total > FIREHOSE_MAX_BATCH_BYTES) {
      throw new FirehoseApiError(
        'InvalidArgumentException',
        `Records size exceeds ${FIREHOSE_MAX_BATCH_BYTES} bytes limit (was ${total} bytes)`,
      );
    }
    stats.calls++;
    const accepted: Buffer[] = [];
    const responses = blobs.map((data) => {
      stats.records++;
      const errorCode = failureFor({
        recordNumber: stats.records,
        callNumber: stats.calls,
        streamName,
        data,
      });
      if (errorCode) {
        stats.failed++;
        return { ErrorCode: errorCode, ErrorMessage: 'Injected failure: the record was not delivered.' };
      }
      accepted.push(data);
      return { RecordId: newRecordId() };
    });
    if (accepted.length > 0) await delivery.put(streamName, accepted);
    stats.accepted += accepted.length;
    return { FailedPutCount: blobs.length - accepted.length, Encrypted: false, RequestResponses: responses };
  }

  async function putRecord(body: Record<string, unknown>): Promise<unknown> {
    const streamName = checkStream(body);
    const data = decodeRecord(body.Record, 'record.data');
    stats.calls++;
    stats.records++;
    const errorCode = failureFor({ recordNumber: stats.records, callNumber: stats.calls, streamName, data });
    if (errorCode) {
      // PutRecord has no partial result: the whole call fails with the service error.
      stats.failed++;
      throw new FirehoseApiError(errorCode, 'Injected failure: the record was not delivered.', 503);
    }
    await delivery.put(streamName, [data]);
    stats.accepted++;
    return { RecordId: newRecordId(), Encrypted: false };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    get stats() {
      return { calls: stats.calls, accepted: stats.accepted, failed: stats.failed };
    },
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (options.closeDeliveryOnClose ?? true) await delivery.close();
    },
  };
}

function decodeRecord(record: unknown, path: string): Buffer {
  const data = (record as { Data?: unknown } | null)?.Data;
  if (typeof data !== 'string') {
    throw new FirehoseApiError(
      'ValidationException',
      `Value at '${path}' failed to satisfy constraint: Member must not be null`,
    );
  }
  const blob = Buffer.from(data, 'base64');
  if (blob.length > FIREHOSE_MAX_RECORD_BYTES) {
    throw new FirehoseApiError(
      'ValidationException',
      `1 validation error detected: Value at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${FIREHOSE_MAX_RECORD_BYTES}`,
    );
  }
  return blob;
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Past the cap, keep reading but stop buffering: throwing inside the loop would destroy the
    // socket, and the client would see a reset instead of the error.
    if (size <= MAX_REQUEST_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_REQUEST_BODY_BYTES) {
    throw new FirehoseApiError(
      'InvalidArgumentException',
      `Request body exceeds ${MAX_REQUEST_BODY_BYTES} bytes`,
      413,
    );
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw new FirehoseApiError('SerializationException', 'request body is not a JSON object');
  }
}

/** Opaque like the service's (which are 56+ characters of base64-ish text); unique per record. */
function newRecordId(): string {
  return randomBytes(42).toString('base64url');
}

function sendJson(res: ServerResponse, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(200, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-requestid': randomBytes(16).toString('hex'),
  });
  res.end(payload);
}

/** JSON 1.1 errors: the SDK reads the type from `x-amzn-errortype` or the body's `__type`. */
function sendError(res: ServerResponse, err: FirehoseApiError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const payload = JSON.stringify({ __type: err.type, message: err.message });
  res.writeHead(err.status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-errortype': err.type,
    'x-amzn-requestid': randomBytes(16).toString('hex'),
  });
  res.end(payload);
}
