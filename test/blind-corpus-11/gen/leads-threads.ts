/** Forwards and replies: five lead layouts where staff write above the customer. */
import { intlForm } from './data.js';
import { attachment, type Charset, formatAddress, serialize, textPart } from './mime.js';
import type { Rng } from './rng.js';
import type { Business, LeadCtx, LeadLayout, Staff } from './types.js';
import { drawWhen, esc, fullName, greetingFirst, longDate, paras, phoneText, t } from './util.js';

function signature(lang: LeadCtx['lang'], s: Staff, biz: Business, withOffice: boolean): string[] {
  return [
    `${s.first} ${s.last}`,
    `${s.role} · ${biz.name}`,
    `${t(lang, { en: 'Direct', de: 'Durchwahl', fr: 'Ligne directe', es: 'Directo' })}: ${intlForm(s.phone)}`,
    ...(withOffice
      ? [
          `${t(lang, { en: 'Office', de: 'Zentrale', fr: 'Accueil', es: 'Centralita' })}: ${intlForm(biz.switchboard)} · ${biz.web}`,
        ]
      : []),
  ];
}

function staffNote(ctx: LeadCtx, rng: Rng): string {
  return rng.pick(
    t(ctx.lang, {
      en: [
        'Can someone call this one back today? I’m out on site tomorrow.',
        'FYI – came in over the weekend, not answered yet.',
        'Passing this on, looks like a good one.',
      ],
      de: [
        'Kann das bitte heute noch jemand zurückrufen? Ich bin morgen außer Haus.',
        'Zur Info – kam am Wochenende rein, noch unbeantwortet.',
        'Gebe ich weiter, klingt vielversprechend.',
      ],
      fr: [
        'Quelqu’un peut rappeler aujourd’hui ? Je suis en déplacement demain.',
        'Pour info – arrivé ce week-end, pas encore traité.',
        'Je transmets, ça a l’air sérieux.',
      ],
      es: [
        '¿Alguien puede devolver la llamada hoy? Mañana estoy fuera.',
        'Para que lo vean: llegó el fin de semana y nadie ha respondido.',
        'Les paso esto, parece interesante.',
      ],
    }),
  );
}

const HEAD: Record<
  LeadCtx['lang'],
  { from: string; sent: string; to: string; subject: string; date: string }
> = {
  en: { from: 'From', sent: 'Sent', to: 'To', subject: 'Subject', date: 'Date' },
  de: { from: 'Von', sent: 'Gesendet', to: 'An', subject: 'Betreff', date: 'Datum' },
  fr: { from: 'De', sent: 'Envoyé', to: 'À', subject: 'Objet', date: 'Date' },
  es: { from: 'De', sent: 'Enviado', to: 'Para', subject: 'Asunto', date: 'Fecha' },
};

