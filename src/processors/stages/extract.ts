/**
 * Extract stage: composes the extraction stages for one email and picks the source profile (a
 * user's YAML profile wins when it matches; profiles are hints: labels, campaign/ad-id patterns,
 * whether the sender is a machine). The stages:
 *   segment.ts (forwards, quoted replies) → read-fields.ts (every key–value structure; ADF, JSON)
 *   → attachments.ts (CSV, vCard, text) → type-fields.ts (label lexicon + value validators)
 *   → resolve-parties.ts (never the business, its staff, the form system or the inbound address)
 *   → message.ts (the customer's own words).
 */
import { type Pattern, type PatternList, patternList } from '../../config/pattern.js';
import type { LeadstreamConfig, SourceProfile } from '../../config/schema.js';
import type { LeadSource } from '../../schemas/lead.js';
import { adPlatformOf, firstBrandIn, platformFormId } from './ad-platform.js';
import { attachmentPairs } from './attachments.js';
import {
  BOOKING_NOTICE,
  bookingAnswers,
  hasCalendarObject,
  MAX_BOOKING_SCAN_CHARS,
  opensWithBookingQuestion,
} from './booking.js';
import { adfIdPairs, containsAdf, extractAdf } from './extractors/adf.js';
import { signedPhone, signOffAt, stripTrailingSignature } from './extractors/boilerplate.js';
import { compactLead } from './extractors/compact-line.js';
import { contactBlockAround, contactBlockUnderHeading, nameBesideEmail } from './extractors/contact-block.js';
import { ownName, readConversation, takeConversation } from './extractors/conversation.js';
import { renderHtml } from './extractors/html.js';
import { idChainPairs } from './extractors/id-chain.js';
import { embeddedXml, extractJson, extractXml, looksLikeJson } from './extractors/json.js';
import { type LabeledPair, MAX_SCAN_CHARS } from './extractors/label-value.js';
import {
  CONTACT_TARGETS,
  createLabelDictionary,
  type LabelDictionary,
  type LabelLanguage,
} from './extractors/labels.js';
import { isPlaceholder } from './extractors/placeholder.js';
import {
  ownAddressInMessage,
  ownPhoneInMessage,
  sentenceLead,
  statedPhone,
} from './extractors/sentence-lead.js';
import { statedIdPairs } from './extractors/stated-ids.js';
import { summaryName } from './extractors/summary-sentence.js';
import { pastedVcard, vcardPairs } from './extractors/vcard.js';
import { inCustomerVoice } from './extractors/voice.js';
import { createLanguageDetector } from './language.js';
import {
  freeTextMessage,
  letterBelowFields,
  personalText,
  promptedAnswer,
  relayedMessage,
  signedBySender,
  trailingMessage,
  unlabelledMessage,
  withClosingThanks,
  withoutMessageHead,
  writtenBelowFields,
} from './message.js';
import { beforeTrailingLines, withoutFieldsIntro } from './message-edges.js';
import { findEmails, foldAccents, normaliseEmail } from './normalise.js';
import { isPlausibleName } from './normalise-names.js';
import type { Address, ParsedEmail } from './parse.js';
import { platformIdsByShape } from './platform-id-shape.js';
import { readFields } from './read-fields.js';
import { isKnownGivenName } from './redact-given-names.js';
import { completeName, relayedBuyer } from './relay.js';
import {
  answeredPeople,
  businessParty,
  colleaguesDropped,
  displayName,
  domainOf,
  isPlatformReplyTo,
  isSharedDomain,
  machineName,
  PLATFORM_DOMAIN,
  parseAddress,
  ROLE_LOCAL,
  repliedEnquiry,
  replyAboveOwnMessage,
  SYSTEM_LOCAL,
  sameDomain,
  signOffName,
} from './resolve-parties.js';
import { unwrapForwarded } from './segment.js';
import { asksColleagueToReach, quotedCustomerWords } from './staff-note.js';
import {
  assignPairs,
  type ExtractedFields,
  fillMissing,
  isComplete,
  messageIsGuessedChoice,
  messageIsPickedReason,
  newAccumulator,
  phoneInProse,
  phonesInProse,
  takeContact,
} from './type-fields.js';

export type { ExtractedFields } from './type-fields.js';

export type ContactOrigin =
  | 'labels'
  | 'adf'
  | 'json'
  | 'conversation'
  | 'reply-to'
  | 'from'
  | 'body-scan'
  | null;

export interface Extracted {
  profile: SourceProfile;
  /** The profile's source, or the ad platform a generic notification carrying platform ids names. */
  source: LeadSource;
  specificProfile: boolean;
  fields: ExtractedFields;
  attributes: Record<string, string>;
  emailOrigin: ContactOrigin;
  phoneOrigin: ContactOrigin;
  /**
   * The contact came from an attached file (a form's entry as `.txt` or `.csv`, a visitor's vCard)
   * that is not the sender's own card: the body is the sender's cover note, not the customer's.
   */
  leadFromFile: boolean;
  /**
   * Most frequent label language, or the body's language guessed: a hint for reading a national
   * phone number. Worked out on the first call only, as few numbers need it (normalise-phone.ts).
   */
  language: () => LabelLanguage | null;
  forwarded: boolean;
  /** 'last-first' when the label or the value's layout says the name is written "Last, First". */
  nameOrder: 'last-first' | null;
  warnings: string[];
  /**
   * Every other person the email names: the business's people (staff labels and blocks, the
   * forwarder or the employee replying), the other people a form names beside its contact (a
   * guest, the child), each name read under a name label, and the senders' display names. Redacted
   * from analytics wherever the message repeats them, so a wrong pick of the lead leaks no one.
   */
  otherNames: string[];
}

