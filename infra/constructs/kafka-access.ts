import { fileURLToPath } from 'node:url';
import { CustomResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { KAFKA_TOPIC_NAME } from '../../src/config/names.js';
import { bundlingOptions, LAMBDA_RUNTIME, lambdaLogGroup, lambdaRole } from './lambda-defaults.js';

/** SASL/IAM listener of MSK (TLS). */
export const MSK_IAM_PORT = 9098;

export interface KafkaAccessProps {
  /** The VPC of the cluster and its clients. */
  readonly vpc: ec2.IVpc;
  /** Private subnets in at least two AZs for the cluster and the topic-creating function. */
  readonly subnets: ec2.SubnetSelection;
  /** Topics created at deploy time; the first is the leads topic consumers read. */
  readonly topics: readonly string[];
  /**
   * Partitions per topic.
   * @default 6
   */
  readonly partitions?: number;
  /**
   * Retention per topic.
   * @default Duration.days(7)
   */
  readonly retention?: Duration;
  /**
   * Prefix of the consumer-group names the consumer policy allows.
   * @default 'leads-consumer'
   */
  readonly consumerGroupPrefix?: string;
  /**
   * Name of the MSK Serverless cluster (1..64 chars).
   * @default `${stackName}-leads`, truncated to 64 characters
   */
  readonly clusterName?: string;
}

/**
 * MSK Serverless with IAM auth in private subnets, the topics (created at deploy time through the Kafka
 * admin API), the bootstrap servers and a managed policy for downstream consumers. Clients are let in one by
 * one with {@link grantProduce}: the security group has no ingress rule until then.
 */
export class KafkaAccess extends Construct {
  public readonly cluster: msk.CfnServerlessCluster;
  public readonly securityGroup: ec2.SecurityGroup;
  /** The GetBootstrapBrokers call made at deploy time. */
  public readonly bootstrapBrokers: cr.AwsCustomResource;
  /** Comma-separated SASL/IAM bootstrap servers (MSK does not expose them as a CloudFormation attribute). */
  public readonly bootstrapServers: string;
  public readonly topicFunction: nodejs.NodejsFunction;
  public readonly topicFunctionRole: iam.Role;
  public readonly topicFunctionSecurityGroup: ec2.SecurityGroup;
  public readonly topicProvider: cr.Provider;
  /** Role of the Provider framework's function (logs to its own group, invokes the topic function). */
  public readonly topicProviderRole: iam.Role;
  public readonly topics: CustomResource;
  /** Read access to the first (leads) topic for consumer groups named `<consumerGroupPrefix>*`. */
  public readonly consumerPolicy: iam.ManagedPolicy;
  public readonly topicNames: readonly string[];

  constructor(scope: Construct, id: string, props: KafkaAccessProps) {
    super(scope, id);
    const partitions = props.partitions ?? 6;
    const retention = props.retention ?? Duration.days(7);
    const groupPrefix = props.consumerGroupPrefix ?? 'leads-consumer';
    const clusterName = props.clusterName ?? `${Stack.of(this).stackName}-leads`.slice(0, 64);
    if (props.topics.length === 0) throw new Error('KafkaAccess: at least one topic is required');
    for (const t of [...props.topics, groupPrefix]) {
      if (!KAFKA_TOPIC_NAME.test(t)) throw new Error(`KafkaAccess: invalid Kafka topic or group name: ${t}`);
    }
    if (new Set(props.topics).size !== props.topics.length)
      throw new Error('KafkaAccess: topic names must be unique');
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > 2400) {
      throw new Error(`KafkaAccess: partitions must be an integer in 1..2400, got ${partitions}`);
    }
    if (!/^[a-zA-Z0-9-]{1,64}$/.test(clusterName))
      throw new Error(`KafkaAccess: invalid cluster name ${clusterName}`);
    this.topicNames = props.topics;

    this.securityGroup = new ec2.SecurityGroup(this, 'ClusterSecurityGroup', {
      vpc: props.vpc,
      description: 'MSK Serverless: SASL/IAM from the processor and the topic custom resource only',
      allowAllOutbound: false,
    });
    this.cluster = new msk.CfnServerlessCluster(this, 'Cluster', {
      clusterName,
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      vpcConfigs: [
        {
          subnetIds: props.vpc.selectSubnets(props.subnets).subnetIds,
          securityGroups: [this.securityGroup.securityGroupId],
        },
      ],
    });

    // MSK has no CloudFormation attribute for the bootstrap servers; read them once with GetBootstrapBrokers.
    const bootstrapLogs = lambdaLogGroup(this, 'BootstrapBrokersLogs');
    this.bootstrapBrokers = new cr.AwsCustomResource(this, 'BootstrapBrokers', {
      onUpdate: {
        service: 'Kafka',
        action: 'GetBootstrapBrokers',
        parameters: { ClusterArn: this.cluster.attrArn },
        physicalResourceId: cr.PhysicalResourceId.of(this.cluster.attrArn),
        outputPaths: ['BootstrapBrokerStringSaslIam'],
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [this.cluster.attrArn] }),
      installLatestAwsSdk: false,
      logGroup: bootstrapLogs,
      // Our own role instead of the AWS managed AWSLambdaBasicExecutionRole (AwsSolutions-IAM4).
      role: lambdaRole(this, 'BootstrapBrokersRole', bootstrapLogs, { inVpc: false }),
    });
    this.bootstrapServers = this.bootstrapBrokers.getResponseField('BootstrapBrokerStringSaslIam');

    // The topic creator: a function in the VPC that speaks the Kafka admin API, behind the CDK Provider.
    this.topicFunctionSecurityGroup = new ec2.SecurityGroup(this, 'TopicFunctionSecurityGroup', {
      vpc: props.vpc,
      description: 'Topic custom resource: MSK only',
      allowAllOutbound: false,
    });
    const topicLogs = lambdaLogGroup(this, 'TopicFunctionLogs');
    this.topicFunctionRole = lambdaRole(this, 'TopicFunctionRole', topicLogs, { inVpc: true });
    this.topicFunction = new nodejs.NodejsFunction(this, 'TopicFunction', {
      entry: fileURLToPath(new URL('../../src/deploy/create-topics.ts', import.meta.url)),
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.minutes(5),
      description: 'Creates the leadstream Kafka topics on MSK Serverless (custom resource)',
      role: this.topicFunctionRole,
      logGroup: topicLogs,
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      securityGroups: [this.topicFunctionSecurityGroup],
      bundling: bundlingOptions(),
    });
    this.allowClient(this.topicFunctionSecurityGroup, 'topic custom resource');
    this.topicFunction.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['kafka-cluster:Connect'], resources: [this.cluster.attrArn] }),
    );
    this.topicFunction.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'kafka-cluster:CreateTopic',
          'kafka-cluster:DescribeTopic',
          'kafka-cluster:AlterTopic',
          'kafka-cluster:DescribeTopicDynamicConfiguration',
          'kafka-cluster:AlterTopicDynamicConfiguration',
        ],
        resources: props.topics.map((t) => this.topicArn(t)),
      }),
    );

    const frameworkLogs = lambdaLogGroup(this, 'TopicProviderLogs');
    this.topicProviderRole = lambdaRole(this, 'TopicProviderRole', frameworkLogs, { inVpc: false });
    this.topicProvider = new cr.Provider(this, 'TopicProvider', {
      onEventHandler: this.topicFunction,
      logGroup: frameworkLogs,
      frameworkOnEventRole: this.topicProviderRole,
    });
    this.topics = new CustomResource(this, 'Topics', {
      serviceToken: this.topicProvider.serviceToken,
      resourceType: 'Custom::KafkaTopics',
      properties: {
        BootstrapServers: this.bootstrapServers,
        Topics: props.topics.map((name) => ({ name, partitions, retentionMs: retention.toMilliseconds() })),
      },
    });

    this.consumerPolicy = new iam.ManagedPolicy(this, 'ConsumerPolicy', {
      description: `Read the ${props.topics[0]} topic of leadstream's MSK Serverless cluster with IAM auth`,
      statements: [
        new iam.PolicyStatement({
          sid: 'Connect',
          actions: ['kafka-cluster:Connect'],
          resources: [this.cluster.attrArn],
        }),
        new iam.PolicyStatement({
          sid: 'ReadLeads',
          actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'],
          resources: [this.topicArn(props.topics[0] as string)],
        }),
        new iam.PolicyStatement({
          sid: 'ConsumerGroups',
          actions: ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
          resources: [this.groupArn(`${groupPrefix}*`)],
        }),
      ],
    });
  }

  /** ARN of a topic of this cluster (`arn:aws:kafka:region:account:topic/<cluster-name>/<cluster-uuid>/<topic>`). */
  public topicArn(topic: string): string {
    return this.childArn('topic', topic);
  }

  /** ARN of a consumer group of this cluster. */
  public groupArn(group: string): string {
    return this.childArn('group', group);
  }

  /**
   * Lets a producer in: ingress on the SASL/IAM port from its security group, and an IAM policy scoped to
   * this cluster and these topics. Idempotent writes need WriteDataIdempotently on the cluster (kafkajs
   * producers with `idempotent: true`).
   */
  public grantProduce(
    producer: iam.IGrantable & { readonly connections: ec2.Connections },
    topics: readonly string[],
  ): void {
    for (const t of topics) {
      if (!this.topicNames.includes(t)) throw new Error(`KafkaAccess.grantProduce: unknown topic ${t}`);
    }
    for (const sg of producer.connections.securityGroups) this.allowClient(sg, 'processor');
    iam.Grant.addToPrincipal({
      grantee: producer,
      actions: ['kafka-cluster:Connect', 'kafka-cluster:WriteDataIdempotently'],
      resourceArns: [this.cluster.attrArn],
    });
    iam.Grant.addToPrincipal({
      grantee: producer,
      actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData'],
      resourceArns: topics.map((t) => this.topicArn(t)),
    });
  }

  /**
   * Lets a consumer in the VPC reach the cluster (ingress on the SASL/IAM port from its security groups). Its
   * IAM permissions come from {@link consumerPolicy}.
   */
  public allowConsumer(consumer: ec2.IConnectable, description = 'consumer'): void {
    for (const sg of consumer.connections.securityGroups) this.allowClient(sg, description);
  }

  /**
   * Lets a Lambda event source mapping poll the cluster. Its pollers' ENIs sit in the cluster's subnets with
   * the cluster's own security group, so that group must let itself in on the SASL/IAM port, and reach the
   * interface endpoints (`endpoints`, HTTPS) through which the mapping sends to its on-failure destination.
   */
  public allowEventSourceMapping(endpoints: ec2.ISecurityGroup): void {
    this.allowClient(this.securityGroup, 'Lambda event source pollers');
    this.securityGroup.connections.allowTo(
      endpoints,
      ec2.Port.tcp(443),
      'Lambda event source pollers to the on-failure destination endpoint',
    );
  }

  private allowClient(client: ec2.ISecurityGroup, what: string): void {
    this.securityGroup.addIngressRule(client, ec2.Port.tcp(MSK_IAM_PORT), `SASL/IAM from the ${what}`);
    client.addEgressRule(this.securityGroup, ec2.Port.tcp(MSK_IAM_PORT), 'SASL/IAM to MSK Serverless');
  }

  private childArn(kind: 'topic' | 'group', name: string): string {
    // The cluster ARN is arn:aws:kafka:region:account:cluster/<name>/<uuid>; children share name and uuid.
    const parts = Fn.split('/', this.cluster.attrArn);
    const stack = Stack.of(this);
    return Fn.join('', [
      `arn:${stack.partition}:kafka:${stack.region}:${stack.account}:${kind}/`,
      Fn.select(1, parts),
      '/',
      Fn.select(2, parts),
      `/${name}`,
    ]);
  }
}
