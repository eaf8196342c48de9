/**
 * Seeded direct enquiries for training the triage model: a person writing to the business from
 * their own mailbox, no form (the `other` fallback profile, contact from From). The lead corpus in
 * bench/corpus has almost none, and without them the model would learn that a person writing
 * directly is never a lead, because every such message in the SpamAssassin ham is one.
 * Messages reuse the corpus's people and sentences (bench/corpus), so they are not new facts.
 *
 * Letters of their own (`statedNeedLetters`) state a need and ask nothing ("We would like the old fence replaced",
 * "Il faudrait remplacer la serrure"), with the times the writer is free or a budget line, then a
 * paragraph that only says how to reach them, often from a bare address under a subject that says
 * nothing ("?", "Anfrage"): without them the model learnt that a letter with no question and no
 * enquiry word is personal mail.
 *
 * Asking letters of their own (`askingLetters`) put their asks as customers do without naming the
 * business ("Is the first week of July still free?", "Was würde so etwas kosten?", "Serait-il
 * possible de passer ?", "¿Cuánto costaría?"), sometimes as a list under a lead-in, name a budget
 * in a sentence, and end with a work signature (job, company, website), a confidentiality notice,
 * or a phone in a P.S.: without them the model weighed a budget as spam's money talk and a
 * signature's website as a newsletter's links.
 */
import type { Language } from '../../src/corpus/people.js';
import { makeMessage } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

const SUBJECTS: Record<Language, readonly string[]> = {
  en: ['Enquiry', 'Quote request', 'Question', 'Availability', 'Hello', 'Information please', 'Appointment'],
  de: ['Anfrage', 'Angebotsanfrage', 'Frage', 'Terminanfrage', 'Hallo', 'Bitte um Rückruf', 'Information'],
  fr: [
    'Demande',
    'Demande de devis',
    'Question',
    'Disponibilité',
    'Bonjour',
    'Renseignements',
    'Rendez-vous',
  ],
  es: ['Consulta', 'Solicitud de presupuesto', 'Pregunta', 'Disponibilidad', 'Hola', 'Información', 'Cita'],
};
/** How a stranger opens a letter to a business. */
const OPENING: Record<Language, readonly string[]> = {
  en: ['Dear Sir or Madam,', 'Hello,', 'Good morning,'],
  de: ['Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo,'],
  fr: ['Madame, Monsieur,', 'Bonjour,', 'Bonsoir,'],
  es: ['Estimados señores:', 'Buenos días:', 'Hola:'],
};
/**
 * What a letter tells the business before it asks: the circumstances, in words that are no
 * enquiry wording of their own, so the model learns what the ask alone says.
 */
