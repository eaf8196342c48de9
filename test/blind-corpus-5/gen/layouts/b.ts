/** Attachments, forwards, replies and relays. */

import { escapeHtml, htmlMessage, paragraphs } from '../messages.js';
import { attachment } from '../mime.js';
import { otherName } from '../people.js';
import type { LeadLayout } from '../types.js';
import {
  isoStamp,
  longDate,
  personalEmail,
  pw,
  SIGNOFF,
  splitGreeting,
  staffEmail,
  staffOf,
  w,
} from './common.js';

const csvCell = (s: string) => (/[";\n,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const csvVerticalAttachment: LeadLayout = {
  id: 'csv-vertical-attachment',
  description:
    'lead export tool "Exportly": the body is only boilerplate and the tool’s support number, the enquiry is an attached CSV written vertically (a "field;value" header and one row per field, semicolons for de/fr/es, the multi-line message quoted in one cell)',
  build({ rng, lang, biz, c, charset }) {
    const sep = lang === 'en' ? ',' : ';';
    const F = {
      head: w(lang, { en: 'field,value', de: 'Feld;Wert', fr: 'champ;valeur', es: 'campo;valor' }),
      first: w(lang, { en: 'given_name', de: 'vorname', fr: 'prenom', es: 'nombre' }),
      last: w(lang, { en: 'family_name', de: 'nachname', fr: 'nom', es: 'apellidos' }),
      email: w(lang, { en: 'email', de: 'email', fr: 'courriel', es: 'correo' }),
      phone: w(lang, { en: 'phone', de: 'telefon', fr: 'telephone', es: 'telefono' }),
      msg: w(lang, { en: 'comments', de: 'bemerkung', fr: 'commentaire', es: 'comentario' }),
      date: w(lang, { en: 'created', de: 'erstellt', fr: 'cree_le', es: 'creado' }),
    };
    const rows: [string, string][] = [
      [F.date, isoStamp(rng)],
      [F.first, c.first],
      [F.last, c.last],
      [F.email, c.email ?? ''],
      [F.phone, c.phoneWritten ?? ''],
      [F.msg, c.message ?? ''],
    ];
    const csv = `${F.head}\n${rows.map(([k, v]) => `${k}${sep}${csvCell(v)}`).join('\n')}\n`;
    const file = `${w(lang, { en: 'enquiry', de: 'anfrage', fr: 'demande', es: 'consulta' })}-${rng.int(1000, 9999)}.csv`;
    const text = w(lang, {
      en: `A new enquiry for ${biz.name} was exported. The data is in the attached file.\n\nExportly · support line +1 415 555 0142 · Unsubscribe from export emails in your settings.`,
      de: `Eine neue Anfrage für ${biz.name} wurde exportiert. Die Daten finden Sie im Anhang.\n\nExportly · Support-Hotline +1 415 555 0142 · Export-Mails in den Einstellungen abbestellen.`,
      fr: `Une nouvelle demande pour ${biz.name} a été exportée. Les données sont dans le fichier joint.\n\nExportly · assistance +1 415 555 0142 · Désactivez ces e-mails dans vos paramètres.`,
      es: `Se exportó una nueva consulta para ${biz.name}. Los datos están en el archivo adjunto.\n\nExportly · soporte +1 415 555 0142 · Desactiva estos correos en tu configuración.`,
    });
    return {
      draft: {
        from: { name: 'Exportly', email: 'exports@exportly.example' },
        subject: `Exportly: ${w(lang, { en: 'new enquiry', de: 'neue Anfrage', fr: 'nouvelle demande', es: 'nueva consulta' })} (${file})`,
        text,
        attachments: [
          attachment(file, 'text/csv', csv, { charset, transfer: rng.pick(['base64', 'quoted-printable']) }),
        ],
      },
    };
  },
};

export const iniTextAttachment: LeadLayout = {
  id: 'ini-text-attachment',
  description:
    'product configurator ("Konfigurator"/"configurateur") mails a short note and the saved configuration as a .txt in INI style: [configuration] keys, then [contact] given_name/family_name/mail/tel and a [request] text whose continuation lines are indented',
  build({ rng, lang, biz, c, charset }) {
    const msg = c.message
      ? c.message
          .split('\n')
          .map((l, i) => (i === 0 ? l : `  ${l}`))
          .join('\n')
      : '';
    const conf = [
      '[configuration]',
      `id = CFG-${rng.int(100000, 999999)}`,
      `variant = ${rng.pick(['basic', 'plus', 'premium'])}`,
      `estimate_eur = ${rng.int(8, 90) * 100}`,
      '',
      '[contact]',
      `given_name = ${c.first}`,
      `family_name = ${c.last}`,
      `mail = ${c.email ?? ''}`,
      `tel = ${c.phoneWritten ?? ''}`,
      `lang = ${lang}`,
      '',
      '[request]',
      `text = ${msg}`,
      '',
    ].join('\n');
    const text = w(lang, {
      en: `Hello ${biz.name} team,\n\na visitor saved a configuration and asked to be contacted. Details are in the attached file.\n\n– your configurator`,
      de: `Hallo Team ${biz.name},\n\nein Besucher hat eine Konfiguration gespeichert und bittet um Kontakt. Details in der angehängten Datei.\n\n– Ihr Konfigurator`,
      fr: `Bonjour l’équipe ${biz.name},\n\nun visiteur a enregistré une configuration et souhaite être contacté. Les détails sont dans le fichier joint.\n\n– votre configurateur`,
      es: `Hola equipo de ${biz.name}:\n\nun visitante guardó una configuración y pide que lo contacten. Los detalles están en el archivo adjunto.\n\n– su configurador`,
    });
    return {
      draft: {
        from: { name: 'Configurator', email: `configurator@${biz.domain}` },
        subject: `${w(lang, { en: 'Saved configuration', de: 'Gespeicherte Konfiguration', fr: 'Configuration enregistrée', es: 'Configuración guardada' })} CFG`,
        text,
        attachments: [
          attachment(`config-${rng.hex(6)}.txt`, 'text/plain', conf, {
            charset,
            transfer: rng.pick(['base64', 'quoted-printable', '8bit']),
          }),
        ],
      },
    };
  },
};

const FWD = {
  android: {
    en: ['-------- Original message --------', 'From:', 'Date:', 'To:', 'Subject:'],
    de: ['-------- Ursprüngliche Nachricht --------', 'Von:', 'Datum:', 'An:', 'Betreff:'],
    fr: ["-------- Message d'origine --------", 'De :', 'Date :', 'À :', 'Objet :'],
    es: ['-------- Mensaje original --------', 'De:', 'Fecha:', 'Para:', 'Asunto:'],
  },
  yahoo: {
    en: ['----- Forwarded Message -----', 'From:', 'To:', 'Sent:', 'Subject:'],
    de: ['----- Weitergeleitete Nachricht -----', 'Von:', 'An:', 'Gesendet:', 'Betreff:'],
    fr: ['----- Message transféré -----', 'De :', 'À :', 'Envoyé :', 'Objet :'],
    es: ['----- Mensaje reenviado -----', 'De:', 'Para:', 'Enviado:', 'Asunto:'],
  },
};

const ENQ_SUBJECT = { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' };

export const forwardAndroidOfYahoo: LeadLayout = {
  id: 'forward-android-of-yahoo',
  description:
    'forward of a forward: a staff member forwards from an Android phone ("-------- Original message --------", localised) a colleague’s forward from a webmail ("----- Forwarded Message -----" with From/To/Sent/Subject) of the customer’s own email; two staff notes and signatures',
  needsEmail: true,
  needsMessage: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const [a, b] = rng.chance(0.5) ? biz.staff : [biz.staff[1], biz.staff[0]];
    const an = FWD.android[lang];
    const ya = FWD.yahoo[lang];
    const { text: original, message } = personalEmail(ctx);
    const subj = `${w(lang, ENQ_SUBJECT)} ${biz.service}`;
    const noteA = pw(rng, lang, {
      en: ['See below, can someone take this?', 'For the leads list please.'],
      de: ['Siehe unten, kann das jemand übernehmen?', 'Bitte in die Anfragenliste.'],
      fr: ['Voir ci-dessous, quelqu’un peut s’en charger ?', 'À ajouter aux demandes svp.'],
      es: ['Ver abajo, ¿alguien lo puede llevar?', 'Para la lista de consultas, por favor.'],
    });
    const noteB = pw(rng, lang, {
      en: ['Came into my personal inbox.', 'Forwarding, this one is for you.'],
      de: ['Kam bei mir privat an.', 'Leite weiter, ist für euch.'],
      fr: ['Arrivé dans ma boîte perso.', 'Je transfère, c’est pour vous.'],
      es: ['Me llegó al correo personal.', 'Reenvío, esto es para ustedes.'],
    });
    const sent = w(lang, {
      en: 'Sent from my Galaxy',
      de: 'Von meinem Galaxy gesendet',
      fr: 'Envoyé depuis mon Galaxy',
      es: 'Enviado desde mi Galaxy',
    });
    const text = [
      noteA,
      '',
      `${a} · ${biz.name}`,
      sent,
      '',
      '',
      an[0],
      `${an[1]} ${b} <${staffEmail(b, biz.domain)}>`,
      `${an[2]} ${rng.int(1, 28)}/${rng.int(9, 12)}/26 ${rng.int(8, 20)}:${String(rng.int(10, 59))} (GMT+01:00)`,
      `${an[3]} ${a} <${staffEmail(a, biz.domain)}>`,
      `${an[4]} Fwd: ${subj}`,
      '',
      noteB,
      '',
      `${b}`,
      '',
      ya[0],
      `${ya[1]} ${c.full} <${c.email}>`,
      `${ya[2]} ${b} <${staffEmail(b, biz.domain)}>`,
      `${ya[3]} ${longDate(rng, lang)}`,
      `${ya[4]} ${subj}`,
      '',
      original,
    ].join('\n');
    return {
      draft: {
        from: { name: a, email: staffEmail(a, biz.domain) },
        to: [{ email: biz.inbox }],
        subject: `Fwd: Fwd: ${subj}`,
        text,
      },
      expected: { message },
      others: [a, b],
    };
  },
};

export const forwardOutlookMobileHtml: LeadLayout = {
  id: 'forward-outlook-mobile-html',
  description:
    'forward from Outlook for iOS/Android: a one-line HTML note, "Get Outlook for iOS" signature div, then the reference-message container with bold localised From/Sent/To/Subject lines and the customer’s own HTML email (greeting, paragraphs, sign-off, name, number); text part with the underscore rule',
  needsEmail: true,
  needsMessage: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const staff = staffOf(rng, biz);
    const H = {
      en: ['From:', 'Sent:', 'To:', 'Subject:'],
      de: ['Von:', 'Gesendet:', 'An:', 'Betreff:'],
      fr: ['De :', 'Envoyé :', 'À :', 'Objet :'],
      es: ['De:', 'Enviado:', 'Para:', 'Asunto:'],
    }[lang];
    const note = pw(rng, lang, {
      en: ['Lead from my inbox, please log it.', 'Please call this customer back today.'],
      de: ['Anfrage aus meinem Postfach, bitte erfassen.', 'Bitte heute noch zurückrufen.'],
      fr: ['Demande reçue sur ma boîte, à enregistrer svp.', 'Merci de rappeler ce client aujourd’hui.'],
      es: ['Consulta que me llegó, por favor registrarla.', 'Por favor llamar hoy a este cliente.'],
    });
    const getOutlook = rng.pick(['Get Outlook for iOS', 'Get Outlook for Android']);
    const { greeting, body: message } = splitGreeting(rng, lang, c.message ?? '');
    const signoff = rng.pick(SIGNOFF[lang]);
    const date = longDate(rng, lang);
    const subj = `${w(lang, ENQ_SUBJECT)} – ${biz.name}`;
    const sigLines = [c.full, ...(c.phoneWritten ? [c.phoneWritten] : [])];
    const html = `<div dir="ltr">${escapeHtml(note)}</div>
<div id="ms-outlook-mobile-signature"><div dir="ltr">${getOutlook}</div></div>
<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>${H[0]}</b> ${escapeHtml(c.full)} &lt;${c.email}&gt;<br><b>${H[1]}</b> ${escapeHtml(date)}<br><b>${H[2]}</b> ${escapeHtml(staff)} &lt;${staffEmail(staff, biz.domain)}&gt;<br><b>${H[3]}</b> ${escapeHtml(subj)}</font><div>&nbsp;</div></div>
<div><p>${escapeHtml(greeting)}</p>
${htmlMessage(message, 'p')}
<p>${escapeHtml(signoff)}<br>${sigLines.map(escapeHtml).join('<br>')}</p></div></div>`;
    const text = [
      note,
      '',
      getOutlook,
      '________________________________',
      `${H[0]} ${c.full} <${c.email}>`,
      `${H[1]} ${date}`,
      `${H[2]} ${staff} <${staffEmail(staff, biz.domain)}>`,
      `${H[3]} ${subj}`,
      '',
      greeting,
      '',
      message,
      '',
      signoff,
      ...sigLines,
    ].join('\n');
    return {
      draft: {
        from: { name: staff, email: staffEmail(staff, biz.domain) },
        to: [{ email: biz.inbox }],
        subject: `${lang === 'de' ? 'WG' : lang === 'fr' ? 'TR' : lang === 'es' ? 'RV' : 'Fw'}: ${subj}`,
        html,
        text,
        primary: 'html',
      },
      expected: { message },
      others: [staff],
    };
  },
};

