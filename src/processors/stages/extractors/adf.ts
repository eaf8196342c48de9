/**
 * ADF 1.0 (Auto-lead Data Format, the automotive lead XML; DTD in test/corpora/adf-samples).
 * Only `<prospect><customer>` is the customer. `<vendor>` is the dealer (the business itself) and
 * `<provider>` the lead service: their names, emails and phones are never taken as the contact.
 */
import { XMLParser } from 'fast-xml-parser';
import type { LeadSource } from '../../../schemas/lead.js';
import type { LabelDictionary, LabeledPair, LabelTarget } from './labels.js';

/** XML beyond this is not parsed. A real ADF document is a few KB. */
export const MAX_ADF_CHARS = 256 * 1024;

export interface AdfLead {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  attributes: Record<string, string>;
  /**
   * The prospect's and the provider's `<id source="…">` elements: the lead's id at its source, or
   * an ad platform's ad, form or campaign id under the name a relay gave it.
   */
  ids: Array<{ source: string | null; value: string }>;
}

const ADF_START = /<adf[\s>]/i;
const ADF_END = /<\/adf\s*>/gi;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // &amp; and friends must decode; DOCTYPE entity amplification is bounded by MAX_ADF_CHARS and
  // fast-xml-parser's own expansion limits.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) =>
    ['prospect', 'vehicle', 'name', 'email', 'phone', 'contact', 'id', 'street'].includes(name),
});

export function containsAdf(text: string): boolean {
  return ADF_START.test(text);
}

/** Returns null when there is no parseable ADF document with a prospect. */
export function extractAdf(text: string): AdfLead | null {
  const start = text.search(ADF_START);
  if (start < 0) return null;
  let end = -1;
  ADF_END.lastIndex = start;
  for (let m = ADF_END.exec(text); m; m = ADF_END.exec(text)) end = m.index + m[0].length;
  if (end < 0 || end - start > MAX_ADF_CHARS) return null;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text.slice(start, end)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const adf = obj(doc.adf);
  const prospect = obj(arr(adf?.prospect)[0]);
  if (!prospect) return null;
  const customer = obj(prospect.customer);
  const contact = obj(arr(customer?.contact)[0]);
  const out: AdfLead = {
    fullName: null,
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    message: null,
    attributes: {},
    ids: [],
  };
  if (contact) {
    const parts: string[] = [];
    for (const n of arr(contact.name)) {
      const value = textOf(n);
      if (!value) continue;
      const part = (attr(n, 'part') ?? attr(n, 'type') ?? 'full').toLowerCase();
      if (part === 'first') out.firstName = value;
      else if (part === 'last' || part === 'surname') out.lastName = value;
      else if (part === 'middle') parts.push(value);
      else out.fullName = value;
    }
    if (!out.fullName && (out.firstName || out.lastName)) {
      out.fullName = [out.firstName, ...parts, out.lastName].filter(Boolean).join(' ');
    }
    const emails = arr(contact.email).map((e) => ({
      v: textOf(e),
      pref: attr(e, 'preferredcontact') === '1',
    }));
    out.email = (emails.find((e) => e.pref && e.v) ?? emails.find((e) => e.v))?.v ?? null;
    const phones = arr(contact.phone)
      .map((p) => ({
        v: textOf(p),
        type: (attr(p, 'type') ?? 'voice').toLowerCase(),
        pref: attr(p, 'preferredcontact') === '1',
      }))
      .filter((p) => p.v && p.type !== 'fax' && p.type !== 'pager');
    out.phone =
      (phones.find((p) => p.pref) ?? phones.find((p) => p.type === 'cellphone') ?? phones[0])?.v ?? null;
    const address = obj(contact.address);
    if (address) {
      for (const k of ['city', 'regioncode', 'postalcode', 'country'] as const) {
        const v = textOf(address[k]);
        if (v) out.attributes[k === 'regioncode' ? 'state' : k === 'postalcode' ? 'zip' : k] = v;
      }
    }
  }
  const comments = textOf(customer?.comments);
  if (comments) out.message = comments;
  const timeframe = obj(customer?.timeframe);
  const tfDesc = textOf(timeframe?.description);
  if (tfDesc) out.attributes.timeframe = tfDesc;

  const vehicles = arr(prospect.vehicle)
    .map(obj)
    .filter((v): v is Record<string, unknown> => v !== null);
  const wanted = vehicles.find((v) => (attr(v, 'interest') ?? 'buy') !== 'trade-in') ?? vehicles[0];
  if (wanted) {
    for (const k of ['year', 'make', 'model', 'trim', 'vin', 'stock'] as const) {
      const v = textOf(wanted[k]);
      if (v) out.attributes[`vehicle_${k}`] = v;
    }
    const interest = attr(wanted, 'interest');
    const status = attr(wanted, 'status');
    if (interest) out.attributes.vehicle_interest = interest;
    if (status) out.attributes.vehicle_status = status;
    const vComments = textOf(wanted.comments);
    if (vComments && !out.message) out.message = vComments;
  }
  const tradeIn = vehicles.find((v) => attr(v, 'interest') === 'trade-in');
  if (tradeIn) {
    const desc = ['year', 'make', 'model']
      .map((k) => textOf(tradeIn[k]))
      .filter(Boolean)
      .join(' ');
    if (desc) out.attributes.trade_in = desc;
  }
  const requestDate = textOf(prospect.requestdate);
  if (requestDate) out.attributes.request_date = requestDate;
  const vendor = obj(prospect.vendor);
  const vendorName = textOf(vendor?.vendorname) ?? textOf(arr(obj(arr(vendor?.contact)[0])?.name)[0]);
  if (vendorName) out.attributes.vendor = vendorName;
  const provider = obj(prospect.provider);
  const providerName = textOf(arr(provider?.name)[0]);
  if (providerName) out.attributes.provider = providerName;
  const service = textOf(provider?.service);
  if (service) out.attributes.provider_service = service;
  const id = arr(prospect.id)[0];
  const idText = textOf(id);
  if (idText) {
    out.attributes.adf_id = idText;
    const src = attr(id, 'source');
    if (src) out.attributes.adf_id_source = src;
  }
  for (const el of [...arr(prospect.id), ...arr(provider?.id)]) {
    const value = textOf(el);
    if (value) out.ids.push({ source: attr(el, 'source'), value });
  }
  return out;
}

