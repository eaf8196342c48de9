/** Ad-platform layouts, forwards and replies. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import { CAMPAIGNS, countryName } from './data.js';
import { shown } from './leads-forms.js';
import { attachment, encodeWords, formatAddress, textPart } from './mime.js';
import { esc, fullName, isoDate, L, type LeadCtx, type LeadLayout, longDate, paras } from './types.js';

const dash = (v: string | null | undefined, blank = '—') => (v ? v : blank);

function ids(c: LeadCtx, source: string, make: () => [string, string, string, string]): Partial<Expected> {
  const [platformLeadId, adId, formId, campaignId] = make();
  return {
    source,
    platformLeadId,
    adId,
    formId,
    campaignId,
    campaign: c.rng.pick(CAMPAIGNS[c.b.sector][c.lang]),
  };
}

const num = (c: LeadCtx, n: number) => `${c.rng.int(1, 9)}${c.rng.digits(n - 1)}`;

const question = (c: LeadCtx) =>
  L(
    c.lang,
    'What would you like to ask us?',
    'Was möchten Sie uns fragen?',
    'Que souhaitez-vous nous demander ?',
    '¿Qué te gustaría preguntarnos?',
  );

export const AD_LAYOUTS: LeadLayout[] = [
  {
    id: 'ad-meta-business-suite-stacked-rows',
    description:
      'Meta Business Suite lead notice (HTML with text): stacked label/value rows, then lead, form, ad and campaign ids with names; page id and ad set id distractors',
    capsP: 0.25,
    noMessage: 0.3,
    build(c) {
      const { p, b, lang } = c;
      const s = shown(c);
      const e = ids(c, 'facebook_lead_ads', () => [
        num(c, 16),
        `1202${c.rng.digits(14)}`,
        num(c, 15),
        `1201${c.rng.digits(14)}`,
      ]);
      const rows: [string, string][] = [
        [L(lang, 'Full name', 'Vollständiger Name', 'Nom complet', 'Nombre completo'), s.full],
        [L(lang, 'Email', 'E-Mail-Adresse', 'Adresse e-mail', 'Correo electrónico'), dash(p.email)],
        [
          L(lang, 'Phone number', 'Telefonnummer', 'Numéro de téléphone', 'Número de teléfono'),
          dash(p.phoneWritten),
        ],
        [question(c), c.msg ?? '—'],
        [L(lang, 'Lead ID', 'Lead-ID', 'ID du prospect', 'ID del cliente potencial'), e.platformLeadId ?? ''],
        [
          L(lang, 'Form', 'Formular', 'Formulaire', 'Formulario'),
          `${L(lang, 'Quote form', 'Anfrageformular', 'Formulaire devis', 'Formulario de consulta')} (ID ${e.formId})`,
        ],
        [L(lang, 'Ad ID', 'Anzeigen-ID', 'ID de la publicité', 'ID del anuncio'), e.adId ?? ''],
        [
          L(
            lang,
            'Ad set ID',
            'Anzeigengruppen-ID',
            'ID de l’ensemble de publicités',
            'ID del conjunto de anuncios',
          ),
          `1203${c.rng.digits(14)}`,
        ],
        [L(lang, 'Campaign', 'Kampagne', 'Campagne', 'Campaña'), `${e.campaign} (${e.campaignId})`],
        [L(lang, 'Page ID', 'Seiten-ID', 'ID de la Page', 'ID de la página'), num(c, 15)],
      ];
      const html = `<p>${esc(L(lang, `${b.name} received a new lead.`, `${b.name} hat einen neuen Lead erhalten.`, `${b.name} a reçu un nouveau prospect.`, `${b.name} recibió un nuevo cliente potencial.`))}</p>
<table width="100%">${rows.map(([k, v]) => `<tr><td style="color:#65676b;font-size:12px">${esc(k)}</td></tr><tr><td style="padding-bottom:10px">${paras(v)}</td></tr>`).join('\n')}</table>
<p style="font-size:11px;color:#999">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4. ${esc(L(lang, 'Manage notifications in Business Suite.', 'Benachrichtigungen in der Business Suite verwalten.', 'Gérer les notifications dans Business Suite.', 'Gestiona las notificaciones en Business Suite.'))}</p>`;
      const text = `${rows.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\nMeta Platforms Ireland Ltd.\n`;
      return {
        draft: {
          from: { name: 'Meta for Business', email: 'notification@business.facebook.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            `New lead for ${b.name}`,
            `Neuer Lead für ${b.name}`,
            `Nouveau prospect pour ${b.name}`,
            `Nuevo cliente potencial para ${b.name}`,
          ),
          html,
          text,
          primary: 'html',
        },
        exp: e,
        pii: s.up ? [s.full] : [],
      };
    },
  },
  {
    id: 'ad-google-webhook-json-user-column-data',
    description:
      'Google Ads lead-form webhook passed on by relay "Hooklet" (plain): Google\'s JSON (lead_id, form_id, campaign_id, creative_id, adgroup_id, gcl_id, user_column_data with column_id/string_value)',
    countryShown: false,
    noMessage: 0.25,
    build(c) {
      const { p, b, lang } = c;
      const e = ids(c, 'google_ads', () => [
        `${c.rng.hex(8)}-${c.rng.hex(4)}-${c.rng.hex(10)}`,
        num(c, 12),
        num(c, 11),
        num(c, 11),
      ]);
      const cols: { column_name: string; string_value: string; column_id: string }[] = [
        { column_name: 'Full Name', string_value: fullName(p), column_id: 'FULL_NAME' },
      ];
      if (p.email) cols.push({ column_name: 'User Email', string_value: p.email, column_id: 'EMAIL' });
      if (p.phoneWritten)
        cols.push({ column_name: 'User Phone', string_value: p.phoneWritten, column_id: 'PHONE_NUMBER' });
      cols.push({ column_name: 'Country', string_value: countryName(p.country, lang), column_id: 'COUNTRY' });
      if (c.msg)
        cols.push({ column_name: question(c), string_value: c.msg, column_id: 'what_would_you_like_to_ask' });
      const payload = {
        lead_id: e.platformLeadId,
        api_version: '1.0',
        form_id: Number(e.formId),
        campaign_id: Number(e.campaignId),
        google_key: c.rng.hex(16),
        is_test: false,
        gcl_id: `Cj0KCQ${c.rng.hex(20)}`,
        adgroup_id: Number(num(c, 11)),
        creative_id: Number(e.adId),
        user_column_data: cols,
      };
      const text = `Hooklet: ${L(lang, 'new Google Ads lead for', 'neuer Google-Ads-Lead für', 'nouveau prospect Google Ads pour', 'nuevo cliente de Google Ads para')} ${b.name}\n${L(lang, 'Campaign', 'Kampagne', 'Campagne', 'Campaña')}: ${e.campaign}\n\n${JSON.stringify(payload, null, 2)}\n\n-- Hooklet relay · hooklet.example\n`;
      return {
        draft: {
          from: { name: 'Hooklet', email: 'relay@hooklet.example' },
          to: [{ email: b.inbox }],
          subject: `[Hooklet] Google Ads lead → ${b.name}`,
          text,
        },
        exp: e,
      };
    },
  },
  {
    id: 'ad-linkedin-card-grid-company-jobtitle',
    description:
      'LinkedIn Lead Gen notice (HTML with text): two-column grid of cards (first/last name, email, phone, company, job title, question), ids in a small-print block; company and job title distractors',
    noMessage: 0.2,
    needEmail: true,
    build(c) {
      const { p, b, lang, rng } = c;
      const e = ids(c, 'linkedin_lead_gen', () => [
        `urn:li:leadGenFormResponse:${num(c, 10)}`,
        num(c, 9),
        num(c, 7),
        num(c, 9),
      ]);
      const company = rng.pick([
        'Harbourline Logistics',
        'Nordlicht Consulting',
        'Groupe Alizé',
        'Constructora Olmedo',
      ]);
      const cards: [string, string][] = [
        [L(lang, 'First name', 'Vorname', 'Prénom', 'Nombre'), p.first],
        [L(lang, 'Last name', 'Nachname', 'Nom', 'Apellido'), p.last ?? ''],
        [L(lang, 'Email address', 'E-Mail-Adresse', 'Adresse e-mail', 'Correo electrónico'), dash(p.email)],
        [L(lang, 'Phone number', 'Telefonnummer', 'Téléphone', 'Teléfono'), dash(p.phoneWritten)],
        [L(lang, 'Company', 'Unternehmen', 'Entreprise', 'Empresa'), company],
        [
          L(lang, 'Job title', 'Position', 'Poste', 'Cargo'),
          rng.pick(['Office Manager', 'HR Lead', 'Chargée RH', 'Jefe de compras']),
        ],
      ];
      const idRows: [string, string][] = [
        [L(lang, 'Lead ID', 'Lead-ID', 'ID du lead', 'ID del lead'), e.platformLeadId ?? ''],
        [L(lang, 'Form ID', 'Formular-ID', 'ID du formulaire', 'ID del formulario'), e.formId ?? ''],
        [L(lang, 'Campaign', 'Kampagne', 'Campagne', 'Campaña'), `${e.campaign} · ID ${e.campaignId}`],
        [L(lang, 'Creative ID', 'Creative-ID', 'ID de la création', 'ID del creativo'), e.adId ?? ''],
        [
          L(
            lang,
            'Campaign group ID',
            'Kampagnengruppen-ID',
            'ID du groupe de campagnes',
            'ID del grupo de campañas',
          ),
          num(c, 9),
        ],
      ];
      const card = ([k, v]: [string, string]) =>
        `<div style="display:inline-block;width:48%;vertical-align:top"><div style="font-size:11px;color:#666">${esc(k)}</div><div style="font-weight:600">${esc(v)}</div></div>`;
      const html = `<h2>${esc(L(lang, 'You have a new lead', 'Sie haben einen neuen Lead', 'Vous avez un nouveau lead', 'Tienes un nuevo lead'))}</h2>
<div>${cards.map(card).join('\n')}</div>
<div style="margin-top:12px"><div style="font-size:11px;color:#666">${esc(question(c))}</div>${paras(c.msg ?? '—')}</div>
<p style="font-size:10px;color:#999">${idRows.map(([k, v]) => `${esc(k)}: ${esc(v)}`).join('<br>')}</p>
<p style="font-size:10px;color:#999">LinkedIn Corporation, Sunnyvale CA. ${esc(L(lang, 'You are receiving lead notification e-mails.', 'Sie erhalten Lead-Benachrichtigungen.', 'Vous recevez les notifications de leads.', 'Recibes notificaciones de leads.'))}</p>`;
      const text = `${cards.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${question(c)}\n${c.msg ?? '—'}\n\n${idRows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;
      return {
        draft: {
          from: { name: 'LinkedIn', email: 'leads-noreply@linkedin.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            `New lead: ${e.campaign}`,
            `Neuer Lead: ${e.campaign}`,
            `Nouveau lead : ${e.campaign}`,
            `Nuevo lead: ${e.campaign}`,
          ),
          html,
          text,
          primary: 'html',
        },
        exp: e,
        fullPrinted: false,
        others: [company],
      };
    },
  },
  {
    id: 'ad-tiktok-agency-handover-dash-list-signature',
    description:
      'TikTok lead passed on by agency "Kinetik Social" (plain, To the staff member, Cc the inbox): greeting to staff, en-dash list of the contact, the ids (ad group id distractor), agency signature with mobile',
    single: 0.2,
    noMessage: 0.2,
    build(c) {
      const { p, b, lang, staff, rng } = c;
      const e = ids(c, 'tiktok', () => [
        `7${c.rng.digits(18)}`,
        `17${c.rng.digits(17)}`,
        `72${c.rng.digits(17)}`,
        `18${c.rng.digits(17)}`,
      ]);
      const agent = rng.pick(['Jules Amankwah', 'Mira Oyelaran', 'Teo Brandl']);
      const agentMob = `+44 7700 9${c.rng.digits(5)}`;
      const text = `${L(lang, `Hi ${staff.first},`, `Hallo ${staff.first},`, `Bonjour ${staff.first},`, `Hola ${staff.first}:`)}

${L(lang, 'another one from the TikTok campaign, details below. Could someone call them today?', 'noch einer aus der TikTok-Kampagne, Details unten. Könnte heute jemand anrufen?', 'encore un contact de la campagne TikTok, détails ci-dessous. Quelqu’un peut rappeler aujourd’hui ?', 'otro contacto de la campaña de TikTok, los datos abajo. ¿Alguien puede llamar hoy?')}

– ${L(lang, 'Name', 'Name', 'Nom', 'Nombre')}: ${fullName(p)}
– ${L(lang, 'Email', 'E-Mail', 'E-mail', 'Correo')}: ${dash(p.email)}
– ${L(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono')}: ${dash(p.phoneWritten)}
– ${L(lang, 'Their question', 'Ihre Frage', 'Sa question', 'Su pregunta')}: ${c.msg ? c.msg.replace(/\n/g, '\n  ') : '—'}

TikTok lead ID: ${e.platformLeadId}
Ad ID: ${e.adId}
Ad group ID: ${num(c, 19)}
Form ID: ${e.formId}
Campaign ID: ${e.campaignId} (${e.campaign})

${L(lang, 'Cheers,', 'Viele Grüße', 'Bien à toi,', 'Saludos,')}
${agent}
Kinetik Social · Paid social
${agentMob}
`;
      return {
        draft: {
          from: {
            name: `${agent} (Kinetik Social)`,
            email: `${agent.split(' ')[0]?.toLowerCase()}@kinetik-social.example`,
          },
          to: [{ name: `${staff.first} ${staff.last}`, email: staff.email }],
          cc: [{ email: b.inbox }],
          subject: L(
            lang,
            'New TikTok lead',
            'Neuer TikTok-Lead',
            'Nouveau lead TikTok',
            'Nuevo lead de TikTok',
          ),
          text,
        },
        exp: e,
        others: [agent, staff.first],
      };
    },
  },
  {
    id: 'ad-snapchat-crm-xml-body-assignee',
    description:
      'Snapchat lead synced by CRM "Leadnest" (plain): XML body with <snap> ids (UUIDs; ad squad id distractor), <contact> first/last/email/phone, <answer>, and <assigned_to> staff with direct line',
    noMessage: 0.2,
    build(c) {
      const { p, b, lang, staff } = c;
      const e = ids(c, 'snapchat', () => [c.rng.uuid(), c.rng.uuid(), c.rng.uuid(), c.rng.uuid()]);
      const x = esc;
      const xml = `<lead origin="snapchat" received="${isoDate(c.rng)}">
  <snap>
    <lead_id>${e.platformLeadId}</lead_id>
    <ad_id>${e.adId}</ad_id>
    <ad_squad_id>${c.rng.uuid()}</ad_squad_id>
    <lead_form_id>${e.formId}</lead_form_id>
    <campaign_id>${e.campaignId}</campaign_id>
    <campaign_name>${x(e.campaign ?? '')}</campaign_name>
  </snap>
  <contact>
    <first_name>${x(p.first)}</first_name>
    <last_name>${x(p.last ?? '')}</last_name>
    <email>${x(p.email ?? '')}</email>
    <phone>${x(p.phoneWritten ?? '')}</phone>
  </contact>
  <answer question="${x(question(c))}">${x(c.msg ?? '')}</answer>
  <assigned_to name="${x(`${staff.first} ${staff.last}`)}" phone="${staff.direct}" email="${staff.email}"/>
</lead>`;
      const text = `Leadnest · ${L(lang, 'new lead synced', 'neuer Lead synchronisiert', 'nouveau lead synchronisé', 'nuevo lead sincronizado')} (Snapchat)\n\n${xml}\n\n${L(lang, 'Open in Leadnest', 'In Leadnest öffnen', 'Ouvrir dans Leadnest', 'Abrir en Leadnest')}: leadnest.example/l/${c.rng.hex(8)}\n`;
      return {
        draft: {
          from: { name: 'Leadnest', email: 'sync@leadnest.example' },
          to: [{ email: b.inbox }],
          subject: `Leadnest: Snapchat lead (${e.campaign})`,
          text,
        },
        exp: e,
        fullPrinted: false,
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'ad-microsoft-adf-att-first-last-parts-ids',
    description:
      'Microsoft Advertising lead forwarded by CRM "Dealwave" as ADF (plain body + lead.adf.xml): <id source> elements for lead, ad, form and campaign (ad group distractor), <name part="first|last">, <phone>, <comments>, <vendor> with the business\'s switchboard',
    noMessage: 0.2,
    capsP: 0.2,
    build(c) {
      const { p, b, lang } = c;
      const s = shown(c);
      const e = ids(c, 'microsoft_ads', () => [c.rng.uuid(), num(c, 11), num(c, 8), num(c, 9)]);
      const x = esc;
      const adf = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="Microsoft Advertising lead">${e.platformLeadId}</id>
    <id source="Microsoft Advertising ad">${e.adId}</id>
    <id source="Microsoft Advertising lead form">${e.formId}</id>
    <id source="Microsoft Advertising campaign">${e.campaignId}</id>
    <id source="Microsoft Advertising ad group">${num(c, 10)}</id>
    <requestdate>${isoDate(c.rng)}</requestdate>
    <customer>
      <contact>
        <name part="first">${x(s.first)}</name>
        <name part="last">${x(s.last ?? '')}</name>
${p.email ? `        <email>${x(p.email)}</email>\n` : ''}${p.phoneWritten ? `        <phone type="voice">${x(p.phoneWritten)}</phone>\n` : ''}      </contact>
${c.msg ? `      <comments><![CDATA[${c.msg}]]></comments>\n` : ''}    </customer>
    <vendor>
      <vendorname>${x(b.name)}</vendorname>
      <contact><phone>${b.switchboard}</phone></contact>
    </vendor>
    <provider><name part="full">Microsoft Advertising via Dealwave</name><service>${x(e.campaign ?? '')}</service></provider>
  </prospect>
</adf>
`;
      return {
        draft: {
          from: { name: 'Dealwave CRM', email: 'adf@dealwave.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'ADF lead: Microsoft Advertising',
            'ADF-Lead: Microsoft Advertising',
            'Lead ADF : Microsoft Advertising',
            'Lead ADF: Microsoft Advertising',
          ),
          text: `${L(lang, 'A new lead from Microsoft Advertising is attached in ADF format.', 'Ein neuer Lead aus Microsoft Advertising liegt im ADF-Format bei.', 'Un nouveau lead Microsoft Advertising est joint au format ADF.', 'Se adjunta un nuevo lead de Microsoft Advertising en formato ADF.')}\n${L(lang, 'Campaign', 'Kampagne', 'Campagne', 'Campaña')}: ${e.campaign}\n`,
          attachments: [attachment('lead.adf.xml', 'application/xml', adf, { charset: 'utf-8' })],
        },
        exp: e,
        fullPrinted: false,
        pii: s.up ? [s.first, s.last ?? ''].filter(Boolean) : [],
      };
    },
  },
  {
    id: 'ad-pinterest-horizontal-html-table-header-row',
    description:
      "Pinterest lead ads digest (HTML only): one horizontal table, Pinterest's column names in the header row and the lead in the row under it (ad_group_id, ad_account_id distractors)",
    noMessage: 0.3,
    build(c) {
      const { p, b, lang } = c;
      const e = ids(c, 'pinterest', () => [
        num(c, 18),
        `68${c.rng.digits(10)}`,
        `54${c.rng.digits(10)}`,
        `62${c.rng.digits(10)}`,
      ]);
      const cols: [string, string][] = [
        ['lead_id', e.platformLeadId ?? ''],
        ['created_time', isoDate(c.rng)],
        ['ad_account_id', `549${c.rng.digits(9)}`],
        ['campaign_id', e.campaignId ?? ''],
        ['campaign_name', e.campaign ?? ''],
        ['ad_group_id', `26${c.rng.digits(11)}`],
        ['ad_id', e.adId ?? ''],
        ['lead_form_id', e.formId ?? ''],
        ['first_name', p.first],
        ['last_name', p.last ?? ''],
        ['email', p.email ?? ''],
        ['phone_number', p.phoneWritten ?? ''],
        [question(c), c.msg ?? ''],
      ];
      const html = `<p>${esc(L(lang, `1 new lead for ${b.name}`, `1 neuer Lead für ${b.name}`, `1 nouveau lead pour ${b.name}`, `1 nuevo lead para ${b.name}`))}</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr>${cols.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr>
<tr>${cols.map(([, v]) => `<td>${v ? esc(v).replace(/\n/g, '<br>') : ''}</td>`).join('')}</tr>
</table>
<p style="font-size:11px;color:#999">Pinterest Europe Ltd. · ${esc(L(lang, 'Download all leads from Ads Manager.', 'Alle Leads im Werbeanzeigenmanager herunterladen.', 'Téléchargez tous les leads depuis le Gestionnaire de publicités.', 'Descarga todos los leads desde el Administrador de anuncios.'))}</p>`;
      return {
        draft: {
          from: { name: 'Pinterest Ads', email: 'ads-noreply@pinterest.example' },
          to: [{ email: b.inbox }],
          subject: L(
            lang,
            'You have 1 new lead',
            'Sie haben 1 neuen Lead',
            'Vous avez 1 nouveau lead',
            'Tienes 1 nuevo lead',
          ),
          html,
        },
        exp: e,
        fullPrinted: false,
      };
    },
  },
];

function notificationLines(c: LeadCtx): string {
  const { p, lang } = c;
  return `${L(lang, 'Name', 'Name', 'Nom', 'Nombre')}: ${fullName(p)}
${L(lang, 'E-mail', 'E-Mail', 'E-mail', 'Correo')}: ${p.email ?? ''}
${L(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono')}: ${p.phoneWritten ?? ''}
${L(lang, 'Message', 'Nachricht', 'Message', 'Mensaje')}: ${c.msg ?? ''}`;
}

function letter(c: LeadCtx): { body: string; signed: string } {
  const { p, lang, rng } = c;
  const greet = L(
    lang,
    rng.pick(['Hi there,', 'Hello,']),
    rng.pick(['Hallo,', 'Guten Morgen,']),
    rng.pick(['Bonjour,', 'Bonsoir,']),
    rng.pick(['Hola,', 'Buenos días:']),
  );
  const off = L(
    lang,
    rng.pick(['Thanks,', 'Regards,']),
    rng.pick(['Danke und Gruß', 'Freundliche Grüße']),
    rng.pick(['Merci,', 'Cordialement,']),
    rng.pick(['Gracias,', 'Atentamente,']),
  );
  const signed = fullName(p);
  const tel = p.phoneWritten ? `\n${p.phoneWritten}` : '';
  return { body: `${greet}\n\n${c.msg}\n\n${off}\n${signed}${tel}`, signed };
}

const sig = (c: LeadCtx) =>
  `${c.staff.first} ${c.staff.last}\n${c.b.name}\n${L(c.lang, 'Direct', 'Durchwahl', 'Ligne directe', 'Directo')} ${c.staff.direct} · ${L(c.lang, 'Mobile', 'Mobil', 'Portable', 'Móvil')} ${c.staff.mobile}`;

export const THREAD_LAYOUTS: LeadLayout[] = [
  {
    id: 'fwd-gmail-html-of-site-notification-staff-note',
    description:
      'staff forward from Gmail (HTML with text): a short note, signature with direct line and mobile, localised "Forwarded message" block (From/Date/Subject/To) and the site\'s "Label: value" notification',
    noMessage: 0.1,
    build(c) {
      const { b, lang, staff } = c;
      const note = L(
        lang,
        'Can you take this one? They want an answer this week.',
        'Kannst du das übernehmen? Sie wollen diese Woche eine Antwort.',
        'Tu peux t’en occuper ? Ils veulent une réponse cette semaine.',
        '¿Te encargas tú? Quieren respuesta esta semana.',
      );
      const hdr = L(
        lang,
        '---------- Forwarded message ---------',
        '---------- Weitergeleitete Nachricht ---------',
        '---------- Message transféré ---------',
        '---------- Mensaje reenviado ---------',
      );
      const [fF, fD, fS, fT] = L(
        lang,
        ['From', 'Date', 'Subject', 'To'],
        ['Von', 'Date', 'Subject', 'To'],
        ['De', 'Date', 'Subject', 'To'],
        ['De', 'Date', 'Subject', 'To'],
      );
      const subj = L(
        lang,
        'New message from your website',
        'Neue Nachricht über Ihre Website',
        'Nouveau message depuis votre site',
        'Nuevo mensaje desde tu web',
      );
      const inner = notificationLines(c);
      const date = longDate(c.rng, lang);
      const text = `${note}\n\n${sig(c)}\n\n${hdr}\n${fF}: Website <website@${b.domain}>\n${fD}: ${date}\n${fS}: ${subj}\n${fT}: <${b.inbox}>\n\n\n${inner}\n`;
      const html = `<div dir="ltr">${esc(note)}<br><br><div class="gmail_signature">${esc(sig(c)).replace(/\n/g, '<br>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(hdr)}<br>${fF}: Website &lt;<a href="mailto:website@${b.domain}">website@${b.domain}</a>&gt;<br>${fD}: ${esc(date)}<br>${fS}: ${esc(subj)}<br>${fT}: &lt;${b.inbox}&gt;<br></div><br><br>${esc(inner).replace(/\n/g, '<br>\n')}</div></div>`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: [{ email: b.inbox }],
          subject: `Fwd: ${subj}`,
          text,
          html,
          primary: 'html',
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'fwd-new-outlook-over-apple-fwd-of-letter',
    description:
      'forward of a forward (HTML with text): a new-Outlook forward (bold localised From/Sent/To/Subject) over the owner\'s Apple Mail forward ("Begin forwarded message:") of the customer\'s letter',
    needEmail: true,
    noMessage: 0,
    build(c) {
      const { p, b, lang, staff, rng } = c;
      const owner = rng.pick(
        L(
          lang,
          [
            ['Joy', 'Ssebugwawo'],
            ['Ben', 'Rokovunisei'],
          ],
          [
            ['Henrike', 'Mertens'],
            ['Wolfram', 'Ebbesen'],
          ],
          [
            ['Patrice', 'Dorval'],
            ['Nadège', 'Ramlall'],
          ],
          [
            ['Rosalba', 'Iriarte'],
            ['Teodoro', 'Mangué'],
          ],
        ),
      );
      const ownerMail = `${(owner[0] ?? '').toLowerCase()}@${b.domain}`;
      const { body } = letter(c);
      const subj = L(
        lang,
        rng.pick(['Quick question', 'Enquiry']),
        rng.pick(['Kurze Frage', 'Anfrage']),
        rng.pick(['Petite question', 'Demande']),
        rng.pick(['Una pregunta', 'Consulta']),
      );
      const apple = L(
        lang,
        'Begin forwarded message:',
        'Anfang der weitergeleiteten Nachricht:',
        'Début du message réexpédié :',
        'Inicio del mensaje reenviado:',
      );
      const [aF, aS, aD, aT] = L(
        lang,
        ['From', 'Subject', 'Date', 'To'],
        ['Von', 'Betreff', 'Datum', 'An'],
        ['De', 'Objet', 'Date', 'À'],
        ['De', 'Asunto', 'Fecha', 'Para'],
      );
      const [oF, oSe, oT, oS] = L(
        lang,
        ['From:', 'Sent:', 'To:', 'Subject:'],
        ['Von:', 'Gesendet:', 'An:', 'Betreff:'],
        ['De :', 'Envoyé :', 'À :', 'Objet :'],
        ['De:', 'Enviado:', 'Para:', 'Asunto:'],
      );
      const custAddr = `${fullName(p)} <${p.email}>`;
      const ownerNote = L(
        lang,
        'Sent from my iPhone',
        'Von meinem iPhone gesendet',
        'Envoyé de mon iPhone',
        'Enviado desde mi iPhone',
      );
      const top = L(
        lang,
        `${staff.first}, please quote this – ${owner[0]} says yes.`,
        `${staff.first}, bitte ein Angebot machen – ${owner[0]} ist einverstanden.`,
        `${staff.first}, peux-tu faire le devis ? ${owner[0]} est d’accord.`,
        `${staff.first}, prepara el presupuesto, ${owner[0]} está de acuerdo.`,
      );
      const d1 = longDate(rng, lang);
      const d2 = longDate(rng, lang);
      const text = `${top}\n\n${oF} ${owner.join(' ')} <${ownerMail}>\n${oSe} ${d1}\n${oT} ${b.name} <${b.inbox}>\n${oS} Fwd: ${subj}\n\n${ownerNote}\n\n${apple}\n\n${aF}: ${custAddr}\n${aS}: ${subj}\n${aD}: ${d2}\n${aT}: ${ownerMail}\n\n${body}\n`;
      const html = `<div>${esc(top)}</div><div><br></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>${oF}</b> ${esc(owner.join(' '))} &lt;${ownerMail}&gt;<br><b>${oSe}</b> ${esc(d1)}<br><b>${oT}</b> ${esc(b.name)} &lt;${b.inbox}&gt;<br><b>${oS}</b> Fwd: ${esc(subj)}</div><div><br></div><div>${esc(ownerNote)}<br><br><blockquote type="cite">${esc(apple)}<br><br><b>${aF}:</b> ${esc(custAddr)}<br><b>${aS}:</b> ${esc(subj)}<br><b>${aD}:</b> ${esc(d2)}<br><b>${aT}:</b> ${ownerMail}<br><br>${paras(body)}</blockquote></div>`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: [{ email: b.inbox }],
          subject: `WG: Fwd: ${subj}`.replace('WG', L(lang, 'FW', 'WG', 'TR', 'RV')),
          text,
          html,
          primary: 'html',
        },
        others: [`${staff.first} ${staff.last}`, owner.join(' ')],
      };
    },
  },
  {
    id: 'fwd-as-eml-att-of-form-notification',
    description:
      'staff forward as attachment (plain note with signature): enquiry.eml is the site\'s plain "Label: value" notification with Reply-To the customer',
    noMessage: 0.1,
    build(c) {
      const { p, b, lang, staff, rng } = c;
      const subj = L(
        lang,
        'Website enquiry',
        'Anfrage über die Website',
        'Demande via le site',
        'Consulta desde la web',
      );
      const inner = textPart(
        'plain',
        `${notificationLines(c)}\n\n-- \n${L(lang, 'Sent from the contact page of', 'Gesendet von der Kontaktseite von', 'Envoyé depuis la page contact de', 'Enviado desde la página de contacto de')} ${b.domain}\n`,
        'utf-8',
        'quoted-printable',
      );
      const eml = [
        `From: ${formatAddress({ name: 'Website', email: `website@${b.domain}` }, 'utf-8')}`,
        `To: ${b.inbox}`,
        ...(p.email ? [`Reply-To: ${p.email}`] : []),
        `Subject: ${encodeWords(subj, 'utf-8')}`,
        `Date: Mon, ${rng.int(1, 28)} Sep 2026 ${rng.int(10, 20)}:${rng.int(10, 59)}:00 +0000`,
        `Message-ID: <${rng.hex(16)}@${b.domain}>`,
        'MIME-Version: 1.0',
        ...inner.headers.map(([k, v]) => `${k}: ${v}`),
        '',
        inner.body?.toString('latin1') ?? '',
      ].join('\r\n');
      const note = `${L(lang, 'See the attached enquiry – I am out until Thursday.', 'Siehe angehängte Anfrage – ich bin bis Donnerstag weg.', 'Voir la demande en pièce jointe – je suis absent jusqu’à jeudi.', 'Mira la consulta adjunta, no estoy hasta el jueves.')}\n\n${sig(c)}\n`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: [{ email: b.inbox }],
          subject: `${L(lang, 'FW', 'WG', 'TR', 'RV')}: ${subj}`,
          text: note,
          attachments: [
            {
              headers: [
                ['Content-Type', 'message/rfc822; name="enquiry.eml"'],
                ['Content-Disposition', 'attachment; filename="enquiry.eml"'],
                ['Content-Transfer-Encoding', '7bit'],
              ],
              body: Buffer.from(eml, 'latin1'),
            },
          ],
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
  {
    id: 'reply-outlook-top-posted-original-message-letter',
    description:
      'staff reply from classic Outlook (plain; To the customer, Cc the inbox): answer with a time and a price, signature with phones, localised "-----Original Message-----" header and the customer\'s letter unquoted below',
    needEmail: true,
    noMessage: 0,
    build(c) {
      const { p, b, lang, staff, rng } = c;
      const { body } = letter(c);
      const orig = L(
        lang,
        '-----Original Message-----',
        '-----Ursprüngliche Nachricht-----',
        '-----Message d’origine-----',
        '-----Mensaje original-----',
      );
      const [oF, oSe, oT, oS] = L(
        lang,
        ['From:', 'Sent:', 'To:', 'Subject:'],
        ['Von:', 'Gesendet:', 'An:', 'Betreff:'],
        ['De :', 'Envoyé :', 'À :', 'Objet :'],
        ['De:', 'Enviado el:', 'Para:', 'Asunto:'],
      );
      const subj = L(lang, 'Availability', 'Verfügbarkeit', 'Disponibilités', 'Disponibilidad');
      const reply = L(
        lang,
        `Dear ${p.first},\n\nthank you. We could do Tuesday at 09:30; the price would be ${b.currency(rng.pick([150, 220, 410]))}. Shall I pencil you in?`,
        `Hallo ${p.first},\n\nvielen Dank. Dienstag um 09:30 Uhr ginge; der Preis läge bei ${b.currency(rng.pick([150, 220, 410]))}. Soll ich Sie eintragen?`,
        `Bonjour ${p.first},\n\nmerci. Mardi à 9h30 serait possible ; le prix serait de ${b.currency(rng.pick([150, 220, 410]))}. Je vous inscris ?`,
        `Hola ${p.first}:\n\ngracias. Podríamos el martes a las 9:30; el precio sería ${b.currency(rng.pick([150, 220, 410]))}. ¿Le apunto?`,
      );
      const text = `${reply}\n\n${sig(c)}\n\n${orig}\n${oF} ${fullName(p)} <${p.email}>\n${oSe} ${longDate(rng, lang)}\n${oT} ${b.inbox}\n${oS} ${subj}\n\n${body}\n`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: staff.email },
          to: [{ name: fullName(p), email: p.email ?? '' }],
          cc: [{ email: b.inbox }],
          subject: `${L(lang, 'RE', 'AW', 'RE', 'RE')}: ${subj}`,
          text,
        },
        others: [`${staff.first} ${staff.last}`],
      };
    },
  },
];
