/**
 * Structures, fifteenth round (test/fixtures/structures15, hand-written, en/de/fr/es, text and
 * HTML, every charset and transfer encoding), three structures that lost a whole layout's names and
 * messages:
 * - a relay's dump drawn with a left border and a middle rule but no right border, keys padded,
 *   names in capitals, a long value on rows with an empty key, an "IDs" block and `form_name:`;
 * - numbered questions marked "Q :"/"F:"/"P:" with the answer under an empty "R :"/"A:" mark, the
 *   last answer several paragraphs long, then the tool's score and unsubscribe lines;
 * - a booking's name row with a role badge (bare, after a dash, a comma or a middle dot, in an HTML
 *   table's cell) or a possessive ("Booker's", "Ashworth’s account").
 *
 * Guards (test/fixtures/structures15-guards), leads that keep their reading: pipes in a customer's
 * prose and bordered lines of their own, "Q:"/"A:" lines in a customer's message, and names with
 * particles and apostrophes (O'Neill, d'Almeida, van der Berg).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/structures15/', import.meta.url)),
  'left-bordered pipe rows, stacked Q/A answers and booking rows with role words are read field by field',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/structures15-guards/', import.meta.url)),
  'pipes and Q/A marks in a customer’s text, and names with particles, keep their reading',
);
