/** Businesses, people, countries, services and message templates of corpus 16 (all invented). */
import type { Lang } from './types.js';

export type Sector = 'funeral' | 'cowork' | 'winery' | 'camper' | 'photo';

export interface Business {
  id: string;
  name: string;
  lang: Lang;
  region: string;
  inbox: string;
  domain: string;
  sector: Sector;
  city: string;
  currency: (n: number) => string;
  /** Where customers abroad come from. */
  abroad: string;
  /** The business's listed phone, E.164. */
  phone: string;
}

const usd = (sym: string) => (n: number) => `${sym}${n.toLocaleString('en-US')}`;
const eur = (n: number) => `${n.toLocaleString('de-DE')} €`;

export const BUSINESSES: Business[] = [
  {
    id: 'nassau-harbour-funeral',
    name: 'Nassau Harbour Funeral Home',
    lang: 'en',
    region: 'BS',
    inbox: 'arrangements@nassauharbour-funeral.example',
    domain: 'nassauharbour-funeral.example',
    sector: 'funeral',
    city: 'Nassau',
    currency: usd('B$'),
    abroad: 'NO',
    phone: '+12423267710',
  },
  {
    id: 'kairaba-desk',
    name: 'Kairaba Desk Coworking',
    lang: 'en',
    region: 'GM',
    inbox: 'hello@kairabadesk.example',
    domain: 'kairabadesk.example',
    sector: 'cowork',
    city: 'Serrekunda',
    currency: (n) => `D${n.toLocaleString('en-US')}`,
    abroad: 'GW',
    phone: '+2203014488',
  },
  {
    id: 'cayo-fruit-winery',
    name: 'Cayo Fruit Winery',
    lang: 'en',
    region: 'BZ',
    inbox: 'tastings@cayofruitwinery.test',
    domain: 'cayofruitwinery.test',
    sector: 'winery',
    city: 'San Ignacio',
    currency: usd('BZ$'),
    abroad: 'VG',
    phone: '+5016229031',
  },
  {
    id: 'ezulwini-campervans',
    name: 'Ezulwini Campervans',
    lang: 'en',
    region: 'SZ',
    inbox: 'bookings@ezulwini-campers.example',
    domain: 'ezulwini-campers.example',
    sector: 'camper',
    city: 'Ezulwini',
    currency: (n) => `E${n.toLocaleString('en-US')}`,
    abroad: 'LS',
    phone: '+26876124410',
  },
  {
    id: 'spice-isle-photo',
    name: 'Spice Isle Photo Studio',
    lang: 'en',
    region: 'GD',
    inbox: 'studio@spiceislephoto.example',
    domain: 'spiceislephoto.example',
    sector: 'photo',
    city: "St. George's",
    currency: usd('EC$'),
    abroad: 'AI',
    phone: '+14734035120',
  },
  {
    id: 'bestattungen-lindner',
    name: 'Bestattungshaus Lindner',
    lang: 'de',
    region: 'DE',
    inbox: 'vorsorge@bestattungen-lindner.example',
    domain: 'bestattungen-lindner.example',
    sector: 'funeral',
    city: 'Göttingen',
    currency: eur,
    abroad: 'PL',
    phone: '+4915123401188',
  },
  {
    id: 'cowork-donaukanal',
    name: 'Coworking Donaukanal',
    lang: 'de',
    region: 'AT',
    inbox: 'community@cowork-donaukanal.example',
    domain: 'cowork-donaukanal.example',
    sector: 'cowork',
    city: 'Wien',
    currency: eur,
    abroad: 'HR',
    phone: '+43664120775',
  },
  {
    id: 'weingut-bielersee',
    name: 'Weingut am Bielersee',
    lang: 'de',
    region: 'CH',
    inbox: 'degustation@weingut-bielersee.test',
    domain: 'weingut-bielersee.test',
    sector: 'winery',
    city: 'Twann',
    currency: (n) => `CHF ${n.toLocaleString('de-CH')}`,
    abroad: 'IS',
    phone: '+41781230944',
  },
  {
    id: 'camper-hermannstadt',
    name: 'Camperverleih Hermannstadt',
    lang: 'de',
    region: 'RO',
    inbox: 'miete@camper-hermannstadt.example',
    domain: 'camper-hermannstadt.example',
    sector: 'camper',
    city: 'Sibiu',
    currency: (n) => `${n.toLocaleString('de-DE')} Lei`,
    abroad: 'MD',
    phone: '+40712031560',
  },
  {
    id: 'fotostudio-zips',
    name: 'Fotostudio Zips',
    lang: 'de',
    region: 'SK',
    inbox: 'termine@fotostudio-zips.example',
    domain: 'fotostudio-zips.example',
    sector: 'photo',
    city: 'Kežmarok',
    currency: eur,
    abroad: 'UA',
    phone: '+421912120338',
  },
  {
    id: 'pf-sikasso',
    name: 'Pompes Funèbres du Kénédougou',
    lang: 'fr',
    region: 'ML',
    inbox: 'accueil@pf-kenedougou.example',
    domain: 'pf-kenedougou.example',
    sector: 'funeral',
    city: 'Sikasso',
    currency: (n) => `${n.toLocaleString('fr-FR')} FCFA`,
    abroad: 'NE',
    phone: '+22365014420',
  },
  {
    id: 'cowork-kaloum',
    name: 'Espace Cowork Kaloum',
    lang: 'fr',
    region: 'GN',
    inbox: 'bonjour@cowork-kaloum.example',
    domain: 'cowork-kaloum.example',
    sector: 'cowork',
    city: 'Conakry',
    currency: (n) => `${n.toLocaleString('fr-FR')} GNF`,
    abroad: 'BF',
    phone: '+224601128870',
  },
  {
    id: 'domaine-coteaux-aube',
    name: 'Domaine des Coteaux de l’Aube',
    lang: 'fr',
    region: 'FR',
    inbox: 'caveau@coteaux-aube.test',
    domain: 'coteaux-aube.test',
    sector: 'winery',
    city: 'Les Riceys',
    currency: eur,
    abroad: 'KM',
    phone: '+33612340971',
  },
  {
    id: 'vans-de-guyane',
    name: 'Vans de Guyane',
    lang: 'fr',
    region: 'GF',
    inbox: 'location@vansdeguyane.example',
    domain: 'vansdeguyane.example',
    sector: 'camper',
    city: 'Kourou',
    currency: eur,
    abroad: 'GP',
    phone: '+594694207733',
  },
  {
    id: 'studio-photo-sablon',
    name: 'Studio Photo du Sablon',
    lang: 'fr',
    region: 'BE',
    inbox: 'rdv@studio-sablon.example',
    domain: 'studio-sablon.example',
    sector: 'photo',
    city: 'Bruxelles',
    currency: eur,
    abroad: 'TD',
    phone: '+32450004417',
  },
  {
    id: 'tanatori-sant-julia',
    name: 'Tanatorio Sant Julià',
    lang: 'es',
    region: 'AD',
    inbox: 'atencion@tanatori-santjulia.example',
    domain: 'tanatori-santjulia.example',
    sector: 'funeral',
    city: 'Sant Julià de Lòria',
    currency: eur,
    abroad: 'FR',
    phone: '+376312877',
  },
  {
    id: 'cowork-sopocachi',
    name: 'Cowork Sopocachi',
    lang: 'es',
    region: 'BO',
    inbox: 'hola@coworksopocachi.example',
    domain: 'coworksopocachi.example',
    sector: 'cowork',
    city: 'La Paz',
    currency: (n) => `Bs ${n.toLocaleString('es-BO')}`,
    abroad: 'PY',
    phone: '+59171230456',
  },
  {
    id: 'bodega-valle-guadalupe',
    name: 'Bodega Piedra del Valle',
    lang: 'es',
    region: 'MX',
    inbox: 'visitas@piedradelvalle.test',
    domain: 'piedradelvalle.test',
    sector: 'winery',
    city: 'Ensenada',
    currency: (n) => `$${n.toLocaleString('es-MX')} MXN`,
    abroad: 'US',
    phone: '+526461230987',
  },
  {
    id: 'camper-granada-ni',
    name: 'Camper Granada Nicaragua',
    lang: 'es',
    region: 'NI',
    inbox: 'reservas@campergranada.example',
    domain: 'campergranada.example',
    sector: 'camper',
    city: 'Granada',
    currency: (n) => `US$${n}`,
    abroad: 'CR',
    phone: '+50581236622',
  },
  {
    id: 'estudio-malasana',
    name: 'Estudio Fotográfico Malasaña',
    lang: 'es',
    region: 'ES',
    inbox: 'sesiones@estudiomalasana.example',
    domain: 'estudiomalasana.example',
    sector: 'photo',
    city: 'Madrid',
    currency: eur,
    abroad: 'GI',
    phone: '+34612341199',
  },
];

