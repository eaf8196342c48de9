/** Lead layouts that are not ad platforms: forwards, replies, call tracking, attachments, HTML echoes, outlines. */
import { attachment } from '../mime.js';
import { countryName, upper } from '../people.js';
import type { L, LeadLayout } from '../types.js';
import { br, dateLong, dateShort, drawWhen, esc, fullOf, letter, signature, time, tr } from '../util.js';

const SUBJ: L = {
  en: 'Enquiry',
  de: 'Anfrage',
  fr: 'Demande de renseignements',
  es: 'Consulta',
};

const NOTE: Record<string, string[]> = {
  en: [
    'Can someone pick this up please? It came to my own address.',
    'Forwarding this one – please call them back today.',
    'FYI, new enquiry below.',
  ],
  de: [
    'Kann das bitte jemand übernehmen? Kam an meine Adresse.',
    'Leite ich weiter – bitte heute noch zurückrufen.',
    'Zur Info, neue Anfrage unten.',
  ],
  fr: [
    'Quelqu’un peut s’en occuper ? C’est arrivé sur mon adresse.',
    'Je vous transfère – merci de rappeler aujourd’hui.',
    'Pour info, nouvelle demande ci-dessous.',
  ],
  es: [
    '¿Alguien puede encargarse? Me llegó a mi dirección.',
    'Os lo reenvío, por favor llamad hoy.',
    'Para vuestra información, nueva consulta abajo.',
  ],
};

const mutt: LeadLayout = {
  id: 'forward-mutt-quoted',
  description:
    'a colleague forwards from a terminal mail client (Mutt style): note and signature with direct line, then "----- Forwarded message from Name <address> -----" (localised), Date/From/To/Subject lines and the customer’s own letter, every forwarded line prefixed with "> ", closed by "----- End forwarded message -----"',
  count: 16,
  body: 'plain',
  needsEmail: true,
  needsMessage: true,
  letter: true,
  build(ctx) {
    const { lang, rng, person, staff } = ctx;
    const w = drawWhen(rng);
    const [open, close] = {
      en: [
        `----- Forwarded message from ${fullOf(person)} <${person.email}> -----`,
        '----- End forwarded message -----',
      ],
      de: [
        `----- Weitergeleitete Nachricht von ${fullOf(person)} <${person.email}> -----`,
        '----- Ende weitergeleitete Nachricht -----',
      ],
      fr: [
        `----- Message transféré de ${fullOf(person)} <${person.email}> -----`,
        '----- Fin du message transféré -----',
      ],
      es: [
        `----- Mensaje reenviado de ${fullOf(person)} <${person.email}> -----`,
        '----- Fin del mensaje reenviado -----',
      ],
    }[lang];
    const inner = [
      `Date: ${dateShort(w, lang)} ${time(w)}`,
      `From: ${fullOf(person)} <${person.email}>`,
      `To: ${staff.full} <${staff.email}>`,
      `Subject: ${tr(SUBJ, lang)}`,
      '',
      letter(rng, lang, person, ctx.message ?? '', ctx.phone),
    ]
      .join('\n')
      .split('\n')
      .map((l) => (l === '' ? '>' : `> ${l}`));
    const text = [
      rng.pick(NOTE[lang] ?? []),
      '',
      signature(rng, lang, staff, ctx.biz),
      '',
      open,
      '',
      ...inner,
      '',
      close,
    ].join('\n');
    return {
      draft: {
        from: { name: staff.full, email: staff.email },
        to: [{ email: ctx.biz.inbox }],
        subject: `Fwd: ${tr(SUBJ, lang)}`,
        text,
      },
      others: [staff.full],
    };
  },
};

