/** Lead layouts: form builders, booking tools and site notifications (no ad platform, no forward). */
import { attachment } from './mime.js';
import type { LeadLayout } from './types.js';
import { date, esc, full, htmlParas, oneLine, paras, pick4, shown, upper } from './util.js';

const none = (lang: string) =>
  ({ en: '(not answered)', de: '(keine Angabe)', fr: '(non renseigné)', es: '(sin respuesta)' })[lang] ?? '';

/** 1 — definition list whose labels are the site owner's questions with a "(required)" word. */
export const dlQuestionRequired: LeadLayout = {
  id: 'dl-question-labels-required-word',
  description:
    'form builder "Quillform" (HTML with text): a <dl> whose <dt> are the owner\'s questions ("Who are we speaking with?", "Where can we reach you by phone?") each followed by a "(required)" or "(optional)" word, answers in <dd>; skipped answers "(not answered)"; then a grey footer naming the form, the inbox and Quillform\'s own support address',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Who are we speaking with?',
        'Which e-mail should our reply go to?',
        'Where can we reach you by phone?',
        'What can we do for you?',
        '(required)',
        '(optional)',
        'New answer to your form',
        'Answers were sent to',
      ],
      de: [
        'Mit wem sprechen wir?',
        'An welche E-Mail dürfen wir antworten?',
        'Unter welcher Nummer erreichen wir Sie?',
        'Was können wir für Sie tun?',
        '(Pflichtfeld)',
        '(freiwillig)',
        'Neue Antwort auf Ihr Formular',
        'Antworten gingen an',
      ],
      fr: [
        'À qui avons-nous affaire ?',
        'À quelle adresse devons-nous répondre ?',
        'À quel numéro vous joindre ?',
        'Que pouvons-nous faire pour vous ?',
        '(obligatoire)',
        '(facultatif)',
        'Nouvelle réponse à votre formulaire',
        'Réponses envoyées à',
      ],
      es: [
        '¿Con quién hablamos?',
        '¿A qué correo le respondemos?',
        '¿En qué número le localizamos?',
        '¿Qué podemos hacer por usted?',
        '(obligatorio)',
        '(opcional)',
        'Nueva respuesta a su formulario',
        'Respuestas enviadas a',
      ],
    });
    const rows: [string, string][] = [
      [`${L[0]} ${L[4]}`, shown(c)],
      [`${L[1]} ${c.phone ? L[5] : L[4]}`, c.hasEmail ? c.person.email : none(c.lang)],
      [`${L[2]} ${L[5]}`, c.phone ?? none(c.lang)],
      [`${L[3]} ${L[5]}`, c.msg ? paras(c.msg) : none(c.lang)],
    ];
    const support = 'help@quillform.test';
    const html = `<h2>${esc(L[6])} — ${esc(c.biz.name)}</h2>\n<dl>\n${rows
      .map(([k, v]) => `<dt>${esc(k)}</dt>\n<dd>${esc(v).replace(/\n\n/g, '<br><br>')}</dd>`)
      .join('\n')}\n</dl>\n<p style="color:#888">Quillform · ${esc(L[7])} ${c.biz.inbox} · ${support}</p>`;
    const text = `${L[6]} — ${c.biz.name}\n\n${rows.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n--\nQuillform · ${L[7]} ${c.biz.inbox} · ${support}\n`;
    return {
      draft: {
        from: { name: 'Quillform', email: 'notify@quillform.test' },
        replyTo: c.hasEmail ? { email: c.person.email } : undefined,
        subject: `${L[6]}: ${c.biz.name}`,
        html,
        text,
        primary: 'html',
      },
      extraPii: c.caps ? [upper(full(c))] : [],
    };
  },
};

