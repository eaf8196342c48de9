import { describe, expect, it } from 'vitest';
import {
  isPlausibleName,
  type NameOrder,
  nameOrderOfLabel,
  normaliseNames,
} from '../../../src/processors/stages/normalise-names.js';

const full = (fullName: string, order: NameOrder = null) =>
  normaliseNames({ fullName, firstName: null, lastName: null }, { order });

describe('normaliseNames: a lone full name', () => {
  describe.each([
    // [case, written, order, first, last]
    ['first last', 'José Luis Peña', null, 'José', 'Luis Peña'],
    ['comma means last, first', 'Doe, Jane', null, 'Jane', 'Doe'],
    ['last-first from the label (de)', 'Müller Hans', 'last-first', 'Hans', 'Müller'],
    [
      'last-first from the label (es), two surnames',
      'García López, María José',
      null,
      'María José',
      'García López',
    ],
    ['last-first with particles (nl)', 'van der Berg Jan', 'last-first', 'Jan', 'van der Berg'],
    ['capitalised surname first with particles (es)', 'de la FUENTE María', null, 'María', 'de la Fuente'],
    [
      'label says last-first, value is given-first (es)',
      'Ana García López',
      'last-first',
      'Ana',
      'García López',
    ],
    [
      'label says last-first, two given names (es)',
      'García López María José',
      'last-first',
      'María José',
      'García López',
    ],
    [
      'label says last-first, second surname is a given name (es)',
      'García Martín Ana',
      'last-first',
      'Ana',
      'García Martín',
    ],
    [
      'label says last-first, both ends given names: label wins',
      'Martin Thomas',
      'last-first',
      'Thomas',
      'Martin',
    ],
    ['capitalised surname first (fr)', 'DUPONT Jean', null, 'Jean', 'Dupont'],
    ['capitalised surname last (fr)', 'Jean DUPONT', null, 'Jean', 'Dupont'],
    ['capitalised surname with a particle', 'Jean de LA FONTAINE', null, 'Jean', 'de la Fontaine'],
    ['ALL CAPS', 'JEAN-PIERRE O’BRIEN', null, 'Jean-Pierre', 'O’Brien'],
    ['ALL CAPS with particles', 'JAN VAN DER BERG', null, 'Jan', 'van der Berg'],
    ['ALL CAPS, de la', 'JEAN DE LA FONTAINE', null, 'Jean', 'de la Fontaine'],
    ['McDONALD', 'Ronald McDONALD', null, 'Ronald', 'McDonald'],
    ['lowercase with Mc', 'ronald mcdonald', null, 'Ronald', 'McDonald'],
    ['apostrophe particle inside', 'Valéry GISCARD D’ESTAING', null, 'Valéry', 'Giscard d’Estaing'],
    ['al- particle inside', 'AHMED AL-RASHID', null, 'Ahmed', 'al-Rashid'],
    ['bin inside', 'MOHAMMED BIN SALMAN', null, 'Mohammed', 'bin Salman'],
    ['von inside, mixed case kept', 'Ludwig van Beethoven', null, 'Ludwig', 'van Beethoven'],
    ['dos (pt)', 'MARIA DOS SANTOS', null, 'Maria', 'dos Santos'],
    ['di (it)', 'LUCA DI MARCO', null, 'Luca', 'di Marco'],
    ['ten (nl)', 'PIETER TEN BOSCH', null, 'Pieter', 'ten Bosch'],
    ['honorific dropped', 'Dr. Hans Müller', null, 'Hans', 'Müller'],
    ['role suffix in brackets', 'Jane Doe (Customer)', null, 'Jane', 'Doe'],
    ['role suffix after a dash (fr)', 'Jean Dupont - Client', null, 'Jean', 'Dupont'],
    ['role suffix after a dash (en)', 'Tom Jones - Guest', null, 'Tom', 'Jones'],
    ['bare role suffix', 'John Smith Buyer', null, 'John', 'Smith'],
    ['role suffix (de)', 'Anna Schmidt (Interessentin)', null, 'Anna', 'Schmidt'],
    ['role suffix (es)', 'María Pérez, cliente', null, 'María', 'Pérez'],
    ['leading role', 'Guest: Tom Jones', null, 'Tom', 'Jones'],
    ['a surname that is a role word is kept', 'Anna Gast', null, 'Anna', 'Gast'],
    ['booking badge (en)', 'Hannah Whitfield Booker', null, 'Hannah', 'Whitfield'],
    ['booking badge (de)', 'Jonas Becker Buchender', null, 'Jonas', 'Becker'],
    ['booking badge after a middle dot (es)', 'Lucía Gómez · Participante', null, 'Lucía', 'Gómez'],
    ['booking badge after a dash (fr)', 'Camille Roux - réservataire', null, 'Camille', 'Roux'],
    [
      'role phrase after a comma (fr)',
      'Julien Ferrand, titulaire de la réservation',
      null,
      'Julien',
      'Ferrand',
    ],
    ['role phrase after a dash (es)', 'Lucía Gómez – titular de la reserva', null, 'Lucía', 'Gómez'],
    ['possessive badge', "Eleanor Price Booker's", null, 'Eleanor', 'Price'],
    ['possessive after the full name', "Eleanor Price Smith's", null, 'Eleanor', 'Price'],
    ['possessive surname, what follows dropped', 'Tom Ashworth’s account', null, 'Tom', 'Ashworth'],
    ['apostrophes inside a name are no possessive', "AOIFE O'NEILL", null, 'Aoife', "O'Neill"],
    ['glued particle kept', "Inês d'Almeida", null, 'Inês', "d'Almeida"],
    ['Spanish honorific abbreviation', 'D.ª Pilar Navarro', null, 'Pilar', 'Navarro'],
    ['German honorific abbreviation', 'Hr. Thomas Wagner', null, 'Thomas', 'Wagner'],
    ['French honorific written out', 'Monsieur Julien Besson', null, 'Julien', 'Besson'],
    ['French honorific after the name', 'BESSON Julien Monsieur', null, 'Julien', 'Besson'],
    ['Spanish honorific written out', 'Señora Lucía Ferrer', null, 'Lucía', 'Ferrer'],
    ['English honorific written out', 'Mister Tom Ashdown', null, 'Tom', 'Ashdown'],
    ['a couple sharing a surname gives the first person', 'Chloe & Sam Turner', null, 'Chloe', 'Turner'],
    ['a couple (de)', 'Anna und Peter Müller', null, 'Anna', 'Müller'],
    ['two full names give the first', 'Ann Lee and Bo Chan', null, 'Ann', 'Lee'],
  ] as const)('%s: %s', (_case, written, order, firstName, lastName) => {
    it('splits, orders and cases it', () => {
      expect(full(written, order)).toEqual({ fullName: `${firstName} ${lastName}`, firstName, lastName });
    });
  });

  it('keeps a single name as the first name', () => {
    expect(full('Madonna')).toEqual({ fullName: 'Madonna', firstName: 'Madonna', lastName: null });
    expect(full('CHER')).toEqual({ fullName: 'Cher', firstName: 'Cher', lastName: null });
  });
});

