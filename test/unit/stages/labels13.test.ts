/**
 * Label forms, thirteenth round (test/fixtures/labels13, hand-written, en/de/fr/es, text and HTML,
 * every charset and transfer encoding):
 * - a CRM's or form tool's bold label followed by a spaced dash or an arrow and the value
 *   ("<b>Nombre completo</b> — Ana López", "<strong>Full name</strong> → Tom Baker",
 *   "<b>Nachricht</b> - -"), in bullets, paragraphs with line breaks and divs: the separator is the
 *   label's colon, never part of the value, and an answer that is only a dash is no message;
 * - one field under two names ("Zip/Postcode", "Handy/Mobil", "Portable/Mobile", "Móvil/Teléfono"),
 *   typed when the names agree, and "Nom/Prénom" spelling the surname-first order out.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/labels13/', import.meta.url)),
  'separators and slashed alternative names in labels',
);
