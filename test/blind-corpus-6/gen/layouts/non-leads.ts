/** Non-lead layouts: mail a leads inbox gets that is no new enquiry. */
import { attachment, multipart, rawPart, textPart } from '../mime.js';
import type { NonLeadLayout } from '../types.js';
import { esc, L, longDate, num } from './common.js';

const reviewReport: NonLeadLayout = {
  id: 'review-platform-monthly-report',
  reason: 'bulk',
  description:
    'review platform "Starvouch" monthly report to every listed business: new reviews count, average rating, a tip to invite customers, List-Unsubscribe/List-Id/Precedence headers and the platform’s address',
  build({ rng, lang, biz }) {
    const w = L(lang, {
      en: [
        'Your monthly review report',
        'new reviews',
        'average rating',
        'Tip: invite your last ten customers to leave a review.',
        'Unsubscribe from reports',
      ],
      de: [
        'Ihr monatlicher Bewertungsbericht',
        'neue Bewertungen',
        'Durchschnittsbewertung',
        'Tipp: Laden Sie Ihre letzten zehn Kunden zu einer Bewertung ein.',
        'Berichte abbestellen',
      ],
      fr: [
        'Votre rapport d’avis mensuel',
        'nouveaux avis',
        'note moyenne',
        'Astuce : invitez vos dix derniers clients à laisser un avis.',
        'Se désabonner des rapports',
      ],
      es: [
        'Su informe mensual de reseñas',
        'reseñas nuevas',
        'valoración media',
        'Consejo: invite a sus últimos diez clientes a dejar una reseña.',
        'Darse de baja de los informes',
      ],
    });
    const n = rng.int(0, 9);
    const avg = (rng.int(36, 50) / 10).toFixed(1);
    const html = `<h2>${w[0]} – ${esc(biz.name)}</h2><table><tr><td style="font-size:28px">${n}</td><td>${w[1]}</td></tr><tr><td style="font-size:28px">${avg} ★</td><td>${w[2]}</td></tr></table><p>${w[3]}</p><p style="font-size:11px"><a href="https://starvouch.example/u/${rng.hex(12)}">${w[4]}</a> · Starvouch Ltd, 3 Quay Street, Bristol</p>`;
    const text = `${w[0]} – ${biz.name}\n\n${n} ${w[1]}\n${avg} ★ ${w[2]}\n\n${w[3]}\n\n${w[4]}: https://starvouch.example/u/${rng.hex(12)}\n`;
    return {
      from: { name: 'Starvouch', email: 'reports@starvouch.example' },
      subject: `${w[0]}`,
      html,
      text,
      headers: [
        ['List-Unsubscribe', `<https://starvouch.example/unsub/${rng.hex(16)}>`],
        ['List-Id', 'Starvouch business reports <reports.starvouch.example>'],
        ['Precedence', 'bulk'],
      ],
    };
  },
};

const shipping: NonLeadLayout = {
  id: 'carrier-shipping-notice',
  reason: 'transactional',
  description:
    'parcel carrier "Parcelo" tells the business its supplier order ships: tracking number, delivery window, sender, the number of parcels and a link to change the delivery; HTML with text',
  build({ rng, lang, biz }) {
    const trk = `PC${num(rng, 12)}DE`;
    const w = L(lang, {
      en: [
        'Your parcel is on its way',
        'Tracking number',
        'Expected delivery',
        'Sender',
        'Parcels',
        'Change delivery',
      ],
      de: [
        'Ihr Paket ist unterwegs',
        'Sendungsnummer',
        'Voraussichtliche Zustellung',
        'Absender',
        'Pakete',
        'Zustellung ändern',
      ],
      fr: [
        'Votre colis est en route',
        'Numéro de suivi',
        'Livraison prévue',
        'Expéditeur',
        'Colis',
        'Modifier la livraison',
      ],
      es: [
        'Su paquete está en camino',
        'Número de seguimiento',
        'Entrega prevista',
        'Remitente',
        'Bultos',
        'Cambiar la entrega',
      ],
    });
    const when = `${longDate(rng, lang)}`;
    const sender = rng.pick([
      'Würth-Nord Handel',
      'Supplyworks Ltd',
      'Comptoir Technique',
      'Distribuidora Norte',
    ]);
    const rows: [string, string][] = [
      [w[1] as string, trk],
      [w[2] as string, when],
      [w[3] as string, sender],
      [w[4] as string, String(rng.int(1, 4))],
    ];
    return {
      from: { name: 'Parcelo', email: 'tracking@parcelo.example' },
      subject: `${w[0]} – ${trk}`,
      html: `<h2>${w[0]}</h2><table>${rows.map(([k, v]) => `<tr><td>${k}</td><td><b>${esc(v)}</b></td></tr>`).join('')}</table><p><a href="https://parcelo.example/t/${trk}">${w[5]}</a></p><p style="font-size:11px">${esc(biz.name)}</p>`,
      text: `${w[0]}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${w[5]}: https://parcelo.example/t/${trk}\n`,
    };
  },
};

