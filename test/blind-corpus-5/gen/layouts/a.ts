/** Form-notification layouts: question labels, ticket intake, bilingual labels, text tables, issue forms. */
import { escapeHtml, htmlMessage, paragraphs, wrap } from '../messages.js';
import type { LeadLayout } from '../types.js';
import { caps, isoStamp, longDate, pad, pw, staffOf, w } from './common.js';

const NO_ANSWER = { en: '(no answer)', de: '(keine Angabe)', fr: '(sans réponse)', es: '(sin respuesta)' };

export const formbuilderStarQuestions: LeadLayout = {
  id: 'formbuilder-star-questions',
  description:
    'form builder "Formulo": HTML rows whose labels are questions with a trailing `*` or an "(optional)" tag ("What should we call you? *"), name in one field or split, the answer to "How can we help?" in several paragraphs; builder legal footer and notification settings link',
  badPhones: true,
  build({ rng, lang, biz, c }) {
    const q = {
      name: pw(rng, lang, {
        en: ['What should we call you?', 'Who are we talking to?'],
        de: ['Wie dürfen wir Sie nennen?', 'Wer sind Sie?'],
        fr: ['Comment vous appelez-vous ?', 'Qui êtes-vous ?'],
        es: ['¿Cómo te llamas?', '¿Con quién hablamos?'],
      }),
      first: w(lang, { en: 'Your first name', de: 'Ihr Vorname', fr: 'Votre prénom', es: 'Tu nombre' }),
      last: w(lang, {
        en: 'And your surname?',
        de: 'Und Ihr Nachname?',
        fr: 'Et votre nom de famille ?',
        es: '¿Y tus apellidos?',
      }),
      email: pw(rng, lang, {
        en: ['Where can we email you?', 'Which email should we reply to?'],
        de: ['Wohin dürfen wir antworten?', 'Unter welcher E-Mail erreichen wir Sie?'],
        fr: ['À quelle adresse vous répondre ?', 'Votre e-mail pour la réponse ?'],
        es: ['¿A qué correo te respondemos?', '¿Cuál es tu e-mail?'],
      }),
      phone: pw(rng, lang, {
        en: ['Best number to call?', 'Is there a number we can ring?'],
        de: ['Unter welcher Nummer erreichen wir Sie?', 'Rückrufnummer?'],
        fr: ['Un numéro pour vous rappeler ?', 'À quel numéro vous joindre ?'],
        es: ['¿A qué número te llamamos?', '¿Tienes un teléfono de contacto?'],
      }),
      msg: pw(rng, lang, {
        en: ['How can we help?', 'What are you planning?'],
        de: ['Wie können wir helfen?', 'Worum geht es?'],
        fr: ['Comment pouvons-nous vous aider ?', 'Quel est votre projet ?'],
        es: ['¿En qué te podemos ayudar?', '¿Qué tienes en mente?'],
      }),
      heard: w(lang, {
        en: 'How did you find us?',
        de: 'Wie haben Sie uns gefunden?',
        fr: 'Comment nous avez-vous connus ?',
        es: '¿Cómo nos conociste?',
      }),
    };
    const opt = w(lang, { en: '(optional)', de: '(optional)', fr: '(facultatif)', es: '(opcional)' });
    const rows: [string, string][] = [];
    if (rng.chance(0.5)) rows.push([`${q.name} *`, c.full]);
    else rows.push([`${q.first} *`, c.first], [`${q.last} *`, c.last]);
    const contact: [string, string][] = [];
    contact.push([`${q.email}${c.phone || c.phoneWritten ? ' *' : ' *'}`, c.email ?? w(lang, NO_ANSWER)]);
    contact.push([`${q.phone} ${opt}`, c.phoneWritten ?? w(lang, NO_ANSWER)]);
    rows.push(...(rng.chance(0.5) ? contact : contact.reverse()));
    if (rng.chance(0.5))
      rows.push([
        `${q.heard} ${opt}`,
        rng.pick([
          'Google',
          'Instagram',
          w(lang, { en: 'a friend', de: 'Empfehlung', fr: 'bouche-à-oreille', es: 'un amigo' }),
        ]),
      ]);
    rows.push([`${q.msg} *`, c.message ?? w(lang, NO_ANSWER)]);
    const title = w(lang, {
      en: 'New response to',
      de: 'Neue Antwort auf',
      fr: 'Nouvelle réponse à',
      es: 'Nueva respuesta a',
    });
    const formName = w(lang, {
      en: 'Contact us',
      de: 'Kontaktformular',
      fr: 'Nous contacter',
      es: 'Contacto',
    });
    const footer = w(lang, {
      en: 'You receive this because notifications are on for this form. Manage notifications in your Formulo dashboard.\nFormulo Ltd · 14 Wharf Row, Leeds LS1 4AZ · support +44 113 496 0712',
      de: 'Sie erhalten diese Nachricht, weil Benachrichtigungen für dieses Formular aktiv sind. Einstellungen im Formulo-Dashboard.\nFormulo Ltd · 14 Wharf Row, Leeds LS1 4AZ · Support +44 113 496 0712',
      fr: 'Vous recevez ce message car les notifications sont activées pour ce formulaire. Gérez-les dans votre tableau de bord Formulo.\nFormulo Ltd · 14 Wharf Row, Leeds LS1 4AZ · assistance +44 113 496 0712',
      es: 'Recibes este mensaje porque las notificaciones de este formulario están activadas. Gestiónalas en tu panel de Formulo.\nFormulo Ltd · 14 Wharf Row, Leeds LS1 4AZ · soporte +44 113 496 0712',
    });
    const html = `<h2 style="font-family:Arial">${title} «${escapeHtml(formName)}»</h2>
<table cellpadding="8" style="border-collapse:collapse;font-family:Arial">
${rows.map(([l, v]) => `<tr><td style="background:#f4f4f8;font-weight:bold;vertical-align:top">${escapeHtml(l)}</td><td>${l.startsWith(q.msg) && c.message ? htmlMessage(v, 'p') : escapeHtml(v)}</td></tr>`).join('\n')}
</table>
<p style="color:#888;font-size:11px">${escapeHtml(footer).replace('\n', '<br>')}</p>`;
    const text = `${title} «${formName}»\n\n${rows.map(([l, v]) => `${l}\n${v}`).join('\n\n')}\n\n--\n${footer}`;
    return {
      draft: {
        from: { name: 'Formulo', email: 'notify@formulo.example' },
        replyTo: c.email ? { email: c.email } : undefined,
        subject: `${title} «${formName}» – ${biz.name}`,
        html,
        text,
        primary: 'html',
      },
    };
  },
};

