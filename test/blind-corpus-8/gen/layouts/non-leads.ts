/** Mail a business gets that is not a new customer's enquiry. */
import { attachment, multipart, rawPart, textPart } from '../mime.js';
import { drawNumber } from '../people.js';
import type { NonLeadLayout } from '../types.js';
import { drawWhen, esc, T, TL } from '../util.js';

/** A tiny, well-formed one-page PDF (its bytes are only there to be an attachment). */
function fakePdf(title: string): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${title.replace(/[^\x20-\x7e]/g, '?')}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const SUPPLIERS: Record<string, [string, string]> = {
  en: ['Crestline Office Supplies', 'crestline-supplies.test'],
  de: ['Bürobedarf Nordlicht GmbH', 'nordlicht-buero.test'],
  fr: ['Fournitures Alizé SAS', 'alize-fournitures.test'],
  es: ['Suministros Cóndor S.A.', 'suministros-condor.test'],
};

const supplierInvoice: NonLeadLayout = {
  id: 'supplier-invoice-pdf',
  reason: 'transactional',
  description:
    'an office supplier sends its invoice for the business’s own order: invoice and customer numbers, a small HTML table of lines with totals and VAT, due date, bank details and the invoice as a PDF attachment; HTML with text',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const [sup, dom] = SUPPLIERS[L] as [string, string];
    const no = `${T(L, { en: 'INV', de: 'RE', fr: 'FA', es: 'FAC' })}-${c.rng.int(2026000, 2026999)}`;
    const w = drawWhen(c.rng, L);
    const net = c.rng.int(80, 900);
    const lab = TL(L, {
      en: [
        'Invoice',
        'Customer no.',
        'Item',
        'Qty',
        'Amount',
        'Copier paper A4, 5 boxes',
        'Toner cartridge',
        'Net',
        'VAT',
        'Total due',
        'Payment due by',
        'Please pay by bank transfer quoting the invoice number.',
        `Please find attached invoice ${no}.`,
      ],
      de: [
        'Rechnung',
        'Kundennr.',
        'Artikel',
        'Menge',
        'Betrag',
        'Kopierpapier A4, 5 Kartons',
        'Tonerkartusche',
        'Netto',
        'MwSt.',
        'Gesamtbetrag',
        'Zahlbar bis',
        'Bitte überweisen Sie unter Angabe der Rechnungsnummer.',
        `anbei erhalten Sie die Rechnung ${no}.`,
      ],
      fr: [
        'Facture',
        'N° client',
        'Article',
        'Qté',
        'Montant',
        'Papier A4, 5 cartons',
        'Cartouche de toner',
        'HT',
        'TVA',
        'Total TTC',
        'À régler avant le',
        'Merci de régler par virement en indiquant le numéro de facture.',
        `veuillez trouver ci-joint la facture ${no}.`,
      ],
      es: [
        'Factura',
        'N.º de cliente',
        'Artículo',
        'Cant.',
        'Importe',
        'Papel A4, 5 cajas',
        'Cartucho de tóner',
        'Base imponible',
        'IVA',
        'Total a pagar',
        'Vencimiento',
        'Rogamos transferencia indicando el número de factura.',
        `adjuntamos la factura ${no}.`,
      ],
    });
    const greet = T(L, {
      en: 'Dear customer,',
      de: 'Sehr geehrte Damen und Herren,',
      fr: 'Madame, Monsieur,',
      es: 'Estimado cliente:',
    });
    const rows: [string, string, string][] = [
      [lab[5], '1', `${Math.round(net * 0.6)}.00`],
      [lab[6], '2', `${net - Math.round(net * 0.6)}.00`],
    ];
    const vat = Math.round(net * 0.2);
    const iban = `${c.biz.region === 'GB' ? 'GB' : 'DE'}${c.rng.digits(2)} ${c.rng.digits(4)} ${c.rng.digits(4)} ${c.rng.digits(4)} ${c.rng.digits(4)}`;
    const html = [
      `<p>${esc(greet)}</p><p>${esc(lab[12])}</p>`,
      `<p><b>${esc(lab[0])} ${no}</b> &middot; ${esc(lab[1])} ${c.rng.int(10000, 99999)} &middot; ${w.short}</p>`,
      `<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>${esc(lab[2])}</th><th>${esc(lab[3])}</th><th>${esc(lab[4])}</th></tr>`,
      ...rows.map(([a, b, d]) => `<tr><td>${esc(a)}</td><td>${b}</td><td align="right">${d}</td></tr>`),
      `<tr><td colspan="2">${esc(lab[7])}</td><td align="right">${net}.00</td></tr><tr><td colspan="2">${esc(lab[8])}</td><td align="right">${vat}.00</td></tr><tr><td colspan="2"><b>${esc(lab[9])}</b></td><td align="right"><b>${net + vat}.00</b></td></tr></table>`,
      `<p>${esc(lab[10])}: ${w.long}<br>IBAN ${iban}<br>${esc(lab[11])}</p>`,
      `<p>${esc(sup)} &middot; accounts@${dom}</p>`,
    ].join('\n');
    const text = [
      greet,
      '',
      lab[12],
      '',
      `${lab[0]} ${no}`,
      ...rows.map(([a, b, d]) => `${a}  x${b}  ${d}`),
      `${lab[7]}: ${net}.00  ${lab[8]}: ${vat}.00  ${lab[9]}: ${net + vat}.00`,
      `${lab[10]}: ${w.long}`,
      `IBAN ${iban}`,
      lab[11],
      '',
      sup,
    ].join('\n');
    return {
      from: {
        name: `${sup} – ${T(L, { en: 'Accounts', de: 'Buchhaltung', fr: 'Comptabilité', es: 'Contabilidad' })}`,
        email: `accounts@${dom}`,
      },
      to: [{ email: c.biz.inbox }],
      subject: `${lab[0]} ${no} – ${sup}`,
      text,
      html,
      attachments: [attachment(`${no}.pdf`, 'application/pdf', fakePdf(no))],
    };
  },
};

