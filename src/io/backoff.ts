/**
 * Retry of failed entries, on top of the SDK's own retry of whole calls. PutRecords and
 * PutRecordBatch succeed as calls while some entries fail (throttled, internal failure); the SDK
 * cannot retry those, so `retryFailedEntries` re-sends only them, with capped exponential backoff
 * and full jitter so that many clients throttled at once do not retry in lock-step
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). `isRetriableAwsError`
 * is the one classification of a whole call's error that the SDK gave up on.
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

/**
 * Sends `entries`, then re-sends the ones `attempt` returns as failed-but-retriable, until none is
 * left or the policy's attempts are used up. `attempt` records permanent failures itself (they are
 * not returned, so never retried). Resolves with what still failed after the last attempt, how many
 * entry sends were retries, and the number of attempts made.
 */
export async function retryFailedEntries<E>(
  entries: readonly E[],
  attempt: (pending: readonly E[]) => Promise<readonly E[]>,
  backoff: Backoff,
): Promise<{ failed: readonly E[]; retried: number; attempts: number }> {
  let pending = entries;
  let retried = 0;
  for (let n = 1; ; n++) {
    const failed = pending.length > 0 ? await attempt(pending) : [];
    if (failed.length === 0 || n >= backoff.policy.maxAttempts) return { failed, retried, attempts: n };
    retried += failed.length;
    await backoff.wait(n);
    pending = failed;
  }
}

/** Error names (and Node socket codes) of a whole call that may succeed later. */
const RETRIABLE_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'ThrottlingException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalFailureException',
  'RequestTimeout',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * Whether a failed AWS call is worth trying again: throttling, a 5xx, a timeout or a dropped
 * connection. Validation, not-found and access errors are not: they fail the same way every time.
 */
export function isRetriableAwsError(err: unknown): boolean {
  const e = err as {
    name?: string;
    code?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  if (e?.$retryable) return true;
  if (RETRIABLE_ERRORS.has(e?.name ?? '') || RETRIABLE_ERRORS.has(e?.code ?? '')) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status !== undefined && (status >= 500 || status === 429);
}
