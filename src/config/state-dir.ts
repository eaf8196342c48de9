import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where local runs keep downloaded tools (Kafka jars, the Kinesis server, the Python venv) and
 * local state (the HMAC key file, data directories). Outside the repo so a clean clone stays clean
 * and downloads are reused across clones. Override with LEADSTREAM_HOME.
 */
export function leadstreamHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEADSTREAM_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'leadstream');
}
