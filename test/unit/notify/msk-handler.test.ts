import { describe, expect, it } from 'vitest';
import { createNotifierFromEnv } from '../../../src/notify/lambda.js';
import type { NotifyDeadLetter } from '../../../src/notify/notifier.js';
import { SIGNATURE_HEADER, verifySignature } from '../../../src/notify/signature.js';
import { mskEvent, mskRecord, testLead } from '../../helpers/factories.js';

const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:leadstream-notifications';
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:acme-hook-AbCdEf';
const TTL_SECONDS = 15 * 86_400;

const lead = (leadId: string, businessId: string) =>
  testLead(leadId, businessId, { source: 'facebook_lead_ads', message: 'Call me' });

const record = mskRecord;
const event = mskEvent;

interface Sent {
  input: Record<string, unknown>;
}

async function setup(options: { snsFails?: () => boolean; secretRef?: unknown } = {}) {
  const webhook: { leadId: string; signatureOk: boolean }[] = [];
  const published: Record<string, unknown>[] = [];
  const dead: NotifyDeadLetter[] = [];
  const table = new Map<string, Record<string, { S?: string; N?: string }>>();
  const secretReads: string[] = [];
  const env = {
    LEADSTREAM_NOTIFICATIONS: JSON.stringify({
      delivery: { maxAttempts: 2, timeoutMs: 100, baseDelayMs: 1, maxDelayMs: 2 },
      businesses: {
        acme: {
          webhook: {
            url: 'https://crm.acme.test/hooks',
            secret: options.secretRef ?? { secretId: SECRET_ARN },
          },
          sns: true,
        },
        bravo: { sns: true },
      },
    }),
    NOTIFY_TOPIC_ARN: TOPIC_ARN,
    NOTIFY_SEEN_TABLE: 'seen',
    NOTIFY_SEEN_TTL_SECONDS: String(TTL_SECONDS),
    NOTIFY_DEAD_LETTER_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/111122223333/dead',
  };
  const handler = await createNotifierFromEnv(env, {
    sns: {
      send: async (command) => {
        if (options.snsFails?.())
          throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
        published.push((command as unknown as Sent).input);
        return {};
      },
    },
    dynamoDb: {
      send: async (command) => {
        const input = (command as unknown as Sent).input as {
          Key?: { leadId: { S: string } };
          Item?: Record<string, { S?: string; N?: string }>;
        };
        if (input.Item) {
          table.set(input.Item.leadId?.S as string, input.Item);
          return {};
        }
        const item = table.get(input.Key?.leadId.S as string);
        return item ? { Item: item } : {};
      },
    },
    sqs: {
      send: async (command) => {
        dead.push(JSON.parse((command as unknown as Sent).input.MessageBody as string));
        return {};
      },
    },
    secretsManager: {
      send: async (command) => {
        secretReads.push((command as unknown as Sent).input.SecretId as string);
        return { SecretString: 'from-secrets-manager' };
      },
    },
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    webhook: {
      sleep: async () => {},
      fetch: (async (_url: string, init: RequestInit) => {
        const body = String(init.body);
        const headers = init.headers as Record<string, string>;
        webhook.push({
          leadId: JSON.parse(body).leadId,
          signatureOk: verifySignature(
            'from-secrets-manager',
            headers[SIGNATURE_HEADER] ?? '',
            body,
            Math.floor(Date.now() / 1000),
          ),
        });
        return new Response(null, { status: 204 });
      }) as unknown as typeof fetch,
    },
  });
  return { handler, webhook, published, dead, table, secretReads };
}

