/** Businesses, staff, customers, services, messages and phone numbers: all invented for this corpus. */

import { isValidPhoneNumber as validDefault } from 'libphonenumber-js';
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';
import type { Business, Customer, CustomerPhone, Lang, Sector, Staff } from './types.js';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

type BizSeed = Omit<Business, 'switchboard' | 'inbox' | 'web'> & { local: string; tld: string };

const SEEDS: BizSeed[] = [
  {
    id: 'fynbos-apiaries',
    name: 'Fynbos Apiaries',
    short: 'Fynbos',
    lang: 'en',
    sector: 'bees',
    region: 'ZA',
    neighbour: 'NA',
    local: 'hives',
    domain: 'fynbos-apiaries',
    tld: 'example',
    street: '14 Protea Lane',
    city: 'Stellenbosch',
  },
  {
    id: 'slaney-riding',
    name: 'Slaney Riding Centre',
    short: 'Slaney',
    lang: 'en',
    sector: 'riding',
    region: 'IE',
    neighbour: 'GB',
    local: 'lessons',
    domain: 'slaney-riding',
    tld: 'example',
    street: 'Ballycarney Road',
    city: 'Enniscorthy',
  },
  {
    id: 'orchid-veil-bridal',
    name: 'Orchid Veil Bridal',
    short: 'Orchid Veil',
    lang: 'en',
    sector: 'bridal',
    region: 'SG',
    neighbour: 'MY',
    local: 'appointments',
    domain: 'orchid-veil-bridal',
    tld: 'example',
    street: '51 Keong Saik Road',
    city: 'Singapore',
  },
  {
    id: 'skyward-frames',
    name: 'Skyward Frames Aerial',
    short: 'Skyward',
    lang: 'en',
    sector: 'drone',
    region: 'IN',
    neighbour: 'AE',
    local: 'shoots',
    domain: 'skyward-frames',
    tld: 'test',
    street: '7 Residency Road',
    city: 'Bengaluru',
  },
  {
    id: 'tickwell-watch',
    name: 'Tickwell Watch & Clock Repair',
    short: 'Tickwell',
    lang: 'en',
    sector: 'watch',
    region: 'US',
    neighbour: 'CA',
    local: 'repairs',
    domain: 'tickwell-watch',
    tld: 'example',
    street: '220 Chestnut Street',
    city: 'Philadelphia',
  },
  {
    id: 'imkerbedarf-honigtau',
    name: 'Imkerbedarf Honigtau',
    short: 'Honigtau',
    lang: 'de',
    sector: 'bees',
    region: 'DE',
    neighbour: 'NL',
    local: 'bestellung',
    domain: 'imkerbedarf-honigtau',
    tld: 'example',
    street: 'Lindenweg 9',
    city: 'Celle',
  },
  {
    id: 'reitschule-hochkogel',
    name: 'Reitschule Hochkogel',
    short: 'Hochkogel',
    lang: 'de',
    sector: 'riding',
    region: 'AT',
    neighbour: 'DE',
    local: 'reitstunden',
    domain: 'reitschule-hochkogel',
    tld: 'example',
    street: 'Almstraße 3',
    city: 'Bad Ischl',
  },
  {
    id: 'brautmode-seidenglanz',
    name: 'Brautmode Seidenglanz',
    short: 'Seidenglanz',
    lang: 'de',
    sector: 'bridal',
    region: 'CH',
    neighbour: 'FR',
    local: 'termine',
    domain: 'brautmode-seidenglanz',
    tld: 'example',
    street: 'Marktgasse 28',
    city: 'Winterthur',
  },
  {
    id: 'luftbild-rheintal',
    name: 'Luftbild Rheintal',
    short: 'Luftbild Rheintal',
    lang: 'de',
    sector: 'drone',
    region: 'LI',
    neighbour: 'AT',
    local: 'anfragen',
    domain: 'luftbild-rheintal',
    tld: 'test',
    street: 'Landstrasse 112',
    city: 'Schaan',
  },
  {
    id: 'uhrmacherei-kroll',
    name: 'Uhrmacherei Kroll',
    short: 'Kroll',
    lang: 'de',
    sector: 'watch',
    region: 'DE',
    neighbour: 'AT',
    local: 'werkstatt',
    domain: 'uhrmacherei-kroll',
    tld: 'example',
    street: 'Schillerstraße 41',
    city: 'Pforzheim',
  },
  {
    id: 'rucher-des-cevennes',
    name: 'Rucher des Cévennes',
    short: 'Rucher des Cévennes',
    lang: 'fr',
    sector: 'bees',
    region: 'FR',
    neighbour: 'BE',
    local: 'contact',
    domain: 'rucher-des-cevennes',
    tld: 'example',
    street: '3 chemin des Castanhs',
    city: 'Anduze',
  },
  {
    id: 'manege-bois-joli',
    name: 'Manège du Bois-Joli',
    short: 'Bois-Joli',
    lang: 'fr',
    sector: 'riding',
    region: 'BE',
    neighbour: 'FR',
    local: 'cours',
    domain: 'manege-bois-joli',
    tld: 'example',
    street: 'Rue du Try 17',
    city: 'Wavre',
  },
  {
    id: 'maison-nacre',
    name: 'Maison Nacre Mariage',
    short: 'Maison Nacre',
    lang: 'fr',
    sector: 'bridal',
    region: 'MA',
    neighbour: 'FR',
    local: 'essayages',
    domain: 'maison-nacre',
    tld: 'example',
    street: '12 boulevard d’Anfa',
    city: 'Casablanca',
  },
  {
    id: 'ciel-capture',
    name: 'Ciel Capture Dakar',
    short: 'Ciel Capture',
    lang: 'fr',
    sector: 'drone',
    region: 'SN',
    neighbour: 'FR',
    local: 'tournages',
    domain: 'ciel-capture',
    tld: 'test',
    street: 'Route de la Corniche Ouest',
    city: 'Dakar',
  },
  {
    id: 'horlogerie-laurier',
    name: 'Horlogerie Laurier',
    short: 'Laurier',
    lang: 'fr',
    sector: 'watch',
    region: 'CA',
    neighbour: 'US',
    local: 'atelier',
    domain: 'horlogerie-laurier',
    tld: 'example',
    street: '1480 avenue Laurier Est',
    city: 'Montréal',
  },
  {
    id: 'colmenas-del-yi',
    name: 'Colmenas del Yí',
    short: 'Colmenas del Yí',
    lang: 'es',
    sector: 'bees',
    region: 'UY',
    neighbour: 'AR',
    local: 'pedidos',
    domain: 'colmenas-del-yi',
    tld: 'example',
    street: 'Ruta 5 km 186',
    city: 'Durazno',
  },
  {
    id: 'club-hipico-sabana',
    name: 'Club Hípico La Sabana',
    short: 'La Sabana',
    lang: 'es',
    sector: 'riding',
    region: 'CR',
    neighbour: 'PA',
    local: 'clases',
    domain: 'club-hipico-sabana',
    tld: 'example',
    street: 'Calle 42, Sabana Oeste',
    city: 'San José',
  },
  {
    id: 'novias-azahara',
    name: 'Novias Azahara',
    short: 'Azahara',
    lang: 'es',
    sector: 'bridal',
    region: 'ES',
    neighbour: 'PT',
    local: 'citas',
    domain: 'novias-azahara',
    tld: 'example',
    street: 'Calle Sierpes 61',
    city: 'Sevilla',
  },
  {
    id: 'dron-andino',
    name: 'Dron Andino Filmación',
    short: 'Dron Andino',
    lang: 'es',
    sector: 'drone',
    region: 'CO',
    neighbour: 'EC',
    local: 'rodajes',
    domain: 'dron-andino',
    tld: 'test',
    street: 'Carrera 43A # 9-21',
    city: 'Medellín',
  },
  {
    id: 'relojeria-cronos',
    name: 'Relojería Cronos',
    short: 'Cronos',
    lang: 'es',
    sector: 'watch',
    region: 'MX',
    neighbour: 'US',
    local: 'taller',
    domain: 'relojeria-cronos',
    tld: 'example',
    street: 'Av. Francisco Sosa 118',
    city: 'Coyoacán, CDMX',
  },
];

