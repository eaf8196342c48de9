/** Ad-platform lead layouts (directly, via relays, CRMs and an agency). */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Rng } from './rng.js';
import {
  esc,
  full,
  htmlParas,
  L,
  type LeadCtx,
  type LeadLayout,
  phoneExt,
  shortDate,
  shown,
  time,
} from './types.js';

interface Ids {
  lead: string;
  ad: string;
  form: string;
  campaign: string;
}

function distinct(make: () => Ids): Ids {
  for (;;) {
    const ids = make();
    if (new Set([ids.lead, ids.ad, ids.form, ids.campaign]).size === 4) return ids;
  }
}

function campaignName(ctx: LeadCtx): string {
  const season = L(ctx.lang, { en: 'Dry season', de: 'Frühjahr', fr: 'Printemps', es: 'Temporada seca' });
  return `${ctx.biz.name.split(' ')[0]} | ${season} 2026 | ${ctx.service.split(' ').slice(0, 3).join(' ')}`;
}

const adExpected = (source: string, ids: Ids, campaign: string | null): Partial<Expected> => ({
  source,
  adId: ids.ad,
  formId: ids.form,
  campaignId: ids.campaign,
  platformLeadId: ids.lead,
  campaign,
});

const num = (rng: Rng, prefix: string, n: number) => `${prefix}${rng.digits(n - prefix.length)}`;

/** A1. Meta lead via relay "Relaybee": raw snake_case field dump. */
const metaRelay: LeadLayout = {
  id: 'ad-meta-relay-snake-case-dump',
  description:
    'Facebook/Instagram lead ad passed on by automation tool "Relaybee" (plain): "run succeeded" line, then raw `key: value` lines in Meta’s own names (`leadgen_id`, `created_time`, `page_id`, `form_id`, `ad_id`, `adset_id`, `campaign_id`, `campaign_name`, `full_name`, `email`, `phone_number`, `city`, custom questions as snake_case with `?`), the last answer over several lines; task history link',
  caps: true,
  build(ctx) {
    const { rng, person: p, lang } = ctx;
    const ids = distinct(() => ({
      lead: num(rng, '1', 16),
      ad: num(rng, '1202', 18),
      form: num(rng, '9', 15),
      campaign: num(rng, '1202', 18),
    }));
    const camp = campaignName(ctx);
    const q1 = L(lang, {
      en: 'what_service_do_you_need?',
      de: 'welche_leistung_benötigen_sie?',
      fr: 'quelle_prestation_souhaitez-vous_?',
      es: '¿qué_servicio_necesita?',
    });
    const q2 = L(lang, {
      en: 'anything_we_should_know?',
      de: 'was_sollten_wir_wissen?',
      fr: 'autre_chose_à_savoir_?',
      es: '¿algo_más_que_debamos_saber?',
    });
    const text = `Relaybee · ${L(lang, { en: 'Run succeeded', de: 'Ausführung erfolgreich', fr: 'Exécution réussie', es: 'Ejecución correcta' })}: "Facebook Lead Ads → Email"

leadgen_id: ${ids.lead}
created_time: 2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${time(rng)}:00+0000
page_id: ${num(rng, '10', 15)}
form_id: ${ids.form}
ad_id: ${ids.ad}
adset_id: ${num(rng, '1202', 18)}
campaign_id: ${ids.campaign}
campaign_name: ${camp}
platform: ${rng.pick(['fb', 'ig'])}
full_name: ${shown(ctx, full(p))}
email: ${ctx.hasEmail ? p.email : ''}
phone_number: ${ctx.phone ?? ''}
city: ${ctx.biz.city}
${q1}: ${ctx.service.replace(/ /g, '_')}
${q2}: ${ctx.message ?? ''}

${L(lang, { en: 'Task history', de: 'Verlauf', fr: 'Historique', es: 'Historial' })}: https://relaybee.example/history/${rng.hex(10)}
${L(lang, { en: 'You get this e-mail because a Relaybee flow sends it.', de: 'Sie erhalten diese E-Mail, weil ein Relaybee-Flow sie sendet.', fr: 'Vous recevez cet e-mail car un flux Relaybee l’envoie.', es: 'Recibe este correo porque un flujo de Relaybee lo envía.' })}
`;
    return {
      draft: {
        from: { email: 'flows@relaybee.example', name: 'Relaybee' },
        subject: `Relaybee: Facebook Lead Ads → Email (${ids.lead.slice(-4)})`,
        text,
      },
      expected: adExpected('facebook_lead_ads', ids, camp),
      pii: [shown(ctx, full(p))],
    };
  },
};