/** Bytes of raw HTML in which profile body markers are looked for. */
const MAX_MARKER_HTML_CHARS = 32 * 1024;

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
  const conditionPatterns = conditionLists(profiles);
  const isLabel = (t: string) => base.isKnownLabel(t.replace(/[:：*]\s*$/, '').trim());
  const isFieldLabel = (t: string) => base.lookup(t.replace(/[:：*]\s*$/, '').trim()) !== null;
  const labelTarget = (t: string) => base.lookup(t.replace(/[:：*]\s*$/, '').trim())?.target ?? null;

  return {
    extract(email, businessAddresses, forwardedBy = null) {
      const warnings: string[] = [];
      let htmlText: string | null = null;
      const getHtmlText = () => {
        htmlText ??= email.html ? renderHtml(fromBody(email.html), isLabel, isFieldLabel, labelTarget) : '';
        return htmlText;
      };
      const textPart = email.text.trim();
      // An HTML-only email, a text part that is only a "view this in HTML" stub, or one that
      // dropped the separators of the HTML's fields (see dropsFieldSeparators).
      const useHtml =
        !textPart ||
        (textPart.length < 200 && email.html.length > textPart.length * 4) ||
        (!!email.html &&
          !SEPARATED_FIELD.test(textPart) &&
          dropsFieldSeparators(textPart, getHtmlText(), labelTarget));
      const excluded = new Set(colleaguesDropped(businessAddresses, email.from?.address ?? null));
      // The customer's reply above the business's own message, quoted as Outlook quotes a forward:
      // only their text is read, never the message (and number) of the business they answer.
      const recipientsParty = businessParty(new Set(excluded));
      const ownText = (text: string) => {
        const unwrapped = unwrapForwarded(text);
        const reply = unwrapped
          ? replyAboveOwnMessage(unwrapped, email.from, email.subject, recipientsParty)
          : null;
        return reply === null ? { text, forward: unwrapped } : { text: reply, forward: null };
      };
      const { text: bodyText, forward } = ownText(normaliseText(useHtml ? getHtmlText() : email.text));
      const { enquiry: fw, customer } = repliedEnquiry(
        bodyText,
        forward,
        base,
        email.from,
        businessAddresses,
      );
      const body = fw ? fw.body : bodyText;
      // An employee replying to the customer copies the business inbox: the quoted customer is a
      // recipient. When the quote is the website's notification, not the customer's own mail, the
      // reply's addressee is the person it answers.
      if (customer) excluded.delete(customer.address);
      else if (fw) for (const a of answeredPeople(email)) excluded.delete(a);
      // The forwarder, or the employee replying above a quoted enquiry, is the business.
      if (fw && email.from) excluded.add(email.from.address);
      if (forwardedBy) excluded.add(forwardedBy);
      const isBusiness = businessParty(excluded);
      const isForward = fw !== null || forwardedBy !== null;
      const innerFrom = fw ? parseAddress(fw.headers.from) : email.from;
      // For a compact alert: whose addresses and name are never the lead's.
      const senderNames = [email.from, innerFrom].flatMap((a) => (a?.name ? [a.name.toLowerCase()] : []));
      const notCustomer = {
        address: (e: string) =>
          isBusiness(e) ||
          SYSTEM_LOCAL.test(e) ||
          PLATFORM_DOMAIN.test(e) ||
          (!!email.from &&
            (e === email.from.address ||
              (!isSharedDomain(email.from.address) && sameDomain(e, email.from.address)))),
        name: (n: string) => senderNames.includes(n.toLowerCase()),
      };
      const innerReplyTo = fw
        ? [parseAddress(fw.headers.replyTo)].filter((a): a is Address => a !== null)
        : email.replyTo;
      const subject = fw?.headers.subject ?? email.subject;

      const compiled = matchProfile(profiles, conditionPatterns, email, innerFrom, subject, body);
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
          fillMissing(acc, adfIdPairs(adf.ids, dict, firstBrandIn));
        } else warnings.push('adf_unparseable');
      }
      const fallbackOk = (a: Address | null | undefined, allowRole: boolean): a is Address =>
        !!a &&
        !isBusiness(a.address) &&
        !SYSTEM_LOCAL.test(a.address) &&
        !PLATFORM_DOMAIN.test(a.address) &&
        (allowRole || !ROLE_LOCAL.test(a.address));
      /** A person writing under their full name, not a form system, a role mailbox or the business. */
      const personWrites =
        !isForward && fallbackOk(innerFrom, false) && /\S\s+\S/.test(displayName(innerFrom.name ?? '') ?? '');
      /**
       * A person's own letter whose only fields are in the signature under its sign-off (an Outlook
       * block: "M +44 …", "Mob. …", "E h.okafor@…"): those lines are how to reach the writer, not a
       * form, so the letter is read as personal mail and the signature only for the phone.
       */
      let signedLetter = false;
      let scanBody = body;
      /** A form's blocks outside its fields: perhaps the customer's name and number under their message. */
      let unlabelledBlocks: readonly string[] = [];
      const staffNames: string[] = [];
      if (!format) {
        // A JSON payload under a relay's or CRM's intro ("A new contact was created:"): the payload
        // is the lead when it names the customer's address or number (Google Ads' lead-form
        // payload always is), whatever numbers the intro gives (a support line).
        const embedded = looksLikeJson(body) ? null : embeddedJson(body);
        const embeddedPairs = embedded ? extractJson(embedded, dict) : null;
        const payload =
          embeddedPairs && (body.includes('"user_column_data"') || embeddedPairs.some(namesContact))
            ? embeddedPairs
            : null;
        const xml = looksLikeJson(body) || payload ? null : embeddedXml(body, MAX_SCAN_CHARS);
        const jsonPairs = looksLikeJson(body)
          ? extractJson(body, dict)
          : (payload ?? (xml ? extractXml(xml, dict) : null));
        // A lead tool's contact card pasted into the body: the card is the lead, not its intro;
        // labelled lines around it (a campaign, a form id) fill what the card lacks.
        const card = jsonPairs ? null : pastedVcard(body);
        const cardPairs = card ? vcardPairs(card.text, dict, isBusiness) : [];
        if (jsonPairs) {
          format = 'json';
          assignPairs(acc, jsonPairs);
        } else if (card && cardPairs.length > 0) {
          format = 'labels';
          assignPairs(acc, cardPairs);
          fillMissing(acc, readFields(card.around, dict).pairs);
        } else {
          const signOff = personWrites ? signOffAt(body) : -1;
          const aboveSignOff = signOff > 0 ? readFields(body.slice(0, signOff), dict) : null;
          signedLetter = aboveSignOff !== null && aboveSignOff.pairs.length === 0;
          const lv = signedLetter && aboveSignOff ? aboveSignOff : readFields(body, dict);
          unlabelledBlocks = [...lv.freeBlocks, ...lv.trailingBlocks];
          scanBody = signedLetter ? body : lv.body;
          staffNames.push(...lv.staffNames);
          assignPairs(acc, lv.pairs);
          if (lv.pairs.length > 0) format = 'labels';
          // A relay's footer chaining the platform's ids on one line ("Lead … · Form … · Campaign …").
          fillMissing(acc, idChainPairs(body, dict));
          if (!acc.fullName && !acc.firstName && !acc.lastName) acc.fullName = coverSheetSender(lv.pairs);
          if (!acc.email && !acc.phone && embeddedPairs && embeddedPairs.length > 0) {
            format = 'json';
            fillMissing(acc, embeddedPairs);
          }
          // A compact alert ("New lead: Jane Doe · jane@… · 0770…"): values without labels on one
          // line. Its sender is the alerting system, never the customer.
          const compact = !acc.email && !acc.phone ? compactLead(body, subject, dict, notCustomer) : null;
          if (compact) {
            format = 'labels';
            assignPairs(acc, compact);
            for (const a of [email.from, innerFrom]) if (a) excluded.add(a.address);
          }
          // A lead stated in a sentence ("Anna Weber (anna@…, +49 …) asked about …"): the sender
          // of the notification is not the customer either.
          // Only in a notification (a system's or role mailbox, or a machine's name such as "Enquiry
          // Bot"): a person's own email naming someone is a signature or a story.
          const fromSystem =
            !!innerFrom &&
            (SYSTEM_LOCAL.test(innerFrom.address) ||
              ROLE_LOCAL.test(innerFrom.address) ||
              machineName(innerFrom.name));
          const stated = !acc.email && !acc.phone && fromSystem ? sentenceLead(body, notCustomer) : null;
          if (stated) {
            format = 'labels';
            assignPairs(acc, stated);
            for (const a of [email.from, innerFrom]) if (a) excluded.add(a.address);
          } else if ((fromSystem || format === 'labels') && !acc.phone && !acc.phoneDeclined && acc.email) {
            const names = [acc.fullName, acc.firstName, acc.lastName, ...acc.names];
            acc.phone = statedPhone(
              body,
              names.filter((n): n is string => !!n),
            );
          }
          // Text above the fields counts only in a form: without fields it is a personal email's body.
          // It also beats a word picked from a choice under a label guessed to be the message
          // ("Anlass: Hochzeit") when it is the customer's own prose under a heading nobody knows.
          if (!acc.messageDeclined && (!acc.message || messageIsGuessedChoice(acc))) {
            // The customer's words above the fields, without the notification's intro line.
            const leading =
              lv.pairs.length > 0 ? lv.leadBlocks.flatMap((b) => withoutFieldsIntro(b) ?? []) : [];
            const prose = unlabelledMessage(lv.freeBlocks, leading);
            // Lines below the fields signed by a sender who is not the lead are the sender's note.
            // The sender is the lead when the fields give no address or name the sender.
            const leadNames = [acc.fullName, acc.firstName].flatMap((n) => (n ? [n.toLowerCase()] : []));
            const senders = [email.from, innerFrom].filter(
              (a): a is Address =>
                !!a?.name &&
                !!acc.email &&
                a.address !== normaliseEmail(acc.email) &&
                !leadNames.some((n) => a.name.toLowerCase().startsWith(n)),
            );
            const below = signedBySender(
              lv.trailingBlocks,
              senders.map((a) => a.name),
            )
              ? []
              : lv.trailingBlocks;
            if (!acc.message)
              acc.message =
                prose ??
                (lv.pairs.length > 0
                  ? (promptedAnswer(below) ?? letterBelowFields(below) ?? writtenBelowFields(below))
                  : null);
            else if (prose && inCustomerVoice(prose)) acc.message = prose;
            else acc.message = trailingMessage(below) ?? acc.message;
          }
          // The text part of multipart mail is often a lossy rendering of the HTML one: fill gaps.
          // An employee's reply over the customer's quoted enquiry: the HTML is read in the same
          // part, the enquiry, never the reply and its signature; without one, not at all.
          const htmlPart = () => {
            const { text: htmlBody, forward: hfw } = ownText(normaliseText(getHtmlText()));
            if (!fw) return hfw ? hfw.body : htmlBody;
            return repliedEnquiry(htmlBody, hfw, base, email.from, businessAddresses).enquiry?.body ?? null;
          };
          const htmlFields = !isComplete(acc) && !useHtml && email.html && !signedLetter ? htmlPart() : null;
          if (htmlFields !== null) {
            const hv = readFields(htmlFields, dict);
            const before = acc.email || acc.phone;
            fillMissing(acc, hv.pairs);
            if (!format && hv.pairs.length > 0) format = 'labels';
            if (!before && (acc.email || acc.phone) && !format) format = 'labels';
          }
        }
      }

      // A lead sent as a file (CSV export, vCard, text): it wins over addresses the body merely
      // mentions, and over the contact of a body whose only address is the sender's own (a
      // colleague's cover note and signature above the exported lead).
      const onlySender = [acc.email, ...acc.emailCandidates].every((e) => {
        const n = normaliseEmail(e);
        return !n || isSendersOwn(n, email.from);
      });
      // An XML attachment that is not ADF is a lead file too.
      const xmlFile = email.xml && format !== 'adf' ? extractXml(email.xml.trim(), dict) : null;
      // The contact came only from a file (a vCard): the body may still be the sender's own letter.
      let contactFromFile = false;
      // The contact came from a file, whatever the body held besides (a note, a signature).
      let fileGaveContact = false;
      // A body with a number but no address beside a lead file (a configurator's note with its
      // hotline above the saved configuration): the file's address and number are the customer's.
      // Not beside a vCard alone, which may be the sender's own card.
      const phoneOnlyBody =
        !acc.email &&
        !!acc.phone &&
        email.attachments.some((a) => a.kind === 'text' || a.kind === 'yaml' || a.kind === 'csv');
      if (
        (email.attachments.length > 0 || xmlFile) &&
        ((!acc.email && !acc.phone) || onlySender || phoneOnlyBody)
      ) {
        const filePairs = [...attachmentPairs(email.attachments, dict, isBusiness), ...(xmlFile ?? [])];
        if (filePairs.length > 0) {
          const mentioned = acc.emailCandidates;
          const file = newAccumulator();
          assignPairs(file, filePairs);
          if (phoneOnlyBody && !file.email) {
            // The body's number stands (the file holds no address); the file may hold the message.
            if (!acc.message && !acc.messageDeclined) acc.message = file.message;
          } else if (file.email || file.phone) {
            takeContact(acc, file);
            contactFromFile = format === null;
            fileGaveContact = true;
            // A colleague mailing a lead's card or export (a trade fair's badge scan, a contact
            // passed on) writes the body: their note about the customer ("Notiz: interessiert,
            // möchte ein Angebot") over their own signature. It is never the customer's message;
            // the file's is, or the customer's words the note quotes whole. The writer is the
            // business's own address, or a person whose card the file is not (a colleague writing
            // from a personal mailbox): a display name opening with a known given name, which a
            // tool's or a booking service's name ("Linkbridge", "Praxis Online-Termine") does not.
            const writer = fw ? null : email.from;
            const aboutSomeoneElse =
              !!writer &&
              isKnownGivenName(writer.name.split(/\s+/)[0] ?? '') &&
              isPersonName(writer.name) &&
              !!file.email &&
              normaliseEmail(file.email) !== writer.address;
            if (writer && (isBusiness(writer.address) || aboutSomeoneElse))
              acc.message = file.message ?? quotedCustomerWords(body);
            // A platform's notification (a system or role mailbox) with the contact in a card or
            // export and no fields in its body: the customer's note is the body's paragraph in
            // their voice between the intro and the footer ("Hola, necesito dos puertas…"). A
            // person's mail beside a file is their own letter or a colleague's cover note.
            const notifier = innerFrom?.address ?? '';
            const fromPlatform = SYSTEM_LOCAL.test(notifier) || ROLE_LOCAL.test(notifier);
            if (contactFromFile && fromPlatform && !acc.message && !acc.messageDeclined)
              acc.message = relayedMessage(scanBody);
            format ??= 'labels';
          } else if (!acc.email && !acc.phone) {
            acc.emailCandidates = [];
            fillMissing(acc, filePairs);
            acc.emailCandidates.push(...mentioned);
          }
        }
      } else if (!acc.message && !acc.messageDeclined && email.attachments.length > 0) {
        // The body named the customer ("New lead: Tom Baker <tom@…>, see attached"); the file
        // still holds what they wrote. Only the message: a vCard beside it may be the sender's own.
        const file = newAccumulator();
        assignPairs(file, attachmentPairs(email.attachments, dict, isBusiness));
        acc.message = file.message;
      }

      // A chat, SMS, WhatsApp export, voicemail, call or platform message: the customer is the
      // speaker who is not the business, and whoever sent the notification is not the customer.
      if (format !== 'adf' && format !== 'json') {
        const hints = [email.from, innerFrom, ...email.recipients.map((r) => ({ name: '', address: r }))];
        const talk = readConversation({
          subject,
          body,
          attachments: email.attachments,
          html: email.html,
          businessHints: hints.flatMap((a) => (a ? [a.name, a.address] : [])),
          fileNames: email.partTypes.flatMap((p) => (p.filename ? [p.filename] : [])),
          dict,
        });
        if (talk && takeConversation(acc, talk)) {
          format = 'conversation';
          for (const a of [email.from, innerFrom]) if (a) excluded.add(a.address);
        }
      }

      for (const a of acc.partyAddresses) {
        const e = normaliseEmail(a);
        if (e) excluded.add(e);
      }
      // The email must not be the business's or a machine's address: take the first candidate that
      // is neither (the labelled field first, then addresses under other labels).
      let email0: string | null = null;
      if (acc.email && !normaliseEmail(acc.email)) warnings.push('email_invalid');
      // A form that gave the lead's name and phone but no address field: an address elsewhere in
      // it (a footer's orders desk, the platform's adviser) is the lead's only if it bears their name.
      const formName =
        format === 'labels' && acc.phone && !acc.email
          ? (acc.fullName ?? ([acc.firstName, acc.lastName].filter(Boolean).join(' ') || null))
          : null;
      const mayBeLeadsAddress = (e: string) => !formName || addressBearsName(e, formName);
      for (const candidate of [acc.email, ...acc.emailCandidates]) {
        const e = normaliseEmail(candidate);
        if (!e) continue;
        if (isBusiness(e) || SYSTEM_LOCAL.test(e) || PLATFORM_DOMAIN.test(e)) {
          if (candidate === acc.email) warnings.push('email_is_business_address');
          continue;
        }
        // An address under another label ("Ayuda:", "Contactez-nous :") at the notifying
        // platform's own domain is its help line, not the customer who gave no address.
        if (candidate !== acc.email && innerFrom && atSendersDomain(e, innerFrom.address)) continue;
        if (candidate !== acc.email && !mayBeLeadsAddress(e)) continue;
        email0 = e;
        break;
      }
      if (email0 && !acc.fullName && !acc.firstName && !acc.lastName) {
        const sender = acc.namedSenders.find(([a]) => normaliseEmail(a) === email0);
        if (sender) acc.fullName = displayName(sender[1]);
      }
      let emailOrigin: ContactOrigin = email0 ? (format ?? 'labels') : null;
      let phoneOrigin: ContactOrigin = acc.phone ? (format ?? 'labels') : null;

      let nameFromHeader: string | null = null;
      // On a form notification, a Reply-To at the sender's own domain is the platform's desk.
      const replyTo = innerReplyTo.find(
        (a) =>
          fallbackOk(a, true) &&
          !isPlatformReplyTo(a, innerFrom) &&
          !(format !== null && innerFrom && atSendersDomain(a.address, innerFrom.address)),
      );
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
      // A person's own letter, whatever profile its subject matched ("Demande de devis", "Quote
      // request" are also what people write): the sender is a person under their full name, not a
      // form system or the business, and no field names anyone or gives an address. Colon lines in it ("Our
      // requirements: …", "Direct: …" in the signature) may have been read as fields.
      const leadName = acc.fullName ?? ([acc.firstName, acc.lastName].filter(Boolean).join(' ') || null);
      const noIdentityFields = format === null || (format === 'labels' && !leadName && !acc.email);
      const ownLetter =
        noIdentityFields &&
        fallbackOk(innerFrom, false) &&
        /\S\s+\S/.test(displayName(innerFrom?.name ?? '') ?? '');
      const senderMayBeCustomer =
        !profile.extract.senderIsSystem || (isForward && !compiled.specific) || personalInner || ownLetter;
      // A form notification (fields were read) from a role mailbox or under a machine's name
      // ("Rückruf-Service <service@…>") is the form system, not a customer writing in person.
      const senderIsPerson =
        !!innerFrom &&
        (format === null || (!ROLE_LOCAL.test(innerFrom.address) && !machineName(innerFrom.name)));
      // A colleague writing in person (no form fields) is passed on for triage to send to review;
      // only a form notification or a callback note loses every address at the business's domain.
      const senderOk =
        format === null
          ? !!innerFrom &&
            !excluded.has(innerFrom.address) &&
            !SYSTEM_LOCAL.test(innerFrom.address) &&
            !PLATFORM_DOMAIN.test(innerFrom.address)
          : fallbackOk(innerFrom, true);
      /**
       * An address in the body that may be the customer's (not the business's, a machine's or the
       * platform's): looked for once, by the role-sender check or the body scan, whichever asks first.
       */
      let scanned: string | null | undefined;
      const bodyCandidate = () =>
        (scanned ??=
          findEmails(scanBody.slice(0, MAX_SCAN_CHARS)).find(
            (e) =>
              mayBeLeadsAddress(e) &&
              !isBusiness(e) &&
              !SYSTEM_LOCAL.test(e) &&
              !PLATFORM_DOMAIN.test(e) &&
              !ROLE_LOCAL.test(e) &&
              !isPlaceholder(e) &&
              // The platform's own help or support address, at the domain it sends from.
              !(innerFrom && !isSharedDomain(innerFrom.address) && sameDomain(e, innerFrom.address)),
          ) ?? null);
      const cardOf = (address: string) => contactBlockAround(scanBody.slice(0, MAX_SCAN_CHARS), address);
      // A shop's or portal's role mailbox ("orders@", "info@") mailing a customer's card (the
      // address on a line of its own, with a name or number beside it): the card is the customer.
      const cardFromRoleSender = () => {
        if (format !== null || !innerFrom || !ROLE_LOCAL.test(innerFrom.address)) return false;
        const candidate = bodyCandidate();
        const card = candidate ? cardOf(candidate) : null;
        return !!card && (card.fullName !== null || card.phone !== null);
      };
      // The fields name the lead, and the sender is someone else: the platform's staff member.
      const senderIsOther =
        format !== null && !!leadName && !!innerFrom?.name && !shareNameWord(leadName, innerFrom.name);
      if (
        !email0 &&
        senderMayBeCustomer &&
        senderIsPerson &&
        senderOk &&
        innerFrom &&
        !senderIsOther &&
        !acc.identityWithheld &&
        !cardFromRoleSender()
      ) {
        // A letter's writer may ask to be answered at another address of theirs than the one they
        // write from (their employer's mailbox): that one is where the business should write.
        const asked = format === null ? ownAddressInMessage(scanBody) : null;
        email0 =
          asked && !isBusiness(asked) && !SYSTEM_LOCAL.test(asked) && !ROLE_LOCAL.test(asked)
            ? asked
            : innerFrom.address;
        emailOrigin = 'from';
        nameFromHeader = innerFrom.name;
      } else if (email0 && innerFrom && innerFrom.address === email0 && !nameFromHeader) {
        nameFromHeader = innerFrom.name;
      }
      if (!email0 && format !== 'adf' && format !== 'json' && format !== 'conversation') {
        const candidate = bodyCandidate();
        if (candidate) {
          email0 = candidate;
          emailOrigin = 'body-scan';
          warnings.push('email_from_body_scan');
          const block = cardOf(candidate);
          if (!acc.phone && !acc.phoneDeclined && block.phone) {
            acc.phone = block.phone;
            phoneOrigin = 'body-scan';
          }
          if (!acc.fullName && !acc.firstName && !acc.lastName && block.fullName)
            acc.fullName = block.fullName;
          acc.country ??= block.country;
        }
      }
      // No email anywhere: a customer who left only a number, under a heading that names them.
      if (!email0 && !acc.phone && !acc.phoneDeclined && format !== 'adf' && format !== 'json') {
        const block = contactBlockUnderHeading(scanBody.slice(0, MAX_SCAN_CHARS));
        if (block.phone) {
          acc.phone = block.phone;
          phoneOrigin = 'body-scan';
          if (!acc.fullName && !acc.firstName && !acc.lastName && block.fullName)
            acc.fullName = block.fullName;
          acc.country ??= block.country;
        }
      }
      // The only name the fields gave is the person the request is about ("Name des Kindes: …"):
      // the sender whose address is the lead's, under a full name, is the one to contact.
      const senderFullName = nameFromHeader ? displayName(nameFromHeader) : null;
      if (acc.nameIsSubject && senderFullName && /\S\s+\S/.test(senderFullName)) {
        acc.fullName = senderFullName;
        acc.firstName = null;
        acc.lastName = null;
      }
      // No field named anyone: a participant list's line gives the name beside the address.
      if (!acc.fullName && !acc.firstName && !acc.lastName && email0)
        acc.fullName = nameBesideEmail(scanBody.slice(0, MAX_SCAN_CHARS), email0);
      if (!acc.fullName && !acc.firstName && !acc.lastName && nameFromHeader) {
        const n = displayName(nameFromHeader);
        if (n) acc.fullName = n;
      }
      // A personal email from an address without a display name, or with a first name only
      // ("Dan" signing "Dan Whitfield"): the name it is signed with, or the one the writer
      // introduces themselves with ("Je suis Claire Dubois", "Cheers, Ben Watts"). A signature's
      // "Tel:" line may have been read as a field: fields naming nobody leave the letter personal.
      if (
        noIdentityFields &&
        (emailOrigin === 'from' || emailOrigin === 'reply-to') &&
        !acc.firstName &&
        !acc.lastName &&
        (!acc.fullName || !/\s/.test(acc.fullName))
      ) {
        const given = acc.fullName?.toLowerCase();
        const fits = (n: string | null) => !!n && (!given || n.toLowerCase().startsWith(`${given} `));
        const signed = signOffName(scanBody);
        const own = fits(signed) ? signed : ownName(scanBody);
        if (fits(own)) acc.fullName = own;
      }
      // "New booking from Anna Schmidt", "Priya Nair from Leeds submitted your form": a name no
      // field gave, in the subject or the notification's heading.
      if (!acc.fullName && !acc.firstName && !acc.lastName && (email0 || acc.phone)) {
        const platform = domainOf(innerFrom?.address ?? '');
        acc.fullName =
          summaryName(subject, platform) ?? summaryName(body.slice(0, MAX_HEADING_CHARS), platform);
      }
      // A form with no name field: the name the customer introduces or signs their message with.
      if (!acc.fullName && !acc.firstName && !acc.lastName && acc.message && (email0 || acc.phone))
        acc.fullName = ownName(acc.message);

      // A direct enquiry (no form fields): the body is the customer's message. A forwarded one
      // whose header block names its author without an address ("Von: Birgit Sommer") gives the
      // address in the author's own text.
      // A person writing with their own contact card attached is such an enquiry too.
      const ownCardAttached = contactFromFile && !!innerFrom && innerFrom.address.toLowerCase() === email0;
      // Its writer is the sender (in a forward, the forwarded message's author): the letter is the message.
      // So is a person's own letter whose subject matched a portal's pattern: a customer answering the
      // business's acknowledgement keeps its subject ("Re: … received your request (ref BK-48213)").
      const writerIsSender =
        format === 'labels' &&
        noIdentityFields &&
        emailOrigin === 'from' &&
        (!compiled.specific || ownLetter);
      if (
        (!acc.message || writerIsSender) &&
        (!compiled.specific || personalInner || writerIsSender || ownLetter) &&
        (writerIsSender ||
          (format === null &&
            (emailOrigin === 'from' ||
              emailOrigin === 'reply-to' ||
              (fw !== null && innerFrom === null && emailOrigin === 'body-scan'))) ||
          ownCardAttached)
      ) {
        const text = personalText(scanBody);
        acc.message = text ? freeTextMessage(text) : null;
        // A personal email gives its number in a sentence or its signature ("Sie erreichen mich unter 0176 …").
        if (!acc.phone && !acc.phoneDeclined && text) {
          acc.phone = phoneInProse(text, forwarderNumbers(fw));
          if (acc.phone) phoneOrigin = 'body-scan';
        }
      } else if (!acc.message && format === null && fw === null && emailOrigin === 'body-scan') {
        // A platform relaying someone's words, their address in the text: the words are the message.
        const text = relayedMessage(scanBody);
        acc.message = text ? freeTextMessage(text) : null;
      }
      // A forwarded personal email with a line or two that read as fields ("Adresse : …") is still
      // the customer's own text: their number is in a sentence or their signature.
      if (
        !acc.phone &&
        !acc.phoneDeclined &&
        format === 'labels' &&
        isForward &&
        emailOrigin === 'from' &&
        fallbackOk(innerFrom, false)
      ) {
        const text = personalText(scanBody);
        acc.phone = text ? phoneInProse(text, forwarderNumbers(fw)) : null;
        if (acc.phone) phoneOrigin = 'body-scan';
      }
      // A reply chain quoted block under block: the customer's number may be in a later turn of
      // theirs ("you can reach me on …") rather than in the first enquiry, never in a staff turn.
      if (!acc.phone && !acc.phoneDeclined && fw && emailOrigin === 'from' && fallbackOk(innerFrom, false)) {
        const own = fw.turns.filter((t) => parseAddress(t.from)?.address === innerFrom.address);
        for (const turn of own) {
          const text = personalText(turn.text);
          acc.phone = text ? phoneInProse(text, forwarderNumbers(fw)) : null;
          if (acc.phone) {
            phoneOrigin = 'body-scan';
            break;
          }
        }
      }
      // A scheduling tool's booking notice: what the invitee wrote is their answer to its questions.
      // The host's copy often has no calendar object; without one, "New booking enquiry" may be a
      // form whose message asks a question itself, so the answers replace only a message read as
      // the tool's question, or none. A notes field the invitee left empty ("Notas del cliente: —")
      // says they wrote nothing: no other paragraph stands in for it.
      if (
        !acc.messageDeclined &&
        BOOKING_NOTICE.test(`${subject}\n${body}`.slice(0, MAX_BOOKING_SCAN_CHARS)) &&
        (hasCalendarObject(email) || !acc.message || opensWithBookingQuestion(acc.message))
      )
        acc.message = bookingAnswers(body) ?? acc.message;
      // A marketplace relay ("Megan via Tradelo"): the buyer's text over all its paragraphs, and the
      // full name they sign with. It only extends a message read from the same text.
      const relay = fw ? null : relayedBuyer(email.from, email.replyTo, body, subject);
      if (relay) {
        if (!acc.messageDeclined && relay.message && extendsMessage(relay.message, acc.message))
          acc.message = relay.message;
        if (!acc.fullName && !acc.firstName && !acc.lastName) acc.fullName = relay.name;
        if (!acc.phone && !acc.phoneDeclined && relay.phone) {
          acc.phone = relay.phone;
          phoneOrigin = format ?? 'body-scan';
        }
      }
      // "Jane D." or a given name alone ("Vorname: Jana"): the full name the email gives elsewhere.
      const short = acc.fullName ?? (acc.lastName ? null : acc.firstName);
      if (short) {
        const displayNames = [email.from, ...email.replyTo].flatMap((a) => (a?.name ? [a.name] : []));
        const staff = new Set([...staffNames, ...recipientNames(email)].map((n) => n.toLowerCase()));
        const full = completeName(short, [body.slice(0, MAX_SCAN_CHARS), subject, ...displayNames], (n) =>
          staff.has(n.toLowerCase()),
        );
        if (full !== short) {
          acc.fullName = full;
          acc.firstName = null;
        }
      }
      // A CRM's assignment relays the assigner's line to a colleague ("Can you call her back
      // today?", "¿Puedes llamarle hoy?"): a note about the customer, not their words.
      if (acc.message && asksColleagueToReach(acc.message)) acc.message = null;
      if (messageIsPickedReason(acc)) acc.message = null;
      if (acc.message) {
        const names = [acc.fullName, acc.firstName, acc.lastName].filter((n): n is string => !!n);
        // The template's lines right after the text (a time stamp, a signature line) end it.
        const kept = stripTrailingSignature(beforeTrailingLines(acc.message), names);
        // Their number under their name after the message ("Thanks, / Oliver / 07700 …"), cut off
        // with the signature or left outside the form's fields.
        if (!acc.phone && !acc.phoneDeclined) {
          acc.phone =
            signedPhone(acc.message.slice(kept.length), names) ??
            unlabelledBlocks.map((b) => signedPhone(b, names)).find(Boolean) ??
            null;
          if (acc.phone) phoneOrigin = format ?? 'body-scan';
        }
        const opening = withoutFieldsIntro(kept);
        acc.message = opening && withoutMessageHead(opening);
        if (acc.message) acc.message = withClosingThanks(acc.message, scanBody);
        // No phone field: a number the customer wrote in their message as theirs ("call me on …").
        if (acc.message && !acc.phone && !acc.phoneDeclined && PHONE_DIGITS.test(acc.message)) {
          acc.phone = ownPhoneInMessage(acc.message);
          if (acc.phone) phoneOrigin = format ?? 'body-scan';
        }
      }

      const { campaign: campaignRe, adId: adIdRe } = profile.extract;
      if (!acc.campaign && campaignRe)
        acc.campaign = firstGroup(campaignRe, subject) ?? firstGroup(campaignRe, body);
      if (!acc.adId && adIdRe) acc.adId = firstGroup(adIdRe, subject) ?? firstGroup(adIdRe, body);

      // A relay's summary stating the platform's ids in a sentence ("lead 5412… came in from ad
      // 6872… in campaign …"): they fill only what no field gave, never from the customer's words.
      fillMissing(acc, statedIdPairs(`${subject}\n${body}`, dict, acc.message));

      // Beside an ad, form or campaign id, a response id, or a record's bare id (Meta's lead export:
      // `id` = "l:…" beside `ad_id`, `form_id`), is the platform's id of the lead.
      if (!acc.platformLeadId && (acc.adId || acc.formId || acc.campaignId))
        acc.platformLeadId = acc.attributes.response_id ?? acc.attributes.id ?? null;
      let language: LabelLanguage | null | undefined;
      const languageOnce = () => {
        if (language === undefined) language = topLanguage(acc.langs) ?? guessLanguage(body);
        return language;
      };
      const source =
        (GENERIC_SOURCES.has(profile.source) &&
          adPlatformOf({
            ids: [acc.adId, platformFormId(acc.formId), acc.campaignId, acc.platformLeadId],
            texts: [...[innerFrom, email.from].flatMap((a) => (a ? [a.name, a.address] : [])), subject, body],
            customerText: acc.message,
            statedPlatform: acc.attributes.platform ?? null,
            files: [...(email.xml ? [email.xml] : []), ...email.attachments.map((a) => a.text)],
          })) ||
        profile.source;
      const { adId, campaignId } = platformIdsByShape(source, acc, acc.attributes);
      return {
        profile,
        source,
        specificProfile: compiled.specific,
        fields: {
          fullName: acc.fullName,
          firstName: acc.firstName,
          lastName: acc.lastName,
          email: email0,
          phone: acc.phone,
          message: acc.message,
          campaign: acc.campaign,
          adId,
          formId: acc.formId,
          campaignId,
          platformLeadId: acc.platformLeadId,
          country: acc.country,
          phoneLabelRegion: acc.phoneLabelRegion,
        },
        attributes: acc.attributes,
        emailOrigin,
        phoneOrigin,
        leadFromFile: fileGaveContact && innerFrom?.address.toLowerCase() !== email0,
        language: languageOnce,
        forwarded: isForward,
        nameOrder: acc.nameOrder,
        warnings,
        otherNames: [
          ...staffNames,
          ...recipientNames(email),
          ...acc.otherPeople,
          ...acc.names,
          ...[acc.fullName, acc.contactRoleName, email.from?.name, innerFrom?.name].filter(isPersonName),
          ...email.replyTo.map((a) => a.name).filter(isPersonName),
        ],
      };
    },
  };
}