const notes: LeadLayout = {
  id: 'forward-notes-forwarded-by',
  description:
    'a colleague forwards from HCL/Lotus Notes: note and signature, then the localised "----- Forwarded by Name/BUSINESS on date -----" rule and a From/To/Date/Subject header table (tab-separated in text, a table in HTML), then the customer’s own letter; HTML with text',
  count: 16,
  body: 'alt',
  needsEmail: true,
  needsMessage: true,
  letter: true,
  build(ctx) {
    const { lang, rng, person, staff, biz } = ctx;
    const w = drawWhen(rng);
    const org = upper(biz.name.split(' ')[0] ?? biz.name);
    const rule = {
      en: `----- Forwarded by ${staff.full}/${org} on ${dateShort(w, lang)} ${time(w)} -----`,
      de: `----- Weitergeleitet von ${staff.full}/${org} am ${dateShort(w, lang)} ${time(w)} -----`,
      fr: `----- Transféré par ${staff.full}/${org} le ${dateShort(w, lang)} ${time(w)} -----`,
      es: `----- Reenviado por ${staff.full}/${org} el ${dateShort(w, lang)} ${time(w)} -----`,
    }[lang];
    const H = {
      en: ['From:', 'To:', 'Date:', 'Subject:'],
      de: ['Von:', 'An:', 'Datum:', 'Betreff:'],
      fr: ['De :', 'A :', 'Date :', 'Objet :'],
      es: ['De:', 'Para:', 'Fecha:', 'Asunto:'],
    }[lang];
    const head: [string, string][] = [
      [H[0] as string, `${fullOf(person)} <${person.email}>`],
      [H[1] as string, staff.email],
      [H[2] as string, `${dateShort(w, lang)} ${time(w)}`],
      [H[3] as string, tr(SUBJ, lang)],
    ];
    const body = letter(rng, lang, person, ctx.message ?? '', ctx.phone);
    const note = rng.pick(NOTE[lang] ?? []);
    const sig = signature(rng, lang, staff, biz);
    const text = [note, '', sig, '', rule, '', ...head.map(([k, v]) => `${k}\t${v}`), '', body].join('\n');
    const html = [
      `<p>${esc(note)}</p>`,
      `<p style="color:#555">${br(sig)}</p>`,
      `<p style="font-size:10pt;color:#800080">${esc(rule)}</p>`,
      '<table style="font-size:9pt">',
      ...head.map(([k, v]) => `<tr><td style="color:#5f5f5f">${esc(k)}</td><td>${esc(v)}</td></tr>`),
      '</table><br>',
      `<div style="font-size:10pt">${br(body)}</div>`,
    ].join('\n');
    return {
      draft: {
        from: { name: staff.full, email: staff.email },
        to: [{ email: biz.inbox }],
        subject: `${tr({ en: 'Fw:', de: 'WG:', fr: 'TR :', es: 'RV:' }, lang)} ${tr(SUBJ, lang)}`,
        text,
        html,
        primary: 'html',
      },
      others: [staff.full],
    };
  },
};

const OFFER: L = {
  en: 'This month only: free consultation for new customers. Reply to this email and we will get back to you.',
  de: 'Nur diesen Monat: kostenlose Erstberatung für Neukunden. Antworten Sie einfach auf diese E-Mail.',
  fr: 'Ce mois-ci seulement : premier conseil gratuit pour les nouveaux clients. Répondez simplement à ce courriel.',
  es: 'Solo este mes: primera consulta gratuita para nuevos clientes. Responda a este correo y le contactaremos.',
};

const bottom: LeadLayout = {
  id: 'reply-bottom-posted',
  description:
    'the customer answers the business’s promotional mail bottom-posted: the localised "On … wrote:" attribution and the quoted promotion ("> " lines with the business’s phone and address) first, then below it the customer’s greeting, words, sign-off, name and sometimes number',
  count: 16,
  body: 'plain',
  needsEmail: true,
  needsMessage: true,
  letter: true,
  build(ctx) {
    const { lang, rng, person, biz } = ctx;
    const w = drawWhen(rng);
    const news = `news@${biz.domain}`;
    const attr = {
      en: `On ${dateLong(w, lang)} at ${time(w)}, ${biz.name} <${news}> wrote:`,
      de: `Am ${dateLong(w, lang)} um ${time(w)} schrieb ${biz.name} <${news}>:`,
      fr: `Le ${dateLong(w, lang)} à ${time(w)}, ${biz.name} <${news}> a écrit :`,
      es: `El ${dateLong(w, lang)} a las ${time(w)}, ${biz.name} <${news}> escribió:`,
    }[lang];
    const quoted = [
      biz.name,
      '',
      tr(OFFER, lang),
      '',
      `${biz.name} · ${biz.city} · ${biz.phone}`,
      `https://${biz.domain}`,
    ].map((l) => (l === '' ? '>' : `> ${l}`));
    const text = [attr, ...quoted, '', letter(rng, lang, person, ctx.message ?? '', ctx.phone)].join('\n');
    return {
      draft: {
        from: { name: fullOf(person), email: person.email },
        to: [{ name: biz.name, email: biz.inbox }],
        subject: `Re: ${biz.name} – ${tr({ en: 'November news', de: 'Neuigkeiten im November', fr: 'Nouvelles de novembre', es: 'Novedades de noviembre' }, lang)}`,
        text,
      },
    };
  },
};

