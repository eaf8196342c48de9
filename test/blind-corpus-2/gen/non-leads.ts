/** Non-lead layouts: mail a leads inbox receives that must not become a lead. */
import {
  ALL_CHARSETS,
  ALL_TRANSFERS,
  baseHeaders,
  esc,
  htmlParagraphs,
  messageId,
  type NonLeadLayout,
  pickBusiness,
  staffName,
  when,
} from './layout.js';
import type { Lang } from './model.js';
import { internationalOf, makePhone, nationalOf } from './phones.js';
import { fullName, makeCustomer } from './world.js';

const SPAM: Record<Lang, { subject: string; body: string }[]> = {
  en: [
    {
      subject: 'CONGRATULATIONS!!! Your email won £850,000',
      body: 'Your email address was selected in the International Online Draw 2026.\n\nTo claim your prize contact our agent Mr. Collins TODAY on WhatsApp {phone} and quote winning number 44-0917-2231.\n\nThis offer expires in 48 hours. Act now!',
    },
    {
      subject: 'Double your Bitcoin in 7 days – guaranteed',
      body: 'Smart investors are earning 300% per month with our AI trading bot. Minimum deposit only $250.\n\nRegister here: https://bit.ly.example/x9Qz and our account manager will call you from {phone}. Limited places!',
    },
  ],
  de: [
    {
      subject: 'Ihr Paket konnte nicht zugestellt werden',
      body: 'Sehr geehrter Kunde, Ihre Sendung liegt zur Abholung bereit. Bitte bestätigen Sie Ihre Adresse und zahlen Sie die Gebühr von 1,99 EUR innerhalb von 24 Stunden: https://tinyurl.example/pk-44x\n\nRückfragen unter {phone}.',
    },
    {
      subject: 'Schnellkredit ohne Schufa – sofort 15.000 €',
      body: 'Sie brauchen Geld? Wir vergeben Kredite ohne Schufa-Prüfung, Auszahlung in 24 Stunden!\n\nJetzt per WhatsApp melden: {phone}. Nur noch heute!',
    },
  ],
  fr: [
    {
      subject: 'Votre compte sera suspendu sous 24h',
      body: 'Cher client, suite à une activité inhabituelle, votre compte sera suspendu. Confirmez vos informations bancaires ici : https://cutt.example/vrf\n\nService sécurité : {phone}.',
    },
    {
      subject: 'Gagnez 5 000 € par semaine depuis chez vous',
      body: 'Méthode secrète révélée ! Des milliers de Français ont déjà changé de vie.\n\nAppelez notre conseillère au {phone} ou écrivez-nous sur WhatsApp. Offre limitée, ne tardez pas !',
    },
  ],
  es: [
    {
      subject: 'Ha ganado un iPhone 16 Pro – reclámelo hoy',
      body: '¡Enhorabuena! Usted es el visitante número 1.000.000. Para recibir su premio pague solo los gastos de envío (2 €): https://acortar.example/ip16\n\nAtención al cliente: {phone}.',
    },
    {
      subject: 'Préstamos urgentes sin aval, respuesta en 1 hora',
      body: '¿Necesita dinero ya? Préstamos de 3.000 a 50.000 € sin aval y sin papeleo.\n\nLlame o escriba por WhatsApp al {phone}. ¡Solo hoy!',
    },
  ],
};

const spamWithPhones: NonLeadLayout = {
  name: 'spam-scam-phones',
  reason: 'spam',
  description:
    'prize draws, crypto schemes, fake parcel fees, phishing and loan offers in four languages, each carrying a phone or WhatsApp number and shortened links; some with spam-verdict headers and a Reply-To elsewhere',
  count: 12,
  bodies: ['plain', 'html'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const spam = rng.pick(SPAM[lang]);
    const phone = internationalOf(makePhone(rng, rng.pick(['GB', 'NG', 'ES', 'FR', 'DE'] as const)));
    const body = spam.body.replace('{phone}', phone);
    const d = when(rng, lang);
    const domain = rng.pick(['promo-mailer.test', 'win-notice.test', 'secure-verify.test', 'fastcash.test']);
    const headers = baseHeaders(rng, {
      from: `${rng.pick(['Claims Department', 'Service Client', 'Kundenservice', 'Atención'])} <info@${domain}>`,
      to: biz.recipient,
      replyTo: rng.chance(0.5) ? `claims.${rng.digits(3)}@freemail.test` : undefined,
      subject: spam.subject,
      date: d,
      domain,
    });
    if (rng.chance(0.4))
      headers.push(
        ['X-Spam-Flag', 'YES'],
        ['X-Spam-Status', `Yes, score=${rng.int(7, 19)}.${rng.digits(1)} required=5.0`],
      );
    else if (rng.chance(0.3)) headers.push(['X-SES-Spam-Verdict', 'FAIL'], ['X-SES-Virus-Verdict', 'PASS']);
    return { mail: { headers, text: body, html: `<html><body>${htmlParagraphs(body)}</body></html>` } };
  },
};

