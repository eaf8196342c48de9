/** The customers' own words: six templates per language, the service filled in per sector. */
import type { Lang, Sector } from './people.js';
import type { Rng } from './rng.js';

const SERVICE: Record<Lang, Record<Sector, string[]>> = {
  en: {
    tax: [
      'help with my self-assessment return',
      'someone to take over the books for my bakery',
      'advice on registering for VAT',
    ],
    pest: [
      'a wasp nest dealt with under the eaves',
      'mice sorted out in our kitchen',
      'a termite inspection before we buy',
    ],
    optics: [
      'an eye test and new varifocals',
      'a contact lens fitting',
      'a check-up for my son who squints at the board',
    ],
    charter: [
      'a skippered day sail for six adults',
      'a bareboat charter for a long weekend',
      'a sunset trip for a small birthday',
    ],
    cleaning: [
      'regular cleaning of a small office',
      'an end-of-lease deep clean',
      'window cleaning for a three-storey shop',
    ],
  },
  de: {
    tax: [
      'Hilfe bei der Einkommensteuererklärung',
      'eine laufende Buchhaltung für meinen Handwerksbetrieb',
      'Beratung zur Kleinunternehmerregelung',
    ],
    pest: [
      'die Beseitigung eines Wespennestes am Dachkasten',
      'Hilfe gegen Mäuse im Keller',
      'eine Kontrolle auf Holzwurm im Dachstuhl',
    ],
    optics: [
      'einen Sehtest und eine neue Gleitsichtbrille',
      'eine Kontaktlinsenanpassung',
      'eine Untersuchung für unsere Tochter',
    ],
    charter: [
      'einen Tagestörn mit Skipper für sechs Personen',
      'eine Yacht ohne Skipper für ein verlängertes Wochenende',
      'eine Abendfahrt zu einem Geburtstag',
    ],
    cleaning: [
      'eine regelmäßige Reinigung unserer Praxisräume',
      'eine Endreinigung nach dem Auszug',
      'die Fensterreinigung an einem Ladenlokal',
    ],
  },
  fr: {
    tax: [
      'un accompagnement pour ma déclaration de revenus',
      'la tenue de comptabilité de ma petite boulangerie',
      'des conseils pour passer en société',
    ],
    pest: [
      'un traitement contre un nid de guêpes sous la toiture',
      'une intervention contre des souris dans la cuisine',
      'un diagnostic termites avant un achat',
    ],
    optics: [
      'un examen de la vue et des verres progressifs',
      'une adaptation de lentilles',
      'un contrôle pour mon fils qui plisse les yeux',
    ],
    charter: [
      'une sortie à la journée avec skipper pour six adultes',
      'un voilier sans skipper pour un long week-end',
      'une sortie au coucher du soleil pour un anniversaire',
    ],
    cleaning: [
      'un entretien régulier de nos bureaux',
      'un nettoyage de fin de bail',
      'le lavage des vitres d’une vitrine sur trois niveaux',
    ],
  },
  es: {
    tax: [
      'ayuda con mi declaración de la renta',
      'que me lleven la contabilidad de la ferretería',
      'asesoramiento para darme de alta como autónomo',
    ],
    pest: [
      'eliminar un nido de avispas bajo el tejado',
      'un tratamiento contra ratones en la cocina',
      'una inspección de termitas antes de comprar',
    ],
    optics: [
      'un examen visual y lentes progresivos',
      'una adaptación de lentes de contacto',
      'un control para mi hijo que entrecierra los ojos',
    ],
    charter: [
      'una salida de un día con patrón para seis adultos',
      'un velero sin patrón para un fin de semana largo',
      'un paseo al atardecer para un cumpleaños',
    ],
    cleaning: [
      'la limpieza periódica de una oficina pequeña',
      'una limpieza a fondo al dejar el departamento',
      'la limpieza de vidrios de un local de tres pisos',
    ],
  },
};

