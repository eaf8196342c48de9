/**
 * An employee's reply sent to the customer with the business inbox in copy, over the customer's
 * quoted enquiry, in text and HTML: the HTML fills gaps from the same part the text was read in,
 * the quoted enquiry, never from the reply's signature (extract.ts). Before, a customer who gave
 * no number, or one the text part did not yield, got the employee's direct line or mobile.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/reply-html16/', import.meta.url)),
  "an employee's reply in text and HTML: the customer's number is from the quoted enquiry",
);
