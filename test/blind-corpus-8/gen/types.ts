/** The shapes shared by this corpus's layouts and generator (the truth types are corpus 1's model.ts). */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, Charset, MimeNode, Transfer } from './mime.js';
import type { Business, Lang, Person, Region, Sector, Staff } from './people.js';
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
  /** A whole different root (multipart/report, a calendar alternative); the bodies are then ignored. */
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  /** A second colleague, never the same names as `staff`. */
  staff2: Staff;
  message: string | null;
  /** The customer's number (E.164) or null. */
  phone: string | null;
  /** The number as the customer wrote it (readable from `country`), or null. */
  phoneText: string | null;
  /** Where the customer lives (the business's region unless the layout takes foreign customers). */
  country: Region;
  hasEmail: boolean;
  charset: Charset;
  transfer: Transfer;
  n: number;
}

export interface LeadResult {
  draft: Draft;
  expected?: Partial<Expected>;
  /** More written forms of the customer's PII than first, last, "first last", email and phone text. */
  pii?: string[];
  /** Replaces the default name forms when the layout never prints "first last". */
  namePii?: string[];
  /** Replaces the phone as written when the layout prints it otherwise (split dial code). */
  phonePii?: string[];
  /** Staff and third parties printed in the email. */
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  sector?: Sector;
  foreignCustomers?: boolean;
  /** Customers abroad without a country field: they write their number internationally. */
  foreignIntl?: boolean;
  needsEmail?: boolean;
  needsMessage?: boolean;
  noEmail?: boolean;
  /** Share of customers who give a phone (default 0.85). */
  phoneRate?: number;
  /** Which bodies: text, html, alt (both, a third sent as `primary` only). */
  bodies: 'text' | 'html' | 'alt';
  build(ctx: LeadCtx): LeadResult;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  charset: Charset;
  transfer: Transfer;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  bodies: 'text' | 'html' | 'alt';
  build(ctx: NonLeadCtx): Draft;
}
