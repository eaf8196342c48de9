/** Lead layouts built around HTML and form-like notifications. */
import {
  ALL_CHARSETS,
  ALL_TRANSFERS,
  baseHeaders,
  customerPhone,
  esc,
  givesAll,
  htmlParagraphs,
  type LeadLayout,
  personPii,
  pickBusiness,
  staffName,
  when,
} from './layout.js';
import { LANGS, type Lang } from './model.js';
import { internationalOf, makePhone, nationalOf } from './phones.js';
import { fullName, MESSAGES, makeCustomer } from './world.js';

type Dict<K extends string> = Record<Lang, Record<K, string>>;

const CRM: Dict<
  | 'subject'
  | 'name'
  | 'email'
  | 'phone'
  | 'company'
  | 'message'
  | 'owner'
  | 'score'
  | 'created'
  | 'help'
  | 'open'
  | 'first'
  | 'last'
  | 'zip'
  | 'origin'
  | 'website'
  | 'assigned'
> = {
  en: {
    subject: 'New web lead',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    message: 'Message',
    owner: 'Lead owner',
    score: 'Lead score',
    created: 'Created',
    help: 'Need help? Call',
    open: 'Open this lead in Pipewise',
    first: 'First name',
    last: 'Last name',
    zip: 'Postcode',
    origin: 'Lead source',
    website: 'Website',
    assigned: 'Assigned to',
  },
  de: {
    subject: 'Neuer Web-Lead',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    company: 'Firma',
    message: 'Nachricht',
    owner: 'Lead-Verantwortliche/r',
    score: 'Lead-Score',
    created: 'Erstellt',
    help: 'Fragen? Rufen Sie uns an',
    open: 'Lead in Pipewise öffnen',
    first: 'Vorname',
    last: 'Nachname',
    zip: 'PLZ',
    origin: 'Quelle',
    website: 'Webseite',
    assigned: 'Zugewiesen an',
  },
  fr: {
    subject: 'Nouveau prospect web',
    name: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    company: 'Société',
    message: 'Message',
    owner: 'Responsable',
    score: 'Score',
    created: 'Créé le',
    help: 'Besoin d’aide ? Appelez le',
    open: 'Ouvrir ce prospect dans Pipewise',
    first: 'Prénom',
    last: 'Nom',
    zip: 'Code postal',
    origin: 'Origine',
    website: 'Site web',
    assigned: 'Attribué à',
  },
  es: {
    subject: 'Nuevo lead web',
    name: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    company: 'Empresa',
    message: 'Mensaje',
    owner: 'Responsable',
    score: 'Puntuación',
    created: 'Creado',
    help: '¿Necesita ayuda? Llame al',
    open: 'Abrir este lead en Pipewise',
    first: 'Nombre',
    last: 'Apellidos',
    zip: 'Código postal',
    origin: 'Origen',
    website: 'Sitio web',
    assigned: 'Asignado a',
  },
};

const PIPEWISE_SUPPORT = { e164: '+14155550142', region: 'US' as const };

const crmIconLabels: LeadLayout = {
  name: 'crm-icon-labels',
  description:
    'CRM "new web lead" card: two-column HTML whose label column holds only icons (the label is the <img> alt text); lead owner with direct line, CRM support phone; the text part only links to the CRM',
  count: 12,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CRM[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const owner = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const id = rng.digits(7);
    const icon = (alt: string, file: string) =>
      `<img src="https://cdn.pipewise-crm.example/icons/${file}.png" alt="${esc(alt)}" width="16" height="16">`;
    const row = (alt: string, file: string, value: string) =>
      `<tr>\n<td width="28" valign="top">${icon(alt, file)}</td>\n<td>${value}</td>\n</tr>`;
    const html = [
      '<html><body style="font-family:Arial,sans-serif">',
      `<h2>${esc(L.subject)}</h2>`,
      '<table cellpadding="6" cellspacing="0" style="border:1px solid #ddd">',
      row(L.name, 'user', esc(fullName(c))),
      row(L.email, 'mail', `<a href="mailto:${c.email}">${c.email}</a>`),
      row(L.phone, 'phone', esc(phone)),
      row(L.company, 'building', '&mdash;'),
      row(L.message, 'bubble', htmlParagraphs(message, 'margin:0 0 8px 0')),
      '</table>',
      `<p>${esc(L.owner)}: ${esc(staffName(owner))} &middot; ${esc(nationalOf(owner.phone))}</p>`,
      `<p>${esc(L.score)}: ${rng.int(20, 95)} &middot; ${esc(L.created)}: ${d.short} ${d.time} &middot; #${id}</p>`,
      `<p style="color:#888;font-size:11px">Pipewise CRM &middot; ${esc(L.help)} ${internationalOf(PIPEWISE_SUPPORT)} &middot; support@pipewise-crm.example</p>`,
      '</body></html>',
    ].join('\n');
    const text = `${L.open}: https://app.pipewise-crm.example/leads/${id}\n\nPipewise CRM\n`;
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'Pipewise CRM <notifications@pipewise-crm.example>',
          to: biz.recipient,
          subject: `${L.subject}: ${fullName(c)}`,
          date: d,
          domain: 'pipewise-crm.example',
        }),
        html,
        text,
      },
      ...givesAll(c, phone, message, [staffName(owner)]),
    };
  },
};

