/**
 * Messages, ninth round (test/fixtures/msgend9, hand-written, en/de/fr/es, text and HTML, forms,
 * direct letters and forwards): the customer's message whole and nothing else. Its last sentences
 * stay in when they say how to reach the customer, carry a time, a price, a link or a colon, are a
 * "P.S.", a list, a closing question or a thank-you sentence; its first line stays in when it opens
 * with a greeting or a label word. The form's own lines after it stay out: a referral question or a
 * contact-time preference asked without a colon, a consent sentence or box, the submission's time,
 * IP and page, the form's thank-you text, reply and dashboard buttons, a mobile's "Sent from" line.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgend9/', import.meta.url)),
  'the customer’s message, whole and nothing else',
);
