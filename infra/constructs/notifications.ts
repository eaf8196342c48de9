import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import type { NotificationsConfig } from '../../src/config/schema.js';
import { SEEN_KEY, SEEN_TTL_ATTRIBUTE } from '../../src/notify/dynamodb-seen-store.js';
import { NOTIFIER_ENV } from '../processor-environment.js';
import type { KafkaAccess } from './kafka-access.js';
import {
  bundlingOptions,
  deadLetterAlarm,
  deadLetterQueue,
  LAMBDA_RUNTIME,
  lambdaLogGroup,
  lambdaRole,
  sqsOnFailure,
} from './lambda-defaults.js';
import type { Network } from './network.js';

export const NOTIFIER_ENTRY = fileURLToPath(new URL('../../src/notify/lambda.ts', import.meta.url));

/**
 * Files the notifier reads beside its bundle: the Avro schemas it decodes with (src/schemas/lead-avro.ts),
 * and re2.wasm, which the rules-file schema's pattern engine loads when the module is imported.
 */
export const NOTIFIER_RUNTIME_FILES = [
  'src/schemas/lead.avsc',
  'src/schemas/rejected.avsc',
  'node_modules/re2-wasm/build/wasm/re2.wasm',
] as const;

/** The consumer group of the notifier's event source mapping (its own, outside the downstream prefix). */
export const NOTIFIER_CONSUMER_GROUP = 'leadstream-notifier';

/** Lambda's maximum timeout: the notifier is billed for the time it runs, not for the limit. */
const NOTIFIER_TIMEOUT = Duration.minutes(15);

/** Lambda allows 4 KiB of environment in all; the notifications JSON gets most of it. */
const MAX_NOTIFICATIONS_JSON_BYTES = 3 * 1024;

const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+$/;

/**
 * The `notifications` section of a rules file, checked for what the AWS notifier needs: at least one
 * business with a channel, and every webhook secret a Secrets Manager ARN (the role is granted exactly those
 * secrets; an `env` reference names a variable the Lambda does not have). Read at synth time, so a bad file
 * fails `cdk synth`, not the first lead.
 */
export function notificationsForDeploy(rulesFile: string): NotificationsConfig {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(rulesFile, 'utf8'));
  } catch (err) {
    throw new Error(`notificationsFile ${rulesFile}: ${(err as Error).message}`);
  }
  const { notifications } = parseConfig(raw, rulesFile);
  const problems: string[] = [];
  const withChannel = Object.entries(notifications.businesses).filter(([, c]) => c.webhook || c.sns);
  if (withChannel.length === 0) problems.push('no business has a channel (webhook or sns)');
  for (const [business, channels] of withChannel) {
    const secret = channels.webhook?.secret;
    if (secret && !('secretId' in secret && SECRET_ARN.test(secret.secretId))) {
      problems.push(
        `businesses.${business}.webhook.secret must be { secretId: <full Secrets Manager secret ARN> } on AWS`,
      );
    }
  }
  const size = Buffer.byteLength(JSON.stringify(notifications));
  if (size > MAX_NOTIFICATIONS_JSON_BYTES) {
    problems.push(
      `the notifications section is ${size} bytes as JSON; the Lambda environment holds ${MAX_NOTIFICATIONS_JSON_BYTES}`,
    );
  }
  if (problems.length > 0) throw new Error(`notificationsFile ${rulesFile}:\n  ${problems.join('\n  ')}`);
  return notifications;
}

/**
 * Leads per invocation: as many as fit the timeout if every webhook in the batch times out on every attempt
 * (one partition is handled in order), at most 100. With the default policy (5 attempts of 5 s, delays up to
 * 30 s) that is 145 s a lead, so 4 leads.
 */
export function notifierBatchSize(delivery: NotificationsConfig['delivery']): number {
  const worstLeadMs =
    delivery.maxAttempts * delivery.timeoutMs + (delivery.maxAttempts - 1) * delivery.maxDelayMs;
  // 80% of the timeout: room for the SNS, DynamoDB and SQS calls around the webhooks.
  return Math.max(1, Math.min(100, Math.floor((0.8 * NOTIFIER_TIMEOUT.toMilliseconds()) / worstLeadMs)));
}

export interface NotificationsProps {
  readonly network: Network;
  readonly kafka: KafkaAccess;
  /** The topic the notifier reads. */
  readonly leadsTopic: string;
  /** Validated with {@link notificationsForDeploy}. */
  readonly notifications: NotificationsConfig;
  /** How long a notified leadId is remembered: the window in which an email can be replayed. */
  readonly replayWindow: Duration;
}

/**
 * Notifications to businesses on AWS: a notifier Lambda (src/notify/lambda.ts, the same core as the local
 * consumer group) reads the leads topic through an MSK event source mapping with IAM auth and delivers each
 * lead to its business's channels: a signed webhook (secret from Secrets Manager) and the SNS topic, whose
 * `businessId` and `source` message attributes let each business's email or SMS subscription filter.
 *
 * - Once: notified leadIds are kept in a DynamoDB table (KMS, point-in-time recovery, TTL = the replay window).
 * - Nothing lost: what the core gives up on (undecodable, unknown schema, webhook failed every attempt) and
 *   what the event source gives up on after its retries both land in one KMS-encrypted SQS queue, alarmed.
 * - Network: the function runs outside the VPC (webhooks are on the internet, which the VPC cannot reach);
 *   the event source's pollers run in the cluster's subnets with the cluster's security group. Provisioned
 *   pollers, because bounded retries, bisecting, partial batch responses and the on-failure destination are
 *   only available in provisioned mode, and it needs no Lambda or STS endpoint in the VPC. The on-failure
 *   destination does need an SQS endpoint there.
 */
