/** Businesses, people, phone numbers and message templates of corpus 13 (all invented). */

import parseDefault, { type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'trees' | 'diving' | 'upholstery' | 'cakes' | 'borehole';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  country: CountryCode;
  inbox: string;
  domain: string;
  /** Where customers from abroad come from. */
  abroad: CountryCode;
  city: string;
  currency: (n: number) => string;
}

const eur = (lang: Lang) => (n: number) =>
  lang === 'en' ? `€${n}` : lang === 'de' ? `${n} €` : lang === 'fr' ? `${n} €` : `${n} €`;

export const BUSINESSES: Business[] = [
  // en
  biz(
    'iroko-trees',
    'Iroko Tree Surgeons',
    'en',
    'trees',
    'NG',
    'jobs@iroko-trees.example',
    'GH',
    'Ibadan',
    (n) => `₦${n * 1000}`,
  ),
  biz(
    'tobago-reef',
    'Tobago Reef Divers',
    'en',
    'diving',
    'TT',
    'dive@tobago-reef.example',
    'GB',
    'Speyside',
    (n) => `TT$${n * 6}`,
  ),
  biz(
    'osu-upholstery',
    'Osu Upholstery Works',
    'en',
    'upholstery',
    'GH',
    'workshop@osu-upholstery.example',
    'NG',
    'Accra',
    (n) => `GH₵${n * 12}`,
  ),
  biz(
    'ube-honey',
    'Ube & Honey Cake Studio',
    'en',
    'cakes',
    'PH',
    'orders@ubehoney.example',
    'HK',
    'Quezon City',
    (n) => `₱${n * 55}`,
  ),
  biz(
    'wessex-borehole',
    'Wessex Borehole & Pump Co.',
    'en',
    'borehole',
    'GB',
    'office@wessex-borehole.test',
    'PL',
    'Shaftesbury',
    (n) => `£${n}`,
  ),
  // de
  biz(
    'baumpflege-eichhorn',
    'Baumpflege Eichhorn',
    'de',
    'trees',
    'DE',
    'auftrag@baumpflege-eichhorn.example',
    'DK',
    'Flensburg',
    eur('de'),
  ),
  biz(
    'tauchschule-attersee',
    'Tauchschule Attersee',
    'de',
    'diving',
    'AT',
    'kurse@tauchschule-attersee.example',
    'CZ',
    'Unterach',
    eur('de'),
  ),
  biz(
    'polsterei-brandauer',
    'Polsterei Brandauer',
    'de',
    'upholstery',
    'CH',
    'werkstatt@polsterei-brandauer.example',
    'IT',
    'Chur',
    (n) => `CHF ${n}`,
  ),
  biz(
    'tortenatelier-swakop',
    'Tortenatelier Swakop',
    'de',
    'cakes',
    'NA',
    'bestellung@torten-swakop.example',
    'ZA',
    'Swakopmund',
    (n) => `N$ ${n * 18}`,
  ),
  biz(
    'brunnenbau-kessler',
    'Brunnenbau Kessler',
    'de',
    'borehole',
    'BE',
    'info@brunnenbau-kessler.test',
    'NL',
    'Eupen',
    eur('de'),
  ),
  // fr
  biz(
    'elagage-chene-liege',
    'Élagage Chêne-Liège',
    'fr',
    'trees',
    'TN',
    'contact@elagage-chene-liege.example',
    'FR',
    'Tabarka',
    (n) => `${n * 3} DT`,
  ),
  biz(
    'plongee-nosy-be',
    'Centre de Plongée Nosy Be',
    'fr',
    'diving',
    'MG',
    'resa@plongee-nosybe.example',
    'RE',
    'Hell-Ville',
    eur('fr'),
  ),
  biz(
    'tapisserie-mbarga',
    'Tapisserie Mbarga',
    'fr',
    'upholstery',
    'CM',
    'atelier@tapisserie-mbarga.example',
    'GA',
    'Douala',
    (n) => `${n * 650} FCFA`,
  ),
  biz(
    'trois-glacages',
    'Pâtisserie Les Trois Glaçages',
    'fr',
    'cakes',
    'FR',
    'commandes@trois-glacages.example',
    'BE',
    'Annecy',
    eur('fr'),
  ),
  biz(
    'forages-jura-leman',
    'Forages Jura-Léman',
    'fr',
    'borehole',
    'CH',
    'devis@forages-jura-leman.test',
    'FR',
    'Nyon',
    (n) => `${n} CHF`,
  ),
  // es
  biz(
    'arboristas-lempa',
    'Arboristas del Lempa',
    'es',
    'trees',
    'SV',
    'servicios@arboristas-lempa.example',
    'GT',
    'Santa Ana',
    (n) => `US$${n}`,
  ),
  biz(
    'buceo-roatan',
    'Buceo Roatán',
    'es',
    'diving',
    'HN',
    'reservas@buceo-roatan.example',
    'NI',
    'West End',
    (n) => `US$${n}`,
  ),
  biz(
    'tapiceria-quintana',
    'Tapicería Hermanos Quintana',
    'es',
    'upholstery',
    'ES',
    'taller@tapiceria-quintana.example',
    'PT',
    'Albacete',
    eur('es'),
  ),
  biz(
    'dulce-borinquen',
    'Repostería Dulce Borinquen',
    'es',
    'cakes',
    'PR',
    'pedidos@dulce-borinquen.example',
    'ES',
    'Ponce',
    (n) => `$${n}`,
  ),
  biz(
    'perforaciones-chimborazo',
    'Perforaciones Chimborazo',
    'es',
    'borehole',
    'EC',
    'cotiza@perforaciones-chimborazo.test',
    'CO',
    'Riobamba',
    (n) => `US$${n * 10}`,
  ),
];

