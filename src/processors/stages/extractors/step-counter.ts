/**
 * A one-question-per-screen form's progress counter before its question: "Question 3 of 7 · What is
 * your name?", "Frage 3 von 7 · …", "Question 3 sur 7 · …", "Pregunta 3 de 7 · …", "Step 2/5 – …",
 * also in brackets ("[4/6] What is your budget?", "(Step 3 of 5) How often…?", "[Paso 3 de 4] ¿…?")
 * or alone on its line ("Schritt 2/4", "Étape 5 sur 6", "Paso 2 de 4") with the question below. A
 * counter always opens the form's next field: the answer above it, a message included, is over.
 * A customer numbers their own points ("Step 1: remove the tiles"), never counts them out of a total.
 */

/** "Step 3 of 5", "Schritt 2/4", "Étape 5 sur 6", "Paso 2 de 4": a step word, its number and the total. */
const WORDED = String.raw`(?:question|frage|pregunta|step|schritt|étape|etape|paso)\s?\d{1,3}\s?(?:of|von|aus|sur|de|\/)\s?\d{1,3}`;
/** "4/6": the bare count, read as a counter only in brackets or before a separator. */
const BARE = String.raw`\d{1,3}\s?\/\s?\d{1,3}`;
const COUNTER = String.raw`(?:[[(](?:${WORDED}|${BARE})[)\]]|${WORDED})`;

/** A counter followed by its question on the same line: group 1 is the question. */
export const STEP_COUNTER = new RegExp(
  String.raw`^\s*(?:${COUNTER}\s?[·•:.)|–—-]?|${BARE}\s?[·•:|–—-])\s+(\S.*)$`,
  'iu',
);

/** The counter alone on its line: the question is the next line. */
export const STEP_COUNTER_ALONE = new RegExp(String.raw`^\s*${COUNTER}\s?[·•:.)|–—-]?\s*$`, 'iu');

/**
 * What the structure reader writes where a counter stood: a rule, at which the line reader ends any
 * running value (`SEPARATOR_LINE`), so the answer above never runs into the next step's question,
 * however the form laid its steps out (lines, blocks, paragraphs).
 */
export const STEP_BREAK = '---';
