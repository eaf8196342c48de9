/** Ad-platform lead layouts: each platform's lead in a shape none of the earlier corpora used. */
import { attachment } from '../mime.js';
import type { Rng } from '../rng.js';
import type { Lang, LeadLayout } from '../types.js';
import { date, esc, full, L, longDate, num } from './common.js';

const CAMPAIGNS: Record<Lang, string[]> = {
  en: ['Spring Leads 2026', 'Autumn Promo – Local', 'Always-on Prospecting', 'Open Weekend Push'],
  de: ['Frühjahrsaktion 2026', 'Herbst Leads Region', 'Dauerkampagne Anfragen', 'Aktionswochen Mai'],
  fr: ['Offre printemps 2026', 'Prospection automne', 'Campagne permanente', 'Portes ouvertes juin'],
  es: ['Campaña primavera 2026', 'Otoño prospectos', 'Captación permanente', 'Fin de semana abierto'],
};
const QUESTION: Record<Lang, string> = {
  en: 'What can we help you with?',
  de: 'Wobei können wir helfen?',
  fr: 'Comment pouvons-nous vous aider ?',
  es: '¿En qué podemos ayudarle?',
};

function camp(rng: Rng, lang: Lang): string {
  return rng.pick(CAMPAIGNS[lang]);
}

const metaCaps: LeadLayout = {
  id: 'ad-meta-caps-stacked',
  description:
    'Meta lead relayed by the "Adsync" digest in plain text: every label on its own line in capitals with the value on the line below (full name, email, phone, a custom question), then lead id, form name and id, ad name and id, ad set id, campaign name and id in the same stacked style',
  noMessage: 0.15,
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = {
      lead: num(rng, 16),
      form: num(rng, 15),
      ad: `238${num(rng, 14)}`,
      set: `238${num(rng, 14)}`,
      camp: `238${num(rng, 14)}`,
    };
    const lb = L(lang, {
      en: [
        'FULL NAME',
        'EMAIL',
        'PHONE NUMBER',
        'LEAD ID',
        'FORM NAME',
        'FORM ID',
        'AD NAME',
        'AD ID',
        'AD SET ID',
        'CAMPAIGN NAME',
        'CAMPAIGN ID',
        'New lead for',
        'Form answers',
        'Ad details',
      ],
      de: [
        'VOLLSTÄNDIGER NAME',
        'E-MAIL',
        'TELEFONNUMMER',
        'LEAD-ID',
        'FORMULARNAME',
        'FORMULAR-ID',
        'ANZEIGENNAME',
        'ANZEIGEN-ID',
        'ANZEIGENGRUPPEN-ID',
        'KAMPAGNENNAME',
        'KAMPAGNEN-ID',
        'Neuer Lead für',
        'Antworten',
        'Anzeigendetails',
      ],
      fr: [
        'NOM COMPLET',
        'E-MAIL',
        'NUMÉRO DE TÉLÉPHONE',
        'ID DU PROSPECT',
        'NOM DU FORMULAIRE',
        'ID DU FORMULAIRE',
        'NOM DE LA PUBLICITÉ',
        'ID DE LA PUBLICITÉ',
        'ID DE L’ENSEMBLE DE PUBLICITÉS',
        'NOM DE LA CAMPAGNE',
        'ID DE LA CAMPAGNE',
        'Nouveau prospect pour',
        'Réponses',
        'Détails de la publicité',
      ],
      es: [
        'NOMBRE COMPLETO',
        'CORREO ELECTRÓNICO',
        'NÚMERO DE TELÉFONO',
        'ID DEL CLIENTE POTENCIAL',
        'NOMBRE DEL FORMULARIO',
        'ID DEL FORMULARIO',
        'NOMBRE DEL ANUNCIO',
        'ID DEL ANUNCIO',
        'ID DEL CONJUNTO DE ANUNCIOS',
        'NOMBRE DE LA CAMPAÑA',
        'ID DE LA CAMPAÑA',
        'Nuevo cliente potencial para',
        'Respuestas',
        'Detalles del anuncio',
      ],
    });
    const formName = `${ctx.biz.name} – ${L(lang, { en: 'Instant Form', de: 'Sofortformular', fr: 'Formulaire instantané', es: 'Formulario instantáneo' })} ${rng.int(1, 4)}`;
    const adName = `${c} – ${L(lang, { en: 'Carousel', de: 'Karussell', fr: 'Carrousel', es: 'Carrusel' })} ${rng.int(1, 9)}`;
    const pair = (k: string, v: string) => `${k}\n${v}\n`;
    const rows = [
      pair(lb[0] as string, full(ctx)),
      ctx.email ? pair(lb[1] as string, ctx.email) : '',
      ctx.phone ? pair(lb[2] as string, ctx.phone.written) : '',
      pair(QUESTION[lang].toUpperCase(), ctx.message ?? '-'),
    ].filter(Boolean);
    const text = [
      `${lb[11]} ${ctx.biz.name}`,
      `${date(rng, lang)}`,
      '',
      `== ${lb[12]} ==`,
      '',
      rows.join('\n'),
      `== ${lb[13]} ==`,
      '',
      pair(lb[3] as string, ids.lead),
      pair(lb[4] as string, formName),
      pair(lb[5] as string, ids.form),
      pair(lb[6] as string, adName),
      pair(lb[7] as string, ids.ad),
      pair(lb[8] as string, ids.set),
      pair(lb[9] as string, c),
      pair(lb[10] as string, ids.camp),
      '--',
      L(lang, {
        en: 'Adsync sends one email per lead. Turn these off under Settings > Notifications.',
        de: 'Adsync sendet eine E-Mail pro Lead. Abschalten unter Einstellungen > Benachrichtigungen.',
        fr: 'Adsync envoie un e-mail par prospect. Désactivez-les dans Réglages > Notifications.',
        es: 'Adsync envía un correo por cliente potencial. Desactívelo en Ajustes > Notificaciones.',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Adsync', email: 'digest@adsync.example' },
        subject: `${lb[11]} ${ctx.biz.name}: ${full(ctx)}`,
        text,
      },
      expected: {
        source: 'facebook_lead_ads',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.ad,
        platformLeadId: ids.lead,
      },
      names: [full(ctx)],
    };
  },
};

