/**
 * Resolve-parties stage: who is not the customer. The recipient business and its inbound address,
 * the forwarder and the employee replying above a quoted enquiry, the form system or platform
 * sender, and role mailboxes. In a reply chain the customer's block is in the quote.
 */
import { SALUTATION_LINE } from './extractors/boilerplate.js';
import type { LabelDictionary } from './extractors/labels.js';
import { findEmails, normaliseEmail } from './normalise.js';
import { isPlausibleName } from './normalise-names.js';
import type { Address, ParsedEmail } from './parse.js';
import { readFields } from './read-fields.js';
import { type QuotedTurn, type ReplySplit, splitReply, type Unwrapped } from './segment.js';
import { isReplySubject } from './triage-signals.js';

/**
 * Senders that are machines (form systems, platforms, call-tracking and voicemail services that
 * mail a transcript from `voicemail@`, `calls@`, `recordings@`, `anrufe@`, `messagerie@`,
 * `llamadas@`…): never the customer.
 */
export const SYSTEM_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|no-?responder|nicht-?antworten|notifications?|notify|alerts?|mailer(?:-daemon)?|postmaster|bounces?|wordpress|forms?|formulario|formulaire|formular|system|webmaster|automated|automailer|robot|updates?|leads?|lead-alerts?|newsletters?|news|ads-noreply|jotform|typeform|hubspot|wix|messages?|reply|relay|webhooks?|hooks?|bot|daemon|zapier|integrations?|crm|mensajes|avisos|alertas|notificaciones|nachrichten|benachrichtigungs?|alertes|contacto-web|voice-?mail|vm|voice|calls?|call-?tracking|tracking|recordings?|transcripts?|transcriptions?|mailbox|sprachnachrichten?|anrufe?|anrufbeantworter|messagerie|appels?|enregistrements?|buzon|llamadas?|grabaciones?|transcripciones?)(?:[+._-].*)?@/i;
/** Role mailboxes: fine as a Reply-To, but a body scan should not pick them. */
export const ROLE_LOCAL =
  /^(?:info|support|hello|contact|kontakt|sales|team|service|office|admin|marketing|help|hola|bonjour|privacy|legal|datenschutz|dpo|gdpr|abuse|unsubscribe|billing|accounts|careers|jobs|press|enquiries|inquiries|anfragen|kundenservice|customer-?service|care|ayuda|soporte|hilfe|aide|assistance|atencion|accueil|ventas|verkauf|vertrieb|reservations?|bookings?|reception|empfang|orders?|shop|store|bestellung(?:en)?|commandes?|boutique|pedidos?|tienda)@/i;
export const PLATFORM_DOMAIN =
  /@(?:[\w-]+\.)*(?:facebookmail\.com|facebook\.com|fb\.com|meta\.com|google\.com|googlemail\.com|linkedin\.com|hubspot\.com|hs-inbox\.com|wpforms\.com|typeform\.com|jotform\.com|formspree\.io|wix\.com|wixforms\.com|squarespace\.com|webflow\.com|mailchimp\.com|sendgrid\.net|amazonses\.com)$/i;
/** Display names of machines ("Website via WPForms", "Facebook Leads Team", "Enquiry Bot", "Anfrage-Assistent"). */
const SYSTEM_NAME =
  /\b(?:\p{L}*bot|assistant|assistent|asistente|team|notifications?|no-?reply|website|webseite|site web|sitio web|form(?:s|ular|ulaire|ulario)?|facebook|meta|google|linkedin|wordpress|leads?|alerts?|system|mailer|automat\w*|support|\p{L}*service|voice ?mail|mailbox|anrufbeantworter|messagerie|buz[oó]n de voz|answering|(?:answer|front) desk|call ?cent(?:er|re)|centralita|permanence|standard|accueil|empfang|rezeption|reception|recepci[oó]n|sekretariat\p{L}*|secr[eé]tariat|secretar[ií]a)\b/iu;

/**
 * A reply (an employee's note above the quoted enquiry): the customer is in the quoted part. Taken
 * when the quote holds a labelled email or phone and the note above it holds no labelled email, or
 * when the attribution names a person other than the reply's author who is not the business (a
 * personal enquiry without labels: prose and a signature).
 */
