/** Lead layouts: website form builders, portals, dealers, bookings and the many ways people label fields. */
import {
  byLang,
  contactRows,
  esc,
  fullShown,
  htmlDoc,
  htmlValue,
  oneLine,
  paragraphsHtml,
  pick,
  type Row,
  shown,
  textRows,
  WEEKDAY_DATES,
  WORDS,
  wrapWords,
} from './kit.js';
import type { LeadLayout } from './model.js';
import { COUNTRY_NAMES } from './people.js';

const formulo: LeadLayout = {
  id: 'formbuilder-table-rows',
  description:
    'form builder notification, HTML table with one label/value pair per row; builder support contact in the footer',
  count: 16,
  build(ctx) {
    const { rng, lang, biz } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const subject = pick(
      rng,
      byLang(
        ['New submission: Contact us'],
        ['Neue Einsendung: Kontaktformular'],
        ['Nouvelle réponse : formulaire de contact'],
        ['Nuevo envío: formulario de contacto'],
      ),
      lang,
    );
    const intro = byLang(
      'Someone just filled in your form.',
      'Jemand hat gerade Ihr Formular ausgefüllt.',
      "Quelqu'un vient de remplir votre formulaire.",
      'Alguien acaba de completar su formulario.',
    )[lang];
    const footer = `Formulo Inc. · help@formulo.example · +1 (415) 555-0142`;
    const table = rows
      .map(
        ([k, v]) =>
          `<tr><td style="font-weight:bold;background:#f3f3f3">${esc(k)}</td><td>${htmlValue(v)}</td></tr>`,
      )
      .join('\n');
    return {
      draft: {
        from: { name: 'Formulo', address: 'no-reply@formulo.example' },
        replyTo: ctx.hasEmail ? { address: ctx.person.email } : undefined,
        subject: `${subject} — ${biz.name}`,
        html: htmlDoc(
          `<p>${intro}</p>\n<table border="0" cellspacing="0">\n${table}\n</table>\n<hr>\n<p style="color:#999;font-size:11px">${esc(footer)}</p>`,
        ),
        text: `${intro}\n\n${textRows(rows)}\n\n--\n${footer}\n`,
        primary: 'html',
      },
    };
  },
};

const gridform: LeadLayout = {
  id: 'formbuilder-table-columns',
  description:
    'form builder notification, HTML table with labels in a header row and the answers in the row below',
  count: 12,
  build(ctx) {
    const { rng, lang, biz } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const head = rows.map(([k]) => `<th align="left">${esc(k)}</th>`).join('');
    const cells = rows.map(([, v]) => `<td valign="top">${htmlValue(v)}</td>`).join('\n');
    const subject = byLang(
      'Gridform: 1 new response',
      'Gridform: 1 neue Antwort',
      'Gridform : 1 nouvelle réponse',
      'Gridform: 1 respuesta nueva',
    )[lang];
    const foot = byLang(
      `You get this email because you administer the workspace “${biz.name}”. Gridform support: support@gridform.example`,
      `Sie erhalten diese E-Mail als Administrator des Arbeitsbereichs „${biz.name}“. Gridform-Support: support@gridform.example`,
      `Vous recevez cet e-mail en tant qu'administrateur de l'espace « ${biz.name} ». Assistance Gridform : support@gridform.example`,
      `Recibe este correo como administrador del espacio «${biz.name}». Soporte de Gridform: support@gridform.example`,
    )[lang];
    return {
      draft: {
        from: { name: 'Gridform', address: 'responses@gridform.example' },
        subject,
        html: htmlDoc(
          `<table border="1" cellpadding="4" style="border-collapse:collapse">\n<thead><tr>${head}</tr></thead>\n<tbody><tr>\n${cells}\n</tr></tbody>\n</table>\n<p style="font-size:10px">${esc(foot)}</p>`,
        ),
      },
    };
  },
};

