/** Forwards and replies: the customer sits in the quoted or inner part, staff on top. */
import { buildMessage } from './build.js';
import { SECTOR } from './data.js';
import { serialize } from './mime.js';
import {
  addr,
  esc,
  humanDate,
  L,
  type LeadCtx,
  type LeadLayout,
  outlookDate,
  paras,
  phoneText,
  rfcDate,
  shownFull,
} from './types.js';

function greet(c: LeadCtx): { hi: string; bye: string } {
  return L(c.lang, {
    en: { hi: c.rng.pick(['Dear team,', 'Hello,']), bye: c.rng.pick(['Regards,', 'Thanks in advance,']) },
    de: {
      hi: c.rng.pick(['Liebes Team,', 'Guten Tag,']),
      bye: c.rng.pick(['Freundliche Grüße', 'Beste Grüße']),
    },
    fr: {
      hi: c.rng.pick(['Bonjour,', 'Madame, Monsieur,']),
      bye: c.rng.pick(['Bien cordialement,', 'Merci et bonne journée,']),
    },
    es: {
      hi: c.rng.pick(['Buenos días:', 'Hola:']),
      bye: c.rng.pick(['Un cordial saludo,', 'Gracias de antemano,']),
    },
  });
}

/** The customer's own letter: greeting, prose, sign-off with full name, phone line. */
function letter(c: LeadCtx, body: string): string {
  const g = greet(c);
  const tel = c.phone
    ? `\n${L(c.lang, { en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' })} ${phoneText(c)}`
    : '';
  return `${g.hi}\n\n${body}\n\n${g.bye}\n${shownFull(c)}${tel}`;
}

function sig(c: LeadCtx, s = c.staff): string {
  return `${s.first} ${s.last}\n${s.role} | ${c.biz.name}\n${L(c.lang, { en: 'Direct', de: 'Durchwahl', fr: 'Ligne directe', es: 'Directo' })} ${s.direct} · ${L(c.lang, { en: 'Mobile', de: 'Mobil', fr: 'Portable', es: 'Móvil' })} ${s.mobile}\n${c.biz.street}`;
}

const body = (c: LeadCtx) => c.message ?? SECTOR[c.biz.sector][c.lang].detail[0] ?? '';

// 1 ----------------------------------------------------------------------------------------------------------
const gmailFwd: LeadLayout = {
  id: 'fwd-gmail-personal-letter-owner-sig',
  description:
    'the owner forwards from Gmail (HTML with text, `gmail_quote` div) the customer\'s own letter that reached their personal address: a one-line note above, their signature with direct line and mobile, then the localised "Forwarded message" block (From with the customer\'s name and address, Date, Subject, To) and the letter with sign-off and a phone line',
  capabilities: 'Gmail forward, staff signature above, prose letter, customer in the inner From',
  forms: ['national', 'intl', 'dotted', 'cc0'],
  foreign: 'intl',
  needsEmail: true,
  noPhone: 0.3,
  build(c) {
    const s = c.staff;
    const note = L(c.lang, {
      en: 'This came to my own address, can someone pick it up please?',
      de: 'Kam an meine private Adresse, kann das bitte jemand übernehmen?',
      fr: 'Reçu sur mon adresse perso, quelqu’un peut-il s’en occuper ?',
      es: 'Me llegó a mi correo personal, ¿alguien se encarga?',
    });
    const fw: [string, string, string, string, string] = L(c.lang, {
      en: ['---------- Forwarded message ---------', 'From', 'Date', 'Subject', 'To'],
      de: ['---------- Weitergeleitete Nachricht ---------', 'Von', 'Date', 'Subject', 'To'],
      fr: ['---------- Message transféré ---------', 'De', 'Date', 'Subject', 'To'],
      es: ['---------- Mensaje reenviado ---------', 'De', 'Date', 'Subject', 'To'],
    });
    const subj = SECTOR[c.biz.sector][c.lang].subject;
    const personal = `${s.first.toLowerCase()}.${c.rng.int(10, 99)}@gmail.example`;
    const inner = letter(c, body(c));
    const head = `${fw[0]}\n${fw[1]}: ${shownFull(c)} <${c.person.email}>\n${fw[2]}: ${humanDate(c.lang, c.date, '19:06')}\n${fw[3]}: ${subj}\n${fw[4]}: ${s.first} ${s.last} <${personal}>`;
    const text = `${note}\n\n-- \n${sig(c)}\n\n${head}\n\n\n${inner}\n`;
    const html = `<div dir="ltr">${esc(note)}<br><br><div>-- <br>${esc(sig(c)).replace(/\n/g, '<br>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(fw[0])}<br>${esc(fw[1])}: <strong class="gmail_sendername">${esc(shownFull(c))}</strong> <span>&lt;${esc(c.person.email)}&gt;</span><br>${esc(fw[2])}: ${humanDate(c.lang, c.date, '19:06')}<br>${esc(fw[3])}: ${esc(subj)}<br>${esc(fw[4])}: ${esc(`${s.first} ${s.last}`)} &lt;${personal}&gt;<br></div><br><br>${paras(inner)}</div></div>`;
    return {
      draft: {
        from: addr(`${s.first} ${s.last}`, personal),
        to: [{ email: c.biz.inbox }],
        subject: `Fwd: ${subj}`,
        text,
        html,
        primary: 'html',
      },
      expected: { message: body(c) },
      others: [`${s.first} ${s.last}`],
    };
  },
};

