/** Ad-platform lead alerts: Facebook Lead Ads, Google Ads lead forms, LinkedIn Lead Gen, plus portals. */
import { escapeHtml } from '../mime.js';
import type { Language } from '../people.js';
import type { Rng } from '../prng.js';
import {
  htmlDocument,
  htmlStacked,
  htmlTableBeside,
  type LeadData,
  type LeadTemplate,
  type Row,
  textLabelValue,
} from './common.js';

const T = <V>(lang: Language, m: Record<Language, V>): V => m[lang];

function campaignName(d: LeadData, rng: Rng): string {
  const season = T(d.lang, {
    en: ['Spring Sale', 'Black Friday', 'Free Consultation', 'Test Drive Week'],
    de: ['Frühjahrsaktion', 'Black Friday', 'Kostenlose Beratung', 'Probefahrt-Wochen'],
    fr: ['Offre de printemps', 'Black Friday', 'Devis gratuit', 'Journées essai'],
    es: ['Oferta de primavera', 'Black Friday', 'Primera visita gratis', 'Semana de pruebas'],
  });
  return `${rng.pick(season)} ${rng.int(2025, 2026)} – ${d.business.id.split('-')[0]}`;
}

const facebook: LeadTemplate = {
  id: 'facebook',
  source: 'facebook_lead_ads',
  requires: { noReplyTo: true },
  render(d, rng) {
    const raw = rng.chance(0.35); // raw field keys, as lead-sync tools mail them
    const L = T(d.lang, {
      en: {
        name: 'Full name',
        email: 'Email',
        phone: 'Phone number',
        city: 'City',
        campaign: 'Campaign name',
        ad: 'Ad name',
        adId: 'Ad ID',
        form: 'Form name',
        msg: 'Any questions?',
        title: 'You have a new lead',
        subj: 'New lead from Facebook Lead Ads',
      },
      de: {
        name: 'Vollständiger Name',
        email: 'E-Mail',
        phone: 'Telefonnummer',
        city: 'Stadt',
        campaign: 'Kampagnenname',
        ad: 'Anzeigenname',
        adId: 'Anzeigen-ID',
        form: 'Formularname',
        msg: 'Haben Sie Fragen?',
        title: 'Sie haben einen neuen Lead',
        subj: 'Neuer Lead aus Facebook Lead Ads',
      },
      fr: {
        name: 'Nom complet',
        email: 'E-mail',
        phone: 'Numéro de téléphone',
        city: 'Ville',
        campaign: 'Nom de la campagne',
        ad: 'Nom de la publicité',
        adId: 'ID de l’annonce',
        form: 'Nom du formulaire',
        msg: 'Des questions ?',
        title: 'Vous avez un nouveau prospect',
        subj: 'Nouveau prospect Facebook Lead Ads',
      },
      es: {
        name: 'Nombre completo',
        email: 'Correo electrónico',
        phone: 'Número de teléfono',
        city: 'Ciudad',
        campaign: 'Nombre de la campaña',
        ad: 'Nombre del anuncio',
        adId: 'ID del anuncio',
        form: 'Nombre del formulario',
        msg: '¿Alguna pregunta?',
        title: 'Tienes un nuevo cliente potencial',
        subj: 'Nuevo cliente potencial de Facebook Lead Ads',
      },
    });
    const rows: Row[] = [];
    if (d.nameInBody) rows.push([raw ? 'full_name' : L.name, d.person.full, 'text']);
    if (d.emailInBody) rows.push([raw ? 'email' : L.email, d.person.email, 'email']);
    if (d.phoneInBody) rows.push([raw ? 'phone_number' : L.phone, d.person.phoneRaw, 'phone']);
    if (rng.chance(0.4))
      rows.push([raw ? 'city' : L.city, rng.pick(['Austin', 'München', 'Lyon', 'Sevilla', 'Leeds']), 'text']);
    if (d.message !== null) rows.push([raw ? 'any_questions?' : L.msg, d.message, 'message']);
    const meta: Row[] = [
      [L.campaign, campaignName(d, rng), 'text'],
      [L.ad, `${rng.pick(['Carousel', 'Video', 'Lead form'])} ${rng.int(1, 9)}`, 'text'],
      [L.adId, rng.digits(17), 'text'],
      [
        L.form,
        `${rng.pick(['Contact', 'Quote', 'Kontakt', 'Devis', 'Presupuesto'])} ${rng.int(1, 4)}`,
        'text',
      ],
    ];
    const html = rng.chance(0.6);
    const subj = `${L.subj}${rng.chance(0.5) ? `: ${meta[3]?.[1]}` : ''}`;
    const footer = 'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025';
    return {
      subject: subj,
      from: {
        name: rng.pick(['Facebook', 'Meta for Business', 'Facebook Ads']),
        address: rng.pick(['notification@facebookmail.com', 'leads@facebookmail.com']),
      },
      text:
        html && rng.chance(0.5)
          ? undefined
          : `${L.title}\n\n${textLabelValue(rows, rng)}\n\n${textLabelValue(meta, rng)}\n\nhttps://business.facebook.com/latest/leads_center\n\n${footer}`,
      html: html
        ? htmlDocument(
            rng,
            L.title,
            `<h2>${escapeHtml(L.title)}</h2>\n${htmlTableBeside([...rows, ...meta], rng, 'none')}\n<p><a href="https://business.facebook.com/latest/leads_center">Leads Center</a></p>`,
            escapeHtml(footer),
          )
        : undefined,
      layout: raw ? 'facebook-raw-keys' : html ? 'facebook-html' : 'facebook-text',
    };
  },
};

