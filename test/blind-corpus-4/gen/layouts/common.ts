/** Helpers the lead layouts share. */
import type { Lang } from '../people.js';
import type { LeadCtx } from '../types.js';
import { numDate } from '../words.js';

export function t<T>(lang: Lang, v: Record<Lang, T>): T {
  return v[lang];
}

export function time(ctx: LeadCtx): string {
  return `${String(ctx.rng.int(7, 22)).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`;
}

export function today(ctx: LeadCtx): string {
  return numDate(ctx.rng, ctx.lang, ctx.biz.country === 'US');
}

/** The customer's surname in capitals, as some systems print it, and the extra PII form it adds. */
export function capsLast(ctx: LeadCtx): string {
  return (ctx.c.last ?? '').toLocaleUpperCase(ctx.lang);
}

export function siteUrl(ctx: LeadCtx, path = ''): string {
  return `https://www.${ctx.biz.domain}${path}`;
}
