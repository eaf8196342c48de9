import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  freePort,
  groupAlive,
  killStale,
  ownedTempDir,
  portOpen,
  sleep,
  spawnGroup,
  tailFile,
} from '../../../src/local/process-group.js';

async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(20);
  }
  return check();
}

describe('spawnGroup', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'process-group-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops the whole group, children included, and reports a clean stop', async () => {
    // Prepare: a service that forks a helper of its own.
    const proc = spawnGroup('sh', ['-c', 'sleep 60 & sleep 60; wait'], { logFile: join(dir, 'log') });
    expect(await waitFor(() => groupAlive(proc.pid))).toBe(true);

    // Act
    const clean = await proc.stop(2_000);

    // Assess
    expect(clean).toBe(true);
    expect(groupAlive(proc.pid)).toBe(false);
  });

  it('falls back to SIGKILL when the group ignores SIGTERM', async () => {
    const proc = spawnGroup('sh', ['-c', "trap '' TERM; sleep 60 & wait"], { logFile: join(dir, 'log') });
    await sleep(200);

    const started = Date.now();
    const clean = await proc.stop(300);

    expect(clean).toBe(false);
    expect(groupAlive(proc.pid)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('appends stdout and stderr to the log file', async () => {
    const logFile = join(dir, 'log');
    const proc = spawnGroup('sh', ['-c', 'echo out; echo err >&2'], { logFile });
    const { code } = await proc.exited;

    expect(code).toBe(0);
    expect(await readFile(logFile, 'utf8')).toBe('out\nerr\n');
    expect(tailFile(logFile, 4)).toBe('…err\n');
  });

  it('kills the service when the Node process that started it dies by SIGKILL', async () => {
    // Prepare: a separate Node process starts a group, prints its pid, then is killed with -9,
    // which runs no exit hook. Only the watchdog can clean up.
    const script = `
      import { spawnGroup } from ${JSON.stringify(new URL('../../../src/local/process-group.ts', import.meta.url).pathname)};
      const p = spawnGroup('sleep', ['60'], { logFile: ${JSON.stringify(join(dir, 'log'))} });
      console.log(p.pid);
      setInterval(() => {}, 1000);
    `;
    await writeFile(join(dir, 'parent.mts'), script);
    const parent = spawn(process.execPath, ['--import', 'tsx', join(dir, 'parent.mts')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve) =>
      parent.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
    );
    expect(groupAlive(pid)).toBe(true);

    // Act
    parent.kill('SIGKILL');

    // Assess
    expect(await waitFor(() => !groupAlive(pid))).toBe(true);
  });
});

describe('killStale', () => {
  it('kills a leftover process named by a pid file only if its command line carries the marker', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'stale-'));
    const marker = join(dir, 'marker-arg');
    const leftover = spawn('sh', ['-c', 'sleep 60', marker], { detached: true, stdio: 'ignore' });
    const bystander = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    await writeFile(join(dir, 'a.pid'), String(leftover.pid));
    await writeFile(join(dir, 'b.pid'), String(bystander.pid));

    // Act
    await killStale(join(dir, 'a.pid'), marker);
    await killStale(join(dir, 'b.pid'), marker);
    await killStale(join(dir, 'missing.pid'), marker);

    // Assess
    expect(await waitFor(() => !groupAlive(leftover.pid as number))).toBe(true);
    expect(groupAlive(bystander.pid as number)).toBe(true);
    process.kill(-(bystander.pid as number), 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });
  it('kills a leftover group whose leader (the watchdog shell) is already gone', async () => {
    // Prepare: the leader starts a member carrying the marker, then exits.
    const dir = await mkdtemp(join(tmpdir(), 'stale-'));
    const marker = join(dir, 'marker-arg');
    const leader = spawn('sh', ['-c', 'sh -c "sleep 60; :" "$1" & exit 0', 'sh', marker], {
      detached: true,
      stdio: 'ignore',
    });
    await new Promise((resolve) => leader.once('exit', resolve));
    const pgid = leader.pid as number;
    expect(await waitFor(() => groupAlive(pgid))).toBe(true);
    await writeFile(join(dir, 'a.pid'), String(pgid));

    // Act
    await killStale(join(dir, 'a.pid'), marker);

    // Assess
    expect(groupAlive(pgid)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('ownedTempDir', () => {
  it("removes directories of dead owners, keeps live owners' and foreign names, and makes a new one", async () => {
    // Prepare: a pid that is certainly dead (a process that has exited) and one that is alive.
    const base = await mkdtemp(join(tmpdir(), 'owned-'));
    const dead = spawn('true');
    await new Promise((resolve) => dead.once('exit', resolve));
    const alive = spawn('sleep', ['60']);
    await mkdir(join(base, `svc-${dead.pid}-abc`));
    await mkdir(join(base, `svc-${alive.pid}-def`));
    await mkdir(join(base, 'svc-notapid'));
    await mkdir(join(base, `other-${dead.pid}-ghi`));
    const swept: string[] = [];

    // Act
    const mine = await ownedTempDir(base, 'svc-', async (dir) => {
      swept.push(dir);
    });

    // Assess
    expect(swept).toEqual([join(base, `svc-${dead.pid}-abc`)]);
    expect((await readdir(base)).sort()).toEqual(
      [`other-${dead.pid}-ghi`, `svc-${alive.pid}-def`, 'svc-notapid', mine.slice(base.length + 1)].sort(),
    );
    expect(mine.startsWith(join(base, `svc-${process.pid}-`))).toBe(true);
    alive.kill('SIGKILL');
    await rm(base, { recursive: true, force: true });
  });
});

describe('freePort and portOpen', () => {
  it('finds a port nobody listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await portOpen(port)).toBe(false);
  });

  it('sees a listener', async () => {
    const port = await freePort();
    const server = spawn(
      process.execPath,
      ['-e', `require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('up'))`],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise((resolve) => server.stdout.once('data', resolve));
    try {
      expect(await portOpen(port)).toBe(true);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
