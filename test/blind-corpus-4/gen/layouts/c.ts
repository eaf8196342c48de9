/** Lead layouts 17–23: site builders, schedulers, review sites, social messages, partial entries, corporate mail. */
import { esc, escBr, page } from '../html.js';
import { otherPerson } from '../people.js';
import type { LeadLayout } from '../types.js';
import { numDate } from '../words.js';
import { caps, t, time, today } from './common.js';

const rawFieldNames: LeadLayout = {
  id: 'sitebuilder-raw-fieldnames',
  description:
    'site builder "Flowsite" form notification with the field names the designer left in place ("Name", "Email 2", "Field 3" for the phone, "Field-4" for the message), site and form name, published URL',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const N = t(lang, {
      en: ['Name', 'Email 2', 'Field 3', 'Field-4'],
      de: ['Name', 'E-Mail 2', 'Feld 3', 'Feld-4'],
      fr: ['Nom', 'E-mail 2', 'Champ 3', 'Champ-4'],
      es: ['Nombre', 'Email 2', 'Campo 3', 'Campo-4'],
    });
    const form = `${t(lang, { en: 'Contact Form', de: 'Kontaktformular', fr: 'Formulaire', es: 'Formulario' })} ${rng.int(2, 5)}`;
    const intro = t(lang, {
      en: `Your site ${biz.name} received a new submission from the form "${form}".`,
      de: `Ihre Website ${biz.name} hat eine neue Übermittlung über das Formular „${form}“ erhalten.`,
      fr: `Votre site ${biz.name} a reçu une nouvelle réponse au formulaire « ${form} ».`,
      es: `Su sitio ${biz.name} recibió un nuevo envío del formulario "${form}".`,
    });
    const rows: [string, string][] = [
      [N[0] as string, c.full],
      [N[1] as string, c.email ?? ''],
      [N[2] as string, c.phone ?? ''],
      [N[3] as string, ctx.message ?? ''],
    ];
    const url = `https://${biz.id}.flowsite.example`;
    const text = `${intro}\n\n${rows.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${url}\nFlowsite, Inc.`;
    const html = page(
      `<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px"><p>${esc(intro)}</p>
${rows.map(([k, v]) => `<div style="margin:0 0 16px"><div style="font-weight:bold">${esc(k)}</div><div>${v.includes('@') ? `<a href="mailto:${esc(v)}">${esc(v)}</a>` : escBr(v)}</div></div>`).join('\n')}
<p style="font-size:11px;color:#999"><a href="${url}">${esc(url)}</a> · Flowsite, Inc.</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Flowsite', address: 'no-reply@flowsite.example' },
        subject: t(lang, {
          en: `New form submission on ${biz.name}`,
          de: `Neue Formularübermittlung auf ${biz.name}`,
          fr: `Nouvelle réponse sur ${biz.name}`,
          es: `Nuevo envío de formulario en ${biz.name}`,
        }),
        text,
        html,
      },
    };
  },
};

const inboxCard: LeadLayout = {
  id: 'sitebuilder-inbox-card',
  description:
    'site builder "Siteloom" inbox notice: the visitor’s message as a chat bubble headed by their name, a contact card beside it (email, phone), a reply button; the site owner’s name in the greeting',
  count: 14,
  noMessage: 0,
  build(ctx) {
    const { c, lang, biz, staff } = ctx;
    const owner = staff.split(' ')[0] as string;
    const greet = t(lang, {
      en: `Hi ${owner},`,
      de: `Hallo ${owner},`,
      fr: `Bonjour ${owner},`,
      es: `Hola, ${owner}:`,
    });
    const intro = t(lang, {
      en: 'You have a new message in your Siteloom inbox.',
      de: 'Sie haben eine neue Nachricht in Ihrem Siteloom-Posteingang.',
      fr: 'Vous avez un nouveau message dans votre boîte Siteloom.',
      es: 'Tiene un mensaje nuevo en su bandeja de Siteloom.',
    });
    const card = t(lang, {
      en: 'Contact details',
      de: 'Kontaktdaten',
      fr: 'Coordonnées',
      es: 'Datos de contacto',
    });
    const reply = t(lang, { en: 'Reply', de: 'Antworten', fr: 'Répondre', es: 'Responder' });
    const html = page(
      `<table role="presentation" width="620" align="center" style="background:#fff;margin:20px auto"><tr><td colspan="2" style="padding:18px">${esc(greet)}<br>${esc(intro)}</td></tr>
<tr><td width="380" valign="top" style="padding:18px"><div style="font-weight:bold;margin-bottom:6px">${esc(c.full)}</div><div style="background:#eef2ff;border-radius:14px;padding:12px 16px">${escBr(ctx.message as string)}</div><div style="font-size:11px;color:#888;margin-top:4px">${esc(time(ctx))}</div></td>
<td width="200" valign="top" style="padding:18px;border-left:1px solid #eee;font-size:13px"><div style="color:#888;text-transform:uppercase;font-size:11px">${esc(card)}</div>${c.email ? `<div>${esc(c.email)}</div>` : ''}${c.phone ? `<div>${esc(c.phone)}</div>` : ''}</td></tr>
<tr><td colspan="2" style="padding:18px"><a href="https://manage.siteloom.example/inbox" style="background:#4f46e5;color:#fff;padding:9px 16px;text-decoration:none;border-radius:4px">${esc(reply)}</a></td></tr>
<tr><td colspan="2" style="padding:18px;font-size:11px;color:#999">Siteloom · ${esc(biz.domain)}</td></tr></table>`,
      lang,
    );
    const text = `${greet}\n${intro}\n\n${c.full}:\n${ctx.message}\n\n${card}\n${[c.email, c.phone].filter(Boolean).join('\n')}\n\n${reply}: https://manage.siteloom.example/inbox\nSiteloom · ${biz.domain}`;
    return {
      draft: {
        from: { name: 'Siteloom', address: 'inbox@siteloom.example' },
        subject: t(lang, {
          en: `New message from ${c.full}`,
          de: `Neue Nachricht von ${c.full}`,
          fr: `Nouveau message de ${c.full}`,
          es: `Nuevo mensaje de ${c.full}`,
        }),
        text,
        html,
        primary: 'html',
      },
      others: [owner],
    };
  },
};

