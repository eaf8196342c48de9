/**
 * This corpus's own MIME writer. Each email draws a charset and a transfer encoding; text that the charset
 * cannot hold falls back to UTF-8 (HTML keeps the charset and writes numeric references instead), 7bit text
 * that is not ASCII becomes quoted-printable, and 8bit lines over 900 octets too.
 */
export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Transfer = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Address {
  name?: string;
  address: string;
}

export type MimeNode =
  | {
      kind: 'text';
      /** text/plain, text/html, text/calendar, text/csv, text/vcard, text/tab-separated-values … */
      type: string;
      text: string;
      filename?: string;
      /** Extra Content-Type parameters, e.g. `method=REQUEST`. */
      params?: string;
    }
  | { kind: 'raw'; type: string; content: string; filename?: string }
  /** Binary content (a photo), always base64. */
  | { kind: 'binary'; type: string; data: Buffer; filename: string }
  | {
      kind: 'multi';
      subtype: 'alternative' | 'mixed' | 'related' | 'report';
      parts: MimeNode[];
      params?: string;
    };

export interface Envelope {
  from: Address;
  to: Address[];
  cc?: Address[];
  replyTo?: Address;
  subject: string;
  date: string;
  messageId: string;
  headers?: [string, string][];
}

export interface Written {
  /** The message as a binary string: one character per octet. */
  raw: string;
  /** What the richest body part became: the transfer encoding and charset actually used. */
  transfer: Transfer;
  charset: Charset;
}

// Windows-1252's printable characters in 0x80–0x9F.
const CP1252_HIGH: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

function byteOf(cp: number, charset: Charset): number | null {
  if (cp < 0x80) return cp;
  if (charset === 'iso-8859-1') return cp <= 0xff ? cp : null;
  if (cp >= 0xa0 && cp <= 0xff) return cp;
  return CP1252_HIGH[cp] ?? null;
}

export function fits(text: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of text) if (byteOf(ch.codePointAt(0) ?? 0, charset) === null) return false;
  return true;
}

function encodeBytes(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const b = byteOf(ch.codePointAt(0) ?? 0, charset);
    if (b === null) throw new Error(`character U+${ch.codePointAt(0)?.toString(16)} not in ${charset}`);
    out.push(b);
  }
  return Buffer.from(out);
}

const NAMED: Record<string, string> = {
  é: 'eacute',
  è: 'egrave',
  ê: 'ecirc',
  à: 'agrave',
  â: 'acirc',
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
  ô: 'ocirc',
  '€': 'euro',
  '–': 'ndash',
  '—': 'mdash',
  '’': 'rsquo',
  '«': 'laquo',
  '»': 'raquo',
  '·': 'middot',
};

/** HTML may keep its charset: characters it cannot hold become references (all non-ASCII for 7bit). */
function htmlReferences(html: string, charset: Charset, asciiOnly: boolean): string {
  let out = '';
  for (const ch of html) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || (!asciiOnly && byteOf(cp, charset) !== null)) out += ch;
    else out += NAMED[ch] && cp % 2 === 0 ? `&${NAMED[ch]};` : `&#${cp};`;
  }
  return out;
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  const text = bytes.toString('latin1');
  for (const line of text.split('\r\n')) {
    let out = '';
    let width = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      let tok: string;
      if ((c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last)) tok = line[i] as string;
      else tok = `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + tok.length > 75) {
        out += '=\r\n';
        width = 0;
      }
      out += tok;
      width += tok.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

const isAscii = (s: string) => /^\p{ASCII}*$/u.test(s);

/** RFC 2047 words: UTF-8 B-words, or ISO-8859-1 Q-words when the email's charset is single-byte. */
export function encodeWords(text: string, charset: Charset): string {
  if (isAscii(text)) return text;
  if (charset !== 'utf-8' && fits(text, 'iso-8859-1')) {
    const words: string[] = [];
    let cur = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const tok = /[A-Za-z0-9]/.test(ch)
        ? ch
        : ch === ' '
          ? '_'
          : `=${cp.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + tok.length > 40) {
        words.push(`=?ISO-8859-1?Q?${cur}?=`);
        cur = '';
      }
      cur += tok;
    }
    words.push(`=?ISO-8859-1?Q?${cur}?=`);
    return words.join('\r\n ');
  }
  const words: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (Buffer.byteLength(cur + ch) > 42) {
      words.push(`=?UTF-8?B?${Buffer.from(cur).toString('base64')}?=`);
      cur = '';
    }
    cur += ch;
  }
  words.push(`=?UTF-8?B?${Buffer.from(cur).toString('base64')}?=`);
  return words.join('\r\n ');
}

function fold(name: string, value: string): string {
  if (value.includes('\r\n')) return `${name}: ${value}`;
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 76 && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join('\r\n');
}

