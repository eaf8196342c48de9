import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

it('a command that loads the AWS SDK prints no Node-version warning, only its own one-line error', async () => {
  // Prepare: `send` without credentials builds a Kinesis client and fails fast, without a network call.
  const dir = await mkdtemp(join(tmpdir(), 'leadstream-bin-'));
  const email = join(dir, 'one.eml');
  await writeFile(email, 'From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\n\r\nhello\r\n');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    LEADSTREAM_HOME: dir,
    AWS_PROFILE: 'leadstream-test-no-such-profile',
    AWS_CONFIG_FILE: join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: 'us-east-1',
  };
  // Act
  const result = await exec('node', ['bin/leadstream.js', 'send', '--quiet', email], { cwd: ROOT, env }).then(
    () => ({ code: 0, stderr: '' }),
    (err: { code: number; stderr: string }) => err,
  );
  // Assess
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    'leadstream send: first failure: CredentialsProviderError: Could not load credentials from any providers\n',
  );
}, 60_000);