const reviewScam: NonLeadLayout = {
  id: 'review-removal-scam',
  reason: 'spam',
  description:
    'a "reputation agency" offers to delete the business’s negative reviews for a fee: guaranteed results, a WhatsApp number, a named "consultant", a link on a look-alike domain and Reply-To elsewhere',
  build({ rng, lang }) {
    const agent = rng.pick(['Kevin Marlowe', 'Sandra Pohl', 'Julien Ferrand', 'Diego Lazcano']);
    const wa = `+44 7${rng.digits(3)} ${rng.digits(6)}`;
    const text = L(lang, {
      en: `Dear business owner,\n\nwe noticed 3 negative reviews on your profile. Our team can REMOVE them permanently within 48 hours – 100% guaranteed or money back!\n\nOnly €199 per review. Limited offer this week.\n\nWhatsApp me now: ${wa}\nhttps://review-clean-pro.test/offer\n\n${agent}\nReputation Consultant`,
      de: `Sehr geehrter Unternehmer,\n\nwir haben 3 negative Bewertungen in Ihrem Profil gefunden. Wir ENTFERNEN diese dauerhaft innerhalb von 48 Stunden – 100 % Garantie!\n\nNur 199 € pro Bewertung. Nur diese Woche.\n\nSchreiben Sie mir auf WhatsApp: ${wa}\nhttps://review-clean-pro.test/angebot\n\n${agent}\nReputationsberater`,
      fr: `Cher dirigeant,\n\nnous avons repéré 3 avis négatifs sur votre fiche. Nous les SUPPRIMONS définitivement sous 48 h – garanti ou remboursé !\n\nSeulement 199 € par avis. Offre limitée cette semaine.\n\nÉcrivez-moi sur WhatsApp : ${wa}\nhttps://review-clean-pro.test/offre\n\n${agent}\nConsultant e-réputation`,
      es: `Estimado empresario:\n\nhemos detectado 3 reseñas negativas en su perfil. Las ELIMINAMOS para siempre en 48 horas, ¡garantizado o le devolvemos el dinero!\n\nSolo 199 € por reseña. Oferta limitada esta semana.\n\nEscríbame por WhatsApp: ${wa}\nhttps://review-clean-pro.test/oferta\n\n${agent}\nConsultor de reputación`,
    });
    return {
      from: { name: agent, email: `${agent.split(' ')[0]?.toLowerCase()}@reviewclean-mail.test` },
      replyTo: { email: `offers${rng.int(10, 99)}@quickreply.test` },
      subject: L(lang, {
        en: 'Remove bad reviews in 48h – guaranteed',
        de: 'Schlechte Bewertungen in 48 h entfernen',
        fr: 'Supprimez vos mauvais avis en 48 h',
        es: 'Eliminamos sus malas reseñas en 48 h',
      }),
      text,
    };
  },
};

const mailboxMoved: NonLeadLayout = {
  id: 'mailbox-moved-autoreply',
  reason: 'auto_reply',
  description:
    'automatic answer from a supplier’s retired mailbox: this address is no longer read, write to the new address or call the office; Auto-Submitted on most, only the wording on some; the former contact’s successor named',
  build({ rng, lang }) {
    const succ = rng.pick(['Fiona Braddock', 'Leopold Anger', 'Capucine Morin', 'Nerea Gil']);
    const text = L(lang, {
      en: `This mailbox is no longer monitored.\n\nPlease send your message to orders@supplyworks.example. Your contact is now ${succ}, phone +44 113 496 0${rng.digits(3)}.\n\nThis is an automatic reply.`,
      de: `Dieses Postfach wird nicht mehr gelesen.\n\nBitte schreiben Sie an bestellung@nordhandel.example. Ihre neue Ansprechpartnerin ist ${succ}, Tel. 0561 ${rng.digits(6)}.\n\nDies ist eine automatische Antwort.`,
      fr: `Cette adresse n’est plus consultée.\n\nMerci d’écrire à commandes@comptoir-technique.example. Votre interlocuteur est désormais ${succ}, tél. 02 99 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}.\n\nCeci est une réponse automatique.`,
      es: `Este buzón ya no se atiende.\n\nPor favor escriba a pedidos@distribuidora-norte.example. Su nuevo contacto es ${succ}, tel. 957 ${rng.digits(3)} ${rng.digits(3)}.\n\nEsta es una respuesta automática.`,
    });
    const headers: [string, string][] = rng.chance(0.7) ? [['Auto-Submitted', 'auto-replied']] : [];
    return {
      from: {
        email: rng.pick([
          'j.baxter@supplyworks.example',
          'k.weber@nordhandel.example',
          'p.roux@comptoir-technique.example',
          'm.lara@distribuidora-norte.example',
        ]),
      },
      subject: L(lang, {
        en: 'Automatic reply: Order query',
        de: 'Automatische Antwort: Bestellung',
        fr: 'Réponse automatique : commande',
        es: 'Respuesta automática: pedido',
      }),
      headers,
      text,
    };
  },
};

