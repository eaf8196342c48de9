/** Nine non-lead layouts, one expected reason each. */
import { drawNumber, intlForm } from './data.js';
import { type Charset, type MimeNode, multipart, rawPart, textPart } from './mime.js';
import type { Rng } from './rng.js';
import type { Draft, NonLeadLayout } from './types.js';
import { drawWhen, esc, fullName, longDate, t } from './util.js';

const fairBulletin: NonLeadLayout = {
  id: 'trade-fair-exhibitor-bulletin',
  reason: 'bulk',
  description:
    'a trade fair organiser’s exhibitor bulletin (HTML with text): stand booking deadline, a speaker line-up, hotel contingent, List-Unsubscribe and Precedence: bulk',
  build({ lang, biz, rng }) {
    const fair = t(lang, {
      en: 'CraftTrade Expo',
      de: 'Handwerk & Handel Messe',
      fr: 'Salon Métiers & Passions',
      es: 'Feria Oficios Vivos',
    });
    const lines = t(lang, {
      en: [
        `Exhibitor bulletin no. ${rng.int(3, 19)}`,
        'Stand bookings close on 30 April – 80 stands left in Hall B.',
        'New this year: a demo stage with three talks a day and a networking breakfast.',
        'Hotel contingent at partner rates until 15 March.',
        'You receive this bulletin because you exhibited in 2025.',
      ],
      de: [
        `Ausstellerbrief Nr. ${rng.int(3, 19)}`,
        'Standbuchung bis 30. April – noch 80 Stände in Halle B.',
        'Neu: eine Vorführbühne mit drei Vorträgen täglich und ein Netzwerkfrühstück.',
        'Hotelkontingent zu Partnerpreisen bis 15. März.',
        'Sie erhalten diesen Brief, weil Sie 2025 ausgestellt haben.',
      ],
      fr: [
        `Lettre aux exposants n° ${rng.int(3, 19)}`,
        'Réservation des stands jusqu’au 30 avril – 80 stands restants en halle B.',
        'Nouveauté : une scène de démonstration avec trois conférences par jour.',
        'Contingent hôtelier à tarif partenaire jusqu’au 15 mars.',
        'Vous recevez cette lettre car vous avez exposé en 2025.',
      ],
      es: [
        `Boletín de expositores n.º ${rng.int(3, 19)}`,
        'La reserva de stands cierra el 30 de abril; quedan 80 en el pabellón B.',
        'Novedad: un escenario de demostraciones con tres charlas al día.',
        'Cupo de hotel a precio de socio hasta el 15 de marzo.',
        'Recibe este boletín porque expuso en 2025.',
      ],
    });
    const unsub = t(lang, { en: 'Unsubscribe', de: 'Abmelden', fr: 'Se désinscrire', es: 'Darse de baja' });
    return {
      from: { name: fair, email: 'news@fair-bulletin.test' },
      subject: `${fair}: ${lines[0]}`,
      headers: [
        [
          'List-Unsubscribe',
          `<https://fair-bulletin.test/unsub?u=${rng.hex(10)}>, <mailto:unsub@fair-bulletin.test>`,
        ],
        ['List-Id', `<exhibitors.fair-bulletin.test>`],
        ['Precedence', 'bulk'],
      ],
      html: `<h1>${esc(fair)}</h1>${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}<p><a href="https://fair-bulletin.test/unsub">${esc(unsub)}</a> · ${esc(biz.name)}</p>`,
      text: `${fair}\n\n${lines.join('\n\n')}\n\n${unsub}: https://fair-bulletin.test/unsub`,
      primary: 'html',
    };
  },
};

