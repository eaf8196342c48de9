/** Form, letter and attachment lead layouts. */
import { PET_NAMES, SECTOR } from './data.js';
import { attachment } from './mime.js';
import {
  addr,
  esc,
  L,
  type LeadCtx,
  type LeadLayout,
  paras,
  phoneText,
  shownFirst,
  shownFull,
  shownLast,
  upper,
} from './types.js';

/** The third party the request is for (a parent, a dog, the deceased): never the lead. */
function attendee(c: LeadCtx): { name: string; label: string } {
  const s = c.biz.sector;
  const lang = c.lang;
  if (s === 'kennels')
    return {
      name: PET_NAMES[c.n % PET_NAMES.length] as string,
      label: L(lang, { en: "Dog's name", de: 'Name des Hundes', fr: 'Nom du chien', es: 'Nombre del perro' }),
    };
  const names: Record<string, string[]> = {
    en: ['Albert Whitcombe', 'Edna Farrugia', 'Winston Chambers'],
    de: ['Gertrud Hasenöhrl', 'Alois Kranebitter', 'Hildegard Maier'],
    fr: ['Raymonde Lebrun', 'Marcel Guéguen', 'Simone Akré'],
    es: ['Dolores Ajpop', 'Teodoro Cañete', 'Amparo Rivas'],
  };
  const label =
    s === 'memorials'
      ? L(lang, {
          en: 'Name of the deceased',
          de: 'Name der/des Verstorbenen',
          fr: 'Nom du défunt',
          es: 'Nombre del difunto',
        })
      : s === 'hearing'
        ? L(lang, {
            en: 'Who is the appointment for?',
            de: 'Für wen ist der Termin?',
            fr: 'Pour qui est le rendez-vous ?',
            es: '¿Para quién es la cita?',
          })
        : L(lang, {
            en: 'Site contact (if different)',
            de: 'Ansprechpartner vor Ort (falls abweichend)',
            fr: 'Contact sur place (si différent)',
            es: 'Contacto en el lugar (si es otro)',
          });
  return { name: (names[lang] as string[])[c.n % 3] as string, label };
}

const slot = (c: LeadCtx) =>
  L(c.lang, {
    en: ['Mon 9:00–11:00', 'Wed afternoon', 'Fri 14:30'],
    de: ['Mo 9:00–11:00', 'Mi nachmittags', 'Fr 14:30'],
    fr: ['lun. 9h–11h', 'mer. après-midi', 'ven. 14h30'],
    es: ['lun 9:00–11:00', 'miércoles por la tarde', 'vie 14:30'],
  })[c.n % 3] as string;

/** A label turned into a question, unless it already is one. */
function asQ(label: string, space = '', open = ''): string {
  return label.endsWith('?') ? label : `${open}${label}${space}?`;
}

