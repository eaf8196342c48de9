/**
 * Forms that lay each field out as a paragraph, thirteenth round (test/fixtures/pstrong13,
 * hand-written, en/de/fr/es, HTML with and without a text mirror, text alone, every charset and
 * transfer encoding): `<p><strong>Question?</strong><br>answer</p>`, the labels questions in the
 * site's own voice ("Who’s getting in touch?", "Wohin schicken wir das Angebot?", "Où vous envoyer
 * notre réponse ?", "¿En qué número te localizamos?"), optional fields left empty as `<em>—</em>`,
 * the message's question in a paragraph of its own above the answer's paragraphs, then a rule or
 * a small-print footer. Each is a lead with the name, address and number from the answers; the
 * message is the answer's paragraphs, a question the customer asks the business among them
 * included (`own-question-*`). A who-question about someone else ("Who is your current bike
 * insurer?") names nobody.
 *
 * Guards (test/fixtures/pstrong13-guards): a supplier's FAQ newsletter, bold questions in the
 * reader's voice ("How can I reach you?", "Wohin schicke ich meine Reklamation?", "Comment puis-je
 * vous joindre ?", "¿Cómo puedo contactaros?") with the supplier's own number and address as
 * answers, and a vendor's mailing in its own voice ("What can we do for you?", "Wohin dürfen wir
 * Ihnen Muster schicken?"), stay non-leads.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/pstrong13/', import.meta.url)),
  'paragraph forms with question labels are leads read from their answers',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/pstrong13-guards/', import.meta.url)),
  'FAQs and vendor mail with bold questions stay non-leads',
);
