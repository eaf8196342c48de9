/**
 * JSON bodies (webhook relays, Zapier/Make, Facebook `field_data`), XML bodies that are not ADF
 * (fast-xml-parser) and YAML documents (a form service's `.yaml` export, a Markdown file's front
 * matter): flattened into label/value pairs that the label dictionaries then map, so
 * `{"first_name": …}`, `{"Vorname": …}`, `<lead><email>…</email></lead>`, `nachname: Weber` and
 * `{"field_data":[{"name":"full_name","values":["…"]}]}` all work without per-source code.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYamlText } from 'yaml';
import { STAFF_LABEL } from './boilerplate.js';
import type { LabelDictionary, LabeledPair } from './label-value.js';
import { type LabelHit, labelKey } from './labels.js';
import { namesBusinessParty, namesCustomerParty } from './parties.js';

/** JSON beyond this is not parsed (JSON.parse is synchronous and linear in the input). */
export const MAX_JSON_CHARS = 256 * 1024;
/** A lead's YAML record is a few hundred bytes; YAML's parser does far more work per byte than JSON.parse. */
const MAX_YAML_CHARS = 32 * 1024;
const MAX_DEPTH = 8;
const MAX_PAIRS = 200;

export function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

/** Returns null when the text is not a JSON object/array (then other extractors run). */
export function extractJson(text: string, dict: LabelDictionary): LabeledPair[] | null {
  return documentPairs(text, dict, looksLikeJson, JSON.parse, false);
}

/** Leaves of an already parsed payload (an object literal read by object-literal.ts), as for JSON. */
export function payloadPairs(data: unknown, dict: LabelDictionary): LabeledPair[] {
  return structuredPairs(data, dict, (v) => v, false);
}

/**
 * A string value that is itself a JSON object (`"body": "{\"email\": …}"`): relays that store the
 * request they failed to deliver, and webhook envelopes, carry the lead serialised a second time.
 */
function nestedJson(value: string): object | null {
  const v = value.trim();
  if (!v.startsWith('{') || !v.endsWith('}') || v.length > MAX_JSON_CHARS) return null;
  try {
    const data: unknown = JSON.parse(v);
    return typeof data === 'object' && data !== null ? data : null;
  } catch {
    return null;
  }
}

/**
 * A YAML mapping (`first_name: Jane`, `nachricht: |` over indented lines); null when the text is
 * not one. The failsafe schema keeps every scalar a string, so a phone number keeps its leading
 * zero ("07700…" is not the integer 7700…) and "no"/"yes" answers stay words. Aliases are refused:
 * a few lines of nested aliases expand exponentially ("billion laughs").
 */
export function extractYaml(text: string, dict: LabelDictionary): LabeledPair[] | null {
  if (text.length > MAX_YAML_CHARS) return null;
  const pairs = documentPairs(text, dict, () => true, parseYaml, false);
  return pairs && pairs.length > 0 ? pairs : null;
}

function parseYaml(text: string): unknown {
  const data: unknown = parseYamlText(text, { schema: 'failsafe', maxAliasCount: 0, logLevel: 'error' });
  // A scalar or a list is prose or a bullet list, not a record of fields: it gives no pairs.
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : null;
}

/** Parses a bounded document that passes `accepts`; null when it does not or cannot be parsed. */
function documentPairs(
  text: string,
  dict: LabelDictionary,
  accepts: (t: string) => boolean,
  parse: (t: string) => unknown,
  xml: boolean,
): LabeledPair[] | null {
  const t = text.trim();
  if (t.length > MAX_JSON_CHARS || !accepts(t)) return null;
  let data: unknown;
  try {
    data = parse(t);
  } catch {
    return null;
  }
  return structuredPairs(data, dict, xml ? decodeXmlText : (v) => v, xml);
}

/** Declaration, comments and DOCTYPE before the root element, and the root element's name. */
const XML_PROLOG =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)[\s/>]/;
const MAX_PROLOG_CHARS = 4096;

