/**
 * Builders for tests: raw emails, Kinesis events, and the config the synthetic corpus expects.
 * Everything here is deterministic (no clock, no Math.random) so failures replay.
 */
import type { KinesisStreamEvent, KinesisStreamRecord, MSKEvent, MSKRecord } from 'aws-lambda';
import { corpusConfig } from '../../bench/corpus/evaluate.js';
import { type CorpusEmail, generateCorpus } from '../../src/corpus/generate.js';
import { encodeLead, LEAD_SCHEMA_FINGERPRINT } from '../../src/processors/stages/encode.js';
import type { AnalyticsRecord } from '../../src/schemas/analytics.js';
import type { Lead } from '../../src/schemas/lead.js';

export type { CorpusEmail };
/**
 * corpusConfig(): the shipped rules plus the `businesses.regions` map a customer would configure for
 * the corpus's businesses (US, GB, DE, FR, ES), so national phone numbers are read in the right country.
 */
export { corpusConfig, generateCorpus };

/** A fixed 32-byte HMAC key for tests (never a production key). */
export const TEST_HMAC_KEY: Uint8Array = new Uint8Array(32).map((_, i) => (i * 7 + 3) & 0xff);

/** A fixed arrival time, so lead ids and partitions are stable across runs. */
export const TEST_RECEIVED_AT = new Date('2026-11-12T10:15:00.000Z');

export interface SimpleEmail {
  from?: string;
  to?: string;
  replyTo?: string;
  subject?: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  eol?: '\r\n' | '\n';
}

/** A small UTF-8 email: text/plain, text/html, or multipart/alternative when both are given. */
export function buildEmail(e: SimpleEmail = {}): Buffer {
  const eol = e.eol ?? '\r\n';
  const head: string[] = [
    `From: ${e.from ?? 'Website <noreply@example.com>'}`,
    `To: ${e.to ?? 'leads+test-business@inbound.example'}`,
    `Subject: ${e.subject ?? 'New website enquiry'}`,
    'Date: Thu, 12 Nov 2026 10:15:00 +0000',
    'Message-ID: <factory-1@example.com>',
    'MIME-Version: 1.0',
  ];
  if (e.replyTo) head.push(`Reply-To: ${e.replyTo}`);
  for (const [k, v] of Object.entries(e.headers ?? {})) head.push(`${k}: ${v}`);
  const part = (type: string, body: string) =>
    `Content-Type: ${type}; charset=UTF-8${eol}Content-Transfer-Encoding: 8bit${eol}${eol}${body.replace(/\r?\n/g, eol)}`;
  let body: string;
  if (e.text !== undefined && e.html !== undefined) {
    const b = 'factory-boundary-1';
    head.push(`Content-Type: multipart/alternative; boundary="${b}"`);
    body = `--${b}${eol}${part('text/plain', e.text)}${eol}--${b}${eol}${part('text/html', e.html)}${eol}--${b}--${eol}`;
    return Buffer.from(`${head.join(eol)}${eol}${eol}${body}`, 'utf8');
  }
  const [type, text] = e.html !== undefined ? ['text/html', e.html] : ['text/plain', e.text ?? ''];
  return Buffer.from(`${head.join(eol)}${eol}${part(type, text)}`, 'utf8');
}

/** One Kinesis record carrying `data` (base64, as Lambda delivers it). */
export function kinesisRecord(
  data: Uint8Array,
  seq: number,
  opts: { arrival?: Date; stream?: string } = {},
): KinesisStreamRecord {
  const arrival = opts.arrival ?? TEST_RECEIVED_AT;
  const stream = opts.stream ?? 'leadstream-raw';
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: `pk-${seq}`,
      sequenceNumber: `4965${String(seq).padStart(52, '0')}`,
      data: Buffer.from(data).toString('base64'),
      approximateArrivalTimestamp: arrival.getTime() / 1000,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `shardId-000000000000:${seq}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::123456789012:role/leadstream-ingest',
    awsRegion: 'eu-west-1',
    eventSourceARN: `arn:aws:kinesis:eu-west-1:123456789012:stream/${stream}`,
  };
}

/** A Kinesis event with one record per payload, sequence numbers in order. */
export function kinesisEvent(
  payloads: readonly Uint8Array[],
  opts: { arrival?: Date; stream?: string } = {},
): KinesisStreamEvent {
  return { Records: payloads.map((p, i) => kinesisRecord(p, i + 1, opts)) };
}

/** The first `count` corpus emails for a seed, as an array (small counts only). */
export function corpusSample(count: number, seed = 42): CorpusEmail[] {
  return [...generateCorpus({ count, seed })];
}

/** One analytics row (what the handler sends Firehose), a web-form lead of business acme. */
export function analyticsRecord(overrides: Partial<AnalyticsRecord> = {}): AnalyticsRecord {
  return {
    lead_id: 'lead-1',
    business_id: 'acme',
    source: 'web_form',
    campaign: null,
    ad_id: null,
    email_hash: null,
    email_domain: 'example.com',
    phone_hash: null,
    phone_country_code: '1',
    message_length: 42,
    message_redacted: 'Call me at [phone]',
    language: 'en',
    received_at: TEST_RECEIVED_AT.getTime(),
    rule_id: 'web_form',
    confidence: 0.8,
    form_id: null,
    campaign_id: null,
    ...overrides,
  };
}

/** A decoded Lead as a consumer of the leads topic sees it (the notifier's tests): Jane Doe, by email. */
export function testLead(leadId: string, businessId: string, overrides: Partial<Lead> = {}): Lead {
  return {
    leadId,
    receivedAt: new Date('2026-03-03T10:00:00Z'),
    businessId,
    source: 'web_form',
    campaign: null,
    adId: null,
    formId: null,
    campaignId: null,
    platformLeadId: null,
    contact: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      phone: null,
    },
    message: null,
    attributes: {},
    subject: 'New enquiry',
    messageId: '<m@x>',
    extraction: { ruleId: 'generic', confidence: 0.8, warnings: [] },
    ...overrides,
  };
}

/**
 * A record of the leads topic as an MSK event delivers it: the Avro value in base64, the processor's
 * headers as byte values (signed, like Java bytes).
 */
export function mskRecord(
  lead: Lead,
  partition: number,
  offset: number,
  fingerprint = LEAD_SCHEMA_FINGERPRINT,
): MSKRecord {
  const bytes = (v: string) => [...Buffer.from(v, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  return {
    topic: 'leads',
    partition,
    offset,
    timestamp: 0,
    timestampType: 'CREATE_TIME',
    key: Buffer.from(lead.businessId).toString('base64'),
    value: encodeLead(lead).toString('base64'),
    headers: [{ 'schema-fingerprint': bytes(fingerprint) }, { 'lead-id': bytes(lead.leadId) }],
  };
}

/** An MSK event of these records, grouped by topic-partition as Lambda groups them. */
export function mskEvent(...records: MSKRecord[]): MSKEvent {
  const grouped: MSKEvent['records'] = {};
  for (const r of records) {
    const key = `${r.topic}-${r.partition}`;
    grouped[key] = [...(grouped[key] ?? []), r];
  }
  return {
    eventSource: 'aws:kafka',
    eventSourceArn: 'arn:aws:kafka:eu-west-1:111122223333:cluster/leads/u-1',
    bootstrapServers: 'b-1:9098',
    records: grouped,
  };
}
