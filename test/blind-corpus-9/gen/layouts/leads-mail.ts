/** Lead layouts, part C: forwards, reply chains and the customer's own mail. */
import { attachment, formatAddress, serialize, textPart } from '../mime.js';
import { COUNTRY_NAME } from '../people.js';
import type { LeadLayout } from '../types.js';
import { day, esc, full, paras, tr } from '../util.js';

const GREET = {
  en: (biz: string) => `Dear ${biz} team,`,
  de: (biz: string) => `Sehr geehrtes Team von ${biz},`,
  fr: (_biz: string) => 'Madame, Monsieur,',
  es: (biz: string) => `Estimado equipo de ${biz}:`,
};
const SIGNOFF = {
  en: 'Kind regards,',
  de: 'Mit freundlichen Grüßen',
  fr: 'Bien cordialement,',
  es: 'Un saludo,',
};

export const forwardEmlAttachment: LeadLayout = {
  id: 'forward-eml-att-staff-note',
  description:
    'a staff member forwards the customer\'s own email as an attached .eml (plain text, "forward as attachment") with a two-line note and their full signature with direct line; inside the attachment the customer\'s letter (greeting, prose, sign-off, name, mobile written with 00 or +CC (0), "Sent from my phone" line); the customer\'s email is only in the attached message\'s From header',
  count: 16,
  needsEmail: true,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const nm = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['00', 'plus0', 'national', 'intl'])) : null;
    const msg = c.message ?? '';
    const subj = tr(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' });
    const phLine = ph
      ? `\n${tr(lang, { en: 'Mobile', de: 'Mobil', fr: 'Portable', es: 'Móvil' })}: ${ph}`
      : '';
    const inner = `${GREET[lang](biz.name)}\n\n${msg}\n\n${SIGNOFF[lang]}\n${nm}${phLine}\n\n${tr(lang, { en: 'Sent from my phone', de: 'Von meinem Smartphone gesendet', fr: 'Envoyé de mon téléphone', es: 'Enviado desde mi teléfono' })}\n`;
    const part = textPart('plain', inner, 'utf-8', rng.pick(['quoted-printable', 'base64']));
    const innerNode = {
      headers: [
        ['From', formatAddress({ name: nm, email: person.email }, 'utf-8')],
        ['To', formatAddress({ name: full(staff), email: staff.email }, 'utf-8')],
        ['Subject', subj],
        ['Date', `Mon, ${rng.int(1, 28)} Sep 2026 ${rng.int(10, 20)}:${rng.int(10, 59)}:00 +0000`],
        ['Message-ID', `<${rng.hex(16)}@mailbox.test>`],
        ['MIME-Version', '1.0'],
        ...part.headers,
      ] as [string, string][],
      body: part.body,
    };
    const eml = serialize(innerNode);
    const note = tr(lang, {
      en: `Hi all,\n\nthis came to my personal inbox, forwarding it as attachment. Could someone reply today?\n\nThanks\n${staff.first}\n\n--\n${full(staff)}\n${staff.role}\n${biz.name}\nDirect: ${staff.phone}\n`,
      de: `Hallo zusammen,\n\ndas kam in mein persönliches Postfach, ich leite es als Anhang weiter. Kann bitte heute jemand antworten?\n\nDanke\n${staff.first}\n\n--\n${full(staff)}\n${staff.role}\n${biz.name}\nDurchwahl: ${staff.phone}\n`,
      fr: `Bonjour à tous,\n\nce message est arrivé dans ma boîte perso, je le transfère en pièce jointe. Quelqu’un peut-il répondre aujourd’hui ?\n\nMerci\n${staff.first}\n\n--\n${full(staff)}\n${staff.role}\n${biz.name}\nLigne directe : ${staff.phone}\n`,
      es: `Hola a todos:\n\nesto me llegó al correo personal, lo reenvío como adjunto. ¿Alguien puede contestar hoy?\n\nGracias\n${staff.first}\n\n--\n${full(staff)}\n${staff.role}\n${biz.name}\nDirecto: ${staff.phone}\n`,
    });
    return {
      draft: {
        from: { name: full(staff), email: staff.email },
        to: [{ email: biz.inbox }],
        subject: `Fwd: ${subj}`,
        text: note,
        attachments: [attachment(`${subj}.eml`, 'message/rfc822', eml, { transfer: '7bit' })],
      },
      expected: { message: c.message },
      others: [full(staff)],
    };
  },
};

