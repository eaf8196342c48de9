/**
 * A message that opens with a lead-in and a list is read whole (test/fixtures/msglead17, hand-written,
 * en/de/fr/es, text and HTML, every charset and transfer encoding): its lead-in, its list and its
 * closing text, wherever the field sits — a CRM relay's bullet with an em-dash separator and a
 * question for its label (`bullets-*`), a stacked label over paragraphs holding numbered questions
 * (`stacked-numbered-*`), a dash list of "word: …" items in a form's message (`dashlist-vcard-*`)
 * or in a plugin's span rows (`dashlist-spanrows-*`), a lead-in paragraph ending in " :" above
 * numbered questions in HTML paragraphs (`pleadin-numbered-*`). The platform's sentence about the
 * attached card after the message is not the customer's (`cardnote-*`). Guards: a form's own
 * numbered questions with their answers, bullets of fields with no message, an em-dash in the
 * customer's sentence, and the business's text after a message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msglead17/', import.meta.url)),
  'a message with a lead-in and a list is read whole',
);
