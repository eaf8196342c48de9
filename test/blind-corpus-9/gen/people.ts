/** The fictional businesses, customers, staff, phone numbers and messages of corpus 9. */
import type { CountryCode } from 'libphonenumber-js/max';
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Sector = 'bicycle' | 'florist' | 'locksmith' | 'architect' | 'print';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  sector: Sector;
  country: CountryCode;
  inbox: string;
  domain: string;
  switchboard: string;
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
  role: string;
}

const B = (
  id: string,
  name: string,
  lang: Lang,
  sector: Sector,
  country: CountryCode,
  box: string,
): Omit<Business, 'switchboard'> => ({
  id,
  name,
  lang,
  sector,
  country,
  inbox: `${box}@${id}.example`,
  domain: `${id}.example`,
});

const RAW = [
  B('spokeworks-cycles', 'Spokeworks Cycles', 'en', 'bicycle', 'GB', 'workshop'),
  B('fernleaf-florals', 'Fernleaf Florals', 'en', 'florist', 'NZ', 'orders'),
  B('keystone-locks', 'Keystone Lock & Safe', 'en', 'locksmith', 'US', 'dispatch'),
  B('liffey-architects', 'Liffey Street Architects', 'en', 'architect', 'IE', 'studio'),
  B('wattle-print', 'Wattle Print & Signs', 'en', 'print', 'AU', 'jobs'),
  B('radhaus-brenner', 'Radhaus Brenner', 'de', 'bicycle', 'DE', 'werkstatt'),
  B('blumen-aurelia', 'Blumenatelier Aurelia', 'de', 'florist', 'AT', 'bestellung'),
  B('schluessel-kessler', 'Schlüsseldienst Kessler', 'de', 'locksmith', 'CH', 'notruf'),
  B('architektur-hainberg', 'Hainberg Architekten', 'de', 'architect', 'DE', 'projekte'),
  B('druckerei-pfeil', 'Druckerei Pfeil', 'de', 'print', 'AT', 'auftrag'),
  B('velo-lumiere', 'Vélo Lumière', 'fr', 'bicycle', 'FR', 'atelier'),
  B('fleurs-marolles', 'Fleurs des Marolles', 'fr', 'florist', 'BE', 'commandes'),
  B('serrurerie-leman', 'Serrurerie du Léman', 'fr', 'locksmith', 'CH', 'depannage'),
  B('atelier-archi-alzette', 'Atelier d’architecture Alzette', 'fr', 'architect', 'LU', 'projets'),
  B('imprimerie-boreale', 'Imprimerie Boréale', 'fr', 'print', 'CA', 'soumissions'),
  B('bicis-tramontana', 'Bicis Tramontana', 'es', 'bicycle', 'ES', 'taller'),
  B('floreria-jacaranda', 'Florería Jacarandá', 'es', 'florist', 'AR', 'pedidos'),
  B('cerrajeria-andina', 'Cerrajería Andina', 'es', 'locksmith', 'CO', 'urgencias'),
  B('arquitectos-sierra-madre', 'Sierra Madre Arquitectos', 'es', 'architect', 'MX', 'proyectos'),
  B('imprenta-rambla', 'Imprenta La Rambla', 'es', 'print', 'UY', 'cotizaciones'),
];

/** A valid mobile number of `country` (E.164), the example number with its tail redrawn. */
export function drawNumber(rng: Rng, country: CountryCode): string {
  const ex = getExampleNumber(country, examples);
  if (!ex) throw new Error(`no example for ${country}`);
  const nsn = ex.nationalNumber as string;
  for (let i = 0; i < 200; i++) {
    const keep = Math.max(2, nsn.length - 5);
    const cand = `+${ex.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`;
    const p = parsePhoneNumberFromString(cand);
    if (p?.isValid() && p.country === country) return p.number as string;
  }
  throw new Error(`no valid number for ${country}`);
}

export function makeBusinesses(rng: Rng): Business[] {
  return RAW.map((b) => ({ ...b, switchboard: drawNumber(rng, b.country) }));
}

