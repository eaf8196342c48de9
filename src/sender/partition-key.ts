import { createHash } from 'node:crypto';
import type { LeadstreamConfig } from '../config/schema.js';
import { envelopeRecipientsOf } from '../ingress/envelope.js';
import { createBusinessRouter } from '../processors/routing.js';
import { findEmails } from '../processors/stages/normalise.js';

/**
 * The Kinesis partition key for a raw email: its businessId, so one business's emails land on one
 * shard in order. It must be cheap (the sender sees every email), so instead of parsing MIME it
 * scans the top-level header block for recipients and applies the core's rule
 * (src/processors/routing.ts): an exact recipient mapping from config wins, else the first `+tag` of
 * X-Original-To, Delivered-To, To, Cc.
 *
 * When no business is found the core files the email under `defaultBusinessId`, but sending all of
 * those to one key would make one hot shard (and ordering among unknown-business emails means
 * nothing), so those get a key from the content hash instead.
 */
export const MAX_HEADER_SCAN_BYTES = 64 * 1024;
const RECIPIENT_HEADERS = ['x-original-to', 'delivered-to', 'to', 'cc'] as const;
const ENVELOPE_TO = 'x-leadstream-envelope-to';

export type PartitionKeyFn = (raw: Uint8Array) => { key: string; businessId: string | null };

export function createPartitionKeyFn(
  businesses?: Pick<LeadstreamConfig['businesses'], 'recipients'>,
): PartitionKeyFn {
  const route = createBusinessRouter({ recipients: businesses?.recipients ?? {} });
  return (raw) => {
    const businessId = route(headerRecipients(raw));
    if (businessId) return { key: businessId, businessId };
    return { key: `h-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`, businessId: null };
  };
}

/**
 * Lowercased addresses of the recipient headers, in header-priority order; only the envelope
 * recipients when our ingress prepended them (src/ingress/envelope.ts), as the core routes by them.
 */
export function headerRecipients(raw: Uint8Array): string[] {
  const head = Buffer.from(
    raw.buffer,
    raw.byteOffset,
    Math.min(raw.byteLength, MAX_HEADER_SCAN_BYTES),
  ).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = end === -1 ? head : head.slice(0, end);
  // Unfold (RFC 5322 §2.2.3): a line starting with white space continues the previous header.
  const lines = block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const byName = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence is ours (prepended); a later one is the sender's.
    if (name === ENVELOPE_TO) return envelopeRecipientsOf(line.slice(colon + 1));
    if (!(RECIPIENT_HEADERS as readonly string[]).includes(name)) continue;
    const found = findEmails(line.slice(colon + 1));
    let list = byName.get(name);
    if (!list) {
      list = [];
      byName.set(name, list);
    }
    list.push(...found);
  }
  return RECIPIENT_HEADERS.flatMap((n) => byName.get(n) ?? []);
}
