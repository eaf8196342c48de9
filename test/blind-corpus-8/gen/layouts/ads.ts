/** Lead-generation ad platforms relayed by connectors, each in a shape of its own. */
import type { Expected } from '../../../blind-corpus/gen/model.js';
import type { Rng } from '../rng.js';
import type { LeadCtx, LeadLayout } from '../types.js';
import { drawWhen, esc, htmlParas, SERVICE_LABEL, T, TL, upper } from '../util.js';

const full = (c: LeadCtx) => `${c.person.first} ${c.person.last}`;

function campaignName(c: LeadCtx): string {
  const season = T(c.lang, {
    en: ['Spring', 'Autumn', 'Always-on', 'Local'],
    de: ['Frühjahr', 'Herbst', 'Dauerkampagne', 'Regional'],
    fr: ['Printemps', 'Automne', 'Permanent', 'Local'],
    es: ['Primavera', 'Otoño', 'Siempre activa', 'Local'],
  });
  return `${c.rng.pick(season)} ${c.rng.int(2025, 2026)} – ${SERVICE_LABEL[c.lang][c.biz.sector]}`;
}

const QUESTION: Record<string, string> = {
  en: 'How can we help?',
  de: 'Wie können wir helfen?',
  fr: 'Comment pouvons-nous vous aider ?',
  es: '¿Cómo podemos ayudarte?',
};

interface Ids {
  campaign: string;
  campaignId: string;
  adId: string;
  formId: string;
  leadId: string;
}

function adExpected(source: string, ids: Ids): Partial<Expected> {
  return {
    source,
    campaign: ids.campaign,
    campaignId: ids.campaignId,
    adId: ids.adId,
    formId: ids.formId,
    platformLeadId: ids.leadId,
  };
}

const num = (rng: Rng, lead: string, n: number) => `${lead}${rng.digits(n - lead.length)}`;