/** A2. Google Ads lead form synced by CRM "Ledgerly": two-column table in two sections. */
const googleCrm: LeadLayout = {
  id: 'ad-google-crm-two-section-table-gclid',
  description:
    'Google Ads lead form synced by CRM "Ledgerly" (HTML with text): a two-column table with a "Contact" section (first name, last name, e-mail, phone number, country, the form question) and a "Google Ads" section (Google lead ID, lead form ID, campaign ID and name, ad group ID, creative ID, GCLID); lead owner (staff) and CRM footer',
  countryField: true,
  build(ctx) {
    const { rng, person: p, lang, staff } = ctx;
    const ids = distinct(() => ({
      lead: `${rng.hex(8)}-${rng.hex(4)}-TeSter`.replace('-TeSter', `-${rng.hex(6)}`),
      ad: num(rng, '6', 12),
      form: num(rng, '1', 11),
      campaign: num(rng, '2', 11),
    }));
    const camp = campaignName(ctx);
    const contact: [string, string][] = [
      [L(lang, { en: 'First name', de: 'Vorname', fr: 'Prénom', es: 'Nombre' }), p.first],
      [L(lang, { en: 'Last name', de: 'Nachname', fr: 'Nom', es: 'Apellidos' }), p.last],
      [L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), ctx.hasEmail ? p.email : ''],
      [
        L(lang, {
          en: 'Phone number',
          de: 'Telefonnummer',
          fr: 'Numéro de téléphone',
          es: 'Número de teléfono',
        }),
        ctx.phone ?? '',
      ],
      [L(lang, { en: 'Country', de: 'Land', fr: 'Pays', es: 'País' }), ctx.countryName],
      [
        L(lang, {
          en: 'What can we help with?',
          de: 'Wobei können wir helfen?',
          fr: 'Comment pouvons-nous vous aider ?',
          es: '¿En qué le ayudamos?',
        }),
        ctx.message ?? '',
      ],
    ];
    const g: [string, string][] = [
      ['Google lead ID', ids.lead],
      [
        L(lang, {
          en: 'Lead form ID',
          de: 'Lead-Formular-ID',
          fr: 'ID du formulaire',
          es: 'ID del formulario',
        }),
        ids.form,
      ],
      [
        L(lang, { en: 'Campaign ID', de: 'Kampagnen-ID', fr: 'ID de campagne', es: 'ID de campaña' }),
        ids.campaign,
      ],
      [L(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }), camp],
      [
        L(lang, {
          en: 'Ad group ID',
          de: 'Anzeigengruppen-ID',
          fr: 'ID du groupe d’annonces',
          es: 'ID del grupo de anuncios',
        }),
        num(rng, '1', 12),
      ],
      [
        L(lang, { en: 'Creative ID', de: 'Creative-ID', fr: 'ID de la création', es: 'ID del creativo' }),
        ids.ad,
      ],
      ['GCLID', `Cj0KCQjw${rng.hex(18)}`],
    ];
    const sec = (t: string) =>
      `<tr><th colspan="2" style="text-align:left;background:#1a73e8;color:#fff;padding:6px">${esc(t)}</th></tr>`;
    const tr = ([k, v]: [string, string]) =>
      `<tr><td style="padding:5px 8px;border-bottom:1px solid #eee;color:#5f6368;width:38%">${esc(k)}</td><td style="padding:5px 8px;border-bottom:1px solid #eee">${v ? htmlParas(v).replace(/^<p>|<\/p>$/g, '') : '&nbsp;'}</td></tr>`;
    const owner = L(lang, {
      en: 'Lead owner',
      de: 'Lead-Verantwortliche/r',
      fr: 'Responsable du contact',
      es: 'Responsable del contacto',
    });
    const html = `<p>${esc(L(lang, { en: 'A new lead was synced from Google Ads.', de: 'Ein neuer Lead wurde aus Google Ads synchronisiert.', fr: 'Un nouveau contact a été synchronisé depuis Google Ads.', es: 'Se sincronizó un nuevo contacto desde Google Ads.' }))}</p>
<table cellspacing="0" style="border:1px solid #dadce0;font-family:Roboto,Arial;font-size:14px;width:600px">
${sec(L(lang, { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto' }))}
${contact.map(tr).join('\n')}
${sec('Google Ads')}
${g.map(tr).join('\n')}
</table>
<p>${esc(owner)}: ${esc(staff.full)} · Ledgerly CRM · <a href="https://app.ledgerly.example/leads">${esc(L(lang, { en: 'Open in Ledgerly', de: 'In Ledgerly öffnen', fr: 'Ouvrir dans Ledgerly', es: 'Abrir en Ledgerly' }))}</a></p>`;
    const text = `${L(lang, { en: 'A new lead was synced from Google Ads.', de: 'Ein neuer Lead wurde aus Google Ads synchronisiert.', fr: 'Un nouveau contact a été synchronisé depuis Google Ads.', es: 'Se sincronizó un nuevo contacto desde Google Ads.' })}

${contact.map(([k, v]) => `${k}: ${v}`).join('\n')}

${g.map(([k, v]) => `${k}: ${v}`).join('\n')}

${owner}: ${staff.full} · Ledgerly CRM
`;
    return {
      draft: {
        from: { email: 'sync@ledgerly.example', name: 'Ledgerly CRM' },
        subject: L(lang, {
          en: `New Google Ads lead – ${full(p)}`,
          de: `Neuer Google-Ads-Lead – ${full(p)}`,
          fr: `Nouveau contact Google Ads – ${full(p)}`,
          es: `Nuevo contacto de Google Ads – ${full(p)}`,
        }),
        html,
        text,
        primary: 'html',
      },
      expected: adExpected('google_ads', ids, camp),
      others: [staff.full],
    };
  },
  needsSurname: true,
};

