/**
 * Forms, seventh round (test/fixtures/forms7, hand-written, en/de/fr/es): contact details in less
 * usual structures. A form that separates label and value with an arrow or a symbol
 * ("Name ➜ …", "Telefon -> …", "Téléphone » …", "Correo ⇒ …") and wraps a long value onto indented
 * lines; a price calculator's copy of the estimate it sent a visitor (an itemised table and totals,
 * then the contact the visitor left); a fax gateway's OCR text of a faxed cover sheet (the sender's
 * fax id and fax number are not their phone, the extension is kept apart); and a company employee
 * writing in their own words under an Outlook signature table and a confidentiality disclaimer.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/forms7/', import.meta.url)),
  'contact details in less usual structures',
);
