/** Ad-platform lead layouts: every platform id is printed as its own value. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import { SECTOR } from './data.js';
import { attachment } from './mime.js';
import type { Rng } from './rng.js';
import {
  addr,
  esc,
  L,
  type LeadCtx,
  type LeadLayout,
  paras,
  phoneText,
  shownFirst,
  shownFull,
  shownLast,
} from './types.js';

const SEASON = ['Winter', 'Spring push', 'Always-on', 'Q1 leads', 'Local reach'];

function campaignName(c: LeadCtx, platform: string): string {
  return `${SECTOR[c.biz.sector][c.lang].subject} – ${SEASON[c.n % SEASON.length]} ${platform}`;
}

interface Ids {
  lead: string;
  ad: string;
  form: string;
  campaign: string;
  distract: string[];
}

function numIds(rng: Rng, lens: [number, number, number, number], prefix = ''): Ids {
  const d = (n: number) => `${rng.int(1, 9)}${rng.digits(n - 1)}`;
  return {
    lead: prefix + d(lens[0]),
    ad: d(lens[1]),
    form: d(lens[2]),
    campaign: d(lens[3]),
    distract: [d(lens[1]), d(lens[3])],
  };
}

function exp(source: string, ids: Ids, campaign: string): Partial<Expected> {
  return {
    source,
    adId: ids.ad,
    formId: ids.form,
    campaignId: ids.campaign,
    platformLeadId: ids.lead,
    campaign,
  };
}

/** The custom question the advertiser added, per language. */
const question = (c: LeadCtx) =>
  L(c.lang, {
    en: 'Anything you would like us to know?',
    de: 'Möchten Sie uns noch etwas mitteilen?',
    fr: 'Souhaitez-vous nous préciser quelque chose ?',
    es: '¿Quiere contarnos algo más?',
  });

// 1 Meta ------------------------------------------------------------------------------------------------------
const meta: LeadLayout = {
  id: 'ad-meta-crm-bullets-tracking-paragraph',
  description:
    'Instagram/Facebook lead ad synced by CRM "Leadkite" (HTML with text): "new contact from Instagram" headline, `<ul>` bullets `<b>Label</b> — value` (full name in capitals on half, email, phone number, the custom question), a "Tracking" paragraph with Meta lead ID, ad ID, ad set ID, form ID, campaign ID and page ID run together with `·`, then the assigned pipeline owner',
  capabilities: 'bullets, Meta ids kept apart in one paragraph, capitals, staff owner',
  forms: ['e164', 'intl'],
  foreign: 'intl',
  noMessage: 0.3,
  caps: 0.5,
  build(c) {
    const ids = numIds(c.rng, [16, 17, 15, 17], '');
    const camp = campaignName(c, 'IG');
    const t = L(c.lang, {
      en: {
        h: 'New contact from Instagram Lead Ads',
        name: 'Full name',
        mail: 'Email',
        tel: 'Phone number',
        tr: 'Tracking',
        owner: 'Assigned to',
        c: 'Campaign',
      },
      de: {
        h: 'Neuer Kontakt aus Instagram Lead Ads',
        name: 'Vollständiger Name',
        mail: 'E-Mail',
        tel: 'Telefonnummer',
        tr: 'Tracking',
        owner: 'Zugewiesen an',
        c: 'Kampagne',
      },
      fr: {
        h: 'Nouveau contact issu d’Instagram Lead Ads',
        name: 'Nom complet',
        mail: 'E-mail',
        tel: 'Numéro de téléphone',
        tr: 'Suivi',
        owner: 'Attribué à',
        c: 'Campagne',
      },
      es: {
        h: 'Nuevo contacto desde Instagram Lead Ads',
        name: 'Nombre completo',
        mail: 'Correo electrónico',
        tel: 'Número de teléfono',
        tr: 'Seguimiento',
        owner: 'Asignado a',
        c: 'Campaña',
      },
    });
    const items: [string, string][] = [
      [t.name, shownFull(c)],
      [t.mail, c.person.email],
      [t.tel, phoneText(c)],
      [question(c), c.message ?? '–'],
    ];
    const track = `Meta lead ID ${ids.lead} · Ad ID ${ids.ad} · Ad set ID ${ids.distract[0]} · Form ID ${ids.form} · Campaign ID ${ids.campaign} · Page ID ${ids.distract[1]}`;
    const owner = `${c.staff.first} ${c.staff.last}`;
    const html = `<h3>${esc(t.h)}</h3>
<ul>
${items.map(([k, v]) => `<li><b>${esc(k)}</b> — ${v.includes('\n') ? paras(v) : esc(v)}</li>`).join('\n')}
</ul>
<p><b>${esc(t.c)}</b> — ${esc(camp)}</p>
<p style="font-size:11px;color:#777"><b>${esc(t.tr)}</b>: ${track}</p>
<p>${esc(t.owner)}: ${esc(owner)} · Leadkite CRM · <a href="https://leadkite.example/pipeline">Pipeline</a></p>`;
    const text = `${t.h}\n\n${items.map(([k, v]) => `* ${k} — ${v}`).join('\n')}\n* ${t.c} — ${camp}\n\n${t.tr}: ${track}\n\n${t.owner}: ${owner}\nLeadkite CRM`;
    return {
      draft: {
        from: addr('Leadkite CRM', 'sync@leadkite.example'),
        to: [{ email: c.biz.inbox }],
        subject: `${t.h}: ${shownFull(c)}`,
        html,
        text,
        primary: 'html',
      },
      expected: exp('facebook_lead_ads', ids, camp),
      others: [owner],
    };
  },
};
meta.needsEmail = true;

