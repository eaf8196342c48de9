import { getCountries } from 'libphonenumber-js';
import * as z from 'zod';
import { LEAD_SOURCES } from '../schemas/lead.js';
import { businessId } from './names.js';
import { compilePattern } from './pattern.js';

/** Default per-email limits. Each one bounds work an attacker controls (see stages/parse.ts). */
export const DEFAULT_MAX_EMAIL_BYTES = 10 * 1024 * 1024; // Kinesis records are ≤ 10 MiB (MiB)
export const DEFAULT_MAX_HEADER_BYTES = 256 * 1024; // top-level header block (bytes)
export const DEFAULT_MAX_DEPTH = 20; // nested multiparts (levels); compare postal-mime MAX_NESTING_DEPTH
export const DEFAULT_MAX_PARTS = 500; // MIME parts per message
/**
 * Wall-clock budget for one email's whole processing: parse, classify, extract, anonymise (ms).
 * Normal emails take 1–10 ms and the adversarial ones in `npm run bench -- hostile` ≤ 100 ms; this is
 * the backstop that turns anything slower into a `timeout` rejection instead of a batch timeout.
 */
export const DEFAULT_TIME_BUDGET_MS = 1_000;
export const CONFIG_VERSION = 1;

/**
 * A pattern written as a string in YAML, compiled here with RE2 (linear time, see pattern.ts), once,
 * at config load: a pattern RE2 cannot compile fails start-up naming its key path, and no record pays
 * for compiling it. Case-insensitive unless the pattern starts with `(?-i)`.
 */
const pattern = z.string().transform((src, ctx) => {
  try {
    return compilePattern(src);
  } catch (err) {
    ctx.addIssue({
      code: 'custom',
      message: `Invalid regular expression (RE2 syntax: no lookaround or backreferences): ${(err as Error).message}`,
    });
    return z.NEVER;
  }
});

/** The regions libphonenumber has metadata for: any other code would leave every national number unread. */
const PHONE_REGIONS = new Set<string>(getCountries());
const region = z.string().refine((code) => PHONE_REGIONS.has(code), {
  error: (issue) =>
    `must be an ISO 3166-1 alpha-2 region libphonenumber knows, such as US, DE or GB; got '${String(issue.input)}'`,
});

const limitsSchema = z.strictObject({
  maxEmailBytes: z.number().int().positive().default(DEFAULT_MAX_EMAIL_BYTES),
  maxHeaderBytes: z.number().int().positive().default(DEFAULT_MAX_HEADER_BYTES),
  maxDepth: z.number().int().positive().default(DEFAULT_MAX_DEPTH),
  maxParts: z.number().int().positive().default(DEFAULT_MAX_PARTS),
  timeBudgetMs: z.number().int().positive().default(DEFAULT_TIME_BUDGET_MS),
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

/** The `notifications` section; the notifier Lambda validates its copy of it with this too. */
export const notificationsSchema = z.strictObject({
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

/**
 * A sender in a triage list: an exact address (`leads@portal.example`) or a domain
 * (`portal.example`, which also covers its subdomains). Plain strings, compared exactly: no
 * patterns, so matching is linear whatever the list holds.
 */
const DOMAIN_SYNTAX = '[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+';
const senderEntry = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    new RegExp(`^(?:[^\\s@]{1,64}@)?${DOMAIN_SYNTAX}$`),
    'must be an email address or a domain such as portal.example',
  );
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^${DOMAIN_SYNTAX}$`), 'must be a domain such as acme.example');

const senderRulesSchema = z.strictObject({
  /** Mail from these senders is a lead whatever triage thinks (it still needs a contact). */
  alwaysLead: z.array(senderEntry).default([]),
  /** Mail from these senders is never a lead (reason `sender_rule`). */
  neverLead: z.array(senderEntry).default([]),
  /** The business's own mail domains: a reply in a thread it started is customer service. */
  ownDomains: z.array(domain).default([]),
});
export type SenderRules = z.infer<typeof senderRulesSchema>;

const probability = z.number().min(0).max(1);
const triageSchema = z.strictObject({
  /** Below this lead probability an email goes to the rejected topic as `needs_review`. */
  reviewThreshold: probability.default(0.4),
  /** At or above this spam probability an email is `spam` (`needs_review` if it has a lead form). */
  spamThreshold: probability.default(0.95),
  /** Sender rules and own domains by businessId; `'*'` applies to every business. */
  businesses: z.record(z.union([businessId, z.literal('*')]), senderRulesSchema).default({}),
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
  'formId',
  'campaignId',
  /** The platform's own id for the lead ("Lead ID"): never the ad id. */
  'platformLeadId',
  /** An explicit country field: the region phones are read in. */
  'country',
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
      from: pattern.optional(),
      subject: pattern.optional(),
      headers: z.record(z.string().min(1), pattern).default({}),
      body: pattern.optional(),
    })
    .default({ mode: 'all', headers: {} }),
  extract: z
    .strictObject({
      /** Extra labels (any language) per field, tried before the built-in dictionaries. */
      labels: z.partialRecord(z.enum(FIELD_NAMES), z.array(z.string().min(1))).default({}),
      /** Patterns whose first capture group is the campaign / ad id, tried on the subject then the body. */
      campaign: pattern.optional(),
      adId: pattern.optional(),
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
  triage: triageSchema.default(triageSchema.parse({})),
  profiles: z.array(profileSchema).default([]),
  notifications: notificationsSchema.default(notificationsSchema.parse({})),
});

export type LeadstreamConfig = z.infer<typeof configSchema>;
export type SourceProfile = LeadstreamConfig['profiles'][number];
export type NotificationsConfig = LeadstreamConfig['notifications'];
export type WebhookChannel = z.infer<typeof webhookSchema>;
export type TriageConfig = LeadstreamConfig['triage'];
export { FIELD_NAMES };
