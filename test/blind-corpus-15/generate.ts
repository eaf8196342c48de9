/**
 * Blind corpus 15: writes emails/, truth.jsonl and config.yaml, seeded, after self-checks.
 * `npx tsx test/blind-corpus-15/generate.ts [--stats]`
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import parseMin from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  BUSINESSES,
  DETAILS,
  FREEMAIL,
  MESSAGES,
  NAMES,
  PRICES,
  SERVICES,
  SINGLE,
  STAFF,
} from './gen/data.js';
import { AD_THREAD_LAYOUTS } from './gen/leads-ads-threads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
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
import { NON_LEAD_LAYOUTS } from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import type { Business, Draft, Lang, LeadCtx, LeadLayout, Person, Phone, Staff } from './gen/types.js';
import { fullName, LANGS, longDate } from './gen/types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 0x15b11d;
const PER_LEAD_LAYOUT = 18;
const PER_NON_LEAD_LAYOUT = 6;

const rng = new Rng(SEED);

// ---------------------------------------------------------------- phones

/** A valid mobile number of `region`: the example number with its last four digits redrawn. */
function drawNumber(region: string): string {
  const ex = getExampleNumber(region as never, examples);
  if (!ex) throw new Error(`no example for ${region}`);
  const base = ex.number as string;
  for (let i = 0; i < 200; i++) {
    const cand = `${base.slice(0, -4)}${rng.digits(4)}`;
    const p = parsePhoneNumberFromString(cand);
    if (p?.isValid() && p.country === region) return cand;
  }
  return base;
}

function readsBack(written: string, region: string, e164: string): boolean {
  const p = parsePhoneNumberFromString(written, region as never);
  return p?.isValid() === true && p.number === e164;
}

type Form = 'e164' | 'intl' | 'national' | '00' | 'cc0' | 'compact' | 'dashed' | '011';
const formCounts: Record<string, number> = {};

/** The number as a customer writes it, kept only if it reads back from the region the email implies. */
function writePhone(
  e164: string,
  region: string,
  implied: string,
  bizRegion: string,
): { written: string; form: Form } {
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(e164);
  const intl = p.formatInternational();
  const nat = p.formatNational();
  const cc = `+${p.countryCallingCode}`;
  const forms: [Form, string][] = [
    ['e164', e164],
    ['intl', intl],
    ['00', `00${intl.slice(1)}`],
  ];
  if (nat.startsWith('0')) forms.push(['cc0', `${cc} (0)${nat.slice(1)}`]);
  if (region === implied) {
    forms.push(['national', nat], ['national', nat], ['compact', nat.replace(/[^\d]/g, '')]);
    forms.push(['dashed', nat.replace(/[\s.]+/g, '-')]);
  }
  if (bizRegion === 'LC' && region !== 'LC')
    forms.push(['011', `011 ${intl.slice(1)}`], ['011', `011 ${intl.slice(1)}`]);
  const out011 = forms.find(([f]) => f === '011');
  for (let i = 0; i < 10; i++) {
    const [form, written] = out011 && rng.chance(0.6) ? out011 : rng.pick(forms);
    const check = form === 'cc0' ? written.replace(' (0)', ' ') : written;
    const checkRegion = form === '011' ? bizRegion : implied;
    if (readsBack(check, checkRegion, e164)) {
      formCounts[form] = (formCounts[form] ?? 0) + 1;
      return { written, form };
    }
  }
  formCounts.intl = (formCounts.intl ?? 0) + 1;
  return { written: intl, form: 'intl' };
}

const EXT: Record<Lang, ((n: string) => string)[]> = {
  en: [(n) => ` ext. ${n}`, (n) => ` x${n}`],
  de: [(n) => ` Durchwahl ${n}`, (n) => ` App. ${n}`],
  fr: [(n) => ` poste ${n}`],
  es: [(n) => ` ext. ${n}`, (n) => ` anexo ${n}`],
};

let extCount = 0;
function countExt(s: string): string {
  extCount++;
  return s;
}

