/**
 * Seeded cold sales pitches for training the triage model: unsolicited mail from a salesperson who
 * writes politely, passes SPF/DKIM, and leaves their own phone number, so nothing but its wording
 * and its shape says it is not an enquiry. The SpamAssassin sets hold little of this kind (their
 * spam is older and louder), and without it the model reads "a person, a phone, no links" as a
 * lead. Written for this repository in four languages; the pitch is about the sender's offer, the
 * contact details are the sender's own, and half end with an opt-out line. Message i depends only
 * on (seed, i).
 */
import type { Language } from '../../src/corpus/people.js';
import { seededMessage } from './seeded.js';

interface PitchWords {
  subjects: readonly string[];
  greetings: readonly string[];
  /** Opening lines: who the sender is or why they write. */
  openers: readonly string[];
  /** What they sell; `{business}` is the recipient's name. */
  offers: readonly string[];
  /** Sentences that carry no sales vocabulary at all, so wording alone cannot decide. */
  neutral: readonly string[];
  /** The call to action; `{phone}` is the sender's own number. */
  asks: readonly string[];
  titles: readonly string[];
  signOffs: readonly string[];
  optOuts: readonly string[];
  companies: readonly string[];
}

export const WORDS: Record<Language, PitchWords> = {
  en: {
    subjects: [
      'Quick question',
      'Partnership idea for {business}',
      'More customers for {business}',
      'Following up',
      'Can we talk this week?',
      'Idea for your website',
      'Re: your listing',
    ],
    greetings: ['Hi there,', 'Hello,', 'Hi {owner},', 'Good morning,'],
    openers: [
      'I came across {business} online and was impressed by your reviews.',
      "I'm reaching out because we work with a lot of firms in your area.",
      'My name is {sender} and I run a small digital agency.',
      'I noticed your site does not show up for some obvious searches.',
      'We have helped over 200 local companies like yours this year.',
    ],
    offers: [
      'We offer search engine optimisation that puts you on the first page of Google within 90 days.',
      'Our team builds booking systems that cut no-shows in half.',
      'We can supply pre-qualified appointments every week, you only pay per meeting.',
      'Our agency designs websites that turn visitors into paying customers.',
      'We provide bookkeeping and payroll for a fixed monthly fee.',
      'We help businesses like yours grow your revenue with targeted ads.',
      'Our platform sends review requests automatically after every visit.',
    ],
    neutral: [
      'It only takes a few minutes to explain.',
      'Happy to send a few examples.',
      'Most of the setup is done on our side.',
      'The results speak for themselves.',
      'No pressure at all.',
    ],
    asks: [
      'Would you be open to a quick call? You can reach me directly on {phone}.',
      'Call or text me on {phone} and I will walk you through it.',
      'Are you free for 15 minutes on Thursday? My direct line is {phone}.',
      'Just reply to this email or ring me on {phone}.',
    ],
    titles: [
      'Business Development Manager',
      'Account Executive',
      'Founder',
      'Sales Director',
      'Growth Consultant',
    ],
    signOffs: ['Best regards,', 'Cheers,', 'Thanks,', 'Kind regards,'],
    optOuts: [
      'If you would rather not hear from me again, reply "stop" and I will remove you from my list.',
      'Not interested? Just reply and let me know.',
      'To unsubscribe from future emails, reply with REMOVE.',
    ],
    companies: ['RankRise Digital', 'LeadFlow Partners', 'BrightPath Media', 'Summit Growth Co.'],
  },
  de: {
    subjects: [
      'Kurze Frage',
      'Mehr Kunden für {business}',
      'Kooperation mit {business}',
      'Ihre Website',
      'Nachfrage zu meiner letzten E-Mail',
      'Idee für Ihr Marketing',
    ],
    greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hallo {owner},'],
    openers: [
      'ich bin auf Ihre Website gestoßen und habe gesehen, dass Sie Ihre Termine noch telefonisch vergeben.',
      'mein Name ist {sender}, ich leite eine kleine Agentur in Ihrer Region.',
      'ich melde mich mit einem Vorschlag für Ihr Unternehmen.',
      'wir betreuen bereits über 150 Betriebe aus Ihrer Branche.',
    ],
    offers: [
      'Wir bieten Suchmaschinenoptimierung, mit der Sie in 90 Tagen auf Seite eins bei Google stehen.',
      'Unser Team entwickelt Online-Buchungssysteme, die Ausfälle halbieren.',
      'Wir liefern Ihnen jede Woche qualifizierte Termine, Sie zahlen nur pro Gespräch.',
      'Unsere Agentur gestaltet Webseiten, die Besucher zu Kunden machen.',
      'Wir übernehmen Ihre Buchhaltung zum monatlichen Festpreis.',
      'Wir helfen Betrieben wie Ihrem, den Umsatz mit gezielter Werbung zu steigern.',
    ],
    neutral: [
      'Das lässt sich in wenigen Minuten erklären.',
      'Gerne schicke ich Ihnen ein paar Beispiele.',
      'Die Einrichtung übernehmen wir komplett.',
      'Die Ergebnisse sprechen für sich.',
    ],
    asks: [
      'Hätten Sie diese Woche Zeit für ein kurzes Telefonat? Sie erreichen mich direkt unter {phone}.',
      'Rufen Sie mich gern an: {phone}.',
      'Passt Ihnen Donnerstag für 15 Minuten? Meine Durchwahl: {phone}.',
      'Antworten Sie einfach auf diese E-Mail oder rufen Sie mich unter {phone} an.',
    ],
    titles: ['Geschäftsführer', 'Vertriebsleiter', 'Key Account Manager', 'Inhaber', 'Berater'],
    signOffs: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
    optOuts: [
      'Wenn Sie keine weiteren Nachrichten von mir wünschen, antworten Sie kurz mit „Stopp“.',
      'Kein Interesse? Dann genügt eine kurze Antwort und ich melde mich nicht mehr.',
      'Zum Abmelden antworten Sie bitte mit „Abmelden“.',
    ],
    companies: ['Sichtbar Digital GmbH', 'TerminPlus', 'Nordlicht Medien', 'Wachstum & Co. KG'],
  },
  fr: {
    subjects: [
      'Petite question',
      'Plus de clients pour {business}',
      'Proposition de partenariat',
      'Votre site internet',
      'Relance',
      'Une idée pour votre visibilité',
    ],
    greetings: ['Bonjour,', 'Bonjour {owner},', 'Madame, Monsieur,'],
    openers: [
      'Je me permets de vous contacter car j’ai découvert {business} en ligne.',
      'Je m’appelle {sender} et je dirige une petite agence web.',
      'J’ai remarqué que votre site n’apparaît pas sur certaines recherches évidentes.',
      'Nous accompagnons déjà plus de 150 entreprises de votre secteur.',
    ],
    offers: [
      'Nous proposons un référencement qui vous place en première page de Google en 90 jours.',
      'Notre équipe conçoit des systèmes de réservation en ligne qui réduisent les rendez-vous manqués.',
      'Nous vous apportons chaque semaine des rendez-vous qualifiés, payés seulement à la réunion.',
      'Notre agence crée des sites qui transforment les visiteurs en clients.',
      'Nous prenons en charge votre comptabilité pour un forfait mensuel.',
      'Nous aidons les entreprises comme la vôtre à développer leur chiffre d’affaires.',
    ],
    neutral: [
      'Cela ne prend que quelques minutes à expliquer.',
      'Je peux vous envoyer quelques exemples.',
      'Toute la mise en place est faite de notre côté.',
      'Les résultats parlent d’eux-mêmes.',
    ],
    asks: [
      'Seriez-vous disponible pour un court échange ? Vous pouvez me joindre au {phone}.',
      'Appelez-moi au {phone}, je vous explique tout.',
      'Avez-vous 15 minutes jeudi ? Ma ligne directe : {phone}.',
      'Répondez simplement à cet e-mail ou appelez-moi au {phone}.',
    ],
    titles: ['Directeur commercial', 'Chargé d’affaires', 'Fondateur', 'Consultant', 'Gérant'],
    signOffs: ['Cordialement,', 'Bien à vous,', 'Belle journée,'],
    optOuts: [
      'Si vous ne souhaitez plus recevoir mes messages, répondez « STOP ».',
      'Pas intéressé ? Un simple mot en réponse et je ne vous relancerai plus.',
      'Pour vous désinscrire, répondez « désinscription ».',
    ],
    companies: ['Visibilité Pro', 'Agence Horizon Web', 'RDV Qualifiés SAS', 'Croissance Locale'],
  },
  es: {
    subjects: [
      'Una pregunta rápida',
      'Más clientes para {business}',
      'Propuesta de colaboración',
      'Su página web',
      'Seguimiento',
      'Una idea para su negocio',
    ],
    greetings: ['Hola,', 'Buenos días,', 'Hola {owner},', 'Estimado/a,'],
    openers: [
      'Me pongo en contacto con usted porque he visto {business} en internet.',
      'Me llamo {sender} y dirijo una pequeña agencia digital.',
      'He visto que su web no aparece en algunas búsquedas evidentes.',
      'Trabajamos ya con más de 150 empresas de su sector.',
    ],
    offers: [
      'Ofrecemos posicionamiento SEO que le sitúa en la primera página de Google en 90 días.',
      'Nuestro equipo desarrolla sistemas de reservas online que reducen las ausencias a la mitad.',
      'Le conseguimos citas cualificadas cada semana y solo paga por reunión.',
      'Nuestra agencia diseña webs que convierten visitas en clientes.',
      'Llevamos su contabilidad por una cuota mensual fija.',
      'Ayudamos a negocios como el suyo a aumentar su facturación con anuncios segmentados.',
    ],
    neutral: [
      'Se explica en pocos minutos.',
      'Puedo enviarle algunos ejemplos.',
      'Toda la configuración corre de nuestra cuenta.',
      'Los resultados hablan por sí solos.',
    ],
    asks: [
      '¿Tendría unos minutos para una llamada? Puede llamarme directamente al {phone}.',
      'Llámeme o escríbame por WhatsApp al {phone}.',
      '¿Le viene bien el jueves 15 minutos? Mi línea directa: {phone}.',
      'Responda a este correo o llámeme al {phone}.',
    ],
    titles: ['Director comercial', 'Ejecutiva de cuentas', 'Fundador', 'Consultor', 'Gerente'],
    signOffs: ['Un saludo,', 'Saludos cordiales,', 'Atentamente,'],
    optOuts: [
      'Si no desea recibir más correos, responda «BAJA».',
      '¿No le interesa? Dígamelo y no volveré a escribirle.',
      'Para darse de baja, responda a este mensaje.',
    ],
    companies: ['Visibilidad Local SL', 'Citas Pro', 'Agencia Norte Digital', 'Crece Online'],
  },
};

