import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { startLocalStack } from '../../../src/local/stack.js';

// A Kinesis server that reports its first-run build through the logger it is given, then fails, so
// the stack stops right there: what matters is whether the stack handed its logger on.
vi.mock('../../../src/local/kinesis-server.js', () => ({
  startKinesisServer: async (options: { log?: (line: string) => void }) => {
    options.log?.('kinesis: building the Kinesis server with cargo, once');
    throw new Error('test stops here');
  },
}));

it('passes its logger to the Kinesis server, so the first-run build prints its progress', async () => {
  const lines: string[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'leadstream-stack-progress-'));
  await expect(
    startLocalStack({ dataDir, kafkaBootstrap: '127.0.0.1:9', log: (line) => lines.push(line) }),
  ).rejects.toThrow('test stops here');
  expect(lines).toContain('kinesis: building the Kinesis server with cargo, once');
});
