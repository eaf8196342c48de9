/** This corpus's layout contract and small helpers. The truth shapes are the shared model's. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, MimeNode } from './mime.js';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];
export type Sector = 'surf' | 'glass' | 'forge' | 'kayak' | 'translation';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  region: string;
  inbox: string;
  domain: string;
  city: string;
  /** A price in the local currency, written the local way. */
  price: (n: number) => string;
  /** The business's own phone, international form. */
  phone: string;
  /** The country its customers abroad come from. */
  abroad: string;
}

export interface Person {
  first: string;
  /** Null for a single name. */
  last: string | null;
  email: string;
  /** The country of the customer's phone. */
  region: string;
}

export interface Staff {
  first: string;
  last: string;
  role: string;
  email: string;
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
  /** With both bodies: which one may be sent alone. */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface Phone {
  e164: string;
  /** As the customer wrote it, without extension. */
  written: string;
  /** Extension suffix as written (" ext. 21"), or "". */
  ext: string;
  /** The national significant number, grouped, for dial-code layouts. */
  nsn: string;
  /** "+94" */
  cc: string;
  region: string;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  /** A second staff member (forwards of forwards, owners). */
  staff2: Staff;
  message: string | null;
  phone: Phone | null;
  hasEmail: boolean;
  caps: boolean;
  n: number;
  /** The sector's service this lead asks about. */
  service: string;
  date: string;
}

export interface LeadLayout {
  id: string;
  description: string;
  /** Customers abroad write nationally beside a country (or dial-code) field. */
  countryField?: boolean;
  /** The layout may print an extension after the phone. */
  ext?: boolean;
  /** Never a message (callback widgets). */
  noMessage?: boolean;
  /** The message field is optional: about a fifth leave it empty. */
  optionalMessage?: boolean;
  /** The phone is required by the form. */
  needsPhone?: boolean;
  /** The customer's email is structural (their own letter). */
  needsEmail?: boolean;
  /** Single names possible (first name only). */
  singleNames?: boolean;
  /** Names may be in capitals. */
  caps?: boolean;
  build(ctx: LeadCtx): { draft: Draft; expected?: Partial<Expected>; others?: string[]; pii?: string[] };
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
  build(ctx: NonLeadCtx): Draft;
}

type S = string;
/** A fixed list of words; the layouts index it by position. */
export type Words = readonly [S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S];

/** Pick the language's list of words (labels, phrases) for a layout. */
export function T(lang: Lang, v: Record<Lang, readonly string[]>): Words {
  return v[lang] as unknown as Words;
}

/** Pick the language's variant. */
export function L<T>(lang: Lang, v: Record<Lang, T>): T {
  return v[lang];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs as HTML <p>, lines inside a paragraph joined with <br>. */
export function paras(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(esc).join('<br>\n')}</p>`)
    .join('\n');
}

export function fullName(p: Person): string {
  return p.last ? `${p.first} ${p.last}` : p.first;
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

export function longDate(lang: Lang, d: number, m: number, y = 2026): string {
  const mo = MONTHS[lang][m - 1] ?? '';
  if (lang === 'en') return `${d} ${mo} ${y}`;
  if (lang === 'de') return `${d}. ${mo} ${y}`;
  if (lang === 'es') return `${d} de ${mo} de ${y}`;
  return `${d} ${mo} ${y}`;
}
