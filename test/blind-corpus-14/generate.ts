/**
 * Blind corpus 14: `npx tsx test/blind-corpus-14/generate.ts [--stats]`. Seeded; writes emails/, truth.jsonl and
 * config.yaml after parsing every email back and checking the truth against it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { isValidPhoneNumber as validMin } from 'libphonenumber-js';
import { isValidPhoneNumber as validMax } from 'libphonenumber-js/max';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  BUSINESSES,
  type Business,
  capsFair,
  type Lang,
  makeMessage,
  makePerson,
  makeStaff,
} from './gen/data.js';
import { AD_LAYOUTS, THREAD_LAYOUTS } from './gen/leads-ads-threads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
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
import { Rng } from './gen/rng.js';
import type { Draft, LeadLayout } from './gen/types.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const PER_LEAD = 18;
const PER_NONLEAD = 6;
const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];
const rng = new Rng(0x14b1d14);

const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];

function build(draft: Draft, b: Business, r: Rng, n: number): { root: MimeNode; encoding: string } {
  const charset = r.pick<Charset>(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']);
  const transfer = r.pick<Transfer>(['7bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64']);
  let body: MimeNode;
  if (draft.root) body = draft.root;
  else {
    const parts: MimeNode[] = [];
    let text = draft.text;
    let html = draft.html;
    if (text && html && n % 3 === 2) {
      if (draft.primary === 'html') text = undefined;
      else html = undefined;
    }
    if (text) parts.push(textPart('plain', text, charset, transfer));
    if (html) parts.push(textPart('html', html, charset, transfer));
    body = parts.length === 2 ? multipart('alternative', parts, r) : (parts[0] as MimeNode);
    if (draft.attachments?.length) body = multipart('mixed', [body, ...draft.attachments], r);
  }
  const d = new Date(Date.UTC(2026, r.int(0, 10), r.int(1, 28), r.int(6, 21), r.int(0, 59), r.int(0, 59)));
  const headers: [string, string][] = [
    ['Delivered-To', b.inbox],
    ['From', formatAddress(draft.from, charset)],
    ['To', (draft.to ?? [{ email: b.inbox }]).map((a) => formatAddress(a, charset)).join(', ')],
  ];
  if (draft.cc) headers.push(['Cc', draft.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo, charset)]);
  headers.push(
    ['Subject', encodeWords(draft.subject, charset)],
    ['Date', d.toUTCString().replace('GMT', '+0000')],
    ['Message-ID', `<${r.hex(20)}@${draft.from.email.split('@')[1] ?? 'mail.example'}>`],
    ['MIME-Version', '1.0'],
    ...(draft.headers ?? []),
  );
  const root: MimeNode = { ...body, headers: [...headers, ...body.headers] };
  const { body: kind, leaf } = describeBody(root);
  const w = leaf?.written ?? { charset: 'utf-8', transfer: '8bit' };
  return { root, encoding: `${kind}; ${w.transfer}; ${w.charset}` };
}

interface Item {
  eml: Buffer;
  truth: Truth;
}

const items: Item[] = [];
const stats: Record<string, number> = {};
const bump = (k: string) => {
  stats[k] = (stats[k] ?? 0) + 1;
};

for (const layout of LEAD_LAYOUTS) {
  for (let i = 0; i < PER_LEAD; i++) {
    const lang = LANGS[(i + LEAD_LAYOUTS.indexOf(layout)) % 4] as Lang;
    const pool = BUSINESSES.filter((b) => b.lang === lang);
    const b = pool[Math.floor(i / 4 + LEAD_LAYOUTS.indexOf(layout)) % pool.length] as Business;
    const p = makePerson(rng, b, {
      single: rng.chance(layout.single ?? 0),
      needEmail: layout.needEmail,
      needPhone: layout.needPhone,
      countryShown: layout.countryShown,
      ext: layout.ext,
      abroadP: b.region === 'BB' ? 0.45 : 0.25,
    });
    const staff = makeStaff(rng, b);
    const msg = rng.chance(layout.noMessage ?? 0.15) ? null : makeMessage(rng, b);
    const capsOn = rng.chance(layout.capsP ?? 0) && capsFair(p.first) && capsFair(p.last ?? '');
    const n = items.length;
    const built = layout.build({ rng, lang, b, p, staff, msg, caps: capsOn, n });
    const { root, encoding } = build(built.draft, b, rng, i);
    const full = p.last ? `${p.first} ${p.last}` : p.first;
    const exp: Expected = {
      email: p.email,
      phone: p.phone,
      fullName: full,
      firstName: p.first,
      lastName: p.last,
      message: msg,
      source: 'web_form',
      campaign: null,
      adId: null,
      formId: null,
      campaignId: null,
      platformLeadId: null,
      businessId: b.id,
      ...built.exp,
    };
    const pii = [p.first];
    if (exp.lastName) pii.push(exp.lastName);
    if (exp.lastName && built.fullPrinted !== false) pii.push(full);
    if (p.email) pii.push(p.email);
    if (p.phoneWritten) pii.push(p.phoneWritten);
    pii.push(...(built.pii ?? []));
    const truth: LeadTruth = {
      file: '',
      kind: 'lead',
      layout: layout.id,
      language: lang,
      encoding,
      expected: exp,
      pii: [...new Set(pii.filter(Boolean))],
      otherPii: [...new Set((built.others ?? []).filter(Boolean))],
    };
    items.push({ eml: serialize(root), truth });
    bump(`phone:${p.phoneStyle ?? 'none'}`);
    if (p.abroad && p.phone) bump('abroad');
    if (p.ext) bump('ext');
    if (capsOn) bump('caps');
    if (!exp.lastName) bump('single');
    if (!exp.message) bump('noMessage');
    if (!exp.email) bump('noEmail');
    if (!exp.phone) bump('noPhone');
  }
}
for (const layout of NONLEAD_LAYOUTS) {
  for (let i = 0; i < PER_NONLEAD; i++) {
    const lang = LANGS[(i + 2 * NONLEAD_LAYOUTS.indexOf(layout)) % 4] as Lang;
    const pool = BUSINESSES.filter((b) => b.lang === lang);
    const b = pool[(i + NONLEAD_LAYOUTS.indexOf(layout)) % pool.length] as Business;
    const draft = layout.build({ rng, lang, b, n: items.length });
    const { root, encoding } = build(draft, b, rng, i);
    const truth: NonLeadTruth = {
      file: '',
      kind: 'non-lead',
      layout: layout.id,
      language: lang,
      encoding,
      expectedReason: layout.reason,
    };
    items.push({ eml: serialize(root), truth });
  }
}

const shuffled = rng.shuffle(items);
shuffled.forEach((it, i) => {
  it.truth.file = `blind14-${String(i + 1).padStart(4, '0')}.eml`;
});

// ---- self-checks ----
const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const CP1252 = new Map<number, string>(
  [...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((ch) => [encodeText(ch, 'windows-1252')[0] as number, ch]),
);

/** Node's TextDecoder maps 0x80–0x9f of Windows-1252 to C1 controls here, so those are mapped by hand. */
function decode(buf: Buffer, cs: string): string {
  if (cs === 'utf-8' || cs === 'utf8') return buf.toString('utf8');
  if (cs === 'windows-1252') return [...buf].map((b) => CP1252.get(b) ?? String.fromCharCode(b)).join('');
  return buf.toString('latin1');
}

