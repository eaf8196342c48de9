/**
 * Redaction that does not depend on extraction: names by their context, and every email and phone
 * number, with no lead details passed in (as when the extractor took the wrong person).
 */
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { redactText } from '../../../src/processors/stages/redact.js';
import { isFiller, redactNamesInContext } from '../../../src/processors/stages/redact-names.js';
import { unicodeText } from '../schemas/arbitraries.js';

describe('names by their context, in en/de/fr/es', () => {
  describe.each([
    ['en label', 'Name: Anna Schmidt\nPlease call me.', 'Name: [name] [name]\nPlease call me.'],
    ['en label, first name', 'First name - Anna', 'First name - [name]'],
    ['de label', 'Vorname: Hans\nNachname: Müller', 'Vorname: [name]\nNachname: [name]'],
    ['fr label', 'Nom : Dupont ; Prénom : Jean', 'Nom : [name] ; Prénom : [name]'],
    ['es label', 'Nombre: María\nApellidos: García López', 'Nombre: [name]\nApellidos: [name] [name]'],
    ['label on its own line', 'Name\nAnna Schmidt\nI want a quote.', 'Name\n[name] [name]\nI want a quote.'],
    [
      'en introduction',
      'Hello, my name is john smith and I need a van.',
      'Hello, my name is [name] [name] and I need a van.',
    ],
    ['de introduction', 'Ich heiße Anna und suche ein Auto.', 'Ich heiße [name] und suche ein Auto.'],
    [
      'fr introduction',
      "Je m'appelle Marie Dubois, je cherche un appartement.",
      "Je m'appelle [name] [name], je cherche un appartement.",
    ],
    ['es introduction', 'Me llamo Juan Pérez.', 'Me llamo [name] [name].'],
    ['en greeting', 'Hi Anna,\nis the car available?', 'Hi [name],\nis the car available?'],
    ['en greeting with title', 'Dear Mr. Smith, please call me.', 'Dear Mr. [name], please call me.'],
    ['en greeting, lowercase name', 'hello anna, call me', 'hello [name], call me'],
    ['de greeting', 'Liebe Frau Schmidt,\nich habe eine Frage.', 'Liebe Frau [name],\nich habe eine Frage.'],
    ['de greeting Hallo', 'Hallo Thomas! Wann passt es?', 'Hallo [name]! Wann passt es?'],
    ['fr greeting', 'Bonjour Marie, je voudrais visiter.', 'Bonjour [name], je voudrais visiter.'],
    ['es greeting', 'Hola Juan, ¿está disponible?', 'Hola [name], ¿está disponible?'],
    ['en sign-off, same line', 'Call me please.\nThanks, Anna', 'Call me please.\nThanks, [name]'],
    [
      'en sign-off, next line',
      'Call me please.\nBest regards\nJohn Smith',
      'Call me please.\nBest regards\n[name] [name]',
    ],
    ['en sign-off after a phrase', 'Thanks for your help, Anna', 'Thanks for your help, [name]'],
    [
      'de sign-off',
      'Bitte um Rückruf.\nMit freundlichen Grüßen\nHans Müller',
      'Bitte um Rückruf.\nMit freundlichen Grüßen\n[name] [name]',
    ],
    [
      'fr sign-off',
      'Merci de me rappeler.\nCordialement,\nJean Dupont',
      'Merci de me rappeler.\nCordialement,\n[name] [name]',
    ],
    [
      'es sign-off',
      'Llámenme por favor.\nSaludos,\nMaría García',
      'Llámenme por favor.\nSaludos,\n[name] [name]',
    ],
    [
      'signature delimiter',
      'See you.\n-- \nAnna Schmidt\nAcme Motors',
      'See you.\n-- \n[name] [name]\n[name] [name]',
    ],
    ['dash signature at the end', 'Is it still available?\n— Anna', 'Is it still available?\n— [name]'],
    [
      'bare name on the last line',
      'Please call after 5pm.\nJOHN SMITH',
      'Please call after 5pm.\n[name] [name]',
    ],
    [
      'bare name above a contact line',
      'Call me.\nAnna Schmidt\nTel: +49 30 1234567',
      'Call me.\n[name] [name]\nTel: [phone]',
    ],
    [
      'fr sign-off with d’avance',
      'Je voudrais visiter.\nMerci d’avance,\nMarie',
      'Je voudrais visiter.\nMerci d’avance,\n[name]',
    ],
    [
      'honorific in prose (en)',
      'Please ask for Mr. Smith at the desk.',
      'Please ask for Mr. [name] at the desk.',
    ],
    ['honorific in prose (de)', 'Bitte Frau Schmidt verlangen.', 'Bitte Frau [name] verlangen.'],
    ['honorific in prose (es)', 'Pregunten por la Sra. López.', 'Pregunten por la Sra. [name].'],
    ['name here', 'Anna here, is the flat free?', '[name] here, is the flat free?'],
    [
      'quoted header',
      'See below.\nFrom: Anna Schmidt <[email]>\nSubject: flat',
      'See below.\nFrom: [name] [name] <[email]>\nSubject: flat',
    ],
    ['quoted header (de)', 'Von: Hans Müller', 'Von: [name] [name]'],
    ['role label', 'Enquirer: Tom Baker', 'Enquirer: [name] [name]'],
    ['staff label', 'Your agent: Tom Baker', 'Your agent: [name] [name]'],
    ['staff label (de)', 'Ihr Berater: Jonas Weber', 'Ihr Berater: [name] [name]'],
    ['staff label (fr)', 'Votre conseillère : Julie Martin', 'Votre conseillère : [name] [name]'],
    ['staff label (es)', 'Asesor - Pedro Gil', 'Asesor - [name] [name]'],
    ['pipe table row', '| Name | Anna Schmidt |', '| Name | [name] [name] |'],
    ['dot leaders', 'Nombre ........ Ana Ruiz', 'Nombre ........ [name] [name]'],
    ['aligned columns', 'Nachname      Müller', 'Nachname      [name]'],
    ['vCard', 'FN:Anna Schmidt', 'FN:[name] [name]'],
    [
      'enquiry from',
      'New enquiry from Anna Schmidt about the flat',
      'New enquiry from [name] [name] about the flat',
    ],
    ['fr family-name label', 'Nom de famille : Dupont', 'Nom de famille : [name]'],
    ['role label (es)', 'Huésped: Ana Ruiz', 'Huésped: [name] [name]'],
    ['required marker and answer arrow', 'Name* → Anna Schmidt', 'Name* → [name] [name]'],
    [
      'question label, answer below',
      'Who should we ask for?\nAnna Schmidt\nThanks',
      'Who should we ask for?\n[name] [name]\nThanks',
    ],
    [
      'question label (es), answer on the line',
      '¿Por quién preguntamos? Ana Ruiz',
      '¿Por quién preguntamos? [name] [name]',
    ],
    [
      'reply attribution',
      'Yes please.\nOn Monday, Anna Schmidt wrote:\n> hi',
      'Yes please.\nOn [name], [name] [name] wrote:\n> hi',
    ],
    // Staff and third parties in a portal's or dealer's text: no person's name reaches analytics.
    ['en listed by', 'Listed by Mark Evans at Harbour Estates', 'Listed by [name] [name] at Harbour Estates'],
    ['en message to agent', 'Message to Mark Evans: is it free?', 'Message to [name] [name]: is it free?'],
    ['en negotiator label', 'Negotiator: Mark Evans', 'Negotiator: [name] [name]'],
    ['en branch manager label', 'Branch manager: Mark Evans', 'Branch manager: [name] [name]'],
    ['de betreut von', 'Betreut von Thomas Richter', 'Betreut von [name] [name]'],
    ['de Anbieter label', 'Anbieter: Thomas Richter', 'Anbieter: [name] [name]'],
    ['fr proposé par', 'Proposé par Sophie Bernard', 'Proposé par [name] [name]'],
    ['fr interlocuteur label', 'Interlocuteur : Sophie Bernard', 'Interlocuteur : [name] [name]'],
    ['es gestionado por', 'Gestionado por Luis Navarro', 'Gestionado por [name] [name]'],
    ['es anunciante label', 'Anunciante: Luis Navarro', 'Anunciante: [name] [name]'],
    [
      'business card line',
      'Mark Evans | Harbour Estates | 0131 496 0000',
      '[name] [name] | Harbour Estates | [phone]',
    ],
    [
      'en your agent in prose',
      'Your agent Rebecca Lawson will call you.',
      'Your agent [name] [name] will call you.',
    ],
    ['en listed by with a colon', 'Listed by: Rebecca Lawson', 'Listed by: [name] [name]'],
    [
      'de Ihr Ansprechpartner in prose',
      'Ihr Ansprechpartner Julia Hoffmann meldet sich.',
      'Ihr Ansprechpartner [name] [name] meldet sich.',
    ],
    ['fr votre interlocuteur', 'Votre interlocuteur Sophie Bernard', 'Votre interlocuteur [name] [name]'],
    ['es su agente', 'Su agente Carlos Méndez le llamará.', 'Su agente [name] [name] le llamará.'],
    ['es publicado por with a colon', 'Publicado por: Carlos Méndez', 'Publicado por: [name] [name]'],
    ['greeting and comma, then a name', 'Hi, Anna, is it free?', 'Hi, [name], is it free?'],
    ['ask for', 'Please ask for Rebecca at the branch.', 'Please ask for [name] at the branch.'],
    [
      'en relative',
      'My husband Tom and I would like a viewing.',
      'My husband [name] and I would like a viewing.',
    ],
    [
      'a closing name with a role',
      'Could we view it on Saturday?\nRebecca Lawson, Senior Negotiator',
      'Could we view it on Saturday?\n[name] [name], Senior Negotiator',
    ],
    [
      'a closing name with a firm (de)',
      'Ist die Wohnung frei?\nJulia Hoffmann, Schmidt Immobilien GmbH',
      'Ist die Wohnung frei?\n[name] [name], Schmidt Immobilien GmbH',
    ],
    ['de relative', 'Mein Mann Thomas kommt mit.', 'Mein Mann [name] kommt mit.'],
    ['fr relative', 'Ma femme, Julie, sera là.', 'Ma femme, [name], sera là.'],
    ['es relative', 'Mi hija Lucía tiene 12 años.', 'Mi hija [name] tiene 12 años.'],
    [
      'a bare name above a card line',
      'Rebecca Lawson\nNorthgate Estates, 4 Park Row\nCould we view on Saturday?\nWe are flexible.\nSee you soon.',
      '[name] [name]\nNorthgate Estates, 4 Park Row\nCould we view on Saturday?\nWe are flexible.\nSee you soon.',
    ],
    // Typed in a chat box: a known given name in lower case after an introduction or as a turn's speaker.
    [
      'en chat, typed introduction',
      'hello, im rachel. do you do hedges?',
      'hello, im [name]. do you do hedges?',
    ],
    ['en chat, answer', "turf please. it's priya", "turf please. it's [name]"],
    ['de chat, typed introduction', 'ich bin katrin meyer und suche', 'ich bin [name] [name] und suche'],
    ['fr chat, typed introduction', "bonjour c'est julie, je cherche", "bonjour c'est [name], je cherche"],
    ['es chat, typed introduction', 'buenas, soy ana lópez, necesito', 'buenas, soy [name] [name], necesito'],
    ['chat turn speaker in lower case', '[10:42] julie bernard: bonjour', '[10:42] [name] [name]: bonjour'],
  ])('%s', (_case, input, expected) => {
    it('is redacted', () => {
      expect(redactText(input)).toBe(expected);
    });
  });

  describe.each([
    ['greeting to a team', 'Hi there, is the flat still free?'],
    ['greeting to sir or madam', 'Dear Sir or Madam, I would like a quote.'],
    ['greeting then a sentence', 'Hello I would like a quote for a kitchen.'],
    ['thanks in prose', 'Thanks for the quick reply, I will wait for the offer.'],
    ['one-line message', 'Quote for 3 windows please'],
    // After a greeting and its comma a sentence starts: its lowercase words are no name.
    ['es greeting and comma, then a sentence', 'Hola, me interesa el piso. ¿Se admiten mascotas?'],
    ['en greeting and comma, then a sentence', 'Hello, we would like a viewing.'],
    // The typed-name rule needs a known given name: a noun or a state after the phrase stays.
    ['de "im" before a noun, en "it\'s" before a day', "im Garten steht ein Baum, it's Monday"],
    ['fr "c\'est" before a word', "c'est urgent, je suis intéressé"],
    ['a lower-case field label at a line start', 'budget: 5000 euros'],
  ])('%s', (_case, input) => {
    it('is left as is', () => {
      expect(redactText(input)).toBe(input);
    });
  });
});

