/** Form notifications and letters: six lead layouts. */
import { COUNTRY_NAMES } from './data.js';
import { attachment } from './mime.js';
import type { LeadCtx, LeadLayout } from './types.js';
import { canCaps, esc, fullName, oneLine, paras, phoneText, shownName, t } from './util.js';

const dash = '–';

function countryName(ctx: LeadCtx): string {
  return (COUNTRY_NAMES[ctx.country] as Record<string, string>)[ctx.lang] as string;
}

const mdTable: LeadLayout = {
  id: 'md-table-chatops-lastfirst-country',
  description:
    'chat-ops bot "Burrowbot" mirrors a website enquiry to email as a Markdown table (Field | Answer) with a "Last name, first name" row (surname in capitals on half), a country row and foreign numbers written nationally; a "claim this lead" line and bot footer follow',
  foreign: 'field',
  build(ctx) {
    const { lang, biz, person } = ctx;
    const last = ctx.caps && canCaps(person) ? person.last.toUpperCase() : person.last;
    const lastFirst = `${last}, ${person.first}`;
    const L = t(lang, {
      en: [
        'Field',
        'Answer',
        'Last name, first name',
        'E-mail',
        'Country',
        'Phone',
        'Interested in',
        'Message',
      ],
      de: ['Feld', 'Antwort', 'Nachname, Vorname', 'E-Mail', 'Land', 'Telefon', 'Interesse an', 'Nachricht'],
      fr: ['Champ', 'Réponse', 'Nom, prénom', 'Courriel', 'Pays', 'Téléphone', 'Intéressé(e) par', 'Message'],
      es: ['Campo', 'Respuesta', 'Apellidos, nombre', 'Correo', 'País', 'Teléfono', 'Le interesa', 'Mensaje'],
    });
    const rows: [string, string][] = [
      [L[2] as string, lastFirst],
      [L[3] as string, ctx.hasEmail ? person.email : dash],
      [L[4] as string, countryName(ctx)],
      [L[5] as string, phoneText(ctx) ?? dash],
      [L[6] as string, ctx.service],
      [L[7] as string, ctx.message ? oneLine(ctx.message) : dash],
    ];
    const head = t(lang, {
      en: `**New website enquiry** for ${biz.name} (posted in #enquiries)`,
      de: `**Neue Website-Anfrage** für ${biz.name} (gepostet in #anfragen)`,
      fr: `**Nouvelle demande du site** pour ${biz.name} (publiée dans #demandes)`,
      es: `**Nueva consulta de la web** para ${biz.name} (publicada en #consultas)`,
    });
    const claim = t(lang, {
      en: 'Claim this lead by reacting with :raised_hand: in the channel. Unclaimed leads are re-posted after 2 hours.',
      de: 'Anfrage übernehmen: im Kanal mit :raised_hand: reagieren. Nicht übernommene Anfragen werden nach 2 Stunden erneut gepostet.',
      fr: 'Pour prendre cette demande, réagissez avec :raised_hand: dans le canal. Sans réponse, elle est republiée après 2 heures.',
      es: 'Para quedarte con esta consulta reacciona con :raised_hand: en el canal. Si nadie la toma, se vuelve a publicar en 2 horas.',
    });
    const text = [
      head,
      '',
      `| ${L[0]} | ${L[1]} |`,
      '|---|---|',
      ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '/')} |`),
      '',
      claim,
      '',
      `Burrowbot · ${t(lang, { en: 'mirrored from', de: 'gespiegelt aus', fr: 'copié depuis', es: 'copiado de' })} #enquiries · https://burrowbot.test/w/${biz.id}/settings`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Burrowbot', email: 'bot@burrowbot.test' },
        subject: t(lang, {
          en: `[#enquiries] New enquiry: ${lastFirst}`,
          de: `[#anfragen] Neue Anfrage: ${lastFirst}`,
          fr: `[#demandes] Nouvelle demande : ${lastFirst}`,
          es: `[#consultas] Nueva consulta: ${lastFirst}`,
        }),
        text,
      },
      pii: [lastFirst],
    };
  },
};