const pagecraft: LeadLayout = {
  id: 'div-span-grid',
  description:
    'site-builder notification laid out as a CSS grid of <div>/<span> label and value cells, plus page URL and IP',
  count: 12,
  build(ctx) {
    const { rng, lang, biz } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.4) ? 'split' : 'full');
    const meta: Row[] = [
      [byLang('Page', 'Seite', 'Page', 'Página')[lang], `https://www.${biz.domain}/contact`],
      [
        byLang('IP address', 'IP-Adresse', 'Adresse IP', 'Dirección IP')[lang],
        `203.0.113.${rng.int(2, 250)}`,
      ],
    ];
    const cells = [...rows, ...meta]
      .map(
        ([k, v]) =>
          `<div class="cell"><span class="k">${esc(k)}</span></div><div class="cell"><span class="v">${htmlValue(v)}</span></div>`,
      )
      .join('\n');
    const title = byLang(
      'New form entry',
      'Neuer Formulareintrag',
      'Nouvelle saisie de formulaire',
      'Nueva entrada de formulario',
    )[lang];
    return {
      draft: {
        from: { name: `${biz.name} via Pagecraft`, address: 'forms@pagecraft.example' },
        subject: `${title} · ${biz.domain}`,
        html: htmlDoc(
          `<h2>${title}</h2>\n<div style="display:grid;grid-template-columns:160px auto">\n${cells}\n</div>\n<div class="footer">Pagecraft · Made with Pagecraft · Need help? Call +1 604 555 0117</div>`,
        ),
      },
    };
  },
};

const webnest: LeadLayout = {
  id: 'strong-labels-br',
  description:
    'CMS mail: <strong>/<b> labels with <br> separators, sometimes the value on the next line; site owner phone in footer',
  count: 14,
  build(ctx) {
    const { rng, lang, biz } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.3) ? 'split' : 'full');
    const tag = rng.pick(['strong', 'b']);
    const colon = rng.chance(0.6);
    const body = rows
      .map(([k, v]) => {
        const label = `<${tag}>${esc(k)}${colon ? ':' : ''}</${tag}>`;
        if (v.includes('@') && !v.includes(' ')) return `${label} <a href="mailto:${esc(v)}">${esc(v)}</a>`;
        return v.includes('\n') || !colon ? `${label}<br>\n${htmlValue(v)}` : `${label} ${htmlValue(v)}`;
      })
      .join('<br>\n');
    const foot = byLang(
      `This message was sent from the contact form on www.${biz.domain}. ${biz.name} · ${biz.phone}`,
      `Diese Nachricht wurde über das Kontaktformular auf www.${biz.domain} gesendet. ${biz.name} · Tel. ${biz.phone}`,
      `Ce message a été envoyé depuis le formulaire de contact de www.${biz.domain}. ${biz.name} · Tél. ${biz.phone}`,
      `Este mensaje se envió desde el formulario de contacto de www.${biz.domain}. ${biz.name} · Tel. ${biz.phone}`,
    )[lang];
    return {
      draft: {
        from: { name: 'WordPress', address: `wordpress@${biz.domain}` },
        subject: byLang(
          '[Website] New message',
          '[Webseite] Neue Nachricht',
          '[Site web] Nouveau message',
          '[Web] Nuevo mensaje',
        )[lang],
        html: htmlDoc(`<p>${body}</p>\n<p>--<br>\n${esc(foot)}</p>`),
      },
    };
  },
};

const PORTALS = byLang('NestQuest', 'Heimfinder', 'LogisMatch', 'PisoRadar');