const TIME_ZONES: Record<string, string> = {
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  US: 'America/New_York',
  AU: 'Australia/Sydney',
  MX: 'America/Mexico_City',
  CL: 'America/Santiago',
  DE: 'Europe/Berlin',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  FR: 'Europe/Paris',
  BE: 'Europe/Brussels',
  ES: 'Europe/Madrid',
};

const scheduler: LeadLayout = {
  id: 'scheduler-invitee-questions',
  description:
    'scheduling tool "Slotwise" new-booking notice for an intro call: event type, host (staff), time and time zone, invitee name and email, the phone given as the call location, the answer to "Anything that will help us prepare?"; an .ics invitation attached',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng, staff } = ctx;
    const ev = t(lang, {
      en: '20-minute intro call',
      de: '20-minütiges Erstgespräch',
      fr: 'Appel découverte de 20 minutes',
      es: 'Llamada de 20 minutos',
    });
    const L = t(lang, {
      en: [
        'New event scheduled',
        'Event type',
        'Host',
        'Invitee',
        'Invitee email',
        'Date & time',
        'Location',
        'Phone call: we will call',
        'Questions',
        'Anything that will help us prepare?',
      ],
      de: [
        'Neuer Termin gebucht',
        'Terminart',
        'Gastgeber/in',
        'Eingeladene Person',
        'E-Mail der eingeladenen Person',
        'Datum & Uhrzeit',
        'Ort',
        'Telefonanruf: wir rufen an unter',
        'Fragen',
        'Gibt es etwas, das uns bei der Vorbereitung hilft?',
      ],
      fr: [
        'Nouveau rendez-vous planifié',
        'Type d’événement',
        'Organisateur',
        'Invité',
        'E-mail de l’invité',
        'Date et heure',
        'Lieu',
        'Appel téléphonique : nous appelons le',
        'Questions',
        'Quelque chose qui nous aiderait à préparer ?',
      ],
      es: [
        'Nueva cita programada',
        'Tipo de evento',
        'Anfitrión',
        'Invitado',
        'Email del invitado',
        'Fecha y hora',
        'Lugar',
        'Llamada: le llamamos al',
        'Preguntas',
        '¿Algo que nos ayude a prepararnos?',
      ],
    }) as string[];
    const when = `${numDate(rng, lang)} ${time(ctx)} (${TIME_ZONES[biz.country] ?? 'Europe/Berlin'})`;
    const location = c.phone ? `${L[7]} ${c.phone}` : `Video: https://meet.slotwise.example/${rng.hex(8)}`;
    const rows: [string, string][] = [
      [L[1] as string, ev],
      [L[2] as string, staff],
      [L[3] as string, c.full],
      [L[4] as string, c.email ?? '—'],
      [L[5] as string, when],
      [L[6] as string, location],
    ];
    const text = `${L[0]}\n\n${rows.map(([k, v]) => `${k}:\n${v}`).join('\n\n')}\n\n${L[8]}\n${L[9]}\n${ctx.message ?? '—'}\n\nSlotwise`;
    const html = page(
      `<div style="max-width:560px;margin:0 auto;background:#fff;padding:22px"><h2>${esc(L[0] as string)}</h2>
${rows.map(([k, v]) => `<p style="margin:0 0 12px"><span style="color:#6b7280;font-size:12px">${esc(k)}</span><br><strong>${esc(v)}</strong></p>`).join('\n')}
<h3>${esc(L[8] as string)}</h3><p style="color:#6b7280">${esc(L[9] as string)}</p><p>${ctx.message ? escBr(ctx.message) : '—'}</p><p style="font-size:11px;color:#aaa">Slotwise</p></div>`,
      lang,
    );
    const uid = `${rng.hex(12)}@slotwise.example`;
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Slotwise//Scheduling//EN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:202611${rng.int(10, 28)}T${String(rng.int(8, 18)).padStart(2, '0')}0000Z`,
      `DTSTART:2026121${rng.int(0, 9)}T${String(rng.int(8, 16)).padStart(2, '0')}0000Z`,
      `DURATION:PT20M`,
      `SUMMARY:${ev}`,
      `ORGANIZER;CN=${staff}:mailto:${(staff.split(' ')[0] as string).toLowerCase()}@${biz.domain}`,
      c.email ? `ATTENDEE;CN=${c.full};RSVP=TRUE:mailto:${c.email}` : `ATTENDEE;CN=${c.full}:invalid:nomail`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Slotwise', address: 'notifications@slotwise.example' },
        subject: `${L[0]}: ${c.full} – ${ev}`,
        text,
        html,
        attachments: [
          {
            kind: 'text',
            type: 'text/calendar',
            text: ics,
            filename: 'invite.ics',
            params: 'method=REQUEST',
          },
        ],
      },
      others: [staff],
    };
  },
};

