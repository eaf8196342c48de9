/** Fictional businesses, customers and staff of the fifth blind corpus, and the phone numbers they write. */
import { type CountryCode, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  region: CountryCode;
  inbox: string;
  domain: string;
  /** What customers ask this business for, in its language ("replacement windows"). */
  service: string;
  /** The business's own switchboard (never the customer's). */
  phone: string;
  town: string;
  staff: [string, string];
  neighbours: CountryCode[];
}

const biz = (
  id: string,
  name: string,
  lang: Lang,
  region: CountryCode,
  local: string,
  domain: string,
  service: string,
  phone: string,
  town: string,
  staff: [string, string],
  neighbours: CountryCode[],
): Business => ({
  id,
  name,
  lang,
  region,
  inbox: `${local}@${domain}`,
  domain,
  service,
  phone,
  town,
  staff,
  neighbours,
});

export const BUSINESSES: readonly Business[] = [
  biz(
    'harbourline-glazing',
    'Harbourline Glazing',
    'en',
    'GB',
    'leads',
    'harbourline-glazing.example',
    'replacement windows',
    '0117 496 0381',
    'Bristol',
    ['Gareth Pryce', 'Moira Lathan'],
    ['IE'],
  ),
  biz(
    'copperleaf-catering',
    'Copperleaf Catering',
    'en',
    'US',
    'events',
    'copperleaf-catering.example',
    'catering for an event',
    '(503) 555-0164',
    'Portland',
    ['Dana Whitcombe', 'Luis Ortega'],
    ['CA', 'MX'],
  ),
  biz(
    'kestrel-driving',
    'Kestrel Driving School',
    'en',
    'IE',
    'lessons',
    'kestrel-driving.example',
    'driving lessons',
    '021 496 2230',
    'Cork',
    ['Fintan Cahill', 'Aoife Redmond'],
    ['GB'],
  ),
  biz(
    'bluegum-landscapes',
    'Bluegum Landscapes',
    'en',
    'AU',
    'quotes',
    'bluegum-landscapes.example',
    'a garden makeover',
    '(08) 7010 4412',
    'Adelaide',
    ['Shane Kowalczyk', 'Tegan Marsh'],
    ['NZ'],
  ),
  biz(
    'maple-ridge-movers',
    'Maple Ridge Movers',
    'en',
    'CA',
    'moves',
    'maple-ridge-movers.example',
    'a house move',
    '(613) 555-0139',
    'Ottawa',
    ['Brent Lachance', 'Priya Dhaliwal'],
    ['US'],
  ),
  biz(
    'schreinerei-brandl',
    'Schreinerei Brandl',
    'de',
    'DE',
    'auftrag',
    'schreinerei-brandl.example',
    'eine Einbauküche',
    '0821 4499 120',
    'Augsburg',
    ['Korbinian Brandl', 'Sabine Wetzel'],
    ['AT', 'NL'],
  ),
  biz(
    'tanzschule-feldmann',
    'Tanzschule Feldmann',
    'de',
    'AT',
    'kurse',
    'tanzschule-feldmann.example',
    'einen Tanzkurs',
    '0662 873 410',
    'Salzburg',
    ['Leopold Feldmann', 'Verena Ortner'],
    ['DE', 'CH'],
  ),
  biz(
    'zollinger-umzuege',
    'Zollinger Umzüge',
    'de',
    'CH',
    'offerte',
    'zollinger-umzuege.example',
    'einen Umzug',
    '044 668 18 40',
    'Winterthur',
    ['Reto Zollinger', 'Nadja Bühlmann'],
    ['DE', 'FR'],
  ),
  biz(
    'hensel-solar',
    'Hensel Solartechnik',
    'de',
    'DE',
    'kontakt',
    'hensel-solar.example',
    'eine Photovoltaikanlage',
    '0341 2299 570',
    'Leipzig',
    ['Maik Hensel', 'Ines Kowalski'],
    ['AT'],
  ),
  biz(
    'hundeschule-pfotenweg',
    'Hundeschule Pfotenweg',
    'de',
    'AT',
    'training',
    'pfotenweg.example',
    'ein Hundetraining',
    '0316 720 445',
    'Graz',
    ['Birgit Strasser', 'Florian Url'],
    ['DE'],
  ),
  biz(
    'menuiserie-garnier',
    'Menuiserie Garnier',
    'fr',
    'FR',
    'contact',
    'menuiserie-garnier.example',
    'de nouvelles fenêtres',
    '02 41 77 30 12',
    'Angers',
    ['Thibault Garnier', 'Solène Marchetti'],
    ['BE', 'CH'],
  ),
  biz(
    'lys-dor-traiteur',
    "Traiteur Le Lys d'Or",
    'fr',
    'BE',
    'commandes',
    'lys-dor-traiteur.example',
    'un buffet de réception',
    '081 22 64 10',
    'Namur',
    ['Grégoire Dubuisson', 'Maëlle Piron'],
    ['FR', 'NL'],
  ),
  biz(
    'autoecole-leman',
    'Auto-école du Léman',
    'fr',
    'CH',
    'inscriptions',
    'autoecole-leman.example',
    'des leçons de conduite',
    '021 791 42 18',
    'Morges',
    ['Cédric Favre', 'Anouk Rochat'],
    ['FR'],
  ),
  biz(
    'paysages-boreal',
    'Paysages Boréal',
    'fr',
    'CA',
    'soumissions',
    'paysages-boreal.example',
    "l'aménagement de notre terrain",
    '(418) 555-0187',
    'Québec',
    ['Jean-Sébastien Tremblay', 'Karine Ouellet'],
    ['US'],
  ),
  biz(
    'demenagements-rhone',
    'Déménagements Rhône-Alpes',
    'fr',
    'FR',
    'devis',
    'demenagements-rhone.example',
    'un déménagement',
    '04 72 60 18 33',
    'Lyon',
    ['Yannick Perrin', 'Clotilde Besson'],
    ['CH', 'BE'],
  ),
  biz(
    'carpinteria-olmedo',
    'Carpintería Olmedo',
    'es',
    'ES',
    'pedidos',
    'carpinteria-olmedo.example',
    'unos armarios a medida',
    '983 45 21 70',
    'Valladolid',
    ['Ramiro Olmedo', 'Begoña Sáez'],
    ['PT', 'FR'],
  ),
  biz(
    'banquetes-jacaranda',
    'Banquetes Jacaranda',
    'es',
    'MX',
    'eventos',
    'banquetes-jacaranda.example',
    'un banquete',
    '33 3616 4420',
    'Guadalajara',
    ['Citlali Ramírez', 'Octavio Salgado'],
    ['US'],
  ),
  biz(
    'autoescuela-cumbre',
    'Autoescuela Cumbre',
    'es',
    'CL',
    'inscripciones',
    'autoescuela-cumbre.example',
    'clases de manejo',
    '2 2940 5510',
    'Santiago',
    ['Patricio Valdivia', 'Macarena Fuentes'],
    ['ES'],
  ),
  biz(
    'jardines-del-valle',
    'Jardines del Valle',
    'es',
    'CO',
    'cotizar',
    'jardines-del-valle.example',
    'el diseño de un jardín',
    '604 444 2190',
    'Medellín',
    ['Wilmer Quintero', 'Daniela Arango'],
    ['ES', 'MX'],
  ),
  biz(
    'mudanzas-giralda',
    'Mudanzas Giralda',
    'es',
    'ES',
    'presupuestos',
    'mudanzas-giralda.example',
    'una mudanza',
    '954 22 81 36',
    'Sevilla',
    ['Rocío Marín', 'Eduardo Pineda'],
    ['PT'],
  ),
];