const portal: LeadLayout = {
  id: 'property-portal',
  description:
    'property portal enquiry: listing block, "enquirer" role labels, message under its own heading, listing agent with phone, manage-your-leads and legal footer',
  count: 16,
  sector: 'property',
  foreignCustomers: true,
  build(ctx) {
    const { rng, lang, biz, staff, person } = ctx;
    const p = PORTALS[lang];
    const ref = `${biz.id.slice(0, 2).toUpperCase()}-${rng.int(10000, 99999)}`;
    const t = byLang(
      {
        head: 'You have a new enquiry about your listing',
        listing: 'Listing',
        price: 'Asking rent',
        who: 'Enquirer details',
        name: 'Enquirer',
        email: "Enquirer's email",
        phone: 'Enquirer telephone',
        msg: 'Their message',
        agent: 'Listing agent',
        manage: 'Manage your leads',
        legal: `${p} Ltd is registered in England and Wales (No. 08123456). You received this email because ${biz.name} advertises on ${p}. Support: 0800 012 3456.`,
        type: 'Two bedroom flat, Quayside Road',
        amount: '£1,350 pcm',
      },
      {
        head: 'Neue Anfrage zu Ihrem Inserat',
        listing: 'Objekt',
        price: 'Kaltmiete',
        who: 'Angaben zum Interessenten',
        name: 'Interessent',
        email: 'E-Mail des Interessenten',
        phone: 'Telefon Interessent',
        msg: 'Nachricht des Interessenten',
        agent: 'Ihr Ansprechpartner für das Objekt',
        manage: 'Anfragen verwalten',
        legal: `${p} GmbH, Amtsgericht Hamburg HRB 123456. Sie erhalten diese E-Mail, weil ${biz.name} auf ${p} inseriert. Kundenservice: 040 809 0000.`,
        type: '3-Zimmer-Wohnung, Lindenstraße',
        amount: '1.180 € kalt',
      },
      {
        head: 'Nouvelle demande pour votre annonce',
        listing: 'Annonce',
        price: 'Prix',
        who: 'Coordonnées du demandeur',
        name: 'Demandeur',
        email: 'E-mail du demandeur',
        phone: 'Téléphone du demandeur',
        msg: 'Son message',
        agent: 'Négociateur en charge',
        manage: 'Gérer vos contacts',
        legal: `${p} SAS, RCS Paris 812 345 678. Vous recevez cet e-mail car ${biz.name} publie des annonces sur ${p}. Service client : 01 99 00 45 67.`,
        type: 'Appartement T3, quartier du port',
        amount: '295 000 €',
      },
      {
        head: 'Nueva consulta sobre su anuncio',
        listing: 'Inmueble',
        price: 'Precio',
        who: 'Datos del interesado',
        name: 'Interesado',
        email: 'Email del interesado',
        phone: 'Teléfono del interesado',
        msg: 'Su mensaje',
        agent: 'Agente responsable',
        manage: 'Gestionar sus contactos',
        legal: `${p} S.L., Registro Mercantil de Madrid, CIF B12345678. Recibe este correo porque ${biz.name} anuncia en ${p}. Atención al cliente: 910 000 123.`,
        type: 'Piso de dos habitaciones con terraza',
        amount: '1.050 €/mes',
      },
    )[lang];
    const lines = [
      t.head,
      '',
      `${t.listing}: ${t.type} (Ref. ${ref})`,
      `${t.price}: ${t.amount}`,
      '',
      t.who,
      `${t.name}: ${fullShown(ctx)}`,
    ];
    if (ctx.hasEmail) lines.push(`${t.email}: ${person.email}`);
    if (ctx.phone) lines.push(`${t.phone}: ${ctx.phone}`);
    if (ctx.message) lines.push('', `${t.msg}:`, ctx.message);
    lines.push(
      '',
      t.agent,
      `${staff.name}, ${staff.title}`,
      `${staff.email} · ${staff.phone}`,
      '',
      `${t.manage}: https://pro.${p.toLowerCase()}.example/leads/${ref}`,
      '',
      t.legal,
    );
    const text = lines.join('\n');
    const html = htmlDoc(
      `<h3>${esc(t.head)}</h3>\n<p>${esc(t.listing)}: ${esc(t.type)} (Ref. ${ref})<br>${esc(t.price)}: ${esc(t.amount)}</p>\n<h4>${esc(t.who)}</h4>\n<p>${esc(t.name)}: ${esc(fullShown(ctx))}${ctx.hasEmail ? `<br>${esc(t.email)}: ${esc(person.email)}` : ''}${ctx.phone ? `<br>${esc(t.phone)}: ${esc(ctx.phone)}` : ''}</p>\n${ctx.message ? `<h4>${esc(t.msg)}</h4>\n${paragraphsHtml(ctx.message)}\n` : ''}<h4>${esc(t.agent)}</h4>\n<p>${esc(staff.name)}, ${esc(staff.title)}<br>${esc(staff.email)} · ${esc(staff.phone)}</p>\n<p><a href="https://pro.${p.toLowerCase()}.example/leads/${ref}">${esc(t.manage)}</a></p>\n<p style="font-size:10px;color:#888">${esc(t.legal)}</p>`,
    );
    return {
      draft: {
        from: { name: p, address: `enquiries@${p.toLowerCase()}.example` },
        subject: `${t.head}: ${ref}`,
        text,
        html,
        primary: rng.pick(['text', 'html'] as const),
      },
      others: [staff.name],
    };
  },
};

