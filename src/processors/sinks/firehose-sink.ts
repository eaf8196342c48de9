import type { PutRecordBatchCommandOutput } from '@aws-sdk/client-firehose';
import { PermanentSinkError, SinkError } from '../../errors.js';
import { type Backoff, createBackoff, isRetriableAwsError, retryFailedEntries } from '../../io/backoff.js';

/**
 * PutRecordBatch limits (https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html):
 * at most 500 records and 4 MiB per call, each record at most 1,000 KiB before base64.
 */
export const MAX_FIREHOSE_BATCH_RECORDS = 500;
export const MAX_FIREHOSE_BATCH_BYTES = 4 * 1024 * 1024;
export const MAX_FIREHOSE_RECORD_BYTES = 1_000 * 1024;

/** The part of FirehoseClient the sink uses (a fake in unit tests). */
export interface FirehoseLike {
  send(command: unknown): Promise<Pick<PutRecordBatchCommandOutput, 'FailedPutCount' | 'RequestResponses'>>;
}

export interface FirehoseSink {
  /**
   * Puts the records; returns one entry per record: null when Firehose accepted it, else the error
   * that failed it after retries (SinkError) or without retry (PermanentSinkError). Never throws.
   */
  put(records: readonly Uint8Array[]): Promise<Array<SinkError | PermanentSinkError | null>>;
}

export interface FirehoseSinkOptions {
  client: FirehoseLike;
  streamName: string;
  backoff?: Backoff;
}

export function createFirehoseSink(options: FirehoseSinkOptions): FirehoseSink {
  const backoff = options.backoff ?? createBackoff();
  const { client, streamName } = options;

  return {
    async put(records) {
      const results: Array<SinkError | PermanentSinkError | null> = records.map(() => null);
      const pending: number[] = [];
      records.forEach((r, i) => {
        // Analytics rows are a few hundred bytes; one this large means a bug upstream. Retrying
        // cannot help, so it fails at once with a clear error (and the record goes to Lambda's
        // retries, then the dead-letter destination) instead of failing the whole call.
        if (r.byteLength > MAX_FIREHOSE_RECORD_BYTES) {
          results[i] = new PermanentSinkError('analytics record exceeds the Firehose record limit', {
            context: { bytes: r.byteLength, limitBytes: MAX_FIREHOSE_RECORD_BYTES },
          });
        } else pending.push(i);
      });

      const { PutRecordBatchCommand } = await import('@aws-sdk/client-firehose');
      const lastErrors = new Map<number, string>();
      const { failed, attempts } = await retryFailedEntries(
        pending,
        async (batch) => {
          const retry: number[] = [];
          for (const chunk of chunkRecords(records, batch)) {
            try {
              const out = await client.send(
                new PutRecordBatchCommand({
                  DeliveryStreamName: streamName,
                  Records: chunk.map((i) => ({ Data: records[i] as Uint8Array })),
                }),
              );
              // A partial failure: only entries with an ErrorCode failed; retry just those.
              if ((out.FailedPutCount ?? 0) > 0) {
                out.RequestResponses?.forEach((resp, k) => {
                  if (resp.ErrorCode) {
                    const i = chunk[k] as number;
                    retry.push(i);
                    lastErrors.set(i, resp.ErrorCode);
                  }
                });
              }
            } catch (err) {
              const name = (err as { name?: string }).name ?? 'Error';
              if (isRetriableAwsError(err)) {
                for (const i of chunk) lastErrors.set(i, name);
                retry.push(...chunk);
              } else {
                const error = new PermanentSinkError(`Firehose PutRecordBatch failed: ${name}`, {
                  cause: err,
                });
                for (const i of chunk) results[i] = error;
              }
            }
          }
          return retry;
        },
        backoff,
      );
      for (const i of failed) {
        results[i] = new SinkError('Firehose write failed after retries', {
          context: { errorCode: lastErrors.get(i) ?? 'unknown', attempts },
        });
      }
      return results;
    },
  };
}

/** Groups record indexes into calls of ≤ 500 records and ≤ 4 MiB. */
export function chunkRecords(records: readonly Uint8Array[], indexes: readonly number[]): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const i of indexes) {
    const n = (records[i] as Uint8Array).byteLength;
    if (
      current.length === MAX_FIREHOSE_BATCH_RECORDS ||
      (current.length > 0 && bytes + n > MAX_FIREHOSE_BATCH_BYTES)
    ) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
