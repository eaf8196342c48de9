/**
 * Form fields echoed under the message, tenth round (test/fixtures/echoes10, hand-written,
 * en/de/fr/es): a checkbox ("Marketing emails ☑ Yes please") or a field joined by an arrow, a
 * middle dot or a dash between capitalised option words ("Rückruf erwünscht → Abends", "Plazo – Lo
 * Antes Posible") under the customer's text is the form's, not theirs. The customer's own dash list
 * stays.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/echoes10/', import.meta.url)),
  'form fields echoed under the message',
);