const jobApplicant: NonLeadLayout = {
  id: 'job-applicant-cv',
  reason: 'needs_review',
  description:
    'a job seeker writes to the business’s inbox asking about a vacancy or an unsolicited position, with their experience, availability, name, phone and a CV attached as PDF: a person with contact details who is not a customer',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const p = c.person;
    const phone = drawNumber(c.rng, c.biz.region);
    const role = T(L, {
      en: ['office assistant', 'field technician', 'weekend crew member'],
      de: ['Bürokraft', 'Servicetechniker', 'Aushilfe am Wochenende'],
      fr: ['assistante administrative', 'technicien terrain', 'équipier le week-end'],
      es: ['auxiliar administrativo', 'técnico de campo', 'ayudante de fin de semana'],
    });
    const r = c.rng.pick(role);
    const text = T(L, {
      en: `Hello,\n\nI saw your advert for a ${r} and would like to apply. I have four years of experience in a similar role and can start at the beginning of next month.\n\nMy CV is attached. I am happy to come in for an interview at any time.\n\nKind regards,\n${p.first} ${p.last}\n${phone}`,
      de: `Guten Tag,\n\nich habe Ihre Stellenanzeige als ${r} gesehen und möchte mich hiermit bewerben. Ich habe vier Jahre Erfahrung in einer ähnlichen Tätigkeit und könnte zum nächsten Monatsanfang beginnen.\n\nMeinen Lebenslauf finden Sie im Anhang. Über eine Einladung zum Gespräch würde ich mich freuen.\n\nMit freundlichen Grüßen\n${p.first} ${p.last}\n${phone}`,
      fr: `Bonjour,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste de ${r}. Forte de quatre ans d’expérience, je suis disponible dès le mois prochain.\n\nVous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.\n\nCordialement,\n${p.first} ${p.last}\n${phone}`,
      es: `Hola:\n\nLes escribo para postularme al puesto de ${r} que publicaron. Tengo cuatro años de experiencia en un trabajo parecido y podría incorporarme a principios del mes que viene.\n\nAdjunto mi currículum. Quedo a su disposición para una entrevista.\n\nSaludos,\n${p.first} ${p.last}\n${phone}`,
    });
    return {
      from: { name: `${p.first} ${p.last}`, email: p.email },
      to: [{ email: c.biz.inbox }],
      subject: T(L, {
        en: `Application – ${r}`,
        de: `Bewerbung als ${r}`,
        fr: `Candidature – ${r}`,
        es: `Postulación – ${r}`,
      }),
      text,
      attachments: [
        attachment(`CV_${p.last.replace(/[^A-Za-z]/g, '')}.pdf`, 'application/pdf', fakePdf('CV')),
      ],
    };
  },
};

