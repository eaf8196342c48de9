/**
 * A small, explicit MIME writer for the blind corpus. Written by hand (not nodemailer) so each email can
 * be given exactly the transfer encoding and charset the corpus asks for: 7bit, 8bit, quoted-printable or
 * base64 over UTF-8, ISO-8859-1 or Windows-1252 (RFC 2045, RFC 2046, RFC 2047).
 */
export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type TransferEncoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export type MimeNode =
  | {
      kind: 'leaf';
      contentType: string;
      charset?: Charset;
      encoding: TransferEncoding;
      content: string | Buffer;
      filename?: string;
      extraParams?: string;
    }
  | { kind: 'multi'; subtype: string; parts: MimeNode[]; params?: string }
  | { kind: 'message'; raw: Buffer; filename?: string };

/** Windows-1252 bytes 0x80..0x9F that differ from ISO-8859-1 (unassigned ones left out). */
const CP1252_HIGH: Record<string, number> = {
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

function byteFor(ch: string, charset: Charset): number | null {
  const code = ch.codePointAt(0) ?? 0;
  if (charset === 'windows-1252') {
    const high = CP1252_HIGH[ch];
    if (high !== undefined) return high;
    if (code >= 0x80 && code <= 0x9f) return null;
  }
  return code <= 0xff ? code : null;
}

export function canEncode(text: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of text) if (byteFor(ch, charset) === null) return false;
  return true;
}

export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const b = byteFor(ch, charset);
    if (b === null) throw new Error(`cannot encode U+${ch.codePointAt(0)?.toString(16)} in ${charset}`);
    out.push(b);
  }
  return Buffer.from(out);
}

const NAMED_ENTITIES: Record<string, string> = {
  é: 'eacute',
  è: 'egrave',
  ê: 'ecirc',
  à: 'agrave',
  á: 'aacute',
  ç: 'ccedil',
  ü: 'uuml',
  ö: 'ouml',
  ä: 'auml',
  ß: 'szlig',
  ñ: 'ntilde',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  É: 'Eacute',
  '€': 'euro',
  '«': 'laquo',
  '»': 'raquo',
  '’': 'rsquo',
  '–': 'ndash',
  '—': 'mdash',
  '·': 'middot',
  '„': 'bdquo',
  '“': 'ldquo',
};

/** HTML sent as 7bit: every non-ASCII character as a named entity where HTML has one, else numeric. */
export function htmlAsAscii(html: string): string {
  let out = '';
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x80 ? ch : `&${NAMED_ENTITIES[ch] ?? `#${code}`};`;
  }
  return out;
}

/** For HTML in a single-byte charset: characters the charset lacks become numeric references. */
export function htmlForCharset(html: string, charset: Charset): string {
  if (charset === 'utf-8') return html;
  let out = '';
  for (const ch of html) out += byteFor(ch, charset) === null ? `&#${ch.codePointAt(0)};` : ch;
  return out;
}

const CRLF = '\r\n';

function toCrlf(buf: Buffer): Buffer {
  return Buffer.from(buf.toString('latin1').replace(/\r?\n/g, CRLF), 'latin1');
}

export function quotedPrintable(bytes: Buffer): string {
  const lines = bytes.toString('latin1').split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    const tokens: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      const isTrailingSpace = (code === 0x20 || code === 0x09) && i === line.length - 1;
      const literal =
        (code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !isTrailingSpace);
      tokens.push(literal ? (line[i] as string) : `=${code.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    let current = '';
    for (const token of tokens) {
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** RFC 2047 B-encoded word when the value is not plain ASCII. */
export function encodeWord(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

export interface Address {
  name?: string;
  address: string;
}

export function formatAddress(a: Address): string {
  if (!a.name) return a.address;
  if (!/^[\x20-\x7e]*$/.test(a.name)) return `${encodeWord(a.name)} <${a.address}>`;
  const atomOnly = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(a.name);
  return `${atomOnly ? a.name : `"${a.name.replace(/(["\\])/g, '\\$1')}"`} <${a.address}>`;
}

function paramFilename(name: string): string {
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}"` : `"${encodeWord(name)}"`;
}

let boundaryCounter = 0;

function renderNode(node: MimeNode): { headers: string[]; body: Buffer } {
  if (node.kind === 'multi') {
    boundaryCounter += 1;
    const boundary = `----=_blind_${boundaryCounter.toString(36)}_${node.subtype}`;
    const chunks: Buffer[] = [Buffer.from(`This is a multi-part message in MIME format.${CRLF}`)];
    for (const part of node.parts) {
      const r = renderNode(part);
      chunks.push(
        Buffer.from(`--${boundary}${CRLF}${r.headers.join(CRLF)}${CRLF}${CRLF}`, 'latin1'),
        r.body,
        Buffer.from(CRLF),
      );
    }
    chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
    return {
      headers: [`Content-Type: multipart/${node.subtype}; boundary="${boundary}"${node.params ?? ''}`],
      body: Buffer.concat(chunks),
    };
  }
  if (node.kind === 'message') {
    const headers = ['Content-Type: message/rfc822', 'Content-Transfer-Encoding: 8bit'];
    if (node.filename)
      headers.push(`Content-Disposition: attachment; filename=${paramFilename(node.filename)}`);
    return { headers, body: toCrlf(node.raw) };
  }
  const bytes =
    typeof node.content === 'string' ? encodeText(node.content, node.charset ?? 'utf-8') : node.content;
  const charsetParam = node.charset ? `; charset=${node.charset}` : '';
  const nameParam = node.filename ? `; name=${paramFilename(node.filename)}` : '';
  const headers = [
    `Content-Type: ${node.contentType}${charsetParam}${node.extraParams ?? ''}${nameParam}`,
    `Content-Transfer-Encoding: ${node.encoding}`,
  ];
  if (node.filename)
    headers.push(`Content-Disposition: attachment; filename=${paramFilename(node.filename)}`);
  let body: Buffer;
  if (node.encoding === 'base64') body = Buffer.from(base64Lines(bytes), 'latin1');
  else if (node.encoding === 'quoted-printable') body = Buffer.from(quotedPrintable(bytes), 'latin1');
  else body = toCrlf(bytes);
  return { headers, body };
}

/** A whole message: top-level header fields (already formatted, in order) and the MIME tree. */
export function renderMessage(headerFields: [string, string][], root: MimeNode): Buffer {
  const r = renderNode(root);
  const lines = headerFields.map(([k, v]) => `${k}: ${v}`);
  lines.push('MIME-Version: 1.0', ...r.headers);
  return Buffer.concat([Buffer.from(`${lines.join(CRLF)}${CRLF}${CRLF}`, 'latin1'), r.body]);
}
