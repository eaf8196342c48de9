/**
 * Backoff for the sinks' and the sender's "retry only what failed" loops. AWS recommends capped
 * exponential backoff with full jitter so that many clients throttled at once do not retry in
 * lock-step (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 *
 * The loops own the attempt counting (they retry a shrinking subset, not one call), so this module
 * only answers "how long to wait before attempt n" and does the waiting through an injected clock.
 */
export interface RetryPolicy {
  /** Total attempts including the first one; 1 means no retry. */
  readonly maxAttempts: number;
  /** Upper bound of the first backoff window (ms). */
  readonly baseDelayMs: number;
  /** No window grows beyond this (ms). */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 2_000 };

export interface Backoff {
  readonly policy: RetryPolicy;
  /** Waits before retry number `retry` (1 = the first retry). */
  wait(retry: number): Promise<void>;
}

export interface BackoffOptions {
  policy?: RetryPolicy;
  /** Injected for tests; defaults to Math.random. */
  random?: () => number;
  /** Injected for tests; defaults to a setTimeout sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Full-jitter delay: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry-1))). */
export function backoffDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * window);
}

export function createBackoff(options: BackoffOptions = {}): Backoff {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer ≥ 1, got ${policy.maxAttempts}`);
  }
  if (policy.baseDelayMs < 0 || policy.maxDelayMs < policy.baseDelayMs) {
    throw new RangeError('retry delays must satisfy 0 ≤ baseDelayMs ≤ maxDelayMs');
  }
  const random = options.random ?? Math.random;
  const doSleep = options.sleep ?? sleep;
  return { policy, wait: (retry) => doSleep(backoffDelayMs(retry, policy, random)) };
}
