/**
 * Patterns from rules files (shipped and user-supplied) run on RE2, whose matching time is linear in
 * the input: no pattern, however written, can backtrack (`(a+)+$` on a long subject took 22–47 s on
 * V8's engine). re2-wasm was chosen by measurement over re2js and the native re2 binding
 * (docs/linear-time-patterns.md). RE2 has no lookaround and no backreferences; a pattern using them
 * fails the config load, naming its key.
 */
import { RE2 } from 're2-wasm';
import { lowerForLiterals, requiredLiterals } from './required-literals.js';

/** A compiled rules-file pattern. The only way extraction runs a configurable pattern. */
export interface Pattern {
  /** The pattern as written in the rules file. */
  readonly source: string;
  test(text: string): boolean;
  /**
   * The first capture group that took part in the first match, trimmed; null when there is no match
   * or it is blank. "Took part" lets one pattern offer alternative places for the value
   * (`a:(x)|b:(y)`), which RE2, lacking lookaround, often needs.
   */
  firstGroup(text: string): string | null;
}

/**
 * Compiles a rules-file pattern. Case-insensitive unless it starts with `(?-i)`. Throws a
 * SyntaxError with RE2's message when RE2 cannot compile it (lookaround, backreferences, bad syntax).
 */
export function compilePattern(source: string): Pattern {
  const caseSensitive = source.startsWith('(?-i)');
  // re2-wasm requires the 'u' flag: it always matches code points, as RegExp's 'u' does.
  const re = new RE2(caseSensitive ? source.slice(5) : source, caseSensitive ? 'u' : 'iu');
  const required = requiredLiterals(caseSensitive ? source.slice(5) : source);
  // Without one of its required strings the pattern cannot match: RE2 is not asked.
  const mayMatch = required
    ? (text: string) => {
        const lower = lowerCached(text);
        return required.some((s) => lower.includes(s));
      }
    : () => true;
  return {
    source,
    test: (text) => mayMatch(text) && re.test(text),
    firstGroup(text) {
      if (!mayMatch(text)) return null;
      const m = re.exec(text);
      const g = m
        ?.slice(1)
        .find((group) => group !== undefined)
        ?.trim();
      return g ? g : null;
    },
  };
}

/**
 * The lower-cased form of the last few texts: one email's sender, subject, body and HTML are each
 * tested against many patterns in turn.
 */
const lowered: Array<[text: string, lower: string]> = [];
const LOWERED_KEPT = 6;

function lowerCached(text: string): string {
  for (const [t, lower] of lowered) if (t === text) return lower;
  const lower = lowerForLiterals(text);
  lowered.unshift([text, lower]);
  if (lowered.length > LOWERED_KEPT) lowered.pop();
  return lower;
}

/**
 * One pattern that matches wherever any of `patterns` would: their sources as an alternation, each
 * in its own flag group so its case rule is kept. A screen, not a replacement: when it finds nothing,
 * none of them can match, and the text was handed to RE2 once instead of once per pattern. Null when
 * there is nothing to screen for, or the alternation does not compile.
 */
export function anyOf(patterns: readonly Pattern[]): Pattern | null {
  if (patterns.length === 0) return null;
  const alternatives = patterns.map((p) =>
    p.source.startsWith('(?-i)') ? `(?:${p.source.slice(5)})` : `(?i:${p.source})`,
  );
  try {
    return compilePattern(`(?-i)${alternatives.join('|')}`);
  } catch {
    // Patterns that compile alone may not together (the same group name twice): no screen then.
    return null;
  }
}

/**
 * An ordered list of patterns asked, for one text, which of them match: `against(text)(i)` is
 * exactly `patterns[i].test(text)`. Each RE2 call copies its text into Wasm memory (~2 µs on a
 * 35-character sender, ~13 µs and up on an 850-character body), and most texts match none of a list
 * but its last, broadest pattern (a catch-all like "has form fields"), if that. So every pattern but
 * the last is first screened by one alternation of them all (anyOf), and tested alone only when the
 * screen matches; the last is always tested alone. The screen is compiled here, once: compiling an
 * alternation of long case-insensitive patterns takes RE2 milliseconds, which must not land in an
 * email's time budget.
 */
export interface PatternList {
  against(text: string): (index: number) => boolean;
}

export function patternList(patterns: readonly Pattern[]): PatternList {
  const last = patterns.length - 1;
  const allButLast = patterns.length > 2 ? anyOf(patterns.slice(0, last)) : null;
  return {
    against(text) {
      let screened: boolean | undefined;
      return (index) => {
        const pattern = patterns[index];
        if (!pattern) return false;
        if (index === last || !allButLast) return pattern.test(text);
        screened ??= allButLast.test(text);
        return screened && pattern.test(text);
      };
    },
  };
}