/** First names, last names per country (customers). */
export const NAMES: Record<string, { first: string[]; last: string[] }> = {
  BS: {
    first: ['Shanique', 'Dwayne', 'Latrell', 'Kendra', 'Philippa'],
    last: ['Rolle', 'Knowles', 'Cartwright', 'Ferguson', 'Bain-Saunders'],
  },
  GM: {
    first: ['Fatou', 'Lamin', 'Isatou', 'Ebrima', 'Awa'],
    last: ['Ceesay', 'Jallow', 'Touray', 'Njie', 'Sanneh'],
  },
  BZ: {
    first: ['Marisol', 'Dionne', 'Kareem', 'Elvis', 'Yolanda'],
    last: ['Cal', 'Usher', 'Castillo', 'Flowers', 'Martinez-Young'],
  },
  SZ: {
    first: ['Nomcebo', 'Sibusiso', 'Thandeka', 'Mandla', 'Lindiwe'],
    last: ['Dlamini', 'Mamba', 'Simelane', 'Nxumalo', 'Mdluli'],
  },
  GD: {
    first: ['Kesha', 'Andre', 'Renelle', 'Tevin', 'Gemma'],
    last: ['Charles', 'St. Bernard', 'La Grenade', 'Noel', 'Mc Intyre'],
  },
  NO: { first: ['Solveig', 'Eirik'], last: ['Haugland', 'Bakke-Strand'] },
  GW: { first: ['Aua', 'Braima'], last: ['Baldé', 'Djaló'] },
  VG: { first: ['Ishana', 'Kelvin'], last: ['Penn', 'Smith-Hodge'] },
  LS: { first: ['Palesa', 'Thabo'], last: ['Mokoena', 'Letsie'] },
  AI: { first: ['Tamara', 'Jarvis'], last: ['Hodge', 'Richardson'] },
  DE: {
    first: ['Jannik', 'Svenja', 'Merle', 'Torben', 'Friederike'],
    last: ['Lindemann', 'Oberdörfer', 'von der Heydt', 'Kühnel', 'Brandt-Ehlers'],
  },
  AT: {
    first: ['Valentina', 'Florian', 'Magdalena', 'Lukas', 'Theresa'],
    last: ['Gruber', 'Pichler', 'Moser-Hauer', 'Steinbichler', 'Aigner'],
  },
  CH: {
    first: ['Noemi', 'Reto', 'Seraina', 'Urs', 'Flurina'],
    last: ['Zürcher', 'Caduff', 'Bachmann', 'Hänni', 'Schmid-Caviezel'],
  },
  RO: {
    first: ['Klaus', 'Ingrid', 'Hans-Peter', 'Erika', 'Dietmar'],
    last: ['Schuster', 'Fabritius', 'Zikeli', 'Roth', 'Hügel'],
  },
  SK: {
    first: ['Martina', 'Juraj', 'Lenka', 'Tomáš', 'Zuzana'],
    last: ['Novák', 'Kováčová', 'Richter', 'Horváth', 'Greschner'],
  },
  PL: { first: ['Agnieszka', 'Paweł'], last: ['Wiśniewska', 'Kowalczyk'] },
  HR: { first: ['Ivana', 'Luka'], last: ['Horvat', 'Babić'] },
  IS: { first: ['Sigrún', 'Gunnar'], last: ['Jónsdóttir', 'Einarsson'] },
  MD: { first: ['Ana', 'Vadim'], last: ['Ciobanu', 'Rusu'] },
  UA: { first: ['Oksana', 'Taras'], last: ['Kovalenko', 'Shevchuk'] },
  FR: {
    first: ['Clémence', 'Baptiste', 'Margaux', 'Thibault', 'Gaëlle'],
    last: ['Lemaire', 'Dubois-Ferrand', 'de Saint-Exupéry', 'Chevalier', 'Le Bihan'],
  },
  ML: {
    first: ['Aminata', 'Moussa', 'Kadiatou', 'Boubacar', 'Oumou'],
    last: ['Traoré', 'Keïta', 'Coulibaly', 'Diarra', 'Maïga'],
  },
  GN: {
    first: ['Mariama', 'Alpha', 'Hawa', 'Sékou', 'Fanta'],
    last: ['Diallo', 'Bah', 'Camara', 'Soumah', 'Kourouma'],
  },
  GF: {
    first: ['Léa', 'Jordan', 'Maëva', 'Kévin', 'Nadège'],
    last: ['Horth', 'Jean-Louis', 'Bonnefoy', 'Ho-A-Chuck', 'Sabayo'],
  },
  BE: {
    first: ['Anaïs', 'Quentin', 'Manon', 'Arnaud', 'Hélène'],
    last: ['Vandenbroucke', 'Lambert', 'Van Damme', 'Dewez', 'de Ligne'],
  },
  NE: { first: ['Zeinabou', 'Issoufou'], last: ['Mahamadou', 'Abdou'] },
  BF: { first: ['Rasmata', 'Ousmane'], last: ['Ouédraogo', 'Kaboré'] },
  KM: { first: ['Nourdine', 'Faïza'], last: ['Said Ali', 'Mmadi'] },
  GP: { first: ['Sandrine', 'Loïc'], last: ['Lacroix', 'Jean-Baptiste'] },
  TD: { first: ['Achta', 'Mahamat'], last: ['Nodjimbadem', 'Abakar'] },
  AD: {
    first: ['Núria', 'Jordi', 'Montserrat', 'Pau', 'Laia'],
    last: ['Puig', 'Casal', 'Font i Riba', 'Areny', 'Cerqueda'],
  },
  BO: {
    first: ['Wara', 'Jhonny', 'Roxana', 'Wilfredo', 'Ximena'],
    last: ['Quispe', 'Mamani', 'Choque', 'Gutiérrez Flores', 'Vaca Díez'],
  },
  MX: {
    first: ['Guadalupe', 'Emiliano', 'Itzel', 'Rodrigo', 'Fernanda'],
    last: ['Hernández', 'Ochoa', 'de la Garza', 'Villaseñor', 'Ruiz Esparza'],
  },
  NI: {
    first: ['Maryelis', 'Byron', 'Scarleth', 'Norvin', 'Ileana'],
    last: ['Aráuz', 'Somarriba', 'Chamorro', 'López Baltodano', 'Urbina'],
  },
  ES: {
    first: ['Itziar', 'Álvaro', 'Ainhoa', 'Gonzalo', 'Begoña'],
    last: ['Etxeberria', 'Morales', 'del Olmo', 'García-Pelayo', 'Iriarte'],
  },
  PY: { first: ['Fátima', 'Derlis'], last: ['Benítez', 'Giménez'] },
  US: { first: ['Brianna', 'Tyler'], last: ['Reyes', 'Coleman'] },
  CR: { first: ['Yendry', 'Esteban'], last: ['Solís', 'Vargas'] },
  GI: { first: ['Kaylee', 'Ernest'], last: ['Bossano', 'Risso'] },
};

