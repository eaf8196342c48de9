/** Form, plugin, attachment and letter layouts of corpus 15. */
import { capsPii, countryName, letter, PLATFORM_PEOPLE, shownEmail, shownPhone, stamp } from './common.js';
import { NAMES } from './data.js';
import { attachment } from './mime.js';
import type { LeadCtx, LeadLayout } from './types.js';
import { esc, fullName, L, paras, T, upper } from './types.js';

const site = (ctx: LeadCtx) => `https://www.${ctx.biz.domain}`;

// ------------------------------------------------------------------ F1
const wpDialCode: LeadLayout = {
  id: 'wp-table-required-labels-dialcode-select',
  description: 'WordPress plugin "Quillform"',
  countryField: true,
  build(ctx) {
    const { lang, biz } = ctx;
    const t = T(lang, {
      en: [
        'Your name (required)',
        'Your email (required)',
        'Country code',
        'Mobile / WhatsApp',
        'What are you interested in?',
        'Your message',
        `This e-mail was sent from a contact form on ${biz.name} (${site(ctx)})`,
        'New message from',
        'Entry',
        'Privacy',
        '[x] I agree that my details are stored to answer my enquiry.',
      ],
      de: [
        'Ihr Name (Pflichtfeld)',
        'Ihre E-Mail-Adresse (Pflichtfeld)',
        'Ländervorwahl',
        'Handy / WhatsApp',
        'Worum geht es?',
        'Ihre Nachricht',
        `Diese E-Mail wurde über ein Kontaktformular von ${biz.name} (${site(ctx)}) gesendet`,
        'Neue Nachricht von',
        'Eintrag',
        'Datenschutz',
        '[x] Ich stimme zu, dass meine Angaben zur Beantwortung meiner Anfrage gespeichert werden.',
      ],
      fr: [
        'Votre nom (obligatoire)',
        'Votre e-mail (obligatoire)',
        'Indicatif pays',
        'Portable / WhatsApp',
        'Qu’est-ce qui vous intéresse ?',
        'Votre message',
        `Cet e-mail a été envoyé depuis un formulaire de contact de ${biz.name} (${site(ctx)})`,
        'Nouveau message de',
        'Entrée',
        'Confidentialité',
        '[x] J’accepte que mes données soient conservées pour répondre à ma demande.',
      ],
      es: [
        'Tu nombre (obligatorio)',
        'Tu correo (obligatorio)',
        'Prefijo de país',
        'Móvil / WhatsApp',
        '¿Qué te interesa?',
        'Tu mensaje',
        `Este correo se envió desde un formulario de contacto de ${biz.name} (${site(ctx)})`,
        'Nuevo mensaje de',
        'Entrada',
        'Privacidad',
        '[x] Acepto que mis datos se guarden para responder a mi consulta.',
      ],
    });
    if (ctx.phone) ctx.phone.written = ctx.phone.nsn;
    const ph = ctx.phone;
    const dial = `${countryName(ctx.person.region, lang)} (${ph ? ph.cc : ctx.person.region})`;
    const rows: [string, string][] = [
      [t[0], fullName(ctx.person)],
      [t[1], shownEmail(ctx)],
      [t[2], dial],
      [t[3], ph ? ph.written : ''],
      [t[4], ctx.service],
      [t[5], ctx.message ?? ''],
      [t[9], t[10]],
    ];
    const entry = ctx.rng.int(1200, 9800);
    const html = `<table cellpadding="6" style="border-collapse:collapse;font-family:Arial">\n${rows
      .map(
        ([k, v]) =>
          `<tr><th align="left" valign="top" style="background:#f4f4f4;width:220px">${esc(k)}</th><td>${paras(v)}</td></tr>`,
      )
      .join(
        '\n',
      )}\n</table>\n<p style="color:#888;font-size:11px">--<br>${esc(t[6])}<br>Quillform · ${t[8]} #${entry}</p>`;
    const text = `${rows.map(([k, v]) => `${k}: ${v}`).join('\n\n')}\n\n--\n${t[6]}\nQuillform · ${t[8]} #${entry}`;
    // With a dial-code field, customers abroad and at home write the number without its country code.
    if (ph && !ph.nsn) throw new Error('nsn');
    return {
      draft: {
        from: { name: `${biz.name} (Quillform)`, email: `wordpress@${biz.domain}` },
        replyTo: ctx.hasEmail ? { name: fullName(ctx.person), email: ctx.person.email } : undefined,
        subject: `${t[7]} ${fullName(ctx.person)}`,
        text,
        html,
        primary: 'html',
      },
      pii: ph ? [`${ph.cc} ${ph.nsn}`] : [],
    };
  },
};

