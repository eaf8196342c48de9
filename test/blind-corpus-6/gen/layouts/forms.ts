/** Form, tool and portal layouts (not ad platforms, not personal mail). */
import { attachment } from '../mime.js';
import type { Lang, LeadLayout } from '../types.js';
import { date, emailField, esc, full, L, num, paras, phoneField } from './common.js';

const STREETS: Record<Lang, string[]> = {
  en: ['14 Brackenwood Close', '7 Tidewater Lane', '221 Kestrel Parade'],
  de: ['Lindenweg 12', 'Am Mühlbach 3a', 'Seestrasse 41'],
  fr: ['12 rue des Glycines', '5 chemin du Moulin', '38 avenue des Platanes'],
  es: ['Calle Jacarandas 18', 'Av. del Mar 402', 'Paseo de los Olivos 7'],
};

const valuationVcard: LeadLayout = {
  id: 'estate-valuation-vcard',
  sector: 'estate',
  description:
    'estate agency’s online valuation tool "Valuo": HTML summary of the property (address, type, rooms, the automatic price range) with the owner’s comments and the valuer it was assigned to (with direct line); the owner’s contact only in the attached owner.vcf (N with surname first, FN, TEL, EMAIL)',
  needsSurname: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const cur = L(lang, { en: 'A$', de: 'CHF', fr: 'CHF', es: 'MXN $' });
    const lo = rng.int(40, 90) * 10000;
    const range = `${cur} ${lo.toLocaleString('en-US')} – ${cur} ${(lo + rng.int(3, 8) * 10000).toLocaleString('en-US')}`;
    const lb = L(lang, {
      en: [
        'New valuation request',
        'Property',
        'Type',
        'Bedrooms',
        'Estimated range',
        "Owner's comments",
        'Assigned valuer',
        'House',
        'The owner’s contact card is attached.',
      ],
      de: [
        'Neue Bewertungsanfrage',
        'Objekt',
        'Art',
        'Zimmer',
        'Geschätzte Spanne',
        'Bemerkungen des Eigentümers',
        'Zuständiger Schätzer',
        'Wohnung',
        'Die Kontaktkarte des Eigentümers liegt bei.',
      ],
      fr: [
        'Nouvelle demande d’estimation',
        'Bien',
        'Type',
        'Pièces',
        'Fourchette estimée',
        'Remarques du propriétaire',
        'Expert attribué',
        'Appartement',
        'La fiche contact du propriétaire est jointe.',
      ],
      es: [
        'Nueva solicitud de valuación',
        'Inmueble',
        'Tipo',
        'Recámaras',
        'Rango estimado',
        'Comentarios del propietario',
        'Valuador asignado',
        'Casa',
        'Se adjunta la tarjeta de contacto del propietario.',
      ],
    });
    const rows: [string, string][] = [
      [lb[1] as string, `${rng.pick(STREETS[lang])}, ${ctx.biz.town}`],
      [lb[2] as string, lb[7] as string],
      [lb[3] as string, String(rng.int(2, 6))],
      [lb[4] as string, range],
    ];
    const html = `<h2>Valuo · ${lb[0]}</h2>
<table cellpadding="5">${rows.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>
<h3>${lb[5]}</h3>
${ctx.message ? paras(ctx.message) : '<p>—</p>'}
<p><b>${lb[6]}:</b> ${esc(ctx.staff)}, ${esc(ctx.staffPhone)}</p>
<p style="color:#777">${lb[8]}</p>
<p style="color:#777;font-size:11px">${esc(ctx.biz.name)} · ${esc(ctx.biz.phone)} · Valuo</p>`;
    const v = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${v(ctx.p.last ?? '')};${v(ctx.p.first)};;;`,
      `FN:${v(full(ctx))}`,
      ctx.email ? `EMAIL;TYPE=INTERNET:${ctx.email}` : '',
      ctx.phone ? `TEL;TYPE=CELL:${ctx.phone.written}` : '',
      'END:VCARD',
      '',
    ]
      .filter((l, i, a) => l !== '' || i === a.length - 1)
      .join('\n');
    return {
      draft: {
        from: { name: 'Valuo', email: 'notify@valuo.example' },
        subject: `${lb[0]}: ${rows[0]?.[1]}`,
        html,
        attachments: [
          attachment('owner.vcf', 'text/vcard', card, {
            charset: 'utf-8',
            transfer: rng.pick(['base64', 'quoted-printable', '8bit']),
          }),
        ],
      },
      names: [full(ctx), `${ctx.p.last};${ctx.p.first}`],
      others: [ctx.staff],
    };
  },
};

function xe(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const adfEscaped: LeadLayout = {
  id: 'adf-escaped-in-html',
  sector: 'cars',
  description:
    'car marketplace "AutoNest" mails an ADF/XML lead shown as escaped text inside an HTML <pre> (every < as &lt;): the vehicle of interest and a trade-in vehicle, the customer contact with name parts, email, phone and comments, the dealer’s salesperson in <vendor> and the marketplace in <provider>; names in capitals on some',
  needsSurname: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const caps = rng.chance(0.3);
    const c = (s: string) => (caps ? s.toUpperCase() : s);
    const phone = ctx.phone ? `\n        <phone type="cellphone">${xe(ctx.phone.written)}</phone>` : '';
    const email = ctx.email ? `\n        <email>${xe(ctx.email)}</email>` : '';
    const comments = ctx.message ? `\n      <comments>${xe(ctx.message)}</comments>` : '';
    const adf = `<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="AutoNest">AN-${num(rng, 7)}</id>
    <requestdate>2026-${String(rng.int(1, 12)).padStart(2, '0')}-${rng.int(10, 28)}T${rng.int(10, 20)}:${rng.int(10, 59)}:00</requestdate>
    <vehicle interest="buy" status="used">
      <year>${rng.int(2019, 2025)}</year>
      <make>Veloce</make>
      <model>${rng.pick(['Tourer', 'Strada', 'Nova'])}</model>
      <stock>S${num(rng, 5)}</stock>
      <price type="asking">${rng.int(18, 46)}900</price>
    </vehicle>
    <vehicle interest="trade-in" status="used">
      <year>${rng.int(2010, 2018)}</year>
      <make>Corvan</make>
      <model>${rng.pick(['Lido', 'Estate', 'Sprint'])}</model>
      <odometer units="km">${rng.int(60, 210)}000</odometer>
    </vehicle>
    <customer>
      <contact>
        <name part="first">${xe(c(ctx.p.first))}</name>
        <name part="last">${xe(c(ctx.p.last ?? ''))}</name>${email}${phone}
      </contact>${comments}
    </customer>
    <vendor>
      <vendorname>${xe(ctx.biz.name)}</vendorname>
      <contact primarycontact="1">
        <name part="full">${xe(ctx.staff)}</name>
        <phone type="voice">${xe(ctx.staffPhone)}</phone>
      </contact>
    </vendor>
    <provider>
      <name part="full">AutoNest Marketplace</name>
      <service>Used vehicle enquiry</service>
      <phone>+1 800 555 0199</phone>
    </provider>
  </prospect>
</adf>`;
    const intro = L(lang, {
      en: 'A buyer enquired about one of your listings. The lead in ADF format:',
      de: 'Ein Käufer hat zu einem Ihrer Inserate angefragt. Der Lead im ADF-Format:',
      fr: 'Un acheteur s’intéresse à l’une de vos annonces. Le prospect au format ADF :',
      es: 'Un comprador consultó por uno de sus avisos. El contacto en formato ADF:',
    });
    const html = `<p>${esc(intro)}</p>\n<pre style="font:12px Consolas,monospace;background:#f6f6f6;padding:8px">${esc(adf)}</pre>\n<p style="font-size:11px;color:#888">AutoNest · ${L(lang, { en: 'Dealer centre', de: 'Händlerbereich', fr: 'Espace pro', es: 'Centro de concesionarios' })}</p>`;
    return {
      draft: {
        from: { name: 'AutoNest', email: 'leads@autonest.example' },
        subject: `AutoNest lead: Veloce (${ctx.biz.name})`,
        html,
      },
      expected: { source: 'adf_xml' },
      names: caps ? [ctx.p.first.toUpperCase(), (ctx.p.last ?? '').toUpperCase()] : [],
      others: [ctx.staff],
    };
  },
};

const PETS = ['Biscuit', 'Luna', 'Pepper', 'Maja', 'Filou', 'Canela'];
const OTHER_VETS = ['Dr. Imogen Pascoe', 'Dr. Anton Riegler', 'Dr. Maud Lestrade', 'Dra. Elvira Sanz'];

const vetSections: LeadLayout = {
  id: 'vet-new-client-sections',
  sector: 'vet',
  description:
    'veterinary practice new-client registration in plain text with numbered sections (1. owner, 2. animal, 3. reason for the visit, 4. previous vet): surname before forename, the pet’s details, the reason as indented free text, and the previous vet (a third party) with their practice',
  needsSurname: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const prev = rng.pick(OTHER_VETS);
    const lb = L(lang, {
      en: [
        'NEW CLIENT REGISTRATION',
        'Owner',
        'Surname',
        'Forename(s)',
        'Mobile',
        'Email',
        'Animal',
        "Pet's name",
        'Species',
        'Dog',
        'Reason for visit',
        'Previous vet',
        'Practice',
        'Submitted',
      ],
      de: [
        'NEUANMELDUNG PATIENT',
        'Tierhalter/in',
        'Familienname',
        'Vorname(n)',
        'Mobil',
        'E-Mail',
        'Tier',
        'Name des Tieres',
        'Tierart',
        'Hund',
        'Grund des Besuchs',
        'Bisherige Tierarztpraxis',
        'Praxis',
        'Eingegangen',
      ],
      fr: [
        'INSCRIPTION NOUVEAU CLIENT',
        'Propriétaire',
        'Nom de famille',
        'Prénom(s)',
        'GSM',
        'Courriel',
        'Animal',
        'Nom de l’animal',
        'Espèce',
        'Chien',
        'Motif de la visite',
        'Vétérinaire précédent',
        'Cabinet',
        'Reçu le',
      ],
      es: [
        'ALTA DE NUEVO CLIENTE',
        'Propietario/a',
        'Apellidos',
        'Nombre',
        'Móvil',
        'Correo',
        'Animal',
        'Nombre de la mascota',
        'Especie',
        'Perro',
        'Motivo de la visita',
        'Veterinario anterior',
        'Clínica',
        'Recibido',
      ],
    });
    const ind = '   ';
    const lines = [
      `${lb[0]} – ${ctx.biz.name}`,
      `${lb[13]}: ${date(rng, lang)}`,
      '',
      `1. ${lb[1]}`,
      `${ind}${lb[2]}: ${ctx.p.last}`,
      `${ind}${lb[3]}: ${ctx.p.first}`,
      `${ind}${lb[4]}: ${phoneField(ctx)}`,
      `${ind}${lb[5]}: ${emailField(ctx)}`,
      '',
      `2. ${lb[6]}`,
      `${ind}${lb[7]}: ${rng.pick(PETS)}`,
      `${ind}${lb[8]}: ${lb[9]}`,
      '',
      `3. ${lb[10]}`,
      ctx.message
        ? ctx.message
            .split('\n')
            .map((l) => (l ? ind + l : ''))
            .join('\n')
        : `${ind}-`,
      '',
      `4. ${lb[11]}`,
      `${ind}${prev}`,
      `${ind}${lb[12]}: ${rng.pick(['Tierklinik Süd', 'Bayside Animal Hospital', 'Cabinet des Saules', 'Clínica El Arce'])}`,
      '',
      `-- ${ctx.biz.name} · ${ctx.biz.phone}`,
    ];
    return {
      draft: {
        from: { name: ctx.biz.name, email: `forms@${ctx.biz.domain}` },
        subject: `${lb[0]}: ${ctx.p.last}`,
        text: lines.join('\n'),
      },
      others: [prev],
    };
  },
};

const procurementRfq: LeadLayout = {
  id: 'procurement-rfq-lines',
  sector: 'industry',
  description:
    'buyer’s procurement portal "Procura" invites the supplier to quote: RFQ number and due date, a line-item table (position, part number, description, quantity, unit), delivery address, the buyer contact (name, phone with extension, email, company) and "Notes to supplier" as the message; portal helpdesk in the footer',
  foreignCustomers: true,
  extensions: true,
  needsSurname: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const rfq = `RFQ-${rng.int(2026, 2026)}-${num(rng, 5)}`;
    const company = rng.pick([
      'Hartwell Pumps Ltd',
      'Kronfeld Anlagenbau',
      'Ateliers Vermont',
      'Industrias Quimbaya',
    ]);
    const lb = L(lang, {
      en: [
        'Request for quotation',
        'Quote due',
        'Pos.',
        'Part no.',
        'Description',
        'Qty',
        'Unit',
        'Deliver to',
        'Buyer contact',
        'Name',
        'Phone',
        'Email',
        'Company',
        'Notes to supplier',
        'pcs',
        'Procura helpdesk',
      ],
      de: [
        'Angebotsanfrage',
        'Angebotsfrist',
        'Pos.',
        'Artikelnr.',
        'Bezeichnung',
        'Menge',
        'Einheit',
        'Lieferanschrift',
        'Ansprechpartner Einkauf',
        'Name',
        'Tel.',
        'E-Mail',
        'Firma',
        'Hinweise an den Lieferanten',
        'Stk.',
        'Procura-Helpdesk',
      ],
      fr: [
        'Demande de prix',
        'Date limite',
        'Pos.',
        'Réf. article',
        'Désignation',
        'Qté',
        'Unité',
        'Livraison',
        'Contact acheteur',
        'Nom',
        'Tél.',
        'Courriel',
        'Société',
        'Remarques pour le fournisseur',
        'pce',
        'Assistance Procura',
      ],
      es: [
        'Solicitud de cotización',
        'Fecha límite',
        'Pos.',
        'N.º de parte',
        'Descripción',
        'Cant.',
        'Unidad',
        'Entregar en',
        'Contacto del comprador',
        'Nombre',
        'Tel.',
        'Correo',
        'Empresa',
        'Notas para el proveedor',
        'pzas',
        'Soporte Procura',
      ],
    });
    const items = [1, 2, 3]
      .slice(0, rng.int(1, 3))
      .map((i) => [
        String(i * 10),
        `${rng.pick(['HX', 'TI', 'BR'])}-${num(rng, 5)}`,
        ctx.service,
        String(rng.int(2, 40) * 50),
        lb[14] as string,
      ]);
    const contact: [string, string][] = [
      [lb[9] as string, full(ctx)],
      [lb[10] as string, phoneField(ctx, '-')],
      [lb[11] as string, emailField(ctx, '-')],
      [lb[12] as string, company],
    ];
    const head = [lb[2], lb[3], lb[4], lb[5], lb[6]] as string[];
    const html = `<h2>${lb[0]} ${rfq}</h2>
<p>${lb[1]}: ${date(rng, lang).split(' ')[0]}</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>
${items.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</table>
<p><b>${lb[7]}:</b> ${esc(company)}, ${esc(rng.pick(STREETS[lang]))}</p>
<h3>${lb[8]}</h3>
<table>${contact.map(([k, v]) => `<tr><td>${esc(k)}:</td><td>${esc(v)}</td></tr>`).join('')}</table>
<h3>${lb[13]}</h3>
${ctx.message ? paras(ctx.message) : '<p>-</p>'}
<p style="font-size:11px;color:#888">${lb[15]}: +49 69 90000 ${rng.int(100, 999)} · procura.example</p>`;
    const text = `${lb[0]} ${rfq}\n\n${head.join(' | ')}\n${items.map((r) => r.join(' | ')).join('\n')}\n\n${lb[8]}\n${contact.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${lb[13]}:\n${ctx.message ?? '-'}\n\n${lb[15]}: procura.example`;
    return {
      draft: {
        from: { name: `Procura – ${company}`, email: 'rfq@procura.example' },
        subject: `${lb[0]} ${rfq} – ${company}`,
        html,
        text,
      },
      names: [full(ctx)],
    };
  },
};

const chatOffline: LeadLayout = {
  id: 'chat-offline-message',
  description:
    'live-chat widget "Parlo" outside opening hours: the visitor left an offline message (visitor name, sometimes a first name only, email, phone, department, message), followed by visitor details: city, browser, a list of pages visited on the business’s site, visit count and chat id',
  allowsBadPhone: true,
  singleName: 0.25,
  build(ctx) {
    const { rng, lang } = ctx;
    const lb = L(lang, {
      en: [
        'Offline message from your website',
        'Visitor',
        'Email',
        'Phone',
        'Department',
        'Sales',
        'Message',
        'Visitor details',
        'Location',
        'Browser',
        'Pages visited',
        'Visits',
        'Chat ID',
      ],
      de: [
        'Offline-Nachricht von Ihrer Website',
        'Besucher',
        'E-Mail',
        'Telefon',
        'Abteilung',
        'Vertrieb',
        'Nachricht',
        'Besucherdetails',
        'Standort',
        'Browser',
        'Besuchte Seiten',
        'Besuche',
        'Chat-ID',
      ],
      fr: [
        'Message hors ligne depuis votre site',
        'Visiteur',
        'E-mail',
        'Téléphone',
        'Service',
        'Commercial',
        'Message',
        'Détails du visiteur',
        'Localisation',
        'Navigateur',
        'Pages consultées',
        'Visites',
        'ID du chat',
      ],
      es: [
        'Mensaje fuera de línea desde su web',
        'Visitante',
        'Correo',
        'Teléfono',
        'Departamento',
        'Ventas',
        'Mensaje',
        'Datos del visitante',
        'Ubicación',
        'Navegador',
        'Páginas visitadas',
        'Visitas',
        'ID del chat',
      ],
    });
    const host = `https://www.${ctx.biz.domain}`;
    const pages = [
      `${host}/`,
      `${host}/${rng.pick(['services', 'leistungen', 'tarifs', 'precios'])}`,
      `${host}/${rng.pick(['contact', 'kontakt', 'about'])}`,
    ].slice(0, rng.int(1, 3));
    const text = [
      `Parlo · ${lb[0]}`,
      '',
      `${lb[1]}: ${full(ctx)}`,
      `${lb[2]}: ${emailField(ctx)}`,
      `${lb[3]}: ${phoneField(ctx)}`,
      `${lb[4]}: ${lb[5]}`,
      `${lb[6]}:`,
      ctx.message ?? '',
      '',
      `--- ${lb[7]} ---`,
      `${lb[8]}: ${ctx.biz.town}`,
      `${lb[9]}: ${rng.pick(['Firefox 131 / Windows 11', 'Safari / iOS 18', 'Chrome 130 / Android 15'])}`,
      `${lb[10]} (${pages.length}):`,
      ...pages.map((p) => `  ${p}`),
      `${lb[11]}: ${rng.int(1, 6)}`,
      `${lb[12]}: PRL-${rng.hex(10)}`,
    ].join('\n');
    return {
      draft: {
        from: { name: 'Parlo Chat', email: 'offline@parlo.example' },
        replyTo: ctx.email ? { email: ctx.email } : undefined,
        subject: `${lb[0]} – ${full(ctx)}`,
        text,
      },
      names: [full(ctx)],
    };
  },
};

const surveyNps: LeadLayout = {
  id: 'survey-nps-matrix',
  description:
    'survey tool "Pollwise" response mailed in HTML: a 0–10 recommendation score, a rating matrix table with ● and ○ per row, "May we contact you?" yes, then name, email, an optional phone that is sometimes no number, and the open comment that asks for the business’s service',
  allowsBadPhone: true,
  build(ctx) {
    const { rng, lang } = ctx;
    const lb = L(lang, {
      en: [
        'New response',
        'How likely are you to recommend us to a friend? (0–10)',
        'How would you rate us?',
        ['Price', 'Speed', 'Friendliness'],
        ['Poor', 'OK', 'Good', 'Great'],
        'May we contact you about your answers?',
        'Yes',
        'Your name',
        'Your email',
        'Phone (optional)',
        'Anything else you would like to tell us?',
        'Response',
      ],
      de: [
        'Neue Antwort',
        'Wie wahrscheinlich empfehlen Sie uns weiter? (0–10)',
        'Wie bewerten Sie uns?',
        ['Preis', 'Schnelligkeit', 'Freundlichkeit'],
        ['schlecht', 'ok', 'gut', 'sehr gut'],
        'Dürfen wir Sie zu Ihren Antworten kontaktieren?',
        'Ja',
        'Ihr Name',
        'Ihre E-Mail',
        'Telefon (optional)',
        'Möchten Sie uns noch etwas mitteilen?',
        'Antwort',
      ],
      fr: [
        'Nouvelle réponse',
        'Quelle est la probabilité que vous nous recommandiez ? (0–10)',
        'Comment nous évaluez-vous ?',
        ['Prix', 'Rapidité', 'Amabilité'],
        ['Mauvais', 'Correct', 'Bien', 'Excellent'],
        'Pouvons-nous vous recontacter ?',
        'Oui',
        'Votre nom',
        'Votre e-mail',
        'Téléphone (facultatif)',
        'Souhaitez-vous ajouter quelque chose ?',
        'Réponse',
      ],
      es: [
        'Nueva respuesta',
        '¿Qué tan probable es que nos recomiende? (0–10)',
        '¿Cómo nos califica?',
        ['Precio', 'Rapidez', 'Amabilidad'],
        ['Malo', 'Regular', 'Bueno', 'Excelente'],
        '¿Podemos contactarle sobre sus respuestas?',
        'Sí',
        'Su nombre',
        'Su correo',
        'Teléfono (opcional)',
        '¿Algo más que quiera contarnos?',
        'Respuesta',
      ],
    }) as [
      string,
      string,
      string,
      string[],
      string[],
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const matrix = `<table cellpadding="4"><tr><td></td>${lb[4].map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${lb[3]
      .map((r) => {
        const k = rng.int(0, 3);
        return `<tr><td>${esc(r)}</td>${lb[4].map((_, i) => `<td align="center">${i === k ? '●' : '○'}</td>`).join('')}</tr>`;
      })
      .join('')}</table>`;
    const qa = (q: string, a: string) =>
      `<p style="margin:14px 0 2px;color:#555">${esc(q)}</p><div style="font-weight:600">${a}</div>`;
    const html = `<h2>Pollwise · ${lb[0]} #${num(rng, 6)}</h2>
${qa(lb[1], String(rng.int(6, 10)))}
<p style="margin:14px 0 2px;color:#555">${esc(lb[2])}</p>${matrix}
${qa(lb[5], lb[6])}
${qa(lb[7], esc(full(ctx)))}
${qa(lb[8], esc(emailField(ctx, '–')))}
${qa(lb[9], esc(phoneField(ctx, '–')))}
${qa(lb[10], ctx.message ? esc(ctx.message).replace(/\n/g, '<br>') : '–')}
<p style="font-size:11px;color:#999">Pollwise · ${L(lang, { en: 'survey', de: 'Umfrage', fr: 'enquête', es: 'encuesta' })} “${esc(ctx.biz.name)}”</p>`;
    const text = `Pollwise · ${lb[0]}\n\n${lb[7]}\n${full(ctx)}\n\n${lb[8]}\n${emailField(ctx, '–')}\n\n${lb[9]}\n${phoneField(ctx, '–')}\n\n${lb[10]}\n${ctx.message ?? '–'}\n`;
    return {
      draft: {
        from: { name: 'Pollwise', email: 'responses@pollwise.example' },
        subject: `${lb[0]}: ${ctx.biz.name}`,
        html,
        text,
        primary: 'html',
      },
      names: [full(ctx)],
    };
  },
};

const priceCalculator: LeadLayout = {
  id: 'price-calculator-estimate',
  description:
    'the site’s price calculator mails the business a copy of the estimate: an itemised plain-text table with quantities and amounts, the total with tax, then the contact the visitor left as "Label ➜ value" lines with the note wrapped onto indented lines',
  build(ctx) {
    const { rng, lang } = ctx;
    const curr = L(lang, { en: '$', de: '€', fr: '€', es: '$' });
    const lb = L(lang, {
      en: [
        'Estimate',
        'Item',
        'Qty',
        'Amount',
        ['Service package', 'Call-out', 'Materials (estimate)'],
        'Total incl. tax',
        'Contact details',
        'Name',
        'Email',
        'Phone',
        'Note',
        'This estimate is not binding.',
      ],
      de: [
        'Kostenschätzung',
        'Position',
        'Menge',
        'Betrag',
        ['Leistungspaket', 'Anfahrt', 'Material (geschätzt)'],
        'Summe inkl. MwSt.',
        'Kontaktdaten',
        'Name',
        'E-Mail',
        'Telefon',
        'Notiz',
        'Diese Schätzung ist unverbindlich.',
      ],
      fr: [
        'Estimation',
        'Poste',
        'Qté',
        'Montant',
        ['Forfait prestation', 'Déplacement', 'Fournitures (estimation)'],
        'Total TTC',
        'Coordonnées',
        'Nom',
        'E-mail',
        'Téléphone',
        'Note',
        'Cette estimation est indicative.',
      ],
      es: [
        'Estimación',
        'Concepto',
        'Cant.',
        'Importe',
        ['Paquete de servicio', 'Desplazamiento', 'Materiales (estimado)'],
        'Total con IVA',
        'Datos de contacto',
        'Nombre',
        'Correo',
        'Teléfono',
        'Nota',
        'Esta estimación no es vinculante.',
      ],
    }) as [string, string, string, string, string[], string, string, string, string, string, string, string];
    const ref = `EST-${num(rng, 6)}`;
    let total = 0;
    const rows = lb[4].map((it) => {
      const q = rng.int(1, 12);
      const a = rng.int(40, 900) * q;
      total += a;
      return `${it.padEnd(28)}${String(q).padStart(4)}   ${curr} ${a.toLocaleString('en-US')}.00`;
    });
    const pad = ' '.repeat(10);
    const arrow = (k: string, v: string) => `  ${k.padEnd(6)} ➜ ${v}`;
    const contact = [arrow(lb[7], full(ctx))];
    if (ctx.email) contact.push(arrow(lb[8], ctx.email));
    if (ctx.phone) contact.push(arrow(lb[9], ctx.phone.written));
    if (ctx.message)
      contact.push(
        arrow(
          lb[10],
          ctx.message
            .split('\n')
            .map((l, i) => (i && l ? pad + l : l))
            .join('\n'),
        ),
      );
    const text = [
      `${ctx.biz.name} – ${lb[0]} ${ref}`,
      '',
      `${lb[1].padEnd(28)}${lb[2].padStart(4)}   ${lb[3]}`,
      '-'.repeat(52),
      ...rows,
      '-'.repeat(52),
      `${lb[5].padEnd(35)}${curr} ${Math.round(total * 1.19).toLocaleString('en-US')}.00`,
      '',
      lb[6],
      ...contact,
      '',
      lb[11],
    ].join('\n');
    return {
      draft: {
        from: { name: `${ctx.biz.name} (calculator)`, email: `calculator@${ctx.biz.domain}` },
        subject: `${lb[0]} ${ref} – ${full(ctx)}`,
        text,
      },
      names: [full(ctx)],
    };
  },
};

const labelRowValueRow: LeadLayout = {
  id: 'html-label-row-value-row',
  description:
    'WordPress plugin "Pressform" notification: an HTML table where each label is a full-width shaded row and its value the plain row beneath it (name, email, phone, preferred contact method, message with line breaks); "sent from" footer with the page and the site’s admin address',
  noMessage: 0.05,
  build(ctx) {
    const { rng, lang } = ctx;
    const lb = L(lang, {
      en: [
        'Name',
        'Email',
        'Phone',
        'Preferred contact method',
        'Message',
        ['Phone', 'Email', 'Either'],
        'This email was sent from a form on',
        'New form entry',
      ],
      de: [
        'Name',
        'E-Mail',
        'Telefon',
        'Bevorzugte Kontaktart',
        'Nachricht',
        ['Telefon', 'E-Mail', 'Egal'],
        'Diese E-Mail wurde über ein Formular gesendet auf',
        'Neuer Formulareintrag',
      ],
      fr: [
        'Nom',
        'E-mail',
        'Téléphone',
        'Moyen de contact préféré',
        'Message',
        ['Téléphone', 'E-mail', 'Peu importe'],
        'Cet e-mail a été envoyé depuis un formulaire sur',
        'Nouvelle entrée de formulaire',
      ],
      es: [
        'Nombre',
        'Correo electrónico',
        'Teléfono',
        'Medio de contacto preferido',
        'Mensaje',
        ['Teléfono', 'Correo', 'Cualquiera'],
        'Este correo se envió desde un formulario en',
        'Nueva entrada del formulario',
      ],
    }) as [string, string, string, string, string, string[], string, string];
    const pairs: [string, string][] = [
      [lb[0], esc(full(ctx))],
      [lb[1], esc(emailField(ctx))],
      [lb[2], esc(phoneField(ctx))],
      [lb[3], esc(rng.pick(lb[5]))],
      [lb[4], ctx.message ? esc(ctx.message).replace(/\n/g, '<br>\n') : ''],
    ];
    const html = `<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
${pairs
  .map(
    ([k, v]) =>
      `<tr bgcolor="#EAF2FA"><td colspan="2" style="padding:6px"><font style="font-family:sans-serif;font-size:12px"><strong>${esc(k)}</strong></font></td></tr>\n<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td style="padding:6px 6px 10px"><font style="font-family:sans-serif;font-size:12px">${v}</font></td></tr>`,
  )
  .join('\n')}
</table>
<p style="font-size:11px;color:#777">${lb[6]} https://www.${ctx.biz.domain}/${rng.pick(['contact', 'kontakt', 'contacto', 'nous-joindre'])}/ · admin@${ctx.biz.domain}</p>`;
    return {
      draft: {
        from: { name: ctx.biz.name, email: `wordpress@${ctx.biz.domain}` },
        subject: `[${ctx.biz.name}] ${lb[7]}`,
        html,
      },
      names: [full(ctx)],
    };
  },
};

export const formLayouts: LeadLayout[] = [
  valuationVcard,
  adfEscaped,
  vetSections,
  procurementRfq,
  chatOffline,
  surveyNps,
  priceCalculator,
  labelRowValueRow,
];
