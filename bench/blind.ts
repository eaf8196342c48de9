/**
 * `npm run bench -- blind [--corpus DIR] [--json]`
 *
 * Scores extraction and triage on the blind corpus (test/blind-corpus, see its README): every email goes
 * through the same path as `leadstream extract --json` (loadConfig on the corpus's config.yaml, the
 * same HMAC key source, processFile) and is compared with truth.jsonl. Prints per-field accuracy over
 * leads (overall, per layout, per language), the leads lost (rejected or needs_review) with reasons,
 * a confusion table for non-leads, and PII leaks into analytics records.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ExtractLine, processFile } from '../src/cli/commands/extract.js';
import { hmacKeySourceFromEnv, loadHmacKey } from '../src/config/hmac-key.js';
import { loadConfig } from '../src/config/load.js';
import { leadstreamHome } from '../src/config/state-dir.js';
import { createLeadCore, warmUp } from '../src/processors/core.js';
import { isParticle } from '../src/processors/stages/normalise-names.js';
import type { Expected, LeadTruth, Truth } from '../test/blind-corpus/gen/model.js';
import { parseFlags, table } from './report.js';

const USAGE = 'usage: npm run bench -- blind [--corpus DIR] [--json]';
const DEFAULT_CORPUS = 'test/blind-corpus';

/** Message similarity threshold: 1 − Levenshtein distance / longer length, on whitespace-collapsed text. */
export const MESSAGE_SIMILARITY = 0.9;

type Field = keyof Expected;
const CORE_FIELDS = [
  'email',
  'phone',
  'fullName',
  'firstName',
  'lastName',
  'message',
  'source',
  'businessId',
] as const;
const PLATFORM_FIELDS = ['adId', 'formId', 'campaignId', 'platformLeadId', 'campaign'] as const;
const ALL_FIELDS: readonly Field[] = [...CORE_FIELDS, ...PLATFORM_FIELDS];

/** Sources the lead schema may not name yet: any symbol containing one of these words counts. */
const SOURCE_FAMILIES: Record<string, RegExp> = {
  tiktok: /tiktok/i,
  snapchat: /snap/i,
  microsoft_ads: /microsoft|bing/i,
  pinterest: /pinterest/i,
};
const NOT_AN_AD_PLATFORM = new Set(['web_form', 'other']);

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(a, b) / longer;
}

/** Whether `actual` (undefined when the output lacks the field: treated as null) matches `expected`. */
export function fieldCorrect(field: Field, expected: string | null, actual: unknown): boolean {
  const value =
    typeof actual === 'string' ? actual : actual === null || actual === undefined ? null : String(actual);
  if (expected === null) return value === null;
  if (value === null) return false;
  switch (field) {
    case 'email':
      return value.trim().toLowerCase() === expected.toLowerCase();
    case 'fullName':
    case 'firstName':
    case 'lastName':
      return collapse(value).toLocaleLowerCase('und') === collapse(expected).toLocaleLowerCase('und');
    case 'message': {
      const a = collapse(value);
      const b = collapse(expected);
      // The length ratio bounds the similarity from above: skip the quadratic distance when it cannot pass.
      const lengthRatio = Math.min(a.length, b.length) / Math.max(a.length, b.length, 1);
      return a === b || (lengthRatio >= MESSAGE_SIMILARITY && similarity(a, b) >= MESSAGE_SIMILARITY);
    }
    case 'source': {
      const family = SOURCE_FAMILIES[expected];
      if (family) return family.test(value);
      if (NOT_AN_AD_PLATFORM.has(expected)) return NOT_AN_AD_PLATFORM.has(value);
      return value === expected;
    }
    default:
      return value.trim() === expected;
  }
}

type LeadJson = NonNullable<ExtractLine['lead']>;

function actualField(lead: LeadJson, field: Field): unknown {
  const record = lead as unknown as Record<string, unknown>;
  const contact = (record.contact ?? {}) as Record<string, unknown>;
  if (
    field === 'email' ||
    field === 'phone' ||
    field === 'fullName' ||
    field === 'firstName' ||
    field === 'lastName'
  )
    return contact[field];
  return record[field];
}

const WORD_EDGE = '[\\p{L}\\p{N}]';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The PII strings of a lead found in its analytics record: names/emails as words, phones by digits;
 * a surname particle alone is no PII.
 */
