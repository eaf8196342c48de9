/**
 * `npm run bench -- smtp [--rate R] [--duration S] [--connections N] [--idle-poll MS] [--warmup N] [--in-memory] [--json]`
 *
 * Mail in, notification out, on the local stack: an open-loop SMTP client (nodemailer, N pooled
 * connections) sends lead emails at R per second to the SMTP ingress; the notifier posts each lead
 * to a local webhook receiver. Latency per email = webhook arrival − the end of its SMTP DATA (the
 * server's clock, when the last byte of the message arrived), matched by Message-ID, which is unique
 * per email sent. The same path is split into hops, per email:
 *
 *   end of DATA → Kinesis acknowledged (the 250 waits for it)
 *   → produced to Kafka (the message's Kafka timestamp: poller wait + processor batch)
 *   → fetched by the notifier's consumer → webhook arrival (notifier + signed POST).
 *
 * Rates are reported as offered (the schedule), accepted (250s per second until the last 250) and
 * notified (webhook arrivals per second until the last one); the client's own queue (scheduled → 250)
 * shows when the pool could not keep up, which DATA-based latencies cannot see.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SECRET_ENV, demoWebhookSecret, writeDemoNotifyRules } from '../src/cli/commands/demo-mail.js';
import { leadstreamHome } from '../src/config/state-dir.js';
import { generateCorpus } from '../src/corpus/generate.js';
import { BUSINESSES, INBOUND_DOMAIN } from '../src/corpus/people.js';
import { startLocalStack } from '../src/local/stack.js';
import { startWebhookReceiver } from '../src/notify/webhook-receiver.js';
import { createPartitionKeyFn } from '../src/sender/partition-key.js';
import {
  describeMachine,
  finishMachineInfo,
  fmt,
  machineInfo,
  parseFlags,
  positiveInt,
  positiveNumber,
} from './report.js';

const USAGE =
  'usage: npm run bench -- smtp [--rate R] [--duration S] [--connections N] [--idle-poll MS] [--warmup N] [--in-memory] [--json]';
const MESSAGE_ID = /^Message-ID:[ \t]*<([^>\r\n]+)>/im;

export async function run(argv: string[]): Promise<number> {
  let rate: number;
  let durationSec: number;
  let connections: number;
  let idlePollMs: number;
  let warmup: number;
  let durable: boolean;
  let json: boolean;
  try {
    const f = parseFlags(
      argv,
      {
        rate: 'string',
        duration: 'string',
        connections: 'string',
        'idle-poll': 'string',
        warmup: 'string',
        'in-memory': 'boolean',
        json: 'boolean',
      },
      USAGE,
    );
    rate = positiveNumber('rate', f.rate, 50);
    durationSec = positiveNumber('duration', f.duration, 30);
    // An MTA delivering a queue opens several connections per destination (Postfix: up to 20);
    // each waits for its 250, so the pool bounds the client's throughput at N ÷ (DATA → 250).
    connections = positiveInt('connections', f.connections, 40);
    // The poller's pause after an empty GetRecords; Lambda's own is about 1 s per shard.
    idlePollMs = positiveInt('idle-poll', f['idle-poll'], 250);
    // The stack's default is durable Kinesis (a write-ahead log fsynced per call, docs/local-durability.md).
    durable = f['in-memory'] !== true;
    warmup = f.warmup === '0' ? 0 : positiveInt('warmup', f.warmup, 100);
    json = f.json === true;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const machine = machineInfo();
  const log = (line: string) => process.stderr.write(`${line}\n`);

  // Lead emails only (non-leads are rejected and notify no one), each to its business's address.
  const keyOf = createPartitionKeyFn();
  const pool = [...generateCorpus({ count: 600, seed: 7 })]
    .filter((e) => e.expected.kind === 'lead')
    .map((e) => ({ raw: e.raw.toString('latin1'), businessId: keyOf(e.raw).businessId }))
    .filter((e): e is { raw: string; businessId: string } => e.businessId !== null && MESSAGE_ID.test(e.raw));

  // Per Message-ID: end of DATA and Kinesis acknowledgement (server clock), webhook arrival.
  const dataEnded = new Map<string, number>();
  const acknowledged = new Map<string, number>();
  const arrived = new Map<string, number>();
  const leadMessageId = new Map<string, string>();
  // Per leadId: Kafka timestamp and when the notifier's consumer got the message.
  const consumed = new Map<string, { producedAtMs: number; consumedAtMs: number }>();
  const replied: number[] = [];
  const queuedTo250: number[] = [];
  let last250At = 0;
  const batches: Array<{ records: number; handlerMs: number; kafkaMs: number; firehoseMs: number }> = [];
  const secret = demoWebhookSecret();
  const receiver = await startWebhookReceiver({
    secret,
    onDelivery: (d) => {
      if (!d.messageId) return;
      const id = d.messageId.replace(/^<|>$/g, '');
      arrived.set(id, d.arrivedAtMs);
      leadMessageId.set(d.leadId, id);
    },
  });
  const rulesDir = await mkdtemp(join(tmpdir(), 'leadstream-bench-smtp-'));
  const rulesFile = join(rulesDir, 'rules.yaml');
  await writeDemoNotifyRules(
    rulesFile,
    receiver.url,
    BUSINESSES.map((b) => b.id),
  );
  const stack = await startLocalStack({
    dataDir: join(leadstreamHome(), 'bench-smtp'),
    env: { LEADSTREAM_CONFIG: rulesFile, [DEMO_SECRET_ENV]: secret },
    smtp: {
      domains: [INBOUND_DOMAIN],
      onAccepted: ({ dataEndedAtMs, acknowledgedAtMs, records }) => {
        const id = MESSAGE_ID.exec(Buffer.from(records[0]?.data ?? []).toString('latin1'))?.[1];
        if (!id) return;
        dataEnded.set(id, dataEndedAtMs);
        acknowledged.set(id, acknowledgedAtMs);
      },
    },
    notify: {
      onHandled: ({ leadId, producedAtMs, consumedAtMs }) => {
        if (leadId) consumed.set(leadId, { producedAtMs, consumedAtMs });
      },
    },
    onBatch: ({ records, handlerMs, kafkaMs, firehoseMs }) =>
      batches.push({ records, handlerMs, kafkaMs, firehoseMs }),
    durable,
    poller: { batchSize: 100, batchingWindowMs: 0, idlePollMs },
    log,
  });
  const nodemailer = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: (stack.smtp as NonNullable<typeof stack.smtp>).port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  const rejected = () => stack.metrics.totals.get('RecordsRejected') ?? 0;
  let failed = 0;
  /** Sends `count` emails at `rate`/s, then waits until each reached the webhook or was rejected. */
  const sendPhase = async (count: number, start: number) => {
    const sends: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sample = pool[i % pool.length] as { raw: string; businessId: string };
      const id = `bench-${i}-${start}@smtp.bench`;
      const raw = sample.raw.replace(MESSAGE_ID, `Message-ID: <${id}>`);
      sends.push(
        transport
          .sendMail({
            envelope: { from: 'forms@site.example', to: [`leads+${sample.businessId}@${INBOUND_DOMAIN}`] },
            raw,
          })
          .then(
            () => {
              const now = Date.now();
              last250At = now;
              queuedTo250.push(now - due);
              const ended = dataEnded.get(id);
              if (ended !== undefined) replied.push(now - ended);
            },
            () => {
              failed++;
            },
          ),
      );
    }
    await Promise.all(sends);
    // Drain: wait until every accepted email reached the webhook or was rejected by the processor
    // (the generator's leads are not all extracted: see bench/README.md, accuracy), or 60 s without progress.
    const done = () => arrived.size + rejected() - rejectedBefore;
    let last = -1;
    let lastChange = Date.now();
    while (done() < dataEnded.size && Date.now() - lastChange < 60_000) {
      if (done() !== last) {
        last = done();
        lastChange = Date.now();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const total = Math.round(rate * durationSec);
  let rejectedBefore = 0;
  try {
    // Warm-up, not measured: the first batches load modules, connect producers and compile hot code
    // (the cold start has its own bench), which would otherwise pass for a queue in the first seconds.
    log(`warm-up: ${warmup} lead emails at ${rate}/s…`);
    await sendPhase(warmup, Date.now());
    for (const m of [dataEnded, acknowledged, arrived, leadMessageId, consumed]) m.clear();
    for (const a of [replied, queuedTo250, batches]) a.length = 0;
    failed = 0;
    rejectedBefore = rejected();
    log(`sending ${total} lead emails at ${rate}/s over SMTP (${connections} connections)…`);
    const start = Date.now();
    await sendPhase(total, start);
    const latencies: number[] = [];
    // The same latency per 5 s of the run (by end of DATA): a warm-up spike and a queue that keeps
    // growing look alike in one p99, not over time.
    const byWindow: number[][] = [];
    for (const [id, ended] of dataEnded) {
      const at = arrived.get(id);
      if (at === undefined) continue;
      latencies.push(at - ended);
      const w = Math.max(0, Math.floor((ended - start) / 5_000));
      byWindow[w] = [...(byWindow[w] ?? []), at - ended];
    }
    const hops = {
      kinesis: [] as number[],
      processor: [] as number[],
      consumer: [] as number[],
      webhook: [] as number[],
    };
    for (const [leadId, c] of consumed) {
      const id = leadMessageId.get(leadId);
      const ended = id === undefined ? undefined : dataEnded.get(id);
      const acked = id === undefined ? undefined : acknowledged.get(id);
      const at = id === undefined ? undefined : arrived.get(id);
      if (ended === undefined || acked === undefined || at === undefined) continue;
      hops.kinesis.push(acked - ended);
      hops.processor.push(c.producedAtMs - acked);
      hops.consumer.push(c.consumedAtMs - c.producedAtMs);
      hops.webhook.push(at - c.consumedAtMs);
    }
    const lastArrival = Math.max(start, ...arrived.values());
    const perSec = (n: number, untilMs: number) =>
      Math.round((n / Math.max(0.001, (untilMs - start) / 1000)) * 10) / 10;
    const result = {
      mode: 'smtp',
      rate,
      durationSec,
      sent: total,
      accepted: dataEnded.size,
      failed,
      notified: latencies.length,
      rejected: rejected() - rejectedBefore,
      connections,
      idlePollMs,
      durable,
      warmup,
      // Per second from the first send to the last 250 / the last webhook arrival: below `rate` when
      // the stack falls behind the offered load.
      acceptedRate: perSec(dataEnded.size, last250At),
      notifiedRate: perSec(arrived.size, lastArrival),
      dataEndToWebhookMs: summary(latencies),
      dataEndToWebhookBy5sMs: Array.from(byWindow, (w) => summary(w ?? [])),
      dataEndTo250Ms: summary(replied),
      scheduledTo250Ms: summary(queuedTo250),
      hopsMs: {
        dataEndToKinesisAck: summary(hops.kinesis),
        kinesisAckToKafka: summary(hops.processor),
        kafkaToConsumer: summary(hops.consumer),
        consumerToWebhook: summary(hops.webhook),
      },
      processorBatches: {
        count: batches.length,
        meanRecords:
          Math.round((batches.reduce((n, b) => n + b.records, 0) / Math.max(1, batches.length)) * 10) / 10,
        handlerMs: summary(batches.map((b) => b.handlerMs)),
        kafkaMs: summary(batches.map((b) => b.kafkaMs)),
        firehoseMs: summary(batches.map((b) => b.firehoseMs)),
      },
      machine: finishMachineInfo(machine),
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const line = (label: string, s: Summary) =>
        `  ${label}: p50 ${fmt(s.p50)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms`;
      const b = result.processorBatches;
      process.stdout.write(
        `${[
          `smtp: ${durable ? 'durable' : 'in-memory'} Kinesis, poller idle pause ${idlePollMs} ms, after ${warmup} warm-up emails`,
          `  ${result.sent} lead emails offered at ${rate}/s over ${connections} connections; ${result.accepted} accepted (250) at ${result.acceptedRate}/s, ${failed} failed; ${result.notified} notified at ${result.notifiedRate}/s, ${result.rejected} rejected by the processor`,
          line('end of DATA → webhook arrival', result.dataEndToWebhookMs),
          `    per 5 s of the run, p50/p99 ms: ${result.dataEndToWebhookBy5sMs.map((w) => `${fmt(w.p50)}/${fmt(w.p99)}`).join(' · ')}`,
          line('end of DATA → 250', result.dataEndTo250Ms),
          line('scheduled → 250 (client queue included)', result.scheduledTo250Ms),
          '  hops:',
          line('  end of DATA → Kinesis acknowledged', result.hopsMs.dataEndToKinesisAck),
          line('  → produced to Kafka (poller + processor)', result.hopsMs.kinesisAckToKafka),
          line('  → fetched by the notifier', result.hopsMs.kafkaToConsumer),
          line('  → webhook arrival', result.hopsMs.consumerToWebhook),
          `  processor: ${b.count} batches, ${fmt(b.meanRecords)} records each on average, handler p50 ${fmt(b.handlerMs.p50)} ms, p99 ${fmt(b.handlerMs.p99)} ms (Kafka p50 ${fmt(b.kafkaMs.p50)} / p99 ${fmt(b.kafkaMs.p99)} ms, Firehose p50 ${fmt(b.firehoseMs.p50)} / p99 ${fmt(b.firehoseMs.p99)} ms)`,
          `  machine: ${describeMachine(result.machine)}`,
        ].join('\n')}\n`,
      );
    }
    return failed === 0 && result.notified + result.rejected === result.accepted ? 0 : 1;
  } finally {
    transport.close();
    await stack.stop();
    await receiver.close();
    await rm(rulesDir, { recursive: true, force: true });
  }
}

interface Summary {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

function summary(values: number[]): Summary {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))] ?? Number.NaN;
  return { p50: q(0.5), p99: q(0.99), max: v[v.length - 1] ?? Number.NaN, count: v.length };
}
