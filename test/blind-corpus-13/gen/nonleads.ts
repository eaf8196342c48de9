/** Ordinary mail a business inbox gets that is not a lead. */
import { attachment, multipart, rawPart, textPart } from './mime.js';
import { esc, L, longDate, type NonLeadLayout, shortDate, time } from './types.js';

const pdf = (title: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${title.replace(/[^\x20-\x7e]/g, '?')}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );

const newsletter: NonLeadLayout = {
  id: 'packaging-wholesaler-seasonal-newsletter',
  reason: 'bulk',
  description:
    'packaging and workshop-supplies wholesaler’s seasonal newsletter, HTML with text, List-Unsubscribe, List-Id, Precedence: bulk',
  build({ lang, rng }) {
    const title = L(lang, {
      en: 'Spring restock: 15% off tapes, foam and crates',
      de: 'Frühjahrs-Nachschub: 15 % auf Klebeband, Schaumstoff und Kisten',
      fr: 'Réassort de printemps : -15 % sur adhésifs, mousse et caisses',
      es: 'Reposición de primavera: 15 % en cinta, espuma y cajas',
    });
    const body = L(lang, {
      en: 'Our spring catalogue is out. Order before Friday for next-day dispatch. Trade customers: log in to see your prices.',
      de: 'Unser Frühjahrskatalog ist da. Bis Freitag bestellt, am nächsten Tag versendet. Gewerbekunden sehen ihre Preise nach dem Login.',
      fr: 'Notre catalogue de printemps est sorti. Commandez avant vendredi pour une expédition le lendemain. Clients pros : connectez-vous pour vos tarifs.',
      es: 'Ya está aquí el catálogo de primavera. Pida antes del viernes y lo enviamos al día siguiente. Clientes profesionales: entren para ver sus precios.',
    });
    const unsub = L(lang, { en: 'Unsubscribe', de: 'Abmelden', fr: 'Se désinscrire', es: 'Darse de baja' });
    return {
      from: { email: 'news@crateandtape.example', name: 'Crate & Tape Supplies' },
      subject: title,
      headers: [
        [
          'List-Unsubscribe',
          `<https://crateandtape.example/u/${rng.hex(12)}>, <mailto:unsub@crateandtape.example>`,
        ],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['List-Id', 'Crate & Tape news <news.crateandtape.example>'],
        ['Precedence', 'bulk'],
      ],
      html: `<h1>${esc(title)}</h1><p>${esc(body)}</p><p><a href="https://crateandtape.example/shop">Shop</a> · <a href="https://crateandtape.example/u">${esc(unsub)}</a></p>`,
      text: `${title}\n\n${body}\n\n${unsub}: https://crateandtape.example/u\n`,
      primary: 'html',
    };
  },
};

