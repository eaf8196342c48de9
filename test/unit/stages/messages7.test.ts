/**
 * Messages, seventh round (test/fixtures/messages7, hand-written, en/de/fr/es): where a form's
 * free-text answer starts and ends when the layout around it is not `Label: value` lines. A
 * Markdown bullet's answer runs over the lines indented under it and stops at a fenced id block,
 * and a bold question on the bullet ("- **What should we quote for?** A new lawn…") is the
 * answer's label, never part of it; a
 * valuation tool's owner comments sit between the property summary (with its price range) and the
 * assigned valuer; an RFQ's notes to the supplier follow the line items and buyer contact, run over
 * every paragraph the buyer wrote ("We would also like to know your lead time…") and stop at the
 * portal's help line ("Questions about the portal?", "¿Problemas con el portal?"); a numbered section's indented answer ends at the next numbered
 * heading, and a third party's section (the previous vet) never names the customer; a survey's
 * open comment follows its score and rating matrix, and an optional phone answered in words ("email
 * only please", "k.A.") is no number; a chat widget's offline message ends at the visitor details.
 * A chat visitor who left neither email nor phone is no lead, whatever address the footer prints
 * and whatever the widget's own sender address is.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures, describeNonLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/messages7/', import.meta.url));

describeLeadFixtures(DIR, 'messages between a layout’s own blocks');

describeNonLeadFixtures(`${DIR}no-contact/`, 'chat visitors who left no email or phone');
