import type { KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';

export const TEST_STREAM_ARN = 'arn:aws:kinesis:us-east-1:000000000000:stream/leadstream-test';

export interface RecordSpec {
  data: Uint8Array | string;
  partitionKey?: string;
  sequenceNumber?: string;
  /** Epoch ms. */
  arrivalMs?: number;
  shardId?: string;
}

/** One Kinesis record as Lambda delivers it (data base64, arrival time in fractional seconds). */
export function kinesisRecord(spec: RecordSpec, index = 0): KinesisStreamRecord {
  const shardId = spec.shardId ?? 'shardId-000000000000';
  const sequenceNumber =
    spec.sequenceNumber ?? String(49_000_000_000_000_000_000_000_000_000n + BigInt(index));
  const data = typeof spec.data === 'string' ? Buffer.from(spec.data) : Buffer.from(spec.data);
  return {
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${shardId}:${sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::000000000000:role/leadstream-test',
    awsRegion: 'us-east-1',
    eventSourceARN: TEST_STREAM_ARN,
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: spec.partitionKey ?? 'acme',
      sequenceNumber,
      data: data.toString('base64'),
      approximateArrivalTimestamp: (spec.arrivalMs ?? 1_767_225_600_000 + index) / 1000,
    },
  };
}

export function kinesisEvent(specs: readonly RecordSpec[]): KinesisStreamEvent {
  return { Records: specs.map((s, i) => kinesisRecord(s, i)) };
}
