/**
 * Blind evaluation corpus 17: writes emails/, truth.jsonl and config.yaml after checking every email.
 * `npx tsx test/blind-corpus-17/generate.ts [--stats]`; the output is byte-identical on every run.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { type CountryCode, getCountryCallingCode, isValidPhoneNumber as validMin } from 'libphonenumber-js';
import { isValidPhoneNumber as validMax } from 'libphonenumber-js/max';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { BUSINESSES, FREEMAIL, makeMessage, NAMES, SINGLE_NAMES, STAFF } from './gen/data.js';
import { AD_LAYOUTS } from './gen/leads-ads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { THREAD_LAYOUTS } from './gen/leads-threads.js';
import {
  type Charset,
  describeBody,
  encodeText,
  encodeWords,
  formatAddress,
  type MimeNode,
  multipart,
  serialize,
  type Transfer,
  textPart,
} from './gen/mime.js';
import { NONLEAD_LAYOUTS } from './gen/nonleads.js';
import { drawNumber, pickForm, writeForm } from './gen/phones.js';
import { Rng } from './gen/rng.js';
import {
  type Business,
  type Customer,
  type Draft,
  fullName,
  LANGS,
  type Lang,
  type LeadLayout,
  type Staff,
} from './gen/types.js';

const DIR = import.meta.dirname;
const PER_LEAD_LAYOUT = 18;
const PER_NONLEAD_LAYOUT = 6;
const rng = new Rng(17_2026);

const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function staffFor(biz: Business, k: number): Staff {
  const list = STAFF[biz.lang];
  const s = list[k % list.length] ?? list[0];
  if (!s) throw new Error('no staff');
  const direct = writeForm(drawNumber(rng, biz.country), 'intl') ?? '';
  const mobile = writeForm(drawNumber(rng, biz.country), 'intl') ?? '';
  return { ...s, direct, mobile };
}

const STAFF_BY_BIZ = new Map(BUSINESSES.map((b) => [b.id, [staffFor(b, 0), staffFor(b, 1), staffFor(b, 2)]]));

let extensions = 0;
let capitals = 0;

function makeCustomer(layout: LeadLayout, biz: Business, lang: Lang): Customer {
  // The Bermuda genealogist works mostly for descendants of emigrants abroad.
  const foreign = layout.foreign === true && rng.chance(biz.country === 'BM' ? 0.6 : 0.28);
  const country = foreign ? biz.abroad : biz.country;
  const names = NAMES[country];
  if (!names) throw new Error(`no names for ${country}`);
  const single = layout.singleNames === true && rng.chance(0.2);
  const first = single ? rng.pick(SINGLE_NAMES[lang]) : rng.pick(names.first);
  const last = single ? null : rng.pick(names.last);
  let hasEmail = layout.needsEmail === true || rng.chance(0.85);
  let hasPhone = layout.needsPhone === true || rng.chance(0.8);
  if (!hasEmail && !hasPhone) {
    if (layout.needsEmail === false) hasPhone = true;
    else if (rng.chance(0.5)) hasEmail = true;
    else hasPhone = true;
  }
  let email: string | null = null;
  if (hasEmail) {
    const f = fold(first);
    const l = last ? fold(last) : '';
    const local = rng
      .pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${rng.int(10, 99)}`, `${l}.${f}`, `${f}_${l}`])
      .replace(/[._]$/, '');
    email = `${local}@${rng.pick(FREEMAIL)}`;
  }
  let phone: Customer['phone'] = null;
  if (hasPhone) {
    const e164 = drawNumber(rng, country);
    const field = layout.country === 'field';
    const region = field ? country : biz.country;
    const nanpBiz = getCountryCallingCode(biz.country as CountryCode) === '1';
    const written = layout.e164Only ? e164 : pickForm(rng, e164, region, field || !foreign, nanpBiz);
    const ext = layout.ext === true && rng.chance(0.2) ? rng.digits(rng.int(2, 3)) : null;
    if (ext) extensions++;
    phone = { written, e164, ext, country };
  }
  const caps = layout.caps === true && rng.chance(0.3);
  if (caps) capitals++;
  return { first, last, country, email, phone, caps };
}

function pickEncoding(): { charset: Charset; transfer: Transfer } {
  const charset = rng.pick<Charset>(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']);
  const transfer = rng.pick<Transfer>(['7bit', '8bit', 'quoted-printable', 'base64']);
  return { charset, transfer };
}

function dateHeader(): string {
  const d = new Date(
    Date.UTC(2026, rng.int(0, 10), rng.int(1, 28), rng.int(6, 22), rng.int(0, 59), rng.int(0, 59)),
  );
  return d.toUTCString().replace('GMT', '+0000');
}

function assemble(
  draft: Draft,
  biz: Business,
  enc: { charset: Charset; transfer: Transfer },
  bodyChoice: number,
): MimeNode {
  let root: MimeNode;
  if (draft.root) root = draft.root;
  else {
    let text = draft.text;
    let html = draft.html;
    if (text !== undefined && html !== undefined && bodyChoice % 3 === 2) {
      if (draft.primary === 'text') html = undefined;
      else text = undefined;
    }
    const leaves: MimeNode[] = [];
    if (text !== undefined) leaves.push(textPart('plain', text, enc.charset, enc.transfer));
    if (html !== undefined) leaves.push(textPart('html', html, enc.charset, enc.transfer));
    const body = leaves.length === 2 ? multipart('alternative', leaves, rng) : leaves[0];
    if (!body) throw new Error('draft without a body');
    root = draft.attachments?.length ? multipart('mixed', [body, ...draft.attachments], rng) : body;
  }
  const headers: [string, string][] = [
    ['From', formatAddress(draft.from, enc.charset)],
    ['To', (draft.to ?? [{ email: biz.inbox }]).map((a) => formatAddress(a, enc.charset)).join(', ')],
  ];
  if (draft.cc) headers.push(['Cc', draft.cc.map((a) => formatAddress(a, enc.charset)).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo, enc.charset)]);
  headers.push(
    ['Subject', encodeWords(draft.subject, enc.charset)],
    ['Date', dateHeader()],
    ['Message-ID', `<${rng.hex(24)}@${draft.from.email.split('@')[1] ?? 'mail.example'}>`],
    ['Delivered-To', biz.inbox],
    ...(draft.headers ?? []),
    ['MIME-Version', '1.0'],
  );
  return { ...root, headers: [...headers, ...root.headers] };
}

function encodingOf(root: MimeNode): string {
  const { body, leaf } = describeBody(root);
  const w = leaf?.written;
  return `${body}; ${w?.transfer ?? '7bit'}; ${w?.charset ?? 'utf-8'}`;
}

// ---------- self-checks ----------

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

async function haystacks(raw: Buffer): Promise<{ texts: string[]; subject: string; empty: boolean }> {
  const m = await simpleParser(raw);
  const texts: string[] = [];
  const addr = (a: unknown) => {
    const list = Array.isArray(a) ? a : a ? [a] : [];
    for (const x of list) texts.push(String((x as { text?: string }).text ?? ''));
  };
  addr(m.from);
  addr(m.to);
  addr(m.cc);
  addr(m.replyTo);
  texts.push(m.subject ?? '');
  const t = m.text ?? '';
  const variants = (s: string) => [
    s,
    s.replace(/\\n/g, '\n').replace(/\\"/g, '"'),
    decodeHTML(s),
    s.replace(/^(>\s?)+/gm, ''),
    s.replace(/[|│]/g, ' '),
  ];
  texts.push(...variants(t));
  if (typeof m.html === 'string') texts.push(decodeHTML(m.html.replace(/<[^>]+>/g, ' ')));
  for (const a of m.attachments) {
    if (a.contentType === 'message/rfc822') {
      const inner = await haystacks(a.content);
      texts.push(...inner.texts);
      continue;
    }
    const ct = a.headers.get('content-type') as { params?: { charset?: string } } | undefined;
    const cs = ct?.params?.charset ?? 'utf-8';
    let s = decodeBytes(a.content, cs.toLowerCase());
    s = s.replace(/\r?\n[ \t]/g, '');
    texts.push(...variants(s));
  }
  const empty = !t.trim() && !(typeof m.html === 'string' && m.html.trim());
  return { texts: texts.map(collapse), subject: m.subject ?? '', empty };
}

/** Windows-1252's 0x80–0x9f by hand: Node's TextDecoder reads that label as Latin-1. */
const CP1252 = new Map<number, string>();
for (const ch of '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ') CP1252.set(encodeText(ch, 'windows-1252')[0] ?? 0, ch);
function decodeBytes(buf: Buffer, cs: string): string {
  if (cs === 'utf-8' || cs === 'utf8') return buf.toString('utf8');
  let out = '';
  for (const b of buf)
    out += cs === 'windows-1252' ? (CP1252.get(b) ?? String.fromCharCode(b)) : String.fromCharCode(b);
  return out;
}

