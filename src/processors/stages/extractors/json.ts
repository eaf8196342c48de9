/**
 * JSON bodies (webhook relays, Zapier/Make, Facebook `field_data`), XML bodies that are not ADF
 * (fast-xml-parser) and YAML documents (a form service's `.yaml` export, a Markdown file's front
 * matter): flattened into label/value pairs that the label dictionaries then map, so
 * `{"first_name": …}`, `{"Vorname": …}`, `<lead><email>…</email></lead>`, `nachname: Weber` and
 * `{"field_data":[{"name":"full_name","values":["…"]}]}` all work without per-source code.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYamlText } from 'yaml';
import { foldAccents } from '../normalise.js';
import { STAFF_LABEL } from './boilerplate.js';
import type { LabelDictionary, LabeledPair } from './label-value.js';
import { CONTACT_TARGETS, type LabelHit, labelKey } from './labels.js';
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
        const named = (isRecord(item) && namePartElement(key, item, dict)) || fieldRecord(item, dict);
        if (named) add(named[0], named[1]);
        else if (typeof item === 'object' && item !== null) enter(item, key, depth + 1);
      }
      // FHIR's given names are a list of one person's names, not a list of answers.
      if (node.every((x) => typeof x !== 'object') && key)
        add(namePartKey(key), NAME_PART.test(key) ? node.join(' ') : node);
      return;
    }
    if (typeof node === 'object' && node !== null) {
      const named = namePartElement(key, node, dict) ?? fieldRecord(node, dict);
      if (named) {
        // An element named for its field (<email type="home">, "firstname": {"value", "type"})
        // keeps its name when the record's label is none the lexicon knows.
        add(!key || dict.lookup(named[0]) || !dict.lookup(key) ? named[0] : key, named[1]);
        return;
      }
      const siblings = siblingFields(node);
      if (siblings) {
        for (const [label, value] of siblings) add(label, value);
        return;
      }
      const wrapped = key ? wrappedValue(node, dict) : undefined;
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
        else add(inPhone ? `${key} ${k}` : namePartKey(platformPart(key, k, dict, xml)), v);
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
    if (CONFIGURATION_KEY.test(keyWords(key))) return;
    const outer = inCustomer;
    inCustomer ||= namesCustomerParty(key) || (role !== null && namesCustomerParty(role));
    walk(node, key, depth);
    inCustomer = outer;
  }
  const google = googleLeadForm(data);
  if (google) {
    googleLeadFormPairs(google, dict, add);
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
 * "adgroup_id", "google_key", "user_column_data": [{"column_id", "column_name", "string_value"}]}`),
 * as JSON or as the same document in XML (`<user_column_data><column column_id="FIRST_NAME">
 * <string_value>…</string_value></column>…`), at the root or inside a relay's envelope or root
 * element. Each column is a field record (`fieldRecord`): the `column_id` where Google fixes it
 * (FULL_NAME, FIRST_NAME, EMAIL, PHONE_NUMBER…), otherwise the `column_name` the advertiser wrote.
 * The ad is the creative. The ad group and the click id are attributes, never a phone or an id we
 * emit; the webhook key is a secret and never kept.
 */
function googleLeadForm(data: unknown, depth = 0): Record<string, unknown> | null {
  if (!isRecord(data) || depth > MAX_ENVELOPE_DEPTH) return null;
  const o = data as Record<string, unknown>;
  if (Object.hasOwn(o, GOOGLE_COLUMNS_KEY)) return o;
  for (const v of Object.values(o)) {
    const inner = googleLeadForm(v, depth + 1);
    if (inner) return inner;
  }
  return null;
}
const GOOGLE_COLUMNS_KEY = 'user_column_data';
/** Envelopes around the payload: a relay's `{"data": …}`, an XML root, a log's `{"request": {"body": …}}`. */
const MAX_ENVELOPE_DEPTH = 3;

/** The columns: JSON's array, or the children of XML's element (one `<column>` is no array). */
function googleColumns(columns: unknown): unknown[] {
  if (Array.isArray(columns)) return columns;
  if (!isRecord(columns)) return [];
  return Object.values(columns).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

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
  data: Record<string, unknown>,
  dict: LabelDictionary,
  add: (label: string, value: unknown, hit?: LabelHit | null) => void,
): void {
  for (const column of googleColumns(data[GOOGLE_COLUMNS_KEY]).slice(0, MAX_PAIRS)) {
    const field = fieldRecord(column, dict);
    if (field) add(field[0], field[1]);
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'object') continue;
    const hit = key in GOOGLE_IDS ? GOOGLE_IDS[key] : dict.lookup(key);
    if (hit) add(key, value, hit);
  }
}

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

