/**
 * Writes the tenth blind corpus: `npx tsx test/blind-corpus-10/generate.ts`.
 * Seeded: every run writes the same bytes. See README.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  type Business,
  COUNTRY_NAME,
  LANGS,
  makeBusinesses,
  makePerson,
  message,
  NEIGHBOUR,
  phoneFor,
  writePhone,
} from './gen/data.js';
import * as ads from './gen/leads-ads.js';
import * as forms from './gen/leads-forms.js';
import * as threads from './gen/leads-threads.js';
import {
  type Charset,
  describeBody,
  encodeWords,
  formatAddress,
  type MimeNode,
  multipart,
  serialize,
  type Transfer,
  textPart,
} from './gen/mime.js';
import * as non from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import type { Draft, LeadLayout, NonLeadLayout } from './gen/types.js';

const DIR = import.meta.dirname;
const LEADS_PER_LAYOUT = 18;
/** Customers abroad in layouts that write the number internationally: US and Canadian businesses get them from further away (so the 011 exit code can appear). */
const FAR: Record<string, CountryCode> = { US: 'MX', CA: 'FR' };
const NONLEADS_PER_LAYOUT = 6;

const LEAD_LAYOUTS: LeadLayout[] = [
  forms.dlQuestionRequired,
  forms.spanGridSurnameFirst,
  forms.bookingRoleVcard,
  forms.pipeArrowValues,
  forms.numberedQA,
  forms.bulletsAgentLegal,
  ads.adMetaTwoTables,
  ads.adGoogleDottedKeys,
  ads.adLinkedinCsv,
  ads.adTiktokBoldBr,
  ads.adSnapchatXml,
  ads.adMicrosoftJsonPairs,
  ads.adPinterestCaptions,
  threads.fwdOutlookStrongBr,
  threads.fwdGmailOfApple,
  threads.fwdEmlHtmlForm,
  threads.replyAboveQuoted,
  forms.personalLastFirst,
];

const NON_LEAD_LAYOUTS: NonLeadLayout[] = [
  non.wholesaleMailing,
  non.paymentReceipt,
  non.existingReschedule,
  non.traineeApplication,
  non.seoPitch,
  non.inheritanceScam,
  non.supplierAutoreply,
  non.unknownUserDsn,
  non.bookingSiteNotice,
];

const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