// 2 Google ----------------------------------------------------------------------------------------------------
const google: LeadLayout = {
  id: 'ad-google-xml-body-column-ids',
  description:
    'Google Ads lead form asset caught by relay "Hookmill" (plain): one sentence, then an XML document in the body with `<lead_id>`, `<campaign_id>`, `<adgroup_id>`, `<creative_id>`, `<form_id>`, `<gcl_id>` and `<user_column_data>` entries `<column id="FIRST_NAME">`/`LAST_NAME`/`EMAIL`/`PHONE_NUMBER`/`COUNTRY`/the question',
  capabilities: 'XML body, Google ids, split names, country column',
  forms: ['national', 'e164'],
  foreign: 'field',
  noPhone: 0.15,
  noEmail: 0.1,
  noMessage: 0.2,
  build(c) {
    const ids: Ids = {
      lead: `${c.rng.hex(4)}${c.rng.hex(4).toUpperCase()}-${c.rng.hex(6)}`,
      ad: `${c.rng.int(1, 9)}${c.rng.digits(11)}`,
      form: `${c.rng.int(1, 9)}${c.rng.digits(10)}`,
      campaign: `${c.rng.int(1, 9)}${c.rng.digits(10)}`,
      distract: [`${c.rng.int(1, 9)}${c.rng.digits(11)}`, `EAIaIQob${c.rng.hex(12)}`],
    };
    const camp = campaignName(c, 'Search');
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const col = (id: string, v: string | null) =>
      v ? `    <column id="${id}"><string_value>${x(v)}</string_value></column>` : '';
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<lead>
  <lead_id>${ids.lead}</lead_id>
  <api_version>1.0</api_version>
  <form_id>${ids.form}</form_id>
  <campaign_id>${ids.campaign}</campaign_id>
  <campaign_name>${x(camp)}</campaign_name>
  <adgroup_id>${ids.distract[0]}</adgroup_id>
  <creative_id>${ids.ad}</creative_id>
  <gcl_id>${ids.distract[1]}</gcl_id>
  <user_column_data>
${[
  col('FIRST_NAME', c.person.first),
  col('LAST_NAME', c.person.last),
  col('EMAIL', c.hasEmail ? c.person.email : null),
  col('PHONE_NUMBER', c.phone ? phoneText(c) : null),
  col('COUNTRY', c.country),
  c.message
    ? `    <column id="QUESTION_1" name="${x(question(c))}"><string_value>${x(c.message)}</string_value></column>`
    : '',
]
  .filter(Boolean)
  .join('\n')}
  </user_column_data>
</lead>`;
    const text = `${L(c.lang, { en: 'Hookmill received a Google Ads lead form submission:', de: 'Hookmill hat einen Google-Ads-Lead empfangen:', fr: 'Hookmill a reçu un lead Google Ads :', es: 'Hookmill recibió un lead de Google Ads:' })}\n\n${xml}\n\n-- Hookmill relay · https://hookmill.example`;
    return {
      draft: {
        from: addr('Hookmill', 'relay@hookmill.example'),
        to: [{ email: c.biz.inbox }],
        subject: `Google Ads lead ${ids.lead}`,
        text,
      },
      expected: exp('google_ads', ids, camp),
    };
  },
};