/** A display name or field value that reads as a person's ("Anna Berg", not "Website Team"). */
function isPersonName(name: string | null | undefined): name is string {
  return !!name && isPlausibleName(name);
}

/** Whether `longer` holds all of `message` (its greeting aside): the same text, not another one. */
function extendsMessage(longer: string, message: string | null): boolean {
  if (!message) return true;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squash(longer).includes(squash(freeTextMessage(message)));
}

/** The forwarder's or replying employee's own numbers: their signature above the marker or quote. */
function forwarderNumbers(fw: { preamble: string } | null): string[] {
  return fw ? phonesInProse(fw.preamble.slice(0, MAX_SCAN_CHARS)) : [];
}

/** Display names in To and Cc ("Rebecca Lawson <rebecca@agency.example>"): the business's people. */
const DISPLAY_NAME = /(?:^|,)\s*"?([^",<>@]{2,60}?)"?\s*<[^<>@\s]+@[^<>\s]+>/g;
const MAX_RECIPIENT_HEADER_CHARS = 2_000;

function recipientNames(email: ParsedEmail): string[] {
  const header = [email.headers.get('to'), email.headers.get('cc')].filter(Boolean).join(',');
  const names: string[] = [];
  for (const m of header.slice(0, MAX_RECIPIENT_HEADER_CHARS).matchAll(DISPLAY_NAME)) {
    const name = displayName(m[1] ?? '');
    if (name) names.push(name);
  }
  return names;
}

