import { createHmac } from 'node:crypto';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { AnalyticsRecord } from '../../schemas/analytics.js';
import type { Lead } from '../../schemas/lead.js';
import { createLanguageDetector } from './language.js';
import { redactText } from './redact.js';
import { redactGivenNames } from './redact-given-names.js';

/**
 * The anonymise stage: a Lead to the analytics record, which carries no direct identifiers.
 * Email and phone become keyed HMAC-SHA256 pseudonyms (RFC 2104), so analysts can count and join
 * repeat customers without being able to reverse them (a plain hash of an email or phone number is
 * reversible by enumeration; a keyed one is not without the key). Names are dropped. The message is
 * dropped or redacted (./redact.ts) by policy; given names in the campaign's name are redacted
 * (./redact-given-names.ts). Pure and synchronous; runs once per email.
 */

export type MessagePolicy = 'drop' | 'redact';

export interface AnonymiseOptions {
  /** The pseudonymisation key (src/config/hmac-key.ts); at least 32 bytes. */
  hmacKey: Uint8Array;
  messagePolicy: MessagePolicy;
  /** Every other person the email names (extract.ts): redacted like the lead's own. */
  otherNames?: readonly string[];
}

/** Shorter texts give the trigram model too little to go on: "Call me" would come back as anything. */
const LANGUAGE_MIN_LETTERS = 20;
/**
 * Enough text for a confident guess; bounds the detector's cost on long messages. The detector is
 * the most expensive part of this stage (bench: tinyld over all its languages cost ~1 ms per email,
 * franc over this short list ~0.1 ms), so it sees a bounded sample and a short candidate list.
 */
const LANGUAGE_MAX_CHARS = 200;
/**
 * Candidate languages (ISO 639-3 → 639-1): the four the extractor has label dictionaries for, plus
 * the other large Western European ones lead messages arrive in. Each extra language costs time per
 * email; a message in a language outside the list gets the closest candidate or none.
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
};
const languageOf = createLanguageDetector(LANGUAGES, {
  minLetters: LANGUAGE_MIN_LETTERS,
  maxChars: LANGUAGE_MAX_CHARS,
});

export function anonymise(lead: Lead, options: AnonymiseOptions): AnalyticsRecord {
  const { contact, message } = lead;
  const email = contact.email ? contact.email.trim().toLowerCase() : null;
  const phone = contact.phone ? normalisePhone(contact.phone) : null;
  return {
    lead_id: lead.leadId,
    business_id: lead.businessId,
    source: lead.source,
    // The campaign's name is free text from the email: a person's name in it ("Open day with Anna") goes too.
    campaign: lead.campaign === null ? null : redactGivenNames(lead.campaign),
    ad_id: lead.adId,
    email_hash: email ? hmacHex(options.hmacKey, email) : null,
    email_domain: email ? emailDomain(email) : null,
    phone_hash: phone ? hmacHex(options.hmacKey, phone.e164) : null,
    phone_country_code: phone?.callingCode ?? null,
    message_length: message ? codePointLength(message) : 0,
    message_redacted:
      options.messagePolicy === 'redact' && message !== null
        ? redactText(message, {
            email: contact.email,
            names: [contact.firstName, contact.lastName, contact.fullName, ...(options.otherNames ?? [])],
          })
        : null,
    language: message ? detectLanguage(message) : null,
    received_at: lead.receivedAt.getTime(),
    rule_id: lead.extraction.ruleId,
    confidence: lead.extraction.confidence,
    form_id: lead.formId,
    campaign_id: lead.campaignId,
  };
}

function hmacHex(key: Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at === -1 || at === email.length - 1 ? null : email.slice(at + 1);
}

/**
 * The extract stage already writes E.164 where the number parses. Anything else is hashed by its
 * digits (with a leading + kept), so "+1 (415) 555-0123" and "+14155550123" get one pseudonym.
 */
function normalisePhone(raw: string): { e164: string; callingCode: string | null } | null {
  const callingCode = E164.test(raw) ? callingCodeOf(raw) : null;
  if (callingCode) return { e164: raw, callingCode };
  const parsed = parsePhoneNumberFromString(raw);
  if (parsed) return { e164: parsed.number, callingCode: parsed.countryCallingCode };
  const digits = raw.replace(/\D/g, '');
  if (digits.length === 0) return null;
  return { e164: raw.trimStart().startsWith('+') ? `+${digits}` : digits, callingCode: null };
}

const E164 = /^\+[1-9]\d{6,14}$/;
const CALLING_CODES = new Set<string>(getCountries().map((c) => getCountryCallingCode(c)));

/**
 * The country calling code of an E.164 number, read off its first digits: ITU calling codes are
 * prefix-free, so at most one of the first one, two or three digits is a code. Parsing the number
 * again (~20 µs per lead) would only find the same prefix. Null for a code no country uses (the
 * international freephone 800, …), which parsing then decides.
 */
function callingCodeOf(e164: string): string | null {
  for (let digits = 1; digits <= 3; digits++) {
    const code = e164.slice(1, 1 + digits);
    if (CALLING_CODES.has(code)) return code;
  }
  return null;
}

/** Length in Unicode code points, the unit Athena's length() counts, not UTF-16 units. */
function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** ISO 639-1 code of the message, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  return languageOf(text);
}
