/** Non-lead layouts: what else reaches a leads inbox. */
import { esc, escBr, page } from './html.js';
import type { Lang } from './people.js';
import type { NonLeadLayout } from './types.js';
import { numDate } from './words.js';

const t = <T>(lang: Lang, v: Record<Lang, T>): T => v[lang];

const spamForm: NonLeadLayout = {
  id: 'spam-via-contact-form',
  reason: 'spam',
  description:
    'spam typed into the business’s own contact form (the same "Label: value" notification a lead gets): backlink, crypto and "page one of Google" pitches with links and a WhatsApp number',
  count: 9,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const name = rng.pick(['Eric Jones', 'Mike Fraser', 'Jessica SEO', 'Crypto Desk', 'Linda Marketing']);
    const pitch = rng.pick(
      t(lang, {
        en: [
          'I noticed your website is not on page one of Google. We can fix that in 30 days, guaranteed! Cheap backlinks package: https://bit.example/seo-now',
          'Earn $3,000 a day with our AI crypto robot. Limited places: https://cryptorobot.example/join — WhatsApp +44 7700 900461',
        ],
        de: [
          'Ihre Website ist nicht auf Seite 1 bei Google. Wir ändern das in 30 Tagen – garantiert! Backlink-Paket ab 99 €: https://bit.example/seo-jetzt',
          'Verdienen Sie 3.000 € am Tag mit unserem KI-Krypto-Roboter: https://cryptorobot.example/de — WhatsApp +44 7700 900461',
        ],
        fr: [
          'Votre site n’est pas en première page de Google. Nous corrigeons cela en 30 jours, garanti ! Pack de backlinks : https://bit.example/seo-fr',
          'Gagnez 3 000 € par jour avec notre robot crypto IA : https://cryptorobot.example/fr — WhatsApp +44 7700 900461',
        ],
        es: [
          'Su web no aparece en la primera página de Google. Lo solucionamos en 30 días, ¡garantizado! Paquete de enlaces: https://bit.example/seo-es',
          'Gane 3.000 € al día con nuestro robot cripto con IA: https://cryptorobot.example/es — WhatsApp +44 7700 900461',
        ],
      }),
    );
    const L = t(lang, {
      en: ['Name', 'Email', 'Phone', 'Message'],
      de: ['Name', 'E-Mail', 'Telefon', 'Nachricht'],
      fr: ['Nom', 'E-mail', 'Téléphone', 'Message'],
      es: ['Nombre', 'Email', 'Teléfono', 'Mensaje'],
    });
    const text = `${L[0]}: ${name}\n${L[1]}: ${name.split(' ')[0]?.toLowerCase()}${rng.int(10, 99)}@promo-mail.example\n${L[2]}: +1 ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}\n${L[3]}:\n${pitch}\n\n--\n${biz.name} · ${biz.domain}`;
    return {
      from: { name: `${biz.name} Website`, address: `website@${biz.domain}` },
      subject: t(lang, {
        en: 'New contact form message',
        de: 'Neue Kontaktanfrage',
        fr: 'Nouveau message de contact',
        es: 'Nuevo mensaje de contacto',
      }),
      text,
      html: page(`<div style="background:#fff;padding:20px">${escBr(text)}</div>`, lang),
      primary: 'text',
    };
  },
};

