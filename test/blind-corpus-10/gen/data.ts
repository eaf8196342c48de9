/** Businesses, people, phone numbers and the customers' messages of the tenth blind corpus. */
import type { CountryCode } from 'libphonenumber-js/max';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'pool' | 'piano' | 'chimney' | 'tattoo' | 'tailor';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];

export interface Staff {
  name: string;
  email: string;
  phone: string;
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
  staff: Staff[];
}

export interface Person {
  first: string;
  last: string;
  email: string;
}

const B: [string, string, Lang, Sector, CountryCode, string, string][] = [
  ['lagoon-pool-care', 'Lagoon Pool Care', 'en', 'pool', 'US', 'service', 'lagoon-pool-care.example'],
  [
    'hammerfelt-pianos',
    'Hammerfelt Pianos & Lessons',
    'en',
    'piano',
    'GB',
    'tuning',
    'hammerfelt-pianos.example',
  ],
  ['flue-and-hearth', 'Flue & Hearth Sweeps', 'en', 'chimney', 'IE', 'bookings', 'flue-and-hearth.example'],
  ['inkwell-tattoo', 'Inkwell Tattoo Parlour', 'en', 'tattoo', 'NZ', 'consults', 'inkwell-tattoo.example'],
  [
    'needlepoint-tailors',
    'Needlepoint Tailors',
    'en',
    'tailor',
    'AU',
    'fittings',
    'needlepoint-tailors.example',
  ],
  [
    'beckenpflege-sommer',
    'Beckenpflege Sommer',
    'de',
    'pool',
    'AT',
    'wartung',
    'beckenpflege-sommer.example',
  ],
  [
    'klavierhaus-rieding',
    'Klavierhaus Rieding',
    'de',
    'piano',
    'DE',
    'stimmung',
    'klavierhaus-rieding.example',
  ],
  ['kaminfeger-tobler', 'Kaminfeger Tobler', 'de', 'chimney', 'CH', 'termin', 'kaminfeger-tobler.example'],
  ['nadelstich-tattoo', 'Nadelstich Tattoo', 'de', 'tattoo', 'DE', 'beratung', 'nadelstich-tattoo.example'],
  ['schneiderei-falk', 'Maßschneiderei Falk', 'de', 'tailor', 'AT', 'anprobe', 'schneiderei-falk.example'],
  [
    'piscines-azur-loire',
    'Piscines Azur Loire',
    'fr',
    'pool',
    'FR',
    'entretien',
    'piscines-azur-loire.example',
  ],
  [
    'pianos-vandermeulen',
    'Pianos Vandermeulen',
    'fr',
    'piano',
    'BE',
    'accord',
    'pianos-vandermeulen.example',
  ],
  ['ramonage-du-jura', 'Ramonage du Jura', 'fr', 'chimney', 'CH', 'ramonage', 'ramonage-du-jura.example'],
  ['encre-boreale', 'Atelier Encre Boréale', 'fr', 'tattoo', 'CA', 'projets', 'encre-boreale.example'],
  [
    'retouches-kirchberg',
    'Retouches Kirchberg',
    'fr',
    'tailor',
    'LU',
    'couture',
    'retouches-kirchberg.example',
  ],
  ['piscinas-brisa', 'Piscinas Brisa', 'es', 'pool', 'ES', 'mantenimiento', 'piscinas-brisa.example'],
  ['pianos-allegro-cdmx', 'Pianos Allegro', 'es', 'piano', 'MX', 'afinacion', 'pianos-allegro-cdmx.example'],
  [
    'deshollinadores-araucania',
    'Deshollinadores Araucanía',
    'es',
    'chimney',
    'CL',
    'visitas',
    'deshollinadores-araucania.example',
  ],
  ['tinta-miraflores', 'Tinta Miraflores Tattoo', 'es', 'tattoo', 'PE', 'citas', 'tinta-miraflores.example'],
  ['sastreria-palermo', 'Sastrería Palermo', 'es', 'tailor', 'AR', 'arreglos', 'sastreria-palermo.example'],
];

