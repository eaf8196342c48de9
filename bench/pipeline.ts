/**
 * `npm run bench -- pipeline [--rate R] [--duration S] [--closed] [--json]`
 *
 * End to end on the local stack (src/local/stack.ts): Kinesis API server → poller (Lambda's event
 * source semantics) → the handler → a real Kafka broker, plus the local Firehose → Parquet.
 *
 * Open loop (default): email i is due at start + i / R, whatever happened to the emails before it,
 * and its latency is measured from that intended time, so a stall shows up as latency instead of
 * silently lowering the offered rate (coordinated omission). Closed loop (--closed): keeps a fixed
 * number of emails in flight and sends as fast as they complete, for the maximum throughput.
 *
 * Latency is "PutRecords due → Kafka ack": each email carries its number in its Message-ID (leads)
 * and its Kinesis partition key (rejections, which keep the source record), the topics are switched
 * to LogAppendTime, and a consumer reads every message back: the broker's append time is the ack
 * (acks=all on a single broker acknowledges right after the append).
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';
import { leadstreamHome } from '../src/config/state-dir.js';
import { generateEmail } from '../src/corpus/generate.js';
import { deadLetterRecordCount, readDeadLetters } from '../src/local/dead-letter.js';
import type { LocalStack } from '../src/local/stack.js';
import type { BatchReport } from '../src/processors/handlers/batch-report.js';
import { decodeLead, decodeRejected } from '../src/processors/stages/encode.js';
import {
  createProgress,
  describeMachine,
  finishMachineInfo,
  fmt,
  type MachineInfo,
  machineInfo,
  parseFlags,
  positiveInt,
  positiveNumber,
  table,
} from './report.js';

const USAGE =
  'usage: npm run bench -- pipeline [--rate R] [--duration S] [--closed [--in-flight N]] [--shards N] [--batch N] [--warmup S] [--idle-poll-ms MS] [--json]';

export const TARGETS = { rate: 500, p99Ms: 500 } as const;

/** Distinct emails cycled through; generated once, before the clock starts. */
const POOL_SIZE = 2_000;
/** PutRecords limits: 500 records and 5 MiB per call. */
const MAX_PUT_RECORDS = 500;
const MAX_PUT_BYTES = 5 * 1024 * 1024;
/** Concurrent PutRecords calls; more would only queue in the local server. */
const MAX_PUTS_IN_FLIGHT = 8;
const TICK_MS = 5;
/** After sending stops: emails not on Kafka after this long without progress count as lost. */
const DRAIN_STALL_MS = 30_000;
/** …and the drain never takes longer than this in all. */
const DRAIN_MAX_MS = 15 * 60_000;
const CLK_TCK = 100; // USER_HZ on Linux; /proc/<pid>/stat times are in these ticks

export interface PipelineArgs {
  rate: number;
  durationSec: number;
  closed: boolean;
  inFlight: number;
  shards: number;
  batch: number;
  warmupSec: number;
  idlePollMs: number | null;
  seed: number;
}

export interface PipelineResult {
  kind: 'leadstream.bench.pipeline';
  mode: 'open' | 'closed';
  args: PipelineArgs;
  machine: MachineInfo;
  counts: {
    sent: number;
    leads: number;
    rejected: number;
    deadLettered: number;
    lost: number;
    duplicates: number;
    putRetries: number;
  };
  throughput: {
    offeredPerSec: number | null;
    sustainedPerSec: number;
    sendDurationSec: number;
    drainSec: number;
  };
  latencyMs: {
    count: number;
    p50: number;
    p95: number;
    p99: number;
    p999: number;
    max: number;
    mean: number;
  };
  lag: {
    maxBacklogEmails: number;
    maxBatchRecordAgeMs: number;
    invocations: number;
    meanBatchRecords: number;
  };
  cpu: Array<{ component: string; pids: number[]; cores: number; shareOfMachine: number }>;
  limitingComponent: string;
  handler: { coreMsPerEmail: number; kafkaMsPerBatch: number; firehoseMsPerBatch: number };
  targets: Array<{ name: string; target: string; measured: string; met: boolean }>;
  notes: string[];
}

