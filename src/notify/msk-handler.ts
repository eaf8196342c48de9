/**
 * The notifier as a Lambda behind an MSK event source mapping: it turns each Kafka record of the
 * event into a LeadMessage for the shared core (./notifier.ts) and reports what it could not finish.
 *
 * Accounting: a record is notified, skipped (a duplicate, or a business with no channel), or
 * dead-lettered by the core (undecodable, unknown schema, webhook given up on). A record whose
 * handling threw (SNS, DynamoDB, Secrets Manager or SQS unreachable) is a batch item failure: the
 * event source retries it, and after its retries sends it to the on-failure queue. Within one
 * partition records are handled in offset order and the first failure also fails the records after
 * it, so a business never hears of a later lead before an earlier one; the retried ones already
 * notified are skipped by the seen-store.
 *
 * A Kafka event source names a failure differently from Kinesis or SQS: the identifier is an object,
 * the partition's key in `event.records` and the offset to resume from, and the mapping resumes each
 * reported partition there. A string identifier is not understood and fails the whole batch. So each
 * partition reports one failure, its first unfinished record.
 */
import type { MSKEvent, MSKRecord } from 'aws-lambda';
import type { HandlerLogger } from '../processors/handlers/observability.js';
import type { LeadMessage, Notifier, NotifyOutcome } from './notifier.js';

/** Where a Kafka event source mapping resumes a partition: `{ partition: "topic-N", offset }`. */
export interface KafkaItemIdentifier {
  partition: string;
  offset: number;
}

export interface MskBatchResponse {
  batchItemFailures: { itemIdentifier: KafkaItemIdentifier }[];
}

export type MskNotifyHandler = (event: MSKEvent) => Promise<MskBatchResponse>;

export function createMskNotifyHandler(deps: {
  notifier: Notifier;
  logger: HandlerLogger;
}): MskNotifyHandler {
  return async (event) => {
    const counts: Record<NotifyOutcome | 'failed', number> = {
      notified: 0,
      duplicate: 0,
      no_channel: 0,
      dead_lettered: 0,
      failed: 0,
    };
    const failures: MskBatchResponse['batchItemFailures'] = [];
    // Partitions in parallel (different businesses), each one in order.
    await Promise.all(
      Object.entries(event.records).map(async ([partition, records]) => {
        const ordered = [...records].sort((a, b) => a.offset - b.offset);
        for (const [i, record] of ordered.entries()) {
          try {
            counts[(await deps.notifier.handle(leadMessage(record))).outcome]++;
          } catch (err) {
            counts.failed += ordered.length - i;
            failures.push({ itemIdentifier: { partition, offset: record.offset } });
            deps.logger.warn('notification failed; retrying from this record', {
              position: position(record),
              error: (err as Error)?.name,
            });
            break;
          }
        }
      }),
    );
    deps.logger.info('notify batch', counts);
    return { batchItemFailures: failures };
  };
}

/** The record as the core sees it: the Avro value and the headers as strings. */
export function leadMessage(record: MSKRecord): LeadMessage {
  const headers: Record<string, string> = {};
  for (const header of record.headers) {
    for (const [name, bytes] of Object.entries(header)) {
      // Header values arrive as arrays of byte values (signed, as Java bytes are).
      headers[name] = Buffer.from(bytes.map((b) => b & 0xff)).toString('utf8');
    }
  }
  return { value: Buffer.from(record.value ?? '', 'base64'), headers, position: position(record) };
}

function position(record: MSKRecord): string {
  return `${record.topic}/${record.partition}@${record.offset}`;
}
