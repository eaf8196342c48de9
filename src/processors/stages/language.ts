/**
 * franc's trigram language guess over a short candidate list, computed without franc's per-call
 * overhead. franc (franc-min 6.2) counts every script's characters with one regex each, builds
 * the sample's trigrams as properties of a fresh object and looks each one up in every candidate
 * model with `in`: about 60 µs per message, the most expensive step of anonymisation. Here the
 * candidate models are compiled once into Maps and a mostly-Latin sample skips the script census.
 * The answer is franc's: the same cleaning, trigrams, distance (franc's `getDistance`) and
 * tie-break (first candidate in franc's data order). Samples that are not mostly Latin, where the
 * census matters, go to franc itself. test/unit/stages/language.test.ts checks the equivalence.
 */
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's penalty for a trigram the model lacks (franc-min `MAX_DIFFERENCE`). */
const MAX_DIFFERENCE = 300;
/** franc reads at most this much of a sample (franc-min `MAX_LENGTH`). */
const MAX_LENGTH = 2048;
const LATIN = requireLatin(expressions.Latin);

export type LanguageGuesser = (sample: string) => string;

/**
 * `candidates` are ISO 639-3 codes of Latin-script languages in franc's data; the guesser returns
 * one of them, or 'und' (franc's "undetermined") when franc would.
 */
export function createLanguageGuesser(candidates: readonly string[], minLength: number): LanguageGuesser {
  const latin = data.Latin ?? {};
  // franc filters its models in data order and sorts distances stably: data order breaks ties.
  const codes = Object.keys(latin).filter((code) => candidates.includes(code));
  if (codes.length !== candidates.length) {
    throw new TypeError(`language candidates not all Latin-script franc languages: ${candidates.join(',')}`);
  }
  // One table for all candidates: trigram → row; row × candidates + j → its weight in candidate
  // j's model (-1: absent). A sample's trigram is looked up once rather than once per language,
  // and the weights sit in one flat array rather than a small object per trigram.
  const rows = new Map<string, number>();
  const perRow: number[] = [];
  codes.forEach((code, j) => {
    const list = (latin[code] ?? '').split('|');
    // franc assigns from the end, so a repeated trigram keeps its first (lowest) weight.
    for (let weight = list.length - 1; weight >= 0; weight--) {
      const trigram = list[weight] as string;
      let row = rows.get(trigram);
      if (row === undefined) {
        row = rows.size;
        rows.set(trigram, row);
        for (let k = 0; k < codes.length; k++) perRow.push(-1);
      }
      perRow[row * codes.length + j] = weight;
    }
  });
  const weights = Int16Array.from(perRow);
  const absent = new Int16Array(codes.length).fill(-1);
  const only = [...candidates];

  return function guess(text: string): string {
    let sample = text;
    if (!sample || sample.length < minLength) return 'und';
    if (sample.length > MAX_LENGTH) sample = sample.slice(0, MAX_LENGTH);
    const latinCount = sample.match(LATIN)?.length ?? 0;
    // Scripts are disjoint, so more than half Latin makes Latin franc's top script; otherwise
    // the census decides and franc runs it.
    if (latinCount * 2 <= sample.length) return franc(sample, { only, minLength });
    const n = codes.length;
    const distances = new Float64Array(n);
    for (const [trigram, count] of trigramCounts(sample)) {
      const row = rows.get(trigram);
      const table = row === undefined ? absent : weights;
      const base = row === undefined ? 0 : row * n;
      for (let j = 0; j < n; j++) {
        const weight = table[base + j] as number;
        distances[j] =
          (distances[j] as number) + (weight < 0 ? MAX_DIFFERENCE : Math.abs(count - weight - 1));
      }
    }
    let best = 'und';
    let bestDistance = Number.POSITIVE_INFINITY;
    codes.forEach((code, j) => {
      const distance = distances[j] as number;
      if (distance < bestDistance) {
        best = code;
        bestDistance = distance;
      }
    });
    return best;
  };
}

/** trigram-utils' `asDictionary`: ASCII punctuation and digits to spaces, collapsed, lowercased, padded. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const t = cleaned.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function requireLatin(re: RegExp | undefined): RegExp {
  if (!re) throw new TypeError('franc-min has no Latin script expression');
  return re;
}
