/**
 * Parse stage: raw RFC 5322 bytes → the few things extraction reads, within hard limits.
 *
 * Threats bounded here, cheapest check first:
 *  - size: checked before anything else (mailparser buffers the whole message and its parts);
 *  - header block: a 2 MB header line would be unfolded, decoded and regex-matched repeatedly;
 *  - MIME depth and part count: pre-scanned on the raw bytes, because mailparser recurses per
 *    nesting level and keeps a node per part ("endless boundaries");
 *  - time: a timer races the parse (the email's remaining time budget). mailparser's work is partly
 *    synchronous, so the timer cannot interrupt a long synchronous step; the size and structure
 *    limits keep each step short;
 *  - what later patterns see: the subject and each header value are cut to a fixed length, so every
 *    pattern over them (rules-file ones on RE2, built-in ones on V8) runs on bounded input.
 * Every breach becomes a {reason, detail} outcome, never a throw.
 */
import type { AddressObject, ParsedMail } from 'mailparser';
import type { LeadstreamConfig } from '../../config/schema.js';
import { envelopeRecipientsOf } from '../../ingress/envelope.js';
import type { RejectReason } from '../../schemas/result.js';

export interface Address {
  name: string;
  address: string;
}

export interface ParsedEmail {
  /** Top-level headers: lowercased name → unfolded raw value (repeats joined by '\n'). */
  headers: ReadonlyMap<string, string>;
  contentType: string;
  from: Address | null;
  replyTo: Address[];
  /** X-Original-To, Delivered-To, To, Cc addresses, lowercased, in that order. */
  recipients: string[];
  /**
   * The envelope recipients (RCPT TO) our ingress prepended (src/ingress/envelope.ts), lowercased;
   * [] when the email did not come through it. When present they decide the business.
   */
  envelopeRecipients: string[];
  subject: string;
  messageId: string | null;
  date: Date | null;
  text: string;
  html: string;
  /** Text of the first XML attachment (ADF leads arrive as .xml attachments), else null. */
  xml: string | null;
  /** Raw bytes of the first attached message/rfc822 (a notification forwarded as an attachment). */
  embedded: Buffer | null;
  /** Text attachments that can carry a lead (CSV exports, vCards, plain text, HTML), decoded, in order. */
  attachments: TextAttachment[];
  /** Content type (lowercased, no parameters) and file name of every non-body part: triage reads them. */
  partTypes: { contentType: string; filename: string | null }[];
}

export interface TextAttachment {
  /**
   * 'html': a form tool's entry sent as a file (`submission.html`), the markup as sent; 'yaml': a
   * YAML export (`lead.yaml`); 'text': any other text file (plain, Markdown, JSON, INI, a log).
   */
  kind: 'csv' | 'vcard' | 'text' | 'yaml' | 'html';
  text: string;
}

/** At most this many text attachments are kept, each at most MAX_XML_ATTACHMENT_BYTES. */
const MAX_TEXT_ATTACHMENTS = 4;

export type ParseOutcome =
  | { ok: true; email: ParsedEmail }
  | { ok: false; reason: Extract<RejectReason, 'too_large' | 'malformed' | 'timeout'>; detail: string };

/** An XML attachment larger than this is not an ADF lead; it is not decoded to text. */
export const MAX_XML_ATTACHMENT_BYTES = 256 * 1024;
/** RFC 5322 §2.1.1 caps a line at 998 characters; a subject folded over two such lines is plenty. */
export const MAX_SUBJECT_CHARS = 2_000;
/** Longest header value kept (characters, after unfolding); repeats of a header are joined first. */
export const MAX_HEADER_VALUE_CHARS = 8_192;
/** A declared boundary longer than RFC 2046 §5.1.1's 70 characters (plus slack) is not followed. */
const MAX_BOUNDARY_CHARS = 200;

type Limits = LeadstreamConfig['limits'];
type SimpleParser = (input: Buffer, options: Record<string, unknown>) => Promise<ParsedMail>;

/**
 * mailparser options: keep what extraction reads (text, HTML, attachments for ADF) and skip the
 * rest: no text→HTML, no HTML→text (html.ts renders HTML itself in one pass, cheaper than
 * html-to-text), no cid→data: URL inlining, no link detection, no attachment checksums.
 */
export function leanParserOptions(limits: Limits) {
  return {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
    keepCidLinks: true,
    checksumAlgo: false,
    maxHeadSize: limits.maxHeaderBytes,
    maxChildNodes: limits.maxParts,
  } as const;
}