// 3 LinkedIn --------------------------------------------------------------------------------------------------
const linkedin: LeadLayout = {
  id: 'ad-linkedin-div-grid-cards-company',
  description:
    'LinkedIn Lead Gen Form via connector "Proflow" (HTML only): a CSS grid of `<div class="cell">` cards, a small caption `<div>` over each value (First name, Last name, Work email, Phone, Company, Job title, Country, the question); a second grid of ids (lead ID, form ID, campaign ID, creative ID, account ID); the sender\'s own company is a field value that looks like a name',
  capabilities: 'div grid, LinkedIn ids, split names, company/job title distractors',
  forms: ['intl', 'e164', 'national'],
  foreign: 'intl',
  noPhone: 0.35,
  noMessage: 0.3,
  build(c) {
    const ids = numIds(c.rng, [10, 9, 8, 9]);
    const camp = campaignName(c, 'LinkedIn');
    const company = c.rng.pick([
      'Brightwater Logistics',
      'Kellner & Söhne GmbH',
      'Groupe Arvalis',
      'Constructora Altiplano',
      'Meridian Health Partners',
    ]);
    const job = L(c.lang, {
      en: 'Operations Manager',
      de: 'Teamleitung Einkauf',
      fr: 'Responsable des achats',
      es: 'Responsable de compras',
    });
    const t = L(c.lang, {
      en: ['First name', 'Last name', 'Work email', 'Phone', 'Company', 'Job title', 'Country'],
      de: ['Vorname', 'Nachname', 'Geschäftliche E-Mail', 'Telefon', 'Unternehmen', 'Position', 'Land'],
      fr: ['Prénom', 'Nom', 'E-mail professionnel', 'Téléphone', 'Entreprise', 'Poste', 'Pays'],
      es: ['Nombre', 'Apellidos', 'Correo de trabajo', 'Teléfono', 'Empresa', 'Cargo', 'País'],
    });
    const vals = [c.person.first, c.person.last ?? '', c.person.email, phoneText(c), company, job, c.country];
    const cell = (k: string, v: string) =>
      `<div class="cell" style="border:1px solid #e0e0e0;padding:8px"><div style="font-size:11px;color:#666;text-transform:uppercase">${esc(k)}</div><div style="font-size:15px">${v ? esc(v) : '&ndash;'}</div></div>`;
    const html = `<div style="font-family:Helvetica">
<p>${esc(L(c.lang, { en: 'New LinkedIn lead for', de: 'Neuer LinkedIn-Lead für', fr: 'Nouveau lead LinkedIn pour', es: 'Nuevo lead de LinkedIn para' }))} ${esc(c.biz.name)} · ${esc(camp)}</p>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:6px">
${t.map((k, i) => cell(k, vals[i] as string)).join('\n')}
</div>
<div style="margin-top:10px;border:1px solid #e0e0e0;padding:8px"><div style="font-size:11px;color:#666;text-transform:uppercase">${esc(question(c))}</div>${c.message ? paras(c.message) : '<div>&ndash;</div>'}</div>
<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;margin-top:10px;font-size:12px;color:#555">
${cell('Lead ID', ids.lead)}
${cell('Form ID', ids.form)}
${cell('Campaign ID', ids.campaign)}
${cell('Creative ID', ids.ad)}
${cell('Account ID', ids.distract[0] as string)}
</div>
<p style="font-size:11px;color:#999">Proflow · LinkedIn Marketing connector</p></div>`;
    return {
      draft: {
        from: addr('Proflow', 'leads@proflow.example'),
        to: [{ email: c.biz.inbox }],
        subject: `LinkedIn lead: ${c.person.first} ${c.person.last ?? ''} (${company})`.replace(' )', ')'),
        html,
      },
      expected: exp('linkedin_lead_gen', ids, camp),
      others: [company],
    };
  },
};
linkedin.needsEmail = true;