/** An XML document that is not ADF (`<lead><email>…</email></lead>`), read like JSON. */
export function looksLikeXml(text: string): boolean {
  return XML_PROLOG.test(text.slice(0, MAX_PROLOG_CHARS)) && /<\/[A-Za-z_][\w.:-]*>\s*$/.test(text);
}

/**
 * An XML document inside a body, alone or between a relay's intro line and a footer: from the
 * first line opening with `<?xml` or an element to the root element's closing tag (a footer's
 * `<https://…>` link must not be taken for the document's end).
 */
export function embeddedXml(text: string, maxStart: number): string | null {
  const start = text.search(/^[ \t]*<(?:\?xml|[A-Za-z_])/m);
  if (start < 0 || start > maxStart) return null;
  const prolog = XML_PROLOG.exec(text.slice(start, start + MAX_PROLOG_CHARS));
  const root = prolog?.[1];
  if (!root) return null;
  const close = `</${root}>`;
  const end = text.lastIndexOf(close);
  const xml = end > start ? text.slice(start, end + close.length) : '';
  return looksLikeXml(xml) ? xml : null;
}

/** Where fast-xml-parser puts an element's text when the element also has attributes. */
const XML_TEXT = '#text';
/**
 * Attributes are kept without a prefix: <field name="email">…</field> reads like {"name": …}.
 * Entities are not expanded by the parser (a DOCTYPE's entities could multiply the document);
 * the five predefined ones and character references are decoded in values (`decodeXmlText`).
 */
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  removeNSPrefix: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
});

/** Returns null when the text is not a well-formed XML document. */
export function extractXml(text: string, dict: LabelDictionary): LabeledPair[] | null {
  return documentPairs(
    text,
    dict,
    (t) => looksLikeXml(t) && XMLValidator.validate(t) === true,
    (t) => xmlParser.parse(t),
    true,
  );
}

