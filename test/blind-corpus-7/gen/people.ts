/** The 20 fictional businesses, customers, staff and phone numbers of corpus 7. */
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];
export type Sector = 'dental' | 'solar' | 'language' | 'removals' | 'it';

export interface Business {
  id: string;
  name: string;
  sector: Sector;
  lang: Lang;
  region: CountryCode;
  /** The inbox the leads arrive in (config recipient). */
  inbox: string;
  domain: string;
  /** The switchboard as printed in footers and signatures. */
  phone: string;
  /** A neighbouring country some customers live in. */
  neighbour: CountryCode;
  city: string;
}

interface BizSeed {
  id: string;
  name: string;
  sector: Sector;
  lang: Lang;
  region: CountryCode;
  local: string;
  neighbour: CountryCode;
  city: string;
}

const SEEDS: BizSeed[] = [
  {
    id: 'brightsmile-dental',
    name: 'Brightsmile Dental',
    sector: 'dental',
    lang: 'en',
    region: 'GB',
    local: 'appointments',
    neighbour: 'IE',
    city: 'Leeds',
  },
  {
    id: 'suncrest-solar',
    name: 'Suncrest Solar',
    sector: 'solar',
    lang: 'en',
    region: 'IE',
    local: 'quotes',
    neighbour: 'GB',
    city: 'Galway',
  },
  {
    id: 'wattle-language',
    name: 'Wattle Language Centre',
    sector: 'language',
    lang: 'en',
    region: 'AU',
    local: 'enrol',
    neighbour: 'NZ',
    city: 'Adelaide',
  },
  {
    id: 'liberty-movers',
    name: 'Liberty Movers',
    sector: 'removals',
    lang: 'en',
    region: 'US',
    local: 'moves',
    neighbour: 'CA',
    city: 'Columbus',
  },
  {
    id: 'kauri-it',
    name: 'Kauri IT Services',
    sector: 'it',
    lang: 'en',
    region: 'NZ',
    local: 'hello',
    neighbour: 'AU',
    city: 'Hamilton',
  },
  {
    id: 'zahnwerk-koelln',
    name: 'Zahnwerk Kölln',
    sector: 'dental',
    lang: 'de',
    region: 'DE',
    local: 'termine',
    neighbour: 'AT',
    city: 'Kiel',
  },
  {
    id: 'sonnkraft-solar',
    name: 'Sonnkraft Solartechnik',
    sector: 'solar',
    lang: 'de',
    region: 'AT',
    local: 'angebot',
    neighbour: 'DE',
    city: 'Graz',
  },
  {
    id: 'sprachatelier-aare',
    name: 'Sprachatelier Aare',
    sector: 'language',
    lang: 'de',
    region: 'CH',
    local: 'kurse',
    neighbour: 'DE',
    city: 'Bern',
  },
  {
    id: 'elbe-umzuege',
    name: 'Elbe Umzüge',
    sector: 'removals',
    lang: 'de',
    region: 'DE',
    local: 'umzug',
    neighbour: 'AT',
    city: 'Dresden',
  },
  {
    id: 'alpenblick-it',
    name: 'Alpenblick IT-Service',
    sector: 'it',
    lang: 'de',
    region: 'AT',
    local: 'service',
    neighbour: 'CH',
    city: 'Innsbruck',
  },
  {
    id: 'dentaire-lilas',
    name: 'Cabinet dentaire des Lilas',
    sector: 'dental',
    lang: 'fr',
    region: 'FR',
    local: 'rdv',
    neighbour: 'BE',
    city: 'Lyon',
  },
  {
    id: 'soleo-wallonie',
    name: 'Soléo Wallonie',
    sector: 'solar',
    lang: 'fr',
    region: 'BE',
    local: 'devis',
    neighbour: 'FR',
    city: 'Namur',
  },
  {
    id: 'langues-leman',
    name: 'École de langues Léman',
    sector: 'language',
    lang: 'fr',
    region: 'CH',
    local: 'inscriptions',
    neighbour: 'FR',
    city: 'Lausanne',
  },
  {
    id: 'demenagements-boreal',
    name: 'Déménagements Boréal',
    sector: 'removals',
    lang: 'fr',
    region: 'CA',
    local: 'soumission',
    neighbour: 'US',
    city: 'Sherbrooke',
  },
  {
    id: 'infogerance-moselle',
    name: 'Infogérance Moselle',
    sector: 'it',
    lang: 'fr',
    region: 'LU',
    local: 'contact',
    neighbour: 'FR',
    city: 'Esch-sur-Alzette',
  },
  {
    id: 'dental-arenal',
    name: 'Clínica Dental Arenal',
    sector: 'dental',
    lang: 'es',
    region: 'ES',
    local: 'citas',
    neighbour: 'FR',
    city: 'Valencia',
  },
  {
    id: 'solaria-bajio',
    name: 'Solaria Bajío',
    sector: 'solar',
    lang: 'es',
    region: 'MX',
    local: 'cotizar',
    neighbour: 'US',
    city: 'León',
  },
  {
    id: 'idiomas-palermo',
    name: 'Instituto de Idiomas Palermo',
    sector: 'language',
    lang: 'es',
    region: 'AR',
    local: 'inscripcion',
    neighbour: 'UY',
    city: 'Buenos Aires',
  },
  {
    id: 'mudanzas-cordillera',
    name: 'Mudanzas Cordillera',
    sector: 'removals',
    lang: 'es',
    region: 'CO',
    local: 'mudanzas',
    neighbour: 'PE',
    city: 'Medellín',
  },
  {
    id: 'soporte-pacifico',
    name: 'Soporte TI Pacífico',
    sector: 'it',
    lang: 'es',
    region: 'CL',
    local: 'soporte',
    neighbour: 'AR',
    city: 'Valparaíso',
  },
];

