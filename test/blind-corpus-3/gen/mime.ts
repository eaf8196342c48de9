/**
 * A small MIME writer: every body part gets exactly the charset and transfer encoding asked for, headers
 * with non-ASCII text become RFC 2047 encoded words. Output is a Buffer (8bit bodies are raw bytes).
 */
export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Transfer = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Address {
  name?: string;
  email: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  /** Text content (written in UTF-8 unless `charset` says otherwise) or raw bytes. */
  content: string | Buffer;
  charset?: Charset;
  transfer?: Transfer;
}

export interface Message {
  from: Address;
  to: Address[];
  cc?: Address[];
  replyTo?: Address;
  subject: string;
  date: string;
  messageId: string;
  headers?: [string, string][];
  text?: string;
  html?: string;
  /** A text/calendar alternative (non-lead invitations). */
  calendar?: string;
  attachments?: Attachment[];
  /** A multipart/report root (bounces); replaces the bodies. */
  report?: { human: string; status: string; original: string };
  charset: Charset;
  transfer: Transfer;
}

const CP1252_EXTRA: Record<string, number> = {
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

function singleByte(ch: string, charset: Charset): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (charset === 'windows-1252') {
    const extra = CP1252_EXTRA[ch];
    if (extra !== undefined) return extra;
    if (cp >= 0x80 && cp <= 0x9f) return null;
  }
  return cp <= 0xff ? cp : null;
}

export function canEncode(text: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of text) if (singleByte(ch, charset) === null) return false;
  return true;
}

export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const ch of text) {
    const b = singleByte(ch, charset);
    if (b === null) throw new Error(`cannot write U+${ch.codePointAt(0)?.toString(16)} in ${charset}`);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

const NAMED: Record<string, string> = {
  é: 'eacute',
  è: 'egrave',
  ê: 'ecirc',
  à: 'agrave',
  ç: 'ccedil',
  ü: 'uuml',
  ö: 'ouml',
  ä: 'auml',
  ß: 'szlig',
  ñ: 'ntilde',
  á: 'aacute',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  É: 'Eacute',
  Ü: 'Uuml',
  Ö: 'Ouml',
  Ä: 'Auml',
  '€': 'euro',
  '’': 'rsquo',
  '–': 'ndash',
  '—': 'mdash',
  '«': 'laquo',
  '»': 'raquo',
};

/** HTML: characters the charset lacks (or all non-ASCII, for 7bit) become entities. */
export function htmlForCharset(html: string, charset: Charset, asciiOnly: boolean): string {
  let out = '';
  for (const ch of html) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || (!asciiOnly && singleByte(ch, charset) !== null)) out += ch;
    else out += NAMED[ch] && asciiOnly && cp % 2 === 0 ? `&${NAMED[ch]};` : `&#${cp};`;
  }
  return out;
}

function base64Lines(buf: Buffer): string {
  const b64 = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n');
}

/** Quoted-printable over bytes, CRLF line breaks kept as hard breaks, soft breaks before 76 columns. */
function quotedPrintable(buf: Buffer): string {
  const out: string[] = [];
  const text = buf.toString('latin1').replace(/\r\n/g, '\n');
  for (const line of text.split('\n')) {
    let cur = '';
    const chars = [...line];
    chars.forEach((ch, i) => {
      const code = ch.charCodeAt(0);
      const last = i === chars.length - 1;
      let enc: string;
      if ((code === 0x20 || code === 0x09) && last)
        enc = `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      else if (code === 0x3d || code < 0x20 || code > 0x7e)
        enc = `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      else enc = ch;
      if (cur.length + enc.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += enc;
    });
    out.push(cur);
  }
  return out.join('\r\n');
}

function crlf(s: string): string {
  return s.replace(/\r?\n/g, '\r\n');
}

const isAscii = (s: string) => [...s].every((ch) => (ch.codePointAt(0) ?? 0) < 0x80);

/** Chooses the charset a part can really be written in and the transfer encoding its bytes allow. */
function bodyPart(
  kind: 'plain' | 'html' | 'calendar',
  content: string,
  charset: Charset,
  transfer: Transfer,
) {
  let cs = charset;
  let text = content;
  if (kind === 'html') text = htmlForCharset(content, cs, transfer === '7bit');
  if (!canEncode(text, cs)) cs = 'utf-8';
  let tr = transfer;
  if (tr === '7bit' && !isAscii(text)) tr = 'quoted-printable';
  if (tr === '8bit' && text.split('\n').some((l) => Buffer.byteLength(l) > 900)) tr = 'quoted-printable';
  const bytes = encodeText(crlf(text), cs);
  const body =
    tr === 'base64'
      ? base64Lines(bytes)
      : tr === 'quoted-printable'
        ? quotedPrintable(bytes)
        : bytes.toString('latin1');
  const method = kind === 'calendar' ? '; method=REQUEST' : '';
  return {
    charset: cs,
    transfer: tr,
    bytes: Buffer.from(
      `Content-Type: text/${kind}; charset=${cs}${method}\r\nContent-Transfer-Encoding: ${tr}\r\n\r\n${body}`,
      'latin1',
    ),
  };
}

/** RFC 2047: UTF-8 B-words, or ISO-8859-1 Q-words when the text fits Latin-1. */
export function encodeWord(text: string, style: 'B' | 'Q'): string {
  if (isAscii(text)) return text;
  if (style === 'Q' && canEncode(text, 'iso-8859-1')) {
    const bytes = encodeText(text, 'iso-8859-1');
    const words: string[] = [];
    let cur = '';
    for (const b of bytes) {
      const ch = String.fromCharCode(b);
      const enc = /[A-Za-z0-9!*+\-/]/.test(ch)
        ? ch
        : b === 0x20
          ? '_'
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + enc.length > 45) {
        words.push(`=?ISO-8859-1?Q?${cur}?=`);
        cur = '';
      }
      cur += enc;
    }
    words.push(`=?ISO-8859-1?Q?${cur}?=`);
    return words.join('\r\n ');
  }
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 36) {
      words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?=`);
  return words.join('\r\n ');
}

export function formatAddress(a: Address, style: 'B' | 'Q'): string {
  if (!a.name) return a.email;
  const name = isAscii(a.name)
    ? /[(),.:;<>@[\]"]/.test(a.name)
      ? `"${a.name.replace(/"/g, '\\"')}"`
      : a.name
    : encodeWord(a.name, style);
  return `${name} <${a.email}>`;
}

