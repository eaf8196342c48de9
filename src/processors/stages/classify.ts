/**
 * Triage: is this email a lead? Two phases around extraction, so the core's call order is
 * classify early → extract → classify late.
 *
 * Early (nothing extraction finds can overturn): the business's sender rules, delivery reports,
 * auto-replies and virus verdicts.
 *
 * Late: the signals of ./triage-signals.ts weighed against what extraction found. Real lead
 * notification systems (HubSpot, Mailchimp forms, some ad platforms) send with List-Unsubscribe,
 * Precedence: bulk or Auto-Submitted: auto-generated, and a form can mention an order number, so
 * a rule-based reason (bulk, calendar, account notice, transactional, customer service) applies
 * only when the email is NOT a trusted lead: a specific source profile (not the `other` fallback)
 * matched AND the contact came from labelled form fields (or ADF/JSON). A spam verdict on a trusted
 * lead, and anything the model is unsure of, goes to `needs_review`: on the rejected topic, never
 * silently into leads, never dropped, replayable after a rules fix.
 */
import type { SenderRules, TriageConfig } from '../../config/schema.js';
import type { Rejection } from '../../schemas/result.js';
import { BOOKING_CHANGED, BOOKING_NOTICE, MAX_BOOKING_SCAN_CHARS } from './booking.js';
import { CLIENT_TEXT_THRESHOLD, clientTextScore } from './client-text.js';
import { type FormContentSignals, formContentSignals } from './form-content.js';
import type { ParsedEmail } from './parse.js';
import { colleaguesDropped, domainOf } from './resolve-parties.js';
import { existingClientRequest, ORDER_REFERENCE } from './triage-existing-client.js';
import {
  type ExtractionEvidence,
  featureVector,
  scoreTriage,
  type TriageScores,
  worstCaseScores,
} from './triage-model.js';
import { type TriageSignals, triageSignals, wordingSignals } from './triage-signals.js';

export type { ExtractionEvidence };

const DSN_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
/**
 * A mail server's subject opens with its verdict ("Undeliverable: …", "Non remis : …", "Delivery
 * Status Notification (Failure)"), after at most a mail gateway's tag ("[SPAM]", "[EXTERNAL]") or a
 * forward's prefix. Anywhere else, a site's own tag before them included, the words are a form's
 * or a customer's: "[Site] Delivery failed – webhook fallback" carries a submission, "Demande de
 * contact – Échec de livraison" a customer's topic. Bounded by letters, not `\b`: `\b` is
 * ASCII-only and never sits after "Échec".
 */
const DSN_SUBJECT =
  /^\s*(?:(?:[[(*]{1,3}\s*(?:spam|suspected spam|possible spam|probable spam|bulk|external|ext|extern|externe|externo|warning|caution)\s*[\])*]{1,3}|(?:fwd?|wg|tr|rv)\s?:)\s*)*(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed|failed|incomplete)|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non-delivery|unzustellbar|nicht zustellbar|übermittlungsfehler|non remis|échec (?:de (?:la )?)?(?:remise|distribution|livraison)|message non distribué|no se (?:puede|pudo) entregar|no entregado|error de entrega|notificación de estado de entrega)(?![\p{L}\p{N}])/iu;
/** Letter lookarounds, not `\b` (ASCII-only): "En congé". */
const OOO_SUBJECT =
  /(?<![\p{L}\p{N}])(?:auto(?:matic|matische)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|ooo:|away from (?:the )?office|on (?:vacation|holiday|leave)|abwesenheit(?:snotiz)?|abwesend|nicht im büro|im urlaub|réponse automatique|message d.absence|absence du bureau|absent du bureau|en congés?|respuesta automática|fuera de la oficina|ausente de la oficina|ausente:|de vacaciones)(?:(?![\p{L}\p{N}])|(?<=:))/iu;
