import { describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, verifySignature } from '../../../src/notify/signature.js';
import { deliverWebhook } from '../../../src/notify/webhook.js';

const policy = { maxAttempts: 4, timeoutMs: 50, baseDelayMs: 10, maxDelayMs: 40 };
const delivery = { url: 'http://hook.test/x', secret: 's3cret', body: '{"leadId":"L1"}', leadId: 'L1' };

/** A fake fetch answering from a script: a status, or 'hang' (never answers until aborted). */
function scripted(script: Array<number | 'hang'>) {
  const calls: Array<{ headers: Record<string, string> }> = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    calls.push({ headers: init.headers as Record<string, string> });
    const step = script[calls.length - 1] ?? 200;
    if (step === 'hang') {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    return new Response(null, { status: step });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('deliverWebhook', () => {
  it('retries 5xx and timeouts with backoff, then succeeds', async () => {
    // Prepare
    const { fetch, calls } = scripted([503, 'hang', 200]);
    const waits: number[] = [];
    // Act
    const r = await deliverWebhook(delivery, policy, {
      fetch,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
    });
    // Assess
    expect(r).toEqual({ ok: true, attempts: 3, last: 200 });
    expect(waits).toEqual([5, 10]); // full jitter: half of 10, then half of 20
    for (const c of calls) {
      expect(c.headers['idempotency-key']).toBe('L1');
      expect(
        verifySignature('s3cret', c.headers[SIGNATURE_HEADER] as string, delivery.body, Date.now() / 1000),
      ).toBe(true);
    }
  });

  it('gives up after maxAttempts and reports the last failure', async () => {
    const { fetch, calls } = scripted([500, 502, 503, 'hang']);
    const r = await deliverWebhook(delivery, policy, { fetch, sleep: async () => {} });
    expect(r).toEqual({ ok: false, attempts: 4, last: 'timeout' });
    expect(calls).toHaveLength(4);
  });

  it('does not retry a 4xx refusal other than 408/429', async () => {
    const { fetch, calls } = scripted([400]);
    const r = await deliverWebhook(delivery, policy, { fetch, sleep: async () => {} });
    expect(r).toEqual({ ok: false, attempts: 1, last: 400 });
    expect(calls).toHaveLength(1);
  });
});
