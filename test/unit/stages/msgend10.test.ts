/**
 * Messages, tenth round (test/fixtures/msgend10, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the customer's message ends where their text ends. Lines that
 * look like labels or boundaries but belong to the text stay in: asides with a colon ("Note:",
 * "Wichtig:", "Attention :", "Ojo:"), times and ratios, "P.S.", the customer's own short lists,
 * prose opening with a field word ("Budget is flexible", "Téléphone plutôt le soir"), quotations,
 * links, emphasis and emoji lines, a closing question or thank-you. What follows the text stays
 * out: the form's legal, consent and cancellation paragraphs, a booking summary, the platform's
 * reply/notification/app links and tracking lines, the other items of a dash list, and the
 * agent's turns of a chat. Guards: a form's own link field, with fields or a heading after it,
 * still ends the message (`link-field-*`); the customer's own sentence about sending the quote is
 * no legal clause (`own-sending-*`).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgend10/', import.meta.url)),
  'the customer’s message ends where their text ends',
);