// ------------------------------------------------------------------ F2
const bookingGuests: LeadLayout = {
  id: 'booking-header-row-table-booker-and-guest-list',
  description: 'booking widget "Tidebook"',
  optionalMessage: true,
  ext: false,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const t = T(lang, {
      en: [
        'New booking request',
        'Booked by',
        'Booker’s email',
        'Mobile',
        'Date',
        'Party',
        'Guests',
        'Guest name',
        'Age group',
        'adult',
        'child',
        'Special requests',
        'Payment: on arrival. Confirm or decline this request in your Tidebook calendar.',
        'Booker',
      ],
      de: [
        'Neue Buchungsanfrage',
        'Gebucht von',
        'E-Mail der buchenden Person',
        'Mobil',
        'Termin',
        'Personen',
        'Teilnehmende',
        'Name',
        'Altersgruppe',
        'Erwachsen',
        'Kind',
        'Besondere Wünsche',
        'Zahlung: vor Ort. Bestätigen oder ablehnen Sie die Anfrage in Ihrem Tidebook-Kalender.',
        'Bucher/in',
      ],
      fr: [
        'Nouvelle demande de réservation',
        'Réservé par',
        'E-mail du réservant',
        'Mobile',
        'Date',
        'Participants',
        'Participants',
        'Nom',
        'Tranche d’âge',
        'adulte',
        'enfant',
        'Demandes particulières',
        'Paiement : sur place. Acceptez ou refusez cette demande dans votre agenda Tidebook.',
        'Réservant',
      ],
      es: [
        'Nueva solicitud de reserva',
        'Reservado por',
        'Correo de quien reserva',
        'Celular',
        'Fecha',
        'Personas',
        'Participantes',
        'Nombre',
        'Edad',
        'adulto',
        'niño',
        'Peticiones especiales',
        'Pago: en el lugar. Confirma o rechaza esta solicitud en tu calendario de Tidebook.',
        'Titular',
      ],
    });
    const pool = (NAMES[ctx.biz.region] ?? [])
      .map((s) => s.replace('|', ' '))
      .filter((s) => s !== fullName(ctx.person) && !s.includes(ctx.person.last ?? '\u0000'));
    const guests = rng.shuffle(pool).slice(0, rng.int(1, 3));
    const party = guests.length + 1;
    const when = `${ctx.date}, ${rng.pick(['08:30', '10:00', '14:00', '16:30'])}`;
    const head = [t[1], t[2], t[3], t[4], t[5]];
    const vals = [fullName(ctx.person), shownEmail(ctx, '—'), shownPhone(ctx, '—'), when, String(party)];
    const th = (s: string) => `<th style="text-align:left;background:#e8f3f8;padding:6px">${esc(s)}</th>`;
    const td = (s: string) => `<td style="padding:6px;border-top:1px solid #ccc">${esc(s)}</td>`;
    const guestRows = [
      [fullName(ctx.person), `${t[9]} (${t[13]})`],
      ...guests.map((g) => [g, rng.chance(0.3) ? t[10] : t[9]]),
    ];
    const html = `<h2 style="font-family:Helvetica">${t[0]} · ${esc(biz.name)}</h2>
<p>${esc(ctx.service)}</p>
<table style="border-collapse:collapse"><tr>${head.map(th).join('')}</tr><tr>${vals.map(td).join('')}</tr></table>
<h3>${t[6]}</h3>
<table style="border-collapse:collapse"><tr>${th('#')}${th(t[7])}${th(t[8])}</tr>
${guestRows.map((g, i) => `<tr>${td(String(i + 1))}${td(g[0] ?? '')}${td(g[1] ?? '')}</tr>`).join('\n')}</table>
${ctx.message ? `<h3>${t[11]}</h3>\n<div style="background:#fafafa;padding:8px">${paras(ctx.message)}</div>` : ''}
<p style="font-size:12px;color:#666">${esc(t[12])}<br>Ref. TB-${rng.int(10000, 99999)}</p>`;
    return {
      draft: {
        from: { name: 'Tidebook', email: 'bookings@tidebook.example' },
        replyTo: ctx.hasEmail ? { email: ctx.person.email } : undefined,
        subject: `${t[0]}: ${ctx.date} (${party})`,
        html,
      },
      others: guests,
    };
  },
};

