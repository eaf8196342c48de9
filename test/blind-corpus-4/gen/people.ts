/** The fictional businesses, their staff, customers and phone numbers. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export type Sector = 'venue' | 'tutoring' | 'rental' | 'industrial' | 'trades' | 'studio' | 'clinic';
export const SECTORS: readonly Sector[] = [
  'venue',
  'tutoring',
  'rental',
  'industrial',
  'trades',
  'studio',
  'clinic',
];

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  country: CountryCode;
  domain: string;
  inbox: string;
  /** The switchboard as the business prints it. */
  phone: string;
  street: string;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  country: CountryCode;
  /** E.164. */
  phone: string;
}

// Per-country phone patterns (national significant numbers); a draw is kept only if libphonenumber-js
// (max metadata) calls it valid.
const MOBILE: Record<string, (r: Rng) => string> = {
  GB: (r) => `7${r.int(4, 9)}${r.digits(8)}`,
  US: (r) => `${r.pick(['212', '312', '415', '617', '503', '720'])}5550${r.int(100, 199)}`.slice(0, 10),
  CA: (r) => `${r.pick(['416', '604', '514'])}5550${r.int(100, 199)}`.slice(0, 10),
  IE: (r) => `8${r.pick(['3', '5', '6', '7', '9'])}${r.digits(7)}`,
  AU: (r) => `4${r.digits(8)}`,
  NZ: (r) => `2${r.pick(['1', '2', '7'])}${r.digits(7)}`,
  DE: (r) => `1${r.pick(['51', '52', '57', '60', '62', '70', '71', '72', '76'])}${r.digits(r.pick([7, 8]))}`,
  AT: (r) => `6${r.pick(['64', '76', '60', '50', '99'])}${r.digits(7)}`,
  CH: (r) => `7${r.pick(['6', '7', '8', '9'])}${r.digits(7)}`,
  NL: (r) => `6${r.digits(8)}`,
  FR: (r) => `${r.pick(['6', '7'])}${r.digits(8)}`,
  BE: (r) => `4${r.pick(['7', '8', '9'])}${r.digits(7)}`,
  ES: (r) => `6${r.digits(8)}`,
  PT: (r) => `9${r.pick(['1', '2', '3', '6'])}${r.digits(7)}`,
  MX: (r) => `${r.pick(['55', '33', '81'])}${r.digits(8)}`,
  CL: (r) => `9${r.pick(['5', '6', '7', '8', '9'])}${r.digits(7)}`,
};
const LANDLINE: Record<string, (r: Rng) => string> = {
  GB: (r) => `${r.pick(['2079460', '1174960'])}${r.digits(3)}`,
  US: (r) => `${r.pick(['212', '312', '415'])}5550${r.int(100, 199)}`.slice(0, 10),
  IE: (r) => `1${r.digits(7)}`,
  AU: (r) => `${r.pick(['2', '3'])}${r.int(8, 9)}${r.digits(7)}`,
  DE: (r) => `${r.pick(['30', '40', '89', '221'])}${r.digits(7)}`,
  AT: (r) => `1${r.digits(7)}`,
  CH: (r) => `${r.pick(['44', '31', '61'])}${r.digits(7)}`,
  FR: (r) => `${r.pick(['1', '4', '5'])}${r.digits(8)}`,
  BE: (r) => `2${r.digits(7)}`,
  ES: (r) => `91${r.digits(7)}`,
  MX: (r) => `55${r.digits(8)}`,
  CL: (r) => `22${r.digits(7)}`,
};

export function drawPhone(rng: Rng, country: CountryCode, landline = false): string {
  const gen = (landline ? LANDLINE[country] : undefined) ?? MOBILE[country];
  if (!gen) throw new Error(`no phone pattern for ${country}`);
  for (let i = 0; i < 200; i++) {
    const p = parsePhoneNumberFromString(gen(rng), country);
    if (p?.isValid()) return p.number;
  }
  throw new Error(`no valid number for ${country}`);
}

const EXIT_011 = new Set(['US', 'CA']);

