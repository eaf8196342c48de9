/**
 * Label/value structures read with their boundaries, seventeenth round (test/fixtures/pairs17,
 * hand-written, en/de/fr/es, text and HTML, every charset and transfer encoding): an empty value
 * is empty, a value is never the next block, and pairs without a colon are still pairs.
 *  - `stacked-empty-*`: an ad platform's label line / value line / blank line blocks whose message
 *    label has no value line; the next block is the next field, known to the lexicon or not.
 *  - `dl-empty-*`, `table-empty-*`: a definition list or table whose message cell is `&nbsp;` or
 *    empty, the business's footer line under it; the text part's row ends in the empty field.
 *  - `span-pairs-*`: a muted caption before a bold value, `<br>` between rows, and a text part
 *    that prints them without a colon.
 *  - `bold-question-*`: a bold question with the form's hint in a paragraph of its own, its value
 *    the paragraphs below; `span-rows-*`: a bold caption over a value of paragraphs and a dash list.
 * Guards (test/fixtures/pairs17-guards): a stacked message over several lines, a definition list
 * and an HTML card with a real message above the footer, letters without a colon (prose, bold
 * words in sentences, a bold question paragraph) and grey captions beside bold words under a filled
 * form, in which no pair is invented.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/pairs17/', import.meta.url)),
  'label/value structures are read with their boundaries',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/pairs17-guards/', import.meta.url)),
  'structures that already read right keep their result',
);