// ------------------------------------------------------------------ F3
const dlLastFirst: LeadLayout = {
  id: 'dl-name-label-last-first-required-abbr',
  description: 'static-site form service "Sitepost"',
  ext: true,
  caps: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const t = T(lang, {
      en: [
        'Name (Last, First)',
        'E-mail',
        'Tel. (daytime)',
        'Preferred contact',
        'Enquiry',
        'phone|e-mail|either',
        'Submission',
        'received via Sitepost for',
        'Reply directly to this e-mail to answer the sender.',
      ],
      de: [
        'Name (Nachname, Vorname)',
        'E-Mail',
        'Tel. (tagsüber)',
        'Kontakt bevorzugt per',
        'Anliegen',
        'Telefon|E-Mail|egal',
        'Einsendung',
        'über Sitepost eingegangen für',
        'Antworten Sie direkt auf diese E-Mail, um dem Absender zu antworten.',
      ],
      fr: [
        'Nom (NOM, Prénom)',
        'Courriel',
        'Tél. (journée)',
        'Contact préféré',
        'Demande',
        'téléphone|courriel|indifférent',
        'Envoi',
        'reçu via Sitepost pour',
        'Répondez directement à cet e-mail pour écrire à l’expéditeur.',
      ],
      es: [
        'Nombre (Apellidos, Nombre)',
        'Correo-e',
        'Tel. (de día)',
        'Contacto preferido',
        'Consulta',
        'teléfono|correo|me da igual',
        'Envío',
        'recibido por Sitepost para',
        'Responde directamente a este correo para contestar al remitente.',
      ],
    });
    const last = person.last ?? '';
    const surname = ctx.caps || ctx.rng.chance(0.3) ? upper(last) : last;
    const first = ctx.caps ? upper(person.first) : person.first;
    const lf = `${surname}, ${first}`;
    const pref = t[5].split('|')[ctx.phone && ctx.hasEmail ? ctx.rng.int(0, 2) : ctx.phone ? 0 : 1] ?? '';
    const items: [string, string, boolean][] = [
      [t[0], lf, true],
      [t[1], shownEmail(ctx), !ctx.phone],
      [t[2], shownPhone(ctx), false],
      [t[3], pref, false],
      [t[4], ctx.message ?? '', false],
    ];
    const req = '<abbr title="required" style="color:#c00">*</abbr>';
    const id = ctx.rng.hex(10);
    const html = `<p style="font:14px Georgia">${t[6]} ${id} ${t[7]} <b>${esc(biz.domain)}</b></p>
<dl style="font:14px Georgia">
${items.map(([k, v, r]) => `  <dt style="font-weight:bold;margin-top:10px">${esc(k)} ${r ? req : ''}</dt>\n  <dd style="margin-left:0">${v ? paras(v) : '&nbsp;'}</dd>`).join('\n')}
</dl>
<hr><p style="font-size:11px">${esc(t[8])}</p>`;
    const text = `${t[6]} ${id} ${t[7]} ${biz.domain}\n\n${items.map(([k, v, r]) => `${k}${r ? ' *' : ''}\n${v}`).join('\n\n')}\n\n----\n${t[8]}`;
    return {
      draft: {
        from: { name: 'Sitepost', email: 'forms@sitepost.example' },
        replyTo: ctx.hasEmail ? { email: person.email } : undefined,
        subject: `[${biz.domain}] ${t[4]}: ${lf}`,
        html,
        text,
        primary: 'html',
      },
      pii: [lf, ...capsPii(ctx), upper(last)],
    };
  },
};

