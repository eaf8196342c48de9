/** This corpus's layout contract and small helpers. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Business, Lang, Person, Staff } from './data.js';
import type { Address, MimeNode } from './mime.js';
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
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  b: Business;
  p: Person;
  staff: Staff;
  msg: string | null;
  caps: boolean;
  n: number;
}

export interface Built {
  draft: Draft;
  exp?: Partial<Expected>;
  /** Extra pii forms printed (capitals, "Surname, First"). */
  pii?: string[];
  /** Whether the full name is printed whole (default true when there is a surname). */
  fullPrinted?: boolean;
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  single?: number;
  needEmail?: boolean;
  needPhone?: boolean;
  countryShown?: boolean;
  ext?: boolean;
  noMessage?: number;
  capsP?: number;
  abroadP?: number;
  build(ctx: LeadCtx): Built;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  b: Business;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}

export function L<T>(lang: Lang, en: T, de: T, fr: T, es: T): T {
  return lang === 'en' ? en : lang === 'de' ? de : lang === 'fr' ? fr : es;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs to HTML: blank lines split paragraphs, single newlines become <br>. */
export function paras(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

export function fullName(p: Person): string {
  return p.last ? `${p.first} ${p.last}` : p.first;
}

export function phoneWithExt(p: Person): string {
  if (!p.phoneWritten) return '';
  return p.ext ? `${p.phoneWritten} ${p.ext}` : p.phoneWritten;
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

export function longDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = MONTHS[lang][rng.int(0, 11)] ?? '';
  const t = `${rng.int(7, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return L(
    lang,
    `${d} ${m} 2026 at ${t}`,
    `${d}. ${m} 2026 um ${t}`,
    `${d} ${m} 2026 à ${t}`,
    `${d} de ${m} de 2026, ${t}`,
  );
}

export function isoDate(rng: Rng): string {
  return `2026-${String(rng.int(1, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}Z`;
}
