/** Ad-platform notifications, forwards and replies, conversations. */
import { esc, htmlLines, htmlParagraphs, type LeadLayout, orDash, tr, wrapHtml } from './layout.js';
import { writeMessage } from './mime.js';
import type { Rng } from './rng.js';
import type { Lang } from './world.js';

const CAMPAIGNS: Record<Lang, string[]> = {
  en: ['Spring Offer 2027', 'Lead Gen – Local', 'Retargeting Q1'],
  de: ['Frühjahrsaktion 2027', 'Leads Region Süd', 'Neukunden Q1'],
  fr: ['Offre printemps 2027', 'Prospection locale', 'Relance T1'],
  es: ['Promo primavera 2027', 'Captación local', 'Remarketing T1'],
};

const num = (rng: Rng, n: number) => `${rng.int(1, 9)}${rng.digits(n - 1)}`;

const signOff: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Thanks,', 'Best wishes,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci,'],
  es: ['Un saludo,', 'Saludos cordiales,', 'Gracias,'],
};

/** The customer's personal email: greeting, their words, sign-off, name and (maybe) number. */
function personalMail(lang: Lang, rng: Rng, full: string, message: string, phone: string | null): string {
  const mob = tr(lang, 'Mobile', 'Handy', 'Portable', 'Móvil');
  const greets = /^(Hi|Hello|Hallo|Guten|Sehr|Bonjour|Bonsoir|Madame|Hola|Buen)/.test(message);
  const greeting = greets ? '' : `${tr(lang, 'Hello,', 'Guten Tag,', 'Bonjour,', 'Hola,')}\n\n`;
  return `${greeting}${message}\n\n${rng.pick(signOff[lang])}\n${full}${phone ? `\n${mob}: ${phone}` : ''}`;
}

