/** Businesses, customers' names by country, phones and their written forms, staff, services and messages. */
import type { CountryCode } from 'libphonenumber-js';
import { isValidPhoneNumber as validMin } from 'libphonenumber-js';
import { parsePhoneNumber, isValidPhoneNumber as validMax } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'luthier' | 'ceramics' | 'balloon' | 'sails' | 'climbing';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  region: CountryCode;
  inbox: string;
  domain: string;
  city: string;
  abroad: CountryCode;
  currency: (n: number) => string;
  /** The business's own switchboard, E.164. */
  switchboard: string;
}

const eur = (lang: Lang) => (n: number) =>
  lang === 'en' ? `€${n}` : lang === 'de' ? `${n} €` : lang === 'fr' ? `${n} €` : `${n} €`;

function biz(
  id: string,
  name: string,
  lang: Lang,
  sector: Sector,
  region: CountryCode,
  inbox: string,
  city: string,
  abroad: CountryCode,
  currency: (n: number) => string,
): Omit<Business, 'switchboard'> {
  return { id, name, lang, sector, region, inbox, domain: inbox.split('@')[1] ?? '', city, abroad, currency };
}

const RAW = [
  biz(
    'nile-strings',
    'Nile Strings Luthiers',
    'en',
    'luthier',
    'UG',
    'workshop@nilestrings.example',
    'Kampala',
    'TZ',
    (n) => `UGX ${n * 3700}`,
  ),
  biz(
    'kafue-clay',
    'Kafue Clay Studio',
    'en',
    'ceramics',
    'ZM',
    'hello@kafueclay.example',
    'Lusaka',
    'MW',
    (n) => `K${n * 25}`,
  ),
  biz(
    'okavango-sky',
    'Okavango Sky Balloons',
    'en',
    'balloon',
    'BW',
    'flights@okavangosky.example',
    'Maun',
    'ZW',
    (n) => `P${n * 14}`,
  ),
  biz(
    'suva-sail',
    'Suva Sail & Canvas',
    'en',
    'sails',
    'FJ',
    'loft@suvasail.test',
    'Suva',
    'VU',
    (n) => `FJ$${n * 2}`,
  ),
  biz(
    'coral-stone',
    'Coral Stone Climbing Gym',
    'en',
    'climbing',
    'BB',
    'frontdesk@coralstone.example',
    'Bridgetown',
    'GB',
    (n) => `BBD $${n * 2}`,
  ),
  biz(
    'geigenbau-hallstein',
    'Geigenbau Hallstein',
    'de',
    'luthier',
    'DE',
    'werkstatt@geigenbau-hallstein.example',
    'Markneukirchen',
    'SE',
    eur('de'),
  ),
  biz(
    'keramik-lehmgrube',
    'Keramikwerkstatt Lehmgrube',
    'de',
    'ceramics',
    'AT',
    'kurse@lehmgrube.example',
    'Gmunden',
    'SI',
    eur('de'),
  ),
  biz(
    'ballon-saentisblick',
    'Ballonfahrten Säntisblick',
    'de',
    'balloon',
    'CH',
    'fahrten@saentisblick.example',
    'St. Gallen',
    'LI',
    (n) => `CHF ${n}.–`,
  ),
  biz(
    'segelmacherei-foerde',
    'Segelmacherei Förde',
    'de',
    'sails',
    'DE',
    'auftrag@segel-foerde.test',
    'Kiel',
    'DK',
    eur('de'),
  ),
  biz(
    'kletterhalle-dolomitenwand',
    'Kletterhalle Dolomitenwand',
    'de',
    'climbing',
    'IT',
    'info@dolomitenwand.example',
    'Bozen',
    'AT',
    eur('de'),
  ),
  biz(
    'lutherie-jacmel',
    'Lutherie Jacmel',
    'fr',
    'luthier',
    'HT',
    'atelier@lutherie-jacmel.example',
    'Jacmel',
    'DO',
    (n) => `${n * 130} gourdes`,
  ),
  biz(
    'terre-porto-novo',
    'Atelier Terre de Porto-Novo',
    'fr',
    'ceramics',
    'BJ',
    'contact@terre-portonovo.example',
    'Porto-Novo',
    'TG',
    (n) => `${n * 650} FCFA`,
  ),
  biz(
    'montgolfieres-maurice',
    'Montgolfières de l’Île Maurice',
    'fr',
    'balloon',
    'MU',
    'vols@montgolfieres-maurice.example',
    'Curepipe',
    'SC',
    (n) => `Rs ${n * 50}`,
  ),
  biz(
    'voilerie-iroise',
    'Voilerie d’Iroise',
    'fr',
    'sails',
    'FR',
    'devis@voilerie-iroise.test',
    'Brest',
    'BE',
    eur('fr'),
  ),
  biz(
    'escalade-mille-collines',
    'Salle d’Escalade Mille Collines',
    'fr',
    'climbing',
    'RW',
    'accueil@escalade-collines.example',
    'Kigali',
    'BI',
    (n) => `${n * 1400} RWF`,
  ),
  biz(
    'lutheria-paraguana',
    'Luthería Paraguaná',
    'es',
    'luthier',
    'VE',
    'taller@lutheria-paraguana.example',
    'Punto Fijo',
    'CO',
    (n) => `US$ ${n}`,
  ),
  biz(
    'ceramica-bocas',
    'Taller de Cerámica Bocas',
    'es',
    'ceramics',
    'PA',
    'clases@ceramicabocas.example',
    'Bocas del Toro',
    'CR',
    (n) => `B/. ${n}`,
  ),
  biz(
    'globos-mombacho',
    'Globos Aerostáticos Mombacho',
    'es',
    'balloon',
    'NI',
    'vuelos@globosmombacho.example',
    'Granada',
    'HN',
    (n) => `US$ ${n}`,
  ),
  biz(
    'veleria-cantabrica',
    'Velería Cantábrica',
    'es',
    'sails',
    'ES',
    'presupuestos@veleria-cantabrica.test',
    'Santander',
    'AD',
    eur('es'),
  ),
  biz(
    'rocodromo-bioko',
    'Rocódromo Bioko',
    'es',
    'climbing',
    'GQ',
    'recepcion@rocodromo-bioko.example',
    'Malabo',
    'CM',
    (n) => `${n * 650} FCFA`,
  ),
];

