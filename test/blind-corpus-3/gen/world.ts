/** The fictional businesses, customers, staff and phone numbers of corpus 3. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export type Kind =
  | 'property'
  | 'auto'
  | 'hospitality'
  | 'trades'
  | 'legal'
  | 'insurance'
  | 'school'
  | 'fitness'
  | 'software';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  kind: Kind;
  region: CountryCode;
  domain: string;
  inbox: string;
  /** The business's own switchboard, written nationally. */
  phone: string;
}

const BUSINESS_NAMES: Record<Lang, Record<Kind, [string, string, CountryCode]>> = {
  en: {
    property: ['Brightwater Estates', 'brightwater-estates', 'GB'],
    auto: ['Summit Ridge Motors', 'summit-ridge-motors', 'US'],
    hospitality: ['Kinsale Table Catering', 'kinsale-table', 'IE'],
    trades: ['Tui Valley Plumbing', 'tui-valley-plumbing', 'NZ'],
    legal: ['Ashcombe & Reid Solicitors', 'ashcombe-reid', 'GB'],
    insurance: ['Lighthouse Cover', 'lighthouse-cover', 'US'],
    school: ['Greenway Language School', 'greenway-school', 'IE'],
    fitness: ['Harbour Strength Gym', 'harbour-strength', 'NZ'],
    software: ['Quillbase Software', 'quillbase', 'US'],
  },
  de: {
    property: ['Kranich Immobilien', 'kranich-immobilien', 'DE'],
    auto: ['Autohaus Steinberger', 'autohaus-steinberger', 'AT'],
    hospitality: ['Genussküche Brandl', 'genusskueche-brandl', 'DE'],
    trades: ['Elektro Vogt', 'elektro-vogt', 'CH'],
    legal: ['Kanzlei Albrecht & Sommer', 'kanzlei-albrecht', 'DE'],
    insurance: ['Versicherungsbüro Hainz', 'vb-hainz', 'AT'],
    school: ['Sprachinstitut Lindenhof', 'sprachinstitut-lindenhof', 'CH'],
    fitness: ['Kraftwerk Fitness', 'kraftwerk-fitness', 'DE'],
    software: ['Taktwerk Software', 'taktwerk', 'DE'],
  },
  fr: {
    property: ['Immobilière des Quais', 'immo-des-quais', 'FR'],
    auto: ['Garage Lambert Automobiles', 'garage-lambert', 'BE'],
    hospitality: ['Traiteur Les Cerisiers', 'traiteur-cerisiers', 'FR'],
    trades: ['Chauffage Mercier', 'chauffage-mercier', 'CH'],
    legal: ['Cabinet Fournier Avocats', 'fournier-avocats', 'FR'],
    insurance: ['Assurances Delcourt', 'assurances-delcourt', 'BE'],
    school: ['École Horizon Langues', 'ecole-horizon', 'FR'],
    fitness: ['Salle Énergie Plus', 'energie-plus', 'BE'],
    software: ['Logiciels Boréal', 'logiciels-boreal', 'FR'],
  },
  es: {
    property: ['Inmobiliaria Alameda', 'inmo-alameda', 'ES'],
    auto: ['Automotriz del Bajío', 'automotriz-bajio', 'MX'],
    hospitality: ['Catering La Encina', 'catering-encina', 'ES'],
    trades: ['Climatización Robles', 'clima-robles', 'CO'],
    legal: ['Bufete Ibáñez Abogados', 'bufete-ibanez', 'ES'],
    insurance: ['Seguros Altamira', 'seguros-altamira', 'MX'],
    school: ['Academia Faro', 'academia-faro', 'CO'],
    fitness: ['Gimnasio Pulso', 'gimnasio-pulso', 'ES'],
    software: ['Nube Clara Software', 'nubeclara', 'MX'],
  },
};

const INBOX: Record<Lang, Record<Kind, string>> = {
  en: {
    property: 'lettings',
    auto: 'internet.sales',
    hospitality: 'events',
    trades: 'jobs',
    legal: 'newclients',
    insurance: 'quotes',
    school: 'admissions',
    fitness: 'membership',
    software: 'sales',
  },
  de: {
    property: 'anfragen',
    auto: 'verkauf',
    hospitality: 'catering',
    trades: 'auftraege',
    legal: 'mandate',
    insurance: 'angebote',
    school: 'kurse',
    fitness: 'probetraining',
    software: 'vertrieb',
  },
  fr: {
    property: 'contact',
    auto: 'ventes',
    hospitality: 'devis',
    trades: 'interventions',
    legal: 'rdv',
    insurance: 'souscription',
    school: 'inscriptions',
    fitness: 'accueil',
    software: 'commercial',
  },
  es: {
    property: 'info',
    auto: 'ventas',
    hospitality: 'eventos',
    trades: 'servicio',
    legal: 'consultas',
    insurance: 'cotizaciones',
    school: 'admisiones',
    fitness: 'socios',
    software: 'ventas',
  },
};

