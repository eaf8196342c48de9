/** Mail that reaches the inbound address but is not a lead; each carries contact details as a trap. */
import type { RejectReason } from '../../schemas/result.js';
import { escapeHtml, leaf, multipart } from '../mime.js';
import type { Business, Language, Person } from '../people.js';
import type { Rng } from '../prng.js';
import type { Content } from './common.js';
import { htmlDocument } from './common.js';

export interface NonLeadContext {
  business: Business;
  lang: Language;
  person: Person;
}

export interface NonLeadTemplate {
  id: string;
  reason: RejectReason;
  /** The content and, when one template renders more than one kind, the reason of this one. */
  render(c: NonLeadContext, rng: Rng): Content & { reason?: RejectReason };
}

const T = <V>(lang: Language, m: Record<Language, V>): V => m[lang];

const autoReply: NonLeadTemplate = {
  id: 'auto-reply',
  reason: 'auto_reply',
  render({ lang, person }, rng) {
    const orig = T(lang, {
      en: 'Re: Your enquiry',
      de: 'AW: Ihre Anfrage',
      fr: 'RE : Votre demande',
      es: 'RE: Su consulta',
    });
    const subj = T(lang, {
      en: rng.pick(['Automatic reply:', 'Out of Office:', 'Auto-Reply:', 'Out of office:']),
      de: rng.pick(['Automatische Antwort:', 'Abwesenheitsnotiz:', 'Abwesend:']),
      fr: rng.pick(['Réponse automatique :', 'Absence du bureau :', 'Message d’absence :']),
      es: rng.pick(['Respuesta automática:', 'Fuera de la oficina:', 'Ausente:']),
    });
    const body = T(lang, {
      en: `Thank you for your email. I am out of the office until ${rng.int(1, 28)} December with limited access to email.\nFor urgent matters please call me on ${person.phoneRaw} or write to ${person.email}.\n\nKind regards,\n${person.full}`,
      de: `Vielen Dank für Ihre Nachricht. Ich bin bis zum ${rng.int(1, 28)}.12. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.\nIn dringenden Fällen erreichen Sie mich unter ${person.phoneRaw} oder ${person.email}.\n\nMit freundlichen Grüßen\n${person.full}`,
      fr: `Merci pour votre message. Je suis absent(e) jusqu’au ${rng.int(1, 28)} décembre.\nEn cas d’urgence, vous pouvez me joindre au ${person.phoneRaw} ou à ${person.email}.\n\nCordialement,\n${person.full}`,
      es: `Gracias por su correo. Estaré fuera de la oficina hasta el ${rng.int(1, 28)} de diciembre.\nPara asuntos urgentes puede llamarme al ${person.phoneRaw} o escribir a ${person.email}.\n\nUn saludo,\n${person.full}`,
    });
    const headers: [string, string][] = [];
    const style = rng.int(0, 3);
    if (style <= 1) headers.push(['Auto-Submitted', 'auto-replied']);
    if (style === 1 || style === 2) headers.push(['X-Autoreply', 'yes'], ['X-Auto-Response-Suppress', 'All']);
    if (style === 3) headers.push(['Precedence', 'auto_reply']);
    return {
      subject: `${subj} ${orig}`,
      from: { name: person.full, address: person.email },
      headers,
      text: body,
      html: rng.chance(0.4)
        ? `<html><body><p>${escapeHtml(body).replace(/\n/g, '<br>')}</p></body></html>`
        : undefined,
      layout: `auto-reply-${style}`,
    };
  },
};

