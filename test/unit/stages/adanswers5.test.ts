/**
 * The answer to an ad form's own question (test/fixtures/adanswers5, named
 * structure-topic-language-charset-encoding, en/de/fr/es, invented platforms and people). The
 * question is typed only by a keyword it happens to contain, and its answer was dropped:
 * - "Quel est le meilleur moment pour vous appeler ?", "À quelle heure pouvons-nous vous
 *   rappeler ?", "When would you like us to call you back?": the calling word made it a phone
 *   label, the sentence no number, so the answer was lost (and, asked before the phone field, the
 *   real number declined);
 * - "Quelle est la taille de votre entreprise ?", "Wie groß ist Ihr Unternehmen?": a company
 *   label, the sentence kept as the company's name; a real "Nom de l'entreprise" stays the company;
 * - "Quelle date vous conviendrait ?", "¿Qué fecha le vendría mejor?": "date"/"fecha"/"heure" made
 *   the label a notification's metadata, whose text is never prose;
 * French puts a no-break space (U+00A0 or U+202F) before the "?" and the ":".
 * Controls: a two-word choice under a calling question is no message, and the exact referral
 * question "Comment nous avez-vous connus ?" keeps its answer as the referral.
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/adanswers5/', import.meta.url)),
  'answers to an ad form’s own question (round 5)',
);
