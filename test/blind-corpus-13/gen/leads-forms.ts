/** Form-builder, plugin, letter and attachment layouts. */
import { makeNumber, writePhone } from './data.js';
import { attachment } from './mime.js';
import {
  esc,
  full,
  htmlParas,
  L,
  type LeadLayout,
  longDate,
  phoneExt,
  shortDate,
  shown,
  time,
  up,
} from './types.js';

/** 1. WordPress-style plugin: span label/value rows, question labels, Surname-first, required marks. */
const quillpost: LeadLayout = {
  id: 'plugin-span-rows-surname-first-question-labels',
  description:
    'plugin "Quillpost Forms" (HTML with text): one div per answer, question labels with red `*`, "Surname, first name" field, country select, job description; entry number, "manage submissions" links and the plugin address',
  countryField: true,
  needsSurname: true,
  build(ctx) {
    const { lang, person: p } = ctx;
    const surnameFirst = `${ctx.rng.chance(0.5) ? up(p.last) : p.last}, ${p.first}`;
    const rows: [string, string, boolean][] = [
      [
        L(lang, {
          en: 'Who should we ask for? (Surname, first name)',
          de: 'Wen dürfen wir verlangen? (Nachname, Vorname)',
          fr: 'Qui devons-nous demander ? (Nom, prénom)',
          es: '¿Por quién preguntamos? (Apellido, nombre)',
        }),
        surnameFirst,
        true,
      ],
      [
        L(lang, {
          en: 'Best e-mail to reach you',
          de: 'E-Mail für die Antwort',
          fr: 'Courriel pour vous répondre',
          es: 'Correo para responderle',
        }),
        ctx.hasEmail ? p.email : '',
        !ctx.phone,
      ],
      [
        L(lang, {
          en: 'Tel. (mobile preferred)',
          de: 'Tel. (am liebsten Handy)',
          fr: 'Tél. (portable de préférence)',
          es: 'Tel. (de preferencia celular)',
        }),
        phoneExt(ctx, ''),
        false,
      ],
      [
        L(lang, {
          en: 'Which country is that number in?',
          de: 'In welchem Land ist die Nummer?',
          fr: 'Pays du numéro',
          es: '¿De qué país es el número?',
        }),
        ctx.countryName,
        false,
      ],
      [
        L(lang, {
          en: 'What would you like us to do?',
          de: 'Was sollen wir für Sie tun?',
          fr: 'Que pouvons-nous faire pour vous ?',
          es: '¿Qué necesita que hagamos?',
        }),
        ctx.service,
        true,
      ],
      [
        L(lang, {
          en: 'Anything else we should know?',
          de: 'Was sollten wir noch wissen?',
          fr: 'Autre chose à savoir ?',
          es: '¿Algo más que debamos saber?',
        }),
        ctx.message ?? '',
        false,
      ],
    ];
    const entry = ctx.rng.int(1200, 9800);
    const html = `<div style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<h2 style="font-size:18px">${esc(L(lang, { en: 'New entry', de: 'Neuer Eintrag', fr: 'Nouvelle entrée', es: 'Nueva entrada' }))}: ${esc(L(lang, { en: 'Get a quote', de: 'Angebot anfragen', fr: 'Demander un devis', es: 'Pedir cotización' }))}</h2>
${rows
  .map(
    ([l, v, req]) =>
      `<div class="qp-row" style="padding:8px 0;border-bottom:1px solid #e5e5e5"><span class="qp-label" style="display:block;color:#555"><b>${esc(l)}</b>${req ? ' <span style="color:#c00">*</span>' : ''}</span><span class="qp-value" style="display:block">${v ? htmlParas(v).replace(/^<p>|<\/p>$/g, '') : '<i>—</i>'}</span></div>`,
  )
  .join('\n')}
<p style="font-size:12px;color:#888">${esc(L(lang, { en: 'Entry', de: 'Eintrag', fr: 'Entrée', es: 'Entrada' }))} #${entry} · <a href="https://${ctx.biz.domain}/wp-admin/admin.php?page=quillpost-entries">${esc(L(lang, { en: 'Manage submissions', de: 'Einträge verwalten', fr: 'Gérer les envois', es: 'Gestionar envíos' }))}</a> · Quillpost Forms &lt;forms@quillpost.example&gt;</p>
</div>`;
    const text = `${rows.map(([l, v, req]) => `${l}${req ? ' *' : ''}\n${v || '—'}`).join('\n\n')}\n\n--\n${L(lang, { en: 'Entry', de: 'Eintrag', fr: 'Entrée', es: 'Entrada' })} #${entry} | Quillpost Forms | https://${ctx.biz.domain}/wp-admin/\n`;
    return {
      draft: {
        from: { email: 'forms@quillpost.example', name: `${ctx.biz.name} (Quillpost)` },
        replyTo: ctx.hasEmail ? { email: p.email } : undefined,
        subject: `[${ctx.biz.name}] ${L(lang, { en: 'New entry', de: 'Neuer Eintrag', fr: 'Nouvelle entrée', es: 'Nueva entrada' })} #${entry}`,
        html,
        text,
        primary: 'html',
      },
      pii: [surnameFirst],
    };
  },
};