const delayDsn: NonLeadLayout = {
  id: 'delay-warning-dsn',
  reason: 'delivery_report',
  description:
    'a "delivery delayed" warning (not yet a failure) for the business’s own reply to a customer: multipart/report with a human part that says the server will keep trying for N days, message/delivery-status with Action: delayed, and the original headers',
  build({ rng, lang, biz, p }) {
    const human = L(lang, {
      en: `This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n    ${p.email}\n\nThe server will keep trying for ${rng.int(2, 5)} more days.`,
      de: `Dies ist eine automatisch erstellte Zustellstatusbenachrichtigung.\n\nDIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN.\n\nDie Zustellung an folgenden Empfänger verzögert sich:\n\n    ${p.email}\n\nDer Server versucht es noch ${rng.int(2, 5)} Tage lang.`,
      fr: `Ceci est une notification d’état de remise générée automatiquement.\n\nCECI EST UN SIMPLE AVERTISSEMENT. VOUS N’AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE.\n\nLa remise au destinataire suivant a été retardée :\n\n    ${p.email}\n\nLe serveur réessaiera pendant encore ${rng.int(2, 5)} jours.`,
      es: `Esta es una notificación de estado de entrega generada automáticamente.\n\nESTO ES SOLO UNA ADVERTENCIA. NO NECESITA REENVIAR SU MENSAJE.\n\nLa entrega al siguiente destinatario se ha retrasado:\n\n    ${p.email}\n\nEl servidor seguirá intentándolo ${rng.int(2, 5)} días más.`,
    });
    const status = `Reporting-MTA: dns; mx${rng.int(1, 4)}.mailrelay.example\n\nFinal-Recipient: rfc822; ${p.email}\nAction: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 451 4.4.7 temporary failure, try again later\nWill-Retry-Until: Fri, ${rng.int(10, 28)} Nov 2026 10:00:00 +0000\n`;
    const orig = `From: ${biz.name} <${biz.inbox}>\nTo: <${p.email}>\nSubject: Re: ${L(lang, { en: 'Your enquiry', de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su consulta' })}\nMessage-ID: <${rng.hex(12)}@${biz.domain}>\n`;
    const root = multipart(
      'report',
      [
        textPart('plain', human, 'utf-8', rng.pick(['8bit', 'quoted-printable'])),
        rawPart('message/delivery-status', status),
        rawPart('text/rfc822-headers', orig),
      ],
      rng,
      ' report-type=delivery-status;',
    );
    return {
      from: { name: 'Mail Delivery System', email: 'mailer-daemon@mailrelay.example' },
      subject: L(lang, {
        en: 'Delivery Status Notification (Delay)',
        de: 'Zustellstatusbenachrichtigung (Verzögerung)',
        fr: 'Notification d’état de remise (retard)',
        es: 'Notificación de estado de entrega (retraso)',
      }),
      headers: [['Auto-Submitted', 'auto-replied']],
      root,
    };
  },
};

