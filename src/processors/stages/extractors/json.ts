/**
 * JSON bodies (webhook relays, Zapier/Make, Facebook `field_data`) and XML bodies that are not ADF
 * (fast-xml-parser): flattened into label/value pairs that the label dictionaries then map, so
 * `{"first_name": …}`, `{"Vorname": …}`, `<lead><email>…</email></lead>` and
 * `{"field_data":[{"name":"full_name","values":["…"]}]}` all work without per-source code.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { LabelDictionary, LabeledPair } from './label-value.js';

/** JSON beyond this is not parsed (JSON.parse is synchronous and linear in the input). */
export const MAX_JSON_CHARS = 256 * 1024;
const MAX_DEPTH = 8;
const MAX_PAIRS = 200;

export function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

/** Returns null when the text is not a JSON object/array (then other extractors run). */
export function extractJson(text: string, dict: LabelDictionary): LabeledPair[] | null {
  return documentPairs(text, dict, looksLikeJson, JSON.parse);
}

/** Parses a bounded document that passes `accepts`; null when it does not or cannot be parsed. */
function documentPairs(
  text: string,
  dict: LabelDictionary,
  accepts: (t: string) => boolean,
  parse: (t: string) => unknown,
): LabeledPair[] | null {
  const t = text.trim();
  if (t.length > MAX_JSON_CHARS || !accepts(t)) return null;
  let data: unknown;
  try {
    data = parse(t);
  } catch {
    return null;
  }
  return structuredPairs(data, dict);
}

/** An XML document that is not ADF (`<lead><email>…</email></lead>`), read like JSON. */
export function looksLikeXml(text: string): boolean {
  return (
    /^\s*(?:<\?xml[^>]*>\s*)?<[A-Za-z_][\w.:-]*[\s>]/.test(text) && /<\/[A-Za-z_][\w.:-]*>\s*$/.test(text)
  );
}

/** Where fast-xml-parser puts an element's text when the element also has attributes. */
const XML_TEXT = '#text';
/** Attributes are kept without a prefix: <field name="email">…</field> reads like {"name": …}. */
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  removeNSPrefix: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
});

/** Returns null when the text is not a well-formed XML document. */
export function extractXml(text: string, dict: LabelDictionary): LabeledPair[] | null {
  return documentPairs(
    text,
    dict,
    (t) => looksLikeXml(t) && XMLValidator.validate(t) === true,
    (t) => xmlParser.parse(t),
  );
}

/** Leaves of a parsed document as (key, value) pairs, typed by the label dictionaries. */
function structuredPairs(data: unknown, dict: LabelDictionary): LabeledPair[] {
  const pairs: LabeledPair[] = [];
  const add = (label: string, value: unknown) => {
    if (pairs.length >= MAX_PAIRS) return;
    if (value === null || value === undefined) return;
    const v = Array.isArray(value) ? value.filter((x) => typeof x !== 'object').join(', ') : String(value);
    if (!v.trim()) return;
    pairs.push({ label, value: v.trim(), hit: dict.lookup(label) });
  };
  const walk = (node: unknown, key: string, depth: number) => {
    if (depth > MAX_DEPTH || pairs.length >= MAX_PAIRS) return;
    if (Array.isArray(node)) {
      for (const item of node) {
        const named = namedField(item);
        if (named) add(named[0], named[1]);
        else if (typeof item === 'object' && item !== null) walk(item, key, depth + 1);
      }
      if (node.every((x) => typeof x !== 'object') && key) add(key, node);
      return;
    }
    if (typeof node === 'object' && node !== null) {
      const named = namedField(node);
      if (named) {
        add(named[0], named[1]);
        return;
      }
      // Parts of a phone object ({"phone": {"country_code": "49", "number": "151…"}}) are read
      // as "phone country_code", "phone number": alone they are a country and a reference.
      const inPhone = key !== '' && dict.lookup(key)?.target === 'phone';
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (typeof v === 'object' && v !== null) walk(v, k, depth + 1);
        // An XML element's text beside its attributes (<email type="home">…</email>) is its value.
        else if (k === XML_TEXT) add(key, v);
        else add(inPhone ? `${key} ${k}` : k, v);
      }
    }
  };
  walk(data, '', 0);
  return pairs;
}

/** `{name|key|label|field: X, value|values|answer|#text: Y}` → [X, Y]. */
function namedField(node: unknown): [string, unknown] | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const o = node as Record<string, unknown>;
  const label = o.name ?? o.key ?? o.label ?? o.field ?? o.question;
  const value = o.values ?? o.value ?? o.answer ?? o[XML_TEXT];
  if (typeof label !== 'string' || value === undefined) return null;
  if (Object.keys(o).length > 4) return null;
  return [label, value];
}
