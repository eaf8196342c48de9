import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { afterAll, describe, expect, it } from 'vitest';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import { openAnalyticsQuery } from '../../src/local/analytics-query.js';
import { deadLetterRecordCount, readDeadLetters } from '../../src/local/dead-letter.js';
import { consumeAll, DEFAULT_STREAM_NAME } from '../../src/local/stack.js';

/**
 * The whole `leadstream stack` as a user runs it, killed with SIGKILL (stack, broker and Kinesis
 * server together) mid-stream, restarted with --keep: every acknowledged email ends in exactly one
 * place and every lead on Kafka has its Parquet row. Then the broker alone is killed and the stack's
 * supervisor brings it back, and SIGTERM while busy ends the stack promptly.
 */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'leadstream.js');
let dir: string;
const running: ChildProcess[] = [];

afterAll(async () => {
  for (const p of running) if (p.pid && p.exitCode === null) killGroup(p.pid);
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface StackRun {
  proc: ChildProcess;
  kinesisEndpoint: string;
  kafkaBootstrap: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startStack(keep: boolean): Promise<StackRun> {
  const proc = spawn(process.execPath, [BIN, 'stack', '--data', dir, ...(keep ? ['--keep'] : [])], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(proc);
  let out = '';
  let err = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 240_000;
  while (!out.includes('local stack running')) {
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`stack did not start:\n${err}`);
    await sleep(200);
  }
  return {
    proc,
    kinesisEndpoint: /Kinesis\s+(http:\/\/\S+)/.exec(out)?.[1] as string,
    kafkaBootstrap: /Kafka\s+(\S+)/.exec(out)?.[1] as string,
    stderr: () => err,
    exited,
  };
}

/** Kills a process group with SIGKILL, by its id. */
function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Process groups of the services this test's stack started: their command lines name its data dir. */
function serviceGroups(marker: string): number[] {
  const ps = execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' });
  const groups = new Set<number>();
  for (const line of ps.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m?.[2]?.includes(marker)) groups.add(Number(m[1]));
  }
  return [...groups];
}

function email(i: number): Buffer {
  return Buffer.from(
    [
      'From: Website <noreply@shop.example>',
      'To: leads+acme@inbound.example',
      'Subject: New contact form submission',
      `Message-ID: <durability-${i}@shop.example>`,
      '',
      `Name: Ann Number${i}`,
      `Email: ann${i}@example.com`,
      `Phone: +1 415 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
      '',
    ].join('\r\n'),
  );
}

/** PutRecords in batches; returns how many the stream acknowledged. */
async function send(endpoint: string, from: number, count: number): Promise<number> {
  const kinesis = new KinesisClient({ ...localAwsClientConfig(endpoint), maxAttempts: 3 });
  let acknowledged = 0;
  try {
    for (let i = from; i < from + count; i += 50) {
      const n = Math.min(50, from + count - i);
      const out = await kinesis.send(
        new PutRecordsCommand({
          StreamName: DEFAULT_STREAM_NAME,
          Records: Array.from({ length: n }, (_, j) => ({ Data: email(i + j), PartitionKey: `k${i + j}` })),
        }),
      );
      acknowledged += n - (out.FailedRecordCount ?? 0);
    }
  } finally {
    kinesis.destroy();
  }
  return acknowledged;
}

/** Distinct lead ids on leads and rejected, plus dead-lettered records. */
async function accounted(
  run: StackRun,
): Promise<{ leads: Set<string>; rejected: Set<string>; dead: number }> {
  const messages = await consumeAll(run.kafkaBootstrap, ['leads', 'rejected']).catch(() => []);
  const leads = new Set<string>();
  const rejected = new Set<string>();
  for (const m of messages) (m.topic === 'leads' ? leads : rejected).add(m.headers['lead-id'] ?? '');
  const dead = deadLetterRecordCount(await readDeadLetters(join(dir, 'dead-letter.jsonl')).catch(() => []));
  return { leads, rejected, dead };
}

async function waitAccounted(run: StackRun, sent: number) {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const a = await accounted(run);
    if (a.leads.size + a.rejected.size + a.dead >= sent || Date.now() > deadline) return a;
    await sleep(1_000);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('leadstream stack: kill -9, --keep, supervision, SIGTERM', () => {
  it('loses nothing acknowledged across a kill -9 of the whole stack, and restarts a killed broker', async () => {
    dir = await mkdtemp(join(tmpdir(), 'leadstream-durability-'));
    // Prepare: a stack, 200 acknowledged emails, and a kill -9 of everything while they are processed.
    const first = await startStack(false);
    let sent = await send(first.kinesisEndpoint, 0, 200);
    expect(sent).toBe(200);
    await sleep(500);
    const groups = [first.proc.pid as number, ...serviceGroups(dir)];
    for (const g of groups) killGroup(g);
    await first.exited;

    // Act: restart on the same data.
    const second = await startStack(true);
    const afterCrash = await waitAccounted(second, sent);

    // Assess: sent = leads + rejected + dead-letter.
    expect(afterCrash.leads.size + afterCrash.rejected.size + afterCrash.dead).toBe(sent);

    // Act: kill -9 the broker alone; the supervisor restarts it, and later emails still arrive.
    for (const g of serviceGroups(join(dir, 'kafka'))) killGroup(g);
    sent += await send(second.kinesisEndpoint, 200, 20);
    const afterBroker = await waitAccounted(second, sent);
    expect(afterBroker.leads.size + afterBroker.rejected.size + afterBroker.dead).toBe(sent);
    expect(second.stderr()).toMatch(/supervisor: kafka broker exited \(signal SIGKILL\); restarting/);
    expect(second.stderr()).toContain('supervisor: kafka broker is back');

    // Stop cleanly (the Firehose flushes), then: every lead on Kafka has its Parquet row.
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const query = await openAnalyticsQuery(join(dir, 's3'));
    const { rows } = await query.run('SELECT DISTINCT lead_id FROM analytics');
    query.close();
    const inParquet = new Set(rows.map((r) => String(r.lead_id)));
    const missing = [...afterBroker.leads].filter((id) => !inParquet.has(id));
    expect(missing).toEqual([]);
  }, 900_000);

  it('exits within seconds of SIGTERM while busy', async () => {
    const run = await startStack(true);
    await send(run.kinesisEndpoint, 1_000, 400);
    const t0 = Date.now();
    run.proc.kill('SIGTERM');
    await run.exited;
    // 5 s of grace for in-flight batches, plus stopping the broker and the Kinesis server.
    expect(Date.now() - t0).toBeLessThan(25_000);
  }, 600_000);
});