export const replyInlineInterleaved: LeadLayout = {
  id: 'reply-inline-interleaved',
  description:
    'a staff member answers the customer inline: their reply to the customer (leads inbox in Cc) interleaves short answers between the customer’s quoted paragraphs ("> "), below an "On … wrote:" attribution; staff signature with direct line at the top',
  needsEmail: true,
  needsMessage: true,
  build({ rng, lang, biz, c }) {
    const staff = staffOf(rng, biz);
    const { greeting, body: message } = splitGreeting(rng, lang, c.message ?? '');
    const paras = paragraphs(message);
    const answers = {
      en: [
        'Yes, we can do that.',
        'Good question, see our price list attached to the next email.',
        'Noted, we will call in the evening.',
      ],
      de: [
        'Ja, das ist möglich.',
        'Gute Frage, die Preisliste schicke ich separat.',
        'Notiert, wir rufen abends an.',
      ],
      fr: [
        'Oui, c’est possible.',
        'Bonne question, je vous envoie la grille tarifaire à part.',
        'C’est noté, nous vous appellerons en soirée.',
      ],
      es: [
        'Sí, se puede.',
        'Buena pregunta, le envío la lista de precios aparte.',
        'Anotado, le llamaremos por la tarde.',
      ],
    }[lang];
    const attribution = w(lang, {
      en: `On ${longDate(rng, lang)}, ${c.full} <${c.email}> wrote:`,
      de: `Am ${longDate(rng, lang)} schrieb ${c.full} <${c.email}>:`,
      fr: `Le ${longDate(rng, lang)}, ${c.full} <${c.email}> a écrit :`,
      es: `El ${longDate(rng, lang)}, ${c.full} <${c.email}> escribió:`,
    });
    const hello = w(lang, {
      en: `Hi ${c.first},`,
      de: `Hallo ${c.first},`,
      fr: `Bonjour ${c.first},`,
      es: `Hola ${c.first}:`,
    });
    const intro = w(lang, {
      en: 'thanks for getting in touch, my answers are below.',
      de: 'danke für Ihre Nachricht, meine Antworten stehen unten.',
      fr: 'merci pour votre message, mes réponses sont ci-dessous.',
      es: 'gracias por escribirnos, le respondo abajo.',
    });
    const direct = w(lang, { en: 'Direct line', de: 'Durchwahl', fr: 'Ligne directe', es: 'Línea directa' });
    const q = (s: string) =>
      s
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
    const body: string[] = [
      hello,
      '',
      intro,
      '',
      staff,
      `${biz.name} · ${direct} ${biz.phone}`,
      '',
      attribution,
      q(greeting),
      '>',
    ];
    paras.forEach((p, i) => {
      body.push(q(p), '', answers[i % answers.length] ?? '', '');
    });
    body.push(q(rng.pick(SIGNOFF[lang])), q(c.full));
    if (c.phoneWritten) body.push(q(c.phoneWritten));
    return {
      draft: {
        from: { name: staff, email: staffEmail(staff, biz.domain) },
        to: [{ name: c.full, email: c.email ?? '' }],
        cc: [{ name: biz.name, email: biz.inbox }],
        subject: `${lang === 'de' ? 'AW' : lang === 'fr' ? 'RE' : 'Re'}: ${w(lang, ENQ_SUBJECT)} ${biz.service}`,
        headers: [['In-Reply-To', `<${rng.hex(16)}@${(c.email ?? '').split('@')[1]}>`]],
        text: body.join('\n'),
      },
      expected: { message },
      others: [staff],
    };
  },
};