/** A written form of `e164` that reads back, from `region`, as the same number. */
export function writePhone(rng: Rng, e164: string, region: CountryCode, style?: string): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p?.country) throw new Error(`bad number ${e164}`);
  const home = p.country === region;
  const intl = p.formatInternational();
  const national = p.formatNational();
  const styles = home
    ? ['national', 'national', 'compact', 'intl', 'e164', 'zero-zero', 'local-sep', 'plus-zero']
    : ['intl', 'intl', 'e164', EXIT_011.has(region) ? 'exit-011' : 'zero-zero', 'plus-zero'];
  const s = style ?? rng.pick(styles);
  let out: string;
  switch (s) {
    case 'national':
      out = national;
      break;
    case 'compact':
      out = national.replace(/[^\d]/g, '');
      break;
    case 'e164':
      out = e164;
      break;
    case 'zero-zero':
      out = `00${intl.slice(1)}`;
      break;
    case 'exit-011':
      out = `011 ${intl.slice(1)}`;
      break;
    case 'plus-zero': {
      const [cc, ...rest] = intl.split(' ');
      out = p.country === 'IT' || !/^0/.test(national) ? intl : `${cc} (0)${rest.join(' ')}`;
      break;
    }
    case 'local-sep': {
      const digits = national.replace(/[^\d]/g, '');
      if (p.country === 'FR' || p.country === 'BE') out = national.replace(/ /g, '.');
      else if (p.country === 'DE' || p.country === 'AT')
        out = `${national.split(' ')[0]}/${digits.slice((national.split(' ')[0] ?? '').length)}`;
      else if (p.country === 'US' || p.country === 'CA')
        out = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
      else out = national.replace(/ /g, '-');
      break;
    }
    default:
      out = intl;
  }
  const back = parsePhoneNumberFromString(out, region);
  return back?.number === e164 ? out : intl;
}

export const ABROAD: Record<string, CountryCode[]> = {
  GB: ['IE'],
  US: ['CA', 'MX'],
  IE: ['GB'],
  AU: ['NZ'],
  DE: ['AT', 'CH', 'NL'],
  AT: ['DE'],
  CH: ['DE', 'FR'],
  FR: ['BE', 'CH'],
  BE: ['FR', 'NL'],
  ES: ['FR', 'PT'],
  MX: ['US'],
  CL: ['ES'],
};

const FIRST: Record<Lang, string[]> = {
  en: [
    'Olivia',
    'Liam',
    'Siobhan',
    'Connor',
    'Priya',
    'Marcus',
    'Hannah',
    'Tomás',
    'Grace',
    'Declan',
    'Aisha',
    'Ethan',
    'Maeve',
    'Noah',
    'Zoë',
    'Callum',
    'Imogen',
    'Rhys',
  ],
  de: [
    'Jürgen',
    'Lena',
    'Maximilian',
    'Sophie',
    'Björn',
    'Anneliese',
    'Jonas',
    'Fatma',
    'Lukas',
    'Greta',
    'Käthe',
    'Florian',
    'Mia',
    'Tobias',
    'Ilse',
    'Kai',
    'Ursula',
    'Mehmet',
  ],
  fr: [
    'Élodie',
    'Mathieu',
    'Amélie',
    'François',
    'Chloé',
    'Benoît',
    'Inès',
    'Yannick',
    'Margaux',
    'Loïc',
    'Noémie',
    'Thibault',
    'Aurélie',
    'Karim',
    'Solène',
    'Gaëtan',
    'Léa',
    'Hervé',
  ],
  es: [
    'Lucía',
    'Javier',
    'María José',
    'Andrés',
    'Carmen',
    'Íñigo',
    'Valentina',
    'Sebastián',
    'Ximena',
    'Álvaro',
    'Paula',
    'Joaquín',
    'Rocío',
    'Mateo',
    'Begoña',
    'Tomás',
    'Nuria',
    'Ramón',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    'Whitfield',
    "O'Donnell",
    'Patel',
    'McAllister',
    'Van der Berg',
    'Okafor',
    'Fitzgerald',
    'Hughes',
    'Lindqvist',
    'Carrington-Smith',
    'Nakamura',
    'de Souza',
    'Brennan',
    'Ashworth',
  ],
  de: [
    'Schäfer',
    'von Thalheim',
    'Großmann',
    'Yılmaz',
    'Müller-Lüdenscheidt',
    'Krämer',
    'zu Eltz',
    'Oberhuber',
    'Nguyen',
    'Weißkopf',
    'Brandstätter',
    'van Dijk',
    'Seidl',
    'Kühn',
  ],
  fr: [
    'Lefèvre',
    'de la Roche',
    'Dubois-Mercier',
    'Benali',
    'Rousseau',
    'Le Gall',
    'Chevalier',
    'Da Silva',
    'Gauthier',
    "d'Argent",
    'Boucher',
    'Nguyễn',
    'Vasseur',
    'Poirier',
  ],
  es: [
    'García López',
    'de la Fuente',
    'Martínez',
    'Núñez',
    'Fernández de Córdoba',
    'Ibarra',
    'Ortega',
    'Del Valle',
    'Castaño Ruiz',
    'Peña',
    'Sánchez',
    'Zubizarreta',
    'Olmos',
    'Quintero',
  ],
};
const STAFF_FIRST: Record<Lang, string[]> = {
  en: ['Gemma', 'Owen', 'Fiona', 'Stuart', 'Nadia', 'Brendan'],
  de: ['Sabine', 'Uwe', 'Katrin', 'Ralf', 'Petra', 'Dirk'],
  fr: ['Sandrine', 'Olivier', 'Nathalie', 'Pascal', 'Céline', 'Didier'],
  es: ['Marta', 'Jorge', 'Pilar', 'Raúl', 'Elena', 'Vicente'],
};
const STAFF_LAST: Record<Lang, string[]> = {
  en: ['Pemberton', 'Gallagher', 'Thornbury', 'Kowalski', 'Rahman', 'Doyle'],
  de: ['Hartung', 'Wenzel', 'Lorenz', 'Pichler', 'Albers', 'Engel'],
  fr: ['Marchand', 'Perrin', 'Caron', 'Lemoine', 'Barbier', 'Renaud'],
  es: ['Vidal', 'Cabrera', 'Serrano', 'Medina', 'Rojas', 'Prieto'],
};
const MAIL_DOMAINS = [
  'mailbox.example',
  'post.test',
  'inbox.example',
  'webmail.test',
  'correo.example',
  'courriel.test',
  'netz.example',
];

