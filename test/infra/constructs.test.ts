import { App, Duration, Size, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { AnalyticsDelivery } from '../../infra/constructs/analytics-delivery.js';
import { glueColumns } from '../../infra/constructs/glue-columns.js';
import { IngestFunction, type IngestFunctionProps } from '../../infra/constructs/ingest-function.js';
import { KafkaAccess, type KafkaAccessProps } from '../../infra/constructs/kafka-access.js';
import { Monitoring } from '../../infra/constructs/monitoring.js';
import { Network } from '../../infra/constructs/network.js';

// Props are checked before any resource is created, so these never reach the (slow) Lambda bundling.
function scope() {
  const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 2 });
  return { stack, vpc, subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } };
}

describe('IngestFunction props', () => {
  const base = (): IngestFunctionProps => {
    const { stack, vpc, subnets } = scope();
    return { vpc, subnets, accessLogsBucket: new s3.Bucket(stack, 'Logs') };
  };
  it.each<[Partial<IngestFunctionProps>, RegExp]>([
    [{ streamMode: kinesis.StreamMode.PROVISIONED }, /shardCount is required/],
    [{ shardCount: 2 }, /only valid with a PROVISIONED/],
    [{ streamMode: kinesis.StreamMode.PROVISIONED, shardCount: 0 }, /shardCount must be an integer/],
    [{ batchSize: 20_000 }, /batchSize/],
    [{ parallelizationFactor: 0 }, /parallelizationFactor/],
    [{ maxRecordAge: Duration.seconds(30) }, /maxRecordAge/],
    [{ retention: Duration.hours(1) }, /retention/],
    [{ reservedConcurrency: 0 }, /reservedConcurrency/],
    [{ alarmThresholds: { rejectedRatePercent: 0 } }, /rejectedRatePercent/],
    [{ environment: { LEADSTREAM_HMAC_SECRET_ID: 'x' } }, /must not set LEADSTREAM_HMAC_SECRET_ID/],
  ])('rejects %o', (override, message) => {
    const props = { ...base(), ...override };
    const stack = Stack.of(props.vpc);
    expect(() => new IngestFunction(stack, 'Ingest', props)).toThrow(message);
  });
});

describe('KafkaAccess props', () => {
  const base = (): KafkaAccessProps => {
    const { vpc, subnets } = scope();
    return { vpc, subnets, topics: ['leads', 'rejected'] };
  };
  it.each<[Partial<KafkaAccessProps>, RegExp]>([
    [{ topics: [] }, /at least one topic/],
    [{ topics: ['a b'] }, /invalid Kafka topic/],
    [{ topics: ['leads', 'leads'] }, /unique/],
    [{ partitions: 0 }, /partitions/],
    [{ clusterName: 'has space' }, /cluster name/],
  ])('rejects %o', (override, message) => {
    const props = { ...base(), ...override };
    expect(() => new KafkaAccess(Stack.of(props.vpc), 'Kafka', props)).toThrow(message);
  });
});

describe('AnalyticsDelivery props', () => {
  it.each([
    [{ bufferSize: Size.mebibytes(32) }, /at least 64|>= 64/],
    [{ bufferInterval: Duration.seconds(30) }, /bufferInterval/],
    [{ databaseName: 'Bad-Name' }, /databaseName/],
    [{ scanLimit: Size.mebibytes(1) }, /scanLimit/],
  ])('rejects %o', (props, message) => {
    const { stack } = scope();
    expect(() => new AnalyticsDelivery(stack, 'Analytics', props)).toThrow(message);
  });

  it('maps every analytics type to a Glue type', () => {
    expect(glueColumns([{ name: 'x', type: 'timestamp', nullable: false, comment: 'c' }])).toEqual([
      { name: 'x', type: 'timestamp', comment: 'c' },
    ]);
  });
});

describe('Network and Monitoring props', () => {
  it('needs two AZs for MSK Serverless', () => {
    const stack = new Stack(new App(), 'Test');
    expect(() => new Network(stack, 'Network', { maxAzs: 1 })).toThrow(/two AZs/);
  });

  it('rejects an alarm email that is not an address, and no alarms at all', () => {
    const stack = new Stack(new App(), 'Test');
    expect(() => new Monitoring(stack, 'M1', { alarms: [] })).toThrow(/at least one alarm/);
    const alarm = new cloudwatch.Alarm(stack, 'Alarm', {
      metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'M' }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    expect(() => new Monitoring(stack, 'M2', { alarms: [alarm], alarmEmail: 'oncall' })).toThrow(
      /not an email/,
    );
  });
});