function makePhone(region: string, implied: string, biz: Business, ext: boolean, lang: Lang): Phone {
  const e164 = drawNumber(region);
  const { written } = writePhone(e164, region, implied, biz.region);
  const p = parsePhoneNumberFromString(e164);
  if (!p) throw new Error(e164);
  const cc = `+${p.countryCallingCode}`;
  const nsn = p.formatInternational().slice(cc.length + 1);
  return {
    e164,
    written,
    ext: ext && rng.chance(0.3) ? countExt(rng.pick(EXT[lang])(String(rng.int(11, 349)))) : '',
    nsn,
    cc,
    region,
  };
}

// ---------------------------------------------------------------- people

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function makePerson(biz: Business, abroad: boolean, single: boolean): Person {
  const region = abroad ? biz.abroad : biz.region;
  const pool = NAMES[region] ?? [];
  const single1 = single ? rng.pick(SINGLE[biz.region] ?? ['Sam']) : null;
  const [first, last] = single1 ? [single1, null] : (rng.pick(pool).split('|') as [string, string]);
  const dom = rng.pick(FREEMAIL[biz.lang]);
  const local = last
    ? rng.pick([
        `${slug(first)}.${slug(last)}`,
        `${slug(first)[0]}${slug(last)}`,
        `${slug(last)}${rng.int(1, 99)}`,
      ])
    : `${slug(first)}${rng.int(70, 2005)}`;
  return { first, last, email: `${local}@${dom}`, region };
}

function makeStaff(biz: Business, i: number): Staff {
  const list = STAFF[biz.lang];
  const [first, last, role] = list[i % list.length] as [string, string, string];
  return {
    first,
    last,
    role,
    email: `${slug(first)}@${biz.domain}`,
    direct: intlOf(drawNumber(biz.region)),
    mobile: intlOf(drawNumber(biz.region)),
  };
}

function intlOf(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

for (const b of BUSINESSES) b.phone = intlOf(drawNumber(b.region));

// ---------------------------------------------------------------- assembling

const CHARSETS: Charset[] = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

function dateHeader(): string {
  const day = rng.int(1, 30);
  const month = rng.pick(['Oct', 'Nov']);
  const dow = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][
    new Date(Date.UTC(2026, month === 'Oct' ? 9 : 10, day)).getUTCDay()
  ];
  return `${dow}, ${day} ${month} 2026 ${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} ${rng.pick(['+0000', '+0100', '-0500', '+0530', '+1000', '+1100', '-1000', '-0300', '-0400', '+0300'])}`;
}

function assemble(d: Draft, biz: Business, n: number): { bytes: Buffer; encoding: string } {
  const charset = rng.pick(CHARSETS);
  const transfer = rng.pick(TRANSFERS);
  let root: MimeNode;
  if (d.root) root = d.root;
  else {
    let text = d.text;
    let html = d.html;
    if (text !== undefined && html !== undefined && n % 3 === 0) {
      if (d.primary === 'html') text = undefined;
      else html = undefined;
    }
    const leaves: MimeNode[] = [];
    if (text !== undefined) leaves.push(textPart('plain', text, charset, transfer));
    if (html !== undefined) leaves.push(textPart('html', html, charset, transfer));
    const body = leaves.length > 1 ? multipart('alternative', leaves, rng) : (leaves[0] as MimeNode);
    root = d.attachments?.length ? multipart('mixed', [body, ...d.attachments], rng) : body;
  }
  const cs = (root.written?.charset ?? charset) as Charset;
  const headers: [string, string][] = [
    ['From', formatAddress(d.from, cs)],
    ['To', (d.to ?? [{ email: biz.inbox }]).map((a) => formatAddress(a, cs)).join(', ')],
  ];
  if (d.cc) headers.push(['Cc', d.cc.map((a) => formatAddress(a, cs)).join(', ')]);
  if (d.replyTo) headers.push(['Reply-To', formatAddress(d.replyTo, cs)]);
  headers.push(
    ['Subject', encodeWords(d.subject, cs)],
    ['Date', dateHeader()],
    ['Message-ID', `<${rng.hex(16)}.${n}@${d.from.email.split('@')[1] ?? 'mail.example'}>`],
    ['Delivered-To', biz.inbox],
    ['MIME-Version', '1.0'],
    ...(d.headers ?? []),
  );
  const full: MimeNode = { ...root, headers: [...headers, ...root.headers] };
  const { body, leaf } = describeBody(root);
  const w = leaf?.written ?? { charset: cs, transfer };
  return { bytes: serialize(full), encoding: `${body}; ${w.transfer}; ${w.charset}` };
}