export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  UG: { en: 'Uganda', de: 'Uganda', fr: 'Ouganda', es: 'Uganda' },
  TZ: { en: 'Tanzania', de: 'Tansania', fr: 'Tanzanie', es: 'Tanzania' },
  ZM: { en: 'Zambia', de: 'Sambia', fr: 'Zambie', es: 'Zambia' },
  MW: { en: 'Malawi', de: 'Malawi', fr: 'Malawi', es: 'Malaui' },
  BW: { en: 'Botswana', de: 'Botswana', fr: 'Botswana', es: 'Botsuana' },
  ZW: { en: 'Zimbabwe', de: 'Simbabwe', fr: 'Zimbabwe', es: 'Zimbabue' },
  FJ: { en: 'Fiji', de: 'Fidschi', fr: 'Fidji', es: 'Fiyi' },
  VU: { en: 'Vanuatu', de: 'Vanuatu', fr: 'Vanuatu', es: 'Vanuatu' },
  BB: { en: 'Barbados', de: 'Barbados', fr: 'Barbade', es: 'Barbados' },
  GB: { en: 'United Kingdom', de: 'Vereinigtes Königreich', fr: 'Royaume-Uni', es: 'Reino Unido' },
  DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  SE: { en: 'Sweden', de: 'Schweden', fr: 'Suède', es: 'Suecia' },
  AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
  SI: { en: 'Slovenia', de: 'Slowenien', fr: 'Slovénie', es: 'Eslovenia' },
  CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
  LI: { en: 'Liechtenstein', de: 'Liechtenstein', fr: 'Liechtenstein', es: 'Liechtenstein' },
  DK: { en: 'Denmark', de: 'Dänemark', fr: 'Danemark', es: 'Dinamarca' },
  IT: { en: 'Italy', de: 'Italien', fr: 'Italie', es: 'Italia' },
  HT: { en: 'Haiti', de: 'Haiti', fr: 'Haïti', es: 'Haití' },
  DO: {
    en: 'Dominican Republic',
    de: 'Dominikanische Republik',
    fr: 'République dominicaine',
    es: 'República Dominicana',
  },
  BJ: { en: 'Benin', de: 'Benin', fr: 'Bénin', es: 'Benín' },
  TG: { en: 'Togo', de: 'Togo', fr: 'Togo', es: 'Togo' },
  MU: { en: 'Mauritius', de: 'Mauritius', fr: 'Maurice', es: 'Mauricio' },
  SC: { en: 'Seychelles', de: 'Seychellen', fr: 'Seychelles', es: 'Seychelles' },
  FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
  BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
  RW: { en: 'Rwanda', de: 'Ruanda', fr: 'Rwanda', es: 'Ruanda' },
  BI: { en: 'Burundi', de: 'Burundi', fr: 'Burundi', es: 'Burundi' },
  VE: { en: 'Venezuela', de: 'Venezuela', fr: 'Venezuela', es: 'Venezuela' },
  CO: { en: 'Colombia', de: 'Kolumbien', fr: 'Colombie', es: 'Colombia' },
  PA: { en: 'Panama', de: 'Panama', fr: 'Panama', es: 'Panamá' },
  CR: { en: 'Costa Rica', de: 'Costa Rica', fr: 'Costa Rica', es: 'Costa Rica' },
  NI: { en: 'Nicaragua', de: 'Nicaragua', fr: 'Nicaragua', es: 'Nicaragua' },
  HN: { en: 'Honduras', de: 'Honduras', fr: 'Honduras', es: 'Honduras' },
  ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
  AD: { en: 'Andorra', de: 'Andorra', fr: 'Andorre', es: 'Andorra' },
  GQ: { en: 'Equatorial Guinea', de: 'Äquatorialguinea', fr: 'Guinée équatoriale', es: 'Guinea Ecuatorial' },
  CM: { en: 'Cameroon', de: 'Kamerun', fr: 'Cameroun', es: 'Camerún' },
};

