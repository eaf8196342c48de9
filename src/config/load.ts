import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { type Environment, environment } from './environment.js';
import { configSchema, type LeadstreamConfig } from './schema.js';

/** The rules shipped with leadstream; a user file is merged over them. */
export const DEFAULT_RULES_PATH = fileURLToPath(new URL('./default-rules.yaml', import.meta.url));

/**
 * Loads the shipped rules merged with an optional user file (`path`, else $LEADSTREAM_CONFIG).
 * Merge rules: `limits`, `businesses`, `analytics` and `triage` are merged key by key (user wins;
 * the `recipients`/`regions` maps and triage's per-business rules are merged too); user `profiles` come first so they are tried before
 * the shipped ones, and a user profile with a shipped profile's `id` replaces it.
 * Throws ConfigError naming the key path (`profiles[2].match.subject: Invalid regular expression…`).
 */
export async function loadConfig(
  path?: string,
  env: Pick<Environment, 'LEADSTREAM_CONFIG'> = environment(),
): Promise<LeadstreamConfig> {
  const defaults = await readYaml(DEFAULT_RULES_PATH);
  const userPath = path ?? env.LEADSTREAM_CONFIG;
  if (!userPath) return validate(defaults, DEFAULT_RULES_PATH);
  const user = await readYaml(userPath);
  // Validate the user file alone first so error paths point into the file the user wrote.
  validate(user, userPath);
  return validate(mergeConfigs(defaults, user as Record<string, unknown>), userPath);
}

/** Parses and validates an in-memory config object (tests, embedding). */
export function parseConfig(raw: unknown, origin = 'config'): LeadstreamConfig {
  return validate(raw, origin);
}

/** Shipped rules merged with a user object, without validation. Exported for tests. */
export function mergeConfigs(base: unknown, user: Record<string, unknown>): Record<string, unknown> {
  const b = (isObject(base) ? base : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...b, version: user.version ?? b.version };
  for (const key of ['limits', 'analytics'] as const) {
    if (user[key] !== undefined) out[key] = mergeShallow(b[key], user[key]);
  }
  if (user.businesses !== undefined) {
    const bb = (isObject(b.businesses) ? b.businesses : {}) as Record<string, unknown>;
    const ub = user.businesses;
    if (isObject(ub)) {
      out.businesses = {
        ...bb,
        ...ub,
        recipients: mergeShallow(bb.recipients, ub.recipients),
        regions: mergeShallow(bb.regions, ub.regions),
      };
    } else out.businesses = ub;
  }
  if (user.triage !== undefined) {
    const bt = (isObject(b.triage) ? b.triage : {}) as Record<string, unknown>;
    const ut = user.triage;
    out.triage = isObject(ut) ? { ...bt, ...ut, businesses: mergeShallow(bt.businesses, ut.businesses) } : ut;
  }
  for (const key of Object.keys(user)) {
    if (!(key in out) && key !== 'profiles') out[key] = user[key]; // unknown keys: let the strict schema name them
  }
  const userProfiles = Array.isArray(user.profiles) ? user.profiles : [];
  const ids = new Set(userProfiles.map((p) => (isObject(p) ? p.id : undefined)));
  const baseProfiles = Array.isArray(b.profiles) ? b.profiles : [];
  out.profiles = [...userProfiles, ...baseProfiles.filter((p) => !(isObject(p) && ids.has(p.id)))];
  return out;
}

function mergeShallow(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (!isObject(a) || !isObject(b)) return b;
  return { ...a, ...b };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function readYaml(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read config file ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return parseYaml(text);
  } catch (cause) {
    throw new ConfigError(`${path}: not valid YAML/JSON: ${(cause as Error).message}`, { cause });
  }
}

function validate(raw: unknown, origin: string): LeadstreamConfig {
  const result = configSchema.safeParse(raw);
  if (result.success) {
    checkProfileIds(result.data, origin);
    return result.data;
  }
  const lines = result.error.issues.map((i) => `${formatPath(i.path)}: ${issueMessage(i)}`);
  throw new ConfigError(`invalid config ${origin}:\n  ${lines.join('\n  ')}`, {
    context: { origin, firstKey: formatPath(result.error.issues[0]?.path ?? []) },
  });
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

function checkProfileIds(config: LeadstreamConfig, origin: string): void {
  const seen = new Set<string>();
  config.profiles.forEach((p, i) => {
    if (seen.has(p.id)) {
      throw new ConfigError(
        `invalid config ${origin}:\n  profiles[${i}].id: duplicate profile id '${p.id}'`,
        {
          context: { origin, firstKey: `profiles[${i}].id` },
        },
      );
    }
    seen.add(p.id);
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(root)';
}
