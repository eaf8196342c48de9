/** The customers' own words, per sector and language, and the dates and numbers they mention. */
import type { Lang, Sector } from './people.js';
import type { Rng } from './rng.js';

type Bank = Record<Sector, string[]>;

const MESSAGES: Record<Lang, Bank> = {
  en: {
    venue: [
      'We are getting married on {date} and would love to see the barn. Roughly {n} guests, ceremony and reception in one place if possible.',
      'Could you send your 2027 price list for a Saturday in summer? We are about {n} people and need somewhere the kids can run around.\n\nAlso, do you allow our own band?',
      'Is {date} still free? Small wedding, {n} guests, we would like a late licence until 1am.',
    ],
    tutoring: [
      'My daughter is in 5th year and struggling with maths since the new teacher started. Looking for one session a week, ideally Tuesday evenings.',
      'Do you have a grinds slot for Leaving Cert chemistry? Exam is in June and I have about {n} weeks to catch up.',
      'Looking for an online English tutor for my son (age 12), twice a week after school. What are your rates?',
    ],
    rental: [
      'Hi, is the cottage by the water free from {date} for a week? Two adults, one toddler and a small dog.',
      'We are {n} friends looking for a long weekend away around {date}. Is there parking for two cars?\n\nThanks!',
      'Do you offer a discount for a fortnight in the off-season? Flexible on dates in May.',
    ],
    industrial: [
      'Please quote 5,000 pcs M8x40 hex bolts, zinc flake coated, delivery to our plant within 4 weeks. Drawing can be sent on request.',
      'We need a second source for stainless self-clinching nuts (M5). Annual volume around 120k. Can you send your price breaks and lead times?',
      'Requesting a quote for {n} pallets of assorted wood screws, mixed lengths, for a retail launch on {date}.',
    ],
    trades: [
      'Several slates came off in the storm last night and there is water coming through the bedroom ceiling. Could someone have a look this week?',
      'Looking for a quote to replace the flat roof on our garage extension, about 18 m². No rush, sometime before {date}.',
      'We are buying a 1930s semi and the survey flagged the chimney flashing. Can you give us a price for repairs?',
    ],
    studio: [
      'We are a small bakery opening a second shop on {date} and need a new logo and signage. Budget is around $4k.',
      'Looking for a photographer for our team headshots, {n} people, at our office. Ideally one morning next month.',
      'Our website is 8 years old and does not work on phones. Can we talk about a redesign? We sell garden furniture online.',
    ],
    clinic: [
      'I hurt my lower back lifting boxes at the weekend and can barely sit. Do you have anything tomorrow or Friday?',
      'Post-op rehab after an ACL reconstruction on {date}. My surgeon recommended starting two weeks after. Do you take VHI?',
      'Recurring shoulder pain from swimming. Would like an assessment, evenings suit me best.',
    ],
  },
  de: {
    venue: [
      'Wir heiraten am {date} und würden uns gerne die Location ansehen. Etwa {n} Gäste, Trauung im Freien wäre ein Traum.',
      'Könnten Sie uns die Preise für eine Hochzeit im Spätsommer schicken? Wir sind ca. {n} Personen.\n\nGibt es Übernachtungsmöglichkeiten vor Ort?',
      'Ist der {date} noch frei? Kleine Feier, {n} Gäste, gerne mit eigenem Caterer.',
    ],
    tutoring: [
      'Mein Sohn (8. Klasse, Gymnasium) braucht Unterstützung in Mathe und Physik. Am liebsten zweimal pro Woche nachmittags.',
      'Ich suche Nachhilfe in Latein für meine Tochter, die Nachprüfung ist Anfang September. Haben Sie in den Ferien Kapazität?',
      'Gibt es bei Ihnen auch Online-Nachhilfe für Englisch, Oberstufe? Wir wohnen etwas außerhalb.',
    ],
    rental: [
      'Ist das Chalet vom {date} an für eine Woche frei? Wir sind {n} Erwachsene und zwei Kinder.',
      'Wir suchen für Silvester eine Hütte für {n} Personen. Ist Bettwäsche im Preis enthalten?',
      'Hallo, dürfen Hunde mit? Wir würden gerne im Februar Skiurlaub machen, Termin flexibel.',
    ],
    industrial: [
      'Wir benötigen ein Angebot für eine Stahlbühne, ca. 6 x 4 m, Traglast 500 kg/m², inkl. Treppe und Geländer. Zeichnung folgt.',
      'Bitte um Preis für {n} Stück Konsolen aus S235, feuerverzinkt, nach beiliegender Skizze. Liefertermin KW 12.',
      'Für unsere neue Halle suchen wir einen Partner für die Stahlkonstruktion. Können wir einen Termin vor Ort vereinbaren?',
    ],
    trades: [
      'Wir möchten unser Treppenhaus (Mehrfamilienhaus, 4 Stockwerke) neu streichen lassen. Wann könnten Sie eine Offerte machen?',
      'Nach einem Wasserschaden muss die Decke im Wohnzimmer neu gemacht werden, ca. 25 m². Versicherung übernimmt.',
      'Fassade eines Einfamilienhauses, Baujahr 1978, soll bis {date} gestrichen werden. Gerüst bräuchten wir auch.',
    ],
    studio: [
      'Wir eröffnen am {date} eine Weinbar und brauchen ein Logo, Speisekarten und eine einfache Website. Budget ca. 5.000 €.',
      'Suche jemanden für Produktfotos, ca. {n} Artikel (Keramik), weißer Hintergrund plus ein paar Stimmungsbilder.',
      'Unser Onlineshop braucht ein Redesign, vor allem mobil. Können Sie uns ein grobes Angebot machen?',
    ],
    clinic: [
      'Ich habe seit zwei Wochen starke Nackenschmerzen und eine Verordnung über 6x Physiotherapie. Haben Sie diese Woche noch Termine?',
      'Nach meiner Knie-OP am {date} soll ich mit Reha beginnen. Geht das auch frühmorgens vor der Arbeit?',
      'Ich laufe Marathon und habe Probleme mit der Achillessehne. Bieten Sie auch Laufanalyse an?',
    ],
  },
  fr: {
    venue: [
      'Nous nous marions le {date} et aimerions visiter le château. Environ {n} invités, cérémonie laïque sur place si possible.',
      'Pourriez-vous nous envoyer vos tarifs pour un samedi de juin ? Nous serons à peu près {n}.\n\nY a-t-il des chambres pour les mariés ?',
      'Le {date} est-il encore disponible ? Petit mariage, {n} personnes, traiteur libre de préférence.',
    ],
    tutoring: [
      'Ma fille est en 4e et a beaucoup de mal en maths depuis la rentrée. Nous cherchons un cours par semaine, idéalement le mercredi après-midi.',
      'Je cherche un prof de physique pour préparer le bac, deux heures par semaine. Quels sont vos tarifs ?',
      "Mon fils de 10 ans a besoin d'aide en néerlandais. Est-ce possible à domicile ?",
    ],
    rental: [
      'Bonjour, le gîte est-il libre du {date} pour une semaine ? Deux adultes, deux enfants et un chien.',
      'Nous sommes {n} amis et cherchons un grand gîte pour un week-end autour du {date}. Y a-t-il un barbecue ?',
      'Faites-vous un tarif pour une location de deux semaines hors saison ? Dates souples en septembre.',
    ],
    industrial: [
      'Merci de nous chiffrer {n} pièces en inox 316L selon le plan joint, tolérances ±0,02. Délai souhaité : 6 semaines.',
      'Nous cherchons un sous-traitant pour du fraisage 5 axes, petites séries (50 à 200 pièces). Pouvez-vous nous recontacter ?',
      'Demande de prix pour des arbres de transmission, acier 42CrMo4, traitement thermique inclus. Quantité annuelle : environ 800.',
    ],
    trades: [
      "Depuis la tempête, il manque des tuiles et l'eau s'infiltre dans les combles. Pouvez-vous passer cette semaine ?",
      'Je souhaiterais un devis pour refaire la toiture de notre maison (environ 120 m²), en ardoise si possible.',
      'Nous venons d’acheter une longère et la charpente semble abîmée. Pourriez-vous venir faire un diagnostic ?',
    ],
    studio: [
      'Nous lançons une marque de cosmétiques bio le {date} et cherchons une identité visuelle complète. Budget autour de 6 000 €.',
      "Besoin d'un photographe pour un séminaire d'entreprise, environ {n} personnes, une journée.",
      'Notre site vitrine date de 2015, nous aimerions le refaire. Pouvons-nous en discuter par téléphone ?',
    ],
    clinic: [
      "Je me suis fait une entorse à la cheville en jouant au foot. J'ai une prescription pour 9 séances. Avez-vous de la place le soir ?",
      'Rééducation après une prothèse de hanche posée le {date}. Faites-vous des séances à domicile ?',
      "J'ai des douleurs lombaires chroniques, mon médecin m'oriente vers vous. Quelles sont vos disponibilités ?",
    ],
  },
  es: {
    venue: [
      'Nos casamos el {date} y nos encantaría conocer la hacienda. Seremos unos {n} invitados, ceremonia y banquete en el mismo lugar.',
      '¿Nos podrían enviar precios para un sábado de octubre? Somos aproximadamente {n} personas.\n\n¿Tienen alojamiento para los invitados?',
      '¿Sigue libre el {date}? Boda pequeña, {n} invitados, nos gustaría traer nuestro propio mariachi.',
    ],
    tutoring: [
      'Mi hijo está en 2º de ESO y va mal en matemáticas. Buscamos clases dos tardes por semana, a ser posible lunes y miércoles.',
      'Necesito preparar la selectividad de química, tengo unas {n} semanas. ¿Tienen grupos reducidos?',
      '¿Ofrecen clases de inglés online para adultos? Trabajo por las mañanas.',
    ],
    rental: [
      'Hola, ¿está disponible la casa desde el {date} una semana? Somos dos adultos y dos niños.',
      'Somos {n} amigos y buscamos una casa grande cerca de la playa para un fin de semana largo. ¿Tiene piscina?',
      '¿Hacen descuento por estancias de un mes? Fechas flexibles en marzo.',
    ],
    industrial: [
      'Solicitamos cotización de {n} soportes de acero galvanizado según plano adjunto. Entrega en Antofagasta.',
      'Buscamos proveedor de estructuras metálicas para una bodega de 800 m². ¿Podemos agendar una visita técnica?',
      'Favor cotizar pernos de anclaje M20 x 600, calidad 8.8, cantidad aproximada 2.000 unidades.',
    ],
    trades: [
      'Queremos reformar el baño completo (unos 6 m²), cambiar la bañera por plato de ducha. ¿Cuándo podrían venir a verlo?',
      'Presupuesto para pintar un piso de 90 m² antes del {date}. Paredes lisas, techos incluidos.',
      'Tenemos humedades en la cocina desde hace meses. ¿Hacen diagnóstico y reparación?',
    ],
    studio: [
      'Abrimos una cafetería el {date} y necesitamos logotipo, menú y redes sociales. Presupuesto aproximado 40.000 MXN.',
      'Buscamos fotógrafo para un catálogo de {n} productos artesanales. ¿Trabajan fuera de la ciudad?',
      'Necesitamos rediseñar nuestra tienda en línea, sobre todo la versión móvil. ¿Nos mandan una propuesta?',
    ],
    clinic: [
      'Tengo una contractura en la espalda desde hace una semana y apenas puedo girar el cuello. ¿Tienen hueco mañana?',
      'Me operaron de la rodilla el {date} y necesito rehabilitación. ¿Trabajan con mutuas?',
      'Corro maratones y tengo molestias en la fascia plantar. Me gustaría una valoración.',
    ],
  },
};

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** A future date in words, as a customer writes it. */
export function wordDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const m = MONTHS[lang][rng.int(0, 11)] as string;
  if (lang === 'en') return `${d} ${m} 2027`;
  if (lang === 'de') return `${d}. ${m} 2027`;
  if (lang === 'fr') return `${d === 1 ? '1er' : d} ${m} 2027`;
  return `${d} de ${m} de 2027`;
}

/** A numeric date (dd.mm.yyyy / dd/mm/yyyy / mm/dd/yyyy) that looks like digits but is not a phone. */
export function numDate(rng: Rng, lang: Lang, us = false): string {
  const d = String(rng.int(1, 28)).padStart(2, '0');
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const y = '2027';
  if (lang === 'de') return `${d}.${m}.${y}`;
  return us ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

export function customerMessage(rng: Rng, lang: Lang, sector: Sector): string {
  return fill(rng, lang, rng.pick(MESSAGES[lang][sector]));
}

export function fill(rng: Rng, lang: Lang, text: string): string {
  return text
    .replace(/\{date\}/g, () => wordDate(rng, lang))
    .replace(/\{n\}/g, () => String(rng.pick([12, 24, 40, 65, 80, 120])));
}
