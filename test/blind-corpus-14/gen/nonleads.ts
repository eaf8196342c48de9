/** The non-lead layouts: ordinary mail a business inbox gets. */
import { multipart, rawPart, textPart } from './mime.js';
import { esc, L, type NonLeadLayout } from './types.js';

export const NONLEAD_LAYOUTS: NonLeadLayout[] = [
  {
    id: 'materials-supplier-monthly-newsletter',
    reason: 'bulk',
    description:
      "materials supplier's monthly newsletter (HTML with text), List-Unsubscribe, List-Id, Precedence: bulk",
    build({ b, lang }) {
      const t = L(
        lang,
        'This month: new stock, workshop tips and 10% off orders over 200.',
        'Diesen Monat: neue Ware, Werkstatt-Tipps und 10 % Rabatt ab 200.',
        'Ce mois-ci : nouveautés, astuces d’atelier et 10 % dès 200 d’achat.',
        'Este mes: novedades, trucos de taller y 10 % de descuento desde 200.',
      );
      const u = L(lang, 'Unsubscribe', 'Abmelden', 'Se désabonner', 'Darse de baja');
      return {
        from: { name: 'Crafthaus Supply', email: 'news@crafthaus-supply.example' },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Crafthaus News – October',
          'Crafthaus News – Oktober',
          'Crafthaus Infos – octobre',
          'Noticias Crafthaus – octubre',
        ),
        headers: [
          ['List-Unsubscribe', '<https://crafthaus-supply.example/u/8812>'],
          ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
          ['List-Id', '<news.crafthaus-supply.example>'],
          ['Precedence', 'bulk'],
        ],
        text: `${t}\n\n${u}: https://crafthaus-supply.example/u/8812\n`,
        html: `<h1>Crafthaus</h1><p>${esc(t)}</p><p><a href="https://crafthaus-supply.example/u/8812">${u}</a></p>`,
      };
    },
  },
  {
    id: 'payment-terminal-monthly-statement',
    reason: 'transactional',
    description:
      "card-terminal provider's monthly fee invoice with invoice number, amounts and direct debit date",
    build({ b, lang, rng }) {
      const n = `INV-${rng.int(100000, 999999)}`;
      return {
        from: { name: 'Tapcash Billing', email: 'billing@tapcash.example' },
        to: [{ email: b.inbox }],
        subject: L(lang, `Your invoice ${n}`, `Ihre Rechnung ${n}`, `Votre facture ${n}`, `Su factura ${n}`),
        text: L(
          lang,
          `Invoice ${n}\nTerminal rental: ${b.currency(19)}\nTransaction fees: ${b.currency(rng.int(5, 40))}\nThe total will be collected by direct debit on the 5th.\n`,
          `Rechnung ${n}\nTerminalmiete: ${b.currency(19)}\nTransaktionsgebühren: ${b.currency(rng.int(5, 40))}\nDer Betrag wird am 5. per Lastschrift eingezogen.\n`,
          `Facture ${n}\nLocation du terminal : ${b.currency(19)}\nFrais de transaction : ${b.currency(rng.int(5, 40))}\nLe total sera prélevé le 5.\n`,
          `Factura ${n}\nAlquiler del terminal: ${b.currency(19)}\nComisiones: ${b.currency(rng.int(5, 40))}\nEl total se cargará por domiciliación el día 5.\n`,
        ),
      };
    },
  },
  {
    id: 'regular-customer-asks-about-invoice-copy',
    reason: 'customer_service',
    description:
      'a regular customer replies to an earlier invoice (In-Reply-To/References) asking for a copy with their company name',
    build({ b, lang, rng }) {
      const id = `<${rng.hex(12)}@${b.domain}>`;
      const name = L(lang, 'Gordon Achterberg', 'Elke Wenzel', 'Odile Marchetti', 'Ramiro Funes');
      return {
        from: { name, email: `${name.split(' ')[0]?.toLowerCase()}@mail.example` },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Re: Invoice 2026-118',
          'AW: Rechnung 2026-118',
          'RE : Facture 2026-118',
          'RE: Factura 2026-118',
        ),
        headers: [
          ['In-Reply-To', id],
          ['References', id],
        ],
        text: L(
          lang,
          'Hi, could you reissue last month’s invoice with my company name on it? Thanks.\n',
          'Hallo, könnten Sie die Rechnung vom letzten Monat noch einmal mit meinem Firmennamen ausstellen? Danke.\n',
          'Bonjour, pourriez-vous refaire la facture du mois dernier au nom de ma société ? Merci.\n',
          'Hola, ¿podrían emitir de nuevo la factura del mes pasado a nombre de mi empresa? Gracias.\n',
        ),
      };
    },
  },
  {
    id: 'apprentice-application-with-cv',
    reason: 'needs_review',
    description: 'a job application for an apprenticeship with a CV PDF',
    build({ b, lang }) {
      return {
        from: {
          name: L(lang, 'Kelvin Mutale', 'Noemi Haas', 'Théo Bamba', 'Lucía Ferrer'),
          email: 'applicant@post.example',
        },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Application – apprenticeship',
          'Bewerbung um einen Ausbildungsplatz',
          'Candidature – apprentissage',
          'Candidatura – aprendiz',
        ),
        text: L(
          lang,
          'Dear hiring team,\n\nI would like to apply for an apprenticeship in your workshop. My CV is attached.\n',
          'Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um einen Ausbildungsplatz. Mein Lebenslauf liegt bei.\n',
          'Madame, Monsieur,\n\nje souhaite postuler pour un apprentissage dans votre atelier. Mon CV est joint.\n',
          'Estimados:\n\nme gustaría optar a un puesto de aprendiz en su taller. Adjunto mi CV.\n',
        ),
        attachments: [
          {
            headers: [
              ['Content-Type', 'application/pdf; name="CV.pdf"'],
              ['Content-Disposition', 'attachment; filename="CV.pdf"'],
              ['Content-Transfer-Encoding', 'base64'],
            ],
            body: Buffer.from(Buffer.from('%PDF-1.4\n% CV\n').toString('base64')),
          },
        ],
      };
    },
  },
  {
    id: 'seo-agency-guaranteed-ranking-pitch',
    reason: 'spam',
    description: 'free-mail pitch promising first-page rankings and reviews, Reply-To elsewhere',
    build({ b, lang }) {
      return {
        from: { name: 'Rank Boost Team', email: 'rankboost.pro@freemail.example' },
        replyTo: { email: 'sales@rankboost-offers.example' },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Page 1 of Google in 7 days – guaranteed!!',
          'Seite 1 bei Google in 7 Tagen – garantiert!!',
          'Première page Google en 7 jours – garanti !!',
          '¡¡Primera página de Google en 7 días – garantizado!!',
        ),
        html: `<p>${esc(L(lang, 'We noticed your website is not ranking. We guarantee 100 five-star reviews and page 1. Reply YES for the price list.', 'Ihre Website rankt nicht. Wir garantieren 100 Fünf-Sterne-Bewertungen und Seite 1. Antworten Sie mit JA für die Preisliste.', 'Votre site n’est pas bien classé. Nous garantissons 100 avis cinq étoiles et la première page. Répondez OUI pour les tarifs.', 'Su web no aparece. Garantizamos 100 reseñas de cinco estrellas y la primera página. Responda SÍ para la lista de precios.'))}</p><img src="https://trk.rankboost-offers.example/o.gif" width="1" height="1">`,
      };
    },
  },
  {
    id: 'insurer-policy-review-invitation-ics',
    reason: 'calendar',
    description: "insurance broker's meeting invitation: text part plus text/calendar METHOD:REQUEST",
    build({ b, lang, rng }) {
      const t = L(
        lang,
        'Annual policy review',
        'Jährliche Versicherungsprüfung',
        'Revue annuelle du contrat',
        'Revisión anual de la póliza',
      );
      const ics = `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Broker//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:${rng.hex(16)}@broker.example\nDTSTART:20261112T100000Z\nDTEND:20261112T110000Z\nSUMMARY:${t}\nORGANIZER:mailto:meetings@broker.example\nATTENDEE:mailto:${b.inbox}\nEND:VEVENT\nEND:VCALENDAR\n`;
      return {
        from: { name: 'Broker Meetings', email: 'meetings@broker.example' },
        to: [{ email: b.inbox }],
        subject: `${L(lang, 'Invitation', 'Einladung', 'Invitation', 'Invitación')}: ${t}`,
        root: multipart(
          'alternative',
          [
            textPart('plain', `${t}\n12.11.2026 10:00\n`, 'utf-8', '8bit'),
            rawPart('text/calendar; method=REQUEST; charset=utf-8', ics, '8bit'),
          ],
          rng,
        ),
      };
    },
  },
  {
    id: 'courier-account-manager-vacation-reply',
    reason: 'auto_reply',
    description: "courier account manager's vacation auto-reply, Auto-Submitted: auto-replied",
    build({ b, lang }) {
      return {
        from: { name: 'Parcelo Accounts', email: 'accounts@parcelo.example' },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Automatic reply: shipping rates',
          'Automatische Antwort: Versandtarife',
          'Réponse automatique : tarifs d’expédition',
          'Respuesta automática: tarifas de envío',
        ),
        headers: [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Autoreply', 'yes'],
        ],
        text: L(
          lang,
          'I am on leave until the 20th with no access to e-mail. For urgent matters please call the service desk.\n',
          'Ich bin bis zum 20. im Urlaub und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an den Service.\n',
          'Je suis en congé jusqu’au 20 sans accès à mes e-mails. Pour toute urgence, contactez le service client.\n',
          'Estoy de vacaciones hasta el día 20 sin acceso al correo. Para urgencias, llame al servicio de atención.\n',
        ),
      };
    },
  },
  {
    id: 'mailbox-full-bounce-dsn',
    reason: 'delivery_report',
    description: 'multipart/report DSN: mailbox full, Status 5.2.2, Action: failed',
    build({ b, lang, rng }) {
      const human = L(
        lang,
        'Your message could not be delivered: the recipient’s mailbox is full.',
        'Ihre Nachricht konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.',
        'Votre message n’a pas pu être remis : la boîte du destinataire est pleine.',
        'No se pudo entregar su mensaje: el buzón del destinatario está lleno.',
      );
      const ds = `Reporting-MTA: dns; mx.${b.domain}\n\nFinal-Recipient: rfc822; old.customer@inbox.test\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n`;
      return {
        from: { name: 'Mail Delivery System', email: `MAILER-DAEMON@mx.${b.domain}` },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Undelivered Mail Returned to Sender',
          'Unzustellbar: Ihre Nachricht',
          'Non remis : votre message',
          'No entregado: su mensaje',
        ),
        root: multipart(
          'report',
          [
            textPart('plain', `${human}\n`, 'utf-8', '8bit'),
            rawPart('message/delivery-status', ds),
            rawPart(
              'text/rfc822-headers',
              `From: ${b.inbox}\nTo: old.customer@inbox.test\nSubject: Re: booking\n`,
            ),
          ],
          rng,
          ' report-type=delivery-status;',
        ),
      };
    },
  },
  {
    id: 'website-builder-password-changed-notice',
    reason: 'account_notice',
    description:
      'website builder\'s notice that the account password was changed, with a "wasn\'t you?" link',
    build({ b, lang }) {
      return {
        from: { name: 'Pagecraft Security', email: 'security@pagecraft.example' },
        to: [{ email: b.inbox }],
        subject: L(
          lang,
          'Your password was changed',
          'Ihr Passwort wurde geändert',
          'Votre mot de passe a été modifié',
          'Su contraseña ha sido cambiada',
        ),
        text: L(
          lang,
          'The password for your Pagecraft account was changed today. If this wasn’t you, secure your account: https://pagecraft.example/secure\n',
          'Das Passwort Ihres Pagecraft-Kontos wurde heute geändert. Waren Sie das nicht? https://pagecraft.example/secure\n',
          'Le mot de passe de votre compte Pagecraft a été modifié aujourd’hui. Ce n’était pas vous ? https://pagecraft.example/secure\n',
          'La contraseña de su cuenta de Pagecraft se cambió hoy. ¿No fue usted? https://pagecraft.example/secure\n',
        ),
      };
    },
  },
];
