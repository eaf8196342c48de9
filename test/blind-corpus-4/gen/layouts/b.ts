/** Lead layouts 9–16: marketplaces, directories, channel managers, events, funnels, marketing tools. */
import { dash, esc, escBr, page } from '../html.js';
import { otherPerson } from '../people.js';
import type { LeadLayout } from '../types.js';
import { numDate, wordDate } from '../words.js';
import { caps, stay, t, time, today } from './common.js';

function rowsTable(rows: [string, string][], accent: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse">
${rows.map(([k, v]) => `<tr><th align="left" style="padding:6px 10px;border-bottom:1px solid #eee;color:${accent};font-weight:600;width:38%">${esc(k)}</th><td style="padding:6px 10px;border-bottom:1px solid #eee">${v}</td></tr>`).join('\n')}
</table>`;
}

function textRows(rows: [string, string][]): string {
  return rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}

const mailto = (e: string | null) => (e ? `<a href="mailto:${esc(e)}">${esc(e)}</a>` : '');

const weddingDirectory: LeadLayout = {
  id: 'wedding-venue-directory',
  description:
    'wedding-venue directory "Altarly" enquiry: the couple (the enquirer and their partner, a third party), wedding date, guest count, budget band, the enquirer’s message; venue dashboard link and the directory’s support line',
  count: 14,
  sector: 'venue',
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const partner = otherPerson(rng, lang);
    const partnerName = `${partner.firstName} ${partner.lastName}`;
    const L = t(lang, {
      en: [
        'Your name',
        'Partner’s name',
        'Email',
        'Phone',
        'Wedding date',
        'Guests',
        'Budget',
        'Message',
        'You have a new enquiry on Altarly',
        'Reply within 24 hours to keep your response badge.',
        'Altarly venue support: +44 20 7946 0612',
      ],
      de: [
        'Ihr Name',
        'Name des Partners',
        'E-Mail',
        'Telefon',
        'Hochzeitsdatum',
        'Gäste',
        'Budget',
        'Nachricht',
        'Sie haben eine neue Anfrage auf Altarly',
        'Antworten Sie innerhalb von 24 Stunden, um Ihr Antwort-Abzeichen zu behalten.',
        'Altarly Location-Support: +43 1 2530 440',
      ],
      fr: [
        'Votre nom',
        'Nom du/de la partenaire',
        'E-mail',
        'Téléphone',
        'Date du mariage',
        'Invités',
        'Budget',
        'Message',
        'Vous avez une nouvelle demande sur Altarly',
        'Répondez sous 24 heures pour garder votre badge de réactivité.',
        'Support lieux Altarly : +33 1 70 36 18 00',
      ],
      es: [
        'Su nombre',
        'Nombre de la pareja',
        'Email',
        'Teléfono',
        'Fecha de la boda',
        'Invitados',
        'Presupuesto',
        'Mensaje',
        'Tiene una nueva consulta en Altarly',
        'Responda en 24 horas para mantener su distintivo de respuesta.',
        'Soporte Altarly para recintos: +52 55 4160 2200',
      ],
    }) as string[];
    const budget = rng.pick(['10.000–15.000', '15.000–25.000', '25.000+', '8,000–12,000']);
    const guests = String(rng.pick([45, 60, 90, 120, 150]));
    const wdate = wordDate(rng, lang);
    const rows: [string, string][] = [
      [L[0] as string, esc(c.full)],
      [L[1] as string, esc(partnerName)],
      [L[2] as string, mailto(c.email)],
      [L[3] as string, esc(c.phone ?? '')],
      [L[4] as string, esc(wdate)],
      [L[5] as string, guests],
      [L[6] as string, budget],
      [L[7] as string, ctx.message ? escBr(ctx.message) : ''],
    ];
    const html = page(
      `<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<h1 style="font-family:Georgia,serif;font-size:22px;color:#b0577a">${esc(L[8] as string)}</h1>
<p>${esc(biz.name)}</p>
${rowsTable(rows, '#b0577a')}
<p><a href="https://pro.altarly.example/inbox/${rng.digits(7)}" style="background:#b0577a;color:#fff;padding:10px 18px;text-decoration:none">${esc(t(lang, { en: 'Reply now', de: 'Jetzt antworten', fr: 'Répondre', es: 'Responder' }))}</a></p>
<p style="font-size:12px;color:#777">${esc(L[9] as string)}<br>${esc(L[10] as string)}</p>
</div>`,
      lang,
    );
    const text = `${L[8]}\n${biz.name}\n\n${textRows([
      [L[0] as string, c.full],
      [L[1] as string, partnerName],
      [L[2] as string, dash(c.email)],
      [L[3] as string, dash(c.phone)],
      [L[4] as string, wdate],
      [L[5] as string, guests],
      [L[6] as string, budget],
    ])}\n${L[7]}:\n${dash(ctx.message)}\n\n${L[9]}\n${L[10]}`;
    return {
      draft: {
        from: { name: 'Altarly', address: 'enquiries@altarly.example' },
        replyTo: c.email ? { name: c.full, address: c.email } : undefined,
        subject: t(lang, {
          en: `New wedding enquiry from ${c.first} & ${partner.firstName}`,
          de: `Neue Hochzeitsanfrage von ${c.first} & ${partner.firstName}`,
          fr: `Nouvelle demande de mariage de ${c.first} & ${partner.firstName}`,
          es: `Nueva consulta de boda de ${c.first} y ${partner.firstName}`,
        }),
        text,
        html,
      },
      others: [partnerName, partner.firstName],
    };
  },
};

const tutorBooker: LeadLayout = {
  id: 'tutor-marketplace-booker',
  description:
    'tutoring marketplace "Studyloop" trial-lesson request: the parent who books (the lead) and the pupil (a third party) with school year, subject, availability, the parent’s note; the assigned tutor and the platform’s helpline',
  count: 14,
  sector: 'tutoring',
  build(ctx) {
    const { c, lang, rng, staff } = ctx;
    const child = otherPerson(rng, lang);
    const childName = `${child.firstName} ${c.last}`;
    const L = t(lang, {
      en: [
        'Booked by (parent/guardian)',
        'Email',
        'Mobile',
        'Pupil',
        'Year',
        'Subject',
        'Availability',
        'Note from the parent',
        'Tutor',
        'Studyloop helpline 01 5136 400',
        'New trial lesson request',
      ],
      de: [
        'Gebucht von (Elternteil)',
        'E-Mail',
        'Handy',
        'Schüler/in',
        'Klasse',
        'Fach',
        'Verfügbarkeit',
        'Hinweis der Eltern',
        'Lehrkraft',
        'Studyloop Hotline 030 2589 6600',
        'Neue Anfrage für eine Probestunde',
      ],
      fr: [
        'Réservé par (parent)',
        'E-mail',
        'Portable',
        'Élève',
        'Classe',
        'Matière',
        'Disponibilités',
        'Mot du parent',
        'Professeur',
        'Assistance Studyloop 02 808 44 00',
        'Nouvelle demande de cours d’essai',
      ],
      es: [
        'Reservado por (madre/padre)',
        'Email',
        'Móvil',
        'Alumno/a',
        'Curso',
        'Asignatura',
        'Disponibilidad',
        'Nota de la familia',
        'Profesor/a',
        'Atención Studyloop 910 78 45 00',
        'Nueva solicitud de clase de prueba',
      ],
    }) as string[];
    const subject = rng.pick(
      t(lang, {
        en: ['Maths', 'Chemistry', 'English'],
        de: ['Mathe', 'Latein', 'Englisch'],
        fr: ['Maths', 'Physique', 'Néerlandais'],
        es: ['Matemáticas', 'Química', 'Inglés'],
      }),
    );
    const year = rng.pick(
      t(lang, {
        en: ['5th year', '2nd year', '6th class'],
        de: ['8. Klasse', '10. Klasse', '6. Klasse'],
        fr: ['4e', '3e', '1re'],
        es: ['2º ESO', '4º ESO', '1º Bachillerato'],
      }),
    );
    const avail = rng.pick(
      t(lang, {
        en: ['Tue/Thu after 17:00', 'Weekends'],
        de: ['Mo/Mi ab 16 Uhr', 'Samstagvormittag'],
        fr: ['Mercredi après-midi', 'Samedi matin'],
        es: ['Lunes y miércoles por la tarde', 'Sábados'],
      }),
    );
    const rows: [string, string][] = [
      [L[0] as string, c.full],
      [L[1] as string, c.email ?? ''],
      [L[2] as string, c.phone ?? ''],
      [L[3] as string, childName],
      [L[4] as string, year],
      [L[5] as string, subject],
      [L[6] as string, avail],
      [L[8] as string, staff],
    ];
    const html = page(
      `<div style="max-width:580px;margin:0 auto;background:#fff;padding:22px">
<h2 style="color:#1f7a5c">${esc(L[10] as string)}</h2>
${rowsTable(
  rows.map(([k, v]) => [k, k === L[1] ? mailto(v || null) : esc(v)]),
  '#1f7a5c',
)}
<h3 style="color:#1f7a5c;font-size:14px">${esc(L[7] as string)}</h3>
<p>${ctx.message ? escBr(ctx.message) : '—'}</p>
<p style="font-size:11px;color:#888">${esc(L[9] as string)} · studyloop.example</p></div>`,
      lang,
    );
    const text = `${L[10]}\n\n${textRows(rows)}\n\n${L[7]}:\n${ctx.message ?? '—'}\n\n${L[9]}`;
    return {
      draft: {
        from: { name: 'Studyloop', address: 'bookings@studyloop.example' },
        subject: `${L[10]}: ${subject} (${childName})`,
        text,
        html,
      },
      others: [childName, staff],
    };
  },
};

const channelManager: LeadLayout = {
  id: 'holiday-rental-channel-manager',
  description:
    'holiday-rental channel manager "Bookvault" relaying a guest inquiry from a listing site: property, arrival/departure, adults/children, quoted price, a 10-digit inquiry id, guest as "LAST, First", the guest’s question; the owner’s own line in the footer',
  count: 14,
  sector: 'rental',
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const shown = `${caps(c.last as string)}, ${c.first}`;
    const L = t(lang, {
      en: [
        'INQUIRY',
        'Channel',
        'Property',
        'Arrival',
        'Departure',
        'Adults',
        'Children',
        'Quoted total',
        'Guest',
        'Guest email',
        'Guest phone',
        'Guest message',
        'Inquiries are not bookings. Reply from Bookvault to keep the conversation on the channel.',
      ],
      de: [
        'ANFRAGE',
        'Kanal',
        'Objekt',
        'Anreise',
        'Abreise',
        'Erwachsene',
        'Kinder',
        'Angebotener Preis',
        'Gast',
        'E-Mail des Gastes',
        'Telefon des Gastes',
        'Nachricht des Gastes',
        'Anfragen sind keine Buchungen. Antworten Sie aus Bookvault, damit die Unterhaltung im Kanal bleibt.',
      ],
      fr: [
        'DEMANDE',
        'Canal',
        'Logement',
        'Arrivée',
        'Départ',
        'Adultes',
        'Enfants',
        'Prix proposé',
        'Voyageur',
        'E-mail du voyageur',
        'Téléphone du voyageur',
        'Message du voyageur',
        'Une demande n’est pas une réservation. Répondez depuis Bookvault pour rester sur le canal.',
      ],
      es: [
        'CONSULTA',
        'Canal',
        'Alojamiento',
        'Llegada',
        'Salida',
        'Adultos',
        'Niños',
        'Precio ofrecido',
        'Huésped',
        'Email del huésped',
        'Teléfono del huésped',
        'Mensaje del huésped',
        'Las consultas no son reservas. Responda desde Bookvault para mantener la conversación en el canal.',
      ],
    }) as string[];
    const channel = rng.pick(['StayFinder', 'Holidu-style Lodgr', 'CasaNet', 'Vrbo-like Hausly']);
    const property = rng.pick(
      t(lang, {
        en: ['Heron Cottage', 'The Boathouse'],
        de: ['Chalet Enzian', 'Hütte Almrausch'],
        fr: ['Gîte du Moulin', 'La Grange'],
        es: ['Casa Limonero', 'Cabaña El Roble'],
      }),
    );
    const price = t(lang, {
      en: `AUD ${rng.int(9, 30)}40.00`,
      de: `€ ${rng.int(9, 30)}40,00`,
      fr: `${rng.int(9, 30)}40,00 €`,
      es: `CLP ${rng.int(300, 990)}.000`,
    });
    const id = rng.digits(10);
    const [arrival, departure] = stay(ctx);
    const lines = [
      `${L[0]} #${id}`,
      '',
      `${L[1]}: ${channel}`,
      `${L[2]}: ${property}`,
      `${L[3]}: ${arrival}`,
      `${L[4]}: ${departure}`,
      `${L[5]}: ${rng.int(1, 6)}`,
      `${L[6]}: ${rng.int(0, 3)}`,
      `${L[7]}: ${price}`,
      '',
      `${L[8]}: ${shown}`,
      `${L[9]}: ${dash(c.email)}`,
      `${L[10]}: ${dash(c.phone)}`,
      '',
      `${L[11]}:`,
      ctx.message ?? '-',
      '',
      '----',
      L[12] as string,
      `${biz.name} · ${biz.phone} · Bookvault`,
    ];
    return {
      draft: {
        from: { name: 'Bookvault', address: `inquiries@bookvault.example` },
        subject: `${L[0]} #${id} · ${property} · ${shown}`,
        text: lines.join('\n'),
      },
      pii: [shown, caps(c.last as string)],
    };
  },
};

