/**
 * `npm run bench -- corpus --out DIR [--count N] [--seed S]`: writes the synthetic corpus as
 * `<name>.eml` files plus `manifest.jsonl` (one expected outcome per line, in generation order).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from '../../src/corpus/generate.js';

export const DEFAULT_COUNT = 1000;
export const DEFAULT_SEED = 42;

const USAGE = 'usage: bench corpus --out DIR [--count N] [--seed S]';

export interface CorpusArgs {
  out: string;
  count: number;
  seed: number;
}

/** Parses argv (without the `corpus` word). Throws with the usage line on bad input. */
export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  let out: string | undefined;
  let count = DEFAULT_COUNT;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--out':
        out = value();
        break;
      case '--count':
        count = integer(flag, value(), 0);
        break;
      case '--seed':
        seed = integer(flag, value(), Number.MIN_SAFE_INTEGER);
        break;
      case 'corpus':
        if (i === 0) break;
        throw new Error(`unexpected argument ${arg}\n${USAGE}`);
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  return { out, count, seed };
}

function integer(flag: string, v: string, min: number): number {
  if (!/^-?\d+$/.test(v)) throw new Error(`${flag} must be an integer, got '${v}'`);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, got '${v}'`);
  return n;
}

export async function run(argv: string[]): Promise<number> {
  let args: CorpusArgs;
  try {
    args = parseCorpusArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  await mkdir(args.out, { recursive: true });
  const manifest: string[] = [];
  const started = process.hrtime.bigint();
  let bytes = 0;
  let leads = 0;
  for (const email of generateCorpus({ count: args.count, seed: args.seed })) {
    const file = `${email.name}.eml`;
    await writeFile(join(args.out, file), email.raw);
    manifest.push(JSON.stringify({ file, bytes: email.raw.length, ...email.expected }));
    bytes += email.raw.length;
    if (email.expected.kind === 'lead') leads++;
  }
  await writeFile(join(args.out, 'manifest.jsonl'), manifest.length ? `${manifest.join('\n')}\n` : '');
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `wrote ${args.count} emails (${leads} leads, ${args.count - leads} non-leads, ${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${args.out} with seed ${args.seed} in ${secs.toFixed(2)} s\n`,
  );
  return 0;
}
