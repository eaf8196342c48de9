/**
 * Cards, message bubbles and quoted messages, eighth round (test/fixtures/cards8, hand-written,
 * en/de/fr/es, HTML-only and multipart/alternative): card grids whose fields print the value in
 * large type with a small caption below it (or above it, in its own element), with a third
 * party's card ("Referred by", "Zugewiesen an", "Recommandé par", "Asignado a") beside the
 * customer's; a directory's message alert ("Hannah Price sent you a message") with the message in
 * a speech bubble and the contact behind `tel:`/`mailto:`/`sms:`/`wa.me` buttons; and a booking
 * tool's blockquoted client message followed by the business's policy, hours and address.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/cards8/', import.meta.url)),
  'cards, message bubbles and quoted messages',
);