/** A3. LinkedIn via CRM "Pipewise": plain dot-leader lines. */
const linkedinDots: LeadLayout = {
  id: 'ad-linkedin-dot-leader-lines-owner',
  description:
    'LinkedIn Lead Gen Form synced by CRM "Pipewise" (plain): `Label ........ value` dot-leader lines (first name, last name, e-mail, phone, company, job title), the question and its answer over paragraphs, then the ids the same way (LinkedIn lead ID, lead form ID, campaign ID, creative ID, campaign group ID and account ID as distractors) and the assigned owner with a direct line',
  needsSurname: true,
  build(ctx) {
    const { rng, person: p, lang, staff } = ctx;
    const ids = distinct(() => ({
      lead: `urn:li:leadFormResponse:${rng.digits(12)}`,
      ad: num(rng, '4', 9),
      form: num(rng, '7', 8),
      campaign: num(rng, '3', 9),
    }));
    const camp = campaignName(ctx);
    const company = rng.pick([
      'Halyard Logistics',
      'Brightmoor Estates',
      'Cobalt Reach Hotels',
      'Talma Agro',
    ]);
    const dots = (k: string, v: string) => `${k} ${'.'.repeat(Math.max(3, 26 - k.length))} ${v}`;
    const text = `${L(lang, { en: 'New LinkedIn lead', de: 'Neuer LinkedIn-Lead', fr: 'Nouveau contact LinkedIn', es: 'Nuevo contacto de LinkedIn' })} — ${camp}

${dots(L(lang, { en: 'First name', de: 'Vorname', fr: 'Prénom', es: 'Nombre' }), p.first)}
${dots(L(lang, { en: 'Last name', de: 'Nachname', fr: 'Nom', es: 'Apellido' }), p.last)}
${dots(L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), ctx.hasEmail ? p.email : '—')}
${dots(L(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }), phoneExt(ctx, '—'))}
${dots(L(lang, { en: 'Company', de: 'Unternehmen', fr: 'Entreprise', es: 'Empresa' }), company)}
${dots(L(lang, { en: 'Job title', de: 'Position', fr: 'Poste', es: 'Cargo' }), rng.pick(['Facilities Manager', 'Head of Operations', 'Office Manager']))}

${L(lang, { en: 'Q: Tell us about your project', de: 'F: Erzählen Sie uns von Ihrem Vorhaben', fr: 'Q : Parlez-nous de votre projet', es: 'P: Cuéntenos su proyecto' })}
${ctx.message ?? '—'}

${dots('LinkedIn lead ID', ids.lead)}
${dots(L(lang, { en: 'Lead form ID', de: 'Lead-Formular-ID', fr: 'ID du formulaire', es: 'ID del formulario' }), ids.form)}
${dots(L(lang, { en: 'Campaign ID', de: 'Kampagnen-ID', fr: 'ID de campagne', es: 'ID de campaña' }), ids.campaign)}
${dots(L(lang, { en: 'Campaign group ID', de: 'Kampagnengruppen-ID', fr: 'ID du groupe de campagnes', es: 'ID del grupo de campañas' }), num(rng, '6', 9))}
${dots(L(lang, { en: 'Creative ID', de: 'Creative-ID', fr: 'ID de la création', es: 'ID del creativo' }), ids.ad)}
${dots(L(lang, { en: 'Account ID', de: 'Konto-ID', fr: 'ID du compte', es: 'ID de la cuenta' }), num(rng, '5', 9))}

${L(lang, { en: 'Assigned to', de: 'Zugewiesen an', fr: 'Attribué à', es: 'Asignado a' })}: ${staff.full} (${staff.direct})
Pipewise · ${L(lang, { en: 'notification settings', de: 'Benachrichtigungen', fr: 'paramètres de notification', es: 'ajustes de avisos' })}: https://pipewise.example/settings
`;
    return {
      draft: {
        from: { email: 'notify@pipewise.example', name: 'Pipewise' },
        subject: `LinkedIn: ${p.first} ${p.last} (${company})`,
        text,
      },
      expected: { ...adExpected('linkedin_lead_gen', ids, camp) },
      others: [staff.full],
    };
  },
};

