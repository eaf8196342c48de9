/**
 * An ad platform's lead passed on as ADF (test/fixtures/adf-platform14, hand-written, en/de/fr/es,
 * attached and in the body, every charset and transfer encoding): a CRM or relay writes the
 * platform's ids as `<id source="…">` on the prospect and the provider. An id whose source is the
 * platform itself is the lead's id there, one named as an ad, form or campaign id is that, and the
 * source is the platform, not "an ADF document". Guard: a dealer portal's own ADF keeps `adf_xml`.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/adf-platform14/', import.meta.url)),
  'an ad platform’s lead in ADF keeps its platform and ids',
);
