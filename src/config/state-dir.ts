import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Environment, environment } from './environment.js';

/**
 * Where local runs keep downloaded tools (Kafka jars, the Kinesis server, the Python venv) and
 * local state (the HMAC key file, data directories). Outside the repo so a clean clone stays clean
 * and downloads are reused across clones. Override with LEADSTREAM_HOME.
 */
export function leadstreamHome(
  env: Pick<Environment, 'LEADSTREAM_HOME' | 'XDG_CACHE_HOME'> = environment(),
): string {
  return env.LEADSTREAM_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'leadstream');
}
