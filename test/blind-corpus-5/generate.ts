/**
 * Writes the fifth blind corpus: emails/blind5-NNNN.eml, truth.jsonl and config.yaml, byte-identical on
 * every run (one seeded PRNG, fixed dates). `--tables` prints the layout rows of the README instead.
 *
 *   npx tsx test/blind-corpus-5/generate.ts [--tables]
 *
 * Before writing, every email is parsed back with mailparser; the run stops if a subject stays encoded,
 * a body is empty, or a PII form or staff/third-party name the truth lists cannot be found in the parse.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Expected, LeadTruth, NonLeadTruth, Truth } from '../blind-corpus/gen/model.js';
import { LEAD_LAYOUTS } from './gen/layouts/index.js';
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
  BAD_PHONES,
  BUSINESSES,
  type Business,
  drawNumber,
  LANGS,
  type Lang,
  makePerson,
  withExtension,
  writePhone,
} from './gen/people.js';
import { Rng } from './gen/rng.js';
import type { Customer, Draft, LeadLayout } from './gen/types.js';

const DIR = import.meta.dirname;
const SEED = 0x5b1d5;
const LEADS_PER_LAYOUT = 14;
const CHARSETS: Charset[] = ['utf-8', 'iso-8859-1', 'windows-1252'];
const TRANSFERS: Transfer[] = ['7bit', '8bit', 'quoted-printable', 'base64'];
const ZONES: Record<string, string> = {
  GB: '+0000',
  IE: '+0000',
  US: '-0800',
  CA: '-0500',
  AU: '+1030',
  DE: '+0100',
  AT: '+0100',
  CH: '+0100',
  FR: '+0100',
  BE: '+0100',
  ES: '+0100',
  MX: '-0600',
  CL: '-0300',
  CO: '-0500',
};

interface Item {
  bytes: Buffer;
  /** The customer's full name, listed as PII when the parse shows it whole. */
  fullName?: string;
  truth: Omit<LeadTruth, 'file'> | Omit<NonLeadTruth, 'file'>;
  /** Strings that must be found in the parsed email. */
  mustSurvive: string[];
}

