/**
 * Writes the eleventh blind corpus: `npx tsx test/blind-corpus-11/generate.ts`.
 * Seeded and deterministic: every run writes the same bytes. Self-checks every email before writing.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { isValidPhoneNumber as validDefault } from 'libphonenumber-js';
import { isValidPhoneNumber as validMax } from 'libphonenumber-js/max';
import { type AddressObject, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  businesses,
  drawCustomer,
  drawCustomerPhone,
  drawMessage,
  LANGS,
  SERVICES,
  staffFor,
} from './gen/data.js';
import { AD_LAYOUTS } from './gen/leads-ads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { THREAD_LAYOUTS } from './gen/leads-threads.js';
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
import { NONLEAD_LAYOUTS, specialRoot } from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import type { Business, Draft, Lang, LeadLayout, Staff } from './gen/types.js';
import { drawWhen } from './gen/util.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 0x11b1d011;
const PER_LEAD_LAYOUT = 18;
const PER_NONLEAD_LAYOUT = 6;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const rng = new Rng(SEED);
const BIZ = businesses(rng);
const STAFF = new Map<string, [Staff, Staff]>(BIZ.map((b, i) => [b.id, staffFor(rng, b, i)]));
const byLang = (lang: Lang) => BIZ.filter((b) => b.lang === lang);
const turn: Record<Lang, number> = { en: 0, de: 0, fr: 0, es: 0 };
function nextBiz(lang: Lang): Business {
  const list = byLang(lang);
  const b = list[turn[lang] % list.length] as Business;
  turn[lang]++;
  return b;
}

function dateHeader(): string {
  const w = drawWhen(rng);
  const d = new Date(Date.UTC(w.y, w.m, w.d, w.hh, w.mm, rng.int(0, 59)));
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

interface Assembled {
  bytes: Buffer;
  encoding: string;
}

function assemble(d: Draft, biz: Business, n: number): Assembled {
  const cs = rng.pick(CHARSETS);
  const tr = rng.pick(TRANSFERS);
  let body: MimeNode;
  const special = specialRoot(d, cs, rng);
  if (special) body = special;
  else {
    const leaves: MimeNode[] = [];
    const both = d.text !== undefined && d.html !== undefined;
    const only = both && n % 3 === 0 ? (d.primary ?? 'html') : null;
    if (d.text !== undefined && only !== 'html') leaves.push(textPart('plain', d.text, cs, tr));
    if (d.html !== undefined && only !== 'text') leaves.push(textPart('html', d.html, cs, tr));
    body = leaves.length === 2 ? multipart('alternative', leaves, rng) : (leaves[0] as MimeNode);
  }
  if (d.attachments && d.attachments.length > 0)
    body = multipart('mixed', [body, ...d.attachments.map((f) => f(cs))], rng);
  const to = d.to ?? [{ email: biz.inbox }];
  const headers: [string, string][] = [
    ['Delivered-To', biz.inbox],
    ['From', formatAddress(d.from, cs)],
    ['To', to.map((a) => formatAddress(a, cs)).join(', ')],
    ...(d.cc ? ([['Cc', d.cc.map((a) => formatAddress(a, cs)).join(', ')]] as [string, string][]) : []),
    ...(d.replyTo ? ([['Reply-To', formatAddress(d.replyTo, cs)]] as [string, string][]) : []),
    ['Subject', encodeWords(d.subject, cs)],
    ['Date', dateHeader()],
    ['Message-ID', `<${rng.hex(24)}@${d.from.email.split('@')[1]}>`],
    ...(d.headers ?? []),
    ['MIME-Version', '1.0'],
    ...body.headers,
  ];
  const root: MimeNode = { ...body, headers };
  const desc = describeBody(root);
  const w = desc.leaf?.written ?? { charset: cs, transfer: tr };
  return { bytes: serialize(root), encoding: `${desc.body}; ${w.transfer}; ${w.charset}` };
}

interface Item {
  bytes: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
}

const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];
const items: Item[] = [];
let n = 0;

LEAD_LAYOUTS.forEach((layout, k) => {
  for (let i = 0; i < PER_LEAD_LAYOUT; i++) {
    n++;
    const lang = LANGS[(i + k) % 4] as Lang;
    const biz = nextBiz(lang);
    const [staff, staff2] = STAFF.get(biz.id) as [Staff, Staff];
    const person = drawCustomer(rng, lang);
    const service = rng.pick(SERVICES[biz.sector][lang]);
    const message = rng.chance(0.86) ? drawMessage(rng, lang, service) : null;
    const hasEmail = layout.needsEmail ? true : rng.chance(0.87);
    const wantsPhone = !hasEmail || rng.chance(0.82);
    const abroad = layout.foreign !== undefined && rng.chance(0.3);
    const phone = wantsPhone
      ? drawCustomerPhone(rng, biz, {
          abroad,
          statedCountry: layout.foreign === 'field',
          extension: layout.extension === true,
        })
      : null;
    const ctx = {
      rng,
      lang,
      biz,
      person,
      staff,
      staff2,
      message,
      phone,
      hasEmail,
      caps: rng.chance(0.5),
      country: abroad ? biz.neighbour : biz.region,
      service,
      n,
    };
    const built = layout.build(ctx);
    const expected: Expected = {
      email: hasEmail ? person.email : null,
      phone: phone ? phone.e164 : null,
      fullName: `${person.first} ${person.last}`,
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
      ...built.expected,
    };
    const pii = [
      person.first,
      person.last,
      ...(hasEmail ? [person.email] : []),
      ...(phone ? [phone.written] : []),
      ...(built.pii ?? []),
    ];
    const { bytes, encoding } = assemble(built.draft, biz, n);
    items.push({
      bytes,
      truth: {
        kind: 'lead',
        layout: layout.id,
        language: lang,
        encoding,
        expected,
        pii: [...new Set(pii)],
        otherPii: [...new Set(built.others ?? [])],
      },
    });
  }
});

NONLEAD_LAYOUTS.forEach((layout, k) => {
  for (let i = 0; i < PER_NONLEAD_LAYOUT; i++) {
    n++;
    const lang = LANGS[(i + k) % 4] as Lang;
    const biz = nextBiz(lang);
    const [staff] = STAFF.get(biz.id) as [Staff, Staff];
    const draft = layout.build({ rng, lang, biz, person: drawCustomer(rng, lang), staff, n });
    const { bytes, encoding } = assemble(draft, biz, n);
    items.push({
      bytes,
      truth: { kind: 'non-lead', layout: layout.id, language: lang, encoding, expectedReason: layout.reason },
    });
  }
});

const shuffled = rng.shuffle(items);
const truths: Truth[] = shuffled.map((it, i) => ({
  file: `blind11-${String(i + 1).padStart(4, '0')}.eml`,
  ...it.truth,
})) as Truth[];

// ---- self-checks ----

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function addressText(a: AddressObject | AddressObject[] | undefined): string {
  if (!a) return '';
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(' ');
}

async function haystack(bytes: Buffer): Promise<{ text: string; subject: string; hasBody: boolean }> {
  const m = await simpleParser(bytes);
  const chunks = [
    m.subject ?? '',
    addressText(m.from),
    addressText(m.to),
    addressText(m.cc),
    addressText(m.replyTo),
    m.text ?? '',
    typeof m.html === 'string' ? decodeHTML(m.html) : '',
  ];
  for (const a of m.attachments) {
    if (a.contentType === 'message/rfc822') {
      chunks.push((await haystack(a.content)).text);
      continue;
    }
    const ct = a.headers.get('content-type') as { params?: Record<string, string> } | undefined;
    const charset = ct?.params?.charset ?? 'utf-8';
    chunks.push(new TextDecoder(charset).decode(a.content));
  }
  const hasBody = (m.text ?? '').trim() !== '' || (typeof m.html === 'string' && m.html.trim() !== '');
  return { text: chunks.join('\n'), subject: m.subject ?? '', hasBody };
}

const problems: string[] = [];
for (let i = 0; i < shuffled.length; i++) {
  const item = shuffled[i] as Item;
  const truth = truths[i] as Truth;
  const h = await haystack(item.bytes);
  if (/=\?[^?]+\?[bq]\?/i.test(h.subject)) problems.push(`${truth.file}: subject still encoded`);
  if (!h.hasBody) problems.push(`${truth.file}: empty body`);
  if (truth.kind !== 'lead') continue;
  const hay = collapse(h.text);
  for (const p of [...truth.pii, ...truth.otherPii])
    if (!hay.includes(collapse(p))) problems.push(`${truth.file} (${truth.layout}): not found: ${p}`);
  const ph = truth.expected.phone;
  if (ph !== null && !(validMax(ph) && validDefault(ph) && /^\+\d{8,15}$/.test(ph)))
    problems.push(`${truth.file}: phone not valid E.164: ${ph}`);
  if (truth.expected.email === null && ph === null) problems.push(`${truth.file}: no email and no phone`);
  const platformIds = [
    truth.expected.adId,
    truth.expected.formId,
    truth.expected.campaignId,
    truth.expected.platformLeadId,
  ].filter((x) => x !== null);
  if (new Set(platformIds).size !== platformIds.length)
    problems.push(`${truth.file}: platform ids not distinct`);
}
if (problems.length > 0) {
  process.stderr.write(
    `${problems.slice(0, 40).join('\n')}\n${problems.length} problem(s); nothing written\n`,
  );
  process.exit(1);
}

// ---- write ----

const emailsDir = join(HERE, 'emails');
mkdirSync(emailsDir, { recursive: true });
for (const f of readdirSync(emailsDir)) rmSync(join(emailsDir, f));
shuffled.forEach((it, i) => {
  writeFileSync(join(emailsDir, (truths[i] as Truth).file), it.bytes);
});
writeFileSync(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);

const config = [
  '# Rules for the eleventh blind corpus’s fictional businesses, as a new user would write them: only the',
  '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
  'version: 1',
  'businesses:',
  '  defaultRegion: US',
  '  recipients:',
  ...BIZ.map((b) => `    ${b.inbox}: ${b.id}`),
  '  regions:',
  ...BIZ.map((b) => `    ${b.id}: ${b.region}`),
  '',
].join('\n');
writeFileSync(join(HERE, 'config.yaml'), config);

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
  process.stdout.write(
    [
      `body: ${count((t) => t.encoding.split('; ')[0] as string)}`,
      `transfer: ${count((t) => t.encoding.split('; ')[1] as string)}`,
      `charset: ${count((t) => t.encoding.split('; ')[2] as string)}`,
      `language: ${count((t) => `${t.kind} ${t.language}`)}`,
      `leads no email ${leads.filter((l) => l.expected.email === null).length}, no phone ${leads.filter((l) => l.expected.phone === null).length}, no message ${leads.filter((l) => l.expected.message === null).length}`,
      '',
    ].join('\n'),
  );
}
process.stdout.write(`wrote ${truths.length} emails\n`);
