/** Lead layouts that are forwards, forwards of forwards, forwarded .eml files and reply chains. */
import { formatAddress, serialize, textPart } from './mime.js';
import type { LeadCtx, LeadLayout } from './types.js';
import { date, esc, full, paras, pick4 } from './util.js';

const greet = (c: LeadCtx) =>
  pick4(c.lang, { en: 'Good afternoon,', de: 'Hallo,', fr: 'Bonjour,', es: 'Buenas tardes:' });
const signoff = (c: LeadCtx) =>
  pick4(c.lang, {
    en: 'Thanks in advance,',
    de: 'Vielen Dank und viele Grüße',
    fr: 'Merci d’avance,',
    es: 'Gracias de antemano,',
  });
const fallback = (c: LeadCtx): readonly string[] =>
  pick4(c.lang, {
    en: ['Could you send me a price when you have a moment?'],
    de: ['Könnten Sie mir bei Gelegenheit einen Preis nennen?'],
    fr: ['Pourriez-vous m’envoyer un prix quand vous aurez un moment ?'],
    es: ['¿Me podrían pasar un precio cuando tengan un momento?'],
  });

/** 14 — classic-Outlook forward of a <strong>Label:</strong> value<br> notification. */
export const fwdOutlookStrongBr: LeadLayout = {
  id: 'fwd-outlook-classic-strong-br',
  description:
    'a staff member forwards from classic Outlook (HTML with text) the website\'s notification: their one-line note and signature with direct line on top, the localised "-----Original Message-----" block (From/Sent/To/Subject), then the notification as <strong>Label:</strong> value<br> lines (name, e-mail, phone, message with paragraphs) and the site\'s footer',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        '-----Original Message-----',
        'From',
        'Sent',
        'To',
        'Subject',
        'Name',
        'E-mail',
        'Telephone',
        'Message',
        'Can you call this one back? I am out until Thursday.',
        'Contact form',
        'FW',
      ],
      de: [
        '-----Ursprüngliche Nachricht-----',
        'Von',
        'Gesendet',
        'An',
        'Betreff',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Kannst du hier zurückrufen? Ich bin bis Donnerstag weg.',
        'Kontaktformular',
        'WG',
      ],
      fr: [
        '-----Message d’origine-----',
        'De',
        'Envoyé',
        'À',
        'Objet',
        'Nom',
        'Courriel',
        'Téléphone',
        'Message',
        'Tu peux rappeler ce contact ? Je suis absent jusqu’à jeudi.',
        'Formulaire de contact',
        'TR',
      ],
      es: [
        '-----Mensaje original-----',
        'De',
        'Enviado el',
        'Para',
        'Asunto',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        '¿Puedes devolver esta llamada? No estoy hasta el jueves.',
        'Formulario de contacto',
        'RV',
      ],
    });
    const subj = `${L[10]} — ${c.biz.name}`;
    const fields: [string, string][] = [[L[5], full(c)]];
    if (c.hasEmail) fields.push([L[6], c.person.email]);
    if (c.phone) fields.push([L[7], c.phone]);
    const sig = `${c.staff.name}\n${c.biz.name}\n${c.staff.phone}`;
    const hdr: [string, string][] = [
      [L[1], `${c.biz.name} Website <web@${c.biz.domain}>`],
      [L[2], date(c.rng, c.lang)],
      [L[3], c.biz.inbox],
      [L[4], subj],
    ];
    const html = `<p>${esc(L[9])}</p><p>${esc(sig).replace(/\n/g, '<br>')}</p>
<div style="border-top:1px solid #ccc"><p>${esc(L[0])}<br>${hdr.map(([k, v]) => `<b>${esc(k)}:</b> ${esc(v)}`).join('<br>')}</p>
<p>${fields.map(([k, v]) => `<strong>${esc(k)}:</strong> ${esc(v)}<br>`).join('\n')}
${c.msg ? `<strong>${esc(L[8])}:</strong><br>${c.msg.map(esc).join('<br><br>')}` : ''}</p>
<p style="color:#999">— ${esc(c.biz.name)} · ${c.biz.domain}</p></div>`;
    const text = `${L[9]}\n\n${sig}\n\n${L[0]}\n${hdr.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${c.msg ? `${L[8]}:\n${paras(c.msg)}\n` : ''}\n— ${c.biz.name} · ${c.biz.domain}\n`;
    return {
      draft: {
        from: { name: c.staff.name, email: c.staff.email },
        subject: `${L[11]}: ${subj}`,
        html,
        text,
        primary: 'html',
      },
      others: [c.staff.name],
    };
  },
};