const b2bRfq: LeadLayout = {
  id: 'b2b-directory-rfq',
  description:
    'B2B supplier directory "Supplyhub" RFQ: buyer company, contact person with job title, country, phone with extension, quantity and deadline, the RFQ number and buyer id, the requirement in the buyer’s words; directory account manager in the footer',
  count: 14,
  sector: 'industrial',
  build(ctx) {
    const { c, lang, rng, staff } = ctx;
    const L = t(lang, {
      en: [
        'Request for quotation',
        'RFQ no.',
        'Buyer ID',
        'Company',
        'Contact person',
        'Job title',
        'Country',
        'Telephone',
        'E-mail',
        'Quantity',
        'Quote deadline',
        'Requirement',
        'Your Supplyhub account manager',
      ],
      de: [
        'Angebotsanfrage',
        'Anfrage-Nr.',
        'Käufer-ID',
        'Firma',
        'Ansprechpartner',
        'Position',
        'Land',
        'Telefon',
        'E-Mail',
        'Menge',
        'Angebotsfrist',
        'Bedarf',
        'Ihr Supplyhub-Kundenbetreuer',
      ],
      fr: [
        'Demande de prix',
        'N° de demande',
        'ID acheteur',
        'Société',
        'Interlocuteur',
        'Fonction',
        'Pays',
        'Téléphone',
        'E-mail',
        'Quantité',
        'Date limite',
        'Besoin',
        'Votre chargé de compte Supplyhub',
      ],
      es: [
        'Solicitud de cotización',
        'N.º de solicitud',
        'ID comprador',
        'Empresa',
        'Persona de contacto',
        'Cargo',
        'País',
        'Teléfono',
        'Correo',
        'Cantidad',
        'Plazo',
        'Requerimiento',
        'Su ejecutivo de cuenta Supplyhub',
      ],
    }) as string[];
    const company = rng.pick(
      t(lang, {
        en: ['Harbor Marine Supply', 'Cobalt Fixtures LLC'],
        de: ['Lindner Anlagenbau GmbH', 'Mechatronik Süd AG'],
        fr: ['Ateliers Vauban', 'Hydrotech Léman SA'],
        es: ['Minera Los Pinos', 'Agroindustrias del Maule'],
      }),
    );
    const title = rng.pick(
      t(lang, {
        en: ['Purchasing Manager', 'Buyer'],
        de: ['Einkaufsleiter/in', 'Technische/r Einkäufer/in'],
        fr: ['Acheteur/euse', 'Responsable achats'],
        es: ['Jefe/a de compras', 'Comprador/a'],
      }),
    );
    const COUNTRY_NAMES: Record<string, string> = {
      GB: 'United Kingdom',
      US: 'United States',
      IE: 'Ireland',
      AU: 'Australia',
      DE: 'Deutschland',
      AT: 'Österreich',
      CH: 'Schweiz',
      NL: 'Nederland',
      FR: 'France',
      BE: 'Belgique',
      ES: 'España',
      MX: 'México',
      CL: 'Chile',
      PT: 'Portugal',
      CA: 'Canada',
      NZ: 'New Zealand',
    };
    const country = COUNTRY_NAMES[c.person.country] ?? c.person.country;
    const ext =
      rng.chance(0.4) && c.phone
        ? ` ${t(lang, { en: 'ext.', de: 'Durchwahl', fr: 'poste', es: 'ext.' })} ${rng.int(10, 299)}`
        : '';
    const rfq = `RFQ-${rng.digits(6)}`;
    // Some buyers' systems export the contact person in capitals.
    const shown = rng.chance(0.3) ? caps(c.full) : c.full;
    const acct = staff;
    const rows: [string, string][] = [
      [L[1] as string, rfq],
      [L[2] as string, `B${rng.digits(8)}`],
      [L[3] as string, company],
      [L[4] as string, shown],
      [L[5] as string, title],
      [L[6] as string, country],
      [L[7] as string, c.phone ? `${c.phone}${ext}` : ''],
      [L[8] as string, c.email ?? ''],
      [L[10] as string, numDate(rng, lang)],
    ];
    const text = `${L[0]}\n\n${textRows(rows)}\n\n${L[11]}:\n${ctx.message ?? '-'}\n\n${L[12]}: ${acct}, +49 211 5403 ${rng.digits(3)}`;
    const html = page(
      `<div style="max-width:640px;margin:0 auto;background:#fff;padding:20px;border-top:4px solid #0b5cad">
<h2>${esc(L[0] as string)} · ${esc(rfq)}</h2>
${rowsTable(
  rows.map(([k, v]) => [k, esc(v)]),
  '#0b5cad',
)}
<h3>${esc(L[11] as string)}</h3><p>${ctx.message ? escBr(ctx.message) : '-'}</p>
<p style="font-size:12px;color:#666">${esc(L[12] as string)}: ${esc(acct)}, +49 211 5403 ${rng.digits(3)}</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Supplyhub RFQ', address: 'rfq@supplyhub.example' },
        subject: `${L[0]}: ${company} (${rfq})`,
        text,
        html,
      },
      others: [acct],
      pii: [shown],
    };
  },
};

const rsvpGuest: LeadLayout = {
  id: 'event-rsvp-with-guest',
  description:
    'event tool "Gatherly" registration for the business’s open day or info evening: the registrant (the lead) and the guest they bring (a third party with their own email), ticket number, the registrant’s answer to "What would you like to talk about?"; the host’s name',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng, staff } = ctx;
    const guest = otherPerson(rng, lang);
    const guestName = `${guest.firstName} ${guest.lastName}`;
    const guestMail = `${guest.firstName
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}@guest-mail.example`;
    const ev = t(lang, {
      en: 'Open evening',
      de: 'Infoabend',
      fr: 'Soirée portes ouvertes',
      es: 'Jornada de puertas abiertas',
    });
    const L = t(lang, {
      en: [
        'New registration',
        'Event',
        'Date',
        'Ticket',
        'Registrant',
        'Email',
        'Phone',
        'Bringing a guest',
        'Guest email',
        'What would you like to talk about?',
        'Host',
      ],
      de: [
        'Neue Anmeldung',
        'Veranstaltung',
        'Datum',
        'Ticket',
        'Angemeldet von',
        'E-Mail',
        'Telefon',
        'Begleitperson',
        'E-Mail der Begleitung',
        'Worüber möchten Sie sprechen?',
        'Gastgeber/in',
      ],
      fr: [
        'Nouvelle inscription',
        'Événement',
        'Date',
        'Billet',
        'Inscrit(e)',
        'E-mail',
        'Téléphone',
        'Accompagnant(e)',
        'E-mail de l’accompagnant(e)',
        'De quoi aimeriez-vous parler ?',
        'Hôte',
      ],
      es: [
        'Nueva inscripción',
        'Evento',
        'Fecha',
        'Entrada',
        'Inscrito/a',
        'Email',
        'Teléfono',
        'Acompañante',
        'Email del acompañante',
        '¿De qué le gustaría hablar?',
        'Anfitrión/a',
      ],
    }) as string[];
    const ticket = `GT-${rng.digits(3)}-${rng.digits(4)}`;
    const rows: [string, string][] = [
      [L[1] as string, `${ev} · ${biz.name}`],
      [L[2] as string, `${numDate(rng, lang)} 18:30`],
      [L[3] as string, ticket],
      [L[4] as string, c.full],
      [L[5] as string, c.email ?? ''],
      [L[6] as string, c.phone ?? ''],
      [L[7] as string, guestName],
      [L[8] as string, guestMail],
      [L[10] as string, staff],
    ];
    const text = `${L[0]} – ${ev}\n\n${textRows(rows)}\n\n${L[9]}\n${ctx.message ?? '-'}\n\nGatherly · gatherly.example`;
    const html = page(
      `<div style="max-width:560px;margin:0 auto;background:#fff;padding:22px"><h2>${esc(L[0] as string)}</h2>
${rowsTable(
  rows.map(([k, v]) => [k, v.includes('@') ? mailto(v) : esc(v)]),
  '#d9480f',
)}
<p><strong>${esc(L[9] as string)}</strong><br>${ctx.message ? escBr(ctx.message) : '-'}</p>
<p style="font-size:11px;color:#999">Gatherly · gatherly.example</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Gatherly', address: 'no-reply@gatherly.example' },
        subject: `${L[0]}: ${ev} – ${c.full} (+1)`,
        text,
        html,
      },
      others: [guestName, staff],
    };
  },
};