const OFFER: Record<Lang, { subject: string; body: string; signoff: string }> = {
  en: {
    subject: 'Trade prices on {product} – 15% off until Friday',
    body: 'Dear {biz} team,\n\nI am the area sales manager for Northgate Supplies. This month we are offering trade customers 15% off {product}, with free delivery on orders over £500.\n\nWould you like me to send our price list or pop in for a quick demo? I am in your area on Thursday.',
    signoff: 'Kind regards',
  },
  de: {
    subject: 'Sonderkonditionen für {product} – nur bis Freitag',
    body: 'Sehr geehrtes Team von {biz},\n\nals Gebietsverkaufsleiter der Nordtor Handels GmbH möchte ich Ihnen unser Angebot vorstellen: 15 % Rabatt auf {product}, frei Haus ab 500 €.\n\nDarf ich Ihnen die Preisliste schicken oder am Donnerstag kurz vorbeikommen?',
    signoff: 'Mit freundlichen Grüßen',
  },
  fr: {
    subject: 'Offre professionnelle sur {product} – -15 % jusqu’à vendredi',
    body: 'Madame, Monsieur,\n\nResponsable commercial chez Fournitures du Nord, je me permets de vous présenter notre offre : -15 % sur {product} et livraison gratuite dès 500 € d’achat.\n\nSouhaitez-vous recevoir notre catalogue ou une démonstration ?',
    signoff: 'Bien cordialement',
  },
  es: {
    subject: 'Precios especiales en {product} – 15 % hasta el viernes',
    body: 'Estimado equipo de {biz}:\n\nSoy el delegado comercial de Suministros del Norte. Este mes ofrecemos a profesionales un 15 % de descuento en {product} y envío gratis a partir de 500 €.\n\n¿Le envío la tarifa o paso el jueves para una demostración?',
    signoff: 'Atentamente',
  },
};

const PRODUCTS: Record<Lang, string[]> = {
  en: ['roofing membranes', 'disposable gloves', 'appointment software'],
  de: ['Dichtungsbahnen', 'Einweghandschuhe', 'Terminsoftware'],
  fr: ['membranes d’étanchéité', 'gants jetables', 'logiciel de prise de rendez-vous'],
  es: ['láminas impermeables', 'guantes desechables', 'software de citas'],
};

const supplierOffer: NonLeadLayout = {
  name: 'supplier-sales-offer',
  reason: 'spam',
  description:
    "a supplier's unsolicited sales offer addressed to the business: a named sales rep with mobile and email in the signature, discount and deadline wording, a link to a price list",
  count: 8,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const rep = makeCustomer(rng, lang, biz);
    const product = rng.pick(PRODUCTS[lang]);
    const o = OFFER[lang];
    const d = when(rng, lang);
    const body = `${o.body.replace('{biz}', biz.name).replace('{product}', product)}\n\nhttps://northgate-supplies.example/pricelist-2026.pdf\n\n${o.signoff}\n${fullName(rep)}\nNorthgate Supplies\n${internationalOf(rep.phone)}\nsales@northgate-supplies.example`;
    return {
      mail: {
        headers: baseHeaders(rng, {
          from: `${fullName(rep)} <sales@northgate-supplies.example>`,
          to: biz.recipient,
          subject: o.subject.replace('{product}', product),
          date: d,
          domain: 'northgate-supplies.example',
        }),
        text: body,
        html: `<html><body>${htmlParagraphs(body)}</body></html>`,
      },
    };
  },
};

const NEWS: Record<
  Lang,
  { subject: string; intro: string; items: string[]; unsub: string; view: string; editor: string }
