/**
 * Ad-platform lead notifications. Every one carries the ad id, form id, campaign id and the platform's
 * own lead id as separate values (plus distractors such as ad group / ad set ids), in each platform's own
 * id style: long digit strings, UUIDs, or opaque tokens.
 */

import { byLang, esc, fullShown, htmlDoc, htmlValue, longId, type Row, shown } from './kit.js';
import type { Expected, LeadCtx, LeadLayout } from './model.js';
import type { Lang } from './people.js';
import type { Rng } from './rng.js';

interface Ids {
  lead: string;
  ad: string;
  form: string;
  campaign: string;
  group: string;
}

function uuid(rng: Rng): string {
  const h = () => rng.int(0, 15).toString(16);
  const block = (n: number) => Array.from({ length: n }, h).join('');
  return `${block(8)}-${block(4)}-4${block(3)}-a${block(3)}-${block(12)}`;
}

function token(rng: Rng, n: number): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: n }, () => abc[rng.int(0, abc.length - 1)]).join('');
}

const CAMPAIGNS = byLang(
  ['Spring Test Drive 2026', 'Open House November', 'Winter Menu Launch'],
  ['Frühjahrsaktion 2026', 'Tag der offenen Tür', 'Wintermenü'],
  ['Essai printemps 2026', 'Portes ouvertes novembre', 'Menu d’hiver'],
  ['Prueba de manejo primavera', 'Jornada de puertas abiertas', 'Menú de invierno'],
);

interface Platform {
  id: string;
  source: string;
  description: string;
  sender: { name: string; address: string };
  ids(rng: Rng): Ids;
  /** Field labels the platform uses for the customer's answers. */
  labels: Record<
    Lang,
    { name: string; first: string; last: string; email: string; phone: string; message: string }
  >;
  render(
    ctx: LeadCtx,
    ids: Ids,
    campaign: string,
    answers: Row[],
  ): { subject: string; text?: string; html?: string };
}

function answers(ctx: LeadCtx, p: Platform, split: boolean): Row[] {
  const l = p.labels[ctx.lang];
  const rows: Row[] =
    split && ctx.person.last
      ? [
          [l.first, shown(ctx, ctx.person.first)],
          [l.last, shown(ctx, ctx.person.last)],
        ]
      : [[l.name, fullShown(ctx)]];
  if (ctx.hasEmail) rows.push([l.email, ctx.person.email]);
  if (ctx.phone) rows.push([l.phone, ctx.phone]);
  if (ctx.message) rows.push([l.message, ctx.message]);
  return rows;
}

const tableHtml = (rows: Row[]) =>
  `<table>${rows.map(([k, v]) => `<tr><td style="color:#606770">${esc(k)}</td><td>${htmlValue(v)}</td></tr>`).join('\n')}</table>`;
const lines = (rows: Row[]) => rows.map(([k, v]) => `${k}: ${v}`).join('\n');

const SAME_LABELS = (
  name: string,
  first: string,
  last: string,
  email: string,
  phone: string,
  message: string,
) => ({ name, first, last, email, phone, message });

const meta: Platform = {
  id: 'ad-meta-lead-ads',
  source: 'facebook_lead_ads',
  description:
    'Meta (Facebook/Instagram) lead ad notification: lead id, form id, ad id, ad set id and campaign id as separate rows, snake_case field keys',
  sender: { name: 'Meta Lead Ads', address: 'leadads-noreply@facebookmail.example' },
  ids: (rng) => ({
    lead: longId(rng, 16),
    ad: `2385${longId(rng, 13)}`,
    form: longId(rng, 15),
    campaign: `2385${longId(rng, 13)}`,
    group: `2385${longId(rng, 13)}`,
  }),
  labels: {
    en: SAME_LABELS(
      'full_name',
      'first_name',
      'last_name',
      'email',
      'phone_number',
      'anything_else_we_should_know?',
    ),
    de: SAME_LABELS('full_name', 'first_name', 'last_name', 'email', 'phone_number', 'gibt_es_noch_etwas?'),
    fr: SAME_LABELS(
      'full_name',
      'first_name',
      'last_name',
      'email',
      'phone_number',
      'autre_chose_à_ajouter_?',
    ),
    es: SAME_LABELS('full_name', 'first_name', 'last_name', 'email', 'phone_number', '¿algo_más?'),
  },
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      [
        'New lead from your Instant Form',
        'Lead ID',
        'Form ID',
        'Ad ID',
        'Ad set ID',
        'Campaign',
        'Campaign ID',
        'Page',
        'Download all leads from Meta Business Suite. Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2',
      ],
      [
        'Neuer Lead aus Ihrem Sofortformular',
        'Lead-ID',
        'Formular-ID',
        'Anzeigen-ID',
        'Anzeigengruppen-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Seite',
        'Alle Leads in der Meta Business Suite herunterladen. Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2',
      ],
      [
        'Nouveau prospect de votre formulaire instantané',
        'ID du prospect',
        'ID du formulaire',
        "ID de l'annonce",
        "ID de l'ensemble de publicités",
        'Campagne',
        'ID de la campagne',
        'Page',
        'Téléchargez tous vos prospects dans Meta Business Suite. Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2',
      ],
      [
        'Nuevo cliente potencial de tu formulario instantáneo',
        'ID del cliente potencial',
        'ID del formulario',
        'ID del anuncio',
        'ID del conjunto de anuncios',
        'Campaña',
        'ID de la campaña',
        'Página',
        'Descarga todos tus clientes potenciales en Meta Business Suite. Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2',
      ],
    )[ctx.lang];
    const meta: Row[] = [
      [t[1], ids.lead],
      [t[2], ids.form],
      [t[3], ids.ad],
      [t[4], ids.group],
      [t[5], campaign],
      [t[6], ids.campaign],
      [t[7], ctx.biz.name],
    ];
    return {
      subject: `${t[0]}: ${campaign}`,
      html: htmlDoc(
        `<h2>${esc(t[0])}</h2>\n${tableHtml(rows)}\n<hr>\n${tableHtml(meta)}\n<p style="font-size:11px">${esc(t[8])}</p>`,
      ),
    };
  },
};

