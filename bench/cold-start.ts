/**
 * `npm run bench -- cold-start [--runs N] [--brokers HOST:PORT] [--json]`
 *
 * 1. Bundles the processor handler with esbuild exactly as the CDK app does (the options and the
 *    after-bundling copy of the runtime files come from infra/constructs/lambda-defaults.ts, the entry
 *    and the file list from infra/constructs/ingest-function.ts) and reports the artifact's size: the
 *    code, its source map, and the zip Lambda would receive. The modules the bundle leaves external
 *    (the AWS SDK, which the Lambda runtime provides) are made resolvable from the project's
 *    node_modules, and only those, as the runtime makes them resolvable from its own.
 * 2. Starts fresh `node` processes that import the bundle and call its `handler` with a one-record
 *    Kinesis event, and reports process.uptime() at each step: Node's own start, module evaluation,
 *    and the first batch (config load, HMAC key from Secrets Manager, core, Kafka connect and produce,
 *    Firehose put). The environment is the deployed one (S3 claim-check bucket, key in Secrets
 *    Manager); the clients are real, pointed at local servers: a Kafka broker (started here unless
 *    --brokers is given) and an in-process HTTP endpoint that answers Firehose PutRecordBatch and
 *    Secrets Manager GetSecretValue, so no AWS account is used.
 *    The child runs with the NODE_OPTIONS the stack sets on the function (--enable-source-maps).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { generateEmail } from '../src/corpus/generate.js';
import { kinesisEventFor } from './processor.js';
import {
  describeMachine,
  finishMachineInfo,
  fmt,
  type MachineInfo,
  machineInfo,
  parseFlags,
  positiveInt,
  table,
} from './report.js';

const USAGE =
  'usage: npm run bench -- cold-start [--runs N] [--brokers HOST:PORT] [--no-source-maps] [--cpu-prof-dir DIR] [--json]';

const execFileP = promisify(execFile);

export const TARGETS = { bundleBytes: 2 * 1024 * 1024, firstBatchMs: 300 } as const;

export interface ColdStartRun {
  /** process.uptime() when the child's first line ran: Node's own start-up. */
  nodeReadyMs: number;
  /** Module evaluation of the bundle. */
  importMs: number;
  /** The first handler call: init (config, key, core, clients) + Kafka connect + the batch. */
  firstBatchMs: number;
  /** process.uptime() when the first batch returned: the figure with the 300 ms target. */
  totalMs: number;
  /** A second call on the warm container, for contrast. */
  warmBatchMs: number;
  batchItemFailures: number;
}

export interface ColdStartResult {
  kind: 'leadstream.bench.cold-start';
  machine: MachineInfo;
  bundle: {
    entry: string;
    codeBytes: number;
    codeZipBytes: number;
    sourceMapBytes: number;
    zipBytes: number;
    /** Bytes of minified output per package (or source directory), largest first. */
    largest: Array<{ name: string; bytes: number }>;
    esbuildOptions: Record<string, unknown>;
  };
  sourceMaps: boolean;
  /** Non-JS files the bundled code reads relative to its own location (`new URL('./x', import.meta.url)`). */
  sideFiles: string[];
  /** Those of sideFiles that the asset lacks: the function would fail at init with ENOENT. */
  missingSideFiles: string[];
  runs: ColdStartRun[];
  median: ColdStartRun | null;
  error: string | null;
  targets: Array<{ name: string; target: string; measured: string; met: boolean }>;
  /** With --cpu-prof-dir: the children's CPU samples mapped through the source map, by package. */
  profile?: Array<{ name: string; ms: number; share: number }>;
}

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  let runs: number;
  try {
    flags = parseFlags(
      argv,
      {
        runs: 'string',
        brokers: 'string',
        'no-source-maps': 'boolean',
        'cpu-prof-dir': 'string',
        json: 'boolean',
      },
      USAGE,
    );
    runs = positiveInt('runs', flags.runs, 5);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const result = await benchColdStart({
    runs,
    brokers: typeof flags.brokers === 'string' ? flags.brokers : undefined,
    sourceMaps: !flags['no-source-maps'],
    ...(typeof flags['cpu-prof-dir'] === 'string' ? { cpuProfDir: flags['cpu-prof-dir'] } : {}),
  });
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatColdStart(result));
  return result.error ? 1 : 0;
}