export const replyInternalOverReply: LeadLayout = {
  id: 'reply-internal-over-staff-reply-pipe-form',
  description:
    'plain-text chain, newest first: the staff member who answered the customer hands the job to a colleague in a short note with their signature, then a classic-Outlook header block (From/Sent/To/Subject after a rule) and their earlier reply to the customer (greeting by first name, proposal, full signature with direct line), then another header block and the original website notification as a plain pipe table (name, email, phone, message on one line)',
  count: 16,
  build(c) {
    const { lang, biz, person, staff, staff2, rng } = c;
    const nm = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'intl', 'compact', 'dashed'])) : '';
    const msg = c.message ? c.message.replace(/\s*\n+\s*/g, ' ') : '';
    const H = tr(lang, {
      en: ['From', 'Sent', 'To', 'Subject', 'Name', 'Email', 'Phone', 'Message', 'Website enquiry'],
      de: [
        'Von',
        'Gesendet',
        'An',
        'Betreff',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Anfrage über die Website',
      ],
      fr: ['De', 'Envoyé', 'À', 'Objet', 'Nom', 'E-mail', 'Téléphone', 'Message', 'Demande via le site'],
      es: [
        'De',
        'Enviado',
        'Para',
        'Asunto',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        'Consulta desde la web',
      ],
    });
    const hdr = (from: string, to: string, subject: string) =>
      `${H[0]}: ${from}\n${H[1]}: ${day(rng, lang)}\n${H[2]}: ${to}\n${H[3]}: ${subject}`;
    const internal = tr(lang, {
      en: `${staff.first}, can you take this one over? They have not answered my proposal yet, maybe give them a ring.\n\n${staff2.first}\n${full(staff2)} · ${staff2.role} · ${staff2.phone}`,
      de: `${staff.first}, kannst du das übernehmen? Auf meinen Vorschlag kam noch nichts, ruf vielleicht kurz an.\n\n${staff2.first}\n${full(staff2)} · ${staff2.role} · ${staff2.phone}`,
      fr: `${staff.first}, tu peux reprendre ce dossier ? Pas de réponse à ma proposition, passe-leur peut-être un coup de fil.\n\n${staff2.first}\n${full(staff2)} · ${staff2.role} · ${staff2.phone}`,
      es: `${staff.first}, ¿te encargas tú? No han contestado a mi propuesta, quizá conviene llamar.\n\n${staff2.first}\n${full(staff2)} · ${staff2.role} · ${staff2.phone}`,
    });
    const reply = tr(lang, {
      en: `Hello ${person.first},\n\nThank you for your enquiry. We could come by next Tuesday or Thursday morning to take a look; would either suit?\n\nBest wishes\n${full(staff2)}\n${staff2.role}\n${biz.name}\nT ${staff2.phone}`,
      de: `Hallo ${person.first},\n\nvielen Dank für Ihre Anfrage. Wir könnten nächsten Dienstag oder Donnerstag vormittags vorbeikommen – passt Ihnen einer der Termine?\n\nBeste Grüße\n${full(staff2)}\n${staff2.role}\n${biz.name}\nT ${staff2.phone}`,
      fr: `Bonjour ${person.first},\n\nMerci pour votre demande. Nous pourrions passer mardi ou jeudi matin prochain ; l’un de ces créneaux vous convient-il ?\n\nCordialement\n${full(staff2)}\n${staff2.role}\n${biz.name}\nT ${staff2.phone}`,
      es: `Hola ${person.first}:\n\nGracias por tu consulta. Podríamos pasar el martes o el jueves por la mañana; ¿te viene bien alguno?\n\nSaludos\n${full(staff2)}\n${staff2.role}\n${biz.name}\nT ${staff2.phone}`,
    });
    const rows: [string, string][] = [
      [H[4] as string, nm],
      [H[5] as string, c.hasEmail ? person.email : ''],
      [H[6] as string, ph],
      [H[7] as string, msg],
    ];
    const w = Math.max(...rows.map(([k]) => k.length));
    const table = rows.map(([k, v]) => `| ${k.padEnd(w)} | ${v} |`).join('\n');
    const toCust = c.hasEmail ? `${nm} <${person.email}>` : nm;
    const text = `${internal}\n\n________________________________\n${hdr(`${full(staff2)} <${staff2.email}>`, toCust, `RE: ${H[8]}`)}\n\n${reply}\n\n________________________________\n${hdr(`${biz.name} <noreply@${biz.domain}>`, biz.inbox, H[8] as string)}\n\n${H[8]}\n\n${table}\n`;
    return {
      draft: {
        from: { name: full(staff), email: staff.email },
        to: [{ name: full(staff2), email: staff2.email }],
        subject: `FW: RE: ${H[8]}`,
        text,
      },
      expected: { message: msg || null },
      others: [full(staff), full(staff2)],
    };
  },
};