const funnel: LeadLayout = {
  id: 'multi-step-quote-funnel',
  description:
    'multi-step quote funnel "Quotient": five steps with headings ("Step 2 of 5 – …"), many answers (project type, size, timing, budget, postcode), contact details in the last step and "Anything else?" as the message; lead score and UTM fields',
  count: 14,
  sector: 'trades',
  build(ctx) {
    const { c, lang, rng } = ctx;
    const S = t(lang, {
      en: [
        'Step',
        'of',
        'Project',
        'Details',
        'Timing & budget',
        'Location',
        'Your details',
        'Type of project',
        'Size',
        'Start',
        'Budget',
        'Postcode',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Anything else?',
      ],
      de: [
        'Schritt',
        'von',
        'Projekt',
        'Details',
        'Zeitraum & Budget',
        'Ort',
        'Ihre Kontaktdaten',
        'Art des Projekts',
        'Umfang',
        'Beginn',
        'Budget',
        'PLZ',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Telefon',
        'Sonst noch etwas?',
      ],
      fr: [
        'Étape',
        'sur',
        'Projet',
        'Détails',
        'Délai et budget',
        'Lieu',
        'Vos coordonnées',
        'Type de projet',
        'Taille',
        'Début',
        'Budget',
        'Code postal',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Autre chose ?',
      ],
      es: [
        'Paso',
        'de',
        'Proyecto',
        'Detalles',
        'Plazo y presupuesto',
        'Ubicación',
        'Sus datos',
        'Tipo de proyecto',
        'Tamaño',
        'Inicio',
        'Presupuesto',
        'Código postal',
        'Nombre',
        'Apellidos',
        'Email',
        'Teléfono',
        '¿Algo más?',
      ],
    }) as string[];
    const s = (i: number) => S[i] as string;
    const steps: [string, [string, string][]][] = [
      [
        s(2),
        [
          [
            s(7),
            rng.chance(0.33)
              ? t(lang, { en: 'New', de: 'Neu', fr: 'Neuf', es: 'Nuevo' })
              : t(lang, { en: 'Renovation', de: 'Sanierung', fr: 'Rénovation', es: 'Reforma' }),
          ],
        ],
      ],
      [s(3), [[s(8), `${rng.int(2, 40) * 5} m²`]]],
      [
        s(4),
        [
          [s(9), numDate(rng, lang)],
          [s(10), `${rng.int(2, 40)}.000`],
        ],
      ],
      [s(5), [[s(11), rng.digits(5)]]],
      [
        s(6),
        [
          [s(12), c.first],
          [s(13), c.last ?? ''],
          [s(14), c.email ?? ''],
          [s(15), c.phone ?? ''],
        ],
      ],
    ];
    const text =
      steps
        .map(
          ([h, rows], i) =>
            `${s(0)} ${i + 1} ${s(1)} 5 – ${h}\n${rows.map(([k, v]) => `  ${k}: ${v}`).join('\n')}`,
        )
        .join('\n\n') +
      `\n\n${s(16)}\n${ctx.message ?? ''}\n\nLead score: ${rng.int(20, 95)} · utm_source=google · utm_campaign=quote_funnel_${rng.digits(4)}\nQuotient funnels · quotient.example`;
    const html = page(
      `<div style="max-width:600px;margin:0 auto;background:#fff;padding:18px">${steps
        .map(
          ([h, rows], i) =>
            `<h3 style="margin:18px 0 6px;color:#334155;font-size:13px">${esc(`${s(0)} ${i + 1} ${s(1)} 5 – ${h}`)}</h3>${rowsTable(
              rows.map(([k, v]) => [k, v.includes('@') ? mailto(v) : esc(v)]),
              '#475569',
            )}`,
        )
        .join('\n')}
<h3 style="margin:18px 0 6px;color:#334155;font-size:13px">${esc(s(16))}</h3><p>${ctx.message ? escBr(ctx.message) : ''}</p>
<p style="font-size:11px;color:#94a3b8">Lead score ${rng.int(20, 95)} · quotient.example</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Quotient', address: 'leads@quotient.example' },
        subject: t(lang, {
          en: 'New quote request (5/5 steps)',
          de: 'Neue Angebotsanfrage (5/5 Schritte)',
          fr: 'Nouvelle demande de devis (5/5 étapes)',
          es: 'Nueva solicitud de presupuesto (5/5 pasos)',
        }),
        text,
        html,
        primary: 'html',
      },
    };
  },
};

const subscriber: LeadLayout = {
  id: 'newsletter-signup-with-message',
  description:
    'email-marketing platform "Mailcrate" new-subscriber notice: list name and member count, merge fields (EMAIL, FNAME, LNAME, PHONE) and a "Your question" field the subscriber filled in, signup form and IP, the platform’s postal address',
  count: 14,
  needsEmail: true,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const list = t(lang, {
      en: 'Website visitors',
      de: 'Website-Besucher',
      fr: 'Visiteurs du site',
      es: 'Visitantes de la web',
    });
    const q = t(lang, { en: 'Your question', de: 'Ihre Frage', fr: 'Votre question', es: 'Su pregunta' });
    const intro = t(lang, {
      en: `A new subscriber joined ${list} (${rng.int(200, 3000)} members).`,
      de: `Neuer Abonnent in der Liste ${list} (${rng.int(200, 3000)} Kontakte).`,
      fr: `Un nouvel abonné a rejoint la liste ${list} (${rng.int(200, 3000)} contacts).`,
      es: `Un nuevo suscriptor se unió a ${list} (${rng.int(200, 3000)} contactos).`,
    });
    const rows: [string, string][] = [
      ['Email Address', c.email as string],
      ['First Name', c.first],
      ['Last Name', c.last ?? ''],
      ['Phone Number', c.phone ?? ''],
      [q, ctx.message ?? ''],
      ['Signup form', `${biz.domain}/newsletter`],
      ['Opt-in IP', `${rng.int(80, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    ];
    const foot = 'Mailcrate Inc. · 400 Pine St, Suite 9, Portland, OR 97204, USA';
    const text = `${intro}\n\n${textRows(rows)}\n\n${foot}`;
    const html = page(
      `<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px"><p>${esc(intro)}</p>${rowsTable(
        rows.map(([k, v]) => [k, k === q ? escBr(v) : esc(v)]),
        '#0f766e',
      )}<p style="font-size:11px;color:#888">${esc(foot)}</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Mailcrate', address: 'notifications@mailcrate.example' },
        subject: t(lang, {
          en: `New subscriber to ${list}`,
          de: `Neuer Abonnent: ${list}`,
          fr: `Nouvel abonné : ${list}`,
          es: `Nuevo suscriptor en ${list}`,
        }),
        text,
        html,
      },
    };
  },
};

const crmTimeline: LeadLayout = {
  id: 'crm-timeline-submission',
  description:
    'CRM "Pipewise" form-submission notice in timeline style: "Name submitted Contact us on /page", contact owner (staff), lifecycle stage, first conversion date, then the submitted fields; CRM contact link',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng, staff } = ctx;
    const L = t(lang, {
      en: [
        'submitted',
        'on',
        'Contact owner',
        'Lifecycle stage',
        'First conversion',
        'Submission',
        'Name',
        'Email',
        'Phone number',
        'How can we help?',
        'Lead',
        'View contact',
      ],
      de: [
        'hat',
        'gesendet auf',
        'Kontaktinhaber',
        'Lebenszyklusphase',
        'Erste Conversion',
        'Übermittlung',
        'Name',
        'E-Mail',
        'Telefonnummer',
        'Wie können wir helfen?',
        'Lead',
        'Kontakt ansehen',
      ],
      fr: [
        'a envoyé',
        'sur',
        'Propriétaire du contact',
        'Étape du cycle de vie',
        'Première conversion',
        'Envoi',
        'Nom',
        'E-mail',
        'Numéro de téléphone',
        'Comment pouvons-nous aider ?',
        'Lead',
        'Voir le contact',
      ],
      es: [
        'envió',
        'en',
        'Propietario del contacto',
        'Etapa del ciclo de vida',
        'Primera conversión',
        'Envío',
        'Nombre',
        'Correo',
        'Número de teléfono',
        '¿Cómo podemos ayudarle?',
        'Lead',
        'Ver contacto',
      ],
    }) as string[];
    const form = t(lang, { en: 'Contact us', de: 'Kontakt', fr: 'Nous contacter', es: 'Contáctenos' });
    const path = t(lang, { en: '/contact-us', de: '/kontakt', fr: '/nous-contacter', es: '/contacto' });
    const headline =
      lang === 'de'
        ? `${c.full} ${L[0]} „${form}“ ${L[1]} ${path}`
        : `${c.full} ${L[0]} "${form}" ${L[1]} ${path}`;
    const meta: [string, string][] = [
      [L[2] as string, staff],
      [L[3] as string, L[10] as string],
      [L[4] as string, today(ctx)],
    ];
    const fields: [string, string][] = [
      [L[6] as string, c.full],
      [L[7] as string, c.email ?? ''],
      [L[8] as string, c.phone ?? ''],
      [L[9] as string, ctx.message ?? ''],
    ];
    const contactUrl = `https://app.pipewise.example/contacts/${rng.digits(9)}`;
    const text = `${headline}\n\n${textRows(meta)}\n\n${L[5]}\n${textRows(fields)}\n\n${L[11]}: ${contactUrl}`;
    const html = page(
      `<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px"><p style="font-size:16px"><strong>${esc(c.full)}</strong> ${esc(headline.slice(c.full.length))}</p>
<p style="color:#64748b;font-size:12px">${meta.map(([k, v]) => `${esc(k)}: <strong>${esc(v)}</strong>`).join(' · ')}</p>
<h4>${esc(L[5] as string)}</h4>${rowsTable(
        fields.map(([k, v]) => [k, k === L[7] ? mailto(v || null) : escBr(v)]),
        '#ff5c35',
      )}
<p><a href="${contactUrl}">${esc(L[11] as string)}</a></p><p style="font-size:11px;color:#999">Pipewise CRM · ${esc(biz.name)}</p></div>`,
      lang,
    );
    return {
      draft: {
        from: { name: 'Pipewise', address: 'noreply@notifications.pipewise.example' },
        subject: `${form}: ${c.full} · ${time(ctx)}`,
        text,
        html,
      },
      others: [staff],
    };
  },
};

export const LAYOUTS_B = [
  weddingDirectory,
  tutorBooker,
  channelManager,
  b2bRfq,
  rsvpGuest,
  funnel,
  subscriber,
  crmTimeline,
];
