/** Form, plugin, attachment and marketplace layouts (web_form). */

import { EXT_WORD, isoStamp, printedDate } from './common.js';
import { COUNTRY_NAME } from './data.js';
import { attachment } from './mime.js';
import { esc, fullName, htmlParas, type LeadLayout, phoneShown, shown, T, upper } from './types.js';

const countryOf = (lang: Parameters<typeof T>[0], code: string) => COUNTRY_NAME[lang][code] ?? code;

export const FORM_LAYOUTS: LeadLayout[] = [
  {
    id: 'top-header-row-html-table-booker-and-guests',
    description:
      'booking widget "Reservo" (HTML only): one table with the labels in a header row (Lead booker, Booker’s e-mail, Mobile #, Party size, Notes for the host) over one row of values, then a second table naming the other guests',
    foreign: true,
    optionalMessage: true,
    build({ rng, lang, biz, c, message }) {
      const guest = `${rng.pick(['Tobias', 'Amelia', 'Noura', 'Lucien', 'Paz', 'Hamza'])} ${rng.pick(['Quartey', 'Lindqvist', 'Abara', 'Ferreira'])}`;
      const L = T(lang, {
        en: [
          'Lead booker',
          'Booker’s e-mail',
          'Mobile #',
          'Party size',
          'Notes for the host',
          'Other guests',
          'Guest',
        ],
        de: [
          'Hauptbucher/in',
          'E-Mail des Buchenden',
          'Handy-Nr.',
          'Personen',
          'Hinweise an den Gastgeber',
          'Weitere Gäste',
          'Gast',
        ],
        fr: [
          'Réservataire principal',
          'E-mail du réservataire',
          'N° de portable',
          'Nombre de personnes',
          "Notes pour l'hôte",
          'Autres invités',
          'Invité',
        ],
        es: [
          'Titular de la reserva',
          'Correo del titular',
          'Móvil n.º',
          'Personas',
          'Notas para el anfitrión',
          'Otros invitados',
          'Invitado',
        ],
      });
      const cells = [
        fullName(c),
        c.email ?? '',
        c.phone?.written ?? '',
        String(rng.int(2, 9)),
        message ?? '',
      ];
      const th = L.slice(0, 5)
        .map((l) => `<th style="text-align:left;background:#eef">${esc(l)}</th>`)
        .join('');
      const td = cells
        .map((v) => `<td style="vertical-align:top">${v.split('\n').map(esc).join('<br>')}</td>`)
        .join('');
      const html = `<h2>${esc(T(lang, { en: 'New booking request', de: 'Neue Buchungsanfrage', fr: 'Nouvelle demande de réservation', es: 'Nueva solicitud de reserva' }))} – ${esc(biz.name)}</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr>${th}</tr><tr>${td}</tr></table>
<h3>${esc(L[5] ?? '')}</h3>
<table border="1" cellpadding="4"><tr><th>${esc(L[6] ?? '')} 1</th><td>${esc(guest)}</td></tr></table>
<p style="font-size:11px;color:#888">Reservo · ${esc(T(lang, { en: 'Request', de: 'Anfrage', fr: 'Demande', es: 'Solicitud' }))} RSV-${rng.digits(7)} · ${esc(printedDate(rng, lang))}</p>`;
      return {
        draft: {
          from: { name: 'Reservo', email: 'bookings@notify.reservo.example' },
          subject: T(lang, {
            en: `Booking request from ${fullName(c)}`,
            de: `Buchungsanfrage von ${fullName(c)}`,
            fr: `Demande de réservation de ${fullName(c)}`,
            es: `Solicitud de reserva de ${fullName(c)}`,
          }),
          html,
        },
        others: [guest],
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'dl-question-labels-required-marks',
    description:
      'form plugin "Fieldnote" (HTML with text): `<dl>` whose `<dt>` are questions with required marks ("What’s your name? *", "Best e-mail to reach you *", "Tel. (incl. area code)"), the plans question, a "How did you hear about us?" answer after it, "Manage your leads" footer',
    optionalMessage: true,
    ext: true,
    build({ rng, lang, biz, c, message }) {
      const Q = T(lang, {
        en: [
          'What’s your name? *',
          'Best e-mail to reach you *',
          'Tel. (incl. area code)',
          'Tell us a bit about your plans',
          'How did you hear about us?',
          ['Instagram', 'A friend', 'Google'],
          'Manage your leads and notification settings in Fieldnote.',
        ],
        de: [
          'Wie heißen Sie? *',
          'Unter welcher E-Mail erreichen wir Sie? *',
          'Tel. (mit Vorwahl)',
          'Erzählen Sie uns kurz von Ihrem Vorhaben',
          'Wie sind Sie auf uns aufmerksam geworden?',
          ['Instagram', 'Empfehlung', 'Google'],
        ],
        fr: [
          'Comment vous appelez-vous ? *',
          'À quelle adresse e-mail vous répondre ? *',
          'Tél. (avec indicatif)',
          'Parlez-nous de votre projet',
          'Comment nous avez-vous connus ?',
          ['Instagram', 'Bouche-à-oreille', 'Google'],
        ],
        es: [
          '¿Cómo se llama? *',
          '¿A qué correo le respondemos? *',
          'Tel. (con prefijo)',
          'Cuéntenos un poco sus planes',
          '¿Cómo nos conoció?',
          ['Instagram', 'Una amiga', 'Google'],
        ],
      }) as [string, string, string, string, string, string[], string?];
      const footer = T(lang, {
        en: 'Manage your leads and notification settings in Fieldnote.',
        de: 'Anfragen und Benachrichtigungen verwalten Sie in Fieldnote.',
        fr: 'Gérez vos demandes et vos notifications dans Fieldnote.',
        es: 'Gestione sus solicitudes y avisos en Fieldnote.',
      });
      const heard = rng.pick(Q[5]);
      const pairs: [string, string][] = [
        [Q[0], shown(c, 'full')],
        [Q[1], c.email ?? ''],
        [Q[2], phoneShown(c, EXT_WORD[lang])],
        [Q[3], message ?? ''],
        [Q[4], heard],
      ];
      const entry = `#${rng.int(1000, 9999)}`;
      const text = `${pairs.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n--\n${footer} Entry ${entry}\n`;
      const html = `<p>${esc(biz.name)} – ${esc(T(lang, { en: 'new form entry', de: 'neuer Formulareintrag', fr: 'nouvelle réponse', es: 'nueva respuesta' }))} ${entry}</p>
<dl>
${pairs.map(([k, v]) => `<dt style="font-weight:bold;margin-top:10px">${esc(k)}</dt>\n<dd>${v ? htmlParas(v) : ''}</dd>`).join('\n')}
</dl>
<hr><p style="font-size:11px">${esc(footer)}</p>`;
      return {
        draft: {
          from: { name: 'Fieldnote Forms', email: 'no-reply@fieldnote.example' },
          replyTo: c.email ? { email: c.email } : undefined,
          subject: T(lang, {
            en: `New entry: ${biz.name} contact form`,
            de: `Neuer Eintrag: Kontaktformular ${biz.name}`,
            fr: `Nouvelle réponse : formulaire ${biz.name}`,
            es: `Nueva respuesta: formulario ${biz.name}`,
          }),
          text,
          html,
          primary: 'html',
        },
        extraPii: [shown(c, 'full')],
      };
    },
  },
  {
    id: 'div-grid-surname-comma-first-name-field-country',
    description:
      'site builder "Gridly" (HTML only): CSS-grid `<div>` rows with `<strong>` labels, one name field labelled "Name (Surname, First name)" holding "Surname, First", a Country field and the number written nationally, the message, then hidden utm/page fields',
    country: 'field',
    foreign: true,
    needsSurname: true,
    caps: true,
    build({ rng, lang, biz, c, message }) {
      const L = T(lang, {
        en: ['Name (Surname, First name)', 'Email', 'Country', 'Phone number', 'Your message'],
        de: ['Name (Nachname, Vorname)', 'E-Mail', 'Land', 'Telefonnummer', 'Ihre Nachricht'],
        fr: ['Nom (Nom de famille, Prénom)', 'Courriel', 'Pays', 'Numéro de téléphone', 'Votre message'],
        es: ['Nombre (Apellidos, Nombre)', 'Correo electrónico', 'País', 'Número de teléfono', 'Su mensaje'],
      });
      const lastFirst = `${shown(c, 'last')}, ${shown(c, 'first')}`;
      const rows: [string, string][] = [
        [L[0] ?? '', lastFirst],
        [L[1] ?? '', c.email ?? ''],
        [L[2] ?? '', countryOf(lang, c.country)],
        [L[3] ?? '', c.phone?.written ?? ''],
        [L[4] ?? '', message ?? ''],
        ['utm_source', rng.pick(['instagram', 'google', 'newsletter'])],
        [
          'page',
          `https://${biz.domain}/${T(lang, { en: 'contact', de: 'kontakt', fr: 'contact', es: 'contacto' })}`,
        ],
      ];
      const html = `<div style="font-family:Arial">
<h3>${esc(T(lang, { en: 'New submission', de: 'Neue Einsendung', fr: 'Nouvel envoi', es: 'Nuevo envío' }))}</h3>
<div style="display:grid;grid-template-columns:220px 1fr;gap:6px 16px">
${rows.map(([k, v]) => `<div><strong>${esc(k)}</strong></div><div>${v.split('\n').map(esc).join('<br>')}</div>`).join('\n')}
</div>
<p style="color:#999;font-size:11px">Gridly Sites · ${esc(printedDate(rng, lang))}</p></div>`;
      return {
        draft: {
          from: { name: `${biz.name} (Gridly)`, email: 'forms@mailer.gridly.example' },
          subject: T(lang, {
            en: 'New submission – Contact page',
            de: 'Neue Einsendung – Kontaktseite',
            fr: 'Nouvel envoi – page Contact',
            es: 'Nuevo envío – página de contacto',
          }),
          html,
        },
        extraPii: [lastFirst, `${upper(c.last ?? '')}, ${c.first}`],
      };
    },
  },
  {
    id: 'ascii-plus-bordered-table-enquirer-tel-ext',
    description:
      'form mailer "Formbox" (plain): an ASCII table with `+----+` borders ("Enquirer", "E-mail addr.", "Tel.", "Country of residence"), the message under "Enquiry text:" below it, a "-- Sent by Formbox" footer with a tracking id',
    country: 'field',
    foreign: true,
    ext: true,
    build({ rng, lang, c, message }) {
      const L = T(lang, {
        en: ['Enquirer', 'E-mail addr.', 'Tel.', 'Country of residence', 'Enquiry text:'],
        de: ['Anfragende/r', 'E-Mail-Adr.', 'Tel.', 'Wohnsitzland', 'Anfragetext:'],
        fr: ['Demandeur', 'Adr. e-mail', 'Tél.', 'Pays de résidence', 'Texte de la demande :'],
        es: ['Solicitante', 'Dir. correo', 'Tel.', 'País de residencia', 'Texto de la consulta:'],
      });
      const rows: [string, string][] = [
        [L[0] ?? '', fullName(c)],
        [L[1] ?? '', c.email ?? '-'],
        [L[2] ?? '', c.phone ? phoneShown(c, EXT_WORD[lang]) : '-'],
        [L[3] ?? '', countryOf(lang, c.country)],
      ];
      const w1 = Math.max(...rows.map((r) => r[0].length));
      const w2 = Math.max(...rows.map((r) => r[1].length));
      const rule = `+${'-'.repeat(w1 + 2)}+${'-'.repeat(w2 + 2)}+`;
      const table = [rule, ...rows.map(([k, v]) => `| ${k.padEnd(w1)} | ${v.padEnd(w2)} |`), rule].join('\n');
      const text = `${table}\n\n${L[4]}\n${message ?? ''}\n\n-- \nSent by Formbox · tracking FBX-${rng.hex(10)}\n`;
      return {
        draft: {
          from: { name: 'Formbox', email: 'mailer@formbox.example' },
          subject: T(lang, {
            en: 'Website enquiry',
            de: 'Anfrage über die Website',
            fr: 'Demande depuis le site',
            es: 'Consulta desde la web',
          }),
          text,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'arrow-bullets-plain-answers-consent-after',
    description:
      'form app "Quickform" (plain): "• Label ➜ value" bullets ("Name", "Email", "Phone / WhatsApp", "Message" with its further lines indented), a consent bullet after the message, "reply to this email" footer with a submission id',
    foreign: true,
    optionalMessage: true,
    singleNames: true,
    build({ rng, lang, c, message }) {
      const L = T(lang, {
        en: [
          'Name',
          'Email',
          'Phone / WhatsApp',
          'Message',
          'Consent',
          'yes, you may contact me',
          'Reply to this email to answer the sender.',
        ],
        de: [
          'Name',
          'E-Mail',
          'Telefon / WhatsApp',
          'Nachricht',
          'Einwilligung',
          'ja, Kontaktaufnahme erlaubt',
          'Antworten Sie auf diese E-Mail, um dem Absender zu antworten.',
        ],
        fr: [
          'Nom',
          'E-mail',
          'Téléphone / WhatsApp',
          'Message',
          'Consentement',
          'oui, vous pouvez me contacter',
          "Répondez à cet e-mail pour répondre à l'expéditeur.",
        ],
        es: [
          'Nombre',
          'Email',
          'Teléfono / WhatsApp',
          'Mensaje',
          'Consentimiento',
          'sí, pueden contactarme',
          'Responda a este correo para contestar al remitente.',
        ],
      });
      const msg = message
        ? message
            .split('\n')
            .map((l, i) => (i === 0 ? l : l ? `    ${l}` : ''))
            .join('\n')
        : '';
      const text = [
        `• ${L[0]} ➜ ${fullName(c)}`,
        `• ${L[1]} ➜ ${c.email ?? ''}`,
        `• ${L[2]} ➜ ${c.phone?.written ?? ''}`,
        `• ${L[3]} ➜ ${msg}`,
        `• ${L[4]} ➜ ${L[5]}`,
        '',
        `${L[6]} (Quickform #${rng.digits(6)})`,
      ].join('\n');
      return {
        draft: {
          from: { name: 'Quickform', email: 'notifications@quickform.example' },
          replyTo: c.email ? { name: fullName(c), email: c.email } : undefined,
          subject: `Quickform: ${T(lang, { en: 'new message', de: 'neue Nachricht', fr: 'nouveau message', es: 'nuevo mensaje' })}`,
          text,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'html-ol-numbered-questions-country-question',
    description:
      'questionnaire "Inquira" (HTML with text): an `<ol>` of questions, each answer in its own paragraph ("Who should we ask for?", "Which country do you live in?", "What number can we call you on?", "Where should we send the quote?", "Anything else we should know?"); text part "1) question / Answer: …"',
    country: 'field',
    foreign: true,
    optionalMessage: true,
    build({ lang, c, message, rng }) {
      const Q = T(lang, {
        en: [
          'Who should we ask for?',
          'Which country do you live in?',
          'What number can we call you on?',
          'Where should we send the quote?',
          'Anything else we should know?',
          'Answer',
        ],
        de: [
          'Nach wem dürfen wir fragen?',
          'In welchem Land wohnen Sie?',
          'Unter welcher Nummer erreichen wir Sie?',
          'Wohin dürfen wir das Angebot schicken?',
          'Gibt es sonst noch etwas, das wir wissen sollten?',
          'Antwort',
        ],
        fr: [
          'Qui devons-nous demander ?',
          'Dans quel pays habitez-vous ?',
          'À quel numéro pouvons-nous vous appeler ?',
          'Où devons-nous envoyer le devis ?',
          'Autre chose à nous dire ?',
          'Réponse',
        ],
        es: [
          '¿Por quién preguntamos?',
          '¿En qué país vive?',
          '¿A qué número le podemos llamar?',
          '¿A dónde enviamos el presupuesto?',
          '¿Algo más que debamos saber?',
          'Respuesta',
        ],
      });
      const answers = [
        fullName(c),
        countryOf(lang, c.country),
        c.phone?.written ?? '',
        c.email ?? '',
        message ?? '',
      ];
      const text = answers
        .map((a, i) => `${i + 1}) ${Q[i]}\n   ${Q[5]}: ${a.split('\n').join('\n   ')}`)
        .join('\n\n');
      const html = `<p>Inquira – ${esc(T(lang, { en: 'new response', de: 'neue Antwort', fr: 'nouvelle réponse', es: 'nueva respuesta' }))} (${rng.digits(5)})</p>
<ol>
${answers.map((a, i) => `<li><p><strong>${esc(Q[i] ?? '')}</strong></p>${a ? htmlParas(a) : '<p></p>'}</li>`).join('\n')}
</ol>`;
      return {
        draft: {
          from: { name: 'Inquira', email: 'responses@inquira.example' },
          subject: T(lang, {
            en: 'You have a new Inquira response',
            de: 'Neue Antwort in Inquira',
            fr: 'Nouvelle réponse Inquira',
            es: 'Nueva respuesta en Inquira',
          }),
          text,
          html,
          primary: 'html',
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'json-typed-answers-definition-titles-country-choice',
    description:
      'webhook mailer "Hooksend" (plain): a pretty-printed survey-style JSON body whose questions are listed once in `definition.fields` (id, ref, title, type) and whose `answers` only point at them by field id, each value under its type (text, email, phone_number, choice for the country, long_text for the message with `\\n` escapes), then `hidden` utm values',
    country: 'field',
    foreign: true,
    optionalMessage: true,
    build({ rng, lang, biz, c, message }) {
      const titles = T(lang, {
        en: [
          'First and last name',
          'Your e-mail',
          'Mobile number',
          'Country you live in',
          'What can we do for you?',
        ],
        de: [
          'Vor- und Nachname',
          'Ihre E-Mail',
          'Handynummer',
          'Wohnsitzland',
          'Was können wir für Sie tun?',
        ],
        fr: [
          'Prénom et nom',
          'Votre e-mail',
          'Numéro de portable',
          'Pays de résidence',
          'Que pouvons-nous faire pour vous ?',
        ],
        es: [
          'Nombre y apellidos',
          'Su e-mail',
          'Número de móvil',
          'País de residencia',
          '¿Qué podemos hacer por usted?',
        ],
      });
      const types = ['short_text', 'email', 'phone_number', 'multiple_choice', 'long_text'];
      const refs = ['full_name', 'email', 'mobile', 'country', 'project'];
      const fields = titles.map((title, i) => ({ id: rng.hex(10), ref: refs[i], title, type: types[i] }));
      const f = (i: number) => ({ id: fields[i]?.id, type: fields[i]?.type, ref: fields[i]?.ref });
      const answers: Record<string, unknown>[] = [{ type: 'text', text: fullName(c), field: f(0) }];
      if (c.email) answers.push({ type: 'email', email: c.email, field: f(1) });
      if (c.phone) answers.push({ type: 'phone_number', phone_number: c.phone.written, field: f(2) });
      answers.push({ type: 'choice', choice: { label: countryOf(lang, c.country) }, field: f(3) });
      if (message) answers.push({ type: 'text', text: message, field: f(4) });
      const body = {
        event_id: rng.hex(16),
        event_type: 'form_response',
        form_response: {
          form_id: rng.hex(8),
          submitted_at: isoStamp(rng),
          definition: {
            title: `${biz.name} – ${T(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' })}`,
            fields,
          },
          answers,
          hidden: { utm_source: rng.pick(['facebook', 'google', 'direct']), utm_medium: 'cpc' },
        },
      };
      return {
        draft: {
          from: { name: 'Hooksend', email: 'deliver@hooksend.example' },
          subject: `[Hooksend] form_response ${body.form_response.form_id}`,
          text: `${JSON.stringify(body, null, 2)}\n`,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'markdown-header-row-table-last-first-blockquote-message',
    description:
      'static-site form relay "Mdform" (plain): one markdown table with the labels as the header row (Last name | First name | E-mail | Phone | Contact by) and the values as its single row, the message as a `>` blockquote below, a footer with site and form key',
    foreign: true,
    needsSurname: true,
    optionalMessage: true,
    caps: true,
    build({ rng, lang, biz, c, message }) {
      const L = T(lang, {
        en: ['Last name', 'First name', 'E-mail', 'Phone', 'Contact by', ['phone', 'e-mail'], 'Message'],
        de: ['Nachname', 'Vorname', 'E-Mail', 'Telefon', 'Kontakt per', ['Telefon', 'E-Mail'], 'Nachricht'],
        fr: ['Nom', 'Prénom', 'E-mail', 'Téléphone', 'Contact par', ['téléphone', 'e-mail'], 'Message'],
        es: ['Apellidos', 'Nombre', 'E-mail', 'Teléfono', 'Contacto por', ['teléfono', 'e-mail'], 'Mensaje'],
      }) as [string, string, string, string, string, string[], string];
      const cells = [
        shown(c, 'last'),
        shown(c, 'first'),
        c.email ?? '',
        c.phone?.written ?? '',
        rng.pick(L[5]),
      ];
      const head = L.slice(0, 5) as string[];
      const text = [
        `## ${biz.name}`,
        '',
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        `| ${cells.join(' | ')} |`,
        '',
        ...(message ? [`**${L[6]}**`, '', ...message.split('\n').map((l) => (l ? `> ${l}` : '>'))] : []),
        '',
        `_site: ${biz.domain} · form key: ${rng.hex(12)}_`,
      ].join('\n');
      return {
        draft: {
          from: { name: 'Mdform', email: 'relay@mdform.example' },
          subject: T(lang, {
            en: 'Form submission from your site',
            de: 'Formulareingang von Ihrer Website',
            fr: 'Envoi de formulaire depuis votre site',
            es: 'Formulario recibido desde su web',
          }),
          text,
        },
      };
    },
  },
  {
    id: 'label-above-value-plain-caps-surname-listing-agent',
    description:
      'events marketplace "Hirehub" (plain): each label on its own line with the value under it ("SURNAME", "First name(s)", "Telephone (day)", "E-mail", "Your enquiry" over several paragraphs), then a "Listing details" block with the listing agent’s name and phone, and a "manage your leads" line',
    foreign: true,
    needsSurname: true,
    caps: true,
    ext: true,
    build({ rng, lang, biz, c, message, staff }) {
      const L = T(lang, {
        en: [
          'SURNAME',
          'First name(s)',
          'Telephone (day)',
          'E-mail',
          'Your enquiry',
          'Listing details',
          'Listing',
          'Listed by',
          'Manage your leads at hirehub.example/leads',
        ],
        de: [
          'NACHNAME',
          'Vorname(n)',
          'Telefon (tagsüber)',
          'E-Mail',
          'Ihre Anfrage',
          'Angaben zum Inserat',
          'Inserat',
          'Inseriert von',
          'Anfragen verwalten unter hirehub.example/leads',
        ],
        fr: [
          'NOM',
          'Prénom(s)',
          'Téléphone (journée)',
          'E-mail',
          'Votre demande',
          "Détails de l'annonce",
          'Annonce',
          'Publiée par',
          'Gérez vos demandes sur hirehub.example/leads',
        ],
        es: [
          'APELLIDOS',
          'Nombre(s)',
          'Teléfono (de día)',
          'E-mail',
          'Su consulta',
          'Datos del anuncio',
          'Anuncio',
          'Publicado por',
          'Gestione sus solicitudes en hirehub.example/leads',
        ],
      });
      const text = [
        T(lang, {
          en: 'New enquiry via Hirehub',
          de: 'Neue Anfrage über Hirehub',
          fr: 'Nouvelle demande via Hirehub',
          es: 'Nueva consulta vía Hirehub',
        }),
        '',
        L[0],
        upper(c.last ?? ''),
        '',
        L[1],
        shown(c, 'first'),
        '',
        L[2],
        phoneShown(c, EXT_WORD[lang]),
        '',
        L[3],
        c.email ?? '',
        '',
        L[4],
        message ?? '',
        '',
        '========================================',
        L[5],
        `${L[6]}: ${biz.name} – ${biz.city} (#HH${rng.digits(6)})`,
        `${L[7]}: ${staff.first} ${staff.last}, ${staff.direct}`,
        '',
        L[8],
      ].join('\n');
      return {
        draft: {
          from: { name: 'Hirehub Leads', email: 'leads@hirehub.example' },
          subject: T(lang, {
            en: `Enquiry for ${biz.name}`,
            de: `Anfrage zu ${biz.name}`,
            fr: `Demande pour ${biz.name}`,
            es: `Consulta para ${biz.name}`,
          }),
          text,
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'csv-att-comma-export-full-name-country',
    description:
      'spreadsheet form "Sheetbird" (HTML note): `responses.csv` attached (comma, quoted; Windows-1252 or UTF-8 following the email) with header "Submitted at,Full name,E-mail,Mobile,Country,Message" and one row, the message a quoted multi-line cell',
    country: 'field',
    foreign: true,
    optionalMessage: true,
    build({ rng, lang, biz, c, message, charset }) {
      const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const csv = `Submitted at,Full name,E-mail,Mobile,Country,Message\n${[isoStamp(rng), fullName(c), c.email ?? '', c.phone?.written ?? '', countryOf(lang, c.country), message ?? ''].map(q).join(',')}\n`;
      const html = `<p>${esc(T(lang, { en: `1 new response to “${biz.name} enquiries”. The export is attached.`, de: `1 neue Antwort auf „${biz.name} Anfragen“. Der Export hängt an.`, fr: `1 nouvelle réponse à « Demandes ${biz.name} ». L’export est joint.`, es: `1 nueva respuesta a «Consultas ${biz.name}». Se adjunta la exportación.` }))}</p><p style="color:#777">Sheetbird</p>`;
      return {
        draft: {
          from: { name: 'Sheetbird', email: 'exports@sheetbird.example' },
          subject: T(lang, {
            en: 'New response (CSV attached)',
            de: 'Neue Antwort (CSV im Anhang)',
            fr: 'Nouvelle réponse (CSV joint)',
            es: 'Nueva respuesta (CSV adjunto)',
          }),
          html,
          attachments: [attachment('responses.csv', 'text/csv', csv, { charset })],
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'vcard4-and-txt-att-callback-no-message',
    description:
      'call-back widget "Callcue" (plain): a short note, `caller.vcf` (vCard 4.0 with N, FN, TEL;VALUE=uri:tel:+…, EMAIL) and `callback.txt` (preferred time window, page, widget id); no message',
    foreign: true,
    noMessage: true,
    needsPhone: true,
    caps: true,
    e164Only: true,
    build({ rng, lang, c }) {
      const n = c.caps ? [upper(c.last ?? ''), upper(c.first)] : [c.last ?? '', c.first];
      const vcf = [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `N:${n[0]};${n[1]};;;`,
        `FN:${c.caps ? upper(fullName(c)) : fullName(c)}`,
        `TEL;TYPE=cell;VALUE=uri:tel:${c.phone?.e164 ?? ''}`,
        ...(c.email ? [`EMAIL:${c.email}`] : []),
        `REV:${isoStamp(rng).replace(/[-:]/g, '')}`,
        'END:VCARD',
        '',
      ].join('\n');
      const slot = `${rng.int(8, 17)}:00–${rng.int(18, 20)}:00`;
      const txt = T(lang, {
        en: `Call-back request\nPreferred time: ${slot}\nPage: /pricing\nWidget: RB-${rng.digits(5)}\n`,
        de: `Rückrufwunsch\nBevorzugte Zeit: ${slot}\nSeite: /preise\nWidget: RB-${rng.digits(5)}\n`,
        fr: `Demande de rappel\nCréneau souhaité : ${slot}\nPage : /tarifs\nWidget : RB-${rng.digits(5)}\n`,
        es: `Solicitud de llamada\nHorario preferido: ${slot}\nPágina: /precios\nWidget: RB-${rng.digits(5)}\n`,
      });
      const text = T(lang, {
        en: 'Someone asked you to call them back. Their card and the request are attached.\n\nCallcue',
        de: 'Jemand bittet um Rückruf. Visitenkarte und Anfrage hängen an.\n\nCallcue',
        fr: 'Un visiteur demande à être rappelé. Sa fiche contact et la demande sont jointes.\n\nCallcue',
        es: 'Alguien pidió que le devuelvan la llamada. Se adjuntan su tarjeta y la solicitud.\n\nCallcue',
      });
      return {
        draft: {
          from: { name: 'Callcue', email: 'calls@callcue.example' },
          subject: T(lang, {
            en: 'Call-back request',
            de: 'Rückrufwunsch',
            fr: 'Demande de rappel',
            es: 'Solicitud de llamada',
          }),
          text,
          attachments: [
            attachment('caller.vcf', 'text/vcard', vcf, { charset: 'utf-8' }),
            attachment('callback.txt', 'text/plain', txt, { charset: 'utf-8', transfer: 'quoted-printable' }),
          ],
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'adf-att-marketplace-enquiry-vendor-contact',
    description:
      'events marketplace "Venuebase" (plain summary): `enquiry.adf.xml` attached (ADF 1.0: `<customer><contact>` with `<name part="full">`, email, phone, `<comments>`), the business as `<vendor>` with its staff contact, Venuebase as `<provider>`',
    foreign: true,
    build({ rng, lang, biz, c, message, staff }) {
      const x = (s: string) => esc(s);
      const adf = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="venuebase">VB-${rng.digits(8)}</id>
    <requestdate>${isoStamp(rng)}</requestdate>
    <customer>
      <contact>
        <name part="full">${x(fullName(c))}</name>
        <email>${x(c.email ?? '')}</email>
        <phone type="voice">${x(c.phone?.written ?? '')}</phone>
      </contact>
      <comments>${x(message ?? '')}</comments>
    </customer>
    <vendor>
      <vendorname>${x(biz.name)}</vendorname>
      <contact primarycontact="1">
        <name part="full">${x(`${staff.first} ${staff.last}`)}</name>
        <email>${x(biz.inbox)}</email>
        <phone type="voice">${x(staff.direct)}</phone>
      </contact>
    </vendor>
    <provider>
      <name part="full">Venuebase</name>
      <url>https://venuebase.example</url>
    </provider>
  </prospect>
</adf>
`;
      const text = T(lang, {
        en: `New enquiry for ${biz.name} on Venuebase. The lead is attached in ADF format for your CRM.\n\nVenuebase Partner Support`,
        de: `Neue Anfrage für ${biz.name} auf Venuebase. Der Lead hängt im ADF-Format für Ihr CRM an.\n\nVenuebase Partner-Support`,
        fr: `Nouvelle demande pour ${biz.name} sur Venuebase. La demande est jointe au format ADF pour votre CRM.\n\nSupport partenaires Venuebase`,
        es: `Nueva consulta para ${biz.name} en Venuebase. El contacto va adjunto en formato ADF para su CRM.\n\nSoporte a socios de Venuebase`,
      });
      return {
        draft: {
          from: { name: 'Venuebase', email: 'partners@venuebase.example' },
          subject: T(lang, {
            en: 'Venuebase lead (ADF)',
            de: 'Venuebase-Lead (ADF)',
            fr: 'Demande Venuebase (ADF)',
            es: 'Contacto Venuebase (ADF)',
          }),
          text,
          attachments: [attachment('enquiry.adf.xml', 'application/xml', adf, { charset: 'utf-8' })],
        },
        others: [`${staff.first} ${staff.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
];
