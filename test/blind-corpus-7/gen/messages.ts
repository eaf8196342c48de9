/** The customers' own words: eight templates per language, with the business's service filled in. */
import type { Lang, Sector } from './people.js';
import type { Rng } from './rng.js';

const SERVICE: Record<Sector, Record<Lang, string>> = {
  dental: {
    en: 'a check-up and a clean',
    de: 'eine Kontrolle mit Zahnreinigung',
    fr: 'un contrôle et un détartrage',
    es: 'una revisión y una limpieza dental',
  },
  solar: {
    en: 'solar panels with a battery',
    de: 'eine Photovoltaikanlage mit Speicher',
    fr: 'des panneaux solaires avec batterie',
    es: 'paneles solares con batería',
  },
  language: {
    en: 'an evening course in Spanish',
    de: 'einen Abendkurs Französisch',
    fr: 'un cours du soir d’anglais',
    es: 'un curso intensivo de inglés',
  },
  removals: {
    en: 'a move from a two-bedroom flat',
    de: 'einen Umzug aus einer Dreizimmerwohnung',
    fr: 'un déménagement d’un 4½',
    es: 'una mudanza de un piso de tres dormitorios',
  },
  it: {
    en: 'IT support for our office of twelve',
    de: 'IT-Betreuung für unser Büro mit zwölf Plätzen',
    fr: 'l’infogérance de notre bureau de douze postes',
    es: 'soporte informático para nuestra oficina de doce puestos',
  },
};

const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'We are looking for {s} and would like a price.\n\nCould someone call me after 5pm on weekdays?',
    'Hello, I would like some information about {s}. What would the next available date be?',
    'Could you send me a quote for {s}? Ideally we would start in the new year.',
    'A friend recommended you. I need {s} fairly soon – is there any availability this month?',
    'I am interested in {s}.\nPlease let me know what the cost would be and how long it takes.\n\nThanks a lot',
    'Do you offer {s}? We are flexible on dates but would prefer a Saturday.',
    'Hi there, we are comparing offers for {s}. Can you give me a rough estimate by email?',
    'Please get in touch about {s}. Mornings suit me best.',
  ],
  de: [
    'Wir interessieren uns für {s} und hätten gern ein Angebot.\n\nBitte rufen Sie mich werktags ab 17 Uhr an.',
    'Guten Tag, ich suche {s} und hätte gern nähere Informationen. Wann wäre der nächste freie Termin?',
    'Können Sie mir ein Angebot für {s} schicken? Am liebsten würden wir im Frühjahr anfangen.',
    'Sie wurden mir empfohlen. Ich brauche {s} ziemlich bald – haben Sie diesen Monat noch Kapazität?',
    'Ich interessiere mich für {s}.\nWas würde das kosten und wie lange dauert es?\n\nVielen Dank',
    'Bieten Sie {s} an? Wir sind terminlich flexibel, ein Samstag wäre uns am liebsten.',
    'Hallo, wir vergleichen gerade Angebote für {s}. Können Sie mir per E-Mail eine grobe Schätzung geben?',
    'Bitte melden Sie sich bei mir, es geht um {s}. Vormittags erreichen Sie mich am besten.',
  ],
  fr: [
    'Nous cherchons {s} et aimerions avoir un prix.\n\nPourriez-vous me rappeler en semaine après 17 h ?',
    'Bonjour, je souhaiterais des renseignements sur {s}. Quelle serait la prochaine date disponible ?',
    'Pouvez-vous m’envoyer un devis pour {s} ? Idéalement nous commencerions au printemps.',
    'Une amie m’a parlé de vous. Il me faudrait {s} assez rapidement – avez-vous des disponibilités ce mois-ci ?',
    'Je suis intéressé par {s}.\nMerci de m’indiquer le coût et la durée.\n\nBien à vous',
    'Proposez-vous {s} ? Nos dates sont souples mais un samedi nous arrangerait.',
    'Bonjour, nous comparons des offres pour {s}. Pouvez-vous me donner une estimation par courriel ?',
    'Merci de me recontacter, c’est pour {s}. Le matin me convient le mieux.',
  ],
  es: [
    'Buscamos {s} y queremos saber el precio.\n\n¿Podrían llamarme entre semana a partir de las 17 h?',
    'Hola, quisiera información sobre {s}. ¿Cuál sería la próxima fecha disponible?',
    '¿Me pueden enviar un presupuesto para {s}? Lo ideal sería empezar en primavera.',
    'Me los recomendó una amiga. Necesito {s} bastante pronto, ¿tienen disponibilidad este mes?',
    'Me interesa {s}.\n¿Cuánto costaría y cuánto tiempo lleva?\n\nMuchas gracias',
    '¿Ofrecen {s}? Tenemos fechas flexibles, pero preferimos un sábado.',
    'Hola, estamos comparando ofertas para {s}. ¿Me pueden dar una estimación aproximada por correo?',
    'Por favor, contáctenme en relación con {s}. Por las mañanas me viene mejor.',
  ],
};

function fill(tpl: string, s: string): string {
  return tpl.replace('{s}', s);
}

/** Templates 1, 4 and 6 carry their own greeting or thanks: letters (which add both) do not use them. */
const LETTER_SAFE = [0, 2, 3, 5, 7];

export function drawMessage(rng: Rng, lang: Lang, sector: Sector, oneLine = false, letter = false): string {
  const pool = letter ? TEMPLATES[lang].filter((_, i) => LETTER_SAFE.includes(i)) : TEMPLATES[lang];
  const m = fill(rng.pick(pool), SERVICE[sector][lang]);
  return oneLine ? m.replace(/\s*\n+\s*/g, ' ') : m;
}