> = {
  en: {
    subject: 'This week in the trade: 5 things you missed',
    intro: 'Hello {first}, here is your weekly round-up.',
    items: [
      'New building regulations from April: what changes for you',
      'Survey: customers expect a reply within 2 hours',
      'Webinar on Thursday: pricing your services in 2027',
    ],
    unsub: 'Unsubscribe or manage your preferences',
    view: 'View in browser',
    editor: 'Editor',
  },
  de: {
    subject: 'Branchen-News der Woche: 5 Themen',
    intro: 'Hallo {first}, hier ist Ihr Wochenüberblick.',
    items: [
      'Neue Bauvorschriften ab April: Was sich ändert',
      'Umfrage: Kunden erwarten Antwort innerhalb von 2 Stunden',
      'Webinar am Donnerstag: Preise richtig kalkulieren',
    ],
    unsub: 'Newsletter abbestellen oder Einstellungen ändern',
    view: 'Im Browser ansehen',
    editor: 'Redaktion',
  },
  fr: {
    subject: 'La lettre de la semaine : 5 actus à ne pas manquer',
    intro: 'Bonjour {first}, voici votre récapitulatif hebdomadaire.',
    items: [
      'Nouvelles normes dès avril : ce qui change',
      'Sondage : les clients attendent une réponse sous 2 heures',
      'Webinaire jeudi : fixer ses prix en 2027',
    ],
    unsub: 'Se désinscrire ou gérer vos préférences',
    view: 'Voir dans le navigateur',
    editor: 'Rédaction',
  },
  es: {
    subject: 'Boletín semanal: 5 noticias del sector',
    intro: 'Hola {first}, aquí tienes el resumen de la semana.',
    items: [
      'Nueva normativa desde abril: qué cambia',
      'Encuesta: los clientes esperan respuesta en 2 horas',
      'Webinar el jueves: cómo fijar precios en 2027',
    ],
    unsub: 'Darse de baja o gestionar preferencias',
    view: 'Ver en el navegador',
    editor: 'Redacción',
  },
};

const newsletter: NonLeadLayout = {
  name: 'trade-newsletter',
  reason: 'bulk',
  description:
    'weekly trade-association newsletter greeting a staff member by first name: article teasers, view-in-browser and unsubscribe links, editor with phone; List-Unsubscribe/List-Id/Precedence on most, only the footer wording on some',
  count: 8,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const staff = rng.pick(biz.staff);
    const n = NEWS[lang];
    const editor = makeCustomer(rng, lang, biz);
    const d = when(rng, lang);
    const headers = baseHeaders(rng, {
      from: 'Trade Circle Weekly <news@tradecircle.example>',
      to: `${staffName(staff)} <${biz.recipient}>`,
      subject: n.subject,
      date: d,
      domain: 'tradecircle.example',
    });
    if (rng.chance(0.75))
      headers.push(
        [
          'List-Unsubscribe',
          `<https://tradecircle.example/u/${rng.hex(16)}>, <mailto:unsub-${rng.hex(8)}@tradecircle.example>`,
        ],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['List-Id', 'Trade Circle Weekly <weekly.tradecircle.example>'],
        ['Precedence', 'bulk'],
      );
    const footer = `${n.editor}: ${fullName(editor)} · ${internationalOf(editor.phone)}`;
    const text = [
      `${n.view}: https://tradecircle.example/w/${rng.digits(4)}`,
      '',
      n.intro.replace('{first}', staff.first),
      '',
      ...n.items.map((i) => `* ${i}`),
      '',
      footer,
      `${n.unsub}: https://tradecircle.example/u`,
    ].join('\n');
    const html = `<html><body><p><a href="https://tradecircle.example/w">${esc(n.view)}</a></p><p>${esc(n.intro.replace('{first}', staff.first))}</p>\n<ul>${n.items.map((i) => `<li><a href="https://tradecircle.example/a/${rng.digits(4)}">${esc(i)}</a></li>`).join('\n')}</ul>\n<p style="font-size:11px">${esc(footer)}<br><a href="https://tradecircle.example/u">${esc(n.unsub)}</a></p></body></html>`;
    return { mail: { headers, text, html } };
  },
};

const INVITE: Record<
  Lang,
  {
    subject: string;
    invited: string;
    join: string;
    dial: string;
    id: string;
    accept: string;
    cancel: string;
    cancelled: string;
  }
