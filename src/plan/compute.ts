import { type LeadstreamConfig as DeployConfig, minimumClaimCheckExpiryDays } from '../config/deploy.js';
import { CLAIM_CHECK_POINTER_KIND, encodePointer } from '../io/claim-check.js';
import { MAX_RECORD_BYTES } from '../sender/kinesis-sender.js';
import {
  ATHENA,
  FIREHOSE,
  firehoseDirectPutQuota,
  GIB,
  HOURS_PER_MONTH,
  KINESIS,
  kinesisShardQuota,
  LAMBDA,
  MIB,
  MSK_SERVERLESS,
  SECONDS_PER_MONTH,
  TIB,
} from './limits.js';
import { type PriceKey, type Pricing, price } from './pricing.js';
import type { ProcessorProfile } from './profile.js';

/**
 * The capacity and cost arithmetic, pure: no I/O, no clock. Inputs are the traffic, the measured
 * processor profile, the deployment settings (the CDK context of infra/config.ts) and a pricing file;
 * the output is plain numbers grouped by the five questions (scale, durability, persistence,
 * retry/failure handling, pricing), plus warnings that each name the setting to change.
 *
 * Sizing uses the peak rate (rate × peak factor); usage-based cost uses the average rate.
 */

/** Round-trip of one batch's sink calls (Kafka produce with acks=all and Firehose PutRecordBatch run
 * together), in-Region. A planning figure, not a measurement: the local pipeline bench measures the
 * local equivalent; in-Region MSK and Firehose calls are typically 10–50 ms. */
export const DEFAULT_SINK_ROUND_TRIP_MS = 50;
/**
 * Provisioned shards are sized so the peak uses at most this share of a shard's limits. Partition keys
 * (leadstream hashes a lead id) spread records evenly only on average, and the limits are enforced
 * per second, so a shard sized to exactly 100% of the peak throttles on ordinary jitter.
 */
export const KINESIS_TARGET_UTILISATION = 0.8;
/** One Lambda slot should handle its share of the peak with this much spare CPU (issue 5: 2× headroom). */
export const LAMBDA_HEADROOM_FACTOR = 2;
/** Parquet (Snappy) bytes per byte of analytics JSON. An assumption: the two HMAC hex columns are
 * incompressible and dominate a row; the short categorical columns dictionary-encode to almost nothing. */
export const PARQUET_TO_JSON_RATIO = 0.35;
/** A "typical" analyst query: 30 days, three short columns (source, campaign, received_at). */
export const TYPICAL_QUERY_DAYS = 30;
export const TYPICAL_QUERY_COLUMN_FRACTION = 0.15;
/** The outage the durability section replays, in hours. */
export const DEFAULT_OUTAGE_HOURS = 1;
/** Topics written by the processor: leads and rejected. */
export const TOPIC_COUNT = 2;
/** base64 turns every 3 bytes (or part thereof) into 4 characters (RFC 4648 §4). */
const BASE64_GROUP = 3;

export interface PlanInput {
  /** Average emails per second. */
  rate: number;
  /** Average raw email size in KiB (what goes into one Kinesis record). */
  avgKb: number;
  /** Peak / average. */
  peakFactor: number;
  /** Kafka consumer groups reading the leads and rejected topics. */
  consumers: number;
  region: string;
  /** Lambda architecture: the price differs, the CPU figure is the bench machine's either way. */
  arch: 'x86_64' | 'arm64';
  sinkRoundTripMs: number;
  outageHours: number;
}

export interface Warning {
  service: 'kinesis' | 'lambda' | 'msk' | 'firehose' | 's3' | 'athena';
  message: string;
  /** The setting to change: a CDK context key (`-c key=value`), a Service Quotas name or an input. */
  setting: string;
}

export interface CostLine {
  service: string;
  item: string;
  quantity: number;
  unit: string;
  usdPerUnit: number;
  usd: number;
  source: string;
}

/** One Lambda "slot": one shard (or one of its parallelization-factor sub-batches). */
export interface SlotModel {
  recordsPerSec: number;
  batchRecords: number;
  durationSec: number;
  /** Wait to fill the batch plus its processing: the first record's time inside the processor. */
  worstLatencySec: number;
  invocationsPerSec: number;
  /** Fraction of wall time the slot is inside an invocation. */
  busyFraction: number;
  /** Records/s one slot can process with full batches, one batch at a time. */
  capacityRecordsPerSec: number;
  keepsUp: boolean;
}

/**
 * Lambda's Kinesis event source mapping, per slot. It waits up to the batching window (and at least
 * one poll interval) to fill a batch of `batchSize`, and keeps one batch in flight per slot, so:
 *   fill time F = max(window, poll interval); B = min(batchSize, r·F); D = O + B·t.
 * If D > F the slot is the bottleneck and the next batch is whatever arrived during D:
 *   B = r·D ⇒ D = O / (1 − r·t), capped at batchSize.
 * Invocations/s = r / B. With r = 0 the slot idles (no invocations).
 */