const dealer: LeadLayout = {
  id: 'car-dealer-dms',
  description:
    'dealer management system lead sheet (HTML): vehicle and stock #, "Tel."/"#" abbreviations, assigned salesperson with direct line, dealer phone in the footer',
  count: 16,
  sector: 'car',
  allowsBadPhone: true,
  build(ctx) {
    const { rng, lang, biz, staff, person } = ctx;
    const t = byLang(
      {
        title: 'Internet lead',
        cust: 'Customer',
        name: 'Cust. name',
        phone: rng.pick(['Tel.', 'Phone #', 'Cell #']),
        email: 'E-Mail',
        vehicle: 'Vehicle of interest',
        stock: 'Stock #',
        comments: 'Customer comments',
        sales: 'Assigned salesperson',
        direct: 'Direct line',
        model: '2023 Kestrel Hybrid Estate, grey',
      },
      {
        title: 'Internet-Anfrage',
        cust: 'Kunde',
        name: 'Kd.-Name',
        phone: rng.pick(['Tel.', 'Tel.-Nr.', 'Mobil-Nr.']),
        email: 'E-Mail',
        vehicle: 'Fahrzeug',
        stock: 'Fzg.-Nr.',
        comments: 'Kundenkommentar',
        sales: 'Zuständiger Verkäufer',
        direct: 'Durchwahl',
        model: 'Kombi 2.0 Hybrid, EZ 03/2023, grau',
      },
      {
        title: 'Demande internet',
        cust: 'Client',
        name: 'Nom client',
        phone: rng.pick(['Tél.', 'N° de tél.', 'Port.']),
        email: 'E-mail',
        vehicle: 'Véhicule',
        stock: 'N° de stock',
        comments: 'Commentaire du client',
        sales: 'Vendeur attribué',
        direct: 'Ligne directe',
        model: 'SUV hybride 2022, blanc nacré',
      },
      {
        title: 'Prospecto de internet',
        cust: 'Cliente',
        name: 'Nombre cliente',
        phone: rng.pick(['Tel.', 'Cel.', 'Tel. #']),
        email: 'Correo',
        vehicle: 'Vehículo de interés',
        stock: 'No. de inventario',
        comments: 'Comentarios del cliente',
        sales: 'Vendedor asignado',
        direct: 'Directo',
        model: 'Camioneta 2021 automática, blanca',
      },
    )[lang];
    const cust: Row[] = [[t.name, fullShown(ctx)]];
    if (ctx.phone) cust.push([t.phone, ctx.phone]);
    if (ctx.hasEmail) cust.push([t.email, person.email]);
    const stock = `${rng.pick(['K', 'U', 'N'])}${rng.int(1000, 9999)}`;
    const row = ([k, v]: Row) => `<tr><td>${esc(k)}</td><td>${htmlValue(v)}</td></tr>`;
    const html = htmlDoc(
      `<h2>${esc(t.title)} — ${esc(biz.name)}</h2>\n<table>\n<tr><th colspan="2">${esc(t.cust)}</th></tr>\n${cust.map(row).join('\n')}\n<tr><th colspan="2">${esc(t.vehicle)}</th></tr>\n${row([t.vehicle, t.model])}\n${row([t.stock, stock])}\n</table>\n${ctx.message ? `<p><b>${esc(t.comments)}:</b></p>\n${paragraphsHtml(ctx.message)}\n` : ''}<table>\n<tr><th colspan="2">${esc(t.sales)}</th></tr>\n${row([t.sales, staff.name])}\n${row([t.direct, staff.phone])}\n${row(['E-Mail', staff.email])}\n</table>\n<p style="font-size:10px">${esc(biz.name)} · Tel. ${esc(biz.phone)} · ${esc(`sales@${biz.domain}`)}</p>`,
    );
    return {
      draft: {
        from: { name: 'DriveDesk DMS', address: 'leads@drivedesk.example' },
        subject: `${t.title}: ${t.model} [${stock}]`,
        html,
      },
      others: [staff.name],
    };
  },
};

