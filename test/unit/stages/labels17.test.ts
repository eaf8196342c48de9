/**
 * Labels as people write them, round 17 (test/fixtures/labels17, hand-written, en/de/fr/es, text
 * and HTML, every charset and transfer encoding): a label is typed by its head, not by the hint,
 * qualifier or request around it. "Phone, in case email bounces" is the phone, "Email, so we can
 * reply" the email (`qualifier-*`); "How can we help? Don't hold back" and "Tell us more" the
 * message (`hint-*`); "Call me on", "Rufen Sie mich an unter", "Me joindre au", "Llámenme al" the
 * phone (`request-*`); "Leadformular", "Formulaire de lead" the form's name and "Kontonummer",
 * "Account number" the advertiser's account, never a phone (`compound-*`); "Who should we ask
 * for? (Surname, first name) *" states the name order (`order-*`); a one-word choice under
 * "Reason:", "Grund:", "Motif :", "Motivo:" or "Topic:" is no message (`choice-*`). Guards: a
 * qualifier that is part of the field ("Email address (work)", "Telefon (mobil)"), "Best time to
 * call" and "Preferred contact: Email", a one-word message under "Mensaje:", a long text under
 * "Motif :", and "Name, Vorname" (`guard-*`).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeLeadFixtures, fixtureExtractor } from '../../helpers/extract-fixture.js';

const dir = fileURLToPath(new URL('../../fixtures/labels17/', import.meta.url));

describeLeadFixtures(dir, 'a label is typed by its head, not by its hint, qualifier or request');

describe('a compound form label names the form, an account label the advertiser’s account', () => {
  const formNames = {
    'compound-de-utf8-qp.eml': 'Frühjahrsaktion Küchen 2026',
    'compound-en-latin1-base64.eml': 'Free roof survey Q1',
    'compound-fr-windows1252-qp.eml': 'Isolation des combles à 1 euro',
    'compound-es-utf8-base64.eml': 'Piscinas verano 2026',
    'compound-en-utf8-7bit.eml': 'Invisalign consultation',
  };
  it.each(Object.entries(formNames))('%s', async (name, formName) => {
    // Prepare
    const extract = await fixtureExtractor(dir);
    // Act
    const { attributes, fields } = await extract(name);
    // Assess
    expect(attributes.form_name).toBe(formName);
    expect(attributes.account_id).toMatch(/^\d{3}-\d{3}-\d{4}$/);
    expect(fields.phone?.replace(/\D/g, '')).not.toBe(attributes.account_id?.replace(/\D/g, ''));
  });
});
