/**
 * Mail a leads inbox receives that is not a lead (issue 9's reasons). Many of these name a person and
 * give a phone number or an address, so "has contact details" alone must not make them leads.
 */

import { byLang, esc, htmlDoc, longId } from './kit.js';
import type { NonLeadCtx, NonLeadLayout } from './model.js';
import { writePhone } from './people.js';

const spamSignals = (ctx: NonLeadCtx): [string, string][] => {
  const pickOne = ctx.rng.int(0, 4);
  if (pickOne === 0)
    return [
      ['X-SES-Spam-Verdict', 'FAIL'],
      ['X-SES-Virus-Verdict', 'PASS'],
    ];
  if (pickOne === 1)
    return [
      ['X-Spam-Flag', 'YES'],
      ['X-Spam-Status', 'Yes, score=9.1 required=5.0 tests=URIBL_BLACK,FREEMAIL_FROM'],
    ];
  if (pickOne === 2)
    return [
      [
        'Authentication-Results',
        `mx.${ctx.biz.domain}; spf=fail smtp.mailfrom=growth-hub.example; dkim=none; dmarc=fail (p=REJECT) header.from=growth-hub.example`,
      ],
    ];
  return [];
};

const seo: NonLeadLayout = {
  id: 'spam-seo-cold-pitch',
  reason: 'spam',
  description:
    'cold SEO/web-design pitch with a named sender and a direct phone, sometimes with spam verdict headers',
  count: 14,
  build(ctx) {
    const phone = writePhone(ctx.person.e164, 'plus');
    const t = byLang(
      `Hi there,\n\nI was checking ${ctx.biz.domain} and noticed it is not on page 1 of Google for your main keywords. We guarantee TOP 3 rankings in 30 days or your money back!!!\n\nLimited offer: 70% OFF this week only. Book a free audit: https://bit.ly/3xYz${ctx.rng.digits(3)}\n\nCall me directly: ${phone}\n\n${ctx.person.full}\nSenior SEO Strategist, Growth Hub`,
      `Hallo,\n\nich habe mir ${ctx.biz.domain} angesehen: Sie stehen bei Google nicht auf Seite 1. Wir garantieren TOP-3-Platzierungen in 30 Tagen – oder Geld zurück!!!\n\nNur diese Woche 70 % Rabatt. Kostenloser Check: https://bit.ly/3xYz${ctx.rng.digits(3)}\n\nRufen Sie mich an: ${phone}\n\n${ctx.person.full}\nSEO-Experte, Growth Hub`,
      `Bonjour,\n\nj'ai analysé ${ctx.biz.domain} : vous n'êtes pas en première page de Google. Nous garantissons le TOP 3 en 30 jours ou remboursé !!!\n\nOffre limitée : -70 % cette semaine. Audit gratuit : https://bit.ly/3xYz${ctx.rng.digits(3)}\n\nAppelez-moi : ${phone}\n\n${ctx.person.full}\nConsultant SEO, Growth Hub`,
      `Hola:\n\nrevisé ${ctx.biz.domain} y no aparece en la primera página de Google. ¡¡Garantizamos el TOP 3 en 30 días o le devolvemos el dinero!!\n\nOferta limitada: 70 % de descuento solo esta semana. Auditoría gratis: https://bit.ly/3xYz${ctx.rng.digits(3)}\n\nLlámeme: ${phone}\n\n${ctx.person.full}\nEstratega SEO, Growth Hub`,
    )[ctx.lang];
    return {
      from: { name: ctx.person.full, address: `${ctx.person.email.split('@')[0]}@growth-hub.example` },
      replyTo: { address: `offers@rank-rocket.example` },
      subject: byLang(
        'Quick question about your website',
        'Kurze Frage zu Ihrer Webseite',
        'Petite question sur votre site',
        'Pregunta rápida sobre su web',
      )[ctx.lang],
      headers: spamSignals(ctx),
      text: t,
    };
  },
};

