/**
 * Writes the fourth blind corpus: `npx tsx test/blind-corpus-4/generate.ts` (byte-identical on every run;
 * `--tables` prints the README's layout rows). Every email is parsed back with mailparser before anything
 * is written; the run stops if a subject stays encoded, a body is empty, or a lead's written PII or a
 * third party's name does not survive.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { LEAD_LAYOUTS } from './gen/layouts/index.js';
import { type Charset, type MimeNode, type Transfer, writeMessage } from './gen/mime.js';
import { NON_LEAD_LAYOUTS } from './gen/nonleads.js';
import {
  ABROAD,
  type Business,
  businesses,
  drawPerson,
  LANGS,
  type Lang,
  staffName,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Customer, Draft } from './gen/types.js';
import { customerMessage } from './gen/words.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 0x4b1d4;

const TZ: Record<string, number> = {
  GB: 0,
  IE: 0,
  US: -5,
  AU: 11,
  DE: 1,
  AT: 1,
  CH: 1,
  FR: 1,
  BE: 1,
  ES: 1,
  MX: -6,
  CL: -3,
};
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function rfcDate(rng: Rng, country: string): string {
  const offset = TZ[country] ?? 0;
  const utc = Date.UTC(2026, 10, 2) + rng.int(0, 33 * 24 * 60) * 60_000 + rng.int(0, 59) * 1000;
  const d = new Date(utc + offset * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const tz = `${offset < 0 ? '-' : '+'}${p(Math.abs(offset))}00`;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${tz}`;
}

interface Built {
  raw: string;
  encoding: string;
}

function build(rng: Rng, draft: Draft, biz: Business, n: number): Built {
  const charset = rng.pick<Charset>(['utf-8', 'iso-8859-1', 'windows-1252']);
  const transfer = rng.pick<Transfer>(['7bit', '8bit', 'quoted-printable', 'base64']);
  let root: MimeNode;
  let body: string;
  if (draft.root) {
    root = draft.root;
    body = root.kind === 'multi' ? root.subtype : 'plain';
  } else {
    const text: MimeNode | null = draft.text ? { kind: 'text', type: 'text/plain', text: draft.text } : null;
    const html: MimeNode | null = draft.html ? { kind: 'text', type: 'text/html', text: draft.html } : null;
    // With both bodies, about a third of the emails send one alone: the layout's primary, or either.
    const alone =
      text && html && rng.chance(0.35) ? (draft.primary ?? rng.pick(['text', 'html'] as const)) : null;
    if (text && html && !alone) {
      root = { kind: 'multi', subtype: 'alternative', parts: [text, html] };
      body = 'alt';
    } else if (text && (!html || alone === 'text')) {
      root = text;
      body = 'plain';
    } else if (html) {
      root = html;
      body = 'html';
    } else throw new Error('a draft without a body');
    if (draft.attachments && draft.attachments.length > 0) {
      root = { kind: 'multi', subtype: 'mixed', parts: [root, ...draft.attachments] };
      body += ' +att';
    }
  }
  const env = {
    from: draft.from,
    to: draft.to ?? [{ address: biz.inbox }],
    cc: draft.cc,
    replyTo: draft.replyTo,
    subject: draft.subject,
    date: rfcDate(rng, biz.country),
    messageId: `<${rng.hex(16)}.${n}@${draft.from.address.split('@')[1] ?? 'mail.example'}>`,
    headers: draft.headers,
  };
  const written = writeMessage(env, root, charset, transfer, rng.hex(12));
  return { raw: written.raw, encoding: `${body}; ${written.transfer}; ${written.charset}` };
}

async function haystack(mail: ParsedMail, depth = 0): Promise<string> {
  const parts = [
    mail.subject ?? '',
    mail.text ?? '',
    decodeHTML(typeof mail.html === 'string' ? mail.html : ''),
    mail.from?.text ?? '',
  ];
  for (const list of [mail.replyTo, mail.cc])
    if (list) parts.push(Array.isArray(list) ? list.map((a) => a.text).join(' ') : list.text);
  for (const att of mail.attachments) {
    if (att.contentType === 'message/rfc822' && depth < 2)
      parts.push(await haystack(await simpleParser(att.content), depth + 1));
    else parts.push(decodeHTML(att.content.toString('utf8')), decodeHTML(att.content.toString('latin1')));
  }
  return parts.join('\n').normalize('NFC').toLowerCase();
}

async function check(file: string, raw: string, needles: string[]): Promise<void> {
  const mail = await simpleParser(Buffer.from(raw, 'latin1'));
  if (!mail.subject || /=\?/.test(mail.subject))
    throw new Error(`${file}: subject did not decode: ${mail.subject}`);
  const text = await haystack(mail);
  if (!mail.text?.trim() && !(typeof mail.html === 'string' && mail.html.trim()))
    throw new Error(`${file}: empty body`);
  for (const n of needles)
    if (!text.includes(n.normalize('NFC').toLowerCase()))
      throw new Error(`${file}: "${n}" did not survive the parse`);
}

function pickBiz(rng: Rng, all: Business[], lang: Lang, sector?: string): Business {
  return rng.pick(all.filter((b) => b.lang === lang && (!sector || b.sector === sector)));
}

interface Pending {
  raw: string;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  needles: string[];
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const all = businesses(rng);
  const pending: Pending[] = [];
  let n = 0;
  for (const [k, layout] of LEAD_LAYOUTS.entries()) {
    for (let i = 0; i < layout.count; i++) {
      n++;
      // Rotating the first language per layout spreads the leads evenly over the four.
      const lang = LANGS[(i + k) % 4] as Lang;
      const biz = pickBiz(rng, all, lang, layout.sector);
      const abroad = !layout.localOnly && rng.chance(0.17);
      const country = abroad ? rng.pick(ABROAD[biz.country] ?? [biz.country]) : biz.country;
      const person = drawPerson(rng, lang, country);
      const r = rng.next();
      const noEmail = !layout.needsEmail && r < 0.13;
      const noPhone = !noEmail && !layout.needsPhone && r >= 0.13 && r < 0.29;
      const phone = noPhone ? null : writePhone(rng, person.phone, biz.country);
      const c: Customer = {
        person,
        first: person.firstName,
        last: person.lastName,
        full: `${person.firstName} ${person.lastName}`,
        email: noEmail ? null : person.email,
        e164: noPhone ? null : person.phone,
        phone,
      };
      const message = rng.chance(layout.noMessage ?? 0.08) ? null : customerMessage(rng, lang, biz.sector);
      const out = layout.build({ rng, lang, biz, c, staff: staffName(rng, lang), message, n });
      const expected: Expected = {
        email: c.email,
        phone: c.e164,
        fullName: c.full,
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
        ...out.expected,
      };
      const pii = [
        ...new Set(
          [c.full, c.first, c.last, c.email, c.phone, ...(out.pii ?? [])].filter((x): x is string => !!x),
        ),
      ];
      const built = build(rng, out.draft, biz, n);
      pending.push({
        raw: built.raw,
        truth: {
          kind: 'lead',
          layout: layout.id,
          language: lang,
          encoding: built.encoding,
          expected,
          pii,
          otherPii: [...new Set(out.others ?? [])],
        },
        // Every written form must survive the parse (the full name only where the layout prints it whole).
        needles: [...pii.filter((p) => p !== c.full), ...(out.others ?? [])],
      });
    }
  }
  for (const [k, layout] of NON_LEAD_LAYOUTS.entries()) {
    for (let i = 0; i < layout.count; i++) {
      n++;
      const lang = LANGS[(i + k) % 4] as Lang;
      const biz = pickBiz(rng, all, lang);
      const person = drawPerson(rng, lang, biz.country);
      const draft = layout.build({ rng, lang, biz, person, staff: staffName(rng, lang), n });
      const built = build(rng, draft, biz, n);
      pending.push({
        raw: built.raw,
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding: built.encoding,
          expectedReason: layout.reason,
        },
        needles: [],
      });
    }
  }
  rng.shuffle(pending);
  const truths: Truth[] = [];
  const files: [string, string][] = [];
  for (const [i, p] of pending.entries()) {
    const file = `blind4-${String(i + 1).padStart(4, '0')}.eml`;
    await check(`${file} (${p.truth.layout})`, p.raw, p.needles);
    files.push([file, p.raw]);
    truths.push({ file, ...p.truth } as Truth);
  }
  if (process.argv.includes('--tables')) {
    printTables(truths);
    return;
  }
  const dir = join(HERE, 'emails');
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dir)) if (f.endsWith('.eml')) await rm(join(dir, f));
  for (const [file, raw] of files) await writeFile(join(dir, file), Buffer.from(raw, 'latin1'));
  await writeFile(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  await writeFile(join(HERE, 'config.yaml'), configYaml(all));
  process.stdout.write(
    `wrote ${truths.length} emails (${truths.filter((t) => t.kind === 'lead').length} leads)\n`,
  );
}

function configYaml(all: Business[]): string {
  const lines = [
    "# Rules for the fourth blind corpus's fictional businesses, as a new user would write them: only the",
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...all.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...all.map((b) => `    ${b.id}: ${b.country}`),
  ];
  return `${lines.join('\n')}\n`;
}

function printTables(truths: Truth[]): void {
  const rows = new Map<string, { langs: Set<string>; enc: Set<string>[]; count: number; reason?: string }>();
  for (const t of truths) {
    const row = rows.get(t.layout) ?? { langs: new Set(), enc: [new Set(), new Set(), new Set()], count: 0 };
    row.langs.add(t.language);
    t.encoding.split('; ').forEach((e, i) => {
      row.enc[i]?.add(e);
    });
    row.count++;
    if (t.kind === 'non-lead') row.reason = t.expectedReason;
    rows.set(t.layout, row);
  }
  const descriptions = new Map<string, string>([
    ...LEAD_LAYOUTS.map((l) => [l.id, l.description] as [string, string]),
    ...NON_LEAD_LAYOUTS.map((l) => [l.id, l.description] as [string, string]),
  ]);
  for (const [id, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const enc = r.enc.map((s) => [...s].sort().join(' ')).join('; ');
    const reason = r.reason ? ` \`${r.reason}\` |` : '';
    process.stdout.write(
      `| \`${id}\` |${reason} ${descriptions.get(id)} | ${[...r.langs].sort().join(' ')} | ${enc} | ${r.count} |\n`,
    );
  }
  const tally = (f: (t: Truth) => string) => {
    const m = new Map<string, number>();
    for (const t of truths) m.set(f(t), (m.get(f(t)) ?? 0) + 1);
    return [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  process.stdout.write(`\nbody: ${tally((t) => t.encoding.split('; ')[0] ?? '')}\n`);
  process.stdout.write(`transfer: ${tally((t) => t.encoding.split('; ')[1] ?? '')}\n`);
  process.stdout.write(`charset: ${tally((t) => t.encoding.split('; ')[2] ?? '')}\n`);
  process.stdout.write(`lead languages: ${tally((t) => (t.kind === 'lead' ? t.language : 'non-lead'))}\n`);
}

await main();
