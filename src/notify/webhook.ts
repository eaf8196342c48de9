/**
 * One webhook delivery: POST the lead as JSON, signed (./signature.ts), with the leadId as the
 * idempotency key. Retried with capped exponential backoff and full jitter on what may pass
 * (5xx, 429, timeouts, connection errors); any other 4xx is the receiver refusing the request and
 * is not retried. After `maxAttempts` the caller dead-letters the lead.
 */
import type { NotificationsConfig } from '../config/schema.js';
import { createBackoff } from '../io/backoff.js';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature.js';

export type DeliveryPolicy = NotificationsConfig['delivery'];

export interface WebhookDelivery {
  url: string;
  secret: string;
  body: string;
  leadId: string;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  /** The last HTTP status, or the error kind (`timeout`, `network`). */
  last: number | 'timeout' | 'network';
}

export interface WebhookDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  nowSeconds?: () => number;
}

export async function deliverWebhook(
  delivery: WebhookDelivery,
  policy: DeliveryPolicy,
  deps: WebhookDeps = {},
): Promise<DeliveryResult> {
  const doFetch = deps.fetch ?? fetch;
  const now = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const backoff = createBackoff({
    policy,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  });
  let last: DeliveryResult['last'] = 'network';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (attempt > 1) await backoff.wait(attempt - 1);
    try {
      const response = await doFetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Signed per attempt: a retry after minutes must still be inside the receiver's window.
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, now()),
          [IDEMPOTENCY_HEADER]: delivery.leadId,
        },
        body: delivery.body,
        signal: AbortSignal.timeout(policy.timeoutMs),
        redirect: 'error',
      });
      last = response.status;
      await response.body?.cancel();
      if (response.ok) return { ok: true, attempts: attempt, last };
      if (response.status < 500 && response.status !== 429 && response.status !== 408) {
        return { ok: false, attempts: attempt, last };
      }
    } catch (err) {
      last = (err as Error).name === 'TimeoutError' ? 'timeout' : 'network';
    }
  }
  return { ok: false, attempts: policy.maxAttempts, last };
}
