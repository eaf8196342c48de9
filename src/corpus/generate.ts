/**
 * Deterministic synthetic corpus of lead notification emails, with the expected outcome of each.
 *
 * Email i depends only on (seed, i): a larger --count extends a corpus without changing its prefix.
 * The templates were written from how form systems, ad platforms and mail clients format their mail,
 * not from the extractor's rules, so the corpus measures the extractor independently.
 */

import type { LeadSource } from '../schemas/lead.js';
import type { RejectReason } from '../schemas/result.js';
import {
  type Charset,
  canEncode,
  encodeWord,
  formatAddress,
  leaf,
  multipart,
  type Part,
  serialise,
  type TransferEncoding,
} from './mime.js';
import { BUSINESSES, type Business, INBOUND_DOMAIN, LANGUAGES, type Language, makePerson } from './people.js';
import { Rng } from './prng.js';
import { adfAttachment, adfBody } from './templates/adf.js';
import { AD_TEMPLATES } from './templates/ads.js';
import type { Address, Attachment, Content, LeadData, LeadTemplate } from './templates/common.js';
import { FORM_TEMPLATES, FORMS_BY_ID } from './templates/forms.js';
import { type ForwardStyle, forwardAttachedNote, forwardInline } from './templates/forward.js';
import { NON_LEAD_TEMPLATES, type NonLeadTemplate } from './templates/non-leads.js';
import { makeMessage } from './texts.js';

export { BUSINESSES, businessRegions } from './people.js';

export type ExpectedOutcome =
  | {
      kind: 'lead';
      source: LeadSource;
      businessId: string;
      email: string | null;
      /** E.164 */
      phone: string | null;
      fullName: string | null;
      message: string | null;
      language: Language;
      layout: string;
      encoding: string;
    }
  | { kind: 'non_lead'; reason: RejectReason; layout: string };

export interface CorpusEmail {
  name: string;
  raw: Buffer;
  expected: ExpectedOutcome;
}

export interface CorpusOptions {
  count: number;
  seed: number;
}

/** Yields `count` emails. Pure: no clock, no Math.random, no I/O. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusEmail> {
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new RangeError('count must be a non-negative integer');
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  for (let i = 0; i < options.count; i++) yield generateEmail(options.seed, i);
}

type Kind =
  | { t: 'form' }
  | { t: 'template'; template: LeadTemplate }
  | { t: 'forward' }
  | { t: 'non-lead'; template: NonLeadTemplate }
  | { t: 'no-contact' };

const KINDS: readonly (readonly [Kind, number])[] = [
  [{ t: 'form' }, 44],
  [{ t: 'template', template: AD_TEMPLATES.facebook }, 8],
  [{ t: 'template', template: AD_TEMPLATES.googleAds }, 6],
  [{ t: 'template', template: AD_TEMPLATES.linkedin }, 5],
  [{ t: 'template', template: adfBody }, 4],
  [{ t: 'template', template: adfAttachment }, 4],
  [{ t: 'template', template: AD_TEMPLATES.portal }, 6],
  [{ t: 'forward' }, 10.5],
  ...NON_LEAD_TEMPLATES.map(([template, w]) => [{ t: 'non-lead', template } as Kind, w] as const),
  [{ t: 'no-contact' }, 1.5],
];

/** Form systems whose notification can show a name and message with no contact channel at all. */
const NO_CONTACT_FORMS = ['gravity', 'wpforms', 'wix', 'elementor', 'custom-php', 'jotform', 'typeform'];

