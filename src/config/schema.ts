import * as z from 'zod';
import { LEAD_SOURCES } from '../schemas/lead.js';

/** Default per-email limits. Each one bounds work an attacker controls (see stages/parse.ts). */
export const DEFAULT_MAX_EMAIL_BYTES = 10 * 1024 * 1024; // Kinesis records are ≤ 10 MiB (MiB)
export const DEFAULT_MAX_HEADER_BYTES = 256 * 1024; // top-level header block (bytes)
export const DEFAULT_MAX_DEPTH = 20; // nested multiparts (levels); compare postal-mime MAX_NESTING_DEPTH
export const DEFAULT_MAX_PARTS = 500; // MIME parts per message
export const DEFAULT_PARSE_TIMEOUT_MS = 2_000; // wall-clock budget for one parse (ms)
export const CONFIG_VERSION = 1;

/**
 * A regular expression written as a string in YAML. Compiled here, once, at config load, so a bad
 * pattern fails start-up (naming its key path) and no record pays for compiling it. Case-insensitive
 * unless the pattern starts with `(?-i)`; 'u' so character classes see code points, not UTF-16 halves.
 */
const regex = z.string().transform((src, ctx) => {
  const caseSensitive = src.startsWith('(?-i)');
  const body = caseSensitive ? src.slice(5) : src;
  try {
    return new RegExp(body, caseSensitive ? 'u' : 'iu');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `Invalid regular expression: ${(err as Error).message}` });
    return z.NEVER;
  }
});

const region = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 region such as US or DE');
const businessId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be lowercase letters, digits, . _ -');

const limitsSchema = z.strictObject({
  maxEmailBytes: z.number().int().positive().default(DEFAULT_MAX_EMAIL_BYTES),
  maxHeaderBytes: z.number().int().positive().default(DEFAULT_MAX_HEADER_BYTES),
  maxDepth: z.number().int().positive().default(DEFAULT_MAX_DEPTH),
  maxParts: z.number().int().positive().default(DEFAULT_MAX_PARTS),
  parseTimeoutMs: z.number().int().positive().default(DEFAULT_PARSE_TIMEOUT_MS),
});

const businessesSchema = z.strictObject({
  defaultRegion: region.default('US'),
  defaultBusinessId: businessId.default('unknown'),
  /** Exact recipient address (lowercased) → businessId; wins over a `+tag`. */
  recipients: z.record(z.string().min(3), businessId).default({}),
  /** businessId → region used to read national phone numbers. */
  regions: z.record(businessId, region).default({}),
});

const analyticsSchema = z.strictObject({
  messagePolicy: z.enum(['redact', 'drop']).default('redact'),
});

/**
 * Where a webhook's signing secret comes from: an environment variable (local runs) or a Secrets
 * Manager secret (the notifier Lambda). Never the secret itself: the rules file is not a secret.
 */
const secretRef = z.union([
  z.strictObject({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name') }),
  z.strictObject({ secretId: z.string().min(1) }),
]);

const webhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  secret: secretRef,
});

/** Retry policy for webhook deliveries (src/notify/webhook.ts). */
const deliverySchema = z.strictObject({
  maxAttempts: z.number().int().min(1).max(20).default(5),
  timeoutMs: z.number().int().positive().default(5_000),
  baseDelayMs: z.number().int().positive().default(500),
  maxDelayMs: z.number().int().positive().default(30_000),
});

const notificationsSchema = z.strictObject({
  delivery: deliverySchema.default(deliverySchema.parse({})),
  /** businessId → its channels. A business with none is not notified. */
  businesses: z
    .record(
      businessId,
      z.strictObject({
        webhook: webhookSchema.optional(),
        /** Publish to the SNS topic (AWS), where its email/SMS subscriptions filter on businessId. */
        sns: z.boolean().default(false),
      }),
    )
    .default({}),
});

const FIELD_NAMES = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'message',
  'campaign',
  'adId',
  'company',
  'jobTitle',
  'formName',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, _ -'),
  source: z.enum(LEAD_SOURCES),
  /**
   * Conditions on the (unwrapped, inner) notification. `mode: all` needs every given condition,
   * `any` needs one. A profile with no conditions matches everything (the fallback).
   */
  match: z
    .strictObject({
      mode: z.enum(['all', 'any']).default('all'),
      from: regex.optional(),
      subject: regex.optional(),
      headers: z.record(z.string().min(1), regex).default({}),
      body: regex.optional(),
    })
    .default({ mode: 'all', headers: {} }),
  extract: z
    .strictObject({
      /** Extra labels (any language) per field, tried before the built-in dictionaries. */
      labels: z.partialRecord(z.enum(FIELD_NAMES), z.array(z.string().min(1))).default({}),
      /** Patterns whose first capture group is the campaign / ad id, tried on the subject then the body. */
      campaign: regex.optional(),
      adId: regex.optional(),
      /** The sender is a platform, never the customer: do not fall back to From for name/email. */
      senderIsSystem: z.boolean().default(true),
    })
    .default({ labels: {}, senderIsSystem: true }),
});

export const configSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION),
  limits: limitsSchema.default(limitsSchema.parse({})),
  businesses: businessesSchema.default(businessesSchema.parse({})),
  analytics: analyticsSchema.default({ messagePolicy: 'redact' }),
  profiles: z.array(profileSchema).default([]),
  notifications: notificationsSchema.default(notificationsSchema.parse({})),
});

export type LeadstreamConfig = z.infer<typeof configSchema>;
export type SourceProfile = LeadstreamConfig['profiles'][number];
export type NotificationsConfig = LeadstreamConfig['notifications'];
export type WebhookChannel = z.infer<typeof webhookSchema>;
export { FIELD_NAMES };
