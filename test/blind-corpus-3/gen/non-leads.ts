/** Mail a leads inbox receives that is not a new lead, each with the reason triage should give. */
import { esc, type NonLeadLayout, tr, wrapHtml } from './layout.js';

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  {
    id: 'spam-through-contact-form',
    reason: 'spam',
    description:
      'spam submitted through the business’s own contact form: the same form notification as a lead, with a made-up name, an SEO/crypto/backlink pitch full of links, sometimes a WhatsApp number',
    count: 10,
    build({ rng, lang, biz }) {
      const name = rng.pick(['Crytoking88', 'SEO Expert', 'Mike Backlinks', 'Eric Jones', 'Anna Ranker']);
      const pitch = rng.pick([
        'Hello! I checked your website and it is not on page 1 of Google. We offer 500 high DA backlinks for only $49!!! Order now: https://bit.ly/3xRank99 WhatsApp +1 929 555 0143',
        'Earn $5,000 per week with our AI crypto trading bot. Guaranteed profit, no risk!!! Register here https://tinyurl.com/cryptoprofit-now',
        'Dear website owner, your domain is expiring. Renew SEO listing now to avoid losing your rankings: http://domain-seo-renewal.example/pay',
      ]);
      const rows: [string, string][] = [
        [tr(lang, 'Name', 'Name', 'Nom', 'Nombre'), name],
        ['E-mail', `${rng.pick(['rank', 'promo', 'info'])}${rng.int(100, 999)}@bulkmail-seo.test`],
        [
          tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono'),
          rng.pick(['+1 929 555 0143', '12345678', '-']),
        ],
        [tr(lang, 'Message', 'Nachricht', 'Message', 'Mensaje'), pitch],
      ];
      const text = `${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n--\n${tr(lang, 'Sent from the contact form on', 'Gesendet über das Kontaktformular von', 'Envoyé depuis le formulaire de contact de', 'Enviado desde el formulario de contacto de')} ${biz.domain}`;
      const html = wrapHtml(
        `<table>${rows.map(([l, v]) => `<tr><td><b>${esc(l)}</b></td><td>${esc(v)}</td></tr>`).join('')}</table>`,
      );
      return {
        from: { name: biz.name, email: `website@${biz.domain}` },
        subject: tr(
          lang,
          'New contact form submission',
          'Neue Kontaktanfrage',
          'Nouveau message du formulaire',
          'Nuevo mensaje del formulario',
        ),
        ...(rng.chance(0.5) ? { text } : { html }),
      };
    },
  },
  {
    id: 'helpdesk-auto-ack',
    reason: 'auto_reply',
    description:
      'a supplier’s helpdesk acknowledges a ticket the business opened: "we received your request", ticket number, expected response time, Auto-Submitted header on most, the agent team’s hotline',
    count: 9,
    build({ rng, lang, biz }) {
      const ticket = `#${rng.int(100000, 999999)}`;
      const text = tr(
        lang,
        `Hello,\n\nThis is an automatic reply. We have received your request ${ticket} and will get back to you within 2 business days.\nPlease do not reply to this email.\n\nPrintPoint Support · +44 117 496 0777`,
        `Guten Tag,\n\ndies ist eine automatische Antwort. Ihre Anfrage ${ticket} ist bei uns eingegangen; wir melden uns innerhalb von 2 Werktagen.\nBitte antworten Sie nicht auf diese E-Mail.\n\nPrintPoint Support · +49 30 901820 77`,
        `Bonjour,\n\nCeci est une réponse automatique. Nous avons bien reçu votre demande ${ticket} et vous répondrons sous 2 jours ouvrés.\nMerci de ne pas répondre à ce message.\n\nSupport PrintPoint · +33 1 99 00 12 34`,
        `Hola:\n\nEsta es una respuesta automática. Hemos recibido su solicitud ${ticket} y le responderemos en 2 días hábiles.\nPor favor, no responda a este correo.\n\nSoporte PrintPoint · +34 910 000 777`,
      );
      return {
        from: { name: 'PrintPoint Support', email: 'support@printpoint.example' },
        to: [{ email: biz.inbox }],
        subject: `${tr(lang, 'Request received', 'Anfrage erhalten', 'Demande reçue', 'Solicitud recibida')} [${ticket}]`,
        headers: rng.chance(0.7)
          ? [
              ['Auto-Submitted', 'auto-replied'],
              ['X-Autoreply', 'yes'],
            ]
          : [],
        text,
        ...(rng.chance(0.4) ? { html: wrapHtml(`<p>${esc(text).replace(/\n/g, '<br>')}</p>`) } : {}),
      };
    },
  },
  {
    id: 'ndr-exchange',
    reason: 'delivery_report',
    description:
      'Exchange-style non-delivery report for a quote the business sent: "Delivery has failed to these recipients", diagnostic code, multipart/report with the original headers',
    count: 8,
    build({ rng, lang, biz, person, staff }) {
      const human = tr(
        lang,
        `Delivery has failed to these recipients or groups:\n\n${person.email}\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`,
        `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n${person.email}\nDie eingegebene E-Mail-Adresse wurde nicht gefunden.\n\nDiagnoseinformationen für Administratoren:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`,
        `La remise aux destinataires ou groupes suivants a échoué :\n\n${person.email}\nL’adresse e-mail que vous avez entrée est introuvable.\n\nInformations de diagnostic pour les administrateurs :\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`,
        `No se pudo entregar a estos destinatarios o grupos:\n\n${person.email}\nNo se encontró la dirección de correo electrónico que especificó.\n\nInformación de diagnóstico para administradores:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`,
      );
      return {
        from: { name: 'Microsoft Outlook', email: `postmaster@${biz.domain}` },
        to: [{ name: staff.name, email: staff.email }],
        subject: tr(
          lang,
          'Undeliverable: Your quote',
          'Unzustellbar: Ihr Angebot',
          'Non remis : Votre devis',
          'No se puede entregar: Su presupuesto',
        ),
        headers: [['Auto-Submitted', 'auto-replied']],
        report: {
          human,
          status: `Reporting-MTA: dns;mail.${biz.domain}\n\nFinal-Recipient: rfc822;${person.email}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound\n`,
          original: `From: ${staff.email}\nTo: ${person.email}\nSubject: Quote ${rng.int(1000, 9999)}\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n`,
        },
      };
    },
  },
  {
    id: 'ad-platform-receipt',
    reason: 'transactional',
    description:
      'payment receipts and invoices for the business’s own ad spend, form-builder plan or CRM seats: amount, invoice number, billing address, payment method ending in four digits',
    count: 9,
    build({ rng, lang, biz }) {
      const inv = `INV-${rng.int(2026000, 2026999)}`;
      const amount = `${rng.int(20, 900)}.${rng.digits(2)} ${rng.pick(['EUR', 'USD', 'GBP'])}`;
      const vendor = rng.pick(['Formwerk', 'Pipewise', 'LeadPing', 'ClassPilot']);
      const html = wrapHtml(
        `<h2>${tr(lang, 'Payment receipt', 'Zahlungsbeleg', 'Reçu de paiement', 'Recibo de pago')}</h2><p>${tr(lang, 'Thank you for your payment.', 'Vielen Dank für Ihre Zahlung.', 'Merci pour votre paiement.', 'Gracias por su pago.')}</p><table><tr><td>${tr(lang, 'Invoice', 'Rechnung', 'Facture', 'Factura')}</td><td>${inv}</td></tr><tr><td>${tr(lang, 'Amount', 'Betrag', 'Montant', 'Importe')}</td><td>${amount}</td></tr><tr><td>${tr(lang, 'Billed to', 'Rechnungsempfänger', 'Facturé à', 'Facturado a')}</td><td>${esc(biz.name)}</td></tr><tr><td>${tr(lang, 'Payment method', 'Zahlungsart', 'Moyen de paiement', 'Método de pago')}</td><td>Visa •••• ${rng.digits(4)}</td></tr></table><p>${vendor} Billing · billing@${vendor.toLowerCase()}.example</p>`,
      );
      return {
        from: { name: `${vendor} Billing`, email: `billing@${vendor.toLowerCase()}.example` },
        to: [{ email: biz.inbox }],
        subject: `${tr(lang, 'Your receipt', 'Ihr Zahlungsbeleg', 'Votre reçu', 'Su recibo')} ${inv}`,
        html,
        ...(rng.chance(0.5) ? { text: `${inv}\n${amount}\n${vendor} Billing` } : {}),
      };
    },
  },
  {
    id: 'workspace-notices',
    reason: 'account_notice',
    description:
      'the business’s own SaaS tools: a new user added to the workspace, a plan renewal reminder, an API key about to expire, a form that reached its monthly submission limit',
    count: 8,
    build({ rng, lang, biz, staff }) {
      const kind = rng.int(0, 3);
      const tool = rng.pick(['Formwerk', 'Pipewise', 'Hookrelay']);
      const text = [
        tr(
          lang,
          `${staff.name} was added to your ${tool} workspace as an editor.`,
          `${staff.name} wurde Ihrem ${tool}-Arbeitsbereich als Bearbeiter hinzugefügt.`,
          `${staff.name} a été ajouté(e) à votre espace ${tool} en tant qu’éditeur.`,
          `${staff.name} se ha añadido a tu espacio de ${tool} como editor.`,
        ),
        tr(
          lang,
          `Your ${tool} plan renews on 1 January 2027. No action is needed.`,
          `Ihr ${tool}-Tarif verlängert sich am 1. Januar 2027. Sie müssen nichts tun.`,
          `Votre abonnement ${tool} sera renouvelé le 1er janvier 2027. Aucune action requise.`,
          `Tu plan de ${tool} se renovará el 1 de enero de 2027. No tienes que hacer nada.`,
        ),
        tr(
          lang,
          `Your ${tool} API key ending in ${rng.hex(4)} expires in 7 days. Create a new key in Settings › API.`,
          `Ihr ${tool}-API-Schlüssel mit Endung ${rng.hex(4)} läuft in 7 Tagen ab. Neuen Schlüssel unter Einstellungen › API erstellen.`,
          `Votre clé API ${tool} se terminant par ${rng.hex(4)} expire dans 7 jours. Créez-en une nouvelle dans Paramètres › API.`,
          `Tu clave API de ${tool} que termina en ${rng.hex(4)} caduca en 7 días. Crea una nueva en Ajustes › API.`,
        ),
        tr(
          lang,
          `Your form “Contact” reached 100% of its monthly submission limit. Upgrade to keep receiving entries.`,
          `Ihr Formular „Kontakt“ hat 100 % des monatlichen Limits erreicht. Upgraden Sie, um weiter Einträge zu erhalten.`,
          `Votre formulaire « Contact » a atteint 100 % de sa limite mensuelle. Passez à l’offre supérieure pour continuer.`,
          `Tu formulario «Contacto» alcanzó el 100 % de su límite mensual. Mejora tu plan para seguir recibiendo entradas.`,
        ),
      ][kind] as string;
      const full = `${text}\n\n${tool} · ${tr(lang, 'Account settings', 'Kontoeinstellungen', 'Paramètres du compte', 'Configuración de la cuenta')}: https://app.${tool.toLowerCase()}.example/settings`;
      return {
        from: { name: tool, email: `account@${tool.toLowerCase()}.example` },
        to: [{ email: biz.inbox }],
        subject: tr(
          lang,
          `[${tool}] Account notice`,
          `[${tool}] Kontohinweis`,
          `[${tool}] Information sur votre compte`,
          `[${tool}] Aviso de cuenta`,
        ),
        ...(rng.chance(0.5)
          ? { text: full }
          : { html: wrapHtml(`<p>${esc(full).replace(/\n/g, '<br>')}</p>`) }),
      };
    },
  },
  {
    id: 'team-meeting-invite',
    reason: 'calendar',
    description:
      'a colleague’s invitation to the weekly pipeline review: text/calendar METHOD:REQUEST alternative beside a short HTML/text body with the room and organiser',
    count: 8,
    build({ rng, lang, biz, staff }) {
      const day = rng.int(7, 18);
      const summary = tr(
        lang,
        'Weekly pipeline review',
        'Wöchentliche Pipeline-Runde',
        'Revue hebdomadaire des prospects',
        'Revisión semanal de oportunidades',
      );
      const ics = [
        'BEGIN:VCALENDAR',
        'PRODID:-//Corpus3//Calendar//EN',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        `UID:${rng.hex(16)}@${biz.domain}`,
        `DTSTAMP:20261201T090000Z`,
        `DTSTART:202612${String(day).padStart(2, '0')}T090000Z`,
        `DTEND:202612${String(day).padStart(2, '0')}T093000Z`,
        `SUMMARY:${summary}`,
        `ORGANIZER;CN=${staff.name}:mailto:${staff.email}`,
        `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${biz.inbox}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\n');
      const text = `${summary}\n${tr(lang, 'When', 'Wann', 'Quand', 'Cuándo')}: ${day}.12.2026 09:00–09:30 UTC\n${tr(lang, 'Where', 'Wo', 'Où', 'Dónde')}: ${tr(lang, 'Meeting room 2', 'Besprechungsraum 2', 'Salle 2', 'Sala 2')}\n${tr(lang, 'Organiser', 'Organisator', 'Organisateur', 'Organizador')}: ${staff.name}`;
      return {
        from: { name: staff.name, email: staff.email },
        to: [{ email: biz.inbox }],
        subject: `${tr(lang, 'Invitation', 'Einladung', 'Invitation', 'Invitación')}: ${summary}`,
        text,
        calendar: ics,
      };
    },
  },
  {
    id: 'software-product-digest',
    reason: 'bulk',
    description:
      'a software vendor’s monthly product-update digest: feature teasers, webinar plug, List-Unsubscribe/List-Id/Precedence headers, company address and phone in the footer',
    count: 8,
    build({ rng, lang, biz }) {
      const html = wrapHtml(
        `<h1>${tr(lang, 'What’s new in December', 'Neu im Dezember', 'Les nouveautés de décembre', 'Novedades de diciembre')}</h1><p>${tr(lang, 'Smarter routing rules, a new Zapier step and dark mode.', 'Intelligentere Routing-Regeln, ein neuer Zapier-Schritt und Dark Mode.', 'Règles de routage plus fines, nouvelle étape Zapier et mode sombre.', 'Reglas de enrutado más inteligentes, un nuevo paso de Zapier y modo oscuro.')}</p><p><a href="https://pipewise.example/webinar">${tr(lang, 'Join our live webinar', 'Zum Live-Webinar', 'Participer au webinaire', 'Únete al webinar')}</a></p><p style="font-size:10px">Pipewise Inc., 500 Market St, San Francisco · +1 415 555 0100 · <a href="https://pipewise.example/unsubscribe?u=${rng.hex(10)}">${tr(lang, 'Unsubscribe', 'Abmelden', 'Se désabonner', 'Darse de baja')}</a></p>`,
      );
      return {
        from: { name: 'Pipewise News', email: 'news@pipewise.example' },
        to: [{ email: biz.inbox }],
        subject: tr(
          lang,
          'Pipewise product update – December',
          'Pipewise Produktneuheiten – Dezember',
          'Pipewise : nouveautés de décembre',
          'Pipewise: novedades de diciembre',
        ),
        headers: [
          ['List-Unsubscribe', `<https://pipewise.example/unsubscribe?u=${rng.hex(10)}>`],
          ['List-Id', 'Pipewise product news <news.pipewise.example>'],
          ['Precedence', 'bulk'],
        ],
        html,
        ...(rng.chance(0.5)
          ? { text: 'Pipewise product update. Unsubscribe: https://pipewise.example/unsubscribe' }
          : {}),
      };
    },
  },
  {
    id: 'existing-customer-followup',
    reason: 'customer_service',
    description:
      'an existing customer writes back about their booking, repair or order ("Re:" with the business’s reference, In-Reply-To the business’s message), quoting the business’s confirmation; name and phone in the signature',
    count: 8,
    build({ rng, lang, biz, person, staff }) {
      const ref = `${tr(lang, 'Booking', 'Auftrag', 'Dossier', 'Pedido')} ${rng.int(10000, 99999)}`;
      const text = `${tr(lang, `Hi ${staff.name.split(' ')[0]},\n\nquick question about ${ref}: can we move it to the following week? Everything else stays the same.\n\nThanks,\n${person.full}\n${person.phone.national}`, `Hallo ${staff.name.split(' ')[0]},\n\nkurze Frage zu ${ref}: Können wir den Termin um eine Woche verschieben? Sonst bleibt alles gleich.\n\nDanke und Gruß\n${person.full}\n${person.phone.national}`, `Bonjour ${staff.name.split(' ')[0]},\n\npetite question concernant ${ref} : est-il possible de décaler d’une semaine ? Le reste ne change pas.\n\nMerci,\n${person.full}\n${person.phone.national}`, `Hola ${staff.name.split(' ')[0]}:\n\nuna duda sobre el ${ref}: ¿podemos pasarlo a la semana siguiente? Lo demás sigue igual.\n\nGracias,\n${person.full}\n${person.phone.national}`)}\n\n> ${tr(lang, `Your ${ref} is confirmed.`, `Ihr ${ref} ist bestätigt.`, `Votre ${ref} est confirmé.`, `Su ${ref} está confirmado.`)}\n> ${staff.name}, ${biz.name}`;
      return {
        from: { name: person.full, email: person.email },
        to: [{ name: staff.name, email: staff.email }],
        cc: [{ email: biz.inbox }],
        subject: `${tr(lang, 'Re:', 'AW:', 'RE :', 'RE:')} ${ref}`,
        headers: [
          ['In-Reply-To', `<conf-${rng.hex(10)}@${biz.domain}>`],
          ['References', `<conf-${rng.hex(10)}@${biz.domain}>`],
        ],
        text,
        ...(rng.chance(0.4) ? { html: wrapHtml(`<pre>${esc(text)}</pre>`) } : {}),
      };
    },
  },
  {
    id: 'personal-vendor-or-recruiter',
    reason: 'needs_review',
    description:
      'personally addressed mail that is not a customer: a recruiter offering candidates, a supplier rep proposing a meeting, an applicant’s speculative application, a colleague’s internal note about the rota',
    count: 9,
    build({ rng, lang, biz, person, staff }) {
      const kind = rng.int(0, 3);
      const body = [
        tr(
          lang,
          `Hi ${staff.name.split(' ')[0]},\n\nI’m a recruiter specialising in sales roles and have two strong candidates who could join ${biz.name} in January. Would you have 15 minutes this week?`,
          `Hallo ${staff.name.split(' ')[0]},\n\nich bin Personalberater im Vertrieb und hätte zwei passende Kandidaten für ${biz.name} ab Januar. Hätten Sie diese Woche 15 Minuten?`,
          `Bonjour ${staff.name.split(' ')[0]},\n\nJe suis recruteur spécialisé dans la vente et j’ai deux candidats pour ${biz.name} dès janvier. Auriez-vous 15 minutes cette semaine ?`,
          `Hola ${staff.name.split(' ')[0]}:\n\nSoy reclutador de perfiles comerciales y tengo dos candidatos para ${biz.name} a partir de enero. ¿Tendría 15 minutos esta semana?`,
        ),
        tr(
          lang,
          `Dear ${staff.name},\n\nI represent a packaging supplier and would like to visit you next week to present our new range.`,
          `Sehr geehrte/r ${staff.name},\n\nich vertrete einen Verpackungshersteller und würde Ihnen gern nächste Woche unser neues Sortiment vorstellen.`,
          `Madame, Monsieur ${staff.name},\n\nJe représente un fournisseur d’emballages et souhaiterais vous présenter notre gamme la semaine prochaine.`,
          `Estimado/a ${staff.name}:\n\nRepresento a un proveedor de embalajes y me gustaría presentarle nuestra nueva gama la semana que viene.`,
        ),
        tr(
          lang,
          `Dear hiring team,\n\nplease find my speculative application for an office assistant position at ${biz.name}. I have three years of experience in customer service.`,
          `Sehr geehrtes Team,\n\nanbei meine Initiativbewerbung als Büroassistenz bei ${biz.name}. Ich habe drei Jahre Erfahrung im Kundenservice.`,
          `Madame, Monsieur,\n\nveuillez trouver ma candidature spontanée pour un poste d’assistant(e) chez ${biz.name}. J’ai trois ans d’expérience en relation client.`,
          `Estimado equipo:\n\nles envío mi candidatura espontánea para un puesto de auxiliar administrativo en ${biz.name}. Tengo tres años de experiencia en atención al cliente.`,
        ),
        tr(
          lang,
          `Hi all,\n\nreminder that I’m off on Friday, ${staff.name.split(' ')[0]} covers the phones. Leads from the weekend go to the shared folder.`,
          `Hallo zusammen,\n\nzur Erinnerung: Ich bin Freitag nicht da, ${staff.name.split(' ')[0]} übernimmt das Telefon. Leads vom Wochenende bitte in den gemeinsamen Ordner.`,
          `Bonjour à tous,\n\npetit rappel : je suis absent vendredi, ${staff.name.split(' ')[0]} prend les appels. Les demandes du week-end vont dans le dossier partagé.`,
          `Hola a todos:\n\nrecordad que el viernes no estoy, ${staff.name.split(' ')[0]} atiende el teléfono. Los contactos del fin de semana, a la carpeta compartida.`,
        ),
      ][kind] as string;
      const internal = kind === 3;
      const text = `${body}\n\n${rng.pick(['Best regards', 'Viele Grüße', 'Cordialement', 'Saludos'])}\n${person.full}\n${person.phone.international}`;
      return {
        from: internal
          ? { name: person.full, email: `${person.email.split('@')[0]}@${biz.domain}` }
          : { name: person.full, email: person.email },
        to: [{ email: biz.inbox }],
        subject: [
          tr(
            lang,
            'Candidates for your sales team',
            'Kandidaten für Ihren Vertrieb',
            'Candidats pour votre équipe commerciale',
            'Candidatos para su equipo comercial',
          ),
          tr(
            lang,
            'Visit next week?',
            'Termin nächste Woche?',
            'Rendez-vous la semaine prochaine ?',
            '¿Visita la semana que viene?',
          ),
          tr(
            lang,
            'Speculative application',
            'Initiativbewerbung',
            'Candidature spontanée',
            'Candidatura espontánea',
          ),
          tr(lang, 'Friday', 'Freitag', 'Vendredi', 'Viernes'),
        ][kind] as string,
        text,
        ...(rng.chance(0.4) ? { html: wrapHtml(`<p>${esc(text).replace(/\n/g, '<br>')}</p>`) } : {}),
      };
    },
  },
  {
    id: 'empty-test-submission',
    reason: 'no_contact',
    description:
      'a form notification with no way to reach anyone: the site owner’s test entry ("test", "asdf") or a visitor who left only a first name and a one-word message, email and phone fields empty',
    count: 6,
    build({ rng, lang, biz }) {
      const rows: [string, string][] = [
        [tr(lang, 'Name', 'Name', 'Nom', 'Nombre'), rng.pick(['test', 'asdf', 'Tom', 'x'])],
        ['E-mail', ''],
        [tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono'), ''],
        [tr(lang, 'Message', 'Nachricht', 'Message', 'Mensaje'), rng.pick(['test', 'hello?', 'asdfgh', '.'])],
      ];
      const text = rows.map(([l, v]) => `${l}: ${v}`).join('\n');
      return {
        from: { name: biz.name, email: `website@${biz.domain}` },
        to: [{ email: biz.inbox }],
        subject: tr(
          lang,
          'New contact form submission',
          'Neue Kontaktanfrage',
          'Nouveau message du formulaire',
          'Nuevo mensaje del formulario',
        ),
        ...(rng.chance(0.5)
          ? { text }
          : {
              html: wrapHtml(
                `<table>${rows.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`,
              ),
            }),
      };
    },
  },
];
