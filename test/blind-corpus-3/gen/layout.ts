/** What a layout receives and returns; helpers shared by the layouts. */
import type { Expected } from '../../blind-corpus/gen/model.js';
import type { Address, Attachment } from './mime.js';
import type { Rng } from './rng.js';
import type { Business, Kind, Lang, Person, StaffMember } from './world.js';

export type Body = 'plain' | 'html' | 'alt';

export interface Draft {
  from: Address;
  to?: Address[];
  cc?: Address[];
  replyTo?: Address;
  subject: string;
  headers?: [string, string][];
  text?: string;
  html?: string;
  calendar?: string;
  attachments?: Attachment[];
  report?: { human: string; status: string; original: string };
}

export interface LeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: StaffMember;
  /** A second staff member or third party (forwarder, agent, opposing party). */
  other: StaffMember;
  /** The customer's own words, or null when they wrote none. */
  message: string | null;
  /** The phone as the customer wrote it, or null. */
  phone: string | null;
  hasEmail: boolean;
  n: number;
}

export interface LeadResult {
  draft: Draft;
  expected?: Partial<Expected>;
  /** Staff and third-party names printed in the email. */
  others: string[];
  /** Extra PII strings as written (e.g. the name in capitals). */
  pii?: string[];
}

export interface LeadLayout {
  id: string;
  description: string;
  count: number;
  kinds?: Kind[];
  /** The form makes the email mandatory (or it is the sender address). */
  needsEmail?: boolean;
  /** The layout has no email at all (calls). */
  noEmail?: boolean;
  /** The layout always carries a phone. */
  needsPhone?: boolean;
  /** The layout's message is a single block (personal emails add greeting and sign-off). */
  oneBlockMessage?: boolean;
  /** Share of leads without a message. */
  noMessageShare?: number;
  build(ctx: LeadCtx): LeadResult;
}

export interface NonLeadCtx {
  rng: Rng;
  lang: Lang;
  biz: Business;
  person: Person;
  staff: StaffMember;
  n: number;
}

export interface NonLeadLayout {
  id: string;
  reason: string;
  description: string;
  count: number;
  build(ctx: NonLeadCtx): Draft;
}

/** Picks the phrase for the email's language. */
export function tr(lang: Lang, en: string, de: string, fr: string, es: string): string {
  return { en, de, fr, es }[lang];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Message text as HTML: paragraphs as <p>, single line breaks as <br>. */
export function htmlParagraphs(s: string): string {
  return s
    .split(/\n\n+/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

export function htmlLines(s: string): string {
  return esc(s).replace(/\n/g, '<br>\n');
}

/** A plain value or the dash some forms print for empty fields. */
export const orDash = (v: string | null, dash = '-') => v ?? dash;

export function wrapHtml(inner: string, title = ''): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>\n`;
}
