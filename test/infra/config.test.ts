import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEYS, configFromContext, parseConfig } from '../../src/config/deploy.js';
import { ConfigError } from '../../src/errors.js';
import { SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

describe('parseConfig', () => {
  it('fills safe defaults', () => {
    expect(parseConfig({})).toEqual({
      streamMode: 'ON_DEMAND',
      retentionHours: 24,
      batchSize: 100,
      maxBatchingWindowSeconds: 1,
      parallelizationFactor: 1,
      retryAttempts: 3,
      maxRecordAgeSeconds: 3600,
      memoryMiB: 512,
      timeoutSeconds: 60,
      leadsTopic: 'leads',
      rejectedTopic: 'rejected',
      topicPartitions: 6,
      topicRetentionHours: 168,
      consumerGroupPrefix: 'leads-consumer',
      firehoseBufferMiB: 128,
      firehoseBufferSeconds: 300,
      analyticsRetentionDays: 365,
      athenaScanLimitGiB: 10,
      iteratorAgeAlarmMs: 60_000,
      errorsAlarmThreshold: 1,
      throttlesAlarmThreshold: 1,
      rejectedRateAlarmPercent: 5,
    });
  });

  it('coerces strings from `cdk -c key=value`', () => {
    const c = parseConfig({
      streamMode: 'PROVISIONED',
      shardCount: '4',
      batchSize: '250',
      rejectedRateAlarmPercent: '2.5',
    });
    expect([c.shardCount, c.batchSize, c.rejectedRateAlarmPercent]).toEqual([4, 250, 2.5]);
  });

  it.each([
    [{ batchSize: '0' }, 'batchSize'],
    [{ batchSize: 'lots' }, 'batchSize'],
    [{ parallelizationFactor: 11 }, 'parallelizationFactor'],
    [{ firehoseBufferMiB: 32 }, 'firehoseBufferMiB'],
    [{ retentionHours: 12 }, 'retentionHours'],
    [{ memoryMiB: 64 }, 'memoryMiB'],
    [{ streamMode: 'SOMETIMES' }, 'streamMode'],
    [{ streamMode: 'PROVISIONED' }, 'shardCount is required'],
    [{ shardCount: 2 }, 'shardCount is only valid'],
    [{ leadsTopic: 'a topic' }, 'leadsTopic'],
    [{ leadsTopic: 'same', rejectedTopic: 'same' }, 'rejectedTopic must differ'],
    [{ alarmEmail: 'not-an-email' }, 'alarmEmail'],
    [{ mailDomain: 'Not A Domain' }, 'mailDomain'],
    [{ mailRecipients: 'in@leads.example.com' }, 'mailRecipients'],
    [{ mailDomain: 'leads.example.com', mailRecipients: 'in@other.example.com' }, 'mailRecipients'],
    [{ maxBatchingWindowSeconds: 120, maxRecordAgeSeconds: 60 }, 'maxRecordAgeSeconds must exceed'],
    [
      { topicRetentionHours: 720, claimCheckExpiryDays: 15 },
      'claimCheckExpiryDays (15) must be at least 44: topicRetentionHours (720 h)',
    ],
    [{ retentionHours: 2400, claimCheckExpiryDays: 100 }, 'at least 114: retentionHours (2400 h)'],
  ])('rejects %o', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
    expect(() => parseConfig(raw)).toThrow(message);
  });

  it('rejects a misspelt key, naming it and the key it resembles', () => {
    expect(() => parseConfig({ shardcount: '4' })).toThrow(ConfigError);
    expect(() => parseConfig({ shardcount: '4' })).toThrow(
      "unknown setting 'shardcount' (did you mean 'shardCount'?)",
    );
    expect(() => parseConfig({ bogusKey: '1' })).toThrow(
      /unknown setting 'bogusKey' \(settings: streamMode, /,
    );
  });

  it("rejects an unknown key in CDK context (`cdk synth -c shardcount=4`) but passes CDK's own keys", () => {
    const cdkKeys = { '@aws-cdk/core:newStyleStackSynthesis': true, 'aws:cdk:bundling-stacks': [] };
    expect(configFromContext(new App({ context: { ...cdkKeys, batchSize: '50' } }).node).batchSize).toBe(50);
    expect(() => configFromContext(new App({ context: { ...cdkKeys, shardcount: '4' } }).node)).toThrow(
      "unknown setting 'shardcount'",
    );
  });

  it('lists every problem at once', () => {
    expect(() => parseConfig({ batchSize: 0, memoryMiB: 1 })).toThrow(/batchSize[\s\S]*memoryMiB/);
  });

  it('reads one context key per field', () => {
    const optional = [
      'shardCount',
      'reservedConcurrency',
      'alarmEmail',
      'claimCheckExpiryDays',
      'mailDomain',
      'mailRecipients',
      'notificationsFile',
    ];
    expect([...CONFIG_KEYS].sort()).toEqual([...Object.keys(parseConfig({})), ...optional].sort());
  });
});

describe('the stack with non-default context', () => {
  // Strings, as `cdk deploy -c key=value` passes them.
  let s: Synthesized;
  beforeAll(() => {
    s = synth({
      bundle: false,
      context: {
        streamMode: 'PROVISIONED',
        shardCount: '4',
        retentionHours: '48',
        batchSize: '500',
        maxBatchingWindowSeconds: '5',
        parallelizationFactor: '4',
        retryAttempts: '5',
        maxRecordAgeSeconds: '7200',
        memoryMiB: '1024',
        reservedConcurrency: '20',
        leadsTopic: 'crm.leads',
        rejectedTopic: 'crm.rejected',
        topicPartitions: '12',
        topicRetentionHours: '720',
        firehoseBufferSeconds: '120',
        athenaScanLimitGiB: '2',
        iteratorAgeAlarmMs: '30000',
        rejectedRateAlarmPercent: '10',
        alarmEmail: 'oncall@example.com',
      },
    });
  }, SYNTH_TIMEOUT_MS);

  it('provisions the stream with the shard count and retention', () => {
    s.template.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      ShardCount: 4,
      RetentionPeriodHours: 48,
    });
  });

  it('keeps claim-check objects past the longer of the stream and topic retentions plus the margin', () => {
    // topicRetentionHours 720 (30 days) > retentionHours 48: 30 + 14 days, not 2 + 14.
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ Id: 'expire-claim-checks', ExpirationInDays: 44 })]),
      },
    });
  });

  it('sizes the function and its event source', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      ReservedConcurrentExecutions: 20,
    });
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 5,
      ParallelizationFactor: 4,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 7200,
    });
  });

  it('names and sizes the topics', () => {
    s.template.hasResourceProperties('Custom::KafkaTopics', {
      Topics: [
        Match.objectLike({ name: 'crm.leads', partitions: 12 }),
        Match.objectLike({ name: 'crm.rejected', partitions: 12 }),
      ],
    });
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ LEADS_TOPIC: 'crm.leads', REJECTED_TOPIC: 'crm.rejected' }),
      },
    });
  });

  it('uses the buffer interval, the scan limit and the alarm thresholds', () => {
    s.template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      ExtendedS3DestinationConfiguration: Match.objectLike({
        BufferingHints: { SizeInMBs: 128, IntervalInSeconds: 120 },
      }),
    });
    s.template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({ BytesScannedCutoffPerQuery: 2 * 1024 ** 3 }),
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'GetRecords.IteratorAgeMilliseconds',
      Threshold: 30_000,
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', { Threshold: 10, Metrics: Match.anyValue() });
  });

  it('subscribes the alarm email', () => {
    s.template.resourceCountIs('AWS::SNS::Subscription', 1);
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });
});
