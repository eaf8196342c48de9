/**
 * Answers printed in quotation marks or behind an arrow, tenth round (test/fixtures/quoted10,
 * hand-written, en/de/fr/es): form tools print what the customer typed between marks in the
 * typography of their language («…» with spaces, German »…«, “…”), or behind an answer arrow, a
 * tick or a pen ("| » …", "✓ …", "✎ …"). Neither is the customer's: the name, the number and the
 * message are read inside them. Quotes inside a message stay.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/quoted10/', import.meta.url)),
  'answers printed in quotation marks or behind an arrow',
);
