/**
 * Questions, tenth round, second wave (test/fixtures/questions11, hand-written, en/de/fr/es): a
 * question the customer asks the business inside their message ("Could you quote for spring?",
 * "Wäre es möglich …?", "Est-ce que vous intervenez le samedi ?", "¿Podrían …?") stays in the
 * message, whatever line follows it: a form field, a short line of theirs, another paragraph. A
 * numbered prompt for their text ("Q4 Tell us about the job" / "> …") labels the message. The
 * form's own questions ("What is your budget?", numbered questions, a progress counter's
 * questions) stay labels.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/questions11/', import.meta.url)),
  'the customer’s own questions stay in their message',
);
