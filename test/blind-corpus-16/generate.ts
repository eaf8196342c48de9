/**
 * Blind corpus 16: seeded generator. `npx tsx test/blind-corpus-16/generate.ts [--stats]`
 * Writes emails/blind16-NNNN.eml, truth.jsonl and config.yaml; byte-identical on every run.
 * Parses every email back and stops (writing nothing) when a self-check fails.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parsePhoneNumberFromString as parseMin } from 'libphonenumber-js';
import { getExampleNumber, parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import {
  BUSINESSES,
  type Business,
  DATES,
  DETAILS,
  FREEMAIL,
  MESSAGES,
  NAMES,
  PRICES,
  SERVICES,
  SINGLE,
  STAFF,
} from './gen/data.js';
import { AD_LAYOUTS, THREAD_LAYOUTS } from './gen/leads-ads-threads.js';
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
import { NONLEAD_LAYOUTS } from './gen/nonleads.js';
import { Rng } from './gen/rng.js';
import {
  type Customer,
  type Draft,
  fold,
  fullName,
  type Lang,
  type LeadLayout,
  type NonLeadLayout,
  type Phone,
  type StaffMember,
  T,
} from './gen/types.js';

const DIR = import.meta.dirname;
const LANGS: Lang[] = ['en', 'de', 'fr', 'es'];
const LEADS_PER_LAYOUT = 18;
const NONLEADS_PER_LAYOUT = 6;
const NANP = new Set(['BS', 'GD', 'VG', 'AI', 'US']);
const rng = new Rng(16_160_016);

const LEAD_LAYOUTS: LeadLayout[] = [...FORM_LAYOUTS, ...AD_LAYOUTS, ...THREAD_LAYOUTS];

/** A valid mobile number of `country`: the example number with its last four digits redrawn. */
function drawNumber(country: string): string {
  const ex = getExampleNumber(country as never, examples);
  if (!ex) throw new Error(`no example number for ${country}`);
  const nsn = ex.nationalNumber as string;
  for (let i = 0; i < 30; i++) {
    const cand = `+${ex.countryCallingCode}${nsn.slice(0, -4)}${rng.digits(4)}`;
    const a = parseMax(cand);
    const b = parseMin(cand);
    if (a?.isValid() && b?.isValid()) return a.number as string;
  }
  return ex.number as string;
}

const stats: Record<string, Record<string, number>> = {};
function count(kind: string, key: string): void {
  stats[kind] ??= {};
  const k = stats[kind];
  if (k) k[key] = (k[key] ?? 0) + 1;
}

function readsBack(written: string, region: string, e164: string): boolean {
  const p = parseMax(written.replace(' (0)', ' '), region as never);
  return p?.number === e164;
}

function writePhone(country: string, biz: Business, layout: LeadLayout, lang: Lang): Phone {
  const e164 = drawNumber(country);
  const p = parseMax(e164);
  if (!p) throw new Error(`unparseable ${e164}`);
  const national = p.formatNational();
  const intl = p.formatInternational();
  const abroad = country !== biz.region;
  let forms: string[];
  if (layout.statesCountry) forms = ['national', 'national', 'compact'];
  // Customers abroad of a North American-plan business dial out the NANP way (011), as they would at home.
  else if (abroad && NANP.has(biz.region) && !NANP.has(country)) forms = ['011', '011', 'intl', 'e164'];
  else if (abroad) forms = ['intl', 'e164', '00', '+CC (0)'];
  else forms = ['national', 'national', 'intl', 'e164', '00', 'compact', '+CC (0)', 'dashed'];
  const region = layout.statesCountry ? country : biz.region;
  let form = rng.pick(forms);
  const cc = p.countryCallingCode as string;
  const rest = intl.slice(cc.length + 2);
  const render = (f: string): string => {
    switch (f) {
      case 'national':
        return national;
      case 'compact':
        return national.replace(/\D/g, '');
      case 'dashed':
        return national.replace(/[\s()]+/g, '-').replace(/^-|-$/g, '');
      case 'e164':
        return e164;
      case '00':
        return `00${cc} ${rest}`;
      case '011':
        return `011 ${cc} ${rest}`;
      case '+CC (0)':
        return national.startsWith('0') ? `+${cc} (0)${national.slice(1)}` : intl;
      default:
        return intl;
    }
  };
  let written = render(form);
  if (!readsBack(written, region, e164)) {
    form = 'intl';
    written = intl;
  }
  count('phoneForm', form);
  let ext = '';
  if (layout.allowExt && rng.chance(0.15)) {
    ext = `${T(lang, { en: rng.pick([' ext. ', ' x']), de: ' Durchwahl ', fr: ' poste ', es: ' ext. ' })}${rng.int(10, 299)}`;
    count('leads', 'extension');
  }
  return { e164, written, country, ext, form };
}