> = {
  en: {
    subject: 'Invitation: Quarterly supplier review',
    invited: 'You have been invited to a video meeting.',
    join: 'Join the meeting',
    dial: 'Dial in by phone',
    id: 'Meeting ID',
    accept: 'Accept · Tentative · Decline',
    cancel: 'Cancelled: Quarterly supplier review',
    cancelled: 'This meeting has been cancelled by the organiser.',
  },
  de: {
    subject: 'Einladung: Quartalsgespräch Lieferanten',
    invited: 'Sie wurden zu einer Videobesprechung eingeladen.',
    join: 'An der Besprechung teilnehmen',
    dial: 'Telefonische Einwahl',
    id: 'Besprechungs-ID',
    accept: 'Zusagen · Mit Vorbehalt · Absagen',
    cancel: 'Abgesagt: Quartalsgespräch Lieferanten',
    cancelled: 'Diese Besprechung wurde vom Organisator abgesagt.',
  },
  fr: {
    subject: 'Invitation : revue trimestrielle fournisseurs',
    invited: 'Vous êtes invité(e) à une réunion vidéo.',
    join: 'Rejoindre la réunion',
    dial: 'Participer par téléphone',
    id: 'ID de réunion',
    accept: 'Accepter · Provisoire · Refuser',
    cancel: 'Annulé : revue trimestrielle fournisseurs',
    cancelled: 'Cette réunion a été annulée par l’organisateur.',
  },
  es: {
    subject: 'Invitación: revisión trimestral de proveedores',
    invited: 'Le han invitado a una reunión por vídeo.',
    join: 'Unirse a la reunión',
    dial: 'Unirse por teléfono',
    id: 'ID de reunión',
    accept: 'Aceptar · Provisional · Rechazar',
    cancel: 'Cancelada: revisión trimestral de proveedores',
    cancelled: 'El organizador ha cancelado esta reunión.',
  },
};

function ics(
  method: string,
  uid: string,
  start: Date,
  organizer: string,
  organizerEmail: string,
  attendee: string,
  summary: string,
): string {
  const stamp = (dt: Date) =>
    dt
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
  const end = new Date(start.getTime() + 3600000);
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//MeetSpace//Scheduler 3.1//EN',
    'VERSION:2.0',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(start)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${summary}`,
    `ORGANIZER;CN=${organizer}:mailto:${organizerEmail}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${attendee}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const calendarMeetSpace: NonLeadLayout = {
  name: 'calendar-video-meeting',
  reason: 'calendar',
  description:
    'video-meeting invitations and cancellations from a scheduler: join link, dial-in numbers with meeting id and "#", organiser name; the .ics as an application/ics attachment (REQUEST) or a text/calendar alternative (CANCEL)',
  count: 8,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const organizer = makeCustomer(rng, lang, biz);
    const orgEmail = `${organizer.email.split('@')[0]}@partnerfirm.example`;
    const n = INVITE[lang];
    const d = when(rng, lang);
    const start = when(rng, lang, 7).date;
    const cancel = rng.chance(0.35);
    const meetingId = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
    const dialIn = makePhone(rng, biz.region);
    const summary = cancel ? n.cancel : n.subject;
    const text = [
      cancel ? n.cancelled : n.invited,
      '',
      `${summary.replace(/^[^:]+: ?/, '')} — ${fullName(organizer)}`,
      `${n.join}: https://meetspace.example/j/${meetingId.replace(/ /g, '')}`,
      `${n.dial}: ${internationalOf(dialIn)},,${meetingId.replace(/ /g, '')}#`,
      `${n.id}: ${meetingId}`,
      '',
      cancel ? '' : n.accept,
    ].join('\n');
    const calendar = ics(
      cancel ? 'CANCEL' : 'REQUEST',
      `${rng.hex(16)}@meetspace.example`,
      start,
      fullName(organizer),
      orgEmail,
      biz.recipient,
      summary,
    );
    return {
      mail: {
        headers: baseHeaders(rng, {
          from: `${fullName(organizer)} <${orgEmail}>`,
          to: biz.recipient,
          subject: summary,
          date: d,
          domain: 'partnerfirm.example',
        }),
        text,
        html: `<html><body>${htmlParagraphs(text)}</body></html>`,
        ...(cancel
          ? { calendar: { method: 'CANCEL', body: calendar } }
          : {
              attachments: [
                {
                  filename: 'invite.ics',
                  contentType: 'application/ics',
                  content: calendar,
                  transfer: 'base64' as const,
                },
              ],
            }),
      },
    };
  },
};

