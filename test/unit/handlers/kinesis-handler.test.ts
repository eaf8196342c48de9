import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentSinkError, SinkError } from '../../../src/errors.js';
import {
  type ClaimCheckStore,
  createDirClaimCheckStore,
  encodePointer,
  makePointer,
} from '../../../src/io/claim-check.js';
import { createKinesisHandler, type LeadCore } from '../../../src/processors/handlers/kinesis-handler.js';
import { createCountingMetrics, silentLogger } from '../../../src/processors/handlers/observability.js';
import type { FirehoseSink } from '../../../src/processors/sinks/firehose-sink.js';
import type { KafkaOutMessage, KafkaSink } from '../../../src/processors/sinks/kafka-sink.js';
import {
  decodeLead,
  decodeRejected,
  encodeAnalytics,
  encodeLead,
  LEAD_SCHEMA_FINGERPRINT,
} from '../../../src/processors/stages/encode.js';
import type { AnalyticsRecord } from '../../../src/schemas/analytics.js';
import type { Lead } from '../../../src/schemas/lead.js';
import { REJECTED_INLINE_MAX_BYTES } from '../../../src/schemas/rejected.js';
import type { ProcessResult } from '../../../src/schemas/result.js';
import { kinesisEvent } from '../../helpers/kinesis-events.js';

const TOPICS = { leads: 'leads', byBusiness: { vip: 'leads-vip' }, rejected: 'rejected' };

/** A fake core: "LEAD <business> <id>" is a lead, "REJECT <reason>" a rejection, "THROW" a bug. */
const fakeCore: LeadCore = {
  async process(raw, { receivedAt }): Promise<ProcessResult> {
    const text = Buffer.from(raw).toString('utf8');
    const [kind, a, b] = text.split(' ');
    if (kind === 'LEAD')
      return {
        status: 'lead',
        lead: lead(a as string, b as string, receivedAt),
        analytics: analytics(a as string, b as string, receivedAt),
      };
    if (kind === 'THROW') throw new TypeError('bug');
    return {
      status: 'rejected',
      leadId: `rej-${text.length}`,
      businessId: null,
      rejection: { reason: (a as 'bulk') ?? 'malformed', detail: 'test' },
    };
  },
};

function lead(businessId: string, leadId: string, receivedAt: Date): Lead {
  return {
    leadId,
    receivedAt,
    businessId,
    source: 'web_form',
    campaign: null,
    adId: null,
    contact: { fullName: null, firstName: null, lastName: null, email: 'a@example.com', phone: null },
    message: null,
    attributes: {},
    subject: null,
    messageId: null,
    extraction: { ruleId: 'test', confidence: 1, warnings: [] },
    formId: null,
    campaignId: null,
    platformLeadId: null,
  };
}

function analytics(businessId: string, leadId: string, receivedAt: Date): AnalyticsRecord {
  return {
    lead_id: leadId,
    business_id: businessId,
    source: 'web_form',
    campaign: null,
    ad_id: null,
    email_hash: 'h',
    email_domain: 'example.com',
    phone_hash: null,
    phone_country_code: null,
    message_length: 0,
    message_redacted: null,
    language: null,
    received_at: receivedAt.getTime(),
    rule_id: 'test',
    confidence: 1,
    form_id: null,
    campaign_id: null,
  };
}

interface FakeKafka extends KafkaSink {
  calls: KafkaOutMessage[][];
  failWhere: (m: KafkaOutMessage, i: number) => boolean;
  /** Messages the broker refuses for good (e.g. too large for the topic). */
  refuseWhere: (m: KafkaOutMessage) => boolean;
}

function fakeKafka(): FakeKafka {
  const sink: FakeKafka = {
    calls: [],
    failWhere: () => false,
    refuseWhere: () => false,
    async send(messages) {
      sink.calls.push([...messages]);
      return messages.map((m, i) =>
        sink.refuseWhere(m)
          ? new PermanentSinkError('Kafka refused the record', { context: { type: 'MESSAGE_TOO_LARGE' } })
          : sink.failWhere(m, i)
            ? new SinkError('broker down')
            : null,
      );
    },
    async connect() {},
    async close() {},
  };
  return sink;
}

interface FakeFirehose extends FirehoseSink {
  calls: Buffer[][];
  failWhere: (row: Buffer, i: number) => boolean;
}

function fakeFirehose(): FakeFirehose {
  const sink: FakeFirehose = {
    calls: [],
    failWhere: () => false,
    async put(records) {
      sink.calls.push(records.map((r) => Buffer.from(r)));
      return records.map((r, i) => (sink.failWhere(Buffer.from(r), i) ? new SinkError('throttled') : null));
    },
  };
  return sink;
}