/** Names people give alone (single names), per language. */
export const SINGLE: Record<Lang, string[]> = {
  en: ['Nomvula', 'Binta', 'Shaquille', 'Marvette'],
  de: ['Wiebke', 'Sepp', 'Gerlinde', 'Ottokar'],
  fr: ['Djénéba', 'Ludivine', 'Mamadou', 'Soizic'],
  es: ['Meritxell', 'Yaretzi', 'Nayeli', 'Ulises'],
};

export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  BS: { en: 'Bahamas', de: 'Bahamas', fr: 'Bahamas', es: 'Bahamas' },
  GM: { en: 'Gambia', de: 'Gambia', fr: 'Gambie', es: 'Gambia' },
  BZ: { en: 'Belize', de: 'Belize', fr: 'Belize', es: 'Belice' },
  SZ: { en: 'Eswatini', de: 'Eswatini', fr: 'Eswatini', es: 'Esuatini' },
  GD: { en: 'Grenada', de: 'Grenada', fr: 'Grenade', es: 'Granada (isla)' },
  NO: { en: 'Norway', de: 'Norwegen', fr: 'Norvège', es: 'Noruega' },
  GW: { en: 'Guinea-Bissau', de: 'Guinea-Bissau', fr: 'Guinée-Bissau', es: 'Guinea-Bisáu' },
  VG: {
    en: 'British Virgin Islands',
    de: 'Britische Jungferninseln',
    fr: 'Îles Vierges britanniques',
    es: 'Islas Vírgenes Británicas',
  },
  LS: { en: 'Lesotho', de: 'Lesotho', fr: 'Lesotho', es: 'Lesoto' },
  AI: { en: 'Anguilla', de: 'Anguilla', fr: 'Anguilla', es: 'Anguila' },
  DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
  CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
  RO: { en: 'Romania', de: 'Rumänien', fr: 'Roumanie', es: 'Rumanía' },
  SK: { en: 'Slovakia', de: 'Slowakei', fr: 'Slovaquie', es: 'Eslovaquia' },
  PL: { en: 'Poland', de: 'Polen', fr: 'Pologne', es: 'Polonia' },
  HR: { en: 'Croatia', de: 'Kroatien', fr: 'Croatie', es: 'Croacia' },
  IS: { en: 'Iceland', de: 'Island', fr: 'Islande', es: 'Islandia' },
  MD: { en: 'Moldova', de: 'Moldau', fr: 'Moldavie', es: 'Moldavia' },
  UA: { en: 'Ukraine', de: 'Ukraine', fr: 'Ukraine', es: 'Ucrania' },
  FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
  ML: { en: 'Mali', de: 'Mali', fr: 'Mali', es: 'Malí' },
  GN: { en: 'Guinea', de: 'Guinea', fr: 'Guinée', es: 'Guinea' },
  GF: { en: 'French Guiana', de: 'Französisch-Guayana', fr: 'Guyane', es: 'Guayana Francesa' },
  BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
  NE: { en: 'Niger', de: 'Niger', fr: 'Niger', es: 'Níger' },
  BF: { en: 'Burkina Faso', de: 'Burkina Faso', fr: 'Burkina Faso', es: 'Burkina Faso' },
  KM: { en: 'Comoros', de: 'Komoren', fr: 'Comores', es: 'Comoras' },
  GP: { en: 'Guadeloupe', de: 'Guadeloupe', fr: 'Guadeloupe', es: 'Guadalupe' },
  TD: { en: 'Chad', de: 'Tschad', fr: 'Tchad', es: 'Chad' },
  AD: { en: 'Andorra', de: 'Andorra', fr: 'Andorre', es: 'Andorra' },
  BO: { en: 'Bolivia', de: 'Bolivien', fr: 'Bolivie', es: 'Bolivia' },
  MX: { en: 'Mexico', de: 'Mexiko', fr: 'Mexique', es: 'México' },
  NI: { en: 'Nicaragua', de: 'Nicaragua', fr: 'Nicaragua', es: 'Nicaragua' },
  ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
  PY: { en: 'Paraguay', de: 'Paraguay', fr: 'Paraguay', es: 'Paraguay' },
  US: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
  CR: { en: 'Costa Rica', de: 'Costa Rica', fr: 'Costa Rica', es: 'Costa Rica' },
  GI: { en: 'Gibraltar', de: 'Gibraltar', fr: 'Gibraltar', es: 'Gibraltar' },
};

