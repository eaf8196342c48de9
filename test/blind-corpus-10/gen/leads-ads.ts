/** Lead layouts from ad platforms (Meta, Google, LinkedIn, TikTok, Snapchat, Microsoft, Pinterest). */
import type { Expected } from '../../blind-corpus/gen/model.js';
import { attachment } from './mime.js';
import type { LeadCtx, LeadLayout } from './types.js';
import { date, digits, esc, full, oneLine, paras, pick4, shown, upper } from './util.js';

function campaignName(c: LeadCtx): string {
  const season = c.rng.pick(['Spring', 'Summer', 'Autumn', 'Winter']);
  return `${c.biz.name} – ${season} 2026 – ${c.rng.pick(['Leads', 'Quote', 'Booking'])} ${c.rng.int(1, 9)}`;
}

const question = (lang: string) =>
  ({
    en: 'What would you like us to know?',
    de: 'Was sollten wir vorab wissen?',
    fr: 'Que devrions-nous savoir ?',
    es: '¿Qué deberíamos saber?',
  })[lang] ?? '';

function ids(c: LeadCtx, kind: 'num' | 'uuid', len = 15) {
  const mk = () => (kind === 'uuid' ? c.rng.uuid() : digits(c.rng, len));
  return { lead: mk(), ad: mk(), form: mk(), campaign: mk(), group: mk() };
}

function adExpected(
  source: string,
  campaign: string,
  i: ReturnType<typeof ids>,
  lead = i.lead,
): Partial<Expected> {
  return { source, campaign, adId: i.ad, formId: i.form, campaignId: i.campaign, platformLeadId: lead };
}