/**
 * An address that cannot be the customer of a mail from `from`: the sender's own, its domain's
 * (the platform's support line under a "see attached" note), or a system or role mailbox.
 */
function isSendersOwn(address: string, from: Address | null): boolean {
  if (SYSTEM_LOCAL.test(address) || ROLE_LOCAL.test(address) || PLATFORM_DOMAIN.test(address)) return true;
  if (!from) return false;
  return (
    address === from.address || address.endsWith(`@${from.address.slice(from.address.indexOf('@') + 1)}`)
  );
}

/**
 * An address at the sender's own domain or a subdomain of it (`help@reviewspot.example` from
 * `quotes@reviewspot.example`); a shared mail provider's domain says nothing.
 */
function atSendersDomain(address: string, sender: string): boolean {
  if (isSharedDomain(sender)) return false;
  const d = domainOf(address);
  const s = domainOf(sender);
  return d === s || d.endsWith(`.${s}`) || s.endsWith(`.${d}`);
}

/** Whether two names share a word of three or more letters ("Jane Doe" and "DOE, Jane"). */
function shareNameWord(a: string, b: string): boolean {
  const words = new Set(
    a
      .toLowerCase()
      .split(/[\s,.]+/)
      .filter((w) => w.length >= 3),
  );
  return b
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((w) => words.has(w));
}