const calendarTentative: NonLeadLayout = {
  id: 'calendar-reply-tentative',
  reason: 'calendar',
  description:
    'the business’s own accountant or supplier answers a meeting invitation with "Tentative:" (localised): a short text part and a text/calendar METHOD:REPLY alternative with the attendee’s PARTSTAT=TENTATIVE and a comment',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const [sup, dom] = SUPPLIERS[L] as [string, string];
    const w = drawWhen(c.rng, L);
    const who = T(L, { en: 'Morag Ellery', de: 'Jens Ahlgrimm', fr: 'Perrine Vallat', es: 'Leonor Ugarte' });
    const email = `${who.toLowerCase().split(' ')[0]}@${dom}`;
    const topic = T(L, {
      en: 'Quarterly supply review',
      de: 'Quartalsgespräch Lieferungen',
      fr: 'Point trimestriel fournitures',
      es: 'Revisión trimestral de suministros',
    });
    const pre = T(L, {
      en: 'Tentative',
      de: 'Mit Vorbehalt angenommen',
      fr: 'Provisoire',
      es: 'Provisional',
    });
    const note = T(L, {
      en: `${who} has tentatively accepted this meeting. "Might be a few minutes late."`,
      de: `${who} hat diese Besprechung mit Vorbehalt angenommen. „Komme eventuell ein paar Minuten später.“`,
      fr: `${who} a accepté provisoirement cette réunion. « Je risque d’avoir quelques minutes de retard. »`,
      es: `${who} aceptó provisionalmente esta reunión. «Puede que llegue unos minutos tarde.»`,
    });
    const stamp = w.iso.replace(/[-:]/g, '');
    const ics = [
      'BEGIN:VCALENDAR',
      'PRODID:-//Calendra//EN',
      'VERSION:2.0',
      'METHOD:REPLY',
      'BEGIN:VEVENT',
      `UID:${c.rng.hex(16)}@${c.biz.domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${stamp}`,
      `SUMMARY:${topic}`,
      `ORGANIZER:mailto:${c.biz.inbox}`,
      `ATTENDEE;PARTSTAT=TENTATIVE;CN=${who}:mailto:${email}`,
      `COMMENT:${note.replace(/[,;]/g, '\\$&')}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const root = multipart(
      'alternative',
      [
        textPart('plain', `${note}\n\n${topic}\n${w.long} ${w.time}\n\n${who} · ${sup}\n`, 'utf-8', '8bit'),
        rawPart('text/calendar; method=REPLY; charset=utf-8', ics, '8bit'),
      ],
      c.rng,
    );
    return {
      from: { name: who, email },
      to: [{ email: c.biz.inbox }],
      subject: `${pre}: ${topic}`,
      root,
      text: '',
    };
  },
};

const complaint: NonLeadLayout = {
  id: 'order-complaint-existing',
  reason: 'customer_service',
  description:
    'an existing customer complains about a job already done and invoiced, quoting the job or invoice number and the date of the visit, asks for someone to come back or a partial refund, with name and phone at the bottom; plain text',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const p = c.person;
    const ref = `${c.rng.int(10000, 99999)}`;
    const w = drawWhen(c.rng, L);
    const phone = drawNumber(c.rng, c.biz.region);
    const text = T(L, {
      en: `Hello,\n\nRe: job ${ref} on ${w.long}. I paid your invoice in full but the problem is back after less than two weeks, and nobody has returned my two voicemails.\n\nI expect someone to come back at no charge this week, otherwise I would like part of the money refunded.\n\n${p.first} ${p.last}\n${phone}`,
      de: `Guten Tag,\n\nes geht um Auftrag ${ref} vom ${w.long}. Die Rechnung ist bezahlt, aber das Problem ist nach knapp zwei Wochen wieder da, und auf meine zwei Nachrichten auf Ihrem Anrufbeantworter hat sich niemand gemeldet.\n\nIch erwarte, dass diese Woche kostenlos nachgebessert wird, sonst möchte ich einen Teil des Betrags zurück.\n\n${p.first} ${p.last}\n${phone}`,
      fr: `Bonjour,\n\nJe reviens vers vous au sujet de l’intervention n° ${ref} du ${w.long}. J’ai réglé la facture, mais le problème est réapparu en moins de deux semaines et personne n’a répondu à mes deux messages vocaux.\n\nJe souhaite un nouveau passage gratuit cette semaine, à défaut un remboursement partiel.\n\n${p.first} ${p.last}\n${phone}`,
      es: `Hola:\n\nLes escribo por el trabajo n.º ${ref} del ${w.long}. Pagué la factura completa pero el problema volvió en menos de dos semanas y nadie contestó mis dos mensajes de voz.\n\nEspero que vuelvan sin costo esta semana; si no, quisiera que me devuelvan parte del dinero.\n\n${p.first} ${p.last}\n${phone}`,
    });
    return {
      from: { name: `${p.first} ${p.last}`, email: p.email },
      to: [{ email: c.biz.inbox }],
      subject: T(L, {
        en: `Complaint – job ${ref}`,
        de: `Reklamation Auftrag ${ref}`,
        fr: `Réclamation – intervention ${ref}`,
        es: `Reclamo – trabajo ${ref}`,
      }),
      text,
    };
  },
};

const phishing: NonLeadLayout = {
  id: 'phishing-mailbox-full',
  reason: 'spam',
  description:
    'phishing in HTML only: "your mailbox is 98% full", a red quota bar, a button to a look-alike login page, a 24-hour deadline, sent as the business’s own "IT helpdesk" from an unrelated domain',
  bodies: 'html',
  build(c) {
    const L = c.lang;
    const t = TL(L, {
      en: [
        'Mailbox storage almost full',
        `Your mailbox ${c.biz.inbox} has used 98% of its storage.`,
        'Incoming messages will be rejected within 24 hours unless you verify your account.',
        'Verify and increase storage',
        'IT Helpdesk',
      ],
      de: [
        'Postfachspeicher fast voll',
        `Ihr Postfach ${c.biz.inbox} ist zu 98 % belegt.`,
        'Eingehende Nachrichten werden in 24 Stunden abgewiesen, wenn Sie Ihr Konto nicht bestätigen.',
        'Jetzt bestätigen und Speicher erweitern',
        'IT-Support',
      ],
      fr: [
        'Boîte aux lettres presque pleine',
        `Votre boîte ${c.biz.inbox} utilise 98 % de son espace.`,
        'Les nouveaux messages seront refusés sous 24 heures si vous ne vérifiez pas votre compte.',
        'Vérifier et augmenter l’espace',
        'Support informatique',
      ],
      es: [
        'Buzón casi lleno',
        `Su buzón ${c.biz.inbox} ha usado el 98 % de su espacio.`,
        'Los mensajes entrantes serán rechazados en 24 horas si no verifica su cuenta.',
        'Verificar y ampliar espacio',
        'Soporte técnico',
      ],
    });
    const html = [
      `<div style="font-family:Arial;border:1px solid #ddd;padding:16px;max-width:480px">`,
      `<h3 style="color:#c00">${esc(t[0])}</h3>`,
      `<p>${esc(t[1])}</p>`,
      `<div style="background:#eee;height:10px"><div style="background:#c00;width:98%;height:10px"></div></div>`,
      `<p>${esc(t[2])}</p>`,
      `<p><a href="http://mail-quota-verify.test/${c.rng.hex(10)}?u=${encodeURIComponent(c.biz.inbox)}" style="background:#06c;color:#fff;padding:8px 14px">${esc(t[3])}</a></p>`,
      `<p style="font-size:11px;color:#999">${esc(t[4])} &middot; ${c.biz.domain}</p>`,
      `</div>`,
    ].join('\n');
    return {
      from: { name: `${t[4]} ${c.biz.domain}`, email: `no-reply@quota-alerts${c.rng.int(10, 99)}.test` },
      to: [{ email: c.biz.inbox }],
      subject: `${t[0]} (98%)`,
      html,
    };
  },
};

const PRODUCT: Record<string, string> = {
  en: 'Ledgerbox',
  de: 'Ledgerbox',
  fr: 'Ledgerbox',
  es: 'Ledgerbox',
};

const newsletter: NonLeadLayout = {
  id: 'saas-release-newsletter',
  reason: 'bulk',
  description:
    'a bookkeeping SaaS’s monthly product newsletter in HTML with text: three "what’s new" features, a webinar date, a customer story quote with a named customer, footer with postal address, List-Unsubscribe and Precedence: bulk',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const p = PRODUCT[L] as string;
    const w = drawWhen(c.rng, L);
    const t = TL(L, {
      en: [
        `What’s new in ${p} this month`,
        'Bank feeds now refresh every hour',
        'Bulk-edit invoices from the list view',
        'A new dark mode for late-night bookkeeping',
        `Join our live webinar on ${w.long}`,
        '“We close the month in half the time.” – Aoife Brennan, café owner',
        'Unsubscribe',
        'You are receiving this because you have a Ledgerbox account.',
      ],
      de: [
        `Neu in ${p} diesen Monat`,
        'Bankabgleich jetzt stündlich',
        'Rechnungen direkt in der Liste gesammelt bearbeiten',
        'Neuer Dunkelmodus für späte Buchhaltung',
        `Live-Webinar am ${w.long}`,
        '„Wir schließen den Monat in der halben Zeit ab.“ – Almut Kersting, Café-Inhaberin',
        'Abmelden',
        'Sie erhalten diese E-Mail, weil Sie ein Ledgerbox-Konto haben.',
      ],
      fr: [
        `Les nouveautés ${p} du mois`,
        'Les flux bancaires se mettent à jour toutes les heures',
        'Modifiez vos factures par lot depuis la liste',
        'Un mode sombre pour la compta du soir',
        `Webinaire en direct le ${w.long}`,
        '« Nous clôturons le mois deux fois plus vite. » – Armelle Guégan, gérante de café',
        'Se désabonner',
        'Vous recevez cet e-mail car vous avez un compte Ledgerbox.',
      ],
      es: [
        `Novedades de ${p} este mes`,
        'Los movimientos bancarios se actualizan cada hora',
        'Edita facturas en lote desde la lista',
        'Nuevo modo oscuro para cerrar cuentas de noche',
        `Webinario en vivo el ${w.long}`,
        '«Cerramos el mes en la mitad de tiempo.» – Rosario Etxeberria, dueña de una cafetería',
        'Darse de baja',
        'Recibes este correo porque tienes una cuenta de Ledgerbox.',
      ],
    });
    const unsub = `https://news.ledgerbox.test/u/${c.rng.hex(16)}`;
    const html = [
      `<div style="font-family:Helvetica;max-width:600px;margin:auto">`,
      `<h1>${esc(t[0])}</h1>`,
      `<ul><li>${esc(t[1])}</li><li>${esc(t[2])}</li><li>${esc(t[3])}</li></ul>`,
      `<p><a href="https://ledgerbox.test/webinar">${esc(t[4])}</a></p>`,
      `<blockquote>${esc(t[5])}</blockquote>`,
      `<p style="font-size:11px;color:#999">${esc(t[7])}<br>Ledgerbox Ltd, 9 Sample Street, Cork<br><a href="${unsub}">${esc(t[6])}</a></p>`,
      `</div>`,
    ].join('\n');
    const text = [
      t[0],
      '',
      `- ${t[1]}`,
      `- ${t[2]}`,
      `- ${t[3]}`,
      '',
      t[4],
      '',
      t[5],
      '',
      t[7],
      'Ledgerbox Ltd, 9 Sample Street, Cork',
      `${t[6]}: ${unsub}`,
    ].join('\n');
    return {
      from: { name: 'Ledgerbox', email: 'news@ledgerbox.test' },
      to: [{ email: c.biz.inbox }],
      subject: t[0],
      headers: [
        ['List-Unsubscribe', `<${unsub}>`],
        ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
        ['Precedence', 'bulk'],
      ],
      text,
      html,
      primary: 'html',
    };
  },
};