function boxTable(rows: ([string, string] | string)[], width: number): string[] {
  const kw = Math.max(...rows.map((r) => (typeof r === 'string' ? 0 : r[0].length)));
  const vw = width - kw - 7;
  const rule = `+${'-'.repeat(kw + 2)}+${'-'.repeat(vw + 2)}+`;
  const full = `+${'='.repeat(kw + vw + 5)}+`;
  const out: string[] = [];
  for (const r of rows) {
    if (typeof r === 'string') {
      if (out.length === 0) out.push(full);
      else if (out.at(-1) !== rule) out.push(rule);
      out.push(`| ${r.padEnd(kw + vw + 3)} |`, out.length === 2 ? full : rule);
      continue;
    }
    const [k, v] = r;
    const words = v.split(' ');
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      if (cur && `${cur} ${w}`.length > vw) {
        lines.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    lines.push(cur);
    lines.forEach((l, i) => {
      out.push(`| ${(i === 0 ? k : '').padEnd(kw)} | ${l.padEnd(vw)} |`);
    });
  }
  out.push(rule);
  return out;
}

const asciiBox: LeadLayout = {
  id: 'ascii-boxed-sections-abbrev-labels',
  description:
    'self-hosted form script "Hivelog" in plain text: an ASCII box (+===+ title, +---+ rules) with CONTACT and REQUEST section rows and abbreviated labels (Ph #, Tel.-Nr., Tél. port., Tfno.), names in capitals on half; the visitor’s notes below the box in paragraphs, then a signature-style footer, legal line and unsubscribe link',
  extension: true,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const n = shownName(ctx);
    const L = t(lang, {
      en: [
        'WEB FORM · CONTACT REQUEST',
        'CONTACT',
        'Name',
        'E-mail addr.',
        'Ph #',
        'REQUEST',
        'Service',
        'Pref. day',
        'Notes from the visitor:',
      ],
      de: [
        'WEBFORMULAR · KONTAKTANFRAGE',
        'KONTAKT',
        'Name',
        'E-Mail-Adr.',
        'Tel.-Nr.',
        'ANFRAGE',
        'Leistung',
        'Wunschtag',
        'Anmerkungen des Besuchers:',
      ],
      fr: [
        'FORMULAIRE WEB · DEMANDE DE CONTACT',
        'CONTACT',
        'Nom',
        'Adr. courriel',
        'Tél. port.',
        'DEMANDE',
        'Prestation',
        'Jour souh.',
        'Remarques du visiteur :',
      ],
      es: [
        'FORMULARIO WEB · SOLICITUD DE CONTACTO',
        'CONTACTO',
        'Nombre',
        'Dir. correo',
        'Tfno.',
        'SOLICITUD',
        'Servicio',
        'Día pref.',
        'Notas del visitante:',
      ],
    });
    const day = ctx.rng.pick(
      t(lang, {
        en: ['Saturday', 'any weekday', 'Tuesday or Thursday'],
        de: ['Samstag', 'werktags', 'Dienstag oder Donnerstag'],
        fr: ['samedi', 'en semaine', 'mardi ou jeudi'],
        es: ['sábado', 'entre semana', 'martes o jueves'],
      }),
    );
    const box = boxTable(
      [
        L[0] as string,
        L[1] as string,
        [L[2] as string, n.full],
        [L[3] as string, ctx.hasEmail ? person.email : '-'],
        [L[4] as string, phoneText(ctx) ?? '-'],
        L[5] as string,
        [L[6] as string, ctx.service],
        [L[7] as string, day],
      ],
      68,
    );
    const foot = t(lang, {
      en: [
        `--`,
        `Hivelog Forms 3.2 on ${biz.web}`,
        'Hivelog is a trading name of Hivelog Software Ltd. This notification contains personal data; handle it according to your privacy policy.',
        'Unsubscribe from form notifications: https://hivelog.test/u/',
      ],
      de: [
        `--`,
        `Hivelog Forms 3.2 auf ${biz.web}`,
        'Diese Benachrichtigung enthält personenbezogene Daten; bitte gemäß Ihrer Datenschutzerklärung behandeln.',
        'Benachrichtigungen abbestellen: https://hivelog.test/u/',
      ],
      fr: [
        `--`,
        `Hivelog Forms 3.2 sur ${biz.web}`,
        'Cette notification contient des données personnelles ; traitez-les conformément à votre politique de confidentialité.',
        'Se désabonner des notifications : https://hivelog.test/u/',
      ],
      es: [
        `--`,
        `Hivelog Forms 3.2 en ${biz.web}`,
        'Esta notificación contiene datos personales; trátelos según su política de privacidad.',
        'Darse de baja de las notificaciones: https://hivelog.test/u/',
      ],
    });
    const text = [
      ...box,
      '',
      ...(ctx.message ? [L[8] as string, '', ctx.message, ''] : []),
      ...foot.slice(0, 2),
      '',
      foot[2] as string,
      `${foot[3]}${ctx.rng.hex(12)}`,
    ].join('\n');
    return {
      draft: {
        from: { name: `${biz.short} Web`, email: `hivelog@${biz.domain}` },
        subject: t(lang, {
          en: `Contact request – ${n.full}`,
          de: `Kontaktanfrage – ${n.full}`,
          fr: `Demande de contact – ${n.full}`,
          es: `Solicitud de contacto – ${n.full}`,
        }),
        text,
      },
      pii: [n.full],
    };
  },
};

