import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/attach14/', import.meta.url)),
  'a customer who speaks in an attachment is the lead',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/attach14-guards/', import.meta.url)),
  'newsletters and invoices forwarded as attachments stay non-leads',
);
