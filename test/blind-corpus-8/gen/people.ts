/** Businesses, customers, staff and phone numbers of the eighth blind corpus (all invented). */
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];
export type Sector = 'tax' | 'pest' | 'optics' | 'charter' | 'cleaning';
export type Region =
  | 'GB'
  | 'US'
  | 'AU'
  | 'IE'
  | 'CA'
  | 'DE'
  | 'AT'
  | 'CH'
  | 'FR'
  | 'BE'
  | 'LU'
  | 'ES'
  | 'MX'
  | 'PE'
  | 'CL'
  | 'UY'
  | 'NL'
  | 'IT';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  region: Region;
  inbox: string;
  domain: string;
  /** The business's own switchboard (E.164), a distractor. */
  switchboard: string;
  city: string;
  street: string;
}

export interface Person {
  first: string;
  last: string;
  email: string;
}

export interface Staff {
  first: string;
  last: string;
  email: string;
  phone: string;
  title: string;
}

const RAW: [Lang, Sector, Region, string, string, string, string, string][] = [
  ['en', 'tax', 'GB', 'ledgerly-tax', 'Ledgerly Tax & Accounts', 'returns', 'Leeds', '14 Wellington Row'],
  ['en', 'pest', 'US', 'bugshield-pest', 'Bugshield Pest Control', 'service', 'Columbus', '2210 Orchard Ave'],
  ['en', 'optics', 'AU', 'clearview-optics', 'Clearview Optics', 'bookings', 'Geelong', '31 Moorabool St'],
  ['en', 'charter', 'IE', 'shannon-sail', 'Shannon Sail Charters', 'charter', 'Killaloe', 'The Quay'],
  [
    'en',
    'cleaning',
    'CA',
    'maplebright-clean',
    'Maplebright Cleaning',
    'quotes',
    'Halifax',
    '88 Agricola St',
  ],
  ['de', 'tax', 'DE', 'steuerbuero-wendt', 'Steuerbüro Wendt', 'mandate', 'Bielefeld', 'Niederwall 21'],
  ['de', 'pest', 'AT', 'schaedlingsfrei-gruber', 'Schädlingsfrei Gruber', 'einsatz', 'Linz', 'Landstraße 44'],
  ['de', 'optics', 'CH', 'optik-sonnenberg', 'Optik Sonnenberg', 'termine', 'Luzern', 'Hertensteinstrasse 9'],
  [
    'de',
    'charter',
    'DE',
    'ostsee-yachtcharter',
    'Ostsee Yachtcharter Prerow',
    'buchung',
    'Prerow',
    'Hafenweg 3',
  ],
  [
    'de',
    'cleaning',
    'AT',
    'glanzwerk-reinigung',
    'Glanzwerk Gebäudereinigung',
    'anfrage',
    'Graz',
    'Annenstraße 17',
  ],
  ['fr', 'tax', 'FR', 'fiduciaire-armand', 'Fiduciaire Armand', 'contact', 'Nantes', '5 rue Crébillon'],
  ['fr', 'pest', 'BE', 'nuisibles-stop', 'Nuisibles Stop', 'intervention', 'Namur', '12 rue de Fer'],
  ['fr', 'optics', 'CH', 'optique-rhone', 'Optique du Rhône', 'rendezvous', 'Sion', 'Rue du Rhône 28'],
  [
    'fr',
    'charter',
    'CA',
    'voiles-saint-laurent',
    'Voiles du Saint-Laurent',
    'reservation',
    'Rimouski',
    '140 rue de la Marina',
  ],
  [
    'fr',
    'cleaning',
    'LU',
    'net-eclat',
    'Net’Éclat Services',
    'devis',
    'Esch-sur-Alzette',
    '23 rue de l’Alzette',
  ],
  [
    'es',
    'tax',
    'ES',
    'asesoria-robledo',
    'Asesoría Fiscal Robledo',
    'consultas',
    'Valladolid',
    'Calle Santiago 12',
  ],
  ['es', 'pest', 'MX', 'plagas-azteca', 'Control de Plagas Azteca', 'servicio', 'Puebla', 'Av. Reforma 310'],
  ['es', 'optics', 'PE', 'optica-miraflores', 'Óptica Miraflores', 'citas', 'Lima', 'Av. Larco 455'],
  [
    'es',
    'charter',
    'CL',
    'veleros-pacifico',
    'Veleros del Pacífico',
    'reservas',
    'Valparaíso',
    'Muelle Barón s/n',
  ],
  [
    'es',
    'cleaning',
    'UY',
    'limpiezas-rambla',
    'Limpiezas Rambla',
    'presupuestos',
    'Montevideo',
    'Rambla Gandhi 640',
  ],
];

