/**
 * Platform message notifications, tenth round (test/fixtures/inmail11, hand-written, en/de/fr/es):
 * a network, page inbox, marketplace, review site or call tracker mails "you have a new message"
 * with the sender's card (name, headline, location) above the message and its buttons and footer
 * below. The message is the sender's text alone: not the card, not the greeting to the business's
 * staff member ("Hi Jane,", "Hola Pilar:"), not the sign-off; in a text-back thread, the caller's
 * lines, not the business's automatic reply. The platform's marketing, a profile-view notice and a
 * connection request without a message are no leads.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures, describeNonLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/inmail11/', import.meta.url));

describeLeadFixtures(DIR, 'platform message notifications');

describeNonLeadFixtures(`${DIR}not-leads/`, 'platform notices without a message');