export async function run(argv: string[]): Promise<number> {
  if (argv[0] === SENDER_FLAG) {
    try {
      await senderChild();
    } catch (err) {
      process.send?.({ type: 'error', message: (err as Error).message } satisfies SenderMessage);
      return 1;
    }
    process.disconnect?.();
    return 0;
  }
  let args: PipelineArgs;
  let json = false;
  try {
    const f = parseFlags(
      argv,
      {
        rate: 'string',
        duration: 'string',
        closed: 'boolean',
        'in-flight': 'string',
        shards: 'string',
        batch: 'string',
        warmup: 'string',
        'idle-poll-ms': 'string',
        seed: 'string',
        json: 'boolean',
      },
      USAGE,
    );
    json = f.json === true;
    args = {
      rate: positiveNumber('rate', f.rate, TARGETS.rate),
      durationSec: positiveNumber('duration', f.duration, 30),
      closed: f.closed === true,
      inFlight: positiveInt('in-flight', f['in-flight'], 2_000),
      shards: positiveInt('shards', f.shards, 2),
      batch: positiveInt('batch', f.batch, 100),
      warmupSec: f.warmup === undefined ? 5 : Number(f.warmup),
      idlePollMs:
        f['idle-poll-ms'] === undefined ? null : positiveInt('idle-poll-ms', f['idle-poll-ms'], 1_000),
      seed: f.seed === undefined ? 42 : positiveInt('seed', f.seed, 42),
    };
    if (!Number.isFinite(args.warmupSec) || args.warmupSec < 0 || args.warmupSec >= args.durationSec) {
      throw new Error(`--warmup must be ≥ 0 and shorter than --duration, got '${String(f.warmup)}'`);
    }
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const result = await benchPipeline(args);
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatPipeline(result));
  return result.counts.lost === 0 ? 0 : 1;
}

/** Gives email i a Message-ID that names the run and i, replacing the corpus's own. */
export function withBenchMessageId(raw: Buffer, runId: string, i: number): Buffer {
  const id = `Message-ID: <bench.${runId}.${i}@leadstream.bench>`;
  const headerEnd = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, headerEnd < 0 ? raw.length : headerEnd).toString('latin1');
  const m = /^Message-ID:[^\r\n]*(\r\n[ \t][^\r\n]*)*/im.exec(head);
  if (!m) return Buffer.concat([Buffer.from(`${id}\r\n`, 'latin1'), raw]);
  return Buffer.concat([
    raw.subarray(0, m.index),
    Buffer.from(id, 'latin1'),
    raw.subarray(m.index + m[0].length),
  ]);
}

const BENCH_ID = /bench\.([0-9a-z]+)\.(\d+)@leadstream\.bench/;

