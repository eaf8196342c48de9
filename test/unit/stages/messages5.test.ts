/**
 * Where the customer's message starts and ends on general shapes no layout was written for
 * (test/fixtures/messages5, named shape-language-charset-encoding, en/de/fr/es): a consent box
 * or submission metadata right under the text, the platform's "reply to this email" line, a
 * lead-in line ending in a colon above a list the customer typed, a further point under its own
 * heading ("Another question: …"), the listing's reference, price and link printed after the
 * enquiry, a scheduler's prompt above the invitee's answer, spaced and colon leader dots, a
 * network's relayed message with no fields, a letter with the sender's own vCard attached, a
 * message above the contact card that asks "if you have…", a sign-off followed by the
 * platform's "log in to your account" line, an order's "Special instructions" below its items,
 * and a quote form's job "Description" with no listing field beside it.
 * `notInMessage` names what must stay out.
 */
import { fileURLToPath } from 'node:url';
import { describeMessageFixtures } from '../../helpers/extract-fixture.js';

describeMessageFixtures(
  fileURLToPath(new URL('../../fixtures/messages5/', import.meta.url)),
  'where the message ends',
);
