import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFIER_RUNTIME_FILES } from '../../infra/constructs/notifications.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/notify/webhook-receiver.js';
import { mskEvent, mskRecord, testLead } from '../helpers/factories.js';
import { assetDirOf, invokeAsset, SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

// The notifier's asset exactly as `cdk synth` writes it, run with Node on one MSK event. SNS, DynamoDB,
// SQS and Secrets Manager are one local fake (the SDK's AWS_ENDPOINT_URL_<SERVICE> variables point at it);
// the webhook is the project's signature-checking receiver. It proves the asset holds everything the
// notifier reads (the Avro schemas and re2.wasm beside the bundle) and that the wiring works end to end.

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:acme-AbCdEf';

let s: Synthesized;
let assetDir: string;
let aws: FakeAws;
let receiver: WebhookReceiver;

beforeAll(async () => {
  s = synth({ nag: false, context: { notificationsFile: 'test/fixtures/notifications/rules.yaml' } });
  if (!s.stack.notifications) throw new Error('no notifier');
  assetDir = assetDirOf(s, s.stack.notifications.function);
  aws = await startFakeAws();
  receiver = await startWebhookReceiver({ secret: 'webhook-secret' });
}, SYNTH_TIMEOUT_MS);

afterAll(async () => {
  await receiver?.close();
  aws?.server.close();
});

const lead = (leadId: string) => testLead(leadId, 'acme-motors');
describe('notifier asset', () => {
  it('holds the code, its source map and the runtime files', () => {
    const runtimeFiles = NOTIFIER_RUNTIME_FILES.map((f) => f.split('/').at(-1) as string);
    expect(readdirSync(assetDir).sort()).toEqual(['index.mjs', 'index.mjs.map', ...runtimeFiles].sort());
  });

  it('runs on Node from the asset directory: one delivery per leadId, SNS with attributes, a dead letter', async () => {
    const event = mskEvent(
      mskRecord(lead('lead-1'), 0, 1),
      mskRecord(lead('lead-1'), 0, 2), // the replayed email
      mskRecord(lead('lead-2'), 0, 3, '00000000000000ff'), // a writer we cannot read
    );
    const result = await invokeAsset(s, assetDir, event, {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_SNS: aws.url,
      AWS_ENDPOINT_URL_DYNAMODB: aws.url,
      AWS_ENDPOINT_URL_SQS: aws.url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url,
      LEADSTREAM_NOTIFICATIONS: JSON.stringify({
        businesses: {
          'acme-motors': {
            webhook: { url: `${receiver.url}/hooks/acme`, secret: { secretId: SECRET_ARN } },
            sns: true,
          },
        },
      }),
      NOTIFY_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:leads',
      NOTIFY_SEEN_TABLE: 'seen',
      NOTIFY_SEEN_TTL_SECONDS: '3600',
      NOTIFY_DEAD_LETTER_QUEUE_URL: `${aws.url}/111122223333/dead`,
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(receiver.deliveries.map((d) => d.leadId)).toEqual(['lead-1']);
    expect(receiver.rejectedSignatures).toBe(0);
    expect(aws.published).toHaveLength(1);
    expect(aws.published[0]).toMatchObject({
      'MessageAttributes.entry.1.Name': 'businessId',
      'MessageAttributes.entry.1.Value.StringValue': 'acme-motors',
      'MessageAttributes.entry.2.Name': 'source',
      'MessageAttributes.entry.2.Value.StringValue': 'web_form',
    });
    expect(aws.deadLetters).toEqual([
      expect.objectContaining({ leadId: 'lead-2', reason: 'unknown_schema_fingerprint' }),
    ]);
    expect([...aws.seen.keys()]).toEqual(['lead-1']);
  }, 60_000);
});

interface FakeAws {
  server: Server;
  url: string;
  published: Record<string, string>[];
  deadLetters: Record<string, unknown>[];
  seen: Map<string, unknown>;
}

/** SNS Publish (query protocol), DynamoDB GetItem/PutItem, SQS SendMessage and GetSecretValue (JSON protocols). */
async function startFakeAws(): Promise<FakeAws> {
  const state = { published: [], deadLetters: [], seen: new Map() } as unknown as FakeAws;
  state.server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const json = (out: unknown) => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'test' });
        res.end(JSON.stringify(out));
      };
      if (!target) {
        const params = Object.fromEntries(new URLSearchParams(body));
        state.published.push(params);
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>',
        );
        return;
      }
      const input = JSON.parse(body);
      if (target.endsWith('.GetItem')) {
        const item = state.seen.get(input.Key.leadId.S);
        json(item ? { Item: item } : {});
      } else if (target.endsWith('.PutItem')) {
        state.seen.set(input.Item.leadId.S, input.Item);
        json({});
      } else if (target.endsWith('.SendMessage')) {
        state.deadLetters.push(JSON.parse(input.MessageBody));
        json({ MessageId: 'q-1', MD5OfMessageBody: md5(input.MessageBody) });
      } else if (target.endsWith('.GetSecretValue')) {
        json({ ARN: input.SecretId, Name: 'acme', SecretString: 'webhook-secret' });
      } else {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  return state;
}

function md5(s: string): string {
  return createHash('md5').update(s).digest('hex');
}
