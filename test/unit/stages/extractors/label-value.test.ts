import { describe, expect, it } from 'vitest';
import { extractLabelValues, VALUE_END } from '../../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();
const pairsOf = (text: string) =>
  Object.fromEntries(extractLabelValues(text, dict).pairs.map((p) => [p.hit?.target ?? p.label, p.value]));

describe('extractLabelValues', () => {
  it('reads Label: value lines in any of the four languages and spacing styles', () => {
    // Prepare
    const text =
      'Vorname: Max\nNachname : Mustermann\n**E-Mail:** max@example.de\nTéléphone : 01 23\n• Mensaje: Hola';
    // Act
    const pairs = pairsOf(text);
    // Assess
    expect(pairs).toMatchObject({
      firstName: 'Max',
      lastName: 'Mustermann',
      email: 'max@example.de',
      phone: '01 23',
      message: 'Hola',
    });
  });

  it('reads known labels joined to their value by leader dots, underscores or an arrow', () => {
    // Prepare
    const text = 'Nombre completo ..... Iñaki Etxeberria\nMóvil ____ 612 34 56 78\nE-mail -> a@example.es';
    // Act
    const pairs = pairsOf(text);
    // Assess
    expect(pairs).toMatchObject({
      fullName: 'Iñaki Etxeberria',
      phone: '612 34 56 78',
      email: 'a@example.es',
    });
  });

  it('reads the prose after an intro sentence as the message, and a heading above fields ends it', () => {
    const text =
      'Ein Interessent hat Ihnen eine Nachricht geschickt:\nGuten Tag,\nist die Wohnung noch frei?\n\nKontaktdaten\nName: Katrin Vogel\nE-Mail: k@example.de';
    expect(pairsOf(text)).toMatchObject({
      message: 'Guten Tag,\nist die Wohnung noch frei?',
      name: 'Katrin Vogel',
      email: 'k@example.de',
    });
    expect(pairsOf('Grace says:\nHi, could we view the flat on Tuesday?\n\nAgent: Mark Evans').message).toBe(
      'Hi, could we view the flat on Tuesday?',
    );
  });

  it('ends a message at a block of fields after it, whatever their labels, but keeps a postscript', () => {
    expect(pairsOf('Message: Is it free?\n\nProperty: 2 bed flat, Leith\nRent: £1,250 pcm').message).toBe(
      'Is it free?',
    );
    expect(pairsOf('Message: Is it free?\nProperty: 2 bed flat, 14 Harbour Street, Leith').message).toBe(
      'Is it free?',
    );
    expect(pairsOf('Message: Is it free?\nPS: we have a small dog, I hope that is fine.').message).toBe(
      'Is it free?\nPS: we have a small dog, I hope that is fine.',
    );
  });

  it('keeps every paragraph of a message written under a bulleted label alone on its line', () => {
    const text =
      '* Nombre: Inés Robles\n* Tel.: +34 612 34 56 78\n* Mensaje:\nNecesitamos podar dos pinos grandes.\n\n¿Pueden venir antes del viernes? Gracias de antemano.';
    expect(pairsOf(text).message).toBe(
      'Necesitamos podar dos pinos grandes.\n\n¿Pueden venir antes del viernes? Gracias de antemano.',
    );
  });

  it('reads a message as one value over HTML blocks when it started below its label', () => {
    const text = `Message:\nHello,\n${VALUE_END}\nI need a quote.\n${VALUE_END}\nPhone: 555 0100`;
    expect(pairsOf(text)).toMatchObject({ message: 'Hello,\n\nI need a quote.', phone: '555 0100' });
  });

  it('starts the next question of a stacked form after an answer', () => {
    const text =
      'What are you hoping to change?\nNew worktops\nWhen would you like to start?\nWithin 3 months';
    expect(extractLabelValues(text, dict).pairs.map((p) => [p.label, p.value])).toEqual([
      ['What are you hoping to change?', 'New worktops'],
      ['When would you like to start?', 'Within 3 months'],
    ]);
  });

  it('reads a heading underlined by a rule as the label of the text below the rule', () => {
    expect(pairsOf('Name: Tom\n\nMESSAGE\n-------\nInterested in solar.\n\nPage: /contact').message).toBe(
      'Interested in solar.',
    );
  });

  it('reads every leader-dot line of a leader-dot form as a field, known label or not', () => {
    const text =
      'Message ......... Interested in solar.\n                  South roof.\nRoof type ....... Tiles';
    expect(pairsOf(text)).toMatchObject({
      message: 'Interested in solar.\nSouth roof.',
      'Roof type': 'Tiles',
    });
  });

  it('does not keep a required marker written after the colon in the value', () => {
    expect(pairsOf('Name: *: Jane Doe\nMessage: (required): Hello')).toMatchObject({
      name: 'Jane Doe',
      message: 'Hello',
    });
  });

  it('reads a question followed by a sign-off as prose, not as a label', () => {
    const r = extractLabelValues('Could you send me a quote?\n\nKind regards\nJane', dict);
    expect(r.pairs).toEqual([]);
  });

  it('does not read prose with an ellipsis as a field', () => {
    expect(extractLabelValues('Wait... what about Saturday?', dict).pairs).toEqual([]);
  });

  it('keeps a multi-line, multi-paragraph message until the next known label', () => {
    const text =
      'Message: Hello,\nI need a quote.\n\nPS: if nobody answers, please leave a voicemail.\nPhone: 555 0100\n';
    const pairs = pairsOf(text);
    expect(pairs.message).toBe('Hello,\nI need a quote.\n\nPS: if nobody answers, please leave a voicemail.');
    expect(pairs.phone).toBe('555 0100');
  });

  it('ends a message at a short unknown field, a consent line, a URL field or a value-end marker', () => {
    expect(pairsOf('Message: Hi there\nAnrede: Herr').message).toBe('Hi there');
    expect(pairsOf('Message: Hi there\nRGPD: J’accepte que mes données soient utilisées.').message).toBe(
      'Hi there',
    );
    expect(pairsOf('Message: Hi there\nView contact: https://crm.example/contacts/123456').message).toBe(
      'Hi there',
    );
    expect(
      pairsOf(`Message\n${VALUE_END}\nHi there\n${VALUE_END}\nHow did you hear about us?\nA friend`).message,
    ).toBe('Hi there');
  });

  it('reads question labels and decorated labels', () => {
    const pairs = extractLabelValues(
      'Quelle est votre adresse e-mail ?\nami@example.fr\n\n--- Wie haben Sie von uns erfahren? ---\nGoogle',
      dict,
    ).pairs;
    expect(pairs.map((p) => [p.label, p.value, p.hit?.target ?? null])).toEqual([
      ['Quelle est votre adresse e-mail ?', 'ami@example.fr', 'email'],
      ['Wie haben Sie von uns erfahren?', 'Google', 'attr:referral'],
    ]);
  });

  it('reports unlabelled paragraphs between fields, not the footer after them', () => {
    const r = extractLabelValues(
      'Name: Ann\n\nPlease share anything.\nI need help with my garden.\n\nLink: https://x.example\n\nAcme Inc, 1 Road',
      dict,
    );
    expect(r.freeBlocks).toEqual(['Please share anything.\nI need help with my garden.']);
  });

  it('takes the value from the next line when the label stands alone', () => {
    const pairs = pairsOf('Full name\nMia Wong\nEmail\nmia@example.com\nMessage:\n\nHi there\nsecond line');
    expect(pairs).toMatchObject({
      fullName: 'Mia Wong',
      email: 'mia@example.com',
      message: 'Hi there\nsecond line',
    });
  });

  it('stops at footers and signature delimiters and reports the body before them', () => {
    const text = 'Name: Ann\nMessage: Hi\n\n-- \nAcme Inc, Phone: 999 9999\nYou received this because';
    const result = extractLabelValues(text, dict);
    expect(result.pairs.map((p) => p.hit?.target)).toEqual(['name', 'message']);
    expect(result.body).not.toContain('Acme');
  });

  it('reads a field whose value holds bars or dots, and ends the fields at a business card', () => {
    // Prepare: a relay's campaign name in parts, picked services; then the business's card.
    const text = [
      'full_name: Ann Lee',
      'ad_name: Solar | Winter 2026 | Lead form',
      'Servicios: Baño · Cocina · Pintura',
      'email: ann@example.com',
      'Message: Hello',
      '',
      'Lee Roofing Ltd | 4 Mill Lane | Leeds LS1 4AB | 0113 496 0000',
      'Phone: 0113 496 0001',
    ].join('\n');
    // Act
    const result = extractLabelValues(text, dict);
    // Assess
    expect(result.pairs.map((p) => [p.label, p.value])).toEqual([
      ['full_name', 'Ann Lee'],
      ['ad_name', 'Solar | Winter 2026 | Lead form'],
      ['Servicios', 'Baño · Cocina · Pintura'],
      ['email', 'ann@example.com'],
      ['Message', 'Hello'],
    ]);
    expect(result.body).not.toContain('Lee Roofing');
  });

  it('keeps a card written with labels, or a staff label’s, a card', () => {
    for (const card of [
      'Tel.: 0113 496 0000 · E-Mail: info@lee-roofing.example · www.lee-roofing.example',
      'Agent: Mark Evans · Harbour Estates · 0131 496 0000',
      'Kontakt: Lee Roofing | Mill Lane 4 | Web: lee-roofing.example',
    ]) {
      const result = extractLabelValues(`Name: Ann Lee\nMessage: Hello\n${card}\nPhone: 0113 496 0001`, dict);
      expect(result.pairs.map((p) => p.label)).toEqual(['Name', 'Message']);
    }
  });

  it('opens a field at a machine key, whatever its value reads like', () => {
    // An untyped custom question's answer, then the next one: no line of the first answer.
    const text =
      'how_big_is_your_garden?: about_100_m2\nwhat_would_you_like_us_to_do?: Scarify and reseed the lawn, it is patchy.';
    expect(extractLabelValues(text, dict).pairs.map((p) => p.label)).toEqual([
      'how_big_is_your_garden?',
      'what_would_you_like_us_to_do?',
    ]);
  });

  it('stops the message at a footer line in any language', () => {
    for (const footer of [
      'Sie erhalten diese E-Mail, weil',
      'Vous recevez ce message car',
      'Para dejar de recibir estos correos',
      'Unsubscribe here',
    ]) {
      expect(pairsOf(`Message: Hello\n${footer}`).message).toBe('Hello');
    }
  });

  it('keeps unknown labels as attribute candidates and ignores URLs', () => {
    const result = extractLabelValues('Budget: 10-20k\nhttps://example.com/x\nTrade-in wanted: yes', dict);
    expect(result.pairs.map((p) => [p.label, p.value, p.hit?.target ?? null])).toEqual([
      ['Budget', '10-20k', 'attr:budget'],
      ['Trade-in wanted', 'yes', null],
    ]);
  });

  it('reads tab-separated label/value lines and quoted (>) lines', () => {
    expect(pairsOf('Email\tjo@example.com\n> Phone: 12345')).toMatchObject({
      email: 'jo@example.com',
      phone: '12345',
    });
  });
});