const booking: LeadLayout = {
  id: 'booking-widget',
  description:
    'table/room booking widget: "guest", "party size", date, "best number to reach you", special requests; venue phone and widget support in footer',
  count: 14,
  sector: 'hospitality',
  build(ctx) {
    const { rng, lang, biz, person } = ctx;
    const w = byLang('TableTurn', 'Tischlein', 'ResaFacile', 'MesaYa')[lang];
    const t = byLang(
      {
        head: 'Booking request',
        guest: 'Guest',
        size: 'Party size',
        when: 'Date & time',
        phone: 'Best number to reach you',
        email: 'Guest email',
        req: 'Special requests',
        foot: `Questions about this booking? Call ${biz.name} on ${biz.phone}. ${w} support: help@tableturn.example`,
      },
      {
        head: 'Reservierungsanfrage',
        guest: 'Gast',
        size: 'Personen',
        when: 'Datum & Uhrzeit',
        phone: 'Rückrufnummer',
        email: 'E-Mail des Gastes',
        req: 'Besondere Wünsche',
        foot: `Fragen zur Reservierung? ${biz.name}, Tel. ${biz.phone}. ${w}-Hilfe: hilfe@tischlein.example`,
      },
      {
        head: 'Demande de réservation',
        guest: 'Client',
        size: 'Nombre de couverts',
        when: 'Date et heure',
        phone: 'Numéro où vous joindre',
        email: 'E-mail du client',
        req: 'Demandes particulières',
        foot: `Une question ? Appelez ${biz.name} au ${biz.phone}. Aide ${w} : aide@resafacile.example`,
      },
      {
        head: 'Solicitud de reserva',
        guest: 'Comensal',
        size: 'Número de personas',
        when: 'Fecha y hora',
        phone: 'Teléfono de contacto',
        email: 'Correo del comensal',
        req: 'Peticiones especiales',
        foot: `¿Dudas? Llame a ${biz.name} al ${biz.phone}. Ayuda ${w}: ayuda@mesaya.example`,
      },
    )[lang];
    const rows: Row[] = [
      [t.guest, fullShown(ctx)],
      [t.size, String(rng.int(2, 12))],
      [t.when, pick(rng, WEEKDAY_DATES, lang)],
    ];
    if (ctx.phone) rows.push([t.phone, ctx.phone]);
    if (ctx.hasEmail) rows.push([t.email, person.email]);
    if (ctx.message) rows.push([t.req, ctx.message]);
    return {
      draft: {
        from: { name: w, address: `bookings@${w.toLowerCase()}.example` },
        subject: `${t.head} – ${biz.name}`,
        text: `${t.head}\n${'='.repeat(t.head.length)}\n\n${textRows(rows)}\n\n${t.foot}\n`,
        html: htmlDoc(
          `<h3>${esc(t.head)}</h3>\n<table>${rows.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${htmlValue(v)}</td></tr>`).join('\n')}</table>\n<p><small>${esc(t.foot)}</small></p>`,
        ),
        primary: rng.pick(['text', 'html'] as const),
      },
    };
  },
};

const QUESTIONS = byLang(
  {
    name: ['Who should we ask for?', 'What should we call you?'],
    phone: ["What's the best number to reach you?", 'Best number to reach you'],
    email: ['Where should we send our reply?', 'Which email address can we use?'],
    message: ['How can we help?', 'Anything else we should know?'],
  },
  {
    name: ['Wen dürfen wir ansprechen?', 'Wie heißen Sie?'],
    phone: ['Unter welcher Nummer erreichen wir Sie am besten?'],
    email: ['An welche E-Mail-Adresse dürfen wir antworten?'],
    message: ['Wie können wir helfen?', 'Was möchten Sie uns noch mitteilen?'],
  },
  {
    name: ['Qui devons-nous demander ?', 'Comment vous appelez-vous ?'],
    phone: ['À quel numéro pouvons-nous vous joindre ?'],
    email: ['À quelle adresse vous répondre ?'],
    message: ['Que pouvons-nous faire pour vous ?', 'Autre chose à nous dire ?'],
  },
  {
    name: ['¿Por quién preguntamos?', '¿Cómo se llama?'],
    phone: ['¿En qué número le localizamos mejor?'],
    email: ['¿A qué correo le respondemos?'],
    message: ['¿En qué podemos ayudarle?', '¿Algo más que debamos saber?'],
  },
);

const questions: LeadLayout = {
  id: 'question-labels',
  description:
    'conversational form: each label is a question, the answer on the next line, sometimes behind an arrow (→ or >)',
  count: 14,
  allowsBadPhone: true,
  build(ctx) {
    const { rng, lang, person } = ctx;
    const q = QUESTIONS[lang];
    const marker = rng.pick(['', '→ ', '> ', '➜ ']);
    const pairs: Row[] = [[rng.pick(q.name), fullShown(ctx)]];
    if (ctx.phone) pairs.push([rng.pick(q.phone), ctx.phone]);
    if (ctx.hasEmail) pairs.push([rng.pick(q.email), person.email]);
    if (ctx.message) pairs.push([rng.pick(q.message), ctx.message]);
    const text = pairs
      .map(
        ([k, v]) =>
          `${k}\n${v
            .split('\n')
            .map((l) => (l ? `${marker}${l}` : l))
            .join('\n')}`,
      )
      .join('\n\n');
    const head = byLang(
      'New conversation completed',
      'Neues Gespräch abgeschlossen',
      'Nouvelle conversation terminée',
      'Nueva conversación completada',
    )[lang];
    return {
      draft: {
        from: { name: 'Quizzly', address: 'bot@quizzly.example' },
        subject: `${head} (${ctx.biz.name})`,
        text: `${head}\n\n${text}\n\n—\nPowered by Quizzly · hello@quizzly.example · +61 491 570 110\n`,
      },
    };
  },
};

const REQ = byLang(
  ['*', ' *', ' (required)'],
  ['*', ' *', ' (Pflichtfeld)'],
  ['*', ' *', ' (obligatoire)'],
  ['*', ' *', ' (obligatorio)'],
);

const required: LeadLayout = {
  id: 'required-markers-dl',
  description:
    'form mail with required-field markers (Name*, Email (required)…), as a <dl> definition list or plain lines',
  count: 14,
  build(ctx) {
    const { rng, lang, biz } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full').map(
      ([k, v], i): Row => [i < 3 || rng.chance(0.5) ? `${k}${rng.pick(REQ[lang])}` : k, v],
    );
    const subject = byLang(
      'Website enquiry',
      'Anfrage über die Webseite',
      'Demande via le site',
      'Consulta desde la web',
    )[lang];
    const dl = `<dl>\n${rows.map(([k, v]) => `<dt>${esc(k)}</dt>\n<dd>${htmlValue(v)}</dd>`).join('\n')}\n</dl>`;
    return {
      draft: {
        from: { name: biz.name, address: `website@${biz.domain}` },
        subject,
        html: htmlDoc(`${dl}\n<p><small>${esc(biz.name)} · ${esc(biz.phone)}</small></p>`),
        text: `${textRows(rows)}\n\n${biz.name} · ${biz.phone}\n`,
        primary: rng.pick(['text', 'html'] as const),
      },
    };
  },
};

const LASTFIRST = byLang(
  ['Last name, First name', 'Surname, Forename'],
  ['Nachname, Vorname', 'Name, Vorname'],
  ['Nom, Prénom', 'NOM Prénom'],
  ['Apellidos, Nombre', 'Apellido(s), Nombre'],
);

const lastFirst: LeadLayout = {
  id: 'last-first-name',
  description:
    'one name field whose label states the order "Last name, First name"; surnames often in capitals',
  count: 14,
  allowsBadPhone: true,
  needsSurname: true,
  build(ctx) {
    const { rng, lang, person, biz } = ctx;
    const label = rng.pick(LASTFIRST[lang]);
    const last = ctx.caps || rng.chance(0.4) ? person.last?.toLocaleUpperCase('und') : person.last;
    const value = label.includes(',')
      ? `${last}, ${shown(ctx, person.first)}`
      : `${last} ${shown(ctx, person.first)}`;
    const rows: Row[] = [[label, value], ...contactRows(ctx, WORDS[lang], 'full').slice(1)];
    const html = htmlDoc(
      `<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${htmlValue(v)}</td></tr>`).join('\n')}</table>`,
    );
    return {
      draft: {
        from: { name: 'Web2Lead', address: 'relay@web2lead.example' },
        subject: `${byLang('Lead', 'Anfrage', 'Prospect', 'Prospecto')[lang]} #${rng.int(1000, 9999)} – ${biz.name}`,
        text: textRows(rows),
        html,
        primary: rng.pick(['text', 'html'] as const),
      },
      pii: person.last ? [person.last.toLocaleUpperCase('und')] : [],
    };
  },
};