export function slotModel(args: {
  recordsPerSec: number;
  batchSize: number;
  windowSec: number;
  secPerRecord: number;
  overheadSec: number;
}): SlotModel {
  const { recordsPerSec: r, batchSize, windowSec, secPerRecord: t, overheadSec: o } = args;
  const capacity = batchSize / (o + batchSize * t);
  if (r <= 0) {
    return {
      recordsPerSec: 0,
      batchRecords: 0,
      durationSec: 0,
      worstLatencySec: 0,
      invocationsPerSec: 0,
      busyFraction: 0,
      capacityRecordsPerSec: capacity,
      keepsUp: true,
    };
  }
  const fill = Math.max(windowSec, LAMBDA.pollIntervalSec);
  let batch = Math.min(batchSize, r * fill);
  let duration = o + batch * t;
  if (duration > fill && batch < batchSize) {
    const busy = r * t < 1 ? o / (1 - r * t) : Number.POSITIVE_INFINITY;
    batch = Math.min(batchSize, r * busy);
    duration = o + batch * t;
  }
  const invocations = r / batch;
  return {
    recordsPerSec: r,
    batchRecords: batch,
    durationSec: duration,
    // The first record of a batch waits for the batch to fill (or the window to end), then for the
    // whole batch to be processed: the processor's share of end-to-end latency.
    worstLatencySec: batch / r + duration,
    invocationsPerSec: invocations,
    busyFraction: Math.min(1, invocations * duration),
    capacityRecordsPerSec: capacity,
    keepsUp: r <= capacity,
  };
}

/** Bytes of one Kinesis record inside the Lambda event: base64 data plus the record's JSON fields. */
export function lambdaEventBytesPerRecord(recordBytes: number): number {
  return 4 * Math.ceil(recordBytes / BASE64_GROUP) + LAMBDA.kinesisRecordOverheadBytes;
}

/** The most records that fit one invocation under the 6 MB synchronous payload limit. */
export function maxBatchUnderPayload(recordBytes: number): number {
  return Math.floor(
    (LAMBDA.maxPayloadBytes - LAMBDA.eventEnvelopeBytes) / lambdaEventBytesPerRecord(recordBytes),
  );
}

/**
 * Shards a provisioned stream needs for a write and read load (records/s, bytes per record), each
 * limit used up to KINESIS_TARGET_UTILISATION.
 */
export function provisionedShards(args: {
  recordsPerSec: number;
  bytesPerRecord: number;
  streamConsumers: number;
}): { byWriteBytes: number; byWriteRecords: number; byReadBytes: number; shards: number } {
  const writeBytes = args.recordsPerSec * args.bytesPerRecord;
  const u = KINESIS_TARGET_UTILISATION;
  const byWriteBytes = Math.ceil(writeBytes / (KINESIS.shardWriteBytesPerSec * u));
  const byWriteRecords = Math.ceil(args.recordsPerSec / (KINESIS.shardWriteRecordsPerSec * u));
  const byReadBytes = Math.ceil((writeBytes * args.streamConsumers) / (KINESIS.shardReadBytesPerSec * u));
  return {
    byWriteBytes,
    byWriteRecords,
    byReadBytes,
    shards: Math.max(1, byWriteBytes, byWriteRecords, byReadBytes),
  };
}

/** CPU seconds per email inside Lambda: the bench figure scaled by the memory's vCPU share. */
export function lambdaSecPerEmail(cpuMicrosPerEmail: number, memoryMiB: number): number {
  return (cpuMicrosPerEmail / 1e6) * Math.max(1, LAMBDA.fullVcpuMemoryMb / memoryMiB);
}

