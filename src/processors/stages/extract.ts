/**
 * Extract stage: picks the source profile, runs the generic extractors it needs (cheapest and most
 * specific first, stopping once the contact is complete), and applies the header fallbacks.
 * Never takes the business's own details: the inbound address, a forwarder, the form system's
 * sender, ADF vendor/provider blocks and footers/signatures are excluded.
 */

import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import type { Pattern } from '../../config/pattern.js';
import type { LeadstreamConfig, SourceProfile } from '../../config/schema.js';
import { attachmentPairs } from './attachments.js';
import { containsAdf, extractAdf } from './extractors/adf.js';
import { CONSENT_LABEL, SALUTATION_LINE, stripTrailingSignature } from './extractors/boilerplate.js';
import { contactBlockAround } from './extractors/contact-block.js';
import { renderHtml } from './extractors/html.js';
import { extractJson, looksLikeJson } from './extractors/json.js';
import { type LabeledPair, MAX_SCAN_CHARS, VALUE_END } from './extractors/label-value.js';
import { createLabelDictionary, type LabelDictionary, type LabelLanguage } from './extractors/labels.js';
import { findEmails, normaliseEmail } from './normalise.js';
import type { Address, ParsedEmail } from './parse.js';
import { readFields } from './read-fields.js';
import { splitReply, type Unwrapped, unwrapForwarded } from './segment.js';

export interface ExtractedFields {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  campaign: string | null;
  adId: string | null;
  formId: string | null;
  campaignId: string | null;
  /** The platform's own id for the lead ("Lead ID"); never the ad id. */
  platformLeadId: string | null;
  /** Raw value of an explicit country field, or null. */
  country: string | null;
  /** ISO region a phone label names ("Tel. (DE)", "Phone +49"), or null. */
  phoneLabelRegion: string | null;
}

export type ContactOrigin = 'labels' | 'adf' | 'json' | 'reply-to' | 'from' | 'body-scan' | null;

export interface Extracted {
  profile: SourceProfile;
  specificProfile: boolean;
  fields: ExtractedFields;
  attributes: Record<string, string>;
  emailOrigin: ContactOrigin;
  phoneOrigin: ContactOrigin;
  /** Most frequent label language, a hint for reading national phone numbers. */
  language: LabelLanguage | null;
  forwarded: boolean;
  /** 'last-first' when the label or the value's layout says the name is written "Last, First". */
  nameOrder: 'last-first' | null;
  warnings: string[];
}

/** Bytes of raw HTML in which profile body markers are looked for. */
const MAX_MARKER_HTML_CHARS = 32 * 1024;
const MAX_ATTRIBUTES = 30;
const MAX_ATTRIBUTE_CHARS = 500;

/** Senders that are machines (form systems, platforms): never the customer. */
const SYSTEM_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer(?:-daemon)?|postmaster|bounces?|wordpress|forms?|formulario|formulaire|formular|system|webmaster|automated|automailer|robot|updates?|leads?|lead-alerts?|newsletters?|news|ads-noreply|jotform|typeform|hubspot|wix|messages?|reply|relay|webhooks?|hooks?|bot|daemon|zapier|integrations?|crm|mensajes|avisos|alertas|nachrichten|benachrichtigungs?|alertes|contacto-web)(?:[+._-].*)?@/i;
/** Role mailboxes: fine as a Reply-To, but a body scan should not pick them. */
const ROLE_LOCAL =
  /^(?:info|support|hello|contact|kontakt|sales|team|service|office|admin|marketing|help|hola|bonjour)@/i;
const PLATFORM_DOMAIN =
  /@(?:[\w-]+\.)*(?:facebookmail\.com|facebook\.com|fb\.com|meta\.com|google\.com|googlemail\.com|linkedin\.com|hubspot\.com|hs-inbox\.com|wpforms\.com|typeform\.com|jotform\.com|formspree\.io|wix\.com|wixforms\.com|squarespace\.com|webflow\.com|mailchimp\.com|sendgrid\.net|amazonses\.com)$/i;
/** Display names of machines ("Website via WPForms", "Facebook Leads Team"). */
const SYSTEM_NAME =
  /\b(?:team|notifications?|no-?reply|website|webseite|site web|sitio web|form(?:s|ular|ulaire|ulario)?|facebook|meta|google|linkedin|wordpress|leads?|alerts?|system|mailer|automat\w*|support|service)\b/i;

