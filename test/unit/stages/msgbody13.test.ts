/**
 * Messages, thirteenth round (test/fixtures/msgbody13, hand-written, en/de/fr/es, text and HTML,
 * every charset and transfer encoding): a customer's message whose own lines look like structure
 * is read whole. Label lines the customer typed ("Budget : moins de 900 €, pose comprise si
 * possible.", "Zeitraum: Frühjahr 2027") followed by their closing question, however short ("Geht
 * das?"); a lead-in sentence ending in a colon ("Ich hätte vorab ein paar Fragen:") above a
 * numbered list of questions, numbers kept (text, `<ol>`, a markdown cell's `<br>`), and the
 * closing sentence; in plain blocks, table value cells, markdown pipe tables and grid cards. A
 * message field holding only a placeholder ("— –", "s.o.", "- / -") is no message; a form's
 * question stacked above its answer after a typed line ends the message (`stacked-after-*`).
 * Guards (`guard-*`, same result as before): a real field after the message (more fields, a
 * footer) still ends it, fields before it stay out, a heading line ending in a colon above fields
 * is no part of it, a numbered form's answered questions and an `<ol>` of fields read as before.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgbody13/', import.meta.url)),
  'a customer’s message whose own lines look like structure',
);
