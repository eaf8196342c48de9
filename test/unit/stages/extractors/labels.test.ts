import { describe, expect, it } from 'vitest';
import {
  createLabelDictionary,
  isSubjectPersonLabel,
  labelHead,
  labelKey,
} from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();

describe('label dictionaries', () => {
  it.each([
    ['Full name', 'fullName'],
    ['Nom complet', 'fullName'],
    ['Vorname', 'firstName'],
    ['Prénom', 'firstName'],
    ['Nachname', 'lastName'],
    ['Apellidos', 'lastName'],
    ['Name', 'name'],
    ['Nom', 'name'],
    ['Nombre', 'name'],
    ['E-Mail', 'email'],
    ['Courriel', 'email'],
    ['Correo electrónico', 'email'],
    ['Phone', 'phone'],
    ['Telefon', 'phone'],
    ['Téléphone :', 'phone'],
    ['Teléfono', 'phone'],
    ['Handy', 'phone'],
    ['Portable', 'phone'],
    ['Móvil', 'phone'],
    // A number asked for with its code is the phone, not the code field; a hint may follow the "?".
    ['Best number to reach you? (with country code)', 'phone'],
    ['Handynummer inkl. Ländervorwahl', 'phone'],
    ['Téléphone (avec indicatif)', 'phone'],
    ['¿A qué número te llamamos? (con lada)', 'phone'],
    ['Country code', 'attr:phone_code'],
    ['Mobile', 'phone'],
    ['Message', 'message'],
    ['Comments', 'message'],
    ['Nachricht', 'message'],
    ['Mitteilung', 'message'],
    ['Commentaire', 'message'],
    ['Mensaje', 'message'],
    ['Comentarios', 'message'],
    ['Company', 'company'],
    ['Firma', 'company'],
    ['Société', 'company'],
    ['Empresa', 'company'],
  ])('%s → %s', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });

  it('guesses unlisted labels by keyword, company before name', () => {
    expect(dict.lookup('Best phone number to reach you')?.target).toBe('phone');
    expect(dict.lookup('Ihre Handynummer')?.target).toBe('phone');
    // Message slips name the number to call back, not the phone: still the caller's phone.
    for (const label of [
      'Callback number',
      'Call-back number',
      'Rückrufnummer',
      'Numéro de rappel',
      'Número de devolución',
    ])
      expect(dict.lookup(label)?.target).toBe('phone');
    expect(dict.lookup('Company name (optional)')?.target).toBe('company');
    expect(dict.lookup('Your e-mail address*')?.target).toBe('email');
    expect(dict.lookup('first_name')?.target).toBe('firstName');
    expect(dict.lookup('Anything else you would like to ask us')).toBeNull();
  });

  // Labels written as people ask: the question decides the field, in all four languages.
  it.each([
    ['What should we call you?', 'name'],
    ['Who are we speaking with?', 'name'],
    ['Who should we ask for?', 'name'],
    ['Wie dürfen wir Sie ansprechen?', 'name'],
    ['Mit wem haben wir das Vergnügen?', 'name'],
    ["À qui avons-nous l'honneur ?", 'name'],
    ['Comment vous appelez-vous ?', 'name'],
    ['¿Por quién preguntamos?', 'name'],
    ['¿Con quién hablamos?', 'name'],
    ['Booked by', 'name'],
    ['Reservado por', 'name'],
    ['Which number should we ring?', 'phone'],
    ['Unter welcher Nummer können wir Sie am besten erreichen?', 'phone'],
    ['À quel numéro peut-on vous rappeler ?', 'phone'],
    ['¿A qué número le llamamos?', 'phone'],
    ['Contact no.', 'phone'],
    ['GSM', 'phone'],
    ['Votre adresse mail ?', 'email'],
    ['Wen dürfen wir verlangen?', 'name'],
    ['Vous êtes ?', 'name'],
    ['Comment doit-on vous nommer ?', 'name'],
    ['¿Cómo debemos dirigirnos a usted?', 'name'],
    ['¿A nombre de quién anotamos la solicitud?', 'name'],
    ['¿A quién preguntamos?', 'name'],
    ['Where can we write to you?', 'email'],
    ['Wohin dürfen wir Ihnen schreiben?', 'email'],
    ['Où pouvons-nous vous écrire ?', 'email'],
    ['¿A dónde le escribimos?', 'email'],
    ['Phone country code', 'attr:phone_code'],
    ['Ländervorwahl', 'attr:phone_code'],
    ['phone country', 'country'],
    ['telefono pais', 'country'],
  ])('question or role label %s → %s', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });

  it('reads a person’s name with a booking’s role badge as a value, not a name label', () => {
    for (const cell of ['Hannah Whitfield Booker', "Eleanor Price Booker's", 'Jane Doe Guest'])
      expect(dict.lookup(cell)).toBeNull();
    for (const label of ['Lead Guest Name', 'Main Booker', 'Booker name'])
      expect(dict.lookup(label)).not.toBeNull();
  });

  it('does not take a reference or a count asked as a number for a phone', () => {
    expect(dict.lookup('What is your order number?')?.target).not.toBe('phone');
    expect(dict.lookup('Wie lautet Ihre Kundennummer?')?.target).not.toBe('phone');
    expect(dict.lookup('Number of guests?')?.target).not.toBe('phone');
  });

  it('reports the language of language-specific labels only', () => {
    expect(dict.lookup('Vorname')?.lang).toBe('de');
    expect(dict.lookup('Courriel')?.lang).toBe('fr');
    expect(dict.lookup('Apellidos')?.lang).toBe('es');
    expect(dict.lookup('Email')?.lang).toBeNull();
  });

  it('lets profile overrides win over the built-in entries', () => {
    const custom = createLabelDictionary({ message: ['Vehicle'], phone: ['Rückruf unter'] });
    expect(custom.lookup('Vehicle')?.target).toBe('message');
    expect(custom.lookup('Rückruf unter')?.target).toBe('phone');
    expect(dict.lookup('Vehicle')?.target).toBe('attr:vehicle');
  });

  it('reduces labels to accent- and punctuation-free keys', () => {
    expect(labelKey('Téléphone :')).toBe('telephone');
    expect(labelKey('E-Mail-Adresse*')).toBe('emailadresse');
    expect(dict.isKnownLabel('Full name')).toBe(true);
    expect(dict.isKnownLabel('Hello there, this is a sentence that is not a label')).toBe(false);
  });
});

