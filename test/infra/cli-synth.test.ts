import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;

describe('cdk synth (the CLI, as `npm run synth` runs it)', () => {
  it('works offline with no AWS credentials or region and writes the stack template', async () => {
    // Prepare: no AWS_* or CDK_DEFAULT_* variables, so nothing can be looked up in an account.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('CDK_DEFAULT_')),
    );
    const out = mkdtempSync(join(tmpdir(), 'leadstream-cli-'));
    // Act
    await run(join(ROOT, 'node_modules/.bin/cdk'), ['synth', '--quiet', '--output', out], {
      cwd: ROOT,
      env: { ...env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    });
    // Assess
    const template = JSON.parse(readFileSync(join(out, 'Leadstream.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string }>;
    };
    const types = new Set(Object.values(template.Resources).map((r) => r.Type));
    for (const type of [
      'AWS::Kinesis::Stream',
      'AWS::MSK::ServerlessCluster',
      'AWS::KinesisFirehose::DeliveryStream',
    ]) {
      expect(types).toContain(type);
    }
  }, 300_000);
});
