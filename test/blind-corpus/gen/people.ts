/**
 * Fictional customers, businesses and staff. Names come from many cultures on purpose: particles
 * (van der, de la, von, O', Ní, da), double surnames, hyphens, apostrophes, single names and
 * characters outside Latin-1. Phone numbers are generated per country and kept only when
 * libphonenumber-js (max metadata) calls them valid, so every expected E.164 value is a real-format
 * number; where a fictional range exists (US/CA 555-01xx, AU 0491 570, FR 01 99 00) it is used.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface Person {
  first: string;
  last: string | null;
  /** "First Last" in natural order, proper case. */
  full: string;
  email: string;
  country: string;
  e164: string;
}

export type Sector = 'property' | 'car' | 'hospitality' | 'services';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  region: string;
  sector: Sector;
  inbound: string;
  domain: string;
  /** The business's own switchboard, printed in footers and signatures: never the customer's. */
  phone: string;
}

export const BUSINESSES: readonly Business[] = [
  {
    id: 'harbourview-homes',
    name: 'Harbourview Homes',
    lang: 'en',
    region: 'GB',
    sector: 'property',
    inbound: 'lettings@harbourview-homes.example',
    domain: 'harbourview-homes.example',
    phone: '',
  },
  {
    id: 'redgum-motors',
    name: 'Redgum Motors',
    lang: 'en',
    region: 'AU',
    sector: 'car',
    inbound: 'sales.leads@redgum-motors.example',
    domain: 'redgum-motors.example',
    phone: '',
  },
  {
    id: 'copper-kettle',
    name: 'The Copper Kettle Bistro',
    lang: 'en',
    region: 'US',
    sector: 'hospitality',
    inbound: 'reservations@copperkettle.example',
    domain: 'copperkettle.example',
    phone: '',
  },
  {
    id: 'northfield-legal',
    name: 'Northfield Legal LLP',
    lang: 'en',
    region: 'CA',
    sector: 'services',
    inbound: 'intake@northfield-legal.example',
    domain: 'northfield-legal.example',
    phone: '',
  },
  {
    id: 'wohnwerk-immobilien',
    name: 'Wohnwerk Immobilien GmbH',
    lang: 'de',
    region: 'DE',
    sector: 'property',
    inbound: 'anfragen@wohnwerk.example',
    domain: 'wohnwerk.example',
    phone: '',
  },
  {
    id: 'autohaus-lindner',
    name: 'Autohaus Lindner',
    lang: 'de',
    region: 'AT',
    sector: 'car',
    inbound: 'verkauf@autohaus-lindner.example',
    domain: 'autohaus-lindner.example',
    phone: '',
  },
  {
    id: 'gasthof-seeblick',
    name: 'Gasthof Seeblick',
    lang: 'de',
    region: 'DE',
    sector: 'hospitality',
    inbound: 'reservierung@seeblick.example',
    domain: 'seeblick.example',
    phone: '',
  },
  {
    id: 'cabinet-moreau',
    name: 'Cabinet Moreau Architectes',
    lang: 'fr',
    region: 'FR',
    sector: 'services',
    inbound: 'contact@cabinet-moreau.example',
    domain: 'cabinet-moreau.example',
    phone: '',
  },
  {
    id: 'agence-bellevue',
    name: 'Agence Bellevue Immobilier',
    lang: 'fr',
    region: 'FR',
    sector: 'property',
    inbound: 'prospects@agence-bellevue.example',
    domain: 'agence-bellevue.example',
    phone: '',
  },
  {
    id: 'brasserie-fleurie',
    name: 'Brasserie Fleurie',
    lang: 'fr',
    region: 'BE',
    sector: 'hospitality',
    inbound: 'tables@brasserie-fleurie.example',
    domain: 'brasserie-fleurie.example',
    phone: '',
  },
  {
    id: 'clinica-dental-marbella',
    name: 'Clínica Dental Marbella',
    lang: 'es',
    region: 'ES',
    sector: 'services',
    inbound: 'citas@clinica-marbella.example',
    domain: 'clinica-marbella.example',
    phone: '',
  },
  {
    id: 'motores-del-valle',
    name: 'Motores del Valle',
    lang: 'es',
    region: 'MX',
    sector: 'car',
    inbound: 'ventas@motoresdelvalle.example',
    domain: 'motoresdelvalle.example',
    phone: '',
  },
  {
    id: 'casa-azahar',
    name: 'Casa Azahar Inmobiliaria',
    lang: 'es',
    region: 'ES',
    sector: 'property',
    inbound: 'leads@casa-azahar.example',
    domain: 'casa-azahar.example',
    phone: '',
  },
];

interface NameEntry {
  first: string;
  last: string | null;
}

