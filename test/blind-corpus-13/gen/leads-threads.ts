/** Forwards and replies: the customer is inside, staff are on top. */
import { type Charset, formatAddress, type MimeNode, serialize, textPart } from './mime.js';
import { esc, full, htmlParas, L, type LeadCtx, type LeadLayout, longDate, phoneExt, time } from './types.js';

function staffSig(ctx: LeadCtx): string {
  const s = ctx.staff;
  return `${s.full}\n${s.role} | ${ctx.biz.name}\n${L(ctx.lang, { en: 'Direct', de: 'Direkt', fr: 'Ligne directe', es: 'Directo' })}: ${s.direct}\n${L(ctx.lang, { en: 'Mobile', de: 'Mobil', fr: 'Portable', es: 'Móvil' })}: ${s.mobile}\n${s.email}`;
}

/** The customer's letter: greeting, prose, sign-off, name, phone line. */
function letterOf(ctx: LeadCtx, firstOnly: boolean): string {
  const { lang, person: p } = ctx;
  const greet = L(lang, {
    en: 'Dear team,',
    de: 'Liebes Team,',
    fr: 'Madame, Monsieur,',
    es: 'Estimados señores:',
  });
  const bye = L(lang, { en: 'Best wishes,', de: 'Herzliche Grüße', fr: 'Bien à vous,', es: 'Atentamente,' });
  const tel = ctx.phone ? `\n${L(lang, { en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' })} ${ctx.phone}` : '';
  return `${greet}\n\n${ctx.message ?? ''}\n\n${bye}\n${firstOnly ? p.first : full(p)}${tel}`;
}

