/** Form, plugin, attachment and letter layouts. */

import { letter } from './common.js';
import { COUNTRY_NAMES } from './data.js';
import { attachment } from './mime.js';
import { type Built, esc, fullName, type LeadCtx, type LeadLayout, phoneText, shown, T } from './types.js';

const tool = (name: string, domain: string) => ({ name, email: `notify@${domain}` });
const reply = (ctx: LeadCtx) => (ctx.c.email ? { name: fullName(ctx.c), email: ctx.c.email } : undefined);
const to = (ctx: LeadCtx) => [{ name: ctx.biz.name, email: ctx.biz.inbox }];
const country = (ctx: LeadCtx) => COUNTRY_NAMES[ctx.c.country]?.[ctx.lang] ?? ctx.c.country;

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

/** Wraps text into lines of at most `w` characters (words kept whole). */
function wrap(s: string, w: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && [...line].length + 1 + [...word].length > w) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

export const FORM_LAYOUTS: LeadLayout[] = [
  {
    id: 'formvine-question-labels-left-table-country-select',
    description:
      'form builder "Formvine" (HTML with text): label-left table whose labels are questions with `*`, a Country select and the number without its dial code, an optional "How can we help?", a consent row after it; text part `Label: value`; "Manage your leads" footer with entry number',
    statesCountry: true,
    allowExt: true,
    message: 'sometimes',
    build(ctx) {
      const { lang, c, rng, biz } = ctx;
      const lab = T(lang, {
        en: [
          'Who should we ask for? *',
          'Your e-mail *',
          'Country *',
          'Best # to reach you',
          'How can we help?',
          'OK to contact me about my request',
        ],
        de: [
          'Wie dürfen wir Sie ansprechen? *',
          'Ihre E-Mail *',
          'Land *',
          'Tel.-Nr. für Rückruf',
          'Worum geht es?',
          'Einwilligung Kontaktaufnahme',
        ],
        fr: [
          'Qui doit-on demander ? *',
          'Votre courriel *',
          'Pays *',
          'N° de tél.',
          'Que pouvons-nous faire pour vous ?',
          'J’accepte d’être recontacté(e)',
        ],
        es: [
          '¿Por quién preguntamos? *',
          'Tu correo *',
          'País *',
          'Tel. de contacto',
          '¿En qué te ayudamos?',
          'Acepto ser contactado/a',
        ],
      });
      const yes = T(lang, { en: 'Yes', de: 'Ja', fr: 'Oui', es: 'Sí' });
      const entry = rng.int(1200, 9800);
      const rows: [string, string][] = [
        [lab[0] ?? '', shown(c, fullName(c))],
        [lab[1] ?? '', c.email ?? ''],
        [lab[2] ?? '', country(ctx)],
        [lab[3] ?? '', phoneText(c)],
        [lab[4] ?? '', ctx.message ?? ''],
        [lab[5] ?? '', yes],
      ];
      const foot = T(lang, {
        en: `Entry #${entry} · Manage your leads in Formvine: https://app.formvine.example/e/${entry}\nYou get this e-mail because you are an owner of this form.`,
        de: `Eintrag #${entry} · Leads verwalten in Formvine: https://app.formvine.example/e/${entry}\nSie erhalten diese E-Mail als Inhaber:in des Formulars.`,
        fr: `Entrée n° ${entry} · Gérez vos contacts dans Formvine : https://app.formvine.example/e/${entry}\nVous recevez cet e-mail en tant que propriétaire du formulaire.`,
        es: `Entrada n.º ${entry} · Gestiona tus contactos en Formvine: https://app.formvine.example/e/${entry}\nRecibes este correo porque eres propietario del formulario.`,
      });
      const html = `<table cellpadding="6" style="border-collapse:collapse">\n${rows
        .map(
          ([l, v]) =>
            `<tr><td style="background:#f4f4f4;font-weight:bold;width:40%">${esc(l)}</td><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`,
        )
        .join('\n')}\n</table>\n<p style="color:#999;font-size:11px">${esc(foot).replace(/\n/g, '<br>')}</p>`;
      const text = `${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${foot}`;
      return {
        draft: {
          from: tool('Formvine', 'formvine.example'),
          to: to(ctx),
          replyTo: reply(ctx),
          subject: T(lang, {
            en: `New entry: Contact – ${biz.name}`,
            de: `Neuer Eintrag: Kontakt – ${biz.name}`,
            fr: `Nouvelle entrée : Contact – ${biz.name}`,
            es: `Nueva entrada: Contacto – ${biz.name}`,
          }),
          text,
          html,
          primary: 'html',
        },
      };
    },
  },
  {
    id: 'pipe-table-plain-surname-given-split',
    description:
      'form plugin "Jotpress" (plain): padded pipe table "Field | Value" with Surname and Given name(s) on separate rows, "Tel. (mobile)", the enquiry in one long cell, a Newsletter row after it; IP/time line and alert-settings footer',
    allowExt: true,
    needsSurname: true,
    build(ctx) {
      const { lang, c, rng, biz } = ctx;
      const lab = T(lang, {
        en: [
          'Field',
          'Value',
          'Surname',
          'Given name(s)',
          'E-mail address',
          'Tel. (mobile)',
          'Enquiry',
          'Newsletter',
          'No',
        ],
        de: [
          'Feld',
          'Wert',
          'Nachname',
          'Vorname(n)',
          'E-Mail-Adresse',
          'Tel. (mobil)',
          'Anliegen',
          'Newsletter',
          'Nein',
        ],
        fr: [
          'Champ',
          'Valeur',
          'Nom de famille',
          'Prénom(s)',
          'Adresse e-mail',
          'Tél. (portable)',
          'Demande',
          'Lettre d’info',
          'Non',
        ],
        es: [
          'Campo',
          'Valor',
          'Apellido(s)',
          'Nombre(s)',
          'Correo electrónico',
          'Tel. (móvil)',
          'Consulta',
          'Boletín',
          'No',
        ],
      });
      const rows: [string, string][] = [
        [lab[2] ?? '', c.last ?? ''],
        [lab[3] ?? '', c.first],
        [lab[4] ?? '', c.email ?? ''],
        [lab[5] ?? '', phoneText(c)],
        [lab[6] ?? '', (ctx.message ?? '').replace(/\n+/g, ' ')],
        [lab[7] ?? '', lab[8] ?? ''],
      ];
      const w = Math.max(...rows.map(([l]) => [...l].length), 6);
      const table = [
        `| ${pad(lab[0] ?? '', w)} | ${lab[1]} |`,
        `|${'-'.repeat(w + 2)}|${'-'.repeat(8)}|`,
        ...rows.map(([l, v]) => `| ${pad(l, w)} | ${v} |`),
      ].join('\n');
      const ip = `198.51.100.${rng.int(2, 250)}`;
      const text = `${T(lang, { en: 'New submission from "Contact us"', de: 'Neue Einsendung über „Kontakt“', fr: 'Nouvel envoi depuis « Contact »', es: 'Nuevo envío desde «Contacto»' })}\n\n${table}\n\nIP ${ip} · ${rng.int(10, 23)}:${String(rng.int(10, 59))}\n-- \nJotpress Forms · ${T(lang, { en: 'change alert settings', de: 'Benachrichtigungen ändern', fr: 'modifier les alertes', es: 'cambiar avisos' })}: https://jotpress.example/alerts`;
      return {
        draft: {
          from: { name: `${biz.name} (Jotpress)`, email: 'forms@jotpress.example' },
          to: to(ctx),
          replyTo: reply(ctx),
          subject: `[Jotpress] ${T(lang, { en: 'Contact us', de: 'Kontakt', fr: 'Contact', es: 'Contacto' })} #${rng.int(300, 999)}`,
          text,
        },
      };
    },
  },
  {
    id: 'box-drawing-table-last-first-name-caps',
    description:
      'in-house booking desk "Tablemail" (plain, UTF-8 box drawing): ┌─┬─┐ table with "Name (LAST, First)" holding "SURNAME, First", "E-mail", "Phone incl. country code", and the message wrapped over continuation rows with an empty label cell; "Source: website" row after it',
    needsSurname: true,
    capsOk: true,
    allowExt: true,
    build(ctx) {
      const { lang, c } = ctx;
      const lab = T(lang, {
        en: ['Name (LAST, First)', 'E-mail', 'Phone incl. country code', 'Message', 'Source', 'website'],
        de: ['Name (NACHNAME, Vorname)', 'E-Mail', 'Telefon inkl. Vorwahl', 'Nachricht', 'Quelle', 'Website'],
        fr: ['Nom (NOM, Prénom)', 'Courriel', 'Téléphone avec indicatif', 'Message', 'Source', 'site web'],
        es: ['Nombre (APELLIDOS, Nombre)', 'Correo', 'Teléfono con prefijo', 'Mensaje', 'Origen', 'web'],
      });
      const surname = (c.last ?? '').toLocaleUpperCase('und');
      const nameVal = `${surname}, ${shown(c, c.first)}`;
      const rows: [string, string][] = [
        [lab[0] ?? '', nameVal],
        [lab[1] ?? '', c.email ?? '—'],
        [lab[2] ?? '', c.phone ? phoneText(c) : '—'],
      ];
      const msgLines = ctx.message ? wrap(ctx.message, 46) : ['—'];
      msgLines.forEach((l, i) => {
        rows.push([i === 0 ? (lab[3] ?? '') : '', l]);
      });
      rows.push([lab[4] ?? '', lab[5] ?? '']);
      const w1 = Math.max(...rows.map(([l]) => [...l].length));
      const w2 = Math.max(...rows.map(([, v]) => [...v].length));
      const line = (a: string, m: string, b: string) =>
        `${a}${'─'.repeat(w1 + 2)}${m}${'─'.repeat(w2 + 2)}${b}`;
      const table = [
        line('┌', '┬', '┐'),
        ...rows.map(([l, v]) => `│ ${pad(l, w1)} │ ${pad(v, w2)} │`),
        line('└', '┴', '┘'),
      ].join('\n');
      const head = T(lang, {
        en: 'Web request received',
        de: 'Webanfrage eingegangen',
        fr: 'Demande web reçue',
        es: 'Solicitud web recibida',
      });
      return {
        draft: {
          from: { name: 'Tablemail', email: 'desk@tablemail.example' },
          to: to(ctx),
          subject: `${head}: ${nameVal}`,
          text: `${head}\n\n${table}\n\nTablemail v3 · ${ctx.biz.name}`,
        },
        pii: [nameVal],
      };
    },
  },
  {
    id: 'markdown-table-static-site-message-section',
    description:
      'static-site form service "Hugoform" (plain, markdown): `| Question | Answer |` table with `:--` alignment ("Your name", "Reply to", "Phone (with country code)", "Preferred contact"), then a `### Message` section and a `---` footer with form id and tracking id',
    build(ctx) {
      const { lang, c, rng } = ctx;
      const lab = T(lang, {
        en: [
          'Question',
          'Answer',
          'Your name',
          'Reply to',
          'Phone (with country code)',
          'Preferred contact',
          'Message',
          'email',
          'phone',
        ],
        de: [
          'Frage',
          'Antwort',
          'Ihr Name',
          'Antwort an',
          'Telefon (mit Ländervorwahl)',
          'Bevorzugter Kontakt',
          'Nachricht',
          'E-Mail',
          'Telefon',
        ],
        fr: [
          'Question',
          'Réponse',
          'Votre nom',
          'Répondre à',
          'Téléphone (avec indicatif)',
          'Contact préféré',
          'Message',
          'e-mail',
          'téléphone',
        ],
        es: [
          'Pregunta',
          'Respuesta',
          'Tu nombre',
          'Responder a',
          'Teléfono (con prefijo)',
          'Contacto preferido',
          'Mensaje',
          'correo',
          'teléfono',
        ],
      });
      const rows: [string, string][] = [
        [lab[2] ?? '', fullName(c)],
        [lab[3] ?? '', c.email ?? ''],
        [lab[4] ?? '', c.phone ? phoneText(c) : ''],
        [lab[5] ?? '', c.email ? (lab[7] ?? '') : (lab[8] ?? '')],
      ];
      const track = `hf_${rng.hex(12)}`;
      const text = [
        `**${T(lang, { en: 'New form entry', de: 'Neuer Formulareintrag', fr: 'Nouvelle réponse au formulaire', es: 'Nueva respuesta al formulario' })}** — ${ctx.biz.domain}`,
        '',
        `| ${lab[0]} | ${lab[1]} |`,
        '|:--|:--|',
        ...rows.map(([l, v]) => `| ${l} | ${v} |`),
        '',
        `### ${lab[6]}`,
        '',
        ctx.message ?? '_(empty)_',
        '',
        '---',
        `_Hugoform · form \`contact-2\` · ${T(lang, { en: 'Manage notifications', de: 'Benachrichtigungen verwalten', fr: 'Gérer les notifications', es: 'Gestionar avisos' })}: https://hugoform.example/n/${rng.hex(6)} · ${track}_`,
      ].join('\n');
      return {
        draft: {
          from: { name: 'Hugoform', email: 'no-reply@hugoform.example' },
          to: to(ctx),
          replyTo: reply(ctx),
          subject: `${T(lang, { en: 'Form entry', de: 'Formulareintrag', fr: 'Réponse', es: 'Respuesta' })}: contact-2 (${ctx.biz.domain})`,
          text,
        },
      };
    },
  },
  {
    id: 'dl-guardian-and-participant-minor-booking',
    description:
      'booking plugin "Kidslot" (HTML with text): `<dl>` with the participant (a child, named, with age) first, then "Parent / guardian", the guardian’s e-mail and mobile, "Anything we should know?"; the guardian is the lead, the child is a third party',
    message: 'sometimes',
    sectors: ['photo', 'cowork'],
    build(ctx) {
      const { lang, c, rng } = ctx;
      const kid = rng.pick(
        T(lang, {
          en: ['Tiana', 'Malik', 'Zuri'],
          de: ['Emil', 'Ronja', 'Mats'],
          fr: ['Inès', 'Noah', 'Awa'],
          es: ['Valentina', 'Mateo', 'Lucía'],
        }),
      );
      const kidName = `${kid} ${c.last ?? rng.pick(['Lowe', 'Baptiste', 'Serrano'])}`;
      const lab = T(lang, {
        en: [
          'Participant’s name',
          'Participant’s age',
          'Parent / guardian',
          'Guardian’s e-mail',
          'Guardian’s mobile',
          'Anything we should know?',
        ],
        de: [
          'Name des Teilnehmers',
          'Alter',
          'Erziehungsberechtigte/r',
          'E-Mail der/des Erziehungsberechtigten',
          'Handy Erziehungsberechtigte/r',
          'Sollten wir noch etwas wissen?',
        ],
        fr: [
          'Nom du participant',
          'Âge',
          'Parent / tuteur légal',
          'Courriel du parent',
          'Portable du parent',
          'Autre chose à nous dire ?',
        ],
        es: [
          'Nombre del participante',
          'Edad',
          'Madre, padre o tutor',
          'Correo del tutor',
          'Celular del tutor',
          '¿Algo que debamos saber?',
        ],
      });
      const rows: [string, string][] = [
        [lab[0] ?? '', kidName],
        [lab[1] ?? '', String(rng.int(8, 16))],
        [lab[2] ?? '', fullName(c)],
        [lab[3] ?? '', c.email ?? ''],
        [lab[4] ?? '', phoneText(c)],
        [lab[5] ?? '', ctx.message ?? ''],
      ];
      const html = `<h3>Kidslot</h3>\n<dl>\n${rows.map(([l, v]) => `<dt><b>${esc(l)}</b></dt><dd>${v ? esc(v).replace(/\n/g, '<br>') : '&nbsp;'}</dd>`).join('\n')}\n</dl>\n<p style="font-size:11px;color:#888">Kidslot · ${esc(ctx.biz.name)}</p>`;
      const text = `${rows.map(([l, v]) => `${l}\n${v}\n`).join('\n')}\nKidslot · ${ctx.biz.name}`;
      return {
        draft: {
          from: { name: 'Kidslot', email: 'bookings@kidslot.example' },
          to: to(ctx),
          replyTo: reply(ctx),
          subject: T(lang, {
            en: `Booking request for ${kidName}`,
            de: `Buchungsanfrage für ${kidName}`,
            fr: `Demande de réservation pour ${kidName}`,
            es: `Solicitud de reserva para ${kidName}`,
          }),
          text,
          html,
          primary: 'html',
        },
        others: [kidName],
      };
    },
  },
  {
    id: 'p-bold-labels-br-surname-first-field-caps',
    description:
      'site builder "Siteflow" (HTML only): `<p><b>Label*</b><br>value</p>` blocks with the last-name field before the first-name field, names often in capitals, "Phone (with area code)", a message, then hidden fields (page, utm_campaign) and a "reply to this email" footer',
    capsOk: true,
    needsSurname: true,
    build(ctx) {
      const { lang, c } = ctx;
      const lab = T(lang, {
        en: [
          'Last name*',
          'First name*',
          'Email*',
          'Phone (with area code)',
          'Your message',
          'Page',
          'utm_campaign',
        ],
        de: [
          'Nachname*',
          'Vorname*',
          'E-Mail*',
          'Telefon (mit Vorwahl)',
          'Ihre Nachricht',
          'Seite',
          'utm_campaign',
        ],
        fr: [
          'Nom*',
          'Prénom*',
          'E-mail*',
          'Téléphone (avec indicatif)',
          'Votre message',
          'Page',
          'utm_campaign',
        ],
        es: [
          'Apellidos*',
          'Nombre*',
          'Email*',
          'Teléfono (con lada)',
          'Tu mensaje',
          'Página',
          'utm_campaign',
        ],
      });
      const vals = [
        shown(c, c.last ?? ''),
        shown(c, c.first),
        c.email ?? '',
        phoneText(c),
        ctx.message ?? '',
        '/contact',
        'spring_search',
      ];
      const html = `<p style="font-size:18px">Siteflow — ${esc(ctx.biz.name)}</p>\n${lab
        .map((l, i) => `<p><b>${esc(l)}</b><br>${esc(vals[i] ?? '').replace(/\n/g, '<br>')}</p>`)
        .join(
          '\n',
        )}\n<p style="color:#aaa">${T(lang, { en: 'Reply to this email to answer the visitor. Siteflow Inc., 1 Harbour Way.', de: 'Antworten Sie auf diese E-Mail, um dem Besucher zu schreiben. Siteflow Inc.', fr: 'Répondez à cet e-mail pour écrire au visiteur. Siteflow Inc.', es: 'Responde a este correo para escribir al visitante. Siteflow Inc.' })}</p>`;
      return {
        draft: {
          from: { name: 'Siteflow Forms', email: 'forms@siteflow.example' },
          to: to(ctx),
          replyTo: reply(ctx),
          subject: T(lang, {
            en: 'New form submission on your site',
            de: 'Neue Formularübermittlung',
            fr: 'Nouveau formulaire envoyé',
            es: 'Nuevo formulario enviado',
          }),
          html,
        },
      };
    },
  },
  {
    id: 'span-pairs-callback-request-no-message',
    description:
      'call-back service "Callwise" (HTML with text): grey `<span>` label + value pairs separated by `<br>` ("Caller", "Call me on", "E-mail (optional)", "Preferred time" with a time range, "Reason" as a choice); no message',
    message: 'never',
    allowExt: true,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const slot = rng.pick(['9:00–11:00', '12:30–14:00', '17:00–19:30']);
      const reason = rng.pick(
        T(lang, {
          en: ['Prices', 'Availability', 'Other'],
          de: ['Preise', 'Verfügbarkeit', 'Sonstiges'],
          fr: ['Tarifs', 'Disponibilités', 'Autre'],
          es: ['Precios', 'Disponibilidad', 'Otro'],
        }),
      );
      const lab = T(lang, {
        en: ['Caller', 'Call me on', 'E-mail (optional)', 'Preferred time', 'Reason'],
        de: ['Anrufer', 'Rückruf unter', 'E-Mail (optional)', 'Wunschzeit', 'Grund'],
        fr: ['Appelant', 'Me rappeler au', 'E-mail (facultatif)', 'Créneau souhaité', 'Motif'],
        es: ['Quién llama', 'Llámenme al', 'Correo (opcional)', 'Horario preferido', 'Motivo'],
      });
      const vals = [fullName(c), phoneText(c), c.email ?? '', slot, reason];
      const html = `<div style="font-family:sans-serif">${lab.map((l, i) => `<span style="color:#888">${esc(l)}</span> <span>${esc(vals[i] ?? '')}</span><br>`).join('\n')}</div>\n<p style="color:#bbb">Callwise · ${T(lang, { en: 'Stop these alerts', de: 'Benachrichtigungen abbestellen', fr: 'Arrêter ces alertes', es: 'Dejar de recibir avisos' })}</p>`;
      const text = `${lab.map((l, i) => `${l}  ${vals[i] ?? ''}`).join('\n')}\n\nCallwise`;
      return {
        draft: {
          from: { name: 'Callwise', email: 'alerts@callwise.example' },
          to: to(ctx),
          subject: T(lang, {
            en: `Call-back request (${slot})`,
            de: `Rückrufwunsch (${slot})`,
            fr: `Demande de rappel (${slot})`,
            es: `Solicitud de llamada (${slot})`,
          }),
          text,
          html,
          primary: 'html',
        },
      };
    },
  },
  {
    id: 'numbered-q-a-markers-survey-single-names',
    description:
      'survey tool "Pollwise" (plain): numbered questions with "Q:"/"A:" markers (Frage/Antwort, Question/Réponse, Pregunta/Respuesta), a surname question that may be skipped, the long answer indented over several lines',
    singleOk: true,
    build(ctx) {
      const { lang, c } = ctx;
      const [Q, A] = T(lang, {
        en: ['Q', 'A'],
        de: ['Frage', 'Antwort'],
        fr: ['Question', 'Réponse'],
        es: ['Pregunta', 'Respuesta'],
      });
      const qs = T(lang, {
        en: [
          'What should we call you?',
          'And your last name? (optional)',
          'Email for the quote',
          'Phone, in case email bounces',
          'Tell us more',
        ],
        de: [
          'Wie heißen Sie mit Vornamen?',
          'Und Ihr Nachname? (optional)',
          'E-Mail für das Angebot',
          'Telefon, falls die Mail nicht ankommt',
          'Erzählen Sie uns mehr',
        ],
        fr: [
          'Comment doit-on vous appeler ?',
          'Et votre nom de famille ? (facultatif)',
          'E-mail pour le devis',
          'Téléphone, au cas où',
          'Dites-nous en plus',
        ],
        es: [
          '¿Cómo te llamas?',
          '¿Y tu apellido? (opcional)',
          'Correo para el presupuesto',
          'Teléfono, por si acaso',
          'Cuéntanos más',
        ],
      });
      const skipped = T(lang, {
        en: '(no answer)',
        de: '(keine Antwort)',
        fr: '(sans réponse)',
        es: '(sin respuesta)',
      });
      const ans = [
        c.first,
        c.last ?? skipped,
        c.email ?? skipped,
        c.phone ? phoneText(c) : skipped,
        ctx.message ?? skipped,
      ];
      const pad2 = ' '.repeat(A.length + 5);
      const body = qs
        .map((q, i) => {
          const a = (ans[i] ?? '')
            .split('\n')
            .map((l, j) => (j === 0 ? l : l ? pad2 + l : ''))
            .join('\n');
          return `${i + 1}. ${Q}: ${q}\n   ${A}: ${a}`;
        })
        .join('\n\n');
      return {
        draft: {
          from: { name: 'Pollwise', email: 'responses@pollwise.example' },
          to: to(ctx),
          subject: T(lang, {
            en: 'New response: Get a quote',
            de: 'Neue Antwort: Angebot anfordern',
            fr: 'Nouvelle réponse : Demande de devis',
            es: 'Nueva respuesta: Pide presupuesto',
          }),
          text: `${body}\n\n--\nPollwise · ${ctx.biz.name} · ${T(lang, { en: 'view all responses', de: 'alle Antworten ansehen', fr: 'voir toutes les réponses', es: 'ver todas las respuestas' })} https://pollwise.example/r/${ctx.rng.hex(8)}`,
        },
      };
    },
  },
  {
    id: 'dash-bullets-plain-tel-ext-indented-message-with-list',
    description:
      'site kit "SiteKit Forms" (plain): `- Label: value` bullets (Name, E-Mail, Tel. with extensions, Subject), the message indented under "- Message:" (its own dashed lists included), a Consent bullet after it and a "manage your leads" footer',
    allowExt: true,
    build(ctx) {
      const { lang, c } = ctx;
      const lab = T(lang, {
        en: ['Name', 'E-Mail', 'Tel.', 'Subject', 'Message', 'Consent', 'yes'],
        de: ['Name', 'E-Mail', 'Tel.', 'Betreff', 'Nachricht', 'Einwilligung', 'ja'],
        fr: ['Nom', 'E-mail', 'Tél.', 'Objet', 'Message', 'Consentement', 'oui'],
        es: ['Nombre', 'E-mail', 'Tel.', 'Asunto', 'Mensaje', 'Consentimiento', 'sí'],
      });
      const subj = T(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' });
      const msg = (ctx.message ?? '')
        .split('\n')
        .map((l) => (l ? `    ${l}` : ''))
        .join('\n');
      const text = [
        T(lang, {
          en: 'New enquiry via website (Contact page)',
          de: 'Neue Anfrage über die Website (Kontaktseite)',
          fr: 'Nouvelle demande via le site (page Contact)',
          es: 'Nueva consulta desde la web (página Contacto)',
        }),
        '',
        `- ${lab[0]}: ${fullName(c)}`,
        `- ${lab[1]}: ${c.email ?? ''}`,
        `- ${lab[2]}: ${phoneText(c)}`,
        `- ${lab[3]}: ${subj}`,
        `- ${lab[4]}:`,
        msg,
        `- ${lab[5]}: ${lab[6]}`,
        '',
        '--',
        T(lang, {
          en: 'Sent by SiteKit Forms. Manage your leads: https://sitekit.example/leads',
          de: 'Gesendet von SiteKit Forms. Leads verwalten: https://sitekit.example/leads',
          fr: 'Envoyé par SiteKit Forms. Gérer vos contacts : https://sitekit.example/leads',
          es: 'Enviado por SiteKit Forms. Gestiona tus contactos: https://sitekit.example/leads',
        }),
      ].join('\n');
      return {
        draft: {
          from: { name: 'SiteKit Forms', email: 'noreply@sitekit.example' },
          to: to(ctx),
          replyTo: reply(ctx),
          subject: `${subj} – ${fullName(c)}`,
          text,
        },
      };
    },
  },
  {
    id: 'json-fields-array-label-value-country',
    description:
      'webhook relay "Hookrelay" (plain): "form.submitted" payload with a `fields` array of `{id, label, value}` objects (localised labels, a Country field, national numbers), the message with `\\n` escapes, and `meta`',
    statesCountry: true,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const lab = T(lang, {
        en: ['Full name', 'E-mail', 'Phone', 'Country', 'Message'],
        de: ['Vollständiger Name', 'E-Mail', 'Telefon', 'Land', 'Nachricht'],
        fr: ['Nom complet', 'E-mail', 'Téléphone', 'Pays', 'Message'],
        es: ['Nombre completo', 'Correo', 'Teléfono', 'País', 'Mensaje'],
      });
      const vals = [fullName(c), c.email ?? '', c.phone ? phoneText(c) : '', country(ctx), ctx.message ?? ''];
      const payload = {
        event: 'form.submitted',
        form: {
          id: `frm_${rng.hex(6)}`,
          name: T(lang, { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto' }),
        },
        fields: lab.map((l, i) => ({ id: `f${i + 1}`, label: l, value: vals[i] === '' ? null : vals[i] })),
        meta: {
          submitted_at: `2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}T${rng.int(10, 23)}:${rng.int(10, 59)}:00Z`,
          ip: `203.0.113.${rng.int(2, 250)}`,
          delivery: rng.hex(10),
        },
      };
      return {
        draft: {
          from: { name: 'Hookrelay', email: 'deliveries@hookrelay.example' },
          to: to(ctx),
          subject: `[Hookrelay] form.submitted → ${ctx.biz.inbox}`,
          text: `Delivery ${payload.meta.delivery} (email fallback, webhook endpoint not configured)\n\n${JSON.stringify(payload, null, 2)}`,
        },
      };
    },
  },
  {
    id: 'xml-body-legacy-cms-named-fields',
    description:
      'legacy CMS mailer (plain, `www@` sender): XML document in the body, `<field name="…">` elements with localised lower-case names (nombre/apellidos/correo/telefono/comentarios …), the message escaped, then a `<meta>` block',
    allowExt: true,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const names = T(lang, {
        en: ['firstname', 'lastname', 'email', 'telephone', 'comments'],
        de: ['vorname', 'nachname', 'email', 'telefon', 'bemerkungen'],
        fr: ['prenom', 'nom', 'courriel', 'telephone', 'commentaires'],
        es: ['nombre', 'apellidos', 'correo', 'telefono', 'comentarios'],
      });
      const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const vals = [c.first, c.last ?? '', c.email ?? '', phoneText(c), ctx.message ?? ''];
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<submission form="contact" site="${ctx.biz.domain}">\n${names
        .map((n, i) =>
          vals[i] ? `  <field name="${n}">${x(vals[i] ?? '')}</field>` : `  <field name="${n}"/>`,
        )
        .join(
          '\n',
        )}\n  <meta remote_addr="192.0.2.${rng.int(2, 250)}" cms="Typo-lite 4.2" id="${rng.int(10000, 99999)}"/>\n</submission>`;
      return {
        draft: {
          from: { email: `www@${ctx.biz.domain}` },
          to: to(ctx),
          subject: `Formular contact (${ctx.biz.domain})`,
          text: xml,
        },
      };
    },
  },
  {
    id: 'csv-att-booking-export-semicolon-notes',
    description:
      'booking system "Slotly" (HTML note): `requests-YYYYMMDD.csv` attached (semicolon, Windows-1252 or UTF-8) with header row Timestamp;Last name;First name;Email;Phone;Country;Notes and one row, the notes a quoted multi-line cell',
    allowExt: false,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const head = T(lang, {
        en: ['Timestamp', 'Last name', 'First name', 'Email', 'Phone', 'Country', 'Notes'],
        de: ['Zeitstempel', 'Nachname', 'Vorname', 'E-Mail', 'Telefon', 'Land', 'Notizen'],
        fr: ['Horodatage', 'Nom', 'Prénom', 'E-mail', 'Téléphone', 'Pays', 'Remarques'],
        es: ['Fecha', 'Apellidos', 'Nombre', 'Email', 'Teléfono', 'País', 'Notas'],
      });
      const q = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const day = `2026-0${rng.int(1, 9)}-${10 + rng.int(0, 18)}`;
      const row = [
        `${day} ${rng.int(10, 22)}:${rng.int(10, 59)}`,
        c.last ?? '',
        c.first,
        c.email ?? '',
        c.phone ? c.phone.written : '',
        country(ctx),
        ctx.message ?? '',
      ];
      const csv = `${head.join(';')}\n${row.map(q).join(';')}\n`;
      const file = `requests-${day.replace(/-/g, '')}.csv`;
      const html = `<p>${T(lang, { en: '1 new request since the last export. The file is attached.', de: '1 neue Anfrage seit dem letzten Export. Die Datei ist angehängt.', fr: '1 nouvelle demande depuis le dernier export. Le fichier est joint.', es: '1 solicitud nueva desde la última exportación. Adjuntamos el archivo.' })}</p><p style="color:#999">Slotly · ${esc(ctx.biz.name)}</p>`;
      return {
        draft: {
          from: { name: 'Slotly Reports', email: 'exports@slotly.example' },
          to: to(ctx),
          subject: `Slotly export ${day}`,
          html,
          attachments: [
            attachment(file, 'text/csv', csv, {
              charset: ctx.charset === 'utf-8' ? 'utf-8' : 'windows-1252',
            }),
          ],
        },
      };
    },
  },
  {
    id: 'vcard3-att-visitor-card-message-in-body',
    description:
      'website widget "ContactDrop" (plain): the visitor’s message in the body under "Message from the visitor:", their card as `First_Last.vcf` (vCard 3.0, `N:`/`FN:`/`EMAIL;TYPE=INTERNET`/`TEL;TYPE=CELL`), names sometimes in capitals, widget footer',
    capsOk: true,
    needsSurname: true,
    build(ctx) {
      const { lang, c } = ctx;
      const last = shown(c, c.last ?? '');
      const first = shown(c, c.first);
      const card = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:${last};${first};;;`,
        `FN:${first} ${last}`,
        c.email ? `EMAIL;TYPE=INTERNET:${c.email}` : '',
        c.phone ? `TEL;TYPE=CELL:${c.phone.written}` : '',
        'END:VCARD',
      ]
        .filter(Boolean)
        .join('\n');
      const text = `${T(lang, { en: 'Message from the visitor:', de: 'Nachricht des Besuchers:', fr: 'Message du visiteur :', es: 'Mensaje del visitante:' })}\n\n${ctx.message ?? '—'}\n\n${T(lang, { en: 'Their contact card is attached.', de: 'Die Visitenkarte ist angehängt.', fr: 'Sa carte de visite est jointe.', es: 'Su tarjeta de contacto va adjunta.' })}\n\n--\nContactDrop widget · ${ctx.biz.domain}`;
      return {
        draft: {
          from: { name: 'ContactDrop', email: 'cards@contactdrop.example' },
          to: to(ctx),
          subject: T(lang, {
            en: 'A visitor left their card',
            de: 'Ein Besucher hat seine Karte hinterlassen',
            fr: 'Un visiteur a laissé sa carte',
            es: 'Un visitante dejó su tarjeta',
          }),
          text,
          attachments: [
            attachment(
              `${(`${c.first}_${c.last ?? ''}`).replace(/[^A-Za-z_]/g, '')}.vcf`,
              'text/vcard',
              `${card}\n`,
              { charset: 'utf-8' },
            ),
          ],
        },
      };
    },
  },
  {
    id: 'letter-plain-no-display-name-signoff-only',
    description:
      'the customer’s own letter (plain, or HTML with text) sent without a display name: greeting, several paragraphs, sign-off with the full name or only the first name, a phone line under it',
    needsEmail: true,
    build(ctx) {
      const firstOnly = ctx.rng.chance(0.4);
      const l = letter(ctx, { firstOnly });
      const subj = T(ctx.lang, {
        en: 'Enquiry',
        de: 'Anfrage',
        fr: 'Demande de renseignements',
        es: 'Consulta',
      });
      const html = ctx.rng.chance(0.5);
      const b: Built = {
        draft: {
          from: { email: ctx.c.email ?? '' },
          to: to(ctx),
          subject: `${subj} – ${ctx.biz.name}`,
          text: l.text,
          html: html ? l.html : undefined,
          primary: 'text',
        },
      };
      if (firstOnly) b.expected = { lastName: null, fullName: ctx.c.first };
      if (firstOnly) b.pii = [];
      return b;
    },
  },
];
