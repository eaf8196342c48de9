import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { createNotifier, type NotifyDeadLetter } from '../../../src/notify/notifier.js';
import { createMemorySeenStore } from '../../../src/notify/seen.js';
import { encodeLead, LEAD_SCHEMA_FINGERPRINT } from '../../../src/processors/stages/encode.js';
import type { Lead } from '../../../src/schemas/lead.js';
import { testLead } from '../../helpers/factories.js';

const lead = (leadId: string, businessId: string) => testLead(leadId, businessId);

const message = (l: Lead, fingerprint = LEAD_SCHEMA_FINGERPRINT) => ({
  value: encodeLead(l),
  headers: { 'schema-fingerprint': fingerprint, 'lead-id': l.leadId },
  position: 'leads/0@1',
});

function setup(status: number) {
  const config = parseConfig({
    version: 1,
    notifications: {
      delivery: { maxAttempts: 2, timeoutMs: 100, baseDelayMs: 1, maxDelayMs: 2 },
      businesses: {
        acme: { webhook: { url: 'http://hook.test/acme', secret: { env: 'S' } } },
        bravo: { sns: true },
      },
    },
  });
  const posted: string[] = [];
  const published: string[] = [];
  const dead: NotifyDeadLetter[] = [];
  const notifier = createNotifier({
    notifications: config.notifications,
    resolveSecret: async () => 'secret',
    seen: createMemorySeenStore(),
    deadLetter: async (e) => {
      dead.push(e);
    },
    publishSns: async (l) => {
      published.push(l.leadId);
    },
    webhook: {
      fetch: (async (_u: string, init: RequestInit) => {
        posted.push(JSON.parse(String(init.body)).leadId);
        return new Response(null, { status });
      }) as unknown as typeof fetch,
      sleep: async () => {},
    },
  });
  return { notifier, posted, published, dead };
}

describe('notifier', () => {
  it('notifies each lead once per business, skipping replays and businesses without channels', async () => {
    const { notifier, posted, published } = setup(204);
    const outcomes = [];
    for (const l of [lead('a1', 'acme'), lead('b1', 'bravo'), lead('a1', 'acme'), lead('c1', 'carol')]) {
      outcomes.push((await notifier.handle(message(l))).outcome);
    }
    expect(outcomes).toEqual(['notified', 'notified', 'duplicate', 'no_channel']);
    expect(posted).toEqual(['a1']);
    expect(published).toEqual(['b1']);
  });

  it('dead-letters after the last attempt with ids and the reason only, and does not notify the replay', async () => {
    const { notifier, posted, dead } = setup(503);
    expect((await notifier.handle(message(lead('a2', 'acme')))).outcome).toBe('dead_lettered');
    expect((await notifier.handle(message(lead('a2', 'acme')))).outcome).toBe('duplicate');
    expect(posted).toEqual(['a2', 'a2']); // two attempts, no third for the replay
    expect(dead).toEqual([
      expect.objectContaining({
        leadId: 'a2',
        businessId: 'acme',
        channel: 'webhook',
        reason: 'last response: 503',
        attempts: 2,
      }),
    ]);
    expect(JSON.stringify(dead)).not.toContain('jane');
  });

  it('dead-letters a message written with another schema instead of guessing', async () => {
    const { notifier, posted, dead } = setup(204);
    const r = await notifier.handle(message(lead('a3', 'acme'), 'deadbeefdeadbeef'));
    expect(r.outcome).toBe('dead_lettered');
    expect(posted).toEqual([]);
    expect(dead[0]).toMatchObject({ leadId: 'a3', reason: 'unknown_schema_fingerprint' });
  });

  it('skips the sns channel where there is no SNS publisher (the local stack) instead of failing the lead', async () => {
    const config = parseConfig({ version: 1, notifications: { businesses: { bravo: { sns: true } } } });
    const notifier = createNotifier({
      notifications: config.notifications,
      resolveSecret: async () => 'secret',
      seen: createMemorySeenStore(),
      deadLetter: async () => {},
    });
    expect((await notifier.handle(message(lead('b9', 'bravo')))).outcome).toBe('no_channel');
  });
});
