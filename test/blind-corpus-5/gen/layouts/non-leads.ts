/** Non-leads: mail a leads inbox gets that is not a new customer, each with the reason the scorer expects. */

import { escapeHtml } from '../messages.js';
import { multipart, rawPart, textPart } from '../mime.js';
import { makePerson, otherName } from '../people.js';
import type { NonLeadLayout } from '../types.js';
import { isoStamp, longDate, w } from './common.js';

const supplierWebinar: NonLeadLayout = {
  id: 'supplier-webinar-mailing',
  reason: 'bulk',
  description:
    'a wholesaler’s webinar and price-list mailing to all trade customers: title, speaker and date, early-bird code, List-Unsubscribe/List-Id/Precedence headers, the sales team’s phone in the footer',
  count: 7,
  build({ rng, lang, biz }) {
    const speaker = otherName(rng, lang);
    const t = {
      en: [
        `Live webinar: what the new season means for ${biz.service}`,
        `Join ${speaker} on ${longDate(rng, lang)}. Early-bird code TRADE15 on the new price list.`,
        'Unsubscribe from this list',
      ],
      de: [
        `Live-Webinar: Was die neue Saison für Ihr Geschäft bedeutet`,
        `Mit ${speaker} am ${longDate(rng, lang)}. Frühbucher-Code TRADE15 auf die neue Preisliste.`,
        'Vom Verteiler abmelden',
      ],
      fr: [
        `Webinaire : ce que la nouvelle saison change pour votre activité`,
        `Avec ${speaker} le ${longDate(rng, lang)}. Code TRADE15 sur la nouvelle grille tarifaire.`,
        'Se désabonner de cette liste',
      ],
      es: [
        `Webinar en directo: lo que trae la nueva temporada a tu negocio`,
        `Con ${speaker} el ${longDate(rng, lang)}. Código TRADE15 en la nueva lista de precios.`,
        'Darse de baja de esta lista',
      ],
    }[lang];
    const [title, body, unsub] = t as [string, string, string];
    const html = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="https://grosshandel-nord.example/webinar">Register</a></p><p style="font-size:10px">Nordwind Trade Supply · +49 40 5550 1200 · <a href="https://grosshandel-nord.example/u/${rng.hex(10)}">${escapeHtml(unsub)}</a></p>`;
    return {
      from: { name: 'Nordwind Trade Supply', email: 'news@grosshandel-nord.example' },
      subject: title,
      html,
      text: `${title}\n\n${body}\n\nhttps://grosshandel-nord.example/webinar\n\n${unsub}: https://grosshandel-nord.example/u/${rng.hex(10)}`,
      headers: [
        [
          'List-Unsubscribe',
          `<https://grosshandel-nord.example/u/${rng.hex(10)}>, <mailto:unsubscribe@grosshandel-nord.example>`,
        ],
        ['List-Id', 'Trade customers <trade.grosshandel-nord.example>'],
        ['Precedence', 'bulk'],
      ],
    };
  },
};

