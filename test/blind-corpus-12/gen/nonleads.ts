/** Ordinary mail a business inbox gets that is not a lead. */
import { attachment, multipart, rawPart, textPart } from './mime.js';
import { addr, esc, L, type NonLeadLayout } from './types.js';

const newsletter: NonLeadLayout = {
  id: 'payments-provider-product-newsletter',
  reason: 'bulk',
  description:
    'card-payments provider "Tillwave" product newsletter (HTML with text): three feature notes, a webinar link, List-Unsubscribe, List-Id, Precedence: bulk',
  build(c) {
    const t = L(c.lang, {
      en: [
        'What’s new at Tillwave this month',
        'Tap to pay on phones is now free for all plans.',
        'Payout reports now export to your accounting tool.',
        'Join our live Q&A on Thursday at 17:00.',
      ],
      de: [
        'Neu bei Tillwave in diesem Monat',
        'Bezahlen per Handy ist jetzt in allen Tarifen kostenlos.',
        'Auszahlungsberichte lassen sich nun exportieren.',
        'Live-Fragestunde am Donnerstag um 17:00.',
      ],
      fr: [
        'Les nouveautés Tillwave du mois',
        'Le paiement sans contact sur mobile est désormais gratuit.',
        'Les rapports de virement s’exportent vers votre logiciel comptable.',
        'Rejoignez notre session questions-réponses jeudi à 17h.',
      ],
      es: [
        'Novedades de Tillwave este mes',
        'El cobro con el móvil ya es gratis en todos los planes.',
        'Los informes de liquidación se exportan a su programa contable.',
        'Únase a nuestra sesión en directo el jueves a las 17:00.',
      ],
    });
    return {
      from: addr('Tillwave', 'news@tillwave.example'),
      to: [{ email: c.biz.inbox }],
      subject: t[0] as string,
      headers: [
        ['List-Unsubscribe', '<https://tillwave.example/u/x1>, <mailto:unsub@tillwave.example>'],
        ['List-Id', 'Tillwave merchants <merchants.tillwave.example>'],
        ['Precedence', 'bulk'],
      ],
      html: `<h1>${esc(t[0] as string)}</h1><ul>${t
        .slice(1)
        .map((x) => `<li>${esc(x)}</li>`)
        .join('')}</ul><p><a href="https://tillwave.example/u/x1">Unsubscribe</a></p>`,
      text: `${t[0]}\n\n${t
        .slice(1)
        .map((x) => `- ${x}`)
        .join('\n')}\n\nUnsubscribe: https://tillwave.example/u/x1`,
    };
  },
};

