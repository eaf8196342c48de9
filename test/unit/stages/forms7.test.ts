/**
 * Forms, seventh round (test/fixtures/forms7, hand-written, en/de/fr/es): contact details in less
 * usual structures. A form that separates label and value with an arrow or a symbol
 * ("Name ➜ …", "Telefon -> …", "Téléphone » …", "Correo ⇒ …") and wraps a long value onto indented
 * lines; a price calculator's copy of the estimate it sent a visitor (an itemised table and totals,
 * then the contact the visitor left); a fax gateway's OCR text of a faxed cover sheet (the sender's
 * fax id and fax numbers are not their phone, the extension is kept apart); and a company employee
 * writing in their own words under an Outlook signature table and a confidentiality disclaimer.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { describeLeadFixtures, fixtureCore } from '../../helpers/extract-fixture.js';

const dir = fileURLToPath(new URL('../../fixtures/forms7/', import.meta.url));

// The first email a process handles pays its cold start (lazily imported stages, first regex
// compilations) inside the per-email time budget, which under the parallel unit run can exceed it;
// one email through a throwaway core first lets the budget measure the fixtures themselves.
beforeAll(async () => {
  const processFixture = await fixtureCore(dir);
  await processFixture('fax-no-phone-en-latin1-qp.eml', 'GB');
});

describeLeadFixtures(dir, 'contact details in less usual structures');
