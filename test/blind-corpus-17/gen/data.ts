/** Businesses, people, countries, services and message templates of this corpus (all invented). */
import type { Rng } from './rng.js';
import type { Business, Lang, Sector } from './types.js';

const money =
  (sym: string, after = false, sep = ',') =>
  (n: number) => {
    const s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return after ? `${s} ${sym}` : `${sym}${s}`;
  };

const B = (
  id: string,
  name: string,
  lang: Lang,
  sector: Sector,
  country: string,
  city: string,
  inbox: string,
  currency: (n: number) => string,
  abroad: string,
): Business => ({
  id,
  name,
  lang,
  sector,
  country,
  city,
  inbox,
  domain: inbox.split('@')[1] ?? '',
  currency,
  abroad,
});

export const BUSINESSES: Business[] = [
  B(
    'seven-mile-escape-rooms',
    'Seven Mile Escape Rooms',
    'en',
    'escape',
    'KY',
    'George Town',
    'play@sevenmile-escape.example',
    money('CI$'),
    'SX',
  ),
  B(
    'hamilton-roots-genealogy',
    'Hamilton Roots Genealogy',
    'en',
    'genealogy',
    'BM',
    'Hamilton',
    'research@hamiltonroots.example',
    money('BD$'),
    'FI',
  ),
  B(
    'limassol-marquee-hire',
    'Limassol Marquee Hire',
    'en',
    'marquee',
    'CY',
    'Limassol',
    'hire@limassolmarquees.test',
    money('€'),
    'GR',
  ),
  B(
    'jolly-harbour-aquatics',
    'Jolly Harbour Aquatics',
    'en',
    'aquatics',
    'AG',
    "St. John's",
    'ponds@jollyharbouraquatics.example',
    money('EC$'),
    'DM',
  ),
  B(
    'bequia-yoga-retreat',
    'Bequia Yoga Retreat',
    'en',
    'yoga',
    'VC',
    'Port Elizabeth',
    'stay@bequiayoga.example',
    money('EC$'),
    'KN',
  ),
  B(
    'exit-room-kiel',
    'Exit Room Kiel',
    'de',
    'escape',
    'DE',
    'Kiel',
    'buchung@exitroom-kiel.example',
    money('€', true, '.'),
    'LT',
  ),
  B(
    'ahnenforschung-eupen',
    'Ahnenforschung Eupener Land',
    'de',
    'genealogy',
    'BE',
    'Eupen',
    'anfrage@ahnen-eupen.example',
    money('€', true, '.'),
    'BG',
  ),
  B(
    'zeltverleih-apenrade',
    'Zeltverleih Apenrade',
    'de',
    'marquee',
    'DK',
    'Aabenraa',
    'zelte@zeltverleih-apenrade.test',
    money('DKK ', false, '.'),
    'FO',
  ),
  B(
    'aquaristik-wachau',
    'Aquaristik & Teichbau Wachau',
    'de',
    'aquatics',
    'AT',
    'Krems',
    'teich@aquaristik-wachau.example',
    money('€', true, '.'),
    'BA',
  ),
  B(
    'yogahaus-engadin',
    'Yogahaus Engadin',
    'de',
    'yoga',
    'CH',
    'Scuol',
    'retreat@yogahaus-engadin.example',
    money('CHF ', false, "'"),
    'LV',
  ),
  B(
    'evasion-lome-escape',
    'Évasion Lomé Escape Game',
    'fr',
    'escape',
    'TG',
    'Lomé',
    'jouer@evasion-lome.example',
    money('FCFA', true, ' '),
    'MR',
  ),
  B(
    'genealogie-saint-pierre',
    'Généalogie Saint-Pierre',
    'fr',
    'genealogy',
    'PM',
    'Saint-Pierre',
    'recherches@genealogie-spm.example',
    money('€', true, ' '),
    'CA',
  ),
  B(
    'chapiteaux-bangui',
    'Chapiteaux de Bangui',
    'fr',
    'marquee',
    'CF',
    'Bangui',
    'location@chapiteaux-bangui.test',
    money('FCFA', true, ' '),
    'CV',
  ),
  B(
    'aquariums-lagon-mayotte',
    'Aquariums du Lagon',
    'fr',
    'aquatics',
    'YT',
    'Mamoudzou',
    'contact@aquariums-lagon.example',
    money('€', true, ' '),
    'MZ',
  ),
  B(
    'retraite-yoga-vercors',
    'Retraite Yoga du Vercors',
    'fr',
    'yoga',
    'FR',
    'Villard-de-Lans',
    'sejours@yoga-vercors.example',
    money('€', true, ' '),
    'AM',
  ),
  B(
    'sala-escape-zona-diez',
    'Sala de Escape Zona 10',
    'es',
    'escape',
    'GT',
    'Ciudad de Guatemala',
    'reservas@escapezona10.example',
    money('Q'),
    'MX',
  ),
  B(
    'genealogia-antioquia',
    'Genealogía Antioquia',
    'es',
    'genealogy',
    'CO',
    'Medellín',
    'consultas@genealogia-antioquia.example',
    money('$', false, '.'),
    'VE',
  ),
  B(
    'carpas-del-cibao',
    'Carpas y Toldos del Cibao',
    'es',
    'marquee',
    'DO',
    'Santiago de los Caballeros',
    'alquiler@carpascibao.test',
    money('RD$'),
    'TC',
  ),
  B(
    'acuarios-miraflores',
    'Acuarios Miraflores',
    'es',
    'aquatics',
    'PE',
    'Lima',
    'ventas@acuariosmiraflores.example',
    money('S/ '),
    'JP',
  ),
  B(
    'retiro-yoga-anaga',
    'Retiro de Yoga Anaga',
    'es',
    'yoga',
    'ES',
    'Santa Cruz de Tenerife',
    'hola@retiroanaga.example',
    money('€', true, '.'),
    'EE',
  ),
];