const crmStackedColumns: LeadLayout = {
  name: 'crm-stacked-columns',
  description:
    'CRM digest with all labels stacked in one <td class="labels"> cell and all values in the neighbouring cell, lines aligned by <br>; message in a box below; assigned salesperson',
  count: 12,
  bodies: ['html'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CRM[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const owner = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const labels = [L.first, L.last, L.email, L.phone, L.zip, L.origin];
    const values = [
      esc(c.first),
      esc(c.last ?? ''),
      `<a href="mailto:${c.email}">${c.email}</a>`,
      esc(phone),
      biz.postcode,
      L.website,
    ];
    const html = [
      '<html><head><style>td.labels{color:#666;text-align:right}td.values{font-weight:bold}</style></head><body>',
      `<p>${esc(L.subject)} &ndash; ${d.short}</p>`,
      '<table><tr>',
      `<td class="labels" valign="top">${labels.map(esc).join('<br>\n')}</td>`,
      `<td class="values" valign="top">${values.join('<br>\n')}</td>`,
      '</tr></table>',
      `<div class="box" style="border:1px solid #ccc;padding:8px"><div class="box-title">${esc(L.message)}</div>`,
      htmlParagraphs(message),
      '</div>',
      `<p>${esc(L.assigned)}: ${esc(staffName(owner))}, <a href="mailto:${owner.email}">${owner.email}</a>, ${esc(nationalOf(owner.phone))}</p>`,
      `<p style="font-size:10px">Pipewise CRM &middot; ${esc(L.help)} ${internationalOf(PIPEWISE_SUPPORT)}</p>`,
      '</body></html>',
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `Pipewise <digest@pipewise-crm.example>`,
          to: biz.recipient,
          subject: `${L.subject} (${biz.name})`,
          date: d,
          domain: 'pipewise-crm.example',
        }),
        html,
      },
      ...givesAll(c, phone, message, [staffName(owner)]),
    };
  },
};

const TH: Dict<'title' | 'name' | 'email' | 'phone' | 'enquiry' | 'call' | 'page' | 'sent'> = {
  en: {
    title: 'Website enquiry',
    name: 'Full name',
    email: 'Email address',
    phone: 'Telephone',
    enquiry: 'Your enquiry',
    call: 'Call us',
    page: 'Page',
    sent: 'Sent from the contact page of',
  },
  de: {
    title: 'Anfrage über die Webseite',
    name: 'Vollständiger Name',
    email: 'E-Mail-Adresse',
    phone: 'Rufnummer',
    enquiry: 'Ihr Anliegen',
    call: 'Rufen Sie uns an',
    page: 'Seite',
    sent: 'Gesendet über das Kontaktformular von',
  },
  fr: {
    title: 'Demande depuis le site',
    name: 'Nom complet',
    email: 'Adresse e-mail',
    phone: 'N° de téléphone',
    enquiry: 'Votre demande',
    call: 'Appelez-nous',
    page: 'Page',
    sent: 'Envoyé depuis la page contact de',
  },
  es: {
    title: 'Consulta desde la web',
    name: 'Nombre completo',
    email: 'Dirección de correo',
    phone: 'Tel.',
    enquiry: 'Su consulta',
    call: 'Llámenos',
    page: 'Página',
    sent: 'Enviado desde la página de contacto de',
  },
};