export function createParser(limits: Limits, simpleParser: SimpleParser) {
  const options = leanParserOptions(limits);
  /** `timeoutMs`: what is left of the email's time budget (the whole budget for a lone parse). */
  return async function parse(raw: Uint8Array, timeoutMs = limits.timeBudgetMs): Promise<ParseOutcome> {
    if (raw.byteLength > limits.maxEmailBytes) {
      return {
        ok: false,
        reason: 'too_large',
        detail: `email is ${raw.byteLength} bytes, limit ${limits.maxEmailBytes}`,
      };
    }
    const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const structural = scanStructure(buf, limits);
    if (structural) return { ok: false, reason: 'malformed', detail: structural };

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, timeoutMs));
    });
    let parsed: ParsedMail | 'timeout';
    try {
      const parsing = simpleParser(buf, options);
      // A late rejection after the timer won must not become an unhandled rejection.
      parsing.catch(() => undefined);
      parsed = await Promise.race([parsing, timeout]);
    } catch (err) {
      return { ok: false, reason: 'malformed', detail: `MIME parser failed: ${safeMessage(err)}` };
    } finally {
      clearTimeout(timer);
    }
    if (parsed === 'timeout') {
      return { ok: false, reason: 'timeout', detail: `parse exceeded the ${limits.timeBudgetMs} ms budget` };
    }
    if (!hasHeaderField(parsed.headers)) {
      // mailparser takes any bytes before a colon as a header name, so random bytes (a poison
      // record, a truncated upload) still "parse"; without one well-formed field it is not a message.
      return { ok: false, reason: 'malformed', detail: 'no RFC 5322 header field' };
    }
    return { ok: true, email: toParsedEmail(parsed) };
  };
}

/** RFC 5322 §2.2: a field name is 1*ftext, printable US-ASCII except the colon. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

function hasHeaderField(headers: ParsedMail['headers']): boolean {
  for (const name of headers.keys()) if (FIELD_NAME.test(name)) return true;
  return false;
}

/**
 * Cheap pre-scan of the raw bytes for the header-block size, MIME nesting depth and part count.
 * A boundary declared while n boundaries are open is at depth n+1; `--b` opens b, `--b--` closes
 * it. Undeclared delimiters are ignored, as a MIME parser would.
 */
export function scanStructure(buf: Buffer, limits: Limits): string | null {
  const headEnd = headerEnd(buf, limits.maxHeaderBytes);
  if (headEnd < 0) return `header block exceeds ${limits.maxHeaderBytes} bytes`;
  // latin1 maps bytes 1:1, so offsets are byte offsets and no decoding can fail.
  // Most leads are single-part: skip the scan when no boundary parameter can exist.
  if (buf.indexOf('oundary', 0, 'latin1') < 0 && buf.indexOf('OUNDARY', 0, 'latin1') < 0) return null;
  const s = buf.toString('latin1');
  const re = /boundary\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))|^--([^\r\n]*)$/gim;
  const declared = new Set<string>();
  const open: string[] = [];
  let parts = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const decl = m[1] ?? m[2];
    if (decl !== undefined) {
      if (decl.length === 0 || decl.length > MAX_BOUNDARY_CHARS) continue;
      if (!declared.has(decl)) {
        declared.add(decl);
        if (open.length + 1 > limits.maxDepth) return `MIME nesting deeper than ${limits.maxDepth} levels`;
        if (declared.size > limits.maxParts) return `more than ${limits.maxParts} multipart boundaries`;
      }
      continue;
    }
    const delim = (m[3] ?? '').trimEnd();
    if (delim.endsWith('--') && declared.has(delim.slice(0, -2))) {
      const b = delim.slice(0, -2);
      const at = open.lastIndexOf(b);
      if (at >= 0) open.length = at;
      continue;
    }
    if (declared.has(delim)) {
      if (++parts > limits.maxParts) return `more than ${limits.maxParts} MIME parts`;
      if (open[open.length - 1] !== delim) {
        const at = open.lastIndexOf(delim);
        if (at >= 0) open.length = at + 1;
        else open.push(delim);
      }
    }
  }
  return null;
}

/** Offset of the blank line ending the top-level header, the buffer length if none, -1 if too big. */
function headerEnd(buf: Buffer, maxHeaderBytes: number): number {
  const window = buf.subarray(0, Math.min(buf.length, maxHeaderBytes + 4));
  const crlf = window.indexOf('\r\n\r\n');
  // A bare-LF blank line counts only before the first CRLF one: don't scan the rest of the window.
  const lf = (crlf < 0 ? window : window.subarray(0, crlf + 1)).indexOf('\n\n');
  const end = crlf < 0 ? lf : lf < 0 ? crlf : Math.min(crlf, lf);
  if (end >= 0 && end <= maxHeaderBytes) return end;
  return buf.length > maxHeaderBytes ? -1 : buf.length;
}