/** Price ranges per sector, in units of the business's currency (scaled for a few currencies). */
export const PRICE: Record<Sector, [number, number]> = {
  escape: [120, 400],
  genealogy: [250, 900],
  marquee: [900, 4000],
  aquatics: [1500, 6000],
  yoga: [600, 1800],
};
export const PRICE_SCALE: Record<string, number> = {
  DK: 7,
  CF: 650,
  TG: 650,
  GT: 8,
  CO: 4000,
  DO: 60,
  PE: 4,
  AG: 3,
  VC: 3,
  BM: 1,
  KY: 1,
};

/** First and last names per country; surnames with particles and compounds belong to the last name. */
export const NAMES: Record<string, { first: string[]; last: string[] }> = {
  KY: { first: ['Shanice', 'Dwayne', 'Marisa'], last: ['Ebanks', 'Bodden', 'McLaughlin'] },
  BM: { first: ['Kiara', 'Tremaine', 'Ashlyn'], last: ['Outerbridge', 'Trott', 'Simons'] },
  CY: { first: ['Andreas', 'Eleni', 'Marios'], last: ['Georgiou', 'Christodoulou', 'Panayiotou'] },
  AG: { first: ['Kadeem', 'Shermaine', 'Jalisa'], last: ['Joseph', 'Samuel-Tonge', 'Roberts'] },
  VC: { first: ['Rhonda', 'Kemron', 'Dellisa'], last: ['Ollivierre', 'Browne', 'Da Silva'] },
  DE: { first: ['Jannik', 'Mareike', 'Torsten'], last: ['Brügmann', 'Hansen-Petersen', 'von Thaden'] },
  BE: { first: ['Gerd', 'Annelie', 'Heike'], last: ['Kreusch', 'Heinen', 'Mockel'] },
  DK: { first: ['Sönke', 'Frauke', 'Hauke'], last: ['Jessen', 'Christiansen', 'Nissen'] },
  AT: { first: ['Florentina', 'Leopold', 'Vinzenz'], last: ['Haberl', 'Pichler-Zach', 'Wöss'] },
  CH: { first: ['Reto', 'Flurina', 'Gian'], last: ['Tschenett', 'Bezzola', 'Zarn'] },
  TG: { first: ['Kossi', 'Afi', 'Yawo'], last: ['Agbodjan', 'Amegah', 'de Souza'] },
  PM: { first: ['Loïc', 'Maëlle', 'Gaëtan'], last: ['Detcheverry', 'Girardin', 'Briand'] },
  CF: { first: ['Thierry', 'Prisca', 'Arsène'], last: ['Ngaïkoumon', 'Yakété', 'Kossi-Bangui'] },
  YT: { first: ['Anli', 'Zaïnaba', 'Soufiane'], last: ['Madi', 'Ahamada', 'Abdallah'] },
  FR: { first: ['Capucine', 'Bertrand', 'Solène'], last: ['Lefebvre-Aubry', 'Marchal', 'du Pontavice'] },
  GT: { first: ['Ximena', 'Rodrigo', 'Alba Luz'], last: ['Cojtí', 'Monterroso', 'de León Paz'] },
  CO: { first: ['Juliana', 'Yesid', 'Marleny'], last: ['Restrepo Uribe', 'Zuluaga', 'Echeverri'] },
  DO: { first: ['Yokasta', 'Wander', 'Nairobi'], last: ['Peña Batista', 'Santana', 'de los Santos'] },
  PE: { first: ['Milagros', 'Giancarlo', 'Rosario'], last: ['Quispe Mamani', 'Huamán', 'del Águila'] },
  ES: { first: ['Itziar', 'Aitor', 'Begoña'], last: ['Padrón', 'Hernández de la Rosa', 'Afonso'] },
  SX: { first: ['Shurenda', 'Quincy'], last: ['Richardson', 'Arrindell'] },
  FI: { first: ['Aino', 'Mikko'], last: ['Virtanen', 'Kallio'] },
  GR: { first: ['Dimitra', 'Kostas'], last: ['Papadaki', 'Alexiou'] },
  DM: { first: ['Lennox', 'Curlan'], last: ['Shillingford', 'Baron'] },
  KN: { first: ['Tishana', 'Akeem'], last: ['Liburd', 'Hanley'] },
  LT: { first: ['Gintarė', 'Mantas'], last: ['Petrauskas', 'Vaitkutė'] },
  BG: { first: ['Desislava', 'Stoyan'], last: ['Ivanova', 'Dimitrov'] },
  FO: { first: ['Rógvi', 'Sunnvá'], last: ['Joensen', 'Poulsen'] },
  BA: { first: ['Amra', 'Edin'], last: ['Hodžić', 'Begović'] },
  LV: { first: ['Ilze', 'Kaspars'], last: ['Bērziņa', 'Ozols'] },
  MR: { first: ['Mariem', 'Sidi'], last: ['Ould Cheikh', 'Mint Ahmed'] },
  CA: { first: ['Geneviève', 'Étienne'], last: ['Bouchard', 'Lapointe'] },
  CV: { first: ['Nelida', 'Djassi'], last: ['Tavares', 'Fortes'] },
  MZ: { first: ['Lurdes', 'Zacarias'], last: ['Macuácua', 'Sitoe'] },
  AM: { first: ['Anahit', 'Tigran'], last: ['Hakobyan', 'Sargsyan'] },
  MX: { first: ['Citlali', 'Emiliano'], last: ['Ochoa', 'Garza Treviño'] },
  VE: { first: ['Yusmary', 'Oswaldo'], last: ['Briceño', 'Urdaneta'] },
  TC: { first: ['Delvon', 'Stacy-Ann'], last: ['Forbes', 'Gardiner'] },
  JP: { first: ['Yui', 'Haruto'], last: ['Nakandakari', 'Higa'] },
  EE: { first: ['Kadri', 'Rasmus'], last: ['Tamm', 'Mägi'] },
};

