import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * The one language detector: franc's trigram model (franc-min's data) over a short candidate list
 * and a bounded sample. Texts with too few letters give the model too little to go on ("Call me"
 * would come back as anything), so they get no answer.
 *
 * The answer is franc's (`franc(sample, { only, minLength })`, the same candidate list), computed
 * here without franc's per-call work: franc builds a plain-object trigram dictionary per call, runs
 * all 26 of its script patterns over the sample and scores every candidate by property look-ups,
 * ~85 µs per 200-character message (CPU profile of the processor bench), the anonymise stage's
 * largest cost. Here the candidates' models are one Map built at start-up, keyed by the trigram's
 * three UTF-16 units packed into one number, and the script patterns run only on text with a
 * character outside Latin's range. test/unit/stages/language.test.ts checks the answers against
 * franc's.
 */
export interface LanguageDetectorOptions {
  /** Fewer letters than this in the sample: no answer. */
  minLetters: number;
  /** Only the first this many characters are looked at. */
  maxChars: number;
}

/** The script whose models hold every candidate (franc-min has models for four scripts). */
const SCRIPT = 'Latin';
/** franc's distance for a sample trigram a model lacks (MAX_DIFFERENCE in franc). */
const MISSING_TRIGRAM_DISTANCE = 300;
/** franc reads at most this many characters; a longer maxChars would give a different answer. */
const FRANC_MAX_CHARS = 2048;
/** Below this code point no script pattern of franc but Latin's matches a character. */
const FIRST_NON_LATIN_SCRIPT_CHAR = 0x370;

const LETTER = /\p{L}/gu;
const LATIN_CHAR = new RegExp((expressions[SCRIPT] as RegExp).source);
// franc's clean-up (trigram-utils `clean`): ASCII punctuation and digits, then runs of white space.
const PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/** `languages` maps the ISO 639-3 codes franc answers with to what the caller wants back. */
export function createLanguageDetector<T extends string>(
  languages: Readonly<Record<string, T>>,
  options: LanguageDetectorOptions,
): (text: string) => T | null {
  if (options.maxChars > FRANC_MAX_CHARS) throw new RangeError(`maxChars over ${FRANC_MAX_CHARS}`);
  const models = data[SCRIPT] as Record<string, string>;
  // franc breaks a tie by its models' order, so the candidates keep that order.
  const candidates = Object.keys(models).filter((code) => Object.hasOwn(languages, code));
  const unknown = Object.keys(languages).filter((code) => !candidates.includes(code));
  if (unknown.length > 0) throw new RangeError(`no ${SCRIPT} trigram model for ${unknown.join(', ')}`);
  const ranks = trigramRanks(candidates.map((code) => models[code] as string));
  return (text) => {
    const sample = text.length > options.maxChars ? text.slice(0, options.maxChars) : text;
    // At least minLetters letters, so also franc's minLength in characters.
    if (!hasLetters(sample, options.minLetters) || !isLatinTopScript(sample)) return null;
    return languages[candidates[closestModel(sample, ranks, candidates.length)] as string] ?? null;
  };
}

/**
 * Each trigram of the models → its rank in every candidate's model (-1: not in it). A trigram listed
 * twice in a model keeps its first rank, as franc's dictionaries do.
 */
function trigramRanks(models: readonly string[]): Map<number, Int16Array> {
  const ranks = new Map<number, Int16Array>();
  models.forEach((model, candidate) => {
    const trigrams = model.split('|');
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      const key = trigramKey(trigrams[rank] as string, 0);
      let row = ranks.get(key);
      if (!row) {
        row = new Int16Array(models.length).fill(-1);
        ranks.set(key, row);
      }
      row[candidate] = rank;
    }
  });
  return ranks;
}

/** The three UTF-16 units at `at`, packed into one number (48 bits: exact in a double). */
function trigramKey(text: string, at: number): number {
  return (text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)) * 0x10000 + text.charCodeAt(at + 2);
}

/**
 * The candidate franc ranks first: the least summed distance between each trigram's count in the
 * sample and its rank in the model, the first candidate on a tie. A trigram in no candidate's model
 * adds the same distance to all of them, so it is skipped.
 */
function closestModel(sample: string, ranks: ReadonlyMap<number, Int16Array>, candidates: number): number {
  const cleaned = sample.replace(PUNCTUATION_AND_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<number, number>();
  for (let at = 0; at + 3 <= padded.length; at++) {
    const key = trigramKey(padded, at);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const distances = new Array<number>(candidates).fill(0);
  for (const [key, count] of counts) {
    const row = ranks.get(key);
    if (!row) continue;
    for (let c = 0; c < candidates; c++) {
      const rank = row[c] as number;
      distances[c] =
        (distances[c] as number) + (rank < 0 ? MISSING_TRIGRAM_DISTANCE : Math.abs(count - rank - 1));
    }
  }
  let best = 0;
  for (let c = 1; c < candidates; c++) if ((distances[c] as number) < (distances[best] as number)) best = c;
  return best;
}

/**
 * Whether franc would read the sample as Latin script: the script whose pattern matches the most
 * characters, the first in franc's order on a tie (so none at all is no script). Below
 * FIRST_NON_LATIN_SCRIPT_CHAR only Latin's pattern matches, so the other patterns run only when the
 * sample holds a character above it.
 */
function isLatinTopScript(sample: string): boolean {
  let onlyLatinRange = true;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) >= FIRST_NON_LATIN_SCRIPT_CHAR) {
      onlyLatinRange = false;
      break;
    }
  }
  if (onlyLatinRange) return LATIN_CHAR.test(sample);
  let top: string | null = null;
  let topCount = 0;
  for (const [script, pattern] of Object.entries(expressions)) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  return top === SCRIPT;
}

/** At least `min` letters in `text`: counted up to `min` only, without collecting every letter. */
function hasLetters(text: string, min: number): boolean {
  LETTER.lastIndex = 0;
  let n = 0;
  while (n < min && LETTER.test(text)) n++;
  return n >= min;
}