// ------------------------------------------------------------------ F4
const gridMarketplace: LeadLayout = {
  id: 'css-grid-client-labels-marketplace-pro-block',
  description: 'trades marketplace "Craftlane"',
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const mgr = PLATFORM_PEOPLE[lang][0] as [string, string];
    const t = T(lang, {
      en: [
        'New quote request',
        'Client',
        'Reach them on',
        'Email',
        'Job',
        'Where',
        'Details from the client',
        'Your Craftlane profile',
        'Listed phone',
        'Your area manager',
        'Respond within 24 hours to keep your Fast Responder badge.',
        'Manage leads',
        'Pause new leads',
        'Lead reference',
        'Craftlane Ltd is registered in England and Wales (no. 09876543). Craftlane does not check the identity of clients or the accuracy of requests. This message was sent to you because you are a registered professional.',
      ],
      de: [
        'Neue Angebotsanfrage',
        'Kunde/Kundin',
        'Erreichbar unter',
        'E-Mail',
        'Auftrag',
        'Ort',
        'Angaben der Kundschaft',
        'Ihr Craftlane-Profil',
        'Hinterlegte Telefonnummer',
        'Ihre Gebietsbetreuung',
        'Antworten Sie innerhalb von 24 Stunden, um Ihr Schnell-Antworter-Abzeichen zu behalten.',
        'Anfragen verwalten',
        'Anfragen pausieren',
        'Anfrage-Nr.',
        'Craftlane Ltd, eingetragen in England und Wales (Nr. 09876543). Craftlane prüft weder die Identität der Kundschaft noch die Richtigkeit der Anfragen. Sie erhalten diese Nachricht als registrierter Fachbetrieb.',
      ],
      fr: [
        'Nouvelle demande de devis',
        'Client',
        'Joignable au',
        'E-mail',
        'Projet',
        'Lieu',
        'Précisions du client',
        'Votre profil Craftlane',
        'Téléphone affiché',
        'Votre responsable de secteur',
        'Répondez sous 24 heures pour garder votre badge Réponse rapide.',
        'Gérer mes demandes',
        'Suspendre les demandes',
        'Référence',
        'Craftlane Ltd est immatriculée en Angleterre et au pays de Galles (n° 09876543). Craftlane ne vérifie ni l’identité des clients ni l’exactitude des demandes. Vous recevez ce message en tant que professionnel inscrit.',
      ],
      es: [
        'Nueva solicitud de presupuesto',
        'Cliente',
        'Contactar en',
        'Correo',
        'Trabajo',
        'Dónde',
        'Detalles del cliente',
        'Tu perfil en Craftlane',
        'Teléfono publicado',
        'Tu gestor de zona',
        'Responde en menos de 24 horas para conservar tu insignia de Respuesta rápida.',
        'Gestionar solicitudes',
        'Pausar solicitudes',
        'Referencia',
        'Craftlane Ltd está registrada en Inglaterra y Gales (n.º 09876543). Craftlane no comprueba la identidad de los clientes ni la exactitud de las solicitudes. Recibes este mensaje como profesional registrado.',
      ],
    });
    const cell = (k: string, v: string) =>
      `<div style="color:#6b7280;font-size:13px;padding:6px 0">${esc(k)}</div><div style="font-size:15px;padding:6px 0">${v}</div>`;
    const ref = `CL-${rng.int(100000, 999999)}`;
    const mgrPhone = `+44 20 7946 0${rng.int(100, 999)}`;
    const html = `<div style="max-width:620px;font-family:system-ui">
<h1 style="font-size:20px">${t[0]}</h1>
<div style="display:grid;grid-template-columns:170px 1fr;gap:2px 16px">
${cell(t[1], esc(fullName(ctx.person)))}
${cell(t[2], esc(shownPhone(ctx, '–')))}
${cell(t[3], esc(shownEmail(ctx, '–')))}
${cell(t[4], esc(ctx.service))}
${cell(t[5], esc(biz.city))}
</div>
<h2 style="font-size:16px">${t[6]}</h2>
<div style="border-left:3px solid #f59e0b;padding-left:12px">${paras(ctx.message ?? '')}</div>
<div style="margin-top:24px;background:#f3f4f6;padding:12px;font-size:13px">
<b>${t[7]}</b><br>${esc(biz.name)} · ${esc(biz.city)}<br>${t[8]}: ${esc(biz.phone)}<br>
${t[9]}: ${esc(`${mgr[0]} ${mgr[1]}`)}, ${mgrPhone}</div>
<p style="font-size:12px;color:#6b7280">${esc(t[10])}<br>
<a href="https://pro.craftlane.example/leads">${t[11]}</a> · <a href="https://pro.craftlane.example/pause">${t[12]}</a><br>${t[13]}: ${ref} · trk=${rng.hex(12)}</p>
<p style="font-size:10px;color:#9ca3af">${esc(t[14])}</p>
</div>`;
    return {
      draft: {
        from: { name: 'Craftlane', email: 'leads@craftlane.example' },
        subject: `${t[0]}: ${ctx.service} – ${biz.city}`,
        html,
      },
      others: [`${mgr[0]} ${mgr[1]}`],
    };
  },
};