/** Names by country: [first names, last names]. Particles and compound surnames belong to the last name. */
const NAMES: Record<string, [string[], string[]]> = {
  UG: [
    ['Nakato', 'Ssemakula', 'Brenda', 'Ivan', 'Patience', 'Mukisa'],
    ['Kiggundu', 'Namubiru', 'Okello-Ayo', 'Tumusiime', 'Ssali', 'Achieng'],
  ],
  TZ: [
    ['Neema', 'Baraka', 'Rehema'],
    ['Mwakyusa', 'Kimaro', 'Mushi'],
  ],
  ZM: [
    ['Chileshe', 'Mwila', 'Natasha', 'Bwalya', 'Kondwani'],
    ['Mulenga', 'Phiri', 'Banda', 'Chanda-Musonda', 'Zulu'],
  ],
  MW: [
    ['Chikondi', 'Thoko'],
    ['Gondwe', 'Nyirenda'],
  ],
  BW: [
    ['Kagiso', 'Lesego', 'Onalenna', 'Tumelo', 'Boitumelo'],
    ['Mosweu', 'Kgosidintsi', 'Seretse', 'Molefhe', 'van Rensburg'],
  ],
  ZW: [
    ['Tendai', 'Rudo'],
    ['Moyo', 'Chikwanha'],
  ],
  FJ: [
    ['Mere', 'Josaia', 'Ana Litia', 'Ravinesh', 'Salote'],
    ['Naivalu', 'Tuilagi', 'Prasad', 'Vunibaka', 'Delai'],
  ],
  VU: [
    ['Marie-Rose', 'Kalo'],
    ['Tari', 'Naupa'],
  ],
  BB: [
    ['Shanice', 'Marcus', 'Khadija', 'Rohan', 'Tamika'],
    ['Alleyne', 'Griffith', 'Cumberbatch', 'St. Hill', 'Boyce'],
  ],
  GB: [
    ['Imogen', 'Callum', 'Niamh'],
    ['Featherstone', 'ap Rhys', "O'Hare"],
  ],
  DE: [
    ['Friederike', 'Jannik', 'Hannelore', 'Till', 'Mareike', 'Konstantin'],
    ['Wiechmann', 'von der Heydt', 'Brückner', 'Terhorst', 'zu Putlitz', 'Oßwald'],
  ],
  SE: [
    ['Linnea', 'Oskar'],
    ['Sjöberg', 'Lindqvist'],
  ],
  AT: [
    ['Leopold', 'Theresa', 'Gernot', 'Veronika', 'Florian'],
    ['Hinterberger', 'Pöschl', 'Stadler-Wurm', 'Aigner', 'Grubmüller'],
  ],
  SI: [
    ['Nika', 'Matej'],
    ['Kovačič', 'Zupan'],
  ],
  CH: [
    ['Ursina', 'Beat', 'Seraina', 'Reto', 'Madlaina'],
    ['Caflisch', 'Zürcher', 'Bärtschi', 'de Weck', 'Gubler'],
  ],
  LI: [
    ['Elias', 'Lorena'],
    ['Frommelt', 'Büchel'],
  ],
  DK: [
    ['Mette', 'Rasmus'],
    ['Kjær', 'Frandsen'],
  ],
  IT: [
    ['Lukas', 'Verena', 'Manuel', 'Evi', 'Hannes'],
    ['Pichler', 'Oberhollenzer', 'Kofler', 'Mair am Tinkhof', 'Thaler'],
  ],
  HT: [
    ['Widelène', 'Jean-Robert', 'Fabienne', 'Wisly', 'Roseline'],
    ['Desrosiers', 'Saint-Fleur', 'Pierre-Louis', 'Joseph', 'Lafontant'],
  ],
  DO: [
    ['Yokasta', 'Ramón'],
    ['Peña', 'Almonte'],
  ],
  BJ: [
    ['Houénou', 'Fifamè', 'Rodrigue', 'Sèna', 'Gildas'],
    ['Agbodjan', 'Hounkpatin', 'da Silva', 'Dossou-Yovo', 'Ahouansou'],
  ],
  TG: [
    ['Kossi', 'Akouvi'],
    ['Amegah', 'Lawson'],
  ],
  MU: [
    ['Kavita', 'Jean-Michel', 'Anishta', 'Yannick', 'Priya'],
    ['Ramgoolam', 'Li Kwong Ken', 'Bhujun', 'de Spéville', 'Jugnauth'],
  ],
  SC: [
    ['Marie-Ange', 'Terry'],
    ['Hoareau', 'Payet'],
  ],
  FR: [
    ['Maëlle', 'Gwendal', 'Solène', 'Erwan', 'Anne-Laure'],
    ['Le Bihan', 'Kerjean', 'Guéguen', 'de Kersauson', 'Quéré'],
  ],
  BE: [
    ['Wouter', 'Amandine'],
    ['Vanderhaegen', 'Dumont'],
  ],
  RW: [
    ['Aline', 'Olivier', 'Clémentine', 'Jean de Dieu', 'Divine'],
    ['Uwase', 'Habimana', 'Mukamana', 'Nsengiyumva', 'Ingabire'],
  ],
  BI: [
    ['Ange', 'Fabrice'],
    ['Ndayishimiye', 'Niyonzima'],
  ],
  VE: [
    ['Yusmary', 'Oswaldo', 'Marielis', 'Jhonatan', 'Daniela'],
    ['Colmenares', 'Rodríguez Páez', 'Chirinos', 'de la Rosa', 'Quintero'],
  ],
  CO: [
    ['Valentina', 'Andrés Felipe'],
    ['Ospina', 'Cárdenas'],
  ],
  PA: [
    ['Itzel', 'Abdiel', 'Yariela', 'Rubén Darío', 'Anayansi'],
    ['Quintero', 'De Gracia', 'Batista', 'Sanjur', 'Castillero'],
  ],
  CR: [
    ['Priscila', 'Esteban'],
    ['Solano', 'Vargas Mora'],
  ],
  NI: [
    ['Yessenia', 'Róger', 'Maryuri', 'Ernesto', 'Xiomara'],
    ['Membreño', 'Sandino', 'López Arana', 'Zelaya', 'del Carmen'],
  ],
  HN: [
    ['Keyla', 'Darwin'],
    ['Funes', 'Zúniga'],
  ],
  ES: [
    ['Ainhoa', 'Íñigo', 'Begoña', 'Pelayo', 'Maite'],
    ['Gutiérrez de la Torre', 'Sainz', 'Arrizabalaga', 'del Olmo', 'Ruiz-Capillas'],
  ],
  AD: [
    ['Núria', 'Jordi'],
    ['Cerqueda', 'Pujal'],
  ],
  GQ: [
    ['Salvador', 'Remedios', 'Crisantos', 'Milagrosa', 'Pastor'],
    ['Obiang Nsue', 'Esono', 'Mba Nchama', 'Bokesa', 'Ondo'],
  ],
  CM: [
    ['Ngozi', 'Armel'],
    ['Fotso', 'Nkemelu'],
  ],
};