export function computePlan(
  input: PlanInput,
  profile: ProcessorProfile,
  deploy: DeployConfig,
  pricing: Pricing,
) {
  validateInput(input);
  const warnings: Warning[] = [];
  const costs: CostLine[] = [];
  const cost = (service: string, item: string, key: PriceKey, quantity: number) => {
    const p = price(pricing, key);
    costs.push({
      service,
      item,
      quantity,
      unit: p.unit,
      usdPerUnit: p.usd,
      usd: quantity * p.usd,
      source: p.source,
    });
  };

  // ---- Load ------------------------------------------------------------------------------------
  const emailBytes = input.avgKb * 1024;
  // An email over the 1 MiB record limit travels by claim-check, as the sender does it: stored in S3,
  // with only a small pointer record on the stream (and in the Lambda event).
  const claimChecked = emailBytes + KINESIS.partitionKeyBytes > MAX_RECORD_BYTES;
  const dataBytes = claimChecked ? claimCheckPointerBytes(emailBytes) : emailBytes;
  const recordBytes = dataBytes + KINESIS.partitionKeyBytes;
  const peakRate = input.rate * input.peakFactor;
  const leadFraction = profile.leadFraction;
  const load = {
    averageEmailsPerSec: input.rate,
    peakEmailsPerSec: peakRate,
    recordBytes,
    claimChecked,
    peakWriteBytesPerSec: peakRate * recordBytes,
    averageLeadsPerSec: input.rate * leadFraction,
    peakLeadsPerSec: peakRate * leadFraction,
    emailsPerMonth: input.rate * SECONDS_PER_MONTH,
  };

  // ---- Kinesis -------------------------------------------------------------------------------
  const streamConsumers = 1; // the processor's event source mapping is the stream's only reader
  const need = provisionedShards({ recordsPerSec: peakRate, bytesPerRecord: recordBytes, streamConsumers });
  const shardQuota = kinesisShardQuota(input.region);
  const provisionedCount =
    deploy.streamMode === 'PROVISIONED' ? (deploy.shardCount ?? need.shards) : need.shards;
  const utilisation = (shards: number) => ({
    writeBytes: load.peakWriteBytesPerSec / (shards * KINESIS.shardWriteBytesPerSec),
    writeRecords: peakRate / (shards * KINESIS.shardWriteRecordsPerSec),
    readBytes: (load.peakWriteBytesPerSec * streamConsumers) / (shards * KINESIS.shardReadBytesPerSec),
  });
  const provUtil = utilisation(need.shards);
  const avgRecords = load.emailsPerMonth;
  const putUnits = avgRecords * Math.ceil(recordBytes / KINESIS.putPayloadUnitBytes);
  const provisionedUsd =
    need.shards * HOURS_PER_MONTH * price(pricing, 'kinesis.shardHour').usd +
    (putUnits / 1e6) * price(pricing, 'kinesis.putPayloadUnitsMillion').usd;
  const onDemandIngestGb =
    (avgRecords *
      Math.ceil(recordBytes / KINESIS.onDemandBillingRoundingBytes) *
      KINESIS.onDemandBillingRoundingBytes) /
    GIB;
  const onDemandRetrievalGb = (avgRecords * recordBytes * streamConsumers) / GIB;
  const onDemandUsd =
    HOURS_PER_MONTH * price(pricing, 'kinesis.onDemandStreamHour').usd +
    onDemandIngestGb * price(pricing, 'kinesis.onDemandIngestGb').usd +
    onDemandRetrievalGb * price(pricing, 'kinesis.onDemandRetrievalGb').usd;
  // On-demand manages shards itself; a new stream starts with capacity for 4 MiB/s (4 shards).
  const onDemandShards = Math.max(4, need.shards);
  const activeShards = deploy.streamMode === 'PROVISIONED' ? provisionedCount : onDemandShards;
  const cheaper = provisionedUsd <= onDemandUsd ? 'PROVISIONED' : 'ON_DEMAND';

  if (deploy.streamMode === 'PROVISIONED' && provisionedCount < need.shards) {
    warnings.push({
      service: 'kinesis',
      message: `${provisionedCount} shards take ${provisionedCount * KINESIS.shardWriteRecordsPerSec} records/s and ${provisionedCount} MiB/s; the peak needs ${need.shards} shards`,
      setting: `-c shardCount=${need.shards}`,
    });
  }
  if (need.shards > shardQuota && (deploy.streamMode === 'PROVISIONED' || cheaper === 'PROVISIONED')) {
    warnings.push({
      service: 'kinesis',
      message: `${need.shards} shards exceed the default account quota of ${shardQuota} shards in ${input.region}`,
      setting: 'Service Quotas: Kinesis "Shards per Region" (request an increase)',
    });
  }
  if (
    load.peakWriteBytesPerSec > KINESIS.onDemandMaxWriteBytesPerSec ||
    peakRate > KINESIS.onDemandMaxWriteRecordsPerSec
  ) {
    warnings.push({
      service: 'kinesis',
      message: `peak write ${mib(load.peakWriteBytesPerSec)} MiB/s / ${round(peakRate)} records/s exceeds the on-demand per-stream default of 200 MiB/s / 200,000 records/s`,
      setting: 'Service Quotas: "On-demand stream throughput" increase, or -c streamMode=PROVISIONED',
    });
  }
  if (deploy.streamMode === 'ON_DEMAND' && input.peakFactor > KINESIS.onDemandBurstFactor) {
    warnings.push({
      service: 'kinesis',
      message: `peaks of ${input.peakFactor}× the average exceed the 2× of the previous peak that on-demand absorbs at once; the first such burst can be throttled for up to 15 minutes`,
      setting: '-c streamMode=PROVISIONED with -c shardCount sized for the peak',
    });
  }
  const kinesis = {
    mode: deploy.streamMode,
    cheaperMode: cheaper,
    provisioned: {
      shardsNeeded: need.shards,
      byWriteBytes: need.byWriteBytes,
      byWriteRecords: need.byWriteRecords,
      byReadBytes: need.byReadBytes,
      configuredShards: deploy.streamMode === 'PROVISIONED' ? provisionedCount : null,
      peakUtilisation: provUtil,
      headroom: {
        writeBytes: 1 - provUtil.writeBytes,
        writeRecords: 1 - provUtil.writeRecords,
        readBytes: 1 - provUtil.readBytes,
      },
      monthlyUsd: provisionedUsd,
    },
    onDemand: {
      estimatedShards: onDemandShards,
      peakFitsNewStream:
        load.peakWriteBytesPerSec <= KINESIS.onDemandInitialWriteBytesPerSec &&
        peakRate <= KINESIS.onDemandInitialWriteRecordsPerSec,
      ingestGbPerMonth: onDemandIngestGb,
      retrievalGbPerMonth: onDemandRetrievalGb,
      monthlyUsd: onDemandUsd,
    },
    getRecordsPerShardPerSec: streamConsumers / LAMBDA.pollIntervalSec,
    shardQuota,
  };
  if (deploy.streamMode === 'PROVISIONED') {
    cost(
      'Kinesis',
      `${provisionedCount} provisioned shards`,
      'kinesis.shardHour',
      provisionedCount * HOURS_PER_MONTH,
    );
    cost('Kinesis', 'PUT payload units', 'kinesis.putPayloadUnitsMillion', putUnits / 1e6);
  } else {
    cost('Kinesis', 'on-demand stream', 'kinesis.onDemandStreamHour', HOURS_PER_MONTH);
    cost('Kinesis', 'on-demand data in', 'kinesis.onDemandIngestGb', onDemandIngestGb);
    cost('Kinesis', 'on-demand data out', 'kinesis.onDemandRetrievalGb', onDemandRetrievalGb);
  }

  // ---- Lambda --------------------------------------------------------------------------------
  const t = lambdaSecPerEmail(profile.cpuMicrosPerEmail, deploy.memoryMiB);
  const overhead = input.sinkRoundTripMs / 1000;
  const payloadCap = maxBatchUnderPayload(dataBytes);
  const effectiveBatch = Math.max(1, Math.min(deploy.batchSize, payloadCap, LAMBDA.maxKinesisBatchSize));
  if (deploy.batchSize > payloadCap) {
    warnings.push({
      service: 'lambda',
      message: `batchSize ${deploy.batchSize} × ${input.avgKb} KB emails is over the 6 MB invocation payload; Lambda cuts batches at ~${payloadCap} records`,
      setting: `-c batchSize=${payloadCap}`,
    });
  }
  const perShardPeak = peakRate / activeShards;
  const perShardAvg = input.rate / activeShards;
  const model = (pf: number, perShard: number) =>
    slotModel({
      recordsPerSec: perShard / pf,
      batchSize: effectiveBatch,
      windowSec: deploy.maxBatchingWindowSeconds,
      secPerRecord: t,
      overheadSec: overhead,
    });
  const slotCapacity = model(1, 0).capacityRecordsPerSec;
  // The smallest parallelization factor that leaves each slot LAMBDA_HEADROOM_FACTOR× spare at peak.
  const pfNeeded = Math.ceil((perShardPeak * LAMBDA_HEADROOM_FACTOR) / slotCapacity);
  const pfRecommended = Math.min(
    LAMBDA.maxParallelizationFactor,
    Math.max(LAMBDA.minParallelizationFactor, pfNeeded),
  );
  const pf = deploy.parallelizationFactor;
  const peakSlot = model(pf, perShardPeak);
  const avgSlot = model(pf, perShardAvg);
  if (pfNeeded > pf) {
    const fix =
      pfNeeded <= LAMBDA.maxParallelizationFactor
        ? `-c parallelizationFactor=${pfNeeded}`
        : `more shards (-c streamMode=PROVISIONED -c shardCount=${Math.ceil((peakRate * LAMBDA_HEADROOM_FACTOR) / (slotCapacity * LAMBDA.maxParallelizationFactor))}), more memory (-c memoryMiB) or a larger -c batchSize`;
    warnings.push({
      service: 'lambda',
      message: `one slot handles ${round(slotCapacity)} emails/s at ${deploy.memoryMiB} MiB and batch ${effectiveBatch}; ${round(perShardPeak)} emails/s per shard at peak needs parallelization factor ${pfNeeded} for ${LAMBDA_HEADROOM_FACTOR}× headroom${peakSlot.keepsUp ? '' : ' (it falls behind now)'}`,
      setting: fix,
    });
  }
  const maxConcurrency = activeShards * pf;
  if (maxConcurrency > LAMBDA.accountConcurrency) {
    warnings.push({
      service: 'lambda',
      message: `up to ${maxConcurrency} concurrent executions exceed the default account quota of ${LAMBDA.accountConcurrency}`,
      setting:
        'Service Quotas: Lambda "Concurrent executions" (request an increase), or -c reservedConcurrency',
    });
  }
  const worstBatchSec = overhead + effectiveBatch * t;
  if (worstBatchSec * 2 > deploy.timeoutSeconds) {
    warnings.push({
      service: 'lambda',
      message: `a full batch takes ~${round(worstBatchSec, 2)} s, over half the ${deploy.timeoutSeconds} s timeout`,
      setting: `-c timeoutSeconds=${Math.min(LAMBDA.maxTimeoutSec, Math.ceil(worstBatchSec * 4))} (or a smaller -c batchSize)`,
    });
  }
  const invocationsPerSecAvg = avgSlot.invocationsPerSec * activeShards * pf;
  const gbSecondsPerMonth =
    invocationsPerSecAvg * avgSlot.durationSec * (deploy.memoryMiB / 1024) * SECONDS_PER_MONTH;
  const requestsPerMonth = invocationsPerSecAvg * SECONDS_PER_MONTH;
  const lambda = {
    memoryMiB: deploy.memoryMiB,
    arch: input.arch,
    msPerEmail: t * 1000,
    eventBytesPerRecord: lambdaEventBytesPerRecord(dataBytes),
    maxBatchUnderPayload: payloadCap,
    configuredBatchSize: deploy.batchSize,
    effectiveBatchSize: effectiveBatch,
    slotCapacityEmailsPerSec: slotCapacity,
    parallelizationFactor: { configured: pf, needed: pfNeeded, recommended: pfRecommended },
    maxConcurrency,
    expectedConcurrency: {
      average: avgSlot.busyFraction * activeShards * pf,
      peak: peakSlot.busyFraction * activeShards * pf,
    },
    peak: peakSlot,
    average: avgSlot,
    worstBatchSec,
    invocationsPerMonth: requestsPerMonth,
    gbSecondsPerMonth,
  };
  cost('Lambda', 'requests', 'lambda.requestsMillion', requestsPerMonth / 1e6);
  cost(
    'Lambda',
    `compute (${input.arch}, ${deploy.memoryMiB} MiB)`,
    input.arch === 'arm64' ? 'lambda.gbSecondArm' : 'lambda.gbSecondX86',
    gbSecondsPerMonth,
  );
  cost('Secrets Manager', 'HMAC key', 'secretsManager.secretMonth', 1);

  // ---- MSK Serverless ------------------------------------------------------------------------
  const leadsIngressPeak = peakRate * leadFraction * profile.avroBytesPerLead;
  const rejectedIngressPeak = peakRate * (1 - leadFraction) * profile.rejectedBytesPerEmail;
  const ingressPeak = leadsIngressPeak + rejectedIngressPeak;
  const egressPeak = ingressPeak * input.consumers;
  const partitionsFor = (bytes: number) =>
    Math.max(
      1,
      Math.ceil(bytes / MSK_SERVERLESS.partitionIngressBytesPerSec),
      Math.ceil((bytes * input.consumers) / MSK_SERVERLESS.partitionEgressBytesPerSec),
    );
  const partitionsNeeded = {
    leads: partitionsFor(leadsIngressPeak),
    rejected: partitionsFor(rejectedIngressPeak),
  };
  const partitionsPerTopic = Math.max(
    deploy.topicPartitions,
    partitionsNeeded.leads,
    partitionsNeeded.rejected,
  );
  const totalPartitions = partitionsPerTopic * TOPIC_COUNT;
  if (Math.max(partitionsNeeded.leads, partitionsNeeded.rejected) > deploy.topicPartitions) {
    warnings.push({
      service: 'msk',
      message: `the leads topic needs ${partitionsNeeded.leads} partitions for ${mib(leadsIngressPeak)} MiB/s in and ${input.consumers} consumer group(s) out (5 MiB/s in, 10 MiB/s out per partition); ${deploy.topicPartitions} are configured`,
      setting: `-c topicPartitions=${Math.max(partitionsNeeded.leads, partitionsNeeded.rejected)}`,
    });
  }
  if (totalPartitions > MSK_SERVERLESS.maxPartitions) {
    warnings.push({
      service: 'msk',
      message: `${totalPartitions} partitions exceed the ${MSK_SERVERLESS.maxPartitions} per MSK Serverless cluster`,
      setting: 'split the topics across clusters (or MSK provisioned)',
    });
  }
  if (ingressPeak > MSK_SERVERLESS.clusterIngressBytesPerSec) {
    warnings.push({
      service: 'msk',
      message: `peak ingress ${mib(ingressPeak)} MiB/s exceeds the 200 MiB/s per MSK Serverless cluster`,
      setting: 'route businesses to several clusters (LEADS_TOPIC_BY_BUSINESS) or use MSK provisioned',
    });
  }
  if (egressPeak > MSK_SERVERLESS.clusterEgressBytesPerSec) {
    warnings.push({
      service: 'msk',
      message: `peak egress ${mib(egressPeak)} MiB/s (${input.consumers} consumer groups) exceeds the 400 MiB/s per MSK Serverless cluster`,
      setting: '--consumers (fewer groups), or a second cluster',
    });
  }
  const avgIngressBytes =
    input.rate *
    (leadFraction * profile.avroBytesPerLead + (1 - leadFraction) * profile.rejectedBytesPerEmail);
  const kafkaInGb = (avgIngressBytes * SECONDS_PER_MONTH) / GIB;
  const kafkaStoredGb = (avgIngressBytes * deploy.topicRetentionHours * 3600) / GIB;
  const msk = {
    leadsIngressPeakBytesPerSec: leadsIngressPeak,
    rejectedIngressPeakBytesPerSec: rejectedIngressPeak,
    clusterIngressPeakBytesPerSec: ingressPeak,
    clusterEgressPeakBytesPerSec: egressPeak,
    ingressUtilisation: ingressPeak / MSK_SERVERLESS.clusterIngressBytesPerSec,
    egressUtilisation: egressPeak / MSK_SERVERLESS.clusterEgressBytesPerSec,
    partitionsNeeded,
    configuredPartitionsPerTopic: deploy.topicPartitions,
    partitionsPerTopic,
    totalPartitions,
    retentionHours: deploy.topicRetentionHours,
    storedGb: kafkaStoredGb,
  };
  cost('MSK Serverless', 'cluster', 'msk.serverlessClusterHour', HOURS_PER_MONTH);
  cost(
    'MSK Serverless',
    `${totalPartitions} partitions`,
    'msk.serverlessPartitionHour',
    totalPartitions * HOURS_PER_MONTH,
  );
  cost('MSK Serverless', 'data in', 'msk.serverlessDataInGb', kafkaInGb);
  cost(
    'MSK Serverless',
    `data out (${input.consumers} group(s))`,
    'msk.serverlessDataOutGb',
    kafkaInGb * input.consumers,
  );
  cost(
    'MSK Serverless',
    `storage (${deploy.topicRetentionHours} h)`,
    'msk.serverlessStorageGbMonth',
    kafkaStoredGb,
  );

  // ---- Firehose ------------------------------------------------------------------------------
  const quota = firehoseDirectPutQuota(input.region);
  const rowBytes = profile.analyticsJsonBytesPerLead;
  const fhRecordsPeak = load.peakLeadsPerSec;
  const fhBytesPeak = fhRecordsPeak * rowBytes;
  // One PutRecordBatch per invocation that has leads (more if a batch has > 500 rows).
  const leadsPerInvocation = peakSlot.batchRecords * leadFraction;
  const fhRequestsPeak =
    peakSlot.invocationsPerSec *
    activeShards *
    pf *
    Math.max(1, Math.ceil(leadsPerInvocation / FIREHOSE.maxRecordsPerBatch));
  const fhCheck = {
    records: { peak: fhRecordsPeak, quota: quota.recordsPerSec },
    requests: { peak: fhRequestsPeak, quota: quota.requestsPerSec },
    bytes: { peak: fhBytesPeak, quota: quota.bytesPerSec },
  };
  for (const [what, c] of Object.entries(fhCheck)) {
    if (c.peak > c.quota) {
      warnings.push({
        service: 'firehose',
        message: `peak ${what} ${what === 'bytes' ? `${mib(c.peak)} MiB/s` : `${round(c.peak)}/s`} exceed the Direct PUT quota of ${what === 'bytes' ? `${mib(c.quota)} MiB/s` : `${c.quota}/s`} in ${input.region}`,
        setting:
          what === 'requests'
            ? `-c batchSize (larger batches, fewer PutRecordBatch calls) or -c maxBatchingWindowSeconds; else the Firehose limit-increase form`
            : 'Firehose limit-increase form (Service Quotas) for the delivery stream',
      });
    }
  }
  const bufferBytes = deploy.firehoseBufferMiB * MIB;
  const fhAvgBytesPerHour = load.averageLeadsPerSec * rowBytes * 3600;
  const objectsPerHour =
    load.averageLeadsPerSec > 0
      ? Math.max(3600 / deploy.firehoseBufferSeconds, fhAvgBytesPerHour / bufferBytes)
      : 0;
  const fhRecordsPerMonth = load.averageLeadsPerSec * SECONDS_PER_MONTH;
  const fhIngestGb =
    (fhRecordsPerMonth *
      Math.ceil(rowBytes / FIREHOSE.billingRoundingBytes) *
      FIREHOSE.billingRoundingBytes) /
    GIB;
  const fhConvertedGb = (fhRecordsPerMonth * rowBytes) / GIB;
  const firehose = {
    quota,
    check: fhCheck,
    bufferMiB: deploy.firehoseBufferMiB,
    bufferSeconds: deploy.firehoseBufferSeconds,
    objectsPerHour,
    flushTrigger: fhAvgBytesPerHour / bufferBytes > 3600 / deploy.firehoseBufferSeconds ? 'size' : 'interval',
    billedGbPerMonth: fhIngestGb,
    actualGbPerMonth: fhConvertedGb,
  };
  cost('Firehose', 'Direct PUT ingest (5 KB rounding)', 'firehose.directPutIngestGb', fhIngestGb);
  cost('Firehose', 'JSON → Parquet conversion', 'firehose.formatConversionGb', fhConvertedGb);

  // ---- S3 / Athena ---------------------------------------------------------------------------
  const parquetGbPerMonth = (fhRecordsPerMonth * rowBytes * PARQUET_TO_JSON_RATIO) / GIB;
  const retentionMonths = deploy.analyticsRetentionDays / (HOURS_PER_MONTH / 24);
  const storedGbAtHorizon = parquetGbPerMonth * retentionMonths;
  const queryBytes = (days: number, fraction: number) =>
    Math.max(ATHENA.minBytesPerQuery, ((parquetGbPerMonth * GIB) / (HOURS_PER_MONTH / 24)) * days * fraction);
  const typicalBytes = queryBytes(TYPICAL_QUERY_DAYS, TYPICAL_QUERY_COLUMN_FRACTION);
  const fullBytes = queryBytes(TYPICAL_QUERY_DAYS, 1);
  const athenaUsd = (bytes: number) => (bytes / TIB) * price(pricing, 'athena.scannedTb').usd;
  if (fullBytes > deploy.athenaScanLimitGiB * GIB) {
    warnings.push({
      service: 'athena',
      message: `a SELECT * over ${TYPICAL_QUERY_DAYS} days scans ${round(fullBytes / GIB, 1)} GiB, over the workgroup's ${deploy.athenaScanLimitGiB} GiB cutoff: it would be cancelled`,
      setting: `-c athenaScanLimitGiB=${Math.ceil(fullBytes / GIB)} (or filter on the dt partition)`,
    });
  }
  const s3 = {
    parquetBytesPerLead: rowBytes * PARQUET_TO_JSON_RATIO,
    parquetGbPerMonth,
    retentionDays: deploy.analyticsRetentionDays,
    storedGbAtRetention: storedGbAtHorizon,
    putsPerMonth: objectsPerHour * HOURS_PER_MONTH,
    typicalQuery: {
      description: `${TYPICAL_QUERY_DAYS} days, 3 short columns`,
      scannedBytes: typicalBytes,
      usd: athenaUsd(typicalBytes),
    },
    fullScanQuery: {
      description: `SELECT * over ${TYPICAL_QUERY_DAYS} days`,
      scannedBytes: fullBytes,
      usd: athenaUsd(fullBytes),
    },
  };
  cost(
    'S3',
    `Parquet storage at ${deploy.analyticsRetentionDays} days retained`,
    's3.standardGbMonth',
    storedGbAtHorizon,
  );
  cost('S3', 'PUT requests (Firehose objects)', 's3.putRequestsThousand', s3.putsPerMonth / 1000);
  if (claimChecked) {
    // Every email is one object, kept for the claim-check expiry; the handler's GET per email is
    // priced at a tenth of a PUT or less and left out.
    const expiryDays = deploy.claimCheckExpiryDays ?? minimumClaimCheckExpiryDays(deploy);
    const storedGb = (input.rate * emailBytes * expiryDays * 86_400) / GIB;
    cost('S3', `claim-check storage (${expiryDays} days kept)`, 's3.standardGbMonth', storedGb);
    cost('S3', 'claim-check PUTs (one per email)', 's3.putRequestsThousand', load.emailsPerMonth / 1000);
  }

  // ---- Durability and retries ----------------------------------------------------------------
  const readCapacity = (activeShards * KINESIS.shardReadBytesPerSec) / recordBytes;
  const drainPerSec = Math.min(slotCapacity * activeShards * pf, readCapacity);
  const backlog = input.rate * input.outageHours * 3600;
  const catchUpSec =
    drainPerSec > input.rate ? backlog / (drainPerSec - input.rate) : Number.POSITIVE_INFINITY;
  const maxRecordAgeHours = deploy.maxRecordAgeSeconds / 3600;
  if (!Number.isFinite(catchUpSec)) {
    warnings.push({
      service: 'lambda',
      message: 'processing capacity does not exceed the average rate: a backlog never drains',
      setting: '-c parallelizationFactor / -c memoryMiB / more shards',
    });
  } else if (input.outageHours >= maxRecordAgeHours) {
    // Records are read oldest first, so the oldest is read the moment processing resumes: its age
    // is the outage's length. Anything older than maxRecordAge is skipped to the on-failure queue.
    warnings.push({
      service: 'lambda',
      message: `a ${input.outageHours} h outage is not shorter than maxRecordAgeSeconds (${deploy.maxRecordAgeSeconds} s): the oldest records would skip to the on-failure queue unprocessed and need a manual redrive`,
      setting: `-c maxRecordAgeSeconds=${Math.min(604_800, deploy.retentionHours * 3600, Math.ceil(input.outageHours * 3600 * 2))}`,
    });
  }
  if (deploy.maxRecordAgeSeconds > deploy.retentionHours * 3600) {
    warnings.push({
      service: 'kinesis',
      message:
        'maxRecordAgeSeconds is longer than the stream retention: records expire before Lambda gives up on them',
      setting: `-c retentionHours=${Math.ceil(deploy.maxRecordAgeSeconds / 3600)}`,
    });
  }
  const durability = {
    kinesisRetentionHours: deploy.retentionHours,
    backlogAtRetentionGb: (input.rate * recordBytes * deploy.retentionHours * 3600) / GIB,
    outageHours: input.outageHours,
    outageBacklogEmails: backlog,
    drainEmailsPerSec: drainPerSec,
    drainLimitedBy: drainPerSec === readCapacity ? 'kinesis read (2 MiB/s per shard)' : 'lambda slots',
    catchUpSec,
    mskReplicationFactor: MSK_SERVERLESS.replicationFactor,
    // Records diverted after maxRecordAge can be replayed from the stream until retention ends.
    redriveWindowHours: Math.max(0, deploy.retentionHours - maxRecordAgeHours),
  };
  const retries = {
    retryAttempts: deploy.retryAttempts,
    maxRecordAgeSeconds: deploy.maxRecordAgeSeconds,
    bisectOnError: true,
    // A batch failing on every attempt holds its slot (shard/PF) for (retries + 1) invocations.
    shardBlockedSecTypical: (deploy.retryAttempts + 1) * peakSlot.durationSec,
    shardBlockedSecWorst: Math.min(
      (deploy.retryAttempts + 1) * deploy.timeoutSeconds,
      deploy.maxRecordAgeSeconds,
    ),
    timeoutSeconds: deploy.timeoutSeconds,
  };

  // ---- Pricing -------------------------------------------------------------------------------
  const byService = new Map<string, number>();
  for (const c of costs) byService.set(c.service, (byService.get(c.service) ?? 0) + c.usd);
  const totalUsd = costs.reduce((s, c) => s + c.usd, 0);

  return {
    input,
    profile,
    deploy: {
      streamMode: deploy.streamMode,
      shardCount: deploy.shardCount ?? null,
      batchSize: deploy.batchSize,
      maxBatchingWindowSeconds: deploy.maxBatchingWindowSeconds,
      parallelizationFactor: deploy.parallelizationFactor,
      memoryMiB: deploy.memoryMiB,
      topicPartitions: deploy.topicPartitions,
    },
    pricing: { region: pricing.region, asOf: pricing.asOf, note: pricing.note ?? null },
    load,
    scale: { kinesis, lambda, msk, firehose },
    durability,
    persistence: { s3, kafka: { retentionHours: deploy.topicRetentionHours, storedGb: kafkaStoredGb } },
    retries,
    cost: {
      lines: costs,
      byService: Object.fromEntries(byService),
      totalUsdPerMonth: totalUsd,
      usdPerThousandEmails: load.emailsPerMonth > 0 ? (totalUsd / load.emailsPerMonth) * 1000 : 0,
      kinesisAlternative: {
        mode: deploy.streamMode === 'PROVISIONED' ? 'ON_DEMAND' : 'PROVISIONED',
        usd: deploy.streamMode === 'PROVISIONED' ? onDemandUsd : provisionedUsd,
      },
    },
    warnings,
  };
}

export type Plan = ReturnType<typeof computePlan>;

/** The pointer record the sender puts for a claim-checked email of this size (its JSON, exactly). */
function claimCheckPointerBytes(emailBytes: number): number {
  const sha256 = '0'.repeat(64);
  return encodePointer({ kind: CLAIM_CHECK_POINTER_KIND, sha256, bytes: Math.ceil(emailBytes) }).byteLength;
}

function validateInput(input: PlanInput): void {
  const positive: Array<[string, number]> = [
    ['--rate', input.rate],
    ['--avg-kb', input.avgKb],
    ['--peak-factor', input.peakFactor],
  ];
  for (const [name, v] of positive) {
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`${name} must be a positive number, got ${v}`);
  }
  if (input.peakFactor < 1)
    throw new RangeError(`--peak-factor must be ≥ 1 (peak / average), got ${input.peakFactor}`);
  if (!Number.isInteger(input.consumers) || input.consumers < 0)
    throw new RangeError(`--consumers must be a whole number ≥ 0, got ${input.consumers}`);
}

function mib(bytes: number): string {
  return round(bytes / MIB, 2).toString();
}

export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