export const FREEMAIL = [
  'postbox.example',
  'inboxly.example',
  'mailfjord.test',
  'kiwimail.example',
  'correo.example',
  'webpost.test',
];

/** Staff per language: first, last, role. */
export const STAFF: Record<Lang, [string, string, string][]> = {
  en: [
    ['Cordell', 'Pinder', 'Manager'],
    ['Ndey', 'Faal', 'Front desk'],
    ['Roxanne', 'Augustine', 'Bookings'],
    ['Winston', 'Gibbs', 'Owner'],
  ],
  de: [
    ['Annegret', 'Kowalski', 'Inhaberin'],
    ['Bastian', 'Feuerstein', 'Kundenberatung'],
    ['Rahel', 'Imboden', 'Büro'],
    ['Gernot', 'Wallner', 'Geschäftsführer'],
  ],
  fr: [
    ['Salimata', 'Konaté', 'Accueil'],
    ['Grégoire', 'Mouton', 'Gérant'],
    ['Pascaline', 'Thiam', 'Réservations'],
    ['Ibrahima', 'Sylla', 'Directeur'],
  ],
  es: [
    ['Remei', 'Vidal', 'Atención al cliente'],
    ['Hugo', 'Zambrana', 'Gerente'],
    ['Citlali', 'Bravo', 'Reservas'],
    ['Fermín', 'Olazábal', 'Dueño'],
  ],
};

