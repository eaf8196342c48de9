/** Non-lead layouts: ordinary mail a lead inbox receives. */
import { multipart, rawPart, textPart } from '../mime.js';
import { drawNumber } from '../people.js';
import type { NonLeadLayout } from '../types.js';
import { day, digitsId, esc, full, paras, tr } from '../util.js';

export const wholesalePriceList: NonLeadLayout = {
  id: 'wholesale-price-list-mailing',
  reason: 'bulk',
  description:
    'a wholesaler\'s seasonal price-list mailing in HTML with text: three product lines with prices, a "trade counter" opening-hours note, footer with postal address, List-Unsubscribe and Precedence: bulk',
  count: 6,
  build({ lang, biz, rng }) {
    const items = ['A-100', 'B-220', 'C-310'].map((s) => `${s} · ${rng.int(5, 90)},${rng.int(10, 99)} €`);
    const head = tr(lang, {
      en: 'Our new trade price list is out',
      de: 'Unsere neue Händlerpreisliste ist da',
      fr: 'Notre nouveau tarif professionnel est disponible',
      es: 'Ya está nuestra nueva lista de precios mayorista',
    });
    const foot = tr(lang, {
      en: 'Unsubscribe from trade mailings',
      de: 'Vom Händler-Newsletter abmelden',
      fr: 'Se désabonner des envois professionnels',
      es: 'Darse de baja de los envíos',
    });
    const text = `${head}\n\n${items.join('\n')}\n\nGrossmart Trade Supplies · 12 Depot Road\n${foot}: https://grossmart.test/u/${rng.hex(10)}\n`;
    const html = `<h1>${esc(head)}</h1><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul><p style="font-size:10px">Grossmart Trade Supplies · 12 Depot Road<br><a href="https://grossmart.test/u/x">${esc(foot)}</a></p>`;
    return {
      from: { name: 'Grossmart Trade', email: 'news@grossmart.test' },
      to: [{ email: biz.inbox }],
      subject: head,
      headers: [
        ['List-Unsubscribe', `<https://grossmart.test/u/${rng.hex(10)}>`],
        ['Precedence', 'bulk'],
      ],
      text,
      html,
      primary: 'html',
    };
  },
};

export const supplierCreditNote: NonLeadLayout = {
  id: 'supplier-credit-note',
  reason: 'transactional',
  description:
    "a supplier's accounts team sends a credit note for returned goods in plain text: credit note and original invoice numbers, amount, how it will be offset, the accounts clerk's name and phone",
  count: 6,
  build({ lang, biz, rng }) {
    const no = `CN-${digitsId(rng, 6)}`;
    const inv = `INV-${digitsId(rng, 6)}`;
    const amt = `${rng.int(20, 400)},${rng.int(10, 99)}`;
    const clerk = { en: 'Deborah Finch', de: 'Sabine Roloff', fr: 'Coralie Jacquet', es: 'Marisol Ibarra' }[
      lang
    ];
    const ph = drawNumber(rng, biz.country);
    const text = tr(lang, {
      en: `Hello,\n\nplease find credit note ${no} for ${amt} against invoice ${inv} (returned goods). The amount will be deducted from your next statement.\n\nAccounts receivable\n${clerk}\n${ph}\n`,
      de: `Guten Tag,\n\nanbei die Gutschrift ${no} über ${amt} € zur Rechnung ${inv} (Retoure). Der Betrag wird mit Ihrer nächsten Rechnung verrechnet.\n\nBuchhaltung\n${clerk}\n${ph}\n`,
      fr: `Bonjour,\n\nveuillez trouver l’avoir ${no} de ${amt} € sur la facture ${inv} (retour de marchandise). Le montant sera déduit de votre prochain relevé.\n\nComptabilité clients\n${clerk}\n${ph}\n`,
      es: `Hola:\n\nles enviamos la nota de crédito ${no} por ${amt} sobre la factura ${inv} (devolución). El importe se descontará de su próximo estado de cuenta.\n\nCuentas por cobrar\n${clerk}\n${ph}\n`,
    });
    return {
      from: { name: 'Grossmart Accounts', email: 'accounts@grossmart.test' },
      to: [{ email: biz.inbox }],
      subject: tr(lang, {
        en: `Credit note ${no}`,
        de: `Gutschrift ${no}`,
        fr: `Avoir ${no}`,
        es: `Nota de crédito ${no}`,
      }),
      text,
    };
  },
};

