/**
 * The `sns` channel: one message per lead on the notifications topic, with `businessId` and `source`
 * as message attributes so each business's email or SMS subscription takes only its own leads with
 * a filter policy (README, "Notifications on AWS"). The message is per protocol: the lead as JSON by
 * default (SQS, HTTPS, Lambda subscribers), a readable summary for email, a short line for SMS.
 */
import type { PublishCommandInput } from '@aws-sdk/client-sns';
import type { LeadJson } from '../processors/stages/encode.js';

/** SMS is billed per 140-byte segment: one line of the essentials. */
const SMS_MAX_CHARS = 140;

export function snsPublishInput(topicArn: string, lead: LeadJson): PublishCommandInput {
  const { contact } = lead;
  const who = [contact.fullName, contact.phone, contact.email].filter(Boolean).join(', ');
  const sms = `New lead (${lead.source}) for ${lead.businessId}: ${who || 'no contact details'}`;
  const email = [
    `New lead for ${lead.businessId} from ${lead.source}, received ${lead.receivedAt}.`,
    '',
    `Name:    ${contact.fullName ?? '-'}`,
    `Email:   ${contact.email ?? '-'}`,
    `Phone:   ${contact.phone ?? '-'}`,
    ...(lead.campaign ? [`Campaign: ${lead.campaign}`] : []),
    ...(lead.message ? ['', lead.message] : []),
    '',
    `Lead id: ${lead.leadId}`,
  ].join('\n');
  return {
    TopicArn: topicArn,
    MessageStructure: 'json',
    Message: JSON.stringify({
      default: JSON.stringify(lead),
      email,
      sms: sms.length > SMS_MAX_CHARS ? `${sms.slice(0, SMS_MAX_CHARS - 1)}…` : sms,
    }),
    // ASCII only and under 100 characters (SNS rules); the source is an enum value, so it is.
    Subject: `New lead: ${lead.source}`,
    MessageAttributes: {
      businessId: { DataType: 'String', StringValue: lead.businessId },
      source: { DataType: 'String', StringValue: lead.source },
    },
  };
}

export interface SnsLike {
  send(command: import('@aws-sdk/client-sns').PublishCommand): Promise<unknown>;
}

/** Publishes a lead; a failure throws, so the event source retries the record. */
export async function createSnsPublisher(
  client: SnsLike,
  topicArn: string,
): Promise<(lead: LeadJson) => Promise<void>> {
  const { PublishCommand } = await import('@aws-sdk/client-sns');
  return async (lead) => {
    await client.send(new PublishCommand(snsPublishInput(topicArn, lead)));
  };
}
