import { readFileSync } from 'node:fs';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREHOSE_ERROR_PREFIX, FIREHOSE_PREFIX } from '../../infra/constructs/analytics-delivery.js';
import { MSK_IAM_PORT } from '../../infra/constructs/kafka-access.js';
import { VPC_ENI_ACTIONS } from '../../infra/constructs/lambda-defaults.js';
import { REJECTED_SCHEMA_PATH } from '../../infra/leadstream-stack.js';
import { PROCESSOR_ENV, PROCESSOR_METRICS } from '../../infra/processor-environment.js';
import { ENVIRONMENT_SCHEMA, parseEnvironment } from '../../src/config/environment.js';
import { ANALYTICS_COLUMNS, ANALYTICS_PARTITION_KEY } from '../../src/schemas/analytics.js';
import {
  type CfnTemplate,
  logicalId,
  resourcesOfType,
  SYNTH_TIMEOUT_MS,
  type Synthesized,
  synth,
} from './synth.js';

// One synth of the default app (with bundling, as `cdk synth` does) shared by every assertion below.
let s: Synthesized;
let t: Template;
let json: CfnTemplate;
const id = (construct: IConstruct) => logicalId(s.stack, construct);
const getAtt = (construct: IConstruct, attr = 'Arn') => ({ 'Fn::GetAtt': [id(construct), attr] });

beforeAll(() => {
  s = synth();
  t = s.template;
  json = s.json;
}, SYNTH_TIMEOUT_MS);

describe('Kinesis', () => {
  it('is one on-demand stream encrypted with the ingest KMS key, 24 h retention', () => {
    t.resourceCountIs('AWS::Kinesis::Stream', 1);
    t.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: 24,
      StreamEncryption: { EncryptionType: 'KMS', KeyId: getAtt(s.stack.ingest.key) },
      ShardCount: Match.absent(),
    });
  });

  it('has KMS keys with rotation on', () => {
    for (const [, p] of resourcesOfType(json, 'AWS::KMS::Key')) expect(p.EnableKeyRotation).toBe(true);
  });
});