function quotedCustomer(
  text: string,
  dict: LabelDictionary,
  replyAuthor: Address | null,
  recipients: ReadonlySet<string>,
): QuotedEnquiry | null {
  const reply = splitReply(text);
  if (!reply) return null;
  const hasContact = (t: string, targets: readonly string[]) =>
    readFields(t, dict).pairs.some((p) => p.hit !== null && targets.includes(p.hit.target));
  const author = parseAddress(reply.quotedFrom);
  const person = isOtherPerson(author, replyAuthor, recipients) ? author : null;
  const labelled = !hasContact(reply.authored, ['email']) && hasContact(reply.quoted, ['email', 'phone']);
  if (!labelled && !person) return null;
  const { body, turns } = person ? firstEnquiry(reply, person) : { body: reply.quoted, turns: [] };
  return {
    headers: { from: reply.quotedFrom, replyTo: null, subject: null, to: null },
    body,
    preamble: reply.authored,
    turns,
    person,
  };
}

/** Quote levels followed down a back-and-forth ("> On … wrote:" / ">> On … wrote:" …). */
const MAX_QUOTE_LEVELS = 8;

/**
 * The customer's first enquiry in a back-and-forth quoted level under level: the deepest quote
 * whose attribution names them, as Outlook's innermost header block is (`unwrapForwarded`). Their
 * later turns above it, latest first, may give the number the enquiry did not.
 */
function firstEnquiry(reply: ReplySplit, customer: Address): { body: string; turns: QuotedTurn[] } {
  const levels: QuotedTurn[] = [];
  let level: ReplySplit | null = reply;
  for (let depth = 0; level && depth < MAX_QUOTE_LEVELS; depth++) {
    const deeper = splitReply(level.quoted);
    levels.push({ from: level.quotedFrom, text: deeper ? deeper.authored : level.quoted });
    level = deeper;
  }
  const own = (t: QuotedTurn) => parseAddress(t.from)?.address === customer.address;
  let first = levels.length - 1;
  while (first > 0 && !own(levels[first] as QuotedTurn)) first--;
  if (first === 0) return { body: reply.quoted, turns: [] };
  return { body: (levels[first] as QuotedTurn).text, turns: levels.slice(0, first).filter(own) };
}

/** The message a reply or forward carries, and its author when that author is the customer. */
export interface RepliedEnquiry {
  enquiry: Unwrapped | null;
  /** The quoted or inner author, a person outside the business: the customer, even as a recipient. */
  customer: Address | null;
}

/**
 * The customer's message under a staff member's reply or forward. A staff reply is top-posted above
 * the enquiry it answers and sent to the customer with the leads inbox in copy, or to the inbox, or
 * forwarded there: Outlook quotes the enquiry under the same "From: / Sent: / To: / Subject:" block
 * as a forward (`forward`, already unwrapped), Gmail and Apple Mail under an attribution line. The
 * header block's author is the customer when they are a person outside the business, though the
 * reply was sent to them. A forward of the staff member's own reply (the inner author is the one
 * forwarding, or at the business's domain) carries the customer one level down, in its quote.
 */
export function repliedEnquiry(
  text: string,
  forward: Unwrapped | null,
  dict: LabelDictionary,
  author: Address | null,
  recipients: ReadonlySet<string>,
): RepliedEnquiry {
  if (!forward) {
    const quote = quotedCustomer(text, dict, author, recipients);
    return { enquiry: quote, customer: quote?.person ?? null };
  }
  const inner = parseAddress(forward.headers.from);
  const ownReply =
    !!inner && !!author && businessParty(new Set([...recipients, author.address]))(inner.address);
  const quote = ownReply ? quotedCustomer(forward.body, dict, inner, recipients) : null;
  if (quote?.person) {
    const headers = { ...quote.headers, subject: forward.headers.subject };
    const preamble = `${forward.preamble}\n${quote.preamble}`;
    return { enquiry: { ...quote, headers, preamble }, customer: quote.person };
  }
  return { enquiry: forward, customer: isOtherPerson(inner, author, recipients) ? inner : null };
}

/**
 * The text a person wrote above the business's own message, when the header block under it is a
 * reply's, not a forward's: Outlook quotes the message a reply answers under the same "From: / Sent:
 * / To: / Subject:" block it puts above a forward. The subject says it is a reply, and the quoted
 * message is the business's (from one of its shared mailboxes, or from a mailer's no-reply address:
 * often an automatic acknowledgement with the business's phone and hours) sent to the
 * person now writing: then the writer is the customer and only their text above it is theirs. Null
 * for a forward, even of the business's own mail (the owner passing on the website's notification
 * from a private address).
 */
