/** Businesses, staff, customers, countries, phone numbers and written phone forms, services and messages. */
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseDefault } from 'libphonenumber-js';
import { getExampleNumber, parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];
export type Sector = 'hearing' | 'memorials' | 'kennels' | 'sauna' | 'framing';

export interface Staff {
  first: string;
  last: string;
  role: string;
  email: string;
  direct: string;
  mobile: string;
}

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  region: CountryCode;
  inbox: string;
  domain: string;
  switchboard: string;
  street: string;
  staff: Staff[];
}

export interface Person {
  first: string;
  last: string | null;
  email: string;
}

// ---------------------------------------------------------------- countries

export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  MT: { en: 'Malta', de: 'Malta', fr: 'Malte', es: 'Malta' },
  IT: { en: 'Italy', de: 'Italien', fr: 'Italie', es: 'Italia' },
  GB: { en: 'United Kingdom', de: 'Vereinigtes Königreich', fr: 'Royaume-Uni', es: 'Reino Unido' },
  IE: { en: 'Ireland', de: 'Irland', fr: 'Irlande', es: 'Irlanda' },
  KE: { en: 'Kenya', de: 'Kenia', fr: 'Kenya', es: 'Kenia' },
  UG: { en: 'Uganda', de: 'Uganda', fr: 'Ouganda', es: 'Uganda' },
  CA: { en: 'Canada', de: 'Kanada', fr: 'Canada', es: 'Canadá' },
  US: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
  JM: { en: 'Jamaica', de: 'Jamaika', fr: 'Jamaïque', es: 'Jamaica' },
  AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
  DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
  FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
  BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
  CI: { en: "Côte d'Ivoire", de: 'Elfenbeinküste', fr: 'Côte d’Ivoire', es: 'Costa de Marfil' },
  BF: { en: 'Burkina Faso', de: 'Burkina Faso', fr: 'Burkina Faso', es: 'Burkina Faso' },
  MC: { en: 'Monaco', de: 'Monaco', fr: 'Monaco', es: 'Mónaco' },
  ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
  PT: { en: 'Portugal', de: 'Portugal', fr: 'Portugal', es: 'Portugal' },
  GT: { en: 'Guatemala', de: 'Guatemala', fr: 'Guatemala', es: 'Guatemala' },
  MX: { en: 'Mexico', de: 'Mexiko', fr: 'Mexique', es: 'México' },
  PY: { en: 'Paraguay', de: 'Paraguay', fr: 'Paraguay', es: 'Paraguay' },
  BO: { en: 'Bolivia', de: 'Bolivien', fr: 'Bolivie', es: 'Bolivia' },
  DO: {
    en: 'Dominican Republic',
    de: 'Dominikanische Republik',
    fr: 'République dominicaine',
    es: 'República Dominicana',
  },
  PE: { en: 'Peru', de: 'Peru', fr: 'Pérou', es: 'Perú' },
};

/** Where a foreign customer of a business in this country lives. */
export const NEIGHBOUR: Record<string, CountryCode> = {
  MT: 'IT',
  GB: 'IE',
  KE: 'UG',
  CA: 'US',
  JM: 'GB',
  AT: 'DE',
  DE: 'AT',
  CH: 'DE',
  IT: 'AT',
  FR: 'BE',
  BE: 'FR',
  CI: 'BF',
  MC: 'FR',
  ES: 'PT',
  GT: 'MX',
  PY: 'BO',
  DO: 'ES',
  BO: 'PE',
};

const NANP = new Set(['US', 'CA', 'JM', 'DO']);

function validBoth(e164: string): boolean {
  const a = parseMax(e164);
  const b = parseDefault(e164);
  return !!a && a.isValid() && a.number === e164 && !!b && b.isValid() && b.number === e164;
}

/** A valid mobile number of the country: the example number with its last five digits redrawn. */
export function drawNumber(rng: Rng, country: CountryCode): string {
  const ex = getExampleNumber(country, examples);
  if (!ex) throw new Error(`no example for ${country}`);
  const base = ex.number as string;
  for (let i = 0; i < 200; i++) {
    const tail = country === 'US' ? `55501${rng.digits(2)}`.slice(-5) : rng.digits(5);
    const cand = base.slice(0, -5) + tail;
    if (validBoth(cand)) return cand;
  }
  return base;
}

