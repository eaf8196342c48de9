/** Layouts around people's own mail: forwards, replies, letters, faxes. */
import { attachment } from '../mime.js';
import type { Lang, LeadCtx, LeadLayout } from '../types.js';
import { esc, full, L, longDate, num, paras, phoneField, staffEmail } from './common.js';

const GREET: Record<Lang, string[]> = {
  en: ['Hello,', 'Good morning,', 'Hi,'],
  de: ['Guten Tag,', 'Hallo,', 'Sehr geehrte Damen und Herren,'],
  fr: ['Bonjour,', 'Madame, Monsieur,'],
  es: ['Hola,', 'Buenos días,', 'Estimados señores:'],
};
const SIGNOFF: Record<Lang, string[]> = {
  en: ['Kind regards,', 'Thanks,', 'Best wishes,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci d’avance,'],
  es: ['Saludos,', 'Un saludo,', 'Atentamente,'],
};

/** The customer's letter: greeting, words, sign-off, name and (if given) number. */
function letter(ctx: LeadCtx): string {
  const { rng, lang } = ctx;
  const sig = [full(ctx)];
  if (ctx.phone) sig.push(phoneField(ctx));
  return `${rng.pick(GREET[lang])}\n\n${ctx.message}\n\n${rng.pick(SIGNOFF[lang])}\n${sig.join('\n')}`;
}

const appleMacHtml: LeadLayout = {
  id: 'forward-apple-mac-html',
  description:
    'Apple Mail on a Mac forwards the website’s form notification in HTML: the colleague’s note and signature with mobile, then <blockquote type="cite"> with "Begin forwarded message:" (localised), bold From/Subject/Date/To labels in divs, and the notification’s "Label: value" lines separated by <br>',
  build(ctx) {
    const { rng, lang } = ctx;
    const w = L(lang, {
      en: [
        'Begin forwarded message:',
        'From',
        'Subject',
        'Date',
        'To',
        'New contact form submission',
        'Name',
        'Email',
        'Phone',
        'Message',
        'Can someone take this one? I am on site all day.',
      ],
      de: [
        'Anfang der weitergeleiteten Nachricht:',
        'Von',
        'Betreff',
        'Datum',
        'An',
        'Neue Kontaktanfrage',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht',
        'Kann das bitte jemand übernehmen? Ich bin den ganzen Tag auf der Baustelle.',
      ],
      fr: [
        'Début du message réexpédié :',
        'De',
        'Objet',
        'Date',
        'À',
        'Nouveau message du formulaire',
        'Nom',
        'E-mail',
        'Téléphone',
        'Message',
        'Quelqu’un peut s’en occuper ? Je suis en rendez-vous toute la journée.',
      ],
      es: [
        'Inicio del mensaje reenviado:',
        'De',
        'Asunto',
        'Fecha',
        'Para',
        'Nuevo mensaje del formulario',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje',
        '¿Alguien puede encargarse? Estoy fuera todo el día.',
      ],
    });
    const site = `website@${ctx.biz.domain}`;
    const lines = [`${w[6]}: ${esc(full(ctx))}`];
    if (ctx.email) lines.push(`${w[7]}: ${esc(ctx.email)}`);
    if (ctx.phone) lines.push(`${w[8]}: ${esc(phoneField(ctx))}`);
    if (ctx.message) lines.push(`${w[9]}: ${esc(ctx.message).replace(/\n/g, '<br>')}`);
    const hdr = (k: string, v: string) =>
      `<div style="margin:0px"><span style="font-family:-webkit-system-font,Helvetica Neue;color:rgba(0,0,0,1.0)"><b>${k}: </b></span><span style="font-family:-webkit-system-font,Helvetica Neue">${v}</span></div>`;
    const html = `<div dir="auto">${esc(w[10] as string)}</div><div dir="auto"><br></div><div dir="auto">${esc(ctx.staff)}<br>${esc(ctx.biz.name)}<br>${esc(ctx.staffPhone)}</div>
<div dir="auto"><br><blockquote type="cite"><div>${w[0]}</div><br class="Apple-interchange-newline">
${hdr(w[1] as string, `${esc(ctx.biz.name)} Website &lt;${site}&gt;`)}
${hdr(w[2] as string, `<b>${w[5]}</b>`)}
${hdr(w[3] as string, longDate(rng, lang))}
${hdr(w[4] as string, `${esc(ctx.biz.inbox)}`)}
<br><div>${lines.join('<br>\n')}</div></blockquote></div>`;
    return {
      draft: { from: { name: ctx.staff, email: staffEmail(ctx) }, subject: `Fwd: ${w[5]}`, html },
      names: [full(ctx)],
      others: [ctx.staff],
    };
  },
};