function token(rng: Rng, n: number): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let s = '';
  for (let i = 0; i < n; i++) s += a[rng.int(0, a.length - 1)];
  return s;
}

const googleChain: LeadLayout = {
  id: 'ad-google-inline-id-chain',
  description:
    'Google Ads lead-form lead passed on by automation tool "Flowmate": an HTML table whose left column holds the questions as the form asked them, and all ids in one grey footer line ("Lead … · Form … · Campaign “name” (id) · Ad group … · Creative …"); text part the same as lines',
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = {
      lead: token(rng, 28),
      form: num(rng, 12),
      camp: num(rng, 11),
      group: num(rng, 12),
      creative: num(rng, 12),
    };
    const q = L(lang, {
      en: [
        'What is your full name?',
        'What is your email address?',
        'What number can we reach you on?',
        'Tell us a little about your project',
      ],
      de: [
        'Wie lautet Ihr vollständiger Name?',
        'Wie lautet Ihre E-Mail-Adresse?',
        'Unter welcher Nummer erreichen wir Sie?',
        'Erzählen Sie uns kurz von Ihrem Vorhaben',
      ],
      fr: [
        'Quel est votre nom complet ?',
        'Quelle est votre adresse e-mail ?',
        'À quel numéro pouvons-nous vous joindre ?',
        'Parlez-nous un peu de votre projet',
      ],
      es: [
        '¿Cuál es su nombre completo?',
        '¿Cuál es su correo electrónico?',
        '¿A qué número podemos llamarle?',
        'Cuéntenos un poco sobre su proyecto',
      ],
    });
    const w = L(lang, {
      en: ['Lead', 'Form', 'Campaign', 'Ad group', 'Creative', 'New Google Ads lead'],
      de: ['Lead', 'Formular', 'Kampagne', 'Anzeigengruppe', 'Creative', 'Neuer Google-Ads-Lead'],
      fr: [
        'Prospect',
        'Formulaire',
        'Campagne',
        'Groupe d’annonces',
        'Création',
        'Nouveau prospect Google Ads',
      ],
      es: [
        'Cliente potencial',
        'Formulario',
        'Campaña',
        'Grupo de anuncios',
        'Creatividad',
        'Nuevo cliente potencial de Google Ads',
      ],
    });
    const rows: [string, string][] = [[q[0] as string, full(ctx)]];
    if (ctx.email) rows.push([q[1] as string, ctx.email]);
    if (ctx.phone) rows.push([q[2] as string, ctx.phone.written]);
    if (ctx.message) rows.push([q[3] as string, ctx.message]);
    const chain = `${w[0]} ${ids.lead} · ${w[1]} ${ids.form} · ${w[2]} “${c}” (${ids.camp}) · ${w[3]} ${ids.group} · ${w[4]} ${ids.creative}`;
    const html = `<h2 style="font:600 18px Arial">${w[5]}</h2>
<table cellpadding="8" style="border-collapse:collapse;font:14px Arial">
${rows.map(([k, v]) => `<tr><td style="color:#5f6368;width:45%;border-bottom:1px solid #eee">${esc(k)}</td><td style="border-bottom:1px solid #eee">${esc(v).replace(/\n/g, '<br>')}</td></tr>`).join('\n')}
</table>
<p style="color:#9aa0a6;font-size:11px">${esc(chain)}</p>
<p style="color:#9aa0a6;font-size:11px">Flowmate · ${L(lang, { en: 'Scenario', de: 'Szenario', fr: 'Scénario', es: 'Escenario' })} #${rng.int(100, 999)}</p>`;
    const text = `${w[5]}\n\n${rows.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\n${chain}\n\nFlowmate`;
    return {
      draft: {
        from: { name: 'Flowmate', email: 'run@flowmate.example' },
        subject: `${w[5]} – ${c}`,
        text,
        html,
        primary: 'html',
      },
      expected: {
        source: 'google_ads',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.creative,
        platformLeadId: ids.lead,
      },
      names: [full(ctx)],
    };
  },
};