/** Third parties printed in emails (agency people, platform staff). */
export const THIRD: string[][] = [
  ['Odalys', 'Kintrea'],
  ['Ruairi', 'Fenwick'],
  ['Séverine', 'Makouta'],
  ['Joaquín', 'Ibarburu'],
  ['Henrike', 'Staudacher'],
];

export const SERVICES: Record<Sector, Record<Lang, string[]>> = {
  funeral: {
    en: [
      'a pre-paid funeral plan',
      'a cremation with a small memorial service',
      'repatriation of my late uncle',
      'a graveside service',
    ],
    de: [
      'eine Bestattungsvorsorge',
      'eine Urnenbeisetzung im Friedwald',
      'eine Trauerfeier im kleinen Kreis',
      'eine Überführung aus dem Ausland',
    ],
    fr: [
      'un contrat obsèques',
      'une crémation avec cérémonie civile',
      'le rapatriement du corps de mon père',
      'une inhumation au caveau familial',
    ],
    es: [
      'un seguro de decesos',
      'una incineración con despedida íntima',
      'el traslado de restos a otro país',
      'un velatorio de un día',
    ],
  },
  cowork: {
    en: [
      'a fixed desk for 3 months',
      'a private office for a team of four',
      'a day pass bundle',
      'the meeting room for a workshop',
    ],
    de: [
      'einen Fixplatz für drei Monate',
      'ein Teambüro für vier Personen',
      'eine 10er-Karte für Tagesplätze',
      'den Seminarraum für einen Workshop',
    ],
    fr: [
      'un poste fixe pour trois mois',
      'un bureau privatif pour quatre personnes',
      'un carnet de journées',
      'la salle de réunion pour un atelier',
    ],
    es: [
      'un escritorio fijo por tres meses',
      'una oficina privada para cuatro personas',
      'un bono de 10 días',
      'la sala de reuniones para un taller',
    ],
  },
  winery: {
    en: [
      'a private tasting for a group',
      'the cellar tour with lunch',
      'a case order for a wedding',
      'a corporate tasting evening',
    ],
    de: [
      'eine private Weinprobe für eine Gruppe',
      'eine Kellerführung mit Mittagessen',
      'Wein für unsere Hochzeit',
      'eine Firmen-Degustation',
    ],
    fr: [
      'une dégustation privée pour un groupe',
      'la visite des caves avec déjeuner',
      'une commande de cartons pour un mariage',
      'une soirée dégustation d’entreprise',
    ],
    es: [
      'una cata privada para un grupo',
      'el recorrido por la cava con comida',
      'vino para nuestra boda',
      'una cata para empresa',
    ],
  },
  camper: {
    en: ['a 4-berth campervan for 10 days', 'a rooftop-tent 4x4', 'a one-way rental', 'a small van for two'],
    de: [
      'einen Camper mit 4 Schlafplätzen für 10 Tage',
      'einen Geländewagen mit Dachzelt',
      'eine Einwegmiete',
      'einen kleinen Campingbus für zwei',
    ],
    fr: [
      'un van aménagé 4 places pour 10 jours',
      'un 4x4 avec tente de toit',
      'une location aller simple',
      'un petit van pour deux',
    ],
    es: [
      'una camper de 4 plazas por 10 días',
      'un 4x4 con carpa de techo',
      'un alquiler solo ida',
      'una furgoneta pequeña para dos',
    ],
  },
  photo: {
    en: ['a family portrait session', 'wedding photography', 'headshots for our team', 'a maternity shoot'],
    de: [
      'ein Familienshooting',
      'eine Hochzeitsreportage',
      'Bewerbungsfotos',
      'Businessporträts für unser Team',
    ],
    fr: [
      'une séance photo en famille',
      'un reportage de mariage',
      'des portraits corporate pour l’équipe',
      'une séance grossesse',
    ],
    es: [
      'una sesión de fotos familiar',
      'un reportaje de boda',
      'retratos corporativos para el equipo',
      'una sesión de embarazo',
    ],
  },
};

