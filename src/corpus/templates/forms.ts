/** Website form notifications from several form systems (web_form). */
import { escapeHtml, htmlLines } from '../mime.js';
import type { Language } from '../people.js';
import type { Rng } from '../prng.js';
import { extraFields } from '../texts.js';
import {
  businessFooterHtml,
  businessFooterText,
  contactRows,
  type Entities,
  htmlBoldBr,
  htmlDocument,
  htmlStacked,
  htmlTableAbove,
  htmlTableBeside,
  type LeadData,
  type LeadTemplate,
  type Row,
  siteUrl,
  textLabelValue,
} from './common.js';

const T = <V>(lang: Language, m: Record<Language, V>): V => m[lang];

function ent(rng: Rng): Entities {
  return rng.weighted<Entities>([
    ['none', 8],
    ['named', 1],
    ['numeric', 1],
  ]);
}

function replyTo(d: LeadData) {
  return d.replyToCustomer
    ? { name: d.replyToName ? d.person.full : null, address: d.person.email }
    : undefined;
}

/** WordPress Contact Form 7's default mail: "From: name <email>" in the body, message after a heading. */
const contactForm7: LeadTemplate = {
  id: 'cf7',
  source: 'web_form',
  requires: { name: true, email: true, message: true },
  render(d, rng) {
    const L = T(d.lang, {
      en: {
        from: 'From',
        subject: 'Subject',
        body: 'Message Body:',
        sent: 'This e-mail was sent from a contact form on',
      },
      de: {
        from: 'Von',
        subject: 'Betreff',
        body: 'Nachrichtentext:',
        sent: 'Diese E-Mail wurde von einem Kontaktformular gesendet auf',
      },
      fr: {
        from: 'De',
        subject: 'Objet',
        body: 'Corps du message :',
        sent: 'Cet e-mail a été envoyé via le formulaire de contact de',
      },
      es: {
        from: 'De',
        subject: 'Asunto',
        body: 'Cuerpo del mensaje:',
        sent: 'Este mensaje se ha enviado desde un formulario de contacto en',
      },
    });
    // The subject line is whatever the visitor typed into CF7's [your-subject] field.
    const topic = rng.pick(
      T(d.lang, {
        en: ['Enquiry', 'Question', 'Appointment', 'Quote please'],
        de: ['Anfrage', 'Terminanfrage', 'Frage', 'Angebot'],
        fr: ['Demande de renseignements', 'Rendez-vous', 'Devis', 'Question'],
        es: ['Consulta', 'Cita', 'Presupuesto', 'Pregunta'],
      }),
    );
    const sep = d.lang === 'fr' ? ' : ' : ': ';
    const lines: string[] = [];
    // CF7 requires name and email in its default form.
    lines.push(`${L.from}${sep}${d.person.full} <${d.person.email}>`);
    lines.push(`${L.subject}${sep}${topic}`);
    if (d.phoneInBody)
      lines.push(
        `${T(d.lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' })}${sep}${d.person.phoneRaw}`,
      );
    lines.push(
      '',
      L.body,
      d.message ?? '',
      '',
      '-- ',
      `${L.sent} ${d.business.name} (https://www.${d.business.domain})`,
    );
    return {
      subject: `${d.business.name} "${topic}"`,
      from: { name: 'WordPress', address: `wordpress@${d.business.domain}` },
      replyTo: { name: d.person.full, address: d.person.email },
      text: lines.join('\n'),
      layout: 'cf7-text',
    };
  },
};

const gravityForms: LeadTemplate = {
  id: 'gravity',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const form = T(d.lang, { en: 'Contact Us', de: 'Kontakt', fr: 'Contactez-nous', es: 'Contacto' });
    const subj = T(d.lang, {
      en: `New submission from ${form}`,
      de: `Neuer Eintrag: ${form}`,
      fr: `Nouvelle entrée : ${form}`,
      es: `Nuevo envío de ${form}`,
    });
    return {
      subject: subj,
      from: {
        name: d.business.name,
        address: rng.pick([`wordpress@${d.business.domain}`, `noreply@${d.business.domain}`]),
      },
      replyTo: replyTo(d),
      html: htmlDocument(
        rng,
        subj,
        htmlTableAbove(rows, rng, ent(rng)),
        rng.chance(0.5) ? businessFooterHtml(d) : '',
      ),
      layout: 'gravity-html-label-above',
    };
  },
};