export const NEIGHBOUR: Record<string, Region> = {
  GB: 'IE',
  US: 'CA',
  AU: 'GB',
  IE: 'GB',
  CA: 'US',
  DE: 'AT',
  AT: 'DE',
  CH: 'DE',
  FR: 'BE',
  BE: 'FR',
  LU: 'FR',
  ES: 'FR',
  MX: 'US',
  PE: 'CL',
  CL: 'PE',
  UY: 'ES',
};

export const COUNTRY_NAME: Record<Lang, Record<string, string>> = {
  en: {
    GB: 'United Kingdom',
    US: 'United States',
    AU: 'Australia',
    IE: 'Ireland',
    CA: 'Canada',
    DE: 'Germany',
    AT: 'Austria',
    CH: 'Switzerland',
    FR: 'France',
    BE: 'Belgium',
    LU: 'Luxembourg',
    ES: 'Spain',
    MX: 'Mexico',
    PE: 'Peru',
    CL: 'Chile',
    UY: 'Uruguay',
  },
  de: {
    GB: 'Vereinigtes Königreich',
    US: 'USA',
    AU: 'Australien',
    IE: 'Irland',
    CA: 'Kanada',
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    FR: 'Frankreich',
    BE: 'Belgien',
    LU: 'Luxemburg',
    ES: 'Spanien',
    MX: 'Mexiko',
    PE: 'Peru',
    CL: 'Chile',
    UY: 'Uruguay',
  },
  fr: {
    GB: 'Royaume-Uni',
    US: 'États-Unis',
    AU: 'Australie',
    IE: 'Irlande',
    CA: 'Canada',
    DE: 'Allemagne',
    AT: 'Autriche',
    CH: 'Suisse',
    FR: 'France',
    BE: 'Belgique',
    LU: 'Luxembourg',
    ES: 'Espagne',
    MX: 'Mexique',
    PE: 'Pérou',
    CL: 'Chili',
    UY: 'Uruguay',
  },
  es: {
    GB: 'Reino Unido',
    US: 'Estados Unidos',
    AU: 'Australia',
    IE: 'Irlanda',
    CA: 'Canadá',
    DE: 'Alemania',
    AT: 'Austria',
    CH: 'Suiza',
    FR: 'Francia',
    BE: 'Bélgica',
    LU: 'Luxemburgo',
    ES: 'España',
    MX: 'México',
    PE: 'Perú',
    CL: 'Chile',
    UY: 'Uruguay',
  },
};

