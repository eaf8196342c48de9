/** Ad-platform leads: seven layouts, one per platform. */
import { COUNTRY_NAMES, intlForm } from './data.js';
import { attachment } from './mime.js';
import type { LeadCtx, LeadLayout } from './types.js';
import {
  canCaps,
  drawWhen,
  esc,
  fullName,
  ids,
  isoDate,
  oneLine,
  paras,
  phoneText,
  shownName,
  t,
} from './util.js';

const SEASONS = ['Spring', 'Summer', 'Autumn', 'Winter'];

function campaignName(ctx: LeadCtx, platform: string): string {
  return `${ctx.biz.short} ${platform} ${ctx.rng.pick(SEASONS)} 2026 – ${t(ctx.lang, { en: 'Leads', de: 'Anfragen', fr: 'Prospects', es: 'Contactos' })}`;
}

function customQuestion(ctx: LeadCtx): string {
  return t(ctx.lang, {
    en: 'Tell us a little about what you need',
    de: 'Erzählen Sie uns kurz, was Sie brauchen',
    fr: 'Dites-nous en quelques mots ce dont vous avez besoin',
    es: 'Cuéntenos brevemente qué necesita',
  });
}

function countryName(ctx: LeadCtx): string {
  return (COUNTRY_NAMES[ctx.country] as Record<string, string>)[ctx.lang] as string;
}

