/**
 * Trains the pitch-text model (src/processors/stages/pitch-text-model.json): a logistic regression
 * over the word, word-pair and stem features of src/processors/stages/pitch-text.ts.
 *
 *   npm run bench -- train-pitch-text [--check]     # --check: fail if the committed JSON differs
 *
 * Training data, fixed, so the result is reproducible byte for byte: the texts of
 * bench/train/pitch-texts.ts (seed TEXT_SEED): pitches, spam, recruiters and applicants vs
 * customers' requests, in en/de/fr/es. Not the SpamAssassin sets: the triage model trains on
 * their training half with this model's score as a feature, and a score the text model had
 * memorised there (tried: SpamAssassin training-half spam scored near 1, its held-out spam did
 * not) taught the triage model to trust it too much; 26 of 384 SpamAssassin messages became
 * leads instead of 11. Scored on mail it never saw, the feature carries its honest weight.
 * Features seen in fewer than MIN_DOCS texts are dropped; full-batch gradient descent from zero
 * weights with L2 and class weights; weights under PRUNE are left out of the JSON.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  type PitchTextModelFile,
  pitchFeatures,
  pitchLogit,
} from '../../src/processors/stages/pitch-text.js';
import { pitchTexts } from './pitch-texts.js';

export const TEXT_SEED = 11;
export const TEXT_PAIRS = 1200;
const MODEL_PATH = fileURLToPath(
  new URL('../../src/processors/stages/pitch-text-model.json', import.meta.url),
);
const MIN_DOCS = 2;
const ITERATIONS = 1000;
const LEARNING_RATE = 2;
const L2 = 0.001;
const PRUNE = 0.01;

interface Doc {
  features: string[];
  pitch: boolean;
}

export function fitPitchText(texts: readonly { text: string; pitch: boolean }[]): PitchTextModelFile {
  const docs: Doc[] = texts.map((t) => ({ features: [...pitchFeatures(t.text)], pitch: t.pitch }));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= MIN_DOCS)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => ({
    x: d.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: d.pitch ? 1 : 0,
  }));
  const n = rows.length;
  const positives = rows.filter((r) => r.y === 1).length;
  const wPos = n / (2 * Math.max(1, positives));
  const wNeg = n / (2 * Math.max(1, n - positives));
  const w = new Float64Array(vocab.length);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(vocab.length);
    let gBias = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.x) z += w[i] as number;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * (r.y ? wPos : wNeg);
      gBias += err;
      for (const i of r.x) grad[i] = (grad[i] as number) + err;
    }
    bias -= (LEARNING_RATE * gBias) / n;
    for (let j = 0; j < w.length; j++)
      w[j] = (w[j] as number) - LEARNING_RATE * ((grad[j] as number) / n + L2 * (w[j] as number));
  }
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  const weights: Record<string, number> = {};
  for (const [j, f] of vocab.entries())
    if (Math.abs(w[j] as number) >= PRUNE) weights[f] = round(w[j] as number);
  return { bias: round(bias), weights };
}

export async function run(argv: string[]): Promise<number> {
  const texts = [...pitchTexts(TEXT_PAIRS, TEXT_SEED)];
  const model = fitPitchText(texts);
  const json = `${JSON.stringify(model, null, 1)}\n`;
  const wrong = texts.filter((t) => pitchLogit(model, t.text) > 0 !== t.pitch).length;
  console.log(
    `trained on ${texts.length} texts (${texts.filter((t) => t.pitch).length} pitch); ${Object.keys(model.weights).length} features kept; ${wrong} training texts on the wrong side`,
  );
  const top = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  console.log(
    `most pitch-like: ${top
      .slice(0, 25)
      .map(([f, v]) => `${f} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `most customer-like: ${top
      .slice(-25)
      .map(([f, v]) => `${f} ${v}`)
      .join(', ')}`,
  );
  if (argv.includes('--check')) {
    const committed = JSON.parse(await readFile(MODEL_PATH, 'utf8')) as unknown;
    if (JSON.stringify(committed) !== JSON.stringify(model)) {
      console.error('pitch-text-model.json differs from a fresh training run');
      return 1;
    }
    console.log('pitch-text-model.json matches a fresh training run');
    return 0;
  }
  await writeFile(MODEL_PATH, json);
  console.log(`wrote ${MODEL_PATH}`);
  return 0;
}
