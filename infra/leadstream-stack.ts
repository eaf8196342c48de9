import { readFileSync } from 'node:fs';
import { CfnOutput, Duration, Size, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type { Construct } from 'constructs';
import { type LeadstreamConfig, minimumClaimCheckExpiryDays } from '../src/config/deploy.js';
import { AnalyticsDelivery } from './constructs/analytics-delivery.js';
import { CLAIM_CHECK_PREFIX, IngestFunction } from './constructs/ingest-function.js';
import { KafkaAccess } from './constructs/kafka-access.js';
import { MailIngress } from './constructs/mail-ingress.js';
import { Monitoring } from './constructs/monitoring.js';
import { Network } from './constructs/network.js';
import { Notifications, notificationsForDeploy } from './constructs/notifications.js';
import { acknowledgeNagFindings } from './nag-acknowledgments.js';
import { KAFKA_AUTH_IAM, PROCESSOR_ENV, PROCESSOR_METRICS } from './processor-environment.js';

/** The Kafka contracts consumers decode with; also published in the Glue Schema Registry. */
export const LEAD_SCHEMA_PATH = new URL('../src/schemas/lead.avsc', import.meta.url);
export const REJECTED_SCHEMA_PATH = new URL('../src/schemas/rejected.avsc', import.meta.url);

export interface LeadstreamStackProps extends StackProps {
  /** Validated parameters (see infra/config.ts). */
  readonly config: LeadstreamConfig;
  /**
   * Handler source of the processor; tests may point it elsewhere.
   * @default src/processors/handlers/lambda.ts
   */
  readonly processorEntry?: string;
  /**
   * Acknowledge the accepted cdk-nag findings (infra/nag-acknowledgments.ts). Only a test turns this off, to
   * prove that every acknowledgment matches a real finding.
   * @default true
   */
  readonly acknowledgeNagFindings?: boolean;
}

/**
 * leadstream in one stack. It only composes constructs: Network, AnalyticsDelivery, KafkaAccess,
 * IngestFunction and Monitoring; the wiring between them (who may call whom) is all here.
 */
export class LeadstreamStack extends Stack {
  public readonly network: Network;
  public readonly delivery: AnalyticsDelivery;
  public readonly kafka: KafkaAccess;
  public readonly ingest: IngestFunction;
  public readonly monitoring: Monitoring;
  /** SES inbound, when the `mailDomain` context is set. */
  public readonly mail?: MailIngress;
  /** The notifier Lambda and its SNS topic, when the `notificationsFile` context is set. */
  public readonly notifications?: Notifications;
  public readonly schemaRegistry: glue.CfnRegistry;
  public readonly leadSchema: glue.CfnSchema;
  public readonly rejectedSchema: glue.CfnSchema;
  public readonly config: LeadstreamConfig;

  constructor(scope: Construct, id: string, props: LeadstreamStackProps) {
    super(scope, id, props);
    const c = props.config;
    this.config = c;

    this.network = new Network(this, 'Network');
    const { vpc, privateSubnets } = this.network;

    this.delivery = new AnalyticsDelivery(this, 'Analytics', {
      bufferSize: Size.mebibytes(c.firehoseBufferMiB),
      bufferInterval: Duration.seconds(c.firehoseBufferSeconds),
      dataRetention: Duration.days(c.analyticsRetentionDays),
      scanLimit: Size.gibibytes(c.athenaScanLimitGiB),
    });

    this.kafka = new KafkaAccess(this, 'Kafka', {
      vpc,
      subnets: privateSubnets,
      topics: [c.leadsTopic, c.rejectedTopic],
      partitions: c.topicPartitions,
      retention: Duration.hours(c.topicRetentionHours),
      consumerGroupPrefix: c.consumerGroupPrefix,
    });

    this.ingest = new IngestFunction(this, 'Ingest', {
      vpc,
      subnets: privateSubnets,
      accessLogsBucket: this.delivery.accessLogsBucket,
      entry: props.processorEntry,
      streamMode:
        c.streamMode === 'PROVISIONED' ? kinesis.StreamMode.PROVISIONED : kinesis.StreamMode.ON_DEMAND,
      shardCount: c.shardCount,
      retention: Duration.hours(c.retentionHours),
      claimCheckExpiry: Duration.days(c.claimCheckExpiryDays ?? minimumClaimCheckExpiryDays(c)),
      memorySize: c.memoryMiB,
      timeout: Duration.seconds(c.timeoutSeconds),
      reservedConcurrency: c.reservedConcurrency,
      batchSize: c.batchSize,
      maxBatchingWindow: Duration.seconds(c.maxBatchingWindowSeconds),
      parallelizationFactor: c.parallelizationFactor,
      retryAttempts: c.retryAttempts,
      maxRecordAge: Duration.seconds(c.maxRecordAgeSeconds),
      alarmThresholds: {
        iteratorAgeMs: c.iteratorAgeAlarmMs,
        errors: c.errorsAlarmThreshold,
        throttles: c.throttlesAlarmThreshold,
        rejectedRatePercent: c.rejectedRateAlarmPercent,
      },
      environment: {
        [PROCESSOR_ENV.kafkaBrokers]: this.kafka.bootstrapServers,
        [PROCESSOR_ENV.kafkaAuth]: KAFKA_AUTH_IAM,
        [PROCESSOR_ENV.leadsTopic]: c.leadsTopic,
        [PROCESSOR_ENV.rejectedTopic]: c.rejectedTopic,
        [PROCESSOR_ENV.firehoseStreamName]: this.delivery.deliveryStream.ref,
      },
    });
    const processor = this.ingest.function;

    // Who may call whom.
    this.kafka.grantProduce(processor, [c.leadsTopic, c.rejectedTopic]);
    this.delivery.grantPutRecords(processor);
    processor.connections.allowTo(
      this.network.endpointSecurityGroup,
      ec2.Port.tcp(443),
      'Firehose and Secrets Manager endpoints',
    );
    // The subnets have no route to the internet, so this only reaches the S3 gateway endpoint (whose
    // region-specific prefix list cannot be resolved offline at synth time).
    processor.connections.allowTo(
      ec2.Peer.anyIpv4(),
      ec2.Port.tcp(443),
      'S3 gateway endpoint (claim-check objects)',
    );
    // The S3 endpoint only serves the claim-check objects: a compromised function cannot copy data to
    // another bucket through it.
    this.network.s3Endpoint.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ClaimCheckOnly',
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [this.ingest.claimCheckBucket.arnForObjects(`${CLAIM_CHECK_PREFIX}*`)],
      }),
    );
    // Records start flowing only once the topics exist; otherwise the first batches fail and retry.
    processor.node.addDependency(this.kafka.topics);

    if (c.mailDomain) {
      this.mail = new MailIngress(this, 'Mail', {
        domain: c.mailDomain,
        ...(c.mailRecipients ? { recipients: c.mailRecipients } : {}),
        streamName: this.ingest.stream.streamName,
        producerPolicy: this.ingest.producerPolicy,
        claimCheckBucketName: this.ingest.claimCheckBucket.bucketName,
        accessLogsBucket: this.delivery.accessLogsBucket,
        // The replay window: stream retention plus the on-failure queue's 14 days (as the claim-checks).
        retention: Duration.days(Math.ceil(c.retentionHours / 24) + 14),
      });
    }

    if (c.notificationsFile) {
      this.notifications = new Notifications(this, 'Notify', {
        network: this.network,
        kafka: this.kafka,
        leadsTopic: c.leadsTopic,
        notifications: notificationsForDeploy(c.notificationsFile),
        // A replayed email is one still on the stream or topic, or re-driven within the replay margin.
        replayWindow: Duration.days(minimumClaimCheckExpiryDays(c)),
      });
    }

    // The Kafka contract, where consumers can fetch it with the AWS CLI or the Glue Schema Registry SerDes.
    this.schemaRegistry = new glue.CfnRegistry(this, 'SchemaRegistry', {
      name: `${this.stackName}-schemas`.slice(0, 255),
      description: 'leadstream Kafka contracts',
    });
    this.leadSchema = new glue.CfnSchema(this, 'LeadSchema', {
      name: 'Lead',
      registry: { arn: this.schemaRegistry.attrArn },
      dataFormat: 'AVRO',
      // BACKWARD: a new version may only add optional fields with defaults (what lead.avsc's doc promises).
      compatibility: 'BACKWARD',
      schemaDefinition: readFileSync(LEAD_SCHEMA_PATH, 'utf8'),
      description: 'Value schema of the leads topic (src/schemas/lead.avsc)',
    });
    this.rejectedSchema = new glue.CfnSchema(this, 'RejectedSchema', {
      name: 'RejectedEmail',
      registry: { arn: this.schemaRegistry.attrArn },
      dataFormat: 'AVRO',
      compatibility: 'BACKWARD',
      schemaDefinition: readFileSync(REJECTED_SCHEMA_PATH, 'utf8'),
      description: 'Value schema of the rejected topic (src/schemas/rejected.avsc)',
    });

    const emf = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: PROCESSOR_METRICS.namespace,
        metricName,
        dimensionsMap: { service: PROCESSOR_METRICS.serviceName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      alarms: [...this.ingest.alarms, ...this.delivery.alarms, ...(this.notifications?.alarms ?? [])],
      alarmEmail: c.alarmEmail,
      graphs: [
        new cloudwatch.GraphWidget({
          title: 'Records (EMF)',
          left: [
            emf(PROCESSOR_METRICS.leadsProduced),
            emf(PROCESSOR_METRICS.recordsRejected),
            emf(PROCESSOR_METRICS.recordsFailed),
          ],
          width: 8,
        }),
        new cloudwatch.GraphWidget({
          title: 'Kinesis in, Firehose in',
          left: [
            this.ingest.stream.metricIncomingRecords({ statistic: 'Sum', period: Duration.minutes(5) }),
            new cloudwatch.Metric({
              namespace: 'AWS/Firehose',
              metricName: 'IncomingRecords',
              dimensionsMap: { DeliveryStreamName: this.delivery.deliveryStream.ref },
              statistic: 'Sum',
              period: Duration.minutes(5),
            }),
          ],
          width: 8,
        }),
        new cloudwatch.GraphWidget({
          title: 'Processor duration and concurrency',
          left: [this.ingest.function.metricDuration({ statistic: 'p99', period: Duration.minutes(5) })],
          right: [
            this.ingest.function.metric('ConcurrentExecutions', {
              statistic: 'Maximum',
              period: Duration.minutes(5),
            }),
          ],
          width: 8,
        }),
      ],
    });

    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output('StreamName', this.ingest.stream.streamName, 'Kinesis stream that receives raw lead emails');
    output(
      'ProducerPolicyArn',
      this.ingest.producerPolicy.managedPolicyArn,
      'Attach to whatever sends raw emails',
    );
    output(
      'ClaimCheckBucketName',
      this.ingest.claimCheckBucket.bucketName,
      `Emails over 1 MiB go here under ${CLAIM_CHECK_PREFIX}`,
    );
    output(
      'BootstrapServers',
      this.kafka.bootstrapServers,
      'MSK Serverless bootstrap servers (SASL/IAM over TLS, port 9098)',
    );
    output('ClusterArn', this.kafka.cluster.attrArn, 'MSK Serverless cluster');
    output(
      'ClusterSecurityGroupId',
      this.kafka.securityGroup.securityGroupId,
      'Add an ingress rule on port 9098 from a consumer security group to let it in',
    );
    output('VpcId', this.network.vpc.vpcId, 'VPC of the cluster (consumers run here or in a peered VPC)');
    output('LeadsTopic', c.leadsTopic, 'Topic of the Avro leads');
    output('RejectedTopic', c.rejectedTopic, 'Topic of the rejected emails');
    output(
      'ConsumerPolicyArn',
      this.kafka.consumerPolicy.managedPolicyArn,
      `Attach to a consumer of ${c.leadsTopic} (groups ${c.consumerGroupPrefix}*)`,
    );
    output(
      'LeadSchemaArn',
      this.leadSchema.attrArn,
      'Avro schema of the leads topic in the Glue Schema Registry',
    );
    output('RejectedSchemaArn', this.rejectedSchema.attrArn, 'Avro schema of the rejected topic');
    output('AthenaWorkGroup', this.delivery.workGroup.ref, 'Athena workgroup for analysts');
    output(
      'AnalystPolicyArn',
      this.delivery.analystPolicy.managedPolicyArn,
      'Attach to an analyst role to query',
    );
    output('GlueDatabase', this.delivery.databaseName, 'Glue database of the analytics table');
    output('AnalyticsBucketName', this.delivery.dataBucket.bucketName, 'Parquet under leads/dt=YYYY-MM-DD/');
    output('AlarmTopicArn', this.monitoring.topic.topicArn, 'SNS topic of the alarms');
    output('DashboardName', this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
    if (this.mail) {
      output(
        'MailRuleSetName',
        this.mail.ruleSet.receiptRuleSetName,
        'Activate: aws ses set-active-receipt-rule-set',
      );
      output('MailBucketName', this.mail.bucket.bucketName, 'Received emails, as SES stored them');
    }
    if (this.notifications) {
      output(
        'NotificationTopicArn',
        this.notifications.topic.topicArn,
        'Leads for email/SMS subscriptions; filter on the businessId and source attributes',
      );
      output(
        'NotificationDeadLetterQueueUrl',
        this.notifications.deadLetterQueue.queueUrl,
        'Notifications given up on (ids and reason)',
      );
    }

    if (props.acknowledgeNagFindings ?? true) acknowledgeNagFindings(this);
  }
}
