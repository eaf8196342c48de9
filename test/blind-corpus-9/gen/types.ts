/** The shapes of corpus 9's layouts. The truth types are the shared ones of `../../blind-corpus/gen/model.ts`. */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode } from './mime.js';
import type { Business, Lang, Person, PhoneForm, Staff } from './people.js';
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
  /** With both bodies: which one may be sent alone on every third email. */
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
  staff2: Staff;
  /** A valid number of the business's country for a third party (account manager, agency). */
  extraPhone: string;
  message: string | null;
  /** The customer's number (E.164) or null. */
  phone: string | null;
  /** The customer's country (the business's, or a neighbour's for foreign customers). */
  country: CountryCode;
  foreign: boolean;
  hasEmail: boolean;
  caps: boolean;
  n: number;
  /** Writes the customer's phone in `form` as read from `region` (default: the customer's country) and records it as PII. */
  writePhone(form: PhoneForm, region?: CountryCode): string;
  /** Records a written form of the customer's name or contact that must be in the email. */
  pii(s: string): string;
}

export interface LeadLayout {
  id: string;
  description: string;
  count: number;
  foreignCustomers?: boolean;
  /** Where this layout's customers abroad live, when not the business's neighbouring country. */
  abroad?: (businessCountry: CountryCode) => CountryCode | undefined;
  needsEmail?: boolean;
  /** Share of customers with names in capitals. */
  caps?: number;
  build(ctx: LeadCtx): { draft: Draft; expected?: Partial<Expected>; others?: string[] };
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