/** A4. TikTok via sheet alert "Sheetping": header row and value row (horizontal table). */
const tiktokSheet: LeadLayout = {
  id: 'ad-tiktok-sheet-row-horizontal',
  description:
    'TikTok instant-form leads written to a spreadsheet, alert by "Sheetping" (HTML only): a spreadsheet-looking table with column letters, the header row of TikTok’s column names (`lead_id`, `create_time`, `ad_id`, `adgroup_id`, `campaign_id`, `campaign_name`, `form_id`, `name`, `phone_number`, `email`, `country`, the question) and the new row under it; sheet name and "stop alerts"',
  countryField: true,
  caps: true,
  build(ctx) {
    const { rng, person: p, lang } = ctx;
    const ids = distinct(() => ({
      lead: num(rng, '74', 19),
      ad: num(rng, '18', 19),
      form: num(rng, '73', 19),
      campaign: num(rng, '17', 19),
    }));
    const camp = campaignName(ctx);
    const cols: [string, string][] = [
      ['lead_id', ids.lead],
      ['create_time', `${shortDate(rng, lang)} ${time(rng)}`],
      ['ad_id', ids.ad],
      ['adgroup_id', num(rng, '18', 19)],
      ['campaign_id', ids.campaign],
      ['campaign_name', camp],
      ['form_id', ids.form],
      ['name', shown(ctx, full(p))],
      ['phone_number', ctx.phone ?? ''],
      ['email', ctx.hasEmail ? p.email : ''],
      ['country', ctx.countryName],
      [
        L(lang, {
          en: 'What do you need?',
          de: 'Was brauchen Sie?',
          fr: 'De quoi avez-vous besoin ?',
          es: '¿Qué necesita?',
        }),
        ctx.message ?? '',
      ],
    ];
    const letters = 'ABCDEFGHIJKLMNOP';
    const td = 'style="border:1px solid #c0c0c0;padding:3px 6px;font:12px Arial;vertical-align:top"';
    const html = `<p>${esc(L(lang, { en: 'A new row was added to', de: 'Neue Zeile in', fr: 'Nouvelle ligne ajoutée à', es: 'Se agregó una fila a' }))} <b>TikTok Leads 2026</b> › <i>leads</i>.</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><td ${td}></td>${cols.map((_, i) => `<td ${td} align="center">${letters[i]}</td>`).join('')}</tr>
<tr><td ${td}>1</td>${cols.map(([k]) => `<td ${td}><b>${esc(k)}</b></td>`).join('')}</tr>
<tr><td ${td}>${rng.int(20, 400)}</td>${cols.map(([, v]) => `<td ${td}>${esc(v).replace(/\n/g, '<br>')}</td>`).join('')}</tr>
</table>
<p style="font-size:11px;color:#777">Sheetping · <a href="https://sheetping.example/alerts">${esc(L(lang, { en: 'Stop these alerts', de: 'Benachrichtigungen stoppen', fr: 'Arrêter ces alertes', es: 'Detener estos avisos' }))}</a></p>`;
    return {
      draft: {
        from: { email: 'alerts@sheetping.example', name: 'Sheetping' },
        subject: L(lang, {
          en: 'New row in TikTok Leads 2026',
          de: 'Neue Zeile in TikTok Leads 2026',
          fr: 'Nouvelle ligne dans TikTok Leads 2026',
          es: 'Nueva fila en TikTok Leads 2026',
        }),
        html,
      },
      expected: adExpected('tiktok', ids, camp),
      pii: [shown(ctx, full(p))],
    };
  },
};