const deliveryReport: NonLeadTemplate = {
  id: 'dsn',
  reason: 'delivery_report',
  render({ lang, person, business }, rng) {
    const subj = T(lang, {
      en: rng.pick([
        'Undelivered Mail Returned to Sender',
        'Delivery Status Notification (Failure)',
        'Mail delivery failed: returning message to sender',
      ]),
      de: rng.pick(['Unzustellbar: Ihre Anfrage', 'Undelivered Mail Returned to Sender']),
      fr: rng.pick(['Non remis : Votre demande', 'Delivery Status Notification (Failure)']),
      es: rng.pick(['No se puede entregar: Su consulta', 'Delivery Status Notification (Failure)']),
    });
    const mta = rng.pick(['mx1.mailhost.example', 'smtp.relay.example', 'mail.provider.example']);
    const explain = `This is the mail system at host ${mta}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${person.email}>: host ${rng.pick(['gmail-smtp-in.l.google.com', 'mx00.gmx.net', 'smtp-in.orange.fr'])} said: 550 5.1.1\n    The email account that you tried to reach does not exist.`;
    const status = `Reporting-MTA: dns; ${mta}\nArrival-Date: Thu, 12 Nov 2026 10:15:00 +0000\n\nFinal-Recipient: rfc822; ${person.email}\nOriginal-Recipient: rfc822;${person.email}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown`;
    const original = `From: ${business.name} <${business.email}>\nTo: ${person.full} <${person.email}>\nSubject: Re: ${T(lang, { en: 'Your enquiry', de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su consulta' })}\nDate: Thu, 12 Nov 2026 10:14:58 +0000\nMessage-ID: <${rng.hex(16)}@${business.domain}>\n`;
    const withBody = rng.chance(0.5);
    return {
      subject: subj,
      from: { name: 'Mail Delivery System', address: `MAILER-DAEMON@${mta}` },
      headers: rng.chance(0.5) ? [['Auto-Submitted', 'auto-replied']] : [],
      layout: withBody ? 'dsn-rfc822' : 'dsn-headers',
      rawRoot: (eol, r) =>
        multipart(
          'report',
          [
            leaf({ contentType: 'text/plain', charset: 'us-ascii', encoding: '7bit', text: explain }, eol),
            leaf({ contentType: 'message/delivery-status', encoding: '7bit', text: status }, eol),
            withBody
              ? leaf(
                  {
                    contentType: 'message/rfc822',
                    encoding: '7bit',
                    text: `${original}\nHello,\n\nthank you for your enquiry. Please call us on ${business.phone}.\n\n${business.name}`,
                  },
                  eol,
                )
              : leaf({ contentType: 'text/rfc822-headers', encoding: '7bit', text: original }, eol),
          ],
          r,
          eol,
          'report-type=delivery-status',
        ),
    };
  },
};

const newsletter: NonLeadTemplate = {
  id: 'newsletter',
  reason: 'bulk',
  render({ lang }, rng) {
    const sender = rng.pick([
      { name: 'Dental Trade Weekly', domain: 'dentaltrade.example', phone: '+1 800 555 0123' },
      { name: 'Autohandel Aktuell', domain: 'autohandel-aktuell.example', phone: '0800 5550 123' },
      { name: 'Le Mag Immo', domain: 'lemagimmo.example', phone: '01 55 55 12 34' },
      { name: 'Reformas Hoy', domain: 'reformashoy.example', phone: '900 555 123' },
    ]);
    const subj = T(lang, {
      en: rng.pick([
        'Your weekly digest',
        'November newsletter: 5 ways to win more leads',
        'Last chance: 30% off',
      ]),
      de: rng.pick(['Ihr Newsletter im November', 'Nur heute: 30 % Rabatt', 'Neuigkeiten aus der Branche']),
      fr: rng.pick(['Votre newsletter de novembre', 'Dernière chance : -30 %', 'Les actus de la semaine']),
      es: rng.pick([
        'Tu boletín de noviembre',
        'Última oportunidad: 30 % de descuento',
        'Novedades de la semana',
      ]),
    });
    const contact = T(lang, {
      en: 'Questions? Call',
      de: 'Fragen? Rufen Sie an:',
      fr: 'Des questions ? Appelez le',
      es: '¿Preguntas? Llama al',
    });
    const articles = Array.from(
      { length: rng.int(3, 8) },
      (_, i) =>
        `<h3>${i + 1}. ${escapeHtml(rng.pick(['Market update', 'Tipps & Tricks', 'Étude de cas', 'Consejos prácticos']))}</h3><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(rng.int(2, 8))}</p>`,
    ).join('\n');
    const headers: [string, string][] = [
      [
        'List-Unsubscribe',
        `<mailto:unsubscribe@${sender.domain}?subject=unsubscribe>, <https://${sender.domain}/u/${rng.hex(20)}>`,
      ],
    ];
    if (rng.chance(0.6)) headers.push(['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click']);
    if (rng.chance(0.7)) headers.push(['Precedence', 'bulk']);
    if (rng.chance(0.4)) headers.push(['List-Id', `<news.${sender.domain}>`]);
    if (rng.chance(0.5))
      headers.push(['Feedback-ID', `${rng.digits(6)}:${rng.digits(4)}:newsletter:mailchimp`]);
    return {
      subject: subj,
      from: { name: sender.name, address: `news@${sender.domain}` },
      replyTo: { name: sender.name, address: `hello@${sender.domain}` },
      headers,
      html: htmlDocument(
        rng,
        subj,
        articles,
        `${escapeHtml(contact)} ${sender.phone} · hello@${sender.domain} · <a href="https://${sender.domain}/unsubscribe">Unsubscribe</a>`,
      ),
      text: rng.chance(0.5)
        ? `${subj}\n\n${contact} ${sender.phone} - hello@${sender.domain}\nUnsubscribe: https://${sender.domain}/unsubscribe`
        : undefined,
      layout: 'newsletter',
    };
  },
};

