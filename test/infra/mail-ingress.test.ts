import { join } from 'node:path';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPython } from '../helpers/python.js';
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
    const mailBucket = ofType(s.json, 'AWS::S3::Bucket').find(([id]) => id.startsWith('MailMailBucket'));
    expect(mailBucket).toBeDefined();
    const [id, bucket] = mailBucket as [string, CfnTemplate['Resources'][string]];
    const props = bucket.Properties as Record<string, any>;
    expect(
      props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm,
    ).toBe('aws:kms');
    const rules = props.LifecycleConfiguration.Rules as Array<{ ExpirationInDays?: number }>;
    expect(rules.find((r) => r.ExpirationInDays)?.ExpirationInDays).toBe(15); // 24 h retention + 14 days
    const policy = ofType(s.json, 'AWS::S3::BucketPolicy').find(([, p]) =>
      JSON.stringify(p.Properties?.Bucket).includes(id),
    );
    const statements = (policy?.[1].Properties?.PolicyDocument as { Statement: Array<Record<string, any>> })
      .Statement;
    expect(
      statements.some(
        (st) => st.Effect === 'Deny' && st.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      ),
    ).toBe(true);
    expect(statements.some((st) => st.Principal?.Service === 'ses.amazonaws.com' && st.Condition)).toBe(true);
  });

  it('gives the forwarder no wildcard resource in its own policies', () => {
    const forwarderPolicies = ofType(s.json, 'AWS::IAM::Policy').filter(([id]) =>
      id.startsWith('MailForwarderRole'),
    );
    const roles = ofType(s.json, 'AWS::IAM::Role').filter(([id]) => id.startsWith('MailForwarderRole'));
    const statements = [
      ...forwarderPolicies.flatMap(
        ([, p]) => (p.Properties?.PolicyDocument as { Statement: unknown[] }).Statement,
      ),
      ...roles.flatMap(([, r]) =>
        ((r.Properties?.Policies as Array<{ PolicyDocument: { Statement: unknown[] } }>) ?? []).flatMap(
          (p) => p.PolicyDocument.Statement,
        ),
      ),
    ] as Array<{ Resource: unknown; Action: unknown }>;
    expect(statements.length).toBeGreaterThan(0);
    for (const st of statements) {
      expect(JSON.stringify(st.Resource)).not.toBe('"*"');
      expect(JSON.stringify(st.Action)).not.toMatch(/"[a-z0-9-]+:\*"/);
    }
  });

  it(
    'passes cfn-lint',
    async () => {
      const template = join(s.outdir, 'Leadstream.template.json');
      // W3005 ignored as in security.test.ts (CDK's DependsOn from each function to its role).
      const script = `
import json, sys
from pathlib import Path
from cfnlint.api import lint_file
from cfnlint.config import ManualArgs
matches = lint_file(Path(sys.argv[1]), config=ManualArgs(ignore_checks=['W3005'], regions=['us-east-1', 'eu-west-1']))
print(json.dumps([{'rule': m.rule.id, 'message': m.message} for m in matches]))
`;
      expect(JSON.parse(await runPython(script, [template]))).toEqual([]);
    },
    SYNTH_TIMEOUT_MS,
  );
});
