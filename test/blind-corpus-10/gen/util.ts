/** Small text helpers shared by the layouts. */
import type { Lang } from './data.js';
import type { Rng } from './rng.js';
import type { LeadCtx } from './types.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const full = (c: LeadCtx) => `${c.person.first} ${c.person.last}`;
export const upper = (s: string) => s.toLocaleUpperCase('und');
/** The full name as the layout prints it (capitals when the email's CRM exports so). */
export const shown = (c: LeadCtx) => (c.caps ? upper(full(c)) : full(c));

export function pick4<const T>(lang: Lang, v: Record<Lang, T>): T {
  return v[lang];
}

export function date(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const h = rng.int(7, 21);
  const mi = rng.pick(['00', '07', '15', '22', '30', '41', '52']);
  if (lang === 'en') return `${d}/${m}/2026 ${h}:${mi}`;
  if (lang === 'de') return `${d}.${m}.2026, ${h}:${mi}`;
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2026 ${h}h${mi}`;
}

export function digits(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + rng.digits(n - 1);
}

/** The message paragraphs as plain text (blank line between). */
export const paras = (p: readonly string[]) => p.join('\n\n');
export const htmlParas = (p: readonly string[]) => p.map((x) => `<p>${esc(x)}</p>`).join('\n');
export const oneLine = (p: readonly string[]) => p.join(' ');
