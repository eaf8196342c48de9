/** The customers' own words: templates per language, the business's service filled in. */
import type { Rng } from './rng.js';
import type { Lang } from './types.js';

const T: Record<Lang, string[]> = {
  en: [
    "I'm interested in {svc}. Could you let me know what it would cost and how soon you could fit us in?",
    'Hi there,\n\nwe would like some information about {svc}. We are flexible on dates but would prefer a weekday morning.\n\nThanks in advance.',
    'Could someone call me back about {svc}? Evenings after six work best for me.',
    'We got your name from a neighbour. Is {svc} something you can help with this month?\n\nWe are away from the 14th to the 21st, otherwise any day is fine.',
    'Looking for a quote for {svc}. Please email me the details and any availability you have.',
    'Quick question about {svc}: do you need us to send anything beforehand, photos or documents?',
    'Hello, I saw your advert and would like to know more about {svc}. Is there a deposit?',
    'We are comparing a few offers for {svc}.\n\nWhat is included in your price, and is there a guarantee?\n\nKind regards',
  ],
  de: [
    'Ich interessiere mich für {svc}. Was würde das kosten und wann hätten Sie Zeit?',
    'Guten Tag,\n\nwir hätten gern Informationen zu {svc}. Wir sind zeitlich flexibel, am liebsten vormittags unter der Woche.\n\nDanke im Voraus.',
    'Könnten Sie mich wegen {svc} zurückrufen? Ab 18 Uhr bin ich am besten erreichbar.',
    'Ein Nachbar hat Sie empfohlen. Geht {svc} noch in diesem Monat?\n\nVom 14. bis 21. sind wir verreist, sonst passt jeder Tag.',
    'Ich hätte gern ein Angebot für {svc}. Bitte schicken Sie mir die Unterlagen per Mail.',
    'Kurze Frage zu {svc}: Sollen wir vorab Fotos oder Unterlagen schicken?',
    'Hallo, ich habe Ihre Anzeige gesehen und möchte mehr über {svc} erfahren. Ist eine Anzahlung nötig?',
    'Wir vergleichen gerade mehrere Angebote für {svc}.\n\nWas ist im Preis enthalten und gibt es eine Garantie?\n\nFreundliche Grüße',
  ],
  fr: [
    "Je suis intéressé par {svc}. Pourriez-vous m'indiquer le prix et vos disponibilités ?",
    'Bonjour,\n\nnous aimerions des renseignements concernant {svc}. Nous sommes flexibles, de préférence un matin en semaine.\n\nMerci d’avance.',
    'Est-ce que quelqu’un pourrait me rappeler au sujet de {svc} ? Après 18 h de préférence.',
    'Un voisin nous a donné votre nom. Est-ce possible pour {svc} ce mois-ci ?\n\nNous sommes absents du 14 au 21, sinon tous les jours conviennent.',
    'Je souhaite un devis pour {svc}. Merci de me l’envoyer par courriel.',
    'Petite question sur {svc} : faut-il vous envoyer des photos ou des documents avant ?',
    'Bonjour, j’ai vu votre annonce et je voudrais en savoir plus sur {svc}. Faut-il verser un acompte ?',
    'Nous comparons plusieurs offres pour {svc}.\n\nQu’est-ce qui est compris dans votre prix, et y a-t-il une garantie ?\n\nCordialement',
  ],
  es: [
    'Me interesa {svc}. ¿Cuánto costaría y cuándo tendrían disponibilidad?',
    'Buenos días,\n\nnos gustaría recibir información sobre {svc}. Tenemos flexibilidad, mejor por la mañana entre semana.\n\nGracias de antemano.',
    '¿Alguien podría devolverme la llamada por {svc}? Después de las seis es lo mejor.',
    'Un vecino nos recomendó su empresa. ¿Sería posible {svc} este mes?\n\nEstamos de viaje del 14 al 21, cualquier otro día nos va bien.',
    'Quisiera un presupuesto para {svc}. Por favor envíenme los detalles por correo.',
    'Una pregunta sobre {svc}: ¿hace falta mandarles fotos o documentos antes?',
    'Hola, vi su anuncio y quisiera saber más sobre {svc}. ¿Piden un anticipo?',
    'Estamos comparando varias ofertas para {svc}.\n\n¿Qué incluye su precio y hay garantía?\n\nSaludos cordiales',
  ],
};

/** `personal`: the words of a letter, without the greeting or sign-off the letter itself adds. */
export function drawMessage(rng: Rng, lang: Lang, svc: string, personal = false): string {
  const pool = personal ? [0, 2, 3, 4, 5].map((i) => T[lang][i] as string) : T[lang];
  return rng.pick(pool).replaceAll('{svc}', svc);
}

/** Words customers type into a phone field that are no number. */
export const BAD_PHONE: Record<Lang, string[]> = {
  en: ['email only please', 'n/a', 'prefer not to say', '123'],
  de: ['nur per Mail', 'keine', 'k.A.', '0'],
  fr: ['par mail svp', 'aucun', 'pas de téléphone', '00'],
  es: ['solo correo', 'no tengo', 'prefiero no darlo', '-0-'],
};
