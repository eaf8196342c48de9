import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { DEFAULT_PRICING_PATH, loadPricing, PRICE_KEYS, parsePricing } from '../../../src/plan/pricing.js';
import { PRICING } from './fixtures.js';

describe('pricing file', () => {
  it('ships a dated us-east-1 file with every price and a source for each', async () => {
    // Act
    const pricing = await loadPricing(DEFAULT_PRICING_PATH);
    // Assess
    expect(pricing.region).toBe('us-east-1');
    expect(pricing.asOf).toMatch(/^2026-\d\d-\d\d$/);
    for (const key of PRICE_KEYS) {
      expect(pricing.prices[key]?.source, key).toMatch(/^https:\/\/aws\.amazon\.com\//);
    }
  });

  it('rejects a file that lacks a price, naming the key', () => {
    // Prepare
    const { 'lambda.gbSecondArm': _dropped, ...prices } = PRICING.prices;
    // Act / Assess
    expect(() => parsePricing({ ...PRICING, prices }, 'mine.json')).toThrow(
      /lambda\.gbSecondArm: missing price/,
    );
  });

  it('rejects a negative price and a missing date', () => {
    const prices = {
      ...PRICING.prices,
      'athena.scannedTb': { usd: -5, unit: 'TB', source: 'https://aws.amazon.com/athena/pricing/' },
    };
    expect(() => parsePricing({ ...PRICING, prices }, 'x')).toThrow(ConfigError);
    const { asOf: _asOf, ...undated } = PRICING;
    expect(() => parsePricing(undated, 'x')).toThrow(/asOf/);
  });

  it('reads a user file given with --pricing', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'plan-pricing-'));
    const path = join(dir, 'eu.json');
    await writeFile(path, JSON.stringify({ ...PRICING, region: 'eu-west-1' }));
    // Act
    const pricing = await loadPricing(path);
    // Assess
    expect(pricing.region).toBe('eu-west-1');
  });

  it('reports a file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-pricing-'));
    const path = join(dir, 'bad.json');
    await writeFile(path, '{ not json');
    await expect(loadPricing(path)).rejects.toThrow(/not valid JSON/);
  });
});
