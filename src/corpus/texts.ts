/** Label wording and free text in the four languages. Wide on purpose: real forms word labels freely. */
import type { Business, Language } from './people.js';
import type { Rng } from './prng.js';

export type Field = 'name' | 'first' | 'last' | 'email' | 'phone' | 'message';

export const LABELS: Record<Language, Record<Field, readonly string[]>> = {
  en: {
    name: [
      'Name',
      'Full name',
      'Your name',
      'Your Name',
      'Full Name',
      'Contact name',
      'Name (required)',
      'Customer Name',
    ],
    first: ['First name', 'First Name', 'Given name', 'Firstname'],
    last: ['Last name', 'Last Name', 'Surname', 'Family name'],
    email: [
      'Email',
      'E-mail',
      'Email address',
      'Your email',
      'Email Address',
      'E-mail address',
      'Your Email (required)',
    ],
    phone: [
      'Phone',
      'Phone number',
      'Telephone',
      'Mobile',
      'Phone Number',
      'Contact number',
      'Tel',
      'Cell phone',
      'Best phone number',
    ],
    message: [
      'Message',
      'Your message',
      'Comments',
      'Enquiry',
      'Inquiry',
      'Details',
      'Questions / Comments',
      'Your Message',
      'Project details',
    ],
  },
  de: {
    name: ['Name', 'Vollständiger Name', 'Ihr Name', 'Vor- und Nachname', 'Kontaktperson', 'Name*'],
    first: ['Vorname', 'Vorname*'],
    last: ['Nachname', 'Familienname', 'Nachname*'],
    email: ['E-Mail', 'E-Mail-Adresse', 'Ihre E-Mail', 'Email', 'E-Mail Adresse', 'Ihre E-Mail-Adresse*'],
    phone: [
      'Telefon',
      'Telefonnummer',
      'Tel.',
      'Mobilnummer',
      'Handy',
      'Rückrufnummer',
      'Telefon (für Rückfragen)',
    ],
    message: [
      'Nachricht',
      'Ihre Nachricht',
      'Anfrage',
      'Ihr Anliegen',
      'Mitteilung',
      'Bemerkungen',
      'Kommentar',
      'Ihre Anfrage',
    ],
  },
  fr: {
    name: ['Nom', 'Nom complet', 'Votre nom', 'Nom et prénom', 'Nom & prénom', 'Votre nom*'],
    first: ['Prénom', 'Votre prénom'],
    last: ['Nom', 'Nom de famille'],
    email: [
      'E-mail',
      'Courriel',
      'Adresse e-mail',
      'Adresse électronique',
      'Votre e-mail',
      'Email',
      'Adresse mail',
    ],
    phone: ['Téléphone', 'Tél.', 'Numéro de téléphone', 'Portable', 'Votre téléphone', 'Tél. portable'],
    message: [
      'Message',
      'Votre message',
      'Demande',
      'Commentaires',
      'Précisions',
      'Votre demande',
      'Objet de votre demande',
    ],
  },
  es: {
    name: ['Nombre', 'Nombre completo', 'Tu nombre', 'Nombre y apellidos', 'Su nombre', 'Nombre*'],
    first: ['Nombre'],
    last: ['Apellidos', 'Apellido'],
    email: ['Correo electrónico', 'Email', 'E-mail', 'Correo', 'Tu email', 'Correo-e', 'Dirección de correo'],
    phone: ['Teléfono', 'Teléfono móvil', 'Móvil', 'Tel.', 'Número de teléfono', 'Teléfono de contacto'],
    message: [
      'Mensaje',
      'Tu mensaje',
      'Consulta',
      'Comentarios',
      'Observaciones',
      'Su consulta',
      'Cuéntanos tu proyecto',
    ],
  },
};

