/**
 * EXPERIMENT (reverted in the next commit: 15–18 % more CPU per email, see docs/extraction-pipeline.md).
 *
 * Word lists that must start a word: `(?<![\p{L}\p{N}])(?:we offer|our services|…)`, rewritten
 * into a pattern with the same matches, spans and groups:
 *
 *     (?<![A-Za-z0-9])(?=REST)(?<![\p{L}\p{N}])REST
 *
 * - an ASCII lookbehind first, which every position the Unicode one accepts also passes (ASCII
 *   letters and digits are letters and digits; with `i`, the Kelvin sign and long s that fold to
 *   `k`/`s` are letters too);
 * - the rest of the pattern as a lookahead, so the Unicode lookbehind runs only where the words
 *   can match; its groups are made non-capturing. With top-level alternatives (`(?<!…)a|b`) the
 *   lookbehind binds to the first, and so does the copy.
 */
const UNICODE_LOOKBEHINDS: readonly (readonly [string, string])[] = [
  [String.raw`(?<![\p{L}\p{N}])`, '(?<![A-Za-z0-9])'],
  [String.raw`(?<![\p{L}\p{M}])`, '(?<![A-Za-z])'],
  [String.raw`(?<![\p{L}])`, '(?<![A-Za-z])'],
  [String.raw`(?<!\p{L})`, '(?<![A-Za-z])'],
];

export function wordStart(re: RegExp): RegExp {
  const lookbehind = UNICODE_LOOKBEHINDS.find(([unicode]) => re.source.startsWith(unicode));
  if (!lookbehind || !re.flags.includes('u')) throw new Error(`no leading letter lookbehind: ${re.source}`);
  const [unicode, ascii] = lookbehind;
  const rest = re.source.slice(unicode.length);
  return new RegExp(`${ascii}(?=${firstAlternative(rest)})${unicode}${rest}`, re.flags);
}

/** The first top-level alternative of `source`, its groups non-capturing; refuses backreferences. */
function firstAlternative(source: string): string {
  let out = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) throw new Error(`backreference in ${source}`);
      out += c + next;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(') {
      depth++;
      const named = source.startsWith('(?<', i) && !/^\(\?<[=!]/.test(source.slice(i, i + 4));
      if (named) {
        i = source.indexOf('>', i);
        out += '(?:';
      } else out += source[i + 1] === '?' ? c : '(?:';
    } else if (c === ')') {
      depth--;
      out += c;
    } else if (c === '|' && depth === 0) {
      break;
    } else out += c;
  }
  return out;
}