const SITUATION: Record<Language, readonly string[]> = {
  en: [
    'We have just moved into an old terraced house.',
    'The problem started after the storm last week.',
    'It is a family house with a small garden at the back.',
    'My mother is eighty and lives on her own, so it has to be someone reliable.',
    'We are having twenty people round for a birthday in June.',
    'The person we used for years has retired.',
  ],
  de: [
    'Wir sind gerade in ein älteres Reihenhaus gezogen.',
    'Das Problem besteht seit dem Sturm letzte Woche.',
    'Es ist ein Einfamilienhaus mit kleinem Garten.',
    'Meine Mutter ist achtzig und wohnt allein, es muss also jemand Zuverlässiges sein.',
    'Wir feiern im Juni einen Geburtstag mit etwa zwanzig Gästen.',
    'Unser bisheriger Betrieb hat leider aufgehört.',
  ],
  fr: [
    'Nous venons d’emménager dans une vieille maison de ville.',
    'Le problème a commencé après l’orage de la semaine dernière.',
    'C’est une maison familiale avec un petit jardin.',
    'Ma mère a quatre-vingts ans et vit seule, il faut donc quelqu’un de fiable.',
    'Nous fêtons un anniversaire en juin avec une vingtaine de personnes.',
    'La personne qui s’en occupait a pris sa retraite.',
  ],
  es: [
    'Acabamos de mudarnos a una casa antigua.',
    'El problema empezó después de la tormenta de la semana pasada.',
    'Es una casa familiar con un pequeño jardín.',
    'Mi madre tiene ochenta años y vive sola, así que tiene que ser alguien de confianza.',
    'Celebramos un cumpleaños en junio con unas veinte personas.',
    'La persona que nos lo hacía se ha jubilado.',
  ],
};
/** A letter's ask put to the business in its own words: its price, its time, whether it does the work. */
const ASK: Record<Language, readonly string[]> = {
  en: [
    'What would you charge for that?',
    'When could you fit us in?',
    'Could you come and have a look this week?',
    'Is this something you could sort out for us?',
    'Do you still take on new customers?',
    'I was wondering whether you could do it before the end of the month.',
  ],
  de: [
    'Was würde das bei Ihnen kosten?',
    'Wann hätten Sie Zeit?',
    'Kommen Sie auch zu uns raus?',
    'Reparieren Sie auch ältere Geräte?',
    'Nehmen Sie für den Herbst noch Aufträge an?',
    'Ich wollte fragen, ob Sie so etwas übernehmen.',
  ],
  fr: [
    'Combien prenez-vous pour ce genre de travail ?',
    'Quand pourriez-vous passer ?',
    'Intervenez-vous dans notre secteur ?',
    'Est-ce que vous faites aussi les petites réparations ?',
    'Acceptez-vous encore de nouveaux clients ?',
    'Je voudrais savoir si vous faites ce genre de travaux.',
  ],
  es: [
    '¿Cuánto cobrarían por esto?',
    '¿Cuándo podrían venir?',
    '¿Trabajan ustedes en nuestra zona?',
    '¿Arreglan también aparatos antiguos?',
    '¿Aceptan clientes nuevos?',
    'Quería saber si hacen este tipo de trabajos.',
  ],
};
/** Short subjects that say nothing of the request, as people type them; null: no subject at all. */
const BARE_SUBJECTS: Record<Language, readonly (string | null)[]> = {
  en: ['?', 'question', 'Hi', 'hello', null],
  de: ['?', 'Anfrage', 'Frage', 'Hallo', null],
  fr: ['?', 'question', 'Bonjour', 'demande', null],
  es: ['?', 'consulta', 'Hola', 'pregunta', null],
};
/** A need stated, not asked: what the writer wants done, in their own words. */
const NEED: Record<Language, readonly string[]> = {
  en: [
    'We would like the old fence taken down and replaced before the spring.',
    'Our front door needs a new lock fitted.',
    'I would like a deep clean of a two-bedroom flat after the tenants move out.',
    "We'd like someone to service the boiler and check the radiators.",
    'I will need the paperwork done by the end of the month.',
  ],
  de: [
    'Wir möchten die Terrasse neu pflastern lassen, etwa 30 Quadratmeter.',
    'Bei uns müsste die Dachrinne gereinigt werden.',
    'Wir bräuchten jemanden, der den alten Schrank abbaut und entsorgt.',
    'Der Wasserhahn in der Küche soll ausgetauscht werden.',
    'Ich hätte gerne eine Beratung zu einer neuen Heizung.',
  ],
  fr: [
    'Nous aimerions faire repeindre le salon et le couloir.',
    'Il faudrait remplacer la serrure de la porte d’entrée.',
    'Nous souhaiterions une révision complète de la chaudière.',
    'Nous aurions besoin de quelqu’un pour monter une cuisine en kit.',
    'Je voudrais faire poser du parquet dans deux chambres.',
  ],
  es: [
    'Queremos pintar el salón y dos dormitorios.',
    'Hay que cambiar la cerradura de la puerta principal.',
    'Necesitamos a alguien para montar los muebles de la cocina.',
    'Querríamos una revisión de la caldera antes del invierno.',
    'Me gustaría poner tarima en dos habitaciones.',
  ],
};
/** When the writer is free for the work or a visit. */
const FREE_TIMES: Record<Language, readonly string[]> = {
  en: [
    'We are home most weekday mornings.',
    'Any day after the 15th works for us.',
    'Weekends suit us best.',
  ],
  de: [
    'Vormittags ist meistens jemand da.',
    'Ab dem 15. ginge es jeden Tag.',
    'Am besten passt es uns samstags.',
  ],
  fr: [
    'Nous sommes disponibles le mercredi après-midi.',
    'N’importe quel jour après le 15 nous convient.',
    'Le samedi nous arrange le mieux.',
  ],
  es: [
    'Estamos disponibles por las tardes.',
    'Cualquier día después del 15 nos va bien.',
    'Los sábados nos viene mejor.',
  ],
};
const BUDGET: Record<Language, string> = {
  en: 'Budget: about £{amount}.',
  de: 'Budget: ca. {amount} Euro.',
  fr: 'Budget : environ {amount} €.',
  es: 'Presupuesto: unos {amount} euros.',
};
const REACH: Record<Language, readonly string[]> = {
  en: ['You can reach me on', 'My number is', 'Call me on'],
  de: ['Sie erreichen mich unter', 'Meine Nummer:', 'Rufen Sie mich gern an:'],
  fr: ['Vous pouvez me joindre au', 'Mon numéro :', 'Appelez-moi au'],
  es: ['Pueden llamarme al', 'Mi teléfono es', 'Mi número:'],
};
const SIGN_OFF: Record<Language, readonly string[]> = {
  en: ['Thanks,', 'Best regards,', 'Kind regards,', 'Cheers,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und Gruß'],
  fr: ['Merci,', 'Cordialement,', 'Bien à vous,'],
  es: ['Gracias,', 'Un saludo,', 'Saludos,'],
};

