/**
 * Flattened key paths, as automation and webhook tools print a payload in their run logs:
 *
 *   lead.ad_id: 120211455500770
 *   lead.field_data[0].name: full_name
 *   lead.field_data[0].values[0]: Jane Doe
 *   data.answers.2.question = Phone
 *   data.answers.2.answer = +44 7700 900123
 *   lead.fields[email]: jane@…
 *
 * A segment may be a form's question as its builder keys it, in any language
 * (`form.answers.what_do_you_need?`, `respuestas.¿en_qué_podemos_ayudarte?`): the question is the label.
 *
 * The line reader would take the whole path for the label. An entry that names a field (`name`,
 * `key`, `question`, `label`) is paired with its sibling holding the value (`value`, `values[0]`,
 * `answer`) under the same indexed prefix, as the JSON reader pairs `{"name": …, "values": […]}`;
 * the siblings describing the field (its type, its id) are dropped. Any other path is labelled by
 * its last segment read as words (`data.attributes.first_name` → "first name"); a bare `id` or
 * `name` by its object too (`lead.id` → "lead id", `lead.form.id` → "form id"), so the lexicon
 * types the platform's ids as it types "Lead ID" or "Form ID", and an ad set's, a page's or a
 * run's id stays an attribute.
 */
import { keyWords } from './logfmt.js';
import { indentedUnder, spannedValue } from './quoted-value.js';

/**
 * `a.b[0].c: value`, `a.b.2.c = value`: a key, then one or more `.segment` or `[segment]` parts (a
 * plain `Label: value` has none), a colon or a spaced equals sign, the value. `contact[email]=…`
 * and `a.b=…` are form-encoded dumps, whose values read-fields.ts decodes; `=>` is print_r's.
 */
const KEY_PATH_LINE =
  /^[ \t]*(?:(?:\[[^\]\n]{1,30}\]|\d{1,2}:\d{2}(?::\d{2})?|[-*•>│|→↳▸»]{1,3})[ \t]+){0,3}"?([\p{L}_][\p{L}\p{N}_-]{0,40}(?:\.[\p{L}\p{N}_¿?-]{1,40}|\[[^\]\n]{1,40}\]){1,8})"?([ \t]*:|[ \t]*=(?!>))[ \t]*(.*)$/u;
/**
 * An indexed path (`field_data[0].name`, `answers.2.label`): no form-encoded dump or logfmt record
 * names its keys so, so such a line is a payload's even with `=` unspaced, and is read before them.
 */
const INDEXED_PATH = /[A-Za-z_]\w{0,40}(?:\[\d{1,4}\]|\.\d{1,4})\.[A-Za-z_]/;
/**
 * What every INDEXED_PATH match holds ("[0", ".2"): tested first, since the path pattern tries up to
 * 41 word characters from every letter of every line the structure readers look at.
 */
const INDEX_START = /[[.]\d/;
/** A payload's lines; more is a dump of many records, not one lead. */
const MAX_PATH_LINES = 200;
/** One path alone is a field the line reader takes (`lead.email: …`); a payload prints several. */
const MIN_PATH_LINES = 2;
const NAME_KEY = /^(?:name|key|question|label|field_name|title)$/i;
const VALUE_KEY = /^(?:values?|answer|response|text)$/i;
const INDEX = /^\d{1,4}$/;

interface PathLine {
  segments: string[];
  value: string;
}

/** The payload of key-path lines starting at line `i`, as (label, value) pairs; null when none starts there. */
export function keyPathsAt(
  lines: readonly string[],
  i: number,
): { pairs: Array<[string, string]>; end: number } | null {
  const found: PathLine[] = [];
  let end = i;
  for (; end < lines.length && end - i < MAX_PATH_LINES; end++) {
    const line = lines[end] as string;
    const m = line.includes('.') || line.includes('[') ? KEY_PATH_LINE.exec(line) : null;
    // `contact[email]=…` and `a.b=…` are form-encoded dumps or logfmt, read by their own readers;
    // an indexed path's `=` is a payload's, spaced or not.
    const equals = m?.[2]?.trim() === '=';
    if (
      !m ||
      (equals && !INDEXED_PATH.test(m[1] as string) && (m[2] === '=' || !(m[1] as string).includes('.')))
    )
      break;
    // Lines indented under the key, and no key themselves, are its value wrapped.
    const under = indentedUnder(line);
    const spanned = spannedValue(m[3] as string, lines, end, (l) => under(l) && !KEY_PATH_LINE.test(l));
    found.push({ segments: segmentsOf(m[1] as string), value: unquoted(spanned.value) });
    end = spanned.last;
  }
  if (found.length < MIN_PATH_LINES) return null;
  return { pairs: pathPairs(found), end };
}

/**
 * Keys and values named by paths elsewhere, as a form-encoded body names its fields
 * (`fields[email]`, `field_data[0][name]` / `field_data[0][values][0]`): paired like path lines.
 */
export function keyPathPairs(entries: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return pathPairs(entries.map(([key, value]) => ({ segments: segmentsOf(key), value: value.trim() })));
}

const segmentsOf = (path: string) => path.split(/[.[\]"']+/).filter(Boolean);

/** A JSON-printed string value keeps its quotes in some logs (`"Jane Doe"`, `"Jane Doe",`). */
function unquoted(value: string): string {
  const v = value.trim().replace(/^(".*"),$/, '$1');
  return /^"[^"]*"$|^'[^']*'$/.test(v) ? v.slice(1, -1) : v;
}

/** `field_data.0.values.0` → field `values` under the indexed prefix `field_data.0`. */
function splitPath(segments: readonly string[]): { prefix: string; key: string } {
  let last = segments.length - 1;
  while (last > 0 && INDEX.test(segments[last] as string)) last--;
  return { prefix: segments.slice(0, last).join('.'), key: segments[last] as string };
}

function pathPairs(found: readonly PathLine[]): Array<[string, string]> {
  // The field names of indexed entries (`answers.2.question`), by their prefix (`answers.2`).
  const named = new Map<string, Field>();
  for (const { segments, value } of found) {
    const { prefix, key } = splitPath(segments);
    if (NAME_KEY.test(key) && INDEX.test(prefix.slice(prefix.lastIndexOf('.') + 1)) && value)
      named.set(prefix, { label: /\s/.test(value) ? value : keyWords(value), values: [] });
  }
  // Fields in the order they first appear; an entry's value may come before or after its name.
  const fields = new Set<Field>();
  for (const { segments, value } of found) {
    const { prefix, key } = splitPath(segments);
    const entry = named.get(prefix);
    if (entry) {
      fields.add(entry);
      if (VALUE_KEY.test(key) && value) entry.values.push(value);
    } else if (value) fields.add({ label: pathLabel(segments), values: [value] });
  }
  return [...fields].flatMap((f) =>
    f.values.length > 0 ? [[f.label, f.values.join(', ')] as [string, string]] : [],
  );
}

interface Field {
  label: string;
  values: string[];
}

/** The last named segment as words; a bare `id` or `name` with its object's segment before it. */
function pathLabel(segments: readonly string[]): string {
  const keys = segments.filter((s) => !INDEX.test(s));
  const last = keys[keys.length - 1] as string;
  const owner = keys[keys.length - 2];
  return keyWords(owner && /^(?:id|name)$/i.test(last) ? `${owner}_${last}` : last);
}

/** Whether line `i` starts an indexed payload, which is read before the logfmt and form readers. */
export function startsIndexedPayload(line: string): boolean {
  return INDEX_START.test(line) && INDEXED_PATH.test(line) && KEY_PATH_LINE.test(line);
}