/** Whether an address's local part holds a word of the name ("k.schulz@…" for Karin Schulz). */
function addressBearsName(address: string, name: string): boolean {
  const local = foldAccents(address.slice(0, address.lastIndexOf('@')));
  return foldAccents(name)
    .split(/[^a-z]+/)
    .some((w) => w.length >= 3 && local.includes(w));
}

/** Seven digits in a row, separators allowed: a message may hold a phone number. */
const PHONE_DIGITS = /\d(?:[ ./()-]{0,2}\d){6}/;

/**
 * Sources that say only "a form", "an ADF document" or "something else": a notification carrying
 * ad-platform ids is more (an ad platform's lead passed on as ADF came from that platform).
 */
const GENERIC_SOURCES: ReadonlySet<LeadSource> = new Set(['web_form', 'adf_xml', 'other']);

/** The heading of a notification: its first lines. */
const MAX_HEADING_CHARS = 300;

function hasConditions(p: SourceProfile): boolean {
  const m = p.match;
  return !!(m.from || m.subject || m.body || Object.keys(m.headers).length > 0);
}

/** One condition kind's patterns across the profiles, in profile order. */
interface ConditionList {
  patterns: PatternList;
  /** Each profile's place in `patterns`; -1 when it has no such condition. */
  at: number[];
}

