import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Rng } from './prng.js';

export type Language = 'en' | 'de' | 'fr' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es'];
export type Region = 'US' | 'GB' | 'DE' | 'FR' | 'ES';

/** The domain every lead is sent to; the businessId is the `+tag` of `leads+<id>@`. */
export const INBOUND_DOMAIN = 'inbound.example';

export interface Business {
  id: string;
  name: string;
  region: Region;
  language: Language;
  domain: string;
  /** The business's own phone (national format): appears in signatures and footers as a trap. */
  phone: string;
  email: string;
  owner: string;
  street: string;
  city: string;
  trade: 'auto' | 'dental' | 'realestate' | 'trades' | 'b2b' | 'hospitality';
}

/** Fictional businesses. Regions drive how national phone numbers are read (config `businesses.regions`). */
export const BUSINESSES: readonly Business[] = [
  {
    id: 'acme-motors',
    name: 'Acme Motors',
    region: 'US',
    language: 'en',
    domain: 'acme-motors.example',
    phone: '(512) 555-0148',
    email: 'sales@acme-motors.example',
    owner: 'Dave Kowalski',
    street: '1200 Lamar Blvd',
    city: 'Austin, TX 78703',
    trade: 'auto',
  },
  {
    id: 'brightsmile',
    name: 'BrightSmile Dental',
    region: 'US',
    language: 'en',
    domain: 'brightsmile.example',
    phone: '415-555-0199',
    email: 'frontdesk@brightsmile.example',
    owner: 'Dr. Karen Liu',
    street: '88 Market St',
    city: 'San Francisco, CA 94103',
    trade: 'dental',
  },
  {
    id: 'harbour-lofts',
    name: 'Harbour Lofts Estate Agents',
    region: 'GB',
    language: 'en',
    domain: 'harbourlofts.example',
    phone: '020 7946 0321',
    email: 'lettings@harbourlofts.example',
    owner: 'Siobhán Murphy',
    street: '14 Wapping High St',
    city: 'London E1W 1NG',
    trade: 'realestate',
  },
  {
    id: 'northpeak-saas',
    name: 'NorthPeak Analytics Ltd',
    region: 'GB',
    language: 'en',
    domain: 'northpeak.example',
    phone: '0161 496 0777',
    email: 'hello@northpeak.example',
    owner: 'Tom Ashworth',
    street: '3 Piccadilly Pl',
    city: 'Manchester M1 3BN',
    trade: 'b2b',
  },
  {
    id: 'autohaus-becker',
    name: 'Autohaus Becker GmbH',
    region: 'DE',
    language: 'de',
    domain: 'autohaus-becker.example',
    phone: '030 5557 8120',
    email: 'verkauf@autohaus-becker.example',
    owner: 'Hans Becker',
    street: 'Sonnenallee 221',
    city: '12059 Berlin',
    trade: 'auto',
  },
  {
    id: 'zahnarzt-koenig',
    name: 'Zahnarztpraxis Dr. König',
    region: 'DE',
    language: 'de',
    domain: 'praxis-koenig.example',
    phone: '089 2555 4410',
    email: 'praxis@praxis-koenig.example',
    owner: 'Dr. Sabine König',
    street: 'Leopoldstraße 45',
    city: '80802 München',
    trade: 'dental',
  },
  {
    id: 'sanitaer-weiss',
    name: 'Sanitär Weiß & Söhne',
    region: 'DE',
    language: 'de',
    domain: 'sanitaer-weiss.example',
    phone: '0221 555 9031',
    email: 'info@sanitaer-weiss.example',
    owner: 'Jürgen Weiß',
    street: 'Venloer Str. 12',
    city: '50672 Köln',
    trade: 'trades',
  },
  {
    id: 'garage-dupont',
    name: 'Garage Dupont',
    region: 'FR',
    language: 'fr',
    domain: 'garage-dupont.example',
    phone: '01 45 55 62 10',
    email: 'contact@garage-dupont.example',
    owner: 'Mathieu Dupont',
    street: '27 rue de la Roquette',
    city: '75011 Paris',
    trade: 'auto',
  },
  {
    id: 'immo-lefevre',
    name: 'Agence Immobilière Lefèvre',
    region: 'FR',
    language: 'fr',
    domain: 'immo-lefevre.example',
    phone: '04 78 55 31 90',
    email: 'agence@immo-lefevre.example',
    owner: 'Hélène Lefèvre',
    street: '5 place Bellecour',
    city: '69002 Lyon',
    trade: 'realestate',
  },
  {
    id: 'clinica-sol',
    name: 'Clínica Dental Sol',
    region: 'ES',
    language: 'es',
    domain: 'clinicasol.example',
    phone: '912 55 40 18',
    email: 'citas@clinicasol.example',
    owner: 'Dra. Begoña Ibarra',
    street: 'Calle de Alcalá 140',
    city: '28009 Madrid',
    trade: 'dental',
  },
  {
    id: 'reformas-ortega',
    name: 'Reformas Ortega S.L.',
    region: 'ES',
    language: 'es',
    domain: 'reformas-ortega.example',
    phone: '933 55 72 04',
    email: 'presupuestos@reformas-ortega.example',
    owner: 'Andrés Ortega',
    street: 'Carrer de Mallorca 301',
    city: '08037 Barcelona',
    trade: 'trades',
  },
  {
    id: 'motor-iberia',
    name: 'Motor Iberia Concesionario',
    region: 'ES',
    language: 'es',
    domain: 'motoriberia.example',
    phone: '954 55 21 37',
    email: 'ventas@motoriberia.example',
    owner: 'Jorge Salas',
    street: 'Avenida de la Palmera 52',
    city: '41012 Sevilla',
    trade: 'auto',
  },
  {
    id: 'hotel-miramar',
    name: 'Hotel Miramar',
    region: 'ES',
    language: 'es',
    domain: 'hotelmiramar.example',
    phone: '971 55 08 66',
    email: 'reservas@hotelmiramar.example',
    owner: 'Lucía Ferrer',
    street: 'Passeig Marítim 12',
    city: '07014 Palma',
    trade: 'hospitality',
  },
];

