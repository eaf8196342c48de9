/**
 * Seeded personal mail to the business's inbox from people who are not customers, for training
 * the triage model: a supplier's rep offering their range, a recruiter or staffing agency, a job
 * applicant, a colleague's internal note (sent from the business's own domain, no customer in
 * it), a friend's note to the owner asking a favour in familiar address, and a neighbour's note
 * (a skip on the road, a parcel taken in) written like a customer's letter to the business, down
 * to its closing paragraph saying how to reach them. Each is a real person writing politely with
 * their own phone, so neither the mail system nor
 * the shape says "spam"; they are labelled non-lead, not spam (triage sends them to review).
 * Written for this repository in en/de/fr/es, apart from the pitch-text model's own texts.
 * Message i depends only on (seed, i).
 *
 * Asking notes of their own (`askingNotes`) ask in the forms a customer's letter asks in, without
 * naming anyone ("Would it be possible to borrow the trailer on Saturday?", "Wäre es möglich, dass
 * du …", "Is anybody free on Monday afternoon?", "Would a voucher for our raffle be possible?"):
 * a friend's or relative's favour, a colleague's note to the team, a club's or a school's request.
 * Without them, asking a question about a free date or a price would say "customer" on its own.
 */
import type { Language, Person } from '../../src/corpus/people.js';
import { seededMessage } from './seeded.js';

type Kind = 'supplier' | 'recruiter' | 'applicant' | 'internal' | 'friend' | 'neighbour';
const KINDS: readonly Kind[] = ['supplier', 'recruiter', 'applicant', 'internal', 'friend', 'neighbour'];

const TEXTS: Record<
  Language,
  Record<Exclude<Kind, 'neighbour'>, { subjects: readonly string[]; bodies: readonly string[] }>