/** 2. Booking widget: stacked label-over-value table, the booker vs the person on site / participant. */
const bookaroo: LeadLayout = {
  id: 'booking-stacked-label-rows-booker-vs-guest',
  description:
    'booking widget "Bookaroo" (HTML only): one-column table, each label a grey row above its value; section "Booked by" (the lead) and a section for the participant / name on the cake / on-site contact (not the lead) with their own phone; date and time slot, deposit, cancellation policy and widget footer',
  extensions: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const family = ctx.biz.sector === 'diving' || ctx.biz.sector === 'cakes';
    const other = `${rng.pick(['Idris', 'Lucia', 'Mara', 'Tobias', 'Noémie', 'Ximena'])} ${(family && p.last) || rng.pick(['Adler', 'Ferrer', 'Moreau', 'Hale', 'Okoro', 'Lindqvist'])}`;
    const otherPhone = writePhone(makeNumber(rng, ctx.biz.country), 'intl', ctx.biz.country) ?? '';
    const sector = ctx.biz.sector;
    const otherLabel = {
      trees: L(lang, {
        en: 'On-site contact (neighbour)',
        de: 'Ansprechpartner vor Ort (Nachbar)',
        fr: 'Contact sur place (voisin)',
        es: 'Contacto en el lugar (vecino)',
      }),
      borehole: L(lang, {
        en: 'On-site contact (tenant)',
        de: 'Ansprechpartner vor Ort (Mieter)',
        fr: 'Contact sur place (locataire)',
        es: 'Contacto en el lugar (inquilino)',
      }),
      diving: L(lang, {
        en: 'Participant (diver)',
        de: 'Teilnehmer/in (Taucher)',
        fr: 'Participant (plongeur)',
        es: 'Participante (buzo)',
      }),
      cakes: L(lang, {
        en: 'Name to pipe on the cake',
        de: 'Name auf der Torte',
        fr: 'Prénom à écrire sur le gâteau',
        es: 'Nombre para el bizcocho',
      }),
      upholstery: L(lang, {
        en: 'Collect furniture from (contact)',
        de: 'Abholung bei (Kontakt)',
        fr: 'Enlèvement chez (contact)',
        es: 'Recoger en casa de (contacto)',
      }),
    }[sector];
    const otherHasPhone = sector !== 'cakes';
    const head = (s: string) =>
      `<tr><td style="background:#f0f0f0;font-weight:bold;padding:6px 10px;font-size:13px">${esc(s)}</td></tr>`;
    const val = (s: string) => `<tr><td style="padding:4px 10px 12px">${s}</td></tr>`;
    const section = (s: string) =>
      `<tr><td style="padding:14px 10px 4px;font-size:15px;color:#0a5">${esc(s)}</td></tr>`;
    const slot = `${longDate(rng, lang)}, ${time(rng)}`;
    const rows = [
      section(L(lang, { en: 'Booked by', de: 'Gebucht von', fr: 'Réservé par', es: 'Reservado por' })),
      head(L(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' })),
      val(esc(full(p))),
      head(L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo electrónico' })),
      val(ctx.hasEmail ? esc(p.email) : '—'),
      head(L(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' })),
      val(esc(phoneExt(ctx, '—'))),
      section(L(lang, { en: 'Details', de: 'Details', fr: 'Détails', es: 'Detalles' })),
      head(L(lang, { en: 'Service', de: 'Leistung', fr: 'Prestation', es: 'Servicio' })),
      val(esc(ctx.service)),
      head(L(lang, { en: 'Date & time', de: 'Datum & Uhrzeit', fr: 'Date et heure', es: 'Fecha y hora' })),
      val(esc(slot)),
      head(otherLabel),
      val(esc(otherHasPhone ? `${other}, ${otherPhone}` : (other.split(' ')[0] ?? other))),
      head(
        L(lang, {
          en: 'Notes from the customer',
          de: 'Anmerkungen des Kunden',
          fr: 'Remarques du client',
          es: 'Notas del cliente',
        }),
      ),
      val(ctx.message ? htmlParas(ctx.message) : '—'),
      head(L(lang, { en: 'Deposit', de: 'Anzahlung', fr: 'Acompte', es: 'Depósito' })),
      val(
        esc(
          `${ctx.biz.currency(50)} (${L(lang, { en: 'paid online', de: 'online bezahlt', fr: 'payé en ligne', es: 'pagado en línea' })})`,
        ),
      ),
    ];
    const html = `<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;font-family:Arial">
${rows.join('\n')}
</table>
<p style="font-size:11px;color:#777">${esc(L(lang, { en: 'Free cancellation up to 48 hours before. Reschedule or cancel in your Bookaroo dashboard.', de: 'Kostenlose Stornierung bis 48 Stunden vorher. Umbuchen oder stornieren im Bookaroo-Dashboard.', fr: 'Annulation gratuite jusqu’à 48 heures avant. Modifier ou annuler dans votre tableau de bord Bookaroo.', es: 'Cancelación gratuita hasta 48 horas antes. Cambie o cancele desde su panel de Bookaroo.' }))}<br>Bookaroo · ${esc(L(lang, { en: 'Booking', de: 'Buchung', fr: 'Réservation', es: 'Reserva' }))} BKR-${rng.digits(7)}</p>`;
    return {
      draft: {
        from: { email: 'notifications@bookaroo.example', name: 'Bookaroo' },
        subject: L(lang, {
          en: `New booking: ${ctx.service}`,
          de: `Neue Buchung: ${ctx.service}`,
          fr: `Nouvelle réservation : ${ctx.service}`,
          es: `Nueva reserva: ${ctx.service}`,
        }),
        html,
      },
      others: [otherHasPhone ? other : (other.split(' ')[0] ?? other)],
    };
  },
};

/** Lines of an ASCII bordered table. */
function asciiTable(rows: [string, string][], head: [string, string]): string {
  const w1 = Math.max(head[0].length, ...rows.map((r) => r[0].length));
  const w2 = Math.max(head[1].length, ...rows.map((r) => r[1].length));
  const rule = `+${'-'.repeat(w1 + 2)}+${'-'.repeat(w2 + 2)}+`;
  const line = ([a, b]: [string, string]) => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} |`;
  return [rule, line(head), rule.replace(/-/g, '='), ...rows.map(line), rule].join('\n');
}

/** 3. Old Perl/PHP form mailer: ASCII bordered table, abbreviated labels, comments block below. */
const formmail: LeadLayout = {
  id: 'ascii-plus-table-abbrev-labels-comments-block',
  description:
    'self-hosted "FormMail 1.9" script (plain, from the web server): `+----+` bordered table with abbreviated labels (`Vor-/Nachname`, `Tel.#`, `E-Mail-Adr.`, `Ctry`), then the message under a `--- Comments ---` rule, then REMOTE_ADDR, user agent and referrer lines',
  countryField: true,
  extensions: true,
  caps: true,
  build(ctx) {
    const { lang, person: p } = ctx;
    const rows: [string, string][] = [
      [
        L(lang, { en: 'First/last name', de: 'Vor-/Nachname', fr: 'Prénom/nom', es: 'Nombre/apellido' }),
        shown(ctx, full(p)),
      ],
      [L(lang, { en: 'Tel.#', de: 'Tel.-Nr.', fr: 'N° tél.', es: 'Tel. #' }), phoneExt(ctx, '-')],
      [L(lang, { en: 'Ctry', de: 'Land', fr: 'Pays', es: 'País' }), ctx.countryName],
      [
        L(lang, { en: 'E-mail addr.', de: 'E-Mail-Adr.', fr: 'Adr. courriel', es: 'Dir. correo' }),
        ctx.hasEmail ? p.email : '-',
      ],
      [
        L(lang, { en: 'Service req.', de: 'Gew. Leistung', fr: 'Prest. souhaitée', es: 'Serv. solicitado' }),
        ctx.service,
      ],
    ];
    const text = `${L(lang, { en: 'The following was submitted from the contact page:', de: 'Folgendes wurde über die Kontaktseite gesendet:', fr: 'Formulaire envoyé depuis la page contact :', es: 'Se envió lo siguiente desde la página de contacto:' })}

${asciiTable(rows, [L(lang, { en: 'Field', de: 'Feld', fr: 'Champ', es: 'Campo' }), L(lang, { en: 'Value', de: 'Wert', fr: 'Valeur', es: 'Valor' })])}

--- ${L(lang, { en: 'Comments', de: 'Bemerkungen', fr: 'Commentaires', es: 'Comentarios' })} ---
${ctx.message ?? L(lang, { en: '(none)', de: '(keine)', fr: '(aucun)', es: '(ninguno)' })}
--- ${L(lang, { en: 'end', de: 'Ende', fr: 'fin', es: 'fin' })} ---

REMOTE_ADDR: 203.0.113.${ctx.rng.int(2, 250)}
HTTP_USER_AGENT: Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36
HTTP_REFERER: https://www.${ctx.biz.domain}/contact.html
FormMail 1.9 – ${L(lang, { en: 'do not reply to this message', de: 'bitte nicht auf diese Nachricht antworten', fr: 'merci de ne pas répondre à ce message', es: 'no responda a este mensaje' })}
`;
    return {
      draft: {
        from: { email: `www-data@server.${ctx.biz.domain}` },
        subject: L(lang, {
          en: 'FormMail submission',
          de: 'FormMail Formular',
          fr: 'FormMail envoi',
          es: 'FormMail envío',
        }),
        text,
      },
    };
  },
};

/** 4. Survey tool: numbered questions, answers after arrows, the last answer indented over paragraphs. */
const askwell: LeadLayout = {
  id: 'numbered-questions-arrow-answers-indented',
  description:
    'survey tool "Askwell" (plain): `1) question` lines with the answer on the next line after `→`, `»` or `=>` (the arrow is no part of the value), first and last name asked apart ("What\'s your first name?"), contact preference, the last answer indented over paragraphs; respondent id and "see all responses"',
  extensions: true,
  build(ctx) {
    const { lang, person: p } = ctx;
    const arrow = ['→', '»', '=>'][ctx.n % 3] as string;
    const qa: [string, string][] = [
      [
        L(lang, {
          en: "What's your first name?",
          de: 'Wie ist Ihr Vorname?',
          fr: 'Quel est votre prénom ?',
          es: '¿Cuál es su nombre?',
        }),
        p.first,
      ],
      [
        L(lang, {
          en: 'And your surname?',
          de: 'Und Ihr Nachname?',
          fr: 'Et votre nom de famille ?',
          es: '¿Y su apellido?',
        }),
        p.last ||
          L(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(sans réponse)', es: '(sin respuesta)' }),
      ],
      [
        L(lang, {
          en: 'How can we reach you by phone?',
          de: 'Unter welcher Nummer erreichen wir Sie?',
          fr: 'À quel numéro vous joindre ?',
          es: '¿A qué número le llamamos?',
        }),
        phoneExt(
          ctx,
          L(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(sans réponse)', es: '(sin respuesta)' }),
        ),
      ],
      [
        L(lang, {
          en: 'E-mail address?',
          de: 'E-Mail-Adresse?',
          fr: 'Adresse e-mail ?',
          es: '¿Correo electrónico?',
        }),
        ctx.hasEmail
          ? p.email
          : L(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(sans réponse)', es: '(sin respuesta)' }),
      ],
      [
        L(lang, {
          en: 'Which service?',
          de: 'Welche Leistung?',
          fr: 'Quelle prestation ?',
          es: '¿Qué servicio?',
        }),
        ctx.service,
      ],
      [
        L(lang, {
          en: 'Describe what you need (as much detail as you like)',
          de: 'Beschreiben Sie Ihr Anliegen (gern ausführlich)',
          fr: 'Décrivez votre besoin (autant de détails que vous voulez)',
          es: 'Describa lo que necesita (con todo el detalle que quiera)',
        }),
        ctx.message ??
          L(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(sans réponse)', es: '(sin respuesta)' }),
      ],
    ];
    const body = qa
      .map(([q, a], i) => `${i + 1}) ${q}\n   ${arrow} ${a.split('\n').join('\n     ')}`)
      .join('\n\n');
    const text = `${L(lang, { en: 'You have a new response to "Quote request".', de: 'Neue Antwort auf „Angebotsanfrage“.', fr: 'Nouvelle réponse à « Demande de devis ».', es: 'Nueva respuesta a «Solicitud de cotización».' })}

${body}

${L(lang, { en: 'Respondent', de: 'Teilnehmer', fr: 'Répondant', es: 'Participante' })} #R${ctx.rng.digits(6)} · ${shortDate(ctx.rng, lang)}
${L(lang, { en: 'See all responses', de: 'Alle Antworten ansehen', fr: 'Voir toutes les réponses', es: 'Ver todas las respuestas' })}: https://askwell.example/s/${ctx.rng.hex(8)}/responses
`;
    return {
      draft: {
        from: { email: 'responses@askwell.example', name: 'Askwell' },
        subject: L(lang, {
          en: 'New response: Quote request',
          de: 'Neue Antwort: Angebotsanfrage',
          fr: 'Nouvelle réponse : Demande de devis',
          es: 'Nueva respuesta: Solicitud de cotización',
        }),
        text,
      },
    };
  },
};

/** 5. Marketplace: definition list with role-word labels, then the listing and assigned agent block. */
const tradeseek: LeadLayout = {
  id: 'marketplace-dl-role-words-agent-block',
  description:
    'trades marketplace "Tradeseek" (HTML with text): `<dl>` with role-word labels ("Enquirer", "Enquirer’s e-mail", "Contact no."), the enquiry over paragraphs, then a "Your listing" block with the business’s listing name and phone and the Tradeseek account manager with a direct line; "manage your leads" and unsubscribe footer',
  extensions: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const [af, al] = rng.pick([
      ['Priya', 'Venkataraman'],
      ['Connor', 'Blakeley'],
      ['Nadine', 'Obermüller'],
      ['Cédric', 'Baudouin'],
      ['Lorena', 'Ibarrola'],
    ] as const);
    const mgrPhone = `+44 20 7946 0${rng.digits(3)}`;
    const items: [string, string][] = [
      [L(lang, { en: 'Enquirer', de: 'Anfragender', fr: 'Demandeur', es: 'Solicitante' }), full(p)],
      [
        L(lang, {
          en: 'Enquirer’s e-mail',
          de: 'E-Mail des Anfragenden',
          fr: 'Courriel du demandeur',
          es: 'Correo del solicitante',
        }),
        ctx.hasEmail ? p.email : '—',
      ],
      [
        L(lang, { en: 'Contact no.', de: 'Rückrufnr.', fr: 'N° de contact', es: 'N.º de contacto' }),
        phoneExt(ctx, '—'),
      ],
      [
        L(lang, { en: 'Job type', de: 'Auftragsart', fr: 'Type de travaux', es: 'Tipo de trabajo' }),
        ctx.service,
      ],
      [L(lang, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' }), ctx.message ?? '—'],
    ];
    const listing = L<[string, string, string, string, string]>(lang, {
      en: [
        'Your listing',
        'Listing phone',
        'Your account manager',
        'Manage your leads',
        'Unsubscribe from lead e-mails',
      ],
      de: [
        'Ihr Eintrag',
        'Telefon im Eintrag',
        'Ihre Kundenbetreuung',
        'Leads verwalten',
        'Lead-E-Mails abbestellen',
      ],
      fr: [
        'Votre fiche',
        'Téléphone de la fiche',
        'Votre chargé de compte',
        'Gérer vos demandes',
        'Se désabonner des e-mails',
      ],
      es: [
        'Su ficha',
        'Teléfono de la ficha',
        'Su gestor de cuenta',
        'Gestionar sus contactos',
        'Darse de baja de estos correos',
      ],
    });
    const html = `<p>${esc(L(lang, { en: 'You have a new enquiry on Tradeseek.', de: 'Sie haben eine neue Anfrage auf Tradeseek.', fr: 'Vous avez une nouvelle demande sur Tradeseek.', es: 'Tiene una nueva consulta en Tradeseek.' }))}</p>
<dl style="margin:0 0 16px">
${items.map(([k, v]) => `<dt style="font-weight:bold;margin-top:10px">${esc(k)}</dt>\n<dd style="margin:2px 0 0 0">${htmlParas(v)}</dd>`).join('\n')}
</dl>
<div style="background:#f7f7f2;padding:10px;font-size:13px">
<b>${esc(listing[0])}</b>: ${esc(ctx.biz.name)} — ${esc(ctx.biz.city)}<br>
${esc(listing[1])}: ${esc(ctx.bizPhone)}<br>
${esc(listing[2])}: ${esc(`${af} ${al}`)}, ${esc(mgrPhone)}
</div>
<p style="font-size:11px;color:#888"><a href="https://tradeseek.example/pro/leads">${esc(listing[3])}</a> · <a href="https://tradeseek.example/u">${esc(listing[4])}</a> · Tradeseek Ltd</p>`;
    const text = `${L(lang, { en: 'You have a new enquiry on Tradeseek.', de: 'Sie haben eine neue Anfrage auf Tradeseek.', fr: 'Vous avez une nouvelle demande sur Tradeseek.', es: 'Tiene una nueva consulta en Tradeseek.' })}

${items.map(([k, v]) => `${k}\n${v}`).join('\n\n')}

${listing[0]}: ${ctx.biz.name} — ${ctx.biz.city}
${listing[1]}: ${ctx.bizPhone}
${listing[2]}: ${af} ${al}, ${mgrPhone}

${listing[3]}: https://tradeseek.example/pro/leads
${listing[4]}: https://tradeseek.example/u
`;
    return {
      draft: {
        from: { email: 'leads@tradeseek.example', name: 'Tradeseek' },
        subject: L(lang, {
          en: `New enquiry from ${p.first}`,
          de: `Neue Anfrage von ${p.first}`,
          fr: `Nouvelle demande de ${p.first}`,
          es: `Nueva consulta de ${p.first}`,
        }),
        html,
        text,
        primary: rng.chance(0.5) ? 'html' : 'text',
      },
      others: [`${af} ${al}`],
    };
  },
};

/** 6. Webhook fallback: nested JSON body, phone split into dialling code and national number. */
const formhook: LeadLayout = {
  id: 'json-nested-submission-split-dial-code',
  description:
    'form backend "Formhook" mails the webhook payload it could not deliver (plain): nested JSON (`submission.fields.name.first/last`, `contact.email`, `contact.phone.dial_code` and `.national`, `address.country` ISO code, `project.description` with `\\n`), preceded by the site owner block with the business phone and followed by delivery error lines',
  countryField: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const payload = {
      site: { owner: ctx.biz.name, owner_phone: ctx.bizPhone, inbox: ctx.biz.inbox },
      submission: {
        id: `sub_${rng.hex(12)}`,
        form: L(lang, {
          en: 'Quote request',
          de: 'Angebotsanfrage',
          fr: 'Demande de devis',
          es: 'Solicitud de cotización',
        }),
        created_at: `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${time(rng)}:00Z`,
        fields: {
          name: { first: p.first, last: p.last || null },
          contact: {
            email: ctx.hasEmail ? p.email : null,
            phone: ctx.phone ? { dial_code: `+${phoneCc(ctx.person.e164)}`, national: ctx.phone } : null,
          },
          address: { country: ctx.countryCode },
          project: { type: ctx.service, description: ctx.message },
        },
      },
    };
    const text = `${L(lang, { en: 'Formhook could not deliver this submission to your endpoint, so here it is by e-mail.', de: 'Formhook konnte diese Einsendung nicht an Ihren Endpunkt liefern, daher kommt sie per E-Mail.', fr: 'Formhook n’a pas pu livrer cet envoi à votre point de terminaison ; le voici par e-mail.', es: 'Formhook no pudo entregar este envío a su endpoint, así que se lo enviamos por correo.' })}

${JSON.stringify(payload, null, 2)}

endpoint: https://hooks.${ctx.biz.domain}/formhook
error: 502 Bad Gateway (3 attempts)
`;
    return {
      draft: {
        from: { email: 'alerts@formhook.example', name: 'Formhook' },
        subject: `[Formhook] ${L(lang, { en: 'Delivery failed – submission attached', de: 'Zustellung fehlgeschlagen – Einsendung anbei', fr: 'Échec de livraison – envoi joint', es: 'Entrega fallida – envío incluido' })}`,
        text,
      },
    };
  },
};

export function phoneCc(e164: string): string {
  const map: [string, string][] = [
    ['+1', '1'],
    ['+234', '234'],
    ['+233', '233'],
    ['+63', '63'],
    ['+44', '44'],
    ['+852', '852'],
    ['+48', '48'],
    ['+49', '49'],
    ['+45', '45'],
    ['+43', '43'],
    ['+420', '420'],
    ['+41', '41'],
    ['+39', '39'],
    ['+264', '264'],
    ['+27', '27'],
    ['+32', '32'],
    ['+31', '31'],
    ['+216', '216'],
    ['+33', '33'],
    ['+261', '261'],
    ['+262', '262'],
    ['+237', '237'],
    ['+241', '241'],
    ['+503', '503'],
    ['+502', '502'],
    ['+504', '504'],
    ['+505', '505'],
    ['+34', '34'],
    ['+351', '351'],
    ['+593', '593'],
    ['+57', '57'],
  ];
  const hit = map.filter(([k]) => e164.startsWith(k)).sort((a, b) => b[0].length - a[0].length)[0];
  return hit?.[1] ?? '';
}

/** 7. A customer's own letter from webmail (HTML with text), sign-off, phone on the line below. */
const letter: LeadLayout = {
  id: 'letter-webmail-signoff-name-mob-line',
  description:
    'the customer writes from webmail (HTML with text; "Sent from Yahoo Mail"-style tag on some): greeting, the message as prose, sign-off with the full name or first name only, a "mob." / "Handy" / "cel." line below the name; From without display name on half',
  needsMessage: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const firstOnly = p.single || rng.chance(0.4);
    const signName = firstOnly ? p.first : full(p);
    const greet = L(lang, { en: 'Hello,', de: 'Guten Tag,', fr: 'Bonjour,', es: 'Buenos días:' });
    const bye = L(lang, {
      en: rng.pick(['Kind regards,', 'Many thanks,', 'Cheers,']),
      de: rng.pick(['Viele Grüße', 'Beste Grüße', 'Mit freundlichen Grüßen']),
      fr: rng.pick(['Bien cordialement,', 'Merci d’avance,', 'Cordialement,']),
      es: rng.pick(['Saludos cordiales,', 'Muchas gracias,', 'Un saludo,']),
    });
    const mob = L(lang, { en: 'mob.', de: 'Handy:', fr: 'Port. :', es: 'cel.' });
    const tag = rng.chance(0.4)
      ? L(lang, {
          en: 'Sent from Yahoo Mail on Android',
          de: 'Von Yahoo Mail auf Android gesendet',
          fr: 'Envoyé de Yahoo Mail pour Android',
          es: 'Enviado desde Yahoo Mail para Android',
        })
      : '';
    const message = ctx.message ?? '';
    const sig = [signName, ctx.phone ? `${mob} ${ctx.phone}` : ''].filter(Boolean);
    const text = `${greet}\n\n${message}\n\n${bye}\n${sig.join('\n')}${tag ? `\n\n${tag}` : ''}\n`;
    const html = `<div dir="ltr"><p>${esc(greet)}</p>\n${htmlParas(message)}\n<p>${esc(bye)}<br>${sig.map(esc).join('<br>')}</p>${tag ? `\n<p style="color:#888;font-size:12px">${esc(tag)}</p>` : ''}</div>`;
    const showName = rng.chance(0.5);
    return {
      draft: {
        from: { email: p.email, name: showName && !firstOnly ? full(p) : undefined },
        subject: L(lang, {
          en: ctx.service.charAt(0).toUpperCase() + ctx.service.slice(1),
          de: `Anfrage ${ctx.service}`,
          fr: `Demande : ${ctx.service}`,
          es: `Consulta: ${ctx.service}`,
        }),
        text,
        html,
        primary: 'text',
      },
      expected: firstOnly ? { fullName: p.first, firstName: p.first, lastName: null } : {},
      pii: [],
    };
  },
};

/** 8. Site builder: key/value CSV attached, body without the answers. */
const tidyform: LeadLayout = {
  id: 'csv-att-field-value-rows',
  description:
    'site builder "Tidyform" (HTML with text): the body only says an entry arrived and the plan has no previews; `entry-NNNN.csv` holds `field,value` rows (full name, e-mail, "phone incl. country code", service, the message as a quoted multi-line cell, consent, submitted at), comma for en and semicolon elsewhere',
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const sep = lang === 'en' ? ',' : ';';
    const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const id = rng.int(1000, 9999);
    const rows: [string, string][] = [
      [
        L(lang, { en: 'field', de: 'feld', fr: 'champ', es: 'campo' }),
        L(lang, { en: 'value', de: 'wert', fr: 'valeur', es: 'valor' }),
      ],
      [
        L(lang, { en: 'Full name', de: 'Vollständiger Name', fr: 'Nom complet', es: 'Nombre completo' }),
        full(p),
      ],
      [L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), ctx.hasEmail ? p.email : ''],
      [
        L(lang, {
          en: 'Phone incl. country code',
          de: 'Telefon inkl. Vorwahl',
          fr: 'Téléphone avec indicatif',
          es: 'Teléfono con código de país',
        }),
        ctx.phone ?? '',
      ],
      [L(lang, { en: 'Service', de: 'Leistung', fr: 'Prestation', es: 'Servicio' }), ctx.service],
      [
        L(lang, { en: 'Your message', de: 'Ihre Nachricht', fr: 'Votre message', es: 'Su mensaje' }),
        ctx.message ?? '',
      ],
      [
        L(lang, { en: 'Consent', de: 'Einwilligung', fr: 'Consentement', es: 'Consentimiento' }),
        L(lang, { en: 'yes', de: 'ja', fr: 'oui', es: 'sí' }),
      ],
      [
        L(lang, { en: 'Submitted at', de: 'Gesendet am', fr: 'Envoyé le', es: 'Enviado el' }),
        `${shortDate(rng, lang)} ${time(rng)}`,
      ],
    ];
    const csv = `${rows.map((r) => r.map(q).join(sep)).join('\n')}\n`;
    const note = L(lang, {
      en: `A new entry (#${id}) arrived on your site ${ctx.biz.domain}. Your plan does not include e-mail previews, so the answers are in the attached CSV file. Upgrade to Tidyform Plus to see them here.`,
      de: `Ein neuer Eintrag (#${id}) ist auf Ihrer Website ${ctx.biz.domain} eingegangen. Ihr Tarif enthält keine E-Mail-Vorschau, die Antworten stehen in der angehängten CSV-Datei. Mit Tidyform Plus sehen Sie sie direkt hier.`,
      fr: `Une nouvelle entrée (n° ${id}) est arrivée sur votre site ${ctx.biz.domain}. Votre formule n’inclut pas l’aperçu par e-mail : les réponses sont dans le fichier CSV joint. Passez à Tidyform Plus pour les voir ici.`,
      es: `Llegó una nueva entrada (n.º ${id}) en su sitio ${ctx.biz.domain}. Su plan no incluye vista previa por correo; las respuestas están en el archivo CSV adjunto. Con Tidyform Plus las verá aquí.`,
    });
    return {
      draft: {
        from: { email: 'entries@tidyform.example', name: 'Tidyform' },
        subject: L(lang, {
          en: `New entry #${id}`,
          de: `Neuer Eintrag #${id}`,
          fr: `Nouvelle entrée n° ${id}`,
          es: `Nueva entrada n.º ${id}`,
        }),
        text: `${note}\n\n— Tidyform\n`,
        html: `<p>${esc(note)}</p><p style="color:#999">— Tidyform</p>`,
        primary: 'text',
        attachments: [
          attachment(`entry-${id}.csv`, 'text/csv', csv, {
            charset: ctx.rng.chance(0.5) ? 'windows-1252' : 'utf-8',
          }),
        ],
      },
    };
  },
};

const vEsc = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

/** 9. Callback widget: vCard 4.0 attached, the callback window and the tracking line in the body. */
const callmeback: LeadLayout = {
  id: 'callback-widget-vcard4-att',
  description:
    'website call-back widget "Ringbackly" (plain): the requested window and the business’s own line in the body, `contact.vcf` (vCard 4.0) with N (Last;First), FN, `TEL;VALUE=uri:tel:+…` or text, EMAIL, NOTE holding the message; names in capitals on some',
  caps: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const fn = shown(ctx, full(p));
    const tel = ctx.phone
      ? /^\+\d+$/.test(ctx.phone)
        ? `TEL;TYPE=cell;VALUE=uri:tel:${ctx.person.e164}`
        : `TEL;TYPE=cell;VALUE=text:${ctx.phone}`
      : '';
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      `N:${vEsc(shown(ctx, p.last))};${vEsc(shown(ctx, p.first))};;;`,
      `FN:${vEsc(fn)}`,
      tel,
      ctx.hasEmail ? `EMAIL;TYPE=home:${p.email}` : '',
      ctx.message ? `NOTE:${vEsc(ctx.message)}` : '',
      `PRODID:-//Ringbackly//Widget 3.2//EN`,
      'END:VCARD',
    ]
      .filter(Boolean)
      .join('\n');
    const window = `${longDate(rng, lang)}, ${time(rng)}–${time(rng)}`;
    const text = `${L(lang, { en: 'Someone asked for a call back.', de: 'Jemand bittet um Rückruf.', fr: 'Une personne demande à être rappelée.', es: 'Alguien pidió que le devuelvan la llamada.' })}

${L(lang, { en: 'Preferred window', de: 'Gewünschtes Zeitfenster', fr: 'Créneau souhaité', es: 'Horario preferido' })}: ${window}
${L(lang, { en: 'Page', de: 'Seite', fr: 'Page', es: 'Página' })}: https://www.${ctx.biz.domain}/${L(lang, { en: 'services', de: 'leistungen', fr: 'services', es: 'servicios' })}
${L(lang, { en: 'Call from your line', de: 'Rückruf über Ihre Leitung', fr: 'Rappel depuis votre ligne', es: 'Llamar desde su línea' })}: ${ctx.bizPhone}

${L(lang, { en: 'The caller’s details are in the attached card.', de: 'Die Kontaktdaten stehen in der angehängten Karte.', fr: 'Les coordonnées sont dans la carte jointe.', es: 'Los datos están en la tarjeta adjunta.' })}
Ringbackly · ${L(lang, { en: 'widget settings', de: 'Widget-Einstellungen', fr: 'réglages du widget', es: 'ajustes del widget' })}: https://ringbackly.example/w/${rng.hex(6)}
`;
    return {
      draft: {
        from: { email: 'widget@ringbackly.example', name: 'Ringbackly' },
        subject: L(lang, {
          en: 'Call-back request',
          de: 'Rückrufwunsch',
          fr: 'Demande de rappel',
          es: 'Solicitud de llamada',
        }),
        text,
        attachments: [attachment('contact.vcf', 'text/vcard', `${vcf}\n`, { charset: 'utf-8' })],
      },
      pii: [fn],
    };
  },
};

/** 10. Call tracking: voicemail transcript as a text attachment, caller id in the body. */
const voicemail: LeadLayout = {
  id: 'voicemail-transcript-txt-att-caller-id',
  noEmail: true,
  description:
    'call-tracking service "Callquill" (HTML with text): the body gives the tracking number (the business’s), duration and the caller id; `voicemail-transcript.txt` holds the header lines and the transcript, in which the caller gives their name, their request and a call-back number; no e-mail',
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const dur = `0:${rng.int(31, 59)}`;
    const msg = ctx.message ?? '';
    const hi = L(lang, {
      en: `Hi, this is ${full(p)}.`,
      de: `Ja, hallo, hier ist ${full(p)}.`,
      fr: `Oui bonjour, c’est ${full(p)}.`,
      es: `Hola, le habla ${full(p)}.`,
    });
    const back = L(lang, {
      en: `You can call me back on ${ctx.phone}. Thanks, bye.`,
      de: `Rufen Sie mich gern zurück unter ${ctx.phone}. Danke, tschüss.`,
      fr: `Vous pouvez me rappeler au ${ctx.phone}. Merci, au revoir.`,
      es: `Me puede devolver la llamada al ${ctx.phone}. Gracias, adiós.`,
    });
    const txt = `${L(lang, { en: 'Caller ID', de: 'Anrufer-ID', fr: 'Appelant', es: 'Identificador' })}: ${ctx.person.e164}
${L(lang, { en: 'Tracking number', de: 'Tracking-Nummer', fr: 'Numéro suivi', es: 'Número de seguimiento' })}: ${ctx.bizPhone}
${L(lang, { en: 'Duration', de: 'Dauer', fr: 'Durée', es: 'Duración' })}: ${dur}
${L(lang, { en: 'Transcript (automatic, may contain errors)', de: 'Transkript (automatisch, ohne Gewähr)', fr: 'Transcription (automatique, peut contenir des erreurs)', es: 'Transcripción (automática, puede tener errores)' })}:

${hi}
${msg}
${back}
`;
    const intro = L(lang, {
      en: 'New voicemail on your tracking line',
      de: 'Neue Sprachnachricht auf Ihrer Tracking-Leitung',
      fr: 'Nouveau message vocal sur votre ligne suivie',
      es: 'Nuevo mensaje de voz en su línea de seguimiento',
    });
    const text = `${intro} ${ctx.bizPhone}\n${L(lang, { en: 'From', de: 'Von', fr: 'De', es: 'De' })}: ${ctx.person.e164}\n${L(lang, { en: 'Duration', de: 'Dauer', fr: 'Durée', es: 'Duración' })}: ${dur}\n\n${L(lang, { en: 'Transcript attached. Audio: https://callquill.example/v/', de: 'Transkript im Anhang. Audio: https://callquill.example/v/', fr: 'Transcription jointe. Audio : https://callquill.example/v/', es: 'Transcripción adjunta. Audio: https://callquill.example/v/' })}${rng.hex(10)}\n`;
    return {
      draft: {
        from: { email: 'voicemail@callquill.example', name: 'Callquill' },
        subject: `${intro} (${dur})`,
        text,
        html: `<p>${esc(intro)} <b>${esc(ctx.bizPhone)}</b></p><table><tr><td>${esc(L(lang, { en: 'From', de: 'Von', fr: 'De', es: 'De' }))}</td><td>${esc(ctx.person.e164)}</td></tr><tr><td>${esc(L(lang, { en: 'Duration', de: 'Dauer', fr: 'Durée', es: 'Duración' }))}</td><td>${dur}</td></tr></table>`,
        primary: 'html',
        attachments: [
          attachment('voicemail-transcript.txt', 'text/plain', txt, {
            charset: rng.pick(['utf-8', 'iso-8859-1', 'windows-1252'] as const),
          }),
        ],
      },
      pii: [ctx.person.e164],
    };
  },
};

/** 11. Lead aggregator: ADF/XML with a full-name contact, vendor contact and provider. */
const quotefarm: LeadLayout = {
  id: 'adf-att-full-name-part-vendor-contact',
  description:
    'quote aggregator "Quotefarm" (plain + `lead.xml`): short body naming the job and the reference; ADF `<prospect>` with `<name part="full">`, `<email>`, `<phone type="cellphone">`, `<address><country>`, `<comments>` in CDATA; `<vendor>` with the business contact (staff, direct line) and `<provider>` with Quotefarm’s phone',
  countryField: true,
  caps: true,
  build(ctx) {
    const { lang, person: p, staff, rng } = ctx;
    const ref = `QF-${rng.digits(6)}`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="Quotefarm">${ref}</id>
    <requestdate>2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${time(rng)}:00</requestdate>
    <customer>
      <contact primarycontact="1">
        <name part="full">${esc(shown(ctx, full(p)))}</name>
${ctx.hasEmail ? `        <email>${p.email}</email>\n` : ''}${ctx.phone ? `        <phone type="cellphone">${esc(ctx.phone)}</phone>\n` : ''}        <address>
          <city>${esc(ctx.biz.city)}</city>
          <country>${ctx.countryCode}</country>
        </address>
      </contact>
      <comments><![CDATA[${ctx.message ?? ''}]]></comments>
    </customer>
    <vendor>
      <vendorname>${esc(ctx.biz.name)}</vendorname>
      <contact>
        <name part="full">${esc(staff.full)}</name>
        <phone type="voice">${esc(staff.direct)}</phone>
        <email>${staff.email}</email>
      </contact>
    </vendor>
    <provider>
      <name part="full">Quotefarm</name>
      <phone>+44 161 496 0${rng.digits(3)}</phone>
      <email>partners@quotefarm.example</email>
    </provider>
  </prospect>
</adf>
`;
    const text = `${L(lang, { en: `New lead ${ref}: ${ctx.service}.`, de: `Neuer Lead ${ref}: ${ctx.service}.`, fr: `Nouveau contact ${ref} : ${ctx.service}.`, es: `Nuevo contacto ${ref}: ${ctx.service}.` })}
${L(lang, { en: 'The lead is attached in ADF format for your CRM.', de: 'Der Lead ist im ADF-Format für Ihr CRM angehängt.', fr: 'Le contact est joint au format ADF pour votre CRM.', es: 'El contacto va adjunto en formato ADF para su CRM.' })}

Quotefarm · partners@quotefarm.example
`;
    return {
      draft: {
        from: { email: 'leads@quotefarm.example', name: 'Quotefarm' },
        to: [{ email: staff.email, name: staff.full }],
        cc: [{ email: ctx.biz.inbox }],
        subject: `Quotefarm ${ref}`,
        text,
        attachments: [attachment('lead.xml', 'application/xml', xml, { charset: 'utf-8' })],
      },
      others: [staff.full],
      pii: [shown(ctx, full(p))],
    };
  },
};

/** 12. Booking engine: XML body, the guardian / requester is the lead, the beneficiary is not. */
const xmlBooking: LeadLayout = {
  id: 'xml-body-requester-vs-beneficiary-country-attr',
  description:
    'booking engine "Tidebook" mails its XML export in the body (plain): `<requester>` (`<guardian>` for a minor’s dive course) with `<given>`/`<family>`, `<email>`, `<phone country="…">` written nationally, then `<beneficiary relation="…">` with their own name and age or phone (not the lead), `<request>` with `<notes>` over lines, and `<operator>` with the business’s phone',
  countryField: true,
  build(ctx) {
    const { lang, person: p, rng } = ctx;
    const minor = ctx.biz.sector === 'diving';
    const tag = minor ? 'guardian' : 'requester';
    const relation = {
      diving: 'child',
      cakes: 'daughter',
      trees: 'tenant',
      borehole: 'tenant',
      upholstery: 'mother',
    }[ctx.biz.sector];
    const bFirst = rng.pick(['Zara', 'Tunde', 'Elodie', 'Mateo', 'Liesel', 'Amani']);
    const bLast =
      minor || relation === 'daughter'
        ? p.last || rng.pick(['Odum', 'Ferreira'])
        : rng.pick(['Quarshie', 'Lindqvist', 'Abadie', 'Ortega']);
    const beneExtra =
      minor || relation === 'daughter'
        ? `<age>${rng.int(9, 15)}</age>`
        : `<phone>${writePhone(makeNumber(rng, ctx.biz.country), 'intl', ctx.biz.country) ?? ''}</phone>`;
    const notes = ctx.message ? `\n      <notes>${esc(ctx.message)}</notes>` : '\n      <notes/>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tidebook-export version="2.1">
  <booking ref="TB-${rng.digits(6)}" status="pending" lang="${lang}">
    <${tag}>
      <name><given>${esc(p.first)}</given><family>${esc(p.last)}</family></name>
      ${ctx.hasEmail ? `<email>${p.email}</email>` : '<email/>'}
      ${ctx.phone ? `<phone country="${ctx.countryCode}">${esc(ctx.phone)}</phone>` : '<phone/>'}
    </${tag}>
    <beneficiary relation="${relation}">
      <name><given>${bFirst}</given><family>${esc(bLast)}</family></name>
      ${beneExtra}
    </beneficiary>
    <request>
      <service>${esc(ctx.service)}</service>
      <date>${shortDate(rng, 'en').split('/').reverse().join('-')}</date>${notes}
    </request>
    <operator>
      <name>${esc(ctx.biz.name)}</name>
      <phone>${esc(ctx.bizPhone)}</phone>
    </operator>
  </booking>
</tidebook-export>`;
    const text = `${L(lang, { en: 'New booking request (XML export follows).', de: 'Neue Buchungsanfrage (XML-Export folgt).', fr: 'Nouvelle demande de réservation (export XML ci-dessous).', es: 'Nueva solicitud de reserva (exportación XML a continuación).' })}

${xml}

Tidebook · ${L(lang, { en: 'do not reply', de: 'bitte nicht antworten', fr: 'ne pas répondre', es: 'no responder' })}
`;
    return {
      draft: {
        from: { email: 'export@tidebook.example', name: 'Tidebook' },
        subject: `Tidebook: ${L(lang, { en: 'booking request', de: 'Buchungsanfrage', fr: 'demande de réservation', es: 'solicitud de reserva' })} – ${ctx.service}`,
        text,
      },
      others: bLast === p.last ? [bFirst] : [bFirst, bLast],
    };
  },
  needsSurname: true,
};

export const FORM_LAYOUTS: LeadLayout[] = [
  quillpost,
  bookaroo,
  formmail,
  askwell,
  tradeseek,
  formhook,
  letter,
  tidyform,
  callmeback,
  voicemail,
  quotefarm,
  xmlBooking,
];