const calltrack: LeadLayout = {
  id: 'call-tracking-text-back',
  description:
    'call-tracking tool "Callsight" in HTML: a missed call answered by an automatic text-back; caller id as "SURNAME, FIRSTNAME" in capitals, the caller’s number, the business’s tracking number and the line it forwards to, call length and source, then the SMS conversation (the automatic text and the caller’s reply, which is the message); no email',
  count: 16,
  body: 'html',
  noEmail: true,
  needsPhone: true,
  needsMessage: true,
  forms: ['e164', 'international', 'national'],
  build(ctx) {
    const { lang, rng, person, biz } = ctx;
    const cnam = `${upper(person.last)}, ${upper(person.first)}`;
    const w = drawWhen(rng);
    const L = {
      en: [
        'Caller ID',
        'Caller number',
        'Tracking number',
        'Forwarded to',
        'Duration',
        'Source',
        'Missed call – text-back sent',
        'Automatic text',
        'Reply from caller',
        'Website (organic)',
      ],
      de: [
        'Anruferkennung',
        'Rufnummer des Anrufers',
        'Tracking-Nummer',
        'Weitergeleitet an',
        'Dauer',
        'Quelle',
        'Verpasster Anruf – Rückantwort per SMS gesendet',
        'Automatische SMS',
        'Antwort des Anrufers',
        'Website (organisch)',
      ],
      fr: [
        'Identifiant de l’appelant',
        'Numéro de l’appelant',
        'Numéro de suivi',
        'Renvoyé vers',
        'Durée',
        'Source',
        'Appel manqué – SMS automatique envoyé',
        'SMS automatique',
        'Réponse de l’appelant',
        'Site web (naturel)',
      ],
      es: [
        'Identificador de llamada',
        'Número del llamante',
        'Número de seguimiento',
        'Desviado a',
        'Duración',
        'Origen',
        'Llamada perdida – SMS automático enviado',
        'SMS automático',
        'Respuesta del llamante',
        'Sitio web (orgánico)',
      ],
    }[lang];
    const auto = tr(
      {
        en: `Sorry we missed your call! This is ${biz.name}. How can we help?`,
        de: `Entschuldigung, wir haben Ihren Anruf verpasst! Hier ist ${biz.name}. Wie können wir helfen?`,
        fr: `Désolés d’avoir manqué votre appel ! Ici ${biz.name}. Comment pouvons-nous vous aider ?`,
        es: `¡Perdón por no atender su llamada! Le escribe ${biz.name}. ¿En qué podemos ayudarle?`,
      },
      lang,
    );
    const tracking = biz.phone.replace(/\d(?=\d{2}$)/, (d) => String((Number(d) + 3) % 10));
    const td = 'style="padding:3px 10px 3px 0;color:#777"';
    const html = [
      `<h3>${esc(L[6] as string)}</h3>`,
      '<table>',
      `<tr><td ${td}>${esc(L[0] as string)}</td><td><b>${esc(cnam)}</b></td></tr>`,
      `<tr><td ${td}>${esc(L[1] as string)}</td><td>${esc(ctx.phone ?? '')}</td></tr>`,
      `<tr><td ${td}>${esc(L[2] as string)}</td><td>${esc(tracking)}</td></tr>`,
      `<tr><td ${td}>${esc(L[3] as string)}</td><td>${esc(biz.phone)}</td></tr>`,
      `<tr><td ${td}>${esc(L[4] as string)}</td><td>0:${String(rng.int(4, 40)).padStart(2, '0')}</td></tr>`,
      `<tr><td ${td}>${esc(L[5] as string)}</td><td>${esc(L[9] as string)}</td></tr>`,
      '</table>',
      `<p style="background:#eef;padding:8px;border-radius:8px"><small>${esc(L[7] as string)} · ${time(w)}</small><br>${esc(auto)}</p>`,
      `<p style="background:#efe;padding:8px;border-radius:8px"><small>${esc(L[8] as string)} · ${time({ ...w, mi: (w.mi + 3) % 60 })}</small><br>${br(ctx.message ?? '')}</p>`,
      `<p style="color:#999;font-size:11px">Callsight · ${esc(tr({ en: 'call tracking for', de: 'Call-Tracking für', fr: 'suivi d’appels pour', es: 'seguimiento de llamadas para' }, lang))} ${esc(biz.name)}</p>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Callsight', email: 'notify@callsight.test' },
        to: [{ email: biz.inbox }],
        subject: `${L[6]}: ${ctx.phone}`,
        html,
      },
      forms: [cnam, upper(person.last), upper(person.first)],
    };
  },
};

function underline(s: string, ch: string): string {
  return `${s}\n${ch.repeat([...s].length)}`;
}

const rst: LeadLayout = {
  id: 'txt-underlined-headings',
  description:
    'booking tool "Termina" saves each request as a .txt attachment in which every label is a heading underlined with dashes and the value stands in the paragraph below (request number underlined with "="); the body is two lines pointing to the file',
  count: 16,
  body: 'plain +att',
  build(ctx) {
    const { lang, rng, person } = ctx;
    const L = {
      en: ['Request', 'Name', 'E-mail', 'Telephone', 'Your message', 'Submitted'],
      de: ['Anfrage', 'Name', 'E-Mail', 'Telefon', 'Ihre Nachricht', 'Gesendet am'],
      fr: ['Demande', 'Nom', 'Courriel', 'Téléphone', 'Votre message', 'Envoyée le'],
      es: ['Solicitud', 'Nombre', 'Correo', 'Teléfono', 'Su mensaje', 'Enviada el'],
    }[lang];
    const no = `${rng.int(10000, 99999)}`;
    const w = drawWhen(rng);
    const parts = [underline(`${L[0]} ${no}`, '='), '', underline(L[1] as string, '-'), fullOf(person), ''];
    if (ctx.email) parts.push(underline(L[2] as string, '-'), ctx.email, '');
    if (ctx.phone) parts.push(underline(L[3] as string, '-'), ctx.phone, '');
    if (ctx.message) parts.push(underline(L[4] as string, '-'), ctx.message, '');
    parts.push(underline(L[5] as string, '-'), `${dateShort(w, lang)} ${time(w)}`, '');
    const fname = `${tr({ en: 'request', de: 'anfrage', fr: 'demande', es: 'solicitud' }, lang)}-${no}.txt`;
    const text = tr(
      {
        en: `A new request was saved in Termina.\nThe details are in the attached file ${fname}.`,
        de: `Eine neue Anfrage wurde in Termina gespeichert.\nDie Angaben stehen in der angehängten Datei ${fname}.`,
        fr: `Une nouvelle demande a été enregistrée dans Termina.\nLe détail se trouve dans le fichier joint ${fname}.`,
        es: `Se guardó una nueva solicitud en Termina.\nLos datos están en el archivo adjunto ${fname}.`,
      },
      lang,
    );
    return {
      draft: {
        from: { name: 'Termina', email: 'noreply@termina.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `Termina: ${L[0]} ${no}`,
        text,
        attachments: [
          attachment(fname, 'text/plain', parts.join('\n'), {
            charset: rng.pick(['utf-8', 'iso-8859-1', 'windows-1252'] as const),
            transfer: ctx.transfer,
          }),
        ],
      },
    };
  },
};

const echo: LeadLayout = {
  id: 'html-input-echo',
  description:
    'form plugin "Formecho" mails a read-only copy of the filled-in form in HTML only: <label> elements with <input readonly value="…"> (text, email, tel), a <select> with the chosen country marked selected, the message inside a <textarea>, a ticked consent checkbox; the site admin’s address in the footer',
  count: 16,
  body: 'html',
  foreignCustomers: true,
  forms: ['national', 'compact', 'dotted', 'slashed', 'international'],
  build(ctx) {
    const { lang, person, biz } = ctx;
    const L = {
      en: [
        'Your name',
        'Email address',
        'Phone',
        'Country',
        'How can we help?',
        'I agree to be contacted about my request.',
      ],
      de: [
        'Ihr Name',
        'E-Mail-Adresse',
        'Telefon',
        'Land',
        'Wie können wir helfen?',
        'Ich bin einverstanden, zu meiner Anfrage kontaktiert zu werden.',
      ],
      fr: [
        'Votre nom',
        'Adresse e-mail',
        'Téléphone',
        'Pays',
        'Comment pouvons-nous vous aider ?',
        'J’accepte d’être contacté au sujet de ma demande.',
      ],
      es: [
        'Su nombre',
        'Correo electrónico',
        'Teléfono',
        'País',
        '¿Cómo podemos ayudarle?',
        'Acepto que me contacten sobre mi solicitud.',
      ],
    }[lang];
    const countries = [...new Set([biz.region, biz.neighbour, ctx.country])];
    const field = (id: string, label: string, type: string, value: string) =>
      `<p><label for="${id}">${esc(label)}</label><br><input id="${id}" name="${id}" type="${type}" value="${esc(value)}" readonly style="width:320px"></p>`;
    const html = [
      `<h2>${esc(tr({ en: 'Copy of your website form', de: 'Kopie Ihres Website-Formulars', fr: 'Copie du formulaire de votre site', es: 'Copia del formulario de su web' }, lang))}</h2>`,
      '<form>',
      field('name', L[0] as string, 'text', fullOf(person)),
      field('email', L[1] as string, 'email', ctx.email ?? ''),
      field('phone', L[2] as string, 'tel', ctx.phone ?? ''),
      `<p><label for="country">${esc(L[3] as string)}</label><br><select id="country" name="country" disabled>${countries.map((c) => `<option value="${c}"${c === ctx.country ? ' selected' : ''}>${esc(countryName(c, lang))}</option>`).join('')}</select></p>`,
      `<p><label for="message">${esc(L[4] as string)}</label><br><textarea id="message" name="message" rows="5" cols="50" readonly>${esc(ctx.message ?? '')}</textarea></p>`,
      `<p><input type="checkbox" checked disabled> ${esc(L[5] as string)}</p>`,
      '</form>',
      `<p style="color:#888;font-size:11px">Formecho · ${esc(`admin@${biz.domain}`)} · https://${biz.domain}/contact</p>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Formecho', email: `formecho@${biz.domain}` },
        to: [{ email: biz.inbox }],
        subject: `${tr({ en: 'Form copy', de: 'Formularkopie', fr: 'Copie du formulaire', es: 'Copia del formulario' }, lang)}: ${fullOf(person)}`,
        html,
      },
    };
  },
};