export const NEIGHBOUR: Record<string, CountryCode> = {
  US: 'CA',
  GB: 'IE',
  IE: 'GB',
  NZ: 'AU',
  AU: 'NZ',
  AT: 'DE',
  DE: 'AT',
  CH: 'DE',
  FR: 'BE',
  BE: 'FR',
  CA: 'US',
  LU: 'FR',
  ES: 'PT',
  MX: 'US',
  CL: 'AR',
  PE: 'CL',
  AR: 'UY',
};

export const COUNTRY_NAME: Record<Lang, Record<string, string>> = {
  en: {
    US: 'United States',
    CA: 'Canada',
    GB: 'United Kingdom',
    IE: 'Ireland',
    NZ: 'New Zealand',
    AU: 'Australia',
    DE: 'Germany',
    AT: 'Austria',
    FR: 'France',
    BE: 'Belgium',
    PT: 'Portugal',
    AR: 'Argentina',
    CL: 'Chile',
    UY: 'Uruguay',
    CH: 'Switzerland',
    LU: 'Luxembourg',
    ES: 'Spain',
    MX: 'Mexico',
    PE: 'Peru',
  },
  de: {
    AT: 'Österreich',
    DE: 'Deutschland',
    CH: 'Schweiz',
    US: 'USA',
    GB: 'Vereinigtes Königreich',
    FR: 'Frankreich',
    BE: 'Belgien',
  },
  fr: {
    FR: 'France',
    BE: 'Belgique',
    CH: 'Suisse',
    CA: 'Canada',
    LU: 'Luxembourg',
    US: 'États-Unis',
    DE: 'Allemagne',
  },
  es: {
    ES: 'España',
    PT: 'Portugal',
    MX: 'México',
    US: 'Estados Unidos',
    CL: 'Chile',
    AR: 'Argentina',
    PE: 'Perú',
    UY: 'Uruguay',
  },
};

const FIRST: Record<Lang, string[]> = {
  en: [
    'Harriet',
    'Declan',
    'Priya',
    'Owen',
    'Tamsin',
    'Rory',
    'Imogen',
    'Callum',
    'Niamh',
    'Tobias',
    'Wren',
    'Ezra',
    'Maeve',
    'Jasper',
    'Ngaio',
    'Felix',
  ],
  de: [
    'Annika',
    'Lorenz',
    'Heike',
    'Matthias',
    'Ilse',
    'Benedikt',
    'Carla',
    'Severin',
    'Jördis',
    'Till',
    'Ursula',
    'Gregor',
    'Nele',
    'Ruven',
    'Klara',
    'Jonas',
  ],
  fr: [
    'Élodie',
    'Baptiste',
    'Margaux',
    'Thibault',
    'Solène',
    'Gaëtan',
    'Anouk',
    'Rémi',
    'Clémence',
    'Loïc',
    'Maëlle',
    'Étienne',
    'Noémie',
    'Quentin',
    'Aurore',
    'Yannick',
  ],
  es: [
    'Lucía',
    'Ignacio',
    'Ximena',
    'Rodrigo',
    'Paloma',
    'Andrés',
    'Itziar',
    'Tomás',
    'Renata',
    'Joaquín',
    'Valentina',
    'Gonzalo',
    'Macarena',
    'Emiliano',
    'Inés',
    'Bautista',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    'Ashworth',
    'Fennimore',
    'O’Rourke',
    'Van der Post',
    'Tremayne',
    'McKinnon',
    'Delacourt',
    'Whitcombe',
    'Okafor',
    'Bramhall',
    'Fitzgerald',
    'Lindqvist-Hale',
    'Penhaligon',
    'Rangi',
    'de Souza',
    'Quartermaine',
  ],
  de: [
    'Brückner',
    'von Hollen',
    'Zehetmayr',
    'Oberleitner',
    'Kaltenbach',
    'van de Loo',
    'Straßmann',
    'Wiesinger',
    'Nußbaum',
    'Rautenberg',
    'zu Ehrenfels',
    'Pichler-Auer',
    'Hößl',
    'Dannecker',
    'Lindtner',
    'Gruber',
  ],
  fr: [
    'Lemarchand',
    'de Kerguelen',
    'Vautrin',
    'Boissonneault',
    'Van Acker',
    'Chassagne',
    'Delorme-Petit',
    'Ouellette',
    'du Mesnil',
    'Rousseau',
    'Le Bihan',
    'Gauthier',
    'Fontanel',
    'Mercier',
    'Desjardins',
    'Hébrard',
  ],
  es: [
    'Irigoyen',
    'de la Vega',
    'Castañeda',
    'Sepúlveda Rojas',
    'Olmos',
    'del Castillo',
    'Zubizarreta',
    'Quintana',
    'Benavides',
    'Ibáñez',
    'de los Santos',
    'Cárdenas Vidal',
    'Montoya',
    'Urrutia',
    'Peralta',
    'Villalobos',
  ],
};