describe('sections the business fills in itself', () => {
  it('reads no field of an office-use section and names its people as staff', () => {
    // Prepare
    const text = [
      '=== Office use only ===',
      'Assigned to: Grace Hollis',
      'Name: Grace Hollis',
      '',
      '=== Your details ===',
      'Name: Thomas Reid',
      'Email: t.reid@example.co.uk',
    ].join('\n');
    // Act
    const result = extractLabelValues(text, dict);
    // Assess
    expect(result.pairs.map((p) => [p.label, p.value])).toEqual([
      ['Name', 'Thomas Reid'],
      ['Email', 't.reid@example.co.uk'],
    ]);
    expect(result.staffNames).toContain('Grace Hollis');
  });

  it('ends the section at the next heading, in German, French and Spanish', () => {
    for (const [internal, own] of [
      ['Nur für den internen Gebrauch', 'Ihre Angaben'],
      ["Réservé à l'agence", 'Vos coordonnées'],
      ['Uso interno', 'Sus datos'],
    ]) {
      const text = `${internal}\nName: Stefan Berger\n${own}\nName: Monika Seidel\nE-Mail: m@example.de`;
      expect(pairsOf(text).name, internal).toBe('Monika Seidel');
    }
  });

  it("skips the agent's block when it comes before the customer's fields", () => {
    const text =
      'Your agent\nName: Tom Baker\n\nEnquirer details\nName: Jane Whitfield\nEmail: jane@example.com';
    expect(pairsOf(text).name).toBe('Jane Whitfield');
  });

  it('keeps in a message the lines written as fields in a syntax the form does not use', () => {
    // Prepare: a form of leader dots, of bullets, of labels above their values.
    const leaders =
      'Name .......... Ann Lee\nMessage ....... We are six paddlers.\nBudget: up to A$900.\nBest time to reach me: 9:00–11:00.\nSource ........ Google';
    const bullets =
      '• Nombre: Ana\n• Mensaje: Queremos una cocina.\n  Presupuesto: hasta 12.000 €.\n• Campaña: Otoño';
    const stacked = 'Name\nAnn Lee\n\nMessage\nWe need a toldo.\nBudget: 1.800 €.\n\nCity\nValencia';
    // Act / Assess
    expect(pairsOf(leaders)).toMatchObject({
      message: 'We are six paddlers.\nBudget: up to A$900.\nBest time to reach me: 9:00–11:00.',
      'attr:referral': 'Google',
    });
    expect(pairsOf(bullets).message).toBe('Queremos una cocina.\nPresupuesto: hasta 12.000 €.');
    expect(pairsOf(stacked).message).toBe('We need a toldo.\nBudget: 1.800 €.');
  });

  it('ends a message at a field in the form’s own syntax and at the customer’s contact in any syntax', () => {
    expect(pairsOf('Message ....... Hello there.\nBudget ........ A$300').message).toBe('Hello there.');
    expect(pairsOf('Message ....... Could I view it?\nPhone: 07700 900888')).toMatchObject({
      message: 'Could I view it?',
      phone: '07700 900888',
    });
  });

  it('ends a message at the tool’s record of the entry in any syntax', () => {
    expect(
      pairsOf(
        'Full name\nJane Doe\n\nMessage\nWe need a fence.\nBudget: 900 pounds.\nSubmitted on: 07/12/2026',
      ),
    ).toMatchObject({ message: 'We need a fence.\nBudget: 900 pounds.', 'attr:date': '07/12/2026' });
  });

  it('reads a leader line whose value ends in a colon as a leader field', () => {
    expect(
      pairsOf('Email ....... a@b.example\nNachricht ....... Folgendes bräuchten wir:\n- neue Dachrinnen')
        .message,
    ).toBe('Folgendes bräuchten wir:\n- neue Dachrinnen');
  });
});