export const SINGLE_NAMES: Record<Lang, string[]> = {
  en: ['Keturah', 'Jabari'],
  de: ['Ortrun', 'Wiebke'],
  fr: ['Noam', 'Ysé'],
  es: ['Xiomara', 'Anacleto'],
};

export const COUNTRY_NAME: Record<Lang, Record<string, string>> = {
  en: {
    KY: 'Cayman Islands',
    BM: 'Bermuda',
    CY: 'Cyprus',
    AG: 'Antigua and Barbuda',
    VC: 'St Vincent and the Grenadines',
    SX: 'Sint Maarten',
    FI: 'Finland',
    GR: 'Greece',
    DM: 'Dominica',
    KN: 'St Kitts and Nevis',
  },
  de: {
    DE: 'Deutschland',
    BE: 'Belgien',
    DK: 'Dänemark',
    AT: 'Österreich',
    CH: 'Schweiz',
    LT: 'Litauen',
    BG: 'Bulgarien',
    FO: 'Färöer',
    BA: 'Bosnien und Herzegowina',
    LV: 'Lettland',
  },
  fr: {
    TG: 'Togo',
    PM: 'Saint-Pierre-et-Miquelon',
    CF: 'République centrafricaine',
    YT: 'Mayotte',
    FR: 'France',
    MR: 'Mauritanie',
    CA: 'Canada',
    CV: 'Cap-Vert',
    MZ: 'Mozambique',
    AM: 'Arménie',
  },
  es: {
    GT: 'Guatemala',
    CO: 'Colombia',
    DO: 'República Dominicana',
    PE: 'Perú',
    ES: 'España',
    MX: 'México',
    VE: 'Venezuela',
    TC: 'Islas Turcas y Caicos',
    JP: 'Japón',
    EE: 'Estonia',
  },
};

