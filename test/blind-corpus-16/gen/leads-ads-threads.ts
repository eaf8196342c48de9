/** Ad-platform layouts and forward/reply layouts. */
import { campaignName, digitsId, letter, printedDate, signature, signatureHtml } from './common.js';
import { COUNTRY_NAMES, STAFF, THIRD } from './data.js';
import { attachment, rawPart, serialize, textPart } from './mime.js';
import { esc, fullName, htmlParas, type LeadCtx, type LeadLayout, phoneText, shown, T } from './types.js';

const to = (ctx: LeadCtx) => [{ name: ctx.biz.name, email: ctx.biz.inbox }];

interface Ids {
  lead: string;
  form: string;
  ad: string;
  campaign: string;
  name: string;
}

function ids(ctx: LeadCtx, platform: string, make: () => string): Ids {
  const seen = new Set<string>();
  const one = () => {
    let v = make();
    while (seen.has(v)) v = make();
    seen.add(v);
    return v;
  };
  return { lead: one(), form: one(), ad: one(), campaign: one(), name: campaignName(ctx, platform) };
}

function exp(i: Ids, source: string): Partial<import('../../blind-corpus/gen/model.js').Expected> {
  return {
    source,
    campaign: i.name,
    adId: i.ad,
    formId: i.form,
    campaignId: i.campaign,
    platformLeadId: i.lead,
  };
}

const question = (ctx: LeadCtx) =>
  T(ctx.lang, {
    en: 'What would you like us to know?',
    de: 'Was sollten wir noch wissen?',
    fr: 'Que souhaitez-vous nous dire ?',
    es: '¿Qué te gustaría contarnos?',
  });