// ---------------------------------------------------------------- leads

function fill(tpl: string, vals: Record<string, string>): string {
  return tpl.replace(/\{(\w+)\}/g, (_, k: string) => vals[k] ?? `{${k}}`);
}

function leadCtx(layout: LeadLayout, biz: Business, n: number, k: number): LeadCtx {
  const lang = biz.lang;
  const abroad = rng.chance(biz.region === 'LC' ? 0.6 : 0.25);
  const single = layout.singleNames === true && rng.chance(0.18);
  const person = makePerson(biz, abroad, single);
  const implied = layout.countryField ? person.region : biz.region;
  let hasEmail = true;
  let hasPhone = true;
  const r = rng.next();
  if (layout.needsEmail) hasPhone = r < 0.75;
  else if (layout.needsPhone) hasEmail = r < 0.6;
  else if (r < 0.14) hasEmail = false;
  else if (r < 0.3) hasPhone = false;
  const phone = hasPhone ? makePhone(person.region, implied, biz, layout.ext === true, lang) : null;
  const service = rng.pick(SERVICES[biz.sector][lang]);
  const date = longDate(lang, rng.int(1, 28), rng.int(1, 4), 2027);
  let message: string | null = null;
  const detail = rng.pick(DETAILS[biz.sector][lang]);
  if (!layout.noMessage && !(layout.optionalMessage && rng.chance(0.2))) {
    message = fill(rng.pick(MESSAGES[lang]), {
      service,
      detail,
      Detail: detail.charAt(0).toLocaleUpperCase('und') + detail.slice(1),
      price: biz.price(rng.pick(PRICES[biz.sector])),
      date,
    });
  }
  return {
    rng,
    lang,
    biz,
    person,
    staff: makeStaff(biz, k),
    staff2: makeStaff(biz, k + 1),
    message,
    phone,
    hasEmail,
    caps: layout.caps === true && person.last !== null && rng.chance(0.35),
    n,
    service,
    date,
  };
}

interface Built {
  bytes: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  required: string[];
  optional: string[];
  others: string[];
  message: string | null;
  ids: string[];
  campaign: string | null;
}

const built: Built[] = [];
const leadLayouts = [...FORM_LAYOUTS, ...AD_THREAD_LAYOUTS];
const ids = new Set<string>();
for (const l of leadLayouts) {
  if (ids.has(l.id)) throw new Error(`duplicate layout ${l.id}`);
  ids.add(l.id);
}
for (const layout of leadLayouts) {
  for (let k = 0; k < PER_LEAD_LAYOUT; k++) {
    const li = leadLayouts.indexOf(layout);
    const lang = LANGS[(k + li) % 4] as Lang;
    const bizOfLang = BUSINESSES.filter((b) => b.lang === lang);
    const biz = bizOfLang[(Math.floor(k / 4) + li) % bizOfLang.length] as Business;
    const ctx = leadCtx(layout, biz, k, k);
    const out = layout.build(ctx);
    const p = ctx.person;
    const expected: Expected = {
      email: ctx.hasEmail ? p.email : null,
      phone: ctx.phone?.e164 ?? null,
      fullName: fullName(p),
      firstName: p.first,
      lastName: p.last,
      message: ctx.message,
      source: 'web_form',
      campaign: null,
      adId: null,
      formId: null,
      campaignId: null,
      platformLeadId: null,
      businessId: biz.id,
      ...out.expected,
    };
    const { bytes, encoding } = assemble(out.draft, biz, k);
    const required = [p.first, p.last, expected.email, ctx.phone?.written].filter(
      (s): s is string => typeof s === 'string' && s !== '',
    );
    const optional = [fullName(p), ...(out.pii ?? [])];
    const platformIds = [expected.adId, expected.formId, expected.campaignId, expected.platformLeadId].filter(
      (s): s is string => s !== null,
    );
    built.push({
      bytes,
      truth: {
        kind: 'lead',
        layout: layout.id,
        language: lang,
        encoding,
        expected,
        pii: [],
        otherPii: [...new Set(out.others ?? [])],
      },
      required,
      optional,
      others: [...new Set(out.others ?? [])],
      message: expected.message,
      ids: platformIds,
      campaign: expected.campaign,
    });
  }
}

