/** Ordinary mail a business inbox gets that is not a lead. */
import { multipart, rawPart, textPart } from './mime.js';
import { type NonLeadLayout, T } from './types.js';

export const NONLEAD_LAYOUTS: NonLeadLayout[] = [
  {
    id: 'wholesaler-seasonal-price-list-newsletter',
    reason: 'bulk',
    description:
      'a wholesaler’s seasonal price-list newsletter (HTML with text) with List-Unsubscribe, List-Id and Precedence: bulk',
    build({ lang, rng }) {
      const text = T(lang, {
        en: 'Our spring price list is out.\n\n- 8% off all orders over 500\n- Free delivery on pallets until 30 April\n\nView the full list online.\n\nUnsubscribe: https://news.trademart.example/u',
        de: 'Unsere Frühjahrspreisliste ist da.\n\n- 8 % Rabatt ab 500 Bestellwert\n- Palettenversand frei bis 30. April\n\nZur vollständigen Liste.\n\nAbmelden: https://news.trademart.example/u',
        fr: 'Notre tarif de printemps est disponible.\n\n- 8 % de remise dès 500 de commande\n- Livraison palette offerte jusqu’au 30 avril\n\nVoir le tarif complet.\n\nDésabonnement : https://news.trademart.example/u',
        es: 'Ya está aquí nuestra lista de precios de primavera.\n\n- 8 % de descuento en pedidos de más de 500\n- Envío de palés gratis hasta el 30 de abril\n\nVer la lista completa.\n\nDarse de baja: https://news.trademart.example/u',
      });
      return {
        from: { name: 'Trademart Wholesale', email: 'news@trademart.example' },
        subject: T(lang, {
          en: 'Spring price list 2026',
          de: 'Preisliste Frühjahr 2026',
          fr: 'Tarifs printemps 2026',
          es: 'Lista de precios primavera 2026',
        }),
        headers: [
          ['List-Unsubscribe', `<https://news.trademart.example/u/${rng.hex(12)}>`],
          ['List-Id', 'Trademart news <news.trademart.example>'],
          ['Precedence', 'bulk'],
        ],
        text,
        html: `<h1>Trademart</h1>${text
          .split('\n\n')
          .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
          .join('')}`,
      };
    },
  },
  {
    id: 'booking-platform-commission-invoice',
    reason: 'transactional',
    description:
      'a booking platform’s monthly commission invoice: invoice number, period, bookings, commission, direct debit date',
    build({ lang, rng, biz }) {
      const amount = biz.currency(rng.int(80, 900));
      return {
        from: { name: 'Staybill Billing', email: 'billing@staybill.example' },
        subject: T(lang, {
          en: `Invoice BK-${rng.digits(6)} for March`,
          de: `Rechnung BK-${rng.digits(6)} für März`,
          fr: `Facture BK-${rng.digits(6)} de mars`,
          es: `Factura BK-${rng.digits(6)} de marzo`,
        }),
        text: T(lang, {
          en: `Dear partner,\n\nyour commission invoice for 1–31 March is ready.\nBookings: ${rng.int(4, 40)}\nCommission due: ${amount}\nIt will be collected by direct debit on 8 April.\n\nStaybill Billing`,
          de: `Sehr geehrter Partner,\n\nIhre Provisionsrechnung für 1.–31. März liegt vor.\nBuchungen: ${rng.int(4, 40)}\nProvision: ${amount}\nDer Betrag wird am 8. April per Lastschrift eingezogen.\n\nStaybill Abrechnung`,
          fr: `Cher partenaire,\n\nvotre facture de commission du 1er au 31 mars est disponible.\nRéservations : ${rng.int(4, 40)}\nCommission due : ${amount}\nElle sera prélevée le 8 avril.\n\nStaybill Facturation`,
          es: `Estimado socio:\n\nsu factura de comisiones del 1 al 31 de marzo ya está disponible.\nReservas: ${rng.int(4, 40)}\nComisión: ${amount}\nSe cargará por domiciliación el 8 de abril.\n\nStaybill Facturación`,
        }),
      };
    },
  },
  {
    id: 'existing-client-asks-to-move-confirmed-date',
    reason: 'customer_service',
    description:
      'an existing client answers the booking confirmation (In-Reply-To/References, "Re: Booking confirmation #…") asking to move the confirmed date',
    build({ lang, rng, biz }) {
      const ref = `#${rng.digits(5)}`;
      const mid = `<conf-${rng.hex(10)}@${biz.domain}>`;
      const [first, last] = rng.pick([
        ['Hollis', 'Varga'],
        ['Dagny', 'Mertens'],
        ['Oriane', 'Blaise'],
        ['Celeste', 'Arbeláez'],
      ]);
      return {
        from: {
          name: `${first} ${last}`,
          email: `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/g, '')}@mailbox.example`,
        },
        subject: T(lang, {
          en: `Re: Booking confirmation ${ref}`,
          de: `AW: Buchungsbestätigung ${ref}`,
          fr: `RE: Confirmation de réservation ${ref}`,
          es: `RE: Confirmación de reserva ${ref}`,
        }),
        headers: [
          ['In-Reply-To', mid],
          ['References', mid],
        ],
        text: T(lang, {
          en: `Hi,\n\nwe are booked in under ${ref}. Something has come up: could we move it one week later, same time? Everything else stays as confirmed.\n\nThanks,\n${first}\n\n> Your booking ${ref} is confirmed.`,
          de: `Hallo,\n\nwir sind unter ${ref} gebucht. Leider ist etwas dazwischengekommen: Können wir eine Woche später zur gleichen Zeit kommen? Sonst bleibt alles wie bestätigt.\n\nDanke,\n${first}\n\n> Ihre Buchung ${ref} ist bestätigt.`,
          fr: `Bonjour,\n\nnous avons la réservation ${ref}. Un imprévu : pourrait-on la décaler d'une semaine, même heure ? Le reste ne change pas.\n\nMerci,\n${first}\n\n> Votre réservation ${ref} est confirmée.`,
          es: `Hola:\n\ntenemos la reserva ${ref}. Nos ha surgido algo: ¿podríamos pasarla una semana más tarde, a la misma hora? Lo demás queda igual.\n\nGracias,\n${first}\n\n> Su reserva ${ref} está confirmada.`,
        }),
      };
    },
  },
  {
    id: 'freelance-instructor-offers-services',
    reason: 'needs_review',
    description:
      'a freelancer (instructor, researcher, rigger) offers to work for the business: short CV in the body, availability, day rate',
    build({ lang, rng }) {
      const [first, last] = rng.pick([
        ['Saoirse', 'Kealy'],
        ['Bendix', 'Rauch'],
        ['Maïwenn', 'Le Goff'],
        ['Itzel', 'Baeza'],
      ]);
      return {
        from: {
          name: `${first} ${last}`,
          email: `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}@postbox.test`,
        },
        subject: T(lang, {
          en: 'Freelance help for the busy season?',
          de: 'Freie Mitarbeit in der Hochsaison?',
          fr: 'Renfort indépendant pour la haute saison ?',
          es: '¿Apoyo freelance para la temporada alta?',
        }),
        text: T(lang, {
          en: `Hello,\n\nI am a freelancer with six years' experience and I am looking for work from May to September. My day rate is negotiable and I can send references and my CV.\n\nBest regards,\n${first} ${last}`,
          de: `Guten Tag,\n\nich arbeite seit sechs Jahren freiberuflich und suche von Mai bis September Aufträge. Mein Tagessatz ist verhandelbar, Referenzen und Lebenslauf schicke ich gern.\n\nFreundliche Grüße\n${first} ${last}`,
          fr: `Bonjour,\n\nindépendant depuis six ans, je cherche des missions de mai à septembre. Mon tarif journalier est négociable et je peux vous envoyer mon CV et des références.\n\nCordialement,\n${first} ${last}`,
          es: `Hola:\n\nsoy autónomo desde hace seis años y busco trabajo de mayo a septiembre. Mi tarifa diaria es negociable y puedo enviar referencias y mi currículum.\n\nUn saludo,\n${first} ${last}`,
        }),
      };
    },
  },
  {
    id: 'fake-domain-listing-renewal-scam',
    reason: 'spam',
    description:
      'a look-alike "domain listing renewal" demand from a free-mail sender, Reply-To elsewhere, payment link and urgency',
    build({ lang, biz, rng }) {
      return {
        from: { name: 'Domain Registry Services', email: `dns.registry.${rng.digits(4)}@webpost.example` },
        replyTo: { email: 'billing@registry-renewals.test' },
        subject: T(lang, {
          en: `FINAL NOTICE: ${biz.domain} listing expires`,
          de: `LETZTE MAHNUNG: Eintrag ${biz.domain} läuft ab`,
          fr: `DERNIER AVIS : expiration de ${biz.domain}`,
          es: `ÚLTIMO AVISO: vence el registro de ${biz.domain}`,
        }),
        text: T(lang, {
          en: `Your search-engine listing for ${biz.domain} expires in 24 hours. Failure to renew may result in loss of customers. Pay 289 USD now: https://pay.registry-renewals.test/${rng.hex(8)}`,
          de: `Ihr Suchmaschineneintrag für ${biz.domain} läuft in 24 Stunden ab. Ohne Verlängerung verlieren Sie Kunden. Jetzt 289 USD zahlen: https://pay.registry-renewals.test/${rng.hex(8)}`,
          fr: `Votre référencement pour ${biz.domain} expire dans 24 heures. Sans renouvellement, vous perdrez des clients. Payez 289 USD : https://pay.registry-renewals.test/${rng.hex(8)}`,
          es: `Su registro en buscadores para ${biz.domain} vence en 24 horas. Si no renueva perderá clientes. Pague 289 USD ahora: https://pay.registry-renewals.test/${rng.hex(8)}`,
        }),
      };
    },
  },
  {
    id: 'supplier-delivery-slot-calendar-invite',
    reason: 'calendar',
    description:
      'a supplier’s calendar invitation for a delivery slot: text part plus text/calendar METHOD:REQUEST',
    build({ lang, rng, biz }) {
      const day = String(rng.int(10, 28));
      const title = T(lang, {
        en: 'Delivery slot',
        de: 'Lieferfenster',
        fr: 'Créneau de livraison',
        es: 'Franja de entrega',
      });
      const ics = [
        'BEGIN:VCALENDAR',
        'PRODID:-//Trademart//Dispatch//EN',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        `UID:${rng.hex(16)}@trademart.example`,
        `DTSTAMP:202605${day}T080000Z`,
        `DTSTART:202606${day}T070000Z`,
        `DTEND:202606${day}T090000Z`,
        `SUMMARY:${title}`,
        'ORGANIZER;CN=Trademart Dispatch:mailto:dispatch@trademart.example',
        `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${biz.inbox}`,
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\n');
      const cs = 'utf-8' as const;
      return {
        from: { name: 'Trademart Dispatch', email: 'dispatch@trademart.example' },
        subject: `${T(lang, { en: 'Invitation', de: 'Einladung', fr: 'Invitation', es: 'Invitación' })}: ${title}`,
        root: multipart(
          'alternative',
          [
            textPart('plain', `${title} 07:00–09:00 UTC`, cs, '7bit'),
            rawPart('text/calendar; charset=utf-8; method=REQUEST', ics),
          ],
          rng,
        ),
      };
    },
  },
  {
    id: 'partner-out-of-office-auto-reply',
    reason: 'auto_reply',
    description:
      'a partner venue’s out-of-office reply to the business’s own mail, Auto-Submitted: auto-replied, X-Autoreply',
    build({ lang }) {
      return {
        from: { name: 'Lakeside Events Office', email: 'office@lakeside-events.example' },
        subject: T(lang, {
          en: 'Automatic reply: Dates for June',
          de: 'Automatische Antwort: Termine Juni',
          fr: 'Réponse automatique : dates de juin',
          es: 'Respuesta automática: fechas de junio',
        }),
        headers: [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Autoreply', 'yes'],
        ],
        text: T(lang, {
          en: 'Thank you for your email. The office is closed until 20 April. Your message will be read on our return.',
          de: 'Danke für Ihre Nachricht. Das Büro ist bis 20. April geschlossen. Wir lesen Ihre Nachricht nach unserer Rückkehr.',
          fr: "Merci pour votre message. Le bureau est fermé jusqu'au 20 avril. Nous le lirons à notre retour.",
          es: 'Gracias por su correo. La oficina está cerrada hasta el 20 de abril. Leeremos su mensaje a la vuelta.',
        }),
      };
    },
  },
  {
    id: 'dsn-unknown-recipient-5-1-1',
    reason: 'delivery_report',
    description:
      'multipart/report DSN from the mail server: recipient unknown (Status 5.1.1, Action: failed)',
    build({ lang, rng, biz }) {
      const rcpt = `info@old-partner-${rng.digits(3)}.example`;
      const human = T(lang, {
        en: `Your message to ${rcpt} could not be delivered: the address does not exist.`,
        de: `Ihre Nachricht an ${rcpt} konnte nicht zugestellt werden: Die Adresse existiert nicht.`,
        fr: `Votre message à ${rcpt} n'a pas pu être remis : l'adresse n'existe pas.`,
        es: `Su mensaje a ${rcpt} no se pudo entregar: la dirección no existe.`,
      });
      const status = `Reporting-MTA: dns; mx.${biz.domain}\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n`;
      const orig = `From: ${biz.inbox}\nTo: ${rcpt}\nSubject: Dates\n`;
      return {
        from: { name: 'Mail Delivery System', email: `mailer-daemon@mx.${biz.domain}` },
        subject: T(lang, {
          en: 'Undelivered Mail Returned to Sender',
          de: 'Unzustellbar: Dates',
          fr: 'Non distribuable : Dates',
          es: 'No entregado: Dates',
        }),
        root: multipart(
          'report',
          [
            textPart('plain', human, 'utf-8', '8bit'),
            rawPart('message/delivery-status', status),
            rawPart('text/rfc822-headers', orig),
          ],
          rng,
          ' report-type=delivery-status;',
        ),
      };
    },
  },
  {
    id: 'registrar-domain-auto-renew-notice',
    reason: 'account_notice',
    description:
      'the business’s real registrar: domain will auto-renew in 30 days with the card on file, manage in the account',
    build({ lang, biz }) {
      return {
        from: { name: 'Namewell', email: 'account@namewell.example' },
        subject: T(lang, {
          en: `${biz.domain} renews in 30 days`,
          de: `${biz.domain} verlängert sich in 30 Tagen`,
          fr: `${biz.domain} sera renouvelé dans 30 jours`,
          es: `${biz.domain} se renueva en 30 días`,
        }),
        text: T(lang, {
          en: `Your domain ${biz.domain} will renew automatically in 30 days using the card ending 4417. No action is needed. Manage auto-renew in your Namewell account.`,
          de: `Ihre Domain ${biz.domain} verlängert sich in 30 Tagen automatisch über die Karte mit Endziffern 4417. Sie müssen nichts tun. Die automatische Verlängerung verwalten Sie in Ihrem Namewell-Konto.`,
          fr: `Votre domaine ${biz.domain} sera renouvelé automatiquement dans 30 jours avec la carte se terminant par 4417. Aucune action requise. Gérez le renouvellement dans votre compte Namewell.`,
          es: `Su dominio ${biz.domain} se renovará automáticamente en 30 días con la tarjeta terminada en 4417. No tiene que hacer nada. Gestione la renovación en su cuenta Namewell.`,
        }),
      };
    },
  },
];
