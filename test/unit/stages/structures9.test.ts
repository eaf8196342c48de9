/**
 * Records as APIs and standards write them, ninth round (test/fixtures/structures9, hand-written,
 * en/de/fr/es): a CRM's properties each wrapped with their history (`"firstname": {"value": …,
 * "timestamp": …}`), xCard's `<given>`/`<surname>`, name elements saying their part (`<name
 * part="given">`, `<nom type="family">`) and FHIR's HumanName (`"family"`, `"given": [...]`).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/structures9/', import.meta.url)),
  'wrapped property values and name parts in JSON and XML records',
);