const reviewSite: LeadLayout = {
  id: 'review-site-quote-request',
  description:
    'review platform "Rateright" quote request: heading with the first name and surname initial, the business’s star rating and review count, job, postcode and timing, then the full contact details; platform address and a do-not-reply note',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const initial = `${c.first} ${(c.last as string)
      .replace(/^(de la |de |del |von |van der |van |zu |d'|le |da |o')/i, '')
      .charAt(0)
      .toUpperCase()}.`;
    const L = t(lang, {
      en: [
        `${initial} requested a quote`,
        'Your rating',
        'reviews',
        'Job',
        'Postcode',
        'When',
        'Contact details',
        'Name',
        'Email',
        'Phone',
        'Details',
        'Please do not reply to this email. Rateright Ltd, 1 Bridge St, Bristol BS1 2AA',
      ],
      de: [
        `${initial} möchte ein Angebot`,
        'Ihre Bewertung',
        'Bewertungen',
        'Auftrag',
        'PLZ',
        'Wann',
        'Kontaktdaten',
        'Name',
        'E-Mail',
        'Telefon',
        'Details',
        'Bitte antworten Sie nicht auf diese E-Mail. Rateright GmbH, Zollstraße 4, 8005 Zürich',
      ],
      fr: [
        `${initial} demande un devis`,
        'Votre note',
        'avis',
        'Travaux',
        'Code postal',
        'Quand',
        'Coordonnées',
        'Nom',
        'E-mail',
        'Téléphone',
        'Détails',
        'Merci de ne pas répondre à cet e-mail. Rateright SAS, 10 rue de la Paix, 75002 Paris',
      ],
      es: [
        `${initial} ha pedido presupuesto`,
        'Su valoración',
        'opiniones',
        'Trabajo',
        'Código postal',
        'Cuándo',
        'Datos de contacto',
        'Nombre',
        'Email',
        'Teléfono',
        'Detalles',
        'No responda a este correo. Rateright S.L., Gran Vía 30, 28013 Madrid',
      ],
    }) as string[];
    const job = t(lang, {
      en: 'General enquiry',
      de: 'Allgemeine Anfrage',
      fr: 'Demande générale',
      es: 'Consulta general',
    });
    const when = rng.pick(
      t(lang, {
        en: ['As soon as possible', 'Within a month', 'Flexible'],
        de: ['So bald wie möglich', 'Innerhalb eines Monats', 'Flexibel'],
        fr: ['Dès que possible', 'Dans le mois', 'Flexible'],
        es: ['Lo antes posible', 'En un mes', 'Flexible'],
      }),
    );
    const stars = `${(4 + rng.next()).toFixed(1)} ★ (${rng.int(20, 400)} ${L[2]})`;
    const rows: [string, string][] = [
      [L[3] as string, job],
      [L[4] as string, rng.digits(biz.country === 'GB' ? 0 : 5) || `BS${rng.int(1, 16)} ${rng.int(1, 9)}AB`],
      [L[5] as string, when],
    ];
    const contact: [string, string][] = [
      [L[7] as string, c.full],
      [L[8] as string, c.email ?? ''],
      [L[9] as string, c.phone ?? ''],
    ];
    const text = `${L[0]}\n${L[1]}: ${stars}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[10]}:\n${ctx.message ?? '-'}\n\n${L[6]}\n${contact.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[11]}`;
    const html = page(
      `<div style="max-width:580px;margin:0 auto;background:#fff;padding:22px"><h2 style="color:#00875a">${esc(L[0] as string)}</h2><p style="color:#666">${esc(L[1] as string)}: ${esc(stars)} · ${esc(biz.name)}</p>
<ul>${rows.map(([k, v]) => `<li><b>${esc(k)}:</b> ${esc(v)}</li>`).join('')}</ul><p><b>${esc(L[10] as string)}:</b><br>${ctx.message ? escBr(ctx.message) : '-'}</p>
<h3>${esc(L[6] as string)}</h3><ul>${contact.map(([k, v]) => `<li><b>${esc(k)}:</b> ${esc(v)}</li>`).join('')}</ul><p style="font-size:11px;color:#999">${esc(L[11] as string)}</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Rateright', address: 'quotes@rateright.example' },
        subject: L[0] as string,
        text,
        html,
      },
      pii: [initial],
    };
  },
};

const socialDm: LeadLayout = {
  id: 'social-dm-notification',
  description:
    'social network "Chirpbook" page-message notification: the sender’s profile name, the message in which the customer types their own number (and sometimes email), a "reply on Chirpbook" link, the platform’s legal address',
  count: 14,
  needsPhone: true,
  noMessage: 0,
  build(ctx) {
    const { c, lang, biz } = ctx;
    const reach = t(lang, {
      en: `You can reach me on ${c.phone}${c.email ? ` or ${c.email}` : ''}.`,
      de: `Sie erreichen mich unter ${c.phone}${c.email ? ` oder ${c.email}` : ''}.`,
      fr: `Vous pouvez me joindre au ${c.phone}${c.email ? ` ou par mail : ${c.email}` : ''}.`,
      es: `Me pueden llamar al ${c.phone}${c.email ? ` o escribir a ${c.email}` : ''}.`,
    });
    const message = `${ctx.message}\n${reach}`;
    const intro = t(lang, {
      en: `${c.full} sent a message to your Page ${biz.name}:`,
      de: `${c.full} hat deiner Seite ${biz.name} eine Nachricht gesendet:`,
      fr: `${c.full} a envoyé un message à votre Page ${biz.name} :`,
      es: `${c.full} envió un mensaje a tu página ${biz.name}:`,
    });
    const cta = t(lang, {
      en: 'Reply on Chirpbook',
      de: 'Auf Chirpbook antworten',
      fr: 'Répondre sur Chirpbook',
      es: 'Responder en Chirpbook',
    });
    const legal = 'Chirpbook Platforms Ltd., 4 Grand Canal Square, Dublin 2, Ireland';
    const text = `${intro}\n\n"${message}"\n\n${cta}: https://chirpbook.example/inbox\n\n${legal}`;
    const html = page(
      `<div style="max-width:520px;margin:0 auto;background:#fff;padding:20px"><p>${esc(intro)}</p><div style="background:#f0f2f5;border-radius:18px;padding:10px 14px">${escBr(message)}</div><p><a href="https://chirpbook.example/inbox">${esc(cta)}</a></p><p style="font-size:11px;color:#999">${esc(legal)}</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Chirpbook', address: 'notification@chirpbook.example' },
        subject: t(lang, {
          en: `New message from ${c.full}`,
          de: `Neue Nachricht von ${c.full}`,
          fr: `Nouveau message de ${c.full}`,
          es: `Nuevo mensaje de ${c.full}`,
        }),
        text,
        html,
      },
      expected: { message },
    };
  },
};

const partialEntry: LeadLayout = {
  id: 'partial-entry-capture',
  description:
    'form plugin "Formsmith" partial-entry capture: the visitor abandoned the form at step 2 of 3, what they typed so far (name, email and/or phone, often no message), last active time, entry id, a "this entry was not submitted" note',
  count: 14,
  noMessage: 0.6,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const L = t(lang, {
      en: [
        'Partial entry captured',
        'This entry was not submitted. The visitor left the form at step 2 of 3.',
        'Entry ID',
        'Last active',
        'Full Name',
        'Email',
        'Phone',
        'Your message',
      ],
      de: [
        'Teilweiser Eintrag gespeichert',
        'Dieser Eintrag wurde nicht abgeschickt. Die Person hat das Formular bei Schritt 2 von 3 verlassen.',
        'Eintrags-ID',
        'Zuletzt aktiv',
        'Vollständiger Name',
        'E-Mail',
        'Telefon',
        'Ihre Nachricht',
      ],
      fr: [
        'Saisie partielle enregistrée',
        'Cette saisie n’a pas été envoyée. Le visiteur a quitté le formulaire à l’étape 2 sur 3.',
        'ID de saisie',
        'Dernière activité',
        'Nom complet',
        'E-mail',
        'Téléphone',
        'Votre message',
      ],
      es: [
        'Entrada parcial guardada',
        'Esta entrada no se envió. El visitante abandonó el formulario en el paso 2 de 3.',
        'ID de entrada',
        'Última actividad',
        'Nombre completo',
        'Email',
        'Teléfono',
        'Su mensaje',
      ],
    }) as string[];
    // Some visitors type their name in capitals.
    const typed = rng.chance(0.25) ? caps(c.full) : c.full;
    const rows: [string, string][] = [
      [L[2] as string, `${rng.int(1000, 9999)}`],
      [L[3] as string, `${today(ctx)} ${time(ctx)}`],
      [L[4] as string, typed],
      [L[5] as string, c.email ?? ''],
      [L[6] as string, c.phone ?? ''],
      [L[7] as string, ctx.message ?? ''],
    ];
    const text = `${L[0]} – ${biz.name}\n${L[1]}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nFormsmith · formsmith.example`;
    const html = page(
      `<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px"><h2>${esc(L[0] as string)}</h2><p style="background:#fff7e6;padding:8px">${esc(L[1] as string)}</p><table>${rows.map(([k, v]) => `<tr><td style="padding:4px 10px;color:#666">${esc(k)}</td><td style="padding:4px 10px">${escBr(v)}</td></tr>`).join('')}</table><p style="font-size:11px;color:#999">Formsmith · formsmith.example</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: `${biz.name} (Formsmith)`, address: 'partials@formsmith.example' },
        subject: `${L[0]}: ${typed}`,
        text,
        html,
        primary: 'text',
      },
      pii: [typed],
    };
  },
};