export const AD_LAYOUTS: LeadLayout[] = [
  {
    id: 'ad-meta-direct-new-lead-card-html',
    description:
      'Meta "You have a new lead" (HTML with text): a card with Full name, Email, Phone number and an optional custom question, then "Lead details" (Lead ID, Form name, Form ID, Ad name, Ad ID, Ad set ID, Campaign, Campaign ID, Page, Created)',
    source: 'facebook_lead_ads',
    message: 'sometimes',
    capsOk: true,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'FB', () => digitsId(rng, 16));
      const adset = digitsId(rng, 16);
      const lab = T(lang, {
        en: [
          'Full name',
          'Email',
          'Phone number',
          'Lead details',
          'Lead ID',
          'Form',
          'Form ID',
          'Ad',
          'Ad ID',
          'Ad set ID',
          'Campaign',
          'Campaign ID',
          'Created',
          'View in Meta Business Suite',
        ],
        de: [
          'Vollständiger Name',
          'E-Mail',
          'Telefonnummer',
          'Lead-Details',
          'Lead-ID',
          'Formular',
          'Formular-ID',
          'Werbeanzeige',
          'Werbeanzeigen-ID',
          'Anzeigengruppen-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Erstellt',
          'In der Meta Business Suite ansehen',
        ],
        fr: [
          'Nom complet',
          'E-mail',
          'Numéro de téléphone',
          'Détails du prospect',
          'ID du prospect',
          'Formulaire',
          'ID du formulaire',
          'Publicité',
          'ID de la publicité',
          'ID de l’ensemble de publicités',
          'Campagne',
          'ID de la campagne',
          'Créé',
          'Voir dans Meta Business Suite',
        ],
        es: [
          'Nombre completo',
          'Correo electrónico',
          'Número de teléfono',
          'Detalles del cliente potencial',
          'ID del cliente potencial',
          'Formulario',
          'ID del formulario',
          'Anuncio',
          'ID del anuncio',
          'ID del conjunto de anuncios',
          'Campaña',
          'ID de la campaña',
          'Creado',
          'Ver en Meta Business Suite',
        ],
      });
      const contact: [string, string][] = [
        [lab[0] ?? '', shown(c, fullName(c))],
        [lab[1] ?? '', c.email ?? ''],
        [lab[2] ?? '', c.phone ? c.phone.written : ''],
      ];
      if (ctx.message) contact.push([question(ctx), ctx.message]);
      const details: [string, string][] = [
        [lab[4] ?? '', i.lead],
        [
          lab[5] ?? '',
          `${ctx.biz.name} – ${T(lang, { en: 'enquiry', de: 'Anfrage', fr: 'demande', es: 'consulta' })}`,
        ],
        [lab[6] ?? '', i.form],
        [lab[7] ?? '', `Ad ${rng.int(1, 9)} – carousel`],
        [lab[8] ?? '', i.ad],
        [lab[9] ?? '', adset],
        [lab[10] ?? '', i.name],
        [lab[11] ?? '', i.campaign],
        [lab[12] ?? '', printedDate(rng, lang)],
      ];
      const card = (rows: [string, string][]) =>
        rows
          .map(
            ([l, v]) =>
              `<div style="margin:8px 0"><div style="color:#65676b;font-size:12px">${esc(l)}</div><div style="font-size:15px">${esc(v).replace(/\n/g, '<br>')}</div></div>`,
          )
          .join('\n');
      const html = `<div style="max-width:520px;border:1px solid #dddfe2;padding:16px">\n${card(contact)}\n<hr>\n<div style="font-weight:bold">${esc(lab[3] ?? '')}</div>\n${card(details)}\n<p><a href="https://business.facebook.example/leads">${esc(lab[13] ?? '')}</a></p></div>\n<p style="color:#8a8d91;font-size:11px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>`;
      const text = `${contact.map(([l, v]) => `${l}\n${v}`).join('\n\n')}\n\n${lab[3]}\n${details.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${lab[13]}: https://business.facebook.example/leads`;
      return {
        draft: {
          from: { name: 'Meta for Business', email: 'notification@business.facebookmail.example' },
          to: to(ctx),
          subject: T(lang, {
            en: 'You have a new lead from your Instant Form',
            de: 'Du hast einen neuen Lead aus deinem Sofortformular',
            fr: 'Vous avez un nouveau prospect via votre formulaire instantané',
            es: 'Tienes un nuevo cliente potencial de tu formulario instantáneo',
          }),
          text,
          html,
          primary: 'html',
        },
        expected: exp(i, 'facebook_lead_ads'),
      };
    },
  },
  {
    id: 'ad-google-via-crm-yaml-body',
    description:
      'Google Ads lead form synced by CRM "Tallybase" (plain): a YAML document (`lead:` with id, form_id, campaign_id, ad_group_id, creative_id, gclid; `contact:` with first/last name, email, phone_number; `answers:` with a `|` block for the message)',
    source: 'google_ads',
    build(ctx) {
      const { c, rng } = ctx;
      const i = ids(ctx, 'Search', () => digitsId(rng, 11));
      const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
      const lines = [
        '# Tallybase lead sync – Google Ads lead form extension',
        'lead:',
        `  id: ${q(i.lead)}`,
        '  source: google_ads_lead_form',
        `  form_id: ${q(i.form)}`,
        `  campaign_id: ${q(i.campaign)}`,
        `  campaign_name: ${q(i.name)}`,
        `  ad_group_id: ${q(digitsId(rng, 12))}`,
        `  creative_id: ${q(i.ad)}`,
        `  gclid: ${q(`Cj0KCQ${rng.hex(20)}`)}`,
        'contact:',
        `  first_name: ${q(c.first)}`,
        `  last_name: ${c.last ? q(c.last) : 'null'}`,
        `  email: ${c.email ? q(c.email) : 'null'}`,
        `  phone_number: ${c.phone ? q(c.phone.written) : 'null'}`,
      ];
      if (ctx.message) {
        lines.push('answers:', '  message: |');
        for (const l of ctx.message.split('\n')) lines.push(l ? `    ${l}` : '');
      }
      lines.push('owner: tallybase-bot', `sync_id: ${rng.hex(16)}`);
      return {
        draft: {
          from: { name: 'Tallybase CRM', email: 'sync@tallybase.example' },
          to: to(ctx),
          subject: `New lead (Google Ads) – ${fullName(c)}`,
          text: lines.join('\n'),
        },
        expected: exp(i, 'google_ads'),
      };
    },
  },
  {
    id: 'ad-linkedin-via-relay-txt-att-company-title',
    description:
      'LinkedIn Lead Gen via relay "Relaydesk" (HTML note): `linkedin-lead-<n>.txt` attached with `Key: value` lines (First Name, Last Name, Email Address, Phone Number, Company Name, Job Title, Country), the ids (Lead ID urn, Form ID, Campaign ID, Creative ID, Sponsored account) and "Comments" last over several lines',
    source: 'linkedin_lead_gen',
    message: 'sometimes',
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'LI', () => digitsId(rng, 9));
      i.lead = `urn:li:leadGenFormResponse:${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}`;
      const company = rng.pick(['Harbourline Logistics', 'Verdant Agro Ltd', 'Atelier Nord', 'Grupo Tesela']);
      const title = rng.pick(['Office Manager', 'Head of People', 'Operations Lead', 'Founder']);
      const lines = [
        `First Name: ${c.first}`,
        `Last Name: ${c.last ?? ''}`,
        `Email Address: ${c.email ?? ''}`,
        `Phone Number: ${c.phone ? c.phone.written : ''}`,
        `Company Name: ${company}`,
        `Job Title: ${title}`,
        `Country: ${COUNTRY_NAMES[c.country]?.en ?? c.country}`,
        `Lead ID: ${i.lead}`,
        `Form ID: ${i.form}`,
        `Campaign: ${i.name}`,
        `Campaign ID: ${i.campaign}`,
        `Creative ID: ${i.ad}`,
        `Sponsored account: ${digitsId(rng, 9)}`,
        `Comments: ${ctx.message ?? ''}`,
      ];
      const file = `linkedin-lead-${rng.int(1000, 9999)}.txt`;
      return {
        draft: {
          from: { name: 'Relaydesk', email: 'relay@relaydesk.example' },
          to: to(ctx),
          subject: `LinkedIn lead: ${company}`,
          html: `<p>${T(lang, { en: 'A new LinkedIn lead arrived. Details in the attached file.', de: 'Ein neuer LinkedIn-Lead ist eingegangen. Details in der Datei im Anhang.', fr: 'Un nouveau prospect LinkedIn est arrivé. Détails dans le fichier joint.', es: 'Llegó un nuevo cliente potencial de LinkedIn. Detalles en el archivo adjunto.' })}</p><p style="color:#999">Relaydesk · <a href="https://relaydesk.example/pause">pause</a></p>`,
          attachments: [attachment(file, 'text/plain', `${lines.join('\n')}\n`, { charset: ctx.charset })],
        },
        expected: exp(i, 'linkedin_lead_gen'),
      };
    },
  },
  {
    id: 'ad-tiktok-direct-header-row-table-leads',
    description:
      'TikTok for Business "New leads" (HTML only): one header-row table (Lead ID, Name, Phone number, Email, a localised question column, Ad ID, Campaign, Campaign ID, Form ID, Created) with one row; download-leads link; single names occur',
    source: 'tiktok',
    singleOk: true,
    message: 'sometimes',
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'TT', () => digitsId(rng, 19));
      const head = T(lang, {
        en: [
          'Lead ID',
          'Name',
          'Phone number',
          'Email',
          question(ctx),
          'Ad ID',
          'Campaign',
          'Campaign ID',
          'Form ID',
          'Created',
        ],
        de: [
          'Lead-ID',
          'Name',
          'Telefonnummer',
          'E-Mail',
          question(ctx),
          'Anzeigen-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Formular-ID',
          'Erstellt',
        ],
        fr: [
          'ID du prospect',
          'Nom',
          'Numéro de téléphone',
          'E-mail',
          question(ctx),
          'ID de la publicité',
          'Campagne',
          'ID de la campagne',
          'ID du formulaire',
          'Créé',
        ],
        es: [
          'ID del cliente potencial',
          'Nombre',
          'Número de teléfono',
          'Correo',
          question(ctx),
          'ID del anuncio',
          'Campaña',
          'ID de la campaña',
          'ID del formulario',
          'Creado',
        ],
      });
      const row = [
        i.lead,
        fullName(c),
        c.phone ? c.phone.written : '',
        c.email ?? '',
        ctx.message ?? '',
        i.ad,
        i.name,
        i.campaign,
        i.form,
        printedDate(rng, lang),
      ];
      const html = `<h2>TikTok for Business</h2>\n<p>${T(lang, { en: 'You received 1 new lead.', de: 'Du hast 1 neuen Lead erhalten.', fr: 'Vous avez reçu 1 nouveau prospect.', es: 'Recibiste 1 nuevo cliente potencial.' })}</p>\n<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">\n<tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>\n<tr>${row.map((v) => `<td>${esc(v).replace(/\n/g, '<br>')}</td>`).join('')}</tr>\n</table>\n<p><a href="https://ads.tiktok.example/leads/download">${T(lang, { en: 'Download leads', de: 'Leads herunterladen', fr: 'Télécharger les prospects', es: 'Descargar clientes potenciales' })}</a></p>`;
      return {
        draft: {
          from: { name: 'TikTok for Business', email: 'no-reply@business.tiktok.example' },
          to: to(ctx),
          subject: T(lang, {
            en: 'New leads from your Instant Form',
            de: 'Neue Leads aus deinem Sofortformular',
            fr: 'Nouveaux prospects de votre formulaire instantané',
            es: 'Nuevos clientes potenciales de tu formulario instantáneo',
          }),
          html,
        },
        expected: exp(i, 'tiktok'),
      };
    },
  },
  {
    id: 'ad-snapchat-json-att-via-leadpipe',
    description:
      'Snapchat Lead Generation via integration "Leadpipe" (plain): a short summary and `lead.json` with snake-case UUID ids (lead_id, ad_id, ad_squad_id, campaign_id, lead_form_id), campaign_name and `fields` with a custom question object holding the message',
    source: 'snapchat',
    message: 'sometimes',
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'Snap', () => rng.uuid());
      const obj = {
        lead_id: i.lead,
        created_at: `2026-0${rng.int(1, 9)}-2${rng.int(0, 8)}T${rng.int(10, 23)}:0${rng.int(0, 9)}:11.000Z`,
        ad_account_id: rng.uuid(),
        campaign_id: i.campaign,
        campaign_name: i.name,
        ad_squad_id: rng.uuid(),
        ad_id: i.ad,
        lead_form_id: i.form,
        fields: {
          first_name: c.first,
          last_name: c.last,
          email: c.email,
          phone_number: c.phone ? c.phone.written : null,
          custom_question_1: { question: question(ctx), answer: ctx.message },
        },
      };
      return {
        draft: {
          from: { name: 'Leadpipe', email: 'bot@leadpipe.example' },
          to: to(ctx),
          subject: `Snapchat lead → ${ctx.biz.name}`,
          text: `${T(lang, { en: '1 new lead from Snap Lead Generation. Raw payload attached.', de: '1 neuer Lead aus Snap Lead Generation. Rohdaten im Anhang.', fr: '1 nouveau prospect Snap Lead Generation. Données brutes en pièce jointe.', es: '1 nuevo cliente potencial de Snap Lead Generation. Datos adjuntos.' })}\n\nLeadpipe`,
          attachments: [
            attachment('lead.json', 'application/json', `${JSON.stringify(obj, null, 2)}\n`, {
              charset: 'utf-8',
            }),
          ],
        },
        expected: exp(i, 'snapchat'),
      };
    },
  },
  {
    id: 'ad-microsoft-direct-stacked-labels-account-number',
    description:
      'Microsoft Advertising "New lead from your lead form ad" (HTML with text): stacked label-above divs (First name, Last name, Email address, Phone number, Additional info), then Lead form, Lead form ID, Ad ID, Campaign, Campaign ID, Lead ID and the account number as a distractor',
    source: 'microsoft_ads',
    message: 'sometimes',
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'MSA', () => digitsId(rng, 10));
      const lab = T(lang, {
        en: [
          'First name',
          'Last name',
          'Email address',
          'Phone number',
          'Additional info',
          'Lead form',
          'Lead form ID',
          'Ad ID',
          'Campaign',
          'Campaign ID',
          'Lead ID',
          'Account number',
        ],
        de: [
          'Vorname',
          'Nachname',
          'E-Mail-Adresse',
          'Telefonnummer',
          'Weitere Infos',
          'Leadformular',
          'Leadformular-ID',
          'Anzeigen-ID',
          'Kampagne',
          'Kampagnen-ID',
          'Lead-ID',
          'Kontonummer',
        ],
        fr: [
          'Prénom',
          'Nom',
          'Adresse e-mail',
          'Numéro de téléphone',
          'Informations complémentaires',
          'Formulaire de prospect',
          'ID du formulaire',
          'ID de l’annonce',
          'Campagne',
          'ID de campagne',
          'ID du prospect',
          'Numéro de compte',
        ],
        es: [
          'Nombre',
          'Apellido',
          'Correo electrónico',
          'Número de teléfono',
          'Información adicional',
          'Formulario',
          'ID del formulario',
          'ID del anuncio',
          'Campaña',
          'ID de campaña',
          'ID del cliente potencial',
          'Número de cuenta',
        ],
      });
      const vals = [
        c.first,
        c.last ?? '',
        c.email ?? '',
        c.phone ? c.phone.written : '',
        ctx.message ?? '',
        `${ctx.biz.name} LF`,
        i.form,
        i.ad,
        i.name,
        i.campaign,
        i.lead,
        `F1${rng.digits(6)}`,
      ];
      const html = `<div style="font-family:Segoe UI,sans-serif"><h3>Microsoft Advertising</h3>\n${lab.map((l, k) => `<div style="color:#605e5c;font-size:12px;margin-top:10px">${esc(l)}</div>\n<div>${esc(vals[k] ?? '').replace(/\n/g, '<br>') || '&nbsp;'}</div>`).join('\n')}\n<p style="font-size:11px;color:#999">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>`;
      const text = lab.map((l, k) => `${l}\n${vals[k] ?? ''}`).join('\n\n');
      return {
        draft: {
          from: { name: 'Microsoft Advertising', email: 'leads@ads.microsoft.example' },
          to: to(ctx),
          subject: T(lang, {
            en: 'New lead from your lead form ad',
            de: 'Neuer Lead aus Ihrer Leadformular-Anzeige',
            fr: 'Nouveau prospect de votre annonce à formulaire',
            es: 'Nuevo cliente potencial de su anuncio con formulario',
          }),
          text,
          html,
          primary: 'html',
        },
        expected: exp(i, 'microsoft_ads'),
      };
    },
  },
  {
    id: 'ad-pinterest-via-crm-adf-att',
    description:
      'Pinterest lead ads via CRM "Leadloop" (plain summary naming the account manager, with mobile): `lead.adf.xml` with `<id source="pinterest:lead|form|ad|campaign">`, `<name part="first|last">` (capitals on some), phone, email, country, `<comments>`, and the agency as `<vendor>` contact',
    source: 'pinterest',
    capsOk: true,
    build(ctx) {
      const { lang, c, rng } = ctx;
      const i = ids(ctx, 'Pin', () => digitsId(rng, 15));
      const am = rng.pick(THIRD);
      const amName = `${am[0]} ${am[1]}`;
      const amMobile = `+14155550${rng.digits(3)}`;
      const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const adf = `<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>\n <prospect>\n  <id source="pinterest:lead">${i.lead}</id>\n  <id source="pinterest:form">${i.form}</id>\n  <id source="pinterest:ad">${i.ad}</id>\n  <id source="pinterest:campaign">${i.campaign}</id>\n  <requestdate>2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}T09:${rng.int(10, 59)}:00</requestdate>\n  <customer>\n   <contact>\n    <name part="first">${x(shown(c, c.first))}</name>\n${c.last ? `    <name part="last">${x(shown(c, c.last))}</name>\n` : ''}    <email>${c.email ?? ''}</email>\n    <phone type="voice">${c.phone ? c.phone.written : ''}</phone>\n    <address><country>${c.country}</country></address>\n   </contact>\n   <comments>${x(ctx.message ?? '')}</comments>\n  </customer>\n  <vendor>\n   <vendorname>${x(ctx.biz.name)}</vendorname>\n  </vendor>\n  <provider>\n   <name part="full">Leadloop for Pinterest</name>\n   <service>${x(i.name)}</service>\n   <contact><name part="full">${x(amName)}</name><phone type="cellphone">${amMobile}</phone></contact>\n  </provider>\n </prospect>\n</adf>\n`;
      const text = `${T(lang, { en: 'New Pinterest lead, ADF attached for your DMS/CRM import.', de: 'Neuer Pinterest-Lead, ADF im Anhang für den CRM-Import.', fr: 'Nouveau prospect Pinterest, ADF joint pour l’import CRM.', es: 'Nuevo cliente potencial de Pinterest, ADF adjunto para importar al CRM.' })}\nCampaign: ${i.name}\n\n${T(lang, { en: 'Questions? Your account manager', de: 'Fragen? Ihr Account Manager', fr: 'Des questions ? Votre chargé de compte', es: '¿Dudas? Su gestor de cuenta' })}: ${amName}, ${amMobile}\nLeadloop`;
      return {
        draft: {
          from: { name: 'Leadloop', email: 'adf@leadloop.example' },
          to: to(ctx),
          subject: `Pinterest lead – ${i.name}`,
          text,
          attachments: [attachment('lead.adf.xml', 'application/xml', adf, { charset: 'utf-8' })],
        },
        expected: exp(i, 'pinterest'),
        others: [amName],
      };
    },
  },
];

