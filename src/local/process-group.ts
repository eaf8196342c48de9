import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { join } from 'node:path';
import { LocalServiceError } from '../errors.js';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly pid: number;
  /** Resolves when the process itself exits (not its group; see `stop`). */
  readonly exited: Promise<ProcessExit>;
  /** True once `stop` was called: an exit after it was asked for, not a crash. */
  readonly stopRequested: boolean;
  /** True until the process exits. */
  running(): boolean;
  /**
   * SIGTERM to the whole group, then SIGKILL after `graceMs`; resolves once no member is left, with
   * true if the group ended by itself within the grace period (a clean shutdown).
   */
  stop(graceMs?: number): Promise<boolean>;
  /** Sends a signal to the whole group (e.g. SIGSTOP/SIGCONT to freeze a broker). */
  signal(signal: NodeJS.Signals): void;
}

export interface SpawnGroupOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr are appended to this file; services are chatty and a pipe nobody reads would block them. */
  logFile: string;
}

const DEFAULT_GRACE_MS = 10_000;
const GROUP_POLL_MS = 50;
const KILL_WAIT_MS = 5_000;

/**
 * Every group we started and have not seen die. Killed synchronously on `exit`, and on SIGINT,
 * SIGTERM and SIGHUP, so Ctrl-C or a test runner tearing down never leaves a broker behind.
 */
const live = new Set<number>();
let hooksInstalled = false;

function killAllNow(): void {
  for (const pgid of live) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      killAllNow();
      // Adding a listener replaces Node's default "die on signal". If nobody else handles the
      // signal, restore the default and re-raise it so the process still ends as the user asked.
      process.removeListener(sig, onSignal);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

/**
 * The wrapper makes the service die with us even when we die by SIGKILL or a crash, where no
 * `exit` hook runs: it holds a pipe from this process on fd 3 and kills the service once the pipe
 * reaches EOF (every write end closed = this process is gone). `exec 3<&0` keeps our stdin pipe
 * because POSIX gives background jobs /dev/null as stdin.
 */
const WATCHDOG = [
  'exec 3<&0',
  '"$@" </dev/null &',
  'child=$!',
  '(while read -r _ <&3; do :; done; kill -TERM "$child" 2>/dev/null) &',
  'wait "$child"',
].join('\n');

/**
 * Spawns `command` in its own process group, with a parent-death watchdog, logging to a file. The
 * group is what we signal, so helper processes the service forks go down with it.
 */
export function spawnGroup(
  command: string,
  args: readonly string[],
  options: SpawnGroupOptions,
): ManagedProcess {
  installHooks();
  const fd = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'leadstream-watchdog', command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new LocalServiceError(`could not spawn ${command}`);
  // The pipe must not keep our event loop alive, and an EPIPE on it is expected when the group dies.
  child.stdin?.on('error', () => {});
  (child.stdin as unknown as Socket | null)?.unref?.();
  child.unref();
  live.add(pid);

  let alive = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      alive = false;
      resolve({ code, signal });
    });
    child.on('error', () => {
      alive = false;
      resolve({ code: null, signal: null });
    });
  });

  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      // The group is gone.
    }
  };

  let stopRequested = false;
  return {
    pid,
    exited,
    get stopRequested() {
      return stopRequested;
    },
    running: () => alive,
    signal,
    async stop(graceMs = DEFAULT_GRACE_MS) {
      stopRequested = true;
      // A stopped (SIGSTOP) process does not act on SIGTERM until continued.
      signal('SIGCONT');
      signal('SIGTERM');
      const deadline = Date.now() + graceMs;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(GROUP_POLL_MS);
      const clean = !groupAlive(pid);
      if (!clean) {
        signal('SIGKILL');
        // Bounded: an unreaped zombie (a PID 1 that never calls wait) keeps the group "alive".
        const killDeadline = Date.now() + KILL_WAIT_MS;
        while (groupAlive(pid) && Date.now() < killDeadline) await sleep(GROUP_POLL_MS);
      }
      live.delete(pid);
      child.stdin?.destroy();
      return clean;
    },
  };
}

/**
 * True while any live (non-zombie) process of group `pgid` exists. Zombies are skipped because an
 * orphaned member is reaped by PID 1, and some init processes (this workplace's included) reap
 * seconds late: counting zombies made every stop wait that long. Without /proc, falls back to
 * kill(-pgid, 0), which counts zombies.
 */
export function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  return groupMembers(pgid).length > 0;
}

/** Pids of the live (non-zombie) members of process group `pgid`, from /proc (Linux). */
function groupMembers(pgid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // Exited while we looked.
    }
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
  }
  return members;
}

/**
 * Kills a service left behind by an earlier run that died without cleanup (e.g. kill -9 of a test
 * runner that also took the watchdog), identified by the group id in a pid file and a marker in a
 * member's command line, so a recycled pid of an unrelated process is never touched.
 */
export async function killStale(pidFile: string, marker: string): Promise<void> {
  let pgid: number;
  try {
    pgid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pgid) || pgid <= 1) return;
  const ours = groupMembers(pgid).some((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false;
    }
  });
  if (!ours) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    return;
  }
  const deadline = Date.now() + KILL_WAIT_MS;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(GROUP_POLL_MS);
}

/**
 * Makes a new directory `<base>/<prefix><pid>-XXXXXX` for this process, after removing the ones
 * whose owning process is gone: a run killed before its cleanup (Ctrl-C twice, kill -9, a crashed
 * test runner) would otherwise leave log and data directories behind for good. `beforeRemove` runs
 * first on each orphan, e.g. to kill a service still using it.
 */
export async function ownedTempDir(
  base: string,
  prefix: string,
  beforeRemove?: (dir: string) => Promise<void>,
): Promise<string> {
  await mkdir(base, { recursive: true });
  for (const name of await readdir(base)) {
    const owner = name.startsWith(prefix) ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (!owner || Number(owner) === process.pid || pidAlive(Number(owner))) continue;
    const dir = join(base, name);
    await beforeRemove?.(dir);
    await rm(dir, { recursive: true, force: true });
  }
  return mkdtemp(join(base, `${prefix}${process.pid}-`));
}

/** True if a process with this pid exists (ours or not). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it; a race with another binder is possible but rare). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new LocalServiceError('could not pick a free port'));
      });
    });
  });
}

/** True if something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => done(true));
  });
}

/** The last `maxBytes` of a log file, for error messages. */
export function tailFile(path: string, maxBytes = 4_000): string {
  try {
    const text = readFileSync(path, 'utf8');
    return text.length > maxBytes ? `…${text.slice(-maxBytes)}` : text;
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
