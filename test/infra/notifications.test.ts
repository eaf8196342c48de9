import { join } from 'node:path';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { MSK_EVENT_SOURCE_ENI_ACTIONS } from '../../infra/constructs/lambda-defaults.js';
import {
  NOTIFIER_CONSUMER_GROUP,
  notificationsForDeploy,
  notifierBatchSize,
} from '../../infra/constructs/notifications.js';
import { nagAcknowledgments } from '../../infra/nag-acknowledgments.js';
import { cfnLint } from '../helpers/python.js';
import { type CfnTemplate, logicalId, SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

const RULES = 'test/fixtures/notifications/rules.yaml';
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:leadstream/acme-webhook-AbCdEf';

let s: Synthesized;
let off: Synthesized;

beforeAll(() => {
  s = synth({ bundle: false, context: { notificationsFile: RULES } });
  off = synth({ bundle: false, nag: false });
}, SYNTH_TIMEOUT_MS);

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

type Resource = CfnTemplate['Resources'][string];

const ofType = (t: CfnTemplate, type: string) =>
  Object.entries(t.Resources).filter(([, r]) => r.Type === type);
const id = (construct: Parameters<typeof logicalId>[1]) => logicalId(s.stack, construct);
const resource = (construct: Parameters<typeof logicalId>[1]): Resource => {
  const r = s.json.Resources[id(construct)];
  if (!r) throw new Error(`no resource for ${construct.node.path}`);
  return r;
};
/** A resource's properties, `{}` when it has none. */
const propsOf = (r: Resource | undefined): Record<string, unknown> => r?.Properties ?? {};
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const notify = () => {
  if (!s.stack.notifications) throw new Error('notifier not synthesized');
  return s.stack.notifications;
};

/** Every statement of the notifier role: inline (the role) and attached (its default policy). */
function roleStatements(): Statement[] {
  const roleId = id(notify().role);
  const inline = (
    (propsOf(resource(notify().role)).Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]
  ).flatMap((p) => p.PolicyDocument.Statement);
  const attached = ofType(s.json, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap(([, p]) => (propsOf(p).PolicyDocument as { Statement: Statement[] }).Statement);
  return [...inline, ...attached];
}

describe('notifier (context notificationsFile)', () => {
  it('is off without notificationsFile', () => {
    expect(off.stack.notifications).toBeUndefined();
    expect(ofType(off.json, 'AWS::SNS::Topic')).toHaveLength(1); // the alarm topic only
    expect(ofType(off.json, 'AWS::DynamoDB::Table')).toHaveLength(0);
  });

  it(
    'passes cdk-nag, and acknowledges only findings that exist',
    () => {
      const report = new AwsSolutionsChecks().validateScope(s.app);
      expect(
        report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`),
      ).toEqual([]);
      const bare = synth({
        bundle: false,
        nag: false,
        acknowledgeNagFindings: false,
        context: { notificationsFile: RULES },
      });
      const found = new AwsSolutionsChecks()
        .validateScope(bare.app)
        .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`));
      for (const a of nagAcknowledgments(bare.stack).filter((x) =>
        x.construct.node.path.includes('/Notify/'),
      )) {
        expect(
          found.some((f) => {
            const [rule, path] = f.split(' @ ');
            return rule === a.id && path?.startsWith(a.construct.node.path);
          }),
          `${a.id} @ ${a.construct.node.path}`,
        ).toBe(true);
      }
    },
    SYNTH_TIMEOUT_MS,
  );

  it('publishes to an SNS topic encrypted with the notifier KMS key (rotated), TLS-only', () => {
    const topic = resource(notify().topic);
    expect(topic.Properties?.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [id(notify().key), 'Arn'] });
    expect(resource(notify().key).Properties?.EnableKeyRotation).toBe(true);
    const policy = ofType(s.json, 'AWS::SNS::TopicPolicy').find(([, p]) =>
      JSON.stringify(p.Properties?.Topics).includes(id(notify().topic)),
    );
    const statements = (propsOf(policy?.[1]).PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sns:Publish',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('remembers notified leadIds in a KMS-encrypted table with point-in-time recovery and a TTL', () => {
    const table = resource(notify().seenTable).Properties as Record<string, unknown>;
    expect(table.KeySchema).toEqual([{ AttributeName: 'leadId', KeyType: 'HASH' }]);
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.SSESpecification).toEqual({
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: { 'Fn::GetAtt': [id(notify().key), 'Arn'] },
    });
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    // The replay window: 24 h of stream, 168 h of topic retention, plus the 14-day margin = 21 days.
    const env = (propsOf(resource(notify().function)).Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(env.NOTIFY_SEEN_TTL_SECONDS).toBe(String(21 * 86_400));
  });

  it('dead-letters to a KMS-encrypted, TLS-only queue that is alarmed', () => {
    const queue = resource(notify().deadLetterQueue).Properties as Record<string, unknown>;
    expect(queue.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [id(notify().key), 'Arn'] });
    const policy = ofType(s.json, 'AWS::SQS::QueuePolicy').find(([, p]) =>
      JSON.stringify(p.Properties?.Queues).includes(id(notify().deadLetterQueue)),
    );
    expect(JSON.stringify(policy?.[1].Properties?.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    const alarms = ofType(s.json, 'AWS::CloudWatch::Alarm').filter(([, a]) =>
      JSON.stringify(a.Properties).includes(id(notify().deadLetterQueue)),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.[1].Properties?.AlarmActions).toBeDefined();
  });

  it('runs the notifier on Node 24 arm64 outside the VPC, with its channels and no secret in its environment', () => {
    const fn = resource(notify().function).Properties as Record<string, unknown>;
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.VpcConfig).toBeUndefined();
    expect(fn.KmsKeyArn).toEqual({ 'Fn::GetAtt': [id(notify().key), 'Arn'] });
    const env = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    const notifications = JSON.parse(env.LEADSTREAM_NOTIFICATIONS as string);
    expect(notifications.businesses['acme-motors'].webhook.secret).toEqual({ secretId: SECRET_ARN });
    expect(Object.keys(env).sort()).toEqual(
      [
        'LEADSTREAM_NOTIFICATIONS',
        'NODE_OPTIONS',
        'NOTIFY_DEAD_LETTER_QUEUE_URL',
        'NOTIFY_SEEN_TABLE',
        'NOTIFY_SEEN_TTL_SECONDS',
        'NOTIFY_TOPIC_ARN',
        'POWERTOOLS_SERVICE_NAME',
      ].sort(),
    );
  });

  it('reads the leads topic through an MSK event source mapping with IAM auth, retries bounded, failures kept', () => {
    const esm = resource(notify().eventSource).Properties as Record<string, unknown>;
    expect(esm.EventSourceArn).toEqual({ 'Fn::GetAtt': [logicalId(s.stack, s.stack.kafka.cluster), 'Arn'] });
    expect(esm.Topics).toEqual(['leads']);
    // IAM auth: no SASL/SCRAM secret or certificate configured (the cluster only has IAM).
    expect(esm.SourceAccessConfigurations).toBeUndefined();
    expect(esm.AmazonManagedKafkaEventSourceConfig).toEqual({ ConsumerGroupId: NOTIFIER_CONSUMER_GROUP });
    expect(esm.StartingPosition).toBe('LATEST');
    expect(esm.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(esm.BisectBatchOnFunctionError).toBe(true);
    expect(esm.MaximumRetryAttempts).toBe(5);
    expect(esm.ProvisionedPollerConfig).toEqual({ MinimumPollers: 1, MaximumPollers: 2 });
    expect(esm.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [id(notify().deadLetterQueue), 'Arn'] } },
    });
    expect(esm.BatchSize).toBe(4);
    const deps = s.json.Resources[id(notify().eventSource)]?.DependsOn ?? [];
    expect(deps.some((d) => d.startsWith('KafkaTopics'))).toBe(true);
  });

  it('lets the pollers reach the brokers and the SQS endpoint, which serves the dead-letter queue only', () => {
    const cluster = logicalId(s.stack, s.stack.kafka.securityGroup);
    const selfIngress = ofType(s.json, 'AWS::EC2::SecurityGroupIngress').filter(
      ([, r]) =>
        JSON.stringify(r.Properties?.GroupId).includes(cluster) &&
        JSON.stringify(r.Properties?.SourceSecurityGroupId).includes(cluster),
    );
    expect(selfIngress.map(([, r]) => r.Properties?.FromPort)).toEqual([9098]);
    const endpoint = resource(notify().sqsEndpoint).Properties as {
      PolicyDocument: { Statement: Statement[] };
    };
    expect(endpoint.PolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': [id(notify().deadLetterQueue), 'Arn'] },
      }),
    ]);
  });

  it('gives the notifier role no wildcard: every resource named, "*" only on the ENI actions EC2 requires', () => {
    const statements = roleStatements();
    const bySid = new Map(statements.map((st) => [st.Sid, st]));
    for (const st of statements) {
      expect(
        list(st.Action).every((a) => !/(^\*$|:\*$)/.test(a)),
        JSON.stringify(st.Action),
      ).toBe(true);
      const resources = list(st.Resource).map((r) => JSON.stringify(r));
      if (st.Sid === 'MskEventSourceEni') expect(resources).toEqual(['"*"']);
      else for (const r of resources) expect(r, `${st.Sid}: ${r}`).not.toMatch(/\*/);
    }
    expect(list(bySid.get('MskEventSourceEni')?.Action).sort()).toEqual(
      [...MSK_EVENT_SOURCE_ENI_ACTIONS].sort(),
    );
    expect(bySid.get('WebhookSecrets')).toMatchObject({
      Action: 'secretsmanager:GetSecretValue',
      Resource: SECRET_ARN,
    });
    expect(bySid.get('PublishLeads')).toMatchObject({
      Action: 'sns:Publish',
      Resource: { Ref: id(notify().topic) },
    });
    expect(JSON.stringify(bySid.get('NotifierGroup')?.Resource)).toContain(`/${NOTIFIER_CONSUMER_GROUP}`);
    expect(resource(notify().role).Properties?.ManagedPolicyArns).toBeUndefined();
  });

  it('adds no wildcard to the key, topic or queue resource policies beyond the key policy itself', () => {
    const resourcePolicies = [
      ...ofType(s.json, 'AWS::SNS::TopicPolicy').filter(([, p]) =>
        JSON.stringify(p.Properties?.Topics).includes(id(notify().topic)),
      ),
      ...ofType(s.json, 'AWS::SQS::QueuePolicy').filter(([, p]) =>
        JSON.stringify(p.Properties?.Queues).includes(id(notify().deadLetterQueue)),
      ),
    ].flatMap(([, p]) => (propsOf(p).PolicyDocument as { Statement: Statement[] }).Statement);
    for (const st of resourcePolicies.filter((x) => x.Effect === 'Allow')) {
      expect(JSON.stringify(st.Resource)).not.toBe('"*"');
    }
  });

  it(
    'passes cfn-lint',
    async () => {
      expect(await cfnLint(join(s.outdir, 'Leadstream.template.json'))).toEqual([]);
    },
    SYNTH_TIMEOUT_MS,
  );
});

describe('notificationsForDeploy', () => {
  it('refuses a webhook secret from the environment, which the Lambda does not have', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'notify-rules-')), 'rules.yaml');
    writeFileSync(
      file,
      'version: 1\nnotifications:\n  businesses:\n    a: { webhook: { url: https://x.example/h, secret: { env: A_SECRET } } }\n',
    );
    expect(() => notificationsForDeploy(file)).toThrow(/businesses\.a\.webhook\.secret must be \{ secretId/);
    writeFileSync(file, 'version: 1\nnotifications:\n  businesses:\n    a: { sns: false }\n');
    expect(() => notificationsForDeploy(file)).toThrow(/no business has a channel/);
  });

  it('sizes the batch so that every webhook failing every attempt still fits the timeout', () => {
    const policy = { maxAttempts: 5, timeoutMs: 5_000, baseDelayMs: 500, maxDelayMs: 30_000 };
    expect(notifierBatchSize(policy)).toBe(4); // 145 s a lead, 720 s of the 900 s timeout
    expect(notifierBatchSize({ ...policy, maxAttempts: 20, timeoutMs: 60_000 })).toBe(1);
    expect(notifierBatchSize({ ...policy, maxAttempts: 1, timeoutMs: 1_000 })).toBe(100);
  });
});