/** Single names (no surname), for letters and layouts that only ask for "a name". */
const SINGLE: Record<Lang, string[]> = {
  en: ['Tendo', 'Mwansa', 'Kago', 'Vilisi', 'Deandra'],
  de: ['Ottilie', 'Jörn', 'Resi', 'Valentin'],
  fr: ['Guerline', 'Sessi', 'Nandini', 'Iwan'],
  es: ['Yubiry', 'Anabel', 'Maykel', 'Coral'],
};

const STAFF: Record<Lang, [string, string][]> = {
  en: [
    ['Agnes', 'Byaruhanga'],
    ['Tom', 'Chisenga'],
    ['Lerato', 'Dube'],
    ['Epeli', 'Rokotuiloma'],
    ['Kerry-Ann', 'Forde'],
  ],
  de: [
    ['Gunnar', 'Riesch'],
    ['Sabine', 'Lohmeier'],
    ['Alois', 'Brandstätter'],
    ['Ilka', 'Feddersen'],
  ],
  fr: [
    ['Régine', 'Étienne'],
    ['Koffi', 'Gbaguidi'],
    ['Sandrine', 'Appadoo'],
    ['Yann', 'Le Floch'],
  ],
  es: [
    ['Nohemí', 'Urdaneta'],
    ['Eliécer', 'Pitty'],
    ['Fátima', 'Guevara'],
    ['Iker', 'Echevarría'],
  ],
};

export interface Person {
  first: string;
  last: string | null;
  country: CountryCode;
  email: string | null;
  /** E.164 or null. */
  phone: string | null;
  /** As written in the email (null without a phone). */
  phoneWritten: string | null;
  phoneStyle: string | null;
  ext: string | null;
  abroad: boolean;
}

