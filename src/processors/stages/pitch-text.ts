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
  const lower = text.slice(0, MAX_PITCH_TEXT_CHARS).toLowerCase();
  // Most messages are ASCII: nothing to decompose, and a letter is a-z. Each replacement below
  // needs a character many messages lack; none of them adds a digit, "@" or "%".
  const ascii = ASCII_ONLY.test(lower);
  let t = (ascii ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')).replace(
    /\bhttps?:\/\/\S{1,2048}|\bwww\.\S{1,253}/g,
    ' zurl ',
  );
  if (t.includes('@')) t = t.replace(/\S{1,64}@\S{1,253}/g, ' zemail ');
  if (DIGIT.test(t)) {
    t = t.replace(/[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|usd\b|euros?\b|dollars?\b)/g, ' zmoney ');
    if (t.includes('%')) t = t.replace(/\d+(?:[.,]\d+)*\s?%/g, ' zpercent ');
    t = t.replace(/\d+/g, ' znum ');
  }
  return t.match(ascii ? /[a-z]+/g : /\p{L}+/gu) ?? [];
}
/** Printable ASCII and whitespace; a message with other control characters takes the general path. */
const ASCII_ONLY = /^[\t\n\r -~]*$/;
const DIGIT = /\d/;

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
 * The committed model by first word, for scoring: one look-up per word finds its own weight and the
 * weights of the pairs it starts, and a pair the model never kept costs no string (building and
 * hashing every feature was most of the model's cost). Maps, not the JSON object, so a word like
 * "constructor" is not read off Object.prototype.
 */
interface WordEntry {
  weight?: number;
  /** Second word → weight of the pair. */
  pairs?: Map<string, number>;
}
interface ScoringModel {
  bias: number;
  words: Map<string, WordEntry>;
  /** By the stem's first letters, without the `~` marker. */
  stems: Map<string, number>;
}

function scoringModel(m: PitchTextModelFile): ScoringModel {
  const out: ScoringModel = { bias: m.bias, words: new Map(), stems: new Map() };
  const entry = (word: string): WordEntry => {
    let e = out.words.get(word);
    if (!e) {
      e = {};
      out.words.set(word, e);
    }
    return e;
  };
  for (const [feature, weight] of Object.entries(m.weights)) {
    const space = feature.indexOf(' ');
    if (space >= 0) {
      const e = entry(feature.slice(0, space));
      e.pairs ??= new Map();
      e.pairs.set(feature.slice(space + 1), weight);
    } else if (feature.endsWith('~')) out.stems.set(feature.slice(0, -1), weight);
    else entry(feature).weight = weight;
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
    const entry = m.words.get(w);
    if (entry?.weight !== undefined) add(w, entry.weight);
    if (w.length >= STEM_MIN_WORD) {
      const stem = w.slice(0, STEM_LENGTH);
      const stemWeight = m.stems.get(stem);
      if (stemWeight !== undefined) add(`${stem}~`, stemWeight);
    }
    const next = words[i + 1];
    const pairWeight = next === undefined ? undefined : entry?.pairs?.get(next);
    if (pairWeight !== undefined) add(`${w} ${next}`, pairWeight);
  }
  return z;
}

/** 0..1: how much `text` reads as a seller's pitch or spam (0 for no text). */
export function pitchTextScore(text: string | null): number {
  if (!text?.trim()) return 0;
  return 1 / (1 + Math.exp(-scoringLogit(SCORING, text)));
}