const google: Platform = {
  id: 'ad-google-lead-form',
  source: 'google_ads',
  description:
    'Google Ads lead form asset: FULL_NAME/EMAIL/PHONE_NUMBER column ids, lead id token, campaign id, form id, creative id and a gclid distractor',
  sender: { name: 'Google Ads', address: 'ads-leadforms-noreply@google.example' },
  ids: (rng) => ({
    lead: `${token(rng, 12)}-${token(rng, 10)}`,
    ad: longId(rng, 12),
    form: longId(rng, 11),
    campaign: longId(rng, 11),
    group: longId(rng, 12),
  }),
  labels: {
    en: SAME_LABELS('FULL_NAME', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'COMMENTS'),
    de: SAME_LABELS('FULL_NAME', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'COMMENTS'),
    fr: SAME_LABELS('FULL_NAME', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'COMMENTS'),
    es: SAME_LABELS('FULL_NAME', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'COMMENTS'),
  },
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      ['You received a new lead', 'Lead details', 'Ad details'],
      ['Sie haben einen neuen Lead erhalten', 'Lead-Details', 'Anzeigendetails'],
      ['Vous avez reçu un nouveau prospect', 'Détails du prospect', "Détails de l'annonce"],
      ['Ha recibido un nuevo cliente potencial', 'Detalles del cliente potencial', 'Detalles del anuncio'],
    )[ctx.lang];
    const text = `${t[0]}\n\n${t[1]}\n${lines(rows)}\n\n${t[2]}\nlead_id: ${ids.lead}\ncampaign_name: ${campaign}\ncampaign_id: ${ids.campaign}\nadgroup_id: ${ids.group}\ncreative_id: ${ids.ad}\nform_id: ${ids.form}\ngcl_id: Cj0KCQiA${token(ctx.rng, 40)}\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n`;
    return { subject: `${t[0]} – ${campaign}`, text };
  },
};

const linkedin: Platform = {
  id: 'ad-linkedin-lead-gen',
  source: 'linkedin_lead_gen',
  description:
    'LinkedIn Lead Gen Form: lead urn, form id, campaign id, creative id, company and job title fields',
  sender: { name: 'LinkedIn Marketing Solutions', address: 'leadgen-noreply@linkedin.example' },
  ids: (rng) => ({
    lead: `urn:li:leadGenFormResponse:${uuid(rng)}`,
    ad: longId(rng, 9),
    form: longId(rng, 8),
    campaign: longId(rng, 9),
    group: longId(rng, 9),
  }),
  labels: byLang(
    SAME_LABELS('Name', 'First Name', 'Last Name', 'Email Address', 'Phone Number', 'Question'),
    SAME_LABELS('Name', 'Vorname', 'Nachname', 'E-Mail-Adresse', 'Telefonnummer', 'Frage'),
    SAME_LABELS('Nom', 'Prénom', 'Nom', 'Adresse e-mail', 'Numéro de téléphone', 'Question'),
    SAME_LABELS('Nombre', 'Nombre', 'Apellidos', 'Dirección de email', 'Número de teléfono', 'Pregunta'),
  ),
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      ['New lead', 'Company', 'Job title', 'Campaign'],
      ['Neuer Lead', 'Unternehmen', 'Position', 'Kampagne'],
      ['Nouveau lead', 'Entreprise', 'Poste', 'Campagne'],
      ['Nuevo lead', 'Empresa', 'Cargo', 'Campaña'],
    )[ctx.lang];
    const all: Row[] = [...rows, [t[1], 'Vantor Logistics'], [t[2], 'Operations Manager']];
    const meta: Row[] = [
      [t[3], campaign],
      ['Campaign ID', ids.campaign],
      ['Creative ID', ids.ad],
      ['Lead Gen Form ID', ids.form],
      ['Lead ID', ids.lead],
    ];
    return {
      subject: `${t[0]}: ${campaign}`,
      html: htmlDoc(
        `<h1>${t[0]}</h1>\n${tableHtml(all)}\n${tableHtml(meta)}\n<p>LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2</p>`,
      ),
    };
  },
};

