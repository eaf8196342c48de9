import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { leadstreamHome } from '../../src/config/state-dir.js';

const run = promisify(execFile);
const REQUIREMENTS = new URL('../python-requirements.txt', import.meta.url);

/** A first install of the pinned wheels (pyarrow is ~40 MB) on a slow link or a busy machine. */
export const PYTHON_SETUP_BUDGET_MS = 15 * 60 * 1000;

/**
 * Returns the path of a Python interpreter in a cached venv that has test/python-requirements.txt
 * installed (fastavro, pyarrow, cfn-lint: independent checkers of what we write). The venv is keyed
 * by the requirements' hash, so a change to the pins builds a fresh one. Global setup calls this once
 * before any test runs (test/python-setup.ts), so no test pays for the install inside its own timeout;
 * the venv is built under a temporary name and renamed, so an interrupted install is never taken
 * for a finished one.
 */
export async function pythonWithCheckers(): Promise<string> {
  const requirements = await readFile(REQUIREMENTS, 'utf8');
  const hash = createHash('sha256').update(requirements).digest('hex').slice(0, 12);
  const venv = join(leadstreamHome(), `venv-${hash}`);
  const python = join(venv, 'bin', 'python');
  const ready = join(venv, '.installed');
  if (existsSync(ready)) return python;
  await rm(venv, { recursive: true, force: true }); // an install interrupted before this scheme
  const staging = `${venv}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(leadstreamHome(), { recursive: true });
  try {
    await run('python3', ['-m', 'venv', staging]);
  } catch (e) {
    throw new Error(
      `python3 with the venv module is needed for the test suite's independent checkers (fastavro, pyarrow, cfn-lint): ${missing(e)}`,
    );
  }
  const stagedPython = join(staging, 'bin', 'python');
  try {
    await run(
      stagedPython,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', fileURLToPath(REQUIREMENTS)],
      { maxBuffer: 16 * 1024 * 1024, timeout: PYTHON_SETUP_BUDGET_MS },
    );
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`pip could not install test/python-requirements.txt into a venv: ${missing(e)}`);
  }
  await writeFile(join(staging, '.installed'), '');
  await rename(staging, venv).catch(async (e: NodeJS.ErrnoException) => {
    // Another process finished the same venv first: use theirs.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(ready)) throw e;
  });
  return python;
}

function missing(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { stderr?: string };
  if (err.code === 'ENOENT') return 'python3 is not on PATH (Debian: apt-get install python3 python3-venv)';
  if (err.code === 'ETIMEDOUT' || (err as { killed?: boolean }).killed)
    return `it took longer than ${PYTHON_SETUP_BUDGET_MS / 60_000} minutes`;
  return (err.stderr ?? err.message ?? String(e)).trim().split('\n').slice(-3).join(' ');
}

/** Runs a Python snippet with the checkers' venv; returns stdout. Input is passed on stdin. */
export async function runPython(script: string, args: string[] = []): Promise<string> {
  const python = await pythonWithCheckers();
  const { stdout } = await run(python, ['-c', script, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export interface CfnLintFinding {
  rule: string;
  message: string;
  line: number;
}

/**
 * cfn-lint's findings for a synthesized template, in the regions we document. W3005 (a DependsOn
 * already implied by a GetAtt) is ignored: CDK adds an explicit DependsOn from every Lambda function
 * to its role. It is redundant, not wrong, and not ours to remove.
 */
export async function cfnLint(templatePath: string): Promise<CfnLintFinding[]> {
  const script = `
import json, sys
from pathlib import Path
from cfnlint.api import lint_file
from cfnlint.config import ManualArgs
matches = lint_file(Path(sys.argv[1]), config=ManualArgs(ignore_checks=['W3005'], regions=['us-east-1', 'eu-west-1']))
print(json.dumps([{'rule': m.rule.id, 'message': m.message, 'line': m.linenumber} for m in matches]))
`;
  return JSON.parse(await runPython(script, [templatePath])) as CfnLintFinding[];
}