export function replyAboveOwnMessage(
  forward: Unwrapped,
  author: Address | null,
  subject: string,
  isBusiness: (address: string) => boolean,
): string | null {
  const quotedFrom = parseAddress(forward.headers.from);
  if (!author || !quotedFrom || isBusiness(author.address)) return null;
  // A mailer's acknowledgement, or the business's shared mailbox: a colleague's own reply (a quote
  // from tom.baker@…) makes the thread a conversation already under way, not a new enquiry.
  const automatic = SYSTEM_LOCAL.test(quotedFrom.address);
  if (!automatic && (!isBusiness(quotedFrom.address) || PERSONAL_LOCAL.test(quotedFrom.address))) return null;
  // Some clients leave the To line out of the quoted header block.
  const to = (forward.headers.to ?? '').toLowerCase();
  const sentToAuthor =
    !to || to.includes(author.address) || (!!author.name && to.includes(author.name.toLowerCase()));
  return sentToAuthor && isReplySubject(subject) ? forward.preamble : null;
}

/** A person's own mailbox: "tom.baker@", "t_baker@", "anna-lena.weber@". */
const PERSONAL_LOCAL = /^\p{L}[\p{L}-]*[._]\p{L}[\p{L}-]*@/u;

export interface QuotedEnquiry extends Unwrapped {
  /** The quoted author when they are a person outside the business (possibly a recipient of the reply). */
  person: Address | null;
}

/**
 * A quoted author who is a person outside the business, not the one replying. An employee often
 * replies to the customer with the business inbox in copy, so the customer may be a recipient;
 * a reply to the quoted author alone is the customer answering the business's mail. A quoted author
 * at the domain of another recipient or of the one replying is a colleague.
 */
function isOtherPerson(
  quoted: Address | null,
  replyAuthor: Address | null,
  recipients: ReadonlySet<string>,
): boolean {
  if (!quoted || !replyAuthor || quoted.address === replyAuthor.address) return false;
  const others = [...recipients].filter((r) => r !== quoted.address);
  if (others.length === 0 && recipients.size > 0) return false;
  const otherDomains = new Set(others.map(domainOf));
  if (!isSharedDomain(replyAuthor.address)) otherDomains.add(domainOf(replyAuthor.address));
  return (
    !otherDomains.has(domainOf(quoted.address)) &&
    !SYSTEM_LOCAL.test(quoted.address) &&
    !PLATFORM_DOMAIN.test(quoted.address) &&
    !ROLE_LOCAL.test(quoted.address)
  );
}

export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * Mail providers anyone can have an address at, and the documentation domains: sharing one with
 * the business says nothing about who an address belongs to. The largest providers of the four
 * markets only (a full list costs a download or 90 ms of start-up, see the parties doc).
 */
const SHARED_DOMAIN =
  /^(?:gmail\.com|googlemail\.com|yahoo\.[a-z.]{2,6}|ymail\.com|hotmail\.[a-z.]{2,6}|outlook\.[a-z.]{2,6}|live\.[a-z.]{2,6}|msn\.com|icloud\.com|me\.com|mac\.com|aol\.[a-z.]{2,6}|gmx\.[a-z.]{2,6}|web\.de|t-online\.de|freenet\.de|posteo\.de|mailbox\.org|orange\.fr|wanadoo\.fr|free\.fr|laposte\.net|sfr\.fr|neuf\.fr|bbox\.fr|telefonica\.net|movistar\.es|proton\.me|protonmail\.com|pm\.me|zoho\.com|yandex\.[a-z]{2,3}|mail\.ru|mail\.com|example\.(?:com|org|net))$/;

export const isSharedDomain = (address: string) => SHARED_DOMAIN.test(domainOf(address));
export const sameDomain = (a: string, b: string) => domainOf(a) === domainOf(b);
/** A display name that is a machine's ("Website", "Rückruf-Service"), not a person's or empty. */
export const machineName = (name: string) => !!name.trim() && displayName(name) === null;

/**
 * A company's employee writing to another company (an HR or facilities person asking a provider
 * for an offer) copies colleagues at their own domain: those are the sender's colleagues, not the
 * business, so the sender's domain must not read as the business's, to extraction or to triage.
 * Only when a recipient is at another company's own domain; mail among one domain (a staff note)
 * keeps every recipient.
 */
