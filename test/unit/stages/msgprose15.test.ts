/**
 * Messages, fifteenth round (test/fixtures/msgprose15, hand-written, en/de/fr/es, text and HTML,
 * every charset and transfer encoding): the customer's own prose stays whole in the message, in
 * every structure (`Label: value` lines, a stacked label, `<p><strong>` blocks, table cells,
 * definition lists, grid and `<span>` cells, pipe, box-drawing and markdown tables, numbered
 * questions with arrowed answers, agency dash lists, a Gmail forward). Three shapes: a lead-in
 * ending in a colon above the customer's list and closing line ("Our questions:" / "- …?" /
 * "Thanks!"); a first line in the customer's own "Label: sentence" ("Unser Projekt: ein …", "My
 * situation:" alone); a line of theirs that looks like a field in the middle or at the end ("Budget:
 * up to £1,500.", "Best time to reach me: 9:00–11:00."). Guards (`guard-*`, same result before and
 * after): the form's real fields after the message, fields before it, a footer and a listing/agent
 * block after it, a question-label form, first-person field labels the form itself wrote.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgprose15/', import.meta.url)),
  'the customer’s own prose stays whole in the message',
);
