/**
 * Messages, eleventh round (test/fixtures/msgend11, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the message holds the customer's text only, nothing above it and
 * nothing after it. Above it: a relay's `key=value` lines in the relay's language (`campaña=…`), a
 * colleague's or agency's note handing the lead on ("another lead from Pinterest below", "anbei
 * ein neuer Lead", "Ci-dessous un nouveau contact", "os reenvío el lead") with its greeting and
 * sign-off, and a platform's message card (name, headline, "sent you a message" in cells of their
 * own) with the greeting to the staff member. After it: a directory's nudge to answer fast for the
 * business's ranking or odds ("Respond within 24 hours to improve your ranking", "Antworten Sie
 * innerhalb von …, um …", "Répondez rapidement pour augmenter vos chances", "Responde antes de …
 * para que el cliente …") and a form tool's partial-entry notice ("Saisie partielle – formulaire
 * abandonné à l'étape 3"), which as the message's only value means the customer wrote none.
 * Forwarded Outlook signatures and ads digests already read right and stay as guards.
 * Guards (`guard-*`): the customer's own quick-answer request, greeting, PS, list, link and
 * thank-you, their own "another enquiry from me", "un nouveau contact du syndic", "Unvollständig
 * gestrichene Wände", a personal letter to "Hi team,".
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgend11/', import.meta.url)),
  'the message holds only the customer’s text',
);
