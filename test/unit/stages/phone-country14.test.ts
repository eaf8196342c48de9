/**
 * A phone's own country, written on the phone (test/fixtures/phone-country14, hand-written,
 * en/de/fr/es, XML and JSON bodies, every charset and transfer encoding): `<phone country="PH">`
 * or `"phone": {"country": "FR", "number": …}` says where a national number is dialled, so it
 * reads in that country wherever the business or the address's domain is. The provider's phone
 * beside it stays the business's.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/phone-country14/', import.meta.url)),
  'a phone’s own country sets its region',
);
