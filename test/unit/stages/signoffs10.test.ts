/**
 * Letters' closings, tenth round (test/fixtures/signoffs10, hand-written, en/de/fr/es): closing
 * formulas the list lacked ("Cordiales salutations,", "Le saluda atentamente,", "Hochachtungsvoll"),
 * a closing in any wording when a short comma-ended line stands above the writer's name ("In
 * Erwartung Ihrer Rückmeldung,"), and the mail app's localised footer ("Obtener Outlook para
 * Android"). None of them is the customer's text.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/signoffs10/', import.meta.url)),
  "letters' closings and mail-app footers",
);