const fakeInvoicePhish: NonLeadLayout = {
  id: 'fake-invoice-phishing',
  reason: 'spam',
  description:
    'phishing dressed as an overdue invoice or a domain renewal: urgent payment link on a look-alike domain, a WhatsApp "billing desk" number, a made-up clerk’s name, Reply-To elsewhere',
  count: 7,
  build({ rng, lang, biz }) {
    const clerk = otherName(rng, lang);
    const amount = `${rng.int(180, 990)},${rng.int(10, 99)} EUR`;
    const text = w(lang, {
      en: `URGENT: invoice INV-${rng.int(1000, 9999)} for your domain ${biz.domain} is overdue (${amount}).\n\nPay within 24 hours to avoid suspension: http://bit-pay-secure.example/${rng.hex(6)}\nQuestions? WhatsApp our billing desk +44 7700 900${rng.int(100, 999)}\n\n${clerk}\nDomain Renewal Services`,
      de: `DRINGEND: Rechnung RE-${rng.int(1000, 9999)} für Ihre Domain ${biz.domain} ist überfällig (${amount}).\n\nZahlen Sie innerhalb von 24 Stunden, sonst wird die Domain gesperrt: http://bit-pay-secure.example/${rng.hex(6)}\nFragen? WhatsApp an unsere Buchhaltung +44 7700 900${rng.int(100, 999)}\n\n${clerk}\nDomain-Verlängerungsservice`,
      fr: `URGENT : la facture FA-${rng.int(1000, 9999)} pour votre domaine ${biz.domain} est impayée (${amount}).\n\nRéglez sous 24 heures pour éviter la suspension : http://bit-pay-secure.example/${rng.hex(6)}\nDes questions ? WhatsApp au service facturation +44 7700 900${rng.int(100, 999)}\n\n${clerk}\nService de renouvellement`,
      es: `URGENTE: la factura FC-${rng.int(1000, 9999)} de su dominio ${biz.domain} está vencida (${amount}).\n\nPague en 24 horas para evitar la suspensión: http://bit-pay-secure.example/${rng.hex(6)}\n¿Dudas? WhatsApp a facturación +44 7700 900${rng.int(100, 999)}\n\n${clerk}\nServicio de renovación`,
    });
    return {
      from: { name: 'Domain Billing', email: `billing@d0main-renewals.example` },
      replyTo: { email: `pay${rng.int(10, 99)}@fastcash-mail.example` },
      subject: w(lang, {
        en: 'Final notice: domain suspension',
        de: 'Letzte Mahnung: Domain-Sperrung',
        fr: 'Dernier avis : suspension du domaine',
        es: 'Último aviso: suspensión del dominio',
      }),
      text,
      headers: [['X-Spam-Flag', rng.chance(0.5) ? 'YES' : 'NO']],
    };
  },
};

const holidayAutoresponder: NonLeadLayout = {
  id: 'holiday-autoresponder',
  reason: 'auto_reply',
  description:
    'a supplier’s or accountant’s holiday autoresponder answering the business’s own mail: back on a date, urgent matters to a named colleague with phone; Auto-Submitted/X-Auto-Response-Suppress on most, only the wording on some',
  count: 7,
  build({ rng, lang, biz }) {
    const p = makePerson(rng, lang);
    const col = otherName(rng, lang);
    const back = longDate(rng, lang).split(/ (?:at|um|à)|,/)[0];
    const text = w(lang, {
      en: `Thank you for your email. I am on annual leave and back on ${back}.\nFor urgent matters please contact ${col} on +44 20 7946 0${rng.int(100, 999)}.\n\n${p.full}`,
      de: `Vielen Dank für Ihre Nachricht. Ich bin im Urlaub und ab ${back} wieder erreichbar.\nIn dringenden Fällen wenden Sie sich bitte an ${col}, Tel. 030 5550 ${rng.int(1000, 9999)}.\n\n${p.full}`,
      fr: `Merci pour votre message. Je suis en congés et de retour le ${back}.\nPour toute urgence, contactez ${col} au 01 99 00 ${rng.int(10, 99)} ${rng.int(10, 99)}.\n\n${p.full}`,
      es: `Gracias por su correo. Estoy de vacaciones y vuelvo el ${back}.\nPara urgencias, contacte con ${col} en el 910 000 ${rng.int(100, 999)}.\n\n${p.full}`,
    });
    const headers: [string, string][] = rng.chance(0.7)
      ? [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Auto-Response-Suppress', 'All'],
        ]
      : [];
    return {
      from: { name: p.full, email: `${p.email.split('@')[0]}@steuerkanzlei-partner.example` },
      subject: `${w(lang, { en: 'Automatic reply', de: 'Automatische Antwort', fr: 'Réponse automatique', es: 'Respuesta automática' })}: ${w(lang, { en: 'your invoice', de: 'Ihre Rechnung', fr: 'votre facture', es: 'su factura' })} ${biz.name}`,
      text,
      headers,
    };
  },
};