const MAIL_DOMAINS = [
  'posteo.test',
  'mailbox.test',
  'fastmail.example',
  'correo.test',
  'webpost.example',
  'inbox.test',
];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’' ]/g, '')
    .toLowerCase();
}

export function makePerson(rng: Rng, lang: Lang): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const local = rng.pick([
    `${ascii(first)}.${ascii(last)}`,
    `${ascii(first)[0]}${ascii(last)}`,
    `${ascii(last)}.${ascii(first)}${rng.int(1, 99)}`,
    `${ascii(first)}${rng.int(70, 99)}`,
  ]);
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

const STAFF_NAMES: Record<Lang, string[]> = {
  en: [
    'Gemma Holt',
    'Marcus Pryce',
    'Aroha Tane',
    'Lewis Dunmore',
    'Shona Keating',
    'Dale Whitaker',
    'Kiri Mahuta',
    'Beth Llewellyn',
    'Ross Callaghan',
    'Tessa Moreland',
  ],
  de: [
    'Sabine Kornfeld',
    'Andreas Holler',
    'Petra Unterberger',
    'Dominik Sailer',
    'Regula Ammann',
    'Fabian Strobl',
    'Monika Wendel',
    'Kurt Lechner',
    'Vreni Baumli',
    'Tanja Hirsch',
  ],
  fr: [
    'Sandrine Morel',
    'Olivier Dewulf',
    'Agnès Favre',
    'Mathieu Tremblay',
    'Carole Weber',
    'Julien Peeters',
    'Isabelle Roy',
    'Cédric Jaquet',
    'Nadia Hoffmann',
    'Pascal Guérin',
  ],
  es: [
    'Marta Espinosa',
    'Hugo Balcázar',
    'Rocío Fuentes',
    'Sergio Navarrete',
    'Camila Arancibia',
    'Diego Salazar',
    'Pilar Ugarte',
    'Fernando Mora',
    'Julieta Ríos',
    'Óscar Lanza',
  ],
};

export function phoneFor(rng: Rng, region: CountryCode): string {
  const ex = getExampleNumber(region, examples);
  if (!ex) throw new Error(`no example for ${region}`);
  const nat = String(ex.nationalNumber);
  for (let i = 0; i < 200; i++) {
    const keep = Math.max(2, nat.length - 5);
    const cand = `+${ex.countryCallingCode}${nat.slice(0, keep)}${rng.digits(nat.length - keep)}`;
    if (isValidPhoneNumber(cand) && parsePhoneNumberFromString(cand)?.isValid()) {
      // Also valid with the default (min) metadata, which the unit test uses.
      return cand;
    }
  }
  throw new Error(`no valid number for ${region}`);
}

export function makeBusinesses(rng: Rng): Business[] {
  return B.map(([id, name, lang, sector, region, box, domain], i) => {
    const names = STAFF_NAMES[lang];
    const staff = [0, 1, 2].map((k) => {
      const n = names[(i * 3 + k) % names.length] as string;
      const [f, l] = n.split(' ') as [string, string];
      return { name: n, email: `${ascii(f)}.${ascii(l)}@${domain}`, phone: phoneFor(rng, region) };
    });
    return {
      id,
      name,
      lang,
      sector,
      region,
      inbox: `${box}@${domain}`,
      domain,
      switchboard: phoneFor(rng, region),
      staff,
    };
  });
}

