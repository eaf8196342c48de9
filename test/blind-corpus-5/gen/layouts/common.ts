/** Small helpers the layouts share: words per language, dates, names in capitals, personal-email framing. */
import type { Business, Lang } from '../people.js';
import type { Rng } from '../rng.js';
import type { LeadCtx } from '../types.js';

export type Words = Record<Lang, string>;

export const w = (lang: Lang, words: Words): string => words[lang];

/** Pick one of several phrasings for this language. */
export const pw = (rng: Rng, lang: Lang, words: Record<Lang, string[]>): string => rng.pick(words[lang]);

export function caps(s: string): string {
  return s.toLocaleUpperCase('und');
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

/** A date in late 2026 written the way the language does, with a time. */
export function longDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = MONTHS[lang][rng.int(8, 11)] ?? '';
  const t = `${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  if (lang === 'en') return `${d} ${m} 2026 at ${t}`;
  if (lang === 'de') return `${d}. ${m} 2026 um ${t}`;
  if (lang === 'fr') return `${d} ${m} 2026 à ${t}`;
  return `${d} de ${m} de 2026, ${t}`;
}

export function isoStamp(rng: Rng): string {
  return `2026-${String(rng.int(9, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}Z`;
}

const INLINE_GREETING =
  /^(Hi there|Hello|Good afternoon|Morning|Hallo zusammen|Hallo|Guten Tag|Guten Morgen|Sehr geehrte Damen und Herren|Servus|Bonjour|Bonsoir|Madame, Monsieur|¡Hola|Hola|Buenos días|Buenas tardes|Estimados señores)[,:!]\s*/u;

/**
 * A personal email's greeting and the customer's prose below it. A message that opens with a greeting
 * ("Hallo,\n\n…", "Hola, estamos…") gives its greeting to the letter; the rest is the expected message.
 */
export function splitGreeting(rng: Rng, lang: Lang, message: string): { greeting: string; body: string } {
  const m = INLINE_GREETING.exec(message);
  if (m) return { greeting: m[0].trim(), body: message.slice(m[0].length).trim() };
  return { greeting: rng.pick(GREETING[lang]), body: message };
}

export const GREETING: Record<Lang, string[]> = {
  en: ['Hello,', 'Hi,', 'Good morning,', 'Dear Sir or Madam,'],
  de: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,'],
  fr: ['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,'],
  es: ['Hola:', 'Buenos días,', 'Estimados señores:', 'Buenas,'],
};
export const SIGNOFF: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Thanks,', 'Best wishes,', 'Cheers,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'LG'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci et bonne journée,'],
  es: ['Saludos,', 'Un saludo,', 'Atentamente,', 'Gracias,'],
};

/** The customer's own email: greeting, words, sign-off, name and (sometimes) number. */
export function personalEmail(ctx: LeadCtx): { text: string; message: string } {
  const { rng, lang, c } = ctx;
  const { greeting, body: message } = splitGreeting(rng, lang, c.message ?? '');
  const lines = [greeting, '', message, '', rng.pick(SIGNOFF[lang]), c.full];
  if (c.phoneWritten) lines.push(c.phoneWritten);
  if (c.email && rng.chance(0.3)) lines.push(c.email);
  return { text: lines.join('\n'), message };
}

/** A staff member of the business (forwarder, replier, assignee). */
export function staffOf(rng: Rng, biz: Business): string {
  return rng.pick(biz.staff);
}

export function staffEmail(name: string, domain: string): string {
  const [f = '', l = ''] = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ');
  return `${f.replace(/[^a-z]/g, '')}.${l.replace(/[^a-z]/g, '')}@${domain}`;
}

export function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

/** Digits for ids: `n` digits, no leading zero. */
export function idDigits(rng: Rng, n: number): string {
  return `${rng.int(1, 9)}${rng.digits(n - 1)}`;
}