function attachmentPart(att: Attachment): Buffer {
  const isText = typeof att.content === 'string';
  const cs = att.charset ?? 'utf-8';
  const raw = typeof att.content === 'string' ? encodeText(crlf(att.content), cs) : att.content;
  const tr: Transfer = att.transfer ?? (isText && isAscii(att.content as string) ? '7bit' : 'base64');
  const body =
    tr === 'base64'
      ? base64Lines(raw)
      : tr === 'quoted-printable'
        ? quotedPrintable(raw)
        : raw.toString('latin1');
  const ct =
    isText && att.contentType.startsWith('text/') ? `${att.contentType}; charset=${cs}` : att.contentType;
  const disposition = att.contentType === 'message/rfc822' ? 'attachment' : 'attachment';
  return Buffer.from(
    `Content-Type: ${ct}; name="${att.filename}"\r\nContent-Disposition: ${disposition}; filename="${att.filename}"\r\nContent-Transfer-Encoding: ${tr}\r\n\r\n${body}`,
    'latin1',
  );
}

function multipart(subtype: string, parts: Buffer[], boundary: string, extra = ''): Buffer {
  const chunks: Buffer[] = [
    Buffer.from(`Content-Type: multipart/${subtype}; boundary="${boundary}"${extra}\r\n\r\n`),
  ];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}\r\n`), p, Buffer.from('\r\n'));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** Writes the message; returns the bytes and the truth's `encoding` summary of the richest body part. */
export function writeMessage(m: Message, boundarySeed: string): { bytes: Buffer; encoding: string } {
  const style: 'B' | 'Q' = m.charset === 'utf-8' ? 'B' : 'Q';
  const head: string[] = [
    `From: ${formatAddress(m.from, style)}`,
    `To: ${m.to.map((a) => formatAddress(a, style)).join(', ')}`,
  ];
  if (m.cc?.length) head.push(`Cc: ${m.cc.map((a) => formatAddress(a, style)).join(', ')}`);
  if (m.replyTo) head.push(`Reply-To: ${formatAddress(m.replyTo, style)}`);
  head.push(`Subject: ${encodeWord(m.subject, style)}`, `Date: ${m.date}`, `Message-ID: ${m.messageId}`);
  for (const [k, v] of m.headers ?? []) head.push(`${k}: ${v}`);
  head.push('MIME-Version: 1.0');

  let root: Buffer;
  let summary: string;
  let used = { charset: m.charset as Charset, transfer: m.transfer as Transfer };
  if (m.report) {
    const human = bodyPart('plain', m.report.human, m.charset, m.transfer);
    used = human;
    const status = Buffer.from(`Content-Type: message/delivery-status\r\n\r\n${crlf(m.report.status)}`);
    const original = Buffer.from(`Content-Type: text/rfc822-headers\r\n\r\n${crlf(m.report.original)}`);
    root = multipart(
      'report',
      [human.bytes, status, original],
      `rep-${boundarySeed}`,
      '; report-type=delivery-status',
    );
    summary = 'report';
  } else {
    const bodies: Buffer[] = [];
    if (m.text !== undefined) {
      const p = bodyPart('plain', m.text, m.charset, m.transfer);
      bodies.push(p.bytes);
      used = p;
    }
    if (m.html !== undefined) {
      const p = bodyPart('html', m.html, m.charset, m.transfer);
      bodies.push(p.bytes);
      used = p;
    }
    if (m.calendar !== undefined) bodies.push(bodyPart('calendar', m.calendar, 'utf-8', '7bit').bytes);
    const body =
      bodies.length === 1 ? (bodies[0] as Buffer) : multipart('alternative', bodies, `alt-${boundarySeed}`);
    summary = bodies.length > 1 ? 'alt' : m.html !== undefined ? 'html' : 'plain';
    if (m.attachments?.length) {
      root = multipart('mixed', [body, ...m.attachments.map(attachmentPart)], `mix-${boundarySeed}`);
      summary += ' +att';
    } else root = body;
  }
  const bytes = Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n`, 'latin1'), root]);
  return { bytes, encoding: `${summary}; ${used.transfer}; ${used.charset}` };
}