/** [first, last]; last null for people who use a single name. */
const NAMES: readonly NameEntry[] = [
  ['Oliver', 'Bennett'],
  ['Grace', "O'Brien"],
  ['Siobhán', 'Ní Bhriain'],
  ['Liam', 'McAllister'],
  ['Harriet', 'Langley-Moore'],
  ['Jürgen', 'Weißmüller'],
  ['Anja', 'Schröder'],
  ['Lukas', 'von Ahlen'],
  ['Katrin', 'Özdemir'],
  ['Pieter', 'van der Berg'],
  ['Sanne', 'de Vries'],
  ['Amélie', 'Dubois'],
  ['Jean-Baptiste', 'de la Fontaine'],
  ['Héloïse', 'Lefèvre'],
  ['Océane', "N'Diaye"],
  ['María José', 'García Fernández'],
  ['José Luis', 'de la Cruz'],
  ['Begoña', 'Etxeberria'],
  ['Núria', 'Puig i Serra'],
  ['Guadalupe', 'Hernández Ruiz'],
  ['João', 'da Silva'],
  ['Małgorzata', 'Wiśniewska'],
  ['Wei', 'Zhang'],
  ['Priya', 'Raghunathan'],
  ['Arjun', 'Venkataraman'],
  ['Omar', 'Al-Farsi'],
  ['Layla', 'El Amrani'],
  ['Chinedu', 'Okonkwo'],
  ['Oluwaseun', 'Adeyemi'],
  ['Haruka', 'Tanaka'],
  ['Lan', 'Nguyen'],
  ['Bjørn', 'Østergaard'],
  ['Dimitris', 'Papadopoulos'],
  ['Ji-woo', 'Park'],
  ['Keōni', 'Kahananui'],
  ['Tenzin', null],
  ['Ngozi', null],
  ['Anahí', null],
  ['Aleksandra', 'Kowalczyk'],
  ['Mehmet', 'Yılmaz'],
  ['Fatima', 'Benali'],
  ['Hamish', 'MacLeod'],
  ['Camille', 'Le Goff'],
  ['Søren', 'Kierkegaard-Lund'],
  ['Giulia', 'Dell’Acqua'],
  ['Ximena', 'Villaseñor'],
  ['Thandiwe', 'Nkosi'],
  ['Erik', 'ter Horst'],
  ['Chloé', 'Saint-Laurent'],
  ['Rafael', 'dos Santos'],
  ['Ingrid', 'Hjálmarsdóttir'],
  ['Kwame', 'Mensah'],
  ['Ana Sofía', 'del Río'],
  ['Étienne', 'Beaulieu'],
  ['Marta', 'López de Haro'],
  ['Hiroshi', 'Yamamoto'],
].map(([first, last]) => ({ first: first as string, last: last ?? null }));

/** Fictional mailbox providers, some with country TLDs (the region must not be guessed from them). */
const MAIL_DOMAINS = [
  'postkiste.de',
  'mailbrise.fr',
  'buzon-azul.es',
  'inboxly.co.uk',
  'pigeonpost.com.au',
  'netcourrier.be',
  'correo-nube.mx',
  'maplemail.ca',
  'bluemailer.com',
  'quickinbox.net',
  'lettre-verte.fr',
  'sonnenpost.at',
];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Country → national-number patterns ("d" = random digit); validity is checked after filling. */
const PHONE_PATTERNS: Record<string, string[]> = {
  GB: ['07700 9dddd', '07dd ddd dddd', '020 7946 0ddd', '0161 496 0ddd'],
  US: ['(212) 555-01dd', '(415) 555-01dd', '(617) 555-01dd', '(305) 555-01dd'],
  CA: ['(604) 555-01dd', '(416) 555-01dd', '(514) 555-01dd'],
  AU: ['0491 570 1dd', '0491 570 2dd', '0412 ddd ddd', '02 9ddd dddd'],
  DE: ['0151 dddddddd', '0176 dddddddd', '0170 ddddddd', '030 dddddddd', '089 ddddddd'],
  AT: ['0664 ddddddd', '0660 ddddddd', '01 ddddddd'],
  FR: ['06 dd dd dd dd', '07 dd dd dd dd', '01 99 00 dd dd'],
  BE: ['0470 dd dd dd', '0485 dd dd dd', '02 ddd dd dd'],
  ES: ['6dd ddd ddd', '91d ddd ddd', '7dd ddd ddd'],
  MX: ['55 dddd dddd', '33 dddd dddd', '81 dddd dddd'],
  NL: ['06 dddddddd'],
  IT: ['3dd ddd dddd'],
  CH: ['079 ddd dd dd'],
  IE: ['08d ddd dddd'],
};

export function nationalPhone(rng: Rng, country: string): { national: string; e164: string } {
  const patterns = PHONE_PATTERNS[country];
  if (!patterns) throw new Error(`no phone pattern for ${country}`);
  for (let attempt = 0; attempt < 200; attempt++) {
    const national = rng.pick(patterns).replace(/d/g, () => String(rng.int(0, 9)));
    const parsed = parsePhoneNumberFromString(national, country as never);
    if (parsed?.isValid()) return { national, e164: parsed.number };
  }
  throw new Error(`no valid phone for ${country}`);
}