describe('notifier Lambda (MSK event source)', () => {
  it('decodes each record with the published schema and delivers to the webhook and SNS', async () => {
    const s = await setup();
    const out = await s.handler(event(record(lead('a1', 'acme'), 0, 5), record(lead('b1', 'bravo'), 1, 9)));
    expect(out.batchItemFailures).toEqual([]);
    expect(s.webhook).toEqual([{ leadId: 'a1', signatureOk: true }]);
    expect(s.secretReads).toEqual([SECRET_ARN]);
    expect(s.published.map((p) => p.MessageAttributes)).toEqual(
      expect.arrayContaining([
        {
          businessId: { DataType: 'String', StringValue: 'acme' },
          source: { DataType: 'String', StringValue: 'facebook_lead_ads' },
        },
        {
          businessId: { DataType: 'String', StringValue: 'bravo' },
          source: { DataType: 'String', StringValue: 'facebook_lead_ads' },
        },
      ]),
    );
    const first = s.published[0] as { TopicArn: string; MessageStructure: string; Message: string };
    expect(first.TopicArn).toBe(TOPIC_ARN);
    expect(first.MessageStructure).toBe('json');
    const perProtocol = JSON.parse(first.Message) as { default: string; email: string; sms: string };
    expect(JSON.parse(perProtocol.default)).toMatchObject({
      leadId: expect.any(String),
      receivedAt: '2026-03-03T10:00:00.000Z',
    });
    expect(perProtocol.email).toContain('jane@example.com');
    expect(perProtocol.sms.length).toBeLessThanOrEqual(140);
  });

  it('dead-letters a record written with another schema, with a clear reason, and carries on', async () => {
    const s = await setup();
    const out = await s.handler(
      event(record(lead('x1', 'acme'), 0, 1, '0123456789abcdef'), record(lead('a2', 'acme'), 0, 2)),
    );
    expect(out.batchItemFailures).toEqual([]);
    expect(s.dead).toEqual([
      expect.objectContaining({
        leadId: 'x1',
        channel: 'decode',
        reason: 'unknown_schema_fingerprint',
        position: 'leads/0@1',
      }),
    ]);
    expect(JSON.stringify(s.dead)).not.toContain('jane');
    expect(s.webhook.map((w) => w.leadId)).toEqual(['a2']);
  });

  it('notifies a replayed leadId once, within a batch and across invocations, remembering it for the TTL', async () => {
    const s = await setup();
    const before = Math.floor(Date.now() / 1000);
    await s.handler(event(record(lead('a3', 'acme'), 0, 1), record(lead('a3', 'acme'), 0, 2)));
    await s.handler(event(record(lead('a3', 'acme'), 0, 7)));
    expect(s.webhook.map((w) => w.leadId)).toEqual(['a3']);
    expect(s.published).toHaveLength(1);
    const expiresAt = Number(s.table.get('a3')?.expiresAt?.N);
    expect(expiresAt).toBeGreaterThanOrEqual(before + TTL_SECONDS);
    expect(expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + TTL_SECONDS);
  });

  it('reports the first failed record of a partition as the Kafka resume point; the retry notifies once', async () => {
    let publishes = 0;
    const s = await setup({ snsFails: () => ++publishes === 1 });
    const batch = event(
      record(lead('a4', 'acme'), 0, 10),
      record(lead('a5', 'acme'), 0, 11),
      record(lead('b4', 'bravo'), 1, 3),
    );
    // Partition 1 may run first or second; the failure is the first publish of either.
    const out = await s.handler(batch);
    expect(out.batchItemFailures.length).toBeGreaterThan(0);
    // One resume point for the failed partition: its key in event.records and the failed offset.
    expect(out.batchItemFailures).toHaveLength(1);
    expect([[{ partition: 'leads-0', offset: 10 }], [{ partition: 'leads-1', offset: 3 }]]).toContainEqual(
      out.batchItemFailures.map((f) => f.itemIdentifier),
    );
    // The event source retries the whole batch: every lead ends up notified exactly once.
    expect((await s.handler(batch)).batchItemFailures).toEqual([]);
    expect(
      s.published
        .map((p) => (p.MessageAttributes as { businessId: { StringValue: string } }).businessId.StringValue)
        .sort(),
    ).toEqual(['acme', 'acme', 'bravo']);
    expect(s.webhook.map((w) => w.leadId).sort()).toEqual(['a4', 'a5']);
  });

  it('never reads a webhook secret from its own environment on AWS: the record fails, it is not sent unsigned', async () => {
    const s = await setup({ secretRef: { env: 'ACME_SECRET' } });
    const out = await s.handler(event(record(lead('a6', 'acme'), 0, 1)));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: { partition: 'leads-0', offset: 1 } }]);
    expect(s.webhook).toEqual([]);
  });

  it('refuses to start without its environment', async () => {
    await expect(createNotifierFromEnv({})).rejects.toThrow(/missing environment: LEADSTREAM_NOTIFICATIONS/);
    await expect(
      createNotifierFromEnv({
        LEADSTREAM_NOTIFICATIONS: '{"businesses":{"a":{"sms":true}}}',
        NOTIFY_TOPIC_ARN: TOPIC_ARN,
        NOTIFY_SEEN_TABLE: 'seen',
        NOTIFY_SEEN_TTL_SECONDS: '60',
        NOTIFY_DEAD_LETTER_QUEUE_URL: 'https://sqs.test/q',
      }),
    ).rejects.toThrow(/LEADSTREAM_NOTIFICATIONS: businesses\.a/);
  });
});
