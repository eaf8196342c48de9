/** Non-lead layouts: mailings, receipts, existing customers, applicants, pitches, scams, auto-replies, DSNs, notices. */
import { phoneFor } from './data.js';
import { multipart, rawPart, textPart } from './mime.js';
import type { NonLeadLayout } from './types.js';
import { digits, esc, pick4 } from './util.js';

export const wholesaleMailing: NonLeadLayout = {
  id: 'trade-supplier-season-mailing',
  reason: 'bulk',
  description:
    'a trade supplier\'s seasonal mailing (HTML with text): three offers with prices, a "order by" date, an unsubscribe link, List-Unsubscribe and Precedence: bulk headers',
  build(c) {
    const L = pick4(c.lang, {
      en: ['Season offers for trade customers', 'Order by the 20th for delivery next week.', 'Unsubscribe'],
      de: ['Saisonangebote für Fachkunden', 'Bis zum 20. bestellen, Lieferung nächste Woche.', 'Abmelden'],
      fr: [
        'Offres de saison pour les professionnels',
        'Commandez avant le 20 pour une livraison la semaine suivante.',
        'Se désabonner',
      ],
      es: [
        'Ofertas de temporada para profesionales',
        'Pida antes del día 20 y se lo enviamos la semana siguiente.',
        'Darse de baja',
      ],
    });
    const items = ['Pro Pack A', 'Pro Pack B', 'Service Kit'].map(
      (x) => `${x} — ${c.rng.int(19, 240)},${c.rng.int(10, 99)} €`,
    );
    const html = `<h1>${esc(L[0])}</h1><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul><p>${esc(L[1])}</p><p><a href="https://tradehub.test/u/${c.rng.hex(12)}">${esc(L[2])}</a></p>`;
    const text = `${L[0]}\n\n${items.join('\n')}\n\n${L[1]}\n\n${L[2]}: https://tradehub.test/u/${c.rng.hex(12)}\n`;
    return {
      from: { name: 'Tradehub Wholesale', email: 'news@tradehub.test' },
      subject: L[0],
      headers: [
        ['List-Unsubscribe', `<https://tradehub.test/u/${c.rng.hex(12)}>`],
        ['Precedence', 'bulk'],
      ],
      html,
      text,
      primary: 'html',
    };
  },
};

export const paymentReceipt: NonLeadLayout = {
  id: 'card-terminal-monthly-statement',
  reason: 'transactional',
  description:
    "the card-terminal provider's monthly statement in plain text: statement number, number of payments, fees, the amount paid out to the business's account ending in four digits, and a support line",
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Your statement',
        'Payments',
        'Fees',
        'Paid out to account ending',
        'Questions? Call our merchant line',
      ],
      de: [
        'Ihre Abrechnung',
        'Zahlungen',
        'Gebühren',
        'Ausgezahlt auf Konto mit Endziffern',
        'Fragen? Händler-Hotline',
      ],
      fr: [
        'Votre relevé',
        'Paiements',
        'Frais',
        'Versé sur le compte se terminant par',
        'Des questions ? Ligne commerçants',
      ],
      es: [
        'Su liquidación',
        'Cobros',
        'Comisiones',
        'Abonado en la cuenta terminada en',
        '¿Dudas? Línea de comercios',
      ],
    });
    const no = `ST-${digits(c.rng, 8)}`;
    const text = `${L[0]} ${no} — ${c.biz.name}\n\n${L[1]}: ${c.rng.int(20, 300)}\n${L[2]}: ${c.rng.int(5, 90)},${c.rng.int(10, 99)}\n${L[3]} ${c.rng.digits(4)}: ${c.rng.int(900, 9000)},${c.rng.int(10, 99)}\n\n${L[4]}: 0800 000 000\nTapay Merchant Services\n`;
    return { from: { name: 'Tapay', email: 'statements@tapay.test' }, subject: `${L[0]} ${no}`, text };
  },
};