const sickLeave: NonLeadLayout = {
  id: 'ooo-sick-leave',
  reason: 'auto_reply',
  description:
    'plain-text automatic reply from a supplier’s contact who is off sick: "Automatic reply:"/"Abwesenheitsnotiz:" subject over the business’s own subject, back on a date, a named colleague with phone and email for urgent orders; Auto-Submitted on two in three',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const [sup, dom] = SUPPLIERS[L] as [string, string];
    const w = drawWhen(c.rng, L);
    const who = T(L, {
      en: 'Gareth Penhallow',
      de: 'Birgit Hufnagel',
      fr: 'Solange Ribeyre',
      es: 'Amparo Lecumberri',
    });
    const col = T(L, {
      en: 'Kerry Vance',
      de: 'Uwe Brettschneider',
      fr: 'Didier Alloin',
      es: 'Teodoro Sanz',
    });
    const colMail = `${col.toLowerCase().split(' ')[0]}@${dom}`;
    const colPhone = drawNumber(c.rng, c.biz.region);
    const text = T(L, {
      en: `Thank you for your email. I am off sick and expect to be back on ${w.long}. Your message will not be forwarded.\n\nFor urgent orders please contact my colleague ${col} on ${colPhone} or ${colMail}.\n\n${who}\n${sup}`,
      de: `Vielen Dank für Ihre Nachricht. Ich bin krankheitsbedingt abwesend und voraussichtlich ab ${w.long} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an ${col}, Tel. ${colPhone}, ${colMail}.\n\n${who}\n${sup}`,
      fr: `Merci pour votre message. Je suis en arrêt maladie jusqu’au ${w.long}. Votre e-mail ne sera pas transféré.\n\nPour toute commande urgente, merci de contacter ${col} au ${colPhone} ou à ${colMail}.\n\n${who}\n${sup}`,
      es: `Gracias por su correo. Estoy de baja por enfermedad y vuelvo previsiblemente el ${w.long}. Su mensaje no será reenviado.\n\nPara pedidos urgentes contacte con ${col} en el ${colPhone} o en ${colMail}.\n\n${who}\n${sup}`,
    });
    const pre = T(L, {
      en: 'Automatic reply',
      de: 'Abwesenheitsnotiz',
      fr: 'Réponse automatique',
      es: 'Respuesta automática',
    });
    const orig = T(L, {
      en: 'Order for next week',
      de: 'Bestellung nächste Woche',
      fr: 'Commande semaine prochaine',
      es: 'Pedido de la semana que viene',
    });
    return {
      from: { name: who, email: `${who.toLowerCase().split(' ')[0]}@${dom}` },
      to: [{ email: c.biz.inbox }],
      subject: `${pre}: ${orig}`,
      headers: c.n % 3 !== 0 ? [['Auto-Submitted', 'auto-replied']] : [],
      text,
    };
  },
};

