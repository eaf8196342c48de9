/** Lead layouts, part A: form builders, directories, bookings, chat, CRM, shop. */
import { attachment } from '../mime.js';
import { COUNTRY_NAME } from '../people.js';
import type { LeadLayout } from '../types.js';
import { day, digitsId, esc, full, paras, tr } from '../util.js';

/** A street and a town per customer country, for the shop's address card. */
const TOWNS: Record<string, [string, string]> = {
  GB: ['Market Street', 'Ashford'],
  IE: ['Bridge Road', 'Athlone'],
  US: ['Maple Avenue', 'Hoboken'],
  CA: ['King Street', 'Moncton'],
  AU: ['Beach Road', 'Geelong'],
  NZ: ['Queen Street', 'Napier'],
  DE: ['Lindenweg', 'Waldkirch'],
  AT: ['Hauptstraße', 'Leoben'],
  CH: ['Bahnhofstrasse', 'Wil'],
  FR: ['rue des Tanneurs', 'Lille'],
  BE: ['rue Haute', 'Namur'],
  LU: ['rue de la Gare', 'Ettelbruck'],
  ES: ['Calle Olmo', 'Girona'],
  PT: ['Rua Augusta', 'Braga'],
  AR: ['Avenida Corrientes', 'Rosario'],
  UY: ['Calle Sarandí', 'Salto'],
  CO: ['Carrera 7', 'Manizales'],
  PE: ['Jirón Unión', 'Arequipa'],
  MX: ['Calle Hidalgo', 'Puebla'],
};

const SKIPPED = { en: '(skipped)', de: '(übersprungen)', fr: '(sans réponse)', es: '(sin responder)' };