const COMPANIES = [
  'Kestrel Logistik',
  'Oakfield Partners',
  'Atelier Brune',
  'Grupo Tequendama',
  'Vantor Systems',
  'Hollis & Reed',
];

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const linkedinXml: LeadLayout = {
  id: 'ad-linkedin-xml-attributes',
  description:
    'LinkedIn Lead Gen Form response delivered by connector "Leadbridge" as an attached lead.xml: response id and submission time as attributes, campaign, form and creative as elements with id/name attributes, each answer an <answer field="…" label="…"> element (first and last name apart, company, job title, a custom question); the body is two sentences',
  needsSurname: true,
  noMessage: 0.1,
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = { resp: rng.uuid(), camp: num(rng, 9), form: num(rng, 8), creative: num(rng, 9) };
    const lb = L(lang, {
      en: ['First name', 'Last name', 'Email address', 'Phone number', 'Company name', 'Job title'],
      de: ['Vorname', 'Nachname', 'E-Mail-Adresse', 'Telefonnummer', 'Unternehmen', 'Position'],
      fr: ['Prénom', 'Nom', 'Adresse e-mail', 'Numéro de téléphone', 'Entreprise', 'Poste'],
      es: ['Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Empresa', 'Cargo'],
    });
    const title = L(lang, {
      en: 'Operations Manager',
      de: 'Leiterin Einkauf',
      fr: 'Responsable achats',
      es: 'Jefe de compras',
    });
    const ans = (f: string, l: string, v: string) =>
      `    <answer field="${f}" label="${xmlEsc(l)}">${xmlEsc(v)}</answer>`;
    const answers = [
      ans('firstName', lb[0] as string, ctx.p.first),
      ans('lastName', lb[1] as string, ctx.p.last ?? ''),
      ctx.email ? ans('emailAddress', lb[2] as string, ctx.email) : '',
      ctx.phone ? ans('phoneNumber', lb[3] as string, ctx.phone.written) : '',
      ans('companyName', lb[4] as string, rng.pick(COMPANIES)),
      ans('jobTitle', lb[5] as string, title),
      ctx.message ? ans('custom_question_1', QUESTION[lang], ctx.message) : '',
    ].filter(Boolean);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<leadGenResponse id="${ids.resp}" submittedAt="2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(10, 28))}T${rng.int(10, 23)}:${rng.int(10, 59)}:00Z" locale="${lang}">
  <campaign id="${ids.camp}" name="${xmlEsc(c)}"/>
  <form id="${ids.form}" name="${xmlEsc(`${ctx.biz.name} – Lead Gen`)}"/>
  <creative id="${ids.creative}"/>
  <answers>
${answers.join('\n')}
  </answers>
</leadGenResponse>
`;
    const text = L(lang, {
      en: `Leadbridge received a new LinkedIn lead for "${c}".\nThe response is attached as lead.xml.`,
      de: `Leadbridge hat einen neuen LinkedIn-Lead für „${c}“ empfangen.\nDie Antwort liegt als lead.xml bei.`,
      fr: `Leadbridge a reçu un nouveau prospect LinkedIn pour « ${c} ».\nLa réponse est jointe (lead.xml).`,
      es: `Leadbridge recibió un nuevo cliente potencial de LinkedIn para «${c}».\nLa respuesta va adjunta como lead.xml.`,
    });
    return {
      draft: {
        from: { name: 'Leadbridge', email: 'noreply@leadbridge.example' },
        subject: `LinkedIn lead – ${c}`,
        text,
        attachments: [
          attachment('lead.xml', 'application/xml', xml, {
            charset: 'utf-8',
            transfer: rng.pick(['base64', 'quoted-printable']),
          }),
        ],
      },
      expected: {
        source: 'linkedin_lead_gen',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.creative,
        platformLeadId: ids.resp,
      },
    };
  },
};

const tiktokMd: LeadLayout = {
  id: 'ad-tiktok-markdown-bold',
  description:
    'TikTok instant-form lead posted to a team chat and mirrored by email by "Chatbridge": markdown bullets with bold labels ("- **Phone:** …"), the answer’s further lines indented under its bullet, and the ids in a fenced code block as snake_case key: value lines',
  foreignCustomers: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = {
      lead: `7${num(rng, 18)}`,
      camp: `17${num(rng, 17)}`,
      group: `17${num(rng, 17)}`,
      ad: `17${num(rng, 17)}`,
      form: `7${num(rng, 18)}`,
    };
    const lb = L(lang, {
      en: ['Name', 'Phone', 'Email', 'New TikTok lead', 'Instant form'],
      de: ['Name', 'Telefon', 'E-Mail', 'Neuer TikTok-Lead', 'Sofortformular'],
      fr: ['Nom', 'Téléphone', 'E-mail', 'Nouveau prospect TikTok', 'Formulaire instantané'],
      es: ['Nombre', 'Teléfono', 'Correo', 'Nuevo cliente potencial de TikTok', 'Formulario instantáneo'],
    });
    const bullets = [`- **${lb[0]}:** ${full(ctx)}`];
    if (ctx.phone) bullets.push(`- **${lb[1]}:** ${ctx.phone.written}`);
    if (ctx.email) bullets.push(`- **${lb[2]}:** ${ctx.email}`);
    if (ctx.message)
      bullets.push(
        `- **${QUESTION[lang]}** ${ctx.message.replace(/\n\n/g, '\n\n  ').replace(/\n(?!\n| )/g, '\n  ')}`,
      );
    const text = `**${lb[3]}** — ${lb[4]} "${ctx.biz.name} ${rng.int(1, 3)}"\n\n${bullets.join('\n')}\n\n\`\`\`\nlead_id: ${ids.lead}\ncampaign_name: ${c}\ncampaign_id: ${ids.camp}\nadgroup_id: ${ids.group}\nad_id: ${ids.ad}\nform_id: ${ids.form}\n\`\`\`\n\n_Chatbridge · #leads · ${date(rng, lang)}_\n`;
    return {
      draft: {
        from: { name: 'Chatbridge', email: 'mirror@chatbridge.example' },
        subject: `[#leads] ${lb[3]}`,
        text,
      },
      expected: {
        source: 'tiktok',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.ad,
        platformLeadId: ids.lead,
      },
      names: [full(ctx)],
    };
  },
};

