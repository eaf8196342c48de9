/** Non-lead layouts: mail a leads inbox gets that is not a new customer. */
import { multipart, rawPart, textPart } from '../mime.js';
import { Rng } from '../rng.js';
import type { NonLeadLayout } from '../types.js';
import { br, dateLong, dateShort, drawWhen, esc, fullOf, time, tr } from '../util.js';

const digest: NonLeadLayout = {
  id: 'marketplace-area-digest',
  reason: 'bulk',
  description:
    'services marketplace "Jobnest" weekly digest of open requests in the business’s area: three requests with masked customers ("Anna M."), job, town and budget, "unlock the contact for N credits" buttons, List-Unsubscribe/List-Id/Precedence headers',
  count: 6,
  build({ rng, lang, biz, person }) {
    const others = {
      en: ['Dave', 'Sophie', 'Ravi'],
      de: ['Uwe', 'Jana', 'Murat'],
      fr: ['Karine', 'Bruno', 'Léa'],
      es: ['Chema', 'Rosa', 'Iván'],
    }[lang];
    const initials = 'BDGHKMPRST';
    const masked = [
      `${person.first} ${person.last[0]}.`,
      ...others.slice(0, 2).map((f) => `${f} ${rng.pick([...initials])}.`),
    ];
    const credits = tr({ en: 'credits', de: 'Credits', fr: 'crédits', es: 'créditos' }, lang);
    const reqs = masked.map(
      (who, i) =>
        `${i + 1}. ${who} · ${biz.city} · ${rng.int(3, 40) * 100} € · ${tr({ en: 'unlock contact', de: 'Kontakt freischalten', fr: 'débloquer le contact', es: 'desbloquear contacto' }, lang)}: ${rng.int(2, 9)} ${credits}`,
    );
    const text = [
      tr(
        {
          en: `Hi ${biz.name}, here are this week’s open requests near ${biz.city}:`,
          de: `Hallo ${biz.name}, hier die offenen Aufträge dieser Woche bei ${biz.city}:`,
          fr: `Bonjour ${biz.name}, voici les demandes ouvertes de la semaine près de ${biz.city} :`,
          es: `Hola ${biz.name}, estas son las solicitudes abiertas de la semana cerca de ${biz.city}:`,
        },
        lang,
      ),
      '',
      ...reqs,
      '',
      tr(
        {
          en: 'You receive this digest because you are listed on Jobnest. Unsubscribe: https://jobnest.test/u',
          de: 'Sie erhalten diese Übersicht, weil Sie bei Jobnest gelistet sind. Abmelden: https://jobnest.test/u',
          fr: 'Vous recevez ce résumé car vous êtes inscrit sur Jobnest. Se désabonner : https://jobnest.test/u',
          es: 'Recibe este resumen porque está registrado en Jobnest. Darse de baja: https://jobnest.test/u',
        },
        lang,
      ),
    ].join('\n');
    return {
      from: { name: 'Jobnest', email: 'digest@jobnest.test' },
      to: [{ email: biz.inbox }],
      subject: tr(
        {
          en: '3 new requests near you this week',
          de: '3 neue Aufträge in Ihrer Nähe',
          fr: '3 nouvelles demandes près de chez vous',
          es: '3 nuevas solicitudes cerca de usted',
        },
        lang,
      ),
      headers: [
        ['List-Unsubscribe', '<https://jobnest.test/u>'],
        ['List-Id', 'Jobnest weekly <weekly.jobnest.test>'],
        ['Precedence', 'bulk'],
      ],
      text,
    };
  },
};

