/**
 * Blind corpus 6 generator: `npx tsx test/blind-corpus-6/generate.ts [--tables]`.
 * Seeded, so every run writes the same bytes. Every email is parsed back with mailparser before it is
 * written; the run stops if a subject stays encoded, a body is empty or a PII form cannot be found.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { leadLayouts, nonLeadLayouts } from './gen/layouts/index.js';
import { BAD_PHONE, drawMessage } from './gen/messages.js';
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
  businesses,
  drawPerson,
  drawPhone,
  fillBusinessPhones,
  staffName,
  staffPhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Business, Draft, Lang } from './gen/types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];
const LEADS_PER_LAYOUT = 14;
const NON_LEADS_PER_LAYOUT = 7;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Item {
  draft: Draft;
  truth: Omit<LeadTruth, 'file' | 'encoding'> | Omit<NonLeadTruth, 'file' | 'encoding'>;
  biz: Business;
  check: string[];
}

function headerDate(rng: Rng): string {
  const d = new Date(
    Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(6, 21), rng.int(0, 59), rng.int(0, 59)),
  );
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function build(rng: Rng, item: Item): { bytes: Buffer; encoding: string } {
  const { draft, biz } = item;
  const cs = rng.pick(CHARSETS);
  const tr = rng.pick(TRANSFERS);
  let root: MimeNode;
  if (draft.root) root = draft.root;
  else {
    let text = draft.text;
    let html = draft.html;
    if (text && html && rng.chance(1 / 3)) {
      if (draft.primary === 'text') html = undefined;
      else text = undefined;
    }
    const leaves: MimeNode[] = [];
    if (text) leaves.push(textPart('plain', text, cs, tr));
    if (html) leaves.push(textPart('html', html, cs, tr));
    const body = leaves.length === 2 ? multipart('alternative', leaves, rng) : (leaves[0] as MimeNode);
    root = draft.attachments?.length ? multipart('mixed', [body, ...draft.attachments], rng) : body;
  }
  const headers: [string, string][] = [
    ['From', formatAddress(draft.from, cs)],
    ['To', (draft.to ?? [{ name: biz.name, email: biz.inbox }]).map((a) => formatAddress(a, cs)).join(', ')],
  ];
  if (draft.cc) headers.push(['Cc', draft.cc.map((a) => formatAddress(a, cs)).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo, cs)]);
  headers.push(
    ['Subject', encodeWords(draft.subject, cs)],
    ['Date', headerDate(rng)],
    ['Message-ID', `<${rng.hex(16)}.${rng.hex(6)}@${draft.from.email.split('@')[1] ?? 'mail.example'}>`],
    ...(draft.headers ?? []),
    ['MIME-Version', '1.0'],
    ...root.headers,
  );
  const bytes = serialize({ ...root, headers });
  const { body, leaf } = describeBody(root);
  const w = leaf?.written;
  return { bytes, encoding: `${body}; ${w?.transfer ?? '7bit'}; ${w?.charset ?? 'us-ascii'}` };
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', apos: "'" };
  return s
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (m, n: string) => named[n] ?? m);
}

function decodeAttachment(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

async function verify(file: string, bytes: Buffer, check: string[]): Promise<void> {
  const m = await simpleParser(bytes);
  if (!m.subject || m.subject.includes('=?')) throw new Error(`${file}: subject not decoded`);
  const attachments = m.attachments.map((a) => decodeAttachment(a.content));
  if (!m.text?.trim() && !m.html) throw new Error(`${file}: empty body`);
  const addr = (a: typeof m.from | typeof m.to) =>
    Array.isArray(a) ? a.map((x) => x.text).join(' ') : (a?.text ?? '');
  const hay = [
    m.subject,
    addr(m.from),
    addr(m.to),
    addr(m.replyTo),
    m.text ?? '',
    decodeEntities(m.html || ''),
    ...attachments.map(decodeEntities),
  ]
    .join('\n')
    .toLowerCase();
  for (const c of check)
    if (!hay.includes(c.toLowerCase()))
      throw new Error(`${file}: a written form is missing (${c.length} chars)`);
}

function leadItems(rng: Rng): Item[] {
  const items: Item[] = [];
  leadLayouts.forEach((layout, li) => {
    for (let k = 0; k < LEADS_PER_LAYOUT; k++) {
      const lang = LANGS[(li + k) % 4] as Lang;
      const pool = businesses.filter(
        (b) => b.lang === lang && (!layout.sector || b.sector === layout.sector),
      );
      const biz = rng.pick(pool);
      const foreign = !!layout.foreignCustomers && rng.chance(0.2);
      const single = !layout.needsSurname && rng.chance(layout.singleName ?? 0);
      const p = drawPerson(rng, lang, biz.region, foreign, single);
      let phone =
        layout.needsPhone || rng.chance(0.85)
          ? drawPhone(rng, p.country, biz.region, !!layout.extensions && rng.chance(0.5))
          : null;
      let badPhone: string | null = null;
      if (layout.allowsBadPhone && rng.chance(0.2)) {
        badPhone = rng.pick(BAD_PHONE[lang]);
        phone = null;
      }
      const emailP = layout.needsPhone ? 0.35 : 0.88;
      const hasEmail = !!layout.needsEmail || !phone || rng.chance(emailP);
      const service = rng.pick(biz.services);
      const message =
        !layout.personal && rng.chance(layout.noMessage ?? 0)
          ? null
          : drawMessage(rng, lang, service, !!layout.personal);
      const ctx = {
        rng,
        lang,
        biz,
        p,
        phone,
        badPhone,
        email: hasEmail ? p.email : null,
        message,
        service,
        staff: staffName(rng, lang),
        staffPhone: staffPhone(rng, biz),
        n: items.length,
      };
      const r = layout.build(ctx);
      const expected: Expected = {
        email: ctx.email,
        phone: phone?.e164 ?? null,
        fullName: p.last ? `${p.first} ${p.last}` : p.first,
        firstName: p.first,
        lastName: p.last,
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
      const pii = [
        ...new Set([
          p.first,
          ...(p.last ? [p.last] : []),
          ...(ctx.email ? [ctx.email] : []),
          ...(phone ? [phone.written] : []),
          ...(r.names ?? []),
        ]),
      ];
      const otherPii = [...new Set(r.others ?? [])];
      items.push({
        draft: r.draft,
        biz,
        check: [...pii, ...otherPii],
        truth: { kind: 'lead', layout: layout.id, language: lang, expected, pii, otherPii },
      });
    }
  });
  return items;
}

function nonLeadItems(rng: Rng): Item[] {
  const items: Item[] = [];
  nonLeadLayouts.forEach((layout, li) => {
    for (let k = 0; k < NON_LEADS_PER_LAYOUT; k++) {
      const lang = LANGS[(li + k) % 4] as Lang;
      const biz = rng.pick(businesses.filter((b) => b.lang === lang));
      const p = drawPerson(rng, lang, biz.region, false, false);
      const phone = drawPhone(rng, p.country, biz.region, false);
      const draft = layout.build({ rng, lang, biz, p, phone, staff: staffName(rng, lang), n: items.length });
      items.push({
        draft,
        biz,
        check: [],
        truth: { kind: 'non-lead', layout: layout.id, language: lang, expectedReason: layout.reason },
      });
    }
  });
  return items;
}

function configYaml(): string {
  const lines = [
    '# Rules for the sixth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...businesses.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...businesses.map((b) => `    ${b.id}: ${b.region}`),
  ];
  return `${lines.join('\n')}\n`;
}

function tables(truths: Truth[]): string {
  const out: string[] = [];
  const group = (layout: string) => truths.filter((t) => t.layout === layout);
  const uniq = (xs: string[]) => [...new Set(xs)].sort().join(' ');
  const enc = (ts: Truth[]) => {
    const parts = ts.map((t) => t.encoding.split('; '));
    return `${uniq(parts.map((p) => p[0] ?? ''))}; ${uniq(parts.map((p) => p[1] ?? ''))}; ${uniq(parts.map((p) => p[2] ?? ''))}`;
  };
  for (const l of leadLayouts) {
    const ts = group(l.id);
    out.push(
      `| \`${l.id}\` | ${l.description} | ${uniq(ts.map((t) => t.language))} | ${enc(ts)} | ${ts.length} |`,
    );
  }
  out.push('');
  for (const l of nonLeadLayouts) {
    const ts = group(l.id);
    out.push(
      `| \`${l.id}\` | \`${l.reason}\` | ${l.description} | ${uniq(ts.map((t) => t.language))} | ${enc(ts)} | ${ts.length} |`,
    );
  }
  const count = (f: (t: Truth) => string) => {
    const c: Record<string, number> = {};
    for (const t of truths) c[f(t)] = (c[f(t)] ?? 0) + 1;
    return Object.entries(c)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  out.push(
    '',
    `body: ${count((t) => t.encoding.split('; ')[0] ?? '')}`,
    `transfer: ${count((t) => t.encoding.split('; ')[1] ?? '')}`,
    `charset: ${count((t) => t.encoding.split('; ')[2] ?? '')}`,
  );
  const leads = truths.filter((t): t is LeadTruth => t.kind === 'lead');
  out.push(`lead languages: ${count((t) => (t.kind === 'lead' ? t.language : 'non-lead'))}`);
  out.push(
    `no email ${leads.filter((t) => !t.expected.email).length}, no phone ${leads.filter((t) => !t.expected.phone).length}, no message ${leads.filter((t) => !t.expected.message).length}, no last name ${leads.filter((t) => !t.expected.lastName).length}`,
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  fillBusinessPhones(new Rng(61));
  const rng = new Rng(20261206);
  const items = rng.shuffle([...leadItems(rng), ...nonLeadItems(rng)]);
  const dir = join(HERE, 'emails');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.eml')) rmSync(join(dir, f));
  const truths: Truth[] = [];
  let i = 0;
  for (const item of items) {
    i++;
    const file = `blind6-${String(i).padStart(4, '0')}.eml`;
    const { bytes, encoding } = build(rng, item);
    await verify(file, bytes, item.check);
    writeFileSync(join(dir, file), bytes);
    truths.push({ file, encoding, ...item.truth } as Truth);
  }
  writeFileSync(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  writeFileSync(join(HERE, 'config.yaml'), configYaml());
  if (process.argv.includes('--tables')) console.log(tables(truths));
  else console.log(`${truths.length} emails written`);
}

await main();