export const existingReschedule: NonLeadLayout = {
  id: 'booked-client-moves-appointment',
  reason: 'customer_service',
  description:
    'an existing client answers ("Re:") the business\'s booking confirmation to move their appointment, quoting the booking number, with In-Reply-To/References; HTML with text, name and phone in the sign-off',
  build(c) {
    const ref = `BK-${digits(c.rng, 6)}`;
    const L = pick4(c.lang, {
      en: [
        `Re: Your booking ${ref} is confirmed`,
        `Hello, could we move booking ${ref} to the following week? Same time would be ideal. Sorry for the change.`,
        'Thanks,',
      ],
      de: [
        `AW: Ihre Buchung ${ref} ist bestätigt`,
        `Guten Tag, können wir die Buchung ${ref} auf die Woche danach verschieben? Gleiche Uhrzeit wäre ideal. Entschuldigung für die Änderung.`,
        'Danke,',
      ],
      fr: [
        `RE: Votre réservation ${ref} est confirmée`,
        `Bonjour, pourrions-nous décaler la réservation ${ref} à la semaine suivante ? Même heure si possible. Désolé pour le changement.`,
        'Merci,',
      ],
      es: [
        `RE: Su reserva ${ref} está confirmada`,
        `Hola, ¿podemos pasar la reserva ${ref} a la semana siguiente? A la misma hora sería ideal. Perdón por el cambio.`,
        'Gracias,',
      ],
    });
    const sig = `${c.person.first} ${c.person.last}`;
    const mid = `<${c.rng.hex(16)}@${c.biz.domain}>`;
    return {
      from: { name: sig, email: c.person.email },
      subject: L[0],
      headers: [
        ['In-Reply-To', mid],
        ['References', mid],
      ],
      text: `${L[1]}\n\n${L[2]}\n${sig}\n`,
      html: `<p>${esc(L[1])}</p><p>${esc(L[2])}<br>${esc(sig)}</p>`,
      primary: 'text',
    };
  },
};

export const traineeApplication: NonLeadLayout = {
  id: 'trainee-placement-application',
  reason: 'needs_review',
  description:
    'a student asks for a work-experience placement in plain text: school, dates, why this trade, name and mobile at the bottom',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Work experience placement',
        'I am in my final school year and would love to spend two weeks of work experience with your team in June. I am reliable, good with my hands and keen to learn the trade.',
        'Many thanks for considering it,',
      ],
      de: [
        'Anfrage Schnupperpraktikum',
        'Ich bin in der Abschlussklasse und würde gern im Juni zwei Wochen ein Praktikum bei Ihnen machen. Ich bin zuverlässig, handwerklich geschickt und möchte das Handwerk kennenlernen.',
        'Vielen Dank fürs Lesen,',
      ],
      fr: [
        'Demande de stage d’observation',
        'Je suis en terminale et j’aimerais faire un stage de deux semaines dans votre équipe en juin. Je suis sérieux, habile de mes mains et curieux du métier.',
        'Merci de votre attention,',
      ],
      es: [
        'Solicitud de prácticas',
        'Estoy en el último curso del instituto y me gustaría hacer dos semanas de prácticas con ustedes en junio. Soy responsable, mañoso y tengo muchas ganas de aprender el oficio.',
        'Muchas gracias por leerme,',
      ],
    });
    return {
      from: { name: `${c.person.first} ${c.person.last}`, email: c.person.email },
      subject: L[0],
      text: `${L[1]}\n\n${L[2]}\n${c.person.first} ${c.person.last}\n${phoneFor(c.rng, c.biz.region)}\n`,
    };
  },
};

