import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import type { Admin, ITopicConfig, ITopicMetadata } from 'kafkajs';
import { parseEnvironment } from '../config/environment.js';
import { KAFKA_TOPIC_NAME } from '../config/names.js';
import { TopicPlanError } from '../errors.js';

/**
 * CloudFormation custom resource (onEvent handler of the CDK Provider framework) that creates the Kafka
 * topics on MSK Serverless at deploy time, with the Kafka admin API over SASL/OAUTHBEARER (MSK IAM) on TLS.
 *
 * Create and Update converge the cluster on the desired topics: missing topics are created, partitions are
 * raised when the parameter grows, and retention is set. Kafka cannot remove partitions, so a smaller count
 * fails the deployment (and CloudFormation rolls back) instead of being ignored. Delete keeps the topics: the
 * cluster is deleted with the stack anyway, and on a rename the old topic may still hold unread leads.
 */

export interface DesiredTopic {
  readonly name: string;
  readonly partitions: number;
  readonly retentionMs: number;
}

export interface TopicPlan {
  readonly create: readonly DesiredTopic[];
  readonly addPartitions: readonly { readonly topic: string; readonly count: number }[];
  readonly setRetention: readonly DesiredTopic[];
}

/** Parses the resource properties. CloudFormation passes every scalar as a string, so numbers are parsed here. */
export function parseTopicsProperty(value: unknown): DesiredTopic[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(list) || list.length === 0) throw new TopicPlanError('Topics must be a non-empty array');
  return list.map((item: unknown, i) => {
    const t = item as Record<string, unknown>;
    const name = String(t?.name ?? '');
    const partitions = Number(t?.partitions);
    const retentionMs = Number(t?.retentionMs);
    if (!KAFKA_TOPIC_NAME.test(name))
      throw new TopicPlanError(`Topics[${i}].name is not a valid Kafka topic name: ${name}`);
    if (!Number.isInteger(partitions) || partitions < 1) {
      throw new TopicPlanError(
        `Topics[${i}].partitions must be a positive integer, got ${String(t?.partitions)}`,
      );
    }
    if (!Number.isInteger(retentionMs) || retentionMs < 1) {
      throw new TopicPlanError(
        `Topics[${i}].retentionMs must be a positive integer, got ${String(t?.retentionMs)}`,
      );
    }
    return { name, partitions, retentionMs };
  });
}

/** Decides what to change, given the desired topics and the metadata of those that already exist. Pure. */
export function planTopics(desired: readonly DesiredTopic[], existing: readonly ITopicMetadata[]): TopicPlan {
  const byName = new Map(existing.map((t) => [t.name, t.partitions.length]));
  const create: DesiredTopic[] = [];
  const addPartitions: { topic: string; count: number }[] = [];
  const setRetention: DesiredTopic[] = [];
  for (const topic of desired) {
    const current = byName.get(topic.name);
    if (current === undefined) {
      create.push(topic);
      continue;
    }
    if (topic.partitions < current) {
      throw new TopicPlanError(
        `topic ${topic.name} has ${current} partitions; Kafka cannot shrink it to ${topic.partitions}`,
      );
    }
    if (topic.partitions > current) addPartitions.push({ topic: topic.name, count: topic.partitions });
    setRetention.push(topic);
  }
  return { create, addPartitions, setRetention };
}

export async function applyPlan(admin: Admin, plan: TopicPlan): Promise<void> {
  if (plan.create.length > 0) {
    const topics: ITopicConfig[] = plan.create.map((t) => ({
      topic: t.name,
      numPartitions: t.partitions,
      // MSK Serverless fixes the replication factor at 3; -1 means "the cluster default".
      replicationFactor: -1,
      configEntries: [{ name: 'retention.ms', value: String(t.retentionMs) }],
    }));
    await admin.createTopics({ topics, waitForLeaders: true });
  }
  if (plan.addPartitions.length > 0)
    await admin.createPartitions({ topicPartitions: [...plan.addPartitions] });
  if (plan.setRetention.length > 0) {
    await admin.alterConfigs({
      validateOnly: false,
      resources: plan.setRetention.map((t) => ({
        type: 2, // ConfigResourceTypes.TOPIC
        name: t.name,
        configEntries: [{ name: 'retention.ms', value: String(t.retentionMs) }],
      })),
    });
  }
}

/** Returns the names of the desired topics that exist, so the plan is computed against the cluster's truth. */
async function existingTopics(admin: Admin, desired: readonly DesiredTopic[]): Promise<ITopicMetadata[]> {
  const names = new Set(await admin.listTopics());
  const present = desired.filter((t) => names.has(t.name)).map((t) => t.name);
  if (present.length === 0) return [];
  return (await admin.fetchTopicMetadata({ topics: present })).topics;
}

async function createAdmin(bootstrapServers: string, region: string): Promise<Admin> {
  // Imported lazily: tests of the pure planning above need neither kafkajs' network code nor the signer.
  const [{ Kafka }, { kafkaClientConfig }] = await Promise.all([
    import('kafkajs'),
    import('../io/kafka-client.js'),
  ]);
  const kafka = new Kafka(
    kafkaClientConfig(
      {
        clientId: 'leadstream-create-topics',
        brokers: bootstrapServers
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
        auth: { kind: 'iam', region },
        connectionTimeoutMs: 10_000,
      },
      console,
    ),
  );
  return kafka.admin();
}

export interface CreateTopicsResponse {
  readonly PhysicalResourceId: string;
  readonly Data: { readonly Topics: string };
}

export async function handler(event: CloudFormationCustomResourceEvent): Promise<CreateTopicsResponse> {
  const desired = parseTopicsProperty(event.ResourceProperties.Topics);
  const physicalId =
    event.RequestType === 'Create'
      ? `topics-${desired.map((t) => t.name).join('+')}`
      : event.PhysicalResourceId;
  const data = { Topics: desired.map((t) => t.name).join(',') };
  if (event.RequestType === 'Delete') return { PhysicalResourceId: physicalId, Data: data };

  const bootstrapServers = String(event.ResourceProperties.BootstrapServers ?? '');
  const region = parseEnvironment(process.env).AWS_REGION;
  if (!bootstrapServers) throw new TopicPlanError('BootstrapServers is required');
  if (!region) throw new TopicPlanError('AWS_REGION is not set');

  const admin = await createAdmin(bootstrapServers, region);
  await admin.connect();
  try {
    const plan = planTopics(desired, await existingTopics(admin, desired));
    console.log(JSON.stringify({ message: 'topic plan', plan }));
    await applyPlan(admin, plan);
  } finally {
    await admin.disconnect();
  }
  return { PhysicalResourceId: physicalId, Data: data };
}
