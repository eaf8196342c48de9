import { join } from 'node:path';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { nagAcknowledgments } from '../../infra/nag-acknowledgments.js';
import { cfnLint } from '../helpers/python.js';
import { type CfnTemplate, SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

// The app exactly as `cdk synth` builds it, cdk-nag's AwsSolutions pack registered as a validation plugin
// (app.synth() throws "Validation failed" on any unacknowledged finding), minus the Lambda bundling.
let s: Synthesized;
let synthError: unknown;

beforeAll(() => {
  try {
    s = synth({ bundle: false });
  } catch (err) {
    synthError = err;
  }
}, SYNTH_TIMEOUT_MS);

describe('cdk-nag AwsSolutions', () => {
  it('passes the validation plugin: synth does not fail', () => {
    expect(synthError).toBeUndefined();
  });

  it('has zero unacknowledged findings, errors or warnings', () => {
    const report = new AwsSolutionsChecks().validateScope(s.app);
    expect(
      report.violations.map(
        (v) => `${v.ruleName} (${v.severity}) at ${v.violatingResources.map((r) => r.constructPath)}`,
      ),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it(
    'acknowledges each finding with a written reason, and only findings that exist',
    () => {
      const acks = nagAcknowledgments(s.stack);
      for (const a of acks) expect(a.reason.length, a.id).toBeGreaterThanOrEqual(60);
      // The same app without the acknowledgments: its findings must be exactly the acknowledged ones.
      const bare = synth({ bundle: false, nag: false, acknowledgeNagFindings: false });
      const found = new AwsSolutionsChecks()
        .validateScope(bare.app)
        .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`))
        .sort();
      const acknowledged = nagAcknowledgments(bare.stack)
        .map((a) => `${a.id} @ ${a.construct.node.path}`)
        .sort();
      // A finding sits on the CfnResource (e.g. .../Role/DefaultPolicy/Resource) under the acknowledged construct.
      expect(found.length).toBe(acknowledged.length);
      for (const [i, f] of found.entries()) {
        const [rule, path] = f.split(' @ ');
        const match = acknowledged.find((a) => {
          const [aRule, aPath] = a.split(' @ ');
          return aRule === rule && (path === aPath || path?.startsWith(`${aPath}/`));
        });
        expect(match, `finding ${i}: ${f}`).toBeDefined();
      }
    },
    SYNTH_TIMEOUT_MS,
  );
});

interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Principal?: unknown;
}

interface Located {
  readonly logicalId: string;
  readonly type: string;
  readonly statement: Statement;
}

/** Every policy statement in the template: identity policies and resource policies alike. */
function allStatements(json: CfnTemplate): Located[] {
  const out: Located[] = [];
  const add = (logicalId: string, type: string, doc: unknown) => {
    const statements = (doc as { Statement?: Statement[] } | undefined)?.Statement ?? [];
    for (const statement of statements) out.push({ logicalId, type, statement });
  };
  for (const [logicalId, r] of Object.entries(json.Resources)) {
    const p = r.Properties ?? {};
    switch (r.Type) {
      case 'AWS::IAM::Role':
        for (const policy of (p.Policies as { PolicyDocument: unknown }[] | undefined) ?? [])
          add(logicalId, r.Type, policy.PolicyDocument);
        break;
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy':
      case 'AWS::S3::BucketPolicy':
      case 'AWS::SQS::QueuePolicy':
      case 'AWS::SNS::TopicPolicy':
      case 'AWS::EC2::VPCEndpoint':
        add(logicalId, r.Type, p.PolicyDocument);
        break;
      case 'AWS::KMS::Key':
        add(logicalId, r.Type, p.KeyPolicy);
        break;
    }
  }
  return out;
}

const actionsOf = (st: Statement) => (Array.isArray(st.Action) ? st.Action : st.Action ? [st.Action] : []);
const resourcesOf = (st: Statement) =>
  Array.isArray(st.Resource) ? st.Resource : st.Resource ? [st.Resource] : [];

/**
 * The only places an Allow may use Resource "*" (or, for the first, a service-wide action), each with the
 * reason AWS requires it.
 */
const RESOURCE_STAR_ALLOWED: {
  readonly name: string;
  readonly reason: string;
  readonly matches: (l: Located) => boolean;
}[] = [
  {
    name: 'KMS key policies',
    reason:
      'In a key policy, Resource "*" means "this key". The account-root statement with kms:* is the AWS default ' +
      'key policy that delegates access control to IAM; without it the key becomes unmanageable.',
    matches: (l) => l.type === 'AWS::KMS::Key',
  },
  {
    name: 'ENI actions of functions in the VPC',
    reason:
      'Lambda creates and deletes ENIs in subnets chosen at deploy time and EC2 does not support resource-level ' +
      'permissions for the Describe calls (AWSLambdaVPCAccessExecutionRole uses "*" too).',
    matches: (l) => l.type === 'AWS::IAM::Role' && l.statement.Sid === 'VpcEni',
  },
];

describe('IAM policies', () => {
  it('never allow Action "*" or a whole service ("s3:*"), outside the default key policy', () => {
    const offenders = allStatements(s.json)
      .filter((l) => l.statement.Effect === 'Allow')
      .filter((l) => actionsOf(l.statement).some((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a)))
      .filter(
        (l) => !(l.type === 'AWS::KMS::Key' && JSON.stringify(l.statement.Principal).includes(':root')),
      );
    expect(offenders).toEqual([]);
  });

  it('never use NotAction or NotResource in an Allow', () => {
    const offenders = allStatements(s.json).filter(
      (l) =>
        l.statement.Effect === 'Allow' &&
        (l.statement.NotAction !== undefined || l.statement.NotResource !== undefined),
    );
    expect(offenders).toEqual([]);
  });

  it('allow Resource "*" only in the allow-listed places', () => {
    const stars = allStatements(s.json).filter(
      (l) => l.statement.Effect === 'Allow' && resourcesOf(l.statement).includes('*'),
    );
    const unexplained = stars.filter((l) => !RESOURCE_STAR_ALLOWED.some((a) => a.matches(l)));
    expect(unexplained).toEqual([]);
    // Each allow-list entry is in use, so the list does not rot.
    for (const entry of RESOURCE_STAR_ALLOWED) expect(stars.some(entry.matches), entry.name).toBe(true);
    // And ENI statements carry only the ENI actions.
    for (const l of stars.filter((x) => x.statement.Sid === 'VpcEni')) {
      for (const a of actionsOf(l.statement))
        expect(a).toMatch(
          /^ec2:(Create|Delete|Describe)NetworkInterfaces?$|^ec2:DescribeSubnets$|^ec2:(Un)?[aA]ssignPrivateIpAddresses$/,
        );
    }
  });
});

describe('cfn-lint', () => {
  it(
    'finds nothing in the synthesized template',
    async () => {
      expect(await cfnLint(join(s.outdir, 'Leadstream.template.json'))).toEqual([]);
    },
    SYNTH_TIMEOUT_MS,
  );
});