/** The `businesses.regions` map a customer would put in config for these businesses. */
export function businessRegions(): Record<string, Region> {
  return Object.fromEntries(BUSINESSES.map((b) => [b.id, b.region]));
}

const FIRST: Record<Language, readonly string[]> = {
  en: [
    'James',
    'Emily',
    'Zoë',
    'Michael',
    'Sarah',
    'Olivia',
    'Daniel',
    'Chloé',
    'Siobhán',
    'Liam',
    'Aoife',
    'Ethan',
    'Grace',
    'Noah',
    'Priya',
    'Mohammed',
    'Renée',
    'Wei',
    'Hannah',
    'Connor',
    'Ava',
    'Mateo',
    'Isabella',
    'Jack',
  ],
  de: [
    'Jürgen',
    'Anna',
    'Lukas',
    'Sophie',
    'Łukasz',
    'Özlem',
    'Maximilian',
    'Jörg',
    'Lea',
    'Björn',
    'Katharina',
    'Felix',
    'Marie',
    'Paul',
    'Mia',
    'Günther',
    'Leonie',
    'Elif',
    'Tobias',
    'Jana',
    'Dariusz',
    'Zoë',
  ],
  fr: [
    'François',
    'Hélène',
    'Chloé',
    'Léa',
    'Mathéo',
    'Zoë',
    'Jérôme',
    'Camille',
    'Amélie',
    'Noé',
    'Inès',
    'Gaëlle',
    'Thibault',
    'Émilie',
    'Louis',
    'Manon',
    'Océane',
    'Benoît',
    'Anaïs',
    'Yanis',
  ],
  es: [
    'José',
    'María',
    'Lucía',
    'Álvaro',
    'Begoña',
    'Íñigo',
    'Sofía',
    'Javier',
    'Martín',
    'Nuria',
    'Alejandro',
    'Paula',
    'Ramón',
    'Ainhoa',
    'Raúl',
    'Carmen',
    'Sergio',
    'Elena',
    'Joaquín',
    'Mónica',
    'María José',
    'Jordi',
  ],
};

