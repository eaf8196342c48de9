/**
 * A dial-code select's option beside the national number names its country as well as its code
 * ("+33 (France)", "France (+33)", "🇪🇸 España +34", "Deutschland (+49)"): the code in it gives the
 * number its country, wherever the business is (type-fields.ts withPhoneCode). Before, only a bare
 * "+33" did, and the number was read in the business's region and dropped as invalid.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/dial-code15/', import.meta.url)),
  'a dial-code option naming its country beside the code gives the number its country',
);