export const marketplaceRelayBuyer: LeadLayout = {
  id: 'marketplace-relay-buyer',
  description:
    'local services marketplace "Bazario" relays a customer’s message about the business’s listing: From "First via Bazario", a masked reply address, the message, the contact details the customer chose to share (phone, sometimes email), safety tips and the platform’s legal footer',
  foreign: true,
  build({ rng, lang, biz, c }) {
    const via = `${c.first} via Bazario`;
    const shared = w(lang, {
      en: `${c.full} shared these contact details:`,
      de: `${c.full} hat diese Kontaktdaten freigegeben:`,
      fr: `${c.full} a partagé ces coordonnées :`,
      es: `${c.full} compartió estos datos de contacto:`,
    });
    const L = {
      tel: w(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }),
      mail: 'E-mail',
    };
    const intro = w(lang, {
      en: `New message about your listing “${biz.service}”`,
      de: `Neue Nachricht zu Ihrer Anzeige „${biz.service}“`,
      fr: `Nouveau message concernant votre annonce « ${biz.service} »`,
      es: `Nuevo mensaje sobre tu anuncio «${biz.service}»`,
    });
    const tips = w(lang, {
      en: 'Stay safe: never pay in advance and keep the conversation on Bazario. Reply to this email to answer; your address stays hidden.',
      de: 'Sicher handeln: Nie im Voraus zahlen und die Unterhaltung auf Bazario führen. Antworten Sie auf diese E-Mail; Ihre Adresse bleibt verborgen.',
      fr: 'Restez prudent : ne payez jamais d’avance et gardez l’échange sur Bazario. Répondez à cet e-mail ; votre adresse reste masquée.',
      es: 'Cuídate: nunca pagues por adelantado y mantén la conversación en Bazario. Responde a este correo; tu dirección queda oculta.',
    });
    const legal = 'Bazario Marketplace S.L. · Calle de Alcalá 200, 28028 Madrid · CIF B00000000';
    const contact = [
      ...(c.phoneWritten ? [`${L.tel}: ${c.phoneWritten}`] : []),
      ...(c.email ? [`${L.mail}: ${c.email}`] : []),
    ];
    const msg = c.message ?? '';
    const text = [intro, '', `${c.full}:`, '', msg, '', shared, ...contact, '', tips, '', legal].join('\n');
    const html = `<h3>${escapeHtml(intro)}</h3><p><strong>${escapeHtml(c.full)}</strong></p><blockquote style="border-left:3px solid #f60;padding-left:10px">${htmlMessage(msg || '…', 'p')}</blockquote>
<p>${escapeHtml(shared)}<br>${contact.map(escapeHtml).join('<br>')}</p><p style="font-size:11px;color:#666">${escapeHtml(tips)}</p><p style="font-size:10px">${legal}</p>`;
    return {
      draft: {
        from: { name: via, email: 'messages@bazario.example' },
        replyTo: { email: `reply+${rng.hex(16)}@relay.bazario.example` },
        subject: `${via}: ${biz.service}`,
        text,
        html,
        primary: 'html',
      },
      expected: c.message ? {} : { message: null },
    };
  },
};

