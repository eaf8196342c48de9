/**
 * A necessary condition for a pattern to match, checked without RE2: the strings one of which every
 * match contains. Every RE2 call copies its text into Wasm memory (~2 µs for a sender, ~13 µs and up
 * for a body), while `includes` on a lower-cased text costs a fraction of that, and most patterns are
 * tested on texts that do not hold their words at all.
 *
 * Conservative by construction: only ASCII characters written literally (or escaped punctuation) count,
 * and any syntax not understood below gives no condition (null), so the pattern always runs on RE2.
 * Letters are compared lower-cased: under RE2's case folding an ASCII letter matches only itself, its
 * other case, KELVIN SIGN (k) and LONG S (s); `toLowerCase` maps the Kelvin sign to "k" and
 * `lowerForLiterals` maps the long s to "s".
 */

/** Null: no condition (anything may match). Otherwise one of these strings is in every match. */
type Required = string[] | null;

class Unsupported extends Error {}

/** The required strings of a RE2 pattern source (lower-cased ASCII), or null. */
export function requiredLiterals(source: string): string[] | null {
  let at = 0;
  const peek = () => source[at];

  const alternation = (): Required => {
    const alternatives: Required[] = [sequence()];
    while (peek() === '|') {
      at++;
      alternatives.push(sequence());
    }
    if (alternatives.some((a) => a === null)) return null;
    return [...new Set(alternatives.flatMap((a) => a ?? []))];
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
      else if ('group' in a && a.group) candidates.push(a.group);
    }
    flush();
    // Any one candidate is necessary; the most selective is the one whose shortest string is longest.
    let best: string[] | null = null;
    let bestLength = 0;
    for (const c of candidates) {
      const shortest = Math.min(...c.map((s) => s.length));
      if (shortest > bestLength) {
        best = c;
        bestLength = shortest;
      }
    }
    return best;
  };

  try {
    const required = alternation();
    if (at !== source.length) return null;
    return required?.every((s) => s.length > 0) ? required : null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The form of a text the required strings are looked for in. */
export function lowerForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}
