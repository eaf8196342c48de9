/**
 * What the customer's message itself says about who wrote it, for triage. A form notification
 * from a known form system proves the form was used, not that a customer used it: much of what
 * contact forms deliver is SEO, web-design and lead-list pitches, loan, crypto and casino spam,
 * fake copyright claims. These signals read the message field (the body when there are no
 * fields) and the fields around it. Pure and bounded (text-model.ts reads at most
 * MAX_TEXT_MODEL_CHARS; patterns are fixed, linear, on that slice).
 */
import type { ParsedEmail } from './parse.js';
import { pitchTextScore } from './pitch-text.js';
import { MAX_TEXT_MODEL_CHARS } from './text-model.js';
import type { TriageSignals } from './triage-signals.js';

/** What extraction found that these signals read (a subset of triage's ExtractionEvidence). */
export interface ExtractedFields {
  /** The customer's message, null when none was found. */
  message: string | null;
  customerEmail: string | null;
  /** A website field's value. */
  website: string | null;
  /** The customer's email is the sender's (From or Reply-To). */
  contactFromHeader: boolean;
}

export interface FormContentSignals {
  /** 0..1: the message reads as a seller's pitch or spam (the pitch-text model). */
  pitchText: number;
  /** Links in the message itself (a customer rarely sends one; a spammer nearly always does). */
  messageUrls: number;
  /** A website field whose domain is not the customer's email domain: the sender's own site. */
  websiteMismatch: boolean;
  /** A price offered in the sender's voice: "for only $499", "ab 199 € im Monat", "desde 99 €". */
  sellerPrice: boolean;
  /** An opt-out line in the message: nobody asks a business to unsubscribe them from their own form. */
  messageOptOut: boolean;
  /**
   * The sender writes from one of the business's own domains, not forwarding anything, and is
   * themselves the only contact found: a colleague's internal note, not a customer.
   */
  internalSender: boolean;
}

const MESSAGE_URL =
  /\bhttps?:\/\/[^\s<>"')]{1,2048}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,}|\b[a-z0-9-]{2,63}\.(?:com|net|org|io|co|biz|info|xyz|online|site|agency|example)\/\S/gi;
/** Letter lookarounds, not `\b` (ASCII-only): "à partir de 490 €". */
const SELLER_PRICE =
  /(?<![\p{L}\p{N}])(?:for (?:only|just|as little as|as low as)|starting (?:at|from)|from (?:only|just)|only|just|nur|schon ab|ab|bereits ab|pour seulement|seulement|à partir de|dès|desde|por solo|solo|sólo)\s(?:[$€£]\s?\d|\d[\d.,]*\s?(?:€|\$|£|eur(?![\p{L}\p{N}])|usd(?![\p{L}\p{N}])|euros?(?![\p{L}\p{N}])|dollars?(?![\p{L}\p{N}])))|(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur|usd))\s?(?:\/|per |pro |par |al |a la |la )\s?(?:month|mo|hour|hr|link|post|review|monat|stunde|link|mois|heure|lien|avis|mes|hora|enlace|reseña)(?![\p{L}\p{N}])/iu;
const OPT_OUT =
  /\b(?:unsubscribe|opt[- ]?out|reply (?:with )?["'“]?(?:stop|remove|unsubscribe)|(?:no longer|don't|do not) (?:wish|want) to (?:receive|hear)|(?:take|remove) me (?:off|from) (?:your|the) (?:mailing |email |e-mail )?(?:list|newsletter)|abmelden|austragen|(?:aus|von) (?:dem|ihrem|eurem) (?:e-mail-)?verteiler|vom (?:e-mail-)?verteiler|stopp|désinscri\w*|désabonn\w*|ne plus recevoir|(?:retirez-moi|me retirer) de (?:votre|la) liste|répondez « ?stop|darse de baja|dadme de baja|denme de baja|(?:quitadme|quítenme|quitarme|sacadme|sáquenme) de (?:la|su|vuestra) lista|no (?:quiero|deseo) recibir|responda «? ?baja)\b/i;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function baseDomain(domain: string): string {
  return domain.split('.').slice(-2).join('.');
}

/** The host of a website field's value ("https://www.acme.example/x" → acme.example), or null. */
function websiteDomain(value: string): string | null {
  const m = /^\s*(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]{1,253}\.[a-z]{2,})/i.exec(value);
  return m?.[1] ? baseDomain(m[1].toLowerCase()) : null;
}

/**
 * The message is read as extraction found it, else the email's plain text. `ownDomains` as for
 * triageSignals.
 */
export function formContentSignals(
  email: ParsedEmail,
  ev: ExtractedFields,
  s: TriageSignals,
  ownDomains: ReadonlySet<string>,
): FormContentSignals {
  const text = (ev.message?.trim() ? ev.message : email.text).slice(0, MAX_TEXT_MODEL_CHARS);
  const site = ev.website ? websiteDomain(ev.website) : null;
  const from = email.from ? domainOf(email.from.address) : null;
  MESSAGE_URL.lastIndex = 0;
  return {
    pitchText: pitchTextScore(text),
    messageUrls: ev.message ? (ev.message.slice(0, MAX_TEXT_MODEL_CHARS).match(MESSAGE_URL) ?? []).length : 0,
    websiteMismatch:
      site !== null && (ev.customerEmail === null || baseDomain(domainOf(ev.customerEmail)) !== site),
    sellerPrice: SELLER_PRICE.test(text),
    messageOptOut: ev.message !== null && OPT_OUT.test(ev.message.slice(0, MAX_TEXT_MODEL_CHARS)),
    internalSender:
      from !== null &&
      (ownDomains.has(from) || ownDomains.has(baseDomain(from))) &&
      !s.forwarded &&
      ev.contactFromHeader &&
      // The quoted customer of an employee's reply comes from a header too, not the sender's own.
      ev.customerEmail !== null &&
      email.from !== null &&
      ev.customerEmail.toLowerCase() === email.from.address.toLowerCase() &&
      s.formLabelKinds <= 1,
  };
}