describe('processor Lambda', () => {
  it('runs Node 24 on arm64 in the private subnets with the configured memory and timeout', () => {
    const subnets = s.stack.network.vpc.isolatedSubnets.map((sn) => ({
      Ref: id(sn),
    }));
    t.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 512,
      Timeout: 60,
      VpcConfig: { SubnetIds: subnets, SecurityGroupIds: [getAtt(s.stack.ingest.securityGroup, 'GroupId')] },
      ReservedConcurrentExecutions: Match.absent(),
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
    });
  });

  it('has every environment variable the handler reads, from config and the other constructs', () => {
    const fn = json.Resources[id(s.stack.ingest.function)]?.Properties as {
      Environment: { Variables: Record<string, unknown> };
    };
    const vars = fn.Environment.Variables;
    expect(vars).toEqual({
      [PROCESSOR_ENV.kafkaBrokers]: getAtt(s.stack.kafka.bootstrapBrokers, 'BootstrapBrokerStringSaslIam'),
      [PROCESSOR_ENV.kafkaAuth]: 'iam',
      [PROCESSOR_ENV.leadsTopic]: 'leads',
      [PROCESSOR_ENV.rejectedTopic]: 'rejected',
      [PROCESSOR_ENV.firehoseStreamName]: { Ref: id(s.stack.delivery.deliveryStream) },
      [PROCESSOR_ENV.hmacSecretId]: { Ref: id(s.stack.ingest.hmacSecret) },
      [PROCESSOR_ENV.claimCheckBucket]: { Ref: id(s.stack.ingest.claimCheckBucket) },
      [PROCESSOR_ENV.claimCheckPrefix]: 'claim-check/',
      [PROCESSOR_ENV.serviceName]: PROCESSOR_METRICS.serviceName,
      [PROCESSOR_ENV.metricsNamespace]: PROCESSOR_METRICS.namespace,
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it("sets only variables of the processor's environment schema, each one the processor accepts", () => {
    const fn = json.Resources[id(s.stack.ingest.function)]?.Properties as {
      Environment: { Variables: Record<string, unknown> };
    };
    const known = new Set(Object.keys(ENVIRONMENT_SCHEMA.shape));
    const set = Object.keys(fn.Environment.Variables).filter((v) => v !== 'NODE_OPTIONS');
    expect(set.filter((v) => !known.has(v))).toEqual([]);
    // The literal values the stack sets parse with the schema the Lambda parses its environment with.
    const literals = Object.fromEntries(
      Object.entries(fn.Environment.Variables).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    expect(() => parseEnvironment(literals)).not.toThrow();
  });

  // The bundle itself (its files, its imports, and a run of the asset on one event) is checked in
  // bundle.test.ts.

  it('reads Kinesis through an event source mapping with the safe defaults and an on-failure queue', () => {
    t.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(s.stack.ingest.stream),
      FunctionName: { Ref: id(s.stack.ingest.function) },
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: getAtt(s.stack.ingest.deadLetterQueue) } },
    });
  });

  it('waits for the Kafka topics before it starts reading', () => {
    const esm = resourcesOfType(json, 'AWS::Lambda::EventSourceMapping')[0]?.[0] as string;
    expect(json.Resources[esm]?.DependsOn).toContain(id(s.stack.kafka.topics));
  });

  it('sends failures to a KMS-encrypted, TLS-only queue', () => {
    t.hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: getAtt(s.stack.ingest.key),
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    t.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('gets its HMAC key from a generated 32-byte hex secret only it can read', () => {
    t.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: getAtt(s.stack.ingest.key),
      GenerateSecretString: {
        PasswordLength: 64,
        ExcludePunctuation: true,
        ExcludeUppercase: true,
        ExcludeCharacters: 'ghijklmnopqrstuvwxyz',
      },
    });
    const secret = id(s.stack.ingest.hmacSecret);
    const readers = resourcesOfType(json, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p).includes(`"Ref":"${secret}"`),
    );
    expect(readers.map(([, p]) => p.Roles)).toEqual([[{ Ref: id(s.stack.ingest.role) }]]);
  });

  it('may reach only MSK and the VPC endpoints', () => {
    const sg = json.Resources[id(s.stack.ingest.securityGroup)]?.Properties as {
      SecurityGroupEgress: unknown[];
    };
    expect(sg.SecurityGroupEgress).toEqual([
      expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' }),
    ]);
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      GroupId: getAtt(s.stack.ingest.securityGroup, 'GroupId'),
      DestinationSecurityGroupId: getAtt(s.stack.kafka.securityGroup, 'GroupId'),
      FromPort: MSK_IAM_PORT,
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      GroupId: getAtt(s.stack.ingest.securityGroup, 'GroupId'),
      DestinationSecurityGroupId: getAtt(s.stack.network.endpointSecurityGroup, 'GroupId'),
      FromPort: 443,
    });
  });
});

