/** Small helpers shared by the layouts. */
import type { Rng } from './rng.js';
import type { Customer, Lang, LeadCtx } from './types.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs as HTML `<p>` blocks, or `<br>`-joined lines. */
export function paras(s: string): string {
  return s
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
}

export function oneLine(s: string): string {
  return s.replace(/\s*\n+\s*/g, ' ');
}

export function t<T>(lang: Lang, m: Record<Lang, T>): T {
  return m[lang];
}

export function fullName(p: Customer): string {
  return `${p.first} ${p.last}`;
}

export function canCaps(p: Customer): boolean {
  return !/ß/.test(p.first + p.last);
}

/** The name as a layout prints it: capitals when the context asks and the name allows. */
export function shownName(ctx: LeadCtx): { first: string; last: string; full: string } {
  const caps = ctx.caps && canCaps(ctx.person);
  const f = caps ? ctx.person.first.toUpperCase() : ctx.person.first;
  const l = caps ? ctx.person.last.toUpperCase() : ctx.person.last;
  return { first: f, last: l, full: `${f} ${l}` };
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

export interface When {
  d: number;
  m: number;
  y: number;
  hh: number;
  mm: number;
}

export function drawWhen(rng: Rng): When {
  return { d: rng.int(1, 28), m: rng.int(0, 11), y: 2026, hh: rng.int(7, 21), mm: rng.int(0, 59) };
}

const p2 = (n: number) => String(n).padStart(2, '0');

export function longDate(w: When, lang: Lang): string {
  const month = MONTHS[lang][w.m];
  const time = `${p2(w.hh)}:${p2(w.mm)}`;
  if (lang === 'en') return `${month} ${w.d}, ${w.y} at ${time}`;
  if (lang === 'de') return `${w.d}. ${month} ${w.y} um ${time}`;
  if (lang === 'fr') return `${w.d} ${month} ${w.y} à ${time}`;
  return `${w.d} de ${month} de ${w.y}, ${time}`;
}

export function isoDate(w: When): string {
  return `${w.y}-${p2(w.m + 1)}-${p2(w.d)}T${p2(w.hh)}:${p2(w.mm)}:00Z`;
}

/** The phone as the customer wrote it, with its extension when there is one. */
export function phoneText(ctx: LeadCtx): string | null {
  if (!ctx.phone) return null;
  return ctx.phone.ext ? `${ctx.phone.written} ${ctx.phone.ext}` : ctx.phone.written;
}

export function greetingFirst(lang: Lang, first: string): string {
  return t(lang, {
    en: `Hi ${first},`,
    de: `Hallo ${first},`,
    fr: `Bonjour ${first},`,
    es: `Hola ${first}:`,
  });
}

export function ids(rng: Rng, n: number): string {
  return `${rng.int(1, 9)}${rng.digits(n - 1)}`;
}