/** 15 — Gmail forward of an Apple Mail forward of the customer's own letter. */
export const fwdGmailOfApple: LeadLayout = {
  id: 'fwd-gmail-of-apple-personal-letter',
  description:
    'forward of a forward in plain text: the owner forwards from Gmail ("---------- Forwarded message ---------") what a colleague had forwarded from Apple Mail (localised "Begin forwarded message:" with From/Subject/Date/To), whose inner message is the customer\'s own letter: greeting, prose, sign-off, full name and a phone line; the customer\'s address appears only in the inner From line',
  needsEmail: true,
  build(c) {
    const L = pick4(c.lang, {
      en: [
        '---------- Forwarded message ---------',
        'Begin forwarded message:',
        'From',
        'Date',
        'Subject',
        'To',
        'Phone',
        'Fwd',
        'Adding to the shared inbox so it does not get lost.',
        'Came to my own address, can you deal with it?',
      ],
      de: [
        '---------- Weitergeleitete Nachricht ---------',
        'Anfang der weitergeleiteten Nachricht:',
        'Von',
        'Datum',
        'Betreff',
        'An',
        'Tel.',
        'Fwd',
        'Lege ich ins Sammelpostfach, damit es nicht untergeht.',
        'Kam an meine eigene Adresse, kannst du das übernehmen?',
      ],
      fr: [
        '---------- Message transféré ---------',
        'Début du message réexpédié :',
        'De',
        'Date',
        'Objet',
        'À',
        'Tél.',
        'Fwd',
        'Je le mets dans la boîte commune pour ne pas le perdre.',
        'Arrivé sur mon adresse perso, tu peux t’en occuper ?',
      ],
      es: [
        '---------- Mensaje reenviado ---------',
        'Inicio del mensaje reenviado:',
        'De',
        'Fecha',
        'Asunto',
        'Para',
        'Tel.',
        'Fwd',
        'Lo paso al buzón común para que no se pierda.',
        'Me llegó a mi correo, ¿te encargas tú?',
      ],
    });
    const owner = c.biz.staff[0] ?? c.staff;
    const colleague = c.biz.staff[1] ?? c.staff;
    const body = c.msg ?? fallback(c);
    const subj = pick4(c.lang, { en: 'Question', de: 'Frage', fr: 'Question', es: 'Consulta' });
    const letter = `${greet(c)}\n\n${paras(body)}\n\n${signoff(c)}\n${full(c)}${c.phone ? `\n${L[6]} ${c.phone}` : ''}`;
    const apple = `${L[9]}\n\n${L[1]}\n\n${L[2]}: ${full(c)} <${c.person.email}>\n${L[4]}: ${subj}\n${L[3]}: ${date(c.rng, c.lang)}\n${L[5]}: ${colleague.name} <${colleague.email}>\n\n${letter}`;
    const text = `${L[8]}\n\n${L[0]}\n${L[2]}: ${colleague.name} <${colleague.email}>\n${L[3]}: ${date(c.rng, c.lang)}\n${L[4]}: Fwd: ${subj}\n${L[5]}: ${owner.name} <${owner.email}>\n\n${apple}\n`;
    return {
      draft: { from: { name: owner.name, email: owner.email }, subject: `${L[7]}: Fwd: ${subj}`, text },
      expected: { message: paras(body) },
      others: [owner.name, colleague.name],
    };
  },
};

/** 16 — a staff member forwards the site's HTML notification as an attached .eml. */
export const fwdEmlHtmlForm: LeadLayout = {
  id: 'fwd-eml-att-html-table-form',
  description:
    'a staff member forwards the website\'s notification "as attachment" (plain note with signature and direct line); inside the .eml the notification is HTML only, sent by the site\'s no-reply address with the customer in Reply-To, a label-left <table> (name, e-mail, phone, how they heard of us, message with paragraphs) and the site footer',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Name',
        'E-mail',
        'Phone',
        'How did you hear about us?',
        'Message',
        'New website enquiry',
        'See attached, came in last night. Could you reply before noon?',
        'Instagram',
      ],
      de: [
        'Name',
        'E-Mail',
        'Telefon',
        'Wie sind Sie auf uns aufmerksam geworden?',
        'Nachricht',
        'Neue Anfrage über die Website',
        'Siehe Anhang, kam gestern Abend. Kannst du bis Mittag antworten?',
        'Empfehlung',
      ],
      fr: [
        'Nom',
        'Courriel',
        'Téléphone',
        'Comment nous avez-vous connus ?',
        'Message',
        'Nouvelle demande du site',
        'Voir pièce jointe, arrivé hier soir. Tu peux répondre avant midi ?',
        'Bouche-à-oreille',
      ],
      es: [
        'Nombre',
        'Correo',
        'Teléfono',
        '¿Cómo nos conoció?',
        'Mensaje',
        'Nueva consulta de la web',
        'Va adjunto, llegó anoche. ¿Puedes contestar antes del mediodía?',
        'Google',
      ],
    });
    const rows: [string, string][] = [[L[0], full(c)]];
    if (c.hasEmail) rows.push([L[1], c.person.email]);
    if (c.phone) rows.push([L[2], c.phone]);
    rows.push([L[3], L[7]]);
    const html = `<h2>${esc(L[5])}</h2>\n<table>${rows.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(v)}</td></tr>`).join('\n')}