function dots(label: string, width = 24): string {
  return `${label} ${'.'.repeat(Math.max(3, width - label.length - 1))} `;
}

const snapDots: LeadLayout = {
  id: 'ad-snapchat-dot-leaders',
  description:
    'Snapchat lead-generation ad lead as a plain-text slip with dot leaders ("First name ........ value"): first and last name apart, email, mobile, the answer wrapped onto indented lines, then campaign name and the UUIDs of campaign, ad squad, ad, lead form and lead',
  needsSurname: true,
  foreignCustomers: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = { camp: rng.uuid(), squad: rng.uuid(), ad: rng.uuid(), form: rng.uuid(), lead: rng.uuid() };
    const lb = L(lang, {
      en: [
        'First name',
        'Last name',
        'Email',
        'Mobile',
        'Comments',
        'Campaign',
        'Campaign ID',
        'Ad squad ID',
        'Ad ID',
        'Lead form ID',
        'Lead ID',
        'SNAP LEAD FORM',
      ],
      de: [
        'Vorname',
        'Nachname',
        'E-Mail',
        'Handy',
        'Anmerkungen',
        'Kampagne',
        'Kampagnen-ID',
        'Ad-Squad-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Lead-ID',
        'SNAP LEADFORMULAR',
      ],
      fr: [
        'Prénom',
        'Nom',
        'E-mail',
        'Portable',
        'Remarques',
        'Campagne',
        'ID campagne',
        'ID ad squad',
        'ID publicité',
        'ID formulaire',
        'ID prospect',
        'FORMULAIRE SNAP',
      ],
      es: [
        'Nombre',
        'Apellido',
        'Correo',
        'Celular',
        'Comentarios',
        'Campaña',
        'ID de campaña',
        'ID de ad squad',
        'ID de anuncio',
        'ID de formulario',
        'ID de cliente',
        'FORMULARIO SNAP',
      ],
    });
    const pad = ' '.repeat(25);
    const lines = [
      `${lb[11]} · ${ctx.biz.name}`,
      '',
      dots(lb[0] as string) + ctx.p.first,
      dots(lb[1] as string) + (ctx.p.last ?? ''),
    ];
    if (ctx.email) lines.push(dots(lb[2] as string) + ctx.email);
    if (ctx.phone) lines.push(dots(lb[3] as string) + ctx.phone.written);
    if (ctx.message)
      lines.push(
        dots(lb[4] as string) +
          ctx.message
            .split('\n')
            .map((l, i) => (i === 0 ? l : l ? pad + l : ''))
            .join('\n'),
      );
    lines.push(
      '',
      dots(lb[5] as string) + c,
      dots(lb[6] as string) + ids.camp,
      dots(lb[7] as string) + ids.squad,
      dots(lb[8] as string) + ids.ad,
      dots(lb[9] as string) + ids.form,
      dots(lb[10] as string) + ids.lead,
      '',
      `Snap Lead Export · ${date(rng, lang)}`,
    );
    return {
      draft: {
        from: { name: 'Snap Lead Export', email: 'leads@snap-export.example' },
        subject: `${lb[11]}: ${c}`,
        text: lines.join('\n'),
      },
      expected: {
        source: 'snapchat',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.ad,
        platformLeadId: ids.lead,
      },
    };
  },
};

