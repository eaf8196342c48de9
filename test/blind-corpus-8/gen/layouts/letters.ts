/** The customer's own letters: written straight to the business, or forwarded twice by staff. */
import type { LeadLayout } from '../types.js';
import { drawWhen, esc, htmlParas, T, TL } from '../util.js';

const GREETING = {
  en: ['Hello,', 'Hi there,', 'Good morning,', 'Dear Sir or Madam,'],
  de: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,'],
  fr: ['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,', 'Bonjour à toute l’équipe,'],
  es: ['Hola,', 'Buenos días,', 'Estimados señores:', 'Buenas tardes,'],
};
const SIGNOFF = {
  en: ['Kind regards,', 'Many thanks,', 'Best wishes,', 'Cheers,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'Danke und Gruß'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci d’avance et bonne journée,', 'Salutations,'],
  es: ['Un saludo,', 'Saludos cordiales,', 'Muchas gracias,', 'Atentamente,'],
};

const forwardTwice: LeadLayout = {
  id: 'forward-iphone-of-outlook',
  description:
    'a forward of a forward in plain text: a colleague on an iPhone ("Sent from my iPhone", localised "Begin forwarded message:" with From/Date/To/Subject lines, not quoted) passes on a second colleague’s Outlook forward (their note, full signature with direct line, then "-----Original Message-----" with From/Sent/To/Subject), at the bottom of which is the customer’s own letter; the customer’s email is only in that innermost From line',
  bodies: 'text',
  needsEmail: true,
  needsMessage: true,
  build(c) {
    const L = c.lang;
    const w1 = drawWhen(c.rng, L);
    const w2 = drawWhen(c.rng, L);
    const a = c.staff;
    const b = c.staff2;
    const subj = T(L, { en: 'Enquiry', de: 'Anfrage', fr: 'Demande', es: 'Consulta' });
    const note1 = TL(L, {
      en: [
        'Can someone pick this one up today? I am out on site until Thursday.',
        'Sent from my iPhone',
        'Begin forwarded message:',
        'From',
        'Date',
        'To',
        'Subject',
      ],
      de: [
        'Kann das bitte heute jemand übernehmen? Ich bin bis Donnerstag unterwegs.',
        'Von meinem iPhone gesendet',
        'Anfang der weitergeleiteten Nachricht:',
        'Von',
        'Datum',
        'An',
        'Betreff',
      ],
      fr: [
        'Quelqu’un peut-il s’en occuper aujourd’hui ? Je suis en déplacement jusqu’à jeudi.',
        'Envoyé de mon iPhone',
        'Début du message réexpédié :',
        'De',
        'Date',
        'À',
        'Objet',
      ],
      es: [
        '¿Alguien puede encargarse hoy? Estoy fuera hasta el jueves.',
        'Enviado desde mi iPhone',
        'Inicio del mensaje reenviado:',
        'De',
        'Fecha',
        'Para',
        'Asunto',
      ],
    });
    const note2 = TL(L, {
      en: [
        'This came to my own address over the weekend, not sure who covers it.',
        '-----Original Message-----',
        'From',
        'Sent',
        'To',
        'Subject',
        'Direct line',
      ],
      de: [
        'Das kam am Wochenende an meine Adresse, weiß nicht, wer zuständig ist.',
        '-----Ursprüngliche Nachricht-----',
        'Von',
        'Gesendet',
        'An',
        'Betreff',
        'Durchwahl',
      ],
      fr: [
        'Reçu sur mon adresse ce week-end, je ne sais pas qui s’en charge.',
        '-----Message d’origine-----',
        'De',
        'Envoyé',
        'À',
        'Objet',
        'Ligne directe',
      ],
      es: [
        'Me llegó a mi correo el fin de semana, no sé quién lo lleva.',
        '-----Mensaje original-----',
        'De',
        'Enviado el',
        'Para',
        'Asunto',
        'Línea directa',
      ],
    });
    const fwd = T(L, { en: 'FW', de: 'WG', fr: 'TR', es: 'RV' });
    const greet = c.rng.pick(GREETING[L]);
    const sign = c.rng.pick(SIGNOFF[L]);
    const letter = [
      greet,
      '',
      c.message as string,
      '',
      sign,
      `${c.person.first} ${c.person.last}`,
      ...(c.phoneText ? [c.phoneText] : []),
    ];
    const text = [
      note1[0],
      '',
      note1[1],
      '',
      note1[2],
      '',
      `${note1[3]}: ${b.first} ${b.last} <${b.email}>`,
      `${note1[4]}: ${w2.long} ${T(L, { en: 'at', de: 'um', fr: 'à', es: 'a las' })} ${w2.time}`,
      `${note1[5]}: ${a.first} ${a.last} <${a.email}>`,
      `${note1[6]}: ${fwd}: ${subj}`,
      '',
      note2[0],
      '',
      `${b.first} ${b.last}`,
      b.title,
      c.biz.name,
      `${note2[6]}: ${b.phone}`,
      `${c.biz.street}, ${c.biz.city}`,
      '',
      note2[1],
      `${note2[2]}: ${c.person.first} ${c.person.last} <${c.person.email}>`,
      `${note2[3]}: ${w1.long} ${w1.time}`,
      `${note2[4]}: ${b.email}`,
      `${note2[5]}: ${subj}`,
      '',
      ...letter,
    ].join('\n');
    return {
      draft: {
        from: { name: `${a.first} ${a.last}`, email: a.email },
        to: [{ email: c.biz.inbox }],
        subject: `Fwd: ${fwd}: ${subj}`,
        text,
      },
      others: [a.first, a.last, `${a.first} ${a.last}`, b.first, b.last, `${b.first} ${b.last}`],
    };
  },
};