/** 2 — div/span grid, "Surname, first name" in one field, a country row and the site's own contact after. */
export const spanGridSurnameFirst: LeadLayout = {
  id: 'span-grid-surname-comma-country',
  description:
    'site builder "Brickpage" in HTML only: each field a <div class="row"> holding <span class="k"> and <span class="v">; the name under a label saying surname first, written "SURNAME, First" (surname in capitals on half), "Tel#" and "E-mail addr." abbreviations, a country row, then a multi-paragraph message, then the business\'s own contact block and Brickpage\'s "Powered by" line; about 30% of customers live in the neighbouring country and write their number nationally',
  foreign: 'country-field',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Surname, first name',
        'E-mail addr.',
        'Tel#',
        'Country',
        'Your enquiry',
        'Website enquiry',
        'Our contact details',
      ],
      de: [
        'Nachname, Vorname',
        'E-Mail-Adr.',
        'Tel.-Nr.',
        'Land',
        'Ihre Anfrage',
        'Anfrage über die Website',
        'So erreichen Sie uns',
      ],
      fr: [
        'Nom, prénom',
        'Adr. courriel',
        'Tél.',
        'Pays',
        'Votre demande',
        'Demande depuis le site',
        'Nos coordonnées',
      ],
      es: [
        'Apellido, nombre',
        'Dir. correo',
        'Tel.',
        'País',
        'Su consulta',
        'Consulta desde la web',
        'Nuestros datos',
      ],
    });
    const sur = c.n % 2 === 0 && !c.person.last.includes('ß') ? upper(c.person.last) : c.person.last;
    const nameVal = `${sur}, ${c.person.first}`;
    const row = (k: string, v: string) =>
      `<div class="row"><span class="k">${esc(k)}</span> <span class="v">${v}</span></div>`;
    const html = `<div class="grid">
<h3>${esc(L[5])}</h3>
${row(L[0], esc(nameVal))}
${c.hasEmail ? row(L[1], `<a href="mailto:${c.person.email}">${c.person.email}</a>`) : ''}
${c.phone ? row(L[2], esc(c.phone)) : ''}
${row(L[3], esc(c.countryName))}
${c.msg ? row(L[4], c.msg.map(esc).join('<br><br>')) : ''}
</div>
<div class="biz"><b>${esc(L[6])}</b><br>${esc(c.biz.name)}<br>${c.biz.switchboard}<br>${c.biz.inbox}</div>
<p style="font-size:11px">Powered by Brickpage — brickpage.test</p>`;
    return {
      draft: {
        from: { name: 'Brickpage', email: 'forms@brickpage.test' },
        subject: `${L[5]} (${c.biz.name})`,
        html,
      },
      extraPii: [nameVal],
    };
  },
};

/** 3 — booking tool with role-word labels, an assigned staff member and the client's vCard. */
export const bookingRoleVcard: LeadLayout = {
  id: 'booking-client-role-rows-vcard',
  description:
    'appointment tool "Slotwise" (HTML with text, .vcf attached): the slot and the assigned staff member with their mobile and e-mail first, then a label-left table of role words ("Client", "Client\'s e-mail", "Client\'s phone" with an extension on some, "Client\'s note"), and the client\'s vCard (E.164 phone)',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'New booking request',
        'Slot',
        'Assigned to',
        'Client',
        "Client's e-mail",
        "Client's phone",
        "Client's note",
        'ext.',
      ],
      de: [
        'Neue Buchungsanfrage',
        'Termin',
        'Zugeteilt an',
        'Kundin/Kunde',
        'E-Mail der Kundschaft',
        'Telefon der Kundschaft',
        'Notiz der Kundschaft',
        'Durchwahl',
      ],
      fr: [
        'Nouvelle demande de réservation',
        'Créneau',
        'Attribué à',
        'Client·e',
        'Courriel du client',
        'Téléphone du client',
        'Mot du client',
        'poste',
      ],
      es: [
        'Nueva solicitud de reserva',
        'Horario',
        'Asignado a',
        'Cliente',
        'Correo del cliente',
        'Teléfono del cliente',
        'Nota del cliente',
        'int.',
      ],
    });
    const ext = c.phone && c.n % 3 === 0 ? ` ${L[7]} ${c.rng.int(10, 99)}` : '';
    const slot = date(c.rng, c.lang);
    const rows: [string, string][] = [[L[3], full(c)]];
    if (c.hasEmail) rows.push([L[4], c.person.email]);
    if (c.phone) rows.push([L[5], c.phone + ext]);
    if (c.msg) rows.push([L[6], paras(c.msg)]);
    const html = `<h2>${esc(L[0])}</h2>
<p><b>${esc(L[1])}:</b> ${esc(slot)}<br><b>${esc(L[2])}:</b> ${esc(c.staff.name)} · ${c.staff.phone} · ${c.staff.email}</p>
<table border="1" cellpadding="4">
${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v).replace(/\n\n/g, '<br><br>')}</td></tr>`).join('\n')}
</table>
<p>Slotwise · ${esc(c.biz.name)}</p>`;
    const text = `${L[0]}\n\n${L[1]}: ${slot}\n${L[2]}: ${c.staff.name} · ${c.staff.phone} · ${c.staff.email}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nSlotwise · ${c.biz.name}\n`;
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${c.person.last};${c.person.first};;;`,
      `FN:${full(c)}`,
      c.hasEmail ? `EMAIL;TYPE=INTERNET:${c.person.email}` : '',
      c.phone ? `TEL;TYPE=CELL:${c.phoneE164}` : '',
      'END:VCARD',
      '',
    ]
      .filter((l, i, a) => l !== '' || i === a.length - 1)
      .join('\n');
    return {
      draft: {
        from: { name: 'Slotwise', email: 'bookings@slotwise.test' },
        subject: `${L[0]} — ${slot}`,
        html,
        text,
        primary: 'html',
        attachments: [attachment('client.vcf', 'text/vcard', vcf, { charset: 'utf-8' })],
      },
      others: [c.staff.name],
      extraPii: c.phone ? [c.phoneE164 ?? ''] : [],
    };
  },
};

