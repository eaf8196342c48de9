/**
 * Names, tenth round (test/fixtures/names10, hand-written, en/de/fr/es): the customer's full name
 * where it was still missed. A quiz or survey tool numbers its questions and prints each answer
 * after an arrow or quote marker ("1) Wie heißen Sie? → …", "Q3 – Votre nom et prénom ? » …"), on
 * the same line or the next, sometimes splitting the name over two questions. A form filled in for
 * someone else (a child, an elderly relative, a boss) names that person and the contact: the
 * contact is the customer. A CRM export pasted as text prints its labels as a row of column headers
 * and the values in the row below. A name split over "Surname / Given name(s)", "Apellidos /
 * Nombre", "Familienname / Rufname", beside a title field that is not part of it. Guards: the
 * assigned agent and the signature are the business's; the child is not the customer.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/names10/', import.meta.url)),
  'names in question lists, forms for someone else and stacked columns',
);