describe('MSK Serverless', () => {
  it('is one cluster with IAM auth in the private subnets behind its own security group', () => {
    t.resourceCountIs('AWS::MSK::ServerlessCluster', 1);
    t.hasResourceProperties('AWS::MSK::ServerlessCluster', {
      ClusterName: 'Leadstream-leads',
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      VpcConfigs: [
        {
          SubnetIds: s.stack.network.vpc.isolatedSubnets.map((sn) => ({
            Ref: id(sn),
          })),
          SecurityGroups: [getAtt(s.stack.kafka.securityGroup, 'GroupId')],
        },
      ],
    });
  });

  it('lets in only the processor and the topic custom resource, on the SASL/IAM port', () => {
    const clusterSg = getAtt(s.stack.kafka.securityGroup, 'GroupId');
    const inline = json.Resources[id(s.stack.kafka.securityGroup)]?.Properties?.SecurityGroupIngress;
    expect(inline).toBeUndefined();
    const ingress = resourcesOfType(json, 'AWS::EC2::SecurityGroupIngress').filter(
      ([, p]) => JSON.stringify(p.GroupId) === JSON.stringify(clusterSg),
    );
    expect(ingress.map(([, p]) => [p.SourceSecurityGroupId, p.FromPort, p.ToPort])).toEqual(
      expect.arrayContaining([
        [getAtt(s.stack.ingest.securityGroup, 'GroupId'), MSK_IAM_PORT, MSK_IAM_PORT],
        [getAtt(s.stack.kafka.topicFunctionSecurityGroup, 'GroupId'), MSK_IAM_PORT, MSK_IAM_PORT],
      ]),
    );
    expect(ingress).toHaveLength(2);
  });

  it('creates the topics at deploy time with partitions and retention from the parameters', () => {
    t.hasResourceProperties('Custom::KafkaTopics', {
      ServiceToken: getAtt(s.stack.kafka.topicProvider.node.findChild('framework-onEvent')),
      BootstrapServers: getAtt(s.stack.kafka.bootstrapBrokers, 'BootstrapBrokerStringSaslIam'),
      Topics: [
        { name: 'leads', partitions: 6, retentionMs: 168 * 3600 * 1000 },
        { name: 'rejected', partitions: 6, retentionMs: 168 * 3600 * 1000 },
      ],
    });
    t.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Creates the leadstream Kafka topics'),
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      VpcConfig: {
        SecurityGroupIds: [getAtt(s.stack.kafka.topicFunctionSecurityGroup, 'GroupId')],
        SubnetIds: Match.anyValue(),
      },
    });
  });

  it('reads the bootstrap servers with GetBootstrapBrokers on this cluster only', () => {
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'kafka:GetBootstrapBrokers', Effect: 'Allow', Resource: getAtt(s.stack.kafka.cluster) },
        ],
      },
    });
  });

  it('scopes the processor to the cluster and its two topics', () => {
    const statements = processorStatements();
    const cluster = getAtt(s.stack.kafka.cluster);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: ['kafka-cluster:Connect', 'kafka-cluster:WriteDataIdempotently'],
        Resource: cluster,
      }),
    );
    const topicStatement = statements.find((st) =>
      JSON.stringify(st.Action).includes('kafka-cluster:WriteData"'),
    );
    expect(topicStatement?.Action).toEqual(['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData']);
    const resources = JSON.stringify(topicStatement?.Resource);
    expect(resources).toContain(':topic/');
    expect(resources).toContain('/leads"');
    expect(resources).toContain('/rejected"');
    expect(resources).not.toContain('*');
  });

  it('publishes a consumer policy and the Avro contract in the Glue Schema Registry', () => {
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Sid: 'Connect', Action: 'kafka-cluster:Connect' }),
          Match.objectLike({
            Sid: 'ReadLeads',
            Action: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'],
          }),
          Match.objectLike({
            Sid: 'ConsumerGroups',
            Action: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
          }),
        ],
      },
    });
    t.hasResourceProperties('AWS::Glue::Schema', {
      Name: 'Lead',
      DataFormat: 'AVRO',
      Compatibility: 'BACKWARD',
      SchemaDefinition: Match.stringLikeRegexp('"name": "Lead"'),
    });
    t.hasResourceProperties('AWS::Glue::Schema', {
      Name: 'RejectedEmail',
      DataFormat: 'AVRO',
      SchemaDefinition: readFileSync(REJECTED_SCHEMA_PATH, 'utf8'),
    });
    for (const out of [
      'RejectedSchemaArn',
      'BootstrapServers',
      'ConsumerPolicyArn',
      'LeadSchemaArn',
      'LeadsTopic',
      'StreamName',
    ]) {
      t.hasOutput(out, {});
    }
  });
});

describe('Firehose', () => {
  it('is Direct PUT, converting JSON (millis timestamps) to Snappy Parquet with the Glue table', () => {
    t.resourceCountIs('AWS::KinesisFirehose::DeliveryStream', 1);
    t.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'DirectPut',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      ExtendedS3DestinationConfiguration: Match.objectLike({
        BucketARN: getAtt(s.stack.delivery.dataBucket),
        Prefix: FIREHOSE_PREFIX,
        ErrorOutputPrefix: FIREHOSE_ERROR_PREFIX,
        BufferingHints: { SizeInMBs: 128, IntervalInSeconds: 300 },
        CompressionFormat: 'UNCOMPRESSED',
        EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: getAtt(s.stack.delivery.key) } },
        CloudWatchLoggingOptions: Match.objectLike({ Enabled: true }),
        DataFormatConversionConfiguration: {
          Enabled: true,
          InputFormatConfiguration: { Deserializer: { HiveJsonSerDe: { TimestampFormats: ['millis'] } } },
          OutputFormatConfiguration: { Serializer: { ParquetSerDe: { Compression: 'SNAPPY' } } },
          SchemaConfiguration: Match.objectLike({
            DatabaseName: 'leadstream',
            TableName: 'leads',
            VersionId: 'LATEST',
          }),
        },
      }),
    });
    expect(FIREHOSE_PREFIX).toBe('leads/dt=!{timestamp:yyyy-MM-dd}/');
  });

  it('lets the processor put records on this delivery stream only', () => {
    expect(processorStatements()).toContainEqual(
      expect.objectContaining({
        Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
        Resource: getAtt(s.stack.delivery.deliveryStream),
      }),
    );
  });
});

