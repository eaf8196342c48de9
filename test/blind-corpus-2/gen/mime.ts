/**
 * A small MIME writer, so that every email gets exactly the transfer encoding and charset asked for.
 * Single-byte charsets that lack a character: HTML writes it as a numeric reference, plain text falls back
 * to UTF-8. HTML sent as 7bit writes every non-ASCII character as an entity. Plain text that is not ASCII
 * cannot go as 7bit and becomes quoted-printable. `written` reports what was actually used.
 */
import type { Rng } from './rng.js';

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Transfer = '7bit' | '8bit' | 'quoted-printable' | 'base64';
export type BodyKind = 'plain' | 'html' | 'alt';

export interface Attachment {
  filename: string;
  contentType: string;
  /** Text (encoded in `charset`, default UTF-8) or raw bytes. */
  content: string | Buffer;
  charset?: Charset;
  transfer?: Transfer;
}

export interface MailDraft {
  /** Header name and unencoded value, in order; non-ASCII values are written as RFC 2047 words. */
  headers: [string, string][];
  text?: string;
  html?: string;
  /** A text/calendar alternative (method given in the VCALENDAR). */
  calendar?: { method: string; body: string };
  attachments?: Attachment[];
}

export interface Written {
  body: BodyKind;
  transfer: Transfer;
  charset: Charset;
}

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function byteOf(ch: string, charset: Charset): number | null {
  const code = ch.codePointAt(0) ?? 0;
  if (charset === 'iso-8859-1') return code <= 0xff ? code : null;
  const extra = CP1252[ch];
  if (extra !== undefined) return extra;
  return code <= 0xff && !(code >= 0x80 && code <= 0x9f) ? code : null;
}

export function canEncode(text: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of text) if (byteOf(ch, charset) === null) return false;
  return true;
}

export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const ch of text) {
    const b = byteOf(ch, charset);
    if (b === null) throw new Error(`cannot encode ${ch} in ${charset}`);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

const NAMED: Record<string, string> = {
  ä: 'auml',
  ö: 'ouml',
  ü: 'uuml',
  Ä: 'Auml',
  Ö: 'Ouml',
  Ü: 'Uuml',
  ß: 'szlig',
  é: 'eacute',
  è: 'egrave',
  ê: 'ecirc',
  à: 'agrave',
  ç: 'ccedil',
  ñ: 'ntilde',
  á: 'aacute',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  '€': 'euro',
  '–': 'ndash',
  '’': 'rsquo',
  '«': 'laquo',
  '»': 'raquo',
  '£': 'pound',
  ' ': 'nbsp',
};

/** HTML with the characters the charset lacks written as references (all non-ASCII for 7bit). */
function htmlFor(html: string, charset: Charset, asciiOnly: boolean, rng: Rng): string {
  let out = '';
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    const keep = asciiOnly ? code < 0x80 : byteOf(ch, charset) !== null;
    if (keep) out += ch;
    else {
      const name = NAMED[ch];
      out += name && rng.chance(0.6) ? `&${name};` : `&#${code};`;
    }
  }
  return out;
}

function crlf(s: string): string {
  return s.replace(/\r?\n/g, '\r\n');
}

function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    if (b === 0x0a) {
      // Trailing whitespace before a hard break must be encoded.
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line.charCodeAt(line.length - 1);
        line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      flush(false);
      continue;
    }
    const literal = (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9;
    const piece = literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) flush(true);
    line += piece;
  }
  if (line.endsWith(' ') || line.endsWith('\t')) {
    const last = line.charCodeAt(line.length - 1);
    line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function base64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');
}

function transferEncode(bytes: Buffer, transfer: Transfer): string {
  if (transfer === 'base64') return base64(bytes);
  if (transfer === 'quoted-printable') return quotedPrintable(bytes);
  return crlf(bytes.toString('latin1'));
}

const isAscii = (s: string) => [...s].every((ch) => (ch.codePointAt(0) ?? 0) < 0x80);
const longestLine = (s: string) => Math.max(...s.split('\n').map((l) => l.length));

interface Part {
  headers: string[];
  body: string;
}

function textPart(
  type: string,
  content: string,
  charset: Charset,
  transfer: Transfer,
  rng: Rng,
  extraParams = '',
): { part: Part; charset: Charset; transfer: Transfer } {
  let cs = charset;
  let tr = transfer;
  let text = content;
  if (type === 'text/html') text = htmlFor(content, cs, tr === '7bit', rng);
  else if (!canEncode(text, cs)) cs = 'utf-8';
  if (tr === '7bit' && !isAscii(text)) tr = 'quoted-printable';
  // 7bit and 8bit lines stay under the 998-octet limit.
  if ((tr === '7bit' || tr === '8bit') && longestLine(text) > 900) tr = 'quoted-printable';
  const bytes = encodeText(text, cs);
  return {
    part: {
      headers: [`Content-Type: ${type}; charset=${cs}${extraParams}`, `Content-Transfer-Encoding: ${tr}`],
      body: transferEncode(bytes, tr),
    },
    charset: cs,
    transfer: tr,
  };
}

