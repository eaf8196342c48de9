/**
 * The customer's full name, eleventh round (test/fixtures/names11, hand-written, en/de/fr/es, text
 * and HTML, every charset and transfer encoding): the name is found and is the right person's.
 * Values printed above their caption row (HTML grids, text columns); numbered questions with the
 * answer indented under them behind a marker (→, ↳, >, A:); caller-ID names in capitals, surname
 * first (CNAM), in call notices, voicemails and message slips, and self-introductions in
 * transcripts and chats; the booker or guardian named under a heading of their role whichever
 * block comes first; a card's "Jane D." completed from the full name the notification gives
 * elsewhere; role badges glued to a participant's name ("Jane Doe Client", "Anna Roth Kundin",
 * "Luc Martin (Titulaire)"). Guards (`guard-*`) keep today's result: given names in capitals,
 * caller IDs written given name first, surname-first labels, particles, single names,
 * apostrophes, role words that are surnames after one given name ("Anna Gast", "Tom Client"), an
 * initial nothing completes, a guest heading alone and a last-first column.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/names11/', import.meta.url)),
  'the customer’s full name is found and is theirs',
);
