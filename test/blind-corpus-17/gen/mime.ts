/**
 * This corpus's own small MIME writer: it writes exactly the charset and transfer encoding it is asked for
 * (or records the fallback it had to take), so the truth can say what each email really is.
 */
import type { Rng } from './rng.js';

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Transfer = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Address {
  name?: string;
  email: string;
}

export interface MimeNode {
  headers: [string, string][];
  body?: Buffer;
  parts?: MimeNode[];
  boundary?: string;
  /** What was written, for the truth's `encoding` column. */
  written?: { charset: Charset; transfer: Transfer };
}

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

/** The byte for one character in a single-byte charset, or null when the charset lacks it. */
function singleByte(cp: number, charset: Charset): number | null {
  if (charset === 'iso-8859-1') return cp <= 0xff ? cp : null;
  const mapped = CP1252_HIGH[cp];
  if (mapped !== undefined) return mapped;
  if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return null;
}

export function canEncode(s: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of s) if (singleByte(ch.codePointAt(0) ?? 0, charset) === null) return false;
  return true;
}

export function encodeText(s: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const b = singleByte(ch.codePointAt(0) ?? 0, charset);
    if (b === null) throw new Error(`cannot encode U+${(ch.codePointAt(0) ?? 0).toString(16)} in ${charset}`);
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
  Ü: 'Uuml',
  Ö: 'Ouml',
  Ä: 'Auml',
  ß: 'szlig',
  ñ: 'ntilde',
  á: 'aacute',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  ô: 'ocirc',
  î: 'icirc',
  ë: 'euml',
  ï: 'iuml',
  '€': 'euro',
  '–': 'ndash',
  '—': 'mdash',
  '’': 'rsquo',
  '“': 'ldquo',
  '”': 'rdquo',
  '«': 'laquo',
  '»': 'raquo',
  '·': 'middot',
};

/** HTML text with every character the charset lacks (all non-ASCII when `ascii`) written as a reference. */
function htmlReferences(html: string, charset: Charset, ascii: boolean): string {
  let out = '';
  for (const ch of html) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || (!ascii && singleByte(cp, charset) !== null) || (!ascii && charset === 'utf-8'))
      out += ch;
    else out += NAMED[ch] && cp % 2 === 0 ? `&${NAMED[ch]};` : `&#${cp};`;
  }
  return out;
}

function crlf(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n');
}