const SECURITY: Record<
  Lang,
  {
    code: [string, string];
    signin: [string, string];
    changed: [string, string];
    support: string;
    ignore: string;
  }
> = {
  en: {
    code: [
      'Your Pipewise verification code',
      'Your verification code is {code}. It expires in 10 minutes. Never share this code with anyone.',
    ],
    signin: [
      'New sign-in to your account',
      'We noticed a new sign-in to your account from Chrome on Windows (IP 192.0.2.{ip}, Lyon, France) on {date}. If this was you, no action is needed.',
    ],
    changed: [
      'Your password was changed',
      'The password for your account {email} was changed on {date}. If you did not make this change, reset your password immediately.',
    ],
    support: 'Security team',
    ignore: 'This is an automated message, please do not reply.',
  },
  de: {
    code: [
      'Ihr Pipewise-Bestätigungscode',
      'Ihr Bestätigungscode lautet {code}. Er ist 10 Minuten gültig. Geben Sie ihn niemals weiter.',
    ],
    signin: [
      'Neue Anmeldung bei Ihrem Konto',
      'Wir haben eine neue Anmeldung mit Chrome unter Windows festgestellt (IP 192.0.2.{ip}, Lyon, Frankreich) am {date}. Wenn Sie das waren, ist nichts zu tun.',
    ],
    changed: [
      'Ihr Passwort wurde geändert',
      'Das Passwort für Ihr Konto {email} wurde am {date} geändert. Wenn Sie das nicht waren, setzen Sie es sofort zurück.',
    ],
    support: 'Sicherheitsteam',
    ignore: 'Dies ist eine automatische Nachricht, bitte nicht antworten.',
  },
  fr: {
    code: [
      'Votre code de vérification Pipewise',
      'Votre code de vérification est {code}. Il expire dans 10 minutes. Ne le communiquez à personne.',
    ],
    signin: [
      'Nouvelle connexion à votre compte',
      'Nous avons détecté une nouvelle connexion depuis Chrome sous Windows (IP 192.0.2.{ip}, Lyon, France) le {date}. Si c’était vous, aucune action n’est requise.',
    ],
    changed: [
      'Votre mot de passe a été modifié',
      'Le mot de passe du compte {email} a été modifié le {date}. Si vous n’êtes pas à l’origine de ce changement, réinitialisez-le immédiatement.',
    ],
    support: 'Équipe sécurité',
    ignore: 'Message automatique, merci de ne pas répondre.',
  },
  es: {
    code: [
      'Tu código de verificación de Pipewise',
      'Tu código de verificación es {code}. Caduca en 10 minutos. No lo compartas con nadie.',
    ],
    signin: [
      'Nuevo inicio de sesión en tu cuenta',
      'Hemos detectado un nuevo inicio de sesión desde Chrome en Windows (IP 192.0.2.{ip}, Lyon, Francia) el {date}. Si has sido tú, no hace falta hacer nada.',
    ],
    changed: [
      'Se ha cambiado tu contraseña',
      'La contraseña de la cuenta {email} se cambió el {date}. Si no has sido tú, restablécela de inmediato.',
    ],
    support: 'Equipo de seguridad',
    ignore: 'Mensaje automático, no respondas.',
  },
};

const securityNotices: NonLeadLayout = {
  name: 'security-2fa-notices',
  reason: 'account_notice',
  description:
    "the business's CRM and webmail: verification codes (6 digits), new sign-in alerts with IP and city, password-changed notices naming the account holder; support phone in the footer",
  count: 8,
  bodies: ['plain', 'html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const staff = rng.pick(biz.staff);
    const s = SECURITY[lang];
    const kind = rng.pick(['code', 'signin', 'changed'] as const);
    const [subject, template] = s[kind];
    const d = when(rng, lang);
    const body = template
      .replace('{code}', rng.digits(6))
      .replace('{ip}', String(rng.int(2, 250)))
      .replace('{date}', `${d.short} ${d.time}`)
      .replace('{email}', biz.recipient);
    const text = `${staff.first},\n\n${body}\n\n${s.ignore}\n${s.support} · Pipewise · ${internationalOf({ e164: '+14155550142', region: 'US' })}`;
    return {
      mail: {
        headers: baseHeaders(rng, {
          from: `Pipewise Security <no-reply@pipewise-crm.example>`,
          to: `${staffName(staff)} <${biz.recipient}>`,
          subject,
          date: d,
          domain: 'pipewise-crm.example',
        }),
        text,
        html: `<html><body>${htmlParagraphs(text)}</body></html>`,
      },
    };
  },
};

