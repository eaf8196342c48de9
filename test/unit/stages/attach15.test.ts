/**
 * Leads carried by an attachment or a relayed notification, with a staff or system note around it
 * (test/fixtures/attach15, hand-written, en/de/fr/es, text and HTML, every charset and transfer
 * encoding).
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/attach15/', import.meta.url)),
  'a lead in an attachment or a relay: the customer, never the staff note around it',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/attach15-guards/', import.meta.url)),
  'vendors’ files and pitches through a form stay non-leads',
);
