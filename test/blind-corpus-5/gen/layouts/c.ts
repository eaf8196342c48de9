/** Ad-platform lead notifications: each sets source, campaign name and the platform ids from its own values. */

import { escapeHtml, htmlMessage } from '../messages.js';
import { attachment } from '../mime.js';
import { otherName } from '../people.js';
import type { Rng } from '../rng.js';
import type { LeadCtx, LeadLayout } from '../types.js';
import { idDigits, isoStamp, w } from './common.js';

function campaignName(rng: Rng, ctx: LeadCtx): string {
  const season = w(ctx.lang, { en: 'Autumn 2026', de: 'Herbst 2026', fr: 'Automne 2026', es: 'Otoño 2026' });
  const kind = rng.pick(['Leads', 'Lead Gen', 'Prospects', 'LF']);
  return `${ctx.biz.name} – ${kind} ${season}`;
}

const QUESTION = {
  en: 'What would you like to ask us?',
  de: 'Was möchten Sie uns fragen?',
  fr: 'Que souhaitez-vous nous demander ?',
  es: '¿Qué te gustaría preguntarnos?',
};

export const adMetaBusinessSuiteDl: LeadLayout = {
  id: 'ad-meta-business-suite-dl',
  description:
    'Meta Business Suite "new lead from your Instant Form" for the business’s Facebook/Instagram page: answers as a definition list under the page language’s labels plus a custom question, then a details block with lead ID, form name and ID, ad name and ID, ad set ID and campaign name and ID',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const ids = {
      lead: idDigits(rng, 16),
      form: idDigits(rng, 15),
      ad: idDigits(rng, 17),
      adset: idDigits(rng, 17),
      camp: idDigits(rng, 17),
    };
    const campaign = campaignName(rng, ctx);
    const L = {
      name: w(lang, { en: 'Full name', de: 'Vollständiger Name', fr: 'Nom complet', es: 'Nombre completo' }),
      email: w(lang, { en: 'Email', de: 'E-Mail', fr: 'E-mail', es: 'Correo electrónico' }),
      phone: w(lang, {
        en: 'Phone number',
        de: 'Telefonnummer',
        fr: 'Numéro de téléphone',
        es: 'Número de teléfono',
      }),
      lead: w(lang, { en: 'Lead ID', de: 'Lead-ID', fr: 'ID du prospect', es: 'ID del cliente potencial' }),
      form: w(lang, { en: 'Form', de: 'Formular', fr: 'Formulaire', es: 'Formulario' }),
      ad: w(lang, { en: 'Ad', de: 'Anzeige', fr: 'Publicité', es: 'Anuncio' }),
      adset: w(lang, {
        en: 'Ad set ID',
        de: 'Anzeigengruppen-ID',
        fr: 'ID de l’ensemble de publicités',
        es: 'ID del conjunto de anuncios',
      }),
      camp: w(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }),
      title: w(lang, {
        en: 'You have a new lead',
        de: 'Sie haben einen neuen Lead',
        fr: 'Vous avez un nouveau prospect',
        es: 'Tienes un nuevo cliente potencial',
      }),
    };
    const formName = `${w(lang, { en: 'Quote form', de: 'Angebotsformular', fr: 'Formulaire devis', es: 'Formulario presupuesto' })} ${rng.int(1, 4)}`;
    const answers: [string, string][] = [[L.name, c.full]];
    if (c.email) answers.push([L.email, c.email]);
    if (c.phoneWritten) answers.push([L.phone, c.phoneWritten]);
    if (c.message) answers.push([w(lang, QUESTION), c.message]);
    const details: [string, string][] = [
      [L.lead, ids.lead],
      [L.form, `${formName} (ID ${ids.form})`],
      [L.ad, `${rng.pick(['Carousel', 'Video', 'Reel'])} ${rng.int(1, 9)} (ID ${ids.ad})`],
      [L.adset, ids.adset],
      [L.camp, `${campaign} (ID ${ids.camp})`],
    ];
    const dl = (rows: [string, string][]) =>
      `<dl>\n${rows.map(([k, v]) => `<dt style="color:#65676b;font-size:12px">${escapeHtml(k)}</dt><dd style="margin:0 0 10px 0">${k === w(lang, QUESTION) ? htmlMessage(v, 'br') : escapeHtml(v)}</dd>`).join('\n')}\n</dl>`;
    const html = `<h2 style="font-family:Helvetica">${escapeHtml(L.title)} · ${escapeHtml(biz.name)}</h2>
${dl(answers)}
<h4>${w(lang, { en: 'Details', de: 'Details', fr: 'Détails', es: 'Detalles' })}</h4>
${dl(details)}
<p style="font-size:11px;color:#8a8d91">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4. ${w(lang, { en: 'Download your leads in Meta Business Suite.', de: 'Laden Sie Ihre Leads in der Meta Business Suite herunter.', fr: 'Téléchargez vos prospects dans Meta Business Suite.', es: 'Descarga tus clientes potenciales en Meta Business Suite.' })}</p>`;
    return {
      draft: {
        from: { name: 'Meta Business Suite', email: 'leads-noreply@business.meta.example' },
        subject: `${L.title}: ${formName}`,
        html,
      },
      expected: {
        source: 'facebook_lead_ads',
        campaign,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adGoogleAgencyReport: LeadLayout = {
  id: 'ad-google-agency-daily-report',
  description:
    'a marketing agency’s daily Google Ads lead-form report: an HTML table with the labels across the header row and one lead in the row below (submitted, campaign name and id, ad group id, creative id, form id, lead id, name, email, phone, the answer to the form’s question), the account manager’s signature with phone',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const manager = otherName(rng, lang);
    const ids = {
      camp: idDigits(rng, 11),
      group: idDigits(rng, 12),
      creative: idDigits(rng, 12),
      form: idDigits(rng, 11),
      lead: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
    };
    const campaign = campaignName(rng, ctx);
    const H =
      lang === 'en' || rng.chance(0.5)
        ? [
            'Submitted',
            'Campaign',
            'Campaign ID',
            'Ad group ID',
            'Creative ID',
            'Form ID',
            'Lead ID',
            'Name',
            'Email',
            'Phone',
            'Question',
          ]
        : {
            de: [
              'Eingang',
              'Kampagne',
              'Kampagnen-ID',
              'Anzeigengruppen-ID',
              'Creative-ID',
              'Formular-ID',
              'Lead-ID',
              'Name',
              'E-Mail',
              'Telefon',
              'Frage',
            ],
            fr: [
              'Reçu',
              'Campagne',
              'ID campagne',
              'ID groupe d’annonces',
              'ID création',
              'ID formulaire',
              'ID prospect',
              'Nom',
              'E-mail',
              'Téléphone',
              'Question',
            ],
            es: [
              'Recibido',
              'Campaña',
              'ID campaña',
              'ID grupo de anuncios',
              'ID creatividad',
              'ID formulario',
              'ID cliente potencial',
              'Nombre',
              'Correo',
              'Teléfono',
              'Pregunta',
            ],
            en: [],
          }[lang];
    const vals = [
      isoStamp(rng),
      campaign,
      ids.camp,
      ids.group,
      ids.creative,
      ids.form,
      ids.lead,
      c.full,
      c.email ?? '',
      c.phoneWritten ?? '',
      c.message ?? '',
    ];
    const intro = w(lang, {
      en: `Good morning, here is yesterday's Google Ads lead-form result for ${biz.name} (1 new lead).`,
      de: `Guten Morgen, hier das gestrige Ergebnis der Google-Ads-Leadformulare für ${biz.name} (1 neuer Lead).`,
      fr: `Bonjour, voici le résultat d’hier des formulaires Google Ads pour ${biz.name} (1 nouveau prospect).`,
      es: `Buenos días, este es el resultado de ayer de los formularios de Google Ads para ${biz.name} (1 cliente nuevo).`,
    });
    const html = `<p>${escapeHtml(intro)}</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:12px;border-collapse:collapse">
<tr>${H.map((h) => `<th style="background:#e8f0fe">${escapeHtml(h)}</th>`).join('')}</tr>
<tr>${vals.map((v, i) => `<td>${i === 10 && v ? htmlMessage(v, 'br') : escapeHtml(v)}</td>`).join('')}</tr>
</table>
<p>${escapeHtml(manager)}<br>Adwise Reports · ${w(lang, { en: 'Account manager', de: 'Kundenbetreuung', fr: 'Chargé de compte', es: 'Gestor de cuenta' })} · +1 212 555 0199</p>`;
    return {
      draft: {
        from: { name: manager, email: 'reports@adwise.example' },
        subject: `Google Ads ${w(lang, { en: 'lead report', de: 'Lead-Bericht', fr: 'rapport prospects', es: 'informe de contactos' })} – ${biz.name}`,
        html,
      },
      expected: {
        source: 'google_ads',
        campaign,
        adId: ids.creative,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
      others: [manager],
    };
  },
};

export const adLinkedinVcardSync: LeadLayout = {
  id: 'ad-linkedin-vcard-sync',
  description:
    'LinkedIn Lead Gen Form synced by connector "Linksync": the body lists campaign name and id, form id, creative id, response id and the answer to the form’s question; the member’s contact (name with surname first in N, company, job title, email, phone) only in the attached vCard',
  build(ctx) {
    const { rng, lang, biz, c, charset } = ctx;
    const ids = {
      camp: idDigits(rng, 9),
      form: idDigits(rng, 8),
      creative: idDigits(rng, 9),
      lead: idDigits(rng, 10),
    };
    const campaign = campaignName(rng, ctx);
    const company = rng.pick([
      'Northgate Logistics',
      'Vantor GmbH',
      'Groupe Alcyon',
      'Industrias Tarraco',
      'Brisa Labs',
    ]);
    const title = rng.pick(['Operations Manager', 'Facility Lead', 'Office Manager', 'Head of Procurement']);
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${c.last};${c.first};;;`,
      `FN:${c.full}`,
      `ORG:${company}`,
      `TITLE:${title}`,
      ...(c.email ? [`EMAIL;TYPE=work:${c.email}`] : []),
      ...(c.phoneWritten ? [`TEL;TYPE=cell:${c.phoneWritten}`] : []),
      'END:VCARD',
      '',
    ].join('\n');
    const L = {
      camp: w(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }),
      q: w(lang, {
        en: 'Answer to “What can we help with?”',
        de: 'Antwort auf „Wobei können wir helfen?“',
        fr: 'Réponse à « Comment pouvons-nous aider ? »',
        es: 'Respuesta a «¿En qué podemos ayudar?»',
      }),
      att: w(lang, {
        en: 'Contact card attached.',
        de: 'Kontaktkarte im Anhang.',
        fr: 'Fiche contact en pièce jointe.',
        es: 'Tarjeta de contacto adjunta.',
      }),
    };
    const lines = [
      `LinkedIn Lead Gen · ${biz.name}`,
      '',
      `${L.camp}: ${campaign}`,
      `Campaign ID: ${ids.camp}`,
      `Lead Gen Form ID: ${ids.form}`,
      `Creative ID: ${ids.creative}`,
      `Response ID: ${ids.lead}`,
      '',
      `${L.q}`,
      c.message ?? '—',
      '',
      L.att,
      '',
      'Linksync · sync@linksync.example',
    ];
    return {
      draft: {
        from: { name: 'Linksync', email: 'sync@linksync.example' },
        subject: `LinkedIn lead: ${campaign}`,
        text: lines.join('\n'),
        attachments: [
          attachment(`${c.last.normalize('NFD').replace(/[^A-Za-z]/g, '')}.vcf`, 'text/vcard', vcf, {
            charset,
            transfer: 'base64',
          }),
        ],
      },
      expected: {
        source: 'linkedin_lead_gen',
        campaign,
        adId: ids.creative,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
      pii: [`${c.last};${c.first}`],
    };
  },
};

export const adTiktokGroupedColumns: LeadLayout = {
  id: 'ad-tiktok-grouped-columns',
  description:
    'TikTok instant-form lead in an HTML table with two header rows (a "Contact" group and an "Ad" group spanning their columns), the values in the third row: name, phone, email, question answer, then lead id, campaign name and id, ad group id, ad id, form id',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const ids = {
      lead: idDigits(rng, 19),
      camp: idDigits(rng, 19),
      group: idDigits(rng, 19),
      ad: idDigits(rng, 19),
      form: idDigits(rng, 19),
    };
    const campaign = campaignName(rng, ctx);
    const G = {
      contact: w(lang, { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto' }),
      ad: w(lang, { en: 'Ad', de: 'Anzeige', fr: 'Annonce', es: 'Anuncio' }),
    };
    const contactCols: [string, string][] = [
      [w(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' }), c.full],
      [w(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }), c.phoneWritten ?? ''],
      ['Email', c.email ?? ''],
      [w(lang, QUESTION), c.message ?? ''],
    ];
    const adCols: [string, string][] = [
      ['Lead ID', ids.lead],
      ['Campaign', campaign],
      ['Campaign ID', ids.camp],
      ['Ad group ID', ids.group],
      ['Ad ID', ids.ad],
      ['Form ID', ids.form],
    ];
    const cols = [...contactCols, ...adCols];
    const html = `<p style="font-family:Arial"><b>TikTok For Business</b> · ${w(lang, { en: 'New lead from your instant form', de: 'Neuer Lead aus Ihrem Sofortformular', fr: 'Nouveau prospect via votre formulaire instantané', es: 'Nuevo cliente potencial de tu formulario instantáneo' })} (${escapeHtml(biz.name)})</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr><th colspan="${contactCols.length}">${G.contact}</th><th colspan="${adCols.length}">${G.ad}</th></tr>
<tr>${cols.map(([h]) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>
<tr>${cols.map(([h, v]) => `<td>${h === w(lang, QUESTION) && v ? htmlMessage(v, 'br') : escapeHtml(v)}</td>`).join('')}</tr>
</table>
<p style="font-size:10px;color:#999">TikTok Technology Ltd. · ${w(lang, { en: 'Manage leads in Leads Center', de: 'Leads im Leads Center verwalten', fr: 'Gérer les prospects dans Leads Center', es: 'Gestiona los contactos en Leads Center' })}</p>`;
    return {
      draft: {
        from: { name: 'TikTok For Business', email: 'no-reply@ads.tiktok.example' },
        subject: `TikTok lead · ${campaign}`,
        html,
      },
      expected: {
        source: 'tiktok',
        campaign,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adSnapchatJsonAttachment: LeadLayout = {
  id: 'ad-snapchat-json-attachment',
  description:
    'Snap lead-generation ad delivered by a nightly export: a two-line body and the lead as an attached .json (lead, ad, ad squad, campaign and lead form ids as UUIDs, campaign name, a fields array with FIRST_NAME/LAST_NAME/EMAIL/PHONE and a custom question with its text)',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const ids = { lead: rng.uuid(), ad: rng.uuid(), squad: rng.uuid(), camp: rng.uuid(), form: rng.uuid() };
    const campaign = campaignName(rng, ctx);
    const fields: Record<string, string>[] = [
      { name: 'FIRST_NAME', value: c.first },
      { name: 'LAST_NAME', value: c.last },
    ];
    if (c.email) fields.push({ name: 'EMAIL', value: c.email });
    if (c.phoneWritten) fields.push({ name: 'PHONE', value: c.phoneWritten });
    if (c.message) fields.push({ name: 'CUSTOM_QUESTION_1', question: w(lang, QUESTION), value: c.message });
    const json = JSON.stringify(
      {
        lead_id: ids.lead,
        created_at: isoStamp(rng),
        campaign_id: ids.camp,
        campaign_name: campaign,
        ad_squad_id: ids.squad,
        ad_id: ids.ad,
        lead_form_id: ids.form,
        locale: lang,
        fields,
      },
      null,
      2,
    );
    const text = w(lang, {
      en: `1 new Snap lead for ${biz.name}. The lead is attached as JSON.`,
      de: `1 neuer Snap-Lead für ${biz.name}. Der Lead ist als JSON angehängt.`,
      fr: `1 nouveau prospect Snap pour ${biz.name}. Le prospect est joint au format JSON.`,
      es: `1 nuevo contacto de Snap para ${biz.name}. Va adjunto en JSON.`,
    });
    return {
      draft: {
        from: { name: 'Snap Leads Export', email: 'exports@snap-leads.example' },
        subject: `Snap Lead Gen export ${isoStamp(rng).slice(0, 10)}`,
        text: `${text}\n\nSnap Inc. · Santa Monica`,
        attachments: [
          attachment(`lead-${ids.lead.slice(0, 8)}.json`, 'application/json', json, {
            charset: 'utf-8',
            transfer: 'base64',
          }),
        ],
      },
      expected: {
        source: 'snapchat',
        campaign,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adMicrosoftCaptionBelow: LeadLayout = {
  id: 'ad-microsoft-caption-below',
  description:
    'Microsoft Advertising lead-form extension alert in HTML where every value stands above its small grey caption (value first, label below), contact and then ad details: account number, campaign name and id, ad group id, ad id, lead form id, lead id',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const ids = {
      camp: idDigits(rng, 9),
      group: idDigits(rng, 10),
      ad: idDigits(rng, 11),
      form: idDigits(rng, 8),
      lead: idDigits(rng, 12),
    };
    const campaign = campaignName(rng, ctx);
    const cells: [string, string][] = [
      [w(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' }), c.full],
    ];
    if (c.email)
      cells.push([
        w(lang, {
          en: 'Email address',
          de: 'E-Mail-Adresse',
          fr: 'Adresse e-mail',
          es: 'Correo electrónico',
        }),
        c.email,
      ]);
    if (c.phoneWritten)
      cells.push([
        w(lang, { en: 'Phone number', de: 'Telefonnummer', fr: 'Téléphone', es: 'Teléfono' }),
        c.phoneWritten,
      ]);
    if (c.message) cells.push([w(lang, QUESTION), c.message]);
    const ad: [string, string][] = [
      [
        w(lang, { en: 'Account number', de: 'Kontonummer', fr: 'Numéro de compte', es: 'Número de cuenta' }),
        `F${rng.int(100, 999)}${rng.hex(4).toUpperCase()}`,
      ],
      [w(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }), campaign],
      ['Campaign ID', ids.camp],
      ['Ad group ID', ids.group],
      ['Ad ID', ids.ad],
      ['Lead form ID', ids.form],
      ['Lead ID', ids.lead],
    ];
    const cell = ([k, v]: [string, string]) =>
      `<div style="margin:0 0 14px 0"><div style="font-size:15px">${k === w(lang, QUESTION) ? htmlMessage(v, 'br') : escapeHtml(v)}</div><div style="font-size:11px;color:#737373">${escapeHtml(k)}</div></div>`;
    const html = `<div style="font-family:Segoe UI,Arial"><h2>Microsoft Advertising</h2><p>${w(lang, { en: 'A customer submitted your lead form.', de: 'Ein Kunde hat Ihr Leadformular ausgefüllt.', fr: 'Un client a rempli votre formulaire.', es: 'Un cliente completó tu formulario.' })} (${escapeHtml(biz.name)})</p>
${cells.map(cell).join('\n')}
<hr>
${ad.map(cell).join('\n')}
<p style="font-size:10px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>`;
    return {
      draft: {
        from: { name: 'Microsoft Advertising', email: 'leads@ads.microsoft.example' },
        subject: `${w(lang, { en: 'New lead', de: 'Neuer Lead', fr: 'Nouveau prospect', es: 'Nuevo contacto' })}: ${campaign}`,
        html,
      },
      expected: {
        source: 'microsoft_ads',
        campaign,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const adPinterestTwoTables: LeadLayout = {
  id: 'ad-pinterest-two-tables',
  description:
    'Pinterest lead ad notification with two HTML tables: the answers under a "Question"/"Answer" header row, then the ad details (lead id, promoted pin id, campaign name and id, ad group id, lead form id); text part as "Question: answer" lines; "manage leads in Ads Manager" footer',
  foreign: true,
  build(ctx) {
    const { rng, lang, biz, c } = ctx;
    const ids = {
      lead: idDigits(rng, 18),
      pin: idDigits(rng, 18),
      camp: idDigits(rng, 12),
      group: idDigits(rng, 13),
      form: idDigits(rng, 13),
    };
    const campaign = campaignName(rng, ctx);
    const qa: [string, string][] = [
      [w(lang, { en: 'First name', de: 'Vorname', fr: 'Prénom', es: 'Nombre' }), c.first],
      [w(lang, { en: 'Last name', de: 'Nachname', fr: 'Nom', es: 'Apellido' }), c.last],
    ];
    if (c.email) qa.push([w(lang, { en: 'Email', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), c.email]);
    if (c.phoneWritten)
      qa.push([
        w(lang, { en: 'Phone number', de: 'Telefonnummer', fr: 'Téléphone', es: 'Teléfono' }),
        c.phoneWritten,
      ]);
    if (c.message) qa.push([w(lang, QUESTION), c.message]);
    const det: [string, string][] = [
      ['Lead ID', ids.lead],
      ['Promoted Pin ID', ids.pin],
      ['Campaign', campaign],
      ['Campaign ID', ids.camp],
      ['Ad group ID', ids.group],
      ['Lead form ID', ids.form],
    ];
    const hdr = [
      w(lang, { en: 'Question', de: 'Frage', fr: 'Question', es: 'Pregunta' }),
      w(lang, { en: 'Answer', de: 'Antwort', fr: 'Réponse', es: 'Respuesta' }),
    ];
    const tbl = (rows: [string, string][], head?: string[]) =>
      `<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">${head ? `<tr>${head.map((h) => `<th align="left">${escapeHtml(h)}</th>`).join('')}</tr>` : ''}${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${k === w(lang, QUESTION) ? htmlMessage(v, 'br') : escapeHtml(v)}</td></tr>`).join('')}</table>`;
    const footer = w(lang, {
      en: 'Manage your leads in Pinterest Ads Manager.',
      de: 'Verwalten Sie Ihre Leads im Pinterest Werbeanzeigenmanager.',
      fr: 'Gérez vos prospects dans le Gestionnaire de publicités Pinterest.',
      es: 'Gestiona tus contactos en el Administrador de anuncios de Pinterest.',
    });
    const title = w(lang, {
      en: 'New lead from your Pinterest ad',
      de: 'Neuer Lead aus Ihrer Pinterest-Anzeige',
      fr: 'Nouveau prospect de votre annonce Pinterest',
      es: 'Nuevo contacto de tu anuncio de Pinterest',
    });
    const html = `<h3>${escapeHtml(title)}</h3>${tbl(qa, hdr)}<br>${tbl(det)}<p style="font-size:11px">${escapeHtml(footer)} Pinterest Europe Ltd., Dublin 2.</p>`;
    const text = [
      title,
      '',
      ...qa.map(([k, v]) => `${k}: ${v}`),
      '',
      ...det.map(([k, v]) => `${k}: ${v}`),
      '',
      footer,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Pinterest Ads', email: 'leads@ads.pinterest.example' },
        subject: `${title} – ${biz.name}`,
        html,
        text,
        primary: 'html',
      },
      expected: {
        source: 'pinterest',
        campaign,
        adId: ids.pin,
        formId: ids.form,
        campaignId: ids.camp,
        platformLeadId: ids.lead,
      },
    };
  },
};

export const LAYOUTS_C: LeadLayout[] = [
  adMetaBusinessSuiteDl,
  adGoogleAgencyReport,
  adLinkedinVcardSync,
  adTiktokGroupedColumns,
  adSnapchatJsonAttachment,
  adMicrosoftCaptionBelow,
  adPinterestTwoTables,
];