/** Fields that are neither contact nor message: extractors must not mistake them for either. */
export function extraFields(rng: Rng, lang: Language): [string, string][] {
  const pool: Record<Language, [string, () => string][]> = {
    en: [
      ['Company', () => rng.pick(['Smith & Sons', 'Blue Fern LLC', 'n/a', 'Harper Logistics'])],
      ['Zip code', () => rng.digits(5)],
      ['How did you hear about us?', () => rng.pick(['Google', 'A friend', 'Instagram', 'Drove past'])],
      ['Preferred contact time', () => rng.pick(['Morning', 'Afternoon', 'Evenings after 6pm', 'Any time'])],
      ['I agree to the privacy policy', () => 'Yes'],
      ['Budget', () => rng.pick(['$5,000 – $10,000', 'Under $2,000', '$25k+'])],
    ],
    de: [
      ['Firma', () => rng.pick(['Müller & Co. KG', 'privat', 'Schreinerei Groß'])],
      ['PLZ', () => rng.digits(5)],
      ['Wie haben Sie von uns erfahren?', () => rng.pick(['Google', 'Empfehlung', 'Zeitung'])],
      ['Datenschutz', () => 'Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.'],
      ['Anrede', () => rng.pick(['Herr', 'Frau', 'Divers'])],
      ['Gewünschter Termin', () => `${rng.int(1, 28)}.${rng.int(1, 12)}.2026`],
    ],
    fr: [
      ['Société', () => rng.pick(['Boulangerie Martin', 'particulier', 'SARL Dubois & Fils'])],
      ['Code postal', () => rng.digits(5)],
      ['Comment nous avez-vous connus ?', () => rng.pick(['Google', 'Bouche-à-oreille', 'Facebook'])],
      ['Civilité', () => rng.pick(['M.', 'Mme'])],
      ['RGPD', () => 'J’accepte que mes données soient utilisées.'],
      ['Ville', () => rng.pick(['Lyon', 'Nantes', 'Saint-Étienne', 'Besançon'])],
    ],
    es: [
      ['Empresa', () => rng.pick(['Panadería López', 'particular', 'Construcciones Peña S.L.'])],
      ['Código postal', () => rng.digits(5)],
      ['¿Cómo nos conociste?', () => rng.pick(['Google', 'Un amigo', 'Instagram'])],
      ['Provincia', () => rng.pick(['Madrid', 'Barcelona', 'Málaga', 'A Coruña'])],
      ['Acepto la política de privacidad', () => 'Sí'],
      ['Horario preferido', () => rng.pick(['Mañanas', 'Tardes', 'Cualquier hora'])],
    ],
  };
  const chosen = rng.shuffle(pool[lang]).slice(0, rng.int(0, 3));
  return chosen.map(([k, v]) => [k, v()]);
}

