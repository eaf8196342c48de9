/**
 * Confusion tables for triage (issue 9): what the core with the shipped rules makes of each labelled
 * set: lead, or each rejection reason.
 *
 *   npm run bench -- triage [--count 800] [--seed 20261112]
 *
 * Rows: the SpamAssassin sets (all, and only the half the model was not trained on), and the
 * synthetic accuracy corpus (its leads and its non-leads; the model was trained on another seed).
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../../src/corpus/generate.js';
import { createLeadCore, type LeadCore } from '../../src/processors/core.js';
import { REJECT_REASONS } from '../../src/schemas/result.js';
import { corpusConfig } from '../corpus/evaluate.js';
import { loadLabelledSets } from './labelled.js';

const RECEIVED_AT = new Date('2026-11-12T10:15:00.000Z');
export const ACCURACY_SEED = 20261112;
export const ACCURACY_COUNT = 800;

/** Row label → outcome ("lead" or a reason) → count. */
export type Confusion = Map<string, Map<string, number>>;

export function addOutcome(table: Confusion, row: string, outcome: string): void {
  let r = table.get(row);
  if (!r) {
    r = new Map();
    table.set(row, r);
  }
  r.set(outcome, (r.get(outcome) ?? 0) + 1);
}

export async function outcomeOf(core: LeadCore, raw: Uint8Array): Promise<string> {
  const r = await core.process(raw, { receivedAt: RECEIVED_AT });
  return r.status === 'lead' ? 'lead' : r.rejection.reason;
}

/** The SpamAssassin sets: by set, all of them, and the held-out half. */
export async function spamAssassinConfusion(core: LeadCore): Promise<Confusion> {
  const table: Confusion = new Map();
  const totals: Confusion = new Map();
  for (const e of await loadLabelledSets()) {
    const o = await outcomeOf(core, e.raw);
    addOutcome(table, e.set, o);
    addOutcome(totals, 'all', o);
    addOutcome(totals, e.heldOut ? 'held out (not trained on)' : 'training half', o);
  }
  return new Map([...table, ...totals]);
}

export async function accuracyCorpusConfusion(
  core: LeadCore,
  count: number,
  seed: number,
): Promise<Confusion> {
  const table: Confusion = new Map();
  for (const e of generateCorpus({ count, seed })) {
    const o = await outcomeOf(core, e.raw);
    addOutcome(table, e.expected.kind === 'lead' ? 'leads' : `non-leads (${e.expected.reason})`, o);
  }
  return table;
}

/** A fixed-width table: one row per label, one column for lead and each reason that occurs. */
export function formatConfusion(title: string, table: Confusion): string {
  const seen = new Set<string>();
  for (const r of table.values()) for (const k of r.keys()) seen.add(k);
  const columns = ['lead', ...REJECT_REASONS.filter((r) => seen.has(r))];
  const width = Math.max(...[...table.keys()].map((k) => k.length), title.length);
  const head = `${title.padEnd(width)} ${'n'.padStart(5)} ${columns.map((c) => c.padStart(Math.max(6, c.length))).join(' ')}`;
  const rows = [...table.entries()].map(([label, r]) => {
    const n = [...r.values()].reduce((a, b) => a + b, 0);
    return `${label.padEnd(width)} ${String(n).padStart(5)} ${columns.map((c) => String(r.get(c) ?? 0).padStart(Math.max(6, c.length))).join(' ')}`;
  });
  return [head, ...rows].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: String(ACCURACY_COUNT) },
      seed: { type: 'string', default: String(ACCURACY_SEED) },
    },
  });
  const core = createLeadCore(await corpusConfig(), { hmacKey: new Uint8Array(32) });
  console.log(formatConfusion('SpamAssassin sets', await spamAssassinConfusion(core)));
  console.log('');
  const table = await accuracyCorpusConfusion(core, Number(values.count), Number(values.seed));
  console.log(formatConfusion(`accuracy corpus (${values.count}, seed ${values.seed})`, table));
  return 0;
}
