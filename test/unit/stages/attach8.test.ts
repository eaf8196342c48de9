/**
 * Markdown and YAML leads, eighth round (test/fixtures/attach8, hand-written, en/de/fr/es): a form
 * service delivers the submission as Markdown or YAML, in the body or as a file under a short cover
 * note ("New submission attached", "Neue Anfrage im Anhang"). Bullets and lines with bold labels
 * (`- **Email:** …`, `* __Vorname__: …`), pipe tables, a message under a "Message" heading or in a
 * blockquote, links around addresses (`[a@x](mailto:a@x)`, `<a@x>`), YAML files and YAML front
 * matter whose document body is the customer's message; `.md`, `.markdown`, `.yaml`, `.yml`,
 * `.txt` and `.log` files whatever type they are declared with, and an untyped `.dat` upload whose
 * content is text.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/attach8/', import.meta.url)),
  'Markdown and YAML leads in the body and as attached files',
);