const WORD = '[\\p{L}\\p{N}]';
const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function found(item: string, texts: string[]): boolean {
  const re = new RegExp(`(?<!${WORD})${escRe(collapse(item))}(?!${WORD})`, 'iu');
  return texts.some((t) => re.test(t));
}

// ---------- build ----------

interface Built {
  raw: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  required: string[];
  optional: string[];
  message: string | null;
}

const built: Built[] = [];
const problems: string[] = [];

for (const layout of LEAD_LAYOUTS) {
  for (let i = 0; i < PER_LEAD_LAYOUT; i++) {
    const lang = LANGS[(i + LEAD_LAYOUTS.indexOf(layout)) % 4] as Lang;
    const pool = BUSINESSES.filter(
      (b) => b.lang === lang && (!layout.sectors || layout.sectors.includes(b.sector)),
    );
    const biz = pool[(Math.floor(i / 4) + LEAD_LAYOUTS.indexOf(layout)) % pool.length] as Business;
    const c = makeCustomer(layout, biz, lang);
    const message = layout.noMessage
      ? null
      : layout.optionalMessage && rng.chance(0.15)
        ? null
        : makeMessage(rng, biz);
    const staffList = STAFF_BY_BIZ.get(biz.id) ?? [];
    const k = rng.int(0, 2);
    const enc = pickEncoding();
    const res = layout.build({
      rng,
      lang,
      biz,
      c,
      staff: staffList[k] as Staff,
      staff2: staffList[(k + 1) % 3] as Staff,
      message,
      n: i,
      charset: enc.charset,
    });
    const root = assemble(res.draft, biz, enc, i);
    const expected: Expected = {
      email: c.email,
      phone: c.phone?.e164 ?? null,
      fullName: fullName(c),
      firstName: c.first,
      lastName: c.last,
      message,
      source: 'web_form',
      campaign: null,
      adId: null,
      formId: null,
      campaignId: null,
      platformLeadId: null,
      businessId: biz.id,
      ...res.expected,
    };
    const required = [
      expected.firstName,
      expected.lastName,
      expected.email,
      c.phone?.written ?? null,
      ...(res.others ?? []),
    ].filter((x): x is string => x !== null && x !== '');
    const optional = [fullName(c), ...(res.extraPii ?? [])];
    for (const o of res.others ?? [])
      if ([expected.firstName, expected.lastName, expected.fullName, expected.email].includes(o))
        problems.push(`${layout.id}#${i}: otherPii ${o} equals the lead's own PII`);
    if (!expected.email && !expected.phone) problems.push(`${layout.id}#${i}: neither email nor phone`);
    if (expected.source !== 'web_form') {
      const platform = [expected.adId, expected.formId, expected.campaignId, expected.platformLeadId];
      if (platform.some((x) => !x) || new Set(platform).size !== 4 || !expected.campaign)
        problems.push(`${layout.id}#${i}: platform ids missing or not distinct`);
      required.push(...(platform as string[]), expected.campaign ?? '');
    }
    built.push({
      raw: serialize(root),
      truth: {
        kind: 'lead',
        layout: layout.id,
        language: lang,
        encoding: encodingOf(root),
        expected,
        pii: [],
        otherPii: res.others ?? [],
      },
      required,
      optional,
      message,
    });
  }
}