export async function benchPipeline(args: PipelineArgs): Promise<PipelineResult> {
  const machine = machineInfo();
  const notes: string[] = [];
  const runId = Date.now().toString(36);
  const log = (l: string) => process.stderr.write(`pipeline: ${l}\n`);

  const batches: BatchReport[] = [];
  const { startLocalStack } = await import('../src/local/stack.js');
  log('starting the local stack…');
  const stack: LocalStack = await startLocalStack({
    dataDir: join(leadstreamHome(), 'bench', `pipeline-${process.pid}`),
    fresh: true,
    // Measures the processor's throughput: a durable stack fsyncs every PutRecords
    // (docs/local-durability.md), which this bench would measure too.
    durable: false,
    shards: args.shards,
    poller: { batchSize: args.batch, ...(args.idlePollMs !== null ? { idlePollMs: args.idlePollMs } : {}) },
    onBatch: (r) => batches.push(r),
    log,
  });

  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({
    clientId: 'leadstream-bench',
    brokers: [stack.kafkaBootstrap],
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `leadstream-bench-${runId}`, maxWaitTimeInMs: 20 });
  const intended: number[] = [];
  const ackMs = new Map<number, number>();
  const outcome = { leads: 0, rejected: 0, duplicates: 0 };
  try {
    await useLogAppendTime(kafka, [stack.topics.leads, stack.topics.rejected]);
    await consumer.connect();
    await consumer.subscribe({ topics: [stack.topics.leads, stack.topics.rejected], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        if (!message.value) return;
        let i: number | null = null;
        if (topic === stack.topics.leads) {
          const m = BENCH_ID.exec(decodeLead(message.value).messageId ?? '');
          if (m && m[1] === runId) i = Number(m[2]);
        } else {
          const key = decodeRejected(message.value).sourceRecord.partitionKey;
          if (key.startsWith(`${runId}-`)) i = Number(key.slice(runId.length + 1));
        }
        if (i === null) return;
        if (ackMs.has(i)) {
          outcome.duplicates++;
          return;
        }
        ackMs.set(i, Number(message.timestamp));
        if (topic === stack.topics.leads) outcome.leads++;
        else outcome.rejected++;
      },
    });

    // ---- Send ---------------------------------------------------------------------------------
    // The load generator runs in its own process, so building and signing PutRecords calls does not
    // take CPU from the poller and handler it is measuring (in AWS the producer is elsewhere too).
    const cpuStart = componentTicks(stack);
    const wallStart = performance.now();
    const start = Date.now() + 1_000;
    const sender = fork(RUN_TS, [BENCH_INDEX, 'pipeline', SENDER_FLAG], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const senderState = {
      accepted: 0,
      putRetries: 0,
      sent: 0,
      sendEnd: 0,
      cpuMicros: 0,
      done: false,
      error: '',
    };
    let maxBacklog = 0;
    sender.on('message', (m: SenderMessage) => {
      if (m.type === 'put') {
        // Closed loop: an email's clock starts when it is handed to PutRecords.
        if (args.closed) for (let k = 0; k < m.count; k++) intended[m.first + k] = m.at;
      } else if (m.type === 'progress' || m.type === 'done') {
        senderState.accepted = m.accepted;
        senderState.putRetries = m.putRetries;
        senderState.sent = m.sent;
        senderState.cpuMicros = m.cpuMicros;
        if (m.type === 'done') {
          senderState.done = true;
          senderState.sendEnd = m.sendEnd;
        }
      } else if (m.type === 'error') senderState.error = m.message;
    });
    const senderExit = new Promise<number | null>((r) => sender.on('exit', r));
    sender.send({
      type: 'start',
      endpoint: stack.kinesisEndpoint,
      streamName: stack.streamName,
      runId,
      seed: args.seed,
      rate: args.rate,
      durationSec: args.durationSec,
      closed: args.closed,
      inFlight: args.inFlight,
      start,
    } satisfies SenderStart);
    const progress = createProgress(
      args.closed ? 'pipeline (closed loop)' : `pipeline @ ${args.rate}/s`,
      Math.round(args.durationSec),
    );
    while (!senderState.done && !senderState.error) {
      const backlog = senderState.accepted - ackMs.size;
      if (backlog > maxBacklog) maxBacklog = backlog;
      if (args.closed && sender.connected) sender.send({ type: 'acked', n: ackMs.size });
      progress.update(
        Math.max(0, Math.min(Math.round(args.durationSec), Math.floor((Date.now() - start) / 1000))),
      );
      if ((await Promise.race([senderExit.then(() => 'exit'), sleep(50).then(() => 'tick')])) === 'exit')
        break;
    }
    progress.done();
    await senderExit;
    if (senderState.error || !senderState.done)
      throw new Error(`load generator failed: ${senderState.error || 'exited early'}`);
    const sendEnd = senderState.sendEnd;
    const sent = senderState.sent;
    const putRetries = senderState.putRetries;
    if (!args.closed) for (let i = 0; i < sent; i++) intended[i] = start + (i * 1000) / args.rate;

    // ---- Drain --------------------------------------------------------------------------------
    // A backlog that still shrinks is slow, not lost: wait while it moves, give up after
    // DRAIN_STALL_MS without progress (or DRAIN_MAX_MS in all).
    const drainStart = Date.now();
    let deadLettered = 0;
    let lastProgress = Date.now();
    let lastBacklog = Number.POSITIVE_INFINITY;
    while (Date.now() - lastProgress < DRAIN_STALL_MS && Date.now() - drainStart < DRAIN_MAX_MS) {
      deadLettered = await deadLetterCount(stack.paths.deadLetterFile);
      const backlog = sent - ackMs.size - deadLettered;
      if (backlog > maxBacklog) maxBacklog = backlog;
      if (backlog <= 0) break;
      if (backlog < lastBacklog) {
        lastBacklog = backlog;
        lastProgress = Date.now();
      }
      await sleep(100);
    }
    const drainSec = (Date.now() - drainStart) / 1000;
    const cpuEnd = componentTicks(stack);
    const wallSec = (performance.now() - wallStart) / 1000;

    // ---- Figures ------------------------------------------------------------------------------
    const histogram = hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000,
      numberOfSignificantValueDigits: 3,
    });
    const warmupEnd = start + args.warmupSec * 1000;
    let measuredStart = Number.POSITIVE_INFINITY;
    let measuredEnd = 0;
    let measured = 0;
    for (const [i, ack] of ackMs) {
      const t = intended[i];
      if (t === undefined || t < warmupEnd) continue;
      histogram.recordValue(Math.max(1, Math.round(ack - t)));
      measured++;
      if (ack < measuredStart) measuredStart = ack;
      if (ack > measuredEnd) measuredEnd = ack;
    }
    // Sustained: emails acknowledged per second between the end of warm-up and the end of sending.
    let inWindow = 0;
    for (const ack of ackMs.values()) if (ack >= warmupEnd && ack <= sendEnd) inWindow++;
    const sustained = inWindow / ((sendEnd - warmupEnd) / 1000);

    const cpu = Object.entries(cpuEnd)
      .filter(([component]) => component !== SENDER_COMPONENT)
      .map(([component, end]) => {
        const cores = (end.ticks - (cpuStart[component]?.ticks ?? 0)) / CLK_TCK / wallSec;
        return { component, pids: end.pids, cores, shareOfMachine: cores / machine.cpus };
      });
    // The load generator has exited by now; it reported its own CPU time.
    const senderCores = senderState.cpuMicros / 1e6 / wallSec;
    // The limiting component is among the system under test, not the load generator.
    const busiest = [...cpu].sort((a, b) => b.cores - a.cores)[0];
    cpu.push({
      component: SENDER_COMPONENT,
      pids: [sender.pid ?? 0],
      cores: senderCores,
      shareOfMachine: senderCores / machine.cpus,
    });
    const limiting = busiest
      ? `${busiest.component} (${busiest.cores.toFixed(2)} cores${busiest.component === 'poller + handler + reader (this process)' ? ': one JS thread runs the poller, the handler and the Kafka reader' : ''})`
      : 'unknown';
    if (machine.loadStart[0] !== undefined && machine.loadStart[0] > machine.cpus) {
      notes.push(
        `the machine was loaded (1-min load ${machine.loadStart[0]} on ${machine.cpus} CPUs): figures are pessimistic`,
      );
    }
    if (args.idlePollMs === null)
      notes.push(
        "the poller waits ~1 s after an empty GetRecords, as Lambda's event source mapping does; --idle-poll-ms changes it",
      );

    const lost = Math.max(0, sent - ackMs.size - deadLettered);
    const invocations = batches.length;
    const recordsInBatches = batches.reduce((s, b) => s + b.records, 0);
    const coreMs = batches.reduce((s, b) => s + b.coreMs, 0);
    const result: PipelineResult = {
      kind: 'leadstream.bench.pipeline',
      mode: args.closed ? 'closed' : 'open',
      args,
      machine: finishMachineInfo(machine),
      counts: {
        sent,
        leads: outcome.leads,
        rejected: outcome.rejected,
        deadLettered,
        lost,
        duplicates: outcome.duplicates,
        putRetries,
      },
      throughput: {
        offeredPerSec: args.closed ? null : args.rate,
        sustainedPerSec: sustained,
        sendDurationSec: (sendEnd - start) / 1000,
        drainSec,
      },
      latencyMs: {
        count: measured,
        p50: histogram.getValueAtPercentile(50),
        p95: histogram.getValueAtPercentile(95),
        p99: histogram.getValueAtPercentile(99),
        p999: histogram.getValueAtPercentile(99.9),
        max: histogram.maxValue,
        mean: histogram.mean,
      },
      lag: {
        maxBacklogEmails: maxBacklog,
        maxBatchRecordAgeMs: batches.reduce(
          (m, b) =>
            (b.writtenArrivalMs ?? []).length > 0
              ? Math.max(m, b.kafkaAckAtMs - Math.min(...b.writtenArrivalMs))
              : m,
          0,
        ),
        invocations,
        meanBatchRecords: invocations > 0 ? recordsInBatches / invocations : 0,
      },
      cpu,
      limitingComponent: limiting,
      handler: {
        coreMsPerEmail: recordsInBatches > 0 ? coreMs / recordsInBatches : 0,
        kafkaMsPerBatch: invocations > 0 ? batches.reduce((s, b) => s + b.kafkaMs, 0) / invocations : 0,
        firehoseMsPerBatch: invocations > 0 ? batches.reduce((s, b) => s + b.firehoseMs, 0) / invocations : 0,
      },
      targets: [],
      notes,
    };
    result.targets = pipelineTargets(result);
    return result;
  } finally {
    await consumer.disconnect().catch(() => {});
    await stack.stop();
    // The stack's directory (broker log segments, Parquet, checkpoints) is this run's alone.
    await rm(stack.paths.root, { recursive: true, force: true });
  }
}

