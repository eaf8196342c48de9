import { fc, test } from '@fast-check/vitest';
import { RE2 } from 're2-wasm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { anyOf, compilePattern, type Pattern } from '../../../src/config/pattern.js';
import { lowerForLiterals, requiredLiterals } from '../../../src/config/required-literals.js';

describe('requiredLiterals', () => {
  it.each([
    ['facebook\\.com/ads', [[['facebook.com/ads']]]],
    ['@(facebookmail|fb)\\.com\\b', [[['.com'], ['@'], ['facebookmail', 'fb']]]],
    ['(?:Campaign|Kampagne)\\s*:', [[[':'], ['campaign', 'kampagne']]]],
    ['a(bc)+d', [[['bc'], ['a'], ['d']]]],
    ['x(?i:Lead ID)', [[['lead id'], ['x']]]],
    ['ré(sumé|f)', [[['r'], ['sum', 'f']]]],
    ['google ads|lead form', [[['google ads']], [['lead form']]]],
    ['(lead|form) (x|y)z', [[[' '], ['z'], ['lead', 'form'], ['x', 'y']]]],
    // A group's alternatives merge into one conjunction: each way of picking a clause from each.
    ['((lead|form) x|ads)!', [[['!'], [' x', 'ads'], ['lead', 'form', 'ads']]]],
  ])('reads the strings every match of %j contains, clauses with fewer strings first', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each(['a|b*', '(ab)?', 'x{0,3}', '.*', '\\x{41}bc', '\\Qab\\E', '(a', 'é'])(
    'gives no condition for %j (optional, or syntax it does not read)',
    (source) => {
      expect(requiredLiterals(source)).toBeNull();
    },
  );

  it('compares letters as RE2 folds them: Kelvin sign and long s included', () => {
    expect(lowerForLiterals('LEADS \u212Aontakt ſent')).toBe('leads kontakt sent');
    expect(compilePattern('kontakt sent').test('\u212AONTAKT ſENT')).toBe(true);
  });
});

// The condition must never say "cannot match" where RE2 matches: compare with RE2 alone.
const config = await loadConfig(undefined, {});
const kinds = ['from', 'subject', 'body'] as const;
const single = config.profiles.flatMap((p) =>
  [p.match.from, p.match.subject, p.match.body, p.extract.campaign, p.extract.adId].filter(
    (x) => x !== undefined,
  ),
);
// The screens extraction builds from them (patternList), whose sources are alternations of flag groups.
const screens = kinds
  .flatMap((k) => {
    const list = config.profiles.flatMap((p) => (p.match[k] ? [p.match[k]] : []));
    return [anyOf(list), anyOf(list.slice(0, -1))];
  })
  .filter((x): x is Pattern => x !== null);
const shipped = [...single, ...screens];
// RE2 objects live in a fixed Wasm heap: one per pattern, compiled once.
const rawRe2 = new Map(
  shipped.map((p) => {
    const caseSensitive = p.source.startsWith('(?-i)');
    return [p, new RE2(caseSensitive ? p.source.slice(5) : p.source, caseSensitive ? 'u' : 'iu')] as const;
  }),
);
const fragments = [
  ...new Set(shipped.flatMap((p) => requiredLiterals(p.source.replace(/^\(\?-i\)/, ''))?.flat(2) ?? [])),
];
const piece = fc.oneof(
  fc.constantFrom(...fragments),
  fc.constantFrom(...fragments).map((s) => s.toUpperCase()),
  fc.constantFrom(' ', ':', '\n', '@', '.', 'é', 'ſ', '\u212A', 'K', 'S', '12345678', 'Name: Ana', 'E-Mail:'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('compilePattern with its literal condition', () => {
  test.prop([fc.constantFrom(...shipped), text], { numRuns: 3000 })(
    'answers as RE2 alone does on every shipped pattern and screen',
    (pattern, t) => {
      const raw = rawRe2.get(pattern) as RE2;
      expect(pattern.test(t)).toBe(raw.test(t));
      const m = raw.exec(t);
      const g = m
        ?.slice(1)
        .find((x) => x !== undefined)
        ?.trim();
      expect(pattern.firstGroup(t)).toBe(g ? g : null);
    },
  );
});
