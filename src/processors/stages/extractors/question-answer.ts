/**
 * A form's question and its answer printed as two fields ("Question: What is your budget?" /
 * "Answer: About 5k"), or as "Answer to "What is your budget?": About 5k" (connectors relaying
 * LinkedIn or Meta forms, in en/de/fr/es). The line reader would make "Question" the label and the
 * answer a stray line; both shapes are rewritten as `What is your budget?: About 5k`, so the
 * question is the label and the answer its value, as in every other form.
 */

/** "Question:", "Form question 2:", "Frage:", "Formularfrage:", "Question du formulaire :", "Pregunta del formulario:". */
const QUESTION_LINE =
  /^[ \t]*(?:(?:form |custom |your )?question|(?:formular|benutzerdefinierte )?frage|question(?: du formulaire| personnalis[ée]e)?|pregunta(?: del formulario| personalizada)?)[ \t]*\d{0,2}[ \t]*[:：][ \t]*(\S[^\n]{0,200})$/iu;
/** "Answer:", "Antwort:", "Réponse :", "Respuesta:". */
const ANSWER_LINE =
  /^[ \t]*(?:answer|antwort|r[ée]ponse|respuesta)[ \t]*\d{0,2}[ \t]*[:：][ \t]*(\S[^\n]*)$/iu;
/** `Answer to "…": …`, `Antwort auf „…“: …`, `Réponse à « … » : …`, `Respuesta a «…»: …`. */
const ANSWER_TO =
  /^[ \t]*(?:answer to|antwort auf|r[ée]ponse [àa]|respuesta a)(?: (?:the |la |die )?(?:question|frage|pregunta))?[ \t]*["“„«‘'][ \t]*([^"“”„«»\n]{3,200})["”“»’'][ \t]*[:：][ \t]*(\S[^\n]*)$/iu;
/** A cheap screen: most bodies have no answer word at all. */
const ANSWER_WORD = /answer|antwort|r[ée]ponse|respuesta/i;

export function rewriteQuestionAnswers(text: string): string {
  if (!ANSWER_WORD.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const to = ANSWER_TO.exec(line);
    if (to) {
      lines[i] = `${questionLabel(to[1] as string)}: ${to[2]}`;
      changed = true;
      continue;
    }
    const question = QUESTION_LINE.exec(line);
    const answer = question ? ANSWER_LINE.exec(lines[i + 1] ?? '') : null;
    if (question && answer) {
      lines.splice(i, 2, `${questionLabel(question[1] as string)}: ${answer[1]}`);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** The question as a label: its own trailing colon dropped, so the line has one. */
function questionLabel(question: string): string {
  return question.trim().replace(/[ \t]*[:：]$/, '');
}
