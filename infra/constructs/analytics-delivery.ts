import { Aws, Duration, RemovalPolicy, Size, Stack } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ANALYTICS_PARTITION_KEY } from '../../src/schemas/analytics.js';
import { glueColumns, gluePartitionKeys } from './glue-columns.js';

/** Where Firehose writes: `leads/dt=YYYY-MM-DD/`, the Hive layout partition projection reads. */
export const DATA_PREFIX = 'leads/';
export const FIREHOSE_PREFIX = `${DATA_PREFIX}${ANALYTICS_PARTITION_KEY.name}=!{timestamp:yyyy-MM-dd}/`;
/** Records Firehose could not convert land here, by error type, never mixed with the Parquet. */
export const FIREHOSE_ERROR_PREFIX = `errors/!{firehose:error-output-type}/${ANALYTICS_PARTITION_KEY.name}=!{timestamp:yyyy-MM-dd}/`;
/** First day partition projection enumerates; queries without a `dt` filter scan from here. */
export const PROJECTION_START = '2024-01-01';
/** Firehose requires a buffer of at least 64 MiB when it converts records to Parquet. */
export const MIN_CONVERSION_BUFFER = Size.mebibytes(64);

export interface AnalyticsDeliveryProps {
  /**
   * Glue database (lowercase letters, digits and underscores).
   * @default 'leadstream'
   */
  readonly databaseName?: string;
  /**
   * Glue table.
   * @default 'leads'
   */
  readonly tableName?: string;
  /**
   * Athena workgroup name.
   * @default 'leadstream'
   */
  readonly workGroupName?: string;
  /**
   * Firehose buffer size (64..128 MiB; conversion to Parquet needs at least 64).
   * @default Size.mebibytes(128)
   */
  readonly bufferSize?: Size;
  /**
   * Firehose buffer interval (60..900 s): the bound on how stale Athena is.
   * @default Duration.minutes(5)
   */
  readonly bufferInterval?: Duration;
  /**
   * How long the analytics Parquet is kept.
   * @default Duration.days(365)
   */
  readonly dataRetention?: Duration;
  /**
   * Per-query scan cutoff of the workgroup.
   * @default Size.gibibytes(10)
   */
  readonly scanLimit?: Size;
}

/**
 * Firehose (Direct PUT) → Parquet/Snappy in S3, described by a Glue table whose columns come from
 * ANALYTICS_COLUMNS and whose `dt` partitions are projected, and an Athena workgroup with starter queries.
 */