> = {
  en: {
    supplier: {
      subjects: ['New product range', 'Introducing our catalogue', 'Trade prices for {business}'],
      bodies: [
        'I look after accounts in your region for a workwear manufacturer. Our new catalogue is out and trade customers get 15% off their first order. Happy to drop off samples next time I am nearby.',
        'We distribute consumables for clinics and workshops and could likely save you money on what you buy today. Can I send over our price list?',
      ],
    },
    recruiter: {
      subjects: ['Candidates for your team', 'Hiring this quarter?', 'Staffing support'],
      bodies: [
        'I specialise in placing experienced staff in businesses like yours and currently have two strong candidates available. Our fee is only charged on a successful hire. Shall I send their profiles?',
        'Our agency provides temporary and permanent staff at short notice. If you have any vacancies coming up, I would love to help you fill them.',
      ],
    },
    applicant: {
      subjects: ['Application', 'Job enquiry', 'Open position'],
      bodies: [
        'I am writing to apply for the position advertised on your website. I have four years of experience and attach my CV and references. I would be glad to come in for an interview.',
        'I recently finished my training and would love to join your team. Please find my CV attached. I am available to start immediately.',
      ],
    },
    internal: {
      subjects: ['Rota next week', 'Reminder: team meeting', 'Stock check'],
      bodies: [
        'Hi all, quick reminder that the team meeting moved to Thursday at 9. Please bring your numbers for the month.',
        'I will be off on Monday, Sam is covering the front desk. The printer toner is on order.',
      ],
    },
    friend: {
      subjects: ['Saturday', 'Long time!', 'Quick favour'],
      bodies: [
        'Hi {owner},\n\nit was so good to catch up at the weekend. Could you send me the name of that place you mentioned? And are you free for a coffee one morning next week?\n\nLove,',
        'Hey {owner},\n\nthanks again for dinner, the kids loved it. Can you come round on Sunday? Bring the dog, and let me know if you want me to pick anything up.\n\nLots of love x',
      ],
    },
  },
  de: {
    supplier: {
      subjects: ['Unser neues Sortiment', 'Händlerpreise für {business}'],
      bodies: [
        'ich betreue für einen Hersteller von Arbeitskleidung die Kunden in Ihrer Region. Unser neuer Katalog ist da, Gewerbekunden erhalten 15 % auf die erste Bestellung. Gern bringe ich Muster vorbei.',
        'wir vertreiben Verbrauchsmaterial für Praxen und Werkstätten und könnten Ihre Einkaufskosten senken. Darf ich Ihnen unsere Preisliste schicken?',
      ],
    },
    recruiter: {
      subjects: ['Kandidaten für Ihr Team', 'Personalbedarf?'],
      bodies: [
        'ich vermittle erfahrene Fachkräfte an Betriebe wie Ihren und habe aktuell zwei passende Kandidaten. Unser Honorar fällt nur bei erfolgreicher Einstellung an. Soll ich Ihnen die Profile schicken?',
      ],
    },
    applicant: {
      subjects: ['Bewerbung', 'Initiativbewerbung'],
      bodies: [
        'hiermit bewerbe ich mich auf die Stelle von Ihrer Website. Ich habe vier Jahre Berufserfahrung, Lebenslauf und Zeugnisse hänge ich an. Über eine Einladung zum Gespräch freue ich mich.',
      ],
    },
    internal: {
      subjects: ['Dienstplan nächste Woche', 'Erinnerung: Teambesprechung'],
      bodies: [
        'Hallo zusammen, die Teambesprechung ist auf Donnerstag 9 Uhr verschoben. Bitte bringt eure Zahlen für den Monat mit.',
      ],
    },
    friend: {
      subjects: ['Samstag', 'Lange nicht gesehen', 'Kurze Frage'],
      bodies: [
        'Hallo {owner},\n\ndanke noch mal für den schönen Abend! Kannst du mir das Rezept schicken? Und sag Bescheid, wann ihr mal wieder Zeit habt, dann kommt ihr zu uns.\n\nLiebe Grüße',
        'Hi {owner},\n\nhast du am Wochenende Zeit? Wir wollten grillen und würden uns freuen, wenn du kommst. Melde dich einfach.\n\nBis bald',
      ],
    },
  },
  fr: {
    supplier: {
      subjects: ['Notre nouvelle gamme', 'Tarifs professionnels pour {business}'],
      bodies: [
        'je suis le commercial de votre secteur pour un fabricant de vêtements de travail. Notre nouveau catalogue est sorti et les professionnels bénéficient de 15 % sur la première commande. Je peux passer déposer des échantillons.',
      ],
    },
    recruiter: {
      subjects: ['Candidats pour votre équipe', 'Des besoins en recrutement ?'],
      bodies: [
        'je place des profils expérimentés dans des entreprises comme la vôtre et j’ai actuellement deux candidats disponibles. Nos honoraires ne sont dus qu’en cas d’embauche. Voulez-vous recevoir leurs profils ?',
      ],
    },
    applicant: {
      subjects: ['Candidature', 'Candidature spontanée'],
      bodies: [
        'je vous adresse ma candidature pour le poste publié sur votre site. J’ai quatre ans d’expérience, vous trouverez mon CV en pièce jointe. Je serais ravi de vous rencontrer.',
      ],
    },
    internal: {
      subjects: ['Planning de la semaine prochaine', 'Rappel : réunion d’équipe'],
      bodies: [
        'Bonjour à tous, la réunion d’équipe est déplacée à jeudi 9 h. Merci d’apporter vos chiffres du mois.',
      ],
    },
    friend: {
      subjects: ['Dimanche', 'Des nouvelles', 'Petit service'],
      bodies: [
        'Coucou {owner},\n\nmerci encore pour dimanche, c’était parfait ! Tu pourrais me renvoyer les photos ? Et tu es libre samedi pour un café ?\n\nBises',
        'Salut {owner},\n\nça fait longtemps ! Tu viens à l’anniversaire de Léa le 12 ? Dis-moi si tu peux passer plus tôt pour m’aider.\n\nGrosses bises',
      ],
    },
  },
  es: {
    supplier: {
      subjects: ['Nuestra nueva gama', 'Precios profesionales para {business}'],
      bodies: [
        'soy el comercial de su zona de un fabricante de ropa laboral. Ya tenemos el nuevo catálogo y los profesionales tienen un 15 % en el primer pedido. Puedo pasar a dejarles muestras.',
      ],
    },
    recruiter: {
      subjects: ['Candidatos para su equipo', '¿Necesidades de personal?'],
      bodies: [
        'me dedico a seleccionar personal con experiencia para empresas como la suya y ahora tengo dos candidatos disponibles. Solo cobramos si hay contratación. ¿Le envío sus perfiles?',
      ],
    },
    applicant: {
      subjects: ['Candidatura', 'Solicitud de empleo'],
      bodies: [
        'le escribo para presentar mi candidatura al puesto publicado en su web. Tengo cuatro años de experiencia y adjunto mi currículum. Quedo a su disposición para una entrevista.',
      ],
    },
    internal: {
      subjects: ['Turnos de la semana que viene', 'Recordatorio: reunión de equipo'],
      bodies: [
        'Hola a todos, la reunión de equipo se pasa al jueves a las 9. Traed las cifras del mes, por favor.',
      ],
    },
    friend: {
      subjects: ['El sábado', '¡Cuánto tiempo!', 'Un favor'],
      bodies: [
        'Hola {owner}:\n\n¡qué bien lo pasamos el sábado! ¿Me puedes pasar las fotos? Y a ver cuándo quedamos para un café.\n\nBesos',
        'Querida {owner}:\n\n¿vienes el domingo a comer a casa? Avísame si puedes pasar antes, que necesito ayuda con la mesa.\n\nUn abrazo',
      ],
    },
  },
};
/** A neighbour's note and its closing contact line (`{phone}` is the writer's own number). */
const NEIGHBOUR: Record<Language, { subjects: readonly string[]; bodies: readonly string[]; reach: string }> =
  {
    en: {
      subjects: ['Hi', 'Skip on Monday', 'parcel'],
      bodies: [
        'We live three doors down from you. A skip will be delivered on Monday for our loft clearance and will sit in the road outside number 12 for about a week.\n\nApologies if it makes parking awkward for your vans.',
        'A parcel addressed to your shop was left with us yesterday afternoon while you were closed.\n\nIt is in our porch, so just knock whenever is convenient.',
      ],
      reach: 'You can reach me on {phone}.',
    },
    de: {
      subjects: ['Hallo', 'Container', 'Paket'],
      bodies: [
        'wir wohnen drei Häuser weiter. Ab Montag steht für eine Woche ein Container vor Nummer 12, wir räumen den Dachboden aus.\n\nEntschuldigen Sie bitte, falls das Parken für Ihre Fahrzeuge schwieriger wird.',
        'gestern Nachmittag wurde bei uns ein Paket für Ihren Laden abgegeben, als Sie geschlossen hatten.\n\nEs steht bei uns im Flur, klingeln Sie einfach, wann es Ihnen passt.',
      ],
      reach: 'Sie erreichen mich unter {phone}.',
    },
    fr: {
      subjects: ['Bonjour', 'Benne lundi', 'colis'],
      bodies: [
        'nous habitons trois maisons plus loin. Une benne sera posée lundi devant le numéro 12 pendant une semaine, nous vidons le grenier.\n\nDésolés si cela gêne le stationnement de vos véhicules.',
        'un colis pour votre boutique a été déposé chez nous hier après-midi pendant votre fermeture.\n\nIl est dans notre entrée, passez quand cela vous arrange.',
      ],
      reach: 'Vous pouvez me joindre au {phone}.',
    },
    es: {
      subjects: ['Hola', 'Contenedor', 'paquete'],
      bodies: [
        'vivimos tres portales más abajo. El lunes ponen un contenedor delante del número 12 durante una semana, estamos vaciando el trastero.\n\nDisculpen si les complica aparcar las furgonetas.',
        'ayer por la tarde dejaron en casa un paquete para su tienda mientras estaba cerrada.\n\nLo tenemos en la entrada, pasen cuando les venga bien.',
      ],
      reach: 'Puede llamarme al {phone}.',
    },
  };