export const orderPickupChange: NonLeadLayout = {
  id: 'existing-order-pickup-change',
  reason: 'customer_service',
  description:
    'an existing customer replies ("Re:") to the business\'s own order confirmation to move the pick-up or delivery date, quoting the order number, with In-Reply-To and References at the business\'s message id, name and phone in the signature; HTML with text',
  count: 6,
  build({ lang, biz, person, rng }) {
    const order = `${rng.int(1000, 9999)}-${rng.int(10, 99)}`;
    const ph = drawNumber(rng, biz.country);
    const body = tr(lang, {
      en: `Hi,\n\nabout order ${order}: could we move the pick-up from Friday to Monday? Something came up.\n\nThanks,\n${full(person)}\n${ph}`,
      de: `Hallo,\n\nzur Bestellung ${order}: Könnten wir die Abholung von Freitag auf Montag verschieben? Mir ist etwas dazwischengekommen.\n\nDanke,\n${full(person)}\n${ph}`,
      fr: `Bonjour,\n\nconcernant la commande ${order} : pourrait-on décaler le retrait de vendredi à lundi ? J’ai un empêchement.\n\nMerci,\n${full(person)}\n${ph}`,
      es: `Hola:\n\nsobre el pedido ${order}: ¿podemos pasar la recogida del viernes al lunes? Me surgió algo.\n\nGracias,\n${full(person)}\n${ph}`,
    });
    const mid = `<order-${order}@${biz.domain}>`;
    const subj = tr(lang, {
      en: `Re: Your order ${order} is confirmed`,
      de: `Re: Ihre Bestellung ${order} ist bestätigt`,
      fr: `Re: Votre commande ${order} est confirmée`,
      es: `Re: Tu pedido ${order} está confirmado`,
    });
    return {
      from: { name: full(person), email: person.email },
      to: [{ email: biz.inbox }],
      subject: subj,
      headers: [
        ['In-Reply-To', mid],
        ['References', mid],
      ],
      text: `${body}\n`,
      html: paras(body),
      primary: 'text',
    };
  },
};

export const apprenticeship: NonLeadLayout = {
  id: 'apprenticeship-application',
  reason: 'needs_review',
  description:
    'a school leaver applies for an apprenticeship or a summer job in plain text: who they are, why this business, availability from a date, name and mobile at the bottom: a person with contact details who is not a customer',
  count: 6,
  build({ lang, biz, person, rng }) {
    const ph = drawNumber(rng, biz.country);
    const text = tr(lang, {
      en: `Dear ${biz.name},\n\nI am finishing school this summer and would love to apply for an apprenticeship with you. I have helped out in a similar business on Saturdays for two years and I am available from September.\n\nI would be happy to come in for a trial day.\n\nYours sincerely,\n${full(person)}\n${ph}\n`,
      de: `Sehr geehrte Damen und Herren,\n\nich mache diesen Sommer meinen Abschluss und möchte mich bei ${biz.name} um einen Ausbildungsplatz bewerben. Seit zwei Jahren helfe ich samstags in einem ähnlichen Betrieb aus und könnte ab September anfangen.\n\nÜber einen Probetag würde ich mich freuen.\n\nMit freundlichen Grüßen\n${full(person)}\n${ph}\n`,
      fr: `Madame, Monsieur,\n\nje termine le lycée cet été et souhaite postuler pour un apprentissage chez ${biz.name}. J’aide depuis deux ans le samedi dans une entreprise similaire et je suis disponible dès septembre.\n\nJe serais ravi de venir pour une journée d’essai.\n\nCordialement,\n${full(person)}\n${ph}\n`,
      es: `Estimados señores:\n\ntermino el colegio este verano y me gustaría postularme para unas prácticas en ${biz.name}. Hace dos años que ayudo los sábados en un negocio parecido y estoy disponible desde septiembre.\n\nMe encantaría ir a un día de prueba.\n\nAtentamente,\n${full(person)}\n${ph}\n`,
    });
    return {
      from: { name: full(person), email: person.email },
      to: [{ email: biz.inbox }],
      subject: tr(lang, {
        en: 'Apprenticeship application',
        de: 'Bewerbung um einen Ausbildungsplatz',
        fr: 'Candidature pour un apprentissage',
        es: 'Postulación para prácticas',
      }),
      text,
    };
  },
};