const LAST: Record<Language, readonly string[]> = {
  en: [
    'Smith',
    'Johnson',
    "O'Brien",
    'Williams',
    'Brown',
    'Taylor',
    'Davies',
    'Walsh',
    'Patel',
    'Nguyen',
    'Anderson',
    'McAllister',
    'Thompson',
    'Okafor',
    'García',
    'Hart',
    'Fitzgerald',
    'Evans',
    'Clarke',
    'Kowalczyk',
  ],
  de: [
    'Müller',
    'Schmidt',
    'Schäfer',
    'Weiß',
    'Kowalski',
    'Yılmaz',
    'Becker',
    'Hoffmann',
    'Groß',
    'Krüger',
    'Schröder',
    'Wagner',
    'Köhler',
    'Zimmermann',
    'Nowak',
    'Bauer',
    'von Löwenstein',
    'Fuchs',
  ],
  fr: [
    'Dubois',
    'Lefèvre',
    'Martin',
    'Bernard',
    'Girard',
    'Rousseau',
    'Lemaître',
    'Faure',
    'Mercier',
    'Benoît',
    'Duchêne',
    'Moreau',
    'Perrin',
    'Chevalier',
    'Le Goff',
    'Boucher',
    'Fontaine',
  ],
  es: [
    'Ñúñez',
    'García',
    'Martínez',
    'López',
    'Fernández',
    'Pérez',
    'Sánchez',
    'Gómez',
    'Muñoz',
    'Iglesias',
    'Castaño',
    'Domínguez',
    'Ibáñez',
    'Rodríguez',
    'de la Peña',
    'Ortiz',
    'Vidal',
    'Peña',
  ],
};

const MAIL_DOMAINS: Record<Language, readonly string[]> = {
  en: [
    'gmail.com',
    'yahoo.com',
    'outlook.com',
    'hotmail.co.uk',
    'icloud.com',
    'aol.com',
    'btinternet.com',
    'protonmail.com',
    'comcast.net',
  ],
  de: [
    'gmx.de',
    'web.de',
    't-online.de',
    'gmail.com',
    'posteo.de',
    'outlook.de',
    'freenet.de',
    'mailbox.org',
  ],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr', 'hotmail.fr', 'yahoo.fr'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es', 'movistar.es', 'icloud.com'],
};

export interface Person {
  first: string;
  last: string;
  /** Exactly as typed into the form: what `fullName` is expected to be. */
  full: string;
  /** The address as typed (may carry capitals); expected is its lowercase. */
  email: string;
  /** The phone as typed (national or international format). */
  phoneRaw: string;
  /** E.164 of phoneRaw read with the business's region (libphonenumber-js). */
  phoneE164: string;
}

/** Strips accents for the local part of an address: "José Ñúñez" → "jose.nunez". */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '');
}

export function makePerson(rng: Rng, lang: Language, business: Business): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const full = `${first} ${last}`;
  const f = asciiFold(first).toLowerCase();
  const l = asciiFold(last).toLowerCase();
  const local = rng.weighted<string>([
    [`${f}.${l}`, 4],
    [`${f}${l}`, 2],
    [`${f[0]}${l}`, 2],
    [`${f}_${l}${rng.int(1, 99)}`, 1],
    [`${l}.${f}`, 1],
    [`${f}${rng.int(1960, 2004)}`, 1],
  ]);
  let email = `${local}@${rng.pick(MAIL_DOMAINS[lang])}`;
  if (rng.chance(0.12))
    email = email
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/@(.)/, (_m, c: string) => `@${c.toUpperCase()}`);
  const { raw, e164 } = makePhone(rng, business.region, lang);
  return { first, last, full, email, phoneRaw: raw, phoneE164: e164 };
}

/** A customer's phone in the formats people actually type, valid for its country. */
export function makePhone(rng: Rng, region: Region, lang: Language): { raw: string; e164: string } {
  // Most customers live where the business is; some write a foreign number with its country code.
  const home: Region = rng.chance(0.85) ? region : rng.pick<Region>(['US', 'GB', 'DE', 'FR', 'ES']);
  for (let attempt = 0; attempt < 50; attempt++) {
    const raw = formatPhone(rng, home, home !== region, region);
    const parsed = parsePhoneNumberFromString(raw, region as CountryCode);
    if (parsed?.isValid()) return { raw, e164: parsed.number };
  }
  throw new Error(`could not make a valid phone for ${home}/${lang}`);
}

