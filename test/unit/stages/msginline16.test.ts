/**
 * Messages, round 16 (test/fixtures/msginline16, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the customer's own label-like lines stay in the message (issue
 * 8, step 8: "a multi-paragraph message ends at the next field label, not at any colon"). Topic
 * lines under their prose with only the end of the text after them ("Budget: ca. 3.800 EUR" /
 * "Zeitraum: ab 12. April 2027"), an opening aside ("Kurze Frage: …", "Petite question : …") and a
 * topic line between their sentences ("Fläche: rund 250 m², leicht abschüssig."), in flat label
 * lines, stacked labels, definition lists and CSS-grid cells.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msginline16/', import.meta.url)),
  'the customer’s own label-like lines stay in the message',
);

/**
 * Guards (test/fixtures/msginline16-guards): fields the form prints after the message stay out of
 * it: a topic field followed by the form's callback and privacy fields, a contact preference, the
 * form's own aligned columns, its date stamp and page, a tracking block after a blank line, labels
 * that address the customer ("Ihr Budget"), and table rows of their own.
 */
describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msginline16-guards/', import.meta.url)),
  'the form’s own fields after the message stay out of it',
);
