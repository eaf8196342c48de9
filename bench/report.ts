/**
 * Output helpers shared by the bench modes: a progress bar on stderr (so stdout stays a clean table
 * or JSON document), aligned tables, and the machine description every figure is reported with.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Progress {
  update(done: number): void;
  done(): void;
}

/**
 * A progress bar for runs longer than a few seconds. On a terminal it redraws one line; otherwise
 * (CI logs, redirected stderr) it prints a line per 10% so logs stay short.
 */
export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  const draw = (done: number, final: boolean) => {
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const elapsed = (performance.now() - started) / 1000;
    const eta = frac > 0 ? elapsed / frac - elapsed : 0;
    if (tty) {
      const width = 30;
      const filled = Math.round(frac * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${done}/${total} ${elapsed.toFixed(0)}s${final ? '' : ` eta ${eta.toFixed(0)}s`}   ${final ? '\n' : ''}`,
      );
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${(frac * 100).toFixed(0)}% (${done}/${total}, ${elapsed.toFixed(0)} s)\n`);
      }
    }
  };
  return {
    update(done) {
      const now = performance.now();
      if (tty && now - lastDraw < 200) return;
      lastDraw = now;
      draw(done, false);
    },
    done() {
      draw(total, true);
    },
  };
}

/** Formats rows as an aligned text table; numbers right-aligned. */
export function table(
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const cells = [headers.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) =>
    rows.every((r) => typeof r[i] === 'number' || r[i] === '' || r[i] === '-'),
  );
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Up to 4 significant digits, thousands separators for large numbers. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (Number.isInteger(n) || abs >= 1000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

export interface MachineInfo {
  node: string;
  cpu: string;
  cpus: number;
  memGiB: number;
  /** 1, 5 and 15 minute load averages at the start and end of the run. */
  loadStart: number[];
  loadEnd?: number[];
}

export function machineInfo(): MachineInfo {
  const c = cpus();
  return {
    node: process.version,
    cpu: c[0]?.model.trim() ?? 'unknown',
    cpus: c.length,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function finishMachineInfo(m: MachineInfo): MachineInfo {
  return { ...m, loadEnd: loadavg().map((x) => Math.round(x * 100) / 100) };
}

export function describeMachine(m: MachineInfo): string {
  return `${m.cpu}, ${m.cpus} CPUs, ${m.memGiB} GiB, Node ${m.node}; load ${m.loadStart.join(' ')}${m.loadEnd ? ` → ${m.loadEnd.join(' ')}` : ''}`;
}

/** Least-squares slope of y over x (0 when there are fewer than two points). */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const d = n * sxx - sx * sx;
  return d === 0 ? 0 : (n * sxy - sx * sy) / d;
}

/** Tiny flag parser shared by the modes: `--name value`, `--name=value`, boolean `--flag`. */
export function parseFlags(
  argv: readonly string[],
  spec: Readonly<Record<string, 'string' | 'boolean'>>,
  usage: string,
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument '${arg}'\n${usage}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new Error(`unknown option --${name}\n${usage}`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new Error(`--${name} takes no value\n${usage}`);
      out[name] = true;
    } else {
      const v = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`--${name} needs a value\n${usage}`);
      out[name] = v;
    }
  }
  return out;
}

export function positiveInt(name: string, v: string | boolean | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < 1)
    throw new Error(`--${name} must be a positive integer, got '${String(v)}'`);
  return Number(v);
}

export function positiveNumber(name: string, v: string | boolean | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} must be a positive number, got '${String(v)}'`);
  return n;
}
