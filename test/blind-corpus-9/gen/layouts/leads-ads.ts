/** Lead layouts, part B: the ad platforms. */
import { attachment } from '../mime.js';
import { COUNTRY_NAME } from '../people.js';
import type { LeadCtx, LeadLayout } from '../types.js';
import { day, digitsId, esc, full, tr } from '../util.js';

function campaignName(c: LeadCtx): string {
  const season = c.rng.pick(['Spring', 'Autumn', 'Q3', 'Always-on', 'Local', 'Summer']);
  const word = {
    bicycle: 'Bike-Service',
    florist: 'Flowers',
    locksmith: 'Locks',
    architect: 'Extensions',
    print: 'Print',
  }[c.biz.sector];
  return `${season} ${word} ${c.lang.toUpperCase()} ${c.rng.int(2025, 2026)}`;
}

const QUESTION = {
  en: 'What would you like us to know?',
  de: 'Was sollten wir vorab wissen?',
  fr: 'Que souhaitez-vous nous dire ?',
  es: '¿Qué te gustaría contarnos?',
};

function oneLine(s: string | null): string {
  return s ? s.replace(/\s*\n+\s*/g, ' ') : '';
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const adMetaAgencyCsv: LeadLayout = {
  id: 'ad-meta-agency-csv-cover',
  description:
    'Meta lead ad lead passed on by the business\'s marketing agency "Adwell": a plain cover note from the named account manager (with their mobile) asking for a call-back, and the Leads Center export as a .csv attachment (header of Meta\'s raw column names: id, created_time, ad_id, ad_name, adset_id, adset_name, campaign_id, campaign_name, form_id, form_name, is_organic, platform, the custom question, full_name, email, phone_number written "p:+…")',
  count: 16,
  build(c) {
    const { lang, person, rng } = c;
    const ids = {
      id: digitsId(rng, 16),
      ad: digitsId(rng, 17),
      adset: digitsId(rng, 17),
      camp: digitsId(rng, 17),
      form: digitsId(rng, 15),
    };
    const camp = campaignName(c);
    const name = c.pii(full(person));
    if (c.phone) c.pii(c.phone);
    const qKey = tr(lang, {
      en: 'what_would_you_like_us_to_know?',
      de: 'was_sollten_wir_vorab_wissen?',
      fr: 'que_souhaitez-vous_nous_dire_?',
      es: '¿qué_te_gustaría_contarnos?',
    });
    const head = [
      'id',
      'created_time',
      'ad_id',
      'ad_name',
      'adset_id',
      'adset_name',
      'campaign_id',
      'campaign_name',
      'form_id',
      'form_name',
      'is_organic',
      'platform',
      qKey,
      'full_name',
      'email',
      'phone_number',
    ];
    const row = [
      ids.id,
      `2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:1${rng.int(0, 9)}:00+0000`,
      ids.ad,
      `${camp} – Video ${rng.int(1, 4)}`,
      ids.adset,
      `${camp} – Adset`,
      ids.camp,
      camp,
      ids.form,
      `Form ${lang.toUpperCase()} ${rng.int(1, 9)}`,
      'false',
      rng.pick(['fb', 'ig']),
      c.message ?? '',
      name,
      c.hasEmail ? person.email : '',
      c.phone ? `p:${c.phone}` : '',
    ];
    const csv = `${head.join(',')}\n${row.map(csvCell).join(',')}\n`;
    const am = { en: 'Jasper Quill', de: 'Merle Hansen', fr: 'Romain Delorme', es: 'Inés Cárdenas' }[lang];
    const text = tr(lang, {
      en: `Hi team,\n\nOne more lead came in overnight from the Meta campaign, export attached. Could someone call them back today?\n\nCheers,\n${am}\nAccount Manager, Adwell Digital\nMobile ${c.extraPhone}\n`,
      de: `Hallo zusammen,\n\nüber Nacht kam noch ein Lead aus der Meta-Kampagne rein, Export anbei. Kann sich heute jemand melden?\n\nViele Grüße\n${am}\nKundenbetreuung, Adwell Digital\nMobil ${c.extraPhone}\n`,
      fr: `Bonjour à tous,\n\nUn nouveau lead est arrivé cette nuit via la campagne Meta, export en pièce jointe. Quelqu’un peut-il rappeler aujourd’hui ?\n\nBonne journée,\n${am}\nChargé de compte, Adwell Digital\nPortable ${c.extraPhone}\n`,
      es: `Hola equipo:\n\nAnoche entró otro lead de la campaña de Meta, va el export adjunto. ¿Alguien puede llamarle hoy?\n\nSaludos,\n${am}\nEjecutiva de cuentas, Adwell Digital\nMóvil ${c.extraPhone}\n`,
    });
    return {
      draft: {
        from: { name: am, email: `${am.split(' ')[0]?.toLowerCase()}@adwell.test` },
        subject: tr(lang, {
          en: 'New Meta lead – export attached',
          de: 'Neuer Meta-Lead – Export anbei',
          fr: 'Nouveau lead Meta – export joint',
          es: 'Nuevo lead de Meta – export adjunto',
        }),
        text,
        attachments: [
          attachment(`leads_${ids.form}.csv`, 'text/csv', csv, {
            charset: 'utf-8',
            transfer: rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      expected: {
        source: 'facebook_lead_ads',
        campaign: camp,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.id,
      },
      others: [am],
    };
  },
};

export const adGoogleUserColumnsJson: LeadLayout = {
  id: 'ad-google-user-columns-json-att',
  description:
    'Google Ads lead-form webhook caught by relay "Hookpost": a short plain body naming the lead id, and the payload as a .json attachment (lead_id, api_version, form_id, campaign_id, adgroup_id, creative_id, gcl_id, is_test, and user_column_data entries with column_name, string_value and column_id: FULL_NAME or FIRST_NAME/LAST_NAME, EMAIL, PHONE_NUMBER, POSTAL_CODE and a custom question)',
  count: 16,
  build(c) {
    const { lang, person, rng } = c;
    const lead = rng.hex(24);
    const ids = {
      form: digitsId(rng, 11),
      camp: digitsId(rng, 11),
      adgroup: digitsId(rng, 12),
      creative: digitsId(rng, 12),
    };
    const camp = campaignName(c);
    const split = rng.chance(0.5);
    if (c.phone) c.pii(c.phone);
    const cols: { column_name: string; string_value: string; column_id: string }[] = [];
    if (split) {
      cols.push({ column_name: 'First Name', string_value: person.first, column_id: 'FIRST_NAME' });
      cols.push({ column_name: 'Last Name', string_value: person.last, column_id: 'LAST_NAME' });
    } else cols.push({ column_name: 'Full Name', string_value: c.pii(full(person)), column_id: 'FULL_NAME' });
    if (c.hasEmail) cols.push({ column_name: 'User Email', string_value: person.email, column_id: 'EMAIL' });
    if (c.phone) cols.push({ column_name: 'User Phone', string_value: c.phone, column_id: 'PHONE_NUMBER' });
    cols.push({
      column_name: 'Postal Code',
      string_value: String(rng.int(1000, 98999)),
      column_id: 'POSTAL_CODE',
    });
    if (c.message)
      cols.push({ column_name: QUESTION[lang], string_value: c.message, column_id: 'QUESTION_1' });
    const payload = {
      lead_id: lead,
      user_column_data: cols,
      api_version: '1.0',
      form_id: Number(ids.form),
      campaign_id: Number(ids.camp),
      campaign_name: camp,
      adgroup_id: Number(ids.adgroup),
      creative_id: Number(ids.creative),
      gcl_id: `Cj0KCQ${rng.hex(24)}`,
      google_key: rng.hex(16),
      is_test: false,
    };
    const text = tr(lang, {
      en: `Hookpost received a POST on /google-leads.\nLead ${lead}: payload attached as JSON.\n\nHookpost · webhook inbox for small teams\n`,
      de: `Hookpost hat einen POST auf /google-leads empfangen.\nLead ${lead}: Nutzdaten als JSON angehängt.\n\nHookpost · Webhook-Postfach für kleine Teams\n`,
      fr: `Hookpost a reçu un POST sur /google-leads.\nLead ${lead} : contenu joint au format JSON.\n\nHookpost · boîte de réception de webhooks\n`,
      es: `Hookpost recibió un POST en /google-leads.\nLead ${lead}: contenido adjunto en JSON.\n\nHookpost · bandeja de webhooks para equipos pequeños\n`,
    });
    return {
      draft: {
        from: { name: 'Hookpost', email: 'relay@hookpost.test' },
        subject: `[Hookpost] google-leads · ${lead.slice(0, 8)}`,
        text,
        attachments: [
          attachment(
            `payload-${lead.slice(0, 8)}.json`,
            'application/json',
            `${JSON.stringify(payload, null, 2)}\n`,
            { charset: 'utf-8' },
          ),
        ],
      },
      expected: {
        source: 'google_ads',
        campaign: camp,
        adId: ids.creative,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: lead,
      },
    };
  },
};

export const adLinkedinMarkdownTables: LeadLayout = {
  id: 'ad-linkedin-markdown-sections',
  description:
    'LinkedIn Lead Gen Form lead from connector "Leadbridge" in plain text: three Markdown sections (## Contact, ## Answers, ## Tracking), each a two-column pipe table; the contact table has first and last name, email, phone, company, job title and a country row, the answer row holds the custom question on one line, tracking lists campaign, campaign id, form id, creative id, lead id and account id; about a quarter of customers are in the neighbouring country and write their number nationally',
  count: 16,
  foreignCustomers: true,
  build(c) {
    const { lang, person, rng } = c;
    const ids = {
      camp: digitsId(rng, 9),
      form: digitsId(rng, 8),
      creative: digitsId(rng, 9),
      lead: `urn:li:leadGenFormResponse:${rng.uuid()}`,
      acct: digitsId(rng, 9),
    };
    const camp = campaignName(c);
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'compact'])) : '';
    const msg = oneLine(c.message);
    const L = tr(lang, {
      en: [
        'Field',
        'Value',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Company',
        'Job title',
        'Country',
        'Question',
        'Answer',
        'Campaign',
        'Campaign ID',
        'Form ID',
        'Creative ID',
        'Lead ID',
        'Account ID',
        'New LinkedIn lead',
      ],
      de: [
        'Feld',
        'Wert',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Unternehmen',
        'Position',
        'Land',
        'Frage',
        'Antwort',
        'Kampagne',
        'Kampagnen-ID',
        'Formular-ID',
        'Creative-ID',
        'Lead-ID',
        'Konto-ID',
        'Neuer LinkedIn-Lead',
      ],
      fr: [
        'Champ',
        'Valeur',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Entreprise',
        'Poste',
        'Pays',
        'Question',
        'Réponse',
        'Campagne',
        'ID campagne',
        'ID formulaire',
        'ID création',
        'ID lead',
        'ID compte',
        'Nouveau lead LinkedIn',
      ],
      es: [
        'Campo',
        'Valor',
        'Nombre',
        'Apellidos',
        'Correo',
        'Teléfono',
        'Empresa',
        'Cargo',
        'País',
        'Pregunta',
        'Respuesta',
        'Campaña',
        'ID de campaña',
        'ID de formulario',
        'ID de creatividad',
        'ID de lead',
        'ID de cuenta',
        'Nuevo lead de LinkedIn',
      ],
    });
    const table = (h1: string, h2: string, rows: [string, string][]) =>
      `| ${h1} | ${h2} |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`;
    const text = `# ${L[17]}\n\n## Contact\n\n${table(L[0] as string, L[1] as string, [
      [L[2] as string, person.first],
      [L[3] as string, person.last],
      [L[4] as string, c.hasEmail ? person.email : ''],
      [L[5] as string, ph],
      [L[6] as string, rng.pick(['Harbour & Co', 'Nordlicht GmbH', 'Groupe Vallon', 'Inversiones Tala'])],
      [L[7] as string, rng.pick(['Operations Manager', 'Head of Facilities', 'Founder', 'Office Lead'])],
      [L[8] as string, COUNTRY_NAME[lang][c.country] as string],
    ])}\n\n## Answers\n\n${table(L[9] as string, L[10] as string, [[QUESTION[lang], msg]])}\n\n## Tracking\n\n${table(
      L[0] as string,
      L[1] as string,
      [
        [L[11] as string, camp],
        [L[12] as string, ids.camp],
        [L[13] as string, ids.form],
        [L[14] as string, ids.creative],
        [L[15] as string, ids.lead],
        [L[16] as string, ids.acct],
      ],
    )}\n\n_Leadbridge · LinkedIn → email_\n`;
    return {
      draft: {
        from: { name: 'Leadbridge', email: 'bridge@leadbridge.test' },
        subject: `${L[17]}: ${full(person)}`,
        text,
      },
      expected: {
        source: 'linkedin_lead_gen',
        message: msg || null,
        campaign: camp,
        adId: ids.creative,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adTiktokWideHeader: LeadLayout = {
  id: 'ad-tiktok-wide-header-row',
  description:
    'TikTok instant-form lead from relay "Clipfunnel" in HTML only: one wide table whose header row holds the labels and whose single second row holds the values (lead id, submitted, name — in capitals on half —, email, phone, the custom question, campaign, campaign id, ad group id, ad id, form id), then a "manage leads" footer with the relay\'s company details',
  count: 16,
  caps: 0.5,
  build(c) {
    const { lang, person, rng } = c;
    const ids = {
      lead: digitsId(rng, 19),
      camp: digitsId(rng, 19),
      adg: digitsId(rng, 19),
      ad: digitsId(rng, 19),
      form: digitsId(rng, 19),
    };
    const camp = campaignName(c);
    const nm = c.caps ? full(person).toLocaleUpperCase('und') : full(person);
    c.pii(nm);
    const ph = c.phone ? c.writePhone(rng.pick(['intl', 'e164', '00'])) : '';
    const H = tr(lang, {
      en: [
        'Lead ID',
        'Submitted',
        'Name',
        'Email',
        'Phone',
        QUESTION.en,
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Form ID',
        'New TikTok lead',
        'Manage leads in TikTok Ads Manager. Clipfunnel Ltd, 4 Quay Lane.',
      ],
      de: [
        'Lead-ID',
        'Eingang',
        'Name',
        'E-Mail',
        'Telefon',
        QUESTION.de,
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Formular-ID',
        'Neuer TikTok-Lead',
        'Leads im TikTok Ads Manager verwalten. Clipfunnel Ltd, 4 Quay Lane.',
      ],
      fr: [
        'ID lead',
        'Reçu le',
        'Nom',
        'E-mail',
        'Téléphone',
        QUESTION.fr,
        'Campagne',
        'ID campagne',
        'ID groupe d’annonces',
        'ID annonce',
        'ID formulaire',
        'Nouveau lead TikTok',
        'Gérez vos leads dans TikTok Ads Manager. Clipfunnel Ltd, 4 Quay Lane.',
      ],
      es: [
        'ID de lead',
        'Recibido',
        'Nombre',
        'Correo',
        'Teléfono',
        QUESTION.es,
        'Campaña',
        'ID de campaña',
        'ID de grupo',
        'ID de anuncio',
        'ID de formulario',
        'Nuevo lead de TikTok',
        'Gestiona los leads en TikTok Ads Manager. Clipfunnel Ltd, 4 Quay Lane.',
      ],
    });
    const vals = [
      ids.lead,
      day(rng, lang),
      nm,
      c.hasEmail ? person.email : '',
      ph,
      c.message ?? '',
      camp,
      ids.camp,
      ids.adg,
      ids.ad,
      ids.form,
    ];
    const html = `<h2>${esc(H[11] as string)}</h2>\n<table border="1" cellspacing="0" cellpadding="4" style="font-size:12px">\n<tr>${vals.map((_, i) => `<th>${esc(H[i] as string)}</th>`).join('')}</tr>\n<tr>${vals.map((v) => `<td>${esc(v).replace(/\n/g, '<br>')}</td>`).join('')}</tr>\n</table>\n<p style="color:#777;font-size:11px">${esc(H[12] as string)}</p>`;
    return {
      draft: {
        from: { name: 'Clipfunnel', email: 'alerts@clipfunnel.test' },
        subject: `${H[11]} · ${camp}`,
        html,
      },
      expected: {
        source: 'tiktok',
        campaign: camp,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adSnapchatEmdash: LeadLayout = {
  id: 'ad-snapchat-emdash-bullets',
  description:
    'Snapchat lead-generation ad lead from relay "Ghostline" (HTML with text): a bullet list of "Label — value" items with abbreviated labels ("Tel.", "E-mail", "Name"), the custom question as the last bullet with a multi-paragraph answer, then one grey footer line holding lead, form, ad and campaign UUIDs separated by middots, and the campaign name in the subject',
  count: 16,
  build(c) {
    const { lang, person, rng } = c;
    const ids = { lead: rng.uuid(), form: rng.uuid(), ad: rng.uuid(), camp: rng.uuid(), squad: rng.uuid() };
    const camp = campaignName(c);
    const nm = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'intl', 'plus0'])) : '—';
    const items: [string, string][] = [
      [tr(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' }), nm],
      ['E-mail', c.hasEmail ? person.email : '—'],
      ['Tel.', ph],
      [QUESTION[lang], c.message ?? '—'],
    ];
    const idLine = `Lead ${ids.lead} · Form ${ids.form} · Ad ${ids.ad} · Ad squad ${ids.squad} · Campaign ${ids.camp}`;
    const head = tr(lang, {
      en: 'Someone answered your Snapchat lead form',
      de: 'Jemand hat Ihr Snapchat-Leadformular ausgefüllt',
      fr: 'Quelqu’un a rempli votre formulaire Snapchat',
      es: 'Alguien respondió tu formulario de Snapchat',
    });
    const html = `<p><b>${esc(head)}</b></p>\n<ul>\n${items.map(([k, v]) => `<li>${esc(k)} — ${esc(v).replace(/\n/g, '<br>')}</li>`).join('\n')}\n</ul>\n<p style="color:#aaa;font-size:10px">${idLine}</p>\n<p style="color:#aaa;font-size:10px">Ghostline · ${tr(lang, { en: 'you are subscribed to lead alerts', de: 'Sie haben Lead-Benachrichtigungen abonniert', fr: 'vous êtes abonné aux alertes', es: 'estás suscrito a las alertas' })}</p>`;
    const text = `${head}\n\n${items.map(([k, v]) => `• ${k} — ${v.replace(/\n/g, '\n  ')}`).join('\n')}\n\n${idLine}\nGhostline\n`;
    return {
      draft: {
        from: { name: 'Ghostline', email: 'leads@ghostline.test' },
        subject: `Snapchat · ${camp}`,
        text,
        html,
        primary: 'html',
      },
      expected: {
        source: 'snapchat',
        campaign: camp,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adMicrosoftFwdNewOutlook: LeadLayout = {
  id: 'ad-microsoft-fwd-new-outlook',
  description:
    "a staff member forwards a Microsoft Advertising lead-form notification from new Outlook (HTML only) to the shared inbox: their note and signature with direct line on top, the new-Outlook header block (bold From/Sent/To/Subject after a rule), then the notification's label/value table (name, email, phone, comments, campaign, campaign id, ad group id, ad id, lead form id, lead id)",
  count: 16,
  build(c) {
    const { lang, biz, person, staff, rng } = c;
    const ids = {
      lead: digitsId(rng, 12),
      camp: digitsId(rng, 9),
      adg: digitsId(rng, 10),
      ad: digitsId(rng, 11),
      form: digitsId(rng, 8),
    };
    const camp = campaignName(c);
    const nm = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'dashed', 'intl'])) : '';
    const L = tr(lang, {
      en: [
        'Can someone pick this one up? I am out on site all day.',
        'From',
        'Sent',
        'To',
        'Subject',
        'New lead from your lead form ad',
        'Name',
        'Email',
        'Phone',
        'Comments',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Lead form ID',
        'Lead ID',
      ],
      de: [
        'Kann das bitte jemand übernehmen? Ich bin den ganzen Tag auf der Baustelle.',
        'Von',
        'Gesendet',
        'An',
        'Betreff',
        'Neuer Lead aus Ihrer Lead-Formular-Anzeige',
        'Name',
        'E-Mail',
        'Telefon',
        'Kommentare',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Lead-ID',
      ],
      fr: [
        'Quelqu’un peut-il s’en occuper ? Je suis en déplacement toute la journée.',
        'De',
        'Envoyé',
        'À',
        'Objet',
        'Nouveau lead de votre annonce à formulaire',
        'Nom',
        'E-mail',
        'Téléphone',
        'Commentaires',
        'Campagne',
        'ID campagne',
        'ID groupe d’annonces',
        'ID annonce',
        'ID formulaire',
        'ID lead',
      ],
      es: [
        '¿Alguien puede encargarse? Estoy fuera todo el día.',
        'De',
        'Enviado',
        'Para',
        'Asunto',
        'Nuevo lead de tu anuncio con formulario',
        'Nombre',
        'Correo',
        'Teléfono',
        'Comentarios',
        'Campaña',
        'ID de campaña',
        'ID de grupo',
        'ID de anuncio',
        'ID de formulario',
        'ID de lead',
      ],
    });
    const rows: [string, string][] = [
      [L[6] as string, nm],
      [L[7] as string, c.hasEmail ? person.email : ''],
      [L[8] as string, ph],
      [L[9] as string, c.message ?? ''],
      [L[10] as string, camp],
      [L[11] as string, ids.camp],
      [L[12] as string, ids.adg],
      [L[13] as string, ids.ad],
      [L[14] as string, ids.form],
      [L[15] as string, ids.lead],
    ];
    const html = `<div>${esc(L[0] as string)}</div><div><br></div>\n<div>${esc(staff.first)}</div>\n<div style="color:#555">${esc(full(staff))} | ${esc(staff.role)}<br>${esc(biz.name)}<br>${esc(staff.phone)}</div>\n<hr style="display:inline-block;width:98%">\n<div id="divRplyFwdMsg"><b>${L[1]}:</b> Microsoft Advertising &lt;leadforms@ads.microsoft.test&gt;<br><b>${L[2]}:</b> ${day(rng, lang)}<br><b>${L[3]}:</b> ${esc(full(staff))} &lt;${staff.email}&gt;<br><b>${L[4]}:</b> ${esc(L[5] as string)}</div>\n<div><br></div>\n<table cellpadding="4">${rows.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`).join('\n')}</table>\n<p style="font-size:10px;color:#888">Microsoft Advertising · One Microsoft Way · ${tr(lang, { en: 'You received this because lead notifications are on.', de: 'Sie erhalten dies, weil Lead-Benachrichtigungen aktiv sind.', fr: 'Vous recevez ceci car les notifications sont activées.', es: 'Recibes esto porque las notificaciones están activas.' })}</p>`;
    return {
      draft: {
        from: { name: full(staff), email: staff.email },
        to: [{ email: biz.inbox }],
        subject: `${tr(lang, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' })}: ${L[5]}`,
        html,
      },
      expected: {
        source: 'microsoft_ads',
        campaign: camp,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
      others: [full(staff)],
    };
  },
};

export const adPinterestTxtStacked: LeadLayout = {
  id: 'ad-pinterest-txt-stacked-att',
  description:
    'Pinterest lead ad lead from relay "Pinpost": a short plain cover that names the business\'s own ad account, and a .txt attachment where every label ends in a colon on its own line and its value follows indented by four spaces (name, email, phone, the question with a multi-paragraph answer), then campaign, campaign id, ad group id, promoted pin id, lead form id and lead id in the same stacked style',
  count: 16,
  build(c) {
    const { lang, biz, person, rng } = c;
    const ids = {
      lead: digitsId(rng, 18),
      camp: digitsId(rng, 12),
      adg: digitsId(rng, 12),
      pin: digitsId(rng, 18),
      form: digitsId(rng, 12),
    };
    const camp = campaignName(c);
    const nm = c.pii(full(person));
    const ph = c.phone ? c.writePhone(rng.pick(['national', 'intl', 'dotted', '00'])) : '';
    const L = tr(lang, {
      en: [
        'Full name',
        'Email address',
        'Phone number',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Promoted Pin ID',
        'Lead form ID',
        'Lead ID',
        `New Pinterest lead for ad account "${biz.name}" — details in the attached file.`,
      ],
      de: [
        'Vollständiger Name',
        'E-Mail-Adresse',
        'Telefonnummer',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Promoted-Pin-ID',
        'Leadformular-ID',
        'Lead-ID',
        `Neuer Pinterest-Lead für das Werbekonto „${biz.name}“ – Details in der angehängten Datei.`,
      ],
      fr: [
        'Nom complet',
        'Adresse e-mail',
        'Numéro de téléphone',
        'Campagne',
        'ID campagne',
        'ID groupe d’annonces',
        'ID épingle sponsorisée',
        'ID formulaire',
        'ID lead',
        `Nouveau lead Pinterest pour le compte « ${biz.name} » – détails dans le fichier joint.`,
      ],
      es: [
        'Nombre completo',
        'Correo electrónico',
        'Número de teléfono',
        'Campaña',
        'ID de campaña',
        'ID de grupo',
        'ID del pin promocionado',
        'ID de formulario',
        'ID de lead',
        `Nuevo lead de Pinterest para la cuenta «${biz.name}»: detalles en el archivo adjunto.`,
      ],
    });
    const stack = (k: string, v: string) =>
      `${k}:\n${
        v
          ? v
              .split('\n')
              .map((l) => (l ? `    ${l}` : ''))
              .join('\n')
          : ''
      }\n`;
    const txt = [
      stack(L[0] as string, nm),
      stack(L[1] as string, c.hasEmail ? person.email : ''),
      stack(L[2] as string, ph),
      stack(QUESTION[lang], c.message ?? ''),
      stack(L[3] as string, camp),
      stack(L[4] as string, ids.camp),
      stack(L[5] as string, ids.adg),
      stack(L[6] as string, ids.pin),
      stack(L[7] as string, ids.form),
      stack(L[8] as string, ids.lead),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Pinpost', email: 'notify@pinpost.test' },
        subject: `Pinterest lead · ${camp}`,
        text: `${L[9]}\n\nPinpost\n`,
        attachments: [
          attachment(`pinterest-lead-${ids.lead.slice(-6)}.txt`, 'text/plain', txt, {
            charset: rng.pick(['utf-8', 'windows-1252']),
            transfer: rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      expected: {
        source: 'pinterest',
        campaign: camp,
        adId: ids.pin,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};
