/** Lead layouts carried by attachments, forwards and reply chains: the customer is never the sender. */

import {
  byLang,
  contactRows,
  esc,
  fullShown,
  htmlDoc,
  htmlValue,
  paragraphsHtml,
  type Row,
  shown,
  textRows,
  WORDS,
} from './kit.js';
import { type Address, canEncode, formatAddress, type MimeNode, renderMessage } from './mime.js';
import type { Draft, LeadCtx, LeadLayout } from './model.js';
import type { Lang } from './people.js';

function staffSignature(ctx: LeadCtx): string {
  const { staff, biz } = ctx;
  return `-- \n${staff.name}\n${staff.title} | ${biz.name}\n${byLang('M', 'Mobil', 'Tél.', 'Tel.')[ctx.lang]}: ${staff.phone}\n${staff.email}`;
}

const SIGNOFF = byLang(
  ['Best regards,', 'Thanks,', 'Cheers,'],
  ['Viele Grüße', 'Beste Grüße', 'Mit freundlichen Grüßen'],
  ['Cordialement,', 'Bien à vous,', 'Merci,'],
  ['Saludos,', 'Un saludo,', 'Atentamente,'],
);

/** A personal email from the customer: their prose, a sign-off, their name and maybe their number. */
function personalEmail(ctx: LeadCtx): { body: string; subject: string } {
  const lines = [ctx.message ?? '', '', ctx.rng.pick(SIGNOFF[ctx.lang]), fullShown(ctx)];
  if (ctx.phone) lines.push(ctx.phone);
  const subject = byLang(
    ['Enquiry', 'Question about your services', 'Viewing request'],
    ['Anfrage', 'Frage zu Ihrem Angebot'],
    ['Demande de renseignements', 'Question'],
    ['Consulta', 'Solicitud de información'],
  )[ctx.lang];
  return { body: lines.join('\n'), subject: ctx.rng.pick(subject) };
}

const customerAddress = (ctx: LeadCtx): Address => ({
  name: shown(ctx, ctx.person.full),
  address: ctx.person.email,
});
const staffAddress = (ctx: LeadCtx): Address => ({ name: ctx.staff.name, address: ctx.staff.email });

const DATES = byLang(
  'Tue, 3 Nov 2026 at 09:14',
  'Di., 3. Nov. 2026 um 09:14',
  'mar. 3 nov. 2026 à 09:14',
  'mar, 3 nov 2026 a las 9:14',
);

const FWD_NOTES = byLang(
  ['FYI – lead from my inbox, please log it.', 'Came to my personal address, can someone pick this up?'],
  ['Zur Info, bitte als Anfrage erfassen.', 'Kam bei mir an, bitte übernehmen.'],
  ['Pour info, merci de saisir ce contact.', "Reçu sur ma boîte, quelqu'un peut rappeler ?"],
  ['Para vuestra información, registradlo por favor.', 'Me llegó a mí, ¿alguien lo gestiona?'],
);

/** A form notification as plain text, used inside forwards. */
function formNotice(ctx: LeadCtx): { body: string; from: Address; subject: string } {
  const rows = contactRows(ctx, WORDS[ctx.lang], 'full');
  return {
    body: `${textRows(rows)}\n\n--\nSent by Formulo · help@formulo.example · +1 (415) 555-0142`,
    from: { name: 'Formulo', address: 'no-reply@formulo.example' },
    subject: byLang(
      'New submission: Contact us',
      'Neue Einsendung: Kontaktformular',
      'Nouvelle réponse : formulaire de contact',
      'Nuevo envío: formulario de contacto',
    )[ctx.lang],
  };
}

function inner(ctx: LeadCtx, personal: boolean): { body: string; from: Address; subject: string } {
  if (personal && ctx.message !== null) {
    const p = personalEmail(ctx);
    return { body: p.body, from: customerAddress(ctx), subject: p.subject };
  }
  return formNotice(ctx);
}

function gmailHeader(lang: Lang, from: Address, subject: string, to: Address): string {
  const t = byLang(
    ['---------- Forwarded message ---------', 'From', 'Date', 'Subject', 'To'],
    ['---------- Weitergeleitete Nachricht ---------', 'Von', 'Date', 'Subject', 'To'],
    ['---------- Message transféré ---------', 'De', 'Date', 'Subject', 'To'],
    ['---------- Mensaje reenviado ---------', 'De', 'Date', 'Subject', 'To'],
  )[lang];
  return `${t[0]}\n${t[1]}: ${formatPlain(from)}\n${t[2]}: ${DATES[lang]}\n${t[3]}: ${subject}\n${t[4]}: ${formatPlain(to)}`;
}