const googleAds: LeadTemplate = {
  id: 'google-ads',
  source: 'google_ads',
  requires: { noReplyTo: true },
  render(d, rng) {
    const form = `${rng.pick(['Quote request', 'Contact', 'Angebot', 'Devis', 'Presupuesto'])} ${rng.int(1, 9)}`;
    const L = T(d.lang, {
      en: {
        name: 'Full name',
        email: 'User email',
        phone: 'User phone',
        zip: 'Postal code',
        campaign: 'Campaign',
        form: 'Lead form',
        id: 'Lead ID',
        subj: `New lead from your Google Ads lead form “${form}”`,
        intro: 'A user submitted your lead form.',
      },
      de: {
        name: 'Vollständiger Name',
        email: 'E-Mail-Adresse des Nutzers',
        phone: 'Telefonnummer des Nutzers',
        zip: 'Postleitzahl',
        campaign: 'Kampagne',
        form: 'Lead-Formular',
        id: 'Lead-ID',
        subj: `Neuer Lead aus Ihrem Google Ads Lead-Formular „${form}“`,
        intro: 'Ein Nutzer hat Ihr Lead-Formular ausgefüllt.',
      },
      fr: {
        name: 'Nom complet',
        email: 'Adresse e-mail de l’utilisateur',
        phone: 'Téléphone de l’utilisateur',
        zip: 'Code postal',
        campaign: 'Campagne',
        form: 'Formulaire pour prospects',
        id: 'ID du prospect',
        subj: `Nouveau prospect via votre formulaire pour prospects Google Ads « ${form} »`,
        intro: 'Un utilisateur a rempli votre formulaire.',
      },
      es: {
        name: 'Nombre completo',
        email: 'Correo electrónico del usuario',
        phone: 'Teléfono del usuario',
        zip: 'Código postal',
        campaign: 'Campaña',
        form: 'Formulario de clientes potenciales',
        id: 'ID del cliente potencial',
        subj: `Nuevo cliente potencial de tu formulario de Google Ads "${form}"`,
        intro: 'Un usuario ha enviado tu formulario.',
      },
    });
    const rows: Row[] = [];
    if (d.nameInBody) rows.push([L.name, d.person.full, 'text']);
    if (d.emailInBody) rows.push([L.email, d.person.email, 'email']);
    if (d.phoneInBody) rows.push([L.phone, d.person.phoneRaw, 'phone']);
    if (rng.chance(0.5)) rows.push([L.zip, rng.digits(5), 'text']);
    const meta: Row[] = [
      [L.campaign, campaignName(d, rng), 'text'],
      [L.form, form, 'text'],
      [L.id, `${rng.alnum(8)}-${rng.alnum(4)}`, 'text'],
    ];
    const footer = '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043';
    return {
      subject: L.subj,
      from: { name: 'Google Ads', address: 'ads-noreply@google.com' },
      html: htmlDocument(
        rng,
        L.subj,
        `<p>${escapeHtml(L.intro)}</p>\n${rng.chance(0.6) ? htmlTableBeside([...rows, ...meta], rng, 'none') : htmlStacked([...rows, ...meta], rng, 'none')}\n<p><a href="https://ads.google.com/aw/leadforms">Google Ads</a></p>`,
        escapeHtml(footer),
      ),
      text: rng.chance(0.5)
        ? `${L.intro}\n\n${textLabelValue([...rows, ...meta], rng)}\n\n${footer}`
        : undefined,
      layout: 'google-ads',
    };
  },
};