const headerRow: LeadLayout = {
  id: 'html-header-row-labels-required-stars',
  description:
    'form builder "Formjar" (HTML with text): one table whose header row holds the labels with <sup>*</sup> required markers and "(optional)" tags and whose second row holds the answers; the message in a separate boxed table below; the business’s own address and switchboard in the footer',
  build(ctx) {
    const { lang, biz, person } = ctx;
    const n = shownName(ctx);
    const L = t(lang, {
      en: [
        'First name',
        'Surname',
        'Email',
        'Mobile',
        'What can we help with?',
        'Your message',
        '(optional)',
        'required',
      ],
      de: [
        'Vorname',
        'Familienname',
        'E-Mail',
        'Handy',
        'Worum geht es?',
        'Ihre Nachricht',
        '(optional)',
        'Pflichtfeld',
      ],
      fr: [
        'Prénom',
        'Nom de famille',
        'E-mail',
        'Portable',
        'Votre projet',
        'Votre message',
        '(facultatif)',
        'obligatoire',
      ],
      es: [
        'Nombre',
        'Apellidos',
        'Email',
        'Móvil',
        '¿En qué podemos ayudar?',
        'Su mensaje',
        '(opcional)',
        'obligatorio',
      ],
    });
    const opt = L[6] as string;
    const cols: [string, boolean, string][] = [
      [L[0] as string, true, n.first],
      [L[1] as string, true, n.last],
      [L[2] as string, !ctx.phone, ctx.hasEmail ? person.email : ''],
      [L[3] as string, false, phoneText(ctx) ?? ''],
      [L[4] as string, true, ctx.service],
    ];
    const th = cols
      .map(
        ([k, req]) =>
          `<th style="background:#f1efe8;text-align:left;padding:6px">${esc(k)}${req ? '<sup style="color:#b00">*</sup>' : ` <small>${esc(opt)}</small>`}</th>`,
      )
      .join('');
    const td = cols.map(([, , v]) => `<td style="padding:6px">${esc(v) || '&nbsp;'}</td>`).join('');
    const footer = `${esc(biz.name)} · ${esc(biz.street)}, ${esc(biz.city)} · ${esc(biz.switchboard)} · ${esc(biz.inbox)}`;
    const html = [
      `<p style="font:14px sans-serif">${esc(t(lang, { en: 'New entry in form', de: 'Neuer Eintrag im Formular', fr: 'Nouvelle entrée dans le formulaire', es: 'Nueva entrada en el formulario' }))} <b>${esc(biz.short)} – ${esc(t(lang, { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto' }))}</b></p>`,
      `<p style="font-size:11px;color:#777"><sup style="color:#b00">*</sup> = ${esc(L[7] as string)}</p>`,
      `<table border="1" cellspacing="0" style="border-collapse:collapse;font:13px sans-serif"><tr>${th}</tr><tr>${td}</tr></table>`,
      '<br>',
      `<table style="border:1px solid #ccc;width:100%;font:13px sans-serif"><tr><th style="text-align:left;background:#f1efe8">${esc(L[5] as string)} <small>${esc(opt)}</small></th></tr><tr><td>${ctx.message ? paras(ctx.message) : '&nbsp;'}</td></tr></table>`,
      `<p style="font-size:11px;color:#777">${footer}<br>Formjar · ${esc(t(lang, { en: 'form notifications for', de: 'Formular-Benachrichtigungen für', fr: 'notifications de formulaire pour', es: 'notificaciones de formulario para' }))} ${esc(biz.web)}</p>`,
    ].join('\n');
    const text = [
      ...cols.map(([k, req, v]) => `${k}${req ? ' *' : ` ${opt}`}\n${v}\n`),
      `${L[5]} ${opt}`,
      ctx.message ?? '',
      '',
      '---',
      `${biz.name} · ${biz.street}, ${biz.city} · ${biz.switchboard} · ${biz.inbox}`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Formjar', email: 'notify@formjar.test' },
        replyTo: ctx.hasEmail ? { email: person.email } : undefined,
        subject: t(lang, {
          en: `New entry: ${biz.short} – Contact`,
          de: `Neuer Eintrag: ${biz.short} – Kontakt`,
          fr: `Nouvelle entrée : ${biz.short} – Contact`,
          es: `Nueva entrada: ${biz.short} – Contacto`,
        }),
        html,
        text,
        primary: 'html',
      },
      pii: [n.first, n.last],
    };
  },
};

