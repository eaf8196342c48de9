import type avro from 'avsc';
import { ANALYTICS_COLUMNS, type AnalyticsRecord } from '../../schemas/analytics.js';
import type { Lead } from '../../schemas/lead.js';
import {
  createAvroType,
  parsingCanonicalForm,
  rabinFingerprint64,
  readLeadSchema,
} from '../../schemas/lead-avro.js';
import { type RejectedEmail, readRejectedSchema } from '../../schemas/rejected.js';

/**
 * The encoders, in one module: a Lead and a rejected email to Avro for Kafka, a Lead to plain JSON
 * for the CLI, and an analytics record to the JSON line Firehose converts to Parquet. Pure: no I/O.
 */

/** The avsc type of `src/schemas/lead.avsc`: timestamps as Date, unions as plain `null | value`. */
export const leadType: avro.Type = createAvroType(readLeadSchema());

/**
 * CRC-64-AVRO fingerprint (hex, little-endian bytes) of the schema's Parsing Canonical Form. The
 * canonical form comes from avsc (`Type#schema()`); the Rabin fingerprint is computed by
 * `rabinFingerprint64`, as avsc has no CRC-64-AVRO. Kafka messages carry it in a header so a
 * consumer can pick the writer schema.
 */
export const LEAD_SCHEMA_FINGERPRINT: string = rabinFingerprint64(parsingCanonicalForm(leadType));

/** Avro binary of one Lead, without a container or single-object header (the Kafka header has the fingerprint). */
export function encodeLead(lead: Lead): Buffer {
  return leadType.toBuffer(lead);
}

/** Reads Avro binary written with the current schema. Throws on truncated or trailing bytes. */
export function decodeLead(buf: Buffer): Lead {
  return leadType.fromBuffer(buf) as Lead;
}

const rejectedType: avro.Type = createAvroType(readRejectedSchema());

export const REJECTED_SCHEMA_NAME = 'io.leadstream.RejectedEmail';
/** CRC-64-AVRO of the Parsing Canonical Form, as for the Lead. */
export const REJECTED_SCHEMA_FINGERPRINT: string = rabinFingerprint64(parsingCanonicalForm(rejectedType));

export function encodeRejected(record: RejectedEmail): Buffer {
  return rejectedType.toBuffer(record);
}

export function decodeRejected(buf: Buffer): RejectedEmail {
  return rejectedType.fromBuffer(buf) as RejectedEmail;
}

/** The Lead as plain JSON: unions unwrapped (they already are), `receivedAt` as ISO-8601. */
export interface LeadJson extends Omit<Lead, 'receivedAt'> {
  receivedAt: string;
}

export function toLeadJson(lead: Lead): LeadJson {
  return {
    leadId: lead.leadId,
    receivedAt: lead.receivedAt.toISOString(),
    businessId: lead.businessId,
    source: lead.source,
    campaign: lead.campaign,
    adId: lead.adId,
    contact: { ...lead.contact },
    message: lead.message,
    attributes: { ...lead.attributes },
    subject: lead.subject,
    messageId: lead.messageId,
    extraction: { ...lead.extraction, warnings: [...lead.extraction.warnings] },
    formId: lead.formId,
    campaignId: lead.campaignId,
    platformLeadId: lead.platformLeadId,
  };
}

const COLUMN_NAMES = ANALYTICS_COLUMNS.map((c) => c.name);

/**
 * One analytics record as a JSON line for Firehose (its record format conversion reads one JSON
 * object per record with the OpenX/Hive JSON SerDe; `received_at` stays epoch millis, which the
 * Glue table's `timestamp` column reads with the SerDe's "millis" timestamp format).
 *
 * Only the declared columns are written, in column order: a caller that passes an object with
 * extra properties (a Lead by mistake) cannot leak them into the analytics data.
 */
export function encodeAnalytics(record: AnalyticsRecord): Buffer {
  const row: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const name of COLUMN_NAMES) row[name] = source[name] ?? null;
  return Buffer.from(`${JSON.stringify(row)}\n`, 'utf8');
}
