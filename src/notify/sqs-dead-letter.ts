/**
 * Dead-lettered notifications on AWS: one SQS message per entry (ids and the reason, never the
 * lead's contact details). The same queue is the event source mapping's on-failure destination, so
 * everything the notifier gave up on is in one place. A failed send throws: the record is then
 * reported as a batch item failure and retried, never dropped.
 */
import type { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { NotifyDeadLetter } from './notifier.js';

export interface SqsLike {
  send(command: SendMessageCommand): Promise<unknown>;
}

export async function createSqsDeadLetter(
  client: SqsLike,
  queueUrl: string,
): Promise<(entry: NotifyDeadLetter) => Promise<void>> {
  const { SendMessageCommand } = await import('@aws-sdk/client-sqs');
  return async (entry) => {
    await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(entry) }));
  };
}
