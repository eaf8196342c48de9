/**
 * Forwarded-message unwrapping. A business owner forwards the notification to the inbound address;
 * the customer is in the inner message, never the forwarder (whose greeting and signature sit
 * above the marker). Recognises Gmail, Outlook, Apple Mail and Thunderbird markers in en/de/fr/es
 * (terminal clients' and Notes' markers: legacy-forwards.ts) and takes the innermost forward when
 * forwards are nested.
 */
import { VALUE_END } from './extractors/label-value.js';
import { forwardedPart, LEGACY_FORWARD_MARKERS } from './legacy-forwards.js';

export interface ForwardedHeaders {
  from: string | null;
  replyTo: string | null;
  subject: string | null;
  to: string | null;
}

export interface Unwrapped {
  headers: ForwardedHeaders;
  body: string;
  /** The forwarder's own text above the marker (for excluding their addresses). */
  preamble: string;
  /**
   * The messages between the outermost and the innermost of nested header blocks, latest first: the
   * turns of a reply chain Outlook quotes block under block. The customer's latest turn may give the
   * number their first enquiry (the innermost) did not.
   */
  turns: readonly QuotedTurn[];
}

export interface QuotedTurn {
  /** The turn's From header ("Name <address>"). */
  from: string | null;
  /** Its text above the next header block. */
  text: string;
}

/**
 * The HTML reader's end-of-block line (extractors/label-value.ts): Outlook on the web writes each
 * header line of a forward in its own block, so one may stand between any two of them.
 */
const BLOCK_END = String.raw`(?:[ \t]*${VALUE_END}[ \t]*\n)?`;

/** Lines of a forward's header block, each possibly followed by an HTML block's end. */
const FROM_LINE = String.raw`[ \t>]*\**(?:from|von|de)\**[ \t]*:[^\n]*\n${BLOCK_END}`;
const SENT_LINE = String.raw`[ \t>]*\**(?:sent|gesendet|envoyé|enviado(?: el)?|date|datum|fecha)\**[ \t]*:[^\n]*\n${BLOCK_END}`;
const TO_LINE = String.raw`[ \t>]*\**(?:to|an|à|para|cc|bcc|cci|cco|kopie)\**[ \t]*:[^\n]*\n${BLOCK_END}`;

const MARKER = new RegExp(
  [
    // Gmail "---------- Forwarded message ---------", Thunderbird "-------- Forwarded Message --------",
    // Outlook "-----Original Message-----", in the four languages.
    String.raw`^[ \t>]*-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|originalnachricht|message transféré|message d'origine|message original|mensaje reenviado|mensaje original)\s*-{2,}[ \t]*$`,
    // Apple Mail "Begin forwarded message:".
    String.raw`^[ \t>]*(?:begin forwarded message|anfang der weitergeleiteten nachricht|beginn der weitergeleiteten nachricht|début du message (?:réexpédié|transféré)|inicio del mensaje reenviado)\s*:?[ \t]*$`,
    // Outlook's underscore rule followed by a From line.
    String.raw`^[ \t>]*_{10,}[ \t]*$(?=\n[ \t>]*\**(?:from|von|de)\s*:)`,
    // Outlook (HTML) puts no marker at all: a From line directly followed by a Sent/Date line.
    String.raw`^(?=[ \t>]*\**(?:from|von|de)\**[ \t]*:[^\n]*@[^\n]*\n${BLOCK_END}[ \t>]*\**(?:sent|gesendet|envoyé|enviado(?: el)?|date|datum|fecha)\**[ \t]*:)`,
    // Outlook on the web, localized, naming people without addresses ("Von: Birgit Sommer"): the
    // whole header block says it, a From line, To/Cc lines around a Sent/Date line, then the Subject.
    String.raw`^(?=${FROM_LINE}(?:${TO_LINE}){0,4}${SENT_LINE}(?:${TO_LINE}|${SENT_LINE}){0,4}[ \t>]*\**(?:subject|betreff|objet|asunto)\**[ \t]*:)`,
    ...LEGACY_FORWARD_MARKERS,
  ].join('|'),
  'gim',
);

const HEADER_LINE = /^\**\s*([\p{L} -]{1,20}?)\s*\**\s*[:：]\s*\**\s*(.*)$/u;
const FROM_KEYS = new Set(['from', 'von', 'de', 'absender']);
const SUBJECT_KEYS = new Set(['subject', 'betreff', 'objet', 'asunto', 'sujet']);
const TO_KEYS = new Set(['to', 'an', 'à', 'a', 'para', 'pour', 'destinataire', 'empfänger']);
const REPLY_TO_KEYS = new Set(['reply-to', 'antwort an', 'répondre à', 'responder a']);
const OTHER_KEYS = new Set([
  'date',
  'datum',
  'sent',
  'gesendet',
  'envoyé',
  'enviado',
  'enviado el',
  'fecha',
  'cc',
  'bcc',
  'kopie',
  'cci',
  'cco',
  'importance',
  'wichtigkeit',
  'priorité',
]);
const MAX_NESTED_FORWARDS = 5;

/** Returns null when the text contains no forward marker. */
export function unwrapForwarded(text: string): Unwrapped | null {
  let result: Unwrapped | null = null;
  let current = text;
  for (let depth = 0; depth < MAX_NESTED_FORWARDS; depth++) {
    MARKER.lastIndex = 0;
    const m = MARKER.exec(current);
    if (!m) break;
    const preamble = current.slice(0, m.index);
    const after = current.slice(m.index + m[0].length);
    const inner = parseInnerHeaders(stripQuoting(forwardedPart(after)));
    const turns: QuotedTurn[] = result
      ? [...result.turns, { from: result.headers.from, text: preamble }]
      : [];
    result = {
      headers: inner.headers,
      body: inner.body,
      preamble: result ? result.preamble : preamble,
      turns,
    };
    current = inner.body;
  }
  return result;
}

