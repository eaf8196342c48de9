/**
 * Replies, eleventh round (test/fixtures/replies11, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): a staff member replies top-posted above the customer's original
 * enquiry, and that reply (to the customer with the leads inbox in copy, to the inbox, or forwarded
 * to it) is what arrives. Outlook classic and new Outlook header blocks ("From: / Sent: / To: /
 * Subject:" and their de/fr/es forms, with or without a rule, "-----Original Message-----" or a
 * `border-top` div, the sender as "Name <addr>", "Name [mailto:addr]" or an address alone), Gmail and
 * Apple Mail attributions with `>` quoting or `<blockquote>`, and several turns of back-and-forth:
 * the customer is the quoted author who is not the business, their signature gives the phone, and
 * the message is their own text, never the staff reply or its signature. A reply sent To: the
 * customer, with the inbox in copy, over the website form's notification (quoted from its no-reply
 * sender) finds the customer by the form's address field, though they are a recipient; a reply
 * sent To: a partner over the same notification still takes the form's customer. Guards: an existing
 * customer's message about a booking or an invoice stays customer service; a colleague's internal
 * note quoted under a reply names no customer.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const dir = fileURLToPath(new URL('../../fixtures/replies11/', import.meta.url));

describeLeadFixtures(dir, 'the customer in the quoted original of a staff reply');
describeGuardFixtures(`${dir}guards/`, 'replies that are not new enquiries');
