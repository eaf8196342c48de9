/**
 * Question-style forms (test/fixtures/qa8, hand-written, en/de/fr/es, text and HTML): the
 * customer's free-text answer is followed by further questions the lexicon may not know ("Is the
 * garden reachable from the street?"), numbered questions, tick-box and radio rows, ratings and
 * "Selected: …" lines. The answer keeps all its paragraphs, the customer's own questions inside
 * it included, and ends where the form's next question or option block starts; an empty answer
 * ("-", "keine Angabe", "non renseigné", "sin respuesta") means no message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/qa8/', import.meta.url)),
  'the free-text answer of a question form ends where the answer ends',
);
