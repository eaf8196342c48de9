/**
 * Platform identifiers from any shape, eleventh round (test/fixtures/ids11, hand-written,
 * en/de/fr/es, text and HTML, every charset and transfer encoding): the ad, form, campaign and
 * platform lead ids each land in their own field, and the source platform is the one the
 * notification names (in any casing, its sender domain or its typical id keys). Shapes: ids stated
 * in a prose summary ("Pinterest lead … came in from ad … in campaign …", "Lead Nr. … aus Anzeige
 * …", "lead n° … issu de l'annonce …", "Lead n.º … del anuncio …"), definition lists, CRM sync
 * tables with `fb_ad_id` / `leadgen_id` columns, ALL-CAPS stacked labels, `<pre>` attribution
 * blocks, em-dash bullets and dot leaders, XML attachments and name/value JSON exports.
 * Guards (test/fixtures/ids11-guards): a form builder's "Form ID" and "Entry ID" keep the source
 * web_form; order, invoice and ticket numbers, postcodes and ids the customer writes in their own
 * message are never platform ids.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids11/', import.meta.url)),
  'platform ids and the source platform from any shape',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids11-guards/', import.meta.url)),
  'form builder ids, order, invoice and ticket numbers are no platform ids',
);
