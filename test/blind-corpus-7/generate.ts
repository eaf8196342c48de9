/**
 * Blind corpus 7 generator: `npx tsx test/blind-corpus-7/generate.ts [--tables]`.
 * Seeded: writes the same bytes on every run. See README.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { AD_LAYOUTS } from './gen/layouts/ads.js';
import { OTHER_LAYOUTS } from './gen/layouts/leads.js';
import { NON_LEAD_LAYOUTS } from './gen/layouts/non-leads.js';
import { drawMessage } from './gen/messages.js';
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
  ALL_FORMS,
  type Business,
  buildBusinesses,
  drawNumber,
  drawPerson,
  drawStaff,
  LANGS,
  type Lang,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Draft, LeadLayout } from './gen/types.js';
import { drawWhen } from './gen/util.js';

const DIR = import.meta.dirname;
const SEED = 0x7b1d07;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

interface Built {
  bytes: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  forms: string[];
  /** Forms kept in the truth's pii only where the email shows them (the full name when names are apart). */
  optional: string[];
}

function rfcDate(rng: Rng): string {
  const w = drawWhen(rng);
  const d = new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, rng.int(0, 59)));
  return d.toUTCString().replace('GMT', '+0000');
}

function assemble(
  rng: Rng,
  draft: Draft,
  charset: Charset,
  transfer: Transfer,
): { root: MimeNode; encoding: string } {
  let root: MimeNode;
  if (draft.root) root = draft.root;
  else {
    let text = draft.text;
    let html = draft.html;
    if (text !== undefined && html !== undefined && draft.primary && rng.chance(1 / 3)) {
      if (draft.primary === 'text') html = undefined;
      else text = undefined;
    }
    const leaves: MimeNode[] = [];
    if (text !== undefined) leaves.push(textPart('plain', text, charset, transfer));
    if (html !== undefined) leaves.push(textPart('html', html, charset, transfer));
    const first = leaves[0];
    if (!first) throw new Error('draft without a body');
    const body = leaves.length === 2 ? multipart('alternative', leaves, rng) : first;
    root = draft.attachments?.length ? multipart('mixed', [body, ...draft.attachments], rng) : body;
  }
  const { body, leaf } = describeBody(root);
  const w = leaf?.written;
  const encoding = w ? `${body}; ${w.transfer}; ${w.charset}` : `${body}; 7bit; utf-8`;
  return { root, encoding };
}