// 2 ----------------------------------------------------------------------------------------------------------
const outlookOfApple: LeadLayout = {
  id: 'fwd-newoutlook-text-of-apple-letter',
  description:
    'forward of a forward (plain): a manager forwards from new Outlook (underscore rule, localised From/Sent/To/Subject) the colleague\'s iPhone forward ("Begin forwarded message:" localised, From/Subject/Date/To lines, "Sent from my iPhone") of the customer\'s own letter; two staff signatures with phones',
  capabilities: 'forward of a forward, new-Outlook text block, Apple Mail block, two staff',
  forms: ['00', 'intl', 'national', '011'],
  foreign: 'intl',
  needsEmail: true,
  noPhone: 0.25,
  build(c) {
    const a = c.staff;
    const b = c.staff2;
    const subj = SECTOR[c.biz.sector][c.lang].subject;
    const h = L(c.lang, {
      en: {
        from: 'From',
        sent: 'Sent',
        to: 'To',
        sub: 'Subject',
        begin: 'Begin forwarded message:',
        date: 'Date',
        iphone: 'Sent from my iPhone',
        note: 'Can you take this one? Looks like a good job.',
        note2: 'FYI, came in to my phone over the weekend.',
      },
      de: {
        from: 'Von',
        sent: 'Gesendet',
        to: 'An',
        sub: 'Betreff',
        begin: 'Anfang der weitergeleiteten Nachricht:',
        date: 'Datum',
        iphone: 'Von meinem iPhone gesendet',
        note: 'Kannst du das übernehmen? Klingt nach einem guten Auftrag.',
        note2: 'Zur Info, kam am Wochenende aufs Handy.',
      },
      fr: {
        from: 'De',
        sent: 'Envoyé',
        to: 'À',
        sub: 'Objet',
        begin: 'Début du message réexpédié :',
        date: 'Date',
        iphone: 'Envoyé de mon iPhone',
        note: 'Tu peux t’en charger ? Ça a l’air intéressant.',
        note2: 'Pour info, reçu sur mon téléphone ce week-end.',
      },
      es: {
        from: 'De',
        sent: 'Enviado',
        to: 'Para',
        sub: 'Asunto',
        begin: 'Inicio del mensaje reenviado:',
        date: 'Fecha',
        iphone: 'Enviado desde mi iPhone',
        note: '¿Te encargas tú? Parece un buen trabajo.',
        note2: 'Para que lo veas, me llegó al móvil el fin de semana.',
      },
    });
    const inner = letter(c, body(c));
    const text = `${h.note}\n\n${sig(c, b)}\n\n________________________________\n${h.from}: ${a.first} ${a.last} <${a.email}>\n${h.sent}: ${outlookDate(c.lang, c.date, '08:12')}\n${h.to}: ${b.first} ${b.last} <${b.email}>\n${h.sub}: Fwd: ${subj}\n\n${h.note2}\n\n${h.iphone}\n\n${h.begin}\n\n${h.from}: ${shownFull(c)} <${c.person.email}>\n${h.sub}: ${subj}\n${h.date}: ${humanDate(c.lang, c.date, '21:47')}\n${h.to}: ${a.first} ${a.last} <${a.email}>\n\n${inner}\n`;
    return {
      draft: {
        from: addr(`${b.first} ${b.last}`, b.email),
        to: [{ email: c.biz.inbox }],
        subject: `WG: Fwd: ${subj}`.replace('WG:', L(c.lang, { en: 'FW:', de: 'WG:', fr: 'TR:', es: 'RV:' })),
        text,
      },
      expected: { message: body(c) },
      others: [`${a.first} ${a.last}`, `${b.first} ${b.last}`],
    };
  },
};

