/** This corpus's layout contract and small helpers. */
import type { CountryCode } from 'libphonenumber-js';
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
  /** With both bodies: which one may be sent alone. */
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
  message: string | null;
  service: string;
  /** The phone as written (no extension), or null. */
  phone: string | null;
  /** Extension written after the phone, or null. */
  ext: string | null;
  hasEmail: boolean;
  caps: boolean;
  /** The customer's country name in the email's language (for layouts with a country field). */
  countryName: string;
  countryCode: CountryCode;
  /** The business's own switchboard, written internationally. */
  bizPhone: string;
  n: number;
}

export interface LeadOut {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Staff and third-party names printed in the email. */
  others?: string[];
  /** Extra written forms of the customer's name printed in the email. */
  pii?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  /** Prints the customer's country beside the phone (national numbers of another country allowed). */
  countryField?: boolean;
  /** Prints an extension after the phone on some leads. */
  extensions?: boolean;
  /** Customer's email is structural. */
  needsEmail?: boolean;
  /** The name needs a surname (Last, First layouts). */
  needsSurname?: boolean;
  /** The customer never gives an e-mail (a phone call); a phone is then always present. */
  noEmail?: boolean;
  /** A message is always present (letters). */
  needsMessage?: boolean;
  /** Names may be printed in capitals. */
  caps?: boolean;
  build(ctx: LeadCtx): LeadOut;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  bizPhone: string;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}

/** Pick by language. */
export const L = <T>(lang: Lang, v: Record<Lang, T>): T => v[lang];

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const full = (p: Person) => (p.last ? `${p.first} ${p.last}` : p.first);

export const up = (s: string) => s.toLocaleUpperCase('und');

/** Whether capitals of `s` map back to `s` case-insensitively (no ß and the like). */
export const capsSafe = (s: string) => up(s).toLocaleLowerCase('und') === s.toLocaleLowerCase('und');

export const paras = (s: string) => s.split(/\n{2,}/);

export function htmlParas(s: string): string {
  return paras(s)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
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

const DAYS: Record<Lang, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
};

/** A localised long date ("Tuesday 14 October 2026" style) from a day-of-year draw. */
export function longDate(rng: Rng, lang: Lang): string {
  const m = rng.int(0, 11);
  const d = rng.int(1, 28);
  const wd = DAYS[lang][rng.int(0, 6)] ?? '';
  const mo = MONTHS[lang][m] ?? '';
  if (lang === 'en') return `${wd}, ${d} ${mo} 2026`;
  if (lang === 'de') return `${wd}, ${d}. ${mo} 2026`;
  return `${wd} ${d} ${mo} 2026`;
}

export function shortDate(rng: Rng, lang: Lang): string {
  const d = String(rng.int(1, 28)).padStart(2, '0');
  const m = String(rng.int(1, 12)).padStart(2, '0');
  return lang === 'en' ? `${d}/${m}/2026` : lang === 'de' ? `${d}.${m}.2026` : `${d}/${m}/2026`;
}

export const time = (rng: Rng) =>
  `${String(rng.int(7, 21)).padStart(2, '0')}:${rng.pick(['05', '17', '32', '48'])}`;

const EXT: Record<Lang, string[]> = {
  en: ['ext.', 'x'],
  de: ['Durchwahl', 'App.'],
  fr: ['poste', 'p.'],
  es: ['ext.', 'anexo'],
};

/** The phone as written with its extension (if any), or `empty`. */
export function phoneExt(ctx: LeadCtx, empty: string): string {
  if (!ctx.phone) return empty;
  if (!ctx.ext) return ctx.phone;
  return `${ctx.phone} ${EXT[ctx.lang][ctx.n % 2]} ${ctx.ext}`;
}

/** The customer's name as this lead prints it (capitals when `caps`). */
export function shown(ctx: LeadCtx, s: string): string {
  return ctx.caps ? up(s) : s;
}
