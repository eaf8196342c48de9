import * as z from 'zod';

/**
 * Kafka topic names (https://kafka.apache.org/documentation/#topicconfigs; `Topic.java`): 1..249
 * characters of [a-zA-Z0-9._-]. The one rule for the environment, the CDK context and the topics
 * custom resource.
 */
export const KAFKA_TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export const kafkaTopicName = z
  .string()
  .regex(KAFKA_TOPIC_NAME, 'must be a Kafka topic name ([a-zA-Z0-9._-], ≤ 249)');