const hostingReceipt: NonLeadLayout = {
  id: 'web-host-renewal-receipt',
  reason: 'transactional',
  description:
    'web host’s receipt for the yearly renewal of the business’s domain and hosting plan, order number, amounts and card ending',
  build({ lang, biz, rng }) {
    const order = `HN-${rng.digits(8)}`;
    const text = L(lang, {
      en: `Thank you for your payment.\n\nOrder: ${order}\nDomain renewal ${biz.domain} (1 year): 14.99 EUR\nHosting "Starter" (12 months): 71.88 EUR\nVAT: 0.00 EUR\nTotal charged to card ending 4417: 86.87 EUR\n\nYour services now run until ${shortDate(rng, lang)}.\nHostnest`,
      de: `Vielen Dank für Ihre Zahlung.\n\nBestellung: ${order}\nDomainverlängerung ${biz.domain} (1 Jahr): 14,99 EUR\nHosting „Starter“ (12 Monate): 71,88 EUR\nMwSt.: 0,00 EUR\nBelastet auf Karte mit Endziffern 4417: 86,87 EUR\n\nIhre Leistungen laufen nun bis ${shortDate(rng, lang)}.\nHostnest`,
      fr: `Merci pour votre paiement.\n\nCommande : ${order}\nRenouvellement du domaine ${biz.domain} (1 an) : 14,99 EUR\nHébergement « Starter » (12 mois) : 71,88 EUR\nTVA : 0,00 EUR\nDébité sur la carte se terminant par 4417 : 86,87 EUR\n\nVos services sont actifs jusqu’au ${shortDate(rng, lang)}.\nHostnest`,
      es: `Gracias por su pago.\n\nPedido: ${order}\nRenovación del dominio ${biz.domain} (1 año): 14,99 EUR\nHosting «Starter» (12 meses): 71,88 EUR\nIVA: 0,00 EUR\nCargado a la tarjeta terminada en 4417: 86,87 EUR\n\nSus servicios siguen activos hasta el ${shortDate(rng, lang)}.\nHostnest`,
    });
    return {
      from: { email: 'billing@hostnest.example', name: 'Hostnest Billing' },
      subject: L(lang, {
        en: `Receipt for order ${order}`,
        de: `Beleg zur Bestellung ${order}`,
        fr: `Reçu de la commande ${order}`,
        es: `Recibo del pedido ${order}`,
      }),
      text,
    };
  },
};

const reschedule: NonLeadLayout = {
  id: 'existing-client-asks-to-move-appointment',
  reason: 'customer_service',
  description:
    'an existing client replies to the booking confirmation ("Re: … #BK-…", In-Reply-To/References) to move the agreed date',
  build({ lang, person, biz, rng }) {
    const ref = `BK-${rng.digits(5)}`;
    const text = L(lang, {
      en: `Hello again,\n\nsomething has come up on the ${rng.int(3, 27)}th. Could we move our appointment (${ref}) to the following week, same time? Everything else stays as agreed.\n\nThanks,\n${person.first}\n\n> Your appointment ${ref} is confirmed.`,
      de: `Hallo nochmal,\n\nam ${rng.int(3, 27)}. ist mir leider etwas dazwischengekommen. Können wir den Termin (${ref}) auf die Woche darauf verschieben, gleiche Uhrzeit? Sonst bleibt alles wie besprochen.\n\nDanke\n${person.first}\n\n> Ihr Termin ${ref} ist bestätigt.`,
      fr: `Re-bonjour,\n\nj’ai un empêchement le ${rng.int(3, 27)}. Pourrait-on décaler notre rendez-vous (${ref}) à la semaine suivante, même heure ? Le reste ne change pas.\n\nMerci,\n${person.first}\n\n> Votre rendez-vous ${ref} est confirmé.`,
      es: `Hola de nuevo:\n\nme surgió algo el día ${rng.int(3, 27)}. ¿Podemos pasar la cita (${ref}) a la semana siguiente, a la misma hora? Lo demás queda igual.\n\nGracias,\n${person.first}\n\n> Su cita ${ref} está confirmada.`,
    });
    const mid = `<${rng.hex(14)}@${biz.domain}>`;
    return {
      from: { email: person.email, name: `${person.first} ${person.last}`.trim() },
      subject: `Re: ${L(lang, { en: 'Appointment confirmed', de: 'Termin bestätigt', fr: 'Rendez-vous confirmé', es: 'Cita confirmada' })} #${ref}`,
      headers: [
        ['In-Reply-To', mid],
        ['References', mid],
      ],
      text,
    };
  },
};

