/**
 * What one durable PutRecords costs as the stream fills: the table in docs/smtp-latency.md.
 *
 *   node bin/run-ts.js bench/local/measure-durable-put.ts [--binary PATH] [--in-memory] [--calls N]
 *
 * Starts the Kinesis server alone (our build, or another build of it with --binary, to compare two
 * versions back to back) on a fresh state directory, creates a 2-shard stream, fills it with
 * PutRecords of 250 × 4 KB records and, at ~300 and ~3,000 records retained, times N 1-record and
 * N 25-record calls (one at a time, as the SMTP ingress's group commit sends them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStreamCommand, KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import { ensureKinesisServerBinary } from '../../src/local/kinesis-server.js';
import { freePort, sleep } from '../../src/local/process-group.js';

const RECORD_BYTES = 4_096;
const FILL_BATCH = 250;
const STREAM = 'measure-durable-put';
const RETAINED_STEPS = [300, 3_000];

async function main(argv: string[]): Promise<void> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const binary = flag('--binary') ?? (await ensureKinesisServerBinary());
  const durable = !argv.includes('--in-memory');
  const calls = Number(flag('--calls') ?? 3);
  const stateDir = await mkdtemp(join(tmpdir(), 'measure-durable-put-'));
  const port = await freePort();
  const server = spawn(binary, [String(port), ...(durable ? ['--state-dir', stateDir] : [])], {
    stdio: 'inherit',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const kinesis = new KinesisClient({ ...localAwsClientConfig(endpoint), maxAttempts: 1 });
  try {
    await waitReady(server, endpoint);
    await kinesis.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 2 }));
    await sleep(200);
    const put = async (n: number): Promise<number> => {
      const t0 = performance.now();
      const out = await kinesis.send(
        new PutRecordsCommand({
          StreamName: STREAM,
          Records: Array.from({ length: n }, () => ({
            Data: randomBytes(RECORD_BYTES),
            PartitionKey: randomBytes(8).toString('hex'),
          })),
        }),
      );
      if (out.FailedRecordCount) throw new Error(`${out.FailedRecordCount} records failed`);
      return performance.now() - t0;
    };
    let retained = 0;
    console.log(`${durable ? 'durable' : 'in memory'}, ${binary}`);
    for (const step of RETAINED_STEPS) {
      while (retained + FILL_BATCH <= step) {
        await put(FILL_BATCH);
        retained += FILL_BATCH;
      }
      const ms = (n: number) => Array.from({ length: calls }, () => n);
      const one: number[] = [];
      for (const n of ms(1)) one.push(await put(n));
      const many: number[] = [];
      for (const n of ms(25)) many.push(await put(n));
      retained += calls * 26;
      const f = (v: number[]) => v.map((x) => x.toFixed(1)).join(', ');
      console.log(`~${retained} retained: 1-record calls ${f(one)} ms; 25-record calls ${f(many)} ms`);
    }
  } finally {
    kinesis.destroy();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await rm(stateDir, { recursive: true, force: true });
  }
}

async function waitReady(server: ChildProcess, endpoint: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const ok = await fetch(`${endpoint}/_health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(50);
  }
  throw new Error('server not ready in 15 s');
}

await main(process.argv.slice(2));
