import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The local on-failure destination: one JSON line per discarded batch, shaped like the record Lambda
 * sends to an SQS/SNS on-failure destination for a Kinesis event source
 * (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html). As in AWS it
 * holds the batch's metadata, not the data: the records stay in the stream until retention ends and
 * are re-read from the sequence numbers.
 */
export interface DeadLetterEntry {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError: string };
  version: '1.0';
  timestamp: string;
  KinesisBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord: string;
    approximateArrivalOfLastRecord: string;
    batchSize: number;
    streamArn: string;
  };
}

export interface DeadLetterDestination {
  readonly path: string;
  write(entry: DeadLetterEntry): Promise<void>;
}

export function createDeadLetterFile(path: string): DeadLetterDestination {
  let ready: Promise<unknown> | undefined;
  // Appends are serialised so concurrent shards never interleave half lines.
  let tail: Promise<void> = Promise.resolve();
  return {
    path,
    write(entry) {
      ready ??= mkdir(dirname(path), { recursive: true });
      tail = tail.then(async () => {
        await ready;
        await appendFile(path, `${JSON.stringify(entry)}\n`);
      });
      return tail;
    },
  };
}

export async function readDeadLetters(path: string): Promise<DeadLetterEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as DeadLetterEntry);
}

/** Records covered by the entries (sum of batch sizes). */
export function deadLetterRecordCount(entries: readonly DeadLetterEntry[]): number {
  return entries.reduce((n, e) => n + e.KinesisBatchInfo.batchSize, 0);
}
