/** Web-form notifications: form builders, sector systems and marketplaces. */
import {
  type Body,
  esc,
  htmlLines,
  htmlParagraphs,
  type LeadLayout,
  orDash,
  tr,
  wrapHtml,
} from './layout.js';

const both = (html: string, text: string, body: Body) =>
  body === 'html' ? { html } : body === 'plain' ? { text } : { html, text };

export const FORM_LAYOUTS: LeadLayout[] = [
  {
    id: 'cards-label-above',
    description:
      'form builder "Formwerk": each answer in its own card, the label in small grey type above the value; builder support address and phone in the footer',
    count: 14,
    build({ rng, lang, biz, person, message, phone, hasEmail }) {
      const rows: [string, string][] = [
        [tr(lang, 'Your name', 'Ihr Name', 'Votre nom', 'Tu nombre'), person.full],
        [
          tr(lang, 'Email address', 'E-Mail-Adresse', 'Adresse e-mail', 'Correo electrónico'),
          orDash(hasEmail ? person.email : null),
        ],
        [
          tr(lang, 'Phone number', 'Telefonnummer', 'Numéro de téléphone', 'Número de teléfono'),
          orDash(phone),
        ],
        [
          tr(
            lang,
            'How can we help?',
            'Wie können wir helfen?',
            'Comment pouvons-nous vous aider ?',
            '¿En qué podemos ayudarte?',
          ),
          orDash(message),
        ],
        [
          tr(
            lang,
            'How did you hear about us?',
            'Wie sind Sie auf uns aufmerksam geworden?',
            'Comment nous avez-vous connus ?',
            '¿Cómo nos conociste?',
          ),
          rng.pick([
            'Google',
            'Instagram',
            tr(lang, 'A friend', 'Empfehlung', 'Bouche-à-oreille', 'Recomendación'),
          ]),
        ],
      ];
      const cards = rows
        .map(
          ([l, v]) =>
            `<div style="border:1px solid #e3e3e3;border-radius:6px;padding:10px;margin:8px 0">\n<div style="color:#888;font-size:11px;text-transform:uppercase">${esc(l)}</div>\n<div style="font-size:15px">${htmlLines(v)}</div>\n</div>`,
        )
        .join('\n');
      const support = '+1 646 555 0187';
      const head = tr(lang, 'New entry', 'Neuer Eintrag', 'Nouvelle entrée', 'Nueva entrada');
      const html = wrapHtml(
        `<h2>${head}: ${esc(tr(lang, 'Contact form', 'Kontaktformular', 'Formulaire de contact', 'Formulario de contacto'))} – ${esc(biz.name)}</h2>\n${cards}\n<p style="color:#999;font-size:11px">Formwerk · help@formwerk.example · ${support}<br>${tr(lang, 'You receive this because you are the owner of this form.', 'Sie erhalten diese E-Mail als Inhaber dieses Formulars.', 'Vous recevez cet e-mail car vous êtes propriétaire de ce formulaire.', 'Recibes este correo porque eres el propietario de este formulario.')}</p>`,
      );
      const text = `${head}\n\n${rows.map(([l, v]) => `${l}\n${v}\n`).join('\n')}\n--\nFormwerk · help@formwerk.example · ${support}`;
      return {
        draft: {
          from: { name: 'Formwerk', email: 'no-reply@formwerk.example' },
          replyTo: hasEmail ? { email: person.email } : undefined,
          subject: `${head}: ${tr(lang, 'Contact form', 'Kontaktformular', 'Formulaire de contact', 'Formulario de contacto')}`,
          ...both(html, text, rng.pick(['html', 'alt'] as Body[])),
        },
        others: [],
      };
    },
  },
  {
    id: 'nested-tables-sections',
    description:
      'HTML nested tables with section header rows (contact, request, technical); first and last name apart, dialling code in its own field before the number, submission IP and page',
    count: 14,
    build({ rng, lang, biz, person, message, phone, hasEmail }) {
      const intl = person.phone.international;
      const code = intl.split(' ')[0] ?? '';
      const rest = intl.slice(code.length + 1);
      const phoneShown = phone ? rest : '';
      const sec = (t: string) =>
        `<tr><td colspan="2" style="background:#234;color:#fff;padding:6px"><b>${esc(t)}</b></td></tr>`;
      const row = (l: string, v: string) =>
        `<tr><td style="width:35%;padding:4px"><table><tr><td><b>${esc(l)}</b></td></tr></table></td><td style="padding:4px"><table><tr><td>${htmlLines(v)}</td></tr></table></td></tr>`;
      const inner = [
        sec(tr(lang, 'Contact details', 'Kontaktdaten', 'Coordonnées', 'Datos de contacto')),
        row(tr(lang, 'First name', 'Vorname', 'Prénom', 'Nombre'), person.first),
        row(tr(lang, 'Last name', 'Nachname', 'Nom', 'Apellidos'), person.last),
        row('E-mail', hasEmail ? person.email : ''),
        row(tr(lang, 'Dialling code', 'Ländervorwahl', 'Indicatif', 'Prefijo'), phone ? code : ''),
        row(tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono'), phoneShown),
        sec(tr(lang, 'Your request', 'Ihre Anfrage', 'Votre demande', 'Tu solicitud')),
        row(tr(lang, 'Message', 'Nachricht', 'Message', 'Mensaje'), message ?? ''),
        sec(tr(lang, 'Technical', 'Technisch', 'Technique', 'Técnico')),
        row('IP', `203.0.113.${rng.int(2, 250)}`),
        row(
          tr(lang, 'Page', 'Seite', 'Page', 'Página'),
          `https://www.${biz.domain}/${tr(lang, 'contact', 'kontakt', 'contact', 'contacto')}`,
        ),
      ].join('\n');
      const html = wrapHtml(
        `<table width="600" cellpadding="0" cellspacing="0" border="1"><tr><td><table width="100%">\n${inner}\n</table></td></tr></table>`,
      );
      const text = [
        tr(lang, 'Contact details', 'Kontaktdaten', 'Coordonnées', 'Datos de contacto'),
        `${tr(lang, 'First name', 'Vorname', 'Prénom', 'Nombre')}: ${person.first}`,
        `${tr(lang, 'Last name', 'Nachname', 'Nom', 'Apellidos')}: ${person.last}`,
        `E-mail: ${hasEmail ? person.email : ''}`,
        `${tr(lang, 'Dialling code', 'Ländervorwahl', 'Indicatif', 'Prefijo')}: ${phone ? code : ''}`,
        `${tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono')}: ${phoneShown}`,
        '',
        `${tr(lang, 'Message', 'Nachricht', 'Message', 'Mensaje')}:`,
        message ?? '',
      ].join('\n');
      return {
        draft: {
          from: { name: biz.name, email: `website@${biz.domain}` },
          subject: tr(
            lang,
            'Website enquiry',
            'Anfrage über die Website',
            'Demande depuis le site',
            'Consulta desde la web',
          ),
          ...both(html, text, rng.pick(['html', 'alt'] as Body[])),
        },
        pii: phone ? [rest] : [],
        others: [],
      };
    },
  },
  {
    id: 'viewing-request',
    description:
      'estate-agency software "viewing request": listing block with reference and price, the "applicant" with their buying position and preferred viewing slots, the negotiator with direct line beside the agency’s own number, portal legal footer',
    count: 13,
    kinds: ['property'],
    build({ rng, lang, biz, person, staff, message, phone, hasEmail }) {
      const ref = `${tr(lang, 'REF', 'OBJ', 'RÉF', 'REF')}-${rng.int(10000, 99999)}`;
      const price = tr(lang, '£1,450 pcm', '1.280 € kalt', '1 150 € CC', '1.100 €/mes');
      const pos = tr(
        lang,
        'First-time buyer',
        'Mieter, keine Haustiere',
        'Locataire, CDI',
        'Inquilino, contrato fijo',
      );
      const slots = tr(
        lang,
        'Weekday evenings, Saturday morning',
        'Werktags ab 17 Uhr',
        'Le samedi matin',
        'Entre semana por la tarde',
      );
      const lines: [string, string][] = [
        [tr(lang, 'Applicant', 'Interessent', 'Candidat', 'Interesado'), person.full],
        [
          tr(lang, 'Applicant email', 'E-Mail Interessent', 'E-mail du candidat', 'Correo del interesado'),
          orDash(hasEmail ? person.email : null),
        ],
        [
          tr(lang, 'Applicant phone', 'Telefon Interessent', 'Tél. du candidat', 'Teléfono del interesado'),
          orDash(phone),
        ],
        [tr(lang, 'Position', 'Situation', 'Situation', 'Situación'), pos],
        [
          tr(lang, 'Preferred viewing times', 'Wunschtermine', 'Créneaux souhaités', 'Horarios preferidos'),
          slots,
        ],
      ];
      const listing = `${ref} · ${tr(lang, '14 Mill Lane, Ashford', 'Gartenstraße 12, München', '8 rue des Tanneurs, Bordeaux', 'Calle Mayor 27, Madrid')} · ${price}`;
      const agent = `${tr(lang, 'Negotiator', 'Ansprechpartner', 'Négociateur', 'Agente')}: ${staff.name} · ${tr(lang, 'Direct', 'Durchwahl', 'Ligne directe', 'Directo')} ${staff.phone} · ${biz.name} ${biz.phone}`;
      const comments = tr(
        lang,
        'Applicant comments',
        'Nachricht des Interessenten',
        'Commentaires du candidat',
        'Comentarios del interesado',
      );
      const legal = tr(
        lang,
        'Viewings are arranged subject to availability. Keyhold Agent Desk, registered in England 09876543. Manage your leads at agentdesk.example/leads',
        'Besichtigungen nach Verfügbarkeit. Keyhold Agent Desk GmbH, HRB 12345. Leads verwalten: agentdesk.example/leads',
        'Visites sous réserve de disponibilité. Keyhold Agent Desk SAS, RCS 123 456 789. Gérez vos contacts : agentdesk.example/leads',
        'Visitas sujetas a disponibilidad. Keyhold Agent Desk S.L., CIF B12345678. Gestiona tus contactos: agentdesk.example/leads',
      );
      const text = `${tr(lang, 'Viewing request', 'Besichtigungsanfrage', 'Demande de visite', 'Solicitud de visita')}\n${listing}\n${agent}\n\n${lines.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${comments}:\n${message ?? tr(lang, '(none)', '(keine)', '(aucun)', '(ninguno)')}\n\n${legal}`;
      const html = wrapHtml(
        `<h3>${tr(lang, 'Viewing request', 'Besichtigungsanfrage', 'Demande de visite', 'Solicitud de visita')}</h3>\n<p style="background:#f4f4f4;padding:8px">${esc(listing)}<br>${esc(agent)}</p>\n<table>${lines.map(([l, v]) => `<tr><td><b>${esc(l)}</b></td><td>${esc(v)}</td></tr>`).join('\n')}</table>\n<h4>${esc(comments)}</h4>\n${message ? htmlParagraphs(message) : `<p>${tr(lang, '(none)', '(keine)', '(aucun)', '(ninguno)')}</p>`}\n<p style="font-size:10px;color:#777">${esc(legal)}</p>`,
      );
      return {
        draft: {
          from: { name: 'Keyhold Agent Desk', email: 'notifications@agentdesk.example' },
          subject: `${tr(lang, 'Viewing request', 'Besichtigungsanfrage', 'Demande de visite', 'Solicitud de visita')} ${ref}`,
          ...both(html, text, rng.pick(['html', 'plain', 'alt'] as Body[])),
        },
        others: [staff.name],
      };
    },
  },
  {
    id: 'testdrive-oem',
    description:
      'car maker test-drive booking routed to the dealer: model, dealer code, "Mob." and "Tel. (home)" abbreviations, names often in capitals, the assigned sales consultant, the maker’s customer-care hotline',
    count: 13,
    kinds: ['auto'],
    build({ rng, lang, biz, person, staff, message, phone, hasEmail }) {
      const caps = rng.chance(0.5);
      const first = caps ? person.first.toUpperCase() : person.first;
      const last = caps ? person.last.toUpperCase() : person.last;
      const model = rng.pick(['Vantor e-Cross 4x4', 'Vantor Linea Hybrid', 'Vantor Strada GT']);
      const lines = [
        `${tr(lang, 'TEST DRIVE REQUEST', 'PROBEFAHRT-ANFRAGE', 'DEMANDE D’ESSAI', 'SOLICITUD DE PRUEBA')} – Vantor Motors`,
        `${tr(lang, 'Dealer code', 'Händlernummer', 'Code concession', 'Código de concesionario')}: VM-${rng.int(1000, 9999)}  (${biz.name})`,
        `${tr(lang, 'Model', 'Modell', 'Modèle', 'Modelo')}: ${model}`,
        `${tr(lang, 'Preferred date', 'Wunschtermin', 'Date souhaitée', 'Fecha preferida')}: ${rng.int(1, 28)}.${rng.int(1, 12)}.2027`,
        '',
        `${tr(lang, 'Salutation', 'Anrede', 'Civilité', 'Tratamiento')}: ${tr(lang, rng.pick(['Mr', 'Ms']), rng.pick(['Herr', 'Frau']), rng.pick(['M.', 'Mme']), rng.pick(['Sr.', 'Sra.']))}`,
        `${tr(lang, 'First name', 'Vorname', 'Prénom', 'Nombre')}: ${first}`,
        `${tr(lang, 'Surname', 'Nachname', 'Nom', 'Apellidos')}: ${last}`,
        `Mob.: ${orDash(phone)}`,
        `${tr(lang, 'Tel. (home)', 'Tel. (privat)', 'Tél. (domicile)', 'Tel. (casa)')}: -`,
        `E-Mail: ${orDash(hasEmail ? person.email : null)}`,
        `${tr(lang, 'Remarks', 'Bemerkungen', 'Remarques', 'Observaciones')}: ${message ? `\n${message}` : '-'}`,
        '',
        `${tr(lang, 'Assigned sales consultant', 'Zuständiger Verkaufsberater', 'Conseiller commercial', 'Asesor asignado')}: ${staff.name.toUpperCase()} (${staff.phone})`,
        '',
        `Vantor ${tr(lang, 'Customer Care', 'Kundenbetreuung', 'Service clients', 'Atención al cliente')}: +49 800 330 4400 · dealer-support@vantor.example`,
      ];
      const text = lines.join('\n');
      const html = wrapHtml(`<pre style="font-family:Consolas,monospace">${esc(text)}</pre>`);
      return {
        draft: {
          from: { name: 'Vantor Motors Dealer Leads', email: 'leads@vantor.example' },
          subject: `${tr(lang, 'Test drive', 'Probefahrt', 'Essai', 'Prueba de manejo')}: ${model} – ${last}`,
          ...both(html, text, rng.pick(['plain', 'alt'] as Body[])),
        },
        pii: caps ? [first, last, `${first} ${last}`] : [],
        others: [staff.name],
      };
    },
  },
  {
    id: 'home-services-match',
    description:
      'home-services marketplace "you have a new customer match": the customer’s answers to the job questions (questions as labels), contact revealed below, credits charged, manage-your-leads and support line',
    count: 13,
    kinds: ['trades'],
    build({ rng, lang, person, message, phone, hasEmail }) {
      const qa: [string, string][] = [
        [
          tr(
            lang,
            'What do you need help with?',
            'Wobei brauchen Sie Hilfe?',
            'De quoi avez-vous besoin ?',
            '¿Con qué necesitas ayuda?',
          ),
          tr(lang, 'Plumbing / heating', 'Elektroinstallation', 'Chauffage', 'Climatización'),
        ],
        [
          tr(
            lang,
            'When do you need it done?',
            'Wann soll es erledigt werden?',
            'Pour quand ?',
            '¿Para cuándo?',
          ),
          tr(lang, 'Within 2 weeks', 'In den nächsten 2 Wochen', 'Sous 2 semaines', 'En 2 semanas'),
        ],
        [
          tr(
            lang,
            'Tell the pro more about the job',
            'Beschreiben Sie den Auftrag',
            'Décrivez votre projet',
            'Cuéntale más al profesional',
          ),
          orDash(message),
        ],
        [tr(lang, 'Postcode', 'PLZ', 'Code postal', 'Código postal'), String(rng.int(10000, 98999))],
      ];
      const contact: [string, string][] = [
        [tr(lang, 'Customer', 'Kunde', 'Client', 'Cliente'), person.full],
        [
          tr(
            lang,
            'How can the pro reach you?',
            'Wie erreicht Sie der Fachbetrieb?',
            'Comment le pro peut-il vous joindre ?',
            '¿Cómo te contacta el profesional?',
          ),
          orDash(phone),
        ],
        ['E-mail', orDash(hasEmail ? person.email : null)],
      ];
      const credits = rng.int(3, 12);
      const foot = tr(
        lang,
        `${credits} credits were charged for this match. Manage your leads in the FixMatch app. Help: 0800 048 7733`,
        `Für diesen Kontakt wurden ${credits} Credits berechnet. Leads verwalten in der FixMatch-App. Hilfe: 0800 048 7733`,
        `${credits} crédits ont été débités. Gérez vos demandes dans l’app FixMatch. Aide : 0800 048 7733`,
        `Se han descontado ${credits} créditos. Gestiona tus contactos en la app FixMatch. Ayuda: 0800 048 7733`,
      );
      const dl = (rows: [string, string][]) =>
        rows.map(([q, a]) => `<p><b>${esc(q)}</b><br>${htmlLines(a)}</p>`).join('\n');
      const html = wrapHtml(
        `<h2>${tr(lang, 'You have a new customer match!', 'Neuer Kunde für Sie!', 'Nouveau client pour vous !', '¡Tienes un nuevo cliente!')}</h2>\n${dl(qa)}\n<hr>\n${dl(contact)}\n<p style="font-size:11px">${esc(foot)}</p>`,
      );
      const text = `${[...qa, ...contact].map(([q, a]) => `${q}\n${a}`).join('\n\n')}\n\n${foot}`;
      return {
        draft: {
          from: { name: 'FixMatch', email: 'matches@fixmatch.example' },
          subject: tr(
            lang,
            'New customer match near you',
            'Neuer Auftrag in Ihrer Nähe',
            'Nouvelle demande près de chez vous',
            'Nuevo cliente cerca de ti',
          ),
          ...both(html, text, rng.pick(['html', 'alt'] as Body[])),
        },
        others: [],
      };
    },
  },
  {
    id: 'legal-intake',
    description:
      'law-firm intake questionnaire: "(required)" markers, questions as labels, "Tel." label, the opposing party’s name for the conflict check, intake coordinator’s signature with direct line',
    count: 13,
    kinds: ['legal'],
    needsEmail: true,
    build({ rng, lang, person, staff, other, message, phone, hasEmail }) {
      const req = tr(lang, '(required)', '(Pflichtfeld)', '(obligatoire)', '(obligatorio)');
      const rows: [string, string][] = [
        [
          `${tr(lang, 'Your full name', 'Ihr vollständiger Name', 'Vos nom et prénom', 'Nombre completo')} ${req}`,
          person.full,
        ],
        ['Tel.', orDash(phone)],
        [`E-mail ${req}`, hasEmail ? person.email : ''],
        [
          tr(
            lang,
            'Name of the other party (for our conflict check)',
            'Name der Gegenseite (Kollisionsprüfung)',
            'Nom de la partie adverse (conflit d’intérêts)',
            'Nombre de la parte contraria (conflicto de intereses)',
          ),
          other.name,
        ],
        [
          `${tr(lang, 'Briefly describe your matter', 'Schildern Sie kurz Ihr Anliegen', 'Décrivez brièvement votre situation', 'Describa brevemente su caso')} ${req}`,
          orDash(message),
        ],
        [
          tr(lang, 'Is there a deadline?', 'Gibt es eine Frist?', 'Y a-t-il un délai ?', '¿Hay algún plazo?'),
          tr(lang, 'Not that I know of', 'Nicht bekannt', 'Pas à ma connaissance', 'No que yo sepa'),
        ],
      ];
      const sig = `${staff.name}\n${tr(lang, 'Client intake coordinator', 'Mandatsannahme', 'Accueil des nouveaux clients', 'Coordinación de nuevos clientes')}\nTel. ${staff.phone}`;
      const text = `${rows.map(([l, v]) => `${l}:\n${v}`).join('\n\n')}\n\n--\n${sig}`;
      const html = wrapHtml(
        `${rows.map(([l, v]) => `<p><strong>${esc(l)}:</strong><br>${htmlLines(v)}</p>`).join('\n')}\n<p>--<br>${htmlLines(sig)}</p>`,
      );
      return {
        draft: {
          from: { name: staff.name, email: staff.email },
          subject: tr(
            lang,
            'New intake questionnaire',
            'Neuer Mandatsfragebogen',
            'Nouveau questionnaire d’accueil',
            'Nuevo cuestionario de consulta',
          ),
          ...(rng.chance(0.5) ? { text } : { html }),
        },
        others: [staff.name, other.name],
      };
    },
  },
  {
    id: 'education-enrolment',
    description:
      'language-school course enquiry: the "applicant" with date of birth, course and start date, an optional parent field left empty, admissions officer signature',
    count: 12,
    kinds: ['school'],
    build({ rng, lang, person, staff, message, phone, hasEmail }) {
      const rows: [string, string][] = [
        [
          tr(lang, 'Course', 'Kurs', 'Cours', 'Curso'),
          tr(
            lang,
            'Spanish A1 – evenings',
            'Französisch A2 – abends',
            'Anglais B1 – soir',
            'Inglés B1 – tarde',
          ),
        ],
        [
          tr(lang, 'Start', 'Beginn', 'Début', 'Inicio'),
          tr(lang, 'January intake', 'Januar', 'janvier', 'enero'),
        ],
        [
          tr(lang, 'Applicant name', 'Name Teilnehmer/in', 'Nom de l’élève', 'Nombre del alumno'),
          person.full,
        ],
        [
          tr(lang, 'Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento'),
          `${rng.int(10, 28)}.0${rng.int(1, 9)}.${rng.int(1970, 2004)}`,
        ],
        [tr(lang, 'Applicant email', 'E-Mail', 'E-mail', 'Correo'), hasEmail ? person.email : ''],
        [tr(lang, 'Applicant mobile', 'Mobil', 'Portable', 'Móvil'), phone ?? ''],
        [
          tr(
            lang,
            'Parent/guardian (if under 18)',
            'Erziehungsberechtigte/r (unter 18)',
            'Parent (si mineur)',
            'Tutor (si es menor)',
          ),
          '',
        ],
        [
          tr(
            lang,
            'Questions or comments',
            'Fragen oder Anmerkungen',
            'Questions ou remarques',
            'Preguntas o comentarios',
          ),
          message ?? '',
        ],
      ];
      const text = `${rows.map(([l, v]) => `${l}: ${v.includes('\n') ? `\n${v}` : v}`).join('\n')}\n\n${tr(lang, 'Admissions', 'Kursberatung', 'Inscriptions', 'Admisiones')}: ${staff.name}, ${staff.phone}`;
      const html = wrapHtml(
        `<table border="0">${rows.map(([l, v]) => `<tr><th align="left" valign="top">${esc(l)}</th><td>${htmlLines(v)}</td></tr>`).join('\n')}</table>\n<p>${tr(lang, 'Admissions', 'Kursberatung', 'Inscriptions', 'Admisiones')}: ${esc(staff.name)}, ${esc(staff.phone)}</p>`,
      );
      return {
        draft: {
          from: { name: 'Enrol Online', email: 'noreply@enrol-online.example' },
          subject: tr(
            lang,
            'Course enquiry received',
            'Kursanfrage eingegangen',
            'Demande d’inscription reçue',
            'Solicitud de información recibida',
          ),
          ...(rng.chance(0.5) ? { text } : { text, html }),
        },
        others: [staff.name],
      };
    },
  },
  {
    id: 'catering-order',
    description:
      'caterer’s order-request form in plain text: event date, guest count, dietary needs, "Phone #", the free-text "Anything else we should know?", the kitchen manager’s signature and the caterer’s own number',
    count: 13,
    kinds: ['hospitality'],
    build({ rng, lang, biz, person, staff, message, phone, hasEmail }) {
      const text = [
        `${tr(lang, 'Catering request', 'Catering-Anfrage', 'Demande de traiteur', 'Solicitud de catering')} – ${biz.name} (${biz.phone})`,
        '',
        `${tr(lang, 'Event date', 'Datum der Feier', 'Date de l’événement', 'Fecha del evento')}: ${rng.int(1, 28)}/${rng.int(1, 12)}/2027`,
        `${tr(lang, 'Number of guests', 'Anzahl Gäste', 'Nombre d’invités', 'Número de invitados')}: ${rng.int(15, 120)}`,
        `${tr(lang, 'Dietary requirements', 'Unverträglichkeiten', 'Régimes particuliers', 'Necesidades alimentarias')}: ${rng.pick(['vegetarian x4', 'gluten-free', '-'])}`,
        `${tr(lang, 'Contact name', 'Ansprechpartner', 'Nom du contact', 'Nombre de contacto')}: ${person.full}`,
        `${tr(lang, 'Phone #', 'Tel. #', 'Tél. #', 'Tel. #')}: ${orDash(phone)}`,
        `E-mail: ${orDash(hasEmail ? person.email : null)}`,
        `${tr(lang, 'Anything else we should know?', 'Möchten Sie uns noch etwas mitteilen?', 'Autre chose à nous signaler ?', '¿Algo más que debamos saber?')}`,
        message ?? '-',
        '',
        '--',
        `${staff.name} · ${tr(lang, 'Kitchen & events manager', 'Küchen- und Eventleitung', 'Chef de cuisine et événements', 'Jefe de cocina y eventos')}`,
        `${biz.name} · ${biz.phone}`,
      ].join('\n');
      return {
        draft: {
          from: { name: `${biz.name} Website`, email: `wordpress@${biz.domain}` },
          subject: tr(
            lang,
            'New catering request',
            'Neue Catering-Anfrage',
            'Nouvelle demande traiteur',
            'Nueva solicitud de catering',
          ),
          text,
        },
        others: [staff.name],
      };
    },
  },
  {
    id: 'b2b-demo-request',
    description:
      'software demo request: work email, company, job title, team size, a country drop-down and a phone with extension, "Tell us about your use case", the SDR the lead was routed to, marketing-automation footer',
    count: 13,
    kinds: ['software'],
    build({ rng, lang, person, staff, message, phone, hasEmail }) {
      const ext = rng.int(10, 499);
      const extWord = tr(lang, 'ext.', 'Durchwahl', 'poste', 'ext.');
      const phoneShown = phone ? (rng.chance(0.5) ? `${phone} ${extWord} ${ext}` : phone) : '';
      const countries: Record<string, string> = {
        GB: 'United Kingdom',
        US: 'United States',
        IE: 'Ireland',
        NZ: 'New Zealand',
        DE: 'Deutschland',
        AT: 'Österreich',
        CH: 'Schweiz',
        FR: 'France',
        BE: 'Belgique',
        ES: 'España',
        MX: 'México',
        CO: 'Colombia',
      };
      const country = countries[person.phone.country] ?? '';
      const rows: [string, string][] = [
        [tr(lang, 'First name', 'Vorname', 'Prénom', 'Nombre'), person.first],
        [tr(lang, 'Last name', 'Nachname', 'Nom', 'Apellido'), person.last],
        [
          tr(lang, 'Work email', 'Geschäftliche E-Mail', 'E-mail professionnel', 'Correo corporativo'),
          hasEmail ? person.email : '',
        ],
        [
          tr(lang, 'Company', 'Firma', 'Société', 'Empresa'),
          rng.pick(['Northwind Ltd', 'Brightline GmbH', 'Atelier Verre SARL', 'Grupo Sierra']),
        ],
        [
          tr(lang, 'Job title', 'Position', 'Fonction', 'Cargo'),
          rng.pick(['Operations Manager', 'Head of IT', 'CFO']),
        ],
        [
          tr(lang, 'Team size', 'Teamgröße', 'Taille de l’équipe', 'Tamaño del equipo'),
          rng.pick(['11-50', '51-200', '1-10']),
        ],
        [tr(lang, 'Country', 'Land', 'Pays', 'País'), country],
        [tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono'), phoneShown],
        [
          tr(
            lang,
            'Tell us about your use case',
            'Erzählen Sie uns von Ihrem Vorhaben',
            'Parlez-nous de votre projet',
            'Cuéntanos tu caso de uso',
          ),
          message ?? '',
        ],
      ];
      const routed = `${tr(lang, 'Routed to', 'Zugewiesen an', 'Attribué à', 'Asignado a')}: ${staff.name} (SDR) · ${staff.phone}`;
      const html = wrapHtml(
        `<p>${tr(lang, 'A new demo request was submitted.', 'Eine neue Demo-Anfrage ist eingegangen.', 'Une nouvelle demande de démo a été envoyée.', 'Se ha recibido una nueva solicitud de demo.')}</p>\n<table cellpadding="4" style="border-collapse:collapse">${rows.map(([l, v]) => `<tr><td style="border-bottom:1px solid #ddd;color:#555">${esc(l)}</td><td style="border-bottom:1px solid #ddd">${htmlLines(v)}</td></tr>`).join('\n')}</table>\n<p>${esc(routed)}</p>\n<p style="font-size:10px;color:#999">Sent by Pipewise Marketing Automation · 500 Market St, San Francisco · +1 415 555 0100</p>`,
      );
      const text = `${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${routed}\n\nSent by Pipewise Marketing Automation · +1 415 555 0100`;
      return {
        draft: {
          from: { name: 'Pipewise', email: 'alerts@pipewise.example' },
          subject: tr(
            lang,
            'New demo request',
            'Neue Demo-Anfrage',
            'Nouvelle demande de démo',
            'Nueva solicitud de demo',
          ),
          ...both(html, text, rng.pick(['html', 'alt'] as Body[])),
        },
        pii: phoneShown ? [phoneShown] : [],
        others: [staff.name],
      };
    },
  },
  {
    id: 'trial-class-booking',
    description:
      'gym trial booking: class, coach, the member’s first name only (sometimes with surname), "Mob." label, fitness goal as the message, club front-desk number',
    count: 12,
    kinds: ['fitness'],
    build({ rng, lang, biz, person, staff, message, phone, hasEmail }) {
      const single = rng.chance(0.35);
      const name = single ? person.first : person.full;
      const rows: [string, string][] = [
        [
          tr(lang, 'Class', 'Kurs', 'Cours', 'Clase'),
          rng.pick(['HIIT 45', 'Spinning', 'Pilates Mat', 'Boxfit']),
        ],
        [tr(lang, 'Coach', 'Trainer/in', 'Coach', 'Entrenador/a'), staff.name],
        [tr(lang, 'When', 'Wann', 'Quand', 'Cuándo'), `${rng.pick(['Mon', 'Wed', 'Sat'])} 18:30`],
        [tr(lang, 'Guest', 'Gast', 'Invité', 'Invitado'), name],
        ['Mob.', orDash(phone)],
        ['E-mail', orDash(hasEmail ? person.email : null)],
        [tr(lang, 'Your goal', 'Ihr Ziel', 'Votre objectif', 'Tu objetivo'), orDash(message)],
      ];
      const foot = `${biz.name} · ${tr(lang, 'Front desk', 'Empfang', 'Accueil', 'Recepción')} ${biz.phone}`;
      const text = `${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${foot}`;
      const html = wrapHtml(
        `<ul>${rows.map(([l, v]) => `<li><b>${esc(l)}</b>: ${htmlLines(v)}</li>`).join('\n')}</ul>\n<p>${esc(foot)}</p>`,
      );
      return {
        draft: {
          from: { name: 'ClassPilot', email: 'bookings@classpilot.example' },
          subject: `${tr(lang, 'Trial booking', 'Probetraining gebucht', 'Séance d’essai réservée', 'Reserva de prueba')}: ${name}`,
          ...(rng.chance(0.5) ? { text } : { html }),
        },
        expected: single ? { fullName: person.first, lastName: null } : {},
        others: [staff.name],
      };
    },
  },
  {
    id: 'insurance-policyholder',
    description:
      'broker quote request for car insurance: the policyholder block (the lead) and an additional driver (a third party with date of birth), vehicle registration, a quote reference in phone-like digit groups, the broker’s signature',
    count: 12,
    kinds: ['insurance'],
    build({ rng, lang, person, staff, other, message, phone, hasEmail }) {
      const quoteRef = `${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
      const text = [
        `${tr(lang, 'Quote reference', 'Angebotsnummer', 'Référence devis', 'Referencia de cotización')}: ${quoteRef}`,
        '',
        tr(lang, 'POLICYHOLDER', 'VERSICHERUNGSNEHMER', 'SOUSCRIPTEUR', 'TOMADOR'),
        `${tr(lang, 'Name', 'Name', 'Nom', 'Nombre')}: ${person.full}`,
        `${tr(lang, 'Telephone', 'Telefon', 'Téléphone', 'Teléfono')}: ${orDash(phone)}`,
        `E-mail: ${orDash(hasEmail ? person.email : null)}`,
        '',
        tr(lang, 'ADDITIONAL DRIVER', 'WEITERER FAHRER', 'CONDUCTEUR SECONDAIRE', 'CONDUCTOR ADICIONAL'),
        `${tr(lang, 'Name', 'Name', 'Nom', 'Nombre')}: ${other.name}`,
        `${tr(lang, 'Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')}: ${rng.int(10, 28)}/0${rng.int(1, 9)}/${rng.int(1960, 2005)}`,
        '',
        `${tr(lang, 'Vehicle registration', 'Kennzeichen', 'Immatriculation', 'Matrícula')}: ${rng.pick(['KX19 ABD', 'M-AB 1234', 'GH-512-KL', '4821 KLM'])}`,
        `${tr(lang, 'Comments', 'Anmerkungen', 'Commentaires', 'Comentarios')}: ${message ? `\n${message}` : '-'}`,
        '',
        `${tr(lang, 'Your broker', 'Ihr Betreuer', 'Votre courtier', 'Su asesor')}: ${staff.name} – ${staff.phone}`,
      ].join('\n');
      const html = wrapHtml(`<pre>${esc(text)}</pre>`);
      return {
        draft: {
          from: { name: 'QuoteDesk', email: 'noreply@quotedesk.example' },
          subject: `${tr(lang, 'Car insurance quote request', 'Anfrage Kfz-Versicherung', 'Demande de devis auto', 'Solicitud de seguro de auto')} ${quoteRef}`,
          ...(rng.chance(0.5) ? { text } : { text, html }),
        },
        others: [staff.name, other.name],
      };
    },
  },
  {
    id: 'plain-section-rules',
    description:
      'plain text with "==== SECTION ====" rules, upper-case labels, a "NAME (LAST, FIRST)" field with the surname in capitals, "TEL." label, the site owner’s phone in the header',
    count: 13,
    build({ lang, biz, person, message, phone, hasEmail }) {
      const text = [
        `${biz.name.toUpperCase()} – ${biz.phone}`,
        '==== CONTACT ====',
        `${tr(lang, 'NAME (LAST, FIRST)', 'NAME (NACHNAME, VORNAME)', 'NOM (NOM, PRÉNOM)', 'NOMBRE (APELLIDOS, NOMBRE)')}: ${person.last.toUpperCase()}, ${person.first}`,
        `TEL.: ${orDash(phone)}`,
        `E-MAIL: ${orDash(hasEmail ? person.email : null)}`,
        `==== ${tr(lang, 'REQUEST', 'ANFRAGE', 'DEMANDE', 'SOLICITUD')} ====`,
        message ?? '-',
        '==== END ====',
      ].join('\n');
      return {
        draft: {
          from: { email: `forms@${biz.domain}` },
          subject: `[${tr(lang, 'Web', 'Web', 'Site', 'Web')}] ${tr(lang, 'Contact request', 'Kontaktanfrage', 'Demande de contact', 'Solicitud de contacto')}`,
          text,
        },
        pii: [`${person.last.toUpperCase()}, ${person.first}`],
        others: [],
      };
    },
  },
  {
    id: 'wp-plain-from-body',
    description:
      'WordPress contact-form default mail: "From: Name <email>", subject line, optional phone line, "Message Body:" and the "sent from a contact form on" footer with the site URL',
    count: 13,
    needsEmail: true,
    build({ rng, lang, biz, person, message, phone }) {
      const subj = tr(lang, 'Enquiry', 'Anfrage', 'Demande', 'Consulta');
      const text = [
        `${tr(lang, 'From', 'Von', 'De', 'De')}: ${person.full} <${person.email}>`,
        `${tr(lang, 'Subject', 'Betreff', 'Objet', 'Asunto')}: ${subj}`,
        ...(phone ? [`${tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono')}: ${phone}`] : []),
        '',
        `${tr(lang, 'Message Body', 'Nachricht', 'Corps du message', 'Cuerpo del mensaje')}:`,
        message ?? '',
        '',
        '-- ',
        tr(
          lang,
          `This e-mail was sent from a contact form on ${biz.name} (https://www.${biz.domain})`,
          `Diese E-Mail wurde von einem Kontaktformular von ${biz.name} (https://www.${biz.domain}) gesendet`,
          `Cet e-mail a été envoyé via le formulaire de contact de ${biz.name} (https://www.${biz.domain})`,
          `Este mensaje se ha enviado desde un formulario de contacto en ${biz.name} (https://www.${biz.domain})`,
        ),
      ].join('\n');
      return {
        draft: {
          from: { name: biz.name, email: `wordpress@${biz.domain}` },
          replyTo: rng.chance(0.6) ? { name: person.full, email: person.email } : undefined,
          subject: `${biz.name} "${subj}"`,
          text,
        },
        others: [],
      };
    },
  },
  {
    id: 'compact-one-line-alert',
    description:
      'lead-alert app: the whole lead on one line (name · phone · email — “message”) under a one-line header, a reply button and the app’s own support contact',
    count: 12,
    oneBlockMessage: true,
    build({ rng, lang, person, message, phone, hasEmail }) {
      const parts = [person.full, ...(phone ? [phone] : []), ...(hasEmail ? [person.email] : [])];
      const line = `${parts.join(' · ')}${message ? ` — “${message}”` : ''}`;
      const head = tr(lang, '⚡ New lead', '⚡ Neuer Lead', '⚡ Nouveau prospect', '⚡ Nuevo contacto');
      const foot = 'LeadPing · support@leadping.example · +44 20 7946 0321';
      const text = `${head}\n\n${line}\n\n${tr(lang, 'Reply', 'Antworten', 'Répondre', 'Responder')}: https://app.leadping.example/l/${rng.hex(8)}\n\n${foot}`;
      const html = wrapHtml(
        `<p><b>${esc(head)}</b></p>\n<p>${esc(line)}</p>\n<p><a href="https://app.leadping.example/l/${rng.hex(8)}">${tr(lang, 'Reply', 'Antworten', 'Répondre', 'Responder')}</a></p>\n<p style="font-size:10px">${esc(foot)}</p>`,
      );
      return {
        draft: {
          from: { name: 'LeadPing', email: 'ping@leadping.example' },
          subject: `${head}: ${person.full}`,
          ...(rng.chance(0.5) ? { text } : { html }),
        },
        others: [],
      };
    },
  },
  {
    id: 'webhook-keyvalue',
    description:
      'form relay that mails the payload as dotted key=value lines: submission metadata, fields.* with first/last name and a one-line message, account owner’s phone and email as hidden fields',
    count: 12,
    oneBlockMessage: true,
    build({ rng, biz, person, staff, message, phone, hasEmail }) {
      const text = [
        `submission.id=sub_${rng.hex(12)}`,
        `submission.created_at=2026-11-${String(rng.int(10, 30))}T${String(rng.int(10, 23))}:${String(rng.int(10, 59))}:00Z`,
        `form.name=contact-${biz.lang}`,
        `account.owner_email=${staff.email}`,
        `account.owner_phone=${staff.phone}`,
        `fields.first_name=${person.first}`,
        `fields.last_name=${person.last}`,
        `fields.email=${hasEmail ? person.email : ''}`,
        `fields.phone=${phone ?? ''}`,
        `fields.message=${message ?? ''}`,
        'fields.consent=true',
        `meta.ip=198.51.100.${rng.int(2, 250)}`,
        `meta.user_agent=Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)`,
      ].join('\n');
      return {
        draft: {
          from: { name: 'Hookrelay', email: 'relay@hookrelay.example' },
          subject: `[hookrelay] contact-${biz.lang} submission`,
          text,
        },
        others: [staff.name],
      };
    },
  },
];