const FIRST: Record<Lang, string[]> = {
  en: [
    'Harriet',
    'Callum',
    'Priya',
    'Declan',
    'Maisie',
    'Owen',
    'Tamsin',
    'Reuben',
    'Niamh',
    'Jasper',
    'Imogen',
    'Kwame',
    'Fern',
    'Ellis',
    'Rosalind',
    'Theo',
  ],
  de: [
    'Henrike',
    'Jannik',
    'Liselotte',
    'Bastian',
    'Meike',
    'Ole',
    'Friederike',
    'Malte',
    'Annika',
    'Korbinian',
    'Svenja',
    'Timo',
    'Wiebke',
    'Jörg',
    'Ilse',
    'Ludger',
  ],
  fr: [
    'Apolline',
    'Gaspard',
    'Maëlle',
    'Baptiste',
    'Solène',
    'Tanguy',
    'Éloïse',
    'Romain',
    'Clémence',
    'Aurélien',
    'Ninon',
    'Yanis',
    'Bérénice',
    'Loïc',
    'Margaux',
    'Hervé',
  ],
  es: [
    'Ximena',
    'Bruno',
    'Lucía',
    'Iñaki',
    'Renata',
    'Matías',
    'Araceli',
    'Gonzalo',
    'Itziar',
    'Emiliano',
    'Rocío',
    'Tadeo',
    'Maite',
    'Joaquín',
    'Abril',
    'Ramiro',
  ],
};

const LAST: Record<Lang, string[]> = {
  en: [
    'Pemberton',
    'Okafor',
    'MacLeod',
    "O'Donnell",
    'Whitcombe',
    'de Souza',
    'Ashworth',
    'Van Buren',
    'Lindqvist',
    'Fairbrother-Hale',
    'Nakamura',
    'Treharne',
    'Quigley',
    'St. Clair',
    'Mbeki',
    'Halloran',
  ],
  de: [
    'Brinkmann',
    'von Oertzen',
    'Kühnel',
    'Schäuble',
    'zu Rantzau',
    'Lüdtke',
    'Hoffmann-Brandt',
    'Oberhuber',
    'van Laak',
    'Grote',
    'Wüstefeld',
    'Pietsch',
    'Dörrbecker',
    'Kessler',
    'Mayrhofer',
    'von der Heide',
  ],
  fr: [
    'Lemaire',
    'de Kerguelen',
    'Fournel',
    'Brassac',
    'du Teil',
    'Giraudeau',
    'Le Bihan',
    'Delacroix-Morin',
    "d'Ornano",
    'Vasseur',
    'Chappuis',
    'Ndiaye',
    'Rousselot',
    'de la Tour',
    'Quéré',
    'Béranger',
  ],
  es: [
    'Montalbán',
    'de la Vega',
    'Urrutia',
    'Carrasco Peña',
    'del Castillo',
    'Ibarra',
    'Zubizarreta',
    'Villalobos',
    'San Román',
    'Quispe',
    'Echeverría',
    'Arancibia',
    'de los Santos',
    'Muñoz Tapia',
    'Olmos',
    'Ferreyra',
  ],
};

const STAFF_FIRST: Record<Lang, string[]> = {
  en: ['Gemma', 'Rory', 'Dana', 'Felix', 'Hollie', 'Marcus'],
  de: ['Katrin', 'Ulf', 'Sabine', 'Dirk', 'Nadine', 'Heiko'],
  fr: ['Sandrine', 'Cyril', 'Nadège', 'Thibault', 'Coralie', 'Fabrice'],
  es: ['Mercedes', 'Andrés', 'Pilar', 'Sergio', 'Nuria', 'Esteban'],
};
const STAFF_LAST: Record<Lang, string[]> = {
  en: ['Thornbury', 'Keane', 'Whitlock', 'Brannigan', 'Cresswell', 'Dunmore'],
  de: ['Rademacher', 'Steinle', 'Fuchsberger', 'Jankowski', 'Tiedemann', 'Eberl'],
  fr: ['Marchetti', 'Pelletier', 'Roussel', 'Gauthier', 'Lacombe', 'Verdier'],
  es: ['Galindo', 'Cisneros', 'Navarrete', 'Bustos', 'Arellano', 'Toledo'],
};
const STAFF_TITLE: Record<Lang, string[]> = {
  en: ['Office Manager', 'Client Services', 'Operations Lead'],
  de: ['Büroleitung', 'Kundenbetreuung', 'Disposition'],
  fr: ['Responsable accueil', 'Chargée de clientèle', 'Coordination'],
  es: ['Coordinación', 'Atención al cliente', 'Administración'],
};

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const MAIL_DOMAINS = [
  'postbox.example',
  'mailhub.test',
  'inbox-mail.example',
  'correo.test',
  'webpost.example',
  'kmail.test',
];