const hrRequest: LeadLayout = {
  id: 'hr-service-request',
  description:
    'a company’s HR or facilities person writes directly, phrased like a job posting ("we are looking for…", requirements list) but asking for the business’s service; corporate signature with title, direct line and the company’s reception number, a colleague in Cc, a confidentiality footer',
  count: 14,
  needsEmail: true,
  noMessage: 0,
  localOnly: true,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const colleague = otherPerson(rng, lang);
    const colleagueName = `${colleague.firstName} ${colleague.lastName}`;
    const company = rng.pick(
      t(lang, {
        en: ['Northgate Logistics', 'Calder Insurance Group'],
        de: ['Rheintal Logistik GmbH', 'Vogel & Partner AG'],
        fr: ['Groupe Véronèse', 'Transports Delmas'],
        es: ['Grupo Lumbre', 'Transportes Almagro'],
      }),
    );
    const companyDomain = `${company
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '')}.example`;
    const email = `${(c.email as string).split('@')[0]}@${companyDomain}`;
    c.email = email;
    const ask = t(lang, {
      en: `We are looking for a provider for the following:\n\n- ${ctx.message}\n- Invoice to ${company}, PO number required\n- Start: ideally next quarter\n\nWould you be able to send us a proposal?`,
      de: `Wir suchen einen Dienstleister für Folgendes:\n\n- ${ctx.message}\n- Rechnung an ${company}, Bestellnummer erforderlich\n- Beginn: idealerweise nächstes Quartal\n\nKönnten Sie uns ein Angebot schicken?`,
      fr: `Nous recherchons un prestataire pour la mission suivante :\n\n- ${ctx.message}\n- Facturation à ${company}, bon de commande obligatoire\n- Démarrage : idéalement le trimestre prochain\n\nPourriez-vous nous faire une proposition ?`,
      es: `Buscamos un proveedor para lo siguiente:\n\n- ${ctx.message}\n- Factura a nombre de ${company}, con número de pedido\n- Inicio: idealmente el próximo trimestre\n\n¿Podrían enviarnos una propuesta?`,
    });
    const hi = t(lang, {
      en: 'Dear Sir or Madam,',
      de: 'Sehr geehrte Damen und Herren,',
      fr: 'Madame, Monsieur,',
      es: 'Estimados señores:',
    });
    const bye = t(lang, {
      en: 'Best regards,',
      de: 'Freundliche Grüße',
      fr: 'Cordialement,',
      es: 'Saludos cordiales,',
    });
    const title = rng.pick(
      t(lang, {
        en: ['HR Business Partner', 'Facilities Coordinator'],
        de: ['HR Business Partnerin', 'Facility Management'],
        fr: ['Chargée RH', 'Responsable services généraux'],
        es: ['Responsable de RR. HH.', 'Coordinador de servicios generales'],
      }),
    );
    const reception = `+${t(lang, { en: '44 20 7946 0', de: '49 69 9514 ', fr: '33 1 44 55 ', es: '34 91 4' })}${rng.digits(3)}`;
    const directL = t(lang, { en: 'Direct', de: 'Durchwahl', fr: 'Ligne directe', es: 'Directo' });
    const recL = t(lang, { en: 'Reception', de: 'Zentrale', fr: 'Standard', es: 'Centralita' });
    const sig = `${c.full}\n${title}\n${company}${c.phone ? `\n${directL}: ${c.phone}` : ''}\n${recL}: ${reception}\n${email}`;
    const conf = t(lang, {
      en: 'This email and any attachments are confidential and intended solely for the addressee.',
      de: 'Diese E-Mail ist vertraulich und ausschließlich für den Adressaten bestimmt.',
      fr: 'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.',
      es: 'Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario.',
    });
    const text = `${hi}\n\n${ask}\n\n${bye}\n\n${sig}\n\n${conf}`;
    const html = `<html><body style="font-family:Arial,sans-serif;font-size:10pt"><p>${esc(hi)}</p>${ask
      .split('\n\n')
      .map((p) =>
        p.startsWith('- ')
          ? `<ul>${p
              .split('\n')
              .map((l) => `<li>${esc(l.slice(2))}</li>`)
              .join('')}</ul>`
          : `<p>${escBr(p)}</p>`,
      )
      .join(
        '',
      )}<p>${esc(bye)}</p><p style="color:#333"><b>${esc(c.full)}</b><br>${escBr(sig.split('\n').slice(1).join('\n'))}</p><p style="font-size:8pt;color:#999">${esc(conf)}</p></body></html>`;
    return {
      draft: {
        from: { name: c.full, address: email },
        to: [{ address: biz.inbox }],
        cc: [
          {
            name: colleagueName,
            address: `${colleague.firstName
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z]/g, '')}@${companyDomain}`,
          },
        ],
        subject: t(lang, {
          en: `Request for proposal – ${company}`,
          de: `Angebotsanfrage – ${company}`,
          fr: `Demande de proposition – ${company}`,
          es: `Solicitud de propuesta – ${company}`,
        }),
        text,
        html,
      },
      expected: { email, message: ask },
      pii: [email],
      others: [colleagueName],
    };
  },
};

export const LAYOUTS_C = [rawFieldNames, inboxCard, scheduler, reviewSite, socialDm, partialEntry, hrRequest];
