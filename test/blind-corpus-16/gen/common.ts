/** Pieces several layouts share: letters, signatures, ids, campaign names, dates. */
import type { Rng } from './rng.js';
import { esc, fullName, type Lang, type LeadCtx, phoneText, type StaffMember, T } from './types.js';

export const GREETINGS: Record<Lang, string[]> = {
  en: ['Hello,', 'Good morning,', 'Hi there,', 'Dear team,'],
  de: ['Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,', 'Moin,'],
  fr: ['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,', 'Bonjour à toute l’équipe,'],
  es: ['Hola,', 'Buenos días,', 'Estimados:', 'Buenas tardes,'],
};

export const SIGNOFFS: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Thanks in advance,', 'Best wishes,', 'Many thanks,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und beste Grüße', 'Liebe Grüße'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci d’avance,', 'Belle journée,'],
  es: ['Saludos,', 'Un saludo cordial,', 'Gracias de antemano,', 'Atentamente,'],
};

const PHONE_WORD: Record<Lang, string[]> = {
  en: ['Cell:', 'Mobile', 'Tel'],
  de: ['Tel.', 'Mobil:', 'Handy'],
  fr: ['Port. :', 'Tél.', 'Mobile :'],
  es: ['Cel.', 'Tel.:', 'Móvil:'],
};

/** The customer's own letter: greeting, message, sign-off, name (first only on some), phone line. */
export function letter(ctx: LeadCtx, opts: { firstOnly?: boolean } = {}): { text: string; html: string } {
  const { rng, lang, c } = ctx;
  const greet = rng.pick(GREETINGS[lang]);
  const off = rng.pick(SIGNOFFS[lang]);
  const name = opts.firstOnly ? c.first : fullName(c);
  const tel = c.phone ? `${rng.pick(PHONE_WORD[lang])} ${phoneText(c)}` : '';
  const msg = ctx.message ?? '';
  const text = [greet, '', msg, '', off, name, tel]
    .filter((l, i, a) => !(l === '' && a[i - 1] === ''))
    .join('\n')
    .trimEnd();
  const html = [
    `<div>${esc(greet)}</div><div><br></div>`,
    ...msg.split(/\n\n+/).map((p) => `<div>${esc(p).replace(/\n/g, '<br>')}</div><div><br></div>`),
    `<div>${esc(off)}<br>${esc(name)}${tel ? `<br>${esc(tel)}` : ''}</div>`,
  ].join('\n');
  return { text, html };
}

export function signature(lang: Lang, s: StaffMember, bizName: string): string {
  const l = T(lang, {
    en: ['Direct', 'Mobile'],
    de: ['Durchwahl', 'Mobil'],
    fr: ['Ligne directe', 'Portable'],
    es: ['Directo', 'Móvil'],
  });
  return `${s.first} ${s.last}\n${s.role} | ${bizName}\n${l[0]}: ${s.phone}\n${l[1]}: ${s.mobile}\n${s.email}`;
}

export function signatureHtml(lang: Lang, s: StaffMember, bizName: string): string {
  return `<div style="color:#555;font-size:12px">${esc(signature(lang, s, bizName)).replace(/\n/g, '<br>')}</div>`;
}

export function digitsId(rng: Rng, n: number): string {
  return `${rng.int(1, 9)}${rng.digits(n - 1)}`;
}

export function campaignName(ctx: LeadCtx, platform: string): string {
  const season = T(ctx.lang, {
    en: ['Dry season', 'Spring', 'Year-end'],
    de: ['Frühjahr', 'Herbst', 'Jahresende'],
    fr: ['Printemps', 'Rentrée', 'Fin d’année'],
    es: ['Temporada alta', 'Primavera', 'Fin de año'],
  });
  const tag = { funeral: 'Funeral', cowork: 'Desks', winery: 'Tastings', camper: 'Vans', photo: 'Shoots' }[
    ctx.biz.sector
  ];
  return `${platform} | ${ctx.rng.pick(season)} ${tag} ${ctx.biz.region} ${2026}`;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/** A printed date/time for bodies and forward headers (fixed year, drawn day). */
export function printedDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = rng.int(0, 10);
  const mon = MONTHS[lang][m] ?? 'Jan';
  const hh = String(rng.int(7, 21)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  return T(lang, {
    en: `${d} ${mon} 2026 at ${hh}:${mm}`,
    de: `${d}. ${mon} 2026 um ${hh}:${mm}`,
    fr: `${d} ${mon} 2026 à ${hh}:${mm}`,
    es: `${d} ${mon} 2026, ${hh}:${mm}`,
  });
}