const wpForms: LeadTemplate = {
  id: 'wpforms',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const subj = T(d.lang, {
      en: 'New Entry: Contact Form',
      de: 'Neuer Eintrag: Kontaktformular',
      fr: 'Nouvelle entrée : Formulaire de contact',
      es: 'Nueva entrada: Formulario de contacto',
    });
    const e = ent(rng);
    const html = htmlDocument(
      rng,
      subj,
      `<table border="0" cellpadding="0" cellspacing="0" width="100%">${rows
        .map(
          (r) =>
            `<tr><td style="padding:10px 0 4px"><strong>${escapeHtml(r[0], e)}</strong></td></tr><tr><td style="padding:0 0 10px;border-bottom:1px solid #eee">${htmlLines(r[1], e)}</td></tr>`,
        )
        .join('\n')}</table>`,
      `Sent from ${escapeHtml(siteUrl(d, rng))}`,
    );
    const text = rows.map((r) => `--- ${r[0]} ---\n\n${r[1]}`).join('\n\n');
    return {
      subject: subj,
      from: { name: d.business.name, address: `wordpress@${d.business.domain}` },
      replyTo: replyTo(d),
      text,
      html,
      layout: 'wpforms-label-above',
    };
  },
};

const wix: LeadTemplate = {
  id: 'wix',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const subj = T(d.lang, {
      en: `New Form Submission: ${d.business.name}`,
      de: `Neue Formulareinreichung: ${d.business.name}`,
      fr: `Nouvelle soumission de formulaire : ${d.business.name}`,
      es: `Nuevo envío de formulario: ${d.business.name}`,
    });
    const intro = T(d.lang, {
      en: 'You received a new submission from your site.',
      de: 'Sie haben eine neue Einreichung über Ihre Website erhalten.',
      fr: 'Vous avez reçu une nouvelle soumission depuis votre site.',
      es: 'Has recibido un nuevo envío desde tu sitio.',
    });
    return {
      subject: subj,
      from: { name: 'Wix Forms', address: 'no-reply@crm.wix.com' },
      replyTo: replyTo(d),
      html: htmlDocument(
        rng,
        subj,
        `<h2 style="font-size:20px">${escapeHtml(intro)}</h2>\n${htmlStacked(rows, rng, ent(rng))}`,
        'Wix.com Ltd., 100 Gansevoort St, New York, NY 10014 · support@wix.com',
      ),
      layout: 'wix-html-stacked',
    };
  },
};

/** Squarespace puts the customer's name in From ("X via Squarespace") but the address is a noreply. */
const squarespace: LeadTemplate = {
  id: 'squarespace',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const subj = T(d.lang, {
      en: 'Form Submission - Contact',
      de: 'Formulareinreichung - Kontakt',
      fr: 'Soumission de formulaire - Contact',
      es: 'Envío de formulario - Contacto',
    });
    const sent = T(d.lang, {
      en: 'Sent via form submission from',
      de: 'Gesendet über ein Formular von',
      fr: 'Envoyé via le formulaire de',
      es: 'Enviado a través del formulario de',
    });
    const e = ent(rng);
    const html = htmlDocument(
      rng,
      subj,
      htmlBoldBr(rows, rng, e),
      `${escapeHtml(sent)} ${escapeHtml(d.business.name)}`,
    );
    const text = `${textLabelValue(rows, rng)}\n\n(${sent} ${d.business.name})`;
    const fromName = d.nameInBody && rng.chance(0.7) ? `${d.person.full} via Squarespace` : 'Squarespace';
    return {
      subject: subj,
      from: { name: fromName, address: 'form-submission@squarespace.info' },
      replyTo: replyTo(d),
      text: rng.chance(0.7) ? text : undefined,
      html,
      layout: 'squarespace-bold-br',
    };
  },
};

