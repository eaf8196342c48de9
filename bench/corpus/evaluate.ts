/**
 * Scores the core against the synthetic corpus: per-field accuracy tables and failing layouts,
 * with examples (the corpus is synthetic, so printing values is safe). Used by
 * test/unit/accuracy.test.ts, and runnable on its own while working on the extractor:
 *
 *   npx tsx bench/corpus/evaluate.ts [--count 800] [--seed 20261112] [--examples 3]
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config/load.js';
import type { LeadstreamConfig } from '../../src/config/schema.js';
import { type CorpusEmail, generateCorpus } from '../../src/corpus/generate.js';
import { businessRegions } from '../../src/corpus/people.js';
import type { ProcessResult } from '../../src/schemas/result.js';

export const FIELDS = ['accepted', 'email', 'phone', 'fullName', 'message', 'source', 'businessId'] as const;
export type ScoredField = (typeof FIELDS)[number];
export type LeadExpectation = Extract<CorpusEmail['expected'], { kind: 'lead' }>;

export interface Scored {
  email: CorpusEmail;
  expected: LeadExpectation;
  result: ProcessResult;
  ok: Record<ScoredField, boolean>;
}

export interface NonLeadOutcome {
  email: CorpusEmail;
  result: ProcessResult;
}

/** NFC, whitespace collapsed; an empty value counts as absent (null). */
export function normalise(s: string | null | undefined): string | null {
  return (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim() || null;
}

/**
 * Email and phone must match exactly (lowercased email, E.164 phone); the name case- and
 * whitespace-insensitively; the message with whitespace normalised. A rejected lead gets nothing right.
 */
export function scoreLead(x: LeadExpectation, result: ProcessResult): Record<ScoredField, boolean> {
  if (result.status !== 'lead') {
    return {
      accepted: false,
      email: false,
      phone: false,
      fullName: false,
      message: false,
      source: false,
      businessId: false,
    };
  }
  const c = result.lead.contact;
  return {
    accepted: true,
    email: c.email === x.email,
    phone: c.phone === x.phone,
    fullName: normalise(c.fullName)?.toLowerCase() === normalise(x.fullName)?.toLowerCase(),
    message: normalise(result.lead.message) === normalise(x.message),
    source: result.lead.source === x.source,
    businessId: result.lead.businessId === x.businessId,
  };
}

/** The shipped rules plus the `businesses.regions` a customer would configure for the corpus's businesses. */
export async function corpusConfig(): Promise<LeadstreamConfig> {
  const base = await loadConfig(undefined, {});
  return {
    ...base,
    businesses: { ...base.businesses, regions: { ...base.businesses.regions, ...businessRegions() } },
  };
}

export interface Evaluation {
  scored: Scored[];
  nonLeads: NonLeadOutcome[];
  msPerEmail: number;
  /** Process CPU time (user + system) per email: steadier than wall time on a shared machine. */
  cpuMsPerEmail: number;
}

export async function evaluateCorpus(
  core: { process(raw: Uint8Array, ctx: { receivedAt: Date }): Promise<ProcessResult> },
  opts: { count: number; seed: number; receivedAt: Date },
): Promise<Evaluation> {
  const corpus = [...generateCorpus({ count: opts.count, seed: opts.seed })];
  const scored: Scored[] = [];
  const nonLeads: NonLeadOutcome[] = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  for (const email of corpus) {
    const result = await core.process(email.raw, { receivedAt: opts.receivedAt });
    if (email.expected.kind === 'lead')
      scored.push({ email, expected: email.expected, result, ok: scoreLead(email.expected, result) });
    else nonLeads.push({ email, result });
  }
  const cpu = process.cpuUsage(cpu0);
  const n = Math.max(1, corpus.length);
  return {
    scored,
    nonLeads,
    msPerEmail: (performance.now() - started) / n,
    cpuMsPerEmail: (cpu.user + cpu.system) / 1000 / n,
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

export function accuracyTable(title: string, rows: Scored[], key: (s: Scored) => string): string {
  const groups = new Map<string, Scored[]>();
  for (const s of rows) {
    const k = key(s);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const head = `${title.padEnd(34)} ${'n'.padStart(4)} ${FIELDS.map((f) => f.slice(0, 8).padStart(8)).join(' ')}`;
  const lines = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([k, g]) =>
        `${k.slice(0, 34).padEnd(34)} ${String(g.length).padStart(4)} ${FIELDS.map((f) => pct(g.filter((s) => s.ok[f]).length, g.length).padStart(8)).join(' ')}`,
    );
  return [head, ...lines].join('\n');
}

/** Layout family: forwards are grouped by client, whatever they wrap. */
export function layoutFamily(x: LeadExpectation): string {
  return x.layout.replace(/^(forward-[a-z0-9]+)(-quoted)?\/.*/, '$1');
}

/** The tables the accuracy test prints: overall, and by language, charset/encoding, structure, source and layout. */
export function accuracyReport(e: Evaluation, header: string): string {
  const { scored, nonLeads } = e;
  const rejected = nonLeads.filter((n) => n.result.status === 'rejected').length;
  const reasonOk = nonLeads.filter(
    (n) =>
      n.result.status === 'rejected' &&
      n.email.expected.kind === 'non_lead' &&
      n.result.rejection.reason === n.email.expected.reason,
  ).length;
  return [
    `${header}: ${scored.length} leads, ${nonLeads.length} non-leads; ${e.msPerEmail.toFixed(2)} ms/email wall, ${e.cpuMsPerEmail.toFixed(2)} ms/email CPU (≈ ${Math.round(1000 / Math.max(e.cpuMsPerEmail, 1e-3))} emails per CPU-second, cold start included)`,
    accuracyTable('overall', scored, () => 'all leads'),
    accuracyTable('language', scored, (s) => s.expected.language),
    accuracyTable('charset/transfer-encoding', scored, (s) =>
      s.expected.encoding.split('/').slice(0, 2).join('/'),
    ),
    accuracyTable('structure', scored, (s) => s.expected.encoding.split('/')[2] ?? s.expected.encoding),
    accuracyTable('source', scored, (s) => s.expected.source),
    accuracyTable('layout', scored, (s) => layoutFamily(s.expected)),
    `non-leads rejected: ${rejected}/${nonLeads.length}, with the expected reason: ${reasonOk}/${nonLeads.length}`,
  ].join('\n\n');
}

/** Failures grouped by field and layout family, biggest group first, with a few examples each. */
export function failureReport(e: Evaluation, examples: number): string {
  const groups = new Map<string, string[]>();
  const add = (k: string, line: string) => {
    const g = groups.get(k);
    if (g) g.push(line);
    else groups.set(k, [line]);
  };
  const show = (v: unknown) => {
    const t = JSON.stringify(v) ?? 'undefined';
    return t.length > 160 ? `${t.slice(0, 70)} … ${t.slice(-80)}` : t;
  };
  for (const n of e.nonLeads) {
    if (n.email.expected.kind !== 'non_lead') continue;
    const got = n.result.status === 'rejected' ? n.result.rejection.reason : 'lead';
    if (got !== n.email.expected.reason)
      add(
        `non-lead ${n.email.expected.layout}`,
        `${n.email.name}: want ${n.email.expected.reason} got ${got}`,
      );
  }
  for (const s of e.scored) {
    const fam = layoutFamily(s.expected);
    if (s.result.status !== 'lead') {
      add(`rejected ${fam}`, `${s.email.name}: ${s.result.rejection.reason} (${s.result.rejection.detail})`);
      continue;
    }
    const got: Record<string, unknown> = {
      email: s.result.lead.contact.email,
      phone: s.result.lead.contact.phone,
      fullName: s.result.lead.contact.fullName,
      message: s.result.lead.message,
      source: s.result.lead.source,
      businessId: s.result.lead.businessId,
    };
    for (const f of FIELDS) {
      if (f === 'accepted' || s.ok[f]) continue;
      add(
        `${f} ${fam}`,
        `${s.email.name} [${s.expected.encoding}]: want ${show(s.expected[f])} got ${show(got[f])}`,
      );
    }
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([k, lines]) =>
      [`### ${k} (${lines.length})`, ...lines.slice(0, examples).map((l) => `  ${l}`)].join('\n'),
    )
    .join('\n');
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string, dflt: number) => {
    const i = argv.indexOf(name);
    const v = i >= 0 ? Number(argv[i + 1]) : dflt;
    if (!Number.isInteger(v)) throw new Error(`${name} must be an integer`);
    return v;
  };
  const count = arg('--count', 800);
  const seed = arg('--seed', 20261112);
  const examples = arg('--examples', 3);
  const { createLeadCore } = await import('../../src/processors/core.js');
  // Scoring only: the analytics hashes are not inspected, so any 32-byte key will do.
  const core = createLeadCore(await corpusConfig(), { hmacKey: new Uint8Array(32).fill(7) });
  const evaluation = await evaluateCorpus(core, {
    count,
    seed,
    receivedAt: new Date('2026-11-12T10:15:00Z'),
  });
  process.stdout.write(
    `${accuracyReport(evaluation, `corpus: ${count} emails (seed ${seed})`)}\n\n${failureReport(evaluation, examples)}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
