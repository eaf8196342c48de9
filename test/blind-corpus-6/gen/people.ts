/** Invented businesses, people and phone numbers (kept only when libphonenumber-js max calls them valid). */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './rng.js';
import type { Business, Lang, Person, PhoneForm, Sector } from './types.js';

type B = [string, string, Lang, string, Sector, string, string, string[]];
const RAW: B[] = [
  [
    'northgate-motors',
    'Northgate Motors',
    'en',
    'GB',
    'cars',
    'sales@northgate-motors.example',
    'Leeds',
    ['the grey estate in your used stock', 'a test drive of the hybrid hatchback'],
  ],
  [
    'fernhill-vets',
    'Fernhill Veterinary Clinic',
    'en',
    'IE',
    'vet',
    'reception@fernhill-vets.example',
    'Galway',
    ['vaccinations for our new puppy', 'a dental check for our cat'],
  ],
  [
    'harbour-hale',
    'Harbour & Hale Estates',
    'en',
    'AU',
    'estate',
    'enquiries@harbour-hale.example',
    'Newcastle',
    ['selling our three-bedroom house', 'a rental appraisal for our unit'],
  ],
  [
    'brightforge',
    'Brightforge Fasteners Inc.',
    'en',
    'US',
    'industry',
    'rfq@brightforge.example',
    'Dayton',
    ['stainless hex bolts in bulk', 'custom threaded inserts'],
  ],
  [
    'cedar-roofing',
    'Cedar Ridge Roofing',
    'en',
    'CA',
    'trades',
    'estimates@cedar-roofing.example',
    'Kelowna',
    ['a full roof replacement', 'fixing a leak around our skylight'],
  ],
  [
    'autohaus-wendler',
    'Autohaus Wendler',
    'de',
    'DE',
    'cars',
    'verkauf@autohaus-wendler.example',
    'Kassel',
    ['den silbernen Kombi aus Ihrem Bestand', 'eine Probefahrt mit dem Elektro-SUV'],
  ],
  [
    'tierarzt-lindenhof',
    'Tierarztpraxis am Lindenhof',
    'de',
    'AT',
    'vet',
    'praxis@tierarzt-lindenhof.example',
    'Graz',
    ['eine Impfung für unseren Welpen', 'eine Zahnkontrolle für unsere Katze'],
  ],
  [
    'seeblick-immo',
    'Seeblick Immobilien AG',
    'de',
    'CH',
    'estate',
    'anfragen@seeblick-immo.example',
    'Luzern',
    ['den Verkauf unserer Wohnung', 'eine Bewertung unseres Einfamilienhauses'],
  ],
  [
    'roth-metallbau',
    'Gebr. Roth Metallbau GmbH',
    'de',
    'DE',
    'industry',
    'anfrage@roth-metallbau.example',
    'Siegen',
    ['Laserzuschnitte aus Edelstahl', 'geschweißte Stahlrahmen'],
  ],
  [
    'dach-huber',
    'Dachdeckerei Huber',
    'de',
    'AT',
    'trades',
    'office@dach-huber.example',
    'Linz',
    ['eine Dachsanierung', 'eine undichte Dachrinne'],
  ],
  [
    'garage-tilleuls',
    'Garage des Tilleuls',
    'fr',
    'FR',
    'cars',
    'ventes@garage-tilleuls.example',
    'Angers',
    ['la citadine grise de votre stock', 'un essai du SUV hybride'],
  ],
  [
    'clinique-du-parc',
    'Clinique vétérinaire du Parc',
    'fr',
    'BE',
    'vet',
    'accueil@clinique-du-parc.example',
    'Namur',
    ['les vaccins de notre chiot', 'un détartrage pour notre chat'],
  ],
  [
    'rivemont-immo',
    'Rivemont Immobilier',
    'fr',
    'CH',
    'estate',
    'contact@rivemont-immo.example',
    'Lausanne',
    ['la vente de notre appartement', 'une estimation de notre maison'],
  ],
  [
    'usinage-laurentide',
    'Usinage Laurentide inc.',
    'fr',
    'CA',
    'industry',
    'soumissions@usinage-laurentide.example',
    'Trois-Rivières',
    ['des pièces usinées en aluminium', 'des supports soudés en acier'],
  ],
  [
    'toitures-marchal',
    'Toitures Marchal',
    'fr',
    'FR',
    'trades',
    'devis@toitures-marchal.example',
    'Rennes',
    ['une réfection de toiture', 'une fuite au niveau du velux'],
  ],
  [
    'automotora-andes',
    'Automotora Los Andes',
    'es',
    'CL',
    'cars',
    'ventas@automotora-andes.example',
    'Temuco',
    ['la camioneta gris de su inventario', 'una prueba de manejo del SUV híbrido'],
  ],
  [
    'vet-san-roque',
    'Clínica Veterinaria San Roque',
    'es',
    'ES',
    'vet',
    'citas@vet-san-roque.example',
    'Zaragoza',
    ['las vacunas de nuestro cachorro', 'una limpieza dental para nuestra gata'],
  ],
  [
    'bahia-azul',
    'Inmobiliaria Bahía Azul',
    'es',
    'MX',
    'estate',
    'contacto@bahia-azul.example',
    'Mazatlán',
    ['la venta de nuestro departamento', 'una valuación de nuestra casa'],
  ],
  [
    'metalurgica-cardenas',
    'Metalúrgica Cárdenas S.A.S.',
    'es',
    'CO',
    'industry',
    'cotizaciones@metalurgica-cardenas.example',
    'Medellín',
    ['piezas torneadas en acero inoxidable', 'estructuras metálicas soldadas'],
  ],
  [
    'reformas-alcazar',
    'Reformas Alcázar',
    'es',
    'ES',
    'trades',
    'presupuestos@reformas-alcazar.example',
    'Córdoba',
    ['la reforma del tejado', 'una gotera en la terraza'],
  ],
];