describe('S3', () => {
  it('has four buckets, all with public access blocked, encryption, TLS-only policies and lifecycle rules', () => {
    const buckets = resourcesOfType(json, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(4);
    for (const [bucketId, p] of buckets) {
      expect(p.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(p.BucketEncryption).toBeDefined();
      expect((p.LifecycleConfiguration as { Rules: unknown[] }).Rules.length).toBeGreaterThan(0);
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('encrypts data, results and claim-check buckets with KMS and logs their access', () => {
    const logs = { Ref: id(s.stack.delivery.accessLogsBucket) };
    for (const [bucket, key] of [
      [s.stack.delivery.dataBucket, s.stack.delivery.key],
      [s.stack.delivery.resultsBucket, s.stack.delivery.key],
      [s.stack.ingest.claimCheckBucket, s.stack.ingest.key],
    ] as const) {
      const p = json.Resources[id(bucket)]?.Properties;
      expect(p?.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt(key) },
          },
        ],
      });
      expect(p?.LoggingConfiguration).toEqual(expect.objectContaining({ DestinationBucketName: logs }));
    }
  });

  it('expires analytics after the retention and conversion errors after 30 days', () => {
    const lifecycle = json.Resources[id(s.stack.delivery.dataBucket)]?.Properties?.LifecycleConfiguration as
      | { Rules: unknown[] }
      | undefined;
    const rules = lifecycle?.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'leads/', ExpirationInDays: 365, Status: 'Enabled' }),
        expect.objectContaining({ Prefix: 'errors/', ExpirationInDays: 30, Status: 'Enabled' }),
      ]),
    );
  });
});

describe('Glue columns', () => {
  // Written out here on purpose: the test must not reuse infra's mapping, or a wrong mapping would pass.
  const expectedGlueType = {
    string: 'string',
    int: 'int',
    double: 'double',
    timestamp: 'timestamp',
  } as const;

  it('equal ANALYTICS_COLUMNS: names, Glue types and order', () => {
    const table = resourcesOfType(json, 'AWS::Glue::Table')[0]?.[1] as {
      TableInput: { StorageDescriptor: { Columns: { Name: string; Type: string; Comment: string }[] } };
    };
    const columns = table.TableInput.StorageDescriptor.Columns;
    expect(columns.map((c) => [c.Name, c.Type])).toEqual(
      ANALYTICS_COLUMNS.map((c) => [c.name, expectedGlueType[c.type]]),
    );
    expect(columns.map((c) => c.Comment)).toEqual(ANALYTICS_COLUMNS.map((c) => c.comment));
  });

  it('keep the partition column out of the data columns', () => {
    const names = ANALYTICS_COLUMNS.map((c) => c.name) as string[];
    expect(names).not.toContain(ANALYTICS_PARTITION_KEY.name);
  });
});