export function intl(e164: string): string {
  return parseMax(e164)?.formatInternational() ?? e164;
}

export type PhoneForm = 'national' | 'intl' | 'e164' | '00' | 'cc0' | '011' | 'dotted' | 'dashed' | 'compact';

function readsBack(written: string, region: CountryCode, e164: string): boolean {
  const a = parseMax(written, region);
  const b = parseDefault(written, region);
  return !!a && a.number === e164 && a.isValid() && !!b && b.number === e164;
}

/** The phone as a customer would type it in the given form, kept only if it reads back from `region`. */
export function writePhone(
  e164: string,
  form: PhoneForm,
  region: CountryCode,
  businessRegion: CountryCode,
): { written: string; form: PhoneForm } {
  const p = parseMax(e164);
  if (!p) throw new Error(e164);
  const national = p.formatNational();
  const cc = p.countryCallingCode;
  const intlForm = p.formatInternational();
  const nationalDigits = national.replace(/\D/g, '');
  let w: string;
  switch (form) {
    case 'national':
      w = national;
      break;
    case 'intl':
      w = intlForm;
      break;
    case 'e164':
      w = e164;
      break;
    case '00':
      w = `00${intlForm.slice(1)}`;
      break;
    case 'cc0':
      w = nationalDigits.startsWith('0') ? `+${cc} (0)${intlForm.slice(cc.length + 2)}` : intlForm;
      break;
    case '011':
      w = NANP.has(businessRegion) && !NANP.has(p.country ?? '') ? `011 ${intlForm.slice(1)}` : intlForm;
      break;
    case 'dotted':
      w = national
        .replace(/[()]/g, '')
        .trim()
        .replace(/[\s-]+/g, '.');
      break;
    case 'dashed':
      w = national
        .replace(/[()]/g, '')
        .trim()
        .replace(/[\s.]+/g, '-');
      break;
    case 'compact':
      w = nationalDigits;
      break;
  }
  const check = form === 'cc0' ? w.replace('(0)', '') : w;
  if (readsBack(w, region, e164) && readsBack(check, region, e164))
    return { written: w, form: w === intlForm && form !== 'intl' ? 'intl' : form };
  return { written: intlForm, form: 'intl' };
}

// ---------------------------------------------------------------- businesses

interface BizSeed {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  region: CountryCode;
  inbox: string;
  street: string;
}