/** `count` raw cold pitches; message i depends only on (seed, i). */
export function* coldPitches(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person: sender } = seededMessage(seed, 2_000_003, i);
    const w = WORDS[lang];
    const company = rng.pick(w.companies);
    const domain = `${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
    const fill = (t: string) =>
      t
        .replace('{business}', business.name)
        .replace('{owner}', business.owner.split(' ')[0] ?? '')
        .replace('{sender}', sender.full)
        .replace('{phone}', sender.phoneRaw);
    const body: string[] = [fill(rng.pick(w.greetings))];
    const paragraph = [rng.pick(w.openers), ...rng.shuffle(w.offers).slice(0, rng.int(1, 2))];
    if (rng.chance(0.6)) paragraph.push(rng.pick(w.neutral));
    body.push(fill(paragraph.join(' ')));
    body.push(fill(rng.pick(w.asks)));
    const signature = [rng.pick(w.signOffs), sender.full];
    if (rng.chance(0.7)) signature.push(rng.pick(w.titles));
    signature.push(company);
    if (rng.chance(0.6)) signature.push(`Tel: ${sender.phoneRaw}`);
    if (rng.chance(0.5)) signature.push(`www.${domain}`);
    body.push(signature.join('\n'));
    if (rng.chance(0.5)) body.push(rng.pick(w.optOuts));
    const local = sender.email.slice(0, sender.email.indexOf('@'));
    const head = [
      `From: ${sender.full} <${local}@${domain}>`,
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${fill(rng.pick(w.subjects))}`,
      `Message-ID: <pitch-${seed}-${i}@${domain}>`,
      'Date: Thu, 12 Nov 2026 09:05:00 +0000',
      `Authentication-Results: mx.inbound.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${body.join('\n\n').replace(/\n/g, '\r\n')}\r\n`, 'utf8');
  }
}