const COUNTRY_LABEL = byLang('Country', 'Land', 'Pays', 'País');

const countryField: LeadLayout = {
  id: 'country-field-phone',
  description:
    'international form: explicit country field; phone written nationally for that country, or with 00/011/+CC (0) prefixes and extensions',
  count: 16,
  foreignCustomers: true,
  build(ctx) {
    const { rng, lang, person } = ctx;
    const rows = contactRows(ctx, WORDS[lang], 'split');
    const country = COUNTRY_NAMES[person.country]?.[lang] ?? person.country;
    rows.splice(rows.length - (ctx.message ? 1 : 0), 0, [COUNTRY_LABEL[lang], country]);
    if (rng.chance(0.3)) rows.reverse();
    const text = `Globoform – ${byLang('new lead', 'neuer Lead', 'nouveau prospect', 'nuevo prospecto')[lang]}\n\n${textRows(rows)}\n\nGloboform GmbH · Support +49 30 901820 · support@globoform.example\n`;
    return {
      draft: {
        from: { name: 'Globoform', address: 'noreply@globoform.example' },
        subject: `Globoform: ${ctx.biz.name}`,
        text,
      },
    };
  },
};

function padRows(rows: Row[]): [number, number] {
  const w1 = Math.max(...rows.map(([k]) => k.length));
  const w2 = Math.max(...rows.map(([, v]) => oneLine(v).length));
  return [w1, w2];
}

