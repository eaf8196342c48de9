/**
 * Trains the pitch-text model (src/processors/stages/pitch-text-model.json): a logistic regression
 * over the word, word-pair and stem features of src/processors/stages/text-model.ts
 * (./fit-text-model.ts).
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
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { textLogit } from '../../src/processors/stages/text-model.js';
import { fitTextModel } from './fit-text-model.js';
import { pitchTexts } from './pitch-texts.js';

export const TEXT_SEED = 11;
export const TEXT_PAIRS = 1200;
const MODEL_PATH = fileURLToPath(
  new URL('../../src/processors/stages/pitch-text-model.json', import.meta.url),
);

export async function run(argv: string[]): Promise<number> {
  const texts = [...pitchTexts(TEXT_PAIRS, TEXT_SEED)];
  const model = fitTextModel(texts);
  const json = `${JSON.stringify(model, null, 1)}\n`;
  const wrong = texts.filter((t) => textLogit(model, t.text) > 0 !== t.positive).length;
  console.log(
    `trained on ${texts.length} texts (${texts.filter((t) => t.positive).length} pitch); ${Object.keys(model.weights).length} features kept; ${wrong} training texts on the wrong side`,
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