/** The main region of a calling code ("49" → "DE"; "1" → "US"). */
let callingCodeRegions: Map<string, string> | null = null;
function regionOfCallingCode(code: string): string | undefined {
  if (!callingCodeRegions) {
    callingCodeRegions = new Map();
    for (const c of getCountries()) {
      const cc = getCountryCallingCode(c);
      if (!callingCodeRegions.has(cc) || MAIN_REGION.has(c)) callingCodeRegions.set(cc, c);
    }
  }
  return callingCodeRegions.get(code);
}
const MAIN_REGION = new Set(['US', 'GB', 'RU', 'IT', 'FI', 'NO', 'MA', 'AU']);

const TLD_REGION: Record<string, string> = { uk: 'GB' };
const LANGUAGE_REGION: Partial<Record<LabelLanguage, string>> = { de: 'DE', fr: 'FR', es: 'ES' };

interface CompiledProfile {
  profile: SourceProfile;
  dict: LabelDictionary;
  specific: boolean;
}

export interface Extractor {
  /**
   * `forwardedBy`: the address that forwarded `email` as an attachment (the business); it and
   * `businessAddresses` are never the customer.
   */
  extract(
    email: ParsedEmail,
    businessAddresses: ReadonlySet<string>,
    forwardedBy?: string | null,
  ): Extracted | null;
}