const pipe: LeadLayout = {
  id: 'plain-pipe-table',
  description: 'plain-text table with "label | value" columns padded with spaces, no borders',
  count: 12,
  build(ctx) {
    const { rng, lang } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const [w1] = padRows(rows);
    const body = rows.map(([k, v]) => `${k.padEnd(w1)} | ${oneLine(v)}`).join('\n');
    return {
      draft: {
        from: { name: 'LeadPipe', address: 'relay@leadpipe.example' },
        subject: `LeadPipe ▸ ${ctx.biz.name}`,
        text: `${byLang('A visitor submitted the form:', 'Ein Besucher hat das Formular gesendet:', 'Un visiteur a envoyé le formulaire :', 'Un visitante envió el formulario:')[lang]}\n\n${body}\n\n(LeadPipe relay · ops@leadpipe.example)\n`,
      },
    };
  },
};

const ascii: LeadLayout = {
  id: 'ascii-bordered-table',
  description: 'plain-text table with +----+ borders; long values wrapped onto continuation rows',
  count: 12,
  build(ctx) {
    const { rng, lang } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const w1 = Math.max(...rows.map(([k]) => k.length));
    const width = 46;
    const border = `+${'-'.repeat(w1 + 2)}+${'-'.repeat(width + 2)}+`;
    const out = [border];
    for (const [k, v] of rows) {
      wrapWords(v, width).forEach((chunk, i) => {
        out.push(`| ${(i === 0 ? k : '').padEnd(w1)} | ${chunk.padEnd(width)} |`);
      });
      out.push(border);
    }
    return {
      draft: {
        from: { name: 'Tabulo Reports', address: 'reports@tabulo.example' },
        subject: byLang('Form report', 'Formularbericht', 'Rapport de formulaire', 'Informe de formulario')[
          lang
        ],
        text: `${out.join('\n')}\n\nTabulo · +1 (312) 555-0188\n`,
      },
    };
  },
};

const markdown: LeadLayout = {
  id: 'markdown-table',
  description:
    'markdown table (| Field | Value | with a |---| separator) sent as plain text by a chat-ops bot',
  count: 12,
  build(ctx) {
    const { rng, lang } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const h = byLang(['Field', 'Value'], ['Feld', 'Wert'], ['Champ', 'Valeur'], ['Campo', 'Valor'])[lang];
    const body = [
      `| ${h[0]} | ${h[1]} |`,
      '|---|---|',
      ...rows.map(([k, v]) => `| ${k} | ${oneLine(v)} |`),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Botley', address: 'botley@chatops.example' },
        subject: `**${byLang('New lead', 'Neuer Lead', 'Nouveau lead', 'Nuevo lead')[lang]}** – ${ctx.biz.name}`,
        text: `### ${byLang('New lead', 'Neuer Lead', 'Nouveau lead', 'Nuevo lead')[lang]}\n\n${body}\n\n_Botley · escalations: oncall@chatops.example_\n`,
      },
    };
  },
};

const QA = byLang(
  {
    name: 'Your full name',
    email: 'Your email address',
    phone: 'Your phone number',
    message: 'Your question',
    ans: ['→ ', 'A: ', '> ', 'Answer: '],
  },
  {
    name: 'Ihr vollständiger Name',
    email: 'Ihre E-Mail-Adresse',
    phone: 'Ihre Telefonnummer',
    message: 'Ihre Frage',
    ans: ['→ ', 'A: ', '> ', 'Antwort: '],
  },
  {
    name: 'Vos nom et prénom',
    email: 'Votre adresse e-mail',
    phone: 'Votre numéro de téléphone',
    message: 'Votre question',
    ans: ['→ ', 'R : ', '> ', 'Réponse : '],
  },
  {
    name: 'Su nombre completo',
    email: 'Su correo electrónico',
    phone: 'Su número de teléfono',
    message: 'Su pregunta',
    ans: ['→ ', 'R: ', '> ', 'Respuesta: '],
  },
);

