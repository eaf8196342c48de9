/**
 * Parties, eighth round (test/fixtures/parties8, hand-written, en/de/fr/es): a form about one
 * person (a patient, a pupil, a resident, a pet, a course attendee) filled in by another (a parent,
 * a carer, an owner, a colleague who books). The lead is the contact, whose email and phone the
 * business will use, whatever order the blocks come in and however the labels name the two; the
 * subject's name stays out of analytics. When only the subject is named beside the parent's email,
 * the name is the sign-off's or the sender's, else none. Guards: a form naming one person only.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/parties8/', import.meta.url)),
  'the lead is the contact, not the person the request is about',
);