function envelope(rng: Rng, draft: Draft, root: MimeNode, charset: Charset): Buffer {
  const h: [string, string][] = [
    ['From', formatAddress(draft.from, charset)],
    ['To', (draft.to ?? []).map((a) => formatAddress(a, charset)).join(', ')],
  ];
  if (draft.cc?.length) h.push(['Cc', draft.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (draft.replyTo) h.push(['Reply-To', formatAddress(draft.replyTo, charset)]);
  h.push(['Subject', encodeWords(draft.subject, charset)]);
  h.push(['Date', rfcDate(rng)]);
  h.push(['Message-ID', `<${rng.hex(12)}.${rng.hex(8)}@${draft.from.email.split('@')[1] ?? 'mail.test'}>`]);
  h.push(...(draft.headers ?? []));
  h.push(['MIME-Version', '1.0']);
  return serialize({ ...root, headers: [...h, ...root.headers] });
}

function decodeAttachment(content: Buffer, header: unknown): string {
  const params = (header as { params?: Record<string, string> } | undefined)?.params ?? {};
  const cs = (params.charset ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(cs).decode(content);
  } catch {
    return content.toString('utf8');
  }
}

async function verify(
  file: string,
  bytes: Buffer,
  forms: readonly string[],
  optionalNames: readonly string[],
): Promise<string> {
  const m = await simpleParser(bytes);
  if (!m.subject || /=\?/.test(m.subject)) throw new Error(`${file}: subject stays encoded: ${m.subject}`);
  const text = m.text ?? '';
  const html = typeof m.html === 'string' ? decodeHTML(m.html) : '';
  if (text.trim() === '' && html.trim() === '') throw new Error(`${file}: empty body`);
  const addr = (a: unknown) =>
    (Array.isArray(a) ? a : a ? [a] : []).map((x) => (x as { text?: string }).text ?? '').join(' ');
  const hay = [
    m.subject,
    addr(m.from),
    addr(m.to),
    addr(m.cc),
    addr(m.replyTo),
    text,
    html,
    ...m.attachments.map((a) => decodeAttachment(a.content, a.headers.get('content-type'))),
  ].join('\n');
  for (const f of forms) if (!hay.includes(f)) throw new Error(`${file}: PII form not found: ${f}`);
  const low = hay.toLocaleLowerCase('und');
  for (const f of optionalNames)
    if (!low.includes(f.toLocaleLowerCase('und'))) {
      throw new Error(`${file}: name not found in any case: ${f}`);
    }
  return hay;
}

function leadEmails(rng: Rng, businesses: Business[], layout: LeadLayout): Built[] {
  const out: Built[] = [];
  for (let i = 0; i < layout.count; i++) {
    const lang = LANGS[i % 4] as Lang;
    const pool = businesses.filter((b) => b.lang === lang && (!layout.sector || b.sector === layout.sector));
    const biz = rng.pick(pool);
    const person = drawPerson(rng, lang);
    const staff = drawStaff(rng, biz);
    const staff2 = drawStaff(rng, biz, staff.full);
    const country = layout.foreignCustomers && rng.chance(0.25) ? biz.neighbour : biz.region;
    const hasPhone = layout.needsPhone || layout.noEmail || rng.chance(0.85);
    const hasEmail = !layout.noEmail && (layout.needsEmail || !hasPhone || rng.chance(0.85));
    const e164 = hasPhone ? drawNumber(rng, country) : null;
    const phone = e164 ? writePhone(e164, rng.pick(layout.forms ?? ALL_FORMS), country) : null;
    const message =
      layout.needsMessage || rng.chance(0.93)
        ? drawMessage(rng, lang, biz.sector, layout.oneLineMessage, layout.letter)
        : null;
    const charset = rng.pick(CHARSETS);
    const transfer = rng.pick(TRANSFERS);
    const res = layout.build({
      rng,
      lang,
      biz,
      person,
      staff,
      staff2,
      message,
      phone,
      e164,
      ext: e164 && layout.extensions && rng.chance(0.45) ? String(rng.int(10, 499)) : null,
      country,
      email: hasEmail ? person.email : null,
      caps: rng.chance(layout.caps ?? 0),
      n: i,
      transfer: rng.pick(['base64', 'quoted-printable', '8bit'] as Transfer[]),
    });
    const expected: Expected = {
      email: hasEmail ? person.email : null,
      phone: e164,
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
      ...res.expected,
    };
    if (expected.phone && !parsePhoneNumberFromString(expected.phone)?.isValid())
      throw new Error(`invalid phone ${expected.phone}`);
    const { root, encoding } = assemble(rng, res.draft, charset, transfer);
    const bytes = envelope(rng, res.draft, root, charset);
    const pii: string[] = [];
    if (hasEmail) pii.push(person.email);
    if (phone) pii.push(res.phoneWritten ?? phone);
    pii.push(...(res.forms ?? []));
    out.push({
      bytes,
      truth: {
        kind: 'lead',
        layout: layout.id,
        language: lang,
        encoding,
        expected,
        pii: [...new Set(pii)],
        otherPii: [...new Set(res.others ?? [])],
      },
      forms: [...new Set([...pii, ...(res.others ?? [])])],
      optional: [person.first, person.last, `${person.first} ${person.last}`],
    });
  }
  return out;
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const businesses = buildBusinesses(rng);
  const built: Built[] = [];
  for (const layout of [...AD_LAYOUTS, ...OTHER_LAYOUTS]) built.push(...leadEmails(rng, businesses, layout));
  NON_LEAD_LAYOUTS.forEach((layout, li) => {
    for (let i = 0; i < layout.count; i++) {
      const lang = LANGS[(i + li) % 4] as Lang;
      const biz = rng.pick(businesses.filter((b) => b.lang === lang));
      const charset = rng.pick(CHARSETS);
      const transfer = rng.pick(TRANSFERS);
      const draft = layout.build({
        rng,
        lang,
        biz,
        person: drawPerson(rng, lang),
        staff: drawStaff(rng, biz),
        n: i,
      });
      const { root, encoding } = assemble(rng, draft, charset, transfer);
      built.push({
        bytes: envelope(rng, draft, root, charset),
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding,
          expectedReason: layout.reason,
        },
        forms: [],
        optional: [],
      });
    }
  });
  const order = rng.shuffle(built);
  const truths: Truth[] = [];
  const emailsDir = join(DIR, 'emails');
  rmSync(emailsDir, { recursive: true, force: true });
  mkdirSync(emailsDir, { recursive: true });
  const files: [string, Buffer][] = [];
  for (const [i, b] of order.entries()) {
    const file = `blind7-${String(i + 1).padStart(4, '0')}.eml`;
    const hay = await verify(file, b.bytes, b.forms, b.optional.slice(0, 2));
    files.push([file, b.bytes]);
    const truth = { file, ...b.truth } as Truth;
    if (truth.kind === 'lead') {
      const shown = b.optional.filter((f) => hay.includes(f) && !truth.pii.includes(f));
      truth.pii = [...shown, ...truth.pii];
    }
    truths.push(truth);
  }
  for (const [file, bytes] of files) writeFileSync(join(emailsDir, file), bytes);
  writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  writeFileSync(join(DIR, 'config.yaml'), configYaml(businesses));
  if (process.argv.includes('--tables')) printTables(truths);
  process.stdout.write(`wrote ${readdirSync(emailsDir).length} emails\n`);
}

function configYaml(businesses: Business[]): string {
  const lines = [
    '# Rules for the seventh blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: GB',
    '  recipients:',
    ...businesses.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...businesses.map((b) => `    ${b.id}: ${b.region}`),
  ];
  return `${lines.join('\n')}\n`;
}

function printTables(truths: Truth[]): void {
  const layouts = new Map<string, Truth[]>();
  for (const t of truths) layouts.set(t.layout, [...(layouts.get(t.layout) ?? []), t]);
  const all = [...AD_LAYOUTS, ...OTHER_LAYOUTS, ...NON_LEAD_LAYOUTS];
  const set = (ts: Truth[], i: number) =>
    [...new Set(ts.map((t) => t.encoding.split('; ')[i]))].sort().join(' ');
  for (const l of all) {
    const ts = layouts.get(l.id) ?? [];
    const langs = [...new Set(ts.map((t) => t.language))].sort().join(' ');
    const enc = `${set(ts, 0)}; ${set(ts, 1)}; ${set(ts, 2)}`;
    const reason = 'reason' in l ? ` \`${l.reason}\` |` : '';
    process.stdout.write(`| \`${l.id}\` |${reason} ${l.description} | ${langs} | ${enc} | ${ts.length} |\n`);
  }
  const count = (key: (t: Truth) => string) => {
    const m = new Map<string, number>();
    for (const t of truths) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
    return [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  process.stdout.write(`\nbody: ${count((t) => t.encoding.split('; ')[0] ?? '')}\n`);
  process.stdout.write(`transfer: ${count((t) => t.encoding.split('; ')[1] ?? '')}\n`);
  process.stdout.write(`charset: ${count((t) => t.encoding.split('; ')[2] ?? '')}\n`);
  const leads = truths.flatMap((t) => (t.kind === 'lead' ? [t] : []));
  process.stdout.write(
    `leads per language: ${count((t) => (t.kind === 'lead' ? t.language : 'non-lead'))}\n`,
  );
  process.stdout.write(
    `no email ${leads.filter((t) => !t.expected.email).length}, no phone ${leads.filter((t) => !t.expected.phone).length}, no message ${leads.filter((t) => !t.expected.message).length}\n`,
  );
  process.stdout.write(`non-leads: ${count((t) => (t.kind === 'non-lead' ? t.expectedReason : 'lead'))}\n`);
}

await main();