const invoice: NonLeadLayout = {
  id: 'cloud-telephony-invoice-pdf',
  reason: 'transactional',
  description:
    'cloud telephony provider "Ringvale" sends the monthly invoice (plain with a small PDF): invoice number, period, the business\'s own numbers and minutes, amount and direct debit date',
  build(c) {
    const no = `RV-${c.rng.digits(8)}`;
    const t = L(c.lang, {
      en: `Your Ringvale invoice ${no} is ready.\n\nPeriod: 1–30 November 2026\nNumbers: ${c.biz.switchboard} (main line)\nOutbound minutes: 412\nAmount due: 48.20, collected by direct debit on 5 December.\n\nThe PDF is attached.\n\nRingvale Billing`,
      de: `Ihre Ringvale-Rechnung ${no} ist da.\n\nZeitraum: 1.–30. November 2026\nRufnummern: ${c.biz.switchboard} (Hauptanschluss)\nAbgehende Minuten: 412\nBetrag: 48,20, Lastschrift am 5. Dezember.\n\nPDF im Anhang.\n\nRingvale Rechnungsstelle`,
      fr: `Votre facture Ringvale ${no} est disponible.\n\nPériode : 1er–30 novembre 2026\nNuméros : ${c.biz.switchboard} (ligne principale)\nMinutes sortantes : 412\nMontant : 48,20, prélevé le 5 décembre.\n\nLe PDF est joint.\n\nRingvale Facturation`,
      es: `Su factura de Ringvale ${no} ya está disponible.\n\nPeríodo: 1–30 de noviembre de 2026\nNúmeros: ${c.biz.switchboard} (línea principal)\nMinutos salientes: 412\nImporte: 48,20, cargo por domiciliación el 5 de diciembre.\n\nAdjuntamos el PDF.\n\nRingvale Facturación`,
    });
    return {
      from: addr('Ringvale Billing', 'billing@ringvale.example'),
      to: [{ email: c.biz.inbox }],
      subject: `Ringvale ${L(c.lang, { en: 'invoice', de: 'Rechnung', fr: 'facture', es: 'factura' })} ${no}`,
      text: t,
      attachments: [
        attachment(
          `${no}.pdf`,
          'application/pdf',
          Buffer.from(`%PDF-1.4\n% ${no}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'latin1'),
        ),
      ],
    };
  },
};

const complaint: NonLeadLayout = {
  id: 'client-disputes-invoice-line',
  reason: 'customer_service',
  description:
    'an existing client replies ("Re: Invoice …", In-Reply-To/References) disputing a line on the invoice they received; name and phone in their sign-off',
  build(c) {
    const no = `${c.rng.int(2026, 2026)}-${c.rng.digits(3)}`;
    const p = c.person;
    const t = L(c.lang, {
      en: `Hello,\n\nI think invoice ${no} charges the call-out fee twice (lines 2 and 4). Could you check and send a corrected one?\n\nThanks,\n${p.first} ${p.last ?? ''}`,
      de: `Guten Tag,\n\nauf Rechnung ${no} ist die Anfahrt doppelt berechnet (Positionen 2 und 4). Könnten Sie das prüfen und korrigieren?\n\nDanke,\n${p.first} ${p.last ?? ''}`,
      fr: `Bonjour,\n\nsur la facture ${no}, le déplacement est compté deux fois (lignes 2 et 4). Pourriez-vous vérifier et m’envoyer une facture corrigée ?\n\nMerci,\n${p.first} ${p.last ?? ''}`,
      es: `Hola:\n\nen la factura ${no} el desplazamiento aparece dos veces (líneas 2 y 4). ¿Podrían revisarlo y mandarme una corregida?\n\nGracias,\n${p.first} ${p.last ?? ''}`,
    });
    const ref = `<inv-${no}.${c.rng.hex(8)}@${c.biz.domain}>`;
    return {
      from: addr(`${p.first} ${p.last ?? ''}`.trim(), p.email),
      to: [{ email: c.biz.inbox }],
      subject: `Re: ${L(c.lang, { en: 'Invoice', de: 'Rechnung', fr: 'Facture', es: 'Factura' })} ${no}`,
      headers: [
        ['In-Reply-To', ref],
        ['References', ref],
      ],
      text: t,
    };
  },
};

const application: NonLeadLayout = {
  id: 'job-application-cv-pdf',
  reason: 'needs_review',
  description:
    'a job application with a CV attached as PDF: who they are, experience, availability, name and mobile at the bottom',
  build(c) {
    const p = c.person;
    const t = L(c.lang, {
      en: `Dear hiring team,\n\nI am applying for the assistant position you advertised. I have three years of customer-facing experience and can start in January.\n\nMy CV is attached.\n\nYours sincerely,\n${p.first} ${p.last ?? ''}`,
      de: `Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich auf die ausgeschriebene Stelle als Assistenz. Ich bringe drei Jahre Erfahrung im Kundenkontakt mit und kann ab Januar anfangen.\n\nMein Lebenslauf liegt bei.\n\nMit freundlichen Grüßen\n${p.first} ${p.last ?? ''}`,
      fr: `Madame, Monsieur,\n\nje vous propose ma candidature pour le poste d’assistant(e). J’ai trois ans d’expérience en accueil client et suis disponible dès janvier.\n\nVous trouverez mon CV en pièce jointe.\n\nCordialement,\n${p.first} ${p.last ?? ''}`,
      es: `Estimado equipo:\n\nme presento al puesto de asistente que publicaron. Tengo tres años de experiencia de cara al público y puedo empezar en enero.\n\nAdjunto mi currículum.\n\nAtentamente,\n${p.first} ${p.last ?? ''}`,
    });
    return {
      from: addr(`${p.first} ${p.last ?? ''}`.trim(), p.email),
      to: [{ email: c.biz.inbox }],
      subject: L(c.lang, {
        en: 'Application – assistant',
        de: 'Bewerbung als Assistenz',
        fr: 'Candidature – assistant(e)',
        es: 'Candidatura – asistente',
      }),
      text: t,
      attachments: [
        attachment(
          'CV.pdf',
          'application/pdf',
          Buffer.from('%PDF-1.4\n% CV\ntrailer << >>\n%%EOF\n', 'latin1'),
        ),
      ],
    };
  },
};

const ceoFraud: NonLeadLayout = {
  id: 'gift-card-favour-impersonation',
  reason: 'spam',
  description:
    'impersonation of the owner from a free-mail address ("are you at your desk? I need a quick favour") asking for gift cards, Reply-To elsewhere',
  build(c) {
    const s = c.biz.staff[2];
    const t = L(c.lang, {
      en: 'Are you at your desk? I need a quick favour, I am in a meeting and can’t talk. Need 5 gift cards of 100 for clients today. Reply asap.',
      de: 'Bist du am Platz? Ich brauche kurz einen Gefallen, bin im Meeting. Brauche heute 5 Gutscheinkarten à 100 für Kunden. Bitte schnell antworten.',
      fr: 'Tu es à ton bureau ? J’ai besoin d’un petit service, je suis en réunion. Il me faut 5 cartes cadeaux de 100 pour des clients aujourd’hui. Réponds vite.',
      es: '¿Estás en tu mesa? Necesito un favor rápido, estoy en una reunión. Hacen falta 5 tarjetas regalo de 100 para clientes hoy. Responde cuanto antes.',
    });
    return {
      from: addr(
        `${s?.first ?? 'Boss'} ${s?.last ?? ''}`.trim(),
        `ceo.office${c.rng.int(10, 99)}@freemail.example`,
      ),
      replyTo: { email: `urgent.${c.rng.hex(5)}@fastreply.test` },
      to: [{ email: c.biz.inbox }],
      subject: L(c.lang, {
        en: 'Quick favour',
        de: 'Kurzer Gefallen',
        fr: 'Petit service',
        es: 'Un favor rápido',
      }),
      text: t,
    };
  },
};

const cancel: NonLeadLayout = {
  id: 'supplier-visit-cancelled-ics',
  reason: 'calendar',
  description: 'a supplier cancels an on-site visit: text part plus text/calendar METHOD:CANCEL',
  build(c) {
    const uid = `${c.rng.hex(16)}@stonesupply.example`;
    const note = L(c.lang, {
      en: 'Cancelled: supplier visit — sorry, we need to move this; a new invite will follow.',
      de: 'Abgesagt: Lieferantenbesuch — wir müssen verschieben, neue Einladung folgt.',
      fr: 'Annulé : visite fournisseur — nous devons décaler, une nouvelle invitation suivra.',
      es: 'Cancelada: visita del proveedor — tenemos que moverla, enviaremos otra invitación.',
    });
    const ics = `BEGIN:VCALENDAR\nPRODID:-//Supply//Cal//EN\nVERSION:2.0\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:${uid}\nDTSTAMP:20261201T090000Z\nDTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nSUMMARY:Supplier visit\nSTATUS:CANCELLED\nSEQUENCE:1\nORGANIZER;CN=Supply Team:mailto:visits@supply.example\nATTENDEE:mailto:${c.biz.inbox}\nEND:VEVENT\nEND:VCALENDAR\n`;
    const root = multipart(
      'alternative',
      [textPart('plain', note, 'utf-8', '8bit'), rawPart('text/calendar; charset=utf-8; method=CANCEL', ics)],
      c.rng,
    );
    return {
      from: addr('Supply Team', 'visits@supply.example'),
      to: [{ email: c.biz.inbox }],
      subject: note.split('—')[0]?.trim() ?? note,
      root,
    };
  },
};

const autoReply: NonLeadLayout = {
  id: 'client-parental-leave-autoreply',
  reason: 'auto_reply',
  description:
    'auto-reply from a client’s mailbox (on leave, colleague named with address), Auto-Submitted: auto-replied, X-Autoreply',
  build(c) {
    const t = L(c.lang, {
      en: 'Automatic reply: I am on parental leave until March. For anything urgent please write to office@mail.example.',
      de: 'Automatische Antwort: Ich bin bis März in Elternzeit. In dringenden Fällen bitte an office@mail.example schreiben.',
      fr: 'Réponse automatique : je suis en congé parental jusqu’en mars. Pour toute urgence, écrivez à office@mail.example.',
      es: 'Respuesta automática: estoy de baja por paternidad hasta marzo. Para urgencias escriba a office@mail.example.',
    });
    return {
      from: { email: c.person.email },
      to: [{ email: c.biz.inbox }],
      subject: `${L(c.lang, { en: 'Automatic reply', de: 'Automatische Antwort', fr: 'Réponse automatique', es: 'Respuesta automática' })}: ${L(c.lang, { en: 'Your quote', de: 'Ihr Angebot', fr: 'Votre devis', es: 'Su presupuesto' })}`,
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Autoreply', 'yes'],
      ],
      text: t,
    };
  },
};

const delayed: NonLeadLayout = {
  id: 'delayed-delivery-warning-dsn',
  reason: 'delivery_report',
  description: 'multipart/report DSN warning (Action: delayed, Status 4.4.7) for a reply the business sent',
  build(c) {
    const rcpt = c.person.email;
    const human = L(c.lang, {
      en: `This is a warning only: your message to ${rcpt} has not been delivered yet. The server will keep trying for 3 more days.`,
      de: `Nur eine Warnung: Ihre Nachricht an ${rcpt} wurde noch nicht zugestellt. Der Server versucht es weitere 3 Tage.`,
      fr: `Simple avertissement : votre message à ${rcpt} n’a pas encore été remis. Le serveur réessaiera pendant 3 jours.`,
      es: `Solo es un aviso: su mensaje a ${rcpt} aún no se ha entregado. El servidor lo seguirá intentando 3 días más.`,
    });
    const status = `Reporting-MTA: dns; mx1.${c.biz.domain}\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: delayed\nStatus: 4.4.7\nWill-Retry-Until: Thu, 10 Dec 2026 10:00:00 +0000\n`;
    const orig = `From: ${c.biz.inbox}\nTo: ${rcpt}\nSubject: Re: ${L(c.lang, { en: 'your enquiry', de: 'Ihre Anfrage', fr: 'votre demande', es: 'su consulta' })}\n`;
    const root = multipart(
      'report',
      [
        textPart('plain', human, 'utf-8', '8bit'),
        rawPart('message/delivery-status', status),
        rawPart('text/rfc822-headers', orig),
      ],
      c.rng,
      ' report-type=delivery-status;',
    );
    return {
      from: addr('Mail Delivery System', `MAILER-DAEMON@mx1.${c.biz.domain}`),
      to: [{ email: c.biz.inbox }],
      subject: L(c.lang, {
        en: 'Delivery delayed',
        de: 'Zustellung verzögert',
        fr: 'Remise différée',
        es: 'Entrega retrasada',
      }),
      headers: [['Auto-Submitted', 'auto-generated']],
      root,
    };
  },
};

const paymentFailed: NonLeadLayout = {
  id: 'accounting-app-card-declined',
  reason: 'account_notice',
  description:
    "the business's accounting app says the subscription card was declined: last four digits, retry date, update link",
  build(c) {
    const four = c.rng.digits(4);
    const t = L(c.lang, {
      en: `We couldn’t charge your card ending ${four} for your Ledgerly subscription. We’ll retry in 3 days. Update your payment method: https://ledgerly.example/billing`,
      de: `Wir konnten Ihre Karte mit Endziffern ${four} für Ihr Ledgerly-Abo nicht belasten. Neuer Versuch in 3 Tagen. Zahlungsart ändern: https://ledgerly.example/billing`,
      fr: `Nous n’avons pas pu débiter votre carte se terminant par ${four} pour votre abonnement Ledgerly. Nouvel essai dans 3 jours. Mettre à jour : https://ledgerly.example/billing`,
      es: `No pudimos cobrar su tarjeta terminada en ${four} para su suscripción a Ledgerly. Reintentaremos en 3 días. Actualice su método de pago: https://ledgerly.example/billing`,
    });
    return {
      from: addr('Ledgerly', 'billing@ledgerly.example'),
      to: [{ email: c.biz.inbox }],
      subject: L(c.lang, {
        en: 'Payment failed',
        de: 'Zahlung fehlgeschlagen',
        fr: 'Échec du paiement',
        es: 'Pago rechazado',
      }),
      text: t,
      html: `<p>${esc(t)}</p>`,
      primary: 'html',
    };
  },
};

export const NONLEAD_LAYOUTS: NonLeadLayout[] = [
  newsletter,
  invoice,
  complaint,
  application,
  ceoFraud,
  cancel,
  autoReply,
  delayed,
  paymentFailed,
];