export class AnalyticsDelivery extends Construct {
  public readonly key: kms.Key;
  public readonly accessLogsBucket: s3.Bucket;
  public readonly dataBucket: s3.Bucket;
  public readonly resultsBucket: s3.Bucket;
  public readonly database: glue.CfnDatabase;
  public readonly table: glue.CfnTable;
  public readonly databaseName: string;
  public readonly tableName: string;
  public readonly deliveryLogGroup: logs.LogGroup;
  public readonly deliveryRole: iam.Role;
  public readonly deliveryStream: firehose.CfnDeliveryStream;
  public readonly workGroup: athena.CfnWorkGroup;
  public readonly namedQueries: readonly athena.CfnNamedQuery[];
  public readonly deliverySuccessAlarm: cloudwatch.Alarm;
  public readonly dataFreshnessAlarm: cloudwatch.Alarm;
  public readonly alarms: readonly cloudwatch.Alarm[];
  /** What an analyst (or a BI tool's role) needs to run queries in the workgroup; attach it to their role. */
  public readonly analystPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: AnalyticsDeliveryProps = {}) {
    super(scope, id);
    const databaseName = props.databaseName ?? 'leadstream';
    const tableName = props.tableName ?? 'leads';
    const workGroupName = props.workGroupName ?? 'leadstream';
    const bufferSize = props.bufferSize ?? Size.mebibytes(128);
    const bufferInterval = props.bufferInterval ?? Duration.minutes(5);
    const dataRetention = props.dataRetention ?? Duration.days(365);
    const scanLimit = props.scanLimit ?? Size.gibibytes(10);
    const bufferMiB = bufferSize.toMebibytes();
    const intervalS = bufferInterval.toSeconds();
    const fail = (msg: string): never => {
      throw new Error(`AnalyticsDelivery: ${msg}`);
    };
    if (!/^[a-z0-9_]{1,255}$/.test(databaseName)) fail(`invalid databaseName ${databaseName}`);
    if (!/^[a-z0-9_]{1,255}$/.test(tableName)) fail(`invalid tableName ${tableName}`);
    if (!/^[a-zA-Z0-9._-]{1,128}$/.test(workGroupName)) fail(`invalid workGroupName ${workGroupName}`);
    if (!Number.isInteger(bufferMiB) || bufferMiB < MIN_CONVERSION_BUFFER.toMebibytes() || bufferMiB > 128) {
      fail(`bufferSize must be 64..128 MiB (Parquet conversion needs >= 64), got ${bufferMiB}`);
    }
    if (!Number.isInteger(intervalS) || intervalS < 60 || intervalS > 900) {
      fail(`bufferInterval must be 60..900 s, got ${intervalS}`);
    }
    const retentionDays = dataRetention.toDays();
    if (!Number.isInteger(retentionDays) || retentionDays < 1)
      fail('dataRetention must be a whole number of days >= 1');
    // Athena's minimum cutoff is 10 MB.
    if (scanLimit.toBytes() < 10_000_000) fail('scanLimit must be at least 10 MB');
    this.databaseName = databaseName;
    this.tableName = tableName;

    this.key = new kms.Key(this, 'Key', {
      description: 'leadstream analytics: Parquet data and Athena results',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // S3 server access logs cannot be delivered to a KMS-encrypted bucket, hence SSE-S3 here.
    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const secureBucket = (id: string, logPrefix: string, lifecycleRules: s3.LifecycleRule[]) =>
      new s3.Bucket(this, id, {
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: this.key,
        // One data key per bucket instead of a KMS call per object: cheaper and faster for Firehose and Athena.
        bucketKeyEnabled: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        serverAccessLogsBucket: this.accessLogsBucket,
        serverAccessLogsPrefix: logPrefix,
        lifecycleRules,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    this.dataBucket = secureBucket('DataBucket', 'data/', [
      { id: 'expire-analytics', prefix: DATA_PREFIX, expiration: dataRetention },
      // Conversion errors hold the raw (already anonymised) JSON for debugging; a month is enough.
      { id: 'expire-errors', prefix: 'errors/', expiration: Duration.days(30) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
    ]);
    this.resultsBucket = secureBucket('ResultsBucket', 'athena-results/', [
      // Query results are re-creatable; keeping them a week is enough to download them.
      { id: 'expire-results', expiration: Duration.days(7) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ]);

    // --- Glue: the table Firehose converts with and Athena reads ---
    this.database = new glue.CfnDatabase(this, 'Database', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: databaseName, description: 'leadstream anonymised lead analytics' },
    });
    const dt = ANALYTICS_PARTITION_KEY.name;
    this.table = new glue.CfnTable(this, 'Table', {
      catalogId: Aws.ACCOUNT_ID,
      databaseName,
      tableInput: {
        name: tableName,
        description:
          'One row per lead, no direct identifiers. Columns generated from src/schemas/analytics.ts.',
        tableType: 'EXTERNAL_TABLE',
        parameters: {
          classification: 'parquet',
          'parquet.compression': 'SNAPPY',
          // Partition projection: Athena computes the dt partitions, so no crawler and no MSCK REPAIR TABLE.
          'projection.enabled': 'true',
          [`projection.${dt}.type`]: 'date',
          [`projection.${dt}.format`]: 'yyyy-MM-dd',
          [`projection.${dt}.range`]: `${PROJECTION_START},NOW`,
          [`projection.${dt}.interval`]: '1',
          [`projection.${dt}.interval.unit`]: 'DAYS',
          'storage.location.template': `s3://${this.dataBucket.bucketName}/${DATA_PREFIX}${dt}=\${${dt}}/`,
        },
        partitionKeys: gluePartitionKeys(),
        storageDescriptor: {
          columns: glueColumns(),
          location: `s3://${this.dataBucket.bucketName}/${DATA_PREFIX}`,
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
          compressed: true,
        },
      },
    });
    this.table.node.addDependency(this.database);

    // --- Firehose ---
    this.deliveryLogGroup = new logs.LogGroup(this, 'DeliveryLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const deliveryLogStream = new logs.LogStream(this, 'DeliveryLogStream', {
      logGroup: this.deliveryLogGroup,
      logStreamName: 'S3Delivery',
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stack = Stack.of(this);
    const glueArn = (resource: string) => stack.formatArn({ service: 'glue', resource });
    this.deliveryRole = new iam.Role(this, 'DeliveryRole', {
      assumedBy: new iam.ServicePrincipal('firehose.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Firehose: write Parquet to the data bucket, read the Glue schema, log errors',
      // Inline, so the permissions exist when CloudFormation creates the delivery stream.
      inlinePolicies: {
        delivery: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              sid: 'Bucket',
              actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
              resources: [this.dataBucket.bucketArn],
            }),
            new iam.PolicyStatement({
              sid: 'Objects',
              actions: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'],
              resources: [
                this.dataBucket.arnForObjects(`${DATA_PREFIX}*`),
                this.dataBucket.arnForObjects('errors/*'),
              ],
            }),
            new iam.PolicyStatement({
              sid: 'BucketKey',
              actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
              resources: [this.key.keyArn],
              conditions: { StringEquals: { 'kms:ViaService': `s3.${Aws.REGION}.amazonaws.com` } },
            }),
            new iam.PolicyStatement({
              sid: 'GlueSchema',
              actions: ['glue:GetTable', 'glue:GetTableVersion', 'glue:GetTableVersions'],
              resources: [
                glueArn('catalog'),
                glueArn(`database/${databaseName}`),
                glueArn(`table/${databaseName}/${tableName}`),
              ],
            }),
            new iam.PolicyStatement({
              sid: 'Logs',
              actions: ['logs:PutLogEvents'],
              resources: [this.deliveryLogGroup.logGroupArn],
            }),
          ],
        }),
      },
    });

    this.deliveryStream = new firehose.CfnDeliveryStream(this, 'DeliveryStream', {
      deliveryStreamType: 'DirectPut',
      deliveryStreamEncryptionConfigurationInput: { keyType: 'AWS_OWNED_CMK' },
      extendedS3DestinationConfiguration: {
        bucketArn: this.dataBucket.bucketArn,
        roleArn: this.deliveryRole.roleArn,
        prefix: FIREHOSE_PREFIX,
        errorOutputPrefix: FIREHOSE_ERROR_PREFIX,
        bufferingHints: { sizeInMBs: bufferMiB, intervalInSeconds: intervalS },
        // Parquet compresses its own pages (Snappy below); Firehose-level compression must be off.
        compressionFormat: 'UNCOMPRESSED',
        encryptionConfiguration: { kmsEncryptionConfig: { awskmsKeyArn: this.key.keyArn } },
        cloudWatchLoggingOptions: {
          enabled: true,
          logGroupName: this.deliveryLogGroup.logGroupName,
          logStreamName: deliveryLogStream.logStreamName,
        },
        dataFormatConversionConfiguration: {
          enabled: true,
          inputFormatConfiguration: {
            // received_at arrives as epoch milliseconds.
            deserializer: { hiveJsonSerDe: { timestampFormats: ['millis'] } },
          },
          outputFormatConfiguration: { serializer: { parquetSerDe: { compression: 'SNAPPY' } } },
          schemaConfiguration: {
            catalogId: Aws.ACCOUNT_ID,
            databaseName,
            tableName,
            region: Aws.REGION,
            roleArn: this.deliveryRole.roleArn,
            versionId: 'LATEST',
          },
        },
      },
    });
    this.deliveryStream.node.addDependency(this.table);

    // --- Athena ---
    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: workGroupName,
      description: 'leadstream analytics: encrypted results, enforced settings, per-query scan limit',
      state: 'ENABLED',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: scanLimit.toBytes(),
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: `s3://${this.resultsBucket.bucketName}/`,
          encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: this.key.keyArn },
        },
      },
    });
    this.namedQueries = namedQueries(databaseName, tableName).map((q) => {
      const query = new athena.CfnNamedQuery(this, q.id, {
        name: q.name,
        description: q.description,
        database: databaseName,
        workGroup: workGroupName,
        queryString: q.sql,
      });
      query.node.addDependency(this.workGroup);
      return query;
    });

    // --- alarms ---
    const firehoseMetric = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/Firehose',
        metricName,
        dimensionsMap: { DeliveryStreamName: this.deliveryStream.ref },
        statistic,
        period: Duration.minutes(15),
      });
    // DeliveryToS3.Success is the ratio of successful S3 puts; anything below 1 means Parquet batches failed
    // (bad schema, KMS or bucket permissions) and records are going to the error prefix or being retried.
    this.deliverySuccessAlarm = new cloudwatch.Alarm(this, 'DeliverySuccessAlarm', {
      alarmDescription: 'Firehose failed to deliver Parquet to S3',
      metric: firehoseMetric('DeliveryToS3.Success', 'Minimum'),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // Records normally wait at most one buffer interval; three intervals means delivery is stuck, not slow.
    const freshnessThreshold = 3 * intervalS;
    this.dataFreshnessAlarm = new cloudwatch.Alarm(this, 'DataFreshnessAlarm', {
      alarmDescription: `Oldest record in Firehose older than ${freshnessThreshold} s: delivery to S3 is stuck`,
      metric: firehoseMetric('DeliveryToS3.DataFreshness', 'Maximum'),
      threshold: freshnessThreshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.alarms = [this.deliverySuccessAlarm, this.dataFreshnessAlarm];

    this.analystPolicy = new iam.ManagedPolicy(this, 'AnalystPolicy', {
      description: 'Query leadstream analytics in the Athena workgroup (read-only on the data)',
      statements: [
        new iam.PolicyStatement({
          sid: 'WorkGroup',
          actions: [
            'athena:StartQueryExecution',
            'athena:StopQueryExecution',
            'athena:GetQueryExecution',
            'athena:GetQueryResults',
            'athena:ListQueryExecutions',
            'athena:GetWorkGroup',
            'athena:ListNamedQueries',
            'athena:GetNamedQuery',
            'athena:BatchGetNamedQuery',
          ],
          resources: [
            stack.formatArn({ service: 'athena', resource: 'workgroup', resourceName: workGroupName }),
          ],
        }),
        new iam.PolicyStatement({
          sid: 'Catalog',
          actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetPartition', 'glue:GetPartitions'],
          resources: [
            glueArn('catalog'),
            glueArn(`database/${databaseName}`),
            glueArn(`table/${databaseName}/${tableName}`),
          ],
        }),
        new iam.PolicyStatement({
          sid: 'Buckets',
          actions: ['s3:GetBucketLocation', 's3:ListBucket'],
          resources: [this.dataBucket.bucketArn, this.resultsBucket.bucketArn],
        }),
        new iam.PolicyStatement({
          sid: 'ReadData',
          actions: ['s3:GetObject'],
          resources: [this.dataBucket.arnForObjects(`${DATA_PREFIX}*`)],
        }),
        new iam.PolicyStatement({
          sid: 'Results',
          actions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
          resources: [this.resultsBucket.arnForObjects('*')],
        }),
        new iam.PolicyStatement({
          sid: 'Key',
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [this.key.keyArn],
        }),
      ],
    });
  }

  /** Allows PutRecord/PutRecordBatch on this delivery stream only. */
  public grantPutRecords(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
      resourceArns: [this.deliveryStream.attrArn],
    });
  }
}

