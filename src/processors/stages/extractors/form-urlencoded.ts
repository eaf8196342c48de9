/**
 * `application/x-www-form-urlencoded` bodies and query strings, wherever an integration prints
 * them: alone on a line (wrapped at a fixed width or not), after a log line's words
 * (`POST /hooks/lead status=200 body=name=Jane+Doe&email=jane%40…`), or as the query of a URL
 * (`https://…/thanks?first_name=…&email=…#form`). The encoding is the WHATWG URL standard's, so
 * `URLSearchParams` decodes it (`+` and `%20` are spaces, `%XX` runs are UTF-8); bracketed keys
 * (`form_fields[nombre]`, `field_data[0][name]` / `field_data[0][values][0]`) are paired and
 * labelled as key paths are (key-paths.ts).
 */
import { keyPathPairs } from './key-paths.js';
import { VALUE_LINE } from './label-value.js';

/** Three or more `&`-joined `key=value` pairs, nothing else: a body or a query string. */
const FORM_ENCODED = /^[\w.%[\]-]{1,60}=[^&\s]*(?:&[\w.%[\]-]{1,60}=[^&\s]*){2,}&?$/;
/** `&key=`: a line holding pairs, not a sentence with an ampersand. */
const AMPERSAND_PAIR = /&[\w.%[\]-]{1,60}=/;
/** A further line of a body wrapped at a fixed width: no spaces, pairs and the pieces of one. */
const WRAPPED_PART = /^\s*[^\s=&]*(?:=[^\s&]*)?(?:&[^\s=&]+=[^\s&]*)*&?\s*$/;
/** Quotes and brackets a log prints around a body or URL (`body="…"`, `<https://…>`, `(…)`). */
const ENCLOSING = /^[("'<[]+|[)"'>\],;.]+$/g;
/** A body or URL longer than this is no form post (a form's fields fit in a few kilobytes). */
const MAX_BODY_CHARS = 16 * 1024;
const MAX_WRAPPED_LINES = 40;
/** Keys a log puts before the body (`request=body=…` at most): more is no form post. */
const MAX_PREFIX_KEYS = 2;

/** The form-encoded body or query starting on line `i`, as (label, value) pairs; null when none. */
export function formEncodedAt(
  lines: readonly string[],
  i: number,
): { pairs: Array<[string, string]>; end: number } | null {
  const first = lines[i] as string;
  if (!AMPERSAND_PAIR.test(first)) return null;
  let end = i + 1;
  // Only a body alone on its line is wrapped (it may break inside a key); a log line's is not.
  if (!/\s/.test(first.trim()))
    while (
      end < lines.length &&
      end - i < MAX_WRAPPED_LINES &&
      (lines[end] as string).trim() &&
      WRAPPED_PART.test(lines[end] as string)
    )
      end++;
  const text = lines
    .slice(i, end)
    .map((l) => l.trim())
    .join('');
  const body = encodedRun(text);
  if (!body) return null;
  const pairs = keyPathPairs([...new URLSearchParams(withRawPlus(body))]).map(
    ([label, value]): [string, string] => [label, value.replace(/\r?\n/g, VALUE_LINE)],
  );
  return pairs.length > 0 ? { pairs, end } : null;
}

/** The line's longest word that is a form-encoded body once its URL or `key=` prefix is off. */
function encodedRun(text: string): string | null {
  let best: string | null = null;
  for (const word of text.split(/\s+/)) {
    if (word.length > MAX_BODY_CHARS || !AMPERSAND_PAIR.test(word)) continue;
    const run = withoutPrefix(word.replace(ENCLOSING, ''));
    if (FORM_ENCODED.test(run) && (!best || run.length > best.length)) best = run;
  }
  return best;
}

/**
 * `https://…/merci?prenom=…#form` → `prenom=…`; `body=name=…&…` → `name=…&…`: a URL's path and
 * fragment, and the log's own key for the body, are not fields. The first pair holds one `=`.
 */
function withoutPrefix(word: string): string {
  let run = word;
  const hash = run.indexOf('#');
  if (hash >= 0) run = run.slice(0, hash);
  const query = run.indexOf('?');
  if (query >= 0 && query < run.indexOf('&')) run = run.slice(query + 1);
  for (let k = 0; k < MAX_PREFIX_KEYS; k++) {
    const eq = run.indexOf('=');
    const next = run.indexOf('=', eq + 1);
    if (eq < 0 || next < 0 || next > run.indexOf('&')) break;
    run = run.slice(eq + 1);
  }
  return run;
}

/**
 * A relay that did not encode a number's plus (`phone=+4917012345678`) sent it as written:
 * decoding that plus as a space would read the number as a national one.
 */
function withRawPlus(body: string): string {
  return body.replace(/=\+(?=\d)/g, '=%2B');
}