const dispatch: NonLeadLayout = {
  id: 'wholesaler-dispatch-tracking',
  reason: 'transactional',
  description:
    'a wholesaler tells the business its own order has shipped: order and parcel numbers, carrier, item list, expected delivery day',
  build({ lang, biz, rng }) {
    const order = `SO-${rng.digits(6)}`;
    const parcel = `1Z${rng.hex(6).toUpperCase()}${rng.digits(8)}`;
    const items = t(lang, {
      en: ['2 × cardboard shipping boxes, large', '1 × label printer ribbon', '5 × packing tape'],
      de: ['2 × Versandkarton, groß', '1 × Farbband für Etikettendrucker', '5 × Packband'],
      fr: [
        '2 × cartons d’expédition, grand format',
        '1 × ruban pour imprimante d’étiquettes',
        '5 × ruban adhésif',
      ],
      es: ['2 × cajas de envío grandes', '1 × cinta para impresora de etiquetas', '5 × cinta de embalar'],
    });
    const text = t(lang, {
      en: `Hello ${biz.name},\n\nyour order ${order} has left our warehouse.\n\nCarrier: ParcelLine\nTracking number: ${parcel}\nExpected delivery: 2–3 working days\n\nItems:\n${items.join('\n')}\n\nThe invoice follows separately.\nPackRight Supplies · Customer account ${rng.digits(5)}`,
      de: `Guten Tag ${biz.name},\n\nIhre Bestellung ${order} hat unser Lager verlassen.\n\nVersanddienst: ParcelLine\nSendungsnummer: ${parcel}\nVoraussichtliche Zustellung: 2–3 Werktage\n\nArtikel:\n${items.join('\n')}\n\nDie Rechnung folgt separat.\nPackRight Supplies · Kundenkonto ${rng.digits(5)}`,
      fr: `Bonjour ${biz.name},\n\nvotre commande ${order} a quitté notre entrepôt.\n\nTransporteur : ParcelLine\nNuméro de suivi : ${parcel}\nLivraison prévue : 2 à 3 jours ouvrés\n\nArticles :\n${items.join('\n')}\n\nLa facture suit séparément.\nPackRight Supplies · Compte client ${rng.digits(5)}`,
      es: `Hola ${biz.name}:\n\nsu pedido ${order} ha salido de nuestro almacén.\n\nTransportista: ParcelLine\nNúmero de seguimiento: ${parcel}\nEntrega prevista: 2-3 días hábiles\n\nArtículos:\n${items.join('\n')}\n\nLa factura se envía por separado.\nPackRight Supplies · Cuenta de cliente ${rng.digits(5)}`,
    });
    return {
      from: { name: 'PackRight Supplies', email: 'dispatch@packright.test' },
      subject: t(lang, {
        en: `Your order ${order} has shipped`,
        de: `Ihre Bestellung ${order} wurde versandt`,
        fr: `Votre commande ${order} a été expédiée`,
        es: `Su pedido ${order} ha sido enviado`,
      }),
      text,
    };
  },
};

const receiptCopy: NonLeadLayout = {
  id: 'client-asks-receipt-copy',
  reason: 'customer_service',
  description:
    'an existing client answers the business’s payment receipt ("Re:", In-Reply-To) asking for a copy made out to their company for their tax return, quoting the receipt number',
  build({ lang, biz, person, rng }) {
    const receipt = `R-${rng.digits(5)}`;
    const text = t(lang, {
      en: `Hello,\n\ncould you reissue receipt ${receipt} in the name of my company? I need it for my tax return. Everything else was perfect, thank you.\n\nBest,\n${person.first}\n\n> ${biz.name} – receipt ${receipt}\n> Thank you for your payment.`,
      de: `Hallo,\n\nkönnten Sie die Quittung ${receipt} bitte auf meine Firma ausstellen? Ich brauche sie für die Steuer. Sonst war alles bestens, danke!\n\nGrüße\n${person.first}\n\n> ${biz.name} – Quittung ${receipt}\n> Vielen Dank für Ihre Zahlung.`,
      fr: `Bonjour,\n\npourriez-vous refaire le reçu ${receipt} au nom de ma société ? J’en ai besoin pour ma déclaration. Tout le reste était parfait, merci.\n\nBien à vous,\n${person.first}\n\n> ${biz.name} – reçu ${receipt}\n> Merci pour votre paiement.`,
      es: `Hola:\n\n¿podrían emitir de nuevo el recibo ${receipt} a nombre de mi empresa? Lo necesito para la declaración. Todo lo demás estuvo perfecto, gracias.\n\nSaludos,\n${person.first}\n\n> ${biz.name} – recibo ${receipt}\n> Gracias por su pago.`,
    });
    const ref = `<receipt-${rng.hex(10)}@${biz.domain}>`;
    return {
      from: { name: fullName(person), email: person.email },
      subject: `Re: ${biz.name} – ${t(lang, { en: 'receipt', de: 'Quittung', fr: 'reçu', es: 'recibo' })} ${receipt}`,
      headers: [
        ['In-Reply-To', ref],
        ['References', ref],
      ],
      text,
    };
  },
};

