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
import type { LogisticWeights } from '../../src/processors/stages/triage-model.js';
import { corpusConfig } from '../corpus/evaluate.js';
import { contactDistractors } from './contact-distractors.js';

const ITERATIONS = 2000;
const LEARNING_RATE = 0.5;
const L2 = 0.01;

export const TRAIN_SEED = 11;
export const TRAIN_LEADS = 2000;
export const TRAIN_DISTRACTORS = 1000;
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
  /** Which extraction it came from: the candidates one choice is made among. */
  group: number;
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
  // One extraction, one group (an email forwarded as an attachment is extracted twice).
  observeCandidates((scored) => {
    seen.push(...scored);
  });
  const lead = createLeadCore(await corpusConfig(), { hmacKey: new Uint8Array(32) });
  const examples: Example[] = [];
  let n = 0;
  const add = async (raw: Uint8Array, truth: Truth) => {
    seen = [];
    await lead.process(raw, { receivedAt: RECEIVED_AT });
    for (const s of seen)
      examples.push({ field: s.candidate.field, x: s.features, positive: isPositive(s, truth), group: n });
    n++;
  };
  try {
    for (const e of generateCorpus({ count: TRAIN_LEADS, seed: TRAIN_SEED })) {
      if (e.expected.kind !== 'lead') continue;
      const phone = e.expected.phone;
      await add(e.raw, { email: e.expected.email, phoneDigits: phone ? phone.replace(/\D/g, '') : null });
    }
    for (const e of contactDistractors(TRAIN_DISTRACTORS, TRAIN_SEED))
      await add(e.raw, { email: e.email, phoneDigits: e.phone ? e.phone.replace(/\D/g, '') : null });
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

/**
 * A choice among one extraction's candidates, or none of them: a conditional logit (softmax over
 * the candidates' scores w·x + bias, beside "none" scored 0). The likelihood is the probability of
 * choosing a right candidate (any of them when the value repeats), or none when no candidate is
 * right. So features that are the same for every candidate of an email only move the choice
 * against "none", and the model is trained for the decision it makes: the arg-max, taken when its
 * score is above 0 (a probability above 0.5 against "none").
 */
export function fitChoice(groups: readonly (readonly Example[])[]): LogisticWeights {
  const d = groups.find((g) => g.length > 0)?.[0]?.x.length ?? 0;
  const w: LogisticWeights = { bias: 0, weights: new Array<number>(d).fill(0) };
  const n = groups.length;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    let gBias = 0;
    for (const g of groups) {
      const scores = g.map((e) => w.weights.reduce((z, wj, j) => z + wj * (e.x[j] as number), w.bias));
      const top = Math.max(0, ...scores);
      const exp = scores.map((z) => Math.exp(z - top));
      const total = exp.reduce((a, b) => a + b, Math.exp(-top));
      const right = g.reduce((a, e, i) => a + (e.positive ? (exp[i] as number) : 0), 0);
      const noneRight = !g.some((e) => e.positive);
      g.forEach((e, i) => {
        const p = (exp[i] as number) / total;
        const q = noneRight ? 0 : e.positive ? (exp[i] as number) / right : 0;
        const err = p - q;
        gBias += err;
        for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + err * (e.x[j] as number);
      });
    }
    w.bias -= (LEARNING_RATE * gBias) / n;
    for (let j = 0; j < d; j++)
      w.weights[j] =
        (w.weights[j] as number) - LEARNING_RATE * ((grad[j] as number) / n + L2 * (w.weights[j] as number));
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { bias: round(w.bias), weights: w.weights.map(round) };
}

/** The examples of one field, grouped by extraction, in order. */
function groupsOf(examples: readonly Example[], field: 'email' | 'phone'): Example[][] {
  const groups = new Map<number, Example[]>();
  for (const e of examples) {
    if (e.field !== field) continue;
    const g = groups.get(e.group) ?? [];
    g.push(e);
    groups.set(e.group, g);
  }
  return [...groups.values()];
}

/** Share of extractions whose choice (arg-max above "none") is right, and the same for "first candidate". */
function choiceAccuracy(groups: readonly Example[][], w: LogisticWeights): { model: number; first: number } {
  let model = 0;
  let first = 0;
  for (const g of groups) {
    const scores = g.map((e) => w.weights.reduce((z, wj, j) => z + wj * (e.x[j] as number), w.bias));
    const best = scores.indexOf(Math.max(...scores));
    const anyRight = g.some((e) => e.positive);
    if ((scores[best] as number) > 0 ? g[best]?.positive : !anyRight) model++;
    if (g[0]?.positive || (!anyRight && g.length === 0)) first++;
  }
  return { model: model / groups.length, first: first / groups.length };
}

export async function train(): Promise<{ model: CandidateModelFile; examples: Example[] }> {
  const examples = await trainingExamples();
  const fitField = (field: 'email' | 'phone') => fitChoice(groupsOf(examples, field));
  const model: CandidateModelFile = {
    email: { features: [...EMAIL_FEATURE_NAMES], ...fitField('email') },
    phone: { features: [...PHONE_FEATURE_NAMES], ...fitField('phone') },
  };
  return { model, examples };
}

export async function run(argv: string[]): Promise<number> {
  const { model, examples } = await train();
  for (const field of ['email', 'phone'] as const) {
    const ex = examples.filter((e) => e.field === field);
    const groups = groupsOf(examples, field);
    const m = model[field];
    const acc = choiceAccuracy(groups, m);
    console.log(
      `${field}: ${ex.length} candidates (${ex.filter((e) => e.positive).length} right) in ${groups.length} extractions; ` +
        `choice right ${acc.model.toFixed(4)} (first candidate ${acc.first.toFixed(4)}) on the training data`,
    );
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