export function createExtractor(config: LeadstreamConfig): Extractor {
  const base = createLabelDictionary();
  const profiles: CompiledProfile[] = config.profiles.map((profile) => ({
    profile,
    dict:
      Object.keys(profile.extract.labels).length > 0 ? createLabelDictionary(profile.extract.labels) : base,
    specific: hasConditions(profile),
  }));
  const isLabel = (t: string) => base.isKnownLabel(t.replace(/[:：*]\s*$/, '').trim());
  const isFieldLabel = (t: string) => base.lookup(t.replace(/[:：*]\s*$/, '').trim()) !== null;

  return {
    extract(email, businessAddresses, forwardedBy = null) {
      const warnings: string[] = [];
      let htmlText: string | null = null;
      const getHtmlText = () => {
        htmlText ??= email.html ? renderHtml(fromBody(email.html), isLabel, isFieldLabel) : '';
        return htmlText;
      };
      const textPart = email.text.trim();
      // An HTML-only email, or a text part that is only a "view this in HTML" stub.
      const useHtml = !textPart || (textPart.length < 200 && email.html.length > textPart.length * 4);
      const bodyText = normaliseText(useHtml ? getHtmlText() : email.text);
      const fw = unwrapForwarded(bodyText) ?? quotedCustomer(bodyText, base);
      const body = fw ? fw.body : bodyText;
      const excluded = new Set(businessAddresses);
      // The forwarder, or the employee replying above a quoted enquiry, is the business.
      if (fw && email.from) excluded.add(email.from.address);
      if (forwardedBy) excluded.add(forwardedBy);
      const isForward = fw !== null || forwardedBy !== null;
      const innerFrom = fw ? parseAddress(fw.headers.from) : email.from;
      const innerReplyTo = fw
        ? [parseAddress(fw.headers.replyTo)].filter((a): a is Address => a !== null)
        : email.replyTo;
      const subject = fw?.headers.subject ?? email.subject;

      const compiled = matchProfile(profiles, email, innerFrom, subject, body);
      if (!compiled) return null;
      const { profile, dict } = compiled;

      const acc = newAccumulator();
      let format: ContactOrigin = null;
      const adfSource =
        email.xml && containsAdf(email.xml)
          ? email.xml
          : containsAdf(body)
            ? body
            : email.html && htmlMayHoldAdf(email.html) && containsAdf(getHtmlText())
              ? getHtmlText()
              : null;
      if (adfSource) {
        const adf = extractAdf(adfSource);
        if (adf) {
          format = 'adf';
          acc.fullName = adf.fullName;
          acc.firstName = adf.firstName;
          acc.lastName = adf.lastName;
          acc.email = adf.email;
          acc.phone = adf.phone;
          acc.message = adf.message;
          Object.assign(acc.attributes, adf.attributes);
        } else warnings.push('adf_unparseable');
      }
      let scanBody = body;
      if (!format) {
        const jsonPairs = looksLikeJson(body) ? extractJson(body, dict) : null;
        if (jsonPairs) {
          format = 'json';
          assignPairs(acc, jsonPairs);
        } else {
          const lv = readFields(body, dict);
          scanBody = lv.body;
          assignPairs(acc, lv.pairs);
          if (lv.pairs.length > 0) format = 'labels';
          const embedded = !acc.email && !acc.phone ? embeddedJson(body) : null;
          const embeddedPairs = embedded ? extractJson(embedded, dict) : null;
          if (embeddedPairs && embeddedPairs.length > 0) {
            format = 'json';
            fillMissing(acc, embeddedPairs);
          }
          if (!acc.message) acc.message = longestProse(lv.freeBlocks);
          // The text part of multipart mail is often a lossy rendering of the HTML one: fill gaps.
          if (!isComplete(acc) && !useHtml && email.html) {
            const htmlBody = normaliseText(getHtmlText());
            const hfw = unwrapForwarded(htmlBody);
            const hv = readFields(hfw ? hfw.body : htmlBody, dict);
            const before = acc.email || acc.phone;
            fillMissing(acc, hv.pairs);
            if (!format && hv.pairs.length > 0) format = 'labels';
            if (!before && (acc.email || acc.phone) && !format) format = 'labels';
          }
        }
      }

      // A lead sent as a file (CSV export, vCard, text): it wins over addresses the body merely mentions.
      if (!acc.email && !acc.phone && email.attachments.length > 0) {
        const filePairs = attachmentPairs(email.attachments, dict);
        if (filePairs.length > 0) {
          const mentioned = acc.emailCandidates;
          acc.emailCandidates = [];
          fillMissing(acc, filePairs);
          acc.emailCandidates.push(...mentioned);
          if (acc.email || acc.phone) format ??= 'labels';
        }
      }

      // The email must not be the business's or a machine's address: take the first candidate that
      // is neither (the labelled field first, then addresses under other labels).
      let email0: string | null = null;
      if (acc.email && !normaliseEmail(acc.email)) warnings.push('email_invalid');
      for (const candidate of [acc.email, ...acc.emailCandidates]) {
        const e = normaliseEmail(candidate);
        if (!e) continue;
        if (excluded.has(e) || SYSTEM_LOCAL.test(e) || PLATFORM_DOMAIN.test(e)) {
          if (candidate === acc.email) warnings.push('email_is_business_address');
          continue;
        }
        email0 = e;
        break;
      }
      if (email0 && !acc.fullName && !acc.firstName && !acc.lastName) {
        const sender = acc.namedSenders.find(([a]) => normaliseEmail(a) === email0);
        if (sender) acc.fullName = displayName(sender[1]);
      }
      let emailOrigin: ContactOrigin = email0 ? (format ?? 'labels') : null;
      let phoneOrigin: ContactOrigin = acc.phone ? (format ?? 'labels') : null;

      const fallbackOk = (a: Address | null | undefined, allowRole: boolean): a is Address =>
        !!a &&
        !excluded.has(a.address) &&
        !SYSTEM_LOCAL.test(a.address) &&
        !PLATFORM_DOMAIN.test(a.address) &&
        (allowRole || !ROLE_LOCAL.test(a.address));
      let nameFromHeader: string | null = null;
      const replyTo = innerReplyTo.find((a) => fallbackOk(a, true));
      if (!email0 && replyTo) {
        email0 = replyTo.address;
        emailOrigin = 'reply-to';
        nameFromHeader = replyTo.name;
      } else if (email0 && replyTo && replyTo.address === email0) {
        nameFromHeader = replyTo.name;
      }
      // In a forward or reply with no form fields, a personal inner sender wrote to the business:
      // that person is the customer, whatever profile the subject matched.
      const personalInner = isForward && format === null && fallbackOk(innerFrom, false);
      const senderMayBeCustomer =
        !profile.extract.senderIsSystem || (isForward && !compiled.specific) || personalInner;
      if (!email0 && senderMayBeCustomer && fallbackOk(innerFrom, true)) {
        email0 = innerFrom.address;
        emailOrigin = 'from';
        nameFromHeader = innerFrom.name;
      } else if (email0 && innerFrom && innerFrom.address === email0 && !nameFromHeader) {
        nameFromHeader = innerFrom.name;
      }
      if (!email0 && format !== 'adf' && format !== 'json') {
        const candidate = findEmails(scanBody.slice(0, MAX_SCAN_CHARS)).find(
          (e) => !excluded.has(e) && !SYSTEM_LOCAL.test(e) && !PLATFORM_DOMAIN.test(e) && !ROLE_LOCAL.test(e),
        );
        if (candidate) {
          email0 = candidate;
          emailOrigin = 'body-scan';
          warnings.push('email_from_body_scan');
          const block = contactBlockAround(scanBody.slice(0, MAX_SCAN_CHARS), candidate);
          if (!acc.phone && block.phone) {
            acc.phone = block.phone;
            phoneOrigin = 'body-scan';
          }
          if (!acc.fullName && !acc.firstName && !acc.lastName && block.fullName)
            acc.fullName = block.fullName;
        }
      }
      if (!acc.fullName && !acc.firstName && !acc.lastName && nameFromHeader) {
        const n = displayName(nameFromHeader);
        if (n) acc.fullName = n;
      }

      // A direct enquiry (no form fields): the body is the customer's message.
      if (
        !acc.message &&
        (!compiled.specific || personalInner) &&
        format === null &&
        (emailOrigin === 'from' || emailOrigin === 'reply-to')
      ) {
        acc.message = freeTextMessage(scanBody);
        // A personal email gives its number in a sentence ("Sie erreichen mich unter 0176 …").
        if (!acc.phone && acc.message) {
          acc.phone = phoneInProse(acc.message);
          if (acc.phone) phoneOrigin = 'body-scan';
        }
      }
      if (acc.message) {
        const names = [acc.fullName, acc.firstName, acc.lastName].filter((n): n is string => !!n);
        acc.message = stripTrailingSignature(acc.message, names);
      }

      const { campaign: campaignRe, adId: adIdRe } = profile.extract;
      if (!acc.campaign && campaignRe)
        acc.campaign = firstGroup(campaignRe, subject) ?? firstGroup(campaignRe, body);
      if (!acc.adId && adIdRe) acc.adId = firstGroup(adIdRe, subject) ?? firstGroup(adIdRe, body);

      const language = topLanguage(acc.langs) ?? guessLanguage(body);
      return {
        profile,
        specificProfile: compiled.specific,
        fields: {
          fullName: acc.fullName,
          firstName: acc.firstName,
          lastName: acc.lastName,
          email: email0,
          phone: acc.phone,
          message: acc.message,
          campaign: acc.campaign,
          adId: acc.adId,
          formId: acc.formId,
          campaignId: acc.campaignId,
          platformLeadId: acc.platformLeadId,
          country: acc.country,
          phoneLabelRegion: acc.phoneLabelRegion,
        },
        attributes: acc.attributes,
        emailOrigin,
        phoneOrigin,
        language,
        forwarded: isForward,
        nameOrder: acc.nameOrder,
        warnings,
      };
    },
  };
}