const zimbra: LeadLayout = {
  id: 'forward-zimbra-original',
  description:
    'a colleague forwards from a Zimbra-style webmail: note and signature with phone, then "----- Mail original -----" (localised) with De/À/Envoyé/Objet lines and the customer’s own letter (greeting, words, sign-off, name, number)',
  needsEmail: true,
  personal: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const w = L(lang, {
      en: [
        '----- Original Message -----',
        'From',
        'To',
        'Sent',
        'Subject',
        'Enquiry',
        'FYI – new enquiry below, I have not replied yet.',
      ],
      de: [
        '----- Ursprüngliche Mail -----',
        'Von',
        'An',
        'Gesendet',
        'Betreff',
        'Anfrage',
        'Zur Info – neue Anfrage unten, ich habe noch nicht geantwortet.',
      ],
      fr: [
        '----- Mail original -----',
        'De',
        'À',
        'Envoyé',
        'Objet',
        'Demande',
        'Pour info – nouvelle demande ci-dessous, je n’ai pas encore répondu.',
      ],
      es: [
        '----- Mensaje original -----',
        'De',
        'Para',
        'Enviado',
        'Asunto',
        'Consulta',
        'Para que lo vean: nueva consulta abajo, aún no he respondido.',
      ],
    });
    const subj = `${w[5]} – ${ctx.service}`;
    const text = `${w[6]}\n\n${ctx.staff}\n${ctx.biz.name} – ${ctx.staffPhone}\n\n${w[0]}\n${w[1]}: "${full(ctx)}" <${ctx.email}>\n${w[2]}: "${ctx.biz.name}" <${ctx.biz.inbox}>\n${w[3]}: ${longDate(rng, lang)}\n${w[4]}: ${subj}\n\n${letter(ctx)}\n`;
    return {
      draft: { from: { name: ctx.staff, email: staffEmail(ctx) }, subject: `Fwd: ${subj}`, text },
      names: [full(ctx)],
      others: [ctx.staff],
    };
  },
};

const replyAutoack: LeadLayout = {
  id: 'reply-to-autoack-top-posted',
  description:
    'the customer answers the business’s automatic "we received your request" acknowledgement with the actual enquiry, top-posted: greeting, words, sign-off with name and sometimes a number, then "On … wrote:" and the quoted acknowledgement with reference number, business phone and opening hours',
  needsEmail: true,
  personal: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const ref = `#${num(rng, 6)}`;
    const w = L(lang, {
      en: [
        `We received your request [${ref}]`,
        'wrote',
        `Thank you for contacting ${ctx.biz.name}. We have received your request and will get back to you within two working days.`,
        `Your reference: ${ref}`,
        `Urgent? Call us on ${ctx.biz.phone}, Mon–Fri 8:00–17:00.`,
        'On',
      ],
      de: [
        `Wir haben Ihre Anfrage erhalten [${ref}]`,
        'schrieb',
        `Vielen Dank für Ihre Nachricht an ${ctx.biz.name}. Wir melden uns innerhalb von zwei Werktagen.`,
        `Ihre Referenz: ${ref}`,
        `Dringend? Rufen Sie uns an: ${ctx.biz.phone}, Mo–Fr 8–17 Uhr.`,
        'Am',
      ],
      fr: [
        `Nous avons bien reçu votre demande [${ref}]`,
        'a écrit',
        `Merci d’avoir contacté ${ctx.biz.name}. Nous vous répondrons sous deux jours ouvrés.`,
        `Votre référence : ${ref}`,
        `Urgent ? Appelez le ${ctx.biz.phone}, du lundi au vendredi de 8 h à 17 h.`,
        'Le',
      ],
      es: [
        `Hemos recibido su solicitud [${ref}]`,
        'escribió',
        `Gracias por contactar con ${ctx.biz.name}. Le responderemos en un plazo de dos días hábiles.`,
        `Su referencia: ${ref}`,
        `¿Urgente? Llámenos al ${ctx.biz.phone}, de lunes a viernes de 8 a 17 h.`,
        'El',
      ],
    });
    const quoted = [w[2], '', w[3], '', w[4], '', `-- ${ctx.biz.name}`]
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const text = `${letter(ctx)}\n\n${w[5]} ${longDate(rng, lang)}, ${ctx.biz.name} <noreply@${ctx.biz.domain}> ${w[1]}:\n\n${quoted}\n`;
    return {
      draft: {
        from: { name: full(ctx), email: ctx.email ?? '' },
        subject: `Re: ${w[0]}`,
        headers: [['In-Reply-To', `<ack.${num(rng, 8)}@${ctx.biz.domain}>`]],
        text,
      },
      names: [full(ctx)],
    };
  },
};