const loan: NonLeadLayout = {
  id: 'spam-loan-offer',
  reason: 'spam',
  description:
    'loan / investment offer: money and urgency wording, URL shorteners, WhatsApp number, Reply-To on another domain',
  count: 14,
  build(ctx) {
    const phone = writePhone(ctx.person.e164, 'double-zero');
    const t = byLang(
      `URGENT BUSINESS FUNDING – APPROVED\n\nDear business owner, you are pre-approved for up to $250,000 with NO credit check. Funds in 24 HOURS. Act now, this offer expires TODAY.\n\nClaim now: https://tinyurl.com/fund${ctx.rng.digits(4)}\nWhatsApp: ${phone}\n\nAgent ${ctx.person.full}`,
      `DRINGEND: KREDIT GENEHMIGT\n\nSehr geehrter Unternehmer, Sie sind für bis zu 250.000 € OHNE Schufa vorab genehmigt. Auszahlung in 24 STUNDEN. Angebot gilt nur HEUTE.\n\nJetzt sichern: https://tinyurl.com/fund${ctx.rng.digits(4)}\nWhatsApp: ${phone}\n\nBerater ${ctx.person.full}`,
      `URGENT : FINANCEMENT APPROUVÉ\n\nCher chef d'entreprise, vous êtes pré-approuvé pour 250 000 € SANS justificatif. Fonds sous 24 HEURES. Offre valable AUJOURD'HUI seulement.\n\nEn profiter : https://tinyurl.com/fund${ctx.rng.digits(4)}\nWhatsApp : ${phone}\n\nConseiller ${ctx.person.full}`,
      `URGENTE: PRÉSTAMO APROBADO\n\nEstimado empresario, tiene preaprobados hasta 250.000 € SIN consultar su historial. Dinero en 24 HORAS. La oferta vence HOY.\n\nSolicítelo: https://tinyurl.com/fund${ctx.rng.digits(4)}\nWhatsApp: ${phone}\n\nAsesor ${ctx.person.full}`,
    )[ctx.lang];
    return {
      from: { name: 'Capital Express', address: 'approvals@capital-express.example' },
      replyTo: { address: 'claims@fastcash-desk.example' },
      subject: byLang(
        '$250,000 approved for your business – claim today',
        '250.000 € für Ihr Unternehmen genehmigt',
        '250 000 € approuvés pour votre entreprise',
        '250.000 € aprobados para su empresa',
      )[ctx.lang],
      headers: spamSignals(ctx),
      text: t,
    };
  },
};

function ics(ctx: NonLeadCtx, method: 'REQUEST' | 'PUBLISH', summary: string): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Blind corpus//Calendar//EN',
    'VERSION:2.0',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${longId(ctx.rng, 12)}@calendar.${ctx.biz.domain}`,
    'DTSTAMP:20261103T091400Z',
    'DTSTART:20261112T140000Z',
    'DTEND:20261112T150000Z',
    `SUMMARY:${summary}`,
    `ORGANIZER;CN=${ctx.person.full}:mailto:${ctx.person.email}`,
    `ATTENDEE;CN=${ctx.biz.name};RSVP=TRUE:mailto:${ctx.biz.inbound}`,
    `DESCRIPTION:${writePhone(ctx.person.e164, 'plus')}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const calendarInvite: NonLeadLayout = {
  id: 'calendar-invitation',
  reason: 'calendar',
  description:
    'meeting invitation with a text/calendar (METHOD:REQUEST) alternative part; organiser name and phone in the body',
  count: 10,
  build(ctx) {
    const summary = byLang(
      'Quarterly supplier review',
      'Quartalsgespräch Lieferant',
      'Point trimestriel fournisseur',
      'Revisión trimestral con proveedor',
    )[ctx.lang];
    const text = byLang(
      `${ctx.person.full} has invited you to: ${summary}\nWhen: Thu 12 Nov 2026 14:00–15:00 (UTC)\nJoin: https://meet.example/abc-defg-hij\nDial-in: ${writePhone(ctx.person.e164, 'plus')}\n\nAccept | Decline | Maybe`,
      `${ctx.person.full} hat Sie eingeladen: ${summary}\nWann: Do. 12. Nov. 2026 14:00–15:00 (UTC)\nTeilnehmen: https://meet.example/abc-defg-hij\nEinwahl: ${writePhone(ctx.person.e164, 'plus')}\n\nZusagen | Absagen | Vielleicht`,
      `${ctx.person.full} vous invite : ${summary}\nQuand : jeu. 12 nov. 2026 14:00–15:00 (UTC)\nRejoindre : https://meet.example/abc-defg-hij\nAccès téléphonique : ${writePhone(ctx.person.e164, 'plus')}\n\nAccepter | Refuser | Peut-être`,
      `${ctx.person.full} le ha invitado a: ${summary}\nCuándo: jue 12 nov 2026 14:00–15:00 (UTC)\nUnirse: https://meet.example/abc-defg-hij\nAcceso telefónico: ${writePhone(ctx.person.e164, 'plus')}\n\nAceptar | Rechazar | Quizás`,
    )[ctx.lang];
    const prefix = byLang('Invitation', 'Einladung', 'Invitation', 'Invitación')[ctx.lang];
    return {
      from: { name: ctx.person.full, address: ctx.person.email },
      subject: `${prefix}: ${summary} @ Thu 12 Nov 2026 14:00`,
      root: {
        kind: 'multi',
        subtype: 'alternative',
        parts: [
          {
            kind: 'leaf',
            contentType: 'text/plain',
            charset: 'utf-8',
            encoding: 'quoted-printable',
            content: text,
          },
          {
            kind: 'leaf',
            contentType: 'text/calendar',
            charset: 'utf-8',
            encoding: '7bit',
            content: ics(ctx, 'REQUEST', summary)
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, ''),
            extraParams: '; method=REQUEST',
          },
        ],
      },
    };
  },
};