const thTelMailto: LeadLayout = {
  name: 'th-tel-mailto',
  description:
    'HTML table with labels in <th scope="row"> cells and values as tel:/mailto: links (href in E.164, text as written); the business header with its own tel:/mailto: links comes first',
  count: 12,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = TH[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const th = (label: string, value: string) =>
      `<tr><th scope="row" align="left" style="background:#f4f4f4">${esc(label)}</th><td>${value}</td></tr>`;
    const header = `<div style="border-bottom:2px solid #246">${esc(biz.name)} &middot; ${esc(L.call)}: <a href="tel:${biz.phone.e164}">${esc(nationalOf(biz.phone))}</a> &middot; <a href="mailto:${biz.recipient}">${biz.recipient}</a></div>`;
    const html = [
      '<html><body>',
      header,
      `<h3>${esc(L.title)}</h3>`,
      '<table border="0" cellpadding="5">',
      th(L.name, esc(fullName(c))),
      th(L.email, `<a href="mailto:${c.email}">${c.email}</a>`),
      th(L.phone, `<a href="tel:${c.phone.e164}">${esc(phone)}</a>`),
      th(L.enquiry, esc(message).replace(/\n/g, '<br>\n')),
      th(L.page, `https://${biz.web}/${lang === 'en' ? 'contact' : 'kontakt'}`),
      '</table>',
      `<p><small>${esc(L.sent)} ${biz.web}</small></p>`,
      '</body></html>',
    ].join('\n');
    const text = [
      `${biz.name} - ${L.call}: ${nationalOf(biz.phone)} - ${biz.recipient}`,
      '',
      L.title,
      '',
      `${L.name}: ${fullName(c)}`,
      `${L.email}: ${c.email}`,
      `${L.phone}: ${phone}`,
      `${L.enquiry}:`,
      message,
      '',
      `${L.sent} ${biz.web}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `${biz.name} <website@${biz.web}>`,
          to: biz.recipient,
          replyTo: c.email,
          subject: `${L.title} – ${fullName(c)}`,
          date: d,
          domain: biz.web,
        }),
        html,
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const FORM: Dict<'name' | 'email' | 'phone' | 'message' | 'title' | 'consent' | 'yes'> = {
  en: {
    name: 'Full name',
    email: 'E-mail',
    phone: 'Phone number',
    message: 'How can we help?',
    title: 'New form submission',
    consent: 'Privacy consent',
    yes: 'yes',
  },
  de: {
    name: 'Ihr Name',
    email: 'E-Mail',
    phone: 'Telefonnummer',
    message: 'Wie können wir helfen?',
    title: 'Neue Formulareinsendung',
    consent: 'Datenschutz akzeptiert',
    yes: 'ja',
  },
  fr: {
    name: 'Vos nom et prénom',
    email: 'Courriel',
    phone: 'Numéro de téléphone',
    message: 'Comment pouvons-nous vous aider ?',
    title: 'Nouveau formulaire reçu',
    consent: 'Consentement RGPD',
    yes: 'oui',
  },
  es: {
    name: 'Nombre y apellidos',
    email: 'Correo electrónico',
    phone: 'Número de teléfono',
    message: '¿En qué podemos ayudarle?',
    title: 'Nuevo formulario recibido',
    consent: 'Acepta la política de privacidad',
    yes: 'sí',
  },
};

const foreignLabels: LeadLayout = {
  name: 'foreign-labels',
  description:
    "a visitor from abroad on a business's site: labels in the business's language, the customer's name and message in another (the row language is the message's); label and value on one line or the value on the next",
  count: 12,
  bodies: ['plain', 'alt'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const bizLang = rng.pick(LANGS.filter((l) => l !== lang));
    const L = FORM[bizLang];
    const biz = pickBusiness(rng, world, bizLang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, bizLang);
    const nextLine = rng.chance(0.5);
    const field = (label: string, value: string) =>
      nextLine ? `${label}\n${value}\n` : `${label}: ${value}`;
    const text = [
      `${L.title} – ${biz.web}`,
      '',
      field(L.name, fullName(c)),
      field(L.email, c.email),
      field(L.phone, phone),
      `${L.message}\n${message}\n`,
      field(L.consent, L.yes),
      '',
      '--',
      `${biz.name}, ${biz.postcode} ${biz.city} · ${nationalOf(biz.phone)}`,
    ].join('\n');
    const html = `<html><body>\n<h4>${esc(L.title)}</h4>\n${[
      [L.name, esc(fullName(c))],
      [L.email, c.email],
      [L.phone, esc(phone)],
      [L.message, esc(message).replace(/\n/g, '<br>\n')],
      [L.consent, L.yes],
    ]
      .map(([k, v]) => `<p><label>${esc(k as string)}</label><br>\n${v}</p>`)
      .join(
        '\n',
      )}\n<hr>\n<p>${esc(biz.name)}, ${esc(biz.city)} &middot; ${esc(nationalOf(biz.phone))}</p>\n</body></html>`;
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `Website <noreply@${biz.web}>`,
          to: biz.recipient,
          subject: `${L.title}`,
          date: d,
          domain: biz.web,
        }),
        text,
        html,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const VENUE: Dict<
  | 'title'
  | 'about'
  | 'you'
  | 'partner'
  | 'email'
  | 'phone'
  | 'event'
  | 'type'
  | 'date'
  | 'guests'
  | 'budget'
  | 'day'
  | 'wedding'
  | 'sent'
  | 'help'
> = {
  en: {
    title: 'NEW ENQUIRY',
    about: 'About you',
    you: 'Your name',
    partner: "Partner's name",
    email: 'Email',
    phone: 'Phone',
    event: 'Your event',
    type: 'Type',
    date: 'Date',
    guests: 'Guests',
    budget: 'Budget',
    day: 'Tell us about your day',
    wedding: 'Wedding',
    sent: 'Sent by VenueBook',
    help: 'venue help desk',
  },
  de: {
    title: 'NEUE ANFRAGE',
    about: 'Über Sie',
    you: 'Ihr Name',
    partner: 'Name Partner/in',
    email: 'E-Mail',
    phone: 'Telefon',
    event: 'Ihr Anlass',
    type: 'Art',
    date: 'Datum',
    guests: 'Gäste',
    budget: 'Budget',
    day: 'Erzählen Sie uns von Ihrem Fest',
    wedding: 'Hochzeit',
    sent: 'Gesendet über VenueBook',
    help: 'Hilfe für Locations',
  },
  fr: {
    title: 'NOUVELLE DEMANDE',
    about: 'Vous',
    you: 'Votre nom',
    partner: 'Nom du/de la partenaire',
    email: 'E-mail',
    phone: 'Téléphone',
    event: 'Votre événement',
    type: 'Type',
    date: 'Date',
    guests: 'Invités',
    budget: 'Budget',
    day: 'Parlez-nous de votre journée',
    wedding: 'Mariage',
    sent: 'Envoyé par VenueBook',
    help: 'assistance lieux',
  },
  es: {
    title: 'NUEVA SOLICITUD',
    about: 'Sobre vosotros',
    you: 'Tu nombre',
    partner: 'Nombre de tu pareja',
    email: 'Email',
    phone: 'Teléfono',
    event: 'Tu evento',
    type: 'Tipo',
    date: 'Fecha',
    guests: 'Invitados',
    budget: 'Presupuesto',
    day: 'Cuéntanos cómo imagináis el día',
    wedding: 'Boda',
    sent: 'Enviado por VenueBook',
    help: 'soporte para espacios',
  },
};

const VENUEBOOK_SUPPORT = { e164: '+442079460871', region: 'GB' as const };

const venueDotLeaders: LeadLayout = {
  name: 'venue-dot-leaders',
  description:
    'wedding/event venue marketplace enquiry in plain text: sections with indented "label ..... value" dot leaders, the partner\'s name beside the enquirer\'s, event date, guest count, budget; indented message; marketplace help line',
  count: 12,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = VENUE[lang];
    const biz = pickBusiness(rng, world, lang, 'venue');
    const c = makeCustomer(rng, lang, biz);
    const partner = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang].venue);
    const d = when(rng, lang);
    const eventDay = when(rng, lang, 280);
    const width = 18;
    const dots = (label: string, value: string) =>
      `  ${label} ${'.'.repeat(Math.max(3, width - label.length))} ${value}`;
    const text = [
      `${L.title} — ${biz.name}`,
      '='.repeat(44),
      '',
      L.about,
      dots(L.you, fullName(c)),
      dots(L.partner, fullName(partner)),
      dots(L.email, c.email),
      dots(L.phone, phone),
      '',
      L.event,
      dots(L.type, L.wedding),
      dots(L.date, eventDay.short),
      dots(L.guests, String(rng.int(40, 180))),
      dots(L.budget, `${rng.int(8, 30)} 000`),
      '',
      L.day,
      message
        .split('\n')
        .map((l) => (l ? `  ${l}` : ''))
        .join('\n'),
      '',
      '-'.repeat(44),
      `${L.sent} · ${L.help}: ${internationalOf(VENUEBOOK_SUPPORT)} · help@venuebook.example`,
      `Ref. ${rng.digits(4)} ${rng.digits(3)} ${rng.digits(4)}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'VenueBook <enquiries@venuebook.example>',
          to: biz.recipient,
          replyTo: `VenueBook <reply+${rng.hex(10)}@venuebook.example>`,
          subject: `${L.title}: ${L.wedding}, ${eventDay.short}`,
          date: d,
          domain: 'venuebook.example',
        }),
        text,
      },
      ...givesAll(c, phone, message, [fullName(partner)]),
    };
  },
};

