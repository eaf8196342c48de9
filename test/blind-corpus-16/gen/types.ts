/** This corpus's layout contract and small helpers. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Business, Sector } from './data.js';
import type { Address, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';

export interface Phone {
  e164: string;
  /** As the customer wrote it, without extension. */
  written: string;
  /** ISO country of the number. */
  country: string;
  /** Extension text as printed after the number (" ext. 12"), or ''. */
  ext: string;
  form: string;
}

export interface Customer {
  first: string;
  last: string | null;
  email: string | null;
  phone: Phone | null;
  country: string;
  caps: boolean;
}

export interface StaffMember {
  first: string;
  last: string;
  role: string;
  email: string;
  phone: string;
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
  staff: StaffMember;
  message: string | null;
  n: number;
  /** The charset drawn for the email (attachments may use it). */
  charset: 'utf-8' | 'iso-8859-1' | 'windows-1252';
}

export interface Built {
  draft: Draft;
  expected?: Partial<Expected>;
  others?: string[];
  pii?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  source?: string;
  /** Sectors the layout makes sense for (default: all). */
  sectors?: Sector[];
  /** The layout prints the customer's country, and customers write nationally. */
  statesCountry?: boolean;
  allowExt?: boolean;
  needsEmail?: boolean;
  needsSurname?: boolean;
  singleOk?: boolean;
  capsOk?: boolean;
  /** 'never': the form has no message field; 'sometimes': optional. */
  message?: 'always' | 'sometimes' | 'never';
  build(ctx: LeadCtx): Built;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: { first: string; last: string; email: string };
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

/** HTML paragraphs from a message: blank lines split paragraphs, single newlines become <br>. */
export function htmlParas(s: string, style = ''): string {
  return s
    .split(/\n\n+/)
    .map((p) => `<p${style ? ` style="${style}"` : ''}>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

export function fullName(c: Customer): string {
  return c.last ? `${c.first} ${c.last}` : c.first;
}

/** The name as the layout prints it: capitals where the customer's record says so. */
export function shown(c: Customer, s: string): string {
  return c.caps ? s.toLocaleUpperCase('und') : s;
}

export function phoneText(c: Customer): string {
  return c.phone ? `${c.phone.written}${c.phone.ext}` : '';
}