const BIZ: BizSeed[] = [
  {
    id: 'harbour-hearing',
    name: 'Harbour Hearing Clinic',
    lang: 'en',
    sector: 'hearing',
    region: 'MT',
    inbox: 'appointments@harbour-hearing.example',
    street: '14 Triq il-Kbira, Sliema',
  },
  {
    id: 'kestle-stonemasons',
    name: 'Kestle & Daughters Stonemasons',
    lang: 'en',
    sector: 'memorials',
    region: 'GB',
    inbox: 'enquiries@kestle-stonemasons.example',
    street: 'Quarry Lane, Bodmin PL31 2XX',
  },
  {
    id: 'ngong-kennels',
    name: 'Ngong Hills Kennels & Grooming',
    lang: 'en',
    sector: 'kennels',
    region: 'KE',
    inbox: 'bookings@ngong-kennels.example',
    street: 'Kibiko Road, Ngong',
  },
  {
    id: 'northern-cedar',
    name: 'Northern Cedar Saunas',
    lang: 'en',
    sector: 'sauna',
    region: 'CA',
    inbox: 'quotes@northern-cedar.test',
    street: '88 Mill Street, Huntsville ON',
  },
  {
    id: 'blue-mahoe',
    name: 'Blue Mahoe Framing & Restoration',
    lang: 'en',
    sector: 'framing',
    region: 'JM',
    inbox: 'studio@blue-mahoe.example',
    street: '22 Hope Road, Kingston 10',
  },
  {
    id: 'hoerakustik-wendlinger',
    name: 'Hörakustik Wendlinger',
    lang: 'de',
    sector: 'hearing',
    region: 'AT',
    inbox: 'termin@hoerakustik-wendlinger.example',
    street: 'Herrengasse 9, 8010 Graz',
  },
  {
    id: 'steinmetz-albrecht',
    name: 'Steinmetz Albrecht Grabmale',
    lang: 'de',
    sector: 'memorials',
    region: 'DE',
    inbox: 'anfrage@steinmetz-albrecht.example',
    street: 'Friedhofstraße 3, 97070 Würzburg',
  },
  {
    id: 'hundepension-tannenhof',
    name: 'Hundepension Tannenhof',
    lang: 'de',
    sector: 'kennels',
    region: 'CH',
    inbox: 'buchung@tannenhof-hunde.example',
    street: 'Tannenweg 12, 3612 Steffisburg',
  },
  {
    id: 'saunabau-ritten',
    name: 'Saunabau Ritten',
    lang: 'de',
    sector: 'sauna',
    region: 'IT',
    inbox: 'angebot@saunabau-ritten.test',
    street: 'Dorfstraße 40, 39054 Klobenstein',
  },
  {
    id: 'rahmenwerkstatt-fuchs',
    name: 'Rahmenwerkstatt Fuchs',
    lang: 'de',
    sector: 'framing',
    region: 'DE',
    inbox: 'werkstatt@rahmen-fuchs.example',
    street: 'Kirchgasse 7, 04109 Leipzig',
  },
  {
    id: 'audition-clemence',
    name: 'Audition Clémence',
    lang: 'fr',
    sector: 'hearing',
    region: 'FR',
    inbox: 'rdv@audition-clemence.example',
    street: '5 place du Marché, 35000 Rennes',
  },
  {
    id: 'marbrerie-vandenhove',
    name: 'Marbrerie Vandenhove',
    lang: 'fr',
    sector: 'memorials',
    region: 'BE',
    inbox: 'devis@marbrerie-vandenhove.example',
    street: 'Rue des Carrières 31, 7060 Soignies',
  },
  {
    id: 'pension-canine-plateau',
    name: 'Pension Canine du Plateau',
    lang: 'fr',
    sector: 'kennels',
    region: 'CI',
    inbox: 'reservation@pension-canine-plateau.example',
    street: 'Riviera Golf, Cocody, Abidjan',
  },
  {
    id: 'spas-laurentides',
    name: 'Spas & Saunas Laurentides',
    lang: 'fr',
    sector: 'sauna',
    region: 'CA',
    inbox: 'soumission@spas-laurentides.test',
    street: '210 rue Principale, Saint-Sauveur QC',
  },
  {
    id: 'encadrement-grimaldi',
    name: 'Atelier d’Encadrement Grimaldi',
    lang: 'fr',
    sector: 'framing',
    region: 'MC',
    inbox: 'atelier@encadrement-grimaldi.example',
    street: '3 rue Basse, 98000 Monaco',
  },
  {
    id: 'auditivo-alboran',
    name: 'Centro Auditivo Alborán',
    lang: 'es',
    sector: 'hearing',
    region: 'ES',
    inbox: 'citas@auditivo-alboran.example',
    street: 'Calle Larios 18, 29005 Málaga',
  },
  {
    id: 'marmoleria-san-cristobal',
    name: 'Marmolería San Cristóbal',
    lang: 'es',
    sector: 'memorials',
    region: 'GT',
    inbox: 'cotizaciones@marmoleria-sancristobal.example',
    street: '6a Avenida 12-40, Zona 1, Guatemala',
  },
  {
    id: 'guarderia-nanduti',
    name: 'Guardería Canina Ñandutí',
    lang: 'es',
    sector: 'kennels',
    region: 'PY',
    inbox: 'reservas@guarderia-nanduti.example',
    street: 'Avda. Mariscal López 2311, Asunción',
  },
  {
    id: 'saunas-caribe',
    name: 'Saunas y Spas del Caribe',
    lang: 'es',
    sector: 'sauna',
    region: 'DO',
    inbox: 'ventas@saunas-caribe.test',
    street: 'Av. Abraham Lincoln 504, Santo Domingo',
  },
  {
    id: 'marqueria-illimani',
    name: 'Marquería Illimani',
    lang: 'es',
    sector: 'framing',
    region: 'BO',
    inbox: 'taller@marqueria-illimani.example',
    street: 'Calle Jaén 711, La Paz',
  },
];

