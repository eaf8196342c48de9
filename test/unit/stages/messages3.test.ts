/**
 * Where the customer's message ends, on hand-written notifications of shapes the earlier fixtures
 * do not try (test/fixtures/messages3, named shape-language-charset-encoding): forms that mark
 * required fields (`Label *`, `(Pflichtfeld)`, `[required]`) stacked without blank lines, where
 * the next marked label ends the message; label-like lines the customer typed inside the message
 * ("Budget: 5.000 €" with more prose below), which do not end it; empty message fields ("-",
 * "keine Angabe", "non renseigné", "sin comentarios", a partial entry's "(not filled in)"), which
 * give no message; chat and voicemail transcripts whose later turns and platform lines are not the
 * message; ad digests and demo requests. `notInMessage` names what must stay out.
 */
import { fileURLToPath } from 'node:url';
import { describeMessageFixtures } from '../../helpers/extract-fixture.js';

describeMessageFixtures(
  fileURLToPath(new URL('../../fixtures/messages3/', import.meta.url)),
  'where the message ends',
);
