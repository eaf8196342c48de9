import type { KinesisStreamRecord } from 'aws-lambda';
import { type HandlerLogger, type HandlerMetrics, METRIC_NAMES } from './observability.js';

/** Per-invocation timings, for the local stack's latency report and the bench. */
export interface BatchReport {
  records: number;
  leads: number;
  rejected: number;
  failed: number;
  /**
   * Arrival times (epoch ms) of the records written to Kafka. Note: the local Kinesis server reports
   * arrival times in whole seconds; for latency, key `written` by sequence number to the put time.
   */
  writtenArrivalMs: number[];
  /** The records written to Kafka in this invocation: shard, sequence number, arrival time (epoch ms). */
  written: Array<{ shardId: string; sequenceNumber: string; arrivalMs: number }>;
  /** When the invocation started (epoch ms). */
  startedAtMs: number;
  /** When the last Kafka request was acknowledged (epoch ms). */
  kafkaAckAtMs: number;
  coreMs: number;
  kafkaMs: number;
  firehoseMs: number;
  handlerMs: number;
}

/** What the report needs to know about one record once its writes are done. */
export interface RecordOutcome {
  record: KinesisStreamRecord;
  arrivalMs: number;
  /** Set when the record was written to Kafka. */
  kafkaIndex?: number;
  lead?: unknown;
  rejected?: { reason: string };
  /** The failure that sends the record back to Lambda for a retry. */
  error?: Error;
}

export interface BatchTimings {
  startedAtMs: number;
  coreMs: number;
  kafkaStartedAtMs: number;
  kafkaAckAtMs: number;
  firehoseMs: number;
  resolvedClaimChecks: number;
}

/**
 * Counts the batch's outcomes, emits the metrics and the log lines, and returns the records to
 * report as batch item failures with the report. Counts only records that are done; a failed record
 * is counted when its retry succeeds.
 */
export function reportBatch(
  outcomes: readonly RecordOutcome[],
  timings: BatchTimings,
  observe: { logger: HandlerLogger; metrics: HandlerMetrics; now: () => number },
): { failures: Map<KinesisStreamRecord, Error>; report: BatchReport } {
  const { logger, metrics } = observe;
  const failures = new Map<KinesisStreamRecord, Error>();
  let leads = 0;
  let rejected = 0;
  const byReason = new Map<string, number>();
  const written: BatchReport['written'] = [];
  const errorKinds = new Map<string, { count: number; firstSequenceNumber: string; message: string }>();
  for (const s of outcomes) {
    if (s.error) {
      failures.set(s.record, s.error);
      // One log line per kind of error, not per record: an outage fails whole batches.
      const kind = `${s.error.name}/${(s.error.cause as Error | undefined)?.name ?? '-'}`;
      const seen = errorKinds.get(kind);
      if (seen) seen.count++;
      else {
        errorKinds.set(kind, {
          count: 1,
          firstSequenceNumber: s.record.kinesis.sequenceNumber,
          message: s.error.message,
        });
      }
      continue;
    }
    if (s.kafkaIndex !== undefined) {
      written.push({
        shardId: shardIdOf(s.record),
        sequenceNumber: s.record.kinesis.sequenceNumber,
        arrivalMs: s.arrivalMs,
      });
    }
    if (s.lead) leads++;
    else if (s.rejected) {
      rejected++;
      byReason.set(s.rejected.reason, (byReason.get(s.rejected.reason) ?? 0) + 1);
    }
  }
  const kafkaMs = timings.kafkaAckAtMs - timings.kafkaStartedAtMs;
  for (const [kind, e] of errorKinds) {
    logger.warn('records failed after retries; Lambda will retry them', { error: kind, ...e });
  }
  metrics.count(METRIC_NAMES.leadsProduced, leads);
  if (timings.resolvedClaimChecks > 0) {
    metrics.count(METRIC_NAMES.claimChecksResolved, timings.resolvedClaimChecks);
  }
  metrics.count(METRIC_NAMES.recordsFailed, failures.size);
  // The total (service dimension only) feeds the rejected-rate alarm; a CloudWatch alarm cannot sum
  // the per-reason series itself (at most 10 metrics per alarm, more reasons than that).
  metrics.count(METRIC_NAMES.recordsRejected, rejected);
  for (const [reason, n] of byReason) metrics.count(METRIC_NAMES.recordsRejected, n, { reason });
  metrics.milliseconds(METRIC_NAMES.processMs, timings.coreMs);
  metrics.milliseconds(METRIC_NAMES.kafkaWriteMs, kafkaMs);
  metrics.milliseconds(METRIC_NAMES.firehoseWriteMs, timings.firehoseMs);
  if (written.length > 0) {
    const oldest = written.reduce((m, w) => Math.min(m, w.arrivalMs), Number.POSITIVE_INFINITY);
    metrics.milliseconds(METRIC_NAMES.maxRecordLatencyMs, timings.kafkaAckAtMs - oldest);
  }
  metrics.flush();
  logger.info('batch processed', {
    records: outcomes.length,
    leads,
    rejected,
    failed: failures.size,
    coreMs: timings.coreMs,
    kafkaMs,
    firehoseMs: timings.firehoseMs,
  });
  const report: BatchReport = {
    records: outcomes.length,
    leads,
    rejected,
    failed: failures.size,
    writtenArrivalMs: written.map((w) => w.arrivalMs),
    written,
    startedAtMs: timings.startedAtMs,
    kafkaAckAtMs: timings.kafkaAckAtMs,
    coreMs: timings.coreMs,
    kafkaMs,
    firehoseMs: timings.firehoseMs,
    handlerMs: observe.now() - timings.startedAtMs,
  };
  return { failures, report };
}

/** eventID is "shardId-000000000000:<sequence number>". */
export function shardIdOf(record: KinesisStreamRecord): string {
  return record.eventID.split(':')[0] ?? '';
}