for (const layout of NONLEAD_LAYOUTS) {
  for (let i = 0; i < PER_NONLEAD_LAYOUT; i++) {
    const lang = LANGS[(i + 2 * NONLEAD_LAYOUTS.indexOf(layout)) % 4] as Lang;
    const pool = BUSINESSES.filter((b) => b.lang === lang);
    const biz = pool[(i + NONLEAD_LAYOUTS.indexOf(layout)) % pool.length] as Business;
    const enc = pickEncoding();
    const root = assemble(layout.build({ rng, lang, biz, n: i }), biz, enc, i);
    built.push({
      raw: serialize(root),
      truth: {
        kind: 'non-lead',
        layout: layout.id,
        language: lang,
        encoding: encodingOf(root),
        expectedReason: layout.reason,
      },
      required: [],
      optional: [],
      message: null,
    });
  }
}

async function check(): Promise<void> {
  for (const [idx, b] of built.entries()) {
    const where = `${b.truth.layout}#${idx}`;
    const h = await haystacks(b.raw);
    if (/=\?/.test(h.subject)) problems.push(`${where}: subject stays encoded`);
    if (h.empty && !b.truth.encoding.startsWith('report')) problems.push(`${where}: empty body`);
    if (b.truth.kind !== 'lead') continue;
    for (const r of b.required) if (!found(r, h.texts)) problems.push(`${where}: required "${r}" not found`);
    if (b.message && !h.texts.some((t) => t.includes(collapse(b.message ?? ''))))
      problems.push(`${where}: message not verbatim`);
    const e = b.truth.expected;
    if (e.phone && !(/^\+\d+$/.test(e.phone) && validMax(e.phone) && validMin(e.phone)))
      problems.push(`${where}: expected phone ${e.phone} is not valid E.164`);
    const pii = [
      e.firstName,
      e.lastName,
      e.email,
      ...b.required.filter(
        (r) =>
          /^[+0(\d][\d\s().+/-]+$/.test(r) &&
          r !== e.adId &&
          r !== e.formId &&
          r !== e.campaignId &&
          r !== e.platformLeadId,
      ),
    ].filter((x): x is string => !!x);
    for (const o of b.optional) if (!pii.includes(o) && found(o, h.texts)) pii.push(o);
    b.truth.pii = [...new Set(pii)];
  }
}

function configYaml(): string {
  const lines = [
    '# Rules for the seventeenth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...BUSINESSES.map((b) => `    ${b.id}: ${b.country}`),
  ];
  return `${lines.join('\n')}\n`;
}

await check();
if (problems.length > 0) {
  process.stderr.write(`${problems.length} problem(s):\n${problems.slice(0, 60).join('\n')}\n`);
  process.exit(1);
}

const order = rng.shuffle(built.map((_, i) => i));
const emailsDir = join(DIR, 'emails');
mkdirSync(emailsDir, { recursive: true });
for (const f of readdirSync(emailsDir)) rmSync(join(emailsDir, f));
const truths: Truth[] = [];
order.forEach((bi, n) => {
  const b = built[bi] as Built;
  const file = `blind17-${String(n + 1).padStart(4, '0')}.eml`;
  writeFileSync(join(emailsDir, file), b.raw);
  truths.push({ file, ...b.truth } as Truth);
});
writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
writeFileSync(join(DIR, 'config.yaml'), configYaml());

if (process.argv.includes('--stats')) {
  const count = (f: (t: Truth) => string) => {
    const m = new Map<string, number>();
    for (const t of truths) m.set(f(t), (m.get(f(t)) ?? 0) + 1);
    return [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  const leads = truths.filter((t): t is LeadTruth => t.kind === 'lead');
  const lines = [
    `emails ${truths.length}: leads ${leads.length}, non-leads ${truths.length - leads.length}`,
    `body: ${count((t) => t.encoding.split('; ')[0] ?? '')}`,
    `transfer: ${count((t) => t.encoding.split('; ')[1] ?? '')}`,
    `charset: ${count((t) => t.encoding.split('; ')[2] ?? '')}`,
    `leads per language: ${count((t) => (t.kind === 'lead' ? t.language : 'non-lead'))}`,
    `non-leads per language: ${count((t) => (t.kind === 'non-lead' ? t.language : 'lead'))}`,
    `no email ${leads.filter((l) => !l.expected.email).length}, no phone ${leads.filter((l) => !l.expected.phone).length}, no message ${leads.filter((l) => !l.expected.message).length}, lastName null ${leads.filter((l) => !l.expected.lastName).length}`,
    `extensions ${extensions}, names in capitals ${capitals}`,
    `sources: ${count((t) => (t.kind === 'lead' ? t.expected.source : 'non-lead'))}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