export interface NamedQuery {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sql: string;
}

/** The starter queries analysts open in the Athena console. Every one filters on `dt` to prune partitions. */
export function namedQueries(database: string, table: string): NamedQuery[] {
  const from = `"${database}"."${table}"`;
  const last30Days = `dt >= date_format(current_date - interval '30' day, '%Y-%m-%d')`;
  return [
    {
      id: 'LeadsPerSourcePerDay',
      name: 'leads per source per day',
      description: 'Lead count per source and day, last 30 days',
      sql: `SELECT dt, source, count(*) AS leads
FROM ${from}
WHERE ${last30Days}
GROUP BY dt, source
ORDER BY dt DESC, leads DESC;`,
    },
    {
      id: 'LeadsPerCampaign',
      name: 'leads per campaign',
      description: 'Leads, businesses and mean extraction confidence per source and campaign, last 30 days',
      sql: `SELECT source, coalesce(campaign, '(none)') AS campaign, count(*) AS leads,
  approx_distinct(business_id) AS businesses, round(avg(confidence), 3) AS avg_confidence
FROM ${from}
WHERE ${last30Days}
GROUP BY source, coalesce(campaign, '(none)')
ORDER BY leads DESC;`,
    },
    {
      id: 'MedianLeadLatency',
      name: 'median lead latency',
      description:
        'Median and p95 seconds from a lead entering Kinesis (received_at) to its Parquet file landing in S3, per day and source',
      // "$file_modified_time" is when Firehose wrote the object, so this is processing plus Firehose
      // buffering (at most one buffer interval). The analytics columns carry no send time of the email, so
      // the delay before Kinesis is not measurable here.
      sql: `SELECT dt, source,
  approx_percentile(to_unixtime("$file_modified_time") - to_unixtime(received_at), 0.5) AS median_latency_s,
  approx_percentile(to_unixtime("$file_modified_time") - to_unixtime(received_at), 0.95) AS p95_latency_s,
  count(*) AS leads
FROM ${from}
WHERE dt >= date_format(current_date - interval '7' day, '%Y-%m-%d')
GROUP BY dt, source
ORDER BY dt DESC, source;`,
    },
  ];
}
