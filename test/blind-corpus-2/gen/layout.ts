/** What a layout is, and the pieces many layouts share (headers, dates, HTML escaping, footers). */
import type { BodyKind, Charset, MailDraft, Transfer } from './mime.js';
import type { Expected, Lang } from './model.js';
import { writePhone } from './phones.js';
import type { Rng } from './rng.js';
import { type Business, fullName, type Person, type Trade } from './world.js';

export interface World {
  businesses: Business[];
}

export interface LeadCase {
  mail: MailDraft;
  biz: Business;
  customer: Person;
  /** What the email lets a reader know: email/phone null when the email does not give them. */
  email: string | null;
  phone: string | null;
  /** The name as the truth has it (first/last), null fields when the email gives no name. */
  name: { first: string | null; last: string | null };
  message: string | null;
  source?: string;
  platform?: Partial<Pick<Expected, 'campaign' | 'adId' | 'formId' | 'campaignId' | 'platformLeadId'>>;
  /** PII as written in the email (name forms, email, phone). */
  pii: string[];
  otherPii: string[];
}

export interface NonLeadCase {
  mail: MailDraft;
}

interface Encodings {
  bodies: BodyKind[];
  transfers: Transfer[];
  charsets: Charset[];
}

export interface LeadLayout extends Encodings {
  name: string;
  description: string;
  count: number;
  make(rng: Rng, lang: Lang, world: World): LeadCase;
}

export interface NonLeadLayout extends Encodings {
  name: string;
  reason: string;
  description: string;
  count: number;
  make(rng: Rng, lang: Lang, world: World): NonLeadCase;
}

export const ALL_TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
export const ALL_CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];

export function pickBusiness(rng: Rng, world: World, lang: Lang, trade?: Trade): Business {
  return rng.pick(world.businesses.filter((b) => b.lang === lang && (!trade || b.trade === trade)));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

export interface When {
  rfc: string;
  date: Date;
  /** Local short date as the language writes it. */
  short: string;
  time: string;
  iso: string;
}

export function when(rng: Rng, lang: Lang, daysAhead = 0): When {
  const base = Date.UTC(2026, 10, 2, 6, 0, 0);
  const date = new Date(base + (rng.int(0, 30) + daysAhead) * 86400000 + rng.int(0, 14 * 60) * 60000);
  const zone = rng.pick(['+0000', '+0100', '-0500', '+1100', '-0600']);
  const rfc = `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ${zone}`;
  const d = two(date.getUTCDate());
  const m = two(date.getUTCMonth() + 1);
  const y = date.getUTCFullYear();
  const short = lang === 'en' ? `${d}/${m}/${y}` : lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
  return {
    rfc,
    date,
    short,
    time: `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`,
    iso: date.toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export function messageId(rng: Rng, domain: string): string {
  return `<${rng.hex(12)}.${rng.digits(6)}@${domain}>`;
}

export function baseHeaders(
  rng: Rng,
  o: { from: string; to: string; subject: string; date: When; domain: string; replyTo?: string; cc?: string },
): [string, string][] {
  const h: [string, string][] = [
    ['From', o.from],
    ['To', o.to],
  ];
  if (o.cc) h.push(['Cc', o.cc]);
  if (o.replyTo) h.push(['Reply-To', o.replyTo]);
  h.push(['Subject', o.subject], ['Date', o.date.rfc], ['Message-ID', messageId(rng, o.domain)]);
  return h;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs as <p>, lines inside a paragraph joined by <br>. */
export function htmlParagraphs(text: string, style = ''): string {
  return text
    .split('\n\n')
    .map((p) => `<p${style ? ` style="${style}"` : ''}>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/** A lead's standard truth pieces for a customer who gives a name, an email and a phone as written. */
export function personPii(c: Person, writtenPhone: string | null, withEmail = true): string[] {
  const out = [fullName(c), c.first];
  if (c.last) out.push(c.last);
  if (withEmail) out.push(c.email);
  if (writtenPhone) out.push(writtenPhone);
  return out;
}

/** The truth of a customer who gives their name, email and phone (`writtenPhone` as the email shows it). */
export function givesAll(
  c: Person,
  writtenPhone: string,
  message: string | null,
  otherPii: string[] = [],
): Omit<LeadCase, 'mail' | 'biz'> {
  return {
    customer: c,
    email: c.email,
    phone: c.phone.e164,
    name: { first: c.first, last: c.last },
    message,
    pii: personPii(c, writtenPhone),
    otherPii,
  };
}

export function staffName(p: Person): string {
  return fullName(p);
}

/** The customer's phone as written, in a style that needs no guessing of the country. */
export function customerPhone(rng: Rng, c: Person, biz: Business): string {
  return writePhone(rng, c.phone, c.phone.region === biz.region);
}
