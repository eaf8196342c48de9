/**
 * Blind evaluation corpus 13: `npx tsx test/blind-corpus-13/generate.ts [--stats]`.
 * Seeded; writes emails/, truth.jsonl and config.yaml, and stops before writing if a self-check fails.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import parseDefault from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { buildMessage } from './gen/build.js';
import {
  BUSINESSES,
  type Business,
  countryName,
  LANGS,
  makeMessage,
  makeNumber,
  makePerson,
  makeStaff,
  phoneFor,
  writePhone,
} from './gen/data.js';
import { AD_LAYOUTS } from './gen/leads-ads.js';
import { FORM_LAYOUTS } from './gen/leads-forms.js';
import { THREAD_LAYOUTS } from './gen/leads-threads.js';
import { type Charset, describeBody, serialize, type Transfer } from './gen/mime.js';
import { NON_LEAD_LAYOUTS } from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import { capsSafe, full, type LeadCtx, type LeadLayout, type NonLeadLayout } from './gen/types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const LEADS_PER_LAYOUT = 18;
const NON_LEADS_PER_LAYOUT = 6;
const SINGLE_NAME_LAYOUTS = new Set([
  'letter-webmail-signoff-name-mob-line',
  'numbered-questions-arrow-answers-indented',
  'ad-snapchat-agency-bullets-uuid-signature',
  'voicemail-transcript-txt-att-caller-id',
]);
/** Layouts whose phone field asks for the number with its country code. */
const INTL_PHONE = new Set([
  'csv-att-field-value-rows',
  'ad-meta-relay-snake-case-dump',
  'ad-pinterest-json-body-question-answers',
]);
/** The JSON layout splits the dialling code from the national number. */
const NATIONAL_ONLY = new Set(['json-nested-submission-split-dial-code']);

const rng = new Rng(13_013);
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];

const bizPhone = new Map<string, string>();
for (const b of BUSINESSES)
  bizPhone.set(b.id, writePhone(makeNumber(rng, b.country), 'intl', b.country) ?? '');

const byLang = (lang: string) => BUSINESSES.filter((b) => b.lang === lang);

interface Item {
  bytes: Buffer;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  n: number;
}

const stats = new Map<string, number>();
const bump = (k: string) => stats.set(k, (stats.get(k) ?? 0) + 1);
const items: Item[] = [];
let serial = 0;

function encodingOf(root: ReturnType<typeof buildMessage>): string {
  const { body, leaf } = describeBody(root);
  const w = leaf?.written;
  return w ? `${body}; ${w.transfer}; ${w.charset}` : `${body}; 7bit; utf-8`;
}

const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];