// 3 ----------------------------------------------------------------------------------------------------------
const emlAtt: LeadLayout = {
  id: 'fwd-eml-att-dl-notification',
  description:
    'staff forward as attachment (plain note and signature with phones): `enquiry.eml` holds the site\'s HTML notification from "Nestform" with a `<dl>` of labels with required marks ("Name *", "E-mail *", "Phone / WhatsApp", "Message") and an unsubscribe footer; the customer is in the inner Reply-To',
  capabilities: 'forward as .eml attachment, definition list, staff on top, trailing footer',
  forms: ['national', 'intl', 'e164', 'dashed'],
  foreign: 'intl',
  ext: true,
  noEmail: 0.1,
  noPhone: 0.1,
  noMessage: 0.15,
  build(c) {
    const s = c.staff;
    const t = L(c.lang, {
      en: [
        'Name *',
        'E-mail *',
        'Phone / WhatsApp',
        'Your message',
        'New website enquiry',
        'You are receiving this because you own this form.',
      ],
      de: [
        'Name *',
        'E-Mail *',
        'Telefon / WhatsApp',
        'Ihre Nachricht',
        'Neue Website-Anfrage',
        'Sie erhalten diese E-Mail als Inhaber dieses Formulars.',
      ],
      fr: [
        'Nom *',
        'E-mail *',
        'Téléphone / WhatsApp',
        'Votre message',
        'Nouvelle demande du site',
        'Vous recevez ce message en tant que propriétaire du formulaire.',
      ],
      es: [
        'Nombre *',
        'Correo *',
        'Teléfono / WhatsApp',
        'Su mensaje',
        'Nueva consulta web',
        'Recibe este correo por ser el propietario del formulario.',
      ],
    });
    const dl = `<h3>${esc(t[4] as string)}</h3>
<dl>
<dt>${esc(t[0] as string)}</dt><dd>${esc(shownFull(c))}</dd>
<dt>${esc(t[1] as string)}</dt><dd>${c.hasEmail ? esc(c.person.email) : '<i>n/a</i>'}</dd>
<dt>${esc(t[2] as string)}</dt><dd>${c.phone ? esc(phoneText(c)) : '<i>n/a</i>'}</dd>
<dt>${esc(t[3] as string)}</dt><dd>${c.message ? paras(c.message) : '<i>n/a</i>'}</dd>
</dl>
<p style="font-size:11px;color:#999">${esc(t[5] as string)} Nestform · <a href="https://nestform.example/unsubscribe">unsubscribe</a></p>`;
    const innerRoot = buildMessage(
      {
        from: addr('Nestform', `no-reply@nestform.example`),
        to: [{ email: `info@${c.biz.domain}` }],
        replyTo: c.hasEmail ? addr(shownFull(c), c.person.email) : undefined,
        subject: `${t[4]} – ${shownFull(c)}`,
        html: dl,
      },
      {
        charset: 'utf-8',
        transfer: c.rng.pick(['8bit', 'quoted-printable']),
        date: rfcDate(c.date, '06:55'),
        messageId: `<${c.rng.hex(16)}@nestform.example>`,
      },
      c.rng,
    );
    const note = L(c.lang, {
      en: 'Forwarding this from the info@ box, it got stuck in the spam folder. Sorry for the delay!',
      de: 'Leite ich aus dem info@-Postfach weiter, lag im Spam. Sorry für die Verspätung!',
      fr: 'Je transfère depuis la boîte info@, c’était dans les indésirables. Désolé du retard !',
      es: 'Os reenvío esto del buzón info@, estaba en spam. ¡Perdón por el retraso!',
    });
    return {
      draft: {
        from: addr(`${s.first} ${s.last}`, s.email),
        to: [{ email: c.biz.inbox }],
        subject: `Fwd: ${t[4]} – ${shownFull(c)}`,
        text: `${note}\n\n${sig(c)}\n`,
        attachments: [
          {
            headers: [
              ['Content-Type', 'message/rfc822; name="enquiry.eml"'],
              ['Content-Disposition', 'attachment; filename="enquiry.eml"'],
            ],
            body: serialize(innerRoot),
          },
        ],
      },
      others: [`${s.first} ${s.last}`],
    };
  },
};

