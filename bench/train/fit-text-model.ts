/**
 * Fits a text model (src/processors/stages/text-model.ts): a logistic regression over the word,
 * word-pair and stem features of each text. Features seen in fewer than MIN_DOCS texts are
 * dropped; full-batch gradient descent from zero weights with L2 and class weights, no randomness,
 * so the same texts give the same JSON byte for byte; weights under PRUNE are left out.
 */
import { type TextModelFile, textFeatures } from '../../src/processors/stages/text-model.js';

/** A training text and its class: the model's positive class (pitch, existing client) or not. */
export interface LabelledText {
  text: string;
  positive: boolean;
}

const MIN_DOCS = 2;
const ITERATIONS = 1000;
const LEARNING_RATE = 2;
/** The L2 penalty unless the caller sets its own: a model of few, repetitive texts needs a stronger one. */
const DEFAULT_L2 = 0.001;
const PRUNE = 0.01;

interface Doc {
  features: string[];
  positive: boolean;
}

export function fitTextModel(texts: readonly LabelledText[], l2 = DEFAULT_L2): TextModelFile {
  const docs: Doc[] = texts.map((t) => ({ features: [...textFeatures(t.text)], positive: t.positive }));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= MIN_DOCS)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => ({
    x: d.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: d.positive ? 1 : 0,
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
      w[j] = (w[j] as number) - LEARNING_RATE * ((grad[j] as number) / n + l2 * (w[j] as number));
  }
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  const weights: Record<string, number> = {};
  for (const [j, f] of vocab.entries())
    if (Math.abs(w[j] as number) >= PRUNE) weights[f] = round(w[j] as number);
  return { bias: round(bias), weights };
}
