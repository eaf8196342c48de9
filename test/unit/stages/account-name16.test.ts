/**
 * A name field of a business party ("Nom du compte", "Nombre de la cuenta", "Name des Kontos",
 * "Account name" in an ad platform's lead report) names the advertiser's account, not the
 * customer: it is kept as an attribute, like "Account phone" (type-fields.ts). Before, a report
 * beside "Nom"/"Prénom" columns joined the account's name to the customer's.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/account-name16/', import.meta.url)),
  "a business party's name field is not the customer's name",
);