const msBullets: LeadLayout = {
  id: 'ad-microsoft-html-bullets',
  description:
    'Microsoft Advertising lead-form extension alert as HTML bullet lists (<li><b>Label:</b> value</li>): a contact list and an ad-details list with account number, campaign name and id, ad group id, ad id, lead form id and lead id; account manager named in the footer',
  foreignCustomers: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = {
      acct: `F${num(rng, 8)}`,
      camp: num(rng, 9),
      group: num(rng, 10),
      ad: num(rng, 11),
      form: num(rng, 7),
      lead: num(rng, 12),
    };
    const lb = L(lang, {
      en: [
        'Name',
        'Email',
        'Phone',
        'Message',
        'Contact',
        'Ad details',
        'Account number',
        'Campaign',
        'Campaign ID',
        'Ad group ID',
        'Ad ID',
        'Lead form ID',
        'Lead ID',
        'You have a new lead',
        'Your account manager',
      ],
      de: [
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Kontakt',
        'Anzeigendetails',
        'Kontonummer',
        'Kampagne',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Anzeigen-ID',
        'Leadformular-ID',
        'Lead-ID',
        'Sie haben einen neuen Lead',
        'Ihre Kundenbetreuerin',
      ],
      fr: [
        'Nom',
        'E-mail',
        'Téléphone',
        'Message',
        'Contact',
        'Détails de l’annonce',
        'Numéro de compte',
        'Campagne',
        'ID de campagne',
        'ID du groupe d’annonces',
        'ID de l’annonce',
        'ID du formulaire',
        'ID du prospect',
        'Vous avez un nouveau prospect',
        'Votre gestionnaire de compte',
      ],
      es: [
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        'Contacto',
        'Detalles del anuncio',
        'Número de cuenta',
        'Campaña',
        'ID de campaña',
        'ID de grupo de anuncios',
        'ID de anuncio',
        'ID de formulario',
        'ID de cliente potencial',
        'Tiene un nuevo cliente potencial',
        'Su gestor de cuenta',
      ],
    });
    const mgr = rng.pick(['Dana Whitcombe', 'Jonas Ekberg', 'Lise Vautrin', 'Rocío Paredes']);
    const li = (k: string, v: string) => `<li><b>${esc(k)}:</b> ${esc(v).replace(/\n/g, '<br>')}</li>`;
    const contact = [li(lb[0] as string, full(ctx))];
    if (ctx.email) contact.push(li(lb[1] as string, ctx.email));
    if (ctx.phone) contact.push(li(lb[2] as string, ctx.phone.written));
    if (ctx.message) contact.push(li(lb[3] as string, ctx.message));
    const ad = [
      li(lb[6] as string, ids.acct),
      li(lb[7] as string, c),
      li(lb[8] as string, ids.camp),
      li(lb[9] as string, ids.group),
      li(lb[10] as string, ids.ad),
      li(lb[11] as string, ids.form),
      li(lb[12] as string, ids.lead),
    ];
    const html = `<p style="font:16px Segoe UI">${lb[13]}</p>
<h3>${lb[4]}</h3>
<ul>
${contact.join('\n')}
</ul>
<h3>${lb[5]}</h3>
<ul>
${ad.join('\n')}
</ul>
<p style="font-size:11px;color:#666">${lb[14]}: ${mgr} · Microsoft Advertising</p>`;
    return {
      draft: {
        from: { name: 'Microsoft Advertising', email: 'leadforms@msads-alerts.example' },
        subject: `${lb[13]} – ${c}`,
        html,
      },
      expected: {
        source: 'microsoft_ads',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.ad,
        platformLeadId: ids.lead,
      },
      names: [full(ctx)],
      others: [mgr],
    };
  },
};

