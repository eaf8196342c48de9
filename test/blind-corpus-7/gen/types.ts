/** The shapes this corpus's layouts share with the generator. Truth types come from corpus 1's model. */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode, Transfer } from './mime.js';
import type { Business, Lang, Person, Staff } from './people.js';
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
  /** A whole different root (multipart/report); the bodies are then ignored. */
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  /** A second staff member (colleague, owner, assignee). */
  staff2: Staff;
  message: string | null;
  /** The phone as written, or null. */
  phone: string | null;
  /** The same number in E.164, or null. */
  e164: string | null;
  /** An extension the customer gave (only in layouts with `extensions`), or null. */
  ext: string | null;
  /** The customer's country when it differs from the business's (only in layouts with foreignCustomers). */
  country: CountryCode;
  email: string | null;
  caps: boolean;
  n: number;
  /** A transfer encoding for attachments written by the layout. */
  transfer: Transfer;
}

export interface LeadResult {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Staff, platform and third-party names printed in the email. */
  others?: string[];
  /** Further written forms of the customer's PII (capitals, "Last, First"). */
  forms?: string[];
  /** When the layout wrote the phone differently from `ctx.phone` (a tel: URI): the form it wrote. */
  phoneWritten?: string;
}

export interface LeadLayout {
  id: string;
  description: string;
  count: number;
  sector?: Business['sector'];
  foreignCustomers?: boolean;
  needsEmail?: boolean;
  noEmail?: boolean;
  needsPhone?: boolean;
  needsMessage?: boolean;
  /** The message sits in the customer's own letter (greeting and sign-off added around it). */
  letter?: boolean;
  /** The message must fit on one line (logfmt, CSV cells). */
  oneLineMessage?: boolean;
  caps?: number;
  /** Whether the layout prints an extension after about 45% of the phones. */
  extensions?: boolean;
  forms?: readonly import('./people.js').PhoneForm[];
  body: string;
  build(ctx: LeadCtx): LeadResult;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  count: number;
  build(ctx: NonLeadCtx): Draft;
}

/** Localised text: one string per language. */
export type L = Record<Lang, string>;
