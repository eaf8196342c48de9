import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { startSmtpIngress } from '../../src/ingress/smtp.js';
import { localAwsClientConfig } from '../../src/io/aws-clients.js';
import { createBackoff } from '../../src/io/backoff.js';
import { createDirClaimCheckStore } from '../../src/io/claim-check.js';
import { consumeAll, type LocalStack, startLocalStack } from '../../src/local/stack.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/notify/webhook-receiver.js';
import { createBusinessRouter } from '../../src/processors/routing.js';
import { decodeLead } from '../../src/processors/stages/encode.js';
import { createKinesisSender } from '../../src/sender/kinesis-sender.js';
import { createPartitionKeyFn } from '../../src/sender/partition-key.js';

const execFileP = promisify(execFile);
const SECRET = 'whsec-integration-test-0123456789abcdef';

/**
 * The SMTP client is Python's smtplib (another implementation than ours): it sends each message
 * and prints one JSON line per message with the SMTP reply code it got.
 */
const PY_CLIENT = `
import json, smtplib, sys
port = int(sys.argv[1]); jobs = json.load(sys.stdin)
for job in jobs:
    try:
        with smtplib.SMTP('127.0.0.1', port, timeout=60) as s:
            s.sendmail(job['from'], job['to'], job['data'].encode('utf-8'))
        print(json.dumps({'code': 250}))
    except smtplib.SMTPRecipientsRefused as e:
        print(json.dumps({'code': list(e.recipients.values())[0][0]}))
    except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused, smtplib.SMTPResponseException) as e:
        print(json.dumps({'code': e.smtp_code}))
`;

interface Job {
  from: string;
  to: string[];
  data: string;
}

async function smtplib(port: number, jobs: Job[]): Promise<number[]> {
  const child = execFileP('python3', ['-c', PY_CLIENT, String(port)], { maxBuffer: 16 * 1024 * 1024 });
  child.child.stdin?.end(JSON.stringify(jobs));
  const { stdout } = await child;
  return stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { code: number }).code);
}

/** A web-form lead whose To: header names someone else than the envelope recipient. */
function leadEmail(messageId: string, name: string, extra = ''): string {
  return [
    'From: WPForms <noreply@site.example>',
    'To: Office Manager <office@elsewhere.example>',
    'Subject: New Contact Form Submission',
    `Message-ID: <${messageId}>`,
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'You have a new submission.',
    '',
    `Name: ${name}`,
    `Email: ${name.toLowerCase().replace(/ /g, '.')}@example.com`,
    'Phone: (202) 555-0143',
    'Message: I would like a quote for a new roof.',
    extra,
    '',
  ].join('\r\n');
}

