/**
 * Machine bodies that name each field beside its value, not as the element or key itself
 * (test/fixtures/structured13, hand-written, en/de/fr/es, text and HTML bodies and attachments,
 * every charset and transfer encoding): Google Ads' lead-form webhook in XML (column ids as
 * attributes or elements, all-attribute columns) and JSON (inside a relay's envelope, attached),
 * `<field id="…" value="…"/>`, capitalised `Name`/`Value` attributes, `<fieldName>`/`<fieldValue>`
 * elements, `<item>` with a label, a value and metadata, and JSON records keyed `field_name` /
 * `field_value`, `id` / `value`, `title` / `response`, `question_text` / `answer_text`, a form
 * builder's fields keyed by id beside the form's own name, and labels and values as alternating
 * siblings (`<name>`/`<value>`, a property list's `<key>`/`<string>`). First and last name are
 * joined; the platform's ids stay their own fields and never the contact. `guard-crm-…`: a CRM
 * person with a deal value keeps its contact. Guards (`guards/`): an order confirmation, an invoice
 * and settings dumps in the same shapes stay non-leads.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/structured13/', import.meta.url));

describeLeadFixtures(DIR, 'a field named beside its value is read as that field');
describeGuardFixtures(`${DIR}guards/`, 'machine bodies that are no lead stay non-leads');
