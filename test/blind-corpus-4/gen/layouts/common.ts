/** Helpers the lead layouts share. */
import type { Lang } from '../people.js';
import type { LeadCtx } from '../types.js';

export function t<T>(lang: Lang, v: Record<Lang, T>): T {
  return v[lang];
}

export function time(ctx: LeadCtx): string {
  return `${String(ctx.rng.int(7, 22)).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`;
}

/** A date in the weeks the emails are sent (November–December 2026). */
export function today(ctx: LeadCtx): string {
  const d = String(ctx.rng.int(1, 28)).padStart(2, '0');
  const m = ctx.rng.pick(['11', '12']);
  if (ctx.lang === 'de') return `${d}.${m}.2026`;
  return ctx.biz.country === 'US' ? `${m}/${d}/2026` : `${d}/${m}/2026`;
}

/** Arrival and departure a few nights apart, in the customer's date format. */
export function stay(ctx: LeadCtx): [string, string] {
  const start = Date.UTC(2027, ctx.rng.int(0, 10), ctx.rng.int(1, 28));
  const end = start + ctx.rng.pick([3, 4, 7, 7, 14]) * 86_400_000;
  const fmt = (ms: number) => {
    const d = new Date(ms);
    const dd = String(d.getUTCDate()).padStart(2, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    return ctx.lang === 'de' ? `${dd}.${mm}.${d.getUTCFullYear()}` : `${dd}/${mm}/${d.getUTCFullYear()}`;
  };
  return [fmt(start), fmt(end)];
}

/**
 * A name in capitals, as some systems print it; unchanged where capitals lose a letter the truth needs
 * (Turkish dotless ı reads back as i).
 */
export function caps(name: string): string {
  const up = name.toUpperCase();
  return up.toLowerCase() === name.toLowerCase() ? up : name;
}

/** The customer's surname in capitals. */
export function capsLast(ctx: LeadCtx): string {
  return caps(ctx.c.last ?? '');
}

export function siteUrl(ctx: LeadCtx, path = ''): string {
  return `https://www.${ctx.biz.domain}${path}`;
}
