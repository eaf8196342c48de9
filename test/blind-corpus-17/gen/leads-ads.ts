/** Ad-platform lead notifications, direct and through relays, CRMs and agencies. */

import { ids, isoStamp, printedDate } from './common.js';
import { AGENCY_PEOPLE, CAMPAIGNS, COUNTRY_NAME } from './data.js';
import { attachment } from './mime.js';
import { esc, fullName, htmlParas, type LeadCtx, type LeadLayout, shown, T } from './types.js';

function campaign(ctx: LeadCtx): string {
  return ctx.rng.pick(CAMPAIGNS[ctx.biz.sector][ctx.lang]);
}

const question = (lang: LeadCtx['lang']) =>
  T(lang, {
    en: 'What are you planning?',
    de: 'Was planen Sie?',
    fr: 'Quel est votre projet ?',
    es: '¿Qué está planeando?',
  });

export const AD_LAYOUTS: LeadLayout[] = [
  {
    id: 'ad-meta-via-relay-plain-key-equals',
    description:
      'Facebook/Instagram lead ads through relay "Zapwire" (plain): `key = value` lines in the field names the Graph API uses (full_name, email, phone_number, a custom question), then leadgen_id, ad_id, adset_id, form_id, campaign_id, campaign_name, page_id and created_time',
    foreign: true,
    optionalMessage: true,
    build(ctx) {
      const { rng, c, message } = ctx;
      const [lead, ad, form, camp] = ids(rng, 16);
      const name = campaign(ctx);
      const text = [
        'Zapwire run: facebook-lead-to-email',
        '',
        `full_name = ${fullName(c)}`,
        `email = ${c.email ?? ''}`,
        `phone_number = ${c.phone?.written ?? ''}`,
        `${question(ctx.lang)} = ${message ?? ''}`,
        '',
        `leadgen_id = ${lead}`,
        `ad_id = ${ad}`,
        `adset_id = ${String(rng.int(1, 9))}${rng.digits(15)}`,
        `form_id = ${form}`,
        `campaign_id = ${camp}`,
        `campaign_name = ${name}`,
        `page_id = ${rng.digits(15)}`,
        `created_time = ${isoStamp(rng)}`,
        '',
        'Zapwire · manage this flow at zapwire.example/flows',
      ].join('\n');
      return {
        draft: {
          from: { name: 'Zapwire', email: 'runs@zapwire.example' },
          subject: `New Facebook lead: ${fullName(c)}`,
          text,
        },
        expected: {
          source: 'facebook_lead_ads',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'ad-google-webhook-json-user-column-data-via-agency',
    description:
      'Google Ads lead form webhook forwarded by agency "Brightmarsh Digital" (plain): the account manager’s note and signature with phone, then the JSON payload (lead_id, form_id, campaign_id, adgroup_id, creative_id, gcl_id, user_column_data with FULL_NAME, EMAIL, PHONE_NUMBER and a custom question)',
    foreign: true,
    optionalMessage: true,
    build(ctx) {
      const { rng, lang, c, message } = ctx;
      const [lead, ad, form, camp] = ids(rng, 11);
      const am = AGENCY_PEOPLE[ctx.n % AGENCY_PEOPLE.length] ?? { first: 'Ruth', last: 'Abernethy' };
      const name = campaign(ctx);
      const cols: { column_name: string; string_value: string; column_id: string }[] = [
        { column_name: 'Full Name', string_value: fullName(c), column_id: 'FULL_NAME' },
      ];
      if (c.email) cols.push({ column_name: 'User Email', string_value: c.email, column_id: 'EMAIL' });
      if (c.phone)
        cols.push({ column_name: 'User Phone', string_value: c.phone.written, column_id: 'PHONE_NUMBER' });
      if (message) cols.push({ column_name: question(lang), string_value: message, column_id: 'QUESTION_1' });
      const payload = {
        lead_id: lead,
        api_version: '1.0',
        form_id: Number(form),
        campaign_id: Number(camp),
        campaign_name: name,
        adgroup_id: Number(`${rng.int(1, 9)}${rng.digits(10)}`),
        creative_id: Number(ad),
        gcl_id: `Cj0KCQ${rng.hex(20)}`,
        user_column_data: cols,
        is_test: false,
      };
      const note = T(lang, {
        en: `Hi team,\n\nanother lead from the Google lead form below (campaign "${name}"). Please get back to them within the day.`,
        de: `Hallo zusammen,\n\nunten ein weiterer Lead aus dem Google-Leadformular (Kampagne „${name}“). Bitte heute noch melden.`,
        fr: `Bonjour,\n\nci-dessous un nouveau contact issu du formulaire Google (campagne « ${name} »). Merci de le rappeler dans la journée.`,
        es: `Hola equipo:\n\nabajo va otro contacto del formulario de Google (campaña «${name}»). Por favor, contáctenlo hoy mismo.`,
      });
      const amPhone = `+44 20 7946 0${rng.digits(3)}`;
      const text = `${note}\n\n${am.first} ${am.last}\nAccount Manager, Brightmarsh Digital\n${amPhone}\n\n----- webhook payload -----\n${JSON.stringify(payload, null, 2)}\n`;
      return {
        draft: {
          from: { name: `${am.first} ${am.last}`, email: `${am.first.toLowerCase()}@brightmarsh.example` },
          subject: T(lang, {
            en: `Google lead – ${name}`,
            de: `Google-Lead – ${name}`,
            fr: `Contact Google – ${name}`,
            es: `Contacto de Google – ${name}`,
          }),
          text,
        },
        expected: {
          source: 'google_ads',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        others: [`${am.first} ${am.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'ad-linkedin-direct-html-cards-company-no-message',
    description:
      'LinkedIn Lead Gen Forms "You have a new lead" (HTML with text): a card of rows (First name, Last name, Email, Phone, Company, Job title, Country), then "Lead details" (Lead ID, Form, Form ID, Campaign, Campaign ID, Creative ID); no free-text question',
    foreign: true,
    noMessage: true,
    needsSurname: true,
    build(ctx) {
      const { rng, lang, c } = ctx;
      const [lead, ad, form, camp] = ids(rng, 9);
      const name = campaign(ctx);
      const L = T(lang, {
        en: [
          'First name',
          'Last name',
          'Email',
          'Phone',
          'Company',
          'Job title',
          'Country',
          'Lead details',
          'Lead ID',
          'Form',
          'Form ID',
          'Campaign',
          'Campaign ID',
          'Creative ID',
          'You have a new lead',
        ],
        de: [
          'Vorname',
          'Nachname',
          'E-Mail',
          'Telefon',
          'Unternehmen',
          'Position',
          'Land',
          'Lead-Details',
          'Lead-ID',
          'Formular',
          'Formular-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Creative-ID',
          'Sie haben einen neuen Lead',
        ],
        fr: [
          'Prénom',
          'Nom',
          'E-mail',
          'Téléphone',
          'Entreprise',
          'Poste',
          'Pays',
          'Détails du lead',
          'ID du lead',
          'Formulaire',
          'ID du formulaire',
          'Campagne',
          'ID de campagne',
          'ID de la création',
          'Vous avez un nouveau lead',
        ],
        es: [
          'Nombre',
          'Apellidos',
          'Correo electrónico',
          'Teléfono',
          'Empresa',
          'Cargo',
          'País',
          'Detalles del lead',
          'ID del lead',
          'Formulario',
          'ID del formulario',
          'Campaña',
          'ID de campaña',
          'ID del creativo',
          'Tienes un nuevo lead',
        ],
      });
      const company = rng.pick([
        'Harbourline Logistics',
        'Norvik Insurance',
        'Cedar & Flint',
        'Altamira Foods',
      ]);
      const job = T(lang, {
        en: 'Office Manager',
        de: 'Assistenz der Geschäftsführung',
        fr: 'Responsable RH',
        es: 'Jefa de personal',
      });
      const contact: [string, string][] = [
        [L[0] ?? '', c.first],
        [L[1] ?? '', c.last ?? ''],
        [L[2] ?? '', c.email ?? ''],
        [L[3] ?? '', c.phone?.written ?? ''],
        [L[4] ?? '', company],
        [L[5] ?? '', job],
        [L[6] ?? '', COUNTRY_NAME[lang][c.country] ?? c.country],
      ];
      const details: [string, string][] = [
        [L[8] ?? '', `urn:li:lead:${lead}`],
        [
          L[9] ?? '',
          `${name} – ${T(lang, { en: 'Quote form', de: 'Angebotsformular', fr: 'Formulaire devis', es: 'Formulario presupuesto' })}`,
        ],
        [L[10] ?? '', form ?? ''],
        [L[11] ?? '', name],
        [L[12] ?? '', camp ?? ''],
        [L[13] ?? '', ad ?? ''],
      ];
      const row = ([k, v]: [string, string]) =>
        `<tr><td style="color:#666;padding:4px 12px 4px 0">${esc(k)}</td><td style="padding:4px 0"><b>${esc(v)}</b></td></tr>`;
      const html = `<div style="max-width:560px;font-family:Helvetica"><h2>${esc(L[14] ?? '')}</h2>
<table style="border:1px solid #ddd;border-radius:8px;padding:12px">${contact.map(row).join('\n')}</table>
<h4>${esc(L[7] ?? '')}</h4>
<table>${details.map(row).join('\n')}</table>
<p style="font-size:11px;color:#888">LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p></div>`;
      const text = `${L[14]}\n\n${contact.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[7]}\n${details.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;
      return {
        draft: {
          from: { name: 'LinkedIn', email: 'leads-noreply@linkedin.example' },
          subject: `${L[14]}: ${fullName(c)}`,
          text,
          html,
          primary: 'html',
        },
        expected: {
          source: 'linkedin_lead_gen',
          platformLeadId: `urn:li:lead:${lead}`,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'ad-tiktok-via-crm-csv-att-snake-case',
    description:
      'TikTok lead generation synced by CRM "Leadmill" (HTML note): `tiktok_leads.csv` attached (comma) with lead_id, create_time, ad_id, adgroup_id, campaign_id, campaign_name, form_id, name, phone_number, email and the custom question; single names occur',
    foreign: true,
    optionalMessage: true,
    singleNames: true,
    build(ctx) {
      const { rng, lang, c, message, charset } = ctx;
      const [lead, ad, form, camp] = ids(rng, 19);
      const name = campaign(ctx);
      const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const head = [
        'lead_id',
        'create_time',
        'ad_id',
        'adgroup_id',
        'campaign_id',
        'campaign_name',
        'form_id',
        'name',
        'phone_number',
        'email',
        question(lang),
      ];
      const row = [
        lead ?? '',
        isoStamp(rng),
        ad ?? '',
        `${rng.int(1, 9)}${rng.digits(18)}`,
        camp ?? '',
        name,
        form ?? '',
        fullName(c),
        c.phone?.written ?? '',
        c.email ?? '',
        message ?? '',
      ];
      const csv = `${head.map(q).join(',')}\n${row.map(q).join(',')}\n`;
      const html = `<p>${esc(T(lang, { en: 'Leadmill synced 1 new lead from TikTok Lead Generation.', de: 'Leadmill hat 1 neuen Lead aus TikTok Lead Generation übernommen.', fr: 'Leadmill a synchronisé 1 nouveau lead depuis TikTok Lead Generation.', es: 'Leadmill sincronizó 1 lead nuevo de TikTok Lead Generation.' }))}</p><p>${esc(T(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }))}: ${esc(name)}</p><p style="color:#999">Leadmill CRM</p>`;
      return {
        draft: {
          from: { name: 'Leadmill CRM', email: 'sync@leadmill.example' },
          subject: `TikTok · ${T(lang, { en: 'new lead', de: 'neuer Lead', fr: 'nouveau lead', es: 'nuevo lead' })} (${name})`,
          html,
          attachments: [attachment('tiktok_leads.csv', 'text/csv', csv, { charset })],
        },
        expected: {
          source: 'tiktok',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'ad-snapchat-direct-html-ul-bold-labels',
    description:
      'Snapchat Lead Generation "New lead" (HTML only): two `<ul>` lists of `<b>Label:</b> value` items, the answers (Name, Email, Phone Number, a custom question) and the ids (Lead ID, Ad ID, Ad Squad ID, Campaign ID, Lead Form ID, all UUIDs) with the campaign name',
    foreign: true,
    optionalMessage: true,
    caps: true,
    build(ctx) {
      const { rng, lang, c, message } = ctx;
      const [lead, ad, form, camp] = [rng.uuid(), rng.uuid(), rng.uuid(), rng.uuid()];
      const name = campaign(ctx);
      const L = T(lang, {
        en: [
          'Name',
          'Email',
          'Phone Number',
          'Lead ID',
          'Ad ID',
          'Ad Squad ID',
          'Campaign',
          'Campaign ID',
          'Lead Form ID',
          'A Snapchatter submitted your lead form',
        ],
        de: [
          'Name',
          'E-Mail',
          'Telefonnummer',
          'Lead-ID',
          'Anzeigen-ID',
          'Anzeigengruppen-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Lead-Formular-ID',
          'Jemand hat dein Lead-Formular ausgefüllt',
        ],
        fr: [
          'Nom',
          'E-mail',
          'Numéro de téléphone',
          'ID du lead',
          "ID de l'annonce",
          "ID de l'escouade",
          'Campagne',
          'ID de campagne',
          'ID du formulaire',
          'Un Snapchatteur a rempli votre formulaire',
        ],
        es: [
          'Nombre',
          'Correo',
          'Número de teléfono',
          'ID del lead',
          'ID del anuncio',
          'ID del escuadrón',
          'Campaña',
          'ID de campaña',
          'ID del formulario',
          'Un snapchatter completó tu formulario',
        ],
      });
      const li = (k: string, v: string) =>
        `<li><b>${esc(k)}:</b> ${v.split('\n').map(esc).join('<br>')}</li>`;
      const html = `<h2>${esc(L[9] ?? '')}</h2>
<ul>
${li(L[0] ?? '', shown(c, 'full'))}
${c.email ? li(L[1] ?? '', c.email) : ''}
${c.phone ? li(L[2] ?? '', c.phone.written) : ''}
${message ? li(question(lang), message) : ''}
</ul>
<ul style="color:#555">
${li(L[3] ?? '', lead)}
${li(L[4] ?? '', ad)}
${li(L[5] ?? '', rng.uuid())}
${li(L[6] ?? '', name)}
${li(L[7] ?? '', camp)}
${li(L[8] ?? '', form)}
</ul>
<p style="font-size:11px">Snap Inc. · Ads Manager · ${esc(printedDate(rng, lang))}</p>`;
      return {
        draft: {
          from: { name: 'Snapchat Ads', email: 'no-reply@snapchat-ads.example' },
          subject: `${L[9]} – ${name}`,
          html,
        },
        expected: {
          source: 'snapchat',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        extraPii: [shown(c, 'full')],
      };
    },
  },
  {
    id: 'ad-microsoft-via-agency-txt-att-dotted-leaders',
    description:
      'Microsoft Advertising lead form ads via agency "Corvid Search" (plain note, account manager with phone): `msads-lead.txt` attached with dotted leaders ("First name ........ value"), LeadId, LeadFormId, AdId, AdGroupId, CampaignId, CampaignName, AccountId and the comments last over several lines',
    foreign: true,
    optionalMessage: true,
    build(ctx) {
      const { rng, lang, c, message, charset } = ctx;
      const [lead, ad, form, camp] = ids(rng, 10);
      const name = campaign(ctx);
      const am = AGENCY_PEOPLE[(ctx.n + 1) % AGENCY_PEOPLE.length] ?? { first: 'Tomasz', last: 'Wielgus' };
      const rows: [string, string][] = [
        ['First name', c.first],
        ['Last name', c.last ?? ''],
        ['Email', c.email ?? ''],
        ['Phone', c.phone?.written ?? ''],
        ['LeadId', lead ?? ''],
        ['LeadFormId', form ?? ''],
        ['AdId', ad ?? ''],
        ['AdGroupId', `${rng.int(1, 9)}${rng.digits(9)}`],
        ['CampaignId', camp ?? ''],
        ['CampaignName', name],
        ['AccountId', `F${rng.digits(8)}`],
      ];
      const txt = `${rows.map(([k, v]) => `${k} ${'.'.repeat(18 - k.length)} ${v}`).join('\n')}\nComments ..........\n${message ?? ''}\n`;
      const text = T(lang, {
        en: `Hello,\n\nattached is a new lead from your Microsoft Advertising lead form (${name}).\n\n${am.first} ${am.last}\nCorvid Search · Paid Media\n+353 1 555 0${rng.digits(3)}`,
        de: `Hallo,\n\nanbei ein neuer Lead aus Ihrem Microsoft-Advertising-Leadformular (${name}).\n\n${am.first} ${am.last}\nCorvid Search · Paid Media\n+353 1 555 0${rng.digits(3)}`,
        fr: `Bonjour,\n\nci-joint un nouveau lead issu de votre formulaire Microsoft Advertising (${name}).\n\n${am.first} ${am.last}\nCorvid Search · Paid Media\n+353 1 555 0${rng.digits(3)}`,
        es: `Hola:\n\nadjunto un nuevo lead de su formulario de Microsoft Advertising (${name}).\n\n${am.first} ${am.last}\nCorvid Search · Paid Media\n+353 1 555 0${rng.digits(3)}`,
      });
      return {
        draft: {
          from: { name: `${am.first} ${am.last} (Corvid Search)`, email: 'leads@corvidsearch.example' },
          subject: `Microsoft Ads lead – ${name}`,
          text,
          attachments: [attachment('msads-lead.txt', 'text/plain', txt, { charset })],
        },
        expected: {
          source: 'microsoft_ads',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        others: [`${am.first} ${am.last}`],
      };
    },
  },
  {
    id: 'ad-pinterest-direct-html-label-left-table',
    description:
      'Pinterest lead ads "New lead from your ad" (HTML with text): a label-left table (Full name, Email, Phone, a custom question), a "Where it came from" table (Lead ID, Ad ID, Ad group ID, Campaign, Campaign ID, Lead form ID) and a footer with the ad account',
    foreign: true,
    optionalMessage: true,
    caps: true,
    build(ctx) {
      const { rng, lang, c, message } = ctx;
      const [lead, ad, form, camp] = ids(rng, 15);
      const name = campaign(ctx);
      const L = T(lang, {
        en: [
          'Full name',
          'Email',
          'Phone',
          'Where it came from',
          'Lead ID',
          'Ad ID',
          'Ad group ID',
          'Campaign',
          'Campaign ID',
          'Lead form ID',
          'New lead from your ad',
        ],
        de: [
          'Vollständiger Name',
          'E-Mail',
          'Telefon',
          'Herkunft',
          'Lead-ID',
          'Anzeigen-ID',
          'Anzeigengruppen-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Leadformular-ID',
          'Neuer Lead aus Ihrer Anzeige',
        ],
        fr: [
          'Nom complet',
          'E-mail',
          'Téléphone',
          'Provenance',
          'ID du lead',
          "ID de l'annonce",
          "ID du groupe d'annonces",
          'Campagne',
          'ID de campagne',
          'ID du formulaire',
          'Nouveau lead de votre annonce',
        ],
        es: [
          'Nombre completo',
          'Correo',
          'Teléfono',
          'Procedencia',
          'ID del lead',
          'ID del anuncio',
          'ID del grupo de anuncios',
          'Campaña',
          'ID de campaña',
          'ID del formulario',
          'Nuevo lead de su anuncio',
        ],
      });
      const a: [string, string][] = [[L[0] ?? '', shown(c, 'full')]];
      if (c.email) a.push([L[1] ?? '', c.email]);
      if (c.phone) a.push([L[2] ?? '', c.phone.written]);
      if (message) a.push([question(lang), message]);
      const b: [string, string][] = [
        [L[4] ?? '', lead ?? ''],
        [L[5] ?? '', ad ?? ''],
        [L[6] ?? '', `${rng.int(1, 9)}${rng.digits(14)}`],
        [L[7] ?? '', name],
        [L[8] ?? '', camp ?? ''],
        [L[9] ?? '', form ?? ''],
      ];
      const tr = ([k, v]: [string, string]) =>
        `<tr><th align="left" valign="top" style="padding-right:14px">${esc(k)}</th><td>${v.includes('\n') ? htmlParas(v) : esc(v)}</td></tr>`;
      const html = `<h2 style="color:#e60023">${esc(L[10] ?? '')}</h2><table>${a.map(tr).join('\n')}</table><h3>${esc(L[3] ?? '')}</h3><table>${b.map(tr).join('\n')}</table><p style="font-size:11px">Pinterest Ads · ${esc(ctx.biz.name)} · ${esc(printedDate(rng, lang))}</p>`;
      const text = `${L[10]}\n\n${a.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[3]}\n${b.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;
      return {
        draft: {
          from: { name: 'Pinterest Ads', email: 'ads-notifications@pinterest.example' },
          subject: `${L[10]} (${name})`,
          text,
          html,
          primary: 'html',
        },
        expected: {
          source: 'pinterest',
          platformLeadId: lead,
          adId: ad,
          formId: form,
          campaignId: camp,
          campaign: name,
        },
        extraPii: [shown(c, 'full')],
      };
    },
  },
];