const INVOICE: Record<
  Lang,
  { subject: string; question: string; signoff: string; quoteIntro: string; invoiceText: string }
> = {
  en: {
    subject: 'Re: Invoice {no} from {biz}',
    question:
      'Hi,\n\nThanks for the invoice. I think the call-out fee was charged twice, once on the 3rd and again on the final invoice. Could you check and send a corrected one?',
    signoff: 'Regards',
    quoteIntro: 'On {date}, {biz} <{email}> wrote:',
    invoiceText:
      'Dear customer,\nplease find attached invoice {no} for the work carried out. Payment is due within 14 days.',
  },
  de: {
    subject: 'AW: Rechnung {no} von {biz}',
    question:
      'Guten Tag,\n\ndanke für die Rechnung. Die Anfahrtspauschale steht meiner Meinung nach doppelt drauf. Könnten Sie das prüfen und die Rechnung korrigieren?',
    signoff: 'Viele Grüße',
    quoteIntro: 'Am {date} schrieb {biz} <{email}>:',
    invoiceText:
      'Sehr geehrte Kundin, sehr geehrter Kunde,\nanbei erhalten Sie die Rechnung {no}. Zahlbar innerhalb von 14 Tagen.',
  },
  fr: {
    subject: 'RE: Facture {no} – {biz}',
    question:
      'Bonjour,\n\nMerci pour la facture. Il me semble que les frais de déplacement ont été comptés deux fois. Pourriez-vous vérifier et m’envoyer une facture corrigée ?',
    signoff: 'Cordialement',
    quoteIntro: 'Le {date}, {biz} <{email}> a écrit :',
    invoiceText: 'Madame, Monsieur,\nveuillez trouver ci-joint la facture {no}. Règlement à 14 jours.',
  },
  es: {
    subject: 'RE: Factura {no} de {biz}',
    question:
      'Hola:\n\nGracias por la factura. Creo que el desplazamiento se ha cobrado dos veces. ¿Podrían revisarlo y enviarme una factura corregida?',
    signoff: 'Saludos',
    quoteIntro: 'El {date}, {biz} <{email}> escribió:',
    invoiceText: 'Estimado cliente:\nle adjuntamos la factura {no}. Vencimiento a 14 días.',
  },
};

const invoiceQuestion: NonLeadLayout = {
  name: 'invoice-question',
  reason: 'customer_service',
  description:
    'an existing customer replies to the business\'s invoice with a question: "Re:"/"AW:"/"RE:" subject with the invoice number, In-Reply-To/References at the business\'s message id, the invoice mail quoted with ">", the customer\'s name and phone in the signature',
  count: 8,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const n = INVOICE[lang];
    const no = `INV-2026-${rng.digits(4)}`;
    const d = when(rng, lang);
    const original = messageId(rng, biz.web);
    const quoted = n.invoiceText
      .replace('{no}', no)
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    const text = `${n.question}\n\n${n.signoff}\n${fullName(c)}\n${internationalOf(c.phone)}\n\n${n.quoteIntro.replace('{date}', d.short).replace('{biz}', biz.name).replace('{email}', biz.recipient)}\n${quoted}`;
    const headers = baseHeaders(rng, {
      from: `${fullName(c)} <${c.email}>`,
      to: biz.recipient,
      subject: n.subject.replace('{no}', no).replace('{biz}', biz.name),
      date: d,
      domain: c.email.split('@')[1] as string,
    });
    headers.push(['In-Reply-To', original], ['References', original]);
    return { mail: { headers, text, html: `<html><body>${htmlParagraphs(text)}</body></html>` } };
  },
};

const QUOTE_REPLY: Record<
  Lang,
  {
    subject: string;
    reply: string;
    signoff: string;
    from: string;
    sent: string;
    to: string;
    cc: string;
    subj: string;
    quote: string;
    staffSignoff: string;
  }