/** A5. Snapchat via agency: account manager writes, bullets of details, UUID ids, signature with mobile. */
const snapAgency: LeadLayout = {
  id: 'ad-snapchat-agency-bullets-uuid-signature',
  description:
    'Snapchat lead passed on by agency "Lumen & Loop" (plain): the account manager greets the business’s staff member (To; inbox in Cc), bullets `• Label: value` for the lead (name, phone, e-mail, what they said in quotes over lines), a second bullet list of Snap ids (lead, ad, lead form, campaign UUIDs; ad squad as distractor), and the manager’s signature with mobile',
  build(ctx) {
    const { rng, person: p, lang, staff } = ctx;
    const ids = distinct(() => ({
      lead: rng.uuid(),
      ad: rng.uuid(),
      form: rng.uuid(),
      campaign: rng.uuid(),
    }));
    const [mf, ml] = rng.pick([
      ['Imani', 'Castellanos'],
      ['Rhiannon', 'Oyelaran'],
      ['Konstantin', 'Weyrauch'],
      ['Anouk', 'Delacroix-Mbeki'],
    ] as const);
    const mgr = `${mf} ${ml}`;
    const mob = rng.pick(['+44 7700 900', '+49 151 2345', '+33 6 12 34', '+34 612 34']) + rng.digits(3);
    const said = (ctx.message ?? '').split('\n').join('\n    ');
    const text = `${L(lang, { en: `Hi ${staff.first},`, de: `Hallo ${staff.first},`, fr: `Bonjour ${staff.first},`, es: `Hola, ${staff.first}:` })}

${L(lang, { en: 'another lead from the Snapchat campaign came in this morning:', de: 'heute Morgen kam ein weiterer Lead aus der Snapchat-Kampagne:', fr: 'un nouveau contact est arrivé ce matin via la campagne Snapchat :', es: 'esta mañana entró otro contacto de la campaña de Snapchat:' })}

• ${L(lang, { en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' })}: ${full(p)}
• ${L(lang, { en: 'Phone', de: 'Telefon', fr: 'Tél.', es: 'Tel.' })}: ${ctx.phone ?? '–'}
• ${L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' })}: ${ctx.hasEmail ? p.email : '–'}
• ${L(lang, { en: 'Interested in', de: 'Interesse an', fr: 'Intéressé(e) par', es: 'Interesado/a en' })}: ${ctx.service}
${ctx.message ? `• ${L(lang, { en: 'What they wrote', de: 'Was sie/er geschrieben hat', fr: 'Ce qu’il/elle a écrit', es: 'Lo que escribió' })}:\n    ${said}\n` : ''}
${L(lang, { en: 'Snap IDs for your records', de: 'Snap-IDs für Ihre Unterlagen', fr: 'Identifiants Snap pour vos dossiers', es: 'IDs de Snap para su registro' })}:
• Lead ID: ${ids.lead}
• Ad ID: ${ids.ad}
• Ad Squad ID: ${rng.uuid()}
• Lead Form ID: ${ids.form}
• Campaign ID: ${ids.campaign}

${L(lang, { en: 'Shout if you need anything. We will send the weekly report on Friday.', de: 'Melden Sie sich, wenn etwas fehlt. Den Wochenbericht schicken wir am Freitag.', fr: 'N’hésitez pas si besoin. Le rapport hebdomadaire arrive vendredi.', es: 'Cualquier cosa, avíseme. El informe semanal se lo mandamos el viernes.' })}

${mgr}
${L(lang, { en: 'Account Manager', de: 'Kundenberatung', fr: 'Chargée de compte', es: 'Ejecutiva de cuentas' })} · Lumen & Loop
M ${mob}
`;
    return {
      draft: {
        from: { email: `${mf.toLowerCase()}@lumenloop.example`, name: mgr },
        to: [{ email: staff.email, name: staff.full }],
        cc: [{ email: ctx.biz.inbox }],
        subject: L(lang, {
          en: `Snapchat lead: ${ctx.service}`,
          de: `Snapchat-Lead: ${ctx.service}`,
          fr: `Contact Snapchat : ${ctx.service}`,
          es: `Contacto de Snapchat: ${ctx.service}`,
        }),
        text,
      },
      expected: adExpected('snapchat', ids, null),
      others: [mgr, staff.first],
    };
  },
};

