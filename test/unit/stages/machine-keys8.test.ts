/**
 * Machine keys (test/fixtures/machine-keys8, hand-written, en/de/fr/es): a relay prints the ad
 * platform's attribution as `snake_case` keys aligned by spaces, in an HTML `<pre>` block or in
 * plain text, under a heading ("Attribution", "Zuordnung"). Each key is read as a field, known
 * (ad_id, form_id, campaign_id, lead_id, campaign_name) or not (advertiser_id, adgroup_id,
 * created_time), so the ids land in their fields and the customer's answer above ends at the block.
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/machine-keys8/', import.meta.url)),
  'space-aligned snake_case keys',
);