const calReply: NonLeadLayout = {
  id: 'calendar-accept-reply',
  reason: 'calendar',
  description:
    'a supplier’s representative accepts the business’s meeting invitation: "Accepted: …" subject, a one-line text part and a text/calendar METHOD:REPLY alternative with PARTSTAT=ACCEPTED',
  build({ rng, lang, biz }) {
    const rep = rng.pick(['Harriet Voss', 'Bernd Oltmann', 'Chloé Marchetti', 'Andrés Quiroga']);
    const repMail = `${rep.split(' ')[0]?.toLowerCase()}@supplyworks.example`;
    const title = L(lang, {
      en: 'Quarterly supplier review',
      de: 'Quartalsgespräch Lieferant',
      fr: 'Point trimestriel fournisseur',
      es: 'Revisión trimestral de proveedor',
    });
    const day = `202611${rng.int(10, 28)}`;
    const ics = `BEGIN:VCALENDAR\nPRODID:-//Calendra//EN\nVERSION:2.0\nMETHOD:REPLY\nBEGIN:VEVENT\nUID:${rng.uuid()}@${biz.domain}\nDTSTAMP:${day}T080000Z\nDTSTART:${day}T090000Z\nDTEND:${day}T100000Z\nSUMMARY:${title}\nORGANIZER:mailto:${biz.inbox}\nATTENDEE;PARTSTAT=ACCEPTED;CN="${rep}":mailto:${repMail}\nEND:VEVENT\nEND:VCALENDAR\n`;
    const word = L(lang, { en: 'Accepted', de: 'Angenommen', fr: 'Accepté', es: 'Aceptado' });
    const root = multipart(
      'alternative',
      [
        textPart(
          'plain',
          `${rep} ${L(lang, { en: 'has accepted this invitation.', de: 'hat diese Einladung angenommen.', fr: 'a accepté cette invitation.', es: 'ha aceptado esta invitación.' })}`,
          'utf-8',
          '8bit',
        ),
        rawPart('text/calendar; charset=utf-8; method=REPLY', ics, 'base64'),
      ],
      rng,
    );
    return { from: { name: rep, email: repMail }, subject: `${word}: ${title}`, root };
  },
};

const dnsNotice: NonLeadLayout = {
  id: 'registrar-dns-change-notice',
  reason: 'account_notice',
  description:
    'the business’s domain registrar reports that DNS records of its domain were changed and the SSL certificate renews soon: record type, old and new value, IP and time of the change, a "wasn’t you?" link and the registrar’s support line',
  build({ rng, lang, biz }) {
    const ip = `203.0.113.${rng.int(2, 250)}`;
    const text = L(lang, {
      en: `The DNS records for ${biz.domain} were changed.\n\nRecord: MX\nOld value: mx1.oldhost.example\nNew value: mx.mailfront.example\nChanged from IP ${ip}\n\nYour SSL certificate renews automatically in ${rng.int(5, 20)} days.\n\nWasn't you? Secure your account: https://registrar-hub.example/security\nSupport: +1 800 555 0142`,
      de: `Die DNS-Einträge von ${biz.domain} wurden geändert.\n\nEintrag: MX\nAlter Wert: mx1.oldhost.example\nNeuer Wert: mx.mailfront.example\nGeändert von IP ${ip}\n\nIhr SSL-Zertifikat verlängert sich automatisch in ${rng.int(5, 20)} Tagen.\n\nDas waren nicht Sie? Konto sichern: https://registrar-hub.example/sicherheit\nSupport: +49 30 ${rng.digits(7)}`,
      fr: `Les enregistrements DNS de ${biz.domain} ont été modifiés.\n\nEnregistrement : MX\nAncienne valeur : mx1.oldhost.example\nNouvelle valeur : mx.mailfront.example\nModifié depuis l’IP ${ip}\n\nVotre certificat SSL sera renouvelé automatiquement dans ${rng.int(5, 20)} jours.\n\nCe n’était pas vous ? Sécurisez votre compte : https://registrar-hub.example/securite\nAssistance : 01 99 00 ${rng.digits(2)} ${rng.digits(2)}`,
      es: `Los registros DNS de ${biz.domain} se han modificado.\n\nRegistro: MX\nValor anterior: mx1.oldhost.example\nValor nuevo: mx.mailfront.example\nModificado desde la IP ${ip}\n\nSu certificado SSL se renovará automáticamente en ${rng.int(5, 20)} días.\n\n¿No fue usted? Proteja su cuenta: https://registrar-hub.example/seguridad\nSoporte: 900 ${rng.digits(3)} ${rng.digits(3)}`,
    });
    return {
      from: { name: 'Registrar Hub', email: 'security@registrar-hub.example' },
      subject: L(lang, {
        en: `DNS records changed for ${biz.domain}`,
        de: `DNS-Einträge geändert: ${biz.domain}`,
        fr: `Modification DNS : ${biz.domain}`,
        es: `Cambio de DNS: ${biz.domain}`,
      }),
      text,
    };
  },
};

