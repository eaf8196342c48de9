/**
 * Writes blind corpus 9: emails/blind9-NNNN.eml, truth.jsonl and config.yaml. Seeded: byte-identical on
 * every run. `--tables` also prints the README's layout rows and mix.
 *
 *   npx tsx test/blind-corpus-9/generate.ts [--tables]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import type { CountryCode } from 'libphonenumber-js/max';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  bookingGuestRoleVcf,
  chatPrechatSurvey,
  crmNestedJson,
  directoryEnquirerSurnameComma,
  olQuestionArrows,
  shopQuoteAddressCard,
} from './gen/layouts/leads-a.js';
import {
  adGoogleUserColumnsJson,
  adLinkedinMarkdownTables,
  adMetaAgencyCsv,
  adMicrosoftFwdNewOutlook,
  adPinterestTxtStacked,
  adSnapchatEmdash,
  adTiktokWideHeader,
} from './gen/layouts/leads-ads.js';
import {
  appleFwdAsciiBox,
  forwardEmlAttachment,
  gmailFwdXmlAttachment,
  personalCapsDisplay,
  replyInternalOverReply,
} from './gen/layouts/leads-mail.js';
import {
  apprenticeship,
  domainRenewal,
  orderPickupChange,
  parcelFeePhish,
  portalAutoreply,
  quotaDsn,
  supplierCreditNote,
  vendorReviewsPitch,
  wholesalePriceList,
} from './gen/layouts/nonleads.js';
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
import {
  type Business,
  drawMessage,
  drawNumber,
  drawPerson,
  drawStaff,
  isValidE164,
  LANGS,
  type Lang,
  makeBusinesses,
  NEIGHBOUR,
  type PhoneForm,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Draft, LeadCtx, LeadLayout, NonLeadLayout } from './gen/types.js';
import { full } from './gen/util.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 0x9b11d09;

const LEADS: LeadLayout[] = [
  olQuestionArrows,
  directoryEnquirerSurnameComma,
  bookingGuestRoleVcf,
  chatPrechatSurvey,
  crmNestedJson,
  shopQuoteAddressCard,
  adMetaAgencyCsv,
  adGoogleUserColumnsJson,
  adLinkedinMarkdownTables,
  adTiktokWideHeader,
  adSnapchatEmdash,
  adMicrosoftFwdNewOutlook,
  adPinterestTxtStacked,
  forwardEmlAttachment,
  replyInternalOverReply,
  personalCapsDisplay,
  gmailFwdXmlAttachment,
  appleFwdAsciiBox,
];
const NON_LEADS: NonLeadLayout[] = [
  wholesalePriceList,
  supplierCreditNote,
  orderPickupChange,
  apprenticeship,
  vendorReviewsPitch,
  parcelFeePhish,
  portalAutoreply,
  quotaDsn,
  domainRenewal,
];

const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

interface Item {
  layout: string;
  lang: Lang;
  biz: Business;
  draft: Draft;
  lead?: { expected: Expected; pii: string[]; others: string[] };
  reason?: string;
}

function envelope(
  rng: Rng,
  d: Draft,
  biz: Business,
  n: number,
  cs: Charset,
  tf: Transfer,
): { bytes: Buffer; encoding: string } {
  let root: MimeNode;
  if (d.root) root = d.root;
  else {
    let text = d.text;
    let html = d.html;
    if (text !== undefined && html !== undefined && n % 3 === 2) {
      if (d.primary === 'html') text = undefined;
      else html = undefined;
    }
    const leaves: MimeNode[] = [];
    if (text !== undefined) leaves.push(textPart('plain', text, cs, tf));
    if (html !== undefined) leaves.push(textPart('html', html, cs, tf));
    let body: MimeNode = leaves.length > 1 ? multipart('alternative', leaves, rng) : (leaves[0] as MimeNode);
    if (d.attachments?.length) body = multipart('mixed', [body, ...d.attachments], rng);
    root = body;
  }
  const day = 1 + (n % 28);
  const headers: [string, string][] = [
    ['From', formatAddress(d.from, cs)],
    ['To', (d.to ?? [{ email: biz.inbox }]).map((a) => formatAddress(a, cs)).join(', ')],
  ];
  if (d.cc?.length) headers.push(['Cc', d.cc.map((a) => formatAddress(a, cs)).join(', ')]);
  if (d.replyTo) headers.push(['Reply-To', formatAddress(d.replyTo, cs)]);
  headers.push(
    ['Subject', encodeWords(d.subject, cs)],
    [
      'Date',
      `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][n % 7]}, ${day} Oct 2026 ${String(7 + (n % 12)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:00 +0000`,
    ],
    ['Message-ID', `<${rng.hex(20)}@${d.from.email.split('@')[1]}>`],
    ['MIME-Version', '1.0'],
    ...(d.headers ?? []),
  );
  const full: MimeNode = { ...root, headers: [...headers, ...root.headers] };
  const desc = describeBody(root);
  const w = desc.leaf?.written;
  const encoding = `${desc.body}; ${w?.transfer ?? '7bit'}; ${w?.charset ?? 'utf-8'}`;
  return { bytes: serialize(full), encoding };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').toLocaleLowerCase('und');

async function haystack(mail: ParsedMail): Promise<string> {
  const parts: string[] = [mail.subject ?? ''];
  for (const a of [mail.from, mail.to, mail.cc, mail.replyTo].flat()) if (a) parts.push(a.text);
  parts.push(mail.text ?? '');
  if (typeof mail.html === 'string') parts.push(decodeHTML(mail.html.replace(/<[^>]+>/g, ' ')));
  for (const att of mail.attachments) {
    if (att.contentType === 'message/rfc822') parts.push(await haystack(await simpleParser(att.content)));
    else {
      const cs = /charset=([\w-]+)/i.exec(att.headers.get('content-type')?.toString() ?? '')?.[1] ?? 'utf-8';
      const ct = att.headers.get('content-type') as { params?: { charset?: string } } | undefined;
      parts.push(new TextDecoder(ct?.params?.charset ?? cs).decode(att.content));
    }
  }
  return parts.join('\n');
}

async function check(file: string, bytes: Buffer, pii: string[]): Promise<void> {
  const mail = await simpleParser(bytes);
  if (!mail.subject || /=\?/.test(mail.subject)) throw new Error(`${file}: subject stays encoded`);
  const body = `${mail.text ?? ''}${typeof mail.html === 'string' ? mail.html : ''}`.trim();
  if (!body) throw new Error(`${file}: empty body`);
  const hay = collapse(await haystack(mail));
  for (const p of pii) if (!hay.includes(collapse(p))) throw new Error(`${file}: pii not found: ${p}`);
}

function buildLead(rng: Rng, layout: LeadLayout, lang: Lang, biz: Business, n: number): Item {
  const person = drawPerson(rng, lang);
  const staff = drawStaff(rng, biz);
  let staff2 = drawStaff(rng, biz);
  while (full(staff2) === full(staff)) staff2 = drawStaff(rng, biz);
  const foreign = !!layout.foreignCustomers && rng.chance(0.3);
  const country: CountryCode = foreign
    ? (layout.abroad?.(biz.country) ?? (NEIGHBOUR[biz.country] as CountryCode))
    : biz.country;
  const message = layout.needsEmail || rng.chance(0.9) ? drawMessage(rng, biz) : null;
  let phone: string | null = rng.chance(0.85) ? drawNumber(rng, country) : null;
  const hasEmail = layout.needsEmail || !phone || rng.chance(0.85);
  if (!hasEmail && !phone) phone = drawNumber(rng, country);
  const caps = rng.chance(layout.caps ?? 0);
  const pii: string[] = [person.first, person.last];
  if (hasEmail) pii.push(person.email);
  const ctx: LeadCtx = {
    rng,
    lang,
    biz,
    person,
    staff,
    staff2,
    extraPhone: drawNumber(rng, biz.country),
    message,
    phone,
    country,
    foreign,
    hasEmail,
    caps,
    n,
    writePhone(form: PhoneForm, region?: CountryCode) {
      if (!phone) throw new Error('no phone');
      const s = writePhone(phone, form, region ?? country);
      pii.push(s);
      return s;
    },
    pii(s: string) {
      pii.push(s);
      return s;
    },
  };
  const out = layout.build(ctx);
  const expected: Expected = {
    email: hasEmail ? person.email : null,
    phone,
    fullName: full(person),
    firstName: person.first,
    lastName: person.last,
    message,
    source: 'web_form',
    campaign: null,
    adId: null,
    formId: null,
    campaignId: null,
    platformLeadId: null,
    businessId: biz.id,
    ...out.expected,
  };
  if (expected.phone && !isValidE164(expected.phone)) throw new Error(`invalid phone ${expected.phone}`);
  return {
    layout: layout.id,
    lang,
    biz,
    draft: out.draft,
    lead: { expected, pii: [...new Set(pii)], others: [...new Set(out.others ?? [])] },
  };
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const businesses = makeBusinesses(rng);
  const byLang = (l: Lang) => businesses.filter((b) => b.lang === l);
  const items: Item[] = [];
  let n = 0;
  LEADS.forEach((layout, li) => {
    for (const lang of LANGS) {
      for (let k = 0; k < layout.count / 4; k++) {
        const biz = byLang(lang)[(li + k) % 5] as Business;
        items.push(buildLead(rng, layout, lang, biz, n++));
      }
    }
  });
  NON_LEADS.forEach((layout, li) => {
    for (let k = 0; k < layout.count; k++) {
      const lang = LANGS[(li + k) % 4] as Lang;
      const biz = byLang(lang)[(li * 2 + k) % 5] as Business;
      const draft = layout.build({
        rng,
        lang,
        biz,
        person: drawPerson(rng, lang),
        staff: drawStaff(rng, biz),
        n,
      });
      items.push({ layout: layout.id, lang, biz, draft, reason: layout.reason });
      n++;
    }
  });

  const order = rng.shuffle(items);
  const emailsDir = join(HERE, 'emails');
  rmSync(emailsDir, { recursive: true, force: true });
  mkdirSync(emailsDir, { recursive: true });
  const truths: Truth[] = [];
  const encodings: string[] = [];
  for (const [i, item] of order.entries()) {
    const file = `blind9-${String(i + 1).padStart(4, '0')}.eml`;
    const cs = rng.pick(CHARSETS);
    const tf = rng.pick(TRANSFERS);
    const { bytes, encoding } = envelope(rng, item.draft, item.biz, i, cs, tf);
    await check(file, bytes, item.lead ? [...item.lead.pii, ...item.lead.others] : []);
    writeFileSync(join(emailsDir, file), bytes);
    encodings.push(encoding);
    if (item.lead) {
      const t: LeadTruth = {
        file,
        kind: 'lead',
        layout: item.layout,
        language: item.lang,
        encoding,
        expected: item.lead.expected,
        pii: item.lead.pii,
        otherPii: item.lead.others,
      };
      truths.push(t);
    } else {
      const t: NonLeadTruth = {
        file,
        kind: 'non-lead',
        layout: item.layout,
        language: item.lang,
        encoding,
        expectedReason: item.reason as string,
      };
      truths.push(t);
    }
  }
  writeFileSync(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  const cfg = [
    '# Rules for the ninth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: GB',
    '  recipients:',
    ...businesses.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...businesses.map((b) => `    ${b.id}: ${b.country}`),
    '',
  ].join('\n');
  writeFileSync(join(HERE, 'config.yaml'), cfg);
  const left = readdirSync(emailsDir).length;
  if (left !== truths.length) throw new Error('email count mismatch');

  if (process.argv.includes('--tables')) printTables(truths);
  else console.log(`wrote ${truths.length} emails (${truths.filter((t) => t.kind === 'lead').length} leads)`);
}

function printTables(truths: Truth[]): void {
  const rows = new Map<string, Truth[]>();
  for (const t of truths) rows.set(t.layout, [...(rows.get(t.layout) ?? []), t]);
  const uniq = (xs: string[]) => [...new Set(xs)].sort().join(' ');
  const described = new Map<string, string>([...LEADS, ...NON_LEADS].map((l) => [l.id, l.description]));
  const ordered = [...LEADS, ...NON_LEADS].map((l) => [l.id, rows.get(l.id) ?? []] as const);
  for (const [layout, ts] of ordered) {
    const enc = ts.map((t) => t.encoding.split('; '));
    const reason = ts[0]?.kind === 'non-lead' ? ` \`${ts[0].expectedReason}\` |` : '';
    console.log(
      `| \`${layout}\` |${reason} ${described.get(layout)} | ${uniq(ts.map((t) => t.language))} | ${uniq(enc.map((e) => e[0] as string))}; ${uniq(enc.map((e) => e[1] as string))}; ${uniq(enc.map((e) => e[2] as string))} | ${ts.length} |`,
    );
  }
  const count = (f: (t: Truth) => string) => {
    const m = new Map<string, number>();
    for (const t of truths) m.set(f(t), (m.get(f(t)) ?? 0) + 1);
    return [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  console.log(`body: ${count((t) => t.encoding.split('; ')[0] as string)}`);
  console.log(`transfer: ${count((t) => t.encoding.split('; ')[1] as string)}`);
  console.log(`charset: ${count((t) => t.encoding.split('; ')[2] as string)}`);
  const leads = truths.filter((t): t is LeadTruth => t.kind === 'lead');
  console.log(`leads per language: ${count((t) => (t.kind === 'lead' ? t.language : 'x'))}`);
  console.log(`non-leads per language: ${count((t) => (t.kind === 'non-lead' ? t.language : 'x'))}`);
  console.log(
    `no email ${leads.filter((t) => !t.expected.email).length}, no phone ${leads.filter((t) => !t.expected.phone).length}, no message ${leads.filter((t) => !t.expected.message).length}`,
  );
}

await main();
