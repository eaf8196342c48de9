/**
 * Text attachments in any key–value shape, tenth round (test/fixtures/attach10, hand-written,
 * en/de/fr/es): a system exports the lead as a file and a member of staff (or the system) sends it
 * under a short cover note signed with the business's own name, number and address. The file is
 * INI (`[contact]`, `key = value`, `key=value`, `key: value`, `;`/`#` comments), Java
 * `.properties` (`kunde.vorname=…`, `\u00e9` escapes), TOML (`[lead.contact]`, quoted, multi-line
 * and inline-table values), `.env` (`LEAD_EMAIL=…`), TSV, semicolon-separated with decimal commas
 * (one or several rows, or a vertical `Field;Value` export), a dot-leader, space-aligned or
 * fixed-column report, a generic XML (also as an untyped `.dat`) or JSON document, or a forwarded
 * `.eml`; of several records only the first is the lead. Each is sent as `text/plain`,
 * `application/octet-stream` or its own type, in UTF-8 (with or without a BOM), UTF-16 with a BOM,
 * Latin-1 or Windows-1252, declared or not. The customer is the file's person, never the
 * signature's. The not-leads are a plugin's configuration file, an invoice sent as a CSV and a
 * newsletter with an `.ics` invitation.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures, describeNonLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/attach10/', import.meta.url));

describeLeadFixtures(DIR, 'leads in text attachments of any key–value shape');

describeNonLeadFixtures(
  `${DIR}not-leads/`,
  'a configuration file, an invoice and a newsletter as attachments',
);