export const vendorReviewsPitch: NonLeadLayout = {
  id: 'vendor-reviews-widget-pitch',
  reason: 'spam',
  description:
    'a cold pitch from a "reviews widget" vendor in HTML with text: it claims to have audited the business\'s site, lists three "issues", offers a free trial and a calendar link, signed by a growth rep with a phone from another country',
  count: 6,
  build({ lang, biz, rng }) {
    const rep = rng.pick(['Kyle Brandt', 'Sofia Lindgren', 'Marco Testa']);
    const ph = drawNumber(rng, 'US');
    const body = tr(lang, {
      en: `Hi there,\n\nI ran a quick audit of ${biz.domain} and found 3 issues costing you reviews: no review badge, slow mobile load, no follow-up emails.\n\nOur widget fixes all three. Want a free 14-day trial? Grab a slot: https://cal.reviewsnap.test/${rng.hex(6)}\n\n${rep}\nGrowth, ReviewSnap\n${ph}`,
      de: `Hallo,\n\nich habe ${biz.domain} kurz geprüft und 3 Punkte gefunden, die Sie Bewertungen kosten: kein Bewertungs-Badge, langsame Mobilseite, keine Nachfass-Mails.\n\nUnser Widget löst alle drei. Lust auf 14 Tage gratis? Termin hier: https://cal.reviewsnap.test/${rng.hex(6)}\n\n${rep}\nGrowth, ReviewSnap\n${ph}`,
      fr: `Bonjour,\n\nj’ai fait un audit rapide de ${biz.domain} et trouvé 3 problèmes qui vous coûtent des avis : pas de badge, site mobile lent, pas de relance.\n\nNotre widget règle les trois. Un essai gratuit de 14 jours ? Réservez ici : https://cal.reviewsnap.test/${rng.hex(6)}\n\n${rep}\nGrowth, ReviewSnap\n${ph}`,
      es: `Hola:\n\nhice una auditoría rápida de ${biz.domain} y encontré 3 problemas que te cuestan reseñas: sin insignia, móvil lento, sin correos de seguimiento.\n\nNuestro widget arregla los tres. ¿Prueba gratis de 14 días? Reserva aquí: https://cal.reviewsnap.test/${rng.hex(6)}\n\n${rep}\nGrowth, ReviewSnap\n${ph}`,
    });
    return {
      from: { name: rep, email: `${rep.split(' ')[0]?.toLowerCase()}@reviewsnap.test` },
      to: [{ email: biz.inbox }],
      subject: tr(lang, {
        en: `Quick question about ${biz.domain}`,
        de: `Kurze Frage zu ${biz.domain}`,
        fr: `Petite question sur ${biz.domain}`,
        es: `Una pregunta sobre ${biz.domain}`,
      }),
      text: `${body}\n`,
      html: paras(body),
      primary: 'text',
    };
  },
};