const dsnHtml: NonLeadLayout = {
  id: 'address-not-found-html-dsn',
  reason: 'delivery_report',
  description:
    'a hosted-mail "Address not found" bounce as multipart/report: an HTML first part in the business’s language with an icon-like heading and the failed customer address, a message/delivery-status part (Action: failed, Status: 5.1.1) and the returned message’s headers as text/rfc822-headers',
  bodies: 'html',
  build(c) {
    const L = c.lang;
    const failed = c.person.email.replace('@', '.old@');
    const t = TL(L, {
      en: [
        'Address not found',
        `Your message wasn't delivered to ${failed} because the address couldn't be found, or is unable to receive mail.`,
        'The response from the remote server was:',
        'Re: your quote',
      ],
      de: [
        'Adresse nicht gefunden',
        `Ihre Nachricht wurde nicht an ${failed} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.`,
        'Antwort des Empfängerservers:',
        'AW: Ihr Angebot',
      ],
      fr: [
        'Adresse introuvable',
        `Votre message n’a pas été distribué à ${failed}, car l’adresse est introuvable ou ne peut pas recevoir d’e-mails.`,
        'Réponse du serveur distant :',
        'RE: votre devis',
      ],
      es: [
        'No se encontró la dirección',
        `Tu mensaje no se entregó a ${failed} porque no se encontró la dirección o no puede recibir correo.`,
        'Respuesta del servidor remoto:',
        'RE: su presupuesto',
      ],
    });
    const html = textPart(
      'html',
      `<div style="font-family:Arial"><h2 style="color:#d93025">&#9888; ${esc(t[0])}</h2><p>${esc(t[1])}</p><p>${esc(t[2])}</p><pre>550 5.1.1 &lt;${failed}&gt;: Recipient address rejected: User unknown</pre></div>`,
      c.charset,
      c.transfer === '8bit' ? 'quoted-printable' : c.transfer,
    );
    const status = [
      `Reporting-MTA: dns; mx1.${c.biz.domain}`,
      '',
      `Final-Recipient: rfc822; ${failed}`,
      'Action: failed',
      'Status: 5.1.1',
      `Diagnostic-Code: smtp; 550 5.1.1 <${failed}>: Recipient address rejected: User unknown`,
    ].join('\n');
    const headers = [
      `From: ${c.biz.inbox}`,
      `To: ${failed}`,
      `Subject: ${t[3]}`,
      `Message-ID: <${c.rng.hex(12)}@${c.biz.domain}>`,
    ].join('\n');
    const root = multipart(
      'report',
      [html, rawPart('message/delivery-status', status), rawPart('text/rfc822-headers', headers)],
      c.rng,
      ' report-type=delivery-status;',
    );
    return {
      from: { name: 'Mail Delivery Subsystem', email: `mailer-daemon@mx1.${c.biz.domain}` },
      to: [{ email: c.biz.inbox }],
      subject: `${t[0]}: ${t[3]}`,
      headers: [['Auto-Submitted', 'auto-replied']],
      root,
    };
  },
};