const SENTENCES: Record<Language, Record<Business['trade'] | 'any', readonly string[]>> = {
  en: {
    auto: [
      'I’m interested in the 2021 Toyota RAV4 XLE you have listed.',
      'Is it still available?',
      'Could I come in for a test drive on Saturday morning?',
      'What would my 2015 Honda Civic be worth as a trade-in?',
      'Do you offer financing with $3,000 down?',
    ],
    dental: [
      'I’d like to book a check-up and cleaning.',
      'I’m a new patient and have Delta Dental insurance.',
      'One of my molars has been hurting for a week.',
      'Do you do Invisalign consultations?',
      'Weekday afternoons work best for me.',
    ],
    realestate: [
      'I saw the 2-bed flat on Wapping High St and would like to arrange a viewing.',
      'Is the flat still available from March?',
      'Are pets allowed?',
      'We are a couple, both working full time, no smokers.',
      'What is the council tax band?',
    ],
    trades: [
      'Our boiler stopped working last night.',
      'Can someone come and quote for a new bathroom?',
      'The kitchen tap is leaking.',
      'We need it done before Christmas if possible.',
    ],
    b2b: [
      'We’re evaluating analytics tools for a team of 40.',
      'Could you send pricing for the Enterprise plan?',
      'We need SSO & an EU data residency option.',
      'A demo next week would be great.',
    ],
    hospitality: [
      'We’d like a double room from 12 to 15 August.',
      'Is breakfast included?',
      'Do you have parking?',
    ],
    any: [
      'Thanks!',
      'Please call me back when you can.',
      'Looking forward to hearing from you.',
      'Many thanks, and have a good day.',
      'Best time to reach me is after 5pm.',
    ],
  },
  de: {
    auto: [
      'Ich interessiere mich für den VW Golf 8 GTI aus Ihrem Angebot.',
      'Ist das Fahrzeug noch verfügbar?',
      'Wäre eine Probefahrt am Samstag möglich?',
      'Was bekomme ich für meinen Opel Astra (Bj. 2016) in Zahlung?',
      'Bieten Sie Finanzierung mit 0 % an?',
    ],
    dental: [
      'Ich hätte gern einen Termin zur Kontrolle und professionellen Zahnreinigung.',
      'Ich bin Neupatientin und gesetzlich versichert.',
      'Seit ein paar Tagen habe ich Schmerzen im linken Unterkiefer.',
      'Am liebsten vormittags.',
    ],
    realestate: [
      'Ich interessiere mich für die 3-Zimmer-Wohnung in der Leopoldstraße.',
      'Wann wäre eine Besichtigung möglich?',
      'Ist ein Stellplatz dabei?',
    ],
    trades: [
      'Unsere Heizung ist ausgefallen, es ist dringend.',
      'Bitte um ein Angebot für die Sanierung unseres Badezimmers (ca. 8 m²).',
      'Der Wasserhahn in der Küche tropft.',
      'Die Therme macht seit gestern komische Geräusche.',
    ],
    b2b: [
      'Wir suchen eine Lösung für unser Vertriebsteam (25 Nutzer).',
      'Könnten Sie uns ein Angebot schicken?',
    ],
    hospitality: ['Wir möchten ein Doppelzimmer vom 3. bis 7. Juni reservieren.', 'Ist Frühstück inklusive?'],
    any: [
      'Vielen Dank!',
      'Bitte rufen Sie mich zurück.',
      'Mit freundlichen Grüßen',
      'Ich freue mich auf Ihre Rückmeldung.',
      'Am besten erreichen Sie mich ab 17 Uhr.',
    ],
  },
  fr: {
    auto: [
      'Je suis intéressé par la Peugeot 3008 GT de votre annonce.',
      'Est-elle toujours disponible ?',
      'Serait-il possible de faire un essai samedi matin ?',
      'Reprenez-vous ma Clio IV de 2017 ?',
      'Quel serait le montant des mensualités sur 48 mois ?',
    ],
    dental: [
      'Je souhaiterais prendre rendez-vous pour un détartrage.',
      'Je suis un nouveau patient.',
      'J’ai une douleur à une molaire depuis trois jours.',
    ],
    realestate: [
      'Je suis intéressée par l’appartement T3 place Bellecour.',
      'Serait-il possible de le visiter cette semaine ?',
      'Le bien est-il toujours disponible ?',
      'Nous avons un budget d’environ 350 000 €.',
    ],
    trades: [
      'Notre chaudière est en panne depuis hier.',
      'Pourriez-vous établir un devis pour la rénovation de notre salle de bains ?',
    ],
    b2b: [
      'Nous étudions des solutions pour une équipe de 30 personnes.',
      'Pourriez-vous nous envoyer une proposition tarifaire ?',
    ],
    hospitality: [
      'Nous souhaiterions réserver une chambre double du 2 au 5 juillet.',
      'Le petit-déjeuner est-il compris ?',
    ],
    any: [
      'Merci d’avance.',
      'Merci de me rappeler.',
      'Cordialement',
      'Bonne journée !',
      'Je suis joignable plutôt en fin de journée.',
    ],
  },
  es: {
    auto: [
      'Estoy interesado en el SEAT León FR que tienen anunciado.',
      '¿Sigue disponible?',
      '¿Podría hacer una prueba de conducción el sábado?',
      '¿Aceptan mi coche actual como parte del pago?',
    ],
    dental: [
      'Quisiera pedir cita para una limpieza y revisión.',
      'Soy paciente nuevo.',
      'Me duele una muela desde hace unos días.',
      '¿Trabajan con Sanitas?',
      'Prefiero por las tardes.',
    ],
    realestate: ['Me interesa el piso de 3 habitaciones en Chamberí.', '¿Cuándo se podría visitar?'],
    trades: [
      'Queremos reformar la cocina completa (unos 12 m²).',
      '¿Podrían pasar a darnos un presupuesto?',
      'Tenemos una gotera en el baño.',
      'Nos gustaría empezar en septiembre.',
    ],
    b2b: ['Buscamos una solución para un equipo de 15 personas.', '¿Nos pueden enviar una propuesta?'],
    hospitality: [
      'Quisiéramos reservar una habitación doble del 14 al 18 de agosto.',
      '¿Tienen aparcamiento?',
      '¿El desayuno está incluido?',
      'Viajamos con un niño de 4 años.',
    ],
    any: [
      '¡Gracias!',
      'Por favor, llámenme.',
      'Un saludo.',
      'Quedo a la espera de su respuesta.',
      'Muchas gracias de antemano.',
    ],
  },
};