/**
 * A reply (an employee's note above the quoted enquiry): the customer is in the quoted part. Taken
 * when the quote holds a labelled email or phone and the note above it holds no labelled email.
 */
function quotedCustomer(text: string, dict: LabelDictionary): Unwrapped | null {
  const reply = splitReply(text);
  if (!reply) return null;
  const hasContact = (t: string, targets: readonly string[]) =>
    readFields(t, dict).pairs.some((p) => p.hit !== null && targets.includes(p.hit.target));
  if (hasContact(reply.authored, ['email']) || !hasContact(reply.quoted, ['email', 'phone'])) return null;
  return {
    headers: { from: reply.quotedFrom, replyTo: null, subject: null, to: null },
    body: reply.quoted,
    preamble: reply.authored,
  };
}

/** Regions to read a national phone number in: the business's, then hints from the lead. */
export function phoneRegions(
  primary: string,
  language: LabelLanguage | null,
  email: string | null,
): string[] {
  const out = [primary];
  const fromLang = language ? LANGUAGE_REGION[language] : undefined;
  if (fromLang && !out.includes(fromLang)) out.push(fromLang);
  const tld = email ? /\.([a-z]{2})$/.exec(email)?.[1] : undefined;
  if (tld) {
    const r = TLD_REGION[tld] ?? tld.toUpperCase();
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

function hasConditions(p: SourceProfile): boolean {
  const m = p.match;
  return !!(m.from || m.subject || m.body || Object.keys(m.headers).length > 0);
}

function matchProfile(
  profiles: readonly CompiledProfile[],
  email: ParsedEmail,
  from: Address | null,
  subject: string,
  body: string,
): CompiledProfile | null {
  // `from` patterns see the bare address and the display form, so both `@x\.com$` and `^Facebook` work.
  const fromTexts = [from, email.from]
    .filter((a): a is Address => a !== null)
    .flatMap((a) => [a.address, `${a.name} <${a.address}>`]);
  // Markers live in the body; <head> is mostly CSS, which would only cost scan time.
  const bodyAt = email.html ? email.html.search(/<body[\s>]/i) : -1;
  const from0 = Math.max(bodyAt, 0);
  const html = email.html.slice(from0, from0 + MAX_MARKER_HTML_CHARS);
  const bodyCapped = body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body;
  for (const c of profiles) {
    const m = c.profile.match;
    const results: boolean[] = [];
    if (m.from) {
      const re = m.from;
      results.push(fromTexts.some((t) => re.test(t)));
    }
    if (m.subject) results.push(m.subject.test(subject));
    for (const [name, re] of Object.entries(m.headers))
      results.push(re.test(email.headers.get(name.toLowerCase()) ?? ''));
    if (m.body)
      results.push(
        m.body.test(bodyCapped) || m.body.test(html) || (email.xml !== null && m.body.test(email.xml)),
      );
    if (results.length === 0) return c;
    if (m.mode === 'all' ? results.every(Boolean) : results.some(Boolean)) return c;
  }
  return null;
}

interface Accumulator extends ExtractedFields {
  nameOrder: 'last-first' | null;
  messageExact: boolean;
  /** Addresses under labels that are not "email" ("Contact", "Von"), in order. */
  emailCandidates: string[];
  /** [address, display name] from "Name <address>" values. */
  namedSenders: Array<[string, string]>;
  /** A phone-shaped value under an unknown label, used when no field is labelled as a phone. */
  phoneGuess: string | null;
  /** Prose answers under unknown labels: the message when no field is labelled as one. */
  prose: string[];
  names: string[];
  attributes: Record<string, string>;
  langs: Map<LabelLanguage, number>;
}

function newAccumulator(): Accumulator {
  return {
    fullName: null,
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    message: null,
    campaign: null,
    adId: null,
    formId: null,
    campaignId: null,
    platformLeadId: null,
    country: null,
    phoneLabelRegion: null,
    nameOrder: null,
    messageExact: false,
    emailCandidates: [],
    namedSenders: [],
    phoneGuess: null,
    prose: [],
    names: [],
    attributes: {},
    langs: new Map(),
  };
}

/**
 * Enough to skip rendering the HTML alternative: a contact channel, a name and a message. A phone
 * missing from a text part that has all the rest is rarely in its HTML twin, and rendering HTML is
 * the most expensive step of extraction.
 */
function isComplete(a: Accumulator): boolean {
  return !!((a.email || a.phone) && (a.fullName || a.firstName || a.names.length > 0) && a.message);
}

const NAMED_ADDRESS =
  /^\s*"?([^"<>@\n]{2,80}?)"?\s*<\s*(?:mailto:)?([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})\s*>\s*$/i;
