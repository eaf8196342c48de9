/** Lead layouts 1–8: alerts, envelope-only contacts, mail clients and plain-text columns. */
import { dash, esc, escBr, page } from '../html.js';
import type { LeadLayout } from '../types.js';
import { capsLast, siteUrl, t, time, today } from './common.js';

const summarySentence: LeadLayout = {
  id: 'summary-sentence',
  description:
    'lead-alert service "Pingle": the whole contact in one sentence ("Name (email) sent an enquiry … and left the number …"), the message quoted below, the service’s own support number in the footer',
  count: 14,
  build(ctx) {
    const { c, lang, biz } = ctx;
    const when = `${today(ctx)}`;
    const at = time(ctx);
    const who = c.email ? `${c.full} (${c.email})` : c.full;
    const phone = c.phone;
    const sentence = t(lang, {
      en: `${who} sent an enquiry through ${biz.domain} on ${when} at ${at}${phone ? ` and left the number ${phone}` : ''}.`,
      de: `${who} hat am ${when} um ${at} über ${biz.domain} angefragt${phone ? ` und die Nummer ${phone} hinterlassen` : ''}.`,
      fr: `${who} vous a écrit via ${biz.domain} le ${when} à ${at}${phone ? ` et a laissé le numéro ${phone}` : ''}.`,
      es: `${who} le escribió desde ${biz.domain} el ${when} a las ${at}${phone ? ` y dejó el número ${phone}` : ''}.`,
    });
    const said = t(lang, { en: 'They wrote:', de: 'Die Nachricht:', fr: 'Son message :', es: 'Su mensaje:' });
    const none = t(lang, {
      en: 'No message was left.',
      de: 'Es wurde keine Nachricht hinterlassen.',
      fr: 'Aucun message n’a été laissé.',
      es: 'No dejó ningún mensaje.',
    });
    const foot = t(lang, {
      en: 'Pingle lead alerts · help +1 646-555-0188 · support@pingle.example',
      de: 'Pingle Lead-Alarm · Hilfe +49 30 901820 · support@pingle.example',
      fr: 'Alertes Pingle · aide +33 1 84 88 12 00 · support@pingle.example',
      es: 'Alertas Pingle · ayuda +34 910 05 27 00 · support@pingle.example',
    });
    const body = ctx.message ? `${said}\n\n“${ctx.message}”` : none;
    const text = `${sentence}\n\n${body}\n\n--\n${foot}`;
    const html = page(
      `<div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:6px">
<p style="font-size:16px">${esc(sentence)}</p>
${ctx.message ? `<p style="color:#555">${esc(said)}</p><blockquote style="border-left:3px solid #7b61ff;margin:0;padding:8px 14px">${escBr(ctx.message)}</blockquote>` : `<p><em>${esc(none)}</em></p>`}
<p style="font-size:11px;color:#999;margin-top:28px">${esc(foot)}</p>
</div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Pingle', address: 'alerts@pingle.example' },
        subject: t(lang, {
          en: `New enquiry from ${c.full}`,
          de: `Neue Anfrage von ${c.full}`,
          fr: `Nouvelle demande de ${c.full}`,
          es: `Nueva consulta de ${c.full}`,
        }),
        text,
        html,
        primary: 'html',
      },
    };
  },
};

const replyToOnly: LeadLayout = {
  id: 'reply-to-header-only',
  description:
    'website contact form whose notification carries the visitor’s name and email only in the Reply-To header; the body has the phone, the message and a "reply to this email" hint; sent from the site host’s no-reply address',
  count: 14,
  needsEmail: true,
  build(ctx) {
    const { c, lang, biz } = ctx;
    const email = c.email as string;
    const labels = t(lang, {
      en: [
        'A visitor sent a message from your website.',
        'Phone',
        'Message',
        'Page',
        'Just reply to this email to answer the sender.',
      ],
      de: [
        'Über Ihre Website wurde eine Nachricht gesendet.',
        'Telefon',
        'Nachricht',
        'Seite',
        'Antworten Sie einfach auf diese E-Mail, um dem Absender zu schreiben.',
      ],
      fr: [
        'Un visiteur vous a envoyé un message depuis votre site.',
        'Téléphone',
        'Message',
        'Page',
        'Répondez simplement à cet e-mail pour écrire à l’expéditeur.',
      ],
      es: [
        'Un visitante le envió un mensaje desde su web.',
        'Teléfono',
        'Mensaje',
        'Página',
        'Responda a este correo para contestar al remitente.',
      ],
    });
    const [intro, phoneL, msgL, pageL, hint] = labels as [string, string, string, string, string];
    const lines = [
      intro,
      '',
      `${pageL}: ${siteUrl(ctx, t(lang, { en: '/contact', de: '/kontakt', fr: '/contact', es: '/contacto' }))}`,
    ];
    if (c.phone) lines.push(`${phoneL}: ${c.phone}`);
    lines.push('', `${msgL}:`, ctx.message ?? '-', '', '—', hint, `Hosted by Sitebrew · ${biz.domain}`);
    return {
      draft: {
        from: { name: biz.name, address: 'no-reply@forms.sitebrew.example' },
        replyTo: { name: c.full, address: email },
        subject: t(lang, {
          en: `[${biz.name}] Contact form`,
          de: `[${biz.name}] Kontaktformular`,
          fr: `[${biz.name}] Formulaire de contact`,
          es: `[${biz.name}] Formulario de contacto`,
        }),
        text: lines.join('\n'),
      },
    };
  },
};

const SENT_FROM = {
  en: ['Sent from my iPhone', 'Sent from my Galaxy', 'Sent from Outlook for Android'],
  de: ['Von meinem iPhone gesendet', 'Gesendet von meinem Galaxy', 'Von Outlook für Android gesendet'],
  fr: ['Envoyé de mon iPhone', 'Envoyé depuis mon Galaxy', 'Envoyé depuis Outlook pour Android'],
  es: ['Enviado desde mi iPhone', 'Enviado desde mi Galaxy', 'Enviado desde Outlook para Android'],
};

const mobileReply: LeadLayout = {
  id: 'mobile-reply-above-quote',
  description:
    'customer replies from a phone to the business’s seasonal newsletter: short greeting, request, first-name sign-off and sometimes a number, "Sent from my iPhone", then the quoted newsletter with the business’s phone and the owner’s signature',
  count: 14,
  needsEmail: true,
  noMessage: 0,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const hi = t(lang, { en: 'Hi,', de: 'Hallo,', fr: 'Bonjour,', es: 'Hola,' });
    const bye = rng.pick(
      t(lang, {
        en: ['Thanks', 'Cheers', 'Best'],
        de: ['Danke', 'Viele Grüße', 'LG'],
        fr: ['Merci', 'Bonne journée', 'Cordialement'],
        es: ['Gracias', 'Saludos', 'Un saludo'],
      }),
    );
    const sign = rng.chance(0.5) ? c.first : c.full;
    const quotedSubject = t(lang, {
      en: `News from ${biz.name}: winter dates now open`,
      de: `Neuigkeiten von ${biz.name}: Wintertermine jetzt buchbar`,
      fr: `Les nouvelles de ${biz.name} : les dates d’hiver sont ouvertes`,
      es: `Novedades de ${biz.name}: ya puede reservar para invierno`,
    });
    const newsletter = t(lang, {
      en: `Dear friends,\n\nour calendar for the winter season is now open. Book before the end of the month and we will take 10% off.\n\nCall us on ${biz.phone} or simply reply to this email.\n\nWarm wishes,\n${ctx.staff}\n${biz.name}`,
      de: `Liebe Kundinnen und Kunden,\n\nunser Kalender für die Wintersaison ist jetzt offen. Wer bis Monatsende bucht, erhält 10 % Rabatt.\n\nRufen Sie uns an unter ${biz.phone} oder antworten Sie einfach auf diese E-Mail.\n\nHerzliche Grüße\n${ctx.staff}\n${biz.name}`,
      fr: `Chers clients,\n\nnotre calendrier d’hiver est ouvert. Réservez avant la fin du mois et profitez de 10 % de remise.\n\nAppelez-nous au ${biz.phone} ou répondez simplement à cet e-mail.\n\nBien à vous,\n${ctx.staff}\n${biz.name}`,
      es: `Estimados clientes:\n\nya está abierto nuestro calendario de invierno. Si reserva antes de fin de mes, le hacemos un 10 % de descuento.\n\nLlámenos al ${biz.phone} o responda a este correo.\n\nUn cordial saludo,\n${ctx.staff}\n${biz.name}`,
    });
    const day = today(ctx);
    const wrote = t(lang, {
      en: `On ${day}, at ${time(ctx)}, ${biz.name} <news@${biz.domain}> wrote:`,
      de: `Am ${day} um ${time(ctx)} schrieb ${biz.name} <news@${biz.domain}>:`,
      fr: `Le ${day} à ${time(ctx)}, ${biz.name} <news@${biz.domain}> a écrit :`,
      es: `El ${day}, a las ${time(ctx)}, ${biz.name} <news@${biz.domain}> escribió:`,
    });
    const quoted = newsletter
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const text = `${hi}\n\n${ctx.message}\n\n${bye}\n${sign}${c.phone ? `\n${c.phone}` : ''}\n\n${rng.pick(SENT_FROM[lang])}\n\n${wrote}\n\n${quoted}\n`;
    return {
      draft: {
        from: { name: c.full, address: c.email as string },
        subject: `${t(lang, { en: 'Re', de: 'AW', fr: 'RE', es: 'RE' })}: ${quotedSubject}`,
        headers: [
          ['In-Reply-To', `<nl-${rng.hex(10)}@${biz.domain}>`],
          ['References', `<nl-${rng.hex(10)}@${biz.domain}>`],
        ],
        text,
      },
      others: [ctx.staff],
    };
  },
};

const OWA = {
  en: { from: 'From', sent: 'Sent', to: 'To', subject: 'Subject', days: 'Tuesday, 10 November 2026 09:41' },
  de: {
    from: 'Von',
    sent: 'Gesendet',
    to: 'An',
    subject: 'Betreff',
    days: 'Dienstag, 10. November 2026 09:41',
  },
  fr: { from: 'De', sent: 'Envoyé', to: 'À', subject: 'Objet', days: 'mardi 10 novembre 2026 09:41' },
  es: {
    from: 'De',
    sent: 'Enviado',
    to: 'Para',
    subject: 'Asunto',
    days: 'martes, 10 de noviembre de 2026 9:41',
  },
};

const owaForward: LeadLayout = {
  id: 'forward-owa-localized',
  description:
    'Outlook on the web forward in the office’s language ("De : / Envoyé : / À : / Objet :", "Von: / Gesendet: / An: / Betreff:"): a colleague’s note and signature with mobile, then the customer’s own email with greeting, words, sign-off, name and number',
  count: 14,
  needsEmail: true,
  noMessage: 0,
  build(ctx) {
    const { c, lang, biz, rng, staff } = ctx;
    const h = OWA[lang];
    const staffMobile = `+${rng.pick(['44 7700 900', '49 1512 34', '33 6 12 34 ', '34 600 12 '])}${rng.digits(3)}`;
    const note = t(lang, {
      en: 'Could someone pick this up today please? Came into my personal inbox.',
      de: 'Kann das bitte heute jemand übernehmen? Kam bei mir persönlich an.',
      fr: 'Quelqu’un peut-il reprendre cette demande aujourd’hui ? Elle est arrivée dans ma boîte perso.',
      es: '¿Alguien puede encargarse hoy? Me llegó a mi correo personal.',
    });
    const role = t(lang, {
      en: 'Office manager',
      de: 'Büroleitung',
      fr: 'Responsable administrative',
      es: 'Responsable de oficina',
    });
    const subj = t(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' });
    const hi = t(lang, {
      en: `Dear ${biz.name} team,`,
      de: 'Guten Tag,',
      fr: 'Madame, Monsieur,',
      es: 'Buenos días:',
    });
    const bye = t(lang, {
      en: 'Kind regards,',
      de: 'Mit freundlichen Grüßen',
      fr: 'Bien cordialement,',
      es: 'Atentamente,',
    });
    const custMail = `${hi}\n\n${ctx.message}\n\n${bye}\n${c.full}${c.phone ? `\n${c.phone}` : ''}`;
    const sig = `${staff}\n${role} | ${biz.name}\nM ${staffMobile}\n${biz.street}`;
    const fwdPrefix = t(lang, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' });
    const text = `${note}\n\n${sig}\n\n________________________________\n${h.from}: ${c.full} <${c.email}>\n${h.sent}: ${h.days}\n${h.to}: ${staff} <${staff.split(' ')[0]?.toLowerCase()}@${biz.domain}>\n${h.subject}: ${subj}\n\n${custMail}\n`;
    const colon = lang === 'fr' ? ' :' : ':';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">${esc(note)}</div>
<div id="Signature"><p style="font-size:10pt;color:#555">${escBr(sig)}</p></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${h.from}${colon}</b> ${esc(c.full)} &lt;${esc(c.email as string)}&gt;<br>
<b>${h.sent}${colon}</b> ${esc(h.days)}<br>
<b>${h.to}${colon}</b> ${esc(staff)}<br>
<b>${h.subject}${colon}</b> ${esc(subj)}</font><div>&nbsp;</div></div>
<div><div dir="ltr">${custMail
      .split('\n\n')
      .map((p) => `<div>${escBr(p)}</div><div><br></div>`)
      .join('\n')}</div></div>
</body></html>`;
    return {
      draft: {
        from: { name: staff, address: `${staff.split(' ')[0]?.toLowerCase()}@${biz.domain}` },
        to: [{ address: biz.inbox }],
        subject: `${fwdPrefix}: ${subj}`,
        text,
        html,
      },
      others: [staff],
    };
  },
};

const ALT_LABELS = {
  en: ['Your name', 'Email address', 'Phone number', 'How can we help?'],
  de: ['Ihr Name', 'E-Mail-Adresse', 'Telefonnummer', 'Wie können wir helfen?'],
  fr: ['Votre nom', 'Adresse e-mail', 'Numéro de téléphone', 'Comment pouvons-nous vous aider ?'],
  es: ['Su nombre', 'Correo electrónico', 'Número de teléfono', '¿En qué podemos ayudarle?'],
};

const imageAltLabels: LeadLayout = {
  id: 'image-alt-labels',
  description:
    'HTML-only notification from form builder "Formicon" whose labels are images (the words only in alt text) beside the values; logo, builder support phone and address in the footer',
  count: 14,
  build(ctx) {
    const { c, lang, biz } = ctx;
    const [nameL, mailL, phoneL, msgL] = ALT_LABELS[lang] as [string, string, string, string];
    const slug = (s: string) =>
      `https://cdn.formicon.example/labels/${lang}/${encodeURIComponent(s.toLowerCase().replace(/[^a-z]+/g, '-'))}.png`;
    const row = (label: string, value: string) =>
      `<tr><td style="padding:8px 12px;width:190px;vertical-align:top"><img src="${slug(label)}" alt="${esc(label)}" width="180" height="16" style="display:block;border:0"></td><td style="padding:8px 12px">${value}</td></tr>`;
    const rows = [
      row(nameL, esc(c.full)),
      row(mailL, c.email ? `<a href="mailto:${esc(c.email)}">${esc(c.email)}</a>` : ''),
      row(phoneL, esc(c.phone ?? '')),
      row(msgL, ctx.message ? escBr(ctx.message) : ''),
    ];
    const foot = t(lang, {
      en: 'Formicon Ltd · 5 Canal Walk, Leeds · +44 113 496 0750',
      de: 'Formicon GmbH · Am Hafen 2, Hamburg · +49 40 60 91 44 0',
      fr: 'Formicon SAS · 8 quai Perrache, Lyon · +33 4 26 78 31 00',
      es: 'Formicon S.L. · C/ Colón 4, Valencia · +34 963 53 10 20',
    });
    const html = page(
      `<table role="presentation" width="600" align="center" style="background:#fff;margin:20px auto;border-collapse:collapse">
<tr><td colspan="2" style="padding:16px"><img src="https://cdn.formicon.example/logo.png" alt="Formicon" width="120" height="30"></td></tr>
<tr><td colspan="2" style="padding:0 12px 12px"><img src="${slug(`new-entry-${biz.id}`)}" alt="${esc(t(lang, { en: 'New entry', de: 'Neuer Eintrag', fr: 'Nouvelle réponse', es: 'Nueva respuesta' }))}" width="300" height="24"></td></tr>
${rows.join('\n')}
<tr><td colspan="2" style="padding:16px;font-size:11px;color:#888">${esc(foot)}</td></tr>
</table>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Formicon', address: 'notify@formicon.example' },
        subject: t(lang, {
          en: `New entry: ${biz.name} contact form`,
          de: `Neuer Eintrag: Kontaktformular ${biz.name}`,
          fr: `Nouvelle réponse : formulaire de contact ${biz.name}`,
          es: `Nueva respuesta: formulario de contacto ${biz.name}`,
        }),
        html,
      },
    };
  },
};

const TWO_COL = {
  en: ['First name', 'Last name', 'Email', 'Phone', 'Your message', 'Preferred contact'],
  de: ['Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Ihre Nachricht', 'Bevorzugter Kontakt'],
  fr: ['Prénom', 'Nom', 'E-mail', 'Téléphone', 'Votre message', 'Contact préféré'],
  es: ['Nombre', 'Apellidos', 'Email', 'Teléfono', 'Su mensaje', 'Contacto preferido'],
};

const twoColumn: LeadLayout = {
  id: 'two-column-responsive',
  description:
    'responsive notification with two fields per row (first name | last name, email | phone) as inline-block columns with Outlook conditional tables, label above value in each column; text part stacks them',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const [fn, ln, em, ph, msg, pref] = TWO_COL[lang] as [string, string, string, string, string, string];
    const prefV = rng.pick(
      t(lang, {
        en: ['Phone', 'Email', 'Either'],
        de: ['Telefon', 'E-Mail', 'Egal'],
        fr: ['Téléphone', 'E-mail', 'Peu importe'],
        es: ['Teléfono', 'Email', 'Cualquiera'],
      }),
    );
    const col = (label: string, value: string) =>
      `<!--[if mso]><td width="280" valign="top"><![endif]--><div class="col" style="display:inline-block;width:100%;max-width:280px;vertical-align:top"><p style="margin:0;font-size:11px;color:#6b7280;text-transform:uppercase">${esc(label)}</p><p style="margin:2px 0 14px;font-size:15px">${value || '&nbsp;'}</p></div><!--[if mso]></td><![endif]-->`;
    const pair = (a: string, b: string) =>
      `<div style="font-size:0;text-align:left"><!--[if mso]><table role="presentation" width="560"><tr><![endif]-->${a}${b}<!--[if mso]></tr></table><![endif]--></div>`;
    const html = page(
      `<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px">
<h2 style="font-size:18px">${esc(t(lang, { en: 'New website enquiry', de: 'Neue Website-Anfrage', fr: 'Nouvelle demande du site', es: 'Nueva consulta web' }))}</h2>
${pair(col(fn, esc(c.first)), col(ln, esc(c.last ?? '')))}
${pair(col(em, esc(c.email ?? '')), col(ph, esc(c.phone ?? '')))}
${pair(col(pref, esc(prefV)), col('ID', `${rng.digits(4)}-${rng.digits(4)}`))}
<p style="margin:0;font-size:11px;color:#6b7280;text-transform:uppercase">${esc(msg)}</p><p style="margin:2px 0 14px;font-size:15px">${ctx.message ? escBr(ctx.message) : '&nbsp;'}</p>
<p style="font-size:11px;color:#999">${esc(biz.name)} · ${esc(biz.street)} · ${esc(biz.phone)}</p>
</div>`,
      lang,
    );
    const text = `${fn}\n${c.first}\n\n${ln}\n${dash(c.last)}\n\n${em}\n${dash(c.email)}\n\n${ph}\n${dash(c.phone)}\n\n${pref}\n${prefV}\n\n${msg}\n${dash(ctx.message)}\n\n${biz.name} · ${biz.street} · ${biz.phone}`;
    return {
      draft: {
        from: { name: `${biz.name} Website`, address: `website@${biz.domain}` },
        subject: t(lang, {
          en: 'Website enquiry',
          de: 'Anfrage über die Website',
          fr: 'Demande via le site',
          es: 'Consulta desde la web',
        }),
        text,
        html,
        primary: 'html',
      },
    };
  },
};

const TAB_LABELS = {
  en: ['Name', 'E-mail', 'Telephone', 'Enquiry type', 'Message', 'Submitted'],
  de: ['Name', 'E-Mail', 'Telefon', 'Art der Anfrage', 'Nachricht', 'Gesendet'],
  fr: ['Nom', 'Courriel', 'Téléphone', 'Type de demande', 'Message', 'Envoyé le'],
  es: ['Nombre', 'E-mail', 'Teléfono', 'Tipo de consulta', 'Mensaje', 'Enviado'],
};

const plainTabs: LeadLayout = {
  id: 'plain-tab-separated',
  description:
    'plain-text notification of a self-hosted form script: "Label:<TAB><TAB>value" lines, the message’s continuation lines indented with a tab, a submission timestamp and the server’s hostname',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const [nm, em, ph, ty, ms, sub] = TAB_LABELS[lang] as [string, string, string, string, string, string];
    const type = rng.pick(
      t(lang, {
        en: ['Quote', 'General question', 'Booking'],
        de: ['Angebot', 'Allgemeine Frage', 'Buchung'],
        fr: ['Devis', 'Question générale', 'Réservation'],
        es: ['Presupuesto', 'Pregunta general', 'Reserva'],
      }),
    );
    const msgLines = (ctx.message ?? '').split('\n');
    const lines = [
      `${nm}:\t\t${c.full}`,
      `${em}:\t\t${c.email ?? ''}`,
      `${ph}:\t${c.phone ?? ''}`,
      `${ty}:\t${type}`,
      `${ms}:\t${msgLines[0] ?? ''}`,
      ...msgLines.slice(1).map((l) => `\t\t${l}`),
      '',
      `${sub}:\t${today(ctx)} ${time(ctx)}`,
      `Host:\t\tweb${rng.int(1, 4)}.${biz.domain}`,
      `IP:\t\t${rng.int(80, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    ];
    return {
      draft: {
        from: { address: `www-data@web${rng.int(1, 4)}.${biz.domain}` },
        subject: t(lang, {
          en: 'Form submission',
          de: 'Formular-Eingang',
          fr: 'Envoi de formulaire',
          es: 'Envío de formulario',
        }),
        text: lines.join('\n'),
      },
    };
  },
};

const RIGHT = {
  en: ['Reference', 'Customer', 'Email', 'Phone', 'Received', 'Customer comments'],
  de: ['Vorgang', 'Kunde', 'E-Mail', 'Telefon', 'Eingang', 'Bemerkungen des Kunden'],
  fr: ['Référence', 'Client', 'E-mail', 'Téléphone', 'Reçu le', 'Commentaires du client'],
  es: ['Referencia', 'Cliente', 'Email', 'Teléfono', 'Recibido', 'Comentarios del cliente'],
};

const rightAligned: LeadLayout = {
  id: 'right-aligned-columns',
  description:
    'plain-text report from a booking back office: labels on the left, values right-aligned to column 64, the surname in capitals, a reference in phone-like digit groups, the comments below a rule',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const [ref, cust, em, ph, rec, com] = RIGHT[lang] as [string, string, string, string, string, string];
    const caps = capsLast(ctx);
    const shown = `${c.first} ${caps}`;
    const right = (k: string, v: string) => `${k}${' '.repeat(Math.max(2, 64 - k.length - v.length))}${v}`;
    const rows = [
      right(ref, `${rng.digits(4)} ${rng.digits(3)} ${rng.digits(3)}`),
      right(cust, shown),
      right(em, c.email ?? '—'),
      right(ph, c.phone ?? '—'),
      right(rec, `${today(ctx)} ${time(ctx)}`),
    ];
    const rule = '-'.repeat(64);
    const head = `${biz.name.toUpperCase()}\n${biz.street} · ${biz.phone}\n${rule}`;
    const text = `${head}\n${rows.join('\n')}\n${rule}\n${com}:\n${ctx.message ?? '—'}\n${rule}\n`;
    return {
      draft: {
        from: { name: 'Backoffice', address: `backoffice@${biz.domain}` },
        subject: `${ref} ${c.first} ${caps}`,
        text,
      },
      pii: [shown, caps],
    };
  },
};

export const LAYOUTS_A = [
  summarySentence,
  replyToOnly,
  mobileReply,
  owaForward,
  imageAltLabels,
  twoColumn,
  plainTabs,
  rightAligned,
];
