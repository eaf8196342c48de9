/** Pieces several layouts share: the customer's letter, staff signatures, printed dates, ids. */
import type { Rng } from './rng.js';
import { esc, fullName, type Lang, type LeadCtx, phoneShown, type Staff, T } from './types.js';

export function printedDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const h = rng.int(7, 21);
  const mi = String(rng.int(0, 59)).padStart(2, '0');
  const MON: Record<Lang, string[]> = {
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  };
  const mon = MON[lang][m - 1] ?? '';
  return T(lang, {
    en: `${d} ${mon} 2026 at ${h}:${mi}`,
    de: `${d}. ${mon} 2026 um ${h}:${mi}`,
    fr: `${d} ${mon} 2026 à ${h}:${mi}`,
    es: `${d} ${mon} 2026, ${h}:${mi}`,
  });
}

export function isoStamp(rng: Rng): string {
  return `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}Z`;
}

export function ids(rng: Rng, digits: number): string[] {
  const out = new Set<string>();
  while (out.size < 4) out.add(String(rng.int(1, 9)) + rng.digits(digits - 1));
  return [...out];
}

export const EXT_WORD: Record<Lang, string> = { en: 'ext.', de: 'Durchwahl', fr: 'poste', es: 'ext.' };

export function staffSig(s: Staff, bizName: string, lang: Lang): string {
  return [
    `${s.first} ${s.last}`,
    `${s.title} | ${bizName}`,
    T(lang, {
      en: `Direct: ${s.direct}`,
      de: `Tel. direkt: ${s.direct}`,
      fr: `Ligne directe : ${s.direct}`,
      es: `Directo: ${s.direct}`,
    }),
    T(lang, {
      en: `Mobile: ${s.mobile}`,
      de: `Mobil: ${s.mobile}`,
      fr: `Portable : ${s.mobile}`,
      es: `Móvil: ${s.mobile}`,
    }),
  ].join('\n');
}

export function staffSigHtml(s: Staff, bizName: string, lang: Lang): string {
  return `<p style="color:#555;font-size:12px">${staffSig(s, bizName, lang).split('\n').map(esc).join('<br>')}</p>`;
}

/** The customer's own letter: greeting, message, sign-off, name (maybe first only), phone line. */
export function letter(ctx: LeadCtx, opts: { firstOnly?: boolean } = {}): string {
  const { lang, c } = ctx;
  const greet = ctx.rng.pick(
    T(lang, {
      en: ['Hello,', 'Good afternoon,', `Dear ${ctx.biz.name} team,`],
      de: ['Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,'],
      fr: ['Bonjour,', 'Madame, Monsieur,', "Bonjour à toute l'équipe,"],
      es: ['Hola,', 'Buenas tardes,', 'Estimados señores:'],
    }),
  );
  const sign = ctx.rng.pick(
    T(lang, {
      en: ['Kind regards,', 'Many thanks,', 'Best wishes,'],
      de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
      fr: ['Cordialement,', 'Bien à vous,', 'Merci par avance,'],
      es: ['Saludos cordiales,', 'Un saludo,', 'Gracias de antemano,'],
    }),
  );
  const lines = [greet, '', ctx.message ?? '', '', sign, opts.firstOnly ? c.first : fullName(c)];
  if (c.phone)
    lines.push(
      `${T(lang, { en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' })} ${phoneShown(c, EXT_WORD[lang])}`,
    );
  return lines.join('\n');
}

export function letterHtml(text: string): string {
  return text
    .split(/\n\n/)
    .map((p) => `<div>${p.split('\n').map(esc).join('<br>')}</div><div><br></div>`)
    .join('\n');
}
