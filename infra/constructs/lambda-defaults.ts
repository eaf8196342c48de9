import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * The newest Node.js runtime this aws-cdk-lib knows (cdk-nag AwsSolutions-L1 asks for the latest). The code
 * itself stays Node 20 compatible, which is what the tests run on.
 */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** The repository root: where package-lock.json is, and what esbuild's `inputDir` is. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How long Lambda logs are kept: enough to investigate last month's incident, bounded for cost. */
export const LAMBDA_LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * The AWS SDK v3 is left out of the bundle and taken from the Lambda runtime (nodejs18.x and later ship it;
 * this is also NodejsFunction's own default). It is 0.66 MiB of a 2.8 MiB bundle, and without leaving it out
 * the bundle cannot meet issue 5's 2 MB budget. The processor only calls a few long-stable operations (Firehose
 * PutRecordBatch, S3 Get/PutObject, Secrets Manager GetSecretValue, and STS through the MSK IAM signer).
 * The cost: those calls run the runtime's SDK version, not the one package-lock.json pins. Every SDK import
 * in src is a lazy `await import()`, so a missing package fails the init (Lambda retries it) rather than a
 * record. See docs/lambda-bundle.md for the figures.
 */
export const BUNDLE_EXTERNAL_MODULES = ['@aws-sdk/*'] as const;

/**
 * Local esbuild bundling (no Docker): minified ESM with source maps, the AWS SDK from the runtime
 * ({@link BUNDLE_EXTERNAL_MODULES}), and `runtimeFiles` copied beside index.mjs.
 */
export function bundlingOptions(runtimeFiles: readonly string[] = []): nodejs.BundlingOptions {
  for (const file of runtimeFiles) {
    if (isAbsolute(file) || file.includes('..') || !/^[\w./-]+$/.test(file)) {
      throw new Error(
        `bundlingOptions: runtime file must be a plain path relative to the project root: ${file}`,
      );
    }
    if (!existsSync(join(PROJECT_ROOT, file)))
      throw new Error(`bundlingOptions: runtime file not found: ${file}`);
  }
  return {
    forceDockerBundling: false,
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    target: 'node22',
    format: nodejs.OutputFormat.ESM,
    mainFields: ['module', 'main'],
    externalModules: [...BUNDLE_EXTERNAL_MODULES],
    // UTF-8 output instead of \uXXXX escapes: the charset tables of iconv-lite and franc's trigrams are
    // mostly non-ASCII, and escaped they cost 0.38 MiB more. Node reads .mjs sources as UTF-8.
    // (aws-cdk-lib 2.276 declares a `charset` prop but does not pass it to esbuild; the raw flag works.)
    esbuildArgs: { '--charset': 'utf8' },
    // kafkajs and some SDK internals call require() on Node built-ins; an ESM bundle needs a real require.
    // re2-wasm's Emscripten loader finds re2.wasm through __dirname, which ESM lacks: the bundle's directory.
    banner:
      "import { createRequire as __lsCreateRequire } from 'node:module'; import { dirname as __lsDirname } from 'node:path'; import { fileURLToPath as __lsFileURLToPath } from 'node:url'; const require = __lsCreateRequire(import.meta.url); const __dirname = __lsDirname(__lsFileURLToPath(import.meta.url));",
    // Files the code reads at runtime with `new URL('./x', import.meta.url)`: in the bundle that URL is the
    // bundle's own directory, so they are copied beside index.mjs.
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) =>
        runtimeFiles.map((f) => `cp "${inputDir}/${f}" "${outputDir}/"`),
    },
  };
}

/** A log group per function, so the role can be scoped to it and retention is bounded. */
export function lambdaLogGroup(scope: Construct, id: string): logs.LogGroup {
  return new logs.LogGroup(scope, id, {
    retention: LAMBDA_LOG_RETENTION,
    removalPolicy: RemovalPolicy.DESTROY,
  });
}

/**
 * The actions a function in a VPC needs to manage its ENIs (the content of the AWS managed policy
 * AWSLambdaVPCAccessExecutionRole). EC2 does not support resource-level permissions for the Describe*
 * calls, and Lambda creates the ENIs in subnets and security groups chosen at deploy time, so AWS documents
 * Resource "*" for them: https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions
 */
export const VPC_ENI_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
] as const;

/**
 * What an MSK event source mapping needs to place its pollers' ENIs in the cluster's subnets (the ENI part of
 * AWSLambdaMSKExecutionRole): it acts with the function's role even for a function outside the VPC. EC2's
 * Describe calls have no resource-level permissions, so these also take Resource "*":
 * https://docs.aws.amazon.com/lambda/latest/dg/with-msk-permissions.html
 */
export const MSK_EVENT_SOURCE_ENI_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
] as const;

/**
 * A function role written out instead of the AWS managed policies (AwsSolutions-IAM4): logs only to the
 * function's own log group, and the ENI actions only for functions in a VPC or with an MSK event source. All
 * are inline in the role, so they exist before the function is created (Lambda checks the ENI permissions at
 * creation).
 */
export function lambdaRole(
  scope: Construct,
  id: string,
  logGroup: logs.ILogGroup,
  options: { readonly inVpc: boolean; readonly mskEventSource?: boolean },
): iam.Role {
  const statements = [
    new iam.PolicyStatement({
      sid: 'OwnLogGroup',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn],
    }),
  ];
  if (options.inVpc) {
    statements.push(
      new iam.PolicyStatement({ sid: 'VpcEni', actions: [...VPC_ENI_ACTIONS], resources: ['*'] }),
    );
  }
  if (options.mskEventSource) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'MskEventSourceEni',
        actions: [...MSK_EVENT_SOURCE_ENI_ACTIONS],
        resources: ['*'],
      }),
    );
  }
  return new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    inlinePolicies: { execution: new iam.PolicyDocument({ statements }) },
  });
}

/**
 * The SQS on-failure destination with the exact permissions Lambda needs to send to an SSE-KMS queue
 * (sqs:SendMessage; the queue's KMS actions are granted by the caller). CDK's SqsDlq grants
 * GetQueueAttributes/GetQueueUrl and kms:ReEncrypt* and kms:GenerateDataKey* on top.
 */
export function sqsOnFailure(queue: sqs.IQueue): lambda.IEventSourceDlq {
  return {
    bind(_target, handler) {
      handler.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'OnFailureQueue',
          actions: ['sqs:SendMessage'],
          resources: [queue.queueArn],
        }),
      );
      return { destination: queue.queueArn };
    },
  };
}

/**
 * A dead-letter queue: encrypted with the construct's key, TLS-only, and kept the maximum 14 days, so an
 * operator back from a long weekend still finds what was given up on.
 */
export function deadLetterQueue(scope: Construct, id: string, key: kms.IKey): sqs.Queue {
  return new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
}

/** Alarms as soon as a dead-letter queue holds a message: each one is something given up on that needs a human. */
export function deadLetterAlarm(
  scope: Construct,
  id: string,
  queue: sqs.IQueue,
  description: string,
): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: description,
    metric: queue.metricApproximateNumberOfMessagesVisible({
      statistic: 'Maximum',
      period: Duration.minutes(1),
    }),
    threshold: 0,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}