const calendarIcs: NonLeadLayout = {
  id: 'calendar-ics-attachment',
  reason: 'calendar',
  description: 'an .ics file attached to a short "please find the invite" note',
  count: 9,
  build(ctx) {
    const summary = byLang(
      'Site visit – kitchen fitters',
      'Vor-Ort-Termin Küchenmonteure',
      'Visite de chantier – cuisinistes',
      'Visita de obra – montadores de cocina',
    )[ctx.lang];
    return {
      from: { name: ctx.person.full, address: ctx.person.email },
      subject: byLang(
        `Updated invitation: ${summary}`,
        `Aktualisierte Einladung: ${summary}`,
        `Invitation mise à jour : ${summary}`,
        `Invitación actualizada: ${summary}`,
      )[ctx.lang],
      text: byLang(
        `Please find the calendar invite attached.\n\n${ctx.person.full}\n${writePhone(ctx.person.e164, 'plus')}`,
        `Anbei die Termineinladung.\n\n${ctx.person.full}\n${writePhone(ctx.person.e164, 'plus')}`,
        `Veuillez trouver l'invitation ci-jointe.\n\n${ctx.person.full}\n${writePhone(ctx.person.e164, 'plus')}`,
        `Adjunto la invitación del calendario.\n\n${ctx.person.full}\n${writePhone(ctx.person.e164, 'plus')}`,
      )[ctx.lang],
      attachments: [
        {
          kind: 'leaf',
          contentType: 'application/ics',
          encoding: 'base64',
          content: Buffer.from(ics(ctx, 'PUBLISH', summary), 'utf8'),
          filename: 'invite.ics',
        },
      ],
    };
  },
};