// ------------------------------------------------------------------ F5
function asciiTable(rows: [string, string][]): string {
  const w1 = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  const line = `+${'-'.repeat(w1 + 2)}+${'-'.repeat(w2 + 2)}+`;
  const row = (a: string, b: string) => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} |`;
  const [head, ...rest] = rows;
  return [line, row(head?.[0] ?? '', head?.[1] ?? ''), line, ...rest.map(([a, b]) => row(a, b)), line].join(
    '\n',
  );
}

const asciiPhp: LeadLayout = {
  id: 'ascii-plus-minus-table-abbrev-labels-message-below',
  description: 'self-hosted PHP mailer',
  ext: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const t = T(lang, {
      en: [
        'New enquiry via the website contact form',
        'Field',
        'Input',
        'Found us via',
        'First & last name',
        'E-mail addr.',
        'Phone (day)',
        'Call back?',
        'Comments',
        'Google|Instagram|a friend|flyer',
        'yes|no',
      ],
      de: [
        'Neue Anfrage über das Kontaktformular',
        'Feld',
        'Eingabe',
        'Aufmerksam geworden durch',
        'Vor- und Zuname',
        'E-Mail-Adr.',
        'Tel. (tagsüber)',
        'Rückruf erwünscht',
        'Nachricht',
        'Google|Instagram|Empfehlung|Flyer',
        'ja|nein',
      ],
      fr: [
        'Nouvelle demande via le formulaire du site',
        'Champ',
        'Saisie',
        'Connu via',
        'Prénom et nom',
        'Adr. e-mail',
        'Tél. (journée)',
        'Rappel souhaité',
        'Commentaires',
        'Google|Instagram|bouche-à-oreille|dépliant',
        'oui|non',
      ],
      es: [
        'Nueva consulta desde el formulario web',
        'Campo',
        'Dato',
        'Nos conoció por',
        'Nombre y apellidos',
        'Dir. de correo',
        'Tel. (de día)',
        '¿Le llamamos?',
        'Comentarios',
        'Google|Instagram|un amigo|folleto',
        'sí|no',
      ],
    });
    const tbl = asciiTable([
      [t[1], t[2]],
      [t[3], rng.pick(t[9].split('|'))],
      [t[4], fullName(ctx.person)],
      [t[5], shownEmail(ctx)],
      [t[6], shownPhone(ctx)],
      [t[7], t[10].split('|')[ctx.phone ? 0 : 1] ?? ''],
    ]);
    const head = t[8];
    const text = `${t[0]}\n\n${tbl}\n\n${head}:\n${'-'.repeat(head.length + 1)}\n${ctx.message ?? ''}\n\n--\nIP: 198.51.100.${rng.int(2, 250)} | UA: Mozilla/5.0 (Linux; Android 14) | ${stamp(ctx)}\nformmail.php v2.4`;
    return {
      draft: {
        from: { email: `www-data@${biz.domain}` },
        subject: `${t[0]} [${biz.domain}]`,
        text,
      },
    };
  },
};

// ------------------------------------------------------------------ F6
const qaArrows: LeadLayout = {
  id: 'numbered-questions-arrow-answers-surname-optional',
  description: 'conversational form tool "Askwell"',
  singleNames: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const t = T(lang, {
      en: [
        'Response',
        'to',
        'What’s your first name?',
        'And your surname? (optional)',
        'Where can we email you?',
        'Best number for a quick call?',
        'Anything we should know before we get back to you?',
        '(skipped)',
        'Completed in',
        'Ask well, hear more',
      ],
      de: [
        'Antwort',
        'auf',
        'Wie ist Ihr Vorname?',
        'Und Ihr Nachname? (optional)',
        'An welche Adresse dürfen wir schreiben?',
        'Unter welcher Nummer erreichen wir Sie am besten?',
        'Gibt es noch etwas, das wir wissen sollten?',
        '(übersprungen)',
        'Ausgefüllt in',
        'Besser fragen, mehr erfahren',
      ],
      fr: [
        'Réponse',
        'à',
        'Quel est votre prénom ?',
        'Et votre nom ? (facultatif)',
        'À quelle adresse pouvons-nous vous écrire ?',
        'Le meilleur numéro pour un appel rapide ?',
        'Quelque chose à nous dire avant qu’on vous recontacte ?',
        '(ignorée)',
        'Rempli en',
        'Mieux demander, mieux comprendre',
      ],
      es: [
        'Respuesta',
        'a',
        '¿Cómo te llamas?',
        '¿Y tu apellido? (opcional)',
        '¿A qué correo te escribimos?',
        '¿Mejor número para una llamada rápida?',
        '¿Algo que debamos saber antes de contactarte?',
        '(omitida)',
        'Completado en',
        'Pregunta mejor, escucha más',
      ],
    });
    const arrow = rng.pick(['➜', '→', '=>']);
    const form = L(lang, {
      en: 'Plan your visit',
      de: 'Ihr Besuch bei uns',
      fr: 'Préparez votre venue',
      es: 'Planifica tu visita',
    });
    const ans = (v: string | null) =>
      v
        ? v
            .split('\n')
            .map((l, i) => (i === 0 ? `   ${arrow} ${l}` : l ? `     ${l}` : ''))
            .join('\n')
        : `   ${arrow} ${t[7]}`;
    const qs: [string, string | null][] = [
      [t[2], ctx.person.first],
      [t[3], ctx.person.last],
      [t[4], ctx.hasEmail ? ctx.person.email : null],
      [t[5], ctx.phone ? shownPhone(ctx) : null],
      [t[6], ctx.message],
    ];
    const text = `${t[0]} #${rng.int(100, 4999)} ${t[1]} “${form}” · ${biz.name}\n\n${qs.map(([q, a], i) => `${i + 1}. ${q}\n${ans(a)}`).join('\n\n')}\n\n${t[8]} ${rng.int(1, 6)} min ${rng.int(2, 59)} s\n--\nAskwell · ${t[9]}`;
    return {
      draft: {
        from: { name: 'Askwell', email: 'responses@askwell.example' },
        subject: `${t[0]}: ${form} (${ctx.person.first})`,
        text,
      },
    };
  },
};