const tiktok: Platform = {
  id: 'ad-tiktok-instant-form',
  source: 'tiktok',
  description:
    'TikTok instant form lead: 19-digit lead/ad/ad group/campaign ids and an instant page (form) id',
  sender: { name: 'TikTok for Business', address: 'leads-noreply@tiktok.example' },
  ids: (rng) => ({
    lead: `73${longId(rng, 17)}`,
    ad: `17${longId(rng, 17)}`,
    form: `72${longId(rng, 17)}`,
    campaign: `17${longId(rng, 17)}`,
    group: `17${longId(rng, 17)}`,
  }),
  labels: byLang(
    SAME_LABELS('Name', 'First name', 'Last name', 'Email', 'Phone number', 'Message'),
    SAME_LABELS('Name', 'Vorname', 'Nachname', 'E-Mail', 'Telefonnummer', 'Nachricht'),
    SAME_LABELS('Nom', 'Prénom', 'Nom', 'E-mail', 'Numéro de téléphone', 'Message'),
    SAME_LABELS('Nombre', 'Nombre', 'Apellido', 'Correo', 'Número de teléfono', 'Mensaje'),
  ),
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      'New lead collected',
      'Neuer Lead erfasst',
      'Nouveau lead collecté',
      'Nuevo lead recopilado',
    )[ctx.lang];
    const text = `${t}\n\n${lines(rows)}\n\nLead ID: ${ids.lead}\nAd ID: ${ids.ad}\nAd group ID: ${ids.group}\nCampaign: ${campaign}\nCampaign ID: ${ids.campaign}\nInstant form ID: ${ids.form}\n\nTikTok for Business · Manage leads in TikTok Ads Manager\n`;
    return { subject: `[TikTok] ${t}`, text };
  },
};

