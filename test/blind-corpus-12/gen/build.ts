/** Turns a draft into a whole message (headers and MIME tree). */
import {
  type Charset,
  encodeWords,
  formatAddress,
  type MimeNode,
  multipart,
  type Transfer,
  textPart,
} from './mime.js';
import type { Rng } from './rng.js';
import type { Draft } from './types.js';

export interface Envelope {
  charset: Charset;
  transfer: Transfer;
  date: string;
  messageId: string;
  deliveredTo?: string;
  /** Send only the primary body of a two-body draft. */
  primaryOnly?: boolean;
}

export function buildMessage(d: Draft, env: Envelope, rng: Rng): MimeNode {
  let root: MimeNode;
  if (d.root) root = d.root;
  else {
    const parts: MimeNode[] = [];
    const useText =
      d.text !== undefined && !(env.primaryOnly && d.html !== undefined && d.primary === 'html');
    const useHtml =
      d.html !== undefined && !(env.primaryOnly && d.text !== undefined && d.primary === 'text');
    if (useText && d.text !== undefined) parts.push(textPart('plain', d.text, env.charset, env.transfer));
    if (useHtml && d.html !== undefined) parts.push(textPart('html', d.html, env.charset, env.transfer));
    const body = parts.length === 1 ? (parts[0] as MimeNode) : multipart('alternative', parts, rng);
    root = d.attachments?.length ? multipart('mixed', [body, ...d.attachments], rng) : body;
  }
  const h: [string, string][] = [];
  if (env.deliveredTo) h.push(['Delivered-To', env.deliveredTo]);
  h.push(['Date', env.date], ['Message-ID', env.messageId], ['From', formatAddress(d.from, env.charset)]);
  if (d.to?.length) h.push(['To', d.to.map((a) => formatAddress(a, env.charset)).join(', ')]);
  if (d.cc?.length) h.push(['Cc', d.cc.map((a) => formatAddress(a, env.charset)).join(', ')]);
  if (d.replyTo) h.push(['Reply-To', formatAddress(d.replyTo, env.charset)]);
  h.push(['Subject', encodeWords(d.subject, env.charset)]);
  for (const x of d.headers ?? []) h.push(x);
  h.push(['MIME-Version', '1.0']);
  return { ...root, headers: [...h, ...root.headers] };
}

/** An RFC 5322 date from day offset and time. */
export function mailDate(rng: Rng): { header: string; iso: string } {
  const day = rng.int(1, 28);
  const month = rng.int(9, 11);
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const dt = new Date(Date.UTC(2026, month - 1, day, rng.int(6, 21), rng.int(0, 59), rng.int(0, 59)));
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dt.getUTCDay()];
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    header: `${wd}, ${dt.getUTCDate()} ${names[dt.getUTCMonth()]} ${dt.getUTCFullYear()} ${p(dt.getUTCHours())}:${p(dt.getUTCMinutes())}:${p(dt.getUTCSeconds())} +0000`,
    iso: `${dt.getUTCFullYear()}-${p(dt.getUTCMonth() + 1)}-${p(dt.getUTCDate())}`,
  };
}