const STAFF_NAMES: Record<Lang, [string, string][]> = {
  en: [
    ['Rosalind', 'Achterberg'],
    ['Kwabena', 'Asante'],
    ['Imogen', 'Tregarthen'],
    ['Desmond', 'McAllister'],
    ['Priya', 'Raghunathan'],
    ['Callum', 'Fairweather'],
  ],
  de: [
    ['Ulrike', 'Pfanzelt'],
    ['Matthias', 'Oberhollenzer'],
    ['Svenja', 'Kamphausen'],
    ['Reto', 'Gisler'],
    ['Heike', 'Brunnbauer'],
    ['Florian', 'Weißenbacher'],
  ],
  fr: [
    ['Solène', 'Marchetti'],
    ['Yannick', 'Kouadio'],
    ['Gaëlle', 'Verhaegen'],
    ['Benoît', 'Lapointe'],
    ['Inès', 'Rouquette'],
    ['Thibault', 'Desrosiers'],
  ],
  es: [
    ['Marisol', 'Quintanilla'],
    ['Rodrigo', 'Achá'],
    ['Yolanda', 'Cifuentes'],
    ['Ezequiel', 'Larraburu'],
    ['Lucía', 'Portocarrero'],
    ['Joaquín', 'Mendizábal'],
  ],
};

const ROLES: Record<Lang, string[]> = {
  en: ['Practice Manager', 'Front Desk', 'Sales & Estimating', 'Owner'],
  de: ['Büroleitung', 'Kundenservice', 'Inhaber', 'Beratung & Verkauf'],
  fr: ['Responsable accueil', 'Conseillère', 'Gérant', 'Service client'],
  es: ['Atención al cliente', 'Gerente', 'Asesora comercial', 'Recepción'],
};

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export function buildBusinesses(rng: Rng): Business[] {
  return BIZ.map((b, i) => {
    const domain = b.inbox.split('@')[1] as string;
    const names = STAFF_NAMES[b.lang];
    const staff: Staff[] = [0, 1, 2].map((k) => {
      const [first, last] = names[(i + k * 2) % names.length] as [string, string];
      return {
        first,
        last,
        role: ROLES[b.lang][(i + k) % 4] as string,
        email: `${slug(first)}.${slug(last)}@${domain}`,
        direct: intl(drawNumber(rng, b.region)),
        mobile: intl(drawNumber(rng, b.region)),
      };
    });
    return { ...b, domain, switchboard: intl(drawNumber(rng, b.region)), staff };
  });
}

// ---------------------------------------------------------------- customers