const XML_ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXmlText(value: string): string {
  return value.replace(XML_ENTITY, (m, name?: string, dec?: string, hex?: string) => {
    if (name) return PREDEFINED[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Leaves of a parsed document as (key, value) pairs, typed by the label dictionaries. */
function structuredPairs(
  data: unknown,
  dict: LabelDictionary,
  decode: (value: string) => string,
  xml: boolean,
): LabeledPair[] {
  const pairs: LabeledPair[] = [];
  /** Whether each pair was read inside the customer's own part (`"lead": {…}`, `<Interessent>`). */
  const ownPart: boolean[] = [];
  let inCustomer = false;
  const add = (label: string, value: unknown, hit: LabelHit | null = dict.lookup(label)) => {
    if (pairs.length >= MAX_PAIRS) return;
    if (value === null || value === undefined) return;
    const v = decode(
      Array.isArray(value) ? value.filter((x) => typeof x !== 'object').join(', ') : String(value),
    );
    if (!v.trim()) return;
    pairs.push({ label, value: v.trim(), hit });
    ownPart.push(inCustomer);
  };
  const walk = (node: unknown, key: string, depth: number) => {
    if (depth > MAX_DEPTH || pairs.length >= MAX_PAIRS) return;
    if (Array.isArray(node)) {
      for (const item of node) {
        const named = (isRecord(item) && namePartElement(key, item, dict)) || namedField(item);
        if (named) add(named[0], named[1]);
        else if (typeof item === 'object' && item !== null) enter(item, key, depth + 1);
      }
      // FHIR's given names are a list of one person's names, not a list of answers.
      if (node.every((x) => typeof x !== 'object') && key)
        add(namePartKey(key), NAME_PART.test(key) ? node.join(' ') : node);
      return;
    }
    if (typeof node === 'object' && node !== null) {
      const named = namePartElement(key, node, dict) ?? namedField(node);
      if (named) {
        add(named[0], named[1]);
        return;
      }
      const wrapped = key ? wrappedValue(node) : undefined;
      if (wrapped !== undefined) {
        add(key, wrapped);
        return;
      }
      // Parts of a phone object ({"phone": {"country_code": "49", "number": "151…"}}) are read
      // as "phone country_code", "phone number": alone they are a country and a reference. Its
      // type or extension (<phone><type>mobile</type>…) is an attribute, not an empty phone field.
      const inPhone = key !== '' && dict.lookup(key)?.target === 'phone';
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        const nested = typeof v === 'string' && !xml ? nestedJson(v) : null;
        if (nested) enter(nested, k, depth + 1);
        else if (typeof v === 'object' && v !== null) enter(v, k, depth + 1);
        // An XML element's text beside its attributes (<email type="home">…</email>) is its value.
        else if (k === XML_TEXT) add(key, v);
        else if (inPhone && PHONE_DETAIL.test(k))
          add(k, v, { target: `attr:phone_${labelKey(k)}`, lang: null, exact: true });
        else add(inPhone ? `${key} ${k}` : namePartKey(xml ? platformPart(key, k, dict) : k), v);
      }
    }
  };
  /**
   * Into an object under `key`: not when the key or its role names a business party (<Salesperson>,
   * <Makler>, "dealer": {…}, "assigned_to": {…}, <provider>, <party role="dealer">), which are never
   * the lead whatever their children are called; marking the customer's part when they name it.
   */
  function enter(node: object, key: string, depth: number): void {
    const role = roleOf(node);
    if (isStaffKey(key) || namesBusinessParty(key) || (role !== null && namesBusinessParty(role))) return;
    const outer = inCustomer;
    inCustomer ||= namesCustomerParty(key) || (role !== null && namesCustomerParty(role));
    walk(node, key, depth);
    inCustomer = outer;
  }
  if (isGoogleLeadForm(data)) {
    googleLeadFormPairs(data, dict, add);
    return pairs;
  }
  walk(data, '', 0);
  // A document with a customer's part: contacts outside it (the account's, a tracking number,
  // another party's under a key no lexicon knows) are not the customer's, even when theirs lack one.
  if (!ownPart.includes(true)) return pairs;
  return pairs.filter((p, i) => ownPart[i] || !isContact(p));
}

/**
 * Google Ads' lead-form webhook (`{"lead_id", "form_id", "campaign_id", "creative_id", "gcl_id",
 * "adgroup_id", "google_key", "user_column_data": [{"column_id", "column_name", "string_value"}]}`).
 * A column is named by its `column_id` where Google fixes it (FULL_NAME, EMAIL, PHONE_NUMBER, …),
 * otherwise by the `column_name` the advertiser wrote, typed through the label dictionaries.
 * The ad is the creative. The ad group and the click id are attributes, never a phone or an id we
 * emit; the webhook key is a secret and never kept.
 */
function isGoogleLeadForm(data: unknown): data is Record<string, unknown> & { user_column_data: unknown[] } {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Record<string, unknown>).user_column_data)
  );
}

const GOOGLE_COLUMNS: Readonly<Record<string, string>> = {
  FULL_NAME: 'Full name',
  FIRST_NAME: 'First name',
  LAST_NAME: 'Last name',
  EMAIL: 'Email',
  WORK_EMAIL: 'Email',
  PHONE_NUMBER: 'Phone number',
  WORK_PHONE: 'Phone number',
};
const GOOGLE_IDS: Readonly<Record<string, LabelHit | null>> = {
  lead_id: { target: 'platformLeadId', lang: null, exact: true },
  form_id: { target: 'formId', lang: null, exact: true },
  campaign_id: { target: 'campaignId', lang: null, exact: true },
  creative_id: { target: 'adId', lang: null, exact: true },
  adgroup_id: { target: 'attr:adgroup_id', lang: null, exact: true },
  gcl_id: { target: 'attr:gclid', lang: null, exact: true },
  is_test: { target: 'attr:is_test', lang: null, exact: true },
  api_version: null,
  google_key: null,
};

