/**
 * The customer's own list as the answer to a numbered question ("Question 4 of 4 – …" / "Answer: A
 * few things to check:" / "1. …" / "2. timing: …"): the list is theirs (own-list.ts), and the answer's
 * mark is no label, so the answer runs on past the list as answers do (read-fields.ts). After
 * msglists16 the mark stayed in front of the lead-in and the paragraph after the list was lost.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/answer-list16/', import.meta.url)),
  "a list in a numbered question's answer keeps the paragraph after it",
);
