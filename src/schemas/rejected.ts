import { readFileSync } from 'node:fs';
import type avro from 'avsc';

/**
 * TypeScript view of `rejected.avsc` (the rejected topic's contract). The .avsc file is the source of
 * truth; the type below mirrors it, src/processors/stages/encode.ts holds the codec, and
 * test/unit/handlers checks the round trip. Same Avro options as the Lead: Dates for
 * timestamp-millis, unions as plain `null | value`.
 */
/** Reasons the handler adds to the core's (src/schemas/result.ts) for what goes wrong around the core. */
export type ProcessorRejectReason =
  | 'claim_check_missing'
  | 'claim_check_corrupt'
  | 'processing_error'
  /** Kafka (or the encoder) refused the lead for good, e.g. larger than the topic accepts. */
  | 'sink_rejected';

export interface SourceRecord {
  eventSourceArn: string;
  shardId: string;
  sequenceNumber: string;
  partitionKey: string;
}

export interface RejectedEmail {
  leadId: string;
  businessId: string | null;
  reason: string;
  detail: string;
  receivedAt: Date;
  sourceRecord: SourceRecord;
  rawBytes: number;
  rawSha256: string;
  rawEmail: Buffer | null;
  claimCheckUri: string | null;
}

/** Emails up to this size travel inside the rejected message; larger ones by claim-check URI (see docs/rejected-topic.md). */
export const REJECTED_INLINE_MAX_BYTES = 256 * 1024;

/** The schema file, next to this module (like lead.avsc). */
export const REJECTED_AVSC_URL = new URL('./rejected.avsc', import.meta.url);

/** The rejected topic's Avro schema, read from the .avsc file. */
export function readRejectedSchema(): avro.Schema {
  return JSON.parse(readFileSync(REJECTED_AVSC_URL, 'utf8')) as avro.Schema;
}
