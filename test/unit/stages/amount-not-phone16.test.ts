/**
 * A number beside a currency ("unos $ 1.200.000", "1 250 000 €", "AUD 1 200 000") is an amount,
 * not the writer's phone, however many digits it has: the number under their signature is
 * (type-fields.ts phoneInProse). Before, a letter's budget was read as a phone in the business's
 * region and won over the signed number.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/amount-not-phone16/', import.meta.url)),
  'an amount beside a currency is not a phone',
);