/** Names of the countries a customer may write from, per language. */
export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  ZA: { en: 'South Africa', de: 'Südafrika', fr: 'Afrique du Sud', es: 'Sudáfrica' },
  NA: { en: 'Namibia', de: 'Namibia', fr: 'Namibie', es: 'Namibia' },
  IE: { en: 'Ireland', de: 'Irland', fr: 'Irlande', es: 'Irlanda' },
  GB: { en: 'United Kingdom', de: 'Vereinigtes Königreich', fr: 'Royaume-Uni', es: 'Reino Unido' },
  SG: { en: 'Singapore', de: 'Singapur', fr: 'Singapour', es: 'Singapur' },
  MY: { en: 'Malaysia', de: 'Malaysia', fr: 'Malaisie', es: 'Malasia' },
  IN: { en: 'India', de: 'Indien', fr: 'Inde', es: 'India' },
  AE: {
    en: 'United Arab Emirates',
    de: 'Vereinigte Arabische Emirate',
    fr: 'Émirats arabes unis',
    es: 'Emiratos Árabes Unidos',
  },
  US: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
  CA: { en: 'Canada', de: 'Kanada', fr: 'Canada', es: 'Canadá' },
  DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  NL: { en: 'Netherlands', de: 'Niederlande', fr: 'Pays-Bas', es: 'Países Bajos' },
  AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
  CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
  LI: { en: 'Liechtenstein', de: 'Liechtenstein', fr: 'Liechtenstein', es: 'Liechtenstein' },
  FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
  BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
  MA: { en: 'Morocco', de: 'Marokko', fr: 'Maroc', es: 'Marruecos' },
  SN: { en: 'Senegal', de: 'Senegal', fr: 'Sénégal', es: 'Senegal' },
  UY: { en: 'Uruguay', de: 'Uruguay', fr: 'Uruguay', es: 'Uruguay' },
  AR: { en: 'Argentina', de: 'Argentinien', fr: 'Argentine', es: 'Argentina' },
  CR: { en: 'Costa Rica', de: 'Costa Rica', fr: 'Costa Rica', es: 'Costa Rica' },
  PA: { en: 'Panama', de: 'Panama', fr: 'Panama', es: 'Panamá' },
  ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
  PT: { en: 'Portugal', de: 'Portugal', fr: 'Portugal', es: 'Portugal' },
  CO: { en: 'Colombia', de: 'Kolumbien', fr: 'Colombie', es: 'Colombia' },
  EC: { en: 'Ecuador', de: 'Ecuador', fr: 'Équateur', es: 'Ecuador' },
  MX: { en: 'Mexico', de: 'Mexiko', fr: 'Mexique', es: 'México' },
};