const speculative: NonLeadLayout = {
  id: 'speculative-application-portfolio',
  reason: 'needs_review',
  description:
    'a speculative job application: who they are, their experience in the trade, availability from a month, a link to a portfolio, name and mobile at the end',
  build({ lang, biz, rng }) {
    const names = t(lang, {
      en: ['Liam', 'Brady'],
      de: ['Paula', 'Hinterseer'],
      fr: ['Lucas', 'Mbaye'],
      es: ['Carla', 'Esquivel'],
    }) as [string, string];
    const phone = intlForm(drawNumber(rng, biz.region));
    const text = t(lang, {
      en: `Dear ${biz.short} team,\n\nI am writing to ask whether you have any openings for an assistant. I have three years of experience in a similar business and could start from September.\n\nMy portfolio and references: https://portfolio.test/${names[1].toLowerCase()}\n\nThank you for considering my application.\n\n${names[0]} ${names[1]}\n${phone}`,
      de: `Liebes ${biz.short}-Team,\n\nich möchte mich initiativ als Mitarbeiterin bei Ihnen bewerben. Ich habe drei Jahre Erfahrung in einem ähnlichen Betrieb und könnte ab September anfangen.\n\nMappe und Zeugnisse: https://portfolio.test/${names[1].toLowerCase()}\n\nÜber eine Rückmeldung freue ich mich.\n\n${names[0]} ${names[1]}\n${phone}`,
      fr: `Bonjour l’équipe ${biz.short},\n\nje vous adresse une candidature spontanée pour un poste d’assistant. J’ai trois ans d’expérience dans une entreprise similaire et suis disponible dès septembre.\n\nMon portfolio : https://portfolio.test/${names[1].toLowerCase()}\n\nMerci de l’attention portée à ma candidature.\n\n${names[0]} ${names[1]}\n${phone}`,
      es: `Estimado equipo de ${biz.short}:\n\nles escribo para presentar una candidatura espontánea como ayudante. Tengo tres años de experiencia en un negocio similar y podría empezar en septiembre.\n\nMi portafolio: https://portfolio.test/${names[1].toLowerCase()}\n\nGracias por tener en cuenta mi candidatura.\n\n${names[0]} ${names[1]}\n${phone}`,
    });
    return {
      from: {
        name: `${names[0]} ${names[1]}`,
        email: `${names[0].toLowerCase()}.${names[1].toLowerCase()}@mailbox.example`,
      },
      subject: t(lang, {
        en: 'Speculative application',
        de: 'Initiativbewerbung',
        fr: 'Candidature spontanée',
        es: 'Candidatura espontánea',
      }),
      text,
    };
  },
};

const whatsappInvest: NonLeadLayout = {
  id: 'crypto-mentor-whatsapp-pitch',
  reason: 'spam',
  description:
    'an "investment mentor" promises daily returns from a trading group, a WhatsApp number, a shortened link and urgency wording, Reply-To on a free-mail domain',
  build({ lang, rng }) {
    const wa = `+44 7${rng.digits(3)} ${rng.digits(6)}`;
    const text = t(lang, {
      en: `Good day,\n\nour members earn 3–5% EVERY DAY with our AI trading signals. Only 12 places left this week!\n\nJoin the private group now: https://sho.rt/${rng.hex(5)}\nWhatsApp: ${wa}\n\nMentor Victor`,
      de: `Guten Tag,\n\nunsere Mitglieder verdienen TÄGLICH 3–5 % mit unseren KI-Tradingsignalen. Nur noch 12 Plätze diese Woche!\n\nJetzt der privaten Gruppe beitreten: https://sho.rt/${rng.hex(5)}\nWhatsApp: ${wa}\n\nMentor Victor`,
      fr: `Bonjour,\n\nnos membres gagnent 3 à 5 % CHAQUE JOUR grâce à nos signaux de trading IA. Plus que 12 places cette semaine !\n\nRejoignez le groupe privé : https://sho.rt/${rng.hex(5)}\nWhatsApp : ${wa}\n\nMentor Victor`,
      es: `Buen día:\n\nnuestros miembros ganan un 3-5 % CADA DÍA con nuestras señales de trading con IA. ¡Solo quedan 12 plazas esta semana!\n\nÚnase al grupo privado: https://sho.rt/${rng.hex(5)}\nWhatsApp: ${wa}\n\nMentor Victor`,
    });
    return {
      from: { name: 'Victor | Wealth Circle', email: `victor.${rng.hex(4)}@wealth-circle.test` },
      replyTo: { email: `victor.mentor${rng.int(10, 99)}@freemail.test` },
      subject: t(lang, {
        en: '3-5% daily – last places',
        de: '3–5 % täglich – letzte Plätze',
        fr: '3 à 5 % par jour – dernières places',
        es: '3-5 % diario – últimas plazas',
      }),
      text,
    };
  },
};