const ACCOUNT = [
  {
    tool: 'CloudLocker',
    address: 'no-reply@cloudlocker.example',
    subject: byLang(
      'Reset your password',
      'Passwort zurücksetzen',
      'Réinitialisez votre mot de passe',
      'Restablecer su contraseña',
    ),
    body: byLang(
      'Hi {name},\n\nWe received a request to reset the password for {email}. Click the link below within 30 minutes:\nhttps://cloudlocker.example/reset?t={code}\n\nIf you did not ask for this, ignore this email. Support: +1 (212) 555-0177',
      'Hallo {name},\n\nwir haben eine Anfrage zum Zurücksetzen des Passworts für {email} erhalten. Link (30 Minuten gültig):\nhttps://cloudlocker.example/reset?t={code}\n\nNicht angefordert? Ignorieren Sie diese E-Mail. Support: +1 (212) 555-0177',
      'Bonjour {name},\n\nnous avons reçu une demande de réinitialisation du mot de passe pour {email}. Lien valable 30 minutes :\nhttps://cloudlocker.example/reset?t={code}\n\nPas vous ? Ignorez cet e-mail. Assistance : +1 (212) 555-0177',
      'Hola {name}:\n\nhemos recibido una solicitud para restablecer la contraseña de {email}. Enlace válido 30 minutos:\nhttps://cloudlocker.example/reset?t={code}\n\n¿No fue usted? Ignore este correo. Soporte: +1 (212) 555-0177',
    ),
  },
  {
    tool: 'Bookwise',
    address: 'security@bookwise.example',
    subject: byLang(
      'Your verification code',
      'Ihr Bestätigungscode',
      'Votre code de vérification',
      'Su código de verificación',
    ),
    body: byLang(
      'Your Bookwise verification code is {code6}. It expires in 10 minutes. Never share it with anyone, including {name}.',
      'Ihr Bookwise-Bestätigungscode lautet {code6}. Er läuft in 10 Minuten ab. Geben Sie ihn niemals weiter.',
      'Votre code de vérification Bookwise est {code6}. Il expire dans 10 minutes. Ne le communiquez jamais.',
      'Su código de verificación de Bookwise es {code6}. Caduca en 10 minutos. No lo comparta con nadie.',
    ),
  },
  {
    tool: 'MailHarbor',
    address: 'alerts@mailharbor.example',
    subject: byLang(
      'New sign-in to your account',
      'Neue Anmeldung bei Ihrem Konto',
      'Nouvelle connexion à votre compte',
      'Nuevo inicio de sesión en su cuenta',
    ),
    body: byLang(
      "New sign-in for {email}\nDevice: Chrome on Windows\nLocation: Lyon, France (IP 198.51.100.23)\nTime: 3 Nov 2026, 09:14 UTC\n\nWasn't you? Secure your account: https://mailharbor.example/security",
      'Neue Anmeldung für {email}\nGerät: Chrome unter Windows\nOrt: Lyon, Frankreich (IP 198.51.100.23)\nZeit: 3. Nov. 2026, 09:14 UTC\n\nNicht Sie? Konto schützen: https://mailharbor.example/security',
      "Nouvelle connexion pour {email}\nAppareil : Chrome sous Windows\nLieu : Lyon, France (IP 198.51.100.23)\nHeure : 3 nov. 2026, 09:14 UTC\n\nCe n'était pas vous ? Sécurisez votre compte : https://mailharbor.example/security",
      'Nuevo inicio de sesión para {email}\nDispositivo: Chrome en Windows\nUbicación: Lyon, Francia (IP 198.51.100.23)\nHora: 3 nov 2026, 09:14 UTC\n\n¿No fue usted? Proteja su cuenta: https://mailharbor.example/security',
    ),
  },
  {
    tool: 'CloudLocker',
    address: 'storage@cloudlocker.example',
    subject: byLang(
      'Your storage is 95% full',
      'Ihr Speicher ist zu 95 % voll',
      'Votre stockage est plein à 95 %',
      'Su almacenamiento está al 95 %',
    ),
    body: byLang(
      'Hi {name}, your CloudLocker storage for {email} is 95% full (9.5 GB of 10 GB). Upgrade now to keep syncing.',
      'Hallo {name}, Ihr CloudLocker-Speicher für {email} ist zu 95 % voll (9,5 GB von 10 GB). Jetzt upgraden.',
      "Bonjour {name}, votre stockage CloudLocker pour {email} est plein à 95 % (9,5 Go sur 10 Go). Passez à l'offre supérieure.",
      'Hola {name}, su almacenamiento de CloudLocker para {email} está al 95 % (9,5 GB de 10 GB). Amplíelo ahora.',
    ),
  },
];

