/** Non-lead layouts of corpus 15: ordinary mail a small business inbox gets. */
import { attachment, multipart, rawPart, textPart } from './mime.js';
import type { NonLeadLayout } from './types.js';
import { esc, fullName, L, paras, T } from './types.js';

const tradeFairNewsletter: NonLeadLayout = {
  id: 'trade-association-members-newsletter',
  reason: 'bulk',
  description: 'trade association members’ newsletter',
  build({ lang, rng }) {
    const t = T(lang, {
      en: [
        'Members’ Bulletin – December',
        'Renewal season is open: members who renew before 31 January keep last year’s fee.\n\nIn this issue:\n- New safety guidance for workshops\n- Our stand at the regional trade fair (free passes for members)\n- Webinar: pricing your work in 2027, Thursday 19:00',
        'Unsubscribe',
        'You receive this bulletin as a member of the Small Makers & Guides Association.',
      ],
      de: [
        'Mitglieder-Rundbrief Dezember',
        'Die Beitragsrunde läuft: Wer bis 31. Januar verlängert, zahlt noch den alten Beitrag.\n\nIn dieser Ausgabe:\n- Neue Sicherheitshinweise für Werkstätten\n- Unser Gemeinschaftsstand auf der Regionalmesse (Freikarten für Mitglieder)\n- Webinar: Preise kalkulieren 2027, Donnerstag 19:00 Uhr',
        'Abmelden',
        'Sie erhalten diesen Rundbrief als Mitglied im Verband kleiner Handwerks- und Freizeitbetriebe.',
      ],
      fr: [
        'Lettre aux adhérents – décembre',
        'Les renouvellements sont ouverts : avant le 31 janvier, la cotisation reste au tarif de l’an dernier.\n\nAu sommaire :\n- Nouvelles consignes de sécurité en atelier\n- Notre stand collectif au salon régional (entrées offertes)\n- Webinaire : fixer ses prix en 2027, jeudi 19 h',
        'Se désabonner',
        'Vous recevez cette lettre en tant qu’adhérent de la Fédération des petits artisans et guides.',
      ],
      es: [
        'Boletín de socios – diciembre',
        'Ya puedes renovar: quien renueve antes del 31 de enero mantiene la cuota del año pasado.\n\nEn este número:\n- Nuevas pautas de seguridad en el taller\n- Nuestro stand en la feria regional (entradas gratis para socios)\n- Webinario: cómo fijar precios en 2027, jueves 19:00',
        'Darse de baja',
        'Recibes este boletín como socio de la Asociación de Pequeños Talleres y Guías.',
      ],
    });
    const unsub = `https://news.makers-assoc.example/u/${rng.hex(16)}`;
    return {
      from: { name: 'Makers & Guides Association', email: 'bulletin@news.makers-assoc.example' },
      subject: t[0],
      text: `${t[1]}\n\n${t[3]}\n${t[2]}: ${unsub}`,
      html: `<h1>${esc(t[0])}</h1>${paras(t[1])}<p style="font-size:11px">${esc(t[3])} <a href="${unsub}">${t[2]}</a></p>`,
      headers: [
        ['List-Unsubscribe', `<${unsub}>, <mailto:unsubscribe@news.makers-assoc.example>`],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['List-Id', '<members.makers-assoc.example>'],
        ['Precedence', 'bulk'],
      ],
    };
  },
};

