/**
 * The customer's own list stays whole in their message: a numbered or dashed list of mixed items
 * (a question, a phrase, an amount, an item with its own "word:" part) under their lead-in, whether
 * the lead-in ends a prose line, stands on its own line or opens the message, and the courtesy
 * closing lines after it ("Thanks in advance." / "Have a nice day."); a name line under them is the
 * signature and stays out. The guards keep a form's own numbered questions (answers under them or
 * arrowed, or in table rows), a list of choices after the message and the business's hours.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msglists16/', import.meta.url)),
  'the customer’s own list, its lead-in and closing lines stay in the message',
);
