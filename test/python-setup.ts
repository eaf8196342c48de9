import { pythonWithCheckers } from './helpers/python.js';

/**
 * Vitest global setup: builds the Python checkers' venv (fastavro, pyarrow, cfn-lint) once, before
 * any test file runs, so a first install never eats into a test's own timeout. A missing python3 or
 * pip fails here with one line saying what to install.
 */
export default async function setup(): Promise<void> {
  const started = Date.now();
  await pythonWithCheckers();
  const ms = Date.now() - started;
  if (ms > 1000) console.log(`[python] checkers' venv ready in ${ms} ms`);
}
