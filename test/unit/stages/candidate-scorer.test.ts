/**
 * The learned contact scorer (issue 8, steps 4 and 5): which values become candidates, what the
 * features say about them, and that the committed model, switched on, takes the customer's email
 * and phone over the business's, and no number at all when the customer gave none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  candidatesOf,
  EMAIL_FEATURE_NAMES,
  emailFeatures,
  type PartyContext,
  PHONE_FEATURE_NAMES,
  phoneFeatures,
} from '../../../src/processors/stages/candidate-features.js';
import type { LabeledPair } from '../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../src/processors/stages/extractors/labels.js';
import { assignPairs, newAccumulator } from '../../../src/processors/stages/type-fields.js';

const dict = createLabelDictionary();
const pairs = (lines: [string, string][]): LabeledPair[] =>
  lines.map(([label, value]) => ({ label, value, hit: dict.lookup(label) }));

const ctx = (over: Partial<PartyContext> = {}): PartyContext => ({
  excluded: new Set(['info@autohaus-weber.example']),
  sender: 'no-reply@autohaus-weber.example',
  innerSender: 'no-reply@autohaus-weber.example',
  replyTo: [],
  forwarded: false,
  quoted: false,
  country: null,
  language: 'de',
  ...over,
});

/** A dealer's block above the customer's, under the same labels. */
const DEALER_FIRST = pairs([
  ['Telefon', '030 1234567'],
  ['E-Mail', 'info@autohaus-weber.example'],
  ['Name', 'Jana Köhler'],
  ['E-Mail', 'jana.koehler@example.de'],
  ['Telefon', '0176 23456789'],
]);

const feature = (names: readonly string[], x: number[], name: string) => x[names.indexOf(name)];

describe('candidates', () => {
  it('takes every address and phone-shaped value, under any label, in reading order', () => {
    // Act
    const c = candidatesOf([
      {
        origin: 'body',
        pairs: pairs([
          ['Von', 'Jana Köhler <Jana.Koehler@example.de>'],
          ['Rückrufnummer', '0176 / 2345 6789'],
          ['Wunschtermin', '4.12.2026'],
          ['PLZ', '10115'],
          ['Nachricht', 'Bitte rufen Sie mich an.'],
        ]),
      },
    ]);
    // Assert
    expect(c.map((x) => [x.field, x.value])).toEqual([
      ['email', 'jana.koehler@example.de'],
      ['phone', '0176 / 2345 6789'],
      ['phone', '4.12.2026'],
    ]);
    expect(c[0]?.named).toBe(true);
  });

  it('keeps a phone field with few digits a candidate only when its label says phone', () => {
    // Act
    const c = candidatesOf([
      {
        origin: 'body',
        pairs: pairs([
          ['Telefon', '112 33'],
          ['Zimmer', '112 33'],
        ]),
      },
    ]);
    // Assert
    expect(c.map((x) => x.label)).toEqual(['Telefon']);
  });
});

describe('features', () => {
  it('marks the business address and the numbers in its block', () => {
    // Prepare
    const c = candidatesOf([{ origin: 'body', pairs: DEALER_FIRST }]);
    const [dealerPhone, dealerEmail, customerEmail, customerPhone] = c;
    // Act
    const de = emailFeatures(dealerEmail as never, c, ctx());
    const ce = emailFeatures(customerEmail as never, c, ctx());
    const dp = phoneFeatures(dealerPhone as never, c, ctx());
    const cp = phoneFeatures(customerPhone as never, c, ctx());
    // Assert
    expect(de).toHaveLength(EMAIL_FEATURE_NAMES.length);
    expect(cp).toHaveLength(PHONE_FEATURE_NAMES.length);
    expect(feature(EMAIL_FEATURE_NAMES, de, 'businessAddress')).toBe(1);
    expect(feature(EMAIL_FEATURE_NAMES, ce, 'businessAddress')).toBe(0);
    expect(feature(PHONE_FEATURE_NAMES, dp, 'nearBusinessAddress')).toBe(1);
    expect(feature(PHONE_FEATURE_NAMES, cp, 'validNumber')).toBe(1);
  });

  it('tells a date and a reference label from a phone', () => {
    // Prepare
    const c = candidatesOf([
      {
        origin: 'body',
        pairs: pairs([
          ['Buchungsnr.', '48392017'],
          ['Datum', '04.12.2026'],
        ]),
      },
    ]);
    // Act
    const [ref, date] = c.map((x) => phoneFeatures(x, c, ctx()));
    // Assert
    expect(feature(PHONE_FEATURE_NAMES, ref as number[], 'labelNotPhone')).toBe(1);
    expect(feature(PHONE_FEATURE_NAMES, date as number[], 'dateOrIp')).toBe(1);
  });
});

describe('the comparison switch', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function chooseWith(mode: string, readingPairs: LabeledPair[]) {
    vi.stubEnv('LEADSTREAM_CANDIDATE_SCORER', mode);
    vi.resetModules();
    const scorer = await import('../../../src/processors/stages/candidate-scorer.js');
    const acc = newAccumulator();
    assignPairs(acc, readingPairs);
    scorer.chooseContact(acc, ctx());
    return { acc, mode: scorer.CANDIDATE_SCORER };
  }

  it('leaves the hand rules’ choice alone with `rules`', async () => {
    // Act
    const { acc, mode } = await chooseWith('rules', DEALER_FIRST);
    // Assert: the rules take the first labelled values; the business address is dropped later.
    expect(mode).toBe('rules');
    expect(acc.email).toBe('info@autohaus-weber.example');
    expect(acc.phone).toBe('030 1234567');
  });

  it('takes the customer’s email and phone over the business block above them with `learned`', async () => {
    // Act
    const { acc, mode } = await chooseWith('learned', DEALER_FIRST);
    // Assert
    expect(mode).toBe('learned');
    expect(acc.email).toBe('jana.koehler@example.de');
    expect(acc.phone).toBe('0176 23456789');
  });

  it('takes no number when the only one is the business’s, with `learned`', async () => {
    // Act
    const { acc } = await chooseWith(
      'learned',
      pairs([
        ['Name', 'Jana Köhler'],
        ['E-Mail', 'jana.koehler@example.de'],
        ['Nachricht', 'Ist der Wagen noch verfügbar?'],
        ['Ansprechpartner', 'Tom Weber'],
        ['Durchwahl', '030 1234560'],
        ['E-Mail', 'tom@autohaus-weber.example'],
      ]),
    );
    // Assert
    expect(acc.email).toBe('jana.koehler@example.de');
    expect(acc.phone).toBeNull();
  });
});
