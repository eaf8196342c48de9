/** Turns a layout's draft into a whole message. */
import type { Business } from './data.js';
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

export function buildMessage(
  d: Draft,
  biz: Business,
  rng: Rng,
  charset: Charset,
  transfer: Transfer,
  dropOne: boolean,
  n: number,
): MimeNode {
  let root: MimeNode;
  if (d.root) root = d.root;
  else {
    let text = d.text;
    let html = d.html;
    if (text !== undefined && html !== undefined && dropOne) {
      if (d.primary === 'html') text = undefined;
      else html = undefined;
    }
    const parts: MimeNode[] = [];
    if (text !== undefined) parts.push(textPart('plain', text, charset, transfer));
    if (html !== undefined) parts.push(textPart('html', html, charset, transfer));
    let body: MimeNode;
    if (parts.length === 2) body = multipart('alternative', parts, rng);
    else if (parts[0]) body = parts[0];
    else throw new Error('draft without a body');
    root = d.attachments?.length ? multipart('mixed', [body, ...d.attachments], rng) : body;
  }
  const day = rng.int(1, 28);
  const mon = rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
  const hh = String(rng.int(0, 23)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  const tz = rng.pick(['+0000', '+0100', '+0200', '-0400', '-0600', '+0300', '+0800']);
  const headers: [string, string][] = [
    ['Delivered-To', biz.inbox],
    ['Return-Path', `<${d.from.email}>`],
    ['From', formatAddress(d.from, charset)],
    ['To', (d.to ?? [{ email: biz.inbox, name: biz.name }]).map((a) => formatAddress(a, charset)).join(', ')],
  ];
  if (d.cc?.length) headers.push(['Cc', d.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (d.replyTo) headers.push(['Reply-To', formatAddress(d.replyTo, charset)]);
  headers.push(
    ['Subject', encodeWords(d.subject, charset)],
    [
      'Date',
      `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day % 7]}, ${day} ${mon} 2026 ${hh}:${mm}:${String(rng.int(0, 59)).padStart(2, '0')} ${tz}`,
    ],
    ['Message-ID', `<${rng.hex(16)}.${n}@${d.from.email.split('@')[1] ?? 'mail.example'}>`],
    ...(d.headers ?? []),
    ['MIME-Version', '1.0'],
  );
  return { ...root, headers: [...headers, ...root.headers] };
}