/** The esbuild options the CDK's NodejsFunction derives from infra's bundlingOptions(). */
export async function cdkEsbuildOptions(): Promise<{
  entry: string;
  options: Record<string, unknown>;
  /** The shell commands NodejsFunction runs after esbuild (the runtime files' copy). */
  afterBundling: (inputDir: string, outputDir: string) => string[];
  projectRoot: string;
}> {
  const [{ bundlingOptions, PROJECT_ROOT }, { DEFAULT_HANDLER_ENTRY, PROCESSOR_RUNTIME_FILES }] =
    await Promise.all([
      import('../infra/constructs/lambda-defaults.js'),
      import('../infra/constructs/ingest-function.js'),
    ]);
  const b = bundlingOptions(PROCESSOR_RUNTIME_FILES);
  const format = String(b.format ?? 'cjs');
  // NodejsFunction passes esbuildArgs through as CLI flags; the ones infra uses, as API options.
  const extra: Record<string, unknown> = {};
  for (const [flag, value] of Object.entries(b.esbuildArgs ?? {})) {
    if (flag === '--charset') extra.charset = value;
    else throw new Error(`cold-start: esbuildArgs ${flag} is not mirrored by the bench; add it here`);
  }
  return {
    entry: DEFAULT_HANDLER_ENTRY,
    projectRoot: PROJECT_ROOT,
    afterBundling: (i, o) => b.commandHooks?.afterBundling(i, o) ?? [],
    options: {
      ...extra,
      bundle: true,
      platform: 'node',
      target: b.target,
      format,
      minify: b.minify ?? false,
      sourcemap: b.sourceMap ?? false,
      sourcesContent: b.sourcesContent ?? true,
      mainFields: b.mainFields,
      external: b.externalModules ?? [],
      banner: b.banner ? { js: b.banner } : undefined,
      // What NodejsFunction names the output for each format.
      outExtension: format === 'esm' ? { '.js': '.mjs' } : undefined,
      logLevel: 'warning',
    },
  };
}

