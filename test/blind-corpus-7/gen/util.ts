/** Small helpers the layouts share: dates, ids, escaping, signatures, letters. */
import type { Business, Lang, Person, Staff } from './people.js';
import type { Rng } from './rng.js';
import type { L } from './types.js';

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function br(s: string): string {
  return esc(s).replace(/\n/g, '<br>\n');
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export interface When {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

export function drawWhen(rng: Rng): When {
  return { y: 2026, mo: rng.int(9, 11), d: rng.int(1, 28), h: rng.int(7, 21), mi: rng.int(0, 59) };
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

export function dateShort(w: When, lang: Lang): string {
  return lang === 'en'
    ? `${pad2(w.d)}/${pad2(w.mo)}/${w.y}`
    : lang === 'de'
      ? `${pad2(w.d)}.${pad2(w.mo)}.${w.y}`
      : `${pad2(w.d)}/${pad2(w.mo)}/${w.y}`;
}

export function dateLong(w: When, lang: Lang): string {
  const m = MONTHS[lang][w.mo - 1];
  return lang === 'en'
    ? `${w.d} ${m} ${w.y}`
    : lang === 'de'
      ? `${w.d}. ${m} ${w.y}`
      : lang === 'fr'
        ? `${w.d} ${m} ${w.y}`
        : `${w.d} de ${m} de ${w.y}`;
}

export function time(w: When): string {
  return `${pad2(w.h)}:${pad2(w.mi)}`;
}

export function iso(w: When): string {
  return `${w.y}-${pad2(w.mo)}-${pad2(w.d)}T${time(w)}:${pad2((w.mi * 7) % 60)}Z`;
}

export const tr = (l: L, lang: Lang) => l[lang];

const GREET: L = { en: 'Hello,', de: 'Guten Tag,', fr: 'Bonjour,', es: 'Hola,' };
const SIGN: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Best wishes,', 'Thanks,', 'Many thanks,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'Danke und Gruß'],
  fr: ['Cordialement,', 'Bien cordialement,', 'Merci d’avance,', 'Bonne journée,'],
  es: ['Saludos,', 'Un saludo,', 'Muchas gracias,', 'Atentamente,'],
};

/** A customer's own letter: greeting, the message, a sign-off, their name and (maybe) number. */
export function letter(rng: Rng, lang: Lang, p: Person, message: string, phone: string | null): string {
  const lines = [GREET[lang], '', message, '', rng.pick(SIGN[lang]), `${p.first} ${p.last}`];
  if (phone) lines.push(phone);
  return lines.join('\n');
}

const TITLE: Record<Lang, string[]> = {
  en: ['Practice Manager', 'Office Manager', 'Sales Coordinator', 'Operations Lead'],
  de: ['Praxismanagerin', 'Büroleitung', 'Vertriebsinnendienst', 'Disposition'],
  fr: ['Responsable d’accueil', 'Assistante commerciale', 'Coordinateur', 'Responsable administratif'],
  es: ['Coordinadora', 'Responsable de oficina', 'Atención comercial', 'Administración'],
};

export function signature(rng: Rng, lang: Lang, s: Staff, biz: Business): string {
  const tel = { en: 'Direct', de: 'Durchwahl', fr: 'Ligne directe', es: 'Directo' }[lang];
  return ['-- ', s.full, rng.pick(TITLE[lang]), biz.name, `${tel}: ${s.phone}`, s.email].join('\n');
}

export function campaignName(rng: Rng, lang: Lang): string {
  const base: Record<Lang, string[]> = {
    en: ['Autumn Leads', 'Winter Promo', 'Local Reach Q4', 'Lead Form – Quote'],
    de: ['Herbstaktion', 'Winter Leads', 'Region Q4', 'Leadformular Angebot'],
    fr: ['Offre automne', 'Prospects hiver', 'Local T4', 'Formulaire devis'],
    es: ['Campaña otoño', 'Leads invierno', 'Local T4', 'Formulario presupuesto'],
  };
  return `${rng.pick(base[lang])} ${rng.int(2, 9)}`;
}

export function fullOf(p: Person): string {
  return `${p.first} ${p.last}`;
}
