import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CLAIM_CHECK_REPLAY_MARGIN_DAYS } from '../../src/config/deploy.js';
import { PROCESSOR_ENV, PROCESSOR_METRICS } from '../processor-environment.js';
import {
  bundlingOptions,
  deadLetterAlarm,
  deadLetterQueue,
  LAMBDA_RUNTIME,
  lambdaLogGroup,
  lambdaRole,
  sqsOnFailure,
} from './lambda-defaults.js';

/**
 * The event-source defaults, in one place. Without them a poison batch blocks its shard until the records
 * expire (24 h by default), retried forever.
 */
export const EVENT_SOURCE_DEFAULTS = {
  batchSize: 100,
  maxBatchingWindow: Duration.seconds(1),
  parallelizationFactor: 1,
  /** Split a failing batch in two on each error, so one bad record ends up alone instead of failing 99 good ones. */
  bisectBatchOnError: true,
  /** A few retries cover transient MSK/Firehose errors; past them the records go to the on-failure queue. */
  retryAttempts: 3,
  /** Older records are sent to the on-failure queue unprocessed: a lead an hour late is handled by hand. */
  maxRecordAge: Duration.hours(1),
  /** Without it Lambda ignores the partial batch response and failed records count as processed. */
  reportBatchItemFailures: true,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
} as const;

/** Files the processor reads next to its code at runtime (see src/schemas/lead-avro.ts, src/config/load.ts). */
export const PROCESSOR_RUNTIME_FILES = [
  'src/schemas/lead.avsc',
  'src/schemas/rejected.avsc',
  'src/config/default-rules.yaml',
  // RE2 for rules-file patterns (src/config/pattern.ts); its loader reads re2.wasm beside the bundle.
  'node_modules/re2-wasm/build/wasm/re2.wasm',
] as const;

export const DEFAULT_HANDLER_ENTRY = fileURLToPath(
  new URL('../../src/processors/handlers/lambda.ts', import.meta.url),
);

export interface IngestAlarmThresholds {
  /**
   * Alarm when the oldest unread record is older than this, for 5 consecutive minutes. Leads are meant to
   * reach Kafka within seconds, so a minute of sustained lag means the processor is falling behind or stuck.
   * @default 60_000
   */
  readonly iteratorAgeMs?: number;
  /**
   * Alarm when the processor reports at least this many Errors in 5 minutes. Record-level failures are partial
   * batch responses, not Errors, so any Error is a crash, a timeout or a bad deploy.
   * @default 1
   */
  readonly errors?: number;
  /**
   * Alarm on at least this many Throttles in 5 minutes: a throttled poller stalls its shard.
   * @default 1
   */
  readonly throttles?: number;
  /**
   * Alarm when more than this percent of the records of 15 minutes are rejected (and at least 20 records
   * were seen): a jump usually means a lead source changed its email template and a rule no longer matches.
   * @default 5
   */
  readonly rejectedRatePercent?: number;
}

/** Key prefix of the claim-check objects (emails over the 1 MiB Kinesis record limit). */
export const CLAIM_CHECK_PREFIX = 'claim-check/';

export interface IngestFunctionProps {
  readonly vpc: ec2.IVpc;
  /** Bucket that receives the S3 server access logs of the claim-check bucket. */
  readonly accessLogsBucket: s3.IBucket;
  /** Private subnets of the function. */
  readonly subnets: ec2.SubnetSelection;
  /**
   * Kinesis capacity mode.
   * @default kinesis.StreamMode.ON_DEMAND
   */
  readonly streamMode?: kinesis.StreamMode;
  /**
   * Shards; required with PROVISIONED and rejected with ON_DEMAND.
   * @default - none (on-demand)
   */
  readonly shardCount?: number;
  /**
   * Kinesis retention (24 h .. 365 days).
   * @default Duration.hours(24)
   */
  readonly retention?: Duration;
  /**
   * Claim-check object expiry; must outlive every record that points to an object (infra/config.ts
   * checks it against the stream and topic retentions).
   * @default the stream retention plus CLAIM_CHECK_REPLAY_MARGIN_DAYS
   */
  readonly claimCheckExpiry?: Duration;
  /**
   * Handler source file (exports `handler`).
   * @default src/processors/handlers/lambda.ts
   */
  readonly entry?: string;
  /**
   * Memory of the processor in MiB.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Timeout of the processor.
   * @default Duration.seconds(60)
   */
  readonly timeout?: Duration;
  /**
   * Reserved concurrency.
   * @default - none: the function draws from the account's unreserved pool
   */
  readonly reservedConcurrency?: number;
  /**
   * More environment variables (Kafka brokers, topics, Firehose stream). The construct sets the HMAC secret id
   * and the Powertools variables itself.
   * @default {}
   */
  readonly environment?: Readonly<Record<string, string>>;
  /** @default EVENT_SOURCE_DEFAULTS.batchSize */
  readonly batchSize?: number;
  /** @default EVENT_SOURCE_DEFAULTS.maxBatchingWindow */
  readonly maxBatchingWindow?: Duration;
  /** @default EVENT_SOURCE_DEFAULTS.parallelizationFactor */
  readonly parallelizationFactor?: number;
  /** @default EVENT_SOURCE_DEFAULTS.retryAttempts */
  readonly retryAttempts?: number;
  /** @default EVENT_SOURCE_DEFAULTS.maxRecordAge */
  readonly maxRecordAge?: Duration;
  /** @default - the defaults of {@link IngestAlarmThresholds} */
  readonly alarmThresholds?: IngestAlarmThresholds;
}