function formatPhone(rng: Rng, home: Region, foreign: boolean, businessRegion: Region): string {
  // Abroad one must write the country code; `00` is the international prefix outside North America.
  const intl = foreign || rng.chance(0.3);
  const idd = businessRegion === 'US' ? '+' : rng.chance(0.8) ? '+' : '00';
  switch (home) {
    case 'US': {
      const area = rng.pick(['212', '310', '415', '512', '617', '702', '305', '773', '206', '646']);
      const ex = `${rng.int(2, 9)}${rng.digits(2)}`;
      const line = rng.digits(4);
      if (intl)
        return rng.pick([
          `+1 ${area} ${ex} ${line}`,
          `+1 (${area}) ${ex}-${line}`,
          `+1-${area}-${ex}-${line}`,
        ]);
      return rng.pick([
        `(${area}) ${ex}-${line}`,
        `${area}-${ex}-${line}`,
        `${area}.${ex}.${line}`,
        `${area}${ex}${line}`,
        `1-${area}-${ex}-${line}`,
      ]);
    }
    case 'GB': {
      const mobile = rng.chance(0.7);
      const nsn = mobile
        ? `7${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(2)}`
        : rng.pick(['20', '161', '131', '117']);
      const rest = mobile
        ? rng.digits(6)
        : nsn === '20'
          ? `7${rng.digits(3)} ${rng.digits(4)}`
          : `${rng.int(2, 9)}${rng.digits(2)} ${rng.digits(4)}`;
      if (intl)
        return rng.pick([
          `${idd}44 ${nsn} ${rest}`,
          `+44 (0)${nsn} ${rest}`,
          `${idd}44${nsn}${rest.replace(/ /g, '')}`,
        ]);
      return rng.pick([`0${nsn} ${rest}`, `0${nsn}${rest.replace(/ /g, '')}`, `(0${nsn}) ${rest}`]);
    }
    case 'DE': {
      const mobile = rng.chance(0.6);
      const prefix = mobile
        ? rng.pick(['151', '152', '160', '170', '171', '176', '157'])
        : rng.pick(['30', '40', '89', '221', '69', '711']);
      const sub = mobile
        ? rng.digits(rng.pick([7, 8]))
        : `${rng.int(2, 9)}${rng.digits(prefix.length === 2 ? 7 : 6)}`;
      if (intl)
        return rng.pick([
          `${idd}49 ${prefix} ${sub}`,
          `+49 (0)${prefix} ${sub}`,
          `+49-${prefix}-${sub}`,
          `${idd}49${prefix}${sub}`,
        ]);
      return rng.pick([
        `0${prefix} ${sub}`,
        `0${prefix}/${sub}`,
        `(0${prefix}) ${sub}`,
        `0${prefix}-${sub}`,
        `0${prefix} ${sub.slice(0, 3)} ${sub.slice(3)}`,
      ]);
    }
    case 'FR': {
      const first = rng.pick(['6', '7', '1', '4', '5', '9']);
      const pairs = [rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)];
      if (intl)
        return rng.pick([
          `${idd}33 ${first} ${pairs.join(' ')}`,
          `+33 (0)${first} ${pairs.join(' ')}`,
          `${idd}33${first}${pairs.join('')}`,
        ]);
      return rng.pick([
        `0${first} ${pairs.join(' ')}`,
        `0${first}.${pairs.join('.')}`,
        `0${first}${pairs.join('')}`,
        `0${first}-${pairs.join('-')}`,
      ]);
    }
    case 'ES': {
      const mobile = rng.chance(0.7);
      const nsn = mobile ? `6${rng.digits(8)}` : `9${rng.pick(['1', '3', '5', '6'])}${rng.digits(7)}`;
      const grouped = rng.chance(0.5)
        ? `${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`
        : `${nsn.slice(0, 3)} ${nsn.slice(3, 5)} ${nsn.slice(5, 7)} ${nsn.slice(7)}`;
      if (intl) return rng.pick([`${idd}34 ${grouped}`, `${idd}34${nsn}`, `(+34) ${grouped}`]);
      return rng.pick([grouped, nsn, `${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`]);
    }
  }
}