function outlookHeader(lang: Lang, from: Address, subject: string, to: Address): string {
  const t = byLang(
    ['-----Original Message-----', 'From', 'Sent', 'To', 'Subject'],
    ['-----Ursprüngliche Nachricht-----', 'Von', 'Gesendet', 'An', 'Betreff'],
    ["-----Message d'origine-----", 'De ', 'Envoyé ', 'À ', 'Objet '],
    ['-----Mensaje original-----', 'De', 'Enviado el', 'Para', 'Asunto'],
  )[lang];
  return `${t[0]}\n${t[1]}: ${formatPlain(from)}\n${t[2]}: ${DATES[lang]}\n${t[3]}: ${formatPlain(to)}\n${t[4]}: ${subject}`;
}

function formatPlain(a: Address): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

const FWD = byLang('Fwd', 'WG', 'TR', 'RV');

const fwdGmail: LeadLayout = {
  id: 'forward-gmail',
  description:
    "Gmail forward (localised header block, gmail_quote HTML) of the customer's personal email; forwarder's signature with mobile",
  count: 14,
  needsEmail: true,
  build(ctx) {
    const { lang } = ctx;
    const inn = inner(ctx, true);
    const note = ctx.rng.pick(FWD_NOTES[lang]);
    const header = gmailHeader(lang, inn.from, inn.subject, staffAddress(ctx));
    const text = `${note}\n\n${staffSignature(ctx)}\n\n${header}\n\n${inn.body}\n`;
    const html = htmlDoc(
      `<div dir="ltr">${esc(note)}<br clear="all"><br>-- <br><div class="gmail_signature">${htmlValue(staffSignature(ctx).slice(4))}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${htmlValue(header).replace(esc(formatPlain(inn.from)), `<strong class="gmail_sendername" dir="auto">${esc(inn.from.name ?? '')}</strong> <span dir="auto">&lt;<a href="mailto:${esc(inn.from.address)}">${esc(inn.from.address)}</a>&gt;</span>`)}<br></div><br><br>${paragraphsHtml(inn.body)}</div></div>`,
    );
    return {
      draft: {
        from: staffAddress(ctx),
        subject: `${FWD[lang]}: ${inn.subject}`,
        text,
        html,
        primary: 'text',
      },
      others: [ctx.staff.name],
    };
  },
};

const APPLE = byLang(
  'Begin forwarded message:',
  'Anfang der weitergeleiteten Nachricht:',
  'Début du message réexpédié :',
  'Inicio del mensaje reenviado:',
);
const APPLE_FIELDS = byLang(
  ['From', 'Subject', 'Date', 'To'],
  ['Von', 'Betreff', 'Datum', 'An'],
  ['De', 'Objet', 'Date', 'À'],
  ['De', 'Asunto', 'Fecha', 'Para'],
);

const fwdApple: LeadLayout = {
  id: 'forward-apple-mail',
  description:
    'Apple Mail forward ("Begin forwarded message:", localised) of a form notification or a personal email, sent from an iPhone',
  count: 12,
  build(ctx) {
    const { lang, rng } = ctx;
    const inn = inner(ctx, ctx.hasEmail && rng.chance(0.4));
    const f = APPLE_FIELDS[lang];
    const text = `${byLang('Sent from my iPhone', 'Von meinem iPhone gesendet', 'Envoyé de mon iPhone', 'Enviado desde mi iPhone')[lang]}\n\n${APPLE[lang]}\n\n${f[0]}: ${formatPlain(inn.from)}\n${f[1]}: ${inn.subject}\n${f[2]}: ${DATES[lang]}\n${f[3]}: ${formatPlain(staffAddress(ctx))}\n\n${inn.body}\n`;
    return { draft: { from: staffAddress(ctx), subject: `${FWD[lang]}: ${inn.subject}`, text } };
  },
};

