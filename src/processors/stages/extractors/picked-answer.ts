/**
 * Answers a form prints for the choices the customer picked rather than wrote: tick-box and radio
 * rows ("[x] Roof", "☐ Garage", "(•) Oui", "( ) Non", "✔ Sí") and ratings ("★★★★☆", "4/5",
 * "1 2 3 [4] 5"). They are never the customer's words: a free-text answer running above them ends
 * there, and a message field holding only one ("Note : 4/5") is no message.
 */

/** A tick box or radio button opening a row, ticked or not, before the option's text. */
const OPTION_ROW = /^(?:\[[ xX✓✔•*]?\]|\([ xX•●oO*]?\)|[☐☑☒✓✔✅◉○●◯])[ \t]*\S/u;
/** Stars, a score out of five or ten, or a scale with the chosen step marked. */
const RATING =
  /^(?:[★☆⭐✩✭]{2,10}(?:[ \t]*\(?\d{1,2}[ \t]?\/[ \t]?(?:5|10)\)?)?|\d{1,2}(?:[.,]\d)?[ \t]?\/[ \t]?(?:5|10)|(?:[[(]?\d{1,2}[\])]?[ \t]+){2,10}[[(]?\d{1,2}[\])]?)$/u;
/** A scale's chosen step is marked: "1 2 3 [4] 5", "1 2 (3) 4 5". */
const MARKED_STEP = /[[(]\d/;

export function isPickedLine(line: string): boolean {
  const l = line.trim();
  if (OPTION_ROW.test(l)) return true;
  return RATING.test(l) && (!/^\d{1,2}[ \t]+\d/.test(l) || MARKED_STEP.test(l));
}

/** A value that is only picked choices or a rating, line by line. */
export function isPickedAnswer(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every(isPickedLine);
}
