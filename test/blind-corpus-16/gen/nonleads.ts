/** Ordinary mail a business inbox gets that is not a lead. */
import { multipart, rawPart, textPart } from './mime.js';
import { esc, type NonLeadLayout, T } from './types.js';

export const NONLEAD_LAYOUTS: NonLeadLayout[] = [
  {
    id: 'sector-magazine-weekly-digest',
    reason: 'bulk',
    description:
      'a trade magazine’s weekly digest (HTML with text), List-Unsubscribe, List-Id, Precedence: bulk',
    build({ lang, rng }) {
      const items = T(lang, {
        en: [
          'Five pricing mistakes small firms make',
          'Interview: running a family business for 40 years',
          'Events calendar',
        ],
        de: [
          'Fünf Preisfehler kleiner Betriebe',
          'Interview: 40 Jahre Familienbetrieb',
          'Veranstaltungskalender',
        ],
        fr: [
          'Cinq erreurs de prix des petites entreprises',
          'Entretien : 40 ans d’entreprise familiale',
          'Agenda des salons',
        ],
        es: [
          'Cinco errores de precios en pymes',
          'Entrevista: 40 años de empresa familiar',
          'Agenda de ferias',
        ],
      });
      const text = `${items.map((i, k) => `${k + 1}. ${i}`).join('\n')}\n\n${T(lang, { en: 'Unsubscribe', de: 'Abmelden', fr: 'Se désabonner', es: 'Darse de baja' })}: https://tradeweekly.example/u/${rng.hex(10)}`;
      return {
        from: { name: 'Trade Weekly', email: 'digest@tradeweekly.example' },
        subject: `Trade Weekly #${rng.int(100, 400)}: ${items[0]}`,
        headers: [
          ['List-Unsubscribe', `<https://tradeweekly.example/u/${rng.hex(10)}>`],
          ['List-Id', 'Trade Weekly <digest.tradeweekly.example>'],
          ['Precedence', 'bulk'],
        ],
        text,
        html: `<h1>Trade Weekly</h1><ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`,
      };
    },
  },
  {
    id: 'card-terminal-payout-statement',
    reason: 'transactional',
    description:
      'card-terminal provider’s payout statement: amount, fees, bank account ending, payout reference',
    build({ lang, biz, rng }) {
      const amt = biz.currency(rng.int(800, 9000));
      return {
        from: { name: 'Tapkasse Payments', email: 'payouts@tapkasse.example' },
        subject: T(lang, {
          en: `Your payout of ${amt} is on its way`,
          de: `Ihre Auszahlung über ${amt} ist unterwegs`,
          fr: `Votre virement de ${amt} est en route`,
          es: `Su liquidación de ${amt} está en camino`,
        }),
        text: T(lang, {
          en: `Payout reference PO-${rng.digits(8)}\nGross: ${amt}\nFees: 1.4%\nTo account ending ${rng.digits(4)}\nExpected arrival: 2 business days.`,
          de: `Auszahlungsreferenz PO-${rng.digits(8)}\nBrutto: ${amt}\nGebühren: 1,4 %\nAuf Konto endend auf ${rng.digits(4)}\nEingang voraussichtlich in 2 Werktagen.`,
          fr: `Référence PO-${rng.digits(8)}\nMontant brut : ${amt}\nFrais : 1,4 %\nVers le compte se terminant par ${rng.digits(4)}\nArrivée prévue sous 2 jours ouvrés.`,
          es: `Referencia PO-${rng.digits(8)}\nBruto: ${amt}\nComisiones: 1,4 %\nA la cuenta terminada en ${rng.digits(4)}\nLlegada prevista en 2 días hábiles.`,
        }),
      };
    },
  },
  {
    id: 'existing-client-asks-for-invoice-copy',
    reason: 'customer_service',
    description:
      'an existing client replies to last month’s invoice (In-Reply-To/References) asking for a copy with their company’s VAT number',
    build({ lang, biz, person, rng }) {
      const inv = `INV-2026-${rng.digits(4)}`;
      return {
        from: { name: `${person.first} ${person.last}`, email: person.email },
        subject: `Re: ${T(lang, { en: 'Invoice', de: 'Rechnung', fr: 'Facture', es: 'Factura' })} ${inv}`,
        headers: [
          ['In-Reply-To', `<${rng.hex(12)}@${biz.domain}>`],
          ['References', `<${rng.hex(12)}@${biz.domain}>`],
        ],
        text: T(lang, {
          en: `Hello,\n\ncould you reissue ${inv} with our VAT number on it? Our accountant needs it for the quarter.\n\nThanks,\n${person.first}`,
          de: `Hallo,\n\nkönnten Sie ${inv} bitte mit unserer USt-IdNr. neu ausstellen? Unsere Buchhaltung braucht sie fürs Quartal.\n\nDanke\n${person.first}`,
          fr: `Bonjour,\n\npourriez-vous rééditer ${inv} avec notre numéro de TVA ? Notre comptable en a besoin pour le trimestre.\n\nMerci,\n${person.first}`,
          es: `Hola:\n\n¿podrían volver a emitir ${inv} con nuestro NIF? Nuestra gestoría lo necesita para el trimestre.\n\nGracias,\n${person.first}`,
        }),
      };
    },
  },
  {
    id: 'apprenticeship-application-cover-letter',
    reason: 'needs_review',
    description:
      'an application for an apprenticeship or internship, the cover letter in the body, no attachment',
    build({ lang, person }) {
      return {
        from: { name: `${person.first} ${person.last}`, email: person.email },
        subject: T(lang, {
          en: 'Application: apprenticeship from September',
          de: 'Bewerbung um einen Ausbildungsplatz ab September',
          fr: 'Candidature : alternance à partir de septembre',
          es: 'Solicitud: prácticas desde septiembre',
        }),
        text: T(lang, {
          en: `Dear hiring team,\n\nI am finishing school in June and would love to learn the trade with you. I am reliable, good with people and have a driving licence.\n\nI am happy to come for a trial day.\n\nYours sincerely,\n${person.first} ${person.last}`,
          de: `Sehr geehrte Damen und Herren,\n\nich schließe im Juni die Schule ab und möchte bei Ihnen eine Ausbildung beginnen. Ich bin zuverlässig, kommunikativ und habe den Führerschein.\n\nGern komme ich zum Probetag.\n\nMit freundlichen Grüßen\n${person.first} ${person.last}`,
          fr: `Madame, Monsieur,\n\nje termine mes études en juin et souhaiterais apprendre le métier chez vous en alternance. Je suis fiable, à l’aise avec le public et j’ai le permis.\n\nJe suis disponible pour une journée d’essai.\n\nCordialement,\n${person.first} ${person.last}`,
          es: `Estimados:\n\nTermino los estudios en junio y me encantaría hacer prácticas con ustedes. Soy responsable, me gusta el trato con la gente y tengo carné de conducir.\n\nPuedo ir a una jornada de prueba.\n\nAtentamente,\n${person.first} ${person.last}`,
        }),
      };
    },
  },
  {
    id: 'seo-first-page-guarantee-pitch',
    reason: 'spam',
    description: 'free-mail pitch guaranteeing first-page rankings, Reply-To elsewhere, tracking pixel',
    build({ lang, rng }) {
      return {
        from: { name: 'Rank Booster Team', email: `rankbooster${rng.int(10, 99)}@inboxly.example` },
        replyTo: { email: 'deals@rank-booster.test' },
        subject: T(lang, {
          en: 'Page 1 on Google in 14 days – GUARANTEED',
          de: 'In 14 Tagen auf Seite 1 bei Google – GARANTIERT',
          fr: 'Page 1 sur Google en 14 jours – GARANTI',
          es: 'Página 1 en Google en 14 días – GARANTIZADO',
        }),
        html: `<p>${T(lang, { en: 'We noticed your website is not ranking. Our white-hat package puts you on page 1 or your money back. Only 3 spots left this month!', de: 'Ihre Website rankt nicht. Mit unserem Paket kommen Sie auf Seite 1 – oder Geld zurück. Nur noch 3 Plätze frei!', fr: 'Votre site n’est pas bien classé. Notre offre vous place en page 1 ou remboursé. Plus que 3 places ce mois-ci !', es: 'Su web no aparece. Nuestro paquete la pone en la página 1 o le devolvemos el dinero. ¡Solo 3 plazas este mes!' })}</p><img src="https://trk.rank-booster.test/o.gif?id=${rng.hex(10)}" width="1" height="1">`,
      };
    },
  },
  {
    id: 'team-rota-calendar-invite',
    reason: 'calendar',
    description:
      'a colleague’s calendar invitation for the weekly rota meeting: text part plus text/calendar METHOD:REQUEST',
    build({ lang, biz, rng }) {
      const title = T(lang, {
        en: 'Weekly rota',
        de: 'Wochenplanung Dienstplan',
        fr: 'Planning hebdo',
        es: 'Turnos de la semana',
      });
      const ics = `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendo//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:${rng.hex(16)}@calendo.example\nDTSTAMP:20260301T080000Z\nDTSTART:20260309T073000Z\nDTEND:20260309T080000Z\nSUMMARY:${title}\nORGANIZER:mailto:office@${biz.domain}\nATTENDEE;RSVP=TRUE:mailto:${biz.inbox}\nEND:VEVENT\nEND:VCALENDAR`;
      return {
        from: { name: 'Office', email: `office@${biz.domain}` },
        subject: `${T(lang, { en: 'Invitation', de: 'Einladung', fr: 'Invitation', es: 'Invitación' })}: ${title} @ Mon 08:30`,
        root: multipart(
          'alternative',
          [
            textPart('plain', `${title}\nMon 08:30–09:00`, 'utf-8', '7bit'),
            rawPart('text/calendar; charset=utf-8; method=REQUEST', ics),
          ],
          rng,
        ),
      };
    },
  },
  {
    id: 'customer-vacation-auto-reply-to-quote',
    reason: 'auto_reply',
    description:
      'a customer’s vacation auto-reply to a quote the business sent, Auto-Submitted: auto-replied',
    build({ lang, person }) {
      return {
        from: { name: `${person.first} ${person.last}`, email: person.email },
        subject: T(lang, {
          en: 'Automatic reply: Your quote',
          de: 'Automatische Antwort: Ihr Angebot',
          fr: 'Réponse automatique : Votre devis',
          es: 'Respuesta automática: Su presupuesto',
        }),
        headers: [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Auto-Response-Suppress', 'All'],
        ],
        text: T(lang, {
          en: 'I am on leave until 28 April with limited access to email. I will reply when I am back.',
          de: 'Ich bin bis 28. April im Urlaub und lese nur eingeschränkt E-Mails. Ich melde mich nach meiner Rückkehr.',
          fr: 'Je suis en congé jusqu’au 28 avril avec un accès limité à mes e-mails. Je vous répondrai à mon retour.',
          es: 'Estoy de vacaciones hasta el 28 de abril con acceso limitado al correo. Responderé a mi vuelta.',
        }),
      };
    },
  },
  {
    id: 'mailbox-full-dsn-4-2-2',
    reason: 'delivery_report',
    description: 'multipart/report DSN: recipient mailbox full (Status 5.2.2, Action: failed)',
    build({ biz, person, rng }) {
      const human = `This is the mail system at host mx.${biz.domain}.\n\nYour message could not be delivered to ${person.email}: mailbox full.`;
      const status = `Reporting-MTA: dns; mx.${biz.domain}\n\nFinal-Recipient: rfc822; ${person.email}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full`;
      return {
        from: { name: 'Mail Delivery System', email: `MAILER-DAEMON@mx.${biz.domain}` },
        subject: 'Undelivered Mail Returned to Sender',
        root: multipart(
          'report',
          [textPart('plain', human, 'utf-8', '7bit'), rawPart('message/delivery-status', status)],
          rng,
          ' report-type=delivery-status;',
        ),
      };
    },
  },
  {
    id: 'ads-account-card-expiring-notice',
    reason: 'account_notice',
    description: 'ad account notice: the payment card on file expires, update it to keep ads running',
    build({ lang, rng }) {
      return {
        from: { name: 'Ads Billing', email: 'billing-noreply@adsbilling.example' },
        subject: T(lang, {
          en: 'Action needed: your payment method expires soon',
          de: 'Handlungsbedarf: Ihre Zahlungsmethode läuft bald ab',
          fr: 'Action requise : votre moyen de paiement expire bientôt',
          es: 'Acción necesaria: su método de pago caduca pronto',
        }),
        text: T(lang, {
          en: `The card ending ${rng.digits(4)} expires at the end of the month. Update it in Billing settings to avoid interruption of your ads.`,
          de: `Die Karte mit Endziffern ${rng.digits(4)} läuft Ende des Monats ab. Aktualisieren Sie sie in den Abrechnungseinstellungen.`,
          fr: `La carte se terminant par ${rng.digits(4)} expire à la fin du mois. Mettez-la à jour dans les paramètres de facturation.`,
          es: `La tarjeta terminada en ${rng.digits(4)} caduca a fin de mes. Actualícela en la configuración de facturación.`,
        }),
      };
    },
  },
];