const GREETINGS: Record<Language, readonly string[]> = {
  en: ['Hi,', 'Hello,', 'Good morning,', 'Hi there,'],
  de: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,'],
  fr: ['Bonjour,', 'Bonsoir,', 'Madame, Monsieur,'],
  es: ['Hola,', 'Buenos días,', 'Buenas tardes,'],
};

/** A customer's message: 1–4 sentences, sometimes over several lines. */
export function makeMessage(rng: Rng, lang: Language, trade: Business['trade']): string {
  const pool = SENTENCES[lang][trade];
  const n = rng.int(1, Math.min(3, pool.length));
  const body = rng.shuffle(pool).slice(0, n);
  if (rng.chance(0.5)) body.push(rng.pick(SENTENCES[lang].any));
  const multiline = rng.chance(0.45);
  if (multiline && rng.chance(0.6)) body.unshift(rng.pick(GREETINGS[lang]));
  return multiline ? body.join(rng.chance(0.3) ? '\n\n' : '\n') : body.join(' ');
}

/** The business's signature as the owner would write it: its own phone and email are traps. */
export function businessSignature(b: Business, lang: Language): string {
  const tel = { en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' }[lang];
  return `${b.owner}\n${b.name}\n${b.street}, ${b.city}\n${tel}: ${b.phone}\n${b.email}\nhttps://www.${b.domain}`;
}

export const SIGNATURE_GREETING: Record<Language, readonly string[]> = {
  en: ['Thanks,', 'Best regards,', 'Cheers,'],
  de: ['Viele Grüße', 'Beste Grüße', 'MfG'],
  fr: ['Cordialement,', 'Bien à vous,'],
  es: ['Saludos,', 'Un saludo,'],
};

/** The note an owner types above a forwarded lead. */
export const FORWARD_NOTES: Record<Language, readonly string[]> = {
  en: [
    'FYI – new lead below, can you call them today?',
    'See below.',
    'Please add to the CRM.',
    'Another one from the website',
  ],
  de: [
    'Zur Info – bitte heute noch zurückrufen.',
    'Siehe unten.',
    'Bitte ins CRM übernehmen, danke!',
    'Neue Anfrage von der Website',
  ],
  fr: ['Pour info, peux-tu le rappeler aujourd’hui ?', 'Voir ci-dessous.', 'À saisir dans le CRM svp.'],
  es: ['Para que lo tengas, ¿puedes llamarle hoy?', 'Ver abajo.', 'Por favor, añádelo al CRM.'],
};

export const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};
