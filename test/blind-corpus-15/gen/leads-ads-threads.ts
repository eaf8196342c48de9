/** Ad-platform layouts (7) and forward / reply layouts (4) of corpus 15. */
import {
  campaignName,
  capsPii,
  countryName,
  distinct,
  letter,
  PLATFORM_PEOPLE,
  shownEmail,
  shownName,
  shownPhone,
  signature,
  stamp,
} from './common.js';
import { attachment, serialize, textPart } from './mime.js';
import type { Lang, LeadCtx, LeadLayout } from './types.js';
import { esc, fullName, L, paras, T } from './types.js';

const digits = (ctx: LeadCtx, n: number) => () => `${ctx.rng.int(1, 9)}${ctx.rng.digits(n - 1)}`;

function csvCell(s: string, sep: string): string {
  return /["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ------------------------------------------------------------------ A1 Meta via relay
const metaRelay: LeadLayout = {
  id: 'ad-meta-relay-snake-case-keys-plain',
  description: 'Facebook Lead Ads via relay "Flowhook"',
  caps: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const [leadId, formId, adId, adsetId, campaignId, pageId] = distinct(digits(ctx, 16), 6) as string[];
    const campaign = campaignName(ctx, 'FB');
    const q = T(lang, {
      en: [
        'when_would_you_like_to_come?',
        'anything_else_we_should_know?',
        'New Facebook lead',
        'You are receiving this because a Flowhook flow sends Facebook Lead Ads leads to this address. Turn this flow off:',
      ],
      de: [
        'wann_möchten_sie_kommen?',
        'möchten_sie_uns_noch_etwas_mitteilen?',
        'Neuer Facebook-Lead',
        'Sie erhalten diese E-Mail, weil ein Flowhook-Flow Facebook-Leads an diese Adresse sendet. Flow abschalten:',
      ],
      fr: [
        'quand_souhaitez-vous_venir_?',
        'autre_chose_à_nous_dire_?',
        'Nouveau prospect Facebook',
        'Vous recevez cet e-mail car un flux Flowhook envoie les prospects Facebook à cette adresse. Désactiver le flux :',
      ],
      es: [
        '¿cuándo_te_gustaría_venir?',
        '¿algo_más_que_debamos_saber?',
        'Nuevo lead de Facebook',
        'Recibes este correo porque un flujo de Flowhook envía los leads de Facebook a esta dirección. Desactivar el flujo:',
      ],
    });
    const name = shownName(ctx);
    const lines = [
      `created_time: ${stamp(ctx).replace(' ', 'T')}:${String(rng.int(10, 59))}+0000`,
      `leadgen_id: ${leadId}`,
      `page_id: ${pageId}`,
      `form_id: ${formId}`,
      `form_name: ${biz.name} – ${ctx.service}`.slice(0, 80),
      `ad_id: ${adId}`,
      `adset_id: ${adsetId}`,
      `campaign_id: ${campaignId}`,
      `campaign_name: ${campaign}`,
      `platform: ${rng.pick(['fb', 'ig'])}`,
      `full_name: ${name}`,
      `email: ${shownEmail(ctx)}`,
      `phone_number: ${shownPhone(ctx)}`,
      `${q[0]}: ${ctx.date}`,
      `${q[1]}: ${ctx.message ?? ''}`,
    ];
    const text = `${q[2]} → ${biz.name}\n\n${lines.join('\n')}\n\n--\n${q[3]} https://app.flowhook.example/flows/${rng.hex(8)}/off`;
    return {
      draft: {
        from: { name: 'Flowhook', email: 'flows@flowhook.example' },
        subject: `${q[2]}: ${name}`,
        text,
      },
      expected: { source: 'facebook_lead_ads', campaign, adId, formId, campaignId, platformLeadId: leadId },
      pii: capsPii(ctx),
    };
  },
};

// ------------------------------------------------------------------ A2 Google via sheet
const googleSheet: LeadLayout = {
  id: 'ad-google-sheet-row-added-header-row-table',
  description: 'Google Ads lead form rows in a spreadsheet, notification "Sheetbell"',
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const leadId = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(12)}`.toUpperCase().slice(0, 22);
    const [campaignId, adgroupId, creativeId, formId] = distinct(digits(ctx, 11), 4) as string[];
    const gclid = `Cj0KCQiA${rng.hex(24)}`;
    const campaign = campaignName(ctx, 'Google');
    const q = T(lang, {
      en: [
        'A row was added to',
        'Google Ads leads',
        'Tell us about your plans',
        'You follow this sheet in Sheetbell. Change notification settings',
        'row',
      ],
      de: [
        'Neue Zeile in',
        'Google-Ads-Leads',
        'Erzählen Sie uns von Ihrem Vorhaben',
        'Sie folgen dieser Tabelle in Sheetbell. Benachrichtigungen ändern',
        'Zeile',
      ],
      fr: [
        'Une ligne a été ajoutée à',
        'Prospects Google Ads',
        'Parlez-nous de votre projet',
        'Vous suivez cette feuille dans Sheetbell. Modifier les notifications',
        'ligne',
      ],
      es: [
        'Se añadió una fila a',
        'Leads de Google Ads',
        'Cuéntanos tu proyecto',
        'Sigues esta hoja en Sheetbell. Cambiar las notificaciones',
        'fila',
      ],
    });
    const cols: [string, string][] = [
      ['Lead ID', leadId],
      ['Campaign ID', campaignId as string],
      ['Campaign name', campaign],
      ['Ad group ID', adgroupId as string],
      ['Creative ID', creativeId as string],
      ['Form ID', formId as string],
      ['GCLID', gclid],
      ['Full name', fullName(ctx.person)],
      ['User email', shownEmail(ctx)],
      ['User phone', shownPhone(ctx)],
      [q[2], ctx.message ?? ''],
      ['Submitted', stamp(ctx)],
    ];
    const row = rng.int(12, 480);
    const html = `<p style="font-family:Roboto,Arial">${q[0]} <b>${q[1]}</b> (${esc(biz.name)}), ${q[4]} ${row}:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px;font-family:Arial">
<tr style="background:#e6f4ea">${cols.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr>
<tr>${cols.map(([, v]) => `<td valign="top">${v.split('\n').map(esc).join('<br>')}</td>`).join('')}</tr>
</table>
<p style="font-size:11px;color:#5f6368">${q[3]}</p>`;
    const text = `${q[0]} "${q[1]}" (${biz.name}), ${q[4]} ${row}:\n\n${cols.map(([k, v]) => `${k} = ${v}`).join('\n')}\n\n${q[3]}`;
    return {
      draft: {
        from: { name: 'Sheetbell', email: 'notify@sheetbell.example' },
        subject: `${q[1]}: ${q[4]} ${row}`,
        html,
        text,
        primary: 'html',
      },
      expected: {
        source: 'google_ads',
        campaign,
        adId: creativeId,
        formId,
        campaignId,
        platformLeadId: leadId,
      },
    };
  },
};

// ------------------------------------------------------------------ A3 LinkedIn ADF
const linkedinAdf: LeadLayout = {
  id: 'ad-linkedin-crm-adf-att-owner-vendor-contact',
  description: 'LinkedIn Lead Gen synced by CRM "Nexlead" as ADF',
  caps: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng, staff } = ctx;
    const [formId, creativeId, campaignId, accountId] = distinct(digits(ctx, 9), 4) as string[];
    const leadId = `urn:li:leadGenFormResponse:${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
    const campaign = campaignName(ctx, 'LinkedIn');
    const q = T(lang, {
      en: [
        'New lead synced from LinkedIn Lead Gen Forms. Owner:',
        'The lead is attached as ADF (lead.xml) for your CRM import.',
        'Nexlead sync',
      ],
      de: [
        'Neuer Lead aus LinkedIn-Lead-Gen-Formularen synchronisiert. Zuständig:',
        'Der Lead hängt als ADF (lead.xml) für den CRM-Import an.',
        'Nexlead-Sync',
      ],
      fr: [
        'Nouveau prospect synchronisé depuis les formulaires LinkedIn Lead Gen. Responsable :',
        'Le prospect est joint au format ADF (lead.xml) pour l’import CRM.',
        'Synchro Nexlead',
      ],
      es: [
        'Nuevo lead sincronizado desde los formularios de LinkedIn Lead Gen. Responsable:',
        'El lead va adjunto en formato ADF (lead.xml) para importarlo en el CRM.',
        'Sincronización Nexlead',
      ],
    });
    const x = (s: string) => esc(s);
    const adf = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="LinkedIn Lead Gen">${leadId}</id>
    <requestdate>${stamp(ctx).replace(' ', 'T')}:00+00:00</requestdate>
    <customer>
      <contact primarycontact="1">
        <name part="full">${x(shownName(ctx))}</name>
        ${ctx.hasEmail ? `<email>${x(ctx.person.email)}</email>` : '<email/>'}
        ${ctx.phone ? `<phone type="cellphone">${x(shownPhone(ctx))}</phone>` : ''}
        <address><country>${x(countryName(ctx.person.region, 'en'))}</country></address>
      </contact>
      <comments>${x(ctx.message ?? '')}</comments>
    </customer>
    <vendor>
      <vendorname>${x(biz.name)}</vendorname>
      <contact><name part="full">${x(`${staff.first} ${staff.last}`)}</name><email>${staff.email}</email><phone type="voice">${staff.direct}</phone></contact>
    </vendor>
    <provider>
      <name part="full">LinkedIn via Nexlead</name>
      <service>${x(campaign)}</service>
      <id source="linkedin:campaign">${campaignId}</id>
      <id source="linkedin:creative">${creativeId}</id>
      <id source="linkedin:form">${formId}</id>
      <id source="linkedin:sponsoredAccount">${accountId}</id>
    </provider>
  </prospect>
</adf>
`;
    const text = `${q[0]} ${staff.first} ${staff.last} (${staff.direct})\n${q[1]}\n\nCampaign: ${campaign}\n\n-- \n${q[2]} · ${biz.name}`;
    return {
      draft: {
        from: { name: 'Nexlead', email: 'sync@nexlead.example' },
        to: [{ email: biz.inbox }],
        cc: [{ name: `${staff.first} ${staff.last}`, email: staff.email }],
        subject: `LinkedIn lead · ${campaign}`,
        text,
        attachments: [attachment('lead.xml', 'application/xml', adf, { charset: 'utf-8' })],
      },
      expected: {
        source: 'linkedin_lead_gen',
        campaign,
        adId: creativeId,
        formId,
        campaignId,
        platformLeadId: leadId,
      },
      others: [`${staff.first} ${staff.last}`],
      pii: capsPii(ctx),
    };
  },
};

// ------------------------------------------------------------------ A4 TikTok direct
const tiktokDirect: LeadLayout = {
  id: 'ad-tiktok-instant-form-stacked-grey-labels',
  description: 'TikTok For Business lead notification',
  singleNames: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz } = ctx;
    const [leadId, adId, adgroupId, campaignId, formId, advId] = distinct(digits(ctx, 19), 6) as string[];
    const campaign = campaignName(ctx, 'TikTok');
    const q = T(lang, {
      en: [
        'You got a new lead',
        'Name',
        'Phone number',
        'Email',
        'What would you like to ask?',
        'Lead details',
        'Lead ID',
        'Ad ID',
        'Ad group ID',
        'Campaign',
        'Campaign ID',
        'Instant Form ID',
        'Advertiser ID',
        'Download all leads in TikTok Ads Manager › Tools › Leads center.',
      ],
      de: [
        'Sie haben einen neuen Lead',
        'Name',
        'Telefonnummer',
        'E-Mail',
        'Was möchten Sie uns fragen?',
        'Lead-Details',
        'Lead-ID',
        'Anzeigen-ID',
        'Anzeigengruppen-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Sofortformular-ID',
        'Werbetreibenden-ID',
        'Alle Leads im TikTok Ads Manager › Tools › Leads-Center herunterladen.',
      ],
      fr: [
        'Vous avez un nouveau prospect',
        'Nom',
        'Numéro de téléphone',
        'E-mail',
        'Que souhaitez-vous nous demander ?',
        'Détails du prospect',
        'ID du prospect',
        'ID de l’annonce',
        'ID du groupe d’annonces',
        'Campagne',
        'ID de campagne',
        'ID du formulaire instantané',
        'ID annonceur',
        'Téléchargez tous les prospects dans TikTok Ads Manager › Outils › Centre des prospects.',
      ],
      es: [
        'Tienes un nuevo lead',
        'Nombre',
        'Número de teléfono',
        'Correo electrónico',
        '¿Qué te gustaría preguntar?',
        'Detalles del lead',
        'ID del lead',
        'ID del anuncio',
        'ID del grupo de anuncios',
        'Campaña',
        'ID de campaña',
        'ID del formulario instantáneo',
        'ID de anunciante',
        'Descarga todos los leads en TikTok Ads Manager › Herramientas › Centro de leads.',
      ],
    });
    const pairs: [string, string][] = [
      [q[1], fullName(ctx.person)],
      [q[2], shownPhone(ctx, '-')],
      [q[3], shownEmail(ctx, '-')],
      [q[4], ctx.message ?? '-'],
    ];
    const ids: [string, string][] = [
      [q[6], leadId as string],
      [q[7], adId as string],
      [q[8], adgroupId as string],
      [q[9], campaign],
      [q[10], campaignId as string],
      [q[11], formId as string],
      [q[12], advId as string],
    ];
    const block = (k: string, v: string) =>
      `<p style="color:#8a8b91;font-size:12px;margin:0">${esc(k)}</p>\n<p style="font-size:15px;margin:0 0 14px 0;color:#161823">${v.split('\n').map(esc).join('<br>')}</p>`;
    const html = `<div style="font-family:'TikTok Sans',Arial;max-width:560px">
<h2 style="font-size:18px">${q[0]} · ${esc(biz.name)}</h2>
${pairs.map(([k, v]) => block(k, v)).join('\n')}
<h3 style="font-size:14px;border-top:1px solid #eee;padding-top:10px">${q[5]}</h3>
${ids.map(([k, v]) => block(k, v)).join('\n')}
<p style="font-size:11px;color:#8a8b91">${esc(q[13])}</p></div>`;
    const text = `${q[0]} · ${biz.name}\n\n${pairs.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${q[5]}\n${ids.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${q[13]}`;
    return {
      draft: {
        from: { name: 'TikTok for Business', email: 'no-reply@business.tiktok.example' },
        subject: `${q[0]}: ${campaign}`,
        html,
        text,
        primary: 'html',
      },
      expected: { source: 'tiktok', campaign, adId, formId, campaignId, platformLeadId: leadId },
    };
  },
};

// ------------------------------------------------------------------ A5 Snapchat via chat app
const snapSlack: LeadLayout = {
  id: 'ad-snapchat-chat-bot-notification-bullets-uuids',
  description: 'Snapchat lead posted by a bot, mailed by the team chat "Huddle"',
  ext: true,
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const [leadId, formId, adId, squadId, campaignId] = distinct(() => rng.uuid(), 5) as string[];
    const campaign = campaignName(ctx, 'Snap');
    const q = T(lang, {
      en: [
        'New message in #leads',
        'Snap Leads (app)',
        'New Snapchat lead',
        'First name',
        'Last name',
        'Phone',
        'Email',
        'Notes',
        'Lead ID',
        'Lead form ID',
        'Ad ID',
        'Ad squad ID',
        'Campaign ID',
        'Campaign',
        'Reply in Huddle',
        'You get these emails because you are offline. Notification preferences',
      ],
      de: [
        'Neue Nachricht in #leads',
        'Snap Leads (App)',
        'Neuer Snapchat-Lead',
        'Vorname',
        'Nachname',
        'Telefon',
        'E-Mail',
        'Notizen',
        'Lead-ID',
        'Lead-Formular-ID',
        'Anzeigen-ID',
        'Ad-Squad-ID',
        'Kampagnen-ID',
        'Kampagne',
        'In Huddle antworten',
        'Sie erhalten diese E-Mails, weil Sie offline sind. Benachrichtigungseinstellungen',
      ],
      fr: [
        'Nouveau message dans #leads',
        'Snap Leads (appli)',
        'Nouveau prospect Snapchat',
        'Prénom',
        'Nom',
        'Téléphone',
        'E-mail',
        'Remarques',
        'ID du prospect',
        'ID du formulaire',
        'ID de l’annonce',
        'ID de l’Ad Squad',
        'ID de campagne',
        'Campagne',
        'Répondre dans Huddle',
        'Vous recevez ces e-mails car vous êtes hors ligne. Préférences de notification',
      ],
      es: [
        'Nuevo mensaje en #leads',
        'Snap Leads (app)',
        'Nuevo lead de Snapchat',
        'Nombre',
        'Apellido',
        'Teléfono',
        'Correo',
        'Notas',
        'ID del lead',
        'ID del formulario',
        'ID del anuncio',
        'ID del Ad Squad',
        'ID de campaña',
        'Campaña',
        'Responder en Huddle',
        'Recibes estos correos porque estás desconectado. Preferencias de notificación',
      ],
    });
    const notes = ctx.message
      ? `\n${ctx.message
          .split('\n')
          .map((l) => (l ? `    ${l}` : ''))
          .join('\n')}`
      : ' –';
    const time = `${rng.int(7, 11)}:${String(rng.int(0, 59)).padStart(2, '0')} ${rng.pick(['AM', 'PM'])}`;
    const text = `${q[0]}\n\n${q[1]}  ${time}\n:camera: ${q[2]} – ${biz.name}\n• ${q[3]}: ${ctx.person.first}\n• ${q[4]}: ${ctx.person.last ?? ''}\n• ${q[5]}: ${shownPhone(ctx, '–')}\n• ${q[6]}: ${shownEmail(ctx, '–')}\n• ${q[7]}:${notes}\n• ${q[8]}: ${leadId}\n• ${q[9]}: ${formId}\n• ${q[10]}: ${adId}\n• ${q[11]}: ${squadId}\n• ${q[12]}: ${campaignId}\n• ${q[13]}: ${campaign}\n\n${q[14]}: https://huddle.example/t/${rng.hex(10)}\n\n${q[15]}`;
    return {
      draft: {
        from: { name: 'Huddle', email: 'notifications@huddle.example' },
        subject: `${q[0]} (${biz.name})`,
        text,
      },
      expected: { source: 'snapchat', campaign, adId, formId, campaignId, platformLeadId: leadId },
    };
  },
};

// ------------------------------------------------------------------ A6 Microsoft CSV
const msCsv: LeadLayout = {
  id: 'ad-microsoft-lead-report-csv-att-account-distractor',
  description: 'Microsoft Advertising lead form report as CSV',
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const [accountId, campaignId, adgroupId, adId, formId, leadId] = distinct(digits(ctx, 10), 6) as string[];
    const campaign = campaignName(ctx, 'MSAds');
    const h = T(lang, {
      en: [
        'Account name',
        'Account ID',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Lead form ID',
        'Lead ID',
        'Submitted (UTC)',
        'First name',
        'Last name',
        'Email',
        'Phone number',
        'Country/region',
        'Comments',
      ],
      de: [
        'Kontoname',
        'Konto-ID',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Lead-ID',
        'Gesendet (UTC)',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefonnummer',
        'Land/Region',
        'Kommentare',
      ],
      fr: [
        'Nom du compte',
        'ID du compte',
        'Campagne',
        'ID de campagne',
        'ID du groupe d’annonces',
        'ID de l’annonce',
        'ID du formulaire',
        'ID du prospect',
        'Envoyé (UTC)',
        'Prénom',
        'Nom',
        'E-mail',
        'Numéro de téléphone',
        'Pays/région',
        'Commentaires',
      ],
      es: [
        'Nombre de cuenta',
        'Id. de cuenta',
        'Campaña',
        'Id. de campaña',
        'Id. de grupo de anuncios',
        'Id. de anuncio',
        'Id. de formulario',
        'Id. de cliente potencial',
        'Enviado (UTC)',
        'Nombre',
        'Apellidos',
        'Correo electrónico',
        'Número de teléfono',
        'País o región',
        'Comentarios',
      ],
    });
    const vals = [
      biz.name,
      accountId,
      campaign,
      campaignId,
      adgroupId,
      adId,
      formId,
      leadId,
      stamp(ctx),
      ctx.person.first,
      ctx.person.last ?? '',
      shownEmail(ctx),
      shownPhone(ctx),
      countryName(ctx.person.region, lang),
      ctx.message ?? '',
    ] as string[];
    const sep = lang === 'en' ? ',' : ';';
    const csv = `${h.map((c) => csvCell(c, sep)).join(sep)}\n${vals.map((c) => csvCell(c, sep)).join(sep)}\n`;
    const q = T(lang, {
      en: [
        'Your lead form report is ready',
        '1 new lead was submitted through your lead form ad. The report is attached.',
        'Leads are kept for 90 days. Set up a CRM connection to receive them automatically.',
      ],
      de: [
        'Ihr Leadformular-Bericht ist fertig',
        'Über Ihre Leadformular-Anzeige wurde 1 neuer Lead gesendet. Der Bericht ist angehängt.',
        'Leads werden 90 Tage lang gespeichert. Richten Sie eine CRM-Verbindung ein, um sie automatisch zu erhalten.',
      ],
      fr: [
        'Votre rapport de formulaires est prêt',
        '1 nouveau prospect a été envoyé via votre annonce à formulaire. Le rapport est joint.',
        'Les prospects sont conservés 90 jours. Configurez une connexion CRM pour les recevoir automatiquement.',
      ],
      es: [
        'Tu informe de formularios está listo',
        'Se envió 1 nuevo cliente potencial a través de tu anuncio con formulario. El informe va adjunto.',
        'Los clientes potenciales se guardan 90 días. Configura una conexión con tu CRM para recibirlos automáticamente.',
      ],
    });
    const html = `<div style="font-family:'Segoe UI',Arial"><h2>${q[0]}</h2><p>${q[1]}</p><p>${esc(biz.name)} · ${esc(campaign)}</p><p style="color:#666;font-size:12px">${q[2]}<br>Microsoft Advertising · One Microsoft Way, Redmond, WA 98052</p></div>`;
    const fname = `LeadFormReport_${accountId}_${rng.int(20261001, 20261128)}.csv`;
    return {
      draft: {
        from: { name: 'Microsoft Advertising', email: 'no-reply@ads.microsoft.example' },
        subject: q[0],
        html,
        attachments: [attachment(fname, 'text/csv', csv, { charset: rng.pick(['utf-8', 'windows-1252']) })],
      },
      expected: { source: 'microsoft_ads', campaign, adId, formId, campaignId, platformLeadId: leadId },
    };
  },
};

// ------------------------------------------------------------------ A7 Pinterest via agency
const pinterestAgency: LeadLayout = {
  id: 'ad-pinterest-agency-markdown-table-indented-message',
  description: 'Pinterest lead passed on by agency "Pinpoint Social"',
  optionalMessage: true,
  build(ctx) {
    const { lang, biz, rng, staff } = ctx;
    const [leadId, adId, adGroupId, campaignId, formId] = distinct(digits(ctx, 12), 5) as string[];
    const campaign = campaignName(ctx, 'Pinterest');
    const agent = PLATFORM_PEOPLE[lang][1] as [string, string];
    const agentPhone = ctx.staff2.mobile;
    const q = T(lang, {
      en: [
        `Hi ${staff.first},`,
        'Another Pinterest lead came in overnight, details below.',
        'Field',
        'Answer',
        'Name',
        'Email',
        'Phone',
        'Their message (copied from the lead form):',
        'IDs for your records:',
        'Pinterest lead ID',
        'Ad ID',
        'Ad group ID',
        'Campaign ID',
        'Lead form ID',
        'Campaign',
        'Speak soon,',
        'Account Director',
      ],
      de: [
        `Hallo ${staff.first},`,
        'über Nacht kam wieder ein Pinterest-Lead rein, Details unten.',
        'Feld',
        'Antwort',
        'Name',
        'E-Mail',
        'Telefon',
        'Die Nachricht (aus dem Leadformular kopiert):',
        'IDs für eure Unterlagen:',
        'Pinterest-Lead-ID',
        'Anzeigen-ID',
        'Anzeigengruppen-ID',
        'Kampagnen-ID',
        'Leadformular-ID',
        'Kampagne',
        'Bis bald',
        'Kundenberatung',
      ],
      fr: [
        `Bonjour ${staff.first},`,
        'Un nouveau prospect Pinterest est arrivé cette nuit, voici le détail.',
        'Champ',
        'Réponse',
        'Nom',
        'E-mail',
        'Téléphone',
        'Son message (copié depuis le formulaire) :',
        'Les identifiants pour vos dossiers :',
        'ID du prospect Pinterest',
        'ID de l’annonce',
        'ID du groupe d’annonces',
        'ID de campagne',
        'ID du formulaire',
        'Campagne',
        'À bientôt,',
        'Directrice de clientèle',
      ],
      es: [
        `Hola, ${staff.first}:`,
        'Anoche entró otro lead de Pinterest, os dejo los datos.',
        'Campo',
        'Respuesta',
        'Nombre',
        'Correo',
        'Teléfono',
        'Su mensaje (copiado del formulario):',
        'Los ID para vuestro registro:',
        'ID del lead de Pinterest',
        'ID del anuncio',
        'ID del grupo de anuncios',
        'ID de campaña',
        'ID del formulario',
        'Campaña',
        'Un abrazo,',
        'Directora de cuentas',
      ],
    });
    const rows: [string, string][] = [
      [q[4], fullName(ctx.person)],
      [q[5], shownEmail(ctx)],
      [q[6], shownPhone(ctx)],
    ];
    const w = Math.max(...rows.map((r) => r[0].length), q[2].length);
    const md = [
      `| ${q[2].padEnd(w)} | ${q[3]} |`,
      `|${'-'.repeat(w + 2)}|${'-'.repeat(12)}|`,
      ...rows.map(([k, v]) => `| ${k.padEnd(w)} | ${v} |`),
    ].join('\n');
    const msg = ctx.message
      ? `${q[7]}\n\n${ctx.message
          .split('\n')
          .map((l) => (l ? `    ${l}` : ''))
          .join('\n')}\n\n`
      : '';
    const text = `${q[0]}\n\n${q[1]}\n\n${md}\n\n${msg}${q[8]}\n- ${q[9]}: ${leadId}\n- ${q[10]}: ${adId}\n- ${q[11]}: ${adGroupId}\n- ${q[12]}: ${campaignId}\n- ${q[13]}: ${formId}\n- ${q[14]}: ${campaign}\n\n${q[15]}\n${agent[0]}\n\n--\n${agent[0]} ${agent[1]} | ${q[16]}\nPinpoint Social · ${agentPhone}\nhttps://pinpointsocial.example`;
    return {
      draft: {
        from: { name: `${agent[0]} ${agent[1]}`, email: `${agent[0].toLowerCase()}@pinpointsocial.example` },
        to: [{ name: `${staff.first} ${staff.last}`, email: staff.email }],
        cc: [{ email: biz.inbox }],
        subject: `Pinterest lead – ${biz.name} (${rng.int(2, 40)})`,
        text,
      },
      expected: { source: 'pinterest', campaign, adId, formId, campaignId, platformLeadId: leadId },
      others: [`${agent[0]} ${agent[1]}`, `${staff.first} ${staff.last}`],
    };
  },
};

// ------------------------------------------------------------------ threads
function customerSubject(ctx: LeadCtx): string {
  return ctx.rng.pick(
    L(ctx.lang, {
      en: ['Enquiry', 'A question about prices', `Availability in ${ctx.date.split(' ')[1]}?`],
      de: ['Anfrage', 'Frage zu Preisen', `Termin im ${ctx.date.split(' ')[1]}?`],
      fr: [
        'Demande de renseignements',
        'Question sur vos tarifs',
        `Disponibilités en ${ctx.date.split(' ')[1]} ?`,
      ],
      es: ['Consulta', 'Pregunta sobre precios', `¿Disponibilidad en ${ctx.date.split(' ')[1]}?`],
    }),
  );
}

const NOTES: Record<Lang, string[]> = {
  en: [
    'Can someone quote this one? I told them we would reply by Friday.',
    'For the lead list – looks like a good one.',
  ],
  de: [
    'Kann das bitte jemand übernehmen? Ich habe Antwort bis Freitag zugesagt.',
    'Zur Info und zum Eintragen, klingt vielversprechend.',
  ],
  fr: [
    'Quelqu’un peut faire le devis ? J’ai promis une réponse avant vendredi.',
    'Pour la liste des demandes, ça a l’air sérieux.',
  ],
  es: [
    '¿Alguien puede preparar el presupuesto? Le dije que contestaríamos antes del viernes.',
    'Para la lista de consultas, tiene buena pinta.',
  ],
};

// T1 Gmail forward of the customer's letter
const gmailFwdLetter: LeadLayout = {
  id: 'fwd-gmail-of-customer-letter-staff-signature',
  description: 'staff forward from Gmail of a customer’s letter',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, staff, person } = ctx;
    const h = T(lang, {
      en: ['---------- Forwarded message ---------', 'From:', 'Date:', 'Subject:', 'To:'],
      de: ['---------- Weitergeleitete Nachricht ---------', 'Von:', 'Date:', 'Subject:', 'To:'],
      fr: ['---------- Forwarded message ---------', 'De :', 'Date:', 'Subject:', 'To:'],
      es: ['---------- Forwarded message ---------', 'De:', 'Date:', 'Subject:', 'To:'],
    });
    const date = L(lang, {
      en: 'Mon, 2 Nov 2026 at 18:04',
      de: 'Mo., 2. Nov. 2026 um 18:04',
      fr: 'lun. 2 nov. 2026 à 18:04',
      es: 'lun, 2 nov 2026 a las 18:04',
    });
    const note = ctx.rng.pick(NOTES[lang]);
    const sig = signature(staff, biz.name, lang);
    const inner = letter(ctx, ctx.rng.chance(0.5));
    const subj = customerSubject(ctx);
    const fromLine = `${fullName(person)} <${person.email}>`;
    const text = `${note}\n\n-- \n${sig}\n\n${h[0]}\n${h[1]} ${fromLine}\n${h[2]} ${date}\n${h[3]} ${subj}\n${h[4]} <${staff.email}>\n\n\n${inner}\n`;
    const html = `<div dir="ltr">${esc(note)}<br><br><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">${sig.split('\n').map(esc).join('<br>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${h[0]}<br>${h[1]} <strong class="gmail_sendername" dir="auto">${esc(fullName(person))}</strong> <span dir="auto">&lt;<a href="mailto:${person.email}">${person.email}</a>&gt;</span><br>${h[2]} ${date}<br>${h[3]} ${esc(subj)}<br>${h[4]} &lt;${staff.email}&gt;<br></div><br><br>${paras(inner)}</div></div>`;
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `Fwd: ${subj}`,
        text,
        html,
        primary: 'html',
      },
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

// T3 classic Outlook forward over an Apple Mail forward of a site notification
const outlookOverApple: LeadLayout = {
  id: 'fwd-outlook-classic-over-iphone-fwd-of-label-line-notification',
  description: 'forward of a forward of a site-builder notification',
  optionalMessage: true,
  ext: true,
  build(ctx) {
    const { lang, biz, staff, staff2, rng } = ctx;
    const o = T(lang, {
      en: ['From:', 'Sent:', 'To:', 'Subject:', 'FW:', 'Sunday, 8 November 2026 21:17'],
      de: ['Von:', 'Gesendet:', 'An:', 'Betreff:', 'WG:', 'Sonntag, 8. November 2026 21:17'],
      fr: ['De :', 'Envoyé :', 'À :', 'Objet :', 'TR:', 'dimanche 8 novembre 2026 21:17'],
      es: ['De:', 'Enviado el:', 'Para:', 'Asunto:', 'RV:', 'domingo, 8 de noviembre de 2026 21:17'],
    });
    const a = T(lang, {
      en: [
        'Sent from my iPhone',
        'Begin forwarded message:',
        'From:',
        'Date:',
        'To:',
        'Subject:',
        '8 November 2026 at 20:52:09 GMT',
        'Fwd:',
      ],
      de: [
        'Von meinem iPhone gesendet',
        'Anfang der weitergeleiteten Nachricht:',
        'Von:',
        'Datum:',
        'An:',
        'Betreff:',
        '8. November 2026 um 20:52:09 MEZ',
        'Fwd:',
      ],
      fr: [
        'Envoyé de mon iPhone',
        'Début du message réexpédié :',
        'De :',
        'Date :',
        'À :',
        'Objet :',
        '8 novembre 2026 à 20:52:09 UTC',
        'Tr :',
      ],
      es: [
        'Enviado desde mi iPhone',
        'Inicio del mensaje reenviado:',
        'De:',
        'Fecha:',
        'Para:',
        'Asunto:',
        '8 de noviembre de 2026, 20:52:09 GMT',
        'Rv:',
      ],
    });
    const f = T(lang, {
      en: [
        'You have a new form submission',
        'Name',
        'Email',
        'Phone',
        'Message',
        'Sent from the “Contact” page · Sitewave',
      ],
      de: [
        'Sie haben eine neue Formular-Einsendung',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Gesendet von der Seite „Kontakt“ · Sitewave',
      ],
      fr: [
        'Vous avez reçu un nouveau formulaire',
        'Nom',
        'E-mail',
        'Téléphone',
        'Message',
        'Envoyé depuis la page « Contact » · Sitewave',
      ],
      es: [
        'Tienes un nuevo envío de formulario',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        'Enviado desde la página «Contacto» · Sitewave',
      ],
    });
    const note = rng.pick(NOTES[lang]);
    const formBody = `${f[0]}\n\n${f[1]}\n${fullName(ctx.person)}\n\n${f[2]}\n${shownEmail(ctx, '-')}\n\n${f[3]}\n${shownPhone(ctx, '-')}\n\n${f[4]}\n${ctx.message ?? '-'}\n\n${f[5]}`;
    const subj = `${f[0]} (${biz.domain})`;
    const text = `${note}\n\n${staff.first}\n\n${signature(staff, biz.name, lang)}\n\n________________________________\n${o[0]} ${staff2.first} ${staff2.last} <${staff2.email}>\n${o[1]} ${o[5]}\n${o[2]} ${staff.first} ${staff.last} <${staff.email}>\n${o[3]} ${a[7]} ${subj}\n\n${L(lang, { en: 'Please deal with this, I am away till Tuesday.', de: 'Bitte kümmere dich darum, ich bin bis Dienstag weg.', fr: 'Tu peux t’en occuper ? Je suis absent jusqu’à mardi.', es: '¿Te encargas tú? Estoy fuera hasta el martes.' })}\n\n${a[0]}\n\n${a[1]}\n\n${a[2]} Sitewave <noreply@sitewave.example>\n${a[3]} ${a[6]}\n${a[4]} ${staff2.email}\n${a[5]} ${subj}\n\n${formBody}\n`;
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `${o[4]} ${a[7]} ${subj}`,
        text,
      },
      others: [`${staff.first} ${staff.last}`, `${staff2.first} ${staff2.last}`],
    };
  },
};