export function leaks(pii: readonly string[], analytics: Record<string, unknown>): string[] {
  const values = Object.values(analytics).filter((v): v is string => typeof v === 'string');
  const digitRuns = values.flatMap((v) =>
    (v.match(/\d[\d\s().+/-]*\d/g) ?? []).map((r) => r.replace(/\D/g, '')),
  );
  const found: string[] = [];
  for (const item of pii) {
    // A truth that lists the words of "Jens von Bergmann" one by one lists "von", which is everyday
    // German ("ein Angebot von Ihnen"), not the customer.
    if (isParticle(item)) continue;
    const isPhone = /^[\d\s().+/-]+$/.test(item) && item.replace(/\D/g, '').length >= 6;
    if (isPhone) {
      const digits = item.replace(/\D/g, '');
      const tail = digits.slice(-8);
      if (digitRuns.some((run) => run.includes(tail))) found.push(item);
      continue;
    }
    const re = new RegExp(`(?<!${WORD_EDGE})${escapeRegex(item)}(?!${WORD_EDGE})`, 'iu');
    if (values.some((v) => re.test(v.normalize('NFC')))) found.push(item);
  }
  return found;
}

export function piiKind(item: string): string {
  return item.includes('@') ? 'email' : /\d/.test(item) ? 'phone' : 'name';
}

export interface LeadScore {
  truth: LeadTruth;
  status: string;
  reason: string | null;
  correct: Partial<Record<Field, boolean>>;
  leaked: string[];
  leakedOthers: string[];
}

function scoreLead(truth: LeadTruth, line: ExtractLine): LeadScore {
  const correct: Partial<Record<Field, boolean>> = {};
  for (const field of ALL_FIELDS) {
    // A lost lead is wrong on every field, including the ones expected null.
    correct[field] =
      line.status === 'lead' &&
      line.lead !== null &&
      fieldCorrect(field, truth.expected[field] ?? null, actualField(line.lead, field));
  }
  const analytics = line.analytics ?? {};
  return {
    truth,
    status: line.status,
    reason: line.reason,
    correct,
    leaked: line.status === 'lead' ? leaks(truth.pii, analytics) : [],
    leakedOthers: line.status === 'lead' ? leaks(truth.otherPii ?? [], analytics) : [],
  };
}

const share = (scores: readonly LeadScore[], field: Field, onlyExpected = false): number | null => {
  const pool = onlyExpected ? scores.filter((s) => s.truth.expected[field] !== null) : scores;
  if (pool.length === 0) return null;
  return pool.filter((s) => s.correct[field]).length / pool.length;
};

const pct = (v: number | null) => (v === null ? '-' : v.toFixed(2));

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return m;
}

const GROUP_COLUMNS: Field[] = [
  'email',
  'phone',
  'fullName',
  'message',
  'source',
  'adId',
  'formId',
  'campaignId',
  'platformLeadId',
];

function groupRows(groups: Map<string, LeadScore[]>): (string | number)[][] {
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, s]) => [
      name,
      s.length,
      ...GROUP_COLUMNS.map((f) =>
        pct(PLATFORM_FIELDS.includes(f as never) ? share(s, f, true) : share(s, f)),
      ),
      s.filter((x) => x.status !== 'lead').length,
    ]);
}

export interface BlindReport {
  corpus: string;
  leads: number;
  nonLeads: number;
  fields: Record<string, { all: number | null; whereExpected: number | null }>;
  perLayout: Record<string, Record<string, number | null>>;
  perLanguage: Record<string, Record<string, number | null>>;
  lost: { file: string; layout: string; reason: string | null }[];
  lostByReason: Record<string, number>;
  confusion: Record<string, Record<string, number>>;
  /** What kind of PII leaked (name, email, phone), never the strings themselves. */
  leaks: { file: string; layout: string; kinds: string[] }[];
  otherLeaks: { file: string; layout: string; count: number }[];
}

function groupJson(groups: Map<string, LeadScore[]>): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const [name, s] of groups) {
    const row: Record<string, number | null> = {
      n: s.length,
      lost: s.filter((x) => x.status !== 'lead').length,
    };
    for (const f of GROUP_COLUMNS)
      row[f] = PLATFORM_FIELDS.includes(f as never) ? share(s, f, true) : share(s, f);
    out[name] = row;
  }
  return out;
}