export async function benchColdStart(opts: {
  runs: number;
  brokers?: string;
  sourceMaps: boolean;
  /** Write a V8 CPU profile of each child here (node --cpu-prof). */
  cpuProfDir?: string;
}): Promise<ColdStartResult> {
  const machine = machineInfo();
  const dir = await mkdtemp(join(tmpdir(), 'leadstream-cold-'));
  const result: ColdStartResult = {
    kind: 'leadstream.bench.cold-start',
    machine,
    bundle: {
      entry: '',
      codeBytes: 0,
      codeZipBytes: 0,
      sourceMapBytes: 0,
      zipBytes: 0,
      largest: [],
      esbuildOptions: {},
    },
    sourceMaps: opts.sourceMaps,
    sideFiles: [],
    missingSideFiles: [],
    runs: [],
    median: null,
    error: null,
    targets: [],
  };
  const cleanups: Array<() => Promise<void>> = [async () => rm(dir, { recursive: true, force: true })];
  try {
    // ---- 1. Bundle ------------------------------------------------------------------------------
    const { entry, options, afterBundling, projectRoot } = await cdkEsbuildOptions();
    const esbuild = await import('esbuild');
    const outdir = join(dir, 'asset');
    const built = await esbuild.build({
      ...(options as object),
      entryPoints: { index: entry },
      outdir,
      metafile: true,
    });
    const largest = largestInputs(built.metafile);
    // The same after-bundling commands NodejsFunction runs (they copy the runtime files).
    for (const cmd of afterBundling(projectRoot, outdir)) await execFileP('sh', ['-c', cmd]);
    // Files the code opens next to itself (`new URL('./x.avsc', import.meta.url)`): a bundle moves
    // the code, not them, so the function fails at init unless the asset ships them too.
    result.sideFiles = await sideFiles(Object.keys(built.metafile.inputs));
    const shipped = new Set(await readdir(outdir));
    result.missingSideFiles = result.sideFiles.filter((f) => !shipped.has(basename(f)));
    // The Lambda runtime provides the external modules (the AWS SDK); here the project's copies stand
    // in for them, and nothing else from node_modules is resolvable from the asset.
    await provideExternals(dir, projectRoot, (options.external as string[] | undefined) ?? []);
    const code = join(outdir, options.format === 'esm' ? 'index.mjs' : 'index.js');
    // All the JavaScript of the asset (one file today; more if code splitting is ever turned on).
    const jsFiles = [...shipped].filter((f) => /\.[cm]?js$/.test(f) && f !== basename(code));
    const codeBuf = Buffer.concat([
      await readFile(code),
      ...(await Promise.all(jsFiles.map((f) => readFile(join(outdir, f))))),
    ]);
    const mapBytes = await stat(`${code}.map`).then(
      (s) => s.size,
      () => 0,
    );
    const mapBuf = mapBytes > 0 ? await readFile(`${code}.map`) : Buffer.alloc(0);
    // Lambda receives a zip of the asset directory; deflate per file is what the zip holds.
    const zipBytes =
      deflateRawSync(codeBuf, { level: 9 }).length +
      (mapBytes ? deflateRawSync(mapBuf, { level: 9 }).length : 0) +
      200;
    const codeZipBytes = deflateRawSync(codeBuf, { level: 9 }).length;
    result.bundle = {
      entry,
      codeBytes: codeBuf.length,
      codeZipBytes,
      sourceMapBytes: mapBytes,
      zipBytes,
      largest,
      esbuildOptions: options,
    };

    // ---- 2. Local endpoints for the first batch -------------------------------------------------
    let brokers = opts.brokers;
    if (!brokers) {
      process.stderr.write('cold-start: starting a local Kafka broker (first run fetches the jars)…\n');
      const { startKafkaBroker } = await import('../src/local/kafka-broker.js');
      const broker = await startKafkaBroker({ log: (l) => process.stderr.write(`  ${l}\n`) });
      cleanups.push(() => broker.close());
      brokers = broker.bootstrapServers;
    }
    const suffix = randomBytes(4).toString('hex');
    const topics = { leads: `bench-cold-leads-${suffix}`, rejected: `bench-cold-rejected-${suffix}` };
    await createTopics(brokers, [topics.leads, topics.rejected]);
    const aws = await startFakeAws(randomBytes(32).toString('hex'));
    cleanups.push(() => new Promise((r) => aws.server.close(() => r())));

    // The first lead of the seeded corpus: a lead exercises every step (Kafka and Firehose).
    let index = 0;
    while (generateEmail(42, index).expected.kind !== 'lead') index++;
    const email = generateEmail(42, index).raw;
    const eventFile = join(dir, 'event.json');
    await writeFile(eventFile, JSON.stringify(kinesisEventFor([email], 0, Date.now())));
    const child = join(dir, 'child.mjs');
    await writeFile(child, childScript(pathToFileURL(code).href, eventFile));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      KAFKA_BROKERS: brokers,
      KAFKA_AUTH: 'none',
      LEADS_TOPIC: topics.leads,
      REJECTED_TOPIC: topics.rejected,
      FIREHOSE_STREAM_NAME: 'bench-cold-start',
      FIREHOSE_ENDPOINT: aws.url,
      // As deployed: an S3 claim-check bucket (no S3 call for an inline record) and the HMAC key from
      // Secrets Manager (the SDK's service-specific endpoint variable points it at the fake).
      CLAIM_CHECK_BUCKET: 'bench-claim-check',
      LEADSTREAM_HMAC_SECRET_ID: 'bench-hmac',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url,
      LEADSTREAM_HOME: join(dir, 'home'),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      POWERTOOLS_SERVICE_NAME: 'leadstream',
      POWERTOOLS_METRICS_NAMESPACE: 'Leadstream',
      POWERTOOLS_DEV: 'false',
      ...(opts.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
    };

    // ---- 3. Fresh processes ---------------------------------------------------------------------
    for (let i = 0; i < opts.runs; i++) {
      result.runs.push(await runChild(child, env, opts.cpuProfDir));
      process.stderr.write(
        `cold-start: run ${i + 1}/${opts.runs}: ${result.runs.at(-1)?.totalMs.toFixed(0)} ms\n`,
      );
    }
    const sorted = [...result.runs].sort((a, b) => a.totalMs - b.totalMs);
    result.median = sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
    if (opts.cpuProfDir) result.profile = await profileByPackage(opts.cpuProfDir, code);
  } catch (err) {
    result.error = (err as Error).message;
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  }
  result.machine = finishMachineInfo(machine);
  result.targets = [
    {
      name: 'bundle size (minified code)',
      target: `≤ ${fmt(TARGETS.bundleBytes / 2 ** 20)} MiB`,
      measured: `${(result.bundle.codeBytes / 2 ** 20).toFixed(2)} MiB (zip ${(result.bundle.zipBytes / 2 ** 20).toFixed(2)} MiB)`,
      met: result.bundle.codeBytes > 0 && result.bundle.codeBytes <= TARGETS.bundleBytes,
    },
  ];
  result.targets.push({
    name: 'asset holds every file the code reads',
    target: '0 missing',
    measured: `${result.missingSideFiles.length} missing of ${result.sideFiles.length} (${result.sideFiles.map((f) => basename(f)).join(', ') || 'none'})`,
    met: result.bundle.codeBytes > 0 && result.missingSideFiles.length === 0,
  });
  if (result.median) {
    result.targets.push({
      name: 'process start → first batch (median)',
      target: `≤ ${TARGETS.firstBatchMs} ms`,
      measured: `${result.median.totalMs.toFixed(0)} ms`,
      met: result.median.totalMs <= TARGETS.firstBatchMs && result.median.batchItemFailures === 0,
    });
  }
  return result;
}