const tiktokPre: LeadLayout = {
  id: 'ad-tiktok-html-pre-attribution',
  foreignIntl: true,
  description:
    'TikTok instant-form lead relayed by "Tokleads" in HTML with text: a localised headline with the campaign name, contact fields as grey label above value in one paragraph each, the custom question and its answer, then an "Attribution" heading over a <pre> block of padded snake_case keys (lead_id, advertiser_id, campaign_id, adgroup_id, ad_id, form_id, create_time)',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '17', 16),
      adId: num(c.rng, '17', 16),
      formId: num(c.rng, '73', 19),
      leadId: num(c.rng, '74', 19),
    };
    const advertiser = num(c.rng, '70', 19);
    const adgroup = num(c.rng, '17', 16);
    const lab = TL(L, {
      en: ['New TikTok lead', 'Name', 'Email', 'Phone number', 'Attribution'],
      de: ['Neuer TikTok-Lead', 'Name', 'E-Mail', 'Telefonnummer', 'Zuordnung'],
      fr: ['Nouveau prospect TikTok', 'Nom', 'E-mail', 'Numéro de téléphone', 'Attribution'],
      es: ['Nuevo lead de TikTok', 'Nombre', 'Correo', 'Número de teléfono', 'Atribución'],
    });
    const fields: [string, string][] = [
      [lab[1], full(c)],
      ...(c.hasEmail ? [[lab[2], c.person.email] as [string, string]] : []),
      ...(c.phoneText ? [[lab[3], c.phoneText] as [string, string]] : []),
    ];
    const pre = [
      ['lead_id', ids.leadId],
      ['advertiser_id', advertiser],
      ['campaign_id', ids.campaignId],
      ['adgroup_id', adgroup],
      ['ad_id', ids.adId],
      ['form_id', ids.formId],
      ['create_time', w.iso],
    ]
      .map(([k, v]) => `${(k as string).padEnd(15)}${v}`)
      .join('\n');
    const q = QUESTION[L] as string;
    const html = [
      `<div style="font-family:Arial;max-width:560px">`,
      `<h2 style="margin-bottom:2px">${esc(lab[0])}</h2>`,
      `<p style="color:#666;margin-top:0">${esc(ids.campaign)}</p>`,
      ...fields.map(
        ([k, v]) => `<p><span style="color:#8a8a8a;font-size:12px">${esc(k)}</span><br>${esc(v)}</p>`,
      ),
      `<p><span style="color:#8a8a8a;font-size:12px">${esc(q)}</span></p>`,
      c.message ? htmlParas(c.message) : '<p>-</p>',
      `<h3>${esc(lab[4])}</h3>`,
      `<pre style="background:#f6f6f6;padding:8px;font-size:12px">${pre}</pre>`,
      `<p style="font-size:11px;color:#aaa">Tokleads &middot; TikTok Lead Generation connector</p>`,
      `</div>`,
    ].join('\n');
    const text = [
      lab[0],
      ids.campaign,
      '',
      ...fields.flatMap(([k, v]) => [k, v, '']),
      q,
      c.message ?? '-',
      '',
      `${lab[4]}:`,
      pre,
      '',
      'Tokleads · TikTok Lead Generation connector',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Tokleads', email: 'alerts@tokleads.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${lab[0]} · ${ids.campaign}`,
        text,
        html,
        primary: 'html',
      },
      expected: adExpected('tiktok', ids),
    };
  },
};

const linkedinCaps: LeadLayout = {
  id: 'ad-linkedin-caps-label-lines',
  description:
    'LinkedIn Lead Gen Form response mailed by connector "Linkflow" in plain text: every label in capitals on its own line with the value on the next (first name, last name, email, phone, company, job title, the custom question and its answer), then campaign name, campaign id, form id, creative id, lead id, sponsored account id and a millisecond timestamp in the same stacked style',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '2', 9),
      adId: num(c.rng, '3', 9),
      formId: num(c.rng, '8', 7),
      leadId: `${c.rng.hex(8)}-${c.rng.hex(4)}-${c.rng.hex(4)}`,
    };
    const account = num(c.rng, '5', 9);
    const company = T(L, {
      en: ['Harbourside Bakery', 'Kestrel Print', 'Mill Lane Dental'],
      de: ['Druckhaus Feldmark', 'Bäckerei Sonnleitner', 'Praxis am Markt'],
      fr: ['Imprimerie Crécerelle', 'Boulangerie du Port', 'Cabinet Nord'],
      es: ['Imprenta Cernícalo', 'Panadería del Puerto', 'Clínica Norte'],
    });
    const lab = TL(L, {
      en: [
        'FIRST NAME',
        'LAST NAME',
        'EMAIL',
        'PHONE NUMBER',
        'COMPANY NAME',
        'JOB TITLE',
        'CAMPAIGN',
        'CAMPAIGN ID',
        'FORM ID',
        'CREATIVE ID',
        'LEAD ID',
        'SPONSORED ACCOUNT ID',
        'SUBMITTED AT (MS)',
        'New lead from LinkedIn',
        'Office manager',
      ],
      de: [
        'VORNAME',
        'NACHNAME',
        'E-MAIL',
        'TELEFONNUMMER',
        'UNTERNEHMEN',
        'POSITION',
        'KAMPAGNE',
        'KAMPAGNEN-ID',
        'FORMULAR-ID',
        'CREATIVE-ID',
        'LEAD-ID',
        'WERBEKONTO-ID',
        'GESENDET (MS)',
        'Neuer Lead von LinkedIn',
        'Büroleiterin',
      ],
      fr: [
        'PRÉNOM',
        'NOM',
        'E-MAIL',
        'TÉLÉPHONE',
        'ENTREPRISE',
        'POSTE',
        'CAMPAGNE',
        'ID CAMPAGNE',
        'ID FORMULAIRE',
        'ID CRÉATION',
        'ID PROSPECT',
        'ID COMPTE PUBLICITAIRE',
        'ENVOYÉ LE (MS)',
        'Nouveau prospect LinkedIn',
        'Assistante de direction',
      ],
      es: [
        'NOMBRE',
        'APELLIDOS',
        'CORREO',
        'TELÉFONO',
        'EMPRESA',
        'CARGO',
        'CAMPAÑA',
        'ID DE CAMPAÑA',
        'ID DE FORMULARIO',
        'ID DE CREATIVIDAD',
        'ID DE LEAD',
        'ID DE CUENTA PUBLICITARIA',
        'ENVIADO (MS)',
        'Nuevo lead de LinkedIn',
        'Jefa de oficina',
      ],
    });
    const block = (k: string, v: string) => [k, v, ''];
    const text = [
      `${lab[13]} – Linkflow`,
      '',
      ...block(lab[0], c.person.first),
      ...block(lab[1], c.person.last),
      ...block(lab[2], c.hasEmail ? c.person.email : ''),
      ...block(lab[3], c.phoneText ?? ''),
      ...block(lab[4], c.rng.pick(company)),
      ...block(lab[5], lab[14]),
      ...block(upper(QUESTION[L] as string), c.message ?? ''),
      '----',
      ...block(lab[6], ids.campaign),
      ...block(lab[7], ids.campaignId),
      ...block(lab[8], ids.formId),
      ...block(lab[9], ids.adId),
      ...block(lab[10], ids.leadId),
      ...block(lab[11], account),
      ...block(lab[12], String(drawWhen(c.rng, L).date.getTime())),
      T(L, {
        en: 'You get this email because Linkflow syncs your LinkedIn lead forms.',
        de: 'Sie erhalten diese E-Mail, weil Linkflow Ihre LinkedIn-Leadformulare synchronisiert.',
        fr: 'Vous recevez cet e-mail car Linkflow synchronise vos formulaires LinkedIn.',
        es: 'Recibes este correo porque Linkflow sincroniza tus formularios de LinkedIn.',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Linkflow', email: 'leads@linkflow.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${lab[13]}: ${ids.campaign}`,
        text,
      },
      expected: adExpected('linkedin_lead_gen', ids),
      namePii: [c.person.first, c.person.last],
    };
  },
};

