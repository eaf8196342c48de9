/** Website, marketplace, booking, chat and CRM notifications (source web_form). */

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { attachment } from '../mime.js';
import { COUNTRY_NAME, drawNumber, nearby } from '../people.js';
import type { LeadCtx, LeadLayout } from '../types.js';
import { drawWhen, esc, htmlParas, SERVICE_LABEL, T, THIRD_NAMES, TL, upper } from '../util.js';

const full = (c: LeadCtx) => `${c.person.first} ${c.person.last}`;
const indent = (s: string, pad: string) =>
  s
    .split('\n')
    .map((l, i) => (i === 0 ? l : l === '' ? '' : pad + l))
    .join('\n');

const ACCOUNT_MANAGERS: Record<string, [string, string]> = {
  en: ['Lorna', 'Pettigrew'],
  de: ['Till', 'Hasenkamp'],
  fr: ['Maud', 'Chevrier'],
  es: ['Fabiola', 'Ríos'],
};

const rfqQaProTips: LeadLayout = {
  id: 'rfq-qa-pro-tips',
  foreignIntl: true,
  description:
    'services marketplace "Quotewell" announces a new request for quote in HTML with text: the job category, each question of the request funnel as a heading with the customer’s answer below it (the free-text question is the message), the contact block as bare lines (name, email, phone) without labels, then a "pro tips" list and the marketplace’s named account manager with a phone',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const am = ACCOUNT_MANAGERS[L] as [string, string];
    const amPhone = drawNumber(c.rng, c.biz.region);
    const cat = SERVICE_LABEL[L][c.biz.sector];
    const when = T(L, {
      en: ['As soon as possible', 'Within 2 weeks', 'In the next month', 'I’m flexible'],
      de: ['So bald wie möglich', 'Innerhalb von 2 Wochen', 'Im nächsten Monat', 'Bin flexibel'],
      fr: ['Dès que possible', 'Sous 2 semaines', 'Dans le mois', 'Je suis flexible'],
      es: ['Lo antes posible', 'En 2 semanas', 'El próximo mes', 'Tengo flexibilidad'],
    });
    const qs: [string, string][] = [
      [
        T(L, {
          en: 'What do you need?',
          de: 'Was benötigen Sie?',
          fr: 'De quoi avez-vous besoin ?',
          es: '¿Qué necesitas?',
        }),
        cat,
      ],
      [
        T(L, {
          en: 'When would you like the job done?',
          de: 'Wann soll es losgehen?',
          fr: 'Pour quand ?',
          es: '¿Para cuándo lo necesitas?',
        }),
        c.rng.pick(when),
      ],
      [T(L, { en: 'Where?', de: 'Wo?', fr: 'Où ?', es: '¿Dónde?' }), `${c.biz.city}`],
      [
        T(L, {
          en: 'Anything else the pro should know?',
          de: 'Was sollte der Profi noch wissen?',
          fr: 'Autre chose à savoir pour le pro ?',
          es: '¿Algo más que deba saber el profesional?',
        }),
        c.message ?? T(L, { en: 'No answer', de: 'Keine Angabe', fr: 'Pas de réponse', es: 'Sin respuesta' }),
      ],
    ];
    const tips = T(L, {
      en: [
        'Pros who reply within an hour are three times more likely to be hired.',
        'Call first, then follow up in writing.',
        'Mention a price range, even a rough one.',
      ],
      de: [
        'Wer innerhalb einer Stunde antwortet, wird dreimal so oft beauftragt.',
        'Erst anrufen, dann schriftlich nachfassen.',
        'Nennen Sie eine Preisspanne, auch grob.',
      ],
      fr: [
        'Les pros qui répondent en moins d’une heure sont trois fois plus souvent retenus.',
        'Appelez d’abord, confirmez ensuite par écrit.',
        'Donnez une fourchette de prix, même approximative.',
      ],
      es: [
        'Los profesionales que responden en menos de una hora son contratados tres veces más.',
        'Llama primero y luego confirma por escrito.',
        'Indica un rango de precio, aunque sea aproximado.',
      ],
    });
    const head = T(L, {
      en: `${c.person.first} is looking for a pro near ${c.biz.city}`,
      de: `${c.person.first} sucht einen Profi in der Nähe von ${c.biz.city}`,
      fr: `${c.person.first} cherche un pro près de ${c.biz.city}`,
      es: `${c.person.first} busca un profesional cerca de ${c.biz.city}`,
    });
    const contactH = T(L, {
      en: 'Contact details',
      de: 'Kontaktdaten',
      fr: 'Coordonnées',
      es: 'Datos de contacto',
    });
    const tipsH = T(L, {
      en: 'Pro tips',
      de: 'Profi-Tipps',
      fr: 'Conseils de pro',
      es: 'Consejos para profesionales',
    });
    const amLine = T(L, {
      en: `Questions? Your account manager ${am[0]} ${am[1]} is on ${amPhone}.`,
      de: `Fragen? Ihre Ansprechpartnerin ${am[0]} ${am[1]} erreichen Sie unter ${amPhone}.`,
      fr: `Une question ? Votre chargée de compte ${am[0]} ${am[1]} répond au ${amPhone}.`,
      es: `¿Dudas? Tu gestora de cuenta ${am[0]} ${am[1]} te atiende en el ${amPhone}.`,
    });
    const lines = [full(c), ...(c.hasEmail ? [c.person.email] : []), ...(c.phoneText ? [c.phoneText] : [])];
    const html = [
      `<div style="font-family:Arial,sans-serif;max-width:600px">`,
      `<h2 style="color:#0a7">${esc(head)}</h2>`,
      ...qs.map(([q, a]) => `<h4 style="margin:14px 0 4px">${esc(q)}</h4>\n${htmlParas(a)}`),
      `<h3>${esc(contactH)}</h3>`,
      `<p>${lines.map(esc).join('<br>\n')}</p>`,
      `<p><a href="https://pro.quotewell.test/r/${c.rng.hex(10)}" style="background:#0a7;color:#fff;padding:8px 14px">${esc(T(L, { en: 'Send a quote', de: 'Angebot senden', fr: 'Envoyer un devis', es: 'Enviar presupuesto' }))}</a></p>`,
      `<h3>${esc(tipsH)}</h3>`,
      `<ul>${tips.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`,
      `<p style="color:#666;font-size:12px">${esc(amLine)}</p>`,
      `</div>`,
    ].join('\n');
    const text = [
      head,
      '',
      ...qs.flatMap(([q, a]) => [q, a, '']),
      `${contactH.toUpperCase()}`,
      ...lines,
      '',
      `${tipsH}:`,
      ...tips.map((t) => `* ${t}`),
      '',
      amLine,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Quotewell', email: 'requests@quotewell.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: `New request: ${cat} in ${c.biz.city}`,
          de: `Neue Anfrage: ${cat} in ${c.biz.city}`,
          fr: `Nouvelle demande : ${cat} à ${c.biz.city}`,
          es: `Nueva solicitud: ${cat} en ${c.biz.city}`,
        }),
        text,
        html,
        primary: 'html',
      },
      others: [am[0], am[1], `${am[0]} ${am[1]}`],
    };
  },
};