function biz(
  id: string,
  name: string,
  lang: Lang,
  sector: Sector,
  country: CountryCode,
  inbox: string,
  abroad: CountryCode,
  city: string,
  currency: (n: number) => string,
): Business {
  return {
    id,
    name,
    lang,
    sector,
    country,
    inbox,
    domain: inbox.split('@')[1] ?? '',
    abroad,
    city,
    currency,
  };
}

/** First names and surnames by country (surnames with particles where the country has them). */
const NAMES: Partial<Record<CountryCode, [string[], string[]]>> = {
  NG: [
    ['Chiamaka', 'Oluwaseun', 'Ifeoma', 'Babatunde', 'Ngozi', 'Emeka'],
    ['Adeyemi', 'Okafor', 'Nwachukwu', 'Balogun', 'Eze-Williams', 'Ogunleye'],
  ],
  GH: [
    ['Akosua', 'Kwame', 'Efua', 'Yaw', 'Abena', 'Kofi'],
    ['Mensah', 'Owusu-Ansah', 'Boateng', 'Asante', 'Quaye', 'Darko'],
  ],
  TT: [
    ['Keisha', 'Ravi', 'Anya', 'Marlon', 'Shivani', 'Dwayne'],
    ['Ramdial', 'de Gannes', 'Mohammed', 'Charles', 'Baptiste-Joseph', 'Persad'],
  ],
  GB: [
    ['Harriet', 'Callum', 'Imogen', 'Rhys', 'Philippa', 'Gareth'],
    ['Pennington', "O'Driscoll", 'Featherstone', 'ap Gwilym', 'Thwaite', 'MacAulay'],
  ],
  PH: [
    ['Maricel', 'Jericho', 'Rowena', 'Paolo', 'Kristine Joy', 'Arnel'],
    ['dela Cruz', 'Macaraeg', 'Villanueva', 'Santiago', 'delos Reyes', 'Bautista'],
  ],
  HK: [
    ['Wing Yan', 'Kelvin', 'Cheuk Ling', 'Desmond'],
    ['Chan', 'Leung', 'Ho', 'Tsang'],
  ],
  PL: [
    ['Agnieszka', 'Tomasz', 'Magdalena', 'Krzysztof'],
    ['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur'],
  ],
  US: [
    ['Shannon', 'Tyler', 'Brianna', 'Marcus'],
    ['Whitaker', 'Delgado', 'Kowalski', 'Fairbanks'],
  ],
  DE: [
    ['Henrike', 'Jannis', 'Friederike', 'Lasse', 'Wiebke', 'Malte'],
    ['Petersen', 'von Rantzau', 'Hansen', 'Brodersen', 'Thießen', 'zur Nieden'],
  ],
  DK: [
    ['Mette', 'Søren', 'Line', 'Anders'],
    ['Kjærgaard', 'Mikkelsen', 'Lund', 'Højgaard'],
  ],
  AT: [
    ['Valentina', 'Florian', 'Theresa', 'Lukas', 'Magdalena', 'Stefan'],
    ['Pichler', 'Hinterberger', 'Moser', 'Ebner-Wallner', 'Gruber', 'Leitgeb'],
  ],
  CZ: [
    ['Tereza', 'Jakub', 'Kateřina', 'Ondřej'],
    ['Svoboda', 'Procházka', 'Kučera', 'Marek'],
  ],
  CH: [
    ['Seraina', 'Gian Luca', 'Corina', 'Reto', 'Annalena', 'Marco'],
    ['Casanova', 'Caduff', 'von Planta', 'Derungs', 'Tscharner', 'Bischofberger'],
  ],
  IT: [
    ['Chiara', 'Matteo', 'Giulia', 'Davide'],
    ['Bernasconi', 'Della Torre', 'Rinaldi', 'Fumagalli'],
  ],
  NA: [
    ['Ilse', 'Dirk', 'Anneliese', 'Hendrik', 'Ndapewa', 'Gerhard'],
    ['Brandt', 'Nghifindaka', 'van Wyk', 'Schlettwein', 'Shikongo', 'Voigts'],
  ],
  ZA: [
    ['Thandeka', 'Pieter', 'Lerato', 'Johan'],
    ['van der Merwe', 'Dlamini', 'Botha', 'Nkosi'],
  ],
  BE: [
    ['Lena', 'Jens', 'Marie-Luise', 'Yannick', 'Carina', 'Dominik'],
    ['Kessler', 'Mreches', 'Hilligsmann', 'Langer', 'Schröder', 'Cormann'],
  ],
  NL: [
    ['Femke', 'Joris', 'Sanne', 'Bram'],
    ['van den Berg', 'de Vries', 'Jansen', 'Bakker'],
  ],
  TN: [
    ['Sonia', 'Mehdi', 'Amira', 'Karim', 'Yasmine', 'Nizar'],
    ['Ben Salah', 'Trabelsi', 'Gharbi', 'Ben Youssef', 'Jaziri', 'Chaabane'],
  ],
  FR: [
    ['Solène', 'Bastien', 'Clémence', 'Thibault', 'Anaïs', 'Grégoire'],
    ['Lemaire', 'de Saint-Exupéry', 'Marchand', 'Le Goff', 'Dupuis-Ferrand', 'Rousseau'],
  ],
  MG: [
    ['Hanitra', 'Tojo', 'Voahangy', 'Rija', 'Fara', 'Andry'],
    ['Rakotomalala', 'Randrianarisoa', 'Rasoanaivo', 'Andriamanalina', 'Razafy', 'Rabe'],
  ],
  RE: [
    ['Murielle', 'Jean-Hugues', 'Nadège', 'Dimitri'],
    ['Payet', 'Hoarau', 'Grondin', 'Técher'],
  ],
  CM: [
    ['Clarisse', 'Serge', 'Brigitte', 'Hervé', 'Nadine', 'Aristide'],
    ['Mbarga', 'Fotso', 'Nguema', 'Tchoumi', 'Essomba', 'Kamga'],
  ],
  GA: [
    ['Prisca', 'Wilfried', 'Sandrine', 'Ulrich'],
    ['Ondo Mba', 'Nzé', 'Moussavou', 'Obame'],
  ],
  SV: [
    ['Xiomara', 'Rigoberto', 'Karla', 'Nelson', 'Yesenia', 'Óscar'],
    ['Hernández', 'Portillo', 'Quintanilla', 'de la O', 'Alvarado', 'Menjívar'],
  ],
  GT: [
    ['Ana Lucía', 'Byron', 'Heidy', 'Estuardo'],
    ['Cojulún', 'Barrios', 'Monzón', 'Ajú'],
  ],
  HN: [
    ['Dania', 'Wilmer', 'Marisol', 'Elvin', 'Sulay', 'Henry'],
    ['Zelaya', 'Bonilla', 'Cruz Irías', 'Matamoros', 'Velásquez', 'Funes'],
  ],
  NI: [
    ['Scarleth', 'Danilo', 'Ivania', 'Róger'],
    ['Chamorro', 'Téllez', 'Obando', 'Guevara'],
  ],
  ES: [
    ['Nuria', 'Íñigo', 'Rocío', 'Álvaro', 'Montserrat', 'Jacobo'],
    ['Navarro', 'de la Fuente', 'Gallardo', 'Ibáñez', 'Castro Pardo', 'Soler'],
  ],
  PT: [
    ['Inês', 'Tiago', 'Beatriz', 'Rui'],
    ['Ferreira', 'dos Santos', 'Carvalho', 'Gonçalves'],
  ],
  PR: [
    ['Yamilette', 'Javier', 'Coral', 'Edgardo', 'Keila', 'Raúl'],
    ['Rivera', 'Colón', 'Figueroa', 'Del Toro', 'Santiago Ortiz', 'Maldonado'],
  ],
  EC: [
    ['Mishel', 'Santiago', 'Dayana', 'Fabricio', 'Gissela', 'Patricio'],
    ['Guamán', 'Chiriboga', 'Yépez', 'Cevallos', 'Andrade', 'Vinueza'],
  ],
  CO: [
    ['Valeria', 'Julián', 'Catalina', 'Andrés'],
    ['Restrepo', 'Ospina', 'Zuluaga', 'Cárdenas'],
  ],
};