/** No greeting, thanks or sign-off of their own: the letters add those around them. */
const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'We are looking for {s}. Could you tell me roughly what that would cost and when you could fit us in?',
    'I need {s} fairly soon.\n\nWeekday mornings suit me best, although Friday afternoon could work too. A call back would be ideal.',
    'A neighbour recommended you for {s}.\n\nIs that something you still do in our area? We are about ten minutes outside town.',
    'Could you quote for {s}? We tried another firm last year and were not happy, so we would like to meet first if possible.',
    'Just enquiring about {s}.\nNo rush on our side, anytime in the next month is fine.\n\nPlease email rather than phone during office hours.',
    'Looking for {s} - ideally before the end of the month. What information do you need from me to give a price?',
  ],
  de: [
    'Wir suchen {s}. Können Sie mir ungefähr sagen, was das kostet und wann Sie Zeit hätten?',
    'Ich bräuchte {s}, am liebsten zeitnah.\n\nVormittags unter der Woche passt es mir am besten, notfalls auch Freitagnachmittag. Über einen Rückruf würde ich mich freuen.',
    'Eine Bekannte hat Sie mir für {s} empfohlen.\n\nMachen Sie das auch bei uns im Ort? Wir wohnen etwa zehn Minuten außerhalb.',
    'Hätten Sie ein Angebot für {s}? Mit dem letzten Anbieter waren wir nicht zufrieden, deshalb würden wir uns gern vorher kurz kennenlernen.',
    'Kurze Anfrage, es geht um {s}.\nEs eilt nicht, irgendwann im nächsten Monat reicht völlig.\n\nTagsüber bitte lieber per Mail als telefonisch.',
    'Ich interessiere mich für {s} – wenn möglich noch vor Monatsende. Welche Angaben brauchen Sie von mir für einen Preis?',
  ],
  fr: [
    'Nous cherchons {s}. Pourriez-vous m’indiquer un ordre de prix et vos disponibilités ?',
    'J’aurais besoin {de} assez rapidement.\n\nLes matinées en semaine m’arrangent le mieux, éventuellement le vendredi après-midi. Un rappel serait parfait.',
    'Une voisine m’a parlé de vous pour {s}.\n\nIntervenez-vous aussi dans notre secteur ? Nous sommes à une dizaine de minutes du centre.',
    'Pourriez-vous me faire un devis pour {s} ? L’an dernier nous avons été déçus par une autre entreprise, alors nous aimerions d’abord vous rencontrer.',
    'Petite demande concernant {s}.\nRien d’urgent, dans le mois qui vient ce serait très bien.\n\nMerci de privilégier le courriel en journée.',
    'Je me renseigne pour {s}, si possible avant la fin du mois. De quelles informations avez-vous besoin pour chiffrer ?',
  ],
  es: [
    'Buscamos {s}. ¿Me podría decir más o menos cuánto costaría y cuándo tendrían hueco?',
    'Necesito {s} bastante pronto.\n\nMe vienen mejor las mañanas entre semana, aunque el viernes por la tarde también podría ser. Prefiero que me llamen.',
    'Un vecino me los recomendó para {s}.\n\n¿Trabajan también en nuestra zona? Estamos a unos diez minutos del centro.',
    '¿Podrían pasarme un presupuesto para {s}? El año pasado no quedamos conformes con otra empresa, así que nos gustaría conocerlos antes.',
    'Consulta sobre {s}.\nNo hay apuro, en algún momento del próximo mes está bien.\n\nEn horario de oficina mejor por correo que por teléfono.',
    'Me interesa {s}, a ser posible antes de fin de mes. ¿Qué datos necesitan para darme un precio?',
  ],
};

export function drawMessage(rng: Rng, lang: Lang, sector: Sector): string {
  const s = rng.pick(SERVICE[lang][sector]);
  return rng.pick(TEMPLATES[lang]).replace('{s}', s).replace('{de}', frenchDe(s));
}

/** "de" before a French noun phrase: d’un, de la, du, des → de. */
function frenchDe(s: string): string {
  if (/^une? /.test(s)) return `d’${s}`;
  if (s.startsWith('des ')) return `de ${s.slice(4)}`;
  if (s.startsWith('le ')) return `du ${s.slice(3)}`;
  return `de ${s}`;
}