const profileMessageBubble: LeadLayout = {
  id: 'profile-message-bubble',
  description:
    'business-profile message alert from "Mapsly" (a maps listing): "<name> sent you a message", the message in a grey speech bubble with its time, the contact details the customer chose to share as bare tel:/mailto: links, a Reply button and the listing footer; HTML with text',
  bodies: 'alt',
  needsMessage: true,
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const head = T(L, {
      en: `${full(c)} sent you a message`,
      de: `${full(c)} hat Ihnen eine Nachricht gesendet`,
      fr: `${full(c)} vous a envoyé un message`,
      es: `${full(c)} te ha enviado un mensaje`,
    });
    const shared = T(L, {
      en: 'Shared with you',
      de: 'Mit Ihnen geteilt',
      fr: 'Partagé avec vous',
      es: 'Compartido contigo',
    });
    const reply = T(L, { en: 'Reply', de: 'Antworten', fr: 'Répondre', es: 'Responder' });
    const foot = T(L, {
      en: `You are receiving this because you manage ${c.biz.name} on Mapsly. Reply within 24 hours to keep your "Responsive" badge.`,
      de: `Sie erhalten diese E-Mail, weil Sie ${c.biz.name} auf Mapsly verwalten. Antworten Sie innerhalb von 24 Stunden, um das Abzeichen „Reagiert schnell“ zu behalten.`,
      fr: `Vous recevez cet e-mail car vous gérez ${c.biz.name} sur Mapsly. Répondez sous 24 heures pour garder le badge « Réactif ».`,
      es: `Recibes este correo porque administras ${c.biz.name} en Mapsly. Responde en menos de 24 horas para mantener la insignia «Responde rápido».`,
    });
    const msg = c.message as string;
    const links = [
      ...(c.phoneText ? [`<a href="tel:${c.phone}">${esc(c.phoneText)}</a>`] : []),
      ...(c.hasEmail ? [`<a href="mailto:${c.person.email}">${esc(c.person.email)}</a>`] : []),
    ];
    const html = [
      `<table width="100%" style="font-family:Roboto,Arial"><tr><td>`,
      `<p style="font-size:18px">${esc(head)}</p>`,
      `<div style="background:#f1f3f4;border-radius:16px;padding:12px 16px;max-width:420px">${htmlParas(msg)}</div>`,
      `<p style="color:#777;font-size:12px">${w.long}, ${w.time}</p>`,
      `<p style="color:#555">${esc(shared)}: ${links.join(' &middot; ')}</p>`,
      `<p><a href="https://business.mapsly.test/inbox/${c.rng.hex(12)}" style="background:#1a73e8;color:#fff;padding:8px 18px;border-radius:4px">${reply}</a></p>`,
      `<p style="color:#999;font-size:11px">${esc(foot)}<br>Mapsly Ltd, 1 Example Plaza, Dublin</p>`,
      `</td></tr></table>`,
    ].join('\n');
    const text = [
      head,
      '',
      msg,
      '',
      `${w.long}, ${w.time}`,
      `${shared}: ${[c.phoneText, c.hasEmail ? c.person.email : null].filter(Boolean).join(' · ')}`,
      '',
      `${reply}: https://business.mapsly.test/inbox/${c.rng.hex(12)}`,
      '',
      foot,
      'Mapsly Ltd, 1 Example Plaza, Dublin',
    ].join('\n');
    return {
      draft: {
        from: { name: 'Mapsly Business', email: 'no-reply@mapsly.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: `New message from ${c.person.first}`,
          de: `Neue Nachricht von ${c.person.first}`,
          fr: `Nouveau message de ${c.person.first}`,
          es: `Nuevo mensaje de ${c.person.first}`,
        }),
        text,
        html,
        primary: 'html',
      },
    };
  },
};

