/**
 * Machine records laid out as a sheet or a dump, fourteenth round (test/fixtures/sheets14,
 * hand-written, en/de/fr/es, text and HTML, every charset and transfer encoding):
 * - a spreadsheet's new row as a relay tool mails it: an HTML grid with or without column letters,
 *   the keys in bold or header cells, the row numbers before each row, one or several value rows
 *   (the last is the new lead); the same grid pasted as tab-separated or space-aligned text, a cell
 *   left empty in the new row;
 * - a relay's `key: value` dump of an ad platform's lead, in text and in HTML: names in parts
 *   between bars or middle dots (`ad_name: Boiler Swap | Autumn 2026 | Lead Form`) are fields, not
 *   a business's card; custom questions as snake_case keys ending in "?", their option answers
 *   with underscores for spaces; an empty `phone_number:`; a history link and a footer;
 * - JSON with the phone's dial code, or its country as an ISO code, apart from the national number;
 * - web forms whose values hold bars (an address, picked services, a vehicle), and guards that a
 *   business's card under a form (with or without labels) still ends the customer's block.
 *
 * Guards (test/fixtures/sheets14-guards): an order's numbered line items, a price list's sheet row
 * and a supplier's numbered price table with its card, a stock sheet's row: none is a lead.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/sheets14/', import.meta.url)),
  'sheet rows, relay dumps and split phones are leads read field by field',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/sheets14-guards/', import.meta.url)),
  'line items, price lists and stock rows stay non-leads',
);