/** 4 — plain pipe table whose values keep the builder's "» " answer marker. */
export const pipeArrowValues: LeadLayout = {
  id: 'plain-pipe-guillemet-answers',
  description:
    'form tool "Formcart" in plain text: a two-column pipe table (no border lines) where each answer is led by "» ", the message on one line, then "reply to this e-mail to answer the visitor" boilerplate and a legal paragraph about data retention',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Field',
        'Answer',
        'Name',
        'E-mail',
        'Phone',
        'Message',
        'You have a new submission',
        'Reply to this e-mail to answer the visitor directly.',
        'Formcart keeps submissions for 30 days. This message was generated automatically; Formcart Ltd is the processor acting for the site owner.',
      ],
      de: [
        'Feld',
        'Antwort',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Sie haben eine neue Einsendung',
        'Antworten Sie auf diese E-Mail, um dem Besucher direkt zu schreiben.',
        'Formcart speichert Einsendungen 30 Tage lang. Diese Nachricht wurde automatisch erzeugt; Formcart GmbH verarbeitet die Daten im Auftrag des Seitenbetreibers.',
      ],
      fr: [
        'Champ',
        'Réponse',
        'Nom',
        'Courriel',
        'Téléphone',
        'Message',
        'Vous avez un nouvel envoi',
        'Répondez à ce courriel pour écrire directement au visiteur.',
        'Formcart conserve les envois 30 jours. Ce message est automatique ; Formcart SAS agit comme sous-traitant du propriétaire du site.',
      ],
      es: [
        'Campo',
        'Respuesta',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        'Tiene un nuevo envío',
        'Responda a este correo para escribir directamente al visitante.',
        'Formcart guarda los envíos 30 días. Este mensaje es automático; Formcart S.L. trata los datos por cuenta del titular del sitio.',
      ],
    });
    const rows: [string, string][] = [
      [L[2], `» ${full(c)}`],
      [L[3], c.hasEmail ? `» ${c.person.email}` : '»'],
      [L[4], c.phone ? `» ${c.phone}` : '»'],
      [L[5], c.msg ? `» ${oneLine(c.msg)}` : '»'],
    ];
    const text = `${L[6]}\n\n| ${L[0]} | ${L[1]} |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n${L[7]}\n\n${L[8]}\n`;
    return {
      draft: {
        from: { name: 'Formcart', email: 'no-reply@formcart.test' },
        replyTo: c.hasEmail ? { email: c.person.email } : undefined,
        subject: `${L[6]} · ${c.biz.name}`,
        text,
      },
    };
  },
};