/** Consent and marketing checkboxes: long text, never the customer's message. */
const MIN_PROSE_CHARS = 25;
const TECHNICAL_LABEL = /agent|browser|\bip\b|url|referr|page|source|utm|time|date|datum|fecha|heure|\bid\b/i;

/** An answer written in sentences under a label no dictionary knows ("Tell us about your plans"). */
function isProse(label: string, value: string): boolean {
  if (value.length < MIN_PROSE_CHARS || CONSENT_LABEL.test(label) || CONSENT_LABEL.test(value.slice(0, 80)))
    return false;
  if (TECHNICAL_LABEL.test(label) || /^(?:https?:|www\.|\/\/)|Mozilla\/|@/i.test(value)) return false;
  const words = value.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.?!¿¡]/.test(value));
}

const PHONE_VALUE = /^\+?[\d\s()./-]{7,24}$/;
const NOT_PHONE_LABEL =
  /\b(?:id|ip|addr|address|zip|plz|postal|post|code|codigo|date|datum|fecha|time|zeit|heure|hora|order|bestell\w*|ref|kunden\w*|customer|cliente|client|nr|no|budget|preis|price|prix|precio|year|jahr|ano|annee|amount|betrag|importe|montant|siret|vat|ust|iban|account|konto)\b/i;
/** Dates ("4.12.2026") and IPv4 addresses are phone-shaped; they are not phones. */
const DATE_OR_IP = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$|^\s*\d{1,3}(?:\.\d{1,3}){3}\s*$/;
const ONE_EMAIL = /^\s*<?(?:mailto:)?[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}>?\s*$/i;
const PHONEISH = /^[\s+()\d./-]{6,25}$/;
const ATTRIBUTE_FIELDS = { company: 'company', jobTitle: 'job_title', formName: 'form_name' } as const;