const TRUNK0 = new Set(['GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'FR', 'BE']);

/**
 * The phone as written, chosen among forms that read back as `e164` from `readRegion`
 * (the region the email implies). Falls back to the international form.
 */
export function writePhone(
  rng: Rng,
  e164: string,
  readRegion: CountryCode,
  allowed?: string[],
): { text: string; form: string } {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(`bad ${e164}`);
  const intl = p.formatInternational();
  const nat = p.formatNational();
  const cc = p.countryCallingCode;
  const nn = String(p.nationalNumber);
  const forms: Record<string, string> = {
    national: nat,
    international: intl,
    e164,
    '00': `00${intl.slice(1)}`,
    compact: nat.replace(/[\s()-]/g, ''),
    dashed: nat.replace(/[()]/g, '').trim().replace(/\s+/g, '-'),
    dotted: intl.replace(/\s+/g, '.'),
  };
  if (TRUNK0.has(p.country ?? '')) forms['+CC (0)'] = `+${cc} (0) ${intl.slice(cc.length + 2)}`;
  if ((readRegion === 'US' || readRegion === 'CA') && cc !== '1') forms['011'] = `011 ${intl.slice(1)}`;
  void nn;
  const names = (allowed ?? Object.keys(forms)).filter((k) => forms[k] !== undefined);
  for (let i = 0; i < 6; i++) {
    const form = rng.pick(names);
    const text = forms[form] as string;
    const back = parsePhoneNumberFromString(text, readRegion);
    if (back?.number === e164) return { text, form };
  }
  return { text: intl, form: 'international' };
}

const SERVICES: Record<Sector, Record<Lang, string[]>> = {
  pool: {
    en: [
      'weekly pool cleaning',
      'opening the pool for the season',
      'a new heat pump',
      'fixing a leaking skimmer',
    ],
    de: [
      'die wöchentliche Poolreinigung',
      'die Einwinterung unseres Beckens',
      'eine neue Wärmepumpe',
      'die undichte Skimmer-Dichtung',
    ],
    fr: [
      'l’entretien hebdomadaire de la piscine',
      'la remise en service du bassin',
      'une pompe à chaleur',
      'la fuite du skimmer',
    ],
    es: [
      'el mantenimiento semanal de la piscina',
      'la puesta en marcha de la temporada',
      'una bomba de calor',
      'la fuga del skimmer',
    ],
  },
  piano: {
    en: [
      'tuning our upright piano',
      'piano lessons for my daughter',
      'regulating an old grand',
      'adult beginner lessons',
    ],
    de: [
      'das Stimmen unseres Klaviers',
      'Klavierunterricht für meinen Sohn',
      'die Überholung eines alten Flügels',
      'Unterricht für Erwachsene',
    ],
    fr: [
      'l’accord de notre piano droit',
      'des cours de piano pour ma fille',
      'la révision d’un vieux piano à queue',
      'des cours pour adulte débutant',
    ],
    es: [
      'la afinación de nuestro piano vertical',
      'clases de piano para mi hijo',
      'la restauración de un piano de cola',
      'clases para adultos principiantes',
    ],
  },
  chimney: {
    en: [
      'a chimney sweep before winter',
      'a smoke test on our flue',
      'fitting a wood-burning stove',
      'a bird guard on the chimney pot',
    ],
    de: [
      'das Kehren unseres Kamins',
      'eine Abgasmessung',
      'den Einbau eines Kaminofens',
      'ein Vogelschutzgitter am Schornstein',
    ],
    fr: [
      'le ramonage de notre cheminée',
      'un contrôle du conduit',
      'la pose d’un poêle à bois',
      'un chapeau anti-oiseaux',
    ],
    es: [
      'la limpieza de la chimenea',
      'una revisión del conducto',
      'la instalación de una estufa a leña',
      'un sombrerete para el tiro',
    ],
  },
  tattoo: {
    en: [
      'a fine-line botanical piece on my forearm',
      'covering up an old tattoo',
      'a small matching tattoo for two',
      'a half sleeve in black and grey',
    ],
    de: [
      'ein feines Blumenmotiv am Unterarm',
      'ein Cover-up für ein altes Tattoo',
      'zwei kleine Partnertattoos',
      'einen halben Ärmel in Schwarz-Grau',
    ],
    fr: [
      'un motif floral fin sur l’avant-bras',
      'le recouvrement d’un ancien tatouage',
      'deux petits tatouages assortis',
      'une demi-manche en noir et gris',
    ],
    es: [
      'un diseño floral de línea fina en el antebrazo',
      'cubrir un tatuaje antiguo',
      'dos tatuajes pequeños a juego',
      'media manga en negro y gris',
    ],
  },
  tailor: {
    en: [
      'a made-to-measure suit for a wedding',
      'taking in a bridesmaid dress',
      'shortening three pairs of trousers',
      'relining a winter coat',
    ],
    de: [
      'einen Maßanzug für eine Hochzeit',
      'das Enger-Machen eines Kleides',
      'das Kürzen von drei Hosen',
      'ein neues Futter für meinen Wintermantel',
    ],
    fr: [
      'un costume sur mesure pour un mariage',
      'la reprise d’une robe de demoiselle d’honneur',
      'l’ourlet de trois pantalons',
      'la doublure d’un manteau d’hiver',
    ],
    es: [
      'un traje a medida para una boda',
      'ajustar un vestido de dama de honor',
      'acortar tres pantalones',
      'cambiar el forro de un abrigo',
    ],
  },
};

export function service(rng: Rng, biz: Business): string {
  return rng.pick(SERVICES[biz.sector][biz.lang]);
}

const MSG: Record<Lang, string[][]> = {
  en: [
    [
      'We would like a price for {s}. The house is on a quiet street with easy parking.',
      'Weekday mornings suit us best, but Saturdays are possible too.',
    ],
    [
      'A neighbour recommended you for {s}.',
      'Could you tell me roughly what it costs and how soon you could fit us in? We are flexible in the next fortnight.',
    ],
    ['I am looking into {s} and wondered whether this is something you take on.'],
    [
      'Hoping to book {s} before the end of the month.',
      'Please ring rather than email if possible, I rarely check my inbox during the day.',
      'Many questions still open on our side, so a short chat first would help.',
    ],
  ],
  de: [
    [
      'Wir hätten gern ein Angebot für {s}. Das Haus liegt ruhig, Parkplätze gibt es direkt vor der Tür.',
      'Vormittags unter der Woche passt es uns am besten.',
    ],
    [
      'Eine Nachbarin hat Sie uns für {s} empfohlen.',
      'Können Sie mir ungefähr sagen, was das kostet und wann Sie Zeit hätten? Wir sind in den nächsten zwei Wochen flexibel.',
    ],
    ['Ich interessiere mich für {s} und wollte fragen, ob Sie so etwas übernehmen.'],
    [
      'Gern würde ich {s} noch vor Monatsende erledigen lassen.',
      'Bitte lieber anrufen als mailen, tagsüber lese ich selten E-Mails.',
      'Es sind noch einige Fragen offen, ein kurzes Gespräch vorab wäre hilfreich.',
    ],
  ],
  fr: [
    [
      'Nous aimerions un devis pour {s}. La maison est dans une rue calme, on se gare facilement.',
      'Les matinées en semaine nous arrangent le mieux.',
    ],
    [
      'Une voisine nous a conseillé votre maison pour {s}.',
      'Pourriez-vous m’indiquer un ordre de prix et vos délais ? Nous sommes souples ces deux prochaines semaines.',
    ],
    ['Je me renseigne sur {s} et je me demandais si c’est quelque chose que vous faites.'],
    [
      'Je souhaiterais prévoir {s} avant la fin du mois.',
      'Merci de m’appeler plutôt que d’écrire, je lis peu mes courriels en journée.',
      'Il nous reste plusieurs questions, un petit échange avant serait utile.',
    ],
  ],
  es: [
    [
      'Quisiéramos un presupuesto para {s}. La casa está en una calle tranquila y se aparca sin problema.',
      'Nos vienen mejor las mañanas entre semana.',
    ],
    [
      'Una vecina nos habló muy bien de ustedes para {s}.',
      '¿Podrían darme un precio aproximado y decirme cuándo tendrían hueco? Estamos disponibles las próximas dos semanas.',
    ],
    ['Estoy averiguando sobre {s} y quería saber si es algo que ustedes hacen.'],
    [
      'Me gustaría dejar hecho {s} antes de fin de mes.',
      'Prefiero que me llamen en lugar de escribir, de día casi no miro el correo.',
      'Todavía tenemos varias dudas, así que una charla breve antes vendría bien.',
    ],
  ],
};

/** The customer's message as paragraphs. */
export function message(rng: Rng, biz: Business): string[] {
  const s = service(rng, biz);
  return rng.pick(MSG[biz.lang]).map((p) => p.replace('{s}', s));
}