export function colleaguesDropped(recipients: ReadonlySet<string>, from: string | null): ReadonlySet<string> {
  if (!from || isSharedDomain(from)) return recipients;
  const elsewhere = [...recipients].some((r) => !sameDomain(r, from) && !isSharedDomain(r));
  return elsewhere ? new Set([...recipients].filter((r) => !sameDomain(r, from))) : recipients;
}

/**
 * A business's reply to the person who wrote in, with its own inbox in copy ("To: the customer,
 * Cc: info@"), over the enquiry it answers: the To addresses outside the author's domain are the
 * people answered, not the business, though they are recipients. Empty unless the subject is a
 * reply's and a copied recipient shares the author's own (not a mail provider's) domain.
 */
export function answeredPeople(email: ParsedEmail): string[] {
  const author = email.from?.address;
  if (!author || isSharedDomain(author) || !isReplySubject(email.subject)) return [];
  const to = findEmails(email.headers.get('to') ?? '');
  const copiesOwnInbox = email.recipients.some(
    (r) => r !== author && sameDomain(r, author) && !to.includes(r),
  );
  return copiesOwnInbox ? to.filter((a) => !sameDomain(a, author)) : [];
}

/**
 * Whether an address is the business's: one of its own (recipients, the forwarder, the reply's
 * author) or any other at their domains, a colleague's or the website's ("website@", "s.roth@"),
 * unless the domain is a shared mail provider.
 */
export function businessParty(addresses: ReadonlySet<string>): (address: string) => boolean {
  const domains = new Set([...addresses].map(domainOf).filter((d) => d && !SHARED_DOMAIN.test(d)));
  return (address) => addresses.has(address) || domains.has(domainOf(address));
}

/**
 * A Reply-To the platform answers itself: a per-message token in the local part
 * ("antwort+8f3a9c21d0@", "reply-4418320@") or, when the sender is a machine, its own domain.
 */
export function isPlatformReplyTo(replyTo: Address, from: Address | null): boolean {
  const local = replyTo.address.slice(0, replyTo.address.lastIndexOf('@'));
  if (MESSAGE_TOKEN.test(local)) return true;
  if (!from || domainOf(from.address) !== domainOf(replyTo.address)) return false;
  return SYSTEM_LOCAL.test(from.address) || ROLE_LOCAL.test(from.address) || machineName(from.name);
}
const MESSAGE_TOKEN = /[+=][^@]{6,}|[0-9a-f]{12,}|\d{7,}/i;

export function parseAddress(header: string | null): Address | null {
  if (!header) return null;
  const m = /^\s*"?([^"<]*?)"?\s*[<[]\s*(?:mailto:)?([^\s<>@]+@[^\s<>\]]+)\s*[>\]]/.exec(header);
  if (m) return { name: (m[1] ?? '').trim(), address: (m[2] ?? '').toLowerCase() };
  const e = normaliseEmail(header);
  return e ? { name: '', address: e } : null;
}

/** "javi.ortega", "anna_berg84": an address's local part as display name, not a name. */
const HANDLE = /^[\p{L}\d]+(?:[._][\p{L}\d]+)+$/u;

/** "Jane Doe via Website" → "Jane Doe"; machine names → null. */
export function displayName(name: string): string | null {
  const n = name
    .replace(/\s+(?:via|über|par|vía|por)\s+.*$/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
  if (!n || n.includes('@') || SYSTEM_NAME.test(n) || HANDLE.test(n)) return null;
  return n;
}

/** Lines after a sign-off in which the writer's name is looked for. */
const MAX_SIGNATURE_NAME_LINES = 2;
const MAX_SIGNATURE_NAME_WORDS = 4;

/**
 * The writer's name under the last sign-off of a personal email ("Best regards," / "Dan
 * Whitfield"), for a sender who gave no display name: a plausible personal name of at most four
 * words on one of the two lines after it, else null (a company line or a phone is no name).
 */
export function signOffName(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--) if (SALUTATION_LINE.test(lines[i] as string)) at = i;
  if (at < 0) return null;
  for (const line of lines
    .slice(at + 1)
    .filter(Boolean)
    .slice(0, MAX_SIGNATURE_NAME_LINES)) {
    const name = line.replace(/[,.]$/, '').trim();
    if (name.split(/\s+/).length <= MAX_SIGNATURE_NAME_WORDS && isPlausibleName(name) && displayName(name))
      return name;
  }
  return null;
}
