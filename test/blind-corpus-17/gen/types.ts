/** This corpus's layout contract and small text helpers. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export type Sector = 'escape' | 'genealogy' | 'marquee' | 'aquatics' | 'yoga';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  country: string;
  city: string;
  inbox: string;
  domain: string;
  currency: (n: number) => string;
  /** Where its customers abroad come from. */
  abroad: string;
}

export interface Phone {
  /** As the customer wrote it, without an extension. */
  written: string;
  e164: string;
  ext: string | null;
  country: string;
}

export interface Customer {
  first: string;
  last: string | null;
  country: string;
  email: string | null;
  phone: Phone | null;
  /** Names printed in capitals in this email. */
  caps: boolean;
}

export interface Staff {
  first: string;
  last: string;
  title: string;
  direct: string;
  mobile: string;
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
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  c: Customer;
  staff: Staff;
  /** A second member of staff (forward of a forward). */
  staff2: Staff;
  message: string | null;
  n: number;
  charset: 'utf-8' | 'iso-8859-1' | 'windows-1252';
}

export interface LeadResult {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Staff and third-party names printed in the email. */
  others?: string[];
  /** Optional PII forms printed (checked, kept where found). */
  extraPii?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  sectors?: readonly Sector[];
  /** 'field': the layout prints the customer's country, numbers may be national. */
  country?: 'field';
  foreign?: boolean;
  noMessage?: boolean;
  optionalMessage?: boolean;
  needsEmail?: boolean;
  needsPhone?: boolean;
  needsSurname?: boolean;
  singleNames?: boolean;
  caps?: boolean;
  ext?: boolean;
  /** The layout prints the number in E.164 whatever the customer typed (a vCard `tel:` URI). */
  e164Only?: boolean;
  build(ctx: LeadCtx): LeadResult;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}

export function T<V>(lang: Lang, v: Record<Lang, V>): V {
  return v[lang];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs as HTML: `<p>` per paragraph, `<br>` per line. */
export function htmlParas(s: string): string {
  return s
    .split(/\n\n/)
    .map((p) => `<p>${p.split('\n').map(esc).join('<br>\n')}</p>`)
    .join('\n');
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}

export function fullName(c: Customer): string {
  return c.last ? `${c.first} ${c.last}` : c.first;
}

/** The name as the email prints it (capitals on some leads). */
export function shown(c: Customer, part: 'first' | 'last' | 'full'): string {
  const s = part === 'first' ? c.first : part === 'last' ? (c.last ?? '') : fullName(c);
  return c.caps ? upper(s) : s;
}

export function phoneShown(c: Customer, extWord: string): string {
  if (!c.phone) return '';
  return c.phone.ext ? `${c.phone.written} ${extWord} ${c.phone.ext}` : c.phone.written;
}
