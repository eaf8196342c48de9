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

/**
 * Business ids: lowercase letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 64
 * characters. The rules file's ids and the `+tag` of a recipient address (src/processors/routing.ts)
 * follow this one rule.
 */
export const BUSINESS_ID_SOURCE = '[a-z0-9][a-z0-9._-]{0,63}';

export const businessId = z
  .string()
  .regex(new RegExp(`^${BUSINESS_ID_SOURCE}$`), 'must be lowercase letters, digits, . _ - (at most 64)');