const application: NonLeadLayout = {
  id: 'speculative-job-application-cv',
  reason: 'needs_review',
  description:
    'speculative application for an apprenticeship or helper job with CV.pdf attached, name at the bottom',
  build({ lang, person, rng }) {
    const text = L(lang, {
      en: `Good morning,\n\nI am writing to ask whether you take on apprentices or helpers this season. I finished my technical certificate in June and I am happy to start at the bottom. My CV is attached.\n\nYours faithfully,\n${person.first} ${person.last}`,
      de: `Guten Morgen,\n\nich möchte fragen, ob Sie in dieser Saison Auszubildende oder Aushilfen suchen. Ich habe im Juni meinen Abschluss gemacht und fange gern klein an. Mein Lebenslauf ist angehängt.\n\nMit freundlichen Grüßen\n${person.first} ${person.last}`,
      fr: `Bonjour,\n\nje me permets de vous demander si vous prenez des apprentis ou des aides cette saison. J’ai obtenu mon CAP en juin et je suis prêt à commencer au bas de l’échelle. Vous trouverez mon CV en pièce jointe.\n\nCordialement,\n${person.first} ${person.last}`,
      es: `Buenos días:\n\nles escribo para saber si esta temporada buscan aprendices o ayudantes. Terminé mi formación técnica en junio y no me importa empezar desde abajo. Adjunto mi currículum.\n\nAtentamente,\n${person.first} ${person.last}`,
    });
    return {
      from: { email: person.email, name: `${person.first} ${person.last}`.trim() },
      subject: L(lang, {
        en: 'Apprenticeship / helper – application',
        de: 'Bewerbung Ausbildung / Aushilfe',
        fr: 'Candidature spontanée – apprentissage',
        es: 'Solicitud de empleo – aprendiz',
      }),
      text,
      attachments: [attachment(`CV_${rng.digits(4)}.pdf`, 'application/pdf', pdf('CV'))],
    };
  },
};

const pitch: NonLeadLayout = {
  id: 'contact-list-vendor-cold-pitch',
  reason: 'spam',
  description:
    'cold pitch from a free-mail sender selling “verified” contact lists and guaranteed rankings, Reply-To at another domain, tracking pixel',
  build({ lang, rng, biz }) {
    const text = L(lang, {
      en: `Hi ${biz.name} team,\n\nI noticed your website is not on page 1. We sell 25,000 verified local contacts for just $99 and guarantee top 3 rankings in 14 days. Reply YES and I send the price list.\n\nBest,\nKevin | Growth Expert`,
      de: `Hallo Team von ${biz.name},\n\nIhre Website ist nicht auf Seite 1. Wir verkaufen 25.000 geprüfte lokale Kontakte für nur 99 $ und garantieren Top-3-Platzierungen in 14 Tagen. Antworten Sie mit JA für die Preisliste.\n\nGruß\nKevin | Wachstumsexperte`,
      fr: `Bonjour l’équipe ${biz.name},\n\nvotre site n’est pas en première page. Nous vendons 25 000 contacts locaux vérifiés pour seulement 99 $ et garantissons le top 3 en 14 jours. Répondez OUI pour recevoir les tarifs.\n\nCordialement,\nKevin | Expert croissance`,
      es: `Hola, equipo de ${biz.name}:\n\nsu web no sale en la página 1. Vendemos 25.000 contactos locales verificados por solo 99 $ y garantizamos el top 3 en 14 días. Responda SÍ y le mando la lista de precios.\n\nSaludos,\nKevin | Experto en crecimiento`,
    });
    return {
      from: { email: `kevin.growth${rng.digits(3)}@freemail.example`, name: 'Kevin' },
      replyTo: { email: 'sales@rankrocket-leads.example' },
      subject: L(lang, {
        en: 'Quick question about your website',
        de: 'Kurze Frage zu Ihrer Website',
        fr: 'Petite question sur votre site',
        es: 'Pregunta rápida sobre su web',
      }),
      text,
      html: `${text
        .split('\n\n')
        .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
        .join('')}<img src="https://trk.rankrocket-leads.example/o/${rng.hex(10)}.gif" width="1" height="1">`,
      primary: 'text',
    };
  },
};