// T4 staff reply top-posted over the Gmail-quoted enquiry
const replyQuoted: LeadLayout = {
  id: 'reply-top-posted-over-gmail-quoted-letter-price-times',
  description: 'staff reply above the customer’s quoted letter',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, staff, person, rng } = ctx;
    const price = biz.price(rng.pick([60, 140, 520]));
    const time = rng.pick(['9:00', '10:30', '14:15']);
    const reply = L(lang, {
      en: `Hi ${person.first},\n\nThanks for getting in touch. Yes, we can do that: ${price} all in, and I have pencilled you in for ${time} on ${ctx.date}.\n\nJust reply to confirm and I will send the details.\n\nBest,`,
      de: `Hallo ${person.first},\n\nvielen Dank für Ihre Nachricht. Das passt: ${price} inklusive allem, ich habe Sie für den ${ctx.date} um ${time} Uhr vorgemerkt.\n\nBitte kurz bestätigen, dann schicke ich die Details.\n\nViele Grüße`,
      fr: `Bonjour ${person.first},\n\nMerci pour votre message. C’est possible : ${price} tout compris, et je vous ai noté(e) le ${ctx.date} à ${time}.\n\nRépondez simplement pour confirmer et je vous envoie les détails.\n\nBien à vous,`,
      es: `Hola, ${person.first}:\n\nGracias por escribirnos. Sí, se puede: ${price} todo incluido, y te he apuntado el ${ctx.date} a las ${time}.\n\nContéstame para confirmar y te mando los detalles.\n\nUn saludo,`,
    });
    const attr = L(lang, {
      en: `On Mon, 2 Nov 2026 at 18:04, ${fullName(person)} <${person.email}> wrote:`,
      de: `Am Mo., 2. Nov. 2026 um 18:04 Uhr schrieb ${fullName(person)} <${person.email}>:`,
      fr: `Le lun. 2 nov. 2026 à 18:04, ${fullName(person)} <${person.email}> a écrit :`,
      es: `El lun, 2 nov 2026 a las 18:04, ${fullName(person)} (<${person.email}>) escribió:`,
    });
    const inner = letter(ctx, rng.chance(0.5));
    const sig = signature(staff, biz.name, lang);
    const text = `${reply}\n${sig}\n\n${attr}\n\n${inner
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n')}\n`;
    const html = `<div>${paras(reply)}<p>${sig.split('\n').map(esc).join('<br>')}</p></div><br><div class="gmail_quote"><div class="gmail_attr">${esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paras(inner)}</blockquote></div>`;
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last} | ${biz.name}`, email: staff.email },
        to: [{ name: fullName(person), email: person.email }],
        cc: [{ email: biz.inbox }],
        subject: `Re: ${customerSubject(ctx)}`,
        text,
        html,
        primary: 'html',
        headers: [['In-Reply-To', `<${rng.hex(12)}@${person.email.split('@')[1]}>`]],
      },
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

// T5 forward as attachment of the customer's letter
const emlAttLetter: LeadLayout = {
  id: 'fwd-as-eml-att-of-customer-letter-note-signature',
  description: 'staff forwards the customer’s letter as an attached .eml',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, staff, person, rng } = ctx;
    const inner = letter(ctx, rng.chance(0.4));
    const subj = customerSubject(ctx);
    const leaf = textPart('plain', inner, 'utf-8', 'quoted-printable');
    leaf.headers.unshift(
      [
        'From',
        `${fullName(person)} <${person.email}>`.replace(/[^\x20-\x7e]/g, '') ===
        `${fullName(person)} <${person.email}>`
          ? `${fullName(person)} <${person.email}>`
          : `=?UTF-8?B?${Buffer.from(fullName(person)).toString('base64')}?= <${person.email}>`,
      ],
      ['To', biz.inbox],
      ['Subject', /^[\x20-\x7e]*$/.test(subj) ? subj : `=?UTF-8?B?${Buffer.from(subj).toString('base64')}?=`],
      ['Date', 'Tue, 3 Nov 2026 07:41:12 +0000'],
      ['Message-ID', `<${rng.hex(14)}@${person.email.split('@')[1]}>`],
      ['MIME-Version', '1.0'],
    );
    const eml = serialize(leaf);
    const note = L(lang, {
      en: 'Forwarding the attached enquiry for the lead list. Already replied that we will call.',
      de: 'Anbei die Anfrage für die Liste. Ich habe schon geantwortet, dass wir uns melden.',
      fr: 'Ci-joint la demande pour la liste. J’ai déjà répondu qu’on rappellerait.',
      es: 'Adjunto la consulta para la lista. Ya le contesté que le llamaremos.',
    });
    const fname = L(lang, { en: 'Enquiry.eml', de: 'Anfrage.eml', fr: 'Demande.eml', es: 'Consulta.eml' });
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        subject: `Fwd: ${subj}`,
        text: `${note}\n\n-- \n${signature(staff, biz.name, lang)}`,
        attachments: [
          {
            headers: [
              ['Content-Type', `message/rfc822; name="${fname}"`],
              ['Content-Disposition', `attachment; filename="${fname}"`],
              ['Content-Transfer-Encoding', '7bit'],
            ],
            body: eml,
          },
        ],
      },
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

// T6 new Outlook forward (HTML) of the customer's letter
const newOutlookFwd: LeadLayout = {
  id: 'fwd-new-outlook-html-bold-header-of-customer-letter',
  description: 'staff forward from new Outlook of a customer’s letter',
  needsEmail: true,
  singleNames: true,
  build(ctx) {
    const { lang, biz, staff, person, rng } = ctx;
    const h = T(lang, {
      en: ['From:', 'Sent:', 'To:', 'Subject:', 'Tuesday, November 3, 2026 9:12 AM', 'FW:'],
      de: ['Von:', 'Gesendet:', 'An:', 'Betreff:', 'Dienstag, 3. November 2026 09:12', 'WG:'],
      fr: ['De :', 'Envoyé :', 'À :', 'Objet :', 'mardi 3 novembre 2026 09:12', 'TR:'],
      es: ['De:', 'Enviado:', 'Para:', 'Asunto:', 'martes, 3 de noviembre de 2026 9:12', 'RV:'],
    });
    const note = rng.pick(NOTES[lang]);
    const sig = signature(staff, biz.name, lang);
    const inner = letter(ctx, person.last === null || rng.chance(0.4));
    const subj = customerSubject(ctx);
    const from = person.last ? `${fullName(person)} <${person.email}>` : person.email;
    const html = `<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">${esc(note)}</div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt"><br></div>