function dateHeader(rng: Rng, region: string): string {
  const t = Date.UTC(2026, rng.int(8, 11), rng.int(1, 28), rng.int(6, 21), rng.int(0, 59), rng.int(0, 59));
  const d = new Date(t);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const hh = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${hh(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${hh(d.getUTCHours())}:${hh(d.getUTCMinutes())}:${hh(d.getUTCSeconds())} ${ZONES[region] ?? '+0000'}`;
}

/** Envelope + bodies → bytes, and the `encoding` string of the truth. */
function assemble(
  draft: Draft,
  biz: Business,
  rng: Rng,
  charset: Charset,
  transfer: Transfer,
): { bytes: Buffer; encoding: string } {
  let root: MimeNode;
  if (draft.root) root = draft.root;
  else {
    const text = draft.text === undefined ? undefined : textPart('plain', draft.text, charset, transfer);
    const html = draft.html === undefined ? undefined : textPart('html', draft.html, charset, transfer);
    let body: MimeNode;
    if (text && html) {
      if (draft.primary && rng.chance(1 / 3)) body = draft.primary === 'text' ? text : html;
      else body = multipart('alternative', [text, html], rng);
    } else if (text) body = text;
    else if (html) body = html;
    else throw new Error(`no body: ${draft.subject}`);
    root = draft.attachments?.length ? multipart('mixed', [body, ...draft.attachments], rng) : body;
  }
  const { body, leaf } = describeBody(root);
  const written = leaf?.written ?? { charset, transfer };
  const fromDomain = draft.from.email.split('@')[1] ?? 'mail.example';
  const headers: [string, string][] = [
    ['From', formatAddress(draft.from, charset)],
    [
      'To',
      (draft.to ?? [{ name: biz.name, email: biz.inbox }]).map((a) => formatAddress(a, charset)).join(', '),
    ],
  ];
  if (draft.cc?.length) headers.push(['Cc', draft.cc.map((a) => formatAddress(a, charset)).join(', ')]);
  if (draft.replyTo) headers.push(['Reply-To', formatAddress(draft.replyTo, charset)]);
  headers.push(['Subject', encodeWords(draft.subject, charset)]);
  headers.push(['Date', dateHeader(rng, biz.region)]);
  headers.push(['Message-ID', `<${rng.hex(12)}.${rng.hex(6)}@${fromDomain}>`]);
  for (const h of draft.headers ?? []) headers.push(h);
  headers.push(['MIME-Version', '1.0']);
  const bytes = serialize({ ...root, headers: [...headers, ...root.headers] });
  return { bytes, encoding: `${body}; ${written.transfer}; ${written.charset}` };
}

/** The customer and, for the PII list, the number as written without its extension. */
function drawCustomer(
  rng: Rng,
  layout: LeadLayout,
  lang: Lang,
  biz: Business,
): Customer & { phoneNoExt: string | null } {
  const p = makePerson(rng, lang);
  const foreign = layout.foreign === true && rng.chance(0.17);
  const country = foreign ? rng.pick(biz.neighbours) : biz.region;
  let hasPhone = rng.chance(0.86);
  let hasEmail = layout.needsEmail === true || !hasPhone || rng.chance(0.86);
  let phoneWritten: string | null = null;
  let phone: string | null = null;
  let phoneNoExt: string | null = null;
  if (hasPhone && layout.badPhones && rng.chance(0.3)) {
    phoneWritten = rng.pick(BAD_PHONES[lang]);
    hasEmail = true;
  } else if (hasPhone) {
    phone = drawNumber(rng, country);
    phoneWritten = writePhone(rng, phone, biz.region, foreign ? 'international' : 'any');
    phoneNoExt = phoneWritten;
    if (layout.extensions && rng.chance(0.6))
      phoneWritten = withExtension(rng, phoneWritten, phone, lang, biz.region);
  }
  if (!hasEmail && !hasPhone) hasEmail = true;
  hasPhone = phoneWritten !== null;
  const message = layout.needsMessage || rng.chance(0.9) ? drawMessage(rng, lang, biz.service) : null;
  return {
    first: p.first,
    last: p.last,
    full: p.full,
    email: hasEmail ? p.email : null,
    phoneWritten: hasPhone ? phoneWritten : null,
    phone,
    message,
    phoneNoExt,
  };
}

function langSchedule(offset: number, count: number): Lang[] {
  return Array.from({ length: count }, (_, i) => LANGS[(i + offset) % 4] as Lang);
}

function businessesOf(lang: Lang): Business[] {
  return BUSINESSES.filter((b) => b.lang === lang);
}

function buildAll(rng: Rng): Item[] {
  const items: Item[] = [];
  LEAD_LAYOUTS.forEach((layout, li) => {
    langSchedule(li, LEADS_PER_LAYOUT).forEach((lang, i) => {
      const bizs = businessesOf(lang);
      const biz = bizs[(li + i) % bizs.length] as Business;
      const charset = rng.pick(layout.charsets ?? CHARSETS);
      const transfer = rng.pick(layout.transfers ?? TRANSFERS);
      const c = drawCustomer(rng, layout, lang, biz);
      const built = layout.build({ rng, lang, biz, c, charset, transfer, n: i });
      const { bytes, encoding } = assemble(built.draft, biz, rng, charset, transfer);
      const expected: Expected = {
        email: c.email,
        phone: c.phone,
        fullName: c.full,
        firstName: c.first,
        lastName: c.last,
        message: c.message,
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
        c.first,
        c.last,
        ...(c.email ? [c.email] : []),
        ...(c.phone && c.phoneNoExt ? [c.phoneNoExt] : []),
      ];
      for (const extra of built.pii ?? []) if (!pii.includes(extra)) pii.push(extra);
      items.push({
        bytes,
        truth: {
          kind: 'lead',
          layout: layout.id,
          language: lang,
          encoding,
          expected,
          pii,
          otherPii: built.others ?? [],
        },
        mustSurvive: [...pii, ...(built.others ?? [])],
        fullName: c.full,
      });
    });
  });
  NON_LEAD_LAYOUTS.forEach((layout, li) => {
    langSchedule(li, layout.count).forEach((lang, i) => {
      const bizs = businessesOf(lang);
      const biz = bizs[(li * 2 + i) % bizs.length] as Business;
      const charset = rng.pick(CHARSETS);
      const transfer = rng.pick(layout.transfers ?? TRANSFERS);
      const draft = layout.build({ rng, lang, biz, charset, transfer, n: i });
      const { bytes, encoding } = assemble(draft, biz, rng, charset, transfer);
      items.push({
        bytes,
        truth: {
          kind: 'non-lead',
          layout: layout.id,
          language: lang,
          encoding,
          expectedReason: layout.reason,
        },
        mustSurvive: [],
      });
    });
  });
  return items;
}

function decodeHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', apos: "'" };
  return html
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/dd|\/dt|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => named[n] ?? decodeURIComponentEntity(m, n));
}

function decodeURIComponentEntity(m: string, n: string): string {
  const map: Record<string, string> = {
    eacute: 'é',
    egrave: 'è',
    ecirc: 'ê',
    agrave: 'à',
    acirc: 'â',
    ccedil: 'ç',
    uuml: 'ü',
    ouml: 'ö',
    auml: 'ä',
    Uuml: 'Ü',
    Ouml: 'Ö',
    Auml: 'Ä',
    szlig: 'ß',
    ntilde: 'ñ',
    aacute: 'á',
    iacute: 'í',
    oacute: 'ó',
    uacute: 'ú',
    ocirc: 'ô',
    icirc: 'î',
    euml: 'ë',
    iuml: 'ï',
    euro: '€',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    laquo: '«',
    raquo: '»',
    middot: '·',
  };
  return map[n] ?? m;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('und');

async function check(item: Item, file: string): Promise<void> {
  const mail = await simpleParser(item.bytes);
  if (!mail.subject || mail.subject.includes('=?')) throw new Error(`${file}: subject not decoded`);
  if (!(mail.text?.trim() || mail.html)) throw new Error(`${file}: empty body`);
  const addrText = (v: unknown) =>
    v === undefined
      ? ''
      : Array.isArray(v)
        ? v.map((x: { text: string }) => x.text).join(' ')
        : (v as { text: string }).text;
  const atts = mail.attachments.map((a) => {
    const utf = a.content.toString('utf8');
    return utf.includes('\ufffd') ? a.content.toString('latin1') : utf;
  });
  const hay = squash(
    [
      addrText(mail.from),
      addrText(mail.to),
      addrText(mail.cc),
      addrText(mail.replyTo),
      mail.subject,
      mail.text ?? '',
      decodeHtml(mail.html || ''),
      ...atts,
    ].join('\n'),
  );
  for (const s of item.mustSurvive)
    if (!hay.includes(squash(s)))
      throw new Error(`${file}: a listed PII form or name did not survive the parse`);
  if (
    item.truth.kind === 'lead' &&
    item.fullName &&
    hay.includes(squash(item.fullName)) &&
    !item.truth.pii.includes(item.fullName)
  )
    item.truth.pii.unshift(item.fullName);
}

function configYaml(): string {
  const lines = [
    '# Rules for the fifth blind corpus’s fictional businesses, as a new user would write them: only the',
    '# recipient → business map and the phone regions. No profiles. Generated by generate.ts.',
    'version: 1',
    'businesses:',
    '  defaultRegion: US',
    '  recipients:',
    ...BUSINESSES.map((b) => `    ${b.inbox}: ${b.id}`),
    '  regions:',
    ...BUSINESSES.map((b) => `    ${b.id}: ${b.region}`),
  ];
  return `${lines.join('\n')}\n`;
}

function tables(items: Item[]): string {
  const rows = new Map<
    string,
    {
      kind: string;
      reason: string;
      desc: string;
      langs: Set<string>;
      bodies: Set<string>;
      tr: Set<string>;
      cs: Set<string>;
      n: number;
    }
  >();
  const desc = new Map<string, string>([
    ...LEAD_LAYOUTS.map((l) => [l.id, l.description] as const),
    ...NON_LEAD_LAYOUTS.map((l) => [l.id, l.description] as const),
  ]);
  for (const { truth } of items) {
    const r = rows.get(truth.layout) ?? {
      kind: truth.kind,
      reason: truth.kind === 'non-lead' ? truth.expectedReason : '',
      desc: desc.get(truth.layout) ?? '',
      langs: new Set(),
      bodies: new Set(),
      tr: new Set(),
      cs: new Set(),
      n: 0,
    };
    const [body = '', tr = '', cs = ''] = truth.encoding.split('; ');
    r.langs.add(truth.language);
    r.bodies.add(body);
    r.tr.add(tr);
    r.cs.add(cs);
    r.n++;
    rows.set(truth.layout, r);
  }
  const sorted = (s: Set<string>) => [...s].sort().join(' ');
  const out: string[] = [];
  for (const kind of ['lead', 'non-lead']) {
    for (const [id, r] of [...rows]
      .filter(([, r]) => r.kind === kind)
      .sort(([a], [b]) => a.localeCompare(b))) {
      const enc = `${sorted(r.bodies)}; ${sorted(r.tr)}; ${sorted(r.cs)}`;
      out.push(
        kind === 'lead'
          ? `| \`${id}\` | ${r.desc} | ${sorted(r.langs)} | ${enc} | ${r.n} |`
          : `| \`${id}\` | \`${r.reason}\` | ${r.desc} | ${sorted(r.langs)} | ${enc} | ${r.n} |`,
      );
    }
    out.push('');
  }
  const count = (f: (t: Item['truth']) => string) => {
    const m = new Map<string, number>();
    for (const { truth } of items) m.set(f(truth), (m.get(f(truth)) ?? 0) + 1);
    return [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  out.push(`bodies: ${count((t) => t.encoding.split('; ')[0] ?? '')}`);
  out.push(`transfers: ${count((t) => t.encoding.split('; ')[1] ?? '')}`);
  out.push(`charsets: ${count((t) => t.encoding.split('; ')[2] ?? '')}`);
  out.push(`leads per language: ${count((t) => (t.kind === 'lead' ? t.language : 'non-lead'))}`);
  out.push(`non-leads per language: ${count((t) => (t.kind === 'non-lead' ? t.language : 'lead'))}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const items = rng.shuffle(buildAll(rng));
  const files = items.map((_, i) => `blind5-${String(i + 1).padStart(4, '0')}.eml`);
  for (const [i, item] of items.entries()) await check(item, files[i] as string);
  if (process.argv.includes('--tables')) {
    process.stdout.write(`${tables(items)}\n`);
    return;
  }
  const emails = join(DIR, 'emails');
  mkdirSync(emails, { recursive: true });
  for (const f of readdirSync(emails)) rmSync(join(emails, f));
  const truths: Truth[] = [];
  for (const [i, item] of items.entries()) {
    const file = files[i] as string;
    writeFileSync(join(emails, file), item.bytes);
    truths.push({ file, ...item.truth } as Truth);
  }
  writeFileSync(join(DIR, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
  writeFileSync(join(DIR, 'config.yaml'), configYaml());
  const leads = truths.filter((t) => t.kind === 'lead').length;
  process.stdout.write(`wrote ${truths.length} emails: ${leads} leads, ${truths.length - leads} non-leads\n`);
}

await main();
