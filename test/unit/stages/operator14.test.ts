/**
 * The business's side of a booking export (test/fixtures/operator14, hand-written, en/de/fr/es,
 * XML and JSON, every charset and transfer encoding): the activity's operator or service
 * provider (`<operator>`, `<dienstleister>`, "prestataire", "proveedor") is the business, and the
 * guardian, booker or tuteur is the customer's part. The customer gave no number, so the lead has
 * none: the operator's is never taken for it.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/operator14/', import.meta.url)),
  'a booking’s operator is the business, its guardian or booker the customer',
);
