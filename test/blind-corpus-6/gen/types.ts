/** The shapes this corpus's layouts and generator share; the truth types come from corpus 1's model. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'cars' | 'vet' | 'estate' | 'industry' | 'trades';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  region: string;
  sector: Sector;
  inbox: string;
  domain: string;
  /** The business's own switchboard as printed (a distractor, never the customer's). */
  phone: string;
  town: string;
  /** What customers ask this business about, in its language. */
  services: string[];
}

export interface Person {
  first: string;
  last: string | null;
  email: string;
  /** Where the customer's phone is from (ISO region). */
  country: string;
}

export interface PhoneForm {
  written: string;
  e164: string;
  /** An extension the layout may print after the number (never part of the expected phone). */
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
  /** With both bodies: which one may be sent alone. */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  p: Person;
  /** The customer's phone as written, or null. */
  phone: PhoneForm | null;
  /** An answer in the phone field that is no number (then `phone` is null). */
  badPhone: string | null;
  /** The customer's email, or null when they gave none. */
  email: string | null;
  message: string | null;
  /** The business's service this lead asks about. */
  service: string;
  staff: string;
  staffPhone: string;
  n: number;
}

export interface LeadResult {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Extra written forms of the customer's name (capitals, "Last, First", …). */
  names?: string[];
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  sector?: Sector;
  allowsBadPhone?: boolean;
  foreignCustomers?: boolean;
  needsEmail?: boolean;
  needsPhone?: boolean;
  needsSurname?: boolean;
  /** Share of customers who give a first name only. */
  singleName?: number;
  /** Share of leads with no message. */
  noMessage?: number;
  extensions?: boolean;
  /** The customer writes a letter: the message has no greeting or sign-off of its own. */
  personal?: boolean;
  build(ctx: LeadCtx): LeadResult;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  p: Person;
  phone: PhoneForm;
  staff: string;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}