const CLINIC: Dict<
  | 'title'
  | 'patient'
  | 'dob'
  | 'phone'
  | 'email'
  | 'insurer'
  | 'insNo'
  | 'newPatient'
  | 'practitioner'
  | 'days'
  | 'reason'
  | 'yes'
  | 'no'
  | 'days1'
  | 'guardian'
  | 'relation'
  | 'mother'
  | 'child'
  | 'contact'
  | 'first'
  | 'last'
  | 'mobile'
> = {
  en: {
    title: 'Appointment request',
    patient: 'Patient name',
    dob: 'Date of birth',
    phone: 'Contact number',
    email: 'Email',
    insurer: 'Health fund',
    insNo: 'Member no.',
    newPatient: 'New patient',
    practitioner: 'Preferred dentist',
    days: 'Preferred days',
    reason: 'Reason for visit',
    yes: 'Yes',
    no: 'No',
    days1: 'Mon, Wed mornings',
    guardian: 'Parent / guardian',
    relation: 'Relationship',
    mother: 'Parent',
    child: 'Patient (under 16)',
    contact: 'Who should we contact?',
    first: 'First name',
    last: 'Surname',
    mobile: 'Mobile',
  },
  de: {
    title: 'Terminanfrage',
    patient: 'Name Patient/in',
    dob: 'Geburtsdatum',
    phone: 'Rückrufnummer',
    email: 'E-Mail',
    insurer: 'Krankenkasse',
    insNo: 'SV-Nummer',
    newPatient: 'Neupatient',
    practitioner: 'Wunschbehandler/in',
    days: 'Wunschtage',
    reason: 'Grund des Besuchs',
    yes: 'Ja',
    no: 'Nein',
    days1: 'Di/Do vormittags',
    guardian: 'Erziehungsberechtigte/r',
    relation: 'Beziehung',
    mother: 'Elternteil',
    child: 'Patient/in (unter 16)',
    contact: 'Wen dürfen wir kontaktieren?',
    first: 'Vorname',
    last: 'Nachname',
    mobile: 'Handy',
  },
  fr: {
    title: 'Demande de rendez-vous',
    patient: 'Nom du patient',
    dob: 'Date de naissance',
    phone: 'Téléphone de contact',
    email: 'Courriel',
    insurer: 'Mutuelle',
    insNo: 'N° de registre national',
    newPatient: 'Nouveau patient',
    practitioner: 'Praticien souhaité',
    days: 'Jours souhaités',
    reason: 'Motif de la consultation',
    yes: 'Oui',
    no: 'Non',
    days1: 'mercredi après-midi',
    guardian: 'Parent / tuteur',
    relation: 'Lien',
    mother: 'Parent',
    child: 'Patient (moins de 16 ans)',
    contact: 'Qui devons-nous contacter ?',
    first: 'Prénom',
    last: 'Nom',
    mobile: 'GSM',
  },
  es: {
    title: 'Solicitud de cita',
    patient: 'Nombre del paciente',
    dob: 'Fecha de nacimiento',
    phone: 'Teléfono de contacto',
    email: 'Correo',
    insurer: 'Aseguradora',
    insNo: 'NSS',
    newPatient: 'Paciente nuevo',
    practitioner: 'Doctor/a preferido/a',
    days: 'Días preferidos',
    reason: 'Motivo de la consulta',
    yes: 'Sí',
    no: 'No',
    days1: 'martes y jueves por la mañana',
    guardian: 'Madre, padre o tutor',
    relation: 'Parentesco',
    mother: 'Madre/padre',
    child: 'Paciente (menor de 16)',
    contact: '¿A quién contactamos?',
    first: 'Nombre',
    last: 'Apellidos',
    mobile: 'Celular',
  },
};

