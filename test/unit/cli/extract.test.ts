import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerDate } from '../../../src/cli/commands/extract.js';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'test/fixtures/unit';
/** The fixtures are flat: one .eml file per email. */
const emlFilesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const home = await mkdtemp(join(tmpdir(), 'leadstream-cli-'));
  env = {
    ...process.env,
    LEADSTREAM_HOME: home,
    LEADSTREAM_HMAC_KEY: '11'.repeat(32),
    LEADSTREAM_CONFIG: '',
  };
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', ['bin/leadstream.js', 'extract', ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('leadstream extract', () => {
  it('--json prints one object per email per line, recursing into directories', async () => {
    // Act
    const { code, stdout } = await cli(['--json', FIXTURES]);
    // Assess
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe(emlFilesIn(FIXTURES));
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['analytics', 'detail', 'file', 'lead', 'reason', 'status']);
      expect(l.file.startsWith(FIXTURES)).toBe(true);
    }
    const jane = lines.find((l) => l.file.endsWith('web-form-en-plain.eml'));
    expect(jane).toMatchObject({
      status: 'lead',
      reason: null,
      lead: {
        receivedAt: '2026-03-03T10:00:00.000Z',
        contact: { email: 'jane.doe@example.com' },
        source: 'web_form',
      },
      analytics: { source: 'web_form' },
    });
    expect(JSON.stringify(jane.analytics)).not.toContain('jane.doe@example.com');
    const bounce = lines.find((l) => l.file.endsWith('delivery-report.eml'));
    expect(bounce).toEqual({
      file: `${FIXTURES}/delivery-report.eml`,
      status: 'rejected',
      lead: null,
      analytics: null,
      reason: 'delivery_report',
      detail: 'multipart/report (RFC 6522)',
    });
  }, 60_000);

  it('reports unreadable files as errors with exit code 1 and prints a summary without --json', async () => {
    const { code, stdout } = await cli([`${FIXTURES}/adf-body.eml`, 'does/not/exist.eml']);
    expect(code).toBe(1);
    expect(stdout).toContain('lead      test/fixtures/unit/adf-body.eml');
    expect(stdout).toContain('error     does/not/exist.eml  cannot read file (ENOENT)');
    expect(stdout).toContain('2 email(s): 1 lead(s), 0 rejected, 1 error(s)');
  }, 60_000);

  it('exits 2 on usage and config errors', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--bogus', FIXTURES])).code).toBe(2);
    const dir = await mkdtemp(join(tmpdir(), 'leadstream-cli-cfg-'));
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'version: 1\nprofiles:\n  - { id: x, source: other, match: { subject: "(" } }\n');
    const r = await cli(['--config', bad, FIXTURES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('profiles[0].match.subject: Invalid regular expression');
  }, 60_000);
});

describe('headerDate', () => {
  it('reads a valid Date header and ignores a missing or invalid one', () => {
    expect(
      headerDate(
        Buffer.from('Subject: x\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000 (UTC)\r\n\r\nDate: no'),
      )?.toISOString(),
    ).toBe('2026-03-03T10:00:00.000Z');
    expect(headerDate(Buffer.from('Subject: x\r\n\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000'))).toBeNull();
    expect(headerDate(Buffer.from('Date: not a date\r\n\r\n'))).toBeNull();
  });
});