function attachmentPart(a: Attachment, rng: Rng): Part {
  const isText = typeof a.content === 'string';
  const charset = a.charset ?? 'utf-8';
  const bytes = typeof a.content === 'string' ? encodeText(a.content, charset) : a.content;
  let transfer = a.transfer ?? (isText ? rng.pick(['base64', 'quoted-printable'] as const) : 'base64');
  if (transfer === '7bit' && !isAscii(bytes.toString('latin1'))) transfer = 'quoted-printable';
  const type = isText ? `${a.contentType}; charset=${charset}` : a.contentType;
  return {
    headers: [
      `Content-Type: ${type}; name="${a.filename}"`,
      `Content-Disposition: attachment; filename="${a.filename}"`,
      `Content-Transfer-Encoding: ${transfer}`,
    ],
    body: transferEncode(bytes, transfer),
  };
}

function multipart(subtype: string, parts: Part[], rng: Rng): Part {
  const boundary = `----=_Part_${rng.hex(8)}_${rng.digits(6)}`;
  const lines: string[] = [];
  for (const p of parts) lines.push(`--${boundary}`, ...p.headers, '', p.body);
  lines.push(`--${boundary}--`, '');
  return {
    headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"`],
    body: lines.join('\r\n'),
  };
}

/** RFC 2047 encoded words (B with UTF-8, or Q with ISO-8859-1 when it can hold the text). */
export function encodeWords(value: string, rng: Rng): string {
  if (isAscii(value)) return value;
  if (canEncode(value, 'iso-8859-1') && rng.chance(0.4)) {
    const q = [...encodeText(value, 'iso-8859-1')]
      .map((b) =>
        b === 0x20
          ? '_'
          : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            ? String.fromCharCode(b)
            : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('');
    const chunks = q.match(/(=[0-9A-F]{2}|[^=]){1,60}/g) ?? [];
    return chunks.map((c) => `=?ISO-8859-1?Q?${c}?=`).join('\r\n ');
  }
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

const ADDRESS_HEADERS = new Set(['from', 'to', 'cc', 'reply-to', 'sender']);

function headerLine(name: string, value: string, rng: Rng): string {
  if (ADDRESS_HEADERS.has(name.toLowerCase())) {
    const encoded = value
      .split(/,(?![^<]*>)(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((one) => {
        const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(one);
        if (!m) return one.trim();
        const display = (m[1] ?? '').replace(/^"|"$/g, '');
        const shown = isAscii(display)
          ? /[,.;:()@]/.test(display)
            ? `"${display}"`
            : display
          : encodeWords(display, rng);
        return `${shown} <${m[2]}>`;
      })
      .join(', ');
    return `${name}: ${encoded}`;
  }
  return `${name}: ${encodeWords(value, rng)}`;
}

export function buildEmail(draft: MailDraft, want: Written, rng: Rng): { bytes: Buffer; written: Written } {
  const { charset, transfer, body } = want;
  const pieces: { part: Part; charset: Charset; transfer: Transfer }[] = [];
  if (body !== 'html') pieces.push(textPart('text/plain', draft.text ?? '', charset, transfer, rng));
  if (body !== 'plain') pieces.push(textPart('text/html', draft.html ?? '', charset, transfer, rng));
  let main: Part;
  if (body === 'alt' || draft.calendar) {
    const parts = pieces.map((p) => p.part);
    if (draft.calendar) {
      const cal = textPart(
        'text/calendar',
        draft.calendar.body,
        'utf-8',
        '7bit',
        rng,
        `; method=${draft.calendar.method}`,
      );
      parts.push(cal.part);
    }
    main = multipart('alternative', parts, rng);
  } else main = (pieces[0] as { part: Part }).part;
  if (draft.attachments?.length)
    main = multipart('mixed', [main, ...draft.attachments.map((a) => attachmentPart(a, rng))], rng);
  const head = [
    ...draft.headers.map(([n, v]) => headerLine(n, v, rng)),
    'MIME-Version: 1.0',
    ...main.headers,
  ];
  const text = `${head.join('\r\n')}\r\n\r\n${main.body}\r\n`;
  // What the truth records: the charset and transfer encoding of the richest body part as written.
  const mainPiece = pieces[pieces.length - 1] as { charset: Charset; transfer: Transfer };
  return {
    bytes: Buffer.from(text, 'latin1'),
    written: { body, charset: mainPiece.charset, transfer: mainPiece.transfer },
  };
}