export interface Staff {
  first: string;
  last: string;
  email: string;
  direct: string;
  mobile: string;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
    .toLowerCase();
}

const MAIL_DOMAINS = [
  'mail.example',
  'inbox.test',
  'post.example',
  'webpost.test',
  'correo.example',
  'netzpost.example',
];

/** A valid mobile number of the country: its example number with the last digits redrawn. */
export function drawPhone(rng: Rng, country: CountryCode): string {
  const ex = (examples as Record<string, string>)[country];
  if (!ex) throw new Error(`no example number for ${country}`);
  const keep = Math.max(2, ex.length - 5);
  for (let i = 0; i < 200; i++) {
    const nat = ex.slice(0, keep) + rng.digits(ex.length - keep);
    const p = parsePhoneNumber(nat, country);
    if (validMax(p.number) && validMin(p.number)) return p.number;
  }
  throw new Error(`no valid number drawn for ${country}`);
}

export function international(e164: string): string {
  return parsePhoneNumber(e164).formatInternational();
}

/** Reads back as `e164` from `region`? */
export function readsBack(written: string, region: CountryCode, e164: string): boolean {
  try {
    const p = parsePhoneNumber(written, region);
    return p.number === e164;
  } catch {
    return false;
  }
}

/**
 * A written form of the phone. `countryShown`: the layout prints the customer's country, so national forms
 * of foreign numbers are allowed.
 */
export function writePhone(
  rng: Rng,
  e164: string,
  country: CountryCode,
  biz: Business,
  countryShown: boolean,
): { written: string; style: string } {
  const p = parsePhoneNumber(e164);
  const intl = p.formatInternational();
  const cc = p.countryCallingCode;
  const nsn = p.nationalNumber;
  const nat = p.formatNational();
  const foreign = country !== biz.region;
  const opts: [string, string][] = [
    ['international', intl],
    ['e164', e164],
    ['00', `00${intl.slice(1)}`],
    ['00', `00 ${cc} ${nsn}`],
  ];
  if (!foreign || countryShown)
    opts.push(['national', nat], ['national', nat], ['compact', nat.replace(/[\s()-]/g, '')]);
  if (nat.startsWith('0')) opts.push(['+CC (0)', `+${cc} (0)${intl.slice(cc.length + 2)}`]);
  if (biz.region === 'BB' && foreign)
    opts.push(['011', `011 ${cc} ${intl.slice(cc.length + 2)}`], ['011', `011${cc}${nsn}`]);
  if (!foreign) opts.push(['dashed', nat.replace(/ /g, '-')]);
  const nanp = biz.region === 'BB' && foreign && rng.chance(0.8);
  for (let i = 0; i < 10; i++) {
    const [style, written] = nanp ? rng.pick(opts.filter((o) => o[0] === '011')) : rng.pick(opts);
    const region = countryShown ? country : biz.region;
    const check = style === '+CC (0)' ? written.replace('(0)', '') : written;
    if (readsBack(written, region, e164) && readsBack(check, region, e164)) return { written, style };
  }
  return { written: intl, style: 'international' };
}

export function makeStaff(rng: Rng, b: Business): Staff {
  const [first, last] = rng.pick(STAFF[b.lang]);
  return {
    first,
    last,
    email: `${ascii(first)}@${b.domain}`,
    direct: international(drawPhone(rng, b.region)),
    mobile: international(drawPhone(rng, b.region)),
  };
}

export function makePerson(
  rng: Rng,
  b: Business,
  opts: {
    single?: boolean;
    needEmail?: boolean;
    needPhone?: boolean;
    countryShown?: boolean;
    ext?: boolean;
    abroadP?: number;
  },
): Person {
  const abroad = rng.chance(opts.abroadP ?? 0.25);
  const country = abroad ? b.abroad : b.region;
  const names = NAMES[country] ?? NAMES[b.region];
  if (!names) throw new Error(`no names for ${country}`);
  const single = opts.single ?? false;
  const first = single ? rng.pick(SINGLE[b.lang]) : rng.pick(names[0]);
  const last = single ? null : rng.pick(names[1]);
  let hasEmail = opts.needEmail || rng.chance(0.82);
  let hasPhone = opts.needPhone || rng.chance(0.78);
  if (!hasEmail && !hasPhone) {
    if (rng.chance(0.5)) hasEmail = true;
    else hasPhone = true;
  }
  const local = last
    ? rng.pick([
        `${ascii(first)}.${ascii(last)}`,
        `${ascii(first).slice(0, 1)}${ascii(last).replace(/\./g, '')}`,
        `${ascii(first)}${rng.int(10, 99)}`,
        `${ascii(last).replace(/\./g, '')}.${ascii(first).slice(0, 1)}`,
      ])
    : rng.pick([
        `${ascii(first)}${rng.int(10, 99)}`,
        `${ascii(first)}.${rng.pick(['home', 'music', 'sea'])}`,
      ]);
  const email = hasEmail ? `${local}@${rng.pick(MAIL_DOMAINS)}` : null;
  let phone: string | null = null;
  let phoneWritten: string | null = null;
  let phoneStyle: string | null = null;
  if (hasPhone) {
    phone = drawPhone(rng, country);
    const w = writePhone(rng, phone, country, b, opts.countryShown ?? false);
    phoneWritten = w.written;
    phoneStyle = w.style;
  }
  const ext =
    opts.ext && phone && rng.chance(0.35)
      ? `${{ en: rng.pick(['ext. ', 'x', 'ext ']), de: rng.pick(['Durchwahl ', 'DW ', '-']), fr: rng.pick(['poste ', 'p. ']), es: rng.pick(['ext. ', 'anexo ', 'int. ']) }[b.lang]}${rng.int(11, 489)}`
      : null;
  return { first, last, country, email, phone, phoneWritten, phoneStyle, ext, abroad };
}