export type PhoneForm =
  | 'national'
  | 'intl'
  | 'e164'
  | 'compact'
  | 'dashed'
  | 'dotted'
  | '00'
  | '011'
  | 'plus0';

/**
 * The number written in `form`, kept only if it reads back as `e164` from `region` (the region the email
 * implies); else the international form.
 */
export function writePhone(e164: string, form: PhoneForm, region: CountryCode): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(`bad ${e164}`);
  const intl = p.formatInternational();
  const nat = p.formatNational();
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
    case 'compact':
      s = nat.replace(/\D/g, '');
      break;
    case 'dashed':
      s = nat
        .replace(/[\s()]+/g, '-')
        .replace(/^-|-$/g, '')
        .replace(/--+/g, '-');
      break;
    case 'dotted':
      s = nat.replace(/[\s()-]+/g, '.').replace(/^\.|\.$/g, '');
      break;
    case '00':
      s = region === 'US' || region === 'CA' ? intl : `00${intl.slice(1)}`;
      break;
    case '011':
      s =
        (region === 'US' || region === 'CA') && p.countryCallingCode !== '1' ? `011 ${intl.slice(1)}` : intl;
      break;
    case 'plus0': {
      const ok = ['GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'FR', 'BE'].includes(p.country ?? '');
      s = ok ? `+${p.countryCallingCode} (0)${nat.replace(/\D/g, '').slice(1)}` : intl;
      break;
    }
  }
  const back = readPhone(s, region);
  return back === e164 ? s : intl;
}

/** How a reader in `region` would parse `s` (handles 00 and 011 prefixes). */
export function readPhone(s: string, region: CountryCode): string | null {
  let t = s.replace(/\(0\)/, '').trim();
  if (/^00/.test(t)) t = `+${t.slice(2)}`;
  else if (/^011\s/.test(t) && (region === 'US' || region === 'CA')) t = `+${t.slice(4)}`;
  const p = parsePhoneNumberFromString(t, region);
  return p?.isValid() ? (p.number as string) : null;
}

export function isValidE164(s: string): boolean {
  const p = parsePhoneNumberFromString(s);
  return !!p?.isValid() && p.number === s;
}

export const NEIGHBOUR: Record<string, CountryCode> = {
  GB: 'IE',
  IE: 'GB',
  US: 'CA',
  CA: 'US',
  AU: 'NZ',
  NZ: 'AU',
  DE: 'AT',
  AT: 'DE',
  CH: 'DE',
  FR: 'BE',
  BE: 'FR',
  LU: 'FR',
  ES: 'PT',
  AR: 'UY',
  UY: 'AR',
  CO: 'PE',
  MX: 'US',
};

export const COUNTRY_NAME: Record<Lang, Record<string, string>> = {
  en: {
    GB: 'United Kingdom',
    IE: 'Ireland',
    US: 'United States',
    CA: 'Canada',
    AU: 'Australia',
    NZ: 'New Zealand',
    DE: 'Germany',
    AT: 'Austria',
    CH: 'Switzerland',
    FR: 'France',
    BE: 'Belgium',
    LU: 'Luxembourg',
    ES: 'Spain',
    PT: 'Portugal',
    AR: 'Argentina',
    UY: 'Uruguay',
    CO: 'Colombia',
    PE: 'Peru',
    MX: 'Mexico',
  },
  de: {
    GB: 'Vereinigtes Königreich',
    IE: 'Irland',
    US: 'Vereinigte Staaten',
    CA: 'Kanada',
    AU: 'Australien',
    NZ: 'Neuseeland',
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    FR: 'Frankreich',
    BE: 'Belgien',
    LU: 'Luxemburg',
    ES: 'Spanien',
    PT: 'Portugal',
    AR: 'Argentinien',
    UY: 'Uruguay',
    CO: 'Kolumbien',
    PE: 'Peru',
    MX: 'Mexiko',
  },
  fr: {
    GB: 'Royaume-Uni',
    IE: 'Irlande',
    US: 'États-Unis',
    CA: 'Canada',
    AU: 'Australie',
    NZ: 'Nouvelle-Zélande',
    DE: 'Allemagne',
    AT: 'Autriche',
    CH: 'Suisse',
    FR: 'France',
    BE: 'Belgique',
    LU: 'Luxembourg',
    ES: 'Espagne',
    PT: 'Portugal',
    AR: 'Argentine',
    UY: 'Uruguay',
    CO: 'Colombie',
    PE: 'Pérou',
    MX: 'Mexique',
  },
  es: {
    GB: 'Reino Unido',
    IE: 'Irlanda',
    US: 'Estados Unidos',
    CA: 'Canadá',
    AU: 'Australia',
    NZ: 'Nueva Zelanda',
    DE: 'Alemania',
    AT: 'Austria',
    CH: 'Suiza',
    FR: 'Francia',
    BE: 'Bélgica',
    LU: 'Luxemburgo',
    ES: 'España',
    PT: 'Portugal',
    AR: 'Argentina',
    UY: 'Uruguay',
    CO: 'Colombia',
    PE: 'Perú',
    MX: 'México',
  },
};