const crmTaskAssigned: LeadLayout = {
  id: 'crm-task-assigned',
  description:
    'CRM "Taskhub" tells a colleague that another colleague assigned them a call-back task (HTML only): task, due date, priority, assignee and assigner with email and direct line, then a "Related contact" table whose name is "Last, First" under a label saying so (surname in capitals in a third), email, mobile, source and the notes copied from the web form',
  bodies: 'html',
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const caps = c.rng.chance(0.33);
    const lastShown = caps ? upper(c.person.last) : c.person.last;
    const nameShown = `${lastShown}, ${c.person.first}`;
    const a = c.staff;
    const b = c.staff2;
    const lab = TL(L, {
      en: [
        'Task',
        'Call back new web enquiry',
        'Due',
        'Priority',
        'High',
        'Assigned to',
        'Assigned by',
        'Related contact',
        'Name (last, first)',
        'Email',
        'Mobile',
        'Source',
        'Website contact form',
        'Notes from the form',
        `${b.first} ${b.last} assigned you a task`,
        'Open task',
      ],
      de: [
        'Aufgabe',
        'Rückruf neue Webanfrage',
        'Fällig',
        'Priorität',
        'Hoch',
        'Zugewiesen an',
        'Zugewiesen von',
        'Verknüpfter Kontakt',
        'Name (Nachname, Vorname)',
        'E-Mail',
        'Mobil',
        'Quelle',
        'Kontaktformular Website',
        'Notizen aus dem Formular',
        `${b.first} ${b.last} hat Ihnen eine Aufgabe zugewiesen`,
        'Aufgabe öffnen',
      ],
      fr: [
        'Tâche',
        'Rappeler nouvelle demande web',
        'Échéance',
        'Priorité',
        'Haute',
        'Assignée à',
        'Assignée par',
        'Contact associé',
        'Nom (nom, prénom)',
        'E-mail',
        'Portable',
        'Origine',
        'Formulaire de contact du site',
        'Notes du formulaire',
        `${b.first} ${b.last} vous a assigné une tâche`,
        'Ouvrir la tâche',
      ],
      es: [
        'Tarea',
        'Devolver llamada a consulta web',
        'Vence',
        'Prioridad',
        'Alta',
        'Asignada a',
        'Asignada por',
        'Contacto relacionado',
        'Nombre (apellidos, nombre)',
        'Correo',
        'Celular',
        'Origen',
        'Formulario de contacto web',
        'Notas del formulario',
        `${b.first} ${b.last} te asignó una tarea`,
        'Abrir tarea',
      ],
    });
    const row = (k: string, v: string) =>
      `<tr><td style="color:#667;padding:4px 12px 4px 0;vertical-align:top">${esc(k)}</td><td style="padding:4px 0">${v}</td></tr>`;
    const html = [
      `<div style="font-family:Helvetica,Arial;font-size:14px">`,
      `<p><b>${esc(lab[14] as string)}</b></p>`,
      `<table>`,
      row(lab[0] as string, esc(lab[1] as string)),
      row(lab[2] as string, `${w.short} ${w.time}`),
      row(lab[3] as string, esc(lab[4] as string)),
      row(lab[5] as string, `${esc(`${a.first} ${a.last}`)} &lt;${a.email}&gt; &middot; ${a.phone}`),
      row(lab[6] as string, `${esc(`${b.first} ${b.last}`)} &lt;${b.email}&gt; &middot; ${b.phone}`),
      `</table>`,
      `<h3 style="border-top:1px solid #ddd;padding-top:8px">${esc(lab[7] as string)}</h3>`,
      `<table>`,
      row(lab[8] as string, esc(nameShown)),
      ...(c.hasEmail
        ? [row(lab[9] as string, `<a href="mailto:${c.person.email}">${c.person.email}</a>`)]
        : []),
      ...(c.phoneText ? [row(lab[10] as string, esc(c.phoneText))] : []),
      row(lab[11] as string, esc(lab[12] as string)),
      ...(c.message ? [row(lab[13] as string, htmlParas(c.message))] : []),
      `</table>`,
      `<p><a href="https://app.taskhub.test/tasks/${c.rng.int(100000, 999999)}">${esc(lab[15] as string)}</a></p>`,
      `<p style="color:#999;font-size:11px">Taskhub CRM &middot; ${esc(c.biz.name)}</p>`,
      `</div>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Taskhub', email: 'notifications@taskhub.test' },
        to: [{ name: `${a.first} ${a.last}`, email: a.email }],
        cc: [{ email: c.biz.inbox }],
        subject: `${lab[0]}: ${lab[1]} – ${nameShown}`,
        html,
      },
      namePii: [c.person.first, lastShown, nameShown],
      others: [a.first, a.last, `${a.first} ${a.last}`, b.first, b.last, `${b.first} ${b.last}`],
    };
  },
};

const yamlFrontMatter: LeadLayout = {
  id: 'yaml-front-matter-markdown',
  description:
    'static-site form service "Staticform" mails the submission as a Markdown file would look: a localised line naming the form and site, YAML front matter between "---" lines with keys the site’s developer chose in their language (a full-name key or first/last keys, email, phone quoted, consent, page), then the message as the document body, then the service’s footer after "--"',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const split = c.rng.chance(0.4);
    const k = T(L, {
      en: {
        name: 'name',
        first: 'first_name',
        last: 'last_name',
        email: 'email',
        phone: 'phone',
        consent: 'consent',
        page: 'page',
      },
      de: {
        name: 'name',
        first: 'vorname',
        last: 'nachname',
        email: 'e_mail',
        phone: 'telefon',
        consent: 'einwilligung',
        page: 'seite',
      },
      fr: {
        name: 'nom_complet',
        first: 'prenom',
        last: 'nom',
        email: 'courriel',
        phone: 'telephone',
        consent: 'consentement',
        page: 'page',
      },
      es: {
        name: 'nombre',
        first: 'nombre',
        last: 'apellidos',
        email: 'correo',
        phone: 'celular',
        consent: 'acepta_privacidad',
        page: 'pagina',
      },
    });
    const q = (v: string) => (/^[+0(]/.test(v) || /[:#]/.test(v) ? `"${v}"` : v);
    const fm = [
      '---',
      `form: ${T(L, { en: 'contact', de: 'kontakt', fr: 'contact', es: 'contacto' })}`,
      `submitted_at: ${w.iso}`,
      ...(split
        ? [`${k.first}: ${c.person.first}`, `${k.last}: ${q(c.person.last)}`]
        : [`${k.name}: ${q(full(c))}`]),
      `${k.email}: ${c.hasEmail ? c.person.email : '""'}`,
      `${k.phone}: ${c.phoneText ? q(c.phoneText) : '""'}`,
      `${k.consent}: true`,
      `${k.page}: /${T(L, { en: 'contact-us', de: 'kontakt', fr: 'nous-contacter', es: 'contacto' })}/`,
      '---',
    ];
    const none = T(L, {
      en: '_(no message)_',
      de: '_(keine Nachricht)_',
      fr: '_(aucun message)_',
      es: '_(sin mensaje)_',
    });
    const text = [
      T(L, {
        en: `New submission to form "contact" on ${c.biz.domain}`,
        de: `Neuer Eintrag im Formular „kontakt“ auf ${c.biz.domain}`,
        fr: `Nouvel envoi du formulaire « contact » sur ${c.biz.domain}`,
        es: `Nuevo envío del formulario "contacto" en ${c.biz.domain}`,
      }),
      '',
      ...fm,
      '',
      c.message ?? none,
      '',
      '--',
      T(L, {
        en: 'Staticform · Answer by replying to this email. Manage forms at https://staticform.test/dashboard',
        de: 'Staticform · Antworten Sie direkt auf diese E-Mail. Formulare verwalten: https://staticform.test/dashboard',
        fr: 'Staticform · Répondez directement à cet e-mail. Gérer vos formulaires : https://staticform.test/dashboard',
        es: 'Staticform · Responde directamente a este correo. Gestiona tus formularios en https://staticform.test/dashboard',
      }),
    ].join('\n');
    return {
      draft: {
        from: { name: 'Staticform', email: 'forms@staticform.test' },
        to: [{ email: c.biz.inbox }],
        ...(c.hasEmail ? { replyTo: { email: c.person.email } } : {}),
        subject: `[Staticform] ${T(L, { en: 'contact', de: 'kontakt', fr: 'contact', es: 'contacto' })} – ${c.biz.domain}`,
        text,
      },
      ...(split ? { namePii: [c.person.first, c.person.last] } : {}),
    };
  },
};

const markdownAttachment: LeadLayout = {
  id: 'markdown-attachment-bullets',
  description:
    'note-taking form tool "Notely" saves each response as a .md attachment (sections "About you" / "Your request" as ## headings, every field a "- **Label:** value" bullet, the details as a "> " blockquote under their bullet); the plain body is a two-line cover note with the response number',
  bodies: 'text',
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const no = c.rng.int(1000, 9999);
    const lab = TL(L, {
      en: [
        'Contact request',
        'Received',
        'About you',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Preferred contact',
        'Your request',
        'Service',
        'Details',
        ['Phone', 'Email', 'Either'],
      ],
      de: [
        'Kontaktanfrage',
        'Eingegangen',
        'Zu Ihrer Person',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Bevorzugter Kontaktweg',
        'Ihr Anliegen',
        'Leistung',
        'Details',
        ['Telefon', 'E-Mail', 'Egal'],
      ],
      fr: [
        'Demande de contact',
        'Reçue le',
        'Vous',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Contact préféré',
        'Votre demande',
        'Prestation',
        'Précisions',
        ['Téléphone', 'E-mail', 'Indifférent'],
      ],
      es: [
        'Solicitud de contacto',
        'Recibida',
        'Sobre ti',
        'Nombre',
        'Apellidos',
        'Correo',
        'Teléfono',
        'Contacto preferido',
        'Tu solicitud',
        'Servicio',
        'Detalles',
        ['Teléfono', 'Correo', 'Cualquiera'],
      ],
    });
    const md = [
      `# ${lab[0]} #${no}`,
      '',
      `*${lab[1]} ${w.long}, ${w.time}*`,
      '',
      `## ${lab[2]}`,
      '',
      `- **${lab[3]}:** ${c.person.first}`,
      `- **${lab[4]}:** ${c.person.last}`,
      `- **${lab[5]}:** ${c.hasEmail ? c.person.email : ''}`,
      `- **${lab[6]}:** ${c.phoneText ?? ''}`,
      `- **${lab[7]}:** ${c.rng.pick(lab[11] as unknown as string[])}`,
      '',
      `## ${lab[8]}`,
      '',
      `- **${lab[9]}:** ${SERVICE_LABEL[L][c.biz.sector]}`,
      `- **${lab[10]}:**`,
      '',
      ...(c.message ? c.message.split('\n').map((l) => (l ? `  > ${l}` : '  >')) : ['  > –']),
      '',
    ].join('\n');
    const cover = T(L, {
      en: `A new response (#${no}) was saved to "${lab[0]}".\nThe full response is attached as response-${no}.md.`,
      de: `Eine neue Antwort (#${no}) wurde in „${lab[0]}“ gespeichert.\nDie vollständige Antwort hängt als response-${no}.md an.`,
      fr: `Une nouvelle réponse (n° ${no}) a été enregistrée dans « ${lab[0]} ».\nLa réponse complète est jointe : response-${no}.md.`,
      es: `Se guardó una nueva respuesta (#${no}) en "${lab[0]}".\nLa respuesta completa va adjunta como response-${no}.md.`,
    });
    return {
      draft: {
        from: { name: 'Notely Forms', email: 'responses@notely.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${lab[0]} #${no}`,
        text: `${cover}\n\n— Notely\n`,
        attachments: [
          attachment(`response-${no}.md`, 'text/markdown', md, {
            charset: c.charset,
            transfer: c.rng.pick(['base64', 'quoted-printable', '8bit'] as const),
          }),
        ],
      },
      namePii: [c.person.first, c.person.last],
    };
  },
};

