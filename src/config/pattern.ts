/**
 * Patterns from rules files (shipped and user-supplied) run on RE2, whose matching time is linear in
 * the input: no pattern, however written, can backtrack (`(a+)+$` on a long subject took 22–47 s on
 * V8's engine). re2-wasm was chosen by measurement over re2js and the native re2 binding
 * (docs/linear-time-patterns.md). RE2 has no lookaround and no backreferences; a pattern using them
 * fails the config load, naming its key.
 */
import { RE2 } from 're2-wasm';
import { lowerForLiterals, meetsRequired, requiredLiterals } from './required-literals.js';

/** A compiled rules-file pattern. The only way extraction runs a configurable pattern. */
export interface Pattern {
  /** The pattern as written in the rules file. */
  readonly source: string;
  test(text: string): boolean;
  /**
   * False only where the pattern cannot match: the text lacks strings every match contains
   * (required-literals.ts). Answered without RE2.
   */
  mayMatch(text: string): boolean;
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
  const body = caseSensitive ? source.slice(5) : source;
  const required = requiredLiterals(body);
  // Without the strings one of its alternatives requires the pattern cannot match: RE2 is not asked.
  const mayMatch = required ? (text: string) => meetsRequired(literalText(text).holds, required) : () => true;
  return withCondition(source, body, caseSensitive, mayMatch);
}

/**
 * Short texts a pattern was tested on, with RE2's answer. Senders and their display forms repeat
 * from email to email (one form system's address for all of a business's leads), and an RE2 call
 * costs ~20–40 µs even on a 30-character sender (bench corpus: ~1.4 such calls per email, most of
 * them repeats). A test has no state (no 'g' flag), so a remembered answer is the answer. Bounded:
 * at most this many texts of at most this length per pattern, forgotten all at once when full.
 */
const MAX_REMEMBERED_CHARS = 128;
const MAX_REMEMBERED_TEXTS = 128;

/** A pattern that asks RE2 only where `mayMatch` holds. */
function withCondition(
  source: string,
  body: string,
  caseSensitive: boolean,
  mayMatch: (text: string) => boolean,
): Pattern {
  // re2-wasm requires the 'u' flag: it always matches code points, as RegExp's 'u' does.
  const re = new RE2(body, caseSensitive ? 'u' : 'iu');
  const answers = new Map<string, boolean>();
  return {
    source,
    mayMatch,
    test(text) {
      if (!mayMatch(text)) return false;
      if (text.length > MAX_REMEMBERED_CHARS) return re.test(text);
      let answer = answers.get(text);
      if (answer === undefined) {
        answer = re.test(text);
        if (answers.size >= MAX_REMEMBERED_TEXTS) answers.clear();
        answers.set(text, answer);
      }
      return answer;
    },
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
 * The last few texts, lower-cased, with the answers `includes` gave on them: one email's sender,
 * subject, body and HTML are each tested against many patterns in turn, whose conditions share
 * strings ("mail", ".com", "lead"), and an `includes` on a 30 KB body is not free.
 */
const lowered: LiteralText[] = [];
const LOWERED_KEPT = 12;

class LiteralText {
  private readonly found = new Map<string, boolean>();
  constructor(
    readonly text: string,
    private readonly lower: string,
  ) {}
  holds = (s: string): boolean => {
    let found = this.found.get(s);
    if (found === undefined) {
      found = this.lower.includes(s);
      this.found.set(s, found);
    }
    return found;
  };
}

function literalText(text: string): LiteralText {
  for (const t of lowered) if (t.text === text) return t;
  const t = new LiteralText(text, lowerForLiterals(text));
  lowered.unshift(t);
  if (lowered.length > LOWERED_KEPT) lowered.pop();
  return t;
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
    // It can match only where one of its patterns may: their conditions are sharper than the few
    // strings required-literals.ts can read off a long alternation.
    return withCondition(`(?-i)${alternatives.join('|')}`, alternatives.join('|'), true, (text) =>
      patterns.some((p) => p.mayMatch(text)),
    );
  } catch {
    // Patterns that compile alone may not together (the same group name twice): no screen then.
    return null;
  }
}

/**
 * An ordered list of patterns asked, for one text, which of them match: `against(text)(i)` is
 * exactly `patterns[i].test(text)`. Each RE2 call costs ~2 µs and up (it copies its text into Wasm
 * memory; ~13 µs and up on an 850-character body), and most texts match none of a list but its
 * last, broadest pattern (a catch-all like "has form fields"), if that. So every pattern but the
 * last is first screened by one alternation of them all (anyOf), and tested alone only when the
 * screen matches; the last is always tested alone. The screen runs only when at least two of the
 * patterns may match (Pattern.mayMatch): for one, testing it alone is the same single RE2 call, and
 * the screen, a long alternation, costs several times a short pattern's call (bench corpus, with this
 * rule and the conjunctions of required-literals.ts: 2.4 → 1.4 RE2 calls and 745 → 233 characters
 * copied per email). The screen is compiled here, once: compiling an alternation of long
 * case-insensitive patterns takes RE2 milliseconds, which must not land in an email's time budget.
 */
export interface PatternList {
  against(text: string): (index: number) => boolean;
}

export function patternList(patterns: readonly Pattern[]): PatternList {
  const last = patterns.length - 1;
  const screened = patterns.slice(0, last);
  const allButLast = patterns.length > 2 ? anyOf(screened) : null;
  return {
    against(text) {
      let passed: boolean | undefined;
      return (index) => {
        const pattern = patterns[index];
        if (!pattern) return false;
        if (index === last || !allButLast) return pattern.test(text);
        passed ??= atMostOne(screened, (p) => p.mayMatch(text)) || allButLast.test(text);
        return passed && pattern.test(text);
      };
    },
  };
}

function atMostOne<T>(items: readonly T[], holds: (item: T) => boolean): boolean {
  let n = 0;
  for (const item of items) if (holds(item) && ++n > 1) return false;
  return true;
}