export const helpdeskTicketRequester: LeadLayout = {
  id: 'helpdesk-ticket-requester',
  description:
    'help-desk tool "Tickra" opens a ticket from the website form: "Requester: SURNAME, Given" in capitals, ticket number, priority, channel and SLA, the description as the message, the agent it was assigned to with their signature, "view ticket / manage your queue" boilerplate',
  extensions: true,
  build({ rng, lang, biz, c }) {
    const agent = staffOf(rng, biz);
    const ticket = `#${rng.int(10000, 99999)}`;
    const requester = `${caps(c.last)}, ${c.first}`;
    const L = {
      req: w(lang, { en: 'Requester', de: 'Anfragender', fr: 'Demandeur', es: 'Solicitante' }),
      prio: w(lang, { en: 'Priority', de: 'Priorität', fr: 'Priorité', es: 'Prioridad' }),
      chan: w(lang, { en: 'Channel', de: 'Kanal', fr: 'Canal', es: 'Canal' }),
      web: w(lang, { en: 'Web form', de: 'Webformular', fr: 'Formulaire web', es: 'Formulario web' }),
      sla: w(lang, {
        en: 'First response due',
        de: 'Erste Antwort fällig',
        fr: 'Première réponse avant',
        es: 'Primera respuesta antes de',
      }),
      assigned: w(lang, { en: 'Assigned to', de: 'Zugewiesen an', fr: 'Assigné à', es: 'Asignado a' }),
      desc: w(lang, { en: 'Description', de: 'Beschreibung', fr: 'Description', es: 'Descripción' }),
      contact: w(lang, {
        en: 'Contact details',
        de: 'Kontaktdaten',
        fr: 'Coordonnées',
        es: 'Datos de contacto',
      }),
      mail: w(lang, { en: 'E-mail', de: 'E-Mail', fr: 'Courriel', es: 'Correo' }),
      tel: w(lang, { en: 'Telephone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }),
      subj: w(lang, { en: 'New ticket', de: 'Neues Ticket', fr: 'Nouveau ticket', es: 'Nuevo ticket' }),
    };
    const prio = rng.pick(['Normal', 'High', 'Low']);
    const head = [`${L.req}: ${requester}`];
    if (c.email) head.push(`${L.mail}: ${c.email}`);
    if (c.phoneWritten) head.push(`${L.tel}: ${c.phoneWritten}`);
    const meta = [
      `${L.prio}: ${prio}`,
      `${L.chan}: ${L.web}`,
      `${L.sla}: ${longDate(rng, lang)}`,
      `${L.assigned}: ${agent} (${biz.name})`,
    ];
    const desc = c.message ?? '—';
    const manage = w(lang, {
      en: 'View ticket · Manage your queue · You are receiving this as an agent of',
      de: 'Ticket ansehen · Warteschlange verwalten · Sie erhalten dies als Agent von',
      fr: 'Voir le ticket · Gérer votre file · Vous recevez ceci en tant qu’agent de',
      es: 'Ver ticket · Gestionar tu cola · Recibes esto como agente de',
    });
    const sig = `${agent}\n${biz.name} · ${biz.phone}`;
    const order = rng.chance(0.5);
    const text = [
      `${L.subj} ${ticket}`,
      '',
      ...(order ? [...head, '', ...meta] : [...meta, '', L.contact.toUpperCase(), ...head]),
      '',
      `${L.desc}:`,
      desc,
      '',
      '--',
      sig,
      '',
      `${manage} ${biz.name}. Tickra Inc., 500 Harbor Blvd, Oakland CA · help@tickra.example`,
    ].join('\n');
    return {
      draft: {
        from: { name: `${biz.name} (Tickra)`, email: `support+${rng.hex(6)}@tickra.example` },
        subject: `[${biz.name}] ${L.subj} ${ticket}: ${c.message ? (paragraphs(c.message)[0] ?? '').slice(0, 40) : L.web}`,
        text,
      },
      pii: [requester],
      others: [agent],
    };
  },
};

export const bilingualLabelsDl: LeadLayout = {
  id: 'bilingual-labels-dl',
  description:
    'a border-region site whose form labels carry two languages ("Nom / Name", "Téléfono / Phone") as an HTML definition list (<dl><dt><dd>) with a country drop-down; phones national, with 00, +CC (0), an extension or not a number at all',
  foreign: true,
  badPhones: true,
  extensions: true,
  build({ rng, lang, biz, c }) {
    const second = lang === 'en' ? 'fr' : 'en';
    const lab = (k: 'first' | 'last' | 'email' | 'phone' | 'country' | 'msg', l: typeof lang) =>
      ({
        first: { en: 'First name', de: 'Vorname', fr: 'Prénom', es: 'Nombre' },
        last: { en: 'Last name', de: 'Nachname', fr: 'Nom', es: 'Apellidos' },
        email: { en: 'Email', de: 'E-Mail', fr: 'Courriel', es: 'Correo electrónico' },
        phone: { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' },
        country: { en: 'Country', de: 'Land', fr: 'Pays', es: 'País' },
        msg: { en: 'Your request', de: 'Ihr Anliegen', fr: 'Votre demande', es: 'Su consulta' },
      })[k][l];
    const both = (k: Parameters<typeof lab>[0]) => `${lab(k, lang)} / ${lab(k, second)}`;
    const country = w(lang, { en: 'United Kingdom', de: 'Deutschland', fr: 'France', es: 'España' });
    const items: [string, string][] = [
      [both('first'), c.first],
      [both('last'), c.last],
    ];
    if (c.email) items.push([both('email'), c.email]);
    items.push([
      both('country'),
      rng.chance(0.3) ? rng.pick(['Belgique', 'Schweiz', 'Ireland', 'Portugal']) : country,
    ]);
    if (c.phoneWritten) items.push([both('phone'), c.phoneWritten]);
    if (c.message) items.push([both('msg'), c.message]);
    const html = `<p>${escapeHtml(biz.name)} – ${w(lang, { en: 'website enquiry', de: 'Anfrage über die Website', fr: 'demande via le site', es: 'consulta desde la web' })}</p>
<dl style="font-family:Verdana">
${items.map(([k, v]) => `  <dt style="font-weight:bold;margin-top:8px">${escapeHtml(k)}</dt>\n  <dd>${k.startsWith(lab('msg', lang)) ? htmlMessage(v, 'br') : escapeHtml(v)}</dd>`).join('\n')}
</dl>
<hr><p style="font-size:10px">${escapeHtml(biz.name)} · ${escapeHtml(biz.town)} · ${escapeHtml(biz.phone)}</p>`;
    return {
      draft: {
        from: { name: 'Website', email: `www@${biz.domain}` },
        subject: `${lab('msg', lang)} / ${lab('msg', second)} – ${c.last}`,
        html,
      },
    };
  },
};

/** Box-drawing table with wrapped values (each wrapped line its own row, label only on the first). */
function boxTable(rows: [string, string][], lw: number, vw: number): string {
  const line = (l: string, m: string, r: string) => `${l}${'─'.repeat(lw + 2)}${m}${'─'.repeat(vw + 2)}${r}`;
  const out = [line('┌', '┬', '┐')];
  rows.forEach(([k, v], i) => {
    const vs = v.split('\n').flatMap((p) => (p === '' ? [''] : wrap(p, vw)));
    vs.forEach((vl, j) => {
      out.push(`│ ${pad(j === 0 ? k : '', lw)} │ ${pad(vl, vw)} │`);
    });
    if (i < rows.length - 1) out.push(line('├', '┼', '┤'));
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

export const asciiBoxDrawing: LeadLayout = {
  id: 'unicode-box-table',
  description:
    'plain-text notification of a kiosk/booking script drawn with Unicode box characters (┌─┬─┐ │ ├─┼─┤): label column and value column, the message wrapped over several rows of the value column with an empty row between paragraphs; terminal id and a "do not reply" line',
  charsets: ['utf-8'],
  build({ rng, lang, biz, c }) {
    const L = {
      name: w(lang, { en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' }),
      email: w(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'E-mail' }),
      phone: w(lang, { en: 'Callback', de: 'Rückruf', fr: 'Rappel', es: 'Devolver llamada' }),
      msg: w(lang, { en: 'Request', de: 'Wunsch', fr: 'Demande', es: 'Petición' }),
      when: w(lang, { en: 'Received', de: 'Eingang', fr: 'Reçu', es: 'Recibido' }),
    };
    const rows: [string, string][] = [
      [L.when, longDate(rng, lang)],
      [L.name, c.full],
    ];
    if (c.phoneWritten) rows.push([L.phone, c.phoneWritten]);
    if (c.email) rows.push([L.email, c.email]);
    if (rng.chance(0.5) && rows.length > 3) rows.push(rows.splice(2, 1)[0] as [string, string]);
    if (c.message) rows.push([L.msg, c.message]);
    const text = `${biz.name} – ${w(lang, { en: 'new request from terminal', de: 'neue Anfrage von Terminal', fr: 'nouvelle demande depuis la borne', es: 'nueva solicitud desde el terminal' })} T-${rng.int(10, 99)}\n\n${boxTable(rows, 16, 46)}\n\n${w(lang, { en: 'Automatic message, do not reply.', de: 'Automatische Nachricht, bitte nicht antworten.', fr: 'Message automatique, merci de ne pas répondre.', es: 'Mensaje automático, no responder.' })}`;
    return {
      draft: {
        from: { name: 'Kioskbox', email: `kiosk@${biz.domain}` },
        subject: `${L.msg}: ${c.full}`,
        text,
      },
    };
  },
};

export const markdownIssueForm: LeadLayout = {
  id: 'markdown-issue-form',
  description:
    'a developer-built site files each enquiry as a repository issue and mails it: "### question" headings with the answer below, "_No response_" for empty answers, checkbox list of consents, issue number and "reply to this email directly or view it on" footer',
  badPhones: true,
  build({ rng, lang, biz, c }) {
    const none = '_No response_';
    const H = {
      name: w(lang, {
        en: 'Your full name',
        de: 'Vollständiger Name',
        fr: 'Nom complet',
        es: 'Nombre completo',
      }),
      email: w(lang, {
        en: 'Contact e-mail',
        de: 'Kontakt-E-Mail',
        fr: 'E-mail de contact',
        es: 'Correo de contacto',
      }),
      phone: w(lang, {
        en: 'Phone (optional)',
        de: 'Telefon (optional)',
        fr: 'Téléphone (facultatif)',
        es: 'Teléfono (opcional)',
      }),
      msg: w(lang, {
        en: 'Tell us about your project',
        de: 'Erzählen Sie uns von Ihrem Vorhaben',
        fr: 'Parlez-nous de votre projet',
        es: 'Cuéntanos tu proyecto',
      }),
      cons: w(lang, { en: 'Consent', de: 'Einwilligung', fr: 'Consentement', es: 'Consentimiento' }),
      agree: w(lang, {
        en: 'I agree to be contacted about this request',
        de: 'Ich bin mit der Kontaktaufnahme einverstanden',
        fr: 'J’accepte d’être recontacté(e)',
        es: 'Acepto ser contactado/a',
      }),
    };
    const num = rng.int(40, 900);
    const body = [
      `### ${H.name}\n\n${c.full}`,
      `### ${H.email}\n\n${c.email ?? none}`,
      `### ${H.phone}\n\n${c.phoneWritten ?? none}`,
      `### ${H.msg}\n\n${c.message ?? none}`,
      `### ${H.cons}\n\n- [x] ${H.agree}`,
    ].join('\n\n');
    const repo = `${biz.id}/enquiries`;
    const text = `${body}\n\n—\nReply to this email directly or view it on Codehaven:\nhttps://codehaven.example/${repo}/issues/${num}\nYou are receiving this because you are watching this repository.`;
    const title = w(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' });
    return {
      draft: {
        from: { name: 'enquiry-bot', email: 'notifications@codehaven.example' },
        subject: `[${repo}] ${title}: ${c.full} (Issue #${num})`,
        text,
        headers: [['List-ID', `${repo} <enquiries.${biz.id}.codehaven.example>`]],
      },
    };
  },
};

export const progressCounterQuestions: LeadLayout = {
  id: 'progress-counter-questions',
  description:
    'one-question-per-screen form "Stepwise": each answer under "Question 3 of 7 · <question>" with a "» " answer marker, yes/no and choice questions between the contact questions, completion time and respondent id at the end',
  badPhones: true,
  foreign: true,
  build({ rng, lang, biz, c }) {
    const Q = {
      of: w(lang, { en: 'Question', de: 'Frage', fr: 'Question', es: 'Pregunta' }),
      ofw: w(lang, { en: 'of', de: 'von', fr: 'sur', es: 'de' }),
      first: w(lang, {
        en: "What's your first name?",
        de: 'Wie lautet Ihr Vorname?',
        fr: 'Quel est votre prénom ?',
        es: '¿Cuál es tu nombre?',
      }),
      last: w(lang, {
        en: 'Nice to meet you! And your last name?',
        de: 'Schön! Und Ihr Nachname?',
        fr: 'Enchanté ! Et votre nom ?',
        es: '¡Encantados! ¿Y tus apellidos?',
      }),
      when: w(lang, {
        en: 'When would you like to start?',
        de: 'Wann möchten Sie starten?',
        fr: 'Quand souhaitez-vous commencer ?',
        es: '¿Cuándo te gustaría empezar?',
      }),
      whenA: pw(rng, lang, {
        en: ['As soon as possible', 'In the next 3 months', 'Just researching'],
        de: ['So bald wie möglich', 'In den nächsten 3 Monaten', 'Ich informiere mich nur'],
        fr: ['Dès que possible', "D'ici 3 mois", 'Je me renseigne'],
        es: ['Lo antes posible', 'En los próximos 3 meses', 'Solo me informo'],
      }),
      email: w(lang, {
        en: 'Which email address should we use?',
        de: 'An welche E-Mail-Adresse dürfen wir schreiben?',
        fr: 'À quelle adresse e-mail vous écrire ?',
        es: '¿A qué correo te escribimos?',
      }),
      phone: w(lang, {
        en: 'And a phone number, in case email fails?',
        de: 'Und eine Telefonnummer, falls E-Mail nicht klappt?',
        fr: 'Et un numéro, au cas où ?',
        es: '¿Y un teléfono, por si acaso?',
      }),
      call: w(lang, {
        en: 'Happy for us to call you?',
        de: 'Dürfen wir Sie anrufen?',
        fr: 'Pouvons-nous vous appeler ?',
        es: '¿Podemos llamarte?',
      }),
      msg: w(lang, {
        en: 'Anything you want to tell us already?',
        de: 'Möchten Sie uns schon etwas mitteilen?',
        fr: 'Quelque chose à nous dire dès maintenant ?',
        es: '¿Algo que quieras contarnos ya?',
      }),
      yes: w(lang, { en: 'Yes', de: 'Ja', fr: 'Oui', es: 'Sí' }),
      no: w(lang, { en: 'No', de: 'Nein', fr: 'Non', es: 'No' }),
      skipped: w(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(passée)', es: '(omitida)' }),
    };
    const qa: [string, string][] = [
      [Q.first, c.first],
      [Q.last, c.last],
      [Q.when, Q.whenA],
      [Q.email, c.email ?? Q.skipped],
    ];
    if (c.phoneWritten) qa.push([Q.call, Q.yes], [Q.phone, c.phoneWritten]);
    else qa.push([Q.call, Q.no]);
    qa.push([Q.msg, c.message ?? Q.skipped]);
    const total = qa.length;
    const text = [
      `${biz.name} · Stepwise`,
      '',
      ...qa.map(([q, a], i) => `${Q.of} ${i + 1} ${Q.ofw} ${total} · ${q}\n» ${a.replace(/\n/g, '\n  ')}\n`),
      `${w(lang, { en: 'Completed in', de: 'Ausgefüllt in', fr: 'Rempli en', es: 'Completado en' })} ${rng.int(1, 6)}m ${rng.int(1, 59)}s · ID ${rng.hex(10)}`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Stepwise', email: 'responses@stepwise.example' },
        subject: `${biz.name}: ${w(lang, { en: 'new completed response', de: 'neue vollständige Antwort', fr: 'nouvelle réponse complète', es: 'nueva respuesta completa' })}`,
        text,
      },
    };
  },
};

export const flexChipGrid: LeadLayout = {
  id: 'flex-chip-grid',
  description:
    'booking platform "Tidyslot" HTML: each field a <div> row with the label as an upper-case grey <span> chip and the value in a second <span>; one "Last name, First name" field with particles and the surname in capitals on some; company and staff contact on the right',
  build({ rng, lang, biz, c }) {
    const staff = staffOf(rng, biz);
    const capsLast = rng.chance(0.5);
    const nameValue = `${capsLast ? caps(c.last) : c.last}, ${c.first}`;
    const L = {
      name: w(lang, {
        en: 'Last name, first name',
        de: 'Name, Vorname',
        fr: 'Nom, prénom',
        es: 'Apellidos, nombre',
      }),
      email: w(lang, {
        en: 'Email address',
        de: 'E-Mail-Adresse',
        fr: 'Adresse e-mail',
        es: 'Dirección de correo',
      }),
      phone: w(lang, { en: 'Mobile', de: 'Handy', fr: 'Portable', es: 'Móvil' }),
      msg: w(lang, { en: 'Notes for us', de: 'Hinweise an uns', fr: 'Remarques', es: 'Observaciones' }),
      slot: w(lang, {
        en: 'Preferred slot',
        de: 'Wunschtermin',
        fr: 'Créneau souhaité',
        es: 'Horario preferido',
      }),
      contact: w(lang, {
        en: 'Your contact',
        de: 'Ihr Ansprechpartner',
        fr: 'Votre contact',
        es: 'Tu contacto',
      }),
    };
    const rows: [string, string][] = [[L.name, nameValue]];
    if (c.email) rows.push([L.email, c.email]);
    if (c.phoneWritten) rows.push([L.phone, c.phoneWritten]);
    rows.push([L.slot, longDate(rng, lang)]);
    if (c.message) rows.push([L.msg, c.message]);
    const chip = (s: string) =>
      `<span style="display:inline-block;min-width:150px;font-size:10px;color:#777;text-transform:uppercase;letter-spacing:1px">${escapeHtml(s)}</span>`;
    const html = `<div style="display:flex;font-family:Helvetica">
<div style="flex:2">
${rows.map(([k, v]) => `<div style="padding:6px 0;border-bottom:1px solid #eee">${chip(k)}<span style="font-size:14px">${k === L.msg ? htmlMessage(v, 'br') : escapeHtml(v)}</span></div>`).join('\n')}
</div>
<div style="flex:1;background:#fafafa;padding:8px"><span>${chip(L.contact)}</span><div>${escapeHtml(staff)}</div><div>${escapeHtml(biz.name)}</div><div>${escapeHtml(biz.phone)}</div></div>
</div>`;
    return {
      draft: {
        from: { name: 'Tidyslot', email: 'bookings@tidyslot.example' },
        subject: `${w(lang, { en: 'Booking request', de: 'Terminanfrage', fr: 'Demande de rendez-vous', es: 'Solicitud de cita' })} · ${nameValue}`,
        html,
      },
      pii: [nameValue],
      others: [staff],
    };
  },
};

export const jsonAnswersArray: LeadLayout = {
  id: 'json-answers-array',
  description:
    'form relay that mails the submission as pretty-printed JSON with an "answers" array of {question, answer} objects (the questions in the site’s language, the name split over two questions), meta block with form version, locale and the site owner’s notification address',
  transfers: ['8bit', 'quoted-printable', 'base64'],
  build({ rng, lang, biz, c }) {
    const Q = {
      first: w(lang, { en: 'First name', de: 'Vorname', fr: 'Prénom', es: 'Nombre' }),
      last: w(lang, { en: 'Family name', de: 'Familienname', fr: 'Nom de famille', es: 'Apellido' }),
      email: w(lang, {
        en: 'Where should we send our reply?',
        de: 'Wohin sollen wir antworten?',
        fr: 'Où envoyer notre réponse ?',
        es: '¿Dónde te enviamos la respuesta?',
      }),
      phone: w(lang, {
        en: 'Phone number',
        de: 'Telefonnummer',
        fr: 'Numéro de téléphone',
        es: 'Número de teléfono',
      }),
      msg: w(lang, { en: 'Your message', de: 'Ihre Nachricht', fr: 'Votre message', es: 'Tu mensaje' }),
    };
    const answers = [
      { question: Q.first, answer: c.first },
      { question: Q.last, answer: c.last },
      { question: Q.email, answer: c.email ?? '' },
      { question: Q.phone, answer: c.phoneWritten ?? '' },
    ];
    if (rng.chance(0.5)) answers.push(answers.splice(2, 1)[0] as { question: string; answer: string });
    answers.push({ question: Q.msg, answer: c.message ?? '' });
    const payload = {
      event: 'form.submitted',
      submitted_at: isoStamp(rng),
      form: { id: `frm_${rng.hex(8)}`, version: rng.int(2, 9), locale: lang },
      answers,
      meta: { notify: biz.inbox, site: `https://${biz.domain}/`, ip: `203.0.113.${rng.int(2, 250)}` },
    };
    return {
      draft: {
        from: { name: 'Relaybird', email: 'hooks@relaybird.example' },
        subject: `form.submitted ${payload.form.id}`,
        text: JSON.stringify(payload, null, 2),
      },
    };
  },
};

export const LAYOUTS_A: LeadLayout[] = [
  formbuilderStarQuestions,
  helpdeskTicketRequester,
  bilingualLabelsDl,
  asciiBoxDrawing,
  markdownIssueForm,
  progressCounterQuestions,
  flexChipGrid,
  jsonAnswersArray,
];