const accountNotice: NonLeadLayout = {
  id: 'account-notices',
  reason: 'account_notice',
  description:
    "password reset, verification code, new sign-in alert and storage quota warnings from the business's own tools",
  count: 16,
  build(ctx) {
    const a = ACCOUNT[ctx.n % ACCOUNT.length] ?? ACCOUNT[0];
    if (!a) throw new Error('no account template');
    const staffName = ctx.person.full;
    const body = a.body[ctx.lang]
      .replace('{name}', staffName)
      .replace('{email}', ctx.biz.inbound)
      .replace('{code}', longId(ctx.rng, 20))
      .replace('{code6}', ctx.rng.digits(6));
    const html = ctx.rng.chance(0.5);
    return {
      from: { name: a.tool, address: a.address },
      subject: a.subject[ctx.lang],
      ...(html ? { html: htmlDoc(`<p>${esc(body).replace(/\n/g, '<br>')}</p>`) } : { text: body }),
    };
  },
};

const customerService: NonLeadLayout = {
  id: 'customer-service-thread',
  reason: 'customer_service',
  description:
    'an existing customer replying about an order, booking or ticket ("Re: Order #…"), In-Reply-To/References at the business\'s own message ids; name and phone in the signature',
  count: 16,
  build(ctx) {
    const kind = ctx.n % 3;
    const ref =
      kind === 0
        ? `#${ctx.rng.int(100000, 999999)}`
        : kind === 1
          ? `${ctx.rng.pick(['BK', 'RES'])}-${ctx.rng.int(1000, 9999)}`
          : `[Ticket #${ctx.rng.int(1000, 99999)}]`;
    const subject =
      [
        byLang(
          `Re: Order ${ref} – still not delivered`,
          `AW: Bestellung ${ref} – noch nicht geliefert`,
          `RE: Commande ${ref} – toujours pas livrée`,
          `RE: Pedido ${ref} – sin entregar`,
        ),
        byLang(
          `Re: Your booking ${ref} – change of date`,
          `AW: Ihre Buchung ${ref} – Terminänderung`,
          `RE: Votre réservation ${ref} – changement de date`,
          `RE: Su reserva ${ref} – cambio de fecha`,
        ),
        byLang(
          `Re: ${ref} Heating still broken after repair`,
          `AW: ${ref} Heizung nach Reparatur immer noch defekt`,
          `RE: ${ref} Chauffage toujours en panne`,
          `RE: ${ref} La calefacción sigue averiada`,
        ),
      ][kind]?.[ctx.lang] ?? '';
    const body = byLang(
      `Hello,\n\nthis is my third email about this. Could someone please give me an update? You can reach me on ${writePhone(ctx.person.e164, 'national')}.\n\nThanks,\n${ctx.person.full}`,
      `Guten Tag,\n\ndas ist bereits meine dritte E-Mail dazu. Bitte geben Sie mir Bescheid. Erreichbar unter ${writePhone(ctx.person.e164, 'national')}.\n\nGruß\n${ctx.person.full}`,
      `Bonjour,\n\nc'est mon troisième message à ce sujet. Merci de me tenir informé. Joignable au ${writePhone(ctx.person.e164, 'national')}.\n\nCordialement,\n${ctx.person.full}`,
      `Hola:\n\nes mi tercer correo sobre esto. ¿Me pueden dar una respuesta? Mi teléfono es ${writePhone(ctx.person.e164, 'national')}.\n\nGracias,\n${ctx.person.full}`,
    )[ctx.lang];
    const ours = `<notify-${ctx.rng.digits(8)}@${ctx.biz.domain}>`;
    const quote = byLang(
      '> Thank you for your order. We will be in touch.',
      '> Vielen Dank für Ihre Bestellung.',
      '> Merci pour votre commande.',
      '> Gracias por su pedido.',
    )[ctx.lang];
    return {
      from: { name: ctx.person.full, address: ctx.person.email },
      subject,
      headers: [
        ['In-Reply-To', ours],
        ['References', ours],
      ],
      text: `${body}\n\n${quote}\n`,
    };
  },
};