const exim: NonLeadLayout = {
  id: 'exim-bounce-copy',
  reason: 'delivery_report',
  description:
    'an Exim "Mail delivery failed: returning message to sender" in plain text (no multipart/report): the automatic English notice, the failed customer address with the SMTP error, then "------ This is a copy of the message, including all the headers. ------" and the business’s own reply to a customer in its language',
  count: 6,
  build({ rng, lang, biz, person, staff }) {
    const w = drawWhen(rng);
    const reply = tr(
      {
        en: `Dear ${person.first},\n\nthank you for your enquiry. Please find our offer below.\n\nKind regards\n${staff.full}`,
        de: `Hallo ${person.first},\n\nvielen Dank für Ihre Anfrage. Unser Angebot finden Sie unten.\n\nViele Grüße\n${staff.full}`,
        fr: `Bonjour ${person.first},\n\nmerci pour votre demande. Vous trouverez notre offre ci-dessous.\n\nCordialement\n${staff.full}`,
        es: `Hola ${person.first}:\n\ngracias por su consulta. Le enviamos nuestra oferta a continuación.\n\nUn saludo\n${staff.full}`,
      },
      lang,
    );
    const text = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      `  ${person.email}`,
      `    host mx.${person.email.split('@')[1]} [192.0.2.${rng.int(2, 250)}]`,
      `    SMTP error from remote mail server after RCPT TO:<${person.email}>:`,
      '    550 5.1.1 User unknown',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      `From: ${staff.full} <${staff.email}>`,
      `To: ${person.email}`,
      `Subject: ${tr({ en: 'Your enquiry', de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su consulta' }, lang)}`,
      `Date: ${dateShort(w, lang)} ${time(w)}`,
      '',
      reply,
    ].join('\n');
    return {
      from: { name: 'Mail Delivery System', email: `Mailer-Daemon@mail.${biz.domain}` },
      to: [{ email: staff.email }],
      subject: 'Mail delivery failed: returning message to sender',
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Failed-Recipients', person.email],
      ],
      text,
    };
  },
};

