import { createHash } from 'node:crypto';
import { BUSINESS_ID_SOURCE } from '../config/names.js';
import type { LeadstreamConfig } from '../config/schema.js';

/**
 * Routing: which business an email belongs to, and the id of the lead it becomes. The core and the
 * sender (src/sender/partition-key.ts) share the business rule, so an email's Kinesis partition key is
 * the business the core files it under.
 */

/** The `+tag` of a recipient address (`leads+acme-motors@inbound.example` → `acme-motors`). */
const TAG = new RegExp(`^[^+@]+\\+(${BUSINESS_ID_SOURCE})@`, 'i');

/**
 * The business rule: an exact recipient mapping from the config wins, else the first `+tag` of the
 * recipients (lowercased addresses in header-priority order). Null when neither names a business.
 */
export function createBusinessRouter(
  businesses: Pick<LeadstreamConfig['businesses'], 'recipients'>,
): (recipients: readonly string[]) => string | null {
  const mapped = new Map(Object.entries(businesses.recipients).map(([k, v]) => [k.toLowerCase(), v]));
  return (recipients) => {
    for (const r of recipients) {
      const id = mapped.get(r);
      if (id) return id;
    }
    for (const r of recipients) {
      const tag = TAG.exec(r)?.[1];
      if (tag) return tag.toLowerCase();
    }
    return null;
  };
}

/**
 * Deterministic lead id, so a replayed email (Kinesis re-delivers whole batches) gets the same id
 * and consumers can drop duplicates. With a Message-ID: SHA-256 over "<Message-ID>\n<businessId>"
 * (the same notification sent to two businesses is two leads; a re-sent copy with re-stamped
 * Received headers is still one). Without one (or when the email could not be parsed): SHA-256 over
 * the raw bytes. The first 128 bits are formatted as an RFC 9562 UUIDv8 (custom, hash-based).
 */
export function leadIdFor(raw: Uint8Array, messageId: string | null, businessId: string | null): string {
  const h = createHash('sha256');
  if (messageId && businessId) h.update(`${messageId.trim()}\n${businessId}`, 'utf8');
  else h.update(raw);
  const b = h.digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80; // version 8
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