function arr(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function attr(v: unknown, name: string): string | null {
  const o = obj(v);
  const a = o?.[`@_${name}`];
  return typeof a === 'string' ? a : null;
}

/**
 * The parser decodes the predefined and numeric references; any `&name;` left is an entity nobody
 * defined or that we refuse to expand (`&xxe;` from a DOCTYPE), and is never part of a value.
 */
const UNRESOLVED_ENTITY = /&[A-Za-z_][\w.-]*;/g;

function cleanText(s: string): string | null {
  return s.replace(UNRESOLVED_ENTITY, '').trim() || null;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  if (o && typeof o['#text'] === 'string') return cleanText(o['#text'] as string);
  if (o && typeof o['#text'] === 'number') return String(o['#text']);
  return null;
}

/** Platform ids an ADF `<id source="…">` may hold. */
const ID_TARGETS: ReadonlySet<LabelTarget> = new Set<LabelTarget>([
  'adId',
  'formId',
  'campaignId',
  'platformLeadId',
  'attr:ad_group_id',
]);

/**
 * The ADF ids as labelled pairs: an id whose source the lexicon types as an ad, form, campaign or
 * lead id ("ad_id", "Microsoft Advertising campaign id") is that; one whose source is an ad
 * platform itself (`<id source="Microsoft Advertising">`) is the lead's id there. A dealer system's
 * own id (`<id source="DealerSite">`) is none of them and stays in the attributes.
 */
export function adfIdPairs(
  ids: AdfLead['ids'],
  dict: LabelDictionary,
  adPlatformNamed: (text: string) => LeadSource | null,
): LabeledPair[] {
  const pairs: LabeledPair[] = [];
  for (const { source, value } of ids) {
    if (!source) continue;
    const hit = dict.lookup(source);
    if (hit && ID_TARGETS.has(hit.target)) pairs.push({ label: source, value, hit });
    else if (!hit && adPlatformNamed(source))
      pairs.push({ label: source, value, hit: { target: 'platformLeadId', lang: null, exact: false } });
  }
  return pairs;
}
