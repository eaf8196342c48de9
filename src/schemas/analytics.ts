/**
 * The analytics record: what Firehose converts to Parquet for Athena. It holds no direct
 * identifiers (see src/processors/stages/anonymise.ts).
 *
 * ANALYTICS_COLUMNS is the single source of truth for the columns: the local Parquet writer,
 * the Glue table in infra/ and the tests all derive from it. Add a column here and nowhere else.
 * The platform's own lead id is deliberately not a column: it identifies a person at the platform
 * (docs/platform-identifiers.md).
 */
import { LEAD_SOURCES } from './lead.js';

export const ANALYTICS_COLUMN_TYPES = ['string', 'int', 'double', 'timestamp'] as const;
export type AnalyticsColumnType = (typeof ANALYTICS_COLUMN_TYPES)[number];

export interface AnalyticsColumn {
  readonly name: string;
  readonly type: AnalyticsColumnType;
  readonly nullable: boolean;
  readonly comment: string;
}

export const ANALYTICS_COLUMNS = [
  {
    name: 'lead_id',
    type: 'string',
    nullable: false,
    comment: 'Same id as the Lead on Kafka; joins the two.',
  },
  { name: 'business_id', type: 'string', nullable: false, comment: 'Business the lead belongs to.' },
  {
    name: 'source',
    type: 'string',
    nullable: false,
    comment: `One of ${LEAD_SOURCES.join(', ')}.`,
  },
  { name: 'campaign', type: 'string', nullable: true, comment: 'Campaign name from the notification.' },
  { name: 'ad_id', type: 'string', nullable: true, comment: 'Ad id from the notification.' },
  {
    name: 'email_hash',
    type: 'string',
    nullable: true,
    comment: 'HMAC-SHA256 (hex) of the lowercased email, keyed by a secret.',
  },
  {
    name: 'email_domain',
    type: 'string',
    nullable: true,
    comment: 'Domain part of the email, e.g. gmail.com.',
  },
  {
    name: 'phone_hash',
    type: 'string',
    nullable: true,
    comment: 'HMAC-SHA256 (hex) of the E.164 phone, keyed by a secret.',
  },
  {
    name: 'phone_country_code',
    type: 'string',
    nullable: true,
    comment: 'Calling code of the phone, e.g. 1 or 49.',
  },
  {
    name: 'message_length',
    type: 'int',
    nullable: false,
    comment: 'Length of the message in characters (0 when none).',
  },
  {
    name: 'message_redacted',
    type: 'string',
    nullable: true,
    comment: 'Message with PII redacted, or null when the policy drops messages.',
  },
  {
    name: 'language',
    type: 'string',
    nullable: true,
    comment: 'ISO 639-1 language of the message, when detected.',
  },
  {
    name: 'received_at',
    type: 'timestamp',
    nullable: false,
    comment: 'When the email entered the pipeline (UTC, millisecond precision).',
  },
  { name: 'rule_id', type: 'string', nullable: false, comment: 'Source profile that extracted the lead.' },
  { name: 'confidence', type: 'double', nullable: false, comment: 'Extraction confidence, 0..1.' },
  // Added later: new columns go last, so Parquet files written before them still line up.
  { name: 'form_id', type: 'string', nullable: true, comment: 'Ad platform lead form id.' },
  { name: 'campaign_id', type: 'string', nullable: true, comment: 'Ad platform campaign id.' },
] as const satisfies readonly AnalyticsColumn[];

/** Hive-style partition column written as the `dt=YYYY-MM-DD/` prefix, from received_at (UTC). */
export const ANALYTICS_PARTITION_KEY = {
  name: 'dt',
  type: 'string',
  comment: 'Received date, YYYY-MM-DD (UTC).',
} as const;

type ColumnValue<C extends AnalyticsColumn> = C['type'] extends 'string'
  ? string
  : C['type'] extends 'timestamp'
    ? number
    : number;

/** One analytics row. `received_at` is epoch milliseconds (Firehose's JSON→Parquet conversion reads "millis"). */
export type AnalyticsRecord = {
  -readonly [C in (typeof ANALYTICS_COLUMNS)[number] as C['name']]: C['nullable'] extends true
    ? ColumnValue<C> | null
    : ColumnValue<C>;
};
