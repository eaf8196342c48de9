/** The shapes this corpus's layouts share. The truth types come from corpus 1's model. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Charset, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'bees' | 'riding' | 'bridal' | 'drone' | 'watch';

export interface Address {
  name?: string;
  email: string;
}

export interface Business {
  id: string;
  name: string;
  short: string;
  lang: Lang;
  sector: Sector;
  region: string;
  neighbour: string;
  inbox: string;
  domain: string;
  street: string;
  city: string;
  switchboard: string;
  web: string;
}

export interface Staff {
  first: string;
  last: string;
  role: string;
  email: string;
  phone: string;
}

export interface Customer {
  first: string;
  last: string;
  email: string;
}

export interface CustomerPhone {
  e164: string;
  written: string;
  /** Region the written form is read in (the stated country, else the business's). */
  region: string;
  abroad: boolean;
  ext: string | null;
}

export interface Draft {
  from: Address;
  to?: Address[];
  cc?: Address[];
  replyTo?: Address;
  subject: string;
  headers?: [string, string][];
  text?: string;
  html?: string;
  primary?: 'text' | 'html';
  /** Attachments are written once the email's charset is drawn. */
  attachments?: ((cs: Charset) => MimeNode)[];
  /** A text/calendar alternative to the text part (METHOD:REQUEST). */
  calendar?: string;
  /** A multipart/report delivery status notification instead of ordinary bodies. */
  dsn?: { human: string; status: string; original: string };
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Customer;
  staff: Staff;
  staff2: Staff;
  message: string | null;
  phone: CustomerPhone | null;
  hasEmail: boolean;
  caps: boolean;
  /** The customer's country (the business's unless abroad). */
  country: string;
  service: string;
  n: number;
}

export interface Built {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Extra written forms of the customer's PII (capitals, "Last, First", a vCard's E.164). */
  pii?: string[];
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  /** 'field': abroad with a national number and a country field; 'intl': abroad, written internationally. */
  foreign?: 'field' | 'intl';
  extension?: boolean;
  needsEmail?: boolean;
  build(ctx: LeadCtx): Built;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Customer;
  staff: Staff;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}