export function generateEmail(seed: number, index: number): CorpusEmail {
  const rng = new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const kind = rng.weighted(KINDS);
  const business = rng.pick(BUSINESSES);
  const lang: Language = rng.chance(0.8) ? business.language : rng.pick(LANGUAGES);
  const person = makePerson(rng, lang, business);
  const id = String(index).padStart(6, '0');

  if (kind.t === 'non-lead') {
    const content = kind.template.render({ business, lang, person }, rng);
    const { raw } = buildMessage(content, business, rng, { attachRandom: false });
    return {
      name: `${id}-${kind.template.id}-${lang}`,
      raw,
      expected: { kind: 'non_lead', reason: content.reason ?? kind.template.reason, layout: content.layout },
    };
  }
  if (kind.t === 'no-contact') {
    const template = FORMS_BY_ID[rng.pick(NO_CONTACT_FORMS)] as LeadTemplate;
    const d: LeadData = {
      business,
      lang,
      person,
      nameInBody: true,
      splitName: rng.chance(0.2),
      emailInBody: false,
      phoneInBody: false,
      replyToCustomer: false,
      replyToName: false,
      message: makeMessage(rng, lang, business.trade),
    };
    const content = template.render(d, rng);
    const { raw } = buildMessage(content, business, rng, { attachRandom: false });
    return {
      name: `${id}-no-contact-${template.id}-${lang}`,
      raw,
      expected: { kind: 'non_lead', reason: 'no_contact', layout: `no-contact/${content.layout}` },
    };
  }

  let template: LeadTemplate;
  let forward: ForwardStyle | 'rfc822' | null = null;
  if (kind.t === 'form') template = rng.weighted(FORM_TEMPLATES);
  else if (kind.t === 'template') template = kind.template;
  else {
    template = rng.weighted<LeadTemplate>([
      ...FORM_TEMPLATES,
      [AD_TEMPLATES.facebook, 6],
      [AD_TEMPLATES.portal, 6],
      [AD_TEMPLATES.googleAds, 3],
    ]);
    forward = rng.weighted<ForwardStyle | 'rfc822'>([
      ['gmail', 4],
      ['outlook', 4],
      ['apple', 2],
      ['thunderbird', 1],
      ['rfc822', 2],
    ]);
  }

  const d = leadData(rng, template, business, lang, person, forward !== null && forward !== 'rfc822');
  const inner = template.render(d, rng);

  let content: Content;
  let rawRoot: Content['rawRoot'];
  let encoding: string;
  // Inline forwards drop the inner headers, so the inner Reply-To is lost with them.
  let replyTo = forward !== null && forward !== 'rfc822' ? undefined : inner.replyTo;
  if (forward === 'rfc822') {
    const innerMsg = buildMessage(inner, business, rng, { attachRandom: false, innerTo: business.email });
    content = forwardAttachedNote(d, inner, rng);
    encoding = innerMsg.encoding;
    rawRoot = (eol, r) => {
      const note = leaf(
        {
          contentType: 'text/plain',
          charset: 'utf-8',
          encoding: 'quoted-printable',
          text: content.text ?? '',
        },
        eol,
      );
      const attached: Part = {
        headers: [
          ['Content-Type', `message/rfc822; name="${rng.pick(['Weitergeleitet', 'Forwarded', 'lead'])}.eml"`],
          ['Content-Disposition', 'attachment; filename="forwarded.eml"'],
        ],
        body: Buffer.from(innerMsg.raw.toString('latin1').replace(/\r?\n/g, eol), 'latin1'),
      };
      return multipart('mixed', [note, attached], r, eol);
    };
    content = { ...content, rawRoot };
  } else if (forward !== null) {
    content = forwardInline(d, inner, forward, rng);
    replyTo = undefined;
    encoding = '';
  } else {
    content = inner;
    encoding = '';
  }
  const built = buildMessage(content, business, rng, { attachRandom: true });
  if (!encoding) encoding = built.encoding;

  const email = d.emailInBody || sameAddress(replyTo, d.person.email) ? d.person.email.toLowerCase() : null;
  const fullName = d.nameInBody ? d.person.full : replyTo?.name === d.person.full ? d.person.full : null;
  return {
    name: `${id}-${template.id}-${forward ? `fwd-${forward}-` : ''}${lang}`,
    raw: built.raw,
    expected: {
      kind: 'lead',
      source: template.source,
      businessId: business.id,
      email,
      phone: d.phoneInBody ? d.person.phoneE164 : null,
      fullName,
      message: d.message,
      language: lang,
      layout: content.layout,
      encoding,
    },
  };
}

function sameAddress(a: Address | undefined, email: string): boolean {
  return a !== undefined && a.address.toLowerCase() === email.toLowerCase();
}

function leadData(
  rng: Rng,
  t: LeadTemplate,
  business: Business,
  lang: Language,
  person: LeadData['person'],
  inlineForward: boolean,
): LeadData {
  const contact = rng.weighted<'both' | 'email' | 'phone'>([
    ['both', 65],
    ['email', 22],
    ['phone', 13],
  ]);
  let emailInBody = contact !== 'phone';
  const phoneInBody = contact !== 'email';
  const replyAllowed = !t.requires?.noReplyTo && !inlineForward;
  let replyToCustomer = replyAllowed && rng.chance(0.35);
  // Some forms only reveal the customer's address through Reply-To.
  if (replyAllowed && emailInBody && rng.chance(0.1)) {
    emailInBody = false;
    replyToCustomer = true;
  }
  let nameInBody = rng.chance(0.93);
  if (t.requires?.name) nameInBody = true;
  if (t.requires?.email) {
    emailInBody = true;
    replyToCustomer = true;
  }
  const messageChance =
    t.source === 'facebook_lead_ads'
      ? 0.15
      : t.source === 'google_ads' || t.source === 'linkedin_lead_gen'
        ? 0
        : t.source === 'adf_xml'
          ? 0.75
          : 0.88;
  return {
    business,
    lang,
    person,
    nameInBody,
    splitName: rng.chance(0.25),
    emailInBody,
    phoneInBody,
    replyToCustomer,
    replyToName: rng.chance(0.7),
    message: t.requires?.message || rng.chance(messageChance) ? makeMessage(rng, lang, business.trade) : null,
  };
}

