/**
 * A phone number under a label read as a person's ("Contact : 06 71 …", "Rückruf an: +49 (0)151 …",
 * "Contacto: 612 …") is how to reach the person, not a withheld name: with no phone field it is
 * the customer's number (type-fields.ts). Before, the number was dropped and a callback request
 * without an email was lost.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/name-label-phone16/', import.meta.url)),
  "a phone under a person's label is the customer's number",
);
