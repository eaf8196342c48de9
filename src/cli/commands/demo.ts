import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LocalStack } from '../../local/stack.js';
import type { BatchReport } from '../../processors/handlers/batch-report.js';
import { EXIT_USAGE, NON_NEGATIVE_INT, POSITIVE_INT, parseNumberFlag, reportError } from '../exit.js';

const USAGE = `usage: leadstream demo [options]      (npm start)

Starts the local stack (Kafka broker, Kinesis server, Lambda poller, Firehose → Parquet, SMTP
ingress, webhook notifier), sends sample emails through it (a quarter over SMTP with nodemailer),
reads the leads back from Kafka, checks that a local webhook receiver was notified of each lead of
the three businesses with a webhook, queries the Parquet with DuckDB, and stops everything. Ctrl-C
stops cleanly at any point.

  --count N        emails to send (default 200; includes 2 poison records and 1 over 1 MiB)
  --seed N         corpus seed (default 42)
  --batch-size N   Lambda batch size (default 100)
  --window-ms N    Lambda batching window, ms (default 0)
  --shards N       Kinesis shards (default 2)
  --poll-ms N      idle poll interval per shard, ms (default 250; Lambda's is about 1000)
  --rate N         send at N emails/s instead of all at once (for latency below saturation)
  --data DIR       where the demo keeps its data, wiped first (default: the local stack's, as for
                   \`leadstream stack\`, so \`leadstream query\` finds the Parquet without --dir)`;

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    console.error(`leadstream demo: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let opts: DemoOptions;
  try {
    opts = demoOptions(values);
  } catch (err) {
    return reportError('demo', err);
  }
  return runDemo(
    opts,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}

/** The demo's settings from its flags; a bad number throws a UsageError naming the flag. */
export function demoOptions(values: ReturnType<typeof parse>['values']): DemoOptions {
  return {
    count: parseNumberFlag('--count', values.count ?? '200', POSITIVE_INT),
    seed: parseNumberFlag('--seed', values.seed ?? '42', NON_NEGATIVE_INT),
    batchSize: parseNumberFlag('--batch-size', values['batch-size'] ?? '100', POSITIVE_INT),
    windowMs: parseNumberFlag('--window-ms', values['window-ms'] ?? '0', NON_NEGATIVE_INT),
    shards: parseNumberFlag('--shards', values.shards ?? '2', POSITIVE_INT),
    pollMs: parseNumberFlag('--poll-ms', values['poll-ms'] ?? '250', NON_NEGATIVE_INT),
    rate: parseNumberFlag('--rate', values.rate ?? '0', NON_NEGATIVE_INT),
    ...(values.data ? { dataDir: values.data } : {}),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      'batch-size': { type: 'string' },
      'window-ms': { type: 'string' },
      shards: { type: 'string' },
      'poll-ms': { type: 'string' },
      rate: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export interface DemoOptions {
  count: number;
  seed: number;
  batchSize: number;
  windowMs: number;
  shards: number;
  pollMs: number;
  /** Emails per second; 0 = as fast as PutRecords goes. */
  rate: number;
  /** Unset: the local stack's default directories, where \`leadstream query\` reads by default. */
  dataDir?: string;
}

export async function runDemo(
  opts: DemoOptions,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const { startLocalStack, consumeAll } = await import('../../local/stack.js');
  const { sampleEmails } = await import('../../local/samples.js');
  const { loadConfig } = await import('../../config/load.js');
  const { createPartitionKeyFn } = await import('../../sender/partition-key.js');
  const { createKinesisSender } = await import('../../sender/kinesis-sender.js');
  const { createDirClaimCheckStore } = await import('../../io/claim-check.js');
  const { decodeLead } = await import('../../processors/stages/encode.js');
  const { deadLetterRecordCount, readDeadLetters } = await import('../../local/dead-letter.js');
  const { startWebhookReceiver } = await import('../../notify/webhook-receiver.js');
  const { BUSINESSES, INBOUND_DOMAIN } = await import('../../corpus/people.js');
  const mail = await import('./demo-mail.js');

  const reports: BatchReport[] = [];
  // When each record's PutRecords call was issued, by shard and sequence number. The local Kinesis
  // server's approximateArrivalTimestamp has whole-second resolution, too coarse for latency.
  const putAt = new Map<string, number>();
  let stack: LocalStack | null = null;
  let interrupted = false;
  // Ctrl-C: stop the stack (broker, Kinesis server, poller) before exiting, so nothing is left running.
  const onSigint = () => {
    if (interrupted) return;
    interrupted = true;
    err('\ninterrupted: stopping the local stack…');
    // The services are already going down (src/local/process-group.ts kills them on SIGINT); an
    // invocation in flight may still be retrying against the dead broker, so do not wait for it long.
    const grace = new Promise((r) => setTimeout(r, 3_000).unref());
    void Promise.race([stack?.stop() ?? Promise.resolve(), grace]).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);

  const started = Date.now();
  // Three businesses have a webhook; the receiver checks every delivery's signature.
  const notified = BUSINESSES.slice(0, 3).map((b) => b.id);
  const secret = mail.demoWebhookSecret();
  const receiver = await startWebhookReceiver({ secret });
  const rulesDir = await mkdtemp(join(tmpdir(), 'leadstream-demo-'));
  const rulesFile = join(rulesDir, 'rules.yaml');
  await mail.writeDemoNotifyRules(rulesFile, receiver.url, notified);
  try {
    stack = await startLocalStack({
      ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
      env: { LEADSTREAM_CONFIG: rulesFile, [mail.DEMO_SECRET_ENV]: secret },
      smtp: { domains: [INBOUND_DOMAIN] },
      shards: opts.shards,
      poller: {
        batchSize: opts.batchSize,
        batchingWindowMs: opts.windowMs,
        idlePollMs: opts.pollMs,
        maxRetries: 20,
      },
      onBatch: (r) => reports.push(r),
      log: err,
    });
    if (interrupted) return 130;
    const smtp = stack.smtp as NonNullable<LocalStack['smtp']>;
    err(
      `local stack up in ${secs(Date.now() - started)} (Kafka ${stack.kafkaBootstrap}, Kinesis ${stack.kinesisEndpoint}, SMTP ${smtp.url})`,
    );

    // Send.
    const rules = await loadConfig();
    const keyOf = createPartitionKeyFn(rules.businesses);
    const samples = await sampleEmails({ count: opts.count, seed: opts.seed });
    const sender = createKinesisSender({
      client: stack.kinesis,
      streamName: stack.streamName,
      claimCheck: createDirClaimCheckStore(stack.paths.claimCheckDir),
      onAccepted: (accepted, at) => {
        for (const a of accepted) putAt.set(`${a.shardId}:${a.sequenceNumber}`, at);
      },
    });
    const sendStarted = Date.now();
    // Every fourth email with a known business goes in over SMTP, to its business's address.
    const overSmtp: Array<{ raw: Buffer; to: string }> = [];
    const records: Array<{ data: Buffer; partitionKey: string }> = [];
    samples.forEach((s, i) => {
      const { key, businessId } = keyOf(s.raw);
      if (i % 4 === 0 && businessId)
        overSmtp.push({ raw: s.raw, to: `leads+${businessId}@${INBOUND_DOMAIN}` });
      else records.push({ data: s.raw, partitionKey: key });
    });
    const [sent, smtpSent] = await Promise.all([
      opts.rate > 0 ? sendPaced(sender, records, opts.rate) : sender.sendAll(records),
      mail.sendOverSmtp(smtp.port, overSmtp),
    ]);
    const sendMs = Date.now() - sendStarted;
    out(
      `sent ${sent.sent + smtpSent.accepted} emails in ${secs(sendMs)}: ${sent.sent} with PutRecords (retried ${sent.retried}, failed ${sent.failed}, ${sent.claimChecked} by claim-check), ${smtpSent.accepted} over SMTP ${smtp.url} (failed ${smtpSent.failed})`,
    );

    // Wait until every email is accounted for: written as a lead, written as rejected, or dead-lettered.
    const expected = sent.sent + smtpSent.accepted;
    const deadline = Date.now() + 120_000 + expected * 20;
    const accounted = () => {
      const m = stack?.metrics.totals ?? new Map<string, number>();
      return {
        leads: m.get('LeadsProduced') ?? 0,
        // The undimensioned total; the per-reason series (RecordsRejected|reason=…) repeat it.
        rejected: m.get('RecordsRejected') ?? 0,
        dead: stack?.poller().stats.deadLetteredRecords ?? 0,
      };
    };
    for (;;) {
      const a = accounted();
      if (a.leads + a.rejected + a.dead >= expected) break;
      if (Date.now() > deadline || interrupted) {
        err(`timed out: ${a.leads + a.rejected + a.dead} of ${expected} accounted for`);
        return 1;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const processedMs = Date.now() - sendStarted;
    const a = accounted();
    const dead = deadLetterRecordCount(await readDeadLetters(stack.paths.deadLetterFile));
    out(`processed in ${secs(processedMs)}: ${a.leads} leads, ${a.rejected} rejected, ${dead} dead-lettered`);

    // Read back what a business's consumer would see.
    const messages = await consumeAll(stack.kafkaBootstrap, [stack.topics.leads, stack.topics.rejected]);
    const leadIds = new Set<string>();
    const leadBusinesses: string[] = [];
    const bySource = new Map<string, number>();
    const byReason = new Map<string, number>();
    const rejectedIds = new Set<string>();
    for (const m of messages) {
      if (m.topic === stack.topics.leads) {
        const lead = decodeLead(m.value);
        if (leadIds.has(lead.leadId)) continue; // a replay: same leadId, dropped like a consumer would
        leadIds.add(lead.leadId);
        leadBusinesses.push(lead.businessId);
        bySource.set(lead.source, (bySource.get(lead.source) ?? 0) + 1);
      } else {
        const id = m.headers['lead-id'] ?? `${m.partition}/${m.offset}`;
        if (rejectedIds.has(id)) continue;
        rejectedIds.add(id);
        const reason = m.headers.reason ?? 'unknown';
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      }
    }
    const rejectedCount = [...byReason.values()].reduce((s, n) => s + n, 0);
    out(`consumed ${leadIds.size} leads from ${stack.topics.leads}`);
    out(
      `rejected ${rejectedCount} (${[...byReason]
        .sort((x, y) => y[1] - x[1])
        .map(([r, n]) => `${r} ${n}`)
        .join(', ')})`,
    );
    const total = leadIds.size + rejectedCount + dead;
    out(
      `count check: ${leadIds.size} leads + ${rejectedCount} rejected + ${dead} dead-letter = ${total} of ${opts.count} sent ${total === opts.count ? '✓' : '✗'}`,
    );
    // Notifications: every lead of a business with a webhook, once (the notifier de-duplicates replays).
    const toNotify = leadBusinesses.filter((b) => notified.includes(b)).length;
    const notifyDeadline = Date.now() + 60_000;
    while (receiver.summary().leads < toNotify && Date.now() < notifyDeadline && !interrupted) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const got = receiver.summary();
    const notifyOk =
      got.leads === toNotify && receiver.deliveries.length === toNotify && receiver.rejectedSignatures === 0;
    out(`webhook receiver: notified ${got.businesses} businesses of ${got.leads} leads`);
    out(
      `notification check: ${got.leads} of ${toNotify} leads for the ${notified.length} businesses with a webhook, ${receiver.deliveries.length} deliveries, ${receiver.rejectedSignatures} bad signatures ${notifyOk ? '✓' : '✗'}`,
    );

    const latency = latencyStats(reports, putAt);
    if (latency) {
      out(
        `latency PutRecords → Kafka ack: p50 ${latency.p50} ms, p99 ${latency.p99} ms, max ${latency.max} ms ` +
          `(p50 ${latency.waitP50} ms in the stream before the invocation, ${latency.inHandlerP50} ms in the handler); ` +
          `processor (core) ${pct(latency.coreShare)} of it, whole handler ${pct(latency.handlerShare)}; ` +
          `throughput ${Math.round((expected * 1000) / processedMs)} emails/s`,
      );
    }

    // Analytics: flush Firehose's buffer to Parquet and ask DuckDB.
    await stack.flushAnalytics();
    const { openAnalyticsQuery } = await import('../../local/analytics-query.js');
    const query = await openAnalyticsQuery(stack.paths.bucketDir);
    const sql =
      'SELECT source, count(*) AS leads, round(avg(confidence), 2) AS avg_confidence FROM analytics GROUP BY source ORDER BY leads DESC, source';
    const { rows } = await query.run(sql).finally(() => query.close());
    out(`analytics (DuckDB over the Parquet files, the local Athena): ${sql}`);
    for (const r of rows) {
      out(
        `  ${String(r.source).padEnd(20)} ${String(r.leads).padStart(6)}   avg confidence ${r.avg_confidence}`,
      );
    }
    out(
      `query it yourself: npx leadstream query ${opts.dataDir ? `--dir ${stack.paths.bucketDir} ` : ''}"SELECT * FROM analytics LIMIT 5"`,
    );
    return total === opts.count && notifyOk ? 0 : 1;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    await receiver.close();
    await rm(rulesDir, { recursive: true, force: true });
    if (!interrupted && stack) {
      await stack.stop();
      err(`stopped the local stack (data kept in ${stack.paths.root})`);
    }
  }
}

/** Sends `rate` records per second in 100 ms ticks (one PutRecords per tick). */
async function sendPaced(
  sender: import('../../sender/kinesis-sender.js').KinesisSender,
  records: import('../../sender/kinesis-sender.js').OutgoingRecord[],
  rate: number,
): Promise<import('../../sender/kinesis-sender.js').SendStats> {
  const total = { sent: 0, retried: 0, failed: 0, claimChecked: 0, bytes: 0 };
  const perTick = Math.max(1, Math.round(rate / 10));
  const start = Date.now();
  for (let i = 0, tick = 0; i < records.length; i += perTick, tick++) {
    const wait = start + tick * 100 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const s = await sender.sendAll(records.slice(i, i + perTick));
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += s[k];
  }
  return total;
}

export interface LatencyStats {
  p50: number;
  p99: number;
  max: number;
  count: number;
  /** Median time from arrival in Kinesis to the start of the invocation that processed the record. */
  waitP50: number;
  /** Median time from the start of the invocation to the Kafka ack. */
  inHandlerP50: number;
  /** Time in the core as a share of end-to-end latency, summed over records. */
  coreShare: number;
  handlerShare: number;
}

/**
 * Per-record latency = its batch's Kafka ack time − the time its PutRecords call was issued (from
 * `putAt`, keyed `shardId:sequenceNumber`), else its
 * Kinesis arrival time.
 */
export function latencyStats(
  reports: readonly BatchReport[],
  putAt: ReadonlyMap<string, number> = new Map(),
): LatencyStats | null {
  const lat: number[] = [];
  const wait: number[] = [];
  const inHandler: number[] = [];
  let core = 0;
  let handler = 0;
  for (const r of reports) {
    for (const w of r.written) {
      const a = putAt.get(`${w.shardId}:${w.sequenceNumber}`) ?? w.arrivalMs;
      lat.push(r.kafkaAckAtMs - a);
      wait.push(r.startedAtMs - a);
      inHandler.push(r.kafkaAckAtMs - r.startedAtMs);
      core += r.coreMs;
      handler += r.handlerMs;
    }
  }
  if (lat.length === 0) return null;
  for (const list of [lat, wait, inHandler]) list.sort((x, y) => x - y);
  const quantile = (list: number[], p: number) =>
    list[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)] as number;
  const q = (p: number) => quantile(lat, p);
  const sum = lat.reduce((s, x) => s + x, 0);
  return {
    p50: q(0.5),
    p99: q(0.99),
    max: lat[lat.length - 1] as number,
    count: lat.length,
    waitP50: quantile(wait, 0.5),
    inHandlerP50: quantile(inHandler, 0.5),
    coreShare: sum > 0 ? core / sum : 0,
    handlerShare: sum > 0 ? Math.min(1, handler / sum) : 0,
  };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (x: number) => `${Math.round(x * 100)}%`;