function assignPairs(acc: Accumulator, pairs: readonly LabeledPair[]): void {
  for (const { label, value, hit } of pairs) {
    if (hit?.lang) acc.langs.set(hit.lang, (acc.langs.get(hit.lang) ?? 0) + 1);
    const target = hit?.target ?? null;
    const v = value.trim();
    if (!v) continue;
    if (target === null || target === 'name' || target === 'email' || target === 'fullName') {
      if (ONE_EMAIL.test(v)) {
        if (target === 'email') acc.email ??= v;
        else acc.emailCandidates.push(v);
        continue;
      }
      // "Von: Jane Doe <jane@example.com>": a sender field carries both name and address.
      const named = NAMED_ADDRESS.exec(v);
      if (named) {
        acc.emailCandidates.push(named[2] ?? '');
        acc.namedSenders.push([named[2] ?? '', named[1] ?? '']);
        continue;
      }
    }
    if (target === null && isProse(label, v)) acc.prose.push(v);
    switch (target) {
      case null:
        // A phone number under a label no dictionary knows ("Rückrufnummer", "How can we reach you?").
        if (
          !acc.phone &&
          !acc.phoneGuess &&
          PHONE_VALUE.test(v) &&
          !DATE_OR_IP.test(v) &&
          !NOT_PHONE_LABEL.test(labelWordsOf(label))
        ) {
          const digits = v.replace(/\D/g, '').length;
          if (digits >= 7 && digits <= 15) acc.phoneGuess = v;
        }
        setAttribute(acc, slug(label), v);
        break;
      case 'email':
        if (!acc.email && /@/.test(v)) acc.email = v;
        break;
      case 'phone':
        if (!acc.phone && (v.match(/\d/g)?.length ?? 0) >= 5) {
          acc.phone = firstLine(v);
          acc.phoneLabelRegion = labelRegion(label);
        }
        break;
      case 'country':
      case 'attr:country':
        acc.country ??= firstLine(v);
        setAttribute(acc, 'country', firstLine(v));
        break;
      case 'name':
      case 'fullName':
        if (LAST_FIRST_LABEL.test(labelWordsOf(label)) || LAST_FIRST_VALUE.test(firstLine(v))) {
          if (!acc.fullName && !PHONEISH.test(v)) {
            acc.fullName = firstLine(v);
            acc.nameOrder = 'last-first';
          }
        } else if (target === 'name') {
          if (acc.names.length < 4) acc.names.push(firstLine(v));
        } else if (!acc.fullName && !PHONEISH.test(v)) acc.fullName = firstLine(v);
        break;
      case 'firstName':
      case 'lastName':
        if (!acc[target] && !PHONEISH.test(v)) acc[target] = firstLine(v);
        break;
      case 'message':
        // The first dictionary-labelled message wins over keyword guesses ("Comment nous avez-vous
        // connu ?" is a question, not the comments field).
        if (!acc.message || (hit?.exact && !acc.messageExact)) {
          acc.message = v;
          acc.messageExact = hit?.exact ?? false;
        }
        break;
      case 'campaign':
      case 'adId':
      case 'formId':
      case 'campaignId':
      case 'platformLeadId':
        if (!acc[target]) acc[target] = firstLine(v);
        break;
      case 'company':
      case 'jobTitle':
      case 'formName':
        setAttribute(acc, ATTRIBUTE_FIELDS[target], firstLine(v));
        break;
      default:
        setAttribute(acc, target.slice(5), v);
    }
  }
  resolveNames(acc);
  if (!acc.phone && acc.phoneGuess) acc.phone = acc.phoneGuess;
  if (!acc.message && acc.prose.length > 0) {
    acc.message = acc.prose.reduce((a, b) => (b.length > a.length ? b : a));
  }
}

/** The HTML from <body> on: the <head> holds styles and titles, never fields, only parse cost. */
function fromBody(html: string): string {
  const at = html.search(/<body[\s>]/i);
  return at > 0 ? html.slice(at) : html;
}

/**
 * Whether the rendered text of `html` can contain an escaped ADF document (`&lt;adf&gt;…`; a raw
 * `<adf>` is markup and renders as its text only). Rendering is the most expensive step of
 * extraction and most HTML parts are never rendered otherwise, so the ADF check must not render
 * them just to look. The letters of "adf" reach the text either as written or as numeric
 * character references; named references never decode to ASCII letters. Letters split by markup
 * (`a<b></b>df`) are not considered: an escaped XML document is one text run.
 */