const newsletter: NonLeadLayout = {
  id: 'newsletter-bulk',
  reason: 'bulk',
  description:
    'industry newsletter / supplier promotion with List-Unsubscribe, List-Id and Precedence: bulk; editor with phone in the footer',
  count: 16,
  build(ctx) {
    const t = byLang(
      [
        'The Weekly Dealer Digest',
        'This week: interest rates, used-car prices and five ideas for your showroom.',
        'Unsubscribe',
      ],
      [
        'Der Branchen-Newsletter',
        'Diese Woche: Zinsen, Gebrauchtwagenpreise und fünf Ideen für Ihren Laden.',
        'Abmelden',
      ],
      [
        'La Lettre des Pros',
        'Cette semaine : taux, prix de l’occasion et cinq idées pour votre vitrine.',
        'Se désabonner',
      ],
      [
        'Boletín Profesional',
        'Esta semana: tipos de interés, precios de ocasión y cinco ideas para su local.',
        'Darse de baja',
      ],
    )[ctx.lang];
    const html = htmlDoc(
      `<h1>${esc(t[0])}</h1>\n<p>${esc(t[1])}</p>\n<p>Editor: ${esc(ctx.person.full)} · ${esc(writePhone(ctx.person.e164, 'plus'))}</p>\n<p><a href="https://news.tradepress.example/u?id=${ctx.rng.digits(8)}">${esc(t[2])}</a></p>`,
    );
    return {
      from: { name: t[0], address: 'newsletter@tradepress.example' },
      subject: `${t[0]} #${ctx.rng.int(100, 300)}`,
      headers: [
        [
          'List-Unsubscribe',
          `<https://news.tradepress.example/u?id=${ctx.rng.digits(8)}>, <mailto:unsubscribe@tradepress.example>`,
        ],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['List-Id', 'Trade Press <weekly.tradepress.example>'],
        ['Precedence', 'bulk'],
      ],
      html,
    };
  },
};

const outOfOffice: NonLeadLayout = {
  id: 'out-of-office',
  reason: 'auto_reply',
  description:
    "out-of-office replies (some with Auto-Submitted, some only the wording) giving a colleague's name and phone",
  count: 14,
  build(ctx) {
    const colleague = writePhone(ctx.person.e164, 'national');
    const t = byLang(
      [
        'Automatic reply: Your enquiry',
        `Thank you for your email. I am out of the office until 16 November with limited access to email. For urgent matters please contact ${ctx.person.full} on ${colleague}.`,
      ],
      [
        'Abwesenheitsnotiz: Ihre Anfrage',
        `Vielen Dank für Ihre Nachricht. Ich bin bis zum 16. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an ${ctx.person.full}, Tel. ${colleague}.`,
      ],
      [
        'Réponse automatique : absence du bureau',
        `Merci pour votre message. Je suis absent jusqu'au 16 novembre. Pour toute urgence, contactez ${ctx.person.full} au ${colleague}.`,
      ],
      [
        'Respuesta automática: fuera de la oficina',
        `Gracias por su correo. Estoy fuera de la oficina hasta el 16 de noviembre. Para asuntos urgentes, contacte con ${ctx.person.full} en el ${colleague}.`,
      ],
    )[ctx.lang];
    const headers: [string, string][] =
      ctx.n % 2 === 0
        ? [
            ['Auto-Submitted', 'auto-replied'],
            ['X-Auto-Response-Suppress', 'All'],
          ]
        : [];
    return {
      from: { name: 'Marguerite Olsson', address: 'm.olsson@supplier-hub.example' },
      subject: t[0],
      headers,
      text: t[1],
    };
  },
};

