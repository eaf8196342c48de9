/**
 * Messages, eleventh round (test/fixtures/msgnull11, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the customer's message is found when no ordinary "Message:" label
 * holds it. Machine keys (`lead.message:`, `answers.details_projet =`, `message="…"`, `note='…'`,
 * `customer_note`, `projektBeschreibung`, `cf7_informacionAdicional`, `wpf:infosComplementaires`),
 * quoted or spanning several lines; a notification whose contact sits in a vCard or CSV attachment
 * and whose body holds the customer's note under a heading or as its only free paragraph; a
 * call-tracking notice's texted reply or voicemail transcription; role-phrased labels of
 * marketplaces and booking tools ("Anything else we should know?", "Hinweise des Kunden",
 * "Booker's comment"), table rows whose first cell names the party included.
 *
 * Guards (test/fixtures/msgnull11-guards): the same layouts with no message keep message = null:
 * no intro line, footer, field value, empty-answer dash, form instruction or consent text is taken.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgnull11/', import.meta.url)),
  'the customer’s message is found under machine keys, role labels, attachments’ notes and call notices',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgnull11-guards/', import.meta.url)),
  'a notification that carries no message keeps message = null',
);