for (const [li, layout] of LEAD_LAYOUTS.entries()) {
  for (let i = 0; i < LEADS_PER_LAYOUT; i++) {
    const n = ++serial;
    const lang = LANGS[(i + li) % 4] ?? 'en';
    const pool = byLang(lang);
    const biz = pool[(Math.floor(i / 4) + li) % pool.length] as Business;
    // Customers of the two North American-plan businesses are abroad more often (they dial out with 011).
    const abroad = rng.chance(biz.country === 'TT' || biz.country === 'PR' ? 0.45 : 0.25);
    const country = abroad ? biz.abroad : biz.country;
    const person = makePerson(rng, country, SINGLE_NAME_LAYOUTS.has(layout.id) && !layout.needsSurname);
    let hasEmail = true;
    let hasPhone = true;
    if (layout.noEmail) hasEmail = false;
    else if (!layout.needsEmail) {
      const r = rng.next();
      if (r < 0.12) hasEmail = false;
      else if (r < 0.32) hasPhone = false;
    } else if (rng.chance(0.25)) hasPhone = false;
    let phone: string | null = null;
    if (hasPhone) {
      if (NATIONAL_ONLY.has(layout.id)) phone = writePhone(person.e164, 'national', person.country);
      else if (layout.countryField) phone = phoneFor(rng, person.e164, person.country, person.country, false);
      else
        phone = phoneFor(
          rng,
          person.e164,
          person.country,
          biz.country,
          INTL_PHONE.has(layout.id),
          biz.country === 'TT' || biz.country === 'PR',
        );
      if (!phone) throw new Error(`no written phone for ${person.e164}`);
    }
    const ext = phone && layout.extensions && rng.chance(0.2) ? rng.digits(rng.int(2, 4)) : null;
    const made = makeMessage(rng, biz);
    const message = layout.needsMessage || rng.chance(0.86) ? made.message : null;
    const caps = layout.caps === true && rng.chance(0.3) && capsSafe(full(person));
    const staff = makeStaff(rng, biz);
    const ctx: LeadCtx = {
      rng,
      lang,
      biz,
      person,
      staff,
      message,
      service: made.service,
      phone,
      ext,
      hasEmail,
      caps,
      countryName: countryName(lang, person.country),
      countryCode: person.country,
      bizPhone: bizPhone.get(biz.id) ?? '',
      n,
    };
    const out = layout.build(ctx);
    if (abroad && phone) bump(`abroad ${biz.country}→${country}`);
    if (ext) bump('extension');
    if (caps) bump('capitals');
    const expected: Expected = {
      email: hasEmail ? person.email : null,
      phone: phone ? person.e164 : null,
      fullName: full(person),
      firstName: person.first,
      lastName: person.last || null,
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
    const charset = rng.pick(CHARSETS);
    const transfer = rng.pick(TRANSFERS);
    const root = buildMessage(out.draft, biz, rng, charset, transfer, i % 3 === 2, n);
    const pii = [person.first, ...(person.last && expected.lastName ? [person.last] : [])];
    if (hasEmail) pii.push(person.email);
    if (phone) pii.push(phone);
    pii.push(...(out.pii ?? []));
    items.push({
      bytes: serialize(root),
      n,
      truth: {
        kind: 'lead',
        layout: layout.id,
        language: lang,
        encoding: encodingOf(root),
        expected,
        pii: [...new Set(pii)],
        otherPii: [...new Set(out.others ?? [])],
        // full name added after parsing, where the email prints it whole
      },
    });
  }
}

for (const [li, layout] of NON_LEAD_LAYOUTS.entries()) {
  for (let i = 0; i < NON_LEADS_PER_LAYOUT; i++) {
    const n = ++serial;
    const lang = LANGS[(i + li) % 4] ?? 'en';
    const pool = byLang(lang);
    const biz = pool[(i + li) % pool.length] as Business;
    const person = makePerson(rng, biz.country, false);
    const staff = makeStaff(rng, biz);
    const draft = (layout as NonLeadLayout).build({
      rng,
      lang,
      biz,
      person,
      staff,
      bizPhone: bizPhone.get(biz.id) ?? '',
      n,
    });
    const charset = rng.pick(CHARSETS);
    const transfer = rng.pick(TRANSFERS);
    const root = buildMessage(draft, biz, rng, charset, transfer, false, n);
    items.push({
      bytes: serialize(root),
      n,
      truth: {
        kind: 'non-lead',
        layout: layout.id,
        language: lang,
        encoding: encodingOf(root),
        expectedReason: layout.reason,
      },
    });
  }
}

// ---- self-checks ---------------------------------------------------------------------------------

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

function decodeAs(buf: Buffer, contentType: string): string {
  const cs = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  if (cs === 'utf-8') return buf.toString('utf8');
  if (cs === 'iso-8859-1') return buf.toString('latin1');
  let s = '';
  for (const b of buf) s += CP1252[b] ?? String.fromCharCode(b);
  return s;
}

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und');

async function haystack(mail: ParsedMail): Promise<string> {
  const parts: string[] = [mail.subject ?? ''];
  for (const a of [mail.from, mail.to, mail.cc, mail.replyTo].flatMap((x) =>
    x ? (Array.isArray(x) ? x : [x]) : [],
  ))
    parts.push(a.text);
  parts.push(mail.text ?? '');
  parts.push((mail.text ?? '').replace(/\\n/g, '\n'));
  if (mail.html) parts.push(decodeHTML(mail.html.replace(/<[^>]+>/g, ' ')));
  for (const att of mail.attachments) {
    if (att.contentType === 'message/rfc822') {
      parts.push(await haystack(await simpleParser(att.content)));
      continue;
    }
    let s = decodeAs(att.content, att.headers.get('content-type')?.toString() ?? `${att.contentType}`);
    const ct = att.headers.get('content-type') as
      | { value?: string; params?: Record<string, string> }
      | undefined;
    const charset = ct?.params?.charset;
    if (charset) s = decodeAs(att.content, `charset=${charset}`);
    if (att.filename?.endsWith('.vcf')) s = s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    parts.push(s);
  }
  return collapse(parts.join('\n'));
}

const problems: string[] = [];

for (const it of items) {
  const mail = await simpleParser(it.bytes);
  const where = `#${it.n} ${it.truth.layout}`;
  if (!mail.subject || /=\?/.test(mail.subject)) problems.push(`${where}: subject ${mail.subject}`);
  if (!(mail.text?.trim() || mail.html)) problems.push(`${where}: empty body`);
  bump(`body ${it.truth.encoding.split(';')[0]}`);
  bump(`transfer ${it.truth.encoding.split('; ')[1]}`);
  bump(`charset ${it.truth.encoding.split('; ')[2]}`);
  if (it.truth.kind !== 'lead') {
    bump(`nonlead ${it.truth.language}`);
    continue;
  }
  const t = it.truth;
  const hay = await haystack(mail);
  const e = t.expected;
  if (e.fullName && e.lastName && hay.includes(collapse(e.fullName))) t.pii.push(e.fullName);
  for (const s of [...t.pii, ...t.otherPii])
    if (!hay.includes(collapse(s))) problems.push(`${where}: "${s}" not found`);
  if (!e.email && !e.phone) problems.push(`${where}: neither email nor phone`);
  if (e.phone) {
    if (
      !/^\+\d{6,15}$/.test(e.phone) ||
      parseMax(e.phone)?.isValid() !== true ||
      parseDefault(e.phone)?.isValid() !== true
    )
      problems.push(`${where}: phone ${e.phone} not valid`);
  }
  const ids = [e.adId, e.formId, e.campaignId, e.platformLeadId].filter((x): x is string => x !== null);
  if (new Set(ids).size !== ids.length) problems.push(`${where}: platform ids not distinct`);
  for (const id of ids) if (!hay.includes(collapse(id))) problems.push(`${where}: id ${id} not found`);
  if (e.message && !hay.includes(collapse(e.message))) problems.push(`${where}: message not found verbatim`);
  bump(`lead ${t.language}`);
  if (!e.email) bump('lead without email');
  if (!e.phone) bump('lead without phone');
  if (!e.message) bump('lead without message');
  if (!e.lastName) bump('lead with a single name / first name only');
}

if (problems.length) {
  console.error(problems.slice(0, 60).join('\n'));
  console.error(`${problems.length} problem(s); nothing written`);
  process.exit(1);
}

// ---- write ---------------------------------------------------------------------------------------

const order = rng.shuffle(items);
const emailsDir = join(HERE, 'emails');
rmSync(emailsDir, { recursive: true, force: true });
mkdirSync(emailsDir, { recursive: true });
const truths: Truth[] = [];
for (const [i, it] of order.entries()) {
  const file = `blind13-${String(i + 1).padStart(4, '0')}.eml`;
  writeFileSync(join(emailsDir, file), it.bytes);
  truths.push({ file, ...it.truth } as Truth);
}
writeFileSync(join(HERE, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);

const config = `# Rules for the thirteenth blind corpus’s fictional businesses, as a new user would write them: only the
# recipient → business map and the phone regions. No profiles. Generated by generate.ts.
version: 1
businesses:
  defaultRegion: US
  recipients:
${BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`).join('\n')}
  regions:
${BUSINESSES.map((b) => `    ${b.id}: ${b.country}`).join('\n')}
`;
writeFileSync(join(HERE, 'config.yaml'), config);

const leads = truths.filter((t) => t.kind === 'lead').length;
console.log(
  `${truths.length} emails: ${leads} leads in ${LEAD_LAYOUTS.length} layouts, ${truths.length - leads} non-leads in ${NON_LEAD_LAYOUTS.length} layouts; ${readdirSync(emailsDir).length} files`,
);
if (process.argv.includes('--stats')) {
  for (const [k, v] of [...stats.entries()].sort()) console.log(`${k}\t${v}`);
  const forms = new Map<string, number>();
  for (const t of truths) {
    if (t.kind !== 'lead' || !t.expected.phone) continue;
    const w = t.pii.find((s) => /\d{3}/.test(s) && !s.includes('@')) ?? '';
    const kind = w.startsWith('011')
      ? '011'
      : w.startsWith('00')
        ? '00'
        : w.includes('(0)')
          ? '+CC (0)'
          : /^\+\d+$/.test(w)
            ? 'E.164'
            : w.startsWith('+')
              ? 'international'
              : /^\d+$/.test(w)
                ? 'compact'
                : /-/.test(w)
                  ? 'dashed'
                  : 'national';
    forms.set(kind, (forms.get(kind) ?? 0) + 1);
  }
  console.log('phone forms', [...forms.entries()].map(([k, v]) => `${k} ${v}`).join(', '));
  const foreign = truths.filter(
    (t) => t.kind === 'lead' && t.expected.phone && !t.expected.phone.startsWith(`+${''}`),
  ).length;
  void foreign;
}