const newsletter: NonLeadLayout = {
  id: 'trade-association-newsletter',
  reason: 'bulk',
  description:
    'a trade association’s or wholesaler’s monthly newsletter: event dates, price news, List-Unsubscribe/List-Id/Precedence headers, editor’s name and phone in the footer',
  count: 8,
  build(ctx) {
    const { lang, rng, staff } = ctx;
    const org = t(lang, {
      en: 'Independent Traders Network',
      de: 'Mittelstandsverband Süd',
      fr: 'Fédération des Artisans',
      es: 'Asociación de Pymes',
    });
    const title = t(lang, {
      en: 'Members’ update – December',
      de: 'Mitglieder-Info Dezember',
      fr: 'La lettre des adhérents – décembre',
      es: 'Boletín de socios – diciembre',
    });
    const body = t(lang, {
      en: 'This month: new energy price cap for members, our spring trade fair, and five tips for winter marketing.\n\nRegister for the fair before 15 January and save 20%.',
      de: 'Diesen Monat: neue Energiepreise für Mitglieder, unsere Frühjahrsmesse und fünf Tipps für das Wintermarketing.\n\nJetzt bis 15. Januar anmelden und 20 % sparen.',
      fr: 'Ce mois-ci : le nouveau tarif énergie adhérents, notre salon de printemps et cinq conseils pour le marketing d’hiver.\n\nInscrivez-vous avant le 15 janvier et économisez 20 %.',
      es: 'Este mes: nueva tarifa de energía para socios, nuestra feria de primavera y cinco consejos de marketing para el invierno.\n\nInscríbase antes del 15 de enero y ahorre un 20 %.',
    });
    const foot = `${org} · ${staff}, ${t(lang, { en: 'Editor', de: 'Redaktion', fr: 'Rédaction', es: 'Redacción' })} · +${rng.pick(['44 161 496 0', '49 89 2190 ', '33 4 72 10 ', '34 93 2'])}${rng.digits(3)}`;
    const unsub = t(lang, { en: 'Unsubscribe', de: 'Abmelden', fr: 'Se désabonner', es: 'Darse de baja' });
    return {
      from: { name: org, address: 'newsletter@members-news.example' },
      subject: title,
      headers: [
        [
          'List-Unsubscribe',
          `<https://members-news.example/u/${rng.hex(12)}>, <mailto:unsubscribe@members-news.example>`,
        ],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['List-Id', `<monthly.members-news.example>`],
        ['Precedence', 'bulk'],
      ],
      text: `${title}\n\n${body}\n\n${foot}\n${unsub}: https://members-news.example/u`,
      html: page(
        `<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px"><h1>${esc(title)}</h1><p>${escBr(body)}</p><p style="font-size:11px;color:#888">${esc(foot)}<br><a href="https://members-news.example/u">${esc(unsub)}</a></p></div>`,
        lang,
      ),
    };
  },
};

const outOfOffice: NonLeadLayout = {
  id: 'out-of-office-reply',
  reason: 'auto_reply',
  description:
    'an out-of-office answer to the business’s own quote email: "I am away until…", a colleague to contact with their phone, Auto-Submitted and X-Autoreply headers on most',
  count: 8,
  build(ctx) {
    const { lang, biz, person, rng, staff } = ctx;
    const until = numDate(rng, lang);
    const text = t(lang, {
      en: `Thank you for your email. I am out of the office until ${until} with limited access to email.\n\nFor urgent matters please contact ${staff} on +44 20 7946 0${rng.digits(3)}.\n\nKind regards,\n${person.firstName} ${person.lastName}`,
      de: `Vielen Dank für Ihre Nachricht. Ich bin bis ${until} nicht im Büro und lese meine E-Mails nur eingeschränkt.\n\nIn dringenden Fällen wenden Sie sich bitte an ${staff}, Tel. +49 30 2016 ${rng.digits(4)}.\n\nMit freundlichen Grüßen\n${person.firstName} ${person.lastName}`,
      fr: `Merci pour votre message. Je suis absent(e) jusqu’au ${until} et n’ai qu’un accès limité à mes e-mails.\n\nPour toute urgence, contactez ${staff} au +33 1 53 20 ${rng.digits(2)} ${rng.digits(2)}.\n\nCordialement,\n${person.firstName} ${person.lastName}`,
      es: `Gracias por su correo. Estoy fuera de la oficina hasta el ${until} con acceso limitado al correo.\n\nPara asuntos urgentes, contacte con ${staff} en el +34 91 540 ${rng.digits(2)} ${rng.digits(2)}.\n\nUn saludo,\n${person.firstName} ${person.lastName}`,
    });
    const headers: [string, string][] = rng.chance(0.75)
      ? [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Autoreply', 'yes'],
        ]
      : [];
    return {
      from: { name: `${person.firstName} ${person.lastName}`, address: person.email },
      subject: `${t(lang, { en: 'Automatic reply', de: 'Automatische Antwort', fr: 'Réponse automatique', es: 'Respuesta automática' })}: ${t(lang, { en: 'Your quote', de: 'Ihr Angebot', fr: 'Votre devis', es: 'Su presupuesto' })} ${biz.name}`,
      headers,
      text,
    };
  },
};

