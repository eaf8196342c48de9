/**
 * Messages, fourteenth round (test/fixtures/msgcells14, hand-written, en/de/fr/es, text and HTML,
 * every charset and transfer encoding): a message's own lines stay in the message in every
 * structure a form writes its fields in: dot leaders ("Message ......... text"), CSS-grid and flex
 * `<div>` cells, definition lists, `<span>` rows under question labels, stacked label rows, numbered
 * questions with arrow answers, agency bullets ("• Message: …"). The lines that look like fields
 * ("Budget: up to A$900.", "Délai : d'ici 2 semaines.", "Best time to reach me: 9:00–11:00."), a
 * lead-in ending in a colon above the customer's dash list and closing question are the message's.
 * Guards (`guard-*`, same result before and after): a field in the form's own syntax after the
 * message, the customer's phone in another syntax under it, an empty label, fields before a `<dl>`
 * message, a footer after a grid, the next numbered question, a tab field after a tab message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgcells14/', import.meta.url)),
  'a message’s own lines in every structure',
);