/** First and last names by the country the customer lives in; particles and double names belong to `last`. */
const NAMES: Record<string, { first: string[]; last: string[] }> = {
  MT: {
    first: ['Maria Dolores', 'Jean Paul', 'Roderick', 'Charlene', 'Keith'],
    last: ['Camilleri', 'Zammit', 'Farrugia', 'Borg Cardona', 'Xuereb'],
  },
  IT: { first: ['Giulia', 'Lorenzo', 'Chiara'], last: ['De Santis', 'Lo Presti', 'Ferraro'] },
  GB: {
    first: ['Harriet', 'Nathaniel', 'Siobhan', 'Olamide', 'Gwen'],
    last: ['Pengelly', 'Okonkwo-Hart', 'Trevithick', 'ap Rhys', 'Blackmore'],
  },
  IE: { first: ['Aoife', 'Ciarán', 'Niamh'], last: ['Mac Giolla Phádraig', 'Doherty', 'Ó Súilleabháin'] },
  KE: {
    first: ['Wanjiru', 'Otieno', 'Akinyi', 'Kipchoge', 'Nyambura'],
    last: ['Kamau', 'Odhiambo', 'Mutua', 'Chebet', 'Wafula'],
  },
  UG: { first: ['Nakato', 'Ssemakula'], last: ['Mugisha', 'Namubiru'] },
  CA: {
    first: ['Geneviève', 'Liam', 'Mei', 'Jean-François', 'Madison'],
    last: ['Tremblay', 'Nakamura', 'St-Onge', 'MacLeod', 'Bouchard'],
  },
  US: { first: ['Tyler', 'Brianna', 'Dwayne'], last: ['Kowalczyk', 'Washington', 'DeLuca'] },
  JM: {
    first: ['Shanique', 'Delroy', 'Tamika', 'Fitzroy', 'Kerry-Ann'],
    last: ['Campbell', 'McKenzie', 'Grant-Whyte', 'Chin', 'Ebanks'],
  },
  AT: {
    first: ['Theresia', 'Lukas', 'Magdalena', 'Valentin', 'Johanna'],
    last: ['Hölzl', 'Leitgeb', 'Prantl', 'Edlinger', 'Wurzer'],
  },
  DE: {
    first: ['Friederike', 'Jannik', 'Annegret', 'Torben', 'Mehmet'],
    last: ['von der Heydt', 'Schmalfuß', 'Kötter', 'Yıldırım', 'Drechsel'],
  },
  CH: {
    first: ['Barbla', 'Urs', 'Seraina', 'Ueli', 'Nadja'],
    last: ['Caflisch', 'Zurbriggen', 'Brügger', 'Stucki', 'von Wattenwyl'],
  },
  FR: {
    first: ['Maëlle', 'Gwenaël', 'Apolline', 'Baptiste', 'Nadège'],
    last: ['Le Bihan', 'Courtois', 'de La Villemarqué', 'Kerjean', 'Fabre-Lacoste'],
  },
  BE: {
    first: ['Louise', 'Arnaud', 'Ophélie', 'Maxime', 'Delphine'],
    last: ['Van Damme', 'Delvaux', 'Lefebvre', 'Wauters', 'de Ligne'],
  },
  CI: {
    first: ['Adjoua', 'Koffi', 'Aya', 'Mamadou', 'Affoué'],
    last: ['Kouassi', 'N’Guessan', 'Konaté', 'Yao', 'Bamba'],
  },
  BF: { first: ['Rasmata', 'Issouf'], last: ['Ouédraogo', 'Sawadogo'] },
  MC: {
    first: ['Stéphanie', 'Alexandre', 'Capucine', 'Raphaël', 'Léonie'],
    last: ['Pastor', 'Médecin', 'de Millo Terrazzani', 'Boisson', 'Gastaud'],
  },
  ES: {
    first: ['Begoña', 'Iñaki', 'Rocío', 'Álvaro', 'Montserrat'],
    last: ['Garrido Luque', 'Etxeberria', 'de la Torre', 'Moreno', 'Santamaría'],
  },
  PT: { first: ['Inês', 'Tiago'], last: ['Gonçalves', 'Sousa Pinto'] },
  GT: {
    first: ['Sucely', 'Byron', 'Ixchel', 'Edgar', 'Marleny'],
    last: ['Ajanel', 'de León', 'Xicará', 'Orellana', 'Tuyuc'],
  },
  MX: { first: ['Ximena', 'Emiliano'], last: ['Villaseñor', 'Garza'] },
  PY: {
    first: ['Rosalba', 'Derlis', 'Liz', 'Aníbal', 'Mirna'],
    last: ['Benítez', 'Giménez Cáceres', 'Ortiz', 'Brítez', 'Aquino'],
  },
  BO: { first: ['Wara', 'Jhonny'], last: ['Mamani', 'Quispe'] },
  DO: {
    first: ['Yokasta', 'Wilkin', 'Anyelina', 'Ramón Emilio', 'Yanelkis'],
    last: ['Peña', 'Santana', 'de los Santos', 'Almonte', 'Pichardo'],
  },
  PE: { first: ['Milagros', 'Renzo'], last: ['Huamán', 'Salazar'] },
};

const MAIL_DOMAINS = [
  'mail.example',
  'posteo.test',
  'inbox.example',
  'webmail.test',
  'correo.example',
  'family.test',
];