export class Notifications extends Construct {
  public readonly key: kms.Key;
  public readonly topic: sns.Topic;
  public readonly seenTable: dynamodb.Table;
  public readonly deadLetterQueue: sqs.Queue;
  public readonly sqsEndpoint: ec2.InterfaceVpcEndpoint;
  public readonly role: iam.Role;
  public readonly function: nodejs.NodejsFunction;
  public readonly eventSource: lambda.EventSourceMapping;
  public readonly alarms: readonly cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const { kafka, network } = props;

    // One key for the topic, the table and the queue. Destroyed with the stack: nothing here outlives it (the
    // table is a replay-window cache, the topic holds no messages, the queue is for the operator on call).
    this.key = new kms.Key(this, 'Key', {
      description: 'leadstream notifications: SNS topic, seen-leads table, dead-letter queue',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'leadstream leads',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.seenTable = new dynamodb.Table(this, 'SeenLeads', {
      partitionKey: { name: SEEN_KEY, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      timeToLiveAttribute: SEEN_TTL_ATTRIBUTE,
      // Losing the table would re-notify every lead replayed within the window.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetters', this.key);

    // The event source mapping's pollers: the cluster lets itself in, and reaches SQS through an endpoint that
    // serves this queue only.
    this.sqsEndpoint = network.addInterfaceEndpoint('SqsEndpoint', ec2.InterfaceVpcEndpointAwsService.SQS);
    this.sqsEndpoint.addToPolicy(
      new iam.PolicyStatement({
        sid: 'NotifierDeadLettersOnly',
        principals: [new iam.AnyPrincipal()],
        actions: ['sqs:SendMessage'],
        resources: [this.deadLetterQueue.queueArn],
      }),
    );
    kafka.allowEventSourceMapping(network.endpointSecurityGroup);

    const logGroup = lambdaLogGroup(this, 'Logs');
    this.role = lambdaRole(this, 'Role', logGroup, { inVpc: false, mskEventSource: true });
    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: NOTIFIER_ENTRY,
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: NOTIFIER_TIMEOUT,
      description: 'leadstream: each lead on the leads topic to its business (webhook, SNS), once',
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      // Webhook URLs can carry a token: the environment is encrypted with the notifier's key, not Lambda's.
      environmentEncryption: this.key,
      environment: {
        [NOTIFIER_ENV.notifications]: JSON.stringify(props.notifications),
        [NOTIFIER_ENV.topicArn]: this.topic.topicArn,
        [NOTIFIER_ENV.seenTable]: this.seenTable.tableName,
        [NOTIFIER_ENV.seenTtlSeconds]: String(props.replayWindow.toSeconds()),
        [NOTIFIER_ENV.deadLetterQueueUrl]: this.deadLetterQueue.queueUrl,
        [NOTIFIER_ENV.serviceName]: 'leadstream-notifier',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: bundlingOptions(NOTIFIER_RUNTIME_FILES),
    });

    // Least privilege, written out: each statement names its resources, none a wildcard.
    const allow = (sid: string, actions: string[], resources: string[]) =>
      this.function.addToRolePolicy(new iam.PolicyStatement({ sid, actions, resources }));
    allow(
      'MskCluster',
      [
        'kafka:DescribeClusterV2',
        'kafka:GetBootstrapBrokers',
        'kafka-cluster:Connect',
        'kafka-cluster:DescribeClusterDynamicConfiguration',
      ],
      [kafka.cluster.attrArn],
    );
    allow(
      'ReadLeads',
      ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'],
      [kafka.topicArn(props.leadsTopic)],
    );
    allow(
      'NotifierGroup',
      ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
      [kafka.groupArn(NOTIFIER_CONSUMER_GROUP)],
    );
    allow('PublishLeads', ['sns:Publish'], [this.topic.topicArn]);
    allow('SeenLeads', ['dynamodb:GetItem', 'dynamodb:PutItem'], [this.seenTable.tableArn]);
    // The core's own dead letters; the event source's on-failure binding below adds the same for its own.
    allow('DeadLetters', ['sqs:SendMessage'], [this.deadLetterQueue.queueArn]);
    allow(
      'NotifyKey',
      ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      [this.key.keyArn],
    );
    const secretArns = [
      ...new Set(
        Object.values(props.notifications.businesses).flatMap((c) => {
          const secret = c.webhook?.secret;
          return secret && 'secretId' in secret ? [secret.secretId] : [];
        }),
      ),
    ].sort();
    if (secretArns.length > 0) allow('WebhookSecrets', ['secretsmanager:GetSecretValue'], secretArns);

    this.eventSource = this.function.addEventSourceMapping('LeadsTopic', {
      eventSourceArn: kafka.cluster.attrArn,
      kafkaTopic: props.leadsTopic,
      kafkaConsumerGroupId: NOTIFIER_CONSUMER_GROUP,
      // New leads from the first deploy on: leads already in the topic were never meant to notify anyone.
      // Later the group's committed offsets decide where reading resumes.
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: notifierBatchSize(props.notifications.delivery),
      provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2 },
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 5,
      maxRecordAge: Duration.hours(6),
      onFailure: sqsOnFailure(this.deadLetterQueue),
    });
    // Reading starts only once the topic exists and the pollers can reach the cluster.
    this.eventSource.node.addDependency(kafka.topics, kafka.securityGroup);

    this.alarms = [
      deadLetterAlarm(
        this,
        'DeadLettersAlarm',
        this.deadLetterQueue,
        'Notifications were given up on: a business was not told of a lead',
      ),
      new cloudwatch.Alarm(this, 'ErrorsAlarm', {
        alarmDescription: 'Notifier invocations failed (crash, timeout or init error)',
        metric: this.function.metricErrors({ statistic: 'Sum', period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
  }
}