${c.msg ? `<tr><td><b>${esc(L[4])}</b></td><td>${c.msg.map(esc).join('<br><br>')}</td></tr>` : ''}</table>\n<p style="color:#999">${esc(c.biz.name)} · ${c.biz.domain}</p>`;
    const inner = textPart('html', html, 'utf-8', 'quoted-printable');
    const headers: [string, string][] = [
      ['From', formatAddress({ name: `${c.biz.name} Website`, email: `no-reply@${c.biz.domain}` }, 'utf-8')],
      ['To', c.biz.inbox],
    ];
    if (c.hasEmail) headers.push(['Reply-To', c.person.email]);
    headers.push(['Subject', L[5]], ['Date', 'Sun, 6 Dec 2026 21:14:09 +0000'], ['MIME-Version', '1.0']);
    inner.headers = [...headers, ...inner.headers];
    const eml = serialize(inner);
    const text = `${L[6]}\n\n--\n${c.staff.name}\n${c.biz.name}\n${c.staff.phone} · ${c.staff.email}\n`;
    return {
      draft: {
        from: { name: c.staff.name, email: c.staff.email },
        subject: `Fw: ${L[5]}`,
        text,
        attachments: [
          {
            headers: [
              ['Content-Type', 'message/rfc822; name="enquiry.eml"'],
              ['Content-Disposition', 'attachment; filename="enquiry.eml"'],
              ['Content-Transfer-Encoding', c.n % 2 ? '8bit' : 'base64'],
            ],
            body:
              c.n % 2
                ? eml
                : Buffer.from((eml.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'), 'ascii'),
          },
        ],
      },
      others: [c.staff.name],
    };
  },
};

/** 17 — the staff reply sits above the customer's quoted letter ("> " lines). */
export const replyAboveQuoted: LeadLayout = {
  id: 'reply-staff-above-gt-quoted-letter',
  description:
    'plain-text reply chain copied to the shared inbox in Cc: the staff member answers the customer above the quote (greeting by first name, a proposal, full signature with direct line and the business switchboard), then the localised "On …, Name <address> wrote:" line and the customer\'s letter in "> " lines (greeting, paragraphs, sign-off, name and phone)',
  needsEmail: true,
  foreign: 'international',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        `Hi ${c.person.first},`,
        'Thanks for getting in touch. I could come by next Tuesday morning to take a look and give you a firm price. Would that work?',
        'Best wishes,',
        'wrote:',
        'On',
        'Phone',
        'Office',
      ],
      de: [
        `Hallo ${c.person.first},`,
        'danke für Ihre Nachricht. Ich könnte nächsten Dienstagvormittag vorbeikommen und Ihnen dann einen festen Preis nennen. Passt Ihnen das?',
        'Beste Grüße',
        'schrieb:',
        'Am',
        'Telefon',
        'Zentrale',
      ],
      fr: [
        `Bonjour ${c.person.first},`,
        'Merci pour votre message. Je peux passer mardi prochain dans la matinée pour voir sur place et vous donner un prix ferme. Cela vous irait ?',
        'Belle journée,',
        'a écrit :',
        'Le',
        'Tél.',
        'Standard',
      ],
      es: [
        `Hola, ${c.person.first}:`,
        'Gracias por escribirnos. Podría pasar el martes que viene por la mañana para verlo y darle un precio cerrado. ¿Le viene bien?',
        'Saludos cordiales,',
        'escribió:',
        'El',
        'Tel.',
        'Centralita',
      ],
    });
    const body = c.msg ?? fallback(c);
    const letter = `${greet(c)}\n\n${paras(body)}\n\n${signoff(c)}\n${full(c)}${c.phone ? `\n${L[5]}: ${c.phone}` : ''}`;
    const quoted = letter
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const subj = pick4(c.lang, {
      en: 'Re: Quote please',
      de: 'AW: Bitte um Angebot',
      fr: 'RE: Demande de prix',
      es: 'RE: Pedido de presupuesto',
    });
    const text = `${L[0]}\n\n${L[1]}\n\n${L[2]}\n${c.staff.name}\n${c.biz.name}\n${c.staff.phone}\n${L[6]} ${c.biz.switchboard}\n\n${L[4]} ${date(c.rng, c.lang)}, ${full(c)} <${c.person.email}> ${L[3]}\n${quoted}\n`;
    return {
      draft: {
        from: { name: c.staff.name, email: c.staff.email },
        to: [{ name: full(c), email: c.person.email }],
        subject: subj,
        cc: [{ email: c.biz.inbox }],
        text,
      },
      expected: { message: paras(body) },
      others: [c.staff.name],
    };
  },
};