const hubspot: LeadTemplate = {
  id: 'hubspot',
  source: 'web_form',
  requires: { noReplyTo: true },
  render(d, rng) {
    const rows = contactRows(
      { ...d, splitName: d.nameInBody && rng.chance(0.7) ? true : d.splitName },
      rng,
      extraFields(rng, d.lang),
    );
    const page = T(d.lang, { en: 'Contact us', de: 'Kontakt', fr: 'Contact', es: 'Contacto' });
    const subj = T(d.lang, {
      en: `New form submission on ${d.business.name}`,
      de: `Neue Formulareinsendung auf ${d.business.name}`,
      fr: `Nouvelle soumission de formulaire sur ${d.business.name}`,
      es: `Nuevo envío de formulario en ${d.business.name}`,
    });
    const e = ent(rng);
    const html = htmlDocument(
      rng,
      subj,
      `<p>${escapeHtml(T(d.lang, { en: 'Someone filled out', de: 'Jemand hat das Formular ausgefüllt:', fr: 'Quelqu’un a rempli', es: 'Alguien ha rellenado' }))} <b>${escapeHtml(page)}</b></p>\n${htmlTableBeside(rows, rng, e)}\n<p><a href="https://app.hubspot.com/contacts/123456/record/0-1/${rng.digits(9)}">View contact</a></p>`,
      'HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141 · +1 888-482-7768',
    );
    return {
      subject: subj,
      from: { name: 'HubSpot', address: 'noreply@notifications.hubspot.com' },
      text: rng.chance(0.5)
        ? `${textLabelValue(rows, rng)}\n\nView contact: https://app.hubspot.com/contacts/123456`
        : undefined,
      html,
      layout: 'hubspot-table-beside',
    };
  },
};

/** Typeform-like: the labels are the questions the business wrote. */
const typeform: LeadTemplate = {
  id: 'typeform',
  source: 'web_form',
  render(d, rng) {
    const Q = T(d.lang, {
      en: {
        name: "What's your name?",
        email: "What's your email address?",
        phone: "What's the best number to reach you on?",
        message: 'How can we help?',
      },
      de: {
        name: 'Wie heißen Sie?',
        email: 'Wie lautet Ihre E-Mail-Adresse?',
        phone: 'Unter welcher Telefonnummer erreichen wir Sie?',
        message: 'Wie können wir Ihnen helfen?',
      },
      fr: {
        name: 'Quel est votre nom ?',
        email: 'Quelle est votre adresse e-mail ?',
        phone: 'À quel numéro pouvons-nous vous joindre ?',
        message: 'Comment pouvons-nous vous aider ?',
      },
      es: {
        name: '¿Cómo te llamas?',
        email: '¿Cuál es tu correo electrónico?',
        phone: '¿En qué número te podemos llamar?',
        message: '¿En qué podemos ayudarte?',
      },
    });
    const rows: Row[] = [];
    if (d.nameInBody) rows.push([Q.name, d.person.full, 'text']);
    if (d.emailInBody) rows.push([Q.email, d.person.email, 'email']);
    if (d.phoneInBody) rows.push([Q.phone, d.person.phoneRaw, 'phone']);
    if (d.message !== null) rows.push([Q.message, d.message, 'message']);
    const subj =
      T(d.lang, { en: 'New response', de: 'Neue Antwort', fr: 'Nouvelle réponse', es: 'Nueva respuesta' }) +
      `: ${d.business.name}`;
    return {
      subject: subj,
      from: { name: 'Typeform', address: 'notifications@typeform.com' },
      replyTo: replyTo(d),
      text: rows.map((r) => `${r[0]}\n${r[1]}`).join('\n\n'),
      html: htmlDocument(rng, subj, htmlStacked(rows, rng, 'none')),
      layout: 'typeform-questions',
    };
  },
};

/** A webhook relay that mails the raw JSON payload. */
const jsonBody: LeadTemplate = {
  id: 'json',
  source: 'web_form',
  render(d, rng) {
    const style = rng.int(0, 2);
    const key = (opts: string[]) => rng.pick(opts);
    const fields: Record<string, unknown> = {};
    if (d.nameInBody) {
      if (d.splitName) {
        fields[key(['first_name', 'firstName', 'vorname', 'prenom'])] = d.person.first;
        fields[key(['last_name', 'lastName', 'nachname', 'apellidos'])] = d.person.last;
      } else fields[key(['name', 'full_name', 'fullName', 'nombre', 'nom'])] = d.person.full;
    }
    if (d.emailInBody)
      fields[key(['email', 'email_address', 'emailAddress', 'correo', 'courriel'])] = d.person.email;
    if (d.phoneInBody)
      fields[key(['phone', 'phone_number', 'tel', 'telefon', 'telefono'])] = d.person.phoneRaw;
    if (d.message !== null) fields[key(['message', 'comments', 'nachricht', 'mensaje', 'msg'])] = d.message;
    fields.page_url = siteUrl(d, rng);
    fields.consent = rng.chance(0.5);
    const payload =
      style === 0
        ? fields
        : style === 1
          ? {
              form: 'contact',
              submitted_at: `2026-11-${String(rng.int(1, 27)).padStart(2, '0')}T${rng.int(10, 23)}:${rng.int(10, 59)}:00Z`,
              fields,
            }
          : { event: 'form.submitted', site: d.business.domain, data: { id: rng.hex(12), ...fields } };
    const json = JSON.stringify(payload, null, rng.chance(0.7) ? 2 : undefined);
    return {
      subject: rng.pick(['Webhook: form.submitted', 'New lead (JSON)', `Form submission ${rng.hex(6)}`]),
      from: { name: 'Site Relay', address: `relay@hooks.${d.business.domain}` },
      replyTo: replyTo(d),
      text: json,
      bodyType: rng.chance(0.4) ? 'application/json' : undefined,
      // JSON text is UTF-8 (RFC 8259 §8.1); relays do not transcode it.
      charset: 'utf-8',
      layout: `json-${style}`,
    };
  },
};