const googleSheet: LeadLayout = {
  id: 'ad-google-spreadsheet-row',
  description:
    'Google Ads lead-form lead appended to a spreadsheet by "Sheetsync", mailed as an HTML picture of the sheet: a grey row of column letters, the header row of Google’s column names (lead_id, campaign_id, campaign_name, adgroup_id, creative_id, form_id, gcl_id, full name or first/last, email, phone, postal code, the question, submitted_at) and the new row under them with its row number; the text part only links to the sheet',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '2', 11),
      adId: num(c.rng, '6', 12),
      formId: num(c.rng, '4', 11),
      leadId: `${c.rng.hex(4)}${c.rng.hex(12)}`.replace(/^./, 'T'),
    };
    const split = c.rng.chance(0.4);
    const row = c.rng.int(12, 480);
    const cols: [string, string][] = [
      ['lead_id', ids.leadId],
      ['campaign_id', ids.campaignId],
      ['campaign_name', ids.campaign],
      ['adgroup_id', num(c.rng, '1', 11)],
      ['creative_id', ids.adId],
      ['form_id', ids.formId],
      ['gcl_id', `Cj0KCQ${c.rng.hex(18)}`],
      ...(split
        ? ([
            ['first_name', c.person.first],
            ['last_name', c.person.last],
          ] as [string, string][])
        : ([['full_name', full(c)]] as [string, string][])),
      ['email', c.hasEmail ? c.person.email : ''],
      ['phone_number', c.phoneText ?? ''],
      ['postal_code', String(c.rng.int(1000, 99999))],
      [QUESTION[L] as string, c.message ?? ''],
      ['submitted_at', drawWhen(c.rng, L).iso],
    ];
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const td = 'style="border:1px solid #ccc;padding:3px 6px;font:12px Arial;vertical-align:top"';
    const html = [
      `<p style="font-family:Arial">${esc(
        T(L, {
          en: `1 new row in "Google Ads leads" (${c.biz.name})`,
          de: `1 neue Zeile in „Google Ads Leads“ (${c.biz.name})`,
          fr: `1 nouvelle ligne dans « Prospects Google Ads » (${c.biz.name})`,
          es: `1 fila nueva en "Leads Google Ads" (${c.biz.name})`,
        }),
      )}</p>`,
      `<table style="border-collapse:collapse">`,
      `<tr><td ${td}></td>${cols.map((_, i) => `<td ${td} bgcolor="#eee" align="center">${letters[i]}</td>`).join('')}</tr>`,
      `<tr><td ${td} bgcolor="#eee">1</td>${cols.map(([k]) => `<td ${td}><b>${esc(k)}</b></td>`).join('')}</tr>`,
      `<tr><td ${td} bgcolor="#eee">${row}</td>${cols.map(([, v]) => `<td ${td}>${esc(v).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`,
      `</table>`,
      `<p style="font:11px Arial;color:#999">Sheetsync &middot; Google Ads lead form &rarr; Sheets</p>`,
    ].join('\n');
    const text = T(L, {
      en: `1 new row was added to "Google Ads leads" (row ${row}).\nOpen the sheet: https://sheets.sheetsync.test/s/${c.rng.hex(10)}\n\nSheetsync`,
      de: `1 neue Zeile wurde zu „Google Ads Leads“ hinzugefügt (Zeile ${row}).\nTabelle öffnen: https://sheets.sheetsync.test/s/${c.rng.hex(10)}\n\nSheetsync`,
      fr: `1 nouvelle ligne ajoutée à « Prospects Google Ads » (ligne ${row}).\nOuvrir la feuille : https://sheets.sheetsync.test/s/${c.rng.hex(10)}\n\nSheetsync`,
      es: `Se agregó 1 fila a "Leads Google Ads" (fila ${row}).\nAbrir la hoja: https://sheets.sheetsync.test/s/${c.rng.hex(10)}\n\nSheetsync`,
    });
    return {
      draft: {
        from: { name: 'Sheetsync', email: 'notify@sheetsync.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: 'New row: Google Ads leads',
          de: 'Neue Zeile: Google Ads Leads',
          fr: 'Nouvelle ligne : Prospects Google Ads',
          es: 'Fila nueva: Leads Google Ads',
        }),
        text,
        html,
      },
      expected: adExpected('google_ads', ids),
      ...(split ? { namePii: [c.person.first, c.person.last] } : {}),
    };
  },
};

