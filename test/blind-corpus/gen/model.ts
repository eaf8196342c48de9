/** The shapes shared by the layouts, the generator and the scorer. */
import type { Address, MimeNode } from './mime.js';
import type { Business, Lang, Person, Staff } from './people.js';
import type { Rng } from './rng.js';

export interface Expected {
  email: string | null;
  phone: string | null;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  message: string | null;
  source: string;
  campaign: string | null;
  adId: string | null;
  formId: string | null;
  campaignId: string | null;
  platformLeadId: string | null;
  businessId: string;
}

export interface LeadTruth {
  file: string;
  kind: 'lead';
  layout: string;
  language: Lang;
  encoding: string;
  expected: Expected;
  pii: string[];
  /** Staff and third-party names in the same email: not the lead, but no name may reach analytics. */
  otherPii: string[];
}

export interface NonLeadTruth {
  file: string;
  kind: 'non-lead';
  layout: string;
  language: Lang;
  encoding: string;
  expectedReason: string;
}

export type Truth = LeadTruth | NonLeadTruth;

/** What a layout writes: the envelope, one or two bodies and optional attachments. */
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
  /** A whole different root (e.g. multipart/report); the bodies are then ignored. */
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  /** The customer's message with placeholders filled, or null when this lead has none. */
  message: string | null;
  /** The phone as the customer wrote it, or null when they gave none. */
  phone: string | null;
  /** Whether the customer gave their email (always true when no phone). */
  hasEmail: boolean;
  /** Render names in capitals, as some dealer systems and CRMs export them. */
  caps: boolean;
  n: number;
}

export interface LeadLayout {
  id: string;
  description: string;
  count: number;
  /** Sector the layout belongs to, when it only makes sense for one (a car dealer's DMS). */
  sector?: Business['sector'];
  /** Whether the layout can carry a phone the customer wrote in a form that does not parse. */
  allowsBadPhone?: boolean;
  /** Whether the customer may be abroad (layout shows the number internationally or with a country). */
  foreignCustomers?: boolean;
  /** Layouts where the customer's email is structural (a forwarded personal email). */
  needsEmail?: boolean;
  /** Layouts whose name field needs a surname ("Last name, First name"). */
  needsSurname?: boolean;
  /** `others`: names of staff and third parties printed in the email (also never to reach analytics). */
  build(ctx: LeadCtx): { draft: Draft; expected?: Partial<Expected>; others?: string[] };
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
  count: number;
  build(ctx: NonLeadCtx): Draft;
}

export type { Address };