/** What a customer of each kind asks about, per language (fills the message templates). */
export const THINGS: Record<Lang, Record<Kind, string[]>> = {
  en: {
    property: ['the two-bedroom flat on Mill Lane', 'the terraced house in Ashford you have listed'],
    auto: ['the 2022 Outback you have in stock', 'a test drive in the hybrid SUV'],
    hospitality: [
      'catering for our daughter’s christening (about 40 people)',
      'a buffet lunch for a company event',
    ],
    trades: ['replacing our hot water cylinder', 'a leaking shower mixer in the upstairs bathroom'],
    legal: ['a dispute with my landlord about the deposit', 'making a will and power of attorney'],
    insurance: ['home and contents cover', 'car insurance for a second driver'],
    school: ['the evening Spanish course for beginners', 'the summer intensive English course for my son'],
    fitness: ['the free trial week', 'personal training sessions'],
    software: ['a demo of the scheduling module', 'pricing for about 25 users'],
  },
  de: {
    property: ['die 3-Zimmer-Wohnung in der Gartenstraße', 'das Reihenhaus in Pullach'],
    auto: ['den Vorführwagen Octavia Combi', 'eine Probefahrt mit dem Elektro-SUV'],
    hospitality: ['ein Buffet für unsere Hochzeit (ca. 60 Gäste)', 'Fingerfood für eine Firmenfeier'],
    trades: ['eine Wallbox in der Garage', 'die Erneuerung der Unterverteilung im Altbau'],
    legal: ['eine Kündigung meines Arbeitsvertrags', 'eine Erbschaftsangelegenheit'],
    insurance: ['eine Hausratversicherung', 'eine Kfz-Versicherung für unseren Zweitwagen'],
    school: ['den Abendkurs Französisch A2', 'den Intensivkurs Deutsch für meine Frau'],
    fitness: ['das kostenlose Probetraining', 'Kurse für Rückenfitness'],
    software: ['eine Demo der Zeiterfassung', 'ein Angebot für 40 Lizenzen'],
  },
  fr: {
    property: ['l’appartement T3 rue des Tanneurs', 'la maison avec jardin à Pessac'],
    auto: ['la Clio d’occasion en vitrine', 'un essai du nouveau modèle hybride'],
    hospitality: ['un cocktail dînatoire pour 80 personnes', 'un buffet pour un baptême'],
    trades: ['l’entretien annuel de notre chaudière', 'le remplacement d’un radiateur'],
    legal: ['un litige avec mon employeur', 'une procédure de divorce à l’amiable'],
    insurance: ['une assurance habitation', 'une assurance auto pour jeune conducteur'],
    school: ['le cours d’anglais du soir', 'le stage intensif d’espagnol en juillet'],
    fitness: ['la séance d’essai gratuite', 'les cours de pilates'],
    software: ['une démonstration du module de facturation', 'un devis pour 15 utilisateurs'],
  },
  es: {
    property: ['el piso de tres habitaciones en la calle Mayor', 'el chalet adosado en Boadilla'],
    auto: ['la camioneta seminueva que tienen en exhibición', 'una prueba de manejo del sedán híbrido'],
    hospitality: ['un cóctel para 50 invitados', 'el menú de una comunión'],
    trades: ['la instalación de un aire acondicionado', 'el mantenimiento de la caldera'],
    legal: ['un problema con la herencia de mi padre', 'una reclamación a mi aseguradora'],
    insurance: ['un seguro de hogar', 'un seguro de auto para mi hija'],
    school: ['el curso de inglés intensivo', 'las clases de alemán por la tarde'],
    fitness: ['la semana de prueba gratis', 'entrenamiento personal'],
    software: ['una demo del módulo de inventario', 'precios para 30 usuarios'],
  },
};