// 4 ----------------------------------------------------------------------------------------------------------
const replyQuotedForm: LeadLayout = {
  id: 'reply-top-posted-gt-quoted-form',
  description:
    'staff reply top-posted in plain text to the customer (To the customer, Cc the shared inbox) after hitting reply on the website notification: greeting by first name, availability with times and a price, signature with direct line and mobile; then "On …, Website <no-reply@…> wrote:" and the notification quoted with `> ` ("Name:", "Email:", "Phone:", "Message:" over several quoted lines, footer)',
  capabilities: 'staff above the customer, `>`-quoted form, colons in the reply and the message',
  forms: ['national', 'intl', 'compact', '00'],
  foreign: 'intl',
  noPhone: 0.2,
  noMessage: 0.1,
  needsEmail: true,
  build(c) {
    const s = c.staff;
    const r = L(c.lang, {
      en: {
        hi: `Hi ${c.person.first},`,
        txt: 'Thanks for getting in touch. We could see you on Thursday at 10:30 or Friday at 15:00.\nPrice: from the figure on our website, final quote after a look.\n\nJust reply with what suits.',
        bye: 'Best,',
        wrote: (d: string) => `On ${d}, Website <no-reply@${c.biz.domain}> wrote:`,
        lab: ['Name', 'Email', 'Phone', 'Message'],
        foot: 'Sent from the contact form at',
      },
      de: {
        hi: `Hallo ${c.person.first},`,
        txt: 'danke für Ihre Nachricht. Wir hätten Donnerstag um 10:30 oder Freitag um 15:00 Zeit.\nPreis: ab dem Betrag auf unserer Website, genaues Angebot nach Besichtigung.\n\nAntworten Sie einfach, was passt.',
        bye: 'Viele Grüße',
        wrote: (d: string) => `Am ${d} schrieb Website <no-reply@${c.biz.domain}>:`,
        lab: ['Name', 'E-Mail', 'Telefon', 'Nachricht'],
        foot: 'Gesendet über das Kontaktformular auf',
      },
      fr: {
        hi: `Bonjour ${c.person.first},`,
        txt: 'Merci pour votre message. Nous pourrions vous recevoir jeudi à 10h30 ou vendredi à 15h.\nTarif : à partir du prix indiqué sur notre site, devis définitif après visite.\n\nRépondez-moi simplement avec le créneau qui vous convient.',
        bye: 'Bien à vous,',
        wrote: (d: string) => `Le ${d}, Website <no-reply@${c.biz.domain}> a écrit :`,
        lab: ['Nom', 'E-mail', 'Téléphone', 'Message'],
        foot: 'Envoyé depuis le formulaire de contact de',
      },
      es: {
        hi: `Hola, ${c.person.first}:`,
        txt: 'Gracias por escribirnos. Podríamos atenderle el jueves a las 10:30 o el viernes a las 15:00.\nPrecio: desde lo que figura en la web, presupuesto final tras verlo.\n\nResponda con lo que le venga mejor.',
        bye: 'Saludos,',
        wrote: (d: string) => `El ${d}, Website <no-reply@${c.biz.domain}> escribió:`,
        lab: ['Nombre', 'Correo', 'Teléfono', 'Mensaje'],
        foot: 'Enviado desde el formulario de contacto de',
      },
    });
    const q = [
      `${r.lab[0]}: ${shownFull(c)}`,
      `${r.lab[1]}: ${c.person.email}`,
      `${r.lab[2]}: ${phoneText(c)}`,
      `${r.lab[3]}:`,
      ...(c.message ?? '').split('\n'),
      '',
      '--',
      `${r.foot} https://www.${c.biz.domain}`,
    ]
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const text = `${r.hi}\n\n${r.txt}\n\n${r.bye}\n${sig(c)}\n\n${r.wrote(humanDate(c.lang, c.date, '16:20'))}\n${q}\n`;
    return {
      draft: {
        from: addr(`${s.first} ${s.last} | ${c.biz.name}`, s.email),
        to: [addr(shownFull(c), c.person.email)],
        cc: [{ email: c.biz.inbox }],
        subject: `Re: ${L(c.lang, { en: 'New message from', de: 'Neue Nachricht von', fr: 'Nouveau message de', es: 'Nuevo mensaje de' })} ${shownFull(c)}`,
        headers: [['In-Reply-To', `<${c.rng.hex(12)}@${c.biz.domain}>`]],
        text,
      },
      others: [`${s.first} ${s.last}`],
    };
  },
};