const fwdOutlook: LeadLayout = {
  id: 'forward-outlook-classic',
  description:
    'classic Outlook forward ("-----Original Message-----", localised From/Sent/To/Subject) of a personal email; forwarder signature',
  count: 12,
  needsEmail: true,
  build(ctx) {
    const inn = inner(ctx, true);
    const text = `${ctx.rng.pick(FWD_NOTES[ctx.lang])}\n\n${ctx.staff.name}\n${ctx.staff.title}\nTel: ${ctx.staff.phone}\n\n${outlookHeader(ctx.lang, inn.from, inn.subject, staffAddress(ctx))}\n\n${inn.body}\n`;
    return {
      draft: {
        from: staffAddress(ctx),
        subject: `${byLang('FW', 'WG', 'TR', 'RV')[ctx.lang]}: ${inn.subject}`,
        text,
      },
      others: [ctx.staff.name],
    };
  },
};

const fwdNewOutlook: LeadLayout = {
  id: 'forward-outlook-new',
  description:
    'new Outlook / OWA forward: HTML divRplyFwdMsg block with <b>From:</b> lines under a rule; text part with the underscore line',
  count: 12,
  build(ctx) {
    const { lang, rng } = ctx;
    const inn = inner(ctx, ctx.hasEmail && rng.chance(0.5));
    const t = byLang(
      ['From', 'Sent', 'To', 'Subject'],
      ['Von', 'Gesendet', 'An', 'Betreff'],
      ['De', 'Envoyé', 'À', 'Objet'],
      ['De', 'Enviado', 'Para', 'Asunto'],
    )[lang];
    const note = rng.pick(FWD_NOTES[lang]);
    const lines: [string, string][] = [
      [t[0], formatPlain(inn.from)],
      [t[1], DATES[lang]],
      [t[2], formatPlain(staffAddress(ctx))],
      [t[3], inn.subject],
    ];
    const text = `${note}\n\n${ctx.staff.name} | ${ctx.staff.phone}\n\n________________________________\n${lines.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${inn.body}\n`;
    const html = htmlDoc(
      `<div style="font-family:Aptos,sans-serif">${esc(note)}</div>\n<div>${esc(ctx.staff.name)} | ${esc(ctx.staff.phone)}</div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${lines.map(([k, v]) => `<b>${esc(k)}:</b> ${esc(v)}`).join('<br>\n')}</font>\n<div>&nbsp;</div></div>\n<div>${paragraphsHtml(inn.body)}</div>`,
    );
    return {
      draft: {
        from: staffAddress(ctx),
        subject: `${byLang('FW', 'WG', 'TR', 'RE')[lang]}: ${inn.subject}`,
        text,
        html,
        primary: 'html',
      },
      others: [ctx.staff.name],
    };
  },
};

const COLLEAGUE = {
  name: 'Priyanka Desai',
  address: 'p.desai@frontdesk-mail.example',
  phone: '+1 (416) 555-0163',
};

const fwdOfFwd: LeadLayout = {
  id: 'forward-of-forward',
  description:
    'a forward of a forward: Outlook header block around a Gmail forward of the customer email; two employee signatures',
  count: 12,
  needsEmail: true,
  build(ctx) {
    const { lang } = ctx;
    const inn = inner(ctx, true);
    const colleague: Address = { name: COLLEAGUE.name, address: COLLEAGUE.address };
    const middle = `${byLang('Can you forward to the leads inbox?', 'Kannst du das ans Anfragen-Postfach schicken?', 'Tu peux transférer à la boîte prospects ?', '¿Puedes reenviarlo al buzón de leads?')[lang]}\n\n${COLLEAGUE.name}\n${COLLEAGUE.phone}\n\n${gmailHeader(lang, inn.from, inn.subject, colleague)}\n\n${inn.body}`;
    const text = `${ctx.rng.pick(FWD_NOTES[lang])}\n\n${staffSignature(ctx)}\n\n${outlookHeader(lang, colleague, `${FWD[lang]}: ${inn.subject}`, staffAddress(ctx))}\n\n${middle}\n`;
    return {
      draft: { from: staffAddress(ctx), subject: `FW: ${FWD[lang]}: ${inn.subject}`, text },
      others: [ctx.staff.name, COLLEAGUE.name],
    };
  },
};