export function drawPerson(rng: Rng, lang: Lang): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`]);
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

export function drawStaff(rng: Rng, biz: Business, avoid?: Staff): Staff {
  for (;;) {
    const first = rng.pick(STAFF_FIRST[biz.lang]);
    const last = rng.pick(STAFF_LAST[biz.lang]);
    if (avoid && (avoid.first === first || avoid.last === last)) continue;
    return {
      first,
      last,
      email: `${ascii(first)}.${ascii(last)}@${biz.domain}`,
      phone: drawNumber(rng, biz.region),
      title: rng.pick(STAFF_TITLE[biz.lang]),
    };
  }
}

/** A valid mobile number (E.164) of a region: the example number with its tail redrawn. */
export function drawNumber(rng: Rng, region: Region): string {
  const ex = getExampleNumber(region, examples);
  if (!ex) throw new Error(`no example for ${region}`);
  const nsn = ex.nationalNumber as string;
  for (let i = 0; i < 200; i++) {
    const keep = Math.max(2, nsn.length - 6);
    const cand = `+${ex.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`;
    const p = parsePhoneNumberFromString(cand);
    if (p?.isValid() && p.country === region) return p.number as string;
  }
  throw new Error(`no valid number for ${region}`);
}

/** A landline-ish distractor derived from a number by changing one digit (not checked). */
export function nearby(e164: string, rng: Rng): string {
  const i = e164.length - rng.int(2, 5);
  const d = (Number(e164[i]) + rng.int(1, 8)) % 10;
  return `${e164.slice(0, i)}${d}${e164.slice(i + 1)}`;
}

export type PhoneForm =
  | 'national'
  | 'international'
  | 'e164'
  | 'compact'
  | 'dashed'
  | 'dotted'
  | '00'
  | '011'
  | 'plus0';
export const ALL_FORMS: readonly PhoneForm[] = [
  'national',
  'international',
  'e164',
  'compact',
  'dashed',
  'dotted',
  '00',
  '011',
  'plus0',
];

/** The number written in a form; kept only if it reads back from `readRegion` as the same number. */
export function writePhone(e164: string, readRegion: Region, form: PhoneForm): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(`bad ${e164}`);
  const intl = p.formatInternational();
  const national = p.formatNational();
  const cc = p.countryCallingCode;
  let s: string;
  switch (form) {
    case 'national':
      s = national;
      break;
    case 'international':
      s = intl;
      break;
    case 'e164':
      s = e164;
      break;
    case 'compact':
      s = national.replace(/[\s()-]/g, '');
      break;
    case 'dashed':
      s = national.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
      break;
    case 'dotted':
      s = intl.replace(/^\+\d+\s/, '').replace(/\s+/g, '.');
      s = national.startsWith('0') ? `0${s}` : s;
      break;
    case '00':
      s = `00${intl.slice(1)}`;
      break;
    case '011':
      s = readRegion === 'US' || readRegion === 'CA' ? `011 ${intl.slice(1)}` : intl;
      break;
    case 'plus0':
      s = national.startsWith('0') ? `+${cc} (0)${intl.slice(cc.length + 2)}` : intl;
      break;
  }
  const back = parsePhoneNumberFromString(s, readRegion);
  if (back?.number === e164) return s;
  return intl;
}

export function buildBusinesses(rng: Rng): Business[] {
  return RAW.map(([lang, sector, region, id, name, box, city, street]) => ({
    id,
    name,
    lang,
    sector,
    region,
    domain: `${id}.example`,
    inbox: `${box}@${id}.example`,
    switchboard: drawNumber(rng, region),
    city,
    street,
  }));
}
