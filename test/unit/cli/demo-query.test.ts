import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { analyticsRecord } from '../../helpers/factories.js';

// A leadstream home of its own, set before the modules load: the environment is parsed once, on
// first use, and some module reads it as it loads.
const home = await mkdtemp(join(tmpdir(), 'leadstream-demo-query-'));
vi.stubEnv('LEADSTREAM_HOME', home);
vi.stubEnv('LEADSTREAM_S3_DIR', undefined);
const { demoOptions } = await import('../../../src/cli/commands/demo.js');
const { run: query } = await import('../../../src/cli/commands/query.js');
const { createParquetDelivery } = await import('../../../src/local/parquet-delivery.js');
const { localPaths } = await import('../../../src/local/stack.js');
const { localS3Dir } = await import('../../../src/local/paths.js');
const { encodeAnalytics } = await import('../../../src/processors/stages/encode.js');
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(home, { recursive: true, force: true });
});

it('`leadstream query` without --dir reads the Parquet that `npm start` (the demo) writes', async () => {
  // Prepare: write a lead where the demo's stack delivers Firehose's Parquet, as its defaults resolve.
  const opts = demoOptions({});
  expect(localS3Dir().startsWith(home)).toBe(true);
  const delivery = createParquetDelivery({
    dir: localPaths(opts.dataDir).bucketDir,
    bufferBytes: 1 << 20,
    bufferIntervalMs: 60_000,
  });
  await delivery.put('s', [encodeAnalytics(analyticsRecord())]);
  await delivery.close();
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  // Act: the README's example, no --dir.
  const code = await query(['--json', 'SELECT source, count(*) AS leads FROM analytics GROUP BY 1']);
  // Assess
  const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
  stdout.mockRestore();
  expect(code).toBe(0);
  expect(JSON.parse(printed)).toEqual({ source: 'web_form', leads: 1 });
});