const domainRenewalReceipt: NonLeadLayout = {
  id: 'domain-hosting-renewal-receipt',
  reason: 'transactional',
  description: 'hosting company receipt for a domain and hosting renewal',
  build({ lang, biz, rng }) {
    const inv = `HN-${rng.int(100000, 999999)}`;
    const t = T(lang, {
      en: [
        `Receipt ${inv} – renewal of ${biz.domain}`,
        `Thank you for your payment.\n\nReceipt: ${inv}\nDomain renewal ${biz.domain} (1 year): 14.90\nStarter hosting (12 months): 59.88\nTotal charged to card ending 4412: 74.78 USD\n\nYour services renew automatically next year. You can manage auto-renewal in your account.`,
      ],
      de: [
        `Beleg ${inv} – Verlängerung ${biz.domain}`,
        `Vielen Dank für Ihre Zahlung.\n\nBeleg: ${inv}\nDomainverlängerung ${biz.domain} (1 Jahr): 14,90\nHosting Starter (12 Monate): 59,88\nGesamt, belastet auf Karte endend auf 4412: 74,78 EUR\n\nIhre Dienste verlängern sich automatisch. Die automatische Verlängerung verwalten Sie in Ihrem Konto.`,
      ],
      fr: [
        `Reçu ${inv} – renouvellement de ${biz.domain}`,
        `Merci pour votre paiement.\n\nReçu : ${inv}\nRenouvellement du domaine ${biz.domain} (1 an) : 14,90\nHébergement Starter (12 mois) : 59,88\nTotal débité sur la carte se terminant par 4412 : 74,78 EUR\n\nVos services se renouvellent automatiquement. Gérez le renouvellement dans votre espace client.`,
      ],
      es: [
        `Recibo ${inv} – renovación de ${biz.domain}`,
        `Gracias por tu pago.\n\nRecibo: ${inv}\nRenovación del dominio ${biz.domain} (1 año): 14,90\nHosting Starter (12 meses): 59,88\nTotal cargado a la tarjeta terminada en 4412: 74,78 EUR\n\nTus servicios se renuevan automáticamente. Puedes gestionar la renovación en tu cuenta.`,
      ],
    });
    return {
      from: { name: 'Hostnest Billing', email: 'billing@hostnest.example' },
      subject: t[0],
      text: t[1],
      html: `${paras(t[1])}<p style="font-size:11px">Hostnest Ltd · VAT GB 123 4567 89</p>`,
    };
  },
};

const customerReschedule: NonLeadLayout = {
  id: 'booked-customer-asks-to-move-date',
  reason: 'customer_service',
  description: 'an existing customer replies to their confirmation asking to move the date',
  build({ lang, biz, person, rng }) {
    const ref = `${rng.int(1000, 9999)}`;
    const t = T(lang, {
      en: [
        `Re: Your booking confirmation #${ref}`,
        `Hello,\n\nWe are booked in for Saturday (confirmation #${ref}), already paid. Unfortunately our flight has been moved, could we switch to Sunday at the same time instead?\n\nThanks,\n${person.first}`,
      ],
      de: [
        `AW: Ihre Buchungsbestätigung Nr. ${ref}`,
        `Hallo,\n\nwir sind für Samstag gebucht (Bestätigung Nr. ${ref}) und haben schon bezahlt. Leider hat sich unser Zug verschoben, könnten wir auf Sonntag zur gleichen Zeit tauschen?\n\nDanke und Gruß\n${person.first}`,
      ],
      fr: [
        `RE: Votre confirmation de réservation n° ${ref}`,
        `Bonjour,\n\nNous sommes inscrits pour samedi (confirmation n° ${ref}), déjà réglé. Notre vol a été décalé, serait-il possible de passer à dimanche à la même heure ?\n\nMerci,\n${person.first}`,
      ],
      es: [
        `RE: Confirmación de tu reserva n.º ${ref}`,
        `Hola:\n\nTenemos reserva el sábado (confirmación n.º ${ref}), ya pagada. Nos han cambiado el vuelo, ¿podríamos pasarla al domingo a la misma hora?\n\nGracias,\n${person.first}`,
      ],
    });
    return {
      from: { name: fullName(person), email: person.email },
      subject: t[0],
      text: `${t[1]}\n\n> ${L(lang, { en: 'Your booking is confirmed.', de: 'Ihre Buchung ist bestätigt.', fr: 'Votre réservation est confirmée.', es: 'Tu reserva está confirmada.' })} #${ref} – ${biz.name}`,
      headers: [
        ['In-Reply-To', `<conf-${ref}@${biz.domain}>`],
        ['References', `<conf-${ref}@${biz.domain}>`],
      ],
    };
  },
};

