/**
 * Writes blind corpus 3: `npx tsx test/blind-corpus-3/generate.ts` (seeded; byte-identical on every run).
 * `--tables` prints the layout tables of the README from what was written.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import type { Draft, LeadLayout } from './gen/layout.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { OTHER_LAYOUTS } from './gen/leads-other.js';
import { makeMessage } from './gen/messages.js';
import { type Charset, type Transfer, writeMessage } from './gen/mime.js';
import { NON_LEAD_LAYOUTS } from './gen/non-leads.js';
import { Rng } from './gen/rng.js';
import {
  allBusinesses,
  type Business,
  LANGS,
  makePerson,
  makePhone,
  makeStaff,
  THINGS,
  writePhone,
} from './gen/world.js';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SEED = 0x3b1d2026;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Item {
  bytes: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
}

function rfcDate(n: number): string {
  const d = new Date(Date.UTC(2026, 10, 20, 7, 0, 0) + n * 37 * 60_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function render(rng: Rng, draft: Draft, biz: Business, n: number) {
  const domain = draft.from.email.split('@')[1] ?? 'example';
  return writeMessage(
    {
      ...draft,
      to: draft.to ?? [{ name: biz.name, email: biz.inbox }],
      date: rfcDate(n),
      messageId: `<c3.${n}.${rng.hex(10)}@${domain}>`,
      charset: rng.pick(CHARSETS),
      transfer: rng.pick(TRANSFERS),
    },
    `${n}-${rng.hex(6)}`,
  );
}

function buildLead(rng: Rng, layout: LeadLayout, businesses: Business[], i: number, n: number): Item {
  const lang = LANGS[i % LANGS.length] ?? 'en';
  const biz = rng.pick(
    businesses.filter((b) => b.lang === lang && (!layout.kinds || layout.kinds.includes(b.kind))),
  );
  const person = makePerson(rng, lang, biz.region, layout.id === 'b2b-demo-request' ? 0.3 : 0.15);
  const staff = makeStaff(rng, biz);
  let other = makeStaff(rng, biz);
  while (other.name === staff.name) other = makeStaff(rng, biz);
  const hasEmail = layout.needsEmail ? true : layout.noEmail ? false : rng.chance(0.85);
  const hasPhone = layout.needsPhone || !hasEmail || rng.chance(0.8);
  const phone = hasPhone ? writePhone(rng, person.phone, person.foreign, biz.region) : null;
  const message = rng.chance(layout.noMessageShare ?? 0.12)
    ? null
    : makeMessage(rng, lang, rng.pick(THINGS[lang][biz.kind]), layout.oneBlockMessage);
  const ctx = { rng, lang, biz, person, staff, other, message, phone, hasEmail, n };
  const result = layout.build(ctx);
  const expected: Expected = {
    email: hasEmail ? person.email : null,
    phone: phone ? person.phone.e164 : null,
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
    ...result.expected,
  };
  const pii = [
    expected.fullName,
    expected.firstName,
    expected.lastName,
    expected.email,
    phone,
    ...(result.pii ?? []),
  ];
  const { bytes, encoding } = render(rng, result.draft, biz, n);
  return {
    bytes,
    truth: {
      kind: 'lead',
      layout: layout.id,
      language: lang,
      encoding,
      expected,
      pii: [...new Set(pii.filter((p): p is string => !!p))],
      otherPii: [...new Set(result.others.filter((o) => o !== ''))],
    },
  };
}

/** Every email must parse, and a lead's email address and first name must survive the parse. */
async function selfCheck(item: Item): Promise<void> {
  const parsed = await simpleParser(item.bytes);
  const subject = parsed.subject ?? '';
  if (subject === '' || subject.includes('=?')) throw new Error(`${item.truth.layout}: subject not decoded`);
  const parts: string[] = [];
  for (const a of parsed.attachments) {
    if (a.contentType !== 'message/rfc822') parts.push(a.content.toString('utf8'));
    else {
      const inner = await simpleParser(a.content);
      parts.push(`${inner.from?.text ?? ''}\n${inner.text ?? ''}`);
    }
  }
  const attachments = parts.join('\n');
  const all = `${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}\n${attachments}`;
  if (all.trim() === '') throw new Error(`${item.truth.layout}: empty body`);
  if (item.truth.kind !== 'lead') return;
  const { email, firstName } = item.truth.expected;
  const text = `${all}\n${parsed.from?.text ?? ''}\n${parsed.to ? JSON.stringify(parsed.to) : ''}`;
  if (email && !text.includes(email)) throw new Error(`${item.truth.layout}: email lost in parsing`);
  const plain = `${parsed.text ?? ''}\n${attachments}`.toLocaleLowerCase();
  if (firstName && !plain.includes(firstName.toLocaleLowerCase()) && !attachments.includes('�'))
    throw new Error(`${item.truth.layout} (${item.truth.encoding}): first name lost in parsing`);
}

