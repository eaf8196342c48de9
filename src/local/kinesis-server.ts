import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { leadstreamHome } from '../config/state-dir.js';
import { LocalServiceError } from '../errors.js';
import {
  freePort,
  type ManagedProcess,
  ownedTempDir,
  type ProcessExit,
  sleep,
  spawnGroup,
  tailFile,
} from './process-group.js';

const run = promisify(execFile);

/**
 * The emulator behind the local Kinesis endpoint: ferrokinesis (crates.io), chosen by measurement
 * over kinesalite and kinesis-local (docs/kinesis-emulator.md). Pinned in kinesis/Cargo.toml and
 * kinesis/Cargo.lock; this constant only labels logs.
 */
export const FERROKINESIS_VERSION = '0.7.0';

const CRATE_DIR = fileURLToPath(new URL('./kinesis/', import.meta.url));
const CRATE_FILES = ['Cargo.toml', 'Cargo.lock', 'src/main.rs', 'src/wal.rs', 'src/durable.rs'] as const;
const BINARY = 'leadstream-kinesis';
/** A cold build is ~2–5 min on two cores (the crates.io download included); leave room for a slow mirror. */
const BUILD_TIMEOUT_MS = 20 * 60_000;
const READY_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 50;
const STOP_GRACE_MS = 5_000;

export interface KinesisServerOptions {
  /** Port on 127.0.0.1. @default a free one */
  port?: number;
  /**
   * AWS-like per-shard write limits (1 MiB/s, 1,000 records/s): PutRecords then fails some entries
   * with ProvisionedThroughputExceededException, as real Kinesis does. @default false
   */
  enforceLimits?: boolean;
  /**
   * Keep streams and records in this directory: each write's records (or a stream change) are
   * appended to a write-ahead log and fsynced before the call is answered, concurrent calls sharing
   * one fsync; the log is compacted into a snapshot every 32 MiB (docs/local-durability.md). A server
   * started again on the same directory has every stream, acknowledged record and sequence number.
   * @default in memory only
   */
  stateDir?: string;
  /** Progress lines ("building the Kinesis server…"). @default silent */
  log?: (line: string) => void;
}

export interface KinesisServer {
  /** `http://127.0.0.1:<port>`, for `localAwsClientConfig(endpoint)`. */
  readonly endpoint: string;
  readonly port: number;
  /** Stops the server (SIGTERM, SIGKILL after 5 s). Without `stateDir` its streams are gone after. Idempotent. */
  stop(): Promise<void>;
  /** Starts the server again on the same port (and `stateDir`) after it died; no-op while it runs. */
  start(): Promise<void>;
  /** Calls `listener` whenever the server process dies without `stop()` (a crash, a kill -9). */
  onUnexpectedExit(listener: (exit: ProcessExit) => void): void;
}

/**
 * Starts the local Kinesis API server on 127.0.0.1 and resolves once it answers its readiness
 * probe. Builds it with cargo on first use (cached under leadstreamHome(), keyed by the crate's
 * sources so a change to the pins rebuilds).
 */
export async function startKinesisServer(options: KinesisServerOptions = {}): Promise<KinesisServer> {
  const log = options.log ?? (() => {});
  const binary = await ensureKinesisServerBinary({ log });
  const port = options.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;
  const logDir = await ownedTempDir(join(leadstreamHome(), 'tmp'), 'kinesis-');
  const logFile = join(logDir, 'server.log');
  const args = [
    String(port),
    ...(options.enforceLimits ? ['--enforce-limits'] : []),
    ...(options.stateDir ? ['--state-dir', options.stateDir] : []),
  ];
  const exitListeners: Array<(exit: ProcessExit) => void> = [];
  let proc: ManagedProcess | null = null;
  const launch = async (): Promise<void> => {
    if (proc?.running()) return;
    const started = Date.now();
    const spawned = spawnGroup(binary, args, { logFile, env: { ...process.env, RUST_BACKTRACE: '1' } });
    proc = spawned;
    spawned.exited.then((exit) => {
      if (!spawned.stopRequested) for (const listener of exitListeners) listener(exit);
    });
    try {
      await waitReady(spawned, endpoint);
    } catch (e) {
      await spawned.stop(1_000);
      throw new LocalServiceError(
        `kinesis server on ${endpoint} not ready: ${(e as Error).message}\n${tailFile(logFile)}`,
        { cause: e, context: { port } },
      );
    }
    log(`kinesis: ferrokinesis ${FERROKINESIS_VERSION} ready on ${endpoint} in ${Date.now() - started} ms`);
  };
  try {
    await launch();
  } catch (e) {
    await rm(logDir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    endpoint,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await proc?.stop(STOP_GRACE_MS);
      await rm(logDir, { recursive: true, force: true });
    },
    start: launch,
    onUnexpectedExit: (listener) => exitListeners.push(listener),
  };
}

/**
 * Returns the path of the built server, building it once. Concurrent builders are safe: cargo locks
 * its target directory (the second waits, then finds nothing to do), and the binary is copied to a
 * staging name and renamed into place, so a half-written binary is never run.
 */
export async function ensureKinesisServerBinary(
  options: { log?: (line: string) => void } = {},
): Promise<string> {
  const home = leadstreamHome();
  const hash = createHash('sha256');
  for (const file of CRATE_FILES) hash.update(file).update(readFileSync(join(CRATE_DIR, file)));
  const dir = join(home, `kinesis-server-${hash.digest('hex').slice(0, 12)}`);
  const binary = join(dir, BINARY);
  if (existsSync(binary)) return binary;

  options.log?.(
    `kinesis: building the Kinesis server (ferrokinesis ${FERROKINESIS_VERSION}) with cargo, once; ~2–5 min on 2 cores`,
  );
  const started = Date.now();
  const targetDir = join(home, 'cargo-target', 'kinesis-server');
  try {
    await run(
      cargoBinary(),
      [
        'build',
        '--release',
        '--locked',
        '--manifest-path',
        join(CRATE_DIR, 'Cargo.toml'),
        '--target-dir',
        targetDir,
      ],
      { timeout: BUILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const out = e as { stderr?: string; code?: string };
    const hint = out.code === 'ENOENT' ? ' (is Rust installed? `cargo` was not found)' : '';
    throw new LocalServiceError(
      `building the Kinesis server failed${hint}: ${(out.stderr ?? '').slice(-4_000)}`,
      {
        cause: e,
      },
    );
  }
  await mkdir(dir, { recursive: true });
  const staging = `${binary}.${process.pid}.tmp`;
  await copyFile(join(targetDir, 'release', BINARY), staging);
  await rename(staging, binary);
  options.log?.(`kinesis: built in ${Math.round((Date.now() - started) / 1000)} s`);
  return binary;
}

async function waitReady(proc: ManagedProcess, endpoint: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!proc.running()) {
      const { code, signal } = await proc.exited;
      throw new LocalServiceError(`server process exited (code ${code}, signal ${signal})`);
    }
    try {
      const res = await fetch(`${endpoint}/_health/ready`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(READY_POLL_MS);
  }
  throw new LocalServiceError(`timed out after ${READY_TIMEOUT_MS} ms`);
}

function cargoBinary(): string {
  // rustup installs into ~/.cargo/bin, which a non-login shell (CI) may not have on PATH.
  const rustup = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'cargo');
  return existsSync(rustup) ? rustup : 'cargo';
}