const GREETING: Record<Language, string> = { en: 'Hello,', de: 'Guten Tag,', fr: 'Bonjour,', es: 'Hola,' };

/** `count` raw personal non-customer emails; message i depends only on (seed, i). */
export function* nonCustomerMail(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 5_000_011, i);
    const kind = KINDS[i % KINDS.length] as Kind;
    if (kind === 'neighbour') {
      yield neighbourNote(
        seed,
        i,
        rng.pick(NEIGHBOUR[lang].subjects),
        lang,
        rng.pick(NEIGHBOUR[lang].bodies),
        person,
      );
      continue;
    }
    const t = TEXTS[lang][kind];
    const internal = kind === 'internal';
    const friend = kind === 'friend';
    const local = person.email.slice(0, person.email.indexOf('@'));
    const from = internal
      ? `${local}@${business.domain}`
      : kind === 'applicant' || friend
        ? person.email
        : `${local}@${rng.pick(['staffline', 'proworkwear', 'talentbridge', 'supplyhub'])}.example`;
    // A friend greets the owner by name and signs with a first name; the others write as strangers.
    const greeting = internal || friend ? '' : `${GREETING[lang]}\n\n`;
    const text = rng
      .pick(t.bodies)
      .replace('{owner}', business.owner.replace(/^(?:Dr|Prof)\.\s+/, '').split(' ')[0] ?? '');
    const signature = friend
      ? person.first
      : `${person.full}${rng.chance(0.6) ? `\n${person.phoneRaw}` : ''}`;
    const body = `${greeting}${text}\n${friend ? '' : '\n'}${signature}`;
    const head = [
      `From: ${person.full} <${from}>`,
      `To: ${internal || rng.chance(0.5) ? business.email : `leads+${business.id}@inbound.example`}`,
      `Subject: ${rng.pick(t.subjects).replace('{business}', business.name)}`,
      `Message-ID: <noncustomer-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 09:05:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`, 'utf8');
  }
}

