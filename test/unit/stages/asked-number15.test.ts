/**
 * A form's question asking for a number without saying what for ("Un numéro, au cas où nous
 * aurions une question ?", "Unter welcher Nummer sind Sie tagsüber zu finden?"), answered with a
 * number written as phones are: the customer's phone, not a reference (type-fields.ts
 * askedForNumber). Found when corpus 10's numbered Q/A layout was first read field by field.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/asked-number15/', import.meta.url)),
  'a question asking for a number without naming calls, answered with a phone, is the customer’s phone',
);
