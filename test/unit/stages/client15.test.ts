/**
 * Existing clients, fifteenth round (test/fixtures/client15, hand-written, en/de/fr/es, plain mail
 * to the business and contact-form notifications, text and HTML, every charset and transfer
 * encoding): a client writing about what they already have or had with the business is customer
 * service, in wordings no word list names: a receipt or a corrected bill for something paid, a
 * visit or a lesson moved to another day, an order that arrived damaged or late, a subscription
 * paused, work the business did that needs putting right. The client-text model
 * (src/processors/stages/client-text.ts) reads them.
 *
 * The guards (`guards/`) are new customers in the same words: a booking, an order or a date they
 * want, a prospect chasing the quote they asked for, a prospect moving the date of a tasting or a
 * visit for a quote before anything is booked, a complaint about another supplier they want to
 * leave. Each stays a lead with its contact and message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures, describeNonLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/client15/', import.meta.url));

describeNonLeadFixtures(DIR, 'an existing client writing about what they have with the business');

describeLeadFixtures(`${DIR}guards/`, 'new customers who mention bookings, orders and dates they want');
