import { join } from 'node:path';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { cfnLint } from '../helpers/python.js';
import { type CfnTemplate, SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

let s: Synthesized;
let off: Synthesized;

beforeAll(() => {
  s = synth({
    bundle: false,
    context: { mailDomain: 'leads.example.com', mailRecipients: 'in@leads.example.com' },
  });
  off = synth({ bundle: false, nag: false });
}, SYNTH_TIMEOUT_MS);

interface Statement {
  Effect: string;
  Action?: unknown;
  Resource?: unknown;
}

function statementsOf(resource: CfnTemplate['Resources'][string] | undefined): Statement[] {
  const doc = resource?.Properties?.PolicyDocument as { Statement: Statement[] } | undefined;
  return doc?.Statement ?? [];
}

const ofType = (t: CfnTemplate, type: string) =>
  Object.entries(t.Resources).filter(([, r]) => r.Type === type);

describe('MailIngress (context mailDomain)', () => {
  it('is off without mailDomain', () => {
    expect(ofType(off.json, 'AWS::SES::ReceiptRule')).toHaveLength(0);
  });

  it('passes cdk-nag with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks().validateScope(s.app);
    expect(
      report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`),
    ).toEqual([]);
  });

  it('stores mail for the configured recipients in S3 with spam/virus scanning and TLS required', () => {
    s.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Recipients: ['in@leads.example.com'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [{ S3Action: { ObjectKeyPrefix: 'inbound/' } }],
      },
    });
  });

  it('keeps the mail in a KMS-encrypted, TLS-only bucket for the replay window', () => {
    const found = ofType(s.json, 'AWS::S3::Bucket').find(([id]) => id.startsWith('MailMailBucket'));
    if (!found) throw new Error('no mail bucket');
    const [id, bucket] = found;
    const props = bucket.Properties as {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: Array<{ ServerSideEncryptionByDefault: { SSEAlgorithm: string } }>;
      };
      LifecycleConfiguration: { Rules: Array<{ ExpirationInDays?: number }> };
    };
    expect(
      props.BucketEncryption.ServerSideEncryptionConfiguration[0]?.ServerSideEncryptionByDefault.SSEAlgorithm,
    ).toBe('aws:kms');
    expect(props.LifecycleConfiguration.Rules.find((r) => r.ExpirationInDays)?.ExpirationInDays).toBe(15); // 24 h + 14 days
    const policy = ofType(s.json, 'AWS::S3::BucketPolicy').find(([, p]) =>
      JSON.stringify(p.Properties?.Bucket).includes(id),
    );
    const statements = statementsOf(policy?.[1]);
    const text = statements.map((st) => JSON.stringify(st));
    expect(
      text.some((t) => t.includes('"Effect":"Deny"') && t.includes('"aws:SecureTransport":"false"')),
    ).toBe(true);
    expect(text.some((t) => t.includes('"Service":"ses.amazonaws.com"') && t.includes('"Condition"'))).toBe(
      true,
    );
  });

  it('gives the forwarder no wildcard resource or action in its own policies', () => {
    const statements = [
      ...ofType(s.json, 'AWS::IAM::Policy')
        .filter(([id]) => id.startsWith('MailForwarderRole'))
        .flatMap(([, p]) => statementsOf(p)),
      ...ofType(s.json, 'AWS::IAM::Role')
        .filter(([id]) => id.startsWith('MailForwarderRole'))
        .flatMap(([, r]) =>
          ((r.Properties?.Policies ?? []) as Array<{ PolicyDocument: { Statement: Statement[] } }>).flatMap(
            (p) => p.PolicyDocument.Statement,
          ),
        ),
    ];
    expect(statements.length).toBeGreaterThan(0);
    for (const st of statements) {
      expect(JSON.stringify(st.Resource)).not.toBe('"*"');
      expect(JSON.stringify(st.Action)).not.toMatch(/"[a-z0-9-]+:\*"/);
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