const cardExpiring: NonLeadLayout = {
  id: 'card-expiring-billing-notice',
  reason: 'account_notice',
  description:
    'a booking-software vendor warns that the payment card on the business’s subscription expires at month end: plan, card brand and last four digits, the date, an "update billing details" button and what happens if not; HTML with text',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const last4 = c.rng.digits(4);
    const w = drawWhen(c.rng, L);
    const t = TL(L, {
      en: [
        'Your card is about to expire',
        `The Visa card ending in ${last4} on your Slotty Pro plan expires on ${w.long}.`,
        'Update your billing details to avoid any interruption to online bookings.',
        'Update billing details',
        'If we cannot charge your card, your account will switch to the free plan after 7 days.',
      ],
      de: [
        'Ihre Karte läuft bald ab',
        `Die Visa-Karte mit der Endung ${last4} für Ihren Tarif Slotty Pro läuft am ${w.long} ab.`,
        'Aktualisieren Sie Ihre Zahlungsdaten, damit Online-Buchungen weiterlaufen.',
        'Zahlungsdaten aktualisieren',
        'Können wir die Karte nicht belasten, wechselt Ihr Konto nach 7 Tagen in den kostenlosen Tarif.',
      ],
      fr: [
        'Votre carte expire bientôt',
        `La carte Visa se terminant par ${last4} associée à votre offre Slotty Pro expire le ${w.long}.`,
        'Mettez à jour vos informations de paiement pour ne pas interrompre les réservations en ligne.',
        'Mettre à jour le paiement',
        'Sans paiement possible, votre compte passera à l’offre gratuite au bout de 7 jours.',
      ],
      es: [
        'Tu tarjeta está por vencer',
        `La tarjeta Visa terminada en ${last4} de tu plan Slotty Pro vence el ${w.long}.`,
        'Actualiza tus datos de pago para no interrumpir las reservas en línea.',
        'Actualizar datos de pago',
        'Si no podemos cobrar, tu cuenta pasará al plan gratuito a los 7 días.',
      ],
    });
    const link = `https://app.slotty.test/billing?ref=${c.rng.hex(8)}`;
    const html = `<div style="font-family:Arial;max-width:520px"><h2>${esc(t[0])}</h2><p>${esc(t[1])}</p><p>${esc(t[2])}</p><p><a href="${link}" style="background:#222;color:#fff;padding:8px 14px">${esc(t[3])}</a></p><p style="color:#888;font-size:12px">${esc(t[4])}</p><p style="color:#aaa;font-size:11px">Slotty &middot; billing@slotty.test</p></div>`;
    const text = [
      t[0],
      '',
      t[1],
      t[2],
      '',
      `${t[3]}: ${link}`,
      '',
      t[4],
      '',
      'Slotty · billing@slotty.test',
    ].join('\n');
    return {
      from: { name: 'Slotty Billing', email: 'billing@slotty.test' },
      to: [{ email: c.biz.inbox }],
      subject: t[0],
      text,
      html,
      primary: 'html',
    };
  },
};