for (const layout of NON_LEAD_LAYOUTS) {
  for (let k = 0; k < PER_NON_LEAD_LAYOUT; k++) {
    const lang = LANGS[(k + NON_LEAD_LAYOUTS.indexOf(layout)) % 4] as Lang;
    const bizOfLang = BUSINESSES.filter((b) => b.lang === lang);
    const biz = bizOfLang[(k + NON_LEAD_LAYOUTS.indexOf(layout)) % bizOfLang.length] as Business;
    const draft = layout.build({
      rng,
      lang,
      biz,
      person: makePerson(biz, false, false),
      staff: makeStaff(biz, k),
      n: k,
    });
    const { bytes, encoding } = assemble(draft, biz, k + 1);
    built.push({
      bytes,
      truth: { kind: 'non-lead', layout: layout.id, language: lang, encoding, expectedReason: layout.reason },
      required: [],
      optional: [],
      others: [],
      message: null,
      ids: [],
      campaign: null,
    });
  }
}

// ---------------------------------------------------------------- self-checks

const CP1252: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

function decodeAttachment(content: Buffer, contentType: string): string {
  const cs = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  if (cs === 'utf-8') return content.toString('utf8');
  let s = '';
  for (const b of content) s += cs === 'windows-1252' && CP1252[b] ? CP1252[b] : String.fromCharCode(b);
  return s;
}

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und');

