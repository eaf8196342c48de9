/**
 * Trains the learned contact scorer (src/processors/stages/candidate-model.json): one logistic
 * regression for email candidates and one for phone candidates, over the features of
 * src/processors/stages/candidate-features.ts, computed by the real core (the `observeCandidates`
 * hook), so training sees exactly the candidates and features production sees.
 *
 *   npm run bench -- train-candidates [--check]     # --check: fail if the committed JSON differs
 *
 * Training data, each email with its truth:
 *  - the synthetic lead corpus (bench/corpus) with seed TRAIN_SEED, never the accuracy test's seed;
 *  - seeded notifications with the business's own contact beside the customer's
 *    (bench/train/contact-distractors.ts);
 *  - the hand-written layout fixtures (test/fixtures/layouts, expected.json: email, phone digits).
 * A candidate is positive when it is the customer's address, or the customer's number (compared by
 * digits, national or international). Never the blind corpora. Full-batch gradient descent from zero
 * weights (train-triage.ts's fitLogistic): the same data give the same weights, byte for byte.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../src/corpus/generate.js';
import { createLeadCore } from '../../src/processors/core.js';
import { EMAIL_FEATURE_NAMES, PHONE_FEATURE_NAMES } from '../../src/processors/stages/candidate-features.js';
import {
  type CandidateModelFile,
  observeCandidates,
  type ScoredCandidate,
} from '../../src/processors/stages/candidate-scorer.js';
import { corpusConfig } from '../corpus/evaluate.js';
import { contactDistractors } from './contact-distractors.js';
import { fitLogistic } from './train-triage.js';

export const TRAIN_SEED = 11;
export const TRAIN_LEADS = 2000;
export const TRAIN_DISTRACTORS = 600;
const MODEL_PATH = fileURLToPath(
  new URL('../../src/processors/stages/candidate-model.json', import.meta.url),
);
const LAYOUTS = fileURLToPath(new URL('../../test/fixtures/layouts/', import.meta.url));
const RECEIVED_AT = new Date('2026-11-12T10:15:00.000Z');

interface Truth {
  email: string | null;
  /** Digits of the customer's number, national or international. */
  phoneDigits: string | null;
}

interface Example {
  field: 'email' | 'phone';
  x: number[];
  positive: boolean;
  /** Which email it came from: per-email accuracy of the arg-max choice. */
  email: number;
}

/** Digits without an international "00" or a national trunk "0". */
const core = (digits: string) => digits.replace(/^00?/, '');

export function samePhone(candidate: string, truthDigits: string): boolean {
  // "+44 (0)20 …": the trunk zero in brackets is not part of the international number.
  const a = core(candidate.replace(/\(0\)/g, '').replace(/\D/g, ''));
  const b = core(truthDigits.replace(/\D/g, ''));
  if (a.length < 7 || b.length < 7) return false;
  return a === b || b.endsWith(a) || a.endsWith(b);
}

function isPositive(s: ScoredCandidate, truth: Truth): boolean {
  const c = s.candidate;
  if (c.field === 'email') return truth.email !== null && c.value === truth.email.toLowerCase();
  return truth.phoneDigits !== null && samePhone(c.value, truth.phoneDigits);
}

async function trainingExamples(): Promise<Example[]> {
  let seen: ScoredCandidate[] = [];
  observeCandidates((scored) => seen.push(...scored));
  const lead = createLeadCore(await corpusConfig(), { hmacKey: new Uint8Array(32) });
  const examples: Example[] = [];
  let n = 0;
  const add = async (raw: Uint8Array, truth: Truth) => {
    seen = [];
    await lead.process(raw, { receivedAt: RECEIVED_AT });
    for (const s of seen)
      examples.push({ field: s.candidate.field, x: s.features, positive: isPositive(s, truth), email: n });
    n++;
  };
  try {
    for (const e of generateCorpus({ count: TRAIN_LEADS, seed: TRAIN_SEED })) {
      if (e.expected.kind !== 'lead') continue;
      const phone = e.expected.phone;
      await add(e.raw, { email: e.expected.email, phoneDigits: phone ? phone.replace(/\D/g, '') : null });
    }
    for (const e of contactDistractors(TRAIN_DISTRACTORS, TRAIN_SEED))
      await add(e.raw, { email: e.email, phoneDigits: e.phone.replace(/\D/g, '') });
    const expected = JSON.parse(await readFile(`${LAYOUTS}expected.json`, 'utf8')) as Record<
      string,
      { email: string; phoneDigits: string }
    >;
    for (const [file, x] of Object.entries(expected).sort(([a], [b]) => a.localeCompare(b)))
      await add(await readFile(`${LAYOUTS}${file}`), {
        email: x.email || null,
        phoneDigits: x.phoneDigits || null,
      });
  } finally {
    observeCandidates(null);
  }
  return examples;
}

export async function train(): Promise<{ model: CandidateModelFile; examples: Example[] }> {
  const examples = await trainingExamples();
  const fit = (field: 'email' | 'phone') => {
    const ex = examples.filter((e) => e.field === field);
    return fitLogistic(
      ex.map((e) => e.x),
      ex.map((e) => e.positive),
    );
  };
  const model: CandidateModelFile = {
    email: { features: [...EMAIL_FEATURE_NAMES], ...fit('email') },
    phone: { features: [...PHONE_FEATURE_NAMES], ...fit('phone') },
  };
  return { model, examples };
}

export async function run(argv: string[]): Promise<number> {
  const { model, examples } = await train();
  for (const field of ['email', 'phone'] as const) {
    const ex = examples.filter((e) => e.field === field);
    const emails = new Set(ex.map((e) => e.email));
    console.log(
      `${field}: ${ex.length} candidates (${ex.filter((e) => e.positive).length} positive) in ${emails.size} emails`,
    );
    const m = model[field];
    for (const [i, name] of m.features.entries())
      console.log(`  ${name.padEnd(20)} ${String(m.weights[i]).padStart(9)}`);
    console.log(`  ${'bias'.padEnd(20)} ${String(m.bias).padStart(9)}`);
  }
  if (argv.includes('--check')) {
    // Compared as JSON values: the formatter may lay the committed file out differently.
    const committed = JSON.parse(await readFile(MODEL_PATH, 'utf8')) as unknown;
    if (JSON.stringify(committed) !== JSON.stringify(model)) {
      console.error('candidate-model.json differs from a fresh training run');
      return 1;
    }
    console.log('candidate-model.json matches a fresh training run');
    return 0;
  }
  await writeFile(MODEL_PATH, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${MODEL_PATH}`);
  return 0;
}
