import { createHash } from 'node:crypto';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type {
  Context,
  KinesisStreamBatchResponse,
  KinesisStreamEvent,
  KinesisStreamRecord,
} from 'aws-lambda';
import type { RuntimeConfig } from '../../config/runtime.js';
import {
  ClaimCheckCorruptError,
  ClaimCheckMissingError,
  LeadstreamError,
  PermanentSinkError,
  SinkError,
} from '../../errors.js';
import {
  type ClaimCheckPointer,
  type ClaimCheckStore,
  parsePointer,
  sha256Hex,
} from '../../io/claim-check.js';
import type { AnalyticsRecord } from '../../schemas/analytics.js';
import type { Lead } from '../../schemas/lead.js';
import {
  type ProcessorRejectReason,
  REJECTED_INLINE_MAX_BYTES,
  type RejectedEmail,
} from '../../schemas/rejected.js';
import type { ProcessResult } from '../../schemas/result.js';
import type { FirehoseSink } from '../sinks/firehose-sink.js';
import type { KafkaOutMessage, KafkaSink } from '../sinks/kafka-sink.js';
import { type BatchReport, reportBatch, shardIdOf } from './batch-report.js';
import { createKafkaMessages, type Encoders } from './kafka-messages.js';
import type { HandlerLogger, HandlerMetrics } from './observability.js';

/** The pure core, as src/processors/core.ts builds it. */
export interface LeadCore {
  process(raw: Uint8Array, ctx: { receivedAt: Date }): Promise<ProcessResult>;
}

export interface KinesisHandlerDeps {
  core: LeadCore;
  kafkaSink: KafkaSink;
  firehoseSink: FirehoseSink;
  claimCheck: ClaimCheckStore;
  topics: RuntimeConfig['topics'];
  encoders: Encoders;
  logger: HandlerLogger;
  metrics: HandlerMetrics;
  /** Epoch ms; injected for tests. */
  now?: () => number;
  onBatch?: (report: BatchReport) => void;
}

export type KinesisHandler = (
  event: KinesisStreamEvent,
  context?: Context,
) => Promise<KinesisStreamBatchResponse>;

/** What one input record turned into before the writes. */
interface RecordState {
  record: KinesisStreamRecord;
  arrivalMs: number;
  raw?: Buffer;
  pointer?: ClaimCheckPointer;
  lead?: { lead: Lead; analytics: AnalyticsRecord };
  rejected?: RejectedEmail;
  /** The first write (or read) that failed for this record, after retries. */
  error?: Error;
  kafkaIndex?: number;
  firehoseIndex?: number;
}

/**
 * The Kinesis → Kafka + Firehose handler. One invocation:
 *
 * 1. decode every record and resolve claim-check pointers;
 * 2. run every email through the core: a lead, or a rejection with its reason;
 * 3. write all leads and rejections to Kafka (one request per ~768 KiB, normally one), then the
 *    analytics rows of the leads Kafka acknowledged to Firehose (≤ 500 per call);
 * 4. report a record as a batch item failure iff one of its writes failed after retries.
 *
 * Kafka goes first because it is the business-facing output and the latency we promise; Firehose
 * only gets rows whose lead is on Kafka, so a broker outage does not duplicate analytics rows on
 * every Lambda retry. The other order of failure (Kafka ok, Firehose failed) fails the record, and
 * its retry writes the lead to Kafka again with the same leadId: consumers de-duplicate on leadId
 * (and Kinesis replays every record after the first failure anyway). See docs/lambda-poller.md.
 *
 * Poison and non-lead emails are not failures: they go to the rejected topic with their reason so
 * they never block the shard.
 */
