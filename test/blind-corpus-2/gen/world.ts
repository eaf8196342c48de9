/** The fictional businesses, their staff and customers, and what customers write. */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Lang } from './model.js';
import { makePhone, type Phone } from './phones.js';
import type { Rng } from './rng.js';

export type Trade = 'trades' | 'clinic' | 'venue' | 'insurance';

export interface Person {
  first: string;
  last: string | null;
  phone: Phone;
  email: string;
}

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  region: CountryCode;
  trade: Trade;
  recipient: string;
  web: string;
  phone: Phone;
  staff: Person[];
  city: string;
  postcode: string;
}

const SPEC: [string, string, Lang, CountryCode, Trade, string, string, string][] = [
  [
    'oakridge-roofing',
    'Oakridge Roofing & Gutters',
    'en',
    'GB',
    'trades',
    'quotes@oakridge-roofing.example',
    'Bristol',
    'BS3 4HQ',
  ],
  [
    'bluegum-dental',
    'Bluegum Family Dental',
    'en',
    'AU',
    'clinic',
    'frontdesk@bluegum-dental.example',
    'Newcastle NSW',
    '2300',
  ],
  [
    'lakeshore-hall',
    'Lakeshore Hall & Gardens',
    'en',
    'US',
    'venue',
    'events@lakeshore-hall.example',
    'Madison, WI',
    '53703',
  ],
  [
    'maple-cover',
    'Maple Cover Insurance Brokers',
    'en',
    'CA',
    'insurance',
    'newbusiness@maplecover.example',
    'Halifax, NS',
    'B3H 1A1',
  ],
  [
    'hofmann-haustechnik',
    'Hofmann Haustechnik GmbH',
    'de',
    'DE',
    'trades',
    'auftrag@hofmann-haustechnik.example',
    'Kassel',
    '34117',
  ],
  [
    'praxis-alpenblick',
    'Zahnarztpraxis Alpenblick',
    'de',
    'AT',
    'clinic',
    'termine@praxis-alpenblick.example',
    'Innsbruck',
    '6020',
  ],
  [
    'schlossgut-linde',
    'Schlossgut Linde',
    'de',
    'CH',
    'venue',
    'feiern@schlossgut-linde.example',
    'Thun',
    '3600',
  ],
  [
    'vorsorge-brandt',
    'Brandt Versicherungsmakler',
    'de',
    'DE',
    'insurance',
    'antrag@vorsorge-brandt.example',
    'Bremen',
    '28195',
  ],
  ['renov-leclerc', 'Rénov Leclerc', 'fr', 'FR', 'trades', 'devis@renov-leclerc.example', 'Tours', '37000'],
  [
    'cabinet-meuse',
    'Cabinet dentaire de la Meuse',
    'fr',
    'BE',
    'clinic',
    'rdv@cabinet-meuse.example',
    'Namur',
    '5000',
  ],
  [
    'domaine-tilleuls',
    'Domaine des Tilleuls',
    'fr',
    'FR',
    'venue',
    'receptions@domaine-tilleuls.example',
    'Beaune',
    '21200',
  ],
  [
    'girard-assurances',
    'Girard Assurances SA',
    'fr',
    'CH',
    'insurance',
    'offres@girard-assurances.example',
    'Lausanne',
    '1003',
  ],
  [
    'reformas-solana',
    'Reformas Solana',
    'es',
    'ES',
    'trades',
    'presupuestos@reformas-solana.example',
    'Zaragoza',
    '50001',
  ],
  [
    'clinica-sonrisa',
    'Clínica Dental Sonrisa Norte',
    'es',
    'MX',
    'clinic',
    'citas@clinicasonrisa.example',
    'Monterrey, N.L.',
    '64000',
  ],
  ['finca-olivar', 'Finca El Olivar', 'es', 'ES', 'venue', 'bodas@finca-olivar.example', 'Ronda', '29400'],
  [
    'seguros-cordillera',
    'Seguros Cordillera',
    'es',
    'CO',
    'insurance',
    'cotizaciones@seguroscordillera.example',
    'Medellín',
    '050021',
  ],
];