/** Asks put to the business without naming it: a price, a free date, whether something can be done. */
const UNADDRESSED_ASKS: Record<Language, readonly string[]> = {
  en: [
    'Would it be possible to come and see it one evening next week?',
    'What would something like that cost, roughly?',
    'Is the first week of July still free?',
    'How much would it be for two people?',
    'Is there any room in the diary before Christmas?',
    'Would a Saturday morning be possible?',
  ],
  de: [
    'Wäre ein Termin nächste Woche möglich?',
    'Was würde so etwas ungefähr kosten?',
    'Ist das erste Juliwochenende noch frei?',
    'Wie viel wäre das für zwei Personen?',
    'Gibt es vor Weihnachten noch freie Termine?',
    'Wäre samstags auch möglich?',
  ],
  fr: [
    'Serait-il possible de passer voir un soir la semaine prochaine ?',
    'Combien coûterait ce genre de travaux, à peu près ?',
    'La première semaine de juillet est-elle encore libre ?',
    'Quel serait le prix pour deux personnes ?',
    'Y aurait-il encore une place avant Noël ?',
    'Un samedi matin serait-il possible ?',
  ],
  es: [
    '¿Sería posible pasar a verlo alguna tarde la semana que viene?',
    '¿Cuánto costaría algo así, más o menos?',
    '¿Está libre la primera semana de julio?',
    '¿Qué precio tendría para dos personas?',
    '¿Habría algún hueco antes de Navidad?',
    '¿Sería posible un sábado por la mañana?',
  ],
};
const QUESTIONS_LEAD_IN: Record<Language, readonly string[]> = {
  en: ['A few questions first:', 'Before we decide, could you tell me:'],
  de: ['Ein paar Fragen vorab:', 'Dazu hätte ich folgende Fragen:'],
  fr: ['Quelques questions :', 'J’aurais plusieurs questions :'],
  es: ['Tengo varias dudas:', 'Antes de decidir, unas preguntas:'],
};
const BUDGET_SENTENCE: Record<Language, readonly string[]> = {
  en: ['Our budget is around £{amount}.', 'We have set aside about £{amount} for it.'],
  de: ['Unser Budget liegt bei etwa {amount} €.', 'Wir haben ein Budget von rund {amount} Euro.'],
  fr: ['Nous avions prévu un budget d’environ {amount} €.', 'Notre budget est d’environ {amount} euros.'],
  es: ['Contamos con un presupuesto de unos {amount} €.', 'Tenemos pensado unos {amount} euros.'],
};
const PS: Record<Language, string> = {
  en: 'P.S. Easiest to ring me on {phone}.',
  de: 'PS: Mobil bin ich unter {phone} erreichbar.',
  fr: 'P.S. : Je réponds plus vite au {phone}.',
  es: 'P.D.: Mejor llámeme al {phone}.',
};
/** The writer's employer's confidentiality notice under a letter sent from work. */
const DISCLAIMER: Record<Language, string> = {
  en: 'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
  de: 'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.',
  fr: 'Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de ses destinataires. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur.',
  es: 'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente.',
};
const JOB_TITLES: Record<Language, readonly string[]> = {
  en: ['Office Manager', 'Associate', 'Project Engineer'],
  de: ['Sachbearbeiterin', 'Projektleiter', 'Assistenz der Geschäftsführung'],
  fr: ['Assistante de direction', 'Chef de projet', 'Comptable'],
  es: ['Administrativa', 'Jefe de proyecto', 'Asesora fiscal'],
};

/** `count` raw direct enquiries; message i depends only on (seed, i). */
export function* directEnquiries(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 1_000_003, i);
    const lines: string[] = [];
    if (rng.chance(0.5)) {
      // Half are letters: a stranger's opening, then either the circumstances and an ask in their
      // own words, or the corpus's message, followed by such an ask half the time.
      lines.push(rng.pick(OPENING[lang]));
      if (rng.chance(0.5)) lines.push(`${rng.pick(SITUATION[lang])} ${rng.pick(ASK[lang])}`);
      else {
        lines.push(makeMessage(rng, lang, business.trade));
        if (rng.chance(0.5)) lines.push(rng.pick(ASK[lang]));
      }
    } else lines.push(makeMessage(rng, lang, business.trade));
    if (rng.chance(0.5)) lines.push(`${rng.pick(REACH[lang])} ${person.phoneRaw}.`);
    lines.push(`${rng.pick(SIGN_OFF[lang])}\n${rng.chance(0.6) ? person.full : person.first}`);
    yield directMail(
      `From: ${person.full} <${person.email}>`,
      rng.pick(SUBJECTS[lang]),
      business.id,
      `direct-${seed}-${i}`,
      lines,
    );
  }
}

