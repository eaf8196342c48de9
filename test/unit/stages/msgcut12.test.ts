/**
 * Messages, twelfth round (test/fixtures/msgcut12, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): a message is kept whole. Its last sentences stay: a courtesy
 * sentence ("Thanks in advance.", "Merci d'avance !", "Vielen Dank im Voraus!", "Gracias de
 * antemano.") above the customer's name, a thanks line the customer goes on writing under ("Thank
 * you!" / "Is a Saturday return possible too?"), a closing question, a value wrapped over the rows
 * of an ASCII box, `<br>` lines, bullets or indented lines, a closing thanks in a paragraph of its
 * own after a relayed text, a guessed label's value or the text below a relay's fields (the
 * platform's "Gracias por usar…" stays out). Its first words stay: the customer's
 * own lead-in with a colon ("Quick question:", "Kurze Frage:", "Petite question :", "Mi situación:",
 * "Our situation:") under a label that stands alone or an intro sentence, and such an aside wrapped
 * onto the next line inside the text; emoji, "¿" and quotation marks opening a line are no cut.
 * Guards (`guard-*`): a sign-off with the customer's name and phone, a business's signature, a
 * letter's sign-off and PS, the form's legal paragraph, the platform's reply lines, the form's next
 * question and a known field under an empty message label still end or empty the message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgcut12/', import.meta.url)),
  'a message is kept whole: its last sentences and its first words',
);
