import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
  type ShardIteratorType,
} from '@aws-sdk/client-kinesis';
import { afterAll, describe, expect, it } from 'vitest';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import { type KinesisServer, startKinesisServer } from '../../src/local/kinesis-server.js';
import { sleep } from '../../src/local/process-group.js';

/**
 * The Kinesis server's durable mode (`stateDir`, docs/local-durability.md) on its own: killed with
 * SIGKILL and started again on the same directory, it has every acknowledged record under its
 * sequence number, a consumer's checkpoint (a sequence number) still positions an iterator, and new
 * records sort after the old ones. A long log is compacted into a snapshot that replaces it.
 */
const STREAM = 'durable';
const dirs: string[] = [];
const servers: KinesisServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

interface Stored {
  shardId: string;
  sequenceNumber: string;
  data: string;
}

/** SIGKILL to the process group of the server whose command line names `stateDir`, then the same server started again. */
async function killAndRestart(server: KinesisServer, stateDir: string): Promise<void> {
  const exited = new Promise<void>((resolve) => server.onUnexpectedExit(() => resolve()));
  const ps = execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' });
  const groups = new Set(
    ps
      .split('\n')
      .filter((line) => line.includes(stateDir))
      .map((line) => Number(line.trim().split(/\s+/)[0])),
  );
  expect(groups.size).toBe(1);
  for (const pgid of groups) process.kill(-pgid, 'SIGKILL');
  await exited;
  await server.start();
}

async function put(kinesis: KinesisClient, from: number, count: number, bytes = 64): Promise<Stored[]> {
  const acknowledged: Stored[] = [];
  for (let i = from; i < from + count; i += 500) {
    const n = Math.min(500, from + count - i);
    const data = Array.from({ length: n }, (_, j) => `${i + j}:`.padEnd(bytes, 'x'));
    const out = await kinesis.send(
      new PutRecordsCommand({
        StreamName: STREAM,
        Records: data.map((d, j) => ({ Data: Buffer.from(d), PartitionKey: `k${i + j}` })),
      }),
    );
    expect(out.FailedRecordCount).toBe(0);
    for (const [j, r] of (out.Records ?? []).entries())
      acknowledged.push({
        shardId: r.ShardId as string,
        sequenceNumber: r.SequenceNumber as string,
        data: data[j] as string,
      });
  }
  return acknowledged;
}

async function read(
  kinesis: KinesisClient,
  shardId: string,
  type: ShardIteratorType,
  after?: string,
): Promise<Stored[]> {
  let { ShardIterator: iterator } = await kinesis.send(
    new GetShardIteratorCommand({
      StreamName: STREAM,
      ShardId: shardId,
      ShardIteratorType: type,
      ...(after ? { StartingSequenceNumber: after } : {}),
    }),
  );
  const records: Stored[] = [];
  while (iterator) {
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 10_000 }));
    for (const r of page.Records ?? [])
      records.push({
        shardId,
        sequenceNumber: r.SequenceNumber as string,
        data: Buffer.from(r.Data ?? []).toString(),
      });
    if ((page.Records ?? []).length === 0) break;
    iterator = page.NextShardIterator;
  }
  return records;
}

async function readAll(kinesis: KinesisClient): Promise<Stored[]> {
  const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: STREAM }));
  const all: Stored[] = [];
  for (const s of Shards ?? []) all.push(...(await read(kinesis, s.ShardId as string, 'TRIM_HORIZON')));
  return all;
}

const bySequence = (a: Stored, b: Stored) =>
  a.shardId.localeCompare(b.shardId) || Number(BigInt(a.sequenceNumber) - BigInt(b.sequenceNumber));

async function startDurable(): Promise<{ server: KinesisServer; kinesis: KinesisClient; stateDir: string }> {
  const stateDir = await mkdtemp(join(tmpdir(), 'leadstream-kinesis-durable-'));
  dirs.push(stateDir);
  const server = await startKinesisServer({ stateDir });
  servers.push(server);
  const kinesis = new KinesisClient({ ...localAwsClientConfig(server.endpoint), maxAttempts: 3 });
  await kinesis.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 2 }));
  for (let i = 0; i < 100; i++) {
    const d = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }));
    if (d.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') break;
    await sleep(50);
  }
  return { server, kinesis, stateDir };
}

