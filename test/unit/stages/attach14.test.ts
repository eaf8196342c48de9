/**
 * A customer who speaks in an attachment, fourteenth round (test/fixtures/attach14, hand-written,
 * en/de/fr/es, text and HTML, every charset and transfer encoding):
 *  - a staff member forwards the customer's own letter as an attached message (message/rfc822,
 *    7bit, 8bit or base64) under a short note of their own, often naming a colleague ("Hi Sam",
 *    "Hallo Frau Brandt", "Priya Natarajan will do the survey") and signed with the business's
 *    number: the customer is the letter's author, the message its prose, and triage judges the
 *    letter, not the note (`fwd-eml-*`);
 *  - a call-tracking or voicemail service (`voicemail@`, `recordings@`, `mailbox@`, `messagerie@`,
 *    `buzon@`…) sends a notice with the tracking line, duration and caller id, and the transcript as
 *    a text file (`voicemail-transcript.txt`, `sprachnachricht.txt`) with its own header lines: no
 *    email, the caller's number (never the tracking line), the name they give ("this is Pieter van
 *    der Berg", "hier spricht Friederike von der Heydt", "me llamo Íñigo de la Peña") and their
 *    words (`voicemail-*`).
 * Leads that must keep their result: a customer's own letter with a PDF or a photo attached, and a
 * forward with the letter inline (`letter-*-att-*`, `fwd-inline-*`).
 *
 * Guards (test/fixtures/attach14-guards): a supplier's newsletter or invoice forwarded by staff as
 * an attachment stays a non-lead; the staff member who forwards it is never the lead.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/attach14/', import.meta.url)),
  'a customer who speaks in an attachment is the lead',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/attach14-guards/', import.meta.url)),
  'newsletters and invoices forwarded as attachments stay non-leads',
);