const surnameFirstDialcode: LeadLayout = {
  id: 'plain-surname-first-dialcode',
  description:
    'formal enquiry form in plain text, "Label: value" lines in the order surname, given name(s) (surname in capitals on about half), country of residence, dial code and phone number as separate fields (number written without its trunk prefix), email, subject, the enquiry over several lines, then preferred language and "how did you hear about us"; about a quarter of customers live in the neighbouring country',
  bodies: 'text',
  foreignCustomers: true,
  build(c) {
    const L = c.lang;
    const caps = c.rng.chance(0.5);
    const sur = caps ? upper(c.person.last) : c.person.last;
    const p = c.phone ? parsePhoneNumberFromString(c.phone) : undefined;
    const numberOnly = p ? p.formatInternational().replace(/^\+\d+\s/, '') : '';
    const lab = TL(L, {
      en: [
        'Surname',
        'Given name(s)',
        'Country of residence',
        'Dial code',
        'Phone number',
        'E-mail address',
        'Subject',
        'Your enquiry',
        'Preferred language',
        'English',
        'How did you hear about us?',
        ['Search engine', 'Friend or family', 'Flyer', 'Social media'],
      ],
      de: [
        'Familienname',
        'Vorname(n)',
        'Wohnsitzland',
        'Vorwahl',
        'Rufnummer',
        'E-Mail-Adresse',
        'Betreff',
        'Ihre Anfrage',
        'Bevorzugte Sprache',
        'Deutsch',
        'Wie sind Sie auf uns aufmerksam geworden?',
        ['Suchmaschine', 'Empfehlung', 'Flyer', 'Soziale Medien'],
      ],
      fr: [
        'Nom de famille',
        'Prénom(s)',
        'Pays de résidence',
        'Indicatif',
        'Numéro de téléphone',
        'Adresse e-mail',
        'Objet',
        'Votre demande',
        'Langue préférée',
        'Français',
        'Comment nous avez-vous connus ?',
        ['Moteur de recherche', 'Bouche-à-oreille', 'Prospectus', 'Réseaux sociaux'],
      ],
      es: [
        'Apellidos',
        'Nombre(s)',
        'País de residencia',
        'Prefijo',
        'Número de teléfono',
        'Correo electrónico',
        'Asunto',
        'Su consulta',
        'Idioma preferido',
        'Español',
        '¿Cómo nos conoció?',
        ['Buscador', 'Recomendación', 'Folleto', 'Redes sociales'],
      ],
    });
    const text = [
      T(L, {
        en: `Enquiry submitted via ${c.biz.domain}`,
        de: `Anfrage über ${c.biz.domain}`,
        fr: `Demande envoyée depuis ${c.biz.domain}`,
        es: `Consulta enviada desde ${c.biz.domain}`,
      }),
      '',
      `${lab[0]}: ${sur}`,
      `${lab[1]}: ${c.person.first}`,
      `${lab[2]}: ${COUNTRY_NAME[L][c.country]}`,
      `${lab[3]}: ${p ? `+${p.countryCallingCode}` : ''}`,
      `${lab[4]}: ${numberOnly}`,
      `${lab[5]}: ${c.hasEmail ? c.person.email : ''}`,
      `${lab[6]}: ${SERVICE_LABEL[L][c.biz.sector]}`,
      `${lab[7]}:`,
      c.message ?? '',
      '',
      `${lab[8]}: ${lab[9]}`,
      `${lab[10]}: ${c.rng.pick(lab[11] as unknown as string[])}`,
    ].join('\n');
    return {
      draft: {
        from: { name: c.biz.name, email: `website@${c.biz.domain}` },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: 'Website enquiry',
          de: 'Anfrage über die Website',
          fr: 'Demande via le site',
          es: 'Consulta desde la web',
        }),
        text,
      },
      namePii: [c.person.first, sur],
      phonePii: p ? [numberOnly] : [],
    };
  },
};

