/**
 * Leads whose values carry no meaningful label (test/fixtures/unlabeled, named
 * layout-language-charset-encoding): details stated in a sentence, raw field names of site
 * builders ("Field 3", "Champ-4", "input_12"), plain-text `label<TAB>value` rows, a phone the
 * customer wrote only in their message, and forms where the customer gave no address (the
 * platform's help line, relay Reply-To or footer address must not stand in).
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/unlabeled/', import.meta.url)),
  'leads whose values have no meaningful labels: prose sentences, raw field names, tab rows, a phone in the message, no email given',
);
