/**
 * Messages, sixth round (test/fixtures/messages6, hand-written, en/de/fr/es): a form tool's
 * partial-entry capture prints its own note about the entry ("This entry was not submitted.",
 * "Der Besucher hat das Formular … verlassen.") under the entry's metadata; the customer's message
 * ends before them. A venue directory's enquiry names the enquirer with a "who" label ("Quién
 * consulta", "Qui demande", "Submitted by", "Eingereicht von") and ends with its own help line
 * ("¿Dudas?", "Des questions ?", "Fragen?") and a link to reply in the business's dashboard, and
 * a site builder credits itself in brackets ("(Envoyé via : Site)"). A customer who signs their
 * message with their name and number ("Thanks, / Oliver Bennett / 07700 900555") gives that number
 * when the form has no phone field.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/messages6/', import.meta.url)),
  'messages end before the form tool’s own lines',
);
