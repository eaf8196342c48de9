/**
 * Key–value files, as systems save a lead for an email: INI and `.cfg` (`[contact]`, `name = value`,
 * `key: value` under section headers), Java `.properties` (`kunde.vorname=Jörg`, `\u00e9` escapes),
 * TOML (`[lead.contact]`, `email = "…"`, `"""` strings over several lines) and `.env`
 * (`LEAD_EMAIL=…`, `export KEY="…"`). The body's line reader takes a comment for a label and a
 * whole `key=value` line for a value, so a file is read here when every line is in this shape:
 * blank, a comment (`;`, `#`, `!`), a section header, a key and its value, or an indented
 * continuation of the value above (as Python's configparser reads INI). A file of `Label: value`
 * lines and nothing else is a plain text file, left to the line reader: only a section header or an
 * equals sign makes it a key–value file.
 *
 * Each key is labelled as written (`telefono_movil`, `customer.email`, `LEAD_EMAIL`): the lexicon
 * reads a label's words apart at `_ . -` and camelCase. A key it does not know is labelled with its
 * section too (`[Anliegen]` / `freeText` → "Anliegen freeText"), as extractors/ini-sections.ts does
 * in a body; sections naming a business party (`[dealer]`, `[händler]`) are not the customer's.
 */
import type { LabeledPair } from './label-value.js';
import type { LabelDictionary } from './labels.js';
import { namesBusinessParty } from './parties.js';

const COMMENT = /^[ \t]*[;#!]/;
/** `[contact]`, `[lead.contact]`, TOML's `[[leads]]`. */
const SECTION = /^[ \t]*\[\[?([^[\]\n]{1,60})\]\]?[ \t]*$/;
/** `key = value`, `key=value`, `key: value`, `export KEY=value`; a key of words only under a section. */
const KEY_VALUE = /^[ \t]*(?:export[ \t]+)?([\p{L}_][\p{L}\p{N}_.\- ]{0,59}?)[ \t]*([=:])[ \t]*(.*)$/u;
const CONTINUATION = /^[ \t]+(\S.*)$/;
/** An unquoted value holding another `key=value` pair after a space: the line is a logfmt record. */
const LOGFMT_REST = /^[^"'\s]\S*[ \t]+[A-Za-z_][\w.-]{0,59}=/;
/** TOML's table on one line: `contact = { name = "Ann", email = "…" }`. */
const INLINE_TABLE = /^\{.*\}$/;
/** One member of an inline table: a key, `=`, a quoted string or a bare value up to the next comma. */
const INLINE_MEMBER =
  /([\p{L}_][\p{L}\p{N}_.-]{0,59})[ \t]*=[ \t]*("(?:[^"\\]|\\.){0,2000}"|'[^']{0,2000}'|[^,}]{0,2000})/gu;
/** A TOML string over several lines: `"""` opens it, the next `"""` closes it. */
const TRIPLE_QUOTE = '"""';
/** A saved lead has few lines; past this the file is a configuration or a log, not one lead. */
const MAX_FILE_LINES = 120;
/** `\u00e9`, `\n`, `\"`: a quoted string's or a `.properties` value's escapes. */
const ESCAPE = /\\(u[\da-fA-F]{4}|.)/g;
/** Escapes that stand for another character; any other escaped character stands for itself. */
const ESCAPED: Record<string, string> = { n: '\n', t: ' ' };
/** Lines a TOML multi-line string may run over (a message of several paragraphs). */
const MAX_STRING_LINES = 40;
/** Fewer pairs than this is a note with an equals sign, not a saved form. */
const MIN_PAIRS = 2;

/** The file's (label, value) pairs when the whole file is key–value lines, else null. */
export function keyValueFilePairs(text: string, dict: LabelDictionary): LabeledPair[] | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  if (lines.length > MAX_FILE_LINES) return null;
  const pairs: Array<[string, string]> = [];
  let section = '';
  let skip = false;
  let configShaped = false;
  let last: [string, string] | null = null;
  /** Each key read, with the section it was read in. */
  const sectionOf = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim() || COMMENT.test(line)) {
      last = null;
      continue;
    }
    const header = SECTION.exec(line);
    if (header) {
      section = (header[1] as string).trim();
      skip = namesBusinessParty(section);
      configShaped = true;
      last = null;
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    // An indented line under a value continues it unless it is itself a key (TOML indents its keys).
    const more = last && (!kv || /\s/.test((kv[1] as string).trim())) ? CONTINUATION.exec(line) : null;
    if (more && last) {
      last[1] += `\n${(more[1] as string).trim()}`;
      continue;
    }
    if (!kv) return null;
    const key = (kv[1] as string).trim();
    // "Name: Jane Doe" lines with words for keys are a text file's, unless a section holds them.
    if (kv[2] === ':' && !section) return null;
    if (kv[2] === '=') configShaped = true;
    // A key seen in an earlier section opens the file's next record (`[lead1]`, `[lead2]`): the first
    // record is the lead, as a CSV file's first data row is. A business party's section is no record.
    const earlier = sectionOf.get(key);
    if (!skip && earlier !== undefined && earlier !== section) break;
    if (!skip) sectionOf.set(key, section);
    const raw = (kv[3] as string).trim();
    let value: string;
    if (raw.startsWith(TRIPLE_QUOTE)) {
      const multiLine = tripleQuotedString(lines, i, raw);
      if (!multiLine) return null;
      value = multiLine.value;
      i = multiLine.end;
    } else if (LOGFMT_REST.test(raw)) {
      // `a=1 b=2 c=3`: a log record's pairs on one line, which extractors/logfmt.ts reads.
      return null;
    } else if (INLINE_TABLE.test(raw)) {
      // `contact = { name = "Ann", email = "…" }`: TOML's table on one line, a pair per member.
      if (!skip) pairs.push(...inlineTablePairs(raw, key, dict));
      last = null;
      continue;
    } else value = unquotedValue(raw);
    last = [dict.lookup(key) || !section ? key : `${section} ${key}`, value];
    if (!skip) pairs.push(last);
  }
  const filled = pairs.filter(([, v]) => v.trim());
  if (!configShaped || filled.length < MIN_PAIRS) return null;
  return filled.map(([label, value]) => ({ label, value, hit: dict.lookup(label) }));
}