const FIRST: Record<Lang, string[]> = {
  en: [
    'Olivia',
    'Liam',
    'Amelia',
    'Noah',
    'Grace',
    'Ethan',
    'Chloe',
    'Harry',
    'Isla',
    'Owen',
    'Megan',
    'Declan',
    'Priya',
    'Sean',
    'Niamh',
    'Callum',
  ],
  de: [
    'Jonas',
    'Lea',
    'Lukas',
    'Hannah',
    'Felix',
    'Jana',
    'Matthias',
    'Sophie',
    'Tobias',
    'Katharina',
    'Jürgen',
    'Anja',
    'Björn',
    'Merle',
    'Ömer',
    'Franziska',
  ],
  fr: [
    'Camille',
    'Théo',
    'Manon',
    'Hugo',
    'Léa',
    'Baptiste',
    'Chloé',
    'Étienne',
    'Margaux',
    'Jean-Luc',
    'Anaïs',
    'Rémi',
    'Océane',
    'Loïc',
    'Inès',
    'Gaëtan',
  ],
  es: [
    'Lucía',
    'Javier',
    'Carmen',
    'Diego',
    'Alba',
    'Sergio',
    'Nuria',
    'Álvaro',
    'Paula',
    'Iñigo',
    'Marta',
    'Andrés',
    'Ximena',
    'Rocío',
    'Joaquín',
    'Begoña',
  ],
};

const LAST: Record<Lang, string[]> = {
  en: [
    'Hartley',
    "O'Brien",
    'McAllister',
    'Fairweather',
    'Patel',
    'Okafor',
    'Whitmore',
    'Van Dyke',
    'Lindqvist',
    'Donnelly',
    'Ashworth',
    'Brennan',
    'Thistlewood',
    'Ng',
  ],
  de: [
    'Weber',
    'Schäfer',
    'Krüger',
    'von Bergen',
    'Hoffmann',
    'Özdemir',
    'Brandstätter',
    'Wißmann',
    'Kowalski',
    'Lehmann',
    'Sauerbier',
    'Zimmermann-Roth',
    'Yilmaz',
    'Große',
  ],
  fr: [
    'Lefèvre',
    'Dubois',
    'de la Roche',
    'Marchand',
    'Girardot',
    "N'Diaye",
    'Bonnet',
    'Rousseau',
    'Leclercq',
    'Fontaine',
    'Chevalier',
    'Mercier',
    'Le Goff',
    'Benali',
  ],
  es: [
    'García López',
    'Fernández',
    'de la Fuente',
    'Muñoz',
    'Ibáñez',
    'Ortega Sanz',
    'Castillo',
    'Navarro',
    'Domínguez',
    'Peña',
    'Vidal',
    'Herrera Ruiz',
    'Quintero',
    'Aguirre',
  ],
};

const STAFF_FIRST = [
  'Rebecca',
  'Martin',
  'Steffi',
  'Olaf',
  'Nathalie',
  'Pascal',
  'Elena',
  'Ramón',
  'Gareth',
  'Ute',
  'Sylvie',
  'Teresa',
];
const STAFF_LAST = [
  'Crowther',
  'Albrecht',
  'Vasseur',
  'Montoya',
  'Pemberton',
  'Kessler',
  'Lambert',
  'Salgado',
  'Fitzgerald',
  'Rohde',
  'Moreau',
  'Cabrera',
];

const MAIL_DOMAINS = [
  'mailbox.example',
  'freemail.test',
  'netpost.example',
  'inbox.test',
  'correo-web.example',
  'courriel.test',
  'postfach.example',
  'webmail.test',
];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

export function makeEmail(rng: Rng, first: string, last: string | null): string {
  const f = ascii(first);
  const l = last ? ascii(last.split(' ').slice(-1)[0] ?? last) : '';
  const domain = rng.pick(MAIL_DOMAINS);
  const local = rng.pick([
    l ? `${f}.${l}` : f,
    l ? `${f[0]}${l}` : `${f}${rng.digits(2)}`,
    l ? `${f}_${l}${rng.digits(2)}` : `${f}_${rng.digits(3)}`,
    l ? `${l}.${f}` : `${f}.${rng.digits(4)}`,
    `${rng.pick(['sunny', 'blue', 'kite', 'river', 'nordwind', 'cometa', 'lune'])}${rng.pick(['hiker', 'fox', 'bird', 'sol'])}${rng.digits(2)}`,
  ]);
  return `${local}@${domain}`;
}

function makeStaff(rng: Rng, region: CountryCode, web: string): Person {
  const first = rng.pick(STAFF_FIRST);
  const last = rng.pick(STAFF_LAST);
  return { first, last, phone: makePhone(rng, region), email: `${ascii(first)}.${ascii(last)}@${web}` };
}

export function makeBusinesses(rng: Rng): Business[] {
  return SPEC.map(([id, name, lang, region, trade, recipient, city, postcode]) => {
    const web = recipient.split('@')[1] as string;
    return {
      id,
      name,
      lang,
      region,
      trade,
      recipient,
      web,
      phone: makePhone(rng, region),
      staff: [makeStaff(rng, region, web), makeStaff(rng, region, web), makeStaff(rng, region, web)],
      city,
      postcode,
    };
  });
}