const fwdAttached: LeadLayout = {
  id: 'forward-as-attachment',
  description:
    'forward as attachment: a short note plus the original form notification as a message/rfc822 part (.eml)',
  count: 12,
  build(ctx) {
    const { lang, rng } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const innerHtml = htmlDoc(
      `<table>${rows.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${htmlValue(v)}</td></tr>`).join('\n')}</table>\n<p>Formulo · help@formulo.example · +1 (415) 555-0142</p>`,
    );
    const subject = byLang(
      'New submission: Request a callback',
      'Neue Einsendung: Rückruf anfordern',
      'Nouvelle réponse : être rappelé',
      'Nuevo envío: solicitar llamada',
    )[lang];
    const raw = renderMessage(
      [
        ['From', formatAddress({ name: 'Formulo', address: 'no-reply@formulo.example' })],
        ['To', formatAddress(staffAddress(ctx))],
        ['Subject', subject],
        ['Date', 'Tue, 03 Nov 2026 09:14:00 +0000'],
        ['Message-ID', `<inner-${ctx.n}@formulo.example>`],
      ],
      {
        kind: 'leaf',
        contentType: 'text/html',
        charset: 'utf-8',
        encoding: 'quoted-printable',
        content: innerHtml,
      },
    );
    const attachment: MimeNode = {
      kind: 'message',
      raw,
      filename: `${subject.replace(/[^\p{L}\p{N} ]/gu, '')}.eml`,
    };
    return {
      draft: {
        from: staffAddress(ctx),
        subject: `${FWD[lang]}: ${subject}`,
        text: `${rng.pick(FWD_NOTES[lang])}\n\n${staffSignature(ctx)}\n`,
        attachments: [attachment],
      },
      others: [ctx.staff.name],
    };
  },
};

const REPLY_BODY = byLang(
  (first: string) =>
    `Hi ${first},\n\nthanks for getting in touch! I have copied our enquiries desk so this gets logged, and I will call you tomorrow morning.`,
  (first: string) =>
    `Hallo ${first},\n\nvielen Dank für Ihre Nachricht! Ich habe unser Anfragen-Postfach in Kopie gesetzt und melde mich morgen früh.`,
  (first: string) =>
    `Bonjour ${first},\n\nmerci pour votre message ! Je mets notre service commercial en copie et je vous rappelle demain matin.`,
  (first: string) =>
    `Hola ${first}:\n\n¡gracias por escribirnos! Pongo en copia a nuestro buzón de consultas y le llamo mañana por la mañana.`,
);

function attribution(ctx: LeadCtx): string {
  const who = `${shown(ctx, ctx.person.full)} <${ctx.person.email}>`;
  return byLang(
    `On ${DATES.en}, ${who} wrote:`,
    `Am ${DATES.de} schrieb ${who}:`,
    `Le ${DATES.fr}, ${who} a écrit :`,
    `El ${DATES.es}, ${who} escribió:`,
  )[ctx.lang];
}

const replyChain: LeadLayout = {
  id: 'reply-chain-quoted',
  description:
    "an employee's reply (with signature and direct phone) above the customer's quoted enquiry; leads inbox in Cc",
  count: 14,
  needsEmail: true,
  build(ctx) {
    const p = personalEmail(ctx);
    const quoted = p.body
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const text = `${REPLY_BODY[ctx.lang](ctx.person.first)}\n\n${staffSignature(ctx)}\n\n${attribution(ctx)}\n${quoted}\n`;
    const customerMsgId = `<CAF${ctx.rng.digits(10)}@${ctx.person.email.split('@')[1]}>`;
    return {
      draft: {
        from: staffAddress(ctx),
        to: [customerAddress(ctx)],
        cc: [{ address: ctx.biz.inbound }],
        subject: `${byLang('Re', 'AW', 'RE', 'RE')[ctx.lang]}: ${p.subject}`,
        headers: [
          ['In-Reply-To', customerMsgId],
          ['References', customerMsgId],
        ],
        text,
      },
      others: [ctx.staff.name],
    };
  },
};

const ADF_VEHICLES = ['Kestrel', 'Orbis', 'Valta', 'Monsoon'];

const adf: LeadLayout = {
  id: 'adf-xml',
  description:
    'ADF/XML lead (body or .xml attachment) with the vendor contact (salesperson) and the provider (lead site) contact beside the customer',
  count: 12,
  sector: 'car',
  build(ctx) {
    const { rng, person, staff, biz } = ctx;
    const x = (s: string) => esc(s);
    const name = person.last
      ? `<name part="first">${x(shown(ctx, person.first))}</name>\n<name part="last">${x(shown(ctx, person.last))}</name>`
      : `<name part="full">${x(shown(ctx, person.first))}</name>`;
    const contact = [
      name,
      ctx.hasEmail ? `<email>${x(person.email)}</email>` : '',
      ctx.phone ? `<phone type="voice">${x(ctx.phone)}</phone>` : '',
    ]
      .filter(Boolean)
      .join('\n');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>\n<prospect status="new">\n<id sequence="1" source="AutoLeadHub">${rng.digits(8)}</id>\n<requestdate>2026-11-03T09:14:00+00:00</requestdate>\n<vehicle interest="buy" status="used">\n<year>${rng.int(2018, 2024)}</year>\n<make>Norda</make>\n<model>${rng.pick(ADF_VEHICLES)}</model>\n</vehicle>\n<customer>\n<contact>\n${contact}\n</contact>\n${ctx.message ? `<comments>${x(ctx.message)}</comments>\n` : ''}</customer>\n<vendor>\n<vendorname>${x(biz.name)}</vendorname>\n<contact primarycontact="1">\n<name part="full">${x(staff.name)}</name>\n<email>${x(staff.email)}</email>\n<phone>${x(staff.phone)}</phone>\n</contact>\n</vendor>\n<provider>\n<name part="full">AutoLeadHub</name>\n<email>support@autoleadhub.example</email>\n<phone>+1 312 555 0190</phone>\n</provider>\n</prospect>\n</adf>\n`;
    const asAttachment = rng.chance(0.5);
    const draft: Draft = {
      from: { name: 'AutoLeadHub', address: 'adf@autoleadhub.example' },
      subject: `ADF lead ${rng.digits(6)}`,
    };
    if (asAttachment) {
      draft.text = byLang(
        'New lead attached (ADF).',
        'Neuer Lead im Anhang (ADF).',
        'Nouveau prospect en pièce jointe (ADF).',
        'Nuevo prospecto adjunto (ADF).',
      )[ctx.lang];
      draft.attachments = [
        {
          kind: 'leaf',
          contentType: 'application/xml',
          charset: 'utf-8',
          encoding: 'base64',
          content: xml,
          filename: 'lead.xml',
        },
      ];
    } else draft.text = xml;
    return { draft, expected: { source: 'adf_xml' }, others: [staff.name] };
  },
};