export function allBusinesses(): Business[] {
  const out: Business[] = [];
  for (const lang of Object.keys(BUSINESS_NAMES) as Lang[]) {
    for (const [kind, [name, slug, region]] of Object.entries(BUSINESS_NAMES[lang]) as [
      Kind,
      [string, string, CountryCode],
    ][]) {
      const domain = `${slug}.example`;
      out.push({
        id: slug,
        name,
        lang,
        kind,
        region,
        domain,
        inbox: `${INBOX[lang][kind]}@${domain}`,
        phone: '',
      });
    }
  }
  return out;
}

/** National significant number shapes per country; random digits are kept only when valid. */
const MOBILE: Record<string, string[]> = {
  GB: ['1174960###', '2079460###'],
  US: ['212555####', '415555####', '617555####'],
  IE: ['85#######', '87#######'],
  NZ: ['21#######', '27#######'],
  DE: ['151########', '170#######', '89########'],
  AT: ['664#######', '1########'],
  CH: ['79#######', '44#######'],
  FR: ['6########', '1990####', '7########'],
  BE: ['47#######', '2#######'],
  ES: ['6########', '91#######'],
  MX: ['55########', '33########'],
  CO: ['3#########', '601#######'],
};

export interface Phone {
  e164: string;
  country: CountryCode;
  national: string;
  international: string;
}