const qmailBounce: NonLeadLayout = {
  id: 'qmail-bounce',
  reason: 'delivery_report',
  description:
    'a qmail "failure notice" in plain text (no multipart/report): "Hi. This is the qmail-send program", the failed customer address with the remote SMTP answer, then the business’s own quote below "--- Below this line is a copy of the message."',
  count: 7,
  transfers: ['7bit', '8bit', 'quoted-printable'],
  build({ rng, lang, biz }) {
    const p = makePerson(rng, lang);
    const quote = w(lang, {
      en: `Dear ${p.first},\n\nplease find our quote for ${biz.service} below.\n\nKind regards\n${biz.name}`,
      de: `Hallo ${p.first},\n\nanbei unser Angebot für ${biz.service}.\n\nViele Grüße\n${biz.name}`,
      fr: `Bonjour ${p.first},\n\nveuillez trouver notre devis pour ${biz.service}.\n\nCordialement\n${biz.name}`,
      es: `Hola ${p.first}:\n\nle enviamos nuestro presupuesto para ${biz.service}.\n\nSaludos\n${biz.name}`,
    });
    const text = `Hi. This is the qmail-send program at mail.${biz.domain}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<${p.email}>:\n192.0.2.${rng.int(2, 250)} does not like recipient.\nRemote host said: 550 5.1.1 <${p.email}>: Recipient address rejected: User unknown\nGiving up on 192.0.2.${rng.int(2, 250)}.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <${biz.inbox}>\nFrom: ${biz.name} <${biz.inbox}>\nTo: ${p.email}\nSubject: ${w(lang, { en: 'Your quote', de: 'Ihr Angebot', fr: 'Votre devis', es: 'Su presupuesto' })}\n\n${quote}`;
    return {
      from: { email: `MAILER-DAEMON@mail.${biz.domain}` },
      to: [{ email: biz.inbox }],
      subject: 'failure notice',
      text,
    };
  },
};

const payoutStatement: NonLeadLayout = {
  id: 'marketplace-payout-statement',
  reason: 'transactional',
  description:
    'the services marketplace’s monthly payout statement to the business: statement number, bookings count, fees, payout amount to an IBAN ending in four digits; HTML table and text',
  count: 7,
  build({ rng, lang, biz }) {
    const gross = rng.int(800, 9000);
    const fee = Math.round(gross * 0.12);
    const rows: [string, string][] = [
      [
        w(lang, { en: 'Statement', de: 'Abrechnung', fr: 'Relevé', es: 'Liquidación' }),
        `PO-${rng.int(100000, 999999)}`,
      ],
      [
        w(lang, { en: 'Bookings', de: 'Buchungen', fr: 'Réservations', es: 'Reservas' }),
        String(rng.int(3, 40)),
      ],
      [w(lang, { en: 'Gross', de: 'Brutto', fr: 'Brut', es: 'Bruto' }), `${gross},00 €`],
      [w(lang, { en: 'Fees', de: 'Gebühren', fr: 'Frais', es: 'Comisiones' }), `−${fee},00 €`],
      [
        w(lang, { en: 'Paid to', de: 'Ausgezahlt auf', fr: 'Versé sur', es: 'Pagado a' }),
        `IBAN •••• ${rng.digits(4)}`,
      ],
    ];
    const title = w(lang, {
      en: 'Your payout statement',
      de: 'Ihre Auszahlungsübersicht',
      fr: 'Votre relevé de versement',
      es: 'Tu liquidación de pagos',
    });
    return {
      from: { name: 'Bazario Payments', email: 'payments@bazario.example' },
      subject: `${title} – ${biz.name}`,
      html: `<h2>${escapeHtml(title)}</h2><table>${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`).join('')}</table><p style="font-size:10px">Bazario Marketplace S.L. · Madrid</p>`,
      text: `${title}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nBazario Marketplace S.L. · Madrid`,
    };
  },
};

const calendarUpdate: NonLeadLayout = {
  id: 'calendar-update-ics',
  reason: 'calendar',
  description:
    'the business’s accountant moves the quarterly review: a short text/plain note and a text/calendar METHOD:REQUEST alternative with SEQUENCE:1, organiser and attendee',
  count: 7,
  build({ rng, lang, biz, charset, transfer }) {
    const org = otherName(rng, lang);
    const summary = w(lang, {
      en: 'Quarterly review (moved)',
      de: 'Quartalsgespräch (verschoben)',
      fr: 'Point trimestriel (déplacé)',
      es: 'Revisión trimestral (cambiada)',
    });
    const note = w(lang, {
      en: `Hi, I had to move our quarterly review. New time in the invitation.\n\n${org}`,
      de: `Hallo, ich musste unser Quartalsgespräch verschieben. Neuer Termin in der Einladung.\n\n${org}`,
      fr: `Bonjour, j’ai dû déplacer notre point trimestriel. Nouvel horaire dans l’invitation.\n\n${org}`,
      es: `Hola, tuve que cambiar nuestra revisión trimestral. Nueva hora en la invitación.\n\n${org}`,
    });
    const stamp = isoStamp(rng).replace(/[-:]/g, '');
    const ics = [
      'BEGIN:VCALENDAR',
      'PRODID:-//Kanzlei Kalender//EN',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `UID:${rng.uuid()}`,
      'SEQUENCE:1',
      `DTSTAMP:${stamp}`,
      `DTSTART:${stamp}`,
      `SUMMARY:${summary}`,
      `ORGANIZER;CN=${org}:mailto:office@kanzlei-partner.example`,
      `ATTENDEE;CN=${biz.name};RSVP=TRUE:mailto:${biz.inbox}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\n');
    const root = multipart(
      'alternative',
      [
        textPart('plain', note, charset, transfer),
        rawPart('text/calendar; method=REQUEST; charset=utf-8', ics, 'base64'),
      ],
      rng,
    );
    return {
      from: { name: org, email: 'office@kanzlei-partner.example' },
      subject: `${w(lang, { en: 'Updated invitation', de: 'Aktualisierte Einladung', fr: 'Invitation mise à jour', es: 'Invitación actualizada' })}: ${summary}`,
      root,
    };
  },
};