const warranty: NonLeadLayout = {
  id: 'warranty-claim-customer',
  reason: 'customer_service',
  description:
    'an existing customer reports a defect in work or goods already delivered: order or invoice number in the subject and text, what went wrong, a photo attached as JPEG, name and phone in the signature',
  build({ rng, lang, biz, p, phone }) {
    const ord = `${rng.pick(['A', 'R', 'F'])}-${num(rng, 6)}`;
    const name = p.last ? `${p.first} ${p.last}` : p.first;
    const text = L(lang, {
      en: `Hello,\n\nregarding order ${ord}: since last week there is a problem again – the work you did in spring is not holding. I attached a photo.\n\nCan you send someone under the warranty?\n\nRegards,\n${name}\n${phone.written}`,
      de: `Guten Tag,\n\nzu Auftrag ${ord}: Seit letzter Woche gibt es wieder ein Problem – die Arbeit vom Frühjahr hält nicht. Ein Foto ist angehängt.\n\nKönnen Sie im Rahmen der Gewährleistung jemanden schicken?\n\nGrüße\n${name}\n${phone.written}`,
      fr: `Bonjour,\n\nconcernant la commande ${ord} : depuis la semaine dernière le problème est revenu, les travaux du printemps ne tiennent pas. Je joins une photo.\n\nPouvez-vous intervenir au titre de la garantie ?\n\nCordialement,\n${name}\n${phone.written}`,
      es: `Hola:\n\nsobre el pedido ${ord}: desde la semana pasada vuelve a haber un problema, el trabajo de la primavera no aguanta. Adjunto una foto.\n\n¿Pueden enviar a alguien dentro de la garantía?\n\nSaludos,\n${name}\n${phone.written}`,
    });
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from(rng.hex(40), 'latin1'),
      Buffer.from([0xff, 0xd9]),
    ]);
    return {
      from: { name, email: p.email },
      to: [{ email: biz.inbox }],
      subject: `${L(lang, { en: 'Warranty', de: 'Reklamation', fr: 'Garantie', es: 'Garantía' })} – ${ord}`,
      text,
      attachments: [attachment(`IMG_${num(rng, 4)}.jpg`, 'image/jpeg', jpeg)],
    };
  },
};

const chatNoContact: NonLeadLayout = {
  id: 'chat-offline-no-details',
  reason: 'no_contact',
  description:
    'the "Parlo" chat widget’s offline message from a visitor who left neither email nor phone: an anonymous visitor number or a first name, a short question, and the visitor details block',
  build({ rng, lang, biz, p }) {
    const who = rng.chance(0.5)
      ? `${L(lang, { en: 'Visitor', de: 'Besucher', fr: 'Visiteur', es: 'Visitante' })} ${num(rng, 5)}`
      : p.first;
    const q = L(lang, {
      en: ['do you work weekends?', 'how much roughly?', 'hello?'],
      de: ['arbeiten Sie auch am Wochenende?', 'was kostet das ungefähr?', 'hallo?'],
      fr: ['vous travaillez le week-end ?', 'combien environ ?', 'allô ?'],
      es: ['¿trabajan los fines de semana?', '¿cuánto cuesta más o menos?', '¿hola?'],
    });
    const lb = L(lang, {
      en: [
        'Offline message from your website',
        'Visitor',
        'Email',
        'Phone',
        'Message',
        'Visitor details',
        'Location',
        'Chat ID',
      ],
      de: [
        'Offline-Nachricht von Ihrer Website',
        'Besucher',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Besucherdetails',
        'Standort',
        'Chat-ID',
      ],
      fr: [
        'Message hors ligne depuis votre site',
        'Visiteur',
        'E-mail',
        'Téléphone',
        'Message',
        'Détails du visiteur',
        'Localisation',
        'ID du chat',
      ],
      es: [
        'Mensaje fuera de línea desde su web',
        'Visitante',
        'Correo',
        'Teléfono',
        'Mensaje',
        'Datos del visitante',
        'Ubicación',
        'ID del chat',
      ],
    });
    const text = `Parlo · ${lb[0]}\n\n${lb[1]}: ${who}\n${lb[2]}: \n${lb[3]}: \n${lb[4]}:\n${rng.pick(q)}\n\n--- ${lb[5]} ---\n${lb[6]}: ${biz.town}\n${lb[7]}: PRL-${rng.hex(10)}\n`;
    return {
      from: { name: 'Parlo Chat', email: 'offline@parlo.example' },
      subject: `${lb[0]} – ${who}`,
      text,
    };
  },
};

export const nonLeadLayouts: NonLeadLayout[] = [
  reviewReport,
  shipping,
  reviewScam,
  mailboxMoved,
  delayDsn,
  calReply,
  dnsNotice,
  warranty,
  chatNoContact,
];