/** National digit patterns: `d` is any digit, `[..]` one of the listed digits. */
const MOBILE: Record<string, string[]> = {
  GB: ['07[4-9]dddddddd'],
  IE: ['08[35679]ddddddd'],
  AU: ['04dddddddd'],
  US: ['[2-9]dd5550[1]dd'],
  CA: ['[4-6]dd5550[1]dd'],
  DE: ['015[1-9]dddddddd', '017[0-9]ddddddd', '016[023]ddddddd'],
  AT: ['06[6-9]dddddddd', '0676ddddddd'],
  CH: ['07[5-9]ddddddd'],
  FR: ['0[67]dddddddd'],
  BE: ['04[6-9]ddddddd'],
  NL: ['06dddddddd'],
  ES: ['6dddddddd'],
  MX: ['55dddddddd', '33dddddddd'],
  CO: ['3[0-2]dddddddd'],
  CL: ['9dddddddd'],
  PT: ['9[1236]ddddddd'],
};
const LANDLINE: Record<string, string[]> = {
  GB: ['011[3-8]496dddd', '020794600dd'],
  IE: ['091dddddd', '01ddddddd'],
  AU: ['0255501ddd'],
  US: ['937555010d'],
  CA: ['250555010d', '819555010d'],
  DE: ['0561ddddddd', '0271dddddd'],
  AT: ['0316dddddd', '0732dddddd'],
  CH: ['041ddddddd'],
  FR: ['0199005ddd'],
  BE: ['081dddddd'],
  ES: ['97[56]dddddd'],
  MX: ['669ddddddd'],
  CO: ['604ddddddd'],
  CL: ['452dddddd', '22ddddddd'],
};

function expand(rng: Rng, pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === 'd') out += String(rng.int(0, 9));
    else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      const body = pattern.slice(i + 1, end);
      const choices: string[] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-') {
          for (let c = Number(body[j]); c <= Number(body[j + 2]); c++) choices.push(String(c));
          j += 2;
        } else choices.push(body[j] as string);
      }
      out += rng.pick(choices);
      i = end;
    } else out += ch;
  }
  return out;
}

export function drawNumber(rng: Rng, country: string, landline = false): string {
  const pats = (landline ? LANDLINE[country] : undefined) ?? MOBILE[country];
  if (!pats) throw new Error(`no phone pattern for ${country}`);
  for (let i = 0; i < 500; i++) {
    const n = parsePhoneNumberFromString(expand(rng, rng.pick(pats)), country as CountryCode);
    if (n?.isValid()) return n.number;
  }
  throw new Error(`no valid number drawn for ${country}`);
}