const snapchat: Platform = {
  id: 'ad-snapchat-lead-gen',
  source: 'snapchat',
  description: 'Snapchat lead generation ad: every id is a UUID (lead, ad, ad squad, campaign, lead form)',
  sender: { name: 'Snap Ads', address: 'no-reply@snapads.example' },
  ids: (rng) => ({ lead: uuid(rng), ad: uuid(rng), form: uuid(rng), campaign: uuid(rng), group: uuid(rng) }),
  labels: byLang(
    SAME_LABELS('Full Name', 'First Name', 'Last Name', 'Email', 'Phone', 'Note'),
    SAME_LABELS('Vollständiger Name', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Notiz'),
    SAME_LABELS('Nom complet', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Note'),
    SAME_LABELS('Nombre completo', 'Nombre', 'Apellidos', 'Correo', 'Teléfono', 'Nota'),
  ),
  render(ctx, ids, campaign, rows) {
    const t = byLang('Snap lead received', 'Snap-Lead erhalten', 'Lead Snap reçu', 'Lead de Snap recibido')[
      ctx.lang
    ];
    const meta: Row[] = [
      ['lead_id', ids.lead],
      ['ad_id', ids.ad],
      ['ad_squad_id', ids.group],
      ['campaign_id', ids.campaign],
      ['campaign_name', campaign],
      ['lead_form_id', ids.form],
    ];
    return {
      subject: t,
      html: htmlDoc(
        `<h3>${t}</h3>\n${tableHtml(rows)}\n<pre>${esc(lines(meta))}</pre>\n<p>Snap Inc. · 3000 31st Street, Santa Monica, CA</p>`,
      ),
      text: `${t}\n\n${lines(rows)}\n\n${lines(meta)}\n`,
    };
  },
};

const microsoft: Platform = {
  id: 'ad-microsoft-lead-form',
  source: 'microsoft_ads',
  description:
    'Microsoft Advertising lead form extension: definition list of answers, numeric campaign/ad group/ad ids, lead form id',
  sender: { name: 'Microsoft Advertising', address: 'leadforms@microsoftads.example' },
  ids: (rng) => ({
    lead: longId(rng, 14),
    ad: longId(rng, 11),
    form: longId(rng, 9),
    campaign: longId(rng, 9),
    group: longId(rng, 10),
  }),
  labels: byLang(
    SAME_LABELS('Name', 'First name', 'Last name', 'Email', 'Phone', 'Comments'),
    SAME_LABELS('Name', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Kommentare'),
    SAME_LABELS('Nom', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Commentaires'),
    SAME_LABELS('Nombre', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Comentarios'),
  ),
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      'A customer submitted your lead form',
      'Ein Kunde hat Ihr Leadformular gesendet',
      'Un client a envoyé votre formulaire',
      'Un cliente envió su formulario de clientes potenciales',
    )[ctx.lang];
    const dl = (r: Row[]) =>
      `<dl>${r.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${htmlValue(v)}</dd>`).join('\n')}</dl>`;
    const meta: Row[] = [
      ['Lead ID', ids.lead],
      ['Campaign', campaign],
      ['Campaign ID', ids.campaign],
      ['Ad group ID', ids.group],
      ['Ad ID', ids.ad],
      ['Lead form ID', ids.form],
    ];
    return {
      subject: `Microsoft Advertising: ${t}`,
      html: htmlDoc(
        `<p>${t}</p>\n${dl(rows)}\n<h4>Details</h4>\n${dl(meta)}\n<p>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>`,
      ),
    };
  },
};

const pinterest: Platform = {
  id: 'ad-pinterest-lead-ad',
  source: 'pinterest',
  description:
    'Pinterest lead ad: promoted pin (ad) id, campaign id, ad group id, lead form id and lead id in a plain summary block',
  sender: { name: 'Pinterest Business', address: 'leads@pinterest-business.example' },
  ids: (rng) => ({
    lead: `L${longId(rng, 18)}`,
    ad: `6878${longId(rng, 8)}`,
    form: `7${longId(rng, 11)}`,
    campaign: `6265${longId(rng, 8)}`,
    group: `2680${longId(rng, 8)}`,
  }),
  labels: byLang(
    SAME_LABELS('Name', 'First name', 'Last name', 'Email', 'Phone number', 'Your question'),
    SAME_LABELS('Name', 'Vorname', 'Nachname', 'E-Mail', 'Telefonnummer', 'Ihre Frage'),
    SAME_LABELS('Nom', 'Prénom', 'Nom', 'E-mail', 'Numéro de téléphone', 'Votre question'),
    SAME_LABELS('Nombre', 'Nombre', 'Apellidos', 'Correo', 'Número de teléfono', 'Su pregunta'),
  ),
  render(ctx, ids, campaign, rows) {
    const t = byLang(
      'Someone is interested in your ad',
      'Jemand interessiert sich für Ihre Anzeige',
      "Quelqu'un s'intéresse à votre annonce",
      'Alguien está interesado en su anuncio',
    )[ctx.lang];
    const text = `${t}\n\n${lines(rows)}\n\n— Summary —\nCampaign: ${campaign} (${ids.campaign})\nAd group: ${ids.group}\nPromoted Pin / ad ID: ${ids.ad}\nLead form ID: ${ids.form}\nLead ID: ${ids.lead}\n\nPinterest Europe Ltd., Palmerston House, Dublin 2\n`;
    return { subject: `Pinterest: ${t}`, text };
  },
};

function platformLayout(p: Platform): LeadLayout {
  return {
    id: p.id,
    description: p.description,
    count: 13,
    foreignCustomers: true,
    build(ctx) {
      const ids = p.ids(ctx.rng);
      const campaign = ctx.rng.pick(CAMPAIGNS[ctx.lang]);
      const r = p.render(ctx, ids, campaign, answers(ctx, p, ctx.rng.chance(0.4)));
      const expected: Partial<Expected> = {
        source: p.source,
        adId: ids.ad,
        formId: ids.form,
        campaignId: ids.campaign,
        platformLeadId: ids.lead,
        campaign,
      };
      return {
        draft: {
          from: p.sender,
          subject: r.subject,
          text: r.text,
          html: r.html,
          primary: r.html ? 'html' : 'text',
        },
        expected,
      };
    },
  };
}

export const AD_LAYOUTS: LeadLayout[] = [meta, google, linkedin, tiktok, snapchat, microsoft, pinterest].map(
  platformLayout,
);
