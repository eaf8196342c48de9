/**
 * Measures Kinesis emulators with @aws-sdk/client-kinesis v3 (HTTP/1.1 handler) on 4 KB records:
 * startup time, PutRecords throughput (batches of 500, 4 in flight), GetRecords drain throughput
 * (one reader per shard), RSS of the server's process group under load, and, for npm candidates,
 * install time with an empty npm cache. Produced the table in docs/kinesis-emulator.md.
 *
 *   node bin/run-ts.js bench/local/measure-emulators.ts [candidate…] [--records N] [--shards N]
 *
 * Candidates: ferrokinesis (our 127.0.0.1 build, see kinesis-server.ts), kinesalite, kinesis-local.
 * kinesis-local always listens on 0.0.0.0, so it runs inside a fresh network namespace that has
 * only loopback (`unshare --net`, needs root): nothing outside this machine can reach it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  ListStreamsCommand,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { leadstreamHome } from '../../src/config/state-dir.js';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import { ensureKinesisServerBinary } from '../../src/local/kinesis-server.js';
import { freePort, groupAlive, sleep } from '../../src/local/process-group.js';

const RECORD_BYTES = 4_096;
const BATCH = 500;
const IN_FLIGHT = 4;
const START_TIMEOUT_MS = 120_000;
const RUN_TS = fileURLToPath(new URL('../../../bin/run-ts.js', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const NPM_VERSIONS = { kinesalite: '3.3.3', 'kinesis-local': '0.6.2' } as const;

type Candidate = 'ferrokinesis' | 'kinesalite' | 'kinesis-local';

interface Result {
  candidate: Candidate;
  records: number;
  shards: number;
  installMs?: number;
  startupMs: number;
  idleRssMb: number;
  putPerSec: number;
  getPerSec: number;
  peakRssMb: number;
  failedAfterRetries: number;
  orderedSequenceNumbers: boolean;
  arrivalTimestamps: boolean;
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const shards = flag('--shards', 4);
  const chosen = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) as Candidate[];
  const candidates = chosen.length ? chosen : (['ferrokinesis', 'kinesalite', 'kinesis-local'] as const);
  for (const candidate of candidates) {
    // kinesis-local manages ~100 records/s; 20,000 would take minutes for the same answer.
    const records = flag('--records', candidate === 'kinesis-local' ? 5_000 : 20_000);
    if (candidate === 'kinesis-local' && !process.env.LEADSTREAM_IN_NETNS) {
      // Re-run this script for this one candidate inside a loopback-only network namespace.
      // npm needs the network, so install out here and hand the directory in.
      const { dir, installMs } = await npmInstall(candidate);
      const script = `ip link set lo up && LEADSTREAM_IN_NETNS=1 LEADSTREAM_NPM_DIR='${dir}' LEADSTREAM_INSTALL_MS=${installMs} "$@"`;
      execFileSync(
        'unshare',
        [
          '--net',
          'sh',
          '-c',
          script,
          'sh',
          process.execPath,
          RUN_TS,
          SELF,
          candidate,
          '--records',
          String(records),
          '--shards',
          String(shards),
        ],
        { stdio: 'inherit' },
      );
      continue;
    }
    console.log(JSON.stringify(await measure(candidate, records, shards)));
  }
}

async function measure(candidate: Candidate, records: number, shards: number): Promise<Result> {
  const port = await freePort();
  const { command, args, cwd, installMs } = await prepare(candidate, port);
  const started = performance.now();
  const child = spawn(command, args, { cwd, detached: true, stdio: 'ignore', env: envFor(candidate, port) });
  const pgid = child.pid as number;
  try {
    const kinesis = new KinesisClient({
      ...localAwsClientConfig(`http://127.0.0.1:${port}`),
      maxAttempts: 1,
    });
    while (true) {
      try {
        await kinesis.send(new ListStreamsCommand({}));
        break;
      } catch {
        if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${candidate} did not start`);
        await sleep(50);
      }
    }
    const startupMs = Math.round(performance.now() - started);
    const idleRssMb = rssMb(pgid);

    const stream = `measure-${Date.now()}`;
    await kinesis.send(new CreateStreamCommand({ StreamName: stream, ShardCount: shards }));
    while (
      (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: stream }))).StreamDescriptionSummary
        ?.StreamStatus !== 'ACTIVE'
    ) {
      await sleep(50);
    }
    const shardIds = ((await kinesis.send(new ListShardsCommand({ StreamName: stream }))).Shards ?? []).map(
      (s) => s.ShardId as string,
    );

    let peakRssMb = idleRssMb;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, rssMb(pgid));
    }, 250);
    const data = Buffer.alloc(RECORD_BYTES, 'x');
    let next = 0;
    let failedAfterRetries = 0;
    const putStart = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < records) {
          const first = next;
          next += BATCH;
          let entries = Array.from({ length: Math.min(BATCH, records - first) }, (_, i) => ({
            Data: data,
            PartitionKey: `pk-${(first + i) % 97}`,
          }));
          for (let attempt = 0; entries.length > 0; attempt++) {
            const res = await kinesis.send(new PutRecordsCommand({ StreamName: stream, Records: entries }));
            if (!res.FailedRecordCount) break;
            const failed = entries.filter((_, i) => res.Records?.[i]?.ErrorCode);
            if (attempt >= 10) {
              failedAfterRetries += failed.length;
              break;
            }
            entries = failed;
            await sleep(50 * 2 ** Math.min(attempt, 5));
          }
        }
      }),
    );
    const putSec = (performance.now() - putStart) / 1000;

    let read = 0;
    let ordered = true;
    let timestamps = true;
    const getStart = performance.now();
    await Promise.all(
      shardIds.map(async (shardId) => {
        let iterator = (
          await kinesis.send(
            new GetShardIteratorCommand({
              StreamName: stream,
              ShardId: shardId,
              ShardIteratorType: 'TRIM_HORIZON',
            }),
          )
        ).ShardIterator;
        let last = -1n;
        while (iterator) {
          const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 10_000 }));
          const got = page.Records ?? [];
          for (const r of got) {
            const seq = BigInt(r.SequenceNumber ?? '0');
            if (seq <= last) ordered = false;
            last = seq;
            if (!(r.ApproximateArrivalTimestamp instanceof Date)) timestamps = false;
          }
          read += got.length;
          if (got.length === 0) break;
          iterator = page.NextShardIterator;
        }
      }),
    );
    const getSec = (performance.now() - getStart) / 1000;
    clearInterval(sampler);
    if (read !== records - failedAfterRetries)
      throw new Error(`${candidate}: read ${read} of ${records} records`);
    return {
      candidate,
      records,
      shards,
      ...(installMs === undefined ? {} : { installMs }),
      startupMs,
      idleRssMb,
      putPerSec: Math.round(records / putSec),
      getPerSec: Math.round(read / getSec),
      peakRssMb,
      failedAfterRetries,
      orderedSequenceNumbers: ordered,
      arrivalTimestamps: timestamps,
    };
  } finally {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Gone.
    }
    while (groupAlive(pgid)) await sleep(50);
  }
}

async function prepare(
  candidate: Candidate,
  port: number,
): Promise<{ command: string; args: string[]; cwd?: string; installMs?: number }> {
  if (candidate === 'ferrokinesis')
    return { command: await ensureKinesisServerBinary(), args: [String(port)] };
  const { dir, installMs } = await npmInstall(candidate);
  if (candidate === 'kinesalite') {
    // The CLI listens on every interface; the library lets us pick 127.0.0.1. In memory (memdown),
    // so leveldown's native build (an install script) is never needed.
    const js = `require(${JSON.stringify(dir)})({createStreamMs:0,deleteStreamMs:0,updateStreamMs:0,shardLimit:1000}).listen(${port},'127.0.0.1')`;
    return { command: process.execPath, args: ['-e', js], installMs };
  }
  // kinesis-local reads server.json (its TLS pair) from the working directory.
  return { command: process.execPath, args: [join(dir, 'main.js')], cwd: dir, installMs };
}

/** Installs an npm candidate into a scratch prefix with an empty cache, timed as on a clean machine. */
async function npmInstall(
  candidate: 'kinesalite' | 'kinesis-local',
): Promise<{ dir: string; installMs: number }> {
  if (process.env.LEADSTREAM_NPM_DIR) {
    return { dir: process.env.LEADSTREAM_NPM_DIR, installMs: Number(process.env.LEADSTREAM_INSTALL_MS) };
  }
  const base = join(leadstreamHome(), 'tmp');
  await mkdir(base, { recursive: true });
  const prefix = await mkdtemp(join(base, `${candidate}-`));
  const started = performance.now();
  const spec = `${candidate}@${NPM_VERSIONS[candidate]}`;
  const args = [
    'install',
    '--prefix',
    prefix,
    '--cache',
    join(prefix, '.npm-cache'),
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    spec,
  ];
  execFileSync('npm', args, { stdio: 'ignore' });
  const installMs = Math.round(performance.now() - started);
  process.once('exit', () => rmSync(prefix, { recursive: true, force: true }));
  const dir = join(prefix, 'node_modules', candidate);
  if (!existsSync(dir)) throw new Error(`npm did not install ${candidate}`);
  return { dir, installMs };
}

function envFor(candidate: Candidate, port: number): NodeJS.ProcessEnv {
  if (candidate !== 'kinesis-local') return process.env;
  return {
    ...process.env,
    KINESIS_MOCK_PLAIN_PORT: String(port),
    KINESIS_MOCK_TLS_PORT: String(port + 1),
    CREATE_STREAM_DURATION: '0ms',
    SHARD_LIMIT: '1000',
    LOG_LEVEL: 'ERROR',
  };
}

/** Sum of RSS over the live members of process group `pgid`, in MiB (from /proc). */
function rssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Exited while we looked.
    }
  }
  return Math.round(kb / 1024);
}

await main(process.argv.slice(2));