/** Notes that ask like a customer and are none (see the file's comment), with their subjects. */
const ASKING_NOTES: Record<Language, readonly { subject: string; body: string; team: boolean }[]> = {
  en: [
    {
      subject: 'Saturday',
      body: 'Hi {owner},\n\nWould it be possible to borrow the trailer on Saturday morning? I would have it back by lunchtime. Is the afternoon free for a pint afterwards?\n\nLove,',
      team: false,
    },
    {
      subject: 'Monday',
      body: 'Hi all,\n\nThe van is in for its service on Monday. Is anybody free to take the materials over in the afternoon instead? What would work better, before or after lunch?',
      team: true,
    },
    {
      subject: 'Summer fair raffle',
      body: 'Hello,\n\nOur school summer fair is on 27 June and we are collecting raffle prizes. Would a voucher or a small prize be possible? Everything raised goes to the new playground.',
      team: false,
    },
    {
      subject: 'Litter pick',
      body: 'Hello everyone,\n\nIs everybody free on Sunday 14 March for the village litter pick? How much would it cost to hire the skip for the day, does anybody know?',
      team: false,
    },
  ],
  de: [
    {
      subject: 'Sonntag',
      body: 'Hallo {owner},\n\nwäre es möglich, dass du am Sonntag die Kinder nimmst? Wir müssen ins Krankenhaus zu Papa. Ab 9 Uhr, ginge das?',
      team: false,
    },
    {
      subject: 'Montag',
      body: 'Hallo zusammen,\n\nder Transporter ist am Montag in der Werkstatt. Ist jemand am Nachmittag frei, um das Material zu fahren? Wäre vormittags auch möglich?',
      team: true,
    },
    {
      subject: 'Tombola Sommerfest',
      body: 'Guten Tag,\n\nfür das Sommerfest unserer Grundschule sammeln wir Preise für die Tombola. Wäre ein Gutschein möglich? Der Erlös geht an den neuen Spielplatz.',
      team: false,
    },
    {
      subject: 'Vereinsabend',
      body: 'Liebe Mitglieder,\n\nist am 14. März noch jemand frei für den Aufbau? Was würde die Miete für den Saal kosten, weiß das jemand?',
      team: false,
    },
  ],
  fr: [
    {
      subject: 'perceuse',
      body: 'Salut {owner},\n\nserait-il possible que tu me prêtes ta perceuse ce week-end ? Samedi matin, ce serait possible ?',
      team: false,
    },
    {
      subject: 'lundi',
      body: 'Bonjour à tous,\n\nle camion part en révision lundi. Quelqu’un serait-il libre lundi après-midi pour livrer le chantier ? Le matin serait-il possible aussi ?',
      team: true,
    },
    {
      subject: 'Tombola de l’école',
      body: 'Bonjour,\n\npour la kermesse de l’école le 27 juin, nous cherchons des lots pour la tombola. Un bon cadeau serait-il possible ? Tout l’argent va au nouveau préau.',
      team: false,
    },
    {
      subject: 'Assemblée générale',
      body: 'Chers adhérents,\n\nqui serait libre le 14 mars pour installer la salle ? Combien coûterait la location des tables, quelqu’un le sait-il ?',
      team: false,
    },
  ],
  es: [
    {
      subject: 'El domingo',
      body: 'Hola {owner}:\n\n¿sería posible que te quedaras con los niños el domingo? Tenemos que ir al hospital a ver a papá. ¿Te viene bien a partir de las 9?',
      team: false,
    },
    {
      subject: 'El lunes',
      body: 'Hola a todos:\n\nla furgoneta entra el lunes en el taller. ¿Alguien está libre por la tarde para llevar el material a la obra? ¿Sería posible por la mañana?',
      team: true,
    },
    {
      subject: 'Rifa de la fiesta',
      body: 'Buenos días:\n\npara la fiesta del colegio del 27 de junio buscamos premios para la rifa. ¿Sería posible un vale regalo? Todo lo recaudado va al nuevo patio.',
      team: false,
    },
    {
      subject: 'Asamblea',
      body: 'Queridos socios:\n\n¿quién está libre el 14 de marzo para montar la sala? ¿Cuánto costaría alquilar las mesas, alguien lo sabe?',
      team: false,
    },
  ],
};
/** `count` raw notes asking like a customer (see the file's comment); message i depends only on (seed, i). */
export function* askingNotes(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 5_000_017, i);
    const note = rng.pick(ASKING_NOTES[lang]);
    const owner = business.owner.replace(/^(?:Dr|Prof)\.\s+/, '').split(' ')[0] ?? '';
    const body = `${note.body.replace('{owner}', owner)}\n\n${person.first}${rng.chance(0.5) ? `\n${person.phoneRaw}` : ''}`;
    // A note to the team comes from a colleague's address at the business.
    const from = note.team
      ? `${person.email.slice(0, person.email.indexOf('@'))}@${business.domain}`
      : person.email;
    const head = [
      `From: ${person.full} <${from}>`,
      `To: ${business.email}`,
      `Subject: ${note.subject}`,
      `Message-ID: <asking-note-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 09:05:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`, 'utf8');
  }
}

/** A neighbour's note from their bare address: greeting, the news, how to reach them, sign-off. */
function neighbourNote(
  seed: number,
  i: number,
  subject: string,
  lang: Language,
  text: string,
  person: Person,
): Buffer {
  const reach = NEIGHBOUR[lang].reach.replace('{phone}', person.phoneRaw);
  const body = `${GREETING[lang]}\n\n${text}\n\n${reach}\n\n${person.full}`;
  const head = [
    `From: ${person.email}`,
    'To: leads@inbound.example',
    `Subject: ${subject}`,
    `Message-ID: <noncustomer-${seed}-${i}@mail.example>`,
    'Date: Thu, 12 Nov 2026 09:05:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`, 'utf8');
}
