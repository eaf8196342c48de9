/**
 * "Label – value" lists, ninth round (test/fixtures/lists9, hand-written, en/de/fr/es): a relay
 * lists the form's fields as bullets joined by a dash. The message item ends at the next item,
 * whatever its label ("• Best time to call — weekday evenings"), and at the platform's chained ids
 * below the list ("Ad ID … · Form ID …"), which are read as the ad and form ids. Dashes serve as
 * bullets too ("— E-Mail: …", "— Nom complet* — …"), and labels keep their required-field marks
 * and questions ("¿En qué podemos ayudarle? — …"). A directory's definition list numbering the
 * enquiry ("Enquiry #", "Anfrage-Nr.", "Demande n°") keeps that number out of the message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/lists9/', import.meta.url)),
  'dash-joined field lists and the chained ids under them',
);
