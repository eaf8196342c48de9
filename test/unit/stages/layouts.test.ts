/**
 * Extraction on hand-written layouts the generated corpus does not have (test/fixtures/layouts,
 * named layout-language-charset-encoding): plain-text tables, quoted reply chains, forwards of
 * forwards, CSV and vCard attachments, question labels, required markers, answer arrows, grid HTML,
 * trailing listing/agent blocks. Each also names what must NOT be taken: the business's signature,
 * the platform's support line, a reference number shaped like a phone.
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url)),
  'layouts no profile names',
);