const seasonalInstructorApplication: NonLeadLayout = {
  id: 'seasonal-staff-application-with-cv',
  reason: 'needs_review',
  description: 'application for seasonal work with a CV PDF',
  build({ lang, person, rng }) {
    const t = T(lang, {
      en: [
        'Application – seasonal assistant for next summer',
        'I am writing to apply for a seasonal assistant position next summer. I have two seasons of experience with groups and a first-aid certificate. My CV is attached.\n\nI would be available from June to September.',
      ],
      de: [
        'Bewerbung als Saisonkraft für den nächsten Sommer',
        'hiermit bewerbe ich mich als Aushilfe für die kommende Saison. Ich habe zwei Sommer Erfahrung mit Gruppen und einen Erste-Hilfe-Schein. Mein Lebenslauf hängt an.\n\nVerfügbar wäre ich von Juni bis September.',
      ],
      fr: [
        'Candidature – saisonnier pour l’été prochain',
        'je me permets de vous proposer ma candidature pour un poste de saisonnier l’été prochain. J’ai deux saisons d’expérience avec des groupes et le PSC1. Vous trouverez mon CV en pièce jointe.\n\nJe serais disponible de juin à septembre.',
      ],
      es: [
        'Candidatura – ayudante de temporada para el próximo verano',
        'les escribo para presentar mi candidatura como ayudante de temporada el próximo verano. Tengo dos temporadas de experiencia con grupos y el curso de primeros auxilios. Adjunto mi CV.\n\nEstaría disponible de junio a septiembre.',
      ],
    });
    const greet = L(lang, {
      en: 'Dear team,',
      de: 'Sehr geehrte Damen und Herren,',
      fr: 'Madame, Monsieur,',
      es: 'Estimados señores:',
    });
    const pdf = Buffer.from(
      `%PDF-1.4\n% CV ${fullName(person)}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF ${rng.hex(8)}\n`,
      'latin1',
    );
    return {
      from: { name: fullName(person), email: person.email },
      subject: t[0],
      text: `${greet}\n\n${t[1]}\n\n${fullName(person)}`,
      attachments: [
        attachment(
          `CV_${(person.last ?? person.first).replace(/[^A-Za-z]/g, '')}.pdf`,
          'application/pdf',
          pdf,
        ),
      ],
    };
  },
};

const leadGenAgencyPitch: NonLeadLayout = {
  id: 'lead-agency-cold-pitch-guaranteed-bookings',
  reason: 'spam',
  description: 'cold pitch from a lead-generation agency, tracking pixel, Reply-To elsewhere',
  build({ lang, biz, rng }) {
    const t = T(lang, {
      en: [
        `${biz.name} – 40 new bookings a month, guaranteed?`,
        `Hi,\n\nI noticed ${biz.name} is not running any ads. We fill calendars for businesses like yours: 40 bookings a month or you don't pay.\n\nWorth a 10-minute call this week? Just reply YES.\n\nJake\nGrowthRocket Media`,
      ],
      de: [
        `${biz.name}: 40 neue Buchungen im Monat – garantiert?`,
        `Hallo,\n\nmir ist aufgefallen, dass ${biz.name} keine Anzeigen schaltet. Wir füllen Kalender für Betriebe wie Ihren: 40 Buchungen im Monat oder Sie zahlen nichts.\n\nLohnt sich ein 10-Minuten-Call diese Woche? Antworten Sie einfach mit JA.\n\nJake\nGrowthRocket Media`,
      ],
      fr: [
        `${biz.name} : 40 réservations de plus par mois, garanties ?`,
        `Bonjour,\n\nJ’ai remarqué que ${biz.name} ne fait aucune publicité. Nous remplissons les agendas des entreprises comme la vôtre : 40 réservations par mois ou vous ne payez rien.\n\nUn appel de 10 minutes cette semaine ? Répondez simplement OUI.\n\nJake\nGrowthRocket Media`,
      ],
      es: [
        `${biz.name}: 40 reservas más al mes, ¿garantizadas?`,
        `Hola:\n\nHe visto que ${biz.name} no tiene anuncios. Llenamos la agenda de negocios como el tuyo: 40 reservas al mes o no pagas.\n\n¿Una llamada de 10 minutos esta semana? Responde SÍ.\n\nJake\nGrowthRocket Media`,
      ],
    });
    const px = `https://trk.growthrocket.example/o/${rng.hex(20)}.gif`;
    return {
      from: { name: 'Jake M.', email: `jake.growthrocket${rng.int(10, 99)}@freemail.example` },
      replyTo: { email: 'bookings@growthrocket-media.example' },
      subject: t[0],
      html: `${paras(t[1])}<img src="${px}" width="1" height="1" alt="">`,
      text: t[1],
    };
  },
};