/** ASCII local part of an email address. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function staffName(rng: Rng, lang: Lang): string {
  return `${rng.pick(STAFF_FIRST[lang])} ${rng.pick(STAFF_LAST[lang])}`;
}

export function drawPerson(rng: Rng, lang: Lang, country: CountryCode): Person {
  const firstName = rng.pick(FIRST[lang]);
  const lastName = rng.pick(LAST[lang]);
  const f = asciiFold(firstName);
  const l = asciiFold(lastName);
  const local = rng.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}${rng.int(70, 99)}`,
    `${f}_${l}`,
    `${l}.${f}`,
    `${f}.${l[0]}`,
  ]);
  return {
    firstName,
    lastName,
    email: `${local}@${rng.pick(MAIL_DOMAINS)}`,
    country,
    phone: drawPhone(rng, country),
  };
}

/** Someone else in the email (a partner, a child, a guest): a name only. */
export function otherPerson(rng: Rng, lang: Lang): { firstName: string; lastName: string } {
  return { firstName: rng.pick(FIRST[lang]), lastName: rng.pick(LAST[lang]) };
}

interface BizSeed {
  id: string;
  name: string;
  country: CountryCode;
  local: string;
}

const SEEDS: Record<Lang, Record<Sector, BizSeed>> = {
  en: {
    venue: { id: 'hollins-barn', name: 'Hollins Barn Weddings', country: 'GB', local: 'weddings' },
    tutoring: { id: 'brightpath-tutors', name: 'Brightpath Tutors', country: 'IE', local: 'enrol' },
    rental: { id: 'saltmarsh-cottages', name: 'Saltmarsh Cottages', country: 'AU', local: 'stay' },
    industrial: { id: 'keystone-fasteners', name: 'Keystone Fasteners Inc.', country: 'US', local: 'rfq' },
    trades: { id: 'fernhill-roofing', name: 'Fernhill Roofing', country: 'GB', local: 'jobs' },
    studio: { id: 'north-pier-studio', name: 'North Pier Studio', country: 'US', local: 'hello' },
    clinic: { id: 'riverside-physio', name: 'Riverside Physio', country: 'IE', local: 'bookings' },
  },
  de: {
    venue: { id: 'gut-sonnenhof', name: 'Gut Sonnenhof', country: 'AT', local: 'hochzeit' },
    tutoring: { id: 'lernwerk-nachhilfe', name: 'Lernwerk Nachhilfe', country: 'DE', local: 'anmeldung' },
    rental: { id: 'almchalets-gruber', name: 'Almchalets Gruber', country: 'AT', local: 'buchung' },
    industrial: { id: 'stahlbau-rieger', name: 'Stahlbau Rieger GmbH', country: 'DE', local: 'anfrage' },
    trades: { id: 'malerei-hugentobler', name: 'Malerei Hugentobler AG', country: 'CH', local: 'offerten' },
    studio: { id: 'pixelhafen', name: 'Pixelhafen Designstudio', country: 'DE', local: 'projekte' },
    clinic: { id: 'physio-am-see', name: 'Physio am See', country: 'CH', local: 'termine' },
  },
  fr: {
    venue: { id: 'chateau-vignal', name: 'Château de Vignal', country: 'FR', local: 'mariages' },
    tutoring: { id: 'cours-etoile', name: 'Cours Étoile', country: 'BE', local: 'inscription' },
    rental: { id: 'gites-ardennes', name: 'Gîtes des Ardennes', country: 'BE', local: 'reservations' },
    industrial: { id: 'usinage-perret', name: 'Usinage Perret SA', country: 'CH', local: 'devis' },
    trades: { id: 'toitures-morel', name: 'Toitures Morel', country: 'FR', local: 'chantiers' },
    studio: { id: 'atelier-lumen', name: 'Atelier Lumen', country: 'FR', local: 'bonjour' },
    clinic: { id: 'kine-sablon', name: 'Cabinet de kiné du Sablon', country: 'BE', local: 'rendezvous' },
  },
  es: {
    venue: { id: 'hacienda-los-arcos', name: 'Hacienda Los Arcos', country: 'MX', local: 'bodas' },
    tutoring: { id: 'academia-brujula', name: 'Academia Brújula', country: 'ES', local: 'matriculas' },
    rental: { id: 'casas-del-sur', name: 'Casas del Sur', country: 'CL', local: 'reservas' },
    industrial: {
      id: 'metalurgica-andina',
      name: 'Metalúrgica Andina',
      country: 'CL',
      local: 'cotizaciones',
    },
    trades: { id: 'reformas-guadiana', name: 'Reformas Guadiana', country: 'ES', local: 'presupuestos' },
    studio: { id: 'estudio-nopal', name: 'Estudio Nopal', country: 'MX', local: 'proyectos' },
    clinic: { id: 'fisio-retiro', name: 'Fisioterapia Retiro', country: 'ES', local: 'citas' },
  },
};

