/**
 * Messages, eleventh round (test/fixtures/msgcut11, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the customer's message is not cut short. It runs on over a chat's
 * contact hand-over (the customer's turns after giving their name, number or address continue it),
 * over every customer turn of a forwarded WhatsApp export (system lines and media stubs left out),
 * over lines of the customer's own that look like fields ("Budget approx. 2k", "Zeitraum: ab März",
 * "Accès : par la cour", "Tel. only after 6pm please", "NB - …", "Ref: your flyer", bullets and
 * numbered items), over blank lines and `<br><br>` inside a value, up to an attachment notice, over
 * a multi-line answer of a step-by-step form ("Step 2 of 4", "Frage 2/4") and over the whole answer
 * under a Markdown heading of an issue form ("### Describe your project"). Guards (`guard-*`): a
 * real next field, a consent paragraph, a staff block and platform boilerplate still end it, and the
 * agent's turns and the visitor's short answers to the agent's questions stay out of a chat's.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgcut11/', import.meta.url)),
  'the customer’s message is not cut short',
);