/** A valid mobile number of the region: the library's example with its tail redrawn. */
export function drawNumber(rng: Rng, region: string): string {
  const ex = getExampleNumber(region as CountryCode, examples);
  if (!ex) throw new Error(`no example number for ${region}`);
  const nn = String(ex.nationalNumber);
  for (let i = 0; i < 200; i++) {
    const tail = rng.digits(5);
    const e164 = `+${ex.countryCallingCode}${nn.slice(0, -5)}${tail}`;
    const p = parsePhoneNumberFromString(e164);
    if (p?.isValid() && p.country === region && validDefault(e164)) return e164;
  }
  throw new Error(`could not draw a valid number for ${region}`);
}

function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function businesses(rng: Rng): Business[] {
  return SEEDS.map((s) => {
    const { local, tld, ...rest } = s;
    const domain = `${s.domain}.${tld}`;
    return {
      ...rest,
      domain,
      inbox: `${local}@${domain}`,
      web: `www.${domain}`,
      switchboard: drawNumber(rng, s.region),
    };
  });
}

const STAFF_NAMES: Record<Lang, [string, string][]> = {
  en: [
    ['Megan', 'Barlow'],
    ['Sipho', 'Nkosi'],
    ['Declan', 'Moran'],
    ['Aisha', 'Rahman'],
    ['Kavya', 'Nair'],
    ['Brett', 'Holloway'],
    ['Joanne', 'Kerr'],
    ['Vikram', 'Sethi'],
    ['Colm', 'Brennan'],
    ['Jasmine', 'Lim'],
  ],
  de: [
    ['Sabine', 'Hartl'],
    ['Markus', 'Eberle'],
    ['Ursula', 'Kaiser'],
    ['Reto', 'Marxer'],
    ['Helga', 'Pranz'],
    ['Dominik', 'Seidl'],
    ['Carina', 'Wolff'],
    ['Stefan', 'Gassner'],
    ['Nadine', 'Frommelt'],
    ['Urs', 'Baumann'],
  ],
  fr: [
    ['Nathalie', 'Perrin'],
    ['Ousmane', 'Ba'],
    ['Sandrine', 'Lemaire'],
    ['Karim', 'Bennani'],
    ['Geneviève', 'Roy'],
    ['Thierry', 'Wauters'],
    ['Aminata', 'Cissé'],
    ['Pascal', 'Fabre'],
    ['Isabelle', 'Lévesque'],
    ['Driss', 'Tazi'],
  ],
  es: [
    ['Gabriela', 'Méndez'],
    ['Rodrigo', 'Salas'],
    ['Alejandra', 'Montoya'],
    ['Fernando', 'Castro'],
    ['Pilar', 'Ortega'],
    ['Esteban', 'Rojas'],
    ['Carolina', 'Píriz'],
    ['Héctor', 'Zamora'],
    ['Lorena', 'Vidal'],
    ['Julián', 'Arias'],
  ],
};

