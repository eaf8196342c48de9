import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type App, CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { PROJECT_ROOT } from '../../infra/constructs/lambda-defaults.js';
import { buildApp, STACK_ID } from '../../infra/leadstream-app.js';
import type { LeadstreamStack } from '../../infra/leadstream-stack.js';

/** Synth can take 20 s or more on the CI's two cores (esbuild bundling, nag); hooks get this long. */
export const SYNTH_TIMEOUT_MS = 180_000;

/** CloudFormation template as JSON, loosely typed for the property walks of the tests. */
export interface CfnTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;
  Outputs?: Record<string, unknown>;
}

export interface Synthesized {
  readonly stack: LeadstreamStack;
  readonly template: Template;
  readonly json: CfnTemplate;
  readonly artifact: CloudFormationStackArtifact;
  readonly outdir: string;
  readonly app: App;
}

/**
 * Builds and synthesizes the real app (the one cdk.json runs), with the cdk-nag validation plugin on. Context
 * values are passed like `-c key=value` would pass them (strings are fine). `bundle: false` skips the esbuild
 * bundling of the Lambda code, for tests that look only at the template.
 */
export function synth(
  options: {
    context?: Record<string, unknown>;
    bundle?: boolean;
    nag?: boolean;
    acknowledgeNagFindings?: boolean;
  } = {},
): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'leadstream-cdk-'));
  const context = {
    ...options.context,
    ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
  };
  const { app, stack } = buildApp({
    outdir,
    context,
    nag: options.nag ?? true,
    acknowledgeNagFindings: options.acknowledgeNagFindings,
  });
  const assembly = app.synth();
  const artifact = assembly.getStackByName(STACK_ID);
  return {
    app,
    stack,
    template: Template.fromJSON(artifact.template),
    json: artifact.template,
    artifact,
    outdir,
  };
}

/** Resources of one type, as [logicalId, properties]. */
export function resourcesOfType(json: CfnTemplate, type: string): [string, Record<string, unknown>][] {
  return Object.entries(json.Resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r.Properties ?? {}]);
}

/** The logical id of a CfnElement, or of the CfnResource behind an L2 construct. */
export function logicalId(stack: LeadstreamStack, construct: IConstruct): string {
  let element: IConstruct | undefined = construct;
  // Walk down default children: an L3 (AwsCustomResource) wraps an L2 (CustomResource) wraps the L1.
  while (element && !CfnElement.isCfnElement(element)) {
    element = element.node.defaultChild ?? element.node.tryFindChild('Resource');
  }
  if (!element) throw new Error(`${construct.node.path} has no CfnElement`);
  return stack.getLogicalId(element as CfnElement);
}

/** The directory `cdk synth` wrote a function's bundled code to. */
export function assetDirOf(s: Synthesized, fn: IConstruct): string {
  const code = s.json.Resources[logicalId(s.stack, fn)]?.Properties as { Code: { S3Key: string } };
  return join(s.outdir, `asset.${code.Code.S3Key.replace('.zip', '')}`);
}

/**
 * Runs a bundled handler the way Lambda would: Node, in the asset directory, `handler(event, {})`, with
 * only `env` set and the AWS SDK resolvable beside the asset (not inside it), as the runtime provides it.
 * Returns what the handler returned.
 */
export async function invokeAsset(
  s: Synthesized,
  assetDir: string,
  event: unknown,
  env: Record<string, string>,
): Promise<unknown> {
  const sdk = join(s.outdir, 'node_modules', '@aws-sdk');
  mkdirSync(join(s.outdir, 'node_modules'), { recursive: true });
  if (!existsSync(sdk)) symlinkSync(join(PROJECT_ROOT, 'node_modules', '@aws-sdk'), sdk, 'dir');
  const eventFile = join(mkdtempSync(join(s.outdir, 'event-')), 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  const script = `import { readFileSync } from 'node:fs';
const { handler } = await import(${JSON.stringify(join(assetDir, 'index.mjs'))});
const res = await handler(JSON.parse(readFileSync(${JSON.stringify(eventFile)}, 'utf8')), {});
process.stdout.write('\\nRESULT ' + JSON.stringify(res) + '\\n');
process.exit(0);`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--enable-source-maps', '--input-type=module', '-e', script],
    { cwd: s.outdir, env: { PATH: process.env.PATH, ...env } },
  );
  return JSON.parse(stdout.split('\nRESULT ').at(-1) ?? '');
}