function tables(truths: Truth[], descriptions: Map<string, string>): string {
  const rows = new Map<
    string,
    { n: number; langs: Set<string>; enc: [Set<string>, Set<string>, Set<string>] }
  >();
  for (const t of truths) {
    const key = t.kind === 'lead' ? t.layout : `${t.layout}\` | \`${t.expectedReason}`;
    const r = rows.get(key) ?? { n: 0, langs: new Set(), enc: [new Set(), new Set(), new Set()] };
    r.n++;
    r.langs.add(t.language);
    t.encoding.split('; ').forEach((part, k) => {
      r.enc[k as 0 | 1 | 2]?.add(part);
    });
    rows.set(key, r);
  }
  return [...rows.entries()]
    .map(
      ([k, r]) =>
        `| \`${k}\` | ${descriptions.get(k.split('`')[0] ?? '') ?? ''} | ${[...r.langs].sort().join(' ')} | ${r.enc.map((s) => [...s].sort().join(' ')).join('; ')} | ${r.n} |`,
    )
    .join('\n');
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const businesses = allBusinesses().map((b) => ({ ...b, phone: makePhone(rng, b.region).national }));
  const items: Item[] = [];
  let n = 0;
  for (const layout of [...FORM_LAYOUTS, ...OTHER_LAYOUTS])
    for (let i = 0; i < layout.count; i++) items.push(buildLead(rng, layout, businesses, i, n++));
  for (const layout of NON_LEAD_LAYOUTS)
    for (let i = 0; i < layout.count; i++) {
      const lang = LANGS[i % LANGS.length] ?? 'en';
      const biz = rng.pick(businesses.filter((b) => b.lang === lang));
      const person = makePerson(rng, lang, biz.region);
      const draft = layout.build({ rng, lang, biz, person, staff: makeStaff(rng, biz), n });
      const { bytes, encoding } = render(rng, draft, biz, n++);
      items.push({
        bytes,
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding,
          expectedReason: layout.reason,
        },
      });
    }
  for (const item of items) await selfCheck(item);

  const emails = join(ROOT, 'emails');
  await rm(emails, { recursive: true, force: true });
  await mkdir(emails, { recursive: true });
  const truths: Truth[] = [];
  for (const [k, item] of rng.shuffle(items).entries()) {
    const file = `blind3-${String(k + 1).padStart(4, '0')}.eml`;
    await writeFile(join(emails, file), item.bytes);
    truths.push({ file, ...item.truth } as Truth);
  }
  await writeFile(join(ROOT, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  const config = [
    '# Rules for the third blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...businesses.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...businesses.map((b) => `    ${b.id}: ${b.region}`),
    '',
  ].join('\n');
  await writeFile(join(ROOT, 'config.yaml'), config);
  const leads = truths.filter((t) => t.kind === 'lead').length;
  process.stdout.write(`wrote ${truths.length} emails: ${leads} leads, ${truths.length - leads} non-leads\n`);
  const descriptions = new Map(
    [...FORM_LAYOUTS, ...OTHER_LAYOUTS, ...NON_LEAD_LAYOUTS].map((l) => [l.id, l.description]),
  );
  if (process.argv.includes('--tables')) process.stdout.write(`${tables(truths, descriptions)}\n`);
}

await main();