describe('Kinesis server, durable (stateDir): kill -9 and restart', () => {
  it('keeps every acknowledged record under its sequence number, and checkpoints still work', async () => {
    // Prepare: 300 acknowledged records, a consumer's checkpoint half-way through shard 0, and a
    // torn last line in the log (as a crash mid-append leaves it).
    const { server, kinesis, stateDir } = await startDurable();
    const before = await put(kinesis, 0, 300);
    const shard0 = (await read(kinesis, 'shardId-000000000000', 'TRIM_HORIZON')).sort(bySequence);
    const checkpoint = shard0[Math.floor(shard0.length / 2)] as Stored;
    await killAndRestart(server, stateDir);
    const segment = readdirSync(stateDir)
      .filter((f) => f.startsWith('wal-'))
      .sort()
      .at(-1) as string;
    appendFileSync(join(stateDir, segment), '{"Records":{"stream":"durable","rec');
    await killAndRestart(server, stateDir);

    // Act: read everything back, resume after the checkpoint, and write more.
    const restored = await readAll(kinesis);
    const resumed = await read(
      kinesis,
      'shardId-000000000000',
      'AFTER_SEQUENCE_NUMBER',
      checkpoint.sequenceNumber,
    );
    const after = await put(kinesis, 300, 100);
    const latest = await readAll(kinesis);

    // Assess: the same records under the same sequence numbers; the checkpoint resumes right after
    // itself; new records sort after every old one in their shard.
    expect(restored.sort(bySequence)).toEqual(before.sort(bySequence));
    expect(resumed).toEqual(
      shard0.filter((r) => BigInt(r.sequenceNumber) > BigInt(checkpoint.sequenceNumber)),
    );
    for (const r of after) {
      const oldInShard = before.filter((b) => b.shardId === r.shardId);
      expect(oldInShard.every((b) => BigInt(b.sequenceNumber) < BigInt(r.sequenceNumber))).toBe(true);
    }
    expect(latest.sort(bySequence)).toEqual([...before, ...after].sort(bySequence));
  });

  it('brings back a stream that was created and never written, with its shards', async () => {
    // Prepare: ferrokinesis adds a new stream's shards when it turns ACTIVE, in the background.
    const { server, kinesis, stateDir } = await startDurable();

    // Act
    await killAndRestart(server, stateDir);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: STREAM }));
    const written = await put(kinesis, 0, 10);

    // Assess
    expect(Shards?.map((s) => s.ShardId)).toEqual(['shardId-000000000000', 'shardId-000000000001']);
    expect((await readAll(kinesis)).sort(bySequence)).toEqual(written.sort(bySequence));
  });

  it('compacts a long log into a snapshot and restores from it', async () => {
    // Prepare: more than one 32 MiB segment of 4 KB records.
    const { server, kinesis, stateDir } = await startDurable();
    const written = await put(kinesis, 0, 9_000, 4_096);
    const deadline = Date.now() + 60_000;
    while (!readdirSync(stateDir).some((f) => f.startsWith('snapshot-')) && Date.now() < deadline)
      await sleep(100);
    const more = await put(kinesis, 9_000, 50);

    // Act
    await killAndRestart(server, stateDir);
    const restored = await readAll(kinesis);

    // Assess: a snapshot replaced the first segment, and nothing acknowledged is missing.
    const files = readdirSync(stateDir);
    expect(files.some((f) => f.startsWith('snapshot-'))).toBe(true);
    expect(files).not.toContain('wal-1.log');
    expect(restored.length).toBe(written.length + more.length);
    expect(restored.map((r) => r.sequenceNumber).sort()).toEqual(
      [...written, ...more].map((r) => r.sequenceNumber).sort(),
    );
  });
});