const accountantMeetingIcs: NonLeadLayout = {
  id: 'accountant-year-end-meeting-invitation-ics',
  reason: 'calendar',
  description: 'accountant’s year-end meeting invitation with text/calendar',
  build({ lang, biz, rng }) {
    const t = T(lang, {
      en: [
        'Invitation: Year-end accounts review @ Thu 10 Dec 2026 10:00',
        'You have been invited to: Year-end accounts review. Please bring the bank statements for November.',
      ],
      de: [
        'Einladung: Jahresabschluss-Besprechung @ Do 10. Dez. 2026 10:00',
        'Sie wurden eingeladen: Jahresabschluss-Besprechung. Bitte die Kontoauszüge für November mitbringen.',
      ],
      fr: [
        'Invitation : Bilan de fin d’année @ jeu. 10 déc. 2026 10:00',
        'Vous êtes invité : Bilan de fin d’année. Merci d’apporter les relevés de novembre.',
      ],
      es: [
        'Invitación: Revisión del cierre anual @ jue 10 dic 2026 10:00',
        'Te han invitado a: Revisión del cierre anual. Trae los extractos de noviembre, por favor.',
      ],
    });
    const ics = `BEGIN:VCALENDAR\nPRODID:-//Ledgerly//Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:${rng.hex(16)}@ledgerly.example\nDTSTART:20261210T100000Z\nDTEND:20261210T110000Z\nSUMMARY:${t[0].split(':')[1]?.split('@')[0]?.trim()}\nORGANIZER;CN=Ledgerly Accountants:mailto:calendar@ledgerly.example\nATTENDEE;RSVP=TRUE:mailto:${biz.inbox}\nEND:VEVENT\nEND:VCALENDAR\n`;
    const root = multipart(
      'alternative',
      [
        textPart('plain', t[1], 'utf-8', 'quoted-printable'),
        rawPart('text/calendar; charset=utf-8; method=REQUEST', ics, 'quoted-printable'),
      ],
      rng,
    );
    return {
      from: { name: 'Ledgerly Accountants', email: 'calendar@ledgerly.example' },
      subject: t[0],
      root,
    };
  },
};

const supplierOutOfOffice: NonLeadLayout = {
  id: 'supplier-rep-out-of-office',
  reason: 'auto_reply',
  description: 'supplier sales rep’s out-of-office auto-reply',
  build({ lang }) {
    const t = T(lang, {
      en: [
        'Out of office: Re: Order 2231',
        'Thank you for your email. I am out of the office until 4 January with limited access to email. For urgent orders please call the sales desk.',
      ],
      de: [
        'Abwesenheitsnotiz: AW: Bestellung 2231',
        'Vielen Dank für Ihre Nachricht. Ich bin bis 4. Januar nicht im Büro und lese E-Mails nur eingeschränkt. Für dringende Bestellungen rufen Sie bitte den Innendienst an.',
      ],
      fr: [
        'Absence du bureau : RE: Commande 2231',
        'Merci pour votre message. Je suis absent jusqu’au 4 janvier avec un accès limité à mes e-mails. Pour une commande urgente, appelez le service commercial.',
      ],
      es: [
        'Fuera de la oficina: RE: Pedido 2231',
        'Gracias por tu correo. Estoy fuera de la oficina hasta el 4 de enero con acceso limitado al correo. Para pedidos urgentes llama al departamento comercial.',
      ],
    });
    return {
      from: { name: 'Ruth Okafor-Lind', email: 'r.okaforlind@supplies-wholesale.example' },
      subject: t[0],
      text: t[1],
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Autoreply', 'yes'],
      ],
    };
  },
};