// Each business's street, in its own country's style.
const STREETS: Record<string, string> = {
  'hollins-barn': 'Hollins Lane, Skipton BD23 4AB',
  'brightpath-tutors': '14 Quay Street, Galway',
  'saltmarsh-cottages': '3 Esplanade, Kiama NSW 2533',
  'keystone-fasteners': '2200 Industrial Pkwy, Cleveland, OH 44135',
  'fernhill-roofing': 'Unit 3, Mill Lane, Bristol BS3 4EA',
  'north-pier-studio': '220 Harbor Avenue, Brooklyn, NY 11231',
  'riverside-physio': '7 Ormond Quay, Dublin 7',
  'gut-sonnenhof': 'Sonnenhofweg 4, 5020 Salzburg',
  'lernwerk-nachhilfe': 'Bahnhofstraße 12, 50667 Köln',
  'almchalets-gruber': 'Almweg 9, 6290 Mayrhofen',
  'stahlbau-rieger': 'Industriering 7, 93055 Regensburg',
  'malerei-hugentobler': 'Seestrasse 48, 8800 Thalwil',
  pixelhafen: 'Speicherstadt 3, 20457 Hamburg',
  'physio-am-see': 'Quaistrasse 2, 6300 Zug',
  'chateau-vignal': 'Route de Vignal, 24200 Sarlat',
  'cours-etoile': 'Avenue Louise 140, 1050 Bruxelles',
  'gites-ardennes': 'Rue du Moulin 3, 6830 Bouillon',
  'usinage-perret': 'Route de Genève 22, 1260 Nyon',
  'toitures-morel': '12 rue des Tanneurs, 44000 Nantes',
  'atelier-lumen': '8 quai Saint-Antoine, 69002 Lyon',
  'kine-sablon': 'Place du Grand Sablon 11, 1000 Bruxelles',
  'hacienda-los-arcos': 'Carretera a Tequisquiapan km 12, Querétaro',
  'academia-brujula': 'Calle Mayor 21, 28013 Madrid',
  'casas-del-sur': 'Camino a Pichilemu 880, O’Higgins',
  'metalurgica-andina': 'Av. Providencia 1450, Santiago',
  'reformas-guadiana': 'Calle del Prado 8, 06800 Mérida',
  'estudio-nopal': 'Colima 210, Roma Norte, CDMX',
  'fisio-retiro': 'Calle de Alcalá 120, 28009 Madrid',
};

export function businesses(rng: Rng): Business[] {
  const out: Business[] = [];
  for (const lang of LANGS)
    for (const sector of SECTORS) {
      const s = SEEDS[lang][sector];
      const domain = `${s.id}.example`;
      const e164 = drawPhone(rng, s.country, true);
      out.push({
        id: s.id,
        name: s.name,
        lang,
        sector,
        country: s.country,
        domain,
        inbox: `${s.local}@${domain}`,
        phone: writePhone(rng, e164, s.country, rng.pick(['national', 'intl'])),
        street: STREETS[s.id] ?? '',
      });
    }
  return out;
}
