/**
 * Ad-platform exports forwarded by an agency, tenth round (test/fixtures/platforms10, hand-written,
 * en/de/fr/es): a cover note with Meta's lead export attached, its ids without the type prefixes.
 * The platform is known from what the export or the note does say: the export's own `platform`
 * column ("fb", "ig"), Meta's ads tool named as its interface names it per language
 * ("Werbeanzeigenmanager"), or "Meta" written as a proper noun (lower-case "meta" is a word).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/platforms10/', import.meta.url)),
  "agency cover notes on Meta's lead export",
);
