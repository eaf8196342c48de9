/**
 * Plain-text form mail from older form-to-mail scripts (test/fixtures/ascii14, hand-written,
 * en/de/fr/es, text and HTML `<pre>` bodies, every charset and transfer encoding): a bordered
 * table of fields under a "Field | Value" header row in the form's language, labels abbreviated
 * as such scripts print them ("Tel. no.", "Name/Vorn.", "N° tél.", "Adr. mail", "Obj. dde",
 * "Tfno.", "Ctry", "Nachn.", "Prén.", "Pobl."), the message under a ruled heading ("--- Comments
 * ---", "=== Nachricht ===", "*** Comentarios ***", "~~~ Comments ~~~", "--- Obs. ---") whose first
 * line has a colon and ends in a question, often closed by an end marker ("--- fin ---", "=== Ende
 * ==="), then the request's server variables (REMOTE_ADDR, HTTP_USER_AGENT, SERVER_NAME,
 * SERVER_ADMIN…, or "IP address", "Navigateur") and the script's footer. Each is a lead with the
 * customer's contact, their name in given-first order whatever the label's order, and the whole
 * message: no metadata, no end marker. A phone's extension ("ext. 27", "Dw. 14", "p. 305") is
 * kept as the phone's `phone_extension` attribute.
 *
 * `fields-heading-*`: a message-like heading over a block of contact fields stays fields. The
 * guards (`guards/`) are plain-text tables that are no enquiry: a shop's order, a supplier's
 * invoice, a carrier's shipping notice, newsletters with a table and a ruled section.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeGuardFixtures, describeLeadFixtures, fixtureCore } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/ascii14/', import.meta.url));

describeLeadFixtures(DIR, 'form-script mail: bordered tables, abbreviated labels, ruled message sections');

describeGuardFixtures(`${DIR}guards/`, 'plain-text tables that are no enquiry');

describe('a phone extension written in the phone cell is kept apart', () => {
  let processFixture: Awaited<ReturnType<typeof fixtureCore>>;
  beforeAll(async () => {
    processFixture = await fixtureCore(DIR);
  });

  it.each([
    ['boxed-abbrev-en-utf8-qp.eml', 'GB', '27'],
    ['boxed-abbrev-de-latin1-8bit.eml', 'DE', '14'],
    ['boxed-abbrev-fr-windows1252-base64.eml', 'FR', '305'],
    ['boxed-abbrev-es-utf8-8bit.eml', 'ES', '12'],
  ])('%s (a business in %s) keeps extension %s', async (name, region, extension) => {
    // Act
    const r = await processFixture(name, region);
    // Assess
    expect(r.status === 'lead' && r.lead.attributes.phone_extension).toBe(extension);
  });
});