/**
 * The profiles' sender and body-marker patterns, each kind asked as one list (patternList). Subject
 * patterns are still tested one by one: most are answered by their literal condition without RE2
 * (required-literals.ts), and a screen would add ~15 ms of RE2 compilation to every cold start.
 */
function conditionLists(profiles: readonly CompiledProfile[]): Record<'from' | 'body', ConditionList> {
  const listOf = (kind: 'from' | 'body'): ConditionList => {
    const patterns: Pattern[] = [];
    const at = profiles.map((c) => {
      const re = c.profile.match[kind];
      if (!re) return -1;
      patterns.push(re);
      return patterns.length - 1;
    });
    return { patterns: patternList(patterns), at };
  };
  return { from: listOf('from'), body: listOf('body') };
}

function matchProfile(
  profiles: readonly CompiledProfile[],
  lists: Record<'from' | 'body', ConditionList>,
  email: ParsedEmail,
  from: Address | null,
  subject: string,
  body: string,
): CompiledProfile | null {
  // `from` patterns see the bare address and the display form, so both `@x\.com$` and `^Facebook` work.
  const fromTexts = new Set(
    [from, email.from]
      .filter((a): a is Address => a !== null)
      .flatMap((a) => [a.address, `${a.name} <${a.address}>`]),
  );
  // Markers live in the body; <head> is mostly CSS, which would only cost scan time.
  const bodyAt = email.html ? email.html.search(/<body[\s>]/i) : -1;
  const from0 = Math.max(bodyAt, 0);
  const html = email.html.slice(from0, from0 + MAX_MARKER_HTML_CHARS);
  const bodyCapped = body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body;
  const markerTexts = email.xml !== null ? [bodyCapped, html, email.xml] : [bodyCapped, html];
  // Each text is screened against every profile's pattern of a kind at once: a web-form email made
  // ~50 RE2 calls for its sender and body markers (one per profile, condition and text).
  const fromMatches = [...fromTexts].map((t) => lists.from.patterns.against(t));
  const markerMatches = markerTexts.map((t) => lists.body.patterns.against(t));
  for (const [i, c] of profiles.entries()) {
    const m = c.profile.match;
    // Conditions run lazily, cheapest first, and stop as soon as the mode is decided.
    const conditions: (() => boolean)[] = [];
    const fromAt = lists.from.at[i] ?? -1;
    if (fromAt >= 0) conditions.push(() => fromMatches.some((matches) => matches(fromAt)));
    const subjectRe = m.subject;
    if (subjectRe) conditions.push(() => subjectRe.test(subject));
    for (const [name, re] of Object.entries(m.headers))
      conditions.push(() => re.test(email.headers.get(name.toLowerCase()) ?? ''));
    const bodyMarkerAt = lists.body.at[i] ?? -1;
    if (bodyMarkerAt >= 0) conditions.push(() => markerMatches.some((matches) => matches(bodyMarkerAt)));
    if (conditions.length === 0) return c;
    if (m.mode === 'all' ? conditions.every((f) => f()) : conditions.some((f) => f())) return c;
  }
  return null;
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
/**
 * A line that writes a field with a separator ("Name: Tom", "Téléphone : …", "E-mail:"): a colon
 * after a label, not inside a time or a link ("17:00", "https://").
 */
const SEPARATED_FIELD = /^[^\S\n]*\p{L}[^:：\n]{0,60}[:：](?:[ \t]|$)/mu;
/** "Label: value" lines of a rendered HTML part: the label, the value. */
const RENDERED_PAIR = /^([^:：\n]{1,60})[:：] (\S[^\n]*)$/gm;
/** Contact fields the text part must print without their separator for the HTML to be read instead. */
const MIN_UNSEPARATED_CONTACT_FIELDS = 2;
/**
 * Whether the text part prints two of the contact fields the rendered HTML writes as `Label:
 * value` pairs as the label, a space and the value ("Name Tom Baker" for the HTML's muted caption
 * beside a bold value): it dropped the structure the HTML keeps, and read as it is its lines are
 * one paragraph of prose. A text part that stacks its labels above their values keeps its own.
 */
function dropsFieldSeparators(
  text: string,
  html: string,
  labelTarget: (label: string) => string | null,
): boolean {
  let found = 0;
  for (const m of html.matchAll(RENDERED_PAIR)) {
    const label = (m[1] as string).trim();
    const target = labelTarget(label);
    if (!target || !CONTACT_TARGETS.has(target) || !text.includes(`${label} ${(m[2] as string).trim()}`))
      continue;
    if (++found >= MIN_UNSEPARATED_CONTACT_FIELDS) return true;
  }
  return false;
}

const ADF_LETTERS = /adf/i;
const LETTER_REFERENCE = /&#(?:0*(?:65|68|70|97|100|102)(?!\d)|x0*(?:41|44|46|61|64|66)(?![\da-f]))/i;

const namesContact = (p: LabeledPair) => p.hit?.target === 'email' || p.hit?.target === 'phone';

/** A JSON document after some text (a relay's intro line, a forward header). */
function embeddedJson(text: string): string | null {
  const start = text.search(/^[ \t]*[{[]/m);
  if (start < 0 || start > MAX_SCAN_CHARS) return null;
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  return end > start ? text.slice(start, end + 1) : null;
}

function firstGroup(re: Pattern, text: string): string | null {
  return re.firstGroup(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
}

/**
 * Language of the notification, when no label said it: a hint for reading a national phone number
 * ("06 12 34 56 78" on a French form), never stored. The project's one detector, over the languages
 * the extractor has label dictionaries for.
 */
const guessLanguage = createLanguageDetector<LabelLanguage>(
  { eng: 'en', deu: 'de', fra: 'fr', spa: 'es' },
  { minLetters: 20, maxChars: 500 },
);

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

/** "From", "Von", "De", "Absender", "Expéditeur", "Remitente": who sends a cover sheet or a memo. */
const SENDER_LABEL = /^(?:from|sender|von|absender|de|exp[ée]diteur|remitente)$/i;
/** "To", "An", "À", "Para", "Empfänger", "Destinataire", "Destinatario": whom it is addressed to. */
const RECIPIENT_LABEL = /^(?:to|an|à|a|para|empf[äa]nger|destinataire|destinatario)$/i;

/**
 * A faxed cover sheet or a memo heads its letter with who writes to whom ("To: Harborview
 * Roofing" / "From: DOUGLAS MERRIWEATHER"): the business is addressed, so the sender line names
 * the customer. Only a person's name: an address or a number on it is a forwarded header's.
 */
function coverSheetSender(pairs: readonly { label: string; value: string }[]): string | null {
  if (!pairs.some((p) => RECIPIENT_LABEL.test(p.label.trim()))) return null;
  const sender = pairs.find((p) => SENDER_LABEL.test(p.label.trim()))?.value.trim() ?? '';
  return sender && !/[@\d]/.test(sender) && isPlausibleName(sender) ? sender : null;
}

/** Invisible characters and non-breaking spaces that templates sprinkle between label and value. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}