/**
 * The person a form is about (a patient, a child, a pupil: never the lead) and the one filling it in
 * for them: the context rules alone take both names by their labels, names no gazetteer knows.
 */
describe('names beside the labels of a form filled in for someone else', () => {
  it.each([
    [
      'en subject label',
      'Patient: Lilou Carter\nShe has a wobbly tooth.',
      'Patient: [name] [name]\nShe has a wobbly tooth.',
    ],
    [
      'de subject label',
      'Name des Kindes: Jonte Behrendt\nEr braucht Nachhilfe in Mathe.',
      'Name des Kindes: [name] [name]\nEr braucht Nachhilfe in Mathe.',
    ],
    [
      'fr subject label',
      "Nom de l'enfant : Inès Moreau\nElle a mal aux dents.",
      "Nom de l'enfant : [name] [name]\nElle a mal aux dents.",
    ],
    [
      'es subject label',
      'Nombre del alumno: Mateo Serrano\nNecesita refuerzo de inglés.',
      'Nombre del alumno: [name] [name]\nNecesita refuerzo de inglés.',
    ],
    ['en attendee', 'Name of attendee: Ruth Ellison', 'Name of attendee: [name] [name]'],
    [
      'de participant, surname first',
      'Teilnehmer (Kind): Hartmann, Emil',
      'Teilnehmer (Kind): [name], [name]',
    ],
    ['es joined contact roles', 'Padre/madre o tutor: Elena Serrano', 'Padre/madre o tutor: [name] [name]'],
    [
      'de gendered contact role',
      'Erziehungsberechtigte/r: Silke Behrendt',
      'Erziehungsberechtigte/r: [name] [name]',
    ],
  ])('%s', (_case, input, expected) => {
    expect(redactNamesInContext(input)).toBe(expected);
  });
});

