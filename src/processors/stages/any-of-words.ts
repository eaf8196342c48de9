/**
 * One pattern for "does any of these match?": most text matches none of a set of word lists, which
 * one pass over it tells instead of one per list. The lists open with the same letter lookbehind;
 * it stands once in front of the alternation, not inside each branch: the same matches (a
 * zero-width test of the same position), but V8 rejects most positions at it before trying any
 * branch, over twice as fast on the bench corpus. Each branch keeps the rest of its pattern, its
 * closing lookahead included, so the alternation matches where one of the patterns would.
 */
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;

export function anyOfWords(patterns: readonly RegExp[], flags: string): RegExp {
  const branches = patterns.map((re) => {
    if (!re.source.startsWith(NOT_AFTER_LETTER)) throw new Error(`pattern without lookbehind: ${re.source}`);
    return `(?:${re.source.slice(NOT_AFTER_LETTER.length)})`;
  });
  return new RegExp(`${NOT_AFTER_LETTER}(?:${branches.join('|')})`, flags);
}

/** What a text holds of the word lists a reader was made for (see createWordListReader). */
export interface WordListMatches {
  /** `re.test(text)`: whether the list matches the text read. */
  test(re: RegExp): boolean;
  /**
   * The number of matches a global scan of `re` finds in `within`: replayed from the shared pass
   * when `within` is the text read, else a scan of its own (a text cut from it, say).
   */
  count(re: RegExp, within: string): number;
}

/**
 * Several word lists read over one text in one pass: the union of the lists (anyOfWords) finds
 * every position where one of them matches, and each list is then tried, anchored, at those
 * positions only. A global scan of a list finds its leftmost match from where its last one ended,
 * and every position a list matches at is one the union matches at, so each list's matches come
 * out as its own scan finds them. Each list alone was a scan of the whole text at every word start
 * (triage read seven such lists and eight job-evidence kinds over the same text); most text
 * matches none of them, and the anchored tries are few.
 *
 * The lists share `flags` (less `g`, and `m` only for a list whose `^`/`$` need it), so the union
 * reads each list's words as the list does.
 */
export function createWordListReader(
  patterns: readonly RegExp[],
  flags: string,
): (text: string) => WordListMatches {
  for (const re of patterns) {
    const own = re.flags.replace(/[gm]/g, '');
    if (own !== flags.replace('m', '') || (!re.multiline && flags.includes('m') && hasAnchor(re.source)))
      throw new Error(`word list with other flags than '${flags}': ${re.source.slice(0, 60)}`);
  }
  const any = anyOfWords(patterns, `${flags}g`);
  const anchored = new Map(
    patterns.map((re) => [re, new RegExp(re.source, `${re.flags.replace('g', '')}y`)]),
  );
  const anchoredFor = (re: RegExp): RegExp => {
    const sticky = anchored.get(re);
    if (!sticky) throw new Error(`not a list of this reader: ${re.source.slice(0, 60)}`);
    return sticky;
  };
  return (text) => {
    const starts: number[] = [];
    any.lastIndex = 0;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      starts.push(m.index);
      // The next position, a whole code point on (a match starts on one: the `u` flag).
      any.lastIndex = m.index + ((text.codePointAt(m.index) as number) > 0xffff ? 2 : 1);
    }
    return {
      test(re) {
        const sticky = anchoredFor(re);
        return starts.some((at) => {
          sticky.lastIndex = at;
          return sticky.test(text);
        });
      },
      count(re, within) {
        const sticky = anchoredFor(re);
        if (within !== text) return countMatches(re, within);
        let n = 0;
        let end = 0;
        for (const at of starts) {
          if (at < end) continue;
          sticky.lastIndex = at;
          if (sticky.test(text)) {
            n++;
            end = sticky.lastIndex;
          }
        }
        return n;
      },
    };
  };
}

/** Matches of a global scan of `re` over `text` (`re` must match no empty string). */
export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Whether a pattern source has `^` or `$` outside a character class. */
function hasAnchor(source: string): boolean {
  return /[\^$]/.test(source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));
}
