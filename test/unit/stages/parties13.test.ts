/**
 * Forms naming two people, thirteenth round (test/fixtures/parties13, hand-written, en/de/fr/es, text
 * and HTML, every charset and transfer encoding): the lead is the person who contacted the business
 * (the booker, the organiser, the parent, the buyer, the person making the appointment, the company
 * contact), and their name, email and phone come from that same person, never from the attendee,
 * guest, child, gift recipient, patient or site contact the form also names, whichever block comes
 * first. Each person's fields are told apart by the role words of their labels and by the heading
 * over them (an `<h3>` card heading, a table's heading row, a bold paragraph, a "— Child —" rule).
 * A booker who gave no number gets none: the guest's is not theirs. A line about the other person
 * inside the message ("The guest of honour: my aunt Rita, …") stays in it, and a platform credit
 * ("… powered by GiftPal") ends it. Guards (`guest-only-*`, `attendee-only-*`, `guest-count-*`,
 * `your-details-only-*`, `guest-email-one-person-*`, `beneficiaire-seul-*`, `invoice-recipient-*`):
 * a form naming one person under a guest or attendee heading or label, counting its guests or naming
 * an invoice recipient company, still gives that person.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/parties13/', import.meta.url)),
  'the lead is the person who contacted the business, with their own details',
);