const linkedin: LeadTemplate = {
  id: 'linkedin',
  source: 'linkedin_lead_gen',
  requires: { noReplyTo: true },
  render(d, rng) {
    const L = T(d.lang, {
      en: {
        first: 'First Name',
        last: 'Last Name',
        email: 'Email Address',
        phone: 'Phone Number',
        company: 'Company Name',
        title: 'Job Title',
        campaign: 'Campaign',
        subj: 'You have a new lead from your Lead Gen Form',
      },
      de: {
        first: 'Vorname',
        last: 'Nachname',
        email: 'E-Mail-Adresse',
        phone: 'Telefonnummer',
        company: 'Unternehmen',
        title: 'Position',
        campaign: 'Kampagne',
        subj: 'Sie haben einen neuen Lead aus Ihrem Lead-Gen-Formular',
      },
      fr: {
        first: 'Prénom',
        last: 'Nom',
        email: 'Adresse e-mail',
        phone: 'Numéro de téléphone',
        company: 'Entreprise',
        title: 'Poste',
        campaign: 'Campagne',
        subj: 'Vous avez un nouveau lead issu de votre formulaire Lead Gen',
      },
      es: {
        first: 'Nombre',
        last: 'Apellidos',
        email: 'Dirección de correo electrónico',
        phone: 'Número de teléfono',
        company: 'Empresa',
        title: 'Cargo',
        campaign: 'Campaña',
        subj: 'Tienes un nuevo cliente potencial de tu formulario de generación de contactos',
      },
    });
    const rows: Row[] = [];
    if (d.nameInBody) {
      rows.push([L.first, d.person.first, 'text']);
      rows.push([L.last, d.person.last, 'text']);
    }
    if (d.emailInBody) rows.push([L.email, d.person.email, 'email']);
    if (d.phoneInBody) rows.push([L.phone, d.person.phoneRaw, 'phone']);
    rows.push([L.company, rng.pick(['Globex GmbH', 'Initech Ltd', 'Soylent S.A.', 'Umbrella SAS']), 'text']);
    rows.push([
      L.title,
      rng.pick([
        'Head of Operations',
        'CTO',
        'Responsable achats',
        'Einkaufsleiterin',
        'Directora de marketing',
      ]),
      'text',
    ]);
    rows.push([L.campaign, campaignName(d, rng), 'text']);
    const footer =
      'This email was intended for the account owner. © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.';
    return {
      subject: L.subj,
      from: {
        name: 'LinkedIn',
        address: rng.pick(['leadgen-noreply@linkedin.com', 'messages-noreply@linkedin.com']),
      },
      html: htmlDocument(
        rng,
        L.subj,
        `<h2>${escapeHtml(L.subj)}</h2>\n${htmlTableBeside(rows, rng, 'none')}\n<a href="https://www.linkedin.com/campaignmanager/accounts/${rng.digits(9)}/leadgen">View lead</a>`,
        escapeHtml(footer),
      ),
      text: `${L.subj}\n\n${textLabelValue(rows, rng)}\n\n${footer}`,
      layout: 'linkedin',
    };
  },
};

