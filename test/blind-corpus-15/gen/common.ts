/** Pieces several layouts share: printed names and phones, the customer's letter, campaign names. */
import { COUNTRY } from './data.js';
import type { Lang, LeadCtx, Staff } from './types.js';
import { fullName, L, upper } from './types.js';

/** The name as the layout prints it (capitals where the lead draws them). */
export function shownName(ctx: LeadCtx): string {
  const n = fullName(ctx.person);
  return ctx.caps ? upper(n) : n;
}

/** The phone as printed (with extension), or `blank`. */
export function shownPhone(ctx: LeadCtx, blank = ''): string {
  return ctx.phone ? `${ctx.phone.written}${ctx.phone.ext}` : blank;
}

export function shownEmail(ctx: LeadCtx, blank = ''): string {
  return ctx.hasEmail ? ctx.person.email : blank;
}

export function countryName(region: string, lang: Lang): string {
  return COUNTRY[region]?.[lang] ?? region;
}

/** Extra PII forms for names printed in capitals. */
export function capsPii(ctx: LeadCtx): string[] {
  const p = ctx.person;
  return ctx.caps ? [upper(fullName(p)), upper(p.first), ...(p.last ? [upper(p.last)] : [])] : [];
}

/** A staff signature block (plain lines). */
export function signature(s: Staff, bizName: string, lang: Lang): string {
  const [d, m] = L(lang, {
    en: ['Direct', 'Mobile'],
    de: ['Durchwahl', 'Mobil'],
    fr: ['Ligne directe', 'Portable'],
    es: ['Directo', 'Móvil'],
  });
  return `${s.first} ${s.last}\n${s.role} · ${bizName}\n${d}: ${s.direct}\n${m}: ${s.mobile}`;
}

const GREETINGS: Record<Lang, ((biz: string) => string)[]> = {
  en: [(b) => `Hello ${b} team,`, () => 'Good afternoon,', () => 'Dear Sir or Madam,'],
  de: [() => 'Guten Tag,', () => 'Sehr geehrte Damen und Herren,', (b) => `Hallo liebes Team von ${b},`],
  fr: [() => 'Bonjour,', () => 'Madame, Monsieur,', () => 'Bonsoir,'],
  es: [() => 'Buenas tardes:', () => 'Hola,', () => 'Estimados señores:'],
};
const SIGNOFFS: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Many thanks,', 'Best wishes,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße aus dem Norden'],
  fr: ['Bien cordialement,', 'Merci d’avance et bonne journée,', 'Cordialement,'],
  es: ['Un saludo,', 'Muchas gracias,', 'Saludos cordiales,'],
};
const PHONE_LABEL: Record<Lang, string[]> = {
  en: ['Mob:', 'WhatsApp', 'Cell –', 'Tel.'],
  de: ['Handy:', 'Tel.', 'WhatsApp:', 'Mobil'],
  fr: ['Tél. :', 'Portable', 'WhatsApp :', 'Port. :'],
  es: ['Cel.:', 'WhatsApp', 'Tlf.', 'Móvil:'],
};

/**
 * The customer's own letter: greeting, their message, sign-off, the name they sign with and an optional
 * phone line. `signFirstOnly` signs with the first name alone.
 */
export function letter(ctx: LeadCtx, signFirstOnly: boolean): string {
  const r = ctx.rng;
  const greet = r.pick(GREETINGS[ctx.lang])(ctx.biz.name);
  const sign = r.pick(SIGNOFFS[ctx.lang]);
  const name = signFirstOnly ? ctx.person.first : fullName(ctx.person);
  const phone = ctx.phone ? `\n${r.pick(PHONE_LABEL[ctx.lang])} ${shownPhone(ctx)}` : '';
  return `${greet}\n\n${ctx.message ?? ''}\n\n${sign}\n${name}${phone}`;
}

const CAMPAIGN: Record<string, Record<Lang, string>> = {
  surf: { en: 'Surf season', de: 'Surfsaison', fr: 'Saison surf', es: 'Temporada de surf' },
  glass: {
    en: 'Stained glass commissions',
    de: 'Glasmalerei Aufträge',
    fr: 'Vitraux sur mesure',
    es: 'Vitrales a medida',
  },
  forge: {
    en: 'Gates & railings',
    de: 'Tore & Geländer',
    fr: 'Portails et rampes',
    es: 'Portones y barandas',
  },
  kayak: { en: 'Paddle trips', de: 'Kajaktouren', fr: 'Sorties kayak', es: 'Salidas en kayak' },
  translation: {
    en: 'Certified translations',
    de: 'Beglaubigte Übersetzungen',
    fr: 'Traductions certifiées',
    es: 'Traducciones juradas',
  },
};

export function campaignName(ctx: LeadCtx, platform: string): string {
  const base = CAMPAIGN[ctx.biz.sector]?.[ctx.lang] ?? 'Leads';
  const tail = ctx.rng.pick(['2027', 'Q1 2027', 'Summer 27', 'Leads – Dec']);
  return `${base} ${tail} | ${platform}`;
}

/** n distinct ids drawn with `make`. */
export function distinct(make: () => string, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(make());
  return [...out];
}

/** A timestamp like 2026-11-03 09:14 for bodies. */
export function stamp(ctx: LeadCtx): string {
  const r = ctx.rng;
  return `2026-${String(r.int(10, 11))}-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(7, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
}

/** A third-party person (platform account manager, agency). */
export const PLATFORM_PEOPLE: Record<Lang, [string, string][]> = {
  en: [
    ['Imogen', 'Lyle-Carter'],
    ['Rashid', 'Bello'],
  ],
  de: [
    ['Kerstin', 'Mahlknecht'],
    ['Dominik', 'Ortlieb'],
  ],
  fr: [
    ['Agathe', 'Vernier'],
    ['Ludovic', 'Saint-Aubin'],
  ],
  es: [
    ['Candela', 'Ibarrola'],
    ['Mauricio', 'Sotomayor'],
  ],
};