export const DETAILS: Record<Sector, Record<Lang, string[]>> = {
  funeral: {
    en: [
      'my mother is 84 and wants everything settled',
      'we are about 40 people',
      'he wished to be buried at home',
    ],
    de: [
      'meine Mutter ist 84 und möchte alles geregelt wissen',
      'wir sind etwa 40 Personen',
      'er wollte in seiner Heimat beigesetzt werden',
    ],
    fr: [
      'ma mère a 84 ans et veut tout régler',
      'nous serons environ 40 personnes',
      'il souhaitait être inhumé au pays',
    ],
    es: [
      'mi madre tiene 84 años y quiere dejarlo todo arreglado',
      'seremos unas 40 personas',
      'él quería descansar en su tierra',
    ],
  },
  cowork: {
    en: ['we need a quiet spot for calls', 'two of us work nights', 'we bring our own monitors'],
    de: [
      'wir brauchen einen ruhigen Platz für Calls',
      'zwei von uns arbeiten abends',
      'wir bringen eigene Monitore mit',
    ],
    fr: [
      'il nous faut un coin calme pour les appels',
      'deux d’entre nous travaillent le soir',
      'nous apportons nos écrans',
    ],
    es: [
      'necesitamos un rincón tranquilo para llamadas',
      'dos trabajamos de noche',
      'traemos nuestros monitores',
    ],
  },
  winery: {
    en: ['we are 14 adults, two of them drive', 'one guest is gluten-free', 'it is for a 60th birthday'],
    de: [
      'wir sind 14 Erwachsene, zwei fahren',
      'ein Gast isst glutenfrei',
      'es ist für einen 60. Geburtstag',
    ],
    fr: [
      'nous sommes 14 adultes, dont deux conducteurs',
      'un invité est sans gluten',
      'c’est pour des 60 ans',
    ],
    es: ['somos 14 adultos, dos manejan', 'una persona es celíaca', 'es para un cumpleaños de 60'],
  },
  camper: {
    en: ['we travel with a toddler', 'pick-up at the airport would help', 'we need a bike rack'],
    de: ['wir reisen mit Kleinkind', 'Abholung am Flughafen wäre ideal', 'wir brauchen einen Fahrradträger'],
    fr: [
      'nous voyageons avec un bébé',
      'une prise en charge à l’aéroport serait idéale',
      'il nous faut un porte-vélos',
    ],
    es: [
      'viajamos con un bebé',
      'nos vendría bien recogerla en el aeropuerto',
      'necesitamos portabicicletas',
    ],
  },
  photo: {
    en: [
      'we are 3 adults, 2 kids and a dog',
      'outdoors if the weather allows',
      'we need the files by the end of the month',
    ],
    de: [
      'wir sind 3 Erwachsene, 2 Kinder und ein Hund',
      'gern draußen, wenn das Wetter passt',
      'wir brauchen die Dateien bis Monatsende',
    ],
    fr: [
      'nous sommes 3 adultes, 2 enfants et un chien',
      'en extérieur si la météo le permet',
      'il nous faut les fichiers avant la fin du mois',
    ],
    es: [
      'somos 3 adultos, 2 niños y un perro',
      'al aire libre si el tiempo lo permite',
      'necesitamos los archivos antes de fin de mes',
    ],
  },
};