export const FREEMAIL = [
  'mailbox.example',
  'postbox.test',
  'webpost.example',
  'inbox-mail.test',
  'correo.example',
];

export const STAFF: Record<Lang, { first: string; last: string; title: string }[]> = {
  en: [
    { first: 'Priya', last: 'Ramdeen', title: 'Bookings Manager' },
    { first: 'Colin', last: 'Warrender', title: 'Operations Lead' },
    { first: 'Natasha', last: 'Grell', title: 'Client Services' },
  ],
  de: [
    { first: 'Henrike', last: 'Dresler', title: 'Buchung & Beratung' },
    { first: 'Malte', last: 'Severin', title: 'Projektleitung' },
    { first: 'Svenja', last: 'Kordts', title: 'Kundenservice' },
  ],
  fr: [
    { first: 'Odile', last: 'Ravelonandro', title: 'Responsable des réservations' },
    { first: 'Fabrice', last: 'Tchamba', title: "Chargé d'affaires" },
    { first: 'Nadège', last: 'Soulier', title: 'Accueil clients' },
  ],
  es: [
    { first: 'Rocío', last: 'Villatoro', title: 'Coordinadora de reservas' },
    { first: 'Emilio', last: 'Sandoval', title: 'Jefe de proyectos' },
    { first: 'Marisol', last: 'Betancur', title: 'Atención al cliente' },
  ],
};

/** Agency and platform people printed in some notifications (third parties). */
export const AGENCY_PEOPLE = [
  { first: 'Declan', last: 'Osei-Ward' },
  { first: 'Ruth', last: 'Abernethy' },
  { first: 'Tomasz', last: 'Wielgus' },
  { first: 'Ingrid', last: 'Solvang' },
];

export const SERVICES: Record<Sector, Record<Lang, { service: string[]; detail: string[] }>> = {
  escape: {
    en: {
      service: ['a private escape room session', 'the two-room team challenge'],
      detail: ['a room that works for a wheelchair user', 'a short debrief with photos afterwards'],
    },
    de: {
      service: ['ein privates Escape-Spiel', 'die Team-Challenge mit zwei Räumen'],
      detail: ['ein rollstuhlgerechter Raum', 'Fotos nach dem Spiel'],
    },
    fr: {
      service: ["une session d'escape game privée", "le défi d'équipe en deux salles"],
      detail: ['une salle accessible en fauteuil roulant', 'des photos après la partie'],
    },
    es: {
      service: ['una sesión privada de escape room', 'el reto de equipo de dos salas'],
      detail: ['una sala accesible en silla de ruedas', 'fotos al terminar'],
    },
  },
  genealogy: {
    en: {
      service: ["research into my grandmother's family", 'a family tree back to the 1850s'],
      detail: ['parish records from before 1900', 'a printed tree for a birthday'],
    },
    de: {
      service: ['Ahnenforschung zur Familie meiner Großmutter', 'einen Stammbaum bis etwa 1850'],
      detail: ['Kirchenbücher vor 1900', 'ein gedruckter Stammbaum als Geschenk'],
    },
    fr: {
      service: [
        'des recherches sur la famille de ma grand-mère',
        "un arbre généalogique jusqu'aux années 1850",
      ],
      detail: ["les registres paroissiaux d'avant 1900", 'un arbre imprimé pour un anniversaire'],
    },
    es: {
      service: ['una investigación sobre la familia de mi abuela', 'un árbol genealógico hasta 1850'],
      detail: ['partidas parroquiales anteriores a 1900', 'un árbol impreso para un cumpleaños'],
    },
  },
  marquee: {
    en: {
      service: ['a 6 x 12 m marquee for a garden party', 'a stretch tent with lighting'],
      detail: ['flooring and 80 chairs', 'set-up the day before'],
    },
    de: {
      service: ['ein Festzelt 6 x 12 m für eine Gartenfeier', 'ein Stretchzelt mit Beleuchtung'],
      detail: ['Boden und 80 Stühle', 'Aufbau am Vortag'],
    },
    fr: {
      service: ['un chapiteau de 6 x 12 m pour une fête', 'une tente stretch avec éclairage'],
      detail: ['un plancher et 80 chaises', 'le montage la veille'],
    },
    es: {
      service: ['una carpa de 6 x 12 m para una fiesta', 'una carpa elástica con iluminación'],
      detail: ['tarima y 80 sillas', 'el montaje el día anterior'],
    },
  },
  aquatics: {
    en: {
      service: ['a koi pond with filtration', 'a 400-litre reef aquarium for our office'],
      detail: ['a maintenance contract after installation', 'moving the fish we already have'],
    },
    de: {
      service: ['einen Koiteich mit Filteranlage', 'ein 400-Liter-Meerwasseraquarium fürs Büro'],
      detail: ['ein Wartungsvertrag', 'der Umzug der vorhandenen Fische'],
    },
    fr: {
      service: ['un bassin à koïs avec filtration', 'un aquarium récifal de 400 litres pour nos bureaux'],
      detail: ["un contrat d'entretien", 'le transfert des poissons existants'],
    },
    es: {
      service: ['un estanque de kois con filtración', 'un acuario marino de 400 litros para la oficina'],
      detail: ['un contrato de mantenimiento', 'el traslado de los peces actuales'],
    },
  },
  yoga: {
    en: {
      service: ['a 5-day retreat', 'a weekend yoga and meditation retreat for two'],
      detail: ['a single room and vegetarian meals', 'classes that suit beginners'],
    },
    de: {
      service: ['ein 5-tägiges Retreat', 'ein Yoga- und Meditationswochenende zu zweit'],
      detail: ['ein Einzelzimmer und vegetarisches Essen', 'Kurse für Anfänger'],
    },
    fr: {
      service: ['une retraite de 5 jours', 'un week-end yoga et méditation pour deux'],
      detail: ['une chambre individuelle et des repas végétariens', 'des cours pour débutants'],
    },
    es: {
      service: ['un retiro de 5 días', 'un fin de semana de yoga y meditación para dos'],
      detail: ['una habitación individual y comida vegetariana', 'clases para principiantes'],
    },
  },
};

