import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { createDirClaimCheckStore } from '../../src/io/claim-check.js';
import { deadLetterRecordCount, readDeadLetters } from '../../src/local/dead-letter.js';
import { type KafkaBroker, startKafkaBroker } from '../../src/local/kafka-broker.js';
import { type SampleEmail, sampleEmails } from '../../src/local/samples.js';
import { type ConsumedMessage, consumeAll, type LocalStack, startLocalStack } from '../../src/local/stack.js';
import { decodeLead, decodeRejected } from '../../src/processors/stages/encode.js';
import { REJECT_REASONS } from '../../src/schemas/result.js';
import { createKinesisSender, type SendStats } from '../../src/sender/kinesis-sender.js';
import { createPartitionKeyFn } from '../../src/sender/partition-key.js';
import { runPython } from '../helpers/python.js';

/**
 * The whole pipeline on real components: emails → Kinesis server → poller (Lambda semantics) →
 * the real handler → Kafka broker + local Firehose → Parquet. Each describe block has its own
 * stream, topics and data directory; the broker and Kinesis server are the shared ones from the
 * global setup, except the outage test, which stops a broker of its own.
 */

const LEADS_AVSC = new URL('../../src/schemas/lead.avsc', import.meta.url).pathname;

async function send(stack: LocalStack, emails: readonly SampleEmail[]): Promise<SendStats> {
  const rules = await loadConfig();
  const keyOf = createPartitionKeyFn(rules.businesses);
  const sender = createKinesisSender({
    client: stack.kinesis,
    streamName: stack.streamName,
    claimCheck: createDirClaimCheckStore(stack.paths.claimCheckDir),
  });
  return sender.sendAll(emails.map((e) => ({ data: e.raw, partitionKey: keyOf(e.raw).key })));
}

interface Outcome {
  leads: ConsumedMessage[];
  rejected: ConsumedMessage[];
  uniqueLeads: Set<string>;
  uniqueRejected: Set<string>;
  deadLettered: number;
}

async function outcome(stack: LocalStack): Promise<Outcome> {
  const messages = await consumeAll(stack.kafkaBootstrap, [stack.topics.leads, stack.topics.rejected]);
  const leads = messages.filter((m) => m.topic === stack.topics.leads);
  const rejected = messages.filter((m) => m.topic === stack.topics.rejected);
  return {
    leads,
    rejected,
    uniqueLeads: new Set(leads.map((m) => decodeLead(m.value).leadId)),
    uniqueRejected: new Set(rejected.map((m) => decodeRejected(m.value).leadId)),
    deadLettered: deadLetterRecordCount(await readDeadLetters(stack.paths.deadLetterFile)),
  };
}

/** Waits until `expected` records are accounted for by the handler's counters and the poller is quiet. */
async function settle(stack: LocalStack, expected: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const done = () => {
    const totals = stack.metrics.totals;
    // RecordsRejected without a dimension is the total; the per-reason series repeat it.
    return (
      stack.poller().stats.deadLetteredRecords +
      (totals.get('LeadsProduced') ?? 0) +
      (totals.get('RecordsRejected') ?? 0)
    );
  };
  let quietSince = 0;
  let lastInvocations = -1;
  while (Date.now() < deadline) {
    const inv = stack.poller().stats.invocations;
    if (done() >= expected && inv === lastInvocations) {
      if (quietSince === 0) quietSince = Date.now();
      if (Date.now() - quietSince >= 1_000) return;
    } else quietSince = 0;
    lastInvocations = inv;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`only ${done()} of ${expected} records accounted for`);
}

function stackOptions(dataDir: string, kafkaBootstrap: string) {
  const id = randomUUID().slice(0, 8);
  return {
    dataDir,
    kafkaBootstrap,
    kinesisEndpoint: inject('kinesisEndpoint'),
    streamName: `emails-${id}`,
    leadsTopic: `leads-${id}`,
    rejectedTopic: `rejected-${id}`,
    shards: 2,
    firehoseBufferIntervalMs: 500,
    poller: {
      batchSize: 20,
      idlePollMs: 50,
      maxRetries: 50,
      retryBackoff: { maxAttempts: 1, baseDelayMs: 100, maxDelayMs: 500 },
    },
  };
}