export function makePhone(rng: Rng, country: CountryCode): Phone {
  for (let i = 0; i < 500; i++) {
    let nsn = rng.pick(MOBILE[country] ?? ['']).replace(/#/g, () => String(rng.int(0, 9)));
    if (country === 'US') nsn = `${nsn.slice(0, 6)}01${nsn.slice(8)}`;
    if (country === 'FR' && nsn.startsWith('1990')) nsn = `1990${nsn.slice(4)}`;
    const p = parsePhoneNumberFromString(nsn, country);
    if (p?.isValid() && p.country === country)
      return {
        e164: p.number,
        country,
        national: p.formatNational(),
        international: p.formatInternational(),
      };
  }
  throw new Error(`no valid number for ${country}`);
}

const CC: Record<string, string> = {
  GB: '44',
  US: '1',
  IE: '353',
  NZ: '64',
  DE: '49',
  AT: '43',
  CH: '41',
  FR: '33',
  BE: '32',
  ES: '34',
  MX: '52',
  CO: '57',
};

/**
 * One way a person writes their number; `foreign` forces an international form. Only forms that read back
 * as the same number from the business's region are used (`00` is not an exit code everywhere).
 */
export function writePhone(rng: Rng, p: Phone, foreign: boolean, region: CountryCode): string {
  const cc = CC[p.country] ?? '';
  const intl = p.international;
  const rest = intl.slice(cc.length + 2);
  const trunk = ['GB', 'IE', 'NZ', 'DE', 'AT', 'CH', 'FR', 'BE'].includes(p.country);
  const forms: string[] = [intl, p.e164, `00${cc} ${rest}`];
  if (trunk) forms.push(`+${cc} (0)${rest}`);
  // Callers in North America dial abroad with 011: a US business's form shows foreign numbers that way.
  if (region === 'US' && p.country !== 'US') forms.push(`011 ${cc} ${rest}`);
  if (!foreign) {
    forms.push(p.national, p.national, p.national.replace(/[\s()-]/g, ''));
    if (p.country === 'FR' || p.country === 'BE') forms.push(p.national.replace(/ /g, '.'));
    if (p.country === 'US') forms.push(p.national.replace(/[()]/g, '').replace(' ', '-'));
    if (p.country === 'DE' || p.country === 'AT') forms.push(p.national.replace(' ', '/'));
  }
  return rng.pick(forms.filter((f) => parsePhoneNumberFromString(f, region)?.number === p.e164));
}

/** A country near the business's, for the customers who live abroad. */
export const NEIGHBOUR: Record<string, CountryCode> = {
  GB: 'IE',
  US: 'MX',
  IE: 'GB',
  NZ: 'US',
  DE: 'AT',
  AT: 'DE',
  CH: 'FR',
  FR: 'BE',
  BE: 'FR',
  ES: 'FR',
  MX: 'US',
  CO: 'ES',
};

const FIRST: Record<Lang, string[]> = {
  en: [
    'Olivia',
    'Liam',
    'Siobhán',
    'Callum',
    'Priya',
    'Grace',
    'Ethan',
    'Aoife',
    'Marcus',
    'Hannah',
    'Ruby',
    'Declan',
    'Zoë',
    'Nathan',
  ],
  de: [
    'Jürgen',
    'Lena',
    'Maximilian',
    'Sophie',
    'Björn',
    'Katrin',
    'Lukas',
    'Anneliese',
    'Tobias',
    'Mia',
    'Özlem',
    'Felix',
    'Grete',
    'Jonas',
  ],
  fr: [
    'Amélie',
    'Théo',
    'Hélène',
    'Mathis',
    'Léa',
    'François',
    'Chloé',
    'Jérôme',
    'Inès',
    'Benoît',
    'Manon',
    'Gaël',
    'Élodie',
    'Yanis',
  ],
  es: [
    'Lucía',
    'Martín',
    'Inés',
    'Álvaro',
    'Carmen',
    'Joaquín',
    'Sofía',
    'Raúl',
    'Begoña',
    'Tomás',
    'Valentina',
    'Andrés',
    'Nuria',
    'Iker',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    'Whitfield',
    "O'Sullivan",
    'Patel',
    'McAllister',
    'Brennan',
    'Okafor',
    'Hargreaves',
    'Van der Merwe',
    'Lindqvist',
    'Fitzgerald',
    'Nakamura',
    'Doyle',
  ],
  de: [
    'Schäfer',
    'von Hagen',
    'Brückner',
    'Yılmaz',
    'Weißmann',
    'Kowalczyk',
    'Huber',
    'Lindemann',
    'zur Linden',
    'Krämer-Haas',
    'Obermaier',
    'Nguyen',
  ],
  fr: [
    'Lefèvre',
    'de la Tour',
    'Moreau',
    'Benali',
    'Gauthier',
    'Le Goff',
    'Dupré',
    'Chevalier',
    'Nguyen',
    'Rousseau-Blanc',
    "D'Almeida",
    'Faure',
  ],
  es: [
    'García López',
    'de la Fuente',
    'Martínez',
    'Ruiz Ortega',
    'Fernández',
    'del Río',
    'Navarro',
    'Etxeberria',
    'Sánchez Vidal',
    'Morales',
    'Ibarra',
    'Peña',
  ],
};

export interface Person {
  first: string;
  last: string;
  full: string;
  email: string;
  phone: Phone;
  foreign: boolean;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS: Record<Lang, string[]> = {
  en: ['postbox.test', 'mailhaven.test', 'inboxly.test'],
  de: ['netzpost.test', 'webmail-de.test', 'briefkasten.test'],
  fr: ['courriel.test', 'laposte-mail.test', 'boitemail.test'],
  es: ['correo.test', 'buzonweb.test', 'mimail.test'],
};

export function makePerson(rng: Rng, lang: Lang, region: CountryCode, foreignShare = 0.15): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const foreign = rng.chance(foreignShare);
  const country = foreign ? (NEIGHBOUR[region] ?? region) : region;
  const fa = ascii(first);
  const la = ascii(last);
  const local = rng.pick([
    `${fa}.${la}`,
    `${fa}${la}${rng.int(1, 99)}`,
    `${fa[0]}${la}`,
    `${la}.${fa}`,
    `${fa}_${la.slice(0, 5)}`,
  ]);
  return {
    first,
    last,
    full: `${first} ${last}`,
    email: `${local}@${rng.pick(MAIL_DOMAINS[lang])}`,
    phone: makePhone(rng, country),
    foreign,
  };
}

const STAFF_FIRST: Record<Lang, string[]> = {
  en: ['Karen', 'Stuart', 'Melissa', 'Gareth', 'Tamsin'],
  de: ['Sabine', 'Ralf', 'Annika', 'Dirk', 'Petra'],
  fr: ['Nathalie', 'Olivier', 'Sandrine', 'Thierry', 'Céline'],
  es: ['Marisol', 'Jorge', 'Pilar', 'Ernesto', 'Rocío'],
};
const STAFF_LAST: Record<Lang, string[]> = {
  en: ['Pemberton', 'Holloway', 'Caldwell', 'Ainsworth'],
  de: ['Reinhardt', 'Kessler', 'Baumgartner', 'Voss'],
  fr: ['Marchand', 'Lemaire', 'Perrin', 'Carré'],
  es: ['Villalobos', 'Echeverría', 'Quintana', 'Salgado'],
};

export interface StaffMember {
  name: string;
  email: string;
  phone: string;
}

export function makeStaff(rng: Rng, biz: Business): StaffMember {
  const first = rng.pick(STAFF_FIRST[biz.lang]);
  const last = rng.pick(STAFF_LAST[biz.lang]);
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}@${biz.domain}`,
    phone: makePhone(rng, biz.region).national,
  };
}
