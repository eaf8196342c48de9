/**
 * Messages, twelfth round (test/fixtures/msgrun12, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): a message stops where the customer's text stops and starts where
 * it starts. What the template prints right after the text stays out: a chat bubble's or profile
 * message's time stamp (`chat-stamp-*`, `profile-stamp-*`), a signature line of the sender or the
 * business with its web address (`sender-site-*`, `team-site-*`), rows of snake_case platform ids
 * (`id-rows-*`, whose ids become fields) and the next step of a counted form (`step-*`: "[4/6]",
 * "(Step 3 of 5)", "Schritt 3/4", "Étape 5 sur 6", "Paso 3 de 4"). The notification's line
 * introducing the fields ("Lead submitted on Microsoft Advertising, campaign …:") is never the head
 * of the message (`fields-intro-*`). Guards (`guard-*`): the customer's own dates, times and web
 * addresses inside their sentences stay, and so does a list of dates or sites under their own
 * colon line, or a list under a lead-in that names a form.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { idRowsAt } from '../../../src/processors/stages/extractors/id-rows.js';
import { STEP_COUNTER, STEP_COUNTER_ALONE } from '../../../src/processors/stages/extractors/step-counter.js';
import { beforeTrailingLines, withoutFieldsIntro } from '../../../src/processors/stages/message-edges.js';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgrun12/', import.meta.url)),
  'the message stops where the customer’s text stops and starts where it starts',
);

describe('the template’s lines after the customer’s text', () => {
  it.each([
    ['12 March 2026, 14:05'],
    ['3 may 2026 · 10:41'],
    ['hier à 09:12'],
    ['vor 3 Std.'],
    ['Yesterday at 4:12 PM'],
    ['hace 2 horas'],
    ['(Tue 12.03.2026 14:05)'],
    ['Sent 14:05'],
    ['14:07 ✓✓'],
    ['Visto ayer a las 10:41'],
    ['Tom Price · pricebakery.co.uk'],
    ['Team Name & Co | site.example'],
    ['Clínica Dental Sol - clinicasol.es'],
    ['Julien Marchand · photographe · marchand-photo.fr'],
  ])('ends the message at %j', (line) => {
    // Prepare
    const message = `We need a quote for the roof, please.\n${line}\nmore`;
    // Act
    const ended = beforeTrailingLines(message);
    // Assess
    expect(ended).toBe('We need a quote for the roof, please.');
  });

  it.each([
    ['a date in a sentence', 'Could you come on 12 March 2026 at 14:05?\nTuesday 14:00 works best.'],
    ['a site in a sentence', 'Our site is www.x.example – it is old.\nCan you help?'],
    ['a site after a dash in a sentence', 'We sell online - see shop.example\nCan you help?'],
    ['a list of times under a colon line', 'These suit us:\n12 March 2026, 14:05\n13.03.2026 10:00'],
    [
      'a list of sites under a colon line',
      'Our shops are:\nMoss Bakery · mossbakery.example\nMoss Deli | mossdeli.example',
    ],
    ['a time stamp alone, with no text above it', '12 March 2026, 14:05\nHello, we need a quote.'],
  ])('keeps %s', (_, message) => {
    expect(beforeTrailingLines(message)).toBe(message);
  });
});

describe('the notification’s intro above the fields', () => {
  it.each([
    ['New lead from Google Ads, form Spring Promo:\nWe need a new boiler.', 'We need a new boiler.'],
    [
      'Hola equipo,\nLead de Google Ads, formulario Cocinas:\nQuiero reformar la cocina.',
      'Quiero reformar la cocina.',
    ],
    ['Nouveau prospect Microsoft Advertising, campagne X :\nBonjour, je souhaite…', 'Bonjour, je souhaite…'],
    ['Neue Anfrage über Ihr Formular Kontakt, Details:', null],
  ])('drops it from %j', (message, rest) => {
    expect(withoutFieldsIntro(message)).toBe(rest);
  });

  it.each([
    ['We need the following from the contact form:\nA new field for the date.'],
    ['Dudas sobre el formulario de la web:\n- no aparece el curso'],
    ['Request from our residents’ association:\n- new gates\n- a ramp'],
    ['My enquiry from last week:\nDid you get it?'],
  ])('keeps the customer’s own lead-in %j', (message) => {
    expect(withoutFieldsIntro(message)).toBe(message);
  });
});

describe('a counted form’s step', () => {
  it.each([
    ['[4/6] What is your budget?', 'What is your budget?'],
    ['(Step 3 of 5) How often do you need us?', 'How often do you need us?'],
    ['Schritt 2/4: Beschreiben Sie Ihr Vorhaben', 'Beschreiben Sie Ihr Vorhaben'],
    ['[Paso 3 de 4] ¿Cuándo quiere empezar?', '¿Cuándo quiere empezar?'],
  ])('reads %j as a counter before its question', (line, question) => {
    expect(STEP_COUNTER.exec(line)?.[1]).toBe(question);
  });

  it.each([['Schritt 2/4'], ['Étape 5 sur 6'], ['Paso 2 de 4'], ['(Step 3 of 5)']])(
    'reads %j alone as a counter',
    (line) => {
      expect(STEP_COUNTER_ALONE.test(line)).toBe(true);
    },
  );

  it.each([['Step 1: remove the old tiles'], ['3/4 of the roof is fine'], ['We paid 4/5 already.']])(
    'leaves the customer’s own %j',
    (line) => {
      expect(STEP_COUNTER.test(line) || STEP_COUNTER_ALONE.test(line)).toBe(false);
    },
  );
});

describe('rows of machine ids', () => {
  it('reads snake_case keys and their values on one line or several', () => {
    const lines = [
      'campaign_id 1202 form_id: 8842 · lead_id L-7F3K',
      'gclid Cj0K utm_source google',
      'Thanks!',
    ];
    expect(idRowsAt(lines, 0)).toEqual({
      pairs: [
        ['campaign id', '1202'],
        ['form id', '8842'],
        ['lead id', 'L-7F3K'],
        ['gclid', 'Cj0K'],
        ['utm source', 'google'],
      ],
      end: 2,
    });
  });

  it.each([
    ['paid 500'],
    ['iPhone 15'],
    ['the file_name is report.pdf, see above'],
    ['utm_source google and more'],
  ])('leaves %j to the other readers', (line) => {
    expect(idRowsAt([line], 0)).toBeNull();
  });
});