describe('the customer by role and the business by role', () => {
  it('takes the role words of message slips and orders as the customer, in four languages', () => {
    for (const l of [
      'Caller',
      'Caller name',
      'Spoke with',
      'Message from',
      'Ordered by',
      'Anrufer',
      'Anrufer/in',
      'Name des Anrufers',
      'Rückruf an',
      'Besteller',
      'Nachricht von',
      'Appelant(e)',
      "Nom de l'appelant",
      'De la part de',
      'Commanditaire',
      'Message de',
      'Llamante',
      'Nombre del llamante',
      'De parte de',
      'Pedido realizado por',
      'Mensaje de',
      'Comensal',
      'Nombre del comensal',
      'Convive',
      'Reservierung auf den Namen',
      'Who are we chatting with?',
      "Comment tu t'appelles ?",
    ])
      expect(dict.lookup(l)?.target, l).toBe('name');
  });
  it('never takes whom a message slip is for for the message, in four languages', () => {
    for (const l of [
      'Message for',
      'Message to',
      'Nachricht für',
      'Nachricht an',
      'Message pour',
      'Mensaje para',
    ])
      expect(dict.lookup(l), l).toBeNull();
  });
  it('takes a message or question addressed to the company for the message, not its name', () => {
    for (const l of [
      'Your message to the company',
      'Ihre Nachricht an das Unternehmen',
      "Votre message pour l'entreprise",
      "Une question pour l'entreprise ?",
      'Su mensaje para la empresa',
    ])
      expect(dict.lookup(l)?.target, l).toBe('message');
    expect(dict.lookup('Company name')?.target).toBe('company');
  });
  it("takes a buyer's requirement for the message, in four languages", () => {
    for (const l of [
      'Requirement',
      'Requirements',
      'Bedarf',
      'Ihr Bedarf',
      'Anforderungen',
      'Besoin',
      'Votre besoin',
      'Necesidad',
      'Requisitos',
    ])
      expect(dict.lookup(l)?.target, l).toBe('message');
  });
  it('never takes a practitioner, a coach or their name label for the customer', () => {
    for (const l of [
      'Practitioner name',
      "Doctor's name",
      'Physiotherapist',
      'Provider name',
      'Booked with',
      'Name des Behandlers',
      'Zahnärztin',
      'Nom du praticien',
      'Kinésithérapeute',
      'Nombre del profesional',
      'Odontóloga',
      'Fisioterapeuta',
    ])
      expect(dict.lookup(l), l).toBeNull();
  });
});

