/**
 * Labels abbreviated as older form scripts, boxed tables and compact layouts print them ("Adr.
 * mail", "Obj. dde", "Betr.", "Vorn.", "Tfno.", "Ctry"): each shortened word stands for a word of
 * the label lexicon, cut after its first letters ("Betr." → betreff, "Vorn." → vorname, "Obs." →
 * observaciones) or written without some of its middle letters ("Ctry" → country, "Dde" →
 * demande, "Tfno." → telefono). Listing every abbreviation of every word in four languages is
 * a rule per wording; reading the abbreviation from the lexicon's own words is one rule for all.
 *
 * The reader only proposes the labels an abbreviated one may stand for; the lexicon decides
 * (labels.ts takes a target only when it knows every expansion and they agree), so an abbreviation
 * of several words with different meanings ("Mai." → main, mail) types nothing.
 */
import { foldAccents } from '../normalise.js';

/** Expansions tried per label at most: a label of several vague abbreviations is no label. */
const MAX_EXPANSIONS = 16;
/** Letters an abbreviation written with its dot keeps at least. */
const MIN_DOTTED_LETTERS = 3;
/**
 * A word written without its dot is a contraction only when it is three to five letters long with
 * no vowel but a final "e" ("Ctry", "Dde", "Tlf"), not in capitals ("TBC", "BMW" are names of
 * things), and no function word or salutation of that shape ("the", "Mrs", "Mme"): any other word
 * is a word ("und", "pour"), even one the lexicon lacks.
 */
const UNDOTTED_CONTRACTION = /^(?=[a-z]{3,5}$)[^aeiou]{2,4}e?$/;
const CAPITALS = /^\p{Lu}{2,}$/u;
const NOT_CONTRACTIONS: ReadonlySet<string> = new Set([
  'the',
  'she',
  'thy',
  'why',
  'mrs',
  'mme',
  'mlle',
  'frl',
  'hrn',
]);
const isContraction = (written: string, word: string) =>
  UNDOTTED_CONTRACTION.test(word) && !CAPITALS.test(written) && !NOT_CONTRACTIONS.has(word);
/** A label's words, each perhaps closed by its abbreviation dot. */
const WORD = /(\p{L}+)(\.)?/gu;

/** "Téléphone" → "telephone": a word as the lexicon's keys spell it. */
function plain(word: string): string {
  return foldAccents(word).replace(/ß/g, 'ss');
}

/** The letters of `short` appear in `word` in order ("ctry" in "country"). */
function isSubsequence(short: string, word: string): boolean {
  let k = 0;
  for (let i = 0; i < word.length && k < short.length; i++) if (word[i] === short[k]) k++;
  return k === short.length;
}

export interface AbbreviationReader {
  /**
   * The labels an abbreviated label may stand for, its shortened words written out ("Obj. dde" →
   * "objet demande"), or null when no word of it is an abbreviation of a lexicon word.
   */
  expansions(label: string): string[] | null;
}

/** `vocabulary`: the words of the label lexicon's entries, as `plain` spells them. */
export function createAbbreviationReader(vocabulary: Iterable<string>): AbbreviationReader {
  const known = new Set<string>();
  const byInitial = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (known.has(word)) continue;
    known.add(word);
    const initial = word[0] as string;
    const list = byInitial.get(initial);
    if (list) list.push(word);
    else byInitial.set(initial, [word]);
  }

  /** The lexicon words `word` may abbreviate, or null when it is a word as written. */
  function wordsFor(written: string, dotted: boolean): string[] | null {
    const word = plain(written);
    if (known.has(word)) return null;
    if (dotted ? word.length < MIN_DOTTED_LETTERS : !isContraction(written, word)) return null;
    const candidates = (byInitial.get(word[0] as string) ?? []).filter((full) => full.length > word.length);
    // With its dot a word is first read as cut ("Betr." → betreff, not bestellerin).
    const cut = dotted ? candidates.filter((full) => full.startsWith(word)) : [];
    // A contraction keeps the word's first and last letters ("Ctry", "Tfno."): "Pobl." is no
    // contraction of "portable".
    const contracted =
      cut.length > 0
        ? cut
        : candidates.filter(
            (full) =>
              full.length > word.length + 1 &&
              full.endsWith(word[word.length - 1] as string) &&
              isSubsequence(word, full),
          );
    // An abbreviation drops as few letters as it must: "Dde" is demande, not demandeuse; "Nomb."
    // is nombre, not nombres.
    const shortest = Math.min(...contracted.map((full) => full.length));
    const closest = contracted.filter((full) => full.length === shortest);
    return closest.length > 0 ? closest : null;
  }

  return {
    expansions(label) {
      let variants: string[] = [''];
      let abbreviated = false;
      for (const m of label.matchAll(WORD)) {
        const full = wordsFor(m[1] as string, m[2] === '.');
        if (full) abbreviated = true;
        const options = full ?? [plain(m[1] as string)];
        if (variants.length * options.length > MAX_EXPANSIONS) return null;
        variants = variants.flatMap((v) => options.map((o) => (v ? `${v} ${o}` : o)));
      }
      return abbreviated ? variants : null;
    },
  };
}
