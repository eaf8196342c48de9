/**
 * Candidate features for the learned contact scorer (candidate-scorer.ts): every email- or
 * phone-shaped value the type-fields stage read, under whatever label, described by numbers the
 * model weighs: how its label was typed, whether the value is valid, where it was read (body,
 * second rendering, lead file; inside a forward or a quoted reply), its position, and party cues
 * (the business's own addresses and domain, machine and role mailboxes, the senders).
 * The features describe the candidate, never its words, so the model cannot learn one layout's
 * vocabulary.
 */
import type { LabelTarget } from './extractors/labels.js';
import { normaliseEmail } from './normalise.js';
import { normalisePhone } from './normalise-phone.js';
import { PLATFORM_DOMAIN, ROLE_LOCAL, SYSTEM_LOCAL } from './resolve-parties.js';
import {
  DATE_OR_IP,
  firstLine,
  labelRegion,
  labelWordsOf,
  NAMED_ADDRESS,
  NOT_PHONE_LABEL,
  ONE_EMAIL,
  type PairReading,
  PHONE_VALUE,
} from './type-fields.js';

export type CandidateField = 'email' | 'phone';

export interface Candidate {
  field: CandidateField;
  /** The address (lowercased) or the phone as written (first line). */
  value: string;
  label: string;
  target: LabelTarget | null;
  exact: boolean;
  origin: PairReading['origin'];
  /** Which reading it came from (readings in assignment order). */
  reading: number;
  /** Index of its pair in its reading, and how many pairs that reading had. */
  index: number;
  pairs: number;
  /** "Name <address>": a sender-style value. */
  named: boolean;
}

/** Who the email is from and to, and which part of it the fields were read in. */
export interface PartyContext {
  /** The business, its inbound address, the forwarder or replying employee. */
  excluded: ReadonlySet<string>;
  /** The outer sender, the inner sender of a forward or quote, and Reply-To addresses. */
  sender: string | null;
  innerSender: string | null;
  replyTo: readonly string[];
  forwarded: boolean;
  quoted: boolean;
  /** Hints for reading a national number: an explicit country field and the form's language. */
  country: string | null;
  language: string | null;
}

const MIN_LABELLED_PHONE_DIGITS = 5;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;