/**
 * The child: timestamps from process.uptime() (seconds since this process started), one JSON line
 * on stdout. It exits explicitly because the Kafka producer keeps its connection open, as it does
 * in a Lambda container.
 */
function childScript(bundleUrl: string, eventFile: string): string {
  return `const nodeReady = process.uptime();
import { readFileSync } from 'node:fs';
const event = JSON.parse(readFileSync(${JSON.stringify(eventFile)}, 'utf8'));
const t0 = process.uptime();
const { handler } = await import(${JSON.stringify(bundleUrl)});
const t1 = process.uptime();
const res = await handler(event, undefined);
const t2 = process.uptime();
await handler(event, undefined);
const t3 = process.uptime();
process.stdout.write(JSON.stringify({ nodeReadyMs: nodeReady * 1000, importMs: (t1 - t0) * 1000, firstBatchMs: (t2 - t1) * 1000, totalMs: t2 * 1000, warmBatchMs: (t3 - t2) * 1000, batchItemFailures: res.batchItemFailures.length }) + '\\n');
process.exit(0);
`;
}

/**
 * Self time of the children's CPU profiles, by original package: each sampled frame in the bundle is
 * mapped back through the bundle's source map (node:module's SourceMap), since minified names say
 * nothing. Frames outside the bundle are grouped as Node internals, GC, idle.
 */
async function profileByPackage(
  dir: string,
  bundle: string,
): Promise<Array<{ name: string; ms: number; share: number }>> {
  const { SourceMap } = await import('node:module');
  const map = new SourceMap(JSON.parse(await readFile(`${bundle}.map`, 'utf8')));
  const bundleUrl = pathToFileURL(bundle).href;
  const by = new Map<string, number>();
  let total = 0;
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(await readFile(join(dir, f), 'utf8')) as {
      nodes: Array<{
        id: number;
        callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
      }>;
      samples: number[];
      timeDeltas: number[];
    };
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const us = p.timeDeltas[i] ?? 0;
      total += us;
      const cf = nodes.get(id)?.callFrame;
      let name = cf?.url
        ? cf.url.replace(/^node:internal\/([^/]+).*/, 'node internals ($1)')
        : `(${cf?.functionName || 'native'})`;
      // Packages loaded from node_modules (the externals the runtime provides), by package.
      const pkg = cf?.url.includes('/node_modules/')
        ? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(cf.url)?.[1]
        : undefined;
      if (pkg) name = `${pkg} (external)`;
      if (cf && cf.url === bundleUrl) {
        const entry = map.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string };
        const src = entry.originalSource ?? '';
        name =
          /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)?.[1] ??
          (src.replace(/^.*?\/(src|infra)\//, '$1/') || 'bundle (unmapped)');
      }
      by.set(name, (by.get(name) ?? 0) + us);
    });
  }
  return [...by]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 20);
}

/**
 * Makes the bundle's external packages resolvable from `dir/asset` the way the Lambda runtime does:
 * `dir/node_modules/<scope>` links to the project's copy of each external scope (`@aws-sdk/*`).
 */
async function provideExternals(
  dir: string,
  projectRoot: string,
  externals: readonly string[],
): Promise<void> {
  for (const ext of externals) {
    const m = /^(@[^/]+)\/\*$/.exec(ext);
    if (!m) throw new Error(`cold-start: cannot provide external ${ext}; only @scope/* patterns`);
    const scope = m[1] as string;
    await mkdir(join(dir, 'node_modules'), { recursive: true });
    await symlink(join(projectRoot, 'node_modules', scope), join(dir, 'node_modules', scope), 'dir');
  }
}

/** Non-JS files referenced as `new URL('./…', import.meta.url)` by the bundle's own (non-package) sources. */
async function sideFiles(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const pattern = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;
  for (const input of inputs) {
    if (input.includes('node_modules') || !/\.[cm]?[jt]s$/.test(input)) continue;
    const text = await readFile(resolve(input), 'utf8').catch(() => '');
    for (const m of text.matchAll(pattern)) {
      const file = resolve(dirname(resolve(input)), m[1] as string);
      if (!/\.[cm]?[jt]s$/.test(file)) found.add(file);
    }
  }
  return [...found].sort();
}

