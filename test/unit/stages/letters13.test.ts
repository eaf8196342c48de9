/**
 * A customer's own letter straight to the business (test/fixtures/letters13, hand-written,
 * en/de/fr/es, text and HTML, every charset and transfer encoding): from a bare address with a
 * short or no subject, a greeting, two to four paragraphs of request (times, a price or a
 * "Budget:" line, sometimes no question at all), then a closing paragraph that only gives a way to
 * reach the writer ("You can reach me on …", "Sie erreichen mich unter …", "Vous pouvez me
 * joindre au …", "Puede llamarme al …"), a sign-off and a name. Each is a lead: the phone from the
 * prose, the name from the sign-off, the message the request paragraphs without the contact
 * paragraph. A contact sentence inside a paragraph that asks for more stays in the message
 * (`inline-contact-*`).
 *
 * The guards (`guards/`) are personal mail in the same shape, closing contact paragraph included,
 * that is no enquiry: a neighbour's note, a relative's, a friend's, a colleague's, a supplier's.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/letters13/', import.meta.url));

describeLeadFixtures(DIR, 'a customer’s own letter with a closing contact paragraph');

describeGuardFixtures(`${DIR}guards/`, 'personal letters with a contact paragraph that are no enquiry');