/** A random valid number of `region`, from the example mobile number with its tail redrawn. */
export function drawNumber(rng: Rng, region: CountryCode): string {
  const ex = getExampleNumber(region, examples);
  if (!ex) throw new Error(`no example number for ${region}`);
  const national = String(ex.nationalNumber);
  const keep = Math.min(3, national.length - 4);
  for (let i = 0; i < 200; i++) {
    const candidate = national.slice(0, keep) + rng.digits(national.length - keep);
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${candidate}`);
    if (p?.isValid() && p.country === region) return p.number;
  }
  return ex.number;
}

export type PhoneForm =
  | 'national'
  | 'international'
  | 'e164'
  | 'compact'
  | 'dashed'
  | 'dotted'
  | 'slashed'
  | 'intl00'
  | 'intl011'
  | 'trunkBracket';

export const ALL_FORMS: readonly PhoneForm[] = [
  'national',
  'international',
  'e164',
  'compact',
  'dashed',
  'dotted',
  'slashed',
  'intl00',
  'intl011',
  'trunkBracket',
];

function render(e164: string, form: PhoneForm): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(`bad number ${e164}`);
  const nat = p.formatNational();
  const intl = p.formatInternational();
  const rest = intl.replace(/^\+\d+\s*/, '');
  const natDigits = nat.replace(/\D/g, '');
  switch (form) {
    case 'national':
      return nat;
    case 'international':
      return intl;
    case 'e164':
      return p.number;
    case 'compact':
      return natDigits;
    case 'dashed':
      return nat.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
    case 'dotted':
      return nat
        .replace(/[()]/g, '')
        .trim()
        .replace(/[\s-]+/g, '.');
    case 'slashed': {
      const groups = nat
        .replace(/[()]/g, '')
        .trim()
        .split(/[\s-]+/);
      return groups.length > 1 ? `${groups[0]}/${groups.slice(1).join(' ')}` : nat;
    }
    case 'intl00':
      return `00${p.countryCallingCode} ${rest}`;
    case 'intl011':
      return `011 ${p.countryCallingCode} ${rest}`;
    case 'trunkBracket':
      return `+${p.countryCallingCode} (0) ${rest}`;
  }
}

/** The number written in `form` if it reads back from `readRegion` as itself, else internationally. */
export function writePhone(e164: string, form: PhoneForm, readRegion: CountryCode): string {
  const nat = parsePhoneNumberFromString(e164)?.formatNational() ?? '';
  const nanp = readRegion === 'US' || readRegion === 'CA';
  if ((form === 'trunkBracket' && !nat.startsWith('0')) || (form === 'intl011' && !nanp))
    return render(e164, 'international');
  const s = render(e164, form);
  const cleaned = s.replace(/^011 /, '+').replace(/\(0\)\s*/, '');
  const back = parsePhoneNumberFromString(cleaned, readRegion);
  if (back?.number === e164 && back.isValid()) return s;
  return render(e164, 'international');
}

export interface Person {
  first: string;
  last: string;
  email: string;
}

const FIRST: Record<Lang, string[]> = {
  en: [
    'Oliver',
    'Amelia',
    'Harriet',
    'Declan',
    'Siobhan',
    'Liam',
    'Chloe',
    'Marcus',
    'Priya',
    'Tom',
    'Grace',
    'Nathan',
    'Aoife',
    'Rhys',
    'Imogen',
    'Callum',
  ],
  de: [
    'Jonas',
    'Lea',
    'Maximilian',
    'Katharina',
    'Jürgen',
    'Sönke',
    'Anneliese',
    'Felix',
    'Mia',
    'Özlem',
    'Till',
    'Franziska',
    'Björn',
    'Greta',
    'Lukas',
    'Henrike',
  ],
  fr: [
    'Élodie',
    'Mathis',
    'Gaëlle',
    'Théo',
    'Noémie',
    'François',
    'Inès',
    'Loïc',
    'Margaux',
    'Hugo',
    'Anaïs',
    'Benoît',
    'Solène',
    'Yannick',
    'Clémence',
    'Jérôme',
  ],
  es: [
    'Alejandro',
    'Lucía',
    'Íñigo',
    'Marisol',
    'Joaquín',
    'Ximena',
    'Andrés',
    'Begoña',
    'Rodrigo',
    'Paula',
    'Maite',
    'Sebastián',
    'Nerea',
    'Gonzalo',
    'Valentina',
    'Tomás',
  ],
};

const LAST: Record<Lang, string[]> = {
  en: [
    'Whitfield',
    'Okafor',
    'Brennan',
    'Castellano',
    'Harrow',
    'Pemberton',
    'Lindqvist',
    'Adeyemi',
    "O'Sullivan",
    'McAlister',
    'Van Dyke',
    'de Souza',
    'Fitzgerald-Hart',
    'Nakamura',
    'Ashworth',
    'Kowalczyk',
  ],
  de: [
    'Bäumler',
    'Krüger',
    'Haslinger',
    'Wöhrle',
    'von Stetten',
    'zu Hohenberg',
    'Pfannkuch',
    'Schäfer-Lutz',
    'Groß',
    'Ulbrich',
    'van der Linden',
    'Demirci',
    'Obermüller',
    'Thalhammer',
    'Nowak',
    'Eggers',
  ],
  fr: [
    'Lefèvre',
    'Marchand',
    'Delacroix',
    'de Villeneuve',
    'du Plessis',
    'Le Goff',
    "N'Guessan",
    'Rousseau',
    'Faure-Dumont',
    'Chevalier',
    "d'Aubigny",
    'Benali',
    'Gauthier',
    'Tremblay',
    'Perrin',
    'Lacoste',
  ],
  es: [
    'Montoya',
    'Echeverría',
    'de la Fuente',
    'del Río',
    'Ibáñez',
    'Cuervo',
    'Saldaña Ruiz',
    'Villalobos',
    'Núñez',
    'San Martín',
    'Quiroga',
    'Etxeberria',
    'Pardo',
    'Arrieta',
    'Benítez',
    'Solís',
  ],
};

/** Staff and platform people: never the customer. */
const STAFF_FIRST: Record<Lang, string[]> = {
  en: ['Gemma', 'Rob', 'Hannah', 'Stuart', 'Kerry', 'Dylan'],
  de: ['Sabine', 'Markus', 'Claudia', 'Florian', 'Petra', 'Dominik'],
  fr: ['Sandrine', 'Julien', 'Céline', 'Mathieu', 'Aurélie', 'Romain'],
  es: ['Carmen', 'Javier', 'Rocío', 'Sergio', 'Lorena', 'Diego'],
};
const STAFF_LAST: Record<Lang, string[]> = {
  en: ['Holloway', 'Prentice', 'Marsh', 'Tennant', 'Blackwood', 'Rooney'],
  de: ['Kessler', 'Brandtner', 'Vogt', 'Reisinger', 'Lindner', 'Hofstätter'],
  fr: ['Morel', 'Girard', 'Lemoine', 'Caron', 'Fabre', 'Barbier'],
  es: ['Ortega', 'Cabrera', 'Molina', 'Herrera', 'Vidal', 'Prieto'],
};

export interface Staff {
  first: string;
  last: string;
  full: string;
  email: string;
  phone: string;
}

export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

const MAIL_DOMAINS = [
  'mailbox.example',
  'post.example',
  'webmail.test',
  'inbox.example',
  'fastpost.test',
  'courrier.example',
];

export function drawPerson(rng: Rng, lang: Lang): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const f = ascii(first).replace(/[^a-z]/g, '');
  const l = ascii(last).replace(/[^a-z]/g, '');
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`]);
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

export function drawStaff(rng: Rng, biz: Business, avoid = ''): Staff {
  for (;;) {
    const first = rng.pick(STAFF_FIRST[biz.lang]);
    const last = rng.pick(STAFF_LAST[biz.lang]);
    if (`${first} ${last}` === avoid) continue;
    return {
      first,
      last,
      full: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}@${biz.domain}`,
      phone: writePhone(drawNumber(rng, biz.region), rng.pick(['national', 'international']), biz.region),
    };
  }
}

export function buildBusinesses(rng: Rng): Business[] {
  return SEEDS.map((s) => {
    const domain = `${s.id}.example`;
    return {
      id: s.id,
      name: s.name,
      sector: s.sector,
      lang: s.lang,
      region: s.region,
      inbox: `${s.local}@${domain}`,
      domain,
      phone: writePhone(drawNumber(rng, s.region), 'national', s.region),
      neighbour: s.neighbour,
      city: s.city,
    };
  });
}

export function countryName(code: CountryCode, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}
