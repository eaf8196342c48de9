/**
 * Small text models: logistic regressions over a message's word, word-pair and word-stem features,
 * each trained by a script in bench/train and committed as JSON (only the features it kept, with
 * their weights). The pitch-text model (./pitch-text.ts) and the client-text model
 * (./client-text.ts) share these features and this inference, so a tokeniser change reaches both
 * and each retrain says so. Pure, deterministic and bounded: the first MAX_TEXT_MODEL_CHARS
 * characters.
 */
/** Characters of the message a model reads: a pitch or a client's request says what it is in its first lines. */
export const MAX_TEXT_MODEL_CHARS = 4000;
/** Words that also count by their first letters, so inflections share a feature (optimis/optimiz…). */
const STEM_MIN_WORD = 7;
const STEM_LENGTH = 5;

export interface TextModelFile {
  bias: number;
  weights: Record<string, number>;
}

/**
 * The message as lowercase, accent-free words; links, addresses, numbers and amounts become one
 * token each, because what they are matters and their exact value does not.
 */
function textTokens(text: string): string[] {
  const lower = text.slice(0, MAX_TEXT_MODEL_CHARS).toLowerCase();
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
export function textFeatures(text: string): Set<string> {
  const words = textTokens(text);
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

export function textLogit(m: TextModelFile, text: string): number {
  let z = m.bias;
  for (const f of textFeatures(text)) z += m.weights[f] ?? 0;
  return z;
}

/**
 * A committed model by first word, for scoring: one look-up per word finds its own weight and the
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

function scoringModel(m: TextModelFile): ScoringModel {
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

/**
 * textLogit for a committed model: the same features in the same order (so the same sum), each
 * counted once, but only the ones the model has a weight for are built.
 */
function scoringLogit(m: ScoringModel, text: string): number {
  const words = textTokens(text);
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

/**
 * The score of a committed model: 0..1, the chance its positive class wrote `text` (0 for no text).
 * The model is indexed once, here, not per message.
 */
export function createTextScorer(m: TextModelFile): (text: string | null) => number {
  const scoring = scoringModel(m);
  return (text) => (text?.trim() ? 1 / (1 + Math.exp(-scoringLogit(scoring, text))) : 0);
}