export const seoPitch: NonLeadLayout = {
  id: 'backlink-package-cold-pitch',
  reason: 'spam',
  description:
    'a cold pitch for a "premium backlink package" (HTML with text): claims of rankings, three package prices in dollars, a reply-for-a-sample line, signed by an outreach manager',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Quick question about your rankings',
        'I noticed your website is not on page one for your main keywords. Our premium backlink packages fix that in 30 days. Starter $149, Growth $299, Authority $599. Reply "YES" for a free sample report.',
      ],
      de: [
        'Kurze Frage zu Ihren Rankings',
        'Ihre Website steht für Ihre wichtigsten Suchbegriffe nicht auf Seite eins. Unsere Premium-Backlink-Pakete ändern das in 30 Tagen. Starter 149 $, Growth 299 $, Authority 599 $. Antworten Sie mit „JA“ für einen kostenlosen Musterbericht.',
      ],
      fr: [
        'Petite question sur votre référencement',
        'Votre site n’apparaît pas en première page pour vos mots-clés. Nos packs de liens premium corrigent cela en 30 jours. Starter 149 $, Growth 299 $, Authority 599 $. Répondez « OUI » pour un rapport d’essai gratuit.',
      ],
      es: [
        'Una pregunta sobre su posicionamiento',
        'Su web no aparece en la primera página para sus palabras clave. Nuestros paquetes de enlaces premium lo arreglan en 30 días. Starter 149 $, Growth 299 $, Authority 599 $. Responda «SÍ» y le enviamos un informe de muestra gratis.',
      ],
    });
    return {
      from: { name: 'Kyle Brandt', email: 'kyle@rankrocket.test' },
      subject: L[0],
      text: `${L[1]}\n\nKyle Brandt\nOutreach Manager, RankRocket\n`,
      html: `<p>${esc(L[1])}</p><p>Kyle Brandt<br>Outreach Manager, RankRocket</p>`,
      primary: 'html',
    };
  },
};

export const inheritanceScam: NonLeadLayout = {
  id: 'unclaimed-inheritance-scam',
  reason: 'spam',
  description:
    'an advance-fee scam in HTML only: a "barrister" announces an unclaimed inheritance of a deceased client with the business owner\'s surname, asks for full name, phone and a processing fee, reply to a free-mail address',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'CONFIDENTIAL: unclaimed estate',
        'I am Barrister Godfrey Amadi. A client of mine died without heirs leaving USD 8,400,000. As you share his family name, I propose we claim it together. Send your full name, private phone and a processing fee of USD 350.',
      ],
      de: [
        'VERTRAULICH: herrenloser Nachlass',
        'Ich bin Rechtsanwalt Godfrey Amadi. Ein Mandant starb ohne Erben und hinterließ 8.400.000 USD. Da Sie seinen Familiennamen tragen, schlage ich vor, dass wir das Erbe gemeinsam beanspruchen. Senden Sie Ihren vollen Namen, Ihre private Nummer und eine Bearbeitungsgebühr von 350 USD.',
      ],
      fr: [
        'CONFIDENTIEL : succession non réclamée',
        'Je suis Maître Godfrey Amadi. Un client est décédé sans héritier en laissant 8 400 000 USD. Comme vous portez son nom, je vous propose de réclamer cette somme ensemble. Envoyez votre nom complet, votre téléphone privé et des frais de dossier de 350 USD.',
      ],
      es: [
        'CONFIDENCIAL: herencia sin reclamar',
        'Soy el abogado Godfrey Amadi. Un cliente falleció sin herederos y dejó 8.400.000 USD. Como usted comparte su apellido, le propongo reclamarlos juntos. Envíe su nombre completo, su teléfono privado y una tasa de gestión de 350 USD.',
      ],
    });
    return {
      from: { name: 'Barrister G. Amadi', email: 'g.amadi.chambers@freemail.test' },
      replyTo: { email: 'amadi.claims@freemail.test' },
      subject: L[0],
      html: `<p><b>${esc(L[0])}</b></p><p>${esc(L[1])}</p>`,
    };
  },
};

