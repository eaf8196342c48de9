/** The shapes the layouts and the generator share (the truth types come from corpus 1's model.ts). */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, Charset, MimeNode, Transfer } from './mime.js';
import type { Business, Lang } from './people.js';
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
  /** With both bodies: the one that may be sent alone (a third of such emails drop the other). */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  /** A whole different root (multipart/report, calendar); the bodies are then ignored. */
  root?: MimeNode;
}

export interface Customer {
  first: string;
  last: string;
  full: string;
  email: string | null;
  /** The phone as written (also an unparseable answer), or null when none was given. */
  phoneWritten: string | null;
  /** E.164, null when none was given or it does not parse. */
  phone: string | null;
  message: string | null;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  c: Customer;
  charset: Charset;
  transfer: Transfer;
  n: number;
}

export interface LeadBuild {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Written forms of the customer's PII beyond the defaults (capitals, "LAST, First"). */
  pii?: string[];
  /** Staff and third-party names printed in the email. */
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  /** The phone may be written in international forms, the customer may live abroad. */
  foreign?: boolean;
  /** The phone field may hold an answer that is not a number. */
  badPhones?: boolean;
  /** The phone may carry an extension. */
  extensions?: boolean;
  /** The customer always writes a message (personal emails, ad forms with a question). */
  needsMessage?: boolean;
  /** The customer's email is always present (a forwarded personal email). */
  needsEmail?: boolean;
  /** Restrict the drawn transfer encodings / charsets (e.g. plain-text tables stay readable). */
  transfers?: Transfer[];
  charsets?: Charset[];
  build(ctx: LeadCtx): LeadBuild;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  charset: Charset;
  transfer: Transfer;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  count: number;
  transfers?: Transfer[];
  build(ctx: NonLeadCtx): Draft;
}
