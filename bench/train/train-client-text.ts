/**
 * Trains the client-text model (src/processors/stages/client-text-model.json): a text model
 * (src/processors/stages/text-model.ts, ./fit-text-model.ts) of an existing client writing about
 * what they have with the business, against a new customer's enquiry.
 *
 *   npm run bench -- train-client-text [--check]     # --check: fail if the committed JSON differs
 *
 * Training data, fixed, so the result is reproducible byte for byte: the training share of
 * bench/train/client-texts.ts (seed TEXT_SEED). The committed model is the one trained on that
 * share alone, so the accuracy printed on the held-out share (texts built only from parts the model
 * never saw) is the committed model's own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type TextModelFile, textLogit } from '../../src/processors/stages/text-model.js';
import { clientTexts } from './client-texts.js';
import { fitTextModel, type LabelledText } from './fit-text-model.js';

export const TEXT_SEED = 15;
const TRAIN_PAIRS = 2400;
const HELD_OUT_PAIRS = 400;
/** Scores at which accuracy is reported: the even split, and around triage's CLIENT_TEXT_THRESHOLD. */
const REPORTED_THRESHOLDS = [0.5, 0.8, 0.85, 0.9];
const MODEL_PATH = fileURLToPath(
  new URL('../../src/processors/stages/client-text-model.json', import.meta.url),
);

/** "n of m" texts of each class on the right side of `threshold`. */
function accuracy(model: TextModelFile, texts: readonly LabelledText[], threshold: number): string {
  const z = Math.log(threshold / (1 - threshold));
  const clients = texts.filter((t) => t.positive);
  const enquiries = texts.filter((t) => !t.positive);
  const right = (ts: readonly LabelledText[], positive: boolean) =>
    ts.filter((t) => textLogit(model, t.text) >= z === positive).length;
  return `clients ${right(clients, true)} of ${clients.length}, enquiries ${right(enquiries, false)} of ${enquiries.length}`;
}

export async function run(argv: string[]): Promise<number> {
  const train = [...clientTexts(TRAIN_PAIRS, TEXT_SEED, 'train')];
  const heldOut = [...clientTexts(HELD_OUT_PAIRS, TEXT_SEED, 'held-out')];
  const model = fitTextModel(train);
  console.log(`trained on ${train.length} texts; ${Object.keys(model.weights).length} features kept`);
  for (const threshold of REPORTED_THRESHOLDS) {
    console.log(`at ${threshold}: training ${accuracy(model, train, threshold)}`);
    console.log(`at ${threshold}: held out ${accuracy(model, heldOut, threshold)}`);
  }
  const top = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  const show = (rows: [string, number][]) => rows.map(([f, v]) => `${f} ${v}`).join(', ');
  console.log(`most client-like: ${show(top.slice(0, 25))}`);
  console.log(`most enquiry-like: ${show(top.slice(-25))}`);
  const json = `${JSON.stringify(model, null, 1)}\n`;
  if (argv.includes('--check')) {
    const committed = JSON.parse(await readFile(MODEL_PATH, 'utf8')) as unknown;
    if (JSON.stringify(committed) !== JSON.stringify(model)) {
      console.error('client-text-model.json differs from a fresh training run');
      return 1;
    }
    console.log('client-text-model.json matches a fresh training run');
    return 0;
  }
  await writeFile(MODEL_PATH, json);
  console.log(`wrote ${MODEL_PATH}`);
  return 0;
}