export type PhoneStyle = 'national' | 'plus' | 'plus-compact' | 'double-zero' | 'us-exit' | 'plus-zero';

/**
 * How a person writes their number. 'national' only makes sense when the reader knows the country
 * (the business's region or an explicit country field); 'us-exit' (011) only for North American readers.
 */
export function writePhone(e164: string, style: PhoneStyle): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) throw new Error(`bad e164 ${e164}`);
  const intl = parsed.formatInternational(); // "+44 7700 900123"
  const cc = parsed.countryCallingCode;
  const rest = intl.slice(cc.length + 2);
  switch (style) {
    case 'national':
      return parsed.formatNational();
    case 'plus':
      return intl;
    case 'plus-compact':
      return e164;
    case 'double-zero':
      return `00${cc} ${rest}`;
    case 'us-exit':
      return `011 ${cc} ${rest}`;
    case 'plus-zero': {
      const national = parsed.formatNational();
      return national.startsWith('0') ? `+${cc} (0)${national.slice(1)}` : intl;
    }
  }
}

export interface Staff {
  name: string;
  email: string;
  phone: string;
  title: string;
}

const STAFF_NAMES = [
  'Rebecca Hollis',
  'Marcus Thorne',
  'Sabine Krüger',
  'Tobias Renner',
  'Claire Vasseur',
  'Mathieu Roussel',
  'Lucía Ortega',
  'Diego Carrasco',
  'Nadia Petrova',
  'Samuel Achterberg',
  'Yasmin Haddad',
  'Connor Walsh',
];

const TITLES: Record<Lang, string[]> = {
  en: ['Sales Consultant', 'Lettings Negotiator', 'Front of House Manager', 'Client Intake Coordinator'],
  de: ['Verkaufsberater', 'Immobilienberaterin', 'Gastgeberin', 'Kundenbetreuer'],
  fr: ['Conseiller commercial', 'Négociatrice immobilière', 'Responsable de salle', 'Chargée de clientèle'],
  es: ['Asesor comercial', 'Agente inmobiliaria', 'Jefa de sala', 'Coordinadora de pacientes'],
};

export function staffOf(rng: Rng, biz: Business): Staff {
  const name = rng.pick(STAFF_NAMES);
  const [first = '', last = ''] = name.split(' ');
  return {
    name,
    email: `${ascii(first)}.${ascii(last)}@${biz.domain}`,
    phone: writePhone(nationalPhone(rng, biz.region).e164, rng.pick(['national', 'plus'] as const)),
    title: rng.pick(TITLES[biz.lang]),
  };
}

/** Gives every business its own switchboard number (deterministic for a seed). */
export function assignBusinessPhones(rng: Rng): Business[] {
  return BUSINESSES.map((b) => ({ ...b, phone: writePhone(nationalPhone(rng, b.region).e164, 'national') }));
}

export function makePerson(rng: Rng, country: string): Person {
  const n = rng.pick(NAMES);
  const full = n.last ? `${n.first} ${n.last}` : n.first;
  const local = rng.pick([
    () => `${ascii(n.first)}.${ascii(n.last ?? 'mail')}`,
    () => `${ascii(n.first).slice(0, 1)}${ascii(n.last ?? n.first)}${rng.int(1, 99)}`,
    () => `${ascii(n.first)}${rng.int(70, 99)}`,
    () => `${ascii(n.last ?? n.first)}.${ascii(n.first)}`,
  ])();
  return {
    first: n.first,
    last: n.last,
    full,
    email: `${local}@${rng.pick(MAIL_DOMAINS)}`,
    country,
    e164: nationalPhone(rng, country).e164,
  };
}

/** Proper-case ALL CAPS rendering used by some systems ("VAN DER BERG"). */
export function upper(s: string): string {
  return s.toLocaleUpperCase('und');
}

export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  GB: { en: 'United Kingdom', de: 'Vereinigtes Königreich', fr: 'Royaume-Uni', es: 'Reino Unido' },
  US: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
  CA: { en: 'Canada', de: 'Kanada', fr: 'Canada', es: 'Canadá' },
  AU: { en: 'Australia', de: 'Australien', fr: 'Australie', es: 'Australia' },
  DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
  FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
  BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
  ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
  MX: { en: 'Mexico', de: 'Mexiko', fr: 'Mexique', es: 'México' },
  NL: { en: 'Netherlands', de: 'Niederlande', fr: 'Pays-Bas', es: 'Países Bajos' },
  IT: { en: 'Italy', de: 'Italien', fr: 'Italie', es: 'Italia' },
  CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
  IE: { en: 'Ireland', de: 'Irland', fr: 'Irlande', es: 'Irlanda' },
};
