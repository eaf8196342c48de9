/**
 * A lead's payload printed as a programming language prints an object, inside a log line, an
 * error report or a run log, where the JSON readers never see it:
 *
 *   payload="{\"email\":\"jane\u0040…\",\"full_name\":\"…\"}"     JSON serialised into a string
 *   lead = {'email': 'jane@…', 'phone_number': '+49…', 'utm': None}  a Python dict's repr
 *   params: {"email" => "jane@…", "nombre" => "…"}                  a Ruby hash
 *   [info] submission { firstName: "Jane", email: "…", }            a JavaScript object literal
 *   field_data: [{name: email, values: [jane@…]}, …]                a run log's array, over lines
 *     "courriel": "jane@…",                                        JSON members without braces
 *
 * Each is rewritten into JSON by a single left-to-right pass (quotes, bare keys and scalars,
 * `=>`, trailing commas, Python's `\xe9`) and parsed by `JSON.parse`, then read by the JSON
 * reader's pair walker, so keys are typed by the same lexicon as a JSON body's. A JSON document
 * opening a line is left to the JSON reader (extract.ts), which reads it whole.
 */
import { payloadPairs } from './json.js';
import type { LabelDictionary } from './label-value.js';
import { VALUE_LINE } from './label-value.js';
import { keyWords } from './logfmt.js';

/** A literal's text: a lead's fields fit in a few kilobytes; more is a dump, not one lead. */
const MAX_LITERAL_CHARS = 16 * 1024;
const MAX_LITERAL_LINES = 60;
/** Fewer fields than this is a log's own structure (`{ ms: 212 }`), not a payload. */
const MIN_FIELDS = 2;
/** `"{\"`: a JSON object serialised into a string, as a log prints a request body. */
const SERIALISED_JSON = /"\{\\"/;
/** The serialised string itself, escapes included. */
const DOUBLE_QUOTED = /"(?:[^"\\\n]|\\.){0,16000}"/y;
const SINGLE_QUOTED = /'(?:[^'\\\n]|\\.){0,4000}'/y;
/**
 * Where a literal opens: `{` or `[` before a quoted key, a bare key and its `:` or `=>`
 * (`email:`, `:email =>`), another object, or the line's end (the literal goes on below).
 */
