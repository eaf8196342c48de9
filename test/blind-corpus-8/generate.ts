/**
 * Blind corpus 8 generator: `npx tsx test/blind-corpus-8/generate.ts [--tables]`.
 * Seeded: writes the same bytes on every run. See README.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { AD_LAYOUTS } from './gen/layouts/ads.js';
import { FORM_LAYOUTS } from './gen/layouts/forms.js';
import { LETTER_LAYOUTS } from './gen/layouts/letters.js';
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
  NEIGHBOUR,
  type Region,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Draft, LeadLayout, NonLeadLayout } from './gen/types.js';
import { drawWhen } from './gen/util.js';

const DIR = import.meta.dirname;
const PER_LANG = 4;
const NON_LEAD_COUNT = 6;
const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...LETTER_LAYOUTS, ...AD_LAYOUTS];

const INTL_FORMS = ['international', 'e164', '00', 'plus0', '011'] as const;
const CHARSETS: readonly Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: readonly Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

interface Built {
  root: MimeNode;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  checks: string[];
  names: string[] | null;
}

function assemble(
  draft: Draft,
  rng: Rng,
  charset: Charset,
  transfer: Transfer,
  bodies: string,
  n: number,
): MimeNode {
  let body: MimeNode;
  if (draft.root) body = draft.root;
  else {
    const textNode = draft.text !== undefined ? textPart('plain', draft.text, charset, transfer) : undefined;
    const htmlNode = draft.html !== undefined ? textPart('html', draft.html, charset, transfer) : undefined;
    if (textNode && htmlNode) {
      const onlyPrimary = bodies === 'alt' && draft.primary !== undefined && n % 3 === 0;
      if (onlyPrimary) body = draft.primary === 'text' ? textNode : htmlNode;
      else body = multipart('alternative', [textNode, htmlNode], rng);
    } else {
      const one = textNode ?? htmlNode;
      if (!one) throw new Error('draft without a body');
      body = one;
    }
  }
  if (draft.attachments?.length) body = multipart('mixed', [body, ...draft.attachments], rng);
  const when = drawWhen(rng, 'en');
  const headers: [string, string][] = [
    ['From', formatAddress(draft.from, charset)],
    ['To', (draft.to ?? []).map((a) => formatAddress(a, charset)).join(', ')],
  ];
  if (draft.cc?.length) headers.push(['Cc', draft.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo, charset)]);
  headers.push(
    ['Subject', encodeWords(draft.subject, charset)],
    ['Date', when.date.toUTCString().replace('GMT', '+0000')],
    ['Message-ID', `<${rng.hex(16)}.${rng.hex(8)}@${draft.from.email.split('@')[1]}>`],
    ['MIME-Version', '1.0'],
    ...(draft.headers ?? []),
  );
  return { ...body, headers: [...headers, ...body.headers] };
}

function encodingOf(root: MimeNode): string {
  const { body, leaf } = describeBody(root);
  const ct = leaf?.headers.find(([k]) => k === 'Content-Type')?.[1] ?? '';
  const te = leaf?.headers.find(([k]) => k === 'Content-Transfer-Encoding')?.[1] ?? '7bit';
  const cs = /charset=([^;\s]+)/.exec(ct)?.[1] ?? 'utf-8';
  return `${body}; ${te}; ${cs.toLowerCase()}`;
}

function buildLead(layout: LeadLayout, lang: Lang, biz: Business, rng: Rng, n: number): Built {
  const person = drawPerson(rng, lang);
  const staff = drawStaff(rng, biz);
  const staff2 = drawStaff(rng, biz, staff);
  const abroad =
    (layout.foreignCustomers === true || layout.foreignIntl === true) &&
    rng.chance(layout.foreignCustomers ? 0.28 : 0.2);
  const country: Region = abroad ? (NEIGHBOUR[biz.region] as Region) : biz.region;
  let hasPhone = rng.chance(layout.phoneRate ?? 0.85);
  let hasEmail = layout.noEmail ? false : layout.needsEmail ? true : !hasPhone || rng.chance(0.82);
  if (!hasPhone && !hasEmail) hasPhone = true;
  if (layout.noEmail) {
    hasPhone = true;
    hasEmail = false;
  }
  const phone = hasPhone ? drawNumber(rng, country) : null;
  // Abroad without a country field, the number must read back from the business's region: written internationally.
  const phoneText = !phone
    ? null
    : abroad && !layout.foreignCustomers
      ? writePhone(phone, biz.region, rng.pick(INTL_FORMS))
      : writePhone(phone, country, rng.pick(ALL_FORMS));
  const message = layout.needsMessage || rng.chance(0.93) ? drawMessage(rng, lang, biz.sector) : null;
  const charset = rng.pick(CHARSETS);
  const transfer = rng.pick(TRANSFERS);
  const out = layout.build({
    rng,
    lang,
    biz,
    person,
    staff,
    staff2,
    message,
    phone,
    phoneText,
    country,
    hasEmail,
    charset,
    transfer,
    n,
  });
  const root = assemble(out.draft, rng, charset, transfer, layout.bodies, n);
  const full = `${person.first} ${person.last}`;
  const expected: Expected = {
    email: hasEmail ? person.email : null,
    phone,
    fullName: full,
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
  const pii = [
    ...(out.namePii ?? [person.first, person.last, full]),
    ...(hasEmail ? [person.email] : []),
    ...(out.phonePii ?? (phoneText ? [phoneText] : [])),
    ...(out.pii ?? []),
  ];
  const others = [...new Set(out.others ?? [])];
  return {
    root,
    truth: {
      kind: 'lead',
      layout: layout.id,
      language: lang,
      encoding: encodingOf(root),
      expected,
      pii: [...new Set(pii)],
      otherPii: others,
    },
    checks: [...new Set([...pii, ...others])],
    names: [person.first, ...(expected.lastName ? [person.last] : [])],
  };
}

function buildNonLead(layout: NonLeadLayout, lang: Lang, biz: Business, rng: Rng, n: number): Built {
  const person = drawPerson(rng, lang);
  const staff = drawStaff(rng, biz);
  const charset = rng.pick(CHARSETS);
  const transfer = rng.pick(TRANSFERS);
  const draft = layout.build({ rng, lang, biz, person, staff, charset, transfer, n });
  const root = assemble(draft, rng, charset, transfer, layout.bodies, n);
  return {
    root,
    truth: {
      kind: 'non-lead',
      layout: layout.id,
      language: lang,
      encoding: encodingOf(root),
      expectedReason: layout.reason,
    },
    checks: [],
    names: null,
  };
}

function decodeBuffer(buf: Buffer, contentType: string): string {
  const cs = /charset=["']?([^;"'\s]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  return new TextDecoder(cs === 'iso-8859-1' ? 'latin1' : cs).decode(buf);
}

async function verify(file: string, bytes: Buffer, built: Built): Promise<void> {
  const mail = await simpleParser(bytes);
  const subject = mail.subject ?? '';
  if (/=\?/.test(subject)) throw new Error(`${file}: subject still encoded`);
  const html = typeof mail.html === 'string' ? decodeHTML(mail.html) : '';
  const text = mail.text ?? '';
  if (!text.trim() && !html.trim()) throw new Error(`${file}: empty body`);
  const addr = (a: unknown): string => {
    if (!a) return '';
    const list = Array.isArray(a) ? a : [a];
    return list.map((x: { text?: string }) => x.text ?? '').join('\n');
  };
  const atts = (mail.attachments ?? []).map((a) => {
    const ct = (a.headers.get('content-type') as { params?: { charset?: string } } | undefined)?.params
      ?.charset;
    return decodeBuffer(a.content, `charset=${ct ?? 'utf-8'}`);
  });
  const hay = [
    subject,
    addr(mail.from),
    addr(mail.to),
    addr(mail.cc),
    addr(mail.replyTo),
    text,
    html,
    ...atts,
  ]
    .join('\n')
    .normalize('NFC');
  for (const item of built.checks) {
    if (!hay.includes(item.normalize('NFC'))) {
      writeFileSync(`/tmp/${file}`, bytes);
      throw new Error(`${file}: PII form not found: ${item} (${built.truth.layout})`);
    }
  }
  if (built.names) {
    const low = hay.toLocaleLowerCase('und');
    for (const nm of built.names)
      if (!low.includes(nm.toLocaleLowerCase('und').normalize('NFC')))
        throw new Error(`${file}: name not found: ${nm}`);
  }
  if (built.truth.kind === 'lead') {
    const ph = built.truth.expected.phone;
    if (ph && !parsePhoneNumberFromString(ph)?.isValid()) throw new Error(`${file}: invalid phone ${ph}`);
  }
}

async function main(): Promise<void> {
  const rng = new Rng(0x8b11d8);
  const businesses = buildBusinesses(rng);
  for (const b of businesses) REGION_BY_ID.set(b.id, b.region);
  const jobs: { kind: 'lead' | 'non'; lead?: LeadLayout; non?: NonLeadLayout; lang: Lang; n: number }[] = [];
  for (const layout of LEAD_LAYOUTS)
    for (const lang of LANGS)
      for (let i = 0; i < PER_LANG; i++) jobs.push({ kind: 'lead', lead: layout, lang, n: i });
  NON_LEAD_LAYOUTS.forEach((layout, li) => {
    for (let i = 0; i < NON_LEAD_COUNT; i++)
      jobs.push({ kind: 'non', non: layout, lang: LANGS[(i + li) % 4] as Lang, n: i });
  });
  const order = rng.shuffle(jobs);
  const built: { file: string; bytes: Buffer; b: Built }[] = [];
  let idx = 0;
  for (const job of order) {
    idx++;
    const file = `blind8-${String(idx).padStart(4, '0')}.eml`;
    const sector = job.lead?.sector;
    const pool = businesses.filter((b) => b.lang === job.lang && (!sector || b.sector === sector));
    const biz = rng.pick(pool);
    const b =
      job.kind === 'lead' && job.lead
        ? buildLead(job.lead, job.lang, biz, rng, job.n + idx)
        : buildNonLead(job.non as NonLeadLayout, job.lang, biz, rng, job.n + idx);
    const bytes = serialize(b.root);
    await verify(file, bytes, b);
    built.push({ file, bytes, b });
  }
  const emails = join(DIR, 'emails');
  rmSync(emails, { recursive: true, force: true });
  mkdirSync(emails, { recursive: true });
  const truths: Truth[] = [];
  for (const { file, bytes, b } of built) {
    writeFileSync(join(emails, file), bytes);
    truths.push({ file, ...b.truth } as Truth);
  }
  writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  writeFileSync(join(DIR, 'config.yaml'), configYaml(businesses));
  if (process.argv.includes('--tables')) printTables(truths);
  process.stdout.write(`${readdirSync(emails).length} emails\n`);
}

function configYaml(businesses: Business[]): string {
  const lines = [
    '# Rules for the eighth blind corpus’s fictional businesses, as a new user would write them: only the',
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
  const rows = new Map<string, { langs: Set<string>; enc: Set<string>[]; count: number }>();
  const mix: Record<string, Record<string, number>> = { body: {}, transfer: {}, charset: {} };
  for (const t of truths) {
    const [body = '', tr = '', cs = ''] = t.encoding.split('; ');
    for (const [k, v] of [
      ['body', body],
      ['transfer', tr],
      ['charset', cs],
    ] as const) {
      const m = mix[k] as Record<string, number>;
      m[v] = (m[v] ?? 0) + 1;
    }
    const r = rows.get(t.layout) ?? { langs: new Set(), enc: [new Set(), new Set(), new Set()], count: 0 };
    r.langs.add(t.language);
    r.enc[0]?.add(body);
    r.enc[1]?.add(tr);
    r.enc[2]?.add(cs);
    r.count++;
    rows.set(t.layout, r);
  }
  for (const l of [...LEAD_LAYOUTS, ...NON_LEAD_LAYOUTS]) {
    const r = rows.get(l.id);
    if (!r) continue;
    const enc = r.enc.map((s) => [...s].sort().join(' ')).join('; ');
    const reason = 'reason' in l ? ` \`${l.reason}\` |` : '';
    process.stdout.write(
      `| \`${l.id}\` |${reason} ${l.description} | ${[...r.langs].sort().join(' ')} | ${enc} | ${r.count} |\n`,
    );
  }
  const fmt = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  process.stdout.write(
    `\nOver the ${truths.length} emails — body: ${fmt(mix.body ?? {})}; transfer: ${fmt(mix.transfer ?? {})}; charset: ${fmt(mix.charset ?? {})}.\n`,
  );
  const leads = truths.flatMap((t) => (t.kind === 'lead' ? [t] : []));
  const nons = truths.flatMap((t) => (t.kind === 'non-lead' ? [t] : []));
  const per = (ts: Truth[]) =>
    LANGS.map((l) => `${l} ${ts.filter((t) => t.language === l).length}`).join(', ');
  process.stdout.write(
    `Leads per language: ${per(leads)}; non-leads ${per(nons)}. Leads with no email ${leads.filter((t) => !t.expected.email).length}, no phone ${leads.filter((t) => !t.expected.phone).length}, no message ${leads.filter((t) => !t.expected.message).length}; foreign numbers ${leads.filter((t) => t.expected.phone && parsePhoneNumberFromString(t.expected.phone)?.country !== regionOf(t.expected.businessId)).length}.\n`,
  );
}

const REGION_BY_ID = new Map<string, string>();
function regionOf(id: string): string | undefined {
  return REGION_BY_ID.get(id);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
