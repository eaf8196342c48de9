/** The customer's own letters, staff forwards in several clients' styles and a staff reply over the quote. */
import { EXT_WORD, letter, letterHtml, printedDate, staffSig, staffSigHtml } from './common.js';
import { serialize, textPart } from './mime.js';
import { esc, fullName, type LeadCtx, type LeadLayout, phoneShown, T } from './types.js';

const subjectOf = (ctx: LeadCtx) =>
  ctx.rng.pick(
    T(ctx.lang, {
      en: ['Enquiry', 'Question about availability', 'Booking question', 'Quote please'],
      de: ['Anfrage', 'Frage zur Verfügbarkeit', 'Terminanfrage', 'Bitte um ein Angebot'],
      fr: [
        'Demande de renseignements',
        'Question sur vos disponibilités',
        'Demande de devis',
        'Renseignements',
      ],
      es: ['Consulta', 'Pregunta por disponibilidad', 'Solicitud de presupuesto', 'Información'],
    }),
  );

export const THREAD_LAYOUTS: LeadLayout[] = [
  {
    id: 'letter-html-no-display-name-signoff-name',
    description:
      'the customer’s own letter (HTML with text, Gmail-like `<div>` lines) sent from a free-mail address without a display name: greeting, paragraphs, sign-off with the full name or only the first name, a phone line under it',
    foreign: true,
    needsEmail: true,
    ext: true,
    build(ctx) {
      const firstOnly = ctx.c.last === null || ctx.rng.chance(0.35);
      const text = letter(ctx, { firstOnly });
      return {
        draft: {
          from: { email: ctx.c.email ?? '' },
          subject: subjectOf(ctx),
          text,
          html: `<div dir="ltr">${letterHtml(text)}</div>`,
          primary: 'text',
        },
        expected: firstOnly ? { lastName: null, fullName: ctx.c.first } : {},
      };
    },
  },
  {
    id: 'fwd-gmail-of-letter-staff-note-signature',
    description:
      'staff forward from Gmail (HTML with text): a one-line note asking a colleague to call back, the staff signature with direct line and mobile, then "---------- Forwarded message ---------" (From/Date/Subject/To, localised) and the customer’s letter',
    foreign: true,
    needsEmail: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const subject = subjectOf(ctx);
      const body = letter(ctx, { firstOnly: rng.chance(0.25) });
      const note = T(lang, {
        en: 'Could someone call this one back today? I am out until Thursday.',
        de: 'Kann das bitte heute jemand zurückrufen? Ich bin bis Donnerstag unterwegs.',
        fr: "Quelqu'un peut-il rappeler cette personne aujourd'hui ? Je suis absente jusqu'à jeudi.",
        es: '¿Alguien puede devolver esta llamada hoy? Estoy fuera hasta el jueves.',
      });
      const H = T(lang, {
        en: ['---------- Forwarded message ---------', 'From', 'Date', 'Subject', 'To'],
        de: ['---------- Weitergeleitete Nachricht ---------', 'Von', 'Date', 'Subject', 'To'],
        fr: ['---------- Forwarded message ---------', 'De', 'Date', 'Subject', 'To'],
        es: ['---------- Forwarded message ---------', 'De', 'Date', 'Subject', 'To'],
      });
      const hdr = [
        `${H[0]}`,
        `${H[1]}: ${fullName(c)} <${c.email}>`,
        `${H[2]}: ${printedDate(rng, lang)}`,
        `${H[3]}: ${subject}`,
        `${H[4]}: <${biz.inbox}>`,
      ];
      const sig = staffSig(staff, biz.name, lang);
      const text = `${note}\n\n-- \n${sig}\n\n${hdr.join('\n')}\n\n\n${body}\n`;
      const html = `<div dir="ltr">${esc(note)}<br clear="all"><br>-- <br><div class="gmail_signature">${sig.split('\n').map(esc).join('<br>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${hdr.map(esc).join('<br>')}<br></div><br><br>${letterHtml(body)}</div></div>`;
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: `${staff.first.toLowerCase()}@${biz.domain}` },
          to: [{ email: biz.inbox }],
          subject: `Fwd: ${subject}`,
          text,
          html,
          primary: 'html',
        },
        others: [`${staff.first} ${staff.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'reply-top-posted-over-gmail-quote-staff-phones',
    description:
      'staff reply (plain, To the customer, Cc the inbox): the answer with a price and a time, the staff signature with direct line and mobile, then "On …, Name <email> wrote:" (localised) and the customer’s letter quoted with `>`',
    foreign: true,
    needsEmail: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const subject = subjectOf(ctx);
      const body = letter(ctx, { firstOnly: rng.chance(0.3) });
      const price = biz.currency(rng.int(2, 9) * 100);
      const answer = T(lang, {
        en: `Hello ${c.first},\n\nthank you for your message. Yes, that works: we can offer it for ${price}, and the earliest start is 9:30. I have pencilled the date in until Friday.\n\nBest,`,
        de: `Hallo ${c.first},\n\nvielen Dank für Ihre Nachricht. Das passt: Wir können es für ${price} anbieten, frühester Beginn ist 9:30 Uhr. Ich habe den Termin bis Freitag vorgemerkt.\n\nViele Grüße`,
        fr: `Bonjour ${c.first},\n\nmerci pour votre message. C'est possible : nous pouvons le proposer à ${price}, au plus tôt à 9:30. J'ai bloqué la date jusqu'à vendredi.\n\nBien cordialement,`,
        es: `Hola, ${c.first}:\n\ngracias por su mensaje. Sí, es posible: podemos ofrecerlo por ${price} y lo más temprano es a las 9:30. He reservado la fecha hasta el viernes.\n\nSaludos,`,
      });
      const wrote = T(lang, {
        en: `On ${printedDate(rng, lang)}, ${fullName(c)} <${c.email}> wrote:`,
        de: `Am ${printedDate(rng, lang)} schrieb ${fullName(c)} <${c.email}>:`,
        fr: `Le ${printedDate(rng, lang)}, ${fullName(c)} <${c.email}> a écrit :`,
        es: `El ${printedDate(rng, lang)}, ${fullName(c)} <${c.email}> escribió:`,
      });
      const quoted = body
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
      const text = `${answer}\n${staffSig(staff, biz.name, lang)}\n\n${wrote}\n${quoted}\n`;
      return {
        draft: {
          from: {
            name: `${staff.first} ${staff.last} | ${biz.name}`,
            email: `${staff.first.toLowerCase()}@${biz.domain}`,
          },
          to: [{ name: fullName(c), email: c.email ?? '' }],
          cc: [{ email: biz.inbox }],
          subject: `Re: ${subject}`,
          headers: [['In-Reply-To', `<${rng.hex(16)}@${c.email?.split('@')[1] ?? 'mail.example'}>`]],
          text,
        },
        others: [`${staff.first} ${staff.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'fwd-outlook-classic-of-apple-fwd-of-site-form',
    description:
      'forward of a forward (plain): a second staff member forwards from classic Outlook (underscore rule, From/Sent/To/Subject) a colleague’s Apple Mail forward ("Begin forwarded message:", From/Subject/Date/To/Reply-To) of the website’s form mail with `Label: value` lines and the message under "Comments:"',
    foreign: true,
    optionalMessage: true,
    ext: true,
    build(ctx) {
      const { lang, c, staff, staff2, biz, rng, message } = ctx;
      const subj = T(lang, {
        en: 'Website contact form',
        de: 'Kontaktformular Website',
        fr: 'Formulaire de contact du site',
        es: 'Formulario de contacto web',
      });
      const L = T(lang, {
        en: ['Name', 'Email', 'Phone', 'Comments'],
        de: ['Name', 'E-Mail', 'Telefon', 'Kommentar'],
        fr: ['Nom', 'E-mail', 'Téléphone', 'Commentaires'],
        es: ['Nombre', 'Correo', 'Teléfono', 'Comentarios'],
      });
      const form = [
        `${L[0]}: ${fullName(c)}`,
        `${L[1]}: ${c.email ?? ''}`,
        `${L[2]}: ${phoneShown(c, EXT_WORD[lang])}`,
        `${L[3]}:`,
        message ?? '',
        '',
        `-- ${biz.domain} / wp-form ${rng.digits(4)}`,
      ].join('\n');
      const apple = [
        T(lang, {
          en: 'Begin forwarded message:',
          de: 'Anfang der weitergeleiteten Nachricht:',
          fr: 'Début du message réexpédié :',
          es: 'Inicio del mensaje reenviado:',
        }),
        '',
        `${T(lang, { en: 'From', de: 'Von', fr: 'De', es: 'De' })}: ${biz.name} <wordpress@${biz.domain}>`,
        `${T(lang, { en: 'Subject', de: 'Betreff', fr: 'Objet', es: 'Asunto' })}: ${subj}`,
        `${T(lang, { en: 'Date', de: 'Datum', fr: 'Date', es: 'Fecha' })}: ${printedDate(rng, lang)}`,
        `${T(lang, { en: 'To', de: 'An', fr: 'À', es: 'Para' })}: ${biz.inbox}`,
        ...(c.email
          ? [
              `${T(lang, { en: 'Reply-To', de: 'Antwort an', fr: 'Répondre à', es: 'Responder a' })}: ${c.email}`,
            ]
          : []),
        '',
        form,
      ].join('\n');
      const note1 = T(lang, {
        en: `${staff2.first}, this one is for you.`,
        de: `${staff2.first}, das ist deins.`,
        fr: `${staff2.first}, c'est pour toi.`,
        es: `${staff2.first}, esto es para ti.`,
      });
      const inner = `${note1}\n\n${staff.first}\n\n${apple}`;
      const outlook = [
        '________________________________',
        `${T(lang, { en: 'From', de: 'Von', fr: 'De', es: 'De' })}: ${staff.first} ${staff.last} <${staff.first.toLowerCase()}@${biz.domain}>`,
        `${T(lang, { en: 'Sent', de: 'Gesendet', fr: 'Envoyé', es: 'Enviado' })}: ${printedDate(rng, lang)}`,
        `${T(lang, { en: 'To', de: 'An', fr: 'À', es: 'Para' })}: ${staff2.first} ${staff2.last} <${staff2.first.toLowerCase()}@${biz.domain}>`,
        `${T(lang, { en: 'Subject', de: 'Betreff', fr: 'Objet', es: 'Asunto' })}: Fwd: ${subj}`,
      ].join('\n');
      const note2 = T(lang, {
        en: 'Forwarding to the shared inbox so it is logged. Customer details below.',
        de: 'Zur Ablage ins gemeinsame Postfach weitergeleitet. Kundendaten unten.',
        fr: 'Je transfère à la boîte commune pour archivage. Coordonnées du client ci-dessous.',
        es: 'Lo reenvío al buzón común para que quede registrado. Datos del cliente abajo.',
      });
      const text = `${note2}\n\n${staffSig(staff2, biz.name, lang)}\n\n${outlook}\n\n${inner}\n`;
      return {
        draft: {
          from: {
            name: `${staff2.first} ${staff2.last}`,
            email: `${staff2.first.toLowerCase()}@${biz.domain}`,
          },
          to: [{ email: biz.inbox }],
          subject: `FW: Fwd: ${subj}`,
          text,
        },
        others: [`${staff.first} ${staff.last}`, `${staff2.first} ${staff2.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
  {
    id: 'fwd-eml-att-of-letter-new-outlook-note',
    description:
      'staff forward as attachment from new Outlook (HTML note with signature and phones): `enquiry.eml` (`message/rfc822`) is the customer’s plain letter to the inbox, with the full name as display name',
    foreign: true,
    needsEmail: true,
    build(ctx) {
      const { lang, c, staff, biz, rng } = ctx;
      const subject = subjectOf(ctx);
      const body = letter(ctx, { firstOnly: rng.chance(0.3) });
      const inner = textPart('plain', body, 'utf-8', 'quoted-printable');
      inner.headers = [
        ['From', `${fullName(c)} <${c.email}>`],
        ['To', biz.inbox],
        ['Subject', subject],
        ['Date', `Mon, ${rng.int(1, 28)} Sep 2026 ${rng.int(8, 20)}:${String(rng.int(10, 59))}:00 +0000`],
        ['Message-ID', `<${rng.hex(18)}@${c.email?.split('@')[1] ?? 'mail.example'}>`],
        ['MIME-Version', '1.0'],
        ...inner.headers,
      ];
      // RFC 2047 for the display name when it is not ASCII.
      if (!/^[\x20-\x7e]*$/.test(fullName(c)))
        inner.headers[0] = [
          'From',
          `=?UTF-8?B?${Buffer.from(fullName(c), 'utf8').toString('base64')}?= <${c.email}>`,
        ];
      const eml = serialize(inner);
      const note = T(lang, {
        en: 'Please see the attached enquiry – can you send them our availability?',
        de: 'Siehe Anfrage im Anhang – kannst du bitte unsere Verfügbarkeit schicken?',
        fr: 'Voir la demande en pièce jointe – peux-tu envoyer nos disponibilités ?',
        es: 'Adjunto la consulta: ¿puedes enviarle nuestra disponibilidad?',
      });
      return {
        draft: {
          from: { name: `${staff.first} ${staff.last}`, email: `${staff.first.toLowerCase()}@${biz.domain}` },
          to: [{ email: biz.inbox }],
          subject: `FW: ${subject}`,
          html: `<div style="font-family:Aptos,sans-serif">${esc(note)}</div><br>${staffSigHtml(staff, biz.name, lang)}`,
          attachments: [
            {
              headers: [
                ['Content-Type', 'message/rfc822; name="enquiry.eml"'],
                ['Content-Disposition', 'attachment; filename="enquiry.eml"'],
                ['Content-Transfer-Encoding', '8bit'],
              ],
              body: eml,
            },
          ],
        },
        others: [`${staff.first} ${staff.last}`],
        extraPii: [fullName(c)],
      };
    },
  },
];