/** T1. Apple Mail forward of the website's plain notification with a Markdown table. */
const appleMd: LeadLayout = {
  id: 'fwd-apple-mail-plain-notification-markdown-table',
  description:
    'a staff member forwards from Apple Mail (plain): one-line ask, "Sent from my iPad" and a short signature with mobile, then "Begin forwarded message:" (localised) with From/Subject/Date/To/Reply-To, and the site’s plain notification: a Markdown table `| Field | Answer |` with `|---|---|` (name, e-mail, phone with extension, service), the message under it in paragraphs, and the site footer',
  extensions: true,
  build(ctx) {
    const { lang, person: p, staff, rng } = ctx;
    const rows: [string, string][] = [
      [L(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' }), full(p)],
      [L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), ctx.hasEmail ? p.email : '-'],
      [L(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }), phoneExt(ctx, '-')],
      [L(lang, { en: 'Service', de: 'Leistung', fr: 'Prestation', es: 'Servicio' }), ctx.service],
    ];
    const md = `| ${L(lang, { en: 'Field', de: 'Feld', fr: 'Champ', es: 'Campo' })} | ${L(lang, { en: 'Answer', de: 'Antwort', fr: 'Réponse', es: 'Respuesta' })} |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`;
    const begin = L(lang, {
      en: 'Begin forwarded message:',
      de: 'Anfang der weitergeleiteten Nachricht:',
      fr: 'Début du message réexpédié :',
      es: 'Inicio del mensaje reenviado:',
    });
    const H = L(lang, {
      en: ['From', 'Subject', 'Date', 'To', 'Reply-To'],
      de: ['Von', 'Betreff', 'Datum', 'An', 'Antwort an'],
      fr: ['De', 'Objet', 'Date', 'À', 'Répondre à'],
      es: ['De', 'Asunto', 'Fecha', 'Para', 'Responder a'],
    });
    const sep = lang === 'fr' ? ' :' : ':';
    const subj = L(lang, {
      en: 'Website enquiry',
      de: 'Anfrage über die Website',
      fr: 'Demande via le site',
      es: 'Consulta desde la web',
    });
    const inner = `${H[0]}${sep} "${ctx.biz.name}" <website@${ctx.biz.domain}>\n${H[1]}${sep} ${subj}\n${H[2]}${sep} ${longDate(rng, lang)} ${time(rng)}\n${H[3]}${sep} ${ctx.biz.inbox}\n${ctx.hasEmail ? `${H[4]}${sep} ${p.email}\n` : ''}`;
    const msg = ctx.message
      ? `\n${L(lang, { en: 'Message', de: 'Nachricht', fr: 'Message', es: 'Mensaje' })}:\n\n${ctx.message}\n`
      : '';
    const text = `${L(lang, { en: `Can someone call this one back today? I'm out on a job.`, de: 'Kann das heute jemand zurückrufen? Ich bin auf einer Baustelle.', fr: 'Quelqu’un peut rappeler aujourd’hui ? Je suis sur un chantier.', es: '¿Alguien puede devolver esta llamada hoy? Estoy en un trabajo.' })}

${L(lang, { en: 'Sent from my iPad', de: 'Von meinem iPad gesendet', fr: 'Envoyé de mon iPad', es: 'Enviado desde mi iPad' })}
${staff.first} – ${staff.mobile}

${begin}

${inner}
${L(lang, { en: 'New message from your website:', de: 'Neue Nachricht über Ihre Website:', fr: 'Nouveau message depuis votre site :', es: 'Nuevo mensaje desde su sitio web:' })}

${md}
${msg}
--
${L(lang, { en: 'Sent by the contact form at', de: 'Gesendet über das Kontaktformular auf', fr: 'Envoyé par le formulaire de contact de', es: 'Enviado por el formulario de contacto de' })} https://www.${ctx.biz.domain}/
`;
    return {
      draft: {
        from: { email: staff.email, name: staff.full },
        to: [{ email: ctx.biz.inbox, name: ctx.biz.name }],
        subject: `${lang === 'de' ? 'WG' : lang === 'fr' ? 'Fwd' : lang === 'es' ? 'RV' : 'Fwd'}: ${subj}`,
        text,
      },
      others: [staff.first],
    };
  },
};

/** T2. Forward of a forward: classic Outlook (plain) over a Gmail forward of the customer's letter. */
const fwdFwd: LeadLayout = {
  id: 'fwd-classic-outlook-over-gmail-fwd-of-letter',
  description:
    'forward of a forward (plain): a colleague’s classic-Outlook forward (note, signature with direct line and mobile, localised From/Sent/To/Subject block) of the owner’s Gmail forward ("---------- Forwarded message ---------" localised, From/Date/Subject/To) of the customer’s letter (greeting, prose, sign-off with name, "Tel" line)',
  needsEmail: true,
  needsMessage: true,
  build(ctx) {
    const { lang, person: p, staff, rng } = ctx;
    const owner = rng.pick(
      L(lang, {
        en: [['Chidi', 'Anyanwu']],
        de: [['Reinhard', 'Pröll']],
        fr: [['Mounir', 'Haddad']],
        es: [['Rolando', 'Pineda']],
      }) as [string, string][],
    );
    const ownerName = `${owner[0]} ${owner[1]}`;
    const ownerMail = `${owner[0].toLowerCase()}.${owner[1].toLowerCase().replace(/[^a-z]/g, '')}@gmail.example`;
    const firstOnly = rng.chance(0.35);
    const OL = L(lang, {
      en: ['From', 'Sent', 'To', 'Subject'],
      de: ['Von', 'Gesendet', 'An', 'Betreff'],
      fr: ['De', 'Envoyé', 'À', 'Objet'],
      es: ['De', 'Enviado el', 'Para', 'Asunto'],
    });
    const s = lang === 'fr' ? ' :' : ':';
    const subj = L(lang, {
      en: `Enquiry – ${ctx.service}`,
      de: `Anfrage – ${ctx.service}`,
      fr: `Demande – ${ctx.service}`,
      es: `Consulta – ${ctx.service}`,
    });
    const gm = L(lang, {
      en: '---------- Forwarded message ---------',
      de: '---------- Weitergeleitete Nachricht ---------',
      fr: '---------- Message transféré ---------',
      es: '---------- Mensaje reenviado ---------',
    });
    const GH = L(lang, {
      en: ['From', 'Date', 'Subject', 'To'],
      de: ['Von', 'Date', 'Subject', 'To'],
      fr: ['De', 'Date', 'Subject', 'To'],
      es: ['De', 'Date', 'Subject', 'To'],
    });
    const custFrom = firstOnly ? p.email : `${full(p)} <${p.email}>`;
    const text = `${L(lang, { en: 'Passing this on – it went to the owner’s private address. Could you quote for it this week?', de: 'Zur Info – das ging an die private Adresse vom Chef. Kannst du diese Woche ein Angebot machen?', fr: 'Pour info – c’est arrivé sur l’adresse perso du patron. Tu peux faire le devis cette semaine ?', es: 'Te lo paso: llegó al correo personal del dueño. ¿Puedes cotizarlo esta semana?' })}

${staffSig(ctx)}

${'_'.repeat(32)}
${OL[0]}${s} ${ownerName} <${ownerMail}>
${OL[1]}${s} ${longDate(rng, lang)} ${time(rng)}
${OL[2]}${s} ${staff.full} <${staff.email}>
${OL[3]}${s} ${lang === 'de' ? 'WG' : lang === 'es' ? 'RV' : 'TR'}: ${L(lang, { en: 'Fwd', de: 'Fwd', fr: 'Fwd', es: 'Fwd' })}: ${subj}

${L(lang, { en: 'Can the office handle this one?', de: 'Kann das Büro das übernehmen?', fr: 'Le bureau peut s’en charger ?', es: '¿Lo puede ver la oficina?' })}
${owner[0]}

${gm}
${GH[0]}: ${custFrom}
Date: ${longDate(rng, lang)} ${time(rng)}
Subject: ${subj}
To: <${ownerMail}>


${letterOf(ctx, firstOnly)}
`;
    return {
      draft: {
        from: { email: staff.email, name: staff.full },
        to: [{ email: ctx.biz.inbox }],
        subject: `${lang === 'de' ? 'WG' : lang === 'es' ? 'RV' : 'FW'}: Fwd: ${subj}`,
        text,
      },
      expected: firstOnly ? { fullName: p.first, firstName: p.first, lastName: null } : {},
      others: [staff.full, ownerName],
    };
  },
};

/** T3. The customer's letter forwarded as an attached .eml, new-Outlook HTML note on top. */
const emlAtt: LeadLayout = {
  id: 'fwd-as-eml-att-customer-letter-html-note',
  description:
    'staff forward as attachment (HTML note from new Outlook with signature, direct line and mobile, and a confidentiality footer): `message.eml` is the customer’s own letter (plain or HTML; display name in the inner From, sign-off with the name, phone line below)',
  needsEmail: true,
  needsMessage: true,
  build(ctx) {
    const { lang, person: p, staff, rng } = ctx;
    const subj = L(lang, {
      en: `Question about ${ctx.service}`,
      de: `Frage zu ${ctx.service}`,
      fr: `Question sur ${ctx.service}`,
      es: `Pregunta sobre ${ctx.service}`,
    });
    const letter = letterOf(ctx, false);
    const cs: Charset = 'utf-8';
    const body = rng.chance(0.5)
      ? textPart('plain', letter, cs, 'quoted-printable')
      : textPart('html', `<div>${htmlParas(letter)}</div>`, cs, 'quoted-printable');
    const inner: MimeNode = {
      ...body,
      headers: [
        ['From', formatAddress({ email: p.email, name: full(p) }, cs)],
        ['To', ctx.biz.inbox],
        ['Subject', subj],
        ['Date', `Tue, ${rng.int(1, 28)} Sep 2026 ${time(rng)}:12 +0000`],
        ['Message-ID', `<${rng.hex(12)}@${p.email.split('@')[1]}>`],
        ['MIME-Version', '1.0'],
        ...body.headers,
      ],
    };
    const att: MimeNode = {
      headers: [
        ['Content-Type', 'message/rfc822; name="message.eml"'],
        ['Content-Disposition', 'attachment; filename="message.eml"'],
        ['Content-Transfer-Encoding', '7bit'],
      ],
      body: serialize(inner),
    };
    const note = L(lang, {
      en: 'Found this in the junk folder of the old inbox, forwarding it as an attachment so the details are intact. Please add it to the pipeline.',
      de: 'Das lag im Spam-Ordner des alten Postfachs. Ich leite es als Anhang weiter, damit alles erhalten bleibt. Bitte in die Liste aufnehmen.',
      fr: 'Trouvé dans les indésirables de l’ancienne boîte. Je le transfère en pièce jointe pour garder les infos. Merci de l’ajouter au suivi.',
      es: 'Estaba en la carpeta de spam del buzón viejo. Lo reenvío como adjunto para no perder datos. Por favor, agréguenlo al seguimiento.',
    });
    const legal = L(lang, {
      en: 'This e-mail and any attachments are confidential and intended solely for the addressee.',
      de: 'Diese E-Mail und alle Anhänge sind vertraulich und ausschließlich für den Empfänger bestimmt.',
      fr: 'Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.',
      es: 'Este correo y sus adjuntos son confidenciales y están dirigidos únicamente a su destinatario.',
    });
    const html = `<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">${esc(note)}</div>
<div><br></div>
<div style="font-size:10pt;color:#444">${staffSig(ctx).split('\n').map(esc).join('<br>')}</div>
<div style="font-size:8pt;color:#999;margin-top:12px">${esc(legal)}</div>`;
    return {
      draft: {
        from: { email: staff.email, name: staff.full },
        to: [{ email: ctx.biz.inbox }],
        subject: `${lang === 'de' ? 'WG' : lang === 'fr' ? 'TR' : lang === 'es' ? 'RV' : 'FW'}: ${subj}`,
        html,
        attachments: [att],
      },
      others: [staff.full],
    };
  },
};

/** T4. Staff reply from Gmail (HTML with text) over the quoted website notification. */
const replyQuoted: LeadLayout = {
  id: 'reply-gmail-html-over-quoted-label-lines',
  description:
    'staff reply from Gmail (HTML with text; To the customer, Cc the inbox): greeting by first name, an answer with a time and a price, signature with direct line and mobile, then the localised "On …, Website <…> wrote:" and the site’s notification quoted (`gmail_quote` blockquote / `> `): Name/E-mail/Phone/Message lines and the form footer',
  needsEmail: true,
  build(ctx) {
    const { lang, person: p, staff, rng } = ctx;
    const t = time(rng);
    const reply = L(lang, {
      en: `Hi ${p.first},\n\nThanks for getting in touch. We could come by on Thursday at ${t} to have a look; the visit itself is free and a typical job like yours starts at ${ctx.biz.currency(180)}.\n\nDoes that suit you?`,
      de: `Hallo ${p.first},\n\ndanke für Ihre Nachricht. Wir könnten am Donnerstag um ${t} Uhr vorbeikommen; die Besichtigung ist kostenlos, ähnliche Aufträge beginnen bei ${ctx.biz.currency(180)}.\n\nPasst Ihnen das?`,
      fr: `Bonjour ${p.first},\n\nMerci pour votre message. Nous pourrions passer jeudi à ${t} ; la visite est gratuite et ce type de travail commence à ${ctx.biz.currency(180)}.\n\nCela vous convient-il ?`,
      es: `Hola, ${p.first}:\n\nGracias por escribirnos. Podríamos pasar el jueves a las ${t}; la visita es gratis y un trabajo así empieza en ${ctx.biz.currency(180)}.\n\n¿Le viene bien?`,
    });
    const site = `Website <no-reply@${ctx.biz.domain}>`;
    const d = longDate(rng, lang);
    const wrote = L(lang, {
      en: `On ${d} at ${time(rng)}, ${site} wrote:`,
      de: `Am ${d} um ${time(rng)} schrieb ${site}:`,
      fr: `Le ${d} à ${time(rng)}, ${site} a écrit :`,
      es: `El ${d} a las ${time(rng)}, ${site} escribió:`,
    });
    const labels = L(lang, {
      en: ['Name', 'E-mail', 'Phone', 'Message'],
      de: ['Name', 'E-Mail', 'Telefon', 'Nachricht'],
      fr: ['Nom', 'E-mail', 'Téléphone', 'Message'],
      es: ['Nombre', 'Correo', 'Teléfono', 'Mensaje'],
    });
    const quoted = `${labels[0]}: ${full(p)}\n${labels[1]}: ${p.email}\n${labels[2]}: ${ctx.phone ?? '—'}\n${labels[3]}: ${ctx.message ?? '—'}\n\n--\n${L(lang, { en: 'This message was sent from the contact form on', de: 'Diese Nachricht wurde über das Kontaktformular gesendet:', fr: 'Ce message a été envoyé depuis le formulaire de', es: 'Este mensaje se envió desde el formulario de' })} ${ctx.biz.domain}`;
    const sig = staffSig(ctx);
    const text = `${reply}\n\n-- \n${sig}\n\n${wrote}\n\n${quoted
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n')}\n`;
    const html = `<div dir="ltr">${htmlParas(reply)}<div><br></div><div class="gmail_signature">${sig.split('\n').map(esc).join('<br>')}</div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(wrote)}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${esc(quoted).replace(/\n/g, '<br>\n')}</blockquote></div>`;
    return {
      draft: {
        from: { email: staff.email, name: staff.full },
        to: [{ email: p.email, name: full(p) }],
        cc: [{ email: ctx.biz.inbox }],
        subject: `Re: ${L(lang, { en: 'New website enquiry', de: 'Neue Anfrage über die Website', fr: 'Nouvelle demande via le site', es: 'Nueva consulta desde la web' })}`,
        headers: [['In-Reply-To', `<${rng.hex(16)}@${ctx.biz.domain}>`]],
        text,
        html,
        primary: 'html',
      },
      others: [staff.full],
    };
  },
};

export const THREAD_LAYOUTS: LeadLayout[] = [appleMd, fwdFwd, emlAtt, replyQuoted];