// ------------------------------------------------------------------ F7
const callback: LeadLayout = {
  id: 'callback-widget-ul-bold-labels-no-message',
  description: 'call-back widget "Ringback"',
  noMessage: true,
  needsPhone: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const t = T(lang, {
      en: [
        'Call-back request',
        'Name',
        'Number to call',
        'Email (optional)',
        'When',
        'Page',
        'Today, 14:00–16:00|As soon as possible|Tomorrow morning (9:00–12:00)',
        'Someone asked to be called back from your website. Call them within 5 minutes to double your chances.',
      ],
      de: [
        'Rückrufwunsch',
        'Name',
        'Rückruf an',
        'E-Mail (freiwillig)',
        'Wann',
        'Seite',
        'Heute, 14:00–16:00 Uhr|So bald wie möglich|Morgen Vormittag (9–12 Uhr)',
        'Jemand möchte von Ihnen zurückgerufen werden. Wer innerhalb von 5 Minuten anruft, verdoppelt seine Chancen.',
      ],
      fr: [
        'Demande de rappel',
        'Nom',
        'Numéro à rappeler',
        'E-mail (facultatif)',
        'Quand',
        'Page',
        'Aujourd’hui, 14 h – 16 h|Dès que possible|Demain matin (9 h – 12 h)',
        'Un visiteur souhaite être rappelé. Rappelez-le dans les 5 minutes pour doubler vos chances.',
      ],
      es: [
        'Solicitud de llamada',
        'Nombre',
        'Número para llamar',
        'Correo (opcional)',
        'Cuándo',
        'Página',
        'Hoy, 14:00–16:00|Lo antes posible|Mañana por la mañana (9:00–12:00)',
        'Alguien pidió que le llamen desde tu web. Llama en menos de 5 minutos para duplicar tus opciones.',
      ],
    });
    const when = rng.pick(t[6].split('|'));
    const page = `${site(ctx)}/${rng.pick(['prices', 'contact', 'courses', 'gallery'])}`;
    const li = (k: string, v: string) => `<li><strong>${esc(k)}:</strong> ${esc(v)}</li>`;
    const html = `<p>${esc(t[7])}</p>
<ul>
${li(t[1], fullName(ctx.person))}
${li(t[2], shownPhone(ctx))}
${ctx.hasEmail ? li(t[3], ctx.person.email) : ''}
${li(t[4], when)}
${li(t[5], page)}
</ul>
<p style="color:#999;font-size:11px">Ringback widget · ${esc(biz.name)}</p>`;
    const text = `${t[7]}\n\n* ${t[1]}: ${fullName(ctx.person)}\n* ${t[2]}: ${shownPhone(ctx)}\n${ctx.hasEmail ? `* ${t[3]}: ${ctx.person.email}\n` : ''}* ${t[4]}: ${when}\n* ${t[5]}: ${page}\n\nRingback widget · ${biz.name}`;
    return {
      draft: {
        from: { name: 'Ringback', email: 'alerts@ringback.example' },
        subject: `☎ ${t[0]}: ${fullName(ctx.person)}`,
        html,
        text,
        primary: 'html',
      },
    };
  },
};

// ------------------------------------------------------------------ F8
const jsonNested: LeadLayout = {
  id: 'json-body-nested-contact-phone-country-object',
  description: 'webhook relay "Pipewell"',
  countryField: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const t = T(lang, {
      en: [
        'Pipewell delivered event form.submitted to this address (destination type: email).',
        'Contact us',
        'Retries: none needed · Delivery',
      ],
      de: [
        'Pipewell hat das Ereignis form.submitted an diese Adresse zugestellt (Ziel: E-Mail).',
        'Kontakt',
        'Wiederholungen: keine · Zustellung',
      ],
      fr: [
        'Pipewell a livré l’événement form.submitted à cette adresse (destination : e-mail).',
        'Nous contacter',
        'Nouvelles tentatives : aucune · Livraison',
      ],
      es: [
        'Pipewell entregó el evento form.submitted a esta dirección (destino: correo).',
        'Contacto',
        'Reintentos: ninguno · Entrega',
      ],
    });
    const body = {
      event: 'form.submitted',
      delivered_at: `${stamp(ctx).replace(' ', 'T')}:00Z`,
      site: biz.domain,
      form: { id: `frm_${rng.hex(8)}`, name: t[1] },
      contact: {
        name: { given: ctx.person.first, family: ctx.person.last ?? '' },
        email: ctx.hasEmail ? ctx.person.email : '',
        phone: ctx.phone ? { country: ctx.person.region, number: ctx.phone.written } : null,
      },
      answers: { service: ctx.service, comments: ctx.message ?? '' },
      meta: { ip: `203.0.113.${rng.int(2, 250)}`, consent: true },
    };
    const text = `${t[0]}\n\n${JSON.stringify(body, null, 2)}\n\n${t[2]} dlv_${rng.hex(14)}`;
    return {
      draft: {
        from: { name: 'Pipewell', email: 'deliver@pipewell.example' },
        subject: `[Pipewell] form.submitted · ${biz.domain}`,
        text,
      },
    };
  },
};