const disapproved: NonLeadLayout = {
  id: 'ad-lead-form-disapproved',
  reason: 'account_notice',
  description:
    'an ad platform (TikTok, Pinterest, Snapchat or Microsoft Advertising) tells the business that its lead form or ad was rejected under a policy: campaign name and id, form id, ad id, the policy and a link to edit and resubmit; HTML with text',
  count: 6,
  build({ rng, lang, biz }) {
    const platform = rng.pick([
      'TikTok for Business',
      'Pinterest Business',
      'Snap Business',
      'Microsoft Advertising',
    ]);
    const ids = { camp: rng.digits(12), form: rng.digits(12), ad: rng.digits(14) };
    const L = {
      en: [
        'Your lead form was not approved',
        'Campaign ID',
        'Lead form ID',
        'Ad ID',
        'Reason',
        'The privacy policy link is missing or does not work.',
        'Edit and resubmit',
      ],
      de: [
        'Ihr Leadformular wurde nicht freigegeben',
        'Kampagnen-ID',
        'Leadformular-ID',
        'Anzeigen-ID',
        'Grund',
        'Der Link zur Datenschutzerklärung fehlt oder funktioniert nicht.',
        'Bearbeiten und erneut einreichen',
      ],
      fr: [
        'Votre formulaire n’a pas été approuvé',
        'ID de campagne',
        'ID du formulaire',
        'ID de l’annonce',
        'Motif',
        'Le lien vers la politique de confidentialité manque ou ne fonctionne pas.',
        'Modifier et renvoyer',
      ],
      es: [
        'Su formulario no fue aprobado',
        'ID de campaña',
        'ID del formulario',
        'ID del anuncio',
        'Motivo',
        'Falta el enlace a la política de privacidad o no funciona.',
        'Editar y volver a enviar',
      ],
    }[lang];
    const rows: [string, string][] = [
      [L[1] as string, ids.camp],
      [L[2] as string, ids.form],
      [L[3] as string, ids.ad],
      [L[4] as string, L[5] as string],
    ];
    return {
      from: { name: platform, email: 'no-reply@ads-policy.test' },
      to: [{ email: biz.inbox }],
      subject: `${L[0]} – ${biz.name}`,
      text: [
        `${L[0]}.`,
        '',
        ...rows.map(([k, v]) => `${k}: ${v}`),
        '',
        `${L[6]}: https://ads-policy.test/review/${ids.form}`,
      ].join('\n'),
      html: [
        `<h2>${esc(L[0] as string)}</h2><table>`,
        ...rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`),
        `</table><p><a href="https://ads-policy.test/review/${ids.form}">${esc(L[6] as string)}</a></p>`,
      ].join('\n'),
      primary: 'html',
    };
  },
};

const cancel: NonLeadLayout = {
  id: 'calendar-cancel-method',
  reason: 'calendar',
  description:
    'a supplier cancels a site visit it had booked with the business: "Cancelled: …" subject, a short text part and a text/calendar METHOD:CANCEL alternative with STATUS:CANCELLED, organiser and attendee',
  count: 6,
  build({ rng, lang, biz, staff }) {
    const w = drawWhen(rng);
    const org = tr(
      {
        en: 'Harwood Supplies',
        de: 'Kranz Großhandel',
        fr: 'Distribution Mercier',
        es: 'Suministros Olmedo',
      },
      lang,
    );
    const orgMail = `planning@${org.toLowerCase().replace(/[^a-z]+/g, '-')}.test`;
    const title = tr(
      {
        en: 'Site visit – product demo',
        de: 'Vor-Ort-Termin – Produktvorführung',
        fr: 'Visite sur site – démonstration',
        es: 'Visita – demostración de producto',
      },
      lang,
    );
    const ics = [
      'BEGIN:VCALENDAR',
      'PRODID:-//Supplier Calendar//EN',
      'VERSION:2.0',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      `UID:${rng.hex(16)}@calendar.test`,
      `DTSTART:${w.y}${String(w.mo).padStart(2, '0')}${String(w.d).padStart(2, '0')}T${String(w.h).padStart(2, '0')}0000Z`,
      'SEQUENCE:2',
      'STATUS:CANCELLED',
      `SUMMARY:${title}`,
      `ORGANIZER;CN=${org}:mailto:${orgMail}`,
      `ATTENDEE;CN=${staff.full}:mailto:${staff.email}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const text = tr(
      {
        en: `The event "${title}" on ${dateLong(w, lang)} has been cancelled.`,
        de: `Der Termin „${title}“ am ${dateLong(w, lang)} wurde abgesagt.`,
        fr: `L’événement « ${title} » du ${dateLong(w, lang)} a été annulé.`,
        es: `El evento «${title}» del ${dateLong(w, lang)} ha sido cancelado.`,
      },
      lang,
    );
    const rng2 = new Rng(w.d * 1000 + w.mi);
    return {
      from: { name: org, email: orgMail },
      to: [{ email: staff.email }, { email: biz.inbox }],
      subject: `${tr({ en: 'Cancelled', de: 'Abgesagt', fr: 'Annulé', es: 'Cancelado' }, lang)}: ${title}`,
      root: multipart(
        'alternative',
        [
          textPart('plain', text, 'utf-8', '8bit'),
          rawPart('text/calendar; charset=utf-8; method=CANCEL', ics, '8bit'),
        ],
        rng2,
      ),
    };
  },
};

const leave: NonLeadLayout = {
  id: 'autoreply-parental-leave',
  reason: 'auto_reply',
  description:
    'HTML-only automatic answer from a supplier’s contact on parental leave: "Automatic reply:" subject, away until a month, a named colleague with phone and email for urgent matters; Auto-Submitted and X-Auto-Response-Suppress on most, only the wording on the rest',
  count: 6,
  build({ rng, lang, biz, n }) {
    const who = tr({ en: 'Fiona Grady', de: 'Tanja Reischl', fr: 'Odile Besson', es: 'Nuria Salcedo' }, lang);
    const col = tr({ en: 'Ben Carver', de: 'Jens Aufhauser', fr: 'Marc Dupuis', es: 'Pablo Ferrán' }, lang);
    const mail = `${who.toLowerCase().replace(' ', '.')}@wholesale-partner.test`;
    const w = drawWhen(rng);
    const html = tr(
      {
        en: `<p>Thank you for your email. I am on parental leave until ${dateLong(w, lang)} and will not be reading my messages.</p><p>For orders and urgent matters please contact my colleague <b>${col}</b> on +44 20 7946 0${rng.int(100, 999)} or orders@wholesale-partner.test.</p><p>Best wishes,<br>${who}</p>`,
        de: `<p>Vielen Dank für Ihre Nachricht. Ich bin bis ${dateLong(w, lang)} in Elternzeit und lese meine E-Mails nicht.</p><p>Bei Bestellungen und dringenden Anliegen wenden Sie sich bitte an meinen Kollegen <b>${col}</b>, Tel. +49 30 ${rng.int(1000000, 9999999)}, orders@wholesale-partner.test.</p><p>Viele Grüße<br>${who}</p>`,
        fr: `<p>Merci pour votre message. Je suis en congé parental jusqu’au ${dateLong(w, lang)} et ne consulte pas mes courriels.</p><p>Pour les commandes et les urgences, merci de contacter mon collègue <b>${col}</b> au +33 1 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ou orders@wholesale-partner.test.</p><p>Bien cordialement,<br>${who}</p>`,
        es: `<p>Gracias por su correo. Estoy de baja por maternidad hasta el ${dateLong(w, lang)} y no leo mis mensajes.</p><p>Para pedidos y urgencias, contacte con mi compañero <b>${col}</b> en el +34 91 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)} o en orders@wholesale-partner.test.</p><p>Un saludo,<br>${who}</p>`,
      },
      lang,
    );
    const headers: [string, string][] =
      n % 3 === 2
        ? []
        : [
            ['Auto-Submitted', 'auto-replied'],
            ['X-Auto-Response-Suppress', 'All'],
          ];
    return {
      from: { name: who, email: mail },
      to: [{ email: biz.inbox }],
      subject: `${tr({ en: 'Automatic reply', de: 'Automatische Antwort', fr: 'Réponse automatique', es: 'Respuesta automática' }, lang)}: ${tr({ en: 'Order', de: 'Bestellung', fr: 'Commande', es: 'Pedido' }, lang)} ${rng.int(4000, 9999)}`,
      headers,
      html,
    };
  },
};

const orderConf: NonLeadLayout = {
  id: 'supplier-order-confirmation',
  reason: 'transactional',
  description:
    'a wholesaler confirms the business’s own purchase order: order number, an HTML item table (article number, description, quantity, price), delivery address, expected delivery date and the supplier’s order desk with phone; text part the same as lines',
  count: 6,
  build({ rng, lang, biz }) {
    const no = `PO-${rng.int(100000, 999999)}`;
    const items = {
      en: ['Nitrile gloves (box of 100)', 'Packing tape 50 m', 'Toner cartridge'],
      de: ['Nitrilhandschuhe (100 Stk.)', 'Packband 50 m', 'Tonerkartusche'],
      fr: ['Gants nitrile (boîte de 100)', 'Ruban adhésif 50 m', 'Cartouche de toner'],
      es: ['Guantes de nitrilo (caja de 100)', 'Cinta de embalar 50 m', 'Cartucho de tóner'],
    }[lang];
    const rows = items.map((it) => [
      `A-${rng.int(1000, 9999)}`,
      it,
      String(rng.int(1, 12)),
      `${rng.int(3, 80)},${rng.int(10, 99)} €`,
    ]);
    const w = drawWhen(rng);
    const L = (
      {
        en: ['Order confirmation', 'Delivery to', 'Expected delivery', 'Order desk'],
        de: ['Auftragsbestätigung', 'Lieferung an', 'Voraussichtliche Lieferung', 'Auftragsannahme'],
        fr: ['Confirmation de commande', 'Livraison à', 'Livraison prévue', 'Service commandes'],
        es: ['Confirmación de pedido', 'Entrega en', 'Entrega prevista', 'Atención de pedidos'],
      } as const
    )[lang];
    const desk = `${L[3]}: +49 89 ${rng.int(1000000, 9999999)} · orders@grossmarkt-nord.test`;
    return {
      from: { name: 'Großmarkt Nord', email: 'orders@grossmarkt-nord.test' },
      to: [{ email: biz.inbox }],
      subject: `${L[0]} ${no}`,
      text: [
        `${L[0]} ${no}`,
        '',
        ...rows.map((r) => r.join(' | ')),
        '',
        `${L[1]}: ${biz.name}, ${biz.city}`,
        `${L[2]}: ${dateLong(w, lang)}`,
        '',
        desk,
      ].join('\n'),
      html: [
        `<h2>${esc(L[0])} ${no}</h2><table border="1" cellpadding="4">`,
        ...rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`),
        `</table><p>${esc(L[1])}: ${esc(biz.name)}, ${esc(biz.city)}<br>${esc(L[2])}: ${esc(dateLong(w, lang))}</p><p style="color:#777">${esc(desk)}</p>`,
      ].join('\n'),
      primary: 'html',
    };
  },
};

const echoEmpty: NonLeadLayout = {
  id: 'html-input-echo-no-contact',
  reason: 'no_contact',
  description:
    'the "Formecho" read-only form copy (inputs with value attributes) from a visitor who typed only a first name and a short question: the email and phone inputs are empty',
  count: 6,
  build({ lang, biz, person }) {
    const L = (
      {
        en: ['Your name', 'Email address', 'Phone', 'How can we help?', 'Do you work on Sundays?'],
        de: [
          'Ihr Name',
          'E-Mail-Adresse',
          'Telefon',
          'Wie können wir helfen?',
          'Arbeiten Sie auch sonntags?',
        ],
        fr: [
          'Votre nom',
          'Adresse e-mail',
          'Téléphone',
          'Comment pouvons-nous vous aider ?',
          'Travaillez-vous le dimanche ?',
        ],
        es: [
          'Su nombre',
          'Correo electrónico',
          'Teléfono',
          '¿Cómo podemos ayudarle?',
          '¿Trabajan los domingos?',
        ],
      } as const
    )[lang];
    const field = (id: string, label: string, type: string, value: string) =>
      `<p><label for="${id}">${esc(label)}</label><br><input id="${id}" type="${type}" value="${esc(value)}" readonly></p>`;
    return {
      from: { name: 'Formecho', email: `formecho@${biz.domain}` },
      to: [{ email: biz.inbox }],
      subject: `${tr({ en: 'Form copy', de: 'Formularkopie', fr: 'Copie du formulaire', es: 'Copia del formulario' }, lang)}: ${person.first}`,
      html: [
        `<form>`,
        field('name', L[0], 'text', person.first),
        field('email', L[1], 'email', ''),
        field('phone', L[2], 'tel', ''),
        `<p><label for="message">${esc(L[3])}</label><br><textarea id="message" readonly>${esc(L[4])}</textarea></p>`,
        '</form>',
        `<p style="color:#888">Formecho · admin@${biz.domain}</p>`,
      ].join('\n'),
    };
  },
};

const reschedule: NonLeadLayout = {
  id: 'booking-reschedule-request',
  reason: 'customer_service',
  description:
    'booking tool "Termina" tells the business that an existing client asks to move their confirmed appointment: booking number, current and requested time, the client’s name, phone and email and their short note, "accept / decline" links',
  count: 6,
  build({ rng, lang, biz, person }) {
    const a = drawWhen(rng);
    const b = drawWhen(rng);
    const no = `B-${rng.int(20000, 99999)}`;
    const L = (
      {
        en: [
          'Reschedule request',
          'Booking',
          'Client',
          'Phone',
          'Email',
          'Current time',
          'Requested time',
          'Note',
          'Something came up at work, sorry.',
          'Accept',
          'Decline',
        ],
        de: [
          'Verschiebungswunsch',
          'Buchung',
          'Kunde',
          'Telefon',
          'E-Mail',
          'Aktueller Termin',
          'Gewünschter Termin',
          'Notiz',
          'Mir ist beruflich etwas dazwischengekommen, sorry.',
          'Annehmen',
          'Ablehnen',
        ],
        fr: [
          'Demande de report',
          'Réservation',
          'Client',
          'Téléphone',
          'E-mail',
          'Créneau actuel',
          'Créneau souhaité',
          'Note',
          'Un imprévu au travail, désolé.',
          'Accepter',
          'Refuser',
        ],
        es: [
          'Solicitud de cambio de cita',
          'Reserva',
          'Cliente',
          'Teléfono',
          'Correo',
          'Cita actual',
          'Cita solicitada',
          'Nota',
          'Me surgió algo en el trabajo, perdón.',
          'Aceptar',
          'Rechazar',
        ],
      } as const
    )[lang];
    const rows: [string, string][] = [
      [L[1], no],
      [L[2], fullOf(person)],
      [L[3], biz.phone.replace(/\d(?=\d{4}$)/, '7')],
      [L[4], person.email],
      [L[5], `${dateShort(a, lang)} ${time(a)}`],
      [L[6], `${dateShort(b, lang)} ${time(b)}`],
      [L[7], L[8]],
    ];
    return {
      from: { name: 'Termina', email: 'noreply@termina.test' },
      to: [{ email: biz.inbox }],
      subject: `${L[0]}: ${L[1]} ${no}`,
      text: [
        `${L[0]}`,
        '',
        ...rows.map(([k, v]) => `${k}: ${v}`),
        '',
        `${L[9]}: https://termina.test/b/${no}/accept`,
        `${L[10]}: https://termina.test/b/${no}/decline`,
      ].join('\n'),
      html: [
        `<h3>${esc(L[0])}</h3><table>`,
        ...rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${br(v)}</td></tr>`),
        `</table><p><a href="https://termina.test/b/${no}/accept">${esc(L[9])}</a> · <a href="https://termina.test/b/${no}/decline">${esc(L[10])}</a></p>`,
      ].join('\n'),
      primary: 'text',
    };
  },
};

const guestPost: NonLeadLayout = {
  id: 'spam-guest-post-price-list',
  reason: 'spam',
  description:
    'a "publisher network" offers paid guest posts and link insertions: a plain-text price list of sites with domain authority and price, PayPal/crypto payment, a named "outreach manager", Reply-To on another domain',
  count: 6,
  build({ rng, lang, biz }) {
    const sites = ['homeguide-daily.test', 'bizwire-now.test', 'trendyliving.test', 'newsdesk24.test'].map(
      (s) => `- ${s} · DA ${rng.int(30, 80)} · $${rng.int(40, 300)}`,
    );
    const who = rng.pick(['Emily Watson', 'Kevin Lane', 'Sara Mendes']);
    const text = [
      tr(
        {
          en: `Hi ${biz.name} team,`,
          de: `Hallo Team von ${biz.name},`,
          fr: `Bonjour l’équipe ${biz.name},`,
          es: `Hola equipo de ${biz.name}:`,
        },
        lang,
      ),
      '',
      tr(
        {
          en: 'We can publish a do-follow article about your business on our high-authority sites. Current prices:',
          de: 'Wir veröffentlichen einen Do-Follow-Artikel über Ihr Unternehmen auf unseren starken Seiten. Aktuelle Preise:',
          fr: 'Nous publions un article do-follow sur votre entreprise sur nos sites à forte autorité. Tarifs actuels :',
          es: 'Publicamos un artículo do-follow sobre su empresa en nuestros sitios de alta autoridad. Precios actuales:',
        },
        lang,
      ),
      ...sites,
      '',
      tr(
        {
          en: 'Payment by PayPal or USDT. Reply within 48 hours for 30% off!',
          de: 'Zahlung per PayPal oder USDT. Antworten Sie innerhalb von 48 Stunden für 30 % Rabatt!',
          fr: 'Paiement PayPal ou USDT. Répondez sous 48 h pour 30 % de remise !',
          es: 'Pago por PayPal o USDT. ¡Responda en 48 horas y obtenga un 30 % de descuento!',
        },
        lang,
      ),
      '',
      who,
      'Outreach Manager · LinkStar Media',
    ].join('\n');
    return {
      from: { name: who, email: `${who.split(' ')[0]?.toLowerCase()}@linkstar-media.test` },
      replyTo: { email: `deals.linkstar@freemail.test` },
      to: [{ email: biz.inbox }],
      subject: tr(
        {
          en: 'Guest post opportunity – DA 70+ sites',
          de: 'Gastbeitrag auf Seiten mit DA 70+',
          fr: 'Article invité – sites DA 70+',
          es: 'Artículo invitado – sitios DA 70+',
        },
        lang,
      ),
      text,
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  digest,
  exim,
  disapproved,
  cancel,
  leave,
  orderConf,
  echoEmpty,
  reschedule,
  guestPost,
];