function toParsedEmail(p: ParsedMail): ParsedEmail {
  const headers = new Map<string, string>();
  for (const { key, line } of p.headerLines ?? []) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    const prev = headers.get(key);
    headers.set(key, (prev === undefined ? value : `${prev}\n${value}`).slice(0, MAX_HEADER_VALUE_CHARS));
  }
  // Only the first occurrence: ours is prepended above anything the sender wrote.
  const envelopeRecipients = envelopeRecipientsOf(headers.get('x-leadstream-envelope-to')?.split('\n')[0]);
  const recipients: string[] = [];
  for (const name of ['x-original-to', 'delivered-to']) {
    for (const v of (headers.get(name) ?? '').split(/[\n,]/)) {
      const m = /<?([^<>\s,;]+@[^<>\s,;]+)>?/.exec(v);
      if (m?.[1]) recipients.push(m[1].toLowerCase());
    }
  }
  for (const obj of [p.to, p.cc]) for (const a of addresses(obj)) recipients.push(a.address);
  let xml: string | null = null;
  let embedded: Buffer | null = null;
  let text = p.text ?? '';
  const attachments: TextAttachment[] = [];
  const partTypes: ParsedEmail['partTypes'] = [];
  for (const att of p.attachments ?? []) {
    partTypes.push({ contentType: (att.contentType ?? '').toLowerCase(), filename: att.filename ?? null });
    if (
      embedded === null &&
      att.content &&
      isAttachedMessage(att.contentType ?? '', att.filename, att.content)
    ) {
      embedded = att.content;
      continue;
    }
    if (!att.content || att.content.length > MAX_XML_ATTACHMENT_BYTES) continue;
    const isXml = /xml/i.test(att.contentType ?? '') || /\.(xml|adf)$/i.test(att.filename ?? '');
    if (isXml && xml === null) xml = decodeText(att.content);
    // A webhook relay that posts the lead as an application/json body: mailparser files it as an
    // attachment; it is the body.
    else if (!text && !p.html && /json/i.test(att.contentType ?? '')) text = att.content.toString('utf8');
    else {
      const kind =
        textAttachmentKind(att.contentType ?? '', att.filename ?? '') ??
        (GENERIC_TYPE.test(att.contentType ?? '') && looksLikeText(att.content) ? 'text' : null);
      if (kind && attachments.length < MAX_TEXT_ATTACHMENTS)
        attachments.push({
          kind,
          text: kind === 'html' ? decodeHtml(att.content, charsetOf(att.headers)) : decodeText(att.content),
        });
    }
  }
  const ct = p.headers?.get('content-type');
  const contentType =
    typeof ct === 'object' && ct !== null && 'value' in ct
      ? String((ct as { value: unknown }).value)
      : String(ct ?? 'text/plain');
  return {
    headers,
    contentType: contentType.toLowerCase(),
    from: addresses(p.from)[0] ?? null,
    replyTo: addresses(p.replyTo),
    recipients,
    envelopeRecipients,
    subject: (p.subject ?? '').slice(0, MAX_SUBJECT_CHARS),
    messageId: p.messageId ?? null,
    date: p.date instanceof Date && !Number.isNaN(p.date.getTime()) ? p.date : null,
    text,
    html: typeof p.html === 'string' ? p.html : '',
    xml,
    embedded,
    attachments,
    partTypes,
  };
}

