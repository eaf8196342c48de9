/**
 * A customer who left only a number, printed as an unlabelled block under a heading that names
 * them (test/fixtures/customer-block8, hand-written, en/de/fr/es): "Customer", "Kunde",
 * "Coordonnées du client", "Datos del cliente", then the name and the number on their own lines,
 * as a marketplace's request for quote prints them between the customer's answers and its tips.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/customer-block8/', import.meta.url)),
  'a name and number under a customer heading',
);