/**
 * `"settings": […]`, `<konfiguration>`, `<parametres>`: an account's or system's configuration (its
 * alert address, its SMS number, its mail server), read like a form's fields because settings are
 * name/value records too. Whoever they name is the business, never a customer.
 */
const CONFIGURATION_KEY =
  /^(?:(?:account|app|system|notification|alert|user) )?(?:settings?|config|configuration|preferences|options|konfiguration|einstellungen|parametres|reglages|configuracion|ajustes|parametros)$/;

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
 * account) keep the bare key. JSON only for the name (`"form": {"id": …, "name": "Contact"}`, a
 * form builder's webhook, whose form's name is no customer's): a site's own form id is no ad
 * platform's form.
 */
function platformPart(key: string, k: string, dict: LabelDictionary, xml: boolean): string {
  if (!key || !(xml ? /^(?:id|name)$/i : /^name$/i).test(k)) return k;
  const hit = dict.lookup(`${key} ${k}`);
  return hit && PLATFORM_PART_TARGETS.has(hit.target) ? `${key} ${k}` : k;
}

/** What a phone object says about its number besides the number and its calling code. */
const PHONE_DETAIL = /^(?:type|kind|use|usage|label|typ|art|ext|extension|durchwahl|poste|extension)$/i;

/**
 * Where a record that names its field keeps the label, by the key's last word: a person's wording
 * (`name`, `label`, `question`, `column_name`, `fieldName`, `Name` as an XML attribute) or a
 * machine's (`id`, `key`, `column_id`, `ref`; a contact point's `type` or FHIR's `system`). A
 * prefix, when there is one, is a generic container word (`column`, `field`, `question`…), so a
 * record's `campaign_name` or `display_name` is no label key.
 */
const WORDED_LABEL_KEY =
  /^(?:(?:column|field|question|item|attribute|attr|property|param|parameter|entry|input|element|option) )?(?:name|label|title|caption|prompt|question|frage|pregunta|field)$|^question text$/;
const MACHINE_LABEL_KEY =
  /^(?:(?:column|field|question|item|attribute|attr|property|param|parameter|entry|input|element) )?(?:id|key|ref|type|system)$/;
/**
 * Where it keeps the value: `value`, `values`, `answer`, `response`, `val`, their German, French
 * and Spanish words, with a prefix saying its kind (`string_value`, `fieldValue`, `answer_text`);
 * the text of an XML element whose attributes name it (`<entry key="email">…</entry>`).
 */
const VALUE_KEY =
  /^(?:(?:string|field|user|answer|response|input|item|entry|column|selected|text|number|raw) )?(?:values?|val|answers?|responses?|antwort|wert|valeur|reponse|respuesta|valor)$|^(?:answer |response )?text$|^content$/;

/** Keys of a field record: its label and value, and what the form says about the question. */
const MAX_FIELD_RECORD_KEYS = 12;
/** A label longer than this is no field's label (a question may be long: "Tell us …?"). */
const MAX_RECORD_LABEL_CHARS = 160;

const keyWords = (k: string) =>
  k === XML_TEXT
    ? 'text'
    : foldAccents(k.replace(/([a-z])([A-Z])/g, '$1 $2'))
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();

const isScalar = (v: unknown) => typeof v !== 'object' || v === null;

/**
 * A record that names its field beside the value (`{"name": "email", "values": [...]}`, Google's
 * `{"column_id": "FIRST_NAME", "string_value": …}`, `<field id="phone" value="…"/>`, `<entry
 * key="first_name">…</entry>`, `{"question": …, "answer": …}`, `<item><label>…</label><value>…`)
 * → [label, value]; null when the record is an ordinary object. The label is the one the lexicon
 * types best: a field it knows exactly (FIRST_NAME beside a column name "Vorname"), else the
 * person's wording it guesses (a custom question "Tell us about your project" beside QUESTION_1),
 * else the person's wording as it stands. Other keys may only describe the question (id,
 * required, position…): a record whose other keys are contact fields (`{"name", "email",
 * "value"}`) is a contact with a deal value, read key by key.
 */
function fieldRecord(node: unknown, dict: LabelDictionary): [string, unknown] | null {
  if (!isRecord(node)) return null;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length < 2 || keys.length > MAX_FIELD_RECORD_KEYS) return null;
  const worded: string[] = [];
  const machine: string[] = [];
  let valueKey: string | undefined;
  for (const k of keys) {
    const v = o[k];
    const words = keyWords(k);
    if (valueKey === undefined && VALUE_KEY.test(words)) {
      if (!(isScalar(v) || (Array.isArray(v) && v.every(isScalar)))) return null;
      valueKey = k;
    } else if (!isScalar(v)) return null;
    else if (typeof v === 'string' && v.trim() && v.length <= MAX_RECORD_LABEL_CHARS) {
      if (WORDED_LABEL_KEY.test(words)) worded.push(k);
      else if (MACHINE_LABEL_KEY.test(words)) machine.push(k);
    }
  }
  if (valueKey === undefined || worded.length + machine.length === 0) return null;
  if (holdsCustomerFields(o, new Set([valueKey, ...worded, ...machine]), dict)) return null;
  const typed = (ks: string[], exact: boolean) =>
    ks.find((k) => {
      const hit = dict.lookup(String(o[k]));
      return hit !== null && (!exact || hit.exact);
    });
  const label =
    typed([...worded, ...machine], true) ??
    typed(worded, false) ??
    typed(machine, false) ??
    worded[0] ??
    machine[0];
  return label ? [String(o[label]).trim(), o[valueKey]] : null;
}
/**
 * Labels and values as alternating sibling elements, which the XML parser gathers into two lists
 * (`<fields><name>email</name><value>…</value><name>phone</name>…`, a property list's
 * `<dict><key>Email</key><string>…</string>…`): paired by position, only when the two lists are
 * all text and equally long, so a list that mixes value kinds (`<string>`, `<integer>`) is left
 * alone rather than shifted.
 */