/** An inline table's members, each labelled by its key, or with the table's key when the lexicon does not know it. */
function inlineTablePairs(raw: string, table: string, dict: LabelDictionary): Array<[string, string]> {
  return [...raw.slice(1, -1).matchAll(INLINE_MEMBER)].map((m) => {
    const key = m[1] as string;
    return [dict.lookup(key) ? key : `${table} ${key}`, unquotedValue((m[2] as string).trim())];
  });
}

/** A `"""` string from line `i` to the line holding its closing quotes, its lines joined. */
function tripleQuotedString(
  lines: readonly string[],
  i: number,
  opening: string,
): { value: string; end: number } | null {
  const parts: string[] = [];
  for (let j = i; j < lines.length && j - i < MAX_STRING_LINES; j++) {
    const line = j === i ? opening.slice(TRIPLE_QUOTE.length) : (lines[j] as string);
    const at = line.indexOf(TRIPLE_QUOTE);
    // TOML drops a line break right after the opening quotes.
    if (j > i || line.trim()) parts.push(at >= 0 ? line.slice(0, at) : line);
    if (at >= 0) return { value: parts.join('\n').trim(), end: j };
  }
  return null;
}

/**
 * A value as the file means it: quotes removed (`"…"`, `'…'`, a TOML comment after them dropped),
 * the escapes of quoted strings and `.properties` files decoded (`\"`, `\n`, `\u00e9`).
 */
function unquotedValue(raw: string): string {
  const literal = /^'([^']*)'[ \t]*(?:#.*)?$/.exec(raw);
  if (literal) return literal[1] as string;
  const quoted = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(raw);
  return (quoted ? (quoted[1] as string) : raw).replace(ESCAPE, (_, e: string) =>
    e.length === 5 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : (ESCAPED[e] ?? e),
  );
}
