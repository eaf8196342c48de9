/**
 * A lead read from an attached file under a form tool's cover note full of links ("Open entry ·
 * Inbox · Plans · Help"): the links are the sender's, talking to the business, so triage counts
 * links per word in the customer's message there, as it counts the pitch wording
 * (classify.ts withFileLeadsPitch). Five of corpus 14's text-file leads were held as pitches for
 * their cover note's links.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/file-lead-links15/', import.meta.url)),
  'a lead in an attached file under a cover note full of links is not held as a pitch',
);