export const personalCapsDisplay: LeadLayout = {
  id: 'personal-caps-display-ps-phone',
  description:
    'the customer writes straight to the business from a personal mailbox (HTML with text): the From display name in administrative style "SURNAME First" on half, a greeting, their prose in paragraphs, a sign-off with the first name only, a "P.S." line giving their number, and the mail app\'s footer',
  count: 16,
  needsEmail: true,
  caps: 0.5,
  build(c) {
    const { lang, biz, person, rng } = c;
    const display = c.caps ? `${person.last.toLocaleUpperCase('und')} ${person.first}` : full(person);
    c.pii(display);
    const ph = c.phone ? c.writePhone(rng.pick(['national', '00', 'intl', 'dashed', 'dotted'])) : null;
    const msg = c.message ?? '';
    const greet = tr(lang, { en: 'Hello,', de: 'Guten Tag,', fr: 'Bonjour,', es: 'Hola:' });
    const ps = ph
      ? tr(lang, {
          en: `P.S. Easiest is to call me on ${ph}.`,
          de: `PS: Am einfachsten erreichen Sie mich unter ${ph}.`,
          fr: `P.-S. : le plus simple est de m’appeler au ${ph}.`,
          es: `P. D.: lo más fácil es llamarme al ${ph}.`,
        })
      : '';
    const signoff = tr(lang, { en: 'Thanks,', de: 'Danke und viele Grüße', fr: 'Merci,', es: 'Gracias,' });
    const app = rng.pick([
      'Sent with Proton Mail mobile',
      'Sent from Outlook for Android',
      'Envoyé de mon iPad',
      'Enviado desde Yahoo Mail para Android',
    ]);
    const text = `${greet}\n\n${msg}\n\n${signoff}\n${person.first}\n${ps ? `\n${ps}\n` : ''}\n${app}\n`;
    const html = `<div>${esc(greet)}</div><br>\n${paras(msg)}\n<div>${esc(signoff)}<br>${esc(person.first)}</div>\n${ps ? `<p><i>${esc(ps)}</i></p>\n` : ''}<div style="color:#999">${esc(app)}</div>`;
    const subj = tr(lang, {
      en: `Question for ${biz.name}`,
      de: `Frage an ${biz.name}`,
      fr: `Question pour ${biz.name}`,
      es: `Pregunta para ${biz.name}`,
    });
    return {
      draft: {
        from: { name: display, email: person.email },
        to: [{ email: biz.inbox }],
        subject: subj,
        text,
        html,
        primary: 'text',
      },
      expected: { message: c.message },
    };
  },
};

