/**
 * `npm run bench -- processor [--count N] [--seed S] [--batch B] [--json]`
 *
 * In-process, single-threaded, no network: Kinesis events are built in memory from the seeded corpus
 * and run through the real handler (createKinesisHandler) with in-memory sinks, so every step a
 * Lambda invocation does is measured except the network calls. Then, in the same run and on the same
 * emails, three parse-only baselines: mailparser with its default options, mailparser with the
 * project's options (stages/parse.ts), and postal-mime.
 *
 * The corpus is generated on the fly and never held (a million emails would not fit in 256 MB), and
 * generation and base64 encoding of the event (the producer's and Lambda runtime's work) are outside
 * the timed sections.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { KinesisStreamEvent } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import PostalMime from 'postal-mime';
import { loadConfig } from '../src/config/load.js';
import type { LeadstreamConfig } from '../src/config/schema.js';
import { businessRegions, generateCorpus } from '../src/corpus/generate.js';
import { type ClaimCheckStore, makePointer } from '../src/io/claim-check.js';
import { type ProcessorProfile, profilePath } from '../src/plan/profile.js';
import { createLeadCore } from '../src/processors/core.js';
import type { BatchReport } from '../src/processors/handlers/batch-report.js';
import { createKinesisHandler } from '../src/processors/handlers/kinesis-handler.js';
import { type HandlerMetrics, silentLogger } from '../src/processors/handlers/observability.js';
import type { FirehoseSink } from '../src/processors/sinks/firehose-sink.js';
import type { KafkaSink } from '../src/processors/sinks/kafka-sink.js';
import { encodeAnalytics, encodeLead, LEAD_SCHEMA_FINGERPRINT } from '../src/processors/stages/encode.js';
import { leanParserOptions } from '../src/processors/stages/parse.js';
import {
  createProgress,
  describeMachine,
  finishMachineInfo,
  fmt,
  type MachineInfo,
  machineInfo,
  parseFlags,
  positiveInt,
  slope,
  table,
} from './report.js';

const USAGE =
  'usage: npm run bench -- processor [--count N] [--seed S] [--batch B] [--warmup N] [--baseline-count N] [--no-baselines] [--no-save] [--json]';

/** Issue 5's targets. */
export const TARGETS = {
  emailsPerSec: 2_000,
  ratioToProjectMailparser: 0.8,
  peakRssMiB: 256,
} as const;

/** Records per Kinesis event: the infra default batchSize (infra/config.ts). */
const DEFAULT_BATCH = 100;
const DEFAULT_COUNT = 20_000;
const DEFAULT_SEED = 42;
/** Baselines only need enough emails for a stable rate; a 1M-email memory run should not triple. */
const DEFAULT_BASELINE_COUNT = 20_000;
/** RSS samples per run: enough points for a slope, few enough to cost nothing. */
const RSS_SAMPLES = 200;
/** "No growth": the fitted RSS slope after warm-up, in MiB per 100,000 emails, must stay under this. */
export const MAX_RSS_SLOPE_MIB_PER_100K = 1;
/** Runs shorter than this do not judge the growth target (heaps are still sizing themselves). */
export const MIN_EMAILS_FOR_SLOPE = 100_000;