async function haystack(eml: Buffer): Promise<string> {
  const m = await simpleParser(eml);
  const parts: string[] = [m.subject ?? ''];
  for (const a of [m.from, m.to, m.cc, m.replyTo].flat()) if (a && 'text' in a) parts.push(a.text);
  if (m.text) parts.push(m.text, m.text.replace(/\\n/g, '\n'));
  if (typeof m.html === 'string') parts.push(decodeHTML(m.html.replace(/<[^>]+>/g, ' ')));
  if (!m.text && !m.html) throw new Error('empty body');
  if (/=\?/.test(m.subject ?? '')) throw new Error(`subject still encoded: ${m.subject}`);
  for (const att of m.attachments) {
    const ct = att.contentType;
    if (ct === 'message/rfc822') {
      parts.push(await haystack(att.content));
      continue;
    }
    const cs =
      /charset=([^;]+)/i.exec(att.headers.get('content-type')?.toString() ?? '')?.[1] ??
      (att.headers.get('content-type') as { params?: { charset?: string } } | undefined)?.params?.charset ??
      'utf-8';
    const txt = decode(att.content, cs.toLowerCase());
    parts.push(txt.replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n'), decodeHTML(txt));
  }
  return collapse(parts.join('\n'));
}

const problems: string[] = [];
for (const it of shuffled) {
  const t = it.truth;
  const hay = await haystack(it.eml);
  if (t.kind !== 'lead') continue;
  const e = t.expected;
  for (const s of [...t.pii, ...t.otherPii])
    if (!hay.includes(collapse(s))) problems.push(`${t.file} ${t.layout}: pii not found: ${s}`);
  if (e.phone && !(validMax(e.phone) && validMin(e.phone) && /^\+\d+$/.test(e.phone)))
    problems.push(`${t.file}: bad phone ${e.phone}`);
  if (!e.email && !e.phone) problems.push(`${t.file}: neither email nor phone`);
  if (e.message && !hay.includes(collapse(e.message)))
    problems.push(
      `${t.file} ${t.layout}: message not verbatim ${JSON.stringify(e.message)} IN ${hay.slice(0, 600)}`,
    );
  const ids = [e.adId, e.formId, e.campaignId, e.platformLeadId].filter((x): x is string => x !== null);
  if (ids.length && (ids.length !== 4 || new Set(ids).size !== 4))
    problems.push(`${t.file}: platform ids not distinct`);
  for (const id of ids) if (!hay.includes(id.toLowerCase())) problems.push(`${t.file}: id not printed ${id}`);
  if (e.campaign && !hay.includes(collapse(e.campaign))) problems.push(`${t.file}: campaign not printed`);
}
if (problems.length) {
  console.error(problems.slice(0, 40).join('\n'));
  console.error(`${problems.length} problems`);
  process.exit(1);
}

// ---- write ----
const emailsDir = join(DIR, 'emails');
mkdirSync(emailsDir, { recursive: true });
for (const f of readdirSync(emailsDir)) rmSync(join(emailsDir, f));
for (const it of shuffled) writeFileSync(join(emailsDir, it.truth.file), it.eml);
writeFileSync(join(DIR, 'truth.jsonl'), `${shuffled.map((it) => JSON.stringify(it.truth)).join('\n')}\n`);
const config = `# Rules for the fourteenth blind corpus’s fictional businesses, as a new user would write them: only the
# recipient → business map and the phone regions. No profiles. Generated by generate.ts.
version: 1
businesses:
  defaultRegion: US
  recipients:
${BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`).join('\n')}
  regions:
${BUSINESSES.map((b) => `    ${b.id}: ${b.region}`).join('\n')}
`;
writeFileSync(join(DIR, 'config.yaml'), config);

const leads = shuffled.filter((i) => i.truth.kind === 'lead').length;
console.log(
  `${shuffled.length} emails: ${leads} leads in ${LEAD_LAYOUTS.length} layouts, ${shuffled.length - leads} non-leads in ${NONLEAD_LAYOUTS.length} layouts; no problem`,
);
if (process.argv.includes('--stats')) {
  const enc: Record<string, number> = {};
  for (const it of shuffled)
    for (const part of it.truth.encoding.split('; ')) enc[part] = (enc[part] ?? 0) + 1;
  const langs: Record<string, number> = {};
  for (const it of shuffled)
    langs[`${it.truth.kind}:${it.truth.language}`] =
      (langs[`${it.truth.kind}:${it.truth.language}`] ?? 0) + 1;
  console.log(JSON.stringify({ stats, enc, langs }, null, 1));
}