/**
 * `count` raw letters stating a need (see the file's comment); message i depends only on (seed, i).
 * A stream of their own, so the other direct enquiries stay as they were.
 */
export function* statedNeedLetters(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 1_000_033, i);
    const lines = [rng.pick(OPENING[lang]), rng.pick(NEED[lang])];
    if (rng.chance(0.5)) lines.push(rng.pick(SITUATION[lang]));
    lines.push(rng.pick(FREE_TIMES[lang]));
    if (rng.chance(0.5)) lines.push(BUDGET[lang].replace('{amount}', String(rng.int(3, 40) * 100)));
    lines.push(`${rng.pick(REACH[lang])} ${person.phoneRaw}.`);
    lines.push(`${rng.pick(SIGN_OFF[lang])}\n${rng.chance(0.6) ? person.full : person.first}`);
    const from = rng.chance(0.5) ? `From: ${person.email}` : `From: ${person.full} <${person.email}>`;
    yield directMail(from, rng.pick(BARE_SUBJECTS[lang]), business.id, `need-${seed}-${i}`, lines);
  }
}

/**
 * `count` raw letters asking without naming the business (see the file's comment); message i
 * depends only on (seed, i). A stream of their own, so the other letters stay as they were.
 */
export function* askingLetters(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 1_000_037, i);
    const lines = [
      rng.pick(OPENING[lang]),
      rng.chance(0.5) ? rng.pick(SITUATION[lang]) : rng.pick(NEED[lang]),
    ];
    const asks = rng.shuffle([...UNADDRESSED_ASKS[lang]]);
    if (rng.chance(0.3))
      lines.push(
        `${rng.pick(QUESTIONS_LEAD_IN[lang])}\n${asks
          .slice(0, rng.int(2, 3))
          .map((a) => `- ${a}`)
          .join('\n')}`,
      );
    else lines.push(asks.slice(0, rng.int(1, 2)).join(' '));
    if (rng.chance(0.5))
      lines.push(rng.pick(BUDGET_SENTENCE[lang]).replace('{amount}', amount(rng.int(4, 120) * 100, lang)));
    const where = rng.int(0, 2);
    if (where === 0) lines.push(`${rng.pick(REACH[lang])} ${person.phoneRaw}.`);
    const name = rng.chance(0.5) ? person.full : person.first;
    lines.push(`${rng.pick(SIGN_OFF[lang])}\n${name}`);
    const signature = rng.int(0, 2);
    const company = `${person.last} ${rng.pick(['Partners', 'Consulting', 'Engineering', 'Group'])}`;
    const site = `www.${person.last
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}-${i}.example`;
    if (signature === 1 || where === 1)
      lines.push(`${person.full}\n${rng.pick(JOB_TITLES[lang])}, ${company}\nT ${person.phoneRaw} · ${site}`);
    if (signature === 2) lines.push(DISCLAIMER[lang]);
    if (where === 2) lines.push(PS[lang].replace('{phone}', person.phoneRaw));
    const display = rng.chance(0.25) ? person.full.toUpperCase() : person.full;
    const from = rng.chance(0.3) ? `From: ${person.email}` : `From: ${display} <${person.email}>`;
    const subject = rng.chance(0.5) ? rng.pick(BARE_SUBJECTS[lang]) : rng.pick(SUBJECTS[lang]);
    yield directMail(from, subject, business.id, `asking-${seed}-${i}`, lines);
  }
}

/** An amount as the language writes it: 4,000 / 4.000 / 4 000. */
function amount(n: number, lang: Language): string {
  const grouped = n.toLocaleString('en-GB');
  return lang === 'en' ? grouped : grouped.replace(',', lang === 'fr' ? ' ' : '.');
}

/** A plain-text email from a person to the business's inbound address; a null subject is left out. */
function directMail(
  from: string,
  subject: string | null,
  businessId: string,
  id: string,
  paragraphs: string[],
): Buffer {
  const head = [
    from,
    `To: leads+${businessId}@inbound.example`,
    ...(subject === null ? [] : [`Subject: ${subject}`]),
    `Message-ID: <${id}@mail.example>`,
    'Date: Thu, 12 Nov 2026 10:15:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return Buffer.from(
    `${head.join('\r\n')}\r\n\r\n${paragraphs.join('\n\n').replace(/\n/g, '\r\n')}\r\n`,
    'utf8',
  );
}