export const STAGES = [
  'decode',
  'parse',
  'extract',
  'anonymise',
  'avroEncode',
  'analyticsEncode',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

export interface ProcessorResult {
  kind: 'leadstream.bench.processor';
  args: { count: number; seed: number; batch: number; warmup: number; baselineCount: number };
  machine: MachineInfo;
  measured: { emails: number; bytes: number; leads: number; rejected: number; failed: number };
  throughput: {
    emailsPerSec: number;
    mbPerSec: number;
    wallMicrosPerEmail: number;
    /** user + system CPU of the whole process (GC threads included) per email. */
    cpuMicrosPerEmail: number;
  };
  stagesMicrosPerEmail: Record<Stage, number>;
  baselines: Array<{
    name: string;
    emailsPerSec: number;
    mbPerSec: number;
    processorRatio: number;
    cpuMicrosPerEmail: number;
    processorRatioCpu: number;
  }>;
  memory: {
    peakRssMiB: number;
    rssSlopeMiBPer100k: number;
    /** RSS with every module loaded and the handler built, before the first email. */
    rssBeforeMiB: number;
    rssAfterWarmupMiB: number;
    rssEndMiB: number;
    samples: Array<[emails: number, rssMiB: number, heapUsedMiB: number]>;
  };
  sizes: {
    avgRawBytes: number;
    avroBytesPerLead: number;
    analyticsJsonBytesPerLead: number;
    rejectedBytesPerEmail: number;
  };
  /** met is null when the run is too short to judge the target. */
  targets: Array<{ name: string; target: string; measured: string; met: boolean | null }>;
  profileWrittenTo: string | null;
}

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  let args: ProcessorResult['args'];
  try {
    flags = parseFlags(
      argv,
      {
        count: 'string',
        seed: 'string',
        batch: 'string',
        warmup: 'string',
        'baseline-count': 'string',
        'no-baselines': 'boolean',
        'no-save': 'boolean',
        json: 'boolean',
      },
      USAGE,
    );
    const count = positiveInt('count', flags.count, DEFAULT_COUNT);
    const seed = flags.seed === undefined ? DEFAULT_SEED : Number.parseInt(String(flags.seed), 10);
    if (!Number.isSafeInteger(seed))
      throw new Error(`--seed must be an integer, got '${String(flags.seed)}'`);
    const batch = positiveInt('batch', flags.batch, DEFAULT_BATCH);
    const warmup =
      flags.warmup === undefined ? Math.min(2_000, Math.floor(count / 10)) : Number(flags.warmup);
    if (!Number.isInteger(warmup) || warmup < 0 || warmup >= count)
      throw new Error(`--warmup must be an integer in [0, count), got '${String(flags.warmup)}'`);
    const baselineCount = flags['no-baselines']
      ? 0
      : Math.min(count, positiveInt('baseline-count', flags['baseline-count'], DEFAULT_BASELINE_COUNT));
    args = { count, seed, batch, warmup, baselineCount };
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }

  const result = await benchProcessor(args, { save: !flags['no-save'] });
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatProcessor(result));
  return 0;
}

/** The rules config the bench runs with: the shipped rules plus the corpus businesses' regions. */
export async function benchRulesConfig(): Promise<LeadstreamConfig> {
  const config = await loadConfig(undefined, {});
  return {
    ...config,
    businesses: { ...config.businesses, regions: { ...businessRegions(), ...config.businesses.regions } },
  };
}

/** A fixed key: the bench needs stable pseudonyms, not secret ones. */
export const BENCH_HMAC_KEY = Buffer.alloc(32, 0x5a);

/** The same records a Lambda event carries: base64 data, arrival time, sequence numbers. */
export function kinesisEventFor(
  raws: readonly Buffer[],
  firstIndex: number,
  arrivalMs: number,
): KinesisStreamEvent {
  return {
    Records: raws.map((raw, i) => {
      const seq = String(49_600_000_000_000_000_000_000_000_000n + BigInt(firstIndex + i));
      return {
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: `shardId-000000000000:${seq}`,
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: 'arn:aws:iam::000000000000:role/leadstream-bench',
        awsRegion: 'us-east-1',
        eventSourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/leadstream-bench',
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: `bench-${firstIndex + i}`,
          sequenceNumber: seq,
          data: raw.toString('base64'),
          approximateArrivalTimestamp: arrivalMs / 1000,
        },
      };
    }),
  };
}

