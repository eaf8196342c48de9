/**
 * The layering rules (.dependency-cruiser.cjs, drawn in docs/architecture.md) and the unused-code
 * check (knip.json), run from the test suite so CI, which runs `npm test`, enforces what
 * `npm run lint` enforces.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function run(bin: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['--no-install', bin, ...args], {
      cwd: ROOT,
      timeout: 240_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('codebase structure', () => {
  it('has no import cycles, no src → bench/infra imports, no I/O in stages and no upward imports', async () => {
    const { code, output } = await run('depcruise', [
      'src',
      'infra',
      'bench',
      '--config',
      '.dependency-cruiser.cjs',
    ]);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  }, 240_000);

  it('has no unused files, exports or dependencies', async () => {
    const { code, output } = await run('knip', ['--no-progress']);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
  }, 240_000);
});