const bounce: NonLeadLayout = {
  id: 'delivery-status',
  reason: 'delivery_report',
  description:
    'bounces: multipart/report DSNs and plain "Undelivered Mail Returned to Sender" notices quoting the original',
  count: 14,
  build(ctx) {
    const rcpt = ctx.person.email;
    const human = `This is the mail system at host mx.${ctx.biz.domain}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<${rcpt}>: host mx.${rcpt.split('@')[1]} said: 550 5.1.1 User unknown`;
    const from = { name: 'Mail Delivery System', address: `MAILER-DAEMON@mx.${ctx.biz.domain}` };
    const subject = 'Undelivered Mail Returned to Sender';
    if (ctx.n % 2 === 0)
      return {
        from,
        subject,
        text: `${human}\n\n--- original message ---\nTo: ${ctx.person.full} <${rcpt}>\nSubject: Your quote\n\nDear ${ctx.person.first}, please find our quote attached. Call us on ${ctx.biz.phone}.\n`,
      };
    return {
      from,
      subject,
      root: {
        kind: 'multi',
        subtype: 'report',
        params: '; report-type=delivery-status',
        parts: [
          { kind: 'leaf', contentType: 'text/plain', charset: 'utf-8', encoding: '7bit', content: human },
          {
            kind: 'leaf',
            contentType: 'message/delivery-status',
            encoding: '7bit',
            content: Buffer.from(
              `Reporting-MTA: dns; mx.${ctx.biz.domain}\r\n\r\nFinal-Recipient: rfc822; ${rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n`,
            ),
          },
          {
            kind: 'leaf',
            contentType: 'text/rfc822-headers',
            encoding: '7bit',
            content: Buffer.from(`From: ${ctx.biz.inbound}\r\nTo: ${rcpt}\r\nSubject: Your quote\r\n`),
          },
        ],
      },
    };
  },
};

const receipt: NonLeadLayout = {
  id: 'receipts-invoices-shipping',
  reason: 'transactional',
  description:
    'supplier invoices, payment receipts and shipping notices addressed to the business; account manager with phone',
  count: 16,
  build(ctx) {
    const kind = ctx.n % 3;
    const num = `${['INV', 'RCPT', 'SHP'][kind]}-${ctx.rng.int(100000, 999999)}`;
    const t = [
      byLang(
        ['Invoice', 'Amount due: 482.60 EUR, payable within 14 days. IBAN DE89 3704 0044 0532 0130 00.'],
        ['Rechnung', 'Fälliger Betrag: 482,60 EUR, zahlbar innerhalb von 14 Tagen.'],
        ['Facture', 'Montant dû : 482,60 EUR, payable sous 14 jours.'],
        ['Factura', 'Importe: 482,60 EUR, pagadero en 14 días.'],
      ),
      byLang(
        ['Payment receipt', 'We received your payment of 129.00 EUR by card ending 4242. Thank you!'],
        ['Zahlungsbeleg', 'Wir haben Ihre Zahlung über 129,00 EUR (Karte **** 4242) erhalten.'],
        ['Reçu de paiement', 'Nous avons bien reçu votre paiement de 129,00 EUR (carte **** 4242).'],
        ['Recibo de pago', 'Hemos recibido su pago de 129,00 EUR (tarjeta **** 4242).'],
      ),
      byLang(
        [
          'Your order has shipped',
          'Your parcel is on its way. Tracking number: 1Z999AA10123456784. Estimated delivery: Thursday.',
        ],
        ['Ihre Bestellung wurde versandt', 'Ihr Paket ist unterwegs. Sendungsnummer: 1Z999AA10123456784.'],
        ['Votre commande a été expédiée', 'Votre colis est en route. Numéro de suivi : 1Z999AA10123456784.'],
        [
          'Su pedido ha sido enviado',
          'Su paquete está en camino. Número de seguimiento: 1Z999AA10123456784.',
        ],
      ),
    ][kind]?.[ctx.lang] ?? ['', ''];
    const manager = `${ctx.person.full}, Account manager · ${writePhone(ctx.person.e164, 'plus')} · ${ctx.person.email}`;
    return {
      from: { name: 'OfficeSupply Direct', address: 'billing@officesupply.example' },
      subject: `${t[0]} ${num}`,
      html: htmlDoc(
        `<h2>${esc(t[0])} ${num}</h2>\n<p>${esc(t[1])}</p>\n<table><tr><td>Customer</td><td>${esc(ctx.biz.name)}</td></tr><tr><td>Qty</td><td>3 × toner cartridges</td></tr></table>\n<p>${esc(manager)}</p>`,
      ),
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  seo,
  loan,
  calendarInvite,
  calendarIcs,
  accountNotice,
  customerService,
  newsletter,
  outOfOffice,
  bounce,
  receipt,
];
