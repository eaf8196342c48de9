/**
 * What the given-name pass (src/processors/stages/redact-given-names.ts) takes out of real text, for the
 * false-positive measurement of docs/given-name-redaction.md.
 *
 *   npm run bench -- given-name-hits [--sample 50]
 *
 * - ham: the text bodies of the labelled SpamAssassin ham (bench/train/labelled.ts), mail written by
 *   people, not leads; every hit is printed in a seeded sample to be judged by hand (name or not);
 * - accuracy corpus: the messages of the accuracy test's corpus (seed 20261112, 800 emails); a hit
 *   that is not a word of the lead's own name is listed in full.
 */
import PostalMime from 'postal-mime';
import { generateCorpus } from '../src/corpus/generate.js';
import { findGivenNames } from '../src/processors/stages/redact-given-names.js';
import { loadLabelledSets } from './train/labelled.js';

const ACCURACY_SEED = 20261112;
const ACCURACY_SIZE = 800;
const SAMPLE_SEED = 7;
const CONTEXT_CHARS = 40;
const WORD_RE = /[\p{L}\p{M}]+/gu;

interface Hit {
  where: string;
  match: string;
  context: string;
}

function hitsIn(where: string, text: string): Hit[] {
  return findGivenNames(text).map(([start, end]) => ({
    where,
    match: text.slice(start, end),
    context:
      `${text.slice(Math.max(0, start - CONTEXT_CHARS), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + CONTEXT_CHARS)}`.replace(
        /\s+/gu,
        ' ',
      ),
  }));
}

/** A deterministic sample (a fixed linear congruential sequence), so the hand count can be repeated. */
function sample<T>(items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  let state = SAMPLE_SEED;
  while (out.length < n && pool.length > 0) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(pool.splice(state % pool.length, 1)[0] as T);
  }
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const at = argv.indexOf('--sample');
  const sampleSize = at >= 0 ? Number(argv[at + 1]) : 50;

  let hamWords = 0;
  let hamMessages = 0;
  const hamHits: Hit[] = [];
  for (const email of await loadLabelledSets()) {
    if (email.label !== 'ham') continue;
    const text = (await PostalMime.parse(email.raw)).text ?? '';
    hamMessages++;
    hamWords += text.match(WORD_RE)?.length ?? 0;
    hamHits.push(...hitsIn(email.file, text));
  }
  process.stdout.write(
    `ham: ${hamMessages} messages, ${hamWords} words, ${hamHits.length} spans redacted ` +
      `(${((hamHits.length / hamWords) * 1000).toFixed(2)} per 1,000 words)\n`,
  );
  for (const hit of sample(hamHits, sampleSize)) process.stdout.write(`  ${hit.where}: ${hit.context}\n`);

  let leads = 0;
  let words = 0;
  const ownName: Hit[] = [];
  const other: Hit[] = [];
  for (const email of generateCorpus({ count: ACCURACY_SIZE, seed: ACCURACY_SEED })) {
    const expected = email.expected;
    if (expected.kind !== 'lead' || !expected.message) continue;
    leads++;
    words += expected.message.match(WORD_RE)?.length ?? 0;
    const nameWords = new Set((expected.fullName ?? '').toLowerCase().match(WORD_RE) ?? []);
    for (const hit of hitsIn(email.name, expected.message)) {
      const own = (hit.match.toLowerCase().match(WORD_RE) ?? []).every((w) => nameWords.has(w));
      (own ? ownName : other).push(hit);
    }
  }
  process.stdout.write(
    `accuracy corpus: ${leads} lead messages, ${words} words, ${ownName.length + other.length} spans redacted: ` +
      `${ownName.length} the lead's own name, ${other.length} other\n`,
  );
  for (const hit of other) process.stdout.write(`  ${hit.where}: ${hit.context}\n`);
  return 0;
}