export const franchiseRouterAssignment: LeadLayout = {
  id: 'franchise-router-assignment',
  description:
    'a franchise network’s head office routes a lead to the local branch: routing block (territory, rule, response deadline, HQ coordinator with phone), then the customer block with primary and alternative phone (the latter often "—"), email and enquiry; an internal lead number in phone-like groups and a confidentiality notice',
  extensions: true,
  build({ rng, lang, biz, c }) {
    const coord = otherName(rng, lang);
    const L = {
      title: w(lang, {
        en: 'Lead routed to your branch',
        de: 'Lead an Ihre Filiale weitergeleitet',
        fr: 'Contact attribué à votre agence',
        es: 'Contacto asignado a su sucursal',
      }),
      terr: w(lang, { en: 'Territory', de: 'Gebiet', fr: 'Secteur', es: 'Zona' }),
      rule: w(lang, { en: 'Routing rule', de: 'Regel', fr: 'Règle', es: 'Regla' }),
      due: w(lang, { en: 'Respond by', de: 'Antwort bis', fr: 'Répondre avant', es: 'Responder antes de' }),
      coord: w(lang, {
        en: 'HQ coordinator',
        de: 'Koordination Zentrale',
        fr: 'Coordination siège',
        es: 'Coordinación central',
      }),
      cust: w(lang, { en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' }),
      name: w(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' }),
      p1: w(lang, {
        en: 'Primary phone',
        de: 'Telefon 1',
        fr: 'Téléphone principal',
        es: 'Teléfono principal',
      }),
      p2: w(lang, { en: 'Alternative phone', de: 'Telefon 2', fr: 'Autre téléphone', es: 'Otro teléfono' }),
      mail: w(lang, { en: 'Email', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }),
      enq: w(lang, { en: 'Enquiry', de: 'Anliegen', fr: 'Demande', es: 'Consulta' }),
      id: w(lang, { en: 'Lead no.', de: 'Lead-Nr.', fr: 'N° de contact', es: 'N.º de contacto' }),
      conf: w(lang, {
        en: 'Confidential: this lead is for the assigned branch only and may not be passed on.',
        de: 'Vertraulich: Dieser Lead ist nur für die zugewiesene Filiale bestimmt.',
        fr: 'Confidentiel : ce contact est réservé à l’agence désignée.',
        es: 'Confidencial: este contacto es solo para la sucursal asignada.',
      }),
    };
    const hqPhone = '+44 20 7946 0321';
    const leadNo = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`;
    const routing: [string, string][] = [
      [L.terr, `${biz.town} ${rng.int(1, 9)}`],
      [L.rule, rng.pick(['postcode', 'round-robin', 'nearest branch'])],
      [L.due, longDate(rng, lang)],
      [L.coord, `${coord}, ${hqPhone}`],
    ];
    const cust: [string, string][] = [
      [L.name, c.full],
      [L.p1, c.phoneWritten ?? '—'],
      [L.p2, '—'],
      [L.mail, c.email ?? '—'],
      [L.enq, c.message ?? '—'],
    ];
    const rowsHtml = (rows: [string, string][]) =>
      rows
        .map(
          ([k, v]) =>
            `<tr><td style="color:#555;width:180px">${escapeHtml(k)}</td><td>${k === L.enq && c.message ? htmlMessage(v, 'br') : escapeHtml(v)}</td></tr>`,
        )
        .join('\n');
    const html = `<h2>${escapeHtml(L.title)}: ${escapeHtml(biz.name)}</h2>
<table>${rowsHtml(routing)}</table>
<h3>${escapeHtml(L.cust)}</h3>
<table>${rowsHtml(cust)}</table>
<p>${L.id} ${leadNo}</p><p style="font-size:10px">${escapeHtml(L.conf)}</p>`;
    const text = [
      `${L.title}: ${biz.name}`,
      '',
      ...routing.map(([k, v]) => `${k}: ${v}`),
      '',
      `== ${L.cust} ==`,
      ...cust.map(([k, v]) => `${k}: ${v}`),
      '',
      `${L.id} ${leadNo}`,
      L.conf,
    ].join('\n');
    return {
      draft: {
        from: { name: coord, email: 'routing@network-hq.example' },
        subject: `${L.title} · ${L.id} ${leadNo}`,
        html,
        text,
        primary: 'html',
      },
      others: [coord],
    };
  },
};

export const LAYOUTS_B: LeadLayout[] = [
  csvVerticalAttachment,
  iniTextAttachment,
  forwardAndroidOfYahoo,
  forwardOutlookMobileHtml,
  replyInlineInterleaved,
  marketplaceRelayBuyer,
  franchiseRouterAssignment,
];
