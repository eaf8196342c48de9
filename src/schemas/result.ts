import type { AnalyticsRecord } from './analytics.js';
import type { Lead } from './lead.js';

/**
 * Why an email did not become a lead. Every rejected email carries one of these plus a
 * human-readable detail (never containing PII), so nothing is dropped silently.
 */
export const REJECT_REASONS = [
  'too_large', // over the per-email byte limit
  'malformed', // the MIME parser failed or a structural limit (depth, headers, parts) was crossed
  'timeout', // parsing or extraction exceeded the per-email time budget
  'auto_reply', // Auto-Submitted, out-of-office, vacation responders
  'delivery_report', // multipart/report, bounces, DSNs
  'bulk', // List-Unsubscribe, Precedence: bulk/list/junk, newsletters
  'transactional', // invoices, receipts, order and payment confirmations
  'spam', // a receiving system's spam or virus verdict, or the triage model's spam score
  'calendar', // meeting invitations and responses: text/calendar parts, .ics files, meeting subjects
  'account_notice', // password resets, verification codes, sign-in alerts, quota warnings
  'customer_service', // a thread about an existing order, booking or ticket
  'sender_rule', // the rules file says mail from this sender is never a lead
  'no_contact', // a notification with no email or phone for the customer
  'no_matching_rule', // nothing in the config matched and the generic fallback found nothing
  'needs_review', // may be a lead but is not clearly one: a person should look (replayable)
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  reason: RejectReason;
  /** Short explanation for operators. Must not contain addresses, phone numbers or message text. */
  detail: string;
}

/** The outcome of running the pure core on one raw email. The core never throws for bad input. */
export type ProcessResult =
  | { status: 'lead'; lead: Lead; analytics: AnalyticsRecord }
  | { status: 'rejected'; leadId: string; businessId: string | null; rejection: Rejection };

/** Context the caller knows about an email that is not inside the bytes. */
export interface EmailContext {
  /** Arrival time (Kinesis approximateArrivalTimestamp, or file mtime for the CLI). */
  receivedAt: Date;
}