export const supplierAutoreply: NonLeadLayout = {
  id: 'supplier-holiday-closure-autoreply',
  reason: 'auto_reply',
  description:
    'automatic reply from a supplier closed for the holidays: reopening date, an emergency line, the original subject quoted; Auto-Submitted: auto-replied; plain text',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Automatic reply',
        'Our office is closed for the holidays and reopens on 5 January. Your e-mail will be read then.',
      ],
      de: [
        'Automatische Antwort',
        'Unser Büro ist über die Feiertage geschlossen und ab 5. Januar wieder besetzt. Ihre E-Mail wird dann gelesen.',
      ],
      fr: [
        'Réponse automatique',
        'Nos bureaux sont fermés pour les fêtes et rouvrent le 5 janvier. Votre courriel sera lu à ce moment-là.',
      ],
      es: [
        'Respuesta automática',
        'Nuestra oficina está cerrada por las fiestas y reabre el 5 de enero. Leeremos su correo entonces.',
      ],
    });
    return {
      from: { name: 'Partsline Orders', email: 'orders@partsline.test' },
      subject: `${L[0]}: ${c.biz.name} order ${digits(c.rng, 5)}`,
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Autoreply', 'yes'],
      ],
      text: `${L[1]}\n\nPartsline\n`,
    };
  },
};

export const unknownUserDsn: NonLeadLayout = {
  id: 'unknown-recipient-report',
  reason: 'delivery_report',
  description:
    'a delivery status notification (multipart/report) for a message the business sent to a mistyped address: plain explanation, message/delivery-status with Status 5.1.1, and the returned headers',
  build(c) {
    const bad = `${c.person.first
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}@mailbox.tset`;
    const explain = textPart(
      'plain',
      `This is the mail system at host mx.${c.biz.domain}.\n\nYour message could not be delivered to one or more recipients.\n\n<${bad}>: host not found, user unknown\n`,
      'utf-8',
      c.n % 2 ? 'quoted-printable' : 'base64',
    );
    const status = rawPart(
      'message/delivery-status',
      `Reporting-MTA: dns; mx.${c.biz.domain}\n\nFinal-Recipient: rfc822; ${bad}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n`,
    );
    const returned = rawPart(
      'text/rfc822-headers',
      `From: ${c.biz.inbox}\nTo: ${bad}\nSubject: Your quote\n`,
    );
    return {
      from: { name: 'Mail Delivery System', email: `MAILER-DAEMON@mx.${c.biz.domain}` },
      subject: 'Undelivered Mail Returned to Sender',
      root: multipart('report', [explain, status, returned], c.rng, ' report-type=delivery-status;'),
    };
  },
};

export const bookingSiteNotice: NonLeadLayout = {
  id: 'website-builder-plan-renewal',
  reason: 'account_notice',
  description:
    'the business\'s website builder says its plan renews in seven days (HTML with text): plan name, price, card ending, a "manage billing" link',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Your plan renews in 7 days',
        'Your Business plan will renew automatically. Card ending',
        'Manage billing',
      ],
      de: [
        'Ihr Tarif verlängert sich in 7 Tagen',
        'Ihr Business-Tarif verlängert sich automatisch. Karte mit Endziffern',
        'Zahlung verwalten',
      ],
      fr: [
        'Votre forfait se renouvelle dans 7 jours',
        'Votre forfait Business sera renouvelé automatiquement. Carte se terminant par',
        'Gérer la facturation',
      ],
      es: [
        'Su plan se renueva en 7 días',
        'Su plan Business se renovará automáticamente. Tarjeta terminada en',
        'Gestionar la facturación',
      ],
    });
    const line = `${L[1]} ${c.rng.digits(4)} — ${c.rng.int(90, 300)} €/an`;
    return {
      from: { name: 'Brickpage Billing', email: 'billing@brickpage.test' },
      subject: `${L[0]} — ${c.biz.domain}`,
      html: `<h2>${esc(L[0])}</h2><p>${esc(line)}</p><p><a href="https://brickpage.test/billing">${esc(L[2])}</a></p>`,
      text: `${L[0]}\n\n${line}\n\n${L[2]}: https://brickpage.test/billing\n`,
      primary: 'html',
    };
  },
};