/** Elementor Pro's plain notification with its metadata block after "---". */
const elementor: LeadTemplate = {
  id: 'elementor',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const meta = `---\n\nDate: ${rng.pick(['November 12, 2026', '12. November 2026', '12 novembre 2026'])}\nTime: ${rng.int(1, 12)}:${rng.int(10, 59)} pm\nPage URL: ${siteUrl(d, rng)}\nUser Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15\nRemote IP: 203.0.113.${rng.int(1, 254)}\nPowered by: Elementor`;
    const subj = `${T(d.lang, {
      en: 'New message from',
      de: 'Neue Nachricht von',
      fr: 'Nouveau message de',
      es: 'Nuevo mensaje de',
    })} "${d.business.name}"`;
    return {
      subject: subj,
      from: { name: d.business.name, address: `noreply@${d.business.domain}` },
      replyTo: replyTo(d),
      text: `${textLabelValue(rows, rng)}\n\n${meta}`,
      layout: 'elementor-text',
    };
  },
};

/** A hand-written PHP form on the business's own site, with its footer (the business's phone and email). */
const customPhp: LeadTemplate = {
  id: 'custom-php',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const subj = T(d.lang, {
      en: rng.pick(['New website enquiry', 'Contact form', 'New enquiry from website', 'Website lead']),
      de: rng.pick(['Neue Kontaktanfrage', 'Kontaktformular Website', 'Neue Anfrage über die Website']),
      fr: rng.pick(['Nouvelle demande de contact', 'Formulaire de contact du site', 'Demande de devis']),
      es: rng.pick(['Nueva solicitud de contacto', 'Formulario web', 'Nueva consulta desde la web']),
    });
    const intro = T(d.lang, {
      en: 'The following enquiry was submitted on your website:',
      de: 'Folgende Anfrage wurde über Ihre Website gesendet:',
      fr: 'La demande suivante a été envoyée depuis votre site :',
      es: 'Se ha enviado la siguiente consulta desde su web:',
    });
    const asHtml = rng.chance(0.6);
    const e = ent(rng);
    return {
      subject: subj,
      from: {
        name: rng.chance(0.5) ? d.business.name : null,
        address: rng.pick([
          d.business.email,
          `webmaster@${d.business.domain}`,
          `no-reply@${d.business.domain}`,
        ]),
      },
      replyTo: replyTo(d),
      text:
        asHtml && rng.chance(0.6)
          ? undefined
          : `${intro}\n\n${textLabelValue(rows, rng)}\n\n-- \n${businessFooterText(d)}`,
      html: asHtml
        ? htmlDocument(
            rng,
            subj,
            `<p>${escapeHtml(intro, e)}</p>\n${rng.chance(0.5) ? htmlBoldBr(rows, rng, e) : htmlTableBeside(rows, rng, e)}`,
            businessFooterHtml(d),
          )
        : undefined,
      layout: asHtml ? 'custom-html' : 'custom-text',
    };
  },
};

const jotform: LeadTemplate = {
  id: 'jotform',
  source: 'web_form',
  render(d, rng) {
    const rows = contactRows(d, rng, extraFields(rng, d.lang));
    const form = T(d.lang, {
      en: 'Request a Quote',
      de: 'Angebot anfordern',
      fr: 'Demande de devis',
      es: 'Solicitar presupuesto',
    });
    const subj = `${T(d.lang, { en: 'Re:', de: 'AW:', fr: 'RE :', es: 'RE:' })} ${form}`;
    return {
      subject: rng.chance(0.5) ? subj : `${form} - ${d.nameInBody ? d.person.full : rng.digits(6)}`,
      from: { name: 'Jotform', address: 'noreply@jotform.com' },
      replyTo: replyTo(d),
      html: htmlDocument(
        rng,
        form,
        `<h3>${escapeHtml(form)}</h3>\n${htmlTableBeside(rows, rng, ent(rng))}`,
        'Jotform Inc., 4 Embarcadero Center, San Francisco CA 94111',
      ),
      layout: 'jotform-table-beside',
    };
  },
};