function vEsc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

const crm: LeadLayout = {
  id: 'crm-two-vcards',
  description:
    'CRM "Dealdesk" announces a new deal created from the website form in HTML (deal name, stage, value, owner) and attaches contacts.vcf holding two vCard 4.0 cards: first the deal owner (the business’s staff, ORG = business, work phone), then the customer (N, FN, EMAIL, TEL as text or, with an extension, as a tel: URI "tel:+…;ext=…", NOTE with the escaped message)',
  count: 16,
  body: 'html +att',
  extensions: true,
  build(ctx) {
    const { lang, rng, person, staff, biz } = ctx;
    const ownerCard = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      `N:${vEsc(staff.last)};${vEsc(staff.first)};;;`,
      `FN:${vEsc(staff.full)}`,
      `ORG:${vEsc(biz.name)}`,
      `EMAIL;TYPE=work:${staff.email}`,
      `TEL;TYPE=work;VALUE=text:${staff.phone}`,
      'KIND:individual',
      'END:VCARD',
    ];
    const cust = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      `N:${vEsc(person.last)};${vEsc(person.first)};;;`,
      `FN:${vEsc(fullOf(person))}`,
    ];
    if (ctx.email) cust.push(`EMAIL;TYPE=home:${ctx.email}`);
    const uri = ctx.e164 && ctx.ext ? `tel:${ctx.e164};ext=${ctx.ext}` : null;
    if (uri) cust.push(`TEL;TYPE=work;VALUE=uri:${uri}`);
    else if (ctx.phone) cust.push(`TEL;TYPE=cell;VALUE=text:${ctx.phone}`);
    if (ctx.message) cust.push(`NOTE:${vEsc(ctx.message)}`);
    cust.push(`SOURCE:https://dealdesk.test/c/${rng.hex(10)}`, 'END:VCARD');
    const L = {
      en: [
        'New deal from your website form',
        'Deal',
        'Stage',
        'Value',
        'Owner',
        'New',
        'Both contacts are attached as contacts.vcf.',
      ],
      de: [
        'Neuer Deal aus Ihrem Website-Formular',
        'Deal',
        'Phase',
        'Wert',
        'Verantwortlich',
        'Neu',
        'Beide Kontakte hängen als contacts.vcf an.',
      ],
      fr: [
        'Nouvelle affaire depuis le formulaire du site',
        'Affaire',
        'Étape',
        'Montant',
        'Responsable',
        'Nouveau',
        'Les deux contacts sont joints (contacts.vcf).',
      ],
      es: [
        'Nuevo negocio desde el formulario web',
        'Negocio',
        'Etapa',
        'Valor',
        'Responsable',
        'Nuevo',
        'Ambos contactos van adjuntos en contacts.vcf.',
      ],
    }[lang];
    const deal = `${fullOf(person)} – ${tr({ en: 'website', de: 'Website', fr: 'site web', es: 'web' }, lang)}`;
    const html = [
      `<h3>${esc(L[0] as string)}</h3>`,
      `<table><tr><td>${esc(L[1] as string)}</td><td><b>${esc(deal)}</b></td></tr><tr><td>${esc(L[2] as string)}</td><td>${esc(L[5] as string)}</td></tr><tr><td>${esc(L[3] as string)}</td><td>${rng.int(5, 90) * 100} €</td></tr><tr><td>${esc(L[4] as string)}</td><td>${esc(staff.full)}</td></tr></table>`,
      `<p>${esc(L[6] as string)}</p>`,
      '<p style="color:#999">Dealdesk CRM · dealdesk.test</p>',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Dealdesk', email: 'deals@dealdesk.test' },
        to: [{ email: biz.inbox }],
        subject: `Dealdesk: ${deal}`,
        html,
        attachments: [
          attachment('contacts.vcf', 'text/vcard', `${ownerCard.join('\n')}\n${cust.join('\n')}\n`, {
            charset: 'utf-8',
            transfer: ctx.transfer,
          }),
        ],
      },
      others: [staff.full],
      forms: [`${person.last};${person.first}`],
      ...(uri && ctx.e164 ? { phoneWritten: ctx.e164 } : {}),
    };
  },
};