function build(
  rng: Rng,
  d: Draft,
  biz: Business,
  n: number,
  dropOne: boolean,
): { root: MimeNode; encoding: string } {
  const charset = rng.pick(CHARSETS);
  const transfer = rng.pick(TRANSFERS);
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
    let body = parts.length === 2 ? multipart('alternative', parts, rng) : (parts[0] as MimeNode);
    if (d.attachments?.length) body = multipart('mixed', [body, ...d.attachments], rng);
    root = body;
  }
  const { body, leaf } = describeBody(root);
  const w = leaf?.written ?? {
    charset: (leaf?.headers.find(([k]) => k === 'Content-Type')?.[1].match(/charset=([\w-]+)/)?.[1] ??
      'utf-8') as Charset,
    transfer: (leaf?.headers.find(([k]) => k === 'Content-Transfer-Encoding')?.[1] ?? '7bit') as Transfer,
  };
  const day = 1 + (n % 28);
  const headers: [string, string][] = [
    ['Delivered-To', biz.inbox],
    ['From', formatAddress(d.from, charset)],
    ['To', (d.to ?? [{ email: biz.inbox }]).map((a) => formatAddress(a, charset)).join(', ')],
  ];
  if (d.cc) headers.push(['Cc', d.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (d.replyTo) headers.push(['Reply-To', formatAddress(d.replyTo, charset)]);
  headers.push(
    ['Subject', encodeWords(d.subject, charset)],
    [
      'Date',
      `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][n % 7]}, ${day} Nov 2026 ${String(7 + (n % 14)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')} +0000`,
    ],
    ['Message-ID', `<${rng.hex(20)}@mx.blind10.test>`],
    ...(d.headers ?? []),
    ['MIME-Version', '1.0'],
  );
  root.headers = [...headers, ...root.headers];
  return { root, encoding: `${body}; ${w.transfer}; ${w.charset}` };
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
function decodeRefs(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => {
      if (ENT[name]) return ENT[name] as string;
      const t = new TextDecoder('utf-8').decode(Buffer.from(`<p>&${name};</p>`));
      void t;
      const named: Record<string, string> = {
        eacute: 'é',
        egrave: 'è',
        ecirc: 'ê',
        agrave: 'à',
        acirc: 'â',
        ccedil: 'ç',
        uuml: 'ü',
        ouml: 'ö',
        auml: 'ä',
        Uuml: 'Ü',
        Ouml: 'Ö',
        Auml: 'Ä',
        szlig: 'ß',
        ntilde: 'ñ',
        aacute: 'á',
        iacute: 'í',
        oacute: 'ó',
        uacute: 'ú',
        ocirc: 'ô',
        icirc: 'î',
        euml: 'ë',
        iuml: 'ï',
        euro: '€',
        ndash: '–',
        mdash: '—',
        rsquo: '’',
        ldquo: '“',
        rdquo: '”',
        laquo: '«',
        raquo: '»',
        middot: '·',
      };
      return named[name] ?? m;
    });
}

async function haystack(mail: ParsedMail): Promise<string> {
  const parts: string[] = [mail.subject ?? ''];
  for (const h of ['from', 'to', 'cc', 'reply-to'] as const) {
    const v = mail.headers.get(h) as { text?: string } | undefined;
    if (v?.text) parts.push(v.text);
  }
  parts.push(mail.text ?? '', decodeRefs(typeof mail.html === 'string' ? mail.html : ''));
  for (const att of mail.attachments) {
    if (att.contentType === 'message/rfc822') parts.push(await haystack(await simpleParser(att.content)));
    else {
      const cs =
        (att.headers.get('content-type') as { params?: { charset?: string } } | undefined)?.params?.charset ??
        'utf-8';
      parts.push(new TextDecoder(cs).decode(att.content));
    }
  }
  return parts.join('\n');
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('und');

async function main(): Promise<void> {
  const rng = new Rng(20261210);
  const businesses = makeBusinesses(rng);
  const byLang = new Map(LANGS.map((l) => [l, businesses.filter((b) => b.lang === l)]));
  const items: { eml: Buffer; truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'> }[] = [];
  const turn = new Map<string, number>();
  const nextBiz = (lang: (typeof LANGS)[number]) => {
    const list = byLang.get(lang) ?? [];
    const k = turn.get(lang) ?? 0;
    turn.set(lang, k + 1);
    return list[k % list.length] as Business;
  };
  let n = 0;
  for (const layout of LEAD_LAYOUTS) {
    for (let k = 0; k < LEADS_PER_LAYOUT; k++) {
      n++;
      const lang = LANGS[k % 4] as (typeof LANGS)[number];
      const biz = nextBiz(lang);
      const person = makePerson(rng, lang);
      const staff = rng.pick(biz.staff);
      let hasEmail = layout.needsEmail ? true : !rng.chance(0.14);
      let hasPhone = rng.chance(0.8);
      if (!hasEmail) hasPhone = true;
      if (layout.needsEmail) hasEmail = true;
      const msg = rng.chance(0.12) ? null : message(rng, biz);
      const foreign = layout.foreign !== undefined && rng.chance(0.3);
      const far = layout.foreign === 'international' ? FAR[biz.region] : undefined;
      const country = foreign ? (far ?? NEIGHBOUR[biz.region] ?? biz.region) : biz.region;
      let phone: string | null = null;
      let phoneE164: string | null = null;
      if (hasPhone) {
        phoneE164 = phoneFor(rng, country);
        const readRegion = layout.foreign === 'country-field' ? country : biz.region;
        const allowed = !foreign
          ? layout.forms
          : layout.foreign === 'country-field'
            ? ['national', 'compact', 'dashed']
            : ['00', '011', 'international', '+CC (0)'];
        phone = writePhone(rng, phoneE164, readRegion, allowed).text;
      }
      const countryName = COUNTRY_NAME[lang][country] ?? COUNTRY_NAME.en[country] ?? country;
      const ctx = {
        rng,
        lang,
        biz,
        person,
        staff,
        msg,
        phone,
        phoneE164,
        hasEmail,
        caps: rng.chance(0.5) && !/ß/.test(person.first + person.last),
        country,
        countryName,
        n: k,
      };
      const out = layout.build(ctx);
      const { root, encoding } = build(rng, out.draft, biz, n, k % 3 === 2);
      const expected: Expected = {
        email: hasEmail ? person.email : null,
        phone: phoneE164,
        fullName: `${person.first} ${person.last}`,
        firstName: person.first,
        lastName: person.last,
        message: msg ? msg.join('\n\n') : null,
        source: 'web_form',
        campaign: null,
        adId: null,
        formId: null,
        campaignId: null,
        platformLeadId: null,
        businessId: biz.id,
        ...out.expected,
      };
      if (expected.phone && !isValidPhoneNumber(expected.phone)) throw new Error(`invalid ${expected.phone}`);
      const pii = [person.first, person.last, `${person.first} ${person.last}`];
      if (hasEmail) pii.push(person.email);
      if (phone && !out.phoneUnreadable) pii.push(phone);
      if (out.phoneUnreadable) expected.phone = null;
      for (const x of out.extraPii ?? []) if (x && !pii.includes(x)) pii.push(x);
      items.push({
        eml: serialize(root),
        truth: {
          kind: 'lead',
          layout: layout.id,
          language: lang,
          encoding,
          expected,
          pii,
          otherPii: out.others ?? [],
        },
      });
    }
  }
  for (const layout of NON_LEAD_LAYOUTS) {
    for (let k = 0; k < NONLEADS_PER_LAYOUT; k++) {
      n++;
      const lang = LANGS[k % 4] as (typeof LANGS)[number];
      const biz = nextBiz(lang);
      const person = makePerson(rng, lang);
      const d = layout.build({ rng, lang, biz, person, n: k });
      const { root, encoding } = build(rng, d, biz, n, k % 3 === 2);
      items.push({
        eml: serialize(root),
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding,
          expectedReason: layout.reason,
        },
      });
    }
  }
  const order = rng.shuffle(items.map((_, i) => i));
  const emails = join(DIR, 'emails');
  rmSync(emails, { recursive: true, force: true });
  mkdirSync(emails, { recursive: true });
  const truths: Truth[] = [];
  for (const [pos, idx] of order.entries()) {
    const it = items[idx];
    if (!it) continue;
    const file = `blind10-${String(pos + 1).padStart(4, '0')}.eml`;
    const mail = await simpleParser(it.eml);
    const hay = norm(await haystack(mail));
    if (!mail.subject || /=\?/.test(mail.subject)) throw new Error(`${file}: subject not decoded`);
    if (!mail.text?.trim() && !(typeof mail.html === 'string' && mail.html.trim()))
      throw new Error(`${file}: empty body`);
    if (it.truth.kind === 'lead') {
      // The full name is PII as shown only where the email prints it whole (not in split first/last fields).
      const whole = `${it.truth.expected.firstName} ${it.truth.expected.lastName}`;
      if (!hay.includes(norm(whole))) it.truth.pii = it.truth.pii.filter((p) => p !== whole);
      for (const p of [...it.truth.pii, ...it.truth.otherPii])
        if (!hay.includes(norm(p))) throw new Error(`${file} (${it.truth.layout}): "${p}" not found`);
    }
    writeFileSync(join(emails, file), it.eml);
    truths.push({ file, ...it.truth } as Truth);
  }
  writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  const cfg = [
    '# Rules for the tenth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: GB',
    '  recipients:',
    ...businesses.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...businesses.map((b) => `    ${b.id}: ${b.region}`),
    '',
  ];
  writeFileSync(join(DIR, 'config.yaml'), cfg.join('\n'));
  const leads = truths.filter((t) => t.kind === 'lead').length;
  process.stdout.write(`${truths.length} emails (${leads} leads) in ${readdirSync(emails).length} files\n`);
}

await main();
