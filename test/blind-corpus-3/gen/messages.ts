/** The customers' own words: templates per language, filled with what they ask about. */
import type { Rng } from './rng.js';
import type { Lang } from './world.js';

const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'Hi, I am interested in {t}. Could you send me more details and let me know what the next steps are?',
    'Hello,\n\nWe are looking into {t} and would like a price. We are flexible on timing but would prefer something before the end of next month.\n\nThanks in advance.',
    'Could someone call me back about {t}? Mornings are best, I work late shifts.',
    'Good afternoon, a friend recommended you. I’d like to ask about {t}.\nBudget: around 2,000 but we can stretch a little for the right option.',
    'Is {t} still available? If so I would like to arrange a time to talk this week.',
    'Hi there,\n\nI filled in a form last year but never heard back, so trying again. We need help with {t}.\n\nPlease email rather than phone during office hours if possible.',
    'Quick question about {t} – what would the total cost be, including any fees?',
  ],
  de: [
    'Guten Tag, ich interessiere mich für {t}. Bitte schicken Sie mir weitere Informationen und ein unverbindliches Angebot.',
    'Hallo,\n\nwir planen {t} und hätten gern einen Termin für ein kurzes Gespräch. Am besten nachmittags ab 15 Uhr.\n\nVielen Dank und freundliche Grüße',
    'Ist {t} noch verfügbar? Ich würde mich über einen Rückruf freuen.',
    'Sehr geehrte Damen und Herren, es geht um {t}.\nZeitraum: ab März, gern auch früher.\nBitte melden Sie sich per E-Mail.',
    'Hallo, können Sie mir sagen, was {t} ungefähr kosten würde? Danke!',
    'Guten Morgen,\n\nmeine Nachbarin hat Sie empfohlen. Wir bräuchten Unterstützung bei {t}.\n\nIch bin tagsüber schlecht erreichbar, abends ab 18 Uhr klappt es.',
  ],
  fr: [
    'Bonjour, je suis intéressée par {t}. Pourriez-vous m’envoyer plus d’informations ainsi qu’un devis ?',
    'Bonjour,\n\nNous souhaitons avoir des renseignements concernant {t}. Nous sommes disponibles en semaine après 17 h.\n\nMerci d’avance et bonne journée.',
    'Est-ce que {t} est toujours disponible ? Merci de me rappeler.',
    'Madame, Monsieur, je vous contacte au sujet de {t}.\nDélai souhaité : avant la fin du mois si possible.',
    'Bonsoir, quel serait le tarif pour {t} ? Je préfère être contacté par e-mail.',
    'Bonjour,\n\nJ’ai vu votre annonce et je voudrais en savoir plus sur {t}.\n\nJe suis joignable le matin de préférence.',
  ],
  es: [
    'Hola, me interesa {t}. ¿Me pueden enviar más información y un presupuesto sin compromiso?',
    'Buenas tardes,\n\nQueríamos consultar por {t}. Tenemos flexibilidad de fechas, pero preferimos antes del verano.\n\nMuchas gracias.',
    '¿Sigue disponible {t}? Me gustaría que me llamaran por la mañana.',
    'Buenos días, les escribo por {t}.\nPresupuesto: unos 1.500 euros, aproximadamente.\nQuedo atento a su respuesta.',
    'Hola, ¿cuánto costaría {t}? Prefiero que me contacten por correo.',
    'Hola,\n\nUna amiga me habló muy bien de ustedes. Necesitamos ayuda con {t}.\n\nPueden llamarme a partir de las 18 h.',
  ],
};

/** `oneBlock`: a single paragraph without its own greeting lines, for personal emails that add their own. */
export function makeMessage(rng: Rng, lang: Lang, thing: string, oneBlock = false): string {
  const pool = oneBlock ? TEMPLATES[lang].filter((t) => !t.includes('\n')) : TEMPLATES[lang];
  return rng.pick(pool).replace('{t}', thing);
}