const TITLES: Record<Lang, string[]> = {
  en: ['Facilities Coordinator', 'Office Manager', 'Project Lead'],
  de: ['Leitung Facility Management', 'Büroleitung', 'Projektleiter'],
  fr: ['Responsable des services généraux', 'Office manager', 'Chef de projet'],
  es: ['Coordinadora de instalaciones', 'Jefe de oficina', 'Responsable de proyectos'],
};
const ORGS = ['Marlow & Finch LLP', 'Quellwerk GmbH', 'Groupe Vasseur', 'Constructora Albor'];

const htmlSignature: LeadLayout = {
  id: 'direct-email-html-signature',
  description:
    'a company employee writes from Outlook in HTML: greeting, the request in paragraphs, sign-off, then a signature table (name in bold, job title, company, "M" mobile, "E" email, web) and a grey confidentiality disclaimer; text part with the same words',
  needsEmail: true,
  personal: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const org = rng.pick(ORGS);
    const title = rng.pick(TITLES[lang]);
    const greet = rng.pick(GREET[lang]);
    const off = rng.pick(SIGNOFF[lang]);
    const disc = L(lang, {
      en: 'This email and any attachments are confidential and intended solely for the addressee.',
      de: 'Diese E-Mail und ihre Anhänge sind vertraulich und nur für den Empfänger bestimmt.',
      fr: 'Ce courriel et ses pièces jointes sont confidentiels et destinés uniquement à leur destinataire.',
      es: 'Este correo y sus adjuntos son confidenciales y están dirigidos únicamente a su destinatario.',
    });
    const rows = [
      `<tr><td style="font-weight:bold;font-size:13px">${esc(full(ctx))}</td></tr>`,
      `<tr><td style="color:#666">${esc(title)} | ${esc(org)}</td></tr>`,
    ];
    if (ctx.phone)
      rows.push(`<tr><td><span style="color:#0a6">M</span>&nbsp;${esc(ctx.phone.written)}</td></tr>`);
    rows.push(
      `<tr><td><span style="color:#0a6">E</span>&nbsp;<a href="mailto:${esc(ctx.email ?? '')}">${esc(ctx.email ?? '')}</a></td></tr>`,
      `<tr><td><span style="color:#0a6">W</span>&nbsp;www.${org.split(' ')[0]?.toLowerCase()}.example</td></tr>`,
    );
    const html = `<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>${esc(greet)}</p>
${paras(ctx.message ?? '')}
<p>${esc(off)}</p>
<table cellpadding="0" cellspacing="0" style="border-left:3px solid #0a6;padding-left:8px;font-family:Calibri,sans-serif;font-size:10pt">${rows.join('')}</table>
<p style="color:#999;font-size:8pt">${esc(disc)}</p></div>`;
    const text = `${greet}\n\n${ctx.message}\n\n${off}\n\n${full(ctx)}\n${title} | ${org}\n${ctx.phone ? `M ${ctx.phone.written}\n` : ''}E ${ctx.email}\n\n${disc}\n`;
    return {
      draft: {
        from: { name: full(ctx), email: ctx.email ?? '' },
        subject: `${L(lang, { en: 'Request', de: 'Anfrage', fr: 'Demande', es: 'Solicitud' })} – ${ctx.service}`,
        html,
        text,
        primary: 'html',
      },
      names: [full(ctx)],
    };
  },
};