/** First names and surnames per language; particles and double names belong to the surname. */
const FIRST: Record<Lang, string[]> = {
  en: [
    'Harriet',
    'Declan',
    'Imogen',
    'Rhys',
    'Saoirse',
    'Callum',
    'Nneka',
    'Tobias',
    'Wren',
    'Ashok',
    'Bridget',
    'Fergus',
    'Maisie',
    'Jasper',
    'Orla',
    'Kwame',
  ],
  de: [
    'Jörg',
    'Annika',
    'Lukas',
    'Friederike',
    'Mehmet',
    'Theresa',
    'Ansgar',
    'Mareike',
    'Benedikt',
    'Ilse',
    'Jannik',
    'Svenja',
    'Götz',
    'Henrike',
    'Ruprecht',
    'Lina',
  ],
  fr: [
    'Élodie',
    'Baptiste',
    'Anaïs',
    'Gaëtan',
    'Inès',
    'Mathéo',
    'Noémie',
    'Hervé',
    'Capucine',
    'Loïc',
    'Aurélie',
    'Yasmine',
    'Étienne',
    'Maëlys',
    'Rodolphe',
    'Séverine',
  ],
  es: [
    'Ximena',
    'Álvaro',
    'Nuria',
    'Iñaki',
    'Rocío',
    'Joaquín',
    'Lucía',
    'Maximiliano',
    'Ainhoa',
    'Rubén',
    'Guadalupe',
    'Santiago',
    'Inmaculada',
    'Esteban',
    'Marisol',
    'Germán',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    "O'Halloran",
    'Pemberton',
    'McAllister',
    'Okonkwo',
    'van der Linde',
    'Fairbrother',
    'Nakamura-Hughes',
    'Trevelyan',
    'Ashworth',
    "D'Souza",
    'Quigley',
    'Brannigan',
    'Whitlock',
    'MacInnes',
  ],
  de: [
    'Kühnert',
    'von Ahlefeldt',
    'Wüstenhagen',
    'Yilmaz',
    'van der Heyden',
    'Oberhuber',
    'Schlüter-Berg',
    'Pfeiffer',
    'zu Stolberg',
    'Dörfler',
    'Niederreiter',
    'Grünewald',
    'Ebner',
    'Lindqvist',
  ],
  fr: [
    'Lefebvre',
    'de la Tourette',
    'Nguyen',
    "N'Goran",
    'Duchêne',
    'Le Bihan',
    'Rousseau-Vidal',
    'Béranger',
    'du Plessis',
    'Kerbrat',
    'Fontaine',
    'Lemaître',
    'Benali',
    'Vasseur',
  ],
  es: [
    'de la Vega',
    'Ibáñez',
    'García-Ortiz',
    'del Río',
    'Montalbán',
    'Urquiza',
    'Peña Robles',
    'Zúñiga',
    'Echeverría',
    'Cárdenas',
    'de los Santos',
    'Villalobos',
    'Arteaga',
    'Quiroga',
  ],
};
const DOMAINS: Record<Lang, string[]> = {
  en: ['mailbox.example', 'postbag.test', 'quickmail.example'],
  de: ['posteo-mail.example', 'netzpost.test', 'web-brief.example'],
  fr: ['courriel.example', 'boite-mail.test', 'laposte-web.example'],
  es: ['correo-web.example', 'buzon.test', 'mensajes.example'],
};