// 5 ----------------------------------------------------------------------------------------------------------
const replyClassic: LeadLayout = {
  id: 'reply-classic-outlook-original-letter-disclaimer',
  description:
    'staff reply from classic Outlook (plain) to the customer with the shared inbox in Cc: greeting by first name, a question back (photos, measurements) and a price range, signature with direct line and mobile and the business\'s confidentiality disclaimer; then the localised "-----Original Message-----" block (From/Sent/To/Subject) and the customer\'s letter with sign-off and phone line',
  capabilities:
    'staff above the customer, disclaimer between reply and quote, classic Outlook block, prose letter',
  forms: ['national', 'intl', '00', 'cc0', '011'],
  foreign: 'intl',
  needsEmail: true,
  noPhone: 0.25,
  build(c) {
    const s = c.staff;
    const subj = SECTOR[c.biz.sector][c.lang].subject;
    const r = L(c.lang, {
      en: {
        hi: `Dear ${c.person.first},`,
        txt: 'Thank you for your message. Could you send us two or three photos and rough measurements? Most jobs like this come in between the two prices on our website; we will confirm once we have seen the pictures.',
        bye: 'Kind regards',
        disc: 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
        orig: '-----Original Message-----',
        from: 'From',
        sent: 'Sent',
        to: 'To',
        sub: 'Subject',
      },
      de: {
        hi: `Guten Tag ${c.person.first},`,
        txt: 'vielen Dank für Ihre Nachricht. Könnten Sie uns zwei, drei Fotos und ungefähre Maße schicken? Die meisten Aufträge dieser Art liegen zwischen den beiden Preisen auf unserer Website; wir bestätigen, sobald wir die Bilder gesehen haben.',
        bye: 'Mit freundlichen Grüßen',
        disc: 'Diese E-Mail und ihre Anhänge sind vertraulich und nur für den Empfänger bestimmt. Falls Sie sie irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie sie.',
        orig: '-----Ursprüngliche Nachricht-----',
        from: 'Von',
        sent: 'Gesendet',
        to: 'An',
        sub: 'Betreff',
      },
      fr: {
        hi: `Bonjour ${c.person.first},`,
        txt: 'Merci pour votre message. Pourriez-vous nous envoyer deux ou trois photos et des dimensions approximatives ? La plupart des travaux de ce type se situent entre les deux tarifs indiqués sur notre site ; nous confirmerons après avoir vu les photos.',
        bye: 'Cordialement',
        disc: 'Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer.',
        orig: "-----Message d'origine-----",
        from: 'De',
        sent: 'Envoyé',
        to: 'À',
        sub: 'Objet',
      },
      es: {
        hi: `Estimado/a ${c.person.first}:`,
        txt: 'Gracias por su mensaje. ¿Podría enviarnos dos o tres fotos y unas medidas aproximadas? La mayoría de trabajos así quedan entre los dos precios de nuestra web; se lo confirmamos en cuanto veamos las fotos.',
        bye: 'Atentamente',
        disc: 'Este correo y sus adjuntos son confidenciales y van dirigidos únicamente a su destinatario. Si lo ha recibido por error, avise al remitente y elimínelo.',
        orig: '-----Mensaje original-----',
        from: 'De',
        sent: 'Enviado el',
        to: 'Para',
        sub: 'Asunto',
      },
    });
    const inner = letter(c, body(c));
    const text = `${r.hi}\n\n${r.txt}\n\n${r.bye}\n\n${sig(c)}\n\n${r.disc}\n\n${r.orig}\n${r.from}: ${shownFull(c)} <${c.person.email}>\n${r.sent}: ${outlookDate(c.lang, c.date, '19:06')}\n${r.to}: ${c.biz.inbox}\n${r.sub}: ${subj}\n\n${inner}\n`;
    return {
      draft: {
        from: addr(`${s.first} ${s.last}`, s.email),
        to: [addr(shownFull(c), c.person.email)],
        cc: [{ email: c.biz.inbox }],
        subject: `${L(c.lang, { en: 'RE:', de: 'AW:', fr: 'RE :', es: 'RE:' })} ${subj}`,
        text,
      },
      expected: { message: body(c) },
      others: [`${s.first} ${s.last}`],
    };
  },
};

export const THREAD_LAYOUTS: LeadLayout[] = [gmailFwd, outlookOfApple, emlAtt, replyQuotedForm, replyClassic];
