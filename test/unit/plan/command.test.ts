import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseContext, run } from '../../../src/cli/commands/plan.js';
import { PROFILE } from './fixtures.js';

describe('leadstream plan', () => {
  let stdout: string;
  let stderr: string;
  let profilePath: string;

  beforeEach(async () => {
    stdout = '';
    stderr = '';
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
      stdout += `${a.join(' ')}\n`;
    });
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
      stderr += `${a.join(' ')}\n`;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    const dir = await mkdtemp(join(tmpdir(), 'plan-cmd-'));
    profilePath = join(dir, 'profile.json');
    await writeFile(profilePath, JSON.stringify(PROFILE));
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints the plan as JSON with --json, using the given profile and deployment settings', async () => {
    // Act
    const code = await run([
      '--rate',
      '1000',
      '--avg-kb',
      '4',
      '--profile',
      profilePath,
      '-c',
      'streamMode=PROVISIONED',
      '-c',
      'shardCount=10',
      '--json',
    ]);
    // Assess
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.profileSource).toEqual({ kind: 'measured', path: profilePath });
    expect(plan.scale.kinesis.provisioned.configuredShards).toBe(10);
    expect(plan.cost.byService.Kinesis).toBeCloseTo(146.292, 3);
  });

  it('prints the five sections as text', async () => {
    const code = await run(['--rate', '50', '--avg-kb', '10', '--profile', profilePath]);
    expect(code).toBe(0);
    for (const title of [
      '1. Scale',
      '2. Durability',
      '3. Persistence',
      '4. Retry / failure handling',
      '5. Pricing',
    ]) {
      expect(stdout).toContain(title);
    }
  });

  it.each([
    { argv: ['--avg-kb', '4'], error: /--rate and --avg-kb are required/ },
    {
      argv: ['--rate', 'lots', '--avg-kb', '4'],
      error: /^leadstream plan: --rate must be a number, got 'lots'\n$/,
    },
    {
      argv: ['--rate', '0', '--avg-kb', '4'],
      error: /^leadstream plan: --rate must be greater than 0, got '0'\n$/,
    },
    {
      argv: ['--rate', '10', '--avg-kb', '4', '--peak-factor', '0.5'],
      error: /--peak-factor must be 1 or more/,
    },
    {
      argv: ['--rate', '10', '--avg-kb', '4', '--consumers', '1.5'],
      error: /--consumers must be a whole number/,
    },
    {
      argv: ['--rate', '10', '--avg-kb', '4', '-c', 'bogusKey=1'],
      error: /^leadstream plan: unknown setting 'bogusKey' \(settings: streamMode, /,
    },
    {
      argv: ['--rate', '10', '--avg-kb', '4', '-c', 'shardcount=4'],
      error: /unknown setting 'shardcount' \(did you mean 'shardCount'\?\)/,
    },
    { argv: ['--rate', '10', '--avg-kb', '4', '--arch', 'sparc'], error: /--arch must be/ },
    { argv: ['--rate', '10', '--avg-kb', '4', '--bogus'], error: /Unknown option/ },
    { argv: ['--rate', '10', '--avg-kb', '4', '-c', 'memoryMiB'], error: /KEY=VALUE/ },
  ])('exits 2 on bad usage: $argv', async ({ argv, error }) => {
    expect(await run(argv)).toBe(2);
    expect(stderr).toMatch(error);
  });

  it('exits 2 on an invalid deployment setting, naming it', async () => {
    expect(
      await run([
        '--rate',
        '10',
        '--avg-kb',
        '4',
        '--profile',
        profilePath,
        '-c',
        'parallelizationFactor=11',
      ]),
    ).toBe(2);
    expect(stderr).toMatch(/parallelizationFactor/);
  });

  it('splits -c pairs at the first =', () => {
    expect(parseContext(['alarmEmail=a=b@example.com'])).toEqual({ alarmEmail: 'a=b@example.com' });
  });
});