export function drawPerson(rng: Rng, country: string, n: number): Person {
  const pool = NAMES[country] ?? NAMES.GB;
  if (!pool) throw new Error(country);
  const first = pool.first[n % pool.first.length] as string;
  const last = rng.pick(pool.last);
  const local = rng.pick([
    `${slug(first)}.${slug(last)}`,
    `${slug(first).slice(0, 1)}${slug(last)}${rng.int(2, 99)}`,
    `${slug(last)}.${slug(first)}`,
    `${slug(first)}${rng.int(70, 99)}`,
  ]);
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

// ---------------------------------------------------------------- services and messages

interface SectorWords {
  service: string[];
  detail: string[];
  subject: string;
  other: string; // the "who is it for" third party: patient, pet, deceased, etc.
}

export const SECTOR: Record<Sector, Record<Lang, SectorWords>> = {
  hearing: {
    en: {
      service: ['a hearing test', 'a hearing-aid fitting', 'custom swim earplugs'],
      detail: [
        'My current aids whistle whenever I wear a hat.',
        'It is for my father, who is 81 and struggles on the phone.',
      ],
      subject: 'Hearing appointment',
      other: 'patient',
    },
    de: {
      service: ['einen Hörtest', 'eine Hörgeräte-Anpassung', 'einen Gehörschutz nach Maß'],
      detail: [
        'Mein altes Gerät pfeift, sobald ich telefoniere.',
        'Es geht um meine Mutter (79), sie versteht im Restaurant kaum etwas.',
      ],
      subject: 'Termin Hörtest',
      other: 'Patient',
    },
    fr: {
      service: [
        'un bilan auditif',
        'un essai d’appareils auditifs',
        'des bouchons sur mesure pour la musique',
      ],
      detail: [
        'Mes appareils actuels sifflent dès que je mets un bonnet.',
        'C’est pour mon père, 83 ans, qui n’entend plus la télévision.',
      ],
      subject: 'Rendez-vous audition',
      other: 'patient',
    },
    es: {
      service: ['una audiometría', 'una prueba de audífonos', 'unos tapones a medida para natación'],
      detail: [
        'Mis audífonos actuales pitan cuando uso el móvil.',
        'Es para mi madre, de 80 años, que ya no oye el timbre.',
      ],
      subject: 'Cita auditiva',
      other: 'paciente',
    },
  },
  memorials: {
    en: {
      service: [
        'a new headstone',
        'additional lettering on an existing memorial',
        'cleaning and re-levelling a family grave',
      ],
      detail: [
        'The plot is in the churchyard extension, row F.',
        'We would like grey granite with a simple rose carved at the top.',
      ],
      subject: 'Memorial enquiry',
      other: 'the deceased',
    },
    de: {
      service: ['einen neuen Grabstein', 'eine Nachbeschriftung', 'die Reinigung einer Grabstelle'],
      detail: [
        'Das Grab liegt auf dem Hauptfriedhof, Feld 12.',
        'Wir denken an hellen Muschelkalk mit schlichter Schrift.',
      ],
      subject: 'Anfrage Grabmal',
      other: 'Verstorbene/r',
    },
    fr: {
      service: ['un monument funéraire', 'une gravure complémentaire', 'la rénovation d’un caveau'],
      detail: [
        'La concession se trouve au cimetière communal, allée 4.',
        'Nous aimerions un granit gris clair avec une croix sobre.',
      ],
      subject: 'Demande de devis monument',
      other: 'défunt',
    },
    es: {
      service: ['una lápida nueva', 'un grabado adicional', 'la restauración de un nicho familiar'],
      detail: [
        'El nicho está en el Cementerio General, sector 3.',
        'Nos gustaría mármol blanco con letras doradas.',
      ],
      subject: 'Cotización lápida',
      other: 'difunto',
    },
  },
  kennels: {
    en: {
      service: ['boarding for our dog', 'a full groom', 'daycare three days a week'],
      detail: [
        'She is a nervous rescue and does not like other dogs at first.',
        'He is on tablets twice a day with food.',
      ],
      subject: 'Boarding request',
      other: 'dog',
    },
    de: {
      service: [
        'Ferienbetreuung für unseren Hund',
        'eine Fellpflege komplett',
        'Tagesbetreuung an drei Tagen',
      ],
      detail: [
        'Sie ist ängstlich und braucht etwas Zeit mit anderen Hunden.',
        'Er bekommt morgens und abends Tabletten ins Futter.',
      ],
      subject: 'Anfrage Hundepension',
      other: 'Hund',
    },
    fr: {
      service: [
        'une pension pour notre chien',
        'un toilettage complet',
        'la garderie trois jours par semaine',
      ],
      detail: [
        'Elle est craintive au début avec les autres chiens.',
        'Il prend un comprimé matin et soir avec sa gamelle.',
      ],
      subject: 'Demande de pension',
      other: 'chien',
    },
    es: {
      service: ['hospedaje para nuestro perro', 'un baño y corte completo', 'guardería tres días por semana'],
      detail: [
        'Es una perrita rescatada y al principio le cuesta con otros perros.',
        'Toma una pastilla mañana y noche con la comida.',
      ],
      subject: 'Consulta de hospedaje',
      other: 'perro',
    },
  },
  sauna: {
    en: {
      service: ['an outdoor barrel sauna', 'a six-person hot tub', 'servicing our wood-fired sauna stove'],
      detail: [
        'The deck is about 3.5 m by 4 m and gets full sun.',
        'We already have a 240 V line run to the back of the garage.',
      ],
      subject: 'Sauna quote',
      other: 'installer',
    },
    de: {
      service: [
        'eine Fass-Sauna für den Garten',
        'einen Whirlpool für sechs Personen',
        'die Wartung unseres Saunaofens',
      ],
      detail: ['Die Terrasse misst etwa 3,5 × 4 m.', 'Ein Starkstromanschluss liegt schon in der Garage.'],
      subject: 'Angebot Sauna',
      other: 'Monteur',
    },
    fr: {
      service: ['un sauna baril extérieur', 'un spa six places', 'l’entretien de notre poêle de sauna'],
      detail: [
        'La terrasse fait environ 3,5 m sur 4 m.',
        'Nous avons déjà une ligne 240 V au fond du garage.',
      ],
      subject: 'Soumission sauna',
      other: 'installateur',
    },
    es: {
      service: [
        'un sauna exterior tipo barril',
        'un jacuzzi para seis personas',
        'el mantenimiento de nuestro jacuzzi',
      ],
      detail: [
        'La terraza mide unos 3,5 × 4 m y da el sol todo el día.',
        'Ya tenemos una toma de 220 V junto a la piscina.',
      ],
      subject: 'Cotización sauna',
      other: 'técnico',
    },
  },
  framing: {
    en: {
      service: [
        'framing a large watercolour',
        'restoring an old oil portrait',
        'box-framing a signed football shirt',
      ],
      detail: [
        'It is roughly 70 × 50 cm and has some foxing at the edges.',
        'The canvas has a small tear near the bottom left corner.',
      ],
      subject: 'Framing enquiry',
      other: 'artist',
    },
    de: {
      service: [
        'die Rahmung eines großen Aquarells',
        'die Restaurierung eines alten Ölbilds',
        'einen Objektrahmen für ein Trikot',
      ],
      detail: [
        'Es ist etwa 70 × 50 cm groß und an den Rändern stockfleckig.',
        'Die Leinwand hat unten links einen kleinen Riss.',
      ],
      subject: 'Anfrage Rahmung',
      other: 'Künstler',
    },
    fr: {
      service: [
        'l’encadrement d’une grande aquarelle',
        'la restauration d’un portrait à l’huile',
        'une caisse américaine pour un maillot dédicacé',
      ],
      detail: [
        'Elle mesure environ 70 × 50 cm et a quelques rousseurs sur les bords.',
        'La toile a une petite déchirure en bas à gauche.',
      ],
      subject: 'Demande d’encadrement',
      other: 'artiste',
    },
    es: {
      service: [
        'enmarcar una acuarela grande',
        'restaurar un retrato al óleo antiguo',
        'un marco caja para una camiseta firmada',
      ],
      detail: [
        'Mide unos 70 × 50 cm y tiene manchas de humedad en los bordes.',
        'El lienzo tiene un pequeño rasgón abajo a la izquierda.',
      ],
      subject: 'Consulta de enmarcado',
      other: 'artista',
    },
  },
};

const PRICE: Record<string, string> = {
  MT: '€450',
  GB: '£600',
  KE: 'KES 18,000',
  CA: '$4,500',
  JM: 'J$35,000',
  AT: '450 €',
  DE: '600 €',
  CH: 'CHF 520',
  IT: '4.800 €',
  FR: '450 €',
  BE: '1 200 €',
  CI: '75 000 FCFA',
  MC: '380 €',
  ES: '450 €',
  GT: 'Q 3,500',
  PY: '₲ 900.000',
  DO: 'RD$ 95,000',
  BO: 'Bs 1.200',
};

/** Message templates without greeting or sign-off: paragraphs split by blank lines; colons, times, prices and lists inside. */
const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'I would like to arrange {service}. {detail}',
    'Two questions before we go ahead:\n1. How long does {service} usually take?\n2. Do you need a deposit, and can we pay by card?\n\n{detail}',
    '{detail}\n\nTimes that suit me: Tuesday after 16:30 or Saturday 10:00-12:00.\nBudget: around {price}, a bit more if needed.\n\nIs that realistic?',
    'Could you send me a rough price for {service}?\nShort notice, sorry!',
    'We were quoted {price} elsewhere for {service}, which felt steep. Note: we are flexible on dates, anything after the 14th works.\n\n{detail} Would someone be able to call me back this week?',
  ],
  de: [
    'Ich interessiere mich für {service}. {detail}',
    'Zwei Fragen vorab:\n1. Wie lange dauert {service} ungefähr?\n2. Brauchen Sie eine Anzahlung, und geht Kartenzahlung?\n\n{detail}',
    '{detail}\n\nTermine, die mir passen: Dienstag ab 16:30 oder Samstag 10:00–12:00.\nBudget: rund {price}, notfalls etwas mehr.\n\nIst das realistisch?',
    'Könnten Sie mir einen groben Preis für {service} nennen?\nEs eilt leider etwas!',
    'Woanders wurden uns {price} für {service} genannt, das kam uns viel vor. Hinweis: Wir sind zeitlich flexibel, alles nach dem 14. passt.\n\n{detail} Könnte mich jemand diese Woche zurückrufen?',
  ],
  fr: [
    'Je souhaiterais prévoir {service}. {detail}',
    'Deux questions avant de nous décider :\n1. Combien de temps faut-il compter pour {service} ?\n2. Faut-il verser un acompte, et la carte est-elle acceptée ?\n\n{detail}',
    '{detail}\n\nCréneaux possibles : mardi après 16h30 ou samedi 10h-12h.\nBudget : environ {price}, un peu plus si nécessaire.\n\nEst-ce réaliste ?',
    'Pourriez-vous m’indiquer un prix approximatif pour {service} ?\nC’est un peu urgent, désolé !',
    'On nous a annoncé {price} ailleurs pour {service}, ce qui nous paraît cher. À noter : nous sommes souples sur les dates, tout ce qui tombe après le 14 nous convient.\n\n{detail} Quelqu’un pourrait-il me rappeler cette semaine ?',
  ],
  es: [
    'Me gustaría programar {service}. {detail}',
    'Dos preguntas antes de decidirnos:\n1. ¿Cuánto tiempo lleva {service}?\n2. ¿Hace falta un anticipo y se puede pagar con tarjeta?\n\n{detail}',
    '{detail}\n\nHorarios que me vienen bien: martes después de las 16:30 o sábado de 10:00 a 12:00.\nPresupuesto: unos {price}, algo más si hace falta.\n\n¿Es realista?',
    '¿Me podrían pasar un precio aproximado para {service}?\n¡Perdón por la prisa!',
    'En otro sitio nos pidieron {price} por {service} y nos pareció caro. Nota: tenemos flexibilidad de fechas, cualquier día después del 14 nos sirve.\n\n{detail} ¿Alguien me podría llamar esta semana?',
  ],
};

export function drawMessage(rng: Rng, biz: Business): { message: string; service: string } {
  const words = SECTOR[biz.sector][biz.lang];
  const service = rng.pick(words.service);
  const message = rng
    .pick(TEMPLATES[biz.lang])
    .replace('{service}', service)
    .replace('{detail}', rng.pick(words.detail))
    .replace('{price}', PRICE[biz.region] ?? '€500');
  return { message, service };
}

export const PET_NAMES = ['Bruno', 'Nala', 'Simba', 'Lotte', 'Chispa', 'Pepper', 'Filou', 'Kaya'];