/** Reads a written number back from the business's region. */
export function readBack(written: string, region: string): string | null {
  const n = parsePhoneNumberFromString(written, region as CountryCode);
  return n?.isValid() ? n.number : null;
}

function groups(digits: string, sep: string, sizes: number[]): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    if (i >= digits.length) break;
    out.push(digits.slice(i, i + s));
    i += s;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out.join(sep);
}

/** One written form of `e164` as a customer of a business in `region` might type it. */
export function writeNumber(rng: Rng, e164: string, region: string, foreign: boolean): string {
  const n = parsePhoneNumberFromString(e164);
  if (!n) throw new Error('bad e164');
  const country = n.country ?? region;
  const nat = n.formatNational();
  const natDigits = nat.replace(/\D/g, '');
  const intl = n.formatInternational();
  const cc = n.countryCallingCode;
  const trunk = natDigits.startsWith('0');
  const forms: string[] = foreign
    ? [intl, e164, `00${intl.slice(1)}`, `00 ${cc} ${natDigits.replace(/^0/, '')}`]
    : [nat, nat, natDigits, intl, e164];
  if (!foreign && trunk && ['DE', 'AT', 'CH', 'GB'].includes(country))
    forms.push(`+${cc} (0)${intl.slice(cc.length + 2)}`);
  if (!foreign && ['FR', 'BE'].includes(country))
    forms.push(groups(natDigits, '.', natDigits.length === 10 ? [2, 2, 2, 2, 2] : [4, 2, 2, 2]));
  if (!foreign && ['DE', 'AT'].includes(country))
    forms.push(`${natDigits.slice(0, 4)}/${natDigits.slice(4)}`);
  if (!foreign && ['US', 'CA'].includes(country))
    forms.push(`${natDigits.slice(0, 3)}-${natDigits.slice(3, 6)}-${natDigits.slice(6)}`);
  if (!foreign && ['ES', 'MX', 'CO', 'CL'].includes(country)) forms.push(groups(natDigits, ' ', [3, 3, 3]));
  if (foreign && ['US', 'CA'].includes(region)) forms.push(`011 ${intl.slice(1)}`);
  const pick = rng.pick(forms);
  return readBack(pick, region) === e164 ? pick : intl;
}

export function drawPhone(rng: Rng, country: string, region: string, ext: boolean): PhoneForm {
  const e164 = drawNumber(rng, country, ext);
  return {
    e164,
    written: writeNumber(rng, e164, region, country !== region),
    ext: ext ? String(rng.int(11, 489)) : null,
  };
}

