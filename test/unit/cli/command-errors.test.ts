/**
 * Each command's errors: one line `leadstream <command>: <cause>` on stderr, exit 2 for usage errors
 * and 1 for failures (src/cli/exit.ts). The commands run in-process; the one Kinesis endpoint is a
 * tiny HTTP server answering as Kinesis does for a stream that does not exist.
 */
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as demo } from '../../../src/cli/commands/demo.js';
import { run as send } from '../../../src/cli/commands/send.js';
import { run as stack } from '../../../src/cli/commands/stack.js';

let stderr: string;
let stdout: string;
let dir: string;
let email: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leadstream-cli-errors-'));
  email = join(dir, 'one.eml');
  await writeFile(email, 'From: a@example.com\r\nTo: b+acme@example.com\r\nSubject: hi\r\n\r\nhello\r\n');
});

beforeEach(() => {
  stderr = '';
  stdout = '';
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
    stderr += `${a.join(' ')}\n`;
  });
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    stdout += `${a.join(' ')}\n`;
  });
  vi.stubEnv('LEADSTREAM_CONFIG', '');
  vi.stubEnv('KINESIS_ENDPOINT', undefined);
  vi.stubEnv('CLAIM_CHECK_DIR', dir);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('leadstream send', () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-errortype': 'ResourceNotFoundException',
        });
        res.end(
          JSON.stringify({
            __type: 'ResourceNotFoundException',
            message: 'Stream nope under account 000000000000 not found.',
          }),
        );
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('names the first failure after the counts when a record is not accepted (missing stream), exit 1', async () => {
    const code = await send(['--quiet', '--endpoint', endpoint, '--stream', 'nope', email]);
    expect(code).toBe(1);
    expect(stdout).toBe('sent 0, retried 0, failed 1\n');
    expect(stderr).toBe(
      'leadstream send: first failure: ResourceNotFoundException: Stream nope under account 000000000000 not found.\n',
    );
  });

  it('names a refused connection (nothing listening on the port), exit 1', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const code = await send([
      '--quiet',
      '--endpoint',
      `http://127.0.0.1:${port}`,
      '--stream',
      'leads',
      email,
    ]);
    expect(code).toBe(1);
    // A refused connection may be a server still starting: retried, then counted as failed.
    expect(stdout).toMatch(/^sent 0, retried \d+, failed 1\n$/);
    expect(stderr).toMatch(/^leadstream send: first failure: .*ECONNREFUSED.*\n$/);
  });

  it('names missing credentials, exit 1', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    vi.stubEnv('AWS_SESSION_TOKEN', undefined);
    vi.stubEnv('AWS_PROFILE', 'leadstream-test-no-such-profile');
    vi.stubEnv('AWS_CONFIG_FILE', join(dir, 'no-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'no-credentials'));
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const code = await send(['--quiet', email]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'leadstream send: first failure: CredentialsProviderError: Could not load credentials from any providers\n',
    );
  });

  it('rejects a malformed endpoint URL before sending, exit 2', async () => {
    expect(await send(['--endpoint', 'localhost:4567', email])).toBe(2);
    expect(stderr).toBe("leadstream send: --endpoint must be an http(s) URL, got 'localhost:4567'\n");
    expect(stdout).toBe('');
  });

  it('reports a bad --config file in one line, exit 2', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'version: 1\nbusinesses: { defaultRegion: XX }\n');
    expect(await send(['--endpoint', endpoint, '--config', bad, email])).toBe(2);
    expect(stderr.trim().split('\n')[0]).toMatch(/^leadstream send: .*bad\.yaml/);
    expect(stderr).toContain('businesses.defaultRegion');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a missing input file in one line, exit 2', async () => {
    expect(await send(['--endpoint', endpoint, join(dir, 'missing.eml')])).toBe(2);
    expect(stderr).toMatch(/^leadstream send: cannot read .*missing\.eml: ENOENT.*\n$/);
  });
});

describe('leadstream stack and demo check numbers before starting anything', () => {
  it.each([
    [['--shards', 'abc'], "leadstream stack: --shards must be a number, got 'abc'\n"],
    [['--shards', '0'], "leadstream stack: --shards must be at least 1, got '0'\n"],
    [['--batch-size', '2.5'], "leadstream stack: --batch-size must be a whole number, got '2.5'\n"],
    [
      ['--smtp-port', '70000'],
      "leadstream stack: --smtp-port must be a port number (0-65535), got '70000'\n",
    ],
  ])('stack %o exits 2', async (argv, message) => {
    expect(await stack(argv)).toBe(2);
    expect(stderr).toBe(message);
  });

  it.each([
    [['--count', 'many'], "leadstream demo: --count must be a number, got 'many'\n"],
    [['--shards=-1'], "leadstream demo: --shards must be at least 1, got '-1'\n"],
  ])('demo %o exits 2', async (argv, message) => {
    expect(await demo(argv)).toBe(2);
    expect(stderr).toBe(message);
  });
});
