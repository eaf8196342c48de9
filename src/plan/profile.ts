import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { type Environment, environment } from '../config/environment.js';
import { leadstreamHome } from '../config/state-dir.js';

/**
 * What one email costs the processor, as measured by `npm run bench -- processor`. The planner turns
 * these into Lambda durations, Kafka bytes and Parquet bytes. The bench writes the latest result to
 * PROFILE_FILE under the state directory; without one, the planner uses DEFAULT_PROFILE and says so.
 */
export const processorProfileSchema = z.strictObject({
  kind: z.literal('leadstream.processor-profile'),
  version: z.literal(1),
  measuredAt: z.iso.datetime(),
  /** Where the figure came from: command line, host CPU, load average. */
  measuredWith: z.string(),
  emails: z.number().int().positive(),
  /** Single-core CPU time for the whole handler path (decode → encode), µs per email. */
  cpuMicrosPerEmail: z.number().positive(),
  /** Fraction of emails that become leads (the rest are rejected). */
  leadFraction: z.number().min(0).max(1),
  avgRawBytes: z.number().positive(),
  /** Avro-encoded Lead on the leads topic, bytes per lead. */
  avroBytesPerLead: z.number().positive(),
  /** The analytics record as the JSON Firehose receives, bytes per lead. */
  analyticsJsonBytesPerLead: z.number().positive(),
  /** A rejection notice on the rejected topic, bytes per rejected email. */
  rejectedBytesPerEmail: z.number().positive(),
});
export type ProcessorProfile = z.infer<typeof processorProfileSchema>;

export const PROFILE_FILE = 'bench/processor-profile.json';

export function profilePath(
  env: Pick<Environment, 'LEADSTREAM_HOME' | 'XDG_CACHE_HOME'> = environment(),
): string {
  return join(leadstreamHome(env), PROFILE_FILE);
}

/**
 * Measured with `npm run bench -- processor --count 100000 --no-baselines` on the seeded corpus
 * (2026-11-27, 2-vCPU AMD EPYC, shared: load 10–15, so the CPU time per email is used, not the
 * wall time, which contention inflated 5×). Used when no local bench result exists, so `plan` works
 * on a fresh clone; run the bench on your machine for your own figure.
 */
export const DEFAULT_PROFILE: ProcessorProfile = {
  kind: 'leadstream.processor-profile',
  version: 1,
  measuredAt: '2026-11-27T12:21:00.000Z',
  measuredWith: 'built-in default: npm run bench -- processor --count 100000 (AMD EPYC, 2 vCPU, load 10-15)',
  emails: 98_000,
  cpuMicrosPerEmail: 1_919,
  leadFraction: 0.866,
  avgRawBytes: 6_121,
  avroBytesPerLead: 413,
  analyticsJsonBytesPerLead: 547,
  rejectedBytesPerEmail: 5_618,
};

export type ProfileSource = { kind: 'measured'; path: string } | { kind: 'default'; reason: string };

/** Reads the latest bench profile; falls back to DEFAULT_PROFILE (never throws for a missing file). */
export async function loadProfile(
  path: string = profilePath(),
): Promise<{ profile: ProcessorProfile; source: ProfileSource }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { profile: DEFAULT_PROFILE, source: { kind: 'default', reason: `no bench result at ${path}` } };
    }
    throw err;
  }
  let parsed: ReturnType<typeof processorProfileSchema.safeParse>;
  try {
    parsed = processorProfileSchema.safeParse(JSON.parse(text));
  } catch {
    return { profile: DEFAULT_PROFILE, source: { kind: 'default', reason: `${path} is not valid JSON` } };
  }
  if (!parsed.success) {
    return {
      profile: DEFAULT_PROFILE,
      source: { kind: 'default', reason: `${path} is not a processor profile (re-run the bench)` },
    };
  }
  return { profile: parsed.data, source: { kind: 'measured', path } };
}