const invite: NonLeadLayout = {
  id: 'accountant-year-end-meeting-invite',
  reason: 'calendar',
  description:
    'the business’s accountant sends a year-end meeting invitation: text part plus text/calendar METHOD:REQUEST',
  build({ lang, biz, rng, staff }) {
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const title = L(lang, {
      en: 'Year-end accounts review',
      de: 'Jahresabschluss-Besprechung',
      fr: 'Revue des comptes annuels',
      es: 'Revisión del cierre anual',
    });
    const text = L(lang, {
      en: `${title}\nWhen: ${longDate(rng, lang)}, 10:00–11:00\nWhere: video call\n\nPlease bring the bank statements for the last quarter.`,
      de: `${title}\nWann: ${longDate(rng, lang)}, 10:00–11:00\nWo: Videocall\n\nBitte die Kontoauszüge des letzten Quartals bereithalten.`,
      fr: `${title}\nQuand : ${longDate(rng, lang)}, 10h00–11h00\nOù : visioconférence\n\nMerci de prévoir les relevés bancaires du dernier trimestre.`,
      es: `${title}\nCuándo: ${longDate(rng, lang)}, 10:00–11:00\nDónde: videollamada\n\nTraigan por favor los extractos bancarios del último trimestre.`,
    });
    const ics = `BEGIN:VCALENDAR\nPRODID:-//Ledgerwise Accountants//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:${rng.hex(16)}@ledgerwise.example\nDTSTAMP:202601${day}T080000Z\nDTSTART:202602${day}T090000Z\nDTEND:202602${day}T100000Z\nSUMMARY:${title}\nORGANIZER;CN=Ledgerwise:mailto:diary@ledgerwise.example\nATTENDEE;RSVP=TRUE:mailto:${staff.email}\nATTENDEE;RSVP=TRUE:mailto:${biz.inbox}\nEND:VEVENT\nEND:VCALENDAR\n`;
    return {
      from: { email: 'diary@ledgerwise.example', name: 'Ledgerwise Accountants' },
      subject: L(lang, {
        en: `Invitation: ${title}`,
        de: `Einladung: ${title}`,
        fr: `Invitation : ${title}`,
        es: `Invitación: ${title}`,
      }),
      root: multipart(
        'alternative',
        [
          textPart('plain', text, 'utf-8', 'quoted-printable'),
          rawPart('text/calendar; charset=utf-8; method=REQUEST', ics, 'quoted-printable'),
        ],
        rng,
      ),
    };
  },
};

const ooo: NonLeadLayout = {
  id: 'supplier-rep-out-of-office',
  reason: 'auto_reply',
  description:
    'a supplier’s sales rep’s out-of-office reply (trade fair), Auto-Submitted: auto-replied, X-Auto-Response-Suppress',
  build({ lang, rng }) {
    const back = shortDate(rng, lang);
    const text = L(lang, {
      en: `Thank you for your e-mail. I am at a trade fair until ${back} with limited access to e-mail. For orders please write to orders@greenfield-supply.example.`,
      de: `Vielen Dank für Ihre Nachricht. Ich bin bis ${back} auf einer Messe und lese E-Mails nur eingeschränkt. Bestellungen bitte an orders@greenfield-supply.example.`,
      fr: `Merci pour votre message. Je suis sur un salon jusqu’au ${back} avec un accès limité à mes e-mails. Pour les commandes : orders@greenfield-supply.example.`,
      es: `Gracias por su correo. Estoy en una feria hasta el ${back} con acceso limitado al correo. Para pedidos escriba a orders@greenfield-supply.example.`,
    });
    return {
      from: { email: 'm.okoro@greenfield-supply.example', name: 'Greenfield Supply – Sales' },
      subject: L(lang, {
        en: 'Automatic reply: order 2231',
        de: 'Automatische Antwort: Bestellung 2231',
        fr: 'Réponse automatique : commande 2231',
        es: 'Respuesta automática: pedido 2231',
      }),
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
      ],
      text,
    };
  },
};