export const DATES: Record<Lang, string[]> = {
  en: ['Saturday 14 March', 'Friday 3 April', '22 May', 'the weekend of 12 June', 'Sunday 5 July'],
  de: ['Samstag, 14. März', 'Freitag, 3. April', '22. Mai', 'Wochenende 12./13. Juni', 'Sonntag, 5. Juli'],
  fr: ['samedi 14 mars', 'vendredi 3 avril', 'le 22 mai', 'le week-end du 12 juin', 'dimanche 5 juillet'],
  es: [
    'el sábado 14 de marzo',
    'el viernes 3 de abril',
    'el 22 de mayo',
    'el fin de semana del 12 de junio',
    'el domingo 5 de julio',
  ],
};

/** Messages: the customer's words only (no greeting, no sign-off). */
const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'We are a group of {n} and would like {service} on {date}.\n\nA few questions:\n1. Could we start at {time}?\n2. Does the price include {detail}?\n3. Can we pay by card on the day?\n\nBudget: about {price} in total.',
    "I came across your page and I'm interested in {service}.\n\nWhat we have in mind: {detail}, ideally for {date}. I'm free after {time} most weekdays.\n\nIs {price} realistic, or should I expect more?",
    'Quick one.\nDo you still have space on {date}?\nWe would need {service} for {n} people.\nNote: {detail} matters to us.',
    "A friend recommended you, so I'd like to ask about {service}.\n\n- Date: {date}, arriving around {time}\n- People: {n}\n- Extra: {detail}\n\nCould you send a quote? We can't go above {price}.",
  ],
  de: [
    'Wir sind {n} Personen und hätten gern {service} am {date}.\n\nEin paar Fragen:\n1. Geht ein Start um {time} Uhr?\n2. Ist {detail} im Preis enthalten?\n3. Kann man vor Ort mit Karte zahlen?\n\nBudget: insgesamt etwa {price}.',
    'Ich bin auf Ihre Seite gestoßen und interessiere mich für {service}.\n\nUnsere Vorstellung: {detail}, am liebsten am {date}. Werktags bin ich ab {time} Uhr erreichbar.\n\nSind {price} realistisch oder muss ich mit mehr rechnen?',
    'Kurze Frage.\nIst am {date} noch etwas frei?\nWir bräuchten {service} für {n} Personen.\nWichtig: {detail}.',
    'Sie wurden mir empfohlen, und ich interessiere mich für {service}.\n\n- Termin: {date}, Ankunft gegen {time} Uhr\n- Personen: {n}\n- Zusätzlich: {detail}\n\nKönnen Sie mir ein Angebot schicken? Mehr als {price} geht leider nicht.',
  ],
  fr: [
    'Nous sommes {n} et souhaiterions {service} pour {date}.\n\nQuelques questions :\n1. Peut-on commencer à {time} ?\n2. Le prix comprend-il {detail} ?\n3. Peut-on payer par carte sur place ?\n\nBudget : environ {price} au total.',
    "J'ai trouvé votre site et je suis intéressée par {service}.\n\nCe que nous imaginons : {detail}, idéalement pour {date}. Je suis disponible après {time} en semaine.\n\nEst-ce que {price} est réaliste ou faut-il prévoir plus ?",
    'Petite question.\nAvez-vous encore de la place pour {date} ?\nIl nous faudrait {service} pour {n} personnes.\nÀ noter : {detail}, c’est important pour nous.',
    "On m'a recommandé votre maison, je me renseigne donc pour {service}.\n\n- Date : {date}, arrivée vers {time}\n- Personnes : {n}\n- En plus : {detail}\n\nPourriez-vous m'envoyer un devis ? Nous ne pouvons pas dépasser {price}.",
  ],
  es: [
    'Somos {n} personas y nos gustaría {service} para {date}.\n\nAlgunas preguntas:\n1. ¿Podemos empezar a las {time}?\n2. ¿El precio incluye {detail}?\n3. ¿Se puede pagar con tarjeta ese día?\n\nPresupuesto: unos {price} en total.',
    'Encontré su página y me interesa {service}.\n\nLo que tenemos en mente: {detail}, idealmente para {date}. Entre semana estoy libre después de las {time}.\n\n¿Es realista {price} o debería contar con más?',
    'Una consulta rápida.\n¿Les queda disponibilidad para {date}?\nNecesitaríamos {service} para {n} personas.\nOjo: {detail} es importante para nosotros.',
    'Me los recomendó una amiga, así que pregunto por {service}.\n\n- Fecha: {date}, llegada hacia las {time}\n- Personas: {n}\n- Extra: {detail}\n\n¿Me pueden enviar un presupuesto? No podemos pasar de {price}.',
  ],
};