const SENDER_FLAG = '--as-sender';
const SENDER_COMPONENT = 'load generator (not measured)';
const RUN_TS = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const BENCH_INDEX = fileURLToPath(new URL('./index.ts', import.meta.url));

interface SenderStart {
  type: 'start';
  endpoint: string;
  streamName: string;
  runId: string;
  seed: number;
  rate: number;
  durationSec: number;
  closed: boolean;
  inFlight: number;
  /** Epoch ms of email 0's due time. */
  start: number;
}
type SenderMessage =
  | { type: 'put'; first: number; count: number; at: number }
  | {
      type: 'progress' | 'done';
      sent: number;
      accepted: number;
      putRetries: number;
      sendEnd: number;
      cpuMicros: number;
    }
  | { type: 'error'; message: string };

/**
 * The load generator (a child process): puts email i when it is due (open loop) or while fewer than
 * `inFlight` are unacknowledged (closed loop, fed by the parent's 'acked' messages), with up to
 * MAX_PUTS_IN_FLIGHT PutRecords calls at once and re-puts entries Kinesis failed.
 */
async function senderChild(): Promise<void> {
  const cpuNow = () => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const post = (m: SenderMessage) => process.send?.(m);
  const cfg = await new Promise<SenderStart>((resolve) =>
    process.once('message', (m) => resolve(m as SenderStart)),
  );
  let acked = 0;
  process.on('message', (m: { type?: string; n?: number }) => {
    if (m.type === 'acked' && typeof m.n === 'number') acked = m.n;
  });
  const pool: Buffer[] = [];
  for (let i = 0; i < POOL_SIZE; i++) pool.push(generateEmail(cfg.seed, i).raw);
  const [{ KinesisClient, PutRecordsCommand }, { localAwsClientConfig }] = await Promise.all([
    import('@aws-sdk/client-kinesis'),
    import('../src/io/aws-clients.js'),
  ]);
  const kinesis = new KinesisClient({ ...localAwsClientConfig(cfg.endpoint), maxAttempts: 3 });
  const totalPlanned = cfg.closed ? Number.POSITIVE_INFINITY : Math.ceil(cfg.rate * cfg.durationSec);
  const stopAt = cfg.start + cfg.durationSec * 1000;
  let next = 0;
  let accepted = 0;
  let putRetries = 0;
  let inFlight = 0;
  const retry: number[] = [];
  const put = async (ids: number[]) => {
    inFlight++;
    try {
      const out = await kinesis.send(
        new PutRecordsCommand({
          StreamName: cfg.streamName,
          Records: ids.map((i) => ({
            Data: withBenchMessageId(pool[i % POOL_SIZE] as Buffer, cfg.runId, i),
            PartitionKey: `${cfg.runId}-${i}`,
          })),
        }),
      );
      (out.Records ?? []).forEach((r, k) => {
        if (r.ErrorCode) retry.push(ids[k] as number);
        else accepted++;
      });
      putRetries += out.FailedRecordCount ?? 0;
    } catch {
      retry.push(...ids);
      putRetries += ids.length;
    } finally {
      inFlight--;
    }
  };
  const status = (type: 'progress' | 'done') =>
    post({
      type,
      sent: next,
      accepted,
      putRetries,
      sendEnd: Math.min(Date.now(), stopAt),
      cpuMicros: cpuNow(),
    });

  while (Date.now() < cfg.start) await sleep(2);
  let lastStatus = 0;
  while (Date.now() < stopAt) {
    const now = Date.now();
    const due = cfg.closed
      ? Math.max(next, Math.min(next + MAX_PUT_RECORDS, acked + cfg.inFlight))
      : Math.min(totalPlanned, Math.floor(((now - cfg.start) / 1000) * cfg.rate) + 1);
    while (inFlight < MAX_PUTS_IN_FLIGHT && (retry.length > 0 || next < due)) {
      const ids: number[] = retry.splice(0, MAX_PUT_RECORDS);
      const first = next;
      let bytes = 0;
      while (ids.length < MAX_PUT_RECORDS && next < due) {
        const size = (pool[next % POOL_SIZE] as Buffer).length + 64;
        if (bytes + size > MAX_PUT_BYTES) break;
        bytes += size;
        ids.push(next++);
      }
      if (ids.length === 0) break;
      if (next > first) post({ type: 'put', first, count: next - first, at: Date.now() });
      void put(ids);
    }
    if (now - lastStatus >= 100) {
      status('progress');
      lastStatus = now;
    }
    await sleep(TICK_MS);
  }
  const sendEnd = Date.now();
  while (inFlight > 0 || retry.length > 0) {
    if (retry.length > 0 && inFlight < MAX_PUTS_IN_FLIGHT) void put(retry.splice(0, MAX_PUT_RECORDS));
    await sleep(10);
  }
  post({ type: 'done', sent: next, accepted, putRetries, sendEnd, cpuMicros: cpuNow() });
  kinesis.destroy();
}