function fill(tpl: string, biz: Business, lang: Lang): string {
  return tpl
    .replace('{service}', rng.pick(SERVICES[biz.sector][lang]))
    .replace('{detail}', () => {
      const d = rng.pick(DETAILS[biz.sector][lang]);
      return d;
    })
    .replace('{date}', rng.pick(DATES[lang]))
    .replace('{price}', biz.currency(rng.pick(PRICES[biz.sector])))
    .replace('{time}', rng.pick(['8:30', '12:15', '17:45', '18:00']));
}

/** Sentence-initial detail: capitalised where the template starts a sentence with it. */
function message(biz: Business, lang: Lang): string {
  const m = fill(rng.pick(MESSAGES[lang]), biz, lang);
  return m.replace(
    /(^|[.!?]\s|\n|¿)([a-zà-ÿ])/g,
    (_s, a: string, b: string) => a + b.toLocaleUpperCase(lang),
  );
}

const bizTurn: Record<string, number> = {};
function nextBiz(lang: Lang, sectors?: string[]): Business {
  const list = BUSINESSES.filter((b) => b.lang === lang && (!sectors || sectors.includes(b.sector)));
  const key = `${lang}${sectors?.join() ?? ''}`;
  const i = bizTurn[key] ?? 0;
  bizTurn[key] = i + 1;
  const b = list[i % list.length];
  if (!b) throw new Error('no business');
  return b;
}

function staffFor(lang: Lang, biz: Business): StaffMember {
  const [first, last, role] = rng.pick(STAFF[lang]);
  return {
    first,
    last,
    role,
    email: `${fold(first)}.${fold(last)}@${biz.domain}`,
    phone: parseMax(drawNumber(biz.region))?.formatInternational() ?? biz.phone,
    mobile: parseMax(drawNumber(biz.region))?.formatInternational() ?? biz.phone,
  };
}

function customer(layout: LeadLayout, biz: Business, lang: Lang): Customer {
  // The Nassau funeral home arranges many repatriations, so more of its customers write from abroad (Norway).
  const abroad = rng.chance(biz.region === 'BS' ? 0.6 : 0.22);
  const country = abroad ? biz.abroad : biz.region;
  const names = NAMES[country];
  if (!names) throw new Error(`no names for ${country}`);
  const single = !!layout.singleOk && rng.chance(0.35);
  const first = single ? rng.pick(SINGLE[lang]) : rng.pick(names.first);
  const last = single ? null : rng.pick(names.last);
  const caps = !!layout.capsOk && rng.chance(0.4);
  const needsEmail = !!layout.needsEmail;
  let hasEmail = needsEmail || rng.chance(0.88);
  let hasPhone = needsEmail ? rng.chance(0.7) : rng.chance(0.85);
  if (!hasEmail && !hasPhone) hasPhone = true;
  if (layout.message === 'never') hasPhone = true;
  if (!hasPhone && !hasEmail) hasEmail = true;
  const local = rng.pick([
    `${fold(first)}.${fold(last ?? 'x')}`,
    `${fold(first)}${rng.int(1, 99)}`,
    `${fold(first).slice(0, 1)}${fold(last ?? first)}`,
    `${fold(last ?? first)}.${fold(first)}`,
  ]);
  if (abroad) count('abroad', `${biz.region}→${country}`);
  if (single) count('leads', 'single name');
  if (caps) count('leads', 'capitals');
  return {
    first,
    last,
    email: hasEmail ? `${local}@${rng.pick(FREEMAIL)}` : null,
    phone: hasPhone ? writePhone(country, biz, layout, lang) : null,
    country,
    caps,
  };
}