// 1 ----------------------------------------------------------------------------------------------------------
const tableBooker: LeadLayout = {
  id: 'table-booker-vs-attendee-questions',
  description:
    'form plugin "Formlark" (HTML with text): a label-left table in two sections, "about you (the person booking)" and "who is it for" (a parent, a dog, the deceased, a site contact), question labels with `*`, country select beside the phone, preferred slot with times, message paragraphs; then "manage your leads" links and a submission id',
  capabilities:
    'label-left table, booker vs attendee, question labels, required marks, country field, trailing boilerplate',
  forms: ['national', 'dashed', 'intl', 'compact'],
  foreign: 'field',
  noPhone: 0.1,
  noEmail: 0.1,
  noMessage: 0.15,
  build(c) {
    const a = attendee(c);
    const t = L(c.lang, {
      en: {
        h1: 'About you (the person booking)',
        h2: 'Who is it for?',
        name: 'Your full name *',
        mail: 'Where should we send confirmation? *',
        tel: 'Best number to call *',
        ctry: 'Country (for the phone)',
        when: 'Preferred slot',
        msg: 'Anything we should know beforehand?',
        svc: 'Service',
        intro: `New booking request via your website form “${SECTOR[c.biz.sector].en.subject}”.`,
        manage: 'Manage your leads',
        unsub: 'Stop these notifications',
        id: 'Submission ID',
      },
      de: {
        h1: 'Ihre Angaben (buchende Person)',
        h2: 'Für wen ist die Anfrage?',
        name: 'Vor- und Nachname *',
        mail: 'Wohin dürfen wir die Bestätigung schicken? *',
        tel: 'Unter welcher Nummer erreichen wir Sie? *',
        ctry: 'Land (zur Telefonnummer)',
        when: 'Wunschtermin',
        msg: 'Was sollten wir vorab wissen?',
        svc: 'Leistung',
        intro: `Neue Terminanfrage über Ihr Formular „${SECTOR[c.biz.sector].de.subject}“.`,
        manage: 'Anfragen verwalten',
        unsub: 'Benachrichtigungen abbestellen',
        id: 'Eingangs-ID',
      },
      fr: {
        h1: 'Vos coordonnées (la personne qui réserve)',
        h2: 'Pour qui ?',
        name: 'Vos nom et prénom *',
        mail: 'Où envoyer la confirmation ? *',
        tel: 'Quel numéro pour vous joindre ? *',
        ctry: 'Pays (du téléphone)',
        when: 'Créneau souhaité',
        msg: 'Quelque chose à nous signaler ?',
        svc: 'Prestation',
        intro: `Nouvelle demande via votre formulaire « ${SECTOR[c.biz.sector].fr.subject} ».`,
        manage: 'Gérer vos demandes',
        unsub: 'Ne plus recevoir ces alertes',
        id: 'Identifiant de l’envoi',
      },
      es: {
        h1: 'Sus datos (quien reserva)',
        h2: '¿Para quién es?',
        name: 'Nombre y apellidos *',
        mail: '¿A qué correo enviamos la confirmación? *',
        tel: '¿A qué número le llamamos? *',
        ctry: 'País (del teléfono)',
        when: 'Horario preferido',
        msg: '¿Algo que debamos saber antes?',
        svc: 'Servicio',
        intro: `Nueva solicitud desde su formulario «${SECTOR[c.biz.sector].es.subject}».`,
        manage: 'Gestionar sus solicitudes',
        unsub: 'Dejar de recibir estos avisos',
        id: 'ID del envío',
      },
    });
    const sid = `FL-${c.rng.digits(7)}`;
    const rows1: [string, string][] = [
      [t.name, shownFull(c)],
      [t.mail, c.hasEmail ? c.person.email : ''],
      [t.tel, phoneText(c)],
      [t.ctry, c.phone ? c.country : ''],
    ];
    const rows2: [string, string][] = [
      [a.label, a.name],
      [t.svc, c.service],
      [t.when, slot(c)],
    ];
    const tr = (r: [string, string]) =>
      `<tr><td style="padding:4px 10px;color:#555;width:40%">${esc(r[0])}</td><td style="padding:4px 10px">${esc(r[1]) || '&nbsp;'}</td></tr>`;
    const html = `<p>${esc(t.intro)}</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #ddd;width:100%">
<tr><th colspan="2" style="background:#f3f0ea;text-align:left;padding:6px 10px">${esc(t.h1)}</th></tr>
${rows1.map(tr).join('\n')}
<tr><th colspan="2" style="background:#f3f0ea;text-align:left;padding:6px 10px">${esc(t.h2)}</th></tr>
${rows2.map(tr).join('\n')}
<tr><th colspan="2" style="background:#f3f0ea;text-align:left;padding:6px 10px">${esc(t.msg)}</th></tr>
<tr><td colspan="2" style="padding:8px 10px">${c.message ? paras(c.message) : '<p>&nbsp;</p>'}</td></tr>
</table>
<p style="font-size:11px;color:#888"><a href="https://app.formlark.example/leads">${esc(t.manage)}</a> · <a href="https://app.formlark.example/unsub">${esc(t.unsub)}</a><br>${esc(t.id)}: ${sid} · Formlark, 2 Dock Street, Leith</p>`;
    const text = `${t.intro}

== ${t.h1} ==
${rows1.map((r) => `${r[0]}: ${r[1]}`).join('\n')}

== ${t.h2} ==
${rows2.map((r) => `${r[0]}: ${r[1]}`).join('\n')}

== ${t.msg} ==
${c.message ?? ''}

--
${t.manage}: https://app.formlark.example/leads
${t.id}: ${sid}
Formlark, 2 Dock Street, Leith`;
    return {
      draft: {
        from: addr('Formlark', 'notifications@formlark.example'),
        to: [{ email: c.biz.inbox }],
        replyTo: c.hasEmail ? addr(c.person.first, c.person.email) : undefined,
        subject: `${SECTOR[c.biz.sector][c.lang].subject} — ${shownFull(c)}`,
        html,
        text,
        primary: 'html',
      },
      others: c.biz.sector === 'kennels' ? [] : [a.name],
    };
  },
};