export const olQuestionArrows: LeadLayout = {
  id: 'ol-question-arrows',
  description:
    'form builder "Formwise" (HTML with text): the questions as the site owner phrased them ("What should we call you?", "Best number to reach you on?") in an ordered list, each answer on the next line after a "➜" arrow, a skipped question shown as "(skipped)", a consent question, then the builder\'s footer with the inbox it was sent to',
  count: 16,
  build(c) {
    const { lang, biz, person } = c;
    const name = c.pii(full(person));
    const phone = c.phone
      ? c.writePhone(c.rng.pick(['national', 'dashed', 'intl', 'compact']))
      : SKIPPED[lang];
    const email = c.hasEmail ? person.email : SKIPPED[lang];
    const q = tr(lang, {
      en: [
        'What should we call you?',
        'Where can we email you back?',
        'Best number to reach you on?',
        'What can we help with?',
        'May we store your answers to reply to you?',
        'Yes',
      ],
      de: [
        'Wie dürfen wir Sie ansprechen?',
        'An welche E-Mail-Adresse sollen wir antworten?',
        'Unter welcher Nummer erreichen wir Sie am besten?',
        'Womit können wir helfen?',
        'Dürfen wir Ihre Angaben für die Antwort speichern?',
        'Ja',
      ],
      fr: [
        'Comment vous appelez-vous ?',
        'À quelle adresse e-mail vous répondre ?',
        'À quel numéro vous joindre ?',
        'En quoi pouvons-nous vous aider ?',
        'Pouvons-nous conserver vos réponses pour vous recontacter ?',
        'Oui',
      ],
      es: [
        '¿Cómo te llamas?',
        '¿A qué correo te respondemos?',
        '¿A qué número te llamamos?',
        '¿En qué te podemos ayudar?',
        '¿Podemos guardar tus respuestas para contestarte?',
        'Sí',
      ],
    });
    const msg = c.message ?? SKIPPED[lang];
    const answers = [name, email, phone, msg, q[5] as string];
    const head = tr(lang, {
      en: `New response to "Contact ${biz.name}"`,
      de: `Neue Antwort auf „Kontakt ${biz.name}“`,
      fr: `Nouvelle réponse à « Contact ${biz.name} »`,
      es: `Nueva respuesta a «Contacto ${biz.name}»`,
    });
    const foot = tr(lang, {
      en: `Sent by Formwise to ${biz.inbox}. You get this because notifications are on for this form.`,
      de: `Von Formwise an ${biz.inbox} gesendet. Sie erhalten diese E-Mail, weil Benachrichtigungen für dieses Formular aktiv sind.`,
      fr: `Envoyé par Formwise à ${biz.inbox}. Vous recevez ce message car les notifications sont activées pour ce formulaire.`,
      es: `Enviado por Formwise a ${biz.inbox}. Recibes este correo porque las notificaciones están activadas para este formulario.`,
    });
    const html = `<h2>${esc(head)}</h2>\n<ol>\n${answers
      .map((a, i) => `<li><em>${esc(q[i] as string)}</em><br>&#10140; ${esc(a).replace(/\n/g, '<br>')}</li>`)
      .join('\n')}\n</ol>\n<hr><p style="color:#888;font-size:11px">${esc(foot)}</p>`;
    const text = `${head}\n\n${answers
      .map((a, i) => `${i + 1}. ${q[i]}\n   ➜ ${a.replace(/\n/g, '\n   ')}`)
      .join('\n\n')}\n\n---\n${foot}\n`;
    return {
      draft: {
        from: { name: 'Formwise', email: 'notify@formwise.test' },
        replyTo: c.hasEmail ? { email: person.email } : undefined,
        subject: head,
        text,
        html,
        primary: 'html',
      },
    };
  },
};

export const directoryEnquirerSurnameComma: LeadLayout = {
  id: 'directory-enquirer-surname-comma',
  description:
    'local directory "Localfolio" passes on an enquiry (HTML with text) as a definition list: the enquirer under a label saying "surname, first name" (surname in capitals on half), required-field asterisks on the labels, "Tel." with an extension on some, an enquiry reference "#", the multi-paragraph message, then "manage your leads" boilerplate, the business\'s own listing with its switchboard and the directory\'s named account manager with a phone',
  count: 16,
  caps: 0.5,
  build(c) {
    const { lang, biz, person, rng } = c;
    const last = c.caps ? person.last.toLocaleUpperCase('und') : person.last;
    const nameVal = c.pii(`${last}, ${person.first}`);
    if (c.caps) c.pii(last);
    const ext = rng.chance(0.35) ? rng.int(10, 299) : null;
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'plus0', 'intl', 'dotted'])) : '';
    const phVal =
      ph && ext ? `${ph} ${tr(lang, { en: 'ext.', de: 'Durchwahl', fr: 'poste', es: 'ext.' })} ${ext}` : ph;
    const am = { en: 'Wendy Carruthers', de: 'Holger Pranz', fr: 'Agathe Morvan', es: 'Nuria Saldaña' }[lang];
    const amPhone = c.extraPhone;
    const L = tr(lang, {
      en: [
        'Enquirer (surname, first name) *',
        'E-mail *',
        'Tel.',
        'Enquiry #',
        'Your message *',
        'New enquiry via Localfolio',
        'Manage your leads in your Localfolio dashboard. Replying to this email goes straight to the enquirer.',
        'Your listing',
        'Your account manager',
      ],
      de: [
        'Anfragende Person (Nachname, Vorname) *',
        'E-Mail *',
        'Tel.',
        'Anfrage-Nr. #',
        'Ihre Nachricht *',
        'Neue Anfrage über Localfolio',
        'Verwalten Sie Ihre Anfragen im Localfolio-Dashboard. Eine Antwort auf diese E-Mail geht direkt an die anfragende Person.',
        'Ihr Eintrag',
        'Ihre Ansprechpartnerin',
      ],
      fr: [
        'Demandeur (nom, prénom) *',
        'Courriel *',
        'Tél.',
        'Demande n° #',
        'Votre message *',
        'Nouvelle demande via Localfolio',
        'Gérez vos demandes dans votre espace Localfolio. Répondre à cet e-mail écrit directement au demandeur.',
        'Votre fiche',
        'Votre conseillère',
      ],
      es: [
        'Solicitante (apellido, nombre) *',
        'Correo *',
        'Tel.',
        'Solicitud #',
        'Su mensaje *',
        'Nueva solicitud vía Localfolio',
        'Gestione sus solicitudes en el panel de Localfolio. Si responde a este correo, le escribe directamente al solicitante.',
        'Su ficha',
        'Su asesora',
      ],
    });
    const ref = `LF-${digitsId(rng, 6)}`;
    const rows: [string, string][] = [
      [L[0] as string, nameVal],
      [L[1] as string, c.hasEmail ? person.email : ''],
      [L[2] as string, phVal],
      [L[3] as string, ref],
      [L[4] as string, c.message ?? ''],
    ];
    const html = `<h3>${esc(L[5] as string)}</h3>\n<dl>\n${rows
      .map(([k, v]) => `<dt><b>${esc(k)}</b></dt><dd>${v ? esc(v).replace(/\n/g, '<br>') : '&nbsp;'}</dd>`)
      .join(
        '\n',
      )}\n</dl>\n<p style="font-size:12px">${esc(L[6] as string)}</p>\n<p style="font-size:12px">${esc(L[7] as string)}: ${esc(biz.name)} · ${esc(biz.switchboard)} · ${esc(biz.inbox)}<br>${esc(L[8] as string)}: ${esc(am)} · ${esc(amPhone)}</p>`;
    const text = `${L[5]}\n\n${rows.map(([k, v]) => `${k}\n${v ? v : ''}\n`).join('\n')}\n${L[6]}\n${L[7]}: ${biz.name} · ${biz.switchboard} · ${biz.inbox}\n${L[8]}: ${am} · ${amPhone}\n`;
    return {
      draft: {
        from: { name: 'Localfolio', email: 'leads@localfolio.test' },
        replyTo: c.hasEmail ? { email: person.email } : undefined,
        subject: `${L[5]} (${ref})`,
        text,
        html,
        primary: 'html',
      },
      others: [am],
    };
  },
};

export const bookingGuestRoleVcf: LeadLayout = {
  id: 'booking-guest-role-labels-vcf',
  description:
    'appointment widget "Tablo" (HTML with text and a .vcf of the guest): a requested consultation with date, the staff member chosen with their direct line, then the guest block where every label is a role word ("Guest", "Guest\'s e-mail", "Guest\'s mobile", "Notes from the guest"), and the guest\'s vCard attached (E.164 phone)',
  count: 16,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const name = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['plus0', 'national', '00', 'intl'])) : '';
    if (c.phone) c.pii(c.phone);
    const L = tr(lang, {
      en: [
        'Consultation request',
        'Requested time',
        'With',
        'Guest',
        "Guest's e-mail",
        "Guest's mobile",
        'Notes from the guest',
        'Accept or propose another time in Tablo.',
        'New booking request',
      ],
      de: [
        'Beratungstermin angefragt',
        'Wunschtermin',
        'Bei',
        'Gast',
        'E-Mail des Gastes',
        'Handy des Gastes',
        'Anmerkungen des Gastes',
        'Bestätigen oder anderen Termin vorschlagen in Tablo.',
        'Neue Terminanfrage',
      ],
      fr: [
        'Demande de rendez-vous',
        'Créneau souhaité',
        'Avec',
        'Invité',
        "Courriel de l'invité",
        "Portable de l'invité",
        "Remarques de l'invité",
        'Acceptez ou proposez un autre créneau dans Tablo.',
        'Nouvelle demande de rendez-vous',
      ],
      es: [
        'Solicitud de cita',
        'Horario solicitado',
        'Con',
        'Invitado',
        'Correo del invitado',
        'Móvil del invitado',
        'Notas del invitado',
        'Acepta o propone otro horario en Tablo.',
        'Nueva solicitud de cita',
      ],
    });
    const when = day(rng, lang);
    const staffName = full(staff);
    const rows: [string, string][] = [
      [L[1] as string, when],
      [L[2] as string, `${staffName} (${staff.phone})`],
      [L[3] as string, name],
      [L[4] as string, c.hasEmail ? person.email : '—'],
      [L[5] as string, ph || '—'],
      [L[6] as string, c.message ?? '—'],
    ];
    const html = `<h2>${esc(L[0] as string)} · ${esc(biz.name)}</h2>\n<table cellpadding="6">\n${rows
      .map(
        ([k, v]) => `<tr><td style="color:#666">${esc(k)}</td><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`,
      )
      .join('\n')}\n</table>\n<p>${esc(L[7] as string)}</p>`;
    const text = `${L[0]} · ${biz.name}\n\n${rows.map(([k, v]) => `${k}: ${v.replace(/\n/g, '\n  ')}`).join('\n')}\n\n${L[7]}\n`;
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${person.last};${person.first};;;`,
      `FN:${name}`,
      ...(c.hasEmail ? [`EMAIL;TYPE=INTERNET:${person.email}`] : []),
      ...(c.phone ? [`TEL;TYPE=CELL:${c.phone}`] : []),
      'END:VCARD',
      '',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Tablo', email: 'bookings@tablo.test' },
        subject: `${L[8]}: ${when}`,
        text,
        html,
        primary: 'html',
        attachments: [
          attachment('guest.vcf', 'text/vcard', vcf, {
            charset: 'utf-8',
            transfer: rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      others: [staffName],
      expected: { message: c.message },
    };
  },
};

export const chatPrechatSurvey: LeadLayout = {
  id: 'chat-html-prechat-survey',
  description:
    'live chat "Talkbay" transcript in HTML only: a pre-chat survey table (name, email, phone optional, "How can we help?"), then timed bubbles where a named agent greets the visitor and gives their own direct line, the visitor answers briefly and thanks them, then the widget footer',
  count: 16,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const name = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'intl', 'dashed', 'e164'])) : '';
    const L = tr(lang, {
      en: [
        'Pre-chat survey',
        'Your name',
        'Your email',
        'Phone (optional)',
        'How can we help?',
        'Transcript',
        `Hi ${person.first}, thanks for getting in touch. I'll pass this on and we'll get back to you. If it is urgent, call me directly on ${staff.phone}.`,
        'Great, thank you!',
        'Chat ended by the visitor',
        'New chat transcript',
      ],
      de: [
        'Vorab-Fragen',
        'Ihr Name',
        'Ihre E-Mail',
        'Telefon (optional)',
        'Wie können wir helfen?',
        'Verlauf',
        `Hallo ${person.first}, danke für Ihre Nachricht. Ich gebe das weiter, wir melden uns. Wenn es eilt, erreichen Sie mich direkt unter ${staff.phone}.`,
        'Super, danke!',
        'Chat vom Besucher beendet',
        'Neues Chat-Protokoll',
      ],
      fr: [
        'Questionnaire avant chat',
        'Votre nom',
        'Votre e-mail',
        'Téléphone (facultatif)',
        'Comment pouvons-nous vous aider ?',
        'Conversation',
        `Bonjour ${person.first}, merci pour votre message. Je transmets et nous revenons vers vous. En cas d’urgence, appelez-moi directement au ${staff.phone}.`,
        'Parfait, merci !',
        'Chat terminé par le visiteur',
        'Nouvelle transcription de chat',
      ],
      es: [
        'Encuesta previa al chat',
        'Tu nombre',
        'Tu correo',
        'Teléfono (opcional)',
        '¿Cómo te podemos ayudar?',
        'Conversación',
        `Hola ${person.first}, gracias por escribirnos. Lo paso al equipo y te contactamos. Si es urgente, llámame directamente al ${staff.phone}.`,
        '¡Genial, gracias!',
        'Chat finalizado por el visitante',
        'Nueva transcripción de chat',
      ],
    });
    const survey: [string, string][] = [
      [L[1] as string, name],
      [L[2] as string, c.hasEmail ? person.email : ''],
      [L[3] as string, ph],
      [L[4] as string, c.message ?? ''],
    ];
    const t = () => `${rng.int(9, 18)}:${String(rng.int(10, 59))}`;
    const html = `<h3>${esc(biz.name)} · ${esc(L[0] as string)}</h3>\n<table border="1" cellspacing="0" cellpadding="5">\n${survey
      .map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`)
      .join(
        '\n',
      )}\n</table>\n<h3>${esc(L[5] as string)}</h3>\n<div style="background:#eef;padding:6px;border-radius:8px"><small>${t()}</small> <b>${esc(full(staff))}</b><br>${esc(L[6] as string)}</div>\n<div style="background:#efe;padding:6px;border-radius:8px"><small>${t()}</small> <b>${esc(person.first)}</b><br>${esc(L[7] as string)}</div>\n<p style="color:#999">${esc(L[8] as string)} · Talkbay</p>`;
    return {
      draft: {
        from: { name: 'Talkbay', email: 'transcripts@talkbay.test' },
        subject: `${L[9]} – ${person.first}`,
        html,
      },
      others: [full(staff)],
    };
  },
};

export const crmNestedJson: LeadLayout = {
  id: 'crm-nested-json-properties',
  description:
    'CRM "Pipewise" workflow email in plain text: one line saying a contact was created, then the event as pretty-printed JSON where each contact property is an object with a "value" key (firstname, lastname, email, phone, message with \\n escapes, lead source), plus the owner object holding a staff member\'s name, email and direct line',
  count: 16,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const ph = c.phone ? c.writePhone(rng.pick(['intl', 'e164', 'national'])) : null;
    const props: Record<string, { value: string | null; source: string }> = {
      firstname: { value: person.first, source: 'FORM' },
      lastname: { value: person.last, source: 'FORM' },
      email: { value: c.hasEmail ? person.email : null, source: 'FORM' },
      phone: { value: ph, source: 'FORM' },
      message: { value: c.message, source: 'FORM' },
      lifecyclestage: { value: 'lead', source: 'WORKFLOW' },
      lead_source: { value: 'website', source: 'WORKFLOW' },
    };
    const event = {
      event: 'contact.created',
      portal_id: Number(digitsId(rng, 7)),
      object_id: Number(digitsId(rng, 9)),
      occurred_at: `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(10, 28))}T${rng.int(10, 23)}:${rng.int(10, 59)}:00Z`,
      owner: { name: full(staff), email: staff.email, phone: staff.phone },
      contact: { properties: props },
    };
    const intro = tr(lang, {
      en: `Workflow "Website lead → owner" ran for ${biz.name}. Raw event below.`,
      de: `Workflow „Website-Lead → Zuständige(r)“ wurde für ${biz.name} ausgeführt. Rohdaten unten.`,
      fr: `Le workflow « Lead site → responsable » a été exécuté pour ${biz.name}. Événement brut ci-dessous.`,
      es: `El flujo «Lead web → responsable» se ejecutó para ${biz.name}. Evento en bruto abajo.`,
    });
    const text = `${intro}\n\n${JSON.stringify(event, null, 2)}\n\n--\nPipewise CRM · ${tr(lang, { en: 'workflow notifications', de: 'Workflow-Benachrichtigungen', fr: 'notifications de workflow', es: 'notificaciones de flujos' })}\n`;
    return {
      draft: {
        from: { name: 'Pipewise Workflows', email: 'workflows@pipewise.test' },
        subject: `[Pipewise] contact.created – ${full(person)}`,
        text,
      },
      others: [full(staff)],
    };
  },
};

export const shopQuoteAddressCard: LeadLayout = {
  id: 'shop-quote-address-card',
  description:
    'web-shop quote plugin "Cartly Quote" (HTML with text): a table of the requested items with quantities, then the customer\'s billing address as an unlabelled card (name, optional company, street, postcode and town, country, phone, email as bare lines), the customer\'s note under "Customer note", and the shop\'s footer with its own phone and address; about a third of customers live in the neighbouring country and write their number nationally',
  count: 16,
  foreignCustomers: true,
  build(c) {
    const { lang, biz, person, rng } = c;
    const name = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'compact', 'dashed'])) : null;
    const [street, town] = TOWNS[c.country] ?? ['Main Street', 'Centre'];
    const company = rng.chance(0.4)
      ? rng.pick(['Orchard Lane Ltd', 'Atelier Nord', 'Studio Kobalt', 'Grupo Ceiba'])
      : null;
    const card = [
      name,
      company,
      `${rng.int(2, 180)} ${street}`,
      `${rng.int(1000, 9899)} ${town}`,
      COUNTRY_NAME[lang][c.country] as string,
      ph,
      c.hasEmail ? person.email : null,
    ].filter((x): x is string => !!x);
    const items = [
      [rng.pick(['Item A-100', 'Set 20B', 'Pack XL', 'Model S3']), String(rng.int(1, 5))],
      [rng.pick(['Add-on 7', 'Option K', 'Extra 12']), String(rng.int(1, 3))],
    ];
    const L = tr(lang, {
      en: [
        'New quote request',
        'Product',
        'Qty',
        'Billing address',
        'Customer note',
        'Reply with a quote from your Cartly dashboard.',
      ],
      de: [
        'Neue Angebotsanfrage',
        'Artikel',
        'Menge',
        'Rechnungsadresse',
        'Anmerkung des Kunden',
        'Antworten Sie mit einem Angebot aus Ihrem Cartly-Dashboard.',
      ],
      fr: [
        'Nouvelle demande de devis',
        'Produit',
        'Qté',
        'Adresse de facturation',
        'Note du client',
        'Répondez avec un devis depuis votre tableau de bord Cartly.',
      ],
      es: [
        'Nueva solicitud de presupuesto',
        'Producto',
        'Cant.',
        'Dirección de facturación',
        'Nota del cliente',
        'Responde con un presupuesto desde tu panel de Cartly.',
      ],
    });
    const no = `Q-${digitsId(rng, 5)}`;
    const html = `<h2>${esc(L[0] as string)} #${no}</h2>\n<table border="1" cellpadding="4" cellspacing="0"><tr><th>${esc(L[1] as string)}</th><th>${esc(L[2] as string)}</th></tr>${items
      .map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`)
      .join(
        '',
      )}</table>\n<h3>${esc(L[3] as string)}</h3>\n<address style="border:1px solid #ddd;padding:8px">${card.map(esc).join('<br>\n')}</address>\n${c.message ? `<h3>${esc(L[4] as string)}</h3>\n${paras(c.message)}\n` : ''}<hr><p style="font-size:11px">${esc(biz.name)} · ${esc(biz.switchboard)} · ${esc(biz.domain)}<br>${esc(L[5] as string)}</p>`;
    const text = `${L[0]} #${no}\n\n${items.map(([a, b]) => `${a} × ${b}`).join('\n')}\n\n${L[3]}\n${card.join('\n')}\n\n${c.message ? `${L[4]}\n${c.message}\n\n` : ''}--\n${biz.name} · ${biz.switchboard} · ${biz.domain}\n${L[5]}\n`;
    return {
      draft: {
        from: { name: `${biz.name} (Cartly)`, email: 'no-reply@cartly.test' },
        subject: `${L[0]} #${no}`,
        text,
        html,
        primary: 'html',
      },
    };
  },
};