const metaRunLog: LeadLayout = {
  id: 'ad-meta-automation-run-log',
  description:
    'Meta (Facebook/Instagram) lead ad lead in an automation tool’s run log ("Flowzap") in plain text: run name and id, "Step 1 · Facebook Lead Ads · New Lead" with the raw payload flattened to indented "key: value" lines (id, created_time, ad_id, ad_name, adset_id, campaign_id, campaign_name, form_id, page_id, is_organic, then field_data[i].name / field_data[i].values[0] pairs for full_name or first/last name, email, phone_number and the custom question, whose answer is on one line), then step 2 (the email it sent)',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '238', 17),
      adId: num(c.rng, '238', 17),
      formId: num(c.rng, '1', 15),
      leadId: num(c.rng, '1', 16),
    };
    const split = c.rng.chance(0.35);
    const qKey = T(L, {
      en: 'how_can_we_help?',
      de: 'wie_können_wir_helfen?',
      fr: 'comment_pouvons-nous_vous_aider_?',
      es: '¿cómo_podemos_ayudarte?',
    });
    const answer = c.message ? c.message.replace(/\s*\n+\s*/g, ' ') : null;
    const fields: [string, string][] = [
      ...(split
        ? ([
            ['first_name', c.person.first],
            ['last_name', c.person.last],
          ] as [string, string][])
        : ([['full_name', full(c)]] as [string, string][])),
      ...(c.hasEmail ? [['email', c.person.email] as [string, string]] : []),
      ...(c.phoneText ? [['phone_number', c.phoneText] as [string, string]] : []),
      ...(answer ? [[qKey, answer] as [string, string]] : []),
    ];
    const w = drawWhen(c.rng, L);
    const st = TL(L, {
      en: [
        'Zap run succeeded',
        'Run ID',
        'Step 1',
        'Step 2',
        'Send Outbound Email',
        'status',
        'sent',
        'Data in',
      ],
      de: [
        'Zap-Lauf erfolgreich',
        'Lauf-ID',
        'Schritt 1',
        'Schritt 2',
        'E-Mail senden',
        'status',
        'gesendet',
        'Eingangsdaten',
      ],
      fr: [
        'Exécution du Zap réussie',
        'ID d’exécution',
        'Étape 1',
        'Étape 2',
        'Envoyer un e-mail',
        'statut',
        'envoyé',
        'Données reçues',
      ],
      es: [
        'Ejecución del Zap correcta',
        'ID de ejecución',
        'Paso 1',
        'Paso 2',
        'Enviar correo',
        'estado',
        'enviado',
        'Datos de entrada',
      ],
    });
    const text = [
      `${st[0]}: "Facebook leads → ${c.biz.name}"`,
      `${st[1]}: ${c.rng.hex(8)}-${c.rng.hex(4)}`,
      '',
      `${st[2]} · Facebook Lead Ads · New Lead`,
      `  ${st[7]}:`,
      `    id: ${ids.leadId}`,
      `    created_time: ${w.iso.replace('Z', '+0000')}`,
      `    ad_id: ${ids.adId}`,
      `    ad_name: ${SERVICE_LABEL[L][c.biz.sector]} – ${T(L, { en: 'video', de: 'Video', fr: 'vidéo', es: 'video' })} ${c.rng.int(1, 4)}`,
      `    adset_id: ${num(c.rng, '238', 17)}`,
      `    campaign_id: ${ids.campaignId}`,
      `    campaign_name: ${ids.campaign}`,
      `    form_id: ${ids.formId}`,
      `    page_id: ${num(c.rng, '10', 15)}`,
      `    is_organic: false`,
      ...fields.flatMap(([k, v], i) => [
        `    field_data[${i}].name: ${k}`,
        `    field_data[${i}].values[0]: ${v}`,
      ]),
      '',
      `${st[3]} · Email by Flowzap · ${st[4]}`,
      `    to: ${c.biz.inbox}`,
      `    ${st[5]}: ${st[6]}`,
      '',
      'Flowzap · https://flowzap.test/history',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Flowzap', email: 'runs@flowzap.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${st[0]}: Facebook leads → ${c.biz.name}`,
        text,
      },
      expected: { ...adExpected('facebook_lead_ads', ids), message: answer },
      ...(split ? { namePii: [c.person.first, c.person.last] } : {}),
    };
  },
};

const microsoftFieldset: LeadLayout = {
  id: 'ad-microsoft-fieldset-legend',
  description:
    'Microsoft Advertising lead-form extension lead relayed by "Leadmesh" in HTML only: three <fieldset> boxes with <legend> titles (contact, answers, attribution), each field a <label> followed by an <output> element with the value; attribution holds lead id, account number, customer id, campaign name and id, ad group id, ad id, lead form id and the submission time',
  bodies: 'html',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '4', 9),
      adId: num(c.rng, '8', 11),
      formId: num(c.rng, '6', 8),
      leadId: c.rng.uuid(),
    };
    const lab = TL(L, {
      en: [
        'Contact',
        'Answers',
        'Attribution',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Lead ID',
        'Account number',
        'Customer ID',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Lead form ID',
        'Submitted',
        'New Microsoft Advertising lead',
      ],
      de: [
        'Kontakt',
        'Antworten',
        'Herkunft',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Lead-ID',
        'Kontonummer',
        'Kunden-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Gesendet',
        'Neuer Lead aus Microsoft Advertising',
      ],
      fr: [
        'Contact',
        'Réponses',
        'Provenance',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'ID du prospect',
        'Numéro de compte',
        'ID client',
        'Campagne',
        'ID de campagne',
        'ID du groupe d’annonces',
        'ID d’annonce',
        'ID du formulaire',
        'Envoyé le',
        'Nouveau prospect Microsoft Advertising',
      ],
      es: [
        'Contacto',
        'Respuestas',
        'Procedencia',
        'Nombre',
        'Apellido',
        'Correo',
        'Teléfono',
        'ID del lead',
        'Número de cuenta',
        'ID de cliente',
        'Campaña',
        'ID de campaña',
        'ID del grupo de anuncios',
        'ID del anuncio',
        'ID del formulario',
        'Enviado',
        'Nuevo lead de Microsoft Advertising',
      ],
    });
    const f = (k: string, v: string) =>
      `<div style="margin:4px 0"><label style="display:inline-block;width:190px;color:#555">${esc(k)}</label><output>${v}</output></div>`;
    const html = [
      `<div style="font-family:Segoe UI,Arial;font-size:14px">`,
      `<h2>${esc(lab[16])}</h2>`,
      `<fieldset><legend>${esc(lab[0])}</legend>`,
      f(lab[3], esc(c.person.first)),
      f(lab[4], esc(c.person.last)),
      f(lab[5], c.hasEmail ? esc(c.person.email) : ''),
      f(lab[6], c.phoneText ? esc(c.phoneText) : ''),
      `</fieldset>`,
      `<fieldset><legend>${esc(lab[1])}</legend>`,
      `<div><label style="color:#555">${esc(QUESTION[L] as string)}</label></div><output>${c.message ? esc(c.message).replace(/\n/g, '<br>') : ''}</output>`,
      `</fieldset>`,
      `<fieldset><legend>${esc(lab[2])}</legend>`,
      f(lab[7], ids.leadId),
      f(lab[8], `F${c.rng.int(100, 999)}${c.rng.hex(4).toUpperCase()}`),
      f(lab[9], num(c.rng, '2', 9)),
      f(lab[10], esc(ids.campaign)),
      f(lab[11], ids.campaignId),
      f(lab[12], num(c.rng, '1', 10)),
      f(lab[13], ids.adId),
      f(lab[14], ids.formId),
      f(lab[15], drawWhen(c.rng, L).iso),
      `</fieldset>`,
      `<p style="font-size:11px;color:#999">Leadmesh &middot; Microsoft Advertising lead forms</p>`,
      `</div>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Leadmesh', email: 'leads@leadmesh.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${lab[16]} – ${ids.campaign}`,
        html,
      },
      expected: adExpected('microsoft_ads', ids),
      namePii: [c.person.first, c.person.last],
    };
  },
};

/** One CSV field as a spreadsheet writes it: quoted when it holds the separator, a quote or a line break. */
const csvField = (v: string, sep: string) =>
  v.includes(sep) || /["\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

const snapchatSemicolon: LeadLayout = {
  id: 'ad-snapchat-semicolon-csv-inline',
  description:
    'Snapchat lead-generation ad lead forwarded by export tool "Snapsheet" as semicolon-separated CSV pasted into the plain body (the European spreadsheet style): a localised line, a header row with localised column names (lead id, created, campaign, campaign id, ad squad id, ad id, lead form id, first name, last name, email, phone, the question) and one data row whose quoted answer keeps its line breaks inside the quotes, then a footer',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: c.rng.uuid(),
      adId: c.rng.uuid(),
      formId: c.rng.uuid(),
      leadId: c.rng.uuid(),
    };
    const h = TL(L, {
      en: [
        'Lead ID',
        'Created',
        'Campaign',
        'Campaign ID',
        'Ad squad ID',
        'Ad ID',
        'Lead form ID',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'New Snapchat lead (1 row, separator ";")',
      ],
      de: [
        'Lead-ID',
        'Erstellt',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Neuer Snapchat-Lead (1 Zeile, Trennzeichen „;“)',
      ],
      fr: [
        'ID prospect',
        'Créé le',
        'Campagne',
        'ID campagne',
        'ID ensemble d’annonces',
        'ID annonce',
        'ID formulaire',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Nouveau prospect Snapchat (1 ligne, séparateur « ; »)',
      ],
      es: [
        'ID de lead',
        'Creado',
        'Campaña',
        'ID de campaña',
        'ID de conjunto de anuncios',
        'ID de anuncio',
        'ID de formulario',
        'Nombre',
        'Apellido',
        'Correo',
        'Teléfono',
        'Nuevo lead de Snapchat (1 fila, separador ";")',
      ],
    });
    const w = drawWhen(c.rng, L);
    const header = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10], QUESTION[L] as string];
    const row = [
      ids.leadId,
      `${w.short} ${w.time}`,
      ids.campaign,
      ids.campaignId,
      c.rng.uuid(),
      ids.adId,
      ids.formId,
      c.person.first,
      c.person.last,
      c.hasEmail ? c.person.email : '',
      c.phoneText ?? '',
      c.message ?? '',
    ];
    const text = [
      h[11],
      '',
      header.map((v) => csvField(v, ';')).join(';'),
      row.map((v) => csvField(v, ';')).join(';'),
      '',
      T(L, {
        en: 'Snapsheet · exports from Snapchat Ads Manager every 15 minutes',
        de: 'Snapsheet · Export aus dem Snapchat Ads Manager alle 15 Minuten',
        fr: 'Snapsheet · export depuis Snapchat Ads Manager toutes les 15 minutes',
        es: 'Snapsheet · exporta desde Snapchat Ads Manager cada 15 minutos',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Snapsheet', email: 'export@snapsheet.test' },
        to: [{ email: c.biz.inbox }],
        subject: `Snapchat – ${ids.campaign} – 1 lead`,
        text,
      },
      expected: adExpected('snapchat', ids),
      namePii: [c.person.first, c.person.last],
    };
  },
};

const pinterestProse: LeadLayout = {
  id: 'ad-pinterest-prose-summary',
  description:
    'Pinterest lead ad lead summarised by chat-ops bot "Pinbell" as prose in HTML with text: one paragraph that names the customer and puts their email and phone in parentheses, the answer as a quoted block after "asked:"/"schreibt:", then a sentence naming campaign (with its id in parentheses), promoted pin, ad group, lead form and lead ids inline',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const ids: Ids = {
      campaign: campaignName(c),
      campaignId: num(c.rng, '6265', 13),
      adId: num(c.rng, '6879', 18),
      formId: num(c.rng, '5493', 13),
      leadId: num(c.rng, '7', 18),
    };
    const adGroup = num(c.rng, '2680', 13);
    const contact = [c.hasEmail ? c.person.email : null, c.phoneText]
      .filter((v): v is string => v !== null)
      .join(', ');
    const who = `${full(c)} (${contact})`;
    const intro = T(L, {
      en: `${who} filled in your Pinterest lead form`,
      de: `${who} hat Ihr Pinterest-Leadformular ausgefüllt`,
      fr: `${who} a rempli votre formulaire Pinterest`,
      es: `${who} completó tu formulario de Pinterest`,
    });
    const asked = T(L, { en: ' and asked:', de: ' und schreibt:', fr: ' et écrit :', es: ' y escribió:' });
    const tail = T(L, {
      en: `It came from campaign ${ids.campaign} (${ids.campaignId}), promoted pin ${ids.adId}, ad group ${adGroup}, lead form ${ids.formId}; Pinterest lead id ${ids.leadId}.`,
      de: `Herkunft: Kampagne ${ids.campaign} (${ids.campaignId}), Promoted Pin ${ids.adId}, Anzeigengruppe ${adGroup}, Leadformular ${ids.formId}; Pinterest-Lead-ID ${ids.leadId}.`,
      fr: `Provenance : campagne ${ids.campaign} (${ids.campaignId}), épingle sponsorisée ${ids.adId}, groupe d’annonces ${adGroup}, formulaire ${ids.formId} ; identifiant Pinterest du prospect ${ids.leadId}.`,
      es: `Origen: campaña ${ids.campaign} (${ids.campaignId}), pin promocionado ${ids.adId}, grupo de anuncios ${adGroup}, formulario ${ids.formId}; ID de lead de Pinterest ${ids.leadId}.`,
    });
    const msg = c.message;
    const html = [
      `<div style="font-family:-apple-system,Arial;font-size:14px;max-width:560px">`,
      `<p>&#128204; ${esc(intro)}${msg ? esc(asked) : '.'}</p>`,
      ...(msg
        ? [
            `<blockquote style="border-left:4px solid #e60023;margin:0 0 12px;padding:4px 12px;color:#333">${htmlParas(msg)}</blockquote>`,
          ]
        : []),
      `<p style="color:#666">${esc(tail)}</p>`,
      `<p style="font-size:11px;color:#aaa">Pinbell &middot; ${esc(c.biz.name)}</p>`,
      `</div>`,
    ].join('\n');
    const text = [
      `${intro}${msg ? asked : '.'}`,
      ...(msg ? ['', ...msg.split('\n').map((l) => (l ? `> ${l}` : '>'))] : []),
      '',
      tail,
      '',
      `Pinbell · ${c.biz.name}`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Pinbell', email: 'bot@pinbell.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: `📌 New Pinterest lead: ${c.person.first}`,
          de: `📌 Neuer Pinterest-Lead: ${c.person.first}`,
          fr: `📌 Nouveau prospect Pinterest : ${c.person.first}`,
          es: `📌 Nuevo lead de Pinterest: ${c.person.first}`,
        }),
        text,
        html,
        primary: 'html',
      },
      expected: adExpected('pinterest', ids),
    };
  },
};

export const AD_LAYOUTS: LeadLayout[] = [
  tiktokPre,
  linkedinCaps,
  googleSheet,
  metaRunLog,
  microsoftFieldset,
  snapchatSemicolon,
  pinterestProse,
];
