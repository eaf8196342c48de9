import { type Plan, round } from './compute.js';
import { GIB, MIB } from './limits.js';
import type { ProfileSource } from './profile.js';

/**
 * The plan as text for a terminal, organised around the five questions every serverless design
 * answers: scale, durability, persistence, retry/failure handling and pricing.
 */
export function formatPlan(plan: Plan, profileSource: ProfileSource): string {
  const { input, load, scale, durability, persistence, retries, cost } = plan;
  const { kinesis, lambda, msk, firehose } = scale;
  const out: string[] = [];
  const h = (title: string) => out.push('', title, '-'.repeat(title.length));
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(34)} ${value}`);

  out.push(
    `leadstream plan: ${n(input.rate)} emails/s average, ${n(load.peakEmailsPerSec)}/s peak (×${input.peakFactor}), ${input.avgKb} KB each, ${input.consumers} Kafka consumer group(s), ${input.region}`,
    `  processor profile: ${plan.profile.cpuMicrosPerEmail.toFixed(0)} µs CPU/email, ${pct(plan.profile.leadFraction)} leads, ` +
      `${n(plan.profile.avroBytesPerLead)} B Avro/lead, ${n(plan.profile.analyticsJsonBytesPerLead)} B analytics/lead ` +
      (profileSource.kind === 'measured'
        ? `(measured: ${profileSource.path}, ${plan.profile.measuredAt})`
        : `(default: ${profileSource.reason}; run \`npm run bench -- processor\`)`),
    `  deployment: ${Object.entries(plan.deploy)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );

  h('1. Scale');
  out.push('  Kinesis Data Streams');
  row(
    'peak write',
    `${mib(load.peakWriteBytesPerSec)} MiB/s, ${n(load.peakEmailsPerSec)} records/s (${n(load.recordBytes)} B/record incl. key${load.claimChecked ? '; emails over 1 MiB go by claim-check, a pointer on the stream' : ''})`,
  );
  row(
    'provisioned shards (≤ 80% at peak)',
    `${kinesis.provisioned.shardsNeeded} (write bytes ${kinesis.provisioned.byWriteBytes}, write records ${kinesis.provisioned.byWriteRecords}, read ${kinesis.provisioned.byReadBytes})`,
  );
  row(
    'headroom at peak',
    `write ${pct(kinesis.provisioned.headroom.writeBytes)} of bytes, ${pct(kinesis.provisioned.headroom.writeRecords)} of records; read ${pct(kinesis.provisioned.headroom.readBytes)}`,
  );
  row(
    'GetRecords per shard',
    `${kinesis.getRecordsPerShardPerSec}/s of 5/s (1 standard consumer: the processor)`,
  );
  row(
    'on-demand',
    `~${kinesis.onDemand.estimatedShards} shards; peak ${kinesis.onDemand.peakFitsNewStream ? 'fits' : 'exceeds'} a new stream's 4 MiB/s / 4,000 rec/s`,
  );
  row(
    'monthly: provisioned vs on-demand',
    `$${usd(kinesis.provisioned.monthlyUsd)} vs $${usd(kinesis.onDemand.monthlyUsd)} → ${kinesis.cheaperMode} is cheaper (configured: ${kinesis.mode})`,
  );
  out.push('  Lambda (processor)');
  row(
    'CPU per email',
    `${lambda.msPerEmail.toFixed(3)} ms at ${lambda.memoryMiB} MiB (bench µs × vCPU share)`,
  );
  row(
    'batch size',
    `${lambda.effectiveBatchSize} (configured ${lambda.configuredBatchSize}; 6 MB payload allows ${n(lambda.maxBatchUnderPayload)} at ${n(lambda.eventBytesPerRecord)} B/record in the event)`,
  );
  row('one slot processes', `${n(lambda.slotCapacityEmailsPerSec)} emails/s with full batches`);
  row(
    'parallelization factor',
    `${lambda.parallelizationFactor.configured} configured, ${lambda.parallelizationFactor.needed} needed for 2× headroom at peak (recommend ${lambda.parallelizationFactor.recommended})`,
  );
  row(
    'concurrency',
    `max ${lambda.maxConcurrency} (shards × factor); busy on average ${lambda.expectedConcurrency.average.toFixed(2)}, at peak ${lambda.expectedConcurrency.peak.toFixed(2)}`,
  );
  row(
    'invocation at peak',
    `${lambda.peak.batchRecords.toFixed(0)} records, ${ms(lambda.peak.durationSec)}; first record waits ≤ ${ms(lambda.peak.worstLatencySec)}${lambda.peak.keepsUp ? '' : ' — FALLS BEHIND'}`,
  );
  row(
    'invocation on average',
    `${lambda.average.batchRecords.toFixed(0)} records, ${ms(lambda.average.durationSec)}; first record waits ≤ ${ms(lambda.average.worstLatencySec)}`,
  );
  row('per month', `${n(lambda.invocationsPerMonth)} invocations, ${n(lambda.gbSecondsPerMonth)} GB-s`);
  out.push('  MSK Serverless');
  row(
    'peak ingress / egress',
    `${mib(msk.clusterIngressPeakBytesPerSec)} / ${mib(msk.clusterEgressPeakBytesPerSec)} MiB/s of 200 / 400 (${pct(msk.ingressUtilisation)} / ${pct(msk.egressUtilisation)})`,
  );
  row(
    'partitions',
    `${msk.partitionsNeeded.leads} needed for leads, ${msk.partitionsNeeded.rejected} for rejected; ${msk.totalPartitions} billed (${msk.partitionsPerTopic} × 2 topics) of 2,400`,
  );
  out.push('  Firehose (analytics)');
  row(
    'Direct PUT at peak',
    `${n(firehose.check.records.peak)} rec/s of ${n(firehose.check.records.quota)}, ${firehose.check.requests.peak.toFixed(1)} calls/s of ${n(firehose.check.requests.quota)}, ${mib(firehose.check.bytes.peak)} MiB/s of ${mib(firehose.check.bytes.quota)}`,
  );
  row(
    'objects per hour',
    `${firehose.objectsPerHour.toFixed(1)} (buffer ${firehose.bufferMiB} MiB / ${firehose.bufferSeconds} s; ${firehose.flushTrigger} flushes first)`,
  );

  h('2. Durability');
  row(
    'Kinesis retention',
    `${durability.kinesisRetentionHours} h (${n(durability.backlogAtRetentionGb)} GB at the average rate): the replay window`,
  );
  row(
    `after a ${durability.outageHours} h outage`,
    `${n(durability.outageBacklogEmails)} emails queued; drained at ${n(durability.drainEmailsPerSec)}/s (${durability.drainLimitedBy}) in ${Number.isFinite(durability.catchUpSec) ? `${(durability.catchUpSec / 60).toFixed(1)} min` : 'never'}`,
  );
  row('Kafka', `acks=all to ${durability.mskReplicationFactor} replicas across AZs (MSK Serverless, fixed)`);
  row(
    'Firehose → S3',
    'retries S3 delivery for up to 24 h; rows are acknowledged by Firehose before Lambda checkpoints',
  );

  h('3. Persistence');
  row(
    'Parquet in S3',
    `${persistence.s3.parquetBytesPerLead.toFixed(0)} B/lead → ${n(persistence.s3.parquetGbPerMonth, 2)} GB/month; ${n(persistence.s3.storedGbAtRetention, 1)} GB at ${persistence.s3.retentionDays} days`,
  );
  row(
    'Kafka topics',
    `${persistence.kafka.retentionHours} h retention → ${n(persistence.kafka.storedGb, 2)} GB stored`,
  );
  row(
    `Athena: ${persistence.s3.typicalQuery.description}`,
    `${human(persistence.s3.typicalQuery.scannedBytes)} scanned → $${persistence.s3.typicalQuery.usd.toFixed(4)}`,
  );
  row(
    `Athena: ${persistence.s3.fullScanQuery.description}`,
    `${human(persistence.s3.fullScanQuery.scannedBytes)} scanned → $${persistence.s3.fullScanQuery.usd.toFixed(4)}`,
  );

  h('4. Retry / failure handling');
  row(
    'failing batch',
    `bisected, retried ${retries.retryAttempts}×, then to the on-failure queue (records stay in the stream)`,
  );
  row(
    'a shard is held up for',
    `~${retries.shardBlockedSecTypical.toFixed(1)} s typical, ≤ ${n(retries.shardBlockedSecWorst)} s worst (timeout ${retries.timeoutSeconds} s × ${retries.retryAttempts + 1})`,
  );
  row(
    'records older than',
    `${n(retries.maxRecordAgeSeconds)} s skip to the on-failure queue; redrive window ${n(durability.redriveWindowHours)} h`,
  );
  row('poison emails', 'rejected topic (handled, never retried); only retriable sink errors fail a record');

  h(`5. Pricing (USD/month, ${plan.pricing.region} prices as of ${plan.pricing.asOf})`);
  for (const c of cost.lines) {
    out.push(
      `  ${c.service.padEnd(16)}${c.item.padEnd(42)}${usd(c.usd).padStart(12)}   ${n(c.quantity, 2)} × $${c.usdPerUnit} per ${c.unit}`,
    );
  }
  out.push(
    `  ${'total'.padEnd(58)}${usd(cost.totalUsdPerMonth).padStart(12)}   ($${cost.usdPerThousandEmails.toFixed(4)} per 1,000 emails)`,
  );
  out.push(`  Kinesis ${cost.kinesisAlternative.mode} instead: $${usd(cost.kinesisAlternative.usd)}/month`);
  out.push('  sources:');
  for (const src of [...new Set(cost.lines.map((c) => c.source))]) out.push(`    ${src}`);
  if (plan.pricing.note) out.push(`  note: ${plan.pricing.note}`);

  h(`Warnings (${plan.warnings.length})`);
  if (plan.warnings.length === 0) out.push('  none: every quota has headroom at the peak');
  for (const w of plan.warnings) out.push(`  [${w.service}] ${w.message}`, `      → change: ${w.setting}`);
  return `${out.join('\n')}\n`;
}

function n(x: number, digits = 0): string {
  return round(x, digits).toLocaleString('en-US');
}
function ms(sec: number): string {
  return `${(sec * 1000).toFixed(0)} ms`;
}
function usd(x: number): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}
function mib(bytes: number): string {
  return (bytes / MIB).toFixed(2);
}
function human(bytes: number): string {
  return bytes >= GIB ? `${(bytes / GIB).toFixed(2)} GiB` : `${(bytes / MIB).toFixed(1)} MiB`;
}