// ------------------------------------------------------------------ F10
function vcardEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
}
function vcardFold(line: string): string {
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (Buffer.byteLength(cur + ch, 'utf8') > 74) {
      out.push(cur);
      cur = ` ${ch}`;
    } else cur += ch;
  }
  out.push(cur);
  return out.join('\r\n');
}

const vcardNote: LeadLayout = {
  id: 'vcard4-att-leave-your-card-note-message',
  description: 'site button "Leave your card" (vCard 4.0)',
  caps: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const t = T(lang, {
      en: [
        'A visitor left their contact card on your website.',
        'Open the attached file to add them to your contacts. Their note is saved in the card.',
        'New contact card',
        'Sent by the Cardbox button on',
      ],
      de: [
        'Jemand hat auf Ihrer Website eine Visitenkarte hinterlassen.',
        'Öffnen Sie die angehängte Datei, um den Kontakt zu übernehmen. Die Notiz steht in der Karte.',
        'Neue Visitenkarte',
        'Gesendet vom Cardbox-Button auf',
      ],
      fr: [
        'Un visiteur a laissé sa carte de contact sur votre site.',
        'Ouvrez le fichier joint pour l’ajouter à vos contacts. Sa note est enregistrée dans la carte.',
        'Nouvelle carte de contact',
        'Envoyé par le bouton Cardbox sur',
      ],
      es: [
        'Un visitante dejó su tarjeta de contacto en tu web.',
        'Abre el archivo adjunto para añadirlo a tus contactos. Su nota está guardada en la tarjeta.',
        'Nueva tarjeta de contacto',
        'Enviado por el botón Cardbox en',
      ],
    });
    const cap = (s: string) => (ctx.caps ? upper(s) : s);
    const lines = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      `FN:${vcardEscape(cap(fullName(person)))}`,
      `N:${vcardEscape(cap(person.last ?? ''))};${vcardEscape(cap(person.first))};;;`,
      ...(ctx.hasEmail ? [`EMAIL;TYPE=home:${person.email}`] : []),
      ...(ctx.phone ? [`TEL;VALUE=text;TYPE=cell:${ctx.phone.written}`] : []),
      `ADR;TYPE=home:;;;;;;${vcardEscape(countryName(person.region, lang))}`,
      ...(ctx.message ? [`NOTE:${vcardEscape(ctx.message)}`] : []),
      `SOURCE:${site(ctx)}/cardbox`,
      `REV:20261${ctx.rng.int(0, 1)}${String(ctx.rng.int(1, 28)).padStart(2, '0')}T101500Z`,
      'END:VCARD',
    ];
    const vcf = `${lines.map(vcardFold).join('\r\n')}\r\n`;
    const fn = `${
      (person.last ?? person.first)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z]/g, '') || 'contact'
    }.vcf`;
    return {
      draft: {
        from: { name: 'Cardbox', email: `cardbox@${biz.domain}` },
        subject: `${t[2]}: ${cap(fullName(person))}`,
        text: `${t[0]}\n${t[1]}\n\n${t[3]} ${site(ctx)}`,
        attachments: [attachment(fn, 'text/vcard', vcf, { charset: 'utf-8' })],
      },
      pii: capsPii(ctx),
    };
  },
};