const FIRST: Record<Lang, string[]> = {
  en: [
    'Harriet',
    'Callum',
    'Priya',
    'Declan',
    'Imogen',
    'Tobias',
    'Niamh',
    'Rhys',
    'Maeve',
    'Owen',
    'Kiri',
    'Gareth',
    'Sinead',
    'Leon',
    'Ayesha',
    'Fergus',
  ],
  de: [
    'Annika',
    'Jörg',
    'Friederike',
    'Malte',
    'Svenja',
    'Björn',
    'Henrike',
    'Lukas',
    'Ottilie',
    'Matthias',
    'Jule',
    'Rüdiger',
    'Carla',
    'Dörte',
    'Yannick',
    'Wiebke',
  ],
  fr: [
    'Solène',
    'Gaëtan',
    'Maëlys',
    'Thibault',
    'Océane',
    'Aurélien',
    'Clémence',
    'Loïc',
    'Noémie',
    'Hervé',
    'Capucine',
    'Benoît',
    'Inès',
    'Rémi',
    'Ophélie',
    'Yannis',
  ],
  es: [
    'Ximena',
    'Joaquín',
    'Rocío',
    'Mateo',
    'Valentina',
    'Íñigo',
    'Guadalupe',
    'Tomás',
    'Begoña',
    'Santiago',
    'Luciana',
    'Ramón',
    'Catalina',
    'Andrés',
    'Maite',
    'Emiliano',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    'Pennington',
    "O'Sullivan",
    'McAllister',
    'Ashworth',
    'Van der Berg',
    'Fitzgerald',
    'Okonkwo',
    'Thistlewood',
    'De Vere',
    'Hargreaves-Lowe',
    'Whitcombe',
    'MacPherson',
  ],
  de: [
    'Brückner',
    'von Stetten',
    'Haberl',
    'Oberländer',
    'van der Linde',
    'Schäfer-Ott',
    'Zimmerli',
    'Kowalczyk',
    'von der Au',
    'Grünewald',
    'Dietl',
    'Weißhaupt',
  ],
  fr: [
    'Lefèvre',
    'de la Salle',
    'Bouchard',
    'Nguyen',
    'du Plessis',
    'Marchetti',
    "d'Aubigné",
    'Laroche-Vidal',
    'Le Goff',
    'Tremblay',
    'Vasseur',
    'Gauthier',
  ],
  es: [
    'Quiroga',
    'de la Fuente',
    'Iturralde',
    'Benítez',
    'del Río',
    'Zapata Luna',
    'Echeverría',
    'de los Ríos',
    'Salcedo',
    'Peña Ortiz',
    'Villalobos',
    'Arancibia',
  ],
};
const MAIL_DOMAINS = [
  'mailbox.test',
  'posteo.test',
  'webpost.test',
  'inbox-mail.test',
  'correo.test',
  'kmail.test',
];

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function drawPerson(rng: Rng, lang: Lang): Person {
  const first = rng.pick(FIRST[lang]);
  const last = rng.pick(LAST[lang]);
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${slug(first)}.${slug(last)}`
      : style === 1
        ? `${slug(first)[0]}${slug(last)}${rng.int(1, 99)}`
        : style === 2
          ? `${slug(last)}.${slug(first)}`
          : `${slug(first)}${rng.int(70, 99)}`;
  return { first, last, email: `${local}@${rng.pick(MAIL_DOMAINS)}` };
}

const STAFF_FIRST: Record<Lang, string[]> = {
  en: ['Bronwyn', 'Marcus', 'Tess', 'Hamish'],
  de: ['Gesine', 'Florian', 'Ursula', 'Kai'],
  fr: ['Mathilde', 'Grégoire', 'Léonie', 'Bastien'],
  es: ['Pilar', 'Esteban', 'Lorena', 'Gonzalo'],
};
const STAFF_LAST: Record<Lang, string[]> = {
  en: ['Kettering', 'Holloway', 'Radcliffe', 'Prendergast'],
  de: ['Lindqvist', 'Sauerbrey', 'Eckhardt', 'Tiedemann'],
  fr: ['Chevalier', 'Rousseau', 'Berthelot', 'Lemaire'],
  es: ['Aguirre', 'Montalvo', 'Cifuentes', 'Barrientos'],
};
const ROLES: Record<Lang, string[]> = {
  en: ['Workshop manager', 'Sales coordinator', 'Office manager', 'Project lead'],
  de: ['Werkstattleitung', 'Vertrieb', 'Büroleitung', 'Projektleitung'],
  fr: ['Responsable atelier', 'Chargée de clientèle', 'Assistante de direction', 'Chef de projet'],
  es: ['Jefa de taller', 'Atención comercial', 'Administración', 'Jefe de proyecto'],
};

export function drawStaff(rng: Rng, biz: Business): Staff {
  const first = rng.pick(STAFF_FIRST[biz.lang]);
  const last = rng.pick(STAFF_LAST[biz.lang]);
  return {
    first,
    last,
    email: `${slug(first)}.${slug(last)}@${biz.domain}`,
    phone: drawNumber(rng, biz.country),
    role: rng.pick(ROLES[biz.lang]),
  };
}

const SERVICE: Record<Lang, Record<Sector, string[]>> = {
  en: {
    bicycle: ['a full service on my e-bike', 'a wheel rebuild', 'a bike fit before a long tour'],
    florist: ['wedding flowers', 'weekly flowers for our office reception', 'a funeral wreath'],
    locksmith: [
      'new locks on the front and back doors',
      'a safe opening',
      'a master-key system for our office',
    ],
    architect: [
      'plans for a rear extension',
      'a loft conversion',
      'a planning application for a garden studio',
    ],
    print: ['500 printed flyers', 'vinyl window lettering', 'a pull-up banner for a trade fair'],
  },
  de: {
    bicycle: [
      'eine Inspektion meines E-Bikes',
      'einen neuen Laufradsatz',
      'ein Bikefitting vor einer Alpenüberquerung',
    ],
    florist: [
      'Blumenschmuck für unsere Hochzeit',
      'wöchentliche Blumen für unseren Empfang',
      'einen Trauerkranz',
    ],
    locksmith: [
      'neue Schließzylinder für Haus- und Kellertür',
      'eine Tresoröffnung',
      'eine Schließanlage für unser Büro',
    ],
    architect: [
      'einen Anbau an unser Reihenhaus',
      'den Ausbau unseres Dachgeschosses',
      'einen Bauantrag für ein Gartenhaus',
    ],
    print: ['500 Flyer im Format DIN lang', 'eine Schaufensterbeschriftung', 'einen Roll-up für eine Messe'],
  },
  fr: {
    bicycle: [
      'une révision complète de mon vélo électrique',
      'un remontage de roues',
      'une étude posturale avant un voyage',
    ],
    florist: [
      'la décoration florale de notre mariage',
      'des fleurs chaque semaine pour notre accueil',
      'une couronne de deuil',
    ],
    locksmith: [
      'le changement des serrures de la porte d’entrée',
      'l’ouverture d’un coffre-fort',
      'un organigramme de clés pour nos bureaux',
    ],
    architect: [
      'les plans d’une extension',
      'l’aménagement de nos combles',
      'un permis de construire pour un atelier de jardin',
    ],
    print: ['500 flyers', 'un lettrage adhésif pour notre vitrine', 'un kakémono pour un salon'],
  },
  es: {
    bicycle: [
      'una revisión completa de mi bici eléctrica',
      'montar unas ruedas nuevas',
      'un estudio biomecánico antes de una travesía',
    ],
    florist: [
      'las flores de nuestra boda',
      'flores semanales para la recepción de la oficina',
      'una corona fúnebre',
    ],
    locksmith: [
      'cambiar las cerraduras de la puerta principal',
      'la apertura de una caja fuerte',
      'un sistema de llave maestra para la oficina',
    ],
    architect: [
      'los planos de una ampliación',
      'reformar el altillo',
      'el permiso de obra para un estudio en el jardín',
    ],
    print: ['500 volantes impresos', 'rotulación en vinilo para el escaparate', 'un roll-up para una feria'],
  },
};

const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'I am looking for {s}. Could you tell me roughly what it would cost and how soon you could fit it in?',
    'We would like {s} and were recommended to you by a neighbour.\n\nIdeally before the end of next month. Weekday mornings suit us best.',
    'Could you quote for {s}? I can send photos if that helps.',
    'I need {s}. What information do you need from me to get started?\n\nThanks in advance.',
    'I saw your work online and would love to talk about {s}. Flexible on dates, budget is around the middle of the range.',
  ],
  de: [
    'Ich interessiere mich für {s}. Was würde das ungefähr kosten und wann hätten Sie Zeit?',
    'Wir bräuchten {s} und wurden von Nachbarn auf Sie aufmerksam gemacht.\n\nAm liebsten noch vor Ende nächsten Monats, vormittags passt es uns am besten.',
    'Können Sie mir ein Angebot für {s} machen? Fotos kann ich gern schicken.',
    'Ich bräuchte {s}. Welche Angaben brauchen Sie von mir?\n\nVielen Dank schon mal.',
    'Ich habe Ihre Arbeiten online gesehen und würde gern über {s} sprechen. Termine sind flexibel.',
  ],
  fr: [
    'Je cherche {s}. Pourriez-vous me donner une idée du prix et de vos délais ?',
    'Nous aurions besoin de {s}, un voisin nous a parlé de vous.\n\nIdéalement avant la fin du mois prochain, plutôt en matinée.',
    'Pourriez-vous me faire un devis pour {s} ? Je peux envoyer des photos si besoin.',
    'Il me faudrait {s}. De quelles informations avez-vous besoin pour commencer ?\n\nMerci d’avance.',
    'J’ai vu vos réalisations en ligne et j’aimerais parler de {s}. Nos dates sont souples.',
  ],
  es: [
    'Estoy buscando {s}. ¿Me podrían decir más o menos cuánto costaría y cuándo tendrían hueco?',
    'Necesitaríamos {s} y un vecino nos habló de ustedes.\n\nIdealmente antes de fin del mes que viene, mejor por la mañana.',
    '¿Me pueden pasar presupuesto para {s}? Puedo mandar fotos si ayuda.',
    'Necesito {s}. ¿Qué datos necesitan para empezar?\n\nGracias de antemano.',
    'Vi sus trabajos en internet y me gustaría hablar sobre {s}. Las fechas son flexibles.',
  ],
};

export function drawService(rng: Rng, biz: Business): string {
  return rng.pick(SERVICE[biz.lang][biz.sector]);
}

export function drawMessage(rng: Rng, biz: Business): string {
  return rng.pick(TEMPLATES[biz.lang]).replace('{s}', drawService(rng, biz));
}