export function pipelineTargets(r: PipelineResult): PipelineResult['targets'] {
  const out: PipelineResult['targets'] = [
    {
      name: 'nothing lost (sent = leads + rejected + dead-letter)',
      target: '0 lost',
      measured: `${r.counts.sent} = ${r.counts.leads} + ${r.counts.rejected} + ${r.counts.deadLettered}${r.counts.lost ? ` (${r.counts.lost} lost)` : ''}`,
      met: r.counts.lost === 0,
    },
  ];
  if (r.mode === 'open') {
    const atTarget = (r.args.rate ?? 0) >= TARGETS.rate;
    out.push({
      name: `p99 latency at ${fmt(r.args.rate)}/s offered`,
      target: `≤ ${TARGETS.p99Ms} ms${atTarget ? '' : ` (target is at ${TARGETS.rate}/s)`}`,
      measured: `${fmt(r.latencyMs.p99)} ms`,
      met: atTarget && r.latencyMs.p99 <= TARGETS.p99Ms,
    });
    out.push({
      name: 'kept up with the offered rate',
      target: `${fmt(r.args.rate)}/s`,
      measured: `${fmt(r.throughput.sustainedPerSec)}/s`,
      met: r.throughput.sustainedPerSec >= r.args.rate * 0.97,
    });
  }
  return out;
}