/** Bytes of a file looked at for the header block of a message saved as text. */
const MAX_HEADER_SNIFF_BYTES = 2048;
/** A header block's From and Subject lines, before its first blank line (RFC 5322 §2.1). */
const MESSAGE_HEAD = /^(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+?\n/;

/**
 * A message forwarded as an attachment: typed message/rfc822, or saved as a file under another
 * type (`text/plain; name="Enquiry.eml"`, a `.eml` as octet-stream mailparser could not type) whose
 * bytes open with a header block naming its sender and subject. Read as text, such a file lost the
 * letter's signature phone and message to its header lines.
 */
function isAttachedMessage(contentType: string, filename: string | undefined, content: Buffer): boolean {
  if (/^message\/rfc822/i.test(contentType)) return true;
  if (!/\.eml$/i.test(filename ?? '') && !/^text\/plain/i.test(contentType)) return false;
  const head = MESSAGE_HEAD.exec(
    content.subarray(0, MAX_HEADER_SNIFF_BYTES).toString('latin1').replace(/\r\n/g, '\n'),
  );
  return !!head && /^from:/im.test(head[0]) && /^subject:/im.test(head[0]);
}

/** UTF-8, or Windows-1252 when the bytes are not UTF-8 (exports from older desktop software). */
function decodeText(bytes: Buffer): string {
  // "Unicode text" exports (Excel, CRMs on Windows) are UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // A UTF-8 byte-order mark (Notepad, Excel's "CSV UTF-8") is no part of the text: a first line
  // "\ufeff[contact]" would be no section header.
  const utf8 = bytes.toString('utf8').replace(/^\ufeff/, '');
  return utf8.includes('\ufffd') ? decodeWindows1252(bytes) : utf8;
}

/**
 * Windows-1252's printable characters at 0x80–0x9F (€ ‚ „ … – — ‘ ’ “ ” …), where ISO-8859-1 has C1
 * controls; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 text. Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1's C1 controls
 * (the WHATWG Encoding standard maps them to € – “ ” …), which lost a saved file's dashes and quotes.
 */
function decodeWindows1252(bytes: Buffer): string {
  return bytes
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Labels the WHATWG Encoding standard decodes as windows-1252 (ISO-8859-1 and ASCII included). */
const WINDOWS_1252_LABEL =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin-?1|l1|us-ascii|ascii)$/i;

/** The charset parameter of a part's Content-Type header, as mailparser parsed it. */
function charsetOf(headers: Map<string, unknown> | undefined): string | null {
  const ct = headers?.get('content-type') as { params?: { charset?: unknown } } | undefined;
  return typeof ct?.params?.charset === 'string' ? ct.params.charset : null;
}

/** An HTML file's own declaration: `<meta charset="…">` or `content="text/html; charset=…"`. */
const META_CHARSET = /<meta\b[^>]{0,300}?charset\s*=\s*["']?([\w-]{1,40})/i;

/**
 * An HTML attachment in the charset its part header declares, else the one its `<meta>` declares
 * (read from the first 2 KB as Latin-1, which every ASCII-compatible charset agrees with there),
 * else as other text files. An unknown charset name falls back the same way.
 */
function decodeHtml(bytes: Buffer, declared: string | null): string {
  const charset = declared ?? META_CHARSET.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1];
  if (charset && WINDOWS_1252_LABEL.test(charset)) return decodeWindows1252(bytes);
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // RangeError: a charset name TextDecoder does not know.
    }
  }
  return decodeText(bytes);
}

/** A type that says nothing about the content: an upload saved without a known extension. */
const GENERIC_TYPE = /^(?:application\/octet-stream|application\/unknown)?$/i;
/** Bytes looked at to tell a text file from a binary one. */
const MAX_SNIFF_BYTES = 4096;

/**
 * Whether a file is text: its first bytes hold no control characters but tab, line breaks and form
 * feed (binary formats, PDF streams and archives all do), or it opens with a UTF-16 byte-order mark.
 */
function looksLikeText(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, MAX_SNIFF_BYTES);
  if (head.length === 0) return false;
  for (const b of head)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) return false;
  return true;
}

function textAttachmentKind(contentType: string, filename: string): TextAttachment['kind'] | null {
  if (/^text\/html/i.test(contentType) || /\.html?$/i.test(filename)) return 'html';
  if (/^text\/(?:x-)?v?card|^text\/directory/i.test(contentType) || /\.vcf$/i.test(filename)) return 'vcard';
  if (/^text\/csv|comma-separated|tab-separated/i.test(contentType) || /\.(?:csv|tsv|tab)$/i.test(filename))
    return 'csv';
  // A saved file's name says what it is whatever type the sender declared (often
  // application/octet-stream); only media types say it is not text.
  const media = /^(?:image|audio|video)\//i.test(contentType);
  if ((/yaml/i.test(contentType) && filename) || (/\.ya?ml$/i.test(filename) && !media)) return 'yaml';
  // A webhook payload saved as a file (Google Ads' lead-form JSON) is read like a JSON body; a
  // Markdown submission (`submission.md`, text/markdown) like a Markdown body. Calendar invitations
  // and rich text are markup whose lines are not fields.
  if (
    /^text\/(?!calendar|rtf|richtext|enriched|css|javascript)|^application\/json/i.test(contentType) &&
    filename
  )
    return 'text';
  // Key–value files are typed by their extension's guess (`.env` as application/x-envoy), not as text.
  if (/\.(?:txt|text|md|markdown|json|ini|cfg|conf|log|properties|toml|env)$/i.test(filename) && !media)
    return 'text';
  return null;
}

function addresses(obj: AddressObject | AddressObject[] | undefined): Address[] {
  const out: Address[] = [];
  const list = obj === undefined ? [] : Array.isArray(obj) ? obj : [obj];
  for (const o of list) {
    for (const v of o.value ?? []) {
      for (const a of v.group ?? [v]) {
        if (a.address) out.push({ name: (a.name ?? '').trim(), address: a.address.toLowerCase() });
      }
    }
  }
  return out;
}

/** Parser error messages can quote header text; keep only the first line and cap its length. */
function safeMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}
