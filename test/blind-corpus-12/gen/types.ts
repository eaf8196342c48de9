/** This corpus's layout contract; the truth types themselves come from the shared model. */
import type { CountryCode } from 'libphonenumber-js';
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Business, Lang, Person, PhoneForm, Staff } from './data.js';
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
  /** With both bodies: which one may be sent alone (the other is then dropped on every third email). */
  primary?: 'text' | 'html';
  attachments?: MimeNode[];
  root?: MimeNode;
}

export interface Phone {
  e164: string;
  written: string;
  form: PhoneForm;
  ext: string | null;
  country: CountryCode;
  foreign: boolean;
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: Staff;
  staff2: Staff;
  message: string | null;
  service: string;
  phone: Phone | null;
  hasEmail: boolean;
  caps: boolean;
  /** The customer's country, localised in the email's language. */
  country: string;
  date: string;
  n: number;
}

export interface Built {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Extra written forms of the customer's PII (capitals, "SURNAME, First", E.164 in a vCard). */
  pii?: string[];
  /** Staff and third-party names printed in the email. */
  others?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  capabilities: string;
  /** Phone forms the layout draws from. */
  forms: PhoneForm[];
  /** `field`: abroad customers write nationally with a country field; `intl`: abroad customers write internationally. */
  foreign?: 'field' | 'intl';
  /** Whether a phone may carry an extension (words per language). */
  ext?: boolean;
  noPhone?: number;
  noEmail?: number;
  noMessage?: number;
  caps?: number;
  needsEmail?: boolean;
  /** A single-name customer (no surname) is possible. */
  singleName?: number;
  build(ctx: LeadCtx): Built;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  date: string;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  build(ctx: NonLeadCtx): Draft;
}

export function L<T>(lang: Lang, m: Record<Lang, T>): T {
  return m[lang];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML paragraphs from a multi-paragraph message. */
export function paras(s: string): string {
  return s
    .split('\n\n')
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}

/** The name as a form prints it (capitals when the layout's CRM does). */
export function shownFirst(c: LeadCtx): string {
  return c.caps ? upper(c.person.first) : c.person.first;
}

export function shownLast(c: LeadCtx): string {
  const l = c.person.last ?? '';
  return c.caps ? upper(l) : l;
}

export function shownFull(c: LeadCtx): string {
  return c.person.last ? `${shownFirst(c)} ${shownLast(c)}` : shownFirst(c);
}

/** The phone as written, with its extension when there is one. */
export function phoneText(c: LeadCtx): string {
  if (!c.phone) return '';
  return c.phone.ext ? `${c.phone.written} ${c.phone.ext}` : c.phone.written;
}

export function addr(name: string, email: string): Address {
  return { name, email };
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};
const DAYS: Record<Lang, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  de: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  es: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
};

/** A date as a mail client prints it in a forward or reply header ("Sat, 7 Nov 2026 at 14:02"). */
export function humanDate(lang: Lang, iso: string, time: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const day = DAYS[lang][d.getUTCDay()];
  const mon = MONTHS[lang][d.getUTCMonth()];
  const n = d.getUTCDate();
  const y = d.getUTCFullYear();
  return L(lang, {
    en: `${day}, ${n} ${mon} ${y} at ${time}`,
    de: `${day}, ${n}. ${mon} ${y} um ${time}`,
    fr: `${day} ${n} ${mon} ${y} à ${time}`,
    es: `${day}, ${n} ${mon} ${y} a las ${time}`,
  });
}

/** The same date as an RFC 5322 header value. */
export function rfcDate(iso: string, time: string): string {
  const d = new Date(`${iso}T${time}:00Z`);
  return d.toUTCString().replace('GMT', '+0000');
}

const LONG_MONTHS: Record<Lang, string[]> = {
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
const LONG_DAYS: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

/** A date as Outlook prints it on a "Sent:" line ("Friday, September 25, 2026 7:06 PM"). */
export function outlookDate(lang: Lang, iso: string, time: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const day = LONG_DAYS[lang][d.getUTCDay()];
  const mon = LONG_MONTHS[lang][d.getUTCMonth()];
  const n = d.getUTCDate();
  const y = d.getUTCFullYear();
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const ampm = `${hh % 12 || 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
  return L(lang, {
    en: `${day}, ${mon} ${n}, ${y} ${ampm}`,
    de: `${day}, ${n}. ${mon} ${y} ${time}`,
    fr: `${day} ${n} ${mon} ${y} ${time}`,
    es: `${day}, ${n} de ${mon} de ${y} ${time}`,
  });
}