const OPENING = /[{[](?=[ \t]*(?:$|[{"']|:?[A-Za-z_$][\w$-]{0,40}[ \t]*(?::|=>)))/;
const BARE_KEY = /:?([A-Za-z_$][\w$-]{0,60})[ \t]*(?=:|=>)/y;
/** A bare value runs to the next separator or bracket on its line (`[Megan Price]`, `email`). */
const BARE_VALUE = /[^,{}[\]\n]{1,2000}/y;
const NULLS = /^(?:None|null|nil|undefined)$/;
/** `"courriel": "jane@…",`: a JSON member alone on its line. */
const MEMBER_LINE = /^[ \t]*"[^"\n]{1,60}"[ \t]*:[ \t]*\S/;
/** The line above a JSON document's members: they are the document's, read by the JSON reader. */
const OPENS_DOCUMENT = /[{[,][ \t]*$/;

/** The payload printed as an object on line `i` (and the lines it runs over), as (label, value) pairs. */
export function objectLiteralAt(
  lines: readonly string[],
  i: number,
  dict: LabelDictionary,
): { pairs: Array<[string, string]>; end: number } | null {
  const line = lines[i] as string;
  const found = SERIALISED_JSON.test(line)
    ? serialisedJson(line, i)
    : MEMBER_LINE.test(line)
      ? memberLines(lines, i)
      : OPENING.test(line)
        ? literal(lines, i)
        : null;
  if (!found) return null;
  const pairs = payloadPairs(found.data, dict).map(({ label, value }): [string, string] => [
    /\s/.test(label) ? label : keyWords(label),
    value.replace(/\r?\n/g, VALUE_LINE),
  ]);
  return pairs.length >= MIN_FIELDS ? { pairs, end: found.end } : null;
}

interface Parsed {
  data: unknown;
  end: number;
}

/** `payload="{\"email\": …}"`: the string decoded by `JSON.parse`, then its object. */
function serialisedJson(line: string, i: number): Parsed | null {
  DOUBLE_QUOTED.lastIndex = line.search(SERIALISED_JSON);
  const quoted = DOUBLE_QUOTED.exec(line);
  const inner = quoted ? parsed(quoted[0]) : null;
  if (typeof inner !== 'string') return null;
  const data = parsed(inner) ?? parsed(literalJson(inner, 0)?.json ?? '');
  return data === null ? null : { data, end: i + 1 };
}

/** Consecutive `"key": value,` lines, not under a document's opening brace. */
function memberLines(lines: readonly string[], i: number): Parsed | null {
  let above = i - 1;
  while (above >= 0 && !(lines[above] as string).trim()) above--;
  if (above >= 0 && OPENS_DOCUMENT.test(lines[above] as string)) return null;
  let end = i;
  while (end < lines.length && end - i < MAX_LITERAL_LINES && MEMBER_LINE.test(lines[end] as string)) end++;
  if (end - i < MIN_FIELDS) return null;
  const members = lines.slice(i, end).join('\n').trim().replace(/,$/, '');
  const data = parsed(`{${members}}`);
  return data === null ? null : { data, end };
}

/** A literal opening on line `i`, perhaps closing lines below. */
function literal(lines: readonly string[], i: number): Parsed | null {
  const line = lines[i] as string;
  const start = line.search(OPENING);
  const text = lines.slice(i, i + MAX_LITERAL_LINES).join('\n');
  const converted = literalJson(text, start);
  if (!converted) return null;
  // A JSON document opening the line is the JSON reader's, which reads it with what surrounds it.
  if (!line.slice(0, start).trim() && parsed(text.slice(start, converted.end)) !== null) return null;
  const data = parsed(converted.json);
  const linesRead = text.slice(0, converted.end).split('\n').length;
  return data === null ? null : { data, end: i + linesRead };
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The literal opening at `start` as JSON text, and the offset after its closing bracket; null
 * when the brackets do not balance within MAX_LITERAL_CHARS or a key is missing. Bare scalars
 * become strings (a phone's `+` and leading zero stay), Python's and JavaScript's nulls null.
 */
function literalJson(text: string, start: number): { json: string; end: number } | null {
  const out: string[] = [];
  const closers: string[] = [];
  let expectKey = false;
  const limit = Math.min(text.length, start + MAX_LITERAL_CHARS);
  let at = start;
  while (at < limit) {
    const c = text[at] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      at++;
    } else if (c === '{' || c === '[') {
      if (expectKey) return null;
      closers.push(c === '{' ? '}' : ']');
      out.push(c);
      expectKey = c === '{';
      at++;
    } else if (c === '}' || c === ']') {
      if (closers.pop() !== c) return null;
      // JavaScript and Ruby allow a comma before the closing bracket; JSON does not.
      if (out[out.length - 1] === ',') out.pop();
      out.push(c);
      at++;
      if (closers.length === 0) return { json: out.join(''), end: at };
      expectKey = false;
    } else if (c === ',') {
      out.push(',');
      expectKey = closers[closers.length - 1] === '}';
      at++;
    } else if (expectKey) {
      const key = c === '"' || c === "'" ? quotedAt(text, at) : bareKeyAt(text, at);
      if (!key) return null;
      at = key.end;
      while (text[at] === ' ' || text[at] === '\t') at++;
      if (text.startsWith('=>', at)) at += 2;
      else if (text[at] === ':') at++;
      else return null;
      out.push(key.json, ':');
      expectKey = false;
    } else if (c === '"' || c === "'") {
      const value = quotedAt(text, at);
      if (!value) return null;
      out.push(value.json);
      at = value.end;
    } else {
      BARE_VALUE.lastIndex = at;
      const bare = (BARE_VALUE.exec(text) as RegExpExecArray)[0];
      const value = bare.trim();
      out.push(NULLS.test(value) ? 'null' : JSON.stringify(value));
      at += bare.length;
    }
  }
  return null;
}

/** A quoted string at `at` as a JSON string, and the offset after it. */
function quotedAt(text: string, at: number): { json: string; end: number } | null {
  const re = text[at] === '"' ? DOUBLE_QUOTED : SINGLE_QUOTED;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  return { json: `"${jsonEscapes(m[0].slice(1, -1))}"`, end: at + m[0].length };
}

function bareKeyAt(text: string, at: number): { json: string; end: number } | null {
  BARE_KEY.lastIndex = at;
  const m = BARE_KEY.exec(text);
  return m ? { json: JSON.stringify(m[1]), end: at + m[0].length } : null;
}

/**
 * A Python, Ruby or JavaScript string's body with JSON's escapes: `\xe9` is `\u00e9`, `\'` is a
 * quote, a bare `"` (inside '…') and a tab are escaped, an escape JSON lacks (`\a`) is its letter.
 */
function jsonEscapes(body: string): string {
  return body.replace(/\\x([\da-fA-F]{2})|\\(.)|"|\t/g, (m, hex?: string, escaped?: string) => {
    if (hex) return `\\u00${hex}`;
    if (escaped === undefined) return m === '"' ? '\\"' : '\\t';
    return /["\\/bfnrtu]/.test(escaped) ? m : escaped;
  });
}