const bounce: NonLeadLayout = {
  id: 'hard-bounce-user-unknown-dsn',
  reason: 'delivery_report',
  description:
    'multipart/report DSN: a quote the business sent bounced, Action: failed, Status 5.1.1, the original headers',
  build({ lang, biz, rng, person }) {
    const text = L(lang, {
      en: `Your message could not be delivered to ${person.email}.\nThe recipient's mailbox does not exist.`,
      de: `Ihre Nachricht konnte nicht an ${person.email} zugestellt werden.\nDas Postfach des Empfängers existiert nicht.`,
      fr: `Votre message n’a pas pu être remis à ${person.email}.\nLa boîte du destinataire n’existe pas.`,
      es: `No se pudo entregar su mensaje a ${person.email}.\nEl buzón del destinatario no existe.`,
    });
    const status = `Reporting-MTA: dns; mx1.${biz.domain}\n\nFinal-Recipient: rfc822; ${person.email}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n`;
    const headers = `From: ${biz.inbox}\nTo: ${person.email}\nSubject: ${L(lang, { en: 'Your quote', de: 'Ihr Angebot', fr: 'Votre devis', es: 'Su cotización' })}\nDate: ${longDate(rng, 'en')} ${time(rng)}\nMessage-ID: <${rng.hex(12)}@${biz.domain}>\n`;
    return {
      from: { email: `mailer-daemon@mx1.${biz.domain}`, name: 'Mail Delivery System' },
      subject: L(lang, {
        en: 'Undelivered Mail Returned to Sender',
        de: 'Unzustellbar: Ihr Angebot',
        fr: 'Non remis : Votre devis',
        es: 'No entregado: Su cotización',
      }),
      root: multipart(
        'report',
        [
          textPart('plain', text, 'utf-8', '8bit'),
          rawPart('message/delivery-status', status),
          rawPart('text/rfc822-headers', headers, '8bit'),
        ],
        rng,
        ' report-type=delivery-status;',
      ),
    };
  },
};

const signin: NonLeadLayout = {
  id: 'scheduling-app-new-sign-in-alert',
  reason: 'account_notice',
  description:
    'the business’s scheduling app warns of a new sign-in from a new device, city and time, "wasn’t you?" link',
  build({ lang, rng }) {
    const text = L(lang, {
      en: `New sign-in to your Slotwise account\n\nDevice: Chrome on Windows\nLocation: near Lisbon, Portugal\nTime: ${time(rng)} UTC\n\nIf this was you, there is nothing to do. If not, reset your password: https://slotwise.example/security`,
      de: `Neue Anmeldung in Ihrem Slotwise-Konto\n\nGerät: Chrome unter Windows\nOrt: bei Lissabon, Portugal\nZeit: ${time(rng)} UTC\n\nWaren Sie das, ist nichts zu tun. Falls nicht, setzen Sie Ihr Passwort zurück: https://slotwise.example/security`,
      fr: `Nouvelle connexion à votre compte Slotwise\n\nAppareil : Chrome sous Windows\nLieu : près de Lisbonne, Portugal\nHeure : ${time(rng)} UTC\n\nSi c’était vous, rien à faire. Sinon, réinitialisez votre mot de passe : https://slotwise.example/security`,
      es: `Nuevo inicio de sesión en su cuenta de Slotwise\n\nDispositivo: Chrome en Windows\nUbicación: cerca de Lisboa, Portugal\nHora: ${time(rng)} UTC\n\nSi fue usted, no tiene que hacer nada. Si no, cambie su contraseña: https://slotwise.example/security`,
    });
    return {
      from: { email: 'security@slotwise.example', name: 'Slotwise' },
      subject: L(lang, {
        en: 'New sign-in to your account',
        de: 'Neue Anmeldung in Ihrem Konto',
        fr: 'Nouvelle connexion à votre compte',
        es: 'Nuevo inicio de sesión en su cuenta',
      }),
      text,
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  newsletter,
  hostingReceipt,
  reschedule,
  application,
  pitch,
  invite,
  ooo,
  bounce,
  signin,
];