describe('isSubjectPersonLabel', () => {
  it('names the person a form is about, in four languages', () => {
    for (const l of [
      'Patient name',
      "Child's first name",
      'Vorname des Kindes',
      'Name des Patienten',
      'Nom du voyageur',
      "Prénom de l'enfant",
      'Nombre del residente',
      'Solicitado en nombre de',
      'On behalf of',
    ])
      expect(isSubjectPersonLabel(l), l).toBe(true);
  });
  it('never the contact: the parent, guardian or booker, or a plain name label', () => {
    for (const l of [
      'Parent/guardian name',
      'Name des Erziehungsberechtigten',
      'Nom du parent',
      'Nombre del tutor',
      'Booked by',
      'Your name',
      'Name',
    ])
      expect(isSubjectPersonLabel(l), l).toBe(false);
  });
});

describe('a label typed by its head', () => {
  it.each([
    // A qualifier clause naming another field.
    ['Phone, in case email bounces', 'phone'],
    ['Telefon, falls die Mail nicht ankommt', 'phone'],
    ["Téléphone, si l'e-mail ne passe pas", 'phone'],
    ['Teléfono, en caso de que el correo rebote', 'phone'],
    ['Email, so we can reply', 'email'],
    ["Votre e-mail, pour qu'on vous réponde", 'email'],
    // A hint sentence after the question.
    ["How can we help? Don't hold back", 'message'],
    ['¿En qué te ayudamos? Cuéntanos con detalle', 'message'],
    // A request to be called.
    ['Call me on', 'phone'],
    ['Rufen Sie mich an unter', 'phone'],
    ['Appelez-moi au', 'phone'],
    ['Llámenme al', 'phone'],
    // The lead's word around a field's.
    ['Leadformular', 'formName'],
    ['Formulaire de lead', 'formName'],
    ['Formulario de clientes potenciales', 'formName'],
    ['Kundentelefon', 'phone'],
    // The advertiser's account.
    ['Kontonummer', 'attr:account_id'],
    ['Account number', 'attr:account_id'],
    ['Numéro de compte', 'attr:account_id'],
    ['Account name', 'attr:account_name'],
  ])('%s → %s', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });

  it.each([
    // Qualifiers that are part of the field, and commas before a noun.
    ['Email address (work)', 'email'],
    ['Phone (mobile)', 'phone'],
    ['E-Mail, geschäftlich', 'email'],
    ['Best time to call', 'attr:preferred_contact'],
    ['Preferred contact', 'attr:preferred_contact'],
  ])('keeps %s → %s', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });

  it('reads no hint into a question answered on its line, nor an account into a bare "Account"', () => {
    expect(labelHead('Your name? Jane Doe')).toBe('Your name? Jane Doe');
    expect(labelHead("How can we help? Don't hold back")).toBe('How can we help?');
    expect(dict.lookup('Account')).toBeNull();
    expect(dict.lookup('Kundennummer')?.target).not.toBe('phone');
  });
});