// 4 TikTok ----------------------------------------------------------------------------------------------------
const tiktok: LeadLayout = {
  id: 'ad-tiktok-agency-csv-att-lastfirst',
  description:
    'TikTok instant-form leads passed on by agency "Reelmint Studio": a plain note from the named account manager with their mobile, and `tiktok_leads.csv` (comma for en, semicolon elsewhere; written in the email\'s charset) with columns lead_id, created_time, ad_id, adgroup_id, campaign_id, campaign_name, form_id, "Name (Last, First)", email, phone, country, the question',
  capabilities: 'CSV attachment, TikTok ids, Last-First column, agency person with phone',
  forms: ['national', 'intl', 'compact'],
  foreign: 'field',
  noPhone: 0.1,
  noEmail: 0.2,
  noMessage: 0.2,
  caps: 0.4,
  build(c) {
    const ids = numIds(c.rng, [19, 19, 19, 19]);
    const camp = campaignName(c, 'TikTok');
    const sep = c.lang === 'en' ? ',' : ';';
    const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const nameCell = `${shownLast(c)}, ${shownFirst(c)}`;
    const head = [
      'lead_id',
      'created_time',
      'ad_id',
      'adgroup_id',
      'campaign_id',
      'campaign_name',
      'form_id',
      'Name (Last, First)',
      'email',
      'phone',
      'country',
      question(c),
    ];
    const row = [
      ids.lead,
      `${c.date} 18:42`,
      ids.ad,
      ids.distract[0] as string,
      ids.campaign,
      camp,
      ids.form,
      nameCell,
      c.hasEmail ? c.person.email : '',
      phoneText(c),
      c.country,
      c.message ?? '',
    ];
    const csv = `${head.map(q).join(sep)}\n${row.map(q).join(sep)}\n`;
    const mgr = L(c.lang, {
      en: 'Tayo Adebayo-Quist',
      de: 'Jasmin Okafor',
      fr: 'Clémentine Dubreuil',
      es: 'Valeria Sotomayor',
    });
    const mob = L(c.lang, {
      en: '+44 7700 900418',
      de: '+49 1512 3456087',
      fr: '+33 6 12 34 50 96',
      es: '+34 612 34 05 27',
    });
    const text = L(c.lang, {
      en: `Hi team,\n\none more lead from the TikTok campaign came in overnight, export attached. Worth a quick call today while it's warm.\n\nShout if anything looks off.\n${mgr}\nReelmint Studio · ${mob}`,
      de: `Hallo zusammen,\n\nüber Nacht kam ein weiterer Lead aus der TikTok-Kampagne rein, Export im Anhang. Am besten heute noch anrufen.\n\nMeldet euch bei Fragen.\n${mgr}\nReelmint Studio · ${mob}`,
      fr: `Bonjour,\n\nun nouveau lead de la campagne TikTok est arrivé cette nuit, export en pièce jointe. À rappeler aujourd’hui si possible.\n\nN’hésitez pas si quelque chose cloche.\n${mgr}\nReelmint Studio · ${mob}`,
      es: `Hola equipo:\n\nanoche entró otro lead de la campaña de TikTok, va el export adjunto. Conviene llamar hoy mismo.\n\nAvisadme si algo no cuadra.\n${mgr}\nReelmint Studio · ${mob}`,
    });
    return {
      draft: {
        from: addr(mgr, 'accounts@reelmint.example'),
        to: [{ email: c.biz.inbox }],
        subject: `TikTok lead – ${c.biz.name}`,
        text,
        attachments: [
          attachment('tiktok_leads.csv', 'text/csv', csv, {
            charset: c.lang === 'en' ? 'utf-8' : 'windows-1252',
          }),
        ],
      },
      expected: exp('tiktok', ids, camp),
      pii: [nameCell],
      others: [mgr],
    };
  },
};