describe('createKinesisHandler', () => {
  let dir: string;
  let claimCheck: ClaimCheckStore;
  let kafka: FakeKafka;
  let firehose: FakeFirehose;
  let metrics: ReturnType<typeof createCountingMetrics>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-handler-'));
    claimCheck = createDirClaimCheckStore(dir);
    kafka = fakeKafka();
    firehose = fakeFirehose();
    metrics = createCountingMetrics();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const build = (core: LeadCore = fakeCore) =>
    createKinesisHandler({
      core,
      kafkaSink: kafka,
      firehoseSink: firehose,
      claimCheck,
      topics: TOPICS,
      encoders: { encodeLead, leadSchemaFingerprint: LEAD_SCHEMA_FINGERPRINT, encodeAnalytics },
      logger: silentLogger,
      metrics,
    });

  it('writes leads to Kafka in one request and their analytics to Firehose', async () => {
    // Prepare
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD vip l2' }, { data: 'LEAD acme l3' }]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(kafka.calls).toHaveLength(1);
    const sent = kafka.calls[0] as KafkaOutMessage[];
    expect(sent.map((m) => [m.topic, m.key])).toEqual([
      ['leads', 'acme'],
      ['leads-vip', 'vip'],
      ['leads', 'acme'],
    ]);
    expect(decodeLead(sent[1]?.value as Buffer).leadId).toBe('l2');
    expect(sent[0]?.headers).toMatchObject({
      'lead-id': 'l1',
      source: 'web_form',
      'schema-fingerprint': LEAD_SCHEMA_FINGERPRINT,
    });
    expect(sent[0]?.headers['content-type']).toMatch(/^application\/vnd\.apache\.avro/);
    expect(firehose.calls).toHaveLength(1);
    expect(firehose.calls[0]?.map((r) => JSON.parse(r.toString()).lead_id)).toEqual(['l1', 'l2', 'l3']);
    expect(metrics.totals.get('LeadsProduced')).toBe(3);
    expect(metrics.totals.get('RecordsFailed')).toBe(0);
  });

  it('sends rejections to the rejected topic with reason and inline bytes; they are not failures', async () => {
    // Prepare
    const event = kinesisEvent([
      { data: 'REJECT bulk' },
      { data: 'LEAD acme l1' },
      { data: Buffer.from([0, 255, 7]) },
    ]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const rejected = (kafka.calls[0] as KafkaOutMessage[]).filter((m) => m.topic === 'rejected');
    expect(rejected).toHaveLength(2);
    const first = decodeRejected(rejected[0]?.value as Buffer);
    expect(first.reason).toBe('bulk');
    expect(first.rawEmail?.toString()).toBe('REJECT bulk');
    expect(first.sourceRecord.shardId).toBe('shardId-000000000000');
    expect(first.sourceRecord.sequenceNumber).toBe(event.Records[0]?.kinesis.sequenceNumber);
    expect(rejected[0]?.headers.reason).toBe('bulk');
    expect(firehose.calls[0]).toHaveLength(1);
    expect(metrics.totals.get('RecordsRejected|reason=bulk')).toBe(1);
    // The undimensioned total is what the rejected-rate alarm reads.
    expect(metrics.totals.get('RecordsRejected')).toBe(2);
  });

  it('fails only the records whose Kafka write failed, and skips their analytics', async () => {
    // Prepare
    kafka.failWhere = (m) => m.key === 'vip';
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD vip l2' }, { data: 'LEAD acme l3' }]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: event.Records[1]?.kinesis.sequenceNumber },
    ]);
    expect(firehose.calls[0]?.map((r) => JSON.parse(r.toString()).lead_id)).toEqual(['l1', 'l3']);
    expect(metrics.totals.get('LeadsProduced')).toBe(2);
    expect(metrics.totals.get('RecordsFailed')).toBe(1);
  });

  it('sends a lead Kafka refuses for good to the rejected topic with its reason, failing nothing', async () => {
    // Prepare: the broker refuses l2's lead message (too large for the topic), not its rejection.
    kafka.refuseWhere = (m) => m.topic !== 'rejected' && m.headers['lead-id'] === 'l2';
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD acme l2' }]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(kafka.calls).toHaveLength(2);
    const [rejectedMessage] = kafka.calls[1] as KafkaOutMessage[];
    expect(rejectedMessage?.topic).toBe('rejected');
    const rejected = decodeRejected(rejectedMessage?.value as Buffer);
    expect(rejected).toMatchObject({
      leadId: 'l2',
      reason: 'sink_rejected',
      detail: 'Kafka refused the record',
    });
    expect(firehose.calls[0]?.map((r) => JSON.parse(r.toString()).lead_id)).toEqual(['l1']);
    expect(metrics.totals.get('LeadsProduced')).toBe(1);
    expect(metrics.totals.get('RecordsRejected')).toBe(1);
    expect(metrics.totals.get('RecordsFailed')).toBe(0);
  });

  it('rejects a lead its encoder cannot encode instead of failing the batch', async () => {
    const handler = createKinesisHandler({
      core: fakeCore,
      kafkaSink: kafka,
      firehoseSink: firehose,
      claimCheck,
      topics: TOPICS,
      encoders: {
        encodeLead: (l) => {
          if (l.leadId === 'l2') throw new TypeError('invalid "long": NaN');
          return encodeLead(l);
        },
        leadSchemaFingerprint: LEAD_SCHEMA_FINGERPRINT,
        encodeAnalytics,
      },
      logger: silentLogger,
      metrics,
    });
    const response = await handler(kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD acme l2' }]));
    expect(response.batchItemFailures).toEqual([]);
    const rejected = decodeRejected((kafka.calls[1] as KafkaOutMessage[])[0]?.value as Buffer);
    expect(rejected).toMatchObject({ leadId: 'l2', reason: 'sink_rejected' });
    expect(rejected.detail).toContain('TypeError');
  });

  it('keeps a lead whose analytics row Firehose refuses for good, without failing the record', async () => {
    firehose.put = async (records) =>
      records.map((r) =>
        JSON.parse(Buffer.from(r).toString()).lead_id === 'l2' ? new PermanentSinkError('too large') : null,
      );
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD acme l2' }]);
    const response = await build()(event);
    expect(response.batchItemFailures).toEqual([]);
    expect(metrics.totals.get('LeadsProduced')).toBe(2);
  });

  it('fails records whose analytics write failed after retries (a Kafka duplicate follows on retry)', async () => {
    // Prepare
    firehose.failWhere = (row) => JSON.parse(row.toString()).lead_id === 'l3';
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'LEAD acme l3' }]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: event.Records[1]?.kinesis.sequenceNumber },
    ]);
  });

  it('throws FullBatchFailureError when every record failed, so Lambda can bisect', async () => {
    // Prepare
    kafka.failWhere = () => true;
    const event = kinesisEvent([{ data: 'LEAD acme l1' }, { data: 'REJECT bulk' }]);
    // Act / Assess
    await expect(build()(event)).rejects.toBeInstanceOf(FullBatchFailureError);
    expect(firehose.calls).toHaveLength(0);
  });

  it('resolves claim-check pointers, and rejects a pointer to a missing object', async () => {
    // Prepare
    const big = Buffer.from(`LEAD acme big ${'x'.repeat(10)}`);
    const stored = await claimCheck.put(big);
    const missing = makePointer(Buffer.from('never stored'));
    const event = kinesisEvent([{ data: encodePointer(stored) }, { data: encodePointer(missing) }]);
    // Act
    const response = await build()(event);
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const sent = kafka.calls[0] as KafkaOutMessage[];
    expect(decodeLead(sent[0]?.value as Buffer).leadId).toBe('big');
    const rej = decodeRejected(sent[1]?.value as Buffer);
    expect(rej.reason).toBe('claim_check_missing');
    expect(rej.claimCheckUri).toBe(claimCheck.uri(missing));
  });

  it('moves a large rejected email to the claim-check store and references it', async () => {
    // Prepare
    const raw = Buffer.concat([
      Buffer.from('REJECT malformed '),
      Buffer.alloc(REJECTED_INLINE_MAX_BYTES + 1, 0x41),
    ]);
    // Act
    const response = await build()(kinesisEvent([{ data: raw }]));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const rej = decodeRejected((kafka.calls[0] as KafkaOutMessage[])[0]?.value as Buffer);
    expect(rej.rawEmail).toBeNull();
    expect(rej.rawBytes).toBe(raw.byteLength);
    expect((await readFile(rej.claimCheckUri as string)).equals(raw)).toBe(true);
  });

  it('rejects an email the core threw on as processing_error instead of blocking the shard', async () => {
    // Act
    const response = await build()(kinesisEvent([{ data: 'THROW' }, { data: 'LEAD acme l1' }]));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const rej = decodeRejected((kafka.calls[0] as KafkaOutMessage[])[0]?.value as Buffer);
    expect(rej.reason).toBe('processing_error');
  });

  it.each([
    ['retriable', new SinkError('s3 down')],
    ['non-retriable', new PermanentSinkError('access denied')],
  ])('turns a %s claim-check read error into a batch item failure', async (_name, error) => {
    // Prepare
    const pointer = makePointer(Buffer.from('LEAD acme l9'));
    claimCheck = { ...claimCheck, get: async () => Promise.reject(error) };
    // Act
    const response = await build()(
      kinesisEvent([{ data: encodePointer(pointer) }, { data: 'LEAD acme l1' }]),
    );
    // Assess
    expect(response.batchItemFailures).toHaveLength(1);
  });
});