export const BUSINESSES: Business[] = RAW.map((b, i) => ({
  ...b,
  switchboard: drawPhoneFixed(b.region, i),
}));

function drawPhoneFixed(region: CountryCode, i: number): string {
  // Own PRNG so the switchboards do not depend on draw order.
  return drawPhone(new Rng(977 + i * 131), region);
}

export const SERVICES: Record<Sector, Record<Lang, string[]>> = {
  luthier: {
    en: [
      'a full set-up on my acoustic guitar',
      'a crack repair on a violin top',
      'a new bridge and saddle',
      'refretting an old bass',
      'a custom ukulele build',
    ],
    de: [
      'eine Neubesaitung mit Einstellung meiner Geige',
      'die Reparatur eines Deckenrisses am Cello',
      'einen neuen Steg',
      'eine Bundierung meiner E-Gitarre',
      'den Bau einer Viola nach Maß',
    ],
    fr: [
      'un réglage complet de ma guitare folk',
      'la réparation d’une fente sur la table d’un violon',
      'un nouveau chevalet',
      'un refrettage de ma basse',
      'la fabrication d’un ukulélé sur mesure',
    ],
    es: [
      'un ajuste completo de mi guitarra',
      'reparar una grieta en la tapa de un violín',
      'un puente nuevo',
      'cambiar los trastes de mi bajo',
      'la construcción de un cuatro a medida',
    ],
  },
  ceramics: {
    en: [
      'the six-week wheel-throwing course',
      'a private clay workshop for a birthday',
      'a commissioned dinner set',
      'kiln firing for my own pieces',
      'a team-building glazing afternoon',
    ],
    de: [
      'den Drehscheibenkurs über sechs Wochen',
      'einen privaten Töpferworkshop zum Geburtstag',
      'ein Geschirrset als Auftragsarbeit',
      'Brennplatz im Ofen für eigene Stücke',
      'einen Glasur-Nachmittag fürs Team',
    ],
    fr: [
      'le stage de tournage de six semaines',
      'un atelier modelage privé pour un anniversaire',
      'un service de table sur commande',
      'des cuissons pour mes propres pièces',
      'un après-midi émaillage en équipe',
    ],
    es: [
      'el curso de torno de seis semanas',
      'un taller privado de barro para un cumpleaños',
      'una vajilla por encargo',
      'hornear mis propias piezas',
      'una tarde de esmaltado para el equipo',
    ],
  },
  balloon: {
    en: [
      'a sunrise balloon flight for two',
      'a private basket for a proposal',
      'gift vouchers for a flight',
      'a group flight for eight people',
      'a flight with champagne breakfast',
    ],
    de: [
      'eine Ballonfahrt bei Sonnenaufgang für zwei',
      'einen privaten Korb für einen Heiratsantrag',
      'Gutscheine für eine Ballonfahrt',
      'eine Gruppenfahrt für acht Personen',
      'eine Fahrt mit Sektfrühstück',
    ],
    fr: [
      'un vol en montgolfière au lever du soleil pour deux',
      'une nacelle privée pour une demande en mariage',
      'des bons cadeaux pour un vol',
      'un vol de groupe pour huit personnes',
      'un vol avec petit-déjeuner au champagne',
    ],
    es: [
      'un vuelo en globo al amanecer para dos',
      'una canasta privada para una pedida de mano',
      'vales de regalo para un vuelo',
      'un vuelo en grupo para ocho personas',
      'un vuelo con desayuno y brindis',
    ],
  },
  sails: {
    en: [
      'a new mainsail for a 32 ft sloop',
      'repairs to a torn genoa',
      'a sprayhood and bimini',
      'winter covers for the cockpit',
      'recutting an old jib',
    ],
    de: [
      'ein neues Großsegel für eine 32-Fuß-Slup',
      'die Reparatur einer eingerissenen Genua',
      'eine Sprayhood mit Bimini',
      'eine Winterpersenning',
      'das Nachschneiden einer alten Fock',
    ],
    fr: [
      'une grand-voile neuve pour un sloop de 10 m',
      'la réparation d’un génois déchiré',
      'une capote de descente et un bimini',
      'un taud d’hivernage',
      'la recoupe d’un vieux foc',
    ],
    es: [
      'una vela mayor nueva para un balandro de 10 m',
      'reparar un génova rasgado',
      'una capota y un bimini',
      'una funda de invierno para la bañera',
      'recortar un foque viejo',
    ],
  },
  climbing: {
    en: [
      'a ten-visit pass',
      'an intro-to-bouldering session for beginners',
      'a kids’ climbing party',
      'belay certification',
      'a corporate climbing evening',
    ],
    de: [
      'eine Zehnerkarte',
      'einen Schnupperkurs Bouldern',
      'einen Kindergeburtstag in der Halle',
      'den Sicherungsschein',
      'einen Firmen-Kletterabend',
    ],
    fr: [
      'une carte de dix entrées',
      'une initiation au bloc pour débutants',
      'un anniversaire escalade pour enfants',
      'le brevet d’assurage',
      'une soirée escalade d’entreprise',
    ],
    es: [
      'un bono de diez entradas',
      'una clase de iniciación al búlder',
      'una fiesta de escalada infantil',
      'el curso de aseguramiento',
      'una tarde de escalada para empresa',
    ],
  },
};