/** 5 — numbered questions with "Q:"/"A:" style markers in the language and indented answers. */
export const numberedQA: LeadLayout = {
  id: 'numbered-q-a-markers-indented',
  description:
    'quote funnel "Askly" in plain text: numbered items "1) Q: …" with the answer on the next line after an "A:" marker (localised: A:/Antw.:/R :/R:), indented by three spaces, multi-paragraph answers indented line by line; questions phrased by the owner, then the funnel\'s "score" line and an unsubscribe-from-alerts footer',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Q:',
        'A:',
        'What is your name?',
        'Best e-mail for the quote?',
        'A phone number in case we have questions?',
        'Tell us about the job',
        'Lead score',
        'Stop these alerts',
        'New quote request via Askly',
      ],
      de: [
        'F:',
        'Antw.:',
        'Wie heißen Sie?',
        'Ihre E-Mail für das Angebot?',
        'Eine Telefonnummer für Rückfragen?',
        'Beschreiben Sie Ihr Anliegen',
        'Lead-Bewertung',
        'Benachrichtigungen abbestellen',
        'Neue Angebotsanfrage über Askly',
      ],
      fr: [
        'Q :',
        'R :',
        'Quel est votre nom ?',
        'Votre courriel pour le devis ?',
        'Un numéro au cas où nous aurions des questions ?',
        'Décrivez-nous le travail',
        'Score du contact',
        'Ne plus recevoir ces alertes',
        'Nouvelle demande de devis via Askly',
      ],
      es: [
        'P:',
        'R:',
        '¿Cómo se llama?',
        '¿Su correo para el presupuesto?',
        '¿Un teléfono por si tenemos dudas?',
        'Cuéntenos el trabajo',
        'Puntuación del contacto',
        'Dejar de recibir avisos',
        'Nueva solicitud de presupuesto vía Askly',
      ],
    });
    const unreadable = c.hasEmail && c.phone !== null && c.n % 6 === 5;
    const words = pick4(c.lang, {
      en: 'evenings only, e-mail me first',
      de: 'nur abends, bitte erst mailen',
      fr: 'le soir seulement, écrivez-moi d’abord',
      es: 'solo por la tarde, escríbanme antes',
    });
    const ind = (s: string) =>
      s
        .split('\n')
        .map((l) => (l ? `   ${l}` : ''))
        .join('\n');
    const qa: [string, string][] = [
      [L[2], full(c)],
      [L[3], c.hasEmail ? c.person.email : '-'],
      [L[4], unreadable ? words : (c.phone ?? '-')],
      [L[5], c.msg ? paras(c.msg) : '-'],
    ];
    const text = `${L[8]} — ${c.biz.name}\n\n${qa.map(([q, a], i) => `${i + 1}) ${L[0]} ${q}\n   ${L[1]}\n${ind(a)}`).join('\n\n')}\n\n${L[6]}: ${c.rng.int(40, 99)}/100\n${L[7]}: https://askly.test/alerts/${c.rng.hex(10)}\n`;
    return {
      draft: { from: { name: 'Askly', email: 'alerts@askly.test' }, subject: L[8], text },
      phoneUnreadable: unreadable,
    };
  },
};

