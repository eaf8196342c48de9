/**
 * Blind evaluation corpus 12: writes emails/, truth.jsonl and config.yaml, byte-identical on every run.
 * Usage: npx tsx test/blind-corpus-12/generate.ts [--stats]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { parsePhoneNumberFromString as parseDefault } from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { buildMessage, mailDate } from './gen/build.js';
import {
  type Business,
  buildBusinesses,
  COUNTRY_NAMES,
  drawMessage,
  drawNumber,
  drawPerson,
  LANGS,
  type Lang,
  NEIGHBOUR,
  type PhoneForm,
  writePhone,
} from './gen/data.js';
import { AD_LAYOUTS } from './gen/leads-ads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { THREAD_LAYOUTS } from './gen/leads-threads.js';
import { type Charset, canEncode, describeBody, encodeText, serialize, type Transfer } from './gen/mime.js';
import { NONLEAD_LAYOUTS } from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import type { LeadCtx, LeadLayout, Phone } from './gen/types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PER_LEAD = 18;
const PER_NONLEAD = 6;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
const EXT_WORDS: Record<Lang, string[]> = {
  en: ['ext. ', 'x', 'ext '],
  de: ['Durchwahl ', 'App. ', 'DW '],
  fr: ['poste ', 'p. '],
  es: ['ext. ', 'anexo ', 'int. '],
};
const INTL_FORMS: PhoneForm[] = ['intl', '00', 'cc0', 'e164'];
const NANP: string[] = ['US', 'CA', 'JM', 'DO'];

const rng = new Rng(0x12b1d12);
const businesses = buildBusinesses(rng);
const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];

interface Task {
  kind: 'lead' | 'non-lead';
  layout: number;
  lang: Lang;
  k: number;
}

const tasks: Task[] = [];
LEAD_LAYOUTS.forEach((_, li) => {
  for (let k = 0; k < PER_LEAD; k++)
    tasks.push({ kind: 'lead', layout: li, lang: LANGS[(k + li) % 4] as Lang, k });
});
NONLEAD_LAYOUTS.forEach((_, li) => {
  for (let k = 0; k < PER_NONLEAD; k++)
    tasks.push({ kind: 'non-lead', layout: li, lang: LANGS[(k + li) % 4] as Lang, k });
});
const order = rng.shuffle(tasks);

const bizTurn: Record<string, number> = {};
function nextBiz(lang: Lang): Business {
  const list = businesses.filter((b) => b.lang === lang);
  const i = bizTurn[lang] ?? 0;
  bizTurn[lang] = i + 1;
  return list[i % list.length] as Business;
}

/** Names whose capitals do not map back (ß, dotless ı) are never printed in capitals. */
function capsUnsafe(s: string): boolean {
  return s.toLocaleUpperCase('und').toLocaleLowerCase('und') !== s.toLocaleLowerCase('und');
}

interface Out {
  file: string;
  bytes: Buffer;
  truth: Truth;
}