function birthDate(
  rng: { int(a: number, b: number): number },
  lang: Lang,
  minYear: number,
  maxYear: number,
): string {
  const d = String(rng.int(1, 28)).padStart(2, '0');
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const y = rng.int(minYear, maxYear);
  return lang === 'de' ? `${d}.${m}.${y}` : lang === 'en' ? `${d}/${m}/${y}` : `${d}/${m}/${y}`;
}

function insuranceNumber(rng: { digits(n: number): string }, lang: Lang, dob: string): string {
  const compactDob = dob.replace(/\D/g, '');
  if (lang === 'de') return `${rng.digits(4)} ${compactDob.slice(0, 4)}${compactDob.slice(6)}`;
  if (lang === 'fr')
    return `${compactDob.slice(6)}.${compactDob.slice(2, 4)}.${compactDob.slice(0, 2)}-${rng.digits(3)}.${rng.digits(2)}`;
  if (lang === 'es') return rng.digits(11);
  return `${rng.digits(4)} ${rng.digits(5)} ${rng.digits(1)}`;
}

const clinicAppointment: LeadLayout = {
  name: 'clinic-appointment',
  description:
    'dental clinic appointment request (HTML two-column rows): date of birth and insurance/member number beside the contact number, preferred practitioner (staff) and days, reason for the visit',
  count: 12,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CLINIC[lang];
    const biz = pickBusiness(rng, world, lang, 'clinic');
    const c = makeCustomer(rng, lang, biz);
    const doctor = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang].clinic);
    const d = when(rng, lang);
    const dob = birthDate(rng, lang, 1950, 2004);
    const rows: [string, string][] = [
      [L.patient, fullName(c)],
      [L.dob, dob],
      [L.phone, phone],
      [L.email, c.email],
      [L.insurer, rng.pick(['Medibank Example', 'ÖGK', 'Mutualité Exemple', 'IMSS'])],
      [L.insNo, insuranceNumber(rng, lang, dob)],
      [L.newPatient, rng.pick([L.yes, L.no])],
      [L.practitioner, `Dr. ${staffName(doctor)}`],
      [L.days, L.days1],
      [L.reason, message],
    ];
    const html = [
      '<html><body>',
      `<h2 style="color:#0a7">${esc(L.title)}</h2>`,
      '<table width="100%" cellpadding="4">',
      ...rows.map(
        ([k, v]) =>
          `<tr><td width="35%" style="color:#555">${esc(k)}</td><td>${esc(v).replace(/\n/g, '<br>\n')}</td></tr>`,
      ),
      '</table>',
      `<p style="font-size:11px;color:#999">${esc(biz.name)} · ${esc(biz.postcode)} ${esc(biz.city)} · ${esc(nationalOf(biz.phone))} · ${biz.recipient}</p>`,
      '</body></html>',
    ].join('\n');
    const text = [
      L.title,
      '',
      ...rows.map(([k, v]) => `${k}: ${v}`),
      '',
      `${biz.name} · ${nationalOf(biz.phone)}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `${biz.name} <online-booking@${biz.web}>`,
          to: biz.recipient,
          subject: `${L.title} – ${d.short}`,
          date: d,
          domain: biz.web,
        }),
        html,
        text,
      },
      ...givesAll(c, phone, message, [staffName(doctor)]),
    };
  },
};

const clinicGuardian: LeadLayout = {
  name: 'clinic-guardian',
  description:
    'appointment request for a child in plain text: a patient section (the child, with date of birth) and a parent/guardian section with mobile and email; the lead is the guardian, the child is a third party',
  count: 10,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CLINIC[lang];
    const biz = pickBusiness(rng, world, lang, 'clinic');
    const parent = makeCustomer(rng, lang, biz);
    const child = { first: makeCustomer(rng, lang, biz).first, last: parent.last };
    const phone = customerPhone(rng, parent, biz);
    const message = rng.pick(MESSAGES[lang].clinic);
    const d = when(rng, lang);
    const text = [
      `${L.title} (${biz.name})`,
      '',
      `== ${L.child} ==`,
      `${L.first}: ${child.first}`,
      `${L.last}: ${child.last}`,
      `${L.dob}: ${birthDate(rng, lang, 2012, 2022)}`,
      '',
      `== ${L.guardian} ==`,
      `${L.first}: ${parent.first}`,
      `${L.last}: ${parent.last}`,
      `${L.relation}: ${L.mother}`,
      `${L.mobile}: ${phone}`,
      `${L.email}: ${parent.email}`,
      '',
      `== ${L.reason} ==`,
      message,
      '',
      `${L.days}: ${L.days1}`,
      '',
      `${biz.name} · ${nationalOf(biz.phone)}`,
    ].join('\n');
    return {
      biz,
      customer: parent,
      mail: {
        headers: baseHeaders(rng, {
          from: `Online booking <booking@${biz.web}>`,
          to: biz.recipient,
          subject: `${L.title}: ${child.first} ${child.last}`,
          date: d,
          domain: biz.web,
        }),
        text,
      },
      email: parent.email,
      phone: parent.phone.e164,
      name: { first: parent.first, last: parent.last },
      message,
      pii: personPii(parent, phone),
      otherPii: [`${child.first} ${child.last}`],
    };
  },
};

const COMPARE: Dict<
  | 'title'
  | 'applicant'
  | 'salutation'
  | 'first'
  | 'last'
  | 'dob'
  | 'email'
  | 'mobile'
  | 'home'
  | 'notGiven'
  | 'street'
  | 'zip'
  | 'job'
  | 'cover'
  | 'coverType'
  | 'start'
  | 'ref'
  | 'partner'
  | 'notes'
  | 'hotline'
  | 'price'
> = {
  en: {
    title: 'Lead from CompareNest',
    applicant: 'APPLICANT',
    salutation: 'Title',
    first: 'First name',
    last: 'Surname',
    dob: 'DOB',
    email: 'Email',
    mobile: 'Mobile',
    home: 'Home phone',
    notGiven: 'not provided',
    street: 'Address',
    zip: 'Postal code',
    job: 'Occupation',
    cover: 'COVER REQUESTED',
    coverType: 'Product',
    start: 'Start date',
    ref: 'Quote reference',
    partner: 'Partner ID',
    notes: 'Additional information',
    hotline: 'Partner hotline',
    price: 'Indicative premium',
  },
  de: {
    title: 'Lead von CompareNest',
    applicant: 'ANTRAGSTELLER/IN',
    salutation: 'Anrede',
    first: 'Vorname',
    last: 'Nachname',
    dob: 'Geb.-Datum',
    email: 'E-Mail',
    mobile: 'Mobil',
    home: 'Festnetz',
    notGiven: 'keine Angabe',
    street: 'Straße',
    zip: 'PLZ/Ort',
    job: 'Beruf',
    cover: 'GEWÜNSCHTER SCHUTZ',
    coverType: 'Produkt',
    start: 'Beginn',
    ref: 'Vergleichs-Nr.',
    partner: 'Partner-ID',
    notes: 'Anmerkungen',
    hotline: 'Partner-Hotline',
    price: 'Richtpreis',
  },
  fr: {
    title: 'Prospect CompareNest',
    applicant: 'SOUSCRIPTEUR',
    salutation: 'Civilité',
    first: 'Prénom',
    last: 'Nom de famille',
    dob: 'Né(e) le',
    email: 'E-mail',
    mobile: 'Portable',
    home: 'Fixe',
    notGiven: 'non renseigné',
    street: 'Adresse',
    zip: 'NPA / localité',
    job: 'Profession',
    cover: 'GARANTIE DEMANDÉE',
    coverType: 'Produit',
    start: 'Date d’effet',
    ref: 'Réf. comparatif',
    partner: 'ID partenaire',
    notes: 'Informations complémentaires',
    hotline: 'Hotline partenaires',
    price: 'Prime indicative',
  },
  es: {
    title: 'Lead de CompareNest',
    applicant: 'SOLICITANTE',
    salutation: 'Tratamiento',
    first: 'Nombre',
    last: 'Apellidos',
    dob: 'F. nacimiento',
    email: 'Email',
    mobile: 'Móvil',
    home: 'Teléfono fijo',
    notGiven: 'no indicado',
    street: 'Dirección',
    zip: 'Código postal',
    job: 'Profesión',
    cover: 'COBERTURA SOLICITADA',
    coverType: 'Producto',
    start: 'Fecha de inicio',
    ref: 'Ref. comparación',
    partner: 'ID socio',
    notes: 'Información adicional',
    hotline: 'Línea para socios',
    price: 'Prima orientativa',
  },
};

const PRODUCTS: Record<Lang, string[]> = {
  en: ['Home & contents', 'Car – comprehensive', 'Life cover 20 yrs'],
  de: ['Hausrat', 'Kfz Vollkasko', 'Risikolebensversicherung'],
  fr: ['Habitation', 'Auto tous risques', 'Prévoyance'],
  es: ['Hogar', 'Auto todo riesgo', 'Vida'],
};

const STREETS: Record<Lang, (n: number) => string> = {
  en: (n) => `${n} Elm Road`,
  de: (n) => `Lindenweg ${n}`,
  fr: (n) => `${n}, rue des Lilas`,
  es: (n) => `Calle Mayor, ${n}`,
};

const JOBS_HELD: Record<Lang, string[]> = {
  en: ['Engineer', 'Nurse', 'Teacher'],
  de: ['Lehrer/in', 'Ingenieur/in', 'Pflegekraft'],
  fr: ['Infirmier/ère', 'Enseignant(e)', 'Comptable'],
  es: ['Contable', 'Docente', 'Enfermero/a'],
};

const comparisonSite: LeadLayout = {
  name: 'comparison-site',
  description:
    'insurance comparison-site lead with many fields in upper-case sections: title, first name and surname apart, date of birth, mobile and an empty home phone, address, quote reference shaped like a phone number, partner hotline; free-text notes only sometimes',
  count: 12,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = COMPARE[lang];
    const biz = pickBusiness(rng, world, lang, 'insurance');
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const hasNotes = rng.chance(0.6);
    const message = hasNotes ? rng.pick(MESSAGES[lang].insurance) : null;
    const d = when(rng, lang);
    const start = when(rng, lang, 40);
    const hotline = makePhone(rng, biz.region);
    const ref = `${rng.pick(['0800', '0900', '0180'])} ${rng.digits(3)} ${rng.digits(4)}`;
    const rows: [string, string][] = [
      [
        L.salutation,
        rng.pick(
          lang === 'en'
            ? ['Mr', 'Ms', 'Mx']
            : lang === 'de'
              ? ['Herr', 'Frau']
              : lang === 'fr'
                ? ['M.', 'Mme']
                : ['Sr.', 'Sra.'],
        ),
      ],
      [L.first, c.first],
      [L.last, c.last ?? ''],
      [L.dob, birthDate(rng, lang, 1955, 2001)],
      [L.email, c.email],
      [L.mobile, phone],
      [L.home, L.notGiven],
      [L.street, STREETS[lang](rng.int(2, 140))],
      [L.zip, `${biz.postcode} ${biz.city}`],
      [L.job, rng.pick(JOBS_HELD[lang])],
    ];
    const cover: [string, string][] = [
      [L.coverType, rng.pick(PRODUCTS[lang])],
      [L.start, start.short],
      [
        L.price,
        `${rng.int(18, 95)},${rng.digits(2)} / ${lang === 'en' ? 'month' : lang === 'de' ? 'Monat' : lang === 'fr' ? 'mois' : 'mes'}`,
      ],
      [L.ref, ref],
      [L.partner, `P-${rng.digits(5)}`],
    ];
    const pad = (k: string) => `${k}:`.padEnd(24);
    const text = [
      L.title,
      '',
      L.applicant,
      ...rows.map(([k, v]) => `${pad(k)}${v}`),
      '',
      L.cover,
      ...cover.map(([k, v]) => `${pad(k)}${v}`),
      '',
      `${L.notes}:`,
      message ?? '-',
      '',
      `CompareNest · ${L.hotline} ${internationalOf(hotline)} · partners@comparenest.example`,
    ].join('\n');
    const html = [
      '<html><body><table cellpadding="3">',
      `<tr><td colspan="2"><b>${esc(L.title)}</b></td></tr>`,
      `<tr><td colspan="2" style="background:#eee">${esc(L.applicant)}</td></tr>`,
      ...rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`),
      `<tr><td colspan="2" style="background:#eee">${esc(L.cover)}</td></tr>`,
      ...cover.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`),
      `<tr><td valign="top">${esc(L.notes)}</td><td>${message ? esc(message).replace(/\n/g, '<br>\n') : '-'}</td></tr>`,
      '</table>',
      `<p>CompareNest &middot; ${esc(L.hotline)} ${esc(internationalOf(hotline))} &middot; partners@comparenest.example</p>`,
      '</body></html>',
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'CompareNest Partner Leads <leads@comparenest.example>',
          to: biz.recipient,
          subject: `${L.title} – ${ref}`,
          date: d,
          domain: 'comparenest.example',
        }),
        text,
        html,
      },
      ...givesAll(c, phone, message),
    };
  },
};

export const HTML_LEAD_LAYOUTS: LeadLayout[] = [
  crmIconLabels,
  crmStackedColumns,
  thTelMailto,
  foreignLabels,
  venueDotLeaders,
  clinicAppointment,
  clinicGuardian,
  comparisonSite,
];
