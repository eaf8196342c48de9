/**
 * Where the customer's message ends on marketplace and capture-tool notifications
 * (test/fixtures/messages4, named shape-language-charset-encoding): partial form captures, whose
 * capture tool explains itself under the fields and whose message is null when the visitor did not
 * fill it; tutor marketplaces where a parent writes under "About your child", "Nachricht an die
 * Lehrkraft", "Mot pour le professeur", "Comentarios para el profesor"; quote requests whose
 * photo listing follows the description. `notInMessage` names what must stay out.
 */
import { fileURLToPath } from 'node:url';
import { describeMessageFixtures } from '../../helpers/extract-fixture.js';

describeMessageFixtures(
  fileURLToPath(new URL('../../fixtures/messages4/', import.meta.url)),
  'where the message ends',
);