/** Switches topics to broker-assigned timestamps, so a message's timestamp is its append (ack) time. */
async function useLogAppendTime(kafka: import('kafkajs').Kafka, topics: string[]): Promise<void> {
  // kafkajs is CommonJS: its enums live on the default export under ESM.
  const kafkajs = await import('kafkajs');
  const types =
    kafkajs.ConfigResourceTypes ??
    (kafkajs as unknown as { default: typeof kafkajs }).default.ConfigResourceTypes;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.alterConfigs({
      validateOnly: false,
      resources: topics.map((name) => ({
        type: types.TOPIC,
        name,
        configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}

async function deadLetterCount(path: string): Promise<number> {
  try {
    return deadLetterRecordCount(await readDeadLetters(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
}

/**
 * CPU ticks per component: this process (sender, poller, handler, reader), and its descendants
 * grouped by command line: the Kafka broker's JVM, the Kinesis server, and anything else (tsx's
 * esbuild service, shell wrappers). Summed over every process in a group, so a launcher script
 * and the JVM it starts count as one component.
 */
function componentTicks(stack: LocalStack): Record<string, { ticks: number; pids: number[] }> {
  const out: Record<string, { ticks: number; pids: number[] }> = {
    'poller + handler + reader (this process)': {
      ticks: procStat(process.pid)?.ticks ?? 0,
      pids: [process.pid],
    },
  };
  for (const pid of descendants(process.pid)) {
    const cmd = cmdline(pid);
    const component = cmd.includes(SENDER_FLAG)
      ? SENDER_COMPONENT
      : /\bjava\b|kafka\.Kafka/.test(cmd) || cmd.includes(stack.paths.kafkaDir)
        ? 'kafka broker (java)'
        : /kinesis/i.test(cmd) && !/node/.test(cmd)
          ? 'kinesis server'
          : 'other child processes';
    const entry = out[component] ?? { ticks: 0, pids: [] };
    entry.ticks += procStat(pid)?.ticks ?? 0;
    entry.pids.push(pid);
    out[component] = entry;
  }
  return out;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const stat = procStat(Number(e));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(Number(e));
    children.set(stat.ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const p = queue.shift() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** utime + stime (fields 14 and 15) and ppid (field 4) from /proc/<pid>/stat; the comm field may hold spaces. */
function procStat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function formatPipeline(r: PipelineResult): string {
  const lines = [
    `pipeline bench (${r.mode} loop${r.mode === 'open' ? `, ${fmt(r.args.rate)} emails/s offered` : `, ${r.args.inFlight} in flight`}, ${r.args.durationSec} s, ${r.args.warmupSec} s warm-up, ${r.args.shards} shards, batch ${r.args.batch})`,
    `machine: ${describeMachine(r.machine)}`,
    '',
    table(
      ['count check', 'emails'],
      [
        ['sent (accepted by PutRecords)', r.counts.sent],
        ['leads (leads topic)', r.counts.leads],
        ['rejected (rejected topic)', r.counts.rejected],
        ['dead-letter (on-failure)', r.counts.deadLettered],
        ['lost', r.counts.lost],
        ['duplicates (replays)', r.counts.duplicates],
        ['PutRecords entries retried', r.counts.putRetries],
      ],
    ),
    '',
    table(
      ['throughput', 'value'],
      [
        ['offered emails/s', r.throughput.offeredPerSec ?? '-'],
        ['sustained emails/s (acked after warm-up)', r.throughput.sustainedPerSec],
        ['drain after sending stopped (s)', r.throughput.drainSec],
        ['max backlog (emails put, not yet on Kafka)', r.lag.maxBacklogEmails],
        ['max record age at Kafka ack (ms, from Kinesis arrival, ±1 s locally)', r.lag.maxBatchRecordAgeMs],
        [
          'invocations / mean records per batch',
          `${r.lag.invocations} / ${r.lag.meanBatchRecords.toFixed(1)}`,
        ],
        [
          'core ms per email / Kafka ms per batch / Firehose ms per batch',
          `${r.handler.coreMsPerEmail.toFixed(2)} / ${r.handler.kafkaMsPerBatch.toFixed(1)} / ${r.handler.firehoseMsPerBatch.toFixed(1)}`,
        ],
      ],
    ),
    '',
    table(
      ['latency PutRecords due → Kafka ack (ms)', 'value'],
      [
        ['emails measured', r.latencyMs.count],
        ['p50', r.latencyMs.p50],
        ['p95', r.latencyMs.p95],
        ['p99', r.latencyMs.p99],
        ['p99.9', r.latencyMs.p999],
        ['max', r.latencyMs.max],
      ],
    ),
    '',
    table(
      ['CPU by component', 'pids', 'cores', 'share of machine'],
      r.cpu.map((c) => [
        c.component,
        c.pids.join(' '),
        c.cores.toFixed(2),
        `${(c.shareOfMachine * 100).toFixed(0)}%`,
      ]),
    ),
    `limiting component: ${r.limitingComponent}`,
    '',
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [t.name, t.target, t.measured, t.met ? 'yes' : 'NO']),
    ),
  ];
  for (const n of r.notes) lines.push(`note: ${n}`);
  return `${lines.join('\n')}\n`;
}