const numbered: LeadLayout = {
  id: 'numbered-qa',
  description:
    'survey-style numbered questions, each answer on the next line behind an answer marker (→, A:, >, Antwort:)',
  count: 12,
  allowsBadPhone: true,
  build(ctx) {
    const { rng, lang, person } = ctx;
    const q = QA[lang];
    const marker = rng.pick(q.ans);
    const pairs: Row[] = [[q.name, fullShown(ctx)]];
    if (ctx.hasEmail) pairs.push([q.email, person.email]);
    if (ctx.phone) pairs.push([q.phone, ctx.phone]);
    if (ctx.message) pairs.push([q.message, ctx.message]);
    const numberStyle = rng.pick(['1.', '1)', 'Q1.']);
    const body = pairs
      .map(([k, v], i) => {
        const num = numberStyle.replace('1', String(i + 1));
        const ans = v
          .split('\n')
          .map((l, j) => (j === 0 ? `   ${marker}${l}` : l ? `   ${l}` : ''))
          .join('\n');
        return `${num} ${k}\n${ans}`;
      })
      .join('\n\n');
    return {
      draft: {
        from: { name: 'Surveyline', address: 'results@surveyline.example' },
        subject: `Surveyline: ${byLang('new response', 'neue Antwort', 'nouvelle réponse', 'nueva respuesta')[lang]} – ${ctx.biz.name}`,
        text: `${body}\n\n--\nSurveyline · ${byLang('Reply to this email to contact support', 'Antworten Sie auf diese E-Mail, um den Support zu erreichen', 'Répondez à cet e-mail pour contacter le support', 'Responda a este correo para contactar con soporte')[lang]}\n`,
      },
    };
  },
};

const bullets: LeadLayout = {
  id: 'bullet-list',
  description: 'bulleted fields ("• Name — value", "- E-mail: value"), message continuing on indented lines',
  count: 12,
  build(ctx) {
    const { rng, lang } = ctx;
    const rows = contactRows(ctx, WORDS[lang], rng.chance(0.5) ? 'split' : 'full');
    const bullet = rng.pick(['•', '-', '*', '◦']);
    const sep = rng.pick([': ', ' — ', ' – ']);
    const body = rows.map(([k, v]) => `${bullet} ${k}${sep}${v.split('\n').join('\n  ')}`).join('\n');
    const intro = byLang(
      'New website enquiry for',
      'Neue Anfrage über die Webseite für',
      'Nouvelle demande sur le site pour',
      'Nueva consulta web para',
    )[lang];
    return {
      draft: {
        from: { name: ctx.biz.name, address: `noreply@${ctx.biz.domain}` },
        subject: `${intro} ${ctx.biz.name}`,
        text: `${intro} ${ctx.biz.name}:\n\n${body}\n\n${ctx.biz.name} | ${ctx.biz.phone} | www.${ctx.biz.domain}\n`,
      },
    };
  },
};

const jsonBody: LeadLayout = {
  id: 'json-webhook-body',
  description:
    'webhook relay that mails the raw JSON payload; nested keys, the account owner and support phone in the same object',
  count: 12,
  build(ctx) {
    const { rng, biz, person } = ctx;
    const fields: Record<string, string> = { given_name: shown(ctx, person.first) };
    if (person.last) fields.family_name = shown(ctx, person.last);
    if (ctx.hasEmail) fields.email_address = person.email;
    if (ctx.phone) fields.phone = ctx.phone;
    if (ctx.message) fields.comments = ctx.message;
    const payload = {
      event: 'form.submitted',
      id: `evt_${rng.digits(12)}`,
      form: { id: `frm_${rng.digits(6)}`, name: 'Contact' },
      submission: { submitted_at: '2026-11-05T09:12:44Z', fields },
      account: { name: biz.name, owner_email: `owner@${biz.domain}`, support_phone: biz.phone },
    };
    return {
      draft: {
        from: { name: 'HookBridge', address: 'deliveries@hookbridge.example' },
        subject: `[HookBridge] form.submitted (${biz.id})`,
        text: `${JSON.stringify(payload, null, 2)}\n`,
      },
    };
  },
};

export const FORM_LAYOUTS: LeadLayout[] = [
  formulo,
  gridform,
  pagecraft,
  webnest,
  portal,
  dealer,
  booking,
  questions,
  required,
  lastFirst,
  countryField,
  pipe,
  ascii,
  markdown,
  numbered,
  bullets,
  jsonBody,
];
