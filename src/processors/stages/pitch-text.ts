/**
 * The pitch-text model: how much a message reads as a seller's pitch or spam rather than a
 * customer's request. A logistic regression over word, word-pair and word-stem features, trained
 * by bench/train/train-pitch-text.ts and committed as pitch-text-model.json (only the features
 * it kept, with their weights). It reads the customer's message (a form's message field, or the
 * body when there are no fields), because a form notification's frame says nothing about who
 * typed into it. Pure, deterministic and bounded: the first MAX_PITCH_TEXT_CHARS characters.
 */
import model from './pitch-text-model.json' with { type: 'json' };

/** Characters of the message the model reads: a pitch says what it is in its first lines. */
export const MAX_PITCH_TEXT_CHARS = 4000;
/** Words that also count by their first letters, so inflections share a feature (optimis/optimiz…). */
const STEM_MIN_WORD = 7;
const STEM_LENGTH = 5;

export interface PitchTextModelFile {
  bias: number;
  weights: Record<string, number>;
}

/**
 * The message as lowercase, accent-free words; links, addresses, numbers and amounts become one
 * token each, because what they are matters and their exact value does not.
 */
function pitchTokens(text: string): string[] {
  const t = text
    .slice(0, MAX_PITCH_TEXT_CHARS)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\bhttps?:\/\/\S{1,2048}|\bwww\.\S{1,253}/g, ' zurl ')
    .replace(/\S{1,64}@\S{1,253}/g, ' zemail ')
    .replace(/[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|usd\b|euros?\b|dollars?\b)/g, ' zmoney ')
    .replace(/\d+(?:[.,]\d+)*\s?%/g, ' zpercent ')
    .replace(/\d+/g, ' znum ');
  return t.match(/\p{L}+/gu) ?? [];
}

/** The set of features of a text: words, adjacent word pairs, and the stems of long words. */
export function pitchFeatures(text: string): Set<string> {
  const words = pitchTokens(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.add(w);
    if (w.length >= STEM_MIN_WORD) out.add(`${w.slice(0, STEM_LENGTH)}~`);
    const next = words[i + 1];
    if (next !== undefined) out.add(`${w} ${next}`);
  }
  return out;
}

export function pitchLogit(m: PitchTextModelFile, text: string): number {
  let z = m.bias;
  for (const f of pitchFeatures(text)) z += m.weights[f] ?? 0;
  return z;
}

const MODEL = model as PitchTextModelFile;

/**
 * The committed model split by feature kind, for scoring: most of a message's words and nearly all
 * of its word pairs are not in the model, and looking a pair up word by word builds no string for
 * it (building and hashing every feature was most of the model's cost). Maps, not the JSON object,
 * so a word like "constructor" is not read off Object.prototype.
 */
interface ScoringModel {
  bias: number;
  words: Map<string, number>;
  /** By the stem's first letters, without the `~` marker. */
  stems: Map<string, number>;
  /** First word → second word → weight. */
  pairs: Map<string, Map<string, number>>;
}

function scoringModel(m: PitchTextModelFile): ScoringModel {
  const out: ScoringModel = { bias: m.bias, words: new Map(), stems: new Map(), pairs: new Map() };
  for (const [feature, weight] of Object.entries(m.weights)) {
    const space = feature.indexOf(' ');
    if (space >= 0) {
      const first = feature.slice(0, space);
      let next = out.pairs.get(first);
      if (!next) out.pairs.set(first, (next = new Map()));
      next.set(feature.slice(space + 1), weight);
    } else if (feature.endsWith('~')) out.stems.set(feature.slice(0, -1), weight);
    else out.words.set(feature, weight);
  }
  return out;
}

const SCORING = scoringModel(MODEL);

/**
 * pitchLogit for the committed model: the same features in the same order (so the same sum), each
 * counted once, but only the ones the model has a weight for are built.
 */
function scoringLogit(m: ScoringModel, text: string): number {
  const words = pitchTokens(text);
  const counted = new Set<string>();
  let z = m.bias;
  const add = (feature: string, weight: number) => {
    if (counted.has(feature)) return;
    counted.add(feature);
    z += weight;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const wordWeight = m.words.get(w);
    if (wordWeight !== undefined) add(w, wordWeight);
    if (w.length >= STEM_MIN_WORD) {
      const stem = w.slice(0, STEM_LENGTH);
      const stemWeight = m.stems.get(stem);
      if (stemWeight !== undefined) add(`${stem}~`, stemWeight);
    }
    const next = words[i + 1];
    if (next !== undefined) {
      const pairWeight = m.pairs.get(w)?.get(next);
      if (pairWeight !== undefined) add(`${w} ${next}`, pairWeight);
    }
  }
  return z;
}

/** 0..1: how much `text` reads as a seller's pitch or spam (0 for no text). */
export function pitchTextScore(text: string | null): number {
  if (!text?.trim()) return 0;
  return 1 / (1 + Math.exp(-scoringLogit(SCORING, text)));
}