// 5 Snapchat --------------------------------------------------------------------------------------------------
const snapchat: LeadLayout = {
  id: 'ad-snapchat-json-att-uuid',
  description:
    'Snapchat lead-generation ad via relay "Spectra Leads" (HTML with text, `snap_lead.json`): the body only says who to call back and links to the dashboard; the JSON attachment holds UUIDs (lead_id, ad_id, ad_squad_id, campaign_id, lead_form_id) and `user_data` with first_name, last_name, email, phone_number, postal code and the answer',
  capabilities: 'JSON attachment, Snapchat UUIDs, split names',
  forms: ['e164', 'intl'],
  foreign: 'intl',
  noEmail: 0.2,
  noMessage: 0.2,
  build(c) {
    const ids: Ids = {
      lead: c.rng.uuid(),
      ad: c.rng.uuid(),
      form: c.rng.uuid(),
      campaign: c.rng.uuid(),
      distract: [c.rng.uuid()],
    };
    const camp = campaignName(c, 'Snap');
    const json = {
      lead_id: ids.lead,
      created_at: `${c.date}T07:31:09.000Z`,
      campaign_id: ids.campaign,
      campaign_name: camp,
      ad_squad_id: ids.distract[0],
      ad_id: ids.ad,
      lead_form_id: ids.form,
      user_data: {
        first_name: c.person.first,
        last_name: c.person.last,
        email: c.hasEmail ? c.person.email : null,
        phone_number: c.phone ? c.phone.written : null,
        postal_code: `${c.rng.digits(5)}`,
        custom_questions: [{ question: question(c), answer: c.message }],
      },
    };
    const body = L(c.lang, {
      en: 'A new Snapchat lead is waiting. Details in the attached JSON.',
      de: 'Ein neuer Snapchat-Lead wartet. Details im angehängten JSON.',
      fr: 'Un nouveau lead Snapchat vous attend. Détails dans le JSON joint.',
      es: 'Tiene un nuevo lead de Snapchat. Los datos van en el JSON adjunto.',
    });
    return {
      draft: {
        from: addr('Spectra Leads', 'noreply@spectra-leads.example'),
        to: [{ email: c.biz.inbox }],
        subject: `Snapchat · ${camp}`,
        text: `${body}\n\nhttps://spectra-leads.example/dashboard\n`,
        html: `<p>${esc(body)}</p><p><a href="https://spectra-leads.example/dashboard">Dashboard</a></p>`,
        primary: 'html',
        attachments: [
          attachment('snap_lead.json', 'application/json', `${JSON.stringify(json, null, 2)}\n`, {
            charset: 'utf-8',
          }),
        ],
      },
      expected: exp('snapchat', ids, camp),
    };
  },
};

