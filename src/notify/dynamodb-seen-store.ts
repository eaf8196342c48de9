/**
 * The notifier Lambda's seen-store: one DynamoDB item per notified leadId, expired by TTL after the
 * replay window. Why a strongly consistent read followed by a plain put, not a conditional put that
 * claims the leadId first (docs/notifications.md, "Once, on AWS"):
 * - Leads are keyed by businessId, so a replayed email lands on the same partition as the original,
 *   and the event source mapping hands a partition to one invocation at a time, in offset order.
 *   Two invocations never hold the same leadId at once: there is no race for a condition to settle.
 * - A claim written before delivery would turn a failed delivery into a lost notification (the
 *   retry would find the claim). Written after, a crash in between repeats a delivery instead,
 *   which the receiver's Idempotency-Key absorbs.
 */
import type { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { SeenStore } from './seen.js';

/** Partition key of the table (string). */
export const SEEN_KEY = 'leadId';
/** TTL attribute (epoch seconds), enabled on the table. */
export const SEEN_TTL_ATTRIBUTE = 'expiresAt';

export interface DynamoDbLike {
  send(command: GetItemCommand | PutItemCommand): Promise<{ Item?: Record<string, unknown> }>;
}

export async function createDynamoDbSeenStore(options: {
  client: DynamoDbLike;
  tableName: string;
  ttlSeconds: number;
  clock?: () => Date;
}): Promise<SeenStore> {
  const { GetItemCommand, PutItemCommand } = await import('@aws-sdk/client-dynamodb');
  const clock = options.clock ?? (() => new Date());
  return {
    async has(leadId) {
      const out = await options.client.send(
        new GetItemCommand({
          TableName: options.tableName,
          Key: { [SEEN_KEY]: { S: leadId } },
          ConsistentRead: true,
          ProjectionExpression: SEEN_KEY,
        }),
      );
      return out.Item !== undefined;
    },
    async add(leadId) {
      const expiresAt = Math.floor(clock().getTime() / 1000) + options.ttlSeconds;
      await options.client.send(
        new PutItemCommand({
          TableName: options.tableName,
          Item: { [SEEN_KEY]: { S: leadId }, [SEEN_TTL_ATTRIBUTE]: { N: String(expiresAt) } },
        }),
      );
    },
  };
}
