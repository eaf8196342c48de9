/** What a layout receives and returns. The truth types themselves come from ../../blind-corpus/gen/model.ts. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode } from './mime.js';
import type { Business, Lang, Person, Sector } from './people.js';
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
  /** With both bodies: the one sent alone when a third of the emails drop one (either one when unset). */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  /** A whole different root (e.g. multipart/report); the bodies are then ignored. */
  root?: MimeNode;
}

export interface Customer {
  person: Person;
  first: string;
  /** Null when the customer gave only a first name. */
  last: string | null;
  full: string;
  email: string | null;
  /** E.164, or null without a phone. */
  e164: string | null;
  /** The phone as the customer wrote it. */
  phone: string | null;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  c: Customer;
  /** A member of staff's name (negotiator, coordinator, forwarding colleague). */
  staff: string;
  /** The customer's words for this sector, or null when they wrote nothing. */
  message: string | null;
  n: number;
}

export interface LeadOut {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Staff and third-party names printed in the email. */
  others?: string[];
  /** Further written forms of the customer's PII (capitals, "LAST, First", a second phone form). */
  pii?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  count: number;
  sector?: Sector;
  /** The customer must give an email (their own mail client, a reply-to). */
  needsEmail?: boolean;
  needsPhone?: boolean;
  needsSurname?: boolean;
  /** Probability that the customer left the message empty (default 0.08). */
  noMessage?: number;
  /** Customers may not be abroad (a local-only service). */
  localOnly?: boolean;
  build(ctx: LeadCtx): LeadOut;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: string;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  count: number;
  build(ctx: NonLeadCtx): Draft;
}