function htmlMayHoldAdf(html: string): boolean {
  return ADF_LETTERS.test(html) || LETTER_REFERENCE.test(html);
}
const ADF_LETTERS = /adf/i;
const LETTER_REFERENCE = /&#(?:0*(?:65|68|70|97|100|102)(?!\d)|x0*(?:41|44|46|61|64|66)(?![\da-f]))/i;

/** A JSON document after some text (a relay's intro line, a forward header). */
function embeddedJson(text: string): string | null {
  const start = text.search(/^[ \t]*[{[]/m);
  if (start < 0 || start > MAX_SCAN_CHARS) return null;
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  return end > start ? text.slice(start, end + 1) : null;
}

/** The longest unlabelled paragraph written in sentences: the answer to an unlabelled question. */
function longestProse(blocks: readonly string[]): string | null {
  let best: string | null = null;
  for (const block of blocks) {
    const b = withoutPrompt(block);
    if (isProse('', b) && (!best || b.length > best.length)) best = b;
  }
  return best;
}

/** A prompt addressed to the customer ("Please share anything that will help…") before the answer. */
const PROMPT_LINE =
  /^(?:please|kindly|bitte|merci de|veuillez|por favor)\b|\b(?:share|tell us|let us know|teilen sie|erzählen sie|partagez|dites-nous|comparte|cuéntanos|cuéntenos|indique)\b/i;

function withoutPrompt(block: string): string {
  const nl = block.indexOf('\n');
  if (nl < 0) return block;
  const first = block.slice(0, nl);
  return PROMPT_LINE.test(first) && /[.:?]\s*$/.test(first) ? block.slice(nl + 1) : block;
}

const FILLABLE = [
  'email',
  'phone',
  'message',
  'campaign',
  'adId',
  'formId',
  'campaignId',
  'platformLeadId',
  'country',
] as const;

/** A second rendering of the same email (or an attachment) only fills what the first one lacked. */
function fillMissing(acc: Accumulator, pairs: readonly LabeledPair[]): void {
  const extra = newAccumulator();
  assignPairs(extra, pairs);
  const names = !acc.fullName && !acc.firstName && !acc.lastName && acc.names.length === 0;
  for (const k of FILLABLE) acc[k] ??= extra[k];
  if (acc.phone === extra.phone) acc.phoneLabelRegion ??= extra.phoneLabelRegion;
  acc.emailCandidates.push(...extra.emailCandidates);
  acc.namedSenders.push(...extra.namedSenders);
  if (names) {
    acc.nameOrder = extra.nameOrder;
    acc.fullName = extra.fullName;
    acc.firstName = extra.firstName;
    acc.lastName = extra.lastName;
  }
  for (const [k, v] of Object.entries(extra.attributes)) setAttribute(acc, k, v);
  for (const [k, v] of extra.langs) acc.langs.set(k, (acc.langs.get(k) ?? 0) + v);
}

/**
 * "Name" is the last name beside a first name ("Vorname"/"Prénom"), the first name beside a last
 * name ("Nombre"/"Apellidos"), and the full name otherwise.
 */
function resolveNames(acc: Accumulator): void {
  const n = acc.names[0];
  if (n === undefined) return;
  acc.names.length = 0;
  const lower = n.toLowerCase();
  const f = acc.firstName?.toLowerCase();
  const l = acc.lastName?.toLowerCase();
  if (acc.fullName) return;
  if (f && !l && !lower.includes(f)) acc.lastName = n;
  else if (l && !f && !lower.includes(l)) acc.firstName = n;
  else if ((!f || lower.includes(f)) && (!l || lower.includes(l))) acc.fullName = n;
}

/** "Name (Last, First)", "Nachname, Vorname", "Nom, prénom", "Apellidos, nombre". */
const LAST_FIRST_LABEL =
  /\b(?:last(?: name)?|surname|family name|nachname|familienname|nom(?: de famille)?|apellidos?) ?,? (?:first(?: name)?|given name|vorname|prenom|nombre)\b/;
/** "GARCIA, MARIA", "Müller, Hans": a family name, a comma, given names. */
const LAST_FIRST_VALUE = /^\p{L}[\p{L}\p{M}'’ -]{1,40},\s*\p{L}[\p{L}\p{M}'’. -]{1,40}$/u;
/** "Tel. (DE)", "Phone [FR]", "Mobile +49": the region a phone label names. */
const LABEL_REGION = /[([]\s*([A-Z]{2})\s*[)\]]/;
const LABEL_CALLING_CODE = /\+\s?(\d{1,3})\b/;

function labelRegion(label: string): string | null {
  const iso = LABEL_REGION.exec(label)?.[1];
  if (iso) return iso;
  const cc = LABEL_CALLING_CODE.exec(label)?.[1];
  return cc ? (regionOfCallingCode(cc) ?? null) : null;
}

function setAttribute(acc: Accumulator, key: string, value: string): void {
  if (!key || key in acc.attributes || Object.keys(acc.attributes).length >= MAX_ATTRIBUTES) return;
  acc.attributes[key] = value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value;
}

function labelWordsOf(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

function firstLine(v: string): string {
  const i = v.indexOf('\n');
  return (i < 0 ? v : v.slice(0, i)).trim();
}

function firstGroup(re: Pattern, text: string): string | null {
  return re.firstGroup(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
}

const STOPWORDS: ReadonlyArray<readonly [LabelLanguage, RegExp]> = [
  ['de', /\b(?:und|ich|sie|der|die|das|nicht|ist|mit|für|wir|ihre?)\b/gi],
  ['fr', /\b(?:le|la|les|des|vous|est|pour|avec|nous|votre|je|une)\b/gi],
  ['es', /\b(?:el|los|las|que|por|usted|está|para|con|una|nos|su)\b/gi],
  ['en', /\b(?:the|and|you|your|is|for|with|we|would|this)\b/gi],
];
/** Text sampled for the stopword language guess. */
const LANGUAGE_SAMPLE_CHARS = 2_000;

/**
 * Language of the notification by stopword counts, when no label said it: a hint for reading a
 * national phone number ("06 12 34 56 78" on a French form), never stored.
 */
function guessLanguage(text: string): LabelLanguage | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  let best: LabelLanguage | null = null;
  let bestCount = 2; // at least three hits
  for (const [lang, re] of STOPWORDS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

function topLanguage(langs: Map<LabelLanguage, number>): LabelLanguage | null {
  let best: LabelLanguage | null = null;
  let n = 0;
  for (const [lang, count] of langs) {
    if (count > n) {
      best = lang;
      n = count;
    }
  }
  return best;
}

/** Invisible characters and non-breaking spaces that templates sprinkle between label and value. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}

function parseAddress(header: string | null): Address | null {
  if (!header) return null;
  const m = /^\s*"?([^"<]*?)"?\s*[<[]\s*(?:mailto:)?([^\s<>@]+@[^\s<>\]]+)\s*[>\]]/.exec(header);
  if (m) return { name: (m[1] ?? '').trim(), address: (m[2] ?? '').toLowerCase() };
  const e = normaliseEmail(header);
  return e ? { name: '', address: e } : null;
}

/** "Jane Doe via Website" → "Jane Doe"; machine names → null. */
function displayName(name: string): string | null {
  const n = name
    .replace(/\s+(?:via|über|par|vía|por)\s+.*$/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
  if (!n || n.includes('@') || SYSTEM_NAME.test(n)) return null;
  return n;
}

/** A phone number written in a sentence: 7–15 digits, optionally with +/00 and separators. */
const PROSE_PHONE = /(?<![\w.,/-])(?:\+|00)?\d[\d ()./-]{5,20}\d(?![\w/-]|[.,]\d)/g;

function phoneInProse(text: string): string | null {
  for (const m of text.matchAll(PROSE_PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && !DATE_OR_IP.test(m[0])) return m[0].trim();
  }
  return null;
}

const QUOTE_HEADER =
  /^(?:on .{5,200} wrote:|am .{5,200} schrieb .{1,200}:|le .{5,200} a écrit\s?:|el .{5,200} escribió:)\s*$/im;

/** The customer's own words in a direct email: before any quoted reply and signature. */
function freeTextMessage(body: string): string | null {
  let text = body;
  const q = QUOTE_HEADER.exec(text);
  if (q) text = text.slice(0, q.index);
  const lines = text.split('\n').filter((l) => !/^\s*>/.test(l) && l !== VALUE_END);
  const out = lines.join('\n').trim();
  if (!out) return null;
  // A lone salutation ("Thanks,") is not a message.
  if (SALUTATION_LINE.test(out)) return null;
  return out;
}