export const DATES: Record<Lang, string[]> = {
  en: ['14 March', 'the weekend of 22 May', 'early July', 'Friday 3 October'],
  de: ['14. März', 'das Wochenende 22./23. Mai', 'Anfang Juli', 'Freitag, 3. Oktober'],
  fr: ['le 14 mars', 'le week-end du 22 mai', 'début juillet', 'le vendredi 3 octobre'],
  es: ['el 14 de marzo', 'el fin de semana del 22 de mayo', 'principios de julio', 'el viernes 3 de octubre'],
};

/** Message templates: {service} {detail} {date} {price} {time}. Paragraphs split by blank lines. */
export const MESSAGES: Record<Lang, string[]> = {
  en: [
    'We are looking at {service} for {date}.\n\nA few things: {detail}. Budget is around {price}, is that realistic?\n\nBest time to call is after {time}.',
    'Could you send me a quote for {service}?\nDates: {date}, flexible by a day or two.\nNote: {detail}.',
    'Hi, quick question about {service}.\n\n1. Is {date} still free?\n2. What does it cost all in?\n3. Do you need a deposit?\n\nI saw {price} on your page but that was last year.',
    'My sister recommended you. {detail}, and we would like {service} around {date}.\n\nI can come by on Tuesday at {time}.',
    'Interested in {service}.\n- when: {date}\n- budget: up to {price}\n- {detail}\n\nPlease reply by email, I am at work all day.',
  ],
  de: [
    'Wir interessieren uns für {service}, am liebsten {date}.\n\nKurz zum Hintergrund: {detail}. Unser Budget liegt bei ca. {price} – passt das?\n\nErreichbar bin ich ab {time} Uhr.',
    'Können Sie mir ein Angebot für {service} machen?\nTermin: {date}, ein, zwei Tage Spielraum.\nHinweis: {detail}.',
    'Hallo, kurze Frage: wir suchen {service}.\n\n1. Ist {date} noch frei?\n2. Was kostet das insgesamt?\n3. Brauchen Sie eine Anzahlung?\n\nAuf Ihrer Seite stand {price}, aber das war letztes Jahr.',
    'Eine Bekannte hat Sie empfohlen. {detail}, und wir hätten gern {service}, etwa {date}.\n\nIch könnte Dienstag um {time} vorbeikommen.',
    'Wir suchen {service}:\n- wann: {date}\n- Budget: bis {price}\n- {detail}\n\nBitte per Mail antworten, ich bin tagsüber im Dienst.',
  ],
  fr: [
    'Nous envisageons {service} pour {date}.\n\nQuelques précisions : {detail}. Notre budget tourne autour de {price}, est-ce réaliste ?\n\nJe suis joignable après {time}.',
    'Pourriez-vous m’envoyer un devis pour {service} ?\nDates : {date}, à un jour près.\nÀ noter : {detail}.',
    'Bonjour, une question sur {service}.\n\n1. Est-ce que {date} est encore libre ?\n2. Quel est le prix total ?\n3. Faut-il verser un acompte ?\n\nJ’ai vu {price} sur votre site mais c’était l’an dernier.',
    'Une amie vous a recommandés. {detail}, et nous aimerions {service} vers {date}.\n\nJe peux passer mardi à {time}.',
    'Demande pour {service} :\n- quand : {date}\n- budget : jusqu’à {price}\n- {detail}\n\nMerci de répondre par mail, je travaille toute la journée.',
  ],
  es: [
    'Estamos pensando en {service} para {date}.\n\nAlgunos datos: {detail}. El presupuesto ronda {price}, ¿es realista?\n\nMe pueden llamar después de las {time}.',
    '¿Me podrían enviar un presupuesto para {service}?\nFechas: {date}, con un día de margen.\nOjo: {detail}.',
    'Hola, una consulta sobre {service}.\n\n1. ¿{date} sigue libre?\n2. ¿Cuánto cuesta en total?\n3. ¿Piden seña?\n\nVi {price} en su web pero era del año pasado.',
    'Una amiga me los recomendó. {detail}, y queremos {service} hacia {date}.\n\nPuedo pasar el martes a las {time}.',
    'Consulta por {service}:\n- cuándo: {date}\n- presupuesto: hasta {price}\n- {detail}\n\nPor favor respondan por correo, trabajo todo el día.',
  ],
};

export const PRICES: Record<Sector, number[]> = {
  funeral: [2400, 3800, 5200],
  cowork: [180, 450, 900],
  winery: [35, 60, 95],
  camper: [650, 1200, 1800],
  photo: [150, 290, 1400],
};
