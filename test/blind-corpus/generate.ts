/**
 * Writes the blind evaluation corpus: `emails/*.eml` and `truth.jsonl` (see README.md).
 * Seeded and deterministic: `npx tsx test/blind-corpus/generate.ts` rewrites byte-identical files.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { AD_LAYOUTS } from './gen/leads-ads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { MAIL_LAYOUTS } from './gen/leads-mail.js';
import { MESSAGES } from './gen/messages.js';
import {
  type Charset,
  canEncode,
  encodeText,
  encodeWord,
  formatAddress,
  htmlAsAscii,
  htmlForCharset,
  type MimeNode,
  renderMessage,
  type TransferEncoding,
} from './gen/mime.js';
import type { Draft, Expected, LeadCtx, LeadLayout, LeadTruth, NonLeadTruth, Truth } from './gen/model.js';
import { NON_LEAD_LAYOUTS } from './gen/nonleads.js';
import {
  assignBusinessPhones,
  type Business,
  LANGS,
  makePerson,
  nationalPhone,
  type PhoneStyle,
  staffOf,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';

const SEED = 20261204;
const HERE = dirname(fileURLToPath(import.meta.url));
const EMAIL_DIR = join(HERE, 'emails');

export const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...MAIL_LAYOUTS, ...AD_LAYOUTS];

const FOREIGN = ['GB', 'US', 'DE', 'FR', 'ES', 'NL', 'IT', 'CH', 'IE', 'MX', 'BE', 'AT'];
const BAD_PHONES = ['n/a', '0000', 'ask at reception', '12345', 'call me on WhatsApp', '+44 12', 'xxx-xxx'];
const EXTENSIONS = ['ext. 204', 'x31', 'Durchwahl 17', 'poste 412', 'ext. 12'];

function phoneStyle(rng: Rng, local: boolean, layout: LeadLayout, biz: Business): PhoneStyle {
  const northAmerica = biz.region === 'US' || biz.region === 'CA';
  if (local)
    return rng.pick([
      'national',
      'national',
      'national',
      'plus',
      'plus',
      'plus-zero',
      'double-zero',
      'plus-compact',
    ] as const);
  if (layout.id === 'country-field-phone')
    return rng.pick([
      'national',
      'national',
      'national',
      'plus-zero',
      'double-zero',
      northAmerica ? 'us-exit' : 'plus',
    ] as const);
  return rng.pick([
    'plus',
    'plus',
    'double-zero',
    'plus-zero',
    'plus-compact',
    northAmerica ? 'us-exit' : 'plus',
  ] as const);
}

function chooseBusiness(rng: Rng, businesses: Business[], layout: LeadLayout, lang: string): Business {
  const inLang = businesses.filter((b) => b.lang === lang);
  const sector = layout.sector ? inLang.filter((b) => b.sector === layout.sector) : [];
  return rng.pick(sector.length > 0 ? sector : inLang);
}

function chooseMessage(
  rng: Rng,
  ctx: Omit<LeadCtx, 'message'>,
  sector: Business['sector'],
  validPhone: boolean,
): string {
  const pool = MESSAGES[ctx.lang];
  for (;;) {
    const m = rng.pick(rng.chance(0.65) ? pool[sector] : pool.any);
    if (m.includes('{phone}') && !validPhone) continue;
    return m.replace('{phone}', ctx.phone ?? '').replace('{first}', ctx.person.first);
  }
}

interface Built {
  raw: Buffer;
  encoding: string;
}

const CHARSETS: Charset[] = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'];
const ENCODINGS: TransferEncoding[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

function bodyLeaf(
  kind: 'plain' | 'html',
  content: string,
  charset: Charset,
  encoding: TransferEncoding,
): MimeNode {
  let cs = charset;
  let text = content;
  if (kind === 'html')
    text = (encoding === '7bit' ? htmlAsAscii(content) : htmlForCharset(content, cs)).replace(
      '<meta charset="utf-8">',
      `<meta charset="${cs}">`,
    );
  else if (!canEncode(text, cs)) cs = 'utf-8';
  const enc =
    encoding === '7bit' && encodeText(text, cs).some((b) => b > 0x7f) ? 'quoted-printable' : encoding;
  return {
    kind: 'leaf',
    contentType: kind === 'html' ? 'text/html' : 'text/plain',
    charset: cs,
    encoding: enc,
    content: text,
  };
}

function build(rng: Rng, draft: Draft, biz: Business, n: number): Built {
  const charset = rng.pick(CHARSETS);
  const encoding = rng.pick(ENCODINGS);
  let root: MimeNode;
  let shape: string;
  if (draft.root) {
    root = draft.root;
    shape = `custom-${draft.root.kind === 'multi' ? draft.root.subtype : 'leaf'}`;
  } else {
    let { text, html } = draft;
    if (text && html && draft.primary && rng.chance(0.35)) {
      if (draft.primary === 'text') html = undefined;
      else text = undefined;
    }
    const parts: MimeNode[] = [];
    if (text) parts.push(bodyLeaf('plain', text, charset, encoding));
    if (html) parts.push(bodyLeaf('html', html, charset, encoding));
    const first = parts[0];
    if (!first) throw new Error('draft without a body');
    root = parts.length > 1 ? { kind: 'multi', subtype: 'alternative', parts } : first;
    shape = parts.length > 1 ? 'alternative' : text ? 'plain' : 'html';
    if (first.kind === 'leaf') shape += `/${first.encoding}/${first.charset}`;
  }
  if (draft.attachments?.length) {
    root = { kind: 'multi', subtype: 'mixed', parts: [root, ...draft.attachments] };
    shape += '+attachment';
  }
  const date = new Date(Date.UTC(2026, 10, 2, 8, 0, 0) + n * 7 * 60_000);
  const headers: [string, string][] = [
    ['From', formatAddress(draft.from)],
    ['To', (draft.to ?? [{ name: biz.name, address: biz.inbound }]).map(formatAddress).join(', ')],
  ];
  if (draft.cc) headers.push(['Cc', draft.cc.map(formatAddress).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo)]);
  headers.push(
    ['Subject', encodeWord(draft.subject)],
    ['Date', date.toUTCString().replace('GMT', '+0000')],
    [
      'Message-ID',
      `<blind-${String(n).padStart(4, '0')}.${rng.digits(6)}@${draft.from.address.split('@')[1]}>`,
    ],
    ...(draft.headers ?? []),
  );
  return { raw: renderMessage(headers, root), encoding: shape };
}

interface Pending {
  raw: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
}

function leads(rng: Rng, businesses: Business[]): Pending[] {
  const out: Pending[] = [];
  let n = 0;
  for (const layout of LEAD_LAYOUTS) {
    for (let i = 0; i < layout.count; i++) {
      n++;
      const lang = LANGS[i % LANGS.length] ?? 'en';
      const biz = chooseBusiness(rng, businesses, layout, lang);
      const foreignShare = layout.id === 'country-field-phone' ? 0.85 : layout.foreignCustomers ? 0.35 : 0;
      const country = rng.chance(foreignShare)
        ? rng.pick(FOREIGN.filter((c) => c !== biz.region))
        : biz.region;
      let person = makePerson(rng, country);
      while (layout.needsSurname && !person.last) person = makePerson(rng, country);
      const bad = layout.allowsBadPhone === true && rng.chance(0.12);
      const hasPhone = bad || rng.chance(0.88);
      const hasEmail = bad || layout.needsEmail === true || !hasPhone || rng.chance(0.92);
      let phone: string | null = null;
      if (bad) phone = rng.pick(BAD_PHONES);
      else if (hasPhone) {
        phone = writePhone(person.e164, phoneStyle(rng, country === biz.region, layout, biz));
        if (layout.id === 'country-field-phone' && rng.chance(0.25))
          phone = `${phone} ${rng.pick(EXTENSIONS)}`;
      }
      const base = {
        rng,
        lang,
        biz,
        person,
        staff: staffOf(rng, biz),
        phone,
        hasEmail,
        caps: rng.chance(0.12),
        n,
      };
      const wantsMessage = layout.needsEmail === true || rng.chance(0.82);
      const message = wantsMessage ? chooseMessage(rng, base, biz.sector, hasPhone && !bad) : null;
      const ctx: LeadCtx = { ...base, message };
      const r = layout.build(ctx);
      const built = build(rng, r.draft, biz, n);
      const expected: Expected = {
        email: hasEmail ? person.email : null,
        phone: hasPhone && !bad ? person.e164 : null,
        fullName: person.full,
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
        ...r.expected,
      };
      const pii = [person.full, person.first, ...(person.last ? [person.last] : [])];
      if (hasEmail) pii.push(person.email);
      if (hasPhone && !bad && phone) pii.push(phone);
      out.push({
        raw: built.raw,
        truth: {
          kind: 'lead',
          layout: layout.id,
          language: lang,
          encoding: built.encoding,
          expected,
          pii,
          otherPii: r.others ?? [],
        },
      });
    }
  }
  return out;
}

function nonLeads(rng: Rng, businesses: Business[]): Pending[] {
  const out: Pending[] = [];
  let n = 1000;
  for (const layout of NON_LEAD_LAYOUTS) {
    for (let i = 0; i < layout.count; i++) {
      n++;
      const lang = LANGS[i % LANGS.length] ?? 'en';
      const biz = rng.pick(businesses.filter((b) => b.lang === lang));
      const person = makePerson(rng, rng.chance(0.7) ? biz.region : rng.pick(FOREIGN));
      const draft = layout.build({ rng, lang, biz, person, n: i });
      const built = build(rng, draft, biz, n);
      out.push({
        raw: built.raw,
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding: built.encoding,
          expectedReason: layout.reason,
        },
      });
    }
  }
  return out;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export function configYaml(businesses: readonly Business[]): string {
  const recipients: Record<string, string> = {};
  const regions: Record<string, string> = {};
  for (const b of businesses) {
    recipients[b.inbound] = b.id;
    if (b.region !== 'US') regions[b.id] = b.region;
  }
  return `# Rules for the blind corpus's fictional businesses, as a new user would write them: only the\n# recipient → business map and the phone regions. No profiles. Generated by generate.ts.\n${stringify({ version: 1, businesses: { defaultRegion: 'US', recipients, regions } })}`;
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const businesses = assignBusinessPhones(rng);
  nationalPhone(rng, 'GB'); // keeps the stream position stable if businesses change order
  const all = shuffle(rng, [...leads(rng, businesses), ...nonLeads(rng, businesses)]);
  await rm(EMAIL_DIR, { recursive: true, force: true });
  await mkdir(EMAIL_DIR, { recursive: true });
  const truths: Truth[] = [];
  for (const [i, item] of all.entries()) {
    const file = `blind-${String(i + 1).padStart(4, '0')}.eml`;
    await writeFile(join(EMAIL_DIR, file), item.raw);
    truths.push({ file, ...item.truth } as Truth);
  }
  await writeFile(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  await writeFile(join(HERE, 'config.yaml'), configYaml(businesses));
  const files = await readdir(EMAIL_DIR);
  const leadsCount = truths.filter((t) => t.kind === 'lead').length;
  console.log(
    `wrote ${files.length} emails (${leadsCount} leads, ${files.length - leadsCount} non-leads) to ${EMAIL_DIR}`,
  );
}

await main();