const owaForm: LeadLayout = {
  id: 'fwd-owa-hr-block-form-table',
  description:
    'a staff member forwards from new Outlook (HTML with text): a one-line note and a signature with direct line and office number, the localised From/Sent/To/Subject block under an <hr> (divRplyFwdMsg), then the site’s notification as a label-left HTML table (name, e-mail, telephone with an extension on some, best time to call, message)',
  extension: true,
  build(ctx) {
    const { lang, biz, person, staff, rng } = ctx;
    const h = HEAD[lang];
    const w = drawWhen(rng);
    const innerSubject = t(lang, {
      en: `Website enquiry – ${biz.short}`,
      de: `Anfrage über die Website – ${biz.short}`,
      fr: `Demande via le site – ${biz.short}`,
      es: `Consulta desde la web – ${biz.short}`,
    });
    const L = t(lang, {
      en: ['Name', 'E-mail', 'Telephone', 'Best time to call', 'Message'],
      de: ['Name', 'E-Mail', 'Telefon', 'Beste Zeit für Rückruf', 'Nachricht'],
      fr: ['Nom', 'E-mail', 'Téléphone', 'Meilleur moment pour appeler', 'Message'],
      es: ['Nombre', 'Correo', 'Teléfono', 'Mejor hora para llamar', 'Mensaje'],
    });
    const when = rng.pick(
      t(lang, {
        en: ['mornings', 'after 6 pm', 'any time'],
        de: ['vormittags', 'ab 18 Uhr', 'jederzeit'],
        fr: ['le matin', 'après 18 h', 'à tout moment'],
        es: ['por la mañana', 'después de las 18 h', 'a cualquier hora'],
      }),
    );
    const rows: [string, string][] = [
      [L[0] as string, fullName(person)],
      [L[1] as string, ctx.hasEmail ? person.email : ''],
      [L[2] as string, phoneText(ctx) ?? ''],
      [L[3] as string, when],
      [L[4] as string, ctx.message ?? ''],
    ];
    const note = staffNote(ctx, rng);
    const sig = signature(lang, staff, biz, true);
    const formSender = { name: `${biz.short} Website`, email: `no-reply@${biz.domain}` };
    const html = [
      `<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">${esc(note)}</div>`,
      `<div style="font-family:Aptos,Calibri,sans-serif;font-size:10pt;color:#444"><br>${sig.map(esc).join('<br>')}</div>`,
      '<div id="appendonsend"></div>',
      '<hr style="display:inline-block;width:98%" tabindex="-1">',
      `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${h.from}:</b> ${esc(`${formSender.name} <${formSender.email}>`)}<br><b>${h.sent}:</b> ${esc(longDate(w, lang))}<br><b>${h.to}:</b> ${esc(biz.inbox)}<br><b>${h.subject}:</b> ${esc(innerSubject)}</font><div>&nbsp;</div></div>`,
      `<div><table cellpadding="4" style="border:1px solid #ddd;font:13px Arial">${rows.map(([k, v]) => `<tr><td style="background:#f6f6f6;font-weight:bold;vertical-align:top">${esc(k)}</td><td>${v.includes('\n') ? paras(v) : esc(v)}</td></tr>`).join('')}</table></div>`,
    ].join('\n');
    const text = [
      note,
      '',
      ...sig,
      '',
      '________________________________',
      `${h.from}: ${formSender.name} <${formSender.email}>`,
      `${h.sent}: ${longDate(w, lang)}`,
      `${h.to}: ${biz.inbox}`,
      `${h.subject}: ${innerSubject}`,
      '',
      ...rows.map(([k, v]) => `${k}: ${v}`),
    ].join('\n');
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `${t(lang, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' })}: ${innerSubject}`,
        html,
        text,
        primary: 'html',
      },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

function letter(ctx: LeadCtx, withPhone: boolean): { lines: string[]; body: string } {
  const { lang, biz, person } = ctx;
  const greet = ctx.rng.pick(
    t(lang, {
      en: ['Hello,', 'Hi there,', `Dear ${biz.short},`],
      de: ['Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,'],
      fr: ['Bonjour,', 'Bonjour Madame, Monsieur,', 'Bonsoir,'],
      es: ['Hola,', 'Buenas tardes:', 'Estimados:'],
    }),
  );
  const body =
    ctx.message ??
    t(lang, {
      en: `I would like some information about ${ctx.service}.`,
      de: `Ich hätte gern Informationen zu ${ctx.service}.`,
      fr: `Je souhaiterais des informations sur ${ctx.service}.`,
      es: `Quisiera información sobre ${ctx.service}.`,
    });
  const bye = ctx.rng.pick(
    t(lang, {
      en: ['Thanks,', 'Best wishes,', 'Regards,'],
      de: ['Danke und viele Grüße', 'Beste Grüße', 'Freundliche Grüße'],
      fr: ['Merci d’avance,', 'Bien à vous,', 'Cordialement,'],
      es: ['Gracias,', 'Saludos cordiales,', 'Un abrazo,'],
    }),
  );
  const phoneLine =
    withPhone && ctx.phone
      ? [`${t(lang, { en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' })} ${ctx.phone.written}`]
      : [];
  return { lines: [greet, '', body, '', bye, fullName(person), ...phoneLine], body };
}

const appleOfOutlook: LeadLayout = {
  id: 'fwd-apple-of-outlook-classic-letter',
  description:
    'forward of a forward in plain text: a colleague forwards from an iPhone (localised "Begin forwarded message:" with From/Subject/Date/To lines and "Sent from my iPhone") a colleague’s classic Outlook forward (note, signature with direct line, "-----Original Message-----" block) of the customer’s own letter with their number under the sign-off',
  foreign: 'intl',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, person, staff, staff2, rng } = ctx;
    const h = HEAD[lang];
    const w1 = drawWhen(rng);
    const w2 = drawWhen(rng);
    const subj = rng.pick(
      t(lang, {
        en: ['Enquiry', 'Booking question'],
        de: ['Anfrage', 'Frage zur Buchung'],
        fr: ['Demande', 'Question réservation'],
        es: ['Consulta', 'Pregunta de reserva'],
      }),
    );
    const fw = t(lang, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' });
    const begin = t(lang, {
      en: 'Begin forwarded message:',
      de: 'Anfang der weitergeleiteten Nachricht:',
      fr: 'Début du message réexpédié :',
      es: 'Inicio del mensaje reenviado:',
    });
    const orig = t(lang, {
      en: '-----Original Message-----',
      de: '-----Ursprüngliche Nachricht-----',
      fr: '-----Message d’origine-----',
      es: '-----Mensaje original-----',
    });
    const { lines, body } = letter(ctx, true);
    const text = [
      t(lang, {
        en: 'See below, can you take this one?',
        de: 'Siehe unten, kannst du das übernehmen?',
        fr: 'Voir ci-dessous, tu peux t’en occuper ?',
        es: 'Mira abajo, ¿te encargas tú?',
      }),
      '',
      t(lang, {
        en: 'Sent from my iPhone',
        de: 'Von meinem iPhone gesendet',
        fr: 'Envoyé de mon iPhone',
        es: 'Enviado desde mi iPhone',
      }),
      '',
      begin,
      '',
      `${h.from}: ${staff.first} ${staff.last} <${staff.email}>`,
      `${h.subject}: ${fw}: ${subj}`,
      `${h.date}: ${longDate(w1, lang)}`,
      `${h.to}: ${staff2.first} ${staff2.last} <${staff2.email}>`,
      '',
      staffNote(ctx, rng),
      '',
      ...signature(lang, staff, biz, false),
      '',
      orig,
      `${h.from}: ${fullName(person)} <${person.email}>`,
      `${h.sent}: ${longDate(w2, lang)}`,
      `${h.to}: ${biz.inbox}`,
      `${h.subject}: ${subj}`,
      '',
      ...lines,
    ].join('\n');
    return {
      draft: {
        from: { name: `${staff2.first} ${staff2.last}`, email: staff2.email },
        subject: `Fwd: ${fw}: ${subj}`,
        text,
      },
      expected: { message: body },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`, `${staff2.first} ${staff2.last}`],
    };
  },
};

const GMAIL: Record<
  LeadCtx['lang'],
  { rule: string; from: string; date: string; subject: string; to: string }
> = {
  en: {
    rule: '---------- Forwarded message ---------',
    from: 'From',
    date: 'Date',
    subject: 'Subject',
    to: 'To',
  },
  de: {
    rule: '---------- Weitergeleitete Nachricht ---------',
    from: 'Von',
    date: 'Date',
    subject: 'Subject',
    to: 'To',
  },
  fr: {
    rule: '---------- Forwarded message ---------',
    from: 'De',
    date: 'Date',
    subject: 'Subject',
    to: 'To',
  },
  es: {
    rule: '---------- Mensaje reenviado ---------',
    from: 'De',
    date: 'Date',
    subject: 'Subject',
    to: 'Para',
  },
};

const gmailBullets: LeadLayout = {
  id: 'fwd-gmail-quote-bulleted-notice',
  description:
    'the owner forwards from Gmail (HTML with text, localised "Forwarded message" attribution in gmail_quote) the site’s contact notice, a bullet list "Label: value" whose last bullet holds the message paragraphs, followed by a "sent from the contact form" line; the owner’s note and signature with mobile on top',
  extension: true,
  build(ctx) {
    const { lang, biz, person, staff, rng } = ctx;
    const g = GMAIL[lang];
    const w = drawWhen(rng);
    const sender = { name: `${biz.name} Website`, email: `wordpress@${biz.domain}` };
    const innerSubject = t(lang, {
      en: `[${biz.short}] New contact message`,
      de: `[${biz.short}] Neue Kontaktnachricht`,
      fr: `[${biz.short}] Nouveau message de contact`,
      es: `[${biz.short}] Nuevo mensaje de contacto`,
    });
    const L = t(lang, {
      en: ['Your name', 'Your email', 'Phone', 'Subject', 'Your message'],
      de: ['Ihr Name', 'Ihre E-Mail', 'Telefon', 'Betreff', 'Ihre Nachricht'],
      fr: ['Votre nom', 'Votre e-mail', 'Téléphone', 'Sujet', 'Votre message'],
      es: ['Su nombre', 'Su correo', 'Teléfono', 'Asunto', 'Su mensaje'],
    });
    const items: [string, string][] = [
      [L[0] as string, fullName(person)],
      ...(ctx.hasEmail ? ([[L[1] as string, person.email]] as [string, string][]) : []),
      ...(ctx.phone ? ([[L[2] as string, phoneText(ctx) as string]] as [string, string][]) : []),
      [L[3] as string, ctx.service],
      ...(ctx.message ? ([[L[4] as string, ctx.message]] as [string, string][]) : []),
    ];
    const trailer = t(lang, {
      en: `--\nThis e-mail was sent from the contact form on ${biz.name} (https://${biz.web})`,
      de: `--\nDiese E-Mail wurde über das Kontaktformular von ${biz.name} (https://${biz.web}) gesendet`,
      fr: `--\nCet e-mail a été envoyé depuis le formulaire de contact de ${biz.name} (https://${biz.web})`,
      es: `--\nEste correo se envió desde el formulario de contacto de ${biz.name} (https://${biz.web})`,
    });
    const note = staffNote(ctx, rng);
    const sig = [
      `${staff.first} ${staff.last}`,
      `${biz.name}`,
      `${t(lang, { en: 'Mobile', de: 'Mobil', fr: 'Mobile', es: 'Móvil' })} ${intlForm(staff.phone)}`,
    ];
    const attr = [
      `${g.rule}`,
      `${g.from}: ${sender.name} <${sender.email}>`,
      `${g.date}: ${longDate(w, lang)}`,
      `${g.subject}: ${innerSubject}`,
      `${g.to}: <${biz.inbox}>`,
    ];
    const html = [
      `<div dir="ltr">${esc(note)}<br clear="all"><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">${sig.map(esc).join('<br>')}</div><br>`,
      `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(g.rule)}<br>${esc(g.from)}: <strong class="gmail_sendername" dir="auto">${esc(sender.name)}</strong> <span dir="auto">&lt;${esc(sender.email)}&gt;</span><br>${esc(g.date)}: ${esc(longDate(w, lang))}<br>${esc(g.subject)}: ${esc(innerSubject)}<br>${esc(g.to)}: &lt;${esc(biz.inbox)}&gt;<br></div><br><br>`,
      `<ul>${items.map(([k, v]) => `<li>${esc(k)}: ${v.includes('\n') ? `<br>${v.split('\n\n').map(esc).join('<br><br>')}` : esc(v)}</li>`).join('\n')}</ul>`,
      `<p>${esc(trailer).replace('\n', '<br>')}</p></div></div>`,
    ].join('\n');
    const text = [
      note,
      '',
      '-- ',
      ...sig,
      '',
      ...attr,
      '',
      '',
      ...items.map(([k, v]) => (v.includes('\n') ? `* ${k}:\n${v}` : `* ${k}: ${v}`)),
      '',
      trailer,
    ].join('\n');
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `Fwd: ${innerSubject}`,
        html,
        text,
        primary: 'html',
      },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

/** The inner notification of the .eml forward, as its own small message. */
function innerEml(ctx: LeadCtx, cs: Charset): Buffer {
  const { lang, biz, person, rng } = ctx;
  const L = t(lang, {
    en: ['Name', 'E-mail', 'Telephone', 'Preferred day', 'Your message'],
    de: ['Name', 'E-Mail', 'Telefon', 'Wunschtag', 'Ihre Nachricht'],
    fr: ['Nom', 'E-mail', 'Téléphone', 'Jour souhaité', 'Votre message'],
    es: ['Nombre', 'Correo', 'Teléfono', 'Día preferido', 'Su mensaje'],
  });
  const day = rng.pick(
    t(lang, {
      en: ['Saturday', 'Friday'],
      de: ['Samstag', 'Freitag'],
      fr: ['samedi', 'vendredi'],
      es: ['sábado', 'viernes'],
    }),
  );
  const body = [
    t(lang, {
      en: 'New booking request',
      de: 'Neue Buchungsanfrage',
      fr: 'Nouvelle demande de réservation',
      es: 'Nueva solicitud de reserva',
    }),
    '',
    `${L[0]}: ${fullName(person)}`,
    `${L[1]}: ${ctx.hasEmail ? person.email : '-'}`,
    `${L[2]}: ${phoneText(ctx) ?? '-'}`,
    `${L[3]}: ${day}`,
    `${L[4]}:`,
    ctx.message ?? '-',
    '',
    '---',
    t(lang, {
      en: 'Manage notification settings: https://formpost.test/settings',
      de: 'Benachrichtigungen verwalten: https://formpost.test/settings',
      fr: 'Gérer les notifications : https://formpost.test/settings',
      es: 'Gestionar notificaciones: https://formpost.test/settings',
    }),
    'Powered by Formpost',
  ].join('\n');
  const part = textPart('plain', body, cs, rng.pick(['8bit', 'quoted-printable'] as const));
  const w = drawWhen(rng);
  const headers: [string, string][] = [
    ['From', formatAddress({ name: 'Formpost', email: 'noreply@formpost.test' }, cs)],
    ['To', biz.inbox],
    ...(ctx.hasEmail
      ? ([['Reply-To', formatAddress({ name: fullName(person), email: person.email }, cs)]] as [
          string,
          string,
        ][])
      : []),
    [
      'Subject',
      t(lang, {
        en: 'New booking request',
        de: 'Neue Buchungsanfrage',
        fr: 'Nouvelle demande de réservation',
        es: 'Nueva solicitud de reserva',
      }),
    ],
    [
      'Date',
      `Mon, ${w.d} Mar 2026 ${String(w.hh).padStart(2, '0')}:${String(w.mm).padStart(2, '0')}:00 +0000`,
    ],
    ['Message-ID', `<${rng.hex(16)}@formpost.test>`],
    ['MIME-Version', '1.0'],
    ...part.headers,
  ];
  return serialize({ headers, body: part.body });
}

const emlColon: LeadLayout = {
  id: 'fwd-eml-att-colon-lines-trailer',
  description:
    'a staff member forwards the booking tool’s notification as an attached .eml (message/rfc822, 8bit or base64) with a short plain note and signature; inside, "Label: value" lines (phone with an extension on some), the message under its own label in paragraphs, then a "manage notifications" trailer; the customer also in the inner Reply-To',
  extension: true,
  build(ctx) {
    const { lang, biz, person, staff, rng } = ctx;
    const note = staffNote(ctx, rng);
    const text = [
      note,
      t(lang, {
        en: 'Original attached.',
        de: 'Original im Anhang.',
        fr: 'Original en pièce jointe.',
        es: 'Original adjunto.',
      }),
      '',
      ...signature(lang, staff, biz, true),
    ].join('\n');
    const name = t(lang, {
      en: 'booking-request.eml',
      de: 'buchungsanfrage.eml',
      fr: 'demande-reservation.eml',
      es: 'solicitud-reserva.eml',
    });
    const transfer = rng.pick(['8bit', 'base64'] as const);
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `${t(lang, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' })}: ${t(lang, { en: 'New booking request', de: 'Neue Buchungsanfrage', fr: 'Nouvelle demande de réservation', es: 'Nueva solicitud de reserva' })}`,
        text,
        attachments: [
          (cs) => {
            const node = attachment(name, 'message/rfc822', innerEml(ctx, cs), { transfer });
            node.headers[0] = ['Content-Type', `message/rfc822; name="${name}"`];
            return node;
          },
        ],
      },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

const replyOutlook: LeadLayout = {
  id: 'reply-outlook-top-posted-header-block',
  description:
    'a staff member answers the customer from classic Outlook in plain text with the shared inbox in Cc: greeting by first name, a proposed date, signature with direct line and office number, then the localised unquoted From/Sent/To/Subject block and the customer’s letter (greeting, words, sign-off, full name, number from abroad on some)',
  foreign: 'intl',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, person, staff, rng } = ctx;
    const h = HEAD[lang];
    const w = drawWhen(rng);
    const subj = rng.pick(
      t(lang, {
        en: ['Enquiry', 'Question'],
        de: ['Anfrage', 'Kurze Frage'],
        fr: ['Demande', 'Petite question'],
        es: ['Consulta', 'Pregunta'],
      }),
    );
    const { lines, body } = letter(ctx, true);
    const proposal = t(lang, {
      en: `Thank you for getting in touch. We could see you on ${longDate(drawWhen(rng), 'en').replace(/ at .*/, '')} in the morning; would that work? I have also copied our bookings inbox so the team can follow up if I am away.`,
      de: `Vielen Dank für Ihre Nachricht. Wir könnten Ihnen den ${longDate(drawWhen(rng), 'de').replace(/ um .*/, '')} vormittags anbieten; passt Ihnen das? Ich habe unser Buchungspostfach in Kopie gesetzt, damit das Team übernehmen kann, falls ich nicht da bin.`,
      fr: `Merci pour votre message. Nous pourrions vous proposer le ${longDate(drawWhen(rng), 'fr').replace(/ à .*/, '')} en matinée ; cela vous conviendrait-il ? J’ai mis notre boîte de réservation en copie pour que l’équipe puisse assurer le suivi.`,
      es: `Gracias por escribirnos. Podríamos atenderle el ${longDate(drawWhen(rng), 'es').replace(/, .*/, '')} por la mañana; ¿le vendría bien? He puesto en copia nuestro buzón de reservas para que el equipo pueda dar seguimiento.`,
    });
    const bye = t(lang, {
      en: 'Kind regards,',
      de: 'Freundliche Grüße',
      fr: 'Bien cordialement,',
      es: 'Saludos cordiales,',
    });
    const text = [
      greetingFirst(lang, person.first),
      '',
      proposal,
      '',
      bye,
      '',
      ...signature(lang, staff, biz, true),
      '',
      `${h.from}: ${fullName(person)} <${person.email}>`,
      `${h.sent}: ${longDate(w, lang)}`,
      `${h.to}: ${biz.inbox}`,
      `${h.subject}: ${subj}`,
      '',
      ...lines,
    ].join('\n');
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        to: [{ name: fullName(person), email: person.email }],
        cc: [{ email: biz.inbox }],
        subject: `${t(lang, { en: 'RE', de: 'AW', fr: 'RE', es: 'RE' })}: ${subj}`,
        headers: [['In-Reply-To', `<${rng.hex(12)}@${person.email.split('@')[1]}>`]],
        text,
      },
      expected: { message: body },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

export const THREAD_LAYOUTS: LeadLayout[] = [owaForm, appleOfOutlook, gmailBullets, emlColon, replyOutlook];