/**
 * Kinesis (KMS) → processor Lambda (arm64, in the VPC), with the HMAC key in Secrets Manager, an encrypted SQS
 * on-failure destination, and alarms on lag, errors, throttles, the on-failure queue and the rejected rate.
 */
export class IngestFunction extends Construct {
  public readonly key: kms.Key;
  public readonly stream: kinesis.Stream;
  public readonly hmacSecret: secretsmanager.Secret;
  /** Emails too large for a Kinesis record: the sender stores them here and puts a pointer record. */
  public readonly claimCheckBucket: s3.Bucket;
  /** What a sender of raw emails needs: put records on the stream and claim-check objects in the bucket. */
  public readonly producerPolicy: iam.ManagedPolicy;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly logGroup: logs.LogGroup;
  public readonly role: iam.Role;
  public readonly function: nodejs.NodejsFunction;
  public readonly deadLetterQueue: sqs.Queue;
  public readonly eventSource: sources.KinesisEventSource;
  public readonly rejectedRate: cloudwatch.MathExpression;
  public readonly iteratorAgeAlarm: cloudwatch.Alarm;
  public readonly errorsAlarm: cloudwatch.Alarm;
  public readonly throttlesAlarm: cloudwatch.Alarm;
  public readonly deadLetterAlarm: cloudwatch.Alarm;
  public readonly rejectedRateAlarm: cloudwatch.Alarm;
  public readonly alarms: readonly cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);
    const streamMode = props.streamMode ?? kinesis.StreamMode.ON_DEMAND;
    const retention = props.retention ?? Duration.hours(24);
    const memorySize = props.memorySize ?? 512;
    const timeout = props.timeout ?? Duration.seconds(60);
    const batchSize = props.batchSize ?? EVENT_SOURCE_DEFAULTS.batchSize;
    const maxBatchingWindow = props.maxBatchingWindow ?? EVENT_SOURCE_DEFAULTS.maxBatchingWindow;
    const parallelizationFactor = props.parallelizationFactor ?? EVENT_SOURCE_DEFAULTS.parallelizationFactor;
    const retryAttempts = props.retryAttempts ?? EVENT_SOURCE_DEFAULTS.retryAttempts;
    const maxRecordAge = props.maxRecordAge ?? EVENT_SOURCE_DEFAULTS.maxRecordAge;
    const thresholds = {
      iteratorAgeMs: props.alarmThresholds?.iteratorAgeMs ?? 60_000,
      errors: props.alarmThresholds?.errors ?? 1,
      throttles: props.alarmThresholds?.throttles ?? 1,
      rejectedRatePercent: props.alarmThresholds?.rejectedRatePercent ?? 5,
    };
    validate({
      ...props,
      streamMode,
      retention,
      memorySize,
      timeout,
      batchSize,
      maxBatchingWindow,
      parallelizationFactor,
      retryAttempts,
      maxRecordAge,
      thresholds,
    });

    this.key = new kms.Key(this, 'Key', {
      description: 'leadstream ingest: Kinesis stream, on-failure queue, claim-check bucket, HMAC secret',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.stream = new kinesis.Stream(this, 'Stream', {
      streamMode,
      shardCount: streamMode === kinesis.StreamMode.PROVISIONED ? props.shardCount : undefined,
      retentionPeriod: retention,
      encryption: kinesis.StreamEncryption.KMS,
      encryptionKey: this.key,
      // Deleted with the stack: it holds raw (personal) emails for at most the retention period, all of them
      // already processed, and a retained stream keeps billing per hour.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // 32 random bytes as 64 hex characters: src/config/hmac-key.ts decodes hex and requires >= 32 bytes.
    this.hmacSecret = new secretsmanager.Secret(this, 'HmacSecret', {
      description: 'leadstream HMAC-SHA256 key for pseudonymising emails and phones (hex, 32 bytes)',
      encryptionKey: this.key,
      generateSecretString: {
        passwordLength: 64,
        excludePunctuation: true,
        excludeUppercase: true,
        includeSpace: false,
        excludeCharacters: 'ghijklmnopqrstuvwxyz',
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const claimCheckExpiry =
      props.claimCheckExpiry ??
      Duration.days(Math.ceil(retention.toHours() / 24) + CLAIM_CHECK_REPLAY_MARGIN_DAYS);
    this.claimCheckBucket = new s3.Bucket(this, 'ClaimCheckBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'claim-check/',
      lifecycleRules: [
        { id: 'expire-claim-checks', expiration: claimCheckExpiry },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.deadLetterQueue = deadLetterQueue(this, 'OnFailureQueue', this.key);

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'leadstream processor: egress to MSK and the VPC endpoints only',
      allowAllOutbound: false,
    });
    this.logGroup = lambdaLogGroup(this, 'Logs');
    const environment: Record<string, string> = {
      ...props.environment,
      [PROCESSOR_ENV.hmacSecretId]: this.hmacSecret.secretArn,
      [PROCESSOR_ENV.claimCheckBucket]: this.claimCheckBucket.bucketName,
      [PROCESSOR_ENV.claimCheckPrefix]: CLAIM_CHECK_PREFIX,
      [PROCESSOR_ENV.serviceName]: PROCESSOR_METRICS.serviceName,
      [PROCESSOR_ENV.metricsNamespace]: PROCESSOR_METRICS.namespace,
      NODE_OPTIONS: '--enable-source-maps',
    };
    this.role = lambdaRole(this, 'ProcessorRole', this.logGroup, { inVpc: true });
    this.function = new nodejs.NodejsFunction(this, 'Processor', {
      entry: props.entry ?? DEFAULT_HANDLER_ENTRY,
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize,
      timeout,
      description: 'leadstream: raw lead emails from Kinesis to Kafka (Avro) and Firehose (analytics)',
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      securityGroups: [this.securityGroup],
      reservedConcurrentExecutions: props.reservedConcurrency,
      environment,
      bundling: bundlingOptions(PROCESSOR_RUNTIME_FILES),
    });
    this.hmacSecret.grantRead(this.function);
    // Read pointers' emails; write rejected emails too large to travel inline on the rejected topic. Written
    // out rather than grantRead/grantPut, which add s3:GetObject*, s3:List* and kms:ReEncrypt*.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ClaimCheckObjects',
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [this.claimCheckBucket.arnForObjects(`${CLAIM_CHECK_PREFIX}*`)],
      }),
    );
    // One key for the stream, the bucket, the queue and the secret: decrypt what it reads, encrypt what it writes.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'IngestKey',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [this.key.keyArn],
      }),
    );

    this.producerPolicy = new iam.ManagedPolicy(this, 'ProducerPolicy', {
      description: 'Send raw lead emails to leadstream: Kinesis records and claim-check objects',
      statements: [
        new iam.PolicyStatement({
          sid: 'PutRecords',
          actions: [
            'kinesis:PutRecord',
            'kinesis:PutRecords',
            'kinesis:DescribeStreamSummary',
            'kinesis:ListShards',
          ],
          resources: [this.stream.streamArn],
        }),
        new iam.PolicyStatement({
          sid: 'ClaimCheckObjects',
          actions: ['s3:PutObject'],
          resources: [this.claimCheckBucket.arnForObjects(`${CLAIM_CHECK_PREFIX}*`)],
        }),
        new iam.PolicyStatement({
          sid: 'EncryptWithStreamKey',
          actions: ['kms:GenerateDataKey'],
          resources: [this.key.keyArn],
        }),
      ],
    });

    this.eventSource = new sources.KinesisEventSource(this.stream, {
      ...EVENT_SOURCE_DEFAULTS,
      batchSize,
      maxBatchingWindow,
      parallelizationFactor,
      retryAttempts,
      maxRecordAge,
      onFailure: sqsOnFailure(this.deadLetterQueue),
    });
    this.function.addEventSource(this.eventSource);

    // --- alarms ---
    this.iteratorAgeAlarm = new cloudwatch.Alarm(this, 'IteratorAgeAlarm', {
      alarmDescription: `Kinesis iterator age above ${thresholds.iteratorAgeMs} ms for 5 minutes: the processor is falling behind`,
      metric: this.stream.metricGetRecordsIteratorAgeMilliseconds({
        statistic: 'Maximum',
        period: Duration.minutes(1),
      }),
      threshold: thresholds.iteratorAgeMs,
      evaluationPeriods: 5,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.errorsAlarm = new cloudwatch.Alarm(this, 'ErrorsAlarm', {
      alarmDescription: 'Processor invocations failed (crash, timeout or init error), not single records',
      metric: this.function.metricErrors({ statistic: 'Sum', period: Duration.minutes(5) }),
      threshold: thresholds.errors,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.throttlesAlarm = new cloudwatch.Alarm(this, 'ThrottlesAlarm', {
      alarmDescription: 'Processor throttled: its shard stalls until concurrency frees up',
      metric: this.function.metricThrottles({ statistic: 'Sum', period: Duration.minutes(5) }),
      threshold: thresholds.throttles,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.deadLetterAlarm = deadLetterAlarm(
      this,
      'OnFailureQueueAlarm',
      this.deadLetterQueue,
      'Records were sent to the on-failure queue: leads were not delivered',
    );

    const emf = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: PROCESSOR_METRICS.namespace,
        metricName,
        dimensionsMap: { service: PROCESSOR_METRICS.serviceName },
        statistic: 'Sum',
        period: Duration.minutes(15),
      });
    // At least 20 records in the window, so one odd email out of two does not page anyone at 3 a.m.
    this.rejectedRate = new cloudwatch.MathExpression({
      label: 'Rejected %',
      expression:
        'IF((FILL(produced, 0) + FILL(rejected, 0)) >= 20, 100 * FILL(rejected, 0) / (FILL(produced, 0) + FILL(rejected, 0)), 0)',
      usingMetrics: {
        produced: emf(PROCESSOR_METRICS.leadsProduced),
        rejected: emf(PROCESSOR_METRICS.recordsRejected),
      },
      period: Duration.minutes(15),
    });
    this.rejectedRateAlarm = new cloudwatch.Alarm(this, 'RejectedRateAlarm', {
      alarmDescription: `More than ${thresholds.rejectedRatePercent}% of records rejected in 15 minutes: a source may have changed its template`,
      metric: this.rejectedRate,
      threshold: thresholds.rejectedRatePercent,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.alarms = [
      this.iteratorAgeAlarm,
      this.errorsAlarm,
      this.throttlesAlarm,
      this.deadLetterAlarm,
      this.rejectedRateAlarm,
    ];
  }
}

function validate(p: {
  streamMode: kinesis.StreamMode;
  shardCount?: number;
  retention: Duration;
  memorySize: number;
  timeout: Duration;
  reservedConcurrency?: number;
  batchSize: number;
  maxBatchingWindow: Duration;
  parallelizationFactor: number;
  retryAttempts: number;
  maxRecordAge: Duration;
  environment?: Readonly<Record<string, string>>;
  thresholds: Required<IngestAlarmThresholds>;
}): void {
  const fail = (msg: string): never => {
    throw new Error(`IngestFunction: ${msg}`);
  };
  const intIn = (name: string, v: number, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max)
      fail(`${name} must be an integer in ${min}..${max}, got ${v}`);
  };
  if (p.streamMode === kinesis.StreamMode.PROVISIONED) {
    if (p.shardCount === undefined) fail('shardCount is required with a PROVISIONED stream');
    else intIn('shardCount', p.shardCount, 1, 500);
  } else if (p.shardCount !== undefined) fail('shardCount is only valid with a PROVISIONED stream');
  intIn('retention (hours)', p.retention.toHours(), 24, 8760);
  intIn('memorySize', p.memorySize, 128, 10_240);
  intIn('timeout (seconds)', p.timeout.toSeconds(), 3, 900);
  if (p.reservedConcurrency !== undefined) intIn('reservedConcurrency', p.reservedConcurrency, 1, 10_000);
  intIn('batchSize', p.batchSize, 1, 10_000);
  intIn('maxBatchingWindow (seconds)', p.maxBatchingWindow.toSeconds(), 0, 300);
  intIn('parallelizationFactor', p.parallelizationFactor, 1, 10);
  intIn('retryAttempts', p.retryAttempts, 0, 10_000);
  intIn('maxRecordAge (seconds)', p.maxRecordAge.toSeconds(), 60, 604_800);
  intIn('alarmThresholds.iteratorAgeMs', p.thresholds.iteratorAgeMs, 1000, 86_400_000);
  intIn('alarmThresholds.errors', p.thresholds.errors, 1, 100_000);
  intIn('alarmThresholds.throttles', p.thresholds.throttles, 1, 100_000);
  if (!(p.thresholds.rejectedRatePercent > 0 && p.thresholds.rejectedRatePercent <= 100)) {
    fail(`alarmThresholds.rejectedRatePercent must be in (0, 100], got ${p.thresholds.rejectedRatePercent}`);
  }
  const reserved = new Set<string>([
    PROCESSOR_ENV.hmacSecretId,
    PROCESSOR_ENV.serviceName,
    PROCESSOR_ENV.metricsNamespace,
    PROCESSOR_ENV.claimCheckBucket,
    PROCESSOR_ENV.claimCheckPrefix,
  ]);
  for (const key of Object.keys(p.environment ?? {})) {
    if (reserved.has(key)) fail(`environment must not set ${key}; the construct sets it`);
  }
}
