/**
 * vCard reader (ical.js; RFC 6350 for 4.0, RFC 2426 for 3.0, and the 2.1 that phones and CRMs still
 * export): a lead sent as a contact card, attached (`.vcf`) or pasted into the body by a lead tool.
 * The card becomes (label, value) pairs for the same typing as body fields: FN, N, EMAIL, TEL, ORG,
 * TITLE, NOTE (the message), ADR country, and the ad platform's ids on `X-` lines
 * (`X-LINKEDIN-LEAD-ID`, `X-…-FORM-ID`, `X-CAMPAIGN-NAME`) named as the label lexicon knows them.
 *
 * A file may hold several cards (RFC 6350 §3.3). A CRM exporting a deal puts the business's own
 * deal owner or account manager beside the customer, often first: the customer's card is the first
 * one that is not the business's, by its address or by the role it names.
 */
import ICAL from 'ical.js';
import type { LabeledPair } from './label-value.js';
import type { LabelDictionary, LabelTarget } from './labels.js';

/** vCard property → the label it is typed under. */
const VCARD_LABELS: Record<string, string> = {
  fn: 'full name',
  email: 'email',
  tel: 'phone',
  org: 'company',
  title: 'job title',
  note: 'message',
};

/** What an `X-` property may carry: the platform's ids and the campaign, never a name or a number. */
const PLATFORM_TARGETS: ReadonlySet<LabelTarget> = new Set([
  'platformLeadId',
  'formId',
  'campaignId',
  'adId',
  'campaign',
]);

/**
 * A card's TITLE or ROLE naming the person's place in the business's own sales process ("Deal
 * owner", "Account manager", "Kundenbetreuerin", "Responsable commerciale", "Responsable de la
 * cuenta", "Gestor de cuentas"), or a bare sales role as the whole title ("Responsable",
 * "Commercial", "Vertrieb"): the customer's own job title ("Head of IT", "Responsable des achats",
 * "Directeur commercial") is none of these.
 */
const STAFF_TITLE =
  /(?<!\p{L})(?:(?:deal|lead|contact|opportunity|record|account) owner|account (?:manager|executive|lead)|key account manager|sales (?:rep(?:resentative)?|executive|contact)|customer success manager|assigned (?:to|salesperson)|kundenbetreuer(?:in)?|kundenberater(?:in)?|verkaufsberater(?:in)?|responsable (?:commercial(?:e)?|de (?:la )?cuenta|du compte|de compte|client(?:e|èle)?|de l'affaire|de la oportunidad)|chargée? (?:de clientèle|d'affaires)|propriétaire (?:de l'affaire|du compte|de l'opportunité)|gestor(?:a)? (?:de )?cuentas?|ejecutiv[oa] de cuentas?|propietari[oa] (?:del acuerdo|de la oportunidad|de la cuenta))(?!\p{L})|^(?:responsable|owner|sales|salesperson|agent|commercial(?:e)?|comercial|vertrieb|betreuer(?:in)?|ansprechpartner(?:in)?|berater(?:in)?|verkäufer(?:in)?|conseill(?:er|ère)|vendeur|vendeuse|asesor(?:a)?|vendedor(?:a)?)$/iu;

/** Properties that hold binary data: never a field, and 2.1 writes them over many raw lines. */
const BINARY_PROPERTY = /^(?:photo|logo|sound|key)[;:]/i;
/** Characters of a body searched for a pasted card (a card is well under this). */
const MAX_PASTED_CARD_CHARS = 16 * 1024;
/** Cards read from one file or body: a deal's contacts, not an address book. */
const MAX_CARDS = 8;

/**
 * The pairs of the customer's card in a vCard file or pasted text. `isBusiness` says whether an
 * address is the business's own (its inbox's domain).
 */
export function vcardPairs(
  text: string,
  dict: LabelDictionary,
  isBusiness: (address: string) => boolean,
): LabeledPair[] {
  const all = parseCards(text);
  // A card without an address or number still gives a name or a note beside a lead found elsewhere.
  const withContact = all.filter(hasContact);
  const cards = withContact.length > 0 ? withContact : all;
  // A role tells staff from customer only between cards: a customer's own card may well say
  // "Account manager" of their own company.
  const byRole = cards.length > 1;
  const customer = cards.find((card) => !isStaffCard(card, isBusiness, byRole));
  return customer ? cardPairs(customer, dict) : [];
}

/** A card pasted into a body: its text, and the body's text around it. */
export interface PastedCard {
  text: string;
  around: string;
}

/** The vCard text pasted into a body: from its first BEGIN:VCARD to its last END:VCARD. */
export function pastedVcard(body: string): PastedCard | null {
  const text = body.slice(0, MAX_PASTED_CARD_CHARS);
  const start = text.search(/^[ \t]*BEGIN:VCARD[ \t]*$/im);
  if (start < 0) return null;
  const ends = [...text.slice(start).matchAll(/^[ \t]*END:VCARD[ \t]*$/gim)];
  const last = ends[ends.length - 1];
  if (!last) return null;
  const end = start + last.index + last[0].length;
  return {
    text: text.slice(start, end).replace(/^[ \t]+(?=(?:BEGIN|END):VCARD)/gim, ''),
    around: `${body.slice(0, start)}\n${body.slice(end)}`,
  };
}

