/**
 * Existing clients, eighth round: the guard side (test/fixtures/bookings8, hand-written,
 * en/de/fr/es). A new customer asking for a first appointment or whether there is availability,
 * asking to book and to have the booking confirmed, mentioning a marketplace's own request number,
 * or asking for a quote by a date they name stays a lead, even when the message says "move",
 * "verschieben", "cambiar la fecha" about something that is not yet booked. The non-lead side, an
 * existing client writing about their booking, is in test/unit/triage.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/bookings8/', import.meta.url)),
  'new customers asking to book stay leads',
);
