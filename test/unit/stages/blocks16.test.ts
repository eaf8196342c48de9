/**
 * Message blocks, sixteenth round (test/fixtures/blocks16, hand-written, en/de/fr/es, text and HTML,
 * every charset and transfer encoding): when a structure bounds the message, the whole block is the
 * message:
 * - a chat app's bot post whose message bullet has an empty value and the message indented under it,
 *   several paragraphs long; the post's header (bot, time, `:emoji:` line, title) is never the
 *   message, and an empty bullet ("Message: –") is no message;
 * - a message under an underlined or boxed heading below a plain-text table, up to the `--`
 *   separator or the next underlined heading, and a message indented under a heading after a
 *   markdown table, up to the dedent;
 * - an HTML section: a heading and its paragraphs, first and last included, and not the
 *   professional's own block after it; and a chat bot's HTML bullet with an empty value and the
 *   message's block nested in it or right after the list item.
 *
 * Guards (test/fixtures/blocks16-guards), leads that keep their reading: bullet lists with an
 * inline message, a code-like block of ids indented under a label, an underlined heading over the
 * form's own fields, a heading over the business's agent, an indented quote under an inline message,
 * a notification's title typed as the message over a grid of the form's fields.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/blocks16/', import.meta.url)),
  'a message bounded by its structure (indented bullet, ruled heading, HTML section) is read whole',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/blocks16-guards/', import.meta.url)),
  'inline messages, id blocks, fields under headings and agent blocks keep their reading',
);