/** Formspree-like: the labels are the form's raw input names; `_replyto` becomes Reply-To. */
const formspree: LeadTemplate = {
  id: 'formspree',
  source: 'web_form',
  render(d, rng) {
    const rows: Row[] = [];
    if (d.nameInBody) {
      if (d.splitName) {
        rows.push([rng.pick(['first_name', 'firstname', 'fname']), d.person.first, 'text']);
        rows.push([rng.pick(['last_name', 'lastname', 'lname']), d.person.last, 'text']);
      } else
        rows.push([rng.pick(['name', 'full-name', 'your-name', 'nombre', 'nom']), d.person.full, 'text']);
    }
    const replyKey = rng.chance(0.5);
    if (d.emailInBody)
      rows.push([replyKey ? '_replyto' : rng.pick(['email', 'e-mail', 'mail']), d.person.email, 'email']);
    if (d.phoneInBody)
      rows.push([rng.pick(['phone', 'tel', 'telephone', 'telefono', 'mobile']), d.person.phoneRaw, 'phone']);
    if (d.message !== null)
      rows.push([
        rng.pick(['message', 'comments', 'msg', 'nachricht', 'mensaje', 'body']),
        d.message,
        'message',
      ]);
    rows.push(['_subject', rng.pick(['New submission', 'Contact', 'Website']), 'text']);
    const e = ent(rng);
    const subj = `New submission from ${d.business.domain}`;
    return {
      subject: subj,
      from: { name: 'Formspree', address: 'noreply@formspree.io' },
      replyTo: d.emailInBody && replyKey ? { name: null, address: d.person.email } : replyTo(d),
      text: `Hey there,\n\nSomeone just submitted your form on ${siteUrl(d, rng)}. Here's what they had to say:\n\n${rows.map((r) => `${r[0]}:\n${r[1]}`).join('\n\n')}\n\nSubmitted ${rng.int(1, 28)} Nov 2026, ${rng.int(1, 12)}:${rng.int(10, 59)}pm\n\nYou are receiving this because you confirmed this email address on Formspree. Formspree, 2261 Market St, San Francisco, CA.`,
      html: rng.chance(0.6)
        ? htmlDocument(
            rng,
            subj,
            `<p>Someone just submitted your form on <a href="${escapeHtml(siteUrl(d, rng))}">${escapeHtml(d.business.domain)}</a>.</p>\n${rows
              .map((r) => `<p><strong>${escapeHtml(r[0])}:</strong></p>\n<p>${htmlLines(r[1], e)}</p>`)
              .join('\n')}`,
            'Formspree, 2261 Market St, San Francisco, CA 94114',
          )
        : undefined,
      layout: 'formspree-input-names',
    };
  },
};

