import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, mergeConfigs, parseConfig } from '../../../src/config/load.js';
import { DEFAULT_MAX_EMAIL_BYTES } from '../../../src/config/schema.js';
import { ConfigError } from '../../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leadstream-config-'));
});

async function userFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function configErrorOf(p: Promise<unknown>): Promise<ConfigError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

describe('loadConfig', () => {
  it('loads the shipped rules with every required profile and compiled patterns', async () => {
    // Act
    const config = await loadConfig(undefined, {});
    // Assess
    expect(config.version).toBe(1);
    expect(config.limits.maxEmailBytes).toBe(DEFAULT_MAX_EMAIL_BYTES);
    expect(config.businesses.defaultRegion).toBe('US');
    expect(config.analytics.messagePolicy).toBe('redact');
    const sources = config.profiles.map((p) => p.source);
    for (const s of [
      'web_form',
      'facebook_lead_ads',
      'google_ads',
      'linkedin_lead_gen',
      'adf_xml',
      'other',
    ]) {
      expect(sources).toContain(s);
    }
    expect(config.profiles.find((p) => p.id === 'adf-xml')?.match.body?.test('<adf>')).toBe(true);
    expect(config.profiles.at(-1)?.id).toBe('other');
  });

  it('puts user profiles first, replaces a shipped profile with the same id and merges maps', async () => {
    // Prepare
    const path = await userFile(
      'user.yaml',
      [
        'version: 1',
        'businesses:',
        '  defaultRegion: DE',
        '  recipients: { "sales@acme.example": acme }',
        'analytics: { messagePolicy: drop }',
        'profiles:',
        '  - id: my-portal',
        '    source: other',
        "    match: { from: '@portal\\.example$' }",
        '    extract: { labels: { phone: ["Rückrufnummer"] } }',
        '  - id: other',
        '    source: other',
        '    match: { subject: "never" }',
      ].join('\n'),
    );
    // Act
    const config = await loadConfig(path, {});
    // Assess
    expect(config.profiles[0]?.id).toBe('my-portal');
    expect(config.profiles.filter((p) => p.id === 'other')).toHaveLength(1);
    expect(config.profiles.find((p) => p.id === 'other')?.match.subject?.source).toBe('never');
    expect(config.profiles.some((p) => p.id === 'facebook-lead-ads')).toBe(true);
    expect(config.businesses.defaultRegion).toBe('DE');
    expect(config.businesses.recipients).toEqual({ 'sales@acme.example': 'acme' });
    expect(config.analytics.messagePolicy).toBe('drop');
    expect(config.limits.maxParts).toBeGreaterThan(0);
  });

  it('reads the user file from LEADSTREAM_CONFIG when no path is given', async () => {
    const path = await userFile('env.yaml', 'version: 1\nlimits: { timeBudgetMs: 1234 }\n');
    const config = await loadConfig(undefined, { LEADSTREAM_CONFIG: path });
    expect(config.limits.timeBudgetMs).toBe(1234);
  });

  it.each([
    [
      'a bad regular expression',
      'profiles:\n  - id: x\n    source: other\n    match: { subject: "([a-" }',
      'profiles[0].match.subject: Invalid regular expression',
    ],
    ['an unknown top-level key', 'limts: { maxDepth: 3 }', 'unknown key(s) limts'],
    [
      'an unknown nested key',
      'profiles:\n  - id: x\n    source: other\n    match: { subjet: "a" }',
      'profiles[0].match: unknown key(s) subjet',
    ],
    ['an unknown source', 'profiles:\n  - id: x\n    source: tiktok', 'profiles[0].source'],
    ['a negative limit', 'limits: { maxDepth: -1 }', 'limits.maxDepth'],
    ['a bad region', 'businesses: { defaultRegion: usa }', 'businesses.defaultRegion'],
    [
      'a region libphonenumber does not know',
      'businesses: { defaultRegion: XX }',
      "businesses.defaultRegion: must be an ISO 3166-1 alpha-2 region libphonenumber knows, such as US, DE or GB; got 'XX'",
    ],
    ['a bad message policy', 'analytics: { messagePolicy: keep }', 'analytics.messagePolicy'],
  ])('rejects %s naming the key path', async (_name, body, expected) => {
    const path = await userFile(`bad-${Math.abs(hash(body))}.yaml`, `version: 1\n${body}\n`);
    const err = await configErrorOf(loadConfig(path, {}));
    expect(err.message).toContain(expected);
    expect(err.retriable).toBe(false);
  });

  it('fails the load on a pattern RE2 cannot run in linear time, naming its key', async () => {
    // Lookahead and backreferences need a backtracking engine; RE2 refuses them.
    const path = await userFile(
      'lookaround.yaml',
      'version: 1\nprofiles:\n  - { id: a, source: other, extract: { campaign: "c:(?!x)(.+)" } }\n  - { id: b, source: other, match: { headers: { x-a: "(a)\\\\1" } } }\n',
    );
    const err = await configErrorOf(loadConfig(path, {}));
    expect(err.message).toContain('profiles[0].extract.campaign: Invalid regular expression');
    expect(err.message).toContain('profiles[1].match.headers.x-a: Invalid regular expression');
  });

  it('names the profile index within the user file', async () => {
    const path = await userFile(
      'third.yaml',
      'version: 1\nprofiles:\n  - { id: a, source: other }\n  - { id: b, source: other }\n  - { id: c, source: other, match: { subject: "(" } }\n',
    );
    const err = await configErrorOf(loadConfig(path, {}));
    expect(err.message).toContain('profiles[2].match.subject: Invalid regular expression');
  });

  it('rejects a wrong version, duplicate profile ids, invalid YAML and a missing file', async () => {
    expect(
      (await configErrorOf(loadConfig(await userFile('v2.yaml', 'version: 2\n'), {}))).message,
    ).toContain('version');
    const dup = await userFile(
      'dup.yaml',
      'version: 1\nprofiles:\n  - { id: a, source: other }\n  - { id: a, source: other }\n',
    );
    expect((await configErrorOf(loadConfig(dup, {}))).message).toContain(
      "profiles[1].id: duplicate profile id 'a'",
    );
    expect(
      (await configErrorOf(loadConfig(await userFile('bad.yaml', 'version: [1\n'), {}))).message,
    ).toContain('not valid YAML');
    expect((await configErrorOf(loadConfig(join(dir, 'missing.yaml'), {}))).message).toContain('cannot read');
  });
});