const transactional: NonLeadTemplate = {
  id: 'transactional',
  reason: 'transactional',
  render({ lang, person, business }, rng) {
    const kind = rng.pick(['invoice', 'receipt', 'password', 'order'] as const);
    const no = `${rng.int(2025, 2026)}-${rng.digits(5)}`;
    const amount = `${rng.int(19, 480)},${rng.digits(2)} €`;
    const S = T(lang, {
      en: {
        invoice: `Your invoice #${no} from CloudHost`,
        receipt: `Your receipt from Stripe Payments #${no}`,
        password: 'Reset your password',
        order: `Order confirmation #${no}`,
        billed: 'Billed to',
        amount: 'Amount due',
        reset:
          'We received a request to reset the password for your account. Click the link below to choose a new one. If you did not request this, ignore this email.',
      },
      de: {
        invoice: `Ihre Rechnung Nr. ${no}`,
        receipt: `Ihre Zahlungsbestätigung ${no}`,
        password: 'Passwort zurücksetzen',
        order: `Bestellbestätigung ${no}`,
        billed: 'Rechnungsempfänger',
        amount: 'Rechnungsbetrag',
        reset:
          'Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten. Klicken Sie auf den Link, um ein neues Passwort festzulegen.',
      },
      fr: {
        invoice: `Votre facture n° ${no}`,
        receipt: `Votre reçu de paiement ${no}`,
        password: 'Réinitialisation de votre mot de passe',
        order: `Confirmation de commande n° ${no}`,
        billed: 'Facturé à',
        amount: 'Montant',
        reset:
          'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte. Cliquez sur le lien ci-dessous.',
      },
      es: {
        invoice: `Su factura n.º ${no}`,
        receipt: `Tu recibo de pago ${no}`,
        password: 'Restablecer tu contraseña',
        order: `Confirmación de pedido ${no}`,
        billed: 'Facturado a',
        amount: 'Importe',
        reset:
          'Hemos recibido una solicitud para restablecer la contraseña de tu cuenta. Haz clic en el enlace para elegir una nueva.',
      },
    });
    const from = rng.pick([
      { name: 'CloudHost Billing', address: 'billing@cloudhost.example' },
      { name: 'Stripe', address: 'receipts+acct_1Nx@stripe.com' },
      { name: 'Shop Notifications', address: 'no-reply@shop.example' },
    ]);
    const who = rng.chance(0.5)
      ? { name: person.full, email: person.email }
      : { name: business.owner, email: business.email };
    const text =
      kind === 'password'
        ? `${S.reset}\n\nhttps://accounts.cloudhost.example/reset?token=${rng.alnum(32)}\n\n${who.email}`
        : `${S[kind]}\n\n${S.billed}: ${who.name} <${who.email}>\n${S.amount}: ${amount}\n\nCloudHost GmbH · USt-IdNr. DE${rng.digits(9)} · +49 30 5550 9999 · billing@cloudhost.example`;
    const headers: [string, string][] = rng.chance(0.3) ? [['X-Mailer', 'Billing System 4.2']] : [];
    const withPdf = kind === 'invoice' || (kind === 'receipt' && rng.chance(0.5));
    return {
      subject: S[kind],
      from,
      headers,
      text,
      html: rng.chance(0.5)
        ? htmlDocument(rng, S[kind], `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`)
        : undefined,
      attachments: withPdf
        ? [
            {
              filename: `${kind}-${no}.pdf`,
              contentType: 'application/pdf',
              data: Buffer.concat([Buffer.from('%PDF-1.4\n'), rng.bytes(rng.int(3000, 25000))]),
            },
          ]
        : undefined,
      layout: `transactional-${kind}`,
      // A password reset is an account notice, not a payment (issue 9).
      reason: kind === 'password' ? 'account_notice' : undefined,
    };
  },
};

export const NON_LEAD_TEMPLATES: readonly (readonly [NonLeadTemplate, number])[] = [
  [autoReply, 3.5],
  [deliveryReport, 2],
  [newsletter, 3],
  [transactional, 2.5],
];
