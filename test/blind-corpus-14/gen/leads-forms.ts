/** Form-builder, plugin, attachment and letter layouts. */
import { caps as CAPS, capsFair, countryName, international } from './data.js';
import { attachment } from './mime.js';
import {
  esc,
  fullName,
  isoDate,
  L,
  type LeadCtx,
  type LeadLayout,
  longDate,
  paras,
  phoneWithExt,
} from './types.js';

const dash = (v: string | null | undefined, blank = '—') => (v ? v : blank);
const site = (c: LeadCtx) => `www.${c.b.domain}`;
function shown(c: LeadCtx) {
  const up = c.caps && capsFair(fullName(c.p));
  return {
    first: up ? CAPS(c.p.first) : c.p.first,
    last: c.p.last ? (up ? CAPS(c.p.last) : c.p.last) : null,
    full: up ? CAPS(fullName(c.p)) : fullName(c.p),
    up,
  };
}

export const FORM_LAYOUTS: LeadLayout[] = [
  {
    id: 'plugin-table-question-labels-required-stars-country',
    description:
      'plugin "Formwright" (HTML with text): label-left table, question labels with *, country field',
    countryShown: true,
    noMessage: 0.1,
    build(c) {
      const { p, b, lang } = c;
      const rows: [string, string][] = [
        [
          L(
            lang,
            'What should we call you? *',
            'Wie dürfen wir Sie ansprechen? *',
            'Comment vous appelez-vous ? *',
            '¿Cómo te llamas? *',
          ),
          fullName(p),
        ],
        [
          L(
            lang,
            'Your e-mail address',
            'Ihre E-Mail-Adresse',
            'Votre adresse e-mail',
            'Tu correo electrónico',
          ),
          dash(p.email, ''),
        ],
        [
          L(
            lang,
            'Best number to reach you *',
            'Unter welcher Nummer erreichen wir Sie? *',
            'Un numéro où vous joindre ? *',
            '¿A qué número te llamamos? *',
          ),
          dash(p.phoneWritten, ''),
        ],
        [L(lang, 'Country *', 'Land *', 'Pays *', 'País *'), countryName(p.country, lang)],
        [
          L(
            lang,
            'What can we help with?',
            'Wobei können wir helfen?',
            'En quoi pouvons-nous vous aider ?',
            '¿En qué te podemos ayudar?',
          ),
          c.msg ?? '',
        ],
      ];
      const entry = 1000 + c.n * 7;
      const foot = L(
        lang,
        `Entry #${entry} · View it in your Formwright dashboard · You get this e-mail because you manage forms on ${site(c)}.`,
        `Eintrag #${entry} · Im Formwright-Dashboard ansehen · Sie erhalten diese E-Mail, weil Sie Formulare auf ${site(c)} verwalten.`,
        `Entrée n° ${entry} · Voir dans le tableau de bord Formwright · Vous recevez cet e-mail car vous gérez les formulaires de ${site(c)}.`,
        `Entrada #${entry} · Ver en el panel de Formwright · Recibes este correo porque administras formularios en ${site(c)}.`,
      );
      const html = `<h2>${esc(L(lang, 'New entry: Contact us', 'Neuer Eintrag: Kontakt', 'Nouvelle entrée : Contact', 'Nueva entrada: Contacto'))}</h2>
<table cellpadding="6" style="border-collapse:collapse">
${rows.map(([k, v]) => `<tr><th align="left" style="background:#f3f3f3">${esc(k)}</th><td>${v ? paras(v) : '&nbsp;'}</td></tr>`).join('\n')}
</table>
<p style="color:#888;font-size:11px">${esc(foot)}</p>`;
      const text = `${rows.map(([k, v]) => `${k}\n  ${v.replace(/\n/g, '\n  ')}`).join('\n\n')}\n\n${foot}\n`;
      return {
        draft: {
          from: { name: 'Formwright', email: `notify@formwright.example` },
          to: [{ email: b.inbox }],
          replyTo: p.email ? { email: p.email } : undefined,
          subject: L(
            lang,
            `[${b.name}] New entry: Contact us`,
            `[${b.name}] Neuer Eintrag: Kontakt`,
            `[${b.name}] Nouvelle entrée : Contact`,
            `[${b.name}] Nueva entrada: Contacto`,
          ),
          text,
          html,
          primary: 'html',
        },
      };
    },
  },
  {
    id: 'plaintext-pipe-table-surname-first-label',
    description:
      'site contact module (plain): pipe table "Field | Value" with "Name (surname, first name)", message under an underlined heading, generator footer',
    noMessage: 0.1,
    capsP: 0.2,
    ext: true,
    build(c) {
      const { p, b, lang } = c;
      const s = shown(c);
      const surnameCaps = !s.up && c.rng.chance(0.5) && capsFair(p.last ?? '');
      const last = surnameCaps ? CAPS(p.last ?? '') : (s.last ?? '');
      const nameV = `${last}, ${s.first}`;
      const rows: [string, string][] = [
        [
          L(
            lang,
            'Name (surname, first name)',
            'Name (Nachname, Vorname)',
            'Nom (nom, prénom)',
            'Nombre (apellidos, nombre)',
          ),
          nameV,
        ],
        [L(lang, 'E-mail', 'E-Mail', 'Courriel', 'Correo'), dash(p.email)],
        ['Tel.', dash(phoneWithExt(p))],
        [
          L(lang, 'Subject', 'Betreff', 'Objet', 'Asunto'),
          L(lang, 'Enquiry', 'Anfrage', 'Demande', 'Consulta'),
        ],
      ];
      const w = Math.max(...rows.map((r) => r[0].length));
      const v = Math.max(...rows.map((r) => r[1].length));
      const line = (a: string, bb: string) => `| ${a.padEnd(w)} | ${bb.padEnd(v)} |`;
      const table = [
        line(L(lang, 'Field', 'Feld', 'Champ', 'Campo'), L(lang, 'Value', 'Wert', 'Valeur', 'Valor')),
        `|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|`,
        ...rows.map((r) => line(r[0], r[1])),
      ].join('\n');
      const head = L(lang, 'Message', 'Nachricht', 'Message', 'Mensaje');
      const text = `${L(lang, 'Someone used the contact form at', 'Über das Kontaktformular auf', 'Quelqu’un a utilisé le formulaire de contact de', 'Alguien usó el formulario de contacto de')} ${site(c)}:\n\n${table}\n\n${head}\n${'-'.repeat(head.length)}\n${c.msg ?? L(lang, '(empty)', '(leer)', '(vide)', '(vacío)')}\n\n-- \n${L(lang, 'Generated by the site contact module. Submission', 'Erzeugt vom Kontaktmodul der Website. Einsendung', 'Généré par le module de contact du site. Envoi', 'Generado por el módulo de contacto del sitio. Envío')} ${c.rng.int(2000, 9999)}.\n`;
      const pii = [nameV, `${p.last}, ${p.first}`];
      return {
        draft: {
          from: { email: `noreply@${b.domain}` },
          to: [{ email: b.inbox }],
          subject: `${L(lang, 'Contact form', 'Kontaktformular', 'Formulaire de contact', 'Formulario de contacto')}: ${L(lang, 'Enquiry', 'Anfrage', 'Demande', 'Consulta')}`,
          text,
        },
        pii,
        fullPrinted: false,
      };
    },
  },
  {
    id: 'box-drawing-table-tel-extension-after-message-consent',
    description:
      'old PHP mailer (plain, UTF-8): Unicode box-drawing table with role labels and "Tel. / ext.", the message under it, then consent, IP and user agent',
    ext: true,
    noMessage: 0.15,
    build(c) {
      const { p, b, lang } = c;
      const rows: [string, string][] = [
        [L(lang, 'Enquirer', 'Anfragende Person', 'Demandeur', 'Solicitante'), fullName(p)],
        [L(lang, 'E-mail addr.', 'E-Mail-Adr.', 'Adr. e-mail', 'Dir. correo'), dash(p.email, '-')],
        [L(lang, 'Tel. / ext.', 'Tel. / DW', 'Tél. / poste', 'Tel. / ext.'), dash(phoneWithExt(p), '-')],
        [
          L(lang, 'Preferred contact', 'Kontaktweg', 'Contact préféré', 'Contacto preferido'),
          p.phone ? L(lang, 'phone', 'Telefon', 'téléphone', 'teléfono') : 'e-mail',
        ],
      ];
      const w = Math.max(...rows.map((r) => r[0].length));
      const v = Math.max(...rows.map((r) => r[1].length));
      const table = [
        `┌${'─'.repeat(w + 2)}┬${'─'.repeat(v + 2)}┐`,
        ...rows.map((r) => `│ ${r[0].padEnd(w)} │ ${r[1].padEnd(v)} │`),
        `└${'─'.repeat(w + 2)}┴${'─'.repeat(v + 2)}┘`,
      ].join('\n');
      const text = `${table}\n\n${L(lang, 'Request:', 'Anliegen:', 'Demande :', 'Solicitud:')}\n${c.msg ?? '-'}\n\n${L(lang, 'Privacy notice accepted: yes', 'Datenschutzhinweis akzeptiert: ja', 'Politique de confidentialité acceptée : oui', 'Aviso de privacidad aceptado: sí')}\nIP: 10.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}\nUser-Agent: Mozilla/5.0 (Linux; Android 14)\n`;
      return {
        draft: {
          from: { name: b.name, email: `mailer@${b.domain}` },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'Website request',
            'Anfrage über die Website',
            'Demande via le site',
            'Solicitud desde la web',
          ),
          text,
        },
      };
    },
  },
  {
    id: 'dl-booking-contact-guardian-vs-participant',
    description:
      'booking plugin "Slotly" (HTML with text): <dl> with a "Booking contact (parent / guardian)" section and a "Participant" section with the child\'s name and age; cancellation terms',
    noMessage: 0.3,
    build(c) {
      const { p, b, lang, rng } = c;
      const kid = rng.pick(['Amani', 'Noah', 'Zuri', 'Léa', 'Mateo', 'Ida', 'Kofi', 'Lucía']);
      const age = rng.int(7, 13);
      const sec1 = L(
        lang,
        'Booking contact (parent / guardian)',
        'Buchende Person (Elternteil / Erziehungsberechtigte)',
        'Contact de réservation (parent / tuteur)',
        'Contacto de la reserva (padre, madre o tutor)',
      );
      const sec2 = L(lang, 'Participant', 'Teilnehmer/in', 'Participant', 'Participante');
      const pairs1: [string, string][] = [
        [L(lang, 'Name', 'Name', 'Nom', 'Nombre'), fullName(p)],
        [L(lang, 'E-mail', 'E-Mail', 'E-mail', 'Correo'), dash(p.email)],
        [L(lang, 'Mobile', 'Handy', 'Portable', 'Celular'), dash(p.phoneWritten)],
        [
          L(
            lang,
            'Notes for the team',
            'Hinweise fürs Team',
            'Remarques pour l’équipe',
            'Notas para el equipo',
          ),
          c.msg ?? '—',
        ],
      ];
      const pairs2: [string, string][] = [
        [L(lang, 'Name', 'Name', 'Nom', 'Nombre'), `${kid} ${p.last ?? ''}`.trim()],
        [L(lang, 'Age', 'Alter', 'Âge', 'Edad'), String(age)],
        [L(lang, 'Session', 'Termin', 'Créneau', 'Turno'), longDate(rng, lang)],
      ];
      const dl = (ps: [string, string][]) =>
        `<dl>\n${ps.map(([k, v]) => `<dt><b>${esc(k)}</b></dt><dd>${paras(v)}</dd>`).join('\n')}\n</dl>`;
      const terms = L(
        lang,
        'Free cancellation up to 48 hours before the session. Slotly Ltd, booking terms apply.',
        'Kostenlose Stornierung bis 48 Stunden vor dem Termin. Es gelten die Buchungsbedingungen von Slotly.',
        'Annulation gratuite jusqu’à 48 heures avant. Conditions de réservation Slotly applicables.',
        'Cancelación gratuita hasta 48 horas antes. Aplican las condiciones de Slotly.',
      );
      const html = `<h3>${esc(sec1)}</h3>\n${dl(pairs1)}\n<h3>${esc(sec2)}</h3>\n${dl(pairs2)}\n<p><small>${esc(terms)}</small></p>`;
      const tx = (ps: [string, string][]) =>
        ps.map(([k, v]) => `${k}\n\t${v.replace(/\n/g, '\n\t')}`).join('\n');
      const text = `${sec1.toUpperCase()}\n${tx(pairs1)}\n\n${sec2.toUpperCase()}\n${tx(pairs2)}\n\n${terms}\n`;
      return {
        draft: {
          from: { name: 'Slotly', email: 'bookings@slotly.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            `New booking request – ${b.name}`,
            `Neue Buchungsanfrage – ${b.name}`,
            `Nouvelle demande de réservation – ${b.name}`,
            `Nueva solicitud de reserva – ${b.name}`,
          ),
          text,
          html,
          primary: 'html',
        },
        others: [kid],
      };
    },
  },
  {
    id: 'p-strong-br-sender-labels-directory-listing-block',
    description:
      'trade directory "Makerlocal" (HTML only): <p> with <strong>Sender’s …</strong> labels and <br>, the enquiry, then the business\'s listing with its phone and the directory\'s account manager; manage-leads footer',
    noMessage: 0,
    build(c) {
      const { p, b, lang, rng } = c;
      const am = rng.pick(['Dana Whitcombe', 'Ruth Mbeki', 'Pieter Smuts']);
      const amPhone = `+44 20 7946 ${rng.digits(4)}`;
      const lines = [
        `<strong>${esc(L(lang, 'Sender’s name', 'Name des Absenders', 'Nom de l’expéditeur', 'Nombre del remitente'))}:</strong> ${esc(fullName(p))}`,
        `<strong>${esc(L(lang, 'Sender’s e-mail', 'E-Mail des Absenders', 'E-mail de l’expéditeur', 'Correo del remitente'))}:</strong> ${esc(dash(p.email))}`,
        `<strong>${esc(L(lang, 'Sender’s phone', 'Telefon des Absenders', 'Téléphone de l’expéditeur', 'Teléfono del remitente'))}:</strong> ${esc(dash(p.phoneWritten))}`,
      ];
      const html = `<p>${esc(L(lang, `You have a new enquiry via your Makerlocal listing.`, `Sie haben eine neue Anfrage über Ihren Makerlocal-Eintrag.`, `Vous avez une nouvelle demande via votre fiche Makerlocal.`, `Tienes una nueva consulta a través de tu ficha en Makerlocal.`))}</p>
<p>${lines.join('<br>\n')}</p>
<p><strong>${esc(L(lang, 'Enquiry', 'Anfrage', 'Demande', 'Consulta'))}:</strong></p>
${paras(c.msg ?? '')}
<hr>
<p><strong>${esc(L(lang, 'Your listing', 'Ihr Eintrag', 'Votre fiche', 'Tu ficha'))}:</strong> ${esc(b.name)}, ${esc(b.city)}<br>
${esc(L(lang, 'Listed phone', 'Eingetragene Nummer', 'Téléphone affiché', 'Teléfono publicado'))}: ${esc(international(b.switchboard))}<br>
${esc(L(lang, 'Your account manager', 'Ihre Ansprechperson', 'Votre chargé de compte', 'Tu gestor de cuenta'))}: ${esc(am)}, ${esc(amPhone)}</p>
<p><small>${esc(L(lang, 'Manage your leads and notification settings at makerlocal.example/leads. Makerlocal never shares your details.', 'Anfragen und Benachrichtigungen verwalten: makerlocal.example/leads. Makerlocal gibt Ihre Daten nicht weiter.', 'Gérez vos demandes et notifications sur makerlocal.example/leads. Makerlocal ne partage jamais vos données.', 'Gestiona tus consultas y avisos en makerlocal.example/leads. Makerlocal nunca comparte tus datos.'))}</small></p>`;
      return {
        draft: {
          from: { name: 'Makerlocal', email: 'leads@makerlocal.example' },
          to: [{ email: b.inbox }],
          replyTo: p.email ? { name: fullName(p), email: p.email } : undefined,
          subject: L(
            lang,
            `New enquiry for ${b.name}`,
            `Neue Anfrage für ${b.name}`,
            `Nouvelle demande pour ${b.name}`,
            `Nueva consulta para ${b.name}`,
          ),
          html,
        },
        others: [am],
      };
    },
  },
  {
    id: 'ol-survey-questions-separate-name-answers',
    description:
      'survey tool "Pollbird" (HTML with text): <ol> of questions with the answer in <blockquote>; first name and surname asked apart; "No answer" blanks; respondent link',
    single: 0.15,
    noMessage: 0.15,
    build(c) {
      const { p, b, lang } = c;
      const none = L(lang, 'No answer', 'Keine Antwort', 'Pas de réponse', 'Sin respuesta');
      const qa: [string, string][] = [
        [
          L(
            lang,
            'What’s your first name?',
            'Wie ist Ihr Vorname?',
            'Quel est votre prénom ?',
            '¿Cuál es tu nombre?',
          ),
          p.first,
        ],
        [
          L(lang, 'And your surname?', 'Und Ihr Nachname?', 'Et votre nom de famille ?', '¿Y tus apellidos?'),
          p.last ?? none,
        ],
        [
          L(
            lang,
            'Where can we e-mail you?',
            'An welche Adresse dürfen wir schreiben?',
            'À quelle adresse vous écrire ?',
            '¿A qué correo te escribimos?',
          ),
          p.email ?? none,
        ],
        [
          L(
            lang,
            'A phone number, with dialling code?',
            'Telefonnummer mit Vorwahl?',
            'Un numéro de téléphone, avec indicatif ?',
            '¿Un teléfono, con prefijo?',
          ),
          p.phoneWritten ?? none,
        ],
        [
          L(
            lang,
            'Anything we should know?',
            'Was sollten wir noch wissen?',
            'Quelque chose à ajouter ?',
            '¿Algo que debamos saber?',
          ),
          c.msg ?? none,
        ],
      ];
      const html = `<p>${esc(L(lang, 'A new response to “Get in touch” has come in.', 'Eine neue Antwort auf „Kontakt aufnehmen“ ist eingegangen.', 'Une nouvelle réponse à « Nous contacter » est arrivée.', 'Ha llegado una nueva respuesta a «Contáctanos».'))}</p>
<ol>
${qa.map(([q, a]) => `<li><p>${esc(q)}</p><blockquote>${paras(a)}</blockquote></li>`).join('\n')}
</ol>
<p><a href="https://pollbird.example/r/${c.n}">${esc(L(lang, 'See this response', 'Antwort ansehen', 'Voir la réponse', 'Ver respuesta'))}</a></p>`;
      const text = `${qa.map(([q, a], i) => `${i + 1}. ${q}\n   ${a.replace(/\n/g, '\n   ')}`).join('\n\n')}\n\nhttps://pollbird.example/r/${c.n}\n`;
      return {
        draft: {
          from: { name: 'Pollbird', email: 'responses@pollbird.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'New response: Get in touch',
            'Neue Antwort: Kontakt aufnehmen',
            'Nouvelle réponse : Nous contacter',
            'Nueva respuesta: Contáctanos',
          ),
          text,
          html,
          primary: 'text',
        },
        fullPrinted: false,
      };
    },
  },
  {
    id: 'json-array-label-value-webhook-test',
    description:
      'webhook tester "Hookdrop" (plain): a JSON array of {label, value} with human labels, the message with \\n, delivery metadata around it',
    noMessage: 0.1,
    ext: true,
    build(c) {
      const { p, b, lang } = c;
      const fields = [
        { label: L(lang, 'Your name', 'Ihr Name', 'Votre nom', 'Tu nombre'), value: fullName(p) },
        { label: L(lang, 'E-mail', 'E-Mail', 'Courriel', 'Email'), value: p.email ?? '' },
        {
          label: L(
            lang,
            'Phone incl. country code',
            'Telefon inkl. Landesvorwahl',
            'Téléphone avec indicatif',
            'Teléfono con código de país',
          ),
          value: phoneWithExt(p),
        },
        {
          label: L(
            lang,
            'How can we help?',
            'Wie können wir helfen?',
            'Comment pouvons-nous aider ?',
            '¿Cómo podemos ayudarte?',
          ),
          value: c.msg ?? '',
        },
      ];
      const body = JSON.stringify(
        { form: 'contact', site: site(c), submitted_at: isoDate(c.rng), fields },
        null,
        2,
      );
      const text = `Hookdrop delivery ${c.rng.hex(10)} → ${b.inbox}\nStatus: 200 (forwarded as e-mail)\n\n${body}\n\nRetry policy: 3 attempts. Dashboard: hookdrop.example/d/${c.rng.hex(6)}\n`;
      return {
        draft: {
          from: { name: 'Hookdrop', email: 'deliver@hookdrop.example' },
          to: [{ email: b.inbox }],
          subject: `Hookdrop: POST /forms/contact (${site(c)})`,
          text,
        },
      };
    },
  },
  {
    id: 'xml-body-field-label-attributes-country-select',
    description:
      'form backend "Formstack-like" XML export in the body (plain): <field name label> elements, surname and given name apart, a country select and the phone written nationally',
    countryShown: true,
    noMessage: 0.1,
    build(c) {
      const { p, b, lang } = c;
      const x = (s: string) => esc(s);
      const f = (name: string, label: string, v: string) =>
        `    <field name="${name}" label="${x(label)}">${x(v)}</field>`;
      const xml = `<?xml version="1.0" encoding="UTF-8"?>
<submission id="${c.rng.int(100000, 999999)}" form="${x(L(lang, 'Quote request', 'Angebotsanfrage', 'Demande de devis', 'Solicitud de presupuesto'))}">
  <fields>
${f('family_name', L(lang, 'Surname', 'Nachname', 'Nom', 'Apellidos'), p.last ?? '')}
${f('given_name', L(lang, 'Given name', 'Vorname', 'Prénom', 'Nombre'), p.first)}
${f('email', L(lang, 'E-mail', 'E-Mail', 'Courriel', 'Correo'), p.email ?? '')}
${f('country', L(lang, 'Country', 'Land', 'Pays', 'País'), countryName(p.country, lang))}
${f('phone', L(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono'), p.phoneWritten ?? '')}
${f('details', L(lang, 'Details', 'Details', 'Détails', 'Detalles'), c.msg ?? '')}
  </fields>
  <meta><ip>10.0.${c.rng.int(0, 99)}.${c.rng.int(1, 250)}</ip><page>${site(c)}/quote</page></meta>
</submission>`;
      return {
        draft: {
          from: { email: `forms@${b.domain}` },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'Submission: Quote request',
            'Einsendung: Angebotsanfrage',
            'Envoi : Demande de devis',
            'Envío: Solicitud de presupuesto',
          ),
          text: xml,
        },
        fullPrinted: false,
      };
    },
  },
  {
    id: 'csv-att-header-row-one-data-row',
    description:
      'site builder "Pagecraft" (HTML with text): body only says one entry is attached; entries.csv with a header row and one data row (";" outside English), message a quoted multi-line cell',
    noMessage: 0.1,
    build(c) {
      const { p, b, lang, rng } = c;
      const sep = lang === 'en' ? ',' : ';';
      const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const head = L(
        lang,
        ['Submitted', 'First name', 'Last name', 'Email', 'Phone', 'Message', 'Consent'],
        ['Eingang', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Nachricht', 'Einwilligung'],
        ['Reçu le', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Message', 'Consentement'],
        ['Recibido', 'Nombre', 'Apellidos', 'Correo', 'Teléfono', 'Mensaje', 'Consentimiento'],
      );
      const row = [
        isoDate(rng),
        p.first,
        p.last ?? '',
        p.email ?? '',
        p.phoneWritten ?? '',
        c.msg ?? '',
        L(lang, 'yes', 'ja', 'oui', 'sí'),
      ];
      const csv = `${head.map(q).join(sep)}\n${row.map(q).join(sep)}\n`;
      const note = L(
        lang,
        'One new form entry is attached (entries.csv). Previews are not part of your plan.',
        'Ein neuer Formulareintrag liegt bei (entries.csv). Vorschauen sind in Ihrem Tarif nicht enthalten.',
        'Une nouvelle entrée est jointe (entries.csv). Les aperçus ne sont pas inclus dans votre offre.',
        'Se adjunta una nueva entrada (entries.csv). Las vistas previas no están incluidas en tu plan.',
      );
      return {
        draft: {
          from: { name: 'Pagecraft', email: 'forms@pagecraft.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'New form entry (1)',
            'Neuer Formulareintrag (1)',
            'Nouvelle entrée de formulaire (1)',
            'Nueva entrada de formulario (1)',
          ),
          text: `${note}\n\nPagecraft · ${site(c)}\n`,
          html: `<p>${esc(note)}</p><p style="color:#999">Pagecraft · ${esc(site(c))}</p>`,
          attachments: [
            attachment('entries.csv', 'text/csv', csv, {
              charset: rng.pick(['utf-8', 'windows-1252'] as const),
            }),
          ],
        },
        fullPrinted: false,
      };
    },
  },
  {
    id: 'vcard3-att-trade-fair-badge-scan-staff-note',
    description:
      'lead-retrieval app "Scanbadge" (plain, To the staff member, Cc the inbox): a badge scanned at a fair; the body holds the staff member\'s note and rating; visitor.vcf (vCard 3.0, N/FN/ORG/TEL/EMAIL); no message of the customer',
    noMessage: 1,
    capsP: 0.4,
    build(c) {
      const { p, b, lang, staff, rng } = c;
      const s = shown(c);
      const fair = L(
        lang,
        'Outdoor & Leisure Expo',
        'Freizeitmesse Nord',
        'Salon Loisirs & Nature',
        'Feria de Ocio y Aventura',
      );
      const vesc = (v: string) => v.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
      const vcf = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:${vesc(s.last ?? '')};${vesc(s.first)};;;`,
        `FN:${vesc(s.full)}`,
        p.phoneWritten ? `TEL;TYPE=CELL:${p.phoneWritten}` : '',
        p.email ? `EMAIL;TYPE=INTERNET:${p.email}` : '',
        `ADR;TYPE=HOME:;;;;;;${vesc(countryName(p.country, lang))}`,
        'END:VCARD',
      ]
        .filter(Boolean)
        .join('\n');
      const note = L(
        lang,
        `Scanned by ${staff.first} ${staff.last} at ${fair}, stand B${rng.int(2, 40)}.\nRating: hot\nStaff note: interested, wants a call after the fair.\n\n${staff.first} ${staff.last}\n${b.name}\nMobile ${staff.mobile}`,
        `Gescannt von ${staff.first} ${staff.last} auf der ${fair}, Stand B${rng.int(2, 40)}.\nBewertung: heiß\nNotiz: interessiert, möchte nach der Messe angerufen werden.\n\n${staff.first} ${staff.last}\n${b.name}\nMobil ${staff.mobile}`,
        `Scanné par ${staff.first} ${staff.last} au ${fair}, stand B${rng.int(2, 40)}.\nNote : chaud\nRemarque : intéressé, à rappeler après le salon.\n\n${staff.first} ${staff.last}\n${b.name}\nPortable ${staff.mobile}`,
        `Escaneado por ${staff.first} ${staff.last} en la ${fair}, stand B${rng.int(2, 40)}.\nValoración: caliente\nNota: interesado, quiere una llamada después de la feria.\n\n${staff.first} ${staff.last}\n${b.name}\nMóvil ${staff.mobile}`,
      );
      const pii = s.up ? [s.full, s.first, s.last ?? ''].filter(Boolean) : [];
      return {
        draft: {
          from: { name: 'Scanbadge', email: 'leads@scanbadge.example' },
          to: [{ name: `${staff.first} ${staff.last}`, email: staff.email }],
          cc: [{ email: b.inbox }],
          subject: L(
            lang,
            `New lead scanned: ${s.full}`,
            `Neuer Lead gescannt: ${s.full}`,
            `Nouveau contact scanné : ${s.full}`,
            `Nuevo contacto escaneado: ${s.full}`,
          ),
          text: `${note}\n`,
          attachments: [attachment('visitor.vcf', 'text/vcard', `${vcf}\n`, { charset: 'utf-8' })],
        },
        pii,
        others: [`${staff.first} ${staff.last}`, staff.last],
      };
    },
  },
  {
    id: 'txt-att-form-dump-label-lines',
    description:
      'hosting form-to-mail "Mailform Lite" (HTML body): the submission as anfrage-NNNN.txt with "Label: value" lines, the message after its label over lines, a separator and the sender script line',
    noMessage: 0.1,
    ext: true,
    build(c) {
      const { p, b, lang, rng } = c;
      const fname = `${L(lang, 'request', 'anfrage', 'demande', 'solicitud')}-${1000 + c.n}.txt`;
      const txt = `${L(lang, 'Name', 'Name', 'Nom', 'Nombre')}: ${fullName(p)}
${L(lang, 'Email', 'E-Mail', 'E-mail', 'Correo')}: ${p.email ?? ''}
${L(lang, 'Telephone', 'Telefon', 'Téléphone', 'Teléfono')}: ${phoneWithExt(p)}
${L(lang, 'Your message', 'Ihre Nachricht', 'Votre message', 'Tu mensaje')}:
${c.msg ?? ''}
----------------------------------------
${L(lang, 'Sent by mailform.php from', 'Gesendet von mailform.php auf', 'Envoyé par mailform.php depuis', 'Enviado por mailform.php desde')} ${site(c)} (${isoDate(rng)})
`;
      const note = L(
        lang,
        `A visitor filled in the form on ${site(c)}. The submission is attached as ${fname}.`,
        `Ein Besucher hat das Formular auf ${site(c)} ausgefüllt. Die Einsendung liegt als ${fname} bei.`,
        `Un visiteur a rempli le formulaire de ${site(c)}. L’envoi est joint : ${fname}.`,
        `Un visitante rellenó el formulario de ${site(c)}. El envío va adjunto como ${fname}.`,
      );
      return {
        draft: {
          from: { name: 'Mailform Lite', email: `mailform@${b.domain}` },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'Form submission',
            'Formulareinsendung',
            'Envoi de formulaire',
            'Envío de formulario',
          ),
          html: `<p>${esc(note)}</p>`,
          attachments: [
            attachment(fname, 'text/plain', txt, {
              charset: rng.pick(['utf-8', 'iso-8859-1', 'windows-1252'] as const),
            }),
          ],
        },
      };
    },
  },
  {
    id: 'letter-plain-signoff-signature-phone-00',
    description:
      "the customer's own letter (plain): greeting, prose over paragraphs, sign-off, name (or first name only), a phone line in the signature; no display name on some",
    single: 0.25,
    needEmail: true,
    noMessage: 0,
    build(c) {
      const { p, b, lang, rng } = c;
      const firstOnly = p.last !== null && rng.chance(0.25);
      const signed = firstOnly ? p.first : fullName(p);
      const greet = L(
        lang,
        rng.pick(['Hello,', 'Good afternoon,', `Dear ${b.name} team,`]),
        rng.pick(['Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,']),
        rng.pick(['Bonjour,', 'Madame, Monsieur,', 'Bonjour à toute l’équipe,']),
        rng.pick(['Buenas tardes:', 'Hola,', 'Estimados señores:']),
      );
      const off = L(
        lang,
        rng.pick(['Kind regards,', 'Many thanks,', 'Best wishes,']),
        rng.pick(['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße']),
        rng.pick(['Cordialement,', 'Bien à vous,', 'Merci d’avance,']),
        rng.pick(['Saludos cordiales,', 'Un saludo,', 'Gracias de antemano,']),
      );
      const tel = p.phoneWritten
        ? `\n${L(lang, rng.pick(['Tel', 'Phone:', 'Cell']), rng.pick(['Tel.', 'Mobil:', 'Fon']), rng.pick(['Tél.', 'Mobile :', 'Tél :']), rng.pick(['Tel.', 'Cel:', 'Móvil:']))} ${p.phoneWritten}`
        : '';
      const text = `${greet}\n\n${c.msg}\n\n${off}\n${signed}${tel}\n`;
      const display = !firstOnly && rng.chance(0.5);
      return {
        draft: {
          from: { name: display ? fullName(p) : undefined, email: p.email ?? '' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            rng.pick(['Question', 'Enquiry', 'Request for a quote']),
            rng.pick(['Anfrage', 'Frage', 'Angebot?']),
            rng.pick(['Demande', 'Renseignements', 'Devis ?']),
            rng.pick(['Consulta', 'Pregunta', 'Presupuesto']),
          ),
          text,
        },
        exp: firstOnly ? { fullName: p.first, lastName: null } : {},
        fullPrinted: !firstOnly,
        pii: firstOnly ? [] : undefined,
      };
    },
  },
];

export { shown };
