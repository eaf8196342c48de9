/**
 * A customer writing to the business directly, in their own words, signed with their name, number
 * and website in an HTML signature (test/fixtures/direct-enquiries8, hand-written, en/de/fr/es).
 * No form, no labels: triage reads the request in the wording ("Could you send someone round…",
 * "Bieten Sie auch … an?", "Pourriez-vous passer…", "¿Podrían venir a verlo?") and takes it as a
 * lead, not as personal mail for review; the message is the letter between greeting and sign-off,
 * whichever sign-off closes it ("Gruß", "Merci d'avance,").
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/direct-enquiries8/', import.meta.url));

describeLeadFixtures(DIR, 'direct enquiries in ordinary words');