// 2 ----------------------------------------------------------------------------------------------------------
const headerRow: LeadLayout = {
  id: 'header-row-card-surname-comma-country',
  description:
    'directory "Trovalo Local" (HTML only): a card whose table carries the labels across a header row and the answers below it; "Surname, first name" column holding "SURNAME, First" (surname in capitals on half), a country column with a nationally written number, the message in a second header-row table; the listing\'s own phone and a "reply within 24h" badge above',
  capabilities: 'header-row table, Last-First, capitals, country field, business phone above the customer',
  forms: ['national', 'compact', 'dotted'],
  foreign: 'field',
  noEmail: 0.15,
  noPhone: 0.1,
  noMessage: 0.1,
  caps: 0.5,
  build(c) {
    const t = L(c.lang, {
      en: {
        name: 'Surname, first name',
        mail: 'E-mail',
        tel: 'Tel.',
        ctry: 'Country',
        msg: 'Their request',
        head: 'You have a new enquiry on Trovalo Local',
        listing: 'Your listing',
        badge: 'Businesses that reply within 24h get 3× more work.',
      },
      de: {
        name: 'Nachname, Vorname',
        mail: 'E-Mail',
        tel: 'Tel.',
        ctry: 'Land',
        msg: 'Anliegen',
        head: 'Neue Anfrage über Trovalo Local',
        listing: 'Ihr Eintrag',
        badge: 'Betriebe, die binnen 24 h antworten, erhalten 3× mehr Aufträge.',
      },
      fr: {
        name: 'Nom, prénom',
        mail: 'Courriel',
        tel: 'Tél.',
        ctry: 'Pays',
        msg: 'Sa demande',
        head: 'Nouvelle demande sur Trovalo Local',
        listing: 'Votre fiche',
        badge: 'Les pros qui répondent en 24 h décrochent 3× plus de chantiers.',
      },
      es: {
        name: 'Apellidos, nombre',
        mail: 'Correo',
        tel: 'Tel.',
        ctry: 'País',
        msg: 'Su consulta',
        head: 'Nueva consulta en Trovalo Local',
        listing: 'Su ficha',
        badge: 'Los negocios que responden en 24 h consiguen 3× más trabajos.',
      },
    });
    const capsLast = c.caps;
    const lastShown = capsLast ? upper(c.person.last ?? '') : (c.person.last ?? '');
    const nameCell = `${lastShown}, ${c.person.first}`;
    const th = (s: string) =>
      `<th style="text-align:left;font-size:12px;color:#666;border-bottom:1px solid #ccc;padding:4px 8px">${esc(s)}</th>`;
    const td = (s: string) => `<td style="padding:6px 8px">${s ? esc(s) : '–'}</td>`;
    const html = `<h2 style="font-family:Arial">${esc(t.head)}</h2>
<p style="color:#666">${esc(t.listing)}: ${esc(c.biz.name)} · ${esc(c.biz.switchboard)}</p>
<p style="background:#fff6d5;padding:6px">${esc(t.badge)}</p>
<table style="border-collapse:collapse;font-family:Arial;font-size:14px">
<tr>${th(t.name)}${th(t.mail)}${th(t.tel)}${th(t.ctry)}</tr>
<tr>${td(nameCell)}${td(c.hasEmail ? c.person.email : '')}${td(phoneText(c))}${td(c.country)}</tr>
</table>
<table style="border-collapse:collapse;font-family:Arial;font-size:14px;margin-top:12px;width:100%">
<tr>${th(t.msg)}</tr>
<tr><td style="padding:6px 8px">${c.message ? paras(c.message) : '–'}</td></tr>
</table>
<p style="font-size:11px;color:#999">${esc(
      L(c.lang, {
        en: 'Trovalo Local passes on enquiries on behalf of the person who wrote them. Use their details only to answer this request; see our privacy notice for your obligations as recipient.',
        de: 'Trovalo Local leitet Anfragen im Auftrag der anfragenden Person weiter. Verwenden Sie die Daten nur zur Beantwortung dieser Anfrage; Ihre Pflichten als Empfänger finden Sie in unserer Datenschutzerklärung.',
        fr: 'Trovalo Local transmet les demandes pour le compte de leur auteur. N’utilisez ces données que pour répondre à cette demande ; vos obligations de destinataire figurent dans notre politique de confidentialité.',
        es: 'Trovalo Local reenvía las consultas en nombre de quien las escribe. Use estos datos solo para responder a esta consulta; sus obligaciones como destinatario están en nuestra política de privacidad.',
      }),
    )}</p>
<p style="font-size:11px;color:#999">Trovalo Local · Ref. TL-${c.rng.digits(6)} · <a href="https://trovalo.example/pro">pro.trovalo.example</a></p>`;
    return {
      draft: {
        from: addr('Trovalo Local', 'no-reply@trovalo.example'),
        to: [{ email: c.biz.inbox }],
        subject: `${t.head}: ${nameCell}`,
        html,
      },
      pii: [nameCell, lastShown],
    };
  },
};

