import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, createBackoff } from '../../../src/io/backoff.js';

describe('backoffDelayMs', () => {
  test.prop([fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.999999, noNaN: true })])(
    'stays within the full-jitter window',
    (retry, r) => {
      const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 2_000 };
      const d = backoffDelayMs(retry, policy, () => r);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(Math.min(2_000, 100 * 2 ** (retry - 1)));
    },
  );

  it('grows exponentially until the cap', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    const top = (n: number) => backoffDelayMs(n, policy, () => 0.999999);
    expect([top(1), top(2), top(3), top(4), top(5)]).toEqual([99, 199, 399, 799, 999]);
  });

  it('rejects impossible policies at construction', () => {
    expect(() => createBackoff({ policy: { maxAttempts: 0, baseDelayMs: 1, maxDelayMs: 1 } })).toThrow(
      RangeError,
    );
    expect(() => createBackoff({ policy: { maxAttempts: 1, baseDelayMs: 5, maxDelayMs: 1 } })).toThrow(
      RangeError,
    );
  });
});
