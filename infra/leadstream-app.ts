import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from '../src/config/deploy.js';
import { LeadstreamStack } from './leadstream-stack.js';

export const STACK_ID = 'Leadstream';

export interface BuildAppOptions extends AppProps {
  /**
   * Run cdk-nag's AwsSolutions pack as a validation plugin: synth fails on any unacknowledged finding.
   * @default true
   */
  readonly nag?: boolean;
  /** @default src/processors/handlers/lambda.ts */
  readonly processorEntry?: string;
  /** @default true */
  readonly acknowledgeNagFindings?: boolean;
}

/**
 * The app: one environment-agnostic stack. No account or region is pinned and nothing is looked up, so
 * `cdk synth` works offline without credentials; `cdk deploy` takes both from the CLI's credentials.
 */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: LeadstreamStack } {
  const { nag = true, processorEntry, acknowledgeNagFindings, ...appProps } = options;
  // The feature flags `cdk init` would write, set here so tests and the CLI build the same template
  // (e.g. S3 access logs granted by bucket policy rather than ACL). Explicit context still wins.
  const app = new App({ ...appProps, context: { ...CURRENTLY_RECOMMENDED_FLAGS, ...appProps.context } });
  const config = configFromContext(app.node);
  const stack = new LeadstreamStack(app, STACK_ID, {
    config,
    processorEntry,
    acknowledgeNagFindings,
    description:
      'leadstream: lead emails -> Kinesis -> Lambda -> MSK Serverless (Avro) + Firehose (Parquet) -> Athena',
  });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