const CARETAKER: Record<string, string[]> = {
  en: ['Mr Dennis Kirby (building manager)', 'Mrs Wendy Archer (landlady)'],
  de: ['Herr Rüdiger Stamm (Hausmeister)', 'Frau Ingrid Pohl (Vermieterin)'],
  fr: ['M. Gérard Vaillant (concierge)', 'Mme Josiane Roux (propriétaire)'],
  es: ['Sr. Ramiro Ledesma (portero)', 'Sra. Amparo Gil (casera)'],
};

const outline: LeadLayout = {
  id: 'removals-indented-outline',
  description:
    'removals quote engine "Movewise" in plain text as an indented outline without colons: section words on their own lines, then "label   value" pairs indented under them (moving from / moving to with address, floor and lift, an on-site contact who is a third party with a phone, date, inventory bullets, the customer block, the customer’s notes indented below)',
  count: 16,
  body: 'plain',
  sector: 'removals',
  build(ctx) {
    const { lang, rng, person, biz } = ctx;
    const L = {
      en: [
        'MOVE REQUEST',
        'Moving from',
        'Moving to',
        'Address',
        'Floor',
        'Lift',
        'Contact on site',
        'Moving date',
        'Inventory',
        'Customer',
        'Name',
        'Mobile',
        'Email',
        'Notes from customer',
        'yes',
        'no',
      ],
      de: [
        'UMZUGSANFRAGE',
        'Auszug',
        'Einzug',
        'Adresse',
        'Etage',
        'Aufzug',
        'Ansprechpartner vor Ort',
        'Umzugstermin',
        'Umzugsgut',
        'Kunde',
        'Name',
        'Mobil',
        'E-Mail',
        'Anmerkungen des Kunden',
        'ja',
        'nein',
      ],
      fr: [
        'DEMANDE DE DÉMÉNAGEMENT',
        'Départ',
        'Arrivée',
        'Adresse',
        'Étage',
        'Ascenseur',
        'Contact sur place',
        'Date du déménagement',
        'Inventaire',
        'Client',
        'Nom',
        'Cellulaire',
        'Courriel',
        'Remarques du client',
        'oui',
        'non',
      ],
      es: [
        'SOLICITUD DE MUDANZA',
        'Origen',
        'Destino',
        'Dirección',
        'Planta',
        'Ascensor',
        'Contacto en el lugar',
        'Fecha de mudanza',
        'Inventario',
        'Cliente',
        'Nombre',
        'Móvil',
        'Correo',
        'Notas del cliente',
        'sí',
        'no',
      ],
    }[lang];
    const streets = {
      en: ['14 Maple Avenue', '220 Ridge Road', '7 Orchard Lane'],
      de: ['Bautzner Str. 12', 'Lindenweg 4', 'Am Hang 27'],
      fr: ['245, rue King Ouest', '18, rue des Érables', '9, chemin du Lac'],
      es: ['Calle 10 # 43-21', 'Carrera 70 # 5-12', 'Avenida 33 # 80-40'],
    }[lang];
    const caretaker = rng.pick(CARETAKER[lang] ?? []);
    const ctName = caretaker.replace(/^(Mr|Mrs|Herr|Frau|M\.|Mme|Sr\.|Sra\.) /, '').replace(/ \(.*\)$/, '');
    const ctPhone = biz.phone.replace(/\d(?=\d{3}$)/, (d) => String((Number(d) + 5) % 10));
    const w = drawWhen(rng);
    const pad = (label: string, indent: number) => `${' '.repeat(indent)}${label.padEnd(26 - indent)}`;
    const lines = [
      `${L[0]} #${rng.int(50000, 59999)}`,
      '',
      `  ${L[1]}`,
      `${pad(L[3] as string, 4)}${rng.pick(streets)}, ${biz.city}`,
      `${pad(L[4] as string, 4)}${rng.int(0, 6)}`,
      `${pad(L[5] as string, 4)}${rng.pick([L[14], L[15]])}`,
      `${pad(L[6] as string, 4)}${caretaker} ${ctPhone}`,
      `  ${L[2]}`,
      `${pad(L[3] as string, 4)}${rng.pick(streets)}, ${biz.city}`,
      `${pad(L[4] as string, 4)}${rng.int(0, 6)}`,
      `${pad(L[7] as string, 2)}${dateShort(w, lang)}`,
      `  ${L[8]}`,
      ...{
        en: ['sofa (3-seater)', 'double bed', 'boxes ×25'],
        de: ['Sofa (3-Sitzer)', 'Doppelbett', 'Kartons ×25'],
        fr: ['canapé 3 places', 'lit double', 'cartons ×25'],
        es: ['sofá de 3 plazas', 'cama doble', 'cajas ×25'],
      }[lang].map((x) => `    - ${x}`),
      `  ${L[9]}`,
      `${pad(L[10] as string, 4)}${fullOf(person)}`,
    ];
    if (ctx.phone) lines.push(`${pad(L[11] as string, 4)}${ctx.phone}`);
    if (ctx.email) lines.push(`${pad(L[12] as string, 4)}${ctx.email}`);
    if (ctx.message)
      lines.push(`  ${L[13]}`, ...ctx.message.split('\n').map((l) => (l === '' ? '' : `    ${l}`)));
    lines.push(
      '',
      `Movewise · ${tr({ en: 'quote engine for', de: 'Angebotsrechner für', fr: 'calculateur de soumission pour', es: 'cotizador para' }, lang)} ${biz.name}`,
    );
    return {
      draft: {
        from: { name: 'Movewise', email: 'requests@movewise.test' },
        to: [{ email: biz.inbox }],
        subject: `${L[0]} – ${fullOf(person)}`,
        text: lines.join('\n'),
      },
      others: [ctName],
    };
  },
};