describe('emails and phones, without the lead’s details', () => {
  it.each([
    ['obfuscated (at) (dot)', 'write to jane (at) example (dot) com', 'write to [email]'],
    ['obfuscated [at]', 'jane.doe[at]example.de', '[email]'],
    ['plain at with a dotted local part', 'mail jane.doe at example.com today', 'mail [email] today'],
    ['atext in the local part', 'jane!smith@example.com', '[email]'],
    ['phone with a spaced slash', 'ruf an: 0151 / 234 567 89', 'ruf an: [phone]'],
    ['phone with a bracketed trunk zero', '+44 (0) 20 7946 0958', '[phone]'],
    ['short number after a label', 'Tel: 12 34 56', 'Tel: [phone]'],
    ['extension after a label', 'Durchwahl 123', 'Durchwahl [phone]'],
  ])('%s', (_case, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

// ---- property: a generated name, email or phone in arbitrary text never survives -------------

const FIRST = [
  'Anna',
  'John',
  'María',
  'Jean-Luc',
  'Zoë',
  'Hans',
  'Søren',
  'Aoife',
  'Mohammed',
  'Chloé',
  'Jürgen',
  'Íñigo',
];
const LAST = [
  'Schmidt',
  'Smith',
  'García López',
  'O’Brien',
  'Müller',
  'Dupont',
  'van der Berg',
  'McDonald',
  'Østergård',
  'Nakamura',
];
const capitalisedWord = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUVWZÄÖÜÉÑ'), fc.stringMatching(/^[a-zäöüéèñç]{2,9}$/))
  .map(([a, b]) => a + b);
const personName = fc
  .tuple(
    fc.oneof(fc.constantFrom(...FIRST), capitalisedWord),
    fc.oneof(fc.constantFrom(...LAST), capitalisedWord),
  )
  .chain(([first, last]) => fc.constantFrom(`${first} ${last}`, `${first} ${last}`.toUpperCase(), first));

/** Where a name appears in a message, in the four languages. */
const NAME_CONTEXTS: ReadonlyArray<(name: string) => string> = [
  (n) => `Name: ${n}`,
  (n) => `Full name: ${n}`,
  (n) => `Vorname / Nachname: ${n}`,
  (n) => `Nom : ${n}`,
  (n) => `Nombre: ${n}`,
  (n) => `My name is ${n}.`,
  (n) => `Ich heiße ${n}.`,
  (n) => `Je m'appelle ${n}.`,
  (n) => `Me llamo ${n}.`,
  (n) => `Hi ${n},`,
  (n) => `Dear ${n},`,
  (n) => `Hallo ${n},`,
  (n) => `Liebe ${n},`,
  (n) => `Bonjour ${n},`,
  (n) => `Hola ${n},`,
  (n) => `Thanks, ${n}`,
  (n) => `Best regards\n${n}`,
  (n) => `Mit freundlichen Grüßen\n${n}`,
  (n) => `Cordialement,\n${n}`,
  (n) => `Saludos,\n${n}`,
];

/** Valid mobile numbers of every region libphonenumber knows, in the ways people write them. */
const REGIONS = getCountries().filter((c) => getExampleNumber(c, examples));
const phoneWritten = fc.tuple(fc.constantFrom(...REGIONS), fc.nat()).map(([region, k]) => {
  const n = getExampleNumber(region as CountryCode, examples);
  if (!n) throw new Error(`no example for ${region}`);
  const intl = n.formatInternational();
  const forms = [
    n.number,
    intl,
    intl.replace('+', '00'),
    intl.replace(/ /g, '.'),
    intl.replace(/ /g, '-'),
    n.formatNational(),
    n.formatNational().replace(/ /g, '.'),
  ];
  // A national form shorter than 7 digits is indistinguishable from any other number in prose.
  const usable = forms.filter((f) => f.replace(/\D/g, '').length >= 7);
  return { written: usable[k % usable.length] as string, digits: n.nationalNumber as string };
});

/** Arbitrary text on lines of its own, around the item. */
const around = unicodeText(80).map((t) => t.replace(/\r/g, ''));

describe('redaction property: no extracted details needed', () => {
  test.prop([personName, fc.nat(), around, around], { numRuns: 1500 })(
    'a name after a label, greeting or sign-off never survives',
    (name, k, before, after) => {
      const context = NAME_CONTEXTS[k % NAME_CONTEXTS.length] as (n: string) => string;
      const words = name.split(' ');
      const present = (text: string) =>
        words.some((w) =>
          new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text),
        );
      // A "name" that is a greeting word ("Tous", "Team") is not one.
      fc.pre(!present(before) && !present(after) && !words.some(isFiller));
      // Act
      const out = redactText(`${before}\n${context(name)}\n${after}`);
      // Assess
      expect(present(out)).toBe(false);
    },
  );

  test.prop([fc.emailAddress(), around, around, fc.constantFrom(' ', '\n', ': ', ' (', '<', '"', '')], {
    numRuns: 800,
  })('an email address never survives', (email, before, after, sep) => {
    const out = redactText(`${before} ${sep}${email}${sep === ' (' ? ')' : ''} ${after}`).toLowerCase();
    expect(out).not.toContain(email.toLowerCase());
    expect(out).not.toContain(`${email.split('@')[1]?.toLowerCase()}`.length > 0 ? email.toLowerCase() : '');
  });

  test.prop([phoneWritten, around, around], { numRuns: 1500 })(
    'a phone number in any region and format never survives',
    ({ written, digits }, before, after) => {
      fc.pre(!before.includes(digits) && !after.includes(digits));
      const out = redactText(`${before} ${written} ${after}`);
      expect(out).not.toContain(written);
      expect(out.replace(/[^\d]/g, '')).not.toContain(digits.length >= 7 ? digits : '\u0000');
    },
  );
});

describe('context redaction stays linear on hostile input', () => {
  it.each([
    ['greetings', 'Hi Anna. '.repeat(20_000)],
    ['labels', 'Name: '.repeat(20_000)],
    ['sign-off lines', 'Thanks,\n'.repeat(20_000)],
    ['introductions', 'I am I am '.repeat(10_000)],
    ['sentence ends and spaces', `.${' '.repeat(100_000)}x`],
    ['obfuscated ats', 'a [at] '.repeat(20_000)],
    ['phone separators', '1 / '.repeat(30_000)],
    ['handled-by phrases', 'listed by '.repeat(20_000)],
    ['card lines', `${'Ab Cd '.repeat(20_000)}|`],
  ])('%s', (_kind, hostile) => {
    const started = performance.now();
    redactText(hostile);
    // Generous bound for CI: a quadratic pattern takes many seconds on these.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
