/**
 * A machine key's value that spans several lines (`message="Hi, we need…` … `…a rough price?"`,
 * `note='…'`, `lead.message: We would like…` with its wrapped lines indented under it): webhook
 * logs and relays print a textarea's line breaks as they are. Read line by line, the first line
 * ends the value and the rest runs on as unlabelled text, footer included.
 */

/** A value's lines; more is no textarea a relay printed but an unclosed quote. */
const MAX_VALUE_LINES = 40;
const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/** Whether `line` is indented deeper than the key's line `keyLine`, as a wrapped value's lines are. */
export function indentedUnder(keyLine: string): (line: string) => boolean {
  const depth = indentOf(keyLine);
  return (line) => line.trim() !== '' && indentOf(line) > depth;
}

/** The quotation mark a value opens and does not close on its own line, else null. */
export function openQuote(value: string): '"' | "'" | null {
  const v = value.trim();
  const quote = v[0];
  if (quote !== '"' && quote !== "'") return null;
  return v.length === 1 || !closesQuote(v.slice(1), quote) ? quote : null;
}

const closesQuote = (line: string, quote: string) => {
  const v = line.trimEnd().replace(/,$/, '');
  return v.endsWith(quote) && !v.endsWith(`\\${quote}`);
};

/**
 * The value of a key at line `i` with the lines it spans: up to the line closing its quotation
 * mark, or, unquoted, over the lines `wraps` accepts (the indented lines under a key path).
 * Returns the whole value and the index of its last line.
 */
export function spannedValue(
  value: string,
  lines: readonly string[],
  i: number,
  wraps: (line: string) => boolean = () => false,
): { value: string; last: number } {
  const quote = openQuote(value);
  const parts = [value.trim()];
  let last = i;
  for (let j = i + 1; j < lines.length && j - i < MAX_VALUE_LINES; j++) {
    const line = lines[j] as string;
    if (quote) {
      parts.push(line.trim());
      if (closesQuote(line, quote)) return { value: parts.join('\n'), last: j };
    } else if (wraps(line)) {
      parts.push(line.trim());
      last = j;
    } else break;
  }
  // An unclosed quote is a stray mark, not a value over the rest of the mail.
  return quote ? { value: value.trim(), last: i } : { value: parts.join('\n'), last };
}