describe('parseConfig / mergeConfigs', () => {
  it('fills every section with defaults from a minimal object', () => {
    const config = parseConfig({ version: 1 });
    expect(config.profiles).toEqual([]);
    expect(config.businesses.defaultBusinessId).toBe('unknown');
  });

  it('treats (?-i) as case-sensitive and everything else as case-insensitive', () => {
    const config = parseConfig({
      version: 1,
      profiles: [
        { id: 'a', source: 'other', match: { subject: '(?-i)Lead' } },
        { id: 'b', source: 'other', match: { subject: 'Lead' } },
      ],
    });
    expect(config.profiles[0]?.match.subject?.test('lead')).toBe(false);
    expect(config.profiles[1]?.match.subject?.test('LEAD')).toBe(true);
  });

  it('keeps shipped profiles after user ones without mutating the inputs', () => {
    const base = { version: 1, profiles: [{ id: 'x', source: 'other' }] };
    const merged = mergeConfigs(base, { version: 1, profiles: [{ id: 'y', source: 'other' }] });
    expect((merged.profiles as Array<{ id: string }>).map((p) => p.id)).toEqual(['y', 'x']);
    expect(base.profiles).toHaveLength(1);
  });
});

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + (c.codePointAt(0) ?? 0)) | 0;
  return h;
}
