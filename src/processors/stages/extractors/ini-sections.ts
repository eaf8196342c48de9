/**
 * INI-style text ("[contact]" / "given_name = Ann" / "[request]" / "text = Hello," / "  indented
 * continuation"), as product configurators and desktop tools save a form: sections of `key = value`
 * lines. Read from a `[section]` line on, as (label, value) pairs for the line reader. Continuation
 * lines are indented, as Python's configparser and most INI readers take them; `;` and `#` lines are
 * comments.
 */
import { VALUE_LINE } from './label-value.js';
import type { LabelDictionary } from './labels.js';
import { namesBusinessParty } from './parties.js';

const SECTION = /^[ \t]*\[([^\]\n]{1,60})\][ \t]*$/;
const KEY_VALUE = /^([\p{L}_][\p{L}\p{N}_.\- ]{0,59}?)[ \t]*=[ \t]*(.*)$/u;
const COMMENT = /^[ \t]*[;#]/;
const CONTINUATION = /^[ \t]+(\S.*)$/;
/** A configuration file of a form has few lines; past this it is not one. */
const MAX_INI_LINES = 120;
/** Fewer pairs than this under section headers is a bracketed note, not a file. */
const MIN_PAIRS = 3;

interface IniBlock {
  pairs: Array<[string, string]>;
  /** The index of the first line after the block. */
  end: number;
}

/**
 * The INI block starting at line `i` (a `[section]` line), or null. A key the dictionary does not
 * know is labelled with its section too ("request text", "anfrage notiz"): the section says what
 * it is. Sections naming a business party ("[dealer]", "[händler]") are not the customer's and are
 * left out.
 */
export function iniSectionsAt(lines: readonly string[], i: number, dict: LabelDictionary): IniBlock | null {
  if (!SECTION.test(lines[i] as string)) return null;
  const pairs: Array<[string, string]> = [];
  let section = '';
  let skip = false;
  let end = i;
  let last: [string, string] | null = null;
  for (let j = i; j < lines.length && j - i < MAX_INI_LINES; j++) {
    const line = lines[j] as string;
    const header = SECTION.exec(line);
    const more: RegExpExecArray | null = last ? CONTINUATION.exec(line) : null;
    const kv: RegExpExecArray | null = header || more ? null : KEY_VALUE.exec(line.trim());
    if (header) {
      section = (header[1] as string).trim();
      skip = namesBusinessParty(section);
      last = null;
    } else if (more && last) {
      last[1] += `${VALUE_LINE}${(more[1] as string).trim()}`;
    } else if (kv) {
      const key: string = (kv[1] as string).trim();
      const label: string = dict.lookup(key) || !section ? key : `${section} ${key}`;
      last = skip ? ['', ''] : [label, (kv[2] as string).trim()];
      if (!skip) pairs.push(last);
    } else if (!line.trim() || COMMENT.test(line)) {
      last = null;
    } else break;
    end = j + 1;
  }
  const filled = pairs.filter(([, v]) => v.replaceAll(VALUE_LINE, '').trim());
  return filled.length >= MIN_PAIRS ? { pairs: filled, end } : null;
}
