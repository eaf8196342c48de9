/**
 * A chat app's post forwarded by email: its title names the channel ("New message in #leads",
 * "Neue Nachricht in #anfragen"), and that title is no message label whose value would be the
 * post's header ("LeadRelay APP 10:42 AM" / ":sparkles: New lead from …"): the message is the
 * post's own message field, or none (extractors/labels.ts).
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/chat-channel16/', import.meta.url)),
  "a chat post's channel title is no message label",
);
