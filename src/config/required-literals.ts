/**
 * A necessary condition for a pattern to match, checked without RE2: strings every match contains.
 * Every RE2 call copies its text into Wasm memory (~2 µs for a sender, ~13 µs and up for a body),
 * while `includes` on a lower-cased text costs a fraction of that, and most patterns are tested on
 * texts that do not hold their words at all.
 *
 * Conservative by construction: only ASCII characters written literally (or escaped punctuation) count,
 * and any syntax not understood below gives no condition (null), so the pattern always runs on RE2.
 * Letters are compared lower-cased: under RE2's case folding an ASCII letter matches only itself, its
 * other case, KELVIN SIGN (k) and LONG S (s); `toLowerCase` maps the Kelvin sign to "k" and
 * `lowerForLiterals` maps the long s to "s".
 */

/**
 * Every match contains one string of each clause: a conjunction, not just the likeliest clause.
 * `(lead centre|instant form)[^\n]{0,25}tik ?tok` needs "tik" as well as "lead"/"instant form", and
 * "lead" alone is in nearly every lead email, so it would send them all to RE2.
 */
export type RequiredClauses = string[][];
/** Null: no condition (anything may match). */
type Required = RequiredClauses | null;

/**
 * At most this many clauses per pattern part: each costs `includes` calls on every text tested, and
 * an alternation's clauses multiply (one per way of picking a clause from each alternative).
 */
const MAX_CLAUSES = 8;

class Unsupported extends Error {}

/**
 * What every match of a RE2 pattern source contains (strings lower-cased ASCII): one entry per
 * top-level alternative, and a match meets the clauses of one of them. Null when some alternative
 * gives no condition. The top-level alternatives are kept apart because rules patterns are mostly
 * lists of phrasings, whose clauses would multiply if merged into one conjunction.
 */
export function requiredLiterals(source: string): RequiredClauses[] | null {
  let at = 0;
  const peek = () => source[at];

  const alternatives = (): Required[] => {
    const each: Required[] = [sequence()];
    while (peek() === '|') {
      at++;
      each.push(sequence());
    }
    return each;
  };

  /** A group's alternatives as one conjunction. */
  const alternation = (): Required => {
    const all = alternatives();
    if (all.some((a) => a === null)) return null;
    const each = all as RequiredClauses[];
    if (each.length === 1) return each[0] as RequiredClauses;
    // A match is one alternative's: each way of picking a clause from every alternative gives a clause
    // (their union). Too many ways: only each alternative's most selective clause is picked.
    const ways = each.reduce((n, a) => n * a.length, 1);
    const picks = ways <= MAX_CLAUSES ? each : each.map((a) => a.slice(0, 1));
    let clauses: string[][] = [[]];
    for (const a of picks) clauses = clauses.flatMap((c) => a.map((d) => [...new Set([...c, ...d])]));
    return distinct(clauses);
  };

  /** One atom: a literal character, a group's condition, or something that matches unknown text. */
  const atom = (): { char: string } | { group: Required } | { other: true } => {
    const c = source[at++];
    if (c === undefined) throw new Unsupported();
    if (c === '(') {
      if (peek() === '?') {
        at++;
        const flags = /^[a-zA-Z-]*\)/.exec(source.slice(at));
        if (flags) {
          // (?i), (?-i), (?s)…: a flag change, zero-width.
          at += flags[0].length;
          return { other: true };
        }
        const opener = /^(?:[a-zA-Z-]*:|P?<[A-Za-z_][A-Za-z0-9_]*>)/.exec(source.slice(at));
        if (!opener) throw new Unsupported();
        at += opener[0].length;
      }
      const inner = alternation();
      if (source[at++] !== ')') throw new Unsupported();
      return { group: inner };
    }
    if (c === '[') {
      // A class: skipped. A leading "]" (after an optional "^") is a member.
      if (peek() === '^') at++;
      if (peek() === ']') at++;
      while (peek() !== ']') {
        if (peek() === undefined) throw new Unsupported();
        if (peek() === '\\') at++;
        else if (source.startsWith('[:', at)) {
          const end = source.indexOf(':]', at + 2);
          if (end < 0) throw new Unsupported();
          at = end + 1;
        }
        at++;
      }
      at++;
      return { other: true };
    }
    if (c === '\\') {
      const e = source[at++];
      if (e === undefined) throw new Unsupported();
      // Escaped punctuation is itself; letters and digits are classes, anchors or code points.
      if (/[!-/:-@[-`{-~]/.test(e)) return { char: e };
      if (/[bBsSdDwWAzntrfv]/.test(e)) return { other: true };
      if (e === 'p' || e === 'P') {
        const name = /^(?:\{[A-Za-z_]+\}|[A-Za-z])/.exec(source.slice(at));
        if (!name) throw new Unsupported();
        at += name[0].length;
        return { other: true };
      }
      throw new Unsupported();
    }
    if (c === '.' || c === '^' || c === '$') return { other: true };
    if (c === '|' || c === ')' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported();
    const code = c.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return { char: c.toLowerCase() };
    return { other: true };
  };

  /** The least count of the quantifier after an atom: 1 without one, 0 for `*`, `?`, `{0,…}`. */
  const quantifierMin = (): number => {
    const c = peek();
    let min = 1;
    if (c === '*' || c === '?') {
      at++;
      min = 0;
    } else if (c === '+') at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
      if (!m) throw new Unsupported();
      at += m[0].length;
      min = Number(m[1]);
    } else return 1;
    if (peek() === '?') at++; // lazy
    if (peek() === '*' || peek() === '+' || peek() === '?' || peek() === '{') throw new Unsupported();
    return min;
  };

  const sequence = (): Required => {
    const candidates: string[][] = [];
    let run = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (at < source.length && peek() !== '|' && peek() !== ')') {
      const a = atom();
      const before = at;
      const min = quantifierMin();
      const quantified = at !== before;
      if ('char' in a && !quantified) {
        run += a.char;
        continue;
      }
      flush();
      if (min === 0) continue;
      if ('char' in a) candidates.push([a.char]);
      else if ('group' in a && a.group) candidates.push(...a.group);
    }
    flush();
    if (candidates.length === 0) return null;
    // Every candidate is necessary. The cheapest to refute goes first, as it is checked first and
    // kept where clauses must be cut: the fewest strings (an absent string costs a scan of the whole
    // text), then the most selective (whose shortest string is longest).
    const shortest = (c: string[]) => Math.min(...c.map((s) => s.length));
    return distinct(candidates)
      .sort((a, b) => a.length - b.length || shortest(b) - shortest(a))
      .slice(0, MAX_CLAUSES);
  };

  try {
    const required = alternatives();
    if (at !== source.length) return null;
    // A clause holding "" is met by any text: it says nothing.
    const each = required.map((clauses) => clauses?.filter((c) => c.every((s) => s.length > 0)) ?? []);
    return each.every((clauses) => clauses.length > 0) ? each : null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The clauses without repeats (a clause is a set: its order does not count). */
function distinct(clauses: string[][]): string[][] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = [...c].sort().join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether a text holds one string of every clause of one of the alternatives; `holds` answers for
 * one string, looked for in the text's lowerForLiterals form.
 */
export function meetsRequired(holds: (s: string) => boolean, required: readonly RequiredClauses[]): boolean {
  return required.some((clauses) => clauses.every((clause) => clause.some(holds)));
}

/** The form of a text the required strings are looked for in. */
export function lowerForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}