describe('normaliseNames: separate fields', () => {
  it('composes a missing full name and cases each part', () => {
    expect(normaliseNames({ fullName: null, firstName: 'ANNA', lastName: 'VON DER HEIDE' })).toEqual({
      fullName: 'Anna von der Heide',
      firstName: 'Anna',
      lastName: 'von der Heide',
    });
  });

  it('NFC-normalises decomposed input and rejects values that are not names', () => {
    expect(full('Rene\u0301e').fullName).toBe('Renée');
    expect(full('x@y.io').fullName).toBeNull();
    expect(full('12.05.2026').fullName).toBeNull();
  });
});

describe('nameOrderOfLabel', () => {
  it.each([
    ['Last name, First name', 'last-first'],
    ['Surname, forename', 'last-first'],
    ['Nachname, Vorname', 'last-first'],
    ['Name, Vorname', 'last-first'],
    ['Nom, Prénom', 'last-first'],
    ['NOM et prénom', 'last-first'],
    ['Apellidos, Nombre', 'last-first'],
    ['Apellidos y nombre', 'last-first'],
    ['First name, Last name', null],
    ['Vorname Nachname', null],
    ['Prénom et nom', null],
    ['Nombre y apellidos', null],
    ['Name', null],
  ])('%s → %s', (label, order) => {
    expect(nameOrderOfLabel(label)).toBe(order);
  });
});

describe('isPlausibleName', () => {
  it.each([
    'Jane Doe',
    'J. R. R. Tolkien',
    'Jean-Luc Picard',
    'O’Brien',
    '李小龙',
    'Zoë Østergård',
    'María de la Cruz',
  ])('%s is a name', (text) => {
    expect(isPlausibleName(text)).toBe(true);
  });

  it.each([
    'New lead',
    'Thank you',
    'Email',
    'Hola equipo',
    '12.05.2026',
    'jane@example.com',
    'Call me?',
    'N/A',
    'a',
  ])('%s is not', (text) => {
    expect(isPlausibleName(text)).toBe(false);
  });
});