export const parcelFeePhish: NonLeadLayout = {
  id: 'parcel-customs-fee-phish',
  reason: 'spam',
  description:
    'phishing in HTML only posing as a parcel carrier: a parcel is held for an unpaid customs fee of a small amount, a tracking number that is not one, a "pay now" button to an unrelated domain, a 48-hour threat',
  count: 6,
  build({ lang, biz, rng }) {
    const fee = `${rng.int(1, 3)},${rng.int(10, 99)}`;
    const L = tr(lang, {
      en: [
        'Your parcel is on hold',
        `An unpaid customs fee of ${fee} EUR must be settled within 48 hours or the parcel will be returned.`,
        'Pay now',
      ],
      de: [
        'Ihr Paket wird zurückgehalten',
        `Eine offene Zollgebühr von ${fee} EUR muss innerhalb von 48 Stunden beglichen werden, sonst geht das Paket zurück.`,
        'Jetzt bezahlen',
      ],
      fr: [
        'Votre colis est en attente',
        `Des frais de douane de ${fee} EUR doivent être réglés sous 48 heures, sinon le colis sera retourné.`,
        'Payer maintenant',
      ],
      es: [
        'Tu paquete está retenido',
        `Debes pagar una tasa de aduana de ${fee} EUR en 48 horas o el paquete será devuelto.`,
        'Pagar ahora',
      ],
    });
    const html = `<div style="background:#ffcc00;padding:10px"><b>PARCEL-EXPRESS</b></div><h2>${esc(L[0] as string)}</h2><p>Tracking: PX${digitsId(rng, 10)}</p><p>${esc(L[1] as string)}</p><p><a href="https://px-fee-${rng.hex(4)}.test/pay" style="background:#c00;color:#fff;padding:8px">${esc(L[2] as string)}</a></p>`;
    return {
      from: { name: 'Parcel Express', email: `noreply@px-${rng.hex(5)}.test` },
      to: [{ email: biz.inbox }],
      subject: `${L[0]} – PX${digitsId(rng, 6)}`,
      html,
    };
  },
};

export const portalAutoreply: NonLeadLayout = {
  id: 'supplier-portal-autoreply',
  reason: 'auto_reply',
  description:
    'automatic reply from a supplier\'s unmonitored order address: "this mailbox is not monitored, please use the portal", the original subject quoted, a ticket-less reference, Auto-Submitted: auto-replied and X-Autoreply headers; plain text',
  count: 6,
  build({ lang, biz, rng }) {
    const subj = tr(lang, {
      en: 'Order for next week',
      de: 'Bestellung für nächste Woche',
      fr: 'Commande pour la semaine prochaine',
      es: 'Pedido para la semana que viene',
    });
    const text = tr(lang, {
      en: `This mailbox is not monitored.\n\nPlease place orders and questions through the customer portal at https://portal.grossmart.test. Your message "${subj}" has not been read.\n\nGrossmart Trade Supplies\n`,
      de: `Dieses Postfach wird nicht gelesen.\n\nBitte geben Sie Bestellungen und Fragen über das Kundenportal https://portal.grossmart.test auf. Ihre Nachricht „${subj}“ wurde nicht gelesen.\n\nGrossmart Trade Supplies\n`,
      fr: `Cette boîte n’est pas consultée.\n\nMerci de passer commandes et questions via le portail client https://portal.grossmart.test. Votre message « ${subj} » n’a pas été lu.\n\nGrossmart Trade Supplies\n`,
      es: `Este buzón no se revisa.\n\nHaz tus pedidos y consultas en el portal de clientes https://portal.grossmart.test. Tu mensaje «${subj}» no ha sido leído.\n\nGrossmart Trade Supplies\n`,
    });
    return {
      from: { name: 'Grossmart Orders', email: 'orders@grossmart.test' },
      to: [{ email: biz.inbox }],
      subject: `${tr(lang, { en: 'Automatic reply', de: 'Automatische Antwort', fr: 'Réponse automatique', es: 'Respuesta automática' })}: ${subj}`,
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Autoreply', 'yes'],
        ['X-Ref', rng.hex(8)],
      ],
      text,
    };
  },
};