const DETAIL: Record<Sector, Record<Lang, string[]>> = {
  luthier: {
    en: ['the action is very high above the 7th fret', 'it buzzes on the G string'],
    de: ['die Saitenlage ist ab dem 7. Bund sehr hoch', 'die G-Saite schnarrt'],
    fr: ['les cordes sont très hautes après la 7e case', 'la corde de sol frise'],
    es: ['las cuerdas están muy altas desde el traste 7', 'la cuerda sol trastea'],
  },
  ceramics: {
    en: ['I have never touched a wheel before', 'we would be 6 adults'],
    de: ['ich saß noch nie an der Drehscheibe', 'wir wären 6 Erwachsene'],
    fr: ['je n’ai jamais touché un tour', 'nous serions 6 adultes'],
    es: ['nunca he usado un torno', 'seríamos 6 adultos'],
  },
  balloon: {
    en: ['one of us is 1.92 m tall', 'we are flexible on the weekday'],
    de: ['einer von uns ist 1,92 m groß', 'wir sind beim Wochentag flexibel'],
    fr: ['l’un de nous mesure 1,92 m', 'nous sommes flexibles sur le jour'],
    es: ['uno de nosotros mide 1,92 m', 'somos flexibles con el día'],
  },
  sails: {
    en: ['the boom is 3.9 m long', 'the old sail is Dacron from 2009'],
    de: ['der Baum ist 3,90 m lang', 'das alte Segel ist Dacron von 2009'],
    fr: ['la bôme fait 3,90 m', 'l’ancienne voile est en Dacron de 2009'],
    es: ['la botavara mide 3,90 m', 'la vela vieja es de Dacron de 2009'],
  },
  climbing: {
    en: ['two of us have climbed outdoors before', 'the kids are 8 to 11'],
    de: ['zwei von uns klettern schon draußen', 'die Kinder sind 8 bis 11'],
    fr: ['deux d’entre nous grimpent déjà en falaise', 'les enfants ont de 8 à 11 ans'],
    es: ['dos ya escalamos en roca', 'los niños tienen de 8 a 11 años'],
  },
};

