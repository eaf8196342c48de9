/**
 * A stranger's personal letter to a business (test/fixtures/letters10, hand-written, en/de/fr/es,
 * several trades): prose straight to the business's address asking for its trade's work, a price,
 * a visit or an appointment ("I wonder whether you service…", "Können Sie so etwas reparieren?",
 * "Est-ce que vous livrez à…", "¿Reparan ustedes esta marca?"), no form labels, often from a
 * free-mail address, some without a phone. Each is a lead with the writer's address, name and the
 * letter between greeting and sign-off.
 *
 * The guards (`guards/`) are the same kind of prose and no enquiry: a vendor offering the business
 * its services or price list (spam or review), a friend's note asking a favour in familiar
 * address, a school leaver asking for an apprenticeship or a work placement (review).
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/letters10/', import.meta.url));
const GUARDS = `${DIR}guards/`;

describeLeadFixtures(DIR, 'personal letters asking a business for its trade');

describeGuardFixtures(GUARDS, 'personal letters that ask no business for its trade');
