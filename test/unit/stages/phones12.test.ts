/**
 * The customer's phone in any structure, twelfth round (test/fixtures/phones12, hand-written,
 * en/de/fr/es, text and HTML, every charset and transfer encoding; CH, AT, IE, MX, CA, BE, NZ):
 * - numbered step forms whose answer sits on the line after the step question ("[3/5] Best number
 *   to reach you? (with country code)" / "↳ +41 (0)79 …"), the region from a country step;
 * - scheduling tools' invitee questions ("Invitee's phone number (optional)");
 * - chat and WhatsApp transcripts where the customer types the number mid-chat;
 * - prose summaries ("… can be reached on 087 …", "… ist unter 0176 … erreichbar");
 * - `tel:` links in table cells whose text is a label ("Call", "Anrufen", "Appeler");
 * - relay dumps with unusual keys (`contact.mobile_e164`, `whatsapp`, `callback`, `kontakt.handy_nr`);
 * - ASCII boxes with abbreviated labels (`Ph#`, `T:`, `Tél. port.`, `Tlf. móvil`);
 * - the region from an explicit country field, never the address's TLD;
 * - forwards whose inner message is a bulleted notice, and relay notices in `|`-separated blocks
 *   with an ids block, which used to be lost for "no contact".
 * Guards (`guard-*`): the business's, the platform's and an agent's numbers ("call us on",
 * "page_phone", "Tél. agence", a portal adviser's bullet) and counts or references are never the
 * customer's phone.
 */
import { fileURLToPath } from 'node:url';
import { describeContactFixtures } from '../../helpers/extract-fixture.js';

describeContactFixtures(
  fileURLToPath(new URL('../../fixtures/phones12/', import.meta.url)),
  'the customer’s phone is found in any structure, never the business’s',
);