const passwordExpiry: NonLeadLayout = {
  id: 'password-expiry-notice',
  reason: 'account_notice',
  description:
    'the business’s webmail provider: password expires in N days, mailbox almost full (percentage), a link to the account settings and the provider’s support line',
  count: 7,
  build({ rng, lang, biz }) {
    const days = rng.int(2, 7);
    const pct = rng.int(85, 99);
    const text = w(lang, {
      en: `The password for ${biz.inbox} expires in ${days} days. Your mailbox is ${pct}% full.\nChange it in Account settings: https://mail.hostwerk.example/account\n\nHostwerk Support · +49 89 5550 4400`,
      de: `Das Passwort für ${biz.inbox} läuft in ${days} Tagen ab. Ihr Postfach ist zu ${pct} % belegt.\nÄndern Sie es in den Kontoeinstellungen: https://mail.hostwerk.example/account\n\nHostwerk Support · +49 89 5550 4400`,
      fr: `Le mot de passe de ${biz.inbox} expire dans ${days} jours. Votre boîte est pleine à ${pct} %.\nModifiez-le dans les paramètres du compte : https://mail.hostwerk.example/account\n\nAssistance Hostwerk · +49 89 5550 4400`,
      es: `La contraseña de ${biz.inbox} caduca en ${days} días. Tu buzón está al ${pct} %.\nCámbiala en la configuración de la cuenta: https://mail.hostwerk.example/account\n\nSoporte Hostwerk · +49 89 5550 4400`,
    });
    return {
      from: { name: 'Hostwerk Mail', email: 'no-reply@hostwerk.example' },
      subject: w(lang, {
        en: 'Your password expires soon',
        de: 'Ihr Passwort läuft bald ab',
        fr: 'Votre mot de passe expire bientôt',
        es: 'Tu contraseña caduca pronto',
      }),
      text,
    };
  },
};