// 3 ----------------------------------------------------------------------------------------------------------
const strongQuestions: LeadLayout = {
  id: 'p-strong-question-labels-entities',
  description:
    'site builder "Pagewright" (HTML with text): one `<p>` per answer, the owner\'s questions as `<strong>` labels ("What do we call you?", "Email, so we can reply", "Mobile (optional)") with the value after `<br>`, apostrophes as `&#x27;`, the message as several `<p>` under its question; then the page URL, IP, consent line and powered-by footer',
  capabilities: '`<p>/<strong>` pairs, question labels, entities, optional markers, trailing footer',
  forms: ['e164', 'intl', 'national', '00'],
  foreign: 'intl',
  noPhone: 0.25,
  noMessage: 0.1,
  build(c) {
    const t = L(c.lang, {
      en: {
        name: 'What do we call you?',
        mail: 'Email, so we can reply',
        tel: 'Mobile (optional)',
        msg: "How can we help? Don't hold back",
        intro: 'Someone filled in the form on your page',
        consent: 'Agreed to be contacted about this request: yes',
      },
      de: {
        name: 'Wie dürfen wir Sie ansprechen?',
        mail: 'E-Mail für unsere Antwort',
        tel: 'Handy (optional)',
        msg: 'Wobei können wir helfen? Erzählen Sie ruhig ausführlich',
        intro: 'Jemand hat das Formular auf Ihrer Seite ausgefüllt',
        consent: 'Einwilligung zur Kontaktaufnahme: ja',
      },
      fr: {
        name: 'Comment vous appelle-t-on ?',
        mail: "Votre e-mail pour qu'on vous réponde",
        tel: 'Portable (facultatif)',
        msg: "Comment pouvons-nous vous aider ? N'hésitez pas à détailler",
        intro: "Quelqu'un a rempli le formulaire de votre page",
        consent: "Accepte d'être recontacté(e) : oui",
      },
      es: {
        name: '¿Cómo te llamas?',
        mail: 'Tu correo, para responderte',
        tel: 'Móvil (opcional)',
        msg: '¿En qué te ayudamos? Cuéntanos con detalle',
        intro: 'Alguien rellenó el formulario de tu página',
        consent: 'Acepta ser contactado/a: sí',
      },
    });
    const ent = (s: string) => esc(s).replace(/'/g, '&#x27;').replace(/’/g, '&#8217;');
    const pp = (k: string, v: string) => `<p><strong>${ent(k)}</strong><br>${v ? ent(v) : '<em>—</em>'}</p>`;
    const msgHtml = c.message
      ? c.message
          .split('\n\n')
          .map((p) => `<p>${ent(p).replace(/\n/g, '<br>')}</p>`)
          .join('\n')
      : '<p><em>—</em></p>';
    const page = `https://www.${c.biz.domain}/${L(c.lang, { en: 'contact', de: 'kontakt', fr: 'contact', es: 'contacto' })}`;
    const html = `<p>${ent(t.intro)} (${page}).</p>
${pp(t.name, shownFull(c))}
${pp(t.mail, c.person.email)}
${pp(t.tel, phoneText(c))}
<p><strong>${ent(t.msg)}</strong></p>
${msgHtml}
<hr>
<p style="font-size:12px;color:#777">${ent(t.consent)}<br>IP 203.0.113.${c.rng.int(2, 250)} · ${page}<br>Powered by Pagewright · <a href="https://pagewright.example/settings/forms">Form settings</a></p>`;
    const text = `${t.intro} (${page}).

${t.name}
${shownFull(c)}

${t.mail}
${c.person.email}

${t.tel}
${phoneText(c) || '—'}

${t.msg}
${c.message ?? '—'}

---
${t.consent}
Powered by Pagewright`;
    return {
      draft: {
        from: addr(`${c.biz.name} (Pagewright)`, 'forms@pagewright.example'),
        to: [{ email: c.biz.inbox }],
        subject: `${t.intro}`,
        html,
        text,
        primary: 'html',
      },
    };
  },
};
strongQuestions.needsEmail = true;

// 4 ----------------------------------------------------------------------------------------------------------
const unicodeBox: LeadLayout = {
  id: 'unicode-box-table-country-00',
  description:
    'self-hosted PHP script (plain): a table drawn with box characters (`╔═╤═╗`, `║`, `╟─┼─╢`) of label/value rows incl. "Prefix/country" and a phone written with `00` or `+CC (0)`, the message wrapped over continuation rows with an empty label cell; then the server name and a "do not reply" line',
  capabilities: 'box-drawn plain table, wrapped values, `00`/`+CC (0)`, country field, extensions',
  forms: ['00', 'cc0', '00', 'national'],
  foreign: 'intl',
  ext: true,
  noEmail: 0.15,
  noMessage: 0.15,
  caps: 0.3,
  build(c) {
    const t = L(c.lang, {
      en: {
        name: 'Name',
        mail: 'E-mail',
        tel: 'Telephone',
        ctry: 'Country',
        msg: 'Message',
        top: 'CONTACT FORM SUBMISSION',
      },
      de: {
        name: 'Name',
        mail: 'E-Mail',
        tel: 'Telefon',
        ctry: 'Land',
        msg: 'Nachricht',
        top: 'KONTAKTFORMULAR',
      },
      fr: {
        name: 'Nom',
        mail: 'E-mail',
        tel: 'Téléphone',
        ctry: 'Pays',
        msg: 'Message',
        top: 'FORMULAIRE DE CONTACT',
      },
      es: {
        name: 'Nombre',
        mail: 'E-mail',
        tel: 'Teléfono',
        ctry: 'País',
        msg: 'Mensaje',
        top: 'FORMULARIO DE CONTACTO',
      },
    });
    const W1 = 12;
    const W2 = 52;
    const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
    const wrap = (s: string): string[] => {
      const out: string[] = [];
      for (const para of s.split('\n')) {
        if (para === '') {
          out.push('');
          continue;
        }
        let line = '';
        for (const w of para.split(' ')) {
          if ([...`${line} ${w}`].length > W2 - 2 && line) {
            out.push(line);
            line = w;
          } else line = line ? `${line} ${w}` : w;
        }
        out.push(line);
      }
      return out;
    };
    const row = (k: string, v: string) => `║ ${pad(k, W1 - 1)}│ ${pad(v, W2 - 1)}║`;
    const sep = `╟${'─'.repeat(W1)}┼${'─'.repeat(W2)}╢`;
    const rows: string[] = [];
    rows.push(row(t.name, shownFull(c)));
    rows.push(sep, row(t.mail, c.hasEmail ? c.person.email : '-'));
    rows.push(sep, row(t.tel, phoneText(c) || '-'));
    rows.push(sep, row(t.ctry, c.country));
    rows.push(sep);
    const ml = c.message ? wrap(c.message) : ['-'];
    ml.forEach((l, i) => {
      rows.push(row(i === 0 ? t.msg : '', l));
    });
    const text = `${t.top}
╔${'═'.repeat(W1)}╤${'═'.repeat(W2)}╗
${rows.join('\n')}
╚${'═'.repeat(W1)}╧${'═'.repeat(W2)}╝

${c.biz.domain} / mailer.php v2.3 — ${L(c.lang, { en: 'please do not reply to this message', de: 'bitte nicht auf diese Nachricht antworten', fr: 'merci de ne pas répondre à ce message', es: 'por favor no responda a este mensaje' })}`;
    return {
      draft: {
        from: { email: `www-data@${c.biz.domain}` },
        to: [{ email: c.biz.inbox }],
        subject: `[${c.biz.domain}] ${t.top}`,
        text,
      },
      expected: { message: c.message ? c.message.replace(/\n+/g, ' ') : null },
    };
  },
};

// 5 ----------------------------------------------------------------------------------------------------------
const questionNofM: LeadLayout = {
  id: 'question-n-of-m-answer-lines',
  description:
    'survey tool "Pollquill" (plain): "Question 2 of 7 — …?" then "Answer: …" (localised, `Antwort:`, `Réponse :`, `Respuesta:`), the message answer over several lines with its own colons, times and a numbered list; skipped questions "(no answer)"; a booker/pet or patient question; then the response id and a "view all responses" block',
  capabilities: 'numbered Q/A with answer labels, colons inside the message, no-answer markers, third party',
  forms: ['national', 'intl', 'dashed'],
  ext: true,
  noPhone: 0.15,
  noEmail: 0.1,
  noMessage: 0.1,
  build(c) {
    const a = attendee(c);
    const t = L(c.lang, {
      en: {
        q: (i: number) => `Question ${i} of 7 —`,
        a: 'Answer:',
        none: '(no answer)',
        qs: [
          'What is your first name?',
          'And your surname?',
          'Which email address should we use?',
          'Phone number we can reach you on?',
          asQ(a.label),
          'Which service are you interested in?',
          'Tell us a bit more (optional)',
        ],
        done: 'Response',
        view: 'View all responses',
      },
      de: {
        q: (i: number) => `Frage ${i} von 7 –`,
        a: 'Antwort:',
        none: '(keine Antwort)',
        qs: [
          'Wie lautet Ihr Vorname?',
          'Und Ihr Nachname?',
          'Welche E-Mail-Adresse sollen wir verwenden?',
          'Unter welcher Telefonnummer erreichen wir Sie?',
          asQ(a.label),
          'Welche Leistung interessiert Sie?',
          'Erzählen Sie uns mehr (optional)',
        ],
        done: 'Antwort-Nr.',
        view: 'Alle Antworten ansehen',
      },
      fr: {
        q: (i: number) => `Question ${i} sur 7 —`,
        a: 'Réponse :',
        none: '(pas de réponse)',
        qs: [
          'Quel est votre prénom ?',
          'Et votre nom de famille ?',
          'Quelle adresse e-mail utiliser ?',
          'À quel numéro vous joindre ?',
          asQ(a.label, ' '),
          'Quelle prestation vous intéresse ?',
          'Dites-nous en plus (facultatif)',
        ],
        done: 'Réponse n°',
        view: 'Voir toutes les réponses',
      },
      es: {
        q: (i: number) => `Pregunta ${i} de 7 —`,
        a: 'Respuesta:',
        none: '(sin respuesta)',
        qs: [
          '¿Cuál es su nombre?',
          '¿Y sus apellidos?',
          '¿Qué correo electrónico usamos?',
          '¿En qué teléfono le localizamos?',
          asQ(a.label, '', '¿'),
          '¿Qué servicio le interesa?',
          'Cuéntenos algo más (opcional)',
        ],
        done: 'Respuesta n.º',
        view: 'Ver todas las respuestas',
      },
    });
    const answers = [
      c.person.first,
      c.person.last ?? '',
      c.hasEmail ? c.person.email : '',
      phoneText(c),
      a.name,
      c.service,
      c.message ?? '',
    ];
    const blocks = t.qs.map((q, i) => `${t.q(i + 1)} ${q}\n${t.a} ${answers[i] ? answers[i] : t.none}`);
    const text = `Pollquill — ${L(c.lang, { en: 'new response to', de: 'neue Antwort auf', fr: 'nouvelle réponse à', es: 'nueva respuesta a' })} “${SECTOR[c.biz.sector][c.lang].subject}”

${blocks.join('\n\n')}

────────
${t.done} ${c.rng.int(100, 999)} · ${c.date}
${t.view}: https://pollquill.example/r/${c.rng.hex(10)}
Pollquill · ${L(c.lang, { en: 'You get this because alerts are on for this survey.', de: 'Sie erhalten diese Mail, weil Benachrichtigungen aktiv sind.', fr: 'Vous recevez ce message car les alertes sont activées.', es: 'Recibe este aviso porque las alertas están activadas.' })}`;
    return {
      draft: {
        from: addr('Pollquill', 'alerts@pollquill.example'),
        to: [{ email: c.biz.inbox }],
        subject: `Pollquill: ${SECTOR[c.biz.sector][c.lang].subject}`,
        text,
      },
      others: c.biz.sector === 'kennels' ? [] : [a.name],
    };
  },
};

// 6 ----------------------------------------------------------------------------------------------------------
const jsonFields: LeadLayout = {
  id: 'json-fields-array-label-value',
  description:
    'headless-CMS webhook mailer "Cairnhook" (plain): one line, then the payload as JSON whose `fields` is an array of `{ "label": …, "value": … }` with the site owner\'s labels ("Your name (first & last)*", "Tel#", "Country/Region"), `null` for blanks, `\\n` inside the message, the site\'s own `owner` object with phone and email before the fields',
  capabilities: 'JSON body, label/value array, owner contact before the customer, country field',
  forms: ['national', 'e164', 'compact'],
  foreign: 'field',
  noPhone: 0.15,
  noEmail: 0.15,
  noMessage: 0.15,
  build(c) {
    const lab = L(c.lang, {
      en: ['Your name (first & last)*', 'Email*', 'Tel#', 'Country/Region', 'What can we do for you?'],
      de: [
        'Ihr Name (Vor- & Nachname)*',
        'E-Mail*',
        'Tel.-Nr.',
        'Land/Region',
        'Was können wir für Sie tun?',
      ],
      fr: [
        'Votre nom (prénom & nom)*',
        'Courriel*',
        'Tél.',
        'Pays/Région',
        'Que pouvons-nous faire pour vous ?',
      ],
      es: [
        'Su nombre (nombre y apellido)*',
        'Correo*',
        'Tel.',
        'País/Región',
        '¿Qué podemos hacer por usted?',
      ],
    });
    const payload = {
      event: 'form.submitted',
      site: c.biz.domain,
      owner: { company: c.biz.name, phone: c.biz.switchboard, email: c.biz.inbox },
      submitted_at: `${c.date}T10:${String(c.rng.int(10, 59))}:00Z`,
      fields: [
        { label: lab[0], value: shownFull(c) },
        { label: lab[1], value: c.hasEmail ? c.person.email : null },
        { label: lab[2], value: c.phone ? phoneText(c) : null },
        { label: lab[3], value: c.country },
        { label: lab[4], value: c.message },
      ],
      meta: { id: `sub_${c.rng.hex(16)}`, ip: `198.51.100.${c.rng.int(2, 250)}` },
    };
    const text = `${L(c.lang, { en: 'Webhook delivery failed, so here is the payload by email:', de: 'Webhook nicht zustellbar, hier die Daten per E-Mail:', fr: 'Échec du webhook, voici les données par e-mail :', es: 'El webhook falló; aquí van los datos por correo:' })}

${JSON.stringify(payload, null, 2)}
`;
    return {
      draft: {
        from: addr('Cairnhook', 'mailer@cairnhook.example'),
        to: [{ email: c.biz.inbox }],
        subject: `[Cairnhook] form.submitted – ${c.biz.domain}`,
        text,
      },
    };
  },
};

// 7 ----------------------------------------------------------------------------------------------------------
const letterSignoff: LeadLayout = {
  id: 'letter-signoff-only-phone-in-prose',
  description:
    'the customer writes from a personal mailbox with no display name (plain, or HTML with text): greeting, prose paragraphs, a last line giving the number in a sentence, sign-off with the first name only or the full name (single-name writers sign with the one name); "Sent from my phone" on some',
  capabilities: 'personal letter, name only in the sign-off, single names, phone inside prose',
  forms: ['national', 'intl', '00', 'cc0', '011'],
  foreign: 'intl',
  needsEmail: true,
  noPhone: 0.3,
  singleName: 0.2,
  build(c) {
    const full = c.rng.chance(0.5) || !c.person.last;
    const sign = full ? shownFull(c) : c.person.first;
    const t = L(c.lang, {
      en: {
        hi: c.rng.pick(['Hello,', 'Good morning,', 'Hi there,']),
        bye: c.rng.pick(['Many thanks,', 'Kind regards,', 'Best wishes,']),
        num: 'My number is',
        sent: 'Sent from my phone',
      },
      de: {
        hi: c.rng.pick(['Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,']),
        bye: c.rng.pick(['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und beste Grüße']),
        num: 'Sie erreichen mich unter',
        sent: 'Von meinem Handy gesendet',
      },
      fr: {
        hi: c.rng.pick(['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,']),
        bye: c.rng.pick(['Cordialement,', 'Bien à vous,', 'Merci d’avance,']),
        num: 'Vous pouvez me joindre au',
        sent: 'Envoyé de mon téléphone',
      },
      es: {
        hi: c.rng.pick(['Hola,', 'Buenos días,', 'Buenas tardes,']),
        bye: c.rng.pick(['Saludos,', 'Un saludo,', 'Muchas gracias,']),
        num: 'Mi número es el',
        sent: 'Enviado desde mi móvil',
      },
    });
    const body = c.message ?? '';
    const numLine = c.phone ? `\n\n${t.num} ${phoneText(c)}.` : '';
    const text = `${t.hi}\n\n${body}${numLine}\n\n${t.bye}\n${sign}${c.rng.chance(0.3) ? `\n\n${t.sent}` : ''}`;
    const html = c.rng.chance(0.4)
      ? `<div dir="ltr"><div>${esc(t.hi)}</div><br>${paras(body)}${c.phone ? `<div>${esc(t.num)} ${esc(phoneText(c))}.</div>` : ''}<br><div>${esc(t.bye)}</div><div>${esc(sign)}</div></div>`
      : undefined;
    const expectFull = full;
    return {
      draft: {
        from: { email: c.person.email },
        to: [{ email: c.biz.inbox }],
        subject: c.rng.pick([SECTOR[c.biz.sector][c.lang].subject, c.service, '?']),
        text,
        html,
        primary: 'text',
      },
      expected: expectFull ? {} : { lastName: null, fullName: c.person.first },
    };
  },
};

// 8 ----------------------------------------------------------------------------------------------------------
const adfAtt: LeadLayout = {
  id: 'adf-att-marketplace-vendor-provider',
  description:
    'marketplace "Homequote Hub" (plain with `lead.adf.xml`): the body says a lead is attached and names the account manager with a phone; the ADF has `<prospect>` with `<customer><contact>` (name parts, email, phone with `type="voice"`/`time="evening"`, address country), `<comments>` with the message, and `<vendor>`/`<provider>` contacts with their own names and phones',
  capabilities: 'ADF/XML attachment, vendor and provider contacts beside the customer, country element',
  forms: ['national', 'intl', 'e164'],
  foreign: 'field',
  noEmail: 0.15,
  noPhone: 0.1,
  noMessage: 0.15,
  caps: 0.25,
  build(c) {
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const mgr = L(c.lang, {
      en: 'Jerome Nkemelu',
      de: 'Ottilie Brandstätter',
      fr: 'Lisette Caradec',
      es: 'Aurelio Bustamante',
    });
    const adf = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="Homequote Hub">HQ-${c.rng.digits(8)}</id>
    <requestdate>${c.date}T09:15:00</requestdate>
    <customer>
      <contact>
        <name part="first">${x(shownFirst(c))}</name>
        <name part="last">${x(shownLast(c))}</name>
${c.hasEmail ? `        <email>${x(c.person.email)}</email>\n` : ''}${c.phone ? `        <phone type="voice" time="evening">${x(phoneText(c))}</phone>\n` : ''}        <address><country>${x(c.country)}</country></address>
      </contact>
      <comments>${c.message ? x(c.message) : ''}</comments>
    </customer>
    <vendor>
      <vendorname>${x(c.biz.name)}</vendorname>
      <contact primarycontact="1">
        <name part="full">${x(`${c.staff.first} ${c.staff.last}`)}</name>
        <phone type="voice">${c.staff.direct}</phone>
        <email>${c.staff.email}</email>
      </contact>
    </vendor>
    <provider>
      <name part="full">Homequote Hub</name>
      <service>${x(c.service)}</service>
      <contact><name part="full">${x(mgr)}</name><phone>+44 20 7946 0${c.rng.digits(3)}</phone></contact>
    </provider>
  </prospect>
</adf>
`;
    const text = L(c.lang, {
      en: `A new lead for ${c.biz.name} is attached in ADF format (lead.adf.xml).\n\nQuestions about your plan? Your account manager ${mgr} is on +44 20 7946 0${c.rng.digits(3)}.\n\nHomequote Hub`,
      de: `Im Anhang finden Sie eine neue Anfrage für ${c.biz.name} im ADF-Format (lead.adf.xml).\n\nFragen zu Ihrem Paket? Ihr Betreuer ${mgr}: +44 20 7946 0${c.rng.digits(3)}.\n\nHomequote Hub`,
      fr: `Une nouvelle demande pour ${c.biz.name} est jointe au format ADF (lead.adf.xml).\n\nUne question sur votre abonnement ? Votre chargée de compte ${mgr} : +44 20 7946 0${c.rng.digits(3)}.\n\nHomequote Hub`,
      es: `Adjuntamos una nueva solicitud para ${c.biz.name} en formato ADF (lead.adf.xml).\n\n¿Dudas sobre su plan? Su gestor ${mgr}: +44 20 7946 0${c.rng.digits(3)}.\n\nHomequote Hub`,
    });
    return {
      draft: {
        from: addr('Homequote Hub', 'leads@homequote-hub.example'),
        to: [{ email: c.biz.inbox }],
        subject: `Homequote Hub – lead ${c.service}`,
        text,
        attachments: [attachment('lead.adf.xml', 'application/xml', adf, { charset: 'utf-8' })],
      },
      others: [`${c.staff.first} ${c.staff.last}`, mgr],
    };
  },
};

// 9 ----------------------------------------------------------------------------------------------------------
const vcardScan: LeadLayout = {
  id: 'vcard-scan-staff-fair-note',
  description:
    'a staff member sends the shared inbox a card they scanned at a fair or open day (plain with `card.vcf` from scanner app "Cardsnap"): their note ("met at the stand, wants …") and signature with mobile; the vCard 3.0 has N (last;first), FN, EMAIL, TEL;TYPE=CELL as written (`+CC (0)`, `00`, national) and NOTE with what the customer asked for',
  capabilities: 'vCard attachment, staff note and signature around the customer, `+CC (0)`/`00` forms',
  forms: ['cc0', '00', 'national', 'intl'],
  foreign: 'intl',
  noEmail: 0.15,
  noMessage: 0.2,
  caps: 0.3,
  build(c) {
    const vesc = (s: string) =>
      s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vesc(shownLast(c))};${vesc(shownFirst(c))};;;`,
      `FN:${vesc(shownFull(c))}`,
      c.hasEmail ? `EMAIL;TYPE=INTERNET:${c.person.email}` : '',
      c.phone ? `TEL;TYPE=CELL:${c.phone.written}` : '',
      c.message ? `NOTE:${vesc(c.message)}` : '',
      'PRODID:-//Cardsnap//Scanner 4.2//EN',
      'END:VCARD',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n');
    const s = c.staff;
    const note = L(c.lang, {
      en: `Hi all,\n\nmet ${c.person.first} at our stand at the open day, card attached. Can someone follow up this week? I am out until Thursday.\n\nThanks,\n${s.first} ${s.last}\n${s.role}, ${c.biz.name}\nMobile ${s.mobile}`,
      de: `Hallo zusammen,\n\n${c.person.first} war heute am Messestand, Visitenkarte anbei. Kann sich jemand diese Woche melden? Ich bin bis Donnerstag unterwegs.\n\nDanke,\n${s.first} ${s.last}\n${s.role}, ${c.biz.name}\nMobil ${s.mobile}`,
      fr: `Bonjour à tous,\n\nrencontré ${c.person.first} sur notre stand au salon, carte en pièce jointe. Quelqu’un peut-il le/la rappeler cette semaine ? Je suis absent(e) jusqu’à jeudi.\n\nMerci,\n${s.first} ${s.last}\n${s.role}, ${c.biz.name}\nPortable ${s.mobile}`,
      es: `Hola a todos:\n\nconocí a ${c.person.first} en nuestro stand de la feria, adjunto su tarjeta. ¿Alguien puede contactarle esta semana? Estoy fuera hasta el jueves.\n\nGracias,\n${s.first} ${s.last}\n${s.role}, ${c.biz.name}\nMóvil ${s.mobile}`,
    });
    return {
      draft: {
        from: addr(`${s.first} ${s.last}`, s.email),
        to: [{ email: c.biz.inbox }],
        subject: L(c.lang, {
          en: 'Card from the open day',
          de: 'Visitenkarte vom Messestand',
          fr: 'Carte du salon',
          es: 'Tarjeta de la feria',
        }),
        text: note,
        attachments: [
          attachment('card.vcf', 'text/vcard', vcf, {
            charset: 'utf-8',
            transfer: c.rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      others: [`${s.first} ${s.last}`],
    };
  },
};

// 10 ---------------------------------------------------------------------------------------------------------
const helpdeskPipe: LeadLayout = {
  id: 'helpdesk-ticket-md-pipe-requester',
  description:
    'helpdesk "Deskly" turns a web-form message into a ticket (plain): "##- Please type your reply above this line -##", ticket number, a Markdown pipe table with role-word labels (Requester, Requester email, Requester phone, Preferred contact time), the message under "Description:" in paragraphs, then the assigned agent (staff) with their direct line, ticket link and helpdesk footer',
  capabilities:
    'markdown pipe table, role words, reply-above-line boilerplate, staff agent after the message',
  forms: ['national', 'intl', 'dashed', 'e164'],
  foreign: 'intl',
  noPhone: 0.2,
  noEmail: 0.1,
  noMessage: 0.1,
  build(c) {
    const t = L(c.lang, {
      en: {
        top: '##- Please type your reply above this line -##',
        tk: 'Ticket',
        via: 'created via web form',
        req: 'Requester',
        mail: 'Requester email',
        tel: 'Requester phone',
        when: 'Preferred contact time',
        desc: 'Description:',
        agent: 'Assigned to',
        view: 'View ticket',
        foot: 'This email is a service from Deskly.',
        f: 'Field',
        v: 'Value',
      },
      de: {
        top: '##- Bitte oberhalb dieser Zeile antworten -##',
        tk: 'Ticket',
        via: 'erstellt über Webformular',
        req: 'Anfragende Person',
        mail: 'E-Mail der anfragenden Person',
        tel: 'Telefon der anfragenden Person',
        when: 'Bevorzugte Erreichbarkeit',
        desc: 'Beschreibung:',
        agent: 'Zugewiesen an',
        view: 'Ticket ansehen',
        foot: 'Diese E-Mail ist ein Service von Deskly.',
        f: 'Feld',
        v: 'Wert',
      },
      fr: {
        top: '##- Veuillez répondre au-dessus de cette ligne -##',
        tk: 'Ticket',
        via: 'créé via le formulaire web',
        req: 'Demandeur',
        mail: 'E-mail du demandeur',
        tel: 'Téléphone du demandeur',
        when: 'Disponibilité préférée',
        desc: 'Description :',
        agent: 'Attribué à',
        view: 'Voir le ticket',
        foot: 'Cet e-mail est un service de Deskly.',
        f: 'Champ',
        v: 'Valeur',
      },
      es: {
        top: '##- Responda por encima de esta línea -##',
        tk: 'Ticket',
        via: 'creado desde el formulario web',
        req: 'Solicitante',
        mail: 'Correo del solicitante',
        tel: 'Teléfono del solicitante',
        when: 'Horario de contacto preferido',
        desc: 'Descripción:',
        agent: 'Asignado a',
        view: 'Ver ticket',
        foot: 'Este correo es un servicio de Deskly.',
        f: 'Campo',
        v: 'Valor',
      },
    });
    const no = c.rng.int(10000, 99999);
    const rows: [string, string][] = [
      [t.req, shownFull(c)],
      [t.mail, c.hasEmail ? c.person.email : ''],
      [t.tel, phoneText(c)],
      [t.when, slot(c)],
    ];
    const w1 = Math.max(t.f.length, ...rows.map((r) => [...r[0]].length));
    const w2 = Math.max(t.v.length, ...rows.map((r) => [...r[1]].length));
    const pad = (x: string, w: number) => x + ' '.repeat(Math.max(0, w - [...x].length));
    const table = [
      `| ${pad(t.f, w1)} | ${pad(t.v, w2)} |`,
      `|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|`,
      ...rows.map(([k, v]) => `| ${pad(k, w1)} | ${pad(v, w2)} |`),
    ].join('\n');
    const s = c.staff;
    const text = `${t.top}\n\n${t.tk} #${no} — ${t.via}\n\n${table}\n\n${t.desc}\n${c.message ?? '-'}\n\n---\n${t.agent}: ${s.first} ${s.last} (${s.role}) · ${s.direct}\n${t.view}: https://${c.biz.id}.deskly.example/tickets/${no}\n\n${t.foot}\n[${c.rng.hex(6).toUpperCase()}-${c.rng.hex(4).toUpperCase()}]`;
    return {
      draft: {
        from: addr(`${c.biz.name} Support`, `support@${c.biz.id}.deskly.example`),
        to: [{ email: c.biz.inbox }],
        replyTo: { email: `support+id${no}@${c.biz.id}.deskly.example` },
        subject: `[${t.tk} #${no}] ${SECTOR[c.biz.sector][c.lang].subject}`,
        text,
      },
      others: [`${s.first} ${s.last}`],
    };
  },
};

export const FORM_LAYOUTS: LeadLayout[] = [
  tableBooker,
  headerRow,
  strongQuestions,
  unicodeBox,
  questionNofM,
  jsonFields,
  letterSignoff,
  adfAtt,
  vcardScan,
  helpdeskPipe,
];
