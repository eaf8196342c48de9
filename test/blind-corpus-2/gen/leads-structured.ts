/** Lead layouts that are machine dumps or strongly structured notifications. */
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
  when,
} from './layout.js';
import type { Lang } from './model.js';
import { internationalOf, makePhone, nationalOf } from './phones.js';
import { fullName, MESSAGES, makeCustomer } from './world.js';

type Dict<K extends string> = Record<Lang, Record<K, string>>;

const DUMP: Dict<'subject' | 'intro'> = {
  en: { subject: 'Form post received', intro: 'The following data was posted to your endpoint:' },
  de: { subject: 'Formulardaten empfangen', intro: 'Folgende Daten wurden an Ihren Endpunkt gesendet:' },
  fr: {
    subject: 'Données de formulaire reçues',
    intro: 'Les données suivantes ont été envoyées à votre point d’accès :',
  },
  es: {
    subject: 'Datos de formulario recibidos',
    intro: 'Se han enviado los siguientes datos a su endpoint:',
  },
};

const KEYS: Record<Lang, { name: string; email: string; phone: string; msg: string }> = {
  en: { name: 'your_name', email: 'email_address', phone: 'telephone', msg: 'comments' },
  de: { name: 'name', email: 'email', phone: 'telefon', msg: 'nachricht' },
  fr: { name: 'nom_complet', email: 'courriel', phone: 'tel', msg: 'message' },
  es: { name: 'nombre', email: 'correo', phone: 'telefono', msg: 'mensaje' },
};

