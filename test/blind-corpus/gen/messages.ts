/**
 * What customers write, per language and sector. Paragraphs are separated by a blank line. Some carry a
 * colon mid-line (a message must not be cut there), some mention their own number or sign with their
 * first name ({phone}, {first}: filled in per lead, so redaction has something to remove).
 */
import type { Lang, Sector } from './people.js';

type Pool = Record<Lang, Record<Sector | 'any', string[]>>;

export const MESSAGES: Pool = {
  en: {
    property: [
      'Hi, is the two-bed flat on Quayside Road still available? We would like to view it this Saturday if possible.',
      'We are relocating from Leeds in March and need a three-bedroom house near a good primary school.\n\nOne question though: is the garden south facing? The photos are not clear.\n\nWe can view any weekday after 4pm.',
      'Could you tell me whether pets are allowed? We have one small, very quiet dog.',
    ],
    car: [
      'I am interested in the grey hybrid estate you have listed. Does it come with the full service history?',
      'Looking to trade in my 2017 hatchback (about 84,000 km) against something newer.\n\nWhat would the finance look like over 48 months with a 5,000 deposit?\n\nBest time to call me is around lunchtime: {phone}.',
    ],
    hospitality: [
      'Table for a birthday dinner please, one of us uses a wheelchair so ground floor would be ideal.',
      'We are a group of colleagues celebrating a retirement.\n\nCould you do a set menu with a vegetarian option? Budget is roughly 45 per head.',
    ],
    services: [
      'I need advice on a commercial lease dispute with my landlord. The deadline to respond is in two weeks.',
      'My mother passed away last month and we need help with probate.\n\nThere is a house and two bank accounts. Nothing complicated, I hope.\n\nThanks, {first}',
    ],
    any: [
      'Please get in touch, I would like a quote.',
      'Hello! Saw your advert and wanted to find out more. What are your opening hours over the holidays?',
      'Quick question: do you offer anything on weekends? I work Monday to Friday.',
    ],
  },
  de: {
    property: [
      'Guten Tag, ist die 3-Zimmer-Wohnung in der Lindenstraße noch frei? Ich würde sie gerne besichtigen.',
      'Wir suchen ab April eine Wohnung mit Balkon für zwei Erwachsene und ein Kind.\n\nWichtig wäre uns: Aufzug und ein Stellplatz.\n\nBesichtigungen sind bei uns nach 17 Uhr möglich.',
    ],
    car: [
      'Ich interessiere mich für den Kombi aus Ihrem Inserat. Ist eine Probefahrt am Samstag möglich?',
      'Hallo, wir möchten unseren alten Diesel in Zahlung geben.\n\nKönnen Sie mir ein Angebot für Leasing über 36 Monate machen? Rückruf gerne unter {phone}.\n\nViele Grüße, {first}',
    ],
    hospitality: [
      'Wir möchten für Samstagabend einen Tisch auf der Terrasse reservieren, falls das Wetter mitspielt.',
      'Wir feiern die Taufe unserer Tochter und bräuchten einen Nebenraum.\n\nGibt es ein Kindermenü? Zwei Gäste essen glutenfrei.',
    ],
    services: [
      'Bitte um Rückruf wegen einer Beratung zum Dachausbau.',
      'Unser Einfamilienhaus (Baujahr 1978) soll energetisch saniert werden.\n\nFrage vorab: Übernehmen Sie auch die Förderanträge?',
    ],
    any: [
      'Bitte senden Sie mir weitere Informationen zu.',
      'Hallo, ich hätte gerne ein unverbindliches Angebot. Danke!',
    ],
  },
  fr: {
    property: [
      "Bonjour, l'appartement T3 près du port est-il toujours disponible ? J'aimerais organiser une visite.",
      "Nous cherchons une maison avec jardin pour la rentrée.\n\nPetite précision : nous avons deux chats, est-ce accepté par le propriétaire ?\n\nMerci d'avance pour votre retour.",
    ],
    car: [
      'Je souhaiterais un essai du SUV hybride présenté sur votre site, de préférence un mercredi.',
      "Bonjour, je voudrais faire reprendre ma citadine de 2016.\n\nPouvez-vous me faire une offre de LOA sur 48 mois ? Vous pouvez m'appeler au {phone}.",
    ],
    hospitality: [
      'Nous serons huit pour un anniversaire, est-il possible d’avoir une table au calme ?',
      "Bonsoir,\n\nje souhaite réserver pour un dîner d'affaires jeudi prochain. Deux convives sont végétariens.\n\nCordialement, {first}",
    ],
    services: [
      "Nous envisageons l'extension de notre maison (environ 30 m²) et souhaitons un premier rendez-vous.",
      'Bonjour,\n\nnous avons acheté un ancien corps de ferme et voudrions le rénover.\n\nUne question : vous occupez-vous aussi du permis de construire ?',
    ],
    any: [
      'Merci de me recontacter rapidement.',
      "Bonjour, pourriez-vous m'envoyer votre brochure et vos tarifs ?",
    ],
  },
  es: {
    property: [
      'Hola, ¿sigue disponible el piso de dos habitaciones con terraza? Me gustaría verlo esta semana.',
      'Buscamos una casa en alquiler para un año a partir de septiembre.\n\nImportante: necesitamos plaza de garaje y que admitan mascotas.\n\nGracias de antemano.',
    ],
    car: [
      'Me interesa la camioneta blanca del anuncio. ¿Aceptan mi coche actual como parte del pago?',
      'Buenas tardes,\n\nquisiera cotizar el sedán automático con financiamiento a 24 meses.\n\nPueden llamarme al {phone} por las mañanas.',
    ],
    hospitality: ['¿Tienen mesa para cenar el viernes? Somos seis y uno es celíaco.'],
    services: [
      'Quisiera pedir cita para una revisión y limpieza dental. Tengo sensibilidad en una muela.',
      'Hola,\n\nmi hija necesita ortodoncia y nos gustaría saber el precio aproximado.\n\nPregunta: ¿tienen facilidades de pago?\n\nUn saludo, {first}',
    ],
    any: [
      'Por favor, envíenme más información.',
      'Hola, ¿me pueden llamar para concertar una cita? Gracias.',
    ],
  },
};