> = {
  en: {
    subject: 'RE: Your quote Q-{no}',
    reply:
      'Hi {staff},\n\nThanks for the quote. We are happy with option B but would like to start after the 15th. Can you confirm the deposit amount?\n\nMy partner is copied in.',
    signoff: 'Thanks',
    from: 'From',
    sent: 'Sent',
    to: 'To',
    cc: 'Cc',
    subj: 'Subject',
    quote:
      'Dear {first},\n\nThank you for your enquiry. Please find our quote Q-{no} attached: option A {a}, option B {b} (incl. VAT). The quote is valid for 30 days.',
    staffSignoff: 'Best regards',
  },
  de: {
    subject: 'AW: Ihr Angebot A-{no}',
    reply:
      'Hallo {staff},\n\ndanke für das Angebot. Variante B passt uns, wir würden aber gern erst nach dem 15. beginnen. Wie hoch ist die Anzahlung?\n\nMein Mann ist in Kopie.',
    signoff: 'Danke und Grüße',
    from: 'Von',
    sent: 'Gesendet',
    to: 'An',
    cc: 'Cc',
    subj: 'Betreff',
    quote:
      'Hallo {first},\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot A-{no}: Variante A {a}, Variante B {b} (inkl. MwSt.). Gültig 30 Tage.',
    staffSignoff: 'Freundliche Grüße',
  },
  fr: {
    subject: 'RE: Votre devis D-{no}',
    reply:
      'Bonjour {staff},\n\nMerci pour le devis. L’option B nous convient, mais nous préférerions commencer après le 15. Pouvez-vous confirmer le montant de l’acompte ?\n\nJe mets mon conjoint en copie.',
    signoff: 'Merci',
    from: 'De',
    sent: 'Envoyé',
    to: 'À',
    cc: 'Cc',
    subj: 'Objet',
    quote:
      'Bonjour {first},\n\nMerci pour votre demande. Vous trouverez ci-joint notre devis D-{no} : option A {a}, option B {b} TTC. Devis valable 30 jours.',
    staffSignoff: 'Bien à vous',
  },
  es: {
    subject: 'RE: Su presupuesto P-{no}',
    reply:
      'Hola {staff}:\n\nGracias por el presupuesto. Nos encaja la opción B, pero preferimos empezar después del día 15. ¿Nos confirma el importe de la señal?\n\nPongo en copia a mi pareja.',
    signoff: 'Gracias',
    from: 'De',
    sent: 'Enviado',
    to: 'Para',
    cc: 'CC',
    subj: 'Asunto',
    quote:
      'Hola {first}:\n\nGracias por su consulta. Le adjuntamos el presupuesto P-{no}: opción A {a}, opción B {b} (IVA incl.). Válido 30 días.',
    staffSignoff: 'Un saludo',
  },
};

const quoteReplyAll: NonLeadLayout = {
  name: 'quote-reply-all',
  reason: 'customer_service',
  description:
    'Outlook "reply all": the customer answers the quote the business sent them (partner in Cc, leads inbox among the recipients), above an Outlook header block and the staff member\'s quote with signature and direct line; a reply to the business\'s own quote is customer service, not a new lead',
  count: 8,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const partner = makeCustomer(rng, lang, biz);
    const staff = rng.pick(biz.staff);
    const n = QUOTE_REPLY[lang];
    const no = rng.digits(5);
    const d = when(rng, lang);
    const earlier = when(rng, lang, -3);
    const original = messageId(rng, biz.web);
    const quote = n.quote
      .replace('{first}', c.first)
      .replace('{no}', no)
      .replace('{a}', `${rng.int(2, 9)}.${rng.digits(3)}`)
      .replace('{b}', `${rng.int(2, 9)}.${rng.digits(3)}`);
    const text = [
      n.reply.replace('{staff}', staff.first),
      '',
      `${n.signoff},`,
      c.first,
      '',
      '________________________________',
      `${n.from}: ${staffName(staff)} <${staff.email}>`,
      `${n.sent}: ${earlier.short} ${earlier.time}`,
      `${n.to}: ${fullName(c)} <${c.email}>`,
      `${n.cc}: ${biz.recipient}`,
      `${n.subj}: ${n.subject.replace(/^[A-Z]+: /, '').replace('{no}', no)}`,
      '',
      quote,
      '',
      `${n.staffSignoff}`,
      staffName(staff),
      biz.name,
      `${nationalOf(staff.phone)} · ${staff.email}`,
    ].join('\n');
    const headers = baseHeaders(rng, {
      from: `${fullName(c)} <${c.email}>`,
      to: `${staffName(staff)} <${staff.email}>`,
      cc: `${biz.recipient}, ${fullName(partner)} <${partner.email}>`,
      subject: n.subject.replace('{no}', no),
      date: d,
      domain: c.email.split('@')[1] as string,
    });
    headers.push(
      ['In-Reply-To', original],
      ['References', original],
      ['Thread-Topic', n.subject.replace(/^[A-Z]+: /, '').replace('{no}', no)],
    );
    return { mail: { headers, text, html: `<html><body>${htmlParagraphs(text)}</body></html>` } };
  },
};

