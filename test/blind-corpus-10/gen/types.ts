/** The shapes this corpus's layouts share with the generator (the truth types come from ../../blind-corpus/gen/model). */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Business, Lang, Person, Staff } from './data.js';
import type { Address, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export interface Draft {
  from: Address;
  to?: Address[];
  cc?: Address[];
  replyTo?: Address;
  subject: string;
  headers?: [string, string][];
  text?: string;
  html?: string;
  /** With both bodies: which one may be sent alone (the other is then dropped). */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  /** The customer's message as paragraphs, or null when they wrote none. */
  msg: string[] | null;
  /** The phone as written by the customer (null when none) and its E.164 form. */
  phone: string | null;
  phoneE164: string | null;
  /** Whether the customer gave an email (always when no phone). */
  hasEmail: boolean;
  caps: boolean;
  /** The customer's country code and its name in the email's language. */
  country: string;
  countryName: string;
  n: number;
}

export interface LeadOut {
  draft: Draft;
  expected?: Partial<Expected>;
  others?: string[];
  /** Extra written forms of the customer's PII (Last, First; capitals). */
  extraPii?: string[];
  /** The phone field holds words, not a number: the truth's phone is then null. */
  phoneUnreadable?: boolean;
}

export interface LeadLayout {
  id: string;
  description: string;
  /** The customer may live in the neighbouring country (the email states the country or writes the number internationally). */
  foreign?: 'country-field' | 'international';
  /** Phone forms the layout writes (default: any that reads back). */
  forms?: string[];
  needsEmail?: boolean;
  build(ctx: LeadCtx): LeadOut;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}

export type { Business, Lang, Person, Staff };
