/**
 * The blind-corpus scorer's matching rules (test/blind-corpus/README.md) and the corpus's own shape.
 * These tests read truth.jsonl only, never the emails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { fieldCorrect, leaks, levenshtein, similarity } from '../../../bench/blind.js';
import type { Truth } from '../../blind-corpus/gen/model.js';

describe('fieldCorrect', () => {
  it('compares emails case-insensitively but otherwise exactly', () => {
    expect(fieldCorrect('email', 'ana@x.example', 'ANA@X.example')).toBe(true);
    expect(fieldCorrect('email', 'ana@x.example', 'ana@x.example.')).toBe(false);
  });

  it('compares phones as exact E.164 strings', () => {
    expect(fieldCorrect('phone', '+34612345678', '+34612345678')).toBe(true);
    expect(fieldCorrect('phone', '+34612345678', '612 345 678')).toBe(false);
  });

  it('compares names after NFC, whitespace collapse and case folding', () => {
    expect(fieldCorrect('fullName', 'Océane N\u2019Diaye', '  OCE\u0301ANE   N\u2019DIAYE ')).toBe(true);
    expect(fieldCorrect('fullName', 'Anja Schröder', 'Schröder Anja')).toBe(false);
  });

  it('accepts a message equal after whitespace collapse or at least 0.9 similar, not less', () => {
    const expected = 'We would like to view it this Saturday.\n\nIs parking included?';
    expect(
      fieldCorrect('message', expected, 'We would like to view it this Saturday. Is parking included?'),
    ).toBe(true);
    expect(
      fieldCorrect('message', expected, 'We would like to view it this Saturday. Is parking included'),
    ).toBe(true);
    expect(fieldCorrect('message', expected, 'We would like to view it this Saturday.')).toBe(false);
  });

  it('counts a field expected null as correct only when the output is null or absent', () => {
    expect(fieldCorrect('message', null, null)).toBe(true);
    expect(fieldCorrect('formId', null, undefined)).toBe(true);
    expect(fieldCorrect('message', null, 'Reply to this email')).toBe(false);
  });

  it('counts a field the output lacks as wrong when a value is expected', () => {
    expect(fieldCorrect('formId', '123456', undefined)).toBe(false);
  });

  it('matches new ad platforms by family and treats web_form and other alike', () => {
    expect(fieldCorrect('source', 'tiktok', 'tiktok_lead_gen')).toBe(true);
    expect(fieldCorrect('source', 'microsoft_ads', 'bing_ads')).toBe(true);
    expect(fieldCorrect('source', 'web_form', 'other')).toBe(true);
    expect(fieldCorrect('source', 'facebook_lead_ads', 'other')).toBe(false);
    expect(fieldCorrect('source', 'web_form', 'google_ads')).toBe(false);
  });
});

describe('similarity', () => {
  it('is one minus the Levenshtein distance over the longer length', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
    expect(similarity('', '')).toBe(1);
  });
});

describe('leaks', () => {
  it('finds names as whole words, case-insensitively, and phones by their digits', () => {
    const analytics = {
      message_redacted: 'Call me on +44 7700 900 123, cheers ANNA',
      language: 'en',
      source: 'web_form',
    };
    expect(leaks(['Anna', '07700 900123', 'anna@x.example'], analytics)).toEqual(['Anna', '07700 900123']);
  });

  it('does not report a name that only occurs inside another word', () => {
    expect(leaks(['Lan'], { message_redacted: 'Planning a visit', language: 'en' })).toEqual([]);
  });

  it('does not report a surname particle listed on its own, but does report the name', () => {
    const analytics = { message_redacted: 'Ein Angebot von Ihnen, bergmann', language: 'de' };
    expect(leaks(['Jens von Bergmann', 'Jens', 'von', 'Bergmann'], analytics)).toEqual(['Bergmann']);
  });
});

describe('the corpus on disk', () => {
  const dir = join(import.meta.dirname, '../../blind-corpus');
  const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Truth);
  const leadTruths = truths.flatMap((t) => (t.kind === 'lead' ? [t] : []));

  it('has at least 400 leads in at least 20 layouts and 120 non-leads of at least 8 reasons', () => {
    expect(leadTruths.length).toBeGreaterThanOrEqual(400);
    expect(new Set(leadTruths.map((t) => t.layout)).size).toBeGreaterThanOrEqual(20);
    const nonLeads = truths.flatMap((t) => (t.kind === 'non-lead' ? [t] : []));
    expect(nonLeads.length).toBeGreaterThanOrEqual(120);
    expect(new Set(nonLeads.map((t) => t.expectedReason)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives every lead a way to reach the customer, with phones valid E.164', () => {
    for (const t of leadTruths) {
      expect(t.expected.email ?? t.expected.phone, t.file).not.toBeNull();
      if (t.expected.phone)
        expect(parsePhoneNumberFromString(t.expected.phone)?.isValid(), t.file).toBe(true);
    }
  });

  it('covers all four languages in every lead layout', () => {
    const langs = new Map<string, Set<string>>();
    for (const t of leadTruths) langs.set(t.layout, (langs.get(t.layout) ?? new Set()).add(t.language));
    for (const [layout, set] of langs) expect([layout, set.size]).toEqual([layout, 4]);
  });
});
