/**
 * A property or storage portal's notification (HTML only, a text stub beside it): a title the
 * lexicon reads as a message label ("Demande de visite", "New enquiry") with no value of its own,
 * then the listing's line of parts joined by middle dots ("REF-20931 · 3 pièces à Lyon · 1 250 €
 * CC"), then the enquirer's fields. The listing line is the portal's intro there, not a business
 * card ending the fields before the first one (extractors/label-value.ts).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/listing-title17/', import.meta.url)),
  "a listing's line under the portal's title does not end the fields before the first",
);