export function formatAddress(a: Address, charset: Charset): string {
  if (!a.name) return a.address;
  if (!isAscii(a.name)) return `${encodeWords(a.name, charset)} <${a.address}>`;
  if (/[,.;:"()<>@[\]]/.test(a.name)) return `"${a.name.replace(/"/g, '\\"')}" <${a.address}>`;
  return `${a.name} <${a.address}>`;
}

interface PartOut {
  head: string[];
  body: string;
  transfer: Transfer;
  charset: Charset;
}

function disposition(filename: string | undefined, charset: Charset): string[] {
  if (!filename) return [];
  return [
    `Content-Disposition: attachment; filename="${isAscii(filename) ? filename : encodeWords(filename, charset)}"`,
  ];
}

function writeText(node: Extract<MimeNode, { kind: 'text' }>, charset: Charset, transfer: Transfer): PartOut {
  const isHtml = node.type === 'text/html';
  let cs = charset;
  let text = crlf(node.text);
  // The HTML's own meta tag names the charset the part is written in.
  if (isHtml)
    text = htmlReferences(text, charset, transfer === '7bit').replace(
      /(<meta[^>]*charset=["']?)utf-8/i,
      `$1${charset}`,
    );
  else if (!fits(text, charset)) cs = 'utf-8';
  let tr = transfer;
  if (tr === '7bit' && !isAscii(text)) tr = 'quoted-printable';
  if (tr === '8bit' && text.split('\r\n').some((l) => Buffer.byteLength(l) > 900)) tr = 'quoted-printable';
  const bytes = encodeBytes(text, cs);
  // Bodies are kept as binary strings (one char per octet) so the whole message is written as latin1.
  const body =
    tr === 'base64'
      ? base64Lines(bytes)
      : tr === 'quoted-printable'
        ? quotedPrintable(bytes)
        : bytes.toString('latin1');
  const params = node.params ? `; ${node.params}` : '';
  const name = node.filename ? `; name="${node.filename}"` : '';
  return {
    head: [
      `Content-Type: ${node.type}; charset=${cs === 'utf-8' ? 'UTF-8' : cs.toUpperCase()}${params}${name}`,
      `Content-Transfer-Encoding: ${tr}`,
      ...disposition(node.filename, charset),
    ],
    body,
    transfer: tr,
    charset: cs,
  };
}

function writeNode(node: MimeNode, charset: Charset, transfer: Transfer, boundary: () => string): PartOut {
  if (node.kind === 'text') return writeText(node, charset, transfer);
  if (node.kind === 'binary')
    return {
      head: [
        `Content-Type: ${node.type}; name="${node.filename}"`,
        'Content-Transfer-Encoding: base64',
        ...disposition(node.filename, charset),
      ],
      body: base64Lines(node.data),
      transfer: 'base64',
      charset,
    };
  if (node.kind === 'raw') {
    const name = node.filename ? `; name="${node.filename}"` : '';
    return {
      head: [
        `Content-Type: ${node.type}${name}`,
        'Content-Transfer-Encoding: 7bit',
        ...disposition(node.filename, charset),
      ],
      body: crlf(node.content),
      transfer: '7bit',
      charset,
    };
  }
  const b = boundary();
  const parts = node.parts.map((p) => writeNode(p, charset, transfer, boundary));
  const body = `${parts.map((p) => `--${b}\r\n${p.head.join('\r\n')}\r\n\r\n${p.body}\r\n`).join('')}--${b}--`;
  // The richest part describes the email: the HTML of an alternative, else the first body.
  const rich = node.subtype === 'alternative' ? (parts[parts.length - 1] as PartOut) : (parts[0] as PartOut);
  const params = node.params ? `; ${node.params}` : '';
  return {
    head: [`Content-Type: multipart/${node.subtype}; boundary="${b}"${params}`],
    body: `This is a multi-part message in MIME format.\r\n\r\n${body}`,
    transfer: rich.transfer,
    charset: rich.charset,
  };
}

export function writeMessage(
  env: Envelope,
  root: MimeNode,
  charset: Charset,
  transfer: Transfer,
  seed: string,
): Written {
  let count = 0;
  const boundary = () => `----=_Part_${seed}_${++count}`;
  const part = writeNode(root, charset, transfer, boundary);
  const head: string[] = [
    `From: ${formatAddress(env.from, charset)}`,
    fold('To', env.to.map((a) => formatAddress(a, charset)).join(', ')),
  ];
  if (env.cc && env.cc.length > 0)
    head.push(fold('Cc', env.cc.map((a) => formatAddress(a, charset)).join(', ')));
  if (env.replyTo) head.push(`Reply-To: ${formatAddress(env.replyTo, charset)}`);
  head.push(
    fold('Subject', encodeWords(env.subject, charset)),
    `Date: ${env.date}`,
    `Message-ID: ${env.messageId}`,
  );
  for (const [k, v] of env.headers ?? []) head.push(fold(k, isAscii(v) ? v : encodeWords(v, charset)));
  head.push('MIME-Version: 1.0', ...part.head);
  return {
    raw: `${head.join('\r\n')}\r\n\r\n${part.body}\r\n`,
    transfer: part.transfer,
    charset: part.charset,
  };
}