/** Every email and phone candidate of the readings, in reading order. */
export function candidatesOf(readings: readonly PairReading[]): Candidate[] {
  const out: Candidate[] = [];
  readings.forEach(({ pairs, origin }, reading) => {
    pairs.forEach(({ label, value, hit }, index) => {
      const v = value
        .trim()
        .replace(/^(["'])([^"'\n]*)\1$/, '$2')
        .trim();
      if (!v) return;
      const base = {
        label,
        target: hit?.target ?? null,
        exact: !!hit?.exact,
        origin,
        reading,
        index,
        pairs: pairs.length,
      };
      const named = NAMED_ADDRESS.exec(v);
      const address = ONE_EMAIL.test(v) ? normaliseEmail(v) : named ? normaliseEmail(named[2]) : null;
      if (address) {
        out.push({ ...base, field: 'email', value: address, named: !!named });
        return;
      }
      const line = firstLine(v);
      const digits = line.replace(/\D/g, '').length;
      const phoneShaped =
        hit?.target === 'phone'
          ? digits >= MIN_LABELLED_PHONE_DIGITS
          : PHONE_VALUE.test(line) && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
      if (phoneShaped) out.push({ ...base, field: 'phone', value: line, named: false });
    });
  });
  return out;
}

/** Labels of the business's own lines ("Agent email", "Office phone", "Firma", "Fax"). */
const BUSINESS_LABEL =
  /\b(?:agent|agence|agencia|makler|dealer|h[aä]ndler|concession\w*|office|b[uü]ro|bureau|oficina|company|firma|soci[eé]t[eé]|empresa|support|sales|vendeur|vendedor|verk[aä]ufer|branch|filiale|sucursal|zentrale|switchboard|standard|centralita|fax|telefax)\b/i;
/** Labels of mail headers quoted in the body ("From", "Von", "De", "Cc"). */
const HEADER_LABEL = /^(?:from|to|cc|bcc|reply-to|sent|von|an|gesendet|de|à|a|para|envoy[eé]|enviado)$/i;
const FAX_LABEL = /fax/i;
const MOBILE_LABEL = /mobil|handy|cell|portable|m[oó]vil|celular|whatsapp/i;
const INTERNATIONAL = /^\s*(?:\+|00)/;
const LANGUAGE_REGION: Record<string, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES' };

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);
const log1 = (n: number) => Math.log1p(n);

/** Pairs either side of a candidate that count as its block. */
const BLOCK_PAIRS = 2;

/** An address of the business or a machine: the recipients' domains, the sender's domain, no-reply, info@. */
function isBusinessAddress(address: string, ctx: PartyContext): boolean {
  const domain = domainOf(address);
  return (
    ctx.excluded.has(address) ||
    [...ctx.excluded].some((e) => domainOf(e) === domain) ||
    (ctx.sender !== null && address !== ctx.sender && domainOf(ctx.sender) === domain) ||
    SYSTEM_LOCAL.test(address) ||
    PLATFORM_DOMAIN.test(address) ||
    ROLE_LOCAL.test(address)
  );
}

/** Another address in the candidate's block (same reading, a few pairs away) is the business's. */
function nearBusinessAddress(c: Candidate, all: readonly Candidate[], ctx: PartyContext): boolean {
  return all.some(
    (o) =>
      o !== c &&
      o.field === 'email' &&
      o.reading === c.reading &&
      Math.abs(o.index - c.index) <= BLOCK_PAIRS &&
      isBusinessAddress(o.value, ctx),
  );
}

interface Position {
  /** Rank among the candidates of its field, and their number. */
  rank: number;
  of: number;
  /** How many candidates of its field carry the same value. */
  same: number;
}

function position(c: Candidate, all: readonly Candidate[], key: (c: Candidate) => string): Position {
  const mine = all.filter((o) => o.field === c.field);
  const k = key(c);
  return { rank: mine.indexOf(c), of: mine.length, same: mine.filter((o) => key(o) === k).length };
}

/** Features both fields share: the label's typing, where the pair was read, its position. */
function commonFeatures(c: Candidate, all: readonly Candidate[], p: Position, ctx: PartyContext): number[] {
  const words = labelWordsOf(c.label);
  return [
    +(c.target === c.field),
    +c.exact,
    +(c.target === null),
    +(c.target !== null && c.target !== c.field),
    +BUSINESS_LABEL.test(words),
    +HEADER_LABEL.test(words.trim()),
    +(p.rank === 0),
    p.of > 1 ? p.rank / (p.of - 1) : 0,
    c.pairs > 1 ? c.index / (c.pairs - 1) : 0,
    log1(p.same - 1),
    log1(p.of - 1),
    +(c.origin === 'second'),
    +(c.origin === 'file'),
    +ctx.forwarded,
    +ctx.quoted,
    +nearBusinessAddress(c, all, ctx),
  ];
}

const COMMON_NAMES = [
  'labelIsField',
  'labelExact',
  'labelUnknown',
  'labelOtherField',
  'labelBusiness',
  'labelMailHeader',
  'firstOfField',
  'rankInField',
  'positionInReading',
  'logRepeats',
  'logOthers',
  'secondRendering',
  'leadFile',
  'forwarded',
  'quoted',
  'nearBusinessAddress',
];

export const EMAIL_FEATURE_NAMES: readonly string[] = [
  ...COMMON_NAMES,
  'namedAddress',
  'businessAddress',
  'businessDomain',
  'senderDomain',
  'systemMailbox',
  'platformDomain',
  'roleMailbox',
  'outerSender',
  'innerSender',
  'replyTo',
];

export function emailFeatures(c: Candidate, all: readonly Candidate[], ctx: PartyContext): number[] {
  const p = position(c, all, (o) => o.value);
  const domain = domainOf(c.value);
  const businessDomains = new Set([...ctx.excluded].map(domainOf));
  return [
    ...commonFeatures(c, all, p, ctx),
    +c.named,
    +ctx.excluded.has(c.value),
    +(!ctx.excluded.has(c.value) && businessDomains.has(domain)),
    +(ctx.sender !== null && c.value !== ctx.sender && domainOf(ctx.sender) === domain),
    +SYSTEM_LOCAL.test(c.value),
    +PLATFORM_DOMAIN.test(c.value),
    +ROLE_LOCAL.test(c.value),
    +(c.value === ctx.sender),
    +(c.value === ctx.innerSender && ctx.innerSender !== ctx.sender),
    +ctx.replyTo.includes(c.value),
  ];
}

export const PHONE_FEATURE_NAMES: readonly string[] = [
  ...COMMON_NAMES,
  'labelNotPhone',
  'labelFax',
  'labelMobile',
  'labelRegion',
  'phoneShape',
  'dateOrIp',
  'international',
  'validNumber',
];

export function phoneFeatures(c: Candidate, all: readonly Candidate[], ctx: PartyContext): number[] {
  const p = position(c, all, (o) => o.value.replace(/\D/g, ''));
  const words = labelWordsOf(c.label);
  const region = labelRegion(c.label);
  const language = ctx.language ? (LANGUAGE_REGION[ctx.language] ?? null) : null;
  const read = normalisePhone(c.value, {
    countryField: ctx.country,
    labelRegion: region,
    businessRegion: language ?? 'US',
    formLanguage: ctx.language,
  });
  return [
    ...commonFeatures(c, all, p, ctx),
    +NOT_PHONE_LABEL.test(words),
    +FAX_LABEL.test(words),
    +MOBILE_LABEL.test(words),
    +(region !== null),
    +PHONE_VALUE.test(c.value),
    +DATE_OR_IP.test(c.value),
    +INTERNATIONAL.test(c.value),
    +(read?.e164 != null && read.warning !== 'phone_not_verified'),
  ];
}