/** A6. Microsoft Advertising via "Adsorb": CSS-grid divs, label cell and value cell side by side. */
const msGrid: LeadLayout = {
  id: 'ad-microsoft-css-grid-label-value-cells',
  description:
    'Microsoft Advertising lead form via connector "Adsorb" (HTML with text): a CSS grid of `<div>` cells, label cell then value cell (full name, e-mail, phone with extension, company, the question), then ids the same way (lead ID, ad ID, lead form ID, campaign ID; ad group ID and customer ID as distractors); Adsorb footer',
  extensions: true,
  build(ctx) {
    const { rng, person: p, lang } = ctx;
    const ids = distinct(() => ({
      lead: num(rng, '8', 11),
      ad: num(rng, '7', 14),
      form: num(rng, '5', 9),
      campaign: num(rng, '4', 9),
    }));
    const camp = campaignName(ctx);
    const cells: [string, string][] = [
      [
        L(lang, { en: 'Full name', de: 'Vollständiger Name', fr: 'Nom complet', es: 'Nombre completo' }),
        full(p),
      ],
      [L(lang, { en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' }), ctx.hasEmail ? p.email : '—'],
      [L(lang, { en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' }), phoneExt(ctx, '—')],
      [
        L(lang, { en: 'Company', de: 'Firma', fr: 'Société', es: 'Empresa' }),
        rng.pick(['—', 'Private', 'Greystone Farms']),
      ],
      [
        L(lang, {
          en: 'How can we help?',
          de: 'Wie können wir helfen?',
          fr: 'Comment vous aider ?',
          es: '¿Cómo podemos ayudar?',
        }),
        ctx.message ?? '—',
      ],
      [
        L(lang, { en: 'Lead ID', de: 'Lead-ID', fr: 'ID du prospect', es: 'ID del cliente potencial' }),
        ids.lead,
      ],
      [L(lang, { en: 'Ad ID', de: 'Anzeigen-ID', fr: 'ID de l’annonce', es: 'ID del anuncio' }), ids.ad],
      [
        L(lang, {
          en: 'Lead form ID',
          de: 'Leadformular-ID',
          fr: 'ID du formulaire',
          es: 'ID del formulario',
        }),
        ids.form,
      ],
      [L(lang, { en: 'Campaign', de: 'Kampagne', fr: 'Campagne', es: 'Campaña' }), camp],
      [
        L(lang, { en: 'Campaign ID', de: 'Kampagnen-ID', fr: 'ID de campagne', es: 'ID de campaña' }),
        ids.campaign,
      ],
      [
        L(lang, { en: 'Ad group ID', de: 'Anzeigengruppen-ID', fr: 'ID du groupe', es: 'ID del grupo' }),
        num(rng, '1', 13),
      ],
      [
        L(lang, { en: 'Customer ID', de: 'Kunden-ID', fr: 'ID client', es: 'ID de cliente' }),
        num(rng, '2', 9),
      ],
    ];
    const html = `<div style="font-family:Segoe UI,Arial">
<p><b>Microsoft Advertising</b> — ${esc(L(lang, { en: 'new lead form submission', de: 'neue Leadformular-Einsendung', fr: 'nouvelle soumission de formulaire', es: 'nuevo envío de formulario' }))}</p>
<div style="display:grid;grid-template-columns:180px 1fr;gap:4px 12px;max-width:640px">
${cells.map(([k, v]) => `<div style="color:#605e5c">${esc(k)}</div><div>${htmlParas(v).replace(/^<p>|<\/p>$/g, '')}</div>`).join('\n')}
</div>
<p style="font-size:11px;color:#888">Adsorb · ${esc(L(lang, { en: 'connected account', de: 'verbundenes Konto', fr: 'compte connecté', es: 'cuenta conectada' }))} ${esc(ctx.biz.name)}</p>
</div>`;
    const text = `Microsoft Advertising — ${L(lang, { en: 'new lead form submission', de: 'neue Leadformular-Einsendung', fr: 'nouvelle soumission de formulaire', es: 'nuevo envío de formulario' })}\n\n${cells.map(([k, v]) => `${k}\n${v}`).join('\n\n')}\n\nAdsorb\n`;
    return {
      draft: {
        from: { email: 'leads@adsorb.example', name: 'Adsorb for Microsoft Advertising' },
        subject: L(lang, {
          en: 'Microsoft Ads lead',
          de: 'Microsoft-Ads-Lead',
          fr: 'Contact Microsoft Ads',
          es: 'Contacto de Microsoft Ads',
        }),
        html,
        text,
        primary: 'html',
      },
      expected: adExpected('microsoft_ads', ids, camp),
    };
  },
};

/** A7. Pinterest via webhook mailer "Pinrelay": JSON body, question/answer array. */
const pinJson: LeadLayout = {
  id: 'ad-pinterest-json-body-question-answers',
  description:
    'Pinterest lead ad via "Pinrelay" (plain): one line, then a pretty JSON body with `lead_id`, `ad_account_id`, `campaign_id`, `ad_group_id`, `ad_id`, `lead_form_id`, `campaign_name` and an `answers` array of `{question, answer}` (full name, e-mail, phone number, the open question with `\\n`)',
  build(ctx) {
    const { rng, person: p, lang } = ctx;
    const ids = distinct(() => ({
      lead: num(rng, '9', 18),
      ad: num(rng, '68', 18),
      form: num(rng, '11', 14),
      campaign: num(rng, '626', 15),
    }));
    const camp = campaignName(ctx);
    const obj = {
      lead_id: ids.lead,
      ad_account_id: num(rng, '549', 12),
      campaign_id: ids.campaign,
      campaign_name: camp,
      ad_group_id: num(rng, '2680', 15),
      ad_id: ids.ad,
      lead_form_id: ids.form,
      created_at: `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${time(rng)}:00Z`,
      answers: [
        {
          question: L(lang, {
            en: 'Full name',
            de: 'Vollständiger Name',
            fr: 'Nom complet',
            es: 'Nombre completo',
          }),
          answer: full(p),
        },
        {
          question: L(lang, { en: 'Email', de: 'E-Mail', fr: 'E-mail', es: 'Correo electrónico' }),
          answer: ctx.hasEmail ? p.email : null,
        },
        {
          question: L(lang, {
            en: 'Phone number',
            de: 'Telefonnummer',
            fr: 'Numéro de téléphone',
            es: 'Número de teléfono',
          }),
          answer: ctx.phone,
        },
        {
          question: L(lang, {
            en: 'What are you planning?',
            de: 'Was planen Sie?',
            fr: 'Quel est votre projet ?',
            es: '¿Qué está planeando?',
          }),
          answer: ctx.message,
        },
      ],
    };
    const text = `${L(lang, { en: 'New Pinterest lead received.', de: 'Neuer Pinterest-Lead eingegangen.', fr: 'Nouveau contact Pinterest reçu.', es: 'Nuevo contacto de Pinterest recibido.' })}\n\n${JSON.stringify(obj, null, 2)}\n\n-- Pinrelay\n`;
    return {
      draft: {
        from: { email: 'webhook@pinrelay.example', name: 'Pinrelay' },
        subject: `Pinterest lead ${ids.lead}`,
        text,
      },
      expected: adExpected('pinterest', ids, camp),
    };
  },
};

export const AD_LAYOUTS: LeadLayout[] = [
  metaRelay,
  googleCrm,
  linkedinDots,
  tiktokSheet,
  snapAgency,
  msGrid,
  pinJson,
];
