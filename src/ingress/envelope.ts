/**
 * The SMTP envelope (MAIL FROM, RCPT TO) travels with the message as header fields prepended above
 * the original bytes, which stay byte for byte as received. The envelope recipient is who the mail
 * was delivered to; the To: header is only what the sender wrote (a forwarded lead names the
 * customer's original addressee), so routing to a business reads the envelope first.
 *
 * A sender can write these field names itself. Ours are prepended, so they come first: readers take
 * the first occurrence only, as with Received ordering (RFC 5321 §4.4).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export const ENVELOPE_FROM_HEADER = 'X-Leadstream-Envelope-From';
export const ENVELOPE_TO_HEADER = 'X-Leadstream-Envelope-To';

export interface Envelope {
  /** MAIL FROM; '' for the null reverse-path (bounces). */
  mailFrom: string;
  /** RCPT TO addresses accepted for this record. */
  rcptTo: string[];
}

export interface TraceInfo {
  /** The client's HELO/EHLO name. */
  heloName: string;
  remoteAddress: string;
  /** When the message was received. */
  at: Date;
  /** The receiving host's name in the Received line. @default os.hostname() */
  by?: string;
}

/** Header lines to prepend: the envelope fields and an RFC 5321 §4.4 Received trace line. */
export function traceHeaders(envelope: Envelope, trace: TraceInfo): Buffer {
  const id = randomBytes(8).toString('hex');
  const helo = safeToken(trace.heloName) || 'unknown';
  const forClause = envelope.rcptTo.length === 1 ? ` for <${envelope.rcptTo[0]}>` : '';
  const lines = [
    `${ENVELOPE_FROM_HEADER}: <${envelope.mailFrom}>`,
    `${ENVELOPE_TO_HEADER}: ${envelope.rcptTo.map((r) => `<${r}>`).join(', ')}`,
    `Received: from ${helo} ([${safeToken(trace.remoteAddress)}])\r\n\tby ${safeToken(trace.by ?? hostname())} (leadstream) with ESMTP id ${id}${forClause};\r\n\t${rfc5322Date(trace.at)}`,
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** Lowercased addresses of the first X-Leadstream-Envelope-To field value, or [] when absent. */
export function envelopeRecipientsOf(firstValue: string | undefined): string[] {
  if (!firstValue) return [];
  return (firstValue.match(/[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g) ?? []).map((a) => a.toLowerCase());
}

/** A token that cannot break the header line it is written into. */
function safeToken(s: string): string {
  return s.replace(/[^\x21-\x7e]|[()[\]<>;]/g, '').slice(0, 255);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 §3.3 date-time in UTC, e.g. `Fri, 04 Dec 2026 14:30:00 +0000`. */
export function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
