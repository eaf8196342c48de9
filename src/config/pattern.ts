/**
 * Patterns from rules files (shipped and user-supplied) run on RE2, whose matching time is linear in
 * the input: no pattern, however written, can backtrack (`(a+)+$` on a long subject took 22–47 s on
 * V8's engine). re2-wasm was chosen by measurement over re2js and the native re2 binding
 * (docs/linear-time-patterns.md). RE2 has no lookaround and no backreferences; a pattern using them
 * fails the config load, naming its key.
 */
import { RE2 } from 're2-wasm';

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
  return {
    source,
    test: (text) => re.test(text),
    firstGroup(text) {
      const m = re.exec(text);
      const g = m
        ?.slice(1)
        .find((group) => group !== undefined)
        ?.trim();
      return g ? g : null;
    },
  };
}