/** The smallest email the corpus writes (issue 5: sizes from ~2 KB). */
const MIN_EMAIL_BYTES = 2048;

interface BuildOptions {
  attachRandom: boolean;
  /** For an inner (forwarded) notification: it was addressed to the business's mailbox. */
  innerTo?: string;
}

/** Wraps content in headers and a MIME structure with a random charset and transfer encoding. */
export function buildMessage(
  c: Content,
  business: Business,
  rng: Rng,
  opts: BuildOptions,
): { raw: Buffer; encoding: string } {
  const eol = rng.chance(0.9) ? '\r\n' : '\n';
  const all = `${c.text ?? ''}${c.html ?? ''}${c.subject}${c.from.name ?? ''}${c.replyTo?.name ?? ''}`;
  const ascii = canEncode(all, 'us-ascii');
  let charset: Charset = 'utf-8';
  if (c.charset !== 'utf-8') {
    const pick = rng.weighted<Charset>([
      ['utf-8', 6],
      ['iso-8859-1', 2],
      ['windows-1252', 2],
    ]);
    if (canEncode(all, pick)) charset = pick;
    if (ascii && rng.chance(0.3)) charset = 'us-ascii';
  }
  const te: TransferEncoding = ascii
    ? rng.weighted<TransferEncoding>([
        ['7bit', 4],
        ['quoted-printable', 2],
        ['base64', 1],
      ])
    : rng.weighted<TransferEncoding>([
        ['8bit', 3],
        ['quoted-printable', 4],
        ['base64', 3],
      ]);
  const hdrMode = rng.chance(0.6) ? 'B' : 'Q';
  const hdrCharset: Charset = charset === 'us-ascii' ? 'utf-8' : charset;

  let root: Part;
  let structure: string;
  if (c.rawRoot) {
    root = c.rawRoot(eol, rng);
    structure = root.headers[0]?.[1].split(';')[0] ?? 'multipart';
  } else {
    const html = c.html?.replace(/charset=utf-8/i, `charset=${charset}`);
    const textPart = (text: string, type = 'text/plain') =>
      leaf({ contentType: type, charset, encoding: te, text }, eol);
    const parts: Part[] = [];
    if (c.text !== undefined && html !== undefined) {
      const shape = rng.weighted<'alt' | 'html' | 'text'>([
        ['alt', 7],
        ['html', 1.5],
        ['text', 1.5],
      ]);
      if (shape === 'alt') {
        parts.push(multipart('alternative', [textPart(c.text), textPart(html, 'text/html')], rng, eol));
        structure = 'alternative';
      } else if (shape === 'html') {
        parts.push(textPart(html, 'text/html'));
        structure = 'html';
      } else {
        parts.push(textPart(c.text));
        structure = 'text';
      }
    } else if (html !== undefined) {
      parts.push(textPart(html, 'text/html'));
      structure = 'html';
    } else {
      parts.push(textPart(c.text ?? '', c.bodyType ?? 'text/plain'));
      structure = c.bodyType ? (c.bodyType.split('/')[1] ?? 'text') : 'text';
    }
    const attachments: Attachment[] = [...(c.attachments ?? [])];
    if (opts.attachRandom && rng.chance(0.07)) attachments.push(randomAttachment(rng));
    if (attachments.length > 0) {
      const atts = attachments.map((a) =>
        leaf(
          {
            contentType: a.contentType,
            encoding: 'base64',
            data: a.data,
            filename: a.filename,
            disposition: 'attachment',
          },
          eol,
        ),
      );
      root = multipart('mixed', [...parts, ...atts], rng, eol);
      structure = `mixed(${structure}+${attachments.length})`;
    } else root = parts[0] as Part;
  }

  const to = opts.innerTo ?? `leads+${business.id}@${INBOUND_DOMAIN}`;
  const viaDelivered = !opts.innerTo && rng.chance(0.12);
  const fromDomain = c.from.address.split('@')[1] ?? 'mail.example';
  const day = rng.int(1, 27);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(2026, 10, day)).getUTCDay()];
  const time = () =>
    `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const dateStr = `${wd}, ${day} Nov 2026 ${time()}`;
  const received = () =>
    `from ${rng.pick(['mail', 'smtp', 'mx', 'out'])}${rng.int(1, 40)}.${rng.pick(['sendgrid.net', 'amazonses.com', 'google.com', 'outlook.com', 'mailgun.org'])} (${rng.pick(['mail', 'o1'])}.example [198.51.100.${rng.int(1, 254)}]) by ${rng.pick(['mx', 'relay'])}.${INBOUND_DOMAIN} with ESMTPS id ${rng.alnum(12)} for <${to}>; ${dateStr} +0000`;
  const headers: [string, string][] = [];
  headers.push(['Return-Path', `<bounce-${rng.hex(10)}@${fromDomain}>`]);
  if (viaDelivered) headers.push(['Delivered-To', to]);
  for (let i = rng.int(1, 4); i > 0; i--) headers.push(['Received', received()]);
  headers.push([
    'Authentication-Results',
    `mx.${INBOUND_DOMAIN}; dkim=pass header.i=@${fromDomain} header.s=s1 header.b=${rng.alnum(8)}; spf=pass (${INBOUND_DOMAIN}: domain of bounce@${fromDomain} designates 198.51.100.${rng.int(1, 254)} as permitted sender) smtp.mailfrom=${fromDomain}; dmarc=pass (p=${rng.pick(['NONE', 'QUARANTINE', 'REJECT'])} sp=NONE dis=NONE) header.from=${fromDomain}`,
  ]);
  if (rng.chance(0.4)) {
    headers.push([
      'ARC-Seal',
      `i=1; a=rsa-sha256; t=${1790000000 + rng.int(0, 9999999)}; cv=none; d=${INBOUND_DOMAIN}; s=arc-2026; b=${rng.bytes(128).toString('base64')}`,
    ]);
    headers.push([
      'ARC-Message-Signature',
      `i=1; a=rsa-sha256; c=relaxed/relaxed; d=${INBOUND_DOMAIN}; s=arc-2026; h=to:subject:message-id:date:from:mime-version:dkim-signature; bh=${rng.bytes(32).toString('base64')}; b=${rng.bytes(128).toString('base64')}`,
    ]);
  }
  if (rng.chance(0.7)) {
    headers.push([
      'DKIM-Signature',
      `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${fromDomain}; s=${rng.pick(['s1', 'google', 'selector1', 'k1'])}; t=${1790000000 + rng.int(0, 9999999)}; h=from:to:subject:date:message-id:mime-version; bh=${rng.bytes(32).toString('base64')}; b=${rng.bytes(rng.pick([128, 256])).toString('base64')}`,
    ]);
  }
  headers.push(['Date', `${dateStr} ${rng.pick(['+0000', '-0500', '+0100', '-0800'])}`]);
  headers.push(['From', formatAddress(c.from.name, c.from.address, hdrCharset, hdrMode)]);
  if (c.replyTo)
    headers.push(['Reply-To', formatAddress(c.replyTo.name, c.replyTo.address, hdrCharset, hdrMode)]);
  headers.push([
    'To',
    viaDelivered
      ? business.email
      : rng.chance(0.3) && !opts.innerTo
        ? `"${business.name.replace(/"/g, '')}" <${to}>`
        : to,
  ]);
  headers.push(['Subject', encodeWord(c.subject, hdrCharset, hdrMode)]);
  headers.push(['Message-ID', `<${rng.hex(8)}.${rng.hex(12)}@${fromDomain}>`]);
  for (const h of c.headers ?? []) headers.push(h);
  if (rng.chance(0.3))
    headers.push([
      'X-Mailer',
      rng.pick([
        'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
        'WPMailSMTP/Mailer/smtp 4.0.1',
        'Microsoft Outlook 16.0',
        'Apple Mail (2.3774)',
      ]),
    ]);
  // Real notifications rarely fall under 2 KB: relays add their trace headers.
  let size = serialise(headers, root, eol).length;
  while (!opts.innerTo && size < MIN_EMAIL_BYTES) {
    const extra: [string, string] = [
      'X-Received',
      `by 2002:a05:${rng.hex(4)}:${rng.hex(4)} with SMTP id ${rng.alnum(20)}; ${dateStr} -0800 (PST)`,
    ];
    headers.splice(2, 0, extra);
    size += extra[0].length + extra[1].length + 4;
  }
  const raw = serialise(headers, root, eol);
  return { raw, encoding: c.rawRoot ? structure : `${charset}/${te}/${structure}` };
}

function randomAttachment(rng: Rng): Attachment {
  const size = rng.int(4_000, 38_000);
  if (rng.chance(0.5)) {
    return {
      filename: rng.pick(['photo.jpg', 'IMG_2041.jpg', 'Foto Bad.jpg']),
      contentType: 'image/jpeg',
      data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), rng.bytes(size)]),
    };
  }
  return {
    filename: rng.pick(['plan.pdf', 'Grundriss.pdf', 'devis.pdf', 'presupuesto.pdf']),
    contentType: 'application/pdf',
    data: Buffer.concat([Buffer.from('%PDF-1.5\n'), rng.bytes(size)]),
  };
}
