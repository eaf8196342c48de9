import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { leadstreamHome } from '../../src/config/state-dir.js';

const run = promisify(execFile);
const REQUIREMENTS = new URL('../python-requirements.txt', import.meta.url);

/**
 * Returns the path of a Python interpreter in a cached venv that has test/python-requirements.txt
 * installed (fastavro, pyarrow, cfn-lint: independent checkers of what we write). The venv is keyed
 * by the requirements' hash, so a change to the pins builds a fresh one.
 */
export async function pythonWithCheckers(): Promise<string> {
  const requirements = await readFile(REQUIREMENTS, 'utf8');
  const hash = createHash('sha256').update(requirements).digest('hex').slice(0, 12);
  const venv = join(leadstreamHome(), `venv-${hash}`);
  const python = join(venv, 'bin', 'python');
  const ready = join(venv, '.installed');
  if (!existsSync(ready)) {
    await run('python3', ['-m', 'venv', venv]);
    await run(
      python,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS.pathname],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    await run('touch', [ready]);
  }
  return python;
}

/** Runs a Python snippet with the checkers' venv; returns stdout. Input is passed on stdin. */
export async function runPython(script: string, args: string[] = []): Promise<string> {
  const python = await pythonWithCheckers();
  const { stdout } = await run(python, ['-c', script, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