function csvCell(v: string, sep: string): string {
  return /["\n\r]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v;
}

const CSV_HEAD = byLang(
  ['Submitted', 'First Name', 'Last Name', 'Email', 'Phone', 'Message', 'Source page'],
  ['Eingang', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Nachricht', 'Quellseite'],
  ['Reçu le', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Message', 'Page source'],
  ['Recibido', 'Nombre', 'Apellidos', 'Correo', 'Teléfono', 'Mensaje', 'Página de origen'],
);

const csv: LeadLayout = {
  id: 'csv-attachment',
  description:
    "lead export as a CSV attachment (header row + one row; semicolons for de/fr/es); body holds only the export tool's boilerplate and support phone",
  count: 12,
  build(ctx) {
    const { lang, person, biz } = ctx;
    const sep = lang === 'en' ? ',' : ';';
    const values = [
      '2026-11-03 09:14',
      shown(ctx, person.first),
      person.last ? shown(ctx, person.last) : '',
      ctx.hasEmail ? person.email : '',
      ctx.phone ?? '',
      ctx.message ?? '',
      `https://www.${biz.domain}/contact`,
    ];
    const content = `${CSV_HEAD[lang].map((h) => csvCell(h, sep)).join(sep)}\r\n${values.map((v) => csvCell(v, sep)).join(sep)}\r\n`;
    return {
      draft: {
        from: { name: 'Leadsheet', address: 'exports@leadsheet.example' },
        subject: byLang(
          'Your lead export (1 new lead)',
          'Ihr Lead-Export (1 neuer Lead)',
          'Votre export de prospects (1 nouveau)',
          'Su exportación de prospectos (1 nuevo)',
        )[lang],
        text: byLang(
          'Your scheduled export is attached.\n\nQuestions? Leadsheet support: support@leadsheet.example, +1 (646) 555-0135.',
          'Ihr geplanter Export ist angehängt.\n\nFragen? Leadsheet-Support: support@leadsheet.example, +1 (646) 555-0135.',
          'Votre export programmé est en pièce jointe.\n\nDes questions ? Support Leadsheet : support@leadsheet.example, +1 (646) 555-0135.',
          'Adjuntamos su exportación programada.\n\n¿Dudas? Soporte de Leadsheet: support@leadsheet.example, +1 (646) 555-0135.',
        )[lang],
        attachments: [
          {
            kind: 'leaf',
            contentType: 'text/csv',
            charset: 'utf-8',
            encoding: ctx.rng.pick(['base64', 'quoted-printable'] as const),
            content,
            filename: 'leads-2026-11-03.csv',
          },
        ],
      },
    };
  },
};

function vcfEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

function vcfFold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 74) {
    out.push(rest.slice(0, 74));
    rest = ` ${rest.slice(74)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

const vcard: LeadLayout = {
  id: 'vcard-attachment',
  description:
    "website chat hand-off: the visitor's contact card as a .vcf attachment (message in NOTE); chat operator named in the body",
  count: 12,
  build(ctx) {
    const { person, staff, lang } = ctx;
    const lines = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vcfEscape(person.last ?? '')};${vcfEscape(person.first)};;;`,
      `FN:${vcfEscape(person.full)}`,
    ];
    if (ctx.hasEmail) lines.push(`EMAIL;TYPE=INTERNET:${person.email}`);
    if (ctx.phone) lines.push(`TEL;TYPE=CELL:${ctx.phone}`);
    if (ctx.message) lines.push(`NOTE:${vcfEscape(ctx.message)}`);
    lines.push('END:VCARD');
    const content = `${lines.map(vcfFold).join('\r\n')}\r\n`;
    return {
      draft: {
        from: { name: 'Chatterbox', address: 'handoff@chatterbox.example' },
        subject: byLang(
          'Chat hand-off: visitor left their details',
          'Chat-Übergabe: Besucher hat Kontaktdaten hinterlassen',
          'Transfert de chat : coordonnées du visiteur',
          'Traspaso de chat: el visitante dejó sus datos',
        )[lang],
        text: byLang(
          `The visitor's contact card is attached.\nOperator on duty: ${staff.name} (${staff.email}, ${staff.phone})`,
          `Die Kontaktkarte des Besuchers hängt an.\nDiensthabend: ${staff.name} (${staff.email}, ${staff.phone})`,
          `La fiche contact du visiteur est jointe.\nOpérateur : ${staff.name} (${staff.email}, ${staff.phone})`,
          `Adjuntamos la tarjeta de contacto del visitante.\nOperador: ${staff.name} (${staff.email}, ${staff.phone})`,
        )[lang],
        attachments: [
          {
            kind: 'leaf',
            contentType: 'text/vcard',
            charset: 'utf-8',
            encoding: 'quoted-printable',
            content,
            filename: `${person.first.normalize('NFD').replace(/[^A-Za-z]/g, '') || 'contact'}.vcf`,
          },
        ],
      },
      others: [staff.name],
    };
  },
};

