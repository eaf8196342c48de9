import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The local Firehose's write-ahead log: what makes its acknowledgement mean "durable", as Firehose's
 * does. Records are appended to the open segment and fsynced before put() resolves; a flush seals the
 * segment that holds its records, and deletes it once their Parquet files are on disk. After a crash,
 * the segments still present are exactly the accepted records not yet delivered (at least once: a
 * crash between the Parquet rename and the delete delivers those records again on restart).
 *
 * A segment is JSON lines `{"t": arrivalMs, "d": base64}`. A torn last line (a crash mid-append) was
 * never acknowledged, so recovery skips it.
 */
export interface WalRecord {
  data: Buffer;
  arrivalMs: number;
}

export interface Segment {
  readonly path: string;
}

export interface WriteAheadLog {
  /** The segment that put() appends to now; sealed by the next seal(). */
  current(): Segment;
  /** Appends to `segment` and fsyncs: when this resolves, the records survive a kill -9. */
  append(segment: Segment, records: readonly WalRecord[]): Promise<void>;
  /** Ends the current segment: later appends go to a new one. */
  seal(): void;
  /** Deletes segments whose records are delivered. */
  remove(segments: Iterable<Segment>): Promise<void>;
  close(): Promise<void>;
}

interface OpenSegment extends Segment {
  handle: Promise<FileHandle>;
  /** Appends run one after another, so each fsync covers its own and every earlier line. */
  tail: Promise<void>;
}

const SEGMENT_SUFFIX = '.wal.jsonl';

/** Reads the records a previous run accepted but did not deliver, oldest first, with their segments. */
export async function recoverWal(dir: string): Promise<{ segments: Segment[]; records: WalRecord[] }> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(dir)).filter((n) => n.endsWith(SEGMENT_SUFFIX)).sort();
  const segments: Segment[] = [];
  const records: WalRecord[] = [];
  for (const name of names) {
    const path = join(dir, name);
    segments.push({ path });
    for (const line of (await readFile(path, 'utf8')).split('\n')) {
      if (!line) continue;
      try {
        const { t, d } = JSON.parse(line) as { t: number; d: string };
        records.push({ arrivalMs: t, data: Buffer.from(d, 'base64') });
      } catch {
        // A torn last line: its append never returned, so it was never acknowledged.
      }
    }
  }
  return { segments, records };
}

export function createWriteAheadLog(dir: string): WriteAheadLog {
  // Names sort in creation order across runs: start time, then a counter.
  const runStamp = Date.now().toString().padStart(15, '0');
  let counter = 0;
  let open_: OpenSegment | null = null;
  const all = new Set<OpenSegment>();

  function current(): OpenSegment {
    if (open_) return open_;
    const path = join(dir, `${runStamp}-${String(counter++).padStart(8, '0')}${SEGMENT_SUFFIX}`);
    const handle = (async () => {
      const fh = await open(path, 'a');
      await fsync(dir); // the new file's name must survive a crash too
      return fh;
    })();
    const segment: OpenSegment = { path, handle, tail: handle.then(() => undefined) };
    open_ = segment;
    all.add(segment);
    return segment;
  }

  return {
    current,
    append(segment, records) {
      const s = segment as OpenSegment;
      const lines = records.map(
        (r) => `${JSON.stringify({ t: r.arrivalMs, d: r.data.toString('base64') })}\n`,
      );
      const run = s.tail.then(async () => {
        const fh = await s.handle;
        await fh.appendFile(lines.join(''));
        await fh.datasync();
      });
      s.tail = run.catch(() => undefined);
      return run;
    },
    seal() {
      open_ = null;
    },
    async remove(segments) {
      for (const segment of segments) {
        const s = segment as OpenSegment;
        if (all.delete(s)) {
          await s.tail;
          await (await s.handle).close();
        }
        await rm(segment.path, { force: true });
      }
    },
    async close() {
      for (const s of all) {
        await s.tail;
        await (await s.handle).close();
      }
      all.clear();
      open_ = null;
    },
  };
}

/** Data and, for a directory, the names in it reach the disk before anything depends on them. */
export async function fsync(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
