/**
 * Just enough MIME writing for the corpus: charsets (UTF-8, ISO-8859-1, Windows-1252), transfer
 * encodings (7bit, 8bit, quoted-printable, base64), RFC 2047 encoded words and multipart bodies.
 * Written here rather than with a mail library so the corpus does not share code with the parser
 * it measures.
 */
import type { Rng } from './prng.js';

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252' | 'us-ascii';
export type TransferEncoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

// Windows-1252 0x80–0x9F: the printable characters it puts where ISO-8859-1 has C1 controls.
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

/** True if every character of `text` has a byte in `charset`. */
export function canEncode(text: string, charset: Charset): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (charset === 'utf-8') return true;
    if (cp < 0x80) continue;
    if (charset === 'us-ascii') return false;
    if (cp <= 0xff && (charset === 'iso-8859-1' || cp >= 0xa0)) continue;
    if (charset === 'windows-1252' && CP1252_HIGH[cp] !== undefined) continue;
    return false;
  }
  return true;
}

export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else if (charset === 'windows-1252' && CP1252_HIGH[cp] !== undefined) out.push(CP1252_HIGH[cp] as number);
    else if (charset === 'iso-8859-1' && cp <= 0xff) out.push(cp);
    else throw new Error(`U+${cp.toString(16)} is not in ${charset}`);
  }
  return Buffer.from(out);
}

/** Quoted-printable (RFC 2045 §6.7) with soft breaks at 76 columns; `eol` is the line ending to keep. */
export function encodeQuotedPrintable(data: Buffer, eol: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < data.length; i++) {
    const b = data[i] as number;
    if (b === 0x0d && data[i + 1] === 0x0a) continue;
    if (b === 0x0a) {
      // Trailing whitespace before a hard break must be encoded (RFC 2045 rule 3).
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line.charCodeAt(line.length - 1);
        line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      flush(false);
      continue;
    }
    const tok =
      (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + tok.length > 75) flush(true);
    line += tok;
  }
  if (line.length > 0) lines.push(line);
  return lines.join(eol);
}

export function encodeBase64Lines(data: Buffer, eol: string, width = 76): string {
  const b64 = data.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join(eol);
}

/** RFC 2047 encoded words for a header value; ASCII values are returned unchanged. */
export function encodeWord(text: string, charset: Charset, mode: 'B' | 'Q'): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const cs = charset === 'us-ascii' ? 'utf-8' : charset;
  const cset = cs.toUpperCase();
  // Split by characters so no encoded word cuts a multi-byte sequence (RFC 2047 §5 (3)).
  const chunks: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (encodeText(cur + ch, cs).length > 30) {
      chunks.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) chunks.push(cur);
  return chunks
    .map((c) => {
      const bytes = encodeText(c, cs);
      if (mode === 'B') return `=?${cset}?B?${bytes.toString('base64')}?=`;
      let q = '';
      for (const b of bytes) {
        if (b === 0x20) q += '_';
        else if (/[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b))) q += String.fromCharCode(b);
        else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      return `=?${cset}?Q?${q}?=`;
    })
    .join(' ');
}