const COMPANIES = {
  en: ['Harbourside Bakery Ltd', 'Northway Physio', 'Kestrel Print Co.', 'Gable & Stone Architects'],
  de: [
    'Bäckerei Sonnleitner GmbH',
    'Praxis am Markt',
    'Druckhaus Feldmark',
    'Architekturbüro Giebel & Stein',
  ],
  fr: [
    'Boulangerie du Port SARL',
    'Cabinet de kinésithérapie Nord',
    'Imprimerie Crécerelle',
    'Atelier Pignon & Pierre',
  ],
  es: ['Panadería del Puerto S.L.', 'Fisioterapia Norte', 'Imprenta Cernícalo', 'Estudio Alero y Piedra'],
};
const TITLES = {
  en: ['Practice Manager', 'Director', 'Head of Operations', 'Owner'],
  de: ['Geschäftsführerin', 'Inhaber', 'Leitung Verwaltung', 'Prokurist'],
  fr: ['Gérante', 'Directeur', 'Responsable administratif', 'Associée'],
  es: ['Gerente', 'Director', 'Responsable de administración', 'Socia'],
};

const directLetter: LeadLayout = {
  id: 'direct-letter-disclaimer',
  description:
    'the customer writes straight to the business from their work mailbox: greeting, their words, sign-off, then a long corporate signature (name, job title, company, mobile — with an extension on some —, office address, web) and a confidentiality disclaimer plus a "think before you print" line; text with an HTML twin',
  bodies: 'alt',
  needsEmail: true,
  needsMessage: true,
  build(c) {
    const L = c.lang;
    const greet = c.rng.pick(GREETING[L]);
    const sign = c.rng.pick(SIGNOFF[L]);
    const company = c.rng.pick(COMPANIES[L]);
    const title = c.rng.pick(TITLES[L]);
    const ext = c.phoneText && c.rng.chance(0.4) ? c.rng.int(10, 399) : null;
    const extTxt = ext
      ? T(L, { en: ` ext. ${ext}`, de: ` Durchwahl ${ext}`, fr: ` poste ${ext}`, es: ` ext. ${ext}` })
      : '';
    const phoneLine = c.phoneText
      ? `${ext ? T(L, { en: 'T', de: 'Tel.', fr: 'Tél.', es: 'Tel.' }) : T(L, { en: 'M', de: 'Mobil', fr: 'Port.', es: 'Cel.' })}: ${c.phoneText}${extTxt}`
      : null;
    const disclaimer = T(L, {
      en: 'CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the author and not necessarily of the company.',
      de: 'VERTRAULICHKEITSHINWEIS: Diese E-Mail und etwaige Anhänge sind vertraulich und ausschließlich für den Adressaten bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht. Geschäftsführung und Registergericht siehe Website.',
      fr: 'AVERTISSEMENT : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer. Toute diffusion non autorisée est interdite.',
      es: 'AVISO DE CONFIDENCIALIDAD: este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Queda prohibida su difusión no autorizada.',
    });
    const eco = T(L, {
      en: 'Please consider the environment before printing this email.',
      de: 'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.',
      fr: 'Pensez à l’environnement avant d’imprimer ce courriel.',
      es: 'Antes de imprimir este correo, piense en el medio ambiente.',
    });
    const web = `www.${company
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')
      .slice(0, 14)}.example`;
    const addr = T(L, {
      en: '4 Mill Lane',
      de: 'Mühlenweg 4',
      fr: '4 chemin du Moulin',
      es: 'Camino del Molino 4',
    });
    const sig = [
      `${c.person.first} ${c.person.last}`,
      `${title} | ${company}`,
      ...(phoneLine ? [phoneLine] : []),
      addr,
      web,
    ];
    const msg = c.message as string;
    const text = [greet, '', msg, '', sign, '', '--', ...sig, '', disclaimer, '', eco].join('\n');
    const html = [
      `<div style="font-family:Calibri,Arial;font-size:11pt">`,
      `<p>${esc(greet)}</p>`,
      htmlParas(msg),
      `<p>${esc(sign)}</p>`,
      `<table style="border-top:2px solid #2a5d84;margin-top:14px"><tr><td style="padding-top:6px">`,
      `<b style="color:#2a5d84">${esc(`${c.person.first} ${c.person.last}`)}</b><br>`,
      `${esc(title)} | ${esc(company)}<br>`,
      ...(phoneLine ? [`${esc(phoneLine)}<br>`] : []),
      `${esc(addr)}<br><a href="https://${web}">${web}</a>`,
      `</td></tr></table>`,
      `<p style="font-size:8pt;color:#888">${esc(disclaimer)}</p>`,
      `<p style="font-size:8pt;color:#3a3">${esc(eco)}</p>`,
      `</div>`,
    ].join('\n');
    return {
      draft: {
        from: { name: `${c.person.first} ${c.person.last}`, email: c.person.email },
        to: [{ email: c.biz.inbox }],
        subject: T(L, {
          en: ['Enquiry', 'Quick question', 'Request for a quote'],
          de: ['Anfrage', 'Kurze Frage', 'Bitte um Angebot'],
          fr: ['Demande de renseignements', 'Petite question', 'Demande de devis'],
          es: ['Consulta', 'Una pregunta', 'Solicitud de presupuesto'],
        })[c.n % 3] as string,
        text,
        html,
        primary: 'text',
      },
    };
  },
};

export const LETTER_LAYOUTS: LeadLayout[] = [forwardTwice, directLetter];