const faxOcr: LeadLayout = {
  id: 'fax-to-email-ocr',
  description:
    'fax-to-email gateway "Faxline": received time, the sender’s fax id, page count, then the OCR text of the fax cover sheet (To/Fax, From, "Tel." with extension, the sender’s own fax number, the letter with sign-off; names sometimes in capitals) and the fax image attached',
  needsPhone: true,
  extensions: true,
  personal: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const caps = rng.chance(0.35);
    const name = caps ? full(ctx).toUpperCase() : full(ctx);
    const fax = `${ctx.phone?.written.replace(/\d{2}$/, String(rng.int(10, 99)))}`;
    const w = L(lang, {
      en: [
        'Incoming fax',
        'Received',
        'Sender fax ID',
        'Pages',
        'OCR text, page 1',
        'FAX MESSAGE',
        'To',
        'From',
        'Tel.',
        'Fax',
        'Re',
        'Enquiry',
        'E-mail',
        'end of OCR text',
        'The original fax is attached.',
      ],
      de: [
        'Eingehendes Fax',
        'Empfangen',
        'Absenderkennung',
        'Seiten',
        'OCR-Text, Seite 1',
        'TELEFAX',
        'An',
        'Von',
        'Tel.',
        'Fax',
        'Betreff',
        'Anfrage',
        'E-Mail',
        'Ende des OCR-Textes',
        'Das Originalfax ist angehängt.',
      ],
      fr: [
        'Fax entrant',
        'Reçu le',
        'Identifiant de l’expéditeur',
        'Pages',
        'Texte OCR, page 1',
        'TÉLÉCOPIE',
        'À',
        'De',
        'Tél.',
        'Fax',
        'Objet',
        'Demande',
        'Courriel',
        'fin du texte OCR',
        'Le fax original est joint.',
      ],
      es: [
        'Fax entrante',
        'Recibido',
        'ID del remitente',
        'Páginas',
        'Texto OCR, página 1',
        'FAX',
        'Para',
        'De',
        'Tel.',
        'Fax',
        'Asunto',
        'Consulta',
        'Correo',
        'fin del texto OCR',
        'Se adjunta el fax original.',
      ],
    });
    const sig = [name];
    const text = [
      `Faxline · ${w[0]}`,
      `${w[1]}: ${longDate(rng, lang)}`,
      `${w[2]}: ${fax}`,
      `${w[3]}: 1`,
      '',
      `--- ${w[4]} ---`,
      w[5],
      `${w[6]}: ${ctx.biz.name}          ${w[9]}: ${ctx.biz.phone}`,
      `${w[7]}: ${name}`,
      `${w[8]}: ${phoneField(ctx)}`,
      `${w[9]}: ${fax}`,
      ctx.email ? `${w[12]}: ${ctx.email}` : '',
      `${w[10]}: ${w[11]}`,
      '',
      rng.pick(GREET[lang]),
      '',
      ctx.message ?? '',
      '',
      rng.pick(SIGNOFF[lang]),
      ...sig,
      `--- ${w[13]} ---`,
      '',
      w[14],
    ]
      .filter((l, i) => l !== '' || i !== 11)
      .join('\n');
    const tif = Buffer.from(`II*\u0000faxline-${num(rng, 8)}`, 'latin1');
    return {
      draft: {
        from: { name: 'Faxline', email: 'fax@faxline.example' },
        subject: `${w[0]}: ${fax}`,
        text,
        attachments: [attachment(`fax-${num(rng, 6)}.tif`, 'image/tiff', tif)],
      },
      names: caps ? [name] : [full(ctx)],
    };
  },
};

export const mailLayouts: LeadLayout[] = [appleMacHtml, zimbra, replyAutoack, htmlSignature, faxOcr];
