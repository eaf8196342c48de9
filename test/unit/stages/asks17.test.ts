/**
 * A customer's letter straight to a small business (test/fixtures/asks17, hand-written, en/de/fr/es,
 * text and HTML, every charset and transfer encoding): a quote for a job, dates for a holiday let, a
 * product's price, a viewing, a booking. The letters ask as people ask, often without "you" ("Is
 * Heron Cottage available from … to …?", "What would a swap like that cost?", "Wäre eine
 * Probefahrt möglich?", "Le gîte serait-il disponible … ?", "¿Tienen disponibilidad …?"), under a
 * lead-in with a list of questions, name a budget ("about £2,500", "ca. 12.000 €"), sign with a
 * first name, an HTML signature, a legal disclaimer or a capitals display name with the phone in a
 * P.S., or come forwarded by a colleague as an attached .eml under a one-line note. Each is a lead.
 *
 * The guards (`guards/`) ask in the same forms and are no enquiry: a seller asking for a call or a
 * meeting, a newsletter asking whether the reader is ready to book, a residents' list, a relative
 * asking a favour, a colleague's forward with nothing asked of the business.
 */
import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/asks17/', import.meta.url));

describeLeadFixtures(DIR, 'a customer’s letter asking the business in its own words');

describeGuardFixtures(`${DIR}guards/`, 'mail asking in the same forms that is no enquiry');
