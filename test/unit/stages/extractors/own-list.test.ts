import { describe, expect, it } from 'vitest';
import {
  closingParagraphBelow,
  endsInList,
  ownListBelow,
} from '../../../../src/processors/stages/extractors/own-list.js';

const at = (text: string, lead: string) => {
  const lines = text.split('\n');
  return ownListBelow(lines, lines.indexOf(lead));
};

describe('ownListBelow', () => {
  it.each([
    [
      'a lead-in under the customer’s text, items of mixed shapes',
      'Wir planen eine Renovierung.\nDrei Punkte:\n1) Wie lange dauert das?\n2) Termin: ab 15. Juni\n3) 12 000 EUR',
      'Drei Punkte:',
      3,
    ],
    [
      'the same list after prose on the lead-in’s own line',
      'We renovate a house. Points to clarify:\n- budget GBP 12,000\n- tiles from stock\n- any waiting times?',
      'We renovate a house. Points to clarify:',
      3,
    ],
    [
      'a lead-in after a paragraph break whose list the customer’s thanks closes',
      'Text.\n\nTrois points :\n1) Un permis ?\n2) surface : 30 m²\n3) budget\n\nMerci d’avance.',
      'Trois points :',
      3,
    ],
    [
      'two items written as questions, wherever the lead-in stands',
      'Text.\n\nOur questions:\n- Do you provide wetsuits?\n- Can children join?\n\nReply soon',
      'Our questions:',
      2,
    ],
    [
      'a lead-in written as a sentence opening the text, items not all fields',
      'Nous organisons le repas annuel de notre association :\n- date : samedi 14 mars\n- lieu : salle 210\n- une option végétarienne',
      'Nous organisons le repas annuel de notre association :',
      3,
    ],
    [
      'a lead-in opening the value of the message’s label on its line',
      'Phone: 0171 123456\nYour message: My questions:\n1) Do you deliver?\n2) date: May\n3) 2 chairs',
      'Your message: My questions:',
      3,
    ],
    [
      'lettered items',
      'Queremos cambiar las ventanas.\nTres cosas:\na) ¿Cuánto tardaría?\nb) plazo: julio\nc) 4.800 EUR',
      'Tres cosas:',
      3,
    ],
  ])('reads %s', (_, text, lead, span) => {
    // Prepare / Act / Assess: the lines the customer's list spans under the lead-in.
    expect(at(text, lead)).toBe(span);
  });

  it.each([
    [
      'a lead-in alone in its paragraph, no thanks after the list',
      'Points to clarify:\n- budget GBP 12,000\n- tiles from stock\n- any waiting times?',
    ],
    ['bare choices', 'Please call me.\nInterested in:\n1) Kitchen\n2) Utility room'],
    ['the form’s numbered fields', 'Intro\nDatos del contacto:\n1. Nombre: Ana\n2. Email: ana@example.es'],
    [
      'opening hours after a paragraph break',
      'Text.\n\nOur opening hours:\n- Mon–Fri 8–17\n- Sat 9–12\nWe reply fast.',
    ],
    ['a heading addressed to the customer', 'Text.\nYour details:\n- Name?\n- 0171 123456'],
    ['a lead-in asking the customer', 'Text.\nWhat do you need?:\n- a quote?\n- 2 rooms'],
    ['a single item', 'Text.\nOne point:\n1) Is it possible?'],
    ['numbers that do not count up by one', 'Text.\nPoints:\n1) Is it possible?\n3) 12 May'],
    [
      'a heading sentence above a contact block',
      'Informations sur le client et son véhicule actuel :\n- Nom : Bruno Lemoine\n- Téléphone : 06 44 55 66 77\n- Peugeot 308',
    ],
  ])('leaves %s to the form', (_, text) => {
    // Prepare / Act / Assess: the lead-in is the line ending in a colon.
    const lead = text.split('\n').find((l) => /:$/.test(l)) as string;
    expect(at(text, lead)).toBe(0);
  });
});

describe('closingParagraphBelow', () => {
  /** The lines of the closing paragraph after the list that ends before line `end` of `text`. */
  const closing = (text: string, end: number) => closingParagraphBelow(text.split('\n'), end);

  it.each([
    [
      'a sentence after a blank line',
      'Questions:\n1. Any permit?\n2. How long?\n\nOur garden is 14 m long.\n\nSource — Ads',
      2,
    ],
    [
      'a sentence up to the relay’s next bullet',
      'Preguntas:\n1. ¿Cuándo?\n2. ¿Cuánto?\n\nMide 6,5 m.\n * Nombre — Rocío',
      2,
    ],
    [
      'an indented paragraph of two lines',
      'Fragen:\n   1. Wie lange?\n   2. Wann?\n\n   Die Länge ist 42 m,\n   ab Mai.',
      3,
    ],
  ])('reads %s', (_, text, span) => {
    // Prepare / Act / Assess: the list ends at line 3.
    expect(closing(text, 3)).toBe(span);
  });

  it.each([
    ['the relay’s next field', 'Questions:\n1. Any permit?\n2. How long?\n\nSource — Facebook Lead Ads'],
    ['a labelled line', 'Questions:\n1. Any permit?\n2. How long?\n\nTracking: fb-1209.'],
    ['the platform’s footer', 'Questions:\n1. Any permit?\n2. How long?\n\nThis lead was sent via Leadhub.'],
    ['a line right under the list', 'Questions:\n1. Any permit?\n2. How long?\nThanks.'],
    ['no sentence', 'Questions:\n1. Any permit?\n2. How long?\n\nSales team'],
  ])('leaves %s out', (_, text) => {
    // Prepare / Act / Assess: the list ends at line 3.
    expect(closing(text, 3)).toBe(0);
  });
});

describe('endsInList', () => {
  it.each([
    [
      'a dash list under a lead-in',
      'We plan a wedding.\n\nSome details:\n- About 90 guests.\n- It ends at 15:30.\n- a budget of £4,000',
      true,
    ],
    [
      'a numbered list a blank line under its lead-in',
      'Text.\nDrei Fragen:\n\n1) Wann?\n2) Wie lange?',
      true,
    ],
    ['a sentence after the list', 'Some details:\n- About 90 guests.\n- a budget of £4,000\nThanks.', false],
    ['prose alone', 'We plan a wedding.', false],
    [
      'numbered questions after a paragraph, in blocks',
      'Bonjour, une piscine.\n\n1. Un permis ?\n\n2. Quel délai ?',
      true,
    ],
    ['a list and nothing above it', '1. Kitchen\n2. Bathroom', false],
    ['numbers that do not count up', 'Text.\n1. Kitchen\n3. Bathroom', false],
  ])('%s', (_, text, ends) => {
    // Prepare / Act / Assess
    expect(endsInList(text)).toBe(ends);
  });
});