// 6 Microsoft -------------------------------------------------------------------------------------------------
const microsoft: LeadLayout = {
  id: 'ad-microsoft-two-col-table-ext-ids',
  description:
    'Microsoft Advertising lead form extension via "Bingbridge" (HTML with text): a two-column table (First name, Last name, Email, Phone with extension, Company size, the question) then a separate "Attribution" table with Lead ID, Ad ID, Ad group ID, Campaign ID, Lead form ID and Account number',
  capabilities: 'two-column table, Microsoft ids, extensions, split names',
  forms: ['national', 'dashed', 'intl'],
  foreign: 'intl',
  ext: true,
  noMessage: 0.25,
  noEmail: 0.15,
  build(c) {
    const ids = numIds(c.rng, [11, 14, 9, 9]);
    const camp = campaignName(c, 'Bing');
    const t = L(c.lang, {
      en: ['First name', 'Last name', 'Email', 'Phone', 'Company size'],
      de: ['Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Unternehmensgröße'],
      fr: ['Prénom', 'Nom', 'E-mail', 'Téléphone', 'Taille de l’entreprise'],
      es: ['Nombre', 'Apellido', 'Correo', 'Teléfono', 'Tamaño de la empresa'],
    });
    const rows: [string, string][] = [
      [t[0] as string, c.person.first],
      [t[1] as string, c.person.last ?? ''],
      [t[2] as string, c.hasEmail ? c.person.email : ''],
      [t[3] as string, phoneText(c)],
      [t[4] as string, '1-10'],
      [question(c), c.message ?? ''],
    ];
    const attr: [string, string][] = [
      ['Lead ID', ids.lead],
      ['Ad ID', ids.ad],
      ['Ad group ID', ids.distract[0] as string],
      ['Campaign ID', ids.campaign],
      ['Campaign', camp],
      ['Lead form ID', ids.form],
      ['Account number', `F${c.rng.digits(7)}`],
    ];
    const tb = (rs: [string, string][]) =>
      `<table border="1" cellpadding="5" style="border-collapse:collapse">${rs.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${v.includes('\n') ? paras(v) : esc(v) || '&nbsp;'}</td></tr>`).join('')}</table>`;
    const html = `<p>Microsoft Advertising · ${esc(L(c.lang, { en: 'new lead form submission', de: 'neue Lead-Formular-Einsendung', fr: 'nouvelle soumission de formulaire', es: 'nuevo envío de formulario' }))}</p>${tb(rows)}<h4>Attribution</h4>${tb(attr)}<p style="color:#888;font-size:11px">Bingbridge sync</p>`;
    const text = `Microsoft Advertising\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nAttribution\n${attr.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nBingbridge sync`;
    return {
      draft: {
        from: addr('Bingbridge', 'leads@bingbridge.example'),
        to: [{ email: c.biz.inbox }],
        subject: `Microsoft Advertising lead – ${camp}`,
        html,
        text,
        primary: 'html',
      },
      expected: exp('microsoft_ads', ids, camp),
    };
  },
};

// 7 Pinterest -------------------------------------------------------------------------------------------------
const pinterest: LeadLayout = {
  id: 'ad-pinterest-colon-lines-owner-cc',
  description:
    'Pinterest lead ad via "Pinmail" (plain), sent to the ad-account owner (staff, in To with the inbox in Cc): greeting by the owner\'s first name, `Label: value` lines (Name, Email, Phone, Zip/Postcode, the question with a multi-line answer indented), then "Pin details" lines (Lead ID, Promoted Pin ID, Ad group ID, Campaign ID, Lead form ID) and an unsubscribe footer',
  capabilities: 'colon lines, multi-line indented answer, Pinterest ids, staff greeted',
  forms: ['national', 'dotted', 'intl'],
  foreign: 'intl',
  noPhone: 0.2,
  noMessage: 0.2,
  caps: 0.3,
  build(c) {
    const ids = numIds(c.rng, [18, 15, 15, 15]);
    const camp = campaignName(c, 'Pins');
    const owner = c.staff2;
    const t = L(c.lang, {
      en: {
        hi: `Hi ${owner.first},`,
        intro: 'someone answered your lead ad.',
        name: 'Name',
        mail: 'Email',
        tel: 'Phone',
        zip: 'Zip/Postcode',
        det: 'Pin details',
        un: 'Unsubscribe from lead emails',
      },
      de: {
        hi: `Hallo ${owner.first},`,
        intro: 'jemand hat auf Ihre Lead-Anzeige geantwortet.',
        name: 'Name',
        mail: 'E-Mail',
        tel: 'Telefon',
        zip: 'PLZ',
        det: 'Pin-Details',
        un: 'Lead-E-Mails abbestellen',
      },
      fr: {
        hi: `Bonjour ${owner.first},`,
        intro: 'quelqu’un a répondu à votre annonce à formulaire.',
        name: 'Nom',
        mail: 'E-mail',
        tel: 'Téléphone',
        zip: 'Code postal',
        det: 'Détails de l’épingle',
        un: 'Se désabonner des e-mails de leads',
      },
      es: {
        hi: `Hola, ${owner.first}:`,
        intro: 'alguien respondió a tu anuncio de clientes potenciales.',
        name: 'Nombre',
        mail: 'Correo',
        tel: 'Teléfono',
        zip: 'Código postal',
        det: 'Detalles del pin',
        un: 'Darse de baja de los correos de leads',
      },
    });
    const ind = (s: string) =>
      s
        .split('\n')
        .map((l) => (l ? `    ${l}` : ''))
        .join('\n');
    const text = `${t.hi}\n\n${t.intro}\n\n${t.name}: ${shownFull(c)}\n${t.mail}: ${c.person.email}\n${t.tel}: ${phoneText(c) || '-'}\n${t.zip}: ${c.rng.digits(5)}\n${question(c)}\n${c.message ? ind(c.message) : '    -'}\n\n${t.det}\nLead ID: ${ids.lead}\nPromoted Pin ID: ${ids.ad}\nAd group ID: ${ids.distract[0]}\nCampaign ID: ${ids.campaign}\nCampaign: ${camp}\nLead form ID: ${ids.form}\n\nPinmail for Pinterest Business · ${t.un}: https://pinmail.example/u`;
    return {
      draft: {
        from: addr('Pinmail', 'leads@pinmail.example'),
        to: [addr(`${owner.first} ${owner.last}`, owner.email)],
        cc: [{ email: c.biz.inbox }],
        subject: `${L(c.lang, { en: 'New lead', de: 'Neuer Lead', fr: 'Nouveau lead', es: 'Nuevo lead' })} · ${camp}`,
        text,
      },
      expected: exp('pinterest', ids, camp),
      others: [`${owner.first} ${owner.last}`, owner.first],
    };
  },
};
pinterest.needsEmail = true;

export const AD_LAYOUTS: LeadLayout[] = [meta, google, linkedin, tiktok, snapchat, microsoft, pinterest];