describe('pipeline: Kinesis → handler → Kafka + Firehose', () => {
  let dir: string;
  let stack: LocalStack;
  let emails: SampleEmail[];
  let sent: SendStats;
  let result: Outcome;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-pipeline-'));
    stack = await startLocalStack(stackOptions(dir, inject('kafkaBootstrap')));
    // 60 emails: generated leads and non-leads, 3 random-byte poison records, 2 emails over 1 MiB.
    emails = await sampleEmails({ count: 60, seed: 7, poison: 3, oversize: 2 });
    sent = await send(stack, emails);
    await settle(stack, emails.length);
    result = await outcome(stack);
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('accounts for every email exactly once: leads + rejected + dead-letter = sent', () => {
    // Assess
    expect(sent).toMatchObject({ sent: emails.length, failed: 0, claimChecked: 2 });
    expect(result.uniqueLeads.size + result.uniqueRejected.size + result.deadLettered).toBe(emails.length);
    expect(result.uniqueLeads.size).toBeGreaterThan(emails.length / 2);
    expect(result.deadLettered).toBe(0);
    // Nothing failed, so nothing was replayed: no duplicates either.
    expect(result.leads.length).toBe(result.uniqueLeads.size);
  });

  it('rejects poison records with a reason and their bytes, and resolves claim-checked emails', () => {
    // Prepare
    const poison = emails.filter((e) => e.name.startsWith('poison'));
    const rejected = result.rejected.map((m) => decodeRejected(m.value));
    // Assess
    for (const p of poison) {
      const r = rejected.find((x) => x.rawEmail?.equals(p.raw));
      expect(REJECT_REASONS).toContain(r?.reason);
    }
    expect(stack.metrics.totals.get('ClaimChecksResolved')).toBe(2);
    expect(rejected.some((r) => r.reason.startsWith('claim_check'))).toBe(false);
    const headers = result.leads[0]?.headers ?? {};
    expect(headers['content-type']).toMatch(/^application\/vnd\.apache\.avro/);
    expect(headers['lead-id']).toBe(decodeLead(result.leads[0]?.value as Buffer).leadId);
  });

  it('writes leads that Python fastavro decodes with the published lead.avsc', async () => {
    // Prepare
    const file = join(dir, 'leads.json');
    await writeFile(file, JSON.stringify(result.leads.map((m) => m.value.toString('base64'))));
    // Act
    const stdout = await runPython(
      `
import base64, io, json, sys
from fastavro import parse_schema, schemaless_reader
schema = parse_schema(json.load(open(sys.argv[1])))
out = []
for b in json.load(open(sys.argv[2])):
    buf = io.BytesIO(base64.b64decode(b))
    rec = schemaless_reader(buf, schema)
    assert buf.read() == b"", "trailing bytes"
    out.append({"leadId": rec["leadId"], "businessId": rec["businessId"], "source": rec["source"],
                "receivedAtYear": rec["receivedAt"].year})
print(json.dumps(out))
`,
      [LEADS_AVSC, file],
    );
    // Assess
    const py = JSON.parse(stdout) as Array<{
      leadId: string;
      businessId: string;
      source: string;
      receivedAtYear: number;
    }>;
    const js = result.leads.map((m) => decodeLead(m.value));
    expect(py.map((r) => r.leadId)).toEqual(js.map((l) => l.leadId));
    expect(py.map((r) => r.source)).toEqual(js.map((l) => l.source));
    expect(py.every((r, i) => r.receivedAtYear === js[i]?.receivedAt.getUTCFullYear())).toBe(true);
  });

  it('delivers analytics as Snappy Parquet under dt= partitions with Athena-readable types', async () => {
    // Act
    await stack.flushAnalytics();
    const stdout = await runPython(
      `
import json, sys, glob
import pyarrow.parquet as pq
files = sorted(glob.glob(sys.argv[1] + "/**/*.parquet", recursive=True))
tables = [pq.read_table(f) for f in files]
schema = tables[0].schema
meta = pq.ParquetFile(files[0]).metadata.row_group(0).column(0)
print(json.dumps({
  "files": [f[len(sys.argv[1]):] for f in files],
  "rows": sum(t.num_rows for t in tables),
  "types": {f.name: str(f.type) for f in schema},
  "compression": meta.compression,
  "leadIds": [x for t in tables for x in t.column("lead_id").to_pylist()],
}))
`,
      [stack.paths.analyticsDir],
    );
    // Assess
    const pq = JSON.parse(stdout) as {
      files: string[];
      rows: number;
      types: Record<string, string>;
      compression: string;
      leadIds: string[];
    };
    expect(pq.files.every((f) => /\/dt=\d{4}-\d{2}-\d{2}\//.test(f))).toBe(true);
    expect(new Set(pq.leadIds)).toEqual(result.uniqueLeads);
    expect(pq.compression).toBe('SNAPPY');
    expect(pq.types.received_at).toMatch(/^timestamp\[(ms|us)/);
    expect(pq.types.confidence).toBe('double');
    expect(pq.types.message_length).toMatch(/^int(32|64)$/);
    expect(pq.types.lead_id).toMatch(/^(string|large_string)$/);
  });

  it('loses nothing when the handler and poller restart mid-stream; replays carry the same leadId', async () => {
    // Prepare
    const before = await outcome(stack);
    const more = (await sampleEmails({ count: 120, seed: 8, poison: 0, oversize: 0 })).slice(0, 120);
    const counted = () => stack.metrics.totals.get('LeadsProduced') ?? 0;
    const start = counted();
    // Act: restart while the second batch set is being processed.
    const sending = send(stack, more);
    const deadline = Date.now() + 30_000;
    while (counted() - start < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await stack.restartProcessor();
    expect((await sending).failed).toBe(0);
    await settle(stack, emails.length + more.length);
    const after = await outcome(stack);
    // Assess
    const total = after.uniqueLeads.size + after.uniqueRejected.size + after.deadLettered;
    expect(total).toBe(emails.length + more.length);
    expect(after.uniqueLeads.size).toBeGreaterThan(before.uniqueLeads.size);
    // Duplicates are allowed (at-least-once) but must be the same lead: same id, same bytes.
    const byId = new Map<string, Buffer>();
    for (const m of after.leads) {
      const id = decodeLead(m.value).leadId;
      const seen = byId.get(id);
      if (seen) expect(seen.equals(m.value)).toBe(true);
      else byId.set(id, m.value);
    }
  });
});

describe('pipeline: broker outage', () => {
  let dir: string;
  let broker: KafkaBroker;
  let stack: LocalStack;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-outage-'));
    broker = await startKafkaBroker({ dataDir: join(dir, 'kafka') });
    stack = await startLocalStack(stackOptions(join(dir, 'stack'), broker.bootstrapServers));
  });

  afterAll(async () => {
    await stack?.stop();
    await broker?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('retries the records that failed while the broker was down; none is lost or dead-lettered', async () => {
    // Prepare: a first half delivered with the broker up.
    const emails = await sampleEmails({ count: 80, seed: 9, poison: 0, oversize: 0 });
    const [firstHalf, secondHalf] = [emails.slice(0, 40), emails.slice(40)];
    expect((await send(stack, firstHalf)).failed).toBe(0);
    await settle(stack, firstHalf.length);
    const failedBefore = stack.metrics.totals.get('RecordsFailed') ?? 0;
    const errorsBefore = stack.poller().stats.functionErrors + stack.poller().stats.partialFailures;
    // Act: stop the broker mid-run, send the second half, and keep the broker down until the handler
    // has given up on at least one batch (the sink's bounded retries outlast a short outage, so a
    // fixed sleep would race with them), then start it again.
    await broker.stop();
    expect((await send(stack, secondHalf)).failed).toBe(0);
    const deadline = Date.now() + 60_000;
    while (
      stack.poller().stats.functionErrors + stack.poller().stats.partialFailures === errorsBefore &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await broker.start();
    await settle(stack, emails.length, 120_000);
    const result = await outcome(stack);
    // Assess
    expect(stack.poller().stats.functionErrors + stack.poller().stats.partialFailures).toBeGreaterThan(
      errorsBefore,
    );
    expect((stack.metrics.totals.get('RecordsFailed') ?? 0) - failedBefore).toBeGreaterThan(0);
    expect(result.deadLettered).toBe(0);
    expect(result.uniqueLeads.size + result.uniqueRejected.size).toBe(emails.length);
  });
});