function rfcDate(i: number): string {
  const d = new Date(Date.UTC(2026, 1, 2, 6, 0, 0) + i * 3 * 3600_000 + rng.int(0, 7000) * 1000);
  return d.toUTCString().replace('GMT', '+0000');
}

function assemble(
  draft: Draft,
  biz: Business,
  i: number,
  k: number,
  charset: Charset,
  transfer: Transfer,
): { buf: Buffer; encoding: string } {
  let root: MimeNode;
  if (draft.root) root = draft.root;
  else {
    let body: MimeNode;
    const both = draft.text !== undefined && draft.html !== undefined;
    if (both && k % 3 === 2) {
      body =
        draft.primary === 'text' || !draft.primary
          ? textPart('plain', draft.text ?? '', charset, transfer)
          : textPart('html', draft.html ?? '', charset, transfer);
    } else if (both) {
      body = multipart(
        'alternative',
        [
          textPart('plain', draft.text ?? '', charset, transfer),
          textPart('html', draft.html ?? '', charset, transfer),
        ],
        rng,
      );
    } else if (draft.html !== undefined) body = textPart('html', draft.html, charset, transfer);
    else body = textPart('plain', draft.text ?? '', charset, transfer);
    root = draft.attachments?.length ? multipart('mixed', [body, ...draft.attachments], rng) : body;
  }
  const h: [string, string][] = [
    ['From', formatAddress(draft.from, charset)],
    [
      'To',
      (draft.to ?? [{ name: biz.name, email: biz.inbox }]).map((a) => formatAddress(a, charset)).join(', '),
    ],
  ];
  if (draft.cc) h.push(['Cc', draft.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (draft.replyTo) h.push(['Reply-To', formatAddress(draft.replyTo, charset)]);
  h.push(
    ['Subject', encodeWords(draft.subject, charset)],
    ['Date', rfcDate(i)],
    ['Message-ID', `<${rng.hex(24)}@${draft.from.email.split('@')[1] ?? 'mail.example'}>`],
    ['Delivered-To', biz.inbox],
    ...(draft.headers ?? []),
    ['MIME-Version', '1.0'],
  );
  const full: MimeNode = { ...root, headers: [...h, ...root.headers] };
  const d = describeBody(root);
  const w = d.leaf?.written;
  return { buf: serialize(full), encoding: `${d.body}; ${w?.transfer ?? '7bit'}; ${w?.charset ?? 'utf-8'}` };
}

// ---- self-check helpers ----

/** Windows-1252 by hand: Node's decoder may lack the 0x80–0x9f characters. */
const CP1252: Record<number, string> = {
  128: '€',
  130: '‚',
  132: '„',
  133: '…',
  138: 'Š',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
  154: 'š',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};
function decode1252(b: Buffer): string {
  let out = '';
  for (const x of b) out += CP1252[x] ?? String.fromCharCode(x);
  return out;
}

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und');

function variants(s: string): string[] {
  const json = s.replace(/\\n/g, '\n').replace(/\\"/g, '"');
  return [s, json, decodeHTML(s), s.replace(/^[ \t]*>+ ?/gm, ''), s.replace(/[│|]/g, ' ')];
}

async function haystack(m: ParsedMail, depth = 0): Promise<string[]> {
  const addr = (a: ParsedMail['from'] | ParsedMail['to']) =>
    Array.isArray(a) ? a.map((x) => x.text).join(' ') : (a?.text ?? '');
  const out = [m.subject ?? '', addr(m.from), addr(m.to), addr(m.cc), addr(m.replyTo)];
  if (m.text) out.push(...variants(m.text));
  if (typeof m.html === 'string') out.push(decodeHTML(m.html.replace(/<[^>]+>/g, ' ')));
  for (const a of m.attachments) {
    if (a.contentType === 'message/rfc822' && depth < 2)
      out.push(...(await haystack(await simpleParser(a.content), depth + 1)));
    else if (/^(text|application\/(json|xml))/.test(a.contentType)) {
      const ct = a.headers.get('content-type') as { params?: Record<string, string> } | undefined;
      const cs = ct?.params?.charset ?? 'utf-8';
      let t = /1252/.test(cs) ? decode1252(a.content) : new TextDecoder(cs).decode(a.content);
      if (a.contentType === 'text/vcard')
        t = t
          .replace(/\r?\n[ \t]/g, '')
          .replace(/\\n/g, '\n')
          .replace(/\\,/g, ',');
      out.push(...variants(t));
    }
  }
  return out;
}

/** Whether `needle` occurs as whole words (case-insensitive, whitespace collapsed) in any haystack string. */
function found(hay: string[], needle: string): boolean {
  const n = collapse(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'u');
  return hay.some((h) => re.test(collapse(h)));
}

// ---- main ----

interface Job {
  kind: 'lead' | 'non-lead';
  layout: LeadLayout | NonLeadLayout;
  k: number;
  lang: Lang;
}

async function main(): Promise<void> {
  const jobs: Job[] = [];
  LEAD_LAYOUTS.forEach((layout, li) => {
    for (let k = 0; k < LEADS_PER_LAYOUT; k++)
      jobs.push({ kind: 'lead', layout, k, lang: LANGS[(k + li) % 4] ?? 'en' });
  });
  NONLEAD_LAYOUTS.forEach((layout, li) => {
    for (let k = 0; k < NONLEADS_PER_LAYOUT; k++)
      jobs.push({ kind: 'non-lead', layout, k, lang: LANGS[(k + li) % 4] ?? 'en' });
  });
  const order = rng.shuffle(jobs);
  const problems: string[] = [];
  const files: [string, Buffer][] = [];
  const truths: Truth[] = [];
  for (const [idx, job] of order.entries()) {
    const file = `blind16-${String(idx + 1).padStart(4, '0')}.eml`;
    const biz = nextBiz(job.lang, job.kind === 'lead' ? (job.layout as LeadLayout).sectors : undefined);
    const charset: Charset = rng.pick(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'] as const);
    const transfer: Transfer = rng.pick(['7bit', '8bit', 'quoted-printable', 'base64'] as const);
    if (job.kind === 'non-lead') {
      const layout = job.layout as NonLeadLayout;
      const names = NAMES[biz.region];
      const first = rng.pick(names?.first ?? ['Alex']);
      const last = rng.pick(names?.last ?? ['Doe']);
      const draft = layout.build({
        rng,
        lang: job.lang,
        biz,
        person: { first, last, email: `${fold(first)}.${fold(last)}@${rng.pick(FREEMAIL)}` },
        n: idx,
      });
      const { buf, encoding } = assemble(draft, biz, idx, job.k, charset, transfer);
      const m = await simpleParser(buf);
      if (/=\?/.test(m.subject ?? '')) problems.push(`${file}: subject still encoded`);
      const t: NonLeadTruth = {
        file,
        kind: 'non-lead',
        layout: layout.id,
        language: job.lang,
        encoding,
        expectedReason: layout.reason,
      };
      truths.push(t);
      files.push([file, buf]);
      count('body', encoding.split(';')[0] ?? '');
      count('transfer', encoding.split('; ')[1] ?? '');
      count('charset', encoding.split('; ')[2] ?? '');
      count('nonLeadLang', job.lang);
      continue;
    }
    const layout = job.layout as LeadLayout;
    const c = customer(layout, biz, job.lang);
    if (layout.needsSurname && !c.last) throw new Error('surname expected');
    const always = layout.needsEmail || layout.id.startsWith('letter');
    const p = layout.message === 'never' ? 0 : layout.message === 'sometimes' ? 0.7 : always ? 1 : 0.9;
    const msg = rng.chance(p) ? message(biz, job.lang) : null;
    if (!msg) count('leads', 'no message');
    const staff = staffFor(job.lang, biz);
    const built = layout.build({ rng, lang: job.lang, biz, c, staff, message: msg, n: idx, charset });
    const expected: Expected = {
      email: c.email,
      phone: c.phone?.e164 ?? null,
      fullName: fullName(c),
      firstName: c.first,
      lastName: c.last,
      message: msg,
      source: layout.source ?? 'web_form',
      campaign: null,
      adId: null,
      formId: null,
      campaignId: null,
      platformLeadId: null,
      businessId: biz.id,
      ...built.expected,
    };
    const required = [expected.firstName, expected.lastName, expected.email, c.phone?.written ?? null];
    const others = built.others ?? [];
    const { buf, encoding } = assemble(built.draft, biz, idx, job.k, charset, transfer);
    const m = await simpleParser(buf);
    const hay = await haystack(m);
    // The whole name and the layout's extra forms are PII only where the email prints them.
    const optional = [expected.fullName, ...(built.pii ?? [])].filter(
      (x): x is string => !!x && found(hay, x),
    );
    const pii = [...required, ...optional].filter((x, i, a): x is string => !!x && a.indexOf(x) === i);
    const where = `${file} (${layout.id})`;
    if (/=\?/.test(m.subject ?? '')) problems.push(`${where}: subject still encoded`);
    if (!m.text && !m.html && m.attachments.length === 0) problems.push(`${where}: empty body`);
    for (const s of [...pii, ...others]) if (!found(hay, s)) problems.push(`${where}: not found: ${s}`);
    if (expected.message && !found(hay, expected.message)) problems.push(`${where}: message not verbatim`);
    if (
      expected.phone &&
      !(
        parseMax(expected.phone)?.isValid() &&
        parseMin(expected.phone)?.isValid() &&
        parseMax(expected.phone)?.number === expected.phone
      )
    )
      problems.push(`${where}: invalid phone ${expected.phone}`);
    if (!expected.email && !expected.phone) problems.push(`${where}: neither email nor phone`);
    if (layout.source) {
      const ids = [expected.adId, expected.formId, expected.campaignId, expected.platformLeadId];
      if (ids.some((x) => !x) || new Set(ids).size !== 4)
        problems.push(`${where}: platform ids missing or equal`);
      for (const x of [...ids, expected.campaign])
        if (x && !found(hay, x)) problems.push(`${where}: id not printed: ${x}`);
    }
    for (const o of others)
      if (pii.some((x) => collapse(x) === collapse(o))) problems.push(`${where}: other equals pii: ${o}`);
    const t: LeadTruth = {
      file,
      kind: 'lead',
      layout: layout.id,
      language: job.lang,
      encoding,
      expected,
      pii,
      otherPii: others,
    };
    truths.push(t);
    files.push([file, buf]);
    count('body', encoding.split(';')[0] ?? '');
    count('transfer', encoding.split('; ')[1] ?? '');
    count('charset', encoding.split('; ')[2] ?? '');
    count('leadLang', job.lang);
    if (!c.email) count('leads', 'no email');
    if (!c.phone) count('leads', 'no phone');
  }
  if (problems.length) {
    process.stderr.write(`${problems.length} problems:\n${problems.slice(0, 60).join('\n')}\n`);
    process.exit(1);
  }
  const emails = join(DIR, 'emails');
  rmSync(emails, { recursive: true, force: true });
  mkdirSync(emails, { recursive: true });
  for (const [f, b] of files) writeFileSync(join(emails, f), b);
  writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  const cfg = [
    '# Rules for the sixteenth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...BUSINESSES.map((b) => `    ${b.id}: ${b.region}`),
  ];
  writeFileSync(join(DIR, 'config.yaml'), `${cfg.join('\n')}\n`);
  process.stdout.write(`${files.length} emails (${readdirSync(emails).length} on disk), no problem\n`);
  if (process.argv.includes('--stats')) process.stdout.write(`${JSON.stringify(stats, null, 1)}\n`);
}

await main();