/** Runs every email of the corpus and scores it; `scores` keeps the per-lead detail for the tables. */
export async function scoreCorpus(dir: string): Promise<{ report: BlindReport; scores: LeadScore[] }> {
  const truths = (await readFile(join(dir, 'truth.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Truth);
  const config = await loadConfig(join(dir, 'config.yaml'));
  const hmacKey = await loadHmacKey(hmacKeySourceFromEnv(process.env, leadstreamHome()));
  const core = createLeadCore(config, { hmacKey });
  await warmUp(core);
  const leadScores: LeadScore[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  for (const truth of truths) {
    const line = await processFile(core, join(dir, 'emails', truth.file));
    if (truth.kind === 'lead') leadScores.push(scoreLead(truth, line));
    else {
      const actual =
        line.status === 'lead' ? 'lead' : line.status === 'error' ? 'error' : (line.reason ?? 'unknown');
      const row = confusion[truth.expectedReason] ?? {};
      row[actual] = (row[actual] ?? 0) + 1;
      confusion[truth.expectedReason] = row;
    }
  }
  const fields: BlindReport['fields'] = {};
  for (const f of ALL_FIELDS)
    fields[f] = { all: share(leadScores, f), whereExpected: share(leadScores, f, true) };
  const lost = leadScores.filter((s) => s.status !== 'lead');
  const lostByReason: Record<string, number> = {};
  for (const s of lost) lostByReason[s.reason ?? s.status] = (lostByReason[s.reason ?? s.status] ?? 0) + 1;
  const report: BlindReport = {
    corpus: dir,
    leads: leadScores.length,
    nonLeads: truths.length - leadScores.length,
    fields,
    perLayout: groupJson(groupBy(leadScores, (s) => s.truth.layout)),
    perLanguage: groupJson(groupBy(leadScores, (s) => s.truth.language)),
    lost: lost.map((s) => ({ file: s.truth.file, layout: s.truth.layout, reason: s.reason })),
    lostByReason,
    confusion,
    leaks: leadScores
      .filter((s) => s.leaked.length > 0)
      .map((s) => ({ file: s.truth.file, layout: s.truth.layout, kinds: s.leaked.map(piiKind) })),
    otherLeaks: leadScores
      .filter((s) => s.leakedOthers.length > 0)
      .map((s) => ({ file: s.truth.file, layout: s.truth.layout, count: s.leakedOthers.length })),
  };
  return { report, scores: leadScores };
}

function render(r: BlindReport, scores: readonly LeadScore[]): string {
  const out: string[] = [];
  out.push(`blind corpus ${r.corpus}: ${r.leads} leads, ${r.nonLeads} non-leads`, '');
  out.push(
    'Per field, share correct over leads (all = every lead; where expected = leads whose truth is not null)',
  );
  out.push(
    table(
      ['field', 'all', 'where expected'],
      ALL_FIELDS.map((f) => [f, pct(r.fields[f]?.all ?? null), pct(r.fields[f]?.whereExpected ?? null)]),
    ),
  );
  const head = [
    'n',
    ...GROUP_COLUMNS.map((f) => (f === 'platformLeadId' ? 'leadId' : f === 'campaignId' ? 'campId' : f)),
    'lost',
  ];
  out.push('', 'Per layout (platform ids over leads where expected)');
  out.push(table(['layout', ...head], groupRows(groupBy(scores, (s) => s.truth.layout))));
  out.push('', 'Per language');
  out.push(table(['language', ...head], groupRows(groupBy(scores, (s) => s.truth.language))));
  out.push('', `Leads lost (rejected or needs_review): ${r.lost.length} of ${r.leads}`);
  if (r.lost.length > 0) {
    out.push(
      table(
        ['reason', 'count'],
        Object.entries(r.lostByReason).sort((a, b) => b[1] - a[1]),
      ),
    );
    out.push(
      table(
        ['layout', 'lost', 'reasons'],
        [...groupBy(r.lost, (l) => l.layout).entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([layout, ls]) => [
            layout,
            ls.length,
            [...new Set(ls.map((l) => l.reason ?? '?'))].join(', '),
          ]),
      ),
    );
  }
  const actuals = [...new Set(Object.values(r.confusion).flatMap((row) => Object.keys(row)))].sort((a, b) =>
    a === 'lead' ? -1 : b === 'lead' ? 1 : a.localeCompare(b),
  );
  out.push('', 'Non-leads: rows = expected reason, columns = actual outcome');
  out.push(
    table(
      ['expected \\ actual', 'n', ...actuals],
      Object.entries(r.confusion)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([reason, row]) => [
          reason,
          Object.values(row).reduce((a, b) => a + b, 0),
          ...actuals.map((a) => row[a] ?? 0),
        ]),
    ),
  );
  out.push(
    '',
    `PII leaks into analytics: ${r.leaks.length} lead(s) leak the customer's own PII; ${r.otherLeaks.length} leak a staff/third-party name`,
  );
  for (const l of r.leaks.slice(0, 20)) out.push(`  ${l.file} (${l.layout}): ${l.kinds.join(', ')}`);
  for (const l of r.otherLeaks) out.push(`  ${l.file} (${l.layout}): ${l.count} staff/third-party name(s)`);
  return out.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  try {
    flags = parseFlags(argv, { corpus: 'string', json: 'boolean' }, USAGE);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const dir = resolve(typeof flags.corpus === 'string' ? flags.corpus : DEFAULT_CORPUS);
  const { report, scores } = await scoreCorpus(dir);
  process.stdout.write(`${flags.json === true ? JSON.stringify(report) : render(report, scores)}\n`);
  return 0;
}