export async function benchProcessor(
  args: ProcessorResult['args'],
  options: { save: boolean },
): Promise<ProcessorResult> {
  const machine = machineInfo();
  const config = await benchRulesConfig();

  // Stage clocks. `measuring` is off during warm-up so JIT tiering does not count.
  let measuring = false;
  const stageMicros: Record<Stage, number> = {
    decode: 0,
    parse: 0,
    extract: 0,
    anonymise: 0,
    avroEncode: 0,
    analyticsEncode: 0,
    other: 0,
  };
  const sizes = { leadBytes: 0, leads: 0, rejectedBytes: 0, rejected: 0, rowBytes: 0, rows: 0 };

  const core = createLeadCore(config, {
    hmacKey: BENCH_HMAC_KEY,
    onStage: (stage, micros) => {
      if (measuring) stageMicros[stage] += micros;
    },
  });
  const timed =
    <A, R>(stage: Stage, fn: (a: A) => R) =>
    (a: A): R => {
      const t0 = performance.now();
      const out = fn(a);
      if (measuring) stageMicros[stage] += (performance.now() - t0) * 1000;
      return out;
    };
  const kafkaSink: KafkaSink = {
    async send(messages) {
      for (const m of messages) {
        if (m.headers.source === 'rejected') {
          sizes.rejectedBytes += m.value.byteLength;
          sizes.rejected++;
        } else {
          sizes.leadBytes += m.value.byteLength;
          sizes.leads++;
        }
      }
      return messages.map(() => null);
    },
    async connect() {},
    async close() {},
  };
  const firehoseSink: FirehoseSink = {
    async put(rows) {
      for (const r of rows) sizes.rowBytes += r.byteLength;
      sizes.rows += rows.length;
      return rows.map(() => null);
    },
  };
  // Rejected emails over the inline limit go to the claim-check store; nothing reads them back here.
  const claimCheck: ClaimCheckStore = {
    location: 'memory://bench',
    uri: (p) => `memory://bench/${p.sha256}.eml`,
    put: async (data) => makePointer(data),
    get: async () => {
      throw new Error('the processor bench sends no claim-check pointers');
    },
  };
  const metrics: HandlerMetrics = { count() {}, milliseconds() {}, flush() {} };
  const counts = { leads: 0, rejected: 0, failed: 0 };
  const handler = createKinesisHandler({
    core,
    kafkaSink,
    firehoseSink,
    claimCheck,
    topics: { leads: 'leads', byBusiness: {}, rejected: 'rejected' },
    encoders: {
      encodeLead: timed('avroEncode', encodeLead),
      leadSchemaFingerprint: LEAD_SCHEMA_FINGERPRINT,
      encodeAnalytics: timed('analyticsEncode', encodeAnalytics),
    },
    logger: silentLogger,
    metrics,
    onBatch: (r: BatchReport) => {
      if (!measuring) return;
      counts.leads += r.leads;
      counts.rejected += r.rejected;
      counts.failed += r.failed;
    },
  });

  // ---- The processor pass -----------------------------------------------------------------------
  // Modules loaded, handler built, nothing processed: the floor the run's RSS is compared with.
  const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
  const progress = createProgress('processor', args.count);
  const rssEvery = Math.max(args.batch, Math.floor(args.count / RSS_SAMPLES));
  const samples: Array<[number, number, number]> = [];
  let nextSample = 0;
  let wallMs = 0;
  let cpuMicros = 0;
  let measuredEmails = 0;
  let measuredBytes = 0;
  let handlerMicros = 0;
  let done = 0;
  let pending: Buffer[] = [];
  const arrivalMs = Date.UTC(2026, 10, 27, 12, 0, 0);

  const flush = async () => {
    if (pending.length === 0) return;
    measuring = done >= args.warmup;
    const event = kinesisEventFor(pending, done, arrivalMs);
    if (measuring) {
      // The handler's own decode step, timed separately on the same records (it is inline there).
      const t0 = performance.now();
      for (const r of event.Records) Buffer.from(r.kinesis.data, 'base64');
      stageMicros.decode += (performance.now() - t0) * 1000;
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await handler(event); // failures are counted by onBatch
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (measuring) {
      wallMs += elapsed;
      handlerMicros += elapsed * 1000;
      cpuMicros += cpu.user + cpu.system;
      measuredEmails += pending.length;
      for (const b of pending) measuredBytes += b.byteLength;
    }
    done += pending.length;
    pending = [];
    if (done >= nextSample) {
      const m = process.memoryUsage();
      samples.push([done, m.rss / 2 ** 20, m.heapUsed / 2 ** 20]);
      nextSample = done + rssEvery;
    }
    progress.update(done);
  };

  for (const email of generateCorpus({ count: args.count, seed: args.seed })) {
    pending.push(email.raw);
    // A batch never straddles the warm-up boundary, so its timing is all in or all out.
    if (pending.length >= args.batch || done + pending.length === args.warmup) await flush();
  }
  await flush();
  progress.done();
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;

  // "decode" was timed on its own; the handler total includes it once more, inline.
  const instrumented = STAGES.filter((s) => s !== 'other').reduce((s, k) => s + stageMicros[k], 0);
  stageMicros.other = Math.max(0, handlerMicros - instrumented);
  const perEmail = Object.fromEntries(STAGES.map((s) => [s, stageMicros[s] / measuredEmails])) as Record<
    Stage,
    number
  >;

  const emailsPerSec = measuredEmails / (wallMs / 1000);
  const mbPerSec = measuredBytes / 1e6 / (wallMs / 1000);

  // ---- Baselines: parse only, same emails, one pass each ----------------------------------------
  const projectOptions = leanParserOptions(config.limits);
  // The same call shape stages/parse.ts uses (the typings' overloads hide the options+promise form).
  const mailparser = simpleParser as unknown as (raw: Buffer, options?: object) => Promise<unknown>;
  const parsers: Array<{ name: string; parse: (raw: Buffer) => Promise<unknown> }> = [
    { name: 'mailparser (default options)', parse: (raw) => mailparser(raw) },
    { name: 'mailparser (project options)', parse: (raw) => mailparser(raw, projectOptions) },
    { name: 'postal-mime', parse: (raw) => PostalMime.parse(raw) },
  ];
  const baselines: ProcessorResult['baselines'] = [];
  for (const p of args.baselineCount > 0 ? parsers : []) {
    const warm = Math.min(args.warmup, Math.floor(args.baselineCount / 10));
    const bar = createProgress(p.name, args.baselineCount);
    let ms = 0;
    let cpu = 0;
    let n = 0;
    let bytes = 0;
    let i = 0;
    for (const email of generateCorpus({ count: args.baselineCount, seed: args.seed })) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await p.parse(email.raw);
      const dt = performance.now() - t0;
      const dc = process.cpuUsage(c0);
      if (i >= warm) {
        ms += dt;
        cpu += dc.user + dc.system;
        n++;
        bytes += email.raw.byteLength;
      }
      if (++i % 500 === 0) bar.update(i);
    }
    bar.done();
    const rate = n / (ms / 1000);
    baselines.push({
      name: p.name,
      emailsPerSec: rate,
      mbPerSec: bytes / 1e6 / (ms / 1000),
      processorRatio: emailsPerSec / rate,
      cpuMicrosPerEmail: cpu / n,
      // Per-email CPU of the baseline over the processor's: the ratio of their CPU-bound rates, which
      // other processes on the machine distort less than wall time.
      processorRatioCpu: cpu / n / (cpuMicros / measuredEmails),
    });
  }

  // ---- Memory: RSS slope after warm-up (and after the first tenth, while heaps grow to size) ----
  const settledFrom = Math.max(args.warmup, Math.floor(args.count / 10));
  const settled = samples.filter(([n]) => n >= settledFrom);
  const rssSlope = slope(settled.map(([n, rss]) => [n / 100_000, rss] as const));

  const leads = counts.leads;
  const result: ProcessorResult = {
    kind: 'leadstream.bench.processor',
    args,
    machine: finishMachineInfo(machine),
    measured: {
      emails: measuredEmails,
      bytes: measuredBytes,
      leads,
      rejected: counts.rejected,
      failed: counts.failed,
    },
    throughput: {
      emailsPerSec,
      mbPerSec,
      wallMicrosPerEmail: (wallMs * 1000) / measuredEmails,
      cpuMicrosPerEmail: cpuMicros / measuredEmails,
    },
    stagesMicrosPerEmail: perEmail,
    baselines,
    memory: {
      peakRssMiB,
      rssSlopeMiBPer100k: rssSlope,
      rssBeforeMiB,
      rssAfterWarmupMiB: settled[0]?.[1] ?? 0,
      rssEndMiB: samples.at(-1)?.[1] ?? 0,
      samples: samples.map(([n, r, h]) => [n, round1(r), round1(h)]),
    },
    sizes: {
      avgRawBytes: measuredBytes / measuredEmails,
      avroBytesPerLead: sizes.leads > 0 ? sizes.leadBytes / sizes.leads : 0,
      analyticsJsonBytesPerLead: sizes.rows > 0 ? sizes.rowBytes / sizes.rows : 0,
      rejectedBytesPerEmail: sizes.rejected > 0 ? sizes.rejectedBytes / sizes.rejected : 0,
    },
    targets: [],
    profileWrittenTo: null,
  };
  result.targets = checkTargets(result);

  if (options.save) {
    const path = profilePath();
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(toProfile(result), null, 2)}\n`);
    result.profileWrittenTo = path;
  }
  return result;
}

/** What `leadstream plan` reads: the per-email CPU cost and the output sizes. */
export function toProfile(r: ProcessorResult): ProcessorProfile {
  const total = r.measured.leads + r.measured.rejected;
  return {
    kind: 'leadstream.processor-profile',
    version: 1,
    measuredAt: new Date().toISOString(),
    measuredWith: `npm run bench -- processor --count ${r.args.count} --seed ${r.args.seed} --batch ${r.args.batch}; ${describeMachine(r.machine)}`,
    emails: r.measured.emails,
    // CPU time of all threads: a 1-vCPU Lambda runs V8's GC threads on the same vCPU, and unlike
    // wall time it is not inflated when other processes share the bench machine.
    cpuMicrosPerEmail: r.throughput.cpuMicrosPerEmail,
    leadFraction: total > 0 ? r.measured.leads / total : 0,
    avgRawBytes: r.sizes.avgRawBytes,
    avroBytesPerLead: r.sizes.avroBytesPerLead || 1,
    analyticsJsonBytesPerLead: r.sizes.analyticsJsonBytesPerLead || 1,
    rejectedBytesPerEmail: r.sizes.rejectedBytesPerEmail || 1,
  };
}

export function checkTargets(r: ProcessorResult): ProcessorResult['targets'] {
  const out: ProcessorResult['targets'] = [
    {
      name: 'throughput (one core)',
      target: `≥ ${TARGETS.emailsPerSec.toLocaleString('en-US')} emails/s`,
      measured: `${fmt(r.throughput.emailsPerSec)} emails/s`,
      met: r.throughput.emailsPerSec >= TARGETS.emailsPerSec,
    },
  ];
  const project = r.baselines.find((b) => b.name.includes('project'));
  if (project) {
    out.push({
      name: 'vs mailparser parse-only (project options)',
      target: `≥ ${TARGETS.ratioToProjectMailparser}×`,
      measured: `${project.processorRatio.toFixed(2)}× wall, ${project.processorRatioCpu.toFixed(2)}× CPU`,
      met: project.processorRatio >= TARGETS.ratioToProjectMailparser,
    });
  }
  out.push({
    name: 'peak RSS',
    target: `≤ ${TARGETS.peakRssMiB} MiB`,
    measured: `${r.memory.peakRssMiB.toFixed(0)} MiB`,
    met: r.memory.peakRssMiB <= TARGETS.peakRssMiB,
  });
  out.push({
    name: 'RSS growth after warm-up',
    target: `< ${MAX_RSS_SLOPE_MIB_PER_100K} MiB per 100k emails`,
    measured: `${r.memory.rssSlopeMiBPer100k.toFixed(2)} MiB per 100k (${r.memory.rssAfterWarmupMiB.toFixed(0)} → ${r.memory.rssEndMiB.toFixed(0)} MiB)`,
    // On a short run the heap is still growing to its working size: the slope says nothing yet.
    met:
      r.args.count < MIN_EMAILS_FOR_SLOPE ? null : r.memory.rssSlopeMiBPer100k < MAX_RSS_SLOPE_MIB_PER_100K,
  });
  return out;
}

export function formatProcessor(r: ProcessorResult): string {
  const lines: string[] = [];
  lines.push(
    `processor bench: ${r.measured.emails.toLocaleString('en-US')} emails measured (of ${r.args.count.toLocaleString('en-US')}, ${r.args.warmup} warm-up), seed ${r.args.seed}, ${r.args.batch} per event`,
    `machine: ${describeMachine(r.machine)}`,
    `outcomes: ${r.measured.leads} leads, ${r.measured.rejected} rejected, ${r.measured.failed} failed; avg email ${fmt(r.sizes.avgRawBytes / 1024)} KiB`,
    '',
    table(
      ['throughput (single thread)', 'value'],
      [
        ['emails/s', r.throughput.emailsPerSec],
        ['MB/s (raw email bytes, 10^6)', r.throughput.mbPerSec],
        ['wall µs per email', r.throughput.wallMicrosPerEmail],
        ['CPU µs per email (all threads)', r.throughput.cpuMicrosPerEmail],
      ],
    ),
    '',
    table(
      ['stage', 'µs/email', 'share'],
      STAGES.map((s) => [
        s,
        r.stagesMicrosPerEmail[s],
        `${((r.stagesMicrosPerEmail[s] / r.throughput.wallMicrosPerEmail) * 100).toFixed(1)}%`,
      ]),
    ),
  );
  if (r.baselines.length > 0) {
    lines.push(
      '',
      table(
        ['parse-only baseline', 'emails/s', 'MB/s', 'CPU µs/email', 'processor ÷ baseline (wall)', '(CPU)'],
        r.baselines.map((b) => [
          b.name,
          b.emailsPerSec,
          b.mbPerSec,
          b.cpuMicrosPerEmail,
          `${b.processorRatio.toFixed(2)}×`,
          `${b.processorRatioCpu.toFixed(2)}×`,
        ]),
      ),
    );
  }
  lines.push(
    '',
    table(
      ['memory', 'value'],
      [
        ['RSS before the first email (MiB)', r.memory.rssBeforeMiB],
        ['peak RSS (MiB)', r.memory.peakRssMiB],
        ['RSS after warm-up (MiB)', r.memory.rssAfterWarmupMiB],
        ['RSS at end (MiB)', r.memory.rssEndMiB],
        ['RSS slope (MiB per 100k emails)', r.memory.rssSlopeMiBPer100k.toFixed(3)],
      ],
    ),
    '',
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [
        t.name,
        t.target,
        t.measured,
        t.met === null
          ? `n/a (< ${MIN_EMAILS_FOR_SLOPE.toLocaleString('en-US')} emails)`
          : t.met
            ? 'yes'
            : 'NO',
      ]),
    ),
  );
  if (r.profileWrittenTo) lines.push('', `profile for \`leadstream plan\`: ${r.profileWrittenTo}`);
  return `${lines.join('\n')}\n`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