export function createKinesisHandler(deps: KinesisHandlerDeps): KinesisHandler {
  const { core, kafkaSink, firehoseSink, claimCheck, topics, encoders, logger, metrics } = deps;
  const now = deps.now ?? Date.now;
  const kafkaMessages = createKafkaMessages(topics, encoders);

  return async (event, context) => {
    const started = now();
    const states: RecordState[] = (event.Records ?? []).map((record) => ({
      record,
      arrivalMs: Math.round(record.kinesis.approximateArrivalTimestamp * 1000),
    }));

    // 1. Decode and resolve pointers (reads in parallel: they are I/O).
    await Promise.all(states.map((s) => resolve(s)));
    const resolvedClaimChecks = states.filter((s) => s.pointer && s.raw).length;

    // 2. The core, one email at a time: it is CPU-bound, so parallelism would not help in one process.
    const coreStarted = now();
    for (const s of states) if (s.raw && !s.rejected && !s.error) await runCore(s);
    const coreMs = now() - coreStarted;

    // Rejected emails too large to travel inline go to the claim-check store first.
    await Promise.all(states.map((s) => externaliseRaw(s)));

    // 3a. Kafka. A record whose message cannot be built or that Kafka refuses for good (too large for
    // the topic, say) becomes a rejection with its reason, written in a second round: retrying it
    // would fail the same way and hold the shard back until the on-failure queue.
    const kafkaStarted = now();
    await writeToKafka(states.filter((s) => !s.error));
    const permanent = states.filter((s) => s.lead && s.error && !isRetriable(s.error));
    for (const s of permanent) rejectPermanent(s, 'sink_rejected');
    if (permanent.length > 0) await writeToKafka(permanent);
    const kafkaAckAtMs = now();

    // 3b. Firehose, only for leads that Kafka acknowledged.
    const rows: Buffer[] = [];
    for (const s of states) {
      if (s.lead && !s.error) {
        s.firehoseIndex = rows.length;
        rows.push(encoders.encodeAnalytics(s.lead.analytics));
      }
    }
    const firehoseStarted = now();
    const firehoseResults = rows.length > 0 ? await firehoseSink.put(rows) : [];
    const firehoseMs = now() - firehoseStarted;
    for (const s of states) {
      const err = s.firehoseIndex === undefined ? null : firehoseResults[s.firehoseIndex];
      if (!err || s.error) continue;
      // The lead is on Kafka already; a row Firehose refuses for good cannot be fixed by a retry, so
      // the lead stands and the row is dropped, loudly (a retriable failure fails the record).
      if (isRetriable(err)) s.error = err;
      else {
        logger.error('analytics row refused permanently; lead kept, row dropped', {
          sequenceNumber: s.record.kinesis.sequenceNumber,
          error: err.name,
          detail: err.message,
        });
      }
    }

    // 4. Report: metrics, logs, and the records Lambda must retry.
    const { failures, report } = reportBatch(
      states,
      {
        startedAtMs: started,
        coreMs,
        kafkaStartedAtMs: kafkaStarted,
        kafkaAckAtMs,
        firehoseMs,
        resolvedClaimChecks,
      },
      { logger, metrics, now },
    );
    deps.onBatch?.(report);

    // Powertools builds the partial response (batchItemFailures with the sequence numbers) and, if
    // every record failed, throws FullBatchFailureError so Lambda treats it as a function error
    // (which is what makes BisectBatchOnFunctionError split the batch). A fresh processor per
    // invocation: it holds per-batch state, and the local poller may run shards concurrently.
    const processor = new BatchProcessor(EventType.KinesisDataStreams);
    return processPartialResponse(
      event,
      async (record: KinesisStreamRecord) => {
        const err = failures.get(record);
        if (err) throw err;
      },
      processor,
      context ? { context } : undefined,
    );
  };

  /** Writes each record's message (its lead, else its rejection); the outcome replaces `s.error`. */
  async function writeToKafka(batch: RecordState[]): Promise<void> {
    const messages: KafkaOutMessage[] = [];
    const sent: RecordState[] = [];
    for (const s of batch) {
      s.error = undefined;
      try {
        const m = s.lead
          ? kafkaMessages.lead(s.lead.lead)
          : s.rejected
            ? kafkaMessages.rejected(s.rejected)
            : null;
        if (!m) continue;
        s.kafkaIndex = messages.length;
        messages.push(m);
        sent.push(s);
      } catch (err) {
        // An encoding bug: the same record would fail the same way on every retry.
        s.error = new PermanentSinkError(
          `message could not be encoded (${(err as Error)?.name ?? 'error'})`,
          {
            cause: err,
          },
        );
        s.kafkaIndex = undefined;
      }
    }
    const results = await kafkaSink.send(messages);
    for (const s of sent) {
      const err = results[s.kafkaIndex as number];
      if (err) s.error = err;
    }
  }

  /** Turns a lead whose write failed for good into a rejection carrying the failure as its reason. */
  function rejectPermanent(s: RecordState, reason: ProcessorRejectReason): void {
    const lead = (s.lead as NonNullable<RecordState['lead']>).lead;
    s.rejected = rejection(s, s.raw as Buffer, {
      leadId: lead.leadId,
      businessId: lead.businessId,
      reason,
      detail: (s.error as Error).message,
    });
    s.lead = undefined;
  }

  async function resolve(s: RecordState): Promise<void> {
    const data = Buffer.from(s.record.kinesis.data, 'base64');
    const pointer = parsePointer(data);
    if (!pointer) {
      s.raw = data;
      return;
    }
    s.pointer = pointer;
    try {
      s.raw = await claimCheck.get(pointer);
    } catch (err) {
      if (err instanceof ClaimCheckMissingError || err instanceof ClaimCheckCorruptError) {
        // Permanent: the object is not there (or not what the pointer says). Keep the pointer
        // record on the rejected topic so an operator can re-send the email.
        s.rejected = rejection(s, data, {
          leadId: `claim-check-${pointer.sha256}`,
          businessId: null,
          reason: err instanceof ClaimCheckMissingError ? 'claim_check_missing' : 'claim_check_corrupt',
          detail: err.message,
        });
      } else s.error = asError(err);
    }
  }

  async function runCore(s: RecordState): Promise<void> {
    const raw = s.raw as Buffer;
    let result: ProcessResult;
    try {
      result = await core.process(raw, { receivedAt: new Date(s.arrivalMs) });
    } catch (err) {
      // The core does not throw for bad input; a throw is a bug. Retrying the same bytes through
      // the same code would fail the same way and block the shard, so the email goes to the
      // rejected topic with its bytes, to be replayed once the bug is fixed.
      logger.error('core threw; email rejected as processing_error', {
        sequenceNumber: s.record.kinesis.sequenceNumber,
        error: (err as Error)?.name,
      });
      s.rejected = rejection(s, raw, {
        leadId: `sha256-${sha256Hex(raw)}`,
        businessId: null,
        reason: 'processing_error',
        detail: `core threw ${(err as Error)?.name ?? 'a non-error'}`,
      });
      return;
    }
    if (result.status === 'lead') s.lead = { lead: result.lead, analytics: result.analytics };
    else {
      s.rejected = rejection(s, raw, {
        leadId: result.leadId,
        businessId: result.businessId,
        reason: result.rejection.reason,
        detail: result.rejection.detail,
      });
    }
  }

  async function externaliseRaw(s: RecordState): Promise<void> {
    const r = s.rejected;
    if (!r || s.error || r.rawEmail === null || r.rawEmail.byteLength <= REJECTED_INLINE_MAX_BYTES) return;
    try {
      const pointer = s.pointer ?? (await claimCheck.put(r.rawEmail));
      r.claimCheckUri = claimCheck.uri(pointer);
      r.rawEmail = null;
    } catch (err) {
      s.error = asError(err);
    }
  }

  function rejection(
    s: RecordState,
    raw: Buffer,
    what: Pick<RejectedEmail, 'leadId' | 'businessId' | 'reason' | 'detail'>,
  ): RejectedEmail {
    const k = s.record.kinesis;
    return {
      ...what,
      receivedAt: new Date(s.arrivalMs),
      sourceRecord: {
        eventSourceArn: s.record.eventSourceARN,
        shardId: shardIdOf(s.record),
        sequenceNumber: k.sequenceNumber,
        partitionKey: k.partitionKey,
      },
      rawBytes: raw.byteLength,
      rawSha256: createHash('sha256').update(raw).digest('hex'),
      rawEmail: raw,
      claimCheckUri: s.pointer ? claimCheck.uri(s.pointer) : null,
    };
  }
}

/** A LeadstreamError says whether a retry can help; anything else is assumed to be worth one. */
function isRetriable(err: Error): boolean {
  return err instanceof LeadstreamError ? err.retriable : true;
}

function asError(err: unknown): Error {
  if (err instanceof Error) return err;
  return new SinkError(`non-error thrown: ${String(err)}`);
}