/** 7 — Meta lead relayed as HTML with an answers table and a separate ids table. */
export const adMetaTwoTables: LeadLayout = {
  id: 'ad-meta-relay-answers-then-ids',
  description:
    'Meta lead ad relayed by "Leadlatch" in HTML only: a first table of the form\'s answers under Meta\'s raw keys (full_name, email, phone_number, the custom question) and a second "Delivery details" table with lead id, page name, ad id, ad set id, form id, campaign id and campaign name, then a "manage your connection" footer',
  build(c) {
    const i = ids(c, 'num');
    const camp = campaignName(c);
    const answers: [string, string][] = [['full_name', shown(c)]];
    if (c.hasEmail) answers.push(['email', c.person.email]);
    if (c.phone) answers.push(['phone_number', c.phone]);
    if (c.msg)
      answers.push([
        question(c.lang)
          .toLowerCase()
          .replace(/[^\p{L} ]/gu, '')
          .trim()
          .replace(/ /g, '_'),
        oneLine(c.msg),
      ]);
    const meta: [string, string][] = [
      ['Lead ID', i.lead],
      ['Page', c.biz.name],
      ['Ad ID', i.ad],
      ['Ad set ID', i.group],
      ['Form ID', i.form],
      ['Campaign ID', i.campaign],
      ['Campaign', camp],
    ];
    const tbl = (rows: [string, string][]) =>
      `<table cellpadding="3">${rows.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    const head = pick4(c.lang, {
      en: 'New Facebook lead',
      de: 'Neuer Facebook-Lead',
      fr: 'Nouveau prospect Facebook',
      es: 'Nuevo lead de Facebook',
    });
    const html = `<h3>${esc(head)}</h3>\n${tbl(answers)}\n<h4>Delivery details</h4>\n${tbl(meta)}\n<p style="color:#999">Leadlatch · manage your connection at leadlatch.test/connections</p>`;
    return {
      draft: {
        from: { name: 'Leadlatch', email: 'deliver@leadlatch.test' },
        subject: `${head}: ${camp}`,
        html,
      },
      expected: adExpected('facebook_lead_ads', camp, i),
      extraPii: c.caps ? [upper(full(c))] : [],
    };
  },
};

/** 8 — Google lead form as dotted keys in plain text. */
export const adGoogleDottedKeys: LeadLayout = {
  id: 'ad-google-dotted-key-lines',
  description:
    'Google Ads lead form delivered by webhook bridge "Hookyard" in plain text: one "key = value" line per field with dotted keys (lead.id, lead.form_id, lead.campaign_id, lead.adgroup_id, lead.creative_id, lead.gclid, campaign.name, user.FIRST_NAME, user.LAST_NAME, user.EMAIL, user.PHONE_NUMBER, user.POSTAL_CODE, answer.<question>), values of free text in double quotes',
  build(c) {
    const i = ids(c, 'num', 11);
    const camp = campaignName(c);
    const lead = `${c.rng.hex(8)}-${c.rng.hex(4)}`;
    const lines = [
      `lead.id = ${lead}`,
      `lead.form_id = ${i.form}`,
      `lead.campaign_id = ${i.campaign}`,
      `lead.adgroup_id = ${i.group}`,
      `lead.creative_id = ${i.ad}`,
      `lead.gclid = Cj0K${c.rng.hex(18)}`,
      `campaign.name = "${camp}"`,
      `user.FIRST_NAME = "${c.person.first}"`,
      `user.LAST_NAME = "${c.person.last}"`,
    ];
    if (c.hasEmail) lines.push(`user.EMAIL = "${c.person.email}"`);
    if (c.phone) lines.push(`user.PHONE_NUMBER = "${c.phone}"`);
    lines.push(`user.POSTAL_CODE = "${c.rng.digits(5)}"`);
    if (c.msg) lines.push(`answer.${question(c.lang)} = "${oneLine(c.msg)}"`);
    const text = `Hookyard delivery ${c.rng.hex(6)} (google_ads_lead_form)\n\n${lines.join('\n')}\n\n-- sent by Hookyard, do not reply\n`;
    return {
      draft: {
        from: { name: 'Hookyard', email: 'bridge@hookyard.test' },
        subject: `google lead ${lead}`,
        text,
      },
      expected: adExpected('google_ads', camp, i, lead),
    };
  },
};

/** 9 — LinkedIn export CSV, last name first, forwarded by a marketing colleague. */
export const adLinkedinCsv: LeadLayout = {
  id: 'ad-linkedin-csv-lastname-first',
  description:
    "LinkedIn Lead Gen Form lead as a .csv attachment (comma-separated for en, semicolon-separated elsewhere) whose columns start with Last Name then First Name, then Email, Phone, Country, the question, Campaign, Campaign ID, Form ID, Creative ID, Lead ID and Account ID; a plain cover note from the business's marketing colleague with their phone; about 30% of customers are in the neighbouring country and write their number nationally with the country column",
  foreign: 'country-field',
  build(c) {
    const sep = c.lang === 'en' ? ',' : ';';
    const i = ids(c, 'num', 9);
    const lead = `urn:li:leadFormResponse:${digits(c.rng, 12)}`;
    const camp = campaignName(c);
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const head = [
      'Last Name',
      'First Name',
      'Email',
      'Phone',
      'Country',
      question(c.lang),
      'Campaign',
      'Campaign ID',
      'Form ID',
      'Creative ID',
      'Lead ID',
      'Account ID',
    ];
    const row = [
      c.person.last,
      c.person.first,
      c.hasEmail ? c.person.email : '',
      c.phone ?? '',
      c.countryName,
      c.msg ? oneLine(c.msg) : '',
      camp,
      i.campaign,
      i.form,
      i.ad,
      lead,
      digits(c.rng, 9),
    ];
    const csv = `${head.map(q).join(sep)}\n${row.map(q).join(sep)}\n`;
    const note = pick4(c.lang, {
      en: `Hi team,\n\nanother one from the LinkedIn form, export attached. Can someone pick it up today?\n\n${c.staff.name}\nMarketing · ${c.staff.phone}`,
      de: `Hallo zusammen,\n\nnoch ein Lead aus dem LinkedIn-Formular, Export im Anhang. Kann das heute jemand übernehmen?\n\n${c.staff.name}\nMarketing · ${c.staff.phone}`,
      fr: `Bonjour à tous,\n\nencore un contact du formulaire LinkedIn, export en pièce jointe. Quelqu’un peut-il s’en charger aujourd’hui ?\n\n${c.staff.name}\nMarketing · ${c.staff.phone}`,
      es: `Hola equipo:\n\notro contacto del formulario de LinkedIn, va el export adjunto. ¿Alguien lo puede atender hoy?\n\n${c.staff.name}\nMarketing · ${c.staff.phone}`,
    });
    return {
      draft: {
        from: { name: c.staff.name, email: c.staff.email },
        subject: `LinkedIn lead – ${camp}`,
        text: `${note}\n`,
        attachments: [
          attachment('linkedin-leads.csv', 'text/csv', csv, { charset: c.n % 2 ? 'utf-8' : 'windows-1252' }),
        ],
      },
      expected: adExpected('linkedin_lead_gen', camp, i, lead),
      others: [c.staff.name],
    };
  },
};

/** 10 — TikTok: bold label, <br>, value blocks; ids in a small footer table. */
export const adTiktokBoldBr: LeadLayout = {
  id: 'ad-tiktok-bold-label-br-value',
  description:
    'TikTok instant-form lead from connector "Reelflow" (HTML with text): each field a <p> with a <b> label, a <br> and the value (name in capitals on half), the question\'s answer in paragraphs, then a small grey table of ids (lead id, advertiser id as a distractor, campaign id, ad group id, ad id, form id) and the campaign name',
  build(c) {
    const i = ids(c, 'num', 19);
    const adv = digits(c.rng, 19);
    const camp = campaignName(c);
    const L = pick4(c.lang, {
      en: ['Name', 'Email', 'Phone number', 'New TikTok lead'],
      de: ['Name', 'E-Mail', 'Telefonnummer', 'Neuer TikTok-Lead'],
      fr: ['Nom', 'E-mail', 'Numéro de téléphone', 'Nouveau prospect TikTok'],
      es: ['Nombre', 'Correo electrónico', 'Número de teléfono', 'Nuevo lead de TikTok'],
    });
    const fields: [string, string][] = [[L[0], shown(c)]];
    if (c.hasEmail) fields.push([L[1], c.person.email]);
    if (c.phone) fields.push([L[2], c.phone]);
    const idRows: [string, string][] = [
      ['Lead ID', i.lead],
      ['Advertiser ID', adv],
      ['Campaign ID', i.campaign],
      ['Ad group ID', i.group],
      ['Ad ID', i.ad],
      ['Form ID', i.form],
      ['Campaign', camp],
    ];
    const html = `<h3>${esc(L[3])}</h3>
${fields.map(([k, v]) => `<p><b>${esc(k)}</b><br>${esc(v)}</p>`).join('\n')}
${c.msg ? `<p><b>${esc(question(c.lang))}</b><br>${c.msg.map(esc).join('<br><br>')}</p>` : ''}
<table style="color:#888;font-size:11px">${idRows.map(([k, v]) => `<tr><td>${k}</td><td>${esc(v)}</td></tr>`).join('')}</table>
<p style="color:#888;font-size:11px">Reelflow · reelflow.test</p>`;
    const text = `${L[3]}\n\n${fields.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${c.msg ? `${question(c.lang)}\n${paras(c.msg)}\n\n` : ''}${idRows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nReelflow · reelflow.test\n`;
    return {
      draft: {
        from: { name: 'Reelflow', email: 'leads@reelflow.test' },
        subject: `${L[3]} · ${camp}`,
        html,
        text,
        primary: 'html',
      },
      expected: adExpected('tiktok', camp, i),
      extraPii: c.caps ? [upper(full(c))] : [],
    };
  },
};

/** 11 — Snapchat lead as an XML attachment with <field key=…> elements. */
export const adSnapchatXml: LeadLayout = {
  id: 'ad-snapchat-xml-field-keys-att',
  description:
    'Snapchat lead-generation lead from relay "Ghostmark": a plain two-line cover and a lead.xml attachment with <lead id> and <tracking> (campaign, ad squad as distractor, ad, form UUIDs and the campaign name) and <answers> of <field key="first_name|last_name|email|phone|custom_question">, the custom answer in CDATA with its paragraphs',
  build(c) {
    const i = ids(c, 'uuid');
    const camp = campaignName(c);
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const f: string[] = [
      `    <field key="first_name">${x(c.person.first)}</field>`,
      `    <field key="last_name">${x(c.person.last)}</field>`,
    ];
    if (c.hasEmail) f.push(`    <field key="email">${c.person.email}</field>`);
    if (c.phone) f.push(`    <field key="phone">${x(c.phone)}</field>`);
    if (c.msg)
      f.push(
        `    <field key="custom_question" label="${x(question(c.lang))}"><![CDATA[${paras(c.msg)}]]></field>`,
      );
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<lead id="${i.lead}" platform="snapchat" created="2026-${String(c.rng.int(1, 12)).padStart(2, '0')}-${String(c.rng.int(1, 28)).padStart(2, '0')}">
  <tracking>
    <campaign id="${i.campaign}">${x(camp)}</campaign>
    <ad_squad id="${i.group}"/>
    <ad id="${i.ad}"/>
    <form id="${i.form}"/>
  </tracking>
  <answers>
${f.join('\n')}
  </answers>
</lead>
`;
    const cover = pick4(c.lang, {
      en: 'A new Snapchat lead is attached (lead.xml).\nGhostmark relay — ghostmark.test',
      de: 'Ein neuer Snapchat-Lead liegt bei (lead.xml).\nGhostmark-Relay — ghostmark.test',
      fr: 'Un nouveau prospect Snapchat est joint (lead.xml).\nRelais Ghostmark — ghostmark.test',
      es: 'Adjuntamos un nuevo lead de Snapchat (lead.xml).\nRelé Ghostmark — ghostmark.test',
    });
    return {
      draft: {
        from: { name: 'Ghostmark', email: 'relay@ghostmark.test' },
        subject: `Snapchat lead ${i.lead.slice(0, 8)}`,
        text: `${cover}\n`,
        attachments: [attachment('lead.xml', 'application/xml', xml, { charset: 'utf-8' })],
      },
      expected: adExpected('snapchat', camp, i),
    };
  },
};

/** 12 — Microsoft Advertising lead as a JSON attachment with name/value pairs, passed on by an agency. */
export const adMicrosoftJsonPairs: LeadLayout = {
  id: 'ad-microsoft-agency-json-pairs',
  description:
    'Microsoft Advertising lead form passed on by agency "Brightlane": a plain note from the named account manager with their mobile, and a lead.json attachment with top-level leadId, campaignName, campaignId, adGroupId, adId, leadFormId and an "answers" array of {"question", "answer"} pairs (full name, e-mail, phone, the custom question with \\n\\n between paragraphs)',
  build(c) {
    const i = ids(c, 'num', 10);
    const camp = campaignName(c);
    const mgr = pick4(c.lang, {
      en: 'Hollis Grange',
      de: 'Jana Petersilie',
      fr: 'Romain Lacaze',
      es: 'Alba Cifuentes',
    });
    const mgrPhone = c.biz.staff[2]?.phone ?? '';
    const L = pick4(c.lang, {
      en: ['Full name', 'Email address', 'Phone'],
      de: ['Vollständiger Name', 'E-Mail-Adresse', 'Telefon'],
      fr: ['Nom complet', 'Adresse e-mail', 'Téléphone'],
      es: ['Nombre completo', 'Correo electrónico', 'Teléfono'],
    });
    const answers: { question: string; answer: string }[] = [{ question: L[0], answer: full(c) }];
    if (c.hasEmail) answers.push({ question: L[1], answer: c.person.email });
    if (c.phone) answers.push({ question: L[2], answer: c.phone });
    if (c.msg) answers.push({ question: question(c.lang), answer: paras(c.msg) });
    const json = `${JSON.stringify({ leadId: i.lead, campaignName: camp, campaignId: i.campaign, adGroupId: i.group, adId: i.ad, leadFormId: i.form, network: 'Microsoft Advertising', answers }, null, 2)}\n`;
    const note = pick4(c.lang, {
      en: `Hello ${c.biz.name},\n\na lead came in overnight from your Microsoft Advertising campaign, details in the attached file. Give me a ring if anything looks off.\n\n${mgr}\nAccount manager, Brightlane\nmobile ${mgrPhone}`,
      de: `Hallo ${c.biz.name},\n\nüber Nacht kam ein Lead aus Ihrer Microsoft-Advertising-Kampagne, die Daten stehen in der Datei im Anhang. Melden Sie sich gern, falls etwas nicht stimmt.\n\n${mgr}\nKundenbetreuung, Brightlane\nmobil ${mgrPhone}`,
      fr: `Bonjour ${c.biz.name},\n\nun contact est arrivé cette nuit via votre campagne Microsoft Advertising, les détails sont dans le fichier joint. Appelez-moi si quelque chose cloche.\n\n${mgr}\nChargé de compte, Brightlane\nmobile ${mgrPhone}`,
      es: `Hola, ${c.biz.name}:\n\nesta noche entró un lead de su campaña de Microsoft Advertising, los datos van en el archivo adjunto. Llámeme si algo no cuadra.\n\n${mgr}\nEjecutiva de cuentas, Brightlane\nmóvil ${mgrPhone}`,
    });
    return {
      draft: {
        from: { name: mgr, email: 'accounts@brightlane.test' },
        subject: `Microsoft Ads lead – ${camp}`,
        text: `${note}\n`,
        attachments: [attachment('lead.json', 'application/json', json, { charset: 'utf-8' })],
      },
      expected: adExpected('microsoft_ads', camp, i),
      others: [mgr],
    };
  },
};

/** 13 — Pinterest: captions above values in div cards, pin id as the ad. */
export const adPinterestCaptions: LeadLayout = {
  id: 'ad-pinterest-caption-above-cards',
  description:
    'Pinterest lead ad from connector "Pinloop" in HTML only: each field a card <div> with a small uppercase caption <div> above the value <div>, the answer card holding paragraphs, then a second row of cards for campaign, campaign id, ad group id, promoted pin id, lead form id and lead id, and the connector\'s footer with its own support address',
  build(c) {
    const i = ids(c, 'num', 12);
    const camp = campaignName(c);
    const L = pick4(c.lang, {
      en: ['FIRST NAME', 'LAST NAME', 'EMAIL', 'PHONE', 'Pinterest lead'],
      de: ['VORNAME', 'NACHNAME', 'E-MAIL', 'TELEFON', 'Pinterest-Lead'],
      fr: ['PRÉNOM', 'NOM', 'E-MAIL', 'TÉLÉPHONE', 'Prospect Pinterest'],
      es: ['NOMBRE', 'APELLIDOS', 'CORREO', 'TELÉFONO', 'Lead de Pinterest'],
    });
    const card = (k: string, v: string) =>
      `<div class="card"><div style="font-size:10px;text-transform:uppercase">${esc(k)}</div><div>${v}</div></div>`;
    const cards = [card(L[0], esc(c.person.first)), card(L[1], esc(c.person.last))];
    if (c.hasEmail) cards.push(card(L[2], esc(c.person.email)));
    if (c.phone) cards.push(card(L[3], esc(c.phone)));
    if (c.msg) cards.push(card(upper(question(c.lang)), c.msg.map(esc).join('<br><br>')));
    const track = [
      card('Campaign', esc(camp)),
      card('Campaign ID', i.campaign),
      card('Ad group ID', i.group),
      card('Promoted pin ID', i.ad),
      card('Lead form ID', i.form),
      card('Lead ID', i.lead),
    ];
    const html = `<h3>${esc(L[4])}</h3>\n<div class="row">${cards.join('\n')}</div>\n<div class="row">${track.join('\n')}</div>\n<p style="color:#999">Pinloop · support@pinloop.test · ${esc(date(c.rng, c.lang))}</p>`;
    return {
      draft: { from: { name: 'Pinloop', email: 'leads@pinloop.test' }, subject: `${L[4]}: ${camp}`, html },
      expected: adExpected('pinterest', camp, i),
    };
  },
};