function snake(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function distinct(make: () => string, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(make());
  return [...out];
}

const metaPipe: LeadLayout = {
  id: 'ad-meta-pipe-relay-ids-block',
  description:
    'Meta (Facebook/Instagram) lead relayed by "Relaybee" in plain text: a bordered pipe table of the answers under Meta’s raw keys (full_name in capitals on half, phone_number, email, the custom question as snake_case), then an "IDs" pipe table (leadgen_id, ad_id, adset_id, form_id, campaign_id, page_id) and the campaign name',
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const n = shownName(ctx);
    const [leadId, adId, adsetId, formId, campaignId, pageId] = distinct(() => ids(rng, 16), 6) as string[];
    const campaign = campaignName(ctx, 'Meta');
    const q = snake(customQuestion(ctx));
    const answers: [string, string][] = [
      ['full_name', n.full],
      ...(ctx.hasEmail ? ([['email', person.email]] as [string, string][]) : []),
      ...(ctx.phone ? ([['phone_number', ctx.phone.written]] as [string, string][]) : []),
      [q, ctx.message ? oneLine(ctx.message) : ''],
    ];
    const pipe = (rows: [string, string][]) => {
      const w = Math.max(...rows.map((r) => r[0].length));
      return rows.map(([k, v]) => `| ${k.padEnd(w)} | ${v}`);
    };
    const text = [
      t(lang, {
        en: `New lead from your Facebook form for ${biz.name}`,
        de: `Neuer Lead aus Ihrem Facebook-Formular für ${biz.name}`,
        fr: `Nouveau prospect issu de votre formulaire Facebook pour ${biz.name}`,
        es: `Nuevo lead de su formulario de Facebook para ${biz.name}`,
      }),
      '',
      ...pipe(answers),
      '',
      'IDs',
      ...pipe([
        ['leadgen_id', leadId as string],
        ['ad_id', adId as string],
        ['adset_id', adsetId as string],
        ['form_id', formId as string],
        ['campaign_id', campaignId as string],
        ['page_id', pageId as string],
      ]),
      `campaign_name: ${campaign}`,
      '',
      t(lang, {
        en: 'Relaybee checks your Facebook page every 5 minutes. Pause relaying at https://relaybee.test/app',
        de: 'Relaybee prüft Ihre Facebook-Seite alle 5 Minuten. Weiterleitung pausieren: https://relaybee.test/app',
        fr: 'Relaybee consulte votre page Facebook toutes les 5 minutes. Suspendre le relais : https://relaybee.test/app',
        es: 'Relaybee revisa su página de Facebook cada 5 minutos. Pausar el reenvío: https://relaybee.test/app',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Relaybee', email: 'leads@relaybee.test' },
        subject: `Facebook lead · ${n.full} · ${campaign}`,
        text,
      },
      expected: { source: 'facebook_lead_ads', campaign, adId, formId, campaignId, platformLeadId: leadId },
      pii: [n.full],
    };
  },
};

const googleDl: LeadLayout = {
  id: 'ad-google-columnid-dl-html',
  description:
    'Google Ads lead form relayed by "Adwire" (HTML with text): the answers as a <dl> under Google’s column ids (FIRST_NAME, LAST_NAME, EMAIL, PHONE_NUMBER, POSTAL_CODE, the custom question), then a second <dl> of ids (lead_id, form_id, campaign_id, creative_id; adgroup_id and gcl_id as distractors) and the campaign name',
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const n = shownName(ctx);
    const leadId = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}`.toUpperCase();
    const [formId, campaignId, creativeId, adgroupId] = distinct(() => ids(rng, 11), 4) as string[];
    const gcl = `Cj0KCQ${rng.hex(20)}`;
    const campaign = campaignName(ctx, 'Search');
    const postal = String(rng.int(10000, 99999));
    const answers: [string, string][] = [
      ['FIRST_NAME', n.first],
      ['LAST_NAME', n.last],
      ...(ctx.hasEmail ? ([['EMAIL', person.email]] as [string, string][]) : []),
      ...(ctx.phone ? ([['PHONE_NUMBER', ctx.phone.written]] as [string, string][]) : []),
      ['POSTAL_CODE', postal],
      ...(ctx.message ? ([[customQuestion(ctx), ctx.message]] as [string, string][]) : []),
    ];
    const idRows: [string, string][] = [
      ['lead_id', leadId],
      ['form_id', formId as string],
      ['campaign_id', campaignId as string],
      ['adgroup_id', adgroupId as string],
      ['creative_id', creativeId as string],
      ['gcl_id', gcl],
      ['campaign_name', campaign],
    ];
    const dl = (rows: [string, string][]) =>
      `<dl style="font:13px monospace">${rows.map(([k, v]) => `<dt style="color:#5f6368">${esc(k)}</dt><dd>${v.includes('\n') ? paras(v) : esc(v)}</dd>`).join('')}</dl>`;
    const title = t(lang, {
      en: 'Google Ads · lead form submission',
      de: 'Google Ads · Lead-Formular ausgefüllt',
      fr: 'Google Ads · formulaire de prospect rempli',
      es: 'Google Ads · formulario de cliente potencial enviado',
    });
    const html = [
      `<h2 style="font-family:Arial">${esc(title)}</h2>`,
      `<p>${esc(biz.name)}</p>`,
      `<h4>${esc(t(lang, { en: 'User data', de: 'Nutzerdaten', fr: 'Données utilisateur', es: 'Datos del usuario' }))}</h4>`,
      dl(answers),
      `<h4>${esc(t(lang, { en: 'Attribution', de: 'Zuordnung', fr: 'Attribution', es: 'Atribución' }))}</h4>`,
      dl(idRows),
      '<p style="font-size:11px;color:#888">Adwire webhook relay · https://adwire.test</p>',
    ].join('\n');
    const text = [
      title,
      biz.name,
      '',
      ...answers.map(([k, v]) => `${k}\n  ${v.replace(/\n/g, '\n  ')}`),
      '',
      ...idRows.map(([k, v]) => `${k}\n  ${v}`),
      '',
      'Adwire webhook relay',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Adwire', email: 'relay@adwire.test' },
        subject: `${title}: ${campaign}`,
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
      pii: [n.first, n.last],
    };
  },
};

const linkedinJson: LeadLayout = {
  id: 'ad-linkedin-json-body-lastname-caps',
  description:
    'LinkedIn Lead Gen Form lead from connector "Linkrelay" in plain text: one sentence, then the pretty-printed JSON in the body with leadResponseId, formId, campaignId, creativeId (accountId a distractor) and an answers object (lastName in capitals on half, country, company, job title, the custom question); foreign customers write nationally with only the country to tell',
  foreign: 'field',
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const last = ctx.caps && canCaps(person) ? person.last.toUpperCase() : person.last;
    const leadId = rng.uuid();
    const [formId, campaignId, creativeId, accountId] = distinct(() => ids(rng, 9), 4) as string[];
    const campaign = campaignName(ctx, 'LinkedIn');
    const payload = {
      event: 'LEAD_ACTION',
      leadResponseId: leadId,
      submittedAt: isoDate(drawWhen(rng)),
      accountId,
      campaign: { id: campaignId, name: campaign },
      creativeId,
      formId,
      answers: {
        firstName: person.first,
        lastName: last,
        emailAddress: ctx.hasEmail ? person.email : null,
        phoneNumber: ctx.phone ? phoneText(ctx) : null,
        country: countryName(ctx),
        companyName: rng.pick([
          'Northline Events',
          'Brightwell Hotels',
          'Atelier Lune',
          'Casa Verde Group',
          'Self-employed',
        ]),
        jobTitle: rng.pick(['Event planner', 'Owner', 'Marketing manager', 'Projektleiterin', 'Directora']),
        [customQuestion(ctx)]: ctx.message,
      },
    };
    const text = [
      t(lang, {
        en: `Linkrelay received a new LinkedIn lead for ${biz.name}. Raw payload:`,
        de: `Linkrelay hat einen neuen LinkedIn-Lead für ${biz.name} erhalten. Rohdaten:`,
        fr: `Linkrelay a reçu un nouveau prospect LinkedIn pour ${biz.name}. Données brutes :`,
        es: `Linkrelay recibió un nuevo lead de LinkedIn para ${biz.name}. Datos sin procesar:`,
      }),
      '',
      JSON.stringify(payload, null, 2),
      '',
      '— Linkrelay · https://linkrelay.test/docs/webhooks',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Linkrelay', email: 'hooks@linkrelay.test' },
        subject: `LinkedIn lead: ${campaign}`,
        text,
      },
      expected: {
        source: 'linkedin_lead_gen',
        campaign,
        adId: creativeId,
        formId,
        campaignId,
        platformLeadId: leadId,
      },
      pii: [last],
    };
  },
};

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const tiktokXml: LeadLayout = {
  id: 'ad-tiktok-agency-xml-att',
  description:
    'TikTok instant-form lead passed on by agency "Clipcraft Media": a plain cover note from the named account manager with their mobile, and lead.xml with a <meta> block (leadId, adId, formId, campaign id attribute; advertiserId and adgroupId distractors) and <answer label=…> elements, the free text in CDATA',
  extension: true,
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const n = shownName(ctx);
    const [leadId, adId, formId, campaignId, advId, adgroupId] = distinct(
      () => `7${rng.digits(18)}`,
      6,
    ) as string[];
    const campaign = campaignName(ctx, 'TikTok');
    const mgr = t(lang, {
      en: ['Zara', 'Pillay'],
      de: ['Jana', 'Unterberger'],
      fr: ['Mélanie', 'Kouassi'],
      es: ['Florencia', 'Dávila'],
    }) as [string, string];
    const mgrPhone = ctx.staff2.phone;
    const L = t(lang, {
      en: ['Name', 'Email', 'Phone number'],
      de: ['Name', 'E-Mail', 'Telefonnummer'],
      fr: ['Nom', 'E-mail', 'Numéro de téléphone'],
      es: ['Nombre', 'Correo electrónico', 'Número de teléfono'],
    });
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tiktokLead>',
      '  <meta>',
      `    <leadId>${leadId}</leadId>`,
      `    <advertiserId>${advId}</advertiserId>`,
      `    <campaign id="${campaignId}">${xmlEsc(campaign)}</campaign>`,
      `    <adgroupId>${adgroupId}</adgroupId>`,
      `    <adId>${adId}</adId>`,
      `    <formId>${formId}</formId>`,
      `    <createdAt>${isoDate(drawWhen(rng))}</createdAt>`,
      '  </meta>',
      '  <answers>',
      `    <answer label="${xmlEsc(L[0] as string)}">${xmlEsc(n.full)}</answer>`,
      ...(ctx.hasEmail
        ? [`    <answer label="${xmlEsc(L[1] as string)}">${xmlEsc(person.email)}</answer>`]
        : []),
      ...(ctx.phone
        ? [`    <answer label="${xmlEsc(L[2] as string)}">${xmlEsc(phoneText(ctx) as string)}</answer>`]
        : []),
      ...(ctx.message
        ? [`    <answer label="${xmlEsc(customQuestion(ctx))}"><![CDATA[${ctx.message}]]></answer>`]
        : []),
      '  </answers>',
      '</tiktokLead>',
      '',
    ].join('\n');
    const text = [
      t(lang, {
        en: `Hi ${biz.short} team,\n\nanother lead from the TikTok campaign came in this morning, details in the attached file. Let me know if you want us to raise the daily budget.`,
        de: `Hallo ${biz.short}-Team,\n\nheute früh ist ein weiterer Lead aus der TikTok-Kampagne eingegangen, Details in der angehängten Datei. Sagt Bescheid, wenn wir das Tagesbudget erhöhen sollen.`,
        fr: `Bonjour l’équipe ${biz.short},\n\nun nouveau prospect de la campagne TikTok est arrivé ce matin, détails dans le fichier joint. Dites-moi si vous voulez augmenter le budget quotidien.`,
        es: `Hola equipo de ${biz.short}:\n\nesta mañana entró otro lead de la campaña de TikTok, los datos van en el archivo adjunto. Avísenme si quieren subir el presupuesto diario.`,
      }),
      '',
      `${mgr[0]} ${mgr[1]}`,
      `Account Manager · Clipcraft Media`,
      `${t(lang, { en: 'Mobile', de: 'Mobil', fr: 'Mobile', es: 'Móvil' })} ${intlForm(mgrPhone)}`,
    ].join('\n');
    return {
      draft: {
        from: {
          name: `${mgr[0]} ${mgr[1]}`,
          email: `${mgr[0]
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]/g, '')}@clipcraft-media.test`,
        },
        subject: `TikTok lead – ${campaign}`,
        text,
        attachments: [() => attachment('lead.xml', 'application/xml', xml, { charset: 'utf-8' })],
      },
      expected: { source: 'tiktok', campaign, adId, formId, campaignId, platformLeadId: leadId },
      pii: [n.full],
      others: [`${mgr[0]} ${mgr[1]}`],
    };
  },
};

function vEsc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
}

const snapVcf: LeadLayout = {
  id: 'ad-snapchat-id-lines-vcard-att',
  description:
    'Snapchat lead-generation ad lead from exporter "Snapvault" (HTML with text): a short sentence and a two-column id table (Snap lead ID, ad ID, lead form ID, campaign ID; ad squad ID a distractor), the contact itself only in the attached contact.vcf (N, FN, EMAIL, TEL, NOTE with the free text)',
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const [leadId, adId, formId, campaignId, squadId] = distinct(() => rng.uuid(), 5) as string[];
    const campaign = campaignName(ctx, 'Snap');
    const rows: [string, string][] = [
      ['Snap lead ID', leadId as string],
      ['Ad ID', adId as string],
      ['Ad squad ID', squadId as string],
      ['Lead form ID', formId as string],
      ['Campaign ID', campaignId as string],
      [t(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }), campaign],
    ];
    const intro = t(lang, {
      en: `A Snapchat user filled in your lead form for ${biz.name}. Their contact card is attached.`,
      de: `Eine Person auf Snapchat hat Ihr Lead-Formular für ${biz.name} ausgefüllt. Die Kontaktkarte ist angehängt.`,
      fr: `Un utilisateur Snapchat a rempli votre formulaire pour ${biz.name}. Sa fiche contact est en pièce jointe.`,
      es: `Una persona en Snapchat completó su formulario para ${biz.name}. Su tarjeta de contacto va adjunta.`,
    });
    const html = [
      `<p>${esc(intro)}</p>`,
      `<table style="font:12px Helvetica">${rows.map(([k, v]) => `<tr><td style="color:#888;padding-right:12px">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`,
      '<p style="font-size:11px;color:#aaa">Snapvault exports · https://snapvault.test</p>',
    ].join('\n');
    const text = [intro, '', ...rows.map(([k, v]) => `${k}: ${v}`), '', 'Snapvault exports'].join('\n');
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vEsc(person.last)};${vEsc(person.first)};;;`,
      `FN:${vEsc(fullName(person))}`,
      ...(ctx.hasEmail ? [`EMAIL:${person.email}`] : []),
      ...(ctx.phone ? [`TEL;TYPE=CELL:${ctx.phone.written}`] : []),
      ...(ctx.message ? [`NOTE:${vEsc(ctx.message)}`] : []),
      `X-SNAP-LEAD-ID:${leadId}`,
      'END:VCARD',
      '',
    ].join('\r\n');
    return {
      draft: {
        from: { name: 'Snapvault', email: 'export@snapvault.test' },
        subject: t(lang, {
          en: `New Snapchat lead (${campaign})`,
          de: `Neuer Snapchat-Lead (${campaign})`,
          fr: `Nouveau prospect Snapchat (${campaign})`,
          es: `Nuevo lead de Snapchat (${campaign})`,
        }),
        html,
        text,
        primary: 'html',
        attachments: [(cs) => attachment('contact.vcf', 'text/vcard', vcf, { charset: cs })],
      },
      expected: { source: 'snapchat', campaign, adId, formId, campaignId, platformLeadId: leadId },
      pii: [fullName(person)],
    };
  },
};

function asciiGrid(rows: [string, string][], vw: number): string[] {
  const kw = Math.max(...rows.map((r) => r[0].length));
  const rule = `+-${'-'.repeat(kw)}-+-${'-'.repeat(vw)}-+`;
  const out = [rule];
  for (const [k, v] of rows) {
    const chunks: string[] = [];
    let cur = '';
    for (const w of v.split(' ')) {
      if (cur && `${cur} ${w}`.length > vw) {
        chunks.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    chunks.push(cur);
    chunks.forEach((c, i) => {
      out.push(`| ${(i === 0 ? k : '').padEnd(kw)} | ${c.padEnd(vw)} |`);
    });
    out.push(rule);
  }
  return out;
}

const msAscii: LeadLayout = {
  id: 'ad-microsoft-ascii-grid-ids',
  description:
    'Microsoft Advertising lead-form lead from relay "Adharbor" in plain text: one ASCII grid with +---+ rules between every row: first and last name apart, email, phone, the question’s answer wrapped onto continuation rows, then lead ID, campaign ID, ad ID, lead form ID, with ad group ID and account number as distractors',
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const n = shownName(ctx);
    const [leadId, campaignId, adgroupId, adId, formId] = distinct(() => ids(rng, 10), 5) as string[];
    const account = `F1${rng.digits(6)}`;
    const campaign = campaignName(ctx, 'Microsoft');
    const L = t(lang, {
      en: ['First name', 'Last name', 'Email', 'Phone'],
      de: ['Vorname', 'Nachname', 'E-Mail', 'Telefon'],
      fr: ['Prénom', 'Nom', 'E-mail', 'Téléphone'],
      es: ['Nombre', 'Apellido', 'Email', 'Teléfono'],
    });
    const rows: [string, string][] = [
      [L[0] as string, n.first],
      [L[1] as string, n.last],
      [L[2] as string, ctx.hasEmail ? person.email : '(none)'],
      [L[3] as string, ctx.phone ? ctx.phone.written : '(none)'],
      [customQuestion(ctx), ctx.message ? oneLine(ctx.message) : '(none)'],
      ['Lead ID', leadId as string],
      ['Campaign', campaign],
      ['Campaign ID', campaignId as string],
      ['Ad group ID', adgroupId as string],
      ['Ad ID', adId as string],
      ['Lead form ID', formId as string],
      ['Account number', account],
    ];
    const text = [
      t(lang, {
        en: `Microsoft Advertising lead form · ${biz.name}`,
        de: `Microsoft Advertising Lead-Formular · ${biz.name}`,
        fr: `Formulaire de prospects Microsoft Advertising · ${biz.name}`,
        es: `Formulario de clientes potenciales de Microsoft Advertising · ${biz.name}`,
      }),
      '',
      ...asciiGrid(rows, 44),
      '',
      'Adharbor · lead delivery for search ads · https://adharbor.test',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Adharbor', email: 'delivery@adharbor.test' },
        subject: `Microsoft Ads lead: ${n.full}`,
        text,
      },
      expected: {
        source: 'microsoft_ads',
        campaign,
        adId,
        formId,
        campaignId,
        platformLeadId: leadId,
        message: ctx.message ? oneLine(ctx.message) : null,
      },
      pii: [n.first, n.last],
    };
  },
};

function csvCell(v: string, sep: string): string {
  return v.includes(sep) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v;
}

const pinterestCsv: LeadLayout = {
  id: 'ad-pinterest-csv-att-owner-note',
  description:
    'Pinterest lead ad lead exported by "Pinharvest": a plain body naming the ad account owner (a staff member) and the tool’s support line, the lead as leads.csv (comma for en, semicolon elsewhere) with lead_id, campaign_id/name, ad_group_id, promoted_pin_id, lead_form_id, first/last name, email, phone, country and the custom question; foreign customers write nationally',
  foreign: 'field',
  build(ctx) {
    const { lang, biz, person, rng, staff } = ctx;
    const sep = lang === 'en' ? ',' : ';';
    const [leadId, campaignId, adgroupId, pinId, formId] = distinct(() => ids(rng, 18), 5) as string[];
    const campaign = campaignName(ctx, 'Pinterest');
    const head = [
      'lead_id',
      'created_time',
      'campaign_id',
      'campaign_name',
      'ad_group_id',
      'promoted_pin_id',
      'lead_form_id',
      'first_name',
      'last_name',
      'email',
      'phone_number',
      'country',
      snake(customQuestion(ctx)),
    ];
    const row = [
      leadId,
      isoDate(drawWhen(rng)),
      campaignId,
      campaign,
      adgroupId,
      pinId,
      formId,
      person.first,
      person.last,
      ctx.hasEmail ? person.email : '',
      ctx.phone ? ctx.phone.written : '',
      countryName(ctx),
      ctx.message ? oneLine(ctx.message) : '',
    ] as string[];
    const csv = `${head.join(sep)}\n${row.map((v) => csvCell(v, sep)).join(sep)}\n`;
    const text = [
      t(lang, {
        en: `Your scheduled Pinterest lead export for ad account "${biz.name}" (owner: ${staff.first} ${staff.last}) found 1 new lead. The file is attached.`,
        de: `Ihr geplanter Pinterest-Lead-Export für das Werbekonto „${biz.name}“ (Inhaber: ${staff.first} ${staff.last}) hat 1 neuen Lead gefunden. Die Datei ist angehängt.`,
        fr: `Votre export programmé de prospects Pinterest pour le compte publicitaire « ${biz.name} » (propriétaire : ${staff.first} ${staff.last}) a trouvé 1 nouveau prospect. Le fichier est joint.`,
        es: `Su exportación programada de leads de Pinterest para la cuenta publicitaria «${biz.name}» (propietario: ${staff.first} ${staff.last}) encontró 1 lead nuevo. El archivo va adjunto.`,
      }),
      '',
      t(lang, {
        en: 'Questions? Pinharvest support, +1 415 555 0142, help@pinharvest.test',
        de: 'Fragen? Pinharvest-Support, +1 415 555 0142, help@pinharvest.test',
        fr: 'Des questions ? Support Pinharvest, +1 415 555 0142, help@pinharvest.test',
        es: '¿Preguntas? Soporte de Pinharvest, +1 415 555 0142, help@pinharvest.test',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Pinharvest', email: 'exports@pinharvest.test' },
        to: [{ name: `${staff.first} ${staff.last}`, email: staff.email }, { email: biz.inbox }],
        subject: `Pinterest leads export – ${campaign}`,
        text,
        attachments: [(cs) => attachment('leads.csv', 'text/csv', csv, { charset: cs })],
      },
      expected: {
        source: 'pinterest',
        campaign,
        adId: pinId,
        formId,
        campaignId,
        platformLeadId: leadId,
        message: ctx.message ? oneLine(ctx.message) : null,
      },
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

export const AD_LAYOUTS: LeadLayout[] = [
  metaPipe,
  googleDl,
  linkedinJson,
  tiktokXml,
  snapVcf,
  msAscii,
  pinterestCsv,
];
