/**
 * Webhook signatures. The receiver checks that a delivery came from us and is fresh:
 *
 *   Leadstream-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
 *
 * Signing the timestamp with the body lets the receiver refuse a captured request replayed later
 * (outside the tolerance window) without keeping state; within the window, `Idempotency-Key` (the
 * leadId) makes a repeat harmless. Verification snippets for receivers, in TypeScript and Python,
 * are in docs/notifications.md (and tested against this module).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'leadstream-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How old a signed timestamp a receiver should accept (seconds). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signatureHeader(secret: string, body: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${hmacHex(secret, `${timestampSeconds}.${body}`)}`;
}

/** True when `header` carries a valid signature of `body` made within `toleranceSeconds` of `nowSeconds`. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  const parts = new Map(header.split(',').map((kv) => kv.trim().split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = hmacHex(secret, `${t}.${body}`);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function hmacHex(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
}
