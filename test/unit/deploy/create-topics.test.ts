import type { ITopicMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { parseTopicsProperty, planTopics } from '../../../src/deploy/create-topics.js';
import { TopicPlanError } from '../../../src/errors.js';

const meta = (name: string, partitions: number): ITopicMetadata => ({
  name,
  partitions: Array.from({ length: partitions }, (_, i) => ({
    partitionErrorCode: 0,
    partitionId: i,
    leader: 1,
    replicas: [1],
    isr: [1],
  })),
});

describe('parseTopicsProperty', () => {
  it('parses CloudFormation strings into numbers', () => {
    // Prepare: CloudFormation passes every scalar of a custom resource's properties as a string.
    const raw = [{ name: 'leads', partitions: '6', retentionMs: '604800000' }];
    // Act
    const topics = parseTopicsProperty(raw);
    // Assess
    expect(topics).toEqual([{ name: 'leads', partitions: 6, retentionMs: 604_800_000 }]);
  });

  it.each([
    [[], 'non-empty'],
    [[{ name: 'bad name', partitions: 1, retentionMs: 1 }], 'valid Kafka topic name'],
    [[{ name: 'leads', partitions: '0', retentionMs: 1 }], 'partitions'],
    [[{ name: 'leads', partitions: 1.5, retentionMs: 1 }], 'partitions'],
    [[{ name: 'leads', partitions: 1, retentionMs: 'forever' }], 'retentionMs'],
  ])('rejects %j', (raw, message) => {
    expect(() => parseTopicsProperty(raw)).toThrow(TopicPlanError);
    expect(() => parseTopicsProperty(raw)).toThrow(message);
  });
});

describe('planTopics', () => {
  const desired = [
    { name: 'leads', partitions: 6, retentionMs: 1000 },
    { name: 'rejected', partitions: 6, retentionMs: 1000 },
  ];

  it('creates missing topics', () => {
    expect(planTopics(desired, [])).toEqual({ create: desired, addPartitions: [], setRetention: [] });
  });

  it('raises partitions of existing topics and sets their retention', () => {
    const plan = planTopics(desired, [meta('leads', 3), meta('rejected', 6)]);
    expect(plan.create).toEqual([]);
    expect(plan.addPartitions).toEqual([{ topic: 'leads', count: 6 }]);
    expect(plan.setRetention.map((t) => t.name)).toEqual(['leads', 'rejected']);
  });

  it('refuses to shrink a topic, since Kafka cannot remove partitions', () => {
    expect(() => planTopics(desired, [meta('leads', 12)])).toThrow(/cannot shrink/);
  });
});
