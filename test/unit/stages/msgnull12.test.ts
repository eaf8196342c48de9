/**
 * Messages, twelfth round (test/fixtures/msgnull12, hand-written, en/de/fr/es, text and HTML, every
 * charset and transfer encoding): the message is found in any key–value structure, its label and
 * value kept paired. `key = "value"` lines whose key is a path or a question, words included
 * (`form.answers.what_do_you_need? = "…"`, `respuestas.¿en_qué_podemos_ayudarte? = "…"`,
 * `Ihre Nachricht = "…"`), the value quoted over several lines; numbered questions ("Question 4 :
 * …", "Frage 4: …", "Pregunta 4: ¿…?", "Q4 : …") answered on the next lines, indented or behind a
 * marker, in text, HTML paragraphs and table rows; labels carrying a required word or star,
 * "(Pflichtfeld)", "(obligatoire)", "– obligatorio", "*"; cards whose meta lines "Budget · 5–10k"
 * sit beside the message; booking notices with role rows and a message row.
 *
 * Guards (test/fixtures/msgnull12-guards): an answer marker with nothing after it ("»", "→"), "—",
 * "n/a", "-", a quoted dash, chat-ops bot lines (":tada: …", ":bell: …") and a form's instruction
 * ("Veuillez remplir tous les champs obligatoires…", "Escribe aquí tu consulta") leave the message
 * null; the customer's own "Kitchen floor = 12 m2" lines and a lone "Farbe · eher hell" stay in
 * their message.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgnull12/', import.meta.url)),
  'the customer’s message is found in any key–value structure',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/msgnull12-guards/', import.meta.url)),
  'an empty answer, a bot line or the customer’s own pairs are no other message',
);