function siblingFields(node: object): [string, unknown][] | null {
  const entries = Object.entries(node as Record<string, unknown>);
  if (entries.length !== 2) return null;
  const lists = entries.map(([k, v]) => [keyWords(k), v] as const);
  const labels = lists.find(([k]) => WORDED_LABEL_KEY.test(k) || MACHINE_LABEL_KEY.test(k))?.[1];
  const values = lists.find(([k]) => VALUE_KEY.test(k) || k === PROPERTY_LIST_STRING)?.[1];
  if (!Array.isArray(labels) || !Array.isArray(values) || labels.length !== values.length) return null;
  if (!labels.every((l) => typeof l === 'string') || !values.every(isScalar)) return null;
  return labels.map((l, i) => [l, values[i]]);
}
/** A property list's text value (Apple's plist: `<key>…</key><string>…</string>`). */
const PROPERTY_LIST_STRING = 'string';

/**
 * Whether keys of a record other than `own` are a customer's fields (`{"name", "email", "value"}`):
 * then the record is the customer, and its `value` (a deal's) is one of its facts, not a field's.
 */
function holdsCustomerFields(
  o: Record<string, unknown>,
  own: ReadonlySet<string>,
  dict: LabelDictionary,
): boolean {
  return Object.keys(o).some((k) => {
    if (own.has(k)) return false;
    const hit = dict.lookup(k);
    return hit?.exact === true && CUSTOMER_FIELD_TARGETS.has(hit.target);
  });
}
const CUSTOMER_FIELD_TARGETS: ReadonlySet<string> = new Set([...CONTACT_TARGETS, 'message']);

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
const WRAPPED_VALUE_KEY: ReadonlySet<string> = new Set(['value']);

/**
 * The value of a property a CRM or API wraps with its history (`"firstname": {"value": "Anna",
 * "timestamp": …, "source": "FORM"}`, `{"value": …, "displayValue": …}`): the key outside names
 * the field. Only an object whose other entries are all scalars and none a customer's field, so
 * a record that merely has a `value` among its fields (a contact's deal value) is read field by
 * field as before.
 */
function wrappedValue(node: object, dict: LabelDictionary): unknown {
  const o = node as Record<string, unknown>;
  if (!Object.hasOwn(o, 'value')) return undefined;
  const keys = Object.keys(o);
  if (keys.length > MAX_WRAPPED_VALUE_KEYS) return undefined;
  const value = o.value;
  if (!(isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) return undefined;
  if (!keys.every((k) => k === 'value' || isScalar(o[k]))) return undefined;
  return holdsCustomerFields(o, WRAPPED_VALUE_KEY, dict) ? undefined : value;
}
