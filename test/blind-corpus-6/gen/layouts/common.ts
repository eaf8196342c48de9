/** Helpers every layout shares. */
import type { Rng } from '../rng.js';
import type { Lang, LeadCtx } from '../types.js';

export function L<T>(lang: Lang, m: Record<Lang, T>): T {
  return m[lang];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A message as HTML paragraphs with line breaks kept. */
export function paras(msg: string): string {
  return msg
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function full(ctx: LeadCtx): string {
  return ctx.p.last ? `${ctx.p.first} ${ctx.p.last}` : ctx.p.first;
}

export const EXT: Record<Lang, string> = { en: 'ext.', de: 'Durchwahl', fr: 'poste', es: 'ext.' };

/** The phone field's content: the number as written (with any extension), a non-number answer, or empty. */
export function phoneField(ctx: LeadCtx, empty = ''): string {
  if (ctx.badPhone) return ctx.badPhone;
  if (!ctx.phone) return empty;
  return ctx.phone.ext ? `${ctx.phone.written} ${EXT[ctx.lang]} ${ctx.phone.ext}` : ctx.phone.written;
}

export function emailField(ctx: LeadCtx, empty = ''): string {
  return ctx.email ?? empty;
}

export function date(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const h = rng.int(7, 21);
  const mi = String(rng.int(0, 59)).padStart(2, '0');
  if (lang === 'en') return `${m}/${d}/2026 ${h}:${mi}`;
  if (lang === 'de') return `${d}.${m}.2026 ${h}:${mi}`;
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2026 ${h}:${mi}`;
}

export function longDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(0, 11);
  const months: Record<Lang, string[]> = {
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
  const mon = months[lang][m] as string;
  const t = `${rng.int(8, 19)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  if (lang === 'en') return `${mon} ${d}, 2026 at ${t}`;
  if (lang === 'de') return `${d}. ${mon} 2026 um ${t}`;
  if (lang === 'fr') return `${d} ${mon} 2026 à ${t}`;
  return `${d} de ${mon} de 2026, ${t}`;
}

export function staffEmail(ctx: { staff: string; biz: { domain: string } }): string {
  const [f, l] = ctx.staff.split(' ');
  const a = (s: string | undefined) =>
    (s ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return `${a(f)}.${a(l)}@${ctx.biz.domain}`;
}

/** Numeric ids of a given length that do not start with 0. */
export function num(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + rng.digits(n - 1);
}