/** Property/marketplace portal enquiries: a third party relays the customer; no named ad platform. */
const portal: LeadTemplate = {
  id: 'portal',
  source: 'other',
  render(d, rng) {
    const P = T(d.lang, {
      en: {
        portal: 'HomeFinder',
        addr: 'enquiries@homefinder-portal.example',
        subj: 'New enquiry about your listing',
        intro: 'You have received a new enquiry from a HomeFinder user about',
        name: 'Name',
        email: 'Email',
        phone: 'Telephone',
        msg: 'Message',
        footer: 'HomeFinder Ltd · 0800 555 0101 · support@homefinder-portal.example',
      },
      de: {
        portal: 'ImmoPortal24',
        addr: 'anfragen@immoportal24.example',
        subj: 'Neue Anfrage zu Ihrem Inserat',
        intro: 'Sie haben eine neue Kontaktanfrage zu folgendem Objekt erhalten:',
        name: 'Name',
        email: 'E-Mail',
        phone: 'Telefon',
        msg: 'Nachricht des Interessenten',
        footer: 'ImmoPortal24 GmbH · Kundenservice 030 555 00 00 · service@immoportal24.example',
      },
      fr: {
        portal: 'LogisFrance',
        addr: 'contact@logisfrance.example',
        subj: 'Nouveau contact pour votre annonce',
        intro: 'Un internaute souhaite être recontacté au sujet de',
        name: 'Nom',
        email: 'E-mail',
        phone: 'Téléphone',
        msg: 'Son message',
        footer: 'LogisFrance SAS · Service pro : 01 55 55 00 00 · pro@logisfrance.example',
      },
      es: {
        portal: 'PisoYa',
        addr: 'mensajes@pisoya.example',
        subj: 'Nuevo mensaje sobre tu anuncio',
        intro: 'Un usuario de PisoYa te ha escrito sobre',
        name: 'Nombre',
        email: 'Email',
        phone: 'Teléfono',
        msg: 'Mensaje',
        footer: 'PisoYa S.L. · Atención al profesional 910 55 00 00 · profesionales@pisoya.example',
      },
    });
    const ref = `${rng.pick(['Ref.', 'Objekt-ID', 'Réf.', 'Ref'])} ${rng.digits(8)}`;
    const rows: Row[] = [];
    if (d.nameInBody) rows.push([P.name, d.person.full, 'text']);
    if (d.emailInBody) rows.push([P.email, d.person.email, 'email']);
    if (d.phoneInBody) rows.push([P.phone, d.person.phoneRaw, 'phone']);
    if (d.message !== null) rows.push([P.msg, d.message, 'message']);
    const html = rng.chance(0.5);
    return {
      subject: `${P.subj} (${ref})`,
      from: { name: P.portal, address: P.addr },
      replyTo: d.replyToCustomer
        ? { name: d.replyToName ? d.person.full : null, address: d.person.email }
        : undefined,
      text:
        html && rng.chance(0.5)
          ? undefined
          : `${P.intro} ${ref}\n\n${textLabelValue(rows, rng)}\n\n${P.footer}`,
      html: html
        ? htmlDocument(
            rng,
            P.subj,
            `<p>${escapeHtml(P.intro)} <b>${ref}</b></p>\n${htmlTableBeside(rows, rng, 'none')}`,
            escapeHtml(P.footer),
          )
        : undefined,
      layout: `portal-${d.lang}`,
    };
  },
};

export const AD_TEMPLATES = { facebook, googleAds, linkedin, portal } as const;
