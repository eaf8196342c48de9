/**
 * Questions the customer flags in their message, tenth round (test/fixtures/asides10,
 * hand-written, en/de/fr/es): "Quick question: …", "Kurze Frage: …", "Petite question : …", "Una
 * pregunta: …" in a paragraph of its own after the message are the customer's words, like a "PS",
 * not a form field that ends the message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/asides10/', import.meta.url)),
  'questions the customer flags in their message',
);