const JOB: Record<Lang, { subject: string; body: string; signoff: string; attachment: string }> = {
  en: {
    subject: 'Application: apprentice / trainee position',
    body: 'Dear Sir or Madam,\n\nI saw on your website that you are looking for an apprentice and would like to apply. I finished school this summer and have done two weeks of work experience with a local firm.\n\nPlease find my CV attached. I am available for an interview at any time.',
    signoff: 'Yours faithfully',
    attachment: 'CV.txt',
  },
  de: {
    subject: 'Bewerbung um einen Ausbildungsplatz',
    body: 'Sehr geehrte Damen und Herren,\n\nauf Ihrer Webseite habe ich gelesen, dass Sie einen Auszubildenden suchen, und möchte mich hiermit bewerben. Ich habe diesen Sommer meinen Abschluss gemacht und bereits ein Praktikum absolviert.\n\nMeinen Lebenslauf finden Sie im Anhang. Für ein Vorstellungsgespräch stehe ich jederzeit zur Verfügung.',
    signoff: 'Mit freundlichen Grüßen',
    attachment: 'Lebenslauf.txt',
  },
  fr: {
    subject: 'Candidature spontanée – poste d’apprenti',
    body: 'Madame, Monsieur,\n\nJ’ai vu sur votre site que vous recherchiez un apprenti et je souhaite vous proposer ma candidature. J’ai obtenu mon diplôme cet été et effectué un stage de deux semaines.\n\nVous trouverez mon CV en pièce jointe. Je suis disponible pour un entretien à votre convenance.',
    signoff: 'Veuillez agréer mes salutations distinguées',
    attachment: 'CV.txt',
  },
  es: {
    subject: 'Candidatura: puesto de aprendiz',
    body: 'Estimados señores:\n\nHe visto en su web que buscan un aprendiz y me gustaría presentar mi candidatura. Terminé los estudios este verano y he hecho prácticas de dos semanas.\n\nLes adjunto mi currículum. Quedo a su disposición para una entrevista.',
    signoff: 'Atentamente',
    attachment: 'Curriculum.txt',
  },
};

const jobApplication: NonLeadLayout = {
  name: 'job-application',
  reason: 'needs_review',
  description:
    "a job application sent to the leads inbox: cover letter with the applicant's name, phone and email, CV attached as text; no issue-9 reason fits, anything but a lead is acceptable (needs_review is where the issue sends mail no reason fits)",
  count: 8,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const biz = pickBusiness(rng, world, lang);
    const a = makeCustomer(rng, lang, biz);
    const n = JOB[lang];
    const d = when(rng, lang);
    const text = `${n.body}\n\n${n.signoff}\n${fullName(a)}\n${internationalOf(a.phone)}\n${a.email}`;
    const cv = `${fullName(a)}\n${a.email} · ${internationalOf(a.phone)}\n\n2024–2026  ${lang === 'de' ? 'Realschule' : lang === 'fr' ? 'Lycée professionnel' : lang === 'es' ? 'Instituto' : 'Secondary school'}\n2026       ${lang === 'de' ? 'Praktikum' : lang === 'fr' ? 'Stage' : lang === 'es' ? 'Prácticas' : 'Work experience'}\n`;
    return {
      mail: {
        headers: baseHeaders(rng, {
          from: `${fullName(a)} <${a.email}>`,
          to: biz.recipient,
          subject: n.subject,
          date: d,
          domain: a.email.split('@')[1] as string,
        }),
        text,
        html: `<html><body>${htmlParagraphs(text)}</body></html>`,
        attachments: [{ filename: n.attachment, contentType: 'text/plain', content: cv, charset: 'utf-8' }],
      },
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  spamWithPhones,
  supplierOffer,
  newsletter,
  calendarMeetSpace,
  securityNotices,
  invoiceQuestion,
  quoteReplyAll,
  jobApplication,
];