/** A display-name + address header value, quoting or encoding the name as needed. */
export function formatAddress(
  name: string | null,
  address: string,
  charset: Charset,
  mode: 'B' | 'Q',
): string {
  if (!name) return address;
  if (/^[\x20-\x7e]*$/.test(name)) {
    return /^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]*$/.test(name)
      ? `${name} <${address}>`
      : `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  }
  return `${encodeWord(name, charset, mode)} <${address}>`;
}

export interface Part {
  headers: [string, string][];
  body: string | Buffer;
}

export interface LeafSpec {
  contentType: string; // e.g. text/plain
  charset?: Charset;
  encoding: TransferEncoding;
  text?: string;
  data?: Buffer;
  filename?: string;
  disposition?: 'inline' | 'attachment';
  extraParams?: string;
}

/** One leaf part: encodes the text in its charset, then in its transfer encoding. */
export function leaf(spec: LeafSpec, eol: string): Part {
  const data = spec.data ?? encodeText((spec.text ?? '').replace(/\r?\n/g, '\n'), spec.charset ?? 'utf-8');
  let ct = spec.contentType;
  if (spec.charset)
    ct += `; charset=${spec.charset === 'utf-8' && spec.contentType.startsWith('text/') ? 'UTF-8' : spec.charset}`;
  if (spec.filename && !spec.contentType.startsWith('text/')) ct += `; name="${spec.filename}"`;
  if (spec.extraParams) ct += `; ${spec.extraParams}`;
  const headers: [string, string][] = [
    ['Content-Type', ct],
    ['Content-Transfer-Encoding', spec.encoding],
  ];
  if (spec.disposition) {
    headers.push([
      'Content-Disposition',
      spec.filename ? `${spec.disposition}; filename="${spec.filename}"` : spec.disposition,
    ]);
  }
  let body: string | Buffer;
  switch (spec.encoding) {
    case 'base64':
      body = encodeBase64Lines(data, eol);
      break;
    case 'quoted-printable':
      body = encodeQuotedPrintable(data, eol);
      break;
    default: {
      // 7bit/8bit: the bytes as they are, with the message's line ending.
      const s = data.toString('latin1').replace(/\r?\n/g, eol);
      body = Buffer.from(s, 'latin1');
    }
  }
  return { headers, body };
}

export function multipart(subtype: string, parts: Part[], rng: Rng, eol: string, extraParams = ''): Part {
  const boundary =
    rng.pick(['----=_Part_', '--_NextPart_', '=_boundary_', 'b1_', '00000000000']) +
    rng.alnum(rng.int(16, 28));
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}${eol}`));
    chunks.push(Buffer.from(p.headers.map(([k, v]) => `${k}: ${v}`).join(eol) + eol + eol, 'latin1'));
    chunks.push(typeof p.body === 'string' ? Buffer.from(p.body, 'latin1') : p.body);
    chunks.push(Buffer.from(eol));
  }
  chunks.push(Buffer.from(`--${boundary}--${eol}`));
  const params = extraParams ? `; ${extraParams}` : '';
  return {
    headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${params}`]],
    body: Buffer.concat(chunks),
  };
}

/** Serialises top-level headers plus the root part. Header values must already be 7-bit safe. */
export function serialise(headers: [string, string][], root: Part, eol: string): Buffer {
  const all = [...headers, ['MIME-Version', '1.0'] as [string, string], ...root.headers];
  const head = all.map(([k, v]) => `${k}: ${foldHeader(v, k.length + 2, eol)}`).join(eol);
  return Buffer.concat([
    Buffer.from(head + eol + eol, 'latin1'),
    typeof root.body === 'string' ? Buffer.from(root.body, 'latin1') : root.body,
  ]);
}

/** Folds long header values at spaces (RFC 5322 §2.2.3) so lines stay under 78 characters. */
function foldHeader(value: string, offset: number, eol: string): string {
  if (value.length + offset <= 76) return value;
  const words = value.split(' ');
  let out = '';
  let lineLen = offset;
  for (const w of words) {
    if (out && lineLen + 1 + w.length > 76) {
      out += `${eol} ${w}`;
      lineLen = 1 + w.length;
    } else {
      out += out ? ` ${w}` : w;
      lineLen += (out === w ? 0 : 1) + w.length;
    }
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = {
  é: '&eacute;',
  è: '&egrave;',
  ê: '&ecirc;',
  à: '&agrave;',
  ä: '&auml;',
  ö: '&ouml;',
  ü: '&uuml;',
  Ä: '&Auml;',
  Ö: '&Ouml;',
  Ü: '&Uuml;',
  ß: '&szlig;',
  ñ: '&ntilde;',
  Ñ: '&Ntilde;',
  á: '&aacute;',
  í: '&iacute;',
  ó: '&oacute;',
  ú: '&uacute;',
  ç: '&ccedil;',
  ë: '&euml;',
  ï: '&iuml;',
  ô: '&ocirc;',
};

/** HTML-escapes text; `entities` also writes non-ASCII as entities, as some form systems do. */
export function escapeHtml(text: string, entities: 'none' | 'named' | 'numeric' = 'none'): string {
  let s = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (entities !== 'none') {
    s = Array.from(s)
      .map((ch) => {
        const cp = ch.codePointAt(0) as number;
        if (cp < 0x80) return ch;
        if (entities === 'named' && NAMED_ENTITIES[ch]) return NAMED_ENTITIES[ch];
        return `&#${cp};`;
      })
      .join('');
  }
  return s;
}

/** Multi-line text as HTML, one `<br>` per line break. */
export function htmlLines(text: string, entities: 'none' | 'named' | 'numeric' = 'none'): string {
  return text
    .split('\n')
    .map((l) => escapeHtml(l, entities))
    .join('<br>\n');
}
