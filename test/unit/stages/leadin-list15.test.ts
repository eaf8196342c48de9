/**
 * A customer's lead-in to their own list of questions or sentences, a blank line below the first
 * paragraph ("Our questions:" / "- Do you provide wetsuits?" / …), stays in the message, however
 * short the lead-in and whether or not the lexicon knows one of its words ("Fragen"): the items are
 * sentences, which a form's list field never holds (label-value.ts `sentenceItemsBelow`,
 * read-fields.ts `inSentenceList`). The guards keep a form's choices and the business's hours.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/leadin-list15/', import.meta.url)),
  'a lead-in to the customer’s own list of questions after a paragraph break stays in the message',
);