const FIRST: Record<Lang, string[]> = {
  en: [
    'Olivia',
    'Liam',
    'Aoife',
    'Conor',
    'Priya',
    'Marcus',
    'Hannah',
    'Declan',
    'Chloe',
    'Tom',
    'Grace',
    'Ewan',
    'Siobhán',
    'Nathaniel',
  ],
  de: [
    'Jürgen',
    'Anneliese',
    'Lukas',
    'Sophie',
    'Matthias',
    'Franziska',
    'Jörg',
    'Lena',
    'Tobias',
    'Elif',
    'Björn',
    'Katharina',
    'Severin',
    'Ulrike',
  ],
  fr: [
    'Amélie',
    'Théo',
    'Clémence',
    'Loïc',
    'Hélène',
    'Mathis',
    'Noémie',
    'Benoît',
    'Inès',
    'Gaëtan',
    'Margaux',
    'Jérôme',
    'Anaïs',
    'Étienne',
  ],
  es: [
    'Lucía',
    'Mateo',
    'Ximena',
    'Álvaro',
    'Camila',
    'Joaquín',
    'Valentina',
    'Iñigo',
    'Renata',
    'Sebastián',
    'Paloma',
    'Tomás',
    'Begoña',
    'Rodrigo',
  ],
};
const LAST: Record<Lang, string[]> = {
  en: [
    'Whitfield',
    "O'Brien",
    'Kavanagh',
    'Marsh',
    'Delaney',
    'Okafor',
    'Pemberton',
    'Fitzgerald',
    'Rahman',
    'McAllister',
    'Thornbury',
    'Ashdown',
    'Van Buren',
    'Llewellyn',
  ],
  de: [
    'Brückner',
    'Oberhofer',
    'von Arnim',
    'Weißgerber',
    'Schäfer',
    'Pichler',
    'Huber-Lechner',
    'Zimmermann',
    'Köhler',
    'Vogl',
    'Steinbach',
    'Nußbaumer',
    'zur Mühlen',
    'Gschwendtner',
  ],
  fr: [
    'Lefèvre',
    'Dubois-Marchand',
    'de Villiers',
    'Rousseau',
    'Le Goff',
    'Bérubé',
    'Tremblay',
    'Fontaine',
    'Mercier',
    "N'Diaye",
    'Chevalier',
    'Gauthier',
    'du Bellay',
    'Lemaître',
  ],
  es: [
    'Fernández',
    'de la Cruz',
    'Ibáñez',
    'Quintero',
    'Salazar Mejía',
    'Echeverría',
    'Montoya',
    'Villalobos',
    'del Pino',
    'Arriaga',
    'Zúñiga',
    'Cortés',
    'Peñalosa',
    'Urrutia',
  ],
};
const STAFF: Record<Lang, string[]> = {
  en: ['Gemma Holloway', 'Rhys Calder', 'Bridget Nolan', 'Owen Stroud', 'Tessa Morland', 'Callum Reid'],
  de: [
    'Sabine Krämer',
    'Florian Weidinger',
    'Monika Haas',
    'Dominik Raab',
    'Petra Sommerauer',
    'Kilian Vogt',
  ],
  fr: [
    'Sandrine Morel',
    'Yannick Perrot',
    'Véronique Lacroix',
    'Cédric Hamon',
    'Aurélie Pasquier',
    'Damien Royer',
  ],
  es: ['Marisol Vega', 'Gonzalo Herrera', 'Pilar Olmos', 'Ramiro Acosta', 'Estela Bustos', 'Fermín Lozano'],
};
const MAILHOST: Record<Lang, string[]> = {
  en: ['postbox.example', 'mailfield.test', 'inbox-now.example'],
  de: ['webpost.example', 'mailhaus.test', 'posteo-mail.example'],
  fr: ['courriel.example', 'laposte-mail.test', 'boite.example'],
  es: ['correo.example', 'buzon.test', 'mensajes.example'],
};
const NEIGHBOURS: Record<string, string[]> = {
  GB: ['IE', 'FR'],
  IE: ['GB'],
  AU: ['GB'],
  US: ['CA', 'MX'],
  CA: ['US'],
  DE: ['AT', 'CH', 'NL'],
  AT: ['DE', 'CH'],
  CH: ['DE', 'FR', 'AT'],
  FR: ['BE', 'CH', 'ES'],
  BE: ['FR', 'NL'],
  ES: ['PT', 'FR'],
  MX: ['US'],
  CO: ['MX', 'ES'],
  CL: ['ES'],
};

export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

export function drawPerson(rng: Rng, lang: Lang, region: string, foreign: boolean, single: boolean): Person {
  const first = rng.pick(FIRST[lang]);
  const last = single ? null : rng.pick(LAST[lang]);
  const country = foreign ? rng.pick(NEIGHBOURS[region] ?? [region]) : region;
  const local = rng.pick([
    `${ascii(first)}.${ascii(last ?? 'x')}`,
    `${ascii(first)}${rng.int(10, 99)}`,
    `${ascii(first).slice(0, 1)}${ascii(last ?? first)}`,
    `${ascii(last ?? first)}.${ascii(first)}`,
  ]);
  return { first, last, email: `${local}@${rng.pick(MAILHOST[lang])}`, country };
}

export const businesses: Business[] = RAW.map(([id, name, lang, region, sector, inbox, town, services]) => ({
  id,
  name,
  lang,
  region,
  sector,
  inbox,
  domain: inbox.split('@')[1] as string,
  phone: '',
  town,
  services,
}));

/** Business switchboards are drawn once from a fixed seed so every run prints the same ones. */
export function fillBusinessPhones(rng: Rng): void {
  for (const b of businesses)
    b.phone = parsePhoneNumberFromString(drawNumber(rng, b.region, true))?.formatNational() ?? '';
}

export function staffName(rng: Rng, lang: Lang): string {
  return rng.pick(STAFF[lang]);
}

export function staffPhone(rng: Rng, biz: Business): string {
  return parsePhoneNumberFromString(drawNumber(rng, biz.region))?.formatNational() ?? '';
}
