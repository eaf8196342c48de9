/**
 * Letters, seventh round (test/fixtures/letters7, hand-written, en/de/fr/es): the customer's own
 * words inside forwards and replies. An agency forwards a lead notification under its own note and
 * signature (Gmail's "Forwarded message" marker); a customer replies above the business's quoted
 * acknowledgement ("On … wrote:", "Am … schrieb …:", "Le … a écrit :" wrapped over two lines,
 * "El … escribió:" above an unquoted acknowledgement, Gmail's HTML quote, and Outlook's
 * "From: / Sent: / To: / Subject:" block, which looks like a forward's); a colleague forwards a
 * customer's letter from webmail ("----- Mail original -----", "----- Ursprüngliche Mail -----");
 * Apple Mail forwards a notification in HTML ("Begin forwarded message:" in a
 * `<blockquote type="cite">`). The message is always the customer's, never the forwarder's note or
 * the business's acknowledgement, and the forwarder's or the business's number is never the
 * customer's.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/letters7/', import.meta.url)),
  'the customer’s own words in forwards and replies',
);