const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'I’m interested in {service}. Could you tell me what it would cost and how soon you could fit me in?',
    'One thing first: {detail}.\n\nWith that in mind, I’d like {service}. Is {price} a realistic budget?\n\nI’m free most days after 4:30 pm.',
    'Looking for {service}.\nQuick questions:\n- what’s the lead time?\n- do you need a deposit?\n- can I pay by card?\n\nThanks!',
    'We spoke briefly at the market on Saturday about {service}. Note: {detail}. Could you send a quote? Mornings before 10:00 are best to reach me.',
    'Price check: is {service} still around {price}? If so I’d like to book for the week of the 14th.',
  ],
  de: [
    'Ich interessiere mich für {service}. Was würde das kosten und wann hätten Sie einen Termin frei?',
    'Vorab zur Info: {detail}.\n\nIch hätte gern {service}. Ist ein Budget von {price} realistisch?\n\nErreichbar bin ich werktags ab 16:30 Uhr.',
    'Wir suchen {service}.\nDrei Fragen:\n1. Wie lange ist die Wartezeit?\n2. Brauchen Sie eine Anzahlung?\n3. Geht Kartenzahlung?\n\nDanke!',
    'Wir hatten am Samstag kurz auf dem Markt über {service} gesprochen. Hinweis: {detail}. Könnten Sie mir ein Angebot schicken? Am besten vormittags vor 10:00.',
    'Kurze Preisfrage: Liegt {service} noch bei etwa {price}? Dann würde ich gern für die Woche ab dem 14. buchen.',
  ],
  fr: [
    'Je suis intéressé par {service}. Pourriez-vous m’indiquer le tarif et vos prochaines disponibilités ?',
    'Petite précision d’abord : {detail}.\n\nJe souhaiterais {service}. Un budget de {price} est-il réaliste ?\n\nJe suis joignable en semaine après 16h30.',
    'Nous cherchons {service}.\nQuelques questions :\n- quel est le délai ?\n- faut-il un acompte ?\n- la carte est-elle acceptée ?\n\nMerci !',
    'On s’est croisés au marché samedi, je vous avais parlé de mon projet : {service}. À noter : {detail}. Pourriez-vous m’envoyer un devis ? Le matin avant 10h00 de préférence.',
    'Question tarif : {service} est-il toujours autour de {price} ? Si oui, je réserverais pour la semaine du 14.',
  ],
  es: [
    'Me interesa {service}. ¿Me podrían decir cuánto cuesta y cuándo tendrían hueco?',
    'Un dato antes: {detail}.\n\nQuisiera {service}. ¿Es realista un presupuesto de {price}?\n\nEstoy disponible entre semana después de las 16:30.',
    'Buscamos {service}.\nAlgunas preguntas:\n- ¿cuál es el plazo?\n- ¿hace falta un anticipo?\n- ¿aceptan tarjeta?\n\n¡Gracias!',
    'Hablamos brevemente el sábado en el mercado sobre {service}. Ojo: {detail}. ¿Me pueden enviar un presupuesto? Mejor por la mañana antes de las 10:00.',
    'Consulta de precio: ¿{service} sigue costando unos {price}? Si es así, reservaría para la semana del 14.',
  ],
};

export function makeMessage(rng: Rng, b: Business): string {
  const t = rng.pick(TEMPLATES[b.lang]);
  return t
    .replace('{service}', rng.pick(SERVICES[b.sector][b.lang]))
    .replace('{detail}', rng.pick(DETAIL[b.sector][b.lang]))
    .replace('{price}', b.currency(rng.pick([120, 180, 250, 340, 600])));
}

export const CAMPAIGNS: Record<Sector, Record<Lang, string[]>> = {
  luthier: {
    en: ['Guitar Setup Season', 'Repairs – Q3'],
    de: ['Werkstatt Herbst', 'Geigen-Service'],
    fr: ['Réglages printemps', 'Atelier réparations'],
    es: ['Ajustes de temporada', 'Taller reparaciones'],
  },
  ceramics: {
    en: ['Wheel Course Intake', 'Clay Parties'],
    de: ['Kursstart Drehscheibe', 'Töpferfeiern'],
    fr: ['Rentrée tournage', 'Ateliers anniversaires'],
    es: ['Inscripciones torno', 'Fiestas de barro'],
  },
  balloon: {
    en: ['Sunrise Flights', 'Gift Vouchers Xmas'],
    de: ['Sonnenaufgangsfahrten', 'Gutscheine Weihnachten'],
    fr: ['Vols lever de soleil', 'Bons cadeaux Noël'],
    es: ['Vuelos al amanecer', 'Vales Navidad'],
  },
  sails: {
    en: ['New Sails 2027', 'Canvas & Covers'],
    de: ['Neue Segel 2027', 'Persenninge'],
    fr: ['Voiles neuves 2027', 'Taud & capotes'],
    es: ['Velas nuevas 2027', 'Lonas y fundas'],
  },
  climbing: {
    en: ['Beginner Boulder Nights', 'Kids Parties'],
    de: ['Schnupperbouldern', 'Kindergeburtstage'],
    fr: ['Soirées initiation bloc', 'Anniversaires enfants'],
    es: ['Noches de iniciación', 'Cumpleaños infantiles'],
  },
};

export function caps(s: string): string {
  return s.toLocaleUpperCase('und');
}

/** Whether the capitals of `s` come back to `s` by ordinary title-casing (so capitals are fair to ask for). */
export function capsFair(s: string): boolean {
  const t = caps(s)
    .toLocaleLowerCase('und')
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, c: string) => a + c.toLocaleUpperCase('und'));
  return t === s;
}

export function countryName(c: string, lang: Lang): string {
  return COUNTRY_NAMES[c]?.[lang] ?? c;
}
