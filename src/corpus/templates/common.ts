import type { LeadSource } from '../../schemas/lead.js';
import { escapeHtml, htmlLines } from '../mime.js';
import type { Business, Language, Person } from '../people.js';
import type { Rng } from '../prng.js';
import { type Field, LABELS } from '../texts.js';

/** What the customer typed, and where each piece will appear. */
export interface LeadData {
  business: Business;
  lang: Language;
  person: Person;
  nameInBody: boolean;
  /** Form asks first and last name separately; expected fullName is "first last". */
  splitName: boolean;
  emailInBody: boolean;
  phoneInBody: boolean;
  /** Reply-To carries the customer (with their name when replyToName). */
  replyToCustomer: boolean;
  replyToName: boolean;
  message: string | null;
}

export interface Address {
  name: string | null;
  address: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A rendered notification, before the envelope (charset, transfer encoding, structure) is chosen. */
export interface Content {
  subject: string;
  from: Address;
  replyTo?: Address;
  /** Extra top-level headers (Auto-Submitted, List-Unsubscribe, …). */
  headers?: [string, string][];
  text?: string;
  html?: string;
  /** A JSON or XML body sent as its own content type instead of text/plain. */
  bodyType?: string;
  attachments?: Attachment[];
  /** A fully built MIME root (multipart/report, message/rfc822 forwards); bypasses text/html. */
  rawRoot?: (eol: string, rng: Rng) => import('../mime.js').Part;
  layout: string;
  /** Forces the body charset (e.g. ADF files declare UTF-8 in the XML prolog). */
  charset?: 'utf-8';
}

export interface LeadTemplate {
  id: string;
  source: LeadSource;
  /** Fields the form system always shows (the generator forces them on before rendering). */
  requires?: { name?: boolean; email?: boolean; message?: boolean; noReplyTo?: boolean };
  render(d: LeadData, rng: Rng): Content;
}

export function label(rng: Rng, lang: Language, f: Field): string {
  return rng.pick(LABELS[lang][f]);
}

export type Row = [label: string, value: string, kind: 'email' | 'phone' | 'text' | 'message'];

/** The usual contact rows for a form, in a plausible order, with extra fields mixed in. */
export function contactRows(d: LeadData, rng: Rng, extras: [string, string][] = []): Row[] {
  const rows: Row[] = [];
  if (d.nameInBody) {
    if (d.splitName) {
      rows.push([label(rng, d.lang, 'first'), d.person.first, 'text']);
      rows.push([label(rng, d.lang, 'last'), d.person.last, 'text']);
    } else rows.push([label(rng, d.lang, 'name'), d.person.full, 'text']);
  }
  const contact: Row[] = [];
  if (d.emailInBody) contact.push([label(rng, d.lang, 'email'), d.person.email, 'email']);
  if (d.phoneInBody) contact.push([label(rng, d.lang, 'phone'), d.person.phoneRaw, 'phone']);
  rows.push(...(rng.chance(0.8) ? contact : contact.reverse()));
  const extraRows = extras.map(([k, v]) => [k, v, 'text'] as Row);
  const splitAt = rng.int(0, extraRows.length);
  rows.push(...extraRows.slice(0, splitAt));
  if (d.message !== null) rows.push([label(rng, d.lang, 'message'), d.message, 'message']);
  rows.push(...extraRows.slice(splitAt));
  return rows;
}

export type Entities = 'none' | 'named' | 'numeric';

export function htmlValue(r: Row, rng: Rng, ent: Entities): string {
  if (r[2] === 'email' && rng.chance(0.6))
    return `<a href="mailto:${escapeHtml(r[1])}">${escapeHtml(r[1])}</a>`;
  if (r[2] === 'phone' && rng.chance(0.3))
    return `<a href="tel:${r[1].replace(/[^+0-9]/g, '')}">${escapeHtml(r[1])}</a>`;
  return htmlLines(r[1], ent);
}

/** `Label: value`, multi-line values continuing on the following lines. */
export function textLabelValue(rows: Row[], rng: Rng, sep = ': '): string {
  const valueBelow = rng.chance(0.15);
  return rows
    .map(([l, v, kind]) => {
      if (valueBelow || (kind === 'message' && v.includes('\n') && rng.chance(0.5))) return `${l}:\n${v}`;
      return `${l}${sep}${v}`;
    })
    .join(rng.chance(0.3) ? '\n\n' : '\n');
}

export function htmlTableBeside(rows: Row[], rng: Rng, ent: Entities): string {
  const labelStyle = rng.pick([
    'font-weight:bold;width:180px;vertical-align:top;padding:6px;background:#f4f4f4',
    'padding:8px 12px;color:#555',
    'font-family:Arial,sans-serif;font-size:13px;font-weight:600',
  ]);
  const th = rng.chance(0.3);
  const trs = rows
    .map((r) => {
      const l = th
        ? `<th align="left" style="${labelStyle}">${escapeHtml(r[0], ent)}${rng.chance(0.5) ? ':' : ''}</th>`
        : `<td style="${labelStyle}">${escapeHtml(r[0], ent)}${rng.chance(0.5) ? ':' : ''}</td>`;
      return `<tr>\n  ${l}\n  <td style="padding:6px;vertical-align:top">${htmlValue(r, rng, ent)}</td>\n</tr>`;
    })
    .join('\n');
  return `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${trs}\n</tbody>\n</table>`;
}

export function htmlTableAbove(rows: Row[], rng: Rng, ent: Entities): string {
  const bg = rng.pick(['#EAF2FA', '#f2f2f2', '#e8eef7']);
  const trs = rows
    .map(
      (r) =>
        `<tr bgcolor="${bg}">\n  <td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>${escapeHtml(r[0], ent)}</strong></font></td>\n</tr>\n<tr bgcolor="#FFFFFF">\n  <td width="20">&nbsp;</td>\n  <td><font style="font-family:sans-serif;font-size:12px">${htmlValue(r, rng, ent)}</font></td>\n</tr>`,
    )
    .join('\n');
  return `<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n${trs}\n</table>\n</td></tr></table>`;
}

export function htmlBoldBr(rows: Row[], rng: Rng, ent: Entities): string {
  const tag = rng.pick(['b', 'strong']);
  return rows
    .map((r) => {
      const v = htmlValue(r, rng, ent);
      return r[2] === 'message' && r[1].includes('\n') && rng.chance(0.5)
        ? `<${tag}>${escapeHtml(r[0], ent)}:</${tag}><br>\n${v}<br>`
        : `<${tag}>${escapeHtml(r[0], ent)}:</${tag}> ${v}<br>`;
    })
    .join('\n');
}

/** Label above value in paragraphs/divs (Wix-, Typeform-style). */
export function htmlStacked(rows: Row[], rng: Rng, ent: Entities): string {
  const wrap = rng.pick(['p', 'div']);
  return rows
    .map(
      (r) =>
        `<${wrap} style="margin:0 0 4px 0;color:#888;font-size:12px">${escapeHtml(r[0], ent)}</${wrap}>\n<${wrap} style="margin:0 0 16px 0;font-size:15px;color:#222">${htmlValue(r, rng, ent)}</${wrap}>`,
    )
    .join('\n');
}

/** CSS that real HTML notifications carry; it sizes the corpus realistically and is noise to skip. */
export function styleBlock(rng: Rng): string {
  const rules: string[] = [];
  const n = rng.int(4, 40);
  for (let i = 0; i < n; i++) {
    rules.push(
      `.${rng.pick(['email', 'mj', 'x', 'ms', 'hs'])}-${rng.alnum(6).toLowerCase()} { ${rng.pick(['margin:0 auto', 'padding:0', 'font-family:Helvetica,Arial,sans-serif', 'line-height:1.5', 'color:#333333'])}; ${rng.pick(['width:600px', 'max-width:100%', 'border:0', 'display:block'])}; }`,
    );
  }
  return `<style type="text/css">\n@media only screen and (max-width:600px) { .wrapper { width:100% !important; } }\n${rules.join('\n')}\n</style>`;
}

export function htmlDocument(rng: Rng, title: string, inner: string, footer = ''): string {
  const lang = rng.pick(['', ' lang="en"', ' xmlns="http://www.w3.org/1999/xhtml"']);
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html${lang}>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>${escapeHtml(title)}</title>\n${styleBlock(rng)}\n</head>\n<body style="margin:0;padding:0;background:#f6f6f6">\n<div class="wrapper" style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">\n${inner}\n${footer ? `<div style="margin-top:32px;font-size:11px;color:#999">${footer}</div>` : ''}\n</div>\n</body>\n</html>`;
}

/** A business footer with the business's own contact details (a trap: they are not the customer's). */
export function businessFooterText(d: LeadData): string {
  const b = d.business;
  const call = { en: 'Call us', de: 'Rufen Sie uns an', fr: 'Appelez-nous', es: 'Llámanos' }[d.lang];
  return `${b.name} · ${b.street} · ${b.city}\n${call}: ${b.phone} · ${b.email}`;
}

export function businessFooterHtml(d: LeadData): string {
  return escapeHtml(businessFooterText(d)).replace(/\n/g, '<br>');
}

export function siteUrl(d: LeadData, rng: Rng): string {
  return `https://www.${d.business.domain}${rng.pick(['/contact', '/kontakt/', '/contact-us/', '/', '/angebot', '/devis', '/contacto'])}`;
}