export const quotaDsn: NonLeadLayout = {
  id: 'quota-exceeded-dsn',
  reason: 'delivery_report',
  description:
    'a delivery status notification as multipart/report for a reply the business sent to a customer whose mailbox is full: a plain first part, a message/delivery-status part (Action: failed, Status: 5.2.2, Diagnostic-Code mailbox full) and the returned headers',
  count: 6,
  build({ lang, biz, person, rng }) {
    const first = tr(lang, {
      en: `Your message to ${person.email} could not be delivered: the recipient's mailbox is full.\n`,
      de: `Ihre Nachricht an ${person.email} konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.\n`,
      fr: `Votre message à ${person.email} n’a pas pu être remis : la boîte du destinataire est pleine.\n`,
      es: `Tu mensaje a ${person.email} no se pudo entregar: el buzón del destinatario está lleno.\n`,
    });
    const ds = `Reporting-MTA: dns; mx2.${biz.domain}\n\nFinal-Recipient: rfc822; ${person.email}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full\n`;
    const hdrs = `From: ${biz.inbox}\nTo: ${person.email}\nSubject: Re: ${tr(lang, { en: 'your quote', de: 'Ihr Angebot', fr: 'votre devis', es: 'tu presupuesto' })}\nMessage-ID: <${rng.hex(12)}@${biz.domain}>\n`;
    const root = multipart(
      'report',
      [
        textPart('plain', first, 'utf-8', rng.pick(['quoted-printable', 'base64'])),
        rawPart('message/delivery-status', ds),
        rawPart('text/rfc822-headers', hdrs),
      ],
      rng,
      ' report-type=delivery-status;',
    );
    return {
      from: { name: 'Mail Delivery System', email: `mailer-daemon@mx2.${biz.domain}` },
      to: [{ email: biz.inbox }],
      subject: tr(lang, {
        en: 'Undelivered Mail Returned to Sender',
        de: 'Unzustellbar: Nachricht zurück',
        fr: 'Message non remis',
        es: 'Mensaje no entregado',
      }),
      root,
    };
  },
};

export const domainRenewal: NonLeadLayout = {
  id: 'domain-renewal-reminder',
  reason: 'account_notice',
  description:
    'the business\'s domain registrar reminds it that its domain renews in 14 days: domain, renewal date, price, the card on file by its last four digits, a "manage auto-renew" link; HTML with text',
  count: 6,
  build({ lang, biz, rng }) {
    const when = day(rng, lang).split(' ')[0] as string;
    const body = tr(lang, {
      en: `Your domain ${biz.domain} renews automatically on ${when}.\n\nPrice: 14.90 per year. Card on file ending ${rng.digits(4)}.\n\nManage auto-renew in your NameHarbor account.`,
      de: `Ihre Domain ${biz.domain} verlängert sich automatisch am ${when}.\n\nPreis: 14,90 pro Jahr. Hinterlegte Karte endet auf ${rng.digits(4)}.\n\nAutomatische Verlängerung im NameHarbor-Konto verwalten.`,
      fr: `Votre domaine ${biz.domain} sera renouvelé automatiquement le ${when}.\n\nPrix : 14,90 par an. Carte enregistrée se terminant par ${rng.digits(4)}.\n\nGérez le renouvellement dans votre compte NameHarbor.`,
      es: `Tu dominio ${biz.domain} se renueva automáticamente el ${when}.\n\nPrecio: 14,90 al año. Tarjeta registrada terminada en ${rng.digits(4)}.\n\nGestiona la renovación en tu cuenta de NameHarbor.`,
    });
    return {
      from: { name: 'NameHarbor', email: 'billing@nameharbor.test' },
      to: [{ email: biz.inbox }],
      subject: tr(lang, {
        en: `${biz.domain} renews in 14 days`,
        de: `${biz.domain} wird in 14 Tagen verlängert`,
        fr: `${biz.domain} renouvelé dans 14 jours`,
        es: `${biz.domain} se renueva en 14 días`,
      }),
      text: `${body}\n`,
      html: paras(body),
      primary: 'html',
    };
  },
};
