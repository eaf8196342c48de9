/**
 * Billing-address cards, ninth round (test/fixtures/cards9, hand-written, en/de/fr/es): a shop's
 * quote request prints the customer as an unlabelled card (name, street, town, country, phone,
 * email) under a billing heading. The card's first line is the name, its country line is never the
 * name, and that line says how to read the national number of a customer abroad.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/cards9/', import.meta.url)),
  'unlabelled billing-address cards',
);
