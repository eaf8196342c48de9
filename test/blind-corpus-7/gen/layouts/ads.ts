/** Lead layouts of ad platforms relayed by tools: TikTok, Snapchat, Microsoft, Pinterest, LinkedIn, Google, Meta. */
import { attachment } from '../mime.js';
import { countryName, upper } from '../people.js';
import type { L, LeadCtx, LeadLayout } from '../types.js';
import { br, campaignName, dateShort, drawWhen, esc, iso, time, tr } from '../util.js';

const QUESTION: L = {
  en: 'What can we help you with?',
  de: 'Wobei können wir Ihnen helfen?',
  fr: 'Comment pouvons-nous vous aider ?',
  es: '¿En qué podemos ayudarle?',
};

function names(ctx: LeadCtx) {
  const first = ctx.caps ? upper(ctx.person.first) : ctx.person.first;
  const last = ctx.caps ? upper(ctx.person.last) : ctx.person.last;
  return { first, last, full: `${first} ${last}`, forms: ctx.caps ? [first, last, `${first} ${last}`] : [] };
}

const num = (ctx: LeadCtx, n: number) => `${ctx.rng.int(1, 9)}${ctx.rng.digits(n - 1)}`;

const tiktok: LeadLayout = {
  id: 'ad-tiktok-bracket-labels',
  description:
    'TikTok instant-form lead mirrored by alert tool "Leadping" in plain text: every field as "[Label] value" with square-bracketed labels, the answer’s further lines under it until the next bracket, then lead, advertiser, campaign, ad group, ad and instant-form ids in the same brackets',
  count: 16,
  body: 'plain',
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const ids = {
      lead: num(ctx, 19),
      adv: num(ctx, 19),
      camp: num(ctx, 19),
      group: num(ctx, 19),
      ad: num(ctx, 19),
      form: num(ctx, 19),
    };
    const campaign = campaignName(rng, lang);
    const L = {
      en: [
        'Name',
        'Phone number',
        'Email',
        'Lead ID',
        'Advertiser ID',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Instant form ID',
        'Received',
      ],
      de: [
        'Name',
        'Telefonnummer',
        'E-Mail',
        'Lead-ID',
        'Werbetreibenden-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Sofortformular-ID',
        'Eingegangen',
      ],
      fr: [
        'Nom',
        'Numéro de téléphone',
        'E-mail',
        'ID du prospect',
        'ID annonceur',
        'Campagne',
        'ID de campagne',
        'ID du groupe d’annonces',
        'ID de l’annonce',
        'ID du formulaire instantané',
        'Reçu le',
      ],
      es: [
        'Nombre',
        'Número de teléfono',
        'Correo electrónico',
        'ID del cliente potencial',
        'ID del anunciante',
        'Campaña',
        'ID de campaña',
        'ID del grupo de anuncios',
        'ID del anuncio',
        'ID del formulario instantáneo',
        'Recibido',
      ],
    }[lang];
    const w = drawWhen(rng);
    const lines = [
      tr(
        {
          en: 'New lead from TikTok Lead Generation',
          de: 'Neuer Lead aus TikTok Lead Generation',
          fr: 'Nouveau prospect TikTok Lead Generation',
          es: 'Nuevo cliente potencial de TikTok Lead Generation',
        },
        lang,
      ),
      '',
      `[${L[0]}] ${nm.full}`,
    ];
    if (ctx.phone) lines.push(`[${L[1]}] ${ctx.phone}`);
    if (ctx.email) lines.push(`[${L[2]}] ${ctx.email}`);
    lines.push(`[${tr(QUESTION, lang)}] ${ctx.message ?? '-'}`);
    lines.push(
      '',
      `[${L[3]}] ${ids.lead}`,
      `[${L[4]}] ${ids.adv}`,
      `[${L[5]}] ${campaign}`,
      `[${L[6]}] ${ids.camp}`,
      `[${L[7]}] ${ids.group}`,
      `[${L[8]}] ${ids.ad}`,
      `[${L[9]}] ${ids.form}`,
      `[${L[10]}] ${dateShort(w, lang)} ${time(w)}`,
    );
    lines.push(
      '',
      '—',
      tr(
        {
          en: 'Leadping · change which alerts you get: https://leadping.test/alerts',
          de: 'Leadping · Benachrichtigungen ändern: https://leadping.test/alerts',
          fr: 'Leadping · gérer vos alertes : https://leadping.test/alerts',
          es: 'Leadping · gestionar avisos: https://leadping.test/alerts',
        },
        lang,
      ),
    );
    return {
      draft: {
        from: { name: 'Leadping', email: 'alerts@leadping.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `TikTok · ${campaign} · ${nm.full}`,
        text: lines.join('\n'),
      },
      expected: {
        source: 'tiktok',
        campaign,
        campaignId: ids.camp,
        adId: ids.ad,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      forms: nm.forms,
    };
  },
};

const snapchat: LeadLayout = {
  id: 'ad-snapchat-right-aligned-colons',
  description:
    'Snapchat lead-generation ad lead in the "Snapsync" digest: plain text whose labels are right-aligned so the colons line up, the answer’s further lines indented to the value column, a country field (about a quarter of customers abroad, phone written nationally for that country), then campaign name and UUIDs of campaign, ad squad, ad, lead form and lead',
  count: 16,
  body: 'plain',
  foreignCustomers: true,
  forms: ['national', 'compact', 'dashed', 'international', 'e164'],
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const campaign = campaignName(rng, lang);
    const ids = { camp: rng.uuid(), squad: rng.uuid(), ad: rng.uuid(), form: rng.uuid(), lead: rng.uuid() };
    const L = {
      en: [
        'First name',
        'Last name',
        'Email',
        'Phone number',
        'Country',
        'Your message to us',
        'Campaign name',
        'Campaign ID',
        'Ad squad ID',
        'Ad ID',
        'Lead form ID',
        'Lead ID',
      ],
      de: [
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefonnummer',
        'Land',
        'Ihre Nachricht an uns',
        'Kampagnenname',
        'Kampagnen-ID',
        'Ad-Squad-ID',
        'Anzeigen-ID',
        'Lead-Formular-ID',
        'Lead-ID',
      ],
      fr: [
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Pays',
        'Votre message',
        'Nom de la campagne',
        'ID de campagne',
        'ID de l’Ad Squad',
        'ID de l’annonce',
        'ID du formulaire',
        'ID du prospect',
      ],
      es: [
        'Nombre',
        'Apellidos',
        'Correo',
        'Teléfono',
        'País',
        'Su mensaje',
        'Nombre de la campaña',
        'ID de campaña',
        'ID del Ad Squad',
        'ID del anuncio',
        'ID del formulario',
        'ID del lead',
      ],
    }[lang];
    const width = Math.max(...L.map((l) => l.length)) + 2;
    const row = (label: string, value: string) => {
      const [head, ...rest] = value.split('\n');
      return [
        `${label.padStart(width)}: ${head}`,
        ...rest.map((r) => (r === '' ? '' : `${' '.repeat(width + 2)}${r}`)),
      ].join('\n');
    };
    const lines = [
      tr(
        {
          en: `New lead · Snap Lead Generation · ${campaign}`,
          de: `Neuer Lead · Snap Lead Generation · ${campaign}`,
          fr: `Nouveau prospect · Snap Lead Generation · ${campaign}`,
          es: `Nuevo lead · Snap Lead Generation · ${campaign}`,
        },
        lang,
      ),
      '',
      row(L[0] as string, nm.first),
      row(L[1] as string, nm.last),
    ];
    if (ctx.email) lines.push(row(L[2] as string, ctx.email));
    if (ctx.phone) lines.push(row(L[3] as string, ctx.phone));
    lines.push(row(L[4] as string, countryName(ctx.country, lang)));
    if (ctx.message) lines.push(row(L[5] as string, ctx.message));
    lines.push(
      '',
      row(L[6] as string, campaign),
      row(L[7] as string, ids.camp),
      row(L[8] as string, ids.squad),
      row(L[9] as string, ids.ad),
      row(L[10] as string, ids.form),
      row(L[11] as string, ids.lead),
    );
    lines.push(
      '',
      'Snapsync — https://snapsync.test · ' +
        tr(
          {
            en: 'daily digest for',
            de: 'Tagesübersicht für',
            fr: 'résumé quotidien pour',
            es: 'resumen diario para',
          },
          lang,
        ) +
        ` ${ctx.biz.name}`,
    );
    return {
      draft: {
        from: { name: 'Snapsync', email: 'digest@snapsync.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `Snap Lead Gen: ${nm.first} ${nm.last}`,
        text: lines.join('\n'),
      },
      expected: {
        source: 'snapchat',
        campaign,
        campaignId: ids.camp,
        adId: ids.ad,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      forms: nm.forms,
    };
  },
};

function csvCell(s: string): string {
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const microsoft: LeadLayout = {
  id: 'ad-microsoft-csv-attachment',
  description:
    'Microsoft Advertising lead-form extension export by connector "Adbridge": a short HTML body (campaign name, one new lead, the Microsoft account manager) and the lead as an attached comma-separated CSV with a BOM and a localised header row (lead id, submitted, account number, campaign and ad group ids, ad id, lead form id, names apart, email, phone, question and its multi-line answer in quotes)',
  count: 16,
  body: 'html +att',
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const campaign = campaignName(rng, lang);
    const ids = {
      lead: num(ctx, 12),
      acct: `B0${rng.digits(6)}`,
      camp: num(ctx, 9),
      group: num(ctx, 10),
      ad: num(ctx, 11),
      form: num(ctx, 8),
    };
    const H = {
      en: [
        'Lead Id',
        'Submitted (UTC)',
        'Account Number',
        'Campaign Id',
        'Campaign Name',
        'Ad Group Id',
        'Ad Id',
        'Lead Form Id',
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Question 1',
        'Answer 1',
      ],
      de: [
        'Lead-ID',
        'Übermittelt (UTC)',
        'Kontonummer',
        'Kampagnen-ID',
        'Kampagnenname',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Lead-Formular-ID',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefonnummer',
        'Frage 1',
        'Antwort 1',
      ],
      fr: [
        'ID du prospect',
        'Envoyé (UTC)',
        'Numéro de compte',
        'ID de campagne',
        'Nom de campagne',
        'ID du groupe d’annonces',
        'ID de l’annonce',
        'ID du formulaire',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Question 1',
        'Réponse 1',
      ],
      es: [
        'ID del cliente potencial',
        'Enviado (UTC)',
        'Número de cuenta',
        'ID de campaña',
        'Nombre de campaña',
        'ID del grupo de anuncios',
        'ID del anuncio',
        'ID del formulario',
        'Nombre',
        'Apellidos',
        'Correo electrónico',
        'Teléfono',
        'Pregunta 1',
        'Respuesta 1',
      ],
    }[lang];
    const w = drawWhen(rng);
    const row = [
      ids.lead,
      iso(w),
      ids.acct,
      ids.camp,
      campaign,
      ids.group,
      ids.ad,
      ids.form,
      nm.first,
      nm.last,
      ctx.email ?? '',
      ctx.phone ?? '',
      tr(QUESTION, lang),
      ctx.message ?? '',
    ];
    const csv = `\ufeff${H.map(csvCell).join(',')}\n${row.map(csvCell).join(',')}\n`;
    const am = { en: 'Megan Tully', de: 'Stefan Kornmeier', fr: 'Pauline Vasseur', es: 'Irene Castaño' }[
      lang
    ];
    const html = [
      `<p>${esc(tr({ en: 'Adbridge exported 1 new lead from Microsoft Advertising.', de: 'Adbridge hat 1 neuen Lead aus Microsoft Advertising exportiert.', fr: 'Adbridge a exporté 1 nouveau prospect depuis Microsoft Advertising.', es: 'Adbridge exportó 1 nuevo cliente potencial de Microsoft Advertising.' }, lang))}</p>`,
      `<p>${esc(tr({ en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }, lang))}: <b>${esc(campaign)}</b><br>${esc(tr({ en: 'File', de: 'Datei', fr: 'Fichier', es: 'Archivo' }, lang))}: leads-${w.y}${String(w.mo).padStart(2, '0')}${String(w.d).padStart(2, '0')}.csv</p>`,
      `<p style="color:#666">${esc(tr({ en: 'Questions about your account? Your Microsoft Advertising account manager', de: 'Fragen zum Konto? Ihre Ansprechperson bei Microsoft Advertising', fr: 'Une question sur votre compte ? Votre gestionnaire Microsoft Advertising', es: '¿Dudas sobre su cuenta? Su gestor de Microsoft Advertising' }, lang))}: ${esc(am)}.</p>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Adbridge Export', email: 'export@adbridge.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: tr(
          {
            en: `Microsoft Ads lead export – ${campaign}`,
            de: `Microsoft Ads Lead-Export – ${campaign}`,
            fr: `Export prospects Microsoft Ads – ${campaign}`,
            es: `Exportación de leads Microsoft Ads – ${campaign}`,
          },
          lang,
        ),
        html,
        attachments: [
          attachment(
            `leads-${w.y}${String(w.mo).padStart(2, '0')}${String(w.d).padStart(2, '0')}.csv`,
            'text/csv',
            csv,
            { charset: 'utf-8', transfer: ctx.transfer },
          ),
        ],
      },
      expected: {
        source: 'microsoft_ads',
        campaign,
        campaignId: ids.camp,
        adId: ids.ad,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      others: [am],
      forms: nm.forms,
    };
  },
};

const pinterest: LeadLayout = {
  id: 'ad-pinterest-two-pairs-per-line',
  description:
    'Pinterest lead-ad alert from "Pinreach" in plain text with two "Label: value" pairs on each line in two padded columns (first | last name, email | phone, lead id | promoted pin id, campaign id | ad group id, lead form id | submitted), campaign name and the answer on full-width lines',
  count: 16,
  body: 'plain',
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const campaign = campaignName(rng, lang);
    const ids = {
      lead: num(ctx, 18),
      pin: num(ctx, 18),
      camp: num(ctx, 13),
      group: num(ctx, 13),
      form: num(ctx, 13),
    };
    const L = {
      en: [
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Message',
        'Lead ID',
        'Promoted Pin ID',
        'Campaign ID',
        'Ad group ID',
        'Lead form ID',
        'Submitted',
        'Campaign',
      ],
      de: [
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Lead-ID',
        'Promoted-Pin-ID',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Leadformular-ID',
        'Gesendet',
        'Kampagne',
      ],
      fr: [
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Message',
        'ID du prospect',
        'ID de l’épingle sponsorisée',
        'ID de campagne',
        'ID du groupe d’annonces',
        'ID du formulaire',
        'Envoyé',
        'Campagne',
      ],
      es: [
        'Nombre',
        'Apellido',
        'Correo',
        'Teléfono',
        'Mensaje',
        'ID del lead',
        'ID del Pin promocionado',
        'ID de campaña',
        'ID del grupo de anuncios',
        'ID del formulario',
        'Enviado',
        'Campaña',
      ],
    }[lang];
    const pair = (a: string, b: string | null, c: string, d: string | null) => {
      const left = b === null ? '' : `${a}: ${b}`;
      const right = d === null ? '' : `${c}: ${d}`;
      return `${left.padEnd(Math.max(44, left.length + 4))}${right}`.trimEnd();
    };
    const w = drawWhen(rng);
    const lines = [
      tr(
        {
          en: 'Pinterest lead ad · new lead',
          de: 'Pinterest-Lead-Anzeige · neuer Lead',
          fr: 'Annonce à prospects Pinterest · nouveau prospect',
          es: 'Anuncio de leads de Pinterest · nuevo lead',
        },
        lang,
      ),
      `${L[11]}: ${campaign}`,
      '',
      pair(L[0] as string, nm.first, L[1] as string, nm.last),
    ];
    if (ctx.email || ctx.phone) lines.push(pair(L[2] as string, ctx.email, L[3] as string, ctx.phone));
    if (ctx.message) lines.push(`${L[4]}: ${ctx.message.replace(/\n+/g, ' ')}`);
    lines.push(
      '',
      pair(L[5] as string, ids.lead, L[6] as string, ids.pin),
      pair(L[7] as string, ids.camp, L[8] as string, ids.group),
      pair(L[9] as string, ids.form, L[10] as string, `${dateShort(w, lang)} ${time(w)}`),
    );
    lines.push(
      '',
      'Pinreach · pinreach.test · ' +
        tr(
          {
            en: 'you receive this because lead alerts are on',
            de: 'Sie erhalten dies, weil Lead-Benachrichtigungen aktiv sind',
            fr: 'vous recevez ceci car les alertes sont activées',
            es: 'recibe esto porque los avisos están activados',
          },
          lang,
        ),
    );
    return {
      draft: {
        from: { name: 'Pinreach', email: 'leads@pinreach.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `Pinterest: ${tr({ en: 'new lead', de: 'neuer Lead', fr: 'nouveau prospect', es: 'nuevo lead' }, lang)} (${campaign})`,
        text: lines.join('\n'),
      },
      expected: {
        source: 'pinterest',
        campaign,
        campaignId: ids.camp,
        adId: ids.pin,
        formId: ids.form,
        platformLeadId: ids.lead,
        message: ctx.message ? ctx.message.replace(/\n+/g, ' ') : null,
      },
      forms: nm.forms,
    };
  },
};

function vEsc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

const EXT: L = { en: 'ext. ', de: 'Durchwahl ', fr: 'poste ', es: 'ext. ' };

const linkedin: LeadLayout = {
  id: 'ad-linkedin-inline-vcard',
  description:
    'LinkedIn Lead Gen Form response turned into a contact card by connector "Linkpipe": a localised sentence, then the vCard 3.0 text pasted into the plain body (N with surname first, FN, ORG, TITLE, EMAIL, TEL, NOTE with the escaped answer) with X-LINKEDIN-* lines for campaign name and id, form id, creative id and lead id; about half the phones are work numbers with an extension ("ext.", "Durchwahl", "poste"); the connector owner is named',
  count: 16,
  body: 'plain',
  extensions: true,
  build(ctx) {
    const { lang, rng, person } = ctx;
    const campaign = campaignName(rng, lang);
    const ids = {
      camp: num(ctx, 9),
      form: num(ctx, 8),
      creative: num(ctx, 9),
      lead: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}`,
    };
    const org = {
      en: 'Harlow & Finch Ltd',
      de: 'Brandauer GmbH',
      fr: 'Atelier Vauban SARL',
      es: 'Grupo Alameda S.L.',
    }[lang];
    const title = {
      en: 'Office Manager',
      de: 'Assistenz der Geschäftsführung',
      fr: 'Responsable des achats',
      es: 'Jefa de administración',
    }[lang];
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vEsc(person.last)};${vEsc(person.first)};;;`,
      `FN:${vEsc(person.first)} ${vEsc(person.last)}`,
      `ORG:${vEsc(org)}`,
      `TITLE:${vEsc(title)}`,
    ];
    if (ctx.email) card.push(`EMAIL;TYPE=INTERNET,WORK:${ctx.email}`);
    if (ctx.phone && ctx.ext) card.push(`TEL;TYPE=WORK,VOICE:${ctx.phone} ${EXT[lang]}${ctx.ext}`);
    else if (ctx.phone) card.push(`TEL;TYPE=CELL:${ctx.phone}`);
    if (ctx.message) card.push(`NOTE:${vEsc(ctx.message)}`);
    card.push(
      `X-LINKEDIN-CAMPAIGN:${vEsc(campaign)}`,
      `X-LINKEDIN-CAMPAIGN-ID:${ids.camp}`,
      `X-LINKEDIN-FORM-ID:${ids.form}`,
      `X-LINKEDIN-CREATIVE-ID:${ids.creative}`,
      `X-LINKEDIN-LEAD-ID:${ids.lead}`,
      'END:VCARD',
    );
    const owner = ctx.staff;
    const text = [
      tr(
        {
          en: 'Linkpipe converted a new LinkedIn Lead Gen Form response into this contact card:',
          de: 'Linkpipe hat eine neue Antwort auf Ihr LinkedIn-Lead-Gen-Formular in diese Visitenkarte umgewandelt:',
          fr: 'Linkpipe a converti une nouvelle réponse à votre formulaire LinkedIn Lead Gen en cette fiche contact :',
          es: 'Linkpipe convirtió una nueva respuesta de su formulario LinkedIn Lead Gen en esta tarjeta de contacto:',
        },
        lang,
      ),
      '',
      ...card,
      '',
      `${tr({ en: 'Connection owner', de: 'Verbindung eingerichtet von', fr: 'Connexion créée par', es: 'Conexión creada por' }, lang)}: ${owner.full} <${owner.email}>`,
      'Linkpipe · linkpipe.test',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Linkpipe', email: 'cards@linkpipe.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `LinkedIn Lead: ${person.first} ${person.last} – ${org}`,
        text,
      },
      expected: {
        source: 'linkedin_lead_gen',
        campaign,
        campaignId: ids.camp,
        adId: ids.creative,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      others: [owner.full],
      forms: [`${person.last};${person.first}`],
    };
  },
};

function lf(v: string): string {
  return /[\s"=]/.test(v) || v === '' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : v;
}

const google: LeadLayout = {
  id: 'ad-google-logfmt-relay',
  description:
    'Google Ads lead-form webhook relayed by log-alert tool "Pipelog": a localised line that an alert rule matched, then the event as logfmt records (key=value, quoted when they hold spaces) spread over several lines: ts/level/msg, lead_id/form_id/api_version, campaign_id/campaign_name/adgroup_id/creative_id, gcl_id, user.full_name/user.email/user.phone_number and the custom question and answer',
  count: 16,
  body: 'plain',
  oneLineMessage: true,
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const campaign = campaignName(rng, lang);
    const ids = {
      lead: `${rng.hex(6)}-${rng.hex(10)}`,
      form: num(ctx, 11),
      camp: num(ctx, 11),
      group: num(ctx, 11),
      creative: num(ctx, 12),
    };
    const w = drawWhen(rng);
    const rec = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${lf(v)}`).join(' ');
    const lines = [
      tr(
        {
          en: 'Alert rule "google-leads" matched 1 event:',
          de: 'Alarmregel "google-leads" hat 1 Ereignis gefunden:',
          fr: 'La règle d’alerte "google-leads" a détecté 1 événement :',
          es: 'La regla de alerta "google-leads" encontró 1 evento:',
        },
        lang,
      ),
      '',
      rec([
        ['ts', iso(w)],
        ['level', 'info'],
        ['msg', 'lead received'],
        ['source', 'google_ads'],
      ]),
      rec([
        ['lead_id', ids.lead],
        ['form_id', ids.form],
        ['api_version', 'v17'],
      ]),
      rec([
        ['campaign_id', ids.camp],
        ['campaign_name', campaign],
        ['adgroup_id', ids.group],
        ['creative_id', ids.creative],
      ]),
      rec([
        ['gcl_id', `Cj0K${rng.hex(24)}`],
        ['is_test', 'false'],
      ]),
    ];
    const user: [string, string][] = [['user.full_name', nm.full]];
    if (ctx.email) user.push(['user.email', ctx.email]);
    if (ctx.phone) user.push(['user.phone_number', ctx.phone]);
    lines.push(rec(user));
    if (ctx.message)
      lines.push(
        rec([
          ['user.question', tr(QUESTION, lang)],
          ['user.answer', ctx.message],
        ]),
      );
    lines.push('', '-- Pipelog · https://pipelog.test/rules/google-leads');
    return {
      draft: {
        from: { name: 'Pipelog', email: 'alerts@pipelog.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `[pipelog] google-leads: lead.received (${ids.lead})`,
        text: lines.join('\n'),
      },
      expected: {
        source: 'google_ads',
        campaign,
        campaignId: ids.camp,
        adId: ids.creative,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      forms: nm.forms,
    };
  },
};

const meta: LeadLayout = {
  id: 'ad-meta-four-column-table',
  description:
    'Meta (Facebook/Instagram) lead synced by CRM "Leadhive": an HTML table with two label/value pairs per row (four columns: name | email, phone | city, lead id | form id, ad id | ad set id, campaign | campaign id, page | created) and the custom question spanning three columns; text part with the pairs side by side',
  count: 16,
  body: 'alt',
  caps: 0.2,
  build(ctx) {
    const { lang, rng } = ctx;
    const nm = names(ctx);
    const campaign = campaignName(rng, lang);
    const ids = {
      lead: num(ctx, 16),
      form: num(ctx, 15),
      ad: num(ctx, 17),
      set: num(ctx, 17),
      camp: num(ctx, 17),
    };
    const L = {
      en: [
        'Full name',
        'Email',
        'Phone',
        'City',
        'Lead ID',
        'Form ID',
        'Ad ID',
        'Ad set ID',
        'Campaign',
        'Campaign ID',
        'Page',
        'Created',
      ],
      de: [
        'Vollständiger Name',
        'E-Mail',
        'Telefon',
        'Ort',
        'Lead-ID',
        'Formular-ID',
        'Anzeigen-ID',
        'Anzeigengruppen-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Seite',
        'Erstellt',
      ],
      fr: [
        'Nom complet',
        'E-mail',
        'Téléphone',
        'Ville',
        'ID du prospect',
        'ID du formulaire',
        'ID de la publicité',
        'ID de l’ensemble de publicités',
        'Campagne',
        'ID de la campagne',
        'Page',
        'Créé le',
      ],
      es: [
        'Nombre completo',
        'Correo electrónico',
        'Teléfono',
        'Ciudad',
        'ID del cliente potencial',
        'ID del formulario',
        'ID del anuncio',
        'ID del conjunto de anuncios',
        'Campaña',
        'ID de la campaña',
        'Página',
        'Creado',
      ],
    }[lang];
    const w = drawWhen(rng);
    const pairs: [string, string, string, string][] = [
      [L[0] as string, nm.full, L[1] as string, ctx.email ?? ''],
      [L[2] as string, ctx.phone ?? '', L[3] as string, ctx.biz.city],
      [L[4] as string, ids.lead, L[5] as string, ids.form],
      [L[6] as string, ids.ad, L[7] as string, ids.set],
      [L[8] as string, campaign, L[9] as string, ids.camp],
      [L[10] as string, ctx.biz.name, L[11] as string, `${dateShort(w, lang)} ${time(w)}`],
    ];
    const td = 'style="padding:4px 8px;color:#65676b;font-size:12px"';
    const rows = pairs.map(([a, b, c, d], i) => {
      const main = `<tr><td ${td}>${esc(a)}</td><td style="padding:4px 8px">${esc(b)}</td><td ${td}>${esc(c)}</td><td style="padding:4px 8px">${esc(d)}</td></tr>`;
      return i === 1 && ctx.message
        ? `${main}\n<tr><td ${td}>${esc(tr(QUESTION, lang))}</td><td colspan="3" style="padding:4px 8px">${br(ctx.message)}</td></tr>`
        : main;
    });
    const html = [
      `<h2 style="font-family:Arial">${esc(tr({ en: 'New Facebook lead', de: 'Neuer Facebook-Lead', fr: 'Nouveau prospect Facebook', es: 'Nuevo lead de Facebook' }, lang))}</h2>`,
      '<table cellspacing="0" style="border:1px solid #dddfe2;font-family:Arial;font-size:14px">',
      ...rows,
      '</table>',
      `<p style="color:#999;font-size:11px">Leadhive CRM · ${esc(tr({ en: 'synced from Meta Lead Ads', de: 'synchronisiert aus Meta Lead Ads', fr: 'synchronisé depuis Meta Lead Ads', es: 'sincronizado desde Meta Lead Ads' }, lang))}</p>`,
    ].join('\n');
    const text = [
      tr(
        {
          en: 'New Facebook lead',
          de: 'Neuer Facebook-Lead',
          fr: 'Nouveau prospect Facebook',
          es: 'Nuevo lead de Facebook',
        },
        lang,
      ),
      '',
      ...pairs.flatMap(([a, b, c, d], i) => {
        const line = `${a}: ${b}    ${c}: ${d}`;
        return i === 1 && ctx.message ? [line, `${tr(QUESTION, lang)}: ${ctx.message}`] : [line];
      }),
      '',
      'Leadhive CRM',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Leadhive CRM', email: 'sync@leadhive.test' },
        to: [{ email: ctx.biz.inbox }],
        subject: `Facebook Lead Ads: ${nm.full}`,
        html,
        text,
        primary: 'html',
      },
      expected: {
        source: 'facebook_lead_ads',
        campaign,
        campaignId: ids.camp,
        adId: ids.ad,
        formId: ids.form,
        platformLeadId: ids.lead,
      },
      forms: nm.forms,
    };
  },
};

export const AD_LAYOUTS: LeadLayout[] = [tiktok, snapchat, microsoft, pinterest, linkedin, google, meta];
