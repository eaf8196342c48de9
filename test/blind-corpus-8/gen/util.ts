/** Small helpers: dates, HTML escaping, padding. */
import type { Lang, Sector } from './people.js';
import type { Rng } from './rng.js';

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

export interface When {
  date: Date;
  /** "14 March 2026" in the language. */
  long: string;
  /** "14/03/2026" or "03/14/2026" style numeric. */
  short: string;
  /** "09:40" */
  time: string;
  iso: string;
}

export function drawWhen(rng: Rng, lang: Lang): When {
  const date = new Date(
    Date.UTC(2026, rng.int(0, 10), rng.int(1, 28), rng.int(7, 20), rng.int(0, 59), rng.int(0, 59)),
  );
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  const month = MONTHS[lang][m] ?? '';
  const long =
    lang === 'en'
      ? `${d} ${month} ${y}`
      : lang === 'de'
        ? `${d}. ${month} ${y}`
        : lang === 'fr'
          ? `${d} ${month} ${y}`
          : `${d} de ${month} de ${y}`;
  const p2 = (n: number) => String(n).padStart(2, '0');
  const short = lang === 'de' ? `${p2(d)}.${p2(m + 1)}.${y}` : `${p2(d)}/${p2(m + 1)}/${y}`;
  return {
    date,
    long,
    short,
    time: `${p2(date.getUTCHours())}:${p2(date.getUTCMinutes())}`,
    iso: date.toISOString().replace('.000', ''),
  };
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs of a message as HTML (<br> inside, <p> between). */
export function htmlParas(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 10px">${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}

/** A short service name for booking widgets, campaign names and request categories. */
export const SERVICE_LABEL: Record<Lang, Record<Sector, string>> = {
  en: {
    tax: 'Tax return consultation',
    pest: 'Pest inspection visit',
    optics: 'Eye examination',
    charter: 'Day charter',
    cleaning: 'Cleaning site survey',
  },
  de: {
    tax: 'Erstberatung Steuern',
    pest: 'Besichtigung Schädlingsbefall',
    optics: 'Augenprüfung',
    charter: 'Tagestörn',
    cleaning: 'Besichtigung Reinigung',
  },
  fr: {
    tax: 'Premier rendez-vous fiscal',
    pest: 'Visite de diagnostic nuisibles',
    optics: 'Examen de vue',
    charter: 'Sortie à la journée',
    cleaning: 'Visite technique ménage',
  },
  es: {
    tax: 'Primera consulta fiscal',
    pest: 'Visita de inspección de plagas',
    optics: 'Examen visual',
    charter: 'Salida de un día',
    cleaning: 'Visita para presupuesto de limpieza',
  },
};

export function T<V>(lang: Lang, v: Record<Lang, V>): V {
  return v[lang];
}

/** A name that is not the customer's, for third parties. */
export const THIRD_NAMES: Record<Lang, [string, string][]> = {
  en: [
    ['Beverley', 'Catterall'],
    ['Nigel', 'Ormsby'],
    ['Shona', 'Kilbride'],
    ['Desmond', 'Yarrow'],
  ],
  de: [
    ['Gerlinde', 'Pfannkuch'],
    ['Rainer', 'Sommerfeld'],
    ['Hildegard', 'Kranz'],
    ['Egon', 'Wetzlar'],
  ],
  fr: [
    ['Josiane', 'Barthélemy'],
    ['Gilles', 'Poirot'],
    ['Odile', 'Lachaud'],
    ['Marcel', 'Tessier'],
  ],
  es: [
    ['Encarna', 'Valverde'],
    ['Rigoberto', 'Alcázar'],
    ['Consuelo', 'Barrios'],
    ['Anselmo', 'Peralta'],
  ],
};

type Idx = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19;
/** A label list of one language, indexed without undefined (every language lists the same count). */
export type Labels = { readonly [K in Idx]: string };

export function TL(lang: Lang, v: Record<Lang, readonly (string | readonly string[])[]>): Labels {
  const list = v[lang];
  for (const l of Object.values(v))
    if (l.length !== list.length) throw new Error(`label lists differ in length: ${String(list[0])}`);
  return list as unknown as Labels;
}