function googleLeadFormPairs(
  data: Record<string, unknown> & { user_column_data: unknown[] },
  dict: LabelDictionary,
  add: (label: string, value: unknown, hit?: LabelHit | null) => void,
): void {
  for (const column of data.user_column_data.slice(0, MAX_PAIRS)) {
    if (typeof column !== 'object' || column === null) continue;
    const { column_id: id, column_name: name, string_value: value } = column as Record<string, unknown>;
    const fixed = typeof id === 'string' ? GOOGLE_COLUMNS[id.toUpperCase()] : undefined;
    const label =
      fixed ?? (typeof name === 'string' && name.trim() ? name : typeof id === 'string' ? id : '');
    if (label) add(label, value);
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'user_column_data' || typeof value === 'object') continue;
    const hit = key in GOOGLE_IDS ? GOOGLE_IDS[key] : dict.lookup(key);
    if (hit) add(key, value, hit);
  }
}

const CONTACT_TARGETS: ReadonlySet<string> = new Set([
  'email',
  'phone',
  'name',
  'fullName',
  'firstName',
  'lastName',
]);
/** A contact field, or an unlabelled value shaped like a phone number or an address. */
function isContact(p: LabeledPair): boolean {
  if (p.hit) return CONTACT_TARGETS.has(p.hit.target);
  return CONTACT_SHAPED.test(p.value);
}
const CONTACT_SHAPED = /^\+?[\d\s()./-]{7,24}$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** The party an element or object says it is (`<party role="customer">`, `{"type": "dealer", …}`). */
function roleOf(node: object): string | null {
  if (Array.isArray(node)) return null;
  const o = node as Record<string, unknown>;
  const role = o.role ?? o.type ?? o.rolle ?? o.typ ?? o.rôle ?? o.tipo ?? o.kind;
  return typeof role === 'string' && role.length <= MAX_ROLE_CHARS ? role : null;
}
const MAX_ROLE_CHARS = 40;

/** `salesPerson`, `assigned_agent`, `Makler`: a key naming the business's people or the dealer. */
function isStaffKey(key: string): boolean {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim();
  return STAFF_LABEL.test(words) || STAFF_KEY.test(words);
}
const STAFF_KEY =
  /^(?:vendor|dealer|dealership|seller|provider|staff|employee|business|merchant|brand|händler|haendler|anbieter|concessionnaire|concesionario)$/i;

/** Targets an object's bare `id` or `name` takes from the object's own key. */
const PLATFORM_PART_TARGETS: ReadonlySet<string> = new Set([
  'campaign',
  'campaignId',
  'formId',
  'formName',
  'adId',
  'platformLeadId',
  'attr:response_id',
]);

/**
 * `<campaign id="…" name="…"/>`, `<creative id="…"/>`, `<response id="…">`: in an export's XML a
 * bare `id` or `name` attribute is the platform object's, and its element says which ("campaign
 * id", "creative id"), never the customer's name. Elements no platform label names (an ad set, an
 * account) keep the bare key. Not in JSON: a site's webhook sends its own `"form": {"id": …}`,
 * which is no ad platform's form.
 */
function platformPart(key: string, k: string, dict: LabelDictionary): string {
  if (!key || !/^(?:id|name)$/i.test(k)) return k;
  const hit = dict.lookup(`${key} ${k}`);
  return hit && PLATFORM_PART_TARGETS.has(hit.target) ? `${key} ${k}` : k;
}

/** What a phone object says about its number besides the number and its calling code. */
const PHONE_DETAIL = /^(?:type|kind|use|usage|label|typ|art|ext|extension|durchwahl|poste|extension)$/i;

/**
 * `{name|key|label|field: X, value|values|answer|#text: Y}` → [X, Y]; also a contact point that
 * says its kind (`{"type": "email", "value": …}`, FHIR's `{"system": "phone", "value": …}`).
 */
