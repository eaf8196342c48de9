import { join } from 'node:path';
import { type Environment, environment } from '../config/environment.js';
import { leadstreamHome } from '../config/state-dir.js';

/**
 * Where the local stack keeps what would be in S3 in AWS: the Firehose delivery writes under it and
 * `leadstream query` reads from it, so both must take the directory from here.
 *
 *   <dir>/analytics/dt=YYYY-MM-DD/*.parquet   the analytics table (Athena: s3://bucket/analytics/)
 *   <dir>/analytics-errors/…                  Firehose's error output
 *
 * Override with LEADSTREAM_S3_DIR.
 */
export function localS3Dir(
  env: Pick<Environment, 'LEADSTREAM_S3_DIR' | 'LEADSTREAM_HOME' | 'XDG_CACHE_HOME'> = environment(),
): string {
  return env.LEADSTREAM_S3_DIR ?? join(leadstreamHome(env), 'data', 's3');
}