function staff2(ctx: LeadCtx) {
  const other = STAFF[ctx.lang].find((s) => s[0] !== ctx.staff.first) ?? ['Alex', 'Moreau', 'Office'];
  return { first: other[0], last: other[1], email: `${other[0].toLowerCase()}@${ctx.biz.domain}` };
}

export const THREAD_LAYOUTS: LeadLayout[] = [
  {
    id: 'fwd-apple-mail-of-form-notification-staff-note',
    description:
      'staff forward from Apple Mail (plain): short note and signature with direct line and mobile, localised "Begin forwarded message:" block (From/Subject/Date/To/Reply-To) of a website notification with `Label: value` lines and the message under "Message:"',
    allowExt: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const note = T(lang, {
        en: 'Can someone call this one back today? I am out from 2pm.',
        de: 'Kann das bitte heute jemand zurückrufen? Ich bin ab 14 Uhr weg.',
        fr: 'Quelqu’un peut rappeler aujourd’hui ? Je pars à 14 h.',
        es: '¿Alguien puede devolver la llamada hoy? Salgo a las 14 h.',
      });
      const [beg, fr, su, da, tt, rt] = T(lang, {
        en: ['Begin forwarded message:', 'From', 'Subject', 'Date', 'To', 'Reply-To'],
        de: ['Anfang der weitergeleiteten Nachricht:', 'Von', 'Betreff', 'Datum', 'An', 'Antwort an'],
        fr: ['Début du message réexpédié :', 'De', 'Objet', 'Date', 'À', 'Répondre à'],
        es: ['Inicio del mensaje reenviado:', 'De', 'Asunto', 'Fecha', 'Para', 'Responder a'],
      });
      const lab = T(lang, {
        en: ['Name', 'Email', 'Phone', 'Message'],
        de: ['Name', 'E-Mail', 'Telefon', 'Nachricht'],
        fr: ['Nom', 'E-mail', 'Téléphone', 'Message'],
        es: ['Nombre', 'Correo', 'Teléfono', 'Mensaje'],
      });
      const subj = T(lang, {
        en: 'New message from your website',
        de: 'Neue Nachricht über Ihre Website',
        fr: 'Nouveau message depuis votre site',
        es: 'Nuevo mensaje desde su web',
      });
      const inner = `${lab[0]}: ${fullName(c)}\n${lab[1]}: ${c.email ?? ''}\n${lab[2]}: ${phoneText(c)}\n${lab[3]}:\n${ctx.message ?? ''}\n\n--\n${T(lang, { en: 'Sent from the contact form on', de: 'Gesendet über das Kontaktformular auf', fr: 'Envoyé depuis le formulaire de', es: 'Enviado desde el formulario de' })} ${biz.domain}`;
      const text = `${note}\n\n${signature(lang, staff, biz.name)}\n\n${beg}\n\n${fr}: "${biz.name} Website" <website@${biz.domain}>\n${su}: ${subj}\n${da}: ${printedDate(rng, lang)}\n${tt}: ${biz.inbox}\n${c.email ? `${rt}: ${c.email}\n` : ''}\n${inner}`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: to(ctx),
          subject: `Fwd: ${subj}`,
          text,
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'fwd-new-outlook-over-gmail-fwd-of-letter',
    description:
      'forward of a forward (HTML with text): a second staff member forwards from new Outlook (bold From/Sent/To/Subject over `<hr>`) a colleague’s Gmail forward ("---------- Forwarded message ---------" with From/Date/Subject/To) of the customer’s letter; both staff named, the first with a signature',
    needsEmail: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const s2 = staff2(ctx);
      const l = letter(ctx, { firstOnly: rng.chance(0.3) });
      const [fwdG, fr, da, su, tt] = T(lang, {
        en: ['---------- Forwarded message ---------', 'From', 'Date', 'Subject', 'To'],
        de: ['---------- Weitergeleitete Nachricht ---------', 'Von', 'Date', 'Subject', 'To'],
        fr: ['---------- Forwarded message ---------', 'De', 'Date', 'Subject', 'To'],
        es: ['---------- Forwarded message ---------', 'De', 'Date', 'Subject', 'To'],
      });
      const [oFr, oSe, oTo, oSu] = T(lang, {
        en: ['From', 'Sent', 'To', 'Subject'],
        de: ['Von', 'Gesendet', 'An', 'Betreff'],
        fr: ['De', 'Envoyé', 'À', 'Objet'],
        es: ['De', 'Enviado', 'Para', 'Asunto'],
      });
      const subj = T(lang, {
        en: 'Question about your prices',
        de: 'Frage zu Ihren Preisen',
        fr: 'Question sur vos tarifs',
        es: 'Pregunta sobre sus precios',
      });
      const note1 = T(lang, {
        en: 'For you, I think.',
        de: 'Ist eher was für dich.',
        fr: 'Pour toi je pense.',
        es: 'Creo que esto es tuyo.',
      });
      const note2 = T(lang, {
        en: 'Could you add this to the board? Thanks',
        de: 'Kannst du das bitte ins Board eintragen? Danke',
        fr: 'Tu peux l’ajouter au tableau ? Merci',
        es: '¿Lo puedes pasar al tablero? Gracias',
      });
      const d1 = printedDate(rng, lang);
      const d2 = printedDate(rng, lang);
      const gText = `${note1}\n\n-- \n${signature(lang, staff, biz.name)}\n\n${fwdG}\n${fr}: ${fullName(c)} <${c.email}>\n${da}: ${d1}\n${su}: ${subj}\n${tt}: <${biz.inbox}>\n\n${l.text}`;
      const text = `${note2}\n${s2.first}\n\n________________________________\n${oFr}: ${staff.first} ${staff.last} <${staff.email}>\n${oSe}: ${d2}\n${oTo}: ${s2.first} ${s2.last} <${s2.email}>\n${oSu}: Fwd: ${subj}\n\n${gText}`;
      const html = `<div>${esc(note2)}</div><div>${esc(s2.first)}</div>\n<hr style="display:inline-block;width:98%">\n<div id="divRplyFwdMsg"><b>${oFr}:</b> ${esc(`${staff.first} ${staff.last} <${staff.email}>`)}<br><b>${oSe}:</b> ${esc(d2)}<br><b>${oTo}:</b> ${esc(`${s2.first} ${s2.last} <${s2.email}>`)}<br><b>${oSu}:</b> Fwd: ${esc(subj)}</div>\n<div><div>${esc(note1)}</div><br>${signatureHtml(lang, staff, biz.name)}<br>\n<div class="gmail_quote">${esc(fwdG)}<br>${fr}: <b>${esc(fullName(c))}</b> &lt;${esc(c.email ?? '')}&gt;<br>${da}: ${esc(d1)}<br>${su}: ${esc(subj)}<br>${tt}: &lt;${esc(biz.inbox)}&gt;<br><br>\n${l.html}</div></div>`;
      return {
        draft: {
          from: { name: `${s2.first} ${s2.last}`, email: s2.email },
          to: to(ctx),
          subject: `FW: Fwd: ${subj}`,
          text,
          html,
          primary: 'html',
        },
        others: [`${staff.first} ${staff.last}`, `${s2.first} ${s2.last}`],
      };
    },
  },
  {
    id: 'reply-outlook-classic-original-message-over-letter',
    description:
      'staff reply from classic Outlook (HTML with text, To the customer, Cc the inbox): answer with a price and a time, signature with phones, then "-----Original Message-----" (localised From/Sent/To/Subject, `[mailto:]`) and the customer’s letter unquoted',
    needsEmail: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const l = letter(ctx, { firstOnly: rng.chance(0.4) });
      const price = biz.currency(rng.pick([90, 240, 780]));
      const ans = T(lang, {
        en: `Dear ${c.first},\n\nThank you for getting in touch. Yes, that works: the rate would be ${price}, and I can hold the slot until Thursday 17:00.\n\nI will call you tomorrow at 10:30 to confirm.`,
        de: `Hallo ${c.first},\n\ndanke für Ihre Anfrage. Das passt: der Preis läge bei ${price}, und ich halte den Termin bis Donnerstag 17:00 frei.\n\nIch rufe Sie morgen um 10:30 an.`,
        fr: `Bonjour ${c.first},\n\nMerci pour votre message. C’est possible : le tarif serait de ${price}, et je bloque le créneau jusqu’à jeudi 17h00.\n\nJe vous appelle demain à 10h30 pour confirmer.`,
        es: `Hola ${c.first}:\n\nGracias por escribirnos. Sí, se puede: el precio sería ${price} y le guardo la fecha hasta el jueves a las 17:00.\n\nLe llamo mañana a las 10:30 para confirmar.`,
      });
      const [om, fr, se, tt, su] = T(lang, {
        en: ['-----Original Message-----', 'From', 'Sent', 'To', 'Subject'],
        de: ['-----Ursprüngliche Nachricht-----', 'Von', 'Gesendet', 'An', 'Betreff'],
        fr: ['-----Message d’origine-----', 'De', 'Envoyé', 'À', 'Objet'],
        es: ['-----Mensaje original-----', 'De', 'Enviado el', 'Para', 'Asunto'],
      });
      const subj = T(lang, {
        en: 'Availability?',
        de: 'Noch frei?',
        fr: 'Disponibilité ?',
        es: '¿Disponibilidad?',
      });
      const d = printedDate(rng, lang);
      const hdr = `${fr}: ${fullName(c)} [mailto:${c.email}]\n${se}: ${d}\n${tt}: ${biz.inbox}\n${su}: ${subj}`;
      const text = `${ans}\n\n${signature(lang, staff, biz.name)}\n\n${om}\n${hdr}\n\n${l.text}`;
      const html = `${htmlParas(ans)}\n${signatureHtml(lang, staff, biz.name)}\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p>${esc(om)}<br>${esc(hdr).replace(/\n/g, '<br>')}</p></div>\n${l.html}`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: [{ name: fullName(c), email: c.email ?? '' }],
          cc: to(ctx),
          subject: `${T(lang, { en: 'RE', de: 'AW', fr: 'RE', es: 'RE' })}: ${subj}`,
          text,
          html,
          primary: 'text',
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'fwd-eml-att-of-plugin-notification-html-table',
    description:
      'staff forward as attachment (plain note + signature with phones): `message.eml` (`message/rfc822`) is a contact-plugin notification "Contactly" with a label-left HTML table and Reply-To the customer',
    allowExt: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const lab = T(lang, {
        en: ['Your name', 'Your email', 'Telephone', 'Your message'],
        de: ['Ihr Name', 'Ihre E-Mail', 'Telefon', 'Ihre Nachricht'],
        fr: ['Votre nom', 'Votre e-mail', 'Téléphone', 'Votre message'],
        es: ['Su nombre', 'Su correo', 'Teléfono', 'Su mensaje'],
      });
      const vals = [fullName(c), c.email ?? '', phoneText(c), ctx.message ?? ''];
      const innerHtml = `<table border="0" cellpadding="5">${lab.map((l, k) => `<tr><td><strong>${esc(l)}</strong></td><td>${esc(vals[k] ?? '').replace(/\n/g, '<br>')}</td></tr>`).join('\n')}</table><p>-- Contactly plugin</p>`;
      const part = textPart('html', innerHtml, 'utf-8', 'quoted-printable');
      const subj = T(lang, {
        en: 'Contact form: new message',
        de: 'Kontaktformular: neue Nachricht',
        fr: 'Formulaire de contact : nouveau message',
        es: 'Formulario de contacto: nuevo mensaje',
      });
      const innerHead: [string, string][] = [
        ['From', `Contactly <wordpress@${biz.domain}>`],
        ['To', biz.inbox],
        ['Subject', subj],
        ['Date', 'Tue, 10 Mar 2026 09:12:44 +0000'],
        ['Message-ID', `<${rng.hex(16)}@${biz.domain}>`],
        ['MIME-Version', '1.0'],
      ];
      if (c.email) innerHead.push(['Reply-To', c.email]);
      const inner = serialize({ headers: [...innerHead, ...part.headers], body: part.body });
      const att = rawPart('message/rfc822; name="message.eml"', inner.toString('latin1'), '7bit');
      att.body = inner;
      att.headers.push(['Content-Disposition', 'attachment; filename="message.eml"']);
      const note = T(lang, {
        en: 'Forwarding the attached enquiry, please handle.',
        de: 'Anbei die Anfrage, bitte übernehmen.',
        fr: 'Ci-joint la demande, merci de t’en occuper.',
        es: 'Adjunto la consulta, por favor encárgate.',
      });
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: to(ctx),
          subject: `Fw: ${subj}`,
          text: `${note}\n\n${signature(lang, staff, biz.name)}`,
          attachments: [att],
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
];