/** application/x-www-form-urlencoded: UTF-8 percent-encoding, spaces as '+', line breaks as %0D%0A. */
function formEncode(value: string): string {
  return encodeURIComponent(value.replace(/\n/g, '\r\n'))
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

const FORMRELAY_SUPPORT = { e164: '+16175550163', region: 'US' as const };

const urlencodedDump: LeadLayout = {
  name: 'urlencoded-dump',
  description:
    'form relay that mails the raw application/x-www-form-urlencoded POST body (percent-encoded UTF-8, + for spaces, %0D%0A line breaks), on one line or one key=value pair per line, with hidden fields (token, page, owner phone)',
  count: 10,
  bodies: ['plain'],
  transfers: ['7bit', '8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = DUMP[lang];
    const K = KEYS[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const pairs: [string, string][] = [
      ['_token', rng.hex(24)],
      [K.name, fullName(c)],
      [K.email, c.email],
      [K.phone, phone],
      [K.msg, message],
      ['page', `/${lang === 'en' ? 'contact-us' : 'contacto'}`],
      ['site_owner_phone', nationalOf(biz.phone)],
      ['submit', lang === 'de' ? 'Absenden' : lang === 'fr' ? 'Envoyer' : lang === 'es' ? 'Enviar' : 'Send'],
    ];
    const encoded = pairs.map(([k, v]) => `${k}=${formEncode(v)}`);
    const oneLine = rng.chance(0.5);
    const text = [
      L.intro,
      '',
      oneLine ? encoded.join('&') : encoded.join('\n'),
      '',
      `-- FormRelay (${internationalOf(FORMRELAY_SUPPORT)}) · POST https://${biz.web}/form · ${d.iso}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'FormRelay <relay@formrelay.example>',
          to: biz.recipient,
          subject: `${L.subject} (${biz.web})`,
          date: d,
          domain: 'formrelay.example',
        }),
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const YAML_KEYS: Record<
  Lang,
  { contact: string; first: string; last: string; email: string; phone: string; message: string }
> = {
  en: {
    contact: 'contact',
    first: 'first_name',
    last: 'last_name',
    email: 'email',
    phone: 'phone',
    message: 'message',
  },
  de: {
    contact: 'kontakt',
    first: 'vorname',
    last: 'nachname',
    email: 'email',
    phone: 'telefon',
    message: 'nachricht',
  },
  fr: {
    contact: 'contact',
    first: 'prenom',
    last: 'nom',
    email: 'email',
    phone: 'telephone',
    message: 'message',
  },
  es: {
    contact: 'contacto',
    first: 'nombre',
    last: 'apellidos',
    email: 'email',
    phone: 'telefono',
    message: 'mensaje',
  },
};

const yamlDump: LeadLayout = {
  name: 'yaml-dump',
  description:
    "developer-built site that mails the submission as a YAML document: submission metadata, a nested contact map with first/last names, a block-literal (|) multi-line message, request metadata and the site owner's support phone",
  count: 10,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const K = YAML_KEYS[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
    const text = [
      '---',
      'submission:',
      `  id: ${rng.digits(6)}`,
      `  received: ${d.iso}`,
      `  form: ${q(lang === 'en' ? 'Contact' : lang === 'de' ? 'Kontakt' : 'Contacto')}`,
      `${K.contact}:`,
      `  ${K.first}: ${q(c.first)}`,
      `  ${K.last}: ${q(c.last ?? '')}`,
      `  ${K.email}: ${c.email}`,
      `  ${K.phone}: ${q(phone)}`,
      `${K.message}: |`,
      ...message.split('\n').map((l) => (l ? `  ${l}` : '')),
      'meta:',
      `  ip: 203.0.113.${rng.int(2, 250)}`,
      `  user_agent: ${q('Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0')}`,
      'site:',
      `  owner: ${q(biz.name)}`,
      `  support_phone: ${q(internationalOf(biz.phone))}`,
      '...',
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `webmaster@${biz.web}`,
          to: biz.recipient,
          subject: `[${biz.web}] submission`,
          date: d,
          domain: biz.web,
        }),
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const XML_NAMES: Record<Lang, { first: string; last: string; email: string; phone: string; msg: string }> = {
  en: { first: 'FirstName', last: 'LastName', email: 'EmailAddress', phone: 'PhoneNumber', msg: 'Enquiry' },
  de: { first: 'Vorname', last: 'Nachname', email: 'EMail', phone: 'Telefon', msg: 'Anfrage' },
  fr: { first: 'Prenom', last: 'Nom', email: 'Courriel', phone: 'Telephone', msg: 'Demande' },
  es: { first: 'Nombre', last: 'Apellidos', email: 'Correo', phone: 'Telefono', msg: 'Consulta' },
};

const xmlGeneric: LeadLayout = {
  name: 'xml-generic',
  description:
    'a form system\'s own XML export (not ADF): <field name="…"> elements or named elements with the business\'s account block (company, phone, email) before the submission; in the body or as an .xml attachment',
  count: 10,
  bodies: ['plain'],
  transfers: ['7bit', '8bit', 'quoted-printable', 'base64'],
  charsets: ['utf-8', 'iso-8859-1'],
  make(rng, lang, world) {
    const N = XML_NAMES[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const fieldStyle = rng.chance(0.5);
    const fields: [string, string][] = [
      [N.first, c.first],
      [N.last, c.last ?? ''],
      [N.email, c.email],
      [N.phone, phone],
      [N.msg, message],
    ];
    const submission = fieldStyle
      ? fields.map(([k, v]) => `    <field name="${k}">${xmlEscape(v)}</field>`)
      : fields.map(([k, v]) => `    <${k}>${xmlEscape(v)}</${k}>`);
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<export generator="Formulo 4.2" created="${d.iso}">`,
      '  <account>',
      `    <company>${xmlEscape(biz.name)}</company>`,
      `    <phone>${internationalOf(biz.phone)}</phone>`,
      `    <email>${biz.recipient}</email>`,
      '  </account>',
      `  <submission id="${rng.digits(7)}" form="contact">`,
      ...submission,
      '  </submission>',
      '</export>',
    ].join('\n');
    const attach = rng.chance(0.5);
    const text = attach
      ? `Formulo: 1 new submission, see the attached XML.\nFormulo support: ${internationalOf(FORMRELAY_SUPPORT)}\n`
      : `${xml}\n`;
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'Formulo Export <export@formulo.example>',
          to: biz.recipient,
          subject: `Formulo export ${d.short}`,
          date: d,
          domain: 'formulo.example',
        }),
        text,
        attachments: attach
          ? [
              {
                filename: `submission-${rng.digits(5)}.xml`,
                contentType: 'application/xml',
                content: xml,
                charset: 'utf-8',
              },
            ]
          : undefined,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const SHEET: Dict<
  'subject' | 'intro' | 'ts' | 'name' | 'email' | 'phone' | 'msg' | 'src' | 'open' | 'website'
> = {
  en: {
    subject: 'New row in "Website enquiries"',
    intro: 'A row was added to the sheet "Website enquiries":',
    ts: 'Timestamp',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    msg: 'Message',
    src: 'Source',
    open: 'Open the sheet',
    website: 'website',
  },
  de: {
    subject: 'Neue Zeile in „Anfragen Webseite“',
    intro: 'Eine Zeile wurde zur Tabelle „Anfragen Webseite“ hinzugefügt:',
    ts: 'Zeitstempel',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    msg: 'Nachricht',
    src: 'Quelle',
    open: 'Tabelle öffnen',
    website: 'Webseite',
  },
  fr: {
    subject: 'Nouvelle ligne dans « Demandes site »',
    intro: 'Une ligne a été ajoutée à la feuille « Demandes site » :',
    ts: 'Horodatage',
    name: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    msg: 'Message',
    src: 'Source',
    open: 'Ouvrir la feuille',
    website: 'site',
  },
  es: {
    subject: 'Nueva fila en «Consultas web»',
    intro: 'Se ha añadido una fila a la hoja «Consultas web»:',
    ts: 'Marca temporal',
    name: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    msg: 'Mensaje',
    src: 'Origen',
    open: 'Abrir la hoja',
    website: 'web',
  },
};

const tsvSheetRow: LeadLayout = {
  name: 'tsv-sheet-row',
  description:
    'spreadsheet automation: "a row was added" with a tab-separated header line and one value line (message flattened to one line), then a link to the sheet',
  count: 10,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = SHEET[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const header = [L.ts, L.name, L.email, L.phone, L.msg, L.src];
    const row = [
      `${d.short} ${d.time}:${String(rng.int(0, 59)).padStart(2, '0')}`,
      fullName(c),
      c.email,
      phone,
      message.replace(/\n+/g, ' '),
      L.website,
    ];
    const text = [
      L.intro,
      '',
      header.join('\t'),
      row.join('\t'),
      '',
      `${L.open}: https://sheets.example/d/${rng.hex(20)}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'Sheet Alerts <alerts@sheets.example>',
          to: biz.recipient,
          subject: L.subject,
          date: d,
          domain: 'sheets.example',
        }),
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const apiFieldNames: LeadLayout = {
  name: 'api-field-names',
  description:
    'CRM web-to-lead debug mail listing raw API field names (first_name, last_name, mobile, description, 00N… custom field ids, oid, retURL, lead_source) one per line as "key: value", with the org id and a debug banner',
  count: 10,
  bodies: ['plain'],
  transfers: ['7bit', '8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const text = [
      '*** Web-to-Lead debug: this lead was also created in your org ***',
      '',
      `oid: 00D${rng.hex(12).toUpperCase()}`,
      `retURL: https://${biz.web}/thanks`,
      `first_name: ${c.first}`,
      `last_name: ${c.last ?? ''}`,
      `email: ${c.email}`,
      `mobile: ${phone}`,
      `company: ${rng.pick(['', 'n/a', '-'])}`,
      `00N${rng.hex(12).toUpperCase()}: ${biz.postcode}`,
      `description: ${message.replace(/\n\n/g, '\n\n             ')}`,
      `lead_source: Web`,
      `00N${rng.hex(12).toUpperCase()}: ${rng.digits(10)}`,
      '',
      `Debug mode is on for ${biz.recipient}. Turn it off in Setup → Web-to-Lead.`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'Web-to-Lead <noreply@crm-cloud.example>',
          to: biz.recipient,
          subject: 'Web-to-Lead debug',
          date: d,
          domain: 'crm-cloud.example',
        }),
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const EMOJI: Dict<
  'subject' | 'name' | 'email' | 'phone' | 'help' | 'heard' | 'heardA' | 'submitted' | 'response' | 'powered'
> = {
  en: {
    subject: 'New response to "Get a quote" 📝',
    name: "👋 First things first, what's your name?",
    email: '📧 And your email address?',
    phone: "📞 What's the best number to reach you on?",
    help: '💬 What can we help you with?',
    heard: '🔎 How did you hear about us?',
    heardA: 'A friend',
    submitted: 'Submitted',
    response: 'Response ID',
    powered: 'Powered by Formflow · help +1 617 555 0163',
  },
  de: {
    subject: 'Neue Antwort auf „Angebot anfragen“ 📝',
    name: '👋 Zuerst: Wie heißen Sie?',
    email: '📧 Ihre E-Mail-Adresse?',
    phone: '📞 Unter welcher Nummer erreichen wir Sie am besten?',
    help: '💬 Wobei können wir helfen?',
    heard: '🔎 Wie sind Sie auf uns aufmerksam geworden?',
    heardA: 'Empfehlung',
    submitted: 'Eingereicht',
    response: 'Antwort-ID',
    powered: 'Bereitgestellt von Formflow · Hilfe +1 617 555 0163',
  },
  fr: {
    subject: 'Nouvelle réponse à « Demander un devis » 📝',
    name: '👋 Pour commencer, quel est votre nom ?',
    email: '📧 Votre adresse e-mail ?',
    phone: '📞 À quel numéro pouvons-nous vous joindre ?',
    help: '💬 Comment pouvons-nous vous aider ?',
    heard: '🔎 Comment nous avez-vous connus ?',
    heardA: 'Bouche-à-oreille',
    submitted: 'Envoyé le',
    response: 'ID de réponse',
    powered: 'Propulsé par Formflow · aide +1 617 555 0163',
  },
  es: {
    subject: 'Nueva respuesta a «Pedir presupuesto» 📝',
    name: '👋 Lo primero, ¿cómo te llamas?',
    email: '📧 ¿Y tu correo electrónico?',
    phone: '📞 ¿En qué número te localizamos mejor?',
    help: '💬 ¿En qué te podemos ayudar?',
    heard: '🔎 ¿Cómo nos has conocido?',
    heardA: 'Por un amigo',
    submitted: 'Enviado',
    response: 'ID de respuesta',
    powered: 'Con la tecnología de Formflow · ayuda +1 617 555 0163',
  },
};

const emojiQuestionAnswers: LeadLayout = {
  name: 'emoji-question-answers',
  description:
    'conversational-form response: each question starts with an emoji and ends with "?", the answer on the following line(s), a blank line between pairs; response id, timestamp and the form tool\'s help line',
  count: 12,
  bodies: ['plain', 'alt'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = EMOJI[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const qa: [string, string][] = [
      [L.name, fullName(c)],
      [L.email, c.email],
      [L.phone, phone],
      [L.help, message],
      [L.heard, L.heardA],
    ];
    const text = [
      L.subject,
      '',
      ...qa.map(([q, a]) => `${q}\n${a}\n`),
      `${L.submitted}: ${d.short} ${d.time}`,
      `${L.response}: ${rng.hex(8)}-${rng.hex(4)}`,
      '',
      L.powered,
    ].join('\n');
    const html = [
      '<html><body style="font-family:Helvetica">',
      ...qa.map(
        ([q, a]) =>
          `<p style="color:#555;margin-bottom:2px">${esc(q)}</p>\n<div style="font-size:16px">${htmlParagraphs(a)}</div>`,
      ),
      `<p style="color:#aaa">${esc(L.submitted)}: ${d.short} ${d.time}<br>${esc(L.powered)}</p>`,
      '</body></html>',
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'Formflow <notifications@formflow.example>',
          to: biz.recipient,
          subject: L.subject,
          date: d,
          domain: 'formflow.example',
        }),
        text,
        html,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const CALLBACK: Dict<
  'subject' | 'intro' | 'name' | 'number' | 'when' | 'slot' | 'topic' | 'email' | 'none' | 'req' | 'consent'
> = {
  en: {
    subject: 'Callback request',
    intro: 'A visitor asked to be called back.',
    name: 'Name',
    number: 'Number to call',
    when: 'Preferred time',
    slot: 'tomorrow between 09:00 and 11:00',
    topic: 'Reason for the call',
    email: 'Email (optional)',
    none: '(not given)',
    req: 'Request no.',
    consent: 'Consent to be called: yes',
  },
  de: {
    subject: 'Rückrufbitte',
    intro: 'Ein Besucher bittet um Rückruf.',
    name: 'Name',
    number: 'Rückrufnummer',
    when: 'Wunschzeit',
    slot: 'morgen zwischen 09:00 und 11:00 Uhr',
    topic: 'Worum geht es?',
    email: 'E-Mail (optional)',
    none: '(keine Angabe)',
    req: 'Anfrage-Nr.',
    consent: 'Einwilligung Rückruf: ja',
  },
  fr: {
    subject: 'Demande de rappel',
    intro: 'Un visiteur souhaite être rappelé.',
    name: 'Nom',
    number: 'Numéro à rappeler',
    when: 'Créneau souhaité',
    slot: 'demain entre 9 h et 11 h',
    topic: 'Objet de l’appel',
    email: 'E-mail (facultatif)',
    none: '(non renseigné)',
    req: 'Demande n°',
    consent: 'Accepte d’être rappelé : oui',
  },
  es: {
    subject: 'Solicitud de llamada',
    intro: 'Un visitante pide que le llamen.',
    name: 'Nombre',
    number: 'Número de contacto',
    when: 'Horario preferido',
    slot: 'mañana entre las 9:00 y las 11:00',
    topic: 'Motivo de la llamada',
    email: 'Correo (opcional)',
    none: '(no indicado)',
    req: 'N.º de solicitud',
    consent: 'Acepta ser llamado: sí',
  },
};

const callbackRequest: LeadLayout = {
  name: 'callback-request',
  description:
    'website "call me back" widget: name, number to call, preferred time slot with clock times, the reason for the call, an optional email often left empty, a request number with date digits',
  count: 10,
  bodies: ['plain', 'html'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CALLBACK[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const topic = rng.pick(MESSAGES[lang][biz.trade]);
    const giveEmail = rng.chance(0.4);
    const d = when(rng, lang);
    const rows: [string, string][] = [
      [L.name, fullName(c)],
      [L.number, phone],
      [L.when, L.slot],
      [L.topic, topic],
      [L.email, giveEmail ? c.email : L.none],
      [L.req, `${d.iso.slice(0, 10).replace(/-/g, '')}-${rng.digits(4)}`],
    ];
    const text = [L.intro, '', ...rows.map(([k, v]) => `${k}: ${v}`), '', L.consent].join('\n');
    const html = `<html><body><p>${esc(L.intro)}</p><table>${rows
      .map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`)
      .join('\n')}</table><p>${esc(L.consent)}</p></body></html>`;
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: `${biz.name} <callback@${biz.web}>`,
          to: biz.recipient,
          subject: `${L.subject}: ${fullName(c)}`,
          date: d,
          domain: biz.web,
        }),
        text,
        html,
      },
      email: giveEmail ? c.email : null,
      phone: c.phone.e164,
      name: { first: c.first, last: c.last },
      message: topic,
      pii: personPii(c, phone, giveEmail),
      otherPii: [],
    };
  },
};

const QUOTE: Dict<
  | 'subject'
  | 'intro'
  | 'job'
  | 'desc'
  | 'where'
  | 'budget'
  | 'timing'
  | 'asap'
  | 'customer'
  | 'phone'
  | 'email'
  | 'ref'
  | 'credits'
  | 'respond'
  | 'support'
> = {
  en: {
    subject: 'New job request near',
    intro: 'A customer near you is looking for a tradesperson.',
    job: 'Job',
    desc: 'Description',
    where: 'Postcode',
    budget: 'Budget',
    timing: 'Start',
    asap: 'As soon as possible',
    customer: 'Customer',
    phone: 'Phone',
    email: 'Email',
    ref: 'Job reference',
    credits: 'Responding costs 3 lead credits.',
    respond: 'Respond within 24 hours to keep your response rating.',
    support: 'BuildQuote support',
  },
  de: {
    subject: 'Neuer Auftrag in der Nähe von',
    intro: 'Ein Kunde in Ihrer Nähe sucht einen Handwerksbetrieb.',
    job: 'Auftrag',
    desc: 'Beschreibung',
    where: 'PLZ',
    budget: 'Budget',
    timing: 'Beginn',
    asap: 'So bald wie möglich',
    customer: 'Auftraggeber/in',
    phone: 'Telefon',
    email: 'E-Mail',
    ref: 'Auftragsnummer',
    credits: 'Eine Antwort kostet 3 Credits.',
    respond: 'Antworten Sie innerhalb von 24 Stunden, um Ihre Bewertung zu halten.',
    support: 'BuildQuote-Support',
  },
  fr: {
    subject: 'Nouvelle demande de travaux près de',
    intro: 'Un client près de chez vous cherche un artisan.',
    job: 'Travaux',
    desc: 'Description',
    where: 'Code postal',
    budget: 'Budget',
    timing: 'Début',
    asap: 'Dès que possible',
    customer: 'Client',
    phone: 'Téléphone',
    email: 'E-mail',
    ref: 'Référence',
    credits: 'Répondre coûte 3 crédits.',
    respond: 'Répondez sous 24 heures pour conserver votre note.',
    support: 'Assistance BuildQuote',
  },
  es: {
    subject: 'Nuevo trabajo cerca de',
    intro: 'Un cliente cerca de usted busca un profesional.',
    job: 'Trabajo',
    desc: 'Descripción',
    where: 'Código postal',
    budget: 'Presupuesto',
    timing: 'Inicio',
    asap: 'Lo antes posible',
    customer: 'Cliente',
    phone: 'Teléfono',
    email: 'Email',
    ref: 'Referencia',
    credits: 'Responder cuesta 3 créditos.',
    respond: 'Responda en 24 horas para mantener su valoración.',
    support: 'Soporte BuildQuote',
  },
};

const JOBS: Record<Lang, string[]> = {
  en: ['Roof repair', 'Guttering', 'Bathroom refit'],
  de: ['Sanitär', 'Heizung', 'Badsanierung'],
  fr: ['Plomberie', 'Isolation', 'Salle de bains'],
  es: ['Reforma de cocina', 'Fontanería', 'Humedades'],
};

const quoteMarketplace: LeadLayout = {
  name: 'quote-marketplace',
  description:
    'trades quote-request marketplace: job title, description (the message), postcode, budget, start; customer block after the job; job reference in phone-like digit groups, credit cost, marketplace support line',
  count: 12,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = QUOTE[lang];
    const biz = pickBusiness(rng, world, lang, 'trades');
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang].trades);
    const d = when(rng, lang);
    const support = makePhone(rng, biz.region);
    const ref = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`;
    const job: [string, string][] = [
      [L.job, rng.pick(JOBS[lang])],
      [L.desc, message],
      [L.where, biz.postcode],
      [L.budget, `${rng.int(5, 40) * 100}–${rng.int(41, 90) * 100}`],
      [L.timing, L.asap],
    ];
    const customer: [string, string][] = [
      [L.customer, fullName(c)],
      [L.phone, phone],
      [L.email, c.email],
    ];
    const html = [
      '<html><body style="font-family:Verdana">',
      `<p>${esc(L.intro)}</p>`,
      `<table cellpadding="4">${job.map(([k, v]) => `<tr><td valign="top"><b>${esc(k)}</b></td><td>${esc(v).replace(/\n/g, '<br>\n')}</td></tr>`).join('\n')}</table>`,
      `<table cellpadding="4" style="background:#f7f7f7">${customer.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(v)}</td></tr>`).join('\n')}</table>`,
      `<p>${esc(L.ref)}: ${ref}<br>${esc(L.credits)} ${esc(L.respond)}</p>`,
      `<p style="font-size:10px">${esc(L.support)}: ${esc(nationalOf(support))} &middot; help@buildquote.example</p>`,
      '</body></html>',
    ].join('\n');
    const text = [
      L.intro,
      '',
      ...job.map(([k, v]) => `${k}: ${v}`),
      '',
      ...customer.map(([k, v]) => `${k}: ${v}`),
      '',
      `${L.ref}: ${ref}`,
      L.credits,
      L.respond,
      '',
      `${L.support}: ${nationalOf(support)}`,
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: 'BuildQuote <jobs@buildquote.example>',
          to: biz.recipient,
          subject: `${L.subject} ${biz.postcode}`,
          date: d,
          domain: 'buildquote.example',
        }),
        html,
        text,
      },
      ...givesAll(c, phone, message),
    };
  },
};

export const STRUCTURED_LEAD_LAYOUTS: LeadLayout[] = [
  urlencodedDump,
  yamlDump,
  xmlGeneric,
  tsvSheetRow,
  apiFieldNames,
  emojiQuestionAnswers,
  callbackRequest,
  quoteMarketplace,
];