const ROLES: Record<Lang, string[]> = {
  en: ['Office Manager', 'Sales & Bookings', 'Customer Care Lead', 'Owner', 'Studio Coordinator'],
  de: ['Büroleitung', 'Kundenberatung', 'Inhaberin', 'Terminplanung', 'Verkauf'],
  fr: [
    'Responsable accueil',
    'Conseillère clientèle',
    'Gérant',
    'Chargé de planning',
    'Assistante commerciale',
  ],
  es: ['Atención al cliente', 'Coordinadora de citas', 'Gerente', 'Ventas', 'Administración'],
};

/** Two staff members per business, drawn from its language's pool. */
export function staffFor(rng: Rng, biz: Business, index: number): [Staff, Staff] {
  const pool = STAFF_NAMES[biz.lang];
  const make = (k: number): Staff => {
    const [first, last] = pool[(index * 2 + k) % pool.length] as [string, string];
    return {
      first,
      last,
      role: ROLES[biz.lang][(index + k) % 5] as string,
      email: `${asciiFold(first)}.${asciiFold(last)}@${biz.domain}`,
      phone: drawNumber(rng, biz.region),
    };
  };
  return [make(0), make(1)];
}

const CUSTOMER_NAMES: Record<Lang, [string, string][]> = {
  en: [
    ['Thandiwe', 'Mokoena'],
    ['Pieter', 'van der Merwe'],
    ['Siobhán', 'O’Donoghue'],
    ['Aoife', 'Ní Bhriain'],
    ['Rajesh', 'Iyer'],
    ['Priya', 'Venkataraman-Shah'],
    ['Wei Ling', 'Tan'],
    ['Marcus', 'DeLuca'],
    ['Hannah', 'McAllister'],
    ['Jordan', 'Whitfield'],
    ['Naledi', 'Dlamini'],
    ['Kieran', 'Fitzgerald'],
    ['Ananya', 'Bose'],
    ['Chloe', 'Ashworth-Price'],
    ['Oluwaseun', 'Adeyemi'],
    ['Erin', 'O’Sullivan'],
    ['Dev', 'Malhotra'],
    ['Grace', 'de Villiers'],
    ['Tom', 'Ridley'],
    ['Isla', 'MacPherson'],
    ['Samuel', 'Okonkwo'],
    ['Ruth', 'Van Wyk'],
    ['Mei', 'Chua'],
    ['Connor', 'Doyle'],
  ],
  de: [
    ['Johanna', 'Brückner'],
    ['Lukas', 'Österreicher'],
    ['Sophie', 'von Arnim'],
    ['Felix', 'Weißhaupt'],
    ['Marie-Luise', 'Kästner'],
    ['Jonas', 'Zürcher'],
    ['Lea', 'Hämmerle'],
    ['Tobias', 'zu Stolberg'],
    ['Anna-Lena', 'Großmann'],
    ['Matthias', 'Oberholzer'],
    ['Katharina', 'Nägeli'],
    ['Niklas', 'Vogelsang'],
    ['Emilia', 'Frick'],
    ['Florian', 'Büchel'],
    ['Theresa', 'Auer-Lindner'],
    ['Jan', 'van Helden'],
    ['Miriam', 'Schädler'],
    ['Benedikt', 'Kühn'],
    ['Verena', 'Gstöttner'],
    ['David', 'Rüegg'],
    ['Clara', 'Imhof'],
    ['Moritz', 'Berchtold'],
  ],
  fr: [
    ['Camille', 'Lefèvre'],
    ['Théo', 'Dubois-Martin'],
    ['Inès', 'Benali'],
    ['Mamadou', 'Diallo'],
    ['Awa', 'Ndiaye'],
    ['Léa', 'de la Roche'],
    ['Hugo', 'Vandenbroucke'],
    ['Chloé', 'Tremblay'],
    ['Olivier', 'Gagnon'],
    ['Yasmine', 'El Idrissi'],
    ['Baptiste', 'Le Goff'],
    ['Élodie', 'Marchand'],
    ['Amadou', 'Sow'],
    ['Noémie', 'Côté'],
    ['Antoine', 'du Plessis'],
    ['Manon', 'Van den Bossche'],
    ['Kenza', 'Alaoui'],
    ['Jérôme', 'Bélanger'],
    ['Fatou', 'Faye'],
    ['Gaëlle', 'Morin'],
    ['Rémi', 'Lacroix'],
    ['Salomé', 'N’Diaye'],
  ],
  es: [
    ['Valentina', 'Ocampo'],
    ['Santiago', 'Restrepo Uribe'],
    ['Lucía', 'Fernández'],
    ['Mateo', 'de la Cruz'],
    ['Camila', 'Rodríguez Vargas'],
    ['Diego', 'Araya'],
    ['Sofía', 'Núñez'],
    ['Martín', 'del Valle'],
    ['Ximena', 'Gutiérrez'],
    ['Andrés', 'Quesada'],
    ['Renata', 'Solís'],
    ['Joaquín', 'Pereira'],
    ['Mariana', 'Jiménez Mora'],
    ['Tomás', 'Olivera'],
    ['Isabella', 'Cárdenas'],
    ['Nicolás', 'de León'],
    ['Paula', 'Herrera'],
    ['Emiliano', 'Sánchez'],
    ['Daniela', 'Villalobos'],
    ['Agustín', 'Barrios'],
    ['Inés', 'Ibarra'],
    ['Gonzalo', 'Peña'],
  ],
};