const gridCards: LeadLayout = {
  id: 'grid-cards-label-under-value',
  description:
    'site builder "Blockyard" in HTML only: the submission as a two-column CSS grid of <div> cards, each card the value in large type with its small uppercase label BELOW it, the message card spanning both columns, and on half of them a "referred by" card naming a third party with their phone',
  bodies: 'html',
  build(c) {
    const L = c.lang;
    const lab = TL(L, {
      en: [
        'Name',
        'Email',
        'Phone',
        'Best time to call',
        'Referred by',
        'Message',
        ['Mornings', 'Lunchtime', 'After 5pm', 'Any time'],
      ],
      de: [
        'Name',
        'E-Mail',
        'Telefon',
        'Erreichbar',
        'Empfohlen von',
        'Nachricht',
        ['Vormittags', 'Mittags', 'Ab 17 Uhr', 'Jederzeit'],
      ],
      fr: [
        'Nom',
        'E-mail',
        'Téléphone',
        'Meilleur moment',
        'Recommandé par',
        'Message',
        ['Le matin', 'À midi', 'Après 17 h', 'Peu importe'],
      ],
      es: [
        'Nombre',
        'Correo',
        'Teléfono',
        'Mejor horario',
        'Recomendado por',
        'Mensaje',
        ['Mañanas', 'Mediodía', 'Después de las 17 h', 'Cualquier hora'],
      ],
    });
    const third = c.rng.chance(0.5) ? c.rng.pick(THIRD_NAMES[L]) : null;
    const thirdPhone = third ? nearby(drawNumber(c.rng, c.biz.region), c.rng) : '';
    const card = (v: string, l: string, span = false) =>
      `<div style="border:1px solid #e3e3e3;border-radius:8px;padding:12px${span ? ';grid-column:1 / span 2' : ''}"><div style="font-size:17px;color:#111">${v}</div><div style="font-size:10px;letter-spacing:1px;text-transform:uppercase;color:#999;margin-top:4px">${esc(l)}</div></div>`;
    const cards = [
      card(esc(full(c)), lab[0] as string),
      card(c.hasEmail ? esc(c.person.email) : '&mdash;', lab[1] as string),
      card(c.phoneText ? esc(c.phoneText) : '&mdash;', lab[2] as string),
      card(esc(c.rng.pick(lab[6] as unknown as string[])), lab[3] as string),
      ...(third ? [card(esc(`${third[0]} ${third[1]} (${thirdPhone})`), lab[4] as string)] : []),
      card(c.message ? htmlParas(c.message) : '&mdash;', lab[5] as string, true),
    ];
    const html = [
      `<div style="font-family:Inter,Arial;max-width:640px;margin:auto">`,
      `<p style="font-size:13px;color:#555">${esc(T(L, { en: `New form entry on ${c.biz.domain}`, de: `Neuer Formulareintrag auf ${c.biz.domain}`, fr: `Nouvelle saisie de formulaire sur ${c.biz.domain}`, es: `Nueva entrada de formulario en ${c.biz.domain}` }))}</p>`,
      `<div style="display:grid;grid-template-columns:1fr 1fr;gap:10px">`,
      ...cards,
      `</div>`,
      `<p style="font-size:11px;color:#aaa">Blockyard &middot; ${esc(T(L, { en: 'Sent because form notifications are on.', de: 'Gesendet, weil Formular-Benachrichtigungen aktiv sind.', fr: 'Envoyé car les notifications de formulaire sont activées.', es: 'Enviado porque las notificaciones de formularios están activas.' }))}</p>`,
      `</div>`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Blockyard', email: 'forms@blockyard.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: `New entry: Contact – ${c.biz.domain}`,
          de: `Neuer Eintrag: Kontakt – ${c.biz.domain}`,
          fr: `Nouvelle saisie : Contact – ${c.biz.domain}`,
          es: `Nueva entrada: Contacto – ${c.biz.domain}`,
        }),
        html,
      },
      others: third ? [third[0], third[1], `${third[0]} ${third[1]}`] : [],
    };
  },
};