const txt: LeadLayout = {
  id: 'txt-attachment',
  description:
    'trade-show kiosk: the lead as a .txt attachment of "Label: value" lines (Latin-1 or UTF-8); body is boilerplate',
  count: 12,
  build(ctx) {
    const { lang, rng } = ctx;
    const rows: Row[] = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const content = `${textRows(rows)}\r\n`;
    const charset = canEncode(content, 'iso-8859-1') && rng.chance(0.5) ? 'iso-8859-1' : 'utf-8';
    return {
      draft: {
        from: { name: 'KioskCapture', address: 'kiosk@kioskcapture.example' },
        subject: byLang(
          'Badge scan / visitor form',
          'Besucherformular vom Messestand',
          'Formulaire visiteur du salon',
          'Formulario de visitante de la feria',
        )[lang],
        text: byLang(
          'See attached file.\nKioskCapture – device 7, hall B',
          'Siehe Anhang.\nKioskCapture – Gerät 7, Halle B',
          'Voir fichier joint.\nKioskCapture – borne 7, hall B',
          'Ver archivo adjunto.\nKioskCapture – terminal 7, pabellón B',
        )[lang],
        attachments: [
          {
            kind: 'leaf',
            contentType: 'text/plain',
            charset,
            encoding: 'base64',
            content,
            filename: 'visitor.txt',
          },
        ],
      },
    };
  },
};

export const MAIL_LAYOUTS: LeadLayout[] = [
  fwdGmail,
  fwdApple,
  fwdOutlook,
  fwdNewOutlook,
  fwdOfFwd,
  fwdAttached,
  replyChain,
  adf,
  csv,
  vcard,
  txt,
];