/** Forwards quoted with "> " lose the prefix so the inner labels are seen. */
function stripQuoting(text: string): string {
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim());
  const quoted = nonEmpty.filter((l) => /^\s*>/.test(l)).length;
  if (nonEmpty.length === 0 || quoted < nonEmpty.length * 0.6) return text;
  return lines.map((l) => l.replace(/^\s*>\s?/, '')).join('\n');
}

function parseInnerHeaders(text: string): { headers: ForwardedHeaders; body: string } {
  const headers: ForwardedHeaders = { from: null, replyTo: null, subject: null, to: null };
  const lines = text.split('\n');
  let i = 0;
  const blockEnd = (k: number) => (lines[k] ?? '').trim() === VALUE_END;
  while (i < lines.length && (!(lines[i] ?? '').trim() || blockEnd(i))) i++;
  let seen = 0;
  let last: keyof ForwardedHeaders | null = null;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (!line) break;
    // A header line in its own HTML block: the next one may follow the block's end.
    if (blockEnd(i) && HEADER_LINE.test((lines[i + 1] ?? '').trim())) continue;
    const m = HEADER_LINE.exec(line);
    const key = m ? (m[1] ?? '').trim().toLowerCase() : '';
    const value = m ? (m[2] ?? '').replace(/\*+$/, '').trim() : '';
    if (m && FROM_KEYS.has(key)) last = 'from';
    else if (m && SUBJECT_KEYS.has(key)) last = 'subject';
    else if (m && TO_KEYS.has(key)) last = 'to';
    else if (m && REPLY_TO_KEYS.has(key)) last = 'replyTo';
    else if (m && OTHER_KEYS.has(key)) last = null;
    else if (seen > 0 && !m && last && /^[ \t]/.test(raw)) {
      // Folded header value (long To/Subject lines wrap in some clients).
      headers[last] = `${headers[last] ?? ''} ${line}`.trim();
      continue;
    } else break;
    seen++;
    if (last) headers[last] = value;
  }
  if (seen === 0) return { headers, body: text };
  return { headers, body: lines.slice(i).join('\n') };
}

export interface ReplySplit {
  /** The reply author's own text above the quote (their note and signature). */
  authored: string;
  /** The quoted message, quote markers removed. */
  quoted: string;
  /** "Name <address>" of the quoted message's author, from the attribution line, if it names one. */
  quotedFrom: string | null;
}

/**
 * Attribution lines of quoted replies in the four languages ("On Mon, 9 Mar 2026, Jane <j@x> wrote:",
 * "Am … schrieb …:", "Le … a écrit :", "El … escribió:"), possibly wrapped over two lines. Apple Mail
 * puts the line inside the quote ("> On 3 Mar 2026, at 10:02, Jane <j@x> wrote:", or as the first line
 * of the `<blockquote type="cite">`, rendered with "> ").
 */
export const ATTRIBUTION =
  /^[ \t>]*(?:on|am|le|el)\s[^\n]{4,200}?(?:\n[^\n]{1,200}?)?\s(?:wrote|schrieb|a écrit|escribió)(?:\s[^\n:]{1,200}?)?\s?:[ \t]*$/im;
/** "Name <address>", "Name (address)" or "Name (<address>)"; German puts it after the verb ("… schrieb Anna <a@b>:"). */
export const ADDRESS_IN_ATTRIBUTION =
  /([^,<>()\n]*?)\s*[<(]{1,2}\s*(?:mailto:)?([^\s<>()@]+@[^\s<>()]+)\s*[>)]/;

/**
 * Splits a reply into the author's text and the quoted message: at an attribution line, or at the
 * first run of "> " lines that holds most of the rest. Returns null for an email that quotes nothing.
 */
export function splitReply(text: string): ReplySplit | null {
  const m = ATTRIBUTION.exec(text);
  let at: number;
  let quotedFrom: string | null = null;
  let rest: string;
  if (m) {
    at = m.index;
    const a = ADDRESS_IN_ATTRIBUTION.exec(m[0]);
    if (a) quotedFrom = `${attributedName(a[1] ?? '')} <${a[2]}>`;
    rest = text.slice(m.index + m[0].length);
  } else {
    const q = /^[ \t]*>/m.exec(text);
    if (!q) return null;
    at = q.index;
    rest = text.slice(q.index);
  }
  const lines = rest.split('\n');
  const quotedLines = lines.filter((l) => /^[ \t]*>/.test(l));
  const nonEmpty = lines.filter((l) => l.trim()).length;
  if (quotedLines.length === 0 || quotedLines.length < nonEmpty * 0.6) return null;
  const quoted = lines
    .filter((l) => /^[ \t]*>/.test(l) || !l.trim())
    .map((l) => l.replace(/^[ \t]*>[ \t]?/, ''))
    .join('\n');
  return { authored: text.slice(0, at), quoted, quotedFrom };
}

/** The author's name before the address, without the date and time or the verb that precede it. */
function attributedName(text: string): string {
  return text
    .replace(/^.*\bschrieb\s+/i, '')
    .replace(/^.*\d{1,2}[:.h]\d{2}(?:\s?[ap]m)?(?:\s?uhr)?,?\s*/i, '')
    .replace(/^(?:on|am|le|el)\s.*\d{4},?\s*/i, '')
    .trim();
}