function namedField(node: unknown): [string, unknown] | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const o = node as Record<string, unknown>;
  const question = questionAnswer(o);
  if (question) return question;
  const label = o.name ?? o.key ?? o.label ?? o.field ?? o.question ?? o.type ?? o.system;
  const value = o.values ?? o.value ?? o.answer ?? o[XML_TEXT];
  if (typeof label !== 'string' || value === undefined) return null;
  if (Object.keys(o).length > 4) return null;
  return [label, value];
}

/**
 * Name parts as records write them: FHIR's HumanName (`"family": "Weber", "given": ["Anna"]`) and
 * xCard (`<given>`, `<surname>`) use the bare words, which in a form's prose ("Family: 2 adults")
 * are no name. In structured data they are read as "given name" and "family name".
 */
const NAME_PART = /^(?:given|family)$/i;
const namePartKey = (k: string) => (NAME_PART.test(k) ? `${k} name` : k);

const NAME_ELEMENT_TARGETS: ReadonlySet<string> = new Set(['name', 'fullName', 'lastName']);

const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a name element's part attribute may say (`<name part="given">`, `type="surname"`). */
const NAME_PART_ATTRIBUTE = /^(?:first|given|last|family|surname)$/i;

/**
 * A name element that says which part it holds (`<name part="given">Anna</name>`, as ADF's
 * `part="first"` does): read as that part's field, not as the whole name.
 */
function namePartElement(key: string, node: object, dict: LabelDictionary): [string, unknown] | null {
  const o = node as Record<string, unknown>;
  const part = o.part ?? o.type ?? o.kind;
  const text = o[XML_TEXT] ?? o.value;
  if (typeof part !== 'string' || !NAME_PART_ATTRIBUTE.test(part) || text === undefined) return null;
  // French "nom" is the surname as a field, the name as an element with parts.
  if (!NAME_ELEMENT_TARGETS.has(dict.lookup(key)?.target ?? '')) return null;
  return [part.toLowerCase() === 'surname' ? 'surname' : `${part} name`, text];
}

/** Keys of a wrapped value's object: the value and a few facts about it. */
const MAX_WRAPPED_VALUE_KEYS = 8;

/**
 * The value of a property a CRM or API wraps with its history (`"firstname": {"value": "Anna",
 * "timestamp": …, "source": "FORM"}`, `{"value": …, "displayValue": …}`): the key outside names
 * the field. Only an object whose other entries are all scalars, so a record that merely has a
 * `value` among its fields is read field by field as before.
 */
function wrappedValue(node: object): unknown {
  const o = node as Record<string, unknown>;
  if (!Object.hasOwn(o, 'value')) return undefined;
  const keys = Object.keys(o);
  if (keys.length > MAX_WRAPPED_VALUE_KEYS) return undefined;
  const scalar = (v: unknown) => typeof v !== 'object' || v === null;
  const value = o.value;
  if (!(scalar(value) || (Array.isArray(value) && value.every(scalar)))) return undefined;
  return keys.every((k) => k === 'value' || scalar(o[k])) ? value : undefined;
}

/** Keys of a question item that describe it (`{"id": "q3", "type": "email", "required": true, …}`). */
const MAX_QUESTION_ITEM_KEYS = 12;

/**
 * `{"question": X, "answer": Y}` with the form's own metadata beside it (id, type, required,
 * position…): a form relay's answers array. The question and its answer are the pair however many
 * scalar keys describe the question; an item holding further objects is a structure of its own.
 */
function questionAnswer(o: Record<string, unknown>): [string, unknown] | null {
  const label = o.question ?? o.frage ?? o.pregunta;
  const value = o.answer ?? o.antwort ?? o.réponse ?? o.reponse ?? o.respuesta;
  if (typeof label !== 'string' || value === undefined) return null;
  const keys = Object.keys(o);
  if (keys.length > MAX_QUESTION_ITEM_KEYS) return null;
  const nested = keys.some((k) => {
    const v = o[k];
    return v !== value && typeof v === 'object' && v !== null;
  });
  return nested ? null : [label, value];
}