async function haystack(bytes: Buffer): Promise<string> {
  const m = await simpleParser(bytes);
  if (/=\?/.test(m.subject ?? '')) throw new Error('subject still encoded');
  const parts: string[] = [m.subject ?? ''];
  for (const a of [m.from, m.to, m.cc, m.replyTo].flat()) if (a) parts.push(a.text);
  if (m.text) parts.push(m.text, m.text.replace(/\\n/g, '\n').replace(/\\"/g, '"'));
  if (typeof m.html === 'string') parts.push(decodeHTML(m.html.replace(/<[^>]+>/g, ' ')));
  if (!m.text && !m.html && m.attachments.length === 0) throw new Error('empty body');
  for (const a of m.attachments) {
    if (a.contentType === 'message/rfc822') {
      parts.push(await haystack(a.content));
      continue;
    }
    if (a.contentType.startsWith('application/pdf')) continue;
    const ct = a.headers.get('content-type') as { params?: Record<string, string> } | undefined;
    let s = decodeAttachment(a.content, `charset=${ct?.params?.charset ?? 'utf-8'}`);
    if (/vcard/i.test(a.contentType))
      s = s
        .replace(/\r?\n[ \t]/g, '')
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1');
    parts.push(s, decodeHTML(s));
  }
  return collapse(parts.join('\n'));
}

const problems: string[] = [];
for (const [i, b] of built.entries()) {
  const hay = await haystack(b.bytes);
  const tag = `#${i} ${b.truth.layout}`;
  const pii: string[] = [];
  for (const s of b.required) {
    if (!hay.includes(collapse(s))) problems.push(`${tag}: pii not found: ${s}`);
    pii.push(s);
  }
  for (const s of b.optional) if (hay.includes(collapse(s)) && !pii.includes(s)) pii.push(s);
  for (const s of b.others) if (!hay.includes(collapse(s))) problems.push(`${tag}: otherPii not found: ${s}`);
  if (b.truth.kind === 'lead') {
    b.truth.pii = pii;
    const e = b.truth.expected;
    if (!e.email && !e.phone) problems.push(`${tag}: neither email nor phone`);
    if (e.phone) {
      const max = parsePhoneNumberFromString(e.phone);
      const min = parseMin(e.phone);
      if (!max?.isValid() || max.number !== e.phone || !min?.isValid())
        problems.push(`${tag}: phone ${e.phone}`);
    }
    if (b.message && !hay.includes(collapse(b.message))) problems.push(`${tag}: message not verbatim`);
    if (e.source !== 'web_form') {
      if (b.ids.length !== 4 || new Set(b.ids).size !== 4)
        problems.push(`${tag}: platform ids ${b.ids.join(',')}`);
      for (const id of b.ids) if (!hay.includes(collapse(id))) problems.push(`${tag}: id not printed ${id}`);
      if (!b.campaign || !hay.includes(collapse(b.campaign))) problems.push(`${tag}: campaign not printed`);
    }
    for (const o of b.others)
      if (pii.some((p) => collapse(p) === collapse(o))) problems.push(`${tag}: other = pii ${o}`);
  }
}
if (problems.length > 0) {
  console.error(problems.slice(0, 60).join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}

// ---------------------------------------------------------------- writing

const order = rng.shuffle(built.map((_, i) => i));
const emailsDir = join(HERE, 'emails');
rmSync(emailsDir, { recursive: true, force: true });
mkdirSync(emailsDir, { recursive: true });
const truths: Truth[] = [];
for (const [pos, idx] of order.entries()) {
  const b = built[idx] as Built;
  const file = `blind15-${String(pos + 1).padStart(4, '0')}.eml`;
  writeFileSync(join(emailsDir, file), b.bytes);
  truths.push({ file, ...b.truth } as Truth);
}
writeFileSync(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);

const config = [
  '# Rules for the fifteenth blind corpus’s fictional businesses, as a new user would write them: only the',
  '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
  'version: 1',
  'businesses:',
  '  defaultRegion: US',
  '  recipients:',
  ...BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`),
  '  regions:',
  ...BUSINESSES.map((b) => `    ${b.id}: ${b.region}`),
  '',
].join('\n');
writeFileSync(join(HERE, 'config.yaml'), config);

console.log(`${truths.length} emails written (${readdirSync(emailsDir).length} files), no problem`);

if (process.argv.includes('--stats')) {
  const count = (f: (t: Truth) => string) => {
    const m: Record<string, number> = {};
    for (const t of truths) m[f(t)] = (m[f(t)] ?? 0) + 1;
    return Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  const leads = truths.filter((t): t is LeadTruth => t.kind === 'lead');
  console.log(
    'body:',
    count((t) => t.encoding.split('; ')[0] ?? ''),
  );
  console.log(
    'transfer:',
    count((t) => t.encoding.split('; ')[1] ?? ''),
  );
  console.log(
    'charset:',
    count((t) => t.encoding.split('; ')[2] ?? ''),
  );
  console.log(
    'leads per language:',
    count((t) => (t.kind === 'lead' ? t.language : 'non-lead')),
  );
  console.log(
    'non-leads per language:',
    count((t) => (t.kind === 'non-lead' ? t.language : 'lead')),
  );
  console.log('no email', leads.filter((t) => !t.expected.email).length);
  console.log('no phone', leads.filter((t) => !t.expected.phone).length);
  console.log('no message', leads.filter((t) => !t.expected.message).length);
  console.log('single names', leads.filter((t) => !t.expected.lastName).length);
  console.log(
    'abroad',
    leads.filter((t) => {
      const biz = BUSINESSES.find((b) => b.id === t.expected.businessId);
      return t.expected.phone && biz && parsePhoneNumberFromString(t.expected.phone)?.country !== biz.region;
    }).length,
  );
  console.log('phone forms:', JSON.stringify(formCounts));
  console.log('extensions', extCount);
  console.log(
    'capitals',
    leads.filter((t) => t.pii.some((p) => /\p{Lu}{3,}/u.test(p) && p === p.toLocaleUpperCase('und'))).length,
  );
  console.log(
    'per layout:',
    count((t) => t.layout),
  );
  console.log(
    'sources:',
    count((t) => (t.kind === 'lead' ? t.expected.source : '-')),
  );
}