const profileNoContact: NonLeadLayout = {
  id: 'profile-message-no-contact',
  reason: 'no_contact',
  description:
    'the "Mapsly" business-profile message alert for a visitor who shared nothing: a first name with an initial, a one-line question in the bubble, "This customer has not shared contact details — reply in Mapsly", and the reply button; HTML with text',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const p = c.person;
    const bare = p.last.replace(
      /^(de la |de los |del |de |du |d'|von der |von |zu |van |le |la |st\. )/i,
      '',
    );
    const short = `${p.first} ${bare.charAt(0).toUpperCase()}.`;
    const t = TL(L, {
      en: [
        `${short} sent you a message`,
        'Are you open on Saturdays?',
        'This customer has not shared contact details. Reply in Mapsly to continue the conversation.',
        'Reply',
      ],
      de: [
        `${short} hat Ihnen eine Nachricht gesendet`,
        'Haben Sie samstags geöffnet?',
        'Diese Person hat keine Kontaktdaten geteilt. Antworten Sie in Mapsly, um das Gespräch fortzusetzen.',
        'Antworten',
      ],
      fr: [
        `${short} vous a envoyé un message`,
        'Êtes-vous ouverts le samedi ?',
        'Ce client n’a pas partagé ses coordonnées. Répondez dans Mapsly pour poursuivre la conversation.',
        'Répondre',
      ],
      es: [
        `${short} te ha enviado un mensaje`,
        '¿Abren los sábados?',
        'Este cliente no compartió sus datos de contacto. Responde en Mapsly para seguir la conversación.',
        'Responder',
      ],
    });
    const link = `https://business.mapsly.test/inbox/${c.rng.hex(12)}`;
    const html = [
      `<p style="font-size:18px">${esc(t[0])}</p>`,
      `<div style="background:#f1f3f4;border-radius:16px;padding:12px 16px;max-width:420px">${esc(t[1])}</div>`,
      `<p style="color:#777">${esc(t[2])}</p>`,
      `<p><a href="${link}" style="background:#1a73e8;color:#fff;padding:8px 18px">${esc(t[3])}</a></p>`,
      `<p style="color:#999;font-size:11px">Mapsly Ltd, 1 Example Plaza, Dublin</p>`,
    ].join('\n');
    const text = [
      t[0],
      '',
      t[1],
      '',
      t[2],
      '',
      `${t[3]}: ${link}`,
      '',
      'Mapsly Ltd, 1 Example Plaza, Dublin',
    ].join('\n');
    return {
      from: { name: 'Mapsly Business', email: 'no-reply@mapsly.test' },
      to: [{ email: c.biz.inbox }],
      subject: T(L, {
        en: `New message from ${p.first}`,
        de: `Neue Nachricht von ${p.first}`,
        fr: `Nouveau message de ${p.first}`,
        es: `Nuevo mensaje de ${p.first}`,
      }),
      text,
      html,
      primary: 'html',
    };
  },
};

export const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  supplierInvoice,
  jobApplicant,
  calendarTentative,
  complaint,
  phishing,
  newsletter,
  sickLeave,
  dsnHtml,
  cardExpiring,
  profileNoContact,
];
