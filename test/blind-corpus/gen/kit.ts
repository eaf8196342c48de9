/** Small building blocks the layouts share: label banks, contact rows, HTML escaping, footers. */
import type { LeadCtx } from './model.js';
import type { Lang } from './people.js';
import { upper } from './people.js';
import type { Rng } from './rng.js';

export type Row = [label: string, value: string];

export interface Words {
  name: string[];
  first: string[];
  last: string[];
  email: string[];
  phone: string[];
  message: string[];
}

/** Everyday form labels; layouts with their own vocabulary (questions, role words) define theirs. */
export const WORDS: Record<Lang, Words> = {
  en: {
    name: ['Name', 'Full name', 'Your name', 'Contact name'],
    first: ['First name', 'Given name', 'Forename'],
    last: ['Last name', 'Surname', 'Family name'],
    email: ['Email', 'E-mail address', 'Email address', 'Your email'],
    phone: ['Phone', 'Telephone', 'Mobile', 'Contact number', 'Phone number'],
    message: ['Message', 'Comments', 'Your message', 'Enquiry', 'Additional information'],
  },
  de: {
    name: ['Name', 'Vollständiger Name', 'Ihr Name', 'Ansprechpartner'],
    first: ['Vorname'],
    last: ['Nachname', 'Familienname'],
    email: ['E-Mail', 'E-Mail-Adresse', 'Ihre E-Mail', 'Mail'],
    phone: ['Telefon', 'Telefonnummer', 'Mobilnummer', 'Handy', 'Rufnummer'],
    message: ['Nachricht', 'Ihre Nachricht', 'Anmerkungen', 'Anliegen', 'Mitteilung'],
  },
  fr: {
    name: ['Nom', 'Nom complet', 'Votre nom', 'Nom et prénom'],
    first: ['Prénom'],
    last: ['Nom de famille', 'Nom'],
    email: ['E-mail', 'Adresse e-mail', 'Courriel', 'Adresse électronique'],
    phone: ['Téléphone', 'Numéro de téléphone', 'Portable', 'Tél. portable'],
    message: ['Message', 'Votre message', 'Commentaires', 'Votre demande', 'Précisions'],
  },
  es: {
    name: ['Nombre', 'Nombre completo', 'Su nombre', 'Nombre y apellidos'],
    first: ['Nombre'],
    last: ['Apellidos', 'Apellido'],
    email: ['Correo electrónico', 'Email', 'E-mail', 'Correo'],
    phone: ['Teléfono', 'Teléfono móvil', 'Celular', 'Móvil', 'Número de teléfono'],
    message: ['Mensaje', 'Comentarios', 'Consulta', 'Su mensaje'],
  },
};

export function shown(ctx: LeadCtx, s: string): string {
  return ctx.caps ? upper(s) : s;
}

export function fullShown(ctx: LeadCtx): string {
  return shown(ctx, ctx.person.full);
}

export type NameMode = 'full' | 'split';

/**
 * The customer's fields in form order. The name comes as one field or as first + last; the message is
 * last (or absent). Extra rows (e.g. a property reference) are placed by the layout.
 */
export function contactRows(ctx: LeadCtx, w: Words, mode: NameMode): Row[] {
  const { rng, person } = ctx;
  const rows: Row[] = [];
  if (mode === 'split' && person.last) {
    rows.push([rng.pick(w.first), shown(ctx, person.first)], [rng.pick(w.last), shown(ctx, person.last)]);
  } else {
    rows.push([rng.pick(w.name), fullShown(ctx)]);
  }
  const contact: Row[] = [];
  if (ctx.hasEmail) contact.push([rng.pick(w.email), person.email]);
  if (ctx.phone !== null) contact.push([rng.pick(w.phone), ctx.phone]);
  if (rng.chance(0.3)) contact.reverse();
  rows.push(...contact);
  if (ctx.message !== null) rows.push([rng.pick(w.message), ctx.message]);
  return rows;
}

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value in HTML: paragraphs as <br><br>, single newlines as <br>. */
export function htmlValue(s: string): string {
  return esc(s).replace(/\n/g, '<br>\n');
}

export function paragraphsHtml(s: string): string {
  return s
    .split(/\n\n/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** Message on one line (table cells cannot hold line breaks). */
export function oneLine(s: string): string {
  return s.replace(/\s*\n+\s*/g, ' ');
}

export function wrapWords(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of oneLine(s).split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export function htmlDoc(body: string, title = ''): string {
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>td{padding:4px 8px;font-family:Arial,sans-serif}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function longId(rng: Rng, digits: number): string {
  return String(rng.int(1, 9)) + rng.digits(digits - 1);
}

export const WEEKDAY_DATES: Record<Lang, string[]> = {
  en: [
    'Saturday 14 November',
    'Friday 20 November at 7:30pm',
    'Sunday 6 December, 12:30',
    'Thursday 3 December 8pm',
  ],
  de: ['Samstag, 14. November, 19:00 Uhr', 'Freitag, 20.11., 18:30', 'Sonntag, 6. Dezember, mittags'],
  fr: ['samedi 14 novembre à 20h', 'vendredi 20/11, 19h30', 'dimanche 6 décembre, midi'],
  es: ['sábado 14 de noviembre a las 21:00', 'viernes 20/11, 20:30', 'domingo 6 de diciembre, mediodía'],
};

export function pick<T>(rng: Rng, byLang: Record<Lang, T[]>, lang: Lang): T {
  return rng.pick(byLang[lang]);
}

/** One value per language, in the order en, de, fr, es. */
export const byLang = <const T>(en: T, de: T, fr: T, es: T): Record<Lang, T> => ({ en, de, fr, es });

/** "Label: value" lines; a multi-line value starts on the line after its label. */
export function textRows(rows: Row[], sep = ': '): string {
  return rows
    .map(([k, v]) => (v.includes('\n') ? `${k}${sep.trimEnd()}\n${v}` : `${k}${sep}${v}`))
    .join('\n');
}
