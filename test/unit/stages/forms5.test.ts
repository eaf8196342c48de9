/**
 * One-question-per-screen forms as people write them (test/fixtures/forms5, hand-written,
 * en/de/fr/es): first and last name asked as separate questions, a conversational lead-in that
 * greets the person by name before the next question ("Nice to meet you, Anna! What's your phone
 * number?", "Merci Camille ! Et votre nom de famille ?"), a country picker's calling code on its
 * own line above the number or after it ("Deutschland (+49)" / "152 …", "612 … (España +34)"),
 * and a multi-line answer whose last line is the customer's own question.
 * Each must be a lead with the customer's email, phone, name and message, and the analytics
 * record must not hold any word of the customer's name.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/forms5/', import.meta.url)),
  'one-question-per-screen forms as people write them',
);