export interface Person {
  first: string;
  last: string;
  full: string;
  email: string;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function makePerson(rng: Rng, lang: Lang): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const f = fold(first);
  const l = fold(last);
  const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}_${l}`]);
  return { first, last, full: `${first} ${last}`, email: `${local}@${rng.pick(DOMAINS[lang])}` };
}

/** A staff member of a platform or agency (never the customer). */
export function otherName(rng: Rng, lang: Lang): string {
  return `${rng.pick(FIRST[lang])} ${rng.pick(LAST[lang])}`;
}

/** National significant numbers per country; each draw is kept only if libphonenumber calls it valid. */
const NSN: Partial<Record<CountryCode, (r: Rng) => string>> = {
  GB: (r) => `7${r.pick(['400', '507', '824', '956'])}${r.digits(6)}`,
  US: (r) => `${r.pick(['201', '212', '312', '415', '617', '303', '512'])}55501${r.digits(2)}`,
  CA: (r) => `${r.pick(['416', '514', '604', '613', '418'])}55501${r.digits(2)}`,
  IE: (r) => `8${r.pick(['3', '5', '6', '7'])}${r.digits(7)}`,
  AU: (r) => `491570${r.int(100, 999)}`,
  NZ: (r) => `21${r.digits(7)}`,
  DE: (r) => (r.chance(0.7) ? `${r.pick(['151', '160', '170', '176'])}${r.digits(8)}` : `30${r.digits(8)}`),
  AT: (r) => (r.chance(0.7) ? `664${r.digits(7)}` : `1${r.digits(7)}`),
  CH: (r) => (r.chance(0.7) ? `${r.pick(['78', '79', '76'])}${r.digits(7)}` : `44${r.digits(7)}`),
  NL: (r) => `6${r.int(1, 5)}${r.digits(7)}`,
  FR: (r) => (r.chance(0.7) ? `${r.pick(['6', '7'])}${r.digits(8)}` : `19900${r.digits(4)}`),
  BE: (r) => `4${r.pick(['70', '72', '75', '77', '78', '79', '86', '88', '94', '96'])}${r.digits(6)}`,
  ES: (r) => (r.chance(0.7) ? `6${r.digits(8)}` : `91${r.digits(7)}`),
  PT: (r) => `9${r.pick(['1', '2', '3', '6'])}${r.digits(7)}`,
  MX: (r) => `${r.pick(['55', '33', '81'])}${r.digits(8)}`,
  CL: (r) => `9${r.int(3, 9)}${r.digits(7)}`,
  CO: (r) => `3${r.pick(['00', '10', '15', '20', '50'])}${r.digits(7)}`,
};

export function drawNumber(rng: Rng, country: CountryCode): string {
  const gen = NSN[country];
  if (!gen) throw new Error(`no number plan for ${country}`);
  for (let i = 0; i < 500; i++) {
    const p = parsePhoneNumberFromString(`+${getCountryCallingCode(country)}${gen(rng)}`);
    if (p?.isValid() && p.country === country) return p.number;
  }
  throw new Error(`no valid number drawn for ${country}`);
}

const TRUNK_ZERO = new Set<CountryCode>(['GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'NL', 'FR', 'BE']);

export type PhoneStyle = 'any' | 'international';

/** A written form of `e164` that reads back as `e164` from the business's region. */
export function writePhone(rng: Rng, e164: string, region: CountryCode, style: PhoneStyle = 'any'): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error('bad e164');
  const domestic = p.country === region;
  const intl = p.formatInternational();
  const cc = p.countryCallingCode;
  const rest = intl.slice(cc.length + 2);
  const nat = p.formatNational();
  const forms: string[] = [intl, e164, `00${cc} ${rest}`];
  if (TRUNK_ZERO.has(p.country as CountryCode)) forms.push(`+${cc} (0)${rest}`);
  if ((region === 'US' || region === 'CA') && !domestic) forms.push(`011 ${cc} ${rest}`);
  if (domestic && style === 'any') {
    forms.push(nat, nat, nat.replace(/[\s()-]/g, ''));
    if (region === 'FR' || region === 'BE') forms.push(nat.replace(/\s/g, '.'));
    if (region === 'DE' || region === 'AT') {
      const digits = nat.replace(/\D/g, '');
      const cut = digits.startsWith('01') || digits.startsWith('06') ? 4 : 3;
      forms.push(`${digits.slice(0, cut)}/${digits.slice(cut)}`);
    }
    forms.push(nat.replace(/[()]/g, '').trim().replace(/\s+/g, '-'));
  }
  const written = rng.pick(forms);
  const back = parsePhoneNumberFromString(written, region);
  return back?.number === e164 ? written : intl;
}

/** An extension after the number, in the business's words; kept only if the number still reads back. */
export function withExtension(
  rng: Rng,
  written: string,
  e164: string,
  lang: Lang,
  region: CountryCode,
): string {
  const word = { en: 'ext.', de: rng.pick(['Durchwahl', 'Dw.']), fr: 'poste', es: 'ext.' }[lang];
  const out = `${written} ${word} ${rng.int(10, 499)}`;
  const back = parsePhoneNumberFromString(out, region);
  if (back?.number === e164) return out;
  const plain = `${written} ext. ${rng.int(10, 499)}`;
  return parsePhoneNumberFromString(plain, region)?.number === e164 ? plain : written;
}

/** Phone answers that are not a number (expected null). */
export const BAD_PHONES: Record<Lang, string[]> = {
  en: ['n/a', 'WhatsApp only please', '12345', 'rather not say'],
  de: ['nur WhatsApp', 'keine Angabe', '0000', 'lieber per Mail'],
  fr: ['pas de fixe', 'WhatsApp seulement', '123', 'préfère le mail'],
  es: ['solo WhatsApp', 'no tengo', '000', 'prefiero correo'],
};