const bookingPolicy: LeadLayout = {
  id: 'booking-your-message-policy',
  description:
    'booking widget "Slotty" passes on an appointment REQUEST (not yet confirmed) in HTML with text: service, requested slot, the staff member chosen, a client-details table, the client’s words under a "Message from the client" heading as a blockquote, then the business’s cancellation policy with its own phone and address, and accept/decline links',
  bodies: 'alt',
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    const s = c.staff;
    const lab = TL(L, {
      en: [
        'New booking request',
        'Service',
        'Requested time',
        'With',
        'Client details',
        'Name',
        'Email',
        'Phone',
        'Message from the client',
        'Cancellation policy',
        `Appointments can be cancelled free of charge up to 24 hours before. Later cancellations or no-shows may be charged in full. To change a booking call us on {P} or visit us at {A}.`,
        'Accept',
        'Decline',
      ],
      de: [
        'Neue Terminanfrage',
        'Leistung',
        'Gewünschter Termin',
        'Bei',
        'Kundendaten',
        'Name',
        'E-Mail',
        'Telefon',
        'Nachricht des Kunden',
        'Stornobedingungen',
        `Termine können bis 24 Stunden vorher kostenlos abgesagt werden. Spätere Absagen oder Nichterscheinen können voll berechnet werden. Änderungen telefonisch unter {P} oder persönlich in {A}.`,
        'Annehmen',
        'Ablehnen',
      ],
      fr: [
        'Nouvelle demande de rendez-vous',
        'Prestation',
        'Créneau souhaité',
        'Avec',
        'Coordonnées du client',
        'Nom',
        'E-mail',
        'Téléphone',
        'Message du client',
        'Conditions d’annulation',
        `Annulation gratuite jusqu’à 24 heures avant le rendez-vous. Au-delà, ou en cas d’absence, la prestation peut être facturée. Pour modifier : {P} ou sur place, {A}.`,
        'Accepter',
        'Refuser',
      ],
      es: [
        'Nueva solicitud de reserva',
        'Servicio',
        'Horario solicitado',
        'Con',
        'Datos del cliente',
        'Nombre',
        'Correo',
        'Teléfono',
        'Mensaje del cliente',
        'Política de cancelación',
        `Las citas se pueden cancelar sin costo hasta 24 horas antes. Las cancelaciones posteriores o las ausencias pueden cobrarse completas. Para cambios llámenos al {P} o visítenos en {A}.`,
        'Aceptar',
        'Rechazar',
      ],
    });
    const policy = lab[10].replace('{P}', c.biz.switchboard).replace('{A}', `${c.biz.street}, ${c.biz.city}`);
    const rows: [string, string][] = [
      [lab[5], full(c)],
      ...(c.hasEmail ? [[lab[6], c.person.email] as [string, string]] : []),
      ...(c.phoneText ? [[lab[7], c.phoneText] as [string, string]] : []),
    ];
    const html = [
      `<div style="font-family:Georgia,serif">`,
      `<h2>${esc(lab[0])}</h2>`,
      `<p><b>${esc(lab[1])}:</b> ${esc(SERVICE_LABEL[L][c.biz.sector])}<br><b>${esc(lab[2])}:</b> ${w.long}, ${w.time}<br><b>${esc(lab[3])}:</b> ${esc(`${s.first} ${s.last}`)}</p>`,
      `<h3>${esc(lab[4])}</h3>`,
      `<table cellpadding="4">${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`,
      ...(c.message
        ? [
            `<h3>${esc(lab[8])}</h3>`,
            `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px">${htmlParas(c.message)}</blockquote>`,
          ]
        : []),
      `<h4 style="color:#888">${esc(lab[9])}</h4>`,
      `<p style="color:#888;font-size:12px">${esc(policy)}</p>`,
      `<p><a href="https://slotty.test/b/${c.rng.hex(8)}/accept">${lab[11]}</a> | <a href="https://slotty.test/b/${c.rng.hex(8)}/decline">${lab[12]}</a></p>`,
      `</div>`,
    ].join('\n');
    const text = [
      lab[0],
      '',
      `${lab[1]}: ${SERVICE_LABEL[L][c.biz.sector]}`,
      `${lab[2]}: ${w.long}, ${w.time}`,
      `${lab[3]}: ${s.first} ${s.last}`,
      '',
      lab[4].toUpperCase(),
      ...rows.map(([k, v]) => `${k}: ${v}`),
      '',
      ...(c.message ? [lab[8].toUpperCase(), c.message, ''] : []),
      lab[9].toUpperCase(),
      policy,
      '',
      `${lab[11]}: https://slotty.test/a/${c.rng.hex(8)}`,
      `${lab[12]}: https://slotty.test/d/${c.rng.hex(8)}`,
    ].join('\n');
    return {
      draft: {
        from: { name: `${c.biz.name} via Slotty`, email: 'bookings@slotty.test' },
        to: [{ email: c.biz.inbox }],
        subject: `${lab[0]}: ${SERVICE_LABEL[L][c.biz.sector]} – ${w.short}`,
        text,
        html,
        primary: 'text',
      },
      others: [s.first, s.last, `${s.first} ${s.last}`],
    };
  },
};