/** Money changing hands for something already bought. Account notices are their own reason. */
const TRANSACTIONAL_SUBJECT =
  /\b(?:invoice|your receipt|receipt (?:for|from|#)|payment receipt|order confirmation|order #?\s?\d+|your order|payment (?:received|confirmation|successful|failed)|shipping confirmation|has shipped|subscription renewal|rechnung|quittung|zahlungsbestätigung|bestellbestätigung|ihre bestellung|facture|votre reçu|reçu de paiement|confirmation de (?:commande|paiement)|votre commande|factura|su recibo|tu recibo|recibo de pago|confirmación de (?:pedido|pago)|tu pedido|su pedido)\b/i;
const BULK_PRECEDENCE = /^(?:bulk|list|junk)$/i;
/** Kinds of job-application evidence (triage-signals.ts) that together say it: one word alone does not. */
const JOB_EVIDENCE_KINDS = 2;
/**
 * The formPitch head: a lead-shaped email whose message is a seller's pitch or spam. Above
 * FORM_PITCH_SPAM it is spam (the form only carried it); between the two, a person looks.
 */
const FORM_PITCH_SPAM = 0.9;
const FORM_PITCH_REVIEW = 0.75;
const EXISTING_CLIENT: Rejection = {
  reason: 'customer_service',
  detail: 'an existing client writing about their booking, order or job',
};

/**
 * The customer's message (as extraction found it) reads clearly as an existing client's: the
 * client-text model, beside the word lists of ./triage-existing-client.ts.
 */
const clientMessage = (message: string | null) =>
  message !== null && clientTextScore(message) >= CLIENT_TEXT_THRESHOLD;

/** Where a booking tool says what its notice is: the subject and the first lines. */
const bookingNoticeHead = (email: ParsedEmail) =>
  `${email.subject}\n${email.text}`.slice(0, MAX_BOOKING_SCAN_CHARS);

export interface Classifier {
  /** Phase one, on the parsed email: reasons that no extraction result can overturn. */
  beforeExtraction(email: ParsedEmail, businessId: string): Rejection | null;
  /** Phase two: rules and the model, weighed against what extraction found. */
  afterExtraction(email: ParsedEmail, businessId: string, ev: ExtractionEvidence): Rejection | null;
}

export interface ClassifierHooks {
  /** Called with the model's feature vector for every email the late phase sees (training). */
  onFeatures?: (features: number[]) => void;
}

interface CompiledRules {
  alwaysLead: Set<string>;
  neverLead: Set<string>;
  ownDomains: Set<string>;
}

function compile(rules: readonly SenderRules[]): CompiledRules {
  const out: CompiledRules = { alwaysLead: new Set(), neverLead: new Set(), ownDomains: new Set() };
  for (const r of rules) {
    for (const s of r.alwaysLead) out.alwaysLead.add(s);
    for (const s of r.neverLead) out.neverLead.add(s);
    for (const d of r.ownDomains) out.ownDomains.add(d);
  }
  return out;
}

/** The address itself, its domain, and each parent domain: set lookups, no patterns. */
function listed(list: ReadonlySet<string>, address: string | undefined): boolean {
  if (!address || list.size === 0) return false;
  if (list.has(address)) return true;
  let domain = address.slice(address.lastIndexOf('@') + 1);
  while (domain.includes('.')) {
    if (list.has(domain)) return true;
    domain = domain.slice(domain.indexOf('.') + 1);
  }
  return false;
}

export function createClassifier(triage: TriageConfig, hooks: ClassifierHooks = {}): Classifier {
  const common = triage.businesses['*'];
  const byBusiness = new Map<string, CompiledRules>();
  const shared = compile(common ? [common] : []);
  const rulesFor = (businessId: string): CompiledRules => {
    const own = triage.businesses[businessId];
    if (!own || businessId === '*') return shared;
    let r = byBusiness.get(businessId);
    if (!r) {
      r = compile(common ? [common, own] : [own]);
      byBusiness.set(businessId, r);
    }
    return r;
  };

  return {
    beforeExtraction(email, businessId) {
      const rules = rulesFor(businessId);
      if (listed(rules.neverLead, email.from?.address))
        return { reason: 'sender_rule', detail: 'sender is on the neverLead list' };
      if (listed(rules.alwaysLead, email.from?.address)) return null;
      return structuralNonLead(email);
    },

    afterExtraction(email, businessId, ev) {
      const rules = rulesFor(businessId);
      if (listed(rules.alwaysLead, email.from?.address)) return noContact(ev);
      const ownDomains = new Set(rules.ownDomains);
      // The business receives this mail, so the recipients' domains are its own: not the sender's
      // colleagues in Cc, though, when the sender writes to another company (see colleaguesDropped).
      for (const r of colleaguesDropped(new Set(email.recipients), email.from?.address ?? null))
        ownDomains.add(domainOf(r));
      const s = withFileLeadsPitch(triageSignals(email, ownDomains), ev);
      // The message's content signals (the pitch-text model) are the costliest part of triage and
      // only the scores read them: an email the rules below decide never needs them.
      let content: FormContentSignals | undefined;
      const contentSignals = () => {
        content ??= formContentSignals(email, ev, s, ownDomains);
        return content;
      };
      if (hooks.onFeatures) hooks.onFeatures(featureVector(s, ev, contentSignals()));
      const trusted = ev.specificProfile && ev.labelledContact;
      if (s.spamVerdict) {
        return trusted
          ? { reason: 'needs_review', detail: `${s.spamVerdict} on a recognised lead form` }
          : { reason: 'spam', detail: s.spamVerdict };
      }
      // A calendar object is an invitation or a reply to one, even when its text has form-like labels,
      // except a scheduling tool's notice of a booking that names the person who booked under
      // labels: that person is a customer asking for the business's time.
      if (s.calendarPart && !(s.bookingNotice && ev.labelledContact && !s.calendarSubject))
        return { reason: 'calendar', detail: s.calendarPart };
      if (!trusted) {
        const reason = ruleBasedNonLead(email, s, formSubmission(s, ev));
        if (reason) return reason;
      }
      // A booking tool telling the business that a client moved or cancelled their booking names
      // that client under labels, like a new booking's notice: it is not a new lead.
      const head = bookingNoticeHead(email);
      if (BOOKING_CHANGED.test(head)) return EXISTING_CLIENT;
      // A recognised form skips the rules above: its own wording may name bookings and reference
      // numbers. The customer's message is theirs alone, though, and a client writing about their
      // booking through the contact form or a booking widget is customer service all the same. A
      // booking tool's notice of a new booking says the booking is being made, not kept.
      const newBooking = BOOKING_NOTICE.test(head);
      if (trusted && ev.message && existingClientRequest(ev.message, newBooking)) return EXISTING_CLIENT;
      // A form with a field for the client's own booking or order number ("Booking reference:
      // BK-2291") asks existing clients: their change may sit in a field of its own ("New date:",
      // "Change requested:") rather than in the message. A new booking's notice numbers the
      // booking being made, so it is left out.
      if (trusted && !newBooking) {
        const text = `${email.subject}\n${email.text}`;
        // Mostly the text the signals read: their answers then stand (each is a scan of the text).
        const read = text === s.text;
        const numbered = read ? s.orderReference : ORDER_REFERENCE.test(text);
        if (numbered && (read ? s.existingClient : existingClientRequest(text))) return EXISTING_CLIENT;
      }
      // Someone applying for a job, or a recruiter offering candidates, writes like a customer
      // and may even come through the contact form: a person decides, whatever the form says.
      if (s.jobApplication >= JOB_EVIDENCE_KINDS)
        return { reason: 'needs_review', detail: 'job application or recruiting, not a customer enquiry' };
      const missing = noContact(ev);
      if (missing) return missing;
      // Which of the score checks below an email's scores fail. A reply in a thread the business
      // started is not held back by the pitch or lead score (see below), nor is a conversation
      // notice by the lead score.
      const rejectedBy = (x: TriageScores) => ({
        spam: x.spam >= triage.spamThreshold,
        pitch: x.formPitch >= FORM_PITCH_REVIEW && !s.threadFromOwnDomain,
        lead: x.lead < triage.reviewThreshold && !s.threadFromOwnDomain && !ev.conversationContact,
      });
      // When even the least lead-like scores the lazy features allow fail no check, neither do the
      // exact ones, and those features are never worked out.
      const worst = worstCaseScores(s, ev, contentSignals());
      const { spam, pitch, lead } = rejectedBy(worst);
      const scores = spam || pitch || lead ? scoreTriage(s, ev, contentSignals()) : worst;
      const rejected = rejectedBy(scores);
      if (rejected.spam) {
        const detail = `spam score ${scores.spam.toFixed(2)} ≥ ${triage.spamThreshold}`;
        return trusted
          ? { reason: 'needs_review', detail: `${detail} on a recognised lead form` }
          : { reason: 'spam', detail };
      }
      if (rejected.pitch) {
        const detail = `pitch score ${scores.formPitch.toFixed(2)} of the message`;
        return scores.formPitch >= FORM_PITCH_SPAM
          ? { reason: 'spam', detail: `${detail} ≥ ${FORM_PITCH_SPAM}` }
          : { reason: 'needs_review', detail: `${detail} ≥ ${FORM_PITCH_REVIEW}` };
      }
      // A client's message in wordings the word lists above were not written from, on a form or
      // not. After the spam and pitch scores, so spam keeps its reason; not on a booking tool's
      // notice of a booking being made, whose message asks for that booking.
      if (!newBooking && clientMessage(ev.message)) return EXISTING_CLIENT;
      // Someone answering the business's mail only to be taken off its list is a subscriber
      // managing a subscription, not a prospect, whatever name and number their reply signs with.
      if ((s.threadFromOwnDomain || s.replySubject) && contentSignals().messageOptOut)
        return { reason: 'customer_service', detail: "reply asking to leave the business's mailing list" };
      // A reply in a thread the business started that is not about an existing order (the rules
      // above would have said so) continues a conversation the business is having with a
      // prospect; the model, which reads replies as personal mail, does not overrule that.
      // Likewise a conversation notice whose customer the extractor found (the caller, the texter, the
      // chat's visitor) is a lead: it has no form labels and comes from a machine, which the model,
      // trained on forms and personal mail, reads as doubt. Spam was ruled out above.
      if (rejected.lead) {
        return {
          reason: 'needs_review',
          detail: `lead score ${scores.lead.toFixed(2)} < ${triage.reviewThreshold}`,
        };
      }
      return null;
    },
  };
}

/**
 * A lead read from an attached file (a form's entry as `.txt` or `.csv`, a visitor's card) comes
 * under the sender's cover note: a form tool's "Good news: your business received a new lead! Our
 * team attached the entry" or a colleague's. Its selling words and its links ("View the entry",
 * "Upgrade your plan") are the sender's, talking to the business, and read as a pitch to it; the
 * customer's words are the file's. So the pitch wording and the links per word are counted in the
 * customer's message there: a seller typing a pitch (and its links) into the form still reads as
 * one.
 */
function withFileLeadsPitch(s: TriageSignals, ev: ExtractionEvidence): TriageSignals {
  return ev.leadFromFile ? { ...s, ...wordingSignals(ev.message ?? '') } : s;
}

function noContact(ev: ExtractionEvidence): Rejection | null {
  return ev.hasEmail || ev.hasPhone
    ? null
    : { reason: 'no_contact', detail: 'no customer email or phone found' };
}

function structuralNonLead(email: ParsedEmail): Rejection | null {
  const h = email.headers;
  if (email.contentType.startsWith('multipart/report')) {
    return { reason: 'delivery_report', detail: 'multipart/report (RFC 6522)' };
  }
  if (email.from && DSN_SENDER.test(email.from.address)) {
    return { reason: 'delivery_report', detail: 'sent by a mailer daemon' };
  }
  if (DSN_SUBJECT.test(email.subject))
    return { reason: 'delivery_report', detail: 'delivery-status subject' };
  const autoSubmitted = (h.get('auto-submitted') ?? '').trim().toLowerCase();
  // RFC 3834 §5: auto-replied (and unknown extensions) are responses; auto-generated is weighed later.
  if (autoSubmitted && autoSubmitted !== 'no' && !autoSubmitted.startsWith('auto-generated')) {
    return { reason: 'auto_reply', detail: `Auto-Submitted: ${autoSubmitted.slice(0, 40)}` };
  }
  // Precedence: auto_reply is what Exchange and several vacation responders set (not in any RFC).
  if (/^auto[_-]?reply$/i.test((h.get('precedence') ?? '').trim())) {
    return { reason: 'auto_reply', detail: 'Precedence: auto_reply' };
  }
  if (h.has('x-autoreply') || h.has('x-autorespond') || h.has('x-autoresponder')) {
    return { reason: 'auto_reply', detail: 'X-Autoreply header' };
  }
  if (OOO_SUBJECT.test(email.subject)) return { reason: 'auto_reply', detail: 'out-of-office subject' };
  if (/^\s*fail/i.test(h.get('x-ses-virus-verdict') ?? ''))
    return { reason: 'spam', detail: 'X-SES-Virus-Verdict: FAIL' };
  return null;
}

/**
 * Kinds of customer field (of four) a form submission's notice labels, besides the name and the
 * message extraction found: its questions are often worded ("How can we help?"), not labelled.
 */
const SUBMISSION_LABEL_KINDS = 2;

/**
 * One form submission addressed to the business, delivered through a list-like channel: a code
 * forge mailing an issue its site filed from a contact form, a ticket or helpdesk tool. Such
 * systems set List-Id, List-Unsubscribe and Precedence: list on every notification (and print "or
 * unsubscribe" under it: from the notifications, not from marketing), but the email presents a
 * customer's name, contact and message under form fields (two or more kinds labelled), the
 * customer is not the sender (a list post's author is), and the contact came from those fields.
 * A newsletter or a list digest shows no such form: at most the sender's own phone and address.
 * The model still weighs the list headers and the opt-out line.
 */
function formSubmission(s: TriageSignals, ev: ExtractionEvidence): boolean {
  return (
    ev.labelledContact &&
    ev.hasName &&
    ev.messageChars > 0 &&
    !ev.contactFromHeader &&
    s.formLabelKinds >= SUBMISSION_LABEL_KINDS
  );
}

/**
 * The rule-based reasons, for an email that is not a trusted lead. `submission`: the email is one
 * form submission's notice (see formSubmission), which list headers do not make bulk mail.
 */
function ruleBasedNonLead(email: ParsedEmail, s: TriageSignals, submission: boolean): Rejection | null {
  const h = email.headers;
  if (s.listHeaders && !submission)
    return { reason: 'bulk', detail: 'List-* header (mailing list or newsletter)' };
  const precedence = (h.get('precedence') ?? '').trim();
  if (BULK_PRECEDENCE.test(precedence) && !submission)
    return { reason: 'bulk', detail: `Precedence: ${precedence.toLowerCase()}` };
  if (s.calendarSubject) return { reason: 'calendar', detail: 'meeting request or response subject' };
  if (s.accountNotice) return { reason: 'account_notice', detail: 'account or security notice wording' };
  if ((h.get('auto-submitted') ?? '').trim().toLowerCase().startsWith('auto-generated')) {
    return { reason: 'auto_reply', detail: 'Auto-Submitted: auto-generated without a recognised lead form' };
  }
  // A reply naming its order ("Re: Order #10482") is the customer writing about it: customer
  // service, below, not the shop's own notice.
  if (TRANSACTIONAL_SUBJECT.test(email.subject) && !(s.replySubject && s.orderReference))
    return { reason: 'transactional', detail: 'transactional subject' };
  // A reply in the business's own thread without an order, booking or ticket in it may be a prospect
  // answering the business's questions: that is for the model, not this rule.
  if (s.threadFromOwnDomain && (s.orderReference || s.serviceWording))
    return { reason: 'customer_service', detail: "reply in a thread started by the business's own mail" };
  if (s.orderReference && (s.replySubject || s.threaded || s.serviceWording))
    return { reason: 'customer_service', detail: 'order, booking or ticket number in a reply' };
  if (s.replySubject && s.threaded && s.serviceWording)
    return { reason: 'customer_service', detail: 'reply about an existing order or booking' };
  // "I need to reschedule my appointment": the writer is already a client, whatever the thread.
  if (s.existingClient) return EXISTING_CLIENT;
  return null;
}