const AGENCY = ['Hazel Ockenden', 'Moritz Lindqvist', 'Solène Berthier', 'Iker Garmendia'];

const pinterestFwd: LeadLayout = {
  id: 'ad-pinterest-agency-forward',
  description:
    'a marketing agency’s account manager forwards (Gmail style, "---------- Forwarded message ---------") the Pinterest lead-ad notification to the client with a note and signature with phone; inside: "Label: value" answers, lead id, promoted pin id, campaign name and id, ad group id, lead form id',
  build(ctx) {
    const { rng, lang } = ctx;
    const c = camp(rng, lang);
    const ids = {
      lead: num(rng, 18),
      pin: num(rng, 18),
      camp: `6262${num(rng, 8)}`,
      group: `2680${num(rng, 8)}`,
      form: num(rng, 13),
    };
    const am = rng.pick(AGENCY);
    const amPhone = `+44 20 7946 0${rng.digits(3)}`;
    const lb = L(lang, {
      en: [
        'Name',
        'Email',
        'Phone',
        'Lead ID',
        'Promoted Pin ID',
        'Campaign name',
        'Campaign ID',
        'Ad group ID',
        'Lead form ID',
        'You have a new lead from your Pinterest lead ad.',
        'Forwarded message',
        'From',
        'Date',
        'Subject',
        'To',
      ],
      de: [
        'Name',
        'E-Mail',
        'Telefon',
        'Lead-ID',
        'Promoted-Pin-ID',
        'Kampagnenname',
        'Kampagnen-ID',
        'Anzeigengruppen-ID',
        'Leadformular-ID',
        'Sie haben einen neuen Lead aus Ihrer Pinterest-Leadanzeige.',
        'Weitergeleitete Nachricht',
        'Von',
        'Date',
        'Subject',
        'To',
      ],
      fr: [
        'Nom',
        'E-mail',
        'Téléphone',
        'ID du prospect',
        'ID de l’épingle sponsorisée',
        'Nom de la campagne',
        'ID de la campagne',
        'ID du groupe d’annonces',
        'ID du formulaire',
        'Vous avez un nouveau prospect issu de votre publicité Pinterest.',
        'Message transféré',
        'De',
        'Date',
        'Subject',
        'To',
      ],
      es: [
        'Nombre',
        'Correo',
        'Teléfono',
        'ID del cliente potencial',
        'ID del Pin promocionado',
        'Nombre de la campaña',
        'ID de la campaña',
        'ID del grupo de anuncios',
        'ID del formulario',
        'Tiene un nuevo cliente potencial de su anuncio de Pinterest.',
        'Mensaje reenviado',
        'De',
        'Date',
        'Subject',
        'To',
      ],
    });
    const note = L(lang, {
      en: `Hi team,\n\nanother one from the Pinterest campaign – could you follow up today?\n\nCheers,\n${am}\nPinfluence Media · Account Manager\n${amPhone}`,
      de: `Hallo zusammen,\n\nnoch ein Lead aus der Pinterest-Kampagne – bitte heute noch melden.\n\nViele Grüße\n${am}\nPinfluence Media · Kundenberatung\n${amPhone}`,
      fr: `Bonjour,\n\nencore un prospect de la campagne Pinterest, pouvez-vous le rappeler aujourd’hui ?\n\nBonne journée,\n${am}\nPinfluence Media · Chargé de compte\n${amPhone}`,
      es: `Hola,\n\notro contacto de la campaña de Pinterest, ¿pueden llamarlo hoy?\n\nSaludos,\n${am}\nPinfluence Media · Ejecutiva de cuenta\n${amPhone}`,
    });
    const inner = [`${lb[9]}`, '', `${lb[0]}: ${full(ctx)}`];
    if (ctx.email) inner.push(`${lb[1]}: ${ctx.email}`);
    if (ctx.phone) inner.push(`${lb[2]}: ${ctx.phone.written}`);
    if (ctx.message) inner.push(`${QUESTION[lang]} ${ctx.message}`);
    inner.push(
      '',
      `${lb[3]}: ${ids.lead}`,
      `${lb[4]}: ${ids.pin}`,
      `${lb[5]}: ${c}`,
      `${lb[6]}: ${ids.camp}`,
      `${lb[7]}: ${ids.group}`,
      `${lb[8]}: ${ids.form}`,
    );
    const amMail = `${am.split(' ')[0]?.toLowerCase()}@pinfluence.example`;
    const text = `${note}\n\n---------- ${lb[10]} ---------\n${lb[11]}: Pinterest Ads <leads@pin-ads.example>\n${lb[12]}: ${longDate(rng, lang)}\n${lb[13]}: New lead – ${c}\n${lb[14]}: <${amMail}>\n\n${inner.join('\n')}\n`;
    return {
      draft: { from: { name: am, email: amMail }, subject: `Fwd: New lead – ${c}`, text },
      expected: {
        source: 'pinterest',
        campaign: c,
        campaignId: ids.camp,
        formId: ids.form,
        adId: ids.pin,
        platformLeadId: ids.lead,
      },
      names: [full(ctx)],
      others: [am],
    };
  },
};

export const adLayouts: LeadLayout[] = [
  metaCaps,
  googleChain,
  linkedinXml,
  tiktokMd,
  snapDots,
  msBullets,
  pinterestFwd,
];