/** Customers mostly live in the business's country; some write from a neighbouring one. */
const ABROAD: Partial<Record<CountryCode, CountryCode[]>> = {
  GB: ['IE', 'FR'],
  AU: ['GB'],
  US: ['CA'],
  CA: ['US'],
  DE: ['AT', 'CH', 'NL'],
  AT: ['DE'],
  CH: ['DE', 'FR'],
  FR: ['BE', 'CH'],
  BE: ['FR', 'NL'],
  ES: ['FR', 'PT'],
  MX: ['US'],
  CO: ['ES'],
};

export function makeCustomer(
  rng: Rng,
  lang: Lang,
  biz: Business,
  opts: { singleName?: boolean } = {},
): Person {
  const first = rng.pick(FIRST[lang]);
  const last = opts.singleName ? null : rng.pick(LAST[lang]);
  const region = rng.chance(0.15) ? rng.pick(ABROAD[biz.region] ?? [biz.region]) : biz.region;
  return { first, last, phone: makePhone(rng, region), email: makeEmail(rng, first, last) };
}

export const fullName = (p: { first: string; last: string | null }) =>
  p.last ? `${p.first} ${p.last}` : p.first;

/** What customers write, per language and trade: paragraphs separated by blank lines. */
export const MESSAGES: Record<Lang, Record<Trade, string[]>> = {
  en: {
    trades: [
      'Hi, we have a leak around the chimney flashing that gets worse every time it rains. Could someone come and have a look this week?\n\nThe house is a 1930s semi, two storeys. Access from the back garden is easy.',
      'Looking for a quote to replace the guttering on a detached bungalow, roughly 40 metres in total. Budget: flexible if the quality is right.',
      'Our flat roof over the garage needs redoing. Note: the skylight should stay where it is.\n\nAny Saturday works for a visit.',
      'Could you quote for cleaning and resealing the roof tiles? Please text rather than call during work hours.',
    ],
    clinic: [
      'I chipped a front tooth yesterday and would like to get it looked at as soon as possible. Mornings are best for me.',
      'Looking for a new family dentist for two adults and a seven-year-old. Do you bulk bill check-ups for children?',
      'My crown came loose last night. It does not hurt, but I would like an appointment before the weekend.\n\nPlease call me after 3pm.',
    ],
    venue: [
      'We are planning our wedding for next September, around 120 guests, ceremony and reception on site if possible.\n\nCould you send your packages and any Friday availability?',
      'Hello! I am organising a 60th birthday dinner for about 45 people. Is the garden room available on a Saturday evening in June?',
      'Our company would like to hold a one-day workshop with lunch for 30 people. Requirements: projector, breakout space, vegetarian options.',
    ],
    insurance: [
      'I am switching from my current home insurer when the policy ends next month and would like a quote for contents and building cover.',
      'Please contact me about commercial liability cover for a small landscaping business, two employees and one van.',
      'Need a quote for car insurance for my daughter who just passed her test. She would be a named driver on my policy.\n\nThanks in advance.',
    ],
  },
  de: {
    trades: [
      'Guten Tag, unsere Gastherme zeigt seit gestern eine Störung an und das Warmwasser bleibt kalt. Können Sie kurzfristig jemanden vorbeischicken?',
      'Wir möchten unser Badezimmer modernisieren (ca. 8 m²): bodengleiche Dusche statt Wanne, neues WC.\n\nWann wäre eine Besichtigung möglich?',
      'Bitte um ein Angebot für den Austausch unserer alten Ölheizung gegen eine Wärmepumpe. Baujahr des Hauses: 1978.',
      'Hallo, in der Küche tropft der Siphon und der Abfluss ist verstopft. Termin gern nachmittags.',
    ],
    clinic: [
      'Ich hätte gerne einen Termin zur Kontrolle und professionellen Zahnreinigung. Vormittags passt es mir am besten.',
      'Seit drei Tagen habe ich Schmerzen links unten beim Kauen. Gibt es diese Woche noch einen freien Termin?\n\nIch bin Neupatientin.',
      'Meine Krone hat sich gelockert. Es ist nicht dringend, aber ich möchte es vor dem Urlaub richten lassen.',
    ],
    venue: [
      'Wir planen unsere Hochzeit im August nächsten Jahres mit etwa 90 Gästen. Ist die Scheune an einem Samstag noch frei?\n\nWir würden gerne auch vor Ort übernachten.',
      'Für unsere Firmenfeier im Dezember suchen wir einen Raum für 70 Personen mit Abendessen. Was kostet das ungefähr?',
      'Hallo, wir möchten den 80. Geburtstag unserer Mutter feiern, ca. 35 Personen, Mittagessen. Hinweis: zwei Gäste sind im Rollstuhl.',
    ],
    insurance: [
      'Ich suche eine Berufsunfähigkeitsversicherung und hätte gerne ein unverbindliches Angebot. Ich bin 34 und arbeite als Ingenieur.',
      'Bitte rufen Sie mich wegen einer Hausratversicherung für unsere neue Wohnung (85 m²) zurück.',
      'Unsere Kfz-Versicherung läuft zum Jahresende aus. Können Sie uns einen Vergleich machen?\n\nFahrzeug: VW Touran, Baujahr 2019.',
    ],
  },
  fr: {
    trades: [
      'Bonjour, nous souhaitons refaire entièrement notre salle de bains (environ 6 m²). Pourriez-vous passer pour établir un devis ?',
      'Notre chaudière fait un bruit anormal depuis quelques jours. Est-il possible d’avoir une intervention rapidement ?\n\nNous sommes disponibles le matin.',
      'Je voudrais un devis pour isoler les combles d’une maison de 1965. Surface : environ 70 m².',
      'Fuite sous l’évier de la cuisine, rien d’urgent mais ça goutte. Merci de me rappeler en fin de journée.',
    ],
    clinic: [
      'Bonjour, je souhaiterais un rendez-vous pour un détartrage et un contrôle. Je suis disponible le mercredi après-midi.',
      'Mon fils de neuf ans a une dent qui bouge et qui lui fait mal. Auriez-vous une place cette semaine ?',
      'J’ai perdu un plombage hier soir. Pas de douleur pour l’instant, mais je préfère le faire rapidement.\n\nMerci de votre retour.',
    ],
    venue: [
      'Nous cherchons un lieu pour notre mariage en juin prochain, environ 110 invités, avec possibilité de cérémonie laïque dans le parc.\n\nPourriez-vous nous envoyer vos tarifs ?',
      'Bonjour, je souhaite organiser un séminaire d’entreprise de deux jours pour 25 personnes, avec hébergement.',
      'Pour les 50 ans de mon mari, nous aimerions réserver la salle pour un dîner de 40 personnes. Remarque : plusieurs convives sont végétariens.',
    ],
    insurance: [
      'Je souhaite un devis pour une assurance habitation pour un appartement de 3 pièces que nous venons d’acheter.',
      'Pouvez-vous me recontacter au sujet d’une assurance responsabilité civile professionnelle ? Je suis architecte indépendante.',
      'Notre contrat auto arrive à échéance en janvier. Nous aimerions comparer avec votre offre.\n\nVéhicule : Peugeot 308 de 2020.',
    ],
  },
  es: {
    trades: [
      'Hola, queremos reformar la cocina completa, unos 12 m². Nos gustaría que alguien viniera a verla para darnos presupuesto.',
      'Tenemos humedades en la pared del dormitorio que da al patio. ¿Podrían pasar a revisarlo esta semana?\n\nPor las tardes estamos en casa.',
      'Necesito presupuesto para cambiar el plato de ducha y alicatar el baño. Importante: el edificio no tiene ascensor.',
      'Buenas, se nos ha roto una tubería debajo del fregadero. ¿Hacen urgencias en fin de semana?',
    ],
    clinic: [
      'Hola, quisiera pedir cita para una limpieza dental y revisión. Me viene mejor por las mañanas.',
      'Me duele una muela desde hace dos días, sobre todo con el frío. ¿Tienen hueco esta semana?\n\nSoy paciente nueva.',
      'Quería información sobre ortodoncia invisible para mi hija de 15 años. ¿Cuánto cuesta la primera consulta?',
    ],
    venue: [
      'Estamos organizando nuestra boda para mayo del año que viene, unos 150 invitados. ¿Tienen disponibilidad algún sábado?\n\nNos interesa también el alojamiento para familiares.',
      'Hola, buscamos un espacio para una comida de empresa en diciembre, unas 60 personas. ¿Me pueden enviar los menús?',
      'Queremos celebrar la comunión de nuestro hijo con unos 50 invitados. Nota: hay varios niños con alergia al gluten.',
    ],
    insurance: [
      'Quisiera cotizar un seguro de hogar para un apartamento de 70 m² que acabamos de comprar.',
      'Por favor llámenme para un seguro de salud familiar: somos dos adultos y dos niños.',
      'Mi póliza del carro vence el próximo mes y quiero comparar precios.\n\nVehículo: Mazda 3, modelo 2021.',
    ],
  },
};