// ------------------------------------------------------------------ L1
const webmailLetter: LeadLayout = {
  id: 'letter-webmail-html-signoff-first-name-only',
  description: 'the customer’s own letter from webmail',
  needsEmail: true,
  singleNames: true,
  build(ctx) {
    const firstOnly = ctx.person.last !== null && ctx.rng.chance(0.35);
    if (firstOnly) ctx.person.last = null;
    const body = letter(ctx, firstOnly || ctx.person.last === null);
    const html = `<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px">${body
      .split(/\n{2,}/)
      .map((p) => `<div>${p.split('\n').map(esc).join('<br>')}</div><div><br></div>`)
      .join('\n')}</div>`;
    const subject = ctx.rng.pick(
      L(ctx.lang, {
        en: ['Enquiry', `Booking for ${ctx.date}?`, 'Prices'],
        de: ['Anfrage', `Termin am ${ctx.date}?`, 'Preisanfrage'],
        fr: ['Demande', `Réservation le ${ctx.date} ?`, 'Tarifs'],
        es: ['Consulta', `¿Reserva para el ${ctx.date}?`, 'Precios'],
      }),
    );
    const showName = !firstOnly && ctx.person.last !== null && ctx.rng.chance(0.6);
    return {
      draft: {
        from: showName
          ? { name: fullName(ctx.person), email: ctx.person.email }
          : { email: ctx.person.email },
        subject,
        text: body,
        html,
        primary: ctx.rng.chance(0.5) ? 'text' : 'html',
      },
    };
  },
};

// ------------------------------------------------------------------ F11
const kioskTxt: LeadLayout = {
  id: 'txt-att-shop-tablet-dotted-leader-lines',
  description: 'shop tablet app "Kioskly" with a .txt enquiry',
  ext: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng, staff } = ctx;
    const t = T(lang, {
      en: [
        'New enquiry captured on your tablet',
        'was logged in at the front desk when this was entered. The enquiry is attached as a text file.',
        'ENQUIRY',
        'Captured',
        'Device',
        'Tablet (front desk)',
        'Visitor name',
        'E-mail',
        'Phone',
        'Interested in',
        'Notes',
        'end',
        'enquiry',
      ],
      de: [
        'Neue Anfrage am Tablet erfasst',
        'war beim Erfassen am Empfang angemeldet. Die Anfrage hängt als Textdatei an.',
        'ANFRAGE',
        'Erfasst',
        'Gerät',
        'Tablet (Empfang)',
        'Name Besucher/in',
        'E-Mail',
        'Telefon',
        'Interesse an',
        'Notizen',
        'Ende',
        'anfrage',
      ],
      fr: [
        'Nouvelle demande saisie sur la tablette',
        'était connecté(e) à l’accueil lors de la saisie. La demande est jointe en fichier texte.',
        'DEMANDE',
        'Saisie le',
        'Appareil',
        'Tablette (accueil)',
        'Nom du visiteur',
        'E-mail',
        'Téléphone',
        'Intéressé par',
        'Notes',
        'fin',
        'demande',
      ],
      es: [
        'Nueva consulta registrada en la tableta',
        'tenía la sesión abierta en recepción cuando se registró. La consulta va adjunta como archivo de texto.',
        'CONSULTA',
        'Registrada',
        'Dispositivo',
        'Tableta (recepción)',
        'Nombre del visitante',
        'Correo',
        'Teléfono',
        'Le interesa',
        'Notas',
        'fin',
        'consulta',
      ],
    });
    const no = String(rng.int(1, 999)).padStart(4, '0');
    const rows: [string, string][] = [
      [t[3], stamp(ctx)],
      [t[4], t[5]],
      [t[6], fullName(ctx.person)],
      [t[7], shownEmail(ctx)],
      [t[8], shownPhone(ctx)],
      [t[9], ctx.service],
    ];
    const w = Math.max(...rows.map((r) => r[0].length), t[10].length) + 4;
    const lead = (k: string) => `${k} ${'.'.repeat(w - k.length)}:`;
    const txt = `KIOSKLY ${t[2]} ${no}\n${rows.map(([k, v]) => `${lead(k)} ${v}`.trimEnd()).join('\n')}\n${lead(t[10])}\n${ctx.message ?? ''}\n--- ${t[11]} ---\n`;
    return {
      draft: {
        from: { name: 'Kioskly', email: 'capture@kioskly.example' },
        subject: `${t[0]} (${biz.name})`,
        html: `<p style="font-family:Arial">${esc(t[0])}.</p><p style="font-family:Arial">${esc(staff.first)} ${esc(t[1])}</p><p style="font-size:11px;color:#999">Kioskly · ${esc(biz.city)}</p>`,
        attachments: [
          attachment(`${t[12]}-${no}.txt`, 'text/plain', txt, {
            charset: rng.pick(['utf-8', 'iso-8859-1', 'windows-1252']),
          }),
        ],
      },
      others: [staff.first],
    };
  },
};

export const FORM_LAYOUTS: LeadLayout[] = [
  wpDialCode,
  bookingGuests,
  dlLastFirst,
  gridMarketplace,
  asciiPhp,
  qaArrows,
  callback,
  jsonNested,
  vcardNote,
  webmailLetter,
  kioskTxt,
];
