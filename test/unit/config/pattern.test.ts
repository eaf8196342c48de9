import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { anyOf, compilePattern, patternList } from '../../../src/config/pattern.js';

describe('compilePattern', () => {
  it('runs a catastrophic-backtracking pattern in linear time', () => {
    // V8's backtracking engine took 22–47 s for `(a+)+$` on a 29-character subject (issue 10);
    // RE2 answers at once. Correctness is asserted here; the timing lives in `npm run bench -- hostile`.
    const p = compilePattern('(a+)+$');
    expect(p.test(`${'a'.repeat(40)}!`)).toBe(false);
    expect(p.test('aaa')).toBe(true);
  });

  it('returns the first capture group that took part in the match, trimmed', () => {
    const p = compilePattern('ref:\\s*(\\d+)|id=(\\w+)');
    expect(p.firstGroup('see id=ab12 ')).toBe('ab12');
    expect(p.firstGroup('ref: 42 ')).toBe('42');
    expect(p.firstGroup('nothing here')).toBeNull();
    expect(compilePattern('x:( *)').firstGroup('x:  ')).toBeNull();
  });

  it('is case-insensitive unless the pattern starts with (?-i), and matches code points', () => {
    expect(compilePattern('réf').test('RÉF 1234')).toBe(true);
    expect(compilePattern('(?-i)Lead').test('lead')).toBe(false);
    expect(compilePattern('^.$').test('😀')).toBe(true);
  });

  it('may match only a text holding the strings one of its alternatives requires', () => {
    const p = compilePattern('(lead centre|instant form)[^\\n]{0,25}tik ?tok|ads\\.tiktok\\.com');
    expect(p.mayMatch('New lead from the Leads Centre')).toBe(false);
    expect(p.mayMatch('Instant Form via TikTok')).toBe(true);
    expect(p.mayMatch('see ADS.TIKTOK.COM')).toBe(true);
    expect(compilePattern('\\d+').mayMatch('anything')).toBe(true);
  });

  it('answers a repeated short text as it did the first time, past the bound on remembered texts', () => {
    const p = compilePattern('^(?:notifications?|leads?)@forms\\.example$');
    const re = /^(?:notifications?|leads?)@forms\.example$/i;
    const texts = Array.from({ length: 700 }, (_, i) =>
      i % 3 === 0
        ? 'Leads@forms.example'
        : i % 3 === 1
          ? `lead${i}@forms.example`
          : 'notification@forms.example',
    );
    for (const round of [1, 2])
      for (const t of texts) expect(p.test(t), `${t} (round ${round})`).toBe(re.test(t));
    // Longer texts are not remembered, and answer the same.
    const long = `${'x'.repeat(200)}lead@forms.example`;
    expect(p.test(long)).toBe(false);
    expect(p.test(long)).toBe(false);
  });

  it('refuses lookaround and backreferences', () => {
    expect(() => compilePattern('a(?=b)')).toThrow();
    expect(() => compilePattern('(?<=a)b')).toThrow();
    expect(() => compilePattern('(a)\\1')).toThrow();
  });
});

describe('shipped campaign patterns (RE2, no lookahead)', () => {
  it.each([
    ['the value on the label line', 'Campaign: Spring Sale\nEmail: a@b.example', 'Spring Sale'],
    ['the value on the next line', 'Campaign name:\n  Spring Sale\nEmail: a@b.example', 'Spring Sale'],
    ['nothing when the next line is another field', 'Campaign:\nEmail: a@b.example\n', null],
    ['nothing for a doubled colon', 'Campaign:: x', null],
  ])('takes %s', async (_name, text, expected) => {
    const config = await loadConfig(undefined, {});
    for (const id of ['facebook-lead-ads', 'google-ads-lead-form', 'linkedin-lead-gen']) {
      const campaign = config.profiles.find((p) => p.id === id)?.extract.campaign;
      expect(campaign?.firstGroup(text), id).toBe(expected);
    }
  });
});

describe('anyOf', () => {
  it('matches exactly where one of its patterns matches, keeping each pattern case rule', () => {
    // Prepare
    const screen = anyOf([compilePattern('facebook\\.com/ads'), compilePattern('(?-i)Lead ID')]);
    // Act + Assess
    expect(screen?.test('see FACEBOOK.com/ads/lead')).toBe(true);
    expect(screen?.test('Lead ID: 42')).toBe(true);
    expect(screen?.test('lead id: 42')).toBe(false);
    expect(screen?.test('an ordinary message')).toBe(false);
  });

  it('gives no screen for no patterns, or for patterns that do not compile together', () => {
    expect(anyOf([])).toBeNull();
    expect(anyOf([compilePattern('(?P<n>a)'), compilePattern('(?P<n>b)')])).toBeNull();
  });
});

describe('patternList', () => {
  const sources = ['facebook', '(?-i)Lead ID', 'google', '^x$', 'e-?mail\\s*:', '(?P<n>a)b', '(?P<n>c)d'];
  const patterns = sources.map(compilePattern);
  const list = patternList(patterns);

  it.each([
    'nothing here',
    'Facebook and Google',
    'lead id: 42',
    'Lead ID: 42 via GOOGLE',
    'x',
    'Email: a@b.example',
    'ab and cd',
    'cd only, then facebook',
    '',
  ])('answers exactly what each pattern alone answers, in any order of asking (%j)', (text) => {
    // Prepare
    const expected = patterns.map((p) => p.test(text));
    // Act
    const forwards = list.against(text);
    const backwards = list.against(text);
    const inOrder = patterns.map((_, i) => forwards(i));
    const reversed = patterns.map((_, i) => backwards(patterns.length - 1 - i)).reverse();
    // Assess
    expect(inOrder).toEqual(expected);
    expect(reversed).toEqual(expected);
  });
});