const orderStatusQuestion: NonLeadLayout = {
  id: 'booked-job-status-question',
  reason: 'customer_service',
  description:
    'a customer whose job is already booked asks when the team arrives or whether the deposit arrived: "Re:" the business’s order confirmation with its number, In-Reply-To, the confirmation quoted with ">", name and phone in the signature',
  count: 7,
  build({ rng, lang, biz }) {
    const p = makePerson(rng, lang);
    const no = `${rng.int(2026, 2026)}-${rng.int(1000, 9999)}`;
    const ask = w(lang, {
      en: 'Hello, just checking what time your team arrives on Tuesday, and did the deposit come through?',
      de: 'Hallo, wann kommt Ihr Team am Dienstag genau? Und ist die Anzahlung angekommen?',
      fr: 'Bonjour, à quelle heure votre équipe arrive-t-elle mardi ? Et l’acompte est-il bien arrivé ?',
      es: 'Hola, ¿a qué hora llega su equipo el martes? ¿Y les llegó la seña?',
    });
    const conf = w(lang, {
      en: `Order confirmation ${no}`,
      de: `Auftragsbestätigung ${no}`,
      fr: `Confirmation de commande ${no}`,
      es: `Confirmación de pedido ${no}`,
    });
    const quoted = w(lang, {
      en: `> ${conf}\n> Thank you, your booking for ${biz.service} is confirmed.\n> ${biz.name} · ${biz.phone}`,
      de: `> ${conf}\n> Vielen Dank, Ihr Auftrag für ${biz.service} ist bestätigt.\n> ${biz.name} · ${biz.phone}`,
      fr: `> ${conf}\n> Merci, votre commande pour ${biz.service} est confirmée.\n> ${biz.name} · ${biz.phone}`,
      es: `> ${conf}\n> Gracias, su pedido de ${biz.service} está confirmado.\n> ${biz.name} · ${biz.phone}`,
    });
    return {
      from: { name: p.full, email: p.email },
      subject: `${lang === 'de' ? 'AW' : 'Re'}: ${conf}`,
      headers: [
        ['In-Reply-To', `<conf-${no}@${biz.domain}>`],
        ['References', `<conf-${no}@${biz.domain}>`],
      ],
      text: `${ask}\n\n${p.full}\n+${rng.pick(['34 612', '49 151', '33 6 12', '44 7700 900'])} ${rng.digits(3)} ${rng.digits(3)}\n\n${quoted}`,
    };
  },
};

const emptyTest: NonLeadLayout = {
  id: 'builder-test-entry',
  reason: 'no_contact',
  description:
    'the "Formulo" notification for the site owner’s own test entry or a visitor who typed only a first name and one word: email and phone answers empty',
  count: 7,
  build({ rng, lang, biz }) {
    const name = rng.pick([
      'test',
      'Test Test',
      'asdf',
      w(lang, { en: 'Tom', de: 'Jens', fr: 'Léa', es: 'Pepe' }),
    ]);
    const none = w(lang, {
      en: '(no answer)',
      de: '(keine Angabe)',
      fr: '(sans réponse)',
      es: '(sin respuesta)',
    });
    const rows: [string, string][] = [
      [
        w(lang, {
          en: 'What should we call you? *',
          de: 'Wie dürfen wir Sie nennen? *',
          fr: 'Comment vous appelez-vous ? *',
          es: '¿Cómo te llamas? *',
        }),
        name,
      ],
      [
        w(lang, {
          en: 'Where can we email you? *',
          de: 'Wohin dürfen wir antworten? *',
          fr: 'À quelle adresse vous répondre ? *',
          es: '¿A qué correo te respondemos? *',
        }),
        none,
      ],
      [
        w(lang, {
          en: 'Best number to call? (optional)',
          de: 'Rückrufnummer? (optional)',
          fr: 'Un numéro pour vous rappeler ? (facultatif)',
          es: '¿A qué número te llamamos? (opcional)',
        }),
        none,
      ],
      [
        w(lang, {
          en: 'How can we help? *',
          de: 'Wie können wir helfen? *',
          fr: 'Comment pouvons-nous vous aider ? *',
          es: '¿En qué te podemos ayudar? *',
        }),
        rng.pick(['test', 'hallo', '123', 'ok']),
      ],
    ];
    return {
      from: { name: 'Formulo', email: 'notify@formulo.example' },
      subject: `${w(lang, { en: 'New response to', de: 'Neue Antwort auf', fr: 'Nouvelle réponse à', es: 'Nueva respuesta a' })} «Contact» – ${biz.name}`,
      text: rows.map(([k, v]) => `${k}\n${v}`).join('\n\n'),
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  supplierWebinar,
  fakeInvoicePhish,
  holidayAutoresponder,
  qmailBounce,
  payoutStatement,
  calendarUpdate,
  passwordExpiry,
  orderStatusQuestion,
  emptyTest,
];