<div id="Signature"><p style="font-size:10pt;color:#444">${sig.split('\n').map(esc).join('<br>')}</p></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${h[0]}</b> ${esc(from)}<br><b>${h[1]}</b> ${h[4]}<br><b>${h[2]}</b> ${esc(biz.name)} &lt;${biz.inbox}&gt;<br><b>${h[3]}</b> ${esc(subj)}</font>
<div>&nbsp;</div></div>
<div>${paras(inner)}</div>`;
    const text = `${note}\n\n${sig}\n\n________________________________\n${h[0]} ${from}\n${h[1]} ${h[4]}\n${h[2]} ${biz.name} <${biz.inbox}>\n${h[3]} ${subj}\n\n${inner}\n`;
    return {
      draft: {
        from: { name: `${staff.first} ${staff.last}`, email: staff.email },
        to: [{ email: biz.inbox }],
        subject: `${h[5]} ${subj}`,
        html,
        text,
        primary: 'html',
      },
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

export const AD_THREAD_LAYOUTS: LeadLayout[] = [
  metaRelay,
  googleSheet,
  linkedinAdf,
  tiktokDirect,
  snapSlack,
  msCsv,
  pinterestAgency,
  gmailFwdLetter,
  outlookOverApple,
  replyQuoted,
  emlAttLetter,
  newOutlookFwd,
];