export const gmailFwdXmlAttachment: LeadLayout = {
  id: 'gmail-fwd-xml-enquiry-att',
  description:
    'the owner forwards from Gmail (HTML with text, "---------- Forwarded message ---------" block) a notification from project portal "Planfinder" whose lead is only in the attached enquiry.xml: provider block with the portal\'s own phone, customer with family and given name as separate <name part> elements, email, mobile, country element, comments in CDATA; about a third of customers live in the neighbouring country and write their number nationally',
  count: 16,
  foreignCustomers: true,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'compact', 'dashed'])) : null;
    const ref = `PF-${rng.hex(6).toUpperCase()}`;
    const cname = COUNTRY_NAME[lang][c.country] as string;
    const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<enquiry id="${ref}" received="2026-10-${rng.int(10, 28)}T${rng.int(10, 22)}:${rng.int(10, 59)}:00Z" version="2">
  <provider>
    <name>Planfinder</name>
    <phone>${c.extraPhone}</phone>
  </provider>
  <recipient>${xmlEsc(biz.name)}</recipient>
  <customer>
    <name part="family">${xmlEsc(person.last)}</name>
    <name part="given">${xmlEsc(person.first)}</name>
${c.hasEmail ? `    <email>${person.email}</email>\n` : ''}${ph ? `    <phone type="mobile">${ph}</phone>\n` : ''}    <address>
      <country code="${c.country}">${xmlEsc(cname)}</country>
    </address>
  </customer>
