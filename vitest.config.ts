import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report is what .ci/run reads to print "N passed, N failed".
    reporters: ['default', ['json', { outputFile: '.leadstream/test-results.json' }]],
    // Global teardown stops the Kafka broker (a clean shutdown takes a few seconds).
    teardownTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          // The Python checkers' venv is built once here, not inside a test's timeout.
          globalSetup: ['test/python-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Starts one Kafka broker and one Kinesis server for the run (fetched/built on first use).
          globalSetup: ['test/python-setup.ts', 'test/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // The files share those two servers and two cores; one file at a time keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