/** Names that are one word only (people who sign or register with one name). */
const SINGLE: Partial<Record<CountryCode, string[]>> = {
  NG: ['Tobiloba'],
  PH: ['Jomar'],
  MG: ['Hasina'],
  TN: ['Ramzi'],
  DE: ['Kalle'],
  HN: ['Yolany'],
};

export interface Person {
  first: string;
  last: string;
  country: CountryCode;
  email: string;
  /** Phone as E.164. */
  e164: string;
  single: boolean;
}

const ASCII = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const MAIL_DOMAINS = ['mailbox.example', 'post.example', 'webmail.test', 'inbox.example', 'correo.example'];

export function makePerson(rng: Rng, country: CountryCode, allowSingle: boolean): Person {
  const pair = NAMES[country];
  if (!pair) throw new Error(`no names for ${country}`);
  const single = allowSingle && SINGLE[country] !== undefined && rng.chance(0.25);
  const first = single ? rng.pick(SINGLE[country] ?? []) : rng.pick(pair[0]);
  const last = single ? '' : rng.pick(pair[1]);
  const f = ASCII(first);
  const l = ASCII(last);
  const local = single
    ? `${f}${rng.digits(2)}`
    : rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${rng.digits(2)}`, `${l}.${f}`, `${f}_${l[0]}`]);
  return {
    first,
    last,
    country,
    email: `${local}@${rng.pick(MAIL_DOMAINS)}`,
    e164: makeNumber(rng, country),
    single,
  };
}

const maxValid = (e164: string) => parseMax(e164)?.isValid() === true;
const defValid = (e164: string) => parseDefault(e164)?.isValid() === true;

export function makeNumber(rng: Rng, country: CountryCode): string {
  const ex = getExampleNumber(country, examples);
  if (!ex) throw new Error(`no example for ${country}`);
  const base = ex.number as string;
  for (let i = 0; i < 50; i++) {
    const keep = base.length - 5;
    const n = `${base.slice(0, keep)}${rng.digits(5)}`;
    if (maxValid(n) && defValid(n) && n !== base) return n;
  }
  throw new Error(`no valid number for ${country}`);
}

export type PhoneForm = 'national' | 'intl' | 'e164' | 'double0' | 'trunk0' | 'dashed' | 'compact' | '011';

/** The number written in `form`, or null when that form would not read back as the number. */
export function writePhone(e164: string, form: PhoneForm, readRegion: CountryCode): string | null {
  const p = parseMax(e164);
  if (!p) return null;
  const intl = p.formatInternational();
  const nat = p.formatNational();
  const cc = p.countryCallingCode;
  const rest = intl.slice(cc.length + 2);
  let s: string;
  switch (form) {
    case 'national':
      s = nat;
      break;
    case 'intl':
      s = intl;
      break;
    case 'e164':
      s = e164;
      break;
    case 'double0':
      s = `00${cc} ${rest}`;
      break;
    case '011':
      s = `011 ${cc} ${rest}`;
      break;
    case 'trunk0': {
      if (!nat.startsWith('0')) return null;
      s = `+${cc} (0)${nat.slice(1)}`;
      break;
    }
    case 'dashed':
      s = nat.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
      break;
    case 'compact':
      s = nat.replace(/\D/g, '');
      break;
  }
  return readsBack(s, e164, readRegion) ? s : null;
}

export function readsBack(written: string, e164: string, region: CountryCode): boolean {
  let w = written.trim();
  if (w.startsWith('011 ')) w = `+${w.slice(4)}`;
  if (w.startsWith('00')) w = `+${w.slice(2)}`;
  const candidates = [w, w.replace('(0)', '')];
  return candidates.some((c) => {
    const a = parseMax(c, region);
    return a?.isValid() === true && a.number === e164;
  });
}

/** Formats customers use (international ones first when abroad). */
export function phoneFor(
  rng: Rng,
  e164: string,
  home: CountryCode,
  readRegion: CountryCode,
  intlOnly: boolean,
  nanpDialler = false,
): string {
  const abroad = home !== readRegion;
  const forms: PhoneForm[] =
    intlOnly || abroad
      ? nanpDialler && abroad
        ? ['011', '011', '011', 'intl']
        : ['intl', 'e164', 'double0', 'trunk0', 'double0']
      : ['national', 'national', 'intl', 'e164', 'dashed', 'compact', 'double0', 'trunk0'];
  for (let i = 0; i < 6; i++) {
    const w = writePhone(e164, rng.pick(forms), readRegion);
    if (w) return w;
  }
  return writePhone(e164, 'intl', readRegion) ?? e164;
}

export const COUNTRY_NAMES: Record<Lang, Partial<Record<CountryCode, string>>> = {
  en: {
    NG: 'Nigeria',
    GH: 'Ghana',
    TT: 'Trinidad and Tobago',
    GB: 'United Kingdom',
    PH: 'Philippines',
    HK: 'Hong Kong',
    PL: 'Poland',
  },
  de: {
    DE: 'Deutschland',
    DK: 'Dänemark',
    AT: 'Österreich',
    CZ: 'Tschechien',
    CH: 'Schweiz',
    IT: 'Italien',
    NA: 'Namibia',
    ZA: 'Südafrika',
    BE: 'Belgien',
    NL: 'Niederlande',
  },
  fr: {
    TN: 'Tunisie',
    FR: 'France',
    MG: 'Madagascar',
    RE: 'La Réunion',
    CM: 'Cameroun',
    GA: 'Gabon',
    CH: 'Suisse',
    BE: 'Belgique',
  },
  es: {
    SV: 'El Salvador',
    GT: 'Guatemala',
    HN: 'Honduras',
    NI: 'Nicaragua',
    ES: 'España',
    PT: 'Portugal',
    PR: 'Puerto Rico',
    EC: 'Ecuador',
    CO: 'Colombia',
  },
};

export function countryName(lang: Lang, c: CountryCode): string {
  return COUNTRY_NAMES[lang][c] ?? c;
}

/** Staff names per language (never customers). */
const STAFF: Record<Lang, [string, string][]> = {
  en: [
    ['Adaeze', 'Okonjo'],
    ['Terrence', 'Alleyne'],
    ['Felicity', 'Ashworth'],
    ['Nana Ama', 'Ofori'],
    ['Lorna', 'Gatchalian'],
    ['Desmond', 'Trotman'],
  ],
  de: [
    ['Ulrike', 'Sönnichsen'],
    ['Bernd', 'Aigner'],
    ['Tamara', 'Cavegn'],
    ['Holger', 'Kampmann'],
    ['Sabine', 'Radermacher'],
    ['Jörg', 'Wetzlar'],
  ],
  fr: [
    ['Mériem', 'Bouaziz'],
    ['Ludovic', 'Rasolofo'],
    ['Pascaline', 'Ekotto'],
    ['Arnaud', 'Vuilleumier'],
    ['Séverine', 'Castagnet'],
    ['Olivier', 'Ngassa'],
  ],
  es: [
    ['Maritza', 'Lemus'],
    ['Osmín', 'Reyes Flores'],
    ['Inmaculada', 'Cerezo'],
    ['Wilfredo', 'Acevedo'],
    ['Gabriela', 'Paredes'],
    ['Fausto', 'Almeida'],
  ],
};

export interface Staff {
  first: string;
  last: string;
  full: string;
  email: string;
  direct: string;
  mobile: string;
  role: string;
}

const ROLES: Record<Lang, string[]> = {
  en: ['Office Manager', 'Bookings Coordinator', 'Operations Lead', 'Owner'],
  de: ['Büroleitung', 'Disposition', 'Inhaber', 'Kundenbetreuung'],
  fr: ['Responsable administrative', 'Chargé de clientèle', 'Gérant', 'Accueil & réservations'],
  es: ['Coordinadora de reservas', 'Gerente', 'Atención al cliente', 'Jefe de taller'],
};

export function makeStaff(rng: Rng, b: Business): Staff {
  const [first, last] = rng.pick(STAFF[b.lang]);
  const direct = writePhone(makeNumber(rng, b.country), 'intl', b.country) ?? '';
  const mobile = writePhone(makeNumber(rng, b.country), 'intl', b.country) ?? '';
  return {
    first,
    last,
    full: `${first} ${last}`,
    email: `${ASCII(first)}.${ASCII(last)}@${b.domain}`,
    direct,
    mobile,
    role: rng.pick(ROLES[b.lang]),
  };
}

/** The sector's service nouns and one detail sentence, per language. */
export const SERVICES: Record<
  Sector,
  Record<Lang, { services: string[]; detail: string[]; item: string }>
> = {
  trees: {
    en: {
      services: [
        'crown reduction',
        'stump grinding',
        'felling a leaning mango tree',
        'hedge and palm clearing',
      ],
      detail: [
        'The tree overhangs the neighbour’s roof by about two metres.',
        'Access is through a side gate, 90 cm wide.',
        'There are power lines along the back fence.',
      ],
      item: 'the tree',
    },
    de: {
      services: ['Kronenpflege', 'Baumfällung mit Seilklettertechnik', 'Wurzelstockfräsen', 'Baumkontrolle'],
      detail: [
        'Die Eiche steht etwa drei Meter vom Carport entfernt.',
        'Die Zufahrt ist nur 1,20 m breit.',
        'Ein Ast ist beim letzten Sturm angebrochen.',
      ],
      item: 'den Baum',
    },
    fr: {
      services: [
        'élagage d’un chêne-liège',
        'abattage d’un eucalyptus',
        'dessouchage',
        'taille d’une haie de cyprès',
      ],
      detail: [
        'L’arbre penche vers la route depuis l’orage.',
        'Le terrain est en pente, accès par un chemin de terre.',
        'Il y a une ligne téléphonique juste à côté.',
      ],
      item: 'l’arbre',
    },
    es: {
      services: ['poda de un conacaste', 'tala de un eucalipto', 'destoconado', 'poda de palmeras'],
      detail: [
        'Las ramas ya tocan el techo de lámina de la casa.',
        'El acceso es por una calle de tierra.',
        'Hay cables de luz cerca del árbol.',
      ],
      item: 'el árbol',
    },
  },
  diving: {
    en: {
      services: [
        'Open Water course',
        'two-tank boat dive',
        'Advanced Adventurer course',
        'discover scuba session',
      ],
      detail: [
        'One of us has not dived for six years.',
        'We are staying near Pigeon Point.',
        'My son is 13 and very keen.',
      ],
      item: 'the dive',
    },
    de: {
      services: ['Open-Water-Kurs', 'Nachttauchgang', 'Trockentauchkurs', 'Schnuppertauchen'],
      detail: [
        'Mein letzter Tauchgang ist vier Jahre her.',
        'Wir bringen eigene Anzüge mit, brauchen aber Flaschen.',
        'Meine Tochter ist 12 Jahre alt.',
      ],
      item: 'den Tauchgang',
    },
    fr: {
      services: [
        'baptême de plongée',
        'formation Niveau 1',
        'sortie à la journée avec deux plongées',
        'plongée de nuit',
      ],
      detail: [
        'Nous logeons à Ambatoloaka.',
        'Ma fille a 11 ans et sait bien nager.',
        'Je n’ai pas plongé depuis 2019.',
      ],
      item: 'la plongée',
    },
    es: {
      services: [
        'curso Open Water',
        'inmersión doble en bote',
        'curso de buceo avanzado',
        'bautizo de buceo',
      ],
      detail: [
        'Llegamos en ferry desde La Ceiba.',
        'Mi hijo tiene 12 años.',
        'Hace cinco años que no buceo.',
      ],
      item: 'la inmersión',
    },
  },
  upholstery: {
    en: {
      services: [
        'reupholstering a three-seater sofa',
        'new foam for dining chairs',
        'recovering a wingback chair',
        'boat cushions in marine vinyl',
      ],
      detail: [
        'The frame is solid but the springs have gone.',
        'We would like a fabric that survives two cats.',
        'There are six chairs in total.',
      ],
      item: 'the sofa',
    },
    de: {
      services: [
        'Neubezug eines Ohrensessels',
        'Aufpolstern von sechs Esszimmerstühlen',
        'Neubezug einer Eckbank',
        'Reparatur einer Chaiselongue',
      ],
      detail: [
        'Der Sessel ist von 1962 und hat noch die Originalfedern.',
        'Wir suchen einen robusten Stoff, Kinder im Haus.',
        'Die Bank ist 2,40 m lang.',
      ],
      item: 'den Sessel',
    },
    fr: {
      services: [
        'réfection d’un canapé trois places',
        'garnissage de chaises Louis XV',
        'recouverture d’un fauteuil crapaud',
        'coussins de banquette sur mesure',
      ],
      detail: [
        'Le tissu d’origine est très abîmé.',
        'Nous avons quatre chaises et un tabouret.',
        'Le bois est en bon état.',
      ],
      item: 'le fauteuil',
    },
    es: {
      services: [
        'retapizado de un sofá de tres plazas',
        'tapizado de seis sillas de comedor',
        'restauración de un sillón orejero',
        'cojines para un banco de obra',
      ],
      detail: [
        'La estructura está bien pero la espuma está hundida.',
        'Tenemos dos gatos, buscamos una tela resistente.',
        'El banco mide 2,10 m.',
      ],
      item: 'el sofá',
    },
  },
  cakes: {
    en: {
      services: [
        'a three-tier wedding cake',
        'an ube birthday cake',
        'a christening cake',
        'cupcake tower for 80 guests',
      ],
      detail: [
        'One guest has a nut allergy.',
        'The venue has no fridge, so delivery on the day.',
        'We like the ube-macapuno flavour.',
      ],
      item: 'the cake',
    },
    de: {
      services: [
        'Hochzeitstorte mit drei Etagen',
        'Kindergeburtstagstorte',
        'Tauftorte',
        'Motivtorte für ein Firmenjubiläum',
      ],
      detail: [
        'Ein Gast verträgt keine Nüsse.',
        'Die Feier ist in Walvis Bay, Lieferung wäre ideal.',
        'Bitte ohne Fondant, lieber Buttercreme.',
      ],
      item: 'die Torte',
    },
    fr: {
      services: [
        'une pièce montée',
        'un layer cake d’anniversaire',
        'un gâteau de baptême',
        'un assortiment de 60 mignardises',
      ],
      detail: [
        'Un invité est allergique aux fruits à coque.',
        'La salle est à 20 minutes d’Annecy.',
        'Nous aimerions une déco fleurs séchées.',
      ],
      item: 'le gâteau',
    },
    es: {
      services: [
        'un bizcocho de boda de tres pisos',
        'un bizcocho de cumpleaños de guayaba',
        'un bizcocho de bautizo',
        'una mesa de postres para 70 personas',
      ],
      detail: [
        'Una invitada es alérgica a las nueces.',
        'El salón queda en Juana Díaz.',
        'Nos gusta el relleno de guayaba con queso.',
      ],
      item: 'el bizcocho',
    },
  },
  borehole: {
    en: {
      services: [
        'a new borehole for a smallholding',
        'replacing a submersible pump',
        'a water test and borehole inspection',
        'a pressure tank upgrade',
      ],
      detail: [
        'The old well is about 40 metres deep.',
        'The pump trips the breaker every few days.',
        'The site is on chalk, near a stream.',
      ],
      item: 'the borehole',
    },
    de: {
      services: [
        'Bohrung eines Gartenbrunnens',
        'Austausch der Tiefbrunnenpumpe',
        'Brunnenregenerierung',
        'Wasseranalyse',
      ],
      detail: [
        'Der alte Brunnen ist ca. 25 m tief.',
        'Die Pumpe läuft ständig nach.',
        'Zufahrt für ein Bohrgerät ist über die Wiese möglich.',
      ],
      item: 'den Brunnen',
    },
    fr: {
      services: [
        'forage d’un puits pour arrosage',
        'remplacement de la pompe immergée',
        'analyse de l’eau du puits',
        'installation d’un surpresseur',
      ],
      detail: [
        'Le puits actuel fait environ 30 m.',
        'La pompe se coupe toute seule.',
        'Un camion peut accéder par le champ.',
      ],
      item: 'le forage',
    },
    es: {
      services: [
        'perforación de un pozo para riego',
        'cambio de bomba sumergible',
        'limpieza de pozo',
        'análisis de agua',
      ],
      detail: [
        'El pozo viejo tiene unos 35 metros.',
        'La bomba se apaga sola cada tanto.',
        'El camión puede entrar por el potrero.',
      ],
      item: 'el pozo',
    },
  },
};

/**
 * Message templates: several paragraphs, colon lines, times, prices, a list, questions, short lines.
 * `{s}` service, `{d}` detail, `{p}` price, `{i}` item.
 */
const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'We are looking at {s} for some time in the next month.\n\n{d} Could you let me know if Saturdays are possible?',
    'I saw your work on a friend’s place and would like a quote for {s}.\n\nA few things to know:\n- {d}\n- we are free after 4:30pm on weekdays\n- budget is around {p}\n\nIs a site visit needed first?',
    'Need a price for {s} please.\nNote: {d}\nBest time to call: 8:00–10:00.',
    'Quick question before I book: does the price of {p} include everything, or are there extras?\n\nWe want {s}. {d}\n\nShort notice is fine.',
    'We would like {s}.\n\nRe timing: any day except the 14th. Re budget: up to {p}.\n\n{d}',
  ],
  de: [
    'Wir interessieren uns für {s} in den nächsten Wochen.\n\n{d} Wäre ein Samstag möglich?',
    'Ich hätte gern ein Angebot für {s}.\n\nKurz zur Lage:\n- {d}\n- wir sind werktags ab 16:30 Uhr erreichbar\n- Budget ca. {p}\n\nMüssen Sie vorher vorbeikommen?',
    'Bitte um Preis für {s}.\nHinweis: {d}\nAm besten erreichbar: 8:00–10:00 Uhr.',
    'Eine Frage vorab: Ist bei {p} alles inklusive oder kommen noch Kosten dazu?\n\nEs geht um {s}. {d}\n\nKurzfristig geht auch.',
    'Wir möchten {s} beauftragen.\n\nTermin: jeder Tag außer dem 14. Budget: bis {p}.\n\n{d}',
  ],
  fr: [
    'Nous aimerions {s} dans le courant du mois prochain.\n\n{d} Le samedi serait-il possible ?',
    'Je souhaiterais un devis pour {s}.\n\nQuelques précisions :\n- {d}\n- nous sommes joignables après 16h30 en semaine\n- budget autour de {p}\n\nFaut-il une visite avant ?',
    'Merci de me donner un prix pour {s}.\nRemarque : {d}\nCréneau pour appeler : 8h00–10h00.',
    'Petite question avant de réserver : est-ce que {p} comprend tout, ou y a-t-il des suppléments ?\n\nC’est pour {s}. {d}\n\nUn délai court nous irait aussi.',
    'Nous voudrions {s}.\n\nDate : n’importe quel jour sauf le 14. Budget : jusqu’à {p}.\n\n{d}',
  ],
  es: [
    'Nos interesa {s} en algún momento del próximo mes.\n\n{d} ¿Se puede un sábado?',
    'Quisiera una cotización para {s}.\n\nAlgunos datos:\n- {d}\n- estamos disponibles después de las 4:30 p. m. entre semana\n- presupuesto de unos {p}\n\n¿Hace falta una visita antes?',
    'Necesito precio para {s}.\nNota: {d}\nMejor hora para llamar: 8:00–10:00.',
    'Una pregunta antes de reservar: ¿los {p} incluyen todo o hay extras?\n\nQueremos {s}. {d}\n\nNos sirve con poco aviso.',
    'Quisiéramos {s}.\n\nFecha: cualquier día menos el 14. Presupuesto: hasta {p}.\n\n{d}',
  ],
};

export function makeMessage(rng: Rng, b: Business): { message: string; service: string } {
  const sv = SERVICES[b.sector][b.lang];
  const service = rng.pick(sv.services);
  const message = rng
    .pick(TEMPLATES[b.lang])
    .replace('{s}', service)
    .replace('{d}', rng.pick(sv.detail))
    .replace('{p}', b.currency(rng.pick([150, 240, 380, 520, 900])))
    .replace('{i}', sv.item);
  return { message, service };
}
