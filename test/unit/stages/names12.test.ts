/**
 * The customer's full name, twelfth round (test/fixtures/names12, hand-written, en/de/fr/es, text
 * and HTML, every charset and transfer encoding), from wherever the layout puts it: caller-ID lines
 * of call-tracking notices ("Anrufer-ID: MÜLLER, ANNA", "Identifiant de l'appelant : LEFEBVRE
 * CAMILLE"); self-introductions in voicemail transcripts ("this is … calling", "c'est …", "soy …
 * y", "hier ist …"); chat speakers with a role badge and a time, names given mid-chat ("moi c'est",
 * "por cierto me llamo"); stacked CRM columns with a field the lexicon does not know, or rendered
 * from two `<div>` columns; emoji-labelled questions answered behind an arrow; prose summaries
 * ("… from Leeds submitted your form", "Sie haben eine neue Anfrage von … erhalten", "… (Bordeaux)
 * vient de remplir", "…, de Sevilla, ha rellenado", "Lucía F. te ha enviado"); the parent or
 * booker, not the pupil, patient or +1 guest; a Reply-To display name that is the form system's;
 * surname-first values in capitals; a given name alone completed from the card heading, the
 * sign-off or the display name of the customer's own address; no name for an anonymous visitor
 * beside a named agent, nor a "Caller:" turn of a recorded call. Guards (`guard-*`, right before and
 * after): the business's signature, the platform's name and pronouns in a heading, a caller ID
 * written given name first, a guest after the booker, a staff namesake of the customer's given name.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/names12/', import.meta.url)),
  'the customer’s full name is found wherever the layout puts it, and is theirs',
);