export function makeMessage(rng: Rng, biz: Business): string {
  const s = SERVICES[biz.sector][biz.lang];
  const [lo, hi] = PRICE[biz.sector];
  const scale = PRICE_SCALE[biz.country] ?? 1;
  const price = Math.round((rng.int(lo, hi) * scale) / 10) * 10;
  const time = `${rng.pick(['8', '9', '10', '14', '17', '18'])}:${rng.pick(['00', '15', '30', '45'])}`;
  return rng
    .pick(TEMPLATES[biz.lang])
    .replace('{service}', rng.pick(s.service))
    .replace('{detail}', rng.pick(s.detail))
    .replace('{date}', rng.pick(DATES[biz.lang]))
    .replace('{time}', time)
    .replace('{price}', biz.currency(price))
    .replace('{n}', String(rng.int(2, 14)));
}

export const CAMPAIGNS: Record<Sector, Record<Lang, string[]>> = {
  escape: {
    en: ['Team Nights Q2', 'Rainy Day Escape'],
    de: ['Firmenevent Frühjahr', 'Escape Kiel Familien'],
    fr: ['Soirées entreprise', 'Escape Lomé Vacances'],
    es: ['Team building 2026', 'Escape fin de semana'],
  },
  genealogy: {
    en: ['Roots Gift Season', 'Family Tree Leads'],
    de: ['Stammbaum Geschenk', 'Ahnen Ostbelgien'],
    fr: ['Arbre cadeau', 'Racines Archipel'],
    es: ['Raíces paisas', 'Árbol familiar regalo'],
  },
  marquee: {
    en: ['Wedding Season Marquees', 'Garden Party Tents'],
    de: ['Zeltsaison Sommer', 'Hochzeitszelte Nord'],
    fr: ['Saison des mariages', 'Chapiteaux événements'],
    es: ['Bodas y eventos', 'Carpas temporada alta'],
  },
  aquatics: {
    en: ['Koi Pond Builds', 'Office Aquariums'],
    de: ['Teichbau Frühling', 'Aquarium Büro'],
    fr: ['Bassins de jardin', 'Aquariums pros'],
    es: ['Estanques jardín', 'Acuarios oficina'],
  },
  yoga: {
    en: ['Winter Sun Retreats', 'Yoga Week Leads'],
    de: ['Retreat Herbst', 'Yoga Auszeit'],
    fr: ['Retraites printemps', 'Yoga nature'],
    es: ['Retiro primavera', 'Yoga y volcanes'],
  },
};