/** A TCP proxy that can be cut: the network between the SMTP ingress and Kinesis. */
async function startProxy(
  target: URL,
): Promise<{ url: string; up: boolean; setUp(v: boolean): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { up: true };
  const server: Server = createServer((client) => {
    if (!state.up) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get up() {
      return state.up;
    },
    setUp(v) {
      state.up = v;
      if (!v) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Generous timeouts: on a loaded shared machine the first poll, the consumer group's join and the
// retries with backoff can take a minute; the assertions are about what arrives, not how fast.
describe('SMTP ingress → Kinesis → processor → leads topic → webhook notifier', { timeout: 240_000 }, () => {
  let dir: string;
  let stack: LocalStack;
  let receiver: WebhookReceiver;
  let rulesDir: string;
  let rulesFile: string;
  const flaky = new Set<string>(); // paths answering 503 then a timeout before 204

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-smtp-'));
    receiver = await startWebhookReceiver({
      secret: SECRET,
      respond: (path, attempt) => {
        if (!flaky.has(path)) return 204;
        if (attempt === 1) return 503;
        if (attempt === 2) return 'hang';
        return 204;
      },
    });
    // Not under `dir`: the stack wipes its data directory when it starts.
    rulesDir = await mkdtemp(join(tmpdir(), 'ls-smtp-rules-'));
    rulesFile = join(rulesDir, 'rules.yaml');
    await writeFile(
      rulesFile,
      [
        'version: 1',
        'businesses:',
        '  recipients: { "leads@acme.test": acme-motors, "sales@bravo.test": bravo-homes }',
        'notifications:',
        '  delivery: { maxAttempts: 4, timeoutMs: 1000, baseDelayMs: 50, maxDelayMs: 200 }',
        '  businesses:',
        `    acme-motors: { webhook: { url: "${receiver.url}/hooks/acme-motors", secret: { env: TEST_WEBHOOK_SECRET } } }`,
        `    bravo-homes: { webhook: { url: "${receiver.url}/hooks/bravo-homes", secret: { env: TEST_WEBHOOK_SECRET } } }`,
        '',
      ].join('\n'),
    );
    const id = randomUUID().slice(0, 8);
    stack = await startLocalStack({
      dataDir: dir,
      kafkaBootstrap: inject('kafkaBootstrap'),
      kinesisEndpoint: inject('kinesisEndpoint'),
      streamName: `smtp-${id}`,
      leadsTopic: `leads-${id}`,
      rejectedTopic: `rejected-${id}`,
      shards: 2,
      firehoseBufferIntervalMs: 500,
      env: { LEADSTREAM_CONFIG: rulesFile, TEST_WEBHOOK_SECRET: SECRET },
      smtp: { maxMessageBytes: 256 * 1024 },
      poller: { batchSize: 20, idlePollMs: 50 },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
    await rm(dir, { recursive: true, force: true });
    await rm(rulesDir, { recursive: true, force: true });
  });

  it('routes by envelope recipient: leads reach the leads topic and each business webhook once, replays included', async () => {
    // Prepare
    flaky.add('/hooks/bravo-homes');
    const smtp = stack.smtp as NonNullable<LocalStack['smtp']>;
    expect(smtp.domains).toEqual(['acme.test', 'bravo.test']);
    const acme = [1, 2, 3].map((i) => leadEmail(`acme-${i}@site.example`, `Ann Acme${'x'.repeat(i)}`));
    const bravo = [1, 2].map((i) => leadEmail(`bravo-${i}@site.example`, `Bob Bravo${'y'.repeat(i)}`));
    const jobs: Job[] = [
      ...acme.map((data) => ({ from: 'noreply@site.example', to: ['leads@acme.test'], data })),
      ...bravo.map((data) => ({ from: 'noreply@site.example', to: ['sales@bravo.test'], data })),
      // A replay: the same email again (same Message-ID, so the same leadId).
      { from: 'noreply@site.example', to: ['leads@acme.test'], data: acme[0] as string },
    ];
    // Act
    const codes = await smtplib(smtp.port, jobs);
    await waitFor('5 distinct webhook deliveries', () => receiver.summary().leads >= 5 && true);
    // Give a wrong duplicate time to show up before counting.
    await new Promise((r) => setTimeout(r, 2_000));
    const messages = await consumeAll(stack.kafkaBootstrap, [stack.topics.leads]);
    const leads = messages.map((m) => decodeLead(m.value));
    // Assess
    expect(codes).toEqual([250, 250, 250, 250, 250, 250]);
    expect(new Set(leads.map((l) => l.leadId)).size).toBe(5);
    expect(leads.filter((l) => l.businessId === 'acme-motors').map((l) => l.leadId)).toHaveLength(4); // one replay
    expect(new Set(leads.map((l) => l.businessId))).toEqual(new Set(['acme-motors', 'bravo-homes']));
    expect(receiver.summary()).toEqual({ businesses: 2, leads: 5 });
    // One delivery per leadId (the replay was de-duplicated), keyed by the leadId, signatures valid.
    expect(receiver.deliveries).toHaveLength(5);
    expect(receiver.rejectedSignatures).toBe(0);
    for (const d of receiver.deliveries) {
      expect(d.idempotencyKey).toBe(d.leadId);
      expect(d.path).toBe(`/hooks/${d.businessId}`);
    }
  });

  it('retried the flaky business through a 503 and a timeout', () => {
    // Assess: bravo's receiver answered 503, then hung, then 204 — both leads arrived anyway.
    const bravo = receiver.deliveries.filter((d) => d.businessId === 'bravo-homes');
    expect(bravo).toHaveLength(2);
  });

  it('refuses relaying with 550 and an oversize message with 552', async () => {
    // Prepare
    const smtp = stack.smtp as NonNullable<LocalStack['smtp']>;
    const big = leadEmail('big@site.example', 'Big Message', 'x'.repeat(300 * 1024));
    // Act
    const codes = await smtplib(smtp.port, [
      { from: 'spammer@bad.example', to: ['victim@gmail.example'], data: leadEmail('relay@x', 'Relay Try') },
      { from: 'noreply@site.example', to: ['leads@acme.test'], data: big },
    ]);
    // Assess
    expect(codes).toEqual([550, 552]);
    expect(smtp.stats.relayDenied).toBe(1);
  });

  it('answers 451 while Kinesis is unreachable and loses nothing once it is back', async () => {
    // Prepare: a second ingress whose way to Kinesis goes through a proxy we can cut.
    const proxy = await startProxy(new URL(stack.kinesisEndpoint));
    const kinesis = new KinesisClient({ ...localAwsClientConfig(proxy.url), maxAttempts: 1 });
    const rules = await loadConfig(rulesFile);
    const ingress = await startSmtpIngress({
      domains: ['acme.test'],
      sender: createKinesisSender({
        client: kinesis,
        streamName: stack.streamName,
        claimCheck: createDirClaimCheckStore(stack.paths.claimCheckDir),
        backoff: createBackoff({ policy: { maxAttempts: 2, baseDelayMs: 50, maxDelayMs: 100 } }),
      }),
      partitionKey: createPartitionKeyFn(rules.businesses),
      route: createBusinessRouter(rules.businesses),
    });
    const email = leadEmail('outage@site.example', 'Olga Outage');
    const job = { from: 'noreply@site.example', to: ['leads@acme.test'], data: email };
    try {
      // Act
      proxy.setUp(false);
      const during = await smtplib(ingress.port, [job]);
      proxy.setUp(true);
      const after = await smtplib(ingress.port, [job]); // the client's retry
      await waitFor('the outage lead at the webhook', () => receiver.deliveries.length >= 6);
      // Assess
      expect(during).toEqual([451]);
      expect(after).toEqual([250]);
      expect(ingress.stats).toMatchObject({ accepted: 1, deferred: 1 });
      expect(receiver.deliveries).toHaveLength(6);
      const leads = (await consumeAll(stack.kafkaBootstrap, [stack.topics.leads])).map((m) =>
        decodeLead(m.value),
      );
      expect(leads.some((l) => l.contact.email === 'olga.outage@example.com')).toBe(true);
    } finally {
      await ingress.close();
      kinesis.destroy();
      await proxy.close();
    }
  });
});