/** 6 — bullets with abbreviated labels, then the agent who will handle it and legal text. */
export const bulletsAgentLegal: LeadLayout = {
  id: 'bullets-abbrev-agent-legal',
  description:
    'website plugin "Leadnest" (HTML with text): a bullet list of "<b>Label</b>: value" with abbreviations ("Tel. mob.", "Mail", "Msg"), an extension after the phone on some, the message bullet holding paragraphs, then a "Handled by" block with the staff member\'s name, direct line and e-mail, and a confidentiality notice',
  build(c) {
    const L = pick4(c.lang, {
      en: [
        'Full name',
        'Mail',
        'Tel. mob.',
        'Msg',
        'Handled by',
        'Confidential: this e-mail and any attachment are intended only for the addressee. If you received it by mistake, delete it and tell the sender.',
        'New contact from your website',
        'ext',
      ],
      de: [
        'Vollst. Name',
        'Mail',
        'Tel. mob.',
        'Nachr.',
        'Bearbeitet von',
        'Vertraulich: Diese E-Mail samt Anhängen ist nur für den Empfänger bestimmt. Wenn Sie sie irrtümlich erhalten haben, löschen Sie sie bitte und informieren Sie den Absender.',
        'Neuer Kontakt über Ihre Website',
        'DW',
      ],
      fr: [
        'Nom compl.',
        'Mél.',
        'Tél. mob.',
        'Msg',
        'Suivi par',
        'Confidentiel : ce courriel et ses pièces jointes sont destinés au seul destinataire. Si vous l’avez reçu par erreur, supprimez-le et prévenez l’expéditeur.',
        'Nouveau contact depuis votre site',
        'poste',
      ],
      es: [
        'Nombre compl.',
        'Correo',
        'Tel. móv.',
        'Msj.',
        'Atendido por',
        'Confidencial: este correo y sus adjuntos son solo para su destinatario. Si lo recibió por error, bórrelo y avise al remitente.',
        'Nuevo contacto desde su web',
        'ext.',
      ],
    });
    const ext = c.phone && c.n % 4 === 1 ? ` (${L[7]} ${c.rng.int(100, 999)})` : '';
    const items: [string, string][] = [[L[0], full(c)]];
    if (c.hasEmail) items.push([L[1], c.person.email]);
    if (c.phone) items.push([L[2], c.phone + ext]);
    const html = `<p>${esc(L[6])}</p>
<ul>
${items.map(([k, v]) => `<li><b>${esc(k)}</b>: ${esc(v)}</li>`).join('\n')}
${c.msg ? `<li><b>${esc(L[3])}</b>:${htmlParas(c.msg)}</li>` : ''}
</ul>
<p><b>${esc(L[4])}</b><br>${esc(c.staff.name)}<br>${c.staff.phone}<br>${c.staff.email}</p>
<p style="font-size:10px;color:#999">${esc(L[5])}</p>`;
    const text = `${L[6]}\n\n${items.map(([k, v]) => `* ${k}: ${v}`).join('\n')}\n${c.msg ? `* ${L[3]}:\n${paras(c.msg)}\n` : ''}\n${L[4]}\n${c.staff.name}\n${c.staff.phone}\n${c.staff.email}\n\n${L[5]}\n`;
    return {
      draft: {
        from: { name: `${c.biz.name} (Leadnest)`, email: 'relay@leadnest.test' },
        subject: L[6],
        html,
        text,
        primary: 'text',
      },
      others: [c.staff.name],
    };
  },
};

/** 18 — the customer writes straight to the business, display name "Last, First", phone in the signature. */
export const personalLastFirst: LeadLayout = {
  id: 'personal-letter-lastfirst-display',
  description:
    'the customer writes from a work-style mailbox (HTML with text): From display name "Last, First", a greeting, prose paragraphs, a sign-off with the full name, and a signature with a mobile label ("Mob." / "Handy" / "Cell." / "Cel.") written with 00, + or +CC (0) on most, then the mail app\'s "Sent with" line',
  needsEmail: true,
  foreign: 'international',
  forms: ['00', 'international', '+CC (0)', 'national', 'e164'],
  build(c) {
    const L = pick4(c.lang, {
      en: ['Hello,', 'Kind regards,', 'Mob.', 'Sent with Tidemail', 'Enquiry'],
      de: ['Guten Tag,', 'Freundliche Grüße', 'Handy', 'Gesendet mit Tidemail', 'Anfrage'],
      fr: ['Bonjour,', 'Bien cordialement,', 'Port.', 'Envoyé avec Tidemail', 'Demande'],
      es: ['Hola:', 'Un saludo,', 'Cel.', 'Enviado con Tidemail', 'Consulta'],
    });
    const body = c.msg ?? [
      pick4(c.lang, {
        en: 'Could you call me back?',
        de: 'Können Sie mich zurückrufen?',
        fr: 'Pourriez-vous me rappeler ?',
        es: '¿Podrían llamarme?',
      }),
    ];
    const sig = `${full(c)}${c.phone ? `\n${L[2]} ${c.phone}` : ''}`;
    const text = `${L[0]}\n\n${paras(body)}\n\n${L[1]}\n${sig}\n\n${L[3]}\n`;
    const html = `<p>${esc(L[0])}</p>\n${htmlParas(body)}\n<p>${esc(L[1])}<br>${esc(sig).replace(/\n/g, '<br>')}</p>\n<p style="color:#aaa">${esc(L[3])}</p>`;
    return {
      draft: {
        from: { name: `${c.person.last}, ${c.person.first}`, email: c.person.email },
        subject: `${L[4]} — ${c.biz.name}`,
        text,
        html,
        primary: 'text',
      },
      expected: { message: paras(body) },
      extraPii: [`${c.person.last}, ${c.person.first}`],
    };
  },
};