const trainingInvite: NonLeadLayout = {
  id: 'first-aid-course-invite-ics',
  reason: 'calendar',
  description:
    'the business’s first-aid trainer sends a calendar invitation for the staff refresher course: a short text part and a text/calendar METHOD:REQUEST alternative',
  build({ lang, biz, staff, rng }) {
    const w = drawWhen(rng);
    const title = t(lang, {
      en: 'First-aid refresher',
      de: 'Erste-Hilfe-Auffrischung',
      fr: 'Recyclage premiers secours',
      es: 'Curso de primeros auxilios',
    });
    const text = t(lang, {
      en: `You have been invited to: ${title}\nWhen: ${longDate(w, 'en')}\nWhere: ${biz.street}, ${biz.city}\nOrganiser: SafeHands Training`,
      de: `Sie wurden eingeladen: ${title}\nWann: ${longDate(w, 'de')}\nWo: ${biz.street}, ${biz.city}\nOrganisator: SafeHands Training`,
      fr: `Vous êtes invité(e) : ${title}\nQuand : ${longDate(w, 'fr')}\nOù : ${biz.street}, ${biz.city}\nOrganisateur : SafeHands Training`,
      es: `Ha sido invitado a: ${title}\nCuándo: ${longDate(w, 'es')}\nDónde: ${biz.street}, ${biz.city}\nOrganizador: SafeHands Training`,
    });
    const p2 = (n: number) => String(n).padStart(2, '0');
    const stamp = `${w.y}${p2(w.m + 1)}${p2(w.d)}T${p2(w.hh)}${p2(w.mm)}00Z`;
    const ics = [
      'BEGIN:VCALENDAR',
      'PRODID:-//SafeHands//Courses//EN',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `UID:${rng.uuid()}@safehands.test`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${stamp}`,
      `SUMMARY:${title}`,
      'ORGANIZER;CN=SafeHands Training:mailto:courses@safehands.test',
      `ATTENDEE;CN=${staff.first} ${staff.last};RSVP=TRUE:mailto:${biz.inbox}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\n');
    return {
      from: { name: 'SafeHands Training', email: 'courses@safehands.test' },
      subject: t(lang, {
        en: `Invitation: ${title}`,
        de: `Einladung: ${title}`,
        fr: `Invitation : ${title}`,
        es: `Invitación: ${title}`,
      }),
      text,
      calendar: ics,
    };
  },
};

const travelAuto: NonLeadLayout = {
  id: 'supplier-trade-trip-autoreply',
  reason: 'auto_reply',
  description:
    'a supplier’s sales contact is on a trade trip: automatic reply with Auto-Submitted and X-Autoreply, back on a date, a colleague named for urgent orders',
  build({ lang, rng }) {
    const back = rng.int(2, 27);
    const text = t(lang, {
      en: `Thank you for your email. I am travelling to a trade show and will be back on the ${back}th. For urgent orders please contact Nora Quinlan at orders@beewax-wholesale.test.`,
      de: `Danke für Ihre Nachricht. Ich bin auf Messereise und ab dem ${back}. wieder im Büro. In dringenden Fällen wenden Sie sich bitte an Nora Quinlan, orders@beewax-wholesale.test.`,
      fr: `Merci pour votre message. Je suis en déplacement sur un salon et serai de retour le ${back}. Pour une commande urgente, contactez Nora Quinlan : orders@beewax-wholesale.test.`,
      es: `Gracias por su mensaje. Estoy de viaje en una feria y vuelvo el día ${back}. Para pedidos urgentes escriba a Nora Quinlan: orders@beewax-wholesale.test.`,
    });
    return {
      from: { name: 'Dario Ferreira', email: 'dario.ferreira@beewax-wholesale.test' },
      subject: t(lang, {
        en: 'Automatic reply: your order',
        de: 'Automatische Antwort: Ihre Bestellung',
        fr: 'Réponse automatique : votre commande',
        es: 'Respuesta automática: su pedido',
      }),
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Autoreply', 'yes'],
      ],
      text,
    };
  },
};