/** An apostrophe written as a character reference, as some form tools do even in UTF-8. */
function refs(s: string): string {
  return esc(s).replace(/’/g, '&#8217;').replace(/'/g, '&#39;');
}

const dlRole: LeadLayout = {
  id: 'dl-role-words-entities-consent',
  description:
    'form plugin "Pollenform" in HTML only: a <dl> whose <dt> are role words ("Enquirer", "Enquirer’s mobile", "Demandeur", "Solicitante") with values full of character references, then consent rows (privacy yes, marketing no) and a "routed to" line naming a staff member',
  foreign: 'intl',
  build(ctx) {
    const { lang, biz, person, staff } = ctx;
    const L = t(lang, {
      en: [
        'Enquirer',
        'Enquirer’s e-mail',
        'Enquirer’s mobile',
        'Enquiry about',
        'Enquirer’s remarks',
        'Privacy notice accepted',
        'Send me news and offers',
        'Yes',
        'No',
        'Routed to',
      ],
      de: [
        'Anfragende Person',
        'E-Mail der anfragenden Person',
        'Mobilnummer der anfragenden Person',
        'Anfrage zu',
        'Anmerkungen der anfragenden Person',
        'Datenschutzhinweis akzeptiert',
        'Newsletter erwünscht',
        'Ja',
        'Nein',
        'Weitergeleitet an',
      ],
      fr: [
        'Demandeur',
        'Courriel du demandeur',
        'Mobile du demandeur',
        'Objet de la demande',
        'Remarques du demandeur',
        'Politique de confidentialité acceptée',
        'Recevoir nos offres',
        'Oui',
        'Non',
        'Transmis à',
      ],
      es: [
        'Solicitante',
        'Correo del solicitante',
        'Móvil del solicitante',
        'Consulta sobre',
        'Comentarios del solicitante',
        'Aviso de privacidad aceptado',
        'Recibir novedades',
        'Sí',
        'No',
        'Asignado a',
      ],
    });
    const none = t(lang, { en: 'not given', de: 'keine Angabe', fr: 'non renseigné', es: 'no indicado' });
    const pairs: [string, string][] = [
      [L[0] as string, refs(fullName(person))],
      [L[1] as string, ctx.hasEmail ? refs(person.email) : `<i>${esc(none)}</i>`],
      [L[2] as string, ctx.phone ? refs(phoneText(ctx) as string) : `<i>${esc(none)}</i>`],
      [L[3] as string, refs(ctx.service)],
      [L[4] as string, ctx.message ? refs(ctx.message).replace(/\n\n/g, '<br><br>') : `<i>${esc(none)}</i>`],
      [L[5] as string, esc(L[7] as string)],
      [L[6] as string, esc(L[8] as string)],
    ];
    const html = [
      `<h3 style="font-family:Georgia">${refs(biz.name)} · ${esc(t(lang, { en: 'new enquiry', de: 'neue Anfrage', fr: 'nouvelle demande', es: 'nueva consulta' }))}</h3>`,
      '<dl style="font-family:Arial;font-size:13px">',
      ...pairs.map(
        ([k, v]) =>
          `  <dt style="font-weight:bold;margin-top:8px">${refs(k)}</dt>\n  <dd style="margin-left:0">${v}</dd>`,
      ),
      '</dl>',
      `<p style="color:#666;font-size:12px">${esc(L[9] as string)}: ${refs(`${staff.first} ${staff.last}`)} (${esc(staff.role)})</p>`,
      `<p style="color:#999;font-size:11px">Pollenform · ${esc(t(lang, { en: 'entry', de: 'Eintrag', fr: 'entrée', es: 'entrada' }))} #${ctx.rng.int(1000, 9999)} · ${esc(biz.web)}/contact</p>`,
    ].join('\n');
    return {
      draft: {
        from: { name: `${biz.short} (Pollenform)`, email: 'entries@pollenform.test' },
        subject: t(lang, {
          en: `Enquiry from ${fullName(person)}`,
          de: `Anfrage von ${fullName(person)}`,
          fr: `Demande de ${fullName(person)}`,
          es: `Consulta de ${fullName(person)}`,
        }),
        html,
      },
      pii: [fullName(person)],
      others: [`${staff.first} ${staff.last}`],
    };
  },
};

const numberedSteps: LeadLayout = {
  id: 'numbered-steps-hook-arrow-answers',
  description:
    'conversational form "Quizlane" in plain text: "[n/6] question?" lines, each answer on the next line behind an indented "↳", multi-paragraph answers continued with the same indent, skipped answers "(skipped)", and a phone answer that is sometimes words; foreign customers write with 00/+/+CC (0), some with an extension',
  foreign: 'intl',
  extension: true,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const Q = t(lang, {
      en: [
        'What’s your name?',
        'Where can we email you?',
        `Best number to call? (with country code if you are outside ${biz.region})`,
        'What are you interested in?',
        'Anything else we should know?',
        'How did you hear about us?',
      ],
      de: [
        'Wie heißen Sie?',
        'Unter welcher E-Mail erreichen wir Sie?',
        `Unter welcher Nummer dürfen wir anrufen? (mit Vorwahl, falls außerhalb ${biz.region})`,
        'Wofür interessieren Sie sich?',
        'Möchten Sie uns noch etwas mitteilen?',
        'Wie haben Sie von uns erfahren?',
      ],
      fr: [
        'Comment vous appelez-vous ?',
        'À quelle adresse pouvons-nous vous écrire ?',
        `À quel numéro vous rappeler ? (avec l’indicatif si vous êtes hors ${biz.region})`,
        'Qu’est-ce qui vous intéresse ?',
        'Autre chose à nous dire ?',
        'Comment nous avez-vous connus ?',
      ],
      es: [
        '¿Cómo se llama?',
        '¿A qué correo le escribimos?',
        `¿A qué número le llamamos? (con prefijo si está fuera de ${biz.region})`,
        '¿Qué le interesa?',
        '¿Algo más que debamos saber?',
        '¿Cómo nos conoció?',
      ],
    });
    const skipped = t(lang, { en: '(skipped)', de: '(übersprungen)', fr: '(passée)', es: '(omitida)' });
    const words = t(lang, {
      en: 'rather not, email me first please',
      de: 'lieber nicht, bitte zuerst per Mail',
      fr: 'je préfère être contacté par e-mail',
      es: 'prefiero que me escriban primero',
    });
    const phoneAnswer = ctx.phone
      ? (phoneText(ctx) as string)
      : ctx.hasEmail && ctx.n % 2 === 0
        ? words
        : skipped;
    const heard = ctx.rng.pick([
      'Instagram',
      'Google',
      t(lang, { en: 'a friend', de: 'Freunde', fr: 'le bouche-à-oreille', es: 'una amiga' }),
    ]);
    const answers = [
      fullName(person),
      ctx.hasEmail ? person.email : skipped,
      phoneAnswer,
      ctx.service,
      ctx.message ?? skipped,
      heard,
    ];
    const lines: string[] = [
      t(lang, {
        en: `Quizlane · new response to “Get in touch with ${biz.short}”`,
        de: `Quizlane · neue Antwort auf „Kontakt zu ${biz.short}“`,
        fr: `Quizlane · nouvelle réponse à « Contacter ${biz.short} »`,
        es: `Quizlane · nueva respuesta a «Contactar con ${biz.short}»`,
      }),
      '',
    ];
    answers.forEach((a, i) => {
      lines.push(`[${i + 1}/6] ${Q[i]}`);
      const paraLines = a.split('\n');
      lines.push(`  ↳ ${paraLines[0]}`, ...paraLines.slice(1).map((l) => (l ? `    ${l}` : '')), '');
    });
    lines.push(
      t(lang, {
        en: 'Completion time 2 min 41 s · score 7/10 · turn off these emails in Settings › Notifications',
        de: 'Ausfüllzeit 2 Min. 41 s · Score 7/10 · diese E-Mails unter Einstellungen › Benachrichtigungen abschalten',
        fr: 'Temps de réponse 2 min 41 s · score 7/10 · désactiver ces e-mails dans Réglages › Notifications',
        es: 'Tiempo 2 min 41 s · puntuación 7/10 · desactive estos correos en Ajustes › Notificaciones',
      }),
    );
    return {
      draft: {
        from: { name: 'Quizlane', email: 'responses@quizlane.test' },
        subject: t(lang, {
          en: `New response: Get in touch with ${biz.short}`,
          de: `Neue Antwort: Kontakt zu ${biz.short}`,
          fr: `Nouvelle réponse : Contacter ${biz.short}`,
          es: `Nueva respuesta: Contactar con ${biz.short}`,
        }),
        text: lines.join('\n'),
      },
      pii: [fullName(person)],
    };
  },
};

function vcardEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
}

const letterVcf: LeadLayout = {
  id: 'letter-dashdash-sig-vcf-card',
  description:
    'the customer writes straight to the business in plain text from a desktop client: greeting, their words, sign-off with first name, then a "-- " signature with full name and mobile (written as the customer likes, often from abroad), and the client’s automatic contact card as a .vcf (FN, N, EMAIL, TEL in E.164)',
  foreign: 'intl',
  needsEmail: true,
  build(ctx) {
    const { lang, biz, person } = ctx;
    const full = fullName(person);
    const greet = ctx.rng.pick(
      t(lang, {
        en: [`Dear ${biz.short} team,`, 'Hello,', 'Good morning,'],
        de: [`Liebes ${biz.short}-Team,`, 'Guten Tag,', 'Sehr geehrte Damen und Herren,'],
        fr: ['Bonjour,', 'Madame, Monsieur,', `Bonjour l’équipe ${biz.short},`],
        es: ['Buenos días:', 'Hola,', 'Estimados señores:'],
      }),
    );
    const body =
      ctx.message ??
      t(lang, {
        en: `Could you contact me about ${ctx.service}?`,
        de: `Könnten Sie sich wegen ${ctx.service} bei mir melden?`,
        fr: `Pourriez-vous me recontacter au sujet de ${ctx.service} ?`,
        es: `¿Podrían contactarme por ${ctx.service}?`,
      });
    const bye = t(lang, { en: 'Kind regards,', de: 'Viele Grüße', fr: 'Cordialement,', es: 'Un saludo,' });
    const mob = t(lang, { en: 'Mobile', de: 'Mobil', fr: 'Portable', es: 'Móvil' });
    const text = [
      greet,
      '',
      body,
      '',
      bye,
      person.first,
      '',
      '-- ',
      full,
      ...(ctx.phone ? [`${mob}: ${ctx.phone.written}`] : []),
    ].join('\n');
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vcardEscape(person.last)};${vcardEscape(person.first)};;;`,
      `FN:${vcardEscape(full)}`,
      `EMAIL;TYPE=INTERNET:${person.email}`,
      ...(ctx.phone ? [`TEL;TYPE=CELL:${ctx.phone.e164}`] : []),
      'END:VCARD',
      '',
    ].join('\n');
    const file = `${full
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[^A-Za-z ]/g, '')
      .replace(/ +/g, ' ')}.vcf`;
    return {
      draft: {
        from: { name: full, email: person.email },
        subject: ctx.rng.pick(
          t(lang, {
            en: ['Enquiry', `Question about ${ctx.service}`, 'Availability?'],
            de: ['Anfrage', `Frage zu ${ctx.service}`, 'Termin möglich?'],
            fr: ['Demande', `Question : ${ctx.service}`, 'Disponibilités ?'],
            es: ['Consulta', `Pregunta sobre ${ctx.service}`, '¿Disponibilidad?'],
          }),
        ),
        text,
        attachments: [
          (cs) => attachment(file, 'text/vcard', vcf, { charset: cs === 'utf-8' ? 'utf-8' : cs }),
        ],
      },
      expected: { message: body },
      pii: [full, ...(ctx.phone ? [ctx.phone.e164] : [])],
    };
  },
};

export const FORM_LAYOUTS: LeadLayout[] = [mdTable, asciiBox, headerRow, dlRole, numberedSteps, letterVcf];