const bounceUnknownUser: NonLeadLayout = {
  id: 'bounce-unknown-recipient-dsn',
  reason: 'delivery_report',
  description: 'multipart/report DSN, 5.1.1 unknown user',
  build({ lang, biz, person, rng }) {
    const rcpt = `${person.email.split('@')[0]}x@${person.email.split('@')[1]}`;
    const human = L(lang, {
      en: `Your message to ${rcpt} couldn't be delivered. The address wasn't found at the destination domain.`,
      de: `Ihre Nachricht an ${rcpt} konnte nicht zugestellt werden. Die Adresse existiert bei der Zieldomain nicht.`,
      fr: `Votre message à ${rcpt} n’a pas pu être remis. L’adresse est introuvable sur le domaine de destination.`,
      es: `Tu mensaje a ${rcpt} no se pudo entregar. La dirección no existe en el dominio de destino.`,
    });
    const status = `Reporting-MTA: dns; mx1.${biz.domain}\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown\n`;
    const headersPart = `From: ${biz.inbox}\nTo: ${rcpt}\nSubject: Re: ${rng.int(100, 999)}\n`;
    const root = multipart(
      'report',
      [
        textPart('plain', human, 'utf-8', 'quoted-printable'),
        rawPart('message/delivery-status', status),
        rawPart('text/rfc822-headers', headersPart),
      ],
      rng,
      ' report-type=delivery-status;',
    );
    return {
      from: { name: 'Mail Delivery System', email: `MAILER-DAEMON@mx1.${biz.domain}` },
      subject: L(lang, {
        en: 'Undelivered Mail Returned to Sender',
        de: 'Unzustellbar: Re:',
        fr: 'Non remis : Re:',
        es: 'No entregado: Re:',
      }),
      root,
      headers: [['Auto-Submitted', 'auto-replied']],
    };
  },
};

const bookingPlatformNewDevice: NonLeadLayout = {
  id: 'booking-platform-new-device-sign-in',
  reason: 'account_notice',
  description: 'booking platform’s new-device sign-in alert',
  build({ lang, rng }) {
    const t = T(lang, {
      en: [
        'New sign-in to your Tidebook account',
        `We noticed a new sign-in from Chrome on Windows (approx. location: Lisbon) at 07:12 UTC.\n\nIf this was you, there's nothing to do. If not, reset your password now: https://tidebook.example/security/${rng.hex(10)}`,
      ],
      de: [
        'Neue Anmeldung bei Ihrem Tidebook-Konto',
        `Wir haben eine neue Anmeldung über Chrome unter Windows bemerkt (ungefährer Ort: Lissabon), 07:12 UTC.\n\nWaren Sie das, ist nichts zu tun. Andernfalls setzen Sie jetzt Ihr Passwort zurück: https://tidebook.example/security/${rng.hex(10)}`,
      ],
      fr: [
        'Nouvelle connexion à votre compte Tidebook',
        `Nous avons détecté une nouvelle connexion depuis Chrome sous Windows (lieu approximatif : Lisbonne) à 07:12 UTC.\n\nSi c’était vous, rien à faire. Sinon, réinitialisez votre mot de passe : https://tidebook.example/security/${rng.hex(10)}`,
      ],
      es: [
        'Nuevo inicio de sesión en tu cuenta de Tidebook',
        `Detectamos un nuevo inicio de sesión desde Chrome en Windows (ubicación aproximada: Lisboa) a las 07:12 UTC.\n\nSi fuiste tú, no tienes que hacer nada. Si no, restablece tu contraseña: https://tidebook.example/security/${rng.hex(10)}`,
      ],
    });
    return {
      from: { name: 'Tidebook Security', email: 'security@tidebook.example' },
      subject: t[0],
      text: t[1],
      html: paras(t[1]),
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  tradeFairNewsletter,
  domainRenewalReceipt,
  customerReschedule,
  seasonalInstructorApplication,
  leadGenAgencyPitch,
  accountantMeetingIcs,
  supplierOutOfOffice,
  bounceUnknownUser,
  bookingPlatformNewDevice,
];