${c.message ? `  <comments><![CDATA[${c.message}]]></comments>\n` : ''}</enquiry>
`;
    const L = tr(lang, {
      en: [
        'Forwarding this one from my own account, the XML has their details.',
        'From',
        'Date',
        'Subject',
        'To',
        'New enquiry',
        'A new enquiry for your practice is attached (Planfinder XML v2). Reference',
      ],
      de: [
        'Leite ich von meinem Konto weiter, die Daten stehen im XML.',
        'Von',
        'Date',
        'Subject',
        'To',
        'Neue Anfrage',
        'Eine neue Anfrage für Ihr Büro ist angehängt (Planfinder XML v2). Referenz',
      ],
      fr: [
        'Je transfère depuis mon compte, les coordonnées sont dans le XML.',
        'De',
        'Date',
        'Subject',
        'To',
        'Nouvelle demande',
        'Une nouvelle demande pour votre entreprise est jointe (Planfinder XML v2). Référence',
      ],
      es: [
        'Lo reenvío desde mi cuenta, los datos están en el XML.',
        'De',
        'Date',
        'Subject',
        'To',
        'Nueva consulta',
        'Tienes una nueva consulta adjunta (Planfinder XML v2). Referencia',
      ],
    });
    const fwd = '---------- Forwarded message ---------';
    const gmail = `${staff.email.split('@')[0]}.${rng.int(10, 99)}@gmail.test`;
    const hdr = [
      `${L[1]}: Planfinder <enquiries@planfinder.test>`,
      `${L[2]}: ${day(rng, lang)}`,
      `${L[3]}: ${L[5]} ${ref}`,
      `${L[4]}: ${full(staff)} <${gmail}>`,
    ];
    const text = `${L[0]}\n\n${staff.first}\n\n${fwd}\n${hdr.join('\n')}\n\n\n${L[6]} ${ref}.\n\nPlanfinder · ${tr(lang, { en: 'Support', de: 'Support', fr: 'Assistance', es: 'Soporte' })} ${c.extraPhone}\n`;
    const html = `<div dir="ltr">${esc(L[0] as string)}<div><br></div><div>${esc(staff.first)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${fwd}<br>${hdr.map(esc).join('<br>')}<br></div><br><br><div>${esc(L[6] as string)} ${ref}.</div><p style="font-size:11px">Planfinder · ${esc(c.extraPhone)}</p></div></div>`;
    return {
      draft: {
        from: { name: full(staff), email: gmail },
        to: [{ email: biz.inbox }],
        subject: `Fwd: ${L[5]} ${ref}`,
        text,
        html,
        primary: 'html',
        attachments: [
          attachment('enquiry.xml', 'application/xml', xml, {
            charset: 'utf-8',
            transfer: rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      others: [full(staff)],
    };
  },
};

export const appleFwdAsciiBox: LeadLayout = {
  id: 'apple-fwd-ascii-box-country',
  description:
    'a colleague forwards from Apple Mail (plain text, localised "Begin forwarded message:" with From/Subject/Date/To lines) an old website contact script\'s email: an ASCII-bordered two-column box (name, country, telephone, e-mail), then "Comments:" with a multi-paragraph message and the script\'s signature; about a third of customers are abroad: writing to a US or Canadian business they use the 011 exit code, elsewhere 00 or +',
  count: 16,
  foreignCustomers: true,
  abroad: (cc) => (cc === 'US' ? 'MX' : cc === 'CA' ? 'FR' : undefined),
  build(c) {
    const { lang, biz, person, staff, staff2, rng } = c;
    const nm = c.pii(full(person));
    const usExit = biz.country === 'US' || biz.country === 'CA';
    const ph = c.phone
      ? c.foreign
        ? c.writePhone(usExit ? '011' : rng.pick(['00', 'intl', 'plus0']), biz.country)
        : c.writePhone(rng.pick(['national', 'dotted', 'dashed']))
      : '';
    const L = tr(lang, {
      en: [
        'Begin forwarded message:',
        'From',
        'Subject',
        'Date',
        'To',
        'Name',
        'Country',
        'Telephone',
        'E-mail',
        'Comments',
        'Website contact form',
        'This one landed in my inbox — over to you.',
      ],
      de: [
        'Anfang der weitergeleiteten Nachricht:',
        'Von',
        'Betreff',
        'Datum',
        'An',
        'Name',
        'Land',
        'Telefon',
        'E-Mail',
        'Bemerkungen',
        'Kontaktformular Website',
        'Das ist bei mir gelandet – übernimmst du?',
      ],
      fr: [
        'Début du message réexpédié :',
        'De',
        'Objet',
        'Date',
        'À',
        'Nom',
        'Pays',
        'Téléphone',
        'E-mail',
        'Commentaires',
        'Formulaire de contact du site',
        'Arrivé chez moi, je te laisse gérer.',
      ],
      es: [
        'Inicio del mensaje reenviado:',
        'De',
        'Asunto',
        'Fecha',
        'Para',
        'Nombre',
        'País',
        'Teléfono',
        'Correo',
        'Comentarios',
        'Formulario de contacto web',
        'Me llegó a mí, ¿lo llevas tú?',
      ],
    });
    const rows: [string, string][] = [
      [L[5] as string, nm],
      [L[6] as string, COUNTRY_NAME[lang][c.country] as string],
      [L[7] as string, ph],
      [L[8] as string, c.hasEmail ? person.email : ''],
    ];
    const w1 = Math.max(...rows.map(([k]) => k.length));
    const w2 = Math.max(...rows.map(([, v]) => v.length));
    const rule = `+${'-'.repeat(w1 + 2)}+${'-'.repeat(w2 + 2)}+`;
    const box = [rule, ...rows.map(([k, v]) => `| ${k.padEnd(w1)} | ${v.padEnd(w2)} |`), rule].join('\n');
    const inner = `${box}\n\n${L[9]}:\n${c.message ?? ''}\n\n-- \ncontact.cgi on ${biz.domain}\n`;
    const text = `${L[11]}\n\n${staff.first}\n\n${L[0]}\n\n${L[1]}: ${biz.name} Website <www@${biz.domain}>\n${L[2]}: ${L[10]}\n${L[3]}: ${day(rng, lang)}\n${L[4]}: ${full(staff)} <${staff.email}>\n\n${inner}`;
    return {
      draft: {
        from: { name: full(staff), email: staff.email },
        to: [{ name: full(staff2), email: staff2.email }],
        subject: `Fwd: ${L[10]}`,
        text,
      },
      others: [full(staff), full(staff2)],
    };
  },
};