/** Calendly-like booking: "Invitee" labels and a question/answer for the message. */
const booking: LeadTemplate = {
  id: 'booking',
  source: 'web_form',
  requires: { name: true, email: true, noReplyTo: true },
  render(d, rng) {
    const L = T(d.lang, {
      en: {
        subj: 'New Event',
        invitee: 'Invitee',
        email: 'Invitee Email',
        phone: 'Text Reminder Number',
        q: 'Please share anything that will help prepare for our meeting.',
        event: 'Event Type',
        date: 'Event Date/Time',
      },
      de: {
        subj: 'Neuer Termin',
        invitee: 'Eingeladene Person',
        email: 'E-Mail der eingeladenen Person',
        phone: 'Nummer für SMS-Erinnerung',
        q: 'Bitte teilen Sie uns mit, was uns bei der Vorbereitung hilft.',
        event: 'Terminart',
        date: 'Datum/Uhrzeit',
      },
      fr: {
        subj: 'Nouvel événement',
        invitee: 'Invité',
        email: 'E-mail de l’invité',
        phone: 'Numéro pour le rappel par SMS',
        q: 'Partagez tout ce qui pourrait nous aider à préparer le rendez-vous.',
        event: 'Type d’événement',
        date: 'Date/heure',
      },
      es: {
        subj: 'Nuevo evento',
        invitee: 'Invitado',
        email: 'Correo del invitado',
        phone: 'Número para recordatorio por SMS',
        q: 'Comparte cualquier cosa que nos ayude a preparar la reunión.',
        event: 'Tipo de evento',
        date: 'Fecha/hora',
      },
    });
    const event = rng.pick(['30 Minute Meeting', 'Erstberatung', 'Visite', 'Primera visita']);
    const rows: [string, string][] = [
      [L.event, event],
      [L.invitee, d.person.full],
      [L.email, d.person.email],
    ];
    if (d.phoneInBody) rows.push([L.phone, d.person.phoneRaw]);
    rows.push([
      L.date,
      `${rng.int(9, 17)}:00 - ${rng.int(1, 28)} ${rng.pick(['November', 'December'])} 2026 (Central European Time)`,
    ]);
    const qa = d.message !== null ? `\n\n${L.q}\n${d.message}` : '';
    const text = `${rows.map(([k, v]) => `${k}:\n${v}`).join('\n\n')}${qa}\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nSent from Calendly`;
    const html = htmlDocument(
      rng,
      L.subj,
      `${rows.map(([k, v]) => `<div style="font-weight:bold;margin-top:12px">${escapeHtml(k)}:</div><div>${escapeHtml(v)}</div>`).join('\n')}${
        d.message !== null
          ? `\n<div style="font-weight:bold;margin-top:12px">${escapeHtml(L.q)}</div><div>${htmlLines(d.message)}</div>`
          : ''
      }`,
      'Sent from Calendly · <a href="https://calendly.com">calendly.com</a>',
    );
    return {
      subject: `${L.subj}: ${d.person.full} - ${rng.int(9, 17)}:00 ${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${rng.int(1, 28)} Nov 2026 - ${event}`,
      from: { name: 'Calendly', address: 'notifications@calendly.com' },
      text,
      html,
      layout: 'booking-invitee',
    };
  },
};

/** Matt's FormMail-style CGI: From is the visitor's own address, fields are raw input names. */
const formmail: LeadTemplate = {
  id: 'formmail',
  source: 'web_form',
  requires: { email: true, noReplyTo: true },
  render(d, rng) {
    const rows: string[] = [];
    if (d.nameInBody) rows.push(`realname: ${d.person.full}`);
    if (d.phoneInBody) rows.push(`${rng.pick(['phone', 'Phone', 'telephone'])}: ${d.person.phoneRaw}`);
    if (d.message !== null) rows.push(`${rng.pick(['comments', 'Comments', 'message'])}: ${d.message}`);
    rows.push(`${rng.pick(['subject', 'topic'])}: ${rng.pick(['Website enquiry', 'Contact'])}`);
    const line = '-'.repeat(rng.pick([60, 72, 75]));
    const text = `Below is the result of your feedback form.  It was submitted by\n${d.nameInBody ? `${d.person.full} ` : ''}(${d.person.email}) on ${rng.pick(['Thursday', 'Friday', 'Monday'])}, November ${rng.int(1, 28)}, 2026 at ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}\n${line}\n\n${rows.join('\n\n')}\n\n${line}\n\nREMOTE_ADDR: 198.51.100.${rng.int(1, 254)}\nHTTP_USER_AGENT: Mozilla/5.0 (Windows NT 10.0; Win64; x64)\n`;
    return {
      subject: 'WWW Form Submission',
      from: { name: d.nameInBody && rng.chance(0.6) ? d.person.full : null, address: d.person.email },
      text,
      layout: 'formmail-cgi',
    };
  },
};

export const FORM_TEMPLATES: readonly (readonly [LeadTemplate, number])[] = [
  [contactForm7, 10],
  [gravityForms, 8],
  [wpForms, 6],
  [wix, 6],
  [squarespace, 6],
  [hubspot, 6],
  [typeform, 4],
  [jsonBody, 5],
  [elementor, 6],
  [customPhp, 10],
  [jotform, 5],
  [formspree, 4],
  [booking, 3],
  [formmail, 2],
];

/** Templates a forwarder or a no-contact notification can reuse. */
export const FORMS_BY_ID: Readonly<Record<string, LeadTemplate>> = Object.fromEntries(
  FORM_TEMPLATES.map(([t]) => [t.id, t]),
);