const dsn: NonLeadLayout = {
  id: 'postfix-bounce',
  reason: 'delivery_report',
  description:
    'a Postfix "Undelivered Mail Returned to Sender" for the business’s reply to a customer: the MAILER-DAEMON text, message/delivery-status with the SMTP error, text/rfc822-headers of the original',
  count: 8,
  build(ctx) {
    const { lang, biz, person, rng } = ctx;
    const host = `mx${rng.int(1, 3)}.${biz.domain}`;
    const bad = person.email.replace('@', `${rng.int(1, 9)}@`);
    const human = `This is the mail system at host ${host}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<${bad}>: host mail.${bad.split('@')[1]} said: 550 5.1.1\n    <${bad}>: Recipient address rejected: User unknown (in reply to RCPT TO\n    command)`;
    const status = `Reporting-MTA: dns; ${host}\nArrival-Date: Mon, ${rng.int(2, 30)} Nov 2026 ${String(rng.int(7, 19)).padStart(2, '0')}:${String(rng.int(10, 59))}:${String(rng.int(10, 59))} +0000\n\nFinal-Recipient: rfc822; ${bad}\nOriginal-Recipient: rfc822;${bad}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.${bad.split('@')[1]}\nDiagnostic-Code: smtp; 550 5.1.1 <${bad}>: Recipient address rejected: User unknown`;
    const orig = `From: ${biz.name} <${biz.inbox}>\nTo: ${bad}\nSubject: ${t(lang, { en: 'Re: Your enquiry', de: 'AW: Ihre Anfrage', fr: 'RE: Votre demande', es: 'RE: Su consulta' })}\nMessage-ID: <${rng.hex(14)}@${biz.domain}>`;
    return {
      from: { name: 'Mail Delivery System', address: `MAILER-DAEMON@${host}` },
      to: [{ address: biz.inbox }],
      subject: 'Undelivered Mail Returned to Sender',
      headers: [['Auto-Submitted', 'auto-replied']],
      root: {
        kind: 'multi',
        subtype: 'report',
        params: 'report-type=delivery-status',
        parts: [
          { kind: 'text', type: 'text/plain', text: human },
          { kind: 'raw', type: 'message/delivery-status', content: status },
          { kind: 'raw', type: 'text/rfc822-headers', content: orig },
        ],
      },
    };
  },
};