function qpEncode(bytes: Buffer): string {
  const lines: string[] = [];
  let line = '';
  const text = bytes;
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < text.length; i++) {
    const b = text[i] as number;
    if (b === 0x0d && text[i + 1] === 0x0a) {
      // Trailing whitespace before a hard break must be encoded.
      const last = line.at(-1);
      if (last === ' ' || last === '\t')
        line = `${line.slice(0, -1)}=${last.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
      flush(false);
      i++;
      continue;
    }
    const lit = (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9;
    const token = lit ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + token.length > 75) flush(true);
    line += token;
  }
  if (line.length > 0) {
    const last = line.at(-1);
    if (last === ' ' || last === '\t')
      line = `${line.slice(0, -1)}=${last.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    lines.push(line);
  }
  return lines.join('\r\n');
}

function b64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function transferEncode(bytes: Buffer, transfer: Transfer): Buffer {
  if (transfer === 'base64') return Buffer.from(b64(bytes), 'ascii');
  if (transfer === 'quoted-printable') return Buffer.from(qpEncode(bytes), 'ascii');
  return bytes;
}

/** A text/plain or text/html leaf. Returns what it really wrote (charset and transfer may fall back). */
export function textPart(
  kind: 'plain' | 'html',
  content: string,
  charset: Charset,
  transfer: Transfer,
): MimeNode {
  let cs = charset;
  let tr = transfer;
  let body = content.replace(/\r\n?/g, '\n');
  if (kind === 'html') {
    body = htmlReferences(body, cs, tr === '7bit');
    body = `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${cs}"></head>\n<body>\n${body}\n</body></html>\n`;
  } else {
    if (!canEncode(body, cs)) cs = 'utf-8';
    if (!body.endsWith('\n')) body += '\n';
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for non-ASCII on purpose
  const ascii = /^[\x00-\x7f]*$/.test(body);
  if (tr === '7bit' && !ascii) tr = 'quoted-printable';
  const bytes = encodeText(crlf(body), cs);
  if (
    tr === '8bit' &&
    crlf(body)
      .split('\r\n')
      .some((l) => encodeText(l, cs).length > 900)
  )
    tr = 'quoted-printable';
  return {
    headers: [
      ['Content-Type', `text/${kind}; charset=${cs}`],
      ['Content-Transfer-Encoding', tr],
    ],
    body: transferEncode(bytes, tr),
    written: { charset: cs, transfer: tr },
  };
}

/** An attachment. Text content is written in `charset`; binary content as given. */
export function attachment(
  filename: string,
  contentType: string,
  content: string | Buffer,
  opts: { charset?: Charset; transfer?: Transfer; inline?: boolean } = {},
): MimeNode {
  const transfer = opts.transfer ?? 'base64';
  let bytes: Buffer;
  let type = contentType;
  if (typeof content === 'string') {
    const cs = opts.charset && canEncode(content, opts.charset) ? opts.charset : 'utf-8';
    bytes = encodeText(crlf(content), cs);
    type = `${contentType}; charset=${cs}`;
  } else bytes = content;
  return {
    headers: [
      ['Content-Type', `${type}; name="${filename}"`],
      ['Content-Disposition', `${opts.inline ? 'inline' : 'attachment'}; filename="${filename}"`],
      ['Content-Transfer-Encoding', transfer],
    ],
    body: transferEncode(bytes, transfer),
  };
}

export function multipart(subtype: string, parts: MimeNode[], rng: Rng, extra = ''): MimeNode {
  const boundary = `=_t17_${rng.hex(20)}`;
  return {
    headers: [['Content-Type', `multipart/${subtype};${extra} boundary="${boundary}"`]],
    parts,
    boundary,
  };
}

/** A leaf written as given (message/delivery-status, text/calendar with its own method). */
export function rawPart(contentType: string, content: string, transfer: Transfer = '7bit'): MimeNode {
  return {
    headers: [
      ['Content-Type', contentType],
      ['Content-Transfer-Encoding', transfer],
    ],
    body: transferEncode(Buffer.from(crlf(content), 'utf8'), transfer),
  };
}

function qWord(s: string): string {
  let out = '';
  for (const b of encodeText(s, 'iso-8859-1')) {
    if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))
      out += String.fromCharCode(b);
    else if (b === 0x20) out += '_';
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?ISO-8859-1?Q?${out}?=`;
}

/** RFC 2047 words for non-ASCII header text: Q-words in Latin-1 when the email is single-byte, else B-words. */
export function encodeWords(s: string, charset: Charset): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const useQ = charset !== 'utf-8' && canEncode(s, 'iso-8859-1');
  const chunks: string[] = [];
  let cur = '';
  for (const ch of s) {
    const next = cur + ch;
    const len = useQ ? qWord(next).length : Buffer.from(next, 'utf8').toString('base64').length + 12;
    if (len > 70 && cur !== '') {
      chunks.push(cur);
      cur = ch;
    } else cur = next;
  }
  if (cur) chunks.push(cur);
  return chunks
    .map((c) => (useQ ? qWord(c) : `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`))
    .join('\r\n ');
}

export function formatAddress(a: Address, charset: Charset): string {
  if (!a.name) return a.email;
  const ascii = /^[\x20-\x7e]*$/.test(a.name);
  const name = ascii
    ? /[()<>@,;:\\".[\]']/.test(a.name)
      ? `"${a.name.replace(/["\\]/g, '\\$&')}"`
      : a.name
    : encodeWords(a.name, charset);
  return `${name} <${a.email}>`;
}

function fold(name: string, value: string): string {
  if (value.includes('\r\n')) return `${name}: ${value}`;
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const w of words) {
    if (line.length + 1 + w.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${w}`;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

export function serialize(node: MimeNode): Buffer {
  const head = `${node.headers.map(([k, v]) => fold(k, v)).join('\r\n')}\r\n\r\n`;
  const chunks: Buffer[] = [Buffer.from(head, 'utf8')];
  if (node.parts && node.boundary) {
    chunks.push(Buffer.from('This is a multi-part message in MIME format.\r\n', 'ascii'));
    for (const p of node.parts) {
      chunks.push(Buffer.from(`\r\n--${node.boundary}\r\n`, 'ascii'), serialize(p));
    }
    chunks.push(Buffer.from(`\r\n--${node.boundary}--\r\n`, 'ascii'));
  } else if (node.body) {
    chunks.push(node.body);
    if (!node.body.toString('latin1').endsWith('\r\n')) chunks.push(Buffer.from('\r\n', 'ascii'));
  }
  return Buffer.concat(chunks);
}

/** The mix of parts under a root, for the truth's `encoding` column ("alt +att", "plain", ...). */
export function describeBody(root: MimeNode): { body: string; leaf: MimeNode | undefined } {
  const type = (n: MimeNode) => n.headers.find(([k]) => k === 'Content-Type')?.[1] ?? '';
  const t = type(root);
  if (t.startsWith('multipart/report')) return { body: 'report', leaf: root.parts?.[0] };
  if (t.startsWith('multipart/mixed')) {
    const first = root.parts?.[0];
    if (!first) return { body: 'mixed', leaf: undefined };
    const inner = describeBody(first);
    return { body: `${inner.body} +att`, leaf: inner.leaf };
  }
  if (t.startsWith('multipart/alternative')) {
    const leaves = root.parts ?? [];
    return { body: 'alt', leaf: leaves.find((p) => type(p).startsWith('text/html')) ?? leaves[0] };
  }
  return { body: t.startsWith('text/html') ? 'html' : 'plain', leaf: root };
}