const solar: LeadLayout = {
  id: 'solar-tickbox-survey',
  description:
    'solar installer’s home-made survey form (plugin "Sunquote") in plain text: questions with their options listed as "(x)"/"( )" radios and "[x]"/"[ ]" tick boxes, contact fields under labels people write ("Best number (WhatsApp ok)", "Your e-mail pls", "Handy / WhatsApp", "Portable", "Cel./WhatsApp") and "Anything else we should know?" as the message',
  count: 16,
  body: 'plain',
  sector: 'solar',
  build(ctx) {
    const { lang, rng, person } = ctx;
    const Q = {
      en: [
        'Roof type',
        ['Pitched tiles', 'Flat roof', 'Metal sheet'],
        'Which way does the roof face?',
        ['South', 'East/West', 'Not sure'],
        'Interested in',
        ['Panels', 'Battery', 'EV charger'],
        'Your name',
        'Best number (WhatsApp ok)',
        'Your e-mail pls',
        'Anything else we should know?',
      ],
      de: [
        'Dachart',
        ['Ziegeldach', 'Flachdach', 'Blechdach'],
        'Ausrichtung des Daches?',
        ['Süd', 'Ost/West', 'Weiß nicht'],
        'Interesse an',
        ['Module', 'Speicher', 'Wallbox'],
        'Wie heißen Sie?',
        'Handy / WhatsApp',
        'Mail-Adresse bitte',
        'Sonst noch etwas, das wir wissen sollten?',
      ],
      fr: [
        'Type de toiture',
        ['Tuiles', 'Toit plat', 'Bac acier'],
        'Orientation du toit ?',
        ['Sud', 'Est/Ouest', 'Je ne sais pas'],
        'Intéressé par',
        ['Panneaux', 'Batterie', 'Borne de recharge'],
        'Vos nom et prénom',
        'Portable',
        'Votre mail svp',
        'Autre chose à nous dire ?',
      ],
      es: [
        'Tipo de tejado',
        ['Teja', 'Azotea plana', 'Lámina metálica'],
        '¿Hacia dónde mira el tejado?',
        ['Sur', 'Este/Oeste', 'No sé'],
        'Le interesa',
        ['Paneles', 'Batería', 'Cargador para coche'],
        'Su nombre',
        'Cel./WhatsApp',
        'Su correo porfa',
        '¿Algo más que debamos saber?',
      ],
    }[lang] as [string, string[], string, string[], string, string[], string, string, string, string];
    const radio = (opts: string[]) => {
      const k = rng.int(0, opts.length - 1);
      return opts.map((o, i) => `  (${i === k ? 'x' : ' '}) ${o}`);
    };
    const ticks = (opts: string[]) =>
      opts.map((o, i) => `  [${i === 0 || rng.chance(0.5) ? 'x' : ' '}] ${o}`);
    const lines = [
      tr(
        {
          en: 'New solar survey response',
          de: 'Neue Antwort auf den Solar-Fragebogen',
          fr: 'Nouvelle réponse au questionnaire solaire',
          es: 'Nueva respuesta al cuestionario solar',
        },
        lang,
      ),
      '',
      `1. ${Q[0]}`,
      ...radio(Q[1]),
      '',
      `2. ${Q[2]}`,
      ...radio(Q[3]),
      '',
      `3. ${Q[4]}`,
      ...ticks(Q[5]),
      '',
      `4. ${Q[6]}`,
      `  ${fullOf(person)}`,
      '',
      `5. ${Q[7]}`,
      `  ${ctx.phone ?? '-'}`,
      '',
      `6. ${Q[8]}`,
      `  ${ctx.email ?? '-'}`,
      '',
      `7. ${Q[9]}`,
      ...(ctx.message ?? '-').split('\n').map((l) => (l === '' ? '' : `  ${l}`)),
      '',
      `Sunquote · ${ctx.biz.name}`,
    ];
    return {
      draft: {
        from: { name: 'Sunquote', email: 'survey@sunquote.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `Sunquote – ${fullOf(person)}`,
        text: lines.join('\n'),
      },
    };
  },
};

export const OTHER_LAYOUTS: LeadLayout[] = [mutt, notes, bottom, calltrack, rst, echo, crm, outline, solar];
