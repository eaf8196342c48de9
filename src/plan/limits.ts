/**
 * AWS's published limits that the planner sizes against. Every value is a named constant with its
 * unit and the page it comes from, so a limit that AWS changes is one edit here and the tests that
 * pin the arithmetic show what moved. Default quotas only: many are adjustable through Service
 * Quotas, which is what the planner's warnings tell the operator to request.
 */

export const KIB = 1024;
export const MIB = 1024 * 1024;
/** AWS bills "GB" of data as 2^30 bytes (see the data-transfer and Kinesis pricing FAQs). */
export const GIB = 1024 * 1024 * 1024;
export const TIB = 1024 * GIB;
/** AWS prices monthly resources at 730 hours a month (the pricing calculator's month). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Regions where Kinesis (shards per account) and Firehose (Direct PUT) have their higher default quotas. */
export const HIGH_QUOTA_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];

/** https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html */
export const KINESIS = {
  /** Write per shard: 1 MiB/s (data blob + partition key) … */
  shardWriteBytesPerSec: 1 * MIB,
  /** … or 1,000 records/s, whichever comes first. */
  shardWriteRecordsPerSec: 1_000,
  /** Read per shard, shared by every standard (polling) consumer. */
  shardReadBytesPerSec: 2 * MIB,
  /** GetRecords calls per shard per second, shared by every standard consumer. */
  shardGetRecordsPerSec: 5,
  /** The partition key counts toward the shard's write bytes. leadstream's keys are ids of this many bytes. */
  partitionKeyBytes: 64,
  /** Default shard quota per account: 500 in us-east-1, us-west-2, eu-west-1, 200 elsewhere. */
  shardQuotaHighRegions: 500,
  shardQuotaOtherRegions: 200,
  /** On-demand: a new stream accepts 4 MiB/s and 4,000 records/s … */
  onDemandInitialWriteBytesPerSec: 4 * MIB,
  onDemandInitialWriteRecordsPerSec: 4_000,
  /**
   * … and adapts to 2× the peak of the previous 30 days; traffic that more than doubles that peak
   * within 15 minutes can be throttled while it scales.
   */
  onDemandBurstFactor: 2,
  /** On-demand per-stream default maximum: 200 MiB/s and 200,000 records/s write (adjustable). */
  onDemandMaxWriteBytesPerSec: 200 * MIB,
  onDemandMaxWriteRecordsPerSec: 200_000,
  /** On-demand bills ingested data per record rounded up to this many bytes. */
  onDemandBillingRoundingBytes: 1 * KIB,
  /** Provisioned mode bills PUT payload units of 25 KB per record (rounded up). */
  putPayloadUnitBytes: 25 * KIB,
  /** Default retention; also the replay window after a consumer outage. */
  defaultRetentionHours: 24,
} as const;

/**
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export const LAMBDA = {
  /**
   * Synchronous invocation payload, request side. Lambda's own error message names 6,291,556
   * bytes; 6 MiB is the documented "6 MB", kept slightly under it on purpose.
   */
  maxPayloadBytes: 6 * MIB,
  /** The event's envelope (Records array, braces) outside the per-record objects. */
  eventEnvelopeBytes: 64,
  /**
   * Per-record JSON around the base64 data in a Kinesis event: eventSourceARN, eventID (shardId +
   * sequence number), kinesisSchemaVersion, partitionKey, sequenceNumber, approximateArrivalTimestamp,
   * awsRegion, invokeIdentityArn… Measured on a real event: ~520 bytes; rounded up.
   */
  kinesisRecordOverheadBytes: 600,
  maxKinesisBatchSize: 10_000,
  minParallelizationFactor: 1,
  maxParallelizationFactor: 10,
  /** The event source mapping polls each shard at a base rate of once per second. */
  pollIntervalSec: 1,
  /** At 1,769 MB a function has the equivalent of one full vCPU; below that, a proportional share. */
  fullVcpuMemoryMb: 1_769,
  /** Default account concurrency quota per Region. */
  accountConcurrency: 1_000,
  maxTimeoutSec: 900,
} as const;

/** https://docs.aws.amazon.com/msk/latest/developerguide/limits.html#serverless-quota */
export const MSK_SERVERLESS = {
  partitionIngressBytesPerSec: 5 * MIB,
  partitionEgressBytesPerSec: 10 * MIB,
  clusterIngressBytesPerSec: 200 * MIB,
  clusterEgressBytesPerSec: 400 * MIB,
  /** Leader partitions per cluster for non-compacted topics. */
  maxPartitions: 2_400,
  maxMessageBytes: 8 * MIB,
  maxClientConnections: 3_000,
  /** Replication is fixed (3 AZs) and not billed; ack with acks=all. */
  replicationFactor: 3,
} as const;

/** https://docs.aws.amazon.com/firehose/latest/dev/limits.html */
export const FIREHOSE = {
  /**
   * Direct PUT, combined PutRecord + PutRecordBatch quota per stream. HIGH_QUOTA_REGIONS get 500,000 records/s, 2,000 requests/s and 5 MiB/s; other Regions 100,000 records/s,
   * 1,000 requests/s and 1 MiB/s. (Older docs and the SDK reference say 5,000 records/s: the records
   * quota was raised; the bytes quota is what binds first for leadstream's records either way.)
   */
  high: { recordsPerSec: 500_000, requestsPerSec: 2_000, bytesPerSec: 5 * MIB },
  other: { recordsPerSec: 100_000, requestsPerSec: 1_000, bytesPerSec: 1 * MIB },
  maxRecordsPerBatch: 500,
  maxBatchBytes: 4 * MIB,
  /** Ingestion is billed per record rounded up to 5 KB. */
  billingRoundingBytes: 5 * KIB,
  /** With record format conversion (JSON→Parquet) the buffer size hint must be 64–128 MiB. */
  conversionMinBufferBytes: 64 * MIB,
  maxBufferBytes: 128 * MIB,
  maxBufferIntervalSec: 900,
} as const;

/** https://aws.amazon.com/athena/pricing/ */
export const ATHENA = {
  /** Each query is billed for at least 10 MB scanned. */
  minBytesPerQuery: 10 * MIB,
} as const;

export function kinesisShardQuota(region: string): number {
  return HIGH_QUOTA_REGIONS.includes(region) ? KINESIS.shardQuotaHighRegions : KINESIS.shardQuotaOtherRegions;
}

export function firehoseDirectPutQuota(region: string): {
  recordsPerSec: number;
  requestsPerSec: number;
  bytesPerSec: number;
} {
  return HIGH_QUOTA_REGIONS.includes(region) ? FIREHOSE.high : FIREHOSE.other;
}