const chatTranscript: LeadLayout = {
  id: 'chat-transcript-contact-midchat',
  description:
    'website chat widget "Chattio" mails the transcript in plain text: a header with conversation number, page and browser, then timed turns between a bot, the visitor and later a named team member; the visitor’s first turn is the request (further lines indented), then the bot asks for name, email and phone one by one and the visitor answers each in its own turn (or declines one), then visitor info',
  bodies: 'text',
  needsMessage: true,
  foreignIntl: true,
  build(c) {
    const L = c.lang;
    const w = drawWhen(c.rng, L);
    // Visitors type their name as they like: in lower case on some, only the first name on others.
    const style = c.rng.pick(['full', 'full', 'lower', 'single'] as const);
    const typed =
      style === 'lower' ? full(c).toLocaleLowerCase('und') : style === 'single' ? c.person.first : full(c);
    let [hh, mm] = w.time.split(':').map(Number) as [number, number];
    const t = () => {
      mm += c.rng.int(0, 2);
      if (mm > 59) {
        mm -= 60;
        hh = (hh + 1) % 24;
      }
      return `[${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}]`;
    };
    const bot = T(L, { en: 'Ava (bot)', de: 'Mia (Bot)', fr: 'Léa (bot)', es: 'Sofía (bot)' });
    const vis = T(L, { en: 'Visitor', de: 'Besucher', fr: 'Visiteur', es: 'Visitante' });
    const s = c.staff;
    const say = TL(L, {
      en: [
        'Hi there! What can we help you with today?',
        'Thanks! Who am I speaking with?',
        'Great. What is the best email for you?',
        'And a phone number in case we need to call?',
        'Perfect, someone from the team will be in touch.',
        'joined the conversation',
        `Hi ${c.person.first}, I have noted everything. We will get back to you tomorrow morning.`,
        'Visitor left the chat',
        'rather not give a number, email is fine',
        'no email sorry, just call me',
      ],
      de: [
        'Hallo! Wobei können wir helfen?',
        'Danke! Mit wem schreibe ich?',
        'Prima. Unter welcher E-Mail erreichen wir Sie?',
        'Und eine Telefonnummer für Rückfragen?',
        'Alles klar, jemand aus dem Team meldet sich.',
        'ist dem Chat beigetreten',
        `Hallo ${c.person.first}, ich habe alles notiert. Wir melden uns morgen Vormittag.`,
        'Besucher hat den Chat verlassen',
        'lieber keine Nummer, Mail reicht',
        'hab keine Mail, lieber anrufen',
      ],
      fr: [
        'Bonjour ! Comment pouvons-nous vous aider ?',
        'Merci ! À qui ai-je l’honneur ?',
        'Parfait. Quelle adresse e-mail pour vous joindre ?',
        'Et un numéro de téléphone au besoin ?',
        'Très bien, quelqu’un de l’équipe revient vers vous.',
        'a rejoint la conversation',
        `Bonjour ${c.person.first}, c’est noté. Nous vous recontactons demain matin.`,
        'Le visiteur a quitté la discussion',
        'je préfère ne pas donner de numéro, le mail suffit',
        'pas d’e-mail désolé, appelez-moi plutôt',
      ],
      es: [
        '¡Hola! ¿En qué te podemos ayudar?',
        '¡Gracias! ¿Con quién hablo?',
        'Genial. ¿A qué correo te escribimos?',
        '¿Y un teléfono por si hay que llamarte?',
        'Perfecto, alguien del equipo se pondrá en contacto.',
        'se unió a la conversación',
        `Hola ${c.person.first}, ya lo anoté todo. Te contactamos mañana por la mañana.`,
        'El visitante salió del chat',
        'prefiero no dar teléfono, por correo está bien',
        'no tengo correo, mejor llámenme',
      ],
    });
    const pad = ' '.repeat(`[00:00] ${vis}: `.length);
    const lines = [
      `${T(L, {
        en: 'Chat transcript',
        de: 'Chatverlauf',
        fr: 'Transcription de la discussion',
        es: 'Transcripción del chat',
      })} #${c.rng.int(40000, 99999)}`,
      `${T(L, { en: 'Started', de: 'Beginn', fr: 'Début', es: 'Inicio' })}: ${w.long} ${w.time} · ${T(L, { en: 'Page', de: 'Seite', fr: 'Page', es: 'Página' })}: https://${c.biz.domain}/${T(L, { en: 'prices', de: 'preise', fr: 'tarifs', es: 'precios' })} · Chrome / Android`,
      '',
      `${t()} ${bot}: ${say[0]}`,
      `${t()} ${vis}: ${indent(c.message as string, pad)}`,
      `${t()} ${bot}: ${say[1]}`,
      `${t()} ${vis}: ${typed}`,
      `${t()} ${bot}: ${say[2]}`,
      `${t()} ${vis}: ${c.hasEmail ? c.person.email : say[9]}`,
      `${t()} ${bot}: ${say[3]}`,
      `${t()} ${vis}: ${c.phoneText ?? say[8]}`,
      `${t()} ${bot}: ${say[4]}`,
      `${t()} ${s.first} ${s.last} ${say[5]}`,
      `${t()} ${s.first}: ${say[6]}`,
      `${t()} ${say[7]}`,
      '',
      `${T(L, { en: 'Visitor info', de: 'Besucherdaten', fr: 'Infos visiteur', es: 'Datos del visitante' })}: IP 203.0.113.${c.rng.int(2, 250)} · ${c.biz.city}`,
      '',
      'Chattio · https://chattio.test',
    ];
    return {
      draft: {
        from: { name: 'Chattio', email: 'transcripts@chattio.test' },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: `Chat transcript with ${typed}`,
          de: `Chatverlauf mit ${typed}`,
          fr: `Discussion avec ${typed}`,
          es: `Chat con ${typed}`,
        }),
        text: lines.join('\n'),
      },
      ...(style === 'single'
        ? { expected: { fullName: c.person.first, lastName: null }, namePii: [c.person.first] }
        : style === 'lower'
          ? { namePii: [typed, ...typed.split(' ')] }
          : {}),
      others: [s.first, s.last, `${s.first} ${s.last}`],
    };
  },
};

export const FORM_LAYOUTS: LeadLayout[] = [
  rfqQaProTips,
  profileMessageBubble,
  crmTaskAssigned,
  yamlFrontMatter,
  markdownAttachment,
  surnameFirstDialcode,
  gridCards,
  bookingPolicy,
  chatTranscript,
];
