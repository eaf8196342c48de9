/** Small text helpers shared by the layouts. */
import type { Lang } from './people.js';
import type { Rng } from './rng.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML paragraphs from text with blank-line paragraphs and single line breaks. */
export function paras(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function tr<T>(lang: Lang, m: Record<Lang, T>): T {
  return m[lang];
}

export function day(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const h = rng.int(8, 19);
  const mi = rng.pick(['00', '07', '15', '22', '30', '41', '45', '58']);
  const pad = (x: number) => String(x).padStart(2, '0');
  if (lang === 'en') return `2026-${pad(m)}-${pad(d)} ${h}:${mi}`;
  if (lang === 'de') return `${pad(d)}.${pad(m)}.2026 ${h}:${mi}`;
  return `${pad(d)}/${pad(m)}/2026 ${h}:${mi}`;
}

export function digitsId(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + rng.digits(n - 1);
}

/** A person's full name in natural order. */
export function full(p: { first: string; last: string }): string {
  return `${p.first} ${p.last}`;
}
