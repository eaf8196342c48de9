/**
 * `npm run bench -- smtp [--rate R] [--duration S] [--json]`
 *
 * Mail in, notification out, on the local stack: an open-loop SMTP client (nodemailer, pooled
 * connections) sends lead emails at R per second to the SMTP ingress; the notifier posts each lead
 * to a local webhook receiver. Latency per email = webhook arrival − the end of its SMTP DATA (the
 * server's clock, when the last byte of the message arrived), matched by Message-ID, which is unique
 * per email sent. Also reported: end of DATA → 250 (the Kinesis acknowledgement the reply waits for).
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
  positiveNumber,
} from './report.js';

const USAGE = 'usage: npm run bench -- smtp [--rate R] [--duration S] [--json]';
const MESSAGE_ID = /^Message-ID:[ \t]*<([^>\r\n]+)>/im;

export async function run(argv: string[]): Promise<number> {
  let rate: number;
  let durationSec: number;
  let json: boolean;
  try {
    const f = parseFlags(argv, { rate: 'string', duration: 'string', json: 'boolean' }, USAGE);
    rate = positiveNumber('rate', f.rate, 50);
    durationSec = positiveNumber('duration', f.duration, 30);
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

  const dataEnded = new Map<string, number>();
  const arrived = new Map<string, number>();
  const replied: number[] = [];
  const secret = demoWebhookSecret();
  const receiver = await startWebhookReceiver({
    secret,
    onDelivery: (d) => {
      if (d.messageId) arrived.set(d.messageId.replace(/^<|>$/g, ''), d.arrivedAtMs);
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
      onAccepted: ({ dataEndedAtMs, records }) => {
        const id = MESSAGE_ID.exec(Buffer.from(records[0]?.data ?? []).toString('latin1'))?.[1];
        if (id) dataEnded.set(id, dataEndedAtMs);
      },
    },
    poller: { batchSize: 100, batchingWindowMs: 0, idlePollMs: 250 },
    log,
  });
  const nodemailer = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: (stack.smtp as NonNullable<typeof stack.smtp>).port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 10,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  let failed = 0;
  const total = Math.round(rate * durationSec);
  log(`sending ${total} lead emails at ${rate}/s over SMTP…`);
  try {
    const start = Date.now();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
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
              const ended = dataEnded.get(id);
              if (ended !== undefined) replied.push(Date.now() - ended);
            },
            () => {
              failed++;
            },
          ),
      );
    }
    await Promise.all(sends);
    const sendSec = (Date.now() - start) / 1000;
    // Drain: wait until every accepted email reached the webhook or was rejected by the processor
    // (the generator's leads are not all extracted: see bench/README.md, accuracy), or 60 s without progress.
    const rejected = () => stack.metrics.totals.get('RecordsRejected') ?? 0;
    let last = -1;
    let lastChange = Date.now();
    while (arrived.size + rejected() < dataEnded.size && Date.now() - lastChange < 60_000) {
      if (arrived.size + rejected() !== last) {
        last = arrived.size + rejected();
        lastChange = Date.now();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const latencies: number[] = [];
    for (const [id, ended] of dataEnded) {
      const at = arrived.get(id);
      if (at !== undefined) latencies.push(at - ended);
    }
    const result = {
      mode: 'smtp',
      rate,
      durationSec,
      sent: total,
      accepted: dataEnded.size,
      failed,
      notified: latencies.length,
      rejected: rejected(),
      // Emails per second from the first send to the last 250 (below `rate` when the client falls behind).
      achievedRate: Math.round((total / sendSec) * 10) / 10,
      dataEndToWebhookMs: summary(latencies),
      dataEndTo250Ms: summary(replied),
      machine: finishMachineInfo(machine),
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const l = result.dataEndToWebhookMs;
      const r = result.dataEndTo250Ms;
      process.stdout.write(
        `${[
          `smtp: ${result.sent} lead emails at ${rate}/s scheduled (${result.achievedRate}/s achieved); ${result.accepted} accepted (250), ${failed} failed; ${result.notified} notified, ${result.rejected} rejected by the processor`,
          `  end of DATA → webhook arrival: p50 ${fmt(l.p50)} ms, p99 ${fmt(l.p99)} ms, max ${fmt(l.max)} ms`,
          `  end of DATA → 250 (Kinesis acknowledged): p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms`,
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

function summary(values: number[]): { p50: number; p99: number; max: number; count: number } {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))] ?? Number.NaN;
  return { p50: q(0.5), p99: q(0.99), max: v[v.length - 1] ?? Number.NaN, count: v.length };
}