export const OTHER_LAYOUTS: LeadLayout[] = [
  {
    id: 'ad-meta-crm-sync',
    description:
      'CRM connector "new Facebook lead synced": lead id, form name and id, ad name and id, ad set id, campaign name and id, page name; answers under their snake_case keys, a custom question as the message',
    count: 13,
    build({ rng, lang, biz, person, message, phone, hasEmail }) {
      const ids = {
        lead: num(rng, 16),
        form: num(rng, 15),
        ad: num(rng, 17),
        adset: num(rng, 17),
        campaign: num(rng, 17),
      };
      const campaign = rng.pick(CAMPAIGNS[lang]);
      const q = tr(
        lang,
        'what_can_we_help_you_with?',
        'wobei_können_wir_helfen?',
        'comment_pouvons-nous_vous_aider_?',
        '¿en_qué_podemos_ayudarte?',
      );
      const meta: [string, string][] = [
        ['Facebook Lead ID', ids.lead],
        ['Page', biz.name],
        [
          'Form',
          `${tr(lang, 'Quote form', 'Angebotsformular', 'Formulaire devis', 'Formulario presupuesto')} (ID ${ids.form})`,
        ],
        ['Ad', `${tr(lang, 'Carousel A', 'Karussell A', 'Carrousel A', 'Carrusel A')} (ID ${ids.ad})`],
        ['Ad set ID', ids.adset],
        ['Campaign', `${campaign} (ID ${ids.campaign})`],
      ];
      const fields: [string, string][] = [
        ['full_name', person.full],
        ['email', hasEmail ? person.email : ''],
        ['phone_number', phone ?? ''],
        [q, message ?? ''],
      ];
      const table = (rows: [string, string][]) =>
        `<table cellpadding="3">${rows.map(([k, v]) => `<tr><td style="color:#666">${esc(k)}</td><td>${htmlLines(v)}</td></tr>`).join('\n')}</table>`;
      const html = wrapHtml(
        `<h3>${tr(lang, 'New Facebook lead synced', 'Neuer Facebook-Lead synchronisiert', 'Nouveau prospect Facebook synchronisé', 'Nuevo contacto de Facebook sincronizado')}</h3>\n${table(meta)}\n<h4>${tr(lang, 'Answers', 'Antworten', 'Réponses', 'Respuestas')}</h4>\n${table(fields)}\n<p style="font-size:10px">SyncBridge · help.syncbridge.example · +1 312 555 0199</p>`,
      );
      const text = `${meta.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nSyncBridge · +1 312 555 0199`;
      return {
        draft: {
          from: { name: 'SyncBridge', email: 'notify@syncbridge.example' },
          subject: `${tr(lang, 'New lead', 'Neuer Lead', 'Nouveau prospect', 'Nuevo contacto')}: ${campaign}`,
          ...(rng.chance(0.5) ? { html } : { html, text }),
        },
        expected: {
          source: 'facebook_lead_ads',
          campaign,
          adId: ids.ad,
          formId: ids.form,
          campaignId: ids.campaign,
          platformLeadId: ids.lead,
        },
        others: [],
      };
    },
  },
  {
    id: 'ad-google-webhook-json',
    description:
      'Google Ads lead-form webhook payload mailed as JSON: lead_id, user_column_data entries (column_id FULL_NAME/EMAIL/PHONE_NUMBER and a custom question by column_name), campaign_id, form_id, adgroup_id, creative_id, gcl_id, google_key',
    count: 13,
    oneBlockMessage: true,
    build({ rng, lang, person, message, phone, hasEmail }) {
      const ids = {
        lead: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`.toUpperCase(),
        campaign: num(rng, 11),
        form: num(rng, 11),
        adgroup: num(rng, 11),
        creative: num(rng, 12),
      };
      const cols: Record<string, string>[] = [
        { column_name: 'Full Name', string_value: person.full, column_id: 'FULL_NAME' },
      ];
      if (hasEmail) cols.push({ column_name: 'User Email', string_value: person.email, column_id: 'EMAIL' });
      if (phone) cols.push({ column_name: 'User Phone', string_value: phone, column_id: 'PHONE_NUMBER' });
      if (message)
        cols.push({
          column_name: tr(
            lang,
            'What would you like to know?',
            'Was möchten Sie wissen?',
            'Que souhaitez-vous savoir ?',
            '¿Qué te gustaría saber?',
          ),
          string_value: message,
          column_id: 'QUESTION_1',
        });
      const payload = {
        lead_id: ids.lead,
        user_column_data: cols,
        api_version: '1.0',
        form_id: Number(ids.form),
        campaign_id: Number(ids.campaign),
        google_key: rng.hex(16),
        is_test: false,
        gcl_id: `Cj0KCQ${rng.hex(20)}`,
        adgroup_id: Number(ids.adgroup),
        creative_id: Number(ids.creative),
      };
      const text = `${tr(lang, 'Webhook delivery from Google Ads lead form', 'Webhook-Zustellung Google Ads Lead-Formular', 'Webhook Google Ads – formulaire de prospects', 'Webhook de formulario de clientes potenciales de Google Ads')}\n\n${JSON.stringify(payload, null, 2)}\n\n-- forwarded by hookpost.example`;
      return {
        draft: {
          from: { name: 'Hookpost', email: 'deliveries@hookpost.example' },
          subject: `google-ads-lead ${ids.lead}`,
          text,
        },
        expected: {
          source: 'google_ads',
          campaign: null,
          adId: ids.creative,
          formId: ids.form,
          campaignId: ids.campaign,
          platformLeadId: ids.lead,
        },
        others: [],
      };
    },
  },
  {
    id: 'ad-linkedin-csv-export',
    description:
      'LinkedIn Lead Gen export mailed by an integration: short body naming the form and campaign owner, the lead as a one-row CSV attachment (lead id, names, email, phone, company, campaign name and id, form id, ad id, comment)',
    count: 13,
    oneBlockMessage: true,
    build({ rng, lang, person, staff, message, phone, hasEmail }) {
      const ids = { lead: `${num(rng, 10)}`, campaign: num(rng, 9), form: num(rng, 7), ad: num(rng, 9) };
      const campaign = rng.pick(CAMPAIGNS[lang]);
      const sep = lang === 'en' ? ',' : ';';
      const q = (v: string) => (v.includes(sep) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
      const header = [
        'Lead ID',
        'First Name',
        'Last Name',
        'Email Address',
        'Phone Number',
        'Company Name',
        'Campaign Name',
        'Campaign ID',
        'Form ID',
        'Ad ID',
        'Comment',
      ];
      const row = [
        ids.lead,
        person.first,
        person.last,
        hasEmail ? person.email : '',
        phone ?? '',
        rng.pick(['Fenwick & Co', 'Halden AG', 'Studio Brume', 'Logística Sur']),
        campaign,
        ids.campaign,
        ids.form,
        ids.ad,
        message ?? '',
      ];
      const csv = `${header.join(sep)}\n${row.map(q).join(sep)}\n`;
      const text = tr(
        lang,
        `Hi ${staff.name.split(' ')[0]},\n\n1 new lead from LinkedIn Lead Gen Forms is attached (CSV).\nCampaign manager: ${staff.name}\n\nLeadSync for LinkedIn · support +1 206 555 0148`,
        `Hallo ${staff.name.split(' ')[0]},\n\nanbei 1 neuer Lead aus LinkedIn Lead Gen Forms (CSV).\nKampagnenverantwortlich: ${staff.name}\n\nLeadSync für LinkedIn · Support +1 206 555 0148`,
        `Bonjour ${staff.name.split(' ')[0]},\n\nVous trouverez ci-joint 1 nouveau prospect LinkedIn Lead Gen Forms (CSV).\nResponsable de campagne : ${staff.name}\n\nLeadSync pour LinkedIn · support +1 206 555 0148`,
        `Hola ${staff.name.split(' ')[0]}:\n\nAdjuntamos 1 nuevo contacto de LinkedIn Lead Gen Forms (CSV).\nResponsable de campaña: ${staff.name}\n\nLeadSync para LinkedIn · soporte +1 206 555 0148`,
      );
      return {
        draft: {
          from: { name: 'LeadSync', email: 'export@leadsync.example' },
          subject: `LinkedIn Lead Gen: ${campaign}`,
          text,
          attachments: [
            {
              filename: `linkedin-leads-${ids.form}.csv`,
              contentType: 'text/csv',
              content: csv,
              charset: rng.pick(['utf-8', 'windows-1252'] as const),
            },
          ],
        },
        expected: {
          source: 'linkedin_lead_gen',
          campaign,
          adId: ids.ad,
          formId: ids.form,
          campaignId: ids.campaign,
          platformLeadId: ids.lead,
        },
        others: [staff.name],
      };
    },
  },
  {
    id: 'ad-tiktok-leads-center',
    description:
      'TikTok Leads Center notification as HTML cards: lead id, advertiser id, campaign name and id, ad group id, ad id, instant form id; answers with the question texts as labels',
    count: 13,
    build({ rng, lang, person, message, phone, hasEmail }) {
      const ids = {
        lead: num(rng, 19),
        adv: num(rng, 19),
        campaign: num(rng, 19),
        adgroup: num(rng, 19),
        ad: num(rng, 19),
        form: num(rng, 19),
      };
      const campaign = rng.pick(CAMPAIGNS[lang]);
      const answers: [string, string][] = [
        [tr(lang, 'Name', 'Name', 'Nom', 'Nombre'), person.full],
        [
          tr(lang, 'Phone number', 'Telefonnummer', 'Numéro de téléphone', 'Número de teléfono'),
          orDash(phone),
        ],
        [tr(lang, 'Email', 'E-Mail', 'E-mail', 'Correo electrónico'), orDash(hasEmail ? person.email : null)],
        [
          tr(
            lang,
            'What are you interested in?',
            'Wofür interessieren Sie sich?',
            'Qu’est-ce qui vous intéresse ?',
            '¿Qué te interesa?',
          ),
          orDash(message),
        ],
      ];
      const meta: [string, string][] = [
        ['Lead ID', ids.lead],
        ['Advertiser ID', ids.adv],
        [tr(lang, 'Campaign', 'Kampagne', 'Campagne', 'Campaña'), campaign],
        ['Campaign ID', ids.campaign],
        ['Ad group ID', ids.adgroup],
        ['Ad ID', ids.ad],
        ['Instant form ID', ids.form],
      ];
      const card = (rows: [string, string][]) =>
        `<div style="border-radius:8px;background:#f7f7f8;padding:12px;margin:10px 0">${rows.map(([k, v]) => `<div><span style="color:#8a8b91">${esc(k)}</span><br><span>${htmlLines(v)}</span></div>`).join('\n')}</div>`;
      const html = wrapHtml(
        `<h2>TikTok for Business</h2>\n<p>${tr(lang, 'You received a new lead from your instant form.', 'Sie haben einen neuen Lead aus Ihrem Sofortformular erhalten.', 'Vous avez reçu un nouveau prospect via votre formulaire instantané.', 'Has recibido un nuevo cliente potencial de tu formulario instantáneo.')}</p>\n${card(answers)}\n${card(meta)}\n<p style="font-size:10px">TikTok Pte. Ltd. · ${tr(lang, 'Manage leads in Leads Center', 'Leads im Leads Center verwalten', 'Gérer les prospects dans Leads Center', 'Gestiona tus clientes en Leads Center')}</p>`,
      );
      const text = `${answers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${meta.map(([k, v]) => `${k}: ${v}`).join('\n')}`;
      return {
        draft: {
          from: { name: 'TikTok for Business', email: 'no-reply@business.tiktok.example' },
          subject: tr(
            lang,
            'New lead from your instant form',
            'Neuer Lead aus Ihrem Sofortformular',
            'Nouveau prospect – formulaire instantané',
            'Nuevo cliente potencial – formulario instantáneo',
          ),
          ...(rng.chance(0.5) ? { html } : { html, text }),
        },
        expected: {
          source: 'tiktok',
          campaign,
          adId: ids.ad,
          formId: ids.form,
          campaignId: ids.campaign,
          platformLeadId: ids.lead,
        },
        others: [],
      };
    },
  },
  {
    id: 'ad-microsoft-ads-digest',
    description:
      'Microsoft Advertising lead-form extension alert in plain text: account number, campaign name and id, ad group id, ad id, lead form id, lead id, submitted time; the answers below',
    count: 12,
    build({ rng, lang, person, message, phone, hasEmail }) {
      const ids = {
        account: `F1${rng.digits(6)}`,
        campaign: num(rng, 9),
        adgroup: num(rng, 13),
        ad: num(rng, 14),
        form: num(rng, 8),
        lead: num(rng, 12),
      };
      const campaign = rng.pick(CAMPAIGNS[lang]);
      const text = [
        'Microsoft Advertising',
        tr(
          lang,
          'Lead form extension – new submission',
          'Leadformular-Erweiterung – neue Übermittlung',
          'Extension de formulaire de prospects – nouvel envoi',
          'Extensión de formulario de clientes potenciales – nuevo envío',
        ),
        '',
        `Account number: ${ids.account}`,
        `Campaign: ${campaign}`,
        `Campaign ID: ${ids.campaign}`,
        `Ad group ID: ${ids.adgroup}`,
        `Ad ID: ${ids.ad}`,
        `Lead form ID: ${ids.form}`,
        `Lead ID: ${ids.lead}`,
        `Submitted: 2026-11-${rng.int(10, 30)} ${rng.int(10, 23)}:${rng.int(10, 59)} UTC`,
        '',
        `${tr(lang, 'First name', 'Vorname', 'Prénom', 'Nombre')}: ${person.first}`,
        `${tr(lang, 'Last name', 'Nachname', 'Nom', 'Apellido')}: ${person.last}`,
        `${tr(lang, 'Email', 'E-Mail', 'E-mail', 'Correo')}: ${orDash(hasEmail ? person.email : null)}`,
        `${tr(lang, 'Phone', 'Telefon', 'Téléphone', 'Teléfono')}: ${orDash(phone)}`,
        `${tr(lang, 'Comments', 'Kommentar', 'Commentaire', 'Comentarios')}: ${message ? `\n${message}` : '-'}`,
        '',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 · +1 800 518 5689',
      ].join('\n');
      return {
        draft: {
          from: { name: 'Microsoft Advertising', email: 'leads@ads.microsoft.example' },
          subject: `${tr(lang, 'New lead', 'Neuer Lead', 'Nouveau prospect', 'Nuevo cliente potencial')} – ${campaign}`,
          text,
        },
        expected: {
          source: 'microsoft_ads',
          campaign,
          adId: ids.ad,
          formId: ids.form,
          campaignId: ids.campaign,
          platformLeadId: ids.lead,
        },
        others: [],
      };
    },
  },
  {
    id: 'forward-thunderbird',
    description:
      'Thunderbird forward: a colleague’s note and signature with mobile above "-------- Forwarded Message --------" and its Subject/Date/From/To block, then the customer’s personal email with greeting, sign-off, name and sometimes a mobile',
    count: 13,
    needsEmail: true,
    oneBlockMessage: true,
    build({ rng, lang, biz, person, staff, other, message, phone }) {
      const msg =
        message ??
        tr(
          lang,
          'Please call me back.',
          'Bitte rufen Sie mich zurück.',
          'Merci de me rappeler.',
          'Por favor, llámenme.',
        );
      const note = tr(
        lang,
        `Hi ${staff.name.split(' ')[0]}, can you pick this one up? Thanks`,
        `Hallo ${staff.name.split(' ')[0]}, kannst du das bitte übernehmen? Danke`,
        `Salut ${staff.name.split(' ')[0]}, tu peux t’en occuper ? Merci`,
        `Hola ${staff.name.split(' ')[0]}, ¿te encargas tú? Gracias`,
      );
      const sig = `${other.name}\n${biz.name}\n${tr(lang, 'Mobile', 'Mobil', 'Portable', 'Móvil')} ${other.phone}`;
      const text = [
        note,
        '',
        '-- ',
        sig,
        '',
        '',
        `-------- ${tr(lang, 'Forwarded Message', 'Weitergeleitete Nachricht', 'Message transféré', 'Mensaje reenviado')} --------`,
        `${tr(lang, 'Subject:', 'Betreff:', 'Sujet :', 'Asunto:')} ${tr(lang, 'Question', 'Anfrage', 'Demande', 'Consulta')}`,
        `${tr(lang, 'Date:', 'Datum:', 'Date :', 'Fecha:')} ${tr(lang, 'Tue, 1 Dec 2026 08:41:12 +0000', 'Tue, 1 Dec 2026 09:41:12 +0100', 'Tue, 1 Dec 2026 09:41:12 +0100', 'Tue, 1 Dec 2026 09:41:12 +0100')}`,
        `${tr(lang, 'From:', 'Von:', 'De :', 'De:')} ${person.full} <${person.email}>`,
        `${tr(lang, 'To:', 'An:', 'Pour :', 'Para:')} ${biz.inbox}`,
        '',
        personalMail(lang, rng, person.full, msg, phone),
      ].join('\n');
      return {
        draft: {
          from: { name: other.name, email: other.email },
          to: [{ name: staff.name, email: staff.email }],
          cc: [{ email: biz.inbox }],
          subject: `Fwd: ${tr(lang, 'Question', 'Anfrage', 'Demande', 'Consulta')}`,
          text,
        },
        expected: { message: msg },
        others: [staff.name, other.name],
      };
    },
  },
  {
    id: 'reply-gmail-blockquote',
    description:
      'staff reply sent from Gmail with the leads inbox in Cc: the employee’s answer and signature with direct line on top, "On … wrote:" attribution, the customer’s enquiry in a gmail_quote blockquote (text part with ">")',
    count: 13,
    needsEmail: true,
    oneBlockMessage: true,
    build({ rng, lang, biz, person, staff, message, phone }) {
      const msg =
        message ??
        tr(
          lang,
          'Could you send me your prices?',
          'Können Sie mir Ihre Preise schicken?',
          'Pourriez-vous m’envoyer vos tarifs ?',
          '¿Me pueden enviar sus precios?',
        );
      const reply = tr(
        lang,
        `Hi ${person.first},\n\nThanks for getting in touch. I’ve put some times in the diary and will call you tomorrow.\n\nBest,\n${staff.name}\n${biz.name} | Direct ${staff.phone}`,
        `Hallo ${person.first},\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen telefonisch bei Ihnen.\n\nViele Grüße\n${staff.name}\n${biz.name} | Durchwahl ${staff.phone}`,
        `Bonjour ${person.first},\n\nMerci pour votre message. Je vous appelle demain.\n\nBien cordialement,\n${staff.name}\n${biz.name} | Ligne directe ${staff.phone}`,
        `Hola ${person.first}:\n\nGracias por escribirnos. Le llamo mañana sin falta.\n\nUn saludo,\n${staff.name}\n${biz.name} | Directo ${staff.phone}`,
      );
      const attribution = tr(
        lang,
        `On Tue, 1 Dec 2026 at 09:12, ${person.full} <${person.email}> wrote:`,
        `Am Di., 1. Dez. 2026 um 09:12 Uhr schrieb ${person.full} <${person.email}>:`,
        `Le mar. 1 déc. 2026 à 09:12, ${person.full} <${person.email}> a écrit :`,
        `El mar, 1 dic 2026 a las 9:12, ${person.full} (<${person.email}>) escribió:`,
      );
      const original = personalMail(lang, rng, person.full, msg, phone);
      const text = `${reply}\n\n${attribution}\n\n${original
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n')}\n`;
      const html = wrapHtml(
        `<div dir="ltr">${htmlParagraphs(reply)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${htmlParagraphs(original)}</blockquote></div>`,
      );
      return {
        draft: {
          from: { name: staff.name, email: staff.email },
          to: [{ name: person.full, email: person.email }],
          cc: [{ email: biz.inbox }],
          subject: `Re: ${tr(lang, 'Enquiry', 'Anfrage', 'Demande de renseignements', 'Consulta')}`,
          headers: [['In-Reply-To', `<${rng.hex(16)}@${person.email.split('@')[1]}>`]],
          text,
          html,
        },
        expected: { message: msg },
        others: [staff.name],
      };
    },
  },
  {
    id: 'chatbot-handoff',
    description:
      'website chatbot hand-off: "Bot:" and "Visitor:" lines where the bot asks for name, email and phone one by one; the visitor’s opening question is the message; the bot quotes the business’s own number; conversation id and page',
    count: 13,
    oneBlockMessage: true,
    noMessageShare: 0,
    build({ rng, lang, biz, person, message, phone, hasEmail }) {
      const msg = message ?? '';
      const visitor = tr(lang, 'Visitor', 'Besucher', 'Visiteur', 'Visitante');
      const lines: [string, string][] = [
        [
          'Bot',
          tr(
            lang,
            `Hi! 👋 Welcome to ${biz.name}. How can I help?`,
            `Hallo! 👋 Willkommen bei ${biz.name}. Wie kann ich helfen?`,
            `Bonjour ! 👋 Bienvenue chez ${biz.name}. Comment puis-je vous aider ?`,
            `¡Hola! 👋 Bienvenido a ${biz.name}. ¿En qué te ayudo?`,
          ),
        ],
        [visitor, msg],
        [
          'Bot',
          tr(
            lang,
            'Happy to help. What is your name?',
            'Gern! Wie ist Ihr Name?',
            'Avec plaisir. Quel est votre nom ?',
            'Claro. ¿Cómo te llamas?',
          ),
        ],
        [visitor, person.full],
        [
          'Bot',
          tr(
            lang,
            'And the best email to reach you?',
            'Unter welcher E-Mail erreichen wir Sie?',
            'Et votre adresse e-mail ?',
            '¿Y tu correo electrónico?',
          ),
        ],
        [
          visitor,
          hasEmail
            ? person.email
            : tr(
                lang,
                'rather not, phone is fine',
                'lieber telefonisch',
                'plutôt par téléphone',
                'mejor por teléfono',
              ),
        ],
        [
          'Bot',
          tr(
            lang,
            'And a phone number?',
            'Und eine Telefonnummer?',
            'Et un numéro de téléphone ?',
            '¿Y un teléfono?',
          ),
        ],
        [
          visitor,
          phone ?? tr(lang, 'email is better', 'lieber per Mail', 'plutôt par mail', 'mejor por correo'),
        ],
        [
          'Bot',
          tr(
            lang,
            `Thanks! A colleague will be in touch. You can also call us on ${biz.phone}.`,
            `Danke! Wir melden uns. Sie erreichen uns auch unter ${biz.phone}.`,
            `Merci ! Nous revenons vers vous. Vous pouvez aussi nous appeler au ${biz.phone}.`,
            `¡Gracias! Te contactaremos. También puedes llamarnos al ${biz.phone}.`,
          ),
        ],
      ];
      const head = `${tr(lang, 'Conversation', 'Unterhaltung', 'Conversation', 'Conversación')} #${rng.int(100000, 999999)} · ${tr(lang, 'Page', 'Seite', 'Page', 'Página')}: https://www.${biz.domain}/`;
      const text = `${head}\n\n${lines.map(([w, t], i) => `[10:${String(10 + i * 3).padStart(2, '0')}] ${w}: ${t}`).join('\n')}\n\nChattr · ${tr(lang, 'AI assistant', 'KI-Assistent', 'assistant IA', 'asistente IA')}`;
      const html = wrapHtml(
        `<p>${esc(head)}</p>\n${lines.map(([w, t]) => `<p><b>${esc(w)}:</b> ${esc(t)}</p>`).join('\n')}`,
      );
      return {
        draft: {
          from: { name: 'Chattr', email: 'handoff@chattr.example' },
          subject: `${tr(lang, 'New lead captured by your assistant', 'Neuer Lead von Ihrem Assistenten', 'Nouveau prospect capté par votre assistant', 'Nuevo contacto captado por tu asistente')}`,
          ...(rng.chance(0.5) ? { text } : { text, html }),
        },
        others: [],
      };
    },
  },
  {
    id: 'answering-service',
    description:
      'virtual-receptionist message slip: "Message for" a staff member, caller name, callback number, optional email, the message taken down in the caller’s words, "Taken by" the receptionist, the service’s own number',
    count: 13,
    needsPhone: true,
    noMessageShare: 0,
    build({ rng, lang, biz, person, staff, other, message, phone, hasEmail }) {
      const rows: [string, string][] = [
        [tr(lang, 'Message for', 'Nachricht für', 'Message pour', 'Mensaje para'), staff.name],
        [tr(lang, 'Caller', 'Anrufer/in', 'Appelant', 'Llamante'), person.full],
        [
          tr(lang, 'Callback number', 'Rückrufnummer', 'Numéro de rappel', 'Número de devolución'),
          phone ?? '',
        ],
        [
          'E-mail',
          hasEmail ? person.email : tr(lang, 'not given', 'nicht angegeben', 'non communiqué', 'no indicado'),
        ],
        [
          tr(lang, 'Message', 'Nachricht', 'Message', 'Mensaje'),
          message ??
            tr(
              lang,
              'Please call back.',
              'Bitte um Rückruf.',
              'Merci de rappeler.',
              'Que le devuelvan la llamada.',
            ),
        ],
        [
          tr(lang, 'Taken by', 'Aufgenommen von', 'Pris par', 'Tomado por'),
          `${other.name.split(' ')[0]} (${tr(lang, 'receptionist', 'Telefonservice', 'standardiste', 'recepcionista')})`,
        ],
      ];
      const foot = 'DeskVoice Answering · +44 20 7946 0555';
      const text = `${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${foot}`;
      const html = wrapHtml(
        `<table>${rows.map(([l, v]) => `<tr><td><b>${esc(l)}</b></td><td>${htmlLines(v)}</td></tr>`).join('\n')}</table><p>${esc(foot)}</p>`,
      );
      return {
        draft: {
          from: { name: 'DeskVoice', email: 'messages@deskvoice.example' },
          to: [{ name: staff.name, email: staff.email }],
          cc: [{ email: biz.inbox }],
          subject: `${tr(lang, 'Phone message', 'Telefonnotiz', 'Message téléphonique', 'Mensaje telefónico')}: ${person.full}`,
          ...(rng.chance(0.5) ? { text } : { html }),
        },
        others: [staff.name, other.name.split(' ')[0] ?? ''],
      };
    },
  },
  {
    id: 'forward-outlook-eml-attachment',
    description:
      'Outlook "forward as attachment": an employee’s short HTML note with signature and mobile, the customer’s own email attached as a message/rfc822 (.eml) part with their From header, greeting, words, sign-off and number',
    count: 12,
    needsEmail: true,
    oneBlockMessage: true,
    noMessageShare: 0,
    build({ rng, lang, biz, person, staff, other, message, phone, n }) {
      const msg = message ?? '';
      const subject = tr(lang, 'Enquiry', 'Anfrage', 'Demande', 'Consulta');
      const inner = writeMessage(
        {
          from: { name: person.full, email: person.email },
          to: [{ email: biz.inbox }],
          subject,
          date: 'Mon, 30 Nov 2026 18:22:05 +0000',
          messageId: `<${rng.hex(12)}@${person.email.split('@')[1]}>`,
          text: personalMail(lang, rng, person.full, msg, phone),
          charset: 'utf-8',
          transfer: rng.pick(['quoted-printable', 'base64'] as const),
        },
        `inner-${n}`,
      ).bytes;
      const note = tr(
        lang,
        `${staff.name.split(' ')[0]}, see the attached enquiry – can you quote?`,
        `${staff.name.split(' ')[0]}, siehe Anfrage im Anhang – kannst du ein Angebot machen?`,
        `${staff.name.split(' ')[0]}, voir la demande en pièce jointe – tu peux faire un devis ?`,
        `${staff.name.split(' ')[0]}, mira la consulta adjunta, ¿puedes preparar presupuesto?`,
      );
      const sig = `${other.name}\n${biz.name}\n${tr(lang, 'Mobile', 'Mobil', 'Portable', 'Móvil')}: ${other.phone}`;
      return {
        draft: {
          from: { name: other.name, email: other.email },
          to: [{ name: staff.name, email: staff.email }],
          cc: [{ email: biz.inbox }],
          subject: `${tr(lang, 'FW:', 'WG:', 'TR:', 'RV:')} ${subject}`,
          html: wrapHtml(`<div>${esc(note)}</div><div><br></div><div>${htmlLines(sig)}</div>`),
          attachments: [
            { filename: `${subject}.eml`, contentType: 'message/rfc822', content: inner, transfer: '7bit' },
          ],
        },
        expected: { message: msg },
        others: [staff.name, other.name],
      };
    },
  },
  {
    id: 'consultation-vcard',
    description:
      'appointment app "new client booked": service, time and practitioner in the body with the client’s reason for the visit in their words; the client’s contact only in the attached .vcf (N with surname first, FN, TEL, EMAIL)',
    count: 12,
    build({ rng, lang, biz, person, staff, message, phone, hasEmail }) {
      const vcf = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:${person.last};${person.first};;;`,
        `FN:${person.full}`,
        ...(phone ? [`TEL;TYPE=CELL:${phone}`] : []),
        ...(hasEmail ? [`EMAIL;TYPE=INTERNET:${person.email}`] : []),
        `NOTE:${tr(lang, 'Booked online', 'Online gebucht', 'Réservé en ligne', 'Reservado en línea')}`,
        'END:VCARD',
        '',
      ].join('\n');
      const rows: [string, string][] = [
        [
          tr(lang, 'Service', 'Leistung', 'Prestation', 'Servicio'),
          tr(
            lang,
            'Initial consultation (30 min)',
            'Erstberatung (30 Min.)',
            'Premier rendez-vous (30 min)',
            'Primera consulta (30 min)',
          ),
        ],
        [tr(lang, 'When', 'Termin', 'Date', 'Fecha'), `${rng.int(1, 28)}.12.2026 ${rng.int(8, 17)}:00`],
        [tr(lang, 'With', 'Bei', 'Avec', 'Con'), staff.name],
        [
          tr(
            lang,
            'Reason for the visit (as entered by the client)',
            'Anliegen (Angabe des Kunden)',
            'Motif du rendez-vous (saisi par le client)',
            'Motivo de la cita (indicado por el cliente)',
          ),
          orDash(message),
        ],
      ];
      const text = `${tr(lang, 'A new client booked an appointment. Their contact card is attached.', 'Ein neuer Kunde hat einen Termin gebucht. Die Kontaktkarte ist angehängt.', 'Un nouveau client a pris rendez-vous. Sa fiche contact est jointe.', 'Un cliente nuevo ha reservado una cita. Adjuntamos su tarjeta de contacto.')}\n\n${rows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${biz.name} · ${biz.phone}\nBookly · support@bookly.example`;
      return {
        draft: {
          from: { name: 'Bookly', email: 'no-reply@bookly.example' },
          subject: tr(lang, 'New client booked', 'Neuer Kunde gebucht', 'Nouveau client', 'Nuevo cliente'),
          text,
          attachments: [
            {
              filename: `${person.last.replace(/[^A-Za-z]/g, '') || 'client'}.vcf`,
              contentType: 'text/vcard',
              content: vcf,
            },
          ],
        },
        others: [staff.name],
      };
    },
  },
];
