/**
 * A request to be called labels the customer's number only when it asks for the customer to be
 * called ("Call me on", "Rufen Sie mich an"): the business's "Call us" / "Rufen Sie uns an" /
 * "Appelez-nous" / "Llámenos" in its quoted auto-acknowledgement is its own number, under the
 * customer's reply with their number in the signature (`reply-*`). "Lead details" / "Lead-Details"
 * heading a card's ids is no message label (`card-*`): the lead's word before "details" names the
 * lead's section (extractors/labels.ts).
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/callus17/', import.meta.url)),
  "the business's call-us line and a lead-details heading label no customer field",
);
