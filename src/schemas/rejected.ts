import { readFileSync } from 'node:fs';
import type avro from 'avsc';
import { createAvroType, parsingCanonicalForm, rabinFingerprint64 } from './lead-avro.js';

/**
 * TypeScript view of `rejected.avsc` (the rejected topic's contract) and its codec. The .avsc file
 * is the source of truth (read next to this module, like lead.avsc); the type below mirrors it and
 * test/unit/handlers checks the round trip. Same Avro options as the Lead: Dates for
 * timestamp-millis, unions as plain `null | value`.
 */
export const PROCESSOR_REJECT_REASONS = [
  'claim_check_missing',
  'claim_check_corrupt',
  'processing_error',
] as const;
export type ProcessorRejectReason = (typeof PROCESSOR_REJECT_REASONS)[number];

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

export const REJECTED_AVSC_URL = new URL('./rejected.avsc', import.meta.url);
const rejectedType: avro.Type = createAvroType(
  JSON.parse(readFileSync(REJECTED_AVSC_URL, 'utf8')) as avro.Schema,
);

export const REJECTED_SCHEMA_NAME = 'io.leadstream.RejectedEmail';
/** CRC-64-AVRO of the Parsing Canonical Form, as for the Lead (src/schemas/lead-avro.ts). */
export const REJECTED_SCHEMA_FINGERPRINT: string = rabinFingerprint64(parsingCanonicalForm(rejectedType));

export function encodeRejected(record: RejectedEmail): Buffer {
  return rejectedType.toBuffer(record);
}

export function decodeRejected(buf: Buffer): RejectedEmail {
  return rejectedType.fromBuffer(buf) as RejectedEmail;
}