const MAIL_DOMAINS = [
  'mailbox.example',
  'post.test',
  'inbox-mail.example',
  'webpost.test',
  'netmail.example',
  'hello-mail.test',
];

export function drawCustomer(rng: Rng, lang: Lang): Customer {
  const [first, last] = rng.pick(CUSTOMER_NAMES[lang]);
  const f = asciiFold(first);
  const l = asciiFold(last);
  const local = rng.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${rng.int(10, 99)}`,
    `${l}.${f}`,
    `${f}${rng.int(70, 99)}`,
  ]);
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

export const SERVICES: Record<Sector, Record<Lang, string[]>> = {
  bees: {
    en: [
      'a starter hive kit with two nucleus colonies',
      'a swarm collection and rehoming',
      'an introductory beekeeping course',
    ],
    de: [
      'ein Einsteiger-Set mit zwei Ablegern',
      'Mittelwände und ein Schleuder-Leihgerät',
      'einen Imker-Grundkurs',
    ],
    fr: [
      'un kit de démarrage avec deux essaims',
      'la récupération d’un essaim dans notre jardin',
      'une initiation à l’apiculture',
    ],
    es: [
      'un kit inicial con dos núcleos',
      'el retiro de un enjambre del tejado',
      'un curso básico de apicultura',
    ],
  },
  riding: {
    en: [
      'weekly riding lessons for a beginner',
      'a hack along the river for a small group',
      'a pony camp place over the school holidays',
    ],
    de: [
      'wöchentliche Reitstunden für Anfänger',
      'einen Ausritt für eine kleine Gruppe',
      'einen Platz im Ponyferienlager',
    ],
    fr: [
      'des cours d’équitation hebdomadaires',
      'une balade à cheval pour un petit groupe',
      'un stage poney pendant les vacances',
    ],
    es: [
      'clases de equitación semanales',
      'una cabalgata en grupo por el bosque',
      'un campamento de verano con ponis',
    ],
  },
  bridal: {
    en: [
      'a private bridal gown appointment',
      'alterations to a vintage wedding dress',
      'bridesmaid dresses for four',
    ],
    de: [
      'einen Anprobetermin für Brautkleider',
      'Änderungen an einem Vintage-Brautkleid',
      'Kleider für vier Brautjungfern',
    ],
    fr: [
      'un rendez-vous d’essayage de robe de mariée',
      'des retouches sur une robe ancienne',
      'des robes pour quatre demoiselles d’honneur',
    ],
    es: [
      'una cita para probar vestidos de novia',
      'arreglos en un vestido de novia heredado',
      'vestidos para cuatro damas de honor',
    ],
  },
  drone: {
    en: [
      'aerial footage of our wedding venue',
      'a roof inspection flight with photos',
      'a drone video of a property for sale',
    ],
    de: [
      'Luftaufnahmen unserer Hochzeit',
      'eine Dachinspektion per Drohne',
      'ein Drohnenvideo für ein Verkaufsobjekt',
    ],
    fr: [
      'des prises de vue aériennes de notre mariage',
      'une inspection de toiture par drone',
      'une vidéo par drone d’un terrain à vendre',
    ],
    es: [
      'tomas aéreas de nuestra boda',
      'una inspección de techo con dron',
      'un video con dron de una finca en venta',
    ],
  },
  watch: {
    en: [
      'a full service of an automatic watch',
      'restoring a longcase clock',
      'a new crystal and battery for a quartz watch',
    ],
    de: [
      'eine Revision meiner Automatikuhr',
      'die Restaurierung einer Standuhr',
      'ein neues Glas für eine Quarzuhr',
    ],
    fr: [
      'une révision complète d’une montre automatique',
      'la restauration d’une horloge comtoise',
      'un verre neuf pour une montre à quartz',
    ],
    es: [
      'un servicio completo a un reloj automático',
      'restaurar un reloj de pared antiguo',
      'cambiar el cristal de un reloj de cuarzo',
    ],
  },
};

/** Four message templates per language; `{s}` is the service. Paragraphs are separated by a blank line. */
const MESSAGES: Record<Lang, string[]> = {
  en: [
    'We are interested in {s} and would like to know your availability over the next few weeks.\n\nCould you also give us a rough idea of the cost? Weekday afternoons suit us best.',
    'I came across your page and wondered whether {s} would be possible this season. What would you need from me to prepare a quote?',
    'Two questions: how long does {s} usually take, and is there a waiting list at the moment?\n\nI am happy to drop in if that is easier than email.',
    'My sister recommended you. I am looking for {s} before the end of next month, budget is flexible but the date is not.\n\nA call back would be great, ideally after 5 pm.',
  ],
  de: [
    'Wir interessieren uns für {s} und würden gern wissen, wann Sie in den nächsten Wochen Zeit hätten.\n\nKönnen Sie uns auch ungefähr sagen, was das kostet? Nachmittags passt es uns am besten.',
    'Ich bin über Ihre Seite auf Sie gestoßen und frage mich, ob {s} in dieser Saison noch möglich ist. Was brauchen Sie von mir für ein Angebot?',
    'Zwei Fragen: Wie lange dauert {s} normalerweise, und gibt es derzeit eine Warteliste?\n\nIch kann auch gern persönlich vorbeikommen.',
    'Eine Bekannte hat Sie empfohlen. Ich suche {s} bis Ende nächsten Monats, beim Budget bin ich flexibel, beim Termin leider nicht.\n\nEin Rückruf wäre schön, am besten nach 17 Uhr.',
  ],
  fr: [
    'Nous sommes intéressés par {s} et aimerions connaître vos disponibilités dans les prochaines semaines.\n\nPourriez-vous aussi nous donner une idée du prix ? Les après-midi en semaine nous arrangent.',
    'J’ai découvert votre page et je me demandais si {s} serait possible cette saison. De quoi avez-vous besoin pour établir un devis ?',
    'Deux questions : combien de temps prend {s} en général, et y a-t-il une liste d’attente en ce moment ?\n\nJe peux aussi passer vous voir si c’est plus simple.',
    'Une amie m’a parlé de vous. Je cherche {s} avant la fin du mois prochain ; le budget est souple, la date beaucoup moins.\n\nUn rappel serait idéal, de préférence après 17 h.',
  ],
  es: [
    'Nos interesa {s} y quisiéramos saber qué disponibilidad tienen en las próximas semanas.\n\n¿Podrían darnos también una idea aproximada del precio? Nos vienen mejor las tardes entre semana.',
    'Encontré su página y quería saber si {s} sería posible esta temporada. ¿Qué necesitan de mí para preparar un presupuesto?',
    'Dos preguntas: ¿cuánto tarda normalmente {s} y hay lista de espera ahora mismo?\n\nPuedo pasar en persona si les resulta más cómodo.',
    'Me los recomendó una amiga. Busco {s} antes de fin del mes que viene; el presupuesto es flexible, la fecha no tanto.\n\nLes agradecería una llamada, mejor después de las 5 de la tarde.',
  ],
};

export function drawMessage(rng: Rng, lang: Lang, service: string): string {
  return rng.pick(MESSAGES[lang]).replace('{s}', service);
}

type Form = 'e164' | 'intl' | 'national' | 'compact' | 'dashed' | 'dotted' | '00' | 'cc0' | '011';

function writeForm(e164: string, form: Form): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(`bad number ${e164}`);
  const nat = p.formatNational();
  const intl = p.formatInternational();
  switch (form) {
    case 'e164':
      return e164;
    case 'intl':
      return intl;
    case 'national':
      return nat;
    case 'compact':
      return nat.replace(/[^\d]/g, '');
    case 'dashed':
      return nat
        .replace(/[()]/g, '')
        .trim()
        .replace(/[\s-]+/g, '-');
    case 'dotted':
      return nat
        .replace(/[()]/g, '')
        .trim()
        .replace(/[\s-]+/g, '.');
    case '00':
      return `00${intl.slice(1)}`;
    case '011':
      return `011 ${intl.slice(1)}`;
    case 'cc0':
      return `+${p.countryCallingCode} (0)${intl.slice(p.countryCallingCode.length + 2)}`;
  }
}

function readsBack(written: string, region: string, e164: string): boolean {
  const p = parsePhoneNumberFromString(written, region as CountryCode);
  return p?.number === e164 && p.isValid();
}

const EXT_WORDS: Record<Lang, string[]> = {
  en: ['ext. ', 'x'],
  de: ['App. ', 'Nebenstelle '],
  fr: ['poste ', 'p. '],
  es: ['ext. ', 'anexo '],
};

/**
 * The customer's number and how they wrote it. `statedCountry`: the email carries a country field, so a
 * foreign customer may write nationally; otherwise a foreign number is written internationally.
 */
export function drawCustomerPhone(
  rng: Rng,
  biz: Business,
  opts: { abroad: boolean; statedCountry: boolean; extension: boolean },
): CustomerPhone {
  const country = opts.abroad ? biz.neighbour : biz.region;
  const e164 = drawNumber(rng, country);
  const forms: Form[] =
    opts.abroad && !opts.statedCountry
      ? [
          'intl',
          'e164',
          '00',
          'cc0',
          '00',
          ...(biz.region === 'US' || biz.region === 'CA' ? (['011', '011'] as Form[]) : []),
        ]
      : ['national', 'national', 'compact', 'dashed', 'dotted', 'intl', 'e164', '00', 'cc0'];
  const region = opts.statedCountry ? country : biz.region;
  let written = writeForm(e164, rng.pick(forms));
  const ok = written.includes('(0)')
    ? readsBack(written.replace('(0)', ''), region, e164) && readsBack(written, region, e164)
    : readsBack(written, region, e164);
  if (!ok) written = writeForm(e164, 'intl');
  if (!readsBack(written, region, e164)) throw new Error(`written form does not read back: ${written}`);
  const ext =
    opts.extension && rng.chance(0.3) ? `${rng.pick(EXT_WORDS[biz.lang])}${rng.int(11, 289)}` : null;
  return { e164, written, region, abroad: opts.abroad, ext };
}

export function intlForm(e164: string): string {
  return writeForm(e164, 'intl');
}
