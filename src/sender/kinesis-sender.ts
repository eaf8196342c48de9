import type { PutRecordsCommandOutput } from '@aws-sdk/client-kinesis';
import { type Backoff, createBackoff, isRetriableAwsError, retryFailedEntries } from '../io/backoff.js';
import { type ClaimCheckStore, encodePointer } from '../io/claim-check.js';

/**
 * PutRecords limits (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html):
 * 500 records and 5 MiB per call, each record's data plus partition key at most 1 MiB. Partition
 * keys are at most 256 Unicode characters.
 */
export const MAX_PUT_RECORDS = 500;
export const MAX_PUT_BYTES = 5 * 1024 * 1024;
export const MAX_RECORD_BYTES = 1024 * 1024;
export const MAX_PARTITION_KEY_CHARS = 256;

export interface KinesisLike {
  send(command: unknown): Promise<Pick<PutRecordsCommandOutput, 'FailedRecordCount' | 'Records'>>;
}

export interface OutgoingRecord {
  data: Uint8Array;
  partitionKey: string;
}

export interface SendStats {
  /** Records Kinesis accepted. */
  sent: number;
  /** Record puts that were retried (a record retried twice counts twice). */
  retried: number;
  /** Records still failing after the last attempt. */
  failed: number;
  /** Emails stored by claim-check (sent as pointer records). */
  claimChecked: number;
  /** Data bytes accepted (pointer bytes for claim-checked emails). */
  bytes: number;
  /** The first failure's cause, e.g. `ResourceNotFoundException: Stream x not found`, so a caller can say why. */
  firstError?: string;
}

export interface KinesisSenderOptions {
  client: KinesisLike;
  streamName: string;
  claimCheck: ClaimCheckStore;
  backoff?: Backoff;
  /** Called after every PutRecords call with the running totals (for progress output). */
  onProgress?: (stats: Readonly<SendStats>) => void;
  /**
   * Called after each PutRecords call with the records it got accepted and the time (epoch ms) the
   * call was issued, for end-to-end latency measurements keyed by sequence number.
   */
  onAccepted?: (accepted: Array<{ shardId: string; sequenceNumber: string }>, putStartedAtMs: number) => void;
}

export interface KinesisSender {
  /** Sends the records in order, batching within the limits; resolves with the totals. Never throws for per-record failures. */
  sendAll(records: AsyncIterable<OutgoingRecord> | Iterable<OutgoingRecord>): Promise<SendStats>;
}

interface Entry {
  data: Uint8Array;
  partitionKey: string;
  bytes: number;
}

export function createKinesisSender(options: KinesisSenderOptions): KinesisSender {
  const backoff =
    options.backoff ?? createBackoff({ policy: { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 5_000 } });
  const { client, streamName, claimCheck } = options;

  return {
    async sendAll(records) {
      const stats: SendStats = { sent: 0, retried: 0, failed: 0, claimChecked: 0, bytes: 0 };
      const { PutRecordsCommand } = await import('@aws-sdk/client-kinesis');
      let batch: Entry[] = [];
      let batchBytes = 0;

      const flush = async () => {
        if (batch.length === 0) return;
        const entries = batch;
        batch = [];
        batchBytes = 0;
        const { failed, retried } = await retryFailedEntries(
          entries,
          async (pending) => {
            const retry: Entry[] = [];
            const putStartedAtMs = Date.now();
            try {
              const out = await client.send(
                new PutRecordsCommand({
                  StreamName: streamName,
                  Records: pending.map((e) => ({ Data: e.data, PartitionKey: e.partitionKey })),
                }),
              );
              const accepted: Array<{ shardId: string; sequenceNumber: string }> = [];
              (out.Records ?? []).forEach((r, i) => {
                const e = pending[i] as Entry;
                // ProvisionedThroughputExceededException or InternalFailure for this record only.
                if (r.ErrorCode) {
                  retry.push(e);
                  stats.firstError ??= `${r.ErrorCode}: ${r.ErrorMessage ?? ''}`.trim();
                } else {
                  accepted.push({ shardId: r.ShardId ?? '', sequenceNumber: r.SequenceNumber ?? '' });
                  stats.bytes += e.data.byteLength;
                }
              });
              // A response shorter than the request would lose records silently; treat the rest as failed.
              for (let i = out.Records?.length ?? 0; i < pending.length; i++) retry.push(pending[i] as Entry);
              stats.sent += accepted.length;
              options.onAccepted?.(accepted, putStartedAtMs);
            } catch (err) {
              stats.firstError ??= describeError(err);
              if (isRetriableAwsError(err)) retry.push(...pending);
              else stats.failed += pending.length;
            }
            options.onProgress?.(stats);
            return retry;
          },
          backoff,
        );
        stats.retried += retried;
        stats.failed += failed.length;
      };

      for await (const record of records) {
        if ([...record.partitionKey].length > MAX_PARTITION_KEY_CHARS || record.partitionKey.length === 0) {
          throw new RangeError('partition key must be 1..256 characters');
        }
        const keyBytes = Buffer.byteLength(record.partitionKey);
        let data = record.data;
        if (data.byteLength + keyBytes > MAX_RECORD_BYTES) {
          // Claim-check: store the email, send a small pointer (the handler resolves it).
          data = encodePointer(await claimCheck.put(data));
          stats.claimChecked++;
        }
        const bytes = data.byteLength + keyBytes;
        if (batch.length === MAX_PUT_RECORDS || batchBytes + bytes > MAX_PUT_BYTES) await flush();
        batch.push({ data, partitionKey: record.partitionKey, bytes });
        batchBytes += bytes;
      }
      await flush();
      return stats;
    },
  };
}

/** One line naming a failed call's cause: the error's name (or socket code) and its message. */
function describeError(err: unknown): string {
  const e = err as { name?: string; code?: string; message?: string };
  const name = e?.code && e.code !== e.name ? `${e.name ?? 'Error'} (${e.code})` : (e?.name ?? 'Error');
  return `${name}: ${e?.message ?? String(err)}`;
}