function parseCards(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(parseable(text));
  } catch {
    return [];
  }
  // One card parses to its jCal array ("vcard", properties, components), several to a list of them.
  if (!Array.isArray(parsed)) return [];
  const list = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return list.slice(0, MAX_CARDS).flatMap((jcal) => {
    try {
      return [new ICAL.Component(jcal as unknown[])];
    } catch {
      return [];
    }
  });
}

function hasContact(card: ICAL.Component): boolean {
  return card.getAllProperties().some((p) => p.name === 'email' || p.name === 'tel');
}

/** The business's own person: an address at the business, or (`byRole`) a role in its sales process. */
function isStaffCard(
  card: ICAL.Component,
  isBusiness: (address: string) => boolean,
  byRole: boolean,
): boolean {
  return card.getAllProperties().some((p) => {
    const value = String(p.getFirstValue() ?? '').trim();
    if (p.name === 'email') return isBusiness(value.replace(/^mailto:/i, '').toLowerCase());
    return byRole && (p.name === 'title' || p.name === 'role') && STAFF_TITLE.test(value);
  });
}

function cardPairs(card: ICAL.Component, dict: LabelDictionary): LabeledPair[] {
  const out: LabeledPair[] = [];
  const push = (label: string, value: unknown) => {
    const v = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value ?? '');
    if (v.trim()) out.push({ label, value: v.trim(), hit: dict.lookup(label) });
  };
  for (const prop of card.getAllProperties()) {
    const name = prop.name;
    // A comma a card did not escape (2.1 never does) splits a text value into several values.
    const value = prop.getValues().length > 1 ? prop.getValues().join(',') : prop.getFirstValue();
    if (name === 'n' && Array.isArray(value)) {
      push('last name', value[0]);
      push('first name', value[1]);
    } else if (name === 'adr' && Array.isArray(value)) push('country', value[6]);
    else if (name === 'tel') push('phone', telNumber(String(value ?? '')));
    else if (name in VCARD_LABELS) push(VCARD_LABELS[name] as string, value);
    else if (name.startsWith('x-')) {
      const label = name.slice(2).replace(/-/g, ' ');
      const hit = dict.lookup(label);
      if (hit && PLATFORM_TARGETS.has(hit.target)) push(label, value);
    }
  }
  return out;
}

/**
 * A TEL value as the phone reader takes it: a `tel:` URI (RFC 3966, "tel:+44-20-7946-0555;ext=203")
 * becomes the number with its extension written out; other URI parameters are dropped.
 */
function telNumber(value: string): string {
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...params] = value.slice(4).split(';');
  const ext = params.find((p) => /^ext=\d{1,7}$/i.test(p));
  return ext ? `${number} ext. ${ext.slice(4)}` : number;
}

/**
 * The card as ical.js parses it. vCard 2.1 (phones, older CRMs) writes bare parameters
 * ("TEL;WORK;VOICE:") and quoted-printable values in a declared charset, with `=` soft line
 * breaks; ical.js rejects both. Those lines are rewritten as 3.0: `TYPE=` parameters and decoded
 * text. Binary properties and blank lines are dropped.
 */
function parseable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inBinary = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (/^[ \t]/.test(line)) {
      if (!inBinary) out.push(line);
      continue;
    }
    inBinary = BINARY_PROPERTY.test(line);
    if (inBinary || !line.trim()) continue;
    const colon = line.indexOf(':');
    if (colon < 0) {
      out.push(line);
      continue;
    }
    const params = line.slice(0, colon).split(';');
    const qp = params.some((p) => /^(?:encoding=)?quoted-printable$/i.test(p));
    // Soft line breaks: a quoted-printable value continues on the next line after a final "=".
    while (qp && line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? '');
    if (!params.slice(1).some((p) => !p.includes('=') || /^(?:encoding|charset)=/i.test(p))) {
      out.push(line);
      continue;
    }
    const charset = params.find((p) => /^charset=/i.test(p))?.slice(8) ?? 'utf-8';
    const kept = params.slice(1).flatMap((p) => {
      if (/^(?:encoding|charset)=|^(?:quoted-printable|base64|8bit|7bit)$/i.test(p)) return [];
      return [p.includes('=') ? p : `TYPE=${p}`];
    });
    const value = line.slice(colon + 1);
    out.push(`${[params[0], ...kept].join(';')}:${qp ? decodeQuotedPrintable(value, charset) : value}`);
  }
  return out.join('\r\n');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]));
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // A decoded line break would end the property: written as the vCard escape instead.
  return decoder.decode(new Uint8Array(bytes)).replace(/\r?\n/g, '\\n');
}