const outs: Out[] = [];
const phoneForms: Record<string, number> = {};
let abroad = 0;
let withExt = 0;
let n = 0;
for (const task of order) {
  n++;
  const file = `blind12-${String(n).padStart(4, '0')}.eml`;
  const biz = nextBiz(task.lang);
  const date = mailDate(rng);
  const charset = rng.pick(CHARSETS);
  const transfer = rng.pick(TRANSFERS);
  const messageId = `<${rng.hex(20)}.${n}@mx.${biz.domain}>`;
  if (task.kind === 'non-lead') {
    const layout = NONLEAD_LAYOUTS[task.layout];
    if (!layout) throw new Error('layout');
    const person = drawPerson(rng, biz.region, n);
    const draft = layout.build({ rng, lang: task.lang, biz, person, date: date.iso, n });
    const root = buildMessage(
      draft,
      { charset, transfer, date: date.header, messageId, deliveredTo: biz.inbox },
      rng,
    );
    const d = describeBody(root);
    const enc = `${d.body}; ${d.leaf?.written?.transfer ?? '7bit'}; ${d.leaf?.written?.charset ?? 'utf-8'}`;
    const truth: NonLeadTruth = {
      file,
      kind: 'non-lead',
      layout: layout.id,
      language: task.lang,
      encoding: enc,
      expectedReason: layout.reason,
    };
    outs.push({ file, bytes: serialize(root), truth });
    continue;
  }
  const layout = LEAD_LAYOUTS[task.layout] as LeadLayout;
  const foreign = !!layout.foreign && rng.chance(0.3);
  const country = foreign ? (NEIGHBOUR[biz.region] ?? biz.region) : biz.region;
  const person = drawPerson(rng, country, n);
  if (layout.singleName && rng.chance(layout.singleName)) person.last = null;
  const hasPhone = !rng.chance(layout.noPhone ?? 0);
  const hasEmail = !!layout.needsEmail || !hasPhone || !rng.chance(layout.noEmail ?? 0);
  let phone: Phone | null = null;
  if (hasPhone) {
    const e164 = drawNumber(rng, country);
    const dialsOut = foreign && layout.foreign === 'intl';
    // Customers abroad writing to a business in the North American plan often use its 011 exit code.
    const nanpBiz = NANP.includes(biz.region) && !NANP.includes(country);
    const forms: PhoneForm[] = dialsOut ? (nanpBiz ? ['011', '011', 'intl'] : INTL_FORMS) : layout.forms;
    // The region the email implies: the stated country where the layout prints one, else the business's.
    const implied = layout.foreign === 'field' ? country : biz.region;
    const w = writePhone(e164, rng.pick(forms), implied, biz.region);
    const ext = layout.ext && rng.chance(0.3) ? `${rng.pick(EXT_WORDS[task.lang])}${rng.int(2, 240)}` : null;
    phone = { e164, written: w.written, form: w.form, ext, country, foreign };
    phoneForms[w.form] = (phoneForms[w.form] ?? 0) + 1;
    if (foreign && country !== biz.region) abroad++;
    if (ext) withExt++;
  }
  const drawn = drawMessage(rng, biz);
  const message = rng.chance(layout.noMessage ?? 0) ? null : drawn.message;
  const caps = rng.chance(layout.caps ?? 0) && !capsUnsafe(`${person.first}${person.last ?? ''}`);
  const staffIdx = rng.int(0, 2);
  const ctx: LeadCtx = {
    rng,
    lang: task.lang,
    biz,
    person,
    staff: biz.staff[staffIdx] as (typeof biz.staff)[number],
    staff2: biz.staff[(staffIdx + 1) % 3] as (typeof biz.staff)[number],
    message,
    service: drawn.service,
    phone,
    hasEmail,
    caps,
    country: (COUNTRY_NAMES[country] as Record<Lang, string>)[task.lang],
    date: date.iso,
    n,
  };
  const built = layout.build(ctx);
  const primaryOnly = task.k % 3 === 2;
  const root = buildMessage(
    built.draft,
    { charset, transfer, date: date.header, messageId, deliveredTo: biz.inbox, primaryOnly },
    rng,
  );
  const d = describeBody(root);
  const enc = `${d.body}; ${d.leaf?.written?.transfer ?? '7bit'}; ${d.leaf?.written?.charset ?? 'utf-8'}`;
  const expected: Expected = {
    email: hasEmail ? person.email : null,
    phone: phone ? phone.e164 : null,
    fullName: person.last ? `${person.first} ${person.last}` : person.first,
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
  const pii = new Set<string>([person.first]);
  if (expected.lastName) pii.add(expected.lastName);
  if (expected.fullName) pii.add(expected.fullName);
  if (expected.email) pii.add(expected.email);
  if (phone) pii.add(phone.written);
  if (caps) {
    pii.add(person.first.toLocaleUpperCase('und'));
    if (expected.lastName) pii.add(expected.lastName.toLocaleUpperCase('und'));
  }
  for (const p of built.pii ?? []) pii.add(p);
  const truth: LeadTruth = {
    file,
    kind: 'lead',
    layout: layout.id,
    language: task.lang,
    encoding: enc,
    expected,
    pii: [...pii],
    otherPii: [...new Set(built.others ?? [])],
  };
  outs.push({ file, bytes: serialize(root), truth });
}

// ---------------------------------------------------------------- self-checks

/** Windows-1252's 0x80–0x9f bytes (Node's TextDecoder reads them as C1 controls). */
const CP1252: Map<number, string> = new Map();
for (let cp = 0x100; cp < 0x2200; cp++) {
  const ch = String.fromCodePoint(cp);
  if (canEncode(ch, 'windows-1252')) CP1252.set(encodeText(ch, 'windows-1252')[0] as number, ch);
}

function decodeBuf(buf: Buffer, charset: string): string {
  const cs = charset.toLowerCase();
  if (cs === 'windows-1252') return [...buf].map((b) => CP1252.get(b) ?? String.fromCharCode(b)).join('');
  if (cs === 'iso-8859-1') return buf.toString('latin1');
  return buf.toString('utf8');
}

async function haystack(mail: ParsedMail): Promise<string> {
  const addrText = (a: ParsedMail['from'] | ParsedMail['to']) =>
    a
      ? (Array.isArray(a) ? a : [a])
          .map((x) => x.value.map((v) => `${v.name} <${v.address}>`).join(' '))
          .join(' ')
      : '';
  const parts = [
    mail.subject ?? '',
    addrText(mail.from),
    addrText(mail.to),
    addrText(mail.cc),
    addrText(mail.replyTo),
    mail.text ?? '',
    typeof mail.html === 'string' ? decodeHTML(mail.html.replace(/<[^>]+>/g, ' ')) : '',
  ];
  for (const a of mail.attachments) {
    if (a.contentType === 'message/rfc822') parts.push(await haystack(await simpleParser(a.content)));
    else if (!a.contentType.includes('pdf')) {
      const ct = (a.headers.get('content-type') as { params?: { charset?: string } } | undefined)?.params
        ?.charset;
      parts.push(
        decodeBuf(a.content, ct ?? 'utf-8')
          .replace(/\\([,;\\])/g, '$1')
          .replace(/\\n/g, '\n'),
      );
    }
  }
  return parts.join('\n');
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('und');

async function check(): Promise<string[]> {
  const problems: string[] = [];
  for (const o of outs) {
    const mail = await simpleParser(o.bytes);
    if (!mail.subject || /=\?/.test(mail.subject)) problems.push(`${o.file}: subject ${mail.subject}`);
    if (!mail.text?.trim() && !mail.html && !mail.attachments.length) problems.push(`${o.file}: empty body`);
    if (o.truth.kind !== 'lead') continue;
    const hay = norm(await haystack(mail));
    const t = o.truth;
    // The full name only counts as PII where the email prints it whole.
    const full = t.expected.fullName;
    if (full && full !== t.expected.firstName && !hay.includes(norm(full)))
      t.pii = t.pii.filter((p) => p !== full);
    for (const p of [...t.pii, ...t.otherPii])
      if (!hay.includes(norm(p))) problems.push(`${o.file} (${t.layout}): "${p}" not found`);
    const e = t.expected;
    if (!e.email && !e.phone) problems.push(`${o.file}: neither email nor phone`);
    if (e.phone) {
      const a = parseMax(e.phone);
      const b = parseDefault(e.phone);
      if (!a?.isValid() || a.number !== e.phone || !b?.isValid() || b.number !== e.phone)
        problems.push(`${o.file}: phone ${e.phone} not valid`);
    }
    const ids = [e.adId, e.formId, e.campaignId, e.platformLeadId].filter((x): x is string => x !== null);
    if (new Set(ids).size !== ids.length) problems.push(`${o.file}: platform ids not distinct`);
  }
  return problems;
}

function configYaml(): string {
  const lines = [
    '# Rules for the twelfth blind corpus’s fictional businesses, as a new user would write them: only the',
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

function stats(): void {
  const count = (f: (o: Out) => string) => {
    const m: Record<string, number> = {};
    for (const o of outs) m[f(o)] = (m[f(o)] ?? 0) + 1;
    return Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  const enc = (o: Out, i: number) => o.truth.encoding.split('; ')[i] ?? '';
  console.log(
    `phone forms: ${Object.entries(phoneForms)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; abroad ${abroad}; with extension ${withExt}`,
  );
  console.log(`body: ${count((o) => enc(o, 0))}`);
  console.log(`transfer: ${count((o) => enc(o, 1))}`);
  console.log(`charset: ${count((o) => enc(o, 2))}`);
  console.log(`language: ${count((o) => `${o.truth.kind} ${o.truth.language}`)}`);
  const leads = outs.map((o) => o.truth).filter((t): t is LeadTruth => t.kind === 'lead');
  console.log(
    `leads ${leads.length}, no email ${leads.filter((t) => !t.expected.email).length}, no phone ${leads.filter((t) => !t.expected.phone).length}, no message ${leads.filter((t) => !t.expected.message).length}`,
  );
}

const problems = await check();
if (problems.length) {
  console.error(problems.slice(0, 40).join('\n'));
  console.error(`${problems.length} problems`);
  process.exit(1);
}
const emailsDir = join(HERE, 'emails');
mkdirSync(emailsDir, { recursive: true });
for (const f of readdirSync(emailsDir)) rmSync(join(emailsDir, f));
for (const o of outs) writeFileSync(join(emailsDir, o.file), o.bytes);
writeFileSync(join(HERE, 'truth.jsonl'), `${outs.map((o) => JSON.stringify(o.truth)).join('\n')}\n`);
writeFileSync(join(HERE, 'config.yaml'), configYaml());
console.log(`${outs.length} emails, no problem`);
if (process.argv.includes('--stats')) stats();