/** Output bytes grouped by npm package (node_modules/<pkg>) or by source directory. */
function largestInputs(metafile: {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}): Array<{ name: string; bytes: number }> {
  const by = new Map<string, number>();
  for (const out of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, -1).join('/');
      by.set(pkg, (by.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return [...by]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 12);
}

async function runChild(script: string, env: NodeJS.ProcessEnv, cpuProfDir?: string): Promise<ColdStartRun> {
  const flags = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, script], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('{"nodeReadyMs"'));
  if (code !== 0 || !line) throw new Error(`cold-start child exited ${code}: ${(err || out).slice(-2000)}`);
  return JSON.parse(line) as ColdStartRun;
}

async function createTopics(brokers: string, names: string[]): Promise<void> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({
    clientId: 'bench-cold-start',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: names.map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Answers, over AWS JSON 1.1, Firehose's PutRecordBatch with success for every record and Secrets
 * Manager's GetSecretValue with `hmacKey`: the two AWS calls of a cold start with a lead.
 */
async function startFakeAws(hmacKey: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      if (String(req.headers['x-amz-target']).endsWith('.GetSecretValue')) {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench' });
        res.end(
          JSON.stringify({
            ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench',
            SecretString: hmacKey,
          }),
        );
        return;
      }
      let records = 0;
      try {
        records = (JSON.parse(body) as { Records?: unknown[] }).Records?.length ?? 0;
      } catch {}
      const payload = JSON.stringify({
        FailedPutCount: 0,
        Encrypted: false,
        RequestResponses: Array.from({ length: records }, (_, i) => ({ RecordId: `bench-${i}` })),
      });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench' });
      res.end(payload);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('fake AWS endpoint has no port');
  return { server, url: `http://127.0.0.1:${addr.port}` };
}

export function formatColdStart(r: ColdStartResult): string {
  const lines = [
    `cold-start bench: ${r.runs.length} fresh processes, source maps ${r.sourceMaps ? 'on (as deployed)' : 'off'}`,
    `machine: ${describeMachine(r.machine)}`,
    '',
    table(
      ['bundle (esbuild, as the CDK builds it)', 'bytes', 'MiB'],
      [
        ['code (minified ESM)', r.bundle.codeBytes, r.bundle.codeBytes / 2 ** 20],
        ['code, deflated', r.bundle.codeZipBytes, r.bundle.codeZipBytes / 2 ** 20],
        ['source map', r.bundle.sourceMapBytes, r.bundle.sourceMapBytes / 2 ** 20],
        ['zip (deflate -9, code + map)', r.bundle.zipBytes, r.bundle.zipBytes / 2 ** 20],
      ],
    ),
  ];
  if (r.bundle.largest.length > 0) {
    lines.push(
      '',
      table(
        ['largest contributors (minified bytes)', 'bytes', 'share'],
        r.bundle.largest.map((x) => [
          x.name,
          x.bytes,
          `${((x.bytes / r.bundle.codeBytes) * 100).toFixed(1)}%`,
        ]),
      ),
    );
  }
  if (r.runs.length > 0) {
    lines.push(
      '',
      table(
        [
          'run',
          'node ready ms',
          'import ms',
          'first batch ms',
          'start → first batch ms',
          'warm batch ms',
          'failures',
        ],
        r.runs.map((x, i) => [
          String(i + 1),
          x.nodeReadyMs,
          x.importMs,
          x.firstBatchMs,
          x.totalMs,
          x.warmBatchMs,
          String(x.batchItemFailures),
        ]),
      ),
    );
  }
  if (r.sideFiles.length > 0) {
    lines.push(
      '',
      'files the code reads next to itself (copied into the asset by the CDK after-bundling hook):',
      ...r.sideFiles.map((f) => `  ${f}${r.missingSideFiles.includes(f) ? '  MISSING from the asset' : ''}`),
    );
  }
  if (r.profile && r.profile.length > 0) {
    lines.push(
      '',
      table(
        ['cold-start CPU profile (self time, all runs)', 'ms', 'share'],
        r.profile.map((p) => [p.name, p.ms, `${(p.share * 100).toFixed(1)}%`]),
      ),
    );
  }
  if (r.error) lines.push('', `error: ${r.error}`);
  lines.push(
    '',
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [t.name, t.target, t.measured, t.met ? 'yes' : 'NO']),
    ),
  );
  return `${lines.join('\n')}\n`;
}