const invoice: NonLeadLayout = {
  id: 'saas-invoice',
  reason: 'transactional',
  description:
    'invoice or payment receipt for the business’s own tools (website hosting, booking software, phone system): invoice number, amount with VAT, card ending in four digits, billing address',
  count: 8,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const vendor = rng.pick(['Hostbay', 'Bookvault', 'Callnest']);
    const no = `INV-${rng.digits(4)}-${rng.digits(5)}`;
    const amount = `${rng.int(19, 240)},${rng.digits(2)} €`;
    const L = t(lang, {
      en: [
        'Your receipt',
        'Invoice number',
        'Amount paid',
        'Payment method',
        'Billed to',
        'Thanks for your business.',
      ],
      de: [
        'Ihre Zahlungsbestätigung',
        'Rechnungsnummer',
        'Bezahlter Betrag',
        'Zahlungsart',
        'Rechnungsadresse',
        'Vielen Dank für Ihr Vertrauen.',
      ],
      fr: [
        'Votre reçu',
        'Numéro de facture',
        'Montant payé',
        'Moyen de paiement',
        'Facturé à',
        'Merci de votre confiance.',
      ],
      es: [
        'Su recibo',
        'Número de factura',
        'Importe pagado',
        'Método de pago',
        'Facturado a',
        'Gracias por confiar en nosotros.',
      ],
    }) as string[];
    const rows: [string, string][] = [
      [L[1] as string, no],
      [
        L[2] as string,
        `${amount} (${t(lang, { en: 'incl. VAT', de: 'inkl. MwSt.', fr: 'TTC', es: 'IVA incl.' })})`,
      ],
      [L[3] as string, `Visa •••• ${rng.digits(4)}`],
      [L[4] as string, `${biz.name}, ${biz.street}`],
    ];
    const text = `${L[0]} – ${vendor}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[5]}\n${vendor} billing · billing@${vendor.toLowerCase()}.example`;
    return {
      from: { name: `${vendor} Billing`, address: `billing@${vendor.toLowerCase()}.example` },
      subject: `${L[0]} ${no}`,
      text,
      html: page(
        `<div style="max-width:520px;margin:0 auto;background:#fff;padding:22px"><h2>${esc(L[0] as string)}</h2><table>${rows.map(([k, v]) => `<tr><td style="color:#666;padding:4px 12px 4px 0">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table><p>${esc(L[5] as string)}</p></div>`,
        lang,
      ),
    };
  },
};

const accountNotice: NonLeadLayout = {
  id: 'tool-security-notice',
  reason: 'account_notice',
  description:
    'security and account mail from the business’s tools: new sign-in from a browser with location and IP, password reset link, two-factor code, seat added to the workspace',
  count: 8,
  build(ctx) {
    const { lang, rng, staff } = ctx;
    const tool = rng.pick(['Pipewise', 'Siteloom', 'Formicon', 'Slotwise']);
    const kind = rng.int(0, 2);
    const ip = `${rng.int(80, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    const code = rng.digits(6);
    const text = [
      t(lang, {
        en: `New sign-in to your ${tool} account\n\nBrowser: Chrome on Windows\nLocation: Lyon, France (IP ${ip})\n\nIf this was you, you can ignore this email. If not, reset your password now.`,
        de: `Neue Anmeldung bei Ihrem ${tool}-Konto\n\nBrowser: Firefox unter macOS\nOrt: Graz, Österreich (IP ${ip})\n\nWaren Sie das? Dann können Sie diese E-Mail ignorieren. Andernfalls ändern Sie bitte Ihr Passwort.`,
        fr: `Nouvelle connexion à votre compte ${tool}\n\nNavigateur : Safari sur iPhone\nLieu : Namur, Belgique (IP ${ip})\n\nSi c’était vous, ignorez cet e-mail. Sinon, changez votre mot de passe.`,
        es: `Nuevo inicio de sesión en su cuenta de ${tool}\n\nNavegador: Edge en Windows\nUbicación: Sevilla, España (IP ${ip})\n\nSi fue usted, ignore este correo. Si no, cambie su contraseña.`,
      }),
      t(lang, {
        en: `Your ${tool} verification code is ${code}. It expires in 10 minutes. Never share this code.`,
        de: `Ihr ${tool}-Bestätigungscode lautet ${code}. Er ist 10 Minuten gültig. Geben Sie ihn niemals weiter.`,
        fr: `Votre code de vérification ${tool} est ${code}. Il expire dans 10 minutes. Ne le communiquez jamais.`,
        es: `Su código de verificación de ${tool} es ${code}. Caduca en 10 minutos. No lo comparta nunca.`,
      }),
      t(lang, {
        en: `${staff} was added to your ${tool} workspace as Editor. Your plan now has 4 of 5 seats in use.`,
        de: `${staff} wurde Ihrem ${tool}-Workspace als Bearbeiter/in hinzugefügt. Ihr Tarif nutzt jetzt 4 von 5 Plätzen.`,
        fr: `${staff} a été ajouté(e) à votre espace ${tool} en tant qu’éditeur. Votre offre utilise désormais 4 places sur 5.`,
        es: `${staff} se ha añadido a su espacio de ${tool} como editor. Su plan usa ahora 4 de 5 licencias.`,
      }),
    ][kind] as string;
    const subject = [
      t(lang, {
        en: `Security alert: new sign-in`,
        de: 'Sicherheitshinweis: neue Anmeldung',
        fr: 'Alerte de sécurité : nouvelle connexion',
        es: 'Alerta de seguridad: nuevo inicio de sesión',
      }),
      t(lang, {
        en: `${code} is your verification code`,
        de: `${code} ist Ihr Bestätigungscode`,
        fr: `${code} est votre code de vérification`,
        es: `${code} es su código de verificación`,
      }),
      t(lang, {
        en: 'A new member joined your workspace',
        de: 'Neues Mitglied in Ihrem Workspace',
        fr: 'Un nouveau membre a rejoint votre espace',
        es: 'Un nuevo miembro se unió a su espacio',
      }),
    ][kind] as string;
    return {
      from: { name: tool, address: `security@${tool.toLowerCase()}.example` },
      subject,
      text: `${text}\n\n— ${tool}`,
    };
  },
};

const customerReply: NonLeadLayout = {
  id: 'booked-customer-reply',
  reason: 'customer_service',
  description:
    'an existing customer answers the business’s booking confirmation to change the date or ask about the invoice ("Re:" with the booking number, In-Reply-To), quoting the confirmation; name and phone in the signature',
  count: 8,
  build(ctx) {
    const { lang, biz, person, rng, staff } = ctx;
    const ref = `${rng.pick(['BK', 'AUF', 'RES', 'PED'])}-${rng.digits(5)}`;
    const subj = t(lang, {
      en: `Your booking ${ref} is confirmed`,
      de: `Ihre Buchung ${ref} ist bestätigt`,
      fr: `Votre réservation ${ref} est confirmée`,
      es: `Su reserva ${ref} está confirmada`,
    });
    const ask = t(lang, {
      en: `Hi ${staff.split(' ')[0]},\n\nthanks for the confirmation. Could we move it by one week? Also, the invoice still shows the old address.\n\nThanks,\n${person.firstName} ${person.lastName}`,
      de: `Hallo ${staff.split(' ')[0]},\n\ndanke für die Bestätigung. Könnten wir den Termin um eine Woche verschieben? Außerdem steht auf der Rechnung noch die alte Adresse.\n\nGruß\n${person.firstName} ${person.lastName}`,
      fr: `Bonjour ${staff.split(' ')[0]},\n\nmerci pour la confirmation. Serait-il possible de décaler d’une semaine ? Et la facture indique encore l’ancienne adresse.\n\nMerci,\n${person.firstName} ${person.lastName}`,
      es: `Hola, ${staff.split(' ')[0]}:\n\ngracias por la confirmación. ¿Podríamos moverlo una semana? Además, la factura todavía tiene la dirección antigua.\n\nGracias,\n${person.firstName} ${person.lastName}`,
    });
    const conf = t(lang, {
      en: `Dear ${person.firstName},\nyour booking ${ref} is confirmed. Deposit received.\n${staff}\n${biz.name} · ${biz.phone}`,
      de: `Liebe/r ${person.firstName},\nIhre Buchung ${ref} ist bestätigt. Anzahlung erhalten.\n${staff}\n${biz.name} · ${biz.phone}`,
      fr: `Bonjour ${person.firstName},\nvotre réservation ${ref} est confirmée. Acompte reçu.\n${staff}\n${biz.name} · ${biz.phone}`,
      es: `Hola, ${person.firstName}:\nsu reserva ${ref} está confirmada. Anticipo recibido.\n${staff}\n${biz.name} · ${biz.phone}`,
    });
    const quoted = conf
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    const msgId = `<${rng.hex(12)}@${biz.domain}>`;
    return {
      from: { name: `${person.firstName} ${person.lastName}`, address: person.email },
      subject: `${t(lang, { en: 'Re', de: 'AW', fr: 'RE', es: 'RE' })}: ${subj}`,
      headers: [
        ['In-Reply-To', msgId],
        ['References', msgId],
      ],
      text: `${ask}\n${rng.chance(0.5) ? person.phone : ''}\n\n${t(lang, { en: `${biz.name} wrote:`, de: `${biz.name} schrieb:`, fr: `${biz.name} a écrit :`, es: `${biz.name} escribió:` })}\n${quoted}\n`,
    };
  },
};

const vendorPitch: NonLeadLayout = {
  id: 'vendor-cold-pitch',
  reason: 'spam',
  description:
    'a templated cold sales sequence from a software or lead-generation vendor ("quick question", "15 minutes next week?"), tracking links, the rep’s direct phone and a one-line opt-out',
  count: 8,
  build(ctx) {
    const { lang, biz, rng } = ctx;
    const rep = rng.pick(['Tyler Brooks', 'Jana Novak', 'Lucas Pereira', 'Aiden Walsh']);
    const text = t(lang, {
      en: `Hi there,\n\nquick question: who at ${biz.name} is in charge of getting more customers?\n\nWe help businesses like yours add 40+ qualified leads a month. Worth 15 minutes next week? https://cal.leadrocket.example/${rng.hex(6)}\n\nBest,\n${rep}\nLeadRocket · +1 415-555-01${rng.digits(2)}\n\nNot interested? Reply "stop".`,
      de: `Hallo,\n\nkurze Frage: Wer ist bei ${biz.name} für die Neukundengewinnung zuständig?\n\nWir liefern Unternehmen wie Ihrem über 40 qualifizierte Leads im Monat. Haben Sie nächste Woche 15 Minuten? https://cal.leadrocket.example/${rng.hex(6)}\n\nBeste Grüße\n${rep}\nLeadRocket · +1 415-555-01${rng.digits(2)}\n\nKein Interesse? Antworten Sie mit „Stopp“.`,
      fr: `Bonjour,\n\npetite question : qui s’occupe de l’acquisition de clients chez ${biz.name} ?\n\nNous aidons des entreprises comme la vôtre à obtenir plus de 40 prospects qualifiés par mois. 15 minutes la semaine prochaine ? https://cal.leadrocket.example/${rng.hex(6)}\n\nBien à vous,\n${rep}\nLeadRocket · +1 415-555-01${rng.digits(2)}\n\nPas intéressé ? Répondez « stop ».`,
      es: `Hola:\n\nuna pregunta rápida: ¿quién lleva la captación de clientes en ${biz.name}?\n\nAyudamos a empresas como la suya a conseguir más de 40 leads cualificados al mes. ¿Tiene 15 minutos la semana que viene? https://cal.leadrocket.example/${rng.hex(6)}\n\nSaludos,\n${rep}\nLeadRocket · +1 415-555-01${rng.digits(2)}\n\n¿No le interesa? Responda «stop».`,
    });
    return {
      from: { name: rep, address: `${rep.split(' ')[0]?.toLowerCase()}@leadrocket-outreach.example` },
      subject: t(lang, {
        en: `Quick question, ${biz.name}`,
        de: `Kurze Frage, ${biz.name}`,
        fr: `Petite question, ${biz.name}`,
        es: `Una pregunta, ${biz.name}`,
      }),
      headers: [['X-Mailer', 'OutreachFlow 3.2']],
      text,
    };
  },
};

const application: NonLeadLayout = {
  id: 'job-application',
  reason: 'needs_review',
  description:
    'a speculative job application to the leads inbox: cover letter in the body, the applicant’s phone and email, CV attached as a text file',
  count: 8,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const name = `${person.firstName} ${person.lastName}`;
    const text = t(lang, {
      en: `Dear ${biz.name} team,\n\nI am writing to apply for any open position on your team. I have four years of experience in customer service and I am available from January.\n\nPlease find my CV attached.\n\nKind regards,\n${name}\n${person.phone}`,
      de: `Sehr geehrtes Team von ${biz.name},\n\nhiermit bewerbe ich mich initiativ bei Ihnen. Ich habe vier Jahre Erfahrung im Kundenservice und bin ab Januar verfügbar.\n\nMeinen Lebenslauf finden Sie im Anhang.\n\nMit freundlichen Grüßen\n${name}\n${person.phone}`,
      fr: `Madame, Monsieur,\n\nje vous adresse ma candidature spontanée. J’ai quatre ans d’expérience en relation client et je suis disponible dès janvier.\n\nVous trouverez mon CV en pièce jointe.\n\nCordialement,\n${name}\n${person.phone}`,
      es: `Estimado equipo de ${biz.name}:\n\nles envío mi candidatura espontánea. Tengo cuatro años de experiencia en atención al cliente y estoy disponible a partir de enero.\n\nAdjunto mi currículum.\n\nUn saludo,\n${name}\n${person.phone}`,
    });
    const cv = `${name}\n${person.email} · ${person.phone}\n\n${t(lang, { en: 'Experience', de: 'Berufserfahrung', fr: 'Expérience', es: 'Experiencia' })}\n2022–2026 ${t(lang, { en: 'Customer service, Northwind Retail', de: 'Kundenservice, Nordwind Handel', fr: 'Service client, Vent du Nord', es: 'Atención al cliente, Viento Norte' })}\n`;
    return {
      from: { name, address: person.email },
      subject: t(lang, {
        en: 'Speculative application',
        de: 'Initiativbewerbung',
        fr: 'Candidature spontanée',
        es: 'Candidatura espontánea',
      }),
      text,
      attachments: [
        {
          kind: 'text',
          type: 'text/plain',
          text: cv,
          filename: t(lang, { en: 'CV.txt', de: 'Lebenslauf.txt', fr: 'CV.txt', es: 'Curriculum.txt' }),
        },
      ],
    };
  },
};

const internal: NonLeadLayout = {
  id: 'internal-colleague-note',
  reason: 'needs_review',
  description:
    'a colleague writes to the shared inbox about the rota, a supplier delivery or a customer to call back tomorrow, signed with their name and mobile',
  count: 8,
  build(ctx) {
    const { lang, biz, staff, rng } = ctx;
    const first = staff.split(' ')[0] as string;
    const mobile = `+${rng.pick(['44 7700 900', '49 171 23', '33 6 98 7', '34 655 4'])}${rng.digits(3)}`;
    const text = t(lang, {
      en: `Hi all,\n\nquick one: I'm swapping my Friday shift with Owen, and the delivery of brochures is coming Thursday morning, can someone be in by 8?\n\nThanks\n${first}\n${mobile}`,
      de: `Hallo zusammen,\n\nkurz zur Info: Ich tausche meine Freitagsschicht mit Uwe, und die Lieferung der Prospekte kommt Donnerstagfrüh – kann jemand ab 8 da sein?\n\nDanke\n${first}\n${mobile}`,
      fr: `Salut à tous,\n\npetit point : j’échange mon vendredi avec Pascal, et la livraison des brochures arrive jeudi matin, quelqu’un peut être là à 8 h ?\n\nMerci\n${first}\n${mobile}`,
      es: `Hola a todos:\n\nun apunte rápido: cambio mi turno del viernes con Jorge, y la entrega de folletos llega el jueves por la mañana, ¿alguien puede estar a las 8?\n\nGracias\n${first}\n${mobile}`,
    });
    return {
      from: { name: staff, address: `${first.toLowerCase()}@${biz.domain}` },
      to: [{ address: biz.inbox }],
      subject: t(lang, {
        en: 'Friday rota + delivery',
        de: 'Dienstplan Freitag + Lieferung',
        fr: 'Planning vendredi + livraison',
        es: 'Turno del viernes + entrega',
      }),
      text,
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  spamForm,
  newsletter,
  outOfOffice,
  dsn,
  invoice,
  accountNotice,
  customerReply,
  vendorPitch,
  application,
  internal,
];