const policyDsn: NonLeadLayout = {
  id: 'policy-rejected-dsn',
  reason: 'delivery_report',
  description:
    'multipart/report DSN: a reply the business sent was rejected by the recipient’s server for policy reasons (Status 5.7.1), with the original headers',
  build({ lang, biz, person, rng }) {
    return {
      from: { name: 'Mail Delivery System', email: `MAILER-DAEMON@mx.${biz.domain}` },
      subject: t(lang, {
        en: 'Undeliverable: your reply',
        de: 'Unzustellbar: Ihre Antwort',
        fr: 'Non distribuable : votre réponse',
        es: 'No entregado: su respuesta',
      }),
      dsn: {
        human: t(lang, {
          en: `Your message to ${person.email} was rejected by the receiving server.\n\nReason: 550 5.7.1 Message rejected by policy.`,
          de: `Ihre Nachricht an ${person.email} wurde vom empfangenden Server abgelehnt.\n\nGrund: 550 5.7.1 Message rejected by policy.`,
          fr: `Votre message à ${person.email} a été refusé par le serveur destinataire.\n\nMotif : 550 5.7.1 Message rejected by policy.`,
          es: `Su mensaje a ${person.email} fue rechazado por el servidor de destino.\n\nMotivo: 550 5.7.1 Message rejected by policy.`,
        }),
        status: `Reporting-MTA: dns; mx.${biz.domain}\n\nFinal-Recipient: rfc822; ${person.email}\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected by policy`,
        original: `From: ${biz.inbox}\nTo: ${person.email}\nSubject: Re: ...\nMessage-ID: <${rng.hex(12)}@${biz.domain}>\n`,
      },
    };
  },
};

const licence: NonLeadLayout = {
  id: 'booking-plugin-licence-expiry',
  reason: 'account_notice',
  description:
    'the vendor of the business’s booking plugin warns that the licence key expires in ten days and updates will stop, with the site, licence tier and a renew link',
  build({ lang, biz, rng }) {
    const key = `BKP-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}`;
    const text = t(lang, {
      en: `Hi,\n\nthe licence ${key} for ${biz.web} (Pro, 1 site) expires in 10 days. After that, the plugin keeps working but you will no longer receive updates or support.\n\nRenew: https://bookplug.test/account/licences\n\nBookplug`,
      de: `Hallo,\n\ndie Lizenz ${key} für ${biz.web} (Pro, 1 Website) läuft in 10 Tagen ab. Danach funktioniert das Plugin weiter, erhält aber keine Updates und keinen Support mehr.\n\nVerlängern: https://bookplug.test/account/licences\n\nBookplug`,
      fr: `Bonjour,\n\nla licence ${key} pour ${biz.web} (Pro, 1 site) expire dans 10 jours. Ensuite, l’extension fonctionnera toujours mais sans mises à jour ni support.\n\nRenouveler : https://bookplug.test/account/licences\n\nBookplug`,
      es: `Hola:\n\nla licencia ${key} para ${biz.web} (Pro, 1 sitio) vence en 10 días. Después el plugin seguirá funcionando, pero sin actualizaciones ni soporte.\n\nRenovar: https://bookplug.test/account/licences\n\nBookplug`,
    });
    return {
      from: { name: 'Bookplug', email: 'billing@bookplug.test' },
      subject: t(lang, {
        en: 'Your licence expires in 10 days',
        de: 'Ihre Lizenz läuft in 10 Tagen ab',
        fr: 'Votre licence expire dans 10 jours',
        es: 'Su licencia vence en 10 días',
      }),
      text,
    };
  },
};

export const NONLEAD_LAYOUTS: NonLeadLayout[] = [
  fairBulletin,
  dispatch,
  receiptCopy,
  speculative,
  whatsappInvest,
  trainingInvite,
  travelAuto,
  policyDsn,
  licence,
];

/** Roots for the two non-leads that are not plain bodies. */
export function specialRoot(draft: Draft, cs: Charset, rng: Rng): MimeNode | undefined {
  if (draft.calendar)
    return multipart(
      'alternative',
      [
        textPart('plain', draft.text ?? '', cs, 'quoted-printable'),
        rawPart('text/calendar; charset=utf-8; method=REQUEST', draft.calendar, 'base64'),
      ],
      rng,
    );
  if (draft.dsn)
    return multipart(
      'report',
      [
        textPart('plain', draft.dsn.human, cs, 'quoted-printable'),
        rawPart('message/delivery-status', draft.dsn.status),
        rawPart('text/rfc822-headers', draft.dsn.original),
      ],
      rng,
      ' report-type=delivery-status;',
    );
  return undefined;
}