describe('Glue and Athena', () => {
  it('projects the dt partitions, so no crawler or MSCK REPAIR is needed', () => {
    t.resourceCountIs('AWS::Glue::Crawler', 0);
    t.hasResourceProperties('AWS::Glue::Table', {
      DatabaseName: 'leadstream',
      TableInput: Match.objectLike({
        Name: 'leads',
        TableType: 'EXTERNAL_TABLE',
        PartitionKeys: [{ Name: 'dt', Type: 'string', Comment: Match.anyValue() }],
        Parameters: Match.objectLike({
          'projection.enabled': 'true',
          'projection.dt.type': 'date',
          'projection.dt.format': 'yyyy-MM-dd',
          'projection.dt.range': '2024-01-01,NOW',
          'projection.dt.interval': '1',
          'projection.dt.interval.unit': 'DAYS',
          'storage.location.template': {
            'Fn::Join': ['', ['s3://', { Ref: id(s.stack.delivery.dataBucket) }, `/leads/dt=$\{dt}/`]],
          },
        }),
        StorageDescriptor: Match.objectLike({
          InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
        }),
      }),
    });
  });

  it('has a workgroup with enforced settings, KMS-encrypted results and a 10 GiB scan cutoff', () => {
    t.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'leadstream',
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        EngineVersion: { SelectedEngineVersion: 'Athena engine version 3' },
        ResultConfiguration: {
          OutputLocation: { 'Fn::Join': ['', ['s3://', { Ref: id(s.stack.delivery.resultsBucket) }, '/']] },
          EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: getAtt(s.stack.delivery.key) },
        },
      },
    });
  });

  it('publishes an analyst policy scoped to the workgroup, the table and the two buckets', () => {
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Sid: 'WorkGroup', Action: Match.arrayWith(['athena:StartQueryExecution']) }),
          Match.objectLike({
            Sid: 'ReadData',
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', [getAtt(s.stack.delivery.dataBucket), '/leads/*']] },
          }),
        ]),
      },
    });
    t.hasOutput('AnalystPolicyArn', {});
  });

  it('has the three starter queries, in the workgroup, each pruning on dt', () => {
    const queries = resourcesOfType(json, 'AWS::Athena::NamedQuery').map(([, p]) => p);
    expect(queries.map((q) => q.Name).sort()).toEqual([
      'leads per campaign',
      'leads per source per day',
      'median lead latency',
    ]);
    for (const q of queries) {
      expect(q.WorkGroup).toBe('leadstream');
      expect(q.Database).toBe('leadstream');
      expect(q.QueryString).toMatch(/FROM "leadstream"\."leads"\s+WHERE dt >= /);
    }
    const latency = queries.find((q) => q.Name === 'median lead latency');
    expect(latency?.QueryString).toMatch(/approx_percentile\(.*received_at\), 0\.5\)/);
  });
});

describe('observability', () => {
  it('has a KMS-encrypted, TLS-only alarm topic without a subscription by default', () => {
    t.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: getAtt(s.stack.monitoring.key) });
    t.resourceCountIs('AWS::SNS::Subscription', 0);
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('has seven alarms, every one notifying the topic on ALARM and OK', () => {
    const alarms = resourcesOfType(json, 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(7);
    const topic = { Ref: id(s.stack.monitoring.topic) };
    for (const [, p] of alarms) {
      expect(p.AlarmActions).toEqual([topic]);
      expect(p.OKActions).toEqual([topic]);
      expect(p.TreatMissingData).toBe('notBreaching');
    }
  });

  it.each([
    ['AWS/Kinesis', 'GetRecords.IteratorAgeMilliseconds', 'GreaterThanThreshold', 60_000],
    ['AWS/Lambda', 'Errors', 'GreaterThanOrEqualToThreshold', 1],
    ['AWS/Lambda', 'Throttles', 'GreaterThanOrEqualToThreshold', 1],
    ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', 'GreaterThanThreshold', 0],
    ['AWS/Firehose', 'DeliveryToS3.Success', 'LessThanThreshold', 1],
    ['AWS/Firehose', 'DeliveryToS3.DataFreshness', 'GreaterThanThreshold', 900],
  ])('alarms on %s %s (%s %d)', (namespace, metricName, op, threshold) => {
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: namespace,
      MetricName: metricName,
      ComparisonOperator: op,
      Threshold: threshold,
    });
  });

  it('alarms on the rejected rate with metric math over the EMF counts', () => {
    const emf = (name: string) =>
      Match.objectLike({
        MetricStat: Match.objectLike({
          Metric: {
            Namespace: 'Leadstream',
            MetricName: name,
            Dimensions: [{ Name: 'service', Value: 'leadstream' }],
          },
          Stat: 'Sum',
        }),
      });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 5,
      Metrics: Match.arrayWith([
        Match.objectLike({
          Expression: Match.stringLikeRegexp('100 \\* FILL\\(rejected, 0\\)'),
          ReturnData: true,
        }),
        emf('LeadsProduced'),
        emf('RecordsRejected'),
      ]),
    });
  });

  it('has a dashboard with the alarms and the EMF metrics', () => {
    t.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(resourcesOfType(json, 'AWS::CloudWatch::Dashboard')[0]?.[1].DashboardBody);
    for (const metric of [
      'GetRecords.IteratorAgeMilliseconds',
      'Errors',
      'Throttles',
      'ApproximateNumberOfMessagesVisible',
      'DeliveryToS3.Success',
      'DeliveryToS3.DataFreshness',
      'LeadsProduced',
      'RecordsRejected',
      'RecordsFailed',
    ]) {
      expect(body).toContain(metric);
    }
    for (const [alarmId] of resourcesOfType(json, 'AWS::CloudWatch::Alarm')) expect(body).toContain(alarmId);
  });
});

describe('network', () => {
  it('is a two-AZ VPC of private subnets, without NAT or internet gateway, with flow logs', () => {
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EC2::Subnet', 2);
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.resourceCountIs('AWS::EC2::InternetGateway', 0);
    for (const [, p] of resourcesOfType(json, 'AWS::EC2::Subnet')) expect(p.MapPublicIpOnLaunch).toBe(false);
    t.hasResourceProperties('AWS::EC2::FlowLog', { ResourceType: 'VPC', TrafficType: 'ALL' });
  });

  it('has interface endpoints for Firehose and Secrets Manager and an S3 gateway endpoint limited to claim-checks', () => {
    const services = resourcesOfType(json, 'AWS::EC2::VPCEndpoint').map(([, p]): [string, unknown] => [
      JSON.stringify(p.ServiceName),
      p.VpcEndpointType,
    ]);
    expect(services).toHaveLength(3);
    expect(services.filter(([n]) => n.includes('kinesis-firehose'))).toEqual([
      [expect.any(String), 'Interface'],
    ]);
    expect(services.filter(([n]) => n.includes('secretsmanager'))).toEqual([
      [expect.any(String), 'Interface'],
    ]);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: { 'Fn::Join': ['', [getAtt(s.stack.ingest.claimCheckBucket), '/claim-check/*']] },
          }),
        ],
      },
    });
  });
});

describe('Lambda roles', () => {
  it('use no AWS managed policies (the one exception is internal to CDK)', () => {
    const withManaged = resourcesOfType(json, 'AWS::IAM::Role').filter(
      ([, p]) => p.ManagedPolicyArns !== undefined,
    );
    // The provider of Custom::VpcRestrictDefaultSG (feature flag restrictDefaultSecurityGroup, which strips
    // the default security group's rules) is generated by CDK with AWSLambdaBasicExecutionRole; it is not
    // configurable and runs only during deployments.
    expect(withManaged.map(([roleId]) => roleId)).toEqual([
      expect.stringMatching(/^CustomVpcRestrictDefaultSGCustomResourceProviderRole/),
    ]);
  });

  it('give functions in the VPC exactly the ENI actions', () => {
    const role = json.Resources[id(s.stack.ingest.role)]?.Properties as {
      Policies: { PolicyDocument: { Statement: { Sid: string; Action: string[] }[] } }[];
    };
    const eni = role.Policies[0]?.PolicyDocument.Statement.find((st) => st.Sid === 'VpcEni');
    expect(eni?.Action).toEqual([...VPC_ENI_ACTIONS].sort());
  });
});

function processorStatements(): { Action: unknown; Resource: unknown; Sid?: string }[] {
  const role = { Ref: id(s.stack.ingest.role) };
  return resourcesOfType(json, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Roles) === JSON.stringify([role]))
    .flatMap(
      ([, p]) => (p.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement,
    );
}

describe('teardown', () => {
  it('retains exactly the data and its keys: four buckets, the ingest and analytics keys, the HMAC secret', () => {
    const retained = Object.entries(
      json.Resources as Record<string, { Type: string; DeletionPolicy?: string }>,
    )
      .filter(([, r]) => r.DeletionPolicy === 'Retain')
      .map(([logical]) => logical)
      .sort();
    expect(retained).toEqual(
      [
        id(s.stack.delivery.accessLogsBucket),
        id(s.stack.delivery.dataBucket),
        id(s.stack.delivery.resultsBucket),
        id(s.stack.ingest.claimCheckBucket),
        id(s.stack.delivery.key),
        id(s.stack.ingest.key),
        id(s.stack.ingest.hmacSecret),
      ].sort(),
    );
  });
});
