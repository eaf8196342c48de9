/**
 * The reference consumer of the leads topic: each lead goes to its business's channels from the
 * rules file (`notifications.businesses`), once. Transport-free: the local kafkajs runner
 * (./local-consumer.ts) and the MSK Lambda (./msk-handler.ts, wired in ./lambda.ts) feed it messages.
 *
 * - Decoding: the value is Avro written with src/schemas/lead.avsc; the `schema-fingerprint` header
 *   must name that schema, else the message is dead-lettered (a writer we cannot read).
 * - Once: leads whose leadId was seen are skipped (./seen.ts).
 * - Webhook: ./webhook.ts; after its last attempt the lead is dead-lettered, not retried forever,
 *   so one dead receiver does not hold up every other business on the partition.
 * - SNS (AWS only; the local stack has no publisher and skips the channel): published with
 *   `businessId` and `source` as message attributes; a failure throws so the event source retries.
 * Dead-letter entries carry ids and the reason, never the lead's contact details.
 */
import type { NotificationsConfig, WebhookChannel } from '../config/schema.js';
import {
  decodeLead,
  LEAD_SCHEMA_FINGERPRINT,
  type LeadJson,
  toLeadJson,
} from '../processors/stages/encode.js';
import type { SeenStore } from './seen.js';
import { type DeliveryResult, deliverWebhook, type WebhookDeps } from './webhook.js';

export interface LeadMessage {
  value: Buffer;
  headers: Readonly<Record<string, string | undefined>>;
  /** Where the message is, for the dead-letter entry (e.g. `leads/2@1234`). */
  position: string;
}

export interface NotifyDeadLetter {
  at: string;
  position: string;
  leadId: string | null;
  businessId: string | null;
  channel: 'webhook' | 'decode';
  reason: string;
  attempts: number;
}

export type NotifyOutcome = 'notified' | 'duplicate' | 'no_channel' | 'dead_lettered';

export interface NotifierDeps {
  notifications: NotificationsConfig;
  resolveSecret: (ref: WebhookChannel['secret']) => Promise<string>;
  seen: SeenStore;
  deadLetter: (entry: NotifyDeadLetter) => Promise<void>;
  publishSns?: (lead: LeadJson) => Promise<void>;
  webhook?: WebhookDeps;
  clock?: () => Date;
}

export interface Notifier {
  handle(
    message: LeadMessage,
  ): Promise<{ outcome: NotifyOutcome; leadId: string | null; businessId: string | null }>;
}

export function createNotifier(deps: NotifierDeps): Notifier {
  const clock = deps.clock ?? (() => new Date());
  const secrets = new Map<string, Promise<string>>();
  const secretFor = (ref: WebhookChannel['secret']) => {
    const key = JSON.stringify(ref);
    let s = secrets.get(key);
    if (!s) {
      // A failed look-up is not cached: the retried record asks again.
      s = deps.resolveSecret(ref).catch((err: unknown) => {
        secrets.delete(key);
        throw err;
      });
      secrets.set(key, s);
    }
    return s;
  };
  const dead = (m: LeadMessage, e: Omit<NotifyDeadLetter, 'at' | 'position'>) =>
    deps.deadLetter({ at: clock().toISOString(), position: m.position, ...e });

  return {
    async handle(message) {
      const headerLeadId = message.headers['lead-id'] ?? null;
      if (message.headers['schema-fingerprint'] !== LEAD_SCHEMA_FINGERPRINT) {
        await dead(message, {
          leadId: headerLeadId,
          businessId: null,
          channel: 'decode',
          reason: 'unknown_schema_fingerprint',
          attempts: 0,
        });
        return { outcome: 'dead_lettered', leadId: headerLeadId, businessId: null };
      }
      let lead: LeadJson;
      try {
        lead = toLeadJson(decodeLead(message.value));
      } catch {
        await dead(message, {
          leadId: headerLeadId,
          businessId: null,
          channel: 'decode',
          reason: 'undecodable',
          attempts: 0,
        });
        return { outcome: 'dead_lettered', leadId: headerLeadId, businessId: null };
      }
      const { leadId, businessId } = lead;
      if (await deps.seen.has(leadId)) return { outcome: 'duplicate', leadId, businessId };
      const channels = deps.notifications.businesses[businessId];
      // The sns channel exists on AWS only: without a publisher (the local stack) it is not a channel.
      const publishSns = channels?.sns ? deps.publishSns : undefined;
      if (!channels || (!channels.webhook && !publishSns))
        return { outcome: 'no_channel', leadId, businessId };

      let outcome: NotifyOutcome = 'notified';
      // The secret first: a secret that cannot be read fails the record before any channel is told.
      const secret = channels.webhook ? await secretFor(channels.webhook.secret) : null;
      if (publishSns) await publishSns(lead);
      if (channels.webhook && secret !== null) {
        const result: DeliveryResult = await deliverWebhook(
          {
            url: channels.webhook.url,
            secret,
            body: JSON.stringify(lead),
            leadId,
          },
          deps.notifications.delivery,
          deps.webhook,
        );
        if (!result.ok) {
          await dead(message, {
            leadId,
            businessId,
            channel: 'webhook',
            reason: `last response: ${result.last}`,
            attempts: result.attempts,
          });
          outcome = 'dead_lettered';
        }
      }
      await deps.seen.add(leadId);
      return { outcome, leadId, businessId };
    },
  };
}

/** Secrets from the environment (local runs); the Lambda reads Secrets Manager (./lambda.ts). */
export async function secretFromEnv(
  ref: WebhookChannel['secret'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (!('env' in ref)) throw new Error('notifications: secretId needs Secrets Manager (the AWS notifier)');
  const v = env[ref.env];
  if (!v) throw new Error(`notifications: environment variable ${ref.env} (a webhook secret) is not set`);
  return v;
}
